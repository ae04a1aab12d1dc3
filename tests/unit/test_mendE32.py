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


def test_a_plans_undo_value_reads_back_and_a_bad_one_reads_as_none() -> None:
    from datetime import time

    from bot.rendering.blocks import plan_undo_read, plan_undo_value
    from bot.services.recording import PlanMade

    made = PlanMade(7, ("demo", date(2026, 12, 3), time(10)), ("møte", date(2026, 12, 4), None))
    value = plan_undo_value(made, ("C1", "1.2"))
    assert value is not None and plan_undo_read(value) == (made, ("C1", "1.2"))
    new = PlanMade(8, ("møte", date(2026, 12, 3), None), None, new_customer=True)
    assert plan_undo_read(plan_undo_value(new, None)) == (new, None)
    for bad in ("plan:", "plan:[1]", "plan:{x", "12", None, "all:1,2"):
        assert plan_undo_read(bad) is None, bad
    long = PlanMade(9, ("x" * 1990, date(2026, 12, 3), None), None)
    assert plan_undo_value(long, None) is None  # no Undo rather than a value Slack refuses
