"""heldmsg33 through the app (Wed 2 Dec 2026, Kari: nb). A correction said with numbers alone
("ment 450 not 540") changes the author's own record whose amount was the number denied, in that
record's scale, once; with no such record it changes nothing and logs nothing. An unanswered call
said with a count is asked with its note on the line after the question (was: a blank line)."""

from __future__ import annotations

import pytest

from tests.helpers import buttons, click, post, stored, text_of
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
        (
            "Sendte tilbud til Spotify på 1,2 mill",
            "Rettelse: ikke 1,2 men 2,1",
            "kr 2 100 000",
            "2100000",
        ),
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


def _option_texts(message) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {b["value"].rsplit("|", 1)[1]: b["text"]["text"] for b in buttons(message)}


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("user", "text", "customer", "labels", "pick", "note"),
    [
        (KARI, "Ringte Tine et par ganger i dag", "Tine", ("2 samtaler", "3 samtaler"), 2, None),
        (KARI, "Hadde et par møter med Orkla i dag", "Orkla", ("2 møter", "3 møter"), 3, None),
        ("U0LARS", "Ett par samtal med Volvo idag 📞", "Volvo", ("2 samtal", "3 samtal"), 3, None),
        ("U0METTE", "et par opkald til Lego i dag", "Lego", ("2 opkald", "3 opkald"), 2, None),
        ("U0ALEX", "a couple of calls with Boots today", "Boots", ("2 calls", "3 calls"), 2, None),
    ],
)
def test_a_couple_of_talks_are_asked_how_many_on_buttons_stored_as_clicked(  # type: ignore[no-untyped-def]
    team, user: str, text: str, customer: str, labels: tuple[str, str], pick: int, note: None
) -> None:
    [asked] = post(team, text, TS[0], user=user)
    said, options = text_of(asked.params), _option_texts(asked.params)
    assert stored(team) == [], said  # asked, nothing stored unasked
    # was: Record (one, the words its note), Edit, Not a sale; the number only by the form
    assert (options.get("times:2"), options.get("times:3")) == labels, options
    assert list(options)[2:] == ["record", "edit", "not_a_sale"], options
    assert "\n\n•" not in said, said  # its note on the line after the question
    button = next(b for b in buttons(asked.params) if b["value"].endswith(f"|times:{pick}"))
    click(team, user, button, idle=True)
    click(team, user, button, idle=True)  # a double click stores them once
    rows = [(r["customer"], r["date"], r["note"]) for r in stored(team)]
    assert rows == [(customer, "2026-12-02", note)] * pick, rows


@pytest.mark.backends("sqlite")
def test_a_couple_of_talks_recorded_as_one_keep_the_words_as_note(team) -> None:  # type: ignore[no-untyped-def]
    [asked] = post(team, "a couple of calls with Boots today", TS[0], user="U0ALEX")
    record = next(b for b in buttons(asked.params) if b["value"].endswith("|record"))
    click(team, "U0ALEX", record, idle=True)
    rows = [(r["kind"], r["customer"], r["note"]) for r in stored(team)]
    assert rows == [("call", "Boots", "a couple of calls")], rows


@pytest.mark.backends("sqlite", "postgres")  # the win's log in a savepoint
@pytest.mark.parametrize(
    ("user", "text", "stored_rows", "win", "example"),
    [
        (
            KARI,
            "Forrige uke:\nMan: møte Tine\nTirs: tilbud Orkla 300k\nTors: vant Kiwi",
            [("meeting", "Tine", "2026-11-23"), ("offer", "Orkla", "2026-11-24")],
            "*Kiwi*",
            "`/logwin Kiwi 200k`",
        ),
        (
            "U0ALEX",
            "Week wrap:\nMon: met Boots\nTue: quote Tesco £40k\nThu: won Greggs 🎉",
            [("meeting", "Boots", "2026-11-30"), ("offer", "Tesco", "2026-12-01")],
            "*Greggs*",
            "`/logwin Greggs 200k`",
        ),
    ],
)
def test_record_all_stores_the_sure_rows_and_asks_the_win_for_its_amount(  # type: ignore[no-untyped-def]
    team, user: str, text: str, stored_rows: list, win: str, example: str
) -> None:
    [asked] = post(team, text, TS[0], user=user)
    record_all = next(b for b in buttons(asked.params) if b["value"].endswith("|record_all"))
    result = click(team, user, record_all, idle=True)
    again = click(team, user, record_all, idle=True)  # a double click stores them once
    rows = sorted((r["kind"], r["customer"], str(r["date"])) for r in stored(team))
    # was: nothing stored, "Kiwi has no open offer, so I need the amount" (a dead end)
    assert rows == stored_rows, rows
    said = [text_of(m).replace("\xa0", " ") for m in team.api.responses(result._response_key)]
    question = next(s for s in said if example in s)
    assert win in question, said
    assert "2 " in said[0] and win in said[0], said  # "Recorded 2 of 3", the win waiting
    assert "already" in text_of(again.reply()) or "allerede" in text_of(again.reply())
