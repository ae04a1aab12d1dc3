"""msgsteps34. A channel message's next step said as a command says it ("…, varm, neste steg i
januar") is stored with the meeting and shown in the author's reply (was: the meeting stored,
the step not, the reply silent); a step no reader can date ("neste steg etter sommerferien") is
shown with the record as its note, never dropped unsaid. The words' reading: tests/unit/
test_msgsteps34.py."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import channel_message, ephemerals, leads, set_up_team, stored, text_of

KARI, CHANNEL = "U0KARI", "C0SALES"

pytestmark = pytest.mark.backends("sqlite")  # reading words; storing is the common path


def _said(slack, text: str) -> str:  # type: ignore[no-untyped-def]
    # Today is Friday 20 November 2026 (tests/conftest.py).
    set_up_team(slack, locale="nb-NO", reset=False)
    slack.driver.command("/logcall", "DNB -- kjent", KARI, CHANNEL).reply()
    slack.api.reset()
    assert slack.driver.event(channel_message(text, "1763630000.000900")).status == 200
    slack.wait_idle()
    [reply] = ephemerals(slack.api.calls)
    return text_of(reply)


def test_a_messages_step_in_a_month_is_stored_and_shown(slack) -> None:  # type: ignore[no-untyped-def]
    reply = _said(slack, "Møte med DNB i dag, varm, neste steg i januar")
    assert "Neste steg: oppfølging i januar (innen fre. 29. jan. 2027)" in reply, reply
    [row] = [r for r in stored(slack) if r["source"] == "message"]
    assert (row["kind"], row["customer"], row["date"]) == ("meeting", "DNB", "2026-11-20")
    [lead] = [lead for lead in leads(slack) if lead.next_step is not None]
    assert lead.next_step_due == date(2027, 1, 29)


def test_a_step_no_reader_can_date_is_shown_in_the_reply(slack) -> None:  # type: ignore[no-untyped-def]
    reply = _said(slack, "Møte med DNB i dag, varm, neste steg etter sommerferien")
    assert "Notat: neste steg etter sommerferien" in reply, reply


def test_a_messages_step_this_week_is_stored_by_its_last_working_day(slack) -> None:  # type: ignore[no-untyped-def]
    """mendA34, the lead's decision: "sender tilbud denne uka" said on Friday 20 November is due
    that Friday, this week's last working day, stored with the record and shown with its words."""
    reply = _said(slack, "Møte med DNB i dag, varm, sender tilbud denne uka")
    assert "Neste steg: sender tilbud denne uka (innen" in reply, reply
    [lead] = [lead for lead in leads(slack) if lead.next_step is not None]
    assert lead.next_step_due == date(2026, 11, 20)
