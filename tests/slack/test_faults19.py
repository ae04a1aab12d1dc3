"""Payloads and faults of round 19, each as Slack sends it or as the machine fails, each
asserting the one record (or none) and the one message it must leave."""

from __future__ import annotations

import errno
import os

from tests.helpers import channel_message, set_up_team, stored
from tests.slack.test_outage import database_away


# -- 1. the database away and this machine's disk full: nothing to hold the message on ------------
def test_a_message_that_cannot_be_held_on_a_full_disk_is_given_back_to_its_author(
    slack, caplog, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A channel message acknowledged while the database is away is held on the web machine's
    disk (KPIBOT_SPOOL_DIR). A disk that takes no more (ENOSPC: the same disk that filled the
    SQLite file, or a spool volume full or gone read-only) raised out of the guard: a traceback
    logged, a half-written file left in the spool, and the seller's win, answered 200, lost
    without a word. Now the author is told at once, with their words, to log it again."""
    import bot.spool

    set_up_team(slack)

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(bot.spool.os, "fsync", no_space)
    calls = len(slack.api.calls)
    with database_away(slack):
        assert slack.driver.event(channel_message("Won Nammo 250k!")).status == 200
        slack.wait_idle()
        assert slack.replayer.spool.pending() == []
        assert os.listdir(slack.replayer.spool.directory) == []  # nothing half-written left
    told = [c.params for c in slack.api.calls[calls:] if c.method == "chat.postMessage"]
    assert [t["channel"] for t in told] == ["U0LARS"], told
    assert told[0]["text"].startswith(":warning:") and ">Won Nammo 250k!" in told[0]["text"]
    assert not [r for r in caplog.records if r.exc_info or r.levelname == "ERROR"]
    assert slack.replayer.run_once().replayed == 0
    assert stored(slack) == []
