"""readers26, through the app: "/logwin Kiwi 80k", then "Kiwi 95k" answered "Won", asked "You
logged a win with Kiwi a minute ago. Log it again?" as if the same deal twice, though the amount
differs. A different amount is another deal or a correction: asked which, with the correction's
buttons (activities.ask_correction): "Change it to kr 95 000" mends the first win (one deal),
"Log another" logs a second; the same amount again is still "Log it again?"."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from tests.helpers import (
    MANAGER,
    SELLER,
    buttons,
    click,
    command_replies,
    post,
    set_up_team,
    stored,
    text_of,
)

pytestmark = pytest.mark.backends("sqlite")  # PostgreSQL: the storage tests cover the writes

TUESDAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
TS = f"{int(TUESDAY.timestamp())}.000100"


def _wins(slack) -> list[Decimal]:  # type: ignore[no-untyped-def]
    return sorted(r["amount"] for r in stored(slack) if r["kind"] == "win")


def _by_option(message: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {b["value"].split("|", 1)[1]: b for b in buttons(message)}


def _asked_after_a_win(slack, clock):  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="nb-NO", clock=clock, at=TUESDAY, idle=True)
    slack.driver.command("/logwin", "Kiwi 80k", SELLER, "C0SALES").reply()
    slack.wait_idle()
    [asked] = post(slack, "Kiwi 95k", TS)
    reply = click(slack, SELLER, _by_option(asked.params)["kind:win"], idle=True)
    return reply.reply()


def test_a_win_at_another_amount_the_same_day_is_asked_mend_or_another(slack, clock) -> None:  # type: ignore[no-untyped-def]
    question = _asked_after_a_win(slack, clock)
    said = text_of(question).replace("\xa0", " ")
    assert "kr 80 000" in said and "kr 95 000" in said, said
    options = _by_option(question)
    assert list(options) == ["mend", "another", "not_a_sale"], said
    click(slack, SELLER, options["mend"], idle=True)
    click(slack, SELLER, options["mend"], idle=True)  # a double click mends it once
    assert _wins(slack) == [Decimal(95000)]


def test_another_deal_is_logged_beside_the_first(slack, clock) -> None:  # type: ignore[no-untyped-def]
    options = _by_option(_asked_after_a_win(slack, clock))
    click(slack, SELLER, options["another"], idle=True)
    assert _wins(slack) == [Decimal(80000), Decimal(95000)]


def test_by_command_the_same_question_is_cancelled_not_a_sale(slack, clock) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="nb-NO", clock=clock, at=TUESDAY, idle=True)
    slack.driver.command("/logwin", "Tine 100k", SELLER, "C0SALES").reply()
    asked = slack.driver.command("/logwin", "Tine 120k", SELLER, "C0SALES").reply()
    assert list(_by_option(asked)) == ["mend", "another", "cancel"], text_of(asked)
    again = slack.driver.command("/logwin", "Tine 100k", SELLER, "C0SALES").reply()
    assert list(_by_option(again)) == ["again", "cancel"], text_of(again)  # the same: as before
    assert _wins(slack) == [Decimal(100000)]


@pytest.mark.parametrize(
    ("locale", "text", "note"),
    [
        (
            "nb-NO",
            "Tabte Netto, de valgte en anden leverandør",
            "• Notat: de valgte en anden leverandør",
        ),
        ("nb-NO", "Vi tapte Posten i dag :( ca 400k", "• Notat: ca 400k"),
        ("en-GB", "Lost Boots, they went with a competitor", "• Note: they went with a competitor"),
    ],
)
def test_a_loss_asked_shows_the_reason_it_will_record(slack, clock, locale, text, note) -> None:  # type: ignore[no-untyped-def]
    # was: "Record this as a lost deal with Netto?", the reason (and "ca 400k") unseen until
    # stored; losses are always asked (README), so the question says what Record keeps
    set_up_team(slack, locale=locale, clock=clock, at=TUESDAY, idle=True)
    customer = text.split()[2] if text.startswith("Vi") else text.split()[1].rstrip(",")
    slack.driver.command("/logoffer", f"{customer} 400k", SELLER, "C0SALES").reply()
    [asked] = post(slack, text, TS)
    said = text_of(asked.params)
    assert note in said, said
    click(slack, SELLER, _by_option(asked.params)["record"], idle=True)
    notes = [r["note"] for r in stored(slack) if r["kind"] == "loss"]
    assert notes and note.endswith(notes[0]), notes


def test_a_swedish_manager_s_tkr_goal_in_a_nok_team_is_the_team_s_kroner(slack, clock) -> None:  # type: ignore[no-untyped-def]
    # The goals reader read the manager's amounts with their own krone (SEK), not the readers'
    # ("tkr" names no country): "850 tkr" was refused as SEK in a NOK team
    set_up_team(
        slack, locale="nb-NO", locales={MANAGER: "sv-SE"}, clock=clock, at=TUESDAY, idle=True
    )
    said = command_replies(slack, MANAGER, "/kpi", "goal omsättning 850 tkr per kvartal")
    assert "850" in said and "SEK" not in said, said
    assert "850 000" in command_replies(slack, MANAGER, "/kpi", "goals").replace("\xa0", " ")
    refused = command_replies(slack, MANAGER, "/kpi", "goal omsättning 2 MSEK per kvartal")
    assert "SEK" in refused and "NOK" in refused, refused  # a currency named: refused as before
