"""A follow-up with a coming day is the lead's next step, never the record's day.

"sendt tilbud til Aker BP på 850k, følger opp torsdag" said on Monday 30 November was an offer
sent on Thursday 26 November (a figure in last week); it is today's offer, and "følger opp" on
Thursday 3 December is the next step. The rule is bot/services/follow_up.py, shared by the
channel-message reader and the log commands: a verb of contacting the customer again in the
present or future (all four languages, inflections, missing letters, typos), with its day after
or before it. The customer coming back ("de vender tilbage i næste uge") is no step of ours, and
not the record's day either."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services import follow_up
from bot.services.capture import Outcome, recognise
from bot.services.commands import NextStep, UserError, parse_log_command
from bot.services.dates import fold

TODAY = date(2026, 11, 30)  # a Monday
SUN, TUE, WED, THU, FRI, MON = (date(2026, 11, 29), date(2026, 12, 1), date(2026, 12, 2),
                                date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 7))  # fmt: skip


def _k(amount: str) -> Decimal:
    return Decimal(amount)


# text, customer, amount, the record's day, the next step (what, due) or None
OFFERS = [
    # the lead's findings
    ("sendt tilbud til Aker BP på 850k, følger opp torsdag", "Aker BP", "850000", TODAY,
     ("følger opp", THU)),
    ("tilbud sendt til Equinor 1,2 mill – ringer dem fredag", "Equinor", "1200000", TODAY,
     ("ringer", FRI)),
    ("Sendte tilbud til Maersk på 250.000 kr, følger op på fredag", "Maersk", "250000", TODAY,
     ("følger op", FRI)),
    ("Offert till Scania 400 tkr skickad, återkopplar på tisdag", "Scania", "400000", TODAY,
     ("återkopplar", TUE)),
    ("Sent Shell an offer for 80k, chasing them on Thursday", "Shell", "80000", TODAY,
     ("chasing", THU)),
    ("Telenor fikk tilbud i dag på 300k. Purrer mandag", "Telenor", "300000", TODAY,
     ("purrer", MON)),
    # Norwegian
    ("Sendt tilbud til Orkla 500k. Purrer på fredag", "Orkla", "500000", TODAY, ("purrer", FRI)),
    ("Tilbud på 320k sendt til Tine, sjekker inn med dem onsdag", "Tine", "320000", TODAY,
     ("sjekker inn", WED)),
    ("Sendte tilbud til Posten 90k, hører med dem torsdag", "Posten", "90000", TODAY,
     ("hører med", THU)),
    ("Tilbud til Statkraft 2 mill sendt i dag, tar kontakt igjen fredag", "Statkraft", "2000000",
     TODAY, ("tar kontakt", FRI)),
    ("Sendte tilbud til Elkjøp 150k, på fredag følger jeg opp", "Elkjøp", "150000", TODAY,
     ("følger opp", FRI)),
    ("Sendte tilbud til Tine 80k – mandag følger jeg opp", "Tine", "80000", TODAY,
     ("følger opp", MON)),
    ("Sendt tilbud til Kiwi på 75k, folger opp torsdag", "Kiwi", "75000", TODAY,
     ("folger opp", THU)),
    ("Sendt tilbud til Kiwi 60k, følgr opp tirsdag", "Kiwi", "60000", TODAY, ("følgr opp", TUE)),
    ("Sendte tilbud til Hafslund 120k, ringe dem fredag", "Hafslund", "120000", TODAY,
     ("ringe", FRI)),
    ("Sendte tilbud til Hydro 400k i går, skal følge opp torsdag", "Hydro", "400000", SUN,
     ("følge opp", THU)),
    ("Sendte tilbud til Coop 90k, kommer til å følge opp fredag", "Coop", "90000", TODAY,
     ("følge opp", FRI)),
    # Swedish
    ("Offert skickad till Volvo 1,2 mkr, följer upp på torsdag", "Volvo", "1200000", TODAY,
     ("följer upp", THU)),
    ("Skickade offert till Ikea 300 tkr, ringer dem på fredag", "Ikea", "300000", TODAY,
     ("ringer", FRI)),
    ("Offert till Ericsson 800 tkr skickad, hör av mig på måndag", "Ericsson", "800000", TODAY,
     ("hör av mig", MON)),
    ("Offert till Saab 2 mkr skickad, stämmer av med dem onsdag", "Saab", "2000000", TODAY,
     ("stämmer av", WED)),
    ("Skickade offert till ICA på 90 tkr, kollar av torsdag", "ICA", "90000", TODAY,
     ("kollar av", THU)),
    ("Offert till Scania 400 tkr skickad, på fredag ringer jag dem", "Scania", "400000", TODAY,
     ("ringer", FRI)),
    ("Offert skickad till Axfood 500 tkr, ska följa upp dem på fredag", "Axfood", "500000",
     TODAY, ("följa upp", FRI)),
    ("Offert till Ericsson 800 tkr skickad, jagar dem på torsdag", "Ericsson", "800000", TODAY,
     ("jagar", THU)),
    # Danish
    ("Sendte tilbud til Carlsberg på 300.000 kr, rykker dem på torsdag", "Carlsberg", "300000",
     TODAY, ("rykker dem", THU)),
    ("Tilbud sendt til Novo 1 mio, ringer tirsdag", "Novo", "1000000", TODAY, ("ringer", TUE)),
    ("Sendte tilbud til Vestas 450.000 kr, tjekker ind fredag", "Vestas", "450000", TODAY,
     ("tjekker ind", FRI)),
    ("Sendte tilbud til Danfoss 200.000, kontakter dem igen onsdag", "Danfoss", "200000", TODAY,
     ("kontakter", WED)),
    ("Sendte tilbud til Salling 300.000 kr, vender tilbage til dem på fredag", "Salling",
     "300000", TODAY, ("vender tilbage", FRI)),
    # English
    ("Sent Tesco a quote for 40k, following up Thursday", "Tesco", "40000", TODAY,
     ("following up", THU)),
    ("Sent a proposal to Boots for £25k, will follow up on Friday", "Boots", "25000", TODAY,
     ("follow up", FRI)),
    ("Quote out to Ocado 60k, ping them Wednesday", "Ocado", "60000", TODAY, ("ping", WED)),
    ("Sent Vodafone the proposal, 120k, circling back Monday", "Vodafone", "120000", TODAY,
     ("circling back", MON)),
    ("Sent an offer to BT for 90k, checking in with them Thursday", "BT", "90000", TODAY,
     ("checking in", THU)),
    ("Sent Barclays a quote of 200k, getting back to them on Tuesday", "Barclays", "200000",
     TODAY, ("getting back to", TUE)),
    ("Sent Shell an offer for 80k, on Thursday I'll chase them", "Shell", "80000", TODAY,
     ("chase", THU)),
    ("Sent Ocado a quote for 60k, going to chase them Friday", "Ocado", "60000", TODAY,
     ("chase", FRI)),
    ("Sent the proposal to Monzo, 45k, touching base with them Tuesday", "Monzo", "45000",
     TODAY, ("touching base", TUE)),
    ("Quote sent to Currys 70k – I'll check in on Friday", "Currys", "70000", TODAY,
     ("check in", FRI)),
    # the customer comes back: no step of ours, and not the offer's day
    ("Sendte tilbud til Maersk 250k, de vender tilbage i næste uge", "Maersk", "250000", TODAY,
     None),
    ("Sent Shell an offer for 80k, they'll come back next week", "Shell", "80000", TODAY, None),
    ("Offert till Volvo 200 tkr skickad, de återkommer nästa vecka", "Volvo", "200000", TODAY,
     None),
    ("Tilbud sendt til Aker 400k, de svarer fredag", "Aker", "400000", TODAY, None),
    # a day of the offer's own is its day, as before
    ("Sendt tilbud til Aker BP 850k torsdag", "Aker BP", "850000", date(2026, 11, 26), None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "customer", "amount", "when", "step"), OFFERS)
def test_an_offer_keeps_its_own_day_and_the_follow_up_is_the_next_step(
    text: str, customer: str, amount: str, when: date, step: tuple[str, date] | None
) -> None:
    found = recognise(text, today=TODAY)
    assert found.outcome is Outcome.SURE, found.reasons
    assert (found.kind, found.customer, found.amount) == (ActivityKind.OFFER, customer, _k(amount))
    assert found.when == when
    assert found.command().next_step == (NextStep(*step) if step else None)


# A meeting or call held, with a follow-up beside it: held today, the follow-up next.
TALKS = [
    ("Ringte Yara i dag, ringer igjen fredag", ActivityKind.CALL, "Yara", ("ringer", FRI)),
    ("Had a great meeting with Tesco today, following up Thursday", ActivityKind.MEETING,
     "Tesco", ("following up", THU)),
    ("Møte med DNB i dag, følger opp fredag", ActivityKind.MEETING, "DNB", ("call", FRI)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "customer", "step"), TALKS)
def test_a_talk_held_today_keeps_today_and_plans_the_follow_up(
    text: str, kind: ActivityKind, customer: str, step: tuple[str, date]
) -> None:
    found = recognise(text, today=TODAY)
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, kind, customer)
    assert found.when == TODAY
    assert found.command().next_step == NextStep(*step)


@pytest.mark.parametrize(
    ("text", "kind", "when", "planned"),
    [
        # the verb is the record itself: a call to come, planned, nothing counted as held
        ("Ringer Equinor fredag", ActivityKind.CALL, TODAY, FRI),
        ("Følger opp Equinor fredag", ActivityKind.CALL, TODAY, FRI),
        # a past form is a record of its own, on its own day
        ("Ringte DNB på fredag", ActivityKind.CALL, date(2026, 11, 27), None),
        ("Fulgte opp Orkla på telefon i dag", ActivityKind.CALL, TODAY, None),
    ],
)
def test_the_verb_that_is_the_record_keeps_its_day(
    text: str, kind: ActivityKind, when: date, planned: date | None
) -> None:
    found = recognise(text, today=TODAY)
    assert (found.outcome, found.kind, found.when) == (Outcome.SURE, kind, when)
    assert (found.next_step.due if found.next_step else None) == planned


# Offers the cues missed beside other words.
@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Telenor fikk tilbud i dag på 300k", "Telenor", "300000"),
        ("Telenor fikk et tilbud på 300k i dag", "Telenor", "300000"),
        ("Volvo fick offert idag på 1,2 mkr", "Volvo", "1200000"),
        ("Maersk fik tilbud i dag på 250.000 kr", "Maersk", "250000"),
        ("Shell got a quote of 80k today", "Shell", "80000"),
    ],
)
def test_a_customer_who_got_an_offer_got_ours(text: str, customer: str, amount: str) -> None:
    found = recognise(text, today=TODAY)
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.SURE,
        ActivityKind.OFFER,
        customer,
    )
    assert (found.amount, found.when) == (_k(amount), TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "Vi fikk tilbud fra Telenor på 300k",  # an offer to us (asked at most, never an offer)
        "We got a quote from Shell for 80k",
        "Telenor fikk tilbud fra Telia på 300k",  # a competitor's offer to them
    ],
)
def test_an_offer_to_us_or_from_someone_else_is_not_ours(text: str) -> None:
    found = recognise(text, today=TODAY)
    assert found.outcome is not Outcome.SURE or found.kind is not ActivityKind.OFFER
    assert found.kind is not ActivityKind.OFFER or found.outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "kind", "customer", "amount"),
    [
        ("Bra möte med Volvo idag! Offert på 1,2 mkr skickad", ActivityKind.MEETING, "Volvo",
         "1200000"),
        ("Met with BP today and sent them a quote of 120k", ActivityKind.MEETING, "BP", "120000"),
        ("Met with BP today. Sent them a quote of 120k", ActivityKind.MEETING, "BP", "120000"),
        ("Möte med Volvo idag och skickade offert på 1,2 mkr", ActivityKind.MEETING, "Volvo",
         "1200000"),
    ],
)  # fmt: skip
def test_an_offer_sent_beside_a_meeting_is_asked_on_its_own(
    text: str, kind: ActivityKind, customer: str, amount: str
) -> None:
    found = recognise(text, today=TODAY)
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.SURE, kind, customer, TODAY,
    )  # fmt: skip
    asked = found.also
    assert asked is not None
    assert (asked.outcome, asked.kind, asked.customer) == (
        Outcome.LIKELY,
        ActivityKind.OFFER,
        customer,
    )
    assert (asked.amount, asked.when) == (_k(amount), TODAY)


def test_an_offer_beside_a_meeting_with_two_customers_is_no_guess() -> None:
    found = recognise("Møte med Volvo og Scania idag, offert på 1,2 mkr skickad", today=TODAY)
    assert found.also is None or found.also.kind is not ActivityKind.OFFER


# -- the commands ------------------------------------------------------------------------------
COMMANDS = [
    # the lead's findings: stored at once, today, the next step as typed
    (ActivityKind.OFFER, "Aker BP 850k følger opp torsdag", TODAY, ("følger opp", THU), None),
    (ActivityKind.OFFER, "Equinor 1,2 mill, ringer fredag", TODAY, ("ringer", FRI), None),
    (ActivityKind.MEETING, "DNB varm, purrer mandag", TODAY, ("purrer", MON), None),
    (ActivityKind.OFFER, "Maersk 250.000 kr følger op på fredag", TODAY, ("følger op", FRI), None),
    (ActivityKind.OFFER, "Shell 80k chasing Thursday", TODAY, ("chasing", THU), None),
    # more phrasings
    (ActivityKind.OFFER, "Equinor 1,2 mill, ringer dem fredag", TODAY, ("ringer dem", FRI), None),
    (ActivityKind.MEETING, "DNB varm, sjekker inn torsdag", TODAY, ("sjekker inn", THU), None),
    (ActivityKind.CALL, "Yara varm, kontakter dem igjen tirsdag", TODAY,
     ("kontakter dem igjen", TUE), None),
    (ActivityKind.OFFER, "Scania 400 tkr återkopplar på tisdag", TODAY, ("återkopplar", TUE), None),
    (ActivityKind.OFFER, "Yara 300k i går, følger opp mandag", SUN, ("følger opp", MON), None),
    (ActivityKind.CALL, "Telia varm, ringer tilbake torsdag", TODAY, ("ringer tilbake", THU), None),
    (ActivityKind.MEETING, "Volvo varm, följer upp på torsdag", TODAY, ("följer upp", THU), None),
    (ActivityKind.OFFER, "Saab 2 mkr, stämmer av med dem onsdag", TODAY,
     ("stämmer av med dem", WED), None),
    (ActivityKind.OFFER, "Carlsberg 300.000 kr, rykker dem torsdag", TODAY, ("rykker dem", THU),
     None),
    (ActivityKind.MEETING, "Vestas varm, tjekker ind fredag", TODAY, ("tjekker ind", FRI), None),
    (ActivityKind.OFFER, "Tesco 40k following up Thursday", TODAY, ("following up", THU), None),
    (ActivityKind.MEETING, "Boots warm, will follow up on Friday", TODAY, ("will follow up", FRI),
     None),
    (ActivityKind.OFFER, "Ocado 60k, ping them Wednesday", TODAY, ("ping them", WED), None),
    (ActivityKind.CALL, "Vodafone warm circling back Monday", TODAY, ("circling back", MON), None),
    # the customer comes back: the note, no step, today's
    (ActivityKind.OFFER, "Maersk 250.000 kr, de vender tilbage i næste uge", TODAY, None,
     "de vender tilbage i næste uge"),
    (ActivityKind.OFFER, "Shell 80k, they'll come back next week", TODAY, None,
     "they'll come back next week"),
    (ActivityKind.OFFER, "Volvo 200 tkr, de återkommer nästa vecka", TODAY, None,
     "de återkommer nästa vecka"),
    (ActivityKind.MEETING, "DNB varm - kunden kommer tilbake fredag", TODAY, None,
     "kunden kommer tilbake fredag"),
    # unchanged: a day of the activity's own, a call yesterday, a step named
    (ActivityKind.OFFER, "Aker BP 850k torsdag", date(2026, 11, 26), None, None),
    (ActivityKind.CALL, "Vodafone call yesterday", SUN, None, None),
    (ActivityKind.MEETING, "DNB varm neste møte fredag", TODAY, ("møte", FRI), None),
    (ActivityKind.MEETING, "KPMG warm follow-up call Dec 2", TODAY, ("follow-up call", WED), None),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text", "when", "step", "note"), COMMANDS)
def test_a_command_keeps_its_own_day_and_the_follow_up_is_the_next_step(
    kind: ActivityKind, text: str, when: date, step: tuple[str, date] | None, note: str | None
) -> None:
    cmd = parse_log_command(kind, text, today=TODAY)
    assert cmd.unread is None  # stored at once, nothing asked
    assert cmd.when == when
    assert cmd.next_step == (NextStep(*step) if step else None)
    assert cmd.note == note


def test_a_follow_up_on_a_past_day_is_never_planned() -> None:
    with pytest.raises(UserError):
        # "neste" names a step to come: a past day is refused, never stored as the activity's
        parse_log_command(ActivityKind.MEETING, "DNB neste møte 2026-11-20", today=TODAY)
    cmd = parse_log_command(ActivityKind.CALL, "DNB ringte i går", today=TODAY)
    assert (cmd.when, cmd.next_step) == (SUN, None)


# -- the words ---------------------------------------------------------------------------------
def _words(text: str) -> list[str]:
    return [fold(w).strip(",;:.!?") for w in text.split()]


@pytest.mark.parametrize(
    ("text", "day_at", "ours"),
    [
        ("følger opp torsdag", 2, True),
        ("ringer dem igjen på fredag", 4, True),
        ("på fredag følger jeg opp", 0, True),
        ("fredag ringer vi dem", 0, True),
        ("de ringer fredag", 2, False),  # the customer calls us
        ("they'll get back to us Friday", 5, False),
        ("de vender tilbage fredag", 3, False),
        ("will follow up on Friday", 4, True),
    ],
)
def test_the_phrase_a_day_is_tied_to(text: str, day_at: int, ours: bool) -> None:
    words = _words(text)
    end = day_at + 2 if words[day_at] == "pa" else day_at + 1
    said = follow_up.tied(words, day_at, end)
    assert said is not None and said.ours is ours


@pytest.mark.parametrize(
    ("text", "day_at"),
    [
        ("fulgte opp torsdag", 2),  # a past form: the record's own
        ("ringte dem fredag", 2),
        ("call yesterday", 1),
        ("møte fredag", 1),
    ],
)
def test_no_phrase_ties_a_day_of_the_records_own(text: str, day_at: int) -> None:
    words = _words(text)
    assert follow_up.tied(words, day_at, day_at + 1) is None
