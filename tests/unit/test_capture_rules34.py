"""The rules held-out file 34 (messages read on Tuesday 29 February 2028, the leap day) and the
heldmsg32 brief led to, each with variants of its own in more than one language: a step in weeks
from today said short ("follow up 2 wks"), a step named "next step" with its day ("next step 1/3",
"Next step w/c 28th May", "neste steg uke 10"), a week said "w/c" / "week commencing" on its
Monday, the customer's deadline beside the author's own day (the author's is the step), a
voice-dictated run-on read as punctuated, a correction "skulle varit" / "should've been", an offer
with a bare number and no unit (asked, the amount unsaid). The file's rows themselves:
tests/unit/test_capture_corpus.py::HOLDOUT_34."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, recognise

TUE = date(2028, 2, 29)  # the leap day, a Tuesday of ISO week 9
WED, THU, FRI = (TUE + timedelta(days=n) for n in (1, 2, 3))
MON_6, MON_13 = date(2028, 3, 6), date(2028, 3, 13)
# mendA33 (the lead's session-33 rule): a step said as a week is due by its last working day
FRI_10, FRI_17 = date(2028, 3, 10), date(2028, 3, 17)
KNOWN = ["Tine", "Kiwi", "Volvo", "Scania", "Arla", "Boots", "Tesco", "Greggs", "SEB", "Schibsted"]
M, C, OF = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER


def _read(text: str, today: date = TUE) -> Recognition:
    return recognise(text, today=today, known_customers=KNOWN)


def _step(found: Recognition) -> date | None:
    step = found.follow_up or found.next_step
    return step.due if step is not None else None


# -- 1. weeks (or days) from today, "in" left out -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "due"),
    [
        ("met tesco today, went well, follow up 2 wks", M, TUE + timedelta(weeks=2)),
        ("spoke to Boots, they've gone quiet, following up 2 wks", C, TUE + timedelta(weeks=2)),
        ("Møte med Tine i dag, følger opp 3 uker", M, TUE + timedelta(weeks=3)),
        ("Ringte Kiwi i dag, ringer igjen 2 uker 📞", C, TUE + timedelta(weeks=2)),
        ("Møde med Arla i dag, ringer igen 14 dage", M, TUE + timedelta(days=14)),
        ("Möte med Volvo idag, följer upp 3 veckor", M, TUE + timedelta(weeks=3)),
    ],
)
def test_a_count_of_weeks_after_a_step_is_that_many_from_today(
    text: str, kind: ActivityKind, due: date
) -> None:
    # was: the step dropped in silence (only "om 2 uker" / "in 2 weeks" read)
    found = _read(text)
    assert (found.kind, found.when, _step(found)) == (kind, TUE, due), found.reasons


def test_hours_after_a_step_are_no_day() -> None:
    assert _step(_read("Møte med Tine i dag, følger opp 2 timer")) is None


# -- 2. "next step" and its day ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Wren Kitchens Ltd – first meeting today, hot 🔥 next step 1/3", WED),
        ("Met Boots today. Next step w/c 6th March", FRI_10),
        ("Møte med Tine i dag, neste steg uke 10", FRI_10),
        ("Møte med Tine i dag. Neste steg: v. 11", FRI_17),
        ("Möte med Volvo idag, nästa steg vecka 10", FRI_10),
        ("Møde med Arla i dag, næste skridt uge 11", FRI_17),
    ],
)
def test_next_step_with_its_day_is_the_leads_step(text: str, due: date) -> None:
    # was: no step ("next step" is no verb of a follow-up)
    found = _read(text)
    assert (found.kind, found.when, _step(found)) == (M, TUE, due), found.reasons
    assert (found.follow_up or found.next_step).what == "follow-up"  # type: ignore[union-attr]


def test_next_step_with_a_thing_and_no_day_is_no_step() -> None:
    assert _step(_read("Møte med Tine i dag, neste steg er et tilbud")) is None


# -- 3. a week said "w/c" or "week commencing": its Monday ----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Met Boots today, follow up week commencing 6 March",
        "Met Boots today, follow up week beginning 6th March",
        "Met Boots today, follow up w/c 8th March",  # a Wednesday: its week's Monday
        "Met Boots today, chasing them w/b 7 March",
    ],
)
def test_a_week_commencing_is_its_monday(text: str) -> None:
    # "week commencing 6 March" read no step; "w/c 8th March" the Wednesday
    assert _step(_read(text)) == FRI_10  # mendA33: due by the week's Friday


# -- 4. the customer's deadline, the author's own day after it ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "hadde møte med Tine i dag det gikk veldig bra de vil ha tilbud innen fredag så jeg "
        "sender det på torsdag",
        "just had a meeting with Boots they want a proposal by friday so ill send it over thursday",
        "Möte med Volvo idag, de vill ha offert till fredag, skickar den på torsdag",
        "Met Tesco today, they want a quote by Friday, sending it Thursday",
        "Møde med Arla i dag, de vil have et tilbud inden fredag, jeg sender det torsdag",
    ],
)
def test_the_authors_day_after_the_customers_deadline_is_the_step(text: str) -> None:
    # was: the customer's Friday
    found = _read(text)
    assert (found.kind, found.outcome, _step(found)) == (M, Outcome.SURE, THU), found.reasons


def test_a_deadline_alone_stays_the_step() -> None:
    assert _step(_read("Møtet med Tine gikk kjempebra, de vil ha tilbud innen fredag")) == FRI


# -- 5. a correction said "should have been" --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Rättelse: offerten till SEB igår skulle varit 1,2 mkr inte 2,1", "SEB", 1_200_000),
        ("Correction: the Greggs quote yesterday should've been £45k not £54k", "Greggs", 45_000),
        ("Rettelse: tilbudet til Tine i går skulle ha vært 450k, ikke 540k", "Tine", 450_000),
    ],
)
def test_a_correction_said_should_have_been_is_asked(text: str, customer: str, amount: int) -> None:
    # was: nothing ("skulle" read as a plan, "should've" as a hedge)
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        Outcome.LIKELY,
        OF,
        customer,
        amount,
    ), found.reasons


def test_a_plan_that_should_have_been_is_still_nothing() -> None:
    assert _read("Skulle ha vært på møte med Tine i dag men det ble avlyst").outcome is (
        Outcome.NOTHING
    )


# -- 6. an offer with a bare number, no unit: asked -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("tilbud Schibsted 850", "Schibsted"),
        ("tilbud til Tine 450", "Tine"),
        ("offert till Volvo 950", "Volvo"),
        ("quote Boots 85", "Boots"),
    ],
)
def test_an_offer_with_a_number_and_no_unit_is_asked_without_an_amount(
    text: str, customer: str
) -> None:
    # was: nothing (an offer noun and a customer alone)
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        Outcome.LIKELY,
        OF,
        customer,
        None,
    ), found.reasons


@pytest.mark.parametrize("text", ["tilbud Schibsted", "tilbud til Tine 2028"])
def test_an_offer_noun_alone_or_with_a_year_is_still_nothing(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


@pytest.mark.parametrize(("krone", "due"), [("GBP", date(2029, 6, 1)), ("NOK", date(2029, 6, 1))])
def test_a_week_commencing_a_bank_holiday_is_its_first_working_day_where_the_team_works(
    krone: str, due: date
) -> None:
    # Mon 28 May 2029 is England's spring bank holiday, a Norwegian working day (holdout 20,
    # 30: an English word's day off counts where it is off in the UK and where the team works)
    found = recognise(
        "Greencore Ltd – first meeting today, warm. Next step w/c 28th May",
        today=date(2029, 5, 18),
        krone=krone,
    )
    assert _step(found) == due


# -- 7. "ny kontakt" with its day: contacting them again is the step ---------------------------------
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Møte med Tine i dag, ny kontakt om 2 uker", TUE + timedelta(weeks=2)),
        ("Møte med Tine i dag, ny kontakt uke 11", FRI_17),
        ("Möte med Volvo idag, ny kontakt om tre veckor", TUE + timedelta(weeks=3)),
        ("Møde med Arla i dag, tager ny kontakt om 14 dage", TUE + timedelta(days=14)),
    ],
)
def test_new_contact_with_a_day_is_the_step(text: str, due: date) -> None:
    # was: no step ("ny kontakt" is no verb of a follow-up)
    assert _step(_read(text)) == due


def test_a_new_contact_person_got_is_no_step() -> None:
    assert _step(_read("Møte med Tine i dag, fikk ny kontakt i dag")) is None
