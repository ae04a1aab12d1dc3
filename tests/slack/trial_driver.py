"""One driver for the opt-in months of real use (tests/slack/trial17_diary.py, trial18_diary.py):
a team's people typing commands, posting, answering, editing, deleting, joining and leaving its
channels at the moments a diary gives, the scheduler's Monday ticks, and what they read. Each step
says what a careful manager would count (Entry rows of tests.slack.test_month_ledger's Ledger).

A diary says who its people are (`names`), in which channel each speaks at a moment
(`channel_of`), who sells (`sellers`), the teams' channels (`team_channels`) and when on Mondays the
scheduler ticks (`ticks`, hours in UTC: 08:00 in Oslo, then in London); with `everyday` it plays a
week's everyday entries in their time's order among the steps it writes out (`week`: the week
under way, 0 for none)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from freezegun import freeze_time

from tests.helpers import buttons, channel_message, message_deleted, message_edited, text_of
from tests.slack.test_digest import _jobs
from tests.slack.test_month_ledger import Deal, Entry, Lead, Ledger

# An everyday entry: (when, who, how, text, kind, customer, day). `how`: a command, or "post" (a
# channel message, recorded at once or asked and answered Record), or "chatter" (a message that
# must record nothing). kind None: nothing counts.
Step = tuple[datetime, str, str, str, str | None, str, date | None]

# The private summary's first words in each language (other DMs on a Monday are not summaries).
SUMMARY_HEADINGS = ("Din uke", "Din uge", "Din vecka", "Your week")


@dataclass
class Trial:
    slack: Any
    clock: Any
    names: dict[str, str]
    channel_of: Callable[[str, datetime], str]
    sellers: tuple[str, ...]
    team_channels: tuple[str, ...]
    ticks: tuple[int, ...] = (7,)
    stamp: str = "%a %d %H:%M"  # a command's or a post's moment in `said`
    everyday: Callable[[Trial, int, datetime], None] | None = None
    ledger: Ledger = field(default_factory=Ledger)
    said: list[str] = field(default_factory=list)
    digests: dict[tuple[str, int], str] = field(default_factory=dict)
    summaries: dict[tuple[int, str], str] = field(default_factory=dict)
    found: list[str] = field(default_factory=list)  # what differed while playing (reading)
    seen: dict[str, Any] = field(default_factory=dict)  # views collected on the way
    played: list[tuple] = field(default_factory=list)  # the everyday entries played
    week: int = 0  # the week being played: its everyday entries come in their time's order
    catching: bool = False

    def catch_up(self, at: datetime) -> None:
        """Play the week's everyday entries dated before `at` first (time runs forward)."""
        if self.week and self.everyday is not None and not self.catching:
            self.catching = True
            self.everyday(self, self.week, at)
            self.catching = False

    # -- The ledger ------------------------------------------------------------------------------
    def deal(
        self, name: str, customer: str, owner: str, at: datetime, amount: int, cur: str
    ) -> Deal:
        """A deal `name` its owner's since just before its first offer (`at`)."""
        self.ledger.deals[name] = Deal(customer, [(at - timedelta(seconds=1), owner)])
        self.ledger.deals[name].offers.append((at, amount, cur))
        return self.ledger.deals[name]

    def warm(self, owner: str, customer: str, at: datetime, **kw: Any) -> Lead:
        """A warm lead from `at` (its next step and when it was set, as Lead takes them)."""
        lead = Lead(owner, customer, at, **kw)
        self.ledger.leads.append(lead)
        return lead

    def close(self, name: str, at: datetime, how: str, lead: Lead | None = None) -> None:
        """The deal `name` won or lost at `at`, and its lead closed with it."""
        self.ledger.deals[name].closed = (at, how)
        if lead is not None:
            lead.closed = at

    # -- Slack ---------------------------------------------------------------------------------
    def settings(self, user: str, channel: str, values: dict[str, Any], at: datetime) -> None:
        """`/kpi settings` in `channel`, the form submitted with `values` (by block id)."""
        self.clock.set(at)
        view = self.slack.driver.command("/kpi", "settings", user, channel).opened_view()
        done = self.slack.driver.submit_view(
            user, view, {block: {"value": value} for block, value in values.items()}
        )
        if done.status != 200 or (done.json() or {}).get("errors"):
            self.found.append(f"settings refused: {done.body}")
        self.slack.wait_idle()

    def command(self, user: str, command: str, text: str, at: datetime, channel: str = ""):  # type: ignore[no-untyped-def]
        self.catch_up(at)
        self.clock.set(at)
        result = self.slack.driver.command(
            command, text, user, channel or self.channel_of(user, at)
        )
        reply = result.reply()
        self.slack.wait_idle()
        said = "\n".join(text_of(x) for x in result.replies()) or text_of(reply)
        self.said.append(f"{at:{self.stamp}} {self.names[user]} {command} {text} => {said}")
        return result, reply

    def log(self, user: str, command: str, text: str, at: datetime, *entries: Entry):  # type: ignore[no-untyped-def]
        result, reply = self.command(user, command, text, at)
        logged = any(b.get("action_id") == "activity_undo" for b in buttons(reply))
        if entries and not logged:
            choices = [(b["text"]["text"], b["value"]) for b in buttons(reply)]
            self.found.append(f"asked or refused, not logged: {self.said[-1]} {choices}")
        for e in entries:
            self.ledger.add(e)
        return result, reply

    def click(self, user: str, result, reply, label: str, at: datetime | None = None) -> str:  # type: ignore[no-untyped-def]
        """Click the one button of `reply` whose text holds `label` or whose value ends with it."""
        found = [
            b for b in buttons(reply) if label in b["text"]["text"] or b["value"].endswith(label)
        ]
        if len(found) != 1:
            self.found.append(f"no button {label!r} after: {self.said[-1]}")
            return ""
        if at is not None:
            self.clock.set(at)
        self.slack.driver.click(user, found[0], response_url=result.response_url)
        self.slack.wait_idle()
        answer = text_of(self.slack.api.responses(result.key)[-1])
        self.said.append(f"  {self.names[user]} clicked {label} => {answer}")
        return answer

    def post(self, user: str, text: str, at: datetime) -> tuple[str, list[dict]]:
        """A message in the channel: its ts, and the private questions it raised."""
        self.catch_up(at)
        self.clock.set(at)
        ts = f"{at.timestamp():.6f}"
        self.slack.api.reset()
        self.slack.driver.event(
            channel_message(text, ts, user=user, channel=self.channel_of(user, at))
        )
        self.slack.wait_idle()
        calls = self.slack.api.calls
        reacted = any(c.method == "reactions.add" for c in calls)
        asked = [c.params for c in calls if c.method == "chat.postEphemeral" and buttons(c.params)]
        told = [text_of(c.params) for c in calls if c.method.startswith("chat.post")]
        name = self.names[user]
        self.said.append(f"{at:{self.stamp}} {name} posted {text!r} => {reacted} {told}")
        return ts, asked

    def posted(self, user: str, text: str, at: datetime, *entries: Entry) -> str:
        """A message that records at once (✅)."""
        ts, _asked = self.post(user, text, at)
        if entries and not any(c.method == "reactions.add" for c in self.slack.api.calls):
            self.found.append(f"not recorded at once: {self.said[-1]}")
        for e in entries:
            self.ledger.add(e)
        return ts

    def answer(self, user: str, asked: list[dict], option: str, at: datetime) -> str:
        """Click `option` (record, not_a_sale, ...) on the question a message raised."""
        self.catch_up(at)
        self.clock.set(at)
        for question in asked:
            for b in buttons(question):
                if b["value"].split("|")[1:2] == [option] or b["action_id"].endswith(option):
                    self.slack.driver.click(
                        user,
                        {"action_id": b["action_id"], "value": b["value"]},
                        channel_id=self.channel_of(user, at),
                    )
                    self.slack.wait_idle()
                    name = self.names[user]
                    self.said.append(f"  {name} answered {option} at {at:%a %d %H:%M}")
                    return option
        self.found.append(
            f"no {option!r} among {[b['value'] for q in asked for b in buttons(q)]}: {self.said[-1]}"
        )
        return ""

    def edit(self, user: str, ts: str, before: str, after: str, at: datetime) -> None:
        self.catch_up(at)
        self.clock.set(at)
        self.slack.api.reset()
        self.slack.driver.event(
            message_edited(
                ts,
                after,
                before=before,
                at=f"{at.timestamp():.6f}",
                user=user,
                channel=self.channel_of(user, at),
            )  # fmt: skip
        )
        self.slack.wait_idle()
        self.said.append(f"{at:%a %d %H:%M} {self.names[user]} edited into {after!r}")

    def delete(self, user: str, ts: str, text: str, at: datetime) -> None:
        self.catch_up(at)
        self.clock.set(at)
        self.slack.driver.event(
            message_deleted(
                ts,
                at=f"{at.timestamp():.6f}",
                text=text,
                user=user,
                channel=self.channel_of(user, at),
            )  # fmt: skip
        )
        self.slack.wait_idle()
        self.said.append(f"{at:%a %d %H:%M} {self.names[user]} deleted {text!r}")

    def member(self, user: str, channel: str, joined: bool, at: datetime) -> None:
        self.catch_up(at)
        self.clock.set(at)
        members = self.slack.api.channel_members[channel]
        if joined:
            members.append(user)
        else:
            members.remove(user)
        kind = "member_joined_channel" if joined else "member_left_channel"
        self.slack.driver.event({"type": kind, "user": user, "channel": channel,
                                 "channel_type": "C", "team": self.slack.api.team_id})  # fmt: skip
        self.slack.wait_idle()
        self.said.append(f"{at:%a %d %H:%M} {self.names[user]} {kind} {channel}")

    def monday(self, week: int, first: date) -> None:
        """The scheduler's ticks on the Monday after `week` (`ticks`: their hours in UTC); the
        digests posted (by channel and week) and the private summaries (by week and seller)."""
        self.slack.api.reset()
        for hour in self.ticks:
            with freeze_time(datetime(first.year, first.month, first.day, hour, 0, tzinfo=UTC)):
                _jobs(self.slack).tick()
        for call in self.slack.api.calls_to("chat.postMessage"):
            if "_ts" not in call.params or call.params.get("thread_ts"):
                continue
            if call.params["channel"] in self.team_channels:
                self.digests[(call.params["channel"], week)] = text_of(call.params)
            elif call.params["channel"] in self.sellers and text_of(call.params).startswith(
                SUMMARY_HEADINGS
            ):
                self.summaries[(week, call.params["channel"])] = text_of(call.params)

    def user_change(self, user: str, at: datetime, **flags: bool) -> None:
        """Slack's user_change for `user` with `flags` set (deleted=True: deactivated)."""
        self.catch_up(at)
        self.clock.set(at)
        for flag, value in flags.items():
            setattr(self.slack.api.users[user], flag, value)
        body = self.slack.api.users[user].to_slack(self.slack.api.team_id)
        self.slack.driver.event({"type": "user_change", "user": body, "event_ts": "1.0",
                                 "team": self.slack.api.team_id})  # fmt: skip
        self.slack.wait_idle()
        self.said.append(f"{at:%a %d %H:%M} {self.names[user]} user_change {flags}")

    def tick(self, at: datetime) -> dict[str, list[str]]:
        """One scheduler tick at `at` (a weekday's nudge hour): the DMs it sent, by person."""
        self.catch_up(at)
        self.slack.api.reset()
        with freeze_time(at):
            _jobs(self.slack).tick()
        sent: dict[str, list[str]] = {}
        for call in self.slack.api.calls_to("chat.postMessage"):
            if call.params["channel"] in self.names:
                sent.setdefault(call.params["channel"], []).append(text_of(call.params))
        self.said.append(f"{at:%a %d %H:%M} tick: DMs to {sorted(self.names[u] for u in sent)}")
        return sent

    # -- What people read ------------------------------------------------------------------------
    def status(self, user: str, text: str, at: datetime, channel: str) -> str:
        """/teamstatus `text` in `channel`: every reply, as text."""
        self.clock.set(at)
        result = self.slack.driver.command("/teamstatus", text, user, channel)
        result.reply()
        self.slack.wait_idle()
        return "\n".join(text_of(x) for x in result.replies())

    def home(self, user: str, at: datetime) -> str:
        """`user`'s App Home as published when opened."""
        self.clock.set(at)
        self.slack.api.reset()
        self.slack.driver.event(
            {"type": "app_home_opened", "user": user, "channel": "D0X", "tab": "home"}
        )
        view = self.slack.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"]
        return text_of(view)

    def exported(self, *args: str) -> Any:
        """`kpibot export --format json [args]` on the month's database: its rows, or what it
        said on stderr."""
        import json

        from tests.cli.inprocess import run_here

        code, out, err = run_here(
            {"DATABASE_URL": self.slack.settings.database_url}, "export", "--format", "json", *args
        )
        return json.loads(out) if code == 0 else err


def play_everyday(m: Trial, steps: list[Step], until: datetime | None = None) -> None:
    """The everyday entries not played yet, in their time's order (`until`: those before that
    moment): each command logged (a customer asked about picked as the known one), each message
    recorded at once or asked and answered Record, chatter recording nothing; the ledger counts
    what was stored, `found` says what was asked or missed."""
    for step in sorted(steps):
        if step in m.played or (until is not None and step[0] >= until):
            continue
        m.played.append(step)
        at, who, how, text, kind, customer, day = step
        entry = Entry(who, kind, customer, day, at) if kind and day else None
        if how.startswith("/"):
            result, reply = m.log(who, how, text, at)
            logged = any(b.get("action_id") == "activity_undo" for b in buttons(reply))
            # "Did you mean Sainsbury?": the seller picks the customer kpibot knows
            if not logged and any(b["value"].endswith("|pick:0") for b in buttons(reply)):
                m.found.append(f"asked which customer, picked the known one: {m.said[-1]}")
                logged = bool(m.click(who, result, reply, "|pick:0"))
            if entry is not None:
                if logged:
                    m.ledger.add(entry)
                else:
                    m.found.append(f"asked or refused, not logged: {m.said[-1]}")
            continue
        _ts, asked = m.post(who, text, at)
        recorded = any(c.method == "reactions.add" for c in m.slack.api.calls)
        if how == "chatter":
            if recorded or asked:
                m.found.append(f"chatter recorded or asked: {m.said[-1]}")
            continue
        if not recorded and asked:
            m.found.append(f"asked, answered Record: {m.said[-1]}")
            m.answer(who, asked, "record", at)
            recorded = True
        if not recorded:
            m.found.append(f"recorded nothing: {m.said[-1]}")
        elif entry is not None:
            m.ledger.add(entry)
