"""Records that must exist once (handover14): the same meeting told both ways, by command and in
the team channel, in other words; and an edit of the message after "It was the same"."""

from __future__ import annotations

import pytest

from tests.helpers import buttons, channel_message, message_edited, stored, text_of

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
TS = "1763630030.000100"


def _setup(slack) -> None:  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.driver.command("/kpi", "setup", KARI, CHANNEL).reply()


def _post(slack, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    """Lars's message in #sales: what he was told privately."""
    slack.api.reset()
    slack.driver.event(channel_message(text, TS, user=LARS))
    slack.wait_idle()
    return [c.params for c in slack.api.calls_to("chat.postEphemeral")]


def _click(slack, asked: dict, option: str, result=None) -> None:  # type: ignore[no-untyped-def]
    button = next(b for b in buttons(asked) if b["value"].endswith(f"|{option}"))
    kw = {"response_url": result.response_url} if result is not None else {}
    slack.driver.click(LARS, {"action_id": button["action_id"], "value": button["value"]}, **kw)
    slack.wait_idle()


def _meetings(slack) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(r["customer"], r["source"]) for r in stored(slack) if r["kind"] == "meeting"]


@pytest.mark.parametrize("answer", ["same", "another"])
def test_a_command_then_the_channel_in_other_words_is_asked(slack, clock, answer) -> None:  # type: ignore[no-untyped-def]
    """Was: '/logmeeting Aker BP -- rigg' and two minutes later 'Møte med Aker BP i dag' in
    #sales stored two meetings (other words: no note in the message)."""
    _setup(slack)
    slack.driver.command("/logmeeting", "Aker BP -- rigg", LARS, CHANNEL).reply()
    clock.advance(seconds=120)
    [asked] = _post(slack, "Møte med Aker BP i dag")
    said = text_of(asked)
    assert "You logged *a meeting* with *Aker BP* on the same day 2 minutes ago" in said, said
    assert "this message" in said and "note and all" not in said, said
    assert _meetings(slack) == [("Aker BP", "command")]
    _click(slack, asked, answer)
    want = [("Aker BP", "command")] + ([("Aker BP", "message")] if answer == "another" else [])
    assert _meetings(slack) == want


def test_the_channel_then_a_command_in_other_words_is_asked(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    _post(slack, "Hadde møte med Aker BP i dag, bra møte")
    assert _meetings(slack) == [("Aker BP", "message")]
    clock.advance(seconds=60)
    result = slack.driver.command("/logmeeting", "Aker BP warm -- rigg", LARS, CHANNEL)
    asked = result.reply()
    said = text_of(asked)
    assert "You told the channel about *a meeting* with *Aker BP*" in said, said
    _click(slack, asked, "same", result)
    assert _meetings(slack) == [("Aker BP", "message")]


def test_in_norwegian_the_question_is_norwegian(slack, clock) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command("/kpi", "setup", KARI, CHANNEL).reply()
    slack.api.users[LARS].locale = "nb-NO"
    slack.driver.command("/kpi", "language nb", LARS, CHANNEL).reply()
    _post(slack, "Møte med Aker BP i dag")
    clock.advance(seconds=60)
    said = text_of(slack.driver.command("/logmeeting", "Aker BP -- rigg", LARS, CHANNEL).reply())
    assert "Du fortalte kanalen om" in said, said


def test_other_words_by_the_same_way_or_later_are_another_meeting(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """The rule is about the two ways, not any words: two commands in other words are two
    meetings (test_faults13), and so is the channel message after the ten minutes."""
    _setup(slack)
    slack.driver.command("/logmeeting", "Aker BP -- rigg", LARS, CHANNEL).reply()
    clock.advance(minutes=11)
    assert _post(slack, "Møte med Aker BP i dag") and len(_meetings(slack)) == 2


@pytest.mark.parametrize("later", [1, 11])
def test_an_edit_of_a_message_said_the_same_is_asked_never_counted(slack, clock, later) -> None:  # type: ignore[no-untyped-def]
    """Was (after the ten minutes): the edit recorded the meeting the author had said was the
    one logged by command."""
    _setup(slack)
    slack.driver.command("/logmeeting", "Aker BP -- rigg", LARS, CHANNEL).reply()
    clock.advance(seconds=60)
    [asked] = _post(slack, "Møte med Aker BP i dag")
    _click(slack, asked, "same")
    clock.advance(minutes=later)
    slack.api.reset()
    slack.driver.event(
        message_edited(
            TS,
            "Møte med Aker BP i dag, varm lead",
            before="Møte med Aker BP i dag",
            at=f"{clock.now().timestamp():.6f}",
            user=LARS,
        )
    )
    slack.wait_idle()
    assert _meetings(slack) == [("Aker BP", "command")]
    [again] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    assert not slack.api.calls_to("reactions.add")
    options = {b["value"].rsplit("|", 1)[-1] for b in buttons(again)}
    assert options & {"same", "not_a_sale"}, text_of(again)
