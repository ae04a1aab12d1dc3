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
# "EUR 11,60 kr" (was: refused).
_RATE = re.compile(
    r"(?:1\s*)?(?P<code>[A-Za-z]{3})\s*[=:]?\s*(?P<rate>[0-9]+(?:[.,][0-9]+)?)"
    r"(?:\s*(?P<unit>[A-Za-z]{3}|kr\.?))?"
)
# Between two rates: a new line, ";", or a comma before the next code ("SEK 0,97, EUR 11,6").
_BETWEEN_RATES = re.compile(r"[\n;]+|,\s+(?=1?\s*[A-Za-z]{3}\b)")


def parse_rates(text: str, currency: str) -> dict[str, Decimal] | None:
    """`SEK 0,97`, `EUR 11.6`, `1 USD = 10.9`, one per line or separated by `;`: what one unit
    of each currency is worth in the team's `currency`. None when any part cannot be read."""
    rates: dict[str, Decimal] = {}
    for part in _BETWEEN_RATES.split(text):
        part = part.strip().rstrip(",")
        if not part:
            continue
        found = _RATE.fullmatch(part)
        if found is None:
            return None
        code = found["code"].upper()
        unit = (found["unit"] or "").rstrip(".").upper()
        if unit not in ("", "KR", currency):
            return None  # a rate in a third currency
        rate = Decimal(found["rate"].replace(",", "."))
        if code == currency or not 0 < rate < 100_000:
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


def add_foreign(*parts: Foreign) -> Foreign:
    if not any(parts):
        return ()
    merged: dict[str, Decimal] = {}
    for part in parts:
        for code, amount in part:
            merged[code] = merged.get(code, Decimal(0)) + amount
    return tuple(sorted((c, a) for c, a in merged.items() if a))
