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
# Session 69. The colleague away first, then the author logging it ("Marte har ferie så jeg
# legger inn for henne: Tomra signerte i dag", "Louise holder ferie, så jeg lægger den ind: Ecco
# har skrevet under", "Sam's on paternity leave so I'm logging his Wetherspoon win for him –
# £88k"): the record after it is the colleague's (was: recorded as the author's, or silence)
_AWAY_THEN_LOGGING = re.compile(
    rf"^\s*(?P<e>{_NAME})(?:'s|\s+(?:har|holder|er|är|is|has|tar|tager))\b[^:]{{0,50}}?"
    r"\b(?:så|so)\s+(?:jeg|jag|i'?m|i\s+am|i'll|i)\s+"
    r"(?:legger|lægger|lägger|logger|loggar|logging|putting|log|registrerer|registrerar)\b"
    r"(?:\s+(?:inn|ind|in|den|det|it|this|her|his|hennes|hans|hendes))*"
    r"(?:\s+(?:for|för|åt)\s+(?:henne|ham|hende|honom|him|her))?\s*[:\u2013\u2014-]?\s*",
    re.IGNORECASE,
)
_THEIR_RECORD = re.compile(
    r"(?i)^\s*(?:(?:his|her|their|hans|hennes|hendes|deres)\s+)?(?P<name>[A-ZÆØÅÄÖ][^–—:,]{0,40}?)\s+"
    r"(?P<noun>win|deal|order|quote|proposal|offer|meeting|call)\b(?P<rest>.*)$"
)
_RECORD_VERBS = {
    "win": "Won", "deal": "Won", "order": "Won", "quote": "Sent a quote to",
    "proposal": "Sent a proposal to", "offer": "Sent an offer to", "meeting": "Met",
    "call": "Called",
}  # fmt: skip
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
    away = _AWAY_THEN_LOGGING.match(text)
    if away is not None and fold(away.group("e").lstrip("@")) in FIRST_NAMES:
        rest = text[away.end() :]
        rest = re.sub(r"(?i)\s+(?:for|för|åt)\s+(?:him|her|ham|henne|hende|honom)\b", "", rest)
        # "his Wetherspoon win – £88k": the record by its noun after the name, as said first
        named = _THEIR_RECORD.match(rest)
        if named is not None:
            verb = _RECORD_VERBS[named["noun"].casefold()]
            rest = f"{verb} {named['name']}{named['rest']}"
        return rest or None
    after = _AFTER.search(text)
    if after is None:
        return None
    name = after.group("d")
    if not name.startswith("<@") and fold(name.lstrip("@")) not in FIRST_NAMES:
        return None  # "… for Equinor", "for Q1": not a colleague
    return text[: after.start()] or None
