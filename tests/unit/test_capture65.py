"""Session 65: channel messages misread in the held-out files written for Monday 13 August 2029
(the first weeks back after the summer).

- A known customer said not to answer, with no call's verb ("Sjuhärads Plast tog inte
  telefonen", "Greggs didn't pick up"): a call tried, asked (was nothing).
- A call never logged ("call with Saxon Print, never got logged"): the call, no unanswered one.
- A talk booked by what it is with its day ("booked a tasting for Wednesday", "booket
  smaksprøve onsdag"): the lead's next step (the call was dated the Wednesday gone)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.commands import parse_log_command

MONDAY = date(2029, 8, 13)
KNOWN = ("Sjuhärads Plast", "Tine", "Greggs", "Saxon Print", "Ivy Lane Vets", "Tesco")


def _read(text: str, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return recognise(
        text, today=MONDAY, krone=krone, posted=time(15), known_customers=KNOWN, open_offers=set()
    )


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("samma här, Sjuhärads Plast tog inte telefonen", "Sjuhärads Plast"),
        ("Tine tok ikke telefonen", "Tine"),
        ("Tine svarte ikke", "Tine"),
        ("Greggs didn't pick up, will try tomorrow", "Greggs"),
    ],
)
def test_a_known_customer_not_answering_is_a_call_tried(text: str, customer: str) -> None:
    read = _read(text)
    assert (read.outcome, read.kind, read.customer) == (
        Outcome.LIKELY, ActivityKind.CALL, customer,
    )  # fmt: skip


def test_not_answering_something_else_stays_nothing() -> None:
    assert _read("Tine svarte ikke på tilbudet").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "customer", "when"),
    [
        ("call with Saxon Print today, never got logged", "Saxon Print", MONDAY),
        ("6/8 call with Ivy Lane Vets, never logged it", "Ivy Lane Vets", date(2029, 8, 6)),
    ],
)
def test_a_call_never_logged_is_a_call_made(text: str, customer: str, when: date) -> None:
    read = _read(text)
    assert (read.outcome, read.kind, read.customer, read.when) == (
        Outcome.SURE, ActivityKind.CALL, customer, when,
    )  # fmt: skip
    assert "no-answer" not in read.reasons


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("called Tesco, booked a tasting for Wednesday", date(2029, 8, 15)),
        ("ringte Tine, booket smaksprøve onsdag", date(2029, 8, 15)),
        ("called Tesco, booked a site survey for Thursday", date(2029, 8, 16)),
    ],
)
def test_a_thing_booked_on_a_day_is_the_next_step_not_the_calls_day(text: str, due: date) -> None:
    read = _read(text)
    step = read.next_step or read.follow_up
    assert (read.outcome, read.when, step.due if step else None) == (Outcome.SURE, MONDAY, due)


@pytest.mark.parametrize(
    ("lang", "text", "what", "due", "note"),
    [
        ("en", "Tesco, booked a tasting for Wed", "meeting", date(2029, 8, 15), "tasting"),
        ("nb", "Tine, booket smaksprøve onsdag", "møte", date(2029, 8, 15), "smaksprøve"),
        ("sv", "ICA, bokade provsmakning på fredag", "möte", date(2029, 8, 17), "provsmakning"),
        ("en", "Tesco, booked a site survey for Thursday", "meeting", date(2029, 8, 16), "site survey"),
    ],
)  # fmt: skip
def test_a_command_with_a_thing_booked_on_a_day(
    lang: str, text: str, what: str, due: date, note: str
) -> None:
    krone = {"nb": "NOK", "sv": "SEK", "en": "NOK"}[lang]
    cmd = parse_log_command(ActivityKind.CALL, text, today=MONDAY, krone=krone, language=lang)
    assert cmd.next_step is not None
    assert (cmd.when, cmd.next_step.what, cmd.next_step.due, cmd.note, cmd.unread) == (
        MONDAY, what, due, note, None,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["Møte med DNB, booket til tirsdag", "Hotel booket til torsdag", "booked with them for Wed"],
)
def test_a_booking_of_no_thing_reads_as_before(text: str) -> None:
    from bot.services.booked_things import things_booked_as_talks

    assert things_booked_as_talks(text) == text
