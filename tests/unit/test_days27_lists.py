"""Session 27 (days27). Day lists read as the seller meant them, as the lead decided: a list of
weekdays with no week named whose days run past today is the week gone when its later rows are
done work or it is a week's report; this week when "i dag", "i morgen", "today", "tomorrow"
anchor it or a later row is still to come (its days gone recorded, its days to come planned as
the leads' next steps, never held); asked, with both readings, when its later rows are neutral
and it is short. Read on Tue 1 Dec 2026 unless said."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, recognise

TUE = date(2026, 12, 1)
M, C, OF = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER


def read(text: str, today: date = TUE, known: tuple[str, ...] = ()) -> Recognition:
    return recognise(text, today=today, known_customers=list(known))


def rows(found: Recognition | None) -> list[tuple]:
    out = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        step = found.next_step.due if found.next_step else None
        out.append((found.kind, found.customer, None if step else found.when, step))
        found = found.also
    return out


# the later rows neutral, the list short: which week? asked, both readings offered
@pytest.mark.parametrize(
    ("text", "first", "later", "thursday"),
    [
        ("Mandag: møte med Equinor. Torsdag: møte med Telenor", "Equinor", "Telenor", True),
        ("Mon: meeting Asda, Thu: meeting Tesco", "Asda", "Tesco", True),
        ("Mån: möte Volvo. Tor: möte Scania", "Volvo", "Scania", True),
        ("Mandag: møde Novo. Torsdag: møde Vestas", "Novo", "Vestas", True),
        ("Mon: meeting Boots, Fri: meeting Tesco", "Boots", "Tesco", False),
    ],
)
def test_a_short_neutral_list_past_today_is_asked_which_week(
    text: str, first: str, later: str, thursday: bool
) -> None:
    found = read(text)
    later_day = 26 if thursday else 27
    assert found.record_all and found.outcome is Outcome.LIKELY, found.reasons
    # the week gone: every row held on its day
    assert rows(found) == [(M, first, date(2026, 11, 23), None), (M, later, date(2026, 11, later_day), None)]  # fmt: skip
    # this week: Monday's held, the later day's the lead's next step, never held
    assert found.this_week is not None and found.this_week.record_all
    assert rows(found.this_week) == [(M, first, date(2026, 11, 30), None), (M, later, None, date(2026, 12, later_day - 23))]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an anchor: this week (was: Monday's call dropped, only the plan asked)
        ("Mandag: ringte Hafslund. I morgen: møte med Aker",
         [(C, "Hafslund", date(2026, 11, 30), None), (M, "Aker", None, date(2026, 12, 2))]),
        # was: nothing at all
        ("Mon: call Boots. Tomorrow: meeting Tesco",
         [(C, "Boots", date(2026, 11, 30), None), (M, "Tesco", None, date(2026, 12, 2))]),
        # a later row still to come: this week (was: nothing, Monday's meeting lost unsaid)
        ("Mandag: møte Equinor, torsdag skal jeg møte Telenor",
         [(M, "Equinor", date(2026, 11, 30), None), (M, "Telenor", None, date(2026, 12, 3))]),
    ],
)  # fmt: skip
def test_an_anchored_list_is_this_week_its_later_rows_planned(text: str, want: list) -> None:
    found = read(text)
    assert found.record_all and found.this_week is None, found.reasons
    assert rows(found) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the later rows said done: the week gone, as before
        ("Mon: called Boots, Thu: met Tesco",
         [(C, "Boots", date(2026, 11, 23), None), (M, "Tesco", date(2026, 11, 26), None)]),
        ("Mandag: ringte Hafslund. Torsdag: hadde møte med Telenor",
         [(C, "Hafslund", date(2026, 11, 23), None), (M, "Telenor", date(2026, 11, 26), None)]),
        # a week's report, Monday to Friday: the week gone
        ("Mandag: møte Equinor. Tirsdag: møte Telenor. Onsdag: møte Aker. Torsdag: møte Kiwi. "
         "Fredag: møte Tine",
         [(M, "Equinor", date(2026, 11, 23), None), (M, "Telenor", date(2026, 11, 24), None),
          (M, "Aker", date(2026, 11, 25), None), (M, "Kiwi", date(2026, 11, 26), None),
          (M, "Tine", date(2026, 11, 27), None)]),
    ],
)  # fmt: skip
def test_a_list_of_done_work_or_a_weeks_report_is_the_week_gone(text: str, want: list) -> None:
    found = read(text)
    assert found.record_all and found.this_week is None, found.reasons
    assert rows(found) == want


@pytest.mark.parametrize(
    ("text", "kind", "customer"),
    [
        ("tirs møte DNB", M, "DNB"),
        ("Tue: meeting BT", M, "BT"),
        ("tis: möte ICA", M, "ICA"),
        ("Tirsdag: ringte Posten", C, "Posten"),
    ],
)
def test_a_bare_todays_weekday_opener_is_todays(
    text: str, kind: ActivityKind, customer: str
) -> None:
    found = read(text)  # was: nothing
    assert (found.kind, found.customer, found.when, found.planned) == (kind, customer, TUE, False)
    assert found.outcome is not Outcome.NOTHING, found.reasons


def test_an_agenda_item_alone_for_a_day_to_come_is_asked_held_or_coming() -> None:
    # "ons: demo hos Kiwi" said on a Tuesday: neutral and short, as the lists above: held last
    # Wednesday or coming tomorrow, each on its button (was: nothing)
    found = read("ons: demo hos Kiwi")
    assert (found.outcome, found.kind, found.customer) == (Outcome.LIKELY, M, "Kiwi")
    assert (found.when, found.ahead) == (date(2026, 11, 25), date(2026, 12, 2))
    # said done: last week's; said to come: the lead's next step
    gone = read("ons: hadde demo hos Kiwi")
    assert (gone.when, gone.ahead, gone.planned) == (date(2026, 11, 25), None, False)


def test_a_day_gone_this_week_alone_stays_as_before() -> None:
    # "Monday: meeting with Acme" said on a Friday: an agenda as much as news (test_capture_day_label)
    assert read("Mandag: møte med Yara", today=date(2026, 11, 20)).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("mån: ringde H&M, tis: möte Sandvik 🚀",
         [(C, "H&M", date(2026, 11, 30), None), (M, "Sandvik", TUE, None)]),
        ("This week: Mon meeting Asda, Tue meeting BT, Tue call Aviva",
         [(M, "Asda", date(2026, 11, 30), None), (M, "BT", TUE, None), (C, "Aviva", TUE, None)]),
        ("Uge 49: man møde Vestas, man opkald Maersk, tirs møde Novo",
         [(M, "Vestas", date(2026, 11, 30), None), (C, "Maersk", date(2026, 11, 30), None),
          (M, "Novo", TUE, None)]),
        ("Vecka 49: mån möte Volvo, tis möte Scania",
         [(M, "Volvo", date(2026, 11, 30), None), (M, "Scania", TUE, None)]),
        ("Week 49: Mon meeting Asda, Tue call BT",
         [(M, "Asda", date(2026, 11, 30), None), (C, "BT", TUE, None)]),
        # item 6: a long list with plan rows, one question, its plans planned at the click
        # (was: the first stored at once, every other row asked one by one)
        ("Denne uka: man møte Kiwi, tirs ringte Tine, tors møte Orkla, fre demo hos Coop",
         [(M, "Kiwi", date(2026, 11, 30), None), (C, "Tine", TUE, None),
          (M, "Orkla", None, date(2026, 12, 3)), (M, "Coop", None, date(2026, 12, 4))]),
    ],
)  # fmt: skip
def test_a_day_list_of_this_week_in_any_language_is_one_question(text: str, want: list) -> None:
    # was: the first row stored at once, each other asked on its own
    found = read(text)
    assert found.record_all and found.outcome is Outcome.LIKELY, found.reasons
    assert rows(found) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Forrige uke: tirs møte Aker, tlf Tine, tors møte DNB",
         [(M, "Aker", date(2026, 11, 24), None), (C, "Tine", date(2026, 11, 24), None),
          (M, "DNB", date(2026, 11, 26), None)]),
        # "call Boots" was dropped unsaid
        ("Last week: Tue meeting Asda, call Boots, Thu meeting BT",
         [(M, "Asda", date(2026, 11, 24), None), (C, "Boots", date(2026, 11, 24), None),
          (M, "BT", date(2026, 11, 26), None)]),
    ],
)  # fmt: skip
def test_an_item_with_no_weekday_of_its_own_is_the_day_of_the_item_before(
    text: str, want: list
) -> None:
    # was: the week's Monday
    found = read(text)
    assert found.record_all, found.reasons
    assert rows(found) == want
