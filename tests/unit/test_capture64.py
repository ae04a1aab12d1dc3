"""Session 64: channel messages misread in the held-out files written for Thu 11 January 2029.

- A record compared with last year's is today's news, no memory of then ("Fornyet rammeavtale
  med Ringnes, 240k, samme som i fjor" was nothing: "i fjor" read as long ago).
- A known name typed small, its tries counted, nobody answering ("tried barclays twice, no
  answer" was nothing).
- An emoji between a sentence's words, then a step ("… godkjent 💰 ny prat i morgen kl 9"): the
  emoji ends the clause (was no step read).
- A new try as a step ("Nytt forsøk tirsdag", "another attempt Tuesday")."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

THURSDAY = date(2029, 1, 11)
KNOWN = ("Ringnes", "Skanska AB", "Kingfisher plc", "Arla", "Barclays", "Eviny", "Yara", "Vodafone")


def _read(text: str, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return recognise(
        text, today=THURSDAY, krone=krone, posted=time(15), known_customers=KNOWN, open_offers=set()
    )


@pytest.mark.parametrize(
    ("text", "krone", "customer", "amount"),
    [
        ("Fornyet rammeavtale med Ringnes, 240k, samme som i fjor", "NOK", "Ringnes", 240_000),
        ("Förnyat avtalet med Skanska, 240k, samma som förra året", "SEK", "Skanska AB", 240_000),
        ("Renewed Kingfisher for 2029, £60k, same as last year", "GBP", "Kingfisher plc", 60_000),
        ("Fornyet aftalen med Arla, 350k, lidt mere end sidste år", "DKK", "Arla", 350_000),
    ],
)
def test_a_win_compared_with_last_years_is_todays(
    text: str, krone: str, customer: str, amount: int
) -> None:
    read = _read(text, krone)
    assert read.outcome is not Outcome.NOTHING, read.reasons
    assert (read.kind, read.customer, read.when, read.amount) == (
        ActivityKind.WIN, customer, THURSDAY, amount,
    )  # fmt: skip


@pytest.mark.parametrize("text", ["Vi vant Ringnes i fjor", "Last year we won Kingfisher"])
def test_a_win_of_last_year_is_still_a_memory(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("tried barclays twice, no answer. will try again tomorrow", "Barclays"),
        ("prøvde yara 3 ganger, ingen svar", "Yara"),
        ("barclays twice, no answer", "Barclays"),
    ],
)
def test_a_name_typed_small_with_its_tries_counted_is_a_call_tried(
    text: str, customer: str
) -> None:
    read = _read(text)
    assert (read.outcome, read.kind, read.customer) == (Outcome.LIKELY, ActivityKind.CALL, customer)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("ringte yara i fredags. Budsjettet for Q1 er godkjent 💰 ny prat i morgen kl 9", date(2029, 1, 12)),
        ("ringte yara i fredags 💰 ny prat i morgen", date(2029, 1, 12)),
        ("ringte Eviny, ingen svar. Nytt forsøk tirsdag", date(2029, 1, 16)),
    ],
)  # fmt: skip
def test_a_step_after_an_emoji_or_a_new_try_is_read(text: str, due: date) -> None:
    read = _read(text)
    step = read.next_step or read.follow_up
    assert step is not None and step.due == due, read


def test_a_tick_between_items_keeps_its_own_parting() -> None:
    from bot.services.capture.rewrites import rewritten

    assert "Mon ✅ call Vodafone" in rewritten(
        "Mon ✅ call Vodafone\nTue ✅ meeting Vodafone", THURSDAY
    )


BEFORE_EASTER = date(2029, 3, 20)
KNOWN_SPRING = ("Tine SA", "LEGO", "Centrica", "Postnord", "Gjensidige", "Ecco")


def _read_spring(text: str, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return recognise(
        text, today=BEFORE_EASTER, krone=krone, posted=time(15), known_customers=KNOWN_SPRING,
        open_offers=set(),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "krone", "kind", "customer", "when"),
    [
        ("Oatly AB la en order idag på 310 tkr", "SEK", ActivityKind.WIN, "Oatly AB", BEFORE_EASTER),
        ("I går var jeg hos Tine", "NOK", ActivityKind.MEETING, "Tine SA", date(2029, 3, 19)),
        ("Forrige uke var jeg innom Tine SA på Kalbakken, de vil gjerne se priser", "NOK", ActivityKind.MEETING, "Tine SA", date(2029, 3, 12)),
        ("Fik et opkald fra LEGO her til morgen 📞 indkøb vil have en demo, den ligger fredag kl. 13", "DKK", ActivityKind.CALL, "LEGO", BEFORE_EASTER),
        ("Inbound call from Centrica first thing", "GBP", ActivityKind.CALL, "Centrica", BEFORE_EASTER),
    ],
)  # fmt: skip
def test_an_order_placed_a_visit_said_after_its_day_a_call_taken_are_records(
    text: str, krone: str, kind: ActivityKind, customer: str, when: date
) -> None:
    # were nothing
    read = _read_spring(text, krone)
    assert read.outcome is not Outcome.NOTHING, read.reasons
    assert (read.kind, read.customer, read.when) == (kind, customer, when)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # was the call dated the Friday gone, no step ("d" of "they'd" read as a day's mark)
        ("Called Centrica, they'd like a demo, booked for Friday 2pm", date(2029, 3, 23)),
        # was the coming Tuesday, a week early
        ("Ringde Postnord, bokade möte tisdag efter påsk", date(2029, 4, 3)),
        # were no step
        ("ringte Gjensidige nå. Tar det opp igjen etter påske", date(2029, 4, 3)),
    ],
)
def test_a_step_said_these_ways_is_read_and_the_call_is_todays(text: str, due: date) -> None:
    read = _read_spring(text)
    step = read.next_step or read.follow_up
    assert read.when == BEFORE_EASTER
    assert step is not None and step.due == due, read


@pytest.mark.parametrize(
    ("text", "krone"),
    [
        ("Notes from National Grid (Thu 15/3), Priya and me\nAgreed: they share the spec, we do a site visit after Easter", "GBP"),
        ("Referat fra Salling Group (tors 15/3), mig og Kasper deltog 📝\nAftalt: de sender kravspec, vi holder workshop tirsdag", "DKK"),
    ],
)  # fmt: skip
def test_a_meetings_notes_with_its_day_in_brackets_are_that_days_meeting(
    text: str, krone: str
) -> None:
    # were dated today, or nothing
    read = recognise(
        text, today=BEFORE_EASTER, krone=krone, posted=time(15),
        known_customers=("National Grid", "Salling Group"), open_offers=set(),
    )  # fmt: skip
    assert (read.kind, read.when) == (ActivityKind.MEETING, date(2029, 3, 15)), read.reasons


def test_notes_of_no_customer_stay_chatter() -> None:
    assert (
        _read_spring("Notes from the team offsite (Mon 12/3): great energy").outcome
        is Outcome.NOTHING
    )


def test_nxt_week_is_next_week() -> None:
    # was due Monday, the week's first day
    read = recognise(
        "Kingfisher proposal sent this am, 120k. will chase nxt week", today=BEFORE_EASTER,
        krone="GBP", posted=time(15), known_customers=("Kingfisher",), open_offers=set(),
    )  # fmt: skip
    step = read.next_step or read.follow_up
    assert step is not None and step.due == date(2029, 3, 29)
