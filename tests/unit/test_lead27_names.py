"""Session 27 (the lead's probes): names and meetings a seller writes every day that the channel
reader and the command reader got wrong, each row read as a careful colleague reads it.

- A lone capital letter after a name's word is the name's ("Circle K" was stored as "Circle",
  sure: the figure under another customer), never the English "I" nor a unit after a number.
- A one-letter first part before a capitalised word ("K-Bygg") is the name's, not the unit "k"
  (was: nothing).
- Founders' first names shortened in a company's name ("Wilh. Wilhelmsen", "Chr. Hansen") keep
  their dot inside the name (was: "Wilh", the rest dropped or asked as unread words).
- "Lunch meeting with BT", "Frokostmøde med Arla": a meeting (was: nothing, the meal read as
  internal).
- "45 000 i mnd x 24": a price per month in the commands as in the messages (was: "i mnd x 36"
  unread in a command)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.commands import parse_log_command
from tests.unit.fresh_phrasings import MEETING, OFFER, WIN, L, S, check_message

T = date(2026, 12, 1)  # a Tuesday
KNOWN: list[str] = ["Tesco", "Orkla"]

MESSAGES = [
    ("Vant Circle K 200k", [(S, WIN, "Circle K", Decimal(200_000), T)]),
    ("Møte hos Circle K Norge i dag", [(S, MEETING, "Circle K Norge", None, T)]),
    (
        "Signert avtale med Circle K, 45 000 i mnd x 24",
        [(L, WIN, "Circle K", Decimal(1_080_000), T)],
    ),
    ("Møte med K-Bygg i dag", [(S, MEETING, "K-Bygg", None, T)]),
    ("Møte med Wilh. Wilhelmsen i dag", [(S, MEETING, "Wilh. Wilhelmsen", None, T)]),
    ("Vant Chr. Hansen 200k", [(S, WIN, "Chr. Hansen", Decimal(200_000), T)]),
    ("Tilbud til Joh. Johannson på 90k", [(S, OFFER, "Joh. Johannson", Decimal(90_000), T)]),
    ("Lunch meeting with BT Group", [(S, MEETING, "BT Group", None, T)]),
    ("Had a lunch meeting with Tesco today", [(S, MEETING, "Tesco", None, T)]),
    ("Frokostmøde med Arla i dag", [(S, MEETING, "Arla", None, T)]),
    ("Frukostmöte med Scania", [(S, MEETING, "Scania", None, T)]),
    # what must not change
    ("Won Tesco 200 K", [(S, WIN, "Tesco", Decimal(200_000), T)]),
    ("Met Tesco I think, not sure it counts", []),
    ("Lunch meeting with the team", []),
    ("Møte med Orkla. Neste uke: tilbud", [(S, MEETING, "Orkla", None, T)]),
]


@pytest.mark.parametrize("row", MESSAGES, ids=[row[0][:40] for row in MESSAGES])
def test_names_with_a_letter_or_a_founders_short_name_and_meal_meetings(row: tuple) -> None:
    check_message(row, T, KNOWN)


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Elkjøp 30 000 i mnd x 36", "i mnd"),
        ("Elkjøp 30k i mnd i 3 år", "i mnd"),
        ("Elkjøp 30 000 i måneden x 36", "i måneden"),
    ],
)
def test_a_price_i_mnd_is_per_month_in_a_command(text: str, per: str) -> None:
    """Asked with the whole value for the term said (was: "i mnd x 36" unread, 30 000 shown)."""
    cmd = parse_log_command(ActivityKind.WIN, text, today=T)
    assert (cmd.customer, cmd.amount, cmd.per_period, cmd.price) == (
        "Elkjøp",
        Decimal(1_080_000),
        per,
        Decimal(30_000),
    )


def test_a_price_i_mnd_alone_is_asked_as_a_price_per_month() -> None:
    cmd = parse_log_command(ActivityKind.WIN, "Elkjøp 30 000 i mnd", today=T)
    assert (cmd.amount, cmd.per_period) == (Decimal(30_000), "i mnd")


@pytest.mark.parametrize(
    ("text", "customer"),
    [("Wilh. Wilhelmsen", "Wilh. Wilhelmsen"), ("Chr. Hansen 200k", "Chr. Hansen")],
)
def test_a_founders_short_name_in_a_command(text: str, customer: str) -> None:
    kind = ActivityKind.WIN if "200k" in text else ActivityKind.MEETING
    cmd = parse_log_command(kind, text, today=T)
    assert (cmd.customer, cmd.unread) == (customer, None)


BOTH = [
    # the known customer first, as "Vant Tine og Orkla" reads
    ("Vant både Tine og Orkla", [(L, WIN, "Orkla", None, T), (L, WIN, "Tine", None, T)]),
    (
        "Vant både Tine (300k) og Orkla (150k)!",
        [(L, WIN, "Tine", Decimal(300_000), T), (L, WIN, "Orkla", Decimal(150_000), T)],
    ),
    ("Won both Tesco and Boots", [(L, WIN, "Tesco", None, T), (L, WIN, "Boots", None, T)]),
    ("Vann både ICA och Coop", [(L, WIN, "ICA", None, T), (L, WIN, "Coop", None, T)]),
    (
        "Møte med både Tine og Orkla i dag",
        [(L, MEETING, "Orkla", None, T), (L, MEETING, "Tine", None, T)],
    ),
    ("Both went well", []),
    ("Hadde det både gøy og travelt", []),
]


@pytest.mark.parametrize("row", BOTH, ids=[row[0][:40] for row in BOTH])
def test_both_before_a_pair_of_customers_reads_the_pair(row: tuple) -> None:
    """ "både … og", "both … and" before names: the pair, as without it (was: nothing)."""
    check_message(row, T, KNOWN)
