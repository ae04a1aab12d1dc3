"""Amounts typed where a name may be: before the customer ("320k Nammo", "kr 45.000,-
Veidekke"), and bare numbers that may end a name ("Rema 1000") or begin one ("1881 Media")."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date

from bot.domain import ActivityKind
from bot.services.amounts import (
    _FRACTIONS,
    VAT_WORDS,
    Money,
    parse_amount,
)
from bot.services.commands.names import _known_prefix, _shown_name
from bot.services.commands.words import _AMOUNT_WORDS, TEMPERATURES, _date_shaped, _has_unit, _word
from bot.services.dates import (
    UserError,
    looks_like_date,
    parse_date,
)


def _bare_small(money: Money, raw: Sequence[str]) -> bool:
    """ "1,2", "2.5", "450": a number below a thousand with no unit, multiplier or currency is
    no B2B deal's amount as typed (1,2 mill? 450k?); the seller is asked to write it out."""
    said = list(raw)
    while said and (said[-1] == "+" or said[-1].strip("().,").casefold() in VAT_WORDS):
        said.pop()  # "Bupa 350 ex VAT": VAT said is no unit (session 21; was stored 350)
    text = "".join(said)
    return (
        money.currency is None
        and money.amount < 1000
        and re.fullmatch(r"[0-9][0-9 .,']*(?:[,.]-)?", text) is not None
    )


def _name_number(money: Money, raw: Sequence[str], after_name: Sequence[str]) -> bool:
    """A bare whole number of up to four digits right after a new customer's name (no unit,
    separator or currency): as likely the end of the name (Rema 1000, Unit4 2000) as an amount."""
    return (
        money.currency is None
        and len(raw) == 1
        and re.fullmatch(r"[1-9][0-9]{0,3},?", raw[0]) is not None
        # session 46: its comma after it too ("Rema 1000, vanlig pris" was an offer of kr 1 000
        # to "Rema")
        and [token.rstrip(",;") for token in after_name[:1]] == [raw[0].rstrip(",")]
    )


def _options_last(
    tokens: list[str],
    kind: ActivityKind,
    krone: str,
    known: Collection[str] = (),
    *,
    lookup: bool = False,
) -> list[str]:
    """An amount or a temperature typed before the customer ("320k Nammo", "varm Equinor",
    "kr 1,2 mill Equinor") goes after it, where options are read (`_amount_first`); a
    temperature in a name stays ("Hot Wheels")."""
    if len(tokens) < 2:
        return tokens
    if kind in (ActivityKind.MEETING, ActivityKind.CALL) and _temperature_first(tokens):
        return [*tokens[1:], tokens[0]]  # "varm Equinor"
    tokens = _amount_first(tokens, kind, krone, known, lookup=lookup)
    if kind is ActivityKind.OFFER and _temperature_first(tokens):
        # session 44: "het Orkla ASA 1,2 mill", "1,2 mill het orkla asa" (was a customer "het
        # Orkla ASA"): how warm the lead is, said first
        return [*tokens[1:], tokens[0]]
    return tokens


def _temperature_first(tokens: list[str]) -> bool:
    """ "varm Equinor", "het Orkla ASA"; not "Hot Wheels" (nor "hot wheels": a name in small
    letters stays whole)."""
    return len(tokens) > 1 and tokens[0] in TEMPERATURES and tokens[1][:1].isupper()


def _amount_first(
    tokens: list[str],
    kind: ActivityKind,
    krone: str = "NOK",
    known: Collection[str] = (),
    *,
    lookup: bool = False,
) -> list[str]:
    """An amount typed before a new customer goes after the name: an offer's or win's, where
    options are read ("320k Nammo", "kr 1,2 mill Equinor"); a loss's, to its reason ("/loglost
    320k Veidekke"). A leading number without a unit may be the name ("1881", "3B Hotell") and
    so stays where an amount is read later ("3M Norge 350k", "1881 Media 250k"); no name is
    written grouped ("1.250.000 Veidekke", "450' Veidekke"). Where the number may be either,
    an offer or win before a known customer takes it as the amount (an offer needs one:
    "/logoffer 5M Nammo"), a win before a new one asks (UserError "amount_or_name"), and a loss
    keeps it in the name (it stores no amount). `lookup`: only for finding candidate names
    (never raises)."""
    if kind not in (ActivityKind.OFFER, ActivityKind.WIN, ActivityKind.LOSS) or len(tokens) < 2:
        return tokens
    if _known_prefix(tokens, known):
        return tokens  # a known customer first is the customer ("1881 Media")
    sent = 0
    while sent < len(tokens) - 2 and _word(tokens[sent]) in _SENT_BY_US | _SENT_NOUNS:
        sent += 1
    if (
        sent
        and any(_word(t) in _SENT_NOUNS for t in tokens[:sent])
        and _may_be_amount(tokens[sent])
    ):
        # session 60: "Skickade offert 850 tkr till Skanska Sverige AB" (was refused: no customer
        # "offert"): the offer's words first, then the amount moved after the name
        rest = _amount_first(tokens[sent:], kind, krone, known, lookup=lookup)
        return tokens if rest == tokens[sent:] else [*tokens[:sent], *rest]
    day = _a_day_before_an_amount(tokens)
    if day:
        # session 60: "i tisdags 2,5 MSEK till Securitas Sverige AB", "tirsdag 400k til Kiwi"
        # (were refused: no customer "2,5", no amount): the day stays first, read there
        said = day
        while _word(tokens[said]) in _SENT_BY_US:
            said += 1
        rest = _amount_first(tokens[said:], kind, krone, known, lookup=lookup)
        if rest == tokens[said:]:
            return tokens
        # (a day of one word written small, as a day before a name is read: "Tuesday £42k to
        # Pennine Foods LLP" would open the name, "Tuesday Pennine Foods LLP")
        days = [token.lower() for token in tokens[:day]]  # (review: "On Tuesday", "Last Tue…")
        return [*days, *tokens[day:said], *rest]
    longest = min(len(tokens) - 1, 5)
    if not any(_may_be_amount(token) for token in tokens[:longest]):
        return tokens  # no digit before the name: no leading amount (parse_amount says None)
    loss = kind is ActivityKind.LOSS
    for size in range(longest, 0, -1):
        head = tokens[:size]
        try:
            money = parse_amount(" ".join(head), krone=krone)
        except UserError:
            continue
        if money is None:
            continue
        rest = tokens[size:]
        if (
            len(rest) > 2
            and not any(ch.isalnum() for ch in rest[0])
            and rest[1] in _LINKS_BEFORE_THE_NAME
        ):
            # session 61: "350 t.kr. 🔥 til Torsdagsbaren ApS" (was a customer "til Torsdagsbaren
            # ApS", its heat lost): the emoji goes with the amount
            head, rest = [*head, rest[0]], rest[1:]
        while rest and _word(rest[0]).strip(".,;") in VAT_WORDS and not loss:
            # session 42: "NOK 1 250 000 eks mva, Statkraft Energi AS": what is said of its
            # VAT goes with the amount (was read as the name: refused)
            head, rest = [*head, rest[0].rstrip(",;")], rest[1:]
        # In a loss's reason an amount is words, never an option read later.
        # (session 42: never by what is said of its VAT: "450k til Coop inkl. moms")
        # (session 49: after its link too: "1,2 mill til Rema 1000, sendt i dag" was refused,
        # 1000 read as an amount later and "1,2" as the name)
        named = _without_the_names_number(_without_the_link(rest))
        if (
            named
            and named is not rest
            and re.fullmatch(r"[0-9][^\W\d_]{1,2}", named[0])
            and not re.fullmatch(r"[0-9][0-9 .,']*", " ".join(head))
        ):
            named = named[1:]  # "$120k from 3M today": after the link, "3M" is the name
        later = not loss and _amount_in(
            [t for t in named if _word(t).strip(".") not in VAT_WORDS],
            krone,
        )
        if size == 1 and re.fullmatch(r"[0-9][^\W\d_]{1,2}", head[0]):  # "3M", "5M", "2K"
            if later or loss:
                continue  # "3M Norge 350k": the amount is later, "3M" is the name
            if not lookup and kind is ActivityKind.WIN and not _known_prefix(rest, known):
                # "/logwin 5M Nammo": 5 million won from a new customer Nammo, or a win for a
                # new customer "5M Nammo" closing its offer? Never an amount inside a name.
                raise UserError("amount_or_name", number=head[0], customer=_shown_name(rest, kind))
            # An offer needs an amount ("/logoffer 5M Nammo"); a known customer follows.
            return [*rest, *head]
        bare = " ".join(head)
        if not re.fullmatch(r"[0-9][0-9 .,']*", bare):
            if later:
                return tokens  # "3M Norge 350k i går": the amount is later, "3M" is the name
            return _after_the_name(rest, head)
        if later or not any(ch.isalpha() for ch in " ".join(rest)):
            continue  # "1881 Media 250k": the number is the name's; "400 000": no name at all
        if re.search(r"[ .,']", bare) or (len(bare) > 4 and not loss):
            return _after_the_name(
                rest, head
            )  # "1.250.000 Veidekke", "450' Veidekke": no name is so written
        if size > 1 or loss:
            continue  # "/loglost 1881 Media": the name's
        if lookup or _known_prefix(rest, known):
            return [*rest, *head]  # "/logwin 2500 Equinor"; "2500 Equinor": look the name up
        # "/logwin 2500 Veidekke", "/logwin 1881 Media": a new customer "1881 Media", or an
        # amount of 2 500? Never an amount inside a name.
        raise UserError("amount_or_name", number=bare, customer=_shown_name(rest, kind))
    return tokens


# Sent, by whom, between the day and the amount (folded)
_SENT_BY_US = {
    "skickade", "skickat", "sendte", "sendt", "sent", "sende", "sendes", "vi", "jeg", "jag",
    "we", "har", "ut", "out",
}  # fmt: skip
# The offer's nouns said with it ("skickade offert 850 tkr till …"), folded
_SENT_NOUNS = {"offert", "offerten", "tilbud", "tilbudet", "tilbod", "offer", "quote", "proposal"}
# Any day: whether words are a day's does not depend on which day it is
_SOME_DAY = date(2027, 1, 6)


def _a_day_before_an_amount(tokens: list[str]) -> int:
    """How many words at the start say a day, an amount right after them (0: none)."""
    for size in (3, 2, 1):
        after = size
        while after < len(tokens) - 1 and _word(tokens[after]) in _SENT_BY_US:
            after += 1  # "i tisdags skickade vi 2,5 MSEK till …"
        if after + 1 >= len(tokens) or not _may_be_amount(tokens[after]):
            continue
        said = " ".join(tokens[:size]).rstrip(",;:")
        if not any(ch.isalpha() for ch in said) and "/" not in said and "." not in said:
            continue  # a bare number is no day here ("2 500 Veidekke")
        if re.fullmatch(r"(?i)v[0-9]+", said):
            return 0  # review: "v4 400k Kiwi", the offer's version, never week 4
        try:
            if parse_date(said, today=_SOME_DAY, direction="past") is not None:
                return size
        except UserError:
            return 0
    return 0


def _without_the_names_number(rest: list[str]) -> list[str]:
    """heldcmd29. `rest` without the bare number right after the name's first word ("Rema
    1000", "Studio 54"): after an amount typed first it is the name's, no amount later ("kr
    1.250.000,- Rema 1000 i går" was refused, "kr" taken for the customer)."""
    if len(rest) < 2 or not rest[0][:1].isupper() or not re.fullmatch(r"[0-9]{1,4}[,;]?", rest[1]):
        return rest
    if len(rest) > 2 and not rest[1].endswith((",", ";")) and _read_on(rest[1], rest[2]):
        return rest  # "3M Norge 50 000 €": the number begins an amount
    return [rest[0], *rest[2:]]


def _without_the_link(rest: list[str]) -> list[str]:
    """ "til Rema 1000", "to Circle K": the name without the link to it before."""
    if (
        len(rest) > 1
        and rest[0] in _LINKS_BEFORE_THE_NAME
        and (rest[1][:1].isupper() or re.fullmatch(r"[0-9][^\W\d_]{1,2}[,;]?", rest[1]))
    ):
        return rest[1:]  # (session 49: "from 3M", "til 3M Norge": a name of a figure and capitals)
    return rest


def _after_the_name(rest: list[str], head: list[str]) -> list[str]:
    """The amount typed first, moved after the name: right after the name's number where it has
    one ("Rema 1000 kr 250 000, revidert", "Studio 54 £40k yesterday, upsell": at the end a
    comma would end the name), unless the amount opens with digits a group could join ("350
    tkr Studio 54", never 54 350 tkr); else at the end."""
    # session 42: "12k GBP to Circle K UK": the link to the name goes with the amount's move
    # (left first, "to" read as the Norwegian two: refused as an amount in words)
    rest = _without_the_link(rest)
    if _without_the_names_number(rest) == rest or re.fullmatch(r"[0-9]{1,3}", head[0]):
        vat = next(
            (
                i
                for i, t in enumerate(rest)
                if i
                and _word(t).rstrip(".") in _VAT_OPENERS
                # session 60: "+" opens a VAT's words only before them ("lost £200k Unilever
                # UK Ltd, price + timing" was noted "price £200k + timing")
                and (
                    _word(t) not in ("+", "plus", "pluss")
                    or (i + 1 < len(rest) and _word(rest[i + 1]).rstrip(".,") in VAT_WORDS)
                )
                # session 65: "$250k from Acme Widgets Inc. last week": "Inc" in capitals ends
                # the name unless VAT's words follow (was moved after the amount, "Inc." asked)
                and not (
                    t.startswith("Inc")
                    and not (i + 1 < len(rest) and _word(rest[i + 1]).rstrip(".,") in VAT_WORDS)
                )
            ),
            None,
        )
        if vat is not None:
            # session 42: "450 t.kr. til Coop Danmark, inkl. moms": before what is said of it
            # (was after the VAT words, refused as no amount)
            return [*rest[:vat], *head, *rest[vat:]]
        dash = next((i for i, t in enumerate(rest) if i and t in ("-", "\u2013", "\u2014")), None)
        if dash is not None:
            # session 65: "£1.25m Northgate Rail plc - Oct target smashed 🎉🎉": before the
            # dash that parts what is said of it (was the customer "… - Oct target smashed")
            return [*rest[:dash], *head, *rest[dash:]]
        return [*rest, *head]
    number = rest[1].rstrip(",;")
    mark = rest[1][len(number) :]
    end = 2
    while not mark and end < len(rest) and _more_of_the_name(rest[end]):
        # session 41: "kr 85 000 Sparebank 1 SMN", "85k Rema 1000 Nord": a word in capitals
        # after the name's number is the name's too (was "SMN" asked, a customer "Sparebank 1")
        number = f"{number} {rest[end].rstrip(',;')}"
        mark = rest[end][len(rest[end].rstrip(",;")) :]
        end += 1
    return [rest[0], *number.split(), *head[:-1], head[-1] + mark, *rest[end:]]


_LINKS_BEFORE_THE_NAME = {"to", "til", "till", "from", "fra", "från", "fran"}
# The words that open what is said of an amount's VAT ("inkl. moms", "ex VAT", "+ mva")
_VAT_OPENERS = {
    "inkl",
    "incl",
    "inc",
    "eks",
    "ekskl",
    "exkl",
    "excl",
    "ex",
    "+",
    "plus",
    "pluss",  # session 60: "450 t.kr. til Coop Danmark pluss mva" (was "pluss mva" asked)
    "utan",
    "uten",
}


def _more_of_the_name(token: str) -> bool:
    """A word that goes on a name past its number: a capital first, letters, no day or option
    ("SMN", "Nord", "Vest"; never "Fredag", "Hot")."""
    word = token.rstrip(",;")
    return (
        len(word) > 1
        and word[:1].isupper()
        and word.replace("-", "").replace("&", "").isalpha()
        and _word(word) not in TEMPERATURES
        and not looks_like_date(word)
    )


def _read_on(number: str, after: str) -> bool:
    """Whether the word after a bare number is read with it as an amount ("50 000", "54 kr")."""
    try:
        alone = parse_amount(number)
        together = parse_amount(f"{number} {after}")
    except UserError:
        return False  # "1000 i går", "1000 Rema": words, no amount
    return together is not None and together != alone


def _may_be_amount(token: str) -> bool:
    """Whether parse_amount could read a number in `token`: it has a digit, or a fraction
    ("½ mill"). Without either, parse_amount answers None or refuses it."""
    return any("0" <= ch <= "9" or ch in _FRACTIONS for ch in token)


def _amount_in(tokens: Sequence[str], krone: str) -> bool:
    """An amount somewhere in `tokens`: with its unit ("350k", "kr 450"), or a number of a
    thousand or more that is no date ("1 250 000", not "19.11")."""
    if any(_word(t) in _AMOUNT_WORDS or _has_unit(t) for t in tokens):
        return True
    for i in range(len(tokens)):
        for j in range(i + 1, min(i + 4, len(tokens)) + 1):
            text = " ".join(tokens[i:j])
            if not text[:1].isdigit() or _date_shaped(text) or looks_like_date(text):
                break
            try:
                money = parse_amount(text, krone=krone)
            except UserError:
                continue
            if money is not None and money.amount >= 1000:
                return True
    return False
