"""Reading `/kpi customer …`: the action word after the name; a name with such a word in it is
still a tier command, never a rename or a delete."""

from __future__ import annotations

import pytest

from bot.errors import UserError
from bot.services.customer_admin import CustomerArgs, parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme tier A", CustomerArgs("tier", "Acme", "A")),
        ("Acme B", CustomerArgs("tier", "Acme", "B")),
        ("Equinr tier A --new", CustomerArgs("tier", "Equinr", "A", create=True)),
        ("Equinr rename Equinor ASA", CustomerArgs("rename", "Equinr", "Equinor ASA")),
        ("Statoil merge into Equinor", CustomerArgs("merge", "Statoil", "Equinor")),
        ("Statoil flett inn i Equinor", CustomerArgs("merge", "Statoil", "Equinor")),
        ("Statoil sammanfoga med Equinor", CustomerArgs("merge", "Statoil", "Equinor")),
        ("Ukjent Kunde slett", CustomerArgs("delete", "Ukjent Kunde")),
        ("Ukjent Kunde radera", CustomerArgs("delete", "Ukjent Kunde")),
        ("Equinor owner <@U0OLA|ola>", CustomerArgs("owner", "Equinor", "U0OLA", label="ola")),
        ("Equinor eier <@U0OLA>", CustomerArgs("owner", "Equinor", "U0OLA")),
        ("Acme Delete Services tier A", CustomerArgs("tier", "Acme Delete Services", "A")),
        ("Nordic Owner Group tier B", CustomerArgs("tier", "Nordic Owner Group", "B")),
        (
            "Rename Partners rename Rename Group",
            CustomerArgs("rename", "Rename Partners", "Rename Group"),
        ),
    ],
)
def test_reads_the_action(text: str, expected: CustomerArgs) -> None:
    assert parse(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Equinor owner ola", "no_owner_mention"),
        ("Equinor rename", "rename_syntax"),
        ("Equinor merge into", "merge_syntax"),
        ("Equinor", "tier_syntax"),
        ("", "tier_syntax"),
    ],
)
def test_what_cannot_be_read_says_what_is_missing(text: str, code: str) -> None:
    with pytest.raises(UserError) as raised:
        parse(text)
    assert raised.value.code == code
