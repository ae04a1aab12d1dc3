"""Session 25, through the app: a correction posted in the channel after the record it
corrects ("Vant Nammo 320k", then "Rettelse: Nammo var 350k, ikke 320k") was asked as a NEW
win, and "Record" (then "Log it again", the only way on) counted the deal twice. Now the
question names the record posted before: "Change it to kr 350 000" mends that record in place
(one win, 350 000; once on a double click); "Log another" is a deal of its own, in the currency
the question said; a record undone meanwhile is not mended."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, post, set_up_team, stored, text_of

KARI = "U0KARI"
TUESDAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
FIRST, SECOND = "1764579600.000100", "1764579900.000100"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)  # never the real clock
    return set_up_team(slack)


def _question(team, first: str, correction: str):  # type: ignore[no-untyped-def]
    post(team, first, FIRST, user=KARI)
    [note] = post(team, correction, SECOND, user=KARI)
    said = text_of(note.params).replace("\xa0", " ")
    return said, {b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)}


def _rows(team):  # type: ignore[no-untyped-def]
    return [(r["kind"], r["customer"], r["amount"], r["currency"]) for r in stored(team)]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_correction_mends_the_record_it_names_once(team) -> None:  # type: ignore[no-untyped-def]
    said, options = _question(team, "Vant Nammo 320k 🎉", "Rettelse: Nammo var 350k, ikke 320k")
    assert "kr 320 000" in said and "kr 350 000" in said, said
    assert list(options) == ["mend", "another", "not_a_sale"], options
    reply = click(team, KARI, options["mend"], idle=True)
    click(team, KARI, options["mend"], idle=True)  # a double click mends it once
    assert _rows(team) == [("win", "Nammo", 350000, "NOK")]
    done = text_of(reply.reply()).replace("\xa0", " ")
    assert "kr 350 000" in done and "kr 320 000" in done, done


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_another_deal_is_logged_in_the_currency_the_question_said(team) -> None:  # type: ignore[no-untyped-def]
    _said, options = _question(
        team, "Sendt tilbud til Vodafone, 75k GBP", "Korreksjon: Vodafone var 80k ikke 75k"
    )
    click(team, KARI, options["another"], idle=True)
    assert sorted(_rows(team)) == [
        ("offer", "Vodafone", 75000, "GBP"),
        ("offer", "Vodafone", 80000, "GBP"),
    ]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_record_undone_meanwhile_is_not_mended(team) -> None:  # type: ignore[no-untyped-def]
    [logged] = post(team, "Vant Nammo 320k 🎉", FIRST, user=KARI)
    [note] = post(team, "Rettelse: Nammo var 350k, ikke 320k", SECOND, user=KARI)
    [undo] = [b for b in buttons(logged.params) if "undo" in b["action_id"]]
    click(team, KARI, undo, idle=True)
    [mend] = [b for b in buttons(note.params) if b["value"].endswith("|mend")]
    reply = click(team, KARI, mend, idle=True)
    assert _rows(team) == []
    said = text_of(reply.reply())
    assert "nothing was changed" in said or "ingenting ble endret" in said, said
