"""Session 24, the log commands through the app:
- "/logwin Volvo 1 250 tkr sista mars": "sista mars" was not read as a date and the question
  showed the amount as 1 250 ("Store as read" stored a thousandth). The grouped digits and their
  unit are one amount, 1 250 000, whatever follows; "sista/siste/sidste mars" and "end of March"
  are the month's last day."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from tests.helpers import buttons, click_answer, count_rows, leads, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
FRIDAY = datetime(2027, 7, 2, 8, 0, tzinfo=UTC)  # 10:00 in Oslo


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)  # never the real clock
    return set_up_team(slack)


def _known(team, customer: str) -> None:  # type: ignore[no-untyped-def]
    team.driver.command("/logmeeting", f"{customer} 1.6.", KARI, CHANNEL).reply()


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "said",
    ["sista mars", "siste mars", "sidste marts", "end of March", "ultimo mars", "31.3."],
)
def test_grouped_thousands_before_the_month_s_last_day(team, said: str) -> None:  # type: ignore[no-untyped-def]
    _known(team, "Volvo")
    reply = team.driver.command("/logwin", f"Volvo 1 250 tkr {said}", KARI, CHANNEL).reply()
    wins = [row for row in stored(team) if row["kind"] == "win"]
    assert [(row["date"], row["amount"]) for row in wins] == [("2027-03-31", Decimal(1_250_000))], (
        text_of(reply)
    )


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_month_s_last_day_ahead_is_refused_for_a_done_win(team) -> None:  # type: ignore[no-untyped-def]
    reply = team.driver.command("/logwin", "Volvo 1250 tkr sista juli", KARI, CHANNEL).reply()
    assert count_rows(team) == 0 and not buttons(reply), text_of(reply)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("after", ["sista mars hurra", "hurra", "tack alla"])
def test_grouped_thousands_with_unread_words_ask_the_whole_amount(team, after: str) -> None:  # type: ignore[no-untyped-def]
    _known(team, "Volvo")
    result = team.driver.command("/logwin", f"Volvo 1 250 tkr {after}", KARI, CHANNEL)
    reply = result.reply()
    said = text_of(reply)
    assert "1 250 000" in said.replace("\xa0", " "), said
    [as_read] = [b for b in buttons(reply) if b["value"].endswith("|as_read")]
    click_answer(team, KARI, as_read, result)
    [win] = [row for row in stored(team) if row["kind"] == "win"]
    assert win["amount"] == Decimal(1_250_000)


def _plain(text: str) -> str:
    return text.replace("\xa0", " ")


def _labels(reply: dict) -> list[str]:
    return [_plain(b["text"]["text"]) for b in buttons(reply)]


def _revision_asked(team) -> None:  # type: ignore[no-untyped-def]
    team.driver.command("/logoffer", "Maersk EUR 120k", KARI, CHANNEL).reply()
    asked = team.driver.command("/logoffer", "Maersk 1,4 mill", KARI, CHANNEL).reply()
    assert "EUR" in _plain(text_of(asked)) and "NOK" in _plain(text_of(asked)), text_of(asked)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_waiting_amount_of_no_known_currency_is_offered_in_each(team) -> None:  # type: ignore[no-untyped-def]
    _revision_asked(team)
    reply = team.driver.command("/logwin", "Maersk", KARI, CHANNEL).reply()
    said, labels = _plain(text_of(reply)), _labels(reply)
    assert "EUR 1 400 000" not in said and "1 400 000" in said, said
    won = [label for label in labels if "1 400 000" in label]
    assert sorted(won) == sorted(
        [
            label.replace("CUR", code)
            for code in ("NOK", "EUR")
            for label in (won[0][:-13] + "CUR 1 400 000",)
        ]
    ), labels
    assert any("120 000" in label for label in labels), labels
    assert [row["kind"] for row in stored(team)] == ["offer"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("currency", ["NOK", "EUR"])
def test_the_currency_clicked_is_the_revision_s_and_the_win_s(team, currency: str) -> None:  # type: ignore[no-untyped-def]
    _revision_asked(team)
    result = team.driver.command("/logwin", "Maersk", KARI, CHANNEL)
    reply = result.reply()
    [chosen] = [
        b for b in buttons(reply) if _plain(b["text"]["text"]).endswith(f"{currency} 1 400 000")
    ]
    click_answer(team, KARI, chosen, result)
    rows = [(r["kind"], r["amount"], r["currency"]) for r in stored(team)]
    assert rows == [
        ("offer", Decimal(120_000), "EUR"),
        ("offer", Decimal(1_400_000), currency),
        ("win", Decimal(1_400_000), currency),
    ], rows


# nudge25: the time is kept in the step's time column (was: in its words, "følger opp kl 14"),
# and said the seller's way
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "step", "at"),
    [
        ("Acme varm, følger opp torsdag kl 14", "følger opp", "14:00"),
        ("Acme ringer dem fredag 10:00", "ringer dem", "10:00"),
        ("Acme följer upp på torsdag kl. 9", "följer upp", "09:00"),
        ("Acme chasing them on Thursday at 2pm", "chasing them", "14:00"),
        ("Acme follow up 18/07 at 10:30", "follow up", "10:30"),
    ],
)
def test_the_time_of_a_next_step_is_kept_and_said(team, text: str, step: str, at: str) -> None:  # type: ignore[no-untyped-def]
    reply = team.driver.command("/logmeeting", text, KARI, CHANNEL).reply()
    [lead] = leads(team)
    assert (lead.next_step, lead.next_step_time.strftime("%H:%M")) == (step, at), text_of(reply)
    # flows26: the step, then its day and its time, as one says them ("følger opp tor. 3.12.
    # kl. 14:00"; was "følger opp 14:00" and the day after "innen")
    said = _plain(text_of(reply))
    assert f"{step} " in said and f" {at}" in said, said
    assert said.index(f"{step} ") < said.index(f" {at}"), said


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("command", "text", "step"),
    [
        ("/logmeeting", "Veidekke i morgen kl 9", "møte"),  # at 09:00, in its own column
        ("/logcall", "Veidekke i morgen", "call"),
    ],
)
def test_a_talk_ahead_is_planned_with_one_click(team, command: str, text: str, step: str) -> None:  # type: ignore[no-untyped-def]
    result = team.driver.command(command, text, KARI, CHANNEL)
    reply = result.reply()
    [plan] = [b for b in buttons(reply) if b["value"].endswith("|plan")]
    assert "Veidekke" in plan["text"]["text"], plan
    assert count_rows(team) == 0 and not leads(team)  # nothing stored until clicked
    click_answer(team, KARI, plan, result)
    again = click_answer(team, KARI, plan, result)  # a double click plans it once
    [lead] = leads(team)
    assert (lead.next_step, str(lead.next_step_due)) == (step, "2027-07-03"), text_of(again)
    assert count_rows(team) == 0  # nothing counted as held
