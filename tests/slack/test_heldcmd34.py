"""heldcmd34 through the app (Wed 2 Dec 2026; Kari nb, Alex en). "/loglost Tapte Timer AS", the
name new: the loss's own verb said again or the name's first word is asked, a button per name,
nothing stored before; the name clicked is the one stored, once. "/logmeeting Lego i går, sendte
tilbud 300k i dag": the offer its words tell of is asked, "Record both" stores the meeting and
the offer each on its own (once however often it is clicked), "Store as read" the meeting alone
with the words as its note."""

from __future__ import annotations

import pytest

from tests.helpers import buttons, click, click_answer, stored, text_of
from tests.slack.test_views32 import KARI
from tests.slack.test_views32 import team as team  # noqa: F401  (the fixture)

ALEX = "U0ALEX"
CHANNEL = "C0SALES"


def _rows(team):  # type: ignore[no-untyped-def]
    return sorted(
        (r["kind"], r["customer"], r["date"], r["amount"] and int(r["amount"]), r["note"])
        for r in stored(team)
    )


def _button(reply: dict, option: str) -> dict:
    return next(b for b in buttons(reply) if b["value"].endswith(f"|{option}"))


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("user", "text", "pick", "customer"),
    [
        (KARI, "Tapte Timer AS", "pick:1", "Timer AS"),
        (ALEX, "Lost Horizon Ltd, price", "pick:0", "Lost Horizon Ltd"),
    ],
)
def test_the_losss_own_verb_before_a_new_name_is_asked_which_name(  # type: ignore[no-untyped-def]
    team, user: str, text: str, pick: str, customer: str
) -> None:
    result = team.driver.command("/loglost", text, user, CHANNEL)
    reply = result.reply()
    team.wait_idle()
    assert stored(team) == [], text_of(reply)  # was: a loss on "Timer AS" asked as no offer
    assert {b["value"].rsplit("|", 1)[1] for b in buttons(reply)} == {"pick:0", "pick:1", "cancel"}
    then = click_answer(team, user, _button(reply, pick), result)
    assert f"*{customer}*" in text_of(then)  # no open offer to it: asked next, as ever
    click_answer(team, user, _button(then, "without_offer"), result)
    assert [(r["kind"], r["customer"]) for r in stored(team)] == [("loss", customer)]


@pytest.mark.backends("sqlite")
def test_record_both_stores_the_meeting_and_the_offer_each_once(team) -> None:  # type: ignore[no-untyped-def]
    result = team.driver.command(
        "/logmeeting", "Lego i går, sendte tilbud 300k i dag", KARI, CHANNEL
    )
    reply = result.reply()
    team.wait_idle()
    assert stored(team) == [] and "sendte tilbud 300k i dag" in text_of(reply)
    both = _button(reply, "both")
    click_answer(team, KARI, both, result)
    click(team, KARI, both, result, idle=True)  # a double click stores them once
    assert _rows(team) == [
        ("meeting", "Lego", "2026-12-01", None, None),
        ("offer", "Lego", "2026-12-02", 300000, None),
    ]  # was: the meeting alone, the offer a note of it at most


@pytest.mark.backends("sqlite")
def test_store_as_read_keeps_the_meeting_alone_with_the_words_as_its_note(team) -> None:  # type: ignore[no-untyped-def]
    result = team.driver.command("/logmeeting", "Tesco yesterday, sent a quote £40k today", ALEX, CHANNEL)  # fmt: skip
    reply = result.reply()
    team.wait_idle()
    assert "an offer" in text_of(reply) and "GBP 40,000" in text_of(reply), text_of(reply)
    click_answer(team, ALEX, _button(reply, "as_read"), result)
    assert _rows(team) == [("meeting", "Tesco", "2026-12-01", None, "sent a quote £40k today")]
