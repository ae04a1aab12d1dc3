"""mendA32, end to end as Slack sends it (Wed 2 Dec 2026). A win said "together, Lars and I" after
it ("Vi vant Kiwi sammen, Lars og jeg! 500k", "Orkla vunnet – Lars og jeg sammen 🎉") gets the
joint-win question mendG31's "Lars og jeg vant …" gets (was the generic Record question, whose
click stored the whole win as the author's while the colleague's offer stayed open): "Log as my
win" stores it once (a double click too), "It's Lars's" stores nothing and leaves Lars's offer
open for him to win. A count of calls in words is asked as that many, one click storing them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, option, post, set_up_team, stored, text_of

KARI, LARS = "U0KARI", "U0LARS"
WEDNESDAY = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)  # 14:00 in Oslo


@pytest.mark.backends("sqlite")
def test_a_win_said_together_kari_and_i_gets_the_joint_win_question(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack)
    team.driver.command("/logoffer", "Orkla 750 000 NOK", LARS, "C0SALES").reply()
    offers = stored(team)
    assert [(r["seller"], r["kind"], r["customer"]) for r in offers] == [(LARS, "offer", "Orkla")]

    [asked] = post(team, "Orkla vunnet – Lars og jeg sammen 🎉", "1796230000.000100", user=KARI)
    assert stored(team) == offers  # asked, nothing stored unasked
    labels = [b["text"]["text"] for b in buttons(asked.params)]
    assert labels == ["Logg som min seier", "Den er Lars sin", "Ikke et salg"], labels
    assert "*Lars*" in text_of(asked.params)
    theirs = option(asked.params, "theirs")
    answered = click(team, KARI, theirs, idle=True)
    assert "Lars" in text_of(answered.reply()) and "/logwin" in text_of(answered.reply())
    click(team, KARI, theirs, idle=True)  # a double click stores nothing either
    assert stored(team) == offers  # Lars's offer still open, his to win

    [mine] = post(team, "Vi vant Kiwi sammen, Lars og jeg! 500k", "1796230000.000200", user=KARI)
    labels = [b["text"]["text"] for b in buttons(mine.params)]
    assert labels == ["Logg som min seier", "Den er Lars sin", "Ikke et salg"], labels
    assert "kr 500\xa0000" in text_of(mine.params)
    record = option(mine.params, "record")
    click(team, KARI, record, idle=True)
    click(team, KARI, record, idle=True)  # stored once
    rows = [r for r in stored(team) if r["kind"] == "win"]
    assert [(r["seller"], r["customer"], r["amount"]) for r in rows] == [(KARI, "Kiwi", 500_000)], (
        rows
    )


@pytest.mark.backends("sqlite")
def test_a_count_of_calls_in_words_is_asked_and_stored_as_that_many(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack)
    [asked] = post(team, "Ringte Tine i dag, tre samtaler", "1796230000.000300", user=KARI)
    assert stored(team) == []  # was one call stored unasked, the count dropped
    assert "3 samtaler" in text_of(asked.params)
    record = option(asked.params, "record")
    click(team, KARI, record, idle=True)
    click(team, KARI, record, idle=True)
    rows = stored(team)
    assert [(r["kind"], r["customer"], r["date"]) for r in rows] == [
        ("call", "Tine", "2026-12-02")
    ] * 3, rows


METTE, ALEX = "U0METTE", "U0ALEX"


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("user", "command", "text", "question", "revised"),
    [
        (
            ALEX,
            "Tesco £45k",
            "Tesco: revised to £52k",
            "Revise the offer to *Tesco* from GBP 45,000 to GBP 52,000?",
            "Revised from GBP 45,000 to GBP 52,000",
        ),
        (
            KARI,
            "Tine 1,2 mill",
            "Tine tilbud – nå 1,4 mill",  # session 66: "har fått tilbud" is sent, sure
            "Revidere tilbudet til *Tine* fra kr 1 200 000 til kr 1 400 000?",
            "Revidert fra kr 1 200 000 til kr 1 400 000",
        ),
        (
            LARS,
            "Volvo 850 000 SEK",
            "Volvo: reviderat till 900 000 SEK",
            "Revidera offerten till *Volvo* från 850 000 SEK till 900 000 SEK?",
            "Reviderad från 850 000 SEK till 900 000 SEK",
        ),
        (
            METTE,
            "Carlsberg 450.000 kr 27.11",  # sent on Friday, revised on Tuesday
            "Carlsberg: revideret til 520.000 kr i går",
            "Revidere tilbuddet til *Carlsberg* fra 450.000 DKK til 520.000 DKK, tirs. 1. dec. 2026?",
            "Revideret fra 450.000 DKK til 520.000 DKK",
        ),
    ],
)
def test_a_revision_asked_says_it_is_a_revision(  # type: ignore[no-untyped-def]
    slack, clock, user: str, command: str, text: str, question: str, revised: str
) -> None:
    """Was "Record this as an offer to Tesco, GBP 52,000?", the revision said only by the
    confirmation after the click; each amount written as that confirmation writes it (a krone
    not the team's by its code)."""
    clock.set(WEDNESDAY)
    team = set_up_team(slack)
    team.driver.command("/logoffer", command, user, "C0SALES").reply()
    before = stored(team)
    assert len(before) == 1, before
    [asked] = post(team, text, "1796230000.000400", user=user)
    assert stored(team) == before  # asked
    assert text_of(asked.params).replace("\xa0", " ").splitlines()[0] == question
    record = option(asked.params, "record")
    answered = click(team, user, record, idle=True)
    click(team, user, record, idle=True)  # once
    assert revised in text_of(answered.reply()).replace("\xa0", " ")
    rows = stored(team)
    assert len(rows) == 2, rows
    assert [r["revised_from"] for r in rows if r["id"] != before[0]["id"]] == [before[0]["amount"]]


@pytest.mark.backends("sqlite")
def test_a_couple_of_calls_is_asked_how_many_and_record_stores_one_with_the_words(  # type: ignore[no-untyped-def]
    slack, clock
) -> None:
    clock.set(WEDNESDAY)
    team = set_up_team(slack)
    [asked] = post(team, "Ringte Tine et par ganger i dag", "1796230000.000500", user=KARI)
    assert stored(team) == []  # was one call stored unasked, "et par ganger" dropped
    said = text_of(asked.params)
    # heldmsg33: the number on buttons 2 and 3 (was: the command's example, `/logcall Tine x2`)
    assert "«et par ganger»: hvor mange? Velg antallet" in said, said
    assert option(asked.params, "times:2") and option(asked.params, "times:3")
    record = option(asked.params, "record")
    click(team, KARI, record, idle=True)
    click(team, KARI, record, idle=True)
    rows = stored(team)
    assert [(r["kind"], r["customer"], r["note"]) for r in rows] == [
        ("call", "Tine", "et par ganger")
    ], rows
