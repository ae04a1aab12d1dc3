"""Session 57: channel messages the blind held-out sets (held57) missed. The meeting by its
definite noun with a day gone ("Mødet med Region Hovedstaden igår ang. rengøring …": nothing,
read as a reference; today's stays one, session 24); a negation said of logging the work
("Fik aldrig logget mødet med ISS …": nothing, the meeting read as not held); talks said with
"managed to" and visits "around" ("Hann prata med både Skanska och JM", "Har været rundt hos
både Maersk og DFDS"), the customer come in to us ("Danfoss var inde til møde i går"); a name
in lower case with the time of day and "about" before its amount ("sendte tilbud til coop
danmark i formiddags på ca. 2 mio", "sent quote to tesco this morning, 40k")."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

WEDNESDAY = date(2026, 12, 9)
TUESDAY, LAST_MONDAY = date(2026, 12, 8), date(2026, 11, 30)
M, C, OF = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER
S, L = Outcome.SURE, Outcome.LIKELY
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}


def _records(text: str, language: str = "nb") -> list[tuple]:
    found = recognise(text, today=WEDNESDAY, krone=KRONE[language], posted=time(15))
    return [
        (r.outcome, r.kind, r.customer, r.when)
        for r in chain(found)
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "language", "customer"),
    [
        ("Mødet med Region Hovedstaden igår ang. rengøring af 3 matrikler. Næste møde mandag 14/12", "da", "Region Hovedstaden"),
        ("Møtet med Tine i går", "nb", "Tine"),
        ("Mötet med Volvo igår", "sv", "Volvo"),
    ],
)  # fmt: skip
def test_the_meeting_by_its_definite_noun_on_a_day_gone_was_held(text, language, customer) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == [(S, M, customer, TUESDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Møtet med Tine i går ble avlyst",
        "Møtet med Tine i morgen er flyttet",
        "Har dere slides fra møtet med Tine i går?",
    ],
)
def test_the_meeting_called_off_ahead_or_only_referred_to_records_nothing(text) -> None:  # type: ignore[no-untyped-def]
    assert _records(text) == []


def test_the_step_of_the_meeting_held_by_its_definite_noun_is_read() -> None:
    found = recognise(
        "Mødet med Region Hovedstaden igår ang. rengøring af 3 matrikler. Næste møde mandag 14/12",
        today=WEDNESDAY,
        krone="DKK",
        posted=time(15),
    )
    step = found.next_step or found.follow_up
    assert step is not None and step.due == date(2026, 12, 14), found.reasons


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Fik aldrig logget mødet med ISS Facility Services sidste uge – det gik fint, de vender tilbage", "da", (S, M, "ISS Facility Services", LAST_MONDAY)),
        ("Har ikke fått logget møtet med Tine i går, gikk bra", "nb", (S, M, "Tine", TUESDAY)),
    ],
)  # fmt: skip
def test_a_negation_of_the_logging_leaves_the_work_done(text, language, want) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == [want]


def test_a_negation_of_the_meeting_itself_still_records_nothing() -> None:
    assert _records("Har ikke hatt møte med Tine i dag") == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Hann prata med både Skanska och JM innan lunch, Skanska vill ses fredag", "sv", [(L, C, "Skanska", WEDNESDAY), (L, C, "JM", WEDNESDAY)]),
        ("Har været rundt hos både Maersk og DFDS i dag, Maersk vil have tilbud til tirsdag", "da", [(L, M, "Maersk", WEDNESDAY), (L, M, "DFDS", WEDNESDAY)]),
        ("Danfoss var inde til møde i går", "da", [(S, M, "Danfoss", TUESDAY)]),
        ("Volvo var här på möte igår", "sv", [(S, M, "Volvo", TUESDAY)]),
    ],
)  # fmt: skip
def test_talks_said_with_managed_to_around_or_come_in(text, language, want) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == want


@pytest.mark.parametrize(
    ("text", "language", "customer", "amount"),
    [
        ("sendte tilbud til coop danmark i formiddags på ca. 2 mio", "da", "Coop Danmark", 2_000_000),
        ("sent quote to tesco this morning, around 40k", "en", "Tesco", 40_000),
    ],
)  # fmt: skip
def test_a_lower_case_name_with_the_time_of_day_before_its_amount(
    text, language, customer, amount
) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=WEDNESDAY, krone=KRONE[language], posted=time(15))
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        L,
        OF,
        customer,
        Decimal(amount),
    )


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("> @kari har du sendt tilbudet til Trondheim kommune?\nja, sendt i formiddag, 450k eks mva", "nb", (L, OF, "Trondheim kommune", 450_000)),
        ("> @alex did the Ocado quote go out?\nyes, sent it this morning, 450k", "en", (L, OF, "Ocado", 450_000)),
        ("> Lars, skickade du offerten till Skanska?\nja, i morse. 2 MSEK inkl installation", "sv", (L, OF, "Skanska", 2_000_000)),
    ],
)  # fmt: skip
def test_a_yes_to_a_quoted_question_of_work_done_is_that_work_asked(text, language, want) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=WEDNESDAY, krone=KRONE[language], posted=time(15))
    assert (found.outcome, found.kind, found.customer, found.amount) == want


def test_a_no_to_a_quoted_question_records_nothing() -> None:
    assert _records("> har du sendt tilbudet til Tine?\nnei, ikke ennå") == []


@pytest.mark.parametrize(
    ("text", "language", "customer", "due"),
    [
        ("ringte obos 3 ganger i dag, ingen svar 🙄 prøver igjen mandag", "nb", "Obos", date(2026, 12, 14)),
        ("Tried Equinor UK 3 times today, no answer 😩 will try tomorrow", "en", "Equinor UK", date(2026, 12, 10)),
        ("Prøvde Obos i dag, ingen svar", "nb", "Obos", None),
    ],
)  # fmt: skip
def test_calls_nobody_answered_with_how_many_times_or_tried(text, language, customer, due) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=WEDNESDAY, krone=KRONE[language], posted=time(15))
    step = found.next_step or found.follow_up
    assert (found.outcome, found.kind, found.customer) == (L, C, customer)
    assert (step.due if step else None) == due


@pytest.mark.parametrize(
    "text", ["Tried the new CRM today, no answer from support", "Tried Tesco's new app today"]
)
def test_trying_something_else_is_no_call(text) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Busy one: chatted to Whitbread and Compass Group about the catering contracts, Compass want a proposal next week", "en", [(L, C, "Whitbread", WEDNESDAY), (L, C, "Compass Group", WEDNESDAY)]),
        ("Møte med Tine og Veidekke Gruppen i dag", "nb", [(L, M, "Tine", WEDNESDAY), (L, M, "Veidekke Gruppen", WEDNESDAY)]),
        ("Møte med Sogn og Fjordane Energi i dag", "nb", [(S, M, "Sogn og Fjordane Energi", WEDNESDAY)]),
        ("Møte med Hansen og Sønn Eiendom i dag", "nb", [(S, M, "Hansen og Sønn Eiendom", WEDNESDAY)]),
    ],
)  # fmt: skip
def test_two_names_joined_by_and_ending_in_a_company_word(text, language, want) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == want


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Revideret tilbud til Per Aarsleff sendt – nu 2,1 mio. kr.", "da", [(S, OF, "Per Aarsleff", WEDNESDAY)]),
        ("Signed off with Hydro Aluminium Norge today, kr 780.000 — my first Norwegian deal 🇳🇴", "en", [(S, ActivityKind.WIN, "Hydro Aluminium Norge", WEDNESDAY)]),
    ],
)  # fmt: skip
def test_a_firm_named_after_a_person_and_a_deal_described_as_ours(text, language, want) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == want


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Läste att Skanska vunnit bygget av nya sjukhuset i Lund, borde vi kolla på det?", "sv"),
        ("Så dere denne? DN: «Veidekke kjøper byggfirma på Vestlandet» https://www.dn.no/bygg/... kan bli aktuelt for oss", "nb"),
        ("Did you see Boots signed with Capgemini?", "en"),
        ("Noen som vet hvem som er innkjøpssjef hos Aker Solutions nå? Pål har visst sluttet", "nb"),
    ],
)  # fmt: skip
def test_news_read_and_a_contact_who_quit_record_nothing(text, language) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == []


def test_a_win_the_author_saw_is_still_theirs() -> None:
    assert _records("Så at Netto har valgt os! 300k", "da") == [
        (S, ActivityKind.WIN, "Netto", WEDNESDAY)
    ]


@pytest.mark.parametrize(
    ("text", "language", "due"),
    [
        ("Met Sarah at Kier Group this morning, good session. Follow-up booked Friday", "en", date(2026, 12, 11)),
        ("Møte med Tine i dag. Oppfølging booket fredag", "nb", date(2026, 12, 11)),
        ("Met Tesco today, next meeting scheduled for the 14th", "en", date(2026, 12, 14)),
    ],
)  # fmt: skip
def test_a_step_said_booked_before_its_day(text, language, due) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=WEDNESDAY, krone=KRONE[language], posted=time(15))
    step = found.next_step or found.follow_up
    assert (found.outcome, found.kind, step.due if step else None) == (S, M, due)


def test_a_follow_up_booked_with_its_customer_stays_a_plan() -> None:
    found = recognise("Follow-up booked with Tesco for Friday", today=WEDNESDAY, posted=time(15))
    assert found.planned and found.customer == "Tesco"


W_, LOSS = ActivityKind.WIN, ActivityKind.LOSS


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("> Hei Kari, vi ønsker å gå videre med tilbudet dere sendte på 290 000 kr. Send gjerne kontrakt.\nfra innkjøp i Oslo Sporveier :raised_hands: da er den i boks!", "nb", (W_, "Oslo Sporveier")),
        ("> Hej Lars, tack för offerten. Vi väljer tyvärr en annan leverantör den här gången.\n/ Mölnlycke Health Care. Surt. :disappointed_relieved:", "sv", (LOSS, "Mölnlycke Health Care")),
        ("> Kære Mette, vi har besluttet at bestille løsningen som beskrevet i jeres tilbud af 2. december. PO følger.\n— Vestas Wind Systems A/S :tada:", "da", (W_, "Vestas Wind Systems A/S")),
        ("> Hi Alex, please find attached our PO for the cleaning contract as per your quote.\nfrom Whitbread :tada: :tada:", "en", (W_, "Whitbread")),
    ],
)  # fmt: skip
def test_a_customers_mail_quoted_with_its_sender_below(text, language, want) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=WEDNESDAY, krone=KRONE[language], posted=time(15))
    assert found.outcome is not Outcome.NOTHING and (found.kind, found.customer) == want


def test_a_quote_signed_by_a_person_below_records_nothing() -> None:
    assert _records("> Great meeting today!\n— Kari", "en") == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Stena Line tecknade avtal idag, 300k", "sv", [(S, W_, "Stena Line", WEDNESDAY)]),
        ("Bad news on Network Rail :slightly_frowning_face: They went with Amey. Long story: our bid was compliant", "en", [(L, LOSS, "Network Rail", WEDNESDAY)]),
        ("Dårlige nyheter om Tine :( De valgte Coor.", "nb", [(L, LOSS, "Tine", WEDNESDAY)]),
        ("Skriver for Jonas, han sidder fast i trafikken: han havde møde med ISS Facility Services kl 10 og det gik godt", "da", []),
        ("Skriver for å si at Tine signerte i dag, 300k", "nb", [(S, W_, "Tine", WEDNESDAY)]),
        ("Ericsson vann ett kontrakt i Indien", "sv", []),
    ],
)  # fmt: skip
def test_who_did_it_the_customer_a_colleague_or_they(text, language, want) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == want


def test_punctuation_said_to_the_phones_dictation_parts_a_message() -> None:
    found = recognise(
        "met Ocado Group today comma went through the pilot full stop next meeting on the 14th",
        today=WEDNESDAY,
        posted=time(15),
    )
    step = found.next_step or found.follow_up
    assert (found.outcome, found.customer, step.due if step else None) == (
        S,
        "Ocado Group",
        date(2026, 12, 14),
    )


@pytest.mark.parametrize(
    ("text", "language", "customer", "when", "due"),
    [
        ("> <@U02KJ8H> hvordan gikk det med Norsk Gjenvinning?\nbra! møtet var i går :white_check_mark: nytt møte booket 15/12 med driftssjefen deres", "nb", "Norsk Gjenvinning", TUESDAY, date(2026, 12, 15)),
        ("> <@U05MGR> hur går det med Lantmännen?\nVi hade möte igår, de vill ha ny offert. Jag skickar den torsdag :+1:", "sv", "Lantmännen", TUESDAY, date(2026, 12, 10)),
    ],
)  # fmt: skip
def test_a_reply_naming_the_customer_only_in_the_question_keeps_its_step(
    text, language, customer, when, due
) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=WEDNESDAY, krone=KRONE[language], posted=time(15))
    step = found.next_step or found.follow_up
    got = (found.outcome, found.kind, found.customer, found.when, step.due if step else None)
    assert got == (L, M, customer, when, due)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("> Vi har signert Tine, 300k\n- Region Nord", "nb"),
        ("> We signed Tesco, 300k\n— London Team", "en"),
        ("> We cannot issue a purchase order at this time.\n— Greggs plc", "en"),
        ("Møtet med Tine i går ble droppet", "nb"),
        ("Mötet med Ica igår sköts upp", "sv"),
        ("The meeting with Tesco yesterday didn't happen", "en"),
        ("Tried Tesco by email, no reply", "en"),
    ],
)  # fmt: skip
def test_review_a_colleagues_quote_a_talk_not_held_or_a_mail_records_nothing(
    text, language
) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("My first Equinor deal 🎉 2,4 mill", "en", [(L, W_, "Equinor", WEDNESDAY)]),
        ("Møte med Hansen og Dahl Bygg i dag", "nb", [(S, M, "Hansen og Dahl Bygg", WEDNESDAY)]),
    ],
)  # fmt: skip
def test_review_a_deal_of_ours_by_its_customer_and_a_firm_of_two_surnames(
    text, language, want
) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == want
