"""Property tests: whatever a user types, parsing either succeeds with sane values or raises
UserError, never anything else."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.amounts import MAX_AMOUNT, match_amount_suffix, parse_amount
from bot.services.commands import LogCommand, parse_log_command
from bot.services.customers import clean_display_name, customer_key, suggest
from bot.services.dates import match_date_suffix, parse_date

TODAY = date(2026, 11, 20)

TRICKY_TOKENS = [
    # digits and amounts
    "0",
    "1",
    "5",
    "000",
    "250",
    "1000",
    "250k",
    "1,5",
    "1.5",
    "1,250",
    "1.250.000",
    "99",
    "k",
    "K",
    "mill",
    "mio",
    "M",
    "MSEK",
    "tkr",
    "kr",
    "kr.",
    "NOK",
    "SEK",
    "€",
    "$",
    ",-",
    "5000,-",
    "-",
    "−",
    "-5000",
    "minus",
    "NaN",
    "nan",
    "inf",
    "Infinity",
    "1e400",
    "1e5",
    "0x10",
    "12abc",
    "1,2,3",
    "9999999999999",
    "%",
    "22%",
    "150%",
    "margin",
    "db",
    # dates
    "2026-11-10",
    "2026-13-45",
    "2026-02-30",
    "18.11.",
    "31.02.",
    "29.02.",
    "18.11",
    "12.50",
    "18/11",
    "0.0.",
    "99.99.9999",
    "i",
    "går",
    "igår",
    "i går",
    "idag",
    "morgen",
    "i morgen",
    "imorgon",
    "yesterday",
    "today",
    "tomorrow",
    "på",
    "on",
    "fredag",
    "friday",
    "fri",
    "lørdag",
    "söndag",
    "måndag",
    "onsdag",
    "fredags",
    "last",
    "forrige",
    # temperatures, next steps, notes
    "warm",
    "varm",
    "kald",
    "kall",
    "hot",
    "het",
    "hed",
    "cold",
    "next",
    "neste",
    "nästa",
    "næste",
    "call",
    "møte",
    "--",
    "—",
    "–",
    "-- note",
    # names and escapes
    "Acme",
    "AS",
    "A/S",
    "Fredag",
    "Bygg",
    "Next",
    "Generation",
    '"',
    "&amp;",
    "&lt;",
    "&gt;",
]

tricky_text = st.lists(st.sampled_from(TRICKY_TOKENS), max_size=10).map(" ".join)
any_text = st.one_of(st.text(max_size=200), tricky_text)
kinds = st.sampled_from(list(ActivityKind))


def _assert_sane(cmd: LogCommand, kind: ActivityKind) -> None:
    assert cmd.kind is kind
    assert cmd.customer and cmd.customer == cmd.customer.strip()
    assert TODAY - timedelta(days=365) <= cmd.when <= TODAY
    if cmd.amount is not None:
        assert cmd.amount.is_finite()
        assert Decimal(0) < cmd.amount <= MAX_AMOUNT
    if kind is ActivityKind.OFFER:
        assert cmd.amount is not None
    if cmd.next_step is not None:
        assert TODAY <= cmd.next_step.due <= TODAY + timedelta(days=365)
        assert cmd.next_step.what
    if cmd.margin_pct is not None:
        assert Decimal(0) < cmd.margin_pct <= 100


@settings(max_examples=300, deadline=None)
@given(kind=kinds, text=any_text)
def test_parse_log_command_only_raises_parse_error(kind: ActivityKind, text: str) -> None:
    try:
        cmd = parse_log_command(kind, text, today=TODAY, known_customers=("Acme AS", "Fredag"))
    except UserError as err:
        assert err.code
        return
    _assert_sane(cmd, kind)


@settings(max_examples=300, deadline=None)
@given(
    kind=kinds, prefix=st.sampled_from(["Acme", "Fredag Bygg", "Next Generation"]), rest=tricky_text
)
def test_commands_with_a_customer_first(kind: ActivityKind, prefix: str, rest: str) -> None:
    try:
        cmd = parse_log_command(kind, f"{prefix} {rest}", today=TODAY)
    except UserError:
        return
    _assert_sane(cmd, kind)


@settings(max_examples=300, deadline=None)
@given(text=any_text, krone=st.sampled_from(["NOK", "SEK", "DKK"]))
def test_parse_amount_is_never_negative_or_infinite(text: str, krone: str) -> None:
    try:
        money = parse_amount(text, krone=krone)
    except UserError as err:
        assert err.code in {"bad_amount", "negative_amount", "amount_too_large"}
        return
    if money is not None:
        assert money.amount.is_finite()
        assert Decimal(0) < money.amount <= MAX_AMOUNT
        assert money.amount == money.amount.quantize(Decimal("0.01"))


@settings(max_examples=200, deadline=None)
@given(tokens=st.lists(st.sampled_from(TRICKY_TOKENS), max_size=8))
def test_match_amount_suffix_keeps_a_token(tokens: list[str]) -> None:
    try:
        found = match_amount_suffix(tokens, krone="NOK")
    except UserError:
        return
    if found is not None:
        money, used = found
        assert 1 <= used <= len(tokens) - 1
        assert Decimal(0) < money.amount <= MAX_AMOUNT


@settings(max_examples=200, deadline=None)
@given(text=any_text, direction=st.sampled_from(["past", "future"]))
def test_parse_date_returns_date_none_or_bad_date(text: str, direction: str) -> None:
    try:
        found = parse_date(text, today=TODAY, direction=direction)  # type: ignore[arg-type]
    except UserError as err:
        assert err.code == "bad_date"
        return
    assert found is None or isinstance(found, date)


@settings(max_examples=200, deadline=None)
@given(tokens=st.lists(st.sampled_from(TRICKY_TOKENS), max_size=6))
def test_match_date_suffix_consumes_what_it_may(tokens: list[str]) -> None:
    try:
        found = match_date_suffix(tokens, today=TODAY, direction="past", keep_at_least=1)
    except UserError as err:
        assert err.code == "bad_date"
        return
    if found is not None:
        assert 1 <= found[1] <= len(tokens) - 1


@settings(max_examples=200, deadline=None)
@given(name=st.text(max_size=60), existing=st.lists(st.text(max_size=30), max_size=5))
def test_customer_helpers_are_total(name: str, existing: list[str]) -> None:
    key = customer_key(name)
    assert customer_key(key) == key  # idempotent
    assert clean_display_name(clean_display_name(name)) == clean_display_name(name)
    suggestions = suggest(name, existing)
    assert len(suggestions) <= 3
    assert all(customer_key(s) != key for s in suggestions)
