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
        # a Finland-Swede's "int" (inte): was a meeting with UPM, stored
        "Fick int ens ett möte med UPM, de svarar int på mejl.",
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # was an offer of kr 964 111 (the registration number read as its amount)
        (
            "Sendte tilbud til Bergen kommune (org.nr 964 111 222) i dag, 450k",
            [(S, OF, "Bergen kommune", Decimal(450_000), FRIDAY)],
        ),
        ("Vant Novo (CVR 24256790) 1,2 mio", [(S, W, "Novo", Decimal(1_200_000), FRIDAY)]),
        (
            "Tilbud til Tine org.nr: 912 345 678 på 200 000",
            [(S, OF, "Tine", Decimal(200_000), FRIDAY)],
        ),
    ],
)
def test_a_registration_number_is_no_amount(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


def test_an_offer_with_only_a_registration_number_wants_its_amount() -> None:
    [(outcome, kind, customer, amount, _)] = _read(
        "Sendte tilbud til Bergen kommune (org.nr 964 111 222) i dag"
    )
    assert (outcome, kind, customer, amount) == (LI, OF, "Bergen kommune", None)


@pytest.mark.parametrize(
    ("text", "customer", "when"),
    [
        ("Møtet med Jysk i går var kjedelig", "Jysk", THURSDAY),
        (
            "Kaldt ute (-14), men møtet med Felleskjøpet i går var varmt 🔥",
            "Felleskjøpet",
            THURSDAY,
        ),
        ("Mötet med Volvo igår var trevligt", "Volvo", THURSDAY),
        ("The meeting with Tesco yesterday was interesting", "Tesco", THURSDAY),
    ],
)
def test_the_meeting_said_as_it_was(text, customer, when) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == [(S, M, customer, None, when)]


@pytest.mark.parametrize(
    "text",
    ["The meeting with Tesco was cancelled", "Møtet med Tine i går var avlyst"],
)
def test_a_meeting_called_off_is_none(text) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == []


def test_a_country_after_a_first_name_is_no_customer_stored_unasked() -> None:
    # was a call to a customer "Sverige", stored (the first name "Mio" passed over)
    [(outcome, kind, _, _, _)] = _read("Ringte Mio i Sverige i dag, kontaktperson Lars")
    assert (outcome, kind) == (LI, ActivityKind.CALL)
    assert _read("Møte med Telia Norge i dag") == [(S, M, "Telia Norge", None, FRIDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # was asked with no amount: the amount in backticks taken out with any code
        (
            "`kr 320.000,-` fra Jernia, *signert* i dag 🙌",
            [(S, W, "Jernia", Decimal(320_000), FRIDAY)],
        ),
        ("Vant Tine `450k`", [(S, W, "Tine", Decimal(450_000), FRIDAY)]),
        # was asked: "7-Eleven" read as a noun in its definite form ("-en")
        (
            "7-Eleven signerte tors 3.12 – 14 butikker, kr 1 300 000 totalt",
            [(S, W, "7-Eleven", Decimal(1_300_000), THURSDAY)],
        ),
    ],
)
def test_an_amount_in_code_and_a_numbered_name(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


def test_other_code_is_still_not_read() -> None:
    assert _read("Kjør `git pull` og `make 2`") == []


@pytest.mark.parametrize(
    "text",
    [
        "Om Volvo valde oss blir det 2,2 mkr",  # was a win of a customer "Om Volvo", stored
        "Om Tine signerer blir det 400k",
        "Vi ses i morgen. Om Orkla velger oss blir det fest",
    ],
)
def test_om_and_a_name_and_what_they_do_is_a_condition(text) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == []


def test_om_a_name_and_a_colon_is_about_it() -> None:
    # was a meeting with a customer "Om Volvo"
    assert _read("Om Volvo: möte igår, bra") == [(S, M, "Volvo", None, THURSDAY)]
