"""mendC29 (review29 items 8 and 10), end to end as Slack sends it, the clock on Tue 1 Dec 2026.
"Record all" says what it stored and what waits for an answer (was "Recorded all 0", or "all 2"
of a list of 4); the rows that one answer settles are one question: a Dane's or a Swede's bare
amounts in a NOK team ("I'll use your answer from now on": was a question an amount, the second
left open after the first was answered), the same pair of customers sent twice ("another one, or
the same?": was a question a customer)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.helpers import buttons, click, option, post, set_up_team, stored, text_of

KARI, LARS, METTE = "U0KARI", "U0LARS", "U0METTE"
TUESDAY = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
DANE = "Sidste uge: man møde med Salling, ons tilbud Coop 85 tkr, fre vandt Netto 40 tkr"
SWEDE = "Förra veckan: tis offert Coop 200 tkr, tor vann ICA 1,2 mkr"


def _click(team: Any, user: str, button: dict[str, Any]) -> list[dict[str, Any]]:
    """`user` clicks `button`: every message the click's response URL was sent, in order."""
    n = len(team.api.calls)
    click(team, user, button, idle=True)
    return [c.params for c in team.api.calls[n:] if c.method == "response_url"]


def _rows(team: Any) -> list[tuple[str, str, str, str]]:
    return sorted(
        (r["customer"], r["kind"], str(r["amount"] or ""), r["currency"] or "")
        for r in stored(team)
    )


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("who", "locale", "text", "said", "answer", "want"),
    [
        (
            METTE,
            "da-DK",
            DANE,
            "Registreret 1 af 3:",
            "currency:DKK",
            [("Coop", "offer", "85000", "DKK"), ("Netto", "win", "40000", "DKK")],
        ),
        (
            LARS,
            "sv-SE",
            SWEDE,
            "Inget är registrerat än.",
            "currency:SEK",
            [("Coop", "offer", "200000", "SEK"), ("ICA", "win", "1200000", "SEK")],
        ),
        (METTE, "da-DK", DANE, "Registreret 1 af 3:", "cancel", []),
    ],
)
def test_a_week_list_with_bare_amounts_is_one_currency_question(  # type: ignore[no-untyped-def]
    slack, clock, who: str, locale: str, text: str, said: str, answer: str, want: list
) -> None:
    """Item 8: the confirmation says what was stored and lists what waits (never "all 0", nor
    "all 2" of 4); one currency question names both amounts, and its one answer stores both
    (was: the 40 000 still asked after "85 000 DKK", "used from now on" untrue)."""
    clock.set(TUESDAY)
    team = set_up_team(slack, locales={who: locale}, idle=True)
    [note] = post(team, text, "1796114800.000100", user=who)
    replies = _click(team, who, option(note.params, "record_all"))
    confirmation, *asked = replies
    told = text_of(confirmation)
    assert said in told and " 0:" not in told, told
    assert "Coop" in told and ("Netto" in told or "ICA" in told), told
    questions = [q for q in asked if buttons(q)]
    assert len(questions) == 1, [text_of(q) for q in asked]
    question = text_of(questions[0]).replace("\xa0", " ")
    assert ("85.000, 40.000" in question) or ("200 000, 1 200 000" in question), question
    held = [r for r in _rows(team) if r[0] not in ("Salling",)]
    assert held == [], held
    [after] = _click(team, who, option(questions[0], answer))
    assert [r for r in _rows(team) if r[0] != "Salling"] == want
    if want:
        # views34: two are "both" ("Registrerede begge:", "Registrerade båda:"; was "alle 2:")
        said = text_of(after)
        assert ("begge:" in said or "båda:" in said) and "Coop" in said, said
    # the same button again: answered already, nothing stored twice
    _click(team, who, option(questions[0], answer))
    assert [r for r in _rows(team) if r[0] != "Salling"] == want


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(("answer", "want"), [("another", 4), ("same", 2)])
def test_two_customers_sent_twice_is_one_question_for_both(  # type: ignore[no-untyped-def]
    slack, clock, answer: str, want: int
) -> None:
    """Item 10: "Møtte Tine og Orkla i dag" twice, both "Two customers" clicked: the second says
    nothing is recorded yet and asks once, for both, another of each or the same (was "Recorded
    all 0" and a question a customer)."""
    clock.set(TUESDAY)
    team = set_up_team(slack, idle=True)
    [first] = post(team, "Møtte Tine og Orkla i dag", "1796114800.000100", user=KARI)
    [second] = post(team, "Møtte Tine og Orkla i dag", "1796114900.000100", user=KARI)
    _click(team, KARI, option(first.params, "record"))
    assert len(stored(team)) == 2
    confirmation, *asked = _click(team, KARI, option(second.params, "record"))
    told = text_of(confirmation)
    assert "Ingenting er registrert ennå." in told and "alle 0" not in told, told
    assert "Tine" in told and "Orkla" in told, told
    questions = [q for q in asked if buttons(q)]
    assert len(questions) == 1, [text_of(q) for q in asked]
    question = text_of(questions[0])
    assert "*Tine*, *Orkla*" in question, question
    _click(team, KARI, option(questions[0], answer))
    assert len(stored(team)) == want
    assert {r["customer"] for r in stored(team)} == {"Tine", "Orkla"}
