"""Parsing the arguments of /kpi and /teamstatus (goals, managers, away, tiers, weeks)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from bot.errors import UserError
from bot.services import emoji
from bot.services.amounts import SPOKEN_WORDS, parse_amount, spoken_as_digits
from bot.services.customers import clean_display_name
from bot.services.dates import (
    MONTHS,
    count_said,
    easter_sunday,
    fold,
    is_weekday,
    match_date_suffix,
    misspellings,
    names_a_month,
    parse_date,
    week_monday,
)
from bot.services.kpis import Quarter, Week
from bot.services.public_holidays import advent_sunday, black_friday

MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
# Slack's markup for a link in a command's text. With /kpi's and /teamstatus's "escape" on, a
# name that looks like a domain comes linked as typed (Finn.no: <http://Finn.no|Finn.no>), an
# e-mail address as <mailto:a@b.no|a@b.no>, a typed URL as <https://x.no>.
_LINK = re.compile(r"<((?:https?|mailto):[^|>\s]*)(?:\|([^>]*))?>")


def as_typed(raw: str) -> str:
    """A command's text as the person typed it: links back to their words, then Slack's three
    entities decoded (&amp; last). Mentions of people and channels stay: they are read as such."""
    text = _LINK.sub(
        lambda m: m.group(2) if m.group(2) is not None else m.group(1).removeprefix("mailto:"),
        raw,
    )
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


# Emoji in a /kpi or /teamstatus text ("away uke 48 🌴", "back 🎉", "forrige uke :see_no_evil:"):
# pictures, never words; dropped before the text is read. Currency signs are kept.
_SHORTCODES = re.compile(rf"(?<!\S){emoji.SHORTCODES}(?!\S)")


def without_emoji(text: str) -> str:
    """`text` without emoji (🌴, 👍🏽, :palm_tree:), its words and spacing otherwise kept."""
    kept = emoji.without_pictographs(_SHORTCODES.sub(" ", text))
    return " ".join(kept.split()) if kept != text else text


# KPI names people type, in four languages, to the KPI they mean.
KPI_WORDS = {
    "meetings": (
        *("meetings", "meeting", "moter", "mote", "moten", "moder", "mode", "kundemoter"),
        *("kundemote", "kundmoten", "kundmote", "kundemoder", "kundemode", "mtgs", "mtg"),
        *("customer_meetings", "visits", "besok", "besoek", "kundebesok", "kundbesok"),
    ),
    "calls": (
        *("calls", "call", "samtaler", "samtale", "samtal", "opkald", "telefon", "kundesamtaler"),
        *("kundsamtal", "kundeopkald", "phone_calls", "telefonsamtaler", "telefonsamtal"),
        *("telefoner", "tlf", "ringinger", "oppringinger", "oppringninger", "samtaler_ut"),
    ),
    "offers": ("offers", "offer", "tilbud", "offerter", "offert", "quotes", "proposals"),
    "activities": (
        *("activities", "activity", "aktiviteter", "aktivitet", "aktivitetsniva"),
        *("aktivitetsnivaa", "aktivitetsniveau", "activity_level"),
    ),
    # Every label kpibot prints is read back ("Vunne avtaler 2 per uke").
    "wins": (
        *("wins", "win", "ordrer", "ordre", "affarer", "vundne", "deals", "avtaler", "vunne"),
        *("vunna", "vunne_avtaler", "vunna_affarer", "vundne_ordrer", "won", "won_deals"),
        *("aftaler", "vundne_aftaler"),
    ),
    # "salg 2,5 mill i år", "försäljning", "turnover": what is sold, in money (a count of deals
    # is "wins"; a word for sales with a number that is no amount is refused as an amount).
    "revenue": (
        *("revenue", "omsetning", "omsattning", "omsaetning", "sales", "salg", "salget"),
        *("forsaljning", "forsaljningen", "turnover", "omsetningen", "omsattningen"),
        *("omsaetningen", "ordreinngang", "orderingang", "ordreindgang", "order_intake"),
    ),
    "offer_value": ("offer_value", "offervalue", "tilbudsverdi", "offertvarde", "tilbudsvaerdi"),
    "pipeline": (
        *("pipeline", "pipelineverdi", "pipeline_value", "pipelinevarde", "pipelinevaerdi"),
        *("pipeline_verdi", "pipeline_varde", "pipeline_vaerdi"),
    ),
    "closing_rate": (
        "closing_rate",
        "closing",
        "closingrate",
        "treffprosent",
        "avslutsgrad",
        "lukkerate",
        "hitrate",
        *("hit_rate", "win_rate", "winrate", "close_rate", "closerate", "treffrate"),
        *("vinnerrate", "vinnrate", "avslutningsgrad", "lukkeprocent", "hitrate_pct"),
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
        # The label as printed: "Revenue from new customers 1,5 mill per quarter".
        *("revenue_from_new_customers", "omsetning_fra_nye_kunder"),
        *("omsattning_fran_nya_kunder", "omsaetning_fra_nye_kunder"),
    ),
    "new_customers": (
        "new_customers",
        "newcustomers",
        "nye_kunder",
        "nya_kunder",
        "nyekunder",
        "nyakunder",
        *("new_logos", "newlogos", "nye_logoer"),
    ),
}
_KPI_LOOKUP = {word: kpi for kpi, words in KPI_WORDS.items() for word in words}
# Words for sales that count deals when no money follows ("salg 5", "sales 3 a week").
_SALES_COUNTED = {"sales", "salg", "salget", "forsaljning", "forsaljningen"}
# Period words as people write them, folded: nouns with their definite forms ("i året", "i
# uka"), adverbs ("årlig", "weekly") and abbreviations ("p.a.", "/yr", "/q").
PERIOD_WORDS = {
    "week": (
        *("week", "weeks", "w", "wk", "weekly", "uke", "uka", "uken", "ukentlig", "ukentleg"),
        *("veke", "veka", "vekene", "vekentleg", "vekevis"),  # Nynorsk: "møte 12 i veka"
        *("pw", "v", "u", "wkly"),
        *("vecka", "veckan", "veckor", "veckovis", "uge", "ugen", "ugentlig", "ugentligt"),
    ),
    "quarter": (
        *("quarter", "quarters", "quarterly", "q", "qtr", "kvartal", "kvartalet", "kvartaler"),
        *("kv", "kvt"),  # "2,5m pr kv.", "500k/kvt"
        *("kvartalsvis", "kvartalen"),
    ),
    "year": (
        *("year", "years", "y", "yr", "yearly", "annual", "annually", "annum", "p.a"),
        *("ar", "aret", "aar", "aaret", "arlig", "arligt", "arligen", "arleg", "aarlig"),
        *("aarligt", "helar", "helearet"),
    ),
}
_PERIOD_LOOKUP = {word: period for period, words in PERIOD_WORDS.items() for word in words}
# Periods a goal cannot have: said so, not read as an amount.
OTHER_PERIOD_WORDS = {
    *("month", "months", "monthly", "mnd", "maned", "maneden", "manad", "manaden", "maaned"),
    *("maaneden", "manedlig", "manadsvis", "manedligt", "day", "daily", "dag", "dagen"),
    *("daglig", "dagligt", "dagligen", "halvar", "halvaar", "halvaret"),
    *("pcm", "mtl", "monatlich", "manadlig", "manadligen", "maanedlig", "maanedligt"),
}
# Small words around a period ("10 mill per år", "8 hver uke", "10m i året", "8 a week").
PERIOD_LINKS = {
    *("/", "per", "pr", "pr.", "i", "om", "a", "an", "each", "every", "this", "the", "for"),
    *("in", "hver", "hvert", "varje", "varte", "denne", "dette", "detta", "denna", "den"),
    *("det", "pa", "paa", "hele", "hela", "whole", "et", "ett", "one", "en"),
    *("st", "st.", "stk", "stk.", "styk", "stycken", "stykker"),  # "10 st/v": pieces
    *("kvar", "kvart", "kvarje"),  # Nynorsk "kvar veke": each
}
# "møter 10 per uke per selger", "10 hver selger", "10 per rep": each seller's goal, which the
# team's default is (folded).
_EACH_SELLER = {
    *("selger", "selgere", "selgar", "saljare", "saljaren", "saelger", "saelgere", "seller"),
    *("sellers", "person", "personer", "pers", "head", "rep", "reps", "mann", "hode"),
}
# A goal said as a change of the one in force ("+2", "dobbelt så mange", "halvere", "20% more"):
# no goal of its own (was: "+2" stored as a goal of 2).
_RELATIVE_GOAL = {
    *("halvere", "halvera", "halvdelen", "halvparten", "halve", "halved", "half"),
    *("dobbelt", "dobbel", "dubbelt", "dubbla", "double", "doubled", "twice", "doble"),
    *("fordoble", "fordobla", "fordubbla", "fordobble", "tredoble", "triple", "flere"),
    *("fler", "more", "mer", "mere", "okning", "increase", "x2", "2x"),
}
# "en halv mill", "en miljon", "one million": an article that is part of the amount.
_ARTICLES = {"en", "ett", "et", "ein", "a", "an", "one"}
# "/kpi goal team revenue 40m/year": the sum the team aims for, not each seller's goal.
TEAM_WORDS = {"team", "teamet", "teamets", "teams", "lag", "laget", "lagets", "hold", "holdet"}
TEAM_LINKS = {"for", "the", "whole", "entire", "hele", "hela", "til", "till", "our", "vart"}
ACTIVITY_GOALS = {"meetings", "calls", "offers", "activities"}
MONEY_GOALS = {"revenue", "offer_value", "pipeline", "new_customer_revenue"}


@dataclass(frozen=True)
class GoalArgs:
    user_id: str | None  # None: the team's default (or, with team, the team's own goal)
    kpi: str
    target: Decimal | None  # None: remove the goal
    period: str
    team: bool = False  # the sum the team aims for
    currency: str | None = None  # as typed ("10 MSEK"); None: the team's
    # The first day of the period to come it was set for ("for Q2", "fra 1. april", "from week
    # 14"); None: from now. With a removal: the coming goal of that day goes.
    starts_on: date | None = None


# "/kpi goal meetings off": the goal goes (folded words, four languages).
OFF_WORDS = {"off", "none", "remove", "delete", "av", "bort", "fjern", "slett", "ingen", "ta"}
# Words that mean "off" only when nothing follows ("møder fra", "møder af": Danish "slå fra/af").
OFF_ALONE = {"fra", "af", "slet", "sluk", "stop", "stopp", "nej", "nei", "no", "clear", "reset"}


# "@kari" typed without picking her from Slack's list arrives as plain text, not as <@U…>.
PLAIN_MENTION = re.compile(r"(?<![\w<])@[^\s@<>]+")


def mentioned_user(text: str) -> str | None:
    """The Slack user mentioned in `text`; a plain "@name" is refused (never taken as a KPI, a
    customer or another word), None without either."""
    match = MENTION.search(text)
    if match:
        return match.group(1)
    plain = PLAIN_MENTION.search(text)
    if plain:
        raise UserError("plain_mention", text=plain.group(0))
    return None


def _default_period(kpi: str) -> str:
    return "week" if kpi in ACTIVITY_GOALS else "quarter"


def _goal_words(text: str) -> list[str]:
    """Words of a goal, with "/" a word of its own ("10m/år" -> "10m", "/", "år")."""
    text = re.sub(r"(?i)(?<!\w)p\s*/\s*a(?!\w)", "p.a", text)  # "3m p/a": per annum
    text = re.sub(r"(?i)(?<!\w)(pr|per)\.(?=[^\W\d_])", r"\1. ", text)  # "10 pr.uke"
    text = re.sub(r"(?<=\d)/(?=\d)", "\x00", text)  # "fra 1/1", "15/4": a day, kept whole
    return re.sub(r"\s*/\s*", " / ", text).replace("\x00", "/").split()


def _take_kpi(words: list[str]) -> tuple[str | None, list[str]]:
    """The KPI named by the first one to four words ("new customer revenue 2m", "nye kunder 5",
    "omsetning fra nye kunder 2m"), and the words after it."""
    for n in (4, 3, 2, 1):
        if len(words) >= n:
            kpi = _KPI_LOOKUP.get(fold("_".join(words[:n])).replace("-", "_"))
            if kpi:
                return kpi, words[n:]
    # "meetngs 10", "omsættning 2 mio": one word a letter off a KPI's (the answer names it)
    typo = respelt_word(fold(words[0]), _KPI_LOOKUP) if words else None
    return (_KPI_LOOKUP[typo], words[1:]) if typo else (None, words)


# Words of money after a number ("1,5 mill", "250k", "2 MNOK", "40 000 kr"), folded.
_MONEY_AFTER_NUMBER = re.compile(
    r"\d(?:[.,]\d+)?\s*(?:k|m|mill\w*|mio\w*|milj\w*|million\w*|mn|mnok|msek|mdkk|mkr|tkr|kr"
    r"|kroner|kronor|nok|sek|dkk|eur|usd|tusen|tusind|thousand)\.?(?![a-z])"
)


# "etter nyttår", "fra nyttår", "efter nyår", "from the new year", "fra årsskiftet": a goal
# from 1 January (was: "10 etter nyttår" not read as a goal).
_AFTER_NEW_YEAR = re.compile(
    r"(?<!\w)(?:(?:fra|from|fr[aå]n|fom)\s+(?:(?:etter|efter|after|over)\s+)?|(?:etter|efter|after)\s+)"
    r"(?:the\s+)?(?:nytt?[aå]r(?:et|sskiftet)?|nyt[aå]r|ny[aå]r(?:et|sskiftet)?|nytt\s+[aå]r"
    r"|new\s+year(?:'s)?|[aå]rsskiftet)(?!\w)",
    re.IGNORECASE,
)


# "etter påske", "efter påsk", "efter påske", "from after Easter", "fra etter påskeferien", "fra
# påske", "from Easter" (its days off are holidays, or off for most: the work after them): a
# goal from the first working day after Easter Monday (the Tuesday, in all four countries; a
# week goal so holds for the week after Easter, its four working days), the coming Easter's
# (was: "40 from after Easter" not read as a goal).
_AFTER_EASTER = re.compile(
    r"(?<!\w)(?:(?:fra|from|fr[aå]n|fom|starting)\s+(?:(?:etter|efter|after)\s+)?|(?:etter|efter|after)\s+)(?:the\s+)?"
    r"(?:p[aå]ske(?:n|ferien|ferie|helga|helgen)?|p[aå]sk(?:en|lovet|lov|helgen)?|paaske(?:n)?"
    r"|easter(?:\s+(?:holidays?|break|weekend))?)(?!\w)",
    re.IGNORECASE,
)


def _after_easter(today: date) -> str:
    """ "After Easter" as a goal's first day: the Tuesday after the coming Easter Monday (today,
    when that is today: now)."""
    easter = easter_sunday(today.year)
    after = easter + timedelta(days=2)
    if after < today:
        after = easter_sunday(today.year + 1) + timedelta(days=2)
    return " " if after == today else f" fra {after.isoformat()} "


# "2. kvartal", "andre kvartal", "andra kvartalet", "2:a kvartalet", "andet kvartal", "second
# quarter", "2nd quarter" (were: not a quarter, "2." read as a goal's number): "Q2".
_ORDINAL_QUARTER = re.compile(
    r"(?<![\w.])(?:(?P<n>[1-4])(?:\.|st|nd|rd|th|:a|:e)|(?P<w>f[øo]rste|f[öo]rsta|first|andre"
    r"|andra|andet|second|tredje|third|fjerde|fj[äa]rde|fourth))\s+(?:kvartal(?:et)?|quarter"
    r"|kv\.?|kvt\.?)(?!\w)",
    re.IGNORECASE,
)
_SHORT_YEAR = re.compile(r"(?i)(?<!\w)([qk][1-4])\s*(?:'|’|-|/)\s*([2-9]\d)(?!\w)")
_QUARTER_NUMBER_AFTER = re.compile(
    r"(?<!\w)(?:kvartal(?:et)?|quarter|kv\.?|kvt\.?)\s*([1-4])(?![\w,.]|\s*(?:m\b|mill|mio|mkr|k\b))",
    re.IGNORECASE,
)
_QUARTER_ORDINALS = {
    **dict.fromkeys(("forste", "forsta", "first"), 1),
    **dict.fromkeys(("andre", "andra", "andet", "second"), 2),
    **dict.fromkeys(("tredje", "third"), 3),
    **dict.fromkeys(("fjerde", "fjarde", "fourth"), 4),
}


def quarters_named(text: str, *, in_a_goal: bool = False) -> str:
    """`text` with each quarter said by its ordinal ("2. kvartal", "første kvartal", "third
    quarter") or its number after the word ("kvartal 3") as its name ("Q2"); other words as
    typed. `in_a_goal`: "kvartal 3" only after the goal's number ("2 mill kvartal 1"; "nye
    kunder per kvartal 3" is three a quarter)."""

    def named(match: re.Match[str]) -> str:
        number = match["n"] or _QUARTER_ORDINALS[fold(match["w"])]
        return f"Q{number}"

    def number_after(match: re.Match[str]) -> str:
        if in_a_goal and not re.search(r"\d", text[: match.start()]):
            return match[0]
        return f"Q{match[1]}"

    text = _ORDINAL_QUARTER.sub(named, text)
    text = _SHORT_YEAR.sub(r"\1 20\2", text)  # "Q1 '27", "Q1-27", "Q1/27": Q1 2027
    # "kvartal 3", "quarter 3", "kv. 3" (never "kvartal 3 mill"): Q3
    return _QUARTER_NUMBER_AFTER.sub(number_after, text)


def _from_new_year(today: date) -> str:
    """ "From the new year" as a goal's first day: next 1 January; in the year's first week,
    now (the new year has come)."""
    if today.month == 1 and today.day <= 7:
        return " "
    return f" fra {today.year + 1}-01-01 "


def _kpi_after_number(words: list[str]) -> tuple[str, list[str], str] | None:
    """The KPI of a goal said after its number or period ("12 vunne i kvartalet", "40 møter
    i uka", "januar 40 møter"), its words taken out; revenue for an amount in money said
    without one ("1,5 mill Q1"); None without a number, or when no KPI is named."""
    if not any(re.match(r"\d", w) for w in words):
        return None
    for j in range(1, len(words)):
        for n in (4, 3, 2, 1):
            if j + n <= len(words):
                kpi = _KPI_LOOKUP.get(fold("_".join(words[j : j + n])).replace("-", "_"))
                if kpi:
                    return kpi, words[:j] + words[j + n :], words[j]
    if _MONEY_AFTER_NUMBER.search(fold(" ".join(words))):
        return "revenue", words, words[0]
    return None


def parse_goal(text: str, *, krone: str = "NOK", today: date | None = None) -> GoalArgs:
    """`meetings 10/week`, `@kari revenue 10m/year`, `team revenue 40 mill per år`, `closing
    75%`, `møter 8 i uka`, `omsetning 2,5 mill. pr. kvartal`. The period may stand anywhere after
    the KPI and be said in any of the four languages; without one, activities are per week and
    results per quarter. With `today`, a goal for a period to come (`for Q2`, `neste kvartal`,
    `i 2028`: per that period unless one is said; `fra 1. april`, `from week 14`, `fra mai`)
    starts on its first day (`starts_on`)."""
    user_id = mentioned_user(text)
    text = _FROM_INCLUSIVE.sub(" fra ", text)  # "fra og med 1. april"
    if today is not None:
        text = _AFTER_NEW_YEAR.sub(lambda _: _from_new_year(today), text)
        text = _AFTER_EASTER.sub(lambda _: _after_easter(today), text)
    words = _goal_words(quarters_named(MENTION.sub(" ", text), in_a_goal=True).strip())
    if not words:
        raise UserError("goal_syntax")
    team = False
    # "team", "for the team", "hele teamet": before the KPI (or right after it).
    while words and (fold(words[0]) in TEAM_WORDS or fold(words[0]) in TEAM_LINKS):
        team = team or fold(words[0]) in TEAM_WORDS
        words = words[1:]
    # "møter: 10", "møter = 10", "revenue - 2m": a mark between the KPI and its number
    words = [w.rstrip(":=") or w for w in words]
    words = [w for w in words if w not in {":", "=", "-", "–", "->"}] or words
    said = words[0] if words else ""
    kpi, rest = _take_kpi(words)
    if kpi is None:
        # "12 vunne i kvartalet", "40 møter i uka": the number before the KPI; "1,5 mill Q1":
        # an amount in money without one is revenue (was: "12" is not a KPI)
        kpi, rest, said = _kpi_after_number(words) or (None, rest, said)
    if kpi is None:
        raise UserError("goal_kpi", text=words[0] if words else text.strip())
    if any(fold(w) in TEAM_WORDS for w in rest):
        # "revenue team 40m", "möten 50 i veckan för hela teamet", "40m for the team"
        team, rest = True, [w for w in rest if fold(w) not in TEAM_WORDS]
    if team and user_id:
        raise UserError("goal_team_and_seller")
    # "fra 1. april", "from week 14", "från maj", "fra og med Q2": the day it takes effect
    starts, rest = goal_start(rest, today)
    folded = [fold(w).rstrip(".,:;") or w for w in rest]
    if folded[-1:] == ["pa"] and len(folded) > 1:
        folded[-1] = "p.a"  # "3m pa" at the end: per annum (never "på" with nothing after it)
    if folded and (folded[0] in OFF_WORDS or (folded == [folded[0]] and folded[0] in OFF_ALONE)):
        off = GoalArgs(user_id, kpi, None, _default_period(kpi), team, starts_on=starts)
        named = _named_start(folded[1:], today) if starts is None else None
        return replace(off, starts_on=named[0]) if named else off  # "off for Q2"
    period = None
    named_period = None
    read_with: set[int] = set()
    keep: list[str] = []
    for i, (word, f) in enumerate(zip(rest, folded, strict=True)):
        if f in _COMING_OR_GONE:
            word = " ".join(rest[i : i + 2])  # "neste kvartal": said as typed
        if (
            i > 0
            and f in _PERIOD_LOOKUP
            and folded[i - 1] in _COMING
            and starts is not None
            and named_period == _PERIOD_LOOKUP[f]
        ):
            continue  # the "kvartal" of "neste kvartal", read with it
        if f in _PERIOD_LOOKUP and (period is None or period == _PERIOD_LOOKUP[f]):
            period = _PERIOD_LOOKUP[f]
        elif re.fullmatch(r"fy\s*'?(?:20)?\d\d", f):
            # "12m FY27": a fiscal year is each company's own, not a calendar year (was: read
            # as an amount, "12m FY27" refused as unreadable)
            raise UserError("goal_period", text=word)
        elif f in OTHER_PERIOD_WORDS or f in MONTHS or _a_named_period(f, folded):
            # "60k for January", "2 mill i desember": a month, which a goal cannot have; "2m
            # for Q1", "10 mill i 2027": a quarter or year begun or gone, which a goal (in
            # force from now, every period) cannot have either
            if i in read_with:
                continue  # "2027" of "Q2 2027", read with it
            ahead = coming_period_start(f, folded[i + 1 : i + 2], today)
            kind = _named_kind(f, folded[i + 1 : i + 2])
            if ahead is not None and starts is None and kind in PERIOD_WORDS:
                if kind == "quarter" and re.fullmatch(r"20[2-9]\d", "".join(folded[i + 1 : i + 2])):
                    read_with.add(i + 1)
                # "for Q2" on 30 March, "neste kvartal", "i 2028": the goal of a period to
                # come, from its first day (per that period unless one is said)
                starts, named_period = ahead, kind
                continue
            raise UserError("goal_period", text=word)
        elif f in _ARTICLES and _an_amount_follows(folded[i + 1 : i + 2]):
            keep.append(word)  # "en halv mill", "en miljon": the amount's first word
        elif f in PERIOD_LINKS or _KPI_LOOKUP.get(f) == kpi or f in {"kpi", "goal", "mal"}:
            continue  # "per", "i", "hver", or the KPI said again ("8 møter per uke")
        elif f in _EACH_SELLER:
            continue  # "per selger": each seller's goal, as the team's default is
        else:
            keep.append(word)
    value_text = " ".join(keep).strip()
    if not value_text:
        raise UserError("goal_syntax")
    period = period or named_period
    said_words = {fold(w).strip(".,:;!") for w in value_text.split()}
    if (
        value_text.startswith(("+", "±"))
        or said_words & _RELATIVE_GOAL
        or (kpi != "closing_rate" and "%" in value_text)
    ):
        # "møter +2", "dobbelt så mange", "halvere", "omsetning +20%": a change, not a goal
        raise UserError("goal_relative", text=value_text)
    count = count_said(fold(value_text)) if kpi not in MONEY_GOALS else None
    if count is not None and not value_text.isdigit():
        value_text = str(count)  # "møter ti i uka", "meetings ten a week"
    if value_text in {"0", "-", "0,-"}:  # "meetings 0/week": no goal
        return GoalArgs(user_id, kpi, None, period or _default_period(kpi), team, None, starts)
    if kpi == "closing_rate":
        number = re.sub(r"(?i)%|\b(?:prosent|procent|percent|pct|pst)\b\.?", "", value_text)
        number = number.replace(",", ".").strip()
        try:
            target = Decimal(number)
        except Exception:
            raise UserError("bad_closing_rate", text=value_text) from None
        # "0.3" is 30 % written as a share, "0,5 %" is nobody's goal: a percentage is asked for,
        # never a rate below 1 % stored.
        if not target.is_finite() or not 1 <= target <= 100:
            raise UserError("bad_closing_rate", text=value_text)
        return GoalArgs(user_id, kpi, target, "quarter", team, None, starts)
    try:
        money = parse_amount(value_text, krone=krone, grouped_multiplier=True)
    except UserError as exc:
        if exc.code != "bad_amount":
            raise  # negative or too large: said as such
        raise UserError("goal_amount", text=value_text) from exc
    if money is None:
        spoken = spoken_as_digits(value_text.split(), krone=krone)  # "en halv mill"
        money = parse_amount(" ".join(spoken), krone=krone) if spoken else None
    if money is None:
        raise UserError("goal_amount", text=value_text)
    if kpi == "new_customers" and _is_money(value_text, money.amount):
        kpi = "new_customer_revenue"  # "nye kunder 2 mill": new customers worth NOK 2 M
    if (
        kpi == "revenue"
        and fold(said) in _SALES_COUNTED
        and not _is_money(value_text, money.amount)
    ):
        kpi = "wins"  # "salg 5 i uka", "sales 3 per week": deals, never NOK 5 of revenue
    if kpi in MONEY_GOALS and bare_small_amount(value_text, money.amount, money.currency):
        # "omsetning 2,5 per kvartal", "revenue 10 i året": no goal in money as typed (2,5
        # mill? 10k?); was stored as NOK 2.50 a quarter
        raise UserError("goal_small_amount", text=value_text)
    if kpi not in MONEY_GOALS and money.currency is not None:
        raise UserError("goal_amount", text=value_text)
    if kpi not in MONEY_GOALS and money.amount != money.amount.to_integral_value():
        raise UserError("goal_amount", text=value_text)  # 2,5 meetings is not a goal
    return GoalArgs(
        user_id, kpi, money.amount, period or _default_period(kpi), team, money.currency, starts
    )


def _an_amount_follows(after: list[str]) -> bool:
    """Whether the word after an article starts an amount in words ("halv", "miljon", "mill")."""
    if not after or after[0] in _PERIOD_LOOKUP or after[0] in OTHER_PERIOD_WORDS:
        return False  # "a quarter", "en uke": the period
    try:
        return after[0] in SPOKEN_WORDS or parse_amount(f"1 {after[0]}") is not None
    except UserError:
        return False


_NAMED_QUARTER = re.compile(r"[qk][1-4]|(?:19|20)\d\d-?q[1-4]|h[12]")
_COMING_OR_GONE = {"neste", "next", "nasta", "naeste", "naste", "kommende", "kommande", "forrige"}
_COMING_OR_GONE |= {"last", "forra", "sidste", "previous", "foregaende", "coming"}


def _a_named_period(word: str, words: list[str]) -> bool:
    """One quarter or year by its name in a goal's words ("Q1", "2027" beside an amount, "neste"
    of "neste kvartal"), folded."""
    if _NAMED_QUARTER.fullmatch(word) or word in _COMING_OR_GONE:
        return True
    numbers = [w for w in words if re.search(r"\d", w)]
    return bool(re.fullmatch(r"20[2-9]\d", word)) and len(numbers) > 1


_COMING = {"neste", "next", "nasta", "naeste", "naste", "kommende", "kommande", "coming"}
_MONTH_WORDS = {"month", "maned", "maneden", "manad", "manaden", "maaned", "maaneden", "mnd"}


def coming_period_start(word: str, after: list[str], today: date | None) -> date | None:
    """The first day of the period to come a goal's word names ("neste" of "neste kvartal",
    "Q2" before 1 April, "april" in March, "2028" in 2027), folded; None for one begun or gone,
    or without today."""
    if today is None:
        return None
    if word in _COMING and after:
        period = _PERIOD_LOOKUP.get(after[0]) or ("month" if after[0] in _MONTH_WORDS else None)
        if period == "quarter":
            this = Quarter.of(today)
            return Quarter(this.year + this.quarter // 4, this.quarter % 4 + 1).first_day
        if period == "year":
            return date(today.year + 1, 1, 1)
        if period == "month":
            return date(today.year + today.month // 12, today.month % 12 + 1, 1)
        if period == "week":
            return today - timedelta(days=today.weekday() - 7)
        return None
    first = named_first_day(word, after, today)
    return first if first is not None and first > today else None


def named_first_day(word: str, after: list[str], today: date) -> date | None:
    """The first day of the quarter, month or year a folded word names: with its year ("Q1
    2027", "2027-Q1"), else the nearest such, ahead or gone ("Q1" or "januar" on 30 November is
    next year's, "mars" on 30 March this year's); None for other words."""
    year_after = int(after[0]) if after and re.fullmatch(r"20[2-9]\d", after[0]) else None
    named = re.fullmatch(r"(?:((?:19|20)\d\d)-?)?[qk]([1-4])", word)
    if named:
        year = int(named[1]) if named[1] else year_after
        if year is not None:
            return Quarter(year, int(named[2])).first_day
        firsts = [Quarter(y, int(named[2])).first_day for y in (today.year, today.year + 1)]
    elif word in MONTHS:
        if year_after is not None:
            return date(year_after, MONTHS[word], 1)
        firsts = [date(y, MONTHS[word], 1) for y in (today.year, today.year + 1)]
    elif re.fullmatch(r"20[2-9]\d", word):
        return date(int(word), 1, 1)
    else:
        return None
    return min(firsts, key=lambda day: abs((day - today).days))


# "fra", "from", "från", "fom", "f.o.m.", "starting", "med start", "gjeldende fra": the day a
# goal takes effect follows (folded; "fra og med" is made "fra" first).
_GOAL_FROM = {
    *("fra", "from", "fran", "fom", "f.o.m", "fr.o.m", "fr.o.m", "starting", "starts", "effective"),
    *("fro", "fr", "frm", "gjeldende", "gaeldende", "giltig", "starter", "startar", "begins"),
}


def goal_start(words: list[str], today: date | None) -> tuple[date | None, list[str]]:
    """The day a goal's "from …" names ("fra 1. april", "from week 14", "från maj", "fra Q2",
    "fra neste kvartal", "from 2028") and the words without it; (None, words) without one or
    without today. A day gone is refused (a goal holds from the day it is set), today is now."""
    if today is None:
        return None, words
    for i, word in enumerate(words):
        if fold(word).rstrip(".,:;") not in _GOAL_FROM:
            continue
        for n in (4, 3, 2, 1):
            said = words[i + 1 : i + 1 + n]
            if len(said) < n:
                continue
            day = _start_day(said, today)
            if day is None:
                continue
            if day < today:
                raise UserError("goal_start_past", text=" ".join(said), day=day, today=today)
            return (day if day > today else None), words[:i] + words[i + 1 + n :]
    return None, words


def _start_day(said: list[str], today: date) -> date | None:
    """The first day of the period or the day some words name, ahead or gone (folded inside)."""
    folded = [fold(w).strip(".,:;!?") for w in said]
    with_year = len(folded) == 2 and bool(re.fullmatch(r"20[2-9]\d", folded[1]))
    if len(folded) == 1 or (len(folded) == 2 and (folded[0] in _COMING or with_year)):
        word, after = folded[0], folded[1:]
        kind = _named_kind(word, after if word in _COMING else [])
        if kind is not None:
            if word in _COMING:
                return coming_period_start(word, after, today)
            return named_first_day(word, after, today)
    if any(_PERIOD_LOOKUP.get(f) in {"quarter", "year"} for f in folded):
        return None  # "i året", "per kvartal": a period, not a day
    try:
        return parse_date(" ".join(said), today=today, direction="future")
    except UserError:
        return None


def _named_kind(word: str, after: list[str]) -> str | None:
    """Which period a name is ("Q2": quarter, "2028": year, "april": month, "neste" of "neste
    kvartal": the period after it), folded; None for other words."""
    if word in _COMING and after:
        return _PERIOD_LOOKUP.get(after[0]) or ("month" if after[0] in _MONTH_WORDS else None)
    if re.fullmatch(r"(?:(?:19|20)\d\d-?)?[qk][1-4]", word):
        return "quarter"
    if re.fullmatch(r"20[2-9]\d", word):
        return "year"
    return "month" if word in MONTHS else None


def _named_start(folded: list[str], today: date | None) -> tuple[date, str] | None:
    """`off for Q2`, `off neste kvartal`: the coming period a removal names, and its kind."""
    words = [w for w in folded if w not in PERIOD_LINKS]
    if not words or today is None:
        return None
    ahead = coming_period_start(words[0], words[1:2], today)
    kind = _named_kind(words[0], words[1:2])
    return (ahead, kind) if ahead is not None and kind is not None else None


def bare_small_amount(text: str, amount: Decimal, currency: str | None) -> bool:
    """A number below a thousand with no unit, multiplier or currency ("1,5", "450", "2½"): no
    deal's value nor a goal in money as typed (1,5 mill? 450k?), asked for in full."""
    return currency is None and amount < 1000 and not any(c.isalpha() for c in text)


def _is_money(text: str, amount: Decimal) -> bool:
    """A goal for new customers written as money ("2m", "kr 500 000", "1,5 mill", 250000) is
    their revenue; a count ("5") is how many. Nobody counts a thousand new customers a quarter."""
    return amount >= 1000 or bool(re.search(r"[^\d\s.,'/-]", fold(text)))


_UNTIL = {"until", "til", "till", "indtil", "to"}
_FROM = {"fra", "from", "fran", "fom", "f.o.m", "f.o.m.", "fr.o.m", "fr.o.m."}
_WHOLE = {"hele", "hela", "all", "whole", "the", "i", "pa", "over"}
_WHOLE |= {"under", "during", "heile", "of"}  # "under vecka 11", "all of week 11"
# Where one date of a range ends and the other begins: a dash (with or without spaces) or a
# word ("1.12-5.12", "21.12 – 3.1", "mandag til fredag", "Dec 21 to Jan 3").
_RANGE_SEPARATOR = re.compile(r"\s*[-–—]\s*|\s+(?:til|till|to|until|indtil|t\.o\.m\.?)\s+", re.I)
MAX_AWAY = 366  # days in one period
MAX_AWAY_BACK = 90  # days back an away period may start (forgot to say it before the holiday)


@dataclass(frozen=True)
class Away:
    """Days away, first to last. `ask`: one coming day said alone ("fredag", "tomorrow",
    "4.12"), which a seller means as that day as often as "until then": nothing is stored until
    they choose (`ends_on` is that day, `starts_on` today)."""

    starts_on: date
    ends_on: date
    ask: bool = False
    # Two weekdays said as a range that holds a day gone ("fredag-mandag" on a Monday): the
    # days gone (starts_on .. ends_on) or these coming ones? Asked; nothing stored until chosen.
    coming: tuple[date, date] | None = None
    # Words that name no days of their own ("om to uker", "hele påsken"): the readings offered,
    # a button each (first, last); nothing stored until one is chosen.
    choices: tuple[tuple[date, date], ...] = ()


# "til og med fredag", "t.o.m. 4. des", "till och med onsdag", "through Friday": the last day
# away, like "til" (an away period's end is always a day away).
_INCLUSIVE = re.compile(
    r"(?<!\w)(?:til\s+og\s+med|till\s+och\s+med|til\s+og\s+m\.?|t\.\s*o\.\s*m\.?|tom\.?|through|thru)(?!\w)",
    re.I,
)
# "fra og med 21.12", "från och med måndag", "fra og m. 21.12": the first day away, like "fra".
_FROM_INCLUSIVE = re.compile(
    r"(?<!\w)(?:fra\s+og\s+med|fr[aå]n\s+och\s+med|fra\s+og\s+m\.?)(?!\w)", re.I
)
# "w/c 31st May", "week commencing 7 Dec", "the week of 7.12", "uka fra 7. des", "veckan från
# 7/12", "ugen fra 7.12": the whole week that day is in.
_WEEK_OF = re.compile(
    r"(?:w/c|wc|w\.c\.|(?:the\s+)?week\s+(?:commencing|beginning|starting|of)|"
    r"(?:uka|uken|veka|veckan|ugen)\s+(?:fra|från|fran|som\s+begynner|som\s+börjar|der\s+starter))"
    r"\s+(.+)",
    re.I,
)
# "resten av uka", "resten av veckan", "resten af ugen", "rest of the week", "ut uka", "ut
# veckan", "denne uka ut", "hele uka", "hela veckan", "all week" (folded): today to Sunday.
_REST_OF_WEEK = re.compile(
    r"(?:(?:resten|resterende|resterande|rest)\s+(?:av|af|of)\s+(?:the\s+|denne\s+|denna\s+)?"
    r"|ut\s+|ud\s+|(?:hele|hela|all|the\s+whole|whole)\s+(?:the\s+)?)?"
    r"(?:uka|uken|veka|veckan|ugen|week|this\s+week)(?:\s+ut|\s+ud)?"
    r"|(?:denne|denna)\s+(?:uka|uken|veckan|uge)\s+(?:ut|ud)"
)
# "Dec 1-4", "jan 4-8", "May 17th–21st", "March 8 through 10", "from March 8 to 10": a month,
# then two of its days (the last two were not read: kpiargs24).
_MONTH_FIRST_RANGE = re.compile(
    r"^((?:fra|from|från|fran)\s+)?([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th|\.)?"
    r"(?:\s*[-–—]\s*|\s+(?:til|till|to|until)\s+)(\d{1,2})(?:st|nd|rd|th|\.)?$",
    re.I,
)


def _day_range_of_month(match: re.Match[str]) -> str:
    """ "Dec 1-4" as "1-4 Dec" (read below); other words as they were."""
    if fold(match[2]) not in MONTHS:
        return match[0]
    return f"{match[1] or ''}{match[3]}-{match[4]} {match[2]}"


# "between 8 and 10 March", "mellom 8. og 10. mars", "mellan 8 och 10 mars", "mellem mandag og
# onsdag": the days from the first to the last (kpiargs24; was: not read).
_BETWEEN = re.compile(r"^(?:between|mellom|mellan|mellem)\s+(.+?)\s+(?:and|og|och|&)\s+(.+)$", re.I)
# Norwegian two-letter weekdays in a range ("ma-fr", "ma–on uke 11"; was: not read).
_SHORT_WEEKDAY = {"ma": "mandag", "ti": "tirsdag", "on": "onsdag", "to": "torsdag"}
_SHORT_WEEKDAY |= {"fr": "fredag", "lo": "lordag", "so": "sondag"}
# Swedish "må", "lö", "sö" and "tor" too, and one side a longer weekday ("må-fr", "lö-sö",
# "tis-tor", "to-fre": kpiargs25, were away_syntax).
_SHORT_WEEKDAY |= {"tor": "torsdag"}
_SHORT_WEEKDAYS = re.compile(
    r"(?<!\w)(ma|må|ti|on|to|tor|fr|lø|lo|lö|sø|so|sö|[^\W\d_]{3,8})\.?\s*[-–—]\s*"
    r"(ma|må|ti|on|to|tor|fr|lø|lo|lö|sø|so|sö|[^\W\d_]{3,8})\.?(?!\w)",
    re.I,
)


# "uka 11", "uken 11", "veckan 11", "ugen 11": the week numbered so.
_THE_WEEK_NUMBERED = re.compile(
    r"(?<!\w)(?:uka|uken|veka|veckan|ugen)\s*(\d{1,2})(?!\w|\.\d)", re.I
)


# "3/8-10", "3.8-10", "3.8.–10.": a day and month, then a later day of that month (kpiargs25;
# was: 3 August 2010, "or until then?" asked about 3 August 2011).
_DAY_MONTH_TO_DAY = re.compile(
    r"^([^\d\s]\S*\s+)?(\d{1,2})([./])(\d{1,2})\.?\s*[-–—]\s*(\d{1,2})\.?$", re.I
)


def _day_month_to_day(match: re.Match[str], today: date) -> str:
    """ "3/8-10" as "3/8-10/8" (read below) when 10 is a later day of August, not a year near
    today's ("3/8-27" in 2027 stays 3 August 2027); other words as they were."""
    first, month, last = int(match[2]), int(match[4]), int(match[5])
    if not first < last <= 31 or not 1 <= month <= 12 or abs(2000 + last - today.year) <= 1:
        return match[0]
    return f"{match[1] or ''}{first}{match[3]}{month} - {last}{match[3]}{month}"


def _between_as_range(match: re.Match[str]) -> str:
    """ "mellom 8. og 10. mars" as "8. - 10. mars": two days by figures or weekdays only (the
    holidays' "mellom jul og nyttår" is romjula, read as such below)."""
    sides = (match[1], match[2])
    if all(_FIGURE.search(side) or is_weekday(side.split()[0]) for side in sides):
        return f"{match[1]} - {match[2]}"
    return match[0]


def _weekdays_in_full(match: re.Match[str]) -> str:
    """ "ma-fr", "to-fre", "tis-tor" as two weekdays in full; a word that is no weekday (or two
    longer weekdays, read as they are) leaves the words as they were."""
    short = [fold(m) in _SHORT_WEEKDAY for m in (match[1], match[2])]
    if not any(short) or not all(
        s or is_weekday(m) for s, m in zip(short, match.groups(), strict=True)
    ):
        return match[0]
    first, last = (_SHORT_WEEKDAY.get(fold(m), m) for m in (match[1], match[2]))
    return f"{first}-{last}"


# "frem til fredag", "fram till fredag", "up to Friday": "til" said with its adverb.
_UP_TO = re.compile(r"(?<!\w)(?:frem|fram|up)\s+(?=(?:til|till|to)(?!\w))", re.I)
# "the week after next", "uka etter neste", "veckan efter nästa", "ugen efter næste": in two
# weeks' time, that whole week.
_WEEK_AFTER_NEXT = re.compile(
    r"(?:the\s+)?week\s+after\s+next|(?:uka|uken|veka|veckan|ugen)\s+(?:etter|efter)\s+"
    r"(?:neste|nasta|naeste|naste)"
)
# "uke 52-53", "v.52-1", "week 52 - 1": the second number is a week too.
_WEEK_RANGE = re.compile(
    r"((?:uke|veke|vecka|uge|week|wk|kw|v|w)\.?\s*)(\d{1,2})\s*[-–—]\s*(\d{1,2})$", re.I
)
# "uke 52 og 53", "v. 52 och 1", "weeks 52 and 53", "uge 52+53": two weeks in a row said as a
# pair (not a range unless they follow each other: "uke 50 og 52" is two periods, refused).
_WEEK_PAIR = re.compile(
    r"((?:uker|uke|veker|veke|veckorna|veckor|vecka|uger|uge|weeks|week|wks|wk|kw|v|w)\.?\s*)"
    r"(\d{1,2})\s*(?:og|och|and|&|\+)\s*(?:(?:uke|vecka|uge|week|v|w)\.?\s*)?(\d{1,2})$",
    re.I,
)
# "23-27 Nov", "23.-27. nov": the first day takes its month from the last.
_BARE_DAY = re.compile(r"(\d{1,2})\.?")
# "den 8 till den 10 mars", "d. 8.-10. marts": the word before a day of the month.
_THE_DAY = re.compile(r"^(?:den|d\.|the)\s+", re.I)


def parse_away(text: str, *, today: date) -> Away:
    """`/kpi away …`: `until 2026-12-01` / `til fredag` / `t.o.m. 4. des` / a coming date (from
    today until then); `i går` / `i dag` / a day that has been (that day); `21.12-3.1` / `fra
    mandag til fredag` / `23-27 Nov` (a period, also one that has been: a holiday said
    afterwards); `neste uke` / `forrige uke` / `uke 50` / `v.52-1` (those whole weeks; this week
    from today)."""
    text = _FROM_INCLUSIVE.sub(" fra ", _INCLUSIVE.sub(" til ", _UP_TO.sub("", text)))
    if _FULL_STOP_AFTER_WEEK.search(fold(text).rstrip()):
        text = text.rstrip()[:-1]  # "neste uke.", "uke 50." (kpiargs25; was: away_syntax)
    text = _OUT_OF_OFFICE.sub("ooo ", text)
    said = text.split()
    # "juleferie uke 52", "kurs onsdag": why is theirs to say; "sick leave next week", "on
    # leave next week" (kpiargs25: the second reason word was away_syntax)
    if len(said) > 2 and fold(said[0]) == "on" and fold(said[1]) in _AWAY_REASONS:
        said = said[1:]
    if (
        len(said) > 1
        and fold(said[0]).strip(".,:;") in _AWAY_REASONS
        and fold(" ".join(said)) not in _CHRISTMAS_BREAK_WORDS  # "christmas holidays": asked
    ):
        said = said[1:]
        while len(said) > 1 and _a_reason_not_a_day(said[0], today):
            said = said[1:]  # "sick leave …", never the "fri" of "off fri & mon"
        text = " ".join(said)
    # "next wk", "nest uke", "man-fre": the short and misspelt words read as their whole ones
    text = _WEEK_SHORT.sub(lambda m: _WEEK_SHORT_FOR[fold(m[0]).rstrip(".")], text)
    text = " ".join(_AWAY_TYPOS.get(fold(w), w) for w in text.split())
    text = _DANISH_MONDAY.sub("mandag", text)
    text = _SHORT_WEEKDAYS.sub(_weekdays_in_full, text)
    text = _THE_WEEK_NUMBERED.sub(r"uke \1", text)  # "hele uka 11" (was: not read)
    text = _BETWEEN.sub(_between_as_range, " ".join(text.split()))
    text = _MONTH_FIRST_RANGE.sub(_day_range_of_month, " ".join(text.split()))
    text = _DAY_MONTH_TO_DAY.sub(lambda m: _day_month_to_day(m, today), text)
    if _REST_OF_WEEK.fullmatch(" ".join(fold(text).split())):
        return _checked(today, _sunday(today), today)  # "resten av uka": today to Sunday
    if _REST_OF_YEAR.fullmatch(" ".join(fold(text).split())):
        return _checked(today, date(today.year, 12, 31), today)  # "resten av året", "ut året"
    whole_week = _whole_week_said(" ".join(text.split()), today)
    if whole_week is not None:
        return whole_week
    spanned = _span_said(" ".join(fold(text).split()), today)
    if spanned is not None:  # "om to uker", "i to uker fra mandag", "romjula", "påsken"
        return spanned
    month = _whole_month(" ".join(fold(text).split()), today)
    if month is not None:  # "hele juli", "hela juli", "all of July": its first to its last day
        return month
    text = _WEEK_RANGE.sub(lambda m: f"{m[1]}{m[2]} - {m[1]}{m[3]}", " ".join(text.split()))
    text = _WEEK_PAIR.sub(_week_pair, text)
    words = text.split()
    if words and fold(words[0]) in _UNTIL:
        christmas = _until_christmas(words[1:], today)  # "til jul": asked, a button each
        return christmas or Away(today, _until(" ".join(words[1:]), today))
    pair = _two_days(" ".join(words), today)
    if pair is not None:  # "i går og i dag", "fredag og mandag": one period, days in a row
        return pair
    while (
        len(words) > 1
        and fold(words[0]) in _WHOLE
        and not _reads(" ".join(words), today)
        and not _reads(" ".join(words[:2]), today)  # "i morgen til fredag" (was: not read)
    ):
        words = words[1:]  # "hele neste uke", "all next week" (never the "i" of "i går")
    starts = bool(words) and fold(words[0]) in _FROM
    phrase = " ".join(words[1:] if starts else words)
    if not phrase:
        raise UserError("away_syntax")
    numbered = _numbered_weeks(phrase, today)
    if numbered is not None:  # "uke 28-30", "v. 50 til 52": the next such weeks not yet gone
        return numbered
    if (
        names_a_month(phrase)
        and _RANGE_SEPARATOR.search(phrase) is None
        and not _FIGURE.search(phrase)  # "1st Dec" is a day (kpiargs25; was: away_syntax)
    ):
        # "i januar", "hele desember": which days of it is not said (was: 1 January asked)
        raise UserError("away_syntax")
    monday = week_monday(phrase, today=today)
    if monday is not None:  # a whole week: from today when it is this one
        sunday = _sunday(monday)
        return _checked(today if monday <= today <= sunday else monday, sunday, today)
    try:
        single = parse_date(phrase, today=today, direction="future")
    except UserError as error:
        single, unreadable = None, error
    else:
        unreadable = None
    if single is not None and not starts:
        coming = _a_year_on(single) if not _YEAR_SAID.search(phrase) else None
        if (today - single).days > MAX_AWAY_BACK and coming is not None:
            # "12/7" in November: next July's, asked as any coming day alone (was: refused as
            # more than 90 days ago)
            return Away(today, coming, ask=True)
        if single <= today:  # "syk i dag", "borte i går": that day (said afterwards)
            return _checked(single, single, today)
        # "fredag", "tomorrow", "4.12" alone: that day, or from today until then? Asked.
        return Away(today, _until(phrase, today), ask=True)
    period = _period(phrase, today)
    if period is not None:
        return period
    if unreadable is not None:
        raise unreadable
    raise UserError("away_syntax")  # "fra mandag": from then until when?


# "uke 28", "v. 28 - v. 30", "week 50 to week 52" (a range said with one week word is made
# this by _WEEK_RANGE first): weeks by their numbers alone, folded.
_WEEK_WORD = r"(?:uker|uke|veker|veke|veckorna|veckor|vecka|uger|uge|weeks|week|wks|wk|kw|v|w|u)"
_NUMBERED_WEEKS = re.compile(
    rf"{_WEEK_WORD}\.?\s*(\d{{1,2}})"
    rf"(?:\s*(?:[-–—]|\btil\b|\btill\b|\bto\b|\buntil\b|\bindtil\b)\s*(?:{_WEEK_WORD}\.?\s*)?(\d{{1,2}}))?"
)


# Misspelt away words (folded): "nest uke" (a letter left out of "neste"), "nesta vecka".
_AWAY_TYPOS = {"nest": "neste", "nesta": "nasta", "naest": "naeste", "nxt": "next"}
# "førstkommende mandag": the coming one (kpiargs24; was: not read)
_AWAY_TYPOS |= {"forstkommende": "kommende", "forstkommande": "kommande"}
# Danish "man" (Monday, a word of its own elsewhere) before a dash: "man-fre", "man – ons".
_DANISH_MONDAY = re.compile(r"(?<!\w)man\.?(?=\s*[-–—]\s*\w)", re.I)
# "resten av året", "resten af året", "resten av året", "rest of the year", "ut året", "året
# ut", "the remainder of the year" (folded): today to 31 December (were: away_syntax).
_REST_OF_YEAR = re.compile(
    r"(?:(?:resten|resterende|resterande|rest|remainder)\s+(?:av|af|of)\s+(?:the\s+|this\s+)?"
    r"|ut\s+|ud\s+)(?:aret|aaret|year)|(?:aret|aaret)\s+(?:ut|ud)"
)
# Two days joined by "og", "och", "and", "&", "+" ("i går og i dag", "fredag og mandag").
_AND = re.compile(r"\s+(?:og|och|and|&|\+)\s+", re.I)


def _a_reason_not_a_day(word: str, today: date) -> bool:
    return fold(word).strip(".,:;") in _AWAY_REASONS and not _reads(word, today)


def _two_days(phrase: str, today: date) -> Away | None:
    """Two days said with "og" between them that follow each other as working days do (the
    next day, or Friday and Monday): the period from the first to the second, read as a range
    is; None for other words (two days apart are two periods: refused further on)."""
    sides = _AND.split(phrase)
    if len(sides) != 2 or not all(_reads(side, today) for side in sides):
        return None
    try:
        away = _period(f"{sides[0]} - {sides[1]}", today)
    except UserError:
        return None
    if away is None:
        return None
    gap = (away.ends_on - away.starts_on).days
    if gap == 1 or (gap == 3 and away.starts_on.weekday() == 4):
        return away
    return None


def _numbered_weeks(phrase: str, today: date) -> Away | None:
    """Weeks named by number ("uke 28", "uke 28 - uke 30"): the first such week not gone more
    than MAX_AWAY_BACK days (in November, "ferie uke 28-30" is next summer, never this week nor
    last July), to the Sunday of the first last-numbered week from it; from today when the first
    is this week. None when `phrase` is not only that."""
    match = _NUMBERED_WEEKS.fullmatch(fold(phrase))
    if match is None:
        return None
    first_n, last_n = int(match[1]), int(match[2] or match[1])
    first = _week_from(first_n, today - timedelta(days=MAX_AWAY_BACK), today.year - 1)
    if first is None:
        raise UserError("bad_date", text=phrase)
    last = _week_from(last_n, first, first.year)
    if last is None:
        raise UserError("bad_date", text=phrase)
    sunday = _sunday(last)
    return _checked(today if first <= today <= _sunday(first) else first, sunday, today)


# "hele juli", "hela juli", "heile juli", "all of July", "the whole of July", "hele juli måned",
# "hele måneden juli" (folded): a month said whole names its days (a month alone does not).
_WHOLE_MONTH = re.compile(
    r"(?:(?:gjennom|igennem|genom)\s+)?(?:hele|hela|heile|all(?:\s+of)?|(?:the\s+)?(?:whole|entire)"
    r"(?:\s+of)?)\s+(?:(?:maneden|manaden|maaneden|the\s+month\s+of)\s+)?(?P<month>[a-z]+)\.?"
    r"(?:\s+(?:maned|manad|maaned|month))?(?:\s+(?P<year>20\d\d))?"
)


def _whole_month(folded: str, today: date) -> Away | None:
    """A month said whole ("hele juli"): its first to its last day, this year's when it began at
    most MAX_AWAY_BACK days ago (one gone, said afterwards) or is ahead, else next year's (a year
    said: that one's); None for other words."""
    match = _WHOLE_MONTH.fullmatch(folded)
    if match is None or match["month"] not in MONTHS:
        return None
    number = MONTHS[match["month"]]
    year = int(match["year"]) if match["year"] else today.year
    if not match["year"] and (today - date(year, number, 1)).days > MAX_AWAY_BACK:
        year += 1  # "hele juli" in December: next July
    last = date(year + number // 12, number % 12 + 1, 1) - timedelta(days=1)
    return _checked(date(year, number, 1), last, today)


def _week_from(number: int, earliest: date, year: int) -> date | None:
    """The Monday of the first week numbered `number` (ISO) whose Sunday is on or after
    `earliest`, looking in `year` and the two after it."""
    for iso_year in (year, year + 1, year + 2):
        try:
            monday = date.fromisocalendar(iso_year, number, 1)
        except ValueError:
            continue
        if _sunday(monday) >= earliest:
            return monday
    return None


def _whole_week_said(phrase: str, today: date) -> Away | None:
    """The week of a day ("w/c 31st May", "uka fra 7. des") or the week after next: that whole
    week (from today when it is this one); None for other words."""
    if _WEEK_AFTER_NEXT.fullmatch(fold(phrase)):
        monday: date | None = today - timedelta(days=today.weekday()) + timedelta(weeks=2)
    elif (week_of := _WEEK_OF.fullmatch(phrase)) is not None:
        day = parse_date(week_of[1], today=today, direction="future")
        monday = day - timedelta(days=day.weekday()) if day is not None else None
    else:
        return None
    if monday is None:
        raise UserError("away_syntax")
    sunday = _sunday(monday)
    return _checked(today if monday <= today <= sunday else monday, sunday, today)


_UNIT = {
    **dict.fromkeys(("dag", "dager", "dagar", "dage", "day", "days", "dogn"), 1),
    **dict.fromkeys(("uke", "uker", "veke", "veker", "vecka", "veckor", "uge", "uger"), 7),
    **dict.fromkeys(("week", "weeks", "wk", "wks"), 7),
}
# "i to uker", "for two weeks", "i två veckor fra mandag", "for 2 weeks from the 14th", "fra
# mandag i to uker" (folded): that many days or weeks, from today or the day said.
_FOR_A_SPAN = re.compile(
    r"(?:(?P<for>i|for)\s+)?(?P<n>\w+)\s+(?P<unit>[a-z]+)"
    r"(?:\s+(?:fra|fran|from|starting|beginning)\s+(?P<start>.+))?"
    r"|(?:(?:fra|fran|from)\s+)?(?P<start2>.+?)\s+(?:i|for)\s+(?P<n2>\w+)\s+(?P<unit2>[a-z]+)"
)
# "om to uker", "om två veckor", "om to uger", "in two weeks", "in a week's time" (folded): a
# time ahead, no days: the week it falls in is offered.
_IN_WEEKS = re.compile(r"(?:om|in)\s+(?P<n>\w+)\s+(?P<unit>[a-z]+)(?:'?s?\s+time)?")
# "resten av måneden", "ut månaden", "resten af måneden", "rest of the month", "resten av
# desember" (folded; a month by name is this month).
_REST_OF_MONTH = re.compile(
    r"(?:(?:resten|resterende|resterande|rest|remainder)\s+(?:av|af|of)\s+(?:the\s+)?"
    r"|ut\s+)(?P<month>maneden|manaden|maaneden|month|mnd|[a-z]+)"
    r"|(?:maneden|manaden|maaneden)\s+ut"
)
# "neste to uker", "de neste to ukene", "nästa två veckor", "de næste 2 uger", "the next two
# weeks" (folded): from today, or the calendar weeks from next Monday? Asked.
_NEXT_WEEKS = re.compile(
    r"(?:de\s+|the\s+)?(?:neste|nasta|naeste|next|kommende|kommande|coming)\s+(?P<n>\w+)\s+"
    r"(?:uker|ukene|veckor|veckorna|uger|ugerne|weeks)"
)
_THIS_MONTH = {"maneden", "manaden", "maaneden", "month", "mnd"}
# Easter said as a holiday (folded), away: its days off, or the whole Easter week with them?
_EASTER_AWAY = {
    *("paske", "pasken", "paska", "paaske", "paasken", "pask", "paskeferien", "paskeferie"),
    *("paskehelga", "paskehelgen", "paskas", "paskhelgen", "pasklovet", "easter"),
    *("easter holidays", "the easter holidays", "easter break", "the easter break"),
    *("easter weekend", "the easter weekend"),
    # Sweden's påsklov (and "påskelov" as it is also typed), "Easter hols" (were not read)
    *("pasklov", "paskelov", "paskelovet", "easter holiday", "easter hols", "the easter hols"),
}
# Swedish and English Easters begin on Good Friday (skärtorsdag is worked); the others on
# Maundy Thursday.
_FROM_GOOD_FRIDAY = {"pask", "paskas", "paskhelgen", "pasklovet", "pasklov", "hela", "easter"}
# Whitsun said as a holiday (folded): its Saturday to Whit Monday (was: away_syntax).
_WHITSUN = {
    *("pinse", "pinsen", "pinsa", "pinsehelga", "pinsehelgen", "pinseferien", "pingst"),
    *("pingsten", "pingsthelgen", "whitsun", "whitsun weekend", "pentecost", "the whitsun weekend"),
}
# Midsummer said as a holiday (folded): Midsummer Eve, or its weekend (asked; was: away_syntax).
_MIDSUMMER = {"midsommar", "midsommaren", "midsommarhelgen", "midsummer", "midsommer"}
# Christmas and New Year together (folded): no days of their own (was: 28 December asked).
_CHRISTMAS_AND_NEW_YEAR = {
    *("jul og nyttar", "jul og nytar", "jul och nyar", "christmas and new year"),
    *("christmas and new years", "xmas and new year", "jul og nyttaar"),
}
_AWAY_PREFIX = re.compile(r"^(?:(?:hele|hela|i|in|over|under|during|all|the\s+whole)\s+)+")


def _span_said(folded: str, today: date) -> Away | None:
    """Away periods said as a span of time rather than dates: "i to uker (fra mandag)" (those
    days), "resten av måneden" (today to its last day), "romjula" (27-31 December), "om to
    uker" and "hele påsken" (asked: they name no days of their own). None for other words."""
    rest = _REST_OF_MONTH.fullmatch(folded)
    if rest is not None and (
        rest["month"] in (None, *_THIS_MONTH) or MONTHS.get(rest["month"]) == today.month
    ):
        # "resten av måneden", "resten av desember" in December: today to its last day
        last = (today.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return _checked(today, last, today)
    coming = _NEXT_WEEKS.fullmatch(folded)
    if coming is not None and (count := count_said(coming["n"])) and count > 1:
        # from today, or the calendar weeks from next Monday?
        monday = today + timedelta(days=7 - today.weekday())
        days = timedelta(weeks=count)
        from_today = _checked(today, today + days - timedelta(days=1), today)
        weeks = (monday, monday + days - timedelta(days=1))
        return replace(from_today, choices=((today, from_today.ends_on), weeks))
    bare = _AWAY_PREFIX.sub("", folded)
    school = _school_holiday(bare, today)
    if school is not None:  # "efterårsferien": its week; "vinterferien": asked (UserError)
        return school
    if bare in _CHRISTMAS_AND_NEW_YEAR:
        raise UserError("away_syntax")  # from which day to which: the seller's to say
    if (
        bare in _CHRISTMAS_BREAK_WORDS
        or bare in _CHRISTMAS_SAID
        or (bare == "jul" and bare != folded)
    ):
        return _christmas_break(today)  # "juleferien", "jullovet": asked (was: not read)
    if bare in _BLACK_WEEK:
        monday = named_day(bare, today.year)
        if monday is not None and _sunday(monday) < today:
            monday = named_day(bare, today.year + 1)
        if monday is not None:
            return _checked(max(monday, today), _sunday(monday), today)
    day = named_day(bare, today.year)
    if day is not None:
        # "black friday", "1. advent": the nearest; one gone is that day (said afterwards), one
        # to come is asked as any coming day alone ("fredag")
        later = named_day(bare, today.year + 1)
        if day < today and later is not None and (later - today) < (today - day):
            day = later
        return _checked(day, day, today) if day <= today else Away(today, day, ask=True)
    if bare in _ROMJUL_WORDS:
        year = today.year if today <= date(today.year, 12, 31) else today.year + 1
        return _checked(date(year, 12, 27), date(year, 12, 31), today)
    if bare in _EASTER_AWAY or bare in _EASTER_WEEK_WORDS:
        easter = easter_sunday(today.year)
        if today > easter + timedelta(days=1):
            easter = easter_sunday(today.year + 1)
        week = (easter - timedelta(days=6), easter)
        if bare in _EASTER_WEEK_WORDS:
            return _checked(*week, today)  # "påskeuka": Monday to Easter Sunday
        said = set(folded.split()) | {bare}
        first = easter - timedelta(days=2 if said & _FROM_GOOD_FRIDAY else 3)
        monday = easter + timedelta(days=1)
        return replace(_checked(first, monday, today), choices=((first, monday), (week[0], monday)))
    if bare in _WHITSUN:
        # "pinsen", "pingst", "Whitsun": its weekend to Whit Monday, the coming one
        whit_monday = easter_sunday(today.year) + timedelta(days=50)
        if whit_monday < today:
            whit_monday = easter_sunday(today.year + 1) + timedelta(days=50)
        return _checked(max(whit_monday - timedelta(days=2), today), whit_monday, today)
    if bare in _MIDSUMMER:
        # "midsommar": Midsummer Eve (the Friday from 19 June) alone, or its weekend? Asked.
        year = today.year if today <= date(today.year, 6, 26) else today.year + 1
        eve = date(year, 6, 19) + timedelta(days=(4 - date(year, 6, 19).weekday()) % 7)
        away = _checked(max(eve, today), eve, today) if eve >= today else None
        weekend = (max(eve, today), eve + timedelta(days=2))
        return replace(away or _checked(*weekend, today), choices=((eve, eve), weekend))
    ahead = _IN_WEEKS.fullmatch(folded)
    if ahead is not None and _UNIT.get(ahead["unit"]) == 7:
        count = count_said(ahead["n"])
        if count is None or count < 1:
            return None
        day = today + timedelta(weeks=count)
        monday = day - timedelta(days=day.weekday())
        away = _checked(monday, _sunday(monday), today)
        return replace(away, choices=((away.starts_on, away.ends_on),))
    span = _FOR_A_SPAN.fullmatch(folded)
    if span is None:
        return None
    n, unit, start_said = (
        span["n"] or span["n2"],
        span["unit"] or span["unit2"],
        span["start"] or span["start2"],
    )
    days, count = _UNIT.get(unit), count_said(n)
    if (
        days is None
        or count is None
        or count < 1
        or (start_said is None and span["for"] is None)  # "2 uker" alone: from when?
    ):
        return None
    start = today
    if start_said is not None:
        found = parse_date(start_said, today=today, direction="future")
        if found is None:
            return None
        start = found
    return _checked(start, start + timedelta(days=days * count - 1), today)


# School holidays (folded) in the same week everywhere in their country: that week (Danish
# efterårsferie, week 42; Swedish höstlov, week 44).
_SCHOOL_WEEK = {
    **dict.fromkeys(("efterarsferie", "efterarsferien", "efteraarsferie", "efteraarsferien"), 42),
    **dict.fromkeys(("hostlov", "hostlovet", "hostlovsveckan"), 44),
}
# School and works holidays whose weeks differ by where one lives or works (folded): the weeks
# kpibot thinks they may be, each (first week, last week), a button each, never guessed (was:
# refused with an example). Norway's vinterferie is in week 8 or 9 and Denmark's in 7 or 8;
# Sweden's sportlov in 7 to 10; Norway's høstferie in 39 to 41 and Denmark's in 42; Norway's
# fellesferie the last three weeks of July (28-30 or 29-31), Sweden's industrisemester four
# (28-31, or 27-30).
_HOLIDAY_WEEKS = {
    **dict.fromkeys(
        ("vinterferie", "vinterferien", "vinterferia", "vinterferiuka", "vinterferieuka"),
        ((7, 7), (8, 8), (9, 9)),
    ),
    **dict.fromkeys(("vinterferieugen", "vinterferiugen"), ((7, 7), (8, 8), (9, 9))),
    **dict.fromkeys(
        ("sportlov", "sportlovet", "sportlovsveckan", "vinterlov", "vinterlovet"),
        ((7, 7), (8, 8), (9, 9), (10, 10)),
    ),
    **dict.fromkeys(
        ("hostferie", "hostferien", "hostferia", "hostferieuka", "hostferieugen"),
        ((39, 39), (40, 40), (41, 41), (42, 42)),
    ),
    **dict.fromkeys(("fellesferie", "fellesferien", "fellesferia"), ((28, 30), (29, 31))),
    **dict.fromkeys(
        ("industrisemester", "industrisemestern", "industrisemestret", "industrisemestren"),
        ((28, 31), (27, 30)),
    ),
}
# England's half terms by name (folded): February's in week 7 or 8, October's in 43 or 44, May's
# the week of the spring bank holiday (its last Monday); "half term" alone is the next of them.
_HALF_TERM = re.compile(
    r"(?:the\s+)?(?:(?P<season>february|feb|winter|spring|may|summer|whitsun|october|oct|autumn)"
    r"\s+)?half[\s-]?term(?:\s+(?:holidays?|break|week))?"
)
_HALF_TERM_SEASON = {
    **dict.fromkeys(("february", "feb", "winter"), "feb"),
    **dict.fromkeys(("spring", "may", "summer", "whitsun"), "may"),
    **dict.fromkeys(("october", "oct", "autumn"), "oct"),
}


# Why someone is away, said before when (folded): "/kpi away juleferie uke 52".
# "out of office", "out of the office" before the days (kpiargs25; was: away_syntax).
_OUT_OF_OFFICE = re.compile(r"^\s*out\s+of\s+(?:the\s+)?office\b\s*", re.I)
_AWAY_REASONS = {
    *("ferie", "juleferie", "julferie", "juleferien", "sommerferie", "sommarsemester"),
    *("semester", "permisjon", "kurs", "konferanse", "konferens", "konference", "messe"),
    *("vacation", "holiday", "holidays", "leave", "course", "conference", "training"),
    *("fri", "ledig", "fridag", "fridager", "fridagar", "fridage", "off"),  # "fri i romjula"
    # Where and which holiday, before when: "borta v. 52-53", "vinterferie uke 8", "sportlov v.
    # 9", "efterårsferie uge 42", "sommerferie hele juli" (the days said are the days).
    *("away", "borte", "borta", "bortrest", "vaek", "franvarande", "ooo"),
    *("sommerferien", "sommarlov", "sommarlovet", "sommarledighet", "julledighet"),
    # mendB33: "julledig v. 52 och 53", "jullov v 52 och 53" (were "longer than a week", "when?")
    *("julledig", "julledigt", "julledigheten", "jullov", "jullovet", "julferien", "juleferia"),
    *("julefri", "julfri", "christmas", "xmas", "break", "hols"),  # "xmas break 21.12-3.1"
    *(word for word in _HOLIDAY_WEEKS if " " not in word),
    *("efterarsferie", "efterarsferien", "efteraarsferie", "efteraarsferien"),
    *("hostlov", "hostlovet", "paskeferie", "paskeferien", "pasklov", "pasklovet", "paskelov"),
    # Ill, a sick child, a course, leave (kpiargs25; "syk i dag", "vab i dag", "kursus 1.-3.
    # dec", "tjänstledig v 50", "out Mon-Wed next week" were away_syntax)
    *("syk", "sjuk", "syg", "sick", "ill", "sykmeldt", "sjukskriven", "sygemeldt", "vab"),
    *("kursus", "tjanstledig", "tjenestefri", "orlov", "out"),
}


def _school_holiday(bare: str, today: date) -> Away | None:
    """The coming week of a school holiday its country holds in one week; the weeks of one held
    in different weeks by place (or by employer: "fellesferien") as choices, a button each; None
    for other words."""
    weeks = _HOLIDAY_WEEKS.get(bare)
    half_term = _HALF_TERM.fullmatch(bare) if weeks is None else None
    if weeks is not None or half_term is not None:
        for year in (today.isocalendar().year, today.isocalendar().year + 1):
            if half_term is not None:
                weeks = _half_term_weeks(half_term["season"], year, today)
                if not weeks:
                    continue
            choices = _weeks_ahead(weeks or (), year, today)
            if choices:
                away = _checked(*choices[0], today)
                return replace(away, choices=tuple(choices))
        return None
    number = _SCHOOL_WEEK.get(bare)
    if number is None:
        return None
    for year in (today.isocalendar().year, today.isocalendar().year + 1):
        monday = date.fromisocalendar(year, number, 1)
        if monday + timedelta(days=6) >= today:
            return _checked(max(monday, today), monday + timedelta(days=6), today)
    return None


def _weeks_ahead(
    weeks: tuple[tuple[int, int], ...], year: int, today: date
) -> list[tuple[date, date]]:
    """Each (first week, last week) of ISO `year` as its Monday to its last Sunday, from today
    for one under way; [] when the last of them has ended (next year's then)."""
    spans = [(date.fromisocalendar(year, a, 1), date.fromisocalendar(year, b, 7)) for a, b in weeks]
    if not spans or max(end for _, end in spans) < today:
        return []
    return [(max(start, today), end) for start, end in spans if end >= today]


def _half_term_weeks(season: str | None, year: int, today: date) -> tuple[tuple[int, int], ...]:
    """The weeks of `year`'s half term named (its season, or the next one not ended)."""
    may_day = date(year, 5, 31)
    spring_bank_holiday = may_day - timedelta(days=may_day.weekday())
    may = spring_bank_holiday.isocalendar().week
    seasons = {"feb": ((7, 7), (8, 8)), "may": ((may, may),), "oct": ((43, 43), (44, 44))}
    if season is not None:
        return seasons[_HALF_TERM_SEASON[season]]
    for weeks in seasons.values():
        if _weeks_ahead(weeks, year, today):
            return weeks
    return ()


# "til jul", "till jul", "until Christmas" (folded): to Christmas Eve, or the day before it?
_CHRISTMAS = {"jul", "julen", "jula", "christmas", "xmas", "julafton", "julaften", "juleaften"}


def _until_christmas(words: list[str], today: date) -> Away | None:
    """`til jul`: from today to the day before Christmas Eve, or to Christmas Eve (asked, a
    button each); None for other words."""
    if not words or " ".join(fold(w).strip(".,!") for w in words) not in _CHRISTMAS:
        return None
    year = today.year if today <= date(today.year, 12, 23) else today.year + 1
    eve = date(year, 12, 24)
    away = _checked(today, eve, today)
    return replace(away, choices=((today, eve - timedelta(days=1)), (today, eve)))


def _week_pair(match: re.Match[str]) -> str:
    """ "uke 52 og 53" as the range "uke 52 - uke 53" when the second week follows the first
    (53 or 52, then 1 across a new year); otherwise left as said, and refused as unreadable."""
    first, second = int(match[2]), int(match[3])
    if second == first + 1 or (second == 1 and first in (52, 53)):
        return f"uke {first} - uke {second}"  # the week words are read in every language
    return match[0]


def away_between(start: date, end: date, today: date) -> Away:
    """The days a seller chose by a button (one day, or from the day asked until it): checked
    as a period typed is, and never the wrong way round."""
    if end < start:
        raise UserError("away_syntax")
    return _checked(start, end, today)


def _reads(phrase: str, today: date) -> bool:
    try:
        return parse_date(phrase, today=today, direction="future") is not None
    except UserError:
        return False


def _sunday(day: date) -> date:
    return day + timedelta(days=6 - day.weekday())


def parse_away_day(text: str, *, today: date) -> date:
    """`/kpi back 21.12`: one day of the away period to take back (ahead, or said by mistake
    before)."""
    words = text.split()
    while words and fold(words[0]) in _FROM | _UNTIL:
        words = words[1:]
    phrase = " ".join(words)
    found = parse_date(phrase, today=today, direction="future") if phrase else None
    if found is None:
        raise UserError("bad_date", text=text.strip())
    return found


def _until(text: str, today: date) -> date:
    if not text.strip():
        raise UserError("away_syntax")
    if _AWAY_PREFIX.sub("", fold(" ".join(text.split()))) in _ROMJUL_WORDS:
        return date(today.year, 12, 31)  # "t.o.m. romjula": its last day (was: 28 December)
    number = _NUMBERED_WEEKS.fullmatch(fold(" ".join(text.split())))
    if number is not None and number[2] is None:  # "til uke 28": the next week 28's end
        coming = _week_from(int(number[1]), today, today.year - 1)
        monday = coming
    else:
        monday = week_monday(text, today=today)  # "til neste uke": to the end of that week
    found = _sunday(monday) if monday is not None else None
    found = found or parse_date(text, today=today, direction="future")
    if found is None:
        raise UserError("bad_date", text=text)
    if found < today:
        raise UserError("next_date_in_past", date=found)
    if (found - today).days > 365:
        raise UserError("next_date_too_far", date=found)
    return found


def _period(phrase: str, today: date, *, spaces: bool = True) -> Away | None:
    """Two dates with a separator between them; each read both ways (a weekday last week or
    next, a day and month this year or next) and the pair nearest today kept. A last date that
    is a whole week ("uke 50 til uke 52") ends on its Sunday; a first date that is only a day of
    the month ("23-27 Nov") is in the last one's month. `spaces`: two dates with only a space
    between them are read as such a pair too (_spaced)."""
    impossible: UserError | None = None  # "31.02-3.3": said as such, not as unreadable
    for match in _RANGE_SEPARATOR.finditer(phrase):
        first, last = phrase[: match.start()].strip(), phrase[match.end() :].strip()
        if not first or not last:
            continue
        first = _in_week_of(first, last, today)
        first, last = _american_alike(first, last)
        last_monday = week_monday(last, today=today)
        bare_day = _BARE_DAY.fullmatch(_THE_DAY.sub("", first))
        # A date without a year as the end may be the next year's (not a weekday: its days
        # are the coming or the gone week's)
        year_on_end = last_monday is None and not is_weekday(last) and not _YEAR_SAID.search(phrase)
        pairs = []
        for one in ("past", "future"):
            for other in ("past", "future"):
                try:
                    end = parse_date(last, today=today, direction=other)  # type: ignore[arg-type]
                    if bare_day and end is not None:
                        start = _day_before(int(bare_day[1]), end)
                    else:
                        start = parse_date(first, today=today, direction=one)  # type: ignore[arg-type]
                except UserError as error:
                    impossible = impossible or error
                    continue
                if last_monday is not None and end is not None:
                    end = _sunday(end)
                if start is not None and end is not None and start > end and year_on_end:
                    # "3/8-3/10" in February: 3 October is nearer last year's, but a period's
                    # end follows its start (kpiargs25; was: away_syntax)
                    end = _a_year_on(end)
                if start is not None and end is not None and start <= end:
                    pairs.append((abs((start - today).days), start, end))
        if pairs:
            recent = [p for p in pairs if (today - p[1]).days <= MAX_AWAY_BACK]
            if not recent and not _YEAR_SAID.search(phrase):
                # "1/6-30/6" in November: next June (was: refused as more than 90 days ago)
                later = ((0, _a_year_on(a), _a_year_on(b)) for _, a, b in pairs)
                recent = [(0, a, b) for _, a, b in later if a is not None and b is not None]
            _, start, end = min(recent or pairs)
            away = _checked(start, end, today)
            if start < today and _two_weekdays(first, last):
                # "fredag-mandag" on a Monday, "tors til tirs" on a Monday: the days gone
                # (said afterwards) or the coming ones (said ahead, as most are)? Asked.
                ahead = (start.weekday() - today.weekday()) % 7 or 7
                first_coming = today + timedelta(days=ahead)
                last_coming = first_coming + timedelta(days=(end - start).days)
                return replace(away, coming=(first_coming, last_coming))
            return away
    spaced = _spaced(phrase, today) if spaces else None
    if spaced is not None:
        return spaced
    if impossible is not None:
        raise impossible
    return None


# A date written with figures ("10.3", "2027-03-10", "10. mars", "10 March").
_FIGURE = re.compile(r"\d")


def _spaced(phrase: str, today: date) -> Away | None:
    """Two dates with only a space between them ("2027-03-10 2027-03-12", "10.3 12.3", "10.
    mars 12. mars"): the period from the first to the last, as with a dash (kpiargs24; was:
    not read). Only dates written with figures, split in one place only; else None."""
    words = phrase.split()
    splits = [
        (" ".join(words[:i]), " ".join(words[i:]))
        for i in range(1, len(words))
        if all(_FIGURE.search(side) for side in (" ".join(words[:i]), " ".join(words[i:])))
    ]
    readable = [(a, b) for a, b in splits if _reads(a, today) and _reads(b, today)]
    if len(readable) != 1:
        return None
    first, last = readable[0]
    try:
        return _period(f"{first} - {last}", today, spaces=False)
    except UserError:
        return None


def _two_weekdays(first: str, last: str) -> bool:
    """A range said as two weekdays alone ("fredag-mandag", "Thu to Tue"), no week or date."""
    return all(len(side.split()) == 1 and is_weekday(side) for side in (first, last))


def _in_week_of(first: str, last: str, today: date) -> str:
    """ "mandag til onsdag neste uke", "Mon-Wed next week", "man-ons i uke 50": a weekday alone
    before a weekday said with its week is in that week too (was: this week's Monday)."""
    words = last.split()
    if not is_weekday(first) or len(first.split()) != 1 or len(words) < 2:
        return first
    if not is_weekday(words[0]) or week_monday(" ".join(words[1:]), today=today) is None:
        return first
    return f"{first} {' '.join(words[1:])}"


# A year written in a date ("21.12.2026", "3.1.27", "2026-12-21"): never moved a year.
_YEAR_SAID = re.compile(r"\d{4}|\d{1,2}([./])\d{1,2}\1\d{2}(?!\d)")
# "12/21-1/3": an American first date (the second number no month) makes the other American too.
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})")


def _a_year_on(day: date) -> date | None:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return None


def _american_alike(first: str, last: str) -> tuple[str, str]:
    """ "12/21-1/3", "1/3-12/21": when one side can only be month/day, the other is read so
    too (3 January, never 1 March)."""
    one, other = _SLASHED.fullmatch(first), _SLASHED.fullmatch(last)
    if one is None or other is None:
        return first, last
    american = [int(m[2]) > 12 >= int(m[1]) for m in (one, other)]
    if american == [True, False] and int(other[2]) <= 12:
        return first, f"{other[2]}/{other[1]}"
    if american == [False, True] and int(one[2]) <= 12:
        return f"{one[2]}/{one[1]}", last
    return first, last


def _day_before(day: int, end: date) -> date | None:
    """Day `day` of `end`'s month, or of the month before when that comes after `end`."""
    for month_back in (0, 1):
        year, month = end.year, end.month - month_back
        if month == 0:
            year, month = year - 1, 12
        try:
            start = date(year, month, day)
        except ValueError:
            return None
        if start <= end:
            return start
    return None


def _checked(start: date, end: date, today: date) -> Away:
    if (end - start).days >= MAX_AWAY or (end - today).days > 365:
        raise UserError("away_too_far", date=end)
    if (today - start).days > MAX_AWAY_BACK:
        raise UserError("away_too_long_ago", date=start)
    return Away(start, end)


# The word before a tier, folded, in four languages ("tier A", "nivå B", "niveau A", "klasse C").
TIER_WORDS = {
    *("tier", "niva", "niveau", "klasse", "klass", "kategori", "level", "class", "segment"),
    *("prio", "prioritet", "priority"),
}
# Words between a name and its tier that say "is" or "to" ("Kiwi til A", "Kiwi er A-kunde",
# "Kiwi är nu A-kund", "Kiwi -> A"): never part of the customer's name.
_TIER_LINKS = {"->", "=>", "=", "til", "till", "to", "er", "ar", "is", "blir", "bliver"}
_TIER_LINKS |= {"becomes", "now", "na", "nu", "nou", ""}
_TIER_LINKS |= {"en", "ett", "et", "an", "a"}  # "Kiwi er en A-kunde", "Tesco is an A customer"
# "Tesco is an A customer", "Kiwi er A kunde": the tier, then the word for customer.
_CUSTOMER_WORD = {"kunde", "kund", "customer", "client", "account", "konto", "kunden", "kunder"}
# "A-kunde", "B-kund", "A-customer", "A-kunder": the tier said with the word for customer.
_TIER_CUSTOMER = re.compile(
    r"([abc])[-‐–]?(?:kunde|kund|customer|client|konto|account)\w{0,2}", re.I
)


def tier_of(word: str) -> str | None:
    """The tier one word names: "A", "b", "A-kunde", "tier:A"-style trailing punctuation aside."""
    bare = word.strip(".,:;!\"'()[]")  # "(B)"
    if bare.upper() in {"A", "B", "C"}:
        return bare.upper()
    match = _TIER_CUSTOMER.fullmatch(fold(bare))
    return match.group(1).upper() if match else None


def parse_tier(text: str) -> tuple[str, str]:
    """`Acme tier A` / `Acme nivå B` / `Mærsk niveau A` / `Aker BP A-kunde` / `Acme A`:
    (customer, tier)."""
    words = text.split()
    if len(words) >= 3 and fold(words[-1]).strip(".,:;!") in _CUSTOMER_WORD:
        if tier_of(words[-2]) is not None:
            words = words[:-1]  # "Tesco is an A customer"
    tier = tier_of(words[-1]) if len(words) >= 2 else None
    if tier is None:
        raise UserError("tier_syntax")
    words = words[:-1]
    while len(words) > 1 and fold(words[-1]).strip(".,:;") in TIER_WORDS | _TIER_LINKS:
        words = words[:-1]
    customer = clean_display_name(" ".join(words))
    if not customer:
        raise UserError("tier_syntax")
    return customer, tier


_WEEK_SHORT_FOR = {"wk": "week", "wks": "week", "prev": "previous", "forr": "forrige"}
_WEEK_SHORT = re.compile(r"(?<!\w)(?:wks?|prev|forr)\.?(?!\w)(?!\s*\d)", re.I)


# The words of a week said relative to this one, folded; a typo of one of them (two letters
# swapped or one left out inside it: "forige uke", "förra veckna") is read as it.
_RELATIVE_WEEK_WORDS = (
    *("forrige", "sidste", "previous", "neste", "naeste", "nasta", "denne", "forra", "forre"),
    *("veckan", "vecka", "uken", "ugen", "week"),
)


def _week_typos() -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for word in _RELATIVE_WEEK_WORDS:
        for typo in misspellings(word):
            found.setdefault(typo, set()).add(word)
    return {t: next(iter(w)) for t, w in found.items() if len(w) == 1 and len(t) >= 4}


_WEEK_TYPOS = _week_typos()
# "forrigeuke", "lastweek": the two words typed as one.
_GLUED_WEEK = re.compile(
    r"(forrige|sidste|forra|neste|naeste|nasta|denne|last|next|this)(uke|uka|uge|veckan|week)"
)
_WEEK_VARIANTS = {"forre": "forrige", "forr": "forrige", "nu": "na"}  # nynorsk "førre veka"
# Misspelt week words the typo list above leaves out (a letter doubled, the first two swapped):
# "forrige ukke", "last weeek", "lsat week", "uek 47" (were: not a week).
_WEEK_VARIANTS |= {"ukke": "uke", "ukka": "uka", "weeek": "week", "wek": "week", "uek": "uke"}
_WEEK_VARIANTS |= {"lsat": "last", "lats": "last", "vekca": "vecka", "ueg": "uge"}
# "the week before last", "uka før forrige", "forrige forrige uke", "veckan innan förra": two
# weeks back, as "for to uker siden" is.
_WEEK_BEFORE_LAST = re.compile(
    r"(?:the\s+)?week\s+before\s+last|(?:uka|uken|veka|veckan|ugen)\s+(?:for|innan|fore|forre)\s+"
    r"(?:forrige|forra|sidste)|(?:forrige|forra|sidste)\s+(?:forrige|forra|sidste)\s+\w+"
    # "förrförra veckan", "förförra veckan" (kpiargs25; was: not a week)
    r"|(?:forr|for)forra\s+(?:vecka|veckan|veka|v)"
)
# A full stop after a week's word or number ("forrige uke.", "v46."), folded; not after a
# date's day or month ("18.11.", "27.").
_FULL_STOP_AFTER_WEEK = re.compile(
    r"(?:\b(?:uke|uka|uken|veke|veka|vecka|veckan|uge|ugen|week|wk)"
    r"|\b(?:uke|veke|vecka|uge|week|wk|kw|w|v|u)\.?\s*\d{1,2})\.$"
)
# "uka som var", "veckan som var", "ugen der var", "seneste uke", "senaste veckan", "seneste
# uge", "the past week", "the latest week" (folded, mended): last week (were: not a week).
_LAST_WEEK_SAID = re.compile(
    r"(?:(?:uka|uken|veka|veckan|ugen|the\s+week)\s+(?:som|der|that)\s+(?:var|was|gikk|gick|gik))"
    r"|(?:the\s+)?(?:seneste|senaste|siste|latest|past)\s+(?:uke|uka|uken|vecka|veckan|uge|ugen|week)"
)
# "uke 48 i år", "v. 48 i år", "week 48 this year", "uge 48 i år" (folded): the week numbered
# in this year (was: not a week), read with this year's number.
_THIS_YEAR_AFTER_WEEK = re.compile(r"(?<=\d)\s*,?\s+(?:i\s+ar|i\s+aar|this\s+year|detta\s+ar)$")
# A week number with its year on either side ("uke 47 2026", "uke 47, 2026", "uke 47/2026",
# "2026 uke 47", "2026 v47").
_NUMBERED_WEEK = re.compile(
    r"(?:(\d{4})\s*,?\s*)?(?:week|wk|uke|veke|vecka|uge|kw|w|v|u)\.?\s*"
    r"(?:(?:-|#|(?:nr|no|nummer|number)\.?\s*#?)\s*)?(\d{1,2})"  # "uke nr. 47", "week no. 47"
    r"(?:\s*[,/-]?\s*\(?(\d{4})\)?)?"  # "uke 47 (2026)"
)
# "week ending 22 Nov", "w/e 22/11", "uka som slutter 22. nov", "veckan som slutar 22/11",
# "ugen der slutter 22.11": the week that day ends (were: not a week).
_WEEK_ENDING = re.compile(
    r"(?:week\s+ending|w/e|w\.e\.|(?:uka|uken|veckan|ugen)\s+(?:som|der)\s+"
    r"(?:slutter|slutta|sluttet|slutar|slutade|endte|ender))\s+(.+)",
    re.I,
)
# Words of a span longer than a week, folded: a quarter, a year, a month ("Q1", "kvartalet",
# "i fjor", "2026", "hittil i år", "maj"). /teamstatus shows weeks: said so, never read as one.
_LONGER_THAN_A_WEEK = re.compile(
    r"(?<!\w)(?:q[1-4]|k[1-4]|kvartal\w*|quarter\w*|ar|aret|aar|aaret|year\w*|fjor|ifjor|"
    r"ytd|qtr|halvar\w*|month\w*|maned\w*|manad\w*|maaned\w*|mnd|(?<![-/.])(?:19|20)\d\d(?![-/.])|"
    r"\d+\s+(?:uker|veker|veckor|uger|weeks|dager|dagar|dage|days)|"  # "siste 4 uker"
    # "uke 47-48", "uke 47 og 48", "v. 47 & 48" (the last two: kpiargs25, were "not a week")
    r"(?:uke|uker|vecka|veckor|uge|uger|week|weeks|v|w)\.?\s*\d{1,2}\s*"
    r"(?:[-–]|til|till|to|og|och|and|&)\s*(?:(?:uke|vecka|uge|week|v|w)\.?\s*)?\d{1,2})(?!\w)"
)


def names_a_longer_period(text: str) -> bool:
    """Whether `text` names a month, quarter or year rather than a week or a day of one."""
    return names_a_month(text) or bool(_LONGER_THAN_A_WEEK.search(fold(text)))


# Words of a period said alone, folded, besides the period words ("neste kvartal", "i fjor",
# "hittil i år", "Q1 2027", "this month").
_ONLY_TIME = {"i", "in", "pa", "the", "this", "denne", "dette", "detta", "denna", "hittil"}
_ONLY_TIME |= {"hitintills", "indtil", "nu", "so", "far", "to", "date", "ytd", "fjor", "ifjor"}
# "så langt i år", "hittills i år", "hidtil i år", "year-to-date", "til dato" (were: not a week)
_ONLY_TIME |= {"sa", "langt", "hittills", "hidtil", "year-to-date", "til", "dato", "innevaerende"}


def only_a_longer_period(text: str) -> bool:
    """Whether `text` is a month, quarter or year and nothing else ("neste kvartal", "Q1",
    "i fjor"), never a goal or a name with such a word in it ("omsetning 2 mill per år")."""
    text = quarters_named(text)  # "første kvartal", "3. kvartal": Q1, Q3
    words = [w.strip(".,:;!?") for w in fold(text).split()]
    return names_a_longer_period(text) and all(
        w in _ONLY_TIME
        or w in _PERIOD_LOOKUP
        or w in OTHER_PERIOD_WORDS
        or w in MONTHS
        or w in _COMING_OR_GONE
        or w in _GONE
        or _NAMED_QUARTER.fullmatch(w)
        or re.fullmatch(r"(?:19|20)\d\d", w)
        for w in words
    )


_GONE = {"forrige", "last", "forra", "forregaende", "sidste", "previous", "foregaende", "prev"}
_GONE |= {"sist", "siste", "senaste", "seneste", "past"}  # "sist kvartal" (was: longer than a week)
_GONE |= {"prior", "forr", "forg"}  # "prior quarter", "forr. kvartal" (were: not a week)


def ended_quarter(text: str, today: date) -> Quarter | None:
    """The quarter that has ended `text` is and nothing else ("forrige kvartal", "last quarter",
    "förra kvartalet", "Q1" after 31 March, "Q4 2026"); None for any other."""
    if not only_a_longer_period(text):
        return None
    words = [w.strip(".,:;!?") for w in fold(quarters_named(text)).split()]
    years = [int(w) for w in words if re.fullmatch(r"(?:19|20)\d\d", w)]
    named = [m for w in words if (m := re.fullmatch(r"(?:((?:19|20)\d\d)-?)?[qk]([1-4])", w))]
    if named and len(named) == 1 and len(years) <= 1:
        year = int(named[0][1] or (years[0] if years else today.year))
        quarter = Quarter(year, int(named[0][2]))
        if not named[0][1] and not years and quarter.first_day > today:
            # mendE33. A quarter named without a year, later in the year than today's, is last
            # year's when that one ended within the last three months ("Q4" in January to
            # March: the quarter just ended; was Q4 of this year, to come: "Nevn en uke").
            # mendF34: any quarter named alone that has not begun this year is last year's,
            # the latest such quarter that has ended ("Q4" on 1 April: 2026-Q4; was refused)
            quarter = Quarter(year - 1, quarter.quarter)
    elif set(words) & _GONE and any(_PERIOD_LOOKUP.get(w) == "quarter" for w in words):
        this = Quarter.of(today)
        quarter = Quarter(this.year - (this.quarter == 1), (this.quarter - 2) % 4 + 1)
    else:
        return None
    return quarter if quarter.last_day < today else None


def only_a_quarter(text: str) -> bool:
    """Whether `text` is a quarter and nothing else ("kvartal", "Q2", "neste kvartal")."""
    words = [w.strip(".,:;!?") for w in fold(text).split()]
    return only_a_longer_period(text) and any(
        _PERIOD_LOOKUP.get(w) == "quarter" or _NAMED_QUARTER.fullmatch(w) for w in words
    )


def refuse_ended_quarter(text: str, today: date) -> None:
    """A quarter that has ended, said where a week is read: the week it ended in shows it as it
    stood at its end (`/teamstatus uge 13 2027`), said with that week (UserError
    "quarter_ended"; while that week runs, "quarter_ended_this_week" with the Monday it is
    shown from); nothing for any other text."""
    quarter = ended_quarter(text, today)
    if quarter is not None:
        week = Week.of(quarter.last_day)
        ended = week.sunday < today  # else: shown there once that week has ended
        raise UserError(
            "quarter_ended" if ended else "quarter_ended_this_week",
            text=" ".join(text.split())[:60],
            quarter=str(quarter),
            last_day=quarter.last_day,
            number=week.week,
            year=week.year,
            **({} if ended else {"shown_on": week.sunday + timedelta(days=1)}),
        )


def _week_words(text: str) -> str:
    """A week said in words, folded, with typos and glued words mended."""
    words = _GLUED_WEEK.sub(r"\1 \2", fold(text)).split()
    return " ".join(_WEEK_VARIANTS.get(w, _WEEK_TYPOS.get(w, w)) for w in words)


def parse_week(text: str, *, today: date) -> Week | None:
    """The week a /teamstatus text names, None when absent: `2026-W47`, `uke 47`, `uke 47 2026`,
    and whatever the log commands read as a day in four languages (`last week`, `sidste uge`,
    `i forrige uke`, `förra veckan`, `18.11.`): the week of that day. A month, quarter or year
    ("maj", "Q1", "i fjor", "2026") is refused as such (UserError "longer_than_a_week")."""
    # "last wk", "prev. week", "forrige u.": the short forms of the words read below.
    text = _without_thanks(text)  # "forrige uke takk", "last week pls" (kpiargs25)
    linked = _without_links(text)  # "last week for (lars)", "(lars) sin forrige uke"
    if linked != " ".join(text.split()) and fold(linked).strip(".,") in _BARE_WEEK:
        return Week.of(today)  # "(lars) sin uke", "hans uke" (kpiargs25; was: not a week)
    text = linked
    text = _WEEK_SHORT.sub(lambda m: _WEEK_SHORT_FOR[fold(m[0]).rstrip(".")], text)
    t = fold(text).strip()
    if not t:
        return None
    if _FULL_STOP_AFTER_WEEK.search(t):
        # "forrige uke.", "last week.", "v46.": a sentence's full stop is no part of the week
        # (kpiargs25; was: not a week, and "uke 46." a date "46." refused)
        text, t = text.rstrip()[:-1], t[:-1].rstrip()
    mended = _week_words(t)
    if mended in {"now", "na"}:
        return Week.of(today)
    if _WEEK_BEFORE_LAST.fullmatch(mended):
        return Week.of(today).shift(-2)
    if _LAST_WEEK_SAID.fullmatch(mended):
        return Week.of(today).shift(-1)  # "uka som var", "seneste uge", "past week"
    week_of = _WEEK_OF.fullmatch(text.strip()) or _WEEK_ENDING.fullmatch(text.strip())
    if week_of is not None:  # "w/c 23 Nov", "the week of 23rd November", "w/e 22/11"
        day = parse_date(week_of[1], today=today, direction="past")
        if day is not None:
            return Week.of(day)
    # "uke 48 i år", "week 48 this year": this year's (one to come said as such)
    t = _THIS_YEAR_AFTER_WEEK.sub(f" {Week.of(today).year}", t)
    match = _NUMBERED_WEEK.fullmatch(t) or _NUMBERED_WEEK.fullmatch(mended)
    if match and not (match.group(1) and match.group(3)):
        current = Week.of(today)
        number, year = int(match.group(2)), match.group(1) or match.group(3)
        if year:
            return Week.parse(f"{year}-W{number:02d}")
        # The latest week with that number up to this one: a number ahead of this week is last
        # year's, and so is week 53 in a year that has none (`uke 53` on 4 January 2027 is
        # 2026-W53, not an error about 2027-W53).
        ahead = None
        for iso_year in (current.year, current.year - 1):
            try:
                week = Week(iso_year, number)
            except ValueError:
                continue
            if week <= current:
                return week
            ahead = ahead or week
        if ahead is not None:
            # `uke 53` in November 2026: no week 53 last year, this year's still to come (said
            # so, as for `neste uke`), never "not a week"
            return ahead
        raise ValueError(f"no week {number} this year or last: {text!r}")
    try:
        return Week.parse(text.strip())
    except ValueError:
        pass
    held = _holiday_week(mended, today)
    if held is not None:  # "påskeuka", "romjula", "1. advent": the latest such week begun
        return held
    if re.sub(r"^(?:i|in|under|during|over|hele|hela)\s+", "", mended) in _CHRISTMAS_BREAK_WORDS:
        # "juleferien": two weeks or more (was: "not a week"), said as longer than one
        raise UserError("longer_than_a_week", text=" ".join(text.split())[:60])
    for said in dict.fromkeys((text, mended)):
        words = said.split()
        found = match_date_suffix(words, today=today, direction="past")
        # a month's name with a day is that day ("30th December"), never the month; so is a
        # Christmas holiday ("annandag jul", "trettondedag jul": "jul" is July's short name)
        a_day = (
            not names_a_month(said)
            or any(c.isdigit() for c in said)
            or ("jul" in fold(said).split() and found is not None and found[0].day != 1)
        )
        if found is not None and found[1] == len(words) and a_day:
            return Week.of(_latest_begun(said, found[0], today))
    if names_a_longer_period(text):
        refuse_ended_quarter(text, today)
        # The log commands read a month as its first day; shown as that day's week it would be
        # a week nobody asked for ("this month" on 30 November: week 44). Said as such.
        raise UserError("longer_than_a_week", text=" ".join(text.split())[:60])
    raise ValueError(f"not a week: {text!r}")


# Words left around a week once the seller named in it is taken out ("last week for lars",
# "lars sin forrige uke", "uka til Mette"), folded: never part of the week.
_LINK_AFTER = {"for", "til", "till", "of", "by", "fra", "fran"}
_LINK_BEFORE = {"sin", "sitt", "sine", "sina", "hans", "hennes", "hendes", "'s", "s"}


# "takk", "tack", "tak", "please", "pls", "thanks" around a week, folded (kpiargs25: "/kpi
# forrige uke takk" was the help).
_THANKS = {"takk", "tack", "tak", "tusen", "mange", "please", "pls", "plz", "thanks", "thx"}
_THANKS |= {"gjerne", "garna", "gerne", "tks"}
# A week word alone, folded: after "sin", "hans" (someone's week), this week.
_BARE_WEEK = {"uke", "uka", "uken", "veke", "veka", "vecka", "veckan", "uge", "ugen", "week"}


def _without_thanks(text: str) -> str:
    words = text.split()
    while len(words) > 1 and fold(words[-1]).strip(".,:;!") in _THANKS:
        words = words[:-1]
    while len(words) > 1 and fold(words[0]).strip(".,:;!") in _THANKS:
        words = words[1:]
    if len(words) == len(text.split()):
        return text
    return " ".join(words).rstrip(",;:")


def _without_links(text: str) -> str:
    words = text.split()
    while len(words) > 1 and fold(words[-1]).strip(".,:;") in _LINK_AFTER:
        words = words[:-1]
    while len(words) > 1 and fold(words[0]).strip(".,:;") in _LINK_BEFORE:
        words = words[1:]
    return " ".join(words)


# Weeks named by a holiday in them, folded: the Easter week (Monday to Easter Sunday) and the
# romjul, the days between Christmas and New Year (the week of its first working day).
_EASTER_WEEK_WORDS = {
    *("paskeuka", "paskeuken", "paskeveka", "paskveckan", "paskeveckan", "paskeugen"),
    *("paskeuge", "easter week", "the easter week", "holy week"),
}
_ROMJUL_WORDS = {
    *("romjul", "romjula", "romjulen", "mellandagarna", "mellandagar", "mellemdagene"),
    *("mellemdagen", "between christmas and new year", "romjulsuka", "romjulsuken"),
    *("mellandagsveckan", "mellemdagsugen"),
    # "mellom jul og nyttår", "mellan jul och nyår", "mellem jul og nytår" (was: "jul" read as
    # July, the month refused as longer than a week; away: not read)
    *("mellom jul og nyttar", "mellem jul og nytar", "mellem jul og nytaar", "mellan jul och nyar"),
    *("mellom jul og nyar", "mellan jul och nyaret", "between christmas and new years"),
    *("between xmas and new year", "mellom jul og nyttaar"),
    # Danish "imellem", English "New Year's" (were not read)
    *("imellem jul og nytar", "i mellem jul og nytar", "imellem jul og nytaar"),
    *("between christmas and new year's", "between xmas and new year's"),
}
# The Christmas break, said alone: from Christmas Eve to New Year's Day, or its whole weeks?
# Schools' and offices' differ by place and by employer; asked, a button each, never guessed.
_CHRISTMAS_BREAK_WORDS = {
    *("juleferie", "juleferien", "juleferia", "julferie", "julferien", "jullov", "jullovet"),
    *("julledighet", "julledigheten", "juleferiuka", "christmas holiday", "christmas holidays"),
    *("the christmas holidays", "christmas break", "the christmas break", "xmas holidays"),
    *("xmas break", "xmas holiday"),
    *("julledig", "julledigt", "julefri", "julfri"),  # mendB33: "/kpi julledig" alone
}
# Away "i julen", "hele jula", "over Christmas": the Christmas break too (were not read); "jul",
# July's short name, only after "over", "i", "hele" (a week in /teamstatus: not these).
_CHRISTMAS_SAID = {"julen", "jula", "christmas", "xmas", "juletiden", "the christmas period"}
# The week after New Year: the week of its first working day (2 January, or the Monday after).
_AFTER_NEW_YEAR_WEEK = {
    *("etter nyttar", "efter nyar", "efter nytar", "after new year", "after new years"),
    *("uka etter nyttar", "uken etter nyttar", "veckan efter nyar", "ugen efter nytar"),
    *("the week after new year", "the week after new years", "week after new year"),
    *("forste uke etter nyttar", "forsta veckan efter nyar", "forste uge efter nytar"),
    *("forste arbeidsuke", "forsta arbetsveckan", "forste arbejdsuge", "the first week back"),
}
# Days of December and late November people name (folded): the Sundays of Advent, Black
# Friday and its week, Cyber Monday.
_ADVENT = re.compile(
    r"(?:(?P<n>[1-4])\s*(?:\.|:a|:e|st|nd|rd|th)?|(?P<w>forste|forsta|first|andre|andra|anden"
    r"|second|tredje|third|fjerde|fjarde|fourth))\s+(?:(?:sondag|sondagen|sunday)\s+(?:i|in|of)"
    r"\s+(?:the\s+)?)?advent(?:s?sondag|s?sondagen|\s+sunday)?"
)
_ADVENT_NUMBER = {"forste": 1, "forsta": 1, "first": 1, "andre": 2, "andra": 2, "anden": 2}
_ADVENT_NUMBER |= {"second": 2, "tredje": 3, "third": 3, "fjerde": 4, "fjarde": 4, "fourth": 4}
_BLACK_FRIDAY = {"black friday", "blackfriday", "black fri"}
_BLACK_WEEK = {"black week", "blackweek", "black friday week", "black friday-uka"}
_CYBER_MONDAY = {"cyber monday", "cybermonday"}


def named_day(phrase: str, year: int) -> date | None:
    """The day of `year` a folded phrase names ("1. advent", "andre søndag i advent", "black
    friday", "cyber monday"; "black week": its Monday); None for other words."""
    phrase = re.sub(r"^(?:pa|on|i|in|the|den)\s+", "", phrase.strip(" .,!"))
    advent = _ADVENT.fullmatch(phrase)
    if advent is not None:
        return advent_sunday(year, int(advent["n"]) if advent["n"] else _ADVENT_NUMBER[advent["w"]])
    if phrase in _BLACK_FRIDAY:
        return black_friday(year)
    if phrase in _BLACK_WEEK:
        return black_friday(year) - timedelta(days=4)
    if phrase in _CYBER_MONDAY:
        return black_friday(year) + timedelta(days=3)
    return None


def _first_working_day_of(year: int) -> date:
    """The year's first working day after New Year's Day (2 January, or the Monday after)."""
    second = date(year, 1, 2)
    return second + timedelta(days=(7 - second.weekday()) % 7 if second.weekday() >= 5 else 0)


def _christmas_break(today: date) -> Away:
    """ "juleferie" alone: from Christmas Eve to New Year's Day, or the whole weeks they fall
    in (asked, a button each; from today when it has begun)."""
    year = today.year - 1 if today <= date(today.year, 1, 6) else today.year
    eve, new_year = date(year, 12, 24), date(year + 1, 1, 1)
    monday, sunday = eve - timedelta(days=eve.weekday()), _sunday(new_year)
    days = _checked(max(eve, today), new_year, today)
    weeks = (max(monday, today), sunday)
    return replace(days, choices=((days.starts_on, days.ends_on), weeks))


# The week of Christmas Eve, and the week before Christmas (its last working day's).
_CHRISTMAS_WEEK_WORDS = {"juleuka", "juleuken", "julveckan", "juleugen", "christmas week"}
_CHRISTMAS_WEEK_WORDS |= {
    "juleuke",
    "julvecka",
    "juleuge",
    "julveka",
    "xmas week",
    "the christmas week",
}
# views34. A year said with a Christmas week (folded): "juleuka i fjor", "last year's christmas
# week", "julveckan i fjol", "juleugen sidste år"; "i år", "this year's": this year's.
_LAST_YEAR_SAID = (
    r"(?:i\s*fjor|i\s*fjol|sidste\s+aa?r|forrige\s+aa?r|forra\s+aret|last\s+year'?s?"
    r"|fjorarets|fjolarets)"
)
_THIS_YEAR_SAID = r"(?:i\s+aa?r|this\s+year'?s?|detta\s+ar|aa?rets|i\s+aa?rets)"
_YEAR_WITH_HOLIDAY = re.compile(
    rf"(?:(?P<last>{_LAST_YEAR_SAID})|(?P<this>{_THIS_YEAR_SAID}))\s+(?P<a>.+)"
    rf"|(?P<b>.+?)\s+(?:(?P<last2>{_LAST_YEAR_SAID})|(?P<this2>{_THIS_YEAR_SAID}))"
)
_BEFORE_CHRISTMAS_WEEK = re.compile(
    r"(?:the\s+)?(?:uka|uken|veka|veckan|ugen|week)\s+(?:for|fore|forre|forrige|innan|inden|before)\s+"
    r"(?:jul|julen|christmas|xmas)"
)


def _romjul_first(year: int) -> date:
    """The romjul's first working day in `year` (27 December, or the Monday after)."""
    first = date(year, 12, 27)
    return first + timedelta(days=(7 - first.weekday()) % 7 if first.weekday() >= 5 else 0)


def _working_day_before(day: date) -> date:
    before = day - timedelta(days=1)
    while before.weekday() >= 5:
        before -= timedelta(days=1)
    return before


def _christmas_week(phrase: str, today: date) -> Week | None:
    """views34. The Christmas week ("juleuka", "julveckan", "juleugen", "christmas week": the
    ISO week holding 24 December, as the log commands read it) or the week before Christmas, of
    this year when asked in December (before it too: that week is still to come, said so), of
    last year when asked in January to November, or when last year is said ("juleuka i fjor",
    "last year's christmas week"); "i år", "this year's" this year's. Was: in December before
    it, last year's week, shown as if asked. None for other words."""
    year = today.year if today.month == 12 else today.year - 1
    said = _YEAR_WITH_HOLIDAY.fullmatch(phrase)
    if said is not None:
        phrase = said["a"] or said["b"]
        year = today.year - 1 if said["last"] or said["last2"] else today.year
    phrase = re.sub(r"^(?:i|in|under|during|over|pa)\s+", "", phrase)
    if phrase in _CHRISTMAS_WEEK_WORDS:
        return Week.of(date(year, 12, 24))
    if _BEFORE_CHRISTMAS_WEEK.fullmatch(phrase):
        return Week.of(_working_day_before(date(year, 12, 24)))
    return None


def _holiday_week(words: str, today: date) -> Week | None:
    """The latest Easter week or romjul whose week has begun (folded words; None for others):
    on 1 December, "romjula" is last year's (2026-W01), never "not a week"."""
    phrase = re.sub(r"^(?:i|in|under|during|over|pa)\s+", "", words)
    if phrase in _EASTER_WEEK_WORDS:
        days = [easter_sunday(y) for y in (today.year, today.year - 1)]
    elif phrase in _ROMJUL_WORDS:
        days = [_romjul_first(y) for y in (today.year, today.year - 1)]
    elif (christmas := _christmas_week(phrase, today)) is not None:
        return christmas
    elif phrase in _AFTER_NEW_YEAR_WEEK:
        days = [_first_working_day_of(y) for y in (today.year, today.year - 1)]
    elif named_day(phrase, today.year) is not None:  # "1. advent", "black friday"
        days = [d for y in (today.year, today.year - 1) if (d := named_day(phrase, y))]
    else:
        return None
    return max(Week.of(day) for day in days if Week.of(day) <= Week.of(today))


def _latest_begun(said: str, day: date, today: date) -> date:
    """A day and month without a year, naming a week to show ("12/1", "12. januar" on Tuesday
    1 December), is the latest such day whose week has begun: 12 January this year (was: next
    year's, "week 2 has not come yet"). A day said from today ("neste uke", "i morgen" on a
    Sunday) keeps its week: read a year earlier it moves by 52 weeks, a date by a year."""
    if Week.of(day) <= Week.of(today) or _YEAR_SAID.search(said):
        return day
    try:
        then = match_date_suffix(said.split(), today=today - timedelta(weeks=52), direction="past")
    except UserError:
        return day
    if then is None or (day - then[0]).days == 7 * 52:
        return day
    for back in range(1, 5):  # 29 February: the latest leap year's
        try:
            earlier = day.replace(year=day.year - back)
        except ValueError:
            continue
        if Week.of(earlier) <= Week.of(today):
            return earlier
    return day


# Whether a manager sells too (folded): "/kpi role manager", "/kpi managers add @ola non-selling".
NON_SELLING_WORDS = {
    "manager",
    "non-selling",
    "nonselling",
    "manages",
    "leder",
    "chef",
    "selger-ikke",
    "saljer-inte",
    "saelger-ikke",
    "only-manager",
    "kun-leder",
    "bara-chef",
    "kun-chef",
}
SELLING_WORDS = {"seller", "sells", "selling", "selger", "saljare", "saljer", "saelger"}


# "ikke-selgende", "säljer inte", "does not sell": a selling word said with a negation.
_NOT = {"ikke", "ikkje", "inte", "ej", "not", "non", "doesnt", "dont", "isnt", "no"}
_SELL_STEMS = ("selg", "salj", "saelg", "sell")
# Words that say a manager does not sell, whatever else is said.
_ONLY_MANAGING = {"non-selling", "nonselling", "only-manager", "kun-leder", "bara-chef", "kun-chef"}


def selling_word(text: str) -> bool | None:
    """True/False when the text says the person sells or only manages; None otherwise."""
    folded = fold(" ".join(text.split())).replace(" ", "-")
    words = [w.strip(".,;:!?").replace("'", "").replace("’", "") for w in folded.split("-")]
    for i, word in enumerate(words):
        if word.startswith(_SELL_STEMS):
            near = set(words[max(0, i - 2) : i]) | set(words[i + 1 : i + 2])
            if near & _NOT:
                return False
            if not any(w in folded for w in _ONLY_MANAGING):
                # "selger og leder", "leder som også selger", "selling manager": sells too
                # (was: "leder" read first, a manager without selling)
                return True
    if any(w in folded for w in NON_SELLING_WORDS):
        return False
    return None


def _inside_typos(word: str) -> set[str]:
    """`word` with two letters swapped, one left out or one doubled inside it (never the first
    letter, never one left off the end): "gaol" for "goal", "instillinger" for "innstillinger",
    "omsættning" for "omsætning"."""
    doubled = {word[: i + 1] + word[i:] for i in range(1, len(word) - 1)}  # "omsættning"
    return misspellings(word) | (doubled - {word})


def respelt_word(word: str, vocabulary: Mapping[str, str]) -> str | None:
    """The word of `vocabulary` (folded words of four letters or more, each to what it means)
    that `word` (folded) misspells by two letters swapped, one left out or one doubled inside
    it; None when none, or when the words it may misspell mean different things."""
    if len(word) < 4 or word in vocabulary:
        return None
    found = sorted(w for w in vocabulary if len(w) >= 4 and word in _inside_typos(w))
    return found[0] if found and len({vocabulary[w] for w in found}) == 1 else None
