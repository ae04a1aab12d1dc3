"""Regressions from review: undo of an older entry, concurrent offers on one customer, Slack
being slow while a modal is submitted, the seller's own date, and views.update failing."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest

from bot.offline.harness import local_slack
from bot.offline.slack_api import Failure
from tests.fakes.clock import FakeClock
from tests.helpers import buttons, leads, stored, text_of

ALEX, KARI = "U0ALEX", "U0KARI"


def _undo(slack, user: str, result) -> None:  # type: ignore[no-untyped-def]
    undo = [b for b in buttons(result.reply()) if b["action_id"] == "activity_undo"][0]
    slack.driver.click(
        user,
        {"action_id": undo["action_id"], "value": undo["value"]},
        response_url=result.response_url,
    ).reply()  # waits for the app's answer to the click


def test_undoing_an_older_entry_rebuilds_the_lead_exactly(slack) -> None:  # type: ignore[no-untyped-def]
    offer = slack.driver.command("/logoffer", "Equinor 100k", ALEX)
    offer.reply()
    meeting = slack.driver.command("/logmeeting", "Equinor warm next demo 2026-11-27", ALEX)
    meeting.reply()
    _undo(slack, ALEX, offer)
    [lead] = leads(slack)
    assert lead.offer_amount is None and lead.temperature == "warm" and lead.next_step == "demo"
    _undo(slack, ALEX, meeting)
    assert stored(slack) == []
    assert leads(slack) == []  # nothing left that made the lead


def test_concurrent_offers_on_one_customer_keep_one_open_lead(
    migrated_pg_url: str, clock: FakeClock, slack_api
) -> None:  # type: ignore[no-untyped-def]
    with local_slack(
        migrated_pg_url, clock=clock, api=slack_api, over_http=False, migrate=False
    ) as slack:
        slack.driver.command("/logmeeting", "Nyco", ALEX).reply()  # the customer exists, no lead

        def offer(i: int) -> None:
            slack.driver.command("/logoffer", f"Nyco {100 + i}k", ALEX).reply(timeout=30)

        with ThreadPoolExecutor(max_workers=12) as pool:
            list(pool.map(offer, range(12)))
        open_leads = [lead for lead in leads(slack) if lead.status == "open"]
        assert len(open_leads) == 1
        assert len([r for r in stored(slack) if r["kind"] == "offer"]) == 12


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_modal_submit_is_acked_in_time_even_when_slack_is_slow(slack) -> None:  # type: ignore[no-untyped-def]
    view = {**slack.driver.command("/logmeeting", "", ALEX).opened_view(), "id": "V0SLOW"}
    slack.driver.command("/logcall", "Warmup", ALEX).reply()  # profile cached
    clock_now = slack.settings  # noqa: F841 (the clock does not move: profile stays fresh)
    slack.api.fail(
        "users.info", Failure(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "5"})
    )
    values = {
        "customer": {
            "customer_input": {"type": "external_select", "selected_option": {"value": "Acme"}}
        },
        "date": {"date_picker": {"type": "datepicker", "selected_date": "2026-11-20"}},
    }
    started = time.monotonic()
    result = slack.driver.submit_view(ALEX, view, values)
    assert result.status == 200
    assert time.monotonic() - started < 3
    slack.api.wait_for(lambda c: c.method == "chat.postEphemeral")
    assert [r["customer"] for r in stored(slack)] == ["Warmup", "Acme"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_default_date_is_today_in_the_sellers_own_time_zone(slack, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    # 23:30 UTC on Friday: still Friday evening in London, stored at once.
    clock.set(datetime(2026, 11, 20, 23, 30, tzinfo=UTC))
    slack.driver.command("/logmeeting", "Acme", "U0ALEX").reply()
    assert [r["date"] for r in stored(slack)] == ["2026-11-20"]
    # Already Saturday 00:30 in Oslo: the calendar's day there is Saturday, and after midnight
    # the seller is asked whether it was the evening that just ended (test_night_commands).
    reply = slack.driver.command("/logmeeting", "Acme", "U0KARI").reply()
    options = [b["value"].split("|")[1] for b in buttons(reply)]
    assert options == ["day:2026-11-20", "day:2026-11-21", "cancel"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_views_update_failure_leaves_the_open_modal_alone(slack) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command("/logcall", "Warmup", KARI).reply()  # Kari reads Norwegian
    slack.api.reset()
    from bot.services import requester

    requester._language_hint.clear()  # the modal opens in English first, then is updated
    slack.api.fail("views.update", Failure(200, {"ok": False, "error": "not_found"}))
    result = slack.driver.command("/logmeeting", "", KARI)
    assert result.opened_view()
    slack.api.wait_for(lambda c: c.method == "views.update")
    slack.wait_idle()
    assert result.replies() == []  # no "which customer?" message on top


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_modal_customer_options_offer_near_misses(slack) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command("/logmeeting", "Equinor ASA", ALEX).reply()
    result = slack.driver.interactive(
        {
            "type": "block_suggestion",
            "user": {"id": ALEX},
            "action_id": "customer_input",
            "block_id": "customer",
            "value": "Equinr",
            "view": {"id": "V1", "type": "modal", "callback_id": "log_activity_modal"},
        }
    )
    values = [o["value"] for o in result.json()["options"]]
    assert values[0] == "Equinor ASA" and values[-1] == "Equinr"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_huge_amount_is_refused_or_stored_never_an_error(slack) -> None:  # type: ignore[no-untyped-def]
    reply = text_of(slack.driver.command("/logoffer", "Equinor 1000 mrd", ALEX).reply())
    assert "went wrong" not in reply


def test_the_same_delivery_racing_itself_is_stored_once_without_a_savepoint(
    migrated_pg_url: str, clock: FakeClock, slack_api
) -> None:  # type: ignore[no-untyped-def]
    """Two deliveries of one entry (a retry racing the first, two replicas) on PostgreSQL: the
    second waits for the customer's row lock, then finds the first's record and stores nothing;
    its transaction is not broken by a unique violation (there is no savepoint to roll back to)."""
    import threading

    from sqlalchemy import text

    from bot.domain import ActivityKind, Source
    from bot.services import activities
    from bot.services.commands import LogCommand
    from bot.services.requester import resolve
    from storage.db import make_engine, make_session_factory
    from storage.models import Activity
    from storage.repositories import activity_by_ref

    with local_slack(
        migrated_pg_url, clock=clock, api=slack_api, over_http=False, migrate=False
    ) as slack:
        # The seller and the customer (a meeting of its own: the same words again a moment
        # later would be asked about, never stored)
        slack.driver.command("/logmeeting", "Nyco -- seed", ALEX).reply()
        engine = make_engine(migrated_pg_url)
        factory = make_session_factory(engine)
        now = clock.now()
        first, second = factory(), factory()
        try:
            who = resolve(first, "T0DEMO", ALEX, None, now)
            cmd = LogCommand(kind=ActivityKind.MEETING, customer="Nyco", when=who.today)
            done = activities.log(first, who, cmd, source=Source.COMMAND,
                                  source_ref="cmd:race", now=now)  # fmt: skip
            assert not done.duplicate  # type: ignore[union-attr]
            outcome: dict[str, object] = {}

            def again() -> None:
                try:
                    _again()
                except BaseException as err:  # shown by the assertion below
                    outcome["error"] = repr(err)
                    raise

            def _again() -> None:
                who2 = resolve(second, "T0DEMO", ALEX, None, now)
                outcome["logged"] = activities.log(
                    second, who2, cmd, source=Source.COMMAND, source_ref="cmd:race",
                    now=now,
                )  # fmt: skip
                second.commit()

            racer = threading.Thread(target=again)
            racer.start()
            with engine.connect() as watch:  # until the second waits on the customer's lock
                for _ in range(4000):
                    waiting = watch.execute(
                        text(
                            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                            " AND datname = current_database()"
                        )
                    ).scalar()
                    # pg_stat_activity is a snapshot taken once per transaction: a new one each time
                    watch.rollback()
                    if waiting or not racer.is_alive():
                        break
                    racer.join(0.005)
                assert waiting, ("the second delivery never waited for the first", outcome)
            first.commit()
            racer.join(10)
            assert outcome["logged"].duplicate  # type: ignore[attr-defined]
            with factory() as check:
                assert activity_by_ref(check, "T0DEMO", "cmd:race") is not None
                assert check.query(Activity).filter_by(source_ref="cmd:race").count() == 1
        finally:
            first.close()
            second.close()
            engine.dispose()
