"""Parsing the arguments of /kpi and /teamstatus (goals, managers, away, tiers, weeks)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bot.errors import UserError
from bot.services.amounts import parse_amount
from bot.services.customers import clean_display_name
from bot.services.dates import fold, parse_date
from bot.services.kpis import Week

MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")

# KPI names people type, in four languages, to the KPI they mean.
KPI_WORDS = {
    "meetings": ("meetings", "meeting", "moter", "mote", "moten", "moder", "mode", "kundemoter"),
    "calls": ("calls", "call", "samtaler", "samtale", "samtal", "opkald", "telefon"),
    "offers": ("offers", "offer", "tilbud", "offerter", "offert", "quotes"),
    "activities": ("activities", "activity", "aktiviteter", "aktivitet", "aktivitetsniva"),
    "wins": ("wins", "win", "ordrer", "ordre", "affarer", "vundne", "deals"),
    "revenue": ("revenue", "omsetning", "omsattning", "omsaetning", "sales"),
    "offer_value": ("offer_value", "offervalue", "tilbudsverdi", "offertvarde", "tilbudsvaerdi"),
    "pipeline": ("pipeline", "pipelineverdi"),
    "closing_rate": (
        "closing_rate",
        "closing",
        "closingrate",
        "treffprosent",
        "avslutsgrad",
        "lukkerate",
        "hitrate",
    ),
    # Revenue from new customers (a result goal in money): what first wins bring.
    "new_customer_revenue": (
        "new_customer_revenue",
        "new_revenue",
        "newrevenue",
        "new_business",
        "nysalg",
        "nyforsaljning",
        "nyforsalj",
    ),
    "new_customers": (
        "new_customers",
        "newcustomers",
        "nye_kunder",
        "nya_kunder",
        "nyekunder",
        "nyakunder",
    ),
}
_KPI_LOOKUP = {word: kpi for kpi, words in KPI_WORDS.items() for word in words}
PERIOD_WORDS = {
    "week": ("week", "w", "uke", "vecka", "uge", "weekly"),
    "quarter": ("quarter", "q", "kvartal"),
    "year": ("year", "y", "ar", "aar", "yearly"),
}
_PERIOD_LOOKUP = {word: period for period, words in PERIOD_WORDS.items() for word in words}
ACTIVITY_GOALS = {"meetings", "calls", "offers", "activities"}


@dataclass(frozen=True)
class GoalArgs:
    user_id: str | None  # None: the team's default
    kpi: str
    target: Decimal | None  # None: remove the goal
    period: str


# "/kpi goal meetings off": the goal goes (folded words, four languages).
OFF_WORDS = {"off", "none", "remove", "delete", "av", "bort", "fjern", "slett", "ingen", "ta"}


def mentioned_user(text: str) -> str | None:
    match = MENTION.search(text)
    return match.group(1) if match else None


def parse_goal(text: str, *, krone: str = "NOK") -> GoalArgs:
    """`meetings 10/week`, `@kari revenue 10m/year`, `closing 75%`, `møter 8 per uke`."""
    user_id = mentioned_user(text)
    rest = MENTION.sub(" ", text).strip()
    words = rest.split()
    if not words:
        raise UserError("goal_syntax")
    kpi = _KPI_LOOKUP.get(fold(words[0]).replace(" ", "_"))
    for n in (3, 2):  # "new customer revenue 2m", "nye kunder 5"
        if kpi is None and len(words) > n - 1:
            kpi = _KPI_LOOKUP.get(fold("_".join(words[:n])))
            if kpi:
                words = ["_".join(words[:n]), *words[n:]]
    if kpi is None:
        raise UserError("goal_kpi", text=words[0])
    value_text = " ".join(words[1:])
    if value_text and (
        fold(value_text).split()[0] in OFF_WORDS or value_text.strip() in {"0", "-", "0/week"}
    ):
        return GoalArgs(user_id, kpi, None, "week" if kpi in ACTIVITY_GOALS else "quarter")
    period = None
    match = re.search(r"(?:/|\bper\b|\bi\b|\bom\b|\ba\b)\s*([a-zæøåäö]+)\s*$", fold(value_text))
    if match and match.group(1) in _PERIOD_LOOKUP:
        period = _PERIOD_LOOKUP[match.group(1)]
        value_text = value_text[: match.start()].strip()
    if kpi == "closing_rate":
        number = value_text.replace("%", "").replace(",", ".").strip()
        try:
            target = Decimal(number)
        except Exception:
            raise UserError("goal_syntax") from None
        if not 0 < target <= 100:
            raise UserError("bad_closing_rate", text=value_text)
        return GoalArgs(user_id, kpi, target, "quarter")
    money = parse_amount(value_text, krone=krone) if value_text else None
    if money is None:
        raise UserError("goal_syntax")
    if kpi == "new_customers" and _is_money(value_text, money.amount):
        kpi = "new_customer_revenue"  # "nye kunder 2 mill": new customers worth NOK 2 M
    default_period = "week" if kpi in ACTIVITY_GOALS else "quarter"
    return GoalArgs(user_id, kpi, money.amount, period or default_period)


def _is_money(text: str, amount: Decimal) -> bool:
    """A goal for new customers written as money ("2m", "kr 500 000", "1,5 mill", 250000) is
    their revenue; a count ("5") is how many. Nobody counts a thousand new customers a quarter."""
    return amount >= 1000 or bool(re.search(r"[^\d\s.,'/-]", fold(text)))


def parse_away_until(text: str, *, today: date) -> date:
    """`until 2026-12-01`, `til fredag`, `till 1.12.`, `indtil mandag`, or just a date."""
    words = text.split()
    if words and fold(words[0]) in {"until", "til", "till", "indtil", "to"}:
        words = words[1:]
    if not words:
        raise UserError("away_syntax")
    found = parse_date(" ".join(words), today=today, direction="future")
    if found is None:
        raise UserError("bad_date", text=" ".join(words))
    if found < today:
        raise UserError("next_date_in_past", date=found)
    if (found - today).days > 365:
        raise UserError("next_date_too_far", date=found)
    return found


def parse_tier(text: str) -> tuple[str, str]:
    """`Acme tier A` / `Acme nivå B` / `Acme A`: (customer, tier)."""
    words = text.split()
    if len(words) < 2 or words[-1].upper() not in {"A", "B", "C"}:
        raise UserError("tier_syntax")
    tier = words[-1].upper()
    words = words[:-1]
    if len(words) > 1 and fold(words[-1]) in {"tier", "niva", "klasse", "klass", "kategori"}:
        words = words[:-1]
    customer = clean_display_name(" ".join(words))
    if not customer:
        raise UserError("tier_syntax")
    return customer, tier


def parse_week(text: str, *, today: date) -> Week | None:
    """`this week`, `last week` (in four languages), `2026-W47`, `uke 47`; None when absent."""
    t = fold(text).strip()
    if not t:
        return None
    this = {"this week", "denne uken", "denne uka", "denna vecka", "denne uge", "now", "na"}
    last = {"last week", "forrige uke", "forra veckan", "forrige uge", "sist uke"}
    if t in this:
        return Week.of(today)
    if t in last:
        return Week.of(today).shift(-1)
    match = re.fullmatch(r"(?:week|uke|vecka|uge|w|v|u)\s*(\d{1,2})", t)
    if match:
        current = Week.of(today)
        candidate = f"{current.year}-W{int(match.group(1)):02d}"
        week = Week.parse(candidate)
        return (
            week
            if week <= current
            else Week.parse(f"{current.year - 1}-W{int(match.group(1)):02d}")
        )
    return Week.parse(text.strip())
