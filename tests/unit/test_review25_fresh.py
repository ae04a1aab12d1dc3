"""review25: 32 fresh messages in four languages around the five shapes the reviewer found (slash
dates from en/nb/sv/da sellers, a customer and an amount alone, thousand-kroner units, deal words
before a reason), written after the fixes and read as the listener reads them: the seller's krone
(ForeignKrone when it is not the team's currency), month first allowed for English speakers. Read on
Tue 1 Dec 2026. 19 rows were read wrong on main (each says how); the others are guards.
Columns: language, team currency, text, outcome, kind, customer, amount, currency, day, a loss's
reason, the days asked between, asked which kind (offer or win)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.services.amounts import ForeignKrone
from bot.services.capture import KnownCustomers, recognise

TODAY = date(2026, 12, 1)
KNOWN = KnownCustomers.of(
    ["Aker BP", "Tesco", "Vodafone", "Boots", "Unilever", "Shell", "BP", "Equinor", "Orkla",
     "Telenor", "Statkraft", "Volvo", "Scania", "Ericsson", "Mærsk", "Carlsberg", "Novo", "Lego"]
)  # fmt: skip
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK"}

# fmt: off
ROWS = [
    ('en', 'NOK', 'Signed Aker BP 11/27, 120k', 'SURE', 'win', 'Aker BP', 120000, None, date(2026, 11, 27), None, (), False),
    ('en', 'GBP', 'Quote to Tesco sent 10/30 £45k', 'SURE', 'offer', 'Tesco', 45000, 'GBP', date(2026, 10, 30), None, (), False),
    ('en', 'NOK', 'Closed Vodafone on 11/3 for $80k', 'SURE', 'win', 'Vodafone', 80000, 'USD', date(2026, 11, 3), None, (), False),  # main: likely win Vodafone 80000 USD 1 Dec
    ('en', 'NOK', 'Call with Boots 11/9, warm', 'LIKELY', 'call', 'Boots', None, None, date(2026, 9, 11), None, (date(2026, 9, 11), date(2026, 11, 9)), False),  # main: sure call Boots 11 Sep
    ('en', 'NOK', 'Deal with BP closed 10/11 - $2.1M', 'LIKELY', 'win', 'BP', 2100000, 'USD', date(2026, 11, 10), None, (date(2026, 11, 10), date(2026, 10, 11)), False),  # main: sure win BP 2100000 USD 10 Nov
    ('en', 'NOK', 'Closed Orkla on 12/1/2026 NOK 400k', 'LIKELY', 'win', 'Orkla', 400000, 'NOK', date(2026, 1, 12), None, (date(2026, 1, 12), date(2026, 12, 1)), False),  # main: likely win Orkla 12 NOK 1 Dec
    ('en', 'GBP', 'Quote sent to Boots 11/30/26 for £12k', 'SURE', 'offer', 'Boots', 12000, 'GBP', date(2026, 11, 30), None, (), False),
    ('en', 'NOK', 'Met Unilever yesterday, next meeting 12/8', 'SURE', 'meeting', 'Unilever', None, None, date(2026, 11, 30), None, (), False),
    ('en', 'GBP', 'Tesco: 40k', 'LIKELY', 'offer', 'Tesco', 40000, None, date(2026, 12, 1), None, (), True),  # main: nothing
    ('en', 'GBP', '40k Tesco', 'LIKELY', 'offer', 'Tesco', 40000, None, date(2026, 12, 1), None, (), True),  # main: nothing
    ('en', 'GBP', 'Unilever £25,000', 'LIKELY', 'offer', 'Unilever', 25000, 'GBP', date(2026, 12, 1), None, (), True),  # main: nothing
    ('en', 'GBP', 'Tesco 40k lunch tab lol', 'NOTHING', None, None, None, None, None, None, (), False),
    ('en', 'NOK', 'Lost the Shell deal, went with Accenture', 'LIKELY', 'loss', 'Shell', None, None, date(2026, 12, 1), 'went with Accenture', (), False),  # main: likely loss Shell 1 Dec reason 'deal, went with Accenture'
    ('en', 'GBP', 'Lost the Tesco tender, price too high', 'LIKELY', 'loss', 'Tesco', None, None, date(2026, 12, 1), 'price too high', (), False),  # main: likely loss Tesco 1 Dec reason 'tender, price too high'
    ('nb', 'NOK', 'Vant Equinor 12/1', 'LIKELY', 'win', 'Equinor', None, None, date(2026, 12, 1), None, (), False),
    ('nb', 'NOK', 'Møte med Telenor 30/11', 'SURE', 'meeting', 'Telenor', None, None, date(2026, 11, 30), None, (), False),
    ('nb', 'NOK', 'Orkla 350 000,-', 'LIKELY', 'offer', 'Orkla', 350000, None, date(2026, 12, 1), None, (), True),  # main: nothing
    ('nb', 'NOK', 'Telenor 1,5 mill', 'LIKELY', 'offer', 'Telenor', 1500000, None, date(2026, 12, 1), None, (), True),  # main: nothing
    ('nb', 'NOK', 'Orkla 350k?', 'NOTHING', None, None, None, None, None, None, (), False),
    ('nb', 'NOK', 'Tapte Statkraft-avtalen, for dyrt', 'LIKELY', 'loss', 'Statkraft', None, None, date(2026, 12, 1), 'for dyrt', (), False),  # main: likely loss Statkraft 1 Dec reason 'avtalen, for dyrt'
    ('nb', 'NOK', 'Tilbud til Telenor 850 t.kr. eks mva', 'SURE', 'offer', 'Telenor', 850000, 'NOK', date(2026, 12, 1), None, (), False),
    ('sv', 'SEK', 'Offert till Scania 2/11, 1,2 mkr', 'SURE', 'offer', 'Scania', 1200000, 'SEK', date(2026, 11, 2), None, (), False),
    ('sv', 'SEK', 'Scania 300 000:-', 'LIKELY', 'offer', 'Scania', 300000, None, date(2026, 12, 1), None, (), True),  # main: nothing
    ('sv', 'SEK', 'Förlorade Ericsson-affären, priset', 'LIKELY', 'loss', 'Ericsson', None, None, date(2026, 12, 1), 'priset', (), False),  # main: likely loss Ericsson 1 Dec reason 'affären, priset'
    ('sv', 'NOK', 'Skickade offert till Volvo, 200 tkr', 'SURE', 'offer', 'Volvo', 200000, None, date(2026, 12, 1), None, (), False),  # main: sure offer Volvo 200000 SEK 1 Dec
    ('sv', 'NOK', 'Volvo 90 kkr', 'LIKELY', 'offer', 'Volvo', 90000, None, date(2026, 12, 1), None, (), True),  # main: nothing
    ('sv', 'NOK', 'Vann Volvo, 1,2 MSEK', 'SURE', 'win', 'Volvo', 1200000, 'SEK', date(2026, 12, 1), None, (), False),
    ('da', 'DKK', 'Vandt Mærsk 26/11, 300 t.kr.', 'SURE', 'win', 'Mærsk', 300000, 'DKK', date(2026, 11, 26), None, (), False),
    ('da', 'DKK', 'Tabte Novo-aftalen, budgettet blev skåret', 'LIKELY', 'loss', 'Novo', None, None, date(2026, 12, 1), 'budgettet blev skåret', (), False),  # main: likely loss Novo 1 Dec reason 'aftalen, budgettet blev skåret'
    ('da', 'DKK', 'Lego 450.000,-', 'LIKELY', 'offer', 'Lego', 450000, None, date(2026, 12, 1), None, (), True),  # main: nothing
    ('da', 'NOK', 'Vandt Lego 1.250 t.kr.', 'SURE', 'win', 'Lego', 1250000, None, date(2026, 12, 1), None, (), False),  # main: sure win Lego 1250000 DKK 1 Dec
    ('da', 'DKK', 'Carlsberg 75.000 kr i frokost?', 'NOTHING', None, None, None, None, None, None, (), False),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "team", "text", "outcome", "kind", "customer", "amount", "currency", "day",
     "reason", "days", "which_kind"),
    ROWS,
    ids=[row[2] for row in ROWS],
)  # fmt: skip
def test_fresh_message(  # type: ignore[no-untyped-def]
    language, team, text, outcome, kind, customer, amount, currency, day, reason, days, which_kind
) -> None:
    krone = KRONE.get(language, team)
    krone = ForeignKrone(krone) if krone != team else krone
    found = recognise(
        text, today=TODAY, krone=krone, currency=team, known_customers=KNOWN,
        month_day=language == "en",
    )  # fmt: skip
    got = (
        found.outcome.name, found.kind and found.kind.value, found.customer,
        found.amount, found.currency, found.when, found.reason, found.which_days, found.which_kind,
    )  # fmt: skip
    want = (
        outcome, kind, customer, None if amount is None else Decimal(amount), currency, day,
        reason, days, which_kind,
    )  # fmt: skip
    assert got == want
