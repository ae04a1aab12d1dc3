"""Customers a manager can keep clean: rename, merge, delete, tier and owner through `/kpi
customer …`, handing a lead over from the App Home, and Undo taking away the customer its entry
made. Through signed requests; the clock stands at Friday 2026-11-20 10:00 in Oslo. Kari is a
workspace admin (a manager); Lars, Mette and Alex are sellers."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import make_session_factory, session_scope
from storage.models import Activity, Customer, Lead, Seller
from tests.helpers import buttons, count_rows, customers, leads, stored, text_of

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"


def _english(slack) -> None:  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"


def _say(slack, user, command, text, channel="C0SALES"):  # type: ignore[no-untyped-def]
    result = slack.driver.command(command, text, user, channel)
    return text_of(result.reply())


def _owner_of(slack, lead_id: int) -> str:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as session:
        lead = session.get(Lead, lead_id)
        assert lead is not None
        return lead.owner.slack_user_id


def test_smoke(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _say(slack, ALEX, "/logmeeting", "Equinr")
    print(_say(slack, KARI, "/kpi", "customer Equinr rename Equinor"))
    print(_say(slack, KARI, "/kpi", "customer Ukjent Kunde tier A"))
    print(_say(slack, KARI, "/kpi", "customer Equinorr tier A"))
    print(_say(slack, KARI, "/kpi", "customer Ukjent Kunde owner <@U0LARS|lars>"))
    print(_say(slack, KARI, "/kpi", "customer Ukjent Kunde delete"))
    print(_say(slack, KARI, "/kpi", "customer Equinor delete"))
    print(_say(slack, LARS, "/kpi", "customer Equinor rename X"))
    print(slack.api.calls_to("chat.postMessage"))
    assert 0
