"""Session 51: channel messages the held-out sets left wrong. A person's whole name with their
role in brackets before the company ("møte med Kari Nilsen (innkjøpssjef) hos Tine SA i dag":
was nothing, the role's words counted between the talk and its customer); a laugh that only
answers a colleague before the author's own news ("@Mette haha ja, jeg havde også møde med
Ørsted i går": was dropped as a joke)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

FRIDAY = date(2026, 12, 4)
YESTERDAY = date(2026, 12, 3)
M, C, WIN = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.WIN


def _read(text: str):  # type: ignore[no-untyped-def]
    found = recognise(text, today=FRIDAY, known_customers=[], posted=time(15, 30))
    return [
        (r.kind, r.customer, r.when)
        for r in chain(found)
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "kind", "customer", "day"),
    [
        ("Hadde et veldig godt møte med Kari Nilsen (innkjøpssjef) hos Tine SA i dag, de er "
         "skikkelig interessert 🔥", M, "Tine SA", FRIDAY),
        ("Møte med Kari Nilsen (innkjøpssjef) hos Tine i dag", M, "Tine", FRIDAY),
        ("Ringte Per Olsen (CFO) hos Orkla i går", C, "Orkla", YESTERDAY),
        ("Met Sarah Jones (CFO) at Unilever today", M, "Unilever", FRIDAY),
    ],
)  # fmt: skip
def test_a_role_in_brackets_after_a_whole_name(text, kind, customer, day) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == [(kind, customer, day)]


@pytest.mark.parametrize(
    ("text", "kind", "customer", "day"),
    [
        ("<@U0METTE> haha ja, jeg havde også møde med Ørsted i går", M, "Ørsted", YESTERDAY),
        ("@Mette haha ja, jeg havde også møde med Ørsted i går", M, "Ørsted", YESTERDAY),
        ("lol yes, met Tesco today too", M, "Tesco", FRIDAY),
    ],
)
def test_a_laugh_answering_a_colleague_leaves_the_news_after_it(text, kind, customer, day) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == [(kind, customer, day)]


@pytest.mark.parametrize(
    "text",
    [
        "haha, vant Equinor 10 mill",
        "Vant 500 kr på Flax i lunsjen 😂",
        "haha ja, vant Equinor 10 mill 😂",  # a laugh after it too: a joke
    ],
)
def test_a_joke_is_still_nothing(text: str) -> None:
    assert _read(text) == []


def test_a_visit_told_first_with_no_day_is_asked_as_todays() -> None:
    found = recognise(
        "Popped into Mowi's office in Bergen, quick coffee with their ops lead",
        today=FRIDAY,
        known_customers=[],
        posted=time(15, 30),
    )
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.LIKELY, M, "Mowi", FRIDAY
    )  # fmt: skip


@pytest.mark.parametrize("text", ["Popped into the office to grab my laptop", "Dropped by Tesco?"])
def test_a_visit_to_no_customer_or_a_question_is_nothing(text: str) -> None:
    assert _read(text) == []


OFFER = ActivityKind.OFFER


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("JAAA Lantmännen skrev på nu 🎉 1,4 MSEK", "Lantmännen"),
        ("YESSS Tesco signed £40k", "Tesco"),
        ("Woohoo Tine signerte 400k", "Tine"),
        ("Dagens Nyheter signerte 400k", "Dagens Nyheter"),
    ],
)
def test_a_cheer_drawn_out_is_no_part_of_the_name(text: str, customer: str) -> None:
    assert _read(text) == [(WIN, customer, FRIDAY)]


def test_dagens_heading_the_days_work_is_today() -> None:
    text = (
        "Dagens:\n- møte Orkla Foods, Lene + Per\n- tlf Tine ang pris\n"
        "- tilbud sendt Nortura 240k\nGod helg!"
    )
    assert sorted(_read(text), key=str) == sorted(
        [(M, "Orkla Foods", FRIDAY), (C, "Tine", FRIDAY), (OFFER, "Nortura", FRIDAY)], key=str
    )


def test_last_week_first_dates_each_record_said_after_it() -> None:
    text = "forrige uke: møte hos Norsk Gjenvinning torsdag, tilbud sendt fredag 450.000 kr"
    assert _read(text) == [
        (M, "Norsk Gjenvinning", date(2026, 11, 26)),
        (OFFER, "Norsk Gjenvinning", date(2026, 11, 27)),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "customer", "day"),
    [
        ("møtte rema 1000 i dag, bra stemning. sender tilbud over helga", M, "Rema 1000", FRIDAY),
        ("ringede til novo nordisk i går ang fornyelse", C, "Novo Nordisk", YESTERDAY),
        ("møte med kiwi minipris i går", M, "Kiwi Minipris", YESTERDAY),
    ],
)
def test_a_lower_case_name_of_two_words_before_its_day(text, kind, customer, day) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == [(kind, customer, day)]


@pytest.mark.parametrize("text", ["møte med sjefen min i dag", "ringte kunden igjen i dag"])
def test_no_lower_case_name_in_a_person_or_a_noun(text: str) -> None:
    assert _read(text) == []


def test_a_promises_day_is_not_the_offers() -> None:
    text = "sent Tomra the offer I promised them last week, 275k"
    assert _read(text) == [(OFFER, "Tomra", FRIDAY)]
    assert _read("Sendte Tomra tilbudet jeg lovet dem forrige uke, 275k") == [
        (OFFER, "Tomra", FRIDAY)
    ]


def test_how_another_talk_went_before_a_meeting_is_not_the_meetings() -> None:
    text = (
        "Long day. Started at 7 with a call to Bouvet which went nowhere, then drove to "
        "Drammen for a meeting at Glamox which was actually really good"
    )
    assert sorted(_read(text), key=str) == sorted(
        [(C, "Bouvet", FRIDAY), (M, "Glamox", FRIDAY)], key=str
    )


@pytest.mark.parametrize(
    ("text", "kind", "customer"),
    [
        ("tilbud ute til mustad nå, 1,1 mill", OFFER, "Mustad"),
        ("lost circle k", ActivityKind.LOSS, "Circle K"),
        ("tapte orkla foods", ActivityKind.LOSS, "Orkla Foods"),
    ],
)
def test_a_lower_case_name_asked(text: str, kind: ActivityKind, customer: str) -> None:
    found = recognise(text, today=FRIDAY, known_customers=[], posted=time(15, 30))
    assert (found.outcome, found.kind, found.customer) == (Outcome.LIKELY, kind, customer)


def test_a_firm_that_has_just_won_a_sale_is_not_our_win() -> None:
    assert _read("Netcompany har lige vundet det store udbud i Region Hovedstaden, øv") == []
    assert _read("Vi har lige vundet udbuddet hos Region Hovedstaden!") == [
        (WIN, "Region Hovedstaden", FRIDAY)
    ]


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Thon Hotels gikk for Visma, tapt", "Thon Hotels"),
        ("Boots went with Capgemini, lost it", "Boots"),
    ],
)
def test_who_chose_the_rival_is_the_customer_lost(text: str, customer: str) -> None:
    assert _read(text) == [(ActivityKind.LOSS, customer, FRIDAY)]


@pytest.mark.parametrize(
    ("text", "customer"), [("tapte obos, for dyre", "Obos"), ("lost asda, too expensive", "Asda")]
)
def test_a_lower_case_loss_with_its_price_reason_is_asked(text: str, customer: str) -> None:
    found = recognise(text, today=FRIDAY, known_customers=[], posted=time(15, 30))
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.LIKELY, ActivityKind.LOSS, customer
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Telefon med Gjensidige (Anne, HR-sjef) i dag", C),
        ("Møte med Gjensidige (Anne, HR-sjef) i dag", M),
    ],
)
def test_a_person_and_role_in_brackets_after_the_company(text: str, kind: ActivityKind) -> None:
    assert _read(text) == [(kind, "Gjensidige", FRIDAY)]


def test_a_first_line_that_names_the_day_heads_the_lines_under_it() -> None:
    text = "Forgot to post yesterday, here is Thursday:\nCall with Tesco\nMet Boots"
    assert sorted(_read(text), key=str) == sorted(
        [(C, "Tesco", YESTERDAY), (M, "Boots", YESTERDAY)], key=str
    )
