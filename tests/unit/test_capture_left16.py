"""What session 16 left (session 17, read on Monday 2026-11-30): each row fails on f083423.

1. "Coop" typed where "Coop Danmark" and "Coop Norge" are both known is asked which, never one
   picked, and it never loses its record to another customer named beside it ("Vant Coop 200k
   og Kiwi 100k" was one win with Kiwi at 200 000).
2. Short words of a record with a typo ("wom", "Tilbd", "Mte", "tilbu", "vunet", "offr", "mtng"),
   read where the word of a record belongs (opening the sentence, a name or "m/" after it), and
   never glued onto a new name ("Tilbd Bama 80k" is an offer to Bama).
3. `/logcall Network Rail Shrove Tuesday, meh` stored a customer "Network Rail Shrove": a
   holiday named with its weekday ends a new name before the holiday."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.commands import parse_log_command
from tests.unit.fresh_phrasings import CALL, LOSS, MEETING, OFFER, WIN, L, S, check_message

TODAY = date(2026, 11, 30)
TWO_COOPS = ["Coop Danmark", "Coop Norge", "Tine", "Kiwi", "Orkla ASA", "Rema 1000"]
ONE_COOP = ["Coop Norge", "Tine", "Kiwi"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the name as typed: recording it asks "Coop Danmark or Coop Norge?" (the app's question)
        ("Møte med Coop i dag", [(S, MEETING, "Coop", None, TODAY)]),
        (
            "Vant Coop 200k og Kiwi 100k",
            [(L, WIN, "Coop", Decimal(200000), TODAY), (L, WIN, "Kiwi", Decimal(100000), TODAY)],
        ),
        # each customer of a win with no amount is asked (session 17, the lead's probe)
        ("Vant Coop og Kiwi", [(L, WIN, "Coop", None, TODAY), (L, WIN, "Kiwi", None, TODAY)]),
        (
            "Møte med Coop og Tine i dag",
            [(L, MEETING, "Coop", None, TODAY), (L, MEETING, "Tine", None, TODAY)],
        ),
    ],
)
def test_a_name_two_known_customers_start_is_kept_as_typed(text: str, want: list) -> None:
    check_message((text, want), TODAY, TWO_COOPS)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Møte med Coop i dag", [(S, MEETING, "Coop Norge", None, TODAY)]),
        (
            "Vant Coop 200k og Kiwi 100k",
            [
                (L, WIN, "Coop Norge", Decimal(200000), TODAY),
                (L, WIN, "Kiwi", Decimal(100000), TODAY),
            ],
        ),
    ],
)
def test_a_name_one_known_customer_starts_is_that_customer(text: str, want: list) -> None:
    check_message((text, want), TODAY, ONE_COOP)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("wom Tine 200k", [(S, WIN, "Tine", Decimal(200000), TODAY)]),
        ("Tilbd Kiwi 80k", [(S, OFFER, "Kiwi", Decimal(80000), TODAY)]),
        ("Mte m/ Orkla", [(S, MEETING, "Orkla ASA", None, TODAY)]),
        ("tilbu sendt Rema 1000 90k", [(S, OFFER, "Rema 1000", Decimal(90000), TODAY)]),
        ("vunet Tine 300k", [(S, WIN, "Tine", Decimal(300000), TODAY)]),
        ("Taptw Kiwi", [(L, LOSS, "Kiwi", None, TODAY)]),
        ("offr Kiwi 50k", [(S, OFFER, "Kiwi", Decimal(50000), TODAY)]),
        ("mtng med Tine i dag", [(S, MEETING, "Tine", None, TODAY)]),
        ("ringt Tine i dag", [(S, CALL, "Tine", None, TODAY)]),
        # a new name after the typo: the name alone
        ("Tilbd Bama 80k", [(S, OFFER, "Bama", Decimal(80000), TODAY)]),
        ("wom Bama 200k", [(S, WIN, "Bama", Decimal(200000), TODAY)]),
        # words of their own one letter from a record's word stay themselves
        ("Mot Tine i morgen", []),
        ("Mat med Orkla", []),
        ("Bad Tine om tilbud", []),
        ("Lot Tine 200k", []),
        ("Wow Tine 200k!", []),
    ],
)
def test_a_short_words_typo_is_read_where_a_records_word_belongs(text: str, want: list) -> None:
    check_message((text, want), TODAY, TWO_COOPS)


@pytest.mark.parametrize(
    ("text", "today", "customer", "when", "unread"),
    [
        ("Network Rail Shrove Tuesday, meh", date(2027, 2, 11), "Network Rail", date(2027, 2, 9), "meh"),
        ("Network Rail Easter Monday, warm", date(2027, 4, 6), "Network Rail", date(2027, 3, 29), None),
        ("Acme Field Monday", date(2027, 4, 6), "Acme Field", date(2027, 4, 5), None),
    ],
)  # fmt: skip
def test_a_holidays_weekday_after_a_new_name_is_the_holiday_whole(
    text: str, today: date, customer: str, when: date, unread: str | None
) -> None:
    cmd = parse_log_command(ActivityKind.CALL, text, today=today, known_customers=())
    assert (cmd.customer, cmd.when, cmd.unread) == (customer, when, unread)
