"""Session 38, the log commands through the app: an offer's revision said before its customer,
written small ("/logoffer revidert Tine 320k", "revised Tesco 45k", "v2 Tesco 45k") revises the
open offer, as "Tine revidert 320k" does (was: a new customer "revidert Tine" with an offer of
its own, counted twice; "v2" read as a day and refused)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import customers, set_up_team, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
THURSDAY = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)  # 10:00 in Oslo


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    return set_up_team(slack)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("first", "revision", "customer"),
    [
        ("Tine 350k", "revidert Tine 320k", "Tine"),
        ("Tesco 50k", "revised Tesco 45k", "Tesco"),
        ("Tesco 50k", "v2 Tesco 45k", "Tesco"),
    ],
)
def test_a_revision_said_first_revises_the_open_offer(  # type: ignore[no-untyped-def]
    team, first: str, revision: str, customer: str
) -> None:
    team.driver.command("/logoffer", first, KARI, CHANNEL)
    said = text_of(team.driver.command("/logoffer", revision, KARI, CHANNEL).reply())
    said = said.replace("\xa0", " ")
    assert "Revidert fra" in said, said
    assert customers(team) == [customer]


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("text", ["Boots & Greggs i dag", "Tine & Kiwi i dag"])
def test_two_names_joined_by_an_ampersand_are_asked(team, text: str) -> None:  # type: ignore[no-untyped-def]
    said = text_of(team.driver.command("/logmeeting", text, KARI, CHANNEL).reply())
    assert "én kunde eller to" in said, said  # was one customer "Boots & Greggs", stored
    assert customers(team) == []


@pytest.mark.backends("sqlite")
def test_words_of_ours_joined_by_an_ampersand_stay_one_name(team) -> None:  # type: ignore[no-untyped-def]
    team.driver.command("/logmeeting", "Tapt & Funnet i dag", KARI, CHANNEL)
    assert customers(team) == ["Tapt & Funnet"]
