"""Vocabulary shared by services, storage and rendering (no Slack, no database)."""

from __future__ import annotations

from enum import StrEnum


class ActivityKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    OFFER = "offer"
    WIN = "win"
    LOSS = "loss"


class Temperature(StrEnum):
    COLD = "cold"
    WARM = "warm"
    HOT = "hot"


class Source(StrEnum):
    COMMAND = "command"
    MODAL = "modal"
    MESSAGE = "message"
    BUTTON = "button"  # e.g. "Mark lost" on a nudge


class LeadStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


LANGUAGES = ("en", "nb", "sv", "da")

# The krone a Scandinavian writes as "kr", and the default currency of a team, by language.
CURRENCY_BY_LANGUAGE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}

# Currencies a team can choose in /kpi settings.
CURRENCIES = ("NOK", "SEK", "DKK", "EUR", "USD", "GBP")
