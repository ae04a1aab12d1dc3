"""Session 64: commands read as the sellers of the held-out round (January 2029) and the session's
own probes wrote them.

- Whom an offer went to, after the customer ("Kiwi tilbud til innkjøp, 300k, sendt fredag" was
  refused as no amount; "Tesco quote to procurement, £30k, sent Friday" asked): the note, as
  typed (commands/recipients.py).
- A step's noun after its period ("…, god stemning, neste uke oppfølging" was the step "god
  stemning", "oppfølging" asked): the step, the mood the note.
- Their mood in a word ("positiv", "keen", "skeptisk"): the note (was asked).
- The customer's own day ("budget åbnet 1/1", "budget opened 1 Jan"): the note, never the
  record's day (the call was dated New Year's Day; commands/their_days.py).
- A year's price with no term ("240k pr. år", "£60k p.a.", "kr 120.000,- pr år"): the deal's
  value as typed, the words its note (was asked with two buttons storing the same amount); a
  term said, a month's price, ARR: asked as before."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.commands import parse_log_command

TODAY = date(2029, 1, 11)  # Thursday, week 2
KINDS = {
    "meeting": ActivityKind.MEETING,
    "call": ActivityKind.CALL,
    "offer": ActivityKind.OFFER,
    "win": ActivityKind.WIN,
}
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}


def _read(kind: str, lang: str, text: str):  # type: ignore[no-untyped-def]
    return parse_log_command(KINDS[kind], text, today=TODAY, krone=KRONE[lang], language=lang)


@pytest.mark.parametrize(
    ("lang", "text", "customer", "when", "amount", "note"),
    [
        ("nb", "Kiwi tilbud til innkjøp, 300k, sendt fredag", "Kiwi", date(2029, 1, 5), 300_000, "til innkjøp"),
        ("nb", "Kiwi, tilbud til innkjøp 300k sendt fredag", "Kiwi", date(2029, 1, 5), 300_000, "til innkjøp"),
        ("nb", "Kiwi tilbud til innkjøpssjefen, 300k", "Kiwi", TODAY, 300_000, "til innkjøpssjefen"),
        ("nb", "Kiwi tilbud til Kari i innkjøp, 300k, sendt i går", "Kiwi", date(2029, 1, 10), 300_000, "til Kari i innkjøp"),
        ("sv", "ICA offert till inköpschefen 300 tkr, skickad igår", "ICA", date(2029, 1, 10), 300_000, "till inköpschefen"),
        ("da", "Arla tilbud sendt til indkøb, 250.000 kr", "Arla", TODAY, 250_000, "sendt til indkøb"),
        ("en", "Tesco quote to procurement, £30k, sent Friday", "Tesco", date(2029, 1, 5), 30_000, "to procurement"),
        ("en", "Tesco, sent to the CFO, £30k", "Tesco", TODAY, 30_000, "sent to the CFO"),
        ("en", "Tesco quote to Mark in procurement £30k sent yesterday", "Tesco", date(2029, 1, 10), 30_000, "to Mark in procurement"),
    ],
)  # fmt: skip
def test_whom_the_offer_went_to_is_its_note(
    lang: str, text: str, customer: str, when: date, amount: int, note: str
) -> None:
    cmd = _read("offer", lang, text)
    assert (cmd.customer, cmd.when, cmd.amount, cmd.note, cmd.unread) == (
        customer, when, Decimal(amount), note, None,
    )  # fmt: skip


def test_a_capitalised_word_after_to_may_be_a_customer_and_is_asked_as_before() -> None:
    cmd = _read("offer", "nb", "Kiwi tilbud til Rema 1000, 300k")
    assert (cmd.customer, cmd.note) == ("Kiwi", None)
    assert cmd.unread == "tilbud til Rema 1000"


@pytest.mark.parametrize(
    ("kind", "lang", "text", "customer", "when", "step", "note"),
    [
        ("meeting", "nb", "fredag m Nortura SA, god stemning, neste uke oppfølging", "Nortura SA", date(2029, 1, 5), "oppfølging", "god stemning"),
        ("meeting", "sv", "Möte med Axfood i fredags, bra känsla, nästa vecka uppföljning", "Axfood", date(2029, 1, 5), "uppföljning", "bra känsla"),
        ("meeting", "da", "Møde med Arla i går, god stemning, næste uge opfølgning", "Arla", date(2029, 1, 10), "opfølgning", "god stemning"),
        ("meeting", "en", "Met Tesco yesterday, good vibes, next week follow-up", "Tesco", date(2029, 1, 10), "follow-up", "good vibes"),
        ("call", "en", "Called Boots, positive, Thursday follow-up", "Boots", TODAY, "follow-up", "positive"),
        ("call", "nb", "ringte Tine, positiv, torsdag oppfølging", "Tine", TODAY, "oppfølging", "positiv"),
    ],
)  # fmt: skip
def test_a_steps_noun_after_its_day_is_the_step_and_the_mood_the_note(
    kind: str, lang: str, text: str, customer: str, when: date, step: str, note: str
) -> None:
    cmd = _read(kind, lang, text)
    assert cmd.next_step is not None
    assert (cmd.customer, cmd.when, cmd.next_step.what, cmd.note, cmd.unread) == (
        customer, when, step, note, None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        ("nb", "ringte Tine, veldig positiv, oppfølging torsdag", "veldig positiv"),
        ("sv", "Möte med ICA, mycket positiva", "mycket positiva"),
        ("en", "Greggs 10 mins, keen", "10 mins, keen"),
        ("da", "Ringede til Arla, skeptiske", "skeptiske"),
    ],
)
def test_their_mood_in_a_word_is_the_note(lang: str, text: str, note: str) -> None:
    cmd = _read("call", lang, text)
    assert (cmd.note, cmd.unread) == (note, None)


def test_a_mood_word_in_a_name_stays_the_names() -> None:
    assert _read("call", "nb", "Positiv Energi AS").customer == "Positiv Energi AS"


@pytest.mark.parametrize(
    ("kind", "lang", "text", "customer", "when", "note"),
    [
        ("call", "da", "Region Midtjylland budget åbnet 1/1 🔥 ring igen mandag", "Region Midtjylland", TODAY, "budget åbnet 1/1"),
        ("call", "en", "Hot Pot Holdings Ltd yesterday - budget opened 1 Jan, hot, follow up Monday", "Hot Pot Holdings Ltd", date(2029, 1, 10), "budget opened 1 Jan"),
        ("meeting", "sv", "Glödhett Grill AB i tisdags, budgeten öppnade 1 jan, ny träff 1/2", "Glödhett Grill AB", date(2029, 1, 9), "budgeten öppnade 1 jan"),
        ("meeting", "nb", "igar hos bakke og sønner as, budsjettet åpnet 1. jan", "bakke og sønner as", date(2029, 1, 10), "budsjettet åpnet 1. jan"),
        ("call", "en", "Tesco, their budget opens 1st Feb, call back Monday", "Tesco", TODAY, "their budget opens 1st Feb"),
    ],
)  # fmt: skip
def test_the_customers_own_day_is_the_note_never_the_records(
    kind: str, lang: str, text: str, customer: str, when: date, note: str
) -> None:
    cmd = _read(kind, lang, text)
    assert (cmd.customer, cmd.when, cmd.note, cmd.unread) == (customer, when, note, None)


def test_a_budget_in_a_name_stays_the_names() -> None:
    cmd = _read("offer", "nb", "Budsjett Bygg AS 300k")
    assert (cmd.customer, cmd.amount, cmd.note) == ("Budsjett Bygg AS", Decimal(300_000), None)


@pytest.mark.parametrize(
    ("kind", "lang", "text", "amount", "note", "unread"),
    [
        ("offer", "nb", "Kiwi 240k per år", 240_000, "per år", None),
        ("offer", "nb", "Kiwi 240k/år", 240_000, "240k/år", None),
        ("win", "nb", "Tre Ekspress AS kr 120.000,- pr år", 120_000, "pr år", None),
        ("offer", "da", "Arla Foods amba 240k pr. år, hed, svar i Q1", 240_000, "pr. år", "svar i Q1"),
        ("offer", "en", "Tesco £60k p.a.", 60_000, "p.a.", None),
        ("offer", "en", "Tesco £60k per annum, chase Monday", 60_000, "per annum", None),
        ("offer", "sv", "ICA 180k per år, kall", 180_000, "per år", None),
        ("offer", "nb", "Hydro 400 000 årlig", 400_000, "årlig", None),
    ],
)  # fmt: skip
def test_a_years_price_with_no_term_is_the_value_as_typed_and_its_words_the_note(
    kind: str, lang: str, text: str, amount: int, note: str, unread: str | None
) -> None:
    cmd = _read(kind, lang, text)
    assert (cmd.amount, cmd.note, cmd.unread, cmd.per_period) == (
        Decimal(amount), note, unread, None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "text", "amount"),
    [
        ("offer", "Kiwi 20k per mnd", 20_000),  # a month's: a year's worth or the price?
        ("offer", "Kiwi 240k per år, 3 års avtale", 720_000),  # the term said
        ("offer", "ICA 180 tkr/år i 3 år", 540_000),
        ("win", "Deliveroo £120k ARR", 120_000),  # recurring revenue (session 51)
        ("offer", "Fjordkraft kr 58 800 per år, 1 års binding", 58_800),  # a binding said
    ],
)
def test_a_price_per_period_with_more_to_it_is_asked_as_before(
    kind: str, text: str, amount: int
) -> None:
    cmd = _read(kind, "nb", text)
    assert cmd.amount == Decimal(amount)
    assert cmd.per_period is not None and cmd.unread


@pytest.mark.parametrize(
    ("kind", "lang", "text", "customer", "when"),
    [
        ("lost", "nb", "tapte i går Tine AS, for dyre", "Tine AS", date(2029, 1, 10)),
        ("lost", "da", "tabt i fredags Tirsdagsgruppen ApS, projektet udskudt", "Tirsdagsgruppen ApS", date(2029, 1, 5)),
        ("lost", "sv", "förlorade i fredags Acme AB", "Acme AB", date(2029, 1, 5)),
        ("lost", "en", "lost on Friday Acme Ltd", "Acme Ltd", date(2029, 1, 5)),
        ("win", "nb", "vant i går Tine AS 200k", "Tine AS", date(2029, 1, 10)),
        ("win", "en", "won last Friday Acme Ltd £40k", "Acme Ltd", date(2029, 1, 5)),
        ("meeting", "nb", "møtte i går Tine AS", "Tine AS", date(2029, 1, 10)),
        ("offer", "nb", "sendt tilbud i tirsdags til Acme Media AS, 240k", "Acme Media AS", date(2029, 1, 9)),
        ("meeting", "en", "Monday at Acme Partners Ltd", "Acme Partners Ltd", date(2029, 1, 8)),
        ("meeting", "en", "Tuesday at Acme Partners LLP", "Acme Partners LLP", date(2029, 1, 9)),
    ],
)  # fmt: skip
def test_a_day_between_the_verb_and_the_customer_is_the_records(
    kind: str, lang: str, text: str, customer: str, when: date
) -> None:
    # were customers "går Tine AS", "fredags Tirsdagsgruppen ApS", "Friday Acme Ltd", "Monday at
    # Acme Partners Ltd" dated today
    cmd = parse_log_command(
        ActivityKind.LOSS if kind == "lost" else KINDS[kind],
        text, today=TODAY, krone=KRONE[lang], language=lang,
    )  # fmt: skip
    assert (cmd.customer, cmd.when) == (customer, when)


def test_a_weekday_in_the_name_after_to_is_never_cut_off() -> None:
    from bot.services.dates import UserError

    try:
        cmd = _read("offer", "nb", "sendt tilbud i tirsdags til Mandag Morgen Media AS, 240k")
    except UserError:
        return  # asked again, as before
    assert cmd.customer == "Mandag Morgen Media AS"


@pytest.mark.parametrize(
    ("lang", "text", "step"),
    [
        ("nb", "ringte Tine, ingen svar. Nytt forsøk tirsdag", "Nytt forsøk"),
        ("sv", "ringde ICA, inget svar, nytt försök på tisdag", "nytt försök"),
        ("da", "ringede til Arla, intet svar. Nyt forsøg tirsdag", "Nyt forsøg"),
        ("en", "called Tesco, no answer, another attempt Tuesday", "another attempt"),
    ],
)
def test_a_new_try_is_the_step_and_the_call_todays(lang: str, text: str, step: str) -> None:
    # was the call dated the Tuesday gone, "ingen svar. Nytt forsøk" asked
    cmd = _read("call", lang, text)
    assert cmd.next_step is not None
    assert (cmd.when, cmd.next_step.what, cmd.next_step.due) == (TODAY, step, date(2029, 1, 16))


@pytest.mark.parametrize(
    ("lang", "text", "customer", "amount", "note"),
    [
        ("nb", "Yes! Fornyet rammeavtale for 2029 med Norsk Gjenvinning AS, kr 1 450 000", "Norsk Gjenvinning AS", 1_450_000, "Fornyet rammeavtale for 2029"),
        ("nb", "Fornyet avtalen med Tine, 1,2 mill", "Tine", 1_200_000, "Fornyet avtalen"),
        ("sv", "Äntligen! förnyat avtalet för 2029 med Securitas AB, 3,2 MSEK", "Securitas AB", 3_200_000, "förnyat avtalet för 2029"),
        ("da", "Fornyet aftalen med Arla, 350k", "Arla", 350_000, "Fornyet aftalen"),
        ("en", "renewed the framework with Kingfisher plc, £60k", "Kingfisher plc", 60_000, "renewed the framework"),
        ("nb", "Fornyet Tine AS 1,2 mill", "Tine AS", 1_200_000, None),
        ("en", "Renewed Vodafone £80k", "Vodafone", 80_000, None),
    ],
)  # fmt: skip
def test_an_agreement_renewed_said_first_is_the_named_customers_win(
    lang: str, text: str, customer: str, amount: int, note: str | None
) -> None:
    # were a win for a customer "Fornyet" (or "rammeavtale"), refused, or "Kingfisher" with "plc"
    # asked
    cmd = _read("win", lang, text)
    assert (cmd.customer, cmd.amount, cmd.note, cmd.unread) == (
        customer,
        Decimal(amount),
        note,
        None,
    )


def test_a_years_compound_is_no_amount() -> None:
    # was refused: bad_amount "2029-priser"
    cmd = _read(
        "offer",
        "da",
        "tilbud til Novozymes A/S 450.000 kr ex moms, nye 2029-priser, gælder til 31/1",
    )
    assert (cmd.customer, cmd.amount) == ("Novozymes A/S", Decimal(450_000))
    assert "2029-priser" in f"{cmd.note} {cmd.unread}"


BEFORE_EASTER = date(2029, 3, 20)  # Tuesday of week 12; Easter Sunday 1 April 2029


@pytest.mark.parametrize(
    ("kind", "lang", "text", "what", "due"),
    [
        ("meeting", "nb", "idag Tre Kokker AS, brennhet, send tilbud før påske", "send tilbud", date(2029, 3, 28)),
        ("meeting", "da", "Næste Skridt A/S i fredags, varm, send tilbud inden påske", "send tilbud", date(2029, 3, 28)),
        ("meeting", "sv", "ICA i går, skickar offert innan påsk", "skickar offert", date(2029, 3, 29)),
        ("meeting", "en", "Tesco yesterday, follow up before Easter", "follow up", date(2029, 3, 29)),
        ("meeting", "nb", "Tine, ringer før påsken", "ringer", date(2029, 3, 28)),
    ],
)  # fmt: skip
def test_a_step_before_easter_is_due_the_last_working_day_before_its_holidays(
    kind: str, lang: str, text: str, what: str, due: date
) -> None:
    # Maundy Thursday is a holiday in Norway and Denmark, a working day in Sweden and England;
    # was asked as words not read
    cmd = parse_log_command(
        KINDS[kind], text, today=BEFORE_EASTER, krone=KRONE[lang], language=lang
    )
    assert cmd.next_step is not None
    assert (cmd.next_step.what, cmd.next_step.due, cmd.unread) == (what, due, None)


@pytest.mark.parametrize(
    ("kind", "lang", "text", "customer", "when", "note", "step_due"),
    [
        ("call", "nb", "Vinn Vinn AS - på påskeferie fra fredag, ring etter påske", "Vinn Vinn AS", BEFORE_EASTER, "på påskeferie fra fredag", date(2029, 4, 3)),
        ("call", "da", "Tirsdag Trading I/S - på påskeferie til 3/4, ring om to uger", "Tirsdag Trading I/S", BEFORE_EASTER, "på påskeferie til 3/4", date(2029, 4, 3)),
        ("call", "sv", "ICA, på semester till 2/4, ringer efter påsk", "ICA", BEFORE_EASTER, "på semester till 2/4", date(2029, 4, 3)),
        ("call", "nb", "Tine, borte til mandag", "Tine", BEFORE_EASTER, "borte til mandag", None),
        ("offer", "nb", "€ 40 000 Nordic Seafood Export AS 14/3, kunden på påskeferie, følg opp uke 14", "Nordic Seafood Export AS", date(2029, 3, 14), "kunden på påskeferie", date(2029, 4, 6)),
    ],
)  # fmt: skip
def test_their_absence_till_or_from_a_day_is_the_note_never_the_records_day(
    kind: str, lang: str, text: str, customer: str, when: date, note: str, step_due: date | None
) -> None:
    # were a call dated the Friday gone, refused as ahead (3/4), or asked
    cmd = parse_log_command(
        KINDS[kind], text, today=BEFORE_EASTER, krone=KRONE[lang], language=lang
    )
    assert (cmd.customer, cmd.when, cmd.note, cmd.unread) == (customer, when, note, None)
    assert (cmd.next_step and cmd.next_step.due) == step_due


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        ("da", "2,5 mio. kr. til Grøn Energi & Klima A/S, glohed, kvartalsrabat 5% ved underskrift inden 31/3", "kvartalsrabat 5% ved underskrift inden 31/3"),
        ("nb", "2,5 MNOK Nord-Norsk Havbruk AS, het 🔥 Q1-rabatt 8 % hvis signert før 31.3", "Q1-rabatt 8 % hvis signert før 31.3"),
        ("en", "Tesco £40k, 10% off if signed by 31/3", "10% off if signed by 31/3"),
        ("sv", "ICA 300k, 5 % rabatt vid signering innan 31/3", "5 % rabatt vid signering innan 31/3"),
    ],
)  # fmt: skip
def test_a_condition_signed_by_a_day_is_the_offers_note_never_a_step(
    lang: str, text: str, note: str
) -> None:
    # was a step "kvartalsrabat 5% ved underskrift" due 28 March, or asked
    cmd = parse_log_command(
        ActivityKind.OFFER, text, today=BEFORE_EASTER, krone=KRONE[lang], language=lang
    )
    assert (cmd.next_step, cmd.note, cmd.unread) == (None, note, None)
    assert cmd.amount is not None


def test_a_long_ja_is_a_cheer_never_the_customer() -> None:
    cmd = parse_log_command(
        ActivityKind.WIN, "JAAA vundet Esbjerg Offshore Service K/S 3,4 mio kr",
        today=BEFORE_EASTER, krone="DKK", language="da",
    )  # fmt: skip
    assert (cmd.customer, cmd.amount) == ("Esbjerg Offshore Service K/S", Decimal(3_400_000))


def test_a_currency_sign_apart_from_its_figure_first_reads_as_glued() -> None:
    # was refused as an offer dated week 14
    cmd = parse_log_command(
        ActivityKind.OFFER, "€ 40 000 Tine, følg opp uke 14", today=BEFORE_EASTER, krone="NOK",
        language="nb",
    )  # fmt: skip
    assert (cmd.customer, cmd.amount, cmd.currency, cmd.when) == (
        "Tine",
        Decimal(40_000),
        "EUR",
        BEFORE_EASTER,
    )
    assert cmd.next_step is not None and cmd.next_step.due == date(2029, 4, 6)


@pytest.mark.parametrize(
    ("lang", "text", "customer", "when", "note"),
    [
        ("en", "lost smith and nephew plc 14/3 to a competitor on price", "smith and nephew plc", date(2029, 3, 14), "to a competitor on price"),
        ("sv", "tappade varma rätter i umeå ab i fredags, budgeten fryst till Q2", "varma rätter i umeå ab", date(2029, 3, 16), "budgeten fryst till Q2"),
        ("en", "rolls-royce holdings plc lost on Friday, went with Capita", "rolls-royce holdings plc", date(2029, 3, 16), "went with Capita"),
    ],
)  # fmt: skip
def test_a_small_name_to_its_form_is_the_lost_customer(
    lang: str, text: str, customer: str, when: date, note: str
) -> None:
    # were customers "smith", "varma", "rolls-royce" dated today, the rest of the name noted
    cmd = parse_log_command(
        ActivityKind.LOSS, text, today=BEFORE_EASTER, krone=KRONE[lang], language=lang
    )
    assert (cmd.customer, cmd.when, cmd.note) == (customer, when, note)


def test_a_rival_after_to_is_never_part_of_a_small_lost_name() -> None:
    cmd = parse_log_command(
        ActivityKind.LOSS, "tapte kiwi til coop norge sa, pris", today=BEFORE_EASTER, krone="NOK",
        language="nb",
    )  # fmt: skip
    assert cmd.customer == "kiwi"


def test_a_number_word_in_a_capitalised_name_stays_a_word() -> None:
    # was a win for "3 Kronor Städ AB"
    cmd = parse_log_command(
        ActivityKind.WIN, "Tre Kronor Städ AB i tisdags 1 200 000 kr 🍾", today=BEFORE_EASTER,
        krone="SEK", language="sv",
    )  # fmt: skip
    assert (cmd.customer, cmd.amount, cmd.when) == (
        "Tre Kronor Städ AB",
        Decimal(1_200_000),
        date(2029, 3, 13),
    )
    said = parse_log_command(
        ActivityKind.OFFER, "Posten tolv tusen", today=BEFORE_EASTER, krone="NOK", language="nb"
    )
    assert said.amount == Decimal(12_000)


def test_an_ordinal_day_then_a_dash_and_the_amount() -> None:
    # was refused: a bad amount "14th - £12.5k"
    cmd = parse_log_command(
        ActivityKind.OFFER, "Wednesday Ventures Ltd 14th - £12.5k proposal, answer before Easter",
        today=BEFORE_EASTER, krone="NOK", language="en",
    )  # fmt: skip
    assert (cmd.customer, cmd.when, cmd.amount, cmd.currency) == (
        "Wednesday Ventures Ltd", date(2029, 3, 14), Decimal(12_500), "GBP",
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Vunnet: nordvik maskin as, forrige uke, 2.4 mill kr",
        "Nordvik Maskin AS, forrige uke, 2.4 mill",
    ],
)
def test_a_day_gone_said_alone_between_commas_is_the_records_never_a_step(text: str) -> None:
    # was refused: the next step's day in the past
    cmd = parse_log_command(ActivityKind.WIN, text, today=BEFORE_EASTER, krone="NOK", language="nb")
    assert (cmd.when, cmd.amount, cmd.next_step) == (date(2029, 3, 12), Decimal(2_400_000), None)


def test_a_next_talk_on_a_day_gone_is_still_refused() -> None:
    from bot.services.dates import UserError

    with pytest.raises(UserError) as refused:
        parse_log_command(
            ActivityKind.MEETING, "Tine, neste møte i går", today=BEFORE_EASTER, krone="NOK",
            language="nb",
        )  # fmt: skip
    assert refused.value.code == "next_date_in_past"


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        ("nb", "Tine fornyet, 1,2 mill", "fornyet"),
        ("en", "Tesco renewed, £40k", "renewed"),
        ("sv", "ICA 300k, förnyat avtalet", "förnyat avtalet"),
    ],
)
def test_a_renewal_said_after_the_name_is_the_note(lang: str, text: str, note: str) -> None:
    # was asked as words not read
    cmd = _read("win", lang, text)
    assert (cmd.note, cmd.unread) == (note, None)
