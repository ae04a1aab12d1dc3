"""One person's data: everything stored about them (for `/kpi mydata`), erasing it (`kpibot erase`,
`/kpi erase @user`), and retention. Never commits.

A person is a Slack user id in a workspace, and the seller row that id has there. Rows *about*
them (their seller row and profile, activities, leads they own, goals, away periods, their
summary and nudge claims, questions asked to them, their manager role) are listed and erased.
Rows that only *name* them as the one who did something to someone else's data (set a goal,
undid an entry, added a manager, created a team or a rate, owns a customer account) keep the row
and lose the name. Any text that mentions their id (a note "met with <@U…>") loses the id.

Erasing a lead owner's leads: the leads are deleted with their activities (a lead is the history
of that person's work with a customer); a colleague's entry that pointed at one of them keeps
its figures and loses the link. The team's totals for past weeks drop what the person did."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Column,
    MetaData,
    String,
    Table,
    Text,
    delete,
    func,
    inspect,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from storage.models import (
    Activity,
    AwayPeriod,
    BareCurrency,
    Base,
    Claim,
    Customer,
    Goal,
    GoalChange,
    Lead,
    LeadMerge,
    LeadState,
    Manager,
    PendingQuestion,
    Seller,
    TeamMove,
    Workspace,
)

# Claims whose subject is a seller id (the others name a team).
SELLER_CLAIM_KINDS = ("summary", "nudge")
# Claims whose subject is a person's Slack user id: a join to check again (services.teams.JOIN),
# a guest kept in a team's channel (services.teams.GUEST).
PERSON_CLAIM_KINDS = ("join", "guest")
# Slack's installation table names the installer (slack_sdk's schema; created in 0001).
INSTALLATIONS = "slack_installations"
ERASED = "erased"


def sellers_of(session: Session, user_id: str, workspace_id: str | None = None) -> list[Seller]:
    query = select(Seller).where(Seller.slack_user_id == user_id)
    if workspace_id is not None:
        query = query.where(Seller.workspace_id == workspace_id)
    return list(session.scalars(query.order_by(Seller.workspace_id)))


def workspaces_mentioning(session: Session, user_id: str) -> list[str]:
    """Every workspace where the user has a seller row, a question waiting, a manager role or a
    join to check again."""
    found = set(session.scalars(select(Seller.workspace_id).where(Seller.slack_user_id == user_id)))
    found |= set(
        session.scalars(
            select(PendingQuestion.workspace_id).where(PendingQuestion.user_id == user_id)
        )
    )
    found |= set(
        session.scalars(select(Manager.workspace_id).where(Manager.slack_user_id == user_id))
    )
    found |= set(
        session.scalars(
            select(Claim.workspace_id).where(
                Claim.kind.in_(PERSON_CLAIM_KINDS), Claim.subject == user_id
            )
        )
    )
    return sorted(found)


# -- what is stored (`/kpi mydata`) ---------------------------------------------------------------
def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _as_dict(row: Any) -> dict[str, str]:
    return {c.key: _plain(getattr(row, c.key)) for c in row.__table__.columns}


def rows_about(
    session: Session, workspace_id: str, user_id: str
) -> list[tuple[str, dict[str, str]]]:
    """(table, {column: value}) for every row about the person, table by table, oldest first.
    Rows that merely name them (see the module's docstring) are listed too, marked by table."""
    out: list[tuple[str, dict[str, str]]] = []
    seller = next(iter(sellers_of(session, user_id, workspace_id)), None)
    about: list[tuple[str, Any]] = []
    if seller is not None:
        sid = seller.id
        about += [
            ("sellers", select(Seller).where(Seller.id == sid)),
            ("activities", select(Activity).where(Activity.seller_id == sid).order_by(Activity.id)),
            ("leads", select(Lead).where(Lead.owner_id == sid).order_by(Lead.id)),
            ("goals", select(Goal).where(Goal.seller_id == sid).order_by(Goal.id)),
            (
                "goal_changes",
                select(GoalChange).where(GoalChange.seller_id == sid).order_by(GoalChange.id),
            ),
            ("team_moves", select(TeamMove).where(TeamMove.seller_id == sid).order_by(TeamMove.id)),
            ("away_periods", select(AwayPeriod).where(AwayPeriod.seller_id == sid).order_by(AwayPeriod.id)),
            ("bare_currencies", select(BareCurrency).where(BareCurrency.seller_id == sid).order_by(BareCurrency.team_id)),
            ("customers_owned", select(Customer).where(Customer.owner_id == sid).order_by(Customer.id)),
            (
                "claims",
                select(Claim)
                .where(
                    Claim.workspace_id == workspace_id,
                    Claim.kind.in_(SELLER_CLAIM_KINDS),
                    Claim.subject == str(sid),
                )
                .order_by(Claim.id),
            ),
        ]  # fmt: skip
    about += [
        (
            "pending_questions",
            select(PendingQuestion)
            .where(PendingQuestion.workspace_id == workspace_id, PendingQuestion.user_id == user_id)
            .order_by(PendingQuestion.id),
        ),
        (
            "managers",
            select(Manager)
            .where(Manager.workspace_id == workspace_id, Manager.slack_user_id == user_id)
            .order_by(Manager.id),
        ),
        (
            "claims",
            select(Claim)
            .where(
                Claim.workspace_id == workspace_id,
                Claim.kind.in_(PERSON_CLAIM_KINDS),
                Claim.subject == user_id,
            )
            .order_by(Claim.id),
        ),
    ]
    for table, query in about:
        for row in session.scalars(query).unique():
            values = _as_dict(row)
            if table in {"activities", "leads"}:  # the names people read, beside the ids
                values["customer"] = row.customer.name
            out.append((table, values))
    return out


# -- erase ----------------------------------------------------------------------------------------
@dataclass
class Erased:
    rows: Counter[str] = field(default_factory=Counter)  # table -> rows deleted
    scrubbed: Counter[str] = field(default_factory=Counter)  # table -> rows that lost the name

    @property
    def total(self) -> int:
        return sum(self.rows.values()) + sum(self.scrubbed.values())


def erase(session: Session, workspace_id: str, user_id: str) -> Erased:
    """Remove the person from one workspace (see the module's docstring for what that means)."""
    done = Erased()

    def gone(table: str, result: Any) -> None:
        if result.rowcount:
            done.rows[table] += result.rowcount

    for seller in sellers_of(session, user_id, workspace_id):
        sid = seller.id
        lead_ids = select(Lead.id).where(Lead.owner_id == sid).scalar_subquery()
        gone("activities", session.execute(delete(Activity).where(Activity.seller_id == sid)))
        # A colleague's entry on one of their leads keeps its figures, not the link.
        unlinked = session.execute(
            update(Activity).where(Activity.lead_id.in_(lead_ids)).values(lead_id=None)
        )
        done.scrubbed["activities"] += unlinked.rowcount or 0
        # Nor the lead they were logged on, or what it was merged with.
        session.execute(
            update(Activity)
            .where(Activity.origin_lead_id.in_(lead_ids))
            .values(origin_lead_id=None)
        )
        session.execute(
            delete(LeadMerge).where(
                LeadMerge.workspace_id == workspace_id,
                LeadMerge.lead_id.in_(lead_ids) | LeadMerge.into_id.in_(lead_ids),
            )
        )
        # Their offers are gone: a colleague's revision of one, and a lead handed over with
        # one, name no sender now (the revision stays its reviser's, as with no offer found).
        session.execute(update(Activity).where(Activity.sender_id == sid).values(sender_id=None))
        session.execute(update(Lead).where(Lead.offer_sent_by == sid).values(offer_sent_by=None))
        # Their leads' history goes with their leads.
        gone("lead_states", session.execute(delete(LeadState).where(LeadState.owner_id == sid)))
        gone("leads", session.execute(delete(Lead).where(Lead.owner_id == sid)))
        gone("goals", session.execute(delete(Goal).where(Goal.seller_id == sid)))
        gone(
            "goal_changes",
            session.execute(delete(GoalChange).where(GoalChange.seller_id == sid)),
        )
        gone("team_moves", session.execute(delete(TeamMove).where(TeamMove.seller_id == sid)))
        gone("away_periods", session.execute(delete(AwayPeriod).where(AwayPeriod.seller_id == sid)))
        gone(
            "bare_currencies",
            session.execute(delete(BareCurrency).where(BareCurrency.seller_id == sid)),
        )
        gone(
            "claims",
            session.execute(
                delete(Claim).where(
                    Claim.workspace_id == workspace_id,
                    Claim.kind.in_(SELLER_CLAIM_KINDS),
                    Claim.subject == str(sid),
                )
            ),
        )
        owned = session.execute(
            update(Customer).where(Customer.owner_id == sid).values(owner_id=None)
        )
        done.scrubbed["customers"] += owned.rowcount or 0
        gone("sellers", session.execute(delete(Seller).where(Seller.id == sid)))

    gone(
        "claims",
        session.execute(
            delete(Claim).where(
                Claim.workspace_id == workspace_id,
                Claim.kind.in_(PERSON_CLAIM_KINDS),
                Claim.subject == user_id,
            )
        ),
    )
    gone(
        "pending_questions",
        session.execute(
            delete(PendingQuestion).where(
                PendingQuestion.workspace_id == workspace_id,
                or_(
                    PendingQuestion.user_id == user_id,
                    PendingQuestion.state.contains(user_id, autoescape=True),
                ),
            )
        ),
    )
    gone(
        "managers",
        session.execute(
            delete(Manager).where(
                Manager.workspace_id == workspace_id, Manager.slack_user_id == user_id
            )
        ),
    )
    for table in Base.metadata.sorted_tables:
        _scrub_mentions(session, table, workspace_id, user_id, done)
    _scrub_installer(session, workspace_id, user_id, done)
    return done


def _text_columns(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if isinstance(c.type, String | Text) and not c.primary_key]


def _scrub_mentions(
    session: Session, table: Table, workspace_id: str, user_id: str, done: Erased
) -> None:
    """Every text column of the workspace's rows: the id alone becomes NULL, an id inside a text
    (a mention in a note) becomes «erased». Generic, so a column added later is covered too."""
    if "workspace_id" not in table.c:
        return
    in_workspace = table.c.workspace_id == workspace_id
    for column in _text_columns(table):
        if column.name == "workspace_id":
            continue
        if column.nullable:
            result = session.execute(
                update(table).where(in_workspace, column == user_id).values({column.name: None})
            )
            done.scrubbed[table.name] += result.rowcount or 0
        mention, bare = f"<@{user_id}>", user_id
        result = session.execute(
            update(table)
            .where(in_workspace, column.contains(user_id, autoescape=True))
            .values(
                {
                    column.name: func.replace(
                        func.replace(column, mention, f"@{ERASED}"), bare, ERASED
                    )
                }
            )
        )
        done.scrubbed[table.name] += result.rowcount or 0


def _scrub_installer(session: Session, workspace_id: str, user_id: str, done: Erased) -> None:
    """The person who installed the app to the workspace (OAuth): the installation stays (it is
    the workspace's), their id and any user token go."""
    connection = session.connection()
    if not inspect(connection).has_table(INSTALLATIONS):
        return
    table = Table(INSTALLATIONS, MetaData(), autoload_with=connection)
    result = session.execute(
        update(table)
        .where(table.c.team_id == workspace_id, table.c.user_id == user_id)
        .values(user_id="", user_token=None, user_scopes=None, user_refresh_token=None)
    )
    done.scrubbed[INSTALLATIONS] += result.rowcount or 0


# -- retention ------------------------------------------------------------------------------------
def delete_activities_before(session: Session, workspace_id: str, cutoff: date) -> int:
    """Activities that happened before `cutoff` (undone ones too): gone for good."""
    result = session.execute(
        delete(Activity)
        .where(Activity.workspace_id == workspace_id, Activity.occurred_on < cutoff)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)


# -- a workspace that left ------------------------------------------------------------------------
OAUTH_WORKSPACE_TABLES = ("slack_installations", "slack_bots")


def mark_uninstalled(session: Session, workspace_id: str, now: datetime) -> None:
    """The app was uninstalled (or its tokens revoked): the purge clock starts, once."""
    session.execute(
        update(Workspace)
        .where(Workspace.id == workspace_id, Workspace.uninstalled_at.is_(None))
        .values(uninstalled_at=now)
    )


def used_since_leaving(session: Session, margin: timedelta) -> list[str]:
    """Workspaces marked as left that people used well after (`margin`: a delivery Slack retries,
    or this machine held, still comes in the minutes after an uninstall): installed again. With a
    single bot token nothing else says so: no OAuth install runs, and a revoked token may have
    been an old one."""
    left = session.execute(
        select(Workspace.id, Workspace.uninstalled_at).where(Workspace.uninstalled_at.is_not(None))
    ).all()
    back = []
    for workspace_id, since in left:
        after = since + margin
        used = session.scalar(
            select(
                or_(
                    select(Activity.id)
                    .where(Activity.workspace_id == workspace_id, Activity.created_at > after)
                    .exists(),
                    select(Seller.id)
                    .where(Seller.workspace_id == workspace_id, Seller.profile_refreshed_at > after)
                    .exists(),
                    select(PendingQuestion.id)
                    .where(
                        PendingQuestion.workspace_id == workspace_id,
                        PendingQuestion.created_at > after,
                    )
                    .exists(),
                )
            )
        )
        if used:
            back.append(workspace_id)
    return back


def mark_installed(session: Session, workspace_id: str) -> None:
    session.execute(
        update(Workspace).where(Workspace.id == workspace_id).values(uninstalled_at=None)
    )


def uninstalled_before(session: Session, cutoff: datetime) -> list[str]:
    return list(
        session.scalars(
            select(Workspace.id)
            .where(Workspace.uninstalled_at.is_not(None), Workspace.uninstalled_at < cutoff)
            .order_by(Workspace.id)
        )
    )


def purge_workspace(session: Session, workspace_id: str) -> Counter[str]:
    """Every row of the workspace in every table (children first), its installation, and the
    workspace itself: table -> rows deleted."""
    done: Counter[str] = Counter()
    # Rows pointing at rows of the same table or in a cycle (customers.owner_id -> sellers,
    # sellers.team_id -> sales_teams) are unlinked first, so the order of deletes cannot fail.
    session.execute(
        update(Customer).where(Customer.workspace_id == workspace_id).values(owner_id=None)
    )
    session.execute(update(Seller).where(Seller.workspace_id == workspace_id).values(team_id=None))
    session.execute(
        update(Activity).where(Activity.workspace_id == workspace_id).values(lead_id=None)
    )
    for table in reversed(Base.metadata.sorted_tables):
        if table.name == "workspaces" or "workspace_id" not in table.c:
            continue
        result = session.execute(delete(table).where(table.c.workspace_id == workspace_id))
        if result.rowcount:
            done[table.name] += result.rowcount
    connection = session.connection()
    for name in OAUTH_WORKSPACE_TABLES:
        if inspect(connection).has_table(name):
            table = Table(name, MetaData(), autoload_with=connection)
            result = session.execute(delete(table).where(table.c.team_id == workspace_id))
            if result.rowcount:
                done[name] += result.rowcount
    result = session.execute(delete(Workspace).where(Workspace.id == workspace_id))
    if result.rowcount:
        done["workspaces"] += result.rowcount
    return done
