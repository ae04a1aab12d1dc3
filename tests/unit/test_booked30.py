"""booked30: the channel reader's left items (review29's, heldmsg29's HOLDOUT_31_LEFT,
amounts29's), read on Wednesday 2 December 2026 unless said."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, recognise
from tests.unit.fresh_phrasings import records_and_steps

WEDNESDAY = date(2026, 12, 2)
TUESDAY, THURSDAY, FRIDAY = date(2026, 12, 1), date(2026, 12, 3), date(2026, 12, 4)
MEETING, CALL = ActivityKind.MEETING, ActivityKind.CALL


# -- 3. two customers after one meeting or call word: one question for both -----------------


@pytest.mark.parametrize(
    ("text", "known", "kind", "customers"),
    [
        (
            "Möte med Max Burgers och Apotek Hjärtat idag, båda varma",
            {"Max Burgers", "Apotek Hjärtat"},
            MEETING,
            ["Max Burgers", "Apotek Hjärtat"],
        ),
        ("møtte tine og orkla i dag", {"Tine", "Orkla"}, MEETING, ["Tine", "Orkla"]),
        ("Var hos Netto og Salling i dag", {"Netto", "Salling"}, MEETING, ["Netto", "Salling"]),
        ("Met Greggs and Pret today, both warm", {"Greggs", "Pret"}, MEETING, ["Greggs", "Pret"]),
        ("Ringte Tine og Kiwi i dag", {"Tine", "Kiwi"}, CALL, ["Tine", "Kiwi"]),
        ("Møde med Jysk & Matas i dag", {"Jysk", "Matas"}, MEETING, ["Jysk", "Matas"]),
        ("Ringde ICA + Coop idag", {"ICA", "Coop"}, CALL, ["ICA", "Coop"]),
        # the first known, the second new to the team
        ("Møte med Tine og Bama i dag", {"Tine"}, MEETING, ["Tine", "Bama"]),
    ],
)
def test_two_customers_after_one_word_are_both_asked(
    text: str, known: set[str], kind: ActivityKind, customers: list[str]
) -> None:
    """The lead's decision (session 30, three held-out writers in a row): nothing stored before
    the click, one question naming both, "Record all" records both (was: the first stored
    sure, the second asked on its own)."""
    found = recognise(text, today=WEDNESDAY, known_customers=known)
    assert records_and_steps(found) == [
        (Outcome.LIKELY, kind, c, WEDNESDAY, None) for c in customers
    ], found


# -- 1. meetings booked in a quick update: each a plan on its own coming day -----------------


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("Quick update: 5 calls done, 2 mtgs booked (Aldi Thu, Lidl Fri)", {"Aldi", "Lidl"}),
        ("Booket 2 møter (Aldi tors, Lidl fre)", {"Aldi", "Lidl"}),
        ("2 mtgs booked (Aldi Thu, Lidl Fri)", {"Aldi", "Lidl"}),
        ("2 meetings booked: Aldi Thu, Lidl Fri", {"Aldi", "Lidl"}),
        ("2 meetings booked: Aldi Thu, Lidl Fri", set()),
        ("Booked meetings with Aldi Thu and Lidl Fri", {"Aldi"}),
        ("Ringte 5 i dag, booket møter med Aldi tors og Lidl fre", {"Aldi", "Lidl"}),
    ],
)
def test_each_meeting_booked_is_a_plan_on_its_own_day(text: str, known: set[str]) -> None:
    """Item 1: was a call to Aldi last Thursday (a call that never happened), or Aldi's plan
    alone, Lidl's dropped unsaid. Each booked meeting a plan on its coming day, asked."""
    found = recognise(text, today=WEDNESDAY, known_customers=known)
    assert records_and_steps(found) == [
        (Outcome.LIKELY, MEETING, "Aldi", WEDNESDAY, THURSDAY),
        (Outcome.LIKELY, MEETING, "Lidl", WEDNESDAY, FRIDAY),
    ], found


def test_a_count_said_done_is_told_not_counted() -> None:
    """Item 1: "5 calls done" beside the bookings is a count with no customer: told as not
    counted (was no count: nothing said of the calls)."""
    from bot.services.talk_counts import TalkCount, talk_count

    said = talk_count("Quick update: 5 calls done, 2 mtgs booked (Aldi Thu, Lidl Fri)")
    assert said == TalkCount(5, "call")


# -- 5. the krone's ",-" on a short number ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "customer", "amount"),
    [
        ("Vant Kiwi 120,-", ActivityKind.WIN, "Kiwi", 120),
        ("Vant Kiwi 120,- i dag", ActivityKind.WIN, "Kiwi", 120),
        ("Sendte tilbud til Bama på 950,-", ActivityKind.OFFER, "Bama", 950),
    ],
)
def test_the_krones_comma_dash_on_a_short_number_is_its_amount(
    text: str, kind: ActivityKind, customer: str, amount: int
) -> None:
    """Item 5 (amounts29's left): "Vant Kiwi 120,-" was asked with no amount (a bare 120 is
    too small to be money; the ",-" that says it is was dropped by the tokens)."""
    found = recognise(text, today=WEDNESDAY, known_customers=set())
    got = (found.outcome, found.kind, found.customer, found.amount, found.currency)
    assert got == (Outcome.SURE, kind, customer, amount, None), found


@pytest.mark.parametrize(
    ("text", "kind", "customer"),
    [
        ("Vant Q1 Partners 200k", ActivityKind.WIN, "Q1 Partners"),
        ("Vant Q2 Bygg 200k", ActivityKind.WIN, "Q2 Bygg"),
        ("Won Q4 Consulting today £20k", ActivityKind.WIN, "Q4 Consulting"),
        ("Möte med Q3 Partners idag", ActivityKind.MEETING, "Q3 Partners"),
    ],
)
def test_a_quarters_short_form_opening_a_name_is_the_names(
    text: str, kind: ActivityKind, customer: str
) -> None:
    """Item 5 (amounts29's left): "Vant Q1 Partners 200k" with the customer new to the team
    was nothing (the quarter read as what was won)."""
    found = recognise(text, today=WEDNESDAY, known_customers=set())
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, kind, customer), found


@pytest.mark.parametrize("text", ["Vant Q1 200k", "Q1 var bra, 2 mill totalt"])
def test_a_quarter_alone_stays_no_name(text: str) -> None:
    found = recognise(text, today=WEDNESDAY, known_customers=set())
    assert found.outcome is Outcome.NOTHING, found


# -- 4. a weekday with its day of the month: the date when they agree, asked when not --------

MIDSUMMER_MONDAY = date(2028, 6, 19)  # messages_holdout31.yaml's day


@pytest.mark.parametrize(
    ("text", "outcome", "step", "when"),
    [
        (
            "Tomra: tilbud sendt i dag, 680k. Følger opp tirsdag 27.",
            Outcome.SURE,
            date(2028, 6, 27),
            MIDSUMMER_MONDAY,
        ),
        ("Booket møte med Tomra fredag 30", Outcome.SURE, date(2028, 6, 30), MIDSUMMER_MONDAY),
        ("Bokade möte med Tomra torsdag 29.", Outcome.SURE, date(2028, 6, 29), MIDSUMMER_MONDAY),
        ("Møde med Tomra fredag 16, god stemning", Outcome.SURE, None, date(2028, 6, 16)),
        # the 28th is a Wednesday, the 15th a Thursday: which day is asked
        (
            "Tomra: tilbud sendt i dag, 680k. Følger opp tirsdag 28.",
            Outcome.LIKELY,
            date(2028, 6, 20),
            MIDSUMMER_MONDAY,
        ),
        ("Møte med Tomra fredag 15, bra", Outcome.LIKELY, None, date(2028, 6, 16)),
    ],
)
def test_a_weekday_with_its_day_of_the_month(
    text: str, outcome: Outcome, step: date | None, when: date
) -> None:
    """Item 4 (HOLDOUT_31_LEFT): "Følger opp tirsdag 27." was the coming Tuesday, Tue 20 Jun,
    the 27th dropped; a weekday that is not the date's was read silently."""
    found = recognise(text, today=MIDSUMMER_MONDAY, known_customers={"Tomra"})
    planned = found.next_step or found.follow_up
    got = (found.outcome, planned.due if planned is not None else None, found.when)
    assert got == (outcome, step, when), found


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Cotswold Outdoor Ltd – first meting today, hot", "Cotswold Outdoor Ltd"),
        ("First meetng with Boots today", "Boots"),
        ("Aldi Stores – first meetnig today", "Aldi Stores"),
    ],
)
def test_a_typo_in_the_second_word_of_a_two_word_phrase(text: str, customer: str) -> None:
    """Item 4 (HOLDOUT_31_LEFT): "first meting today" read "meeting" alone, a weak noun, and
    the message as nothing; the word before the typo makes the phrase "first meeting"."""
    found = recognise(text, today=WEDNESDAY, known_customers=set())
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, MEETING, customer), found


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Förra veckan: 2 offerter (Essity 1,1 mkr, Scania 650 tkr)",
            [("Essity", 1_100_000), ("Scania", 650_000)],
        ),
        (
            "Forrige uke: 2 tilbud (Tine 1,5 mill, Orkla 300k)",
            [("Tine", 1_500_000), ("Orkla", 300_000)],
        ),
        (
            "Sidste uge: 2 tilbud (Arla 2,5 mio. kr, Lego 400.000 kr)",
            [("Arla", 2_500_000), ("Lego", 400_000)],
        ),
    ],
)
def test_counted_names_in_brackets_keep_their_amounts_in_order(
    text: str, rows: list[tuple[str, int]]
) -> None:
    """Item 4 (HOLDOUT_31_LEFT): "2 offerter (Essity 1,1 mkr, Scania 650 tkr)" under a week's
    heading was read as Essity at 650 000 (Scania's amount), Scania dropped: the decimals
    ",1 mkr" were cut as a bare count ("1 mkr") before reading."""
    found = recognise(
        text,
        today=MIDSUMMER_MONDAY,
        known_customers={"Essity", "Scania", "Tine", "Orkla", "Arla", "Lego"},
    )
    got = []
    step: Recognition | None = found
    while step is not None:
        got.append((step.customer, step.amount, step.kind))
        step = step.also
    assert got == [(c, a, ActivityKind.OFFER) for c, a in rows], found


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        (
            "Ringde Systembolaget idag, de ville ses på fredag – nej vänta, det är ju "
            "midsommarafton 😅 bokade 30/6 istället",
            "Systembolaget",
        ),
        ("Ringte Tine i dag, booket møte fredag – nei vent, booket 30/6 i stedet", "Tine"),
        ("Called Tesco today, meeting booked Friday – no wait, booked the 30th instead", "Tesco"),
        ("Ringede til Arla i dag, møde fredag – nej vent, vi bookede 30/6 i stedet", "Arla"),
    ],
)
def test_a_booking_put_right_in_the_same_message_is_the_later_day(text: str, customer: str) -> None:
    """Item 4 (HOLDOUT_31_LEFT): the call was asked ('correction') with no step, or the
    Friday kept; the day after the slip words ("nej vänta", "no wait") and "instead" stands."""
    found = recognise(
        text, today=MIDSUMMER_MONDAY, known_customers={"Systembolaget", "Tine", "Tesco", "Arla"}
    )
    step = found.next_step or found.follow_up
    got = (found.outcome, found.kind, found.customer, step.due if step is not None else None)
    assert got == (Outcome.SURE, CALL, customer, date(2028, 6, 30)), found
