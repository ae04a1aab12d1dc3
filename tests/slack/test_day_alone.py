"""A coming day typed alone after the customer ("/logmeeting Equinor neste uke", "Aker next Tue")
may be the next step after an activity today or the day the activity is booked for. Independent
testers read it the second way; stored as held today, a meeting that has not happened counted.
It is asked, with one click for each reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import buttons, click_answer, leads, stored, text_of

KARI = "U0KARI"  # DEFAULT_NOW in the suite is Friday 2026-11-20


def _ask(slack, text: str, command: str = "/logmeeting", locale: str = "en-GB"):  # type: ignore[no-untyped-def]
    slack.api.users[KARI].locale = locale
    result = slack.driver.command(command, text, KARI)
    reply = result.reply()
    return result, reply, {b["value"].split("|")[-1]: b for b in buttons(reply)}


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("command", "text", "locale"),
    [
        ("/logmeeting", "Equinor neste uke", "nb-NO"),
        ("/logmeeting", "Equinor next Tue", "en-GB"),
        ("/logcall", "Volvo nästa vecka", "sv-SE"),
        ("/logmeeting", "Carlsberg i næste uge", "da-DK"),
        ("/logoffer", "Orkla 300k neste uke", "nb-NO"),
    ],
)
def test_a_day_alone_is_asked_and_nothing_is_stored_before(slack, command, text, locale) -> None:  # type: ignore[no-untyped-def]
    _result, reply, options = _ask(slack, text, command, locale)
    assert set(options) == {"held", "booked", "cancel"}, text_of(reply)
    assert stored(slack) == [] and leads(slack) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_booked_plans_the_meeting_as_the_leads_next_step_in_the_authors_words(slack) -> None:  # type: ignore[no-untyped-def]
    result, reply, options = _ask(slack, "Equinor neste uke", locale="nb-NO")
    assert "Equinor" in text_of(reply)
    answer = click_answer(slack, KARI, options["booked"], result)
    assert stored(slack) == []  # nothing held, nothing counted
    [lead] = leads(slack)
    # mendA33: a week said is due by its Friday
    assert (lead.next_step, lead.next_step_due) == ("møte", date(2026, 11, 27))
    assert "møte" in text_of(answer) and "Equinor" in text_of(answer)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_held_stores_the_meeting_today_with_the_day_as_its_next_step(slack) -> None:  # type: ignore[no-untyped-def]
    result, _reply, options = _ask(slack, "Equinor next Tue")
    assert "Tue 24 Nov" in options["held"]["text"]["text"]  # the button says which day
    click_answer(slack, KARI, options["held"], result)
    [row] = stored(slack)
    assert (row["kind"], row["customer"], row["date"]) == ("meeting", "Equinor", "2026-11-20")
    [lead] = leads(slack)
    assert lead.next_step_due == date(2026, 11, 24)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_win_with_a_day_alone_is_not_booked_only_confirmed_or_cancelled(slack) -> None:  # type: ignore[no-untyped-def]
    result, reply, options = _ask(slack, "Telenor 200k next week", "/logwin")
    assert set(options) == {"held", "cancel"}, text_of(reply)
    click_answer(slack, KARI, options["cancel"], result)
    assert stored(slack) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "text",
    [
        "Equinor warm next friday",  # a temperature: known once met
        "Equinor i går, neste tirsdag",  # a day of its own
        "Equinor follow up next week",  # a step named
        "Equinor neste møte fredag",
        "Equinor -- neste uke",  # a note
    ],
)
def test_a_day_with_more_said_is_stored_at_once(slack, text: str) -> None:  # type: ignore[no-untyped-def]
    _result, reply, options = _ask(slack, text)
    assert "held" not in options, text_of(reply)
    assert len(stored(slack)) == 1, text_of(reply)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("command", "text", "locale", "what", "due"),
    [
        ("/logmeeting", "Hafslund på fredag neste uke", "nb-NO", "møte", date(2026, 11, 27)),
        ("/logmeeting", "Hafslund fredag i neste uke", "nb-NO", "møte", date(2026, 11, 27)),
        ("/logcall", "Volvo nästa vecka fredag", "sv-SE", "samtal", date(2026, 11, 27)),
        ("/logmeeting", "Volvo fredag nästa vecka", "sv-SE", "möte", date(2026, 11, 27)),
        ("/logmeeting", "Carlsberg tirsdag i næste uge", "da-DK", "møde", date(2026, 11, 24)),
        ("/logmeeting", "Shell next week Friday", "en-GB", "meeting", date(2026, 11, 27)),
        ("/logcall", "Shell Friday next week", "en-GB", "call", date(2026, 11, 27)),
    ],
)
def test_a_weekday_of_next_week_is_one_day_asked_as_a_day_alone(
    slack, command, text, locale, what, due
) -> None:  # type: ignore[no-untyped-def]
    # Was: that weekday gone, stored as held then, with a follow-up on next Monday.
    result, reply, options = _ask(slack, text, command, locale)
    assert set(options) == {"held", "booked", "cancel"}, text_of(reply)
    click_answer(slack, KARI, options["booked"], result)
    assert stored(slack) == []
    [lead] = leads(slack)
    assert (lead.next_step, lead.next_step_due) == (what, due)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "locale", "day", "what", "due"),
    [
        ("Hafslund i går, neste møte fredag neste uke", "nb-NO", "2026-11-19", "møte",
         date(2026, 11, 27)),
        ("Volvo igår, nästa möte fredag nästa vecka", "sv-SE", "2026-11-19", "möte",
         date(2026, 11, 27)),
        ("Carlsberg i dag, næste møde tirsdag i næste uge", "da-DK", "2026-11-20", "møde",
         date(2026, 11, 24)),
        ("Shell yesterday, next meeting Friday next week", "en-GB", "2026-11-19", "meeting",
         date(2026, 11, 27)),
    ],
)  # fmt: skip
def test_a_weekday_of_next_week_as_the_next_step_is_its_due_day(
    slack, text, locale, day, what, due
) -> None:  # type: ignore[no-untyped-def]
    _result, reply, options = _ask(slack, text, "/logmeeting", locale)
    assert "held" not in options and "booked" not in options, text_of(reply)
    [row] = stored(slack)
    assert row["date"] == day
    [lead] = leads(slack)
    assert (lead.next_step, lead.next_step_due) == (what, due)
