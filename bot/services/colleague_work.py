"""Work told as done for a colleague ("Lars bad mig logge: møde med Novo", "Logger for Kari:
tilbud Tine 85k", "Sendte tilbud til Tine for Kari"): the recogniser records nothing (blocks:
"someone-else"), never the author's record. Its author is told so privately, once, with the
command that logs it: each seller's figures are what they logged themselves. A colleague's
record is never made by someone else here: an activity is the seller's who did it, and only
the seller, their manager or an admin may act for them (requester.may_act_for); a peer's
"Log for Kari" would put numbers in Kari's figures that Kari never said."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.capture.signals import FIRST_NAMES, KnownCustomers
from bot.services.dates import fold

_NAME = r"(?:<@[A-Z0-9]+(?:\|[^>]*)?>|@?[A-ZÆØÅÄÖ][a-zæøåäöé]+)"
_VERB = (
    r"(?:logge|logga|log|føre|fore|registrere|registrera|record|notere|post|add|lægge\s+ind|"
    r"lägga\s+in|legge\s+inn)"
)
# "Lars bad mig logge:", "Lars ba meg føre:", "Lars asked me to log:", "Logger for Kari:",
# "På vegne av Ola:", "Posting this for <@U0KARI>:"
_BEFORE = re.compile(
    rf"^\s*(?P<a>{_NAME})\s+(?:bad|ba|asked)\s+(?:mig|meg|me)\s+(?:om\s+(?:at|å)\s+|att\s+|to\s+)?"
    rf"{_VERB}(?:\s+(?:det|dette|detta|this|it))?\s*:\s*"
    rf"|^\s*(?:logger|logging|loggar|registrerer|poster|posting|legger\s+inn)"
    rf"(?:\s+(?:det|dette|detta|this|it|lige))?\s+(?:for|för|åt)\s+(?P<b>{_NAME})\s*:\s*"
    rf"|^\s*(?:på\s+vegne\s+av|på\s+vegne\s+af|on\s+behalf\s+of)\s+(?P<c>{_NAME})\s*:\s*",
    re.IGNORECASE,
)
# "Sendte tilbud til Tine for Kari", "Booked a meeting with Novo for <@U0KARI>"
_AFTER = re.compile(rf"\s+(?:for|för|åt)\s+(?P<d>{_NAME})\s*[.!]*\s*$")


@dataclass(frozen=True)
class ForColleague:
    command: str  # the command that logs it: "/logmeeting Novo", "/logoffer Tine 85000"


def for_a_colleague(
    text: str,
    *,
    today: date,
    krone: str = "NOK",
    known_customers: KnownCustomers | Collection[str] = (),
    open_offers: Collection[str] = (),
) -> ForColleague | None:
    """The work a message tells as done for a colleague, as the command that logs it; None for
    any other message (a colleague's news, "Kari vant Tine", is theirs and says nothing)."""
    rest = _without_the_colleague(text)
    if rest is None:
        return None
    found = recognise(
        rest, today=today, krone=krone, known_customers=known_customers, open_offers=open_offers
    )
    if found.outcome is Outcome.NOTHING or found.kind is None or not found.customer:
        return None
    amount = ""
    if found.amount is not None and found.kind in (ActivityKind.OFFER, ActivityKind.WIN):
        # readers26: with the currency the message said ("€12k", "85 000 SEK", "2,5 MSEK"), as
        # the shared amount reader read it (was the number alone: EUR 12 000 logged as NOK)
        said = f" {found.currency}" if found.currency else ""
        amount = f" {found.amount.normalize():f}{said}"
    return ForColleague(f"/log{found.kind.value} {found.customer}{amount}")


def said_for_someone(text: str) -> bool:
    """Cheap, before any database work: whether the text may tell work done for a colleague."""
    return _without_the_colleague(text) is not None


def _without_the_colleague(text: str) -> str | None:
    before = _BEFORE.match(text)
    if before is not None:
        return text[before.end() :] or None
    after = _AFTER.search(text)
    if after is None:
        return None
    name = after.group("d")
    if not name.startswith("<@") and fold(name.lstrip("@")) not in FIRST_NAMES:
        return None  # "… for Equinor", "for Q1": not a colleague
    return text[: after.start()] or None
