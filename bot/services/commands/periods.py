"""Prices per period in a log command ("50k/mnd i 12 mnd", "90 000 NOK/år i 3 år", "kr 85.000
pr. mnd", "5k a month"): read with the amount as typed, and asked about with the deal's whole
value as an example, never stored as the deal's value unasked.

The period glued to an amount is taken off it first (`split_periods`), so the amount is read as
any amount is ("90 000 NOK", "kr 90 000", "90.000"); what was typed is put back together for the
question (`per_period_said`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from bot.services.amounts import CURRENCY_WORDS, UNIT_WORDS, Money, parse_amount
from bot.services.dates import UserError, count_said, fold

# A period taken off the amount it was glued to ("NOK/år" -> "NOK", GLUED + "/år"); the mark says
# where to glue it back for the question. Never typed (private use), never part of a name.
GLUED = "\ue000"
_SPACED = "\ue001"  # typed with spaces around the slash ("kr / år")

# Periods a year, by the words that name them after a slash or "per" ("/mnd", "pr. år").
PERIODS = {
    "mnd": 12, "md": 12, "man": 12, "mnd.": 12, "maned": 12, "manad": 12, "maaned": 12,
    "month": 12, "mo": 12, "mth": 12, "kvartal": 4, "kv": 4, "kvt": 4, "quarter": 4, "q": 4,
    "qtr": 4, "ar": 1, "aar": 1, "year": 1, "yr": 1, "uke": 52, "vecka": 52, "v": 52, "uge": 52,
    "week": 52, "wk": 52,
    "annum": 1,  # heldcmd30: "£40k per annum for 3 years" (was £40k, "per annum for 3 years" asked)
}  # fmt: skip
# The same periods with the article ("i måneden", "om året", "i kvartalet"): a price per period.
_DEFINITE = {
    "maneden": 12, "manaden": 12, "maaneden": 12, "mnd": 12, "aret": 1, "aaret": 1,
    "kvartalet": 4, "uka": 52, "uken": 52, "veckan": 52, "ugen": 52,
}  # fmt: skip
_PER = {"per", "pr", "each", "every", "a", "an", "/"}  # "per år", "pr. mnd", "a month"
_THE = {"i", "om"}  # "i året", "om måneden" (not "om en måned": in a month)
# Words that are a period's price alone ("månedlig", "yearly", "p.a.").
_ADVERBS = {
    "manedlig": 12, "manatlig": 12, "manadsvis": 12, "manedsvis": 12, "maanedlig": 12,
    "monthly": 12, "arlig": 1, "arligen": 1, "arligt": 1, "yearly": 1, "annually": 1,
    "annual": 1, "p.a": 1, "p.a.": 1, "pa.": 1, "kvartalsvis": 4, "quarterly": 4,
    "pcm": 12, "p.m.": 12, "pr.mnd": 12, "pr.mnd.": 12, "pr.md.": 12, "pr.mdr.": 12,
}  # fmt: skip

# How long, after the price: "i 3 år", "over 36 mnd", "for 2 years", "x 12", "3-årig".
_FOR = {
    "i",
    "in",
    "for",
    "over",
    "pa",
    "x",
    "\u00d7",
    "om",
    "gjennom",
    "under",
    "ganger",
    "on",
    "",
}  # fmt: skip ("" : a dot or comma alone, "95.000 kr./md. i 24 mdr.")
_UNITS_A_YEAR = {
    "ar": 1, "aar": 1, "years": 1, "year": 1, "yrs": 1, "yr": 1, "arig": 1, "ars": 1,
    "mnd": 12, "md": 12, "man": 12, "maneder": 12, "manader": 12, "maaneder": 12, "months": 12,
    "mdr": 12, "mdrs": 12,
    "month": 12, "mnds": 12, "mths": 12, "maneders": 12, "manaders": 12,
    "kvartal": 4, "kvartaler": 4, "kvartalen": 4, "quarters": 4,
}  # fmt: skip
_FILLERS = {
    "til",
    "till",
    "more",
    "nye",
    "nya",
    "further",
    "the",
    "next",
    "neste",
    "nasta",
    "a",
    "an",
}  # fmt: skip ("on a 12-month term")
_COUNT_IN_WORD = re.compile(
    r"([0-9]{1,3})-?(arig|ars|years?|yrs?|maneders?|manaders?|months?)"
    r"(?:-?(?:avtale|avtal|aftale|kontrakt|deal|contract))?"  # "3-årsavtale", "2-year-deal"
)
_GLUED_PERIOD = re.compile(r"(.*?)/([^\W\d_]+\.?)([,;.!?]*)")


def _period(word: str) -> int | None:
    return PERIODS.get(fold(word).rstrip(".,;!?"))


def _amount_part(prefix: str) -> bool:
    """ "000", "90k", "90.000", "NOK", "kr", "tkr": what an amount can end in."""
    if fold(prefix).rstrip(".") in UNIT_WORDS:
        return True
    if not any(ch.isdigit() for ch in prefix):
        return False
    if re.fullmatch(r"[0-9]{3}", prefix):
        return True  # "90 000/år": the last group of an amount written spaced
    try:
        return parse_amount(prefix) is not None
    except UserError:
        return False


def split_periods(tokens: list[str]) -> list[str]:
    """ "90 000 NOK/år" -> "90 000 NOK" and the period, marked with what it was glued to ("kr
    90 000/år", "90.000/mnd", "50k/mnd" alike; "90 000 kr / år" too): the amount is then read
    whole, and the words are shown as typed (`glued_back`)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if (
            token == "/"
            and out
            and i + 1 < len(tokens)
            and _period(tokens[i + 1]) is not None
            and _amount_part(out[-1])
        ):
            out.append(_mark(out[-1], f"/{tokens[i + 1]}", spaced=True))  # "kr / år"
            i += 2
            continue
        match = _GLUED_PERIOD.fullmatch(token)
        if match and match[1] and _period(match[2]) is not None and _amount_part(match[1]):
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            if not match[3] and fold(after).rstrip(".,;") in CURRENCY_WORDS:
                # session 41: "300k/år DKK": the currency after the period is the amount's
                # ("300k DKK/år"; was refused as no amount)
                bare = after.rstrip(".,;")
                out += [match[1], bare, _mark(bare, f"/{match[2]}{after[len(bare) :]}")]
                i += 2
                continue
            out += [match[1], _mark(match[1], f"/{match[2]}{match[3]}")]
        else:
            out.append(token)
        i += 1
    return out


# Session 21. "20k*12", "20 000×12", "20k * 12 mnd": a price times how many (the mark typed
# as a star or a times sign, glued or apart), read as "20k x 12" is.
_TIMES_GLUED = re.compile(r"(.*[0-9][^\W\d_]*\.?)[*\u00d7xX]([0-9]{1,3})([,;.]?)")


def split_times(tokens: list[str]) -> list[str]:
    """ "20k*12" -> "20k" "x" "12"; a star or times sign alone after an amount is "x"."""
    out: list[str] = []
    for token in tokens:
        glued = _TIMES_GLUED.fullmatch(token)
        if glued and _amount_part(glued[1]):
            out += [glued[1], "x", glued[2] + glued[3]]
        elif token in ("*", "\u00d7") and out and any(ch.isdigit() for ch in out[-1]):
            out.append("x")
        else:
            out.append(token)
    return out


def _times_a_price(words: list[str]) -> tuple[str, int, int] | None:
    """ "x 12", "x 12 mnd", "x 3 år" first among the unread words: (said, count, words used);
    None otherwise."""
    if len(words) < 2 or fold(words[0]) not in ("x", "\u00d7"):
        return None
    count = fold(words[1]).rstrip(",;.")
    if not count.isdigit() or not 1 < int(count) <= 120:
        return None
    used = 2
    if len(words) > 2 and fold(words[2]).rstrip(",;.!?") in _UNITS_A_YEAR:
        used = 3  # "x 12 mnd": twelve months of the price
    return " ".join(words[:used]).rstrip(",;"), int(count), used


def _mark(prefix: str, period: str, *, spaced: bool = False) -> str:
    return f"{GLUED}{prefix}{_SPACED if spaced else GLUED}{period}"


def _unmark(word: str) -> tuple[str, str] | None:
    """(what the period was typed on, the period as typed after it: "/år", " / år") for a
    marked word; None for any other."""
    if not word.startswith(GLUED):
        return None
    prefix, spaced, period = re.split(f"([{GLUED}{_SPACED}])", word[1:], maxsplit=1)
    return prefix, f" {period[0]} {period[1:]}" if spaced == _SPACED else period


def glued_back(words: list[str], raw_money: list[str] | None = None) -> list[str]:
    """The words as typed: a marked period goes back onto the word it was typed on, or, when
    that word was read as the amount, onto the amount as typed ("90 000 NOK/år")."""
    shown: list[str] = []
    for word in words:
        marked = _unmark(word)
        if marked is None:
            shown.append(word)
            continue
        prefix, period = marked
        if shown and shown[-1] == prefix:
            shown[-1] += period  # "300k" "/år" -> "300k/år"
        elif raw_money:
            shown.append(" ".join(raw_money) + period)  # "90 000 NOK" "/år"
        else:
            shown.append(prefix + period)
    return shown


def without_marks(text: str | None) -> str | None:
    """Words with their periods glued back as typed (a note, the unread words)."""
    if text is None:
        return None
    if GLUED not in text:
        return " ".join(text.split())  # ack34: no word marked, none glued back (the same words)
    return " ".join(glued_back(text.split()))


def price_per_period(words: list[str], krone: str) -> Money | None:
    """The price in the first amount written per a period ("50k/mnd", "50 tkr/mån",
    "5k/month", "300k/år") among words that were not read; None when there is none."""
    for i, word in enumerate(words):
        price, slash, period = word.rstrip(",;.!?").partition("/")
        if not slash or not period.rstrip(".").isalpha():
            continue
        for said in (f"{words[i - 1]} {price}" if i and price else None, price):
            if not said or not any(ch.isdigit() for ch in said):
                continue
            try:
                money = parse_amount(said, krone=krone)
            except UserError:
                continue
            if money is not None:
                return money
    return None


def per_period_at(words: list[str], i: int) -> tuple[int, int] | None:
    """(periods a year, words used) for a period said at words[i]: "/mnd" (glued), "per år",
    "pr. mnd", "i måneden", "om året", "a month", "monthly", "p.a."; None otherwise."""
    marked = _unmark(words[i])
    if marked is not None:
        per = _period(marked[1].strip(" /"))
        return (per, 1) if per is not None else None
    word = fold(words[i]).rstrip(",;!?")
    if word in _ADVERBS or word.rstrip(".") in _ADVERBS:
        return _ADVERBS.get(word, _ADVERBS.get(word.rstrip("."), 1)), 1
    if i + 1 >= len(words):
        return None
    after = fold(words[i + 1]).rstrip(".,;!?")
    if word.rstrip(".") in _PER and after in PERIODS:
        return PERIODS[after], 2
    if word in _THE and after in _DEFINITE and (after != "mnd" or word == "i"):
        # "45 000 i mnd": per month, as "i måneden" (never "om mnd")
        return _DEFINITE[after], 2
    return None


def _term_count(word: str) -> int | None:
    """A number word of a term ("i tre år", "for twelve months"): dates.count_said's, but not
    the words for one, which are articles here as well ("on a 12-month term")."""
    count = count_said(word)
    return count if count != 1 else None


def how_long(words: list[str], per: int) -> int | None:
    """How many periods the words right after a price say it runs ("i 3 år": 3 years, as
    periods of the price's own length); None when they say none."""
    for i, token in enumerate(words[:4]):
        word = fold(token).rstrip(",;.!?")
        glued = _COUNT_IN_WORD.fullmatch(word)  # "3-årig", "36-month"
        if glued:
            count, unit = int(glued[1]), 12 if glued[2].startswith(("man", "month")) else 1
        else:
            count = int(word) if word.isdigit() else _term_count(word)
            if count is not None and i > 0 and fold(words[i - 1]) in ("x", "\u00d7", "*"):
                if i + 1 >= len(words) or fold(words[i + 1]).rstrip(",;.!?") not in _UNITS_A_YEAR:
                    # "15 tkr/mån x 36", "£2k pcm x 24": so many periods of the price (session
                    # 21; was a year's worth)
                    return count if 1 < count <= 120 else None
            if count is None or i + 1 >= len(words):
                if word in _FOR or word in _FILLERS:
                    continue
                return None
            unit_at = i + 1
            if unit_at + 1 < len(words) and fold(words[unit_at]) in _FILLERS:
                unit_at += 1  # "3 more years", "tre nye år"
            unit = _UNITS_A_YEAR.get(fold(words[unit_at]).rstrip(",;.!?"))
            if unit is None:
                return None
        if not 1 < count <= 120 or (per % unit and unit % per):
            return None
        periods = Decimal(count) * per / unit
        return int(periods) if periods == int(periods) and periods > 1 else None
    return None


@dataclass(frozen=True)
class _Whole(Money):
    """A price per period's whole value; `termed` when the words say for how long ("i 24
    mnd", "x 24", "for 2 years"), not a year's worth as an example."""

    termed: bool = False


def term_said(whole: Money | None) -> bool:
    """Whether `per_period_said`'s whole value is for a term the words say."""
    return isinstance(whole, _Whole) and whole.termed


def per_period_said(
    unread: str | None,
    money: Money | None,
    raw_money: list[str] | None,
    priced: bool,
    aside: str | None = None,
) -> tuple[str | None, Money | None, str | None]:
    """The price per period as typed ("50k/mnd", "/år", "per år"), a whole value to show as an
    example (for as long as the words say: "i 3 år", "i 12 mnd"; else a year's worth), and the
    unread words as typed, a period glued back onto its amount ("90 000 NOK/år i 3 år");
    (None, None, unread) when no price per period is said."""
    if not unread:
        return None, None, unread
    words = unread.split()
    shown = " ".join(glued_back(words, raw_money))
    if money is None:
        return None, None, shown
    for i, word in enumerate(words):
        found = per_period_at(words, i)
        if found is None:
            continue
        per, size = found
        marked = _unmark(word)
        term_before = None
        if marked is None:
            price, slash, _period_ = word.rstrip(",;.!?").partition("/")
            if slash and any(ch.isdigit() for ch in price) and not priced:
                continue  # "1,5 mill + 300k/år": the deal's amount is another
            if not slash and i > 0:
                # "3-årig avtale, 1,2 mill per år": the deal's term said before the price
                term_before = how_long(words[:i], per) if len(words[:i]) <= 3 else None
                if term_before is None:
                    continue  # "per år" after other words: said of something else, asked
        elif i > 0 and words[i - 1] == marked[0]:
            continue  # "1,5 mill + 300k/år": glued onto an amount that is not the deal's
        count = how_long(words[i + size :], per) or term_before
        if count is None and aside:
            count = how_long(aside.split(), per)  # "kr 4 500,- pr. mnd. (36 mnd)": the term aside
        total = money.amount * (count if count is not None else per)
        said = " ".join(glued_back(words[i : i + size], raw_money)).rstrip(",;")
        return said, _Whole(total, money.currency, termed=count is not None), shown
    times = _times_a_price(words) if priced or raw_money else None
    if times is not None:
        # "/logoffer Tine 20k x 12 mnd", "20 000 x 12", "20k*12": a price times how many, asked
        # with both on the buttons as a price per period is (was the price alone, "x 12 mnd"
        # unread; "20k*12" refused)
        said, count, _used = times
        return said, Money(money.amount * count, money.currency), shown
    return None, None, shown


def price_first(tokens: list[str], krone: str) -> int:
    """Session 22. How many words open the text as a price per period and its term, before a
    name written with a capital ("£2,500 per month x 24 Network Rail", "18 000 kr/mnd i 24 mnd
    Hafslund", "20k pr mnd Tine"); 0 when it does not open so. Such a price goes after the name,
    where options are read (was a customer "per", or refused as no customer)."""
    for size in range(1, min(4, len(tokens))):
        try:
            money = parse_amount(" ".join(tokens[:size]))
        except UserError:
            continue
        if money is None:
            continue
        found = per_period_at(tokens, size)
        if found is None:
            continue
        end = size + found[1]
        while end < len(tokens) and not tokens[end][:1].isupper() and end - size < 6:
            end += 1  # the term: "x 24", "i 24 mnd", "for 2 years"
        return end if end < len(tokens) and tokens[end][:1].isupper() else 0
    return 0
