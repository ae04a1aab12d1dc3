"""A marker string sent through every path — commands, channel messages, DMs, mentions, forms,
autocomplete, buttons, failing Slack calls, bad signatures, malformed payloads — never appears
in the log, with logging configured as `kpibot serve` does it at LOG_LEVEL=DEBUG (issue 11), in
both formats: text, and LOG_FORMAT=json (one object a line with the request's ids, issue 15)."""

from __future__ import annotations

import io
import json
import logging
import time
from urllib.parse import urlencode

import pytest

from bot.logs import QUIET, configure_logging
from bot.offline.slack_api import Failure
from tests.helpers import TO_THE_BOT, channel_message, mention, message_edited

MARKER = "Zq7Marker"
KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
FORM = "application/x-www-form-urlencoded"


def _every_path(slack) -> None:  # type: ignore[no-untyped-def]
    d = slack.driver
    d.command("/kpi", "setup", KARI, CHANNEL).reply()
    # Commands, including refused ones and a failing response_url.
    for command, text in [
        ("/logmeeting", f"{MARKER} Corp warm -- note {MARKER}"),
        ("/logoffer", f"{MARKER} Corp 250k"),
        ("/logoffer", f"{MARKER} Corp -5000"),
        ("/logwin", f"{MARKER}x"),
        ("/kpi", f"goal {MARKER} 10/week"),
        ("/kpi", f"customer {MARKER} Corp tier A"),
        ("/kpi", f"away until {MARKER}"),
        ("/kpi", MARKER),
        ("/teamstatus", MARKER),
    ]:
        d.command(command, text, LARS, CHANNEL)
    slack.api.fail("response_url", Failure(500, {"ok": False}))
    slack.api.fail("chat.postEphemeral", Failure(200, {"ok": False, "error": f"{MARKER}_error"}))
    d.command("/kpi", f"away until {MARKER}", LARS, CHANNEL)
    # Channel messages, a DM, a mention, an edit.
    d.event(channel_message(f"Won {MARKER} 320k", "1.1", channel=CHANNEL))
    d.event(channel_message(f"chatter {MARKER}", "1.2", channel=CHANNEL))
    d.event(channel_message(MARKER, "1.3", **TO_THE_BOT))
    d.event(mention(f"<@UKPIBOT> meeting {MARKER}", "1.4", channel=CHANNEL))
    d.event(
        message_edited(
            "1.1", f"Won {MARKER} 330k", before=f"Won {MARKER} 320k", at="1.5", channel=CHANNEL
        )
    )
    # Forms and autocomplete.
    view = d.command("/logmeeting", "", LARS, CHANNEL).opened_view()
    d.submit_view(LARS, view, {
        "customer": {"customer_input": {"type": "external_select", "selected_option": {"value": f"{MARKER} Form"}}},
        "date": {"date_picker": {"type": "datepicker", "selected_date": "2026-11-20"}},
        "amount": {"amount_input": {"type": "plain_text_input", "value": MARKER}},
        "note": {"note_input": {"type": "plain_text_input", "value": MARKER}},
    })  # fmt: skip
    d.submit_view(LARS, {**view, "private_metadata": MARKER}, {})
    d.interactive({"type": "block_suggestion", "user": {"id": LARS}, "action_id": "customer_input",
                   "block_id": "customer", "value": MARKER,
                   "view": {"id": "V1", "type": "modal", "callback_id": "log_activity_modal"}})  # fmt: skip
    # Buttons with values nobody gave.
    for action_id in ("activity_undo", "nudge_snooze", "lead_plan_next_step"):
        d.click(LARS, {"action_id": action_id, "value": MARKER})
    # Refused at the edge: unsigned, stale, forged, oversized, malformed, unknown.
    body = d.command_body("/logmeeting", MARKER, LARS)[0]
    d.post(body, FORM, sign=False)
    d.post(body, FORM, timestamp=int(time.time()) - 600)
    forged = {
        "X-Slack-Request-Timestamp": str(int(time.time())),
        "X-Slack-Signature": "v0=" + "0" * 64,
    }
    d.post(body, FORM, sign=False, extra_headers=forged)
    d.post(body + "&" + MARKER * 40000, FORM)
    d.post('{"type": "event_callback", "' + MARKER, "application/json")
    d.post(urlencode({"payload": json.dumps({"type": "view_submission", "user": {"id": MARKER},
           "view": {"callback_id": MARKER}})}), FORM)  # fmt: skip
    slack.wait_idle()


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_the_marker_never_reaches_the_log(slack, fmt: str) -> None:  # type: ignore[no-untyped-def]
    root = logging.getLogger()
    saved = (root.level, {name: logging.getLogger(name).level for name in (*QUIET, "sqlalchemy")})
    out = io.StringIO()
    handler = configure_logging("DEBUG", stream=out, fmt=fmt)
    try:
        _every_path(slack)
    finally:
        root.removeHandler(handler)
        root.setLevel(saved[0])
        for name, level in saved[1].items():
            logging.getLogger(name).setLevel(level)
    log = out.getvalue()
    assert "refused a request" in log and "response_url failed" in log  # it did record them
    lines = [line for line in log.splitlines() if MARKER.lower() in line.lower()]
    assert lines == []
    assert "xoxb-" not in log  # nor a token
    if fmt == "json":
        _one_object_a_line_with_request_fields(log)


def _one_object_a_line_with_request_fields(log: str) -> None:
    entries = [json.loads(line) for line in log.splitlines()]  # every line is one object
    assert entries
    for entry in entries:
        assert {"time", "level", "logger", "message"} <= set(entry), entry
        assert entry["time"].endswith("+00:00")
        assert set(entry) <= {
            *("time", "level", "logger", "message", "error", "traceback"),
            *("request_id", "team_id", "kind", "command", "event_id"),
        }, entry
    # A refusal at the edge carries its request id; what a listener logs after the
    # acknowledgement carries the request's workspace and command too (its thread inherits them).
    refused = [e for e in entries if e["message"].startswith("refused a request")]
    assert refused and all(len(e.get("request_id", "")) == 16 for e in refused)
    told = [e for e in entries if "response_url failed" in e["message"]]
    assert told, entries
    # (Which command's answer meets the failing response_url depends on the listeners' order.)
    assert all(
        e.get("team_id") == "T0DEMO"
        and e.get("kind") == "command"
        and e.get("command") in {"/kpi", "/logmeeting", "/logoffer", "/logwin", "/teamstatus"}
        for e in told
    ), told
    assert len({e["request_id"] for e in refused}) == len(refused) > 1  # one id per request
