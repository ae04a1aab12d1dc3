"""What a log command says: the record the parser returns."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from datetime import date
from decimal import Decimal

from bot.domain import ActivityKind, Temperature

DEFAULT_NEXT_STEP = "follow-up"


def _quick_init(cls: type) -> type:
    """reader30. A frozen dataclass's generated __init__ sets each field with its own call of
    object.__setattr__ (~2 k instructions a field: ~45 k for LogCommand's 24, built once or more
    a reading); this one sets the same values into the instance's __dict__ at once, with the
    same signature (the fields in order, the same defaults). Only for a class with no default
    factory, keyword-only field, __post_init__ or __slots__ (checked here, at import). The
    generated one is kept as `_generated_init` (tests/unit/test_reader_cuts30.py compares)."""
    every = fields(cls)  # type: ignore[arg-type]
    if (
        any(not f.init or f.kw_only or f.default_factory is not MISSING for f in every)
        or hasattr(cls, "__post_init__")
        or "__slots__" in vars(cls)
    ):
        raise TypeError(f"{cls.__name__}: _quick_init cannot stand in for its __init__")
    defaults = {f"_d_{f.name}": f.default for f in every if f.default is not MISSING}
    params = ", ".join(f.name if f.default is MISSING else f"{f.name}=_d_{f.name}" for f in every)
    values = ", ".join(f"{f.name!r}: {f.name}" for f in every)
    source = f"def __init__(self, {params}):\n    self.__dict__.update({{{values}}})\n"
    space: dict[str, object] = {}
    exec(source, defaults, space)  # noqa: S102 - the class's own field names, nothing typed
    init = space["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls._generated_init = cls.__init__  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[misc]
    return cls


@_quick_init
@dataclass(frozen=True)
class NextStep:
    what: str
    due: date
    # days29. The day said with "før", "innan", "before", "by" ("følger opp før 17. mai"): a
    # step due before it, on its last working day when the day itself is not worked.
    before: bool = field(default=False, compare=False)
    # heldcmd30. The day said as a week ("neste møte uke 18", "følger opp neste uke"): its first
    # working day where the seller is, never its Monday when that is a holiday (1. mai).
    week: bool = field(default=False, compare=False)
    # mendA33. The day said as a month alone ("følg opp i januar", "in January"): due by the
    # month's last working day where the seller works (next_steps.due_in_the_period).
    month: bool = field(default=False, compare=False)
    # mendA33. The week said as the days after a weekend ("over helga", "after the weekend"):
    # its first working day, a day (not due by the week's end as a week said is).
    weekend: bool = field(default=False, compare=False)
    # left34. A week or a month said for the step, as typed ("i januar", "v. 2", "next week"):
    # the confirmation says it beside the day it is due by ("i januar (innen fre. 29. jan.)")
    period: str | None = field(default=None, compare=False)


@_quick_init
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
    # A coming day alone after the customer ("Equinor neste uke", "Aker next Tue"), with no
    # day, temperature or step of this activity's own: read as the next step after an activity
    # today, but it may as well be the day the activity is booked for. The recorder asks.
    day_alone: bool = field(default=False, compare=False)  # a note on the reading, not the record
    # A price per period among the unread words ("50k/mnd", "kr/md", "20k/kvartal"), as typed,
    # and a whole value for the question's example (for as long as said: "i 12 mnd", else a
    # year): the question says it is a price, not the deal's value.
    per_period: str | None = field(default=None, compare=False)
    whole_value: Decimal | None = field(default=None, compare=False)
    # cmds28. `whole_value` is for a term the words say ("i 24 mdr", "x 24"), not a year's
    # worth: the question says so, never "a year when none is written".
    term_written: bool = field(default=False, compare=False)
    # Session 24 (conv24). A price per period with its term said ("5000 pr mnd x 24"): `amount`
    # is the whole value for the term (120 000, as the held-out writers read it) and this the
    # price as typed, the other reading the question offers. None otherwise.
    price: Decimal | None = field(default=None, compare=False)
    # Session 21. "/logoffer Studio 54 250 000 kr", a new name: the number that ends the name
    # may begin the amount. The customer and amount are the name's reading ("Studio 54", 250 000);
    # these the other ("Studio", 54 250 000). The recorder asks which, one click each.
    other_customer: str | None = field(default=None, compare=False)
    other_amount: Decimal | None = field(default=None, compare=False)
    # Session 22. A loss keeps its amount in the note ("/loglost Studio 54 250 000 kr, pris"):
    # the other reading's note ("54 250 000 kr, pris", to Studio), for the same question.
    other_note: str | None = field(default=None, compare=False)
    # Session 22. The unread words are a name after a comma ("/logmeeting Statkraft, Yara"): a
    # second customer, or a place or part of the first? The question names both ways.
    second_customer: str | None = field(default=None, compare=False)
    # Today's date typed as a date ("30.11", "2026-11-30"), not "i dag" or nothing: the day is
    # the seller's own, not asked about after midnight (log_questions.night_question).
    own_day: bool = field(default=False, compare=False)
    # The same talk said N times ("2 ganger", "twice", "x3"): N records (session 21), and the
    # words that said so, as typed (for the question when N is many, or a week's days).
    times: int = 1
    times_said: str | None = field(default=None, compare=False)
    # readers24. "/logcall Orkla 2 ganger mandag og onsdag": the talks said N times, each on a
    # day of its own (as many days as times, `when` the first): one record a day, once asked.
    days: tuple[date, ...] = field(default=(), compare=False)
    # days29. A week said as the day of done work, as typed ("forrige uke", "v. 47", "last
    # week"): `when` is its Monday, as the corpora read it; the recorder asks which day of it.
    week: str | None = field(default=None, compare=False)
    # Session 41. A next step said with no day at all ("neste: sende tilbud", "next step: send
    # proposal"): its words (the step's what); `unread` holds the clause as typed. The recorder
    # asks by which day (was refused, "missing_next_date", the talk lost).
    step_no_day: str | None = field(default=None, compare=False)
