"""Session 47 (the lead): channel messages from held-out sets written by helpers who never saw the
code (/work/held47, not in the repository), each a class of variants: an emoji as Slack sends it
(":tada:", ":smile:") between two clauses read as nothing where its pictograph was read; the
customer's yes or no said in the present tense ("godkände anbudet", "accept our offer", "tackar
nej", "väljer oss"); "didn't get the deal with X"; "landa" (landed, Norwegian colloquial); a
transposed "mtoe" after "hadde"."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

FRIDAY = date(2026, 12, 4)
THURSDAY = date(2026, 12, 3)
HALF_PAST_THREE = time(15, 30)
KNOWN = ["Tine", "Orkla", "Tesco"]
M, OF, W, L = ActivityKind.MEETING, ActivityKind.OFFER, ActivityKind.WIN, ActivityKind.LOSS
S, LI = Outcome.SURE, Outcome.LIKELY


def _read(text: str):  # type: ignore[no-untyped-def]
    found = recognise(text, today=FRIDAY, known_customers=KNOWN, posted=HALF_PAST_THREE)
    return [
        (r.outcome, r.kind, r.customer, r.amount, r.when)
        for r in chain(found)
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # was nothing: the shortcode's colons left the run-on sentence unpunctuated
        ("Møte med Tine i går :tada: de vil se en pilot", [(S, M, "Tine", None, THURSDAY)]),
        (
            "Møte med Mester Grønn på Skøyen i går :handshake: de vil se en pilot",
            [(S, M, "Mester Grønn", None, THURSDAY)],
        ),
        # was nothing: an emoji of no meaning dropped, the two clauses run together
        ("Møte med Tine :smile: de vil se en pilot", [(S, M, "Tine", None, FRIDAY)]),
        (
            "Møte med Tine i dag :slightly_smiling_face: de vil ha pris",
            [(S, M, "Tine", None, FRIDAY)],
        ),
        # as before
        ("Vant Tine :tada: 400k", [(S, W, "Tine", Decimal(400_000), FRIDAY)]),
        ("Møte med Tine i går 🎉 de vil se en pilot", [(S, M, "Tine", None, THURSDAY)]),
    ],
)
def test_an_emoji_as_slack_sends_it_reads_as_its_pictograph(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Outokumpu said they accept our offer of 45 000 €",
            [(S, W, "Outokumpu", Decimal(45_000), FRIDAY)],
        ),
        (
            "Stockmann godkände anbudet! 120 000 euro",
            [(S, W, "Stockmann", Decimal(120_000), FRIDAY)],
        ),
        ("Orkla godkjenner tilbudet, 300k", [(S, W, "Orkla", Decimal(300_000), FRIDAY)]),
        # present tense of "chose us": asked, as a weak word of a win is
        ("Tine velger oss! 400k", [(LI, W, "Tine", Decimal(400_000), FRIDAY)]),
        ("Getinge tackar nej till vår offert", [(LI, L, "Getinge", None, FRIDAY)]),
        ("Salling — nej tak fra dem 😞", [(LI, L, "Salling", None, FRIDAY)]),
        ("Vi fikk ikke avtalen med Tine.", [(LI, L, "Tine", None, FRIDAY)]),
        (
            "We didn't get the deal with Tesco, they went elsewhere",
            [(LI, L, "Tesco", None, FRIDAY)],
        ),
    ],
)
def test_the_customers_answer_in_the_present_tense(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Will Tesco accept our offer of £40k?",
        "Hope Tesco accept our offer of £40k",
        "Hoppas Volvo väljer oss, 2,2 mkr",
        "Tine har lest tilbudet",
        "Flyet landa på Gardermoen kl 14",
        "Vi ska landa Volvo före jul, 2 mkr",
    ],
)
def test_a_hope_a_question_or_a_plane_is_no_answer(text) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Landa Apotek 1 nå nettopp!! 2,4 MNOK over tre år :tada::tada:",
            [(S, W, "Apotek 1", Decimal(2_400_000), FRIDAY)],
        ),
        ("Tine landa i dag! 2,4 MNOK", [(S, W, "Tine", Decimal(2_400_000), FRIDAY)]),
        ("Landa Tine i dag", [(LI, W, "Tine", None, FRIDAY)]),
        ("Hadde mtoe med Tine i dag", [(S, M, "Tine", None, FRIDAY)]),
        ("Hade mtoe med Volvo igår", [(S, M, "Volvo", None, THURSDAY)]),
    ],
)
def test_landa_and_a_transposed_meeting(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected
