"""customers' keys without the legal forms added to the reader in session 60

Revision ID: 0027a
Revises: 0026a
Create Date: 2026-12-06 13:00:00.000000

- customers.key is customer_key(name): folded, a legal form at the end dropped. Session 60 added
  the UK's LLP, Sweden's co-operatives ("ek. för.", "ek.för.", "ekonomisk förening"), Denmark's
  K/S, P/S and IVS, and Norway's NUF, ENK and IKS to the forms (bot.services.customers). A row
  keyed before kept its form in the key ("kestrel analytics llp"), and the same name typed
  again is keyed without it ("kestrel analytics"): a second customer, the first's leads and
  figures apart from the new entries. Such keys lose the form's words here, as the reader now
  makes them, the words written out (this migration imports no app code: the key function may
  change again). A key the workspace already holds without the form (two customers made
  apart, "Acme" and "Acme LLP") is left as it is: which is meant is a person's call, never a
  migration's merge.
Downgrade leaves the keys: a shorter key is still the row's, and the old reader keyed a name with
its form as a new name, as before this revision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0027a"
down_revision = "0026a"
branch_labels = None
depends_on = None

# The forms added, their words as customers' keys spell them (folded; dots and apostrophes
# joined)
_ADDED = (
    ("ekonomisk", "forening"),
    ("ek", "for"),
    ("k", "s"),
    ("p", "s"),
    ("ekfor",),
    ("llp",),
    ("ivs",),
    ("nuf",),
    ("enk",),
    ("iks",),
)
# Every form at this revision, longest first: once one added is dropped, a form before it goes
# too, as the reader keys it ("Skanska AB NUF": "skanska", never "skanska ab")
_FORMS = sorted(
    {
        *_ADDED,
        *(("a", "s"), ("ab", "publ"), ("i", "s"), ("ab",), ("amba",), ("ans",), ("aps",)),
        *(("as",), ("asa",), ("bv",), ("da",), ("gmbh",), ("hb",), ("inc",), ("kb",), ("ks",)),
        *(("limited",), ("llc",), ("ltd",), ("nv",), ("oy",), ("oyj",), ("plc",), ("sa",)),
    },
    key=len,
    reverse=True,
)


def _without_a_form(key: str) -> str:
    words = key.split()
    if not any(len(words) > len(f) and tuple(words[-len(f) :]) == f for f in _ADDED):
        return key  # keyed alike before and after
    stripped = True
    while stripped:
        stripped = False
        for form in _FORMS:
            if len(words) > len(form) and tuple(words[-len(form) :]) == form:
                words, stripped = words[: -len(form)], True
                break
    return " ".join(words)


def upgrade() -> None:
    customers = sa.table("customers", sa.column("id"), sa.column("workspace_id"), sa.column("key"))
    conn = op.get_bind()
    rows = conn.execute(sa.select(customers.c.id, customers.c.workspace_id, customers.c.key)).all()
    taken = {(row.workspace_id, row.key) for row in rows}
    for row in rows:
        key = _without_a_form(row.key)
        if key == row.key or (row.workspace_id, key) in taken:
            continue
        conn.execute(customers.update().where(customers.c.id == row.id).values(key=key))
        taken.discard((row.workspace_id, row.key))
        taken.add((row.workspace_id, key))


def downgrade() -> None:
    pass
