"""Customers a manager can keep clean: `/kpi customer <name> rename|merge|delete|tier|owner`, and
handing a lead over (also from the App Home).

Who may change a customer: someone who may act for every seller who uses it (the sellers of its
activities, live or undone, the owners of its leads, its account owner). So a seller may change a
customer only they use, a team's manager one that only their team uses, a workspace admin any.
A customer nobody uses yet (made by a tier or an import) is for managers. Handing a lead over is
for its owner and whoever may act for the owner (the owner's team managers, workspace admins).

Each use case takes the request's session and requester and returns plain values for the
renderer; the caller's unit of work commits. No Slack here, and `now` is handed in."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy.orm import Session

from bot.domain import LeadStatus
from bot.errors import UserError
from bot.i18n import person_language
from bot.services import questions, recording
from bot.services.customers import clean_display_name, customer_key, stored_named, suggest
from bot.services.dates import fold
from bot.services.kpi_args import MENTION, TIER_WORDS, mentioned_user, parse_tier, tier_of
from bot.services.requester import Who, may_act_for
from storage import history
from storage import questions as question_store
from storage import repositories as repo
from storage.models import Customer, Lead, SalesTeam, Seller

# The word after the customer's name says what to do (folded; four languages). Common words that
# could be part of a name ("name", "slå") are left out: a tier command must never rename.
ACTION_WORDS = {
    "rename": {"rename", "omdop", "omdob", "omdopa"},
    "merge": {"merge", "flett", "sammenslaa", "sammanfoga", "sammenfoj"},
    "delete": {"delete", "slett", "radera", "slet"},
    "owner": {"owner", "eier", "agare", "ejer"},
}
_ACTION_OF = {fold(word): action for action, words in ACTION_WORDS.items() for word in words}
# A rename said in words ("gi nytt navn", "byt namn till", "change name to"), after a name and
# before the new one: read as "rename" when a verb, "new" or "to" says so (never a bare "Navn",
# which may be part of a name), and only when the whole text then reads as a rename.
_RENAME_PHRASE = re.compile(
    r"(?<=\S)\s+(?P<verb>(?:gi|ge|giv|change|endre|ændre|ændr|ändra|byt|byta|skift)\s+)?"
    r"(?P<new>(?:nytt|nyt|nya|new)\s+)?(?:navn|namn|name|navnet|namnet)"
    r"(?P<to>\s+(?:til|till|to))?(?=\s+\S)",
    re.I,
)
# Filler between the action and its argument: "merge into X", "flett inn i X".
_FILLER = {"into", "with", "to", "med", "til", "till", "inn", "in", "i", "ind", "sammen", "ihop"}
NEW_FLAG = "--new"


@dataclass(frozen=True)
class CustomerArgs:
    action: str  # "rename" | "merge" | "delete" | "tier" | "owner"
    name: str
    value: str = ""  # the new name, the customer merged into, the tier, the new owner's user id
    create: bool = False  # "--new": a new customer even when the name is close to a known one
    label: str = ""  # owner: the name Slack put in the mention (`<@U123|ola>`)


_LABEL = re.compile(r"<@[UW][A-Z0-9]+\|([^>]+)>")


def _is_tier(words: list[str]) -> bool:
    """`… tier A` (the words a tier command ends with)."""
    return (
        len(words) >= 3
        and fold(words[-2]).strip(".,:;") in TIER_WORDS
        and tier_of(words[-1]) is not None
    )


def parse(text: str) -> CustomerArgs:
    """`Acme rename Acme AS`, `Equinr merge into Equinor`, `Acme delete`, `Acme tier A`,
    `Acme owner @ola`. Without one of these words, a tier (`Acme A`). An action word that could
    be part of the name (`Acme Delete Services tier A`) is read as the name."""
    said = _RENAME_PHRASE.search(text)
    if said and (said["verb"] or said["new"] or said["to"]):
        if not any(fold(w) in _ACTION_OF for w in text.split()):
            args = _parse(text[: said.start()] + " rename" + text[said.end() :])
            if args.action == "rename":
                return args
    return _parse(text)


def _parse(text: str) -> CustomerArgs:
    create = NEW_FLAG in text.split()
    words = [w for w in text.split() if w != NEW_FLAG]
    owner_of: str | None = None
    for i in range(1, 0 if _is_tier(words) else len(words)):
        action = _ACTION_OF.get(fold(words[i]))
        if action is None:
            continue
        name = clean_display_name(" ".join(words[:i]))
        rest = words[i + 1 :]
        if not name or (action == "delete" and rest):
            continue
        if action == "owner":
            user = mentioned_user(" ".join(rest))
            if user is None or MENTION.sub("", " ".join(rest)).strip():
                owner_of = owner_of or name
                continue
            label = _LABEL.search(" ".join(rest))
            return CustomerArgs(action, name, user, label=label.group(1)[:100] if label else "")
        while rest and fold(rest[0]) in _FILLER:
            rest = rest[1:]
        value = clean_display_name(" ".join(rest))
        if action in {"rename", "merge"} and not value:
            raise UserError(f"{action}_syntax", customer=name)
        return CustomerArgs(action, name, value, create)
    try:
        name, tier = parse_tier(" ".join(words))
    except UserError:
        if owner_of is not None:
            raise UserError("no_owner_mention", customer=owner_of) from None
        raise
    return CustomerArgs("tier", name, tier, create)


# -- outcomes ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DidYouMean:
    """The typed name is not a customer, but close to known ones: never guess, never make a
    near-duplicate. Kept server-side (like a log's question): the buttons carry the token."""

    typed: str
    names: list[str]
    action: str  # what was asked for; "merge_into": `value` is merged into the name picked
    value: str
    token: str = ""
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Notice:
    """Someone to tell privately (a new owner): in their language."""

    user_id: str
    language: str
    customer: str
    by_user: str
    leads: int


@dataclass(frozen=True)
class CustomerChanged:
    action: str
    customer: str  # the name now
    before: str | None = None  # rename: the old name; merge: the customer merged away
    tier: str | None = None
    owner: str | None = None  # the owner's Slack user id (tier: None when there is none)
    created: bool = False  # tier: the customer was made by this command
    moved: int = 0  # merge: activities moved; owner: open leads handed over
    notify: Notice | None = None


@dataclass(frozen=True)
class Usage:
    activities: list  # every activity, live or undone
    leads: list[Lead]
    sellers: list[Seller] = field(default_factory=list)  # everyone who uses it

    @property
    def live(self) -> int:
        return sum(1 for a in self.activities if a.deleted_at is None)


# -- reading -------------------------------------------------------------------------------------
def usage(session: Session, workspace_id: str, customer: Customer) -> Usage:
    activities = repo.activities_of_customer(session, workspace_id, customer.id)
    leads = repo.leads_of_customer(session, workspace_id, customer.id)
    ids = {a.seller_id for a in activities} | {lead.owner_id for lead in leads}
    if customer.owner_id is not None:
        ids.add(customer.owner_id)
    return Usage(activities, leads, repo.sellers_by_id(session, workspace_id, list(ids)))


def may_change(session: Session, who: Who, used: Usage) -> bool:
    if not used.sellers:
        return who.is_manager
    return all(may_act_for(session, who, who.user_id, s) for s in used.sellers)


def _find(session: Session, who: Who, name: str, action: str, value: str = "") -> Customer:
    customer = stored_named(session, who.workspace_id, name)
    if customer is not None and customer.removed_at is None:
        return customer
    hints = suggest(name, repo.customer_names(session, who.workspace_id))
    if hints:
        raise _Ask(DidYouMean(name, hints, action, value))
    raise UserError("unknown_customer", customer=name)


class _Ask(Exception):
    def __init__(self, question: DidYouMean) -> None:
        super().__init__(question.typed)
        self.question = question


def _check(session: Session, who: Who, customer: Customer) -> Usage:
    # Serialised with logs on the same customer (PostgreSQL row lock), so nothing is logged onto
    # it between reading who uses it and changing it.
    repo.lock_customer(session, who.workspace_id, customer.id)
    used = usage(session, who.workspace_id, customer)
    if not may_change(session, who, used):
        # Nobody uses it yet (a manager made it): for managers. Otherwise: for their managers.
        raise UserError(
            "customer_not_yours" if used.sellers else "not_manager", customer=customer.name
        )
    return used


# -- the use cases ---------------------------------------------------------------------------
def action_of(text: str) -> str:
    """Which `/kpi customer` action a text asks for (to show its example under an error)."""
    for word in text.split()[1:]:
        action = _ACTION_OF.get(fold(word))
        if action is not None:
            return action
    return "tier"


def run(session: Session, who: Who, text: str, *, now: datetime) -> CustomerChanged | DidYouMean:
    """`/kpi customer …`: one change, or a question about the name."""
    args = parse(text)
    try:
        if args.action == "tier":
            return set_tier(session, who, args.name, args.value, create=args.create)
        if args.action == "owner":
            return _owner(session, who, args.name, args.value, args.create, now, args.label)
        customer = _find(session, who, args.name, args.action, args.value)
        if args.action == "rename":
            return rename(session, who, customer, args.value)
        if args.action == "merge":
            target = _find(session, who, args.value, "merge_into", customer.name)
            return merge(session, who, customer, target, now=now)
        if args.action == "delete":
            return delete(session, who, customer, now=now)
        return hand_over(session, who, customer, args.value, now=now, label=args.label)
    except _Ask as ask:
        return _keep(session, who, ask.question, now=now)


QUESTION = "customer_cmd"  # the pending question's code


def _keep(session: Session, who: Who, question: DidYouMean, *, now: datetime) -> DidYouMean:
    options = tuple(f"pick:{i}" for i in range(len(question.names[:3])))
    if question.action in ("tier", "owner"):
        options += ("new",)  # a tier or an owner may make a customer; nothing else here does
    options += (questions.CANCEL,)
    token = questions.new_token()
    state = {
        "typed": question.typed,
        "names": question.names[:3],
        "action": question.action,
        "value": question.value,
        "options": list(options),
    }
    question_store.add(
        session,
        token=token,
        workspace_id=who.workspace_id,
        user_id=who.user_id,
        code=QUESTION,
        source_ref=f"kpi-customer:{token}",
        state=json.dumps(state, ensure_ascii=False),
        now=now,
    )
    return replace(question, names=question.names[:3], token=token, options=options)


def answer(
    session: Session, who: Who, token: str, option: str, *, now: datetime
) -> CustomerChanged | DidYouMean | str:
    """A click on "Did you mean …?": once, by the person asked, within a week. Returns what
    changed, or why nothing did ("missing", "forbidden", "already", "expired", "cancelled")."""
    row = question_store.by_token(session, who.workspace_id, token)
    if row is None or row.code != QUESTION:
        return "missing"
    if row.user_id != who.user_id:
        return "forbidden"
    if row.answered_at is not None:
        return "already"
    if questions.expired(row.created_at, now):
        return "expired"
    state = json.loads(row.state)
    if option not in state["options"]:
        return "missing"
    row.answered_at, row.outcome = now, option
    if option == questions.CANCEL:
        return "cancelled"
    action, typed, value = state["action"], state["typed"], state["value"]
    name = typed if option == "new" else state["names"][int(option.split(":", 1)[1])]
    try:
        if action == "tier":
            return set_tier(session, who, name, value, create=option == "new")
        if action == "merge_into":
            source = _find(session, who, value, "merge", name)
            return merge(session, who, source, _find(session, who, name, action, value), now=now)
        if action == "owner":
            return _owner(session, who, name, value, option == "new", now)
        customer = _find(session, who, name, action, value)
        if action == "rename":
            return rename(session, who, customer, value)
        if action == "merge":
            target = _find(session, who, value, "merge_into", customer.name)
            return merge(session, who, customer, target, now=now)
        if action == "delete":
            return delete(session, who, customer, now=now)
        return hand_over(session, who, customer, value, now=now)
    except _Ask as ask:  # the other name of a merge is not known either
        return _keep(session, who, ask.question, now=now)


def set_tier(
    session: Session, who: Who, name: str, tier: str, *, create: bool = False
) -> CustomerChanged:
    """`/kpi customer Acme tier A`. A name close to known customers is asked about; a customer
    made here by a manager has no owner yet (the reply asks for one); a seller who makes one
    owns it."""
    customer, created = _found_or_made(session, who, name, "tier", tier, create=create)
    if not created:
        _check(session, who, customer)
    customer.tier = tier
    session.flush()
    return CustomerChanged(
        "tier", customer.name, tier=tier, owner=owner_of(session, who, customer), created=created
    )


def _found_or_made(
    session: Session, who: Who, name: str, action: str, value: str, *, create: bool
) -> tuple[Customer, bool]:
    """The customer `name`, or one made now (True): a customer not logged yet can still be an
    A-customer or have its owner (key accounts come first). A name close to known customers is
    asked about unless `create` ("--new", or its question's "New customer"); a seller who makes
    one owns it, a manager's has no owner yet."""
    customer = stored_named(session, who.workspace_id, name)
    if customer is not None and customer.removed_at is None:
        return customer, False
    if customer is None:
        hints = suggest(name, repo.customer_names(session, who.workspace_id))
        hints = hints or _known_start(session, who, name)
        if hints and not create:
            raise _Ask(DidYouMean(name, hints, action, value))
    _check_length(name)
    if customer is None:
        customer = repo.add_customer(session, who.workspace_id, name, customer_key(name))
    else:
        customer.removed_at, customer.name = None, name
    if not who.is_manager:
        customer.owner_id = who.seller_id
    return customer, True


def _check_length(name: str) -> None:
    """A name longer than a customer's name may be is refused with its length, as a log
    command refuses it (recording.MAX_NAME), never cut short unasked."""
    if len(name) > recording.MAX_NAME:
        raise UserError("customer_name_too_long", length=len(name), limit=recording.MAX_NAME)


def _known_start(session: Session, who: Who, name: str) -> list[str]:
    """A known customer the typed name begins with ("Mærsk niveau" when Mærsk is known): the
    words after it were meant as something else, so it is asked about, never made a customer."""
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        known = stored_named(session, who.workspace_id, " ".join(words[:n]))
        if known is not None and known.removed_at is None:
            return [known.name]
    return []


def owner_of(session: Session, who: Who, customer: Customer) -> str | None:
    """The customer's owner: its account owner, else the owner of its newest open lead, else
    whoever worked with it last. None: nobody is ever reminded of it."""
    owner_id = customer.owner_id
    if owner_id is None:
        leads = repo.open_leads(session, who.workspace_id, customer.id)
        owner_id = leads[0].owner_id if leads else None
    if owner_id is None:
        activities = [
            a
            for a in repo.activities_of_customer(session, who.workspace_id, customer.id)
            if a.deleted_at is None
        ]
        owner_id = activities[-1].seller_id if activities else None
    seller = session.get(Seller, owner_id) if owner_id is not None else None
    return seller.slack_user_id if seller is not None else None


def rename(session: Session, who: Who, customer: Customer, new_name: str) -> CustomerChanged:
    new_name = clean_display_name(new_name)
    key = customer_key(new_name)
    if not key:
        raise UserError("rename_syntax", customer=customer.name)
    _check_length(new_name)
    other = repo.customer_by_key(session, who.workspace_id, key)
    if other is not None and other.id != customer.id and other.removed_at is None:
        raise UserError("rename_taken", customer=customer.name, other=other.name)
    _check(session, who, customer)
    if other is not None and other.id != customer.id:
        # A name taken off the list: its undone entries join this customer, and it goes.
        for activity in repo.activities_of_customer(session, who.workspace_id, other.id):
            activity.customer_id = customer.id
        session.flush()
        repo.delete_rows(session, [other])
    before = customer.name
    customer.name, customer.key = new_name, key
    session.flush()
    return CustomerChanged("rename", new_name, before=before)


def merge(
    session: Session, who: Who, source: Customer, target: Customer, *, now: datetime
) -> CustomerChanged:
    """Everything of `source` moves to `target`, and `source` goes. One seller's open lead under
    each name become one (the later offer revises the earlier: offers sent stay true)."""
    if source.id == target.id:
        raise UserError("merge_same", customer=source.name)
    used = _check(session, who, source)
    ws = who.workspace_id
    repo.lock_customer(session, ws, target.id)
    for activity in used.activities:
        activity.customer_id = target.id
    for lead in used.leads:
        lead.customer_id = target.id
    target.tier = target.tier or source.tier
    target.org_number = target.org_number or source.org_number
    target.owner_id = target.owner_id or source.owner_id
    session.flush()
    # The leads' history names the customer that stays, also before the merge (the two were one
    # customer, and the source's row goes): a past week still lists them, deleted ones too.
    history.rename_customer(session, ws, source.id, target.id)
    _consolidate_owners(session, ws, target, {lead.id for lead in used.leads}, now=now)
    before = source.name
    session.delete(source)
    session.flush()
    return CustomerChanged("merge", target.name, before=before, moved=len(used.activities))


def _consolidate_owners(
    session: Session, workspace_id: str, customer: Customer, moved: set[int], *, now: datetime
) -> None:
    """A seller's one open deal under each name was one deal typed two ways: one lead. Parallel
    deals on either side (two offers out on purpose) stay deals of their own: which of them the
    other would revise is nobody's guess."""
    by_owner: dict[int, list[Lead]] = {}
    for lead in repo.open_leads(session, workspace_id, customer.id):
        by_owner.setdefault(lead.owner_id, []).append(lead)
    for leads in by_owner.values():
        came = [lead for lead in leads if lead.id in moved]
        if len(leads) == 2 and len(came) == 1:
            recording.consolidate(session, workspace_id, leads, now=now)


def delete(session: Session, who: Who, customer: Customer, *, now: datetime) -> CustomerChanged:
    """Only a customer without live activities (otherwise: merge it into the right one). Its
    undone entries go with it."""
    used = _check(session, who, customer)
    if used.live:
        raise UserError("customer_has_activities", customer=customer.name, count=used.live)
    name = customer.name
    for activity in used.activities:
        activity.lead_id = None
    session.flush()
    for lead in used.leads:
        history.end_lead_state(session, lead.id, now)
    repo.delete_rows(session, used.leads)
    if used.activities:
        # Undone entries keep their history: the customer only goes off the list.
        customer.removed_at = now
        customer.tier = customer.owner_id = customer.org_number = None
    else:
        repo.delete_rows(session, [customer])
    return CustomerChanged("delete", name)


def _owner(
    session: Session,
    who: Who,
    name: str,
    user_id: str,
    create: bool,
    now: datetime,
    label: str = "",
) -> CustomerChanged:
    """`/kpi customer Arla owner @mette`: handed over, or, not a customer yet, made with its
    owner (as a tier makes one: was refused, "no customer called Arla yet", while `tier A` made
    it)."""
    customer, created = _found_or_made(session, who, name, "owner", user_id, create=create)
    changed = hand_over(session, who, customer, user_id, now=now, label=label)
    return replace(changed, created=True) if created else changed


def hand_over(
    session: Session,
    who: Who,
    customer: Customer,
    user_id: str,
    *,
    now: datetime,
    lead_ids: set[int] | None = None,
    label: str = "",
) -> CustomerChanged:
    """`/kpi customer Equinor owner @ola`: the open leads of the owners the requester may act for
    (their own, or as a manager their team's) go to the new owner, each as it is (one the new
    owner has already stays beside them), and so does the account. A
    customer nobody owns gets its owner from a manager. `lead_ids`: only these leads (the App
    Home's "Hand over")."""
    ws = who.workspace_id
    repo.lock_customer(session, ws, customer.id)
    new_owner = repo.ensure_seller(session, ws, user_id)
    if not new_owner.display_name and label:
        # Someone who never used kpibot: the mention's name until their profile is read.
        new_owner.display_name = label
    leads = repo.open_leads(session, ws, customer.id)
    if lead_ids is not None:
        leads = [lead for lead in leads if lead.id in lead_ids]
    owners = {lead.owner_id: lead.owner for lead in leads}
    account = session.get(Seller, customer.owner_id) if customer.owner_id else None
    if account is not None:
        owners.setdefault(account.id, account)
    allowed = {sid for sid, s in owners.items() if may_act_for(session, who, who.user_id, s)}
    if owners and not allowed:
        raise UserError("not_lead_owner", customer=customer.name)
    if not owners:
        used = usage(session, ws, customer)
        if not may_change(session, who, used):
            code = "customer_not_yours" if used.sellers else "no_owner_yet"
            raise UserError(code, customer=customer.name)
    moving = [lead for lead in leads if lead.owner_id in allowed and lead.owner_id != new_owner.id]
    for lead in moving:
        lead.owner_id = new_owner.id
        lead.team_id = new_owner.team_id
        lead.updated_at = now
        history.record_lead_state(session, lead, now)  # the new owner's from now on
    if account is None or account.id in allowed:
        customer.owner_id = new_owner.id
    # A lead of the new owner's own with the customer stays a lead of its own: its offer is
    # another deal, not a revision of the one handed over (merging them made it one, so an
    # offer sent no longer counted, the pipeline lost one of the two, and both sellers' past
    # weeks changed). The new owner's next offer revises the newest of them, as after "log it
    # again".
    session.flush()
    notice = None
    if new_owner.slack_user_id != who.user_id:
        team = session.get(SalesTeam, new_owner.team_id) if new_owner.team_id else None
        notice = Notice(
            new_owner.slack_user_id,
            person_language(new_owner.locale, team.language if team else None, new_owner.language),
            customer.name,
            who.user_id,
            len(moving),
        )
    return CustomerChanged(
        "owner", customer.name, owner=new_owner.slack_user_id, moved=len(moving), notify=notice
    )


# -- the App Home's "Hand over" -----------------------------------------------------------------
@dataclass(frozen=True)
class LeadToHandOver:
    lead_id: int
    customer: str


def lead_to_hand_over(session: Session, who: Who, lead_id: int) -> LeadToHandOver | None:
    """The open lead the requester may hand over (owner or someone who may act for them)."""
    lead = repo.lead_by_id(session, who.workspace_id, lead_id)
    if lead is None or lead.status != LeadStatus.OPEN.value:
        return None
    if not may_act_for(session, who, who.user_id, lead.owner):
        return None
    return LeadToHandOver(lead.id, lead.customer.name)


def hand_over_lead(
    session: Session, who: Who, lead_id: int, user_id: str | None, *, now: datetime
) -> CustomerChanged:
    if not user_id or not MENTION.fullmatch(f"<@{user_id}>"):
        raise UserError("no_mention")
    found = lead_to_hand_over(session, who, lead_id)
    if found is None:
        raise UserError("not_lead_owner", customer="")
    lead = repo.lead_by_id(session, who.workspace_id, lead_id)
    assert lead is not None
    return hand_over(session, who, lead.customer, user_id, now=now, lead_ids={lead_id})
