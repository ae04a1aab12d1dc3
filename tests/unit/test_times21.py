"""The same talk said N times is N records (session 21): what is read, what is asked, what
the records' references are, what the replies say. No database, no clock (the day is given).
End to end on both databases: tests/slack/test_times21.py."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind, Source
from bot.rendering.replies import question_reply, summary, undone_reply
from bot.rendering.text import message_text
from bot.services import questions
from bot.services.activities import Logged, Undone, message_of
from bot.services.capture import recognise
from bot.services.commands import parse_log_command
from bot.services.log_questions import times_question
from bot.services.questions import Answers, Pending, Question
from bot.services.recording import first_ref, times_refs

TUESDAY = date(2026, 12, 1)
MONDAY = date(2026, 11, 30)
KNOWN = {"novo", "orkla", "kiwi", "tesco", "volvo"}
CALL, MEETING = ActivityKind.CALL, ActivityKind.MEETING


@pytest.mark.parametrize(
    ("kind", "text", "times", "said"),
    [
        (CALL, "Novo 2 ganger i dag", 2, "2 ganger"),
        (CALL, "Novo to gange", 2, "to gange"),
        (CALL, "ringde Volvo två gånger", 2, "två gånger"),
        (CALL, "Tesco twice", 2, "twice"),
        (MEETING, "Orkla x3 forrige uke", 3, "x3"),
        (CALL, "Posten 2X varm", 2, "2X"),  # was: "2X" unread (how warm follows the count)
        (CALL, "Novo i dag", 1, None),
        (CALL, "Rema 1000", 1, None),
    ],
)
def test_a_commands_count_is_its_number_of_records(kind, text, times, said) -> None:  # type: ignore[no-untyped-def]
    cmd = parse_log_command(kind, text, today=TUESDAY, known_customers=KNOWN | {"rema 1000"})
    assert (cmd.times, cmd.times_said, cmd.unread) == (times, said, None), cmd


def _asked(kind: ActivityKind, text: str, today: date = TUESDAY):  # type: ignore[no-untyped-def]
    cmd = parse_log_command(kind, text, today=today, known_customers=KNOWN)
    return times_question(cmd, text, today)


@pytest.mark.parametrize(
    ("text", "today"),
    [
        ("Novo 2 ganger i dag", TUESDAY),
        ("Novo 5 ganger i går", TUESDAY),
        ("Orkla 3 møter mandag forrige uke", TUESDAY),  # a day of the week said
        ("Kiwi to ganger denne uka", MONDAY),  # the week has had one day so far
    ],
)
def test_two_to_five_on_a_day_said_are_stored_unasked(text: str, today: date) -> None:
    assert _asked(CALL, text, today) is None


def test_more_than_five_is_asked_all_or_one() -> None:
    asked = _asked(CALL, "Novo 7 ganger")
    assert asked is not None and asked.code == "times_many"
    assert asked.options == (questions.TIMES_ALL, questions.TIMES_ONE, questions.CANCEL)
    assert _asked(CALL, "Novo 30 ganger").options == (questions.TIMES_ONE, questions.CANCEL)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Orkla x3 forrige uke", ("2026-11-23", "2026-11-27")),  # its Monday or its Friday
        ("Kiwi to ganger denne uka", ("2026-11-30", "2026-12-01")),  # up to today
        ("Orkla 3 møter uke 47", ("2026-11-16", "2026-11-20")),
    ],
)
def test_a_week_with_no_day_is_asked_which_day(text: str, days: tuple[str, ...]) -> None:
    asked = _asked(MEETING, text)
    assert asked is not None and asked.code == "times_when", asked
    assert asked.options == (*(f"{questions.DAY}{day}" for day in days), questions.CANCEL)


def _pending(text: str, option: str):  # type: ignore[no-untyped-def]
    cmd = parse_log_command(CALL, text, today=TUESDAY, known_customers=KNOWN)
    pending = Pending(cmd, Source.COMMAND, "cmd:T1", Answers(), "times_many", {}, ())
    # kept as JSON and read back, as a click finds it
    return questions.apply(questions.load(questions.dump(pending)), option)[0]


def test_one_keeps_the_count_as_its_note_and_all_keeps_the_count() -> None:
    one = _pending("Novo 7 ganger -- ring igjen", questions.TIMES_ONE)
    assert (one.times, one.note) == (1, "7 ganger; ring igjen")
    assert _pending("Novo 7 ganger", questions.TIMES_ALL).times == 7


def test_a_question_kept_before_counts_existed_is_one() -> None:
    cmd = parse_log_command(CALL, "Novo i dag", today=TUESDAY)
    data = questions.command_to_dict(cmd)
    del data["times"], data["times_said"]
    assert questions.command_from_dict(data).times == 1


def test_each_record_has_its_own_reference_and_knows_its_log() -> None:
    assert times_refs("cmd:1.2.trigger", 3) == [
        "cmd:1.2.trigger", "cmd:1.2.trigger#2", "cmd:1.2.trigger#3"
    ]  # fmt: skip
    assert times_refs("msg:C0SALES:1796133600.000100:e5", 1) == ["msg:C0SALES:1796133600.000100:e5"]
    assert first_ref("msg:C0SALES:1796133600.000100:2#4") == "msg:C0SALES:1796133600.000100:2"
    assert first_ref("kpi-customer:ab#c") == "kpi-customer:ab#c"  # no place after it
    # its ✅ is on the message, whichever of the N records
    assert message_of("msg:C0SALES:1796133600.000100#2") == ("C0SALES", "1796133600.000100")


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Ringte Novo 2 ganger i dag", 2),
        ("Called Tesco twice today", 2),
        ("Ringede til Novo 3 gange i dag", 3),
        ("Ringte Novo 30 ganger i dag", 1),  # more than one log stores: asked as one
    ],
)
def test_a_messages_count_goes_with_its_question(text: str, times: int) -> None:
    found = recognise(text, today=TUESDAY, known_customers=["Novo", "Tesco"])
    assert found.command().times == times and found.command().customer in {"Novo", "Tesco"}


LOGGED = Logged(
    activity_id=1, kind="call", customer="Novo", when=TUESDAY, amount=None, currency=None,
    temperature=None, next_step=None, next_due=None, margin=None, note=None, times=2,
)  # fmt: skip


@pytest.mark.parametrize(
    ("language", "logged", "all_of_them", "undone"),
    [
        # views34: two are "both" (was "all 2")
        ("en", "Logged *2 calls* with *Novo*", "Undo takes back both", "Undone: 2 calls with"),
        ("nb", "Logget *2 samtaler* med *Novo*", "Angre tar tilbake begge", "Angret: 2 samtaler"),
        ("sv", "Loggade *2 samtal* med *Novo*", "Ångra tar tillbaka båda", "Ångrat: 2 samtal"),
        ("da", "Loggede *2 opkald* med *Novo*", "Fortryd tager begge", "Fortrudt: 2 opkald"),
    ],
)
def test_one_confirmation_and_one_undo_say_how_many(language, logged, all_of_them, undone) -> None:  # type: ignore[no-untyped-def]
    said = summary(language, LOGGED)
    assert logged in said and all_of_them in said, said
    back = message_text(undone_reply(language, Undone("undone", "call", "Novo", TUESDAY, times=2)))
    assert undone in back, back


@pytest.mark.parametrize("language", ["en", "nb", "sv", "da"])
def test_the_questions_name_the_count(language: str) -> None:
    params = {"kind": "meeting", "customer": "Orkla", "when": date(2026, 11, 23), "count": 3,
              "words": "x3", "most": 20, "week": 48}  # fmt: skip
    for code, options in (
        ("times_when", ("day:2026-11-23", "day:2026-11-27", "cancel")),
        ("times_many", ("times_all", "times_one", "cancel")),
    ):
        text = message_text(question_reply(language, Question("t", code, params, options)))
        assert "3" in text and "*Orkla*" in text and "x3" in text, text
    capture = {"kind": "call", "customer": "Novo", "times": 2, "amount": None, "currency": "NOK",
               "when": TUESDAY, "today": TUESDAY, "due": None}  # fmt: skip
    text = message_text(question_reply(language, Question("t", "capture", capture, ("record",))))
    assert "*2 " in text and "*Novo*" in text, text
