"""The message corpus through the pure recogniser: issue 14's examples are all captured, chatter is
never recorded unasked, and the whole corpus meets the targets (bench/capture.py prints the
detail, per language)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Collection
from datetime import date
from pathlib import Path

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, mention_command, recognise
from tests.helpers import load_yaml

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bench_capture", ROOT / "bench" / "capture.py")
assert _spec and _spec.loader
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench_capture"] = bench  # dataclasses look their module up
_spec.loader.exec_module(bench)
# The held-out files below are read with `bench.load` (libyaml, every worker parsing every file
# at collection: ~0.3 s of CPU a worker for 28 files); here it is the suite's cached read
# (tests/helpers.load_yaml: the same objects, kept pickled by the file's digest). suite34
bench.load = load_yaml


def _held_out(holdout: dict, left: Collection[str] = ()) -> dict:
    """A held-out file's rows as parameters: a row left (a strict xfail, with its reason when
    `left` gives one) fails once it is read right, so its entry must then go."""
    reasons = left if isinstance(left, dict) else {}
    return {
        "argvalues": [
            pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=reasons.get(r["t"], "")))
            if r["t"] in left
            else r
            for r in holdout["messages"]
        ],
        "ids": [r["t"][:40] for r in holdout["messages"]],
    }


def _read_right_now(holdout: dict, row: dict) -> None:
    """Chatter records nothing (not even a question); a record is read right and as sure as
    expected (a second record asked about on its own)."""
    found = bench.read(holdout, row)
    if row["o"] == "nothing":
        assert found.outcome is Outcome.NOTHING, found.reasons
        return
    assert bench.problems(holdout, row, found) == [], found.reasons
    assert found.outcome.value == row["o"], found.reasons


CORPUS = load_yaml(ROOT / "tests" / "corpus" / "messages.yaml")  # as bench.load, with libyaml
ROWS = CORPUS["messages"]
CHATTER = [row for row in ROWS if row["o"] == "nothing"]
ISSUE_14 = (
    "Equinor har signert!",
    "Kontrakten med Orkla er i boks",
    "Got the order from Statoil Fuel, 90k",
    "Deal closed with Telia 200k",
    "Skrev kontrakt med ICA idag 400 000 kr",
    "Vi har landet aftalen med Novo 1 mio",
    "Quote out to Bring 150k",
    "Sent proposal to Kongsberg, 2.1M",
    "Booked a meeting with DNB next week",
    "Kundebesøk hos Ringnes i dag",
    "Tapte Nammo på pris",
)


def test_corpus_is_big_in_four_languages_and_a_third_chatter() -> None:
    assert len(ROWS) >= 400
    assert len(CHATTER) * 3 >= len(ROWS)
    for lang in ("en", "nb", "sv", "da"):
        assert sum(1 for row in ROWS if row["l"] == lang) >= 60, lang


@pytest.mark.parametrize("text", ISSUE_14)
def test_issue_14_examples_are_captured_right(text: str) -> None:
    [row] = [r for r in ROWS if r["t"] == text]
    found = bench.read(CORPUS, row)
    assert bench.problems(CORPUS, row, found) == [], found.reasons
    assert found.outcome.value == row["o"]


@pytest.mark.parametrize("row", CHATTER, ids=[row["t"][:40] for row in CHATTER])
def test_chatter_is_never_recorded_unasked(row: dict) -> None:
    assert bench.read(CORPUS, row).outcome is not Outcome.SURE


def test_the_corpus_meets_the_targets() -> None:
    tally = bench.Tally()
    for row in ROWS:
        tally.add(CORPUS, row)
    assert tally.captured >= 0.9 * tally.records, tally.misses
    assert tally.sure >= 0.7 * tally.records, tally.misses
    assert tally.chatter_sure == 0, tally.misses
    assert tally.chatter_asked <= 0.05 * tally.chatter, tally.misses


HUNT = load_yaml(ROOT / "tests" / "corpus" / "messages_holdout4.yaml")


@pytest.mark.parametrize("row", HUNT["messages"], ids=[r["t"][:40] for r in HUNT["messages"]])
def test_the_fourth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout4.yaml was measured before the rules it led to (README); since then it
    is regression data: every record captured right, no chatter recorded unasked."""
    found = bench.read(HUNT, row)
    if row["o"] == "nothing":
        assert found.outcome is not Outcome.SURE, found.reasons
    else:
        assert bench.problems(HUNT, row, found) == [], found.reasons


def test_losses_are_only_ever_asked() -> None:
    today = date(2026, 11, 20)
    for text in ("Lost Orkla 400k", "Tapte Orkla, 400 000 kr", "Förlorade Orkla", "Tabte Orkla"):
        found = recognise(text, today=today, known_customers=["Orkla ASA"])
        assert (found.outcome, found.kind) == (Outcome.LIKELY, ActivityKind.LOSS), text


def test_known_customers_win_over_guessed_names_and_suffixes_fold() -> None:
    today = date(2026, 11, 20)
    found = recognise("Signert EQUINOR asa 2 mill", today=today, known_customers=["Equinor ASA"])
    assert (found.outcome, found.customer, found.known_customer) == (
        Outcome.SURE,
        "Equinor ASA",
        True,
    )
    unknown = recognise("Won Vy 2 mill", today=today)
    assert (unknown.customer, unknown.known_customer) == ("Vy", False)


def test_a_win_without_an_amount_is_sure_only_when_it_closes_an_open_offer() -> None:
    today = date(2026, 11, 20)
    args = {"today": today, "known_customers": ["Nammo"]}
    assert recognise("Vann Nammo!", open_offers={"nammo"}, **args).outcome is Outcome.SURE
    assert recognise("Vann Nammo!", **args).outcome is Outcome.LIKELY


def test_mention_command_uses_the_slash_command_words() -> None:
    assert mention_command("<@UKPIBOT> meeting Acme warm") == ("meeting", "Acme warm")  # type: ignore[comparison-overlap]
    assert mention_command("<@UKPIBOT> møte Acme varm")[1] == "Acme varm"  # type: ignore[index]
    assert mention_command("<@UKPIBOT> hello there") is None


_KNOWN = ["Equinor ASA", "Orkla ASA", "Telenor", "DNB", "Yara", "Volvo"]


def _read(text: str, open_offers: set[str] | None = None) -> Recognition:
    return recognise(
        text,
        today=date(2026, 11, 20),
        known_customers=_KNOWN,
        open_offers=open_offers if open_offers is not None else {"orkla", "equinor"},
    )


@pytest.mark.parametrize(
    "text",
    (
        "Equinor vant kontrakten med staten, bra for dem",  # their news
        "Ericsson vann ett stort kontrakt i Indien",  # a third party won
        "Next week: Telenor demo Tue, DNB proposal Thu",  # an agenda
        "Neste uke: møte med DNB tirsdag, tilbud til Yara torsdag",
        "Ordered pizza for the Equinor workshop 🍕",  # what was ordered is no sale
        "Closed the Equinor ticket in Jira",
        "Signed the NDA with Orkla",
        "Telenor sa ja til møte neste uke",  # a meeting agreed is no win
        "Last year we won Equinor, this year it's tougher",  # long ago
        "We signed Orkla in 2019 and they're still happy",
        "Demo environment for Orkla is down again",  # a meeting word inside a thing's name
        "Equinor er vår største kunde 💪",
        "Lost 2-1 to Telenor in the corporate cup 😂",
    ),
)
def test_structural_chatter_records_nothing(text: str) -> None:
    found = _read(text)
    assert found.outcome is Outcome.NOTHING, found.reasons


@pytest.mark.parametrize(
    "text",
    (
        "lol Equinor signed the wrong page, sending again",  # an object we do not know
        "Equinor called to complain about the invoice 🙄",  # they called us
        "Telenor signed with Microsoft, not us",  # signed with another: a loss, asked
    ),
)
def test_doubtful_structure_is_asked_never_recorded_unasked(text: str) -> None:
    found = _read(text)
    assert found.outcome is Outcome.LIKELY, found.reasons


def test_a_competitors_win_is_our_loss_only_where_we_had_an_offer_out() -> None:
    asked = _read("Konkurrenten vant Equinor 😡", open_offers={"equinor"})
    assert (asked.outcome, asked.kind) == (Outcome.LIKELY, ActivityKind.LOSS)
    assert _read("Konkurrenten vant Equinor 😡", open_offers=set()).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "kind", "amount"),
    (
        ("Aker BP fornyet avtalen i fredags, 900k", ActivityKind.WIN, 900000),
        ("Booked 1.1M with Yara today 💰", ActivityKind.WIN, 1100000),
        ("Mersalg til Schibsted, 150k ekstra i år", ActivityKind.WIN, 150000),
        ("Telenor countersigned this morning 🖊️ 950k", ActivityKind.WIN, 950000),
        ("Signaturen fra DNB kom på DocuSign i morges 🖊️ 560 000 kr", ActivityKind.WIN, 560000),
        ("Slutoffert skickad till Volvo, 4 MSEK", ActivityKind.OFFER, 4000000),
    ),
)
def test_sales_bound_to_a_customer_with_an_amount_are_sure(
    text: str, kind: ActivityKind, amount: int
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.amount) == (Outcome.SURE, kind, amount), found.reasons


def test_last_weekday_and_this_morning_are_dates() -> None:
    found = _read("Hadde oppstartsmøte med DNB i tirsdags")
    assert found.when == date(2026, 11, 17)
    coffee = _read("Coffee with the head of IT at Telenor this morning ☕")
    assert (coffee.outcome, coffee.kind, coffee.when) == (
        Outcome.LIKELY,
        ActivityKind.MEETING,
        date(2026, 11, 20),
    )


@pytest.mark.parametrize(
    ("text", "krone", "amount", "currency"),
    [
        ("Vandt Vestas i dag, 1,2 mio. kr 🎉", "DKK", 1_200_000, "DKK"),
        ("Vant Gjensidige, 2 mill. kr. Neste møte fredag", "NOK", 2_000_000, "NOK"),
        ("Skickade offert till IKEA, 1,5 mkr. Bra jobbat!", "SEK", 1_500_000, "SEK"),
        ("Won Telenor 250k. 3 more to go this month", "NOK", 250_000, None),
        ("Vant Hydro 2 mill. Neste møte fredag", "NOK", 2_000_000, None),
    ],
)
def test_an_abbreviations_dot_keeps_the_currency_after_it(
    text: str, krone: str, amount: int, currency: str | None
) -> None:
    found = recognise(
        text, today=date(2026, 11, 20), krone=krone, known_customers=[], open_offers=()
    )
    assert (found.amount, found.currency) == (amount, currency), found


HOLDOUT_8 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout8.yaml")
# "Ringede til Pandora, ingen svar": the lead's decision (session 31, mendG31), an unanswered
# call is asked as a call; the row corrected to it in session 32 (heldmsg32; was a strict xfail)
HOLDOUT_8_LEFT: dict[str, str] = {}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_8, HOLDOUT_8_LEFT))
def test_the_eighth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout8.yaml was measured once before the rules it led to (its header); since
    then it is regression data."""
    _read_right_now(HOLDOUT_8, row)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Kontrakt signert med Telenor, 780' kr 🎉", 780_000, "NOK"),  # not 780
        ("Sendte tilbud til Yara på 450' i dag", 450_000, None),
        ("Vant DNB, 1’250’000", 1_250_000, None),
    ],
)
def test_an_apostrophe_for_thousands_is_read_whole(
    text: str, amount: int, currency: str | None
) -> None:
    found = _read(text)
    assert (found.outcome, found.amount, found.currency) == (Outcome.SURE, amount, currency)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Møte med DNB på mandag", date(2026, 11, 23)),
        ("Möte med Volvo på tisdag kl 10", date(2026, 11, 24)),
    ],
)
def test_a_bare_meeting_pa_a_weekday_is_the_coming_one(text: str, due: date) -> None:
    """Swedish and Danish "på måndag" is the coming Monday ("i måndags" the last one)."""
    found = _read(text)
    assert (found.outcome, found.kind, found.when) == (
        Outcome.SURE,
        ActivityKind.MEETING,
        date(2026, 11, 20),
    ), found
    assert found.next_step is not None and found.next_step.due == due


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Meeting with Telenor on Monday", date(2026, 11, 16)),
        ("Kundemøte med Yara onsdag", date(2026, 11, 18)),
        ("Call with DNB on Tuesday", date(2026, 11, 17)),
    ],
)
def test_a_bare_meeting_on_a_weekday_that_may_be_last_or_next_is_asked(
    text: str, when: date
) -> None:
    found = _read(text)
    assert found.outcome is Outcome.LIKELY, found
    assert (found.when, found.next_step) == (when, None)


@pytest.mark.parametrize(
    "text",
    (
        "Møte med DNB i mandags",  # the last Monday, said so
        "Godt møte med DNB mandag",  # how it went: it was held
        "Hadde møte med DNB på mandag",
        "Met Telenor on Monday",
        "Meeting with Telenor on Monday went well",
    ),
)
def test_a_meeting_said_to_have_happened_on_a_weekday_is_sure(text: str) -> None:
    found = _read(text)
    assert (found.outcome, found.when, found.next_step) == (
        Outcome.SURE,
        date(2026, 11, 16),
        None,
    ), found


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Möte med Volvo nästa tisdag", date(2026, 11, 24)),
        ("Möte med Volvo på tisdag nästa vecka", date(2026, 11, 24)),
        ("Møte med DNB neste uke", date(2026, 11, 27)),
    ],
)
def test_next_inside_a_meetings_date_plans_it(text: str, due: date) -> None:
    found = _read(text)
    assert found.outcome is not Outcome.NOTHING and found.kind is ActivityKind.MEETING, found
    assert found.next_step is not None and found.next_step.due == due
    assert found.when == date(2026, 11, 20)


def test_next_still_blocks_an_offer_or_a_win() -> None:
    assert _read("Tilbud til DNB neste uke, 200k").outcome is Outcome.NOTHING
    assert _read("Vinner Telenor neste uke").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    "text", ("Har ringet til Yara, de vender tilbage", "Telefonerade Volvo i dag")
)
def test_call_participles_are_calls(text: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind) == (Outcome.SURE, ActivityKind.CALL), found


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Vant Telenor, 20k per måned", 20_000),  # a month's price: the deal's value is asked
        ("Vant Telenor 20k/mnd", 20_000),
        ("Won Telenor, 20k MRR", 20_000),
        ("Won Telenor 20k a month", 20_000),
        ("Vant Telenor 5000 kr per bruker", 5_000),
        ("Sendte tilbud til Yara, 300 kr per lisens", 300),
        ("Statkraft kjøpte 20 lisenser à 5 000 kr", 100_000),  # count × unit price, asked
        ("Won Telenor, 50 seats @ 3k", 150_000),
        # session 12: how long a monthly price runs gives the total asked, as a command's example
        ("Vant Telenor 20k/mnd i 36 mnd", 720_000),
        ("Won Telenor 5k a month for 2 years", 120_000),
        ("Vunnet Telenor: 12 000 kr i måneden over 24 måneder", 288_000),
        ("Skickade offert till Volvo, 15 tkr/mån i 3 år", 540_000),
        # session 12 (the lead's brief, holdout 14): a price per year is asked too, with the
        # whole value where the term is said, before or after it (session 65: with no term, the
        # deal's value as typed, as a command stores it: tests/unit/test_capture65.py)
        ("Vant Telenor 240k/år i 3 år", 720_000),
        ("Won Telenor, signed for 2 years at 90k p.a.", 180_000),
    ],
)
def test_a_price_per_unit_or_month_is_asked_never_recorded_as_the_deal(
    text: str, amount: int
) -> None:
    found = _read(text, open_offers=set())
    assert (found.outcome, found.amount) == (Outcome.LIKELY, amount), found


@pytest.mark.parametrize(
    "text",
    (
        "Won Telenor 240k ARR",  # the deal's yearly value, named so
        "Vant Telenor 500k i dag",
        "Won Telenor 300k a week ago",
        "Vant Telenor, 3 år, 600k",
    ),
)
def test_a_yearly_or_dated_amount_is_no_rate(text: str) -> None:
    found = _read(text, open_offers=set())
    assert found.outcome is Outcome.SURE and "a-rate" not in found.reasons, found


@pytest.mark.parametrize(
    "text",
    (
        "Vant Telenor – 200k første år, 600k totalt",  # which is the deal's? asked
        "Vant Telenor! Første ordre på 50k, rammeavtale på 2 mill",
        "Vant Telenor 200k x 3 år",
    ),
)
def test_two_amounts_or_a_multiple_are_asked(text: str) -> None:
    assert _read(text, open_offers=set()).outcome is Outcome.LIKELY


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # Session 10 (holdout 12): "down from" names the amount it was; was asked
        ("Sendte revidert tilbud til Yara: 380k (ned fra 420k)", 380_000),
        ("Sent Yara the revised proposal, 1.2M (down from 1.4M)", 1_200_000),
        ("Skickade ny offert till Volvo, 900 tkr (ner från 1,1 mkr)", 900_000),
        ("Tilbud til DNB sendt: 250k, ikke 300k som sist", 250_000),
    ],
)
def test_the_amount_it_was_or_is_not_is_never_the_deals(text: str, amount: int) -> None:
    found = _read(text, open_offers=set())
    assert (found.outcome, found.amount) == (Outcome.SURE, amount), found.reasons


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Vant DNB, 250k. Totalt 1,4 mill hittil i år", 250_000),  # the year's sum is left out
        ("Won Telenor 250k, that's 2M so far this quarter", 250_000),
        ("Vant DNB 😀 Nå er vi på 1,2 mill i Q4", None),  # the quarter's, not this deal's
    ],
)
def test_a_period_or_pipeline_total_is_never_a_deals_amount(text: str, amount: int | None) -> None:
    assert _read(text, open_offers=set()).amount == amount


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Vant Yara den 18., 300k", date(2026, 11, 18)),  # the dot is lost with the token
        ("Vant Yara den 18, 300k", date(2026, 11, 18)),
    ],
)
def test_den_and_a_day_is_a_date(text: str, when: date) -> None:
    found = _read(text)
    assert (found.outcome, found.when) == (Outcome.SURE, when), found


@pytest.mark.parametrize(
    "text",
    ("Vant Yara den 25., 300k", "Vant Yara 30.11, 300k", "Sendte tilbud til Yara 30.11 på 300k"),
)
def test_a_win_or_offer_dated_ahead_is_asked_never_stored_as_today(text: str) -> None:
    found = _read(text)
    assert (found.outcome, found.reasons[-1]) == (Outcome.LIKELY, "date"), found


@pytest.mark.parametrize(
    "text",
    ("Hurra for Kari som vant Yara! 320k", "Shoutout to Kari who just signed Telenor 320k!"),
)
def test_a_colleagues_win_said_by_someone_else_is_not_the_authors(text: str) -> None:
    assert _read(text).outcome is not Outcome.SURE


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Godt møde med Telenor i går om næste fase", ActivityKind.MEETING),  # a topic, no plan
        ("Snakket med DNB på telefon om neste års budsjett i går", ActivityKind.CALL),
        ("Tlf med innkjøper i Yara i formiddag", ActivityKind.CALL),
    ],
)
def test_next_as_a_topic_does_not_make_a_held_meeting_a_plan(text: str, kind: ActivityKind) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.next_step) == (Outcome.SURE, kind, None), found


def test_a_customer_that_lost_something_is_not_our_loss() -> None:
    assert _read("Volvo förlorade mycket på börsen idag").outcome is Outcome.NOTHING
    assert _read("Yara tapte penger i Q3").outcome is Outcome.NOTHING
    for ours in ("Tapte Yara på pris", "Yara tapt 😞", "Yara – tapte 😞", "Förlorade Volvo"):
        assert _read(ours).outcome is Outcome.LIKELY, ours


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Caught up with Telenor's procurement over the phone", ActivityKind.CALL),
        ("Møte med DNB på telefon i dag", ActivityKind.CALL),
        ("Møte med DNB i dag, ring meg på telefon etterpå", ActivityKind.MEETING),
        ("Hosted Telenor at our office today", ActivityKind.MEETING),
    ],
)
def test_a_meeting_over_the_phone_is_a_call(text: str, kind: ActivityKind) -> None:
    found = _read(text)
    assert (found.outcome, found.kind) == (Outcome.SURE, kind), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Har møte med DNB kl 14 i dag", ActivityKind.MEETING),
        ("Møte med DNB i dag kl. 13:30", ActivityKind.MEETING),
        ("Möte med SEB idag klockan 15.30", ActivityKind.MEETING),
        ("Møde med Danske Bank i dag kl. 13", ActivityKind.MEETING),
        ("Meeting with DNB today at 2pm", ActivityKind.MEETING),
        ("Call med Telenor i dag 16:00", ActivityKind.CALL),
        ("Demo hos Statkraft i dag fra 13 til 14", ActivityKind.MEETING),
    ],
)
def test_a_meeting_today_at_an_hour_still_ahead_is_asked_as_a_plan(
    text: str, kind: ActivityKind
) -> None:
    from datetime import time

    today = date(2026, 11, 20)
    ahead = recognise(text, today=today, krone="NOK", posted=time(9, 5))
    assert ahead.outcome is Outcome.LIKELY and ahead.kind is kind, ahead.reasons
    assert ahead.next_step is not None and ahead.next_step.due == today
    # Posted after that hour (or with no time known): held today, as before.
    for posted in (time(17, 30), None):
        held = recognise(text, today=today, krone="NOK", posted=posted)
        assert held.outcome is not Outcome.NOTHING and held.next_step is None, held.reasons
        assert held.when == today


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Har møte med DNB kl 14 i dag", (14, 0)),
        ("i dag kl. 13:30", (13, 30)),
        ("klockan 15.30", (15, 30)),
        ("at 2 pm", (14, 0)),
        ("at 12am", (0, 0)),
        ("kl 9", (9, 0)),
        ("Demo hos Statkraft i dag fra 13 til 14", (13, 0)),
        ("Samtale med Kiwi i dag 16.30", (16, 30)),
        ("møte 14.00", (14, 0)),
        ("Møte med Equinor 14-15 i dag", (14, 0)),  # hours: from their start
        ("Call med Essity 10-10:30", (10, 0)),
        ("Møte med Veidekke i dag 14:00-15:00", (14, 0)),
        ("Tapte 2-1 mot Vålerenga", None),  # a score
        ("om 3-4 uker", None),
        ("i dag 10.11", None),  # 10 November as well
        ("offer from 2 suppliers", None),
        ("Vant Nammo 14.11", None),  # a date
        ("Meeting at 2 customers", None),
        ("kl 25", None),
        ("ratio 3:1", None),
    ],
)
def test_the_time_of_day_a_message_names(text: str, expected: tuple[int, int] | None) -> None:
    from bot.services.capture import signals

    found = signals.clock_time(signals.tokenise(signals.clean(text)))
    assert (None if found is None else (found.hour, found.minute)) == expected


HOLDOUT_5 = load_yaml(ROOT / "tests" / "corpus" / "messages_holdout5.yaml")


@pytest.mark.parametrize(
    "row", HOLDOUT_5["messages"], ids=[r["t"][:40] for r in HOLDOUT_5["messages"]]
)
def test_the_fifth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout5.yaml was measured before the rules it led to (README); since then it
    is regression data, read at the time of day each message was posted (`at`)."""
    found = bench.read(HOLDOUT_5, row)
    if row["o"] == "nothing":
        assert found.outcome is not Outcome.SURE, found.reasons
        return
    assert bench.problems(HOLDOUT_5, row, found) == [], found.reasons
    assert found.outcome.value == row["o"], found.reasons


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Møte med Equinor 14-15 i dag", ActivityKind.MEETING),
        ("Hadde møte med Equinor 10-11 i dag", ActivityKind.MEETING),
        ("Mødes med Maersk i dag kl. 14.00", ActivityKind.MEETING),
        ("Ringer Telia i dag kl 14", ActivityKind.CALL),
        ("Träffar Volvo idag kl 13.30", ActivityKind.MEETING),
        ("Meeting with DNB 13-14 today", ActivityKind.MEETING),
    ],
)
def test_a_meeting_or_call_with_its_hours_is_held_or_planned_by_the_clock(
    text: str, kind: ActivityKind
) -> None:
    """Were not recognised at all: "14-15" read as a game's score, "Mødes" and "Ringer" (the
    present tense) as names. Before the hour it is a plan for today (asked), after it held."""
    from datetime import time

    today = date(2026, 11, 20)
    known = ["Equinor ASA", "Maersk", "Telia", "Volvo", "DNB"]
    ahead = recognise(text, today=today, known_customers=known, posted=time(8, 0))
    held = recognise(text, today=today, known_customers=known, posted=time(16, 30))
    if "Hadde" not in text:
        assert (ahead.outcome, ahead.kind) == (Outcome.LIKELY, kind), ahead.reasons
        assert ahead.next_step is not None and ahead.next_step.due == today
    assert (held.outcome, held.kind, held.when) == (Outcome.SURE, kind, today), held.reasons
    assert held.next_step is None


def test_the_present_tense_is_a_plan_ahead_or_asked() -> None:
    today = date(2026, 11, 20)
    known = ["Telia", "Volvo", "Maersk"]
    tomorrow = recognise("Ringer Telia i morgen", today=today, known_customers=known)
    assert tomorrow.outcome is Outcome.SURE and tomorrow.next_step is not None
    assert tomorrow.next_step.due == date(2026, 11, 21)
    now = recognise("Ringer Telia nå", today=today, known_customers=known)
    assert (now.outcome, now.next_step) == (Outcome.LIKELY, None)  # calling now: asked
    question = recognise("Vi mødes med Maersk næste tirsdag, forberedelse?", today=today)
    assert question.outcome is not Outcome.SURE


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Vant 320k Fjellsport", "Fjellsport", 320_000),
        ("Won 5M Fjellsport AS", "Fjellsport AS", 5_000_000),
        ("Signed 2,5 mill Bouvet today", "Bouvet", 2_500_000),
        ("Tilbud sendt: 350k Bouvet", "Bouvet", 350_000),
        ("Vant 320k Nammo", "Nammo", 320_000),
    ],
)
def test_an_amount_before_the_customer_is_the_amount_never_the_name(
    text: str, customer: str, amount: int
) -> None:
    """A new customer after its amount was not found at all ("320k" stood between)."""
    found = _read(text)
    assert (found.outcome, found.customer, found.amount) == (Outcome.SURE, customer, amount)


@pytest.mark.parametrize(
    "text",
    [
        "Møte med Acme og Globex",
        "Meeting with Acme and Globex",
        "Möte med Acme och Globex idag",
        "Møte med Acme og DNB",
        "Vant Acme og Globex 300k",
        "Møte med Acme, Globex og DNB",
    ],
)
def test_two_customers_in_one_message_are_asked_never_one_name(text: str) -> None:
    """Was a meeting with "Acme" (Globex dropped) recorded unasked."""
    found = _read(text)
    assert found.outcome is Outcome.LIKELY and "several-customers" in found.reasons
    assert not any(word in (found.customer or "").split() for word in ("og", "and", "och"))
    assert (
        _read("Meeting with Acme & Co today").customer == "Acme & Co"
    )  # one name, as /logmeeting reads it
    assert _read("Møte med DNB, veldig bra").outcome is Outcome.SURE


@pytest.mark.parametrize(
    "text",
    [
        "Vant Orkla 1.5",  # 1,5 million or 1 May
        "Vant Orkla 1,5",
        "Tilbud til Yara 1,2 mkr + 200 tkr/år",  # two amounts: was stored as 1,2 mill
        "Sendt tilbud til Yara 1,2 mkr + 200 tkr/år",
    ],
)
def test_an_amount_that_is_not_read_or_is_one_of_two_is_asked(text: str) -> None:
    found = _read(text)
    assert found.outcome is Outcome.LIKELY, found.reasons
    if "+" not in text:  # the amount is missing: edited, never recorded without it
        assert not found.complete, found.reasons
    assert _read("Vant Orkla, to mill").amount == 2_000_000  # read: no question
    # session 44: whole numbers said in words are read (were asked, the amount to write)
    assert _read("Vant Orkla, tolv tusen").amount == 12_000
    assert _read("Vant Equinor, tjuefem tusen kroner").amount == 25_000
    assert _read("Won Equinor two hundred k").amount == 200_000


@pytest.mark.parametrize(
    ("text", "customer", "amount", "when"),
    [
        ("Won Acme Nov 17, 320k", "Acme", 320_000, date(2026, 11, 17)),  # was "Acme Nov 17"
        ("Vant TV 2 320k", "TV 2", 320_000, date(2026, 11, 20)),  # was "TV"
        ("Signert Sparebank 1 5 mill", "Sparebank 1", 5_000_000, date(2026, 11, 20)),
        ("Vant Nammo 1 100 000 kr", "Nammo", 1_100_000, date(2026, 11, 20)),
        ("Vant Veidekke ca. 320 000", "Veidekke", 320_000, date(2026, 11, 20)),  # was asked
    ],
)
def test_dates_and_amounts_stay_out_of_names_and_names_keep_their_numbers(
    text: str, customer: str, amount: int, when: date
) -> None:
    found = _read(text)
    assert (found.outcome, found.customer, found.amount, found.when) == (
        Outcome.SURE,
        customer,
        amount,
        when,
    ), found.reasons


def test_a_celebration_after_an_amount_and_a_known_name_is_asked() -> None:
    # "5M Nammo 🎉" was nothing: the mark was taken into the known name "Nammo 🎉".
    found = recognise("5M Nammo 🎉", today=date(2026, 11, 20), known_customers=["Nammo"])
    assert (found.outcome, found.customer, found.amount) == (Outcome.LIKELY, "Nammo", 5_000_000)


@pytest.mark.parametrize(
    "text",
    [
        "Møte med DNB kl. 10.10 i dag",
        "Möte med SEB kl 9.05 idag",
        "Meeting with DNB at 10.10 today",
    ],
)
def test_the_time_after_kl_is_never_read_as_a_date(text: str) -> None:
    """Were a meeting held on 10 October, and one planned for 9 May next year."""
    from datetime import time

    today = date(2026, 11, 20)
    known = ["DNB", "SEB"]
    held = recognise(text, today=today, known_customers=known, posted=time(12, 0))
    assert (held.outcome, held.when, held.next_step) == (Outcome.SURE, today, None)
    ahead = recognise(text, today=today, known_customers=known, posted=time(8, 0))
    assert ahead.next_step is not None and ahead.next_step.due == today


def test_a_number_of_things_is_never_the_deals_value() -> None:
    # "Ordre på 5M skruer fra Nammo" was recorded at once as a 5 million win.
    for text in (
        "Ordre på 5M skruer fra Nammo",
        "Fikk ordre på 5000 skruer fra Nammo",
        "Got an order for 20000 bolts from Nammo",
    ):
        found = _read(text.replace("Nammo", "Yara"))
        assert (found.outcome, found.amount, found.complete) == (Outcome.LIKELY, None, False), (
            text,
            found.reasons,
        )
    # An amount followed by words kpibot knows stays the deal's value.
    assert _read("Vant Yara 320k i dag").amount == 320000
    assert _read("Tilbud på 450k sendt til Yara").amount == 450000


HOLDOUT_6 = load_yaml(ROOT / "tests" / "corpus" / "messages_holdout6.yaml")


@pytest.mark.parametrize(
    "row", HOLDOUT_6["messages"], ids=[r["t"][:40] for r in HOLDOUT_6["messages"]]
)
def test_the_sixth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout6.yaml was measured once before the rules it led to (its header); since
    then it is regression data."""
    found = bench.read(HOLDOUT_6, row)
    if row["o"] == "nothing":
        assert found.outcome is not Outcome.SURE, found.reasons
        return
    assert bench.problems(HOLDOUT_6, row, found) == [], found.reasons
    assert found.outcome.value == row["o"], found.reasons


HOLDOUT_7 = load_yaml(ROOT / "tests" / "corpus" / "messages_holdout7.yaml")


@pytest.mark.parametrize(
    "row", HOLDOUT_7["messages"], ids=[r["t"][:40] for r in HOLDOUT_7["messages"]]
)
def test_the_seventh_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout7.yaml was measured once before the rules it led to (its header); since
    then it is regression data."""
    _read_right_now(HOLDOUT_7, row)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Closed won Maersk €40k 🙌", 40_000, "EUR"),
        ("Won Yara $40k today", 40_000, "USD"),
        ("Vant Yara €40k", 40_000, "EUR"),
    ],
)
def test_an_amount_with_its_sign_after_the_customer_is_the_deals(
    text: str, amount: int, currency: str
) -> None:
    """Was asked: the "€40k" after the name was read as an unknown object of the win."""
    found = _read(text, open_offers=set())
    assert (found.outcome, found.amount, found.currency) == (Outcome.SURE, amount, currency)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Tyvärr förlorade vi Telia igår, priset", date(2026, 11, 19)),
        ("Dessverre tapte vi Yara", date(2026, 11, 20)),
        ("Desværre tabte vi Volvo", date(2026, 11, 20)),
        ("Unfortunately we lost Yara", date(2026, 11, 20)),
    ],
)
def test_a_sentence_adverb_is_never_the_one_who_lost(text: str, when: date) -> None:
    """ "Tyvärr" was taken for a company that lost something: the loss was missed."""
    found = recognise(text, today=date(2026, 11, 20), known_customers=["Telia", "Yara", "Volvo"])
    assert (found.outcome, found.kind, found.when) == (Outcome.LIKELY, ActivityKind.LOSS, when)


def test_folded_hands_after_a_done_word_thank_and_before_what_is_coming_hope() -> None:
    signed = _read("Telenor signed today 🙏", open_offers=set())  # was nothing: a "wish"
    assert (signed.outcome, signed.kind) == (Outcome.LIKELY, ActivityKind.WIN), signed.reasons
    assert _read("Vant Yara 300k 🙏").outcome is Outcome.SURE
    assert _read("Vant Yara 300k :pray:").outcome is Outcome.SURE
    for hope in ("Håper vi får signert Telenor før jul 🙏", "Yara er vår 🙏", "Yara signerer 🙏"):
        assert _read(hope).outcome is Outcome.NOTHING, hope


@pytest.mark.parametrize(
    "text",
    [
        "Fulgte opp Orkla på telefon i dag, de svarer neste uke",
        "Followed up with Yara by phone, decision next week",
        "Följde upp Volvo per telefon igår",
        "Har fulgt opp Yara på tlf",
    ],
)
def test_a_follow_up_on_the_phone_is_a_call(text: str) -> None:
    """Were missed: "fulgte opp" was no word kpibot knew."""
    found = _read(text)
    assert (found.outcome, found.kind, found.next_step) == (Outcome.SURE, ActivityKind.CALL, None)


def test_a_follow_up_without_the_phone_is_no_kind_kpibot_counts() -> None:
    for text in ("Fulgte opp Orkla på mail i dag", "Followed up with Yara", "Följde upp Volvo"):
        assert _read(text).outcome is Outcome.NOTHING, text


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        ("Sent offer to Yara 300k, they decide on Monday", ActivityKind.OFFER, date(2026, 11, 20)),
        ("Called Yara, decision next week", ActivityKind.CALL, date(2026, 11, 20)),
        ("Hadde møte med Yara, de svarer neste uke", ActivityKind.MEETING, date(2026, 11, 20)),
    ],
)
def test_a_day_in_a_clause_about_something_else_is_not_the_records(
    text: str, kind: ActivityKind, when: date
) -> None:
    """Were an offer dated last Monday, a call and a meeting booked for next Monday."""
    found = _read(text)
    assert (found.outcome, found.kind, found.when, found.next_step) == (
        Outcome.SURE,
        kind,
        when,
        None,
    ), found.reasons
    # A day alone in its clause, or with a word of the record, stays the record's.
    assert _read("Meeting with DNB, tomorrow at 10").next_step is not None
    assert _read("Møte med DNB, booket til tirsdag").next_step is not None


@pytest.mark.parametrize(
    "text",
    [
        "Vant 2 billetter til Lillehammer på julebordet 🎄",  # was asked as a win
        "Vann biljetter till Allsvenskan-finalen!",
        "Lost my AirPods in the Equinor parking lot lol",  # was asked as a loss
        "Mistet lommeboka mi hos Yara i dag",
        "Fwd: Telenor has signed with Accenture for the CRM rollout",  # no offer out: their news
    ],
)
def test_tickets_ones_own_things_and_others_deals_record_nothing(text: str) -> None:
    assert _read(text, open_offers=set()).outcome is Outcome.NOTHING


def test_a_loss_said_with_my_is_still_a_loss_when_it_is_a_sale() -> None:
    for text in (
        "Lost my biggest deal, Yara went with a competitor",
        "Tapte min største kunde Yara",
    ):
        assert _read(text).kind is ActivityKind.LOSS, text
    # Signed with another where we had an offer out, or said of us: our loss, asked.
    assert _read("Equinor signed with Accenture 😡").kind is ActivityKind.LOSS
    assert _read("Telenor signed with Microsoft, not us", open_offers=set()).outcome is (
        Outcome.LIKELY
    )


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Har sendt tilbud til Storebrand på 2 x 500k", 1_000_000),  # was sure at 500 000
        ("Vant Yara 3 × 200 000 kr", 600_000),  # was sure at 3 200 000
        ("Won Yara, 2x 300k", 600_000),  # was sure at 300 000
        ("Won Yara 2x300k", 600_000),
    ],
)
def test_a_count_times_a_price_is_asked_with_the_total(text: str, total: int) -> None:
    found = _read(text, open_offers=set())
    assert (found.outcome, found.amount) == (Outcome.LIKELY, total), found.reasons


@pytest.mark.parametrize(
    ("text", "when", "due"),
    [
        ("Var på besøk hos Yara på mandag", date(2026, 11, 16), None),  # was booked for the 23rd
        ("Var hos DNB på tirsdag", date(2026, 11, 17), None),
        ("Besøk hos Yara på mandag", date(2026, 11, 20), date(2026, 11, 23)),
        ("Møte med DNB på mandag", date(2026, 11, 20), date(2026, 11, 23)),
        ("Teams-møte med DNB på mandag", date(2026, 11, 20), date(2026, 11, 23)),  # was held
    ],
)
def test_a_past_verb_before_a_meeting_noun_and_a_weekday_says_it_was_held(
    text: str, when: date, due: date | None
) -> None:
    found = _read(text)
    assert (found.kind, found.when) == (ActivityKind.MEETING, when), found.reasons
    assert (found.next_step.due if found.next_step else None) == due


@pytest.mark.parametrize(
    "text",
    [
        "Har booket møde med Maersk 2. december",  # was asked with no date: "2." ended a sentence
        "Har booket møde med Maersk d. 2. december",
        "Booket møte med Yara 2. desember",
        "Bokat möte med Volvo den 2 december",
    ],
)
def test_an_ordinal_day_before_its_month_is_one_date(text: str) -> None:
    found = recognise(text, today=date(2026, 11, 20), known_customers=["Maersk", "Yara", "Volvo"])
    assert found.outcome is Outcome.SURE and found.next_step is not None, found.reasons
    assert found.next_step.due == date(2026, 12, 2)


def test_a_customer_that_closed_something_of_its_own_is_their_news() -> None:
    # Was asked as a win: "stängt" (closed) with the customer before it.
    found = recognise(
        "IKEA har stängt sina varuhus i Ryssland",
        today=date(2026, 11, 20),
        known_customers=["IKEA"],
    )
    assert found.outcome is Outcome.NOTHING, found.reasons
    assert _read("Stängt med Volvo idag, 2 MSEK").outcome is Outcome.SURE


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Equinor signed a deal with Microsoft worth $1B", Outcome.LIKELY),  # was a sure win
        ("Equinor signerte ny avtale med Accenture", Outcome.LIKELY),  # an offer out: a loss
        ("Yara signerte med Tibber i går", Outcome.NOTHING),  # no offer out: their news
    ],
)
def test_a_customer_that_signed_a_deal_with_another_is_never_our_win(
    text: str, outcome: Outcome
) -> None:
    found = _read(text, open_offers={"equinor"})
    assert found.outcome is outcome, found.reasons
    if outcome is Outcome.LIKELY:
        assert found.kind is ActivityKind.LOSS
    assert _read("Yara signed a deal with us, 300k").kind is ActivityKind.WIN


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Vant 500 kr på Flax i lunsjen 😂", Outcome.NOTHING),  # was a sure 500 kr win, "Flax"
        ("Vant 500 kr på Flax i lunsjen", Outcome.NOTHING),  # "på" a name: a game
        ("Won Bouvet 300k :joy:", Outcome.NOTHING),
        ("Vant Yara 2 mill 😂 hvem hadde trodd", Outcome.LIKELY),  # known: asked, not stored
        ("Won Yara 300k haha finally", Outcome.LIKELY),
        ("Finally closed Yara 😅 310k", Outcome.SURE),  # relief, not a joke
        ("Tilslag på Statnett-anbudet!! 4,2 mill 🥳", Outcome.SURE),  # "på" the tender
    ],
)
def test_a_laugh_or_a_game_is_never_recorded_unasked(text: str, outcome: Outcome) -> None:
    assert _read(text).outcome is outcome, _read(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "Yara solgte 20 % mer i Q3",  # was asked as our win
        "Telenor har solgt seg ut av Asia",
        "DNB kjøpte opp et fintech-selskap",
        "Telenor acquired a startup in Sweden",
    ],
)
def test_a_customer_that_sold_or_bought_a_company_is_their_news(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING, _read(text).reasons
    assert _read("Solgte 20 lisenser til Yara, 300k").outcome is Outcome.SURE


@pytest.mark.parametrize(
    "text",
    ["Me and <@U0123> closed Yara today, 300k", "Jeg og <@U0123> signerte Yara i dag, 300k"],
)
def test_a_win_the_author_shares_with_a_colleague_is_asked(text: str) -> None:
    """Were nothing: the colleague right before the verb was taken for the one who won; then
    sure, the author's. mendG31 (the lead, session 31): whose win to log is asked."""
    found = _read(text)
    assert (found.outcome, found.customer, found.amount) == (Outcome.LIKELY, "Yara", 300_000)
    assert found.together == "@person"
    assert _read("<@U0123> vant Yara 300k i går!").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "outcome", "kind"),
    [
        # was a sure call, then nothing; mendG31 (the lead, session 31): asked as calls
        ("Ringte Yara tre ganger i dag uten svar", Outcome.LIKELY, ActivityKind.CALL),
        ("Called Yara, left a voicemail", Outcome.LIKELY, ActivityKind.CALL),
        ("Ringte Yara, fikk ikke svar", Outcome.LIKELY, ActivityKind.CALL),  # was chatter
        ("Yara-møtet ble veldig bra", Outcome.SURE, ActivityKind.MEETING),  # was missed
        ("Mötet med Volvo blev jättebra", Outcome.SURE, ActivityKind.MEETING),
        ("Fikk tak i innkjøper hos Yara endelig", Outcome.SURE, ActivityKind.CALL),  # missed
        ("Finally got hold of Yara's CFO", Outcome.SURE, ActivityKind.CALL),
    ],
)
def test_calls_unanswered_reached_and_meetings_that_turned_out_well(
    text: str, outcome: Outcome, kind: ActivityKind | None
) -> None:
    found = _read(text)
    assert found.outcome is outcome, found.reasons
    if kind is not None:
        assert found.kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "Nammo takket ja, kontrakt signeres neste uke",  # was a sure win
        "Vant Nammo! Signerer kontrakten i morgen, 300k",
    ],
)
def test_a_win_said_with_its_signing_still_to_come_is_asked(text: str) -> None:
    found = recognise(
        text, today=date(2026, 11, 20), known_customers=["Nammo"], open_offers={"nammo"}
    )
    assert (found.outcome, found.kind) == (Outcome.LIKELY, ActivityKind.WIN), found.reasons


def test_a_signing_named_as_a_noun_is_to_come_never_a_win_on_a_past_day() -> None:
    # Was a sure 300k win on last Monday: "på mandag" is the coming one.
    found = _read("Signering med Yara på mandag, 300k")
    assert found.outcome is not Outcome.SURE, found.reasons


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Ekstraordre fra Yara: 120k", 120_000),  # these were missed
        ("Oppsalg hos Yara 150k", 150_000),
        ("Kryssalg til Yara, 90k", 90_000),
        ("Upsold Yara 120k", 120_000),
        ("Yara utvidet avtalen, +200k", 200_000),  # was asked
        ("Yara expanded their contract by 200k", 200_000),
        ("Yara bestilte mer i dag, 80k", 80_000),  # was asked: "mer" unknown
        ("Yara har valgt oss som leverandør 🎉", None),  # was missed
        ("Yara ga oss tilslaget!", None),
    ],
)
def test_more_words_for_a_sale(text: str, amount: int | None) -> None:
    found = _read(text, open_offers={"yara"})
    assert (found.outcome, found.kind, found.amount) == (
        Outcome.SURE,
        ActivityKind.WIN,
        amount,
    ), found.reasons
    assert _read("Yara utvidet fabrikken for 200 mill").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Met Yara a couple of days ago",  # was a sure meeting today
        "Vant Yara for noen dager siden, 300k",
        "Recently signed Yara, 300k",
        "Träffade Volvo häromdagen",
    ],
)
def test_a_day_in_the_past_that_is_not_said_is_asked_never_stored_as_today(text: str) -> None:
    found = _read(text)
    assert (found.outcome, found.reasons[-1]) == (Outcome.LIKELY, "vague-date"), found.reasons
    assert _read("Møtte Yara nylig, i går faktisk").outcome is Outcome.LIKELY
    assert _read("Met Yara two days ago").when == date(2026, 11, 18)  # a day said: as before


def test_an_offer_handed_in_is_sent() -> None:
    found = _read("Anbud innlevert: Statens vegvesen, 12 MNOK")  # was missed
    assert (found.outcome, found.kind, found.amount) == (
        Outcome.SURE,
        ActivityKind.OFFER,
        12_000_000,
    )


def test_an_offer_noun_linked_to_an_amount_names_no_customer() -> None:
    # Was a sure 20M offer to Equinor: "for" led to the amount, not to a customer.
    assert _read("Equinor posted a tender for 20M").outcome is not Outcome.SURE
    assert _read("Tilbud til Yara 300k").outcome is Outcome.SURE


@pytest.mark.parametrize(
    "text",
    [
        "Kari hadde møte med Yara i dag",  # was a sure meeting for the author
        "Ola had a meeting with Yara today",
        "På vegne av Ola: vant Yara 300k",  # was a sure win for the author
        "Posting for Ola: won Yara 300k",
        "Fra Ola: vant Yara 300k",
    ],
)
def test_a_colleagues_record_is_never_the_authors(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING, _read(text).reasons
    assert _read("Kari og jeg møtte Yara i dag").outcome is Outcome.SURE
    assert _read("Vi hadde møte med Yara i dag").outcome is Outcome.SURE


@pytest.mark.parametrize(
    ("text", "kind", "outcome"),
    [
        ("Vi har tecknat avtal med Volvo, 1,2 MSEK", ActivityKind.WIN, Outcome.SURE),  # missed
        ("Inngikk avtale med Yara i dag, 2 mill", ActivityKind.WIN, Outcome.SURE),
        ("Vi har indgået aftale med Maersk, 1,2 mio. kr", ActivityKind.WIN, Outcome.SURE),
        ("Aftale indgået med Maersk! 🎉", ActivityKind.WIN, Outcome.LIKELY),
        ("Volvo sa nej tack", ActivityKind.LOSS, Outcome.LIKELY),
        ("Volvo gick vidare med en annan leverantör", ActivityKind.LOSS, Outcome.LIKELY),
    ],
)
def test_signing_an_agreement_and_a_no_in_swedish_and_danish(
    text: str, kind: ActivityKind, outcome: Outcome
) -> None:
    found = recognise(text, today=date(2026, 11, 20), known_customers=["Volvo", "Yara", "Maersk"])
    assert (found.outcome, found.kind) == (outcome, kind), found.reasons


def test_a_number_after_a_label_that_numbers_things_is_no_amount() -> None:
    # Was asked with 4 500 123 as the amount (two amounts).
    found = _read("PO 4500123 from Yara, 300k")
    assert (found.outcome, found.amount) == (Outcome.SURE, 300_000), found.reasons
    assert _read("PO 300000 from Yara").amount is None


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Møte med Per Hansen i Bouvet i dag", "Bouvet"),  # was a meeting with "Per Hansen"
        ("Ringte Kari Nordmann hos Bouvet", "Bouvet"),
        ("Möte med Anna Svensson på Acme idag", "Acme"),
        ("Møde med Mette Hansen fra Acme i dag", "Acme"),
        ("Sent proposal to Jane at Acme, 300k", "Acme"),  # was a 300k offer to "Jane"
        ("Møte med Per Hansen i dag", None),  # a person, no customer: nothing
        ("Vant Per Aarsleff AS, 2 mill", "Per Aarsleff AS"),  # a company with its suffix
    ],
)
def test_a_persons_name_is_never_the_customer(text: str, customer: str | None) -> None:
    found = recognise(text, today=date(2026, 11, 20))
    assert found.customer == customer, found.reasons
    if customer is None:
        assert found.outcome is Outcome.NOTHING


def test_what_an_order_was_for_can_make_it_no_sale() -> None:
    # Was a sure win closing Equinor's offer: the order was for coffee.
    found = _read("Equinor har signert bestillingen på kaffe til kontoret")
    assert (found.outcome, found.kind) != (Outcome.SURE, ActivityKind.WIN), found.reasons
    assert _read("Equinor har signert bestillingen på 50 lisenser, 250k").outcome is Outcome.SURE
    assert _read("Equinor signerte avtalen om drift, 2 mill").outcome is Outcome.SURE
    assert _read("Mistet nettet på Equinor-møtet 😅").outcome is Outcome.NOTHING  # was a loss


@pytest.mark.parametrize(
    "text",
    [
        "Yara turned us down",  # these were missed
        "Yara decided not to proceed",
        "Yara avslo tilbudet vårt",
        "Yara har valgt å ikke gå videre",
        "Yara valde att inte gå vidare",
        "Yara takkede nej",
        "Yara har valgt ikke at gå videre",
    ],
)
def test_more_ways_to_say_no_are_losses_asked(text: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind) == (Outcome.LIKELY, ActivityKind.LOSS), found.reasons
    assert _read("We turned down Yara's request for a discount").outcome is Outcome.NOTHING


def test_a_win_word_said_alone_then_the_customer_with_the_amount_is_sure() -> None:
    """Was asked ("kjører" after the name read as an object kpibot did not know)."""
    found = recognise(
        "Signert!! Aker BP kjører på, 1,5 mill 🎉",
        today=date(2026, 11, 20),
        known_customers=["Aker BP"],
    )
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        Outcome.SURE,
        ActivityKind.WIN,
        "Aker BP",
        1_500_000,
    ), found.reasons
    # Without an amount the word after the name may still name a thing: asked.
    assert _read("Signert! Equinor billetten er klar").outcome is not Outcome.SURE
    assert _read("Closed! The Equinor ticket in Jira").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        ("Monday: called Telia", ActivityKind.CALL, date(2026, 11, 16)),  # was nothing
        ("Mandag: ringte DNB", ActivityKind.CALL, date(2026, 11, 16)),
        ("Tue: demo at Volvo, went well", ActivityKind.MEETING, date(2026, 11, 17)),
        ("Onsdag: traff Yara", ActivityKind.MEETING, date(2026, 11, 18)),
    ],
)
def test_a_weekday_heading_then_a_meeting_or_call_in_the_past_is_that_days_news(
    text: str, kind: ActivityKind, when: date
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.when) == (Outcome.SURE, kind, when), found.reasons
    assert _read("Monday: call with Telia").outcome is Outcome.NOTHING  # a plan


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Had a quick chat with Volvo", date(2026, 11, 20)),  # these were missed
        ("Had a chat with Yara yesterday", date(2026, 11, 19)),
        ("Tok en kjapp prat med DNB i dag", date(2026, 11, 20)),
        ("Fikk en prat med Telenor i går", date(2026, 11, 19)),
        ("Snackade med Volvo igår om förlängningen", date(2026, 11, 19)),
        ("Tog ett snack med Volvo", date(2026, 11, 20)),
        ("Fik en snak med Yara i dag", date(2026, 11, 20)),
        ("Havde en hurtig snak med Yara", date(2026, 11, 20)),
    ],
)
def test_a_chat_with_a_customer_is_a_call_in_every_language(text: str, when: date) -> None:
    """As "Snakket med Telenor" and "Pratade med Essity" were until session 21 (now asked
    without the phone named: test_capture_left20.py); a chat stays a sure call."""
    found = _read(text)
    assert (found.outcome, found.kind, found.when) == (Outcome.SURE, ActivityKind.CALL, when)
    assert _read("Skal ta en prat med Yara i morgen").outcome is Outcome.NOTHING
    assert _read("Hvem tar en prat med Yara?").outcome is Outcome.NOTHING


def test_a_meeting_on_todays_weekday_is_the_coming_one_or_asked() -> None:
    # Was a sure meeting held today: "på fre" said on a Friday is next Friday.
    found = _read("Møte med DNB på fre kl 10")
    assert found.next_step is not None and found.next_step.due == date(2026, 11, 27)
    assert found.when == date(2026, 11, 20)
    assert _read("Møte med DNB fredag").next_step is None  # today's, as before


@pytest.mark.parametrize(
    "text",
    [
        "Vant Equinor i drømmene mine i natt 😴",  # was a sure win
        "Dreamt we closed Telenor 😴",
        "haha Telenor ringte og lurte på om vi selger kaffe ☕😂",  # was asked
        "lol the Telenor guy called me 'Mr. Invoice' again 😂",
    ],
)
def test_a_dream_or_a_laughed_story_records_nothing(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING, _read(text).reasons
    assert _read("Telenor called me about the renewal").outcome is Outcome.SURE  # session 21
    assert _read("Tapte Yara på pris 😂 typisk").kind is ActivityKind.LOSS  # still asked


@pytest.mark.parametrize(
    "text",
    ["Volvo gick till konkurrenten", "Yara gikk til en konkurrent", "DNB went to the competition"],
)
def test_going_to_the_competitor_is_a_loss(text: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind) == (Outcome.LIKELY, ActivityKind.LOSS), found.reasons


HOLDOUT_9 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout9.yaml")


# tense28: the lead's session-27 decision on plans said in the future tense (_PLAN_29 below),
# extended to offers by the session-28 brief
_PLAN_28 = "held-out row disputed, decided by the lead (session 28, tense28): an offer planned in the future tense on a day said ('Skal sende tilbud til Vestas i morgen', 'Will send Tesco an offer on Friday') is asked as the lead's planned next step on that day, one click, never counted as an offer sent (tests/unit/test_tense28.py); the file reads it as chatter with no reply. Nothing is recorded either way"
HOLDOUT_9_LEFT: dict[str, str] = {"Skal sende nytt tilbud til Orkla på mandag": _PLAN_28}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_9, HOLDOUT_9_LEFT))
def test_the_ninth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout9.yaml was measured once before the rules it led to (its header); since
    then it is regression data."""
    _read_right_now(HOLDOUT_9, row)


@pytest.mark.parametrize(
    ("text", "kind", "customer", "when"),
    [
        # Was the offer dated yesterday: "i går" stood nearer the cue, but by Tine.
        (
            "Hadde møte med Tine i går og sendte tilbud til Yara i dag 300k",
            ActivityKind.OFFER,
            "Yara",
            date(2026, 11, 20),
        ),
        ("Møte med DNB i går, Yara i dag", ActivityKind.MEETING, "DNB", date(2026, 11, 19)),
    ],
)
def test_a_day_nearer_another_customer_is_that_ones(
    text: str, kind: ActivityKind, customer: str, when: date
) -> None:
    found = recognise(text, today=date(2026, 11, 20), known_customers=["Tine SA", "Yara", "DNB"])
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.LIKELY,  # two customers: asked
        kind,
        customer,
        when,
    ), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Telenor is going with a competitor",  # was nothing
        "Yara går for en konkurrent",
        "Volvo väljer en annan leverantör",
        "Yara vælger en anden leverandør",
    ],
)
def test_choosing_another_in_the_present_is_a_loss_asked(text: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind) == (Outcome.LIKELY, ActivityKind.LOSS), found.reasons


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Hadde vi bare vunnet Orkla...", Outcome.NOTHING),  # was a sure win
        ("If only we had signed Telenor 😭", Outcome.NOTHING),
        ("Vi kunde ha vunnit Volvo", Outcome.NOTHING),
        ("Offerten till Volvo är klar, skickas på måndag", Outcome.NOTHING),  # was a win asked
        ("Tilbudet til Yara er klart", Outcome.NOTHING),
        ("Kari: won Orkla 300k", Outcome.LIKELY),  # was sure: Kari's, or said to Kari?
        ("<@U0123>: signert Yara 300k", Outcome.LIKELY),
    ],
)
def test_what_did_not_happen_or_may_be_anothers_is_never_recorded_unasked(
    text: str, outcome: Outcome
) -> None:
    assert _read(text).outcome is outcome, _read(text).reasons
    assert _read("Møte med Yara, de skulle ha tilbud").outcome is Outcome.SURE
    assert _read("Yara er klar, 300k 🎉").outcome is Outcome.LIKELY


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Orkla: won, 300k", ActivityKind.WIN),  # was nothing: "won" after its customer
        ("Telenor: ringte, positive", ActivityKind.CALL),  # was asked as "they called"
    ],
)
def test_a_customer_as_the_heading_is_what_the_record_is_about(
    text: str, kind: ActivityKind
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind) == (Outcome.SURE, kind), found.reasons
    assert _read("Equinor: won a big contract in Brazil").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        ("Moede med Yara i gaar", ActivityKind.MEETING, date(2026, 11, 19)),  # were missed
        ("Moete med DNB i gar", ActivityKind.MEETING, date(2026, 11, 19)),
        ("Sendt tilbud til Yara paa 450.000 kr", ActivityKind.OFFER, date(2026, 11, 20)),
    ],
)
def test_oe_and_aa_for_o_and_a_spell_our_words(text: str, kind: ActivityKind, when: date) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.when) == (Outcome.SURE, kind, when), found.reasons
    # A customer's name spelt so stays itself.
    haas = recognise("Vant Haas 300k", today=date(2026, 11, 20), known_customers=["Haas"])
    assert (haas.customer, haas.known_customer) == ("Haas", True)


def test_two_customers_records_ask_about_the_weightier_first() -> None:
    # Was asked about the call (sure on its own) where the meeting weighs more.
    found = recognise(
        "Mandag: ringte Posten Norge. Tirsdag: møte med Elkjøp",
        today=date(2026, 11, 20),
        known_customers=["Posten Norge", "Elkjøp"],
    )
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.LIKELY,
        ActivityKind.MEETING,
        "Elkjøp",
    ), found.reasons


def test_us_dollars_in_a_message_are_dollars() -> None:
    # Was a sure win of 40 000 in the team's currency (NOK).
    found = _read("Won Yara, US$ 40 000")
    assert (found.outcome, found.amount, found.currency) == (Outcome.SURE, 40_000, "USD")


@pytest.mark.parametrize("text", ["Won Yara, CHF 40 000", "Vant Yara 2 mill ISK", "Won Yara, ¥5M"])
def test_an_amount_in_another_currency_is_asked_never_the_teams_krone(text: str) -> None:
    # Were sure wins of 40 000 and 2 million in the team's currency.
    found = _read(text)
    assert (found.outcome, found.amount, found.complete) == (Outcome.LIKELY, None, False)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Ringte Yara for å purre på signatur", Outcome.SURE),  # was nothing: the call was made
        ("Called Yara, the meeting is postponed", Outcome.SURE),
        ("Call with Yara cancelled", Outcome.NOTHING),  # the call itself called off
        ("Had a call with Yara, it got cancelled", Outcome.NOTHING),
    ],
)
def test_a_call_made_is_a_call_whatever_it_was_about(text: str, outcome: Outcome) -> None:
    assert _read(text).outcome is outcome, _read(text).reasons


@pytest.mark.parametrize(
    ("text", "outcome", "when"),
    [
        ("Zoom with DNB this morning", Outcome.SURE, date(2026, 11, 20)),  # these were missed
        ("Demo'd the platform for Yara", Outcome.SURE, date(2026, 11, 20)),
        ("Demoed for Yara yesterday", Outcome.SURE, date(2026, 11, 19)),
        ("Quick sync with Telenor's CTO", Outcome.LIKELY, date(2026, 11, 20)),
    ],
)
def test_more_ways_to_say_a_meeting(text: str, outcome: Outcome, when: date) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.when) == (outcome, ActivityKind.MEETING, when)
    assert _read("Zoom is down again").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Orkla gikk for Visma", Outcome.LIKELY),  # was nothing: an offer of ours was out
        ("Orkla valgte Visma som leverandør", Outcome.LIKELY),
        ("Equinor went with Salesforce.", Outcome.LIKELY),
        ("Yara gikk for Visma", Outcome.NOTHING),  # no offer of ours: their news
        ("Orkla valgte Enterprise-lisensen, 300k", Outcome.NOTHING),  # what they chose of ours
        ("Volvo valde bort oss", Outcome.LIKELY),  # was nothing
        ("Maersk fravalgte os", Outcome.LIKELY),
    ],
)
def test_a_customer_with_our_offer_out_choosing_another_is_a_loss_asked(
    text: str, outcome: Outcome
) -> None:
    found = _read(text)
    assert found.outcome is outcome, found.reasons
    if outcome is Outcome.LIKELY:
        assert found.kind is ActivityKind.LOSS


HOLDOUT_10 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout10.yaml")
# Read wrong or only asked still (the file's header): each must stay what it is until mended, when
# its entry here goes (a strict xfail fails once the message is read right).
HOLDOUT_10_LEFT: set[str] = set()  # all eight mended in session 9


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_10, HOLDOUT_10_LEFT))
def test_the_tenth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout10.yaml was measured once before the rules it led to (its header); since
    then it is regression data. Chatter records nothing (not even a question), a record is read
    right and as sure as expected."""
    _read_right_now(HOLDOUT_10, row)


HOLDOUT_11 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout11.yaml")
# Read wrong or only asked still (the file's header): each must stay what it is until mended, when
# its entry here goes (a strict xfail fails once the message is read right).
HOLDOUT_11_LEFT: dict[str, str] = {}  # (session 65: a year's price with no term, as typed)


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_11, HOLDOUT_11_LEFT))
def test_the_eleventh_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout11.yaml was measured once before the rules it led to (its header); since
    then it is regression data. Chatter records nothing (not even a question), a record is read
    right and as sure as expected, a second record asked about on its own."""
    _read_right_now(HOLDOUT_11, row)


HOLDOUT_12 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout12.yaml")
# Read wrong or only asked still (the file's header): each must stay what it is until mended, when
# its entry here goes (a strict xfail fails once the message is read right). The reason each.
HOLDOUT_12_LEFT: dict[str, str] = {
    "var hos Haugen i dag, lovende 👀": (
        "held-out row disputed: an unknown one-word name where a customer stands is a customer, sure, in the corpora so far (messages.yaml: 'Sat down with Hafslunds CFO today', holdout 3: 'Intro meeting with Vipps on Monday went well'); telling a surname from a company needs a list of surnames (the author's 'Haugen is a surname' is not in the text)"
    ),
    "Boliden är i hamn!! ⛏️🥳 45 tkr/mån": (
        "held-out row disputed: a monthly price is asked, not stored as the deal's value (messages.yaml convention, test_capture_corpus 'a-rate': '20k per måned' is a rate); which total the win is (12 or 36 months) is the seller's to say"
    ),
    "fika med inköpschefen på Fika Kaffe AB i morse ☕😄 mkt positiva": (
        "held-out files disagree: coffee with the customer's buyer is sure here, but 'Had coffee with the CFO at Mowi' (holdout 8) and 'lunsj med innkjøpssjefen i Hent' (holdout 13) are likely; a coffee ('fika med') stays a weak meeting word, asked (only 'med kunden', the customer itself, makes a meal a customer meeting)"
    ),
    "Tryg sagde ja i formiddags 🎉 aftalen lyder på kr 75.000 om måneden": (
        "held-out row disputed: a monthly price is asked, not stored as the deal's value (messages.yaml convention, 'a-rate')"
    ),
    "Ocado: call Tue, then onsite mtg today. They want a quote by Fri next week": (
        "second record missed: 'onsite mtg today' in a later clause is a weak meeting noun (only a noun right under the name, 'Ocado: mtg', is strong)"
    ),
    "correction on my Sage post from yesterday - the quote is GBP 38k, not 83k 🤦": (
        "missed: 'Sage' is a short form of the known 'Sage Group' (the recorder's near-miss question in the app; the parser alone matches whole names), and 'my Sage post' names a post, not an offer"
    ),
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_12, HOLDOUT_12_LEFT))
def test_the_twelfth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout12.yaml was measured once before the rules it led to (its header); since
    then it is regression data. Chatter records nothing (not even a question), a record is read
    right and as sure as expected, a second record asked about on its own."""
    _read_right_now(HOLDOUT_12, row)


def test_every_row_left_in_the_twelfth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_12["messages"]}
    assert set(HOLDOUT_12_LEFT) <= texts


HOLDOUT_13 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout13.yaml")
# Read wrong or only asked still (the file's header): each must stay what it is until mended, when
# its entry here goes (a strict xfail fails once the message is read right). The reason each.
HOLDOUT_13_LEFT: dict[str, str] = {
    "Lørdag Interiør i forgårs – god prat med daglig leder, nytt møte tors 10/12": (
        "date wrong: 'god prat med …' is no meeting phrase of its own (a word for how it went), so the record read is the new meeting booked ('nytt møte tors 10/12', right) held today; the talk the day before yesterday in the title ('Lørdag Interiør i forgårs –') is not taken as a meeting (or a call?) of its own yet"
    ),
    "ringte Fossheim i dag, hyggelig fyr, vil gjerne ha et møte": (
        "held-out row disputed: an unknown one-word name after a call word is a customer, sure, in the corpora so far (as 'var hos Haugen i dag' in HOLDOUT_12_LEFT); telling a surname from a company needs a list of surnames"
    ),
    "tilbud til 3 Danmark sendt i går, 85.000 kr/md": (
        "held-out row disputed: a monthly price is asked, not stored as the offer's value (messages.yaml convention 'a-rate'; as 'Tryg … kr 75.000 om måneden' in HOLDOUT_12_LEFT)"
    ),
    "Monzo on Monday (onsite) + Pret A Manger on Tuesday (Teams). both warm 🔥": (
        "two meetings joined by '+', each with its day and its kind in parentheses: read as one weak meeting, with Pret A Manger on Tuesday (a true record, asked), Monzo on Monday missed; a list joined by '+' with a day each is no rule yet"
    ),
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_13, HOLDOUT_13_LEFT))
def test_the_thirteenth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout13.yaml was measured once before the rules it led to (its header); since
    then it is regression data. Chatter records nothing (not even a question), a record is read
    right and as sure as expected, a second record asked about on its own."""
    _read_right_now(HOLDOUT_13, row)


def test_every_row_left_in_the_thirteenth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_13["messages"]}
    assert set(HOLDOUT_13_LEFT) <= texts


# Session 24 (conv24): a list of a week gone by its weekdays is asked whole, one "Record all" question
# listing each row with its day, as files 21 to 25 (five writers) all want; files 14 to 19 had it
# sure, the first row stored unasked. Their rows are kept as written.
WEEK_GONE_ASKED = (
    "held-out files disagree: a list of a week gone by its weekdays is asked whole since session "
    "24 (one question, 'Record all', each row with its day), as messages_holdout21..25 all have "
    "it ('Forrige uke (kort uke 🐣): man møte Telenor, …' likely); this file, written before, "
    "records its first row unasked; the row is kept as written"
)

HOLDOUT_14 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout14.yaml")
# Read wrong or only asked still (the file's header): each must stay what it is until mended, when
# its entry here goes (a strict xfail fails once the message is read right). The reason each.
HOLDOUT_14_LEFT: dict[str, str] = {
    "Tryg 🙌 kontrakt underskrevet i dag, 1,6 mio. kr. årligt": (
        "held-out row against a convention moved on purpose (session 65): a year's price with no "
        "term is the deal's value as typed, stored sure, in messages as in commands (session 64; "
        "both buttons of the old question stored the same amount); this file (then 'new "
        "convention') asks it"
    ),
    "OBOS 🔥🔥 hot lead etter møtet i dag, booket befaring 10.12.": (
        "not read yet: likely where sure is expected"
    ),
    "Bama-uka i et nøtteskall 🍌 tors: tlf, fre: møte, i dag: ORDRE på 620k!!": (
        "not read yet: kind meeting != call; date 2026-12-04 != 2026-12-03; second kind win != meeting"
    ),
    "Skickade ny version till Valio Oy i morse: 165 000 € (ner från 180)": ("not read yet: missed"),
    "Rockwool gav den kolde skulder i dag 🥶 – kort møde, ingen interesse": (
        "not read yet: missed"
    ),
    "Tryg ringede mig op i går aftes om forsikring til mit hus 🙄 midt i Matador": (
        "chatter asked: the customer called the author about the author's own house insurance; private life after 'ringede mig op' is not told from a customer's call yet (asked, never recorded)"
    ),
    "Monday Studio Ltd on Monday 🙃 good chat, they want a proposal": ("not read yet: missed"),
    "ballpark quote to Boots today, roughly 400k, final number after the site visit": (
        "not read yet: kind meeting != offer; amount None != 400000"
    ),
}
HOLDOUT_14_LEFT.update(
    dict.fromkeys(
        (
            "v. 49 hann jag med: möte Kesko Oy (tis) och samtal Valio (tors) – loggar i efterhand",
            "Sidste uge: man møde Arla, ons tlf Ørsted, fre tilbud Matas 560k",
            "Last week: Mon Ocado demo, Wed call Boots, Fri quote to Halfords £120k",
        ),
        WEEK_GONE_ASKED,
    )
)


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_14, HOLDOUT_14_LEFT))
def test_the_fourteenth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout14.yaml (read on Monday 2026-12-07) was measured once before the rules it
    led to (its header); since then it is regression data. Chatter records nothing (not even a
    question), a record is read right and as sure as expected, a second record asked about on
    its own."""
    _read_right_now(HOLDOUT_14, row)


def test_every_row_left_in_the_fourteenth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_14["messages"]}
    assert set(HOLDOUT_14_LEFT) <= texts


@pytest.mark.parametrize(
    ("text", "open_offers"),
    [
        # Session 12: "lisenser" after "tilbud på" was read as a sale (a likely win)
        ("Revidert tilbud på lisenser til Telenor, nå 450k", {"telenor"}),
        ("revidert tilbud på lisenser til Yara 450k", set()),
        ("Telenor: revidert tilbud på lisenser 450k", {"telenor"}),
        ("revised quote for 50 licences to DNB, 450k", set()),
        ("Reviderad offert på licenser till Volvo, nu 450 tkr", {"volvo"}),
        ("Revideret tilbud på licenser til Yara 450.000 kr", set()),
    ],
)
def test_an_offer_named_with_its_product_and_an_amount_is_a_sure_offer(
    text: str, open_offers: set[str]
) -> None:
    found = _read(text, open_offers=open_offers)
    assert (found.outcome, found.kind, found.amount) == (
        Outcome.SURE,
        ActivityKind.OFFER,
        450_000,
    ), found.reasons


def test_a_sale_of_licences_is_still_a_win() -> None:
    found = _read("Solgte lisenser til Yara 450k", open_offers=set())
    assert (found.outcome, found.kind) == (Outcome.SURE, ActivityKind.WIN), found.reasons


HOLDOUT_15 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout15.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
HOLDOUT_15_LEFT: dict[str, str] = {
    "kl är 01:10, kom precis hem från kundmiddag med Dustin i Kista, bra snack om nästa år": (
        "held-out row disputed: a customer dinner is a meeting, sure (messages.yaml 'Kundmiddag "
        "med Volvo igår, gick bra'), and 'kom precis hem från' pins it to the evening just gone "
        "(night.py: just back, no doubt which day): sure on Tue 15 Dec; the file asks it"
    ),
    "ringede til GN Store Nord i mandags ang. headsets til kundeservice": "not read yet: missed",
    "Søndag ApS – mode i søndags?? ja, de ville kun ses i weekenden 🙃 varm": "not read yet: missed",
    "Friday Labs Ltd on Friday 🙃 good demo, they want a quote": "not read yet: likely where sure is expected",
    "rough number to Barclays today, roughly 1.5m, final after their security review": "not read yet: missed",
}
HOLDOUT_15_LEFT.update(
    dict.fromkeys(
        (
            "Sist uke: man – møte Veidekke, ons – tlf Hafslund, fre – tilbud Tine 340k",
            "Förra veckan: mån möte Scania, tis samtal Dustin, tors offert Elgiganten 640k",
            "Sidste uge: man tlf Coop Danmark, tirs møde Netto, tors tilbud Coop Danmark 1,1 mio",
            "Last week: Mon call Pret, Wed mtg Sainsbury's, Thu quote to Pret £45k",
        ),
        WEEK_GONE_ASKED,
    )
)


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_15, HOLDOUT_15_LEFT))
def test_the_fifteenth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout15.yaml (read on Wednesday 2026-12-16) was measured once before the rules
    it led to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_15, row)


def test_every_row_left_in_the_fifteenth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_15["messages"]}
    assert set(HOLDOUT_15_LEFT) <= texts


HOLDOUT_16 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout16.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
HOLDOUT_16_LEFT: dict[str, str] = {
    "tilbud sendt Veidekke tirsdag, 45k pr mnd": "held-out row disputed: a price per month with no term is asked in a message at the price as typed (README, session 12: 'else a command shows a year's worth and a message the price as typed'); the file wants a year's worth",
    "Møtte Telenor forrige uke (tirsdag), lunsj + demo av ny portal. Varm.": "not read yet: 'lunsj' reads as our own lunch (internal); asked",
    "Rettelse: Coop-ordren var 1 025 000, ikke 1 250 000 🙈": "not read yet: 'Coop' names two known customers (Coop Norge, Coop Danmark, both with an offer open): the file takes the Norwegian one by the message's language; kpibot reads the guessed 'Coop' (asked, as a correction is)",
    "Va innom Nortura på Lillehammer i dag, dæm e varme på det! 🔥": "not read yet: dialect ('Va innom', 'dæm e'): no visit verb read",
    "Lantmännen: vann den!! 🏆 780 tkr, avtalet skrevs på nyårsafton": "not read yet: 'vann den' (won it) has an unknown object; asked",
    "mote med Sodra Skogsagarna i mandags, varm. de aterkommer": "held-out row disputed: an unknown name after a meeting or offer word is a customer, sure, in the corpora so far (as 'ringte Fossheim i dag' in HOLDOUT_13_LEFT); the file asks a name without a legal form (its new convention)",
    "Rettelse til fredag: Pandora var 540.000 ikke 450.000": "not read yet: a correction naming no kind of record ('Pandora var 540.000') reads no cue",
    "Tilbud nr 2 til Maersk (separat tilbud på lager): 1.250.000,-": "not read yet: 'Tilbud nr 2 til' is a weak offer noun (no send verb); asked",
    "Sainsbury's verbal yes on the 31st 🙌 £300k, paperwork next week": "not read yet (session 21): the verbal yes is asked as the file has it, but on today (4 Jan): its day 'on the 31st' is lost beside 'paperwork next week' (without that clause it is read, 31 Dec)",
    "Correction: the Deliveroo win was £65k not £60k": "not read yet: 'the Deliveroo win' (a win noun after the name, a correction) reads no win cue",
}
# cmds28. The romjul said of done work once it is over is asked (which of its working days,
# each on a button), in a channel message as in a slash command (cmds27): a day kpibot would
# pick, never the seller's. The file reads its first working day, sure (its convention then).
ROMJUL_ASKED = (
    "held-out row disputed: the romjul said of done work once it is over is asked, which of its "
    "working days, each on a button (cmds28; slash commands ask so since cmds27); the file reads "
    "its first working day, Mon 28 Dec, sure"
)
HOLDOUT_16_LEFT.update(
    dict.fromkeys(
        (
            "ringte Nortura i romjulen, de vil ha tilbud i januar",
            "Orkla ASA – vant i romjula!! 2,1 mill 🥂",
            "Offert skickad till Volvo i mellandagarna, 2,4 MSEK exkl moms, gäller t.o.m. 15/1",
            "tilbud sendt til Maersk i mellemdagene, 780.000 kr., gælder til 15/1",
        ),
        ROMJUL_ASKED,
    )
)
HOLDOUT_16_LEFT.update(
    dict.fromkeys(
        (
            "Uke 53 kort: man – møte m/ Ringnes, tir – tlf Storebrand, ons – tilbud Julehuset AS 410k",
            "uge 53: man møde Danfoss, ons tilbud Vestas 320.000 kr, tors opkald Netto",
            "Last wk: Mon call Pret, Tue mtg Tesco (warm), Thu quote Aviva £80k",
        ),
        WEEK_GONE_ASKED,
    )
)


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_16, HOLDOUT_16_LEFT))
def test_the_sixteenth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout16.yaml (read on Monday 2027-01-04, ISO week 1; last week was week 53 of
    2026) was measured once before the rules it led to (its header); since then it is
    regression data."""
    _read_right_now(HOLDOUT_16, row)


def test_every_row_left_in_the_sixteenth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_16["messages"]}
    assert set(HOLDOUT_16_LEFT) <= texts


HOLDOUT_17 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout17.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
HOLDOUT_17_LEFT: dict[str, str] = {
    "var innom Bergen Kran AS på vei hjem fra hytta i går, kald": "not read yet (session 15): ['missed'] got nothing want sure ()",
    "Axfood: vann den!! 🏆 780 tkr, avtalet skrevs på 2/7": "not read yet (session 15): [] got likely want sure ('cue:win:avtalet:weak', 'customer:known', 'weak-cue')",
    "Visby: offert ute, 210 000 kr, skickad förra veckan": "held-out row disputed: an unknown name after an offer word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …'); the file asks a bare place-like name",
    "skanska i fredags på plats i Göteborg, ljummen men nyfikna. uppföljning tors": "not read yet (session 15): ['kind win != meeting'] got likely want sure ('cue:win:pa plats:weak', 'customer:known', 'weak-cue')",
    "sommerhusbesøg hos direktøren for Tre Ege ApS i går, mest hygge og rosé 🍷": "not read yet (session 15): ['missed'] got nothing want likely ()",
    "Lost Sainsbury's. Chased them w/c 12th July and again on Friday, they've gone with the incumbent": "not read yet (session 15): ['date 2027-08-02 != 2027-07-30'] got likely want likely ('cue:loss:lost', 'customer:known', 'loss')",
    "Summer House Foods Ltd: worked through July so went to see them on the 14th, warm": "not read yet (session 15): ['missed'] got nothing want sure ()",
    "BT update: the Midlands rollout quote didn't go our way. Incumbent again 😩": "not read yet (session 15): ['missed'] got nothing want likely ()",
    "Just 3M post-its and coffee today, inbox at 400 unread 😵": "not read yet (session 15): chatter read likely ('cue:meeting:coffee:weak', 'customer:known', 'weak-cue')",
}
HOLDOUT_17_LEFT.update(
    dict.fromkeys(
        (
            "Jobba gjennom juli 😅 Uke 29: man – møte Bama, ons – tlf Vy, fre – tilbud Ruter 380k",
            "vecka 30 jobbade jag: mån möte Volvo, ons samtal Ericsson, tors offert Clas Ohlson 450 000:-",
            "Uge 30 kort: man – møde Coop Danmark, tirs – tlf Matas, tors – tilbud DSB 275.000 kr",
            "Last wk (w/c 26th July): Mon call Greggs, Wed mtg Boots (warm), Fri quote Ocado £80k",
        ),
        WEEK_GONE_ASKED,
    )
)


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_17, HOLDOUT_17_LEFT))
def test_the_seventeenth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout17.yaml (read on Monday 2027-08-02, ISO week 31, the first Monday after
    the summer holidays, weeks 28..30) was measured once before the rules it led to (its
    header); since then it is regression data."""
    _read_right_now(HOLDOUT_17, row)


def test_every_row_left_in_the_seventeenth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_17["messages"]}
    assert set(HOLDOUT_17_LEFT) <= texts


HOLDOUT_18 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout18.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
HOLDOUT_18_LEFT: dict[str, str] = {
    "Vant Hamar i dag, kr 280 000 🥳": "held-out row disputed: an unknown name after a win or offer word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …', HOLDOUT_17_LEFT 'Visby: …'); the file asks a bare place-like name or a name without a legal form",
    "Forrige uke: møter med Equinor, DNB og Orkla, pluss tilbud til Kiwi 210k": "not read yet (session 16): ['second kind offer != meeting', \"second customer 'Kiwi' != 'DNB'\"] got likely want likely ('cue:meeting:moter med', 'customer:known', 'present', 'listed')",
    "Affär klar med Kiruna idag 450 tkr": "held-out row disputed: an unknown name after a win or offer word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …', HOLDOUT_17_LEFT 'Visby: …'); the file asks a bare place-like name or a name without a legal form",
    "Frukost med Clas Ohlson imorse, mest påskprat och ägg 🥚 inget om avtalet": "not read yet (session 16): ['missed'] got nothing want likely ()",
    "Påskefrokost hos Arla i påskeugen, mest sild og snaps 🐟": "not read yet (session 16): ['missed'] got nothing want likely ()",
    "w/c 22nd March: Mon mtg Boots (warm), Tue call Greggs, Thu quote Ocado £80k, Fri bank hol": "not read yet (session 16): ['date 2027-03-29 != 2027-03-22'] got sure want sure ('cue:meeting:mtg', 'customer:known', 'listed')",
    "Bristol Harbour Cafes signed today, £18k for the year": "held-out row disputed: an unknown name after a win or offer word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …', HOLDOUT_17_LEFT 'Visby: …'); the file asks a bare place-like name or a name without a legal form",
}
HOLDOUT_18_LEFT.update(
    dict.fromkeys(
        (
            "Uke 12 kort: man møte Posten, tirs tlf Ruter, ons tilbud Tine 620k, tors–man påskefri 🐣",
            "v. 12: mån möte Systembolaget, tis samtal SJ, ons offert Clas Ohlson 240 000:-, tors ledig",
            "Uge 12 for mig: man møde Arla, tirs tlf DSB, ons tilbud Coop Danmark 1,1 mio, tors–man påskeferie",
        ),
        WEEK_GONE_ASKED,
    )
)


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_18, HOLDOUT_18_LEFT))
def test_the_eighteenth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout18.yaml (read on Tuesday 2027-03-30, ISO week 13, the first working day
    after Easter, week 12) was measured once before the rules it led to (its header); since then
    it is regression data."""
    _read_right_now(HOLDOUT_18, row)


def test_every_row_left_in_the_eighteenth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_18["messages"]}
    assert set(HOLDOUT_18_LEFT) <= texts


HOLDOUT_19 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout19.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
HOLDOUT_19_LEFT: dict[str, str] = {
    "Hilsen fra stranda i Kroatia 🏖️ glemte å si at Tine signerte før ferien, 640k. Endelig!": "not read yet (session 17): ['missed'] got nothing want likely ()",
    "Bodø takket ja i dag, 190k 🎉": "held-out row disputed: an unknown name that said yes or took a win word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …', HOLDOUT_17_LEFT 'Visby: …', HOLDOUT_18_LEFT 'Vant Hamar i dag …'); the file asks a bare place-like name or a name without a legal form",
    "Per ba meg logge for ham siden han har fri: han vant Sparebank 1 Nord-Norge i går, 210k": "not read yet (session 17): [] got sure want likely ('cue:win:vant', 'customer:known')",
    "Siste uka før ferien blir hektisk, har allerede 3 møter med Equinor i kalenderen": "not read yet (session 17): got likely want nothing ('cue:meeting:moter med', 'customer:known', 'present')",
    "Visby sa ja till offerten! 240 tkr": "held-out row disputed: an unknown name that said yes or took a win word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …', HOLDOUT_17_LEFT 'Visby: …', HOLDOUT_18_LEFT 'Vant Hamar i dag …'); the file asks a bare place-like name or a name without a legal form",
    "Odense sagde ja i dag, 310.000 kr": "held-out row disputed: an unknown name that said yes or took a win word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …', HOLDOUT_17_LEFT 'Visby: …', HOLDOUT_18_LEFT 'Vant Hamar i dag …'); the file asks a bare place-like name or a name without a legal form",
    "Rettelse: Carlsberg var på 1,85 mio. kr, ikke 1,8": "not read yet (session 17): ['missed'] got nothing want likely ()",
    "Brighton Beach Huts said yes! £35k 🏖️": "held-out row disputed: an unknown name that said yes or took a win word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …', HOLDOUT_17_LEFT 'Visby: …', HOLDOUT_18_LEFT 'Vant Hamar i dag …'); the file asks a bare place-like name or a name without a legal form",
    "Tesco and Boots both had calls from me today": "not read yet (session 17): [\"customer 'Boots' != 'Tesco'\", 'second record missed'] got likely want likely ('cue:call:calls:weak', 'customer:known', 'weak-cue')",
}
HOLDOUT_19_LEFT.update(
    dict.fromkeys(
        (
            "Vecka 24 i korthet: mån möte Volvo, ons offert SJ 300k, fre tel Ericsson",
            "Uge 24: man møde Jysk, tirs tlf Matas, tors tilbud Arla 350 t.kr.",
            "Week 24 recap: Mon mtg Sainsbury's, Wed quote BT £310k, Fri call Aviva",
        ),
        WEEK_GONE_ASKED,
    )
)


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_19, HOLDOUT_19_LEFT))
def test_the_nineteenth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout19.yaml (read on Thursday 2027-06-24, ISO week 25, the day after
    sankthansaften and the eve of Sweden's midsommarafton) was measured once before the rules it
    led to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_19, row)


def test_every_row_left_in_the_nineteenth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_19["messages"]}
    assert set(HOLDOUT_19_LEFT) <= texts


HOLDOUT_20 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout20.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
HOLDOUT_20_LEFT: dict[str, str] = {
    "Møte med Hamar i går, het 🔥": "held-out row disputed: an unknown name after a meeting or win word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …' .. HOLDOUT_19_LEFT 'Bodø takket ja …'); the file asks a bare place-like name or a name without a legal form",
    "<@U07OLE> ba meg logge for ham (han har tatt juleferie): han vant Norsk Gjenvinning i går, 320k": "held-out row disputed: a colleague's record posted for them is never the author's figure and records nothing (lexicon ON_BEHALF; README: kpibot offers no 'log it for Kari'); the file asks it as the author's (as HOLDOUT_19_LEFT 'Per ba meg logge for ham …')",
    "Möte med Umeå igår, varm": "held-out row disputed: an unknown name after a meeting or win word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …' .. HOLDOUT_19_LEFT 'Bodø takket ja …'); the file asks a bare place-like name or a name without a legal form",
    "Møde med Vejle i går, varm": "held-out row disputed: an unknown name after a meeting or win word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …' .. HOLDOUT_19_LEFT 'Bodø takket ja …'); the file asks a bare place-like name or a name without a legal form",
    "Cotswold Candles said yes! £22k 🕯️": "held-out row disputed: an unknown name after a meeting or win word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …' .. HOLDOUT_19_LEFT 'Bodø takket ja …'); the file asks a bare place-like name or a name without a legal form",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_20, HOLDOUT_20_LEFT))
def test_the_twentieth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout20.yaml (read on Wednesday 2027-12-22, ISO week 51, two days before
    Christmas Eve; the romjul, Mon 27 .. Fri 31 Dec, ahead) was measured once before the rules
    it led to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_20, row)


def test_every_row_left_in_the_twentieth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_20["messages"]}
    assert set(HOLDOUT_20_LEFT) <= texts


HOLDOUT_21 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout21.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
HOLDOUT_21_LEFT: dict[str, str] = {
    "Befaring hos Hemsedal i dag, ser lovende ut": "held-out row disputed: an unknown name after a meeting or win word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …' .. HOLDOUT_20_LEFT 'Møte med Hamar i går …'); the file asks a bare place-like name or a name without a legal form",
    "Glemte å logge: møtte Statkraft før ferien, varm": "held-out row disputed: done work 'før ferien' / 'innan semestern' / 'before the summer' with no day is asked on the holiday's eve, Fri 9 Jul, and 'i ferien' / 'over the summer' on its first Monday, Mon 12 Jul (messages_holdout17.yaml, read 2 Aug 2027: 'Tine signerte før ferien' d 2027-07-09, 'Rema 1000 – kontrakt signert i fellesferien' d 2027-07-12); the file asks with today's date (its new convention, 'd left out')",
    "Var faktisk på møte med Bama i ferien 😅 varm": "held-out row disputed: done work 'før ferien' / 'innan semestern' / 'before the summer' with no day is asked on the holiday's eve, Fri 9 Jul, and 'i ferien' / 'over the summer' on its first Monday, Mon 12 Jul (messages_holdout17.yaml, read 2 Aug 2027: 'Tine signerte før ferien' d 2027-07-09, 'Rema 1000 – kontrakt signert i fellesferien' d 2027-07-12); the file asks with today's date (its new convention, 'd left out')",
    "Glömde logga: offert till Securitas innan semestern, 500 tkr": "held-out row disputed: done work 'før ferien' / 'innan semestern' / 'before the summer' with no day is asked on the holiday's eve, Fri 9 Jul, and 'i ferien' / 'over the summer' on its first Monday, Mon 12 Jul (messages_holdout17.yaml, read 2 Aug 2027: 'Tine signerte før ferien' d 2027-07-09, 'Rema 1000 – kontrakt signert i fellesferien' d 2027-07-12); the file asks with today's date (its new convention, 'd left out')",
    "Besøg hos Løkken i dag, lovende snak": "held-out row disputed: an unknown name after a meeting or win word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …' .. HOLDOUT_20_LEFT 'Møte med Hamar i går …'); the file asks a bare place-like name or a name without a legal form",
    "Mødtes med Carlsberg i ferien, varm 🍺": "held-out row disputed: done work 'før ferien' / 'innan semestern' / 'before the summer' with no day is asked on the holiday's eve, Fri 9 Jul, and 'i ferien' / 'over the summer' on its first Monday, Mon 12 Jul (messages_holdout17.yaml, read 2 Aug 2027: 'Tine signerte før ferien' d 2027-07-09, 'Rema 1000 – kontrakt signert i fellesferien' d 2027-07-12); the file asks with today's date (its new convention, 'd left out')",
    "Glemte at skrive det: Vestas sagde nej før sommerferien, prisen": "held-out row disputed: done work 'før ferien' / 'innan semestern' / 'before the summer' with no day is asked on the holiday's eve, Fri 9 Jul, and 'i ferien' / 'over the summer' on its first Monday, Mon 12 Jul (messages_holdout17.yaml, read 2 Aug 2027: 'Tine signerte før ferien' d 2027-07-09, 'Rema 1000 – kontrakt signert i fellesferien' d 2027-07-12); the file asks with today's date (its new convention, 'd left out')",
    "Padstow Surf – first meeting today, hot 🔥": "held-out row disputed: an unknown name after a meeting or win word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …' .. HOLDOUT_20_LEFT 'Møte med Hamar i går …'); the file asks a bare place-like name or a name without a legal form",
    "Forgot to log: met Unilever's procurement lead before the summer, warm": "held-out row disputed: done work 'før ferien' / 'innan semestern' / 'before the summer' with no day is asked on the holiday's eve, Fri 9 Jul, and 'i ferien' / 'over the summer' on its first Monday, Mon 12 Jul (messages_holdout17.yaml, read 2 Aug 2027: 'Tine signerte før ferien' d 2027-07-09, 'Rema 1000 – kontrakt signert i fellesferien' d 2027-07-12); the file asks with today's date (its new convention, 'd left out')",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_21, HOLDOUT_21_LEFT))
def test_the_twenty_first_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout21.yaml (read on Monday 2027-08-16, ISO week 33, the first week back
    after the Nordic summer holidays; the UK's summer bank holiday Mon 30 Aug ahead) was
    measured once before the rules it led to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_21, row)


def test_every_row_left_in_the_twenty_first_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_21["messages"]}
    assert set(HOLDOUT_21_LEFT) <= texts


HOLDOUT_22 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout22.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
HOLDOUT_22_LEFT: dict[str, str] = {
    "Glemte å logge: møtte Aker BP før påske, het 🔥": "held-out row disputed: done work 'før påske' / 'innan påsk' / 'before Easter' with no day is asked on Easter's eve (Wed 24 Mar in Norway and Denmark, Thu 25 Mar in Sweden and the UK), 'i påska' / 'over Easter' on its first day (messages_holdout18.yaml, read 30 Mar 2027: 'Tilbud sendt Statkraft før påske …' d 2027-03-24, 'Hadde møte med Ruter i påska …' d 2027-03-25, 'Lost Boots. … found out before Easter' d 2027-03-25; as HOLDOUT_21_LEFT's summer rows); the file asks with today's date ('d left out')",
    "Glömde logga: möte med H&M innan påsk, varm": "held-out row disputed: done work 'før påske' / 'innan påsk' / 'before Easter' with no day is asked on Easter's eve (Wed 24 Mar in Norway and Denmark, Thu 25 Mar in Sweden and the UK), 'i påska' / 'over Easter' on its first day (messages_holdout18.yaml, read 30 Mar 2027: 'Tilbud sendt Statkraft før påske …' d 2027-03-24, 'Hadde møte med Ruter i påska …' d 2027-03-25, 'Lost Boots. … found out before Easter' d 2027-03-25; as HOLDOUT_21_LEFT's summer rows); the file asks with today's date ('d left out')",
    "Besøg hos Ebeltoft i går, god stemning": "held-out row disputed: an unknown name after a meeting or win word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …' .. HOLDOUT_21_LEFT 'Befaring hos Hemsedal i dag …'); the file asks a bare place-like name",
    "Glemte at logge: møde med Danfoss før påske, varm": "held-out row disputed: done work 'før påske' / 'innan påsk' / 'before Easter' with no day is asked on Easter's eve (Wed 24 Mar in Norway and Denmark, Thu 25 Mar in Sweden and the UK), 'i påska' / 'over Easter' on its first day (messages_holdout18.yaml, read 30 Mar 2027: 'Tilbud sendt Statkraft før påske …' d 2027-03-24, 'Hadde møte med Ruter i påska …' d 2027-03-25, 'Lost Boots. … found out before Easter' d 2027-03-25; as HOLDOUT_21_LEFT's summer rows); the file asks with today's date ('d left out')",
    "Havde faktisk et opkald med Rockwool i påsken 😅 de er varme": "held-out row disputed: done work 'før påske' / 'innan påsk' / 'before Easter' with no day is asked on Easter's eve (Wed 24 Mar in Norway and Denmark, Thu 25 Mar in Sweden and the UK), 'i påska' / 'over Easter' on its first day (messages_holdout18.yaml, read 30 Mar 2027: 'Tilbud sendt Statkraft før påske …' d 2027-03-24, 'Hadde møte med Ruter i påska …' d 2027-03-25, 'Lost Boots. … found out before Easter' d 2027-03-25; as HOLDOUT_21_LEFT's summer rows); the file asks with today's date ('d left out')",
    "Forgot to log: met Unilever's category lead before Easter, warm": "held-out row disputed: done work 'før påske' / 'innan påsk' / 'before Easter' with no day is asked on Easter's eve (Wed 24 Mar in Norway and Denmark, Thu 25 Mar in Sweden and the UK), 'i påska' / 'over Easter' on its first day (messages_holdout18.yaml, read 30 Mar 2027: 'Tilbud sendt Statkraft før påske …' d 2027-03-24, 'Hadde møte med Ruter i påska …' d 2027-03-25, 'Lost Boots. … found out before Easter' d 2027-03-25; as HOLDOUT_21_LEFT's summer rows); the file asks with today's date ('d left out')",
    "Had a meeting with Skanska over Easter, warm – forgot to log it": "held-out row disputed: done work 'før påske' / 'innan påsk' / 'before Easter' with no day is asked on Easter's eve (Wed 24 Mar in Norway and Denmark, Thu 25 Mar in Sweden and the UK), 'i påska' / 'over Easter' on its first day (messages_holdout18.yaml, read 30 Mar 2027: 'Tilbud sendt Statkraft før påske …' d 2027-03-24, 'Hadde møte med Ruter i påska …' d 2027-03-25, 'Lost Boots. … found out before Easter' d 2027-03-25; as HOLDOUT_21_LEFT's summer rows); the file asks with today's date ('d left out')",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_22, HOLDOUT_22_LEFT))
def test_the_twenty_second_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout22.yaml (read on Wednesday 2027-03-31, ISO week 13, the last day of Q1
    and the first week back after Easter: Easter Monday was Mon 29 Mar) was measured once before
    the rules it led to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_22, row)


def test_every_row_left_in_the_twenty_second_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_22["messages"]}
    assert set(HOLDOUT_22_LEFT) <= texts


HOLDOUT_23 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout23.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
HOLDOUT_23_LEFT: dict[str, str] = {
    "Bunad & Bånd AS sa ja 🎉 ingen bunad uten bånd 😄": "not read yet (session 21): the pun after the cheer ('ingen bunad uten bånd', the name's own words) is read as a negation of the yes; a negation about the name's words is no rule yet",
    "Besøg hos Møn i fredags, ser lovende ud": "held-out row disputed: an unknown name after a meeting word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …' .. HOLDOUT_22_LEFT 'Platsbesök hos Sälen igår …'); the file asks a bare place-like name (files 21 to 23 all do: a convention for the lead to decide, with a list of places)",
    "Bededag Bageri ApS bestilte i dag 🥐 85.000 kr – og nej, bededag er ikke fri mere 😂": "held-out row disputed: a laugh anywhere in a message makes a sure record asked (messages.yaml 'Vant 500 kr på Flax i lunsjen 😂', test_capture_corpus 'laughing'); the file records the order sure, the laugh being about the holiday in the clause after the dash",
    "Whit Monday isn't a thing here 🇬🇧 so I met Unilever's new buyer, went well": "not read yet (session 21): the day said in a clause of its own before the meeting ('Whit Monday isn't a thing here … so I met …') is not taken as the meeting's day (today is kept); the file dates it Mon 17 May",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_23, HOLDOUT_23_LEFT))
def test_the_twenty_third_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout23.yaml (read on Tuesday 2027-05-18, ISO week 20, the day after 17. mai,
    which was also Whit Monday; Ascension Day was Thu 6 May) was measured once before the rules
    it led to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_23, row)


def test_every_row_left_in_the_twenty_third_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_23["messages"]}
    assert set(HOLDOUT_23_LEFT) <= texts


HOLDOUT_24 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout24.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
HOLDOUT_24_LEFT: dict[str, str] = {}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_24, HOLDOUT_24_LEFT))
def test_the_twenty_fourth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout24.yaml (read on Wednesday 2026-12-23, lillejulaften, ISO week 52, the last
    working day before Christmas for most) was measured once before the rules it led to (its
    header); since then it is regression data."""
    _read_right_now(HOLDOUT_24, row)


def test_every_row_left_in_the_twenty_fourth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_24["messages"]}
    assert set(HOLDOUT_24_LEFT) <= texts


HOLDOUT_25 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout25.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
HOLDOUT_25_LEFT: dict[str, str] = {
    "Tapte Gjensidige 😞 de valgte eksisterende leverandør før påske": "held-out row disputed: a day or span ending a loss's reason is the loss's day (losses.py 'Hydro pris for høy i går'; 'Lost Boots. … found out before Easter' d 2027-03-25 in messages_holdout18.yaml, read on this same day): 'de valgte eksisterende leverandør før påske' dates the loss on Easter's eve, Wed 24 Mar; the file calls 'før påske' inside a reason only a why, with today's date",
    "Sendte tilbud til Norsk Gjenvinning før påske, 650k – glemte å logge 🙈": "held-out row disputed: done work 'før påske' / 'innan påsk' / 'over påsken' / 'before Easter' with no day is asked on Easter's eve (Wed 24 Mar in Norway and Denmark, Thu 25 Mar in Sweden and the UK), as messages_holdout18.yaml (read on this same day, 30 Mar 2027) has it ('Tilbud sendt Statkraft før påske …' d 2027-03-24, 'Lost Boots. … found out before Easter' d 2027-03-25) and HOLDOUT_22_LEFT keeps it; the file asks with today's date ('d left out')",
    "Skickade offert till Boliden innan påsk, ca 1,1 mkr": "held-out row disputed: done work 'før påske' / 'innan påsk' / 'over påsken' / 'before Easter' with no day is asked on Easter's eve (Wed 24 Mar in Norway and Denmark, Thu 25 Mar in Sweden and the UK), as messages_holdout18.yaml (read on this same day, 30 Mar 2027) has it ('Tilbud sendt Statkraft før påske …' d 2027-03-24, 'Lost Boots. … found out before Easter' d 2027-03-25) and HOLDOUT_22_LEFT keeps it; the file asks with today's date ('d left out')",
    "Fik snakket med GN Store Nord over påsken, de er klar til et tilbud": "held-out row disputed: done work 'før påske' / 'innan påsk' / 'over påsken' / 'before Easter' with no day is asked on Easter's eve (Wed 24 Mar in Norway and Denmark, Thu 25 Mar in Sweden and the UK), as messages_holdout18.yaml (read on this same day, 30 Mar 2027) has it ('Tilbud sendt Statkraft før påske …' d 2027-03-24, 'Lost Boots. … found out before Easter' d 2027-03-25) and HOLDOUT_22_LEFT keeps it; the file asks with today's date ('d left out')",
    "Spoke to Boots before Easter about the renewal": "held-out row disputed: done work 'før påske' / 'innan påsk' / 'over påsken' / 'before Easter' with no day is asked on Easter's eve (Wed 24 Mar in Norway and Denmark, Thu 25 Mar in Sweden and the UK), as messages_holdout18.yaml (read on this same day, 30 Mar 2027) has it ('Tilbud sendt Statkraft før påske …' d 2027-03-24, 'Lost Boots. … found out before Easter' d 2027-03-25) and HOLDOUT_22_LEFT keeps it; the file asks with today's date ('d left out')",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_25, HOLDOUT_25_LEFT))
def test_the_twenty_fifth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout25.yaml (read on Tuesday 2027-03-30, ISO week 13, the first working day
    after Easter, the day before Q1 ends) was measured once before the rules it led to (its
    header); since then it is regression data."""
    _read_right_now(HOLDOUT_25, row)


def test_every_row_left_in_the_twenty_fifth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_25["messages"]}
    assert set(HOLDOUT_25_LEFT) <= texts


HOLDOUT_26 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout26.yaml")
_PLACE_26 = "held-out row disputed: an unknown name after a meeting word is a customer, sure, in the corpora so far (HOLDOUT_16_LEFT 'Tilbud sendt Lillestrøm …' .. HOLDOUT_25_LEFT 'Besøg hos Ringkøbing i onsdags …'); the file asks a bare place-like name (files 21 to 26 all do). Place-like names are readers24's this session (readers24)"
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
HOLDOUT_26_LEFT: dict[str, str] = {
    "Hadde møte med Tine i går, de vil ha tilbud før ferien": "held-out row disputed (the writer says so): 'i går' said on a Monday is Sunday, and the file asks a meeting on a Sunday; the corpora so far record it sure on the day said (test_parse_fresh_phrasings12 'Mötte Volvo igår', test_parse_fresh_phrasings15 'mote med dnb i gar', test_parse_fresh_phrasings17 'mote med equinor i gar, varm', all read on a Monday; commands_holdout21 'Kiwi i går'). Asking it broke 16 of those rows (session 24): a convention for the lead to decide",
    "Besøg hos Ærøskøbing i onsdags, ser lovende ud til højsæsonen": _PLACE_26,
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_26, HOLDOUT_26_LEFT))
def test_the_twenty_sixth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout26.yaml (read on Monday 2027-06-21, ISO week 25, the week of sankthans and
    midsommar; Q2 and the first half-year end Wed 30 Jun) was measured once before the rules it
    led to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_26, row)


def test_every_row_left_in_the_twenty_sixth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_26["messages"]}
    assert set(HOLDOUT_26_LEFT) <= texts


HOLDOUT_27 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout27.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
HOLDOUT_27_LEFT: dict[str, str] = {
    "Ringte DNB nå, tilbudet ligger hos styret – følger opp før jul": "held-out row disputed (the writer says so): the author's own follow-up 'før jul' said twelve weeks ahead is asked with no day, as test_capture_left23 has it (session 23: 'Møte med Tine i dag, følger opp før jul' said on 1 Dec is likely, no step; holdout 20's Thu 23 Dec was said in the week before Christmas, test_capture_left17). The call itself is read right now (was a likely offer: 'tilbudet ligger hos styret' is the offer they hold, and their board no internal meeting)",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_27, HOLDOUT_27_LEFT))
def test_the_twenty_seventh_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout27.yaml (read on Friday 2027-10-01, ISO week 39, the morning after Q3
    ended, the first day of Q4) was measured once before the rules it led to (its header);
    since then it is regression data."""
    _read_right_now(HOLDOUT_27, row)


def test_every_row_left_in_the_twenty_seventh_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_27["messages"]}
    assert set(HOLDOUT_27_LEFT) <= texts


HOLDOUT_28 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout28.yaml")
_PLAIN_OR_ASKED_28 = "held-out row disputed, decided (cmds27): one reading for both of the file's disputed rows, what the seller says plainly is stored as said and what names no day is asked, never picked nor dropped unsaid. 'Møte med Tine i forgårs' said on a Tuesday names its day plainly (Sunday 19 Dec): recorded sure on it, as HOLDOUT_26_LEFT's 'Hadde møte med Tine i går' said on a Monday is (asking a plainly dated record broke 16 rows in session 24); the file asks it. 'nytt møte over nyttår' names no day for the next meeting: asked (likely, no step), as test_capture_left23 asks 'Møte med Tine i dag, nytt møte etter nyttår'; the file drops the step unsaid and records the meeting sure. Left: the channel reader still drops such a step unsaid where the span opens a sentence of its own ('… i torsdags, bra stämning. Nytt möte efter nyår', sure), which the same rule would ask"
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
HOLDOUT_28_LEFT: dict[str, str] = {
    # cmds27 decided one reading for both rows: what the seller says plainly is stored as said,
    # and what names no day is asked, never picked nor dropped unsaid (the slash commands' rule
    # for a vague day since cmds27: tests/unit/test_cmds27_vague.py).
    "Hadde møte med Orkla torsdag, glemte å logge 🙈 varm, nytt møte over nyttår": _PLAIN_OR_ASKED_28,
    "Møte med Tine i forgårs, god stemning 👍": _PLAIN_OR_ASKED_28,
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_28, HOLDOUT_28_LEFT))
def test_the_twenty_eighth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout28.yaml (read on Tuesday 2027-12-21, ISO week 51, three days before
    Christmas Eve) was measured once before the rules it led to (its header); since then it is
    regression data."""
    _read_right_now(HOLDOUT_28, row)


def test_every_row_left_in_the_twenty_eighth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_28["messages"]}
    assert set(HOLDOUT_28_LEFT) <= texts


HOLDOUT_29 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout29.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
_DAYS_29 = "a week told by its days with no week named, said on a Tuesday, today's weekday among them and a day ahead ('Mandag: møte Ruter. Tirsdag: tilbud Posten 300 tkr. Torsdag: møte Hafslund'): asked which week, as days27 decided (the lead, /work/briefs/days27.md): Last week first, This week (Monday and today done, Thursday planned) on the second button; the file reads this week's days alone. Putting this week's reading first when today's weekday is said needs a last-week alternative the question does not have (Recognition.this_week holds only this week's). The other rows of _DAYS_29 ('Denne uka: • man – …', 'Veckan hittills: …, ons ringer SEB', 'Ugen indtil nu – Man: …') are read right since the lead's decision of session 31 (heldmsg31: this week's list with a day ahead is one Record all) (lead)"
_PLAN_29 = "held-out row disputed, decided by the lead (session 27, names27): a call or meeting planned in the future tense on a day said ('Planlegger å ringe Schibsted fredag', 'Will call HSBC tomorrow') is asked as the lead's planned next step on that day, one click, never counted as done work (tests/unit/test_names27.py); the file reads it as chatter with no reply. Nothing is recorded either way; the question helps a next activity on every lead"
HOLDOUT_29_LEFT: dict[str, str] = {
    "Planlegger å ringe Orkla fredag om rammeavtalen 📞": _PLAN_29,
    "Will call HSBC tomorrow re the renewal 📞": _PLAN_29,
    "Kaffemøte med Kiwi i forgårs, de vil ha tilbud på hyllemerking ☕": "held-out row disputed (the writer says so): 'i forgårs' said on a Tuesday is Sunday, and the file asks a meeting on a Sunday; the corpora so far record a meeting sure on the day said (HOLDOUT_28_LEFT 'Møte med Tine i forgårs', HOLDOUT_26_LEFT 'Hadde møte med Tine i går' said on a Monday: asking it broke 16 rows in session 24). A convention for the lead to decide (lead)",
    "Mandag: møte Ruter. Tirsdag: tilbud Posten 300 tkr. Torsdag: møte Hafslund": _DAYS_29,
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_29, HOLDOUT_29_LEFT))
def test_the_twenty_ninth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout29.yaml (read on Tuesday 2028-01-18, ISO week 3, an ordinary mid-January
    week after the kickoffs) was measured once before the rules it led to (its header); since
    then it is regression data."""
    _read_right_now(HOLDOUT_29, row)


def test_every_row_left_in_the_twenty_ninth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_29["messages"]}
    assert set(HOLDOUT_29_LEFT) <= texts


HOLDOUT_30 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout30.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
# heldmsg31, the lead's decision (session 31): a list of THIS week told by its days with a day
# ahead of today (a plan mixed with a report) is one question, its done rows asked in one "Record
# all", its rows ahead plans (the same customer's done row's next step; another customer's the
# lead's planned step, never counted). Its rows here (_LISTS_30: 'Veckan hittills: …, tors möte Axfood', 'Ugen indtil nu – Man: …', 'This week: … Thu: follow-up call HSBC') are read right since; a running
# week with no day ahead stays sure (tests/unit/test_capture_this_week31.py).
# msgsteps34, the lead's decision (session 34): 'Posten: tilbud sendt i dag på 540 000 kr, følger
# opp etter påske 🐣' (was left here: the item 'følger opp etter påske' read as a call of its own,
# and the span named no day) is the offer's step, due Tue 18 Apr 2028, the first working day after
# Easter Monday, as a command reads it (its row's p moved so far; tests/unit/test_msgsteps34.py).
HOLDOUT_30_LEFT: dict[str, str] = {}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_30, HOLDOUT_30_LEFT))
def test_the_thirtieth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout30.yaml (read on Wednesday 2028-04-12, ISO week 15, the day before Maundy
    Thursday, the last working day before Easter in Norway and Denmark) was measured once before
    the rules it led to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_30, row)


def test_every_row_left_in_the_thirtieth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_30["messages"]}
    assert set(HOLDOUT_30_LEFT) <= texts


HOLDOUT_31 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout31.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
_PLAN_31 = "held-out row disputed before, decided by the lead (session 27, names27): a call planned in the future tense on a day said ('Planlegger å ringe Orkla fredag') is asked as the lead's planned next step on that day, one click, never counted as done work (tests/unit/test_names27.py); the file reads it as chatter, as file 29 did (_PLAN_29). Nothing is recorded either way (lead)"
_SUNDAY_31 = "held-out row disputed (the writer says so): a meeting 'i går' / 'yesterday' said on a Monday is Sunday 18 Jun; the file asks it, the corpora record a meeting plainly dated sure on the day said (cmds27's decision, _PLAIN_OR_ASKED_28: 'what the seller says plainly is stored as said'; HOLDOUT_26_LEFT 'Hadde møte med Tine i går' said on a Monday, HOLDOUT_29_LEFT 'Kaffemøte med Kiwi i forgårs'; asking it broke 16 rows in session 24). Kept, the day right; a convention for the lead (lead)"
# heldmsg31, the lead's decision (session 31): a list of THIS week told by its days with a day
# ahead of today (a plan mixed with a report) is one question, its done rows asked in one "Record
# all", its rows ahead plans (the same customer's done row's next step; another customer's the
# lead's planned step, never counted). Its rows here (_THIS_WEEK_31: 'Denne uka 🗓️ / Mandag: møte DNB / …', 'Forrige uke: … / Denne uka: …, tors møte Elkjøp') are read right since; a running
# week with no day ahead stays sure (tests/unit/test_capture_this_week31.py).
_COUNTS_31 = "a last-week summary of counts with names in brackets and their amounts in order, beside a meeting ('forrige uke 2 tilbud (Telenor 14 500 kr/mnd x 24, Schibsted 250k) + møte med Sparebank 1 fredag'): each name its own amount, in order, on week 24's Monday. The Swedish row ('2 offerter (Essity 1,1 mkr, Scania 650 tkr) + möte med Telia') is read right since booked30 (the decimals ', 1 mkr' were cut as a bare count); left: the monthly price times its term inside the brackets (14 500 × 24 = 348 000) is read as 14 500, and under 'Kort oppsummering før ferien:' the meeting comes first and Schibsted is dropped (booked30, not done for want of time)"
# heldmsg31, the lead's decision (session 31): a list of THIS week told by its days with a day
# ahead of today (a plan mixed with a report) is one question, its done rows asked in one "Record
# all", its rows ahead plans (the same customer's done row's next step; another customer's the
# lead's planned step, never counted). Its rows here (_LEADS_PLAN_31: 'Denna vecka: mån möte Lindex, …, tors möte Peab', two more, Peab's meeting a plan) are read right since; a running
# week with no day ahead stays sure (tests/unit/test_capture_this_week31.py).
HOLDOUT_31_LEFT: dict[str, str] = {
    "Kort oppsummering før ferien: forrige uke 2 tilbud (Telenor 14 500 kr/mnd x 24, Schibsted 250k) + møte med Sparebank 1 fredag. Er på ferie fra 3/7 ☀️": _COUNTS_31,
    "Møte med Widerøe i går, varm – de vil ha tilbud innen 30/6": _SUNDAY_31,
    "Planlegger å ringe Orkla fredag om rammeavtalen 📞": _PLAN_31,
    "Sammanfattning innan semestern: förra veckan möte med Atlas Copco (ons) och offert till Alfa Laval 950 tkr (fre). Ledig från midsommar, tillbaka v. 32 ☀️": "two customers' news in one sentence of a summary, each day in brackets: both read, each on its day and asked, but the weightiest first (the offer to Alfa Laval, then the meeting with Atlas Copco), the reader's order since file 9 for several customers in a sentence; the file wants them in the order written. Not done (heldmsg29): an order convention, nothing stored differs",
    "Met Bupa yesterday at their summer fair, warm ☀️": _SUNDAY_31,
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_31, HOLDOUT_31_LEFT))
def test_the_thirty_first_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout31.yaml (read on Monday 2028-06-19, ISO week 25, the Monday of midsummer
    week, Swedish midsommarafton on Friday 23 June) was measured once before the rules it led to
    (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_31, row)


def test_every_row_left_in_the_thirty_first_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_31["messages"]}
    assert set(HOLDOUT_31_LEFT) <= texts


HOLDOUT_32 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout32.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
_PLAN_32 = "held-out row disputed, decided by the lead (session 27, names27, brief heldmsg30 item 8): a call planned in the future tense on a day said ('Planlegger å ringe Orkla fredag', 'Will call Centrica tomorrow') is asked as the lead's planned next step on that day, one click, never counted as done work (tests/unit/test_names27.py); the file reads it as chatter, as files 29 and 31 did. Nothing is recorded either way (lead)"
_NEW_YEARS_DAY_32 = "held-out row disputed, decided by the lead (brief heldmsg30 item 3): a meeting 'i mandags' / 'i måndags' / 'on Monday' said on Wed 3 Jan 2029 is Mon 1 Jan, New Year's Day; the file asks it, the corpora's convention stands ('what the seller says plainly is stored as said', _SUNDAY_31): stored sure on the day said (lead)"
_SPAN_32 = "held-out row disputed (brief heldmsg30 item 6): done work with a span as its only day ('i romjula', 'i mellandagarna', 'i romjulen', 'før jul', 'i december') is asked as the reader asks it since cmds28 / session 22: the romjul on its first working day, Wed 27 Dec, with its working days on buttons (ROMJUL_ASKED); 'før jul' on the last working day before it, Fri 22 Dec (rather the 23rd, as 'før påske' is Easter's eve, HOLDOUT_22_LEFT / HOLDOUT_25_LEFT); a month gone on its first day, asked. The file asks with today's date ('d left out'), as files 22 to 25 did; the reader keeps the span's own day, never this week's (lead)"
_WEEKDAY_AND_DATE_32 = "a weekday with its day of the month and a full stop ('nytt møte tirsdag 23.', 'møte booket torsdag 11.', 'Nytt møte tirsdag 25.' where the 25th is a Thursday): read as the coming weekday, the date dropped. 'Weekday + day of month' (the date wins when they agree, asked when they disagree) is booked30's this session, as HOLDOUT_31_LEFT's 'tirsdag 27.' (booked30)"
# heldmsg31, the lead's decision (session 31): a list of THIS week told by its days with a day
# ahead of today (a plan mixed with a report) is one question, its done rows asked in one "Record
# all", its rows ahead plans (the same customer's done row's next step; another customer's the
# lead's planned step, never counted). Its rows here (_THIS_WEEK_32: 'Denne uka 🗓️ / Man: …', 'Vecka 1: …', 'Uge 1 🗓️ …', 'First week of the year 🗓️ …', 'Første uka i 2029: …') are read right since; a running
# week with no day ahead stays sure (tests/unit/test_capture_this_week31.py).
HOLDOUT_32_LEFT: dict[str, str] = {
    "Glemte å logge: møte med Telenor i romjula, de vil ha revidert tilbud": _SPAN_32,
    "Sendte tilbud til Kongsberg Gruppen før jul, ca. 3,2 MNOK – glemte å logge 🙈": _SPAN_32,
    "Møte med Storebrand i mandags, god stemning 👍": _NEW_YEARS_DAY_32,
    "Planlegger å ringe Orkla fredag om ny rammeavtale 📞": _PLAN_32,
    "Møte med DNB i dag, varm. Nytt møte tirsdag 25.": _WEEKDAY_AND_DATE_32,
    "Ringde Clas Ohlson nu, bokade möte fredag eftermiddag 🤞": "held-out row disputed, decided by the lead (brief heldmsg30 item 4): a Swede's 'fredag' is Fri 5 Jan, trettondagsafton, a half day, and a half day is a working day: no question either way; the file asks the afternoon. Stored sure, the step on Friday (lead)",
    "Offerta Group beställde i mellandagarna, 160 tkr 🎉 glömde logga": _SPAN_32,
    "Skickade offert till Electrolux i december, ca 600 tkr – glömde logga 🙈": _SPAN_32,
    "Möte med Getinge i måndags, bra stämning": _NEW_YEARS_DAY_32,
    "Efterår Design ApS sagde ja i romjulen, 85 t.kr. 🍂": _SPAN_32,
    "Met Bupa on Monday, warm ☀️": _NEW_YEARS_DAY_32,
    "Will call Centrica tomorrow re the renewal 📞": _PLAN_32,
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_32, HOLDOUT_32_LEFT))
def test_the_thirty_second_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout32.yaml (read on Wednesday 2029-01-03, ISO week 1, the first Wednesday of
    the year; New Year's Day on Monday, the Christmas week with two holidays before it) was
    measured once before the rules it led to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_32, row)


def test_every_row_left_in_the_thirty_second_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_32["messages"]}
    assert set(HOLDOUT_32_LEFT) <= texts


HOLDOUT_33 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout33.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
_WRAP_33 = "held-out row disputed against a standing decision: a Friday's wrap-up of THIS week told by its days with no day ahead ('Uka oppsummert 📋 / Man: … / Fre: Bama signerte', 'Vecka 20: / • offert … (mån) / …', 'Friday wrap 🧵 / 1) Tesco – quote £450k sent Wed / …'): every row read right on its day, the first stored sure; the file asks it ('a list of days is likely'). The lead's decision of session 31: a list of the running week with no day ahead stays as it is today (sure), as the corpora since file 23 keep it (heldmsg31: only a list with a day ahead is one Record all) (lead)"
_PLAN_33 = "held-out row disputed, decided by the lead (session 27, names27): a call or meeting planned in the future tense with a day ('Skal ringe Helly Hansen på tirsdag', 'Ska träffa Scandic på tisdag', 'Will call Asda on Tuesday') is asked as the lead's planned next step on that day, one click, never counted as done; the file reads it as chatter. Nothing is recorded either way (lead)"
_MEET_PLAN_33 = "held-out row disputed, two decisions in conflict: a meeting planned in the future tense with a day ('Ska träffa Scandic på tisdag') is stored at once as the lead's next step (readers26: 'Skal treffe Tine fredag', 'Ska träffa Electrolux imorgon' sure, tests/unit/test_readers26.py, held-out files 13 to 18), never held; the file reads it as chatter (nothing) and the brief's names27 line says it is asked. Asking it (tried in session 31) breaks readers26's tests and rows of files 13-18: a convention for the lead. Nothing is held either way, the step is planned (lead)"
_WEEK_GONE_33 = "held-out row disputed against older regression data: a week gone said alone for done work ('Hade ett möte med Vattenfall förra veckan', 'Havde møde med Danske Bank sidste uge', 'Had a meeting with Aviva last week') is stored sure on the week's first working day (heldmsg30; files 16 and 18: 'Equinor: tilbud … sendt i forrige uke', 'Securitas förra veckan – möte …' sure). The file asks it, as the standing decision for a span as the only day of done work would (asked with its days on buttons); doing so (tried in session 31, heldmsg31) breaks those rows of files 16 and 18 and test_capture_left14's 'mid last week'. Alex's Tue 8 May (the early May bank holiday his Monday): the bench reads English with the team's krone (NOK), and an English week's day off counts only where it is off in the UK and where the team works (holdout 20, 30). A convention for the lead (lead)"
_HOLIDAY_33 = "held-out row disputed, decided by the lead (standing decision: what the seller says plainly is stored as said, a meeting on a holiday or a Sunday stored sure on the day said): 'Møte med Storebrand i går' said on Fri 18 May is Thu 17 May, Constitution Day; the file asks it; stored sure on the day said (lead)"
HOLDOUT_33_LEFT: dict[str, str] = {
    "Uka oppsummert 📋\nMan: møte Posten ✅\nTirs: tilbud Posten 1,4 mill ✅\nOns: ringte Ruter ✅\nTors: 17. mai 🇳🇴\nFre: Bama signerte 🎉 380k": _WRAP_33,
    "Ukas tall:\n• møte Hafslund (man)\n• tilbud til Aker BP 2,2 MNOK (tirs)\n• Orkla sa nei (ons) 😞 pris": _WRAP_33,
    "Kort uke med 17. mai 🇳🇴\nMan: ringte Schibsted ✅\nOns: møte Gjensidige ✅\nFre: tilbud Gjensidige 560 000 kr": _WRAP_33,
    "Møte med Storebrand i går, god stemning 👍": _HOLIDAY_33,
    "Skal ringe Helly Hansen på tirsdag om høstkolleksjonen": _PLAN_33,
    "Vecka 20:\n• offert till Skanska 850 tkr (mån)\n• möte Ericsson (ons), varmt\n• förlorade Bonnier (tors) 😞": _WRAP_33,
    "Veckan ✔️ möte Postnord ✔️ offert Postnord 640 000 kr ✔️ Postnord tackade ja idag 🎉": "held-out row disputed (the writer says so): this week's ticked wrap-up on one line is read as the list it is since heldmsg31 (was: the win alone, the meeting and the offer dropped unsaid), the undated meeting and offer on the week's Monday, the win today; the first row is stored sure on that Monday, as a week's heading with undated items is in the corpora ('Uke 53: ringte Posten, møte Telenor', test_parse_fresh_phrasings14: sure on its Monday); the file asks it. Asking every undated row of this week's heading (tried, heldmsg31) breaks that test: a convention for the lead (lead)",
    "Hade ett möte med Vattenfall förra veckan, glömde logga det": _WEEK_GONE_33,
    "Ska träffa Scandic på tisdag ang. konferensavtalet": _MEET_PLAN_33,
    "Ugens tal 📋\nMan: møde Lego ✅\nTirs: tilbud Lego 1,2 mio. kr ✅\nOns: ringede Falck ✅\nTors: Matas bestilte 🎉 420 t.kr.": _WRAP_33,
    "Uge 20:\n• tilbud til Vestas 1,3 mio. kr (man)\n• møde med Maersk (ons), positivt\n• tabte Danfoss (tors) 😞 pris": _WRAP_33,
    "Havde møde med Danske Bank sidste uge, glemte at logge det": _WEEK_GONE_33,
    "Wk 20:\n• quote to Lloyds £540k ex VAT (Tue)\n• met John Lewis (Wed), warm\n• lost WH Smith (Thu) 😞 price": _WRAP_33,
    "Had a meeting with Aviva last week, forgot to log it": _WEEK_GONE_33,
    "Met Rentokil today, hot 🔥 follow-up meeting 28/5": "held-out row disputed (the writer says so): a follow-up booked on '28/5', the English spring bank holiday: the file asks it, the day kept. The reader asks a step on a day off only when said by a word ('mandag', 'tomorrow', 'next week': session 28, heldmsg28), a date typed plainly standing as said (the standing decision: what the seller says plainly is stored as said); and the bench reads English with the team's krone (NOK), where an English word's day off counts only when off in the UK and where the team works (holdout 20, 30), and 28 May is a Norwegian working day. Stored sure, p 28 May (lead)",
    "Will call Asda on Tuesday re the renewal 📞": _PLAN_33,
    "Friday wrap 🧵\n1) Tesco – quote £450k sent Wed\n2) Boots – met Thu, warm\n3) Iceland – lost 😞 today": _WRAP_33,
    "Greencore Ltd – first meeting today, warm. Next step w/c 28th May": "held-out row disputed against a convention: since heldmsg32 'Next step w/c 28th May' is read as the lead's next step on that week's Monday, Mon 28 May (was no step); the file wants Tue 29 May, because 28 May is England's spring bank holiday. The bench reads English with the team's krone (NOK), and an English word's day off counts only where it is off in the UK AND where the team works (holdout 20, 30): 28 May is a Norwegian working day. A Brit's team (GBP) gets Tue 29 May (tests/unit/test_capture_rules34.py). A convention for the lead (lead)",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_33, HOLDOUT_33_LEFT))
def test_the_thirty_third_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout33.yaml (read on Friday 2029-05-18, ISO week 20, the Friday after Norway's
    Constitution Day, Whit Monday ahead: a holiday in Norway and Denmark, a working day in Sweden
    and England) was measured once before the rules it led to (its header); since then it is
    regression data."""
    _read_right_now(HOLDOUT_33, row)


def test_every_row_left_in_the_thirty_third_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_33["messages"]}
    assert set(HOLDOUT_33_LEFT) <= texts


HOLDOUT_34 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout34.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
_PLAN_34 = "held-out row against a standing decision of the lead (session 27, names27): a call planned in the future tense with a day ('Ska ringa Saab imorgon', 'Skal ringe til Tryg i morgen', 'Going to call Aviva tomorrow') is asked as the lead's planned next step on that day, one click, never counted as done; the file reads it as chatter. Nothing is recorded either way (lead)"
_WEEK_GONE_34 = "held-out row disputed against older regression data, as HOLDOUT_33_LEFT's three rows: a week gone said alone for done work ('møte med Storebrand forrige uke', 'förra veckan offert till Getinge', 'sidste uge tilbud til Tivoli', 'had a call with Nationwide last week') is stored sure on the week's first working day (heldmsg30; files 16 and 18 sure); the file asks it. left32 has the class this session (its brief's item 5); a convention for the lead (lead)"
_DEMO_34 = "held-out row disputed (the writer says so): a demo booked ahead with nothing done ('Demo hos Coloplast booket til 1.3. kl. 13', 'Demo with Pets at Home booked for Thursday') is planned at once as the lead's next step, sure (readers26's booking rule; messages.yaml's 'Demo with Northvolt booked for Tuesday' stores a meeting with p); the file reads it as chatter. left32 has the class this session (its brief's item 3: a plan, the lead's planned next step, never a done meeting); nothing is counted as held either way (lead)"
_LISTED_34 = "held-out row disputed against older regression data: several activities in one message read as a list ('møtte Kiwi i dag og sendte tilbud rett etterpå', 'møde med Arla, tilbud til Arla … og ringede til Jysk', 'yesterday: quote to Ocado …, call with Kingfisher'): every record read right, the first stored sure and each other asked on its own, as files 3 to 33 have it ('Demo for Elkjøp i dag + sendte tilbud etterpå, 260k', 'kundbesök hos SEB i förrgår + offert skickad idag', 'Bestseller: møde i går + tilbud i dag 400.000' sure); the file asks the first too. Asking it would break those rows; a convention for the lead"
HOLDOUT_34_LEFT: dict[str, str] = {
    "møtte Kiwi i dag og sendte tilbud rett etterpå, 850'": _LISTED_34,
    "glemte å logge: møte med Storebrand forrige uke": _WEEK_GONE_34,
    "Ska ringa Saab imorgon om förlängningen": _PLAN_34,
    "förra veckan offert till Getinge 2,2 mkr, glömde logga": _WEEK_GONE_34,
    "träffade Nordea idag och skickade offert direkt efter, 900 tkr": _LISTED_34,
    "møde med Arla, tilbud til Arla 640 t.kr. og ringede til Jysk": _LISTED_34,
    "Skal ringe til Tryg i morgen om fornyelsen": _PLAN_34,
    "Demo hos Coloplast booket til 1.3. kl. 13": _DEMO_34,
    "sidste uge tilbud til Tivoli 320 t.kr., glemte at logge": _WEEK_GONE_34,
    "Going to call Aviva tomorrow re the renewal": _PLAN_34,
    "had a call with Nationwide last week, forgot to log": _WEEK_GONE_34,
    "yesterday: quote to Ocado £2.1m, call with Kingfisher": _LISTED_34,
    "Demo with Pets at Home booked for Thursday": _DEMO_34,
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_34, HOLDOUT_34_LEFT))
def test_the_thirty_fourth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout34.yaml (read on Tuesday 2028-02-29, the leap day, ISO week 9, an ordinary
    week with no public holiday anywhere; mobile typing, voice-dictated run-ons, unanswered
    calls, steps in weeks from today) was measured once before the rules it led to (its header);
    since then it is regression data."""
    _read_right_now(HOLDOUT_34, row)


def test_every_row_left_in_the_thirty_fourth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_34["messages"]}
    assert set(HOLDOUT_34_LEFT) <= texts


HOLDOUT_35 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout35.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
_WEEK_GONE_35 = "held-out row disputed against older regression data, as HOLDOUT_33_LEFT's and HOLDOUT_34_LEFT's: a week gone said alone for done work, here logged late before the year's end ('glemte å logge før jul: tilbud til Bama forrige uke', 'möte med NCC förra veckan', 'tilbud til Pandora sidste uge', 'meeting with Bupa last week') is stored sure on the week's first working day, Mon 20 Dec (heldmsg30; files 16 and 18 sure); the file asks it. The date is right; a convention for the lead (lead)"
_LISTED_35 = "held-out row disputed against older regression data, as HOLDOUT_34_LEFT's _LISTED_34: a meeting yesterday and an offer today for one customer ('møtte Rema 1000 i går og sendte tilbud … i dag', 'träffade Ahlsell igår och skickade offert idag', 'met Marks & Spencer yesterday and sent the quote this morning'): both records read right, the first stored sure and the offer asked on its own, as files 3 to 34 have it; the file asks the first too. A convention for the lead"
_TALKED_35 = "held-out row disputed against older regression data: 'snakket med' / 'pratade med' (the phone not named) is asked as a call (session 21), also with a meeting or follow-up booked after it ('Pratade med Telia igår om förnyelsen, nytt möte v. 21' likely in an earlier file); the file wants it sure because a step is booked. The step's day is read right; a convention for the lead"
HOLDOUT_35_LEFT: dict[str, str] = {
    "årets siste møte med tine i dag 🎄 bra stemning, følger opp over nyttår": "held-out row disputed against a convention (mendB29, session 23: 'Møte med Tine, ny runde før jul'): a held meeting's next step said by a span of the year's end in a clause of its own ('følger opp over nyttår', 'etter nyttår') is asked (which day?, or keep it as a note), never dropped unsaid; the file stores the meeting sure with no step. The meeting and its day are read right; a convention for the lead",
    "glemte å logge før jul: tilbud til Bama forrige uke, 1,4 mill": _WEEK_GONE_35,
    "ringte Fjordkraft, sender revidert tilbud i morgen før de stenger for året": "held-out row disputed against a convention (holdout 28/30, heldmsg28-29): a next step by 'i morgen' / a bare weekday landing on a Nordic day off by custom (julaften, nyttårsaften: public_holidays.a_day_off_in) is asked, the day kept as said; the file says nyttårsaften is a working day by law and wants it sure. The call and the step's day (Fri 31 Dec) are read right; whether New Year's Eve counts as off for a step is the lead's",
    "snakket med innkjøper i Posten i dag, nytt møte på mandag": _TALKED_35,
    "møtte Rema 1000 i går og sendte tilbud på kr 450 000,- i dag": _LISTED_35,
    "pratade med Peab, bokade uppföljning v. 2": _TALKED_35,
    "glömde logga innan ledigheten: möte med NCC förra veckan": _WEEK_GONE_35,
    "träffade Ahlsell igår och skickade offert idag, 1,1 mkr": _LISTED_35,
    "glemte at logge: tilbud til Pandora sidste uge, 1,2 mio. kr": _WEEK_GONE_35,
    "møde med Bestseller i går og tilbud sendt i dag, 750 t.kr.": _LISTED_35,
    "Greggs meeting today, went well, next meeting next week": "held-out row disputed against a convention (holdout 20, 30; HOLDOUT_33_LEFT's Greencore row): Alex's 'next meeting next week' is week 1's Monday, Mon 3 Jan 2028; the file wants Tue 4 Jan because Mon 3 Jan is England's substitute bank holiday. The bench reads English with the team's krone (NOK), and an English word's day off counts only where it is off in the UK AND where the team works; Mon 3 Jan is a Norwegian working day. A Brit's team (GBP) gets the Tuesday. A convention for the lead (lead)",
    "forgot to log before xmas - meeting with Bupa last week, hot lead 🔥": _WEEK_GONE_35,
    "met Marks & Spencer yesterday and sent the quote this morning, £120k": _LISTED_35,
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_35, HOLDOUT_35_LEFT))
def test_the_thirty_fifth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout35.yaml (read on Thursday 2027-12-30, inside the romjul, ISO week 52; the
    year turn ahead: dates without a year, steps in January, England's substitute bank holidays)
    was measured once before the rules it led to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_35, row)


def test_every_row_left_in_the_thirty_fifth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_35["messages"]}
    assert set(HOLDOUT_35_LEFT) <= texts


HOLDOUT_36 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout36.yaml")
# Rows read wrong still, each a strict xfail with its reason (its entry goes once it is read right).
_WEEK_GONE_36 = "held-out row against a standing decision of the lead: a week gone said alone for done work, logged late ('møte med Posten forrige uke', 'offert till Sweco förra veckan', 'tilbud til Matas sidste uge', 'meeting with Centrica last week') is stored sure on that week's first working day, Mon 21 Jun (heldmsg30; files 16 and 18 sure); the file asks it. The record and its day are read right (lead)"
_LISTED_36 = "held-out row against the standing convention the lead kept in session 34 (every activity stored or asked, never dropped; the first stored when it is sure and the next asked on its own, files 3 to 35): a meeting and an offer for one customer ('møte med Kiwi i dag og sendte tilbud rett etterpå', 'träffade NCC igår och skickade offert idag', 'met Marks & Spencer yesterday and sent the proposal this morning'): both records read right, the meeting stored and the offer asked; the file asks the first too (lead)"
_TALKED_36 = "held-out row against a standing decision of the lead: 'snakket med' / 'snakkede med' (the phone not named) is asked as a call even when a step follows ('aftalt opfølgning i næste uge'); the file wants it sure because a step is booked. The call and its step's day are read right (lead)"
HOLDOUT_36_LEFT: dict[str, str] = {
    "snakket m innkjøper i Tine, nytt møte 5/7 kl 10": _TALKED_36,
    "glemte å logge: møte med Posten forrige uke, veldig positive": _WEEK_GONE_36,
    "møte med Kiwi i dag og sendte tilbud rett etterpå, kr 85 000,-": _LISTED_36,
    "glömde logga möte med Skanska innan midsommar, lovande": "held-out row disputed (the writer says so): 'innan midsommar' as the only day of done work (the file: asked, Thu 24 Jun) reads as nothing still, dropped. Reading it as the last working day before midsommarafton in bot/services/dates.py (as 'før påske') changed the slash commands' 'meeting Volvo innan midsommar' (test_fresh_commands_after_midsummer), heldcmd34's parser: left for the lead",
    "träffade NCC igår och skickade offert idag 1,8 mkr": _LISTED_36,
    "glömde: offert till Sweco förra veckan 780 tkr": _WEEK_GONE_36,
    "snakkede med Tryg, aftalt opfølgning i næste uge": _TALKED_36,
    "møde med Bestseller i går og tilbud sendt i dag 650 t.kr.": _LISTED_36,
    "glemte at logge: tilbud til Matas sidste uge 380 t.kr.": _WEEK_GONE_36,
    "met Marks & Spencer yesterday and sent the proposal this morning, £130k": _LISTED_36,
    "forgot to log - meeting with Centrica last week, warm lead": _WEEK_GONE_36,
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_36, HOLDOUT_36_LEFT))
def test_the_thirty_sixth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout36.yaml (read on Wednesday 2027-06-30, the quarter's and half-year's last
    day, midsummer just gone, the summer holidays ahead; weeks as steps, deals slipping to Q3)
    was measured once before the rules it led to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_36, row)


def test_every_row_left_in_the_thirty_sixth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_36["messages"]}
    assert set(HOLDOUT_36_LEFT) <= texts


_WEEK_GONE_65 = _WEEK_GONE_36  # (the same standing decision: a week gone said alone, stored sure)
_TALKED_65 = _TALKED_36
_LISTED_65 = _LISTED_36
_PLANNED_65 = "held-out row against a standing decision (readers26; messages.yaml 'Skal have møde med Vestas i morgen', sure with its step): a talk the author says they will have on a day is the lead's planned talk, stored or asked as such; the file calls it chatter (lead)"


HOLDOUT_37 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout37.yaml")
HOLDOUT_37_LEFT: dict[str, str] = {
    "første meeting etter ferien: Hydro i dag 👌 sender tilbud imorgen": "held-out row not read as the file says yet (session 65): the file sure, read likely",
    "glemte å legge inn: tilbud til Schibsted uke 27, 650k": _WEEK_GONE_65,
    "møte med Bertel O. Steen i dag og tilbud på 340k sendt rett etterpå": _LISTED_65,
    "snakka med Yara, ny demo onsdag": _TALKED_65,
    "møte med Aker BP i dag sammen med Jonas fra teknisk": "held-out row not read as the file says yet (session 65): the file likely, read sure",
    "Telenor-møtet forrige uke gikk bra, glemte å logge det 🙈": _WEEK_GONE_65,
    "Dagens: møte hos Obos ✔️ ringte Hurtigruten ✔️ tilbud Coop Norge 1.2M ✔️": "held-out row not read as the file says yet (session 65): second kind offer != call; second customer 'Coop Norge' != 'Hurtigruten'",
    "Tre Fjorder AS i dag, møte med 3 stk fra ledelsen, vil ha tilbud på 3 lokasjoner": "held-out row not read as the file says yet (session 65): the file sure, read likely",
    "skal ringe Orkla i morgen om tilbudet": "held-out row not read as the file says yet (session 65): chatter in the file, read likely (call, 'Orkla')",
    "Husk salgsmøtet kl 10 i dag! kaffe og boller fra Søndag Bakeri 🥐": "held-out row not read as the file says yet (session 65): chatter in the file, read likely (meeting, 'Søndag Bakeri AS')",
    "snakkede med Tryg, vi har sat et møde i kalenderen i næste uge": _TALKED_65,
    "ringede til Falck sidste uge men fik det aldrig logget": _WEEK_GONE_65,
    "møde med Lundbeck i morges og tilbud sendt her til middag: 475.000 kr.": _LISTED_65,
    "Dagen i dag: møde med Pandora, tilbud til Dagrofa 1,1 mio. og et kort opkald til DSB": _LISTED_65,
    "Skal have møde med Vestas på torsdag 🤞": _PLANNED_65,
    "trænger til en lørdag kaffe allerede mandag morgen ☕": "held-out row not read as the file says yet (session 65): chatter in the file, read likely (meeting, 'Allerede')",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_37, HOLDOUT_37_LEFT))
def test_the_thirty_seventh_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout37.yaml (read on Monday 2029-08-13, the first weeks back after the summer holidays (nb, da)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_37, row)


def test_every_row_left_in_the_thirty_seventh_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_37["messages"]}
    assert set(HOLDOUT_37_LEFT) <= texts


HOLDOUT_38 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout38.yaml")
HOLDOUT_38_LEFT: dict[str, str] = {
    "ringde söndag media, de har semester t.o.m. 20/8 så jag ringer igen v. 34": "held-out row not read as the file says yet (session 65): missed",
    "v.26 hade jag möte med Norrlandsvatten, glömde logga det innan ledigheten": _WEEK_GONE_65,
    "Möte med Sensommar Design idag tillsammans med Emma, bra känsla": "held-out row not read as the file says yet (session 65): the file likely, read sure",
    "pratade m inköpschefen på Vätterstrand Hotell, bokade möte tis 21/8 kl 13": _TALKED_65,
    "Idag: möte med Ettan Bemanning, offert till Kvarnström & Söner 320 tkr och ringde västkustfisk": _LISTED_65,
    "möte med Brf Solgläntan i måndags, styrelsen var positiv": "held-out row not read as the file says yet (session 65): the file sure, read likely",
    "Möte med Vätterstrand Hotell i torsdags och offert skickad idag, 890 tkr": "held-out row not read as the file says yet (session 65): the file likely, read sure",
    "Sen loggning: ringde Lindqvists Åkeri 2 juli innan jag gick på semester": "held-out row not read as the file says yet (session 65): missed",
    "möte m Ölands Kvarn idag, nästa möte 5 sept på deras kontor i Borgholm": "held-out row not read as the file says yet (session 65): planned None != 2029-09-05",
    "Ska ringa Augusti Bygg imorgon om tidplanen": "held-out row not read as the file says yet (session 65): chatter in the file, read likely (call, 'Augusti Bygg')",
    "Lost Property Ltd signed this morning 😂 £22.5k": "held-out row not read as the file says yet (session 65): the file sure, read likely",
    "w/c 23rd July – call with Saxon Print, never got logged": "held-out row not read as the file says yet (session 65): date 2029-08-13 != 2029-07-23",
    "Met Hollin Green Care Homes with Priya today, v positive": "held-out row not read as the file says yet (session 65): the file likely, read sure",
    "spoke to Friday Street Foods, booked a tasting for Wed": _TALKED_65,
    "Good meeting with Fortnight Films, follow up in a fortnight": "held-out row not read as the file says yet (session 65): the file likely, read sure",
    "call with August Lane today, design review booked for the Tuesday after the bank holiday": "held-out row not read as the file says yet (session 65): planned None != 2029-08-28",
    "Today: call with meadowbank, quote to Seven Oaks Logistics £78k, and met Call Direct": _LISTED_65,
    "PO in from Thames Ridge Water 🎉": "held-out row not read as the file says yet (session 65): the file sure, read likely",
    "Forgot to log: meeting with Tudor Rose Bakeries last week, very keen": _WEEK_GONE_65,
    "just came out of a really good meeting with Redwing Dairies they want to trial it at two sites so ive said id come back to them by end of next week with a plan": "held-out row not read as the file says yet (session 65): planned None != 2029-08-24",
    "Before my hols I sent Castlegate Foods a quote for £52k – only just logging it": "held-out row not read as the file says yet (session 65): missed",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_38, HOLDOUT_38_LEFT))
def test_the_thirty_eighth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout38.yaml (read on Monday 2029-08-13, back after the summer (sv, en)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_38, row)


def test_every_row_left_in_the_thirty_eighth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_38["messages"]}
    assert set(HOLDOUT_38_LEFT) <= texts


HOLDOUT_39 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout39.yaml")
HOLDOUT_39_LEFT: dict[str, str] = {
    "Ulstein Verft – hadde møte med dem forrige uke, glemte å føre det 🙈": _WEEK_GONE_65,
    "Møte hos Aker Solutions i formiddag, og tilbudet gikk ut rett etter lunsj: 3 200 000 kr": "held-out row not read as the file says yet (session 65): second record missed",
    "Oktober Eiendom signerte i oktober 😂 rakk det akkurat": "held-out row not read as the file says yet (session 65): the file sure, read likely",
    "ga Mestergruppen 8 % rabatt på tilbudet for å få det signert før månedsskiftet": "held-out row not read as the file says yet (session 65): missed",
    "Møte med Bertel O. Steen i dag sammen med Jonas fra teknisk": "held-out row not read as the file says yet (session 65): the file likely, read sure",
    "skal ringe Nammo i morgen tidlig om kontraktsutkastet": "held-out row not read as the file says yet (session 65): chatter in the file, read likely (call, 'Nammo')",
    "Granngården idag, möte. De återkommer efter höstlovet": "held-out row not read as the file says yet (session 65): the file sure, read likely",
    "glömde logga förra veckan: möte med Norrmejerier uppe i Umeå, positiva": _WEEK_GONE_65,
    "träffade Elekta i förmiddags och skickade offert direkt efteråt – 2,2 mkr": _LISTED_65,
    "pratade med Vinterbad Spa, bokade möte 12/11 kl 10": _TALKED_65,
    "Möte med Vasakronan idag tillsammans med Anna från produkt": "held-out row not read as the file says yet (session 65): the file likely, read sure",
    "Ska träffa Loomis igen på tisdag": _PLANNED_65,
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_39, HOLDOUT_39_LEFT))
def test_the_thirty_ninth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout39.yaml (read on Thursday 2030-10-31, October's last day, Sweden's höstlov (nb, sv)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_39, row)


def test_every_row_left_in_the_thirty_ninth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_39["messages"]}
    assert set(HOLDOUT_39_LEFT) <= texts


HOLDOUT_40 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout40.yaml")
HOLDOUT_40_LEFT: dict[str, str] = {
    "mtg w/ ashby dental yesterday, v keen, want a proposal by next Fri": "not read yet (session 69): their wish by a day is read as the meeting's step, and 'next Fri' said while this week's Friday is ahead is asked now (the lead's decision), so the meeting is asked; the file stores it sure with no step",
    "Var ude hos Møllegården i går, og i dag har jeg sendt dem et tilbud på 780.000 kr": _LISTED_65,
    "Glemte helt: møde med Nordlys Energi sidste uge, de var meget interesserede": _WEEK_GONE_65,
    "Ringede til Kobbersmeden – underskriften skubbes til november 😩 så den når ikke oktober": "held-out row not read as the file says yet (session 65): the file sure, read likely",
    "møde med Vinterhave Byg i dag sammen med Jonas fra teknik": "held-out row not read as the file says yet (session 65): the file likely, read sure",
    "Travl dag: møde med Lunden VVS, opkald til skovbo tømrer og tilbud til Kobbersmeden på 185k": "held-out row not read as the file says yet (session 65): kind offer != meeting; customer 'Kobbersmeden ApS' != 'Lunden VVS'; amount 185000.00 != None",
    "har aldrig fået logget mit møde med Tolv Tønder inden efterårsferien, sorry": "held-out row not read as the file says yet (session 65): date 2030-10-31 != 2030-10-11",
    "Skal mødes med Havnefronten på mandag om fase 2": _PLANNED_65,
    "ringer til Tilbudshuset i morgen og hører om de har læst tilbuddet": _PLANNED_65,
    "Cal with Redfern Logistics, sending the revised pricing over tomorrow": "held-out row not read as the file says yet (session 65): missed",
    "Latchford Hotels call – keen 🔥 site visit pencilled in for November": "held-out row not read as the file says yet (session 65): kind meeting != call; planned None != 2030-11-29",
    "Call with Month End Accounting – sign-off slipped to November, so no October win 😩": "held-out row not read as the file says yet (session 65): the file sure, read likely",
    "Met Thames Valley Fencing yesterday & sent over a quote today – £18.5k": _LISTED_65,
    "Busy one 😅 met Call Logic Ltd, rang Quote Hub and sent Winter & Rowe a quote for £27k": "held-out row not read as the file says yet (session 65): kind offer != meeting; customer 'Winter & Rowe Ltd' != 'Call Logic Ltd'; amount 27000.00 != None",
    "Correction: the Friday Street Foods quote on Monday was £36k not £63k": "held-out row not read as the file says yet (session 65): missed",
    "Forgot to log: met October Gardens last week, warm": _WEEK_GONE_65,
    "never logged my Moorcroft Care Homes meeting before half term 🙈": "held-out row not read as the file says yet (session 65): date 2030-10-31 != 2030-10-18",
    "Met Redfern Logistics today with Priya from pre-sales": "held-out row not read as the file says yet (session 65): the file likely, read sure",
    "Sunday Roast Co took the deal 🙌 40 grand": "held-out row not read as the file says yet (session 65): the file sure, read likely",
    "Castleford Print are signing tomorrow first thing, £22k 🤞 just misses October": "held-out row not read as the file says yet (session 65): missed",
    "Call with Greenway Leisure – they liked it, next review meeting in December": "held-out row not read as the file says yet (session 65): planned 2030-12-30 != 2030-12-31",
    "Will send the Kestrel Aviation proposal on Monday": "held-out row not read as the file says yet (session 65): chatter in the file, read likely (offer, 'Kestrel Aviation Ltd')",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_40, HOLDOUT_40_LEFT))
def test_the_fortieth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout40.yaml (read on Thursday 2030-10-31, October's last day, Halloween (da, en)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_40, row)


def test_every_row_left_in_the_fortieth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_40["messages"]}
    assert set(HOLDOUT_40_LEFT) <= texts


HOLDOUT_41 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout41.yaml")
HOLDOUT_41_LEFT: dict[str, str] = {
    "Sunnmøre Møbler – hadde et møte med dem forrige uke som aldri ble logget 🙈": "held-out row not read as the file says yet (session 66): the file likely, read sure",
    "Romjul Reiser AS ringte i dag, de vil allerede planlegge julebordsturen for 2031 😂": "held-out row not read as the file says yet (session 66): missed",
    "sammen med Eirik fra prosjekt hos Brødrene Dahl i formiddag, bra møte": "held-out row not read as the file says yet (session 66): the file likely, read sure",
    "snakket med Ekornes, booket møte 14.1. kl 09": "held-out row not read as the file says yet (session 66): the file sure, read likely",
    "Gjensidige: møte på årets første arbeidsdag 💪 lovende": "held-out row not read as the file says yet (session 66): date 2031-01-03 != 2031-01-02",
    "Hadeland Glassverk – kjapp telefon i dag, tar et nytt møte fredag": "held-out row not read as the file says yet (session 66): kind meeting != call",
    "2,6 mill tilbud til Ringsaker Bygg sendt nå rett før helga 📨": "held-out row not read as the file says yet (session 66): date 2030-12-27 != 2031-01-03",
    "sent ute 🙈 tilbud til Kragerø Båtservice 18. desember i fjor, 475 000 kr": "held-out row not read as the file says yet (session 66): missed",
    "Thy Træ: møde i formiddags 🌲 + tilbud afsted kl. 14, DKK 560k": "held-out row not read as the file says yet (session 66): the file likely, read sure",
    "ISS-møde i dag sammen med Kasper fra drift, gik fint": "held-out row not read as the file says yet (session 66): the file likely, read sure",
    "Snakkede med Royal Unibrew, har booket demo 20/1 kl. 10": "held-out row not read as the file says yet (session 66): the file sure, read likely",
    "Norlys skrev under nytårsaftensdag 🥂 kl. 11 – 780.000 kr.": "held-out row not read as the file says yet (session 66): amount None != 780000; currency None != DKK",
    "Travl fredag 😅 møde med Svendborg Sejl, opkald til Lemvig Lås og tilbud til Mols Mejeri på 95k": "held-out row not read as the file says yet (session 66): kind offer != meeting; customer 'Mols Mejeri ApS' != 'Svendborg Sejl'; amount 95000.00 != None",
    "ingen hul igennem til Lolland Frugt, prøvede tre gange 🙄 lukket til helligtrekonger åbenbart": "held-out row not read as the file says yet (session 66): second record missed",
    "havde et rigtig godt møde med Køge Kran i dag de har fået budgettet godkendt for 2031 så jeg har lovet at sende kontrakten senest onsdag": "held-out row not read as the file says yet (session 66): planned None != 2031-01-08",
    "Skal mødes med Arla på tirsdag om implementeringen": "held-out row not read as the file says yet (session 66): chatter in the file, read sure (meeting, 'Arla')",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_41, HOLDOUT_41_LEFT))
def test_the_forty_first_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout41.yaml (read on Friday 2031-01-03, the year just turned (nb, da)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_41, row)


def test_every_row_left_in_the_forty_first_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_41["messages"]}
    assert set(HOLDOUT_41_LEFT) <= texts


HOLDOUT_42 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout42.yaml")
HOLDOUT_42_LEFT: dict[str, str] = {
    "Bra möte med Vänerhamn idag, vi bokar in nästa senare i januari": "held-out row not read as the file says yet (session 66): planned None != 2031-01-31",
    "Call med Axfood – dom är lediga på måndag (trettondagen) så vi tar nästa call tisdag istället": "held-out row not read as the file says yet (session 66): planned 2031-01-06 != 2031-01-07",
    "Förra veckan pratade jag med Dustin om ramavtalet, glömde logga": "held-out row not read as the file says yet (session 66): missed",
    "Möte med Platzer i fredags, mitt i mellandagarna 😅": "held-out row not read as the file says yet (session 66): the file sure, read likely",
    "Träffade Getinge i förmiddags och lämnade offert på plats, 3,3 mkr": "held-out row not read as the file says yet (session 66): the file likely, read sure",
    "Ringde NCC, bokade uppföljning 14/1 2030 – 2031 alltså 🙈 vanans makt": "held-out row not read as the file says yet (session 66): missed",
    "ICA Fastigheter, idag, telefon. Vill ha ny offert med 2031 års priser": "held-out row not read as the file says yet (session 66): the file sure, read likely",
    "Ska ringa Sandvik på tisdag om leveransplanen": "held-out row not read as the file says yet (session 66): chatter in the file, read likely (call, 'Sandvik')",
    "Mellandagsrean på Clas Ohlson var galen 😂 köpte en stege för 499 kr": "held-out row not read as the file says yet (session 66): chatter in the file, read likely (win, 'Clas Ohlson')",
    "Correction: Kingsbridge was £158k not £185k – blame the prosecco 🤦": "held-out row not read as the file says yet (session 66): missed",
    "Met Pennington Legal yesterday and quoted them this morning, £24.5k": "held-out row not read as the file says yet (session 66): the file likely, read sure",
    "Forgot to log: met Thornbury Vets last week, just before everyone broke up for Christmas": "held-out row not read as the file says yet (session 66): the file likely, read sure",
    "Call with Greystone Housing, next review booked 21/01/2030": "held-out row not read as the file says yet (session 66): the file likely, read sure",
    "Good meeting with Lyndhurst Leisure, second meeting later in January": "held-out row not read as the file says yet (session 66): planned None != 2031-01-31",
    "just had a really good meeting with Carrington Homes theyve got new budget from the first of jan so ive booked a call with their FD for thursday the 9th to go through numbers": "held-out row not read as the file says yet (session 66): kind call != meeting",
    "Busy first Friday back: met Lydford Farms, rang Redbrick Signs and sent Bramley Cider Co a quote for £11k": "held-out row not read as the file says yet (session 66): second kind offer != call; second customer 'Bramley Cider Co' != 'Redbrick Signs'",
    "Going to call Kingsbridge Estates on Monday about the handover": "held-out row not read as the file says yet (session 66): chatter in the file, read likely (call, 'Kingsbridge Estates')",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_42, HOLDOUT_42_LEFT))
def test_the_forty_second_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout42.yaml (read on Friday 2031-01-03, the year just turned (sv, en)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_42, row)


def test_every_row_left_in_the_forty_second_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_42["messages"]}
    assert set(HOLDOUT_42_LEFT) <= texts


HOLDOUT_43 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout43.yaml")
HOLDOUT_43_LEFT: dict[str, str] = {
    "Møte hos Gjensidige i dag, de vil ha tilbudet presentert for ledelsen – booket tirsdag etter pinse": "held-out row not read as the file says yet (session 66): planned None != 2031-06-03",
    "Veidekke fikk nytt tall i dag: 2 100 000 kr, 350k under forrige tilbud": "held-out row not read as the file says yet (session 66): the file sure, read likely",
    "Feil i i går-loggen min: Bama-tilbudet fra fredag er 380k, ikke 830k": "held-out row not read as the file says yet (session 66): missed",
    "Befaring hos Sunnmøre Stål i formiddag og tilbudet er allerede ute: 1 840 000 kr": "held-out row not read as the file says yet (session 66): the file likely, read sure",
    "Syttende Bakeri AS tok tilbudet vårt 🇳🇴 64 000 kr, akkurat i tide til 17. mai": "held-out row not read as the file says yet (session 66): missed",
    "Teams-møte med Coop Norge i dag sammen med Erik fra løsning": "held-out row not read as the file says yet (session 66): the file likely, read sure",
    "Rettelse på Orkla: 1,53 mill, ikke 1,35. Fingrene gikk i kryss 🙈": "held-out row not read as the file says yet (session 66): missed",
    "hadde et kjempegodt møte med Nordfjord Båtservice i dag de vil gjerne starte opp etter fellesferien men daglig leder er bortreist så vi setter oss ned igjen onsdag 28. mai": "held-out row not read as the file says yet (session 66): planned None != 2031-05-28",
    "snakket med innkjøper i Statkraft, de ville møtes etter 17. mai – booket tirsdag 20/5 kl 13": "held-out row not read as the file says yet (session 66): the file sure, read likely",
    "skal ringe Gjensidige i morgen og høre hvordan det går med signeringen": "held-out row not read as the file says yet (session 66): chatter in the file, read likely (call, 'Gjensidige')",
    "Kiruna Maskin – möte idag, nästa möte måndagen efter pingst": "held-out row not read as the file says yet (session 66): planned 2031-05-19 != 2031-06-02",
    "Sandvik blev 3,02 mkr och inte 3,2 som jag skrev, sorry 🙈": "held-out row not read as the file says yet (session 66): missed",
    "missade att logga: träffade Billerud förra veckan på Gruvön": "held-out row not read as the file says yet (session 66): the file likely, read sure",
    "Demo hos Getinge i förmiddags och sen skickade jag offerten: 780 tkr": "held-out row not read as the file says yet (session 66): the file likely, read sure",
    "Klämdagen Resor AB beställde 🙌 passar ju bra inför klämdagen": "held-out row not read as the file says yet (session 66): the file sure, read likely",
    "Förlängning klar med Telia 🎉 två år till, 1.2M": "held-out row not read as the file says yet (session 66): the file sure, read likely",
    "Kickoff-call med Atlas Copco, super engaged, skickar proposal den 20:e": "held-out row not read as the file says yet (session 66): kind meeting != call",
    "Möte med Luleå Hamnservice idag, ses igen dagen efter Kristi himmelfärd": "held-out row not read as the file says yet (session 66): planned 2031-05-14 != 2031-05-23",
    "Ska träffa Essity på torsdag och gå igenom avtalet": "held-out row not read as the file says yet (session 66): chatter in the file, read sure (meeting, 'Essity')",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_43, HOLDOUT_43_LEFT))
def test_the_forty_third_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout43.yaml (read on Tuesday 2031-05-13, before Ascension Day (nb, sv)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_43, row)


def test_every_row_left_in_the_forty_third_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_43["messages"]}
    assert set(HOLDOUT_43_LEFT) <= texts


HOLDOUT_44 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout44.yaml")
HOLDOUT_44_LEFT: dict[str, str] = {
    "Vejle Vinduer i telefonen her til morgen 📞 de får tegningerne på fredag": "held-out row not read as the file says yet (session 66): planned None != 2031-05-16",
    "Kort snak med Bornholms Røgeri, de vil have en prøvelevering – jeg kører derover dagen efter Kristi himmelfart": "held-out row not read as the file says yet (session 66): planned None != 2031-05-23",
    "Glemte at føre: opkald med Rockwool sidste uge ang. isolering til hal 4": "held-out row not read as the file says yet (session 66): the file likely, read sure",
    "møde hos Jysk i dag sammen med Kasper fra produkt": "held-out row not read as the file says yet (session 66): the file likely, read sure",
    "møde hos Morgenbrød Bageri her til morgen 🥐 kører ud med smagsprøver i morgen": "held-out row not read as the file says yet (session 66): planned None != 2031-05-14",
    "Maj Blomster i dag – nyt møde inden udgangen af maj 🌷": "held-out row not read as the file says yet (session 66): missed",
    "Snakkede med Netcompany om supportaftalen ☎️ ny snak ugen efter pinse": "held-out row not read as the file says yet (session 66): planned 2031-06-02 != 2031-06-06",
    "Tager fat i Limfjordens Rejser i morgen ang. tilbuddet på 75k": "held-out row not read as the file says yet (session 66): chatter in the file, read likely (offer, 'Limfjordens Rejser ApS')",
    "correction to my Kier post: £1.53m not £1.35m 🙈 fat fingers": "held-out row not read as the file says yet (session 66): missed",
    "Brackley Plumbing call went well – demo booked for the Friday before the bank holiday": "held-out row not read as the file says yet (session 66): planned 2031-05-16 != 2031-05-23",
    "never logged my Cotswold Stone meeting from before the bank holiday 🙈": "held-out row not read as the file says yet (session 66): customer 'Cotswold Stone Co' != 'Cotswold Stone'; planned, but it happened; date 2031-05-13 != 2031-05-02",
    "Forgot to log: call with Hadley & Price last week, warm": "held-out row not read as the file says yet (session 66): date 2031-05-05 != 2031-05-06",
    "PO in from fenland growers 🙌🙌": "held-out row not read as the file says yet (session 66): the file sure, read likely",
    "£2.4M proposal went to Ten Acre Nurseries at lunchtime": "held-out row not read as the file says yet (session 66): the file sure, read likely",
    "Saw Second Chance Recycling yesterday and got the quote to them this morning – £36,750": "held-out row not read as the file says yet (session 66): kind offer != meeting; amount 36750.00 != None; second record missed",
    "Met Pendle Joinery with Tom from solutions today": "held-out row not read as the file says yet (session 66): the file likely, read sure",
    "great meeting with Severn Trent just now theyre keen to trial in two depots so ive booked a follow up call on the 3rd to go through numbers": "held-out row not read as the file says yet (session 66): the file sure, read likely",
    "Spoke to Hadley & Price, follow-up in a fortnight": "held-out row not read as the file says yet (session 66): the file sure, read likely",
    "Well done Priya on Greggs 👏 – and I've finally got the Tamar Valley quote out, £58k": "held-out row not read as the file says yet (session 66): customer 'Tamar Valley Foods' != 'Tamar Valley'",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_44, HOLDOUT_44_LEFT))
def test_the_forty_fourth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout44.yaml (read on Tuesday 2031-05-13, before Ascension Day (da, en)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_44, row)


def test_every_row_left_in_the_forty_fourth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_44["messages"]}
    assert set(HOLDOUT_44_LEFT) <= texts


HOLDOUT_45 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout45.yaml")
HOLDOUT_45_LEFT: dict[str, str] = {
    "Snakket med Elkem på tlf, sender prisliste i morgen tidlig": "held-out row not read as the file says yet (session 67): planned None != 2031-06-19",
    "Europris fikk revidert tilbud i dag: 1.200.000,- (80k lavere etter at vi tok ut montering)": "held-out row not read as the file says yet (session 67): the file sure, read likely",
    "Glamox: var på befaring i går, tilbud på 640 000 kr sendt nå i ettermiddag": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "Møte med Ålesund Fisk AS i dag, jeg sender avtaleutkast før sankthans": "held-out row not read as the file says yet (session 67): planned 2031-06-23 != 2031-06-20",
    "hadde et veldig bra møte med tre fjorder sjømat i dag de ønsker å komme i gang etter ferien men vi tar et teams møte mandag 30. juni for å gå gjennom tallene": "held-out row not read as the file says yet (session 67): the file sure, read likely",
    "glemte å logge: var hos Ferieekspressen forrige uke": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "Husket plutselig: møtet med Statnett tirsdagen etter pinse ble aldri ført 🙈": "held-out row not read as the file says yet (session 67): the file sure, read likely",
    "Snakkede med Lundbeck, de får et revideret oplæg i overmorgen": "held-out row not read as the file says yet (session 67): planned None != 2031-06-20",
    "Skt. Hans Event ApS – godt møde, næste møde mandag d. 23. (ja, på selve dagen 🔥)": "held-out row not read as the file says yet (session 67): customer 'Hans Event ApS' != 'Skt. Hans Event ApS'; planned None != 2031-06-23",
    "Nyt tal til Bestseller: 1.120.000 kr., 90 t.kr. under første bud": "held-out row not read as the file says yet (session 67): missed",
    "Var hos Svendborg Sejl igar og sendte tilbuddet i dag: 186.000 kr.": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "Falck får 5 % ekstra i rabat for at lukke den inden ferien": "held-out row not read as the file says yet (session 67): missed",
    "Frokostmøde med Dfds i dag sammen med Jonas fra salgssupport": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "Tillykke Kasper med Bang & Olufsen 👏 og så fik jeg endelig tilbuddet ud til Horsens Havn: 540 t.kr.": "held-out row not read as the file says yet (session 67): the file sure, read likely",
    "Kronen Apotek – kort intro på telefonen, super interesseret. Demo på onsdag": "held-out row not read as the file says yet (session 67): kind meeting != call",
    "Møde med Juli Is i dag 🍦 jeg sender tilbuddet inden sankthans": "held-out row not read as the file says yet (session 67): missed",
    "glemte at logge: besøg hos Lego i Billund sidste uge": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "Har aldrig fået ført mødet med Ferie for Alle dagen før grundlovsdag 🙈": "held-out row not read as the file says yet (session 67): the file sure, read likely",
    "Tager ud til Coloplast i morgen og gennemgår kontrakten med dem": "held-out row not read as the file says yet (session 67): chatter in the file, read likely (win, 'Coloplast')",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_45, HOLDOUT_45_LEFT))
def test_the_forty_fifth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout45.yaml (read on Wednesday 2031-06-18, before midsommar (nb, da)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_45, row)


def test_every_row_left_in_the_forty_fifth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_45["messages"]}
    assert set(HOLDOUT_45_LEFT) <= texts


HOLDOUT_46 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout46.yaml")
HOLDOUT_46_LEFT: dict[str, str] = {
    "pratade med Saab i Linköping, de vill se demon på tisdag kl 13": "held-out row not read as the file says yet (session 67): planned None != 2031-06-24",
    "Ny siffra till Lantmännen: 1 180 000 kr efter att frakten lyftes ur": "held-out row not read as the file says yet (session 67): missed",
    "Scania landade på 2,54 mkr och inte 2,45 som jag skrev i morse 🙈": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "Visning hos Hälsinge Snickeri i förmiddags och offerten gick iväg direkt efter lunch, 365 tkr": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "Var ute på Midsommarängen Camping idag 🏕️ offerten kommer på måndag": "held-out row not read as the file says yet (session 67): kind offer != meeting; planned None != 2031-06-23",
    "Besök hos Smålands Gjuteri idag ihop med Petra från teknik": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "Ska ringa Scania imorgon om leveransplanen": "held-out row not read as the file says yet (session 67): chatter in the file, read likely (call, 'Scania')",
    "Tredje ordern den här veckan 🎉 210 tkr, gissa vem!": "held-out row not read as the file says yet (session 67): chatter in the file, read likely (win, 'Tredje')",
    "Onsdag = lilla lördag 😄 tre möten kvar idag": "held-out row not read as the file says yet (session 67): chatter in the file, read likely (meeting, 'Kvar')",
    "Morrisons – positive call, I'll come back with a pilot plan before the August bank holiday": "held-out row not read as the file says yet (session 67): planned None != 2031-08-22",
    "Spoke to BAE Systems, they want to see the demo Tuesday at 2": "held-out row not read as the file says yet (session 67): the file sure, read likely",
    "Correction on Network Rail: it's £1.02M not £1.2M, sorry all 🙈": "held-out row not read as the file says yet (session 67): missed",
    "Demo at Cheshire Kitchens this morning and the quote went straight after – £46,200": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "Bodmin Engineering – sent two options, £22k or £28k with the extended warranty": "held-out row not read as the file says yet (session 67): missed",
    "Hot Tubs Direct are going ahead 🔥🛁": "held-out row not read as the file says yet (session 67): the file sure, read likely",
    "Midsummer Meadows Garden Centre – gave them an extra 5% discount, they're mulling it over": "held-out row not read as the file says yet (session 67): missed",
    "Visited Yorkshire Dales Dairy with Priya from ops": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "Solstice Solar – intro call, site survey w/c 7th July": "held-out row not read as the file says yet (session 67): planned None != 2031-07-11",
    "Nice one Dan on Bupa 👏 – and my Norfolk Broads Boat Hire quote is out, £12.4k": "held-out row not read as the file says yet (session 67): missed",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_46, HOLDOUT_46_LEFT))
def test_the_forty_sixth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout46.yaml (read on Wednesday 2031-06-18, before midsommar (sv, en)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_46, row)


def test_every_row_left_in_the_forty_sixth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_46["messages"]}
    assert set(HOLDOUT_46_LEFT) <= texts


HOLDOUT_47 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout47.yaml")
HOLDOUT_47_LEFT: dict[str, str] = {
    "Snakket med Elkjøp nå nettopp, sender pricing i morgen tidlig 📄": "held-out row not read as the file says yet (session 67): the file sure, read likely",
    "Befaring hos Norsk Gjenvinning i formiddag, og tilbudet gikk ut rett etterpå – 675 000 kr": "held-out row not read as the file says yet (session 67): second record missed",
    "glemte å logge: var hos Bertel O. Steen forrige uke": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "I mandags hadde jeg en lang telefonprat med Sparebank 1 SMN om fornyelsen, glemte å føre den": "held-out row not read as the file says yet (session 67): missed",
    "var innom Coop Øst i dag hadde en god prat med kategorisjefen hun vil se hele sortimentet så jeg sender katalog og priser innen fredag": "held-out row not read as the file says yet (session 67): kind call != meeting",
    "Mesta – godt møte i dag 👍 ny gjennomgang før jul": "held-out row not read as the file says yet (session 67): planned None != 2031-12-24",
    "Pratade med Sweco nyss, skickar underlaget imorgon": "held-out row not read as the file says yet (session 67): the file sure, read likely",
    "Lindab-offerten jag skickade i morse är 645 tkr, inte 465 som jag skrev 🙈": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "Lunch med Jula och sen skickade jag offerten direkt, 1,3 mkr": "held-out row not read as the file says yet (session 67): kind offer != meeting; amount 1300000.00 != None; second record missed",
    "glömde logga: träffade Nibe förra veckan i Markaryd": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "hade ett riktigt bra möte med Hexagon idag dom ska utöka till tre nya siter så jag bokade in en workshop den 18 september": "held-out row not read as the file says yet (session 67): missed",
    "Ändring på Nibe: mötet var inte förra veckan utan i fredags 🙈": "held-out row not read as the file says yet (session 67): missed",
    "Ska ringa Scania imorgon och stämma av leveransen": "held-out row not read as the file says yet (session 67): chatter in the file, read likely (call, 'Scania')",
    "Bokade in Svevia till torsdag via mejl 👍 ser fram emot det": "held-out row not read as the file says yet (session 67): chatter in the file, read sure (meeting, 'Svevia')",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_47, HOLDOUT_47_LEFT))
def test_the_forty_seventh_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout47.yaml (read on Monday 2031-09-01, after the summer (nb, sv)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_47, row)


def test_every_row_left_in_the_forty_seventh_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_47["messages"]}
    assert set(HOLDOUT_47_LEFT) <= texts


HOLDOUT_48 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout48.yaml")
HOLDOUT_48_LEFT: dict[str, str] = {
    "Stod på Byggeri-messen hele weekenden 😴 i går kom Lemvigh-Müller forbi standen og vi fik en rigtig god snak om rammeaftalen": "held-out row not read as the file says yet (session 67): kind call != meeting",
    "opkald m. Flügger sidste uge om maling til 3 butikker, fik det aldrig ført ind": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "Snakkede med GN Store Nord om serviceaftalen, vi tager den igen om 14 dage": "held-out row not read as the file says yet (session 67): the file sure, read likely",
    "Rettelse til Danfoss: 1.580.000 kr., ikke 1.850.000 🙈 tastefejl": "held-out row not read as the file says yet (session 67): missed",
    "Møde hos Chr. Hansen i Hørsholm i dag sammen med Anders fra teknik": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "Demo hos Esbjerg Stål i formiddags, og tilbuddet gik ud lige bagefter: 265 t.kr.": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "Godt opkald med Sønderborg Sejl, vi holder opstartsmøde inden efterårsferien ⛵": "held-out row not read as the file says yet (session 67): planned None != 2031-10-10",
    "Stort tillykke til Jonas med Coop Danmark 👏 og så har jeg selv fået tilbuddet ud til Vejen Vognmand, 310.000 kr.": "held-out row not read as the file says yet (session 67): the file sure, read likely",
    "Anders tager Chr. Hansen-mødet i morgen, jeg er på kursus": "held-out row not read as the file says yet (session 67): chatter in the file, read likely (meeting, 'Chr. Hansen')",
    "Met the MD of Costain at the charity golf day yesterday – proper sit-down, framework's back on the table": "held-out row not read as the file says yet (session 67): missed",
    "Never logged my call with Jewson last week re the trade counter rollout": "held-out row not read as the file says yet (session 67): date 2031-08-25 != 2031-08-26",
    "Network Rail on the phone, site walk pencilled w/c 15th": "held-out row not read as the file says yet (session 67): planned None != 2031-09-19",
    "Correction on my Wates post – £604k, not £640k 🙈": "held-out row not read as the file says yet (session 67): missed",
    "Morgan Sindall renewed the maintenance contract for another 2 years 🎉 £275k": "held-out row not read as the file says yet (session 67): the file sure, read likely",
    "Demo at Harvest Moon Catering this morning, quote followed straight after – £22,400": "held-out row not read as the file says yet (session 67): the file likely, read sure",
    "just left tyne valley glass really good session theyre keen on the pilot so ive said id send the scope over friday": "held-out row not read as the file says yet (session 67): planned None != 2031-09-05",
    "Dunmore Haulage – good call, contract review booked in before Christmas": "held-out row not read as the file says yet (session 67): planned None != 2031-12-24",
    "Lost Valley Tearooms meeting went well, I'm back up there next Monday to measure up": "held-out row not read as the file says yet (session 67): planned None != 2031-09-08",
    "Going to ring Ocado on Wednesday to see where the revised proposal has got to": "held-out row not read as the file says yet (session 67): chatter in the file, read likely (call, 'Ocado')",
    "Jewson pulled today's meeting at the last minute, they'll come back with a new date 😒": "held-out row not read as the file says yet (session 67): chatter in the file, read sure (meeting, 'Jewson')",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_48, HOLDOUT_48_LEFT))
def test_the_forty_eighth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout48.yaml (read on Monday 2031-09-01, after the summer bank holiday (da, en)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_48, row)


def test_every_row_left_in_the_forty_eighth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_48["messages"]}
    assert set(HOLDOUT_48_LEFT) <= texts


HOLDOUT_49 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout49.yaml")
HOLDOUT_49_LEFT: dict[str, str] = {
    "Hogmanay Drinks Co – tasting session this afternoon, back in with them the first week of January": "not read yet (session 69): a tasting is a meeting now, stored sure as 'meeting this afternoon' is; the step 'back in with them the first week of January' (the file: asked) is dropped in both",
    "Julbord med Sandvik igår kväll 🎅 riktigt trevligt, dom vill ha en ny offert i januari": "held-out row not read as the file says yet (session 68): the file sure, read likely",
    "Julfika hos Getinge och sen gick offerten iväg direkt efteråt, 890 tkr ☕": "held-out row not read as the file says yet (session 68): kind offer != meeting; amount 890000.00 != None; second record missed",
    "Besök hos Boliden i Skellefteå idag ihop med Mikael från service ❄️": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "glomde logga: traffade Bravida forra veckan pa deras kontor i Solna": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Essity – bra samtal, vi tar nästa möte den 15:e": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Ska ringa Ahlsell på måndag och önska god jul 🎅": "held-out row not read as the file says yet (session 68): chatter in the file, read likely (call, 'Ahlsell')",
    "Anders var på Peabs julbord igår, han loggar själv": "held-out row not read as the file says yet (session 68): chatter in the file, read likely (meeting, 'Peab')",
    "Christmas lunch with the Greggs regional team today 🥧 good vibes, they want a proposal in January": "held-out row not read as the file says yet (session 68): the file sure, read likely",
    "Vistry call ✅ I'll get the heads of terms to them before Christmas": "held-out row not read as the file says yet (session 68): planned None != 2031-12-24",
    "Howdens on the phone, trial install pencilled w/c 5th Jan": "held-out row not read as the file says yet (session 68): planned None != 2032-01-09",
    "Tomorrow's Kitchens – meeting yesterday at their showroom, forgot to log": "held-out row not read as the file says yet (session 68): customer 'Kitchens' != \"Tomorrow's Kitchens\"",
    "just back from currys really good session they want it in 40 stores so im sending the pricing over monday": "held-out row not read as the file says yet (session 68): planned None != 2031-12-22",
    "Frostline Coldstores – good call, I'll get the contract over before New Year": "held-out row not read as the file says yet (session 68): planned None != 2031-12-31",
    "Walked Redrow's ops team through the platform this morning and fired the quote over before lunch, £93.5k": "held-out row not read as the file says yet (session 68): missed",
    "Gave Mace a ballpark of £250-300k for the fit-out": "held-out row not read as the file says yet (session 68): missed",
    "forgot to log a call with Boxing Clever Fitness last week about their January rush": "held-out row not read as the file says yet (session 68): the file likely, read sure",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_49, HOLDOUT_49_LEFT))
def test_the_forty_ninth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout49.yaml (read on Friday 2031-12-19, before Christmas (sv, en)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_49, row)


def test_every_row_left_in_the_forty_ninth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_49["messages"]}
    assert set(HOLDOUT_49_LEFT) <= texts


HOLDOUT_50 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout50.yaml")
HOLDOUT_50_LEFT: dict[str, str] = {
    "Lunsj med Schibsted i fredags som jeg aldri fikk ført 🙈": "held-out row not read as the file says yet (session 68): the file sure, read likely",
    "Tine – godt møte i dag 👍 sender avtaleutkast 2/1 når folk er tilbake": "held-out row not read as the file says yet (session 68): planned None != 2032-01-02",
    "Nortura ringte, de vil ha en siste gjennomgang lille julaften kl 10 🎅": "held-out row not read as the file says yet (session 68): planned None != 2031-12-23",
    "Kongsberg Gruppen på tlf i dag, jeg følger opp neste uke": "held-out row not read as the file says yet (session 68): planned 2031-12-23 != 2031-12-24",
    "Yara: bra møte, sender revidert forslag før jul": "held-out row not read as the file says yet (session 68): planned 2031-12-23 != 2031-12-24",
    "Felleskjøpet i dag 🚜 nytt møte innen utgangen av desember": "held-out row not read as the file says yet (session 68): missed",
    "Hafslund på telefon – jeg sender kontrakten før nyttår 🎆": "held-out row not read as the file says yet (session 68): planned 2031-12-30 != 2031-12-31",
    "glemte å logge: var hos Byggmakker forrige uke om ny lagerløsning": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Julemøte hos Fjord1 i formiddag ⛴️ og tilbudet gikk ut rett etterpå, 780 000 kr": "held-out row not read as the file says yet (session 68): second record missed",
    "Clas Ohlson: bra møte, neste møte den 17.": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Ringede til Rockwool i forgårs om levering i januar, fik det ikke skrevet ind": "held-out row not read as the file says yet (session 68): the file sure, read likely",
    "Glemte at logge: morgenmøde med Jysk i fredags ☕": "held-out row not read as the file says yet (session 68): the file sure, read likely",
    "DSB i røret 📞 jeg ringer tilbage lillejuleaften inden frokost": "held-out row not read as the file says yet (session 68): the file sure, read likely",
    "Netto: møde i dag, jeg følger op i næste uge": "held-out row not read as the file says yet (session 68): planned 2031-12-23 != 2031-12-24",
    "Pandora i telefonen – jeg sender det reviderede oplæg inden jul": "held-out row not read as the file says yet (session 68): planned 2031-12-23 != 2031-12-24",
    "Topdanmark – godt opkald, jeg får kontrakten over til dem inden udgangen af måneden": "held-out row not read as the file says yet (session 68): planned 2031-12-30 != 2031-12-31",
    "fik aldrig logget mit møde med NCC i sidste uge 🙈": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Rettelse til Carlsberg: 2,04 mio. kr., ikke 2,4 🙈 for meget gløgg": "held-out row not read as the file says yet (session 68): missed",
    "Julefrokostmøde hos MT Højgaard og tilbuddet røg afsted bagefter: 1,45 mio. kr.": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Møde hos Alm. Brand i dag sammen med Søren fra økonomi": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Nykredit – fint møde, vi ses igen om en uge": "held-out row not read as the file says yet (session 68): the file likely, read sure",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_50, HOLDOUT_50_LEFT))
def test_the_fiftieth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout50.yaml (read on Friday 2031-12-19, before Christmas (nb, da)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_50, row)


def test_every_row_left_in_the_fiftieth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_50["messages"]}
    assert set(HOLDOUT_50_LEFT) <= texts


HOLDOUT_51 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout51.yaml")
HOLDOUT_51_LEFT: dict[str, str] = {
    "grundfos har accepteret tilbuddet 🙌 det var ventetiden over påsken værd": "held-out row not read as the file says yet (session 68): the file sure, read likely",
    "Flot Frederik med Lego 👏 selv fik jeg sendt tilbud til Svendborg Sejlmagere, 148.000 kr.": "held-out row not read as the file says yet (session 68): the file sure, read likely",
    "Dagen Derpå Catering – møde her til morgen 🥐 jeg ringer dem den 2.": "held-out row not read as the file says yet (session 68): planned None != 2032-04-02",
    "havde et rigtig fint møde med kolding kaffebrænderi her til formiddag de vil gerne udvide til to nye butikker så jeg laver et oplæg til dem på torsdag": "held-out row not read as the file says yet (session 68): planned None != 2032-04-01",
    "Varme Hænder Hjemmepleje – godt møde, næste møde inden Kristi himmelfart": "held-out row not read as the file says yet (session 68): planned None != 2032-05-05",
    "Var i Struer hos Bang & Olufsen sidste uge, har ikke fået det skrevet ind": "held-out row not read as the file says yet (session 68): missed",
    "Besøg hos Tivoli i dag sammen med Line fra projekt 🎢 de er klar til sæsonstart": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Møde hos Fritz Hansen i Allerød, og en time efter lå tilbuddet i deres indbakke – 415 t.kr.": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Har prøvet Randers Rengøring to gange i dag – telefonsvarer begge gange 📵": "held-out row not read as the file says yet (session 68): missed",
    "Georg Jensen ringede mig på et tidspunkt i påsken, de vil have et nyt oplæg": "held-out row not read as the file says yet (session 68): date 2032-03-25 != 2032-03-30",
    "Horsens Hegn – opstartsmøde i dag, besigtigelse den 29.": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Besökte Clas Ohlson i Insjön idag, de vill se fler prover så jag skickar nya nästa vecka": "held-out row not read as the file says yet (session 68): planned None != 2032-04-09",
    "Mars Bygg fick en reviderad offert idag, 1 140 000 kr (förra var 1,3 mkr)": "held-out row not read as the file says yet (session 68): the file sure, read likely",
    "Rättelse Atlas Copco: 3,08 mkr, inte 3,8 – för snabba fingrar": "held-out row not read as the file says yet (session 68): missed",
    "Platsbesök hos Alfa Laval i Lund idag tillsammans med Petra från service": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Demo hos Kalla Källan Vatten i morse och offerten gick direkt efter, 186 tkr": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Påskharen Leksaker – bra möte idag 🐰 vi ses någon gång i april": "held-out row not read as the file says yet (session 68): the file likely, read sure",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_51, HOLDOUT_51_LEFT))
def test_the_fifty_first_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout51.yaml (read on Tuesday 2032-03-30, after Easter Monday (da, sv)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_51, row)


def test_every_row_left_in_the_fifty_first_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_51["messages"]}
    assert set(HOLDOUT_51_LEFT) <= texts


HOLDOUT_52 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout52.yaml")
HOLDOUT_52_LEFT: dict[str, str] = {
    "Statkraft signerte faktisk langfredag 😅 så ikke mailen før nå. 1,85 mill!": "held-out row not read as the file says yet (session 68): the file sure, read likely",
    "1 200 000,- til Obos 🏢 tilbudet gikk ut før lunsj": "held-out row not read as the file says yet (session 68): the file sure, read likely",
    "Mars Maskin sa ja på tampen av mars 😄 410 000 kr": "held-out row not read as the file says yet (session 68): the file sure, read likely",
    "glemte å føre: på tlf med Kongsberg Maritime forrige uke, rett før alle tok påskeferie": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Rettelse til Telenor-posten: 2,3 MNOK, ikke 3,2 🙈 for mye påskeegg": "held-out row not read as the file says yet (session 68): missed",
    "Møte hos Eviny i Bergen i dag sammen med Henrik fra drift": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Smaksprøving hos Varm Mat Catering i formiddag, og tilbudet gikk ut rett etterpå – 145 000 kr": "held-out row not read as the file says yet (session 68): kind offer != meeting; amount 145000.00 != None; second record missed",
    "Severn Trent's ops director rang me yesterday – bank holiday Monday, who does that 😂 – wants the proposal reworked": "held-out row not read as the file says yet (session 68): missed",
    "last Weds: lunch with Bupa's facilities lead, never logged it": "held-out row not read as the file says yet (session 68): the file sure, read likely",
    "Good meeting with Thames Water, I'll have the scope with them by end of month": "held-out row not read as the file says yet (session 68): planned None != 2032-03-31",
    "Capita – decent meeting, next review in May": "held-out row not read as the file says yet (session 68): planned 2032-05-31 != 2032-05-28",
    "Coffee with Dunelm's buyer this morning ☕ catching up again in a fortnight": "held-out row not read as the file says yet (session 68): the file sure, read likely",
    "just out of costa head office really positive they want to trial it in 20 stores so im sending the rollout plan over on thursday": "held-out row not read as the file says yet (session 68): planned None != 2032-04-01",
    "Never logged my call with Willmott Dixon last week before everyone broke up for Easter": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Correction on my Kier post – £1.04m, not £1.4m 🙈": "held-out row not read as the file says yet (session 68): missed",
    "Knocked another 7.5% off for Vistry if they sign before their year end": "held-out row not read as the file says yet (session 68): missed",
    "Site visit at Arriva's Derby depot today with Priya from ops": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Demo at Hotwells Dental this morning, quote went straight after – £14,750": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Mears Group call done – next catch-up booked for the 29th": "held-out row not read as the file says yet (session 68): the file likely, read sure",
    "Going to ring Whitbread on Thursday to see if the revised proposal's landed": "held-out row not read as the file says yet (session 68): chatter in the file, read likely (call, 'Whitbread')",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_52, HOLDOUT_52_LEFT))
def test_the_fifty_second_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout52.yaml (read on Tuesday 2032-03-30, after Easter Monday (nb, en)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_52, row)


def test_every_row_left_in_the_fifty_second_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_52["messages"]}
    assert set(HOLDOUT_52_LEFT) <= texts


HOLDOUT_53 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout53.yaml")
HOLDOUT_53_LEFT: dict[str, str] = {
    "Lunchade med Lantmännens inköpschef igår i Uppsala, bra snack om foderlinjen": "held-out row not read as the file says yet (session 69): missed",
    "Besökte Thule i Hillerstorp idag, de vill se prototypen så jag åker ner igen nästa vecka": "held-out row not read as the file says yet (session 69): planned None != 2032-07-02",
    "Ny offert till Lindab efter deras kommentarer: 1 150 000 kr (förra låg på 1,4 mkr)": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "Juni Juridik tackade ja innan juni är slut 😄 95 000 kr": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "var hos liseberg i morse och gick igenom kassasystemet dom kör högsäsong nu så vi tar nästa möte vecka 34 när det lugnat sig": "held-out row not read as the file says yet (session 69): planned None != 2032-08-20",
    "Rättelse Spendrups: 2,03 mkr, inte 2,3 – midsommarfingrar 🙈": "held-out row not read as the file says yet (session 69): missed",
    "Provsmakning hos Jordgubbslandet i morse 🍓 offerten gick iväg direkt efteråt, 92 tkr": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Ljusa Nätter Hotell – bra möte, nästa möte den 22:a": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Ericas affär med Castellum, 1,2 mkr – hon har redan gått på semester så jag lägger in den": "held-out row not read as the file says yet (session 69): missed",
    "Lunch with Mitie's regional FM lead yesterday in Reading – never got round to logging it": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "Ocado – breakfast meeting in Hatfield 🥐 picking it up again in a fortnight": "held-out row not read as the file says yet (session 69): missed",
    "£46,800 – that's what Keller's quote came to, sent just now": "held-out row not read as the file says yet (session 69): missed",
    "Tomorrow's Kitchens have signed 🙌 £54k": "held-out row not read as the file says yet (session 69): customer 'Kitchens' != \"Tomorrow's Kitchens\"",
    "Ibstock quote finally out the door, £212k – and hats off to Dan for landing Network Rail 👏": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "just left the john lewis buying team in victoria lovely meeting they want to pilot it across 12 shops ill get the rollout plan to them monday": "held-out row not read as the file says yet (session 69): planned None != 2032-06-28",
    "Never got my Legal & General call logged last week – they're reviewing suppliers in Q3": "held-out row not read as the file says yet (session 69): missed",
    "Correction to my Persimmon post: £1.02m not £1.2m – fat fingers 🙈": "held-out row not read as the file says yet (session 69): missed",
    "Quote to FirstGroup – anywhere from £90k to £120k depending on how many depots": "held-out row not read as the file says yet (session 69): amount 90000.00 != None",
    "Knocked another 5% off for Aviva if they sign before half-year end": "held-out row not read as the file says yet (session 69): missed",
    "Site visit at United Utilities' Warrington depot with Dan from install": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Truro Timber are putting pen to paper on Monday, roughly £75k 🤞": "held-out row not read as the file says yet (session 69): missed",
    "Rang Pret's category lead, all good – follow-up in the diary for the 22nd": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Sam's on paternity leave so I'm logging his Wetherspoon win for him – £88k": "held-out row not read as the file says yet (session 69): missed",
    "Another one in the bag 🎉 £31k, every little helps for H1": "held-out row not read as the file says yet (session 69): chatter in the file, read likely (win, 'H1')",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_53, HOLDOUT_53_LEFT))
def test_the_fifty_third_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout53.yaml (read on Wednesday 2032-06-23, sankthansaften (sv, en)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_53, row)


def test_every_row_left_in_the_fifty_third_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_53["messages"]}
    assert set(HOLDOUT_53_LEFT) <= texts


HOLDOUT_54 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout54.yaml")
HOLDOUT_54_LEFT: dict[str, str] = {
    "lunsj m DNB i onsdags, druknet i ferieplanlegging og glemte å føre den 🙈": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "Sterkt levert Ida med Telenor 💪 selv fikk jeg ja fra Schibsted i formiddag, 640 000 kr": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "var innom byggmakker på lillestrøm i dag de skal bygge om tre varehus i høst og vil ha en løsning før fellesferien så jeg sender et forslag før helgen": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "Kaldvann Rør vil ha en gjennomgang mandag kl 9 – avtalt på tlf nå": "held-out row not read as the file says yet (session 69): planned None != 2032-06-28",
    "På tlf med Avinor en gang forrige uke om sommertrafikken, har ikke fått ført det": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Rettelse Equinor: 2,07 MNOK, ikke 2,7 – sankthansfeber 🙈": "held-out row not read as the file says yet (session 69): missed",
    "Bravida får 8 % ekstra i rabatt om papirene er på plass før 30.6.": "held-out row not read as the file says yet (session 69): missed",
    "Bålplassen Kafé: befaring på kjøkkenet kl 9, tilbudet på 62 000 kr lå i innboksen deres før lunsj 🔥": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Storebrand – møte i dag, ny gjennomgang den 22.": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Varmestua Kafé – hyggelig møte ☕ vi ses en gang i august": "held-out row not read as the file says yet (session 69): missed",
    "Marte har ferie så jeg legger inn for henne: Tomra signerte i dag, 1,1 MNOK": "held-out row not read as the file says yet (session 69): missed",
    "Novo Nordisk – rundvisning på fabrikken i Kalundborg 🏭 tilbud følger i næste uge": "held-out row not read as the file says yet (session 69): missed",
    "Kaffe med Arla i morges ☕ vi ses igen om 3 uger": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "Tillykke til Mads med Coop-ordren 🥂 – min egen: Stark har fået tilbud på 235 t.kr.": "held-out row not read as the file says yet (session 69): missed",
    "Frokostmøde med Rockwool i Hedehusene i sidste uge – glemte at logge det": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Fejl i min Vestas-post fra i morges: det er 4,3 mio. kr., ikke 3,4 🙈": "held-out row not read as the file says yet (session 69): missed",
    "Normal – har givet dem 5 % oven i den gamle rabat": "held-out row not read as the file says yet (session 69): missed",
    "Besigtigelse på Aalborg Portland i dag sammen med Jonas fra teknik 🏗️": "held-out row not read as the file says yet (session 69): missed",
    "Onsdagsbageren: demo af kasseløsningen i dag + tilbud bagefter, 58.000 kr.": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Louise holder ferie, så jeg lægger den ind: Ecco har skrevet under på 410 t.kr.": "held-out row not read as the file says yet (session 69): missed",
    "Juli Rejser – møde i dag, opfølgning den 21.": "held-out row not read as the file says yet (session 69): the file likely, read sure",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_54, HOLDOUT_54_LEFT))
def test_the_fifty_fourth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout54.yaml (read on Wednesday 2032-06-23, sankthansaften (nb, da)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_54, row)


def test_every_row_left_in_the_fifty_fourth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_54["messages"]}
    assert set(HOLDOUT_54_LEFT) <= texts


HOLDOUT_55 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout55.yaml")
HOLDOUT_55_LEFT: dict[str, str] = {
    "Coloplast gav grønt lys på tilbuddet i eftermiddags 🟢 1,35 mio. kr. – sidste dag i Q3, tættere kan det ikke blive 😅": "held-out row not read as the file says yet (session 69): kind offer != win; a second record not said: win",
    "velux bekræftede ordren på mail lige før frokost 🙌": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "i mandags var jeg forbi Tryg i Ballerup – god snak om skadeappen, fik det bare aldrig ført ind": "held-out row not read as the file says yet (session 69): kind call != meeting; date 2032-09-30 != 2032-09-27",
    "Arkil – møde i dag, vi sætter et opstartsmøde i oktober": "held-out row not read as the file says yet (session 69): planned None != 2032-10-29",
    "Skar 250 t.kr. af Hempel-tilbuddet – nu 2,2 mio. kr. 🎨": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "lige kommet ud fra lagkagehuset på islands brygge de vil gerne teste i otte butikker først så jeg sender et pilotforslag på onsdag": "held-out row not read as the file says yet (session 69): missed",
    "Dantherm, Skive – besøg sidste uge, har aldrig fået det logget 🙈": "held-out row not read as the file says yet (session 69): a second record not said: meeting",
    "Rettelse Coloplast: 1,53 mio. kr. – ikke 1,35 🙈 byttede rundt på tallene": "held-out row not read as the file says yet (session 69): missed",
    "Besøg hos Mols-Linien i Aarhus i dag sammen med Jonas fra teknik ⛴️": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Smagning hos Sticks'n'Sushi i dag og tilbuddet røg afsted bagefter – 265 t.kr. 🍣": "held-out row not read as the file says yet (session 69): second record missed",
    "Dansk Retursystem – møde i dag, opfølgning aftalt til d. 28.": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Joe & the Juice – godt møde, vi ses næste torsdag 🥤": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Lantmännen – bra genomgång idag 🌾 jag återkommer med prisförslag nästa vecka": "held-out row not read as the file says yet (session 69): missed",
    "Reviderad offert till Assa Abloy idag: 1 450 000 kr (förra låg på 1,7 mkr)": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "Mekonomen ringde – deras brutna räkenskapsår slutar idag så de vill ha fakturan innan kl 15": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "Snyggt Sara med Ikea! 👏 själv fick jag iväg offerten till Dustin, 520 tkr": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "Biltema offert 740 tkr … fel, ska vara 470 tkr 🤦": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "Rättelse Scania: 2,06 mkr, inte 2,6 😬": "held-out row not read as the file says yet (session 69): missed",
    "Provsmakning hos Espresso House i morse, offerten gick direkt efter – 310 tkr ☕": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Oktoberfest Event – bra möte 🍻 vi hörs nån gång i oktober": "held-out row not read as the file says yet (session 69): the file likely, read sure",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_55, HOLDOUT_55_LEFT))
def test_the_fifty_fifth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout55.yaml (read on Thursday 2032-09-30, the month's and quarter's last day (da, sv)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_55, row)


def test_every_row_left_in_the_fifty_fifth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_55["messages"]}
    assert set(HOLDOUT_55_LEFT) <= texts


HOLDOUT_56 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout56.yaml")
HOLDOUT_56_LEFT: dict[str, str] = {
    "Lunsj med Jotun i torsdags 🍽️ helt glemt å legge det inn": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "mote m bertel o. steen igar, positive til pilot paa to forhandlere": "held-out row not read as the file says yet (session 69): missed",
    "var innom sparebank 1 smn i trondheim i dag de vil ha med to nye filialer så jeg lager et forslag til dem på mandag": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "Glemte å føre kaffen med Flytoget forrige uke ☕": "held-out row not read as the file says yet (session 69): missed",
    "Oops, Equinor-beløpet i stad skulle vært 4,06 MNOK, ikke 4,6 🙈": "held-out row not read as the file says yet (session 69): missed",
    "Oda – bra møte, jeg får sendt dem tallene før månedsskiftet": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Eidsiva – befaring på Hamar i dag, hadde med Silje fra prosjekt": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Tibber: demo kl 9, tilbud på 265 000 kr sendt før lunsj ⚡": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Moelven har lovet å signere i morgen – ca 2,8 mill, fingrene krysset 🤞": "held-out row not read as the file says yet (session 69): missed",
    "Protan – oppstartsmøte i dag, befaring den 28.": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Jonas har høstferie, så jeg legger inn for ham: Lyse signerte i dag 🎉 430 000 kr": "held-out row not read as the file says yet (session 69): missed",
    "Coffee with Pets at Home's category lead ☕ picking it back up in a fortnight": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "Sainsbury's quote reworked after their feedback, down to £265k from £310k": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "£48,750 – that's the Jewson proposal gone this afternoon 🧱": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "Center Parcs have renewed the service contract through to 2035 🌲 £410k": "held-out row not read as the file says yet (session 69): the file sure, read likely",
    "just left rightmove's office in london really positive they want it across all four teams so im sending the pilot plan over on monday": "held-out row not read as the file says yet (session 69): planned None != 2032-10-04",
    "Warm Welcome Care – good meeting, I'll have the proposal with them by month end": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Costain walk-round at the Crewe yard, took Dan from delivery along 👷": "held-out row not read as the file says yet (session 69): missed",
    "Demo at Pret's head office this morning and the quote went over straight after – £33,400": "held-out row not read as the file says yet (session 69): the file likely, read sure",
    "Half Term Adventures are putting pen to paper tomorrow, c. £58k 🤞": "held-out row not read as the file says yet (session 69): missed",
    "Next Steps Training – call done, follow-up booked for the 29th": "held-out row not read as the file says yet (session 69): the file likely, read sure",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_56, HOLDOUT_56_LEFT))
def test_the_fifty_sixth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout56.yaml (read on Thursday 2032-09-30, the month's and quarter's last day (nb, en)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_56, row)


def test_every_row_left_in_the_fifty_sixth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_56["messages"]}
    assert set(HOLDOUT_56_LEFT) <= texts


HOLDOUT_57 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout57.yaml")
HOLDOUT_57_LEFT: dict[str, str] = {
    "Essity har godkänt offerten 🙌 äntligen, efter att ha ältat den hela oktober": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Glömde visst logga Sandvik i fredags – bra möte i Sandviken om verktygsavtalet": "held-out row not read as the file says yet (session 70): date 2032-11-01 != 2032-10-29",
    "Telia ringde – de vill ha en genomgång nästa måndag kl 13.30 i Solna": "held-out row not read as the file says yet (session 70): planned None != 2032-11-08",
    "Stora Enso fick en reviderad offert idag, landar nu på 2 350 000 kr mot 2,6 mkr innan": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "kom precis ut från max hamburgare i luleå dom vill testa nya kassorna i fem restauranger först så jag skickar en plan på torsdag": "held-out row not read as the file says yet (session 70): missed",
    "Husqvarna-beloppet jag skrev i morse blev fel – 1 510 000 kr ska det vara, inte 1,15": "held-out row not read as the file says yet (session 70): missed",
    "Demo hos Estrella i morse och offerten gick iväg direkt efter – 340 tkr 🥔": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "Tre – bra samtal om företagsabonnemangen, nytt möte nån gång i november": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "Fortum skriver på imorgon enligt inköp 🤞 runt 1,3 mkr": "held-out row not read as the file says yet (session 70): missed",
    "Kier meeting on Friday never made it into the system – half term chaos at home": "held-out row not read as the file says yet (session 70): missed",
    "Lunch with Whitbread's procurement lead last Monday, completely forgot to log it 🍽️": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Pumpkin Patch Nurseries – walked round their Halloween trail with the owner yesterday 🎃 good chat about next season": "held-out row not read as the file says yet (session 70): kind call != meeting; date 2032-11-01 != 2032-10-31",
    "Remember Remember Events – intro meeting done 🎆 follow-up call booked for Bonfire Night itself, naturally": "held-out row not read as the file says yet (session 70): planned None != 2032-11-05",
    "John Lewis – good session, back round the table on the 1st": "held-out row not read as the file says yet (session 70): missed",
    "November Rain Roofing – roof survey done ☔ proposal to them in November": "held-out row not read as the file says yet (session 70): missed",
    "Reworked the Asda quote after their pushback – now £182k, down from £215k": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Serco – quote out at £52k per annum for the helpdesk": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Correction to this morning's Taylor Wimpey post: £460k not £640k, sorry all 🙈": "held-out row not read as the file says yet (session 70): missed",
    "Offered B&Q an extra 7% if they commit before Black Friday": "held-out row not read as the file says yet (session 70): missed",
    "Tasting at Pizza Express HQ this morning, quote went over straight after – £41k 🍕": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "Rang Lidl GB then Co-op this morning – neither will commit before their 2033 budgets are signed off": "held-out row not read as the file says yet (session 70): second record missed",
    "Site walk at Berkeley Group's Kidbrooke scheme with Aisha from delivery 👷": "held-out row not read as the file says yet (session 70): missed",
    "Heading up to JCB at Rocester on Thursday to kick off the rollout": "held-out row not read as the file says yet (session 70): chatter in the file, read likely (meeting, 'JCB')",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_57, HOLDOUT_57_LEFT))
def test_the_fifty_seventh_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout57.yaml (read on Monday 2032-11-01, the month's first day (sv, en)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_57, row)


def test_every_row_left_in_the_fifty_seventh_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_57["messages"]}
    assert set(HOLDOUT_57_LEFT) <= texts


HOLDOUT_58 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout58.yaml")
HOLDOUT_58_LEFT: dict[str, str] = {
    "lunsj m Veidekke i fredags, glemte å føre det 🙈": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "AF Gruppen – godt møte, vi tar en statusprat igjen i november": "held-out row not read as the file says yet (session 70): planned None != 2032-11-30",
    "Kaffe med Ruter ☕ tar det opp igjen om 14 dager": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Brynild tilbud 418 000 – nei, 481 000 kr 🍬 fingrene går fortere enn hodet": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "var akkurat innom bohus på alnabru de vil teste i fire varehus først så jeg sender et forslag på fredag": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Glemte å føre møtet med Yara forrige uke 🙈": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "Rettelse November Regnskap: 186 000 kr, ikke 168 000 – beklager 🙈": "held-out row not read as the file says yet (session 70): missed",
    "Befaring hos Tomra i Asker i dag sammen med Ole fra service": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "Smaksprøver hos Freia i dag og tilbudet gikk rett etterpå – 340 000 kr 🍫": "held-out row not read as the file says yet (session 70): kind offer != meeting; amount 340000.00 != None; second record missed",
    "Maxbo – oppstartsmøte i dag, befaring den 31.": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "butiksbesøg hos matas i lyngby i forgars med deres regionschef – lørdagstravlt 😅": "held-out row not read as the file says yet (session 70): missed",
    "Skar 80 t.kr. af Georg Jensen-tilbuddet – står nu i 560.000 kr.": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Magasin ringede – de vil have julevinduerne på plads inden J-dag 🎄": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Kaffemøde med Kims i sidste uge, har glemt at skrive det ind ☕": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "Rettelse Carlsberg: 2,08 mio. kr., ikke 2,8 🙈 tastefejl": "held-out row not read as the file says yet (session 70): missed",
    "Besøg hos Novozymes i Bagsværd i dag sammen med Peter fra teknik": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "Smagning hos Schulstad i morges og tilbuddet gik ud lige efter – 190 t.kr. 🍞": "held-out row not read as the file says yet (session 70): second record missed",
    "Ecco – godt møde, jeg sender tilbuddet i oktober 👟": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "Tusind Ting – godt møde, vi høres ved engang i november": "held-out row not read as the file says yet (session 70): the file likely, read sure",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_58, HOLDOUT_58_LEFT))
def test_the_fifty_eighth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout58.yaml (read on Monday 2032-11-01, the month's first day (nb, da)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_58, row)


def test_every_row_left_in_the_fifty_eighth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_58["messages"]}
    assert set(HOLDOUT_58_LEFT) <= texts


HOLDOUT_59 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout59.yaml")
HOLDOUT_59_LEFT: dict[str, str] = {
    "Var i Bjerringbro hos Grundfos i går til årets sidste møde 🎄 får det først skrevet ind nu": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Rockwool, Hedehusene – mødtes med fabrikschefen i mandags, stille i mellemdagene men god snak": "held-out row not read as the file says yet (session 70): a second record not said: meeting",
    "Novozymes – kort Teams i dag, jeg sender udkastet på mandag": "held-out row not read as the file says yet (session 70): missed",
    "FLSmidth – møde i dag, kickoff i januar 🚀": "held-out row not read as the file says yet (session 70): planned None != 2033-01-31",
    "Sejt Jonas med Lego 🧱👏 selv fik jeg endelig sendt tilbuddet til Royal Unibrew – 455.000 kr.": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Georg Jensen tilbud 270 t.kr. … slet det, 720 t.kr. er det rigtige 🙈": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "sidder i bilen efter mødet hos toms de kører en test med den nye flowpack i to uger og jeg sender et samlet tilbud på tirsdag": "held-out row not read as the file says yet (session 70): missed",
    "Nytår Fyrværkeri – kort møde 🎆 jeg sender ordrebekræftelsen i morgen formiddag, de har åbent til kl 12 nytårsaftensdag": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Besøg hos Føtex' hovedkontor sidste uge, blev aldrig logget pga. julekaos 🎄": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "Circle K – godt møde ⛽ jeg får sendt tilbuddet inden nytår": "held-out row not read as the file says yet (session 70): a second record not said: offer",
    "Rettelse Carlsberg: 2,04 mio. kr. – ikke 2,4 🙈 fedtefingre": "held-out row not read as the file says yet (session 70): missed",
    "Nilfisk: Anders fra service og jeg var derude i formiddags 🧹 de vil se på nye maskiner til foråret": "held-out row not read as the file says yet (session 70): missed",
    "Demo hos Lunar i formiddags, tilbuddet gik ud lige efter frokost – 290 t.kr.": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "Novo Nordisk – møde i dag, opfølgning aftalt d. 28.": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "Satt med Husqvarnas inköpare i Huskvarna igår, bra snack om vårens sortiment": "held-out row not read as the file says yet (session 70): missed",
    "skf i mandags, kort tel om kullagren till q1": "held-out row not read as the file says yet (session 70): missed",
    "Alfa Laval i Lund – genomgång idag, återkommer med kalkylen nästa vecka": "held-out row not read as the file says yet (session 70): missed",
    "Essity – bra möte, jag mejlar avtalsutkastet innan trettondagen": "held-out row not read as the file says yet (session 70): planned None != 2033-01-05",
    "Knut & Co Städ – bra möte 🧹 nästa möte på tjugondag Knut, passande nog": "held-out row not read as the file says yet (session 70): planned None != 2033-01-13",
    "ICA fick en sänkt offert idag – 1 950 000 kr istället för 2,3 mkr 🛒": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Skickade Postnord ett årsavtal: 360 tkr per år för spårningen 📦": "held-out row not read as the file says yet (session 70): missed",
    "precis klar hos pågen i malmö dom vill köra nya limpan i tre butiker först sen blir det större så jag skickar pilotupplägget på tisdag": "held-out row not read as the file says yet (session 70): missed",
    "Glögg med inköparen på Marabou förra veckan 🍷 aldrig loggat": "held-out row not read as the file says yet (session 70): missed",
    "KappAhl – kort möte, jag återkommer innan helgen": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "Abba Seafood: visade nya etiketten i morse och skickade offert efter lunch, 275 tkr 🐟": "held-out row not read as the file says yet (session 70): kind offer != meeting; amount 275000.00 != None; second record missed",
    "2032 landade på 97 % – Volvo-affären räddade året 💪": "held-out row not read as the file says yet (session 70): chatter in the file, read likely (win, 'Volvo Cars')",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_59, HOLDOUT_59_LEFT))
def test_the_fifty_ninth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout59.yaml (read on Thursday 2032-12-30, romjul, nyttårsaften tomorrow (da, sv)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_59, row)


def test_every_row_left_in_the_fifty_ninth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_59["messages"]}
    assert set(HOLDOUT_59_LEFT) <= texts


HOLDOUT_60 = bench.load(ROOT / "tests" / "corpus" / "messages_holdout60.yaml")
HOLDOUT_60_LEFT: dict[str, str] = {
    "Glemte å føre lunsjen med Schibsted på lille julaften 🎄 god prat om annonsepakken": "held-out row not read as the file says yet (session 70): kind call != meeting; date 2032-12-30 != 2032-12-23",
    "var nettopp hos peppes pizza på storo de vil teste det i fem restauranter først så jeg lager et pilotopplegg til dem på onsdag": "held-out row not read as the file says yet (session 70): planned None != 2033-01-05",
    "Glemte å føre møtet med Mills forrige uke, julestria tok meg 🙈": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "Gjensidige: møte i dag, jeg får sendt tilbudet før nyttår": "held-out row not read as the file says yet (session 70): a second record not said: offer",
    "Telenor – kort møte, vi tar en ny prat i romjula": "held-out row not read as the file says yet (session 70): missed",
    "Orkla-summen i sted var feil, riktig er 2,04 MNOK 🙈": "held-out row not read as the file says yet (session 70): missed",
    "Smaking hos Freia i formiddag, og tilbudet gikk rett etterpå – 385 000 kr 🍫": "held-out row not read as the file says yet (session 70): second record missed",
    "Planen er å besøke Tine på mandag for oppstart av leveransene 🥛": "held-out row not read as the file says yet (session 70): chatter in the file, read likely (meeting, 'Tine')",
    "Never logged my coffee with Hotel Chocolat on Christmas Eve ☕ they want Easter pricing by mid-Jan": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Call with Heathrow's ops team on Tuesday – bank holiday or not, airports don't stop ✈️": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Good session with Whitbread, I'll get the revised rates over tomorrow before everyone vanishes for New Year": "held-out row not read as the file says yet (session 70): planned None != 2032-12-31",
    "Dunelm – good meeting, proposal will be with them before the bank holiday": "held-out row not read as the file says yet (session 70): planned 2033-01-03 != 2032-12-31",
    "Rang Severn Trent, picking it back up Friday week once their engineers are back": "held-out row not read as the file says yet (session 70): planned None != 2033-01-07",
    "Lunch with Fuller's 🍺 back in with them a week today": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Ocado – quick call, kick-off booked for 3/1 at 9 (yes, the bank hol – their warehouses never shut)": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Halfords came back on price so I've resubmitted at £182k (down from £205k)": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "£36.9k to Card Factory for the Valentine's display units, quote went this morning 💌": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "Currys want to see the demo Tuesday at 11, agreed it over the phone": "held-out row not read as the file says yet (session 70): missed",
    "Wren Kitchens finally signed 🙌 £275k – and hats off to Priya for Tesco, what a week": "held-out row not read as the file says yet (session 70): the file sure, read likely",
    "dfs meeting in doncaster done, they reckon six stores for a trial first, ill put a pilot plan together for wednesday": "held-out row not read as the file says yet (session 70): planned None != 2033-01-05",
    "Yesterday's Bread – met their founder at the bakery today, great energy 🍞": "held-out row not read as the file says yet (session 70): customer 'Bread' != \"Yesterday's Bread\"",
    "Kingfisher – good call, contract goes over on the first working day of January": "held-out row not read as the file says yet (session 70): planned None != 2033-01-04",
    "Lush – lovely meeting 🛁 we'll pick it back up next year 😄": "held-out row not read as the file says yet (session 70): missed",
    "Serco – good meeting, I'll ring them Monday with the numbers": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "Innocent – great tasting 🥤 we'll catch up sometime in January": "held-out row not read as the file says yet (session 70): missed",
    "Greggs was £460k not £640k, sorry – fat thumbs on the earlier post": "held-out row not read as the file says yet (session 70): missed",
    "Arriva – call done, follow-up booked for the 29th": "held-out row not read as the file says yet (session 70): the file likely, read sure",
    "Resolution Fitness are signing on New Year's Day apparently 🤞 c. £41k": "held-out row not read as the file says yet (session 70): missed",
}


@pytest.mark.parametrize("row", **_held_out(HOLDOUT_60, HOLDOUT_60_LEFT))
def test_the_sixtieth_held_out_file_is_read_right_now(row: dict) -> None:
    """messages_holdout60.yaml (read on Thursday 2032-12-30, romjul, nyttårsaften tomorrow (nb, en)) was measured once before the rules it led
    to (its header); since then it is regression data."""
    _read_right_now(HOLDOUT_60, row)


def test_every_row_left_in_the_sixtieth_file_is_in_it() -> None:
    texts = {r["t"] for r in HOLDOUT_60["messages"]}
    assert set(HOLDOUT_60_LEFT) <= texts
