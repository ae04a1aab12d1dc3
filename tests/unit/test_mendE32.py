"""mendE32: what a correction's question says matches its buttons: "Or was this another one?"
only beside "Log another" (views32 took that button away from an offer or win with no amount)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.rendering.replies import question_reply
from bot.rendering.text import message_text
from bot.services.questions import Question

ANOTHER = {
    "en": ("Or was this another one?", "Or were these others?"),
    "nb": ("Eller var dette en annen?", "Eller var dette andre?"),
    "sv": ("Eller var detta en annan?", "Eller var detta andra?"),
    "da": ("Eller var dette en anden?", "Eller var dette andre?"),
}
BASE = {"customer": "Telenor", "when": date(2026, 12, 2), "activity_id": 1}
# the corrections that may be asked with no "Log another": to an offer or a win with no amount
CASES = [
    {"change": "kind", "kind": "call", "new_kind": "offer", "count": 3},  # "Ringte Telenor x3"
    {"change": "kind", "kind": "meeting", "new_kind": "win"},
    {"change": "kind", "kind": "offer", "new_kind": "win"},
    {"change": "day", "kind": "offer", "day": date(2026, 12, 1)},
    {"change": "customer", "kind": "win", "new_customer": "Telia"},
    {"change": "customer", "kind": "offer", "new_customer": "Telia"},
]


@pytest.mark.parametrize("language", ["en", "nb", "sv", "da"])
@pytest.mark.parametrize("params", CASES)
def test_another_is_asked_only_beside_its_button(language: str, params: dict) -> None:
    def said(options: tuple[str, ...]) -> str:
        question = Question("tok", "correction", {**BASE, **params}, options)
        return message_text(question_reply(language, question))

    alone = said(("mend", "not_a_sale"))
    assert not any(words in alone for words in ANOTHER[language]), alone
    assert alone.rstrip().endswith(("choose.", "velger.", "väljer.", "vælger.")), alone
    beside = said(("mend", "another", "not_a_sale"))
    assert any(words in beside for words in ANOTHER[language]), beside
