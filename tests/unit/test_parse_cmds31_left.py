"""Session 31 (heldcmd31), phase 1: phrasings found in session 30 and not yet read right, each a
class of three to five variants (one at least in another language), read as the app reads them
(the seller's language passed; the question the recorder asks where the reading is unsure),
on Wednesday 2 December 2026. Each row marked "was:" was read wrong on main at 3fa7831b."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.commands import candidate_keys, parse_log_command
from bot.services.customers import customer_key
from tests.unit.fresh_phrasings import check_command
from tests.unit.steps30_reading import read

TODAY = date(2026, 12, 2)  # Wednesday, ISO week 49
YESTERDAY = date(2026, 12, 1)
M = Decimal


# 1. An amount range with its currency at both ends, or said in words: asked Low / Middle / High
# (was: "£20k-£25k" refused as no amount; "£20k – £25k" stored at 20k, "£25k" its note;
# "kr 200 000 - kr 250 000" stored at the high end, the low unread; "between £20k and £25k"
# the high end stored, "between £20k and" asked as unread)
RANGES = [
    ("offer", "en", "Aviva £20k-£25k", "£20k-£25k", M(20000), M(25000)),
    ("offer", "en", "Aviva £20k – £25k, warm", "£20k – £25k", M(20000), M(25000)),
    ("win", "en", "Tesco £20-£25k yesterday", "£20-£25k", M(20000), M(25000)),
    ("offer", "en", "Aviva between £20k and £25k", "between £20k and £25k", M(20000), M(25000)),
    ("offer", "nb", "Tine kr 200 000 - kr 250 000", "kr 200 000 - kr 250 000", M(200000), M(250000)),
    ("offer", "sv", "Ica 1,5 mkr – 2 mkr", "1,5 mkr – 2 mkr", M(1500000), M(2000000)),
    ("offer", "nb", "Tine mellom 2 mill og 3 mill", "mellom 2 mill og 3 mill", M(2000000), M(3000000)),
    # kept: spoken ranges were asked already
    ("offer", "nb", "Tine mellom 2 og 3 mill", "mellom 2 og 3 mill", M(2000000), M(3000000)),
    ("offer", "en", "Aviva between 20 and 25k", "between 20 and 25k", M(20000), M(25000)),
    ("offer", "sv", "Ica mellan 1,5 och 2 mkr", "mellan 1,5 och 2 mkr", M(1500000), M(2000000)),
    ("offer", "da", "Netto mellem 2 og 3 mio. kr", "mellem 2 og 3 mio. kr", M(2000000), M(3000000)),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "lang", "text", "span", "low", "high"), RANGES)
def test_a_range_with_its_sign_at_both_ends_or_in_words_is_asked(
    kind: str, lang: str, text: str, span: str, low: Decimal, high: Decimal
) -> None:
    found = read(kind, text, lang, TODAY)
    asked = found.asked
    assert asked is not None and asked.code == "amount_range", asked
    assert (asked.params["said"], asked.params["low"], asked.params["high"]) == (span, low, high)
    assert found.cmd.note is not None and found.cmd.note.startswith(span)


def test_two_currencies_are_no_range() -> None:
    with pytest.raises(Exception) as refused:
        parse_log_command(ActivityKind.OFFER, "Aviva £20k-€25k", today=TODAY, krone="GBP")
    assert getattr(refused.value, "code", None) == "bad_amount"
    assert not hasattr(refused.value, "said")


# 2. An offer's or a win's amount after a dash, none before it: its amount (was: refused as
# missing); what follows it the note; after "--" typed still the note.
DASHED = [
    ("offer", "nb", "Tilbud sendt til Netto i går – 450.000 kr", {"customer": "Netto", "when": YESTERDAY, "amount": M(450000), "currency": "NOK", "note": None}),
    ("offer", "sv", "Offert till Ica igår – 300 000 kr, ramavtal", {"customer": "Ica", "when": YESTERDAY, "amount": M(300000), "currency": "SEK", "note": "ramavtal"}),
    ("offer", "da", "Netto i går — 1,2 mio. kr", {"customer": "Netto", "when": YESTERDAY, "amount": M(1200000), "currency": "DKK"}),
    ("offer", "en", "Aviva yesterday – £45k", {"customer": "Aviva", "when": YESTERDAY, "amount": M(45000), "currency": "GBP"}),
    ("win", "en", "Tesco – £40k – great news", {"customer": "Tesco", "amount": M(40000), "currency": "GBP", "note": "great news"}),
    ("win", "nb", "Tine i går – 800k", {"customer": "Tine", "when": YESTERDAY, "amount": M(800000)}),
    # kept: a bare number after the dash (a year) is no amount; the win's amount is the offer's
    ("win", "nb", "Tine – 2027 budsjett godkjent", {"customer": "Tine", "amount": None, "note": "2027 budsjett godkjent"}),
]  # fmt: skip


@pytest.mark.parametrize("row", DASHED, ids=[r[2][:50] for r in DASHED])
def test_the_amount_after_a_dash_is_the_amount(row: tuple) -> None:
    check_command(row, TODAY, language=True)


def test_a_range_after_a_dash_is_asked() -> None:
    found = read("offer", "Rema i går – 2-3 mill", "nb", TODAY)
    assert found.asked is not None and found.asked.code == "amount_range"
    assert found.cmd.when == YESTERDAY and found.cmd.customer == "Rema"


def test_after_two_dashes_an_amount_alone_is_the_amount() -> None:
    # lead36 (the lead's decision): a note that is an amount and nothing else, with none before
    # it, is the amount (was refused as missing for an offer, and a win stored of no value)
    cmd = parse_log_command(ActivityKind.OFFER, "Netto i går -- 450.000 kr", today=TODAY)
    assert (cmd.customer, cmd.amount, cmd.note) == ("Netto", Decimal(450000), None)


def test_after_two_dashes_more_than_an_amount_is_the_note() -> None:
    with pytest.raises(Exception) as refused:
        parse_log_command(ActivityKind.OFFER, "Netto i går -- 450.000 kr, ramavtal", today=TODAY)
    assert getattr(refused.value, "code", None) == "missing_amount"


# 3. A meeting held on Teams, Zoom or video, said with a call's noun: a meeting with the customer
# (was: a customer "Teams" refused, a customer "Video", "Teams-samtale", or a step "call" due
# yesterday refused as a day gone)
ONLINE = [
    ("meeting", "en", "Teams call with Tesco", {"customer": "Tesco", "unread": None, "next": None}),
    ("meeting", "en", "Zoom call with Tesco yesterday", {"customer": "Tesco", "when": YESTERDAY, "next": None}),
    ("meeting", "en", "Video call w/ Asda, warm", {"customer": "Asda", "temp": "warm", "unread": None}),
    ("meeting", "nb", "Teams-samtale med Orkla", {"customer": "Orkla", "unread": None}),
    ("meeting", "sv", "Zoom-samtal med Ica igår", {"customer": "Ica", "when": YESTERDAY}),
    ("meeting", "da", "Teams-opkald med Netto i går", {"customer": "Netto", "when": YESTERDAY, "unread": None}),
    # kept: a name that begins with such a word
    ("meeting", "en", "Zoom Video Communications yesterday", {"customer": "Zoom Video Communications", "when": YESTERDAY}),
]  # fmt: skip


@pytest.mark.parametrize("row", ONLINE, ids=[r[2][:50] for r in ONLINE])
def test_a_meeting_held_on_a_screen_is_a_meeting_with_the_customer(row: tuple) -> None:
    check_command(row, TODAY, language=True)


# 4. A deal said done before whom it was with: the customer is who it was with (was: a customer
# "Deal", "Closed", "Affären", "Handel", or refused: "Avtale" is no customer)
DEALS = [
    ("win", "en", "Deal done with Tesco", {"customer": "Tesco"}),
    ("win", "en", "Closed the deal with Tesco £40k", {"customer": "Tesco", "amount": M(40000), "currency": "GBP", "unread": None}),
    ("win", "nb", "Avtale i boks med Tine", {"customer": "Tine", "unread": None}),
    ("win", "nb", "Avtalen signert med Tine 800k i går", {"customer": "Tine", "when": YESTERDAY, "amount": M(800000)}),
    ("win", "sv", "Affären klar med Ica", {"customer": "Ica", "unread": None}),
    ("win", "da", "Handel lukket med Netto", {"customer": "Netto", "unread": None}),
    ("win", "da", "Aftalen er i hus med Netto", {"customer": "Netto", "unread": None}),
    ("win", "sv", "Affären i hamn med Ica 2 mkr", {"customer": "Ica", "amount": M(2000000), "currency": "SEK", "unread": None}),
    # kept: a name that begins with the word
    ("win", "en", "Deal Partners 200k", {"customer": "Deal Partners", "amount": M(200000)}),
]  # fmt: skip


@pytest.mark.parametrize("row", DEALS, ids=[r[2][:50] for r in DEALS])
def test_a_deal_said_done_is_no_customer(row: tuple) -> None:
    check_command(row, TODAY, language=True)


# 5. A known customer with "and" in its name after a meal's or a meeting's words: looked up,
# the one customer (was: never looked up, "Is Marks and Spencer one customer or two?")
KNOWN_AND = [
    ("meeting", "en", "Coffee with Marks and Spencer", "Marks and Spencer", "Coffee"),
    ("meeting", "en", "Lunch with Procter and Gamble yesterday", "Procter and Gamble", "Lunch"),  # kept
    ("meeting", "nb", "Kaffe med Hansen og Sønner", "Hansen og Sønner", "Kaffe"),
    ("meeting", "sv", "Fika med Svensson och Son", "Svensson och Son", "Fika"),
    ("meeting", "en", "Teams call with Marks and Spencer", "Marks and Spencer", None),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "lang", "text", "name", "note"), KNOWN_AND)
def test_a_known_name_with_and_is_looked_up_after_a_meals_words(
    kind: str, lang: str, text: str, name: str, note: str | None
) -> None:
    known_names = {
        "Marks and Spencer",
        "Procter and Gamble",
        "Hansen og Sønner",
        "Svensson och Son",
    }
    keys = {customer_key(n) for n in known_names}
    looked_up = candidate_keys(text) & keys  # what the app fetches of the workspace's
    cmd = parse_log_command(
        ActivityKind(kind), text, today=TODAY, known_customers=looked_up, language=lang
    )
    assert (cmd.customer, cmd.note) == (name, note)


# 6. A step on one of two days or weeks: asked with a button for each, a week's its first
# working day, a week gone this year next year's (was: the first week stored, "eller 25"
# unread; or "møte fredag eller" the step, due Monday, stored unasked)
EITHER = [
    ("meeting", "nb", "Orkla i dag, varm, neste møte i uke 24 eller 25", "møte", "i uke 24 eller 25", (date(2027, 6, 14), date(2027, 6, 21))),
    ("meeting", "nb", "Orkla i dag, varm, neste møte fredag eller mandag", "møte", "fredag eller mandag", (date(2026, 12, 4), date(2026, 12, 7))),
    ("meeting", "en", "Tesco today, next meeting week 2 or 3", "meeting", "week 2 or 3", (date(2027, 1, 11), date(2027, 1, 18))),
    ("call", "sv", "Ica idag, ringer igen fredag eller måndag", "ringer igen", "fredag eller måndag", (date(2026, 12, 4), date(2026, 12, 7))),
    ("meeting", "da", "Netto i dag, næste møde uge 3 eller 4", "møde", "uge 3 eller 4", (date(2027, 1, 18), date(2027, 1, 25))),
    ("call", "en", "Tesco today, call back Fri or Mon, warm", "call back", "Fri or Mon", (date(2026, 12, 4), date(2026, 12, 7))),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "lang", "text", "what", "said", "days"), EITHER)
def test_a_step_on_one_of_two_days_is_asked_with_both(
    kind: str, lang: str, text: str, what: str, said: str, days: tuple[date, date]
) -> None:
    found = read(kind, text, lang, TODAY)
    asked = found.asked
    assert found.cmd.next_step is None
    assert asked is not None and asked.code == "step_when", asked
    assert (asked.params["what"], asked.params["said"]) == (what, said)
    assert asked.options[:2] == tuple(f"step:{day.isoformat()}" for day in days)


# 7. An approximate day for a step is that day (was: the step "følger opp ca.", "chase approx.")
ABOUT = [
    ("call", "nb", "Orkla i dag, følger opp ca. 10. mai", {"customer": "Orkla", "next": ("følger opp", date(2027, 5, 10))}),
    ("call", "sv", "Ica idag, ringer igen cirka 10 maj", {"customer": "Ica", "next": ("ringer igen", date(2027, 5, 10))}),
    ("call", "en", "Tesco today, chase approx. 10 May", {"customer": "Tesco", "next": ("chase", date(2027, 5, 10))}),
    ("call", "en", "Tesco today, follow up around the 10th", {"customer": "Tesco", "next": ("follow up", date(2026, 12, 10))}),
    ("call", "da", "Netto i dag, følger op omkring 10. maj", {"customer": "Netto", "next": ("følger op", date(2027, 5, 10))}),
]  # fmt: skip


@pytest.mark.parametrize("row", ABOUT, ids=[r[2][:50] for r in ABOUT])
def test_an_approximate_day_is_that_day(row: tuple) -> None:
    check_command(row, TODAY, language=True)


# 8. A month with a time of day ("i januar kl 10" said in December, "i november kl 10"): the month
# is still no day of it, asked as the month alone is (was: "Fri 1 Jan 2027 is ahead", a plan
# offered on New Year's Day at 10; or the meeting stored on 1 November unasked)
MONTH_AND_TIME = [
    ("meeting", "nb", "Rema i januar kl 10", "i januar", True),
    ("meeting", "en", "Tesco in January at 10am", "in January", True),
    ("meeting", "sv", "Ica i januari kl. 10", "i januari", True),
    ("call", "da", "Netto i januar kl 10", "i januar", True),
    ("meeting", "nb", "Rema i november kl 10", "i november", False),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "lang", "text", "said", "ahead"), MONTH_AND_TIME)
def test_a_month_with_a_time_is_asked_as_the_month(
    kind: str, lang: str, text: str, said: str, ahead: bool
) -> None:
    found = read(kind, text, lang, TODAY)
    asked = found.asked
    assert found.cmd.when == TODAY
    assert asked is not None and asked.code == "which_day_pick", asked
    assert asked.params["said"] == said
    assert ("ahead_month" in asked.options) is ahead


# 6b. One week said for a step, a quarter or more gone this year: next year's (was: refused,
# "the next step's date, Mon 8 Jun 2026, has already passed"); a week just gone is still refused
ONE_WEEK_AHEAD = [
    ("meeting", "nb", "Orkla i dag, neste møte uke 24", {"customer": "Orkla", "next": ("møte", date(2027, 6, 18))}),
    ("meeting", "en", "Tesco today, next meeting week 24", {"customer": "Tesco", "next": ("meeting", date(2027, 6, 18))}),
    ("call", "sv", "Ica idag, ringer igen v. 30", {"customer": "Ica", "next": ("ringer igen", date(2027, 7, 30))}),
    # kept: the nearest week, ahead
    ("meeting", "da", "Netto i dag, næste møde uge 10", {"customer": "Netto", "next": ("møde", date(2027, 3, 12))}),
    ("meeting", "nb", "Orkla i dag, neste møte uke 2", {"customer": "Orkla", "next": ("møte", date(2027, 1, 15))}),
]  # fmt: skip


@pytest.mark.parametrize("row", ONE_WEEK_AHEAD, ids=[r[2][:50] for r in ONE_WEEK_AHEAD])
def test_a_week_long_gone_this_year_is_next_years(row: tuple) -> None:
    check_command(row, TODAY, language=True)


def test_a_week_just_gone_is_refused_still() -> None:
    with pytest.raises(Exception) as refused:
        parse_log_command(
            ActivityKind.MEETING, "Orkla i dag, neste møte uke 47", today=TODAY, language="nb"
        )
    assert getattr(refused.value, "code", None) == "next_date_in_past"


def test_a_range_after_words_that_were_no_range_is_no_crash() -> None:
    # was: TypeError (a 500) once "300k til 2027" had been tried as a range: the range reader's
    # flag for its second amount overwrote its list of unit words
    with pytest.raises(Exception) as refused:
        parse_log_command(
            ActivityKind.OFFER, "Tine 300k til 2027 og 250-300 kr", today=TODAY, language="nb"
        )
    assert getattr(refused.value, "code", None) == "bad_amount"
