"""Questions before storing: the pending log stays on the server; a button can only answer what
was asked, once, by the person asked."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from storage.db import make_session_factory, session_scope
from storage.models import PendingQuestion
from tests.helpers import buttons, click, count_rows, customers, stored, text_of

ALEX = "U0ALEX"
KARI = "U0KARI"


def _ask_near_miss(slack):  # type: ignore[no-untyped-def]
    slack.driver.command("/logoffer", "Equinor ASA 250k", ALEX).reply()
    result = slack.driver.command("/logoffer", "Equinr 300k", ALEX)
    return result, buttons(result.reply())


def _responses(slack, result):  # type: ignore[no-untyped-def]
    slack.wait_idle()
    return slack.api.responses(result.key)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_button_carries_only_a_token_and_the_option(slack) -> None:  # type: ignore[no-untyped-def]
    _result, choices = _ask_near_miss(slack)
    for button in choices:
        token, option = button["value"].split("|")
        assert len(token) >= 20 and option in {"pick:0", "new"}
        assert "300" not in button["value"] and "offer" not in button["value"]


def test_a_forged_option_or_token_stores_nothing(slack) -> None:  # type: ignore[no-untyped-def]
    result, choices = _ask_near_miss(slack)
    token = choices[0]["value"].split("|")[0]
    forged = [
        f"{token}|again",  # an option that was not offered
        f"{token}|pick:7",
        "nosuchtoken|new",
        '{"kind":"offer","a":"-5000","when":"2099-01-01","customer":"X","new":true}',
        "",
    ]
    for value in forged:
        assert (
            click(slack, ALEX, {"action_id": "log_answer_0", "value": value}, result).status == 200
        )
    assert count_rows(slack) == 1
    assert customers(slack) == ["Equinor ASA"]
    said = " ".join(text_of(r) for r in _responses(slack, result))
    assert "can't find that question" in said
    # The real question still works afterwards.
    click(slack, ALEX, choices[0], result)
    slack.wait_idle()
    assert [r["amount"] for r in stored(slack)] == [250000.0, 300000.0]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_someone_elses_click_is_refused_and_leaves_the_question(slack) -> None:  # type: ignore[no-untyped-def]
    result, choices = _ask_near_miss(slack)
    assert click(slack, KARI, choices[-1], result).status == 200
    slack.wait_idle()
    assert count_rows(slack) == 1
    assert customers(slack) == ["Equinor ASA"]
    refused = _responses(slack, result)[-1]
    assert "someone else" in text_of(refused) or "noen andre" in text_of(refused)
    assert refused.get("replace_original") is False
    click(slack, ALEX, choices[-1], result)  # the author can still answer
    slack.wait_idle()
    assert customers(slack) == ["Equinor ASA", "Equinr"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_second_click_is_harmless(slack) -> None:  # type: ignore[no-untyped-def]
    result, choices = _ask_near_miss(slack)
    click(slack, ALEX, choices[-1], result)
    click(slack, ALEX, choices[0], result)  # the other button, at once: only one answer counts
    slack.wait_idle()
    rows = stored(slack)
    assert len(rows) == 2 and rows[0]["customer"] == "Equinor ASA"
    assert rows[1]["customer"] in {"Equinr", "Equinor ASA"}
    said = [text_of(r) for r in _responses(slack, result)]
    assert sum("answered already" in t for t in said) == 1


def test_a_week_old_question_stores_nothing(slack) -> None:  # type: ignore[no-untyped-def]
    result, choices = _ask_near_miss(slack)
    with session_scope(make_session_factory(slack.engine)) as session:
        for row in session.scalars(select(PendingQuestion)):
            row.created_at -= timedelta(days=8)
    click(slack, ALEX, choices[0], result)
    slack.wait_idle()
    assert count_rows(slack) == 1
    assert "more than a week old" in text_of(_responses(slack, result)[-1])
