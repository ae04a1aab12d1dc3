"""Everyday shapes the lead's probe found (session 15, Monday 30 Nov 2026): a call that books a
meeting, two records of one kind with different customers, a day said beside one record,
durations glued onto names in commands, two known names joined as one, a known name that starts
with a digit. Each row failed on main cd31519."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.commands import parse_log_command

TODAY = date(2026, 11, 30)  # a Monday
KNOWN = [
    "Equinor", "Ericsson", "Novozymes", "Tryg", "Tine", "Orkla", "Kiwi", "Hydro", "Volvo Cars",
    "DNB", "Telia", "Aker BP", "3M", "H&M", "Brandt & Vinther ApS", "Axfood", "ICA",
]  # fmt: skip
OPEN = {"tine", "orkla", "kiwi", "ica", "axfood"}


def _read(text: str):  # type: ignore[no-untyped-def]
    return recognise(text, today=TODAY, known_customers=KNOWN, open_offers=OPEN)


def _chain(found):  # type: ignore[no-untyped-def]
    out = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        out.append(found)
        found = found.also
    return out


# 1. A call that books a meeting: the call held today is the record, the meeting its next step.
@pytest.mark.parametrize(
    ("text", "customer", "due"),
    [
        ("Ringte Equinor og booket møte neste uke", "Equinor", date(2026, 12, 11)),
        ("Ringde Ericsson och bokade möte till tisdag", "Ericsson", date(2026, 12, 1)),
        ("Ringede til Novozymes og bookede et møde på torsdag", "Novozymes", date(2026, 12, 3)),
        ("Called Tryg and booked a meeting for Thursday", "Tryg", date(2026, 12, 3)),
        ("Ringte Equinor og fikk møte på fredag", "Equinor", date(2026, 12, 4)),
    ],
)
def test_a_call_that_books_a_meeting_is_a_call_today_with_the_meeting_next(
    text: str, customer: str, due: date
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.SURE, ActivityKind.CALL, customer, TODAY,
    ), found.reasons  # fmt: skip
    assert not found.planned
    step = found.command().next_step
    assert step is not None and (step.what, step.due) == ("meeting", due)


def test_a_call_to_come_that_books_a_meeting_stays_a_plan() -> None:
    found = _read("Ringer Equinor og booker møte neste uke")
    assert found.planned  # "Ringer": the call is still to come, nothing counted


@pytest.mark.parametrize(
    ("kind", "text", "customer", "what", "due"),
    [
        (ActivityKind.CALL, "Ericsson bokade möte tisdag", "Ericsson", "möte", date(2026, 12, 1)),
        (ActivityKind.CALL, "Equinor booket møte neste uke", "Equinor", "møte", date(2026, 12, 11)),
        (ActivityKind.CALL, "Tryg booked a meeting for Thursday", "Tryg", "meeting", date(2026, 12, 3)),
        (ActivityKind.CALL, "Novozymes bookede et møde på torsdag", "Novozymes", "møde", date(2026, 12, 3)),
        (ActivityKind.CALL, "Equinor varm, fikk demo 3.12", "Equinor", "demo", date(2026, 12, 3)),
        (ActivityKind.MEETING, "Equinor i dag, avtalt ny befaring tirsdag", "Equinor", "befaring",
         date(2026, 12, 1)),
    ],
)  # fmt: skip
def test_a_command_reads_the_talk_booked_as_its_next_step(
    kind: ActivityKind, text: str, customer: str, what: str, due: date
) -> None:
    cmd = parse_log_command(kind, text, today=TODAY, known_customers=KNOWN)
    assert (cmd.customer, cmd.when, cmd.unread) == (customer, TODAY, None)
    assert cmd.next_step is not None and (cmd.next_step.what, cmd.next_step.due) == (what, due)


# 2. Two records of one kind, different customers, each with its own amount: each asked.
@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Vant Tine 340k og Orkla 1,1 mill", "win", [("Tine", 340_000), ("Orkla", 1_100_000)]),
        ("Signert med Tine (340k) og Orkla (1,1 mill)", "win",
         [("Tine", 340_000), ("Orkla", 1_100_000)]),
        ("Vann Tine 340k och Orkla 1,1 mkr", "win", [("Tine", 340_000), ("Orkla", 1_100_000)]),
        ("Vant Tine 340k + Orkla 1 mill", "win", [("Tine", 340_000), ("Orkla", 1_000_000)]),
        ("Vant Tine 340k & Orkla 1 mill", "win", [("Tine", 340_000), ("Orkla", 1_000_000)]),
        ("Won Tine 340k and Orkla 1.1m", "win", [("Tine", 340_000), ("Orkla", 1_100_000)]),
        ("Vandt Tine 340k og Orkla 1,1 mio", "win", [("Tine", 340_000), ("Orkla", 1_100_000)]),
        ("Tilbud til Tine 200k og Kiwi 150k", "offer", [("Tine", 200_000), ("Kiwi", 150_000)]),
        ("Sendte tilbud til Tine på 200k og Kiwi på 150k", "offer",
         [("Tine", 200_000), ("Kiwi", 150_000)]),
        ("Offert till ICA 200 000 kr och Axfood 150 000 kr", "offer",
         [("ICA", 200_000), ("Axfood", 150_000)]),
    ],
)  # fmt: skip
def test_each_customer_with_its_own_amount_is_asked_on_its_own(
    text: str, kind: str, expected: list[tuple[str, int]]
) -> None:
    found = _chain(_read(text))
    assert [(r.kind, r.customer, r.amount) for r in found] == [
        (ActivityKind(kind), customer, Decimal(amount)) for customer, amount in expected
    ]
    assert all(r.outcome is Outcome.LIKELY for r in found)  # two customers: never unasked


def test_meetings_with_two_known_customers_are_both_there() -> None:
    found = _chain(_read("Møter med Tine og Orkla i dag"))
    assert [(r.kind, r.customer) for r in found] == [
        (ActivityKind.MEETING, "Tine"),
        (ActivityKind.MEETING, "Orkla"),
    ]


def test_one_win_with_its_amount_stays_sure() -> None:
    found = _read("Vant Tine 340k")
    assert (found.outcome, found.also) == (Outcome.SURE, None)


# 3. A day belongs to the record it is said beside.
def test_a_day_said_beside_one_record_is_that_ones() -> None:
    text = "Kjempebra uke! Signert med Tine (340k), Orkla (1,1 mill) og møte med Hydro tirsdag"
    found = _chain(_read(text))
    assert [(r.kind, r.customer, r.when) for r in found] == [
        (ActivityKind.WIN, "Tine", TODAY),
        (ActivityKind.WIN, "Orkla", TODAY),
        (ActivityKind.MEETING, "Hydro", date(2026, 11, 24)),
    ]


def test_a_day_said_before_them_all_is_each_ones() -> None:
    found = _chain(_read("I går: vant Tine 340k og Orkla 1,1 mill"))
    assert [r.when for r in found] == [date(2026, 11, 29)] * 2


# 6. A number and a unit of time after a name is how long it took: the note, never the name.
@pytest.mark.parametrize(
    ("kind", "text", "customer", "note", "unread"),
    [
        (ActivityKind.CALL, "Volvo 15 min, ljummen", "Volvo", "15 min", "ljummen"),
        (ActivityKind.CALL, "Volvo 15 min ljummen", "Volvo", "15 min", "ljummen"),
        (ActivityKind.MEETING, "Skanska 2 timer, bra møte", "Skanska", "2 timer", None),
        (ActivityKind.CALL, "Posten 20 minutter, lunken", "Posten", "20 minutter", "lunken"),
        (
            ActivityKind.CALL,
            "Greggs 10 mins, keen",
            "Greggs",
            "10 mins, keen",
            None,
        ),  # (64: their mood)
        (ActivityKind.MEETING, "Fazer 1,5 timmar, het", "Fazer", "1,5 timmar", None),
        (ActivityKind.CALL, "DNB 20 minutter, lunken", "DNB", "20 minutter", "lunken"),
        (ActivityKind.CALL, "Telia 5 min samtale", "Telia", "5 min", None),
    ],
)
def test_a_duration_after_a_name_is_the_note(
    kind: ActivityKind, text: str, customer: str, note: str, unread: str | None
) -> None:
    cmd = parse_log_command(kind, text, today=TODAY, known_customers=KNOWN)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, note, unread)


def test_a_number_in_a_name_stays_the_names() -> None:
    for text, customer in (
        ("Rema 1000", "Rema 1000"),
        ("Sparebank 1 SMN i dag", "Sparebank 1 SMN"),
    ):
        cmd = parse_log_command(ActivityKind.MEETING, text, today=TODAY, known_customers=KNOWN)
        assert cmd.customer == customer


# 7. Two known names joined: two customers, refused with both ways out.
@pytest.mark.parametrize(
    "text", ["Aker BP & Equinor i dag", "Aker BP og Equinor i dag", "Tine + Orkla i går",
             "Tine and Orkla today", "Tine och Orkla idag"],
)  # fmt: skip
def test_two_known_names_joined_are_two_customers(text: str) -> None:
    with pytest.raises(Exception) as raised:
        parse_log_command(ActivityKind.MEETING, text, today=TODAY, known_customers=KNOWN)
    assert raised.value.args[0] == "one_or_two_customers"
    first, _, rest = text.partition(" ")
    said = raised.value.args[1]
    assert said["first"] in ("Aker BP", "Tine") and said["second"] in ("Equinor", "Orkla")


@pytest.mark.parametrize("name", ["H&M", "Brandt & Vinther ApS"])
def test_a_known_name_with_an_ampersand_stays_one(name: str) -> None:
    cmd = parse_log_command(
        ActivityKind.MEETING, f"{name} i går", today=TODAY, known_customers=KNOWN
    )
    assert (cmd.customer, cmd.when) == (name, date(2026, 11, 29))


# 8. A known customer whose name starts with a digit is a customer; names or keys alike.
@pytest.mark.parametrize("known", [["3M"], {"3M"}, {"3m"}])
def test_a_known_digit_first_name_is_a_customer(known) -> None:  # type: ignore[no-untyped-def]
    cmd = parse_log_command(ActivityKind.MEETING, "3M i går", today=TODAY, known_customers=known)
    assert (cmd.customer, cmd.when) == ("3M", date(2026, 11, 29))


# 4. Talking with a customer, just now ("har lige talt med"): a call, as its siblings read.
@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Jeg har lige talt med Novozymes, de vil have et nyt tilbud", "Novozymes"),
        ("Har lige talt med Novozymes", "Novozymes"),
        ("Har nettopp snakket med Equinor, de vil ha et nytt tilbud", "Equinor"),
        ("Har just pratat med Ericsson, de vill ha en ny offert", "Ericsson"),
        ("Just spoke to Equinor, they want a new offer", "Equinor"),
    ],
)
def test_a_talk_just_now_is_a_call_and_the_offer_they_want_is_none(
    text: str, customer: str
) -> None:
    found = _read(text)
    assert (found.kind, found.customer, found.when, found.also) == (
        ActivityKind.CALL, customer, TODAY, None,
    ), found.reasons  # fmt: skip
    assert found.outcome is not Outcome.NOTHING


@pytest.mark.parametrize(
    "text", ["Vi har ikke talt med Novozymes endnu", "Har du talt med Novozymes?"]
)
def test_a_talk_not_had_or_asked_about_is_nothing(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


# 5. A known customer took the deal ("ble med på årsavtale"): a win, asked; a year's deal at a
# monthly price is worth twelve months of it.
@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Tine ble med på årsavtale 28 000/mnd", "Tine", 336_000),
        ("Tine går for årsavtalen, 28 000 pr mnd", "Tine", 336_000),
        ("Kiwi went for the annual contract at 12k a month", "Kiwi", 144_000),
        ("Signert årsavtale med Tine, 28 000/mnd", "Tine", 336_000),
        ("Orkla gikk med på avtalen, 340k", "Orkla", 340_000),
    ],
)
def test_a_customer_taking_the_deal_is_a_win_asked(text: str, customer: str, amount: int) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        Outcome.LIKELY, ActivityKind.WIN, customer, Decimal(amount),
    ), found.reasons  # fmt: skip


def test_a_customer_choosing_another_company_stays_a_loss() -> None:
    found = _read("Tine valgte Visma")
    assert (found.outcome, found.kind) == (Outcome.LIKELY, ActivityKind.LOSS)
