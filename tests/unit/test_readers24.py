"""Session 24 (readers24), what the readers still dropped or misread:
- a time on a next step with no action word ("neste steg fredag kl 10", "next step Friday at
  10") was dropped: the step is the follow-up the seller most likely means, at that time;
- a lone "Møte Orkla" / "Möte Volvo" / "Meeting Tesco" in the channel recorded nothing, unsaid:
  asked as a meeting with the known customer today (chatter and questions keep their silence)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot import i18n
from bot.domain import ActivityKind
from bot.rendering.replies import _step_said
from bot.services.capture import Outcome, recognise
from bot.services.commands import parse_log_command

MEETING = ActivityKind.MEETING
THURSDAY = date(2026, 12, 3)  # Friday is 4 December


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Orkla neste steg fredag kl 10", "follow-up kl 10"),
        ("Orkla neste steg: fredag kl. 10", "follow-up kl. 10"),
        ("Orkla varm, neste steg fredag kl 10", "follow-up kl 10"),
        ("Orkla nesta steg fredag kl 10", "follow-up kl 10"),  # a typo of neste
        ("Volvo nästa steg fredag kl. 10", "follow-up kl. 10"),
        ("Volvo nästa steg på fredag 10:00", "follow-up 10:00"),
        ("Mærsk næste skridt fredag kl 10", "follow-up kl 10"),
        ("Mærsk næste trin fredag kl. 10.30", "follow-up kl. 10.30"),
        ("Tesco next step Friday at 10", "follow-up at 10"),
        ("Tesco next step on Friday at 10am", "follow-up at 10am"),
        ("Tesco next step Fri 10:00", "follow-up 10:00"),
    ],
)
def test_a_next_step_s_time_without_an_action_word_is_kept(text: str, what: str) -> None:
    step = parse_log_command(MEETING, text, today=THURSDAY, krone="NOK").next_step
    assert step is not None and (step.what, step.due) == (what, date(2026, 12, 4))


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Orkla neste steg fredag", "follow-up"),  # no time: as before
        ("Orkla følger opp fredag kl 10", "følger opp kl 10"),  # its own words: as before
        ("Orkla neste møte fredag kl 10", "møte kl 10"),
    ],
)
def test_a_step_s_own_words_stay(text: str, what: str) -> None:
    step = parse_log_command(MEETING, text, today=THURSDAY, krone="NOK").next_step
    assert step is not None and step.what == what


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nb", "oppfølging kl 10"),
        ("sv", "uppföljning kl 10"),
        ("da", "opfølgning kl 10"),
        ("en", "follow-up kl 10"),
    ],
)
def test_the_follow_up_chosen_is_said_in_the_seller_s_language(language: str, said: str) -> None:
    assert _step_said(i18n.translations(language), "follow-up kl 10") == said
    assert _step_said(i18n.translations(language), "følger opp kl 10") == "følger opp kl 10"


KNOWN = ["Orkla", "Tine", "Volvo", "Tesco", "Mærsk", "Aker BP"]


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Møte Orkla", "Orkla"),
        ("møte orkla", "Orkla"),
        ("Møte Orkla!", "Orkla"),
        ("Mote Orkla", "Orkla"),  # typed without ø
        ("Möte Volvo", "Volvo"),
        ("Møde Tine", "Tine"),
        ("Møde Mærsk.", "Mærsk"),
        ("Meeting Tesco", "Tesco"),
        ("Mtg Tesco", "Tesco"),
        ("Møte Aker BP", "Aker BP"),
    ],
)
def test_a_lone_meeting_with_a_known_customer_is_asked(text: str, customer: str) -> None:
    got = recognise(text, today=THURSDAY, known_customers=KNOWN, posted=time(10))
    assert (got.outcome, got.kind, got.customer, got.when, got.complete) == (
        Outcome.LIKELY,
        MEETING,
        customer,
        THURSDAY,
        True,
    ), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Møte Orkla?",  # a question
        "Hei! Møte Orkla",  # not alone
        "Møte Nyco",  # no known customer: a header, a room, a plan
        "Meeting room",
        "God morgen!",
        "Møte",
    ],
)
def test_chatter_and_unknown_names_keep_their_silence(text: str) -> None:
    got = recognise(text, today=THURSDAY, known_customers=KNOWN, posted=time(10))
    assert got.outcome is Outcome.NOTHING, got
