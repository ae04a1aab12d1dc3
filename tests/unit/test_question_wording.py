"""A question about a channel message names the kind with the article it takes, in each language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.rendering.replies import question_reply
from bot.rendering.text import message_text
from bot.services.questions import Question

TODAY = date(2026, 11, 20)


def _asked(language: str, kind: str, amount: Decimal | None = None) -> str:
    params = {
        "kind": kind,
        "customer": "Equinor",
        "amount": amount,
        "currency": "NOK",
        "when": TODAY,
        "today": TODAY,
        "due": None,
    }
    return message_text(question_reply(language, Question("t", "capture", params, ("record",))))


@pytest.mark.parametrize(
    ("language", "kind", "expected"),
    [
        ("en", "offer", "Record this as *an offer* to *Equinor*"),  # was "a *offer*"
        ("en", "meeting", "Record this as *a meeting* with *Equinor*"),
        ("en", "loss", "Record this as *a lost deal* with *Equinor*"),
        ("nb", "meeting", "Registrere dette som *et møte* med *Equinor*"),
        ("nb", "call", "Registrere dette som *en samtale* med *Equinor*"),
        ("sv", "offer", "Registrera detta som *en offert* till *Equinor*"),
        ("sv", "meeting", "Registrera detta som *ett möte* med *Equinor*"),
        ("da", "win", "Registrere dette som *en vundet aftale* med *Equinor*"),
    ],
)
def test_the_kind_takes_its_article(language: str, kind: str, expected: str) -> None:
    assert expected in _asked(language, kind), _asked(language, kind)
    assert expected in _asked(language, kind, Decimal("250000"))
