"""Who is asking, built once per set of rows read (pgack27): `requester.resolve` keeps the Who it
made for each (workspace, user) with the rows it made it from, and answers the same Who when the
rows read now are equal to those and its day and admin flag are still the same at `now`.

- Proved: for every row set and clock (languages, locales, time zones, teams and channel teams,
  currencies, ceilings, bare currencies, the manager flag, profiles read 5 minutes to 2 days
  ago, midnight in each time zone), the kept answer equals a Who made afresh; a change in any row
  value, the day turning where the person is, or an admin flag going stale is made afresh;
  someone in no team in a team's channel (who may join it) is never answered from it; a person
  forgotten (erased) leaves nothing kept.
- The rows themselves are read by every request (one statement): a changed role, team,
  language or away period is read as it is now (tests/storage/test_requester_rows.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.services import requester
from bot.services.requester import Found
from storage.repositories import SellerRow, TeamRow

WS, USER = "TCUT27", "UCUT27"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


class NoSession:
    """A session a requester made from its rows alone never touches."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the session was used ({name})")


def _clear() -> None:
    getattr(requester, "_resolved", {}).clear()


def _resolve(found: Found, now: datetime, *, kept: bool) -> requester.Who:
    if not kept:
        _clear()
    return requester.resolve(NoSession(), WS, USER, "CCUT27", now, found=found)  # type: ignore[arg-type]


teams = st.builds(
    TeamRow,
    id=st.sampled_from([1, 2]),
    language=st.sampled_from(["nb", "sv", "da", "en"]),
    timezone=st.sampled_from(["Europe/Oslo", "America/New_York", "Asia/Tokyo"]),
    currency=st.sampled_from(["NOK", "SEK", "DKK", "EUR"]),
    amount_ceiling=st.sampled_from([None, Decimal("5000000"), Decimal("1e6")]),
)
sellers = st.builds(
    SellerRow,
    id=st.sampled_from([7, 8]),
    team_id=st.sampled_from([1, 2]),
    timezone=st.sampled_from([None, "Europe/Oslo", "Pacific/Auckland", "America/Los_Angeles"]),
    locale=st.sampled_from([None, "en-US", "en-GB", "nb-NO", "sv-SE", "da-DK", "de-DE"]),
    language=st.sampled_from([None, "nb", "sv", "da", "en"]),
    is_workspace_admin=st.booleans(),
    profile_refreshed_at=st.sampled_from(
        [
            None,
            NOW - timedelta(minutes=5),
            NOW - timedelta(minutes=9, seconds=59),
            NOW - timedelta(days=2),
        ]
    ),
    bare_currency=st.sampled_from([None, "NOK", "SEK", "DKK"]),
)
founds = st.builds(
    Found,
    seller=sellers,
    own_team=st.one_of(st.none(), teams),
    channel_team=st.one_of(st.none(), teams),
    added_manager=st.booleans(),
).filter(lambda found: found.channel_team is None or found.seller.team_id is not None)
# Around midnight somewhere, and the admin flag's ten minutes.
nows = st.sampled_from([timedelta(0), timedelta(seconds=1), timedelta(minutes=5), timedelta(hours=11, minutes=59), timedelta(hours=12), timedelta(hours=23, minutes=1)]).map(lambda d: NOW + d)  # fmt: skip


@given(st.lists(st.tuples(founds, nows), min_size=1, max_size=8))
def test_the_kept_requester_is_the_one_made_afresh(steps: list[tuple[Found, datetime]]) -> None:
    _clear()
    for found, now in steps:
        kept = _resolve(found, now, kept=True)
        hints = (
            requester.language_hint(WS, USER),
            requester.place_hint(WS, USER),
            requester._fresh_until.get((WS, USER)),
        )
        made = _resolve(found, now, kept=False)
        assert kept == made
        assert hints == (
            requester.language_hint(WS, USER),
            requester.place_hint(WS, USER),
            requester._fresh_until.get((WS, USER)),
        )
        _resolve(found, now, kept=True)  # kept again for the next step


def _found(**seller: Any) -> Found:
    team = TeamRow(1, "nb", "Europe/Oslo", "NOK", None)
    row = SellerRow(7, 1, "Europe/Oslo", "nb-NO", None, False, NOW - timedelta(hours=1), None)
    return Found(replace(row, **seller), team, team, False)


def test_the_same_rows_give_the_same_requester_without_building_it_again() -> None:
    _clear()
    first = _resolve(_found(), NOW, kept=True)
    assert _resolve(_found(), NOW + timedelta(minutes=1), kept=True) is first


@pytest.mark.parametrize(
    ("change", "now"),
    [
        ({"language": "sv"}, NOW),  # /kpi language
        ({"team_id": 2}, NOW),  # moved to another team
        ({"timezone": "America/New_York"}, NOW),  # travelled
        ({"locale": "en-US"}, NOW),  # Slack's language
        ({"is_workspace_admin": True}, NOW),  # made an admin
        ({}, NOW + timedelta(hours=11, minutes=1)),  # midnight in Oslo: a new day
    ],
)
def test_a_change_or_a_new_day_is_made_afresh(change: dict[str, Any], now: datetime) -> None:
    _clear()
    first = _resolve(_found(), NOW, kept=True)
    again = _resolve(_found(**change), now, kept=True)
    assert again is not first
    assert again == _resolve(_found(**change), now, kept=False)


def test_an_admin_flag_gone_stale_is_made_afresh() -> None:
    _clear()
    found = _found(is_workspace_admin=True, profile_refreshed_at=NOW)
    first = _resolve(found, NOW + timedelta(minutes=9), kept=True)
    assert first.is_admin and first.is_manager
    later = _resolve(found, NOW + timedelta(minutes=11), kept=True)
    assert not later.is_admin and not later.is_manager


def test_someone_in_no_team_in_a_teams_channel_is_never_kept() -> None:
    _clear()
    found = _found(team_id=None)
    with pytest.raises(AssertionError, match="the session was used"):
        _resolve(found, NOW, kept=True)  # joins the channel's team: a write, never kept
    assert (WS, USER) not in getattr(requester, "_resolved", {})


def test_a_forgotten_person_leaves_no_kept_requester() -> None:
    _clear()
    _resolve(_found(), NOW, kept=True)
    assert (WS, USER) in requester._resolved
    requester.forget(WS, USER)
    assert (WS, USER) not in getattr(requester, "_resolved", {})
