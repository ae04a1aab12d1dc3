"""Session 25 (conv25): a summary of the week so far that counts its work and names the
customers but gives no day ("Uka så langt: 3 møter (Tine, Orkla, Kiwi), 2 samtaler") is this
week's work, not today's: each row on the week's Monday, said so ("date not given"), as "Denne
uken: …" is (conv24). Was: every row dated today. Four languages; the clock is the reader's
`today` (Thursday 3 December 2026, week 49: Mon 30 Nov .. Sun 6 Dec) unless said."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import Outcome, Recognition, recognise

THURSDAY = date(2026, 12, 3)
MONDAY = date(2026, 11, 30)


def rows(found: Recognition) -> list[tuple[str, str | None, date | None, bool]]:
    out = []
    row: Recognition | None = found
    while row is not None:
        assert row.outcome is Outcome.LIKELY, row  # nothing stored unasked
        out.append((row.kind.value if row.kind else "", row.customer, row.when, row.undated))
        row = row.also
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Uka så langt: 3 møter (Tine, Orkla, Kiwi), 2 samtaler",
         [("meeting", "Tine"), ("meeting", "Orkla"), ("meeting", "Kiwi")]),
        ("Denne uka så langt: 2 møter (Tine, Orkla)", [("meeting", "Tine"), ("meeting", "Orkla")]),
        ("Uke 49 så langt: 2 møter (Tine, Kiwi)", [("meeting", "Tine"), ("meeting", "Kiwi")]),
        ("Uka til nå: 2 møter (DNB, Rema)", [("meeting", "DNB"), ("meeting", "Rema")]),
        ("Veckan hittills: 2 möten (Volvo, Scania), 3 samtal",
         [("meeting", "Volvo"), ("meeting", "Scania")]),
        ("Ugen indtil nu: 2 møder (Arla, Matas)", [("meeting", "Arla"), ("meeting", "Matas")]),
        ("Ugen indtil videre: 2 møder (Arla, Matas), 1 tilbud Lego 200k",
         [("meeting", "Arla"), ("meeting", "Matas"), ("offer", "Lego")]),
        ("Week so far: 2 meetings (Sage, Boots), 4 calls", [("meeting", "Sage"), ("meeting", "Boots")]),
        ("This week so far: 2 meetings (Tesco, Ocado)", [("meeting", "Tesco"), ("meeting", "Ocado")]),
    ],
)  # fmt: skip
def test_a_summary_of_the_week_so_far_is_on_the_weeks_monday_said_so(
    text: str, want: list[tuple[str, str]]
) -> None:
    found = recognise(text, today=THURSDAY, known_customers=[])
    assert found.record_all, found.reasons
    assert rows(found) == [(kind, customer, MONDAY, True) for kind, customer in want]


def test_only_a_summary_that_gives_no_day_moves_to_the_monday() -> None:
    # the same words: without a day, Monday's (was: today's); with "i dag" (today), today's;
    # said on the Monday, the week so far is today
    moved = recognise("Uka så langt: 2 møter (Tine, Orkla)", today=THURSDAY, known_customers=[])
    assert rows(moved) == [("meeting", "Tine", MONDAY, True), ("meeting", "Orkla", MONDAY, True)]
    today = recognise(
        "Uka så langt: 2 møter (Tine, Orkla) i dag", today=THURSDAY, known_customers=[]
    )
    assert rows(today) == [
        ("meeting", "Tine", THURSDAY, False),
        ("meeting", "Orkla", THURSDAY, False),
    ]
    monday = recognise("Uka så langt: 2 møter (Tine, Orkla)", today=MONDAY, known_customers=[])
    assert rows(monday) == [("meeting", "Tine", MONDAY, False), ("meeting", "Orkla", MONDAY, False)]
