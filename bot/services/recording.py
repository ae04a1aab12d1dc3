"""Deciding what a logged activity changes: the customer, the lead, and the activity row itself.
Undo restores the lead as it was. No Slack here, no clock reads: `now` is passed in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from bot.domain import KIND_OF, ActivityKind, LeadStatus, Source, Temperature
from bot.errors import UserError, WinNeedsAmount
from bot.services import deal_words
from bot.services.commands import LogCommand, NextStep
from bot.services.commands.times import MOST_TIMES
from bot.services.customers import customer_key, stored_named, suggest
from bot.services.questions import NO_ANSWERS, Answers, NeedsAnswer
from bot.services.step_time import split_time
from storage import history, logged, rows
from storage import repositories as repo
from storage.models import Activity, Customer, Lead, LeadMerge, Seller
from storage.rows import ActivityRow, CustomerRow, LeadRow

# The recorder's rules read and change a lead, a customer and an activity by their attributes
# alike whether they are ORM objects (undo, merges, hand-overs, a nudge's button) or plain rows
# (storage.rows: what logging reads and writes with Core statements).
AnyLead = Lead | LeadRow
AnyCustomer = Customer | CustomerRow
AnyActivity = Activity | ActivityRow


@dataclass(frozen=True)
class Actor:
    """Who is logging, where, and the team defaults that apply."""

    workspace_id: str
    seller_id: int
    team_id: int | None  # the seller's own team: their work counts there, wherever it is typed
    ceiling: Decimal | None  # that team's amount ceiling (None: the default)
    currency: str  # what the team counts in (a bare amount, unless `krone` is not it)
    # The seller's own krone when it is not the team's currency (a Dane in a NOK team: DKK): a
    # bare amount from them is asked once, DKK or NOK. None: theirs is the team's (or English).
    krone: str | None = None
    bare_currency: str | None = None  # what they answered, remembered for their team


@dataclass
class Recorded:
    activity: AnyActivity  # stored just now (a row), or a delivery stored before (an Activity)
    duplicate: bool = False
    new_customer: bool = False
    previous_amount: Decimal | None = None  # the offer this one revised
    previous_currency: str | None = None


WAITING = "waiting:"  # the option: the waiting revision is the deal's amount (its question's token)
# The same, in a currency chosen: a bare waiting amount whose currency was not known is offered
# in each, "w:NOK:<token>" (session 24; a button's option holds at most 32 characters)
WAITING_IN = "w:"


def waiting_option(option: str) -> tuple[str, str | None] | None:
    """The waiting question's token and the currency chosen (None: its own) when `option` says
    the waiting revision was won; None otherwise."""
    if option.startswith(WAITING):
        return option.removeprefix(WAITING), None
    if option.startswith(WAITING_IN):
        code, _, token = option.removeprefix(WAITING_IN).partition(":")
        return (token, code) if token and code else None
    return None


# The question asked about a bare amount from a seller whose krone is not the team's currency
# (its answer is remembered for them in their team).
BARE_CURRENCY = "bare_currency"


@dataclass(frozen=True)
class Waiting:
    """An offer to the customer its author was asked about and has not answered yet ("Record
    this as an offer with Essity, 2 100 000?"): the deal's newer amount, maybe."""

    token: str  # its question's
    amount: Decimal
    currency: str | None  # as typed, or as answered; None: a bare amount, its currency not known


def _check_waiting(
    cmd: LogCommand,
    customer: AnyCustomer,
    lead: AnyLead | None,
    waiting: Waiting | None,
    actor: Actor,
) -> None:
    """A win said without its amount takes the open offer's, but a revision of that offer
    still waits for its author's answer ("Essity har fått reviderad offert – nu 2,1 mkr",
    asked, then "Affären med Essity är klar!"): which amount was won is asked, never the
    older one stored unasked. A bare waiting amount whose currency is not known (asked, not
    answered: "Maersk 1,4 mill" on an offer in EUR in a NOK team) is offered in each currency
    it may be in, never one guessed (session 24)."""
    if (
        waiting is None
        or KIND_OF[cmd.kind] is not ActivityKind.WIN
        or cmd.amount is not None
        or lead is None
        or lead.offer_amount is None
        or lead.status != LeadStatus.OPEN.value
    ):
        return
    team_currency = actor.currency
    currency = waiting.currency
    if currency is None and lead.currency in (None, team_currency, actor.bare_currency):
        currency = lead.currency or actor.bare_currency or team_currency  # as `money` reads it
    if currency is not None and waiting.amount == lead.offer_amount and currency == lead.currency:
        return
    revised = (
        (f"{WAITING}{waiting.token}",)
        if currency is not None
        else tuple(
            f"{WAITING_IN}{code}:{waiting.token}"
            for code in dict.fromkeys((team_currency, lead.currency))
        )
    )
    raise NeedsAnswer(
        "win_revision_waiting",
        {
            "customer": customer.name,
            "open_amount": lead.offer_amount,
            "open_currency": lead.currency,
            "revised_amount": waiting.amount,
            "revised_currency": currency,
            # Not the team's currency: named by its code (a Swede's SEK in a NOK team)
            "code": currency != team_currency or lead.currency != team_currency,
        },
        (*revised, "open_offer", "cancel"),
    )


def apply(lead: AnyLead, activity: AnyActivity) -> None:
    """What one activity does to its lead. Used when logging, and to rebuild a lead from its
    remaining activities after an undo (so undoing any entry, not only the newest, is exact).
    The owner is not changed here: a lead changes hands only when it is handed over."""
    kind = KIND_OF[activity.kind]
    if activity.temperature is not None:
        lead.temperature = activity.temperature
    if activity.next_step_due is not None:
        lead.next_step = activity.next_step
        lead.next_step_due = activity.next_step_due
        lead.next_step_time = activity.next_step_time
    if kind is ActivityKind.OFFER:
        # An offer on a lead with an offer out is a revision of it: not a new offer sent, and
        # offer value moves by the difference (each amount in its own currency).
        if lead.offer_amount is not None and lead.status == LeadStatus.OPEN.value:
            activity.replaced_amount, activity.replaced_currency = lead.offer_amount, lead.currency
        else:
            activity.replaced_amount = activity.replaced_currency = None
        # A revision is a result of who sent the offer it revises: another seller than its own
        # after a hand-over, whose figures (and team's) it then moves (storage.aggregates).
        sender = lead.offer_sent_by if activity.replaced_amount else None
        activity.sender_id = sender if sender != activity.seller_id else None
        lead.offer_amount = activity.amount
        lead.currency = activity.currency
        lead.offer_sent_on = (
            lead.offer_sent_on if activity.replaced_amount else activity.occurred_on
        )
        lead.offer_sent_by = lead.offer_sent_by if activity.replaced_amount else activity.seller_id
        lead.temperature = lead.temperature or Temperature.WARM.value
    elif kind is ActivityKind.WIN:
        lead.offer_amount = activity.amount
        lead.currency = activity.currency
        lead.status = LeadStatus.WON.value
        lead.closed_at = activity.created_at
    elif kind is ActivityKind.LOSS:
        lead.status = LeadStatus.LOST.value
        lead.closed_at = activity.created_at


def set_temperature(lead: AnyLead, temperature: str, now: datetime) -> None:
    """The seller says the lead's temperature directly (a nudge's "Mark cold"): kept with its
    moment, so undoing an entry before it, or one over it, gives it back (see `rebuild`). Said
    again, it is the newest say, also when the lead already was so."""
    lead.temperature = temperature
    lead.set_temperature, lead.set_temperature_at = temperature, now


def set_next_step(
    lead: AnyLead, what: str | None, due: date | None, now: datetime, at: time | None = None
) -> None:
    """A next step planned directly (from a nudge, the App Home, a planned meeting), with its
    time of day when one was said (`at`): kept like `set_temperature`."""
    lead.next_step, lead.next_step_due, lead.next_step_time = what, due, at
    lead.set_next_step, lead.set_next_step_due, lead.set_next_step_at = what, due, now
    lead.set_next_step_time = at


def step_words(cmd: LogCommand) -> str | None:
    """The words of the command's next step, its time of day taken off ("follow-up kl 10":
    "follow-up"; the time is `step_clock`'s, stored in its own column)."""
    return split_time(cmd.next_step.what[:200])[0] if cmd.next_step else None


def step_clock(cmd: LogCommand) -> time | None:
    """The time of day the command's next step was said at ("kl 10", "at 2pm"), or None."""
    return split_time(cmd.next_step.what[:200])[1] if cmd.next_step else None


def as_logged(record: Activity) -> LogCommand:
    """A stored record as the command that would log it again: what a correction changes one
    field of. Its step keeps its time of day (" 10:00" after the words, read back by
    `step_clock`; was dropped, so "Change it to kr 275 000" lost the step's "kl 10")."""
    step = None
    if record.next_step and record.next_step_due:
        at = record.next_step_time
        what = f"{record.next_step} {at:%H:%M}" if at is not None else record.next_step
        step = NextStep(what, record.next_step_due)
    return LogCommand(
        kind=ActivityKind(record.kind),
        customer=record.customer.name,
        when=record.occurred_on,
        amount=record.amount,
        currency=record.currency,
        margin_pct=record.margin_pct,
        temperature=Temperature(record.temperature) if record.temperature else None,
        next_step=step,
        note=record.note,
    )


def _said(lead: Lead) -> list[tuple[datetime, str]]:
    """The lead's direct changes, oldest first."""
    said = []
    if lead.set_temperature_at is not None:
        said.append((lead.set_temperature_at, "temperature"))
    if lead.set_next_step_at is not None:
        said.append((lead.set_next_step_at, "next_step"))
    return sorted(said)


def _apply_said(lead: Lead, what: str) -> None:
    if what == "temperature":
        lead.temperature = lead.set_temperature
    else:
        lead.next_step, lead.next_step_due = lead.set_next_step, lead.set_next_step_due
        lead.next_step_time = lead.set_next_step_time


def rebuild(lead: Lead, live: list[Activity]) -> None:
    """The lead as its live activities (oldest first) and what was set on it directly make it,
    in the order they were made: a direct change stands until a later entry sets the same
    thing, and undoing that entry (or any before the change) brings it back. A direct change
    made at the moment of an entry (the same request) comes after it."""
    lead.status = LeadStatus.OPEN.value
    lead.temperature = None
    lead.offer_amount = lead.currency = lead.offer_sent_on = lead.offer_sent_by = None
    lead.next_step = lead.next_step_due = lead.next_step_time = None
    lead.closed_at = None
    said = _said(lead)
    for activity in live:
        while said and said[0][0] < activity.created_at:
            _apply_said(lead, said.pop(0)[1])
        apply(lead, activity)
    for _at, what in said:
        _apply_said(lead, what)


def made_before_its_entries(lead: Lead, entries: list[Activity]) -> bool:
    """A lead a planned meeting made before any entry on it: it does not go when its entries
    are undone; it stays as the plan made it."""
    return lead.set_next_step_at is not None and all(
        lead.created_at < entry.created_at for entry in entries
    )


@dataclass(frozen=True)
class Looked:
    """Customers already looked up in this unit of work: the keys asked for, and the customers
    found among them (a key asked for and not found is no customer)."""

    asked: frozenset[str]
    found: dict[str, AnyCustomer]


MAX_NAME = 100  # characters in a new customer's name (the longest real ones are about 75)


def resolve_customer(
    session: Session,
    workspace_id: str,
    typed: str,
    *,
    allow_new: bool,
    looked: Looked | None = None,
    made: list[AnyCustomer] | None = None,
) -> tuple[AnyCustomer, bool]:
    """The customer the seller means. A near-miss of a known name asks (the seller picks one
    or says it is new) unless `allow_new` says they already chose to create it."""
    key = customer_key(typed)
    if looked is not None and key in looked.asked:
        customer = looked.found.get(key)
    else:
        customer = repo.customers_among(session, workspace_id, {key}).get(key)
    if customer is not None and customer.removed_at is not None:
        rows.revive_customer(session, customer)  # taken off the list once; named again, it is back
        return customer, True
    if customer is not None:
        return customer, False
    if not allow_new:
        suggestions = suggest(typed, repo.customer_names(session, workspace_id))[:3]
        if suggestions:
            raise NeedsAnswer(
                "customer",
                {"typed": typed, "suggestions": suggestions},
                (*(f"pick:{i}" for i in range(len(suggestions))), "new"),
            )
    if len(typed) > MAX_NAME:
        # Never cut short unasked: the seller says what the name is.
        raise UserError("name_too_long", length=len(typed), limit=MAX_NAME)
    customer = repo.add_customer(session, workspace_id, typed, key)
    if made is not None:  # created now: `made` says so (record drops it if nothing is stored)
        made.append(customer)
    return customer, True


# Who undid a channel message's record when its message was edited or deleted (activities'
# deleted_by): the message itself, not a person's Undo. A person's Undo is remembered against
# the message's later edits (asked about, never recorded unasked again).
UNDONE_BY_THE_MESSAGE = "message"

# Logging the same win, loss or offer again this soon asks first.
DUPLICATE_WINDOW = timedelta(hours=24)
# The same meeting or call (same seller, customer, day and words) logged again this soon is
# asked about before it counts twice: a double Enter, or Slack's mobile client sending a command
# again after a bad network, arrives within seconds to a few minutes. Two real meetings with one
# customer on one day are logged hours apart, or in different words; and "Log another" is one
# click. Longer would ask about a second meeting typed later the same day with the same words.
REPEAT_WINDOW = timedelta(minutes=10)
# Without a team setting, amounts above this (in the team's currency) are confirmed first.
DEFAULT_CEILING = Decimal(50_000_000)
# Roughly what one unit is worth in NOK: only to compare an amount in another currency with the
# team's ceiling (a reason to ask, never a figure).
_ROUGH_NOK = {"NOK": 1, "SEK": 1, "DKK": Decimal("1.5"), "EUR": 12, "USD": 11, "GBP": 14}
_CLOSING = {ActivityKind.OFFER, ActivityKind.WIN, ActivityKind.LOSS}


def _rough(amount: Decimal, currency: str, into: str) -> Decimal:
    return amount * _ROUGH_NOK.get(currency, 1) / _ROUGH_NOK.get(into, 1)


def _check_ownership(
    session: Session,
    actor: Actor,
    cmd: LogCommand,
    customer: AnyCustomer,
    leads: list[AnyLead],
    answers: Answers,
) -> AnyLead | None:
    """The requester's own open lead with this customer. A colleague's lead is never changed by
    someone else's offer, win, loss, temperature or next step: they are asked, and the owner's
    figures are not shown. Meetings and calls alone are recorded for whoever had them."""
    mine = [lead for lead in leads if lead.owner_id == actor.seller_id]
    if mine:
        return _which_of_mine(session, actor, cmd, customer, mine, answers)
    if answers.own_deal:
        return None
    # Nobody's lead yet: the account's owner (named by a manager or an import) is asked about
    # like a lead's owner.
    owner = (
        session.get(Seller, leads[0].owner_id)
        if leads
        else _account_owner(session, customer, actor)
    )
    if owner is None:
        return None
    changes_lead = cmd.kind in _CLOSING or cmd.temperature is not None or cmd.next_step is not None
    if changes_lead:
        raise NeedsAnswer(
            "owner",
            # Named, not mentioned: asking must not ping the owner.
            {"customer": customer.name, "owner": owner.display_name or "?", "kind": str(cmd.kind)},
            ("own", "cancel"),
        )
    return None


def _which_of_mine(
    session: Session,
    actor: Actor,
    cmd: LogCommand,
    customer: AnyCustomer,
    mine: list[AnyLead],
    answers: Answers,
) -> AnyLead:
    """Which of the seller's open leads with the customer (newest first) this entry is about.
    Among parallel deals (two or more offers out), a win or a loss closes the one its amount or
    its words pick, and an offer revises the one its words pick; otherwise the seller picks,
    one button per open offer (an offer may also be a deal of its own): a deal is never closed
    or revised by guess. Anything else goes on the newest lead."""
    kind = KIND_OF[cmd.kind]
    if len(mine) == 1 or kind not in _CLOSING:
        return mine[0]
    chosen = next((lead for lead in mine if lead.id == answers.lead_id), None)
    if chosen is not None:
        return chosen
    offers = [lead for lead in mine if lead.offer_amount is not None]
    if kind is ActivityKind.OFFER and (len(offers) < 2 or answers.again or answers.separate):
        return mine[0]  # one offer out (or none): it revises the newest lead, as always
    if len(offers) == 1:
        return offers[0]  # the other leads have no offer out: nothing else to close
    if not offers:
        return mine[0]
    if cmd.amount is not None and kind is not ActivityKind.OFFER:
        same = [
            lead
            for lead in offers
            if lead.offer_amount == cmd.amount
            and (cmd.currency is None or cmd.currency == (lead.currency or actor.currency))
        ]
        if len(same) == 1:
            return same[0]
    notes = repo.offer_notes(session, actor.workspace_id, [lead.id for lead in offers])
    named = deal_words.naming(" ".join(w for w in (cmd.note, cmd.unread) if w), notes)
    if named is not None:
        return next(lead for lead in offers if lead.id == named)
    raise NeedsAnswer(
        "which_offer",
        {
            "kind": str(cmd.kind),
            "customer": customer.name,
            # One line per open offer for its button: (lead id, amount, currency, sent, note).
            "offers": [
                [
                    lead.id,
                    lead.offer_amount,
                    lead.currency or actor.currency,
                    lead.offer_sent_on,
                    deal_words.first_words(notes.get(lead.id)),
                ]
                for lead in offers
            ],
        },
        (
            *(f"lead:{lead.id}" for lead in offers),
            *(("separate",) if kind is ActivityKind.OFFER else ()),
            "cancel",
        ),
    )


def _account_owner(session: Session, customer: AnyCustomer, actor: Actor) -> Seller | None:
    if customer.owner_id is None or customer.owner_id == actor.seller_id:
        return None
    return session.get(Seller, customer.owner_id)


def money(
    actor: Actor, cmd: LogCommand, customer: AnyCustomer, lead: AnyLead | None, answers: Answers
) -> tuple[Decimal | None, str | None]:
    """The amount and its currency. A bare amount is in the team's currency; when it revises or
    wins an open offer in another currency, the seller says which was meant (unless it is the
    currency they chose for their bare amounts). From a seller whose krone is not the team's
    currency (a Dane in a NOK team), a bare amount is asked once, DKK or NOK, and their answer
    is used from then on (`Actor.bare_currency`); on an open offer in the team's currency it is
    that offer's, not asked."""
    kind = KIND_OF[cmd.kind]
    amount, currency = cmd.amount, cmd.currency or answers.currency
    open_offer = lead.offer_amount if lead is not None else None
    if kind is ActivityKind.WIN and amount is None:
        if lead is None or open_offer is None:
            raise WinNeedsAmount(customer.name)
        return open_offer, lead.currency or actor.currency
    if amount is None:
        return None, None
    on_offer = (
        currency is None
        and lead is not None
        and open_offer is not None
        and bool(lead.currency)
        and kind in {ActivityKind.OFFER, ActivityKind.WIN}
    )
    if on_offer and lead is not None and lead.currency in (actor.currency, actor.bare_currency):
        return amount, lead.currency  # the offer's currency, as the seller's bare amounts are
    if on_offer and lead is not None:
        raise NeedsAnswer(
            "currency",
            {
                "customer": customer.name,
                "number": amount,
                "lead_currency": lead.currency,
                "team_currency": actor.currency,
            },
            (f"currency:{actor.currency}", f"currency:{lead.currency}", "cancel"),
        )
    if currency is None and actor.krone is not None and actor.krone != actor.currency:
        if actor.bare_currency is not None:
            return amount, actor.bare_currency
        # "450.000" from a Dane in a NOK team: DKK or NOK? Never guessed (40 % apart).
        raise NeedsAnswer(
            BARE_CURRENCY,
            {"number": amount, "krone": actor.krone, "team_currency": actor.currency},
            (f"currency:{actor.krone}", f"currency:{actor.currency}", "cancel"),
        )
    return amount, currency or actor.currency


def won_already(session: Session, actor: Actor, cmd: LogCommand, now: datetime) -> bool:
    """mendC34: whether the seller logged a win with the log's customer on its day within
    DUPLICATE_WINDOW ("Vant Telenor i dag!" told again after "/logwin Telenor"): a win said
    again without its amount is that win again, asked as one (`_check_sanity`), not a win whose
    amount is missing."""
    if KIND_OF[cmd.kind] is not ActivityKind.WIN:
        return False
    customer = stored_named(session, actor.workspace_id, cmd.customer)
    if customer is None:
        return False
    before = repo.recent_same(
        session,
        actor.workspace_id,
        actor.seller_id,
        customer.id,
        ActivityKind.WIN.value,
        now - DUPLICATE_WINDOW,
    )
    return before is not None and before.occurred_on == cmd.when


def _check_sanity(
    session: Session,
    actor: Actor,
    cmd: LogCommand,
    customer: AnyCustomer,
    lead: AnyLead | None,
    money: tuple[Decimal | None, str | None],
    answers: Answers,
    now: datetime,
) -> None:
    """Ask before storing what is probably a slip: a lost deal without an offer, an amount
    above the team's ceiling, the same deal logged again within a day."""
    kind = KIND_OF[cmd.kind]
    amount, currency = money
    if kind is ActivityKind.LOSS and not answers.without_offer:
        if lead is None or lead.offer_amount is None:
            raise NeedsAnswer(
                "no_open_offer", {"customer": customer.name}, ("without_offer", "cancel")
            )
    if amount is not None and currency is not None and not answers.above_ceiling:
        ceiling = actor.ceiling or DEFAULT_CEILING
        if _rough(amount, currency, actor.currency) > ceiling:
            raise NeedsAnswer(
                "ceiling",
                {
                    "amount": amount,
                    "currency": currency,
                    "ceiling": ceiling,
                    "ceiling_currency": actor.currency,
                },
                ("above_ceiling", "cancel"),
            )
    if kind in _CLOSING and not answers.again:
        before = repo.recent_same(
            session,
            actor.workspace_id,
            actor.seller_id,
            customer.id,
            kind.value,
            now - DUPLICATE_WINDOW,
        )
        # The same day's deal again. Another date typed on purpose is another deal, and a
        # different amount on an open offer is a revision, not the same offer again.
        same = (
            before is not None
            and before.occurred_on == cmd.when
            and (
                kind is not ActivityKind.OFFER
                or (before.amount == amount and (before.currency or currency) == currency)
            )
        )
        if same:
            assert before is not None
            minutes = max(1, int((now - before.created_at).total_seconds() // 60))
            params = {"kind": kind.value, "customer": customer.name, "minutes": minutes}
            if (
                kind is ActivityKind.WIN
                and before.amount is not None
                and amount is not None
                and (before.amount, before.currency or currency) != (amount, currency)
            ):
                # readers26. "/logwin Kiwi 80k", then "Kiwi 95k" won: another deal, or the
                # first one's amount mended? The caller asks which (activities.ask_correction)
                params["was"] = before.amount
            raise NeedsAnswer("duplicate", params, ("again", "cancel"))
    if kind in _CLOSING and not (answers.again or answers.own_deal):
        # A colleague's deal told again by someone else ("Great work Lars, won Nammo 320k",
        # the same win typed by its manager): the same day, the same amount. One deal counted
        # once: asked, never a second win unasked.
        theirs = repo.recent_same(
            session,
            actor.workspace_id,
            actor.seller_id,
            customer.id,
            kind.value,
            now - DUPLICATE_WINDOW,
            colleague=True,
        )
        if (
            theirs is not None
            and theirs.occurred_on == cmd.when
            and theirs.amount == amount
            and (theirs.currency or currency) == currency
        ):
            minutes = max(1, int((now - theirs.created_at).total_seconds() // 60))
            raise NeedsAnswer(
                "colleague_same",
                {
                    "kind": kind.value,
                    "customer": customer.name,
                    "minutes": minutes,
                    # Named, not mentioned: asking must not ping the colleague.
                    "colleague": theirs.seller.display_name or "?",
                },
                ("own", "cancel"),
            )


def record(session: Session, actor: Actor, cmd: LogCommand, **kw: Any) -> Recorded:
    """`_record`: a customer it creates is created only with the record that needs it. Asked
    first (NeedsAnswer) or refused (UserError), none is left behind (was: `/loglost Acme pris`
    of a new Acme asked "count a lost deal anyway?" with Acme already created; Cancel left a
    customer with no activity, in the list and the autocomplete)."""
    made: list[AnyCustomer] = []
    try:
        return _record(session, actor, cmd, made=made, **kw)
    except (NeedsAnswer, UserError):
        for customer in made:
            repo.drop_unused_customer(session, customer)
        raise


def _record(
    session: Session,
    actor: Actor,
    cmd: LogCommand,
    *,
    source: Source,
    source_ref: str,
    now: datetime,
    answers: Answers = NO_ANSWERS,
    looked: Looked | None = None,
    on_lead: AnyLead | None = None,
    waiting: Waiting | None = None,
    made: list[AnyCustomer] | None = None,
) -> Recorded:
    """Store one activity and apply it to the seller's lead, exactly once per source_ref.
    Raises NeedsAnswer when the seller must say something first (nothing stored then).
    `looked`: customers the caller already read in this unit of work. `on_lead`: the lead a
    button named (the seller's own open lead), else the newest of theirs with the customer.
    `waiting`: an offer to the customer still asked about (a win said without its amount)."""
    ws = actor.workspace_id
    customer, is_new = resolve_customer(
        session, ws, cmd.customer, allow_new=answers.new_customer, looked=looked, made=made
    )
    # Serialise work on one customer (PostgreSQL row lock), so two concurrent offers cannot both
    # see "no open lead" and open two. SQLite's BEGIN IMMEDIATE already serialises writers. The
    # lock is sent with the look below, in one round trip (two statements still: the look runs
    # once the lock is granted, with a snapshot of its own).
    lock = repo.customer_lock(session, ws, customer.id)
    # Looked for only now, holding the customer (PostgreSQL) or the database (SQLite): another
    # delivery of this very log (Slack's retry while the first was being stored, two replicas)
    # committed before is found, never asked about as "the same deal again?". Nothing else can
    # store this reference meanwhile, so no savepoint is needed around the writes below. The
    # customer's open leads come in the same statement (one round trip less). A delivery stored
    # before named a customer that exists now, so resolving it first changes no answer.
    kind = KIND_OF[cmd.kind]
    # A meeting or call typed again (the same words) a moment ago is looked for in the same
    # statement: wins, offers and losses have their own, longer look (_check_sanity).
    repeat = (
        None
        if kind in _CLOSING or answers.again or is_new
        else rows.Repeat(
            actor.seller_id,
            kind.value,
            cmd.when,
            note=cmd.note,
            amount=cmd.amount,
            temperature=cmd.temperature.value if cmd.temperature else None,
            next_step=step_words(cmd),
            next_step_due=cmd.next_step.due if cmd.next_step else None,
            since=now - REPEAT_WINDOW,
            in_channel=source == Source.MESSAGE,
        )
    )
    stored_id, open_leads, repeated_at = rows.look_before_logging(
        session, ws, source_ref, customer.id, repeat, first=lock
    )
    if stored_id is not None:
        existing = session.get(Activity, stored_id)
        assert existing is not None
        return Recorded(existing, duplicate=True)
    if repeated_at is not None:
        minutes = max(1, int((now - repeated_at.at).total_seconds() // 60))
        params: dict[str, object] = {
            "kind": kind.value,
            "customer": customer.name,
            "minutes": minutes,
            # mendC34: "/logcall Ikea x3" then "Ringde Ikea": "3 calls" logged, not "a call"
            "logged_count": repeated_at.count,
        }
        if not repeated_at.same_words:
            # Told to kpibot and to the team in other words: say which way the first came.
            params["first_way"] = "command" if source == Source.MESSAGE else "message"
        raise NeedsAnswer("repeated", params, ("another", "same"))
    if is_new:
        open_leads = []
    lead = on_lead or _check_ownership(session, actor, cmd, customer, open_leads, answers)
    if kind is ActivityKind.OFFER and (answers.again or answers.separate) and on_lead is None:
        # "Log it again", or words that say another deal ("separat tilbud"): a second offer to
        # the customer, a deal of its own beside the open one.
        lead = None
    if not answers.open_offer:
        _check_waiting(cmd, customer, lead, waiting, actor)
    try:
        amount, currency = money(actor, cmd, customer, lead, answers)
    except WinNeedsAmount:
        # mendC34: "Vant Telenor i dag!" stored (the offer's amount won, the lead closed),
        # then "/logwin Telenor": the same win again, asked as "/logwin Orkla 200k" after
        # "Vant Orkla 200k" is (was: "no open offer, so I need the amount")
        _check_sanity(session, actor, cmd, customer, lead, (None, None), answers, now)
        raise
    _check_sanity(session, actor, cmd, customer, lead, (amount, currency), answers, now)
    previous: tuple[Decimal | None, str | None] = (None, None)

    needs_lead = (
        lead is not None
        or kind in {ActivityKind.OFFER, ActivityKind.WIN}
        or bool(cmd.temperature or cmd.next_step)
    )
    # Work counts for the seller's own team, wherever it was typed.
    team_id = actor.team_id
    activity = ActivityRow(
        workspace_id=ws,
        team_id=team_id,
        seller_id=actor.seller_id,
        customer_id=customer.id,
        customer=customer,  # already loaded: the confirmation needs no second read
        kind=kind.value,
        occurred_on=cmd.when,
        amount=amount,
        currency=currency if amount is not None else None,
        margin_pct=cmd.margin_pct,
        temperature=cmd.temperature.value if cmd.temperature else None,
        next_step=step_words(cmd),
        next_step_due=cmd.next_step.due if cmd.next_step else None,
        next_step_time=step_clock(cmd),
        note=cmd.note,
        source=source.value,
        source_ref=source_ref,
        created_at=now,
    )
    if lead is None and needs_lead:
        lead = LeadRow(
            id=None,
            workspace_id=ws,
            customer_id=customer.id,
            owner_id=actor.seller_id,
            team_id=team_id,
            status=LeadStatus.OPEN.value,
            created_at=now,
        )
    if lead is not None:
        # The lead takes its new state before it is written: one INSERT or UPDATE.
        apply(lead, activity)
        previous = (activity.replaced_amount, activity.replaced_currency)
        lead.updated_at = now
    # The lead (new or changed), its history and the activity: one statement on PostgreSQL.
    logged.save(session, lead, activity, now)
    return Recorded(
        activity, new_customer=is_new, previous_amount=previous[0], previous_currency=previous[1]
    )


def times_refs(source_ref: str, times: int) -> list[str]:
    """The references of a log's records when it said its talk N times: its own, then its own
    with "#2" … "#N" (cmd:<trigger_id>#2, msg:<channel>:<ts>#2)."""
    return [source_ref, *(f"{source_ref}#{place}" for place in range(2, times + 1))]


def first_ref(source_ref: str) -> str:
    """The reference of the log a record was one of (without its "#2" … "#N")."""
    base, sep, place = source_ref.rpartition("#")
    return base if sep and place.isdigit() else source_ref


def record_times(
    session: Session,
    actor: Actor,
    cmd: LogCommand,
    *,
    source: Source,
    source_ref: str,
    now: datetime,
    answers: Answers = NO_ANSWERS,
    looked: Looked | None = None,
    waiting: Waiting | None = None,
    on_lead: AnyLead | None = None,
) -> Recorded:
    """`record`, for a log that said its talk N times (cmd.times, "/logcall Novo 2 ganger"): N
    activities of the same kind, customer, day and seller, each stored once under its own
    reference (`times_refs`), so a retried command or a second click stores N once, never 2N.
    The first carries the note, temperature and next step: said once, about the customer's
    lead, they are set once (one lead, one next step, however many talks); the others are the
    same talk again, counted. Raises NeedsAnswer on the first, before anything is stored.
    Returns the first's Recorded."""
    first = record(
        session, actor, cmd, source=source, source_ref=source_ref, now=now, answers=answers,
        looked=looked, waiting=waiting, on_lead=on_lead,
    )  # fmt: skip
    if cmd.times < 2:
        return first
    customer = first.activity.customer
    key = customer_key(cmd.customer)
    again = replace(
        cmd, temperature=None, next_step=None, note=None, times=1, times_said=None
    )  # fmt: skip
    for at, ref in enumerate(times_refs(source_ref, cmd.times)[1:], 1):
        record(
            session,
            actor,
            # "2 ganger mandag og onsdag": each on its own day (readers24)
            replace(again, when=cmd.days[at]) if len(cmd.days) == cmd.times else again,
            source=source,
            source_ref=ref,
            now=now,
            # The same talk again, said so: never asked "the same one sent twice?" about its
            # own first record (the look for a repeat is skipped)
            answers=replace(answers, again=True),
            looked=Looked(frozenset({key}), {key: customer}),
            on_lead=on_lead,
        )
    return first


def separate(
    session: Session,
    workspace_id: str,
    activity: Activity | None,
    *,
    seller_id: int | None,
    from_lead: int,
    now: datetime,
) -> tuple[str, Lead | None]:
    """ "It's a separate offer": an offer logged as a revision of the seller's open offer becomes
    a deal of its own: an offer sent, its whole amount in the pipeline, the older offer as it
    was. Only its seller; only while it is as the button showed it (on `from_lead`, the newest
    entry there, the lead still open and theirs). Returns (state, the new lead): "separated",
    "already" (a second click), "forbidden", "missing" or "changed" (out of date)."""
    if activity is None or activity.workspace_id != workspace_id:
        return "missing", None
    if seller_id is None or activity.seller_id != seller_id:
        return "forbidden", None
    # Two clicks at once (two replicas): the second waits here for the first, then sees its work.
    if repo.lock_customer(session, workspace_id, activity.customer_id):
        session.refresh(activity)
    if activity.deleted_at is not None or activity.kind != ActivityKind.OFFER.value:
        return "changed", None
    if activity.lead_id != from_lead:
        if activity.lead_id is not None and activity.origin_lead_id == activity.lead_id:
            first = repo.live_activities_on_lead(session, workspace_id, activity.lead_id)
            if first and first[0].id == activity.id and activity.replaced_amount is None:
                return "already", None
        return "changed", None
    old = repo.lead_by_id(session, workspace_id, from_lead)
    live = repo.live_activities_on_lead(session, workspace_id, from_lead)
    if (
        old is None
        or old.status != LeadStatus.OPEN.value
        or old.owner_id != activity.seller_id
        or activity.replaced_amount is None
        or len(live) < 2  # nothing before it on the lead: no offer it revised
        or live[-1].id != activity.id  # a later entry builds on it (a revision, the win)
    ):
        return "changed", None
    new = Lead(
        workspace_id=workspace_id,
        customer_id=activity.customer_id,
        owner_id=old.owner_id,
        team_id=activity.team_id if activity.team_id is not None else old.team_id,
        status=LeadStatus.OPEN.value,
        created_at=now,
        updated_at=now,
    )
    session.add(new)
    rebuild(new, [activity])  # its first offer: counted as sent, its whole amount out
    history.record_lead_state(session, new, now)  # written here, for its id
    # From now on it was logged on its own deal (a past week after this lists it there).
    activity.lead_id = activity.origin_lead_id = new.id
    # Until now it was a revision on the older deal: a week that ended before this shows it in
    # that deal's offers, as its pipeline and lead lines do (storage.history._offers_then reads
    # the merges in their order: the new deal is the older one's from the offer on, its own from
    # now). Was: that week's "open offers and their revisions" had lost it (the older deal's
    # first offer shown as its current one beside its lead line's revised amount).
    session.add(
        LeadMerge(workspace_id=workspace_id, lead_id=new.id, into_id=old.id, at=activity.created_at)
    )
    session.add(LeadMerge(workspace_id=workspace_id, lead_id=new.id, into_id=new.id, at=now))
    rebuild(old, live[:-1])  # the older offer as it was
    old.updated_at = now
    history.record_lead_state(session, old, now)
    session.flush()
    return "separated", new


@dataclass(frozen=True)
class UndoResult:
    state: str  # "undone" | "already" | "forbidden" | "missing"
    activity: Activity | None = None
    customer_removed: bool = False  # the entry had made its customer, and nothing else used it


def made_only_by(
    session: Session, workspace_id: str, customer: Customer, ours: Callable[[Activity], bool]
) -> bool:
    """Whether the activities `ours` picks (one undone, or a log's N records) are all there is
    to their customer: no other activity (live or undone), no lead, and nothing a person set on
    it (tier, owner, organisation number)."""
    if customer.tier or customer.owner_id or customer.org_number:
        return False
    others = repo.activities_of_customer(session, workspace_id, customer.id)
    if not all(ours(other) for other in others):
        return False
    return not repo.leads_of_customer(session, workspace_id, customer.id)


def _newer(at: datetime | None, than: datetime | None) -> bool:
    return at is not None and (than is None or at > than)


def consolidate(session: Session, workspace_id: str, leads: list[Lead], *, now: datetime) -> Lead:
    """One seller's open leads with one customer (after a customer merge) become one: the
    oldest lead takes every activity, and is rebuilt from them in the order they were logged, so
    a later offer revises the earlier one (offers sent count it once, offer value is the last)."""
    keep, *rest = sorted(leads, key=lambda lead: lead.id)
    for other in rest:
        for activity in repo.activities_on_lead(session, workspace_id, other.id):
            activity.lead_id = keep.id
        # What was set directly on either stays: the newest of each.
        if _newer(other.set_temperature_at, keep.set_temperature_at):
            keep.set_temperature = other.set_temperature
            keep.set_temperature_at = other.set_temperature_at
        if _newer(other.set_next_step_at, keep.set_next_step_at):
            keep.set_next_step, keep.set_next_step_due = (
                other.set_next_step,
                other.set_next_step_due,
            )
            keep.set_next_step_at = other.set_next_step_at
            keep.set_next_step_time = other.set_next_step_time
    session.flush()
    for other in rest:
        history.end_lead_state(session, other.id, now)  # its history says what it was
        # Its activities are the kept lead's from now on; before, its own (past weeks).
        session.add(LeadMerge(workspace_id=workspace_id, lead_id=other.id, into_id=keep.id, at=now))
        session.delete(other)
    session.flush()
    live = repo.live_activities_on_lead(session, workspace_id, keep.id)
    if live:
        rebuild(keep, live)
    keep.updated_at = now
    # Flushed in between: its next step may have changed before, so the row is written anyway.
    history.record_lead_state(session, keep, now, force=True)
    return keep


def undo(
    session: Session,
    workspace_id: str,
    activity: Activity | None,
    *,
    by_user: str,
    by_manager: bool,
    now: datetime,
) -> UndoResult:
    """Soft-delete an activity and put its lead back as it was. Idempotent."""
    if activity is None or activity.workspace_id != workspace_id:
        return UndoResult("missing")
    if activity.seller.slack_user_id != by_user and not by_manager:
        return UndoResult("forbidden", activity)
    if repo.lock_customer(session, workspace_id, activity.customer_id):
        # PostgreSQL: held, perhaps after another replica's Undo of it, or an answer or log
        # about its customer, committed: read again, so the undo is done once and said once
        # (was: both clicks undid it, and the second rebuilt a lead the first had deleted).
        session.refresh(activity)
    if activity.deleted_at is not None:
        return UndoResult("already", activity)
    customer = activity.customer
    if activity.lead_id is not None:
        lead = repo.lead_by_id(session, workspace_id, activity.lead_id)
        with_it = repo.live_activities_on_lead(session, workspace_id, activity.lead_id)
        repo.soft_delete(activity, by_user=by_user, at=now)
        live = [a for a in with_it if a.id != activity.id]
        if lead is not None and (
            live
            or made_before_its_entries(
                lead, repo.activities_on_lead(session, workspace_id, lead.id)
            )
        ):
            rebuild(lead, live)
            lead.updated_at = now
            history.record_lead_state(session, lead, now)
        elif lead is not None:
            # Nothing left that made this lead: it goes with its last activity, and what was
            # set on it directly since goes with it (it was said about a lead that, undone, was
            # never there; the customer logged again is a new lead).
            for gone in repo.activities_on_lead(session, workspace_id, lead.id):
                gone.lead_id = None
            history.end_lead_state(session, lead.id, now)
            session.flush()
            session.delete(lead)
    else:
        repo.soft_delete(activity, by_user=by_user, at=now)
    session.flush()
    if made_only_by(session, workspace_id, customer, lambda other: other.id == activity.id):
        # The customer this entry made goes off the list with it (a typo no longer lingers as a
        # suggestion); the undone entry keeps pointing at it.
        customer.removed_at = now
        session.flush()
        return UndoResult("undone", activity, customer_removed=True)
    return UndoResult("undone", activity)


def undo_times(
    session: Session,
    workspace_id: str,
    activity: Activity | None,
    *,
    by_user: str,
    by_manager: bool,
    now: datetime,
) -> tuple[UndoResult, int]:
    """`undo`, and the log's other records with it when it said its talk N times (one Undo
    takes back all N, whichever of them it is under). With how many were undone."""
    result = undo(
        session, workspace_id, activity, by_user=by_user, by_manager=by_manager, now=now
    )  # fmt: skip
    if result.state != "undone" or activity is None:
        return result, 1
    refs = times_refs(first_ref(activity.source_ref), MOST_TIMES)
    others = [
        other
        for other in repo.live_activities_by_refs(session, workspace_id, refs)
        if other.id != activity.id
    ]
    for other in others:
        undo(session, workspace_id, other, by_user=by_user, by_manager=by_manager, now=now)
    if others and made_only_by(
        session, workspace_id, activity.customer, lambda other: other.source_ref in refs
    ):
        activity.customer.removed_at = now  # the customer the log made goes with it
        session.flush()
        result = replace(result, customer_removed=True)
    return result, 1 + len(others)


def still_logged(session: Session, actor: Actor, cmd: LogCommand, asked_at: datetime) -> bool:
    """Whether the meeting or call a "the same one sent twice?" question (asked at `asked_at`)
    was about is still logged: the seller's live one of that kind with the customer, on that
    day, logged within the window before the question. Holding the customer (PostgreSQL), so
    an Undo of it on another replica comes wholly before or after."""
    key = customer_key(cmd.customer)
    customer = repo.customers_among(session, actor.workspace_id, {key}).get(key)
    if customer is None:
        return False
    repo.lock_customer(session, actor.workspace_id, customer.id)
    before = repo.recent_same(
        session,
        actor.workspace_id,
        actor.seller_id,
        customer.id,
        ActivityKind(cmd.kind).value,
        asked_at - REPEAT_WINDOW,
    )
    return before is not None and before.occurred_on == cmd.when


def built_upon(session: Session, workspace_id: str, activity: Activity) -> bool:
    """Whether a later entry on the record's lead builds on it: the win or loss that closed the
    deal it offered, a revision of its offer. Undoing it and logging it anew would put it after
    them (a second, open offer of a deal already won)."""
    if activity.lead_id is None:
        return False
    return any(
        later.id > activity.id
        for later in repo.live_activities_on_lead(session, workspace_id, activity.lead_id)
    )


def amend(
    session: Session,
    actor: Actor,
    activity: Activity,
    cmd: LogCommand,
    *,
    source_ref: str,
    now: datetime,
) -> bool:
    """The record corrected in place, as its edited message now says it: the same kind with the
    same customer, another amount, currency, day, temperature, next step or note. It keeps its
    place among the lead's entries (a win logged after the offer stays after it), and the lead
    is rebuilt from them. False (nothing changed) when it cannot be amended so: another kind or
    customer, an amount gone, a lead it would need, an amount to ask about first."""
    kind = KIND_OF[cmd.kind]
    if (
        kind.value != activity.kind
        or activity.seller_id != actor.seller_id
        or customer_key(cmd.customer) != activity.customer.key
    ):
        return False
    if (cmd.amount is None) != (activity.amount is None):
        return False  # an amount gone (or new where it was taken from the offer): read anew
    if activity.lead_id is None and (cmd.temperature is not None or cmd.next_step is not None):
        return False  # it would need a lead now
    amount = cmd.amount if cmd.amount is not None else activity.amount
    currency = (cmd.currency or activity.currency or actor.currency) if amount is not None else None
    if amount is not None and currency is not None and amount != activity.amount:
        ceiling = actor.ceiling or DEFAULT_CEILING
        if _rough(amount, currency, actor.currency) > ceiling:
            return False  # asked about as a new log would be
    activity.occurred_on = cmd.when
    activity.amount, activity.currency = amount, currency
    activity.margin_pct = cmd.margin_pct
    activity.temperature = cmd.temperature.value if cmd.temperature else None
    activity.next_step = step_words(cmd)
    activity.next_step_due = cmd.next_step.due if cmd.next_step else None
    activity.next_step_time = step_clock(cmd)
    activity.note = cmd.note
    activity.source_ref = source_ref
    session.flush()
    if activity.lead_id is not None:
        lead = repo.lead_by_id(session, actor.workspace_id, activity.lead_id)
        if lead is not None:
            rebuild(lead, repo.live_activities_on_lead(session, actor.workspace_id, lead.id))
            lead.updated_at = now
            history.record_lead_state(session, lead, now)
    session.flush()
    return True


@dataclass(frozen=True)
class PlanMade:
    """mendE32. What a plan did to its lead, for its Undo: the step it set, the step the lead
    had before (None: the plan made the lead), and whether it made the customer too."""

    lead_id: int
    step: tuple[str | None, date | None, time | None]
    was: tuple[str | None, date | None, time | None] | None
    new_customer: bool = False


def plan_next_step(
    session: Session, actor: Actor, cmd: LogCommand, *, now: datetime, open_only: bool = False
) -> tuple[AnyLead | None, bool, PlanMade | None]:
    """A meeting announced for the future ("Möte med Volvo imorgon"): the lead's next
    activity, not a logged meeting. With whether it changed the lead (not when the lead had
    that very step already: the same message delivered again). `open_only`: only on the
    seller's lead open already ("…, ingen svar, prøver igjen torsdag": the next try of a call
    nobody answered opens no lead); (None, False) when there is none."""
    assert cmd.next_step is not None
    if open_only:
        key = customer_key(cmd.customer)
        known = repo.customers_among(session, actor.workspace_id, {key}).get(key)
        if (
            known is None
            or known.removed_at is not None
            or not any(
                lead.owner_id == actor.seller_id
                for lead in repo.open_lead_rows(session, actor.workspace_id, known.id)
            )
        ):
            return None, False, None
    customer, new_customer = resolve_customer(
        session, actor.workspace_id, cmd.customer, allow_new=True
    )
    repo.lock_customer(session, actor.workspace_id, customer.id)
    # The seller's own lead: a colleague's is never given someone else's plans.
    lead = next(
        (
            lead
            for lead in repo.open_lead_rows(session, actor.workspace_id, customer.id)
            if lead.owner_id == actor.seller_id
        ),
        None,
    )
    if lead is None:
        lead = LeadRow(
            id=None,
            workspace_id=actor.workspace_id,
            customer_id=customer.id,
            owner_id=actor.seller_id,
            team_id=actor.team_id,
            status=LeadStatus.OPEN.value,
            created_at=now,
        )
        set_temperature(lead, Temperature.WARM.value, now)  # what the plan made it
    elif (lead.next_step, lead.next_step_due, lead.next_step_time) == (
        step_words(cmd),
        cmd.next_step.due,
        step_clock(cmd),
    ):
        return lead, False, None  # planned so already: nothing changes
    was = None if lead.id is None else (lead.next_step, lead.next_step_due, lead.next_step_time)
    set_next_step(lead, step_words(cmd), cmd.next_step.due, now, step_clock(cmd))
    lead.updated_at = now
    history.record_lead_state(session, lead, now)
    rows.save_lead(session, lead)
    session.flush()
    step = (lead.next_step, lead.next_step_due, lead.next_step_time)
    assert lead.id is not None
    return lead, True, PlanMade(lead.id, step, was, new_customer)


def undo_plan(
    session: Session, actor: Actor, made: PlanMade, *, by_manager: bool, now: datetime
) -> tuple[str, str | None]:
    """mendE32. A plan's Undo: the lead's step put back as it was before the plan (a lead the
    plan made goes, and the customer it made with it); nothing counted changes. (state, the
    customer's name): "undone"; "already" when the lead's step is no longer the plan's (undone
    already, a double click, or planned anew since); "forbidden" on another seller's lead."""
    lead = repo.lead_by_id(session, actor.workspace_id, made.lead_id)
    if lead is None:
        return "already", None
    if repo.lock_customer(session, actor.workspace_id, lead.customer_id):
        session.refresh(lead)
    customer = lead.customer
    if lead.owner_id != actor.seller_id and not by_manager:
        return "forbidden", customer.name
    if (lead.next_step, lead.next_step_due, lead.next_step_time) != made.step:
        return "already", customer.name
    if made.was is None and not repo.activities_on_lead(session, actor.workspace_id, lead.id):
        history.end_lead_state(session, lead.id, now)
        session.flush()
        session.delete(lead)
        session.flush()
        if made.new_customer and made_only_by(
            session, actor.workspace_id, customer, lambda _other: False
        ):
            customer.removed_at = now
        session.flush()
        return "undone", customer.name
    what, due, at = made.was or (None, None, None)
    set_next_step(lead, what, due, now, at)
    lead.updated_at = now
    history.record_lead_state(session, lead, now)
    session.flush()
    return "undone", customer.name
