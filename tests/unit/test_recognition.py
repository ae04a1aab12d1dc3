"""Who the digest names, as pure rules: improvement over a seller's own baseline (+25 % and a
whole step, over at least two active weeks), personal bests, streaks, newcomers welcomed, each
person once with their strongest fact, and nobody named for a weak week or an away week."""

from __future__ import annotations

from decimal import Decimal

from bot.services import kpis, recognition
from bot.services.kpis import Counts, Week
from bot.services.reports import SellerRef, SellerStatus

WEEK = Week(2026, 47)


def status(
    name: str,
    meetings_by_weeks_back: dict[int, int],
    *,
    calls: dict[int, int] | None = None,
    goal: int | None = None,
    away: bool = False,
) -> SellerStatus:
    calls = calls or {}
    history = {
        WEEK.shift(-back): Counts(meetings=m, calls=calls.get(back, 0))
        for back, m in meetings_by_weeks_back.items()
        if m or calls.get(back)
    }
    first = min(history) if history else None
    base = kpis.baseline(history, WEEK, set(), first_week=first) if first else None
    return SellerStatus(
        seller=SellerRef(sum(map(ord, name)), f"U{name}", display_name=name),
        week=history.get(WEEK, Counts()),
        baseline=base,
        trends={},
        goals={"meetings": Decimal(goal) if goal else None},
        base_goals={"meetings": Decimal(goal) if goal else None},
        away_this_week=away,
        quarter=Counts(),
        quarter_goals={},
        closing_rate=None,
        closed_90d=0,
        closing_goal=None,
        pipeline_count=0,
        pipeline_value=Decimal(0),
        leads_without_next_step=0,
        new_customers=0,
        history=history,
    )


def names(found: recognition.Recognised) -> dict[str, str]:
    out = {}
    for kind in ("bests", "improvements", "streaks", "welcomes"):
        for item in getattr(found, kind):
            assert item.name not in out, f"{item.name} named twice"
            out[item.name] = kind
    return out


def test_one_to_two_meetings_is_progress_ten_to_eleven_is_not() -> None:
    found = recognition.recognise(
        [
            status("Ola", {0: 2, 1: 1, 2: 1, 3: 1, 4: 1}),
            status("Kari", {0: 11, 1: 10, 2: 10, 3: 10, 4: 10, 5: 12}),
        ],
        WEEK,
    )
    assert names(found) == {"Ola": "improvements"}
    [ola] = found.improvements
    assert (ola.kpi, ola.value, ola.baseline) == ("meetings", 2, Decimal("1.0"))


def test_a_newcomer_is_welcomed_not_praised_up_from_zero() -> None:
    found = recognition.recognise([status("Nina", {0: 3})], WEEK)
    assert names(found) == {"Nina": "welcomes"}
    assert found.welcomes[0].activities == 3


def test_one_active_week_before_is_too_little_to_judge() -> None:
    found = recognition.recognise([status("Per", {0: 6, 3: 1})], WEEK)
    assert found.improvements == []


def test_each_person_once_with_the_strongest_fact() -> None:
    # Meetings and calls both up, a personal best on meetings, and a streak on goal.
    s = status(
        "Lars",
        {0: 9, 1: 5, 2: 5, 3: 5, 4: 5, 5: 5},
        calls={0: 12, 1: 4, 2: 4, 3: 4, 4: 4, 5: 4},
        goal=5,
    )
    found = recognition.recognise([s], WEEK)
    assert names(found) == {"Lars": "bests"}


def test_nobody_is_named_for_a_weak_week() -> None:
    # Calls up, but far fewer meetings than usual: the week as a whole is below their level.
    s = status("Mette", {0: 1, 1: 10, 2: 10, 3: 10}, calls={0: 6, 1: 2, 2: 2, 3: 2})
    assert names(recognition.recognise([s], WEEK)) == {}


def test_an_away_week_is_never_judged() -> None:
    s = status("Alex", {0: 4, 1: 1, 2: 1, 3: 1, 4: 1, 5: 1}, away=True)
    assert names(recognition.recognise([s], WEEK)) == {}


def test_a_streak_on_the_meetings_goal() -> None:
    s = status("Siv", {0: 5, 1: 5, 2: 5, 3: 5}, goal=5)
    found = recognition.recognise([s], WEEK)
    assert names(found) == {"Siv": "streaks"}
    assert found.streaks[0].weeks == 4


def test_everyone_who_improved_is_named() -> None:
    found = recognition.recognise(
        [
            status("A", {0: 4, 1: 2, 2: 2, 3: 2}),
            status("B", {0: 3, 1: 2, 2: 2, 3: 2}),
            status("C", {0: 2, 1: 2, 2: 2, 3: 2}),
        ],
        WEEK,
    )
    assert names(found) == {"A": "improvements", "B": "improvements"}
