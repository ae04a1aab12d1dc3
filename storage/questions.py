"""Pending questions: the logs kpibot asked their authors about. Never commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import PendingQuestion, Seller


def add(
    session: Session,
    *,
    token: str,
    workspace_id: str,
    user_id: str,
    code: str,
    source_ref: str,
    state: str,
    now: datetime,
) -> PendingQuestion:
    row = PendingQuestion(
        token=token,
        workspace_id=workspace_id,
        user_id=user_id,
        code=code,
        source_ref=source_ref,
        state=state,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row


def by_token(session: Session, workspace_id: str, token: str) -> PendingQuestion | None:
    """The question, locked for this transaction on PostgreSQL (two clicks answer once)."""
    query = select(PendingQuestion).where(
        PendingQuestion.workspace_id == workspace_id, PendingQuestion.token == token
    )
    if session.get_bind().dialect.name != "sqlite":
        query = query.with_for_update()
    return session.scalars(query).one_or_none()


def for_ref(session: Session, workspace_id: str, source_ref: str) -> list[PendingQuestion]:
    """Every question asked about one log (a command, a channel message), oldest first."""
    return list(
        session.scalars(
            select(PendingQuestion)
            .where(
                PendingQuestion.workspace_id == workspace_id,
                PendingQuestion.source_ref == source_ref,
            )
            .order_by(PendingQuestion.id)
        )
    )


def unanswered_of(
    session: Session, workspace_id: str, user_id: str, since: datetime
) -> list[PendingQuestion]:
    """The person's questions still unanswered, asked since `since`, newest first (a win said
    without an amount looks for an offer of the deal it closes still waiting for its answer)."""
    return list(
        session.scalars(
            select(PendingQuestion)
            .where(
                PendingQuestion.workspace_id == workspace_id,
                PendingQuestion.user_id == user_id,
                PendingQuestion.answered_at.is_(None),
                PendingQuestion.created_at >= since,
            )
            .order_by(PendingQuestion.id.desc())
        )
    )


def for_message(session: Session, workspace_id: str, message_ref: str) -> list[PendingQuestion]:
    """Every question asked about a channel message (msg:<channel>:<ts>) or any of its edits
    (the reference with a suffix), oldest first."""
    return list(
        session.scalars(
            select(PendingQuestion)
            .where(
                PendingQuestion.workspace_id == workspace_id,
                (PendingQuestion.source_ref == message_ref)
                | PendingQuestion.source_ref.startswith(message_ref + ":"),
            )
            .order_by(PendingQuestion.id)
        )
    )


def answer_counts(
    session: Session, workspace_id: str, code: str, *, team_id: int
) -> dict[str, int]:
    """How the team's sellers answered the questions of one kind: {option: count}."""
    rows = session.execute(
        select(PendingQuestion.outcome, func.count())
        .join(
            Seller,
            (Seller.workspace_id == PendingQuestion.workspace_id)
            & (Seller.slack_user_id == PendingQuestion.user_id),
        )
        .where(
            PendingQuestion.workspace_id == workspace_id,
            PendingQuestion.code == code,
            PendingQuestion.answered_at.is_not(None),
            Seller.team_id == team_id,
        )
        .group_by(PendingQuestion.outcome)
    )
    return {str(outcome): int(count) for outcome, count in rows}
