"""heldmsg30: the rules held-out round 32 (messages_holdout32.yaml, read on the first Wednesday
of 2029) led to, each in the languages where it applies, on other days than the file's: a week
gone said alone for done work is its first working day (the Tuesday after Easter Monday, the
Wednesday after Christmas), its Monday when that is one; "Årets siste uke:" said in the new
year's first days is last year's last week; "e-signerede" / "e-signert" is a win; "last year's
numbers" as a possessive says what a deal counted for, not when; "Årets siste ordre" is no prize
of the year; "sorry, mente 250k, ikke 25k …" is a correction, asked; "1,1 mio. kr ✅" in a day
list ends no sentence."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

S, L = Outcome.SURE, Outcome.LIKELY
KNOWN = ["Tine", "Kiwi", "Orkla", "Volvo", "ICA", "Scania", "Vestas", "Jysk", "Arla", "Lego",
 "Falck", "Matas", "Tivoli", "Tesco", "Boots", "Greggs", "Felleskjøpet", "Europris", "Posten",
 "Novo Nordisk", "Carlsberg"]  # fmt: skip


def _read(text: str, today: date, krone: str = "NOK"):
    return recognise(text, today=today, krone=krone, known_customers=KNOWN)


@pytest.mark.parametrize(
    ("today", "text", "krone", "when"),
    [
        # Easter 2027: Easter Monday 29 Mar a holiday everywhere; read on Wed 7 Apr
        (date(2027, 4, 7), "Møte med Tine forrige uke", "NOK", date(2027, 3, 30)),
        (date(2027, 4, 7), "Möte med Volvo förra veckan, bra stämning", "SEK", date(2027, 3, 30)),
        (date(2027, 4, 7), "Met Tesco last week, warm", "GBP", date(2027, 3, 30)),
        (
            date(2027, 4, 7),
            "Sidste uge: 2 møder (Jysk, Arla)",
            "DKK",
            date(2027, 3, 30),
        ),
        # Christmas 2027: Sat 25 / Sun 26 Dec, Mon 27 Dec an ordinary day in Norway: its Monday
        (date(2028, 1, 5), "Møte med Kiwi forrige uke", "NOK", date(2027, 12, 27)),
        # an ordinary week: its Monday, as before
        (date(2027, 9, 15), "Forrige uke: 2 møter (Tine, Kiwi)", "NOK", date(2027, 9, 6)),
    ],
)
def test_a_week_gone_alone_is_its_first_working_day(
    today: date, text: str, krone: str, when: date
) -> None:
    found = _read(text, today, krone)
    assert found.outcome is not Outcome.NOTHING, found.reasons
    assert found.when == when, found.reasons
    if found.also is not None:
        assert found.also.when == when


@pytest.mark.parametrize(
    ("text", "krone", "days"),
    [
        (
            "Årets siste uke:\n• Tine bestilte 30/12, 420 000 kr\n• tilbud til Kiwi (ons) 640k",
            "NOK",
            [date(2027, 12, 30), date(2027, 12, 29)],
        ),
        (
            "Årets sista vecka:\n- möte Volvo (tis) 🔥\n- ICA tackade ja (fre) 🎉 1,1 mkr",
            "SEK",
            [date(2027, 12, 28), date(2027, 12, 31)],
        ),
        (
            "Årets sidste uge:\n• tilbud til Vestas 1,3 mio. kr (man)\n• møde med Jysk (ons)",
            "DKK",
            [date(2027, 12, 27), date(2027, 12, 29)],
        ),
    ],
)
def test_the_years_last_week_said_in_january_is_last_years(
    text: str, krone: str, days: list[date]
) -> None:
    found = _read(text, date(2028, 1, 5), krone)  # Wed 5 Jan 2028
    got = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        got.append(found.when)
        found = found.also
    assert got == days
    assert _read(text, date(2028, 1, 5), krone).outcome is L


@pytest.mark.parametrize(
    ("text", "krone", "amount", "when"),
    [
        ("Tivoli e-signerede i går 🎡 480 t.kr.", "DKK", Decimal(480000), date(2027, 9, 14)),
        ("Posten e-signerte i dag, 300k", "NOK", Decimal(300000), date(2027, 9, 15)),
        ("Volvo e-signerade igår 2 mkr", "SEK", Decimal(2000000), date(2027, 9, 14)),
    ],
)
def test_an_e_signature_is_a_win(text: str, krone: str, amount: Decimal, when: date) -> None:
    found = _read(text, date(2027, 9, 15), krone)
    assert (found.outcome, found.kind, found.amount, found.when) == (
        S,
        ActivityKind.WIN,
        amount,
        when,
    ), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Tesco signed today 🙌 £1.2m – just in time for last year's numbers!",
        "Boots signed on Friday, £95k – made last year’s budget",
    ],
)
def test_last_years_as_a_possessive_says_why_not_when(text: str) -> None:
    found = _read(text, date(2028, 1, 3), "GBP")
    assert (found.outcome, found.kind) == (S, ActivityKind.WIN), found.reasons
    # the old deal remembered is still nothing
    assert _read("Last year we signed Tesco, £1.2m", date(2028, 1, 3)).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "krone"),
    [
        ("Årets siste ordre kom i dag: Felleskjøpet, 85 tkr 🎉", "NOK"),
        ("Årets första order: ICA, 300 tkr 🎉 idag", "SEK"),
    ],
)
def test_the_years_first_or_last_deal_is_no_prize(text: str, krone: str) -> None:
    found = _read(text, date(2028, 1, 5), krone)
    assert (found.outcome, found.kind) == (S, ActivityKind.WIN), found.reasons
    # the year's prize still is ("Årets selger")
    assert _read("Årets selger: Kari vant Tine 2 mill", date(2028, 1, 5)).outcome is not S


@pytest.mark.parametrize(
    ("text", "krone"),
    [
        ("sorry, mente 250k, ikke 25k på tilbudet til Europris i går 🙈", "NOK"),
        ("Beklager, mente 400 000 kr og ikke 40 000 på tilbudet til Kiwi", "NOK"),
        ("Undskyld, mente 250.000 ikke 25.000 på tilbuddet til Falck i dag", "DKK"),
    ],
)
def test_sorry_i_meant_is_a_correction(text: str, krone: str) -> None:
    found = _read(text, date(2028, 1, 5), krone)
    assert (found.outcome, found.kind) == (L, ActivityKind.OFFER), found.reasons
    assert "correction" in found.reasons


def test_an_amounts_short_word_ends_no_sentence_in_a_day_list() -> None:
    found = _read(
        "Mellem jul og nytår 📋\nTirs: møde Lego ✅\nOns: tilbud Falck 1,1 mio. kr ✅\n"
        "Tors: Matas bestilte 🎉 420'",
        date(2028, 1, 5),
        "DKK",
    )
    got = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        got.append((found.kind, found.customer, found.when))
        found = found.also
    assert got == [
        (ActivityKind.MEETING, "Lego", date(2027, 12, 28)),
        (ActivityKind.OFFER, "Falck", date(2027, 12, 29)),
        (ActivityKind.WIN, "Matas", date(2027, 12, 30)),
    ]


def _chain(found) -> list[tuple]:
    got = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        got.append((found.kind, found.customer, found.amount, found.when))
        found = found.also
    return got


@pytest.mark.parametrize(
    ("text", "krone", "when"),
    [
        # read on Wed 26 Apr 2028: last week's Monday, 17 Apr, was Easter Monday
        ("Oppsummering forrige uke: møte med Tine, god stemning", "NOK", date(2028, 4, 18)),
        ("Kort om förra veckan: möte med Volvo", "SEK", date(2028, 4, 18)),
        ("Recap of last week: met Boots, warm", "GBP", date(2028, 4, 18)),
    ],
)
def test_a_summary_heading_keeps_its_week(text: str, krone: str, when: date) -> None:
    found = _read(text, date(2028, 4, 26), krone)
    assert found.outcome is not Outcome.NOTHING and found.when == when, found.reasons


@pytest.mark.parametrize(
    ("text", "krone", "amount", "when"),
    [
        ("Tine signerte 30.12. på fjorårets budsjett 🎉 kr 1.450.000,-", "NOK", 1450000, 30),
        ("Volvo skrev på 29/12 på fjolårets budget 🎉 1,9 MSEK", "SEK", 1900000, 29),
        ("Jysk skrev under 28/12 på sidste års budget, kr. 2.100.000,-", "DKK", 2100000, 28),
    ],
)
def test_last_years_budget_is_why_not_what_or_a_total(
    text: str, krone: str, amount: int, when: int
) -> None:
    found = _read(text, date(2028, 1, 10), krone)
    assert (found.outcome, found.kind, found.amount, found.when) == (
        S,
        ActivityKind.WIN,
        Decimal(amount),
        date(2027, 12, when),
    ), found.reasons


def test_a_deal_word_on_a_condition_is_no_news_of_a_deal() -> None:
    found = _read(
        "Kiwi ringte i går, de vil ha nytt tilbud når budsjettet er klart", date(2027, 9, 15)
    )
    assert (found.outcome, found.kind, found.when) == (
        S,
        ActivityKind.CALL,
        date(2027, 9, 14),
    ), found.reasons


@pytest.mark.parametrize(
    ("text", "krone", "want"),
    [
        (
            "Romjula kort:\n• møte med Tine (tirs)\n• tilbud til Kiwi 300k (tors)",
            "NOK",
            [
                (ActivityKind.MEETING, "Tine", None, date(2027, 12, 28)),
                (ActivityKind.OFFER, "Kiwi", Decimal(300000), date(2027, 12, 30)),
            ],
        ),
        (
            "Xmas week recap:\n- call with Boots (Wed)\n- met Greggs (Fri)",
            "GBP",
            [
                (ActivityKind.CALL, "Boots", None, date(2027, 12, 29)),
                (ActivityKind.MEETING, "Greggs", None, date(2027, 12, 31)),
            ],
        ),
    ],
)
def test_a_list_headed_by_the_romjul_is_its_week(text: str, krone: str, want: list) -> None:
    found = _read(text, date(2028, 1, 5), krone)  # Wed 5 Jan 2028
    assert found.outcome is L
    assert _chain(found) == want


def test_an_amount_alone_after_a_comma_is_the_item_before_its() -> None:
    found = _read(
        "Last week: 2 meetings (Boots, Greggs) and a quote to Tesco, £85k", date(2027, 9, 15)
    )
    assert _chain(found) == [
        (ActivityKind.MEETING, "Boots", None, date(2027, 9, 6)),
        (ActivityKind.MEETING, "Greggs", None, date(2027, 9, 6)),
        (ActivityKind.OFFER, "Tesco", Decimal(85000), date(2027, 9, 6)),
    ]


@pytest.mark.parametrize(
    ("text", "krone", "when"),
    [
        ("Årets siste ordre kom fredag: Felleskjøpet, 85 tkr 🎉", "NOK", date(2027, 12, 31)),
        ("Ordern kom i fredags: ICA, 300 tkr", "SEK", date(2027, 12, 31)),
        ("Signed on Friday: Tesco, £1.2m", "GBP", date(2027, 12, 31)),
    ],
)
def test_a_heading_of_what_came_that_day_is_no_agenda(text: str, krone: str, when: date) -> None:
    found = _read(text, date(2028, 1, 5), krone)  # Wed 5 Jan 2028
    assert (found.kind, found.when) == (ActivityKind.WIN, when), found.reasons
    assert found.outcome is not Outcome.NOTHING
    # a heading of a day to come stays an agenda
    assert _read("Signering fredag: Tine", date(2028, 1, 5)).outcome is Outcome.NOTHING
