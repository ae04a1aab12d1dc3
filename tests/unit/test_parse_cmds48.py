"""Session 48: slash commands the held-out sets left wrong. A new name's own number (three or
four digits) before nothing but the command's own words, the amount read after them ("/logwin
Rema 1000 signert!! 1,2 mill": was a customer "Rema" with "1000 signert!!" asked); a count
before its noun, a year and a number with nothing after it read as before."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command

OFFER, W = ActivityKind.OFFER, ActivityKind.WIN
FRIDAY = date(2026, 12, 4)


def parse(kind: ActivityKind, text: str):  # type: ignore[no-untyped-def]
    return parse_log_command(kind, text, today=FRIDAY, krone="NOK")


@pytest.mark.parametrize(
    ("kind", "text", "customer", "amount"),
    [
        (W, "Rema 1000 signert!! 1,2 mill", "Rema 1000", "1200000"),
        (W, "Rema 1000 vunnet, 1,2 mill", "Rema 1000", "1200000"),
        (W, "Rema 1000 signed 450k", "Rema 1000", "450000"),
        (OFFER, "Rema 1000 tilbud sendt 300k", "Rema 1000", "300000"),
    ],
)
def test_a_names_number_before_the_commands_own_words(kind, text, customer, amount) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.amount, cmd.unread) == (customer, Decimal(amount), None)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "unread"),
    [
        (W, "Orkla 2500 brukere 1,2 mill", "Orkla", "2500 brukere"),  # a count, its noun
        (OFFER, "Tine 3 lisenser 45k", "Tine", "3 lisenser"),
        (W, "Orkla 2027 signert 1,2 mill", "Orkla", "2027 signert"),  # a year
    ],
)
def test_a_count_or_a_year_is_no_part_of_the_name(kind, text, customer, unread) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.unread) == (customer, unread)


M, C = ActivityKind.MEETING, ActivityKind.CALL


@pytest.mark.parametrize(
    ("kind", "text", "customer"),
    [
        # were customers "hansen bygg as godt", "bygg ab bra", "hansen & sønn as tilbdu"
        (M, "hansen bygg as godt møte", "hansen bygg as"),
        (M, "bygg ab bra möte", "bygg ab"),
        (OFFER, "hansen & sønn as tilbdu 85k sendt tirsdag kald", "hansen & sønn as"),
        # were "Hansen" / "Nordic" with the rest asked
        (M, "Hansen bygg as godt møte i går", "Hansen bygg as"),
        (M, "Nordic semiconductor asa bra møte", "Nordic semiconductor asa"),
        (C, "Hansen bygg as, ringer tirsdag", "Hansen bygg as"),
    ],
)
def test_a_name_written_small_ends_at_its_legal_form(kind, text, customer) -> None:  # type: ignore[no-untyped-def]
    assert parse(kind, text).customer == customer


def test_sa_written_small_is_said_not_a_legal_form() -> None:
    assert parse(C, "kiwi sa nei").customer != "kiwi sa"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        # were asked as unread
        ("Boots yesterday with head of buying, warm", "with head of buying"),
        ("Boots yesterday with the CFO, warm", "with the CFO"),
        ("Boots with head of buying yesterday", "with head of buying"),
        ("Boots yesterday with their CFO", "with their CFO"),
        ("Boots yesterday with a buyer", "with a buyer"),
    ],
)
def test_with_whom_in_english_with_its_article_is_the_note(text: str, note: str) -> None:
    cmd = parse(M, text)
    assert (cmd.customer, cmd.note, cmd.unread) == ("Boots", note, None)


def test_with_the_team_stays_asked() -> None:
    assert parse(M, "Boots yesterday with the team").unread == "with the team"


def _sv(kind: ActivityKind, text: str):  # type: ignore[no-untyped-def]
    return parse_log_command(kind, text, today=FRIDAY, krone="SEK", language="sv")


@pytest.mark.parametrize(
    ("kind", "text", "when", "due"),
    [
        # the step and its day first, then the talk's day gone by: were refused whole
        # (next_date_in_past), or the step dated today
        (M, "Rema 1000, het, ringer tirsdag, i forgårs", "2026-12-02", "2026-12-08"),
        (M, "Vinmonopolet, følger opp neste uke, i forgårs, varm", "2026-12-02", "2026-12-11"),
        (M, "Orkla, chase next Tuesday, yesterday", "2026-12-03", "2026-12-08"),
        (M, "Byggmax AB, varm, ringer tirsdag, i dag", "2026-12-04", "2026-12-08"),
        (C, "Orkla follow up Monday cold today", "2026-12-04", "2026-12-07"),
    ],
)
def test_a_steps_day_then_the_talks_day(kind, text, when, due) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert cmd.next_step is not None, text
    assert (str(cmd.when), str(cmd.next_step.due)) == (when, due)


def test_a_swedish_steps_week_then_the_talks_day() -> None:
    cmd = _sv(C, "Arla Foods uppföljning v.51 i förrgår")
    assert cmd.next_step is not None
    assert (str(cmd.when), str(cmd.next_step.due)) == ("2026-12-02", "2026-12-18")


def test_a_step_said_on_a_day_gone_alone_stays_refused() -> None:
    with pytest.raises(UserError) as said:
        parse(M, "Tine neste møte i går")
    assert said.value.code == "next_date_in_past"


@pytest.mark.parametrize(
    ("kind", "text", "when", "amount"),
    [
        # a name of a figure and capitals, its amount later: were refused (not_a_customer)
        (OFFER, "3M i går 450k", "2026-12-03", "450000"),
        (W, "3M i går 450k", "2026-12-03", "450000"),
        (OFFER, "3M yesterday £45k", "2026-12-03", "45000"),
    ],
)
def test_a_figure_and_capitals_first_with_the_amount_later_is_the_name(
    kind, text, when, amount
) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.customer, str(cmd.when), cmd.amount) == ("3M", when, Decimal(amount))


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        # were customers "mtg", "CFO", "IT-sjefen"
        (M, "mtg ystd"),
        (M, "mtg in Bergen w/ head of sales ystd hot"),
        (M, "meeting w/ the CFO ystd"),
        (M, "CFO ystd"),
        (M, "IT-sjefen"),
    ],
)
def test_the_commands_noun_or_a_role_alone_is_no_customer(kind, text) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as said:
        parse(kind, text)
    assert said.value.code == "not_a_customer"


@pytest.mark.parametrize(
    ("text", "when", "due"),
    [
        # 1 December after the step's day, never 01:12 at night kept in the step's words
        ("Posten Bring, het, f/u 15/12, 01.12", "2026-12-01", "2026-12-15"),
        ("Posten Bring, f/u fredag, 01.12", "2026-12-01", "2026-12-11"),
        ("ICA Maxi Haninge, varm, følger opp neste uke, 01.12", "2026-12-01", "2026-12-11"),
    ],
)
def test_a_dotted_day_and_month_after_the_step_is_the_talks_day(text, when, due) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(M, text)
    assert cmd.next_step is not None
    assert (str(cmd.when), str(cmd.next_step.due), cmd.unread) == (when, due, None)
    assert "01.12" not in cmd.next_step.what
