"""Reading wins, offers and meetings out of plain channel messages, in four languages.

One parser, several front doors: a trigger phrase says the kind ("Won", "Tilbud sendt til",
"Möte med"), and the rest goes through the slash-command parser. The confidence rule keeps
chatter out: a message records only when it names a kind and a customer-like name, and, for
wins and offers, an amount or (for wins) the customer's existing open offer."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import LogCommand, parse_log_command
from bot.services.customers import customer_key
from bot.services.dates import fold, match_date_suffix

_W = r"[\wÆØÅæøåÄÖäöÉé]"

# (kind, pattern). The named group `rest` is what follows the trigger: "<customer> [amount] [date]".
TRIGGERS: list[tuple[ActivityKind, re.Pattern[str]]] = (
    [
        (ActivityKind.WIN, re.compile(p, re.IGNORECASE))
        for p in (
            r"^(?:we\s+)?(?:just\s+)?(?:won|closed|signed)\s+(?:the\s+deal\s+with\s+|a\s+deal\s+with\s+)?(?P<rest>.+)$",
            r"^(?:vi\s+)?(?:har\s+)?(?:vunnet|vann|vant|signert|signerte)\s+(?:avtale(?:n)?\s+med\s+|med\s+)?(?P<rest>.+)$",
            r"^(?:ny\s+)?ordre\s+(?:fra|med|hos)\s+(?P<rest>.+)$",
            r"^(?:vi\s+)?(?:har\s+)?(?:vunnit|vann|signerat|signerade)\s+(?:affären\s+med\s+|avtal\s+med\s+)?(?P<rest>.+)$",
            r"^(?:affär(?:en)?|avtal(?:et)?)\s+klar(?:t)?\s+med\s+(?P<rest>.+)$",
            r"^(?:vunnen\s+affär|ny\s+affär)\s+med\s+(?P<rest>.+)$",
            r"^(?:vi\s+)?(?:har\s+)?(?:vundet|vandt|underskrevet)\s+(?:aftale(?:n)?\s+med\s+)?(?P<rest>.+)$",
            r"^(?:aftale|handel)\s+(?:i\s+hus\s+)?med\s+(?P<rest>.+)$",
        )
    ]
    + [
        (ActivityKind.OFFER, re.compile(p, re.IGNORECASE))
        for p in (
            r"^(?:just\s+)?(?:sent|submitted)\s+(?:an?\s+)?(?:offer|quote|proposal)\s+to\s+(?P<rest>.+)$",
            r"^(?:offer|quote|proposal)\s+sent\s+to\s+(?P<rest>.+)$",
            r"^(?:tilbud|tilbudet)\s+(?:er\s+)?sendt\s+til\s+(?P<rest>.+)$",
            r"^(?:har\s+)?sendt\s+(?:et\s+)?tilbud\s+til\s+(?P<rest>.+)$",
            r"^(?:offert(?:en)?)\s+(?:är\s+)?(?:skickad|skickat|lämnad)\s+till\s+(?P<rest>.+)$",
            r"^(?:har\s+)?(?:skickat|skickade|lämnat|lämnade)\s+(?:en\s+)?offert\s+till\s+(?P<rest>.+)$",
            r"^(?:har\s+)?sendt\s+(?:et\s+)?tilbud\s+til\s+(?P<rest>.+)$",
        )
    ]
    + [
        (ActivityKind.MEETING, re.compile(p, re.IGNORECASE))
        for p in (
            r"^(?:had\s+a\s+|great\s+)?meeting\s+with\s+(?P<rest>.+)$",
            r"^(?:just\s+)?met\s+(?:with\s+)?(?P<rest>.+)$",
            r"^(?:hadde\s+|godt\s+|bra\s+)?(?:kunde)?møte\s+med\s+(?P<rest>.+)$",
            r"^(?:hade\s+|bra\s+)?(?:kund)?möte\s+med\s+(?P<rest>.+)$",
            r"^(?:har\s+)?(?:holdt\s+|havde\s+|godt\s+)?(?:kunde)?møde\s+med\s+(?P<rest>.+)$",
            r"^(?:mødte|møtte|träffade|traff)\s+(?P<rest>.+)$",
        )
    ]
)

_NOT_NAMES = {
    "the",
    "a",
    "an",
    "my",
    "our",
    "your",
    "his",
    "her",
    "their",
    "this",
    "that",
    "it",
    "you",
    "me",
    "him",
    "them",
    "everyone",
    "lunch",
    "min",
    "mitt",
    "mine",
    "vår",
    "vårt",
    "den",
    "det",
    "en",
    "et",
    "ett",
    "meg",
    "mig",
    "dere",
    "jer",
    "er",
    "alle",
}
_SLACK_MARKUP = re.compile(r"<[@#!][^>]*>|<https?://[^>|]*(?:\|[^>]*)?>|:[a-z0-9_+\-]+:")
# Where the announcement ends and chatter begins: ", great job", ". Thanks", "!" …
_SENTENCE_END = re.compile(r"(?:[,;!?]\s|\.\s|\s[-–—]\s|[!?.]+\s*$)")
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\ufe0f]")


@dataclass(frozen=True)
class Captured:
    cmd: LogCommand
    planned: bool = False  # a meeting announced for the future: the lead's next activity


def clean(text: str) -> str:
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = _SLACK_MARKUP.sub(" ", text)
    text = _EMOJI.sub(" ", text)
    return " ".join(text.split())


def _first_sentence(rest: str) -> str:
    match = _SENTENCE_END.search(rest)
    return (rest[: match.start()] if match else rest).strip(" .!?")


def _looks_like_a_name(customer: str, known: Collection[str]) -> bool:
    words = customer.split()
    if not words or len(words) > 5:
        return False
    if customer_key(customer) in known:
        return True
    if fold(words[0]) in _NOT_NAMES:
        return False
    return words[0][0].isupper() or words[0][0].isdigit()


def capture(
    text: str,
    *,
    today: date,
    krone: str = "NOK",
    known_customers: Collection[str] = (),
    open_offers: Collection[str] = (),
) -> Captured | None:
    """What a channel message announces, or None. `known_customers` and `open_offers` are
    customer keys (customer_key)."""
    message = clean(text)
    if not message or len(message) > 1000:
        return None
    for kind, pattern in TRIGGERS:
        match = pattern.match(message)
        if match is None:
            continue
        rest = _first_sentence(match.group("rest"))
        found = _parse(kind, rest, today, krone, known_customers, open_offers)
        if found is not None:
            return found
    return None


def _parse(
    kind: ActivityKind,
    rest: str,
    today: date,
    krone: str,
    known: Collection[str],
    open_offers: Collection[str],
) -> Captured | None:
    try:
        cmd = parse_log_command(kind, rest, today=today, krone=krone)
    except UserError as err:
        if kind is ActivityKind.MEETING and err.code == "date_in_future":
            return _planned_meeting(rest, today, known)
        return None
    if not _looks_like_a_name(cmd.customer, known):
        return None
    if (
        kind is ActivityKind.WIN
        and cmd.amount is None
        and customer_key(cmd.customer) not in open_offers
    ):
        return None  # "Vann Nammo!" counts only when Nammo has an open offer to close
    return Captured(cmd)


def _planned_meeting(rest: str, today: date, known: Collection[str]) -> Captured | None:
    tokens = rest.split()
    try:
        found = match_date_suffix(tokens, today=today, direction="future", keep_at_least=1)
    except UserError:
        return None
    if found is None:
        return None
    due, used = found
    customer = " ".join(tokens[:-used])
    if not _looks_like_a_name(customer, known):
        return None
    from bot.services.commands import NextStep

    cmd = LogCommand(
        kind=ActivityKind.MEETING, customer=customer, when=today, next_step=NextStep("meeting", due)
    )
    return Captured(cmd, planned=True)


def mention_command(text: str) -> tuple[ActivityKind, str] | None:
    """`@kpibot meeting Acme warm`: the kind word and the rest, for the slash-command parser."""
    words = clean(text).split(maxsplit=1)
    if not words:
        return None
    kind = MENTION_KINDS.get(fold(words[0]))
    if kind is None:
        return None
    return kind, words[1] if len(words) > 1 else ""


MENTION_KINDS = {
    **dict.fromkeys(("meeting", "mote", "mode", "moete", "logmeeting"), ActivityKind.MEETING),
    **dict.fromkeys(("call", "samtale", "samtal", "opkald", "logcall"), ActivityKind.CALL),
    **dict.fromkeys(("offer", "tilbud", "offert", "quote", "logoffer"), ActivityKind.OFFER),
    **dict.fromkeys(
        ("win", "won", "vunnet", "ordre", "vunnen", "vundet", "logwin"), ActivityKind.WIN
    ),
    **dict.fromkeys(("lost", "loss", "tapt", "forlorad", "tabt", "loglost"), ActivityKind.LOSS),
}
