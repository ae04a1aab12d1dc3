"""Session 66: commands read as the sellers of the held-out rounds (Friday 3 January 2031, the
year just turned; Tuesday 13 May 2031, between 17. mai, Ascension Day and Whitsun) wrote them, and
as the session's probes found them.

- An amount put right at once in more ways: "650k.. sorry, 560k", "320k nei sorry, 230k", "1,1
  mio. nej 1,3 mio.", "£9.5k sorry meant £95k", "340 tkr.. sorry 430 tkr menade jag", "1,3 mio.
  kr. – rettelse: 1,03 mio. kr." (the slip with two unit words).
- The customer called: "ringte meg", "rang me", "called me" dropped, no note (was the note).
- The month under way said as a step ("nytt møte i januar" on 3 January, "ring igjen i mai" in
  May): due by its last working day, as any month said as a step is (was asked).
- A step before a holiday by its name ("nyt møde inden Kristi himmelfart", "chase before the
  bank holiday"): due by the last working day before it, as "før jul" is (was asked); "Kr.
  himmelfart" as Danes shorten it.
- A weekday after a holiday ("neste møte fredag etter Kristi himmelfart", "tirsdag etter
  pinse"): that day, this year's Whitsun (was asked, or last year's Whitsun refused as gone)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.commands import parse_log_command
from tests.unit.fresh_phrasings import KINDS, KRONE

JAN_3 = date(2031, 1, 3)  # Friday, ISO week 1 of 2031
MAY_13 = date(2031, 5, 13)  # Tuesday, week 20; Ascension Thu 22 May, Whit Sunday 1 June


def read(kind: str, lang: str, text: str, today: date = MAY_13):  # type: ignore[no-untyped-def]
    return parse_log_command(KINDS[kind], text, today=today, krone=KRONE[lang], language=lang)


@pytest.mark.parametrize(
    ("kind", "lang", "text", "amount", "currency"),
    [
        ("offer", "nb", "Norgesgruppen 650k.. sorry, 560k", 560_000, None),
        ("offer", "nb", "Jernia 320k nei sorry, 230k", 230_000, None),
        ("win", "da", "Coop Danmark 1,1 mio. nej 1,3 mio. 🙈", 1_300_000, None),
        ("offer", "en", "Aldwych Partners £9.5k sorry meant £95k", 95_000, "GBP"),
        ("offer", "sv", "Husqvarna AB 340 tkr.. sorry 430 tkr menade jag", 430_000, "SEK"),
        ("offer", "da", "Danske Spil 1,3 mio. kr. – rettelse: 1,03 mio. kr.", 1_030_000, "DKK"),
        ("offer", "en", "Tesco £45k no, £54k", 54_000, "GBP"),
    ],
)
def test_an_amount_put_right_at_once_is_the_one_stored(kind, lang, text, amount, currency) -> None:  # type: ignore[no-untyped-def]
    cmd = read(kind, lang, text)
    assert (cmd.amount, cmd.currency, cmd.note, cmd.unread) == (
        Decimal(amount),
        currency,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        ("Tesco £45k, no 12-month commitment", "no 12-month commitment"),
        ("Kiwi 2 mill nei 3 leverandører", "nei 3 leverandører"),
    ],
)
def test_a_no_before_a_number_with_no_unit_puts_nothing_right(text: str, unread: str) -> None:
    cmd = read("offer", "en" if "£" in text else "nb", text)
    assert cmd.unread == unread
    assert cmd.amount in (Decimal(45_000), Decimal(2_000_000))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Hurtigruten ringte meg i dag, het 🔥"),
        ("en", "Whitsun Farm Shop Ltd rang me today, hot 🔥"),
        ("en", "Hartwell Plumbing Supplies called me yday, hot 🔥"),
        ("sv", "Coor ringde mig igår, het 🔥"),
    ],
)
def test_the_customers_call_words_are_dropped(lang: str, text: str) -> None:
    cmd = read("call", lang, text)
    assert (cmd.note, cmd.unread, cmd.temperature.value) == (None, None, "hot")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "text", "what", "due", "today"),
    [
        ("nb", "Romjul Catering AS i dag, varm, nytt møte i januar", "møte", date(2031, 1, 31), JAN_3),
        ("en", "Brindley Homes today, warm, catch up in January", "catch up", date(2031, 1, 31), JAN_3),
        ("da", "Tusind Ting A/S idag, positiv, demo i januar", "demo", date(2031, 1, 31), JAN_3),
        ("nb", "Nortura i dag, kald 🥶 ring igjen i mai", "ring igjen", date(2031, 5, 30), MAY_13),
        ("sv", "Tine idag, följer upp i maj", "följer upp", date(2031, 5, 30), MAY_13),
    ],
)  # fmt: skip
def test_the_month_under_way_as_a_step_is_due_by_its_last_working_day(
    lang, text, what, due, today
) -> None:  # type: ignore[no-untyped-def]
    cmd = read("call", lang, text, today)
    assert cmd.next_step is not None and cmd.unread is None
    assert (cmd.next_step.what, cmd.next_step.due) == (what, due)


def test_the_month_under_way_on_its_last_working_day_is_still_asked() -> None:
    cmd = read("meeting", "nb", "Tine i dag, nytt møte i januar", date(2031, 1, 31))
    assert cmd.next_step is None and "nytt møte i januar" in (cmd.unread or "")


@pytest.mark.parametrize(
    ("lang", "text", "what", "due"),
    [
        ("nb", "Tine i dag, nytt møte før Kristi himmelfart", "møte", date(2031, 5, 21)),
        ("da", "Arla i dag, nyt møde inden Kristi himmelfart", "møde", date(2031, 5, 21)),
        ("da", "Arla i dag, nyt møde inden Kr. himmelfart", "møde", date(2031, 5, 21)),
        ("sv", "Arla idag, följer upp före Kristi himmelsfärd", "följer upp", date(2031, 5, 21)),
        ("en", "Boots today, chase before the bank holiday", "chase", date(2031, 5, 23)),
        ("nb", "Tine i dag, neste møte fredag etter Kristi himmelfart", "møte", date(2031, 5, 23)),
        ("nb", "Tine i dag, nytt møte tirsdag etter pinse", "møte", date(2031, 6, 3)),
        ("nb", "Gjensidige 13.5., positiv, oppfølging tirsdag etter pinse", "oppfølging", date(2031, 6, 3)),
    ],
)  # fmt: skip
def test_a_step_told_from_a_holiday_by_its_name_has_its_day(lang, text, what, due) -> None:  # type: ignore[no-untyped-def]
    cmd = read("meeting", lang, text)
    assert cmd.next_step is not None and cmd.unread is None
    assert (cmd.next_step.what, cmd.next_step.due) == (what, due)


def test_a_step_before_a_holiday_is_never_due_on_it_without_a_language() -> None:
    cmd = parse_log_command(
        ActivityKind.CALL,
        "Novo i dag, varm, ringer igen før Kristi himmelfart",
        today=MAY_13,
        krone="DKK",
    )
    assert cmd.next_step is not None and cmd.next_step.due == date(2031, 5, 21)


def test_a_step_after_a_span_stays_asked() -> None:
    cmd = read("meeting", "nb", "Tine i dag, følger opp etter 17. mai")
    assert cmd.next_step is None and cmd.unread == "følger opp etter 17. mai"


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        ("da", "Lolland Frugt i dag, ingen svar, lukket til helligtrekonger", "ingen svar, lukket til helligtrekonger"),
        ("sv", "Systembolaget idag, inget svar, stängt till trettondagen", "inget svar, stängt till trettondagen"),
        ("nb", "Tine i dag, ingen svar, stengt til påske", "ingen svar, stengt til påske"),
    ],
)  # fmt: skip
def test_the_customer_shut_till_a_holiday_is_the_note(lang: str, text: str, note: str) -> None:
    cmd = read("call", lang, text, JAN_3)
    assert (cmd.note, cmd.next_step, cmd.unread, cmd.when) == (note, None, None, JAN_3)


@pytest.mark.parametrize(
    ("kind", "lang", "text", "note", "today"),
    [
        ("call", "nb", "Kiwi ringte igår, het 🔥 vil ha tilbud før 17. mai", "vil ha tilbud før 17. mai", MAY_13),
        ("call", "da", "Lego ringede i formiddags, hed 🔥 vil have et møde inden Kr. himmelfart", "vil have et møde inden Kr. himmelfart", MAY_13),
        ("meeting", "en", "met Anglian Water Services Weds, warm, they want a workshop before the bank holiday", "they want a workshop before the bank holiday", MAY_13),
        ("call", "sv", "Kustgården Hotell AB idag, varm, de vill ha offert innan pingst", "de vill ha offert innan pingst", MAY_13),
        ("call", "sv", "Coor ringde mig igår, vill ha offert innan trettondagen", "vill ha offert innan trettondagen", JAN_3),
        ("call", "nb", "Norsk Gjenvinning ringte 2. juledag, het 🔥 vil ha møte i januar", "vil ha møte i januar", JAN_3),
        ("call", "en", "New Year Print Ltd yesterday, warm, they want pricing before the 15th", "they want pricing before the 15th", JAN_3),
    ],
)  # fmt: skip
def test_what_the_customer_wants_by_a_time_is_the_note(kind, lang, text, note, today) -> None:  # type: ignore[no-untyped-def]
    cmd = read(kind, lang, text, today)
    assert (cmd.note, cmd.next_step, cmd.unread) == (note, None, None)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Kiwi i dag, varm, sender tilbud før 17. mai", "sender tilbud"),  # the seller's own
        ("Sydbank i dag, hed, vil se demo mandag kl 9", "demo kl 9"),  # booked at its time
    ],
)
def test_the_sellers_step_or_a_talk_at_its_time_stays_the_step(text: str, what: str) -> None:
    cmd = read("call", "da" if "hed" in text else "nb", text)
    assert cmd.next_step is not None and cmd.next_step.what == what


def test_a_wish_with_no_time_stays_asked() -> None:
    cmd = read("call", "nb", "Tine i dag, varm, vil ha møte med sjefen deres")
    assert (cmd.next_step, cmd.note, cmd.unread) == (None, None, "vil ha møte med sjefen deres")


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        ("sv", "E.ON förnyade avtalet för 2031–2032, 2,2 MSEK", "förnyade avtalet för 2031–2032"),
        ("da", "Sweco 740 t.kr. 🎉 forlænget et år mere", "forlænget et år mere"),
        ("da", "Falck forlængede aftalen 2 år, 1,9 mio.", "forlængede aftalen 2 år"),
        ("en", "Fortnight Digital Ltd renewed for another 2 yrs, £38,000", "renewed for another 2 yrs"),
    ],
)  # fmt: skip
def test_a_renewal_for_a_term_is_the_wins_note(lang: str, text: str, note: str) -> None:
    cmd = read("win", lang, text, JAN_3)
    assert (cmd.note, cmd.unread) == (note, None) and cmd.amount is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "pipped by Mitie on price 😩"),
        ("sv", "Tietoevry snodde affären 😡"),
        ("en", "Accenture beat us to it 🙄"),
    ],
)
def test_a_rival_that_took_the_deal_alone_is_no_customer(lang: str, text: str) -> None:
    from bot.errors import UserError

    with pytest.raises(UserError) as refused:
        read("lost", lang, text)
    assert refused.value.code == "not_a_customer"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Tine, Visma snuppet den", "Visma snuppet den"),
        ("Tine snuppet av Visma", "snuppet av Visma"),
    ],
)
def test_the_customer_before_the_rival_is_the_loss(text: str, note: str) -> None:
    cmd = read("lost", "nb", text)
    assert (cmd.customer, cmd.note) == ("Tine", note)


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        ("nb", "Block Watne 2 mill 30.12, desembermålet i boks 🎉", "desembermålet i boks"),
        ("sv", "Skanska 1.450.000 kr i fredags, majmålet i hamn", "majmålet i hamn"),
    ],
)
def test_a_month_target_reached_is_the_wins_note(lang: str, text: str, note: str) -> None:
    cmd = read("win", lang, text, JAN_3)
    assert (cmd.note, cmd.unread) == (note, None)


@pytest.mark.parametrize(
    ("lang", "text", "due"),
    [
        ("nb", "Statkraft i dag, neste møte fredag før jul", date(2026, 12, 18)),
        ("sv", "Volvo idag, nästa möte fredagen före jul", date(2026, 12, 18)),
        ("en", "Boots today, next meeting the Friday before Christmas", date(2026, 12, 18)),
        ("nb", "Statkraft i dag, nytt møte før jul", date(2026, 12, 23)),
    ],
)
def test_a_weekday_before_christmas_is_that_day(lang: str, text: str, due: date) -> None:
    cmd = read("meeting", lang, text, date(2026, 12, 7))
    assert cmd.next_step is not None and cmd.unread is None
    assert cmd.next_step.due == due
