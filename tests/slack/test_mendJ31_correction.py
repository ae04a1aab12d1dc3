"""mendJ31 item 2, through the app: a correction naming a customer the seller has no record of
that kind with ("Rettelse: møtet med Kiwi var i går, ikke i dag", after a meeting with Tine) never
offers to move another customer's record: it says there is none to move and offers to log one on
the day said, nothing stored before the click."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, post, set_up_team, stored, text_of

KARI = "U0KARI"
WEDNESDAY = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
FIRST, SECOND = "1764579600.000100", "1764579900.000100"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    return set_up_team(slack)


def _logged(team, text: str) -> None:  # type: ignore[no-untyped-def]
    for asked in post(team, text, FIRST, user=KARI):
        held = [b for b in buttons(asked.params) if b["value"].endswith("|record")]
        if held:
            click(team, KARI, held[0], idle=True)


def _rows(team):  # type: ignore[no-untyped-def]
    return sorted((r["kind"], r["customer"], str(r["date"])) for r in stored(team))


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("correction", "customer", "day"),
    [
        ("Rettelse: møtet med Kiwi var i går, ikke i dag", "Kiwi", "2026-12-01"),
        ("Rettelse: mødet med Maersk var i mandags, ikke i dag", "Maersk", "2026-11-30"),
        ("Correction: the meeting with Tesco was yesterday, not today", "Tesco", "2026-12-01"),
    ],
)
def test_no_record_of_the_customer_named_offers_one_on_the_day(  # type: ignore[no-untyped-def]
    team, correction: str, customer: str, day: str
) -> None:
    _logged(team, "Møte med Tine i dag")
    assert _rows(team) == [("meeting", "Tine", "2026-12-02")]
    [note] = post(team, correction, SECOND, user=KARI)
    said = text_of(note.params).replace("\xa0", " ")
    assert "Tine" not in said and customer in said, said
    assert "møte med" in said and "å flytte" in said, said  # Kari's team speaks nb
    options = {b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)}
    assert list(options) == ["record", "cancel"], options
    assert _rows(team) == [("meeting", "Tine", "2026-12-02")]  # nothing before the click
    click(team, KARI, options["record"], idle=True)
    click(team, KARI, options["record"], idle=True)  # a double click logs it once
    assert _rows(team) == sorted([("meeting", "Tine", "2026-12-02"), ("meeting", customer, day)])


@pytest.mark.backends("sqlite")
def test_a_record_of_the_customer_named_is_still_moved(team) -> None:  # type: ignore[no-untyped-def]
    _logged(team, "Møte med Tine i dag")
    [note] = post(team, "Rettelse: møtet med Tine var i går, ikke i dag", SECOND, user=KARI)
    options = {b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)}
    assert list(options) == ["mend", "another", "not_a_sale"], options
