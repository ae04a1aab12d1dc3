"""Session 26 (days26): a talk on each day of a run of weekdays joined by commas, slashes and a
last og / och / and is one question storing each on its day, in every language and short form
("called Tesco Mon, Wed and Thu", "ringte Tine må, on og fr", "Mon/Wed"), its days shown as
typed. Was: "Wed" read as a customer ("Tesco Mon" and "Wed"), or the first day alone kept, sure,
the others dropped. One rule, as "mandag, onsdag og fredag" (session 25). Today: Tuesday 1 Dec
2026; a bare weekday is the latest such day, today's own weekday today."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import Outcome, recognise

TUESDAY = date(2026, 12, 1)
MON, TUE = date(2026, 11, 30), date(2026, 12, 1)
WED, THU, FRI = date(2026, 11, 25), date(2026, 11, 26), date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "kind", "customer", "days", "said"),
    [
        ("called Tesco Mon, Wed and Thu", "call", "Tesco", (WED, THU, MON), "Mon, Wed and Thu"),
        ("called Tesco mon, wed and thu", "call", "Tesco", (WED, THU, MON), "mon, wed and thu"),
        ("Met Boots Mon, Wed, Fri", "meeting", "Boots", (WED, FRI, MON), "Mon, Wed, Fri"),
        ("ringte Tine må, on og fr", "call", "Tine", (WED, FRI, MON), "må, on og fr"),
        ("ringte Tine Mon/Wed", "call", "Tine", (WED, MON), "Mon/Wed"),
        ("ringde ICA mån, ons och tors", "call", "ICA", (WED, THU, MON), "mån, ons och tors"),
        ("ringede Mærsk ma, on og fr", "call", "Mærsk", (WED, FRI, MON), "ma, on og fr"),
    ],
)
def test_a_talk_on_each_day_of_a_run_of_weekdays(
    text: str, kind: str, customer: str, days: tuple[date, ...], said: str
) -> None:
    for known in ([customer], []):
        found = recognise(text, today=TUESDAY, known_customers=known)
        got = (found.outcome, found.kind.value if found.kind else None, found.customer)
        assert got == (Outcome.LIKELY, kind, customer), found.reasons
        assert (found.days, found.times, found.times_said, found.also) == (
            tuple(sorted(days)),
            len(days),
            said,
            None,
        )


def test_words_that_are_no_run_of_days_are_left_alone() -> None:
    # "on og to" (two two-letter words, no comma) and "Mon: …, Tue: …" (headings) are no run
    assert recognise("Møte med Tine om to og tre ting", today=TUESDAY).days == ()
    found = recognise("Mon: Tesco mtg, Tue: call Boots", today=TUESDAY)
    assert found.record_all and [found.customer, found.also and found.also.customer] == ["Tesco", "Boots"]  # fmt: skip
