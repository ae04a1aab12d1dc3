"""Session 41 (held-out commands): a remark after a comma or a full stop, once everything else
was read, is the note ("Aker BP i går, gikk bra. neste: demo fredag"); it was asked as unread
every time. Anything in it a figure might depend on stays asked: a day (or a slip of one), a
period, a count, a temperature (or a slip of one), a step, a cancellation, a negation, another
customer, one word alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command
from bot.services.customers import customer_key

M, C, OFFER, W = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER, ActivityKind.WIN
FRIDAY = date(2026, 12, 4)
KNOWN = {customer_key(name) for name in ("Tine", "Orkla", "Kiwi")}


def parse(kind: ActivityKind, text: str, language: str = "nb"):  # type: ignore[no-untyped-def]
    return parse_log_command(
        kind, text, today=FRIDAY, krone="NOK", known_customers=KNOWN, language=language
    )


@pytest.mark.parametrize(
    ("kind", "text", "customer", "day", "note"),
    [
        (M, "Aker BP i går, gikk bra. neste: demo fredag", "Aker BP", date(2026, 12, 3), "gikk bra"),
        (M, "Mølle & Co ApS i går, god snak. opfølgning i næste uge", "Mølle & Co ApS", date(2026, 12, 3), "god snak"),
        (M, "Bang & Olufsen den 2., meget positiv, hot", "Bang & Olufsen", date(2026, 12, 2), "meget positiv"),
        (M, "Storm Tuesday, intro meeting", "Storm", date(2026, 12, 1), "intro meeting"),
        (C, "Ambu 28/11 kl 14, sendt materiale", "Ambu", date(2026, 11, 28), "sendt materiale"),
        (M, "bakeriet mandag, prat om kassesystem", "bakeriet", date(2026, 11, 30), "prat om kassesystem"),
        (M, "Tine. great chat with the buyer", "Tine", FRIDAY, "great chat with the buyer"),
        (M, "Volvo Cars 2/12, demo för IT-avdelningen. Bra feedback!", "Volvo Cars", date(2026, 12, 2), "demo för IT-avdelningen. Bra feedback"),
        (M, "Tine, de ble med på et pilotprosjekt", "Tine", FRIDAY, "de ble med på et pilotprosjekt"),
        (W, "Hansen & Dahl AS 1,2 mill. kontrakt signert! oppstart januar", "Hansen & Dahl AS", FRIDAY, "kontrakt signert! oppstart januar"),
        (OFFER, "Kiwi 300k, inkluderer opplæring og oppsett", "Kiwi", FRIDAY, "inkluderer opplæring og oppsett"),
    ],
)  # fmt: skip
def test_a_remark_after_a_comma_or_a_full_stop_is_the_note(kind, text, customer, day, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.when, cmd.note, cmd.unread) == (customer, day, note, None)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (M, "Tine, igr"),  # a slip of a day
        (M, "Tine, yestrdayy"),  # (session 45: "yesterdy" is read as yesterday)
        (M, "Tine, mrg"),
        (M, "Tine, avlyst"),  # the meeting did not happen
        (M, "Tine, møtet ble flyttet"),
        (M, "Tine, ble ikke noe av"),  # a negation
        (C, "Tine, varmm lead"),  # a slip of a temperature
        (M, "Tine, skal sende tilbud"),  # a plan without its day
        (M, "Tine, sende tilbud"),
        (C, "Tine, møte"),  # a talk to come, one word
        (OFFER, "Tine 300k, treårig avtale"),  # a period the price may be per
        (OFFER, "Tine 300k, i måneden"),
        (M, "Tine, følger opp etter vinterferien"),  # a step hung on a season
        (M, "Tine, tre av dem kom"),  # a count
        (W, "Tine 300k, men bare halvparten"),  # a part of the amount
        (M, "Tine, også bama"),  # another customer, written small
        (OFFER, "Tine 300k, løpende"),  # a price that recurs
        (OFFER, "Tine 300k, før rabatt"),  # before or after a discount?
        (M, "Tine, januar"),  # a month may be a talk's day
        (M, "Tine i går, Orkla"),  # a name with a capital
        (M, "Tine i dag, fornøyd"),  # one word alone may be a name
        (M, "Tine fikk høre om prisen"),  # no comma: right after the name, asked as before
    ],
)
def test_what_a_figure_may_depend_on_is_never_a_silent_note(kind, text) -> None:  # type: ignore[no-untyped-def]
    try:
        cmd = parse(kind, text)
    except UserError:  # refused or asked with its own question: never the note
        return
    assert cmd.unread, cmd  # shown with the question, never stored as a note


def test_a_known_customer_in_a_remark_is_no_note() -> None:
    with pytest.raises(UserError) as err:
        parse(M, "Tine, orkla og kiwi")
    assert err.value.code == "two_customers"
