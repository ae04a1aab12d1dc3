"""mendE32 through the app: a correction to an offer or a win, with no amount said, has no "Log
another" button, and its question no longer asks "Or were these others?" (was asked with no
button to answer it)."""

from __future__ import annotations

import pytest

from storage.db import make_session_factory, session_scope
from storage.models import Customer
from tests.helpers import bare_amounts_in, buttons, click, leads, post, stored, text_of
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


ALEX, LARS, METTE = "U0ALEX", "U0LARS", "U0METTE"


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


def _listed(team) -> list[str]:  # type: ignore[no-untyped-def]
    """The customer list: those not taken off it."""
    with session_scope(make_session_factory(team.engine)) as session:
        return [c.name for c in session.query(Customer) if c.removed_at is None]


def _lead_steps(team) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    return {lead.customer.name: (lead.next_step, str(lead.next_step_due)) for lead in leads(team)}


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("user", "plan", "customer", "undone"),
    [
        (KARI, "Booket en demo med Statkraft på torsdag", "Statkraft", "Tatt tilbake: *møte*"),
        (ALEX, "Demo fixed with Pret for Thursday", "Pret", "Taken back: *meeting*"),
        (LARS, "Bokade ett möte med Volvo på fredag", "Volvo", "Ångrat: *möte*"),
        (METTE, "Har booket et møde med Lego på fredag", "Lego", "Fortrudt: *møde*"),
    ],
)
def test_a_plan_from_the_channel_has_an_undo(  # type: ignore[no-untyped-def]
    team, user: str, plan: str, customer: str, undone: str
) -> None:
    """mendE32: a plan read from a channel message ("Booket en demo med Statkraft på torsdag")
    is confirmed with an Undo, as a record is; the click takes the plan's lead (made by it) and
    customer back, and the ✅; a double click takes it back once. Was: no Undo."""
    [note] = post(team, plan, TS[1], user=user)
    [undo] = buttons(note.params)
    assert undo["action_id"] == "activity_undo", undo
    assert customer in _lead_steps(team)
    reply = click(team, user, undo, idle=True)
    again = click(team, user, undo, idle=True)
    assert undone in text_of(reply.reply()), text_of(reply.reply())
    said_again = text_of(again.reply())
    assert any(w in said_again for w in ("already", "allerede", "redan")), said_again
    assert customer not in _lead_steps(team) and _listed(team) == []
    assert stored(team) == []
    assert [c.params["timestamp"] for c in team.api.calls_to("reactions.remove")] == [TS[1]]


@pytest.mark.backends("sqlite")
def test_a_plans_undo_puts_the_step_before_it_back(team) -> None:  # type: ignore[no-untyped-def]
    _logged(team, "Møte med DNB i dag, neste møte fredag", TS[0])
    before = _lead_steps(team)["DNB"]
    assert before == ("møte", "2026-12-04"), before
    [note] = post(team, "Bokade ett möte med DNB på tisdag", TS[1], user=KARI)
    assert _lead_steps(team)["DNB"] == ("møte", "2026-12-08"), _lead_steps(team)
    [undo] = buttons(note.params)
    click(team, KARI, undo, idle=True)
    assert _lead_steps(team)["DNB"] == before
    assert _rows(team) == [("meeting", "DNB", "2026-12-02")]  # the meeting held stays counted
    assert _listed(team) == ["DNB"]
