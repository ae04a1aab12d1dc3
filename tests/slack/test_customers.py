"""Customers a manager can keep clean: rename, merge, delete, tier and owner through `/kpi
customer …`, handing a lead over from the App Home, Undo taking away the customer its entry made,
and a customer list shared with the bot in a DM. Through signed requests; the clock stands at
Friday 2026-11-20 10:00 in Oslo. Kari is a workspace admin (so a manager); Lars, Mette and Alex
are sellers in no team (only they may act for themselves)."""

from __future__ import annotations

from datetime import date

import pytest
from slack_sdk.models.views import View
from sqlalchemy import select

from storage import aggregates
from storage import repositories as repo
from storage.db import make_session_factory, session_scope
from storage.models import Customer, Manager, SalesTeam, Seller
from tests.helpers import (
    buttons,
    channel_message,
    command_reply,
    count_rows,
    leads,
    stored,
    text_of,
)

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"


def _english(slack) -> None:  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"


def customers(slack) -> list[str]:  # type: ignore[no-untyped-def]
    """The customer list (without those taken off it), in the order they were made."""
    with session_scope(make_session_factory(slack.engine)) as session:
        listed = set(repo.customer_names(session, "T0DEMO"))
        return [
            c.name
            for c in session.scalars(select(Customer).order_by(Customer.id))
            if c.name in listed
        ]


def _customer(slack, name: str) -> Customer | None:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as session:
        found = session.scalars(select(Customer).where(Customer.name == name)).one_or_none()
        if found is not None:
            session.expunge(found)
        return found


def _user_of(slack, seller_id: int | None) -> str | None:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as session:
        seller = session.get(Seller, seller_id) if seller_id else None
        return seller.slack_user_id if seller else None


def _dms_to(slack, user: str) -> list[str]:  # type: ignore[no-untyped-def]
    slack.wait_idle()
    return [
        text_of(c.params)
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == user
    ]


# -- rename -----------------------------------------------------------------------------------


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_manager_renames_a_customer_and_its_entries_follow(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, ALEX, "/logoffer", "Equinr 100k")
    text = command_reply(slack, KARI, "/kpi", "customer Equinr rename Equinor ASA")
    assert "*Equinr* is now called *Equinor ASA*" in text
    assert customers(slack) == ["Equinor ASA"]
    assert [(r["customer"], r["amount"]) for r in stored(slack)] == [("Equinor ASA", 100000.0)]
    # The new name is the customer's now: logging it again finds the same lead (a revision).
    assert "Revised from" in command_reply(slack, ALEX, "/logoffer", "Equinor 120k")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_name_too_long_is_refused_with_its_length_by_rename_and_tier_as_by_a_log_command(
    slack,
) -> None:  # type: ignore[no-untyped-def]
    """Was cut at 200 characters without a word (a log command refuses over 100)."""
    _english(slack)
    command_reply(slack, ALEX, "/logoffer", "Equinr 100k")
    long_name = ("Equinor " * 15).strip()  # 119 characters
    text = command_reply(slack, KARI, "/kpi", f"customer Equinr rename {long_name}")
    assert "119 characters" in text and "100" in text and "Give a shorter name" in text, text
    text = command_reply(slack, KARI, "/kpi", f"customer {long_name} tier A")
    assert "119 characters" in text and "100" in text, text
    assert command_reply(slack, ALEX, "/logmeeting", long_name).count("119 characters") == 1
    assert customers(slack) == ["Equinr"]
    longest = "E" * 100
    assert "is now called" in command_reply(
        slack, KARI, "/kpi", f"customer Equinr rename {longest}"
    )
    assert customers(slack) == [longest]


def test_a_seller_renames_a_customer_only_they_use_but_not_a_colleagues(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, ALEX, "/logmeeting", "Acme")
    assert "is now called *Acme Nordic*" in command_reply(
        slack, ALEX, "/kpi", "customer Acme rename Acme Nordic"
    )
    command_reply(slack, LARS, "/logcall", "Acme Nordic")
    refused = command_reply(slack, ALEX, "/kpi", "customer Acme Nordic rename Acme Global")
    assert "only a manager" in refused and "Example: `/kpi customer" in refused
    assert command_reply(slack, LARS, "/kpi", "customer Acme Nordic tier A").startswith(":warning:")
    assert customers(slack) == ["Acme Nordic"] and _customer(slack, "Acme Nordic").tier is None  # type: ignore[union-attr]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_renaming_onto_a_known_name_points_to_merge(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, ALEX, "/logmeeting", "Statoil")
    command_reply(slack, ALEX, "/logmeeting", "Equinor")
    text = command_reply(slack, ALEX, "/kpi", "customer Statoil rename Equinor")
    assert "already" in text and "`/kpi customer Equinr merge Equinor`" in text
    assert customers(slack) == ["Statoil", "Equinor"]


def test_a_team_manager_changes_their_teams_customers_not_another_teams(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, LARS, "/logmeeting", "Statoil")
    command_reply(slack, ALEX, "/logmeeting", "Equinor")
    command_reply(slack, METTE, "/kpi", "")
    with session_scope(make_session_factory(slack.engine)) as session:
        a = SalesTeam(workspace_id="T0DEMO", channel_id="C0TEAMA", name="A")
        b = SalesTeam(workspace_id="T0DEMO", channel_id="C0TEAMB", name="B")
        session.add_all([a, b])
        session.flush()
        by_user = {s.slack_user_id: s for s in session.scalars(select(Seller))}
        by_user[LARS].team_id = by_user[METTE].team_id = a.id
        by_user[ALEX].team_id = b.id
        session.add(Manager(workspace_id="T0DEMO", team_id=a.id, slack_user_id=METTE))
    # Mette manages team A: Lars's customer is hers to clean up, Alex's (team B) is not.
    assert "is now called *Statoil ASA*" in command_reply(
        slack, METTE, "/kpi", "customer Statoil rename Statoil ASA", channel="C0TEAMA"
    )
    refused = command_reply(
        slack, METTE, "/kpi", "customer Equinor rename Equinor ASA", channel="C0TEAMA"
    )
    assert "only a manager of their team" in refused
    refused = command_reply(
        slack, METTE, "/kpi", "customer Equinor owner <@U0LARS|lars>", channel="C0TEAMA"
    )
    assert "only a manager of their team" in refused
    # Nor may a seller of team A merge team B's customer away.
    assert "only a manager" in command_reply(
        slack, LARS, "/kpi", "customer Equinor merge Statoil ASA"
    )
    assert customers(slack) == ["Statoil ASA", "Equinor"]


# -- merge ------------------------------------------------------------------------------------


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_merge_moves_everything_and_two_open_offers_of_one_seller_become_one(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, ALEX, "/logoffer", "Statoil 100k")
    command_reply(slack, ALEX, "/logoffer", "Equinor 150k")
    command_reply(slack, LARS, "/logmeeting", "Equinor")
    before = command_reply(slack, ALEX, "/kpi", "")
    assert "Offers: 2 (NOK 250,000)" in before
    text = command_reply(slack, KARI, "/kpi", "customer Statoil merge into Equinor")
    assert "*Statoil* is merged into *Equinor* (entries moved: 1)" in text
    assert customers(slack) == ["Equinor"]
    rows = stored(slack)
    assert {r["customer"] for r in rows} == {"Equinor"}
    assert [(r["amount"], r["revised_from"]) for r in rows if r["kind"] == "offer"] == [
        (100000.0, None),
        (150000.0, 100000.0),
    ]
    me = command_reply(slack, ALEX, "/kpi", "")
    assert "Offers: 1 (NOK 150,000)" in me and "Pipeline: NOK 150,000" in me
    open_leads = [lead for lead in leads(slack) if lead.status == "open"]
    assert [lead.offer_amount for lead in open_leads] == [150_000]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_seller_cannot_merge_a_colleagues_customer(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, LARS, "/logoffer", "Statoil 100k")
    command_reply(slack, ALEX, "/logmeeting", "Equinor")
    text = command_reply(slack, ALEX, "/kpi", "customer Statoil merge Equinor")
    assert "only a manager" in text
    assert customers(slack) == ["Statoil", "Equinor"]
    assert [r["customer"] for r in stored(slack)] == ["Statoil", "Equinor"]


def test_merge_into_an_unknown_name_asks_which_one_was_meant(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, ALEX, "/logmeeting", "Statoil")
    command_reply(slack, ALEX, "/logmeeting", "Equinor")
    result = slack.driver.command("/kpi", "customer Statoil merge Equinr", KARI)
    reply = result.reply()
    assert "Did you mean: Equinor?" in text_of(reply)
    assert [b["text"]["text"] for b in buttons(reply)] == ["Equinor", "Cancel"]
    assert customers(slack) == ["Statoil", "Equinor"]
    # Only the one asked may answer.
    slack.driver.click(ALEX, buttons(reply)[0], response_url=result.response_url)
    slack.wait_idle()
    assert customers(slack) == ["Statoil", "Equinor"]
    slack.driver.click(KARI, buttons(reply)[0], response_url=result.response_url)
    slack.wait_idle()
    done = slack.api.responses(result.key)[-1]
    assert "*Statoil* is merged into *Equinor*" in text_of(done) and done["replace_original"]
    assert customers(slack) == ["Equinor"]


# -- delete -----------------------------------------------------------------------------------


def test_delete_only_a_customer_without_entries(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, ALEX, "/logmeeting", "Equinor")
    command_reply(slack, KARI, "/kpi", "customer Ukjent Kunde tier B")
    assert "is deleted" in command_reply(slack, KARI, "/kpi", "customer Ukjent Kunde delete")
    refused = command_reply(slack, KARI, "/kpi", "customer Equinor delete")
    assert "has entries (1)" in refused and "merge" in refused
    assert customers(slack) == ["Equinor"] and count_rows(slack) == 1
    command_reply(slack, KARI, "/kpi", "customer Nytt AS tier C")
    assert "Only managers" in command_reply(slack, ALEX, "/kpi", "customer Nytt AS delete")
    assert customers(slack) == ["Equinor", "Nytt AS"]


# -- tier and owner -----------------------------------------------------------------------------


def test_tier_asks_about_a_near_miss_and_for_an_owner(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, ALEX, "/logmeeting", "Equinor")
    result = slack.driver.command("/kpi", "customer Equinr tier A", KARI)
    reply = result.reply()
    assert "Did you mean: Equinor?" in text_of(reply)
    labels = [b["text"]["text"] for b in buttons(reply)]
    assert labels == ["Equinor", "New customer: Equinr", "Cancel"]
    assert customers(slack) == ["Equinor"]  # nothing made from the typo
    [pick, new, _cancel] = buttons(reply)
    slack.driver.click(KARI, pick, response_url=result.response_url)
    slack.wait_idle()
    picked = text_of(slack.api.responses(result.key)[-1])
    assert "*Equinor* is now an A-customer" in picked and "<@U0ALEX>" in picked  # has an owner
    slack.driver.click(KARI, new, response_url=result.response_url)  # a second click
    slack.wait_idle()
    assert "answered already" in text_of(slack.api.responses(result.key)[-1])
    assert customers(slack) == ["Equinor"] and _customer(slack, "Equinor").tier == "A"  # type: ignore[union-attr]

    made = command_reply(slack, KARI, "/kpi", "customer Equinr tier B --new")
    assert "*Equinr* is now a B-customer" in made and "Who owns *Equinr*?" in made
    text = command_reply(slack, KARI, "/kpi", "customer Ukjent Kunde tier A")
    assert "Who owns *Ukjent Kunde*?" in text
    assert "`/kpi customer Ukjent Kunde owner @ola`" in text


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_new_customer_from_the_near_miss_question(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, ALEX, "/logmeeting", "Equinor")
    result = slack.driver.command("/kpi", "customer Equinr tier C", KARI)
    [_pick, new, _cancel] = buttons(result.reply())
    slack.driver.click(KARI, new, response_url=result.response_url)
    slack.wait_idle()
    assert "*Equinr* is now a C-customer" in text_of(slack.api.responses(result.key)[-1])
    assert customers(slack) == ["Equinor", "Equinr"]


def test_naming_an_owner_makes_them_the_one_reminded_and_asked(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, KARI, "/kpi", "customer Nammo tier A")
    text = command_reply(slack, KARI, "/kpi", "customer Nammo owner <@U0LARS|lars>")
    assert "handed over" in text and "<@U0LARS>" in text
    assert any("You own *Nammo* now" in dm for dm in _dms_to(slack, LARS))
    nammo = _customer(slack, "Nammo")
    assert nammo is not None and _user_of(slack, nammo.owner_id) == LARS
    with session_scope(make_session_factory(slack.engine)) as session:
        quiet = aggregates.quiet_a_customers(
            session, ["T0DEMO"], date(2025, 11, 20), date(2026, 8, 20)
        )
    assert [(name, _user_of(slack, owner)) for _ws, _id, name, _n, _last, owner in quiet] == [
        ("Nammo", LARS)
    ]
    # A colleague's offer to Lars's account is asked about; a meeting is recorded.
    result = slack.driver.command("/logoffer", "Nammo 100k", ALEX)
    # Lars never used kpibot: the name in the mention stands in until his profile is read.
    assert "lars's lead" in text_of(result.reply()) and count_rows(slack) == 0
    command_reply(slack, ALEX, "/logmeeting", "Nammo")
    assert count_rows(slack) == 1


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_owner_hands_a_lead_over_and_the_new_owner_is_told(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, ALEX, "/logoffer", "Equinor 500k")
    text = command_reply(slack, ALEX, "/kpi", "customer Equinor owner <@U0LARS|lars>")
    assert "open leads moved: 1" in text
    [lead] = leads(slack)
    assert _user_of(slack, lead.owner_id) == LARS
    assert any("You own *Equinor* now" in dm and "<@U0ALEX>" in dm for dm in _dms_to(slack, LARS))
    # Lars's offer now revises the lead he was given; Alex's offer sent stays Alex's, and so
    # does its value at its last amount (README: a revision the new owner makes moves the
    # sender's offer value; with no team it was left out, with a team it was counted).
    assert "Revised from" in command_reply(slack, LARS, "/logoffer", "Equinor 600k")
    assert "Offers: 1 (NOK 600,000)" in command_reply(slack, ALEX, "/kpi", "")
    assert "100,000" not in command_reply(slack, LARS, "/kpi", "")  # the difference is not his


def test_nobody_else_may_hand_a_lead_over(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, ALEX, "/logoffer", "Equinor 500k")
    text = command_reply(slack, METTE, "/kpi", "customer Equinor owner <@U0METTE|mette>")
    assert "Only the owner of a lead" in text and "500" not in text
    [lead] = leads(slack)
    assert _user_of(slack, lead.owner_id) == ALEX
    assert _dms_to(slack, METTE) == []
    # Kari, a workspace admin, may.
    assert "handed over" in command_reply(
        slack, KARI, "/kpi", "customer Equinor owner <@U0METTE|mette>"
    )
    [lead] = leads(slack)
    assert _user_of(slack, lead.owner_id) == METTE


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_owner_without_a_mention_shows_how(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, ALEX, "/logmeeting", "Equinor")
    text = command_reply(slack, ALEX, "/kpi", "customer Equinor owner lars")
    assert "Mention them with @" in text and "`/kpi customer Equinor owner @ola`" in text


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_handing_over_to_someone_with_their_own_offer_keeps_both_offers(slack) -> None:  # type: ignore[no-untyped-def]
    """Lars has his own open offer to Equinor when Alex hands Equinor over: both leads are
    Lars's now, each offer still counts once, for whoever sent it, and his pipeline is the sum.
    (The two leads were merged: Lars's earlier offer became a revision of Alex's, so Lars had
    sent no offer and his pipeline was one of the two.)"""
    _english(slack)
    command_reply(slack, ALEX, "/logoffer", "Equinor 500k")
    result = slack.driver.command("/logoffer", "Equinor 300k", LARS)
    [own] = [b for b in buttons(result.reply()) if b["value"].endswith("|own")]
    slack.driver.click(LARS, own, response_url=result.response_url)
    slack.wait_idle()
    assert "open leads moved: 1" in command_reply(
        slack, ALEX, "/kpi", "customer Equinor owner <@U0LARS|lars>"
    )
    open_leads = sorted(
        (_user_of(slack, lead.owner_id), lead.offer_amount)
        for lead in leads(slack)
        if lead.status == "open"
    )
    assert open_leads == [(LARS, 300_000), (LARS, 500_000)], open_leads
    assert [r["revised_from"] for r in stored(slack)] == [None, None]
    lars = command_reply(slack, LARS, "/kpi", "")
    assert "Offers: 1 (NOK 300,000)" in lars and "NOK 800,000" in lars, lars
    alex = command_reply(slack, ALEX, "/kpi", "")
    assert "Offers: 1 (NOK 500,000)" in alex, alex


# -- the App Home's "Hand over" ---------------------------------------------------------------


def _home(slack, user: str) -> dict:  # type: ignore[no-untyped-def]
    slack.api.reset()
    slack.driver.event({"type": "app_home_opened", "user": user, "channel": "D0X", "tab": "home"})
    return slack.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"]


def test_hand_over_from_the_app_home(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, ALEX, "/logoffer", "Equinor 500k")
    view = _home(slack, ALEX)
    View(**view).validate_json()
    [button] = [
        b["accessory"]
        for b in view["blocks"]
        if b.get("accessory", {}).get("action_id") == "lead_hand_over"
    ]
    click = {"action_id": button["action_id"], "value": button["value"]}

    # Mette may not: the modal says so, and a forged submission is refused too.
    slack.api.reset()
    slack.driver.click(METTE, click, view={"id": "VHOME", "type": "home"})
    refusal = slack.api.wait_for(lambda c: c.method == "views.update")[0].params["view"]
    assert "Only its owner" in text_of(refusal) and "submit" not in refusal

    slack.api.reset()
    slack.driver.click(ALEX, click, view={"id": "VHOME", "type": "home"})
    modal = slack.api.wait_for(lambda c: c.method == "views.update")[0].params["view"]
    assert "Equinor" in text_of(modal)
    picked = {"new_owner": {"new_owner_select": {"type": "users_select", "selected_user": LARS}}}
    forged = slack.driver.submit_view(METTE, {**modal, "id": "V0HAND"}, picked)
    assert forged.response_action and "Only the owner" in str(forged.response_action["errors"])
    [lead] = leads(slack)
    assert _user_of(slack, lead.owner_id) == ALEX

    result = slack.driver.submit_view(ALEX, {**modal, "id": "V0HAND"}, picked)
    assert result.status == 200 and not result.body
    slack.api.wait_for(lambda c: c.method == "views.publish")
    [lead] = leads(slack)
    assert _user_of(slack, lead.owner_id) == LARS
    assert any("You own *Equinor* now" in dm for dm in _dms_to(slack, LARS))
    home = _home(slack, LARS)
    assert any(b.get("accessory", {}).get("action_id") == "lead_hand_over" for b in home["blocks"])


# -- Undo takes the customer it made ------------------------------------------------------------


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_undo_removes_the_customer_its_entry_made(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(
        slack, ALEX, "/logmeeting", "Aker BP mandag uke 46"
    )  # a day of week 46 is read: the customer is Aker BP (a week alone is asked: days29)
    text = command_reply(slack, ALEX, "/kpi", "undo")
    assert "gone from the customer list" in text
    assert customers(slack) == [] and stored(slack) == [] and count_rows(slack) == 1
    # An offer (with its lead) undone by its button: the same.
    result = slack.driver.command("/logoffer", "Hydro MNOK 1,2", ALEX)
    [undo] = buttons(result.reply())
    slack.driver.click(ALEX, undo)
    slack.wait_idle()
    assert customers(slack) == [] and leads(slack) == []
    # Named again, a customer taken off the list is back (one customer, its history kept).
    command_reply(slack, ALEX, "/logmeeting", "Orkla")
    command_reply(slack, ALEX, "/kpi", "undo")
    assert "Did you mean" not in command_reply(slack, ALEX, "/logmeeting", "Orkla")
    assert customers(slack) == ["Orkla"]
    assert [r["customer"] for r in stored(slack)] == ["Orkla"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_undo_keeps_a_customer_used_elsewhere(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    command_reply(slack, LARS, "/logcall", "Acme")
    command_reply(slack, ALEX, "/logmeeting", "Acme")
    assert "gone from" not in command_reply(slack, ALEX, "/kpi", "undo")
    first = slack.driver.command("/logmeeting", "Orkla", ALEX)
    [undo_first] = buttons(first.reply())
    command_reply(slack, ALEX, "/logcall", "Orkla")
    slack.driver.click(ALEX, undo_first)
    slack.wait_idle()
    # The call did not make Orkla: an earlier entry (undone now) did.
    assert "gone from" not in command_reply(slack, ALEX, "/kpi", "undo")
    command_reply(slack, KARI, "/kpi", "customer Nammo tier A")
    command_reply(slack, ALEX, "/logmeeting", "Nammo")
    assert "gone from" not in command_reply(slack, ALEX, "/kpi", "undo")  # a manager tiered it
    assert customers(slack) == ["Acme", "Orkla", "Nammo"]
    assert [r["seller"] for r in stored(slack)] == [LARS]


# -- a customer list shared in a DM ------------------------------------------------------------

CSV = (
    "Navn;Nivå;Eier;Orgnr\n"
    "Equinor ASA;A;lars@example.com;923 609 016\n"
    "Hydro;B;U0METTE;\n"
    "Equinr;C;;\n"
    "Nammo;A;nobody@example.com;\n"
    "Bad;X;;\n"
).encode()


def _share(slack, user: str, file_id: str = "F0CSV") -> None:  # type: ignore[no-untyped-def]
    slack.api.add_file(file_id, "kunder.csv", CSV, user=user)
    shared = channel_message(
        "",
        "1763630000.000200",
        user=user,
        channel="D0IMPORT",
        channel_type="im",
        subtype="file_share",
        files=[{"id": file_id}],
    )
    slack.driver.event(shared)
    slack.wait_idle()


def test_a_manager_imports_customers_by_sharing_a_csv_in_a_dm(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    slack.api.users[LARS].email = "lars@example.com"
    command_reply(slack, ALEX, "/logmeeting", "Equinor")
    _share(slack, KARI)
    [report] = [
        c.params
        for c in slack.api.calls_to("chat.postMessage")
        if c.params["channel"] == "D0IMPORT"
    ]
    text = text_of(report)
    assert "nothing is changed yet" in text
    assert "Updated: 1" in text and "Equinor" in text and "<@U0LARS>" in text
    assert "New customers: 2" in text and "Hydro" in text
    assert "nobody@example.com" in text  # an owner Slack does not know
    assert "line 4: *Equinr* ≈ Equinor" in text  # a near-miss is not imported
    assert "line 6" in text and "not A, B or C" in text
    assert all(c.params.get("authorized") for c in slack.api.calls_to("file_download"))
    assert customers(slack) == ["Equinor"]  # a dry run
    [import_button] = buttons(report)

    # Only the manager who shared it may apply it; then once.
    slack.driver.click(ALEX, import_button, channel_id="D0IMPORT")
    slack.wait_idle()
    assert customers(slack) == ["Equinor"]
    result = slack.driver.click(KARI, import_button, channel_id="D0IMPORT")
    slack.wait_idle()
    assert "Customers imported" in text_of(slack.api.responses(result._response_key)[-1])  # type: ignore[arg-type]
    assert customers(slack) == ["Equinor", "Hydro", "Nammo"]
    equinor = _customer(slack, "Equinor")
    assert equinor is not None
    assert (equinor.tier, equinor.org_number, _user_of(slack, equinor.owner_id)) == (
        "A",
        "923 609 016",
        LARS,
    )
    again = slack.driver.click(KARI, import_button, channel_id="D0IMPORT")
    slack.wait_idle()
    assert "imported already" in text_of(slack.api.responses(again._response_key)[-1])  # type: ignore[arg-type]


def test_a_customer_list_with_invisible_marks_in_its_names_updates_the_known_customers(
    slack,
) -> None:  # type: ignore[no-untyped-def]
    """A spreadsheet's names carry what no one sees (a zero-width space, a soft hyphen, a
    byte-order mark): 'Nam\u200bmo' was left out as a near miss of Nammo ('≈'), and a new
    name was stored with the mark in it, a customer no log command could name."""
    _english(slack)
    command_reply(slack, KARI, "/logmeeting", "Nammo")
    slack.api.add_file(
        "F0CSV",
        "kunder.csv",
        "name;tier\nNam\u200bmo;A\n\ufeffAker\u00adBP;B\n".encode(),
        user=KARI,
    )
    shared = channel_message(
        "", "1763630000.000200", user=KARI, channel="D0IMPORT", channel_type="im",
        subtype="file_share", files=[{"id": "F0CSV"}],
    )  # fmt: skip
    slack.driver.event(shared)
    slack.wait_idle()
    [report] = [
        c.params
        for c in slack.api.calls_to("chat.postMessage")
        if c.params["channel"] == "D0IMPORT"
    ]
    assert "≈" not in text_of(report)
    slack.driver.click(KARI, buttons(report)[0], channel_id="D0IMPORT")
    slack.wait_idle()
    assert customers(slack) == ["Nammo", "AkerBP"]
    assert (_customer(slack, "Nammo").tier, _customer(slack, "AkerBP").tier) == ("A", "B")  # type: ignore[union-attr]
    assert "Logged" in command_reply(
        slack, LARS, "/logmeeting", "AkerBP"
    )  # the same customer, unasked
    assert customers(slack) == ["Nammo", "AkerBP"]


def test_a_seller_sharing_a_file_is_told_only_managers_import(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _share(slack, ALEX)
    [reply] = [
        c.params
        for c in slack.api.calls_to("chat.postMessage")
        if c.params["channel"] == "D0IMPORT"
    ]
    assert "Only managers" in text_of(reply) and not buttons(reply)
    assert slack.api.calls_to("file_download") == [] and customers(slack) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_file_that_is_not_a_customer_list_gets_one_line(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    slack.api.add_file("F0BAD", "notes.csv", b"foo,bar\n1,2\n")
    ts = "1763630000.000300"
    slack.driver.event(
        {
            "type": "message",
            "subtype": "file_share",
            "channel": "D0IMPORT",
            "channel_type": "im",
            "user": KARI,
            "files": [{"id": "F0BAD"}],
            "ts": ts,
        }
    )
    slack.wait_idle()
    [reply] = [
        c.params
        for c in slack.api.calls_to("chat.postMessage")
        if c.params["channel"] == "D0IMPORT"
    ]
    assert "one called “name”" in text_of(reply) and "foo,bar" in text_of(reply)
    assert "name;tier;owner;org_number" in text_of(reply)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_picture_in_a_dm_is_not_an_import(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    ts = "1763630000.000400"
    slack.driver.event(
        {
            "type": "message",
            "subtype": "file_share",
            "channel": "D0IMPORT",
            "channel_type": "im",
            "user": ALEX,
            "files": [{"id": "F0PNG", "name": "whiteboard.png", "filetype": "png"}],
            "ts": ts,
        }
    )
    slack.wait_idle()
    [reply] = [
        c.params
        for c in slack.api.calls_to("chat.postMessage")
        if c.params["channel"] == "D0IMPORT"
    ]
    assert "Only managers" not in text_of(reply) and "/kpi help" in text_of(reply)
    assert slack.api.calls_to("files.info") == []


# -- a new owner who is no colleague --------------------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "who",
    [
        {"is_bot": True},
        {"deleted": True},
        {"is_workflow_bot": True},
        {"team_id": "T0OTHER"},  # a customer's person in a shared channel
        {"is_restricted": True},  # guest accounts (session 16)
        {"is_ultra_restricted": True},
    ],
    ids=["bot", "deactivated", "workflow", "other-organisation", "guest", "single-channel-guest"],
)
def test_a_lead_is_never_handed_to_someone_who_does_not_sell_here(slack, who: dict) -> None:  # type: ignore[no-untyped-def]
    """Slack's people picker and an @mention offer bots, deactivated accounts and a shared
    channel's guests. Was: the deal handed to them (nobody works it, its nudges go to an
    account nobody reads). Refused with how to do it, by command and in the App Home's form."""
    from bot.offline.slack_api import FakeUser

    _english(slack)
    slack.api.add_user(FakeUser("U0NOBODY", "No Body", locale="en-GB", **who))
    command_reply(slack, ALEX, "/logoffer", "Equinor 500k")
    text = command_reply(slack, ALEX, "/kpi", "customer Equinor owner <@U0NOBODY|nobody>")
    assert "Choose a colleague who sells" in text and "`/kpi customer Equinor owner @ola`" in text
    view = _home(slack, ALEX)
    [button] = [
        b["accessory"]
        for b in view["blocks"]
        if b.get("accessory", {}).get("action_id") == "lead_hand_over"
    ]
    slack.api.reset()
    slack.driver.click(
        ALEX,
        {"action_id": button["action_id"], "value": button["value"]},
        view={"id": "VHOME", "type": "home"},
    )
    modal = slack.api.wait_for(lambda c: c.method == "views.update")[0].params["view"]
    picked = {
        "new_owner": {"new_owner_select": {"type": "users_select", "selected_user": "U0NOBODY"}}
    }
    result = slack.driver.submit_view(ALEX, {**modal, "id": "V0HAND"}, picked)
    assert result.response_action is not None
    assert "Choose a colleague who sells" in str(result.response_action["errors"]["new_owner"])
    [lead] = leads(slack)
    assert _user_of(slack, lead.owner_id) == ALEX
    assert _dms_to(slack, "U0NOBODY") == []
