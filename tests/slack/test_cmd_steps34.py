"""steps34, through the app: a slash command's step read whole, stored at once (no question), the
record on its own day. Was on main (f8189ff3): "Tesco Monday, proposal next week" stored the step
"follow-up" with "proposal" asked; "Lego, opfølgende møde torsdag" the call on last Thursday, the
words asked; "Boots today, send invoice tomorrow" asked about words not read."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers import leads, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
WEDNESDAY = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.backends("sqlite")


@pytest.mark.parametrize(
    ("locale", "command", "text", "day", "step", "due"),
    [
        ("en-GB", "/logmeeting", "Tesco Monday, proposal next week", "2026-11-30", "proposal", date(2026, 12, 11)),
        ("da-DK", "/logcall", "Lego, opfølgende møde torsdag", "2026-12-02", "opfølgende møde", date(2026, 12, 3)),
        ("sv-SE", "/logoffer", "Ikea 450 000 SEK, följer upp v.50", "2026-12-02", "följer upp", date(2026, 12, 11)),
        ("en-GB", "/logmeeting", "HSBC today - good vibes, send deck tomorrow", "2026-12-02", "send deck", date(2026, 12, 3)),
    ],
)  # fmt: skip
def test_the_step_is_stored_whole_and_the_record_on_its_own_day(  # type: ignore[no-untyped-def]
    slack, clock, locale: str, command: str, text: str, day: str, step: str, due: date
) -> None:
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={KARI: locale})
    team.driver.command(command, text, KARI, CHANNEL).reply()
    team.wait_idle()
    [row] = stored(team)
    assert row["date"] == day, row
    [lead] = leads(team)
    assert (lead.next_step, lead.next_step_due) == (step, due)


def test_an_invoice_sent_is_the_note_not_a_step(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={KARI: "en-GB"})
    reply = team.driver.command("/logmeeting", "Boots today, send invoice tomorrow", KARI, CHANNEL)
    team.wait_idle()
    [row] = stored(team)
    assert (row["date"], row["note"]) == ("2026-12-02", "send invoice tomorrow"), text_of(
        reply.reply()
    )
    assert [lead.next_step for lead in leads(team)] in ([], [None])
