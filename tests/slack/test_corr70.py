"""Session 70, through the app: a log command that says it puts right a record logged before
("/logwin Stena 2,4 mkr – rättelse, inte 2,1 som jag loggade i går") was asked with "Store as
read / Edit", and "Store as read" stored a second win beside the first (4,5 mkr won where 2,4
was). It now offers to mend the seller's own record (activities.ask_correction): "Change it to
…" leaves one deal at the amount meant, "Log another" a second, "Cancel" nothing. Without such a
record of theirs it is asked as before; a colleague's record is never offered."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from tests.helpers import SELLER, buttons, click, set_up_team, stored, text_of

pytestmark = pytest.mark.backends("sqlite")  # PostgreSQL: the storage tests cover the writes

TUESDAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
COLLEAGUE = "U0METTE"


def _deals(slack, kind: str = "win") -> list[tuple[str, Decimal]]:  # type: ignore[no-untyped-def]
    return sorted((r["seller"], r["amount"]) for r in stored(slack) if r["kind"] == kind)


def _by_option(message: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {b["value"].split("|", 1)[1]: b for b in buttons(message)}


def _logged_then_put_right(slack, clock, first: str, again: str, kind: str = "/logwin"):  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="nb-NO", clock=clock, at=TUESDAY, idle=True)
    slack.driver.command(kind, first, SELLER, "C0SALES").reply()
    slack.wait_idle()
    return slack.driver.command(kind, again, SELLER, "C0SALES").reply()


@pytest.mark.parametrize(
    ("first", "again", "was", "now"),
    [
        # the amount it was said in the correction's own scale ("inte 2,1" beside "2,4 mkr")
        (
            "Stena 2,1 mkr i går",
            "Stena 2,4 mkr – rättelse, inte 2,1 som jag loggade i går",
            "kr 2 100 000",
            "kr 2 400 000",
        ),
        # the amount it was typed whole
        ("Orkla 250k", "Orkla 275k -- rettelse, ikke 250k", "kr 250 000", "kr 275 000"),
        # what the entry had, in English
        (
            "Fuller's 85k i går",
            "Fuller's 58k – fixing yesterday's entry, I put 85k by mistake",
            "kr 85 000",
            "kr 58 000",
        ),
        # no amount said it was: the seller's newest win with them at another amount
        ("Kiwi 300k", "Kiwi 350k -- rettelse av forrige post, feil beløp", "kr 300 000", None),
    ],
)
def test_a_command_putting_an_earlier_win_right_offers_to_mend_it(  # type: ignore[no-untyped-def]
    slack, clock, first, again, was, now
) -> None:
    asked = _logged_then_put_right(slack, clock, first, again)
    said = text_of(asked).replace("\xa0", " ")
    assert was in said, said
    options = _by_option(asked)
    assert list(options) == ["mend", "another", "cancel"], said
    click(slack, SELLER, options["mend"], idle=True)
    click(slack, SELLER, options["mend"], idle=True)  # a double click mends it once
    [(seller, amount)] = _deals(slack)  # one win, never two
    assert seller == SELLER
    expected = now or "kr 350 000"
    assert f"kr {amount:,.0f}".replace(",", " ") == expected


def test_log_another_keeps_both_and_cancel_stores_nothing(slack, clock) -> None:  # type: ignore[no-untyped-def]
    asked = _logged_then_put_right(slack, clock, "Orkla 250k", "Orkla 275k -- rettelse, ikke 250k")
    click(slack, SELLER, _by_option(asked)["another"], idle=True)
    assert _deals(slack) == [(SELLER, Decimal(250000)), (SELLER, Decimal(275000))]
    again = slack.driver.command("/logwin", "Orkla 300k -- rettelse, ikke 275k", SELLER, "C0SALES")
    click(slack, SELLER, _by_option(again.reply())["cancel"], idle=True)
    assert _deals(slack) == [(SELLER, Decimal(250000)), (SELLER, Decimal(275000))]


def test_an_offer_is_mended_as_an_offer(slack, clock) -> None:  # type: ignore[no-untyped-def]
    asked = _logged_then_put_right(
        slack,
        clock,
        "Tine 400k",
        "Tine 450k -- feil i går, skulle vært 450k ikke 400k",
        "/logoffer",
    )
    click(slack, SELLER, _by_option(asked)["mend"], idle=True)
    assert _deals(slack, "offer") == [(SELLER, Decimal(450000))]


def test_without_a_record_of_theirs_it_is_asked_as_unread_words(slack, clock) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="nb-NO", clock=clock, at=TUESDAY, idle=True)
    # a colleague's Rema win at 250k is never offered to be mended by someone else
    slack.driver.command("/logwin", "Rema 250k", COLLEAGUE, "C0SALES").reply()
    slack.wait_idle()
    asked = slack.driver.command("/logwin", "Rema 300k -- rettelse, ikke 250k", SELLER, "C0SALES")
    reply = asked.reply()
    said = text_of(reply)
    assert "rettelse, ikke 250k" in said, said
    assert "mend" not in _by_option(reply), said
    assert _deals(slack) == [(COLLEAGUE, Decimal(250000))]


MONDAY_TS, LATER_TS = "1764579600.000100", "1764579900.000100"


@pytest.mark.parametrize(
    ("first", "again", "now"),
    [
        ("Vant Orkla 2,4 mill", "Orkla-summen i sted var feil, riktig er 2,04 MNOK 🙈", 2040000),
        (
            "Vant Rema 640k",
            "Rema was 460k not 640k, sorry – fat thumbs on the earlier post",
            460000,
        ),
    ],
)
def test_a_customers_amount_said_wrong_in_the_channel_mends_it(
    slack, clock, first, again, now
) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import post

    set_up_team(slack, locale="nb-NO", clock=clock, at=TUESDAY, idle=True)
    post(slack, first, MONDAY_TS)
    [note] = post(slack, again, LATER_TS)
    [mend] = [b for b in buttons(note.params) if b["value"].endswith("|mend")]
    click(slack, SELLER, mend, idle=True)
    assert _deals(slack) == [(SELLER, Decimal(now))]  # one win, at the amount meant
