"""mendC29 (review29 items 8 and 10): "Record all" says what it stored and what waits for an
answer, in each language (was "Recorded all 0:", or "Recorded all 2:" of a list of 4); one
question for the rows one answer settles names each amount or customer it answers for. The
conversation itself: tests/slack/test_mendC29.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.rendering.replies import logged_all_reply, question_reply
from bot.services.activities import Logged, LoggedAll
from bot.services.questions import Question

MONDAY = date(2026, 11, 23)
COOP = ("offer", "Coop", date(2026, 11, 25), 1, Decimal(85000), None, False)
NETTO = ("win", "Netto", date(2026, 11, 27), 1, Decimal(40000), None, False)
CURRENCY = Question(
    "t1",
    "bare_currency",
    {"number": 85000, "numbers": [85000, 40000], "krone": "DKK", "team_currency": "NOK"},
    ("currency:DKK", "currency:NOK", "cancel"),
)
SAID = {  # (some stored, none stored, waiting)
    "nb": ("Registrerte 1 av 3:", "Ingenting er registrert ennå.", "Venter på svaret ditt først"),
    "sv": ("Registrerade 1 av 3:", "Inget är registrerat än.", "Väntar på ditt svar först"),
    "da": ("Registreret 1 af 3:", "Intet er registreret endnu.", "Venter på dit svar først"),
    "en": ("Recorded 1 of 3:", "Nothing is recorded yet.", "Waiting for your answer first"),
}


def _text(message: dict) -> str:  # type: ignore[type-arg]
    return "\n".join(
        b["text"]["text"] for b in message.get("blocks", []) if isinstance(b.get("text"), dict)
    ) or str(message.get("text"))


@pytest.mark.parametrize("language", list(SAID))
@pytest.mark.parametrize("stored", [1, 0])
def test_record_all_says_what_it_stored_and_what_waits(language: str, stored: int) -> None:
    some, none, waits = SAID[language]
    salling = Logged(1, "meeting", "Salling", MONDAY, None, None, None, None, None, None, None)
    done = LoggedAll((salling,)[:stored], (CURRENCY,), waiting=(COOP, NETTO))
    text = _text(logged_all_reply(language, done))
    assert (some if stored else none) in text, text
    assert waits in text and "Coop" in text and "Netto" in text, text
    assert " 0:" not in text and " all " not in text and " alle " not in text, text
    assert ("Salling" in text) == bool(stored), text


@pytest.mark.parametrize("language", list(SAID))
def test_one_currency_question_names_each_amount_and_offers_the_currencies(language: str) -> None:
    message = question_reply(language, CURRENCY)
    text = _text(message).replace("\xa0", " ")
    assert "85" in text and "40" in text and text.index("85") < text.index("40"), text
    labels = [
        e["text"]["text"]
        for b in message["blocks"]
        for e in b.get("elements", [])
        if e.get("type") == "button"
    ]
    assert labels[:2] == ["DKK", "NOK"], labels
