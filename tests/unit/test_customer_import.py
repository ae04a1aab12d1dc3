"""Reading a customer file as people save them: headers in four languages, comma, semicolon or
tab, UTF-8 with or without BOM or Excel's Windows-1252, owners as ids, mentions or e-mails."""

from __future__ import annotations

import pytest

from bot.errors import UserError
from bot.services.customer_import import Row, read


@pytest.mark.parametrize(
    "data",
    [
        b"name,tier,owner,org number\nEquinor ASA,a,U0KARI,923 609 016\n",
        "\ufeffNavn;Nivå;Eier;Orgnr\nEquinor ASA;A;U0KARI;923 609 016\n".encode(),
        "Namn\tNivå\tÄgare\tOrganisationsnummer\nEquinor ASA\tA\t<@U0KARI|kari>\t923 609 016\n".encode(),
        "Kunde;Niveau;Ejer;CVR\r\nEquinor ASA;A;U0KARI;923 609 016\r\n\r\n".encode("cp1252"),
    ],
)
def test_one_customer_however_the_sheet_was_saved(data: bytes) -> None:
    rows = read(data)
    assert rows.rows == [Row(2, "Equinor ASA", "A", "U0KARI", "923 609 016")]
    assert rows.problems == []


def test_windows_1252_letters_survive() -> None:
    rows = read("name;owner\nRøros Bryggeri;Åse@Example.no\n".encode("cp1252"))
    assert rows.rows == [Row(2, "Røros Bryggeri", None, "åse@example.no", None)]
    assert rows.emails() == ["åse@example.no"]


def test_lines_that_cannot_be_imported_are_named() -> None:
    rows = read(b"name,tier\nAcme,A\n,B\nBeta,Z\nACME AS,B\n")
    assert [r.name for r in rows.rows] == ["Acme"]
    assert [(p.line, p.code) for p in rows.problems] == [
        (3, "no_name"),
        (4, "bad_tier"),
        (5, "twice"),
    ]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "import_empty"),
        (b"\n\n", "import_empty"),
        (b"foo,bar\n1,2\n", "import_no_name"),
        (b"PK\x03\x04\x00\x00", "import_not_csv"),
        (b"name\n" + b"x" * 1_000_001, "import_too_big"),
    ],
)
def test_a_file_that_is_no_customer_list(data: bytes, code: str) -> None:
    with pytest.raises(UserError) as raised:
        read(data)
    assert raised.value.code == code


def test_a_name_longer_than_a_name_may_be_is_a_line_not_imported_never_cut_short() -> None:
    """As a log command refuses a new name over 100 characters (recording.MAX_NAME); the
    import cut it at 200 without a word."""
    longest, too_long = "A" * 100, "Fjord " * 40  # 100 and 239 characters
    rows = read(f"name,tier\nAcme,A\n{too_long},B\n{longest},C\n".encode())
    assert [r.name for r in rows.rows] == ["Acme", longest]
    [problem] = rows.problems
    assert (problem.line, problem.code) == (3, "name_too_long")
    assert "(239)" in problem.text
