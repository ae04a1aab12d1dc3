"""Vocabulary shared by services, storage and rendering (no Slack, no database)."""

from __future__ import annotations

from enum import StrEnum


class ActivityKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    OFFER = "offer"
    WIN = "win"
    LOSS = "loss"


# Each kind by its value (or by itself: a kind is the str it stands for), looked up in a dict:
# `ActivityKind(x)` ran the enum's Python __call__ and __new__ for the same answer, eight times a
# served log command (~25 k instructions; ack33). Raises KeyError where that raised ValueError.
KIND_OF: dict[str, ActivityKind] = {kind.value: kind for kind in ActivityKind}


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
DEFAULT_ZONE = "Europe/Oslo"  # a team's or seller's time zone when Slack says none
CURRENCY_BY_LANGUAGE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}
# A new team's currency from where its manager is (their Slack time zone), before the language:
# a Swede or a Brit whose Slack is in English gets SEK or GBP, not NOK.
CURRENCY_BY_TIMEZONE = {
    "Europe/Oslo": "NOK", "Arctic/Longyearbyen": "NOK", "Europe/Stockholm": "SEK",
    "Europe/Copenhagen": "DKK", "Europe/London": "GBP", "Europe/Helsinki": "EUR",
    "Europe/Dublin": "EUR", "Europe/Berlin": "EUR", "Europe/Amsterdam": "EUR",
    "Europe/Brussels": "EUR", "Europe/Paris": "EUR", "Europe/Madrid": "EUR",
    "Europe/Vienna": "EUR", "Europe/Rome": "EUR", "Europe/Lisbon": "EUR", "Europe/Tallinn": "EUR",
    "Europe/Riga": "EUR", "Europe/Vilnius": "EUR", "Europe/Mariehamn": "EUR",
    "America/New_York": "USD", "America/Chicago": "USD", "America/Denver": "USD",
    "America/Los_Angeles": "USD", "America/Phoenix": "USD",
}  # fmt: skip

# Currencies a team can choose in /kpi settings.
CURRENCIES = ("NOK", "SEK", "DKK", "EUR", "USD", "GBP")
