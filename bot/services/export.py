"""`kpibot export`: activities as CSV or JSON, one record each, undone ones left out.

Amounts are written exactly as stored (a Numeric(16, 2) column): `85000`, `1250.50`, never a
float's `85000.0` or `0.30000000000000004`. JSON writes them as numbers with those digits (a
reader that keeps decimals, such as Python's `json.loads(text, parse_float=Decimal)`, gets them
exactly); CSV writes the same digits.

`excel=True` writes the CSV a Norwegian, Swedish or Danish Excel opens by a double click: `;`
between fields and a decimal comma (their list separator and decimal mark), CRLF line ends, a
UTF-8 byte order mark (else Excel reads æøå as Windows-1252), and a text field that Excel would
take for a formula (`=`, `+`, `-`, `@` first) with an apostrophe before it. The default CSV stays
what tools read: `,` and a decimal point, no mark."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from bot.services.recording import first_ref
from storage.models import Activity

FIELDS = (
    "id",
    "team_id",
    "seller",
    "seller_name",
    "customer",
    "kind",
    "date",
    "amount",
    "currency",
    "source",
    "note",
    "created_at",
    "revised_from",  # an offer that revised an open offer: the amount it replaced
    "revised_from_currency",
    # The deal (lead) it is part of: parallel deals with one customer are told apart by it.
    "deal",
)
AMOUNTS = ("amount", "revised_from")
# Fields a person typed: what Excel must not run as a formula.
TYPED = ("seller_name", "customer", "note")
_CENT = Decimal("0.01")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def record_of(activity: Activity, note: str | None = None) -> dict[str, Any]:
    """One row. `note`: the note of the log it was one of, where its own is empty (records)."""
    # team_id is the Slack workspace (team) id, the same as in every Slack payload.
    return {
        "id": activity.id,
        "team_id": activity.workspace_id,
        "seller": activity.seller.slack_user_id,
        "seller_name": activity.seller.display_name,
        "customer": activity.customer.name,
        "kind": activity.kind,
        "date": activity.occurred_on.isoformat(),
        "amount": exact(activity.amount),
        "currency": activity.currency,
        "source": activity.source,
        "note": activity.note or note,
        "created_at": activity.created_at.isoformat(),
        "revised_from": exact(activity.replaced_amount),
        "revised_from_currency": activity.replaced_currency,
        "deal": activity.lead_id,
    }


def records(activities: Iterable[Activity]) -> list[dict[str, Any]]:
    """The rows, each record of one log carrying its note: "Ringte Equinor 2 ganger, fikk ikke
    svar" is stored as two calls, the note on the first alone (recording.record_times: said once
    about the lead), and both rows say "fikk ikke svar" (mendB32; was: the second row empty)."""
    items = list(activities)
    notes = {(a.workspace_id, a.source_ref): a.note for a in items if a.note}
    return [record_of(a, notes.get((a.workspace_id, first_ref(a.source_ref or "")))) for a in items]


def exact(amount: Decimal | None) -> Decimal | None:
    """An amount as stored, in øre: whole kroner without decimals (85000), else two (1250.50)."""
    if amount is None:
        return None
    cents = Decimal(amount).quantize(_CENT)
    return cents.quantize(Decimal(1)) if cents == cents.to_integral_value() else cents


def amount_text(amount: Decimal, *, decimal_mark: str = ".") -> str:
    return f"{amount:f}".replace(".", decimal_mark)


def to_json(activities: Iterable[Activity]) -> str:
    """A list of objects, two spaces indented; amounts as JSON numbers with their exact digits."""

    def value(key: str, v: Any) -> str:
        if key in AMOUNTS and v is not None:
            return amount_text(v)
        return json.dumps(v, ensure_ascii=False)

    written = [
        "  {\n"
        + ",\n".join(f"    {json.dumps(k)}: {value(k, v)}" for k, v in row.items())
        + "\n  }"
        for row in records(activities)
    ]
    return "[\n" + ",\n".join(written) + "\n]" if written else "[]"


def to_csv(activities: Iterable[Activity], *, excel: bool = False) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(
        out,
        fieldnames=FIELDS,
        delimiter=";" if excel else ",",
        lineterminator="\r\n" if excel else "\n",
    )
    writer.writeheader()
    for row in records(activities):
        writer.writerow({k: _cell(k, v, excel) for k, v in row.items()})
    return ("\ufeff" if excel else "") + out.getvalue()


def _cell(key: str, value: Any, excel: bool) -> Any:
    if value is None:
        return ""
    if key in AMOUNTS:
        return amount_text(value, decimal_mark="," if excel else ".")
    if excel and key in TYPED and str(value).startswith(_FORMULA_START):
        return "'" + str(value)
    return value
