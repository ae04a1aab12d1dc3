"""Session 23 (cmds23), the log commands' texts as the sellers meant them:
- an offer's validity said without a comma ("/logoffer Equinor 1.250.000,- gyldig til 20.12") was
  asked as unread words (after a comma it was the note already); a day gone after them was read as
  the offer's own day ("gyldig til 20.06" stored the offer on 20 June);
- a call nobody answered ("/logcall Atlas Copco ingen svar") was asked: the call's note;
- an upsell, extension or renewal ("/logoffer Equinor 300k utvidelse") was asked: the note."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.capture import cues
from bot.services.commands import parse_log_command
from bot.services.dates import FIRST_TALK, TALK_ORDINALS

OFFER, WIN, CALL, MEETING = (
    ActivityKind.OFFER, ActivityKind.WIN, ActivityKind.CALL, ActivityKind.MEETING,
)  # fmt: skip
MONDAY = date(2027, 6, 28)


def _read(kind: ActivityKind, text: str, krone: str = "NOK") -> tuple:
    cmd = parse_log_command(kind, text, today=MONDAY, krone=krone)
    return cmd.customer, cmd.when, cmd.amount, cmd.note, cmd.unread


@pytest.mark.parametrize(
    ("kind", "text", "krone", "customer", "amount", "note"),
    [
        (OFFER, "Equinor 1.250.000,- gyldig til 20.12", "NOK", "Equinor", 1_250_000, "gyldig til 20.12"),
        (OFFER, "Equinor 300k gyldig til 20.12", "NOK", "Equinor", 300_000, "gyldig til 20.12"),
        (OFFER, "Volvo 450 tkr giltig till 20/12", "SEK", "Volvo", 450_000, "giltig till 20/12"),
        (OFFER, "Novo 1,2 mio gyldigt til 20.12", "DKK", "Novo", 1_200_000, "gyldigt til 20.12"),
        (OFFER, "Tesco £40k valid until 20 Dec", "NOK", "Tesco", 40_000, "valid until 20 Dec"),
        (OFFER, "Tesco £40k valid till 20 Dec", "NOK", "Tesco", 40_000, "valid till 20 Dec"),
        (OFFER, "Tesco £40k expires 20/12", "NOK", "Tesco", 40_000, "expires 20/12"),
        (OFFER, "Equinor 300k gyldig 30 dager", "NOK", "Equinor", 300_000, "gyldig 30 dager"),
        (OFFER, "Equinor 300k frist 20.12", "NOK", "Equinor", 300_000, "frist 20.12"),
        # a day gone: how long it held, never the offer's own day (was stored on 20 June)
        (OFFER, "Equinor 300k gyldig til 20.06", "NOK", "Equinor", 300_000, "gyldig til 20.06"),
        (WIN, "Equinor 300k gyldig til 20.12", "NOK", "Equinor", 300_000, "gyldig til 20.12"),
        # upsell, extension, renewal: what the offer is, the note
        (OFFER, "Equinor 300k utvidelse", "NOK", "Equinor", 300_000, "utvidelse"),
        (OFFER, "Equinor utvidelse 300k", "NOK", "Equinor", 300_000, "utvidelse"),
        (OFFER, "Volvo 450 tkr merförsäljning", "SEK", "Volvo", 450_000, "merförsäljning"),
        (OFFER, "Volvo 450 tkr utökning", "SEK", "Volvo", 450_000, "utökning"),
        (OFFER, "Tine 300k tilleggssalg", "NOK", "Tine", 300_000, "tilleggssalg"),
        (OFFER, "Matas 200.000 kr tilkøb", "DKK", "Matas", 200_000, "tilkøb"),
        (OFFER, "Matas 200.000 kr udvidelse", "DKK", "Matas", 200_000, "udvidelse"),
        (OFFER, "Tesco £40k upsell", "NOK", "Tesco", 40_000, "upsell"),
        (OFFER, "Tesco £40k renewal of the licences", "NOK", "Tesco", 40_000, "renewal of the licences"),
        (WIN, "Novo 1,2 mio fornyelse", "DKK", "Novo", 1_200_000, "fornyelse"),
        (WIN, "Scania 800 tkr förnyelse", "SEK", "Scania", 800_000, "förnyelse"),
        (WIN, "Aviva £90k extension", "NOK", "Aviva", 90_000, "extension"),
    ],
)  # fmt: skip
def test_what_an_offer_is_said_after_its_amount_is_its_note(
    kind: ActivityKind, text: str, krone: str, customer: str, amount: int, note: str
) -> None:
    assert _read(kind, text, krone) == (customer, MONDAY, Decimal(amount), note, None)


@pytest.mark.parametrize(
    "text",
    [
        "Atlas Copco ingen svar", "Atlas Copco uten svar", "Volvo inget svar", "Volvo svarade inte",
        "Novo intet svar", "Novo uden svar", "Tesco no answer", "Tesco voicemail",
        "Orkla svarte ikke", "Orkla fikk ingen svar", "Novo svarede ikke",
    ],
)  # fmt: skip
def test_a_call_nobody_answered_is_noted(text: str) -> None:
    customer = text.rsplit(" ", 2)[0] if text.split()[1][:1].isupper() else text.split()[0]
    words = text[len(customer) + 1 :]
    assert _read(CALL, text) == (customer, MONDAY, None, words, None)


def test_no_answer_on_a_day_said_keeps_the_day() -> None:
    assert _read(CALL, "Tesco i går no answer") == (
        "Tesco",
        date(2027, 6, 27),
        None,
        "no answer",
        None,
    )


@pytest.mark.parametrize(
    ("kind", "text", "unread"),
    [
        (MEETING, "Orkla ingen svar", "ingen svar"),  # a meeting with no answer: asked still
        (OFFER, "Tine 300k utvidelse 50 lisenser", "utvidelse 50 lisenser"),  # a number: asked
    ],
)
def test_what_is_not_said_of_the_talk_stays_asked(
    kind: ActivityKind, text: str, unread: str
) -> None:
    assert _read(kind, text)[4] == unread


# --- commands_holdout22.yaml (read on Friday 14 May 2027), what generalises -----------------

FRIDAY = date(2027, 5, 14)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "when", "unread"),
    [
        # a name that starts with a day ("17 Mai"), its form, then the day it was: was refused as
        # a meeting on 17 May, ahead
        (MEETING, "17 Mai Catering AS i går, het", "17 Mai Catering AS", date(2027, 5, 13), None),
        (MEETING, "13 May Catering Ltd yesterday", "13 May Catering Ltd", date(2027, 5, 13), None),
        # a figure and capitals on a meeting or call: the name (neither has an amount); was
        # refused, no customer
        (MEETING, "3M last Monday, warm", "3M", date(2027, 5, 10), None),
        (MEETING, "3M Norge i går", "3M Norge", date(2027, 5, 13), None),
        (CALL, "3M", "3M", FRIDAY, None),
        # the latest bank holiday Monday for done work (was Monday alone, 10 May, with "bank
        # holiday" asked)
        (MEETING, "Tesco bank holiday Monday, hot", "Tesco", date(2027, 5, 3), None),
        (MEETING, "May Day Catering Ltd bank holiday Monday", "May Day Catering Ltd", date(2027, 5, 3), None),
    ],
)  # fmt: skip
def test_held_out_names_and_days_are_read(
    kind: ActivityKind, text: str, customer: str, when: date, unread: str | None
) -> None:
    cmd = parse_log_command(kind, text, today=FRIDAY, krone="NOK")
    assert (cmd.customer, cmd.when, cmd.unread) == (customer, when, unread)


def test_an_upsell_naming_its_contracts_year_is_the_note() -> None:
    cmd = parse_log_command(
        WIN, "Sainsbury's £1.6m today, upsell on the 2025 contract", today=FRIDAY
    )
    assert (cmd.customer, cmd.amount, cmd.currency, cmd.note, cmd.unread) == (
        "Sainsbury's", Decimal(1_600_000), "GBP", "upsell on the 2025 contract", None,
    )  # fmt: skip


# --- a quoted name is the name the seller insisted on ---------------------------------------


@pytest.mark.parametrize(
    ("text", "customer", "when"),
    [
        ('"1"', "1", MONDAY),
        ('"1" i går', "1", date(2027, 6, 27)),
        # a day or a talk's ordinal inside the quotes is the name's (were read: a customer "0" met
        # on 10 November, "November om budsjett" with "18th møte" the note)
        ('"0 2026-11-10"', "0 2026-11-10", MONDAY),
        ('"Uke 48 AS" i går', "Uke 48 AS", date(2027, 6, 27)),
        ('"November 18th møte AS"', "November 18th møte AS", MONDAY),
    ],
)
def test_a_quoted_name_is_taken_as_typed(text: str, customer: str, when: date) -> None:
    for kind in (MEETING, CALL, WIN):
        cmd = parse_log_command(kind, text, today=MONDAY)
        assert (cmd.customer, cmd.when, cmd.unread) == (customer, when, None), kind


def test_digits_alone_unquoted_are_no_customer() -> None:
    with pytest.raises(UserError) as refused:
        parse_log_command(MEETING, "1", today=MONDAY)
    assert refused.value.code == "not_a_customer"


# --- which talk it is: one list for both readers --------------------------------------------


def test_the_talk_ordinals_are_one_list_for_commands_and_channel_messages() -> None:
    assert cues._ORDINALS is TALK_ORDINALS
    for word in sorted(TALK_ORDINALS | FIRST_TALK):
        noun = "mötet" if ":" in word else "meeting" if word[:1].isdigit() else "møte"
        cmd = parse_log_command(MEETING, f"Novo i går, {word} {noun}", today=MONDAY)
        assert (cmd.customer, cmd.when, cmd.note) == ("Novo", date(2027, 6, 27), f"{word} {noun}")


# --- a count of talks said on days of their own ---------------------------------------------


@pytest.mark.parametrize(
    ("kind", "text", "days"),
    [
        (CALL, "Orkla 2 ganger mandag og onsdag", (date(2027, 6, 23), date(2027, 6, 28))),
        (MEETING, "Volvo 2 gånger i går och i dag", (date(2027, 6, 27), date(2027, 6, 28))),
        (CALL, "Tesco twice, Friday and Thursday", (date(2027, 6, 24), date(2027, 6, 25))),
    ],
)
def test_a_count_said_on_days_of_their_own_is_never_put_on_one(
    kind: ActivityKind, text: str, days: tuple[date, date]
) -> None:
    # Was both talks on the day read last, the other day asked as unread words; refused with
    # each day's command (session 23); one talk on each day, asked with one click (readers24)
    cmd = parse_log_command(kind, text, today=MONDAY)
    assert (cmd.days, cmd.when, cmd.times, cmd.unread) == (days, days[0], 2, None)


def test_a_count_on_one_day_is_that_many_talks() -> None:
    cmd = parse_log_command(CALL, "Orkla 2 ganger onsdag", today=MONDAY)
    assert (cmd.when, cmd.times, cmd.unread) == (date(2027, 6, 23), 2, None)
