"""Session 28 (lists28): a message naming two customers that may be one ("møte med K-Bygg og
H&M i dag", neither known) gets one question, through signed events; its answer records exactly
what it says: "Two customers" both, "One customer" the one (was: two questions stacked, and
"Two customers" recorded the first only)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers import (
    buttons,
    channel_message,
    click,
    leads,
    option,
    post,
    set_up_team,
    stored,
    text_of,
)

LARS = "U0LARS"


def _asked(slack, text: str, ts: str) -> dict:  # type: ignore[no-untyped-def]
    """Post a message; its one private question's buttons by option."""
    assert slack.driver.event(channel_message(text, ts=ts)).status == 200
    slack.wait_idle()
    [call] = slack.api.calls_to("chat.postEphemeral")
    return {b["value"].split("|")[1]: b for b in buttons(call.params)}


def _click(slack, button: dict) -> None:  # type: ignore[no-untyped-def]
    result = slack.driver.click(LARS, {"action_id": button["action_id"], "value": button["value"]})
    assert result.status == 200
    slack.wait_idle()


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "option", "want"),
    [
        ("møte med K-Bygg og H&M i dag", "record", ["H&M", "K-Bygg"]),
        ("Möte med Dagens Nyheter och Expressen", "record", ["Dagens Nyheter", "Expressen"]),
        ("møte med K-Bygg og H&M i dag", "pick:0", ["K-Bygg og H&M"]),
        ("møte med K-Bygg og H&M i dag", "not_a_sale", []),
    ],
)
def test_one_customer_or_two_is_one_question_and_its_answer_records_what_it_says(
    slack, text: str, option: str, want: list[str]
) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="nb-NO", idle=True)
    by_option = _asked(slack, text, ts="1764580000.000100")
    assert set(by_option) == {"record", "pick:0", "edit", "not_a_sale"}, by_option
    _click(slack, by_option[option])
    assert sorted(r["customer"] for r in stored(slack)) == want
    assert all(r["kind"] == "meeting" for r in stored(slack))
    # the message delivered again stores nothing more and asks nothing more
    slack.api.reset()
    slack.driver.event(channel_message(text, ts="1764580000.000100"))
    slack.wait_idle()
    assert sorted(r["customer"] for r in stored(slack)) == want


KARI = "U0KARI"
TUESDAY = datetime(2026, 12, 1, 13, 0, tzinfo=UTC)  # 14:00 in Oslo


def _steps(team) -> list[tuple[str | None, date | None]]:  # type: ignore[no-untyped-def]
    return sorted(
        (lead.next_step, lead.next_step_due) for lead in leads(team) if lead.next_step_due
    )


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # neutral: last week, or this week's plans
        (
            "Tors: møte Telenor. Fre: tilbud Tine 1,2 mill",
            ["Forrige uke: tor. 26. nov. og fre. 27. nov.", "Denne uka, som planer: torsdag og fredag", "Avbryt"],
        ),
        # said to come: the plans only
        (
            "Tors: skal møte Telenor. Fre: skal sende tilbud til Tine 1,2 mill",
            ["Denne uka, som planer: torsdag og fredag", "Avbryt"],
        ),
    ],
)  # fmt: skip
def test_a_list_of_days_all_to_come_is_planned_at_this_weeks_click(
    slack, clock, text: str, labels: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """lists28 item 4 (was: offered as last week's only; said to come, nothing)."""
    clock.set(TUESDAY)
    team = set_up_team(slack)
    [note] = post(team, text, "1796130000.000200", user=KARI)
    assert [b["text"]["text"] for b in buttons(note.params)] == labels, text_of(note.params)
    assert stored(team) == []
    this_week = option(note.params, "this_week")
    click(team, KARI, this_week, idle=True)
    click(team, KARI, this_week, idle=True)  # a double click plans once
    assert stored(team) == []  # nothing held, nothing counted
    assert _steps(team) == [("møte", date(2026, 12, 3)), ("tilbud", date(2026, 12, 4))]
