"""Session 69: channel messages read as the sellers of the held-out rounds (Wednesday 23 June
2032, sankthansaften; Thursday 30 September 2032, the month's and the quarter's last day) wrote
them. Each row a variant of a held-out phrasing, not the row itself (those are tests/corpus/
messages_holdout53-56.yaml).

- More words of praise to a colleague named before the win ("Grymt jobbat Erik! Saab i hamn",
  "Kæmpe high five til Anders – Novo Nordisk i hus"): theirs, praised, no record (were the
  author's wins, sure).
- A bare "no" or "wrong" first between two amounts of one offer ("88 tkr – nej, 188 tkr menade
  jag", "850k – nei, 580k", "48.000 kr … nej 84.000 kr"): the second is the amount (was the
  first, asked or sure).
- A talk they want at a time, then agreed on the phone ("Scandic vill ha demo tisdag kl 10 –
  bokat på telefon nyss", "Octopus Energy want the demo Tuesday at 2 – sorted on the phone just
  now"): the call today, the talk its next step (was a meeting booked, or nothing).
- The step said as the week under way after its verb alone ("återkommer i veckan"): due by the
  week's last working day where the seller works (was today).
- The object first, then the verb and who ("referatet sender jeg i morgen", "kontrakten sender
  jeg den 1."): the step "sender referatet" on that day (was none).
- Something of ours got over to them ("I'll get the revised costings over tomorrow", "jeg får
  avtaleutkastet over innen utgangen av juni"): the step (was none).
- Before a holiday by its name ("innan allhelgona", "innan Kristi himmelfärd", "before the spring
  bank holiday"): due by the last working day before it (was the holiday itself); allhelgona
  read as Sweden's Saturday, and as a name's first word when capitalised ("Allhelgona Blommor").
- A tasting is a meeting ("Provsmakning hos …", "Smagning hos …"); an offer that "went over",
  "røg afsted", "gick direkt" after it is the second record, asked.
- A step by a period's end said on its last day itself ("jag skickar offerten innan
  månadsskiftet", "I'll have the proposal with them by month end", "inden udgangen af
  september" on 30 September): asked (was due today, sure), as the command asks it.
- The lead's decision: "next Friday", "neste fredag" said while that weekday is still ahead this
  week: asked with this week's and next week's on buttons (was this week's, sure).
- Promised to them ("lovade dem avtalsutkastet innan månadsskiftet") and back in with them
  ("back in Thursday week with the fixture plans"): the step (were none).
- "Fejl i min Vestas-post fra i morges: det er 4,3 mio. kr., ikke 3,4": a correction of that
  record's amount (was none read); "Feil i systemet i dag, kom ikke inn" (no figure) is none."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import KnownCustomers, Outcome, recognise

JUN_23 = date(2032, 6, 23)  # Wednesday, week 26
SEP_30 = date(2032, 9, 30)  # Thursday, week 40
KNOWN = KnownCustomers.of(["Saab", "Novo Nordisk", "Volvo", "Tine", "Aldi"])


def _read(text: str, krone: str, today: date = JUN_23):  # type: ignore[no-untyped-def]
    return recognise(text, today=today, krone=krone, known_customers=KNOWN, posted=None)


@pytest.mark.parametrize(
    ("text", "krone"),
    [
        ("Grymt jobbat Lisa! Volvo i hamn, 2,4 mkr 👏", "SEK"),
        ("Kæmpe high five til Mette – Novo Nordisk i hus med 1,2 mio. kr. 👏", "DKK"),
        ("High five til Kari! Tine i boks, 3 mill", "NOK"),
        ("Great stuff Tom! Aldi signed, £90k", "GBP"),
    ],
)
def test_more_praise_to_a_colleague_named_before_the_win_is_no_record(text, krone) -> None:  # type: ignore[no-untyped-def]
    assert _read(text, krone).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "krone", "amount"),
    [
        ("Offert till Hemköp 77 tkr – nej, 177 tkr menade jag 🙈", "SEK", "177000"),
        ("Tilbud til Bama på 740k – nei, 470k 🙈", "NOK", "470000"),
        ("Tilbud til Nilfisk: 36.000 kr … nej 63.000 kr, tallene vendte", "DKK", "63000"),
        ("Quote to Aldi £40k - wrong, £45k", "GBP", "45000"),
    ],
)
def test_a_bare_no_between_two_amounts_puts_the_first_right(text, krone, amount) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, krone)
    assert (found.kind, found.amount) == (ActivityKind.OFFER, Decimal(amount))


def test_no_between_an_amount_and_other_words_is_no_correction() -> None:
    found = _read("Tilbud til Tine 300k, nei til rabatt, de fikk 5 % på frakt", "NOK")
    assert found.amount == Decimal("300000")


@pytest.mark.parametrize(
    ("text", "krone", "due"),
    [
        ("Scandic vill ha demo tisdag kl 10 – bokat på telefon nyss", "SEK", date(2032, 6, 29)),
        ("Glamox vil se demoen mandag kl 10 – avtalt på telefonen nå nettopp", "NOK",
         date(2032, 6, 28)),
        ("Octopus Energy want the demo Tuesday at 2 – sorted on the phone just now", "GBP",
         date(2032, 6, 29)),
    ],
)  # fmt: skip
def test_a_talk_they_want_agreed_on_the_phone_is_the_call_and_its_step(text, krone, due) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, krone)
    assert (found.outcome, found.kind, found.when) == (Outcome.SURE, ActivityKind.CALL, JUN_23)
    step = found.next_step or found.follow_up
    assert step is not None and step.due == due


def test_the_week_under_way_after_the_verb_alone_is_its_last_working_day() -> None:
    found = _read("Ringde Volvo, återkommer i veckan", "SEK")  # Fri 25 June: midsommarafton
    step = found.next_step or found.follow_up
    assert step is not None and step.due == date(2032, 6, 24)


@pytest.mark.parametrize(
    ("text", "krone", "what", "due"),
    [
        ("Tine – godt møte i dag, referatet sender jeg i morgen", "NOK", "sender referatet",
         date(2032, 10, 1)),
        ("Møde med Novo Nordisk i dag, kontrakten sender jeg den 1.", "DKK",
         "sender kontrakten", date(2032, 10, 1)),
    ],
)  # fmt: skip
def test_the_object_first_then_our_verb_is_the_step(text, krone, what, due) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, krone, SEP_30)
    step = found.next_step or found.follow_up
    assert step is not None and (step.what, step.due) == (what, due)


@pytest.mark.parametrize(
    ("text", "krone", "due"),
    [
        ("Good session with Aldi, I'll get the revised costings over tomorrow", "GBP",
         date(2032, 6, 24)),
        ("Godt møte med Tine, jeg får avtaleutkastet over innen utgangen av juni", "NOK",
         date(2032, 6, 30)),
    ],
)  # fmt: skip
def test_something_of_ours_got_over_to_them_is_the_step(text, krone, due) -> None:  # type: ignore[no-untyped-def]
    step = (found := _read(text, krone)).next_step or found.follow_up
    assert step is not None and step.due == due


@pytest.mark.parametrize(
    ("text", "krone", "today", "due"),
    [
        ("Ringde Volvo, skickar offert innan allhelgona", "SEK", SEP_30, date(2032, 11, 5)),
        ("Ringde Volvo, skickar offert innan kristi himmelfärd", "SEK", date(2032, 4, 20),
         date(2032, 5, 5)),
        ("Called Aldi, will send the quote before the spring bank holiday", "GBP",
         date(2032, 4, 20), date(2032, 5, 28)),
        ("Ringde Volvo, skickar offert innan midsommarafton", "SEK", date(2032, 6, 10),
         date(2032, 6, 24)),
    ],
)  # fmt: skip
def test_a_step_before_a_holiday_by_its_name_is_due_the_working_day_before(  # type: ignore[no-untyped-def]
    text, krone, today, due
) -> None:
    step = (found := _read(text, krone, today)).next_step or found.follow_up
    assert step is not None and step.due == due


def test_allhelgona_first_in_a_name_is_the_name() -> None:
    found = _read("Allhelgona Blommor – bra möte idag", "SEK", SEP_30)
    assert (found.kind, found.customer, found.when) == (
        ActivityKind.MEETING, "Allhelgona Blommor", SEP_30
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "krone", "amount"),
    [
        ("Provsmakning hos Volvo i morse, offerten gick iväg direkt efteråt, 92 tkr", "SEK",
         "92000"),
        ("Smagning hos Novo Nordisk i dag og tilbuddet røg afsted bagefter – 265 t.kr.", "DKK",
         "265000"),
        ("Demo at Aldi this morning and the quote went over straight after – £33,400", "GBP",
         "33400"),
    ],
)  # fmt: skip
def test_a_tasting_or_demo_then_the_offer_gone_after_it_is_two_records(text, krone, amount) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, krone)
    assert found.kind is ActivityKind.MEETING
    assert found.also is not None
    assert (found.also.kind, found.also.amount) == (ActivityKind.OFFER, Decimal(amount))


def test_an_offer_that_ran_out_is_still_no_offer_sent() -> None:
    assert _read("Tilbudet til Tine (85k) gikk ut i dag uten svar", "NOK").outcome is (
        Outcome.NOTHING
    )


@pytest.mark.parametrize(
    ("text", "krone"),
    [
        ("Volvo – bra möte, jag skickar offerten innan månadsskiftet", "SEK"),
        ("Aldi – good meeting, I'll send the proposal by month end", "GBP"),
        ("Novo Nordisk – godt møde, jeg sender tilbuddet inden udgangen af september", "DKK"),
    ],
)
def test_a_step_by_a_period_ending_today_is_asked(text: str, krone: str) -> None:
    found = _read(text, krone, SEP_30)
    assert (found.outcome, found.kind) == (Outcome.LIKELY, ActivityKind.MEETING)
    assert "period-ends-today" in found.reasons


def test_a_step_by_a_period_ending_later_stays_sure() -> None:
    found = _read(
        "Volvo – bra möte, jag skickar offerten innan månadsskiftet", "SEK", date(2032, 9, 27)
    )
    step = found.next_step or found.follow_up
    assert found.outcome is Outcome.SURE and step is not None and step.due == SEP_30


@pytest.mark.parametrize(
    ("text", "krone", "days"),
    [
        ("Met Aldi, demo next Friday", "GBP", (date(2032, 6, 25), date(2032, 7, 2))),
        (
            "Møte med Tine i dag, neste møte neste fredag",
            "NOK",
            (date(2032, 6, 25), date(2032, 7, 2)),
        ),
        ("Ringde Volvo, ringer igen nästa torsdag", "SEK", (date(2032, 6, 24), date(2032, 7, 1))),
    ],
)
def test_next_weekday_still_ahead_this_week_is_asked_with_both_days(text, krone, days) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, krone)
    assert (found.outcome, found.step_either, found.clash_days) == (Outcome.LIKELY, True, days)


def test_next_weekday_gone_this_week_is_next_weeks_sure() -> None:
    found = _read("Møte med Tine i dag, neste møte neste tirsdag", "NOK")
    step = found.next_step or found.follow_up
    assert found.outcome is Outcome.SURE and step is not None and step.due == date(2032, 6, 29)


@pytest.mark.parametrize(
    ("text", "krone", "due"),
    [
        ("Ringde Volvo, lovade dem avtalsutkastet innan månadsskiftet", "SEK", date(2032, 6, 30)),
        ("Met Aldi in Handforth, back in Thursday week with the fixture plans", "GBP",
         date(2032, 7, 1)),
    ],
)  # fmt: skip
def test_a_promise_to_them_or_back_in_with_them_is_the_step(text, krone, due) -> None:  # type: ignore[no-untyped-def]
    step = (found := _read(text, krone)).next_step or found.follow_up
    assert found.outcome is Outcome.SURE and step is not None and step.due == due


def test_a_step_with_why_its_day_is_soon_is_kept() -> None:
    found = _read(
        "Volvo – bra möte idag, skickar kalkylen imorgon innan alla drar till landet", "SEK"
    )
    step = found.next_step or found.follow_up
    assert step is not None and step.due == date(2032, 6, 24)


@pytest.mark.parametrize(
    ("text", "krone"),
    [("Aldi – no answer x2 📵", "GBP"), ("Novo Nordisk – ingen svar x2 📵 de har travlt", "DKK")],
)
def test_unanswered_calls_counted_before_a_pictograph(text: str, krone: str) -> None:
    found = _read(text, krone, SEP_30)
    assert (found.kind, found.times) == (ActivityKind.CALL, 2)


@pytest.mark.parametrize(
    ("text", "krone", "due"),
    [
        ("Aldi – site visit done, next one a week today", "GBP", date(2032, 10, 7)),
        ("Tine – kort møte 🥛 kontrakten sender jeg over den 1.", "NOK", date(2032, 10, 1)),
    ],
)
def test_a_week_today_and_sending_over_are_the_step(text: str, krone: str, due: date) -> None:
    step = (found := _read(text, krone, SEP_30)).next_step or found.follow_up
    assert step is not None and step.due == due


def test_till_veckan_in_the_channel_is_next_week() -> None:
    step = (found := _read("Ringde Volvo, skickar offert till veckan", "SEK", SEP_30)).follow_up
    assert found.next_step is None and step is not None and step.due == date(2032, 10, 8)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("640.000,- afsted til Novo Nordisk 🏗️ tilbuddet røg ud kl 11", "640000"),
        ("Tilbuddet til Novo Nordisk røg ud i dag, 200.000 kr", "200000"),
    ],
)
def test_an_offer_that_went_out_is_sent_never_lost(text: str, amount: str) -> None:
    found = _read(text, "DKK", SEP_30)
    assert (found.kind, found.amount) == (ActivityKind.OFFER, Decimal(amount))


def test_we_were_knocked_out_stays_a_loss() -> None:
    assert _read("Vi røg ud af udbuddet hos Novo Nordisk", "DKK", SEP_30).kind is ActivityKind.LOSS


def test_an_adjective_opening_the_message_is_no_caller() -> None:
    found = _read("Fin lunsj med Tine, de vil ha demo tirsdag kl 13 – avtalt på tlf", "NOK")
    assert (found.kind, found.customer) == (ActivityKind.MEETING, "Tine")
    assert found.also is None


def test_the_object_opening_the_message_is_written_small_in_the_step() -> None:
    found = _read("Referatet sender jeg i morgen – bra møte med Tine i dag", "NOK")
    assert found.follow_up is not None and found.follow_up.what == "sender referatet"


def test_a_mistake_in_an_earlier_post_with_its_figures_is_a_correction() -> None:
    from bot.services.capture import corrections

    text = "Fejl i min Novo Nordisk-post fra i morges: det er 4,3 mio. kr., ikke 3,4 🙈"
    fix = corrections.read(text, today=SEP_30, krone="DKK", known=["Novo Nordisk"])
    assert fix is not None
    assert (fix.change, fix.amount, fix.was_amount) == (
        "amount",
        Decimal("4300000"),
        Decimal("3400000"),
    )
    chatter = "Feil i systemet i dag, kom ikke inn"
    assert corrections.read(chatter, today=SEP_30, krone="NOK", known=["Tine"]) is None
