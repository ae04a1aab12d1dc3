"""Session 26 (days26): a summary of the week so far that counts a customer inside its brackets
("3 samtaler (Tine x2, Orkla)") keeps those rows, the customer's as many times as said (was: the
whole item dropped unsaid, two of three calls lost). Thursday 3 Dec 2026: the week's Monday is
30 Nov, each row on it, said so (conv25)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import Outcome, Recognition, recognise

THURSDAY = date(2026, 12, 3)
MONDAY = date(2026, 11, 30)


def rows(found: Recognition) -> list[tuple[str, str | None, int]]:
    out = []
    row: Recognition | None = found
    while row is not None and row.outcome is not Outcome.NOTHING:
        assert row.outcome is Outcome.LIKELY and row.when == MONDAY and row.undated, row
        out.append((row.kind.value if row.kind else "", row.customer, row.times))
        row = row.also
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Uka så langt: 2 møter (Equinor, Telenor), 3 samtaler (Tine x2, Orkla)",
         [("meeting", "Equinor", 1), ("meeting", "Telenor", 1), ("call", "Tine", 2), ("call", "Orkla", 1)]),
        ("Uka så langt: 3 samtaler (Tine x2, Orkla)", [("call", "Tine", 2), ("call", "Orkla", 1)]),
        ("Week so far: 2 meetings (Tesco, Boots), 4 calls (Ocado x3, Aldi)",
         [("meeting", "Tesco", 1), ("meeting", "Boots", 1), ("call", "Ocado", 3), ("call", "Aldi", 1)]),
        ("Veckan hittills: 3 samtal (ICA 2x, Coop)", [("call", "ICA", 2), ("call", "Coop", 1)]),
        ("Ugen indtil nu: 3 opkald (Arla ×2, Lego)", [("call", "Arla", 2), ("call", "Lego", 1)]),
    ],
)  # fmt: skip
def test_a_customer_counted_in_a_summarys_brackets_is_kept_that_many_times(
    text: str, want: list[tuple[str, str, int]]
) -> None:
    found = recognise(text, today=THURSDAY, known_customers=[])
    assert found.record_all, found.reasons
    assert rows(found) == want
