"""`/kpi customer Arla owner @mette` for a customer not logged yet makes it, owned by Mette, as
`/kpi customer Arla tier A` makes one (trial20: it was refused, "There is no customer called
*Arla* yet", while the tier made it). A name close to a known customer is asked about, with
"New customer" among the buttons, as for a tier."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storage.db import make_session_factory, session_scope
from storage.models import Customer, Seller
from tests.helpers import buttons, click_answer, command_reply, set_up_team, text_of

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    at = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    locales = {KARI: "en-GB", LARS: "en-GB"}
    return set_up_team(slack, locales=locales, clock=clock, at=at, reset=False)


def _owner(slack, name: str) -> str | None:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as s:
        customer = s.query(Customer).filter_by(name=name).one()
        owner = s.get(Seller, customer.owner_id) if customer.owner_id else None
        return owner.slack_user_id if owner else None


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_owner_for_a_customer_not_logged_yet_makes_it(team) -> None:  # type: ignore[no-untyped-def]
    said = command_reply(team, KARI, "/kpi", f"customer Arla owner <@{LARS}|lars>")
    assert "New in the customer list: Arla" in said, said
    assert f"<@{LARS}>" in said, said
    assert "no customer called" not in said, said
    assert _owner(team, "Arla") == LARS
    # The customer is the one a tier then changes, owner kept; Lars's meeting is with it.
    tier = command_reply(team, KARI, "/kpi", "customer Arla tier A")
    assert "*Arla* is now an A-customer" in tier and f"<@{LARS}>" in tier, tier
    assert "Logged a *meeting* with *Arla*" in command_reply(team, LARS, "/logmeeting", "Arla")
    assert _owner(team, "Arla") == LARS


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_name_close_to_a_known_customer_is_asked_with_new_customer(team) -> None:  # type: ignore[no-untyped-def]
    command_reply(team, KARI, "/logmeeting", "Equinor")
    team.api.reset()
    result = team.driver.command("/kpi", f"customer Equinr owner <@{LARS}|lars>", KARI)
    asked = result.reply()
    labels = {b["text"]["text"]: b for b in buttons(asked)}
    assert "Equinor" in labels, labels
    [new] = [b for label, b in labels.items() if "Equinr" in label]
    answer = click_answer(team, KARI, new, result)
    assert "New in the customer list: Equinr" in text_of(answer), text_of(answer)
    assert _owner(team, "Equinr") == LARS and _owner(team, "Equinor") is None
