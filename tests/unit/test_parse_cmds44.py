"""Session 44: an offer sent again, by mail or in Nynorsk said first, an article after the verb,
and a Swedish or Finnish legal form inside a name. Each was stored on a wrong customer ("the
Boots proposal", "resent Boots", "Sende") or asked about half the name ("Fastighets AB",
"Balder" unread)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.commands import parse_log_command
from bot.services.customers import customer_key

M, OF, W = ActivityKind.MEETING, ActivityKind.OFFER, ActivityKind.WIN
FRIDAY, THU = date(2026, 12, 4), date(2026, 12, 3)
KNOWN = {customer_key(name) for name in ("Tine", "Boots")}


def parse(kind: ActivityKind, text: str, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return parse_log_command(kind, text, today=FRIDAY, krone=krone, known_customers=KNOWN)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "amount"),
    [
        (OF, "Sent the Boots proposal 45k", "Boots", 45_000),
        (OF, "sent the proposal to Boots 45k", "Boots", 45_000),
        (OF, "Resent the Boots proposal 45k", "Boots", 45_000),
        (OF, "resent Boots 45k", "Boots", 45_000),
        (OF, "re-sent quote to Boots 45k", "Boots", 45_000),
        (OF, "Sende tilbod til Tine 200k", "Tine", 200_000),
        (OF, "skickade om offerten till Ica 200 tkr", "Ica", 200_000),
        (M, "Fastighets AB Balder igår, bra möte", "Fastighets AB Balder", None),
        (M, "Fazer Oy Ab", "Fazer Oy Ab", None),
        (M, "Oy Karl Fazer Ab", "Oy Karl Fazer Ab", None),
        (OF, "Fastighets AB Balder 200 tkr", "Fastighets AB Balder", 200_000),
        # names that only look so stay whole
        (M, "The Body Shop", "The Body Shop", None),
        (M, "Submitted AS", "Submitted AS", None),
        (M, "AB Volvo igår", "AB Volvo", None),
    ],
)  # fmt: skip
def test_the_customer_is_the_one_named(kind, text, customer, amount) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text, krone="SEK" if "tkr" in text else "NOK")
    assert (cmd.customer, cmd.amount, cmd.unread) == (
        customer,
        None if amount is None else Decimal(amount),
        None,
    )


@pytest.mark.parametrize(
    ("text", "customer", "unread"),
    [
        # a place or a person after the form is no part of the name: asked, as before
        ("Skanska AB Malmö", "Skanska AB", "Malmö"),
        ("Skanska AB Anna Berg", "Skanska AB", "Anna Berg"),
        ("Fastighets AB Balder, Erik Svensson", "Fastighets AB Balder", "Erik Svensson"),
    ],
)
def test_what_follows_a_legal_form_is_asked_about(text, customer, unread) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(M, text)
    assert (cmd.customer, cmd.unread) == (customer, unread)


def test_a_day_after_a_middle_form_is_the_day() -> None:
    cmd = parse(M, "Volvo AB Måndag")
    assert (cmd.customer, cmd.when) == ("Volvo AB", date(2026, 11, 30))
