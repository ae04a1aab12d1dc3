"""Session 41, through the app: a remark after a comma is the note of the stored record (was
asked every time); no name at all, or keyboard mash, is refused with nothing stored (was a new
customer "."); the person said with "with" before the company is the note (was a customer "w
John at Shell"); a currency after a price's period is the amount's (was refused). The readings:
tests/unit/test_remarks41.py, tests/unit/test_parse_cmds41.py."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from tests.helpers import buttons, click_answer, customers, leads, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
FRIDAY = datetime(2026, 12, 4, 14, 30, tzinfo=UTC)


def rows(team):  # type: ignore[no-untyped-def]
    return [(r["kind"], r["customer"], r["date"], r["note"]) for r in stored(team)]


def test_a_remark_after_a_comma_is_stored_as_the_note(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    text = "Aker BP i går, gikk bra. neste: demo fredag"
    reply = team.driver.command("/logmeeting", text, KARI, CHANNEL).reply()
    assert [b["action_id"] for b in buttons(reply)] == ["activity_undo"], text_of(reply)
    assert "gikk bra" in text_of(reply)
    assert rows(team) == [("meeting", "Aker BP", "2026-12-03", "gikk bra")]


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("text", [".", "asdf qwer"])
def test_no_name_is_refused_and_nothing_stored(slack, clock, text) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    reply = team.driver.command("/logcall", text, KARI, CHANNEL).reply()
    said = text_of(reply)
    assert "Hvilken kunde?" in said and "/logcall" in said, said
    assert buttons(reply) == [] and stored(team) == [] and customers(team) == []


@pytest.mark.backends("sqlite")
def test_the_person_with_the_seller_is_the_note(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    text = "yesterday w John at Shell, warm, follow up Monday"
    reply = team.driver.command("/logcall", text, KARI, CHANNEL).reply()
    assert [b["action_id"] for b in buttons(reply)] == ["activity_undo"], text_of(reply)
    assert rows(team) == [("call", "Shell", "2026-12-03", "John")]
    assert customers(team) == ["Shell"]


@pytest.mark.backends("sqlite")
def test_a_currency_after_the_period_asks_about_the_price_per_quarter(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    reply = team.driver.command("/logoffer", "Tryg 300k/kvartal DKK", KARI, CHANNEL).reply()
    said = text_of(reply)
    assert "300k DKK/kvartal" in said and "DKK 300\u00a0000" in said, said
    assert _ids(reply) == ["log_answer_0", "log_answer_1", "log_answer_2"], said
    assert stored(team) == []


@pytest.mark.backends("sqlite")
def test_a_years_price_with_its_currency_after_is_stored_as_typed(slack, clock) -> None:  # type: ignore[no-untyped-def]
    # session 64: a year's price with no term is the deal's value, its words the note (was asked
    # with two buttons storing the same amount)
    clock.set(FRIDAY)
    team = set_up_team(slack)
    reply = team.driver.command("/logoffer", "Tryg 300k/år DKK", KARI, CHANNEL).reply()
    assert not any(b["action_id"].startswith("log_answer") for b in buttons(reply)), text_of(reply)
    rows = [(r["customer"], r["kind"], r["amount"], r["currency"], r["note"]) for r in stored(team)]
    assert rows == [("Tryg", "offer", Decimal(300_000), "DKK", "300k DKK/år")], text_of(reply)


def _ids(reply):  # type: ignore[no-untyped-def]
    return [b["action_id"] for b in buttons(reply)]


def _options(reply):  # type: ignore[no-untyped-def]
    return {b["value"].split("|")[-1]: b for b in buttons(reply) if "|" in b["value"]}


STEP_NO_DAY = "Vinmonopolet i går, møte m/ innkjøpssjef. Neste: sende tilbud"


def test_a_next_step_with_no_day_asks_by_which_day(slack, clock) -> None:  # type: ignore[no-untyped-def]
    # was refused ("Neste steg trenger en dato"), the meeting lost unless typed again
    clock.set(FRIDAY)
    team = set_up_team(slack)
    result = team.driver.command("/logmeeting", STEP_NO_DAY, KARI, CHANNEL)
    reply = result.reply()
    said = text_of(reply)
    assert "neste steg *sende tilbud*, uten noen dag" in said, said
    options = _options(reply)
    assert list(options) == [
        "step:2026-12-07",
        "step:2026-12-11",
        "step:2026-12-18",
        "step_note",
        "edit",
    ], said
    assert stored(team) == []
    click_answer(team, KARI, options["step:2026-12-07"], result)
    assert rows(team) == [("meeting", "Vinmonopolet", "2026-12-03", "møte m/ innkjøpssjef")]
    assert [(lead.next_step, lead.next_step_due) for lead in leads(team)] == [
        ("sende tilbud", date(2026, 12, 7))
    ]


@pytest.mark.backends("sqlite")
def test_a_next_step_with_no_day_kept_as_the_note(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    text = "Marks & Spencer last Tue, good convo. next: send proposal"
    result = team.driver.command("/logmeeting", text, KARI, CHANNEL)
    reply = result.reply()
    click_answer(team, KARI, _options(reply)["step_note"], result)
    assert rows(team) == [
        ("meeting", "Marks & Spencer", "2026-12-01", "good convo; next: send proposal")
    ]
    assert not any(lead.next_step_due for lead in leads(team))


@pytest.mark.backends("sqlite")
def test_an_amount_alone_after_a_talk_asks_for_the_offer_too(slack, clock) -> None:  # type: ignore[no-untyped-def]
    # was "could not read «2,5 MSEK»": store as read (the amount a note) or the form only
    clock.set(FRIDAY)
    team = set_up_team(slack)
    result = team.driver.command("/logcall", "Elgiganten i går 2,5 MSEK", KARI, CHANNEL)
    reply = result.reply()
    said = text_of(reply)
    assert "*et tilbud* med *Elgiganten*" in said and "SEK 2 500 000" in said.replace("\u00a0", " ")
    assert list(_options(reply)) == ["both", "as_read", "edit"], said
    click_answer(team, KARI, _options(reply)["both"], result)
    assert [
        (r["kind"], r["customer"], r["date"], r["amount"], r["currency"]) for r in stored(team)
    ] == [
        ("call", "Elgiganten", "2026-12-03", None, None),
        ("offer", "Elgiganten", "2026-12-03", Decimal("2500000"), "SEK"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Coloplast i dag - aflyst",
        "Elkjøp i dag – ble utsatt til neste uke",
        "Oscorp yesterday - meeting got pushed to next week",
        "SKF, ingen kom. no-show",
    ],
)
def test_a_talk_that_did_not_take_place_is_asked_first(slack, clock, text) -> None:  # type: ignore[no-untyped-def]
    # was stored as held, the words its note (or the new day its next step), or asked as words
    # not read ("Store as read": a meeting that never happened counted)
    clock.set(FRIDAY)
    team = set_up_team(slack)
    result = team.driver.command("/logmeeting", text, KARI, CHANNEL)
    reply = result.reply()
    said = text_of(reply)
    assert "ikke ble holdt" in said, said
    assert list(_options(reply)) == ["record", "cancel"], said
    assert stored(team) == []
    click_answer(team, KARI, _options(reply)["cancel"], result)
    assert stored(team) == []


@pytest.mark.backends("sqlite")
def test_a_talk_said_not_held_is_recorded_when_the_seller_says_so(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    result = team.driver.command("/logmeeting", "Coloplast i dag - aflyst", KARI, CHANNEL)
    reply = result.reply()
    click_answer(team, KARI, _options(reply)["record"], result)
    assert rows(team) == [("meeting", "Coloplast", "2026-12-04", "aflyst")]
