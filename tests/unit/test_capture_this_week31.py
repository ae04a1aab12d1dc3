"""This week's list told by its days with a day ahead of today (heldmsg31, the lead's decision of
session 31): a plan mixed with a report is ONE question. Its done rows (today's and the days gone)
are asked together with one "Record all", never stored unasked; a row ahead naming a customer done
before it is that record's next step (the latest such record's), another customer's row ahead is
that lead's planned next step, never counted as done. A list of the running week with no day
ahead ("Uka så langt: …", a Friday's list) reads as before (sure), as the corpora since file 23
keep it. Four languages, several weekdays, the day ahead first or last, with a heading (with or
without its colon), under a week named by its number, and with none (then "(today)" on a day
says which week). The held-out rows it decided: HOLDOUT_29..32 (tests/unit/test_capture_corpus.py);
through Slack: tests/slack/test_this_week31.py."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import KnownCustomers, Outcome, Recognition, recognise

KNOWN = KnownCustomers.of(
    ["Tine", "Orkla", "Kiwi", "DNB", "Bama", "Elkjøp", "Volvo", "Scania", "Axfood", "Vestas",
     "Novo Nordisk", "Carlsberg", "Netcompany", "Falck", "ISS", "Tesco", "Boots", "HSBC", "Argos",
     "Posten", "Yara"]
)  # fmt: skip
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "GBP"}
MON, TUE, WED, THU, FRI = (date(2028, 4, 10) + timedelta(days=n) for n in range(5))  # ISO week 15
M, C, OF = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER


def _rows(found: Recognition) -> list[Recognition]:
    out = []
    row: Recognition | None = found
    while row is not None and row.outcome is not Outcome.NOTHING:
        out.append(row)
        row = row.also
    return out


def _read(text: str, lang: str, today: date) -> Recognition:
    return recognise(text, today=today, krone=KRONE[lang], known_customers=KNOWN)


# (text, language, today, the done rows (kind, customer, amount, day, next step's day or None) in
# order, the plans (kind, customer, planned day))
ASKED_WHOLE = [
    # Norwegian bullets on a Thursday, the same customer's day ahead its next step
    (
        "Denne uka:\n• man – møte Tine ✅\n• ons – ringte Orkla\n• fre – tilbud Tine",
        "nb", THU, [(M, "Tine", None, MON, FRI), (C, "Orkla", None, WED, None)], [],
    ),
    # Swedish, a running week ("hittills") with a day ahead: no longer stored sure
    (
        "Veckan hittills: mån möte Volvo, tis offert Scania 400 tkr, fre möte Volvo",
        "sv", WED, [(M, "Volvo", None, MON, FRI), (OF, "Scania", 400_000, TUE, None)], [],
    ),
    # Danish, another customer's day ahead: that lead's plan, never held
    (
        "Denne uge: man møde Vestas, ons tilbud Novo Nordisk 200k, fre møde Carlsberg",
        "da", WED, [(M, "Vestas", None, MON, None), (OF, "Novo Nordisk", 200_000, WED, None)],
        [(M, "Carlsberg", FRI)],
    ),
    # English, the day ahead written first
    (
        "This week:\nFri: call Tesco\nMon: met Boots ✅\nTue: quote to Boots £20k",
        "en", WED, [(M, "Boots", None, MON, None), (OF, "Boots", 20_000, TUE, None)],
        [(C, "Tesco", FRI)],
    ),
    # no heading at all: "(today)" on Wednesday makes it this week's (was: last week's days)
    (
        "Mon: call HSBC ✅\nTue: meeting Argos ✅\nWed (today): quote sent to Argos, £90k\n"
        "Thu: follow-up call HSBC",
        "en", WED,
        [(C, "HSBC", None, MON, THU), (M, "Argos", None, TUE, None), (OF, "Argos", 90_000, WED, None)],
        [],
    ),
    # a week by its number with no colon after it: the lines are still this week's
    (
        "Uke 15 🗓️\nMan: møte Kiwi ✅\nOns: ringte Bama\nTors: tilbud Kiwi",
        "nb", WED, [(M, "Kiwi", None, MON, THU), (C, "Bama", None, WED, None)], [],
    ),
    # on the Monday itself, today's row done, the week still ahead
    (
        "Denne uka: man (i dag) møte DNB, ons tilbud DNB, fre møte Bama",
        "nb", MON, [(M, "DNB", None, MON, WED)], [(M, "Bama", FRI)],
    ),
    # two weeks in one message, this week's line with a day ahead: all in one question
    (
        "Forrige uke: møte Kiwi fre ✅\nDenne uka: man (i dag) tilbud Kiwi 300k, tors møte Elkjøp",
        "nb", MON, [(M, "Kiwi", None, MON - timedelta(days=3), None), (OF, "Kiwi", 300_000, MON, None)],
        [(M, "Elkjøp", THU)],
    ),
    # the week's heading, a dash, then the first day ("– Man:"); sentences a day each
    (
        "Ugen indtil nu – Man: møde Netcompany. Tirs: tilbud Falck 1,1 mio. kr. Tors: møde ISS",
        "da", WED, [(M, "Netcompany", None, MON, None), (OF, "Falck", 1_100_000, TUE, None)],
        [(M, "ISS", THU)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang", "today", "done", "plans"), ASKED_WHOLE, ids=[r[0][:40] for r in ASKED_WHOLE]
)
def test_this_weeks_list_with_a_day_ahead_is_one_question(
    text: str, lang: str, today: date, done: list, plans: list
) -> None:
    found = _read(text, lang, today)
    rows = _rows(found)
    assert found.record_all and found.outcome is Outcome.LIKELY, found.reasons
    assert all(r.outcome is Outcome.LIKELY for r in rows), found.reasons
    held = [r for r in rows if not r.planned]
    assert [
        (
            r.kind,
            r.customer,
            None if r.amount is None else int(r.amount),
            r.when,
            r.follow_up.due if r.follow_up else None,
        )
        for r in held
    ] == done, found.reasons
    assert [
        (r.kind, r.customer, r.next_step.due) for r in rows if r.next_step is not None
    ] == plans, found.reasons
    assert all(r.when == today for r in rows if r.planned)  # a plan is never held on its day


def test_a_days_ahead_plan_keeps_no_offers_amount_as_held() -> None:
    # "fre tilbud Tine" ahead is Tine's next step, no offer of its own (nothing counted)
    found = _read("Denne uka: man møte Tine ✅, ons møte Kiwi, fre tilbud Tine 200k", "nb", WED)
    assert [r.kind for r in _rows(found) if not r.planned] == [M, M]
    assert all(r.amount is None for r in _rows(found) if not r.planned)


# A running week with no day ahead, and other lists, read as before
AS_BEFORE = [
    ("Uka så langt: man møte Tine, tirs tilbud Kiwi 200k", "nb", WED),
    ("Veckan hittills: mån möte Volvo, tis offert Scania 400 tkr", "sv", WED),
    ("Ugen indtil nu: man møde Vestas, tirs tilbud Falck 1,1 mio. kr.", "da", WED),
    ("Week so far:\nMon: met Boots ✅\nTue: quote to Boots £20k\nWed: call Tesco", "en", WED),
]


@pytest.mark.parametrize(("text", "lang", "today"), AS_BEFORE, ids=[r[0][:40] for r in AS_BEFORE])
def test_a_running_week_with_no_day_ahead_stays_sure(text: str, lang: str, today: date) -> None:
    found = _read(text, lang, today)
    assert found.outcome is Outcome.SURE and not found.record_all, found.reasons
    assert found.when == MON
    assert "this-week-ahead" not in found.reasons


def test_a_fridays_list_of_this_week_reads_as_before() -> None:
    # no day ahead on the Friday: this week told whole by its days gone (messages_holdout27)
    text = "Denne uka: man møte Tine, ons tilbud Kiwi 200k, fre (i dag) ringte Bama"
    found = _read(text, "nb", FRI)
    assert "this-week-ahead" not in found.reasons
    assert [(r.kind, r.customer, r.when) for r in _rows(found)] == [
        (M, "Tine", MON),
        (OF, "Kiwi", WED),
        (C, "Bama", FRI),
    ]


def test_no_week_named_still_asks_which_week() -> None:
    # days27's decision stands: "Mandag: … Torsdag: …" on a Tuesday, no "(today)": which week?
    found = _read("Mandag: møte med Tine. Torsdag: møte med Orkla", "nb", TUE)
    assert found.this_week is not None and "which-week" in found.reasons
    assert found.when == MON - timedelta(days=7)


def test_a_week_gone_is_not_this_week() -> None:
    found = _read("Forrige uke: man møte Orkla, tirs ringte Tine, fre tilbud Kiwi 200k", "nb", WED)
    assert found.record_all and "this-week-ahead" not in found.reasons
    assert [r.when for r in _rows(found)] == [date(2028, 4, 3), date(2028, 4, 4), date(2028, 4, 7)]
    assert found.amount is None and _rows(found)[-1].amount == Decimal(200_000)


def test_a_day_ahead_is_the_next_step_of_the_latest_done_row() -> None:
    # the lead's next activity after its latest one: Wednesday's meeting, not Monday's call
    found = _read(
        "Denne uka:\n• man – ringte Tine ✅\n• ons – møte Tine\n• fre – tilbud Tine", "nb", WED
    )
    assert [(r.kind, r.when, r.follow_up and r.follow_up.due) for r in _rows(found)] == [
        (C, MON, None),
        (M, WED, FRI),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ugen indtil nu: man møde Netcompany, tirs tilbud Falck 1,1 mio. kr, tors nyt møde Netcompany kl 10",
            "da",
        ),
        ("Veckan hittills: mån möte Volvo, tis offert Scania 400 tkr, tors nytt möte Volvo", "sv"),
    ],
)
def test_a_new_meeting_on_a_day_ahead_is_the_next_step(text: str, lang: str) -> None:
    # "nyt møde … kl 10" read alone is a plan of its own: on its list's day ahead, Thursday
    found = _read(text, lang, WED)
    assert found.record_all and found.follow_up is not None, found.reasons
    assert (found.when, found.follow_up.due) == (MON, THU)
