"""review25, the offline console (`kpibot console`, bot/demo.py Session.click):
- a channel message that asks two questions (two records) could only be answered on the last
  one: `click` looked at the last question's buttons alone. Now any of them; "click 2 record"
  picks the second when both have the label, and the console says so when it is ambiguous.
- a button text with Slack's non-breaking spaces ("1\u00a0200\u00a0000 SEK") did not match
  the label as typed ("click 1 200 000"): "(no button called ...)"."""

from __future__ import annotations

import io
from types import SimpleNamespace
from typing import Any

import pytest

from bot.demo import Session


def _question(text: str, *labels: str) -> dict[str, Any]:
    return {
        "text": text,
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": text}},
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "action_id": f"answer_{n}",
                        "value": f"{text}|{label}",
                        "text": {"type": "plain_text", "text": label},
                    }
                    for n, label in enumerate(labels)
                ],
            },
        ],
    }


class _Slack:
    """What Session needs of LocalSlack: the message event's ephemerals, the clicks sent."""

    def __init__(self, asked: list[dict[str, Any]]) -> None:
        self.clicked: list[str] = []
        self.api = SimpleNamespace(calls=[], response_url=lambda key: f"https://hooks.local/{key}")
        self._asked = asked

        def event(payload: dict[str, Any]) -> None:
            self.api.calls.extend(
                SimpleNamespace(method="chat.postEphemeral", params=m) for m in asked
            )

        def click(user_id: str, action: dict[str, Any], **kw: Any) -> Any:
            self.clicked.append(action["value"])
            done = {"text": f"done: {action['value']}", "blocks": []}
            return SimpleNamespace(reply=lambda: done)

        self.driver = SimpleNamespace(event=event, click=click)

    def wait_idle(self) -> None:
        return None


KARI = SimpleNamespace(id="U0KARI", name="Kari Nordmann")
TWO = [
    _question("Q1", "Record", "Later", "Not a sale"),
    _question("Q2", "Record", "Edit", "Not a sale"),
]


def _asked(questions: list[dict[str, Any]]) -> tuple[Session, _Slack, io.StringIO]:
    slack, out = _Slack(questions), io.StringIO()
    session = Session(slack, out)  # type: ignore[arg-type]
    session.message(KARI, "Møte med Orkla og tilbud til Tine 200k")  # type: ignore[arg-type]
    return session, slack, out


def test_the_first_of_two_questions_can_be_answered() -> None:
    session, slack, _ = _asked(TWO)
    session.click(KARI, "1 record")  # type: ignore[arg-type]
    session.click(KARI, "2 not a sale")  # type: ignore[arg-type]
    assert slack.clicked == ["Q1|Record", "Q2|Not a sale"]


def test_a_label_only_one_question_has_is_clicked_there() -> None:
    session, slack, _ = _asked(TWO)
    session.click(KARI, "later")  # type: ignore[arg-type]
    session.click(KARI, "edit")  # type: ignore[arg-type]
    assert slack.clicked == ["Q1|Later", "Q2|Edit"]


def test_a_label_two_questions_have_is_asked_about_not_guessed() -> None:
    session, slack, out = _asked(TWO)
    session.click(KARI, "record")  # type: ignore[arg-type]
    assert slack.clicked == []
    assert "click 1 record or click 2 record" in out.getvalue(), out.getvalue()


def test_click_alone_names_each_questions_buttons() -> None:
    session, _, out = _asked(TWO)
    session.name_the_buttons()
    said = out.getvalue()
    assert "click 1 record" in said and "click 2 record" in said, said


@pytest.mark.parametrize(
    "typed", ["1 200 000", "1 200 000 sek", "1\u00a0200\u00a0000", "1 200 000 SEK"]
)
def test_a_label_with_non_breaking_spaces_matches_as_typed(typed: str) -> None:
    question = _question("Q", "1\u00a0200\u00a0000 SEK", "1\u00a0200\u00a0000 NOK", "Avbryt")
    session, slack, _ = _asked([question])
    session.click(KARI, typed)  # type: ignore[arg-type]
    assert slack.clicked == ["Q|1\u00a0200\u00a0000 SEK"]
