"""Sums of money in the team's currency. Amounts in other currencies are converted with the
rates the team set; without a rate they are kept apart and shown beside the sum, never as
zero and never added as if they were the team's currency. Pure."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

Foreign = tuple[tuple[str, Decimal], ...]  # (currency, amount) not converted, sorted by currency


@dataclass(frozen=True)
class Rates:
    """What one unit of each foreign currency is worth in the team's currency."""

    currency: str
    per_unit: Mapping[str, Decimal] = field(default_factory=dict)

    def of(self, code: str | None) -> Decimal | None:
        if code is None or code == self.currency:
            return Decimal(1)
        return self.per_unit.get(code)


# "SEK 0,97", "1 EUR = 11,60", and with the team's currency after it: "1 EUR = 11,60 NOK",
# "EUR 11,60 kr" (was: refused); several on a line: "eur 11,6 sek 0,97", "EUR=11.6, SEK=0.97"
# (was: refused without a comma or ";" between them).
_RATE_TOKEN = re.compile(
    r"\s*(?:(?P<num>[0-9]+(?:[.,][0-9]+)?)(?![0-9])|(?P<word>[^\W\d_]+)\.?|(?P<sym>[=:,;/&+]))"
)
_CODE = re.compile(r"[A-Za-z]{3}")
_BETWEEN = {",", ";", "/", "&", "+", "og", "och", "and", "samt"}  # between two rates


def _rate_tokens(text: str) -> list[tuple[str, str]] | None:
    """(kind, text) of each word, number and sign of `text`; None when something else is in it."""
    tokens, at, text = [], 0, text.rstrip()
    while at < len(text):
        found = _RATE_TOKEN.match(text, at)
        if found is None or found.end() == at:
            return None
        kind = found.lastgroup or ""
        tokens.append((kind, found[kind].lower()))
        at = found.end()
    return tokens


def parse_rates(text: str, currency: str) -> dict[str, Decimal] | None:
    """`SEK 0,97`, `EUR 11.6`, `1 USD = 10.9`, `EUR 11,6 kr`, one per line, separated by `;`,
    `,` or `og`, or one after the other (`eur 11,6 sek 0,97`): what one unit of each currency is
    worth in the team's `currency`. None when any part cannot be read, a rate is in a third
    currency, is not above 0 and below 100 000, or one currency is given two rates."""
    tokens = _rate_tokens(text)
    if tokens is None:
        return None
    rates: dict[str, Decimal] = {}
    i, n = 0, len(tokens)

    def at(k: int) -> tuple[str, str]:
        return tokens[k] if k < n else ("", "")

    while i < n:
        if at(i)[1] in _BETWEEN:
            i += 1
            continue
        if at(i) == ("num", "1") and at(i + 1)[0] == "word":
            i += 1  # "1 EUR = 11,6"
        kind, word = at(i)
        if kind != "word" or not _CODE.fullmatch(word):
            return None
        code = word.upper()
        i += 1
        if at(i)[1] in ("=", ":"):
            i += 1
        kind, number = at(i)
        if kind != "num":
            return None
        rate = Decimal(number.replace(",", "."))
        i += 1
        kind, unit = at(i)
        if kind == "word" and unit.upper() in ("KR", currency):
            i += 1  # "11,6 kr", "11,6 NOK"
        elif (
            kind == "word"
            and unit not in _BETWEEN
            and at(i + 1)[0] != "num"
            and at(i + 1)[1] not in ("=", ":")
        ):
            return None  # "1 EUR = 11,6 SEK" in a NOK team: a rate in a third currency
        if code == currency or not 0 < rate < 100_000 or rates.get(code, rate) != rate:
            return None
        rates[code] = rate
    return rates


def rates_text(rates: Mapping[str, Decimal]) -> str:
    return "\n".join(f"{code} {rate.normalize():f}" for code, rate in sorted(rates.items()))


_CENT = Decimal("0.01")
_NOTHING = Decimal("0.00")  # what convert gives for no amounts (quantized as its sums are)


def convert(amounts: Mapping[str, Decimal], rates: Rates) -> tuple[Decimal, Foreign]:
    """The part that can be said in the team's currency, and the rest by currency."""
    if not amounts:
        return _NOTHING, ()
    if len(amounts) == 1:  # most often: the team's own currency alone, nothing to look up
        ((code, amount),) = amounts.items()
        if code is None or code == rates.currency:
            return (Decimal(0) + amount).quantize(_CENT), ()
    total = Decimal(0)
    rest: dict[str, Decimal] = {}
    for code, amount in amounts.items():
        if code is None or code == rates.currency:
            total += amount
            continue
        rate = rates.per_unit.get(code)
        if rate is None:
            rest[code] = rest.get(code, Decimal(0)) + amount
        else:
            total += amount * rate
    found = tuple(sorted((c, a) for c, a in rest.items() if a)) if rest else ()
    return total.quantize(_CENT), found


# Revisions into another currency, unconverted: (from, amount replaced, to, amount, how many).
Across = tuple[tuple[str, Decimal, str, Decimal, int], ...]


def convert_across(
    across: Mapping[tuple[str, str], tuple[Decimal, Decimal, int]], rates: Rates
) -> tuple[Decimal, Across]:
    """Revisions into another currency ({(from, to): (replaced, revised to, how many)}): what
    they moved the offers by in the team's currency where both currencies convert, and the rest
    whole, each pair as it was (never up by one currency and down by the other)."""
    moved, rest = Decimal(0), []
    for (before, after), (replaced, revised, count) in sorted(across.items()):
        was, now = rates.of(before), rates.of(after)
        if was is not None and now is not None:
            moved += revised * now - replaced * was
        elif replaced or revised:
            rest.append((before, replaced, after, revised, count))
    return moved.quantize(_CENT), tuple(rest)


def add_across(*parts: Across) -> Across:
    if not any(parts):
        return ()
    merged: dict[tuple[str, str], tuple[Decimal, Decimal, int]] = {}
    for part in parts:
        for before, replaced, after, revised, count in part:
            was = merged.get((before, after), (Decimal(0), Decimal(0), 0))
            merged[(before, after)] = (was[0] + replaced, was[1] + revised, was[2] + count)
    return tuple((b, r, a, v, n) for (b, a), (r, v, n) in sorted(merged.items()))


def add_foreign(*parts: Foreign) -> Foreign:
    if not any(parts):
        return ()
    merged: dict[str, Decimal] = {}
    for part in parts:
        for code, amount in part:
            merged[code] = merged.get(code, Decimal(0)) + amount
    return tuple(sorted((c, a) for c, a in merged.items() if a))
