"""Whether a week's work was already reported to the team (its digest posted), for a change to
a record of that week that its author should hear of privately."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from bot.domain import ActivityKind
from bot.i18n import person_language
from bot.services.kpis import Week
from storage import claims
from storage import repositories as repo


@dataclass(frozen=True)
class GoneFromReported:
    """A record of a week whose digest named it, gone (its channel message deleted)."""

    user_id: str  # its author's Slack id
    language: str
    kind: ActivityKind
    customer: str
    when: date
    week: int


def gone_from_reported(
    session: Session,
    workspace_id: str,
    channel: str,
    user_id: str,
    kind: ActivityKind,
    customer: str,
    when: date,
) -> GoneFromReported | None:
    """The record (`kind` with `customer` on `when`) of `user_id`'s message in the team channel
    `channel`, gone, when the team's digest for its week was posted already; else None."""
    team = repo.team_by_channel(session, workspace_id, channel)
    seller = repo.seller_by_user(session, workspace_id, user_id)
    if team is None or seller is None:
        return None
    week = Week.of(when)
    digest = claims.get(session, workspace_id, "digest", str(team.id), str(week))
    if digest is None or digest.state != "sent":
        return None
    language = person_language(seller.locale, team.language, seller.language)
    return GoneFromReported(user_id, language, kind, customer, when, week.week)
