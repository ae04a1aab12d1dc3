"""What a log command says: the record the parser returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bot.domain import ActivityKind, Temperature

DEFAULT_NEXT_STEP = "follow-up"


@dataclass(frozen=True)
class NextStep:
    what: str
    due: date


@dataclass(frozen=True)
class LogCommand:
    kind: ActivityKind
    customer: str  # display name as typed (clean_display_name)
    when: date
    temperature: Temperature | None = None
    amount: Decimal | None = None
    currency: str | None = None  # None = not stated (the recorder decides)
    next_step: NextStep | None = None
    note: str | None = None  # free text after "--" (or the loss reason)
    margin_pct: Decimal | None = None  # /logwin Acme 400k margin 22%
    # Words after the customer that were read as nothing, as typed (None: everything was read).
    # The customer and every other field are what was understood without them.
    unread: str | None = None
