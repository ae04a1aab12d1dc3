"""Customers from a CSV file: `kpibot import customers FILE.csv`, or a file a manager shares with
the bot in a DM. Columns: name, tier (A/B/C), the owner's Slack user id or e-mail, and an optional
organisation number, under a header row (English, Norwegian, Swedish or Danish words; comma,
semicolon or tab separated; UTF-8 or Windows-1252 as Excel saves it).

Reading a file is pure (`read`); e-mails are looked up in Slack by the caller (a Slack call is no
service's business, and never made inside a transaction); `plan` compares the file with the
customers known and says what would change; `apply` makes those changes (the caller's unit of
work commits them all at once, or none). A name close to a known customer is never imported: it
is reported, to be fixed in the file. No Slack here, no clock reads."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.errors import UserError
from bot.services import questions
from bot.services.customers import (
    clean_display_name,
    customer_key,
    loose_key,
    stored_named,
    suggest,
)
from bot.services.dates import fold
from bot.services.kpi_args import MENTION
from bot.services.recording import MAX_NAME
from bot.services.requester import Who
from storage import questions as question_store
from storage import repositories as repo
from storage.models import Customer, Seller

MAX_BYTES = 1_000_000
MAX_ROWS = 5_000
IMPORT = "import"  # the pending question's code and its one option

# Header words (folded, punctuation as spaces) for each column.
HEADERS = {
    "name": {"name", "navn", "namn", "customer", "kunde", "kund", "company", "firma", "kundenavn"},
    "tier": {
        "tier",
        "niva",
        "niveau",
        "klasse",
        "klass",
        "kategori",
        "category",
        "class",
        "segment",
    },
    "owner": {
        "owner",
        "eier",
        "agare",
        "ejer",
        "email",
        "e mail",
        "epost",
        "e post",
        "owner email",
        "owner e mail",
        "owner slack id",
        "slack id",
        "slack",
        "selger",
        "saljare",
        "saelger",
        "seller",
        "ansvarlig",
        "ansvarig",
    },
    "org_number": {
        "org",
        "org number",
        "orgnr",
        "org nr",
        "organisation number",
        "organization number",
        "organisasjonsnummer",
        "organisationsnummer",
        "orgnummer",
        "cvr",
        "cvr nr",
        "cvr nummer",
    },
}
_HEADER_OF = {word: column for column, words in HEADERS.items() for word in words}
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Row:
    line: int
    name: str
    tier: str | None
    owner: str | None  # a Slack user id, an e-mail (lower case), or what was written
    org_number: str | None


@dataclass(frozen=True)
class Problem:
    line: int
    code: str  # "no_name" | "name_too_long" | "bad_tier" | "twice"
    text: str  # what was written


@dataclass(frozen=True)
class Rows:
    rows: list[Row]
    problems: list[Problem] = field(default_factory=list)

    def emails(self) -> list[str]:
        return sorted({r.owner for r in self.rows if r.owner and "@" in r.owner})


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel's "CSV" on Nordic Windows


def _header_word(cell: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(cell)).split())


def read(data: bytes) -> Rows:
    """The file's rows. A file that cannot be read at all raises UserError (one line)."""
    if len(data) > MAX_BYTES:
        raise UserError("import_too_big", limit="1 MB")
    if b"\x00" in data[:4096]:
        raise UserError("import_not_csv")
    text = _decode(data)
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise UserError("import_empty")
    first = lines[0]
    delimiter = max((";", ",", "\t"), key=first.count) if any(d in first for d in ";,\t") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        table = [(reader.line_num, row) for row in reader]
    except csv.Error:
        raise UserError("import_not_csv") from None
    table = [(n, row) for n, row in table if any(cell.strip() for cell in row)]
    header_line, header = table[0]
    columns: dict[str, int] = {}
    for i, cell in enumerate(header):
        column = _HEADER_OF.get(_header_word(cell))
        if column is not None and column not in columns:
            columns[column] = i
    if "name" not in columns:
        raise UserError("import_no_name", header=delimiter.join(header)[:80])
    if len(table) - 1 > MAX_ROWS:
        raise UserError("import_too_many", limit=MAX_ROWS)

    def cell(row: list[str], column: str) -> str:
        i = columns.get(column)
        return row[i].strip() if i is not None and i < len(row) else ""

    rows: list[Row] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for line, raw in table[1:]:
        name = clean_display_name(cell(raw, "name"))
        if not customer_key(name):
            problems.append(Problem(line, "no_name", ",".join(raw)[:60]))
            continue
        if len(name) > MAX_NAME:  # as a log command refuses it, never cut short unasked
            problems.append(Problem(line, "name_too_long", f"{name[:40]}… ({len(name)})"))
            continue
        tier_text = cell(raw, "tier").upper()
        if tier_text and tier_text not in {"A", "B", "C"}:
            problems.append(Problem(line, "bad_tier", cell(raw, "tier")[:20]))
            continue
        owner = cell(raw, "owner")
        mentioned = MENTION.fullmatch(owner)
        if mentioned:
            owner = mentioned.group(1)
        elif _EMAIL.match(owner):
            owner = owner.lower()
        key = customer_key(name)
        if key in seen:
            problems.append(Problem(line, "twice", name))
            continue
        seen[key] = line
        org = " ".join(cell(raw, "org_number").split())[:32]
        rows.append(Row(line, name, tier_text or None, owner or None, org or None))
    return Rows(rows, problems)


def _org_key(org_number: str | None) -> str:
    """`923 609 016`, `923609016` and `NO 923 609 016 MVA` are one number."""
    return re.sub(r"\D", "", org_number or "")


# -- what would change -------------------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    line: int
    name: str
    new: bool
    tier: str | None = None  # the tier it gets (None: unchanged)
    old_tier: str | None = None
    owner: str | None = None  # the owner's Slack user id it gets (None: unchanged)
    old_owner: str | None = None
    org_number: str | None = None


@dataclass(frozen=True)
class UnknownOwner:
    line: int
    name: str
    owner: str  # as written


@dataclass(frozen=True)
class NearMiss:
    line: int
    name: str
    known: list[str]


@dataclass(frozen=True)
class Plan:
    changes: list[Change]
    unchanged: int
    unknown_owners: list[UnknownOwner]
    near_misses: list[NearMiss]  # not imported
    problems: list[Problem]  # not imported

    @property
    def new(self) -> list[Change]:
        return [c for c in self.changes if c.new]

    @property
    def updated(self) -> list[Change]:
        return [c for c in self.changes if not c.new]


def plan(session: Session, workspace_id: str, rows: Rows, emails: dict[str, str]) -> Plan:
    """What importing `rows` would change. `emails`: e-mail -> Slack user id, as Slack said."""
    known = repo.customers_by_key(session, workspace_id)
    names = sorted(c.name for c in known.values())
    owner_ids = {c.owner_id for c in known.values() if c.owner_id}
    users = {
        s.id: s.slack_user_id for s in repo.sellers_by_id(session, workspace_id, list(owner_ids))
    }
    # The same organisation number is the same customer, whatever the name in the file.
    by_org = {_org_key(c.org_number): c for c in known.values() if _org_key(c.org_number)}
    # "Marks and Spencer" in the file, "Marks & Spencer" on the list: the same customer
    loosely = {loose_key(key): c for key, c in known.items()}
    changes: list[Change] = []
    unknown: list[UnknownOwner] = []
    near: list[NearMiss] = []
    unchanged = 0
    for row in rows.rows:
        owner = None
        if row.owner:
            if _USER_ID.match(row.owner):
                owner = row.owner
            else:
                owner = emails.get(row.owner)  # a name or a typo is never guessed
            if owner is None:
                unknown.append(UnknownOwner(row.line, row.name, row.owner))
        key = customer_key(row.name)
        customer = (
            known.get(key) or loosely.get(loose_key(key)) or by_org.get(_org_key(row.org_number))
        )
        if customer is None:
            hints = suggest(row.name, names)
            if hints:
                near.append(NearMiss(row.line, row.name, hints))
                continue
            changes.append(
                Change(row.line, row.name, True, row.tier, None, owner, None, row.org_number)
            )
            names.append(row.name)  # a near-duplicate further down the file is asked about too
            continue
        old_owner = users.get(customer.owner_id) if customer.owner_id else None
        tier = row.tier if row.tier and row.tier != customer.tier else None
        new_owner = owner if owner and owner != old_owner else None
        org = (
            row.org_number
            if row.org_number and _org_key(row.org_number) != _org_key(customer.org_number)
            else None
        )
        if tier is None and new_owner is None and org is None:
            unchanged += 1
            continue
        changes.append(
            Change(row.line, customer.name, False, tier, customer.tier, new_owner, old_owner, org)
        )
    return Plan(changes, unchanged, unknown, near, list(rows.problems))


def apply(session: Session, workspace_id: str, planned: Plan) -> None:
    """Make the planned changes (the caller commits them together)."""
    for change in planned.changes:
        key = customer_key(change.name)
        customer: Customer | None = stored_named(session, workspace_id, change.name)
        if customer is None:
            customer = repo.add_customer(session, workspace_id, change.name, key)
        elif customer.removed_at is not None:  # taken off the list once: back, as imported
            customer.removed_at, customer.name = None, change.name
        if change.tier:
            customer.tier = change.tier
        if change.org_number:
            customer.org_number = change.org_number
        if change.owner:
            seller: Seller = repo.ensure_seller(session, workspace_id, change.owner)
            customer.owner_id = seller.id
    session.flush()


# -- a file shared in a DM: the report now, the import on a click ----------------------------
def report(
    session: Session, who: Who, rows: Rows, emails: dict[str, str], *, ref: str, now: datetime
) -> tuple[Plan, str] | None:
    """A shared file: what it would change, and the token of its "Import" button. None when
    this file was reported already (a retried delivery)."""
    check_manager(who)
    if question_store.for_ref(session, who.workspace_id, ref[:200]):
        return None
    planned = plan(session, who.workspace_id, rows, emails)
    return planned, keep(session, who, rows, emails, ref=ref, now=now)


def keep(
    session: Session, who: Who, rows: Rows, emails: dict[str, str], *, ref: str, now: datetime
) -> str:
    """Keep a shared file's rows server-side until its "Import" button is clicked: the button
    carries only the token. Returns the token."""
    state = json.dumps(
        {
            "rows": [asdict(r) for r in rows.rows],
            "problems": [asdict(p) for p in rows.problems],
            "emails": emails,
        },
        ensure_ascii=False,
    )
    token = questions.new_token()
    question_store.add(
        session,
        token=token,
        workspace_id=who.workspace_id,
        user_id=who.user_id,
        code=IMPORT,
        source_ref=ref[:200],
        state=state,
        now=now,
    )
    return token


@dataclass(frozen=True)
class Imported:
    state: str  # "imported" | "already" | "forbidden" | "missing" | "expired"
    plan: Plan | None = None


def import_kept(session: Session, who: Who, token: str, *, now: datetime) -> Imported:
    """The "Import" button: once, by the manager who shared the file, within a week. The file
    is compared with the customers again now, so what is applied is what is current."""
    row = question_store.by_token(session, who.workspace_id, token)
    if row is None or row.code != IMPORT:
        return Imported("missing")
    if row.user_id != who.user_id or not who.is_manager:
        return Imported("forbidden")
    if row.answered_at is not None:
        return Imported("already")
    if questions.expired(row.created_at, now):
        return Imported("expired")
    data: dict[str, Any] = json.loads(row.state)
    rows = Rows(
        [Row(**r) for r in data.get("rows", [])], [Problem(**p) for p in data.get("problems", [])]
    )
    planned = plan(session, who.workspace_id, rows, dict(data.get("emails") or {}))
    apply(session, who.workspace_id, planned)
    row.answered_at, row.outcome = now, IMPORT
    return Imported("imported", planned)


def check_manager(who: Who) -> None:
    if not who.is_manager:
        raise UserError("not_manager")
