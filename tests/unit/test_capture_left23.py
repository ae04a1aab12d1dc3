"""Session 23: the messages left read wrong by session 22, each read as a careful colleague
reads it (each row failed before this session's rules)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

DEC_1 = date(2026, 12, 1)  # a Tuesday


def test_a_known_name_after_an_unknown_one_leaves_neither_unasked() -> None:
    # "Lindex og Hafslund Energi", Hafslund Energi known: a meeting with each, both asked (was
    # Hafslund Energi alone, Lindex dropped unasked); never one customer of both
    found = recognise(
        "Møte med Lindex og Hafslund Energi i dag", today=DEC_1, known_customers=["Hafslund Energi"]
    )
    assert found.outcome is Outcome.LIKELY and found.also is not None
    assert {found.customer, found.also.customer} == {"Lindex", "Hafslund Energi"}
    assert found.also.kind is ActivityKind.MEETING and found.also.also is None


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Sendt tilbud på 85k/mnd til Bring, 24 mnd binding", 2_040_000),
        ("Sendt tilbud på 85k/mnd til Bring, 24 måneders binding", 2_040_000),
        ("Sendt tilbud på 85k/mnd til Bring, bindingstid 36 måneder", 3_060_000),
        ("Skickade offert till Volvo, 40 tkr/mån, bindningstid 24 mån", 960_000),
        ("Sent a proposal at £4k a month to Tesco, term 24 months", 96_000),
    ],
)
def test_a_monthly_price_with_its_binding_term_said_apart_is_asked_at_the_whole(
    text: str, whole: int
) -> None:
    # as "85k/mnd x 24 mnd" (the other order) already was: 2 040 000 (was 85 000)
    found = recognise(text, today=DEC_1)
    assert (found.outcome, found.kind, found.amount) == (
        Outcome.LIKELY,
        ActivityKind.OFFER,
        Decimal(whole),
    ), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Fick jobbet hos Skanska – 650 000 kr",
        "Fikk jobben hos Skanska, 650 000 kr",
        "Got the job at Skanska – 650k",
    ],
)
def test_getting_the_job_with_an_amount_is_a_win(text: str) -> None:
    found = recognise(text, today=DEC_1, krone="SEK", known_customers=["Skanska"])
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        Outcome.SURE,
        ActivityKind.WIN,
        "Skanska",
        Decimal(650_000),
    ), found.reasons


@pytest.mark.parametrize(
    "text", ["Won a £15k deal with Pret today", "Signed a £15k contract with Pret today"]
)
def test_an_article_before_a_deals_amount_is_no_price_each(text: str) -> None:
    found = recognise(text, today=DEC_1)
    assert (found.outcome, found.kind, found.customer, found.amount, found.currency) == (
        Outcome.SURE,
        ActivityKind.WIN,
        "Pret",
        Decimal(15_000),
        "GBP",
    ), found.reasons


def test_a_loss_in_the_month_under_way_is_asked_with_today_never_the_first() -> None:
    may_18 = date(2026, 5, 18)
    found = recognise("Tapte Orkla i mai", today=may_18)
    assert (found.outcome, found.kind, found.when) == (Outcome.LIKELY, ActivityKind.LOSS, may_18)


@pytest.mark.parametrize(
    "text",
    [
        "Met Tesco today, see you on the 8th",
        "Møte med Tesco i dag, vi ses den 8.",
    ],
)
def test_a_day_of_the_month_gone_is_next_months_in_a_step(text: str) -> None:
    dec_10 = date(2026, 12, 10)
    found = recognise(text, today=dec_10, known_customers=["Tesco"])
    assert found.outcome is Outcome.SURE and found.when == dec_10
    assert found.follow_up is not None and found.follow_up.due == date(2027, 1, 8)


def test_a_booking_on_a_day_of_the_month_gone_is_next_months() -> None:
    found = recognise(
        "Booked a meeting with Tesco on the 8th",
        today=date(2026, 12, 10),
        known_customers=["Tesco"],
    )
    assert found.next_step is not None and found.next_step.due == date(2027, 1, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Møte med Tine, ny runde før jul",
        "Møte med Tine, ny runde til jul",
        "Møte med Tine i dag, følger opp før jul",
        "Möte med Tine idag, ny runda innan jul",
        "Met Tine today, follow-up before Christmas",
        "Møte med Tine i dag, nytt møte etter nyttår",
    ],
)
def test_a_next_step_by_a_span_of_the_year_end_is_asked_never_a_day(text: str) -> None:
    found = recognise(text, today=DEC_1, known_customers=["Tine"])
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.LIKELY,
        ActivityKind.MEETING,
        "Tine",
        DEC_1,
    ), found.reasons
    assert found.follow_up is None and found.next_step is None


def test_a_step_by_christmas_is_asked_but_a_customers_wish_by_then_is_no_step_of_ours() -> None:
    ours = recognise("Møte med Tine i dag, ny runde før jul", today=DEC_1, known_customers=["Tine"])
    assert ours.outcome is Outcome.LIKELY and ours.follow_up is None
    theirs = recognise(
        "Bra møte med Tine i dag, de vil ha tilbud før jul", today=DEC_1, known_customers=["Tine"]
    )
    assert (theirs.outcome, theirs.kind) == (Outcome.SURE, ActivityKind.MEETING)


def test_a_bare_amount_is_the_authors_krone_where_the_team_has_another() -> None:
    found = recognise("Tilbud til Jysk 450.000", today=DEC_1, krone="DKK", currency="NOK")
    assert (found.amount, found.currency) == (Decimal(450_000), "DKK")
    # the team's own krone: bare, the team's (a revision keeps its offer's currency)
    same = recognise("Tilbud til Jysk 450.000", today=DEC_1, krone="NOK", currency="NOK")
    assert (same.amount, same.currency) == (Decimal(450_000), None)
