"""Session 56: channel messages the blind held-out sets (held56) and the session's own fresh
phrasings left wrong. A lower-case name closing its clause after a talk told of ("kort møte med
elkjøp, de er varme": was nothing); a rival who "took" the customer after a loss's label ("Tapt:
Coor tok Oslo kommune": was a loss of Coor); "ingen napp" / "no luck" after a call is the call's
outcome, no loss ("tlf Coop og Rema 1000, ingen napp": were two losses); a pair of calls beside
another record keeps both ("… møte m/ Bama": the call with Rema 1000 was dropped)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

FRIDAY = date(2026, 12, 4)
M, C, OF, W, L = (
    ActivityKind.MEETING,
    ActivityKind.CALL,
    ActivityKind.OFFER,
    ActivityKind.WIN,
    ActivityKind.LOSS,
)


def _found(text: str, known: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return recognise(text, today=FRIDAY, known_customers=known, posted=time(15, 30))


def _rows(text: str, known: tuple[str, ...] = ()) -> list[tuple[ActivityKind | None, str | None]]:
    return [
        (r.kind, r.customer)
        for r in chain(_found(text, known))
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("kort møte med elkjøp, de er varme. følger opp tirsdag", [(M, "Elkjøp")]),
        ("bra møte med elkjøp, kommer tilbake", [(M, "Elkjøp")]),
        ("quick call with argos, they are keen", [(C, "Argos")]),
        ("möte med ica, de var positiva", [(M, "Ica")]),
        # a noun of ours or a definite noun is still no name
        ("møte med ledelsen, de er varme", []),
        ("møte med kunde, bra", []),
    ],
)
def test_a_lower_case_name_closing_a_told_talk(text, rows) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text) == rows


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Tapt: Coor tok Oslo kommune på pris 😩", "Oslo kommune"),
        ("Lost: ISS took Network Rail on price", "Network Rail"),
        ("Förlorat, Sodexo tog Region Skåne", "Region Skåne"),
        ("Tabt: ISS vandt Novo Nordisk på pris", "Novo Nordisk"),
        ("Tapte Oslo kommune, Coor tok den på pris", "Oslo kommune"),
    ],
)
def test_the_rival_who_took_it_is_no_customer(text, customer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text) == [(L, customer)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("tlf Coop, ingen napp", [(C, "Coop")]),
        ("Called Tesco, no luck", [(C, "Tesco")]),
        (
            "tlf Coop og Rema 1000, ingen napp. møte m/ Bama kl 14, lovende!!",
            [(M, "Bama"), (C, "Coop"), (C, "Rema 1000")],
        ),
        (
            "tlf Kiwi og Rema 1000, ingen svar. møte m/ Bama kl 14",
            [(M, "Bama"), (C, "Kiwi"), (C, "Rema 1000")],
        ),
        # with no talk before it, "no luck" is still the loss it was
        ("no luck with Tesco, they went with Ocado", [(L, "Tesco")]),
    ],
)
def test_no_luck_after_a_call_is_the_calls_and_pairs_are_kept(text, rows) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text) == rows


@pytest.mark.parametrize(
    ("text", "kind", "customer", "amount"),
    [
        (
            "Fra Nemlig.com for 5 min siden:\n> Hej Jonas, vi har besluttet at gå videre med jeres "
            "tilbud på fulfillment-løsningen (DKK 640.000 årligt). Kontrakt følger fra vores "
            "juridiske afdeling.\n🥳🥳🥳",
            W,
            "Nemlig.com",
            640000,
        ),
        (
            "Från Findus idag:\n”Hej Johan! Vi går vidare med ert förslag på 850 000 kr för 2027. "
            "Avtal skickas separat.”\n🙌🙌🙌",
            W,
            "Findus",
            850000,
        ),
        (
            "From Oddbox just now:\n\"Hi Chris, happy to confirm we'd like to proceed with your "
            'proposal at £62,500 per annum. Please send over the contract."\n🙌',
            W,
            "Oddbox",
            62500,
        ),
        (
            "From Tesco:\n> Hi Sam,\n> Thanks for the proposal. We have decided to go with another "
            "supplier.",
            L,
            "Tesco",
            None,
        ),
        (
            "> Kære Anne, tak for jeres tilbud. Vi har desværre valgt en anden leverandør denne "
            "gang (Smurfit Westrock).\n> Med venlig hilsen, Dorthe – Orkla Foods Danmark\n\nsuk. "
            "næste gang 💪",
            L,
            "Orkla Foods Danmark",
            None,
        ),
        (
            "> Hi Sam, we are happy to proceed with your proposal at £45k.\n> Best regards, Tom "
            "Hill, Wickes",
            W,
            "Wickes",
            45000,
        ),
        ("Svar fra Orkla:\n> Vi takker ja til tilbudet, 300k", W, "Orkla", 300000),
    ],
)
def test_a_customers_pasted_reply_is_their_verdict(text, kind, customer, amount) -> None:  # type: ignore[no-untyped-def]
    found = _found(text)
    assert found.outcome is not Outcome.NOTHING
    assert (found.kind, found.customer, found.amount) == (kind, customer, amount)


@pytest.mark.parametrize(
    "text",
    [
        "> Vi går videre med dere, 300k\n> Mvh Kari",  # signed by a person: whose is not said
        "Hvis Orkla takker ja til tilbudet får vi 300k",  # a condition
        "Håper Orkla takker ja",
    ],
)
def test_no_verdict_without_the_customer_or_with_a_condition(text) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a day's heading by its short English name ("EOD:") is today's, no customer "Eod"
        (
            "Eod: møte Kongsberg Automotive (bra!), tilbyd til Hexagon Composites 1,9 mill "
            "rammeavtale trykk, tlf Nammo",
            [(M, "Kongsberg Automotive"), (OF, "Hexagon Composites"), (C, "Nammo")],
        ),
        ("EOD update - met Tesco, called Asda", [(M, "Tesco"), (C, "Asda")]),
        # a tick between items parts them
        (
            "EOD: mtg Freia (Mondelez) ✅ offer to Jordan AS sent, kr 149.900,- ✅ lost Hatting "
            "to Schur 😞",
            [(M, "Freia"), (OF, "Jordan AS"), (L, "Hatting")],
        ),
        ("tlf Matas (Louise, logistik) ✔️ tlf Normal ✔️", [(C, "Matas"), (C, "Normal")]),
        ("tlf Matas ✔️", [(C, "Matas")]),
        # a trailing sentence that opens with a capital word is no second customer
        (
            "Godt møde med Løgismose i mandags 👍 og tilbud sendt igår på 320.000 kr. Hot lead!",
            [(M, "Løgismose"), (OF, "Løgismose")],
        ),
        (
            "Had a call w/ Orkla Confectionery this am + sent them the offer right after, 450k. "
            "Fingers crossed 🤞",
            [(C, "Orkla Confectionery"), (OF, "Orkla Confectionery")],
        ),
        # their work moved in-house is no meeting put off
        (
            "kort oppsummert: tlf Obos, de vil ha nytt tilbud etter nyttår. Mustad takket nei til "
            "printavtalen, har flytta alt inhouse",
            [(L, "Mustad"), (C, "Obos")],
        ),
        ("Møte med Tine flyttet til fredag", []),
        # a negation in a clause joined on after the talk is that clause's
        (
            "Hvem har kontakt i Gjensidige? Hadde et kjapt møte med dem på messa i går og vil "
            "ikke tråkke på noen",
            [(M, "Gjensidige")],
        ),
        ("Møte med Tine og Orkla ble ikke noe av", []),
        # the name opening the sentence after "VUNDET!", what was sold after a dash
        (
            "VUNDET! 🏆 Royal Unibrew A/S – emballage til hele deres havredrik-serie, 2,3 mio. over "
            "2 år. Tak til Peter for at have holdt mig i ånde 😅",
            [(W, "Royal Unibrew A/S")],
        ),
        ("Signed! Ocado – full warehouse contract, £85k", [(W, "Ocado")]),
    ],
)
def test_lists_headings_and_sentences_after_the_record(text, rows) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text) == rows


def test_the_sum_of_consultant_hours_is_the_deals_amount() -> None:
    found = _found("Norsk Hydro ASA er i boks 💪 3,2 mill konsulenttimer over 18 mnd.")
    assert (found.kind, found.customer, found.amount) == (W, "Norsk Hydro ASA", 3200000)
    # a count of hours alone is still asked, no amount guessed
    assert _found("Vant Hydro, 500 konsulenttimer").amount is None


def test_a_heading_without_its_colon_dates_each_line_by_its_day() -> None:
    found = _found("Weekly wrap 📋\nMon – mtg Tesco\nWed – offer to Huel €95k\nThu – call Greggs")
    assert [(r.kind, r.customer, r.when) for r in chain(found)] == [
        (M, "Tesco", date(2026, 11, 30)),
        (OF, "Huel", date(2026, 12, 2)),
        (C, "Greggs", date(2026, 12, 3)),
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a tick before a record's word after a long item parts them; after a name alone not
        (
            "offer to Jordan AS sent, kr 149.900,- ✅ lost Hatting to Schur",
            [(L, "Hatting"), (OF, "Jordan AS")],
        ),
        ("Tine ✅ møte i dag", [(M, "Tine")]),
        # what a customer's talk was about is no party of ours
        (
            "Møde med Novo Nordisk i går vedr. julefrokost for 250. De vil se menu + lokaler",
            [(M, "Novo Nordisk")],
        ),
        ("Julebord med Tine i går", []),
        # they bought it themselves: the loss's reason, no win
        (
            "Veckans sammanfattning:\n✔️ vunnit Stockholms Hamnar 275 tkr (tis)\n✔️ förlorat "
            "Jernhusen (ons), de köpte in allt själva",
            [(W, "Stockholms Hamnar"), (L, "Jernhusen")],
        ),
        # a name's lower-case last word glued to the deal
        ("Tapte Statens vegvesen-anbudet på mobilavtalen 😞", [(L, "Statens vegvesen")]),
        ("Vant Oslo kommune-avtalen! 2 mill", [(W, "Oslo kommune")]),
    ],
)
def test_ticks_topics_and_glued_deals(text, rows) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text) == rows


def test_a_dialects_yesterday() -> None:
    assert _found("Ringte Hafslund igjår ang fornyelse").when == date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "kind", "customer", "amount", "when"),
    [
        (
            "Fikk denne fra Kari i Vinmonopolet nå:\n> Hei, vi har gått gjennom tilbudet og ønsker "
            "å gå videre med pakke B (kr 212 000 eks. mva). Kan dere sende kontrakt?\nSå den er i "
            "boks 💪",
            W,
            "Vinmonopolet",
            212000,
            FRIDAY,
        ),
        (
            "Fik lige denne fra Pandora:\n'Hej Line, vi vil gerne takke ja til jeres tilbud på "
            "event den 21. januar. Total kr. 325.000 som aftalt. Mvh Søren'\n🥳🥳",
            W,
            "Pandora",
            325000,
            FRIDAY,
        ),
        (
            'From Jon at Mowi:\n"Thanks for the revised numbers. Unfortunately management has '
            'decided to put the network upgrade on hold until 2028."\nMarking it as lost 🤷',
            L,
            "Mowi",
            None,
            FRIDAY,
        ),
        (
            'Fick ett mejl från Systembolaget nyss:\n"Vi har valt att gå vidare med en annan '
            'leverantör."',
            L,
            "Systembolaget",
            None,
            FRIDAY,
        ),
        (
            "Fikk mail fra Ruter i går kveld:\n'Hei, vi har nå evaluert tilbudene og dessverre "
            "nådde dere ikke helt opp denne gangen.'",
            L,
            "Ruter",
            None,
            date(2026, 12, 3),
        ),
    ],
)
def test_a_pasted_reply_from_someone_at_the_customer(text, kind, customer, amount, when) -> None:  # type: ignore[no-untyped-def]
    found = _found(text)
    assert (found.kind, found.customer, found.amount, found.when) == (kind, customer, amount, when)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "opfølgning: ringede til Jysk, de har fået tilbuddet og svarer efter nytår. Snakkede "
            "også kort med Netto om kantineordning",
            [(C, "Jysk"), (C, "Netto")],
        ),
        ("Pratade också med Ica idag", [(C, "Ica")]),
    ],
)
def test_too_inside_a_talks_phrase(text, rows) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Møte m/ Tone Ås (innkjøpssjef) hos Fjordkraft Eiendom i dag, bra tone.",
            [(M, "Fjordkraft Eiendom")],
        ),
        ("Møte med Per Ås hos Tine i dag", [(M, "Tine")]),
        ("Vant Tone AS 300k", [(W, "Tone AS")]),  # the legal form typed so is one
    ],
)
def test_a_surname_that_folds_to_a_legal_form_is_a_persons(text, rows) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text) == rows
