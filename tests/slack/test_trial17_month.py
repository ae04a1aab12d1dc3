"""trial17: a month of a team that never saw kpibot (tests/slack/trial17_diary.py), every
figure it shows compared with the diary's ledger: each Monday's digest and private summaries as
posted, /teamstatus of each week and this week (the manager's), /kpi, /kpi last week and the App
Home of each seller, and `kpibot export` row for row. Opt-in (KPIBOT_TRIAL=1): the diary takes
about 4 s of CPU (the suite is near its budget); the findings it led to have small tests of their own
(tests/slack/test_trial17_findings.py). `KPIBOT_TRIAL=dump` prints everything shown."""

from __future__ import annotations

import os
import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

from tests.slack import trial17_diary as diary
from tests.slack.test_month_ledger import Ledger, bullets_after, read
from tests.slack.trial17_diary import (
    ELSA,
    HEGE,
    NAME,
    NOW,
    OLIVER,
    SELLERS,
    SOREN,
    TEAM,
    TORE,
    rates_on,
)

pytestmark = [
    pytest.mark.backends("sqlite", "postgres"),
    pytest.mark.skipif(not os.environ.get("KPIBOT_TRIAL"), reason="opt-in: KPIBOT_TRIAL=1"),
]

Q4 = date(2026, 10, 1)
# 10 a week for each seller in the team that week: Oliver from week 47, Søren away all of 47.
MEETINGS_GOAL = {45: 30, 46: 30, 47: 30, 48: 40, 49: 40}  # as the digests said them
# Shown now: Tore said on Monday 30 November that he was off on 25 November (8 for week 48).
MEETINGS_GOAL_NOW = {**MEETINGS_GOAL, 48: 38}
# Was: /teamstatus of weeks 45 and 46 had a row for Oliver (joined in week 47) and a meetings goal
# of 40 for three sellers; mended by joins18 (who is in a team in which week). Strict: listed here
# again if it comes back.
JOINED_LATER: list[str] = []
# Reading problems passed on (parser17): none now. Was: "Sainsbury's" in Oliver's /logcall and
# /logmeeting asked which customer (the known "Sainsbury", picked); kpibot now keeps the name as
# typed in messages and commands alike, and the ledger counts "Sainsbury's".
READING: tuple[str, ...] = ()


# Each seller's summary: its heading, its quarter's Sunday, the form of NOK in the pipeline line.
HEADINGS = {
    TORE: (
        "Din uke {week}",
        "til og med søn. {day}. nov. 2026",
        r"Pipeline: kr \d{1,3}(\xa0\d{3})*( ·|$)",
    ),
    ELSA: (
        "Din vecka {week}",
        "till och med sön {day} nov. 2026",
        r"Pipeline: \d{1,3}(\xa0\d{3})* NOK",
    ),
    SOREN: (
        "Din uge {week}",
        "til og med søn. {day}. nov. 2026",
        r"Pipeline: \d{1,3}(\.\d{3})* NOK",
    ),
    OLIVER: (
        "Your week {week}",
        "up to Sun {day} Nov 2026",
        r"Pipeline: (NOK \d{1,3}(,\d{3})*|GBP)",
    ),
}


def monday(week: int) -> date:
    return date.fromisocalendar(2026, week, 1)


def sunday(week: int) -> date:
    return monday(week) + timedelta(days=6)


def digest_at(week: int) -> datetime:
    return datetime.combine(sunday(week) + timedelta(days=1), datetime.min.time(), UTC) + timedelta(
        hours=7
    )


def end_of(week: int) -> datetime:
    """Monday 00:00 in Oslo after the week; the week under way: now."""
    if monday(week) > NOW.date():
        raise ValueError(week)
    if week == NOW.isocalendar().week:
        return NOW
    return datetime.combine(sunday(week), datetime.min.time(), UTC) + timedelta(hours=23)


def nok(money: dict[str, int], day: date) -> tuple[int, int]:
    """A sum in NOK at the team's rates of `day` (the period's last), what has no rate beside."""
    rates = rates_on(day)
    total = sum((Decimal(str(rates[c])) * v for c, v in money.items() if c in rates), Decimal(0))
    return int(total.quantize(Decimal(1), ROUND_HALF_UP)), money.get("GBP", 0)


def expected(L: Ledger, sellers: tuple[str, ...], week: int, at: datetime) -> dict[str, Any]:
    end = min(end_of(week), at)
    f = L.of(sellers, monday(week), sunday(week), at)
    today = min(sunday(week) + timedelta(days=1), at.date())
    f["pipeline"] = L.pipeline(sellers, end)
    f["warm"] = sorted(c for s in sellers for c in L.warm_without_next_step(s, end, today))
    f["closed"] = L.closing(sellers, min(sunday(week), at.date()), end)
    f["new"] = L.new_customers(sellers, Q4, sunday(week), at)
    f["quarter"] = L.of(sellers, Q4, sunday(week), at)
    f["day"] = f["quarter"]["day"] = min(sunday(week), at.date())  # its sums' rates
    return f


def money_numbers(
    count: int, money: dict[str, int], day: date, apart: int | None = None
) -> list[float]:
    total, gbp = nok(money, day)
    return (
        [float(count)]
        + [float(v) for v in (total, gbp) if v]
        + ([float(abs(apart))] if apart else [])
    )


def compare(where: str, shown_text: str, exp: dict[str, Any], keys: tuple[str, ...]) -> list[str]:
    shown = read(shown_text)
    wrong = []

    def differs(key: str, got: Any, want: Any) -> None:
        if got != want:
            text = shown[key].text if key in shown else "(not shown)"
            wrong.append(f"{where}: {key} shown {got!r} ≠ ledger {want!r}   [{text}]")

    for key in keys:
        r = shown.get("offers" if key == "offers count" else key)
        if key in ("meetings", "calls", "activity"):
            differs(key, r and r.count, exp[key])
        elif key == "offers":
            differs(
                key,
                r and r.numbers,
                money_numbers(exp["offers"], exp["offered"], exp["day"], exp["revised apart"]),
            )
        elif key == "offers count":
            differs("offers", r and r.count, exp["offers"])
        elif key == "wins":
            differs(key, r and r.numbers, money_numbers(exp["wins"], exp["won"], exp["day"]))
        elif key == "pipeline":
            total, gbp = nok(exp["pipeline"], exp["day"])
            differs(key, r and r.numbers, [float(v) for v in (total, gbp) if v] or [0.0])
        elif key == "warm":
            said = _WARM.search(shown_text)
            differs(key, int(said[1] or said[2]) if said else 0, len(exp["warm"]))
        elif key == "new":
            differs(key, r and r.count, len(exp["new"]))
        elif key == "closing":
            wins, losses = exp["closed"]
            if wins + losses >= 5:
                pct = Decimal(100 * wins) / (wins + losses)
                differs(key, r and r.numbers[:1], [float(pct.quantize(Decimal(1), ROUND_HALF_UP))])
            else:
                differs(key, r is not None and "%" in r.text, False)
    return wrong


# "Varme leads uten neste steg: 7" (the team's line), ":warning: 2 varme leads uten neste steg",
# "1 varmt lead uten neste steg" (a seller's row)
_WARM = re.compile(r"Varme leads uten neste steg: (\d+)|(\d+) varm[et]? leads? uten neste steg")


def quarter_split(text: str) -> tuple[str, str]:
    lines = text.splitlines()
    at = next(
        i for i, line in enumerate(lines)
        if line.startswith("*") and ("2026-Q4" in line or "(2026-Q4)" in line)
    )  # fmt: skip
    return "\n".join(lines[:at]), "\n".join(lines[at:])


WARM = ("Varme leads", "Varma leads", "Warm leads")


def seller_view(
    where: str, L: Ledger, text: str, seller: str, week: int, at: datetime
) -> list[str]:
    week_part, quarter_part = quarter_split(text)
    exp = expected(L, (seller,), week, at)
    wrong = compare(where, week_part, exp, ("meetings", "calls", "offers count", "activity"))
    q = dict(exp["quarter"], pipeline=exp["pipeline"], new=exp["new"], closed=exp["closed"])
    q["day"] = exp["day"]
    wrong += compare(
        f"{where} (quarter)", quarter_part, q, ("offers", "wins", "pipeline", "new", "closing")
    )
    if "Varme leads" in text or "Varma leads" in text or "Warm leads" in text:
        warm = sorted(
            re.sub(r" \((?:hot|het|hed|warm|varm)\)$", "", c) for c in bullets_after(text, WARM)
        )
        if warm != exp["warm"]:
            wrong.append(
                f"{where}: warm leads without a next step shown {warm} ≠ ledger {exp['warm']}"
            )
    elif exp["warm"]:
        wrong.append(f"{where}: no warm leads shown, ledger {exp['warm']}")
    return wrong


def block(text: str, start: str, stop: str) -> str:
    at = text.index(start)
    rest = text[at:]
    return rest[: rest.index(stop)] if stop in rest else rest


def status_row(text: str, seller: str) -> str:
    start = text.index(f"*{NAME[seller]}*")
    return text[start:].split("\n\n")[0]


@pytest.fixture
def month(slack, clock, monkeypatch) -> diary.Trial:  # type: ignore[no-untyped-def]
    from bot.rendering import chart

    monkeypatch.setattr(chart, "draw", lambda points, labels, title: b"\x89PNG\r\n\x1a\n")
    m = diary.play(slack, clock)
    diary.collect(m)
    if os.environ.get("KPIBOT_TRIAL") == "dump":
        print("\n".join(m.said))
        for (_, w), t in m.digests.items():
            print(f"==== digest {w}\n{t}")
        for (w, s), t in m.summaries.items():
            print(f"==== summary {w} {NAME[s]}\n{t}")
        for k, v in m.teamstatus.items():
            print(f"==== teamstatus {k}\n{v}")
        for (w, s), t in m.kpi_week.items():
            print(f"==== kpi week {w} {NAME[s]}\n{t}")
        for s, t in m.detail.items():
            print(f"==== teamstatus @{NAME[s]} forrige uke\n{t}")
        for name, views in (("kpi", m.kpi_now), ("kpi last", m.kpi_last), ("home", m.homes)):
            for s, t in views.items():
                print(f"==== {name} {NAME[s]}\n{t}")
    return m


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_every_figure_shown_in_the_month_is_the_ledger(month: diary.Trial) -> None:
    L = month.ledger
    wrong = [f for f in month.found if not f.startswith(READING)]

    # Each Monday's digest, as posted: the team's week as it stood then.
    for (_, week), text in sorted(month.digests.items()):
        at = digest_at(week)
        exp = expected(L, TEAM, week, at)
        totals = block(text, "*Teamet i uke", "_Mål")
        wrong += compare(
            f"digest {week}", totals, exp, ("meetings", "calls", "offers", "activity", "wins")
        )
        before = L.of(TEAM, monday(week - 1), sunday(week - 1), at)
        for key, label in (
            ("meetings", "Møter"),
            ("calls", "Samtaler"),
            ("activity", "Aktivitetsnivå"),
        ):
            said = re.search(rf"{label}: \*\d+\*.*\(uke {week - 1}: (\d+)\)", totals)
            if not said or int(said[1]) != before[key]:
                wrong.append(
                    f"digest {week}: {key} of week {week - 1} shown {said and said[1]} ≠ {before[key]}"
                )
        goal = re.search(r"Møter: \*\d+\* / (\d+)", totals)
        if not goal or int(goal[1]) != MEETINGS_GOAL[week]:
            wrong.append(
                f"digest {week}: meetings goal shown {goal and goal[1]} ≠ {MEETINGS_GOAL[week]}"
            )
        wins = {line for line in text.splitlines() if line.startswith("• *") and " — " in line}
        want = {
            f"• *{NAME[e.seller]}* — {e.customer}"
            for e in L.live(at)
            if e.kind == "win" and monday(week) <= e.day <= sunday(week)
        }
        got = {line.split(" (")[0] for line in wins}
        if got != want:
            wrong.append(f"digest {week}: wins named {sorted(got)} ≠ ledger {sorted(want)}")

    # Headings name the week and its days; amounts in each reader's form.
    for (_, week), text in sorted(month.digests.items()):
        first, days = text.splitlines()[:2]
        want = f"man. {monday(week).day}. nov. 2026 – søn. {sunday(week).day}. nov. 2026"
        if first != f"Uke {week} · kpibot" or days != want:
            wrong.append(f"digest {week}: headed {first!r} / {days!r}")
    for (week, seller), text in sorted(month.summaries.items()):
        day = sunday(week).day
        head, up_to, pipeline = HEADINGS[seller]
        if not text.startswith(head.format(week=week)) or up_to.format(day=day) not in text:
            wrong.append(f"{NAME[seller]}'s summary {week}: headings {text.splitlines()[:1]}")
        line = next(x for x in text.splitlines() if x.startswith("Pipeline"))
        if not re.match(pipeline, line):
            wrong.append(f"{NAME[seller]}'s summary {week}: amounts in the wrong form: {line!r}")

    # Each private summary, as posted on Monday.
    for week in (45, 46, 47, 48):
        for seller in SELLERS:
            if seller == OLIVER and week < 47:
                continue
            if seller == SOREN and week == 47:  # away every working day of it: none
                if (week, seller) in month.summaries:
                    wrong.append("a summary of week 47, which Søren was away all of")
                continue
            text = month.summaries.get((week, seller))
            if text is None:
                wrong.append(f"no summary of week {week} for {NAME[seller]}")
                continue
            wrong += seller_view(
                f"{NAME[seller]}'s summary {week}", L, text, seller, week, digest_at(week)
            )

    # /teamstatus of each week, read by Hege on Monday 30 November.
    for week in (45, 46, 47, 48, 49):
        text = month.teamstatus[week]
        exp = expected(L, TEAM, week, NOW)
        team = block(text, "*Totalt for teamet*", "_Mål")
        keys = (
            "meetings",
            "calls",
            "offers",
            "activity",
            "wins",
            "pipeline",
            "warm",
            "new",
            "closing",
        )
        wrong += compare(f"/teamstatus {week} team", team, exp, keys)
        goal = re.search(r"Møter: \*\d+\* / (\d+)", team)
        if not goal or int(goal[1]) != MEETINGS_GOAL_NOW[week]:
            wrong.append(
                f"/teamstatus {week}: meetings goal shown {goal and goal[1]} ≠ {MEETINGS_GOAL_NOW[week]}"
            )
        for seller in SELLERS:
            if seller == OLIVER and week < 47:
                if f"*{NAME[seller]}*" in text:
                    wrong.append(f"/teamstatus {week}: a row for Oliver, who joined in week 47")
                continue
            if f"*{NAME[seller]}*" not in text:
                wrong.append(f"/teamstatus {week}: no row for {NAME[seller]}")
                continue
            row = status_row(text, seller)
            exp = expected(L, (seller,), week, NOW)
            wrong += compare(
                f"/teamstatus {week} {NAME[seller]}", row, exp,
                ("meetings", "calls", "offers", "wins", "pipeline", "warm", "closing"),
            )  # fmt: skip
    if month.teamstatus["last week"] != month.teamstatus[48]:
        wrong.append("/teamstatus forrige uke is not /teamstatus 2026-W48")

    # Each seller's own views on Monday 30 November.
    for seller in SELLERS:
        wrong += seller_view(f"{NAME[seller]}'s /kpi", L, month.kpi_now[seller], seller, 49, NOW)
        wrong += seller_view(
            f"{NAME[seller]}'s /kpi last week", L, month.kpi_last[seller], seller, 48, NOW
        )
        wrong += seller_view(f"{NAME[seller]}'s App Home", L, month.homes[seller], seller, 49, NOW)
    wrong += seller_view("Hege's /kpi", L, month.kpi_now[HEGE], HEGE, 49, NOW)
    for (week, seller), text in sorted(month.kpi_week.items()):
        wrong += seller_view(f"{NAME[seller]}'s /kpi of week {week}", L, text, seller, week, NOW)
    for seller, text in month.detail.items():
        wrong += seller_view(
            f"Hege's /teamstatus @{NAME[seller]} forrige uke", L, text, seller, 48, NOW
        )
    team = block(month.homes[HEGE], "*Totalt for teamet*", "_Mål")
    keys = ("meetings", "calls", "offers", "activity", "wins", "pipeline", "warm", "new", "closing")
    wrong += compare("Hege's App Home, the team", team, expected(L, TEAM, 49, NOW), keys)

    # kpibot export, row for row.
    def key(seller: str, kind: str, customer: str, day: str, amount: Any, currency: Any) -> tuple:
        return (NAME.get(seller, seller), kind, customer, day, amount and float(amount), currency)

    shown = Counter(
        key(r["seller"], r["kind"], r["customer"], r["date"], r["amount"], r["currency"])
        for r in month.export
    )
    want = Counter(
        key(e.seller, e.kind, e.customer, e.day.isoformat(), e.amount, e.currency) for e in L.live()
    )
    if shown != want:
        wrong.append(f"export only {sorted(shown - want)}; ledger only {sorted(want - shown)}")
    revised = sorted(
        (r["customer"], r["seller"], r["amount"], r["revised_from"])
        for r in month.export
        if r["revised_from"]
    )
    if revised != [
        ("Kongsberg Gruppen", TORE, 1100000, 1200000),
        ("Telenor", OLIVER, 200000, 180000),
    ]:
        wrong.append(f"export revisions: {revised}")
    # Left to the lead (test_trial17_findings::test_a_seller_who_joined_later_is_not_in_an_earlier_week):
    # strict, so that its fix shows here too.
    assert [w for w in wrong if w not in JOINED_LATER] == [], "\n".join(wrong)
    assert [w for w in JOINED_LATER if w not in wrong] == [], "fixed? " + str(JOINED_LATER)
