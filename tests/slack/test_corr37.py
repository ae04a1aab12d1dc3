"""Session 37, through the app: a correction said with no correction word, the record named
first in its definite form ("møtet med Tine var i går, ikke i dag", "tilbudet gikk til Coop,
ikke Rema", "the meeting with Boots was yesterday, not today") mends that record once the author
clicks, as "Rettelse: …" does (was: nothing read, the wrong record left counted); news that only
sounds like one ("møtet med Tine var bra, ikke noe tilbud ennå") mends nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, post, set_up_team, stored, text_of

KARI = "U0KARI"
TUESDAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
FIRST, SECOND = "1764579600.000100", "1764579900.000100"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    return set_up_team(slack)


def _asked(team, first: str, correction: str):  # type: ignore[no-untyped-def]
    for asked in post(team, first, FIRST, user=KARI):
        held = [b for b in buttons(asked.params) if b["value"].endswith("|record")]
        if held:
            click(team, KARI, held[0], idle=True)
    notes = post(team, correction, SECOND, user=KARI)
    return notes, {b["value"].rsplit("|", 1)[1]: b for n in notes for b in buttons(n.params)}


def _rows(team):  # type: ignore[no-untyped-def]
    return sorted((r["kind"], r["customer"], str(r["date"]), r["amount"]) for r in stored(team))


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("first", "correction", "after"),
    [
        ("Møte med Tine i dag", "møtet med Tine var i går, ikke i dag",
         ("meeting", "Tine", "2026-11-30", None)),
        ("Meeting with Boots today", "the meeting with Boots was yesterday, not today",
         ("meeting", "Boots", "2026-11-30", None)),
        ("Sendte tilbud til Rema 200k", "tilbudet gikk til Coop, ikke Rema",
         ("offer", "Coop", "2026-12-01", 200000)),
        ("Skickade offert till ICA 300k", "Offerten till ICA var 400k inte 300k",
         ("offer", "ICA", "2026-12-01", 400000)),
        ("Møde med Lego i dag", "mødet med Lego var i går, ikke i dag",
         ("meeting", "Lego", "2026-11-30", None)),
        ("Møte med Rema i dag", "Rettelse: møtet i dag var med Coop, ikke Rema",
         ("meeting", "Coop", "2026-12-01", None)),
    ],
)  # fmt: skip
def test_a_correction_without_its_word_mends_the_record_once(  # type: ignore[no-untyped-def]
    team, first: str, correction: str, after: tuple
) -> None:
    before = _rows(team)
    notes, options = _asked(team, first, correction)
    assert len(_rows(team)) == len(before) + 1
    assert "mend" in options, [text_of(n.params) for n in notes]
    click(team, KARI, options["mend"], idle=True)
    click(team, KARI, options["mend"], idle=True)  # a double click mends it once
    assert _rows(team) == [after]


@pytest.mark.backends("sqlite")
def test_news_that_sounds_like_a_correction_mends_nothing(team) -> None:  # type: ignore[no-untyped-def]
    _notes, options = _asked(
        team, "Møte med Tine i dag", "møtet med Tine var bra, ikke noe tilbud ennå"
    )
    assert "mend" not in options
    assert _rows(team) == [("meeting", "Tine", "2026-12-01", None)]
