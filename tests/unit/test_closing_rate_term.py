"""The closing rate has one name per language, in every string that names it (labels, plans,
errors, help): a Swede reads "avslutsgrad", a Dane "hitrate", a Norwegian "treffprosent"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

LOCALE = Path(__file__).parents[2] / "bot" / "locale"
TERM = {"nb": "treffprosent", "sv": "avslutsgrad", "da": "hitrate"}
# Every other name the rate has gone by in these catalogs, or could.
OTHERS = {
    "nb": r"hitrate|treffrate|avslutningsgrad|vinnrate",
    "sv": r"träffprocent|hitrate|vinstfrekvens|avslutsfrekvens",
    "da": r"lukkerate|lukningsrate|træfprocent|afslutningsrate",
}


def _messages(language: str):  # type: ignore[no-untyped-def]
    with (LOCALE / language / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        for message in read_po(fh):
            if message.id:
                ids = message.id if isinstance(message.id, tuple) else (message.id,)
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                yield " ".join(ids), " ".join(strings)


@pytest.mark.parametrize("language", sorted(TERM))
def test_the_closing_rate_has_one_name(language: str) -> None:
    naming = [
        (english, translated)
        for english, translated in _messages(language)
        if re.search(r"closing rate|\bClosing\b", english)
    ]
    assert len(naming) >= 15  # labels, plans, errors, help: the rule has something to check
    for english, translated in naming:
        assert TERM[language] in translated.lower(), (english, translated)
    for english, translated in _messages(language):
        assert not re.search(OTHERS[language], translated, re.IGNORECASE), (english, translated)
