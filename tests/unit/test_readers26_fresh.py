"""readers26: 30 fresh messages and commands in four languages around this session's shapes
(plans said in the future, customers typed in lowercase, a name and an amount alone, losses with
their reason, a second customer in brackets), written after the fixes, not designed for: each
read as a colleague would read it. Read on Tuesday 1 December 2026 at 09:00."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import KnownCustomers, Outcome, recognise
from bot.services.commands import parse_log_command
from bot.services.dates import UserError

TUESDAY = date(2026, 12, 1)
KNOWN = KnownCustomers.of(
    ["Telenor", "Electrolux", "Novo", "Kiwi", "Netto", "Posten", "ICA", "Tine", "Boots"]
)
M, C, OF, W, L = (
    ActivityKind.MEETING,
    ActivityKind.CALL,
    ActivityKind.OFFER,
    ActivityKind.WIN,
    ActivityKind.LOSS,
)
S, Q, N = Outcome.SURE, Outcome.LIKELY, Outcome.NOTHING
THU, FRI, MON, TUE = date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 7), date(2026, 12, 8)
WED = date(2026, 12, 2)

# text, outcome, kind, customer, amount, the plan's (what, due), the step's (what, due), reason
MESSAGES = [
    # plans said ahead (nb, sv, da, en)
    (
        "Vi skal ha møte med Telenor på fredag kl 10",
        S,
        M,
        "Telenor",
        None,
        ("meeting kl 10", FRI),
        None,
        None,
    ),
    (
        "skal møte Kiwi i morgen kl. 13.30",
        S,
        M,
        "Kiwi",
        None,
        ("meeting kl. 13.30", WED),
        None,
        None,
    ),
    (
        "Ska ha möte med Electrolux på torsdag",
        S,
        M,
        "Electrolux",
        None,
        ("meeting", THU),
        None,
        None,
    ),
    ("Vi ska träffa ICA på måndag kl 14", S, M, "ICA", None, ("meeting kl 14", MON), None, None),
    ("Skal have møde med Novo torsdag kl 9", S, M, "Novo", None, ("meeting kl 9", THU), None, None),
    ("Vi skal mødes med Netto i morgen", S, M, "Netto", None, ("meeting", WED), None, None),
    ("We'll meet Boots on Thursday at 11", S, M, "Boots", None, ("meeting at 11", THU), None, None),
    ("I will visit Tine on Friday", S, M, "Tine", None, ("meeting", FRI), None, None),
    (
        "Skal ha møte med Telenor torsdag, gleder meg!",
        S,
        M,
        "Telenor",
        None,
        ("meeting", THU),
        None,
        None,
    ),
    ("Skal ha møte med Telenor neste uke", N, None, None, None, None, None, None),
    (
        "Ska träffa Electrolux, nån som vet vem som är inköpschef?",
        N,
        None,
        None,
        None,
        None,
        None,
        None,
    ),
    # another talk said beside a record
    (
        "Møte med Tine i dag, vi tar en ny prat fredag",
        S,
        M,
        "Tine",
        None,
        None,
        ("tar en ny prat", FRI),
        None,
    ),
    (
        "Möte med ICA idag, tar ett nytt snack på tisdag kl 10",
        S,
        M,
        "ICA",
        None,
        None,
        ("tar ett nytt snack kl 10", TUE),
        None,
    ),
    (
        "Met Kiwi today, having another chat Monday",
        S,
        M,
        "Kiwi",
        None,
        None,
        ("having another chat", MON),
        None,
    ),
    # customers in lowercase; a name and an amount alone
    ("telenor 250k", Q, OF, "Telenor", Decimal(250_000), None, None, None),
    ("95k novo", Q, OF, "Novo", Decimal(95_000), None, None, None),
    ("ica: 300 000 kr", Q, OF, "ICA", Decimal(300_000), None, None, None),
    ("posten 450'", Q, OF, "Posten", Decimal(450_000), None, None, None),
    ("aarhus vand 120.000 kr", Q, OF, "Aarhus vand", Decimal(120_000), None, None, None),
    ("bergen 400k", N, None, None, None, None, None, None),  # a town, no customer
    ("kiwi 95k?", N, None, None, None, None, None, None),
    ("møde med novo i går, varm", S, M, "Novo", None, None, None, None),
    # losses and their reasons
    ("Tapte Tine, for dyre, ca 250k", Q, L, "Tine", None, None, None, "for dyre, ca 250k"),
    (
        "Förlorade ICA till konkurrenten, 1,2 mkr",
        Q,
        L,
        "ICA",
        None,
        None,
        None,
        "till konkurrenten, 1,2 mkr",
    ),
    (
        "Tabte Novo i går, de gik med en anden leverandør",
        Q,
        L,
        "Novo",
        None,
        None,
        None,
        "de gik med en anden leverandør",
    ),
]


@pytest.mark.parametrize(
    ("text", "outcome", "kind", "customer", "amount", "plan", "step", "reason"),
    MESSAGES,
    ids=[row[0][:40] for row in MESSAGES],
)
def test_fresh_messages_are_read_as_a_colleague_reads_them(  # noqa: PLR0913
    text, outcome, kind, customer, amount, plan, step, reason
) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=TUESDAY, known_customers=KNOWN, posted=time(9, 0))
    assert (found.outcome, found.kind if outcome is not N else None) == (outcome, kind), found
    if outcome is N:
        return
    assert (found.customer, found.amount, found.reason) == (customer, amount, reason), found
    got_plan = (found.next_step.what, found.next_step.due) if found.next_step else None
    got_step = (found.follow_up.what, found.follow_up.due) if found.follow_up else None
    assert (got_plan, got_step) == (plan, step), found
    if plan is not None:
        assert found.when == TUESDAY  # planned, never held on its day


COMMANDS = [
    (M, "Posten (og Bring)", ("Posten", "Bring")),
    (C, "Tine (and Kiwi) i går", ("Tine", "Kiwi")),
    (OF, "Electrolux 2,5 mkr (+ ICA)", ("Electrolux", "ICA")),
    (L, "Netto (og Rema 1000), pris", ("Netto", "Rema 1000")),
]


@pytest.mark.parametrize(("kind", "text", "names"), COMMANDS, ids=[c[1] for c in COMMANDS])
def test_fresh_commands_with_a_second_customer_in_brackets_are_refused_as_two(
    kind: ActivityKind, text: str, names: tuple[str, str]
) -> None:
    with pytest.raises(UserError) as refused:
        parse_log_command(kind, text, today=TUESDAY)
    assert refused.value.code == "two_customers"
    assert (refused.value.params["first"], refused.value.params["second"]) == names


def test_a_fresh_command_with_a_remark_in_brackets_keeps_it_as_the_note() -> None:
    cmd = parse_log_command(W, "Kiwi 95k (og ølen er betalt)", today=TUESDAY)
    assert (cmd.customer, cmd.amount, cmd.note) == ("Kiwi", Decimal(95_000), "og ølen er betalt")
