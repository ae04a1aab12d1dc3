"""Session 28 (lists28). Channel messages with several records, lists and pairs, read as the
sellers meant them. Read on Tue 1 Dec 2026 unless said (the week: Mon 30 Nov .. Sun 6 Dec; the
week gone Mon 23 .. Sun 29 Nov)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, recognise

TUE = date(2026, 12, 1)
MON = date(2026, 11, 30)
M, C, OF = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER


def read(text: str, today: date = TUE, known: tuple[str, ...] = ()) -> Recognition:
    return recognise(text, today=today, known_customers=list(known))


def rows(found: Recognition | None) -> list[tuple]:
    """Each record: (outcome, kind, customer, day held or None, the planned step's day or None)."""
    out = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        step = found.next_step.due if found.next_step else None
        out.append((found.outcome, found.kind, found.customer, None if step else found.when, step))
        found = found.also
    return out


# 6. A weekday heading written short is its full name, in every language: yesterday's weekday
# alone is asked, held on Monday or coming next Monday, as "Mandag: møte med Tine" is
@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Man: møte Tine", "Tine"),
        ("Man: møte med Tine", "Tine"),
        ("Mandag: møte Tine", "Tine"),
        ("man: kundemøte Tine", "Tine"),
        ("Mån: möte Volvo", "Volvo"),
        ("Mån: möte med Volvo", "Volvo"),
        ("Man: møde Vestas", "Vestas"),
        ("Mon: mtg Tesco", "Tesco"),
        ("Mon - meeting with Tesco", "Tesco"),
    ],
)
def test_a_short_heading_of_yesterdays_weekday_is_asked_as_its_full_name(
    text: str, customer: str
) -> None:
    found = read(text)
    assert rows(found) == [(Outcome.LIKELY, M, customer, MON, None)], found.reasons
    assert found.ahead == date(2026, 12, 7)


# 3. An emoji between day entries ends the entry as a full stop does: every row kept, on its day
@pytest.mark.parametrize(
    ("text", "stopped"),
    [
        (
            "Monday: call with Tesco. Wednesday: meeting with Boots 🙂 Tomorrow: offer to HSBC £7,500",
            "Monday: call with Tesco. Wednesday: meeting with Boots. Tomorrow: offer to HSBC £7,500",
        ),
        (
            "Mandag: møte med Equinor 👍 Onsdag: møte med Telenor",
            "Mandag: møte med Equinor. Onsdag: møte med Telenor",
        ),
        (
            "Mandag: møte med Equinor :+1: Onsdag: møte med Telenor",
            "Mandag: møte med Equinor. Onsdag: møte med Telenor",
        ),
        (
            "Måndag: möte med Volvo 👍🏽 Torsdag: möte med Scania",
            "Måndag: möte med Volvo. Torsdag: möte med Scania",
        ),
        ("Man: møde Novo 😅 Tors: møde Vestas", "Mandag: møde Novo. Torsdag: møde Vestas"),
    ],
)
def test_an_emoji_between_day_entries_is_a_full_stop(text: str, stopped: str) -> None:
    found, want = read(text, known=("Boots",)), read(stopped, known=("Boots",))
    assert rows(found) == rows(want) and len(rows(found)) >= 2
    assert found.record_all and (found.this_week is None) == (want.this_week is None)
    if want.this_week is not None:
        assert rows(found.this_week) == rows(want.this_week)


def test_an_emoji_between_day_entries_keeps_every_row_on_its_day() -> None:
    found = read(
        "Monday: call with Tesco. Wednesday: meeting with Boots 🙂 Tomorrow: offer to HSBC £7,500",
        known=("Boots",),
    )
    # this week, anchored by "Tomorrow": Monday's call held, Wednesday's meeting and the offer
    # tomorrow (Wednesday) the leads' planned steps
    assert rows(found) == [
        (Outcome.LIKELY, C, "Tesco", MON, None),
        (Outcome.LIKELY, M, "Boots", None, date(2026, 12, 2)),
        (Outcome.LIKELY, OF, "HSBC", None, date(2026, 12, 2)),
    ]


# 5. A weekday, a capitalised word, then the colon, with the day said in the news after it: a
# customer's name heading its news, never that weekday
@pytest.mark.parametrize(
    ("text", "kind", "customer", "day"),
    [
        ("Fredag Media: møte i dag", M, "Fredag Media", TUE),
        ("Fredag Media: møte i går med innkjøpssjefen", M, "Fredag Media", MON),
        ("Onsdag Gruppen: møte 30/11", M, "Onsdag Gruppen", MON),
        ("Torsdag Film: demo i dag", M, "Torsdag Film", TUE),
        ("Friday Media: meeting today", M, "Friday Media", TUE),
        ("Fredag Bygg: tilbud sendt i dag, 200k", OF, "Fredag Bygg", TUE),
    ],
)
def test_a_weekday_and_a_capitalised_word_before_the_colon_is_a_name(
    text: str, kind: ActivityKind, customer: str, day: date
) -> None:
    found = read(text)
    assert rows(found) == [(Outcome.SURE, kind, customer, day, None)], found.reasons


# 8. A week so far told with no day of it: asked, never stored sure on a day the seller never
# gave (today no more than Monday), in every language; a day said keeps it
@pytest.mark.parametrize(
    ("text", "kind", "customer"),
    [
        ("Week so far: met Asda", M, "Asda"),
        ("Week so far: won Asda 200k", ActivityKind.WIN, "Asda"),
        ("Uka så langt: møte med Asda", M, "Asda"),
        ("Veckan hittills: möte med Volvo", M, "Volvo"),
        ("Ugen indtil videre: møde med Lego", M, "Lego"),
    ],
)
def test_a_week_so_far_with_no_day_is_asked(text: str, kind: ActivityKind, customer: str) -> None:
    found = read(text)
    assert found.outcome is Outcome.LIKELY and "week-so-far-undated" in found.reasons
    assert (found.kind, found.customer, found.also) == (kind, customer, None)


# 1. Every customer of a pair is recorded or asked, never one dropped: "&" before a known
# customer joins two customers as "og" and "and" do
@pytest.mark.parametrize(
    ("text", "kind", "day", "pair"),
    [
        ("Met Tesco & Boots today", M, TUE, ("Boots", "Tesco")),
        ("Møte med Tesco & Boots i dag", M, TUE, ("Boots", "Tesco")),
        ("Møte med Yara & Aker i går", M, MON, ("Aker", "Yara")),
        ("Ringde Volvo & Aker igår", C, MON, ("Aker", "Volvo")),
    ],
)
def test_a_new_customer_and_a_known_one_joined_by_an_ampersand_are_both_asked(
    text: str, kind: ActivityKind, day: date, pair: tuple[str, str]
) -> None:
    found = read(text, known=("Boots", "Aker"))
    assert [r[1:] for r in rows(found)] == [(kind, name, day, None) for name in pair]
    assert found.outcome is Outcome.LIKELY


# 7. A week's days under its heading, a day a bullet or inline one after another: one "Record
# all" question for the whole list, each row on its day of that week
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Uke 48:\n• Man: møte Aker\n• Tirs: tilbud Tine 200k", (M, "Aker", 23), (OF, "Tine", 24)),
        ("Uke 48: Man: møte Aker Tirs: tilbud Tine 200k", (M, "Aker", 23), (OF, "Tine", 24)),
        ("Uke 48: Man: møte Aker. Tirs: tilbud Tine 200k", (M, "Aker", 23), (OF, "Tine", 24)),
        ("Vecka 48:\n- Mån: möte Volvo\n- Ons: offert Scania 300 tkr", (M, "Volvo", 23), (OF, "Scania", 25)),
        ("Week 48: Mon: meeting Asda Wed: call Boots", (M, "Asda", 23), (C, "Boots", 25)),
        ("Uge 48:\n* Man: møde Lego\n* Tors: tilbud Vestas 150k", (M, "Lego", 23), (OF, "Vestas", 26)),
        # this week's, said on Fri 20 Nov (was: Obos's meeting stored sure, Peab's call asked)
        ("Denne uka:\n- tirs: møte Obos\n- ons: tlf Peab, de vil ha pris", (M, "Obos", 17), (C, "Peab", 18)),
    ],
)  # fmt: skip
def test_a_weeks_days_under_its_heading_are_one_question(
    text: str, first: tuple, second: tuple
) -> None:
    found = read(text, date(2026, 11, 20) if "Obos" in text else TUE, ("Obos", "Peab"))
    assert found.record_all, found.reasons
    assert [r[1:4] for r in rows(found)] == [
        (kind, name, date(2026, 11, day)) for kind, name, day in (first, second)
    ]


# 4. A list whose days are all still to come this week: neutral words offer this week's plans
# beside the week gone; past tense the week gone only; future tense the plans only
def test_a_list_of_days_all_to_come_offers_this_weeks_plans_beside_last_week() -> None:
    found = read("Tors: møte Telenor. Fre: tilbud Tine 1,2 mill")
    assert found.record_all and found.this_week is not None, found.reasons
    assert [r[1:4] for r in rows(found)] == [(M, "Telenor", date(2026, 11, 26)), (OF, "Tine", date(2026, 11, 27))]  # fmt: skip
    assert rows(found.this_week) == [
        (Outcome.LIKELY, M, "Telenor", None, date(2026, 12, 3)),
        (Outcome.LIKELY, OF, "Tine", None, date(2026, 12, 4)),
    ]


@pytest.mark.parametrize(
    ("text", "plans"),
    [
        (
            "Tors: skal møte Telenor. Fre: skal sende tilbud til Tine 1,2 mill",
            [(M, "Telenor", date(2026, 12, 3)), (OF, "Tine", date(2026, 12, 4))],
        ),
        (
            "Thu: will meet Tesco. Fri: will call Boots",
            [(M, "Tesco", date(2026, 12, 3)), (C, "Boots", date(2026, 12, 4))],
        ),
    ],
)
def test_a_list_of_days_all_to_come_said_so_is_plans_only(text: str, plans: list) -> None:
    found = read(text)
    assert found.record_all and found.this_week is None, found.reasons
    assert [(r[1], r[2], r[4]) for r in rows(found)] == plans
