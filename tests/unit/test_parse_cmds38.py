"""Session 38 (the lead): command texts read wrong on main at 7de1978e."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.commands import parse_log_command

TODAY = date(2026, 12, 3)
OF = ActivityKind.OFFER


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        # was: the customers "revidert Tine", "revised Tesco", "ny Tine"; "v2" a day ahead
        ("revidert Tine 320k", "Tine"),
        ("revised Tesco 45k", "Tesco"),
        ("ny Tine 320k", "Tine"),
        ("v2 Tesco 45k", "Tesco"),
        ("revideret Lego 400k", "Lego"),
        # guards: a capitalised word opens the name
        ("New Look 45k", "New Look"),
        ("Ny Form AS 100k", "Ny Form AS"),
    ],
)
def test_a_revision_said_before_the_customer_is_no_part_of_it(text, customer):
    assert parse_log_command(OF, text, today=TODAY).customer == customer


@pytest.mark.parametrize("text", ["Boots & Greggs today", "Tine & Kiwi 300k"])
def test_two_names_joined_by_an_ampersand_are_asked(text):
    from bot.errors import UserError

    with pytest.raises(UserError) as raised:
        parse_log_command(ActivityKind.MEETING, text, today=TODAY)
    assert raised.value.code == "one_or_two_customers"


@pytest.mark.parametrize(
    "text", ["Marks & Spencer today", "Tate & Lyle today", "Hansen & Co i dag", "Tapt & Funnet"]
)
def test_a_company_named_with_an_ampersand_stays_one(text):
    assert "&" in parse_log_command(ActivityKind.MEETING, text, today=TODAY).customer


def test_their_hq_is_no_part_of_the_name():
    # was: a new customer "Barclays HQ"; now Barclays, the word asked about
    cmd = parse_log_command(ActivityKind.MEETING, "Barclays HQ yesterday", today=TODAY)
    assert (cmd.customer, cmd.unread) == ("Barclays", "HQ")
