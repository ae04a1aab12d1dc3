"""views33, through the app: a reply that fails AFTER its unit of work committed says what was
stored (never "nothing was stored"), and the request is never stored twice."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.rendering import replies
from tests.helpers import (
    MANAGER,
    SELLER,
    buttons,
    click,
    post,
    set_up_team,
    stored,
    text_of,
)

WEDNESDAY = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # 10:00 in Oslo


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    return set_up_team(slack, locale="nb-NO")


def _broken(*_args: object, **_kw: object) -> None:
    raise RuntimeError("a template bug")


def _rows(team):  # type: ignore[no-untyped-def]
    return sorted((r["kind"], r["customer"], str(r["date"])) for r in stored(team))


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("en-GB", "Logged: meeting with *Equinor*, Wed 2 Dec 2026. (I could not show"),
        ("nb-NO", "Registrert: møte med *Equinor*, ons. 2. des. 2026. (Jeg fikk ikke vist"),
    ],
)
def test_a_command_whose_confirmation_fails_to_render_says_what_was_stored(
    team, monkeypatch: pytest.MonkeyPatch, locale: str, said: str
) -> None:  # type: ignore[no-untyped-def]
    """Was: "Something went wrong on our side and nothing was stored" of a meeting stored."""
    set_up_team(team, locale=locale)
    monkeypatch.setattr(replies, "summary", _broken)
    reply = text_of(team.driver.command("/logmeeting", "Equinor", SELLER).reply())
    team.wait_idle()
    assert said in reply.replace("\xa0", " "), reply
    assert "nothing was stored" not in reply.lower() and "ingenting ble" not in reply.lower()
    assert _rows(team) == [("meeting", "Equinor", "2026-12-02")]


@pytest.mark.backends("sqlite")
def test_any_error_after_the_commit_says_it_was_stored(
    team, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The general rule (bot.errors.error_message): whatever fails after the commit, outside the
    confirmation's own renderer, is said as stored, never as "nothing was stored"."""
    from bot.listeners.commands import log

    monkeypatch.setattr(log, "log_reply", _broken)
    reply = text_of(team.driver.command("/logcall", "Equinor", SELLER).reply())
    team.wait_idle()
    assert "Det du gjorde ble lagret" in reply, reply
    assert "nothing was stored" not in reply.lower()
    assert _rows(team) == [("call", "Equinor", "2026-12-02")]


@pytest.mark.backends("sqlite")
def test_a_click_whose_confirmation_fails_to_render_says_what_was_stored(
    team, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    [asked] = post(team, "Ringte Telenor x3", "1764669600.000100", user=MANAGER)
    [record] = [b for b in buttons(asked.params) if b["value"].endswith("|record")]
    monkeypatch.setattr(replies, "summary", _broken)
    reply = click(team, MANAGER, record, idle=True)
    said = text_of(reply.reply()).replace("\xa0", " ")
    assert "*Telenor*" in said and "3 ×" in said, said
    assert "nothing was stored" not in said.lower() and "ingenting ble lagret" not in said.lower()
    click(team, MANAGER, record, idle=True)  # clicked again: stored once
    assert _rows(team) == [("call", "Telenor", "2026-12-02")] * 3


@pytest.mark.backends("sqlite")
def test_a_channel_message_whose_confirmation_fails_to_render_says_what_was_stored(
    team, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(replies, "summary", _broken)
    told = post(team, "Vant Nammo 320k", "1764669601.000100")
    said = "\n".join(text_of(t.params) for t in told).replace("\xa0", " ")
    assert "Registrert: vunnet avtale med *Nammo*, ons. 2. des. 2026." in said, said
    assert "nothing was stored" not in said.lower() and "ingenting ble lagret" not in said.lower()
    assert [r[:2] for r in _rows(team)] == [("win", "Nammo")]


@pytest.mark.backends("sqlite")
def test_a_database_error_after_the_commit_is_never_held_to_be_stored_again(
    team, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A database that goes away between the commit and the reply: the message was stored, so
    it is not held for the spool to store a second time when the database is back (was: held,
    replayed, the win counted twice), and its author is told it was stored."""
    from sqlalchemy.exc import OperationalError

    from bot.listeners.events import messages

    def gone(*_args: object, **_kw: object) -> None:
        raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))

    monkeypatch.setattr(messages, "_tell", gone)  # after the commit
    told = post(team, "Vant Nammo 320k", "1764669602.000100")
    said = "\n".join(text_of(t.params) for t in told)
    assert "Det du gjorde ble lagret" in said, said
    assert team.replayer.spool.pending() == []
    team.replayer.run_once()
    team.wait_idle()
    assert [r[:2] for r in _rows(team)] == [("win", "Nammo")]
