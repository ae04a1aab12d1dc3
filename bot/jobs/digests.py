"""A team's weekly digest: computed once per team and week, that one computation gives the
channel post (with its trend chart) and every seller's private summary, each handed to the
sender. Content is read from live data at send time, so an undo before the digest shows."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date

from slack_sdk import WebClient
from sqlalchemy.orm import Session

from bot import i18n
from bot.clock import local_date
from bot.dependencies import Deps
from bot.jobs.scopes import reading
from bot.jobs.sender import Outcome, Outgoing, Sender
from bot.rendering.chart import trend_png_isolated
from bot.rendering.digest import digest_as_text, digest_message, summary_message
from bot.rendering.status import KPI_LABELS
from bot.rendering.text import Mrkdwn, render
from bot.services import public_holidays
from bot.services.digest import Digest, TeamWeek, build_digest, plan_team_week
from bot.services.kpis import NO_HOLIDAYS, Calendar, Counts, Week, away_all_week
from bot.services.teams import channel_gone_claim, shared_outside
from bot.slack_client import SLACK_CALL_ERRORS, slack_error
from storage import claims
from storage import repositories as repo
from storage.models import SalesTeam, Seller

log = logging.getLogger(__name__)
Key = tuple[str, str, str, str]
# Ticks that ask Slack again whether a team's channel is shared before the digest goes to the
# team's managers privately instead (about a quarter of an hour: claims' RETRY_AFTER apart).
UNSURE_TRIES = 3


@dataclass(frozen=True)
class TeamWeekMessages:
    """Everything one team-week sends, rendered, with who each message is for."""

    digest: Outgoing
    plan: Digest  # the team's week, for whoever reads it elsewhere (its managers, privately)
    summaries: list[tuple[int, Outgoing]]  # (seller id, summary); those away all week left out
    chart: tuple[Digest, dict[str, str], str] | None  # (digest, KPI labels, language)
    # The team's managers were told its channel is gone (archived, deleted, the bot removed),
    # and it was not seen back since: the digest is not tried there.
    channel_told_gone: bool = False


def _drawn(plan: Digest) -> bool:
    """One counted week is no trend (a team's first: weeks before its set-up are no figures), so
    its digest has no chart."""
    return len(plan.trend) >= 2


def _chart_of(digest: Outgoing) -> Outgoing:
    """The claim of a digest's trend chart (in the digest's thread): "chart", the team, the week."""
    return Outgoing(digest.workspace_id, "chart", digest.subject, digest.period, digest.channel, {})


@dataclass(frozen=True)
class DigestJob:
    deps: Deps
    sender: Sender

    def send(
        self,
        workspace_id: str,
        team_id: int,
        week: Week,
        outcome: Outcome,
        *,
        settled: Collection[Key] = (),
        client: WebClient | None = None,
        summaries: Collection[int] | None = None,
    ) -> None:
        """The team-week's digest and its summaries (all, or those of the `summaries` seller
        ids), except what is `settled`: the tick knows those are done, so they are not tried."""
        client = client or self.sender.client_for(workspace_id)
        if getattr(client, "gone", False):
            # Slack refused the bot token (bot.scheduler): nothing is asked or claimed, the
            # week waits (was: its channel looked at through the dead token at every tick).
            return
        messages = self.messages(workspace_id, team_id, week)
        if messages is None:
            return
        item = messages.digest
        if item.key not in settled:
            assert item.team_id is not None
            outside = _read_outside(client, item.channel)
            told = messages.channel_told_gone
            if outside == ARCHIVED or (told and outside in GONE):
                # Archived, or still gone since its managers were told: nothing is tried there
                # (was: posted, refused and the managers told again every week); the week's
                # digest ends (`kpibot digest --resend --week …` once the channel is back).
                self.sender.tell_channel_gone(workspace_id, item.team_id, GONE[outside], outside)
                if self.sender.give_up(item, outside):
                    outcome.skipped.append(item.label)
            elif outside == "unsure" and self.sender.retry_later(
                item, outcome, "channel_unknown", tries=UNSURE_TRIES
            ):
                pass  # Slack could not say: asked again at a later tick, posted only then
            else:
                if told and outside != "unsure":  # unarchived, or the bot invited again
                    self.sender.channel_back(workspace_id, item.team_id)
                if outside is None or outside in GONE:  # a post's refusal is told once
                    if messages.chart and _drawn(messages.chart[0]):
                        self.sender.owe_file(_chart_of(item))
                    self.sender.send(item, outcome, client)
                else:
                    self._to_managers(client, item, messages.plan, outside, outcome)
        if messages.chart and _chart_of(item).key not in settled:
            self._chart(client, item, week, *messages.chart)
        for seller_id, item in messages.summaries:
            if summaries is not None and seller_id not in summaries:
                continue
            if item.key not in settled:
                self.sender.send(item, outcome, client)

    def _to_managers(
        self, client: WebClient, item: Outgoing, plan: Digest, why: str, outcome: Outcome
    ) -> None:
        """The digest names each seller's figures: in a channel another organisation reads, or
        one Slack could not say, it goes to the team's managers privately (each in their own
        language, each once), with a line saying why; the team's digest is done once all of
        them are (a manager's DM that failed for now is tried again at the next tick)."""
        assert item.team_id is not None
        found = self.sender.managers(item.workspace_id, item.team_id)
        if found is None:
            return
        channel, languages = found
        link = Mrkdwn(f"<#{channel}>")
        sent = []
        for user_id in sorted(languages):
            language = languages[user_id]
            note = render(language, "digest_private", channel_link=link, why=why)
            private = Outgoing(
                item.workspace_id,
                "digest_private",
                f"{item.team_id}:{user_id}",
                item.period,
                user_id,
                digest_message(plan, language, note=note),
            )
            self.sender.send(private, outcome, client)
            sent.append(private)
        if self.sender.all_settled(sent):
            self.sender.settle(item, outcome)

    def messages(self, workspace_id: str, team_id: int, week: Week) -> TeamWeekMessages | None:
        """One read: the team-week computed once, then rendered outside the transaction."""
        now = self.deps.clock.now()
        with reading(self.deps) as session:
            team = repo.team_by_id(session, workspace_id, team_id)
            if team is None:
                return None
            today = local_date(now, team.timezone)
            plan = plan_team_week(session, team, week, today)
            # Away every working day of it and nothing logged in it: nothing to sum up (one who
            # logged a win on a day away gets the summary that names it).
            calendars = {
                s.status.seller.id: s.status.calendar
                for s in plan.summaries
                if s.status.week == Counts()
            }
            away = _away_all_week(session, workspace_id, list(calendars), week, calendars)
            told = claims.get(session, workspace_id, *channel_gone_claim(team_id)) is not None
        return replace(self._render(team, week, plan, away), channel_told_gone=told)

    def _render(
        self, team: SalesTeam, week: Week, plan: TeamWeek, away: set[int]
    ) -> TeamWeekMessages:
        ws, language = team.workspace_id, team.language
        digest = Outgoing(
            ws,
            "digest",
            str(team.id),
            str(week),
            team.channel_id,
            digest_message(plan.digest, language),
            team_id=team.id,
        )
        summaries = []
        for summary in plan.summaries:
            seller = summary.status.seller
            if seller.id in away or seller.gone:
                # Away every working day of the week with nothing logged in it (nothing of
                # theirs to sum up), or the account deactivated: no summary (its work still counts). A seller away on the
                # Monday it is sent still gets the summary of the week they worked.
                continue
            message = summary_message(
                summary, i18n.person_language(seller.locale, language, seller.language)
            )
            summaries.append(
                (
                    seller.id,
                    Outgoing(
                        ws, "summary", str(seller.id), str(week), seller.slack_user_id, message
                    ),
                )
            )
        labels = {
            k: i18n.translate(language, KPI_LABELS[k]) for k in ("meetings", "calls", "offers")
        }
        chart = (plan.digest, labels, language) if team.chart_enabled else None
        return TeamWeekMessages(digest, plan.digest, summaries, chart)

    def _chart(
        self,
        client: WebClient,
        digest: Outgoing,
        week: Week,
        plan: Digest,
        labels: dict[str, str],
        language: str,
    ) -> None:
        """The trend chart in the digest's thread, once the digest is posted: its own claim, so
        Slack refusing it for now (a rate limit, a 5xx) or a restart after the digest leaves it
        to a later tick, and it is never posted twice (bot.jobs.sender.Sender.upload_once)."""
        if not _drawn(plan):
            self.sender.no_file(_chart_of(digest), "no_trend")  # settled: the tick asks no more
            return
        title = i18n.translate(language, "The team's last %(num)s weeks", num=len(plan.trend))
        try:
            self.sender.upload_once(
                client,
                digest,
                _chart_of(digest),
                lambda: trend_png_isolated(plan.trend, labels, title),
                f"kpibot-{week}.png",
                title,
            )
        except Exception as err:  # the summaries are still to be sent
            log.warning("trend chart for %s not posted: %s", week, type(err).__name__)

    def send_summary(
        self,
        client: WebClient,
        workspace_id: str,
        team_id: int,
        seller_id: int,
        week: Week,
        outcome: Outcome,
    ) -> None:
        """One seller's summary (the team-week is still computed once, as for all of them)."""
        messages = self.messages(workspace_id, team_id, week)
        if messages is None:
            return
        mine = [item for sid, item in messages.summaries if sid == seller_id]
        if mine:
            self.sender.send(mine[0], outcome, client)
            return
        with reading(self.deps) as session:
            seller = session.get(Seller, seller_id)
            team = repo.team_by_id(session, workspace_id, team_id)
            if seller is None or team is None:
                return
            calendar = public_holidays.calendar_for(seller.timezone, team.timezone)
            if _away_all_week(session, workspace_id, [seller_id], week, {seller_id: calendar}):
                return  # away all that week: no summary
        item = Outgoing(workspace_id, "summary", str(seller_id), str(week), "", {})
        if not self.sender.give_up(item, "not_in_team"):  # no longer in the team: end the claim
            outcome.skipped.append(item.label)

    def preview(self, workspace_id: str, team_id: int, week: Week, name: str) -> str | None:
        """`kpibot digest --dry-run`: the team post as text, nothing claimed or sent."""
        now = self.deps.clock.now()
        with reading(self.deps) as session:
            team = repo.team_by_id(session, workspace_id, team_id)
            if team is None:
                return None
            digest = build_digest(session, team, week, local_date(now, team.timezone))
        return f"#{name} · {week}\n" + digest_as_text(digest_message(digest, team.language))


def _away_all_week(
    session: Session,
    workspace_id: str,
    seller_ids: list[int],
    week: Week,
    calendars: dict[int, Calendar],
) -> set[int]:
    """The sellers away every working day of `week` (its public holidays are none): their
    summary of it is not sent."""
    periods: dict[int, list[tuple[date, date]]] = defaultdict(list)
    for p in repo.away_periods(session, workspace_id, seller_ids, week.monday):
        periods[p.seller_id].append((p.starts_on, p.ends_on))
    return {
        sid
        for sid, spans in periods.items()
        if away_all_week(week, spans, calendars.get(sid, NO_HOLIDAYS))
    }


# conversations.info errors that a post to the channel meets too (it cannot be read, or the
# token is gone): the post is tried as before, fails, and the managers hear how to mend it.
NO_CHANNEL = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "account_inactive",
        "invalid_auth",
        "token_revoked",
    }
)


# What the digest's look at a team's channel may find that no post mends: archived (Slack's
# conversations.info says is_archived), or not to be found (deleted, or a private channel the
# bot was removed from) or left (is_member false); and what the managers are told of each.
ARCHIVED = "is_archived"
GONE = {ARCHIVED: "archived", "channel_not_found": "channel", "not_in_channel": "channel"}


def _read_outside(client: WebClient, channel: str) -> str | None:
    """Whether people of another organisation may read the team's channel: None when only
    ours do (or nobody can be posted to there), "shared" when it is shared with another
    organisation (Slack Connect), "unsure" when Slack could not say (the client has retried
    what is worth retrying); a key of GONE when the channel is archived, not to be found or
    the bot is no member."""
    try:
        info = client.conversations_info(channel=channel).get("channel") or {}
    except SLACK_CALL_ERRORS as err:
        code = slack_error(err)
        if code in GONE:
            return code
        if code in NO_CHANNEL:
            return None
        log.warning("could not ask whether a team channel is shared: %s", code)
        return "unsure"
    if info.get("is_archived"):
        return ARCHIVED
    if info.get("is_member") is False:
        return "not_in_channel"
    return "shared" if shared_outside(info) else None
