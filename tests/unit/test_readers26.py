"""Session 26 (readers26), what the readers still missed:
- a meeting said in the future with its day ("Skal ha møte med Telenor torsdag", "Ska träffa
  Electrolux imorgon kl 9") planned nothing: it is the lead's next step (never a meeting held),
  with the time said kept; "Meeting Boots next Tuesday at 10", the name new, is asked as a plan;
  "…, vi tar en ny prat mandag kl 14" is the step of the record beside it;
- "kiwi 95k" was silent where "Kiwi 95k" asks: a known customer in lowercase is that customer,
  and a word no customer's alone with an amount is asked as a new name ("møte i bergen
  offshore", a company named after its town, asked too);
- "/logmeeting Equinor (og Statoil Fuel)" was one meeting noted "og Statoil Fuel": a second
  customer in brackets is refused as two customers, as "Equinor og Statoil Fuel" is;
- Swedish: a win's button said "Vunnet" (neuter) of an "affär": "Vunnen"; the bare-currency
  question said "du skrev ingen valuta" to a Swede who wrote "300 tkr" (a krone word, whose
  country unsaid): it now says the amount does not say which of the two it is;
- work told as done for a colleague was suggested as "/logoffer Tine 12000" for "€12k" (the
  currency read, then dropped), and read with the author's krone rather than the readers';
  the goals reader ("/kpi goal omsättning 850 tkr" from a Swede in a NOK team) likewise."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.amounts import ForeignKrone
from bot.services.capture import KnownCustomers, Outcome, Recognition, recognise
from bot.services.colleague_work import for_a_colleague
from bot.services.commands import parse_log_command
from bot.services.dates import UserError
from bot.services.questions import Question
from tests.helpers import text_of

TUESDAY = date(2026, 12, 1)  # Thursday 3, Friday 4, Monday 7, Tuesday 8 December
KNOWN = ["Telenor", "Electrolux", "Novo", "Tine", "ICA", "Kiwi", "Netto", "Posten"]
MEETING = ActivityKind.MEETING


def read(text: str, known: list[str] = KNOWN, today: date = TUESDAY) -> Recognition:
    return recognise(
        text,
        today=today,
        krone="NOK",
        known_customers=KnownCustomers.of(known),
        open_offers=set(),
        posted=None,
    )


# -- 1. plans said in the future ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "customer", "what", "due"),
    [
        ("Skal ha møte med Telenor torsdag", "Telenor", "meeting", date(2026, 12, 3)),
        (
            "Vi skal ha møte med Telenor på torsdag kl 13",
            "Telenor",
            "meeting kl 13",
            date(2026, 12, 3),
        ),
        ("Ska träffa Electrolux imorgon kl 9", "Electrolux", "meeting kl 9", date(2026, 12, 2)),
        ("Skal mødes med Novo på fredag", "Novo", "meeting", date(2026, 12, 4)),
        ("Skal have møde med Novo i morgen", "Novo", "meeting", date(2026, 12, 2)),
        ("Skal treffe Tine fredag", "Tine", "meeting", date(2026, 12, 4)),
        ("Möte med ICA imorgon kl 9", "ICA", "meeting kl 9", date(2026, 12, 2)),
    ],
)
def test_a_meeting_said_ahead_with_its_day_is_the_lead_s_next_step(
    text: str, customer: str, what: str, due: date
) -> None:
    # was: nothing ("skal", "ska" read as a wish), and the time said dropped from a plan
    found = read(text)
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, MEETING, customer)
    assert found.planned and found.next_step == found.command().next_step
    assert (found.next_step.what, found.next_step.due) == (what, due)  # type: ignore[union-attr]
    assert found.when == TUESDAY  # no meeting held on its day


def test_a_new_name_after_the_meeting_noun_with_a_day_ahead_is_a_plan_asked() -> None:
    found = read("Meeting Boots next Tuesday at 10", known=[])
    assert (found.outcome, found.customer, found.planned) == (Outcome.LIKELY, "Boots", True)
    assert found.next_step is not None
    assert (found.next_step.what, found.next_step.due) == ("meeting at 10", date(2026, 12, 8))


@pytest.mark.parametrize(
    "text",
    [
        "Skal møte Tine neste uke",  # a week, no day: as before
        "Skal ha møte med Telenor før helgen",  # a span up to a day
        "vi skal til møde med Novo i næste uge",
        "skal ha møte med Telenor på torsdag, noen tips?",  # asks the team
        "Ska träffa ICA nästa vecka",
        "Kul att träffa Electrolux igår",
    ],
)
def test_a_plan_without_a_day_of_its_own_is_still_nothing(text: str) -> None:
    assert read(text).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "what", "due"),
    [
        (
            "Møte med Tine i dag, vi tar en ny prat mandag kl 14",
            "tar en ny prat kl 14",
            date(2026, 12, 7),
        ),
        (
            "Möte med ICA idag, vi tar ett nytt snack på fredag",
            "tar ett nytt snack",
            date(2026, 12, 4),
        ),
        (
            "Møde med Novo i dag, vi tager en ny snak mandag kl 10",
            "tager en ny snak kl 10",
            date(2026, 12, 7),
        ),
        (
            "Met Kiwi today, having another chat on Friday at 3pm",
            "having another chat at 3pm",
            date(2026, 12, 4),
        ),
    ],
)
def test_another_talk_said_beside_a_record_is_its_step(text: str, what: str, due: date) -> None:
    # was: the meeting recorded, the step dropped
    found = read(text)
    assert found.outcome is Outcome.SURE and found.follow_up is not None, found
    assert (found.follow_up.what, found.follow_up.due) == (what, due)


# -- 2. lowercase customers --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "customer"),
    [("kiwi 95k", "Kiwi"), ("95k kiwi", "Kiwi"), ("netto: 120 000 kr", "Netto")],
)
def test_a_known_customer_in_lowercase_and_an_amount_is_asked_offer_or_win(
    text: str, customer: str
) -> None:
    # was: silent ("Kiwi 95k" asked)
    found = read(text)
    assert (found.outcome, found.customer, found.which_kind) == (Outcome.LIKELY, customer, True)
    assert found.known_customer


@pytest.mark.parametrize(
    ("text", "customer"),
    [("nordlys 95k", "Nordlys"), ("Nordlys 95k", "Nordlys"), ("rema 50 000", "Rema")],
)
def test_a_word_no_customer_s_alone_with_an_amount_is_asked_as_a_new_name(
    text: str, customer: str
) -> None:
    found = read(text, known=[])
    assert (found.outcome, found.customer, found.which_kind) == (Outcome.LIKELY, customer, True)
    assert not found.known_customer


@pytest.mark.parametrize(
    "text",
    [
        "budsjett 2 mill",
        "omsetning 400k",
        "bonus 50k",
        "totalt 400k",
        "hittil 2 mill",
        "mva 25k",
        "lunsj 1200 kr",
        "Per 50k",
        "kiwi 95",
        "nordlys 95k?",
    ],
)
def test_a_word_that_says_what_the_amount_is_keeps_its_silence(text: str) -> None:
    assert read(text, known=[]).outcome is Outcome.NOTHING


def test_a_company_named_after_its_town_in_lowercase_is_asked() -> None:
    # was: nothing ("Møte i Bergen offshore" is the customer)
    found = read("møte i bergen offshore", known=[])
    assert (found.outcome, found.customer) == (Outcome.LIKELY, "Bergen offshore")
    known = read("møte i bergen offshore i dag", known=["Bergen Offshore"])
    assert (known.outcome, known.customer) == (Outcome.SURE, "Bergen Offshore")
    assert read("møte i bergen", known=[]).outcome is Outcome.NOTHING


# -- 5. a second customer in brackets in a slash command ----------------------------------------
@pytest.mark.parametrize(
    ("kind", "text", "first", "second"),
    [
        (MEETING, "Equinor (og Statoil Fuel)", "Equinor", "Statoil Fuel"),
        (MEETING, "Equinor (and Statoil Fuel) i går", "Equinor", "Statoil Fuel"),
        (ActivityKind.CALL, "Tine (+ Kiwi)", "Tine", "Kiwi"),
        (ActivityKind.WIN, "Equinor 300k (og Statoil Fuel)", "Equinor", "Statoil Fuel"),
        (ActivityKind.LOSS, "Equinor (och Statoil Fuel)", "Equinor", "Statoil Fuel"),
    ],
)
def test_a_second_customer_in_brackets_is_two_customers(
    kind: ActivityKind, text: str, first: str, second: str
) -> None:
    # was: one record on the first, "og Statoil Fuel" its note (the second's never counted);
    # refused as "Equinor og Statoil Fuel" is, each to be logged on its own
    with pytest.raises(UserError) as refused:
        parse_log_command(kind, text, today=TUESDAY)
    assert refused.value.code == "two_customers"
    assert (refused.value.params["first"], refused.value.params["second"]) == (first, second)


@pytest.mark.parametrize(
    ("kind", "text", "note"),
    [
        (MEETING, "Equinor (og Kari)", "og Kari"),  # a colleague along
        (MEETING, "Elkjøp Nordic AS (teams) varm", "teams"),
        (ActivityKind.OFFER, "Aker BP 250k (rammeavtale)", "rammeavtale"),
        (ActivityKind.LOSS, "Equinor (for dyre)", "for dyre"),
    ],
)
def test_other_words_in_brackets_are_still_the_note(
    kind: ActivityKind, text: str, note: str
) -> None:
    assert parse_log_command(kind, text, today=TUESDAY).note == note


# -- 6. Swedish texts --------------------------------------------------------------------------
def _rendered(language: str, code: str, params: dict, options: tuple[str, ...]) -> dict:  # type: ignore[type-arg]
    from bot.rendering.replies import log_reply

    return log_reply(language, Question("t0", code, params, options))


def test_a_won_deal_s_button_agrees_with_affar_in_swedish() -> None:
    asked = _rendered(
        "sv",
        "capture",
        {
            "kind": "offer",
            "customer": "ICA",
            "amount": 95000,
            "currency": "SEK",
            "when": TUESDAY,
            "today": TUESDAY,
            "which_kind": True,
        },
        ("kind:offer", "kind:win", "not_a_sale"),
    )
    labels = [b["text"]["text"] for block in asked["blocks"] for b in block.get("elements", [])]
    assert "Vunnen" in labels and "Vunnet" not in labels, labels


@pytest.mark.parametrize(
    ("language", "unsaid"),
    [
        ("sv", "skrev ingen valuta"),
        ("nb", "skrev ingen valuta"),
        ("da", "skrev ingen valuta"),
        ("en", "wrote no currency"),
    ],
)
def test_the_bare_currency_question_never_says_no_currency_was_written(
    language: str, unsaid: str
) -> None:
    # "300 tkr" from a Swede in a NOK team: kroner were written, not whose
    asked = _rendered(
        language,
        "bare_currency",
        {"number": 300000, "krone": "SEK", "team_currency": "NOK"},
        ("currency:SEK", "currency:NOK", "cancel"),
    )
    said = text_of(asked)
    assert unsaid not in said and "SEK" in said and "tkr" in said, said


# -- 7. amounts read outside the readers ---------------------------------------------------------
@pytest.mark.parametrize(
    ("said", "krone", "command"),
    [
        ("€12k", "NOK", "/logoffer Tine 12000 EUR"),  # was "/logoffer Tine 12000": NOK
        ("85 000 SEK", "NOK", "/logoffer Tine 85000 SEK"),
        ("2,5 MSEK", "NOK", "/logoffer Tine 2500000 SEK"),
        ("kr 1.250.000,-", "NOK", "/logoffer Tine 1250000 NOK"),
        ("85 tkr", "NOK", "/logoffer Tine 85000 NOK"),
        ("2,5 mill", "NOK", "/logoffer Tine 2500000"),  # no currency said: none written
        ("450'", "NOK", "/logoffer Tine 450000"),
        ("85 tkr", ForeignKrone("SEK"), "/logoffer Tine 85000"),  # a Swede's, in a NOK team
    ],
)
def test_work_for_a_colleague_is_told_with_the_amount_as_the_readers_read_it(
    said: str, krone: str, command: str
) -> None:
    theirs = for_a_colleague(
        f"Logger for Kari: tilbud til Tine {said}",
        today=TUESDAY,
        krone=krone,
        known_customers=KNOWN,
    )
    assert theirs is not None and theirs.command == command, theirs
