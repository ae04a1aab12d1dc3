"""`kpibot demo` and `kpibot console`: the real app, no Slack account needed.

Every step goes through real Slack payloads: signed slash commands, button clicks and modal
submissions to the WSGI app, which answers through a local stand-in of Slack's Web API."""

from __future__ import annotations

import html
import re
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as time_of_day
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from bot.ids import LOG_COMMANDS
from bot.offline.driver import CommandResult
from bot.offline.harness import DEMO_USERS, LocalSlack, local_slack
from bot.offline.slack_api import FakeUser
from bot.rendering.text import message_text
from bot.services.export import to_csv
from bot.services.kpi_args import MENTION
from storage import repositories as repo
from storage.db import make_session_factory, session_scope

EMOJI = {
    ":wave:": "👋",
    ":bulb:": "💡",
    ":tada:": "🎉",
    ":dart:": "🎯",
    ":palm_tree:": "🌴",
    ":chart_with_upwards_trend:": "📈",
    ":star:": "⭐",
    ":fire:": "🔥",
    ":white_check_mark:": "✅",
    ":trophy:": "🏆",
    ":warning:": "⚠️",
    ":leftwards_arrow_with_hook:": "↩️",
}


def readable(message: dict[str, Any]) -> str:
    """A Slack message or view as a person would read it in a terminal: blocks in order, each
    row of buttons where it stands."""
    parts: list[str] = []
    blocks = message.get("blocks") or []
    if not blocks and message.get("text"):
        parts.append(str(message["text"]))
    for block in blocks:
        if block.get("type") == "actions":
            parts.append(
                "  ".join(
                    f"[ {el['text']['text']} ]"
                    for el in block.get("elements", [])
                    if el.get("type") == "button"
                )
            )
        else:
            text = message_text({"blocks": [block]})
            if text:
                parts.append(text)
    text = "\n".join(parts)
    for code, char in EMOJI.items():
        text = text.replace(code, char)
    return html.unescape(text)


def _plain(text: str) -> str:
    """A label as a person types it: Slack's non-breaking and thin spaces as spaces, any case."""
    return " ".join(re.sub(r"[\u00a0\u202f\u2007\u2009]", " ", text).split()).casefold()


def _matching(questions: list[dict[str, Any]], label: str) -> list[tuple[int, dict[str, Any]]]:
    """Each button of `questions` (with its question's index) whose text starts with `label`."""
    wanted = _plain(label)
    return [
        (n, button)
        for n, message in enumerate(questions)
        for button in buttons_of(message or {})
        if _plain(button["text"]["text"]).startswith(wanted) or wanted in button["action_id"]
    ]


def indent(text: str, prefix: str = "    │ ") -> str:
    return "\n".join(prefix + line for line in text.splitlines())


def buttons_of(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        el
        for block in message.get("blocks", [])
        if block.get("type") == "actions"
        for el in block.get("elements", [])
        if el.get("type") == "button"
    ]


class DemoClock:
    """The wall clock (before six in Oslo: ten o'clock that day), except while the demo logs
    work it back-dates: then 10:00 in Oslo on the day the work was done, as if it was logged
    that day (a lead's "no next step since" is the day it last changed, not the day the demo
    ran)."""

    def __init__(self) -> None:
        self.day: date | None = None

    def now(self) -> datetime:
        if self.day is not None:
            return _ten_in_oslo(self.day)
        now = datetime.now(UTC)
        oslo = now.astimezone(ZoneInfo("Europe/Oslo"))
        # Before six in Oslo it is night for every demo seller (five in London): a log command
        # then asks which day it was. The demo shows the day, at ten.
        return now if oslo.time() >= time_of_day(6) else _ten_in_oslo(oslo.date())


def _ten_in_oslo(day: date) -> datetime:
    return datetime.combine(day, time_of_day(10), tzinfo=ZoneInfo("Europe/Oslo")).astimezone(UTC)


class Session:
    """One person typing into Slack: sends commands, reads replies, clicks buttons."""

    def __init__(self, slack: LocalSlack, out: TextIO, clock: DemoClock | None = None) -> None:
        self.slack = slack
        self.out = out
        self.clock = clock or DemoClock()
        self.last_reply: dict[str, Any] | None = None
        self.last_result: CommandResult | None = None
        self.answerable = False  # the last reply came from a channel message, not a command
        self.clicked_on: dict[str, Any] | None = None
        # Every message of the last answer that has buttons, in order (a channel message that
        # records two things asks two questions): `click` answers any of them, not only the last.
        self.questions: list[dict[str, Any]] = []
        self.clicked_at = 0  # which of `questions` the last click answered

    def user(self, handle: str) -> FakeUser:
        for user in self.slack.api.users.values():
            if user.id.lower() == handle.lower() or user.name.split()[0].lower() == handle.lower():
                return user
        raise KeyError(handle)

    def command(
        self, user: FakeUser, line: str, *, show: bool = True, typed: str | None = None
    ) -> dict[str, Any] | None:
        """`line` as Slack sends it; `typed`: as the person typed it, if that differs."""
        name, _, text = line.strip().partition(" ")
        result = self.slack.driver.command(name, text, user.id)
        self.last_result = result
        self.answerable = False
        if result.http.status != 200:
            self.print(f"  (Slack got HTTP {result.http.status})")
            return None
        opened = [
            c
            for c in self.slack.api.calls_to("views.open")
            if c.params.get("trigger_id") == result.trigger_id
        ]
        if not text.strip() and name in LOG_COMMANDS:
            view = result.opened_view()
            if show:
                self.print(f"  {user.name.split()[0]} › {typed or line}")
                self.print(indent(describe_view(view)))
            self.last_reply = None
            return view
        try:
            reply = result.reply()
        except TimeoutError:
            # Some commands answer with a form (e.g. /kpi settings) instead of a message.
            forms = [
                c
                for c in self.slack.api.calls_to("views.open")
                if c.params.get("trigger_id") == result.trigger_id
            ]
            if show:
                self.print(f"  {user.name.split()[0]} › {typed or line}")
                for call in forms or opened:
                    self.print(indent(describe_view(call.params["view"])))
            self.last_reply = None
            return None
        self.last_reply = reply
        self.questions = [reply]
        if show:
            self.slack.wait_idle()  # a long answer may come as several messages
            self.print(f"  {user.name.split()[0]} › {typed or line}")
            for message in result.replies():
                self.print(indent(readable(message)))
            self.questions = [m for m in result.replies() if buttons_of(m)] or [reply]
        return reply

    def _handle(self, user_id: str) -> str:
        try:
            return self.user(user_id).name.split()[0].lower()
        except KeyError:
            return user_id

    def click(self, user: FakeUser, label: str, *, again: bool = False) -> dict[str, Any] | None:
        """Click a button in the last reply (any of its questions: "click record", or "click 2
        record" for the second question's when both have one); `again` clicks the same button on
        the message as it was before the previous click (a double click, or a stale window). A
        label matches as typed: Slack's button texts carry non-breaking spaces ("1 200 000")."""
        if again and self.clicked_on is not None:
            self.last_reply = self.clicked_on
            self._put(self.clicked_at, self.clicked_on)
        if self.last_reply is None or (self.last_result is None and not self.answerable):
            self.print("  (no message with buttons to click)")
            return None
        questions = self.questions if self.last_reply in self.questions else [self.last_reply]
        found = _matching(questions, label)
        numbered = re.fullmatch(r"([0-9]+)\s+(.+)", label.strip())
        if not found and numbered and 1 <= int(numbered[1]) <= len(questions) > 1:
            n = int(numbered[1]) - 1
            found = [(n, b) for _, b in _matching([questions[n]], numbered[2])]
        if len({n for n, _ in found}) > 1:
            which = " or ".join(f"click {n + 1} {label}" for n in sorted({n for n, _ in found}))
            self.print(f"  (more than one question has [ {label} ]: type {which})")
            return None
        if not found:
            self.print(f"  (no button called {label!r})")
            return None
        at, button = found[0]
        message = questions[at]
        key = f"click-{id(button)}-{len(self.slack.api.calls)}"
        url = self.slack.api.response_url(key)
        reply = self.slack.driver.click(
            user.id,
            {
                "action_id": button["action_id"],
                "value": button.get("value", ""),
                "block_id": "b",
                "text": button["text"],
            },
            response_url=url,
        ).reply()
        self.clicked_on, self.clicked_at = message, at
        self.questions = questions
        note = " again" if again else ""
        self.print(f"  {user.name.split()[0]} clicks [ {button['text']['text']} ]{note}")
        self.print(indent(readable(reply)))
        self.last_reply = reply
        self._put(at, reply)
        return reply

    def _put(self, at: int, message: dict[str, Any]) -> None:
        """The question at `at` now reads `message` (a click's answer replaces it, as in Slack)."""
        if at < len(self.questions):
            self.questions[at] = message
        else:
            self.questions = [message]

    def name_the_buttons(self) -> None:
        """`click` alone: which buttons the last reply has, and how to click one."""
        questions = self.questions if self.last_reply in self.questions else [self.last_reply]
        rows = [[b["text"]["text"] for b in buttons_of(m or {})] for m in questions]
        rows = [labels for labels in rows if labels]
        if not rows:
            self.print("  (no message with buttons to click)")
            return
        for n, labels in enumerate(rows, 1):
            shown = "  ".join(f"[ {label} ]" for label in labels)
            first = _plain(labels[0]).split()[0]
            example = f"click {n} {first}" if len(rows) > 1 else f"click {first}"
            self.print(f"  (click which? {shown}: type e.g. {example})")

    def app_home(self, user: FakeUser) -> None:
        before = len(self.slack.api.calls_to("views.publish"))
        self.slack.driver.event(
            {"type": "app_home_opened", "user": user.id, "channel": "D" + user.id, "tab": "home"}
        )
        published = self.slack.api.wait_for_count(lambda c: c.method == "views.publish", before + 1)
        view = published[-1].params["view"]
        self.print(f"  {user.name.split()[0]} opens the kpibot App Home")
        self.print(indent(readable_view(view)))

    def digest(self, today: date) -> None:
        """What the scheduler sends on Monday morning, sent now through the claims: the digest
        of the week that ended (the scheduler never posts a week still under way)."""
        from bot.services.kpis import Week

        jobs = self._jobs()
        before = len(self.slack.api.calls)
        jobs.run_now(channel=None, week=Week.of(today).shift(-1), dry_run=False)
        posted = [c for c in self.slack.api.calls[before:] if c.method == "chat.postMessage"]
        for call in posted:
            channel = call.params.get("channel", "")
            if channel.startswith("C"):
                self.print(f"  kpibot posts in #sales-{channel.lower()}")
                self.print(indent(readable(call.params)))
        uploads = [c for c in self.slack.api.calls[before:] if c.method == "file_upload"]
        if uploads:
            self.print(
                f"    (and an 8-week trend chart, a {uploads[0].params['bytes']:,}-byte PNG, in the thread)"
            )
        for call in posted:
            if call.params.get("channel") == "U0METTE":
                self.print("  kpibot sends Mette a private message")
                self.print(indent(readable(call.params)))

    def _jobs(self, days_later: int = 0):  # type: ignore[no-untyped-def]
        from bot.dependencies import Deps
        from bot.jobs import Jobs
        from bot.slack_client import build_client

        clock = self.clock

        class Later:
            def now(self):  # type: ignore[no-untyped-def]
                return clock.now() + timedelta(days=days_later)

        client = build_client(self.slack.settings)
        deps = Deps(self.slack.settings, make_session_factory(self.slack.engine), Later())
        return Jobs(deps=deps, client_for=lambda _ws: client)

    def message(self, user: FakeUser, text: str, *, shown: str | None = None) -> None:
        """A plain message in the team channel, delivered as Slack's message event; `shown`:
        the message as typed, if that differs (mentions)."""
        before = len(self.slack.api.calls)
        ts = f"{time.time():.6f}"
        self.slack.driver.event(
            {"type": "message", "channel": "C0SALES", "user": user.id, "text": text, "ts": ts}
        )
        self.slack.wait_idle()
        self.print(f"  {user.name.split()[0]} writes in #sales: {shown or text}")
        calls = self.slack.api.calls[before:]
        if any(c.method == "reactions.add" for c in calls):
            self.print("    kpibot reacts ✅ and tells only them:")
        asked = []
        for call in calls:
            if call.method == "chat.postEphemeral":
                self.print(indent(readable(call.params)))
                if buttons_of(call.params):  # `click` answers the bot's questions or undoes
                    asked.append(call.params)
        if asked:
            self.last_reply, self.questions = asked[-1], asked
            self.clicked_on = None
            self.answerable = True
        if any(c.method == "reactions.add" for c in calls):
            return
        if any(c.method == "chat.postEphemeral" for c in calls):
            self.print("    (nothing recorded until its author answers)")
        elif not self._a_team_channel():
            # kpibot reads only a sales team's channel: was "no customer work in it", untrue
            self.print(
                "    (nothing recorded: #sales is no sales team's channel yet; type /kpi setup)"
            )
        else:
            self.print("    (nothing recorded: no customer work in it)")

    def _a_team_channel(self) -> bool:
        with session_scope(make_session_factory(self.slack.engine)) as session:
            return repo.team_by_channel(session, self.slack.api.team_id, "C0SALES") is not None

    def nudge(self, user: FakeUser) -> None:
        before = len(self.slack.api.calls)
        self._jobs(days_later=1).nudge_pass(force=True)  # the next morning
        for call in self.slack.api.calls[before:]:
            if call.method == "chat.postMessage" and call.params.get("channel") == user.id:
                self.print(
                    f"  kpibot sends {user.name.split()[0]} a private message at 09:00 their time"
                )
                self.print(indent(readable(call.params)))
                return
        self.print("  (nobody needs a nudge)")

    def print(self, text: str = "") -> None:
        text = MENTION.sub(lambda m: "@" + self._handle(m.group(1)), text)  # as Slack shows it
        self.out.write(text + "\n")
        self.out.flush()


def readable_view(view: dict[str, Any]) -> str:
    """A Home tab: its text, with each section's button shown after it."""
    lines = []
    for block in view.get("blocks", []):
        text = readable({"blocks": [{k: v for k, v in block.items() if k != "accessory"}]})
        if block.get("accessory", {}).get("type") == "button":
            text += f"  [ {block['accessory']['text']['text']} ]"
        if text:
            lines.append(text)
    return "\n".join(lines)


def describe_view(view: dict[str, Any]) -> str:
    lines = [f"[modal] {view['title']['text']}"]
    for block in view.get("blocks", []):
        if block.get("type") == "input":
            optional = " (optional)" if block.get("optional") else ""
            lines.append(f"  ▢ {block['label']['text']}{optional}")
    if view.get("submit"):
        lines.append(f"  [ {view['submit']['text']} ]")
    return "\n".join(lines)


def _heading(s: Session, title: str) -> None:
    s.print()
    s.print(title)
    s.print("─" * len(title))


def run_demo(out: TextIO) -> int:
    with tempfile.TemporaryDirectory(prefix="kpibot-demo-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'demo.db'}"
        clock = DemoClock()
        with local_slack(url, clock=clock) as slack:
            demo_script(Session(slack, out, clock), slack)
    return 0


def demo_script(s: Session, slack: LocalSlack) -> None:
    kari, lars, mette, alex = (s.user(u) for u in ("kari", "lars", "mette", "alex"))
    # the sellers' day (Oslo), as their commands read it: the machine's date is another between
    # midnight in Oslo and midnight UTC (session 64: the digest was a week early then)
    today = s.clock.now().astimezone(ZoneInfo("Europe/Oslo")).date()
    s.print("kpibot demo: the real app (Bolt listeners, SQLite, templates, WSGI server) talking")
    s.print("to a local stand-in of Slack. Each line below is a signed Slack request; each box is")
    s.print("what Slack would show the person.")
    s.print(f"Sellers: {', '.join(u.name for u in (kari, lars, mette, alex))}.")

    _heading(s, "1. Logging from slash commands")
    for line in (
        "/logmeeting Fjordkraft AS",
        f"/logmeeting Kongsberg Gruppen {(today - timedelta(days=3)).isoformat()}",
        f"/logmeeting Aker BP warm next call {(today + timedelta(days=10)).isoformat()}",
        "/logmeeting Acme warm",
        "/logoffer Equinor 250k",
        "/logoffer Telenor kr 1 250 000",
        "/logoffer Orkla 1,5 mill",
        "/logoffer Yara 99 000 NOK",
        "/logwin Statkraft 400k",
        "/loglost Yara price too high",
    ):
        s.command(alex, line)

    _heading(s, "2. The same in Norwegian, Swedish and Danish")
    s.command(kari, "/logmeeting Bergen Kran i går varm neste møte fredag")
    s.command(lars, "/logmeeting Volvo igår het nästa möte fredag")
    s.command(mette, "/logoffer Danske Bank 1,2 mio -- tilbud på licenser")
    s.command(mette, "/logwin Danske Bank")

    _heading(s, "3. Mistakes get a clear answer, and nothing is stored")
    s.command(alex, "/logoffer Equinor minus fifty")
    s.command(kari, "/logmeeting Orkla 31.02.")
    s.command(alex, "/logwin Nammo")
    s.command(alex, "/logmeeting")

    _heading(s, "4. A near-miss of a known customer is asked about, never merged")
    s.command(alex, "/logoffer Equinr 300k")
    s.click(alex, "Equinor")

    _heading(s, "5. Undo")
    s.command(lars, "/logcall Volvo")
    s.click(lars, "Ångra")
    s.click(lars, "Ångra", again=True)
    s.command(mette, "/logcall Maersk i dag")
    s.command(mette, "/kpi fortryd")

    _heading(s, "6. A sales team, and several weeks of activity from four sellers")
    s.command(kari, "/kpi setup")
    count = log_history(s, slack, today)
    s.print(f"  {count} slash commands sent and stored; per seller and kind:")
    with session_scope(make_session_factory(slack.engine)) as session:
        rows = repo.activities_for_export(session)
        tally: dict[tuple[str, str], int] = {}
        for a in rows:
            key = (a.seller.display_name or a.seller.slack_user_id, a.kind)
            tally[key] = tally.get(key, 0) + 1
        for name in sorted({k[0] for k in tally}):
            parts = ", ".join(
                f"{tally[(name, k)]} {k}"
                for k in ("meeting", "call", "offer", "win", "loss")
                if (name, k) in tally
            )
            s.print(f"    {name:<8} {parts}")
        csv_text = to_csv(rows)

    _heading(s, "7. Goals, managers and /teamstatus")
    s.command(kari, "/kpi goal meetings 3/week")
    s.command(kari, "/kpi goal <@U0LARS|lars> meetings 2/week")
    s.command(kari, "/kpi goal team revenue 12m/year")
    s.command(kari, "/kpi goals")
    s.command(kari, "/kpi managers add <@U0ALEX|alex>")
    s.command(alex, "/teamstatus")
    s.print(
        "  (Alex is a manager now: every seller, alphabetical. Lars is not: the team's totals and"
        " his own figures, no colleague's.)"
    )
    s.command(lars, "/teamstatus")
    s.command(alex, "/teamstatus <@U0METTE|mette>")
    s.command(mette, "/kpi customer Danske Bank tier A")
    s.command(alex, "/teamstatus customers")
    s.command(lars, "/kpi away until " + (today + timedelta(days=14)).isoformat())

    _heading(s, "8. /kpi: your own week and quarter, a week that ended, your own language")
    s.command(mette, "/kpi")
    s.command(mette, "/kpi last week")
    s.command(lars, "/kpi language svenska")

    _heading(s, "8b. Working backwards from the goal, and the coaching facts")
    # Last spring's work, back-dated: the 26 weeks before the window, for the trends.
    for days, line in (
        (220, "/logmeeting Aurora Shipping {d}"),
        (219, "/logoffer Aurora Shipping 200k {d}"),
        (210, "/loglost Aurora Shipping {d} price"),
        (205, "/logoffer Bergen Bygg 150k {d}"),
        (200, "/loglost Bergen Bygg {d} went with a competitor"),
        (195, "/logoffer Vestkyst Energi 250k {d}"),
        (190, "/logwin Vestkyst Energi {d}"),
    ):
        day = (today - timedelta(days=days)).isoformat()
        s.command(mette, line.format(d=day), show=False)
    s.print(
        "  (Mette's work from last spring, logged back-dated: 1 of 3 offers won. The funnel"
        " compares the last 26 weeks with the 26 before.)"
    )
    s.command(kari, "/kpi goal revenue 3m/quarter")
    s.command(kari, "/kpi goal <@U0METTE|mette> new customers 1,5 mill/quarter")
    s.command(mette, "/kpi plan")
    s.command(alex, "/teamstatus funnel")
    s.command(mette, "/kpi callday")

    _heading(s, "9. App Home")
    s.app_home(alex)

    _heading(s, "10. Monday morning: last week's digest in the team channel, and a private summary")
    s.digest(today)

    _heading(s, "11. Messages in the team channel are recorded too")
    s.message(mette, "Vi har vundet Danske Bank! Tak for hjælpen alle sammen :tada:")
    s.message(lars, "Offert skickad till Volvo 1,2 MSEK")
    s.message(alex, "Anyone up for lunch?")

    _heading(s, "12. The morning nudge: warm leads without a next step")
    s.nudge(kari)

    _heading(s, "13. Help, in the seller's language")
    s.command(kari, "/kpi help")

    _heading(s, "14. kpibot export --format csv (first lines)")
    for line in csv_text.splitlines()[:6]:
        s.print("    " + line)
    s.print(f"    … {len(csv_text.splitlines()) - 1} activities in all")


def log_history(s: Session, slack: LocalSlack, today: date) -> int:
    """Four weeks of plausible work, each through a real slash command."""
    plan = {
        "kari": ["/logmeeting {c} {d} warm", "/logcall {c} {d}", "/logoffer {c} {a}k {d}"],
        "lars": ["/logcall {c} {d}", "/logmeeting {c} {d}"],
        "mette": ["/logmeeting {c} {d} hot", "/logoffer {c} {a}k {d}", "/logwin {c} {d}"],
        "alex": ["/logcall {c} {d}", "/logcall {c} {d} warm"],
    }
    accounts = {
        "kari": ["Nordic Steel", "Fjellvind", "Havbris"],
        "lars": ["Skogheim", "Lysaker Data"],
        "mette": ["Bergen Bygg", "Polaris Medical", "Tindra"],
        "alex": ["Kystlink", "Granitt Solutions"],
    }
    count = 0
    for week in range(4, 0, -1):
        for i, (handle, templates) in enumerate(plan.items()):
            user = s.user(handle)
            for j, template in enumerate(templates):
                day = today - timedelta(days=7 * week - j - i % 3)
                names = accounts[handle]
                customer = names[(week + j) % len(names)]
                line = template.format(c=customer, d=day.isoformat(), a=100 + 25 * week)
                s.clock.day = day  # logged the day it happened
                s.command(user, line, show=False)
                count += 1
    s.clock.day = None
    return count


# The commands whose text Slack sends with @names as mentions (manifest.yml's should_escape;
# tests/slack/test_review8.py checks the two agree). The log commands get "@kari" as typed.
ESCAPED_COMMANDS = frozenset({"/kpi", "/teamstatus"})
# "@kari" typed; not inside an e-mail address ("a@b.no") or Slack's own markup.
_TYPED_MENTION = re.compile(r"(?<![\w@<|/])@(\w+(?:[.\-]\w+)*)")


def as_slack_sends(text: str, users: list[FakeUser], *, labelled: bool) -> str:
    """`text` typed in Slack's composer as Slack delivers it: each "@name" of a person in the
    workspace (first name or user id, any case) as a mention, <@U0KARI|kari> in an escaped
    command's text (`labelled`), <@U0KARI> in a message. A name nobody has stays as typed."""
    handles = {u.name.split()[0].lower(): u for u in users} | {u.id.lower(): u for u in users}

    def mention(match: re.Match[str]) -> str:
        user = handles.get(match.group(1).lower())
        if user is None:
            return match.group(0)
        return f"<@{user.id}|{match.group(1)}>" if labelled else f"<@{user.id}>"

    return _TYPED_MENTION.sub(mention, text)


HELP = """Type a slash command as the current user, for example /logmeeting Acme warm,
or a message for the team channel, for example Won Equinor 300k with @kari.
  as NAME     switch user (kari, lars, mette, alex)
  click TEXT  click the button starting with TEXT in the last reply (e.g. click undo)
  users       list the demo users
  quit        leave"""


def run_console(database_url: str, start_user: str, stdin: TextIO, out: TextIO) -> int:
    interactive = stdin.isatty()
    clock = DemoClock()  # as the demo's: by day, the wall clock
    with local_slack(database_url, clock=clock) as slack:
        s = Session(slack, out, clock)
        try:
            user = s.user(start_user)
        except KeyError:
            s.print(f"No demo user {start_user!r}; use one of kari, lars, mette, alex.")
            return 2
        s.print(f"kpibot console (database {database_url}). You are {user.name}. Type 'help'.")
        while True:
            if interactive:
                out.write(f"{user.name.split()[0].lower()}> ")
                out.flush()
            line = stdin.readline()
            if not line:
                break
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line in {"quit", "exit"}:
                break
            if line == "help":
                s.print(HELP)
            elif line == "users":
                for u in DEMO_USERS:
                    s.print(f"  {u.name.split()[0].lower():<6} {u.name} ({u.locale}, {u.tz})")
            elif re.match(r"^as\s+\S+$", line):
                try:
                    user = s.user(line.split()[1])
                    s.print(f"You are now {user.name}.")
                except KeyError:
                    s.print("No such demo user; type 'users'.")
            elif line == "click":  # a channel message "click" would record nothing, silently
                s.name_the_buttons()
            elif line.startswith("click "):
                s.click(user, line[len("click ") :].strip())
            elif line.startswith("/"):
                name = line.split(maxsplit=1)[0]
                people = list(slack.api.users.values())
                sent = as_slack_sends(line, people, labelled=True)
                s.command(user, sent if name in ESCAPED_COMMANDS else line, typed=line)
            else:
                s.message(
                    user,
                    as_slack_sends(line, list(slack.api.users.values()), labelled=False),
                    shown=line,
                )
    return 0
