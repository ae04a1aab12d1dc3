"""heldmsg33 through the app (Wed 2 Dec 2026, Kari: nb). A correction said with numbers alone
("ment 450 not 540") changes the author's own record whose amount was the number denied, in that
record's scale, once; with no such record it changes nothing and logs nothing. An unanswered call
said with a count is asked with its note on the line after the question (was: a blank line)."""

from __future__ import annotations

import pytest

from tests.helpers import click, post, stored, text_of
from tests.slack.test_views32 import KARI, TS, _asked, _logged
from tests.slack.test_views32 import team as team  # noqa: F401  (the fixture)


def _amounts(team):  # type: ignore[no-untyped-def]
    return sorted((r["kind"], r["customer"], int(r["amount"])) for r in stored(team))


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("logged", "correction", "said", "after"),
    [
        ("Vant Spotify 540k", "ment 450 not 540", "Endre det til kr 450 000", "450000"),
        ("Vant Spotify 540k", "mente 450, ikke 540 🙈", "Endre det til kr 450 000", "450000"),
        ("Sendte tilbud til Spotify på 1,2 mill", "Rettelse: ikke 1,2 men 2,1", "kr 2 100 000", "2100000"),
    ],
)
def test_numbers_alone_change_the_record_in_its_scale_once(  # type: ignore[no-untyped-def]
    team, logged: str, correction: str, said: str, after: str
) -> None:
    _logged(team, "Sendte tilbud til Tine på 300k i dag", TS[0])  # another amount: not this one
    _logged(team, logged, TS[1])
    told, options = _asked(team, correction, TS[2])
    assert said in told and "Spotify" in told, told
    click(team, KARI, options["mend"], idle=True)
    click(team, KARI, options["mend"], idle=True)  # a double click changes it once
    kind = "win" if logged.startswith("Vant") else "offer"
    rows = _amounts(team)
    assert len(rows) == 2 and (kind, "Spotify") in [r[:2] for r in rows], rows
    assert [r[2] for r in rows if r[1] == "Spotify"] == [int(after)], rows
    assert [r[2] for r in rows if r[1] == "Tine"] == [300000], rows


@pytest.mark.backends("sqlite")
def test_numbers_alone_with_no_record_of_that_amount_change_nothing(team) -> None:  # type: ignore[no-untyped-def]
    _logged(team, "Vant Spotify 540k", TS[0])
    [note] = post(team, "ment 450 not 640", TS[1], user=KARI)
    assert "Endre" not in text_of(note.params), text_of(note.params)  # nothing to change
    assert _amounts(team) == [("win", "Spotify", 540000)]


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Ringte Telenor 3 ganger, ikke svar", "Registrere dette som *3 samtaler* med *Telenor*?"),
        ("Called Tesco twice, no answer", "Registrere dette som *2 samtaler* med *Tesco*?"),
        (
            "Ringte Yara 2 ganger i går uten svar",
            "Registrere dette som *2 samtaler* med *Yara* tir. 1. des. 2026?",
        ),
    ],
)
def test_a_counted_unanswered_call_shows_its_note_on_the_next_line(  # type: ignore[no-untyped-def]
    team, text: str, question: str
) -> None:
    [asked] = post(team, text, TS[0], user=KARI)
    said = text_of(asked.params).replace("\xa0", " ")
    assert said.startswith(question + "\n• Notat: "), said  # was "?\n\n• Notat: …"
