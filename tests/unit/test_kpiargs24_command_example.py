"""Session 24 (kpiargs24). The "log it with a command" hint (activities.command_example, shown
when a message asked about was deleted) wrote the TEAM's currency for a seller who had chosen
their own (`/kpi currency DKK` in a NOK team): "/logwin Yara 330000 NOK" for a Dane's DKK
330 000. It writes the seller's currency now, and no code when a bare amount from them means
the team's currency anyway."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.activities import command_example
from bot.services.commands import LogCommand
from bot.services.requester import Who

TODAY = date(2027, 3, 3)


def _who(language: str, krone: str, team: str = "NOK", chosen: str | None = None) -> Who:
    return Who(
        workspace_id="T1", user_id="U1", seller_id=1, language=language, timezone="Europe/Oslo",
        currency=team, krone=krone, team_id=1, is_manager=False, today=TODAY,
        own_team_id=1, own_currency=team, bare_currency=chosen,
    )  # fmt: skip


def _win(currency: str | None) -> LogCommand:
    return LogCommand(ActivityKind.WIN, "Yara", TODAY, amount=Decimal(330000), currency=currency)


@pytest.mark.parametrize(
    ("who", "currency", "example"),
    [
        # A Dane in a NOK team who chose DKK for their bare amounts (was: "… 330000 NOK")
        (_who("da", "DKK", chosen="DKK"), None, "/logwin Yara 330000 DKK"),
        (_who("da", "DKK", chosen="DKK"), "DKK", "/logwin Yara 330000 DKK"),
        # a Swede in a NOK team who chose SEK (was: NOK)
        (_who("sv", "SEK", chosen="SEK"), None, "/logwin Yara 330000 SEK"),
        # a Dane who chose the team's NOK: their currency, said (a bare one would be NOK too)
        (_who("da", "DKK", chosen="NOK"), None, "/logwin Yara 330000 NOK"),
        # a Dane who chose DKK whose amount was said in NOK: NOK, or it would be read as DKK
        (_who("da", "DKK", chosen="DKK"), "NOK", "/logwin Yara 330000 NOK"),
        # a Dane who has not chosen: no code (the command asks, as the message did; was NOK)
        (_who("da", "DKK"), None, "/logwin Yara 330000"),
        # their currency is the team's: no code (was: "… 330000 NOK")
        (_who("nb", "NOK"), None, "/logwin Yara 330000"),
        (_who("nb", "NOK"), "NOK", "/logwin Yara 330000"),
        (_who("en", "NOK"), None, "/logwin Yara 330000"),
        (_who("da", "DKK", team="DKK"), None, "/logwin Yara 330000"),
        (_who("sv", "SEK", team="SEK", chosen="SEK"), None, "/logwin Yara 330000"),
        # another currency said: always written
        (_who("nb", "NOK"), "EUR", "/logwin Yara 330000 EUR"),
        (_who("da", "DKK", chosen="DKK"), "EUR", "/logwin Yara 330000 EUR"),
    ],
)  # fmt: skip
def test_the_command_hint_writes_the_sellers_currency(
    who: Who, currency: str | None, example: str
) -> None:
    assert command_example(_win(currency), who) == example
