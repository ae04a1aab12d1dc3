"""What the lead's probe found in session 16 and fixed. An offer already out, and what became of
it (it lapsed, its time was stretched, it was followed up), was counted as a new offer sent, or
its extension as a renewal won; a Swedish call with "inget svar" (no answer) was counted where
"ingen svar" was not; a call where a message was left was counted while "left a voicemail" was
not. Each NOTHING row records something on 128cf42; the STILL rows keep what sends an offer."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import recognise
from bot.services.capture.message import Outcome

MONDAY = date(2026, 11, 30)
KNOWN = {"Tine", "Tesco", "Scania", "Mærsk", "Veidekke"}
OPEN = {"tine", "tesco", "scania"}

NOTHING = [
    # lapsed or stretched, in four languages
    "Tilbudet til Tine (85k) gikk ut i dag uten svar",
    "Tilbudet til Tine på 85k er utløpt",
    "Tilbuddet til Mærsk på 85.000 kr er udløbet",
    "Offerten till Scania på 85 000 kr har löpt ut",
    "Quote to Tesco for £85k expired today, no answer",
    "Our £85k proposal to Tesco lapsed last week",
    "Tilbudet til Tine er forlenget til 15.12",
    "Offerten till Scania förlängd till 15/12, 400 tkr",
    "Tilbuddet til Mærsk er forlænget til januar",
    "Quote to Tesco extended to end of Jan, £45k",
    # followed up: the offer is what was followed up
    "Fulgte opp tilbudet til Tine på 85k, de ser på det",
    "Följde upp offerten till Scania på 400 tkr",
    "Followed up on the quote to Tesco, £45k",
]

# mendG31 (the lead, session 31): a call with no one at the other end is the seller's attempt,
# asked as a call, the words that say so its note (was: nothing, in this file's NOTHING)
UNANSWERED = [
    ("Ringde Scania men fick inget svar", "Scania", "fick inget svar"),
    ("Ringde Scania, inget svar", "Scania", "inget svar"),
    ("Ringte Tine, la igjen beskjed", "Tine", "la igjen beskjed"),
    ("Ringde Scania, lämnade ett meddelande", "Scania", "lämnade ett meddelande"),
    ("Ringede til Mærsk, lagde en besked", "Mærsk", "lagde en besked"),
    ("Ringte Tine men fikk ikke tak i noen", "Tine", "fikk ikke tak i noen"),
    ("Called Tesco, couldn't reach the buyer", "Tesco", "couldn't reach the buyer"),
]

STILL = [
    # (text, outcome, kind, customer, amount): an offer sent stands beside what lapsed
    (
        "Sendte nytt tilbud til Tine på 90k, det gamle gikk ut uten svar",
        "sure",
        "offer",
        "Tine",
        "90000",
    ),
    # "gikk ut" is "went out", sent (two held-out writers read it so)
    ("Tilbudet til Veidekke gikk ut i dag, 2,1 mill", "sure", "offer", "Veidekke", "2100000"),
    ("Tilbud til Tine 85k, følger opp fredag", "sure", "offer", "Tine", "85000"),
    # a contract renewed is a win, an offer's validity extended is not
    ("Tine forlenget avtalen til 2028, 400k", "sure", "win", "Tine", "400000"),
    ("Ringte Tine, de vil ha møte", "sure", "call", "Tine", None),
]


@pytest.mark.parametrize("text", NOTHING)
def test_what_became_of_an_offer_out_or_a_call_unanswered_records_nothing(text: str) -> None:
    found = recognise(text, today=MONDAY, known_customers=KNOWN, open_offers=OPEN)
    assert found.outcome is Outcome.NOTHING, found


@pytest.mark.parametrize(("text", "customer", "note"), UNANSWERED)
def test_a_call_unanswered_is_asked_as_a_call(text: str, customer: str, note: str) -> None:
    found = recognise(text, today=MONDAY, known_customers=KNOWN, open_offers=OPEN)
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.LIKELY,
        ActivityKind.CALL,
        customer,
    )
    assert found.command().note == note


@pytest.mark.parametrize(("text", "outcome", "kind", "customer", "amount"), STILL)
def test_what_was_sent_or_won_still_records(text, outcome, kind, customer, amount) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=MONDAY, known_customers=KNOWN, open_offers=OPEN)
    assert found.outcome is Outcome(outcome), found
    assert found.kind is ActivityKind(kind)
    assert found.customer == customer
    assert found.amount == (None if amount is None else Decimal(amount))


YESTERDAY, TODAY = date(2026, 11, 29), MONDAY
EACH_ITS_DAY = [
    # (text, kind, first, its day, second, its day): the verb said once, a day each
    (
        "Var hos Tine i går og Orkla i dag, begge positive",
        "meeting",
        "Tine",
        YESTERDAY,
        "Orkla",
        TODAY,
    ),
    ("Møte m/ Tine kl 9, Orkla kl 13 – begge gikk fint", "meeting", "Tine", TODAY, "Orkla", TODAY),
    ("Møte med Tine i går og med Orkla i dag", "meeting", "Tine", YESTERDAY, "Orkla", TODAY),
    ("Träffade Volvo igår och Scania idag", "meeting", "Volvo", YESTERDAY, "Scania", TODAY),
    ("Ringte Tine i går og Orkla i dag", "call", "Tine", YESTERDAY, "Orkla", TODAY),
    ("Ringede til Mærsk i går og Vestas i morges", "call", "Mærsk", YESTERDAY, "Vestas", TODAY),
    ("Met Tesco yesterday and Boots this morning", "meeting", "Tesco", YESTERDAY, "Boots", TODAY),
]
NAMES = KNOWN | {"Orkla", "Volvo", "Vestas", "Boots"}


@pytest.mark.parametrize(("text", "kind", "first", "day", "second", "its_day"), EACH_ITS_DAY)
def test_a_second_customer_with_a_day_of_its_own_is_asked_on_its_own(
    text, kind, first, day, second, its_day
) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=MONDAY, known_customers=NAMES, open_offers=set())
    assert found.outcome is Outcome.LIKELY, found
    assert (found.kind, found.customer, found.when) == (ActivityKind(kind), first, day)
    also = found.also
    assert also is not None, found  # on 128cf42 the second was never asked: lost
    assert (also.kind, also.customer, also.when) == (ActivityKind(kind), second, its_day)
    assert also.outcome is Outcome.LIKELY and also.also is None


def test_a_second_name_that_says_something_else_is_no_second_talk() -> None:
    found = recognise(
        "Møte med Tine i går og Orkla er en kunde", today=MONDAY, known_customers=NAMES
    )
    assert found.customer == "Tine" and found.also is None


LAST_MONDAY = date(2026, 11, 23)
LIST_NAMES = NAMES | {"Novo", "Lego", "Kiwi", "Scania", "Posten Norge", "Elkjøp"}


def _records(found):  # type: ignore[no-untyped-def]
    out = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        out.append((found.kind.value, found.customer, found.when))
        found = found.also
    return out


WEEKLY = [
    # a weekly summary posted on Monday: the week gone, never this week (counted wrongly)
    (
        "Ugen der gik: 2 møder (Novo, Lego)",
        [("meeting", "Novo", LAST_MONDAY), ("meeting", "Lego", LAST_MONDAY)],
    ),
    (
        "Uka som gikk: 2 møter (Tine, Kiwi)",
        [("meeting", "Tine", LAST_MONDAY), ("meeting", "Kiwi", LAST_MONDAY)],
    ),
    (
        "Veckan som gick: 2 möten (Volvo, Scania)",
        [("meeting", "Volvo", LAST_MONDAY), ("meeting", "Scania", LAST_MONDAY)],
    ),
    (
        "The week that was: 2 meetings (Tesco, Boots)",
        [("meeting", "Tesco", LAST_MONDAY), ("meeting", "Boots", LAST_MONDAY)],
    ),
    # a count with no names takes no customer from another item ("1 tilbud (Orkla 400k)")
    ("Forrige uke: 2 møter, 3 telefoner, 1 tilbud (Orkla 400k)", [("offer", "Orkla", LAST_MONDAY)]),
    ("Forrige uke: 1 tilbud (Orkla 400k), 2 møter", [("offer", "Orkla", LAST_MONDAY)]),
    # a weekday under a heading that names the week is that week's, not today
    (
        "Forrige uke: møte Tine mandag, tilbud Orkla 400k onsdag",
        [("meeting", "Tine", LAST_MONDAY), ("offer", "Orkla", date(2026, 11, 25))],
    ),
    # days heading a list, going on into last week: Monday is last week's too
    (
        "Mandag: møte Tine\nTirsdag: tilbud Orkla 400k",
        [("meeting", "Tine", LAST_MONDAY), ("offer", "Orkla", date(2026, 11, 24))],
    ),
    # several customers' records in sentences of their own: each asked, none dropped
    (
        "I mandags ringte jeg Posten Norge. I tirsdags møte med Elkjøp",
        [("meeting", "Elkjøp", date(2026, 11, 24)), ("call", "Posten Norge", LAST_MONDAY)],
    ),
]


@pytest.mark.parametrize(("text", "want"), WEEKLY)
def test_a_weekly_summary_is_the_week_it_names_and_loses_nothing(text: str, want: list) -> None:  # type: ignore[type-arg]
    found = recognise(text, today=MONDAY, known_customers=LIST_NAMES | {"Orkla"})
    assert _records(found) == [(k, c, d) for k, c, d in want], found.reasons


def test_the_week_gone_said_late_in_the_week_is_this_week() -> None:
    friday = date(2026, 12, 4)
    found = recognise(
        "Uka som gikk: 2 møter (Tine, Kiwi)", today=friday, known_customers=LIST_NAMES
    )
    assert _records(found) == [("meeting", "Tine", MONDAY), ("meeting", "Kiwi", MONDAY)]


@pytest.mark.parametrize(
    ("text", "kind", "customer"),
    [
        ("Mtg w/ Tesco tmrw", "meeting", "Tesco"),  # was a sure meeting held today
        ("Call w Tesco tmw am", "call", "Tesco"),
        ("møte med Tine imorn", "meeting", "Tine"),
    ],
)
def test_tomorrow_in_chat_forms_is_a_plan_never_held_today(text, kind, customer) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=MONDAY, known_customers=KNOWN)
    assert found.customer == customer
    assert found.next_step is not None, found  # the lead's next step, not a record held today
    assert found.next_step.due == date(2026, 12, 1)


def test_a_prop_sent_is_an_offer() -> None:
    found = recognise("Sent prop to boots 20k", today=MONDAY, known_customers=KNOWN | {"Boots"})
    assert (found.outcome, found.kind, found.amount) == (Outcome.SURE, ActivityKind.OFFER, 20000)
    praise = recognise("Props to Kari for the Boots deal!", today=MONDAY, known_customers={"Boots"})
    assert praise.outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Fikk møte med Equinor!",
        "Got a meeting with Boots!",
        "Fick ett möte med Volvo!",
        "Fik et møde med Mærsk",
    ],
)
def test_a_meeting_got_is_booked_never_held_today(text: str) -> None:
    # Was a sure meeting held today: "fikk møte" holds the meeting word, so it was never read
    # as the booking it is (asked by when, talks16's question)
    names = {"Equinor", "Boots", "Volvo", "Mærsk"}
    found = recognise(text, today=MONDAY, known_customers=names)
    assert found.kind is ActivityKind.MEETING and found.outcome is Outcome.LIKELY, found
    assert "incomplete" in found.reasons  # booked with no day: asked by when


def test_a_meeting_got_and_held_stays_held() -> None:
    found = recognise(
        "Fikk møte med Equinor i går, gikk bra", today=MONDAY, known_customers={"Equinor"}
    )
    assert (found.outcome, found.when, found.next_step) == (Outcome.SURE, date(2026, 11, 29), None)


@pytest.mark.parametrize(
    "text",
    [
        "Lego bought 200 licences from Microsoft",
        "Lego kjøpte 200 lisenser fra Microsoft",
        "Lego købte 200 licenser af Microsoft",
        "Lego köpte 200 licenser från Microsoft",
    ],
)
def test_a_purchase_from_someone_else_is_no_win_of_ours(text: str) -> None:
    # Was a sure win, completed at the open offer's amount
    found = recognise(text, today=MONDAY, known_customers={"Lego"}, open_offers={"lego"})
    assert found.outcome is Outcome.NOTHING, found


@pytest.mark.parametrize("text", ["Lego kjøpte fra oss, 200k", "Lego bought from us! 200k"])
def test_a_purchase_from_us_is_our_win(text: str) -> None:
    found = recognise(text, today=MONDAY, known_customers={"Lego"}, open_offers={"lego"})
    assert (found.outcome, found.kind, found.amount) == (Outcome.SURE, ActivityKind.WIN, 200000)


def test_a_second_new_name_with_a_day_of_its_own_is_asked_too() -> None:
    # Found in the review's console run: with names kpibot did not know yet, Kiwi was recorded
    # at once and Rema never asked about
    found = recognise(
        "Var hos Kiwi i går og Rema i dag, begge positive", today=MONDAY, known_customers=set()
    )
    assert found.outcome is Outcome.LIKELY
    assert _records(found) == [("meeting", "Kiwi", YESTERDAY), ("meeting", "Rema", MONDAY)]
