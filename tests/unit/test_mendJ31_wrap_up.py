"""mendJ31 item 1. A week's wrap-up: counts standing alone beside a named item ("Week wrap-up: 6
meetings, 3 offers, closed Greggs") record nothing and are no named customer's; the named item is
read as it would be alone and asked as a summary is; a wrap-up heading is never a customer."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome
from bot.services.capture.weigh import _each, recognise

WEDNESDAY = date(2026, 12, 2)
WIN, OFFER, MEETING = ActivityKind.WIN, ActivityKind.OFFER, ActivityKind.MEETING


def _rows(text: str, known: tuple[str, ...] = ()) -> tuple[object, list[tuple]]:
    found = recognise(text, today=WEDNESDAY, known_customers=known)
    return found, [(r.outcome, r.kind, r.customer, r.when, r.times) for r in _each(found)]


@pytest.mark.parametrize(
    ("text", "known", "rows", "counts"),
    [
        (
            "Week wrap-up: 6 meetings, 3 offers, closed Greggs",
            ("Greggs",),
            [(WIN, "Greggs")],
            ("6 meetings", "3 offers"),
        ),
        (
            "Ugens opsummering: 5 møder, 2 tilbud, Netto vundet",
            ("Netto",),
            [(WIN, "Netto")],
            ("5 møder", "2 tilbud"),
        ),
        (
            "Veckosammanfattning: 3 möten, 1 offert Ica 200k, affär klar med Coop",
            (),
            [(WIN, "Coop"), (OFFER, "Ica")],
            ("3 möten",),
        ),
        (
            "Ukeoppsummering: 4 møter og 2 tilbud, vant Tine 120k",
            ("Tine",),
            [(WIN, "Tine")],
            ("4 møter", "2 tilbud"),
        ),
        (
            "Veckans summering: 3 möten, 2 samtal och avslut med Volvo",
            (),
            [(WIN, "Volvo")],
            ("3 möten", "2 samtal"),
        ),
    ],
)
def test_counts_beside_a_named_item_are_no_records(
    text: str, known: tuple[str, ...], rows: list[tuple], counts: tuple[str, ...]
) -> None:
    found, read = _rows(text, known)
    assert sorted((kind, customer) for _, kind, customer, _, _ in read) == sorted(rows), read
    assert all(o is Outcome.LIKELY and when == WEDNESDAY and n == 1 for o, _, _, when, n in read)
    # mendD32: a lone win with no amount (and no open offer) is asked alone, its amount missing
    alone = len(read) == 1 and found.kind is WIN and found.amount is None and not found.complete
    assert found.record_all is not alone and found.unnamed == counts, found


@pytest.mark.parametrize(
    "text",
    [
        "Veckosammanfattning: 3 möten, 1 offert Ica 200k, affär klar med Coop",
        "Week wrap-up: 6 meetings, 3 offers, closed Greggs",
        "Ukeoppsummering: 4 møter, vant Tine",
    ],
)
def test_a_wrap_up_heading_is_no_customer(text: str) -> None:
    _, read = _rows(text)
    names = {c.lower() for _, _, c, _, _ in read}
    assert read and not names & {"veckosammanfattning", "week wrap-up", "ukeoppsummering"}, read


@pytest.mark.parametrize(
    ("text", "customer", "n"),
    [("3 møter med Tine", "Tine", 3), ("2 meetings with Greggs today", "Greggs", 2)],
)
def test_counts_with_their_customer_stay(text: str, customer: str, n: int) -> None:
    found, read = _rows(text)
    assert [(k, c, t) for _, k, c, _, t in read] == [(MEETING, customer, n)], read
    assert not found.unnamed
