"""The stand-in answers a call in-process as it does over loopback HTTP (tests/fakes/
web_in_process.py): the same result for slack_sdk's WebClient and WebhookClient, Slack's
refusal of a payload beyond its limits as the same HTTP error, and a call with a fault queued
still made over HTTP."""

from __future__ import annotations

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from bot.offline import slack_api as stand_in
from bot.offline.harness import DEMO_USERS
from bot.offline.slack_api import Failure, FakeSlackApi
from tests.fakes import web_in_process

TOO_MANY = [{"type": "section", "text": {"type": "mrkdwn", "text": "x"}}] * 51


def _calls(api: FakeSlackApi) -> list[tuple]:  # type: ignore[type-arg]
    """A run's results and what the stand-in recorded, both ways alike."""
    web = WebClient(token="xoxb-local-stand-in", base_url=api.api_url)
    got: list[tuple] = []  # type: ignore[type-arg]
    user = web.users_info(user="U0LARS")
    got.append((user.status_code, user.data, user.headers.get("Content-Type")))
    try:
        web.users_info(user="U0NOBODY")
    except SlackApiError as err:
        got.append(("error", err.response.status_code, err.response.data))
    posted = web.chat_postMessage(channel="C0SALES", text="hei", blocks=[])
    got.append((posted.status_code, sorted(posted.data)))
    hook = WebhookClient(api.response_url("k1"))
    sent = hook.send(text="ok", response_type="ephemeral")
    got.append((sent.status_code, sent.body))
    refused = hook.send(text="many", blocks=TOO_MANY)  # beyond Slack's 50 blocks: a 400
    got.append((refused.status_code, refused.body))
    with pytest.raises(SlackApiError) as err:
        web.chat_postEphemeral(channel="C0SALES", user="U0LARS", text="x", blocks=TOO_MANY)
    got.append((err.value.response.status_code, err.value.response.data["error"]))
    got.append([(c.method, c.path, c.params.get("text"), c.token) for c in api.calls])
    assert len(stand_in.take_violations()) == 2
    return got


def test_in_process_answers_are_the_http_answers(slack_api: FakeSlackApi) -> None:
    slack_api.restore(DEMO_USERS)
    before = dict(web_in_process.counts)
    in_process = _calls(slack_api)
    assert web_in_process.counts["in_process"] - before["in_process"] == 6
    assert web_in_process.counts["http"] == before["http"]
    slack_api.restore(DEMO_USERS)
    with web_in_process.over_http(slack_api):
        over_http = _calls(slack_api)
    assert web_in_process.counts["http"] - before["http"] == 6
    assert in_process == over_http
    slack_api.restore(DEMO_USERS)


def test_a_call_with_a_fault_queued_goes_over_http(slack_api: FakeSlackApi) -> None:
    slack_api.restore(DEMO_USERS)
    slack_api.fail("users.info", Failure(status=503, body={"ok": False, "error": "x"}))
    before = dict(web_in_process.counts)
    web = WebClient(token="xoxb-local-stand-in", base_url=slack_api.api_url)
    with pytest.raises(SlackApiError) as err:
        web.users_info(user="U0LARS")
    assert err.value.response.status_code == 503
    assert web_in_process.counts["http"] - before["http"] == 1
    assert web.users_info(user="U0LARS")["user"]["id"] == "U0LARS"  # then in-process again
    assert web_in_process.counts["in_process"] - before["in_process"] == 1
    slack_api.restore(DEMO_USERS)
