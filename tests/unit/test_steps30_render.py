"""Session 30 (steps30), items 4 and 5: two renderer items (each test failed on main)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.rendering.replies import question_reply
from bot.rendering.text import render
from bot.services.questions import Question

LABELS = {
    "en": ("More: log them all", "The same, sent twice", "Log another", "It was the same"),
}


def _buttons(message: dict[str, Any]) -> list[str]:
    return [
        element["text"]["text"]
        for block in message["blocks"]
        if block.get("type") == "actions"
        for element in block["elements"]
        if element.get("type") == "button"
    ]


def _repeated(customers: list[str] | None) -> Question:
    params: dict[str, Any] = {"kind": "meeting", "customer": "Tine", "minutes": 3}
    if customers:
        params["customers"] = customers
    return Question("tok", "repeated", params, ("another", "same"))


@pytest.mark.parametrize("language", ["en", "nb", "sv", "da"])
def test_the_merged_repeated_question_says_its_buttons_in_the_plural(language: str) -> None:
    """mendC29 merged "another one, or the same?" for several pairs into one question; its
    buttons stayed "Log another" / "It was the same" (one record's words)."""
    one = _buttons(question_reply(language, _repeated(None)))
    several = _buttons(question_reply(language, _repeated(["Tine", "Orkla"])))
    assert len(one) == len(several) == 2
    assert one[0] != several[0] and one[1] != several[1], (one, several)
    if language == "en":
        assert several == ["More: log them all", "The same, sent twice"]
        assert one == ["Log another", "It was the same"]


def _logged_all(**context: Any) -> str:
    base: dict[str, Any] = {
        "rows": [["meeting", "Tine", date(2026, 12, 1), 1, None, None, False]],
        "undated_day": None,
        "undated_week": None,
        "count": 1,
        "asked": 1,
        "waiting": [],
        "plans": [],
    }
    return str(render("en", "logged_all", **{**base, **context}))


def test_the_record_all_reply_says_the_total_it_is_given() -> None:
    """The template computed its own total (`total if waiting else count + asked`): the
    renderer passes the figure, the template only says it."""
    assert "Recorded 1 of 3:" in _logged_all(total=3)
    assert "Recorded 1 of 2:" in _logged_all(total=2)
