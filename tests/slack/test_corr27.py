"""cmds27 (corr26's leftovers), through the app: a channel correction whose new customer needs a
question of its own says what would change and how to do it (was "That record has changed
since", which it had not); an edited correction is read as edited, once; a correction naming
a customer mends the seller's records of this and last week only, and says so of an older one."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, message_edited, post, set_up_team, stored, text_of

KARI, LARS = "U0KARI", "U0LARS"
TUESDAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
FIRST, SECOND = "1764579600.000100", "1764579900.000100"
EDITED, LATER = "1764580200.000100", "1764580500.000100"

pytestmark = pytest.mark.backends("sqlite")


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)  # never the real clock
    return set_up_team(slack)


def _rows(team):  # type: ignore[no-untyped-def]
    return sorted((r["seller"], r["kind"], r["customer"], r["amount"]) for r in stored(team))


def test_a_customer_swap_that_needs_a_question_says_what_would_change(team) -> None:  # type: ignore[no-untyped-def]
    # two offers out to Orkla: a win with Orkla asks which it closes (never a guess)
    for text in ("Orkla 100k", "Orkla 200k separate offer -- pilot"):
        team.driver.command("/logoffer", text, KARI, "C0SALES").reply()
        team.wait_idle()
    post(team, "Vant Tine 300k", FIRST, user=KARI)
    [note] = post(team, "Rettelse: det var Orkla, ikke Tine", SECOND, user=KARI)
    [mend] = [b for b in buttons(note.params) if b["value"].endswith("|mend")]
    reply = click(team, KARI, mend, idle=True)
    said = text_of(reply.reply()).replace("\xa0", " ")
    # which of Orkla's offers it wins: a question of its own, so nothing changed, and said so
    assert "*Tine* → *Orkla*" in said and "/logwin Orkla 300000" in said, said
    assert "endret siden" not in said and "changed since" not in said, said
    assert [r[1:] for r in _rows(team)] == [
        ("offer", "Orkla", 100000),
        ("offer", "Orkla", 200000),
        ("win", "Tine", 300000),
    ]


def _edit(team, text: str, before: str, at: str) -> list:  # type: ignore[no-untyped-def]
    """`before` (posted at SECOND by Kari) edited into `text` at `at`: what she was told."""
    n = len(team.api.calls)
    event = message_edited(SECOND, text, before=before, at=at, user=KARI)
    assert team.driver.event(event).status == 200
    team.wait_idle()
    return [c for c in team.api.calls[n:] if c.method == "chat.postEphemeral"]


def test_an_edited_correction_is_read_as_edited_once(team) -> None:  # type: ignore[no-untyped-def]
    post(team, "Vant Orkla 250k", FIRST, user=KARI)
    typo = "Rettelse: det var 257.000, ikke 250.000"
    [first] = post(team, typo, SECOND, user=KARI)
    fixed = "Rettelse: det var 275.000, ikke 250.000"
    [asked] = _edit(team, fixed, typo, EDITED)
    said = text_of(asked.params).replace("\xa0", " ")
    assert "kr 275 000" in said and "257" not in said, said  # the edited words, asked anew
    old = [b for b in buttons(first.params) if b["value"].endswith("|mend")]
    click(team, KARI, old[0], idle=True)  # the question about the words before: stale
    assert _rows(team) == [(KARI, "win", "Orkla", 250000)]
    assert _edit(team, fixed, typo, EDITED) == []  # Slack's retry of the edit: read once
    [mend] = [b for b in buttons(asked.params) if b["value"].endswith("|mend")]
    click(team, KARI, mend, idle=True)
    click(team, KARI, mend, idle=True)  # a double click changes it once
    assert _rows(team) == [(KARI, "win", "Orkla", 275000)]
    again = "Rettelse: det var 275.000, ikke 250.000 (sorry)"
    _edit(team, again, fixed, LATER)  # edited again, the change made already: not twice
    assert _rows(team) == [(KARI, "win", "Orkla", 275000)]


def test_a_correction_naming_a_customer_mends_this_and_last_weeks_records_only(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2026, 11, 10, 9, 0, tzinfo=UTC))  # Tuesday, week 46
    team = set_up_team(slack)
    post(team, "Vant Orkla 250k", "1762765200.000100", user=KARI)
    clock.set(TUESDAY)  # week 49: last week began Mon 23 Nov
    [note] = post(team, "Rettelse: Orkla var 275k, ikke 250k", SECOND, user=KARI)
    said = text_of(note.params).replace("\xa0", " ")
    assert "tir. 10. nov. 2026" in said and "App Home" in said, said
    assert "`/logwin Orkla 275000 2026-11-10`" in said, said
    assert buttons(note.params) == []  # nothing to click: nothing changes from here
    assert _rows(team) == [(KARI, "win", "Orkla", 250000)]


def test_a_mistake_in_an_earlier_post_mends_that_record(team) -> None:  # type: ignore[no-untyped-def]
    """Session 69: "Fejl i min Vestas-post fra i morges: det er 4,3 mio. kr., ikke 3,4" was read
    as nothing (a new record's words, or silence): a correction of that win's amount, mended in
    place at a click, never a second win."""
    post(team, "Vant Orkla 3,4 mill", FIRST, user=KARI)
    [note] = post(
        team, "Feil i min Orkla-post fra i morges: det er 4,3 mill, ikke 3,4 🙈", SECOND, user=KARI
    )
    [mend] = [b for b in buttons(note.params) if b["value"].endswith("|mend")]
    click(team, KARI, mend, idle=True)
    assert _rows(team) == [(KARI, "win", "Orkla", 4300000)]
