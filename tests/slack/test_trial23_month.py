"""trial23: a month of a British and a Norwegian team over Easter and Q1's end
(tests/slack/trial23_diary.py), every figure shown compared with the diary's ledger. Opt-in
(KPIBOT_TRIAL=1; `dump` prints everything shown)."""

from __future__ import annotations

import os
import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

from tests.slack import trial23_diary as diary
from tests.slack.test_month_ledger import Ledger, read
from tests.slack.test_trial18_month import block, compare
from tests.slack.trial23_diary import (
    AWAY,
    ERIK,
    HELEN,
    INGER,
    LONDON,
    NAME,
    NORWAY,
    NOW,
    OSLO,
    SELLERS,
    holidays_of,
    team_of,
)  # fmt: skip

pytestmark = [
    pytest.mark.backends("sqlite", "postgres"),
    pytest.mark.skipif(not os.environ.get("KPIBOT_TRIAL"), reason="opt-in: KPIBOT_TRIAL=1"),
]


@pytest.fixture
def month(slack, clock, monkeypatch) -> diary.Trial:  # type: ignore[no-untyped-def]
    from bot.rendering import chart

    charts: list[tuple[list, list, str]] = []

    def draw(points, labels, title):  # type: ignore[no-untyped-def]
        charts.append((points, labels, title))
        return b"\x89PNG\r\n\x1a\n"

    monkeypatch.setattr(chart, "draw", draw)
    m = diary.play(slack, clock)
    m.seen["charts"] = "\n".join(f"{t} {lab} {p}" for p, lab, t in charts)
    diary.collect(m)
    if os.environ.get("KPIBOT_TRIAL") == "dump":
        print("\n".join(m.said))
        print("==== FOUND\n" + "\n".join(m.found))
        for (c, w), t in sorted(m.digests.items()):
            print(f"==== digest {c} {w}\n{t}")
        for (w, s), t in sorted(m.summaries.items()):
            print(f"==== summary {w} {NAME[s]}\n{t}")
        for k, v in m.seen.items():
            for c, t in v.items() if isinstance(v, dict) else [("", v)]:
                print(f"==== {k} {c}\n{t}")
        for name, views in (("kpi", m.kpi_now), ("kpi last", m.kpi_last), ("home", m.homes)):
            for s, t in views.items():
                print(f"==== {name} {NAME[s]}\n{t}")
        print("==== export")
        for r in m.export:
            print(r)
    return m


# -- the ledger's figures ------------------------------------------------------------------------

THIS_WEEK = 15  # the week under way on Friday 16 April
RATES = {LONDON: {"GBP": 1, "EUR": 0.86}, OSLO: {"NOK": 1, "EUR": 11.5, "GBP": 13.5}}
ZONE_HOURS = {LONDON: (0, 1), OSLO: (1, 2)}  # UTC offset before / after Sunday 28 March


def monday(week: int) -> date:
    return date.fromisocalendar(2027, week, 1)


def sunday(week: int) -> date:
    return monday(week) + timedelta(days=6)


def week_end(channel: str, week: int) -> datetime:
    """Monday 00:00 in the team's zone after the week."""
    after = sunday(week) + timedelta(days=1)
    offset = ZONE_HOURS[channel][after > date(2027, 3, 28)]
    return datetime.combine(after, datetime.min.time(), UTC) - timedelta(hours=offset)


def digest_at(channel: str, week: int) -> datetime:
    return week_end(channel, week) + timedelta(hours=8)


def money(channel: str, amounts: dict[str, int]) -> int:
    rates = RATES[channel]
    total = sum((Decimal(str(rates[c])) * v for c, v in amounts.items()), Decimal(0))
    return int(total.quantize(Decimal(1), ROUND_HALF_UP))


def apart(L: Ledger, channel: str, sellers: tuple[str, ...], week: int, at: datetime) -> int:
    """What revisions in the week of offers sent before it changed, in the team's currency."""
    first, last = monday(week), sunday(week)
    total = Decimal(0)
    rates = RATES[channel]
    for e in L.live(at):
        if e.kind != "offer" or not e.revises or not first <= e.day <= last:
            continue
        if L.credited(e, at) not in sellers or L.sent_day(e, at) >= first:
            continue
        chain = L._deal_offers(e.deal, at)
        before = chain[chain.index(e) - 1]
        assert e.amount and e.currency and before.amount and before.currency
        total += Decimal(str(rates[e.currency])) * e.amount
        total -= Decimal(str(rates[before.currency])) * before.amount
    return int(total.quantize(Decimal(1), ROUND_HALF_UP))


def expected(
    L: Ledger, channel: str, sellers: tuple[str, ...], week: int, at: datetime
) -> dict[str, Any]:
    """A week's figures of `sellers` as a view read at `at` shows them."""
    end = min(week_end(channel, week), at)
    f = L.of(sellers, monday(week), sunday(week), at)
    f["offered money"] = money(channel, f["offered"])
    f["won money"] = money(channel, f["won"])
    f["apart"] = apart(L, channel, sellers, week, at)
    f["pipeline"] = money(channel, L.pipeline(sellers, end))
    today = min(sunday(week) + timedelta(days=1), at.date())
    f["warm"] = sorted(c for s in sellers for c in L.warm_without_next_step(s, end, today))
    return f


def meetings_goal(channel: str, seller: str, week: int) -> Decimal:
    per_week = 10 if channel == LONDON else 8
    days = [monday(week) + timedelta(days=i) for i in range(5)]
    working = [x for x in days if x not in holidays_of(seller) and x not in AWAY.get(seller, ())]
    return Decimal(per_week) * len(working) / 5


TOTALS = ("*Totalt for teamet*", "*Team totals*", "*Teamet i uke", "*The team in week")
GOALS = ("*Kvartalsmål", "*Year goals", "_Mål", "_Goals")
KEYS = ("meetings", "calls", "offers", "activity", "wins")


def team_view(
    where: str, L: Ledger, channel: str, text: str, week: int, at: datetime, rows: bool
) -> list[str]:
    """The team's block and (`rows`) each seller's row against the ledger."""
    text = text.replace("\u00a0", " ")
    team = team_of(channel, week)
    exp = expected(L, channel, team, week, at)
    keys = KEYS + (("pipeline", "team warm") if rows else ())
    wrong = compare(f"{where} team", block(text, TOTALS, GOALS), exp, keys)
    goal = sum(meetings_goal(channel, s, week) for s in team)
    shown = read(block(text, TOTALS, GOALS)).get("meetings")
    said = f"/ {goal.normalize():f}".replace(".", ",")
    if shown is None or not re.search(re.escape(said) + r"(?![\d,])", shown.text.replace(".", ",")):
        wrong.append(f"{where}: meetings goal {goal} not in {shown and shown.text!r}")
    if not rows:
        return wrong
    for seller in SELLERS:
        if seller not in team:
            if f"*{NAME[seller]}*" in text:
                wrong.append(f"{where}: a row for {NAME[seller]}, not in the team that week")
            continue
        if f"*{NAME[seller]}*" not in text:
            wrong.append(f"{where}: no row for {NAME[seller]}")
            continue
        row = text[text.index(f"*{NAME[seller]}*") :].split("\n\n")[0]
        mine = expected(L, channel, (seller,), week, at)
        wrong += compare(
            f"{where} {NAME[seller]}", row, mine, ("meetings", "calls", "offers", "wins",
                                                   "pipeline", "row warm")
        )  # fmt: skip
    return wrong


def seller_view(
    where: str, L: Ledger, channel: str, text: str, seller: str, week: int, at: datetime
) -> list[str]:
    """A seller's own week (/kpi, the summary, the App Home): the week's counts."""
    text = text.replace("\u00a0", " ")
    exp = expected(L, channel, (seller,), week, at)
    return compare(where, text, exp, ("meetings", "calls", "offers count", "activity"))


def channel_at(seller: str, week: int) -> str:
    return LONDON if seller in team_of(LONDON, week) else OSLO


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_every_figure_shown_over_easter_and_q1s_end_is_the_ledger(month) -> None:  # type: ignore[no-untyped-def]
    L = month.ledger
    wrong = list(month.found)
    for channel in (LONDON, OSLO):
        for week in (11, 12, 13, 14):
            text = month.digests.get((channel, week))
            if text is None:
                wrong.append(f"no digest of {channel} week {week}")
                continue
            at = digest_at(channel, week)
            wrong += team_view(f"digest {channel} {week}", L, channel, text, week, at, False)
            named = {line.split(" (")[0] for line in text.splitlines()
                     if line.startswith("• *") and " — " in line}  # fmt: skip
            want = {f"• *{NAME[e.seller]}* — {e.customer}" for e in L.live(at)
                    if e.kind == "win" and monday(week) <= e.day <= sunday(week)
                    and e.seller in team_of(channel, week)}  # fmt: skip
            if named != want:
                wrong.append(f"digest {channel} {week}: wins {sorted(named)} ≠ {sorted(want)}")
            for seller in team_of(channel, week):
                summary = month.summaries.get((week, seller))
                away_all = seller == ERIK and week == 12
                if away_all:
                    if summary is not None:
                        wrong.append(f"a summary of week {week} for {NAME[seller]}, away")
                    continue
                if summary is None:
                    wrong.append(f"no summary of week {week} for {NAME[seller]}")
                    continue
                own = summary.split("*Dine siste")[0].split("*Your last")[0]
                wrong += seller_view(
                    f"{NAME[seller]}'s summary {week}", L, channel, own, seller, week, at
                )
    # Week 13 spans Q1 and Q2: Oslo's quarter goal is said for both, each named.
    for text in (month.digests.get((OSLO, 13), ""), month.seen[(OSLO, 13)]):
        if "*Kvartalsmål (2027-Q1)*" not in text or "*Kvartalsmål (2027-Q2)*" not in text:
            wrong.append(f"Oslo's week 13 does not name both quarters: {text}")
    st = month.seen
    for week, at in ((11, datetime(2027, 3, 22, 9, tzinfo=UTC)),
                     (12, datetime(2027, 3, 30, 9, tzinfo=UTC)),
                     (13, datetime(2027, 4, 5, 9, tzinfo=UTC))):  # fmt: skip
        for channel in (LONDON, OSLO):
            wrong += team_view(f"/teamstatus last week {channel} {week}", L, channel,
                               st[f"status last week {week}"][channel], week, at, True)  # fmt: skip
    for channel in (LONDON, OSLO):
        for week in (11, 12, 13, 14):
            wrong += team_view(
                f"/teamstatus week {week} {channel}", L, channel, st[(channel, week)], week, NOW,
                True,
            )  # fmt: skip
        wrong += team_view(
            f"/teamstatus {channel}", L, channel, st[(channel, "now")], THIS_WEEK, NOW, True
        )
    for seller in SELLERS:
        channel = channel_at(seller, THIS_WEEK)
        wrong += seller_view(
            f"{NAME[seller]}'s /kpi", L, channel, month.kpi_now[seller], seller, THIS_WEEK, NOW
        )
        wrong += seller_view(
            f"{NAME[seller]}'s /kpi last week", L, channel, month.kpi_last[seller], seller, 14, NOW
        )
        home = month.homes[seller]
        own = home.split("Your team")[0].split("Ditt team")[0]
        wrong += seller_view(f"{NAME[seller]}'s App Home", L, channel, own, seller, THIS_WEEK, NOW)
    for manager, channel in ((HELEN, LONDON), (INGER, OSLO)):
        home = month.homes[manager]
        head = "Your team" if channel == LONDON else "Ditt team"
        team = home.split(head)[1].split("*Your data*")[0].split("*Dine data*")[0]
        wrong += team_view(f"{NAME[manager]}'s App Home", L, channel, team, THIS_WEEK, NOW, True)
    # Nudges: the London sellers work on skjærtorsdag and are nudged; nobody in Norway then,
    # and nobody on Good Friday or Easter Monday; Erik none while away.
    sent = {day: set(dms) for day, dms in st["nudges"].items()}
    if sent[date(2027, 3, 25)] & set(NORWAY) or not sent[date(2027, 3, 25)] - set(NORWAY):
        wrong.append(f"skjærtorsdag's nudges: {sent[date(2027, 3, 25)]}")
    if sent[date(2027, 3, 26)] or sent[date(2027, 3, 29)]:
        wrong.append(f"nudges on Good Friday or Easter Monday: {sent}")
    if ERIK in sent[date(2027, 3, 24)]:
        wrong.append("Erik nudged while away")
    # Before the set-up: said as such, no zeros.
    for who, text in st["kpi before set-up"].items():
        if "*0*" in text:
            wrong.append(f"{NAME[who]}'s /kpi of the week before the set-up: {text}")
    # The export for March: every entry of the ledger, row by row.

    def key(seller: str, kind: str, customer: str, day: str, amount: Any, currency: Any) -> tuple:
        return (NAME.get(seller, seller), kind, customer, day, amount and float(amount), currency)

    shown = Counter(
        key(r["seller"], r["kind"], r["customer"], r["date"], r["amount"], r["currency"])
        for r in month.export
        if r["date"] < "2027-04-01"
    )
    want = Counter(
        key(e.seller, e.kind, e.customer, e.day.isoformat(), e.amount, e.currency)
        for e in L.live(NOW)
        if e.day < date(2027, 4, 1)
    )
    if shown != want:
        wrong.append(f"export only {sorted(shown - want)}; ledger only {sorted(want - shown)}")
    revised = sorted(
        (r["customer"], r["amount"], r["revised_from"]) for r in month.export if r["revised_from"]
    )
    if revised != [("Telenor", 280000, 250000), ("Tesco", 45000, 40000)]:
        wrong.append(f"export revisions: {revised}")
    assert wrong == [], "\n".join(wrong)
