"""Session 26 (flows26): the "Record all" conversation, finished. A list of more than five rows
is read whole, every row (was: rows past the fifth dropped unsaid, MAX_RECORDS = 5); its
question and its confirmation list every row in as few sections as Slack's limits allow (3,000
characters a section, 50 blocks); a count of one reads "Record" / "Registrer", never "Record
all 1", in each language's plural forms; a list its author had logged already is said so. The
conversation itself: tests/slack/test_flows26.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.rendering.replies import (
    logged_all_reply,
    question_reply,
    recorded_already_reply,
    undone_all_reply,
)
from bot.services.activities import Logged, LoggedAll, RecordedAlready, UndoneAll
from bot.services.capture import recognise
from bot.services.questions import Question

THURSDAY = date(2026, 12, 3)
LANGUAGES = ("nb", "sv", "da", "en")


def _read(text: str) -> list[tuple[str, str, date]]:
    found = recognise(text, today=THURSDAY, known_customers=[])
    rows = []
    row = found
    while row is not None and row.kind is not None:
        rows.append((row.kind.value, row.customer, row.when))
        row = row.also
    return rows


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a week told day by day over five days, two records each (was: its first five)
        ("Forrige uke: man møte Orkla, man tlf Tine, tirs møte Kiwi, tirs tilbud Yara 200k, "
         "ons møte Aker, ons tlf Coop, tors møte Rema, tors tlf Nammo, fre møte DNB, "
         "fre vant Posten 100k", 10),
        # a bulleted list of seven (was: five)
        ("Uka så langt:\n• møte med Equinor\n• møte med Telenor\n• møte med Orkla\n• ringte Yara\n"
         "• tilbud til Aker 400k\n• møte med Kiwi\n• ringte Coop", 7),
        ("Last week: Mon meeting Sage, Mon call Boots, Tue meeting Tesco, Tue call Ocado, "
         "Wed meeting Aviva, Wed call Argos", 6),
    ],
)  # fmt: skip
def test_every_row_of_a_long_list_is_read(text: str, count: int) -> None:
    rows = _read(text)
    assert len(rows) == count, rows


def _row(i: int) -> list:  # type: ignore[type-arg]
    return ["meeting", f"Kunde nummer {i:02d} AS", date(2026, 11, 23), 1, None, "NOK", False]


def _record_all_question(rows: list[list]) -> Question:  # type: ignore[type-arg]
    params = {"rows": rows, "count": len(rows), "undated_day": None, "undated_week": None,
              "already": [], "already_on_day": False}  # fmt: skip
    return Question("tok", "record_all", params, ("record_all", "cancel"))


def _sections(message: dict) -> list[str]:  # type: ignore[type-arg]
    return [b["text"]["text"] for b in message["blocks"] if b["type"] == "section"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_lists_question_names_every_row_within_slacks_limits(language: str) -> None:
    rows = [_row(i) for i in range(60)]
    message = question_reply(language, _record_all_question(rows))
    said = "\n".join(_sections(message))
    assert all(f"Kunde nummer {i:02d} AS" in said for i in range(60)), said  # was: cut at 3,000
    assert all(len(text) <= 3000 for text in _sections(message))
    assert len(message["blocks"]) <= 50
    assert len(_sections(message)) <= 3  # the rows share sections, not one block each


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_lists_confirmation_names_every_row_and_keeps_its_undo(language: str) -> None:
    logged = tuple(
        Logged(
            100 + i,
            "meeting",
            f"Kunde nummer {i:02d} AS",
            date(2026, 11, 23),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        )  # fmt: skip
        for i in range(60)
    )
    message = logged_all_reply(language, LoggedAll(logged))
    said = "\n".join(_sections(message))
    assert all(f"Kunde nummer {i:02d} AS" in said for i in range(60))
    assert all(len(text) <= 3000 for text in _sections(message)) and len(message["blocks"]) <= 50
    [undo] = [e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert undo["value"] == "all:" + ",".join(str(100 + i) for i in range(60))


# one row: "Record", "Registrer" (was "Record all 1"); more: "Record all 3"
LABELS = {
    "nb": ("Registrer", "Registrer alle 3", "Registrere den?", "Registrere alle 3?"),
    "sv": ("Registrera", "Registrera alla 3", "Registrera den?", "Registrera alla 3?"),
    "da": ("Registrer", "Registrer alle 3", "Registrere den?", "Registrere alle 3?"),
    "en": ("Record", "Record all 3", "Record it?", "Record all 3?"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_count_of_one_reads_as_one_in_each_language(language: str) -> None:
    one, three, asked_one, asked_three = LABELS[language]
    for rows, label, asked in (([_row(1)], one, asked_one), ([_row(i) for i in range(3)], three,
                                                            asked_three)):  # fmt: skip
        message = question_reply(language, _record_all_question(rows))
        [record, _cancel] = message["blocks"][-1]["elements"]
        assert record["text"]["text"] == label
        assert _sections(message)[0].startswith(asked), _sections(message)[0]


CONFIRMED = {  # "Recorded all N" and "Undone all N" for one and for two rows
    "nb": ("Registrert:", "Registrerte begge:", "Angret: den telles ikke lenger.",
           "Angret begge:"),
    "sv": ("Registrerad:", "Registrerade båda:", "Ångrad: den räknas inte längre.",
           "Ångrade båda:"),
    "da": ("Registreret:", "Registrerede begge:", "Fortrudt: den tælles ikke længere.",
           "Fortrudt begge:"),
    "en": ("Recorded:", "Recorded both:", "Undone: it is not counted any more.",
           "Undone both:"),
}  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_recorded_and_undone_say_one_row_as_one(language: str) -> None:
    one, two, undone_one, undone_two = CONFIRMED[language]
    logged = [
        Logged(i, "call", "Tine", date(2026, 11, 23), None, None, None, None, None, None, None)
        for i in (1, 2)
    ]
    assert one in _sections(logged_all_reply(language, LoggedAll(tuple(logged[:1]))))[0]
    assert two in _sections(logged_all_reply(language, LoggedAll(tuple(logged))))[0]
    row = ("call", "Tine", date(2026, 11, 23), 1, None, None, False)
    undone = undone_all_reply(language, UndoneAll("undone", (row,), 1))
    assert undone_one in _sections(undone)[0]
    assert (
        undone_two in _sections(undone_all_reply(language, UndoneAll("undone", (row, row), 2)))[0]
    )


ALREADY = {
    "nb": ("Den er allerede registrert", "Alle 3 er allerede registrert"),
    "sv": ("Den är redan registrerad", "Alla 3 är redan registrerade"),
    "da": ("Den er allerede registreret", "Alle 3 er allerede registreret"),
    "en": ("It is recorded already", "All 3 are recorded already"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_list_logged_already_is_said_so_row_by_row(language: str) -> None:
    one, three = ALREADY[language]
    row = ("offer", "Yara", date(2026, 11, 30), 1, Decimal(400000), "NOK", False)
    said = _sections(recorded_already_reply(language, RecordedAlready((row,))))[0]
    assert one in said and "*Yara*" in said
    rows = (row, ("meeting", "Tine", date(2026, 12, 1), 2, None, None, False))
    said = _sections(recorded_already_reply(language, RecordedAlready(rows)))[0]
    assert three in said and "*Tine*" in said and "*Yara*" in said
