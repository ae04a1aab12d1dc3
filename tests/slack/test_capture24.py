"""Session 24, through signed events: the one-or-two question ("Møte med Nordvik and Lunde i dag",
neither name known) says the choice its buttons offer, in each of the four languages; the next
try after a call nobody answered ("…, prøver igjen tirsdag") is the open lead's next step."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import buttons, channel_message, click, leads, set_up_team, stored, text_of

LARS, KARI = "U0LARS", "U0KARI"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("locale", "asked", "one", "two"),
    [
        ("en-GB", "*Nordvik and Lunde*: one customer or two?", "One customer", "Two customers"),
        ("nb-NO", "*Nordvik and Lunde*: én kunde eller to?", "Én kunde", "To kunder"),
        ("sv-SE", "*Nordvik and Lunde*: en kund eller två?", "En kund", "Två kunder"),
        ("da-DK", "*Nordvik and Lunde*: én kunde eller to?", "Én kunde", "To kunder"),
    ],
)
def test_the_one_or_two_question_names_the_choice(  # type: ignore[no-untyped-def]
    slack, locale: str, asked: str, one: str, two: str
) -> None:
    # was "Record this as a meeting with *Nordvik*?" above "Two customers: Nordvik, Lunde" /
    # "One customer: Nordvik and Lunde": a question about Marks alone
    set_up_team(slack, locale=locale, idle=True)
    event = channel_message("Møte med Nordvik and Lunde i dag", ts="1763630000.009700")
    assert slack.driver.event(event).status == 200
    slack.wait_idle()
    first = slack.api.calls_to("chat.postEphemeral")[0].params
    said = text_of(first)
    assert asked in said, said
    assert "Nordvik*?" not in said, said
    labels = {b["value"].split("|")[1]: b["text"]["text"] for b in buttons(first)}
    assert labels["pick:0"].startswith(one) and labels["record"].startswith(two), labels


def _say(slack, text: str, ts: str, user: str = LARS) -> None:  # type: ignore[no-untyped-def]
    assert slack.driver.event(channel_message(text, ts=ts, user=user)).status == 200
    slack.wait_idle()


# Today is Friday 20 November 2026 (tests/conftest.py): "tirsdag" is Tue 24 Nov.
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("Ringte Telenor x2 uten svar, prøver igjen tirsdag", 2),
        ("Ringte Telenor, ingen svar, følger opp tirsdag", 1),
    ],
)
def test_a_next_try_after_no_answer_is_the_asked_call_s_next_step(  # type: ignore[no-untyped-def]
    slack, text: str, calls: int
) -> None:
    # session 24: the next try said with its day was the open lead's next step and the call nobody
    # answered counted nothing. The lead's decision, session 31 (mendG31): the attempt is activity
    # the seller controls, so the call is asked; Record stores it with the next try as its step
    set_up_team(slack, locale="nb-NO", idle=True)
    slack.driver.command("/logoffer", "Telenor 100k", LARS, "C0SALES")
    slack.wait_idle()
    before = stored(slack)
    slack.api.reset()
    _say(slack, text, ts="1763630000.009800")
    assert stored(slack) == before  # asked, nothing stored before the click
    asked = slack.api.calls_to("chat.postEphemeral")[-1].params
    assert "Telenor" in text_of(asked), text_of(asked)
    [record] = [b for b in buttons(asked) if b["value"].endswith("|record")]
    click(slack, LARS, record, idle=True)
    click(slack, LARS, record, idle=True)  # a double click stores it once
    new = [r for r in stored(slack) if r not in before]
    assert [(r["kind"], r["customer"]) for r in new] == [("call", "Telenor")] * calls, new
    [lead] = [lead for lead in leads(slack) if lead.next_step is not None]
    assert lead.next_step_due == date(2026, 11, 24), lead.next_step


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_next_try_opens_no_lead_of_its_own(slack) -> None:  # type: ignore[no-untyped-def]
    # Aviva known (a colleague's call), no lead of Lars's: the next try plans nothing
    set_up_team(slack, locale="en-GB", idle=True)
    slack.driver.command("/logcall", "Aviva -- known", KARI, "C0SALES").reply()
    slack.wait_idle()
    before_rows, before_leads = stored(slack), len(leads(slack))
    _say(slack, "Called Aviva, no answer, will try again Tuesday", ts="1763630000.009900")
    assert stored(slack) == before_rows
    assert len(leads(slack)) == before_leads
    assert all(lead.next_step is None for lead in leads(slack))
