"""Session 21: the same talk said N times ("2 ganger", "to gange", "två gånger", "twice",
"x2", "2x", "2 st", "2 calls") is read as a count in commands and channel messages, four
languages: never glued onto the name ("Novo 2"), never one recorded sure when N were said.
Commands read the count as a count, nothing left unread (times21: stored as that many records,
tests/unit/test_times21.py); messages are asked (likely), the customer read without the count. Rows through the shared runner (tests/unit/fresh_phrasings)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.commands.times import said_times
from tests.unit.fresh_phrasings import CALL, MEETING, L, S, check_command, check_message

T = date(2026, 12, 1)  # Tuesday; every row is read on it (no clock)
KNOWN = ["Equinor", "Novo", "Tesco", "Volvo", "Kiwi", "Rema 1000"]

COMMANDS = [
    ("call", "da", "Novo 2 gange i dag", {"customer": "Novo", "unread": None}),
    ("call", "nb", "Equinor 3 ganger", {"customer": "Equinor", "unread": None}),
    ("call", "en", "Tesco 2 calls", {"customer": "Tesco", "unread": None}),
    ("call", "nb", "2 samtaler med Novo", {"customer": "Novo", "unread": None}),
    ("call", "da", "Novo x2", {"customer": "Novo", "unread": None}),
    ("call", "nb", "Novo to ganger", {"customer": "Novo", "unread": None}),
    ("call", "sv", "ringde Volvo två gånger", {"customer": "Volvo", "unread": None}),
    ("call", "en", "Tesco twice", {"customer": "Tesco", "unread": None}),
    ("meeting", "nb", "Kiwi 2x, varm", {"customer": "Kiwi", "unread": None, "temp": "warm"}),
    ("meeting", "sv", "Volvo 2 st", {"customer": "Volvo", "unread": None}),
    ("meeting", "en", "Tesco two times", {"customer": "Tesco", "unread": None}),
    ("call", "nb", "Rema 1000", {"customer": "Rema 1000", "unread": None}),  # a name's number
]  # fmt: skip


@pytest.mark.parametrize("known", [KNOWN, []], ids=["known", "new"])
@pytest.mark.parametrize("row", COMMANDS, ids=[row[2] for row in COMMANDS])
def test_a_commands_count_is_read_as_a_count(row, known) -> None:  # type: ignore[no-untyped-def]
    if row[2] == "Rema 1000" and not known:
        return
    check_command(row, T, known)


MESSAGES = [
    ("Ringte Novo 2 ganger i dag", [(L, CALL, "Novo", None, T)]),
    ("Ringde Volvo två gånger idag", [(L, CALL, "Volvo", None, T)]),
    ("Called Tesco twice today", [(L, CALL, "Tesco", None, T)]),
    ("Ringede til Novo 3 gange i dag", [(L, CALL, "Novo", None, T)]),
    ("Møte med Kiwi to ganger denne uka", [(L, MEETING, "Kiwi", None, T)]),
    ("Ringte Novo i dag", [(S, CALL, "Novo", None, T)]),  # once: sure, as before
]


@pytest.mark.parametrize("known", [KNOWN, []], ids=["known", "new"])
@pytest.mark.parametrize("row", MESSAGES, ids=[row[0] for row in MESSAGES])
def test_a_messages_count_is_asked_never_one_sure(row, known) -> None:  # type: ignore[no-untyped-def]
    check_message(row, T, known)


@pytest.mark.parametrize(
    ("text", "count"),
    [("Novo 2 gange", 2), ("Novo x3", 3), ("twice", 2), ("to ganger", 2), ("fem gånger", 5),
     ("Novo 1 gang", None), ("Rema 1000", None), ("Ringte 3M", None), ("Tine 2 mill", None),
     ("Aker BP uke 4x", None), ("Boots on 21st July", None), ("Volvo 2 st", 2)],
)  # fmt: skip
def test_said_times(text, count) -> None:  # type: ignore[no-untyped-def]
    found = said_times(text)
    assert (found.count if found else None) == count
