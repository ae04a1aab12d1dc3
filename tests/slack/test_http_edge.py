"""The HTTP edge (bot/http_guard.py): what is not signed exactly as Slack signs is refused before
its body is read or answered (findings 1 and 3 of issue 11), signed payloads the app cannot read
are refused with 400 (finding 8), and no refused body reaches the log (finding 2)."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import io
import json
import time
from urllib.parse import urlencode, urlsplit

import pytest

from bot.http_guard import MAX_BODY
from tests.helpers import count_rows

# The guard in front of the app decides before any SQL (what it lets through is stored as every
# other test stores it, on each backend): on SQLite only.
pytestmark = pytest.mark.backends("sqlite")

FORM = "application/x-www-form-urlencoded"
MARKER = "zq-marker-7f3e"


def _click_body(slack, value: str = "1", action_id: str = "activity_undo") -> str:  # type: ignore[no-untyped-def]
    """A button click whose response_url is the stand-in's: a reply to it would be recorded."""
    payload = {
        "type": "block_actions",
        "team": {"id": "T0DEMO"},
        "user": {"id": "U0KARI", "team_id": "T0DEMO"},
        "trigger_id": "1.2.trigger",
        "response_url": slack.api.response_url("forged"),
        "container": {"type": "message", "channel_id": "C0SALES"},
        "channel": {"id": "C0SALES"},
        "actions": [{"type": "button", "action_id": action_id, "value": value}],
    }
    return urlencode({"payload": json.dumps(payload)})


def _signed(slack, body: bytes, ts: str | None = None) -> dict[str, str]:  # type: ignore[no-untyped-def]
    ts = ts or str(int(time.time()))
    mac = hmac.new(
        slack.settings.signing_secret.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256
    )
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": "v0=" + mac.hexdigest()}


def _post(slack, body: bytes, headers: dict[str, str], content_type: str = FORM):  # type: ignore[no-untyped-def]
    return slack.transport.request(
        "POST", "/slack/events", body, {"Content-Type": content_type, **headers}
    )


# -- finding 1: unverifiable timestamps ----------------------------------------------------------
@pytest.mark.parametrize("timestamp", ["abc", "1e3", "", " 1700000000", "-1", "1.5", "١٢٣"])
def test_unverifiable_timestamp_is_401_and_nothing_is_answered(slack, timestamp: str) -> None:  # type: ignore[no-untyped-def]
    body = _click_body(slack).encode()
    headers = {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": "v0=" + "0" * 64}
    result = _post(slack, body, headers)
    slack.wait_idle()
    assert result.status == 401
    assert slack.api.calls == []  # no "Something went wrong" at the forged response_url


def test_two_timestamp_headers_are_401_over_http(slack_http) -> None:  # type: ignore[no-untyped-def]
    body = _click_body(slack_http).encode()
    good = _signed(slack_http, body)
    url = urlsplit(slack_http.app_url)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    conn.putrequest("POST", "/slack/events")
    conn.putheader("Content-Type", FORM)
    conn.putheader("Content-Length", str(len(body)))
    conn.putheader("X-Slack-Request-Timestamp", good["X-Slack-Request-Timestamp"])
    conn.putheader("X-Slack-Request-Timestamp", good["X-Slack-Request-Timestamp"])
    conn.putheader("X-Slack-Signature", good["X-Slack-Signature"])
    conn.endheaders(body)
    status = conn.getresponse().status
    conn.close()
    slack_http.wait_idle()
    assert status == 401
    assert slack_http.api.calls == []


def test_signed_request_is_still_answered(slack) -> None:  # type: ignore[no-untyped-def]
    body = slack.driver.command_body("/logmeeting", "Acme warm", "U0ALEX")[0].encode()
    result = _post(slack, body, _signed(slack, body))
    assert result.status == 200 and "Acme" in result.body
    assert count_rows(slack) == 1


# -- finding 3: large bodies ---------------------------------------------------------------------
class _Untouchable(io.RawIOBase):
    def read(self, *_args: object) -> bytes:
        raise AssertionError("the body was read")

    readline = readlines = read  # type: ignore[assignment]


@pytest.mark.parametrize("signed_headers", [True, False])
def test_body_over_one_megabyte_is_413_before_it_is_read(slack, signed_headers: bool) -> None:  # type: ignore[no-untyped-def]
    headers = _signed(slack, b"x") if signed_headers else {}
    environ = slack.transport.environ(
        "POST",
        "/slack/events",
        b"",
        {"Content-Type": FORM, "Content-Length": str(200 * 1024 * 1024), **headers},
    )
    environ["wsgi.input"] = _Untouchable()
    started: dict[str, str] = {}
    slack.transport.app(environ, lambda status, _headers, *_: started.setdefault("s", status))
    assert started["s"].startswith("413")
    assert slack.api.calls == []


def test_body_over_one_megabyte_is_413_over_http(slack_http) -> None:  # type: ignore[no-untyped-def]
    url = urlsplit(slack_http.app_url)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    conn.putrequest("POST", "/slack/events")
    conn.putheader("Content-Type", FORM)
    conn.putheader("Content-Length", str(MAX_BODY + 1))
    conn.endheaders()  # the body is never sent: the answer comes first
    status = conn.getresponse().status
    conn.close()
    assert status == 413
    assert slack_http.api.calls == []


# -- finding 8: malformed payloads, signed ------------------------------------------------------
def _view(callback_id: str, **extra: object) -> bytes:
    payload = {
        "type": "view_submission",
        "team": {"id": "T0DEMO"},
        "user": {"id": "U0KARI"},
        "trigger_id": "1.2.t",
        "view": {"id": "V1", "type": "modal", "callback_id": callback_id, "state": {"values": {}}}
        | extra,
    }
    return urlencode({"payload": json.dumps(payload)}).encode()


MALFORMED = {
    "bad JSON": (b'{"type": "event_callback", ', "application/json"),
    "a JSON array": (b"[1, 2, 3]", "application/json"),
    "payload not JSON": (b"payload=%7Bnope", FORM),
    "payload a JSON string": (urlencode({"payload": '"hi"'}).encode(), FORM),
    "invalid UTF-8": (
        b'{"type": "event_callback", "event": {"type": "\xff\xfe"}}',
        "application/json",
    ),
    "event null": (
        json.dumps({"type": "event_callback", "team_id": "T0DEMO", "event": None}).encode(),
        "application/json",
    ),
    "event without a type": (
        json.dumps({"type": "event_callback", "team_id": "T0DEMO", "event": {"x": 1}}).encode(),
        "application/json",
    ),
    "unknown view callback": (_view("nope"), FORM),
    "view without a type": (
        urlencode(
            {
                "payload": json.dumps(
                    {
                        "type": "view_submission",
                        "user": {"id": "U0KARI"},
                        "view": {"callback_id": "x"},
                    }
                )
            }
        ).encode(),
        FORM,
    ),
    "private_metadata not text": (_view("team_settings_modal", private_metadata=7), FORM),
    "an input of the wrong shape": (
        _view(
            "log_activity_modal",
            state={"values": {"customer": {"customer_input": {"selected_option": [None]}}}},
        ),
        FORM,
    ),
    "a click without trigger_id": (
        urlencode(
            {
                "payload": json.dumps(
                    {
                        "type": "block_actions",
                        "user": {"id": "U0KARI"},
                        "actions": [{"action_id": "lead_plan_next_step", "value": "1"}],
                    }
                )
            }
        ).encode(),
        FORM,
    ),
    "unknown command": (
        urlencode(
            {"command": "/evil", "team_id": "T0DEMO", "user_id": "U0KARI", "trigger_id": "t"}
        ).encode(),
        FORM,
    ),
    "command without team_id": (
        urlencode(
            {"command": "/logmeeting", "text": "Acme", "user_id": "U0KARI", "trigger_id": "t"}
        ).encode(),
        FORM,
    ),
    "command without trigger_id": (
        urlencode(
            {"command": "/logmeeting", "text": "Acme", "user_id": "U0KARI", "team_id": "T0DEMO"}
        ).encode(),
        FORM,
    ),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_signed_malformed_payload_is_400_with_no_traceback(slack, case: str, caplog) -> None:  # type: ignore[no-untyped-def]
    body, content_type = MALFORMED[case]
    result = _post(slack, body, _signed(slack, body), content_type)
    slack.wait_idle()
    assert result.status == 400
    assert slack.api.calls == []
    assert not [r for r in caplog.records if r.exc_info or r.levelname in {"ERROR", "CRITICAL"}]


@pytest.mark.parametrize(
    ("action_id", "value"),
    [("activity_undo", "x"), ("nudge_snooze", "abc"), ("lead_plan_next_step", "-")],
)
def test_bad_button_value_is_answered_at_once(slack, action_id: str, value: str) -> None:  # type: ignore[no-untyped-def]
    body = _click_body(slack, value, action_id).encode()
    result = _post(slack, body, _signed(slack, body))
    slack.wait_idle()
    assert result.status == 200


def test_settings_form_with_unreadable_metadata_is_refused_in_the_form(slack) -> None:  # type: ignore[no-untyped-def]
    body = _view("team_settings_modal", private_metadata="{not json")
    result = _post(slack, body, _signed(slack, body))
    assert result.status == 200
    assert result.json()["response_action"] == "errors"


# -- finding 2: nothing of a refused body in the log --------------------------------------------
def test_refused_bodies_never_reach_the_log_even_at_debug(slack) -> None:  # type: ignore[no-untyped-def]
    from bot.logs import configure_logging

    out = io.StringIO()
    handler = configure_logging("DEBUG", stream=out)
    try:
        text = f"{MARKER} notes"
        body = slack.driver.command_body("/logmeeting", text, "U0KARI")[0]
        slack.driver.post(body, FORM, sign=False)  # unsigned
        slack.driver.post(body, FORM, timestamp=int(time.time()) - 400)  # stale
        bad = {
            "X-Slack-Request-Timestamp": str(int(time.time())),
            "X-Slack-Signature": "v0=" + "1" * 64,
        }
        slack.driver.post(body, FORM, sign=False, extra_headers=bad)  # wrong signature
        slack.wait_idle()
    finally:
        import logging

        logging.getLogger().removeHandler(handler)
    log = out.getvalue()
    assert "refused a request" in log  # the refusals are logged, as one line each
    assert MARKER not in log


def test_a_command_naming_payload_is_read_not_lost(slack) -> None:  # type: ignore[no-untyped-def]
    """Bolt reads any form containing "payload" as an (empty) interactivity payload."""
    reply = slack.driver.command(
        "/logmeeting", "payload systems warm -- the payload", "U0ALEX"
    ).reply()
    assert "payload systems" in str(reply).lower()
    from tests.helpers import stored

    [row] = stored(slack)
    assert row["customer"].lower() == "payload systems" and row["note"] == "the payload"
