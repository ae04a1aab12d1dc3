"""Session 35 (lead's probe): command texts read wrong on main at 5c5e9de0, each a class of
variants in the four languages. Each row marked "was:" says what main read."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.commands import parse_log_command

TODAY = date(2026, 12, 2)  # Wednesday, ISO week 49
YESTERDAY = date(2026, 12, 1)
M = ActivityKind.MEETING


@pytest.mark.parametrize(
    ("text", "language", "customer", "when"),
    [
        # was: a customer "Teams-möte Ikea"
        ("Teams-möte Ikea, ljummet", "sv", "Ikea", TODAY),
        # was: a customer "lunsjmøte Aker BP"
        ("lunsjmøte Aker BP i går", "nb", "Aker BP", YESTERDAY),
        # was: a customer "kundebesøg Grundfos"
        ("kundebesøg Grundfos i går", "da", "Grundfos", YESTERDAY),
        # was: "frokostmøde hos" unread
        ("frokostmøde hos Lego", "da", "Lego", TODAY),
        # was: refused, "teams" no customer
        ("teams m/ Equinor", "nb", "Equinor", TODAY),
        # was: refused, "Zoom" no customer
        ("Zoom w/ Vodafone, hot lead", "en", "Vodafone", TODAY),
        ("Statusmøte Hafslund i går", "nb", "Hafslund", YESTERDAY),
        ("oppfølgingsmøte med Kongsberg Gruppen", "nb", "Kongsberg Gruppen", TODAY),
        ("Kundbesök Sandvik igår", "sv", "Sandvik", YESTERDAY),
        ("video-meeting Tesco yesterday", "en", "Tesco", YESTERDAY),
        ("Digitalt møde med Novo Nordisk", "da", "Novo Nordisk", TODAY),
    ],
)
def test_what_kind_of_meeting_said_before_the_customer(text, language, customer, when):
    """lead35: a meeting's kind or medium said first, glued into a compound or followed by
    "m/"/"w/"/"med", is no part of the customer's name."""
    cmd = parse_log_command(M, text, today=TODAY, language=language)
    assert (cmd.customer, cmd.when) == (customer, when)


@pytest.mark.parametrize(
    "text",
    ["Teams-möte Ikea", "Kundebesøk Posten i går", "Zoom w/ Vodafone"],
)
def test_a_known_customer_with_such_a_name_stays_whole(text):
    """A known customer whose name is the whole text keeps it (the known name is read first)."""
    name = text.removesuffix(" i går")
    cmd = parse_log_command(M, text, today=TODAY, language="nb", known_customers=[name])
    assert cmd.customer == name


@pytest.mark.parametrize("text", ["Meeting Point AS", "Promote Ltd", "Visit Norway"])
def test_a_name_that_only_looks_like_a_meeting_word_is_kept(text):
    cmd = parse_log_command(M, text, today=TODAY, language="en")
    assert cmd.customer == text
