"""`/kpi language`: a seller's own language, wherever they read privately (answers, App Home,
nudges, the weekly summary, a hand-over's DM, a manager's notes); the team's channel keeps the
team's. Lars's Slack is in its default English (US) in a Norwegian team (Kari set it up), so
without a choice he reads Norwegian."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from freezegun import freeze_time

from bot.services.sellers import LANGUAGE_CHOICES
from storage.db import make_session_factory, session_scope
from storage.models import Seller
from tests.helpers import command_reply, set_up_team, text_of
from tests.slack.test_digest import _jobs

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"


@pytest.fixture
def norwegian(slack):  # type: ignore[no-untyped-def]
    return set_up_team(slack, locales={KARI: "nb-NO", LARS: "en-US"}, reset=False)


def _chosen(slack, user: str = LARS) -> str | None:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as s:
        return s.query(Seller).filter_by(slack_user_id=user).one().language


def _dms(slack, user: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        text_of(c.params)
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == user
    ]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_personal_language_wins_wherever_the_seller_reads_privately(norwegian, clock) -> None:  # type: ignore[no-untyped-def]
    slack = norwegian
    clock.set(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    assert "Logget et *møte* med *Equinor*" in command_reply(
        slack, LARS, "/logmeeting", "Equinor warm"
    )
    said = command_reply(slack, LARS, "/kpi", "language english")
    assert "I write to you in English from now on" in said, said
    assert _chosen(slack) == "en"
    assert "Logged a *meeting* with *Acme*" in command_reply(
        slack, LARS, "/logmeeting", "Acme warm"
    )
    assert "This week" in command_reply(slack, LARS, "/kpi"), command_reply(slack, LARS, "/kpi")
    slack.api.reset()
    slack.driver.event({"type": "app_home_opened", "user": LARS, "channel": "D0X", "tab": "home"})
    home = slack.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"]
    assert "Warm leads without a next step" in text_of(home), text_of(home)
    # A lead handed to him: the DM in his language; Kari's own answer in hers.
    command_reply(slack, KARI, "/logoffer", "Orkla 100k")
    slack.api.reset()
    kari = command_reply(slack, KARI, "/kpi", f"customer Orkla owner <@{LARS}|lars>")
    assert "er overført" in kari, kari
    [notice] = _dms(slack, LARS)
    assert "You own *Orkla* now" in notice, notice
    # The digest in the channel stays Norwegian; his summary and his nudge are English.
    slack.api.reset()
    with freeze_time(datetime(2026, 11, 23, 7, 0, tzinfo=UTC)):
        _jobs(slack).tick()
    slack.wait_idle()
    channel = [
        text_of(c.params)
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == CHANNEL
    ]
    assert channel and "Uke 47" in channel[0], channel
    [summary] = _dms(slack, LARS)
    assert "Your week 47" in summary, summary
    [kari_summary] = _dms(slack, KARI)
    assert "Uke 47" in kari_summary or "uke 47" in kari_summary, kari_summary
    slack.api.reset()
    with freeze_time(datetime(2026, 11, 23, 8, 0, tzinfo=UTC)):
        _jobs(slack).nudge_pass()
    [nudge] = _dms(slack, LARS)
    assert "next step" in nudge, nudge
    # auto: back to what Slack and the team say.
    said = command_reply(slack, LARS, "/kpi", "language auto")
    assert "norsk (bokmål)" in said and "Språket ditt" in said, said
    assert _chosen(slack) is None
    assert "Logget et *møte* med *Hydro*" in command_reply(slack, LARS, "/logmeeting", "Hydro")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("en", "en"), ("english", "en"), ("engelsk", "en"), ("Engelska", "en"),
        ("nb", "nb"), ("norsk", "nb"), ("bokmål", "nb"), ("Norwegian", "nb"),
        ("sv", "sv"), ("svenska", "sv"), ("på svenska", "sv"), ("Swedish", "sv"),
        ("da", "da"), ("dansk", "da"), ("danska", "da"), ("til dansk", "da"),
    ],
)  # fmt: skip
def test_the_words_for_a_language(norwegian, typed: str, code: str) -> None:  # type: ignore[no-untyped-def]
    slack = norwegian
    said = command_reply(slack, LARS, "/kpi", f"language {typed}")
    assert _chosen(slack) == code, said
    assert said.startswith(":white_check_mark:"), said


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("word", ["språk", "sprog", "language"])
def test_the_subcommand_in_each_language(norwegian, word: str) -> None:  # type: ignore[no-untyped-def]
    command_reply(norwegian, LARS, "/kpi", f"{word} svenska")
    assert _chosen(norwegian) == "sv"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("typed", ["klingon", "", "english norsk", "fr"])
def test_a_language_not_known_is_refused_with_an_example(norwegian, typed: str) -> None:  # type: ignore[no-untyped-def]
    slack = norwegian
    command_reply(slack, LARS, "/kpi", "language english")
    said = command_reply(slack, LARS, "/kpi", f"language {typed}")
    assert "`/kpi language sv`" in said and "auto" in said, said
    assert _chosen(slack) == "en"  # unchanged


def test_every_choice_is_a_language_kpibot_writes() -> None:
    assert set(LANGUAGE_CHOICES) == {"en", "nb", "sv", "da", "auto"}
    words = [w for names in LANGUAGE_CHOICES.values() for w in names]
    assert len(words) == len(set(words))  # no word means two languages


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_help_lists_it(norwegian) -> None:  # type: ignore[no-untyped-def]
    command_reply(norwegian, LARS, "/kpi", "language en")
    assert "`/kpi language sv`" in command_reply(norwegian, LARS, "/kpi", "help")


def test_the_language_is_named_as_its_own_language_writes_it(slack) -> None:  # type: ignore[no-untyped-def]
    """ "på Svenska" mid-sentence was wrong: nb, sv and da write a language's name small."""
    said = text_of(slack.driver.command("/kpi", "language svenska", "U0LARS", "C0SALES").reply())
    assert "på svenska" in said and "Svenska" not in said, said
