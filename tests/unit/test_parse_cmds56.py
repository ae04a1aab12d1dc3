"""Session 56: slash commands the blind held-out sets (held56) misread. A bracket before the mark
that ends the sentence ("Kalundborg Kommune (DK)! Window cleaning": the customer was "Kalundborg
Kommune ! Window cleaning", stored unasked; "Coop Danmark (…). De valgte Toyota": "Coop Danmark .
De"); what the deal is for right after its amount ("kr 890.000,- for vaktmestertjenester") and a
deal's kind in one word ("Renholdsavtale,"): the note, no longer asked; a loss: how the news came
first ("Fikk beskjed forrige fredag: tapte …": the customer was "Fikk"), a hedge before the name
("Mistet nok KLP Eiendom": "nok KLP Eiendom", now asked), a face ending the clause ("igår :( de
valgte billigste": the day lost), the deal's own word after the name ("the Grünerløkka
borettslag deal"), the day of the first sentence over a later sentence's step ("… i tisdags.
Ringer … på måndag": dated last Monday); a pronoun for the customer ("called them back",
"Lost it. They …") names no one."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command

OFFER, M, C, W, L = (
    ActivityKind.OFFER,
    ActivityKind.MEETING,
    ActivityKind.CALL,
    ActivityKind.WIN,
    ActivityKind.LOSS,
)
FRIDAY = date(2026, 12, 4)


def parse(kind: ActivityKind, text: str, language: str = "nb", krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return parse_log_command(kind, text, today=FRIDAY, language=language, krone=krone)


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer"),
    [
        (W, "Won Kalundborg Kommune (DK)! Window cleaning, DKK 420.000", "en", "Kalundborg Kommune"),
        (L, "tabt: Coop Danmark (palleløftere til 40 butikker). De valgte Toyota, pris + leveringstid", "da", "Coop Danmark"),
    ],
)  # fmt: skip
def test_a_bracket_before_the_sentences_mark_ends_the_name(kind, text, language, customer) -> None:  # type: ignore[no-untyped-def]
    assert parse(kind, text, language).customer == customer


def test_a_persons_role_in_brackets_before_a_full_stop_stays_theirs() -> None:
    found = parse(C, "Opkald til Sodexo Danmark, Birgitte (facility manager). Kold – de har lige skrevet under med ISS.", "da")  # fmt: skip
    assert (found.customer, found.unread) == ("Sodexo Danmark", None)


@pytest.mark.parametrize(
    ("kind", "text", "note"),
    [
        (W, "signert m/ selvaag eiendom i tirsdags, kr 890.000,- for vaktmestertjenester", "for vaktmestertjenester"),
        (W, "Selvaag Eiendom 890k for vaktmestertjenester", "for vaktmestertjenester"),
        (W, "Vant Bodø kommune! 🎉 Renholdsavtale, 1,75 mill.", "Renholdsavtale"),
    ],
)  # fmt: skip
def test_what_the_deal_is_for_is_its_note(kind, text, note) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text)
    assert (found.note, found.unread) == (note, None)


@pytest.mark.parametrize(
    "text",
    ["Selvaag Eiendom 890k for Tine", "Tine 200k for neste år", "Selvaag Eiendom 890k før jul"],
)
def test_for_before_a_name_or_a_time_is_still_asked(text) -> None:  # type: ignore[no-untyped-def]
    assert parse(OFFER, text).unread is not None


@pytest.mark.parametrize(
    ("text", "language", "customer", "when", "unread"),
    [
        ("Fikk beskjed forrige fredag: tapte Ringsaker kommune, gikk til ISS på pris. Kald nå.", "nb", "Ringsaker kommune", date(2026, 11, 27), None),
        ("Got the news Tuesday: lost Tesco to Ocado", "en", "Tesco", date(2026, 12, 1), None),
        ("Mistet nok KLP Eiendom, venter på endelig svar", "nb", "KLP Eiendom", FRIDAY, "nok"),
        ("Förlorade nog Akademiska Hus, de lutar åt Coor.", "sv", "Akademiska Hus", FRIDAY, "nog"),
        ("Nok AS, pris", "nb", "Nok AS", FRIDAY, None),
        ("tapte bjølsen borettslag igår :( de valgte billigste", "nb", "bjølsen borettslag", date(2026, 12, 3), None),
        ("Lost the Grünerløkka borettslag deal last Wednesday – they went with a local firm.", "en", "Grünerløkka borettslag", date(2026, 12, 2), None),
        ("Uppsala kommun sa nej till vår plattform i tisdags. Ringer och frågar varför på måndag.", "sv", "Uppsala kommun", date(2026, 12, 1), None),
        # (session 59: the next sentence's call with its day is the lead's next step, not asked;
        # test_parse_cmds59)
        ("Tine, pris. Ringer dem på mandag", "nb", "Tine", FRIDAY, None),
        ("Tesco, went with Ocado. Will call them Monday", "en", "Tesco", FRIDAY, None),
        ("Tine, pris, i går", "nb", "Tine", date(2026, 12, 3), None),
    ],
)  # fmt: skip
def test_a_loss_told_as_sellers_tell_it(text, language, customer, when, unread) -> None:  # type: ignore[no-untyped-def]
    found = parse(L, text, language)
    assert (found.customer, found.when, found.unread) == (customer, when, unread)


@pytest.mark.parametrize(
    ("kind", "text", "language"),
    [
        (C, "called them back re the quote, sounds positive", "en"),
        (L, "Lost it. They went with ISS.", "en"),
        (M, "dem i går", "nb"),
    ],
)
def test_a_pronoun_names_no_customer(kind, text, language) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as raised:
        parse(kind, text, language)
    assert raised.value.code == "not_a_customer"


def test_a_name_that_opens_with_a_pronouns_letters_is_a_name() -> None:
    assert parse(C, "It Partner AS today", "en").customer == "It Partner AS"
    assert parse(M, "Den Norske Bank i går").customer == "Den Norske Bank"


@pytest.mark.parametrize(
    ("text", "language", "customer", "amount", "note"),
    [
        ("Pladis – quote sent Tue, 2 rotary screw compressors + install, $86,500. chase next week", "en", "Pladis", 86500, "quote sent, 2 rotary screw compressors + install"),
        ("Dagrofa – 6 reach trucks, 1,1 mio. Varm. f/u 9/12", "da", "Dagrofa", 1100000, "6 reach trucks"),
        ("Haugen Gårdsdrift – tilbud sendt 1.12 på vannpumpe m/ montering kr 49.900,-", "nb", "Haugen Gårdsdrift", 49900, "tilbud sendt på vannpumpe m/ montering"),
        ("Ulstein Verft AS – tilbud på 4 pumper, kr 1,45 mill. f/u uke 50", "nb", "Ulstein Verft AS", 1450000, "tilbud på 4 pumper"),
        # an amount with its unit's full stop ends the sentence before the step
        ("Tine, kr 1,45 mill. f/u uke 50", "nb", "Tine", 1450000, None),
    ],
)  # fmt: skip
def test_the_one_amount_after_a_dash_or_before_a_step_is_the_offers(
    text, language, customer, amount, note
) -> None:  # type: ignore[no-untyped-def]
    found = parse(OFFER, text, language)
    assert (found.customer, found.amount, found.note) == (customer, amount, note)
    assert found.next_step is None or found.next_step.what in ("f/u", "chase")


@pytest.mark.parametrize("text", ["Tine – 4 pumper, 300k og 200k", "Tine – 4 pumper, 300k per år"])
def test_two_amounts_or_a_price_per_period_after_a_dash_are_not_guessed(text) -> None:  # type: ignore[no-untyped-def]
    try:
        found = parse(OFFER, text)
    except UserError:
        return  # refused: nothing stored
    assert found.unread is not None or found.per_period is not None


@pytest.mark.parametrize(
    ("text", "language", "customer"),
    [
        ("tilbud nr 2411-07 sendt til Fayard A/S, DKK 185.000. f/u tirsdag", "da", "Fayard A/S"),
        ("Offert 2411-22 skickad till Skånemejerier igår, 450 tkr. Uppföljning v.50", "sv", "Skånemejerier"),
        ("Quote Q-2411-31 sent to Müller UK & Ireland, £45k. f/u next week", "en", "Müller UK & Ireland"),
    ],
)  # fmt: skip
def test_an_offers_own_number_is_no_customer(text, language, customer) -> None:  # type: ignore[no-untyped-def]
    assert parse(OFFER, text, language).customer == customer


def test_a_range_after_the_offers_noun_is_still_a_range() -> None:
    with pytest.raises(UserError):
        parse(OFFER, "Tine, tilbud 300-400k")


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "when"),
    [
        (W, "Ny kunde: Boligpartner AS signerte, kr 59 880 🚀", "nb", "Boligpartner AS", FRIDAY),
        (M, "Fabriksbesøg hos AAK i Aarhus 1/12. Varm.", "da", "AAK", date(2026, 12, 1)),
        (M, "Gårdsbesøk hos Mjølkebonden AS i går", "nb", "Mjølkebonden AS", date(2026, 12, 3)),
        (OFFER, "Etter befaring forrige uke har vi i dag sendt tilbud til Lørenskog kommune, 2,4 mill. Varm.", "nb", "Lørenskog kommune", FRIDAY),
        (OFFER, "Following the site walk last week, sent quote to Peabody Trust today — £45k. Hot.", "en", "Peabody Trust", FRIDAY),
        (C, "Etter møtet i går ringte jeg Orkla", "nb", "Orkla", FRIDAY),
        (OFFER, "Tilbud på vinduspuss sendt til Obos i dag, 450k", "nb", "Obos", FRIDAY),
        (OFFER, "Quote for 6 pumps sent to Tesco today, £40k", "en", "Tesco", FRIDAY),
        (C, "Ringde Voss herad i dag, einingsleiar for eigedom. Kald.", "nb", "Voss herad", FRIDAY),
        # names that begin so are names
        (M, "Ny Vekst AS i går", "nb", "Ny Vekst AS", date(2026, 12, 3)),
        (M, "After Eight Ltd yesterday", "en", "After Eight Ltd", date(2026, 12, 3)),
    ],
)  # fmt: skip
def test_words_before_the_customer_that_are_no_name(kind, text, language, customer, when) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text, language)
    assert (found.customer, found.when) == (customer, when)


def test_what_the_offer_was_on_is_its_note() -> None:
    found = parse(OFFER, "Tilbud på vinduspuss sendt til Obos i dag, 450k")
    assert (found.note, found.amount, found.unread) == ("på vinduspuss", 450000, None)


@pytest.mark.parametrize(
    ("text", "language", "when"),
    [
        ("Pladis – quote sent Tue, 2 rotary screw compressors + install, $86,500. chase next week", "en", date(2026, 12, 1)),
        # a day of anything else after the dash is no day of the offer's
        ("Tine – 4 pumper, 300k, ring fredag", "nb", FRIDAY),
        ("Tine – 4 pumper, 300k. Følger opp mandag", "nb", FRIDAY),
        ("Tesco – pumps for Friday install, £30k", "en", FRIDAY),
    ],
)  # fmt: skip
def test_the_day_an_offer_was_sent_after_the_dash(text, language, when) -> None:  # type: ignore[no-untyped-def]
    assert parse(OFFER, text, language).when == when


def test_what_the_offer_was_on_stays_beside_the_name_not_after_the_last_week() -> None:
    found = parse(OFFER, "Tilbud på Pro-abonnement sendt til Fjordkraft Bygg AS: kr 58 800 per år, 1 års binding. Het 🔥 Forventer signering uke 51.")  # fmt: skip
    assert (found.customer, found.amount, found.note) == ("Fjordkraft Bygg AS", 58800, "på Pro-abonnement")  # fmt: skip
    assert found.unread is not None  # a price per year: asked, as any is


@pytest.mark.parametrize(
    ("text", "language", "customer", "unread"),
    [
        ("Probably lost Tesco, waiting for final word", "en", "Tesco", "Probably"),
        ("Troligen förlorat Volvo", "sv", "Volvo", "Troligen"),
        ("Kanskje tapt Orkla", "nb", "Orkla", "Kanskje"),
        ("Tapte Tine", "nb", "Tine", None),
    ],
)
def test_a_hedge_opening_a_loss_is_asked_not_the_customer(text, language, customer, unread) -> None:  # type: ignore[no-untyped-def]
    found = parse(L, text, language)
    assert (found.customer, found.unread) == (customer, unread)


def test_a_norwegians_weekday_with_its_hour_is_the_coming_one() -> None:
    from bot.services.commands import TalkAhead

    with pytest.raises(TalkAhead):
        parse(M, "Møte med Bærum kommune på tirsdag kl 10 ang. renholdsavtalen")
    # without the hour, or said done, or today's weekday: the one gone, as before (cmds27)
    assert parse(M, "Kongsberg Gruppen på tirsdag").when == date(2026, 12, 1)
    assert parse(M, "Ringte Tine på mandag kl 14").when == date(2026, 11, 30)
    assert parse(C, "Tine på fredag kl 9").when == FRIDAY


def test_fresh_phrasings_of_the_review() -> None:
    # a Swedish hedge and a building-site visit, written after the session's rules
    found = parse(L, "Antagligen förlorat NCC, de lutar åt Ramirent", "sv")
    assert (found.customer, found.unread) == ("NCC", "Antagligen")
    assert parse(M, "Byggeplassbesøk hos AF Gruppen i går, varm").customer == "AF Gruppen"
