"""Session 40: a customer whose name joins two parts with "&" is written with "and", "og",
"och" as often, and the other way round ("Marks and Spencer" for "Marks & Spencer", "Berg &
Hansen" for "Berg og Hansen AS"). Channel messages read on main at 45f2e4e7: two customers
asked ("Marks & Spencer" and "Spencer"), or nothing at all ("won procter and gamble 40k").
Through the app: tests/slack/test_joined_names40.py."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

TODAY = date(2026, 12, 3)  # Thursday
KNOWN = ["Marks & Spencer", "Procter & Gamble", "Berg og Hansen AS", "Kiwi", "Rema 1000", "Tine"]
M, OF, W = (ActivityKind.MEETING, ActivityKind.OFFER, ActivityKind.WIN)


@pytest.mark.parametrize(
    ("text", "kind", "customer", "amount"),
    [
        # was: Marks & Spencer and a new "Spencer", asked
        ("Møte med Marks and Spencer i dag, bra stemning", M, "Marks & Spencer", None),
        ("Meeting with marks and spencer this morning", M, "Marks & Spencer", None),
        ("Marks and spencer signed! 12k", W, "Marks & Spencer", 12000),
        # was: nothing read
        ("won procter and gamble 40k", W, "Procter & Gamble", 40000),
        ("Vant Procter og Gamble, 40 000", W, "Procter & Gamble", 40000),
        # was: Berg og Hansen AS and a new "Hansen", asked
        ("Tilbud til Berg & Hansen 200k", OF, "Berg og Hansen AS", 200000),
        ("Skickat offert till Berg och Hansen 200 tkr", OF, "Berg og Hansen AS", 200000),
    ],
)  # fmt: skip
def test_a_known_name_spelt_with_the_other_join_is_that_customer(text, kind, customer, amount):  # type: ignore[no-untyped-def]
    found = recognise(text, today=TODAY, known_customers=KNOWN, posted=time(15, 30))
    assert (found.kind, found.customer, found.also) == (kind, customer, None), chain(found)
    assert found.outcome is Outcome.SURE
    assert (found.amount and int(found.amount)) == amount


def test_two_known_customers_joined_by_og_stay_two():  # type: ignore[no-untyped-def]
    rows = chain(recognise("Møte med Kiwi og Rema i dag", today=TODAY, known_customers=KNOWN))
    assert [r.customer for r in rows] == ["Kiwi", "Rema 1000"]


def test_the_spellings_of_a_joined_name() -> None:
    from bot.services.customers import customer_key, joined_spellings, loose_key

    assert joined_spellings("Marks & Spencer".split()) == {
        "marks spencer", "marks and spencer", "marks og spencer", "marks och spencer",
        "marks und spencer",
    }  # fmt: skip
    assert customer_key("Marks & Spencer") in joined_spellings("Marks and Spencer".split())
    assert joined_spellings("Aker BP".split()) == set()
    assert joined_spellings("and Co".split()) == set()  # a first or last word joins nothing
    assert loose_key("marks and spencer") == loose_key(customer_key("Marks & Spencer"))
    assert loose_key("berg og hansen") == "berg hansen"
    assert loose_key("and co") == "and co"


@pytest.mark.parametrize(
    ("text", "kind", "customer", "amount"),
    [
        # was: two offers asked, "Marks" (£45,000) and "Spencer"
        ("sent quote to Marks and Spencer for £45,000 + VAT", OF, "Marks and Spencer", 45000),
        # was: two customers asked
        ("Won Procter and Gamble 40k", W, "Procter and Gamble", 40000),
        ("Møte med Bang og Olufsen i dag", M, "Bang og Olufsen", None),
    ],
)  # fmt: skip
def test_a_company_known_by_its_ampersand_typed_with_and_is_one_new_customer(
    text, kind, customer, amount
):  # type: ignore[no-untyped-def]
    found = recognise(text, today=TODAY, known_customers=["Tine"], posted=time(15, 30))
    assert (found.outcome, found.kind, found.customer, found.also) == (
        Outcome.SURE, kind, customer, None
    ), chain(found)  # fmt: skip
    assert (found.amount and int(found.amount)) == amount


def test_a_command_names_a_company_known_by_its_ampersand_as_one() -> None:
    from bot.services.commands import parse_log_command

    cmd = parse_log_command(ActivityKind.OFFER, "Marks and Spencer 45k", today=TODAY)
    assert (cmd.customer, int(cmd.amount or 0)) == ("Marks and Spencer", 45000)
