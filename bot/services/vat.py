"""An amount said with VAT in it (session 39): "/logoffer Yara 1 mill inkl. mva", "Vant Lego,
500.000 kr inkl. moms", "Tesco signed, £48k incl VAT".

kpibot's offers, wins and pipeline are B2B prices, without VAT: one seller's "1 mill inkl mva"
beside another's "800k" is the same deal, and summed as typed it made the team's figures a fifth
larger than what was sold. The rate is not always the standard one (food, books, exempt
services), so nothing is taken out unasked: the author picks the amount without the country's
standard VAT or the amount as written, each on its button (the amount range's options, so the
click stores that amount), or the form. Nothing is asked where the currency names no one
country's rate (EUR, USD), nor where the price without VAT is said too (`vat_included`)."""

from __future__ import annotations

from decimal import Decimal

from bot.services import questions
from bot.services.amounts import VAT_RATES, without_vat
from bot.services.commands import LogCommand
from bot.services.questions import NeedsAnswer

VAT = "vat"
NET, GROSS = "net", "gross"


def vat_question(
    cmd: LogCommand, currency: str | None, last: tuple[str, ...] = ()
) -> NeedsAnswer | None:
    """The question for `cmd`, whose amount its text said includes VAT, in `currency` (the
    amount's, else the team's): the two amounts, the form, then `last` (Not a sale for a
    channel message). None when there is no amount or no one rate for its currency."""
    if cmd.amount is None or not cmd.amount:
        return None
    net = without_vat(cmd.amount, currency)
    if net is None or currency is None:
        return None
    rate = VAT_RATES[currency] * 100
    params = {
        "kind": cmd.kind.value,
        "customer": cmd.customer,
        "when": cmd.when,
        "currency": cmd.currency,
        "rate": int(rate) if rate == int(rate) else rate,
        NET: net if net != int(net) else Decimal(int(net)),
        GROSS: cmd.amount,
        # each button's amount in the currency it is stored in (amount range's "shown")
        "shown": {NET: currency, GROSS: currency},
    }
    return NeedsAnswer(
        VAT, params, (f"{questions.RANGE}{NET}", f"{questions.RANGE}{GROSS}", questions.EDIT, *last)
    )
