"""Session 59: channel messages the blind held-out sets (held59) misread. A form under a heading
that names the record ("Offert:\\nKund: Essity\\nBelopp: 275 000 kr\\nUppföljning: mån 11/1": the
step was lost; "Møtereferat\\nKunde: …\\nDato: fre 11.12": dated today); "Kundträff hos IKEA"
(nothing); a chase made on the phone ("Chased Ocado on the phone this afternoon": nothing)."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

TUESDAY = date(2026, 12, 15)
M, C, OF = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}
KNOWN = ("Sparebank 1 SR-Bank", "Essity", "Whitbread", "IKEA", "Ocado", "Tine")


def _read(text: str, language: str = "nb"):  # type: ignore[no-untyped-def]
    return recognise(
        text,
        today=TUESDAY,
        krone=KRONE[language],
        posted=time(15),
        known_customers=KNOWN,
        open_offers=set(),
    )


def _step(found) -> date | None:  # type: ignore[no-untyped-def]
    step = found.next_step or found.follow_up
    return step.due if step else None


@pytest.mark.parametrize(
    ("text", "language", "kind", "customer", "when", "amount", "step"),
    [
        ("Møtereferat 🗒️\nKunde: Sparebank 1 SR-Bank\nDato: fre 11.12\nDeltakere: meg + Jonas\nNeste: workshop 12/1",
         "nb", M, "Sparebank 1 SR-Bank", date(2026, 12, 11), None, date(2027, 1, 12)),
        ("Offert:\nKund: Essity\nBelopp: 275 000 kr\nUppföljning: mån 11/1",
         "sv", OF, "Essity", TUESDAY, 275_000, date(2027, 1, 11)),
        ("Quote out 📨\nClient: Whitbread\nValue: £1.2m\nChase: Mon 11 Jan",
         "en", OF, "Whitbread", TUESDAY, 1_200_000, date(2027, 1, 11)),
    ],
)  # fmt: skip
def test_a_form_under_a_heading_that_names_the_record(
    text, language, kind, customer, when, amount, step
) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, language)
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.SURE,
        kind,
        customer,
        when,
    )
    assert found.amount == (None if amount is None else Decimal(amount))
    assert _step(found) == step


def test_a_heading_over_fields_of_something_else_is_not_rewritten() -> None:
    from bot.services.capture.rewrites import rewritten

    text = "Møte\nKunde: Tine\nAgenda: budsjett 2027"
    assert rewritten(text, TUESDAY) == text


def test_a_customer_gathering_is_a_meeting() -> None:
    found = _read("Kundträff hos IKEA i Älmhult igår, nästa steg workshop torsdag 14 januari", "sv")
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.SURE, M, "IKEA", date(2026, 12, 14)
    )  # fmt: skip
    assert _step(found) == date(2027, 1, 14)


@pytest.mark.parametrize(
    ("text", "language", "customer"),
    [
        ("Chased Ocado on the phone this afternoon, decision by Friday", "en", "Ocado"),
        ("Purret på Tine på telefon i dag, de svarer fredag", "nb", "Tine"),
    ],
)
def test_a_chase_on_the_phone_is_a_call(text, language, customer) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, language)
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, C, customer)


@pytest.mark.parametrize(
    ("text", "language"),
    [("Chased Ocado by email this afternoon", "en"), ("Chased Ocado for the PO", "en"), ("Purret Tine på mail", "nb")],
)  # fmt: skip
def test_a_chase_not_on_the_phone_is_no_record(text, language) -> None:  # type: ignore[no-untyped-def]
    assert _read(text, language).outcome is Outcome.NOTHING


# --- round two (messages_c, read Monday 11 January 2027) ---
MONDAY = date(2027, 1, 11)


def _on_monday(text: str, language: str = "nb"):  # type: ignore[no-untyped-def]
    return recognise(
        text, today=MONDAY, krone=KRONE[language], posted=time(15), known_customers=("Tine",),
        open_offers=set(),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "when", "step"),
    [
        ("Brøndby Rør A/S: første møde i tirsdags, de er meget varme 🔥 sender tilbud på ca 120.000 kr inden fredag",
         "da", date(2027, 1, 5), date(2027, 1, 15)),
        ("Møte med Tine i går 🔥 sender tilbud fredag", "nb", date(2027, 1, 10), date(2027, 1, 15)),
        ("Met Tesco today 👍🏼 sending proposal Friday", "en", MONDAY, date(2027, 1, 15)),
    ],
)  # fmt: skip
def test_a_step_after_an_emoji_is_read_as_after_a_comma(text, language, when, step) -> None:  # type: ignore[no-untyped-def]
    found = _on_monday(text, language)
    assert (found.outcome, found.kind, found.when, _step(found)) == (Outcome.SURE, M, when, step)


def test_a_ticked_item_keeps_its_day() -> None:
    from bot.services.capture.rewrites import rewritten

    assert "✅ call" in rewritten("Mon ✅ call Vodafone\nTue ✅ meeting Vodafone", MONDAY)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nytårsforsæt: 3 møder om ugen, hver uge. Hold mig op på det 😅", "da"),
        ("Nyårslöfte: två möten om dagen", "sv"),
        ("Mål: två möten om dagen", "sv"),
        ("New year resolution: 15 calls a day", "en"),
        ("Målet for januar: 20 møter", "nb"),
    ],
)
def test_a_goal_said_as_the_heading_is_no_news(text, language) -> None:  # type: ignore[no-untyped-def]
    assert _on_monday(text, language).outcome is Outcome.NOTHING


@pytest.mark.parametrize("text", ["Mål nådd: vant Tine 2 mill!", "Target hit - won Tine 20k"])
def test_a_goal_reached_with_its_record_is_the_record(text: str) -> None:
    found = _on_monday(text)
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, ActivityKind.WIN, "Tine")


# --- the review of the session's rules ---
@pytest.mark.parametrize(
    ("text", "kind", "customer"),
    [
        ("Mål i boks: vant Tine, 2 mill!", ActivityKind.WIN, "Tine"),
        ("Årets mål: nådd 🎉 Signerte Tine i dag, 3 mill", ActivityKind.WIN, "Tine"),
        ("Forsett: møtte Tine i dag", M, "Tine"),
    ],
)
def test_news_under_a_goals_heading_is_the_news(text, kind, customer) -> None:  # type: ignore[no-untyped-def]
    found = _on_monday(text)
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, kind, customer)


@pytest.mark.parametrize(
    ("text", "language"),
    [("Kundträff i Stockholm idag, 25 kunder. Bra dag", "sv"), ("Kundetreff i Oslo i går, 30 kunder kom", "nb")],
)  # fmt: skip
def test_a_customer_event_is_no_meeting(text, language) -> None:  # type: ignore[no-untyped-def]
    assert _on_monday(text, language).outcome is Outcome.NOTHING


def test_notes_alone_is_no_meetings_heading() -> None:
    from bot.services.capture.rewrites import rewritten

    text = "Notes:\nCustomer: Telenor\nValue: 2m\nNext: contract"
    assert rewritten(text, MONDAY) == text


def test_a_forms_danish_and_swedish_labels_are_read() -> None:
    found = _read("Møde\nKunde: Sparebank 1 SR-Bank\nDato: i går\nNæste: tilbud fredag", "da")
    assert (found.outcome, found.kind, found.when, _step(found)) == (
        Outcome.SURE, M, date(2026, 12, 14), date(2026, 12, 18)
    )  # fmt: skip
