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


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nb", "Du logget *et tilbud* til *Orkla* "),
        ("en", "You logged *an offer* to *Aviva* "),
        ("sv", "Du loggade *en offert* till *Orkla* "),
        ("da", "Du loggede *et tilbud* til *Orkla* "),
    ],
)
def test_a_question_about_an_offer_names_it_to_its_customer(language: str, said: str) -> None:
    from datetime import date

    from bot.rendering.replies import question_reply
    from bot.rendering.text import message_text
    from bot.services.questions import Question

    customer = "Aviva" if language == "en" else "Orkla"
    params = {"kind": "offer", "customer": customer, "when": "2026-11-18", "change": "day"}
    params["when"], params["day"] = date(2026, 11, 18), date(2026, 11, 17)
    text = message_text(question_reply(language, Question("t", "correction", params, ())))
    # Was "Du logget *et tilbud* med *Orkla*", "You logged *an offer* with *Aviva*".
    assert said in text, text
    # A meeting is still "with" its customer.
    params["kind"] = "meeting"
    meeting = message_text(question_reply(language, Question("t", "correction", params, ())))
    assert "with" in meeting or "med" in meeting, meeting


def test_every_offer_sentence_is_to_its_customer_in_every_language() -> None:
    """Each msgid that names an offer "to" its customer reads so in nb, sv and da (derived from
    its "with" twin: "med" became "til"/"till")."""
    to = {"nb": " til ", "sv": " till ", "da": " til "}
    for language, word in to.items():
        catalog = i18n.translations(language)
        ids = [m for m in catalog._catalog if isinstance(m, str) and "%(kind)s* to *" in m]
        ids += [m for m in catalog._catalog if isinstance(m, str) and "%(kind)s to *" in m]
        assert len(ids) >= 20, ids
        for msgid in ids:
            said = catalog.gettext(msgid)
            after = said[said.find("%(kind)s") :]
            assert word in after[:20] and " med " not in after[:15], (language, said)


def test_undoing_a_revision_says_the_offer_is_back_at_its_earlier_amount() -> None:
    from datetime import date
    from types import SimpleNamespace

    from bot.rendering.replies import undone_reply
    from bot.rendering.text import message_text
    from bot.services.activities import _undone

    revision = SimpleNamespace(
        kind="offer",
        customer=SimpleNamespace(name="Boots"),
        occurred_on=date(2026, 11, 18),
        source_ref="cmd:1",
        replaced_amount=Decimal(45_000),
        replaced_currency="GBP",
        currency="GBP",
    )
    undone = _undone(SimpleNamespace(state="undone", activity=revision, customer_removed=False))
    text = message_text(undone_reply("en", undone))
    # Was "Undone: offer with *Boots* … It is no longer counted": a revision never was.
    assert "Undone: the revision of your offer to *Boots*, Wed 18 Nov 2026." in text, text
    assert "The offer is back at GBP 45,000." in text and "no longer counted" not in text, text
    offer = SimpleNamespace(**{**vars(revision), "replaced_amount": None})
    undone = _undone(SimpleNamespace(state="undone", activity=offer, customer_removed=False))
    text = message_text(undone_reply("nb", undone))
    assert "Angret: tilbud til *Boots*, ons. 18. nov. 2026. Telles ikke lenger med." in text, text
