"""The KPI aggregates on literal rows, on SQLite and PostgreSQL: ISO weeks across the year
boundary, undone entries, currencies, first activity, new customers, leads without a next step."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from bot.services.kpis import Week
from storage import aggregates as agg
from storage.db import make_engine, make_session_factory, session_scope
from storage.models import Activity, Customer, Lead, Seller, Workspace

NOW = datetime(2027, 1, 6, 9, tzinfo=UTC)
_COUNTER = [0]


@pytest.fixture
def session(migrated_db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db_url)
    with session_scope(make_session_factory(engine)) as s:
        yield s
        s.rollback()
    engine.dispose()


def _seed(s) -> tuple[int, int, list[int]]:  # type: ignore[no-untyped-def]
    s.add_all([Workspace(id="T1"), Workspace(id="T2")])
    s.flush()
    kari, lars = (
        Seller(workspace_id="T1", slack_user_id="UK"),
        Seller(workspace_id="T1", slack_user_id="UL"),
    )
    other = Seller(workspace_id="T2", slack_user_id="UK")
    s.add_all([kari, lars, other])
    s.flush()
    customers = [
        Customer(workspace_id="T1", name=n, key=n.lower()) for n in ("Acme", "Orkla", "Yara")
    ]
    s.add_all(customers)
    s.flush()
    return kari.id, lars.id, [c.id for c in customers]


def _act(
    s,
    seller: int,
    customer: int,
    kind: str,
    day: date,
    amount=None,
    currency="NOK",
    deleted=False,
    ws="T1",
):  # type: ignore[no-untyped-def]
    _COUNTER[0] += 1
    s.add(
        Activity(
            workspace_id=ws,
            seller_id=seller,
            customer_id=customer,
            kind=kind,
            occurred_on=day,
            amount=Decimal(amount) if amount is not None else None,
            currency=currency if amount else None,
            source="command",
            source_ref=f"t:{_COUNTER[0]}",
            created_at=NOW,
            deleted_at=NOW if deleted else None,
        )
    )


def test_weekly_counts_across_the_year_boundary(session) -> None:  # type: ignore[no-untyped-def]
    kari, lars, (acme, orkla, _yara) = _seed(session)
    _act(session, kari, acme, "meeting", date(2026, 12, 28))  # Monday of 2026-W53
    _act(session, kari, acme, "meeting", date(2027, 1, 3))  # Sunday of 2026-W53
    _act(session, kari, orkla, "meeting", date(2027, 1, 4))  # Monday of 2027-W01
    _act(session, kari, orkla, "offer", date(2027, 1, 5), 250000)
    _act(session, kari, orkla, "offer", date(2027, 1, 5), 1000, currency="EUR")  # kept apart
    _act(session, kari, orkla, "call", date(2027, 1, 5), deleted=True)  # undone
    _act(session, lars, acme, "call", date(2027, 1, 5))
    session.flush()
    weeks = (date(2026, 12, 28), date(2027, 1, 10))
    weekly, _ = agg.team_counts(session, "T1", [kari], weeks, {}, "NOK")
    w53 = weekly[(kari, Week(2026, 53).index())]
    w01 = weekly[(kari, Week(2027, 1).index())]
    assert (w53.meeting, w53.offer, w53.call) == (2, 0, 0)
    assert (w01.meeting, w01.offer, w01.call) == (1, 2, 0)
    assert dict(w01.offer_amount) == {"NOK": Decimal(250000), "EUR": Decimal(1000)}


def test_a_revision_is_not_an_offer_and_moves_value_by_the_difference(session) -> None:  # type: ignore[no-untyped-def]
    kari, _lars, (acme, _orkla, _yara) = _seed(session)
    _act(session, kari, acme, "offer", date(2026, 11, 2), 1000)
    revision = Activity(
        workspace_id="T1",
        seller_id=kari,
        customer_id=acme,
        kind="offer",
        occurred_on=date(2026, 11, 10),
        amount=Decimal(1250),
        currency="NOK",
        replaced_amount=Decimal(1000),
        replaced_currency="NOK",
        source="command",
        source_ref="t:revision",
        created_at=NOW,
    )
    switch = Activity(  # the same offer again, now in euro
        workspace_id="T1",
        seller_id=kari,
        customer_id=acme,
        kind="offer",
        occurred_on=date(2026, 11, 11),
        amount=Decimal(110),
        currency="EUR",
        replaced_amount=Decimal(1250),
        replaced_currency="NOK",
        source="command",
        source_ref="t:switch",
        created_at=NOW,
    )
    session.add_all([revision, switch])
    session.flush()
    weeks = (date(2026, 11, 2), date(2026, 11, 15))
    weekly, periods = agg.team_counts(
        session, "T1", [kari], weeks, {"all": (date(2026, 11, 1), date(2026, 11, 30))}, "NOK"
    )
    first, second = weekly[(kari, Week(2026, 45).index())], weekly[(kari, Week(2026, 46).index())]
    assert (first.offer, dict(first.offer_amount)) == (1, {"NOK": Decimal(1000)})
    assert (second.offer, dict(second.offer_amount)) == (
        0,
        {"EUR": Decimal(110), "NOK": Decimal(-1000)},
    )
    whole = periods["all"][kari]
    assert (whole.offer, dict(whole.offer_amount)) == (1, {"EUR": Decimal(110)})


def test_first_activity_new_customers_and_workspace_scope(session) -> None:  # type: ignore[no-untyped-def]
    kari, lars, (acme, orkla, yara) = _seed(session)
    _act(session, kari, acme, "win", date(2026, 9, 1), 100)  # Acme's first win: last quarter
    _act(session, lars, acme, "win", date(2026, 11, 2), 100)
    _act(session, lars, orkla, "win", date(2026, 11, 3), 100)  # first-ever win for Orkla
    _act(session, lars, yara, "win", date(2026, 10, 1), 100, deleted=True)  # undone: does not count
    _act(session, kari, yara, "win", date(2026, 11, 5), 100)  # so this is Yara's first
    _act(session, kari, acme, "meeting", date(2026, 1, 15), deleted=True)
    session.flush()
    assert agg.first_activity(session, "T1", [kari, lars]) == {
        kari: date(2026, 9, 1),
        lars: date(2026, 11, 2),
    }
    assert agg.new_customers(
        session, "T1", [kari, lars], date(2026, 10, 1), date(2026, 12, 31)
    ) == {lars: 1, kari: 1}
    assert (
        agg.new_customers(session, "T2", [kari, lars], date(2026, 10, 1), date(2026, 12, 31)) == {}
    )


def test_pipeline_and_leads_without_next_step(session) -> None:  # type: ignore[no-untyped-def]
    kari, lars, (acme, orkla, yara) = _seed(session)
    today = date(2026, 11, 20)

    def lead(owner, customer, temperature, due=None, amount=None, status="open"):  # type: ignore[no-untyped-def]
        session.add(
            Lead(
                workspace_id="T1",
                customer_id=customer,
                owner_id=owner,
                status=status,
                temperature=temperature,
                next_step_due=due,
                offer_amount=amount,
                currency="NOK" if amount else None,
                created_at=NOW,
                updated_at=NOW,
            )
        )

    lead(kari, acme, "warm")  # no next step: counts
    lead(kari, orkla, "hot", due=date(2026, 11, 19), amount=Decimal(300))  # overdue: counts
    lead(kari, yara, "warm", due=today)  # due today: fine
    lead(lars, acme, "cold")  # cold: never
    lead(lars, orkla, "warm", status="won", amount=Decimal(999))  # closed: never, not pipeline
    session.flush()
    assert agg.leads_without_next_step(session, "T1", [kari, lars], today) == {kari: 2}
    assert agg.pipeline(session, "T1", [kari, lars], "NOK") == {kari: (1, {"NOK": Decimal(300)})}
    assert [
        lead.customer.name for lead in agg.leads_needing_attention(session, "T1", kari, today)
    ] == ["Acme", "Orkla"]


def test_team_counts_is_weeks_and_periods_in_one_pass(session) -> None:  # type: ignore[no-untyped-def]
    kari, lars, (acme, orkla, _yara) = _seed(session)
    for day, kind, amount in (
        (date(2026, 9, 28), "meeting", None),  # the week before the quarter (W40 starts Mon 28)
        (date(2026, 9, 30), "offer", 100),  # same week, still Q3
        (date(2026, 10, 1), "offer", 200),  # same week, Q4
        (date(2026, 10, 1), "offer", 50),
        (date(2026, 11, 2), "win", 300),
        (date(2026, 11, 3), "loss", None),
        (date(2026, 12, 31), "call", None),
    ):
        _act(session, kari, acme, kind, day, amount)
    _act(session, lars, orkla, "offer", date(2026, 10, 2), 70, currency="EUR")
    _act(session, lars, orkla, "meeting", date(2026, 10, 2), deleted=True)
    session.flush()
    weeks = (date(2026, 9, 28), date(2026, 11, 8))
    periods = {"quarter": (date(2026, 10, 1), date(2026, 12, 31)), "closing": weeks}
    weekly, by_period = agg.team_counts(session, "T1", [kari, lars], weeks, periods, "NOK")
    w40 = weekly[(kari, Week(2026, 40).index())]
    assert (w40.meeting, w40.offer, dict(w40.offer_amount)) == (1, 3, {"NOK": Decimal(350)})
    assert weekly[(lars, Week(2026, 40).index())] == agg.KindTotals(
        offer=1, offer_amount={"EUR": Decimal(70)}
    )
    assert (kari, Week(2026, 53).index()) not in weekly  # the call is after the weeks asked
    quarter = by_period["quarter"][kari]
    assert (quarter.offer, dict(quarter.offer_amount), quarter.win, quarter.call) == (
        2,
        {"NOK": Decimal(250)},
        1,
        1,
    )
    assert dict(by_period["quarter"][kari].win_amount) == {"NOK": Decimal(300)}
    closing = by_period["closing"][kari]
    assert (closing.win, closing.loss, closing.call) == (1, 1, 0)
    assert agg.team_counts(session, "T1", [], weeks, periods, "NOK") == (
        {},
        {"quarter": {}, "closing": {}},
    )


def test_team_counts_tells_every_kind_apart(session) -> None:  # type: ignore[no-untyped-def]
    """A different number of each kind on one day and over the weeks (SQLite adds the counts
    up packed, a field per kind): each comes back as its own, a revision in none."""
    kari, _lars, (acme, _orkla, _yara) = _seed(session)
    day = date(2026, 11, 4)
    for kind, n in (("meeting", 1), ("call", 2), ("offer", 3), ("win", 4), ("loss", 5)):
        for k in range(n):
            _act(session, kari, acme, kind, day - timedelta(days=7 * (k % 2)))
    session.add(
        Activity(
            workspace_id="T1",
            seller_id=kari,
            customer_id=acme,
            kind="offer",
            occurred_on=day,
            amount=Decimal(300),
            currency="NOK",
            replaced_amount=Decimal(200),
            replaced_currency="NOK",
            source="command",
            source_ref="t:revision",
            created_at=NOW,
        )
    )
    session.flush()
    weeks = (date(2026, 10, 26), date(2026, 11, 8))
    weekly, by_period = agg.team_counts(
        session, "T1", [kari], weeks, {"quarter": (date(2026, 10, 1), day)}, "NOK"
    )
    quarter = by_period["quarter"][kari]
    assert (quarter.meeting, quarter.call, quarter.offer, quarter.win, quarter.loss) == (
        1,
        2,
        3,
        4,
        5,
    )
    this = weekly[(kari, Week.of(day).index())]
    before = weekly[(kari, Week.of(day).shift(-1).index())]
    assert (this.meeting, this.call, this.offer, this.win, this.loss) == (1, 1, 2, 2, 3)
    assert (before.meeting, before.call, before.offer, before.win, before.loss) == (0, 1, 1, 2, 2)
    assert dict(this.offer_amount) == {"NOK": Decimal(100)}  # the revision's difference


def test_nudge_leads_are_scoped_to_the_sellers_and_their_workspaces(session) -> None:  # type: ignore[no-untyped-def]
    kari, lars, (acme, orkla, yara) = _seed(session)
    other = session.query(Seller).filter_by(workspace_id="T2").one().id
    session.add(Customer(workspace_id="T2", name="Elsewhere", key="elsewhere"))
    session.flush()
    elsewhere = session.query(Customer).filter_by(workspace_id="T2").one().id
    today = date(2026, 11, 20)

    def lead(ws, owner, customer, temperature="warm", **kw):  # type: ignore[no-untyped-def]
        session.add(
            Lead(
                workspace_id=ws,
                customer_id=customer,
                owner_id=owner,
                status=kw.pop("status", "open"),
                temperature=temperature,
                created_at=NOW,
                updated_at=NOW,
                **kw,
            )
        )

    lead("T1", kari, acme)
    lead("T1", kari, orkla, next_step_due=today)  # planned today: not a candidate
    lead("T1", kari, yara, snoozed_until=today)  # snoozed through today
    lead("T1", lars, acme, "hot", next_step_due=date(2026, 11, 1))  # overdue
    lead("T1", lars, orkla, "cold")
    lead("T2", other, elsewhere)
    session.flush()
    before = NOW - timedelta(days=3)
    found = agg.nudge_leads(session, {"T1": [kari, lars, other]}, today, nudged_before=before)
    assert sorted((lead.owner_id, lead.customer) for lead in found) == [
        (kari, "Acme"),
        (lars, "Acme"),
    ]
    both = agg.nudge_leads(session, {"T1": [kari], "T2": [other]}, today, nudged_before=before)
    assert sorted((lead.owner_id, lead.customer) for lead in both) == sorted(
        [(kari, "Acme"), (other, "Elsewhere")]
    )
    assert agg.nudge_leads(session, {"T1": [other]}, today, nudged_before=before) == []
    assert agg.nudge_leads(session, {}, today, nudged_before=before) == []


def test_nudge_leads_leave_out_leads_reminded_lately_and_unchanged(session) -> None:  # type: ignore[no-untyped-def]
    kari, _lars, (acme, orkla, yara) = _seed(session)
    extra = Customer(workspace_id="T1", name="Nammo", key="nammo")
    session.add(extra)
    session.flush()
    before = NOW - timedelta(days=3)
    for customer, updated, nudged in [
        (acme, NOW - timedelta(days=10), None),  # never reminded
        (orkla, NOW - timedelta(days=10), before),  # reminded exactly 3 days ago: due again
        (yara, NOW - timedelta(days=10), before + timedelta(seconds=1)),  # lately, unchanged
        (extra.id, NOW - timedelta(hours=1), NOW - timedelta(days=1)),  # lately, changed since
    ]:
        session.add(
            Lead(
                workspace_id="T1",
                customer_id=customer,
                owner_id=kari,
                status="open",
                temperature="warm",
                created_at=NOW - timedelta(days=20),
                updated_at=updated,
                nudged_at=nudged,
            )
        )
    session.flush()
    found = agg.nudge_leads(session, {"T1": [kari]}, NOW.date(), nudged_before=before)
    assert [lead.customer for lead in found] == ["Acme", "Orkla", "Nammo"]


def test_quiet_a_customers_with_their_owner(session) -> None:  # type: ignore[no-untyped-def]
    kari, lars, (acme, orkla, yara) = _seed(session)
    for customer in session.query(Customer).filter_by(workspace_id="T1"):
        customer.tier = "A"
    _act(session, kari, acme, "call", date(2026, 3, 1))
    _act(session, lars, acme, "meeting", date(2026, 7, 1))  # Acme's last touch: Lars owns it
    _act(session, kari, acme, "meeting", date(2026, 7, 1), deleted=True)
    _act(session, kari, orkla, "call", date(2026, 10, 1))  # touched lately: not quiet
    _act(session, kari, yara, "call", date(2024, 1, 1))  # long ago, outside the 12 months
    session.flush()
    today = date(2026, 11, 16)  # the nudge pass asks 364 and 90 days back
    since, quiet_after = today - timedelta(days=364), today - timedelta(days=90)
    rows = agg.quiet_a_customers(session, ["T1"], since, quiet_after)
    assert [(name, count, last, owner) for _ws, _id, name, count, last, owner in rows] == [
        ("Acme", 2, date(2026, 7, 1), lars),
        ("Yara", 0, date(2024, 1, 1), kari),
    ]
    assert agg.quiet_a_customers(session, ["T2"], since, quiet_after) == []


def test_wins_with_an_amount_are_counted_per_currency(session) -> None:  # type: ignore[no-untyped-def]
    # Three wins with amounts (NOK 100 k, NOK 50 k, DKK 40 k) and one without: the average won
    # deal divides each currency's sum by that currency's wins, never by all four.
    kari, _lars, (acme, orkla, yara) = _seed(session)
    _act(session, kari, acme, "win", date(2026, 11, 2), 100_000)
    _act(session, kari, orkla, "win", date(2026, 11, 3), 50_000)
    _act(session, kari, yara, "win", date(2026, 11, 4), 40_000, currency="DKK")
    _act(session, kari, yara, "win", date(2026, 11, 5))  # no amount
    _act(session, kari, acme, "win", date(2026, 11, 6), 70_000, deleted=True)
    session.flush()
    period = {"window": (date(2026, 11, 1), date(2026, 11, 30))}
    _weekly, by_period = agg.team_counts(
        session, "T1", [kari], (date(2026, 11, 2), date(2026, 11, 8)), period, "NOK"
    )
    totals = by_period["window"][kari]
    assert totals.win == 4
    assert dict(totals.win_amount) == {"NOK": Decimal(150_000), "DKK": Decimal(40_000)}
    assert dict(totals.win_priced) == {"NOK": 2, "DKK": 1}
    split = agg.funnel_split(session, "T1", [kari], period, "NOK")["window"]
    # Every win is a customer's first but Yara's second (no amount): an existing customer's.
    assert dict(split[(kari, True)].win_priced) == {"NOK": 2, "DKK": 1}
    assert split[(kari, False)].win == 1 and not split[(kari, False)].win_priced


def test_an_offer_revised_back_from_another_currency_leaves_nothing_in_it(session) -> None:  # type: ignore[no-untyped-def]
    """Sent in euro, then revised into kroner: the euro part goes out again in euro, wherever
    the rows fall (a week shown, or a week before them that only a period holds)."""
    kari, _lars, (acme, _orkla, _yara) = _seed(session)
    for day, amount, currency, replaced, replaced_currency, ref in (
        (date(2026, 10, 5), 110, "EUR", None, None, "t:euro"),  # before the weeks shown
        (date(2026, 11, 10), 1300, "NOK", 110, "EUR", "t:back"),
    ):
        session.add(
            Activity(
                workspace_id="T1",
                seller_id=kari,
                customer_id=acme,
                kind="offer",
                occurred_on=day,
                amount=Decimal(amount),
                currency=currency,
                replaced_amount=Decimal(replaced) if replaced else None,
                replaced_currency=replaced_currency,
                source="command",
                source_ref=ref,
                created_at=NOW,
            )
        )
    session.flush()
    weekly, periods = agg.team_counts(
        session,
        "T1",
        [kari],
        (date(2026, 11, 2), date(2026, 11, 15)),
        {"quarter": (date(2026, 10, 1), date(2026, 11, 15))},
        "NOK",
    )
    week = weekly[(kari, Week(2026, 46).index())]
    assert (week.offer, dict(week.offer_amount)) == (
        0,
        {"NOK": Decimal(1300), "EUR": Decimal(-110)},
    )
    assert (kari, Week(2026, 41).index()) not in weekly  # before the weeks asked for
    quarter = periods["quarter"][kari]
    assert (quarter.offer, dict(quarter.offer_amount)) == (1, {"NOK": Decimal(1300)})


def test_team_counts_sets_apart_revisions_of_offers_sent_before_the_week_or_period(session) -> None:  # type: ignore[no-untyped-def]
    """A revision moves offer_amount only in a week or period that holds the day its deal's
    offer was sent (the latest live offer before it that revised nothing); elsewhere its
    difference is revised_amount, each part in its own currency. Two revisions of an earlier
    offer in one week are both apart (the second's version was itself a revision)."""
    kari, lars, (acme, orkla, _yara) = _seed(session)
    deal = Lead(workspace_id="T1", customer_id=acme, owner_id=kari, status="open", created_at=NOW)
    other = Lead(workspace_id="T1", customer_id=orkla, owner_id=lars, status="open", created_at=NOW)
    session.add_all([deal, other])
    session.flush()

    def offer(seller, lead, day, amount, currency="NOK", replaced=None, replaced_currency="NOK"):  # type: ignore[no-untyped-def]
        _COUNTER[0] += 1
        session.add(
            Activity(
                workspace_id="T1",
                seller_id=seller,
                customer_id=acme if lead is deal else orkla,
                lead_id=lead.id if lead is not None else None,
                kind="offer",
                occurred_on=day,
                amount=Decimal(amount),
                currency=currency,
                replaced_amount=Decimal(replaced) if replaced is not None else None,
                replaced_currency=replaced_currency if replaced is not None else None,
                source="command",
                source_ref=f"t:{_COUNTER[0]}",
                created_at=NOW,
            )
        )
        session.flush()

    offer(kari, deal, date(2026, 9, 29), 200)  # W40, Q3
    offer(kari, deal, date(2026, 11, 17), 150, replaced=200)  # W47: -50
    offer(kari, deal, date(2026, 11, 19), 125, replaced=150)  # W47 again: -25
    offer(kari, None, date(2026, 11, 18), 100)  # a new offer in W47
    offer(lars, other, date(2026, 11, 2), 500, currency="SEK")  # W45
    offer(lars, other, date(2026, 11, 18), 600, "SEK", replaced=500, replaced_currency="SEK")
    offer(lars, None, date(2026, 11, 18), 40, replaced=10)  # no deal's offer found: as before
    weeks = (date(2026, 11, 2), date(2026, 11, 22))
    periods = {
        "quarter": (date(2026, 10, 1), date(2026, 11, 22)),
        "year": (date(2026, 1, 1), date(2026, 11, 22)),
    }
    weekly, by_period = agg.team_counts(session, "T1", [kari, lars], weeks, periods, "NOK")
    w47 = Week(2026, 47).index()
    kari_w47, lars_w47 = weekly[(kari, w47)], weekly[(lars, w47)]
    assert (kari_w47.offer, dict(kari_w47.offer_amount), dict(kari_w47.revised_amount)) == (
        1,
        {"NOK": Decimal(100)},
        {"NOK": Decimal(-75)},
    )
    assert (dict(lars_w47.offer_amount), dict(lars_w47.revised_amount)) == (
        {"NOK": Decimal(30)},
        {"SEK": Decimal(100)},
    )
    # The quarter began after the deal's offer was sent; the year holds it.
    quarter, year = by_period["quarter"][kari], by_period["year"][kari]
    assert (dict(quarter.offer_amount), dict(quarter.revised_amount)) == (
        {"NOK": Decimal(100)},
        {"NOK": Decimal(-75)},
    )
    assert (year.offer, dict(year.offer_amount), year.revised_amount) == (
        2,
        {"NOK": Decimal(225)},
        agg.NO_AMOUNTS,
    )
    # Lars's SEK deal was sent in the quarter: its revision is in the quarter's value.
    assert dict(by_period["quarter"][lars].offer_amount) == {
        "SEK": Decimal(600),
        "NOK": Decimal(30),
    }
