"""A logged entry's writes: its lead (new, or changed by it), the lead's history row and the
activity itself.

On SQLite each is a statement of its own, in-process and cheap. On PostgreSQL each statement is
a round trip, so they go as one statement, a data-modifying CTE:

    WITH lead AS (INSERT INTO leads … RETURNING id),            -- or UPDATE leads … WHERE id = …
         ended AS (UPDATE lead_states SET valid_to = … WHERE lead_id = … AND valid_to IS NULL),
         state AS (INSERT INTO lead_states (lead_id, …) VALUES ((SELECT id FROM lead), …)),
         act AS (INSERT INTO activities (lead_id, …) VALUES ((SELECT id FROM lead), …) RETURNING id)
    SELECT …

Every part sees the rows as they stood before the statement (PostgreSQL's rule for such CTEs):
`ended` closes the lead's current history row and never the one `state` adds, which is what the
statements one by one did. Foreign keys are checked at the statement's end, so the activity
may name the lead inserted beside it. The statement is atomic: a duplicate delivery's
reference (the activities' unique key) fails it whole, as it failed the transaction before.
One round trip instead of two to four (tests/slack/test_request_cost.py counts them).

The same rows, in the same columns, either way (tests/storage/test_logged.py)."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, cast, null, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from storage import cursor, history, rows
from storage import repositories as repo
from storage.models import WORKSPACE_VERSION, Activity, Lead, LeadState, Workspace
from storage.rows import ActivityRow, LeadRow

_LEADS = Lead.__table__
_STATES = LeadState.__table__
_ACTIVITIES = Activity.__table__
_LEAD_VALUES = tuple(key for key in rows.LEAD_COLUMNS if key != "id")
_STATE_COLUMNS = ("workspace_id", "valid_from", *history.TRACKED)
# Columns SQLAlchemy would fill from a Python-side default when not given: a part of a CTE
# cannot take such a value, so without them the statements go one by one.
_DEFAULTED = {
    table.name: frozenset(column.key for column in table.columns if column.default is not None)
    for table in (_LEADS, _ACTIVITIES)
}


def save(session: Session, lead: Any, activity: ActivityRow, now: datetime) -> None:
    """Write `lead` (None: the entry has none; a LeadRow or the session's Lead, already in its
    new state, its `updated_at` set), its history from `now` when a tracked column changed, and
    `activity` (its `lead_id` and `origin_lead_id` set to the lead's; its id set)."""
    if session.get_bind().dialect.name == "postgresql" and _in_one(session, lead, activity):
        _save_in_one(session, lead, activity, now)
        return
    if lead is not None:
        # Its history first (a new lead is written there, for its id); then its change.
        history.record_lead_state(session, lead, now)
        rows.save_lead(session, lead)
        activity.lead_id = activity.origin_lead_id = lead.id
    repo.add_activity(session, activity)


def _in_one(session: Session, lead: Any, activity: ActivityRow) -> bool:
    if lead is not None and not isinstance(lead, LeadRow):
        return False  # the session's own Lead: the ORM writes it
    if rows.unflushed(session):
        return False  # unflushed ORM work first, as one by one
    if any(getattr(activity, key) is None for key in _DEFAULTED["activities"]):
        return False
    if lead is not None and lead.stored is None:
        return all(getattr(lead, key) is not None for key in _DEFAULTED["leads"])
    return True


def _save_in_one(
    session: Session, lead: LeadRow | None, activity: ActivityRow, now: datetime
) -> None:
    params: dict[str, Any] = {}
    lead_keys: tuple[str, ...] = ()
    new_lead = False
    state = "none"  # the lead's history: "none" unchanged, "first" a new lead's, "next"
    values: dict[str, Any] = {}
    if lead is not None:
        values = {key: getattr(lead, key) for key in _LEAD_VALUES}
        new_lead = lead.stored is None
        if new_lead:
            given = {key: value for key, value in values.items() if value is not None}
            state = "first"
        else:
            given = {key: value for key, value in values.items() if lead.stored[key] != value}
            params["l_id"] = lead.id
            if rows.lead_changed(lead, history.TRACKED):
                state = "next"
                params["e_lead"] = lead.id
        lead_keys = tuple(given)
        params.update({f"l_{key}": value for key, value in given.items()})
        if state != "none":
            params.update({f"s_{key}": getattr(lead, key) for key in history.TRACKED})
            params["s_workspace_id"] = lead.workspace_id
            params["s_valid_from"] = now
            if state == "next":
                params["s_lead_id"] = lead.id
                params["e_now"] = now
        if not new_lead:
            activity.lead_id = activity.origin_lead_id = lead.id
    activity_keys = tuple(
        key
        for key in rows.ACTIVITY_COLUMNS
        if getattr(activity, key) is not None
        and not (new_lead and key in ("lead_id", "origin_lead_id"))
    )
    params.update({f"a_{key}": getattr(activity, key) for key in activity_keys})
    kept = session.info.get(rows.KEPT)
    if kept is not None:
        params["kept_ws"], params["kept_version"] = kept
    statement = _statement(
        lead is not None,
        new_lead,
        lead_keys if lead is not None else (),
        state,
        activity_keys,
        kept is not None,
    )
    session.info[rows.WRITTEN] = True
    found = cursor.execute(session, statement, params).one_or_none()
    if kept is not None:
        # ack29: written only while the workspace's people version is still the one the
        # requester was kept at (read in the write's own snapshot); else nothing written, no id
        # taken, and the unit of work does it all again with the requester read afresh
        rows.verify_kept(session, None if found is None else kept[1])
    assert found is not None
    lead_id, activity.id = found
    if lead is not None:
        if new_lead:
            lead.id = lead_id
            activity.lead_id = activity.origin_lead_id = lead_id
        values["id"] = lead.id
        lead.stored = values
    session.info.setdefault(repo.INSERTED_ACTIVITIES, []).append(activity.kind)


def _bind(table: Any, prefix: str, key: str) -> Any:
    return bindparam(f"{prefix}_{key}", type_=table.c[key].type)


@cache
def _statement(
    has_lead: bool,
    new_lead: bool,
    lead_keys: tuple[str, ...],
    state: str,
    activity_keys: tuple[str, ...],
    versioned: bool = False,
) -> Any:
    """The one statement, per shape (which parts, which columns given): compiled once each.
    `versioned`: each part writes only while the workspace's people version (`kept_ws`) is
    still `kept_version`, read in the write's own snapshot (migration 0026a); else it answers
    no row."""
    ctes = []
    lead_id: Any = None
    still = None
    if versioned:
        still = select(WORKSPACE_VERSION).where(
            Workspace.id == bindparam("kept_ws", type_=Workspace.id.type)
        ).scalar_subquery() == bindparam("kept_version", type_=WORKSPACE_VERSION.type)
    if has_lead and new_lead:
        lead = (
            _insert(_LEADS, {key: _bind(_LEADS, "l", key) for key in lead_keys}, still)
            .returning(_LEADS.c.id)
            .cte("logged_lead")
        )
        ctes.append(lead)
        lead_id = select(lead.c.id).scalar_subquery()
    elif has_lead and lead_keys:
        ctes.append(
            _LEADS.update()
            .where(_LEADS.c.id == bindparam("l_id", type_=_LEADS.c.id.type), *_when(still))
            .values({key: _bind(_LEADS, "l", key) for key in lead_keys})
            .cte("logged_lead")
        )
    if state == "next":
        ctes.append(
            _STATES.update()
            .where(
                _STATES.c.lead_id == bindparam("e_lead", type_=_STATES.c.lead_id.type),
                _STATES.c.valid_to.is_(None),
                *_when(still),
            )
            .values(valid_to=bindparam("e_now", type_=_STATES.c.valid_to.type))
            .cte("logged_state_ended")
        )
    if state != "none":
        state_values = {key: _bind(_STATES, "s", key) for key in _STATE_COLUMNS}
        state_values["lead_id"] = lead_id if new_lead else _bind(_STATES, "s", "lead_id")
        ctes.append(_insert(_STATES, state_values, still).cte("logged_state"))
    activity_values = {key: _bind(_ACTIVITIES, "a", key) for key in activity_keys}
    if new_lead:
        activity_values["lead_id"] = activity_values["origin_lead_id"] = lead_id
    act = (
        _insert(_ACTIVITIES, activity_values, still)
        .returning(_ACTIVITIES.c.id)
        .cte("logged_activity")
    )
    answer = lead_id.label("lead_id") if new_lead else null().label("lead_id")
    return select(answer, act.c.id).add_cte(*ctes)


def _when(still: Any) -> tuple[Any, ...]:
    return () if still is None else (still,)


def _insert(table: Any, values: dict[str, Any], still: Any) -> Any:
    """INSERT … VALUES, or with `still`: INSERT … SELECT … WHERE still (each value cast to its
    column's type: a parameter in a SELECT list has none of its own on PostgreSQL)."""
    if still is None:
        return table.insert().values(values)
    chosen = [
        cast(value, table.c[key].type) if isinstance(value, BindParameter) else value
        for key, value in values.items()
    ]
    return table.insert().from_select(list(values), select(*chosen).where(still))
