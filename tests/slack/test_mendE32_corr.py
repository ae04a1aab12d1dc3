"""mendE32 through the app: a correction to an offer or a win, with no amount said, has no "Log
another" button, and its question no longer asks "Or were these others?" (was asked with no
button to answer it)."""

from __future__ import annotations

import pytest

from tests.helpers import bare_amounts_in, buttons, click, post, stored, text_of
from tests.slack.test_views32 import KARI, TS, _asked, _logged, _rows
from tests.slack.test_views32 import team as team  # noqa: F401  (the fixture)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("logged", "correction", "kind"),
    [
        ("Ringte Telenor x3", "Rettelse: det var et tilbud, ikke samtaler", "offer"),
        ("Ringte Telenor x3", "correction: it was an offer, not calls", "offer"),
        ("Møte med Telenor i dag", "Korrigering: det var en offert, inte ett möte", "offer"),
        ("Møte med Telenor i dag", "Correction: it was a win, not a meeting", "win"),
    ],
)
def test_no_other_one_is_asked_about_without_its_button(  # type: ignore[no-untyped-def]
    team, logged: str, correction: str, kind: str
) -> None:
    _logged(team, logged)
    said, options = _asked(team, correction, TS[1])
    assert list(options) == ["mend", "not_a_sale"], options
    assert "Eller var dette" not in said and said.endswith("Ingenting lagres før du velger."), said
    assert ("blir én" in said) == ("x3" in logged), said
    assert len(_rows(team)) == (3 if "x3" in logged else 1)


LARS, METTE = "U0LARS", "U0METTE"


def _asked_by(team, user: str, text: str, ts: str):  # type: ignore[no-untyped-def]
    [note] = post(team, text, ts, user=user)
    return text_of(note.params).replace("\xa0", " "), {
        b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)
    }


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("user", "correction", "said"),
    [
        # a Swede's and a Dane's bare amount in a NOK team: asked at the click, so shown bare
        (LARS, "Korrigering: offerten till Spotify var 450k", "*Spotify*, 450 000, ons"),
        (LARS, "Korrigering: offerten till Spotify var 450 000", "*Spotify*, 450 000, ons"),
        (METTE, "Rettelse: tilbuddet til Pandora var 300.000", "*Pandora*, 300.000, ons"),
        (METTE, "Rettelse: tilbuddet til Pandora var 300 tkr", "*Pandora*, 300.000, ons"),
        (METTE, "Rettelse: handlen med Pandora var 300.000", "*Pandora*, 300.000, ons"),
        # its currency said, or the team's own krone: shown as it will be stored
        (LARS, "Korrigering: offerten till Spotify var 450 000 SEK", "*Spotify*, 450 000 SEK, ons"),
        (KARI, "Rettelse: tilbudet til Orkla var 450k", "*Orkla*, kr 450 000, ons"),
    ],
)
def test_a_new_logs_amount_shows_the_currency_it_will_be_stored_in(  # type: ignore[no-untyped-def]
    team, user: str, correction: str, said: str
) -> None:
    text, options = _asked_by(team, user, correction, TS[1])
    assert said in text, text
    assert list(options) == ["record", "cancel"], options
    reply = click(team, user, options["record"], idle=True)
    after = text_of(reply.reply()).replace("\xa0", " ")
    asked = "SEK eller NOK?" in after or "DKK eller NOK?" in after
    assert asked == (", ons" in said and "SEK" not in said and "kr " not in said), after
    assert len(stored(team)) == (0 if asked else 1)


@pytest.mark.backends("sqlite")
def test_a_swedes_chosen_krone_is_shown_with_its_code(team) -> None:  # type: ignore[no-untyped-def]
    bare_amounts_in(team, "SEK", LARS)
    text, options = _asked_by(team, LARS, "Korrigering: offerten till Spotify var 450k", TS[1])
    assert "*Spotify*, 450 000 SEK, ons" in text, text
    click(team, LARS, options["record"], idle=True)
    [row] = stored(team)
    assert (row["customer"], str(row["amount"]), row["currency"]) == ("Spotify", "450000", "SEK")
