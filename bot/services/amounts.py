"""Money amounts as Scandinavian sales reps type them: "250k", "1,5 mill", "kr 1 250 000", "5000,-".

Separator rule (documented because it is ambiguous): spaces and apostrophes always group
thousands; an apostrophe that ends a number is the thousands mark itself ("450' kr", "780'" =
450 000 and 780 000, as Norwegian offers write it; a phone's ’ counts as '). A `.` or `,` that occurs more than once groups thousands ("1.250.000"); when both
occur, the last one is the decimal mark ("1.250.000,50"). A single `.` or `,` followed by
exactly three digits groups thousands ("1,250" = 1250) unless a multiplier follows, in which
case it is the decimal mark ("1,250k" = 1.25k = 1250, the same value either way); otherwise
it is the decimal mark ("1,5").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext

from bot.errors import UserError
from bot.services import emoji
from bot.services.dates import fold

MAX_AMOUNT = Decimal(10) ** 12

# Digits of other forms ("１００ ０００", a phone's full-width keyboard) and the separators
# typed with them: read as the ASCII ones. Only digits and the marks between them; nothing
# else of the text is normalised ("½", "m²" and names stay as typed).
_WIDE_SEPARATORS = {"\uff0c": ",", "\uff0e": ".", "\uff07": "'", "\u3000": " "}
_WIDE_BETWEEN = re.compile(r"(?<=[0-9])[\uff0c\uff0e\uff07\u3000](?=[0-9\-\uff0d])")
_WIDE_DASH = re.compile(r"(?<=[0-9][,.])\uff0d")  # "４５ ０００，－": the krone's ",-"
_OTHER_DIGIT = re.compile(r"[^\x00-\x7f]")


# Marks that show nothing and say nothing to a reader (zero-width space, joiners, direction
# marks and overrides, word joiner, invisible operators, byte-order mark, and the soft hyphen
# a web page or a word processor hides inside long names): pasted from documents and phones, they
# are taken out before anything is read. A zero-width joiner inside an emoji (👩‍💼) stays.
_INVISIBLE = re.compile(
    r"[\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
    r"|(?<=[^\W_])\u200d|\u200d(?=[^\W_])"  # a joiner beside a letter or digit
)
# The full-width forms of ASCII ("Ｎａｍｍｏ ３２０ｋ", a phone's wide keyboard) and the
# ideographic space: read as ASCII (NFKC on them alone; "½", "m²", "™" stay as typed).
_FULL_WIDTH = re.compile(r"[\uff01-\uff5e\u3000]+")


# What keyboards put between two letters for an apostrophe: the acute accent on the key beside
# Backspace on Nordic keyboards ("McDonald´s"), a modifier letter, a prime, an opening quote.
# Read as the apostrophe ("McDonald’s"): "McDonald´s" and "McDonald's" are one customer (they
# were two: the accent, decomposed, split the name).
_APOSTROPHE_LIKE = re.compile(r"(?<=[^\W\d_])[\u00b4\u02bc\u2032\u2018](?=[^\W\d_])")


# Dashes that look like the hyphen-minus, from phones, word processors and web pages: the minus
# sign itself (U+2212), the hyphen and non-breaking hyphen (U+2010, U+2011), the figure dash
# (U+2012), the small and full-width hyphen-minus; and the horizontal bar as the em dash. Read
# as those two: "250 000 ‑ 300 000" was a customer "Equinor 250 000" at NOK 300,000, "‒250k"
# no amount at all.
_DASH_LIKE = str.maketrans(
    {"\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\ufe63": "-", "\u2015": "\u2014"}
)


def plain_text(text: str) -> str:
    """Text as typed, with invisible marks out, full-width ASCII as ASCII, an apostrophe typed
    with a look-alike as the apostrophe and a dash that looks like a minus as the minus."""
    if text.isascii():
        return text
    text = _INVISIBLE.sub("", text).translate(_DASH_LIKE)
    text = _APOSTROPHE_LIKE.sub("\u2019", text)
    return _FULL_WIDTH.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)


def ascii_digits(text: str) -> str:
    """Every decimal digit (any script, Unicode category Nd) as 0-9, a full-width comma, full
    stop, apostrophe or ideographic space between two digits (or before the "-" of ",-") as its
    ASCII mark, and that full-width "－" as "-"."""
    if text.isascii():
        return text

    def digit(match: re.Match[str]) -> str:
        ch = match.group(0)
        return str(unicodedata.decimal(ch)) if unicodedata.category(ch) == "Nd" else ch

    text = _OTHER_DIGIT.sub(digit, text)
    text = _WIDE_BETWEEN.sub(lambda m: _WIDE_SEPARATORS[m.group(0)], text)
    return _WIDE_DASH.sub("-", text)


# "US$ 40 000", "40k US$": the dollar, said with its country; read as "$" before anything else.
US_DOLLAR = re.compile(r"(?<![\w$])US ?\$", re.IGNORECASE)

# Currencies kpibot does not count in, written next to an amount ("CHF 40 000", "2 mill ISK",
# "¥5M"): never read as the team's krone; a command says so, a message is asked about.
OTHER_CURRENCIES = frozenset(
    "CHF JPY CNY RMB PLN ISK CAD AUD NZD INR BRL ZAR RUB TRY HUF CZK SGD HKD KRW MXN AED SAR "
    "THB RON BGN UAH ILS MYR IDR PHP TWD ARS CLP COP".split()
)
_OTHER_SIGNS = ("¥", "₹", "₽", "₩", "₺", "₪", "zł")
# The signs as codes, for readers whose words keep letters and digits only.
_ANY_OTHER_SIGN = re.compile("|".join(map(re.escape, _OTHER_SIGNS)))
OTHER_SIGN_CODES = {"¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₪": "ILS"}


def other_currency(token: str) -> str | None:
    """The currency kpibot does not count in that `token` names or starts with ("CHF",
    "¥5M"), or None."""
    bare = token.strip(".,;:!?()")
    if bare in OTHER_CURRENCIES:
        return bare
    if _ANY_OTHER_SIGN.search(bare) is None:
        return None  # ack34: no sign, known in one scan (in C); else the first sign of the list
    return next((sign for sign in _OTHER_SIGNS if sign in bare), None)


_CENT = Decimal("0.01")
_KRONE = "KR"  # placeholder for "whatever kr means for this team"
_ISO_CODES = ("NOK", "SEK", "DKK", "EUR", "USD", "GBP")

_CURRENCIES = {code.casefold(): code for code in _ISO_CODES} | {
    "kr": _KRONE,
    "kroner": _KRONE,
    "kronor": _KRONE,
    "spänn": "SEK",  # session 58: the Swedish slang ("95 000 spänn")
    "krone": _KRONE,
    "krona": _KRONE,
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "£": "GBP",
    # session 41: British slang ("12,500 quid"), and the currency's name
    "quid": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
}
_MULTIPLIERS = {
    "k": 3,
    "tusen": 3,
    "tusind": 3,
    # session 55: "on 850 thousand" (was no amount)
    "thousand": 3,
    "tusn": 3,
    "tusan": 3,
    "m": 6,
    "mn": 6,
    "mln": 6,
    "mil": 6,
    "mill": 6,
    "mille": 6,  # "en mille": Norwegian for a million
    "mio": 6,
    "milj": 6,
    "million": 6,
    "millions": 6,
    "millioner": 6,
    "miljon": 6,
    "miljoner": 6,
    "'": 3,  # "450' kr": the apostrophe after a number stands for its three zeros
    "mrd": 9,
    "bn": 9,
    "milliard": 9,
    "milliarder": 9,
    "miljard": 9,
    "miljarder": 9,
}
# unit word -> (power of ten, currency or None); "MSEK" and "tkr" carry both.
_UNITS: dict[str, tuple[int, str | None]] = (
    {word: (0, code) for word, code in _CURRENCIES.items()}
    | {word: (power, None) for word, power in _MULTIPLIERS.items()}
    | {"m" + code.casefold(): (6, code) for code in _ISO_CODES}
    | {"k" + code.casefold(): (3, code) for code in _ISO_CODES}
    | {"t" + code.casefold(): (3, code) for code in _ISO_CODES}
    | {"tkr": (3, _KRONE), "kkr": (3, _KRONE), "mkr": (6, _KRONE)}
    # session 45: "2 mnkr" (miljoner kronor), "1,5 mnok" written small as "mnkr" is
    | {"mnkr": (6, _KRONE), "mkroner": (6, _KRONE)}
    | {"grand": (3, "GBP")}  # British slang: "40 grand" is £40,000
)
# Whether VAT is in or out, the amount is what was typed: "400 000 kr eks. mva", "exkl. moms",
# "ex moms", "+ mva", "inkl. mva" are read and dropped.
_VAT = re.compile(
    r"(?:\s*(?:\(|,))?\s*(?:(?:eks|ekskl|eksl|ekskludert|eksklusive|excl|exkl|exklusive|exclusive|ex"
    r"|inkl|inklusive|incl|inc|including|inkludert|ink|med|uten|utan|u|m|plus|pluss)\.?(?:\s*of)?\s*/?\s*|\+\s*)"
    r"(?:mva|moms|vat|merverdiavgift|merverdiavgift)\.?\s*\)?$"
)
# Session 39. An amount said with the tax in it ("1 mill inkl. mva", "400 000 kr inkl moms",
# "£40k incl. VAT", "m/mva"): kpibot's figures are without VAT (offers, pipeline and wins compared
# as B2B prices are), so its author is asked which to store; never when the price without it is
# said too ("800k eks mva (1 mill inkl)")
_WITH_VAT = re.compile(
    r"(?<![\w/])(?:(?:inkl|inklusive|inkludert|inkluderet|inkluderat|incl|including|inc|ink)"
    r"\.?\s*/?\s*|(?:med|m)(?:\s+|\s*/\s*))(?:mva|moms|vat|merverdiavgift|mervärdesskatt)(?!\w)",
    re.I,
)
_WITHOUT_VAT = re.compile(
    r"(?<![\w/])(?:eks|ekskl|eksl|ekskludert|eksklusive|excl|exkl|exklusive|exclusive|excluding|ex"
    r"|uten|utan|uden|u|plus|pluss|\+)\.?\s*/?\s*(?:mva|moms|vat)(?!\w)",
    re.I,
)
# The standard rate by currency, where one rate is the country's (Norway, Sweden, Denmark 25 %,
# the UK 20 %); a euro or a dollar names no one country's, so nothing is asked for it
VAT_RATES = {"NOK": Decimal("0.25"), "SEK": Decimal("0.25"), "DKK": Decimal("0.25")}
VAT_RATES["GBP"] = Decimal("0.20")


def far_above(figure: Decimal, amount: Decimal) -> bool:
    """Session 49. A figure five times an amount said before it or more ("450k til 3M"): no
    range's high end and no raise, so a name of a figure and capitals ("3M") is the customer's.
    The one rule for commands (amount_places) and channel messages (capture.signals)."""
    return figure >= 5 * amount


def vat_included(text: str) -> bool:
    """Whether `text` says its amount includes VAT ("inkl. mva", "incl. VAT"), and not also a
    price without it."""
    return bool(_WITH_VAT.search(text)) and not _WITHOUT_VAT.search(text)


def vat_said_last_out(text: str) -> str:
    """Session 57. `text` without the VAT words that end it ("for vinduespudsning 2027, ekskl.
    moms" -> "for vinduespudsning 2027"): said of the amount, which is what was typed."""
    return _VAT.sub("", text).rstrip() or text


def without_vat(amount: Decimal, currency: str | None) -> Decimal | None:
    """`amount` with the standard VAT of `currency`'s country taken out, to the øre or penny;
    None where the currency has no one rate (EUR, USD)."""
    rate = VAT_RATES.get(currency or "")
    if rate is None:
        return None
    return (amount / (1 + rate)).quantize(Decimal("0.01"))


_ABOUT = re.compile(r"^(?:ca\.?|cirka|circa|approx\.?|about|around|omkring|rundt|~)\s*")
ABOUT_WORDS = {"ca", "ca.", "cirka", "circa", "approx", "approx.", "about", "around", "omkring"}
ABOUT_WORDS |= {"rundt", "~"}
VAT_WORDS = {
    "eks", "ekskl", "eksl", "excl", "exkl", "ex", "inkl", "incl", "inc", "mva", "moms", "vat",
    "eks.mva", "ex.moms", "ekskl.mva", "exkl.moms", "inkl.mva", "inkl.moms", "+mva", "+moms",
    "exmoms", "eksmva", "u/mva", "m/mva",
}  # fmt: skip
# For callers that must tell amount words from names.
UNIT_WORDS = frozenset(_UNITS)
# The words and codes that name a currency ("nok", "kr", "euro", "quid"), folded as typed
CURRENCY_WORDS = frozenset(_CURRENCIES)
NOT_A_NUMBER_WORDS = frozenset({"nan", "snan", "inf", "infinity", "∞", "-inf", "+inf", "-nan"})
_MINUS = {"-", "\u2212", "\u2013", "minus"}  # hyphen, unicode minus, en dash (autocorrect)
_NOT_A_NUMBER = {"nan", "snan", "inf", "infinity", "∞", "-inf", "+inf", "-nan"}

_FRACTIONS = {"½": "5", "¼": "25", "¾": "75"}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u2009]+")
# A number with its separators, a Norwegian ",-", a word (with optional abbreviation dot), a symbol.
_CHUNK = re.compile(r"[0-9](?:[0-9 .,']*[0-9])?|[,.]-|[^\W\d_]+\.?|\S")
_GROUPED = re.compile(r"[0-9]{1,3}(?:([ .,'])[0-9]{3})?(?:\1[0-9]{3})*")


class ForeignKrone(str):
    """review25. The krone of a seller whose krone is not their team's currency (a Swede in a NOK
    team), as a reader's `krone`. Their "kr" is still theirs (kroner23), but a krone written as a
    unit or sign that names no country ("300 tkr", "1,2 mkr", "300 000:-") is left bare, as a
    bare number is: the recorder's ask-once rule decides (recording.money; was SEK unasked by
    "tkr" while "300 000:-" in a message was asked). A unit that names it ("MSEK") is that."""

    __slots__ = ()


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str | None  # None = not stated; the caller uses the team's default


class CurrencyClash(UserError):
    """heldcmd33. An amount whose unit and currency code name two currencies ("2 mkr EUR",
    "£45k USD"): bad_amount for whoever does not ask (its params the same), the amount and both
    currencies for the recorder's question (which one?)."""

    def __init__(self, text: str, amount: Decimal, currencies: tuple[str, str]) -> None:
        super().__init__("bad_amount", text=text)
        self.amount = amount
        self.currencies = currencies


_KRONER = ("NOK", "SEK", "DKK")


def _has_digit(text: str) -> bool:
    return any("0" <= ch <= "9" for ch in text)


def _number(text: str, scaled: bool, *, thousands_unit: bool = False) -> Decimal | None:
    """The value of one number chunk, or None if its separators make no sense. A multiplier
    makes "1,5" a fraction; before thousands three digits after one point are still a group
    ("1.250 tkr" is 1 250 tkr: no one writes 1 250 kr so); after a comma they stay decimals, as
    the Scandinavian comma is ("1,250k")."""
    whole, fraction = text, ""
    last = max(text.rfind("."), text.rfind(","))
    if last != -1:
        mark, head, tail = text[last], text[:last], text[last + 1 :]
        if text.count(mark) == 1:
            grouped_head = any(sep in head for sep in " .,'")
            thousands = (
                not grouped_head
                and (not scaled or (thousands_unit and mark == "."))
                and len(tail) == 3
                and len(head) <= 3
                and head != "0"
            )
            if (
                not thousands
                and len(tail) == 3
                and tail.isdigit()
                and re.fullmatch(r"[0-9]{1,3}(?:([ ,'])[0-9]{3})(?:\1[0-9]{3})*", head)
            ):
                # session 62: "1 250.000", "3 450.000": two marks that group, none a krone's
                # decimals (was 1 250 with three decimals)
                return Decimal(re.sub(r"[^0-9]", "", text))
            if not thousands:
                whole, fraction = head, tail
    if not _GROUPED.fullmatch(whole) and not whole.isdigit():
        return None
    if fraction and not fraction.isdigit():
        return None
    digits = re.sub(r"[^0-9]", "", whole)
    return Decimal(f"{digits}.{fraction or '0'}")


# lead36: "350t kr", "350 t. kr", "230t kr": thousands of kroner written apart
_THOUSAND_KRONER = re.compile(r"(?<=[0-9])( ?)t(?:\. ?| )kr\b\.?", re.IGNORECASE)
_THOUSAND_GLUED = re.compile(
    r"(?:(?<=(?<![\d.,])[1-9][0-9])|(?<=(?<![\d.,])[1-9][0-9]{2}))t(?=$|[\s,;!)])"
)


def thousand_kroner_joined(text: str) -> str:
    """Danish "350t kr" as "350tkr", "1 250 t. kr" as "1 250 tkr": thousands of kroner as the
    readers know them (were no amount, or "230T" a customer)."""
    text = _THOUSAND_KRONER.sub(r"\1tkr", text)
    # lead37: Danish "450t" alone, glued to a figure of two or three digits: thousands (a
    # single digit, "2t", is as often two hours)
    return _THOUSAND_GLUED.sub("tkr", text)


def parse_amount(
    text: str, *, krone: str = "NOK", grouped_multiplier: bool = False
) -> Money | None:
    """Parse one amount. None if `text` is not an amount at all; UserError if it looks like one
    but is invalid (bad_amount, negative_amount, amount_too_large). `krone` is what "kr" means.
    `grouped_multiplier`: "1 250 tkr" is 1 250 000 (a channel message, where the caller knows
    what stands before the number); else a multiplier takes an ungrouped number only."""
    original = text.strip()
    cleaned = _SPACES.sub(" ", text).strip().casefold().replace("t.kr", "tkr")
    cleaned = thousand_kroner_joined(cleaned)  # lead36: Danish "350t kr", "350 t. kr"
    # a phone's apostrophe is an apostrophe; so are the prime and the modifier letters a
    # phone's long-press offers for it ("350′", "350ʼ": 350 000, session 20)
    cleaned = re.sub(r"[’´`‘\u2032\u02bc\u02b9]", "'", cleaned)
    for mark, decimals in _FRACTIONS.items():  # "1½ mill" is 1,5 mill, "½ mill" 0,5
        cleaned = re.sub(rf"([0-9]) ?{mark}", rf"\1,{decimals}", cleaned)
        cleaned = cleaned.replace(mark, f"0,{decimals}")
    cleaned = _VAT.sub("", cleaned.rstrip(".,;:!? ")).strip() or cleaned
    cleaned = _ABOUT.sub("", cleaned) or cleaned  # "ca. 250k", "~250k": the amount as typed
    # Swedish "400 000:-": the Swedish krona's own sign, written by nobody else. A Swede's amount
    # in a NOK or DKK team is in SEK, as their "kr" is (session 21: was the team's currency).
    swedish_sign = krone == "SEK" and cleaned.endswith(":-") and not isinstance(krone, ForeignKrone)
    cleaned = re.sub(r":-$", ",-", cleaned)
    cleaned = re.sub(r"(?<=[0-9])'-$", "',-", cleaned)  # "450'-" as "450',-" (session 21)
    if not cleaned.endswith("-"):  # keep the Norwegian ",-"
        cleaned = cleaned.rstrip(".,;:!? ")
    if not _has_digit(cleaned):
        words = set(cleaned.replace("+", " +").split()) | {cleaned}
        if words & _NOT_A_NUMBER:
            raise UserError("bad_amount", text=original)
        return None

    number: str | None = None
    negative = False
    power: int | None = None
    currency: str | None = None
    generic = False  # the currency is "kr"'s, a krone of no country ("mkr", "tkr", "kr")
    clash: tuple[str, str] | None = None
    closed = False  # after ",-" nothing may follow
    # session 46: the thousands mark after spaced groups ("1 200' kr": 1 200 000), a
    # bookkeeper's way, never a name's number
    marked = bool(re.search(r"[0-9]{3}'", cleaned))
    for chunk in _CHUNK.findall(cleaned):
        unit = _UNITS.get(chunk) or _UNITS.get(chunk.rstrip("."))
        if closed and not (unit is not None and unit[0] == 0 and currency is None):
            raise UserError("bad_amount", text=original)  # after ",-" only its currency
        if chunk[0].isascii() and chunk[0].isdigit():
            if number is not None or (power is not None and currency is None):
                raise UserError("bad_amount", text=original)
            number = chunk
        elif chunk in _MINUS or chunk == "+":
            if number is not None:
                raise UserError("bad_amount", text=original)
            negative = negative or chunk != "+"
        elif chunk in (",-", ".-"):
            if number is None:
                raise UserError("bad_amount", text=original)
            closed = True
        elif unit is not None:
            unit_power, unit_currency = unit
            if unit_power:
                # "MNOK 1,2": a unit that carries both a power and a currency may come first.
                if power is not None or (number is None and not unit_currency):
                    raise UserError("bad_amount", text=original)
                power = unit_power
            if unit_currency and (currency is not None or generic):
                # heldcmd33. A unit and a currency code both ("2 mkr SEK", "£45k GBP", "2 MNOK
                # kr"): one currency when they agree (a krone of no country and a krone's code:
                # the code's), asked when they do not ("2 mkr EUR"); was no amount read.
                # mendD33: also a Swede's or a Dane's krone left bare in a NOK team (review25,
                # `currency` None): it still names a krone, and "2 mkr EUR" clashes with it as
                # for anyone (was stored as EUR unasked)
                said = krone if unit_currency == _KRONE else unit_currency
                if clash is not None or (unit_currency == _KRONE and generic):
                    raise UserError("bad_amount", text=original)
                if unit_currency == _KRONE and currency in _KRONER:
                    continue  # "2 MNOK kr": NOK's kroner
                if generic and said in _KRONER:
                    currency, generic = said, False  # "2 mkr SEK": the kroner are SEK
                elif said != currency:
                    clash = (currency or str(krone), said)
                continue
            if unit_currency:
                if currency is not None:
                    raise UserError("bad_amount", text=original)
                generic = unit_currency == _KRONE
                currency = krone if unit_currency == _KRONE else unit_currency
                if unit_currency == _KRONE and unit_power and isinstance(krone, ForeignKrone):
                    currency = None  # "300 tkr" from a Swede in a NOK team: asked (review25)
        else:
            raise UserError("bad_amount", text=original)
    if number is None:
        raise UserError("bad_amount", text=original)
    value = _number(number, scaled=power is not None, thousands_unit=power == 3)
    if power is not None and " " in number and not grouped_multiplier and not marked:
        value = None  # "TV 2 350k" is not 2 350 000: a multiplier takes an ungrouped number
    if value is None:
        raise UserError("bad_amount", text=original)
    if negative:
        raise UserError("negative_amount", text=original)
    with localcontext() as ctx:
        ctx.prec = 60  # exact for anything that fits in the 1000-char command limit's range check
        value = value.scaleb(power or 0)
        if value > MAX_AMOUNT:
            raise UserError("amount_too_large", text=original)
        value = value.quantize(_CENT)
    if value <= 0:
        raise UserError("bad_amount", text=original)  # an amount of 0 is meaningless
    if clash is not None:
        raise CurrencyClash(original.rstrip(",;:!? "), value, clash)
    return Money(value, currency or ("SEK" if swedish_sign else None))


_A_TERM = re.compile(
    r"[0-9]{1,2}-?(?:års|år|ars|ar|yr|yrs|year|years|månaders|måneders|mnd|mån|mdr)\w*"
)


def _is_amount_part(token: str) -> bool:
    """Could this token belong to an amount? Digits, currency/multiplier words, minus, NaN..."""
    word = _SPACES.sub("", token).casefold().rstrip(".,;:!?")
    if _A_TERM.fullmatch(word):
        return False  # "3-årsavtal", "2-yr", "12-månaders": a deal's term, no amount
    if _A_YEARS_COMPOUND.fullmatch(word):
        return False  # session 64: "nye 2029-priser", "2029-rates": a year's, no amount
    if a_span_of_years(word):
        return False  # session 65: "ramavtal för 2031–2033", "2031-33": years, no range
    if _has_digit(word):
        return True
    return (
        word in _UNITS
        or word in _NOT_A_NUMBER
        or word in ("minus", "\u2212", ",-", ":-", "t.kr", "+", "(", ")")
        or word.strip("()") in VAT_WORDS
        or word in ABOUT_WORDS
    )


_A_YEARS_COMPOUND = re.compile(r"(?:19|20)[0-9]{2}-[^\W\d_]{3,}")
_YEARS_SPAN = re.compile(r"((?:19|20)[0-9]{2})[-\u2013\u2014/]((?:19|20)?[0-9]{2})")


def a_span_of_years(word: str) -> bool:
    """Session 65. A deal's years, written as a span ("2031–2033", "2031-33"), never a range of
    amounts: the second year after the first, at most ten on."""
    years = _YEARS_SPAN.fullmatch(word)
    return years is not None and 0 < int(years[2][-2:]) - int(years[1][-2:]) <= 10


_MAX_AMOUNT_TOKENS = 8  # "NOK 1 250 000 000" is 5 tokens; a cap keeps matching linear


def match_amount_suffix(
    tokens: list[str], *, krone: str = "NOK", keep_at_least: int = 1
) -> tuple[Money, int] | None:
    """Read an amount from the end of `tokens`: (Money, tokens consumed) or None.

    The longest run of trailing tokens that forms one valid amount wins ("kr 1 250 000"), but at
    least `keep_at_least` tokens are left for the customer. A shorter run is tried only when the
    longer one is malformed (bad_amount), so "Rema 1000 5 000" gives 5000; a negative or too
    large amount is reported at once. If nothing is valid, the error for the shortest
    amount-looking run is raised (so ["Equinor", "1e400"] -> bad_amount with text "1e400").
    """
    limit = min(len(tokens) - keep_at_least, _MAX_AMOUNT_TOKENS)
    run = 0
    while run < limit and _is_amount_part(tokens[-run - 1]):
        run += 1
    error: UserError | None = None
    for size in range(run, 0, -1):
        try:
            money = parse_amount(" ".join(tokens[-size:]), krone=krone)
        except UserError as exc:
            if exc.code != "bad_amount" or isinstance(exc, CurrencyClash):
                raise  # heldcmd33: "EUR 2 mkr" asked whole, never "2 mkr" with "EUR" unread
            error = exc
            continue
        if money is not None:
            return money, size
    if error is not None:
        raise error
    return None


# -- amounts written in words -----------------------------------------------------------------
def _fold_word(token: str) -> str:
    if emoji.is_shortcodes(token.rstrip(".,;!?")):
        return ""  # ":fire:" is an emoji, not "fire" (four): "2,5 mill :fire:" is 2 500 000
    return fold(token).strip(".,;:!?()")


# The few number words read before a magnitude ("en halv mill", "to millioner", "ti tusen",
# "half a million"), in channel messages and slash commands alike; "word = value", "|" between.
SPOKEN_NUMBERS = """
en halv = 0,5 | ein halv = 0,5 | ett halvt = 0,5 | en halv = 0,5 | half a = 0,5 | a half = 0,5 |
halv = 0,5 | halvannen = 1,5 | halvannan = 1,5 | halvanden = 1,5 | one and a half = 1,5 |
en og en halv = 1,5 | ein og ein halv = 1,5 | en och en halv = 1,5 | ett och ett halvt = 1,5 |
to og en halv = 2,5 | två och en halv = 2,5 | two and a half = 2,5 | tre og en halv = 3,5 |
tre och en halv = 3,5 | three and a half = 3,5 |
en kvart = 0,25 | ein kvart = 0,25 | ett kvarts = 0,25 | en kvarts = 0,25 | kvart = 0,25 |
a quarter of a = 0,25 | a quarter = 0,25 | quarter = 0,25 | trekvart = 0,75 | tre kvart = 0,75 |
tre kvarts = 0,75 |
en = 1 | ett = 1 | et = 1 | ein = 1 | one = 1 | a = 1 | to = 2 | två = 2 | two = 2 | tre = 3 |
three = 3 | fire = 4 | fyra = 4 | four = 4 | fem = 5 | five = 5 | seks = 6 | sex = 6 | six = 6 |
ti = 10 | tio = 10 | ten = 10
"""
_SPOKEN = {
    tuple(_fold_word(word) for word in words.split()): value.strip()
    for words, value in (entry.split("=") for entry in SPOKEN_NUMBERS.replace("\n", " ").split("|"))
}

# Number words that may start a spoken amount, one word each ("halvannen", "to", "tre").
SPOKEN_WORDS = frozenset(key[0] for key in _SPOKEN if len(key) == 1)

# Session 44. Whole numbers said in words, read ("tre hundre tusen", "trehundreogfemti tusen",
# "tolv tusen", "two hundred and fifty thousand", "tvåhundrafemtio tusen", "femogtyve tusinde"):
# the values of their parts (folded), hundreds and thousands multiplying what comes before them.
# Millions are the amount's unit after it ("fem mill", "to millioner"), read as before.
_UNIT_VALUES = {
    # en
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a": 1,
    # nb (folded)
    "en": 1, "ett": 1, "ei": 1, "ein": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
    "sju": 7, "syv": 7, "atte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13,
    "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19,
    "tjue": 20, "tyve": 20, "tretti": 30, "tredve": 30, "forti": 40, "femti": 50, "seksti": 60,
    "sytti": 70, "atti": 80, "nitti": 90,
    # sv
    "tva": 2, "fyra": 4, "sex": 6, "atta": 8, "nio": 9, "tio": 10, "elva": 11, "tretton": 13,
    "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19,
    "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70,
    "attio": 80, "nittio": 90,
    # da
    "et": 1, "otte": 8, "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60,
    "halvfjerds": 70, "firs": 80, "halvfems": 90,
}  # fmt: skip
_HUNDREDS = {"hundred", "hundre", "hundra", "hundrede"}
_THOUSANDS = {"thousand", "tusen", "tusind", "tusinde"}
# No kept library reads Norwegian, Swedish or Danish number words: a run of number words with a
# magnitude or currency ("tolv tusen", "tjuefem tusen kroner", "two hundred k", "fem mill") is
# found (`number_words`), read where it can be (`spoken_as_digits`, `whole_number_said`), else
# refused or asked with the way to write it; never dropped.
_NUMBER_MORPHEMES = (set(_UNIT_VALUES) - {"a"}) | {
    # fractions and halves ("halvanden", "en halv", "kvart")
    "halv", "halvanden", "halvannen", "half", "halvannan", "halvt", "kvart", "kvarts", "trekvart",
    "quarter",
}  # fmt: skip
_NUMBER_MAGNITUDES = _HUNDREDS | _THOUSANDS | {"hundreds", "thousands"}
# The decimal point said in words ("to komma fire millioner", "two point five million")
DECIMAL_POINTS = frozenset({"komma", "comma", "point", "punkt"})
_NUMBER_JOINERS = {"og", "och", "and", "a", "-", *DECIMAL_POINTS}
_COMPOUND_PARTS = sorted(
    _NUMBER_MORPHEMES | _NUMBER_MAGNITUDES | {"og", "och"}, key=len, reverse=True
)
_WORD_NUMBER = re.compile(f"(?:{'|'.join(_COMPOUND_PARTS)})+")  # "tjuefem", "femogtyve"


_WHOLE_JOINERS = {"og", "och", "and"}
_WHOLE_PARTS = re.compile(
    "|".join(
        sorted([*_UNIT_VALUES, *_HUNDREDS, *_THOUSANDS, *_WHOLE_JOINERS], key=len, reverse=True)
    )
)


def _whole_number_parts(word: str) -> list[str] | None:
    """ "trehundreogfemti" -> ["tre", "hundre", "og", "femti"]; None unless the word is made
    of number parts only."""
    parts, at = [], 0
    while at < len(word):
        found = _WHOLE_PARTS.match(word, at)
        if found is None:
            return None
        parts.append(found[0])
        at = found.end()
    return parts


def whole_number_said(words: Sequence[str]) -> tuple[int, int] | None:
    """(words used, value) of a whole number said in words at the start of `words`, with a
    hundred or a thousand in it ("tre hundre tusen" 300 000, "tolv tusen" 12 000, "two hundred
    and fifty thousand", "femogtyve tusinde" 25 000); None otherwise (a number word alone, "Tre",
    "to", is no amount)."""
    total = current = 0
    used, scaled, last_used = 0, False, 0
    for index, word in enumerate(words):
        folded = _fold_word(word)
        parts = _whole_number_parts(folded.replace("-", "")) if folded else None
        if not parts or (index == 0 and parts[0] in _WHOLE_JOINERS):
            break
        for part in parts:
            if part in _WHOLE_JOINERS:
                continue
            if part in _HUNDREDS:
                current = (current or 1) * 100
                scaled = True
            elif part in _THOUSANDS:
                total += (current or 1) * 1000
                current, scaled = 0, True
            else:
                current += _UNIT_VALUES[part]
        used = index + 1
        if parts[-1] not in _WHOLE_JOINERS:
            last_used = used
    if not last_used:
        return None
    if not scaled:
        # "tolv mill", "femten millioner": a number before a unit of its own (million, k)
        after = _fold_word(words[last_used]) if last_used < len(words) else ""
        if _UNITS.get(after, (0, None))[0] < 3:
            return None  # "tre", "tolv kroner": no magnitude said
    return last_used, total + current


def spoken_as_digits(words: Sequence[str], *, krone: str = "NOK") -> list[str] | None:
    """ "to mill" -> ["2", "mill"], "en halv mill" -> ["0,5", "mill"]: a number from
    SPOKEN_NUMBERS and then its magnitude and unit, written with digits as parse_amount reads
    them; session 44: whole numbers said with a hundred or a thousand too ("tolv tusen" ->
    ["12000"], "two hundred k" -> ["200", "k"]); None for anything else."""
    folded = [_fold_word(word) for word in words]
    if len(folded) >= 4 and folded[1] in DECIMAL_POINTS:
        # session 43: "to komma fire millioner", "two point five million" (dictated): 2,4
        whole, part = _SPOKEN.get((folded[0],)), _SPOKEN.get((folded[2],))
        if whole and part and part.isdigit() and len(part) == 1 and "," not in whole:
            digits = [f"{whole},{part}", *words[3:]]
            try:
                return digits if parse_amount(" ".join(digits), krone=krone) is not None else None
            except UserError:
                return None
    for size in range(len(folded) - 1, 0, -1):
        value = _SPOKEN.get(tuple(folded[:size]))
        if value is None:
            continue
        digits = [value, *words[size:]]
        try:
            if parse_amount(" ".join(digits), krone=krone) is not None:
                return digits
        except UserError:
            pass
        break  # "tre hundre tusen": no "3 hundre tusen", read whole below
    whole = whole_number_said(words)
    if whole is not None:
        # session 44: "tre hundre tusen", "tolv tusen kroner", "two hundred and fifty thousand"
        digits = [str(whole[1]), *words[whole[0] :]]
        try:
            return digits if parse_amount(" ".join(digits), krone=krone) is not None else None
        except UserError:
            return None
    return None


def a_number_word(token: str) -> bool:
    """A number's word or a compound of them ("fem", "tolv", "halvtreds", "forty", "tusen")."""
    word = _fold_word(token)
    return word in _NUMBER_MAGNITUDES or bool(_WORD_NUMBER.fullmatch(word.replace("-", "")))


def number_words(tokens: Sequence[str]) -> tuple[int, int] | None:
    """Where an amount is written in words: (start, end) of the first run of number words
    (compounds too: "tjuefem", "twenty-five", "femogtyve") that holds a number and a magnitude
    or a unit of money ("tolv tusen", "two hundred k", "fem mill kroner"); None if there is none.
    A number word alone ("Tre", "to") or a magnitude alone ("Tusen Takk") is no amount."""
    i = 0
    while i < len(tokens):
        j, number, scale = i, False, False
        while j < len(tokens):
            word = _fold_word(tokens[j])
            if word in _NUMBER_MAGNITUDES or (word in _UNITS and (number or j > i)):
                # (session 42: a unit first is the amount's before it: "12k GBP to Circle K",
                # never "two GBP")
                scale = True
            elif word in _UNITS:
                break
            elif word in _NUMBER_JOINERS:
                if j == i:
                    break
            elif _WORD_NUMBER.fullmatch(word.replace("-", "")):
                number = True
            else:
                break
            j += 1
        if number and scale:
            return i, j
        i = max(j, i + 1)
    return None


_TYPED_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)?")


def in_scale_of(typed: str, amount: Decimal, bare: str) -> Decimal | None:
    """Session 26. A bare number said beside an amount, in that amount's scale: "1,2 mill ikke
    1,1" is 1 100 000, "275.000, ikke 250.000" 250 000. `typed`: the amount's first token as
    typed ("1,2"), `amount` its value; None when `bare` is no plain number or `typed` none."""
    said = _TYPED_NUMBER.match(typed)
    other = _TYPED_NUMBER.fullmatch(bare)
    if said is None or other is None:
        return None
    number = Decimal(said.group().replace(",", "."))
    if number == 0:
        return None
    return amount / number * Decimal(other.group().replace(",", "."))
