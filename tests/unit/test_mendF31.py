"""mendF31: what the figures' views say. Pure: the renderers' words for revisions and for
amounts in another currency than the team's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import i18n
from bot.rendering.status import offers_value
from bot.services.kpis import Counts

GBP_DOWN = (("GBP", Decimal(-2000)),)


@pytest.mark.parametrize(
    ("counts", "language", "said"),
    [
        # Was "earlier offers revised by -GBP 2,000" (no offer sent in the period) and
        # "tidligere tilbud revidert med GBP 2 000" (no direction): a foreign revision says its way.
        (Counts(revised_foreign=GBP_DOWN), "en", "earlier offers revised down by GBP 2,000 not"),
        (
            Counts(offers=1, offer_foreign=(("GBP", Decimal(60000)),), revised_foreign=GBP_DOWN),
            "nb",
            "GBP 60 000 ikke omregnet, da ingen kurs er satt i /kpi settings; "
            "tidligere tilbud revidert ned med GBP 2 000 ikke",
        ),
        (
            Counts(revised_foreign=(("EUR", Decimal(500)),)),
            "sv",
            "tidigare offerter reviderade upp med 500 € inte",
        ),
        # The team's own currency both ways; a move up and one down are each said.
        (Counts(revised_value=Decimal(50000)), "en", "earlier offers revised up by NOK 50,000"),
        (
            Counts(revised_value=Decimal(-75000)),
            "da",
            "tidligere tilbud revideret ned med 75.000 NOK",
        ),
        (
            Counts(revised_value=Decimal(10000), revised_foreign=GBP_DOWN),
            "en",
            "earlier offers revised up by NOK 10,000; earlier offers revised down by GBP 2,000 not",
        ),
    ],
)
def test_a_revision_says_up_or_down_in_every_currency(
    counts: Counts, language: str, said: str
) -> None:
    shown = offers_value(counts, "NOK", language)
    assert shown is not None and shown.replace("\u00a0", " ").startswith(said), shown
    assert "-" not in shown and "revised by" not in shown, shown


@pytest.mark.parametrize(
    ("code", "language", "said"),
    [
        # Was "2 050 000 kr inte omräknat" (Lars's SEK in a NOK team, read in Swedish) and
        # "1.650.000 kr. ikke omregnet" (Mette's DKK): "kr" is only the team's own krone.
        ("SEK", "sv", "2 050 000 SEK inte omräknat"),
        ("DKK", "da", "2.050.000 DKK ikke omregnet"),
        ("SEK", "nb", "SEK 2 050 000 ikke omregnet"),
    ],
)
def test_an_amount_in_another_krone_than_the_teams_shows_its_code(
    code: str, language: str, said: str
) -> None:
    foreign = ((code, Decimal(2_050_000)),)
    shown = i18n.format_total(Decimal(0), foreign, "NOK", language).replace("\u00a0", " ")
    assert shown.startswith(said), shown
    # The team's own krone in its own language is still "kr".
    own = i18n.format_total(Decimal(1000), (), "SEK", "sv").replace("\u00a0", " ")
    assert own == "1 000 kr", own


def test_an_open_offers_revisions_and_a_leads_amount_in_another_krone_show_its_code() -> None:
    from datetime import date

    from bot.rendering.text import render

    steps = [
        (Decimal(900_000), "SEK", date(2026, 11, 2)),
        (Decimal(850_000), "SEK", date(2026, 11, 9)),
    ]
    text = render(
        "sv", "offer_history", offers=[steps], customers=["Volvo"], team_currency="NOK"
    ).replace("\u00a0", " ")
    # Was "900 000 kr → *850 000 kr*": Lars's SEK offer in a NOK team, read in Swedish.
    assert "Volvo: 900 000 SEK (" in text and "*850 000 SEK*" in text, text
    # The team's own krone is "kr" in its language; the euro keeps its sign.
    assert (
        i18n.format_money_in(Decimal(1000), "SEK", "SEK", "sv").replace("\u00a0", " ") == "1 000 kr"
    )
    assert "€" in i18n.format_money_in(Decimal(1000), "EUR", "NOK", "sv")
    assert i18n.format_money_in(Decimal(1000), "DKK", "NOK", "da") == "1.000 DKK"
