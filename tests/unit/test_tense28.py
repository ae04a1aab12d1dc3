"""Session 28 (tense28): verbs, tenses and amounts in channel messages, read as the sellers meant
them. Read on Tue 1 Dec 2026, as the brief's console was."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

TODAY = date(2026, 12, 1)  # a Tuesday
WED, THU, FRI, NEXT_TUE = (date(2026, 12, d) for d in (2, 3, 4, 8))
WIN, OFFER = ActivityKind.WIN, ActivityKind.OFFER
CALL, MEETING = ActivityKind.CALL, ActivityKind.MEETING
S, L, N = Outcome.SURE, Outcome.LIKELY, Outcome.NOTHING


def _read(text: str, known: list[str] | None = None, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return recognise(text, today=TODAY, krone=krone, known_customers=known or [])


def _rows(found):  # type: ignore[no-untyped-def]
    rows = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        rows.append(found)
        found = found.also
    return rows


# 2. An offer or a meeting in the future tense, on a day said: asked as the lead's planned next
# step on that day, never an offer or a meeting counted as done (was: no reply at all)
@pytest.mark.parametrize(
    ("text", "kind", "customer", "due", "amount"),
    [
        ("Skal sende tilbud til Vestas i morgen på 300k", OFFER, "Vestas", WED, 300_000),
        ("Will send Tesco an offer on Friday", OFFER, "Tesco", FRI, None),
        ("Ska skicka offert till Volvo på fredag", OFFER, "Volvo", FRI, None),
        ("Jeg sender tilbud til Novo i morgen", OFFER, "Novo", WED, None),
        ("I'll send the proposal to Shell on Thursday, £40k", OFFER, "Shell", THU, 40_000),
        ("Sending Boots a quote tomorrow", OFFER, "Boots", WED, None),
        ("Meeting Shell next Tuesday", MEETING, "Shell", NEXT_TUE, None),
        ("Møte Shell neste tirsdag", MEETING, "Shell", NEXT_TUE, None),
    ],
)
def test_an_offer_or_meeting_to_come_is_asked_as_a_plan(text, kind, customer, due, amount) -> None:  # type: ignore[no-untyped-def]
    [found] = _rows(_read(text))
    assert (found.outcome, found.kind, found.customer) == (L, kind, customer)
    assert found.next_step is not None and found.next_step.due == due, found
    assert found.next_step.what == kind.value
    assert found.amount == (Decimal(amount) if amount else None)
    assert found.command().next_step == found.next_step  # the plan, never an offer sent


@pytest.mark.parametrize(
    "text",
    [
        "Kari skal sende tilbud til Vestas i morgen",  # someone else's plan
        "Skal sende tilbud til Vestas neste uke",  # no day of its own
        "Skal sende tilbud til Vestas innen fredag",  # by a day: nothing to plan on it
        "Møte sjefen i morgen",
    ],
)
def test_no_plan_of_ones_own_on_a_day_is_read_as_none(text: str) -> None:
    assert _read(text).outcome is N


# 1. A lower-case name after a meeting or call verb, its day right after it: read as the name a
# person writes (was: nothing; wins and offers read them since session 27)
@pytest.mark.parametrize(
    ("text", "outcome", "kind", "customer", "day"),
    [
        ("møte med kiwi i dag", S, MEETING, "Kiwi", TODAY),
        ("ringte orkla i dag", S, CALL, "Orkla", TODAY),
        ("met boots today", S, MEETING, "Boots", TODAY),
        ("träffade ica idag", S, MEETING, "Ica", TODAY),
        ("ringede til netto i går", S, CALL, "Netto", date(2026, 11, 30)),
        # more said than the verb, the name and the day: asked
        ("møte med kiwi i dag, bra stemning", L, MEETING, "Kiwi", TODAY),
    ],
)
def test_a_lower_case_name_after_a_talk_verb_is_read(text, outcome, kind, customer, day) -> None:  # type: ignore[no-untyped-def]
    [found] = _rows(_read(text))
    assert (found.outcome, found.kind, found.customer, found.when) == (outcome, kind, customer, day)
    assert not found.planned


@pytest.mark.parametrize(
    "text",
    [
        "møte med sjefen i dag",
        "ringte kunden i går",
        "met the team today",
        "ringte mamma",
        "ringte mamma i dag",
        "träffade grannen idag",
        "møde med banken i dag",
        "called mum today",
        "Hot Cross Bakery rang this morning, tasting visit booked for next week",
    ],
)
def test_chatter_after_a_talk_verb_stays_chatter(text: str) -> None:
    found = _read(text)
    assert all(
        r.customer not in ("Sjefen", "Kunden", "Mamma", "Grannen", "Banken", "Mum", "For")
        for r in _rows(found)
    ), found
    if "Bakery" not in text:
        assert found.outcome is N, found


# 3. One amount for each of the customers won or offered: each its amount (was: the first's or
# none, and no Record button)
@pytest.mark.parametrize(
    ("text", "kind", "customers", "amount", "currency"),
    [
        ("Vant både Tine og Orkla, 200k hver", WIN, ["Tine", "Orkla"], 200_000, None),
        ("Vann både ICA och Coop, 200 tkr var", WIN, ["ICA", "Coop"], 200_000, "SEK"),
        ("Won both Tesco and Boots, £20k each", WIN, ["Tesco", "Boots"], 20_000, "GBP"),
        ("Won Tesco and Boots, £20k apiece", WIN, ["Tesco", "Boots"], 20_000, "GBP"),
    ],
)
def test_an_amount_each_is_each_customers(text, kind, customers, amount, currency) -> None:  # type: ignore[no-untyped-def]
    krone = "SEK" if currency == "SEK" else "NOK"
    rows = _rows(_read(text, krone=krone))
    assert [(r.kind, r.customer, r.amount) for r in rows] == [
        (kind, c, Decimal(amount)) for c in customers
    ]
    assert all(r.complete and r.currency == currency for r in rows), rows


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("Vant Tine 200k og Orkla 300k hver", [200_000, 300_000]),  # amounts of their own
        ("Vann ICA och Coop, 200 tkr var det", [200_000, None]),  # "var det": "it was"
    ],
)
def test_amounts_of_their_own_are_kept(text, amounts) -> None:  # type: ignore[no-untyped-def]
    assert [r.amount for r in _rows(_read(text))] == [a and Decimal(a) for a in amounts]


# 4. A week so far told with verbs and a count of work with no customer: the count is said in
# the one "Record all" question, as "Uka så langt: 2 møter (Tine, Orkla), 5 samtaler" says it
# (was: dropped unsaid, each row asked on its own)
@pytest.mark.parametrize(
    ("text", "unnamed", "customers"),
    [
        (
            "Week so far: met Aker and Shell, 3 calls, won Tesco £12k",
            "3 calls",
            ["Aker", "Shell", "Tesco"],
        ),
        (
            "Uka så langt: møte med Aker og Shell, 3 samtaler, vant Tine 12k",
            "3 samtaler",
            ["Aker", "Shell", "Tine"],
        ),
        (
            "Veckan hittills: möte med Aker och Shell, 3 samtal, vann ICA 12 tkr",
            "3 samtal",
            ["Aker", "Shell", "ICA"],
        ),
        (
            "Ugen indtil videre: møde med Aker og Shell, 3 opkald, vandt Netto 12.000 kr",
            "3 opkald",
            ["Aker", "Shell", "Netto"],
        ),
    ],
)
def test_an_unnamed_count_in_a_week_so_far_is_said(text, unnamed, customers) -> None:  # type: ignore[no-untyped-def]
    found = _read(text)
    assert found.record_all and found.unnamed == (unnamed,), found
    assert [r.customer for r in _rows(found)] == customers
    assert all(r.outcome is L for r in _rows(found))


# 5. To get a customer, an amount beside it, is to win them ("fikk/fick/fik/got"), and a phone
# meeting typed with a typo is the call its spelling is ("Telfonmøte": was a meeting)
@pytest.mark.parametrize(
    ("text", "outcome", "customer", "amount"),
    [
        ("Selv fikk jeg Bama i dag, 300k", L, "Bama", 300_000),
        ("Fick ICA idag, 200 tkr", L, "ICA", 200_000),
        ("Fikk inn Bama, 300k", L, "Bama", 300_000),
        ("Got Tesco, £15k", L, "Tesco", 15_000),
        ("Fik Netto i hus, 90.000 kr", S, "Netto", 90_000),
        ("Got Tesco over the line, £15k", S, "Tesco", 15_000),
    ],
)
def test_a_customer_got_with_an_amount_is_a_win(text, outcome, customer, amount) -> None:  # type: ignore[no-untyped-def]
    [found] = _rows(_read(text))
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        outcome,
        WIN,
        customer,
        Decimal(amount),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Fikk tilbud fra Bama i dag, 300k",
        "Fikk mail fra Bama i dag",
        "Fikk bonus 50k",
        "Fikk Bama i dag",  # no amount: got them on the phone?
        "Kari fikk Bama i dag, 300k",  # someone else's
    ],
)
def test_what_was_got_from_a_customer_is_no_win(text: str) -> None:
    assert all(r.kind is not WIN for r in _rows(_read(text)))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Telfonmøte med Orkla i dag", CALL),
        ("Telfonmöte med ICA idag", CALL),
        ("Telfonmøde med Netto i dag", CALL),
        ("Teams-møte med Orkla i dag", MEETING),
        ("Teamsmöte med ICA idag", MEETING),
    ],
)
def test_a_phone_meeting_typo_is_read_as_spelt_right(text, kind) -> None:  # type: ignore[no-untyped-def]
    [found] = _rows(_read(text))
    assert (found.outcome, found.kind) == (S, kind)
