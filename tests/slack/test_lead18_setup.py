"""A new team's time zone and currency (trial18's finding, session 18): a UK manager whose Slack
is en-GB in Europe/London set up a team in Oslo's time and NOK (English mapped to NOK), so its
week ended and its digest went out on Oslo's clock and its amounts read as kroner unless someone
noticed. Now the manager's own Slack time zone decides both; the language decides the currency
only where the zone says none."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.models import SalesTeam
from tests.helpers import text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"


def _team(slack) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with slack.engine.connect() as conn:
        return tuple(conn.execute(select(SalesTeam.timezone, SalesTeam.currency)).one())


@pytest.mark.parametrize(
    ("zone", "locale", "expected"),
    [
        ("Europe/London", "en-GB", ("Europe/London", "GBP")),
        ("Europe/Stockholm", "en-US", ("Europe/Stockholm", "SEK")),  # was NOK
        ("Europe/Copenhagen", "en-US", ("Europe/Copenhagen", "DKK")),
        ("Europe/Oslo", "en-US", ("Europe/Oslo", "NOK")),
        ("Mars/Olympus_Mons", "en-US", ("Europe/Oslo", "NOK")),  # a zone the clock cannot use
    ],
)
def test_a_new_team_takes_its_managers_zone_and_its_currency(slack, zone, locale, expected) -> None:  # type: ignore[no-untyped-def]
    slack.api.users[KARI].tz = zone
    slack.api.users[KARI].locale = locale
    said = text_of(slack.driver.command("/kpi", "setup", KARI, CHANNEL).reply())
    assert _team(slack) == expected
    assert f"{expected[0]}" in said and expected[1] in said, said
