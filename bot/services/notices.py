"""A notice to a team's managers (a problem with its scheduled work), said to each manager once.

Its claim (storage.claims, kind `notice`) keeps what the notice says while a manager's DM waits
for Slack (a rate limit longer than a send waits it out, a 5xx, a dropped line): its template and
arguments, in the claim's `error` column (64 characters). A later tick says it again to those not
told yet. Each manager's DM is a claim of its own (`notice_dm`: the notice's claim id and the
manager), so nobody is told twice, across restarts and replicas, and nobody's notice is lost to
one refusal (was: the notice marked told once every manager's DM was tried, refused or not)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from storage import claims

NOTICE = "notice"
NOTICE_DM = "notice_dm"
NOTE_LENGTH = 64
# Each notice template's arguments, in the order they are kept. A seller is kept by id (their
# name is read when the notice is said); a code is last, so a long one is only cut short.
ARGUMENTS = {
    "team_problem": ("problem",),
    "channel_gone": ("reason", "code"),
    "send_failed": ("kind", "seller", "code"),
    "digest_failed": ("kind", "code"),
}


def encode(team_id: int, template: str, params: dict[str, object]) -> str:
    """What a notice says, kept on its claim: the team, the template, its arguments (a template
    not in ARGUMENTS: each argument by name)."""
    names = ARGUMENTS.get(template)
    if names is None:
        values = [f"{k}={str(v or '').replace('|', '')}" for k, v in sorted(params.items())]
    else:
        values = [str(params.get(name) or "").replace("|", "") for name in names]
    return "|".join([str(team_id), template, *values])[:NOTE_LENGTH]


def decode(note: str | None) -> tuple[int, str, dict[str, str]]:
    """(team id, template, arguments) of a kept notice; ValueError when it is none (a notice
    claimed by a kpibot before notices were kept, or by a process that died first)."""
    parts = (note or "").split("|")
    if len(parts) < 2 or not parts[1] or not parts[0].isdigit():
        raise ValueError("no notice kept")
    names = ARGUMENTS.get(parts[1])
    if names is None:
        return int(parts[0]), parts[1], dict(p.partition("=")[::2] for p in parts[2:] if p)
    values = parts[2:] + [""] * (len(names) - len(parts[2:]))
    return int(parts[0]), parts[1], dict(zip(names, values, strict=False))


def dm_subject(notice_claim_id: int, user_id: str) -> str:
    """The subject of one manager's DM of a notice."""
    return f"{notice_claim_id}:{user_id}"


def told_some(
    session: Session,
    workspace_id: str,
    notice_claim_id: int,
    period: str,
    told: list[str],
    note: str,
    *,
    retry_at: datetime,
    now: datetime,
) -> None:
    """A notice said now to the managers `told`, not yet to the others (Slack refused their DMs
    for now): those told are remembered as told, and the notice waits, with what it says, for
    a later tick (bot.jobs.sender) to tell the others."""
    for user_id in told:
        claims.done(session, workspace_id, NOTICE_DM, dm_subject(notice_claim_id, user_id),
                    period, now)  # fmt: skip
    claims.wait(session, notice_claim_id, note, retry_at, now)
