"""The acknowledgement made cheaper (pgack27), answered exactly as Bolt's Ack answers.

- `bot.listener_runner.SignallingAck`: a reply of text, blocks (dicts) and a response type, as
  every log command's confirmation and error is, is encoded by one JSON encoder made once
  instead of `json.dumps` making one per call; any other shape goes through Bolt's Ack. The
  request thread waits on a `Signal` (a lock) rather than a threading.Event made per request.
- Proved: the status, body (byte for byte) and headers equal Bolt's Ack's for fuzzed replies
  (any text, nested blocks of strings, numbers, booleans, None, lists) and for the real
  confirmations and errors in four languages; other shapes and arguments answered by Bolt's own;
  the Signal answers as an Event does.
"""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup
from slack_bolt.context.ack import Ack
from slack_bolt.response import response as bolt_response

from bot import listener_runner
from bot.listener_runner import SignallingAck
from bot.rendering.replies import error_reply, logged_reply
from bot.services.activities import Logged


def _same_as_bolt(*args: Any, **kwargs: Any) -> None:
    ours = SignallingAck()
    answered = ours(*args, **kwargs)
    theirs = Ack()(*args, **kwargs)
    assert answered is ours.response
    assert (answered.status, answered.body, answered.headers) == (
        theirs.status,
        theirs.body,
        theirs.headers,
    )
    assert ours.called.is_set()


scalars = st.one_of(
    st.text(),
    st.integers(),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
blocks = st.lists(st.dictionaries(st.text(max_size=8), values, max_size=4), max_size=4)


@given(st.text(), blocks, st.sampled_from([None, "", "ephemeral", "in_channel"]))
def test_a_reply_is_answered_as_bolt_answers_it(text: str, found: list[Any], kind: Any) -> None:
    _same_as_bolt(text=text, blocks=found, response_type=kind)
    _same_as_bolt(text=text, blocks=found)
    _same_as_bolt(blocks=found)


@pytest.mark.parametrize("language", ["nb", "sv", "da", "en"])
def test_the_confirmations_and_errors_are_answered_as_bolt_answers_them(language: str) -> None:
    logged = Logged(
        activity_id=41,
        kind="offer",
        customer='Gjøvik "Ærlig" Bygg & Søn <AS>',
        when=date(2026, 11, 20),
        amount=Decimal("1250000"),
        currency="NOK",
        temperature="warm",
        next_step="ring tilbake 🚀\tigjen",
        next_due=date(2026, 11, 27),
        margin=None,
        note="pris\n*ok* — \u2028 \x07",
    )
    _same_as_bolt(**logged_reply(language, logged), response_type="ephemeral")
    _same_as_bolt(**error_reply(language, "empty", {}, "meeting"), response_type="ephemeral")


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((), {"text": "Hei"}),
        (("Hei",), {}),
        ((), {}),
        ((), {"text": Markup("<b>Hei</b>"), "blocks": [{"type": "divider"}]}),
        ((), {"text": "Hei", "blocks": []}),
        ((), {"text": "Hei", "blocks": ({"type": "divider"},)}),
        ((), {"text": "Hei", "blocks": [{"type": "divider"}], "unfurl_links": False}),
        ((), {"text": "Hei", "attachments": [{"text": "a"}]}),
        ((), {"text": {"text": "whole", "response_type": "ephemeral"}}),
        ((), {"response_action": "errors", "errors": {"b": "wrong"}}),
        ((), {"options": [{"text": {"type": "plain_text", "text": "a"}, "value": "a"}]}),
    ],
)
def test_other_shapes_are_bolts_own(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    _same_as_bolt(*args, **kwargs)


def test_a_reply_is_encoded_without_json_dumps(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: Any, **_kwargs: Any) -> str:
        raise AssertionError("json.dumps per reply")

    monkeypatch.setattr(bolt_response.json, "dumps", refused)
    answered = SignallingAck()(text="Hei", blocks=[{"type": "divider"}], response_type="ephemeral")
    assert (
        answered.body
        == '{"text": "Hei", "response_type": "ephemeral", "blocks": [{"type": "divider"}]}'
    )


def test_the_request_thread_waits_on_a_signal_as_on_an_event() -> None:
    signal = listener_runner.Signal()
    assert not SignallingAck().called.is_set()
    assert isinstance(SignallingAck().called, listener_runner.Signal)
    assert not signal.is_set()
    assert signal.wait(0) is False
    assert signal.wait(0.01) is False
    threading.Thread(target=signal.set).start()
    assert signal.wait(5) is True
    assert signal.is_set()
    signal.set()  # twice: as an Event
    assert signal.wait(0) is True
    assert signal.wait() is True
    assert signal.is_set()
