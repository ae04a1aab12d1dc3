"""mendB30 (review30's items): ranges and offers in channel messages, "fika".

1. An offer with a range in a channel message ("Skickade offert till Volvo 1,2–1,5 mkr",
   "Sent Boots a quote today, £30-40k") was asked with Edit / Not a sale only (nothing to
   store), and "…, £30-40k, will chase w/b 14th Dec" as an offer planned on 14 Dec: asked low,
   middle or high, as /logoffer asks it, the range kept as the note, the chase its next step.
2. "Offert till Volvo 1,2–1,5 mkr" (the noun, no verb, a range) was nothing: asked.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from bot.domain import ActivityKind, Source
from bot.rendering.replies import question_reply
from bot.services import questions
from bot.services.activities import range_in_message
from bot.services.capture import KnownCustomers, Outcome, recognise
from bot.services.commands import parse_log_command
from bot.services.log_questions import AMOUNT_RANGE, which_day_question
from bot.services.questions import Question
from tests.unit.steps30_reading import KRONE, read, who

TODAY = date(2026, 12, 1)  # a Tuesday


def _found(text: str, language: str):
    return recognise(
        text, today=TODAY, krone=KRONE[language], currency=KRONE[language],
        known_customers=KnownCustomers.of([]), open_offers=set(), posted=time(11, 0),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "customer", "low", "high", "currency", "step"),
    [
        ("Skickade offert till Volvo 1,2–1,5 mkr", "sv", "Volvo", 1200000, 1500000, "SEK", None),
        ("Sent Boots a quote today, £30-40k", "en", "Boots", 30000, 40000, "GBP", None),
        (
            "Sent Boots a quote, £30-40k, will chase w/b 14th Dec",
            "en", "Boots", 30000, 40000, "GBP", date(2026, 12, 18),
        ),
        ("Offert till Volvo 1,2–1,5 mkr", "sv", "Volvo", 1200000, 1500000, "SEK", None),
        ("Offer to Boots £30-40k", "en", "Boots", 30000, 40000, "GBP", None),
        ("Sendte tilbud til Tine 250-300k", "nb", "Tine", 250000, 300000, None, None),
        ("Vant Tine 250-300k i dag", "nb", "Tine", 250000, 300000, None, None),
    ],
)  # fmt: skip
def test_an_offer_with_a_range_in_a_message_is_asked_which_end(
    text: str, language: str, customer: str, low: int, high: int, currency: str | None,
    step: date | None,
) -> None:  # fmt: skip
    found = _found(text, language)
    assert found.outcome is Outcome.LIKELY
    assert found.kind is (ActivityKind.WIN if text.startswith("Vant") else ActivityKind.OFFER)
    assert found.customer == customer and not found.planned
    asked = range_in_message(who(language, TODAY), found.command(), text)
    assert asked is not None
    needs, cmd = asked
    assert needs.code == AMOUNT_RANGE
    assert needs.options == ("range:low", "range:middle", "range:high", questions.NOT_A_SALE)
    assert needs.params["low"] == low and needs.params["high"] == high
    assert needs.params["middle"] == Decimal(low + high) / 2
    assert cmd.when == TODAY and cmd.customer == customer and cmd.currency == currency
    assert cmd.note is not None and cmd.note.startswith(needs.params["said"])
    assert (cmd.next_step.due if cmd.next_step else None) == step
    pending = questions.Pending(cmd, Source.MESSAGE, "msg:C1:1", questions.Answers(),
                                AMOUNT_RANGE, needs.params, needs.options)  # fmt: skip
    stored, _ = questions.apply(pending, "range:low")
    assert stored.amount == low and stored.kind is found.kind


@pytest.mark.parametrize(
    "text",
    ["Skickade offert till Volvo 1,2 mkr", "Sent Boots a quote today"],
)
def test_no_range_no_range_question(text: str) -> None:
    found = _found(text, "sv")
    assert found.kind is ActivityKind.OFFER
    assert range_in_message(who("sv", TODAY), found.command(), text) is None


@pytest.mark.parametrize("text", ["Offert till Volvo", "Tilbud til Tine kl 12-14"])
def test_an_offer_noun_alone_without_an_amount_stays_nothing(text: str) -> None:
    assert _found(text, "sv").outcome is Outcome.NOTHING


# 3. A fika, a coffee, a lunch with a customer is a meeting; "fika" alone or with a colleague
# is chatter
@pytest.mark.parametrize(
    "text",
    [
        "Fika med Ikea idag, mkt positivt",
        "Fikade med Ikea idag",
        "Coffee with Boots today",
        "Kaffe med Ikea i dag",
        "Lunsj med Orkla i dag",
        "Lunch med Ikea idag",
        "frokost med Lego i dag",
    ],
)
def test_a_fika_with_a_customer_is_a_meeting_asked(text: str) -> None:
    found = _found(text, "sv")
    assert found.outcome is Outcome.LIKELY and found.kind is ActivityKind.MEETING
    assert found.customer in ("Ikea", "Boots", "Orkla", "Lego") and found.when == TODAY


@pytest.mark.parametrize(
    "text",
    ["fika", "Fika med Per", "fika med kollegorna", "Fika med teamet idag", "Fika med mamma"],
)
def test_fika_alone_or_with_a_colleague_is_chatter(text: str) -> None:
    assert _found(text, "sv").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "customer", "when", "note"),
    [
        ("Fika med Ikea", "Ikea", TODAY, "Fika"),
        ("Fika med Ikea igår, varm", "Ikea", date(2026, 11, 30), "Fika"),
        ("Fikade med Ikea idag", "Ikea", TODAY, "Fikade"),
        ("Coffee with Boots today", "Boots", TODAY, "Coffee"),
        ("lunsj med Tine i går -- bra prat", "Tine", date(2026, 11, 30), "lunsj; bra prat"),
        ("Lunch med Ikea", "Ikea", TODAY, "Lunch"),
        ("Frokostmøde med Lego i dag", "Lego", TODAY, "Frokostmøde"),
        ("frokost med Lego", "Lego", TODAY, "frokost"),
    ],
)
def test_logmeeting_a_fika_with_a_customer_keeps_the_word_as_its_note(
    text: str, customer: str, when: date, note: str
) -> None:
    cmd = parse_log_command(ActivityKind.MEETING, text, today=TODAY, krone="SEK", language="sv")
    assert (cmd.customer, cmd.when, cmd.note, cmd.unread) == (customer, when, note, None)


def test_a_christmas_party_is_still_asked() -> None:
    text = "julefrokost med Netto i fredags"
    cmd = parse_log_command(ActivityKind.MEETING, text, today=TODAY, krone="DKK", language="da")
    assert cmd.customer == "Netto" and cmd.unread == "julefrokost med"


# 4. "/logoffer Kiwi 200k i januar" said in December: the date picker in the blocks (opened on
# last January's first working day), the amount shown (was asked without it)
def _elements(message: dict) -> list[dict]:
    return [
        element
        for block in message["blocks"]
        for element in (block.get("elements") or [block.get("accessory") or {}])
    ]


@pytest.mark.parametrize(
    ("language", "text", "shown"),
    [
        ("nb", "Kiwi 200k i januar", "200 000"),
        ("en", "Boots £30k in January", "GBP 30,000"),
        ("nb", "Bama kr 150 000 i november", "kr 150 000"),
    ],
)
def test_an_offers_day_question_carries_its_picker_and_shows_its_amount(
    language: str, text: str, shown: str
) -> None:
    asked = read("offer", text, language, TODAY).asked
    assert asked is not None and asked.code == "which_day_pick"
    message = question_reply(language, Question("tok", asked.code, asked.params, asked.options))
    said = " ".join(str(b.get("text", {}).get("text", "")) for b in message["blocks"])
    assert shown in said.replace("\u00a0", " "), said
    if asked.code == "which_day_pick":
        pickers = [e for e in _elements(message) if e.get("type") == "datepicker"]
        assert (
            len(pickers) == 1 and pickers[0]["initial_date"] == asked.params["initial"].isoformat()
        )


def test_an_offers_day_buttons_show_its_amount() -> None:
    """ "/logoffer Tine 200k forrige uke": a button a day, the amount shown with them."""
    cmd = parse_log_command(ActivityKind.OFFER, "Tine 200k", today=TODAY, krone="NOK")
    asked = which_day_question(cmd, (date(2026, 11, 23), date(2026, 11, 24)), said="forrige uke")
    message = question_reply("nb", Question("tok", asked.code, asked.params, asked.options))
    said = " ".join(str(b.get("text", {}).get("text", "")) for b in message["blocks"])
    assert "200\u00a0000" in said or "200 000" in said, said


# A range in thousands written with an apostrophe ("450-500'", as "450'" is read): asked in a
# command and in a message alike (was bad_amount, and no range in the message), its note
# without the comma after it
@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Coop 450-500'", "450-500'"),
        ("Coop 450-500', varm", "450-500'"),
        ("Posten 250-300k, varm", "250-300k"),
    ],
)
def test_a_range_in_thousands_with_an_apostrophe_is_asked(text: str, note: str) -> None:
    asked = read("offer", text, "nb", TODAY)
    assert asked.asked is not None and asked.asked.code == AMOUNT_RANGE
    assert (asked.asked.params["low"], asked.asked.params["high"]) == (
        Decimal(int(note[:3]) * 1000),
        Decimal(int(note[4:7]) * 1000),
    )
    assert asked.cmd.note == note


def test_a_message_range_in_thousands_with_an_apostrophe_is_asked() -> None:
    text = "Tilbud sendt Bama 450-500'"
    found = _found(text, "nb")
    asked = range_in_message(who("nb", TODAY), found.command(), text)
    assert asked is not None and (asked[0].params["low"], asked[0].params["high"]) == (
        450000,
        500000,
    )
