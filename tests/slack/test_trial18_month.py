"""trial18: a second month of two teams over the year boundary (tests/slack/trial18_diary.py),
every figure shown compared with the diary's ledger: each Monday's digest of #nord and #uk and
every private summary as posted (week 53 of 2026 named so, its quarter 2026-Q4 up to Thursday
31 December), /teamstatus of each week as the manager read it on the Monday and on 4 January,
this week (2027-W01, 2027-Q1), each seller's /kpi, /kpi last week and App Home, the managers'
App Home, and `kpibot export` row for row. Opt-in (KPIBOT_TRIAL=1; `dump` prints everything
shown): the diary takes about 5 s of CPU; the findings it led to have small tests of their own
(tests/slack/test_trial18_findings.py)."""

from __future__ import annotations

import os
import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

from tests.slack import trial18_diary as diary
from tests.slack.test_month_ledger import Ledger, read
from tests.slack.trial18_diary import (
    DAN,
    INGRID,
    JONAS,
    METTE,
    NAME,
    NORD,
    NOW,
    PRIYA,
    RATES,
    SARA,
    SELLERS,
    TOM,
    UK,
    sellers_of,
    team_of,
)  # fmt: skip

pytestmark = [
    pytest.mark.backends("sqlite", "postgres"),
    pytest.mark.skipif(not os.environ.get("KPIBOT_TRIAL"), reason="opt-in: KPIBOT_TRIAL=1"),
]
Q4, Q1 = date(2026, 10, 1), date(2027, 1, 1)
THIS_WEEK = 54  # 2027-W01, the week under way on Monday 4 January
AWAY = {(52, METTE), (53, METTE)}  # every working day of them
# Reading problems passed on (parser18/cmds18), none of which moves a figure the ledger counts
# ("Ringte Telenor i dag, de vil ha tilbud i januar" stored a next step "by Fri 1 Jan 2027" from
# "i januar": mended by the lead, the ledger's Telenor lead has no dated step); "Lost Boots, they went with a competitor" (Priya,
# answered Record on Thu 24 Dec) stored the loss without its reason; `/kpi goal revenue 60k for
# January` answered 'I could not read “60k January” as a goal' (both mended by the lead: the
# loss keeps its reason, a month in a goal is told a goal has no month). The ledger keeps what a manager counts (Telenor's lead with that step: kpibot's).
READING: tuple[str, ...] = ()


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


def monday(week: int) -> date:
    return date(2027, 1, 4) if week == THIS_WEEK else date.fromisocalendar(2026, week, 1)


def sunday(week: int) -> date:
    return monday(week) + timedelta(days=6)


def week_end(channel: str, week: int) -> datetime:
    """Monday 00:00 in the team's time zone after the week (Oslo UTC+1, London UTC)."""
    midnight = datetime.combine(sunday(week) + timedelta(days=1), datetime.min.time(), UTC)
    return midnight - timedelta(hours=1 if channel == NORD else 0)


def digest_at(channel: str, week: int) -> datetime:
    midnight = datetime.combine(sunday(week) + timedelta(days=1), datetime.min.time(), UTC)
    return midnight + timedelta(hours=7 if channel == NORD else 8)


def money(channel: str, amounts: dict[str, int]) -> int:
    rates = RATES[channel]
    total = sum((Decimal(str(rates[c])) * v for c, v in amounts.items()), Decimal(0))
    return int(total.quantize(Decimal(1), ROUND_HALF_UP))


def expected(
    L: Ledger, channel: str, sellers: tuple[str, ...], week: int, at: datetime
) -> dict[str, Any]:
    """A week's figures of `sellers` in `channel`'s team as a view read at `at` shows them."""
    end = min(week_end(channel, week), at)
    f = L.of(sellers, monday(week), sunday(week), at)
    today = min(sunday(week) + timedelta(days=1), at.date())
    f["pipeline"] = money(channel, L.pipeline(sellers, end))
    f["warm"] = sorted(c for s in sellers for c in L.warm_without_next_step(s, end, today))
    # A week belongs to the quarter of its Thursday: week 53 to 2026-Q4, up to 31 December.
    first, last = (
        (Q1, sunday(week)) if week == THIS_WEEK else (Q4, min(sunday(week), Q1 - timedelta(1)))
    )
    f["quarter"] = L.of(sellers, first, last, at)
    f["quarter"]["new"] = L.new_customers(sellers, first, last, at)
    for part in (f, f["quarter"]):
        part["offered money"] = money(channel, part["offered"])
        part["won money"] = money(channel, part["won"])
        part["apart"] = apart(
            L,
            channel,
            sellers,
            first if part is f["quarter"] else monday(week),
            last if part is f["quarter"] else sunday(week),
            at,
        )
    f["quarter"]["pipeline"] = f["pipeline"]
    return f


def apart(
    L: Ledger, channel: str, sellers: tuple[str, ...], first: date, last: date, at: datetime
) -> int:
    """What revisions in the period of offers sent before it changed, in the team's currency."""
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


_TEAM_WARM = re.compile(
    r"(?:Varme leads uten neste steg|Warm leads without a next step|Varma leads utan nästa steg"
    r"|Varme leads uden næste skridt): (\d+)"
)
_ROW_WARM = re.compile(r"(\d+) (?:varme?t?|warm|varma?) leads? (?:uten|without|utan|uden)")


def compare(where: str, text: str, exp: dict[str, Any], keys: tuple[str, ...]) -> list[str]:
    shown = read(text)
    wrong = []

    def differs(key: str, got: Any, want: Any) -> None:
        if got != want:
            said = shown[key].text if key in shown else "(not shown)"
            wrong.append(f"{where}: {key} shown {got!r} ≠ ledger {want!r}   [{said}]")

    for key in keys:
        r = shown.get("offers" if key == "offers count" else key)
        if key in ("meetings", "calls", "activity"):
            differs(key, r and int(r.count), exp[key])
        elif key == "offers count":
            differs("offers", r and int(r.count), exp["offers"])
        elif key == "offers":
            want = [float(exp["offers"])] + ([float(exp["offered money"])] if exp["offers"] else [])
            want += [float(abs(exp["apart"]))] if exp["apart"] else []
            differs(key, r and r.numbers, want)
        elif key == "wins":
            want = [float(exp["wins"])] + ([float(exp["won money"])] if exp["wins"] else [])
            differs(key, r and r.numbers, want)
        elif key == "pipeline":
            differs(key, r and r.numbers[:1], [float(exp["pipeline"])])
        elif key == "new":
            differs(key, r and int(r.count), len(exp["new"]))
        elif key == "team warm":
            said = _TEAM_WARM.search(text)
            differs("warm", said and int(said[1]), len(exp["warm"]))
        elif key == "row warm":
            said = _ROW_WARM.search(text)
            differs("warm", int(said[1]) if said else 0, len(exp["warm"]))
    return wrong


def block(text: str, starts: tuple[str, ...], stops: tuple[str, ...]) -> str:
    at = min(text.index(s) for s in starts if s in text)
    rest = text[at:]
    ends = [rest.index(s) for s in stops if s in rest]
    return rest[: min(ends)] if ends else rest


TOTALS = ("*Totalt for teamet*", "*Team totals*", "*Teamet i uke", "*The team in week")
GOALS = ("*Kvartalsmål", "*Quarter goals", "_Mål", "_Goals")
QUARTER = re.compile(r"^\*(?:Dette kvartalet|Detta kvartal|Dette kvartal|This quarter|2026-Q4)")
WARM_HEAD = ("*Varme leads uten neste steg*", "*Varma leads utan nästa steg*",
             "*Varme leads uden næste skridt*", "*Warm leads without a next step*")  # fmt: skip
PLAN = ("Planlegg neste steg", "Planera nästa steg", "Planlæg næste skridt", "Plan next step")


def seller_view(
    where: str, L: Ledger, text: str, seller: str, channel: str, week: int, at: datetime
) -> list[str]:
    lines = text.splitlines()
    cut = next(i for i, line in enumerate(lines) if QUARTER.match(line))
    week_part, quarter_part = "\n".join(lines[:cut]), "\n".join(lines[cut:])
    exp = expected(L, channel, (seller,), week, at)
    wrong = compare(where, week_part, exp, ("meetings", "calls", "offers count", "activity"))
    wrong += compare(
        f"{where} (quarter)", quarter_part, exp["quarter"], ("offers", "wins", "pipeline", "new")
    )
    if any(p in text for p in PLAN):  # the App Home: one button a warm lead without a next step
        got = sum(line in PLAN for line in lines)
    else:
        got, inside = 0, False
        for line in lines:
            if line.startswith("*"):
                inside = line in WARM_HEAD
            elif inside and line.startswith("• "):
                got += 1
    if got != len(exp["warm"]):
        wrong.append(f"{where}: {got} warm leads without a next step shown ≠ ledger {exp['warm']}")
    return wrong


def status_view(
    where: str, L: Ledger, text: str, channel: str, week: int, at: datetime
) -> list[str]:
    team = team_of(channel, week)
    keys = ("meetings", "calls", "offers", "activity", "wins", "pipeline", "team warm")
    wrong = compare(
        f"{where} team", block(text, TOTALS, GOALS), expected(L, channel, team, week, at), keys
    )
    for seller in sellers_of(channel, week):
        if f"*{NAME[seller]}*" not in text:
            wrong.append(f"{where}: no row for {NAME[seller]}")
            continue
        row = text[text.index(f"*{NAME[seller]}*") :].split("\n\n")[0]
        keys = ("meetings", "calls", "offers", "wins", "pipeline", "row warm")
        wrong += compare(
            f"{where} {NAME[seller]}", row, expected(L, channel, (seller,), week, at), keys
        )
    for other in set(SELLERS) - set(sellers_of(channel, week)):
        if f"*{NAME[other]}*" in text:
            wrong.append(f"{where}: a row for {NAME[other]}, not in the team that week")
    return wrong


HEAD = {
    NORD: ("Uke {w} · kpibot", "*Teamet i uke {w}*"),
    UK: ("Week {w} · kpibot", "*The team in week {w}*"),
}
SUMMARY_HEAD = {INGRID: "Din uke {w}", JONAS: "Din uke {w}", METTE: "Din uge {w}",
                SARA: "Din vecka {w}", PRIYA: "Your week {w}", DAN: "Your week {w}"}  # fmt: skip
Q4_END = {INGRID: "til og med tor. 31. des. 2026", JONAS: "til og med tor. 31. des. 2026",
          METTE: "til og med tors. 31. dec. 2026", SARA: "till och med tors 31 dec. 2026",
          PRIYA: "up to Thu 31 Dec 2026", DAN: "up to Thu 31 Dec 2026"}  # fmt: skip


def channel_of(seller: str, week: int) -> str:
    return NORD if seller in sellers_of(NORD, week) else UK


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_every_figure_shown_over_the_year_end_is_the_ledger(month: diary.Trial) -> None:
    L = month.ledger
    wrong = [f for f in month.found if not f.startswith(READING)]

    for channel in (NORD, UK):
        for week in (50, 51, 52, 53):
            text = month.digests.get((channel, week))
            if text is None:
                wrong.append(f"no digest of week {week} in {channel}")
                continue
            title, heading = (h.format(w=week) for h in HEAD[channel])
            if text.splitlines()[0] != title or heading not in text:
                wrong.append(f"digest {channel} {week}: headed {text.splitlines()[:3]}")
            at = digest_at(channel, week)
            exp = expected(L, channel, team_of(channel, week), week, at)
            keys = ("meetings", "calls", "offers", "activity", "wins")
            wrong += compare(f"digest {channel} {week}", block(text, TOTALS, GOALS), exp, keys)
            named = {
                line.split(" (")[0]
                for line in text.splitlines()
                if line.startswith("• *") and " — " in line
            }
            want = {f"• *{NAME[e.seller]}* — {e.customer}" for e in L.live(at)
                    if e.kind == "win" and e.seller in team_of(channel, week) and monday(week) <= e.day <= sunday(week)}  # fmt: skip
            if named != want:
                wrong.append(
                    f"digest {channel} {week}: wins named {sorted(named)} ≠ {sorted(want)}"
                )
            if (
                week == 53
                and ("31. des. 2026" if channel == NORD else "Thu 31 Dec 2026") not in text
            ):
                wrong.append(f"digest {channel} 53: its quarter does not end on 31 December")

    for week in (50, 51, 52, 53):
        for seller in SELLERS:
            text = month.summaries.get((week, seller))
            if (week, seller) in AWAY:
                if text is not None:
                    wrong.append(f"a summary of week {week} for {NAME[seller]}, away all of it")
                continue
            if text is None:
                wrong.append(f"no summary of week {week} for {NAME[seller]}")
                continue
            if not text.startswith(SUMMARY_HEAD[seller].format(w=week)):
                wrong.append(f"{NAME[seller]}'s summary {week}: headed {text.splitlines()[:1]}")
            if week == 53 and Q4_END[seller] not in text:
                wrong.append(f"{NAME[seller]}'s summary 53: no quarter up to 31 December")
            at = digest_at(channel_of(seller, week), week)
            wrong += seller_view(
                f"{NAME[seller]}'s summary {week}",
                L,
                text,
                seller,
                channel_of(seller, week),
                week,
                at,
            )

    for week in (50, 51, 52):  # read by each manager on the Monday after the digest
        for channel, text in month.seen[f"status last week {week}"].items():
            at = digest_at(channel, week) + timedelta(hours=2)
            wrong += status_view(
                f"/teamstatus last week on {monday(week + 1)} {channel}", L, text, channel, week, at
            )
    for channel, words in ((NORD, ("forrige uke", "uke 53")), (UK, ("last week", "week 53"))):
        for week in (50, 51, 52, 53):
            wrong += status_view(
                f"/teamstatus 2026-W{week} {channel}",
                L,
                month.seen[(channel, week)],
                channel,
                week,
                NOW,
            )
        wrong += status_view(
            f"/teamstatus {channel}", L, month.seen[(channel, "now")], channel, THIS_WEEK, NOW
        )
        for word in words:
            if month.seen[(channel, word)] != month.seen[(channel, 53)]:
                wrong.append(f"/teamstatus {word} is not 2026-W53 in {channel}")
    for boss, channel in ((INGRID, NORD), (TOM, UK)):
        team = block(month.homes[boss], TOTALS, GOALS)
        keys = ("meetings", "calls", "offers", "activity", "wins", "pipeline", "team warm")
        wrong += compare(
            f"{NAME[boss]}'s App Home, the team",
            team,
            expected(L, channel, team_of(channel, THIS_WEEK), THIS_WEEK, NOW),
            keys,
        )

    for seller in SELLERS:
        channel = channel_of(seller, 53)
        wrong += seller_view(
            f"{NAME[seller]}'s /kpi", L, month.kpi_now[seller], seller, channel, THIS_WEEK, NOW
        )
        wrong += seller_view(
            f"{NAME[seller]}'s /kpi last week", L, month.kpi_last[seller], seller, channel, 53, NOW
        )
        wrong += seller_view(
            f"{NAME[seller]}'s App Home", L, month.homes[seller], seller, channel, THIS_WEEK, NOW
        )

    # Views asked for in other words, or of a seller who moved, as the ledger has them.
    st = month.seen
    wrong += seller_view(
        "Ingrid's /teamstatus @Sara 2026-W50", L, st["sara 50 in nord"], SARA, NORD, 50, NOW
    )
    wrong += seller_view(
        "Tom's /teamstatus @Sara last week", L, st["sara 53 in uk"], SARA, UK, 53, NOW
    )
    for asked, same in (("uke 52 in january", (NORD, 52)), ("31.12.", (NORD, 53))):
        if st[asked] != st[same]:
            wrong.append(f"/teamstatus {asked} is not 2026-W{same[1]}")
    if st["kpi uke 53"] != month.kpi_last[JONAS]:
        wrong.append("Jonas's /kpi uke 53 in January is not his /kpi forrige uke")
    if st["kpi week 1"] != month.kpi_now[PRIYA]:
        wrong.append("Priya's /kpi week 1 in January is not her /kpi")
    # Each digest's 8-week chart: its last week is the digest's, with the totals it names.
    charts = [line for line in st["charts"].splitlines()]
    for (channel, week), _text in sorted(month.digests.items()):
        title = "Teamets siste 8 uker" if channel == NORD else "The team's last 8 weeks"
        mine = [
            c for c in charts if c.startswith(title) and f"('{week}', {{" in c.split("[")[-1][-80:]
        ]
        if len(mine) != 1:
            wrong.append(f"digest {channel} {week}: chart {mine}")
            continue
        last = re.findall(
            r"\('(\d+)', \{'meetings': ([\d.]+), 'calls': ([\d.]+), 'offers': ([\d.]+)\}\)", mine[0]
        )[-1]
        exp = expected(L, channel, team_of(channel, week), week, digest_at(channel, week))
        if [int(last[0]), *(int(float(v)) for v in last[1:])] != [
            week,
            exp["meetings"],
            exp["calls"],
            exp["offers"],
        ]:
            wrong.append(f"digest {channel} {week}: chart's last week {last}")

    def key(seller: str, kind: str, customer: str, day: str, amount: Any, currency: Any) -> tuple:
        return (NAME.get(seller, seller), kind, customer, day, amount and float(amount), currency)

    shown = Counter(
        key(r["seller"], r["kind"], r["customer"], r["date"], r["amount"], r["currency"])
        for r in month.export
    )
    want = Counter(
        key(e.seller, e.kind, e.customer, e.day.isoformat(), e.amount, e.currency)
        for e in L.live(NOW)
    )
    if shown != want:
        wrong.append(f"export only {sorted(shown - want)}; ledger only {sorted(want - shown)}")
    revised = sorted(
        (r["customer"], r["seller"], r["amount"], r["currency"], r["revised_from"], r["revised_from_currency"])
        for r in month.export if r["revised_from"]
    )  # fmt: skip
    if revised != [("Equinor", JONAS, 420000, "NOK", 450000, "NOK"),
                   ("Hydro", PRIYA, 280000, "NOK", 300000, "NOK"),
                   ("Siemens", DAN, 34000, "GBP", 40000, "EUR")]:  # fmt: skip
        wrong.append(f"export revisions: {revised}")

    # kpibot export --team: each entry under the team it was logged for (Sara's in #nord before
    # she moved, in #uk after; Priya's revision of Jonas's Hydro offer in #uk, where she logged it).
    def logged_for(e: Any) -> str:
        before = e.seller in (INGRID, JONAS, METTE) or (
            e.seller == SARA and e.logged < diary.utc(12, 16, 8)
        )
        return NORD if before else UK

    for channel in (NORD, UK):
        shown = Counter(
            key(r["seller"], r["kind"], r["customer"], r["date"], r["amount"], r["currency"])
            for r in month.export_team[channel]
        )
        want = Counter(
            key(e.seller, e.kind, e.customer, e.day.isoformat(), e.amount, e.currency)
            for e in L.live(NOW)
            if logged_for(e) == channel
        )
        if shown != want:
            wrong.append(
                f"export --team {channel} only {sorted(shown - want)}; ledger only {sorted(want - shown)}"
            )
    assert wrong == [], "\n".join(wrong)
