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
