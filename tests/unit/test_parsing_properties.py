"""Property tests: whatever a user types, parsing either succeeds with sane values or raises
UserError, never anything else. Examples per test: the suite's hypothesis profile
(tests/conftest.py, 100; KPIBOT_HYPOTHESIS=deep for 2,000)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
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


@given(kind=kinds, text=any_text)
def test_parse_log_command_only_raises_parse_error(kind: ActivityKind, text: str) -> None:
    try:
        cmd = parse_log_command(kind, text, today=TODAY, known_customers=("Acme AS", "Fredag"))
    except UserError as err:
        assert err.code
        return
    _assert_sane(cmd, kind)


@given(
    kind=kinds, prefix=st.sampled_from(["Acme", "Fredag Bygg", "Next Generation"]), rest=tricky_text
)
def test_commands_with_a_customer_first(kind: ActivityKind, prefix: str, rest: str) -> None:
    try:
        cmd = parse_log_command(kind, f"{prefix} {rest}", today=TODAY)
    except UserError:
        return
    _assert_sane(cmd, kind)


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


@given(text=any_text, direction=st.sampled_from(["past", "future"]))
def test_parse_date_returns_date_none_or_bad_date(text: str, direction: str) -> None:
    try:
        found = parse_date(text, today=TODAY, direction=direction)  # type: ignore[arg-type]
    except UserError as err:
        assert err.code == "bad_date"
        return
    assert found is None or isinstance(found, date)


@given(tokens=st.lists(st.sampled_from(TRICKY_TOKENS), max_size=6))
def test_match_date_suffix_consumes_what_it_may(tokens: list[str]) -> None:
    try:
        found = match_date_suffix(tokens, today=TODAY, direction="past", keep_at_least=1)
    except UserError as err:
        assert err.code == "bad_date"
        return
    if found is not None:
        assert 1 <= found[1] <= len(tokens) - 1


@given(name=st.text(max_size=60), existing=st.lists(st.text(max_size=30), max_size=5))
def test_customer_helpers_are_total(name: str, existing: list[str]) -> None:
    key = customer_key(name)
    assert customer_key(key) == key  # idempotent
    assert clean_display_name(clean_display_name(name)) == clean_display_name(name)
    suggestions = suggest(name, existing)
    assert len(suggestions) <= 3
    assert all(customer_key(s) != key for s in suggestions)


# --- the customer is never guessed (issue 12) ----------------------------------------------

NAMES = [
    "Aker BP",
    "Equinor ASA",
    "Nordic Semiconductor",
    "Fredag Bygg",
    "Varme Hender AS",
    "Next Generation",
    "7-Eleven",
    "3M Norge",
    "Posten Bring AS",
    "Rema 1000",
    "TV 2 AS",
    "Sparebank 1 SR-Bank",
    "Circle K",
    "Volvo Cars AB",
    "Maersk A/S",
    "Novo Nordisk A/S",
    "Lego System ApS",
    "H&M",
    "Rock 'n' Roll AS",
    "Hot Wheels",
    "Mandag Morgen",
    "Statkraft Varme AS",
    "DB Schenker",
    "Tele2",
    "Ørsted",
    "Kongsberg Gruppen ASA",
]
PAST_DATES = [
    "i går", "igår", "i gær", "yesterday", "i dag", "idag", "today", "i forgårs", "i förrgår",
    "for 2 dager siden", "för 2 dagar sedan", "for 2 dage siden", "2 days ago", "18.11.",
    "18/11", "2026-11-18", "18. november", "18 Nov", "Nov 18", "November 18th", "17:e november",
    "uke 46", "vecka 46", "uge 46", "week 46", "v46", "v. 46", "forrige uke", "förra veckan",
    "last week", "i tisdags", "på tirsdag", "last Friday", "mandag", "i går kl 14",
    "igår kl. 10.30", "yesterday at 2pm", "i går ettermiddag", "den 16.", "fredag 13.11.",
]  # fmt: skip
TEMPERATURES = ["varm", "warm", "kald", "cold", "het", "hot", "kall", "hed", "kold", "varmt"]
_ENDS = {"kald", "cold", "het", "hot", "kall", "hed", "kold"}  # an end of the scale
NEXT_STEPS = [
    "neste møte fredag", "next call next week", "nästa möte om en vecka", "næste møde i næste uge",
    "neste møte om to uker", "next demo in 2 weeks", "neste møte 15. desember",
    "følg opp neste uke", "next meeting 2/12", "neste møte fredag kl 10",
]  # fmt: skip
AMOUNTS = [
    "250k", "MNOK 1,2", "1,2 MNOK", "NOK 1.2m", "kr 1.250.000,-", "1 250 000,-", "1,25 mill. kr",
    "2 mio. kr", "350 tkr", "€50k", "50 000 €", "USD 10,000", "$10k", "SEK 400 000",
    "400 000 kr eks. mva", "480 000 kr exkl. moms", "250 000 ex moms", "1\u00a0250\u00a0000",
    "1\u202f250\u202f000 kr",
]  # fmt: skip
JUNK = [
    "uke 4x", "kl", "ljum", "wram", "møte om budsjett", "27.", "11/27", "meget", "Q1", "varm/het",
    "med <@U0LARS>", "https://akerbp.com", "#crm", "90 %", "sammen med Lars",
]  # fmt: skip


def _is_date(tokens: list[str]) -> bool:
    try:
        found = match_date_suffix(tokens, today=TODAY, direction="past")
    except UserError:
        return True
    return found is not None and found[1] == len(tokens)


def _day_first_unsure(name: str, when: str | None) -> bool:
    """ "Fredag Bygg", "Mandag Morgen" with no other date: the day, or the name's first word?
    Asked (day_or_name)."""
    return when is None and name.split()[0].lower() in ("fredag", "mandag")


def _assert_a_name(cmd: LogCommand) -> None:
    words = cmd.customer.split()
    assert words and cmd.customer == cmd.customer.strip()
    assert not _is_date(words), cmd
    assert cmd.customer.casefold() not in {t.casefold() for t in TEMPERATURES}, cmd
    long_number = cmd.customer.isdigit() and len(cmd.customer) >= 4  # "1881": may be a name
    try:
        assert parse_amount(cmd.customer) is None or len(words) > 1 or long_number, cmd
    except UserError:
        pass
    try:  # never ends with a date
        assert match_date_suffix(words, today=TODAY, direction="past", keep_at_least=1) is None
    except UserError:
        raise AssertionError(cmd) from None


option_kinds = st.sampled_from([ActivityKind.MEETING, ActivityKind.CALL])


@given(
    name=st.sampled_from(NAMES),
    when=st.none() | st.sampled_from(PAST_DATES),
    temperature=st.none() | st.sampled_from(TEMPERATURES),
    next_step=st.none() | st.sampled_from(NEXT_STEPS),
    order=st.permutations([0, 1]),
    kind=option_kinds,
    lower=st.booleans(),
)
def test_a_name_and_well_formed_options_give_exactly_the_name(
    name: str,
    when: str | None,
    temperature: str | None,
    next_step: str | None,
    order: list[int],
    kind: ActivityKind,
    lower: bool,
) -> None:
    options = [when, temperature]
    parts = [name, *[options[i] for i in order if options[i]], *([next_step] if next_step else [])]
    text = " ".join(parts)
    text = text.lower() if lower else text
    if _day_first_unsure(name, when):
        with pytest.raises(UserError, match="day_or_name"):
            parse_log_command(kind, text, today=TODAY)
        return
    cmd = parse_log_command(kind, text, today=TODAY)
    assert cmd.customer == (name.lower() if lower else name), text
    assert cmd.unread is None, text
    assert (cmd.temperature is None) == (temperature is None), text
    assert (cmd.next_step is None) == (next_step is None), text
    assert (cmd.when == TODAY) == (when in (None, "i dag", "idag", "today")), text
    _assert_a_name(cmd)


@given(
    name=st.sampled_from(NAMES),
    amount=st.sampled_from(AMOUNTS),
    when=st.none() | st.sampled_from(PAST_DATES),
    date_first=st.booleans(),
    kind=st.sampled_from([ActivityKind.OFFER, ActivityKind.WIN]),
)
def test_a_name_and_an_amount_give_exactly_the_name_and_the_amount(
    name: str, amount: str, when: str | None, date_first: bool, kind: ActivityKind
) -> None:
    options = [when, amount] if date_first else [amount, when]
    text = " ".join([name, *[o for o in options if o]])
    if _day_first_unsure(name, when):
        with pytest.raises(UserError, match="day_or_name"):
            parse_log_command(kind, text, today=TODAY)
        return
    cmd = parse_log_command(kind, text, today=TODAY)
    assert cmd.customer == name and cmd.unread is None, text
    assert cmd.amount is not None and cmd.amount >= 10000, text
    assert (cmd.when == TODAY) == (when in (None, "i dag", "idag", "today")), text
    _assert_a_name(cmd)


@given(
    name=st.sampled_from(NAMES),
    junk=st.sampled_from(JUNK),
    when=st.none() | st.sampled_from(PAST_DATES),
    temperature=st.none() | st.sampled_from(TEMPERATURES),
    position=st.integers(0, 2),
    kind=option_kinds,
)
def test_words_not_read_are_never_glued_onto_the_name(
    name: str,
    junk: str,
    when: str | None,
    temperature: str | None,
    position: int,
    kind: ActivityKind,
) -> None:
    options = [o for o in (when, temperature) if o]
    options.insert(min(position, len(options)), junk)
    text = " ".join([name, *options])
    try:
        cmd = parse_log_command(kind, text, today=TODAY)
    except UserError as err:
        unsure = {"day_or_name"} if _day_first_unsure(name, when) else set()
        assert err.code in {"bad_date", "date_in_future", *unsure}, (text, err)
        return
    assert cmd.customer == name, text
    if (
        junk == "meget"
        and temperature in _ENDS
        and options.index(junk) + 1 < len(options)
        and options[options.index(junk) + 1] == temperature
    ):
        # session 45: "meget kald" is the cold end said stronger, read (text.py _INTENSIFIED)
        assert cmd.unread is None and cmd.temperature is not None, (text, cmd)
        return
    after = options[options.index(junk) + 1] if options.index(junk) + 1 < len(options) else ""
    if junk == "kl" and re.fullmatch(r"(?:[01]?[0-9]|2[0-3])\.[0-5][0-9]\.?", after):
        # "kl 18.11." is the hour 18:11 (times.py), read with "kl", no day and nothing unread
        assert cmd.unread is None and cmd.when == TODAY, (text, cmd)
        return
    assert cmd.unread is not None and junk.split()[-1] in cmd.unread, (text, cmd)
    _assert_a_name(cmd)


@given(kind=kinds, words=st.lists(st.sampled_from(TRICKY_TOKENS + JUNK + PAST_DATES), max_size=8))
def test_whatever_is_typed_the_customer_is_a_name(kind: ActivityKind, words: list[str]) -> None:
    text = " ".join(words)
    try:
        cmd = parse_log_command(kind, text, today=TODAY)
    except UserError:
        return
    if kind is ActivityKind.LOSS or text.lstrip().startswith(("'", "&")):
        return  # a loss's one-word customer is checked below
    if text.lstrip().startswith('"'):
        said = re.match(r'\s*"([^"]*[^"\s][^"]*)"(?:\s|$)', text)
        if said is not None and not re.search(r"(?:^|\s)(?:-{2,}|[\u2013\u2014])(?:\s|$)", said[1]):
            # Session 23. A name in quotes is the name the seller insisted on, taken as typed,
            # digits alone too ('/logmeeting "1"', as test_commands' quoted names): never
            # checked as unquoted words are (this test skipped them, the two said different things)
            typed = said[1].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
            assert cmd.customer == clean_display_name(typed), (text, cmd)
        return
    if re.search(r'"\s*' + re.escape(cmd.customer) + r'\s*"', text):
        return  # session 61: quoted after a day ('igår "1"'), the name insisted on as well
    _assert_a_name(cmd)


def test_a_day_that_cannot_be_never_stays_in_the_name() -> None:
    """Found by the property above: "0 fri 18 Nov yesterday" kept "0 fri 18 Nov" (18 November
    2026 is a Wednesday) as the customer; the impossible day is refused as typed alone."""
    with pytest.raises(UserError) as refused:
        parse_log_command(ActivityKind.MEETING, "0 fri 18 Nov yesterday", today=TODAY)
    assert refused.value.code == "bad_date"
