"""`kpibot export`'s records, written: amounts exactly as stored (85000, 1250.50, never 85000.0),
in JSON and CSV; `--excel` for a Norwegian, Swedish or Danish Excel (`;`, decimal comma, a byte
order mark, CRLF, typed text never run as a formula). Pure: models built in memory."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from decimal import Decimal as D

from bot.services.export import FIELDS, to_csv, to_json
from storage.models import Activity, Customer, Seller


def _activity(
    i: int, amount: D | None, *, note: str | None = None, was: D | None = None
) -> Activity:
    return Activity(
        id=i,
        workspace_id="T0DEMO",
        seller=Seller(slack_user_id="U0KARI", display_name="Kari Østby"),
        customer=Customer(name="Ærø Mølle"),
        kind="offer" if amount is not None else "meeting",
        occurred_on=date(2026, 11, 30),
        amount=amount,
        currency="NOK" if amount is not None else None,
        source="command",
        note=note,
        created_at=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
        replaced_amount=was,
        replaced_currency="NOK" if was is not None else None,
        lead_id=7,
    )


# As the database hands them back: Numeric(16, 2) reads as two places on PostgreSQL and SQLite.
ROWS = [
    _activity(1, D("85000.00")),
    _activity(2, D("1250.50"), note='=HYPERLINK("x")', was=D("1000.00")),
    _activity(3, None, note="- ring tilbake"),
    _activity(4, D("0.10")),
]


def test_json_writes_amounts_with_their_stored_digits_as_numbers() -> None:
    text = to_json(ROWS)
    assert '"amount": 85000,' in text
    assert '"amount": 1250.50,' in text and '"revised_from": 1000,' in text
    assert '"amount": 0.10,' in text
    assert '"amount": null,' in text
    assert ".0," not in text.replace("0.10,", "")  # no float's 85000.0
    records = json.loads(text, parse_float=D)
    assert [r["amount"] for r in records] == [85000, D("1250.50"), None, D("0.10")]
    assert [list(r) for r in records] == [list(FIELDS)] * 4
    assert records[0]["customer"] == "Ærø Mølle"  # as typed, not \u00c6
    assert to_json([]) == "[]"


def test_csv_for_tools_is_comma_separated_with_a_decimal_point() -> None:
    text = to_csv(ROWS)
    assert not text.startswith("\ufeff") and "\r\n" not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["amount"] for r in rows] == ["85000", "1250.50", "", "0.10"]
    assert rows[1]["revised_from"] == "1000"
    assert rows[1]["note"] == '=HYPERLINK("x")'  # data as stored: tools read it as text


def test_excel_csv_has_semicolons_a_decimal_comma_a_bom_and_no_formulas() -> None:
    text = to_csv(ROWS, excel=True)
    assert text.startswith("\ufeff")
    assert text.count("\r\n") == len(ROWS) + 1
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";"))
    assert list(rows[0]) == list(FIELDS)
    assert [r["amount"] for r in rows] == ["85000", "1250,50", "", "0,10"]
    assert rows[1]["revised_from"] == "1000"
    assert rows[1]["note"] == '\'=HYPERLINK("x")'
    assert rows[2]["note"] == "'- ring tilbake"
    assert rows[0]["seller_name"] == "Kari Østby"
