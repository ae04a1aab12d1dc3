"""/kpi callday: a seller's open offers quiet for 14+ days (largest first) and A-customers due a
touchpoint, with buttons to plan a step or log a call. Clock: Friday 2026-11-20."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.db import make_session_factory, session_scope
from storage.models import Customer
from tests.helpers import buttons, text_of
from tests.slack.test_digest import _english, _log, _team

KARI, LARS, ALEX = "U0KARI", "U0LARS", "U0ALEX"
CHANNEL = "C0SALES"


def _callday(slack, user, text=""):  # type: ignore[no-untyped-def]
    result = slack.driver.command("/kpi", f"callday {text}".strip(), user, CHANNEL)
    return result, result.reply()


def test_quiet_offers_and_a_customers_due_in_the_order_to_call(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _log(slack, LARS, "Equinor 250k 2026-10-01", "/logoffer")  # quiet 50 days
    _log(slack, LARS, "Orkla 900k 2026-10-20", "/logoffer")  # quiet, larger
    _log(slack, LARS, "Yara 100k 2026-11-16", "/logoffer")  # touched this week: not listed
    _log(slack, LARS, "Hydro 2026-06-01", "/logcall")  # an A-customer, last touched in June
    with session_scope(make_session_factory(slack.engine)) as s:
        s.scalars(select(Customer).where(Customer.name == "Hydro")).one().tier = "A"
    result, reply = _callday(slack, LARS)
    text = text_of(reply)
    assert text.index("*Orkla*") < text.index("*Equinor*")  # largest first
    assert "Yara" not in text
    assert "50 days since the last activity" in text
    assert "A-customers due a touchpoint" in text and "*Hydro*" in text
    actions = {b["action_id"] for b in buttons_of(reply)}
    assert actions == {"lead_plan_next_step", "callday_log_call"}
    [call] = [b for b in buttons_of(reply) if b["action_id"] == "callday_log_call"]
    slack.driver.click(LARS, call, response_url=result.response_url)
    opened = slack.api.wait_for(lambda c: c.method == "views.open")[0].params
    view = (
        opened["view"]
        if isinstance(opened["view"], dict)
        else __import__("json").loads(opened["view"])
    )
    [customer] = [b for b in view["blocks"] if b.get("block_id") == "customer"]
    assert customer["element"]["initial_option"]["value"] == "Hydro"


def buttons_of(message):  # type: ignore[no-untyped-def]
    """Buttons in section accessories as well as in actions blocks."""
    found = list(buttons(message))
    for block in message.get("blocks", []):
        accessory = block.get("accessory")
        if accessory and accessory.get("type") == "button":
            found.append(accessory)
    return found


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_nothing_overdue_says_so(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _, reply = _callday(slack, LARS)
    assert "Nothing overdue" in text_of(reply)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_manager_sees_a_sellers_list_a_colleague_does_not(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _log(slack, LARS, "Equinor 250k 2026-10-01", "/logoffer")
    _, reply = _callday(slack, KARI, f"<@{LARS}|lars>")
    assert "Call day for Lars" in text_of(reply) and "Equinor" in text_of(reply)
    _, refused = _callday(slack, ALEX, f"<@{LARS}|lars>")
    assert "Equinor" not in text_of(refused) and "Only managers" in text_of(refused)


def test_beyond_the_fifteen_listed_the_rest_are_named_never_dropped(slack) -> None:  # type: ignore[no-untyped-def]
    """18 quiet offers and 17 A-customers due: 15 of each with a button, the rest named on a
    line of their own (were cut at 15 unsaid, polish15's finding), in Norwegian too."""
    _english(slack)
    _team(slack)
    import hashlib

    def names(prefix: str, n: int) -> list[str]:  # no two alike: no "did you mean" question
        return [
            hashlib.sha1(f"{prefix}{i}".encode()).hexdigest()[:8].capitalize() for i in range(n)
        ]

    offers = names("offer", 18)
    for n, name in enumerate(offers):
        _log(slack, LARS, f"{name} {900 - n}k 2026-10-01", "/logoffer")
    due = names("a", 17)
    for name in due:
        _log(slack, LARS, f"{name} 2026-06-01", "/logcall")
    with session_scope(make_session_factory(slack.engine)) as s:
        for customer in s.scalars(select(Customer).where(Customer.name.in_(due))):
            customer.tier = "A"
    _result, reply = _callday(slack, LARS)
    text = text_of(reply)
    assert sum("accessory" in b for b in reply["blocks"]) == 30, text
    assert all(f"*{name}*" in text for name in offers + due), text  # every one named
    assert f"…and 3 more open offers quiet for two weeks or more: *{offers[15]}*" in text
    assert "…and 2 more A-customers due a touchpoint: *" in text
    slack.driver.command("/kpi", "language nb", LARS, CHANNEL).reply()
    _result, norsk = _callday(slack, LARS)
    assert "…og 3 åpne tilbud til uten aktivitet i to uker eller mer: " in text_of(norsk)
    assert "…og 2 A-kunder til som skal ha et kontaktpunkt: " in text_of(norsk)
