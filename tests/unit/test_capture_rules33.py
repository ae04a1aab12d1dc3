"""The rules held-out file 33 (messages read on Friday 18 May 2029) led to (heldmsg31), each with
variants of its own, in more than one language: what the file's rows said, said otherwise. Week 20
of 2029 is Mon 14 .. Sun 20 May; Monday 21 May is Whit Monday (a holiday in Norway and Denmark).
The rows themselves: tests/unit/test_capture_corpus.py::HOLDOUT_33."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import KnownCustomers, Outcome, Recognition, recognise

FRI = date(2029, 5, 18)
MON, TUE, WED, THU = (FRI - timedelta(days=n) for n in (4, 3, 2, 1))
NEXT_MON, NEXT_TUE = FRI + timedelta(days=3), FRI + timedelta(days=4)
KNOWN = KnownCustomers.of(
    ["Fjordkraft", "Statkraft", "Hafslund", "Volvo", "Tesco", "Falck", "Telenor", "Tine", "Kiwi",
     "Orkla", "Velux", "Rockwool", "Arla", "Boots", "Asda", "Securitas", "Postnord", "Next",
     "Ringnes", "Scania", "Aker BP", "Lego"]
)  # fmt: skip
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "GBP"}
M, C, OF, W, LOSS = (
    ActivityKind.MEETING,
    ActivityKind.CALL,
    ActivityKind.OFFER,
    ActivityKind.WIN,
    ActivityKind.LOSS,
)


def _read(text: str, lang: str = "nb") -> Recognition:
    return recognise(text, today=FRI, krone=KRONE[lang], known_customers=KNOWN)


def _rows(found: Recognition) -> list[Recognition]:
    out = []
    row: Recognition | None = found
    while row is not None and row.outcome is not Outcome.NOTHING:
        out.append(row)
        row = row.also
    return out


def _said(found: Recognition) -> list[tuple]:
    return [(r.kind, r.customer, r.when) for r in _rows(found)]


# -- 1. "no bite yet": the talk was held, nothing lost ------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "customer"),
    [
        ("Ringte Fjordkraft i går – ingen napp ennå", "nb", "Fjordkraft"),
        ("Ringde Volvo igår, inget napp än", "sv", "Volvo"),
        ("Ringede til Falck i går, ingen aftale endnu", "da", "Falck"),
        ("Called Tesco yesterday, no luck yet", "en", "Tesco"),
    ],
)
def test_nothing_yet_after_a_call_is_no_loss_and_no_unanswered_call(
    text: str, lang: str, customer: str
) -> None:
    found = _read(text, lang)
    assert (found.kind, found.customer, found.when) == (C, customer, THU), found.reasons
    assert all(r.kind is not LOSS for r in _rows(found))


def test_no_answer_yet_is_still_no_answer_and_no_luck_after_a_call_is_the_call() -> None:
    # an unanswered call is asked as a call (the lead's decision, session 31, mendG31): "no answer
    # yet" is that, never "not yet" news of a deal
    for text, lang in (
        ("Ringte Tine, ikke svar ennå", "nb"),
        ("Called Tesco, no answer yet", "en"),
    ):
        found = _read(text, lang)
        assert (found.outcome, found.kind) == (Outcome.LIKELY, C), found.reasons
        assert all(r.kind is not LOSS for r in _rows(found))
    # session 56 (changed on purpose): "ingen napp" after the call is the call's outcome, no
    # deal lost (the blind sets' sellers and DOMAIN.md: a loss is an offer lost); with no talk
    # before it, a plain "no luck" is still a loss
    assert _read("Ringte Fjordkraft i går – ingen napp").kind is C
    assert _read("Ingen napp på Fjordkraft, de gikk for Tibber").kind is LOSS


# -- 2. "Ny ordre", "New order": new, no customer ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ny ordre i dag 🎉 250k! Godt avslutning på uka", "nb"),
        ("Ny order idag 🎉 250 tkr! Bra avslutning på veckan", "sv"),
        ("Nye ordrer i dag, 300k til sammen 💪", "nb"),
        ("New order today 🎉 £25k! Great end to the week", "en"),
    ],
)
def test_a_win_with_no_customer_but_new_records_nothing(text: str, lang: str) -> None:
    assert _read(text, lang).outcome is Outcome.NOTHING


def test_a_name_that_opens_with_new_is_still_a_name() -> None:
    found = _read("New Look signed today £40k", "en")
    assert (found.kind, found.customer) == (W, "New Look")


# -- 3. "Next step" is no customer Next ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Greencore Ltd – first meeting today, warm. Next step w/c 28th May", "Greencore Ltd"),
        ("Northwind Ltd: met today. Next meeting 30/5", "Northwind Ltd"),
        ("Met Halcyon Ltd today, next step a proposal", "Halcyon Ltd"),
    ],
)
def test_next_step_after_a_new_customer_is_no_customer_next(text: str, customer: str) -> None:
    found = _read(text, "en")
    assert (found.kind, found.customer) == (M, customer), found.reasons


def test_next_as_the_customer_still_reads() -> None:
    assert _read("Next rang this morning, booked a call for Monday", "en").customer == "Next"


# -- 4. the week's wrap-up headings: this week ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "Ukas tall:\n• møte Hafslund (man)\n• tilbud til Aker BP 2,2 MNOK (tirs)\n"
            "• Orkla sa nei (ons) 😞",
            "nb", [(M, "Hafslund", MON), (OF, "Aker BP", TUE), (LOSS, "Orkla", WED)],
        ),
        (
            "Veckans siffror:\n• möte Volvo (mån)\n• offert Scania 1,2 mkr (tis)",
            "sv", [(M, "Volvo", MON), (OF, "Scania", TUE)],
        ),
        (
            "Ugens tal:\n• møde Lego (man)\n• tilbud til Velux 300.000 kr (ons)",
            "da", [(M, "Lego", MON), (OF, "Velux", WED)],
        ),
    ],
)  # fmt: skip
def test_the_weeks_heading_reads_its_items_in_order_each_on_its_day(
    text: str, lang: str, said: list
) -> None:
    assert _said(_read(text, lang)) == said


def test_the_weeks_goals_are_no_report() -> None:
    # "Veckans mål:" names goals: never this week's done rows on their days (asked as before)
    found = _read("Veckans mål:\n• möte Volvo (mån)\n• offert Scania", "sv")
    assert found.outcome is not Outcome.SURE
    assert "this-week-ahead" not in found.reasons and not found.record_all


# -- 5. a ticked wrap-up on one line is a list ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "Veckan ✔️ möte Postnord ✔️ offert Postnord 640 000 kr ✔️ Postnord tackade ja idag 🎉",
            "sv", [(M, "Postnord", MON), (OF, "Postnord", MON), (W, "Postnord", FRI)],
        ),
        (
            "Uka ✅ møte Tine ✅ tilbud Kiwi 200k ✅ Orkla signerte i dag 🎉",
            "nb", [(M, "Tine", MON), (OF, "Kiwi", MON), (W, "Orkla", FRI)],
        ),
        (
            "This week ✔️ met Tesco ✔️ quote to Boots £20k ✔️ Asda signed today 🎉",
            "en", [(M, "Tesco", MON), (OF, "Boots", MON), (W, "Asda", FRI)],
        ),
    ],
)  # fmt: skip
def test_a_ticked_one_line_wrap_up_reads_every_item(text: str, lang: str, said: list) -> None:
    # was: the win alone, the meeting and the offer dropped unsaid
    assert _said(_read(text, lang)) == said


# -- 6. counted names, each with its own weekday in brackets -------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "Ugen i tal ✅✅✅ 3 møder – Velux (man), Rockwool (tirs), Lego (tors) ❌ ingen ordrer",
            "da", [(M, "Velux", MON), (M, "Rockwool", TUE), (M, "Lego", THU)],
        ),
        (
            "3 møter denne uka: Tine (man), Orkla (ons), Kiwi (tors)",
            "nb", [(M, "Tine", MON), (M, "Orkla", WED), (M, "Kiwi", THU)],
        ),
        (
            "3 meetings this week – Tesco (Mon), Boots (Tue), Asda (Thu)",
            "en", [(M, "Tesco", MON), (M, "Boots", TUE), (M, "Asda", THU)],
        ),
    ],
)  # fmt: skip
def test_each_counted_name_is_on_its_own_bracketed_day(text: str, lang: str, said: list) -> None:
    # was: every meeting on the first one's day
    assert _said(_read(text, lang)) == said


# -- 7. a weekday told after the week's later days is the coming week's: a plan ------------------
@pytest.mark.parametrize(
    ("text", "lang", "done", "step"),
    [
        (
            "Veckan: tis möte Securitas ✅, tors ringde Volvo ✅, mån: offert Securitas",
            "sv", [(M, "Securitas", TUE), (C, "Volvo", THU)], (0, NEXT_MON),
        ),
        (
            "This week: Tue met Boots ✅, Thu call Asda ✅, Mon: quote to Boots",
            "en", [(M, "Boots", TUE), (C, "Asda", THU)], (0, NEXT_MON),
        ),
        (
            "Week in review:\n✔️ Mon – call Tesco\n✔️ Thu – met Tesco, warm\n➡️ Tue – proposal Tesco",
            "en", [(C, "Tesco", MON), (M, "Tesco", THU)], (1, NEXT_TUE),
        ),
        (
            "Ugen der gik:\nman ✅ ringede Falck\nfre ✅ møde Falck\ntirs: tilbud Falck",
            "da", [(C, "Falck", MON), (M, "Falck", FRI)], (1, NEXT_TUE),
        ),
    ],
)  # fmt: skip
def test_a_day_told_after_the_weeks_later_days_is_the_next_step(
    text: str, lang: str, done: list, step: tuple
) -> None:
    found = _read(text, lang)
    rows = _rows(found)
    assert found.record_all, found.reasons  # one question: a plan mixed with a report
    assert [(r.kind, r.customer, r.when) for r in rows if not r.planned] == done
    at, due = step
    assert rows[at].follow_up is not None and rows[at].follow_up.due == due


def test_lines_opened_by_ticks_and_an_arrow_are_a_list() -> None:
    text = (
        "Uka oppsummert:\n✅ man møte Telenor\n✅ ons tilbud Telenor 2,1 mill\n➡️ tirs: ringe Tine"
    )
    found = _read(text)
    assert found.record_all
    assert [(r.kind, r.customer, r.when) for r in _rows(found)] == [
        (M, "Telenor", MON),
        (OF, "Telenor", WED),
        (C, "Tine", FRI),
    ]
    assert _rows(found)[-1].next_step is not None
    assert _rows(found)[-1].next_step.due == NEXT_TUE


# -- 8. a count standing alone names no customer -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "kind", "customer", "amount", "unnamed"),
    [
        ("4 möten, 2 offerter, Volvo skrev på idag 1,2 mkr", "sv", W, "Volvo", 1_200_000, 2),
        ("Wk 20 ✔️ 6 meetings ✔️ 4 quotes ✔️ Tesco signed today £40k", "en", W, "Tesco", 40_000, 2),
        ("Uke 20: 4 møter, 2 tilbud, ordre fra Kiwi i dag 300k", "nb", W, "Kiwi", 300_000, 2),
        ("🗓️ Uke 20 ✔️ 3 møter ✔️ 2 tilbud ✔️ 1 ordre i dag (Ringnes 🍺 220k)", "nb", W, "Ringnes", 220_000, 2),
        ("4 møder og Velux skrev under i dag 500.000 kr", "da", W, "Velux", 500_000, 1),
    ],
)  # fmt: skip
def test_counts_with_no_customer_beside_a_named_record_are_said_not_recorded(
    text: str, lang: str, kind: ActivityKind, customer: str, amount: int, unnamed: int
) -> None:
    # was: a meeting with the named customer stored unasked (one nobody said), or the counts
    # dropped without a word
    found = _read(text, lang)
    assert [(r.kind, r.customer) for r in _rows(found)] == [(kind, customer)], found.reasons
    assert found.amount == Decimal(amount)
    assert found.outcome is Outcome.LIKELY and found.record_all
    assert len(found.unnamed) == unnamed


def test_names_listed_after_a_count_are_still_its_customers() -> None:
    found = _read("3 møter i dag: Tine, Kiwi og Orkla")
    assert [(r.kind, r.customer) for r in _rows(found)] == [(M, "Tine"), (M, "Kiwi"), (M, "Orkla")]


@pytest.mark.parametrize(
    ("text", "lang", "customer", "what"),
    [
        (
            "Uka oppsummert:\n✅ man møte Telenor\n✅ ons tilbud Telenor 2,1 mill\n"
            "➡️ tirs neste uke: oppfølging Telenor",
            "nb", "Telenor", "oppfølging",
        ),
        (
            "Week in review:\n✔️ Mon – call Tesco\n✔️ Wed – quote to Tesco £20k\n➡️ Tue – follow-up Tesco",
            "en", "Tesco", "follow-up",
        ),
        (
            "Veckan:\n✅ mån möte Volvo\n✅ ons offert Volvo 1,2 mkr\n➡️ tis: uppföljning Volvo",
            "sv", "Volvo", "uppföljning",
        ),
    ],
)  # fmt: skip
def test_a_follow_up_on_the_coming_weeks_day_is_the_latest_rows_next_step(
    text: str, lang: str, customer: str, what: str
) -> None:
    # was: dropped without a word
    found = _read(text, lang)
    rows = _rows(found)
    assert found.record_all and [r.customer for r in rows] == [customer, customer]
    step = rows[-1].follow_up
    assert step is not None and (step.what, step.due) == (what, NEXT_TUE)
