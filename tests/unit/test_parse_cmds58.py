"""Session 58: slash commands misread in the fresh phrasings of session 57's review and the
blind held-out sets (held58). The little word that leads into an amount in the middle of what is
said ("tilbud til Hent AS på 2,4 mill for rehab 2027": "på" was left, everything asked); what a
deal is for after the offer's noun said again and its amount ("Hent AS, tilbud på 2,4 mill for
rehab": the note was "tilbud for rehab"); the win told after the name with its amount and what
for after it ("Tine SA signerte i dag, 1,2 mill på kjølelager 2027": asked); the Swedish
"undertecknade", "tecknade", "signa" (were asked)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

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
THURSDAY = date(2026, 12, 10)
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}


def parse(kind: ActivityKind, text: str, language: str = "nb"):  # type: ignore[no-untyped-def]
    return parse_log_command(kind, text, today=THURSDAY, language=language, krone=KRONE[language])


def read(kind: ActivityKind, text: str, language: str = "nb") -> tuple:
    found = parse(kind, text, language)
    return (found.customer, found.when, found.amount, found.currency, found.note, found.unread)


@pytest.mark.parametrize(
    ("kind", "text", "language", "expected"),
    [
        (OFFER, "tilbud til Hent AS på 2,4 mill for rehab 2027", "nb", ("Hent AS", THURSDAY, 2_400_000, None, "for rehab 2027")),
        (OFFER, "quote to Serco of £40k for cleaning", "en", ("Serco", THURSDAY, 40_000, "GBP", "for cleaning")),
        (OFFER, "Hent AS, tilbud på 2,4 mill for rehab", "nb", ("Hent AS", THURSDAY, 2_400_000, None, "for rehab")),
        (OFFER, "Skanska, offert på 400 tkr på ställningar", "sv", ("Skanska", THURSDAY, 400_000, "SEK", "på ställningar")),
        (W, "Tine SA signerte i dag, 1,2 mill på kjølelager 2027", "nb", ("Tine SA", THURSDAY, 1_200_000, None, "på kjølelager 2027")),
        (W, "Peab Sverige AB undertecknade igår, 1,8 mkr på ställningar", "sv", ("Peab Sverige AB", date(2026, 12, 9), 1_800_000, "SEK", "på ställningar")),
        (W, "Peab tecknade avtal igår, 1,8 mkr", "sv", ("Peab", date(2026, 12, 9), 1_800_000, "SEK", "tecknade avtal")),
    ],
)  # fmt: skip
def test_what_was_said_around_the_amount_is_read(kind, text, language, expected) -> None:  # type: ignore[no-untyped-def]
    customer, when, amount, currency, note = expected
    assert read(kind, text, language) == (customer, when, Decimal(amount), currency, note, None)


@pytest.mark.parametrize(
    ("kind", "text", "language"),
    [
        (M, "Tine i går, snakket om 2 mill", "nb"),  # a talk of money: asked, no amount on a meeting
        (OFFER, "Hent AS på 2,4 mill på vegne av Kari", "nb"),  # whose: asked
    ],
)  # fmt: skip
def test_words_around_an_amount_that_say_more_are_still_asked(kind, text, language) -> None:  # type: ignore[no-untyped-def]
    assert parse(kind, text, language).unread is not None


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "temperature", "step"),
    [
        (C, "spoke to sky this aft — hot 🔥 send pricing tomorrow", "en", "sky", "hot", ("send pricing", "2026-12-11")),
        (C, "Sky today – send pricing tomorrow", "en", "Sky", None, ("send pricing", "2026-12-11")),
        (C, "Samtale med Møteplassen AS nå nettopp, het 🔥 sender tilbud i morgen", "nb", "Møteplassen AS", "hot", ("sender tilbud", "2026-12-11")),
        (C, "Fjord Laks AS i morgest, varm, ringer tilbake tirsdag", "nb", "Fjord Laks AS", "warm", ("ringer tilbake", "2026-12-15")),
        (OFFER, "alfa laval 600k, ringer imorrn", "sv", "alfa laval", None, ("ringer", "2026-12-11")),
        (C, "Tesco just now, warm", "en", "Tesco", "warm", None),
        (C, "Maersk lige nu, varm", "da", "Maersk", "warm", None),
    ],
)  # fmt: skip
def test_today_said_in_chat_and_a_step_sent_after_the_dash(
    kind, text, language, customer, temperature, step
) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text, language)
    got_step = (found.next_step.what, found.next_step.due.isoformat()) if found.next_step else None
    got_temperature = found.temperature.value if found.temperature else None
    assert (found.customer, found.when, got_temperature, got_step, found.note, found.unread) == (
        customer, THURSDAY, temperature, step, None, None
    )  # fmt: skip


def test_an_invoice_after_the_dash_is_still_the_note() -> None:
    found = parse(C, "Sky today – sender faktura fredag")
    assert (found.next_step, found.note) == (None, "sender faktura fredag")


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "when"),
    [
        (M, "hadde et skikkelig bra møte med Mandag Morgen AS i dag", "nb", "Mandag Morgen AS", THURSDAY),
        (C, "fikk endelig tak i Hansen & Sønn AS på telefon i dag", "nb", "Hansen & Sønn AS", THURSDAY),
        (OFFER, "la inn tilbud til Møre Trafikk AS på 1 200 000 kr", "nb", "Møre Trafikk AS", THURSDAY),
        (W, "äntligen klart med Göteborgs Stad", "sv", "Göteborgs Stad", THURSDAY),
        (L, "tyvärr blev det nej från Electrolux AB idag", "sv", "Electrolux AB", THURSDAY),
        (M, "var ute hos Peab Sverige AB i tisdags", "sv", "Peab Sverige AB", date(2026, 12, 8)),
        (M, "var ude hos velux a/s i fredags", "da", "velux a/s", date(2026, 12, 4)),
        (W, "så kom underskriften fra Søstrene Grene endelig", "da", "Søstrene Grene", THURSDAY),
        (W, "Finally got the PO from Halfords yesterday", "en", "Halfords", date(2026, 12, 9)),
    ],
)  # fmt: skip
def test_opening_words_that_tell_the_command_again_are_no_customer(
    kind, text, language, customer, when
) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text, language)
    assert (found.customer, found.when, found.unread) == (customer, when, None)


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer"),
    [
        (M, "Kiwi til Oslo-kontoret", "nb", "Kiwi til Oslo-kontoret"),  # a name first: as before
        (M, "Tine i går med Per", "nb", "Tine"),  # a person after "med": no customer
    ],
)  # fmt: skip
def test_a_name_or_a_place_first_is_read_as_before(kind, text, language, customer) -> None:  # type: ignore[no-untyped-def]
    assert parse(kind, text, language).customer == customer


@pytest.mark.parametrize("text", ["lost to Capita on price", "tapte til Tietoevry"])
def test_after_a_loss_to_names_the_rival_not_the_customer(text: str) -> None:
    with pytest.raises(UserError) as refused:
        parse(L, text, "en")
    assert refused.value.code == "not_a_customer"


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "temperature", "step"),
    [
        (M, "kald 🥶 møte m/ coop norge i går, de har akkurat bytta system", "nb", "coop norge", "cold", None),
        (M, "kaldt møte hos Vinn Vinn AS forrige uke", "nb", "Vinn Vinn AS", "cold", None),
        (M, "het 🔥 möte hos ica maxi i måndags, skickar offert fredag", "sv", "ica maxi", "hot", ("skickar offert", "2026-12-11")),
        (M, "hed 🔥 coop danmark a/s i dag, demo 15/12", "da", "coop danmark a/s", "hot", ("demo", "2026-12-15")),
        (M, "varm, Jysk, 8/12, næste møde mandag d. 14.", "da", "Jysk", "warm", ("møde", "2026-12-14")),
        (M, "hot one 🔥 Next plc today, next step demo 15/12", "en", "Next plc", "hot", ("demo", "2026-12-15")),
        (C, "warm lead at Tesco today", "en", "Tesco", "warm", None),
    ],
)  # fmt: skip
def test_a_temperature_said_before_all_else_is_the_leads(
    kind, text, language, customer, temperature, step
) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text, language)
    got_step = (found.next_step.what, found.next_step.due.isoformat()) if found.next_step else None
    assert (found.customer, found.temperature.value if found.temperature else None, got_step, found.unread) == (
        customer, temperature, step, None
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "customer"),
    [("Kold Bryg ApS i dag", "da", "Kold Bryg ApS"), ("Varm Ost AS i går", "nb", "Varm Ost AS"), ("hot wheels today", "en", "hot wheels")],
)  # fmt: skip
def test_a_name_that_opens_with_a_temperature_stays_the_name(text, language, customer) -> None:  # type: ignore[no-untyped-def]
    found = parse(M, text, language)
    assert (found.customer, found.temperature) == (customer, None)


@pytest.mark.parametrize(
    ("kind", "text", "language"),
    [
        (C, "ringt runt hela förmiddagen, inget svar någonstans", "sv"),
        (C, "quick call this morning, warm, chase Friday", "en"),
        (L, "£20k, too expensive", "en"),
    ],
)  # fmt: skip
def test_how_much_or_how_long_is_no_customer(kind, text, language) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as refused:
        parse(kind, text, language)
    assert refused.value.code == "not_a_customer"


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "note", "temperature", "step"),
    [
        (M, "möte med Skellefteå Kraft AB idag punkt de är heta punkt nästa möte den 15 december punkt", "sv", "Skellefteå Kraft AB", None, "hot", ("möte", "2026-12-15")),
        (L, "förlorat Region Stockholm punkt de valde en annan leverantör punkt", "sv", "Region Stockholm", "de valde en annan leverantör", None, None),
        (L, "fik nej fra ISS A/S i dag komma de har frosset alle nye projekter til efter nytår punktum", "da", "ISS A/S", "de har frosset alle nye projekter til efter nytår", None, None),
        (M, "Møte med Bergen kommune i dag punktum de er varme punktum neste møte uke 51 punktum", "nb", "Bergen kommune", None, "warm", ("møte", "2026-12-18")),
        (M, "hadde et skikkelig bra møte med Mandag Morgen AS i dag, de er varme og vil ha demo 14/12", "nb", "Mandag Morgen AS", None, "warm", ("demo", "2026-12-14")),
        (C, "Tine i dag, så jeg følger opp fredag", "nb", "Tine", None, None, ("følger opp", "2026-12-11")),
        (C, "Volvo idag, så jag ringer upp fredag", "sv", "Volvo", None, None, ("ringer upp", "2026-12-11")),
        (C, "Tesco today, so I will follow up Friday", "en", "Tesco", None, None, ("will follow up", "2026-12-11")),
        (OFFER, "tilbud elkjøp nordic as 850k, 40 skjermer m/ montering", "nb", "elkjøp nordic as", "40 skjermer m/ montering", None, None),
        (OFFER, "quote out to Next plc £45k, 200 seats, chase Mon", "en", "Next plc", "200 seats", None, ("chase", "2026-12-14")),
        (OFFER, "350 t.kr. til thansen, nyt lagersystem, varm, følg op i næste uge", "da", "thansen", "nyt lagersystem", "warm", ("følg op", "2026-12-18")),
        (OFFER, "offert Ahlsell Sverige AB 3,5 mkr, belysning till nya lagret", "sv", "Ahlsell Sverige AB", "belysning till nya lagret", None, None),
        (OFFER, "Klipp & Trim AB 85 000:- för 12 nya stolar", "sv", "Klipp & Trim AB", "för 12 nya stolar", None, None),
    ],
)  # fmt: skip
def test_said_aloud_said_of_them_and_said_of_the_deal(
    kind, text, language, customer, note, temperature, step
) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text, language)
    got_step = (found.next_step.what, found.next_step.due.isoformat()) if found.next_step else None
    got_temperature = found.temperature.value if found.temperature else None
    assert (found.customer, found.note, got_temperature, got_step, found.unread) == (
        customer, note, temperature, step, None
    )  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (W, "Vant Orkla 300k, 3 års avtale"),  # a term: a year's or the whole? asked (session 54)
        (W, "Hydro 2,4 mill, treårig avtale"),
        (OFFER, "Tine 300k, 2 eller 3 lisenser"),  # two counts: which?
        (OFFER, "Tine 300k, 12 lisenser per år"),  # a price per period
        (M, "Tine i går, de er ikke varme"),  # a temperature denied is no temperature
        (M, "Orkla -- de var varme, kald"),  # two temperatures: which?
    ],
)
def test_what_moves_a_figure_or_disagrees_is_still_asked_or_kept(kind, text) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text)
    assert found.unread is not None or (found.temperature is None and found.note is not None)


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "when", "amount", "note", "step"),
    [
        (W, "i går: 95.000,- fra Kvik ApS", "da", "Kvik ApS", date(2026, 12, 9), 95_000, None, None),
        (OFFER, "Tilbud sendt i går: Vaskeriet AS, 450' ex mva", "nb", "Vaskeriet AS", date(2026, 12, 9), 450_000, None, None),
        (W, "Zleep Hotels A/S 500k, opstart 4. jan", "da", "Zleep Hotels A/S", THURSDAY, 500_000, None, ("opstart", "2027-01-04")),
        (L, "Vintergatan Fastigheter AB förlorad i fredags – timing, de skjuter allt till efter sommaren", "sv", "Vintergatan Fastigheter AB", date(2026, 12, 4), None, "timing, de skjuter allt till efter sommaren", None),
        (L, "lantmännen förlorad, budgeten stoppad", "sv", "lantmännen", THURSDAY, None, "budgeten stoppad", None),
        (OFFER, "en och en halv miljon till Bergendahls, het 🔥 offert på kassasystem", "sv", "Bergendahls", THURSDAY, 1_500_000, "offert på kassasystem", None),
        (W, "Tine en og en halv million", "nb", "Tine", THURSDAY, 1_500_000, None, None),
        (OFFER, "Tesco two and a half million", "en", "Tesco", THURSDAY, 2_500_000, None, None),
    ],
)  # fmt: skip
def test_a_heading_a_dotted_kickoff_a_loss_said_again_and_halves_in_words(
    kind, text, language, customer, when, amount, note, step
) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text, language)
    got_step = (found.next_step.what, found.next_step.due.isoformat()) if found.next_step else None
    assert (found.customer, found.when, found.amount, found.note, got_step, found.unread) == (
        customer, when, None if amount is None else Decimal(amount), note, step, None
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language"),
    [("Aker BP meget varm", "nb"), ("Spotify, pretty cold", "en"), ("Kongsberg i går, ganske kald", "nb")],
)  # fmt: skip
def test_a_temperature_said_stronger_or_softer_is_still_asked(text: str, language: str) -> None:
    assert parse(M, text, language).unread is not None  # (session 45's decision, kept)


@pytest.mark.parametrize(
    ("text", "language", "customer", "note", "step"),
    [
        ("Imerco A/S kr. 480.000 🎉 lukker tilbuddet fra november", "da", "Imerco A/S", "lukker tilbuddet fra november", None),
        ("won Wickes £220k 🎉 closes the Oct quote", "en", "Wickes", "closes the Oct quote", None),
        ("halv mio. fra Zleep Hotels A/S 🙌 opstart 4. jan", "da", "Zleep Hotels A/S", None, ("opstart", "2027-01-04")),
        ("Vant Tine 🎉 300k", "nb", "Tine", None, None),
    ],
)  # fmt: skip
def test_a_cheer_between_clauses_parts_them_as_a_comma(
    text, language, customer, note, step
) -> None:  # type: ignore[no-untyped-def]
    found = parse(W, text, language)
    got_step = (found.next_step.what, found.next_step.due.isoformat()) if found.next_step else None
    assert (found.customer, found.note, got_step, found.unread) == (customer, note, step, None)


# Review (a helper's 630 probes, old code against new): what the first versions misread.
@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "note", "unread"),
    [
        (M, "Tine i dag, levering er et kritisk punkt", "nb", "Tine", "levering er et kritisk punkt", None),
        (M, "ICA idag, vi gick igenom varje punkt", "sv", "ICA", "vi gick igenom varje punkt", None),
        (M, "vår energi med Statnett i dag", "nb", "Statnett", None, "vår energi med"),
        (OFFER, "Tine 300k, 100 ekstra for montering", "nb", "Tine", None, "100 ekstra for montering"),
    ],
)  # fmt: skip
def test_nouns_and_money_the_new_rules_must_leave_alone(
    kind, text, language, customer, note, unread
) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text, language)
    assert (found.customer, found.note, found.unread) == (customer, note, unread)


@pytest.mark.parametrize(
    ("kind", "text", "language"),
    [
        (W, "won it back from Capita today £50k", "en"),  # whom it was won from: the rival
        (W, "vant kunden fra Visma i dag 300k", "nb"),
        (M, "cold, rainy day, met Tesco", "en"),  # the weather, no lead's temperature
    ],
)  # fmt: skip
def test_a_rival_or_the_weather_first_never_gives_a_customer_unasked(kind, text, language) -> None:  # type: ignore[no-untyped-def]
    try:
        found = parse(kind, text, language)
    except UserError as refused:
        assert refused.code == "not_a_customer"
    else:
        assert found.customer not in ("Capita", "Visma", "rainy day") or found.unread is not None


def test_a_week_to_come_in_a_dash_note_is_never_refused() -> None:
    # review: the sending step's dash rule made "återkommer v. 4" the call's day (refused)
    found = parse(C, "Pratade med Ica Maxi Haninge i fredags – de är ljumma, återkommer v. 4", "sv")
    assert (found.customer, found.when) == ("Ica Maxi Haninge", date(2026, 12, 4))


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "amount", "currency", "note", "temperature"),
    [
        (M, "Möte: Varma Bad i Umeå AB, i fredags. Kalla 🥶", "sv", "Varma Bad i Umeå AB", None, None, None, "cold"),
        (W, "vann Smörgåstårtan i Malmö AB idag 48 000 kr", "sv", "Smörgåstårtan i Malmö AB", 48_000, "SEK", None, None),
        (W, "Klart med Fredagsmys Catering AB! 95 000 spänn 🎉", "sv", "Fredagsmys Catering AB", 95_000, "SEK", None, None),
        (OFFER, "Tilbud Bølgen og Moi AS: en halv million, gyldig ut januar 👍", "nb", "Bølgen og Moi AS", 500_000, None, "gyldig ut januar", None),
        (W, "Kontrakt signert med Drammen Havn KF i fredags – NOK 2.4M 🥂", "nb", "Drammen Havn KF", 2_400_000, "NOK", None, None),
        (W, "YES!! 🎉 vant Solstrand Fjordhotell AS i dag, 1,8 mill", "nb", "Solstrand Fjordhotell AS", 1_800_000, None, None, None),
        (C, "Finally got hold of Wendover Kitchens & Bathrooms Ltd 🙌 warm, call back Wed", "en", "Wendover Kitchens & Bathrooms Ltd", None, None, None, "warm"),
        (C, "Het 🔥 – fick äntligen tag på Gnosjö Plast AB, ringer upp tis 19/1", "sv", "Gnosjö Plast AB", None, None, None, "hot"),
        (L, "Call of Nature Ltd, price", "en", "Call of Nature Ltd", None, None, "price", None),
    ],
)  # fmt: skip
def test_round_two_names_cheers_and_slang(
    kind, text, language, customer, amount, currency, note, temperature
) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text, language)
    got = (
        found.customer,
        found.amount,
        found.currency,
        found.note,
        found.temperature.value if found.temperature else None,
    )
    assert got == (
        customer,
        None if amount is None else Decimal(amount),
        currency,
        note,
        temperature,
    )


# Review 2 (a helper's 288 probes of the round-two rules, old code against new)
@pytest.mark.parametrize(
    ("kind", "text", "language", "customer"),
    [
        (W, "Acme 🙌 ltd 40k", "en", "Acme"),  # a legal form after an emoji: never "Acme, ltd"
        (M, "Elkjøp i Trondheim, as discussed", "en", "Elkjøp"),  # "as" the word, no legal form
        (M, "Elkjøp i Trondheim as discussed", "en", "Elkjøp"),
        (OFFER, "offert till tandläkarhuset i lund ab, en kvarts miljon, skickad i fredags", "sv", "tandläkarhuset i lund ab"),
    ],
)  # fmt: skip
def test_a_legal_form_or_a_town_is_read_only_where_it_is_the_names(
    kind, text, language, customer
) -> None:  # type: ignore[no-untyped-def]
    assert parse(kind, text, language).customer == customer


def test_a_cheer_first_never_makes_a_customer_of_words_written_small() -> None:
    with pytest.raises(UserError):
        parse(W, "Endelig!! kom underskriften fra Tine, 1,2 mill")


def test_we_have_said_short_is_read_as_said_long() -> None:
    found = parse(W, "we've won Acme Ltd 40k", "en")
    assert (found.customer, found.amount, found.unread) == ("Acme Ltd", Decimal(40_000), None)
    # "Afraid we've lost …" was stored as a customer "Afraid we've": refused now, whom asked
    with pytest.raises(UserError) as refused:
        parse(
            L,
            "Afraid we've lost Manchester Office Furniture plc – they're staying with the incumbent",
            "en",
        )
    assert refused.value.code == "not_a_customer"


def test_nobody_answered_said_so_is_the_calls_note() -> None:
    found = parse(C, "ringde Mölnlycke i morse, ingen svarade, försöker igen imorrn", "sv")
    assert (found.customer, found.note, found.unread) == ("Mölnlycke", "ingen svarade", None)
