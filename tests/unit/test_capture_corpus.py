"""The message corpus: every real-looking message records what it says, chatter records nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from bot.services.capture import capture, mention_command
from bot.services.customers import customer_key

CORPUS = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "corpus" / "messages.yaml").read_text()
)
TODAY = date(2026, 11, 20)
OPEN_OFFERS = {customer_key(n) for n in ("Nammo", "Statkraft", "Orkla")}


def test_corpus_is_big_and_in_four_languages() -> None:
    assert len(CORPUS) >= 60
    assert sum(1 for row in CORPUS if row["kind"] == "none") >= 15
    per_language = {
        lang: sum(1 for row in CORPUS if row.get("lang") == lang)
        for lang in ("en", "nb", "sv", "da")
    }
    assert all(count >= 9 for count in per_language.values()), per_language


@pytest.mark.parametrize("row", CORPUS, ids=[row["text"][:40] for row in CORPUS])
def test_corpus_message(row: dict) -> None:
    open_offers = set() if row["text"] == "Won Nammo" else OPEN_OFFERS
    found = capture(row["text"], today=TODAY, krone="NOK", open_offers=open_offers)
    if row["kind"] == "none":
        assert found is None, found
        return
    assert found is not None, row["text"]
    assert found.cmd.kind.value == row["kind"]
    assert found.cmd.customer == row["customer"]
    if "amount" in row:
        expected = None if row["amount"] is None else Decimal(row["amount"])
        assert found.cmd.amount == expected
    if "date" in row:
        assert found.cmd.when.isoformat() == row["date"] and not found.planned
    if "planned" in row:
        assert (
            found.planned
            and found.cmd.next_step
            and found.cmd.next_step.due.isoformat() == row["planned"]
        )


def test_mention_command_uses_the_slash_command_words() -> None:
    assert mention_command("<@UKPIBOT> meeting Acme warm") == ("meeting", "Acme warm")  # type: ignore[comparison-overlap]
    assert mention_command("<@UKPIBOT> møte Acme varm")[1] == "Acme varm"  # type: ignore[index]
    assert mention_command("<@UKPIBOT> hello there") is None
