"""End to end, as Slack sends it (session 25, conv25; the clock set): the "Record all"
conversation as a seller lives it through a week. A summary of the week so far with no day
("Uka så langt: 3 møter (Tine, Orkla, Kiwi)") is this week's work on the week's Monday, said so,
and /kpi, App Home, the export and the digest of that week agree (was: recorded as today's
work); a row its author logged already that week is not counted again. "Recorded all N" has an
Undo that takes back exactly those N, once, and refuses a stranger, naming whose they are (was:
no Undo). An edit of the message goes row by row: a line taken out takes its record, a line left
keeps it, a line added is asked, an edit that changes nothing changes nothing, a delete takes
all (was: any edit took all N back and asked nothing). The readings:
tests/unit/test_conv25_week_so_far.py."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from freezegun import freeze_time

from tests.helpers import (
    LOCALE_OF,
    buttons,
    click,
    edit,
    ephemerals,
    message_deleted,
    option,
    post,
    record_all,
    set_up_team,
    set_up_team_speaking,
    stored,
    text_of,
    unreacted,
)
from tests.slack.test_digest import _jobs

KARI = "U0KARI"  # the manager, a seller too
LARS = "U0LARS"  # a seller, no manager
TUESDAY = datetime(2026, 12, 1, 13, 0, tzinfo=UTC)  # 14:00 in Oslo; last week Mon 23 .. Sun 29 Nov
THURSDAY = datetime(2026, 12, 3, 13, 0, tzinfo=UTC)  # week 49: Mon 30 Nov .. Sun 6 Dec
TS = "1796130000.000100"
WEEK = "Forrige uke: man møte Orkla, tirs tlf Tine x3, ons tilbud Kiwi 200k, fre vant Rema 150k"
ROWS = [
    ("2026-11-23", "meeting", "Orkla", None),
    ("2026-11-24", "call", "Tine", None),
    ("2026-11-24", "call", "Tine", None),
    ("2026-11-24", "call", "Tine", None),
    ("2026-11-25", "offer", "Kiwi", Decimal(200000)),
    ("2026-11-27", "win", "Rema", Decimal(150000)),
]


def _rows(slack) -> list[tuple]:  # type: ignore[no-untyped-def]
    return sorted((r["date"], r["kind"], r["customer"], r["amount"]) for r in stored(slack))


def _said(calls) -> list[str]:  # type: ignore[no-untyped-def]
    return [text_of(said) for said in ephemerals(calls)]


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    return set_up_team(slack)


# -- 1. the week so far: this week's work, on its Monday, said so; every figure agrees -------------
SO_FAR = {  # the summary; each row's mark; the line saying the day and week they count in
    "nb": ("Uka så langt: 3 møter (Tine, Orkla, Kiwi), 2 samtaler", "(dato ikke oppgitt)",
           "de dateres man. 30. nov. 2026, første dag i uke 49"),
    "sv": ("Veckan hittills: 3 möten (Volvo, Scania, Ikea), 2 samtal", "(datum inte angivet)",
           "de dateras mån 30 nov. 2026, första dagen i vecka 49"),
    "da": ("Ugen indtil nu: 3 møder (Arla, Matas, Lego), 2 opkald", "(dato ikke angivet)",
           "de dateres man. 30. nov. 2026, første dag i uge 49"),
    "en": ("Week so far: 3 meetings (Tesco, Boots, Ocado), 2 calls", "(date not given)",
           "they are dated Mon 30 Nov 2026, the first day of week 49"),
}  # fmt: skip


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("language", list(SO_FAR))
def test_the_week_so_far_is_recorded_on_its_monday_and_the_question_says_so(
    slack, clock, language: str
) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack, locale=LOCALE_OF[language])
    text, undated, rule = SO_FAR[language]
    [note] = post(team, text, TS, user=KARI)
    said = text_of(note.params)
    assert said.count(undated) == 3 and rule in said, said
    click(team, KARI, option(note.params, "record_all"), idle=True)
    confirmed = text_of(team.api.calls_to("response_url")[-1].params)
    assert confirmed.count(undated) == 3 and rule in confirmed, confirmed
    # was: each dated Thursday 3 December, today's work
    assert [r[0] for r in _rows(team)] == ["2026-11-30"] * 3


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_week_so_far_counts_in_its_week_in_kpi_app_home_the_export_and_the_digest(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    record_all(team, SO_FAR["nb"][0], TS)
    assert [r[0] for r in _rows(team)] == ["2026-11-30"] * 3  # the export: the week's Monday
    assert "Møter: *3* / 10" in text_of(team.driver.command("/kpi", "", KARI).reply())
    team.api.reset()
    team.driver.event({"type": "app_home_opened", "user": KARI, "channel": "D0X", "tab": "home"})
    home = text_of(team.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"])
    assert "Møter: *3* / 10" in home and home.count("man. 30. nov. 2026 · møte") == 3, home
    team.api.reset()
    with freeze_time(datetime(2026, 12, 7, 7, 0, tzinfo=UTC)):  # Monday 08:00: week 49's digest
        _jobs(team).tick()
    [digest] = [
        text_of(c.params)
        for c in team.api.calls_to("chat.postMessage")
        if c.params.get("channel") == "C0SALES"
    ]
    assert "Uke 49" in digest and "Møter: *3* / 40" in digest, digest


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_row_logged_already_that_week_is_shown_and_not_counted_again(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    team = set_up_team(slack)
    team.driver.command("/logmeeting", "Tine", KARI).reply()  # Tuesday's meeting, logged then
    team.wait_idle()
    clock.set(THURSDAY)
    [note] = post(team, "Uka så langt: 3 møter (Tine, Orkla, Kiwi)", TS, user=KARI)
    said = text_of(note.params)
    assert "Registrert allerede denne uken" in said and said.count("*Tine*") == 1, said
    assert "Registrer begge" in option(note.params, "record_all")["text"]["text"]
    click(team, KARI, option(note.params, "record_all"), idle=True)
    assert _rows(team) == [  # was: Tine's meeting counted twice, the summary's on Thursday
        ("2026-11-30", "meeting", "Kiwi", None),
        ("2026-11-30", "meeting", "Orkla", None),
        ("2026-12-01", "meeting", "Tine", None),
    ]


# -- 2. Undo under "Recorded all N" ---------------------------------------------------------------
WEEKS = {  # a week gone told by its days; how many records; the Undo's label; what it says done
    "nb": (WEEK, 6, "Angre", "Angret alle 6"),
    "sv": ("Förra veckan: mån möte Volvo, tis samtal Scania x2, tors offert IKEA 300 tkr", 4,
           "Ångra", "Ångrade alla 4"),
    "da": ("Sidste uge: man møde Arla, tir tlf Ørsted, tor møde Matas", 3, "Fortryd",
           "Fortrudt alle 3"),
    "en": ("Last week: Mon meeting Sage, Wed quote Ocado £12k, Fri call Boots", 3, "Undo",
           "Undone all 3"),
}  # fmt: skip


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("language", list(WEEKS))
def test_one_undo_takes_back_exactly_the_n_once_on_a_double_click(
    slack, clock, language: str
) -> None:  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    team = set_up_team_speaking(slack, language)
    text, count, label, done = WEEKS[language]
    team.driver.command("/logmeeting", "Nammo", KARI).reply()  # another entry: it stays
    team.wait_idle()
    confirmation = record_all(team, text, TS)
    assert len(stored(team)) == count + 1, _rows(team)
    [undo] = buttons(confirmation)  # was: no button at all
    assert undo["text"]["text"] == label
    n = len(team.api.calls)
    click(team, KARI, undo, idle=True)
    click(team, KARI, undo, idle=True)  # a double click
    answers = [text_of(c.params) for c in team.api.calls[n:] if c.method == "response_url"]
    assert done in answers[0] and answers[1] != answers[0], answers  # the second: undone already
    assert [r["customer"] for r in stored(team)] == ["Nammo"]
    assert unreacted(team.api.calls[n:]) == 1  # the message's ✅ goes, once


def test_a_strangers_undo_is_refused_naming_whose_they_are_and_a_manager_may(team) -> None:  # type: ignore[no-untyped-def]
    confirmation = record_all(team, "Forrige uke: man møte Orkla, tirs tlf Tine", TS, user=LARS)
    [undo] = buttons(confirmation)
    n = len(team.api.calls)
    click(team, "U0METTE", undo, idle=True)  # Mette sells in the team; not a manager
    [refused] = [c.params for c in team.api.calls[n:] if c.method == "response_url"]
    assert f"<@{LARS}>" in text_of(refused) and not refused.get("replace_original"), refused
    assert len(stored(team)) == 2  # nothing undone
    click(team, KARI, undo, idle=True)  # Kari manages the team: she may
    assert stored(team) == []


# -- 3. the message edited, or deleted, after "Record all" ----------------------------------------
EDITS = {  # a week gone; the same with one line taken out; that line's customer; the note
    "nb": (WEEK, WEEK.replace(", ons tilbud Kiwi 200k", ""), "Kiwi",
           "Du endret meldingen din: 1 registrering telles ikke lenger"),
    "sv": (WEEKS["sv"][0], "Förra veckan: mån möte Volvo, tors offert IKEA 300 tkr", "Scania",
           "Du ändrade ditt meddelande: 2 poster räknas inte längre"),
    "da": (WEEKS["da"][0], "Sidste uge: man møde Arla, tor møde Matas", "Ørsted",
           "Du rettede din besked: 1 registrering tælles ikke længere"),
    "en": (WEEKS["en"][0], "Last week: Mon meeting Sage, Fri call Boots", "Ocado",
           "You edited your message: 1 entry is no longer counted"),
}  # fmt: skip


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("language", list(EDITS))
def test_an_edit_that_takes_a_line_out_takes_its_record_and_keeps_the_rest(
    slack, clock, language: str
) -> None:  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    team = set_up_team_speaking(slack, language)
    before, after, gone, note = EDITS[language]
    record_all(team, before, TS)
    kept = [r for r in stored(team) if r["customer"] != gone]
    did = edit(team, TS, before, after, "1796130100.000100")
    again = edit(team, TS, before, after, "1796130100.000100")  # Slack's retry of the same edit
    # was: every record of the message undone, nothing asked, its ✅ gone
    assert [r["id"] for r in stored(team)] == [r["id"] for r in kept]
    [said] = _said(did)
    assert note in said and f"*{gone}*" in said, said
    assert unreacted(did) == 0  # the rest still counts: its ✅ stays
    assert again == [] or _said(again) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_edit_that_changes_nothing_changes_nothing_and_one_that_says_nothing_takes_all(
    team,
) -> None:  # type: ignore[no-untyped-def]
    record_all(team, WEEK, TS)
    ids = [r["id"] for r in stored(team)]
    same = edit(team, TS, WEEK, WEEK + " 💪", "1796130100.000100")
    assert [r["id"] for r in stored(team)] == ids and _said(same) == [], _said(same)
    assert unreacted(same) == 0  # was: all six undone, its ✅ gone
    chatter = edit(team, TS, WEEK + " 💪", "Glem det, feil kanal", "1796130200.000100")
    assert stored(team) == [] and unreacted(chatter) == 1
    assert "6 registreringer telles ikke lenger" in _said(chatter)[0]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_edit_that_adds_a_line_asks_only_that_line(team) -> None:  # type: ignore[no-untyped-def]
    record_all(team, WEEK, TS)
    ids = [r["id"] for r in stored(team)]
    added = WEEK + ", fre møte Bama"
    [question] = ephemerals(edit(team, TS, WEEK, added, "1796130100.000100"))
    said = text_of(question)
    assert "*Bama*" in said and "*Orkla*" not in said, said  # the new line alone is asked
    assert [r["id"] for r in stored(team)] == ids  # nothing stored before the click
    click(team, KARI, option(question, "record_all"), idle=True)
    assert _rows(team) == sorted([*ROWS, ("2026-11-27", "meeting", "Bama", None)])
    assert [r["id"] for r in stored(team) if r["customer"] != "Bama"] == ids


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_edit_that_changes_an_amount_takes_the_old_back_and_asks_the_new(team) -> None:  # type: ignore[no-untyped-def]
    record_all(team, WEEK, TS)
    changed = WEEK.replace("Kiwi 200k", "Kiwi 250k")
    did = edit(team, TS, WEEK, changed, "1796130100.000100")
    note, question = ephemerals(did)
    assert "*Kiwi*" in text_of(note) and "200" in text_of(note), text_of(note)
    assert "250" in text_of(question), text_of(question)
    assert ("2026-11-25", "offer", "Kiwi", Decimal(200000)) not in _rows(team)
    click(team, KARI, option(question, "record_all"), idle=True)
    assert _rows(team) == sorted(
        [*ROWS[:4], ("2026-11-25", "offer", "Kiwi", Decimal(250000)), ROWS[5]]
    )


def test_a_delete_after_an_edit_takes_every_record_left_once(team) -> None:  # type: ignore[no-untyped-def]
    record_all(team, WEEK, TS)
    shorter = WEEK.replace(", fre vant Rema 150k", "")
    edit(team, TS, WEEK, shorter, "1796130100.000100")
    assert len(stored(team)) == 5  # was: none left after the edit
    for _ in range(2):  # Slack's retry of the deletion
        event = message_deleted(TS, at="1796130200.000100", text=shorter, user=KARI)
        assert team.driver.event(event).status == 200
        team.wait_idle()
    assert stored(team) == []


def test_after_undo_all_an_edit_that_leaves_the_lines_asks_nothing_again(team) -> None:  # type: ignore[no-untyped-def]
    confirmation = record_all(team, WEEK, TS)
    click(team, KARI, buttons(confirmation)[0], idle=True)  # Undo all 6
    did = edit(team, TS, WEEK, WEEK + "!", "1796130100.000100")
    assert stored(team) == [] and _said(did) == []  # undone by its author: stays undone


def test_a_week_so_far_edited_to_drop_a_customer_drops_that_meeting(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    text = "Uka så langt: 3 møter (Tine, Orkla, Kiwi)"
    record_all(team, text, TS)
    edit(team, TS, text, "Uka så langt: 2 møter (Tine, Orkla)", "1796130100.000100")
    assert _rows(team) == [
        ("2026-11-30", "meeting", "Orkla", None),
        ("2026-11-30", "meeting", "Tine", None),
    ]


def test_undo_all_leaves_what_an_edit_added_and_its_check_mark(team) -> None:  # type: ignore[no-untyped-def]
    confirmation = record_all(team, WEEK, TS)
    added = WEEK + ", fre møte Bama"
    [question] = ephemerals(edit(team, TS, WEEK, added, "1796130100.000100"))
    click(team, KARI, option(question, "record_all"), idle=True)
    n = len(team.api.calls)
    click(team, KARI, buttons(confirmation)[0], idle=True)  # Undo all 6 of the first click
    assert _rows(team) == [("2026-11-27", "meeting", "Bama", None)]
    assert unreacted(team.api.calls[n:]) == 0  # Bama's meeting still counts: the ✅ stays


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_edit_taking_out_an_offer_won_since_keeps_the_offer(team) -> None:  # type: ignore[no-untyped-def]
    record_all(team, WEEK, TS)
    team.driver.command("/logwin", "Kiwi 200k", KARI).reply()  # the offer's deal, won today
    team.wait_idle()
    shorter = WEEK.replace(", ons tilbud Kiwi 200k", "").replace(", fre vant Rema 150k", "")
    edit(team, TS, WEEK, shorter, "1796130100.000100")
    kinds = sorted((r[1], r[2]) for r in _rows(team))
    # Rema's win goes with its line; Kiwi's offer stays: the deal it offered was won since
    assert kinds == [("call", "Tine")] * 3 + [
        ("meeting", "Orkla"),
        ("offer", "Kiwi"),
        ("win", "Kiwi"),
    ]
