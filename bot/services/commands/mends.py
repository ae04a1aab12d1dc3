"""Session 70. A log command that puts right a record logged before ("/logwin Stena 2,4 mkr –
rättelse, inte 2,1 som jag loggade i går", "/logoffer Tesco £86k - fixing yesterday's entry, I
had £84k"): the parser leaves the correction's words unread (never a note on a new record), and
the caller offers to mend the seller's own record (activities.ask_correction) instead of storing
a second deal beside it. Pure: the text and the reading in, the amount it was out."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.errors import UserError
from bot.services.amounts import in_scale_of, parse_amount
from bot.services.commands.command import LogCommand

# The note's opening that says a record logged before is put right (session 68; grown in 69)
EARLIER_ONE_PUT_RIGHT = re.compile(
    r"(?i)^\W*(?:rettelse|rättelse|retttelse|correction|korrektion|korrigering|rättning|"
    r"feil|fel|fejl|mistake|wrong|oops|ups|"
    r"ret\s+(?:min|mit|mine)|rett\s+(?:min|mitt|mine)|fix(?:ing)?\s+my|"
    # session 69: "rättar gårdagens post", "fixing yesterday's entry", "retter gårsdagens"
    # session 70: "korr. av gårsdagens, der skrev jeg 890 000"
    r"korr\.?\s+(?:av|af|till?|of|to)|"
    r"(?:rättar|rätter|retter|korrigerer|korrigerar|fixing|correcting)\s+(?:\S+\s+)?"
    r"(?:gårdagens|gårsdagens|igårs|yesterday's|earlier|tidligere|tidigare|forrige|förra|sidste|"
    r"last|my|min|mitt|mine|mina|morgenens|morgonens|this\s+morning's))\b.{0,60}?"
    # session 69: "fixing yesterday's entry, I had £84k": the entry named, what it had after it
    r"(?:\b(?:entry|post|posten|inlägg|inlägget|innlegg|innlegget|opslag|opslaget|record)\b.{0,40}?)?"
    r"\b(?:ikke|ikkje|inte|ej|not|no|skulle\s+vært|should\s+have\s+been|loggede|loggade|logget|"
    r"logged|skrev|wrote|posted|put|typed|entered|mistake|feil|fel|fejl|had|hade|havde|"
    # session 70: "rettelse til gårsdagens, der stod 1.560.000", "it said £48k"
    r"stod|sto|stood|said|sa)\b"
)
# Where the correction starts after the record's own words: a dash, a comma, a sentence's end
# (never a krone's own ",-" or ":-": "1.650.000,- rettelse til gårsdagens …" is cut after it)
_BEFORE_IT = re.compile(
    r"\s*(?:;|[,:](?!-))\s*|\s*[\u2013\u2014]\s*|\s+-{1,2}\s+|(?<=[,:]-)\s+|\.\s+|\s+(?=\()"
)

# The amount it was: after "ikke"/"inte"/"not", "jeg skrev", "I had", "loggade", "i stedet for"
_WAS = re.compile(
    r"(?i)\b(?:ikke|ikkje|inte|ej|not|had|hade|havde|hadde|logget|loggede|loggade|logged|skrev|"
    r"wrote|typed|put|entered|stod|sto|stood|said|istället\s+för|i\s+stedet\s+for|istedenfor|"
    r"instead\s+of)"
    r"\s+(?:(?:som|at|as|på|pa|til|till|to|kr\.?|jeg|jag|i|inn|in|ind|det|den|it)\s+){0,3}"
    r"(?P<amount>[£€$]?\s?\d[\d\s.,]*\d(?:\s?[a-zæøå.:,\-]+)?|[£€$]?\s?\d(?:\s?[a-zæøå.:,\-]+)?)"
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def an_earlier_one_put_right(cmd: LogCommand) -> bool:
    """The command's words say it mends a record logged before (left unread by the parser)."""
    return bool(cmd.unread) and EARLIER_ONE_PUT_RIGHT.search(cmd.unread or "") is not None


def the_amount_it_was(cmd: LogCommand, text: str, krone: str) -> Decimal | None:
    """The amount the mended record was logged with, as the correction says it ("inte 2,1" beside
    "2,4 mkr" is 2 100 000; "I had £84k" is 84 000), or None where no amount is said."""
    if cmd.amount is None or not an_earlier_one_put_right(cmd):
        return None
    said = _WAS.search(cmd.unread or "")
    if said is None:
        return None
    words = said["amount"].strip().rstrip(".,")
    for cut in range(len(words.split()), 0, -1):
        try:
            money = parse_amount(" ".join(words.split()[:cut]), krone=krone)
        except UserError:
            continue
        if money is not None and money.amount != cmd.amount:
            bare = _NUMBER.fullmatch(words.split()[0])
            if bare is None or cut > 1 or money.amount >= 1000:
                return money.amount  # "2,1 mkr", "£84k", "250 000"
            break
    number = _NUMBER.match(words)
    typed = _typed_amount(cmd, text, krone)
    if number is None or typed is None:
        return None
    was = in_scale_of(typed, cmd.amount, number.group())
    return was if was is not None and was != cmd.amount else None


def _typed_amount(cmd: LogCommand, text: str, krone: str) -> str | None:
    """The number the command's amount was typed with ("2,4" of "2,4 mkr"), before the note."""
    tokens = text.split()
    for i, token in enumerate(tokens):
        if _NUMBER.fullmatch(token.lstrip("£€$")) is None:
            continue
        for n in (2, 1):
            try:
                money = parse_amount(" ".join(tokens[i : i + n]), krone=krone)
            except UserError:
                continue
            if money is not None and money.amount == cmd.amount:
                return token.lstrip("£€$")
    return None


def put_right_apart(text: str) -> tuple[str, str] | None:
    """(the record's own words, the correction's) where a correction of a record logged before
    follows the record with an amount in it ("Waitrose £84k - correction to Friday's post, not
    £48k", "Rambøll 1.650.000,- rettelse til gårsdagens, der stod 1.560.000"): the amount it was
    is never the record's (was read as the amount, the one meant left unread). None otherwise."""
    for sep in _BEFORE_IT.finditer(text):
        head, tail = text[: sep.start()], text[sep.end() :]
        if (
            any(c.isdigit() for c in head)
            and any(c.isdigit() for c in tail)
            and EARLIER_ONE_PUT_RIGHT.search(tail)
        ):
            return head, tail.strip()
    return None
