"""Session 38, through the app: two talks today each by its own hour ("Tesco at 9 and Boots at
4:30pm" posted at 15:30: Tesco's meeting asked as held, Boots' as a plan), and a plan beside
another record kept ("Møte med Kiwi kl 17 i dag, og sendte tilbud til Tine 200k": the offer
asked, Kiwi's meeting asked as a plan; was asked as a meeting held today). Whatever is clicked,
a meeting still to come is never counted as held. The readings: tests/unit/test_capture_lead38.py."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers import buttons, click, leads, post, record_all, set_up_team, stored, text_of

KARI = "U0KARI"
THURSDAY = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)  # 15:30 in Oslo
AT_HALF_PAST_THREE = "1796308200.000100"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    return set_up_team(slack)


def _click_all(team, notes, answer: str) -> None:  # type: ignore[no-untyped-def]
    for note in notes:
        [button] = [b for b in buttons(note.params) if b["value"].endswith("|" + answer)]
        click(team, KARI, button, idle=True)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("text", "asked", "held"),
    [
        ("Møte med Kiwi kl 17 i dag, og sendte tilbud til Tine 200k",
         ["tilbud* til *Tine", "Planlegge *et møte* med *Kiwi"], [("offer", "Tine")]),
        ("two meetings today: Tesco at 9 and Boots at 4:30pm",
         ["*Tesco*", "Planlegge *et møte* med *Boots"], [("meeting", "Tesco")]),
        ("møte med Tine kl. 9 og Kiwi kl 16 i dag",
         ["*Tine*", "Planlegge *et møte* med *Kiwi"], [("meeting", "Tine")]),
    ],
)  # fmt: skip
def test_a_talk_still_to_come_is_asked_as_a_plan(team, text: str, asked, held) -> None:  # type: ignore[no-untyped-def]
    notes = post(team, text, AT_HALF_PAST_THREE, user=KARI)
    said = [text_of(n.params) for n in notes]
    assert len(said) == len(asked), said
    for words, question in zip(asked, said, strict=True):
        assert words in question, said
    plans = [n for n in notes if any(b["value"].endswith("|plan") for b in buttons(n.params))]
    assert len(plans) == 1, said
    _click_all(team, plans, "plan")
    _click_all(team, [n for n in notes if n not in plans], "record")
    rows = sorted((r["kind"], r["customer"], str(r["date"])) for r in stored(team))
    assert rows == sorted((kind, customer, "2026-12-03") for kind, customer in held), rows


@pytest.mark.backends("sqlite")
def test_a_list_on_the_coming_weekday_is_each_asked_as_a_plan(team) -> None:  # type: ignore[no-untyped-def]
    notes = post(team, "møte med Kiwi, Tine og Orkla på tirsdag", AT_HALF_PAST_THREE, user=KARI)
    said = [text_of(n.params) for n in notes]
    assert said == [
        f"Planlegge *et møte* med *{name}* tir. 8. des. 2026?" for name in ("Kiwi", "Tine", "Orkla")
    ], said
    _click_all(team, notes, "plan")
    assert stored(team) == []  # planned, none held


@pytest.mark.backends("sqlite")
def test_counted_calls_beside_a_booking_are_all_recorded(team) -> None:  # type: ignore[no-untyped-def]
    record_all(
        team,
        "I dag: 3 samtaler - Tine, Kiwi, Rema. Møte booket med Rema fredag kl 10",
        AT_HALF_PAST_THREE,
        user=KARI,
    )
    rows = sorted((r["kind"], r["customer"], str(r["date"])) for r in stored(team))
    assert rows == [("call", name, "2026-12-03") for name in ("Kiwi", "Rema", "Tine")], rows
    [rema] = [lead for lead in leads(team) if lead.next_step_due is not None]
    assert rema.next_step_due == date(2026, 12, 4), rema
