"""Session 24 (conv24): a week gone told by its days, and a week's summary that counts and names
its customers, are each ONE question ("Record all 6?"), every row asked with its day; a summary
that gives no day puts its rows on the week's Monday, said so. In four languages and word orders.
Read on Tuesday 30 March 2027 (last week: Mon 22 .. Sun 28 Mar) unless said."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, recognise

TUESDAY = date(2027, 3, 30)
FRIDAY = date(2027, 4, 2)  # this week: Mon 29 Mar .. Sun 4 Apr
M, C, OF, W = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER, ActivityKind.WIN


def rows(found: Recognition) -> list[tuple]:
    out = []
    row: Recognition | None = found
    while row is not None:
        assert row.outcome is Outcome.LIKELY, row  # nothing stored unasked
        out.append((row.kind, row.customer, row.when, row.times, row.amount, row.undated))
        row = row.also
    return out


def d(day: int, month: int = 3) -> date:
    return date(2027, month, day)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Forrige uke: man møte Orkla, tirs tlf Tine x3, ons tilbud Kiwi 200k, fre vant Rema 150k",
            [(M, "Orkla", d(22), 1, None, False), (C, "Tine", d(23), 3, None, False),
             (OF, "Kiwi", d(24), 1, Decimal(200000), False), (W, "Rema", d(26), 1, Decimal(150000), False)],
        ),
        (
            "Förra veckan: mån möte Volvo, tis samtal Scania, tors offert IKEA 300 tkr",
            [(M, "Volvo", d(22), 1, None, False), (C, "Scania", d(23), 1, None, False),
             (OF, "IKEA", d(25), 1, Decimal(300000), False)],
        ),
        (
            "Sidste uge: man møde Arla, tir tlf Ørsted, tor tilbud Matas 560k",
            [(M, "Arla", d(22), 1, None, False), (C, "Ørsted", d(23), 1, None, False),
             (OF, "Matas", d(25), 1, Decimal(560000), False)],
        ),
        (
            "Last week: Mon meeting Sage, Wed quote Ocado £12k, Fri call Boots",
            [(M, "Sage", d(22), 1, None, False), (OF, "Ocado", d(24), 1, Decimal(12000), False),
             (C, "Boots", d(26), 1, None, False)],
        ),
        # the day after the kind, a line a day
        (
            "Forrige uke:\nman: møte Orkla\nons: tilbud Kiwi 200k",
            [(M, "Orkla", d(22), 1, None, False), (OF, "Kiwi", d(24), 1, Decimal(200000), False)],
        ),
    ],
)  # fmt: skip
def test_a_week_gone_told_by_its_days_is_one_question(text: str, want: list[tuple]) -> None:
    found = recognise(text, today=TUESDAY, known_customers=[])
    assert found.record_all, found.reasons  # was: the first row stored unasked
    assert rows(found) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Denne uken: 3 møter (Orkla, Tine, Kiwi), 5 samtaler",
            [(M, "Orkla", d(29), 1, None, True), (M, "Tine", d(29), 1, None, True),
             (M, "Kiwi", d(29), 1, None, True)],
        ),
        (
            "Veckan som gick: 2 möten (Volvo, Scania)",
            [(M, "Volvo", d(29), 1, None, True), (M, "Scania", d(29), 1, None, True)],
        ),
        (
            "Denne uge: 2 møder (Novo, Lego), 1 tilbud Jysk 300.000",
            [(M, "Novo", d(29), 1, None, True), (M, "Lego", d(29), 1, None, True),
             (OF, "Jysk", d(29), 1, Decimal(300000), True)],
        ),
        (
            "This week: 2 meetings (Tesco, Boots)",
            [(M, "Tesco", d(29), 1, None, True), (M, "Boots", d(29), 1, None, True)],
        ),
        # the day said: the rows are on it
        (
            "Status torsdag: 2 møter (Orkla, Tine)",
            [(M, "Orkla", d(1, 4), 1, None, False), (M, "Tine", d(1, 4), 1, None, False)],
        ),
    ],
)  # fmt: skip
def test_a_weeks_summary_with_counts_and_names_is_the_same_one_question(
    text: str, want: list[tuple]
) -> None:
    found = recognise(text, today=FRIDAY, known_customers=["Orkla", "Tine", "Volvo", "Scania"])
    assert found.record_all, found.reasons
    assert rows(found) == want


@pytest.mark.parametrize(
    "text",
    [
        "Uke 13 så langt: man møte Aker BP, i dag tilbud Fjordkraft 275k",  # the week under way
        "Idag: møde med Novo, opkald til Maersk",  # no days: as before
        "Two calls today: Tine and Kiwi",  # a day's count, no summary
    ],
)
def test_other_lists_read_as_before(text: str) -> None:
    found = recognise(text, today=TUESDAY, known_customers=["Tine", "Kiwi", "Novo"])
    assert not found.record_all and found.also is not None, found
