"""Session 53: channel messages the held-out sets left wrong. A hope beside a meeting named with
"på <weekday>" ("Möte med SSAB på måndag, håll tummarna 🤞": was held last Monday, sure); a
plan's list with a remark after it ("Next week's plan:\\n- Mon: intro call with Kingfisher …\\nIf
anyone's got contacts at Howdens shout 🙏": each item was held on its weekday gone); a company's
news read in the paper ("DNB kjøper visst opp en konkurrent av oss, leste det på DN nå": was a
loss with DNB); a customer's mail quoted after who sent it ("Fick ett mejl från Systembolaget
nyss:\\n\\"Vi har valt att gå vidare med en annan leverantör.\\"": was nothing, their "vi" read as
ours)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

FRIDAY = date(2026, 12, 4)
THURSDAY = date(2026, 12, 3)
NEXT_MONDAY = date(2026, 12, 7)
M, C, OF, W, L = (
    ActivityKind.MEETING,
    ActivityKind.CALL,
    ActivityKind.OFFER,
    ActivityKind.WIN,
    ActivityKind.LOSS,
)


def _found(text: str, known: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return recognise(text, today=FRIDAY, known_customers=known, posted=time(15, 30))


def _read(text: str):  # type: ignore[no-untyped-def]
    return [
        (r.kind, r.customer, r.when)
        for r in chain(_found(text))
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Möte med SSAB på måndag, håll tummarna 🤞", "SSAB"),
        ("Møte med Tine på mandag, krysser fingrene", "Tine"),
        ("Møde med Lego på mandag, hold tommelen", "Lego"),
    ],
)
def test_a_hope_beside_a_meeting_on_a_weekday_leaves_it_to_come(text: str, customer: str) -> None:
    found = _found(text)
    assert found.customer == customer and found.planned
    assert found.next_step is not None and found.next_step.due == NEXT_MONDAY


def test_a_hope_says_nothing_of_a_meeting_said_held() -> None:
    assert _read("Hadde møte med Tine på mandag, krysser fingrene for tilbudet") == [
        (M, "Tine", date(2026, 11, 30))
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Next week's plan:\n- Mon: intro call with Kingfisher\n- Wed: pitch at Travis Perkins\n"
         "If anyone's got contacts at Howdens shout 🙏", []),
        ("Neste ukes plan:\n- man: møte Tine\n- ons: tlf Kiwi\nPS: vant Orkla i dag, 300k!",
         [(W, "Orkla", FRIDAY)]),
    ],
)  # fmt: skip
def test_a_plans_list_with_a_remark_after_it_records_only_the_remark(  # type: ignore[no-untyped-def]
    text, rows
):
    assert _read(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "DNB kjøper visst opp en konkurrent av oss, leste det på DN nå",
        "Ørsted har åbenbart vundet et kæmpe udbud i UK, så det i Børsen",
        "Ørsted apparently won a huge tender in the UK, saw it in the FT",
    ],
)
def test_a_companys_news_read_in_the_paper_is_no_record(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Tapte Equinor, de gikk visst for Atea", (L, "Equinor")),
        ("Equinor har visst signert med en konkurrent, surt", (L, "Equinor")),
        ("Vi vant Tine! Står i DN i dag 🎉", (W, "Tine")),
    ],
)  # fmt: skip
def test_our_own_outcome_beside_hearsay_or_the_paper_is_still_read(text: str, row) -> None:  # type: ignore[no-untyped-def]
    assert [
        (r.kind, r.customer)
        for r in chain(_found(text, ("Equinor",)))
        if r.outcome is not Outcome.NOTHING
    ] == [row]


@pytest.mark.parametrize(
    ("text", "customer", "day"),
    [
        ('Fick ett mejl från Systembolaget nyss:\n"Vi har valt att gå vidare med en annan '
         'leverantör. Tack för ert engagemang i processen."\nSuck. Tre månaders jobb 😩',
         "Systembolaget", FRIDAY),
        ("Fikk nettopp denne fra innkjøpssjefen i Norsk Gjenvinning:\n> «Takk for et godt "
         "tilbud, men vi har valgt å gå videre med en annen leverandør denne gangen.»\nDritt.",
         "Norsk Gjenvinning", FRIDAY),
        ("Fikk mail fra Ruter i går kveld:\n'Hei, vi har nå evaluert tilbudene og dessverre "
         "nådde dere ikke helt opp denne gangen. Takk for innsatsen.'\nSkuffende.",
         "Ruter", THURSDAY),
        ('Fik lige denne mail fra Danske Bank:\n"Tak for jeres tilbud. Vi har desværre valgt en '
         'anden leverandør i denne omgang."\nØv øv øv 😞', "Danske Bank", FRIDAY),
        ('Just got this from Anglian Water:\n"Thank you for your submission. After careful '
         'consideration we have decided not to proceed with your proposal on this occasion."\n'
         "Gutted. We were down to the last two 😞", "Anglian Water", FRIDAY),
    ],
)  # fmt: skip
def test_a_customers_no_quoted_from_their_mail_is_the_loss(  # type: ignore[no-untyped-def]
    text, customer, day
):
    assert _read(text) == [(L, customer, day)]


@pytest.mark.parametrize(
    "text",
    ["Thames Water: our bid was unsuccessful", "Severn Trent: the tender was unsuccessful"],
)
def test_an_unsuccessful_bid_is_a_loss(text: str) -> None:
    assert [r[0] for r in _read(text)] == [L]


def _rows(text: str):  # type: ignore[no-untyped-def]
    return [
        (r.kind, r.customer, r.amount, r.when)
        for r in chain(_found(text))
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


def test_hhv_with_its_dot_pairs_the_amounts_with_the_names() -> None:
    text = "Sendte tilbud til både Mills og Stabburet i dag, hhv. 240k og 310k"
    assert _rows(text) == [(OF, "Mills", 240_000, FRIDAY), (OF, "Stabburet", 310_000, FRIDAY)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Kjapp en: vant Kongsberg Maritime i dag, USD 250 000 🇺🇸💰 Og tilbudet til Nordic "
         "Semiconductor gikk ut i onsdags, 1,1 mill kr.",
         [(W, "Kongsberg Maritime", 250_000, FRIDAY),
          (OF, "Nordic Semiconductor", 1_100_000, date(2026, 12, 2))]),
        ("Stor nyhed: Royal Unibrew har skrevet under på UK-delen, £150.000 🇬🇧 Og i onsdags "
         "havde jeg første møde med Harboe.",
         [(W, "Royal Unibrew", 150_000, FRIDAY), (M, "Harboe", None, date(2026, 12, 2))]),
    ],
)  # fmt: skip
def test_an_emoji_before_a_sentences_first_word_ends_the_sentence(  # type: ignore[no-untyped-def]
    text, rows
):
    assert _rows(text) == rows


def test_a_sign_off_after_a_numbered_list_leaves_the_list_whole() -> None:
    text = (
        "Today:\n1. Call w/ Centrica – went fine\n2. Meeting at SSE plc, Perth\n3. Lost Octopus "
        "Energy, they're building it in-house\nThat's me for the week 👋"
    )
    assert _read(text) == [
        (C, "Centrica", FRIDAY),
        (M, "SSE plc", FRIDAY),
        (L, "Octopus Energy", FRIDAY),
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Meeting at SSE plc, Perth", (M, "SSE plc", FRIDAY)),
        ("Møte hos Tine, Bergen i går", (M, "Tine", THURSDAY)),
    ],
)
def test_a_town_after_the_customers_comma_is_where_it_is(text: str, row) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == [row]


def test_two_companies_after_a_comma_are_still_two() -> None:
    assert [r[1] for r in _read("Ringte Oslo kommune, Bergen kommune og Kiwi")] == [
        "Oslo kommune",
        "Bergen kommune",
        "Kiwi",
    ]


def test_a_fridays_summary_heading_in_one_word_says_its_items_were_done() -> None:
    text = (
        "Fredagsoppsummering:\n1. Møte Veidekke (tirsdag)\n2. Tilbud AF Gruppen 4,5 mill "
        "(onsdag)\n3. Tapte Backe 😢 (i går)\n4. Tlf Skanska Norge (i dag)"
    )
    assert _read(text) == [
        (M, "Veidekke", date(2026, 12, 1)),
        (OF, "AF Gruppen", date(2026, 12, 2)),
        (L, "Backe", THURSDAY),
        (C, "Skanska Norge", FRIDAY),
    ]


def test_rows_opened_by_their_date_under_a_weeks_heading_are_read() -> None:
    text = (
        "Uge 49 status\n30/11 – Tryg – møde\n1/12 – Topdanmark – tilbud 640.000\n"
        "4/12 – Codan – vundet 1,1 mio."
    )
    assert _rows(text) == [
        (M, "Tryg", None, date(2026, 11, 30)),
        (OF, "Topdanmark", 640_000, date(2026, 12, 1)),
        (W, "Codan", 1_100_000, FRIDAY),
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Mette havde møde med Matas i tirsdags, og jeg sendte så tilbuddet til dem i dag: "
         "320.000 kr.", [(OF, "Matas", 320_000, FRIDAY)]),
        ("Sara hade ett grymt möte med Volvo Group i onsdags och jag följde upp med ett samtal "
         "till deras inköpare idag. De verkar seriösa.", [(C, "Volvo Group", None, FRIDAY)]),
        ("Tom had a meeting with Tesco on Tuesday and I sent them a proposal today, £40k",
         [(OF, "Tesco", 40_000, FRIDAY)]),
        ("<@U07ABC> did the demo at Schroders on Tuesday, I followed up with a call to their "
         "CFO today", [(C, "Schroders", None, FRIDAY)]),
        ("Sara hade ett grymt möte med Volvo Group i onsdags.", []),
        ("Kari hadde møte med Tine i går, de var positive", []),
    ],
)  # fmt: skip
def test_a_colleagues_talk_is_theirs_and_the_authors_own_after_it_names_their_customer(  # type: ignore[no-untyped-def]
    text, rows
):
    assert _rows(text) == rows


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Samtal till Volvo idag", "Volvo"),
        ("I followed up with a call to Tesco today", "Tesco"),
    ],
)
def test_a_call_to_the_customer_is_a_call_with_it(text: str, customer: str) -> None:
    assert _read(text) == [(C, customer, FRIDAY)]


def test_a_tables_header_row_under_a_heading_line_is_no_row() -> None:
    text = (
        "Status uke 49\nDato | Kunde | Hva | Beløp\n30.11 | Aker Solutions | tilbud | 3,2 mill\n"
        "01.12 | Kværner | møte | -\n03.12 | Subsea 7 | vunnet | 1,9 mill\n"
        "04.12 | TechnipFMC | tapt | -"
    )
    assert _rows(text) == [
        (OF, "Aker Solutions", 3_200_000, date(2026, 11, 30)),
        (M, "Kværner", None, date(2026, 12, 1)),
        (W, "Subsea 7", 1_900_000, date(2026, 12, 3)),
        (L, "TechnipFMC", None, FRIDAY),
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Satt i möte med Telia igår", (M, "Telia", THURSDAY)),
        ("Sat in a meeting with Tesco yesterday", (M, "Tesco", THURSDAY)),
        ("Satt i et langt møte med Tine i går", (M, "Tine", THURSDAY)),
        ("Mandag var kaos med sykt barn, men tirsdag fikk jeg endelig møtt Eidsiva Energi. "
         "Resten av uka har gått med til budsjett 😩", (M, "Eidsiva Energi", date(2026, 12, 1))),
        ("Men fikk i alle fall møtt Posten Bring i Oslo, de var veldig positive.",
         (M, "Posten Bring", FRIDAY)),
    ],
)  # fmt: skip
def test_a_meeting_sat_in_or_got_to_is_held(text: str, row) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == [row]


def test_a_meeting_set_up_stays_planned() -> None:
    found = _found("Satt opp møte med Tine fredag")
    assert found.planned and found.customer == "Tine"


def test_a_weekday_heading_with_a_hope_is_never_held_unasked() -> None:
    text = "Måndag: demo hos SKF kl 10, sen lunch med Atlas Copco. Håll tummarna 🤞"
    assert not [r for r in chain(_found(text)) if r.outcome is Outcome.SURE and not r.planned]
    # without the hope, a weekday heading tells what was done on it
    done = "Måndag: demo hos SKF kl 10, sen lunch med Atlas Copco."
    assert _read(done)[0] == (M, "SKF", date(2026, 11, 30))


def test_an_emoji_then_and_with_its_own_day_ends_the_first_record() -> None:
    text = (
        "Stor dag! Signerte med Hafslund i dag – €120 000 første år 💰 og i går fikk jeg også ut "
        "tilbud til Vattenfall på SEK 900 000"
    )
    assert _rows(text) == [
        (W, "Hafslund", 120_000, FRIDAY),
        (OF, "Vattenfall", 900_000, THURSDAY),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "nästa vecka: möten med Ericsson och SKF, plus demo hos Atlas Copco",
        "Next week: meetings with Tesco, Boots, demo at Asda",
    ],
)
def test_next_weeks_heading_over_a_run_of_items_records_nothing(text: str) -> None:
    assert _read(text) == []


def test_a_lower_case_name_with_its_legal_form_after_lost() -> None:
    found = _found("lost hays plc :( price")
    assert found.kind is L and found.customer is not None
    assert found.customer.casefold() == "hays plc"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Möte med Stora Enso i onsdags, sen offert igår på 560 000 kr",
         [(M, "Stora Enso", date(2026, 12, 2)), (OF, "Stora Enso", THURSDAY)]),
        ("Met Tesco Monday, then a proposal yesterday for £40k",
         [(M, "Tesco", date(2026, 11, 30)), (OF, "Tesco", THURSDAY)]),
        ("Møte med Tine i går, så tilbud uke 50", [(M, "Tine", THURSDAY)]),
    ],
)  # fmt: skip
def test_an_offer_by_its_noun_after_then_with_its_amount_was_sent(text: str, rows) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == rows


def test_a_lists_last_line_in_brackets_dates_its_rows() -> None:
    text = (
        "Kunde – hvad – beløb\nNetcompany – tilbud – 1,3 mio.\nTryg – møde – \n"
        "FLSmidth – vundet – 680.000\n(tilbud tirs, møde ons, FLS skrev under i dag)"
    )
    assert _rows(text) == [
        (OF, "Netcompany", 1_300_000, date(2026, 12, 1)),
        (M, "Tryg", None, date(2026, 12, 2)),
        (W, "FLSmidth", 680_000, FRIDAY),
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Kunde: Nordic Semiconductor ASA | Dato: 02.12.2026 | Beløp: 650 000 | Status: Vunnet",
         (W, "Nordic Semiconductor ASA", 650_000, date(2026, 12, 2))),
        ("Account: Vodafone UK | Stage: Closed Won | Close date: 03/12/2026 | Amount: £220,000 | "
         "Owner: J. Patel", (W, "Vodafone UK", 220_000, THURSDAY)),
    ],
)  # fmt: skip
def test_a_crm_row_pasted_in_the_channel_is_its_record(text: str, row) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text) == [row]


def test_a_possessive_with_a_capital_after_a_link_opens_a_name() -> None:
    assert _rows("Sent proposal to Vår Energi for NOK 2.3m yesterday") == [
        (OF, "Vår Energi", 2_300_000, THURSDAY)
    ]
    assert _read("Møte med Vår kunde i dag") == []


def test_the_weeks_own_word_heading_counts_is_no_customer() -> None:
    assert _read("Uka mi: 4 møter, 2 tilbud ute, 1 vunnet. Ikke verst!") == []


def test_a_run_on_with_also_and_another_talk_parts_the_records() -> None:
    text = (
        "so yesterday I met the facilities lead at Kings College London nice guy they're "
        "reviewing suppliers in January also spoke to Imperial College on the phone this "
        "morning they said no thanks for now so that's a loss I suppose"
    )
    assert _read(text)[:2] == [
        (M, "Kings College London", THURSDAY),
        (C, "Imperial College", FRIDAY),
    ]


def test_a_short_run_on_with_their_wish_after_the_meeting_is_read() -> None:
    assert _read("möte med arla sverige idag de vill ha offert") == [(M, "Arla Sverige", FRIDAY)]


def test_a_titled_post_then_another_customers_sentence_keeps_both() -> None:
    text = (
        "Oppdatering Lerøy Seafood: hadde møte med dem på tirsdag, sendte tilbud på NOK 780 000 i "
        "dag. Mowi takket nei i går, de fornyer med eksisterende leverandør."
    )
    assert _read(text) == [
        (M, "Lerøy Seafood", date(2026, 12, 1)),
        (OF, "Lerøy Seafood", FRIDAY),
        (L, "Mowi", THURSDAY),
    ]


def test_a_status_heading_keeps_an_abbreviated_name_whole() -> None:
    text = (
        "Dagens status: 3 opkald (DFDS, Topdanmark, Chr. Hansen), 1 møde (DFDS, opfølgning) og et "
        "tilbud på 215.000 til Topdanmark. Ikke dårligt for en fredag 💪"
    )
    assert "Chr. Hansen" in [r[1] for r in _read(text)]
