"""An error's text is followed by its example on a line of its own ("Example: `…`",
templates/error.mrkdwn.j2), so no text ends with "for example:" in any language (it read
"… type it without the period, for example:" then "Example: `/kpi plan @kari`"), and a day
shown as an example is in code, never ended by the sentence's own full stop ("Adecco 24.7..")."""

from __future__ import annotations

import re

import pytest

from bot import i18n
from bot.errors import MESSAGES
from bot.rendering.replies import error_reply
from tests.helpers import text_of

_FOR_EXAMPLE = re.compile(r"(for example|for eksempel|till exempel|for eksempel)\s*:\s*$", re.I)


@pytest.mark.parametrize("language", ["en", "nb", "sv", "da"])
def test_no_error_text_ends_with_its_own_for_example(language: str) -> None:
    t = i18n.translations(language)
    ending = [code for code, text in MESSAGES.items() if _FOR_EXAMPLE.search(t.gettext(text))]
    assert ending == [], ending


@pytest.mark.parametrize("language", ["en", "nb", "sv", "da"])
def test_a_dotted_day_in_the_name_or_day_question_is_not_doubled(language: str) -> None:
    said = text_of(
        error_reply(
            language,
            "name_or_day",
            {"day": "24/7", "date": "fre. 24. juli", "customer": "Adecco", "dotted": "24.7."},
            "offer",
        )
    )
    assert "24.7.." not in said and "`Adecco 24.7.`" in said, said
