"""Session 26 (flows26): a next step with a day and a time of day reads as one says it, its day
and time in Babel's formats for the language: "møte fre. 4.12. kl. 10:00", "möte fre 4/12 kl.
10:00", "møde fre. 4.12 kl. 10.00", "meeting Fri 4 Dec at 10:00" (was "møte 10:00 innen fre. 4.
des. 2026": the time before the day, and "by" a time that is an appointment). In the nudge DM
(a step planned, a step gone by) and in the confirmation that comes in it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from bot import i18n
from bot.rendering.nudge import nudge_message
from bot.rendering.replies import logged_reply
from bot.rendering.text import message_text
from bot.services.activities import Logged
from bot.services.read_models import LeadLine

FRIDAY = date(2026, 12, 4)
STEPS = {  # the step's words; as said with its day and time
    "nb": ("møte", "møte fre. 4.12. kl. 10:00"),
    "sv": ("möte", "möte fre 4/12 kl. 10:00"),
    "da": ("møde", "møde fre. 4.12 kl. 10.00"),  # CLDR's Danish "d.M", no closing dot
    "en": ("meeting", "meeting Fri 4 Dec at 10:00"),
}
PLANNED = {
    "nb": "Neste steg planlagt: ",
    "sv": "Nästa steg planerat: ",
    "da": "Næste skridt planlagt: ",
    "en": "Next step planned: ",
}
PASSED = {
    "nb": "neste steg ({}) er passert",
    "sv": "nästa steg ({}) har passerat",
    "da": "næste skridt ({}) er passeret",
    "en": "the next step ({}) has passed",
}
CONFIRMED = {
    "nb": "Neste steg: ",
    "sv": "Nästa steg: ",
    "da": "Næste skridt: ",
    "en": "Next step: ",
}


@pytest.mark.parametrize("language", list(STEPS))
def test_a_step_with_a_day_and_a_time_is_said_as_one_says_it(language: str) -> None:
    what, said = STEPS[language]
    assert i18n.step_when(what, FRIDAY, time(10, 0), language) == said


def _lead(what: str, due: date, at: time | None) -> LeadLine:
    return LeadLine(
        1, "Tine", "open", "warm", None, None, what, due, None,
        datetime(2026, 11, 20, tzinfo=UTC), date(2026, 11, 20), next_step_time=at,
    )  # fmt: skip


@pytest.mark.parametrize("language", list(STEPS))
def test_the_dm_says_a_planned_step_with_its_day_and_time(language: str) -> None:
    what, said = STEPS[language]
    text = message_text(nudge_message(language, [_lead(what, FRIDAY, time(10))], date(2026, 12, 1)))
    assert PLANNED[language] + said in text, text


@pytest.mark.parametrize("language", list(STEPS))
def test_the_dm_says_a_step_gone_by_with_its_day_and_time(language: str) -> None:
    what, said = STEPS[language]
    text = message_text(nudge_message(language, [_lead(what, FRIDAY, time(10))], date(2026, 12, 8)))
    assert PASSED[language].format(said) in text, text


def test_a_step_without_a_time_keeps_its_words_and_its_whole_day() -> None:
    text = message_text(nudge_message("nb", [_lead("møte", FRIDAY, None)], date(2026, 12, 8)))
    assert "neste steg (møte) hadde frist fre. 4. des. 2026" in text, text


@pytest.mark.parametrize("language", list(STEPS))
def test_the_confirmation_says_the_step_with_its_day_and_time(language: str) -> None:
    what, said = STEPS[language]
    logged = Logged(
        7, "meeting", "Tine", date(2026, 12, 1), None, None, "warm", what, FRIDAY, None, None,
        next_time=time(10, 0),
    )  # fmt: skip
    text = message_text(logged_reply(language, logged))
    assert CONFIRMED[language] + said in text, text
    assert " innen " not in text and " by " not in text and " senast " not in text, text
