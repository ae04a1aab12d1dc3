"""mendD34: two amounts said as alternatives ("1,2 eller 1,5 mill", "£1.2m or £1.5m", "800k alt.
1 mill", "1,2/1,5 mill", "NOK 250 000 eller EUR 22 000"): the lead's decision (session 34) is
that they are asked one button each, in its own currency, with no "Middle" (two alternatives
have no middle); a range ("1,2-1,5 mill", "mellom 800k og 1 mill", "800 til 900 tkr") keeps
Low / Middle / High. Every button shows its amount with its currency, the seller's krone when
none is said (was: "1,2 eller 1,5 mill"'s nb buttons without "kr"). Nothing stored before the
click. Before: "NOK 250 000 eller EUR 22 000" refused as no amount (review34), "eller"/"or"
asked Low / Middle / High (heldcmd34), "alt." and "/" not read as two amounts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from bot.domain import ActivityKind, Source
from bot.rendering.replies import question_reply
from bot.services.activities import range_in_message
from bot.services.commands import LogCommand, parse_log_command
from bot.services.commands.ranges import AmountRange
from bot.services.log_questions import AMOUNT_RANGE, amount_range_question
from bot.services.questions import Answers, Pending, Question, apply
from tests.helpers import buttons, click_answer, set_up_team, stored
from tests.unit.steps30_reading import KRONE, who

TODAY = date(2026, 12, 2)
M = Decimal


def _asked(kind: str, lang: str, text: str):  # type: ignore[no-untyped-def]
    with pytest.raises(AmountRange) as ranged:
        parse_log_command(ActivityKind(kind), text, today=TODAY, krone=KRONE[lang], language=lang)
    return amount_range_question(ranged.value, ActivityKind(kind), text, who(lang, TODAY), KRONE[lang], ())  # fmt: skip


def _labels(lang: str, needs) -> list[str]:  # type: ignore[no-untyped-def]
    reply = question_reply(lang, Question("tok", needs.code, needs.params, needs.options))
    return [b["text"]["text"].replace("\xa0", " ") for b in buttons(reply)]


EITHER = [
    # (kind, lang, text, span, (first, its currency), (second, its currency), button labels)
    ("offer", "nb", "Fjordland NOK 250 000 eller EUR 22 000", "NOK 250 000 eller EUR 22 000",
     (250000, "NOK"), (22000, "EUR"), ["kr 250 000", "€ 22 000"]),
    ("offer", "nb", "Hafslund 1,2 eller 1,5 mill", "1,2 eller 1,5 mill",
     (1200000, None), (1500000, None), ["kr 1 200 000", "kr 1 500 000"]),
    ("offer", "nb", "Hafslund 800k eller 1 mill, varm", "800k eller 1 mill",
     (800000, None), (1000000, None), ["kr 800 000", "kr 1 000 000"]),
    ("offer", "en", "Tesco £1.2m or £1.5m", "£1.2m or £1.5m",
     (1200000, "GBP"), (1500000, "GBP"), ["GBP 1,200,000", "GBP 1,500,000"]),
    ("win", "sv", "Ica 1,2 mkr eller 1,5 mkr", "1,2 mkr eller 1,5 mkr",
     (1200000, "SEK"), (1500000, "SEK"), ["1 200 000 kr", "1 500 000 kr"]),
    ("offer", "nb", "Hafslund 800k alt. 1 mill", "800k alt. 1 mill",
     (800000, None), (1000000, None), ["kr 800 000", "kr 1 000 000"]),
    ("offer", "da", "Netto 1,2/1,5 mio", "1,2/1,5 mio",
     (1200000, None), (1500000, None), ["1.200.000 kr.", "1.500.000 kr."]),
    ("offer", "en", "Tesco 1.5m or 1.2m", "1.5m or 1.2m",  # the order typed, not sorted
     (1500000, None), (1200000, None), ["GBP 1,500,000", "GBP 1,200,000"]),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "lang", "text", "span", "first", "second", "labels"), EITHER)
def test_two_amounts_said_as_alternatives_are_asked_one_button_each(  # type: ignore[no-untyped-def]
    kind, lang, text, span, first, second, labels
) -> None:
    needs, cmd = _asked(kind, lang, text)
    assert needs.code == AMOUNT_RANGE
    assert needs.options == ("range:low", "range:high", "cancel")  # no middle
    assert cmd.note is not None and cmd.note.startswith(span) and cmd.unread is None
    pending = Pending(
        cmd, Source.COMMAND, "ref", Answers(), needs.code, needs.params, needs.options
    )
    for option, (amount, currency) in (("range:low", first), ("range:high", second)):
        picked, answers = apply(pending, option)
        assert (picked.amount, picked.currency, answers.confirmed) == (M(amount), currency, True)
    assert _labels(lang, needs)[:2] == labels


def test_a_range_keeps_low_middle_and_high_with_the_sellers_krone_on_each() -> None:
    for text in ("Hafslund 1,2-1,5 mill", "Hafslund mellom 1,2 og 1,5 mill", "Hafslund 1,2 til 1,5 mill"):  # fmt: skip
        needs, _ = _asked("offer", "nb", text)
        assert needs.options == ("range:low", "range:middle", "range:high", "cancel"), text
        labels = _labels("nb", needs)
        assert labels[:3] == ["Lavt: kr 1 200 000", "Midt imellom: kr 1 350 000", "Høyt: kr 1 500 000"], labels  # fmt: skip


def test_the_alternatives_question_says_two_amounts_in_every_language() -> None:
    said = {
        "en": ("Tesco £1.2m or £1.5m", "You wrote two amounts"),
        "nb": ("Hafslund 1,2 eller 1,5 mill", "Du skrev to beløp"),
        "sv": ("Ica 1,2 eller 1,5 mkr", "Du skrev två belopp"),
        "da": ("Netto 1,2 eller 1,5 mio", "Du skrev to beløb"),
    }
    for lang, (text, words) in said.items():
        needs, _ = _asked("offer", lang, text)
        reply = question_reply(lang, Question("tok", needs.code, needs.params, needs.options))
        assert words in reply["text"] or words in str(reply["blocks"]), (lang, reply)


def test_alternatives_in_a_channel_message_are_asked_one_button_each() -> None:
    cmd = LogCommand(ActivityKind.OFFER, "Volvo", TODAY)
    asked = range_in_message(who("sv", TODAY), cmd, "Skickade offert till Volvo 1,2 eller 1,5 mkr")
    assert asked is not None
    needs, cmd = asked
    assert needs.options == ("range:low", "range:high", "not_a_sale")
    assert _labels("sv", needs)[:2] == ["1 200 000 kr", "1 500 000 kr"]


def test_two_amounts_in_one_currency_said_the_same_are_no_alternatives() -> None:
    # "300k eller 300k" is one amount twice: no question of two buttons the same
    with pytest.raises(Exception) as refused:
        parse_log_command(ActivityKind.OFFER, "Tine 300k eller 300k", today=TODAY, krone="NOK", language="nb")  # fmt: skip
    assert not isinstance(refused.value, AmountRange)


@pytest.mark.backends("sqlite")
def test_the_currency_clicked_is_the_one_stored(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    team = set_up_team(slack, locales={"U0KARI": "nb-NO"})
    result = team.driver.command("/logoffer", "Fjordland NOK 250 000 eller EUR 22 000", "U0KARI", "C0SALES")  # fmt: skip
    reply = result.reply()
    team.wait_idle()
    assert stored(team) == []  # nothing stored before the click
    labels = [b["text"]["text"].replace("\xa0", " ") for b in buttons(reply)]
    assert labels == ["kr 250 000", "€ 22 000", "Avbryt"], labels
    [euro] = [b for b in buttons(reply) if b.get("value", "").endswith("|range:high")]
    click_answer(team, "U0KARI", euro, result)
    [row] = stored(team)
    assert (row["customer"], Decimal(str(row["amount"])), row["currency"], row["note"]) == (
        "Fjordland", Decimal(22000), "EUR", "NOK 250 000 eller EUR 22 000",
    )  # fmt: skip


def test_one_and_a_half_written_with_a_slash_is_no_alternatives() -> None:
    # "1 1/2 mill" is one and a half million (the command corpus), never "1 or 2"
    cmd = parse_log_command(ActivityKind.OFFER, "Equinor 1 1/2 mill", today=TODAY, krone="NOK", language="nb")  # fmt: skip
    assert (cmd.customer, cmd.amount) == ("Equinor", M(1500000))


def test_a_slash_between_whole_numbers_is_a_date_not_alternatives() -> None:
    # "28/11", "24/7" are days (or a name's): never two amounts
    cmd = parse_log_command(ActivityKind.OFFER, "BT £95k 28/11 ex VAT", today=TODAY, krone="GBP", language="en")  # fmt: skip
    assert (cmd.customer, cmd.amount, cmd.when) == ("BT", M(95000), date(2026, 11, 28))


@pytest.mark.parametrize(
    "text", ["Aker BP 18/11 400 000 kr eks. mva", "Aker BP 400 000 kr 18/11", "Tine 2/11 1 250 000"]
)
def test_a_day_with_a_slash_before_a_grouped_amount_is_the_day(text: str) -> None:
    """Lead (session 34, hypothesis found it on the merge): "18/11 400 000 kr" is the 18th of
    November and NOK 400,000, not alternatives "18" or "11 400 000" (mendD34's slash)."""
    cmd = parse_log_command(ActivityKind.OFFER, text, today=date(2026, 12, 2))
    assert cmd.amount is not None and cmd.amount >= 400_000 and cmd.when.month == 11, text


def test_a_remark_in_small_words_after_a_range_is_kept_with_it_as_the_note() -> None:
    """Session 42. "/logoffer Aker Solutions 2,5-3 mill avhengig av omfang" was refused as no
    amount (the remark unread); asked as any range, the remark kept in the note."""
    text = "Aker Solutions 2,5-3 mill avhengig av omfang"
    with pytest.raises(AmountRange) as ranged:
        parse_log_command(ActivityKind.OFFER, text, today=TODAY, krone="NOK")
    needs, cmd = amount_range_question(
        ranged.value, ActivityKind.OFFER, text, who("nb", TODAY), "NOK", ()
    )
    assert needs.code == AMOUNT_RANGE
    assert (needs.params["low"], needs.params["high"]) == (Decimal("2500000"), Decimal("3000000"))
    assert cmd.note == "2,5-3 mill; avhengig av omfang" and cmd.unread is None
