"""Session 42 (held-out commands): what sellers typed that was stored as a customer.

"/logcall hi", "/logcall test", "/logcall ring tilbage senere" (Danish: call back later) were
new customers "hi", "test", "ring tilbage senere": refused as no customer's name, with the way
to log one really so called (in quotes). A name typed small that is a company's is kept."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command
from bot.services.customers import customer_key

M, C = ActivityKind.MEETING, ActivityKind.CALL
FRIDAY = date(2026, 12, 4)
KNOWN = {customer_key(name) for name in ("Tine", "Orkla")}


def parse(kind: ActivityKind, text: str):  # type: ignore[no-untyped-def]
    return parse_log_command(kind, text, today=FRIDAY, krone="NOK", known_customers=KNOWN)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (C, "hi"),
        (C, "hei"),
        (M, "hello"),
        (C, "test"),
        (C, "ok"),
        (C, "thanks"),
        (C, "ring tilbage senere"),
        (C, "ringe tilbake senere"),
        (C, "call back later"),
    ],
)
def test_a_greeting_a_test_or_a_call_to_make_is_no_customer(kind: ActivityKind, text: str) -> None:
    with pytest.raises(UserError) as refused:
        parse(kind, text)
    assert refused.value.code == "not_a_customer"


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("posten i går", "posten"),  # a company typed small
        ('"Hei" i går', "Hei"),  # one really so called, in quotes
        ("Test Bygg AS", "Test Bygg AS"),
        ("ring Tine", "Tine"),
    ],
)
def test_a_name_typed_small_or_quoted_is_still_the_customer(text: str, customer: str) -> None:
    assert parse(C, text).customer == customer
