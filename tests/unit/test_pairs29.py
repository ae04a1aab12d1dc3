"""pairs29: pairs, lists and counts in a channel message, read as the sellers meant them
(bench/HISTORY.md, session 28's end-of-session runs, items 4 and 9–12)."""

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, recognise

TUESDAY = date(2026, 12, 1)
MEETING, CALL = ActivityKind.MEETING, ActivityKind.CALL


def _chain(
    found: Recognition,
) -> list[tuple[Outcome, ActivityKind | None, str | None, date | None]]:
    rows = []
    step: Recognition | None = found
    while step is not None:
        rows.append((step.outcome, step.kind, step.customer, step.when))
        step = step.also
    return rows


@pytest.mark.parametrize(
    ("text", "kind", "customers", "day"),
    [
        ("Möte med ica och Coop idag", MEETING, ["Ica", "Coop"], TUESDAY),
        ("met tesco and boots today", MEETING, ["Tesco", "Boots"], TUESDAY),
        ("møte med kiwi og Rema i dag", MEETING, ["Kiwi", "Rema"], TUESDAY),
        ("ringte kiwi og bama i går", CALL, ["Kiwi", "Bama"], date(2026, 11, 30)),
        ("Var hos netto og Salling i dag", MEETING, ["Netto", "Salling"], TUESDAY),
        # reversed: the lower-case second was dropped unsaid
        ("met Tesco and boots today", MEETING, ["Tesco", "Boots"], TUESDAY),
        ("Møte med Tine og orkla i dag", MEETING, ["Tine", "Orkla"], TUESDAY),
    ],
)
def test_a_pair_with_a_lower_case_name_asks_both(
    text: str, kind: ActivityKind, customers: list[str], day: date
) -> None:
    """Item 1: a pair whose first (or second) name is lower case recorded nothing (or the
    second was dropped): each asked, on its day."""
    found = recognise(text, today=TUESDAY, known_customers=set())
    assert _chain(found) == [(Outcome.LIKELY, kind, c, day) for c in customers], found


def test_a_swedish_call_to_a_lower_case_name() -> None:
    """Item 1: "ringde till scania igår" recorded nothing ("till" unread as the link)."""
    found = recognise("ringde till scania igår", today=TUESDAY, known_customers=set())
    assert _chain(found) == [(Outcome.SURE, CALL, "Scania", date(2026, 11, 30))], found


@pytest.mark.parametrize(
    "text",
    [
        "met the team and the boss today",
        "møte med sjefen og kona i dag",
        "met mum and dad today",
        "träffade mamma och pappa idag",
    ],
)
def test_chatter_pairs_stay_chatter(text: str) -> None:
    found = recognise(text, today=TUESDAY, known_customers=set())
    assert found.outcome is Outcome.NOTHING, found
