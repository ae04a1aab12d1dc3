"""Payloads and faults of round 18, each as Slack sends or answers it, each asserting the one
record (or none) and the one message it must leave."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from freezegun import freeze_time

from bot.offline.slack_api import Failure
from storage.db import make_session_factory, session_scope
from storage.models import Claim
from tests.helpers import set_up_team, stored, text_of
from tests.slack.test_faults13 import CHANNEL, _english_team, _jobs

MONDAY = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # 08:00 in Oslo: the digest is due


def _digests(slack) -> list[dict]:  # type: ignore[no-untyped-def]
    """The digest posts kpibot made in the team channel (each try: Slack kept the first)."""
    return [
        c.params
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == CHANNEL
    ]


# -- 1. Slack's "maybe done" errors answered with HTTP 200 -----------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("error", ["fatal_error", "internal_error"])
def test_a_digest_slack_answers_with_a_maybe_posted_error_is_looked_for_never_posted_twice(
    slack, error: str
) -> None:  # type: ignore[no-untyped-def]
    """Slack answers most errors with HTTP 200 and `ok: false`; of `fatal_error` and
    `internal_error` its docs say "it's possible some aspect of the operation succeeded before
    the error was raised". Only a 5xx was taken as "posted or not": these were a plain refusal,
    tried again at a later tick without a look in the channel, so a digest Slack had posted was
    posted a second time."""
    _english_team(slack)
    slack.api.fail("chat.postMessage", Failure(200, {"ok": False, "error": error}, processed=True))
    with freeze_time(MONDAY):
        _jobs(slack).tick()
    assert len(_digests(slack)) == 1
    with freeze_time("2026-11-23T07:06:00Z"):  # the next try: looks, finds it, posts nothing
        _jobs(slack).tick()
    with freeze_time("2026-11-23T07:12:00Z"):
        _jobs(slack).tick()
    assert len(_digests(slack)) == 1, [d.get("text") for d in _digests(slack)]
    with session_scope(make_session_factory(slack.engine)) as s:
        claim = s.query(Claim).filter_by(kind="digest").one()
        assert claim.state == "sent" and claim.message_ts


# -- 2. a private team channel shared with another organisation changes its id ----------------------
OLD, NEW = "G0SALES", "C0SHARED"


def test_a_private_team_channel_whose_id_slack_changed_stays_the_teams_channel(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    """Sharing a private channel through Slack Connect gives it a new id for good, and Slack
    sends `channel_id_changed` (old_channel_id, new_channel_id): "update any records you have
    stored about the original private channel ID". Was answered 200 and read nothing: the
    team kept the old id, so its sellers' messages in the channel recorded nothing, /teamstatus
    there was no team's, and an edit of a message recorded before the change (delivered with
    the new id) was a new message: counted twice."""
    from tests.helpers import channel_message, message_edited

    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.api.channel_members[OLD] = ["U0KARI", "U0LARS"]
    set_up_team(slack, channel=OLD, reset=False)
    posted = f"{int(clock.now().timestamp()) - 60}.000100"
    assert slack.driver.event(channel_message("Won Nammo 320k", posted, channel=OLD)).status == 200
    slack.wait_idle()
    assert [(r["kind"], r["amount"]) for r in stored(slack)] == [("win", 320000)]
    changed = {"type": "channel_id_changed", "old_channel_id": OLD, "new_channel_id": NEW,
               "event_ts": "1612206778.000000"}  # fmt: skip
    for _ in range(2):  # Slack's retry changes nothing more
        assert slack.driver.event(changed).status == 200
    slack.wait_idle()
    slack.api.deleted.add(OLD)  # the old id is no channel any more
    # The edit of the message recorded before the change comes with the channel's new id
    edited_at = f"{int(clock.now().timestamp())}.000200"
    edit = message_edited(posted, "Won Nammo 350k", before="Won Nammo 320k", at=edited_at,
                          channel=NEW)  # fmt: skip
    assert slack.driver.event(edit).status == 200
    later = f"{int(clock.now().timestamp())}.000300"
    assert (
        slack.driver.event(channel_message("Quote out to Bring 150k", later, channel=NEW)).status
        == 200
    )
    slack.wait_idle()
    assert sorted((r["kind"], r["customer"], r["amount"]) for r in stored(slack)) == [
        ("offer", "Bring", 150000), ("win", "Nammo", 350000)
    ]  # fmt: skip
    status = text_of(slack.driver.command("/teamstatus", "", "U0KARI", NEW).reply())
    assert "Lars" in status, status


# -- 3. an uninstall delivered after the app was installed again ---------------------------------
@pytest.fixture
def installs(migrated_db_url, slack_api, slot_engine):  # type: ignore[no-untyped-def]
    """tests/slack/test_oauth.py's workspaces installed through OAuth (its fixture, not imported:
    its name is every test's argument)."""
    from tests.slack.test_oauth import oauth_slack

    with oauth_slack(slack_api, migrated_db_url, slot_engine) as local:
        yield local


@pytest.mark.backends("sqlite")  # the install store's SQL is slack_sdk's; one backend suffices
@pytest.mark.parametrize(
    "left",
    [{"type": "app_uninstalled"}, {"type": "tokens_revoked", "tokens": {"bot": ["UKPIBOT"]}}],
    ids=["app_uninstalled", "tokens_revoked"],
)
def test_an_uninstall_slack_delivers_after_the_app_was_installed_again_changes_nothing(
    installs, left: dict
) -> None:  # type: ignore[no-untyped-def]
    """A workspace removes kpibot and adds it again at once. Slack's events are not ordered and
    are retried (after a minute, after five), and a delivery held through a database outage is
    replayed later: the uninstall arrives after the new install. Was: the new installation was
    deleted (every command and digest of the workspace refused until someone installed it a
    third time) and its data set to be purged in 30 days. An uninstall from before the
    installation Slack now has (its `event_time`) is the old one's, and changes nothing."""
    import time

    from storage.installations import installation_store
    from storage.models import Workspace
    from tests.slack.test_oauth import ACME, KEY, _say

    installs.install(ACME, "Acme AS")
    _say(installs, ACME, "U0LARS", "/logoffer", "Equinor 250k")
    gone_at = int(time.time()) - 30
    installs.driver(ACME).event(left, envelope={"event_time": gone_at})
    installs.executor.wait_idle()
    installs.install(ACME, "Acme AS")  # installed again
    store = installation_store(installs.settings.client_id or "", installs.engine, KEY)
    assert store.find_bot(enterprise_id=None, team_id=ACME) is not None
    # Slack's retry of the uninstall, 30 s late
    installs.driver(ACME).event(left, envelope={"event_time": gone_at}, retry_num=1)
    installs.executor.wait_idle()
    assert store.find_bot(enterprise_id=None, team_id=ACME) is not None
    with session_scope(make_session_factory(installs.engine)) as s:
        assert s.get(Workspace, ACME).uninstalled_at is None  # type: ignore[union-attr]
    assert "250,000" in _say(installs, ACME, "U0LARS", "/kpi", "")
    # A later uninstall is one
    installs.driver(ACME).event(left, envelope={"event_time": int(time.time()) + 1})
    installs.executor.wait_idle()
    assert store.find_bot(enterprise_id=None, team_id=ACME) is None


# -- 4. a deleted message whose offer a later entry closed -------------------------------------
def test_a_deleted_message_whose_offer_was_won_since_keeps_it_and_says_so_once(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    """ "Quote out to Bring 150k" recorded an offer; /logwin Bring closed it (the win's amount is
    the offer's). Then the message was deleted (a tidied channel). Was: the offer silently went
    from the figures and the won deal was left without the offer it won (offers 0, wins 1), the
    seller never told. Now the offer stays, and its author hears so once (Slack's retry of the
    deletion says nothing more), with Undo for an offer that was never sent."""
    from tests.helpers import buttons, channel_message, message_deleted

    for user in slack.api.users.values():
        user.locale = "en-GB"
    set_up_team(slack, reset=False)
    posted = f"{int(clock.now().timestamp()) - 60}.000100"
    assert slack.driver.event(channel_message("Quote out to Bring 150k", posted)).status == 200
    slack.wait_idle()
    slack.driver.command("/logwin", "Bring", "U0LARS").reply()
    slack.api.reset()
    gone = message_deleted(posted, at=f"{int(clock.now().timestamp())}.000200",
                           text="Quote out to Bring 150k")  # fmt: skip
    for _ in range(2):
        assert slack.driver.event(gone).status == 200
        slack.wait_idle()
    assert sorted(r["kind"] for r in stored(slack)) == ["offer", "win"]
    notes = [c.params for c in slack.api.calls_to("chat.postEphemeral")
             if c.params.get("user") == "U0LARS"]  # fmt: skip
    assert len(notes) == 1, notes
    said = text_of(notes[0])
    assert "Bring" in said and "deleted" in said and "stays" in said, said
    undo = buttons(notes[0])
    assert [b["action_id"] for b in undo] == ["activity_undo"]
    slack.driver.click("U0LARS", {"action_id": undo[0]["action_id"], "value": undo[0]["value"]})
    slack.wait_idle()
    assert [r["kind"] for r in stored(slack)] == ["win"]


# -- 5. a settings form submitted after another change of the team's settings ---------------------
def _as_shown(view: dict) -> dict:  # type: ignore[type-arg]
    """The form's state.values as Slack sends them when nobody touched a field: each input's
    initial value."""
    values: dict = {}
    for block in view["blocks"]:
        element = block.get("element") or {}
        if block.get("type") != "input" or not element:
            continue
        state: dict = {"type": element["type"]}
        if "initial_option" in element:
            state["selected_option"] = element["initial_option"]
        elif element["type"] == "checkboxes":
            state["selected_options"] = element.get("initial_options") or []
        elif element["type"] == "timepicker":
            state["selected_time"] = element.get("initial_time")
        else:
            state["value"] = element.get("initial_value")
        values[block["block_id"]] = {element["action_id"]: state}
    return values


def test_a_settings_form_changes_only_what_was_changed_in_it(slack) -> None:  # type: ignore[no-untyped-def]
    """Kari opens /kpi settings; meanwhile the team's meetings goal is set to 12 a week and a
    SEK rate to 1,02 (by her in another window, or by another manager); then she submits the
    form, having changed only the digest time. Was: every field was saved as the form showed
    it, so the goal went back to 10 and the rate to 0,97, silently. Now a field left as it
    was shown leaves the setting as it is now; what she changed is saved."""
    from storage.models import CurrencyRate, Goal, SalesTeam

    for user in slack.api.users.values():
        user.locale = "en-GB"
    set_up_team(slack, reset=False)
    first = slack.driver.command("/kpi", "settings", "U0KARI", CHANNEL).opened_view()
    values = _as_shown(first)
    values["currency_rates"] = {"value": {"type": "plain_text_input", "value": "SEK 0,97"}}
    assert slack.driver.submit_view("U0KARI", first, values).status == 200
    slack.wait_idle()
    view = slack.driver.command("/kpi", "settings", "U0KARI", CHANNEL).opened_view()
    said = text_of(slack.driver.command("/kpi", "goal meetings 12/week", "U0KARI", CHANNEL).reply())
    assert "12" in said, said
    later = slack.driver.command("/kpi", "settings", "U0KARI", CHANNEL).opened_view()
    newer = _as_shown(later)
    newer["currency_rates"] = {"value": {"type": "plain_text_input", "value": "SEK 1,02"}}
    assert slack.driver.submit_view("U0KARI", later, newer).status == 200
    slack.wait_idle()
    values = _as_shown(view)  # the form opened before both changes, as it was shown
    values["digest_time"] = {"value": {"type": "timepicker", "selected_time": "09:30"}}
    assert slack.driver.submit_view("U0KARI", view, values).status == 200
    slack.wait_idle()
    with session_scope(make_session_factory(slack.engine)) as s:
        team = s.query(SalesTeam).one()
        assert team.digest_time == "09:30"
        goal = s.query(Goal).filter_by(kpi="meetings", seller_id=None).one()
        assert goal.target == 12, goal.target
        rates = s.query(CurrencyRate).order_by(CurrencyRate.id).all()
        assert str(rates[-1].rate).rstrip("0") == "1.02", [(r.currency, r.rate) for r in rates]
