"""trial22: a month of a Swedish and a Danish team over Christmas and New Year
(tests/slack/trial22_diary.py), every figure shown compared with the diary's ledger. Opt-in
(KPIBOT_TRIAL=1; `dump` prints everything shown)."""

from __future__ import annotations

import os
import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

from tests.slack import trial22_diary as diary
from tests.slack.test_month_ledger import Ledger, read
from tests.slack.test_trial18_month import block, compare
from tests.slack.trial22_diary import (
    ANNA,
    AWAY,
    CARIN,
    DAN,
    KASPER,
    KBH,
    MIKKEL,
    NAME,
    NOW,
    SELLERS,
    SOFIE,
    STHLM,
    SWEDES,
    holidays_of,
    team_of,
)

pytestmark = [
    pytest.mark.backends("sqlite", "postgres"),
    pytest.mark.skipif(not os.environ.get("KPIBOT_TRIAL"), reason="opt-in: KPIBOT_TRIAL=1"),
]


@pytest.fixture
def month(slack, clock, monkeypatch) -> diary.Trial:  # type: ignore[no-untyped-def]
    from bot.rendering import chart

    monkeypatch.setattr(chart, "draw", lambda points, labels, title: b"\x89PNG\r\n\x1a\n")
    m = diary.play(slack, clock)
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

Week = tuple[int, int]  # ISO (year, week)
WEEKS: tuple[Week, ...] = ((2026, 49), (2026, 50), (2026, 51), (2026, 52), (2026, 53))
THIS_WEEK: Week = (2027, 1)
RATES = {STHLM: {"SEK": 1, "EUR": 11.5}, KBH: {"DKK": 1, "EUR": 7.46}}


def monday(week: Week) -> date:
    return date.fromisocalendar(week[0], week[1], 1)


def sunday(week: Week) -> date:
    return monday(week) + timedelta(days=6)


def week_end(week: Week) -> datetime:
    """Monday 00:00 in Stockholm and København (CET) after the week."""
    after = sunday(week) + timedelta(days=1)
    return datetime.combine(after, datetime.min.time(), UTC) - timedelta(hours=1)


def digest_at(week: Week) -> datetime:
    return week_end(week) + timedelta(hours=8)


def money(channel: str, amounts: dict[str, int]) -> int:
    rates = RATES[channel]
    total = sum((Decimal(str(rates[c])) * v for c, v in amounts.items()), Decimal(0))
    return int(total.quantize(Decimal(1), ROUND_HALF_UP))


def apart(L: Ledger, channel: str, sellers: tuple[str, ...], week: Week, at: datetime) -> int:
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
    L: Ledger, channel: str, sellers: tuple[str, ...], week: Week, at: datetime
) -> dict[str, Any]:
    end = min(week_end(week), at)
    f = L.of(sellers, monday(week), sunday(week), at)
    f["offered money"] = money(channel, f["offered"])
    f["won money"] = money(channel, f["won"])
    f["apart"] = apart(L, channel, sellers, week, at)
    f["pipeline"] = money(channel, L.pipeline(sellers, end))
    today = min(sunday(week) + timedelta(days=1), at.date())
    f["warm"] = sorted(c for s in sellers for c in L.warm_without_next_step(s, end, today))
    return f


def meetings_goal(channel: str, seller: str, week: Week) -> Decimal:
    per_week = 3 if channel == STHLM else 4
    days = [monday(week) + timedelta(days=i) for i in range(5)]
    working = [x for x in days if x not in holidays_of(seller) and x not in AWAY.get(seller, ())]
    return Decimal(per_week) * len(working) / 5


TOTALS = ("*Totalt för teamet*", "*Samlet for teamet*", "*Teamets vecka", "*Teamet i uge")
GOALS = ("*Kvartalsmål", "*Årsmål", "_Mål")
KEYS = ("meetings", "calls", "offers", "activity", "wins")


def team_view(
    where: str, L: Ledger, channel: str, text: str, week: Week, at: datetime, rows: bool
) -> list[str]:
    text = text.replace("\u00a0", " ")
    team = team_of(channel, week)
    exp = expected(L, channel, team, week, at)
    keys = KEYS + (("pipeline", "team warm") if rows else ())
    wrong = compare(f"{where} team", block(text, TOTALS, GOALS), exp, keys)
    if week != (2026, 51) or channel != STHLM:  # Dan's goal in the week he left: not checked
        goal = sum(meetings_goal(channel, s, week) for s in team)
        shown = read(block(text, TOTALS, GOALS)).get("meetings")
        said = f"/ {goal.normalize():f}".replace(".", ",")
        if shown is None or not re.search(re.escape(said) + r"(?![\d,])", shown.text):
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
        keys = ("meetings", "calls", "offers", "wins", "pipeline", "row warm")
        wrong += compare(f"{where} {NAME[seller]}", row, mine, keys)
    return wrong


def seller_view(
    where: str, L: Ledger, channel: str, text: str, seller: str, week: Week, at: datetime
) -> list[str]:
    text = text.replace("\u00a0", " ")
    exp = expected(L, channel, (seller,), week, at)
    return compare(where, text, exp, ("meetings", "calls", "offers count", "activity"))


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_every_figure_shown_over_christmas_and_new_year_is_the_ledger(month) -> None:  # type: ignore[no-untyped-def]
    L = month.ledger
    wrong = list(month.found)
    for channel in (STHLM, KBH):
        for week in WEEKS:
            text = month.digests.get((channel, week[1]))
            if text is None:
                wrong.append(f"no digest of {channel} week {week}")
                continue
            at = digest_at(week)
            wrong += team_view(f"digest {channel} {week}", L, channel, text, week, at, False)
            named = {line.split(" (")[0] for line in text.splitlines()
                     if line.startswith("• *") and " — " in line}  # fmt: skip
            want = {f"• *{NAME[e.seller]}* — {e.customer}" for e in L.live(at)
                    if e.kind == "win" and monday(week) <= e.day <= sunday(week)
                    and e.seller in team_of(channel, week)}  # fmt: skip
            if named != want:
                wrong.append(f"digest {channel} {week}: wins {sorted(named)} ≠ {sorted(want)}")
            for seller in team_of(channel, week):
                summary = month.summaries.get((week[1], seller))
                if summary is None:
                    away_all = seller in (CARIN, SOFIE) and week == (2026, 53)
                    if not (away_all and seller == SOFIE):  # Carin won Scania in it
                        wrong.append(f"no summary of week {week} for {NAME[seller]}")
                    continue
                own = re.split(r"\*(?:Dina senaste|Dine seneste)", summary)[0]
                wrong += seller_view(
                    f"{NAME[seller]}'s summary {week}", L, channel, own, seller, week, at
                )
    st = month.seen
    for channel in (STHLM, KBH):
        for week in WEEKS:
            wrong += team_view(
                f"/teamstatus {week} {channel}", L, channel, st[(channel, week[1])], week, NOW, True
            )
        wrong += team_view(
            f"/teamstatus {channel}", L, channel, st[(channel, "now")], THIS_WEEK, NOW, True
        )
    read_4 = st["read 4 Jan"]
    for channel, words in ((STHLM, ("vecka 53", "förra veckan")), (KBH, ("uge 53", "sidste uge"))):
        for w in words:
            at = datetime(2027, 1, 4, 9, tzinfo=UTC)
            wrong += team_view(
                f"/teamstatus {w} on 4 Jan {channel}", L, channel, read_4[(channel, w)],
                (2026, 53), at, True,
            )  # fmt: skip
    for seller in SELLERS:
        if seller == DAN:
            continue
        channel = STHLM if seller in SWEDES else KBH
        wrong += seller_view(
            f"{NAME[seller]}'s /kpi", L, channel, month.kpi_now[seller], seller, THIS_WEEK, NOW
        )
        wrong += seller_view(
            f"{NAME[seller]}'s /kpi last week", L, channel, month.kpi_last[seller], seller,
            (2026, 53), NOW,
        )  # fmt: skip
        own = month.homes[seller].split("Ditt team")[0].split("Dit team")[0]
        wrong += seller_view(f"{NAME[seller]}'s App Home", L, channel, own, seller, THIS_WEEK, NOW)
    for manager, channel, head in ((ANNA, STHLM, "Ditt team"), (MIKKEL, KBH, "Dit team")):
        home = month.homes[manager]
        if head not in home:
            wrong.append(f"{NAME[manager]}'s App Home has no {head!r}")
            continue
        team = re.split(r"\*(?:Dina data|Dine data)\*", home.split(head)[1])[0]
        wrong += team_view(f"{NAME[manager]}'s App Home", L, channel, team, THIS_WEEK, NOW, True)
    # Nudges: none on juldagen or nyårsdagen; on trettondedag jul the Danes, not the Swedes.
    sent = {day: set(dms) for day, dms in st["nudges"].items()}
    if sent[date(2026, 12, 25)] or sent[date(2027, 1, 1)]:
        wrong.append(f"nudges on a public holiday: {sent}")
    if sent[date(2027, 1, 6)] & set(SWEDES) or not sent[date(2027, 1, 6)] & {MIKKEL, KASPER}:
        wrong.append(f"trettondedag's nudges: {sent[date(2027, 1, 6)]}")

    def key(seller: str, kind: str, customer: str, day: str, amount: Any, currency: Any) -> tuple:
        return (NAME.get(seller, seller), kind, customer, day, amount and float(amount), currency)

    shown = Counter(
        key(r["seller"], r["kind"], r["customer"], r["date"], r["amount"], r["currency"])
        for r in month.export
        if r["date"] < "2027-01-01"
    )
    want = Counter(
        key(e.seller, e.kind, e.customer, e.day.isoformat(), e.amount, e.currency)
        for e in L.live(NOW)
        if date(2026, 12, 1) <= e.day < date(2027, 1, 1)
    )
    if shown != want:
        wrong.append(f"export only {sorted(shown - want)}; ledger only {sorted(want - shown)}")
    revised = sorted(
        (r["customer"], r["amount"], r["revised_from"]) for r in month.export if r["revised_from"]
    )
    if revised != [("Maersk", 550000, 500000), ("Volvo", 320000, 300000)]:
        wrong.append(f"export revisions: {revised}")
    assert wrong == [], "\n".join(wrong)
