"""`kpibot export`: activities as CSV or JSON, one record each, undone ones left out."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

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


def record_of(activity: Activity) -> dict[str, Any]:
    # team_id is the Slack workspace (team) id, the same as in every Slack payload.
    return {
        "id": activity.id,
        "team_id": activity.workspace_id,
        "seller": activity.seller.slack_user_id,
        "seller_name": activity.seller.display_name,
        "customer": activity.customer.name,
        "kind": activity.kind,
        "date": activity.occurred_on.isoformat(),
        "amount": float(activity.amount) if activity.amount is not None else None,
        "currency": activity.currency,
        "source": activity.source,
        "note": activity.note,
        "created_at": activity.created_at.isoformat(),
        "revised_from": float(activity.replaced_amount)
        if activity.replaced_amount is not None
        else None,
        "revised_from_currency": activity.replaced_currency,
        "deal": activity.lead_id,
    }


def to_json(activities: Iterable[Activity]) -> str:
    return json.dumps([record_of(a) for a in activities], ensure_ascii=False, indent=2)


def to_csv(activities: Iterable[Activity]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for activity in activities:
        row = record_of(activity)
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue()
