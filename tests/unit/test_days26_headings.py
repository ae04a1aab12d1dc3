"""Session 26 (days26): a message told by day headings ("Mandag: …. I dag: …", "man: …, tirs:
…", "Mon: …, Tue: …") keeps every row the seller wrote, each on its heading's day, all asked in
one question ("Record all"). Was: two customers on a day line dropped the message or its rows,
an abbreviated heading's row lost, a count on a day line lost ("2 ganger"). The clock is the
reader's `today`: Tuesday 1 December 2026 (Monday 30 Nov; last week Mon 23 .. Sun 29 Nov)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import Outcome, Recognition, recognise

TUESDAY = date(2026, 12, 1)
MONDAY = date(2026, 11, 30)
LAST = {day: date(2026, 11, 23 + i) for i, day in enumerate(("mon", "tue", "wed", "thu", "fri"))}

Row = tuple[str, str | None, date | None, int]


def rows(found: Recognition) -> list[Row]:
    out = []
    row: Recognition | None = found
    while row is not None and row.outcome is not Outcome.NOTHING:
        assert row.outcome is Outcome.LIKELY, row  # nothing stored unasked
        out.append((row.kind.value if row.kind else "", row.customer, row.when, row.times))
        row = row.also
    return out


M, C, OF = "meeting", "call", "offer"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 1. two customers on one day line (was: nothing, or the Monday's rows dropped)
        ("Mandag: møte med Equinor og Telenor. I dag: 2 samtaler med Orkla",
         [(M, "Equinor", MONDAY, 1), (M, "Telenor", MONDAY, 1), (C, "Orkla", TUESDAY, 2)]),
        ("Mandag: møde med Novo og Vestas. I dag: 2 opkald til Danske Bank",
         [(M, "Novo", MONDAY, 1), (M, "Vestas", MONDAY, 1), (C, "Danske Bank", TUESDAY, 2)]),
        ("Monday: met Tesco and Boots. Today: 2 calls with Ocado, 1 with Aldi",
         [(M, "Tesco", MONDAY, 1), (M, "Boots", MONDAY, 1), (C, "Ocado", TUESDAY, 2),
          (C, "Aldi", TUESDAY, 1)]),
        ("Måndag: möte med ICA och Coop. Idag: ringde Axfood",
         [(M, "ICA", MONDAY, 1), (M, "Coop", MONDAY, 1), (C, "Axfood", TUESDAY, 1)]),
        # 2. abbreviated headings on one line (was: the call alone, or nothing)
        ("man: møte Tine, tirs: ringte Posten", [(M, "Tine", MONDAY, 1), (C, "Posten", TUESDAY, 1)]),
        ("man: møte Tine, tirs: ringte Posten, ons: demo hos Kiwi",  # Wednesday ends it: last week
         [(M, "Tine", LAST["mon"], 1), (C, "Posten", LAST["tue"], 1), (M, "Kiwi", LAST["wed"], 1)]),
        ("Mon: Tesco mtg, Tue: call Boots", [(M, "Tesco", MONDAY, 1), (C, "Boots", TUESDAY, 1)]),
        ("tis: möte ICA, ons: offert Coop 200k", [(M, "ICA", LAST["tue"], 1), (OF, "Coop", LAST["wed"], 1)]),
        # 3. a count on a day line (was: "Orkla 2" asked once, the count lost)
        ("Mandag: møte Equinor. I dag: ringte Orkla 2 ganger",
         [(M, "Equinor", MONDAY, 1), (C, "Orkla", TUESDAY, 2)]),
        ("Monday: mtg Tesco. Today: called Ocado twice", [(M, "Tesco", MONDAY, 1), (C, "Ocado", TUESDAY, 2)]),
    ],
)  # fmt: skip
def test_every_row_of_a_message_told_by_day_headings_is_kept_on_its_day(
    text: str, want: list[Row]
) -> None:
    found = recognise(text, today=TUESDAY, known_customers=[])
    assert rows(found) == want, found.reasons
    assert found.record_all  # one question, "Record all", each row with its day


def test_known_customers_read_the_same_and_an_agenda_still_records_nothing() -> None:
    found = recognise(
        "Mandag: møte med Equinor og Telenor. I dag: 2 samtaler med Orkla",
        today=TUESDAY,
        known_customers=["Equinor", "Telenor", "Orkla"],
    )
    assert rows(found) == [(M, "Equinor", MONDAY, 1), (M, "Telenor", MONDAY, 1), (C, "Orkla", TUESDAY, 2)]  # fmt: skip
    # day headings of what may be an agenda still record nothing, as before (said on a Friday)
    for agenda in (
        "Monday: demo Acme, Tuesday: offer to Yara",
        "Neste uke:\n- man: møte Obos\n- tirs: tlf Peab",  # a heading of plans
        "Monday: call with Telia",  # one heading, a noun: a plan as much as news
    ):
        assert recognise(agenda, today=date(2026, 11, 20)).outcome is Outcome.NOTHING, agenda
    # Session 27 (the lead, after review27): one heading of yesterday's weekday is yesterday's
    # work, asked, never stored unasked (was: nothing, no reply to "Mandag: møte med Equinor" on
    # a Tuesday)
    yesterday = recognise(
        "Torsdag: møte med Tine og Orkla",
        today=date(2026, 11, 20),
        known_customers=["Equinor", "Telenor", "Orkla"],
    )
    assert rows(yesterday) == [
        (M, "Orkla", date(2026, 11, 19), 1),
        (M, "Tine", date(2026, 11, 19), 1),
    ]
    assert yesterday.outcome is Outcome.LIKELY


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a heading of the week before the day headings: that week's days (was: the Monday's
        # meeting dropped, the rest read as several customers)
        ("Forrige uke – Man: møte Ruter. Tirs: tilbud Kiwi 300k. Tors: ringte Posten",
         [(M, "Ruter", LAST["mon"], 1), (OF, "Kiwi", LAST["tue"], 1), (C, "Posten", LAST["thu"], 1)]),
        ("Last week – Mon: meeting Sage. Tue: quote to Boots £40k",
         [(M, "Sage", LAST["mon"], 1), (OF, "Boots", LAST["tue"], 1)]),
        ("Förra veckan – Mån: möte Systembolaget. Tis: ringde SEB",
         [(M, "Systembolaget", LAST["mon"], 1), (C, "SEB", LAST["tue"], 1)]),
        ("Sidste uge: man: møde Netcompany, ons: ringede til Demant",
         [(M, "Netcompany", LAST["mon"], 1), (C, "Demant", LAST["wed"], 1)]),
        ("Denne uka – man: møte Tine. tirs: ringte Posten",
         [(M, "Tine", MONDAY, 1), (C, "Posten", TUESDAY, 1)]),
    ],
)  # fmt: skip
def test_day_headings_under_a_heading_of_the_week_are_that_weeks_days(
    text: str, want: list[Row]
) -> None:
    found = recognise(text, today=TUESDAY, known_customers=[])
    got = sorted(rows(found), key=lambda r: (r[2], r[1]))
    assert got == sorted(want, key=lambda r: (r[2], r[1])), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Uka: man møte Aker, tirs møte DNB, tirs tilbud Telia 450'",
        "Uka så langt: man møte Aker, tirs møte DNB, tirs tilbud Telia 450k",
        "This week: Mon meeting Aker, Tue meeting DNB, Tue quote Telia 450k",
        "Veckan: mån möte Aker, tis möte DNB, tis offert Telia 450 tkr",
    ],
)
def test_a_list_under_this_weeks_heading_dates_todays_weekday_today(text: str) -> None:
    # was: "tirs" said on a Tuesday read as a week ago, as a bare weekday alone reads, so
    # today's rows were counted in the week gone
    found = recognise(text, today=TUESDAY, known_customers=[])
    got = []
    row: Recognition | None = found
    while row is not None:
        got.append((row.customer, row.when))
        row = row.also
    assert got == [("Aker", MONDAY), ("DNB", TUESDAY), ("Telia", TUESDAY)], found.reasons
