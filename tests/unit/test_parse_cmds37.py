"""Session 37 (the lead): commands whose amount the words work out, read on main at e7169711
as the unit price or one part alone (the rest unread). Each row's comment says what main read."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command

TODAY = date(2026, 12, 3)
OF, W = ActivityKind.OFFER, ActivityKind.WIN


@pytest.mark.parametrize(
    ("kind", "text", "language", "amount", "unread"),
    [
        # was: 125 000, "4 x" unread
        (OF, "Kiwi 4 x 125 000", "nb", Decimal(500_000), "4 x 125 000"),
        (OF, "Boots 3x £10k", "en", Decimal(30_000), "3x £10k"),
        (OF, "ICA 2 st à 150 000 kr", "sv", Decimal(300_000), "2 st à 150 000 kr"),
        (OF, "Lego 10 licenser á 12.000 kr", "da", Decimal(120_000), "10 licenser á 12.000 kr"),
        (OF, "Kiwi 300k x2", "nb", Decimal(600_000), "300k x2"),
        # was: one part, the other unread
        (W, "Kiwi 1,2 mill + 200k", "nb", Decimal(1_400_000), "1,2 mill + 200k"),
        (W, "Volvo 1 mkr + 250 tkr", "sv", Decimal(1_250_000), "1 mkr + 250 tkr"),
        (OF, "Kiwi 1,2 mill + 200k implementering", "nb", Decimal(1_400_000),
         "1,2 mill + 200k implementering"),
    ],
)  # fmt: skip
def test_a_product_or_a_sum_is_the_value_asked(kind, text, language, amount, unread):
    cmd = parse_log_command(kind, text, today=TODAY, language=language)
    assert (cmd.amount, cmd.unread) == (amount, unread)


@pytest.mark.parametrize(
    ("text", "amount", "unread"),
    [
        # guards: a price per period beside the deal's amount stays a question of its own
        ("Bonnier 1,2 mkr + 200 tkr/år", Decimal(1_200_000), "200 tkr/år"),
        ("Posten 1,5 mill + 200 000 pr år", Decimal(1_500_000), "200 000 pr år"),
        # a name's number is no count
        ("Rema 1000 200k", Decimal(200_000), None),
    ],
)
def test_a_period_or_a_name_is_no_sum(text, amount, unread):
    cmd = parse_log_command(OF, text, today=TODAY, language="nb")
    assert (cmd.amount, cmd.unread) == (amount, unread)


M, C = ActivityKind.MEETING, ActivityKind.CALL


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "when", "note"),
    [
        # was: a customer "Head of IT at Centrica", "Innkjøpssjef" (the rest unread)
        (M, "Head of IT at Centrica", "en", "Centrica", TODAY, "Head of IT"),
        (C, "Director of Sales at Boots, warm", "en", "Boots", TODAY, "Director of Sales"),
        (M, "Innkjøpssjef i Kiwi", "nb", "Kiwi", TODAY, "Innkjøpssjef"),
        (M, "daglig leder hos Tine i går", "nb", "Tine", date(2026, 12, 2), "daglig leder"),
        (M, "inköpschef på ICA igår, het", "sv", "ICA", date(2026, 12, 2), "inköpschef"),
        (M, "indkøbschef hos Lego i mandags", "da", "Lego", date(2026, 11, 30), "indkøbschef"),
        (M, "CFO Anna at Tesco yesterday -- budget talk", "en", "Tesco", date(2026, 12, 2),
         "budget talk; CFO Anna"),
        # guards: names that begin like a role
        (M, "Lederhuset AS i dag", "nb", "Lederhuset AS", TODAY, None),
        (M, "Sales Force Ltd", "en", "Sales Force Ltd", TODAY, None),
    ],
)  # fmt: skip
def test_a_role_first_is_the_note_and_the_customer_after_it(
    kind, text, language, customer, when, note
):
    cmd = parse_log_command(kind, text, today=TODAY, language=language)
    assert (cmd.customer, cmd.when, cmd.note, cmd.unread) == (customer, when, note, None)


@pytest.mark.parametrize(
    ("kind", "text", "customer"),
    [
        # was: a new customer "Nammo-avtalen", "Tesco-deal"
        (W, "Nammo-avtalen 300k", "Nammo"),
        (W, "Tesco-deal £40k", "Tesco"),
        (M, "Tine-møtet i går", "Tine"),
        # guards: hyphened names stay whole
        (M, "Co-op today", "Co-op"),
        (OF, "3T-gruppen 180k", "3T-gruppen"),
        (W, "Coca-Cola 300k", "Coca-Cola"),
    ],
)
def test_the_deals_word_after_a_hyphen_is_no_part_of_the_name(kind, text, customer):
    assert parse_log_command(kind, text, today=TODAY, language="nb").customer == customer


@pytest.mark.parametrize(
    ("kind", "text", "customer", "note"),
    [
        # was: a customer "Jørn fra Tine", "Dave" (the rest unread)
        (M, "Jørn fra Tine i går, varm", "Tine", "Jørn"),
        (M, "Dave from Tesco", "Tesco", "Dave"),
        (C, "Micke från ICA", "ICA", "Micke"),
        # guards: a kind's word first, and a win's order from a customer
        (M, "Demo fra Tine", "Tine", None),
        (W, "Ordre fra Kiwi 200k", "Kiwi", None),
    ],
)
def test_a_person_from_a_company_first_is_the_note(kind, text, customer, note):
    cmd = parse_log_command(kind, text, today=TODAY, language="nb")
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, note, None)


@pytest.mark.parametrize(
    ("kind", "text", "language"),
    [
        # was: a win or offer stored on Friday 27 Nov, or an offer sent today, silent
        (W, "Orkla signerer fredag 500k", "nb"),
        (W, "Vestas underskriver fredag 500.000", "da"),
        (W, "Tine 300k signerer på fredag", "nb"),
        (W, "Tesco £45k signs Friday", "en"),
        (OF, "Tesco £45k to send Friday", "en"),
        (OF, "Tine 300k sender i morgen", "nb"),
        (OF, "Tesco £45k will send tomorrow", "en"),
    ],
)
def test_a_signing_or_sending_still_to_come_is_refused(kind, text, language):
    with pytest.raises(UserError) as refused:
        parse_log_command(kind, text, today=TODAY, language=language)
    assert refused.value.code == "date_in_future"


@pytest.mark.parametrize(
    ("kind", "text", "when"),
    [
        # guards: done on the Friday gone; our next step after a comma; an invoice's sending
        (W, "Tine 300k signert fredag", date(2026, 11, 27)),
        (OF, "Atea 2 mill, sender fredag", TODAY),
        (W, "Kiwi 280k, sender faktura fredag", TODAY),
    ],
)
def test_done_or_a_step_is_no_refusal(kind, text, when):
    assert parse_log_command(kind, text, today=TODAY, language="nb").when == when


@pytest.mark.parametrize(
    ("kind", "text", "language", "note", "step_due"),
    [
        # was: the talk dated Friday 27 Nov, "i går"/"yesterday" unread
        (C, "Tine i går varm, svarer fredag", "nb", "svarer fredag", None),
        (C, "Dyson yesterday hot will get back to me Friday", "en", "will get back to me Friday",
         None),
        (C, "Tesco yesterday warm they'll call Friday", "en", "they'll call Friday", None),
        (C, "Jysk i går hed vender tilbage fredag", "da", None, date(2026, 12, 4)),
        (M, "ICA igår het återkommer fredag", "sv", None, date(2026, 12, 4)),
        (C, "NCC AB igår het återkommer på fredag", "sv", None, date(2026, 12, 4)),
    ],
)  # fmt: skip
def test_an_answer_to_come_keeps_the_talks_own_day(kind, text, language, note, step_due):
    cmd = parse_log_command(kind, text, today=TODAY, language=language)
    assert (cmd.when, cmd.note, cmd.unread) == (date(2026, 12, 2), note, None)
    assert (cmd.next_step.due if cmd.next_step else None) == step_due


@pytest.mark.parametrize(
    ("text", "language", "customer", "note"),
    [
        # was: a customer "Kari fra Tine", "the CTO of Ocado", or refused as two customers
        ("møtte Kari fra Tine i går varm", "nb", "Tine", "Kari"),
        ("mødtes med Anne fra Novo i går varm", "da", "Novo", "Anne"),
        ("coffee with the CTO of Ocado yesterday warm", "en", "Ocado", "coffee; CTO"),
        ("lunch with Sarah from Tesco", "en", "Tesco", "lunch; Sarah"),
        ("träffade Anna på ICA", "sv", "ICA", "Anna"),
        ("met Sarah from Tesco", "en", "Tesco", "Sarah"),
    ],
)
def test_a_person_after_the_talks_verb_is_the_note(text, language, customer, note):
    cmd = parse_log_command(M, text, today=TODAY, language=language)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, note, None)


@pytest.mark.parametrize(
    ("kind", "text", "amount", "note"),
    [
        # was: the later figure the amount (the old price, the margin in money), asked
        (OF, "Tesco £45k revised down from £50k", Decimal(45_000), "revised down from £50k"),
        (OF, "Tine 300k ned fra 350k", Decimal(300_000), "ned fra 350k"),
        (OF, "Tine 300k, opprinnelig 350k", Decimal(300_000), "opprinnelig 350k"),
        (OF, "ICA 300k ner från 350k", Decimal(300_000), "ner från 350k"),
        (W, "Tine 300k dekningsbidrag 66k", Decimal(300_000), "dekningsbidrag 66k"),
        (W, "Tesco £45k margin £10k", Decimal(45_000), "margin £10k"),
        (W, "Tine 450 000 ned fra 500 000", Decimal(450_000), "ned fra 500 000"),
    ],
)
def test_an_old_price_or_a_margin_in_money_is_the_note(kind, text, amount, note):
    cmd = parse_log_command(kind, text, today=TODAY, language="nb")
    assert (cmd.amount, cmd.note, cmd.unread) == (amount, note, None)


@pytest.mark.parametrize(
    ("text", "language", "note"),
    [
        # was: the win dated 12 Nov (the offer's day), "tilbud" unread
        ("Tine 300k tilbud 12.11", "nb", "tilbud 12.11"),
        ("ICA 300k offert 12/11", "sv", "offert 12/11"),
        ("Tesco £45k offer 12/11", "en", "offer 12/11"),
    ],
)
def test_the_offer_named_by_its_day_is_the_wins_note(text, language, note):
    cmd = parse_log_command(W, text, today=TODAY, language=language)
    assert (cmd.when, cmd.note, cmd.unread) == (TODAY, note, None)


def test_a_wins_own_day_stays():
    assert parse_log_command(W, "Tine 300k 12.11", today=TODAY).when == date(2026, 11, 12)


def test_a_range_in_thousands_groups_is_a_range():
    from bot.services.commands.ranges import AmountRange

    with pytest.raises(AmountRange) as asked:
        parse_log_command(OF, "Bestseller 40-50.000", today=TODAY, language="da")
    said = asked.value.said
    assert (said.low.amount, said.high.amount) == (Decimal(40_000), Decimal(50_000))
