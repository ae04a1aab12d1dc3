"""Every user-facing string is translated into all four languages, and formatting is local."""

from __future__ import annotations

import functools
import random
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from bot import i18n
from bot.rendering.text import escape, render

ROOT = Path(__file__).resolve().parents[2]
KEYWORDS = {"_": None, "gettext": None, "translate": (2,), "N_": None, "ngettext": (1, 2)}


@functools.cache
def source_messages() -> frozenset[str]:
    """Every message id in the source (bot/**.py, templates), read once per process: Babel's
    extraction reads every file (~0.6 s of CPU), and four tests ask."""
    found: set[str] = set()
    method_map = [("bot/**.py", "python"), ("templates/**.j2", "jinja2")]
    options = {"templates/**.j2": {"extensions": "jinja2.ext.i18n"}}
    for _file, _line, message, _comments, _ctx in extract_from_dir(
        str(ROOT), method_map=method_map, options_map=options, keywords=KEYWORDS
    ):
        found.add(message if isinstance(message, str) else message[0])
    return frozenset(found)


@pytest.mark.parametrize("language", ["nb", "sv", "da"])
def test_catalog_translates_every_string_in_the_source(language: str) -> None:
    path = ROOT / "bot" / "locale" / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=i18n.BABEL_LOCALE[language])
    translated: dict[str, tuple[str, ...]] = {}
    plurals: dict[str, str] = {}  # a plural entry's msgid_plural, by its msgid
    for m in catalog:
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        forms = m.string if isinstance(m.string, tuple) else (m.string,)
        if ids[0] and all(forms) and not m.fuzzy:
            translated[ids[0]] = forms
            if len(ids) > 1:
                plurals[ids[0]] = ids[1]
    missing = sorted(source_messages() - set(translated))
    assert missing == [], (
        f"untranslated in {language}: {missing} (run `make catalog` and translate)"
    )
    pattern = r"%\(\w+\)s|%%"
    for msgid, forms in translated.items():
        for n, text in enumerate(forms):
            # nb, sv and da have two forms: the first is the singular's ("Record", no count:
            # flows26), the other the plural's ("Record all %(count)s")
            said = plurals[msgid] if n and msgid in plurals else msgid
            assert sorted(set(re.findall(pattern, text))) == sorted(
                set(re.findall(pattern, said))
            ), msgid


def test_source_has_strings_to_translate() -> None:
    assert {"Undo", "Nothing was stored."} <= source_messages()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nb", "kr 250 000"), ("sv", "250 000 kr"), ("da", "250.000 kr."), ("en", "NOK 250,000")],
)
def test_money_is_written_the_local_way(language: str, expected: str) -> None:
    currency = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}[language]
    got = (
        i18n.format_money(Decimal("250000"), currency, language)
        .replace("\xa0", " ")
        .replace("\u202f", " ")
    )
    assert got == expected


def test_money_keeps_cents_only_when_there_are_some() -> None:
    assert (
        i18n.format_money(Decimal("250000.50"), "NOK", "nb").replace("\xa0", " ") == "kr 250 000,50"
    )


def test_dates_in_each_language() -> None:
    day = date(2026, 11, 20)
    assert i18n.format_day(day, "en") == "Fri 20 Nov 2026"
    assert i18n.format_day(day, "nb").startswith("fre. 20. nov.")
    assert i18n.format_day(day, "sv").startswith("fre 20 nov") or i18n.format_day(
        day, "sv"
    ).startswith("fre 20. nov")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("nb-NO", "nb"),
        ("no", "nb"),
        ("nn_NO", "nb"),
        ("sv-SE", "sv"),
        ("da", "da"),
        ("de-DE", "en"),
        (None, "en"),
    ],
)
def test_normalize_language(value: str | None, expected: str) -> None:
    assert i18n.normalize_language(value) == expected


def test_escape_only_touches_ampersand_and_angle_brackets() -> None:
    assert escape("<!channel> & *Co* 'x'") == "&lt;!channel&gt; &amp; *Co* 'x'"


def test_templates_escape_user_text_and_translate() -> None:
    text = render(
        "nb",
        "logged",
        kind="meeting",
        customer="<!here> & Co",
        when=date(2026, 11, 20),
        amount=None,
        currency="",
        temperature="warm",
        next_what=None,
        next_due=None,
        margin=None,
        note="<@U1>",
        new_customer=False,
        previous_amount=None,
    )
    assert "<!here>" not in text and "<@U1>" not in text
    assert "&lt;!here&gt; &amp; Co" in text
    assert "møte" in text


def test_how_long_ago_in_each_language() -> None:
    assert [i18n.format_ago(m, "en") for m in (1, 5, 130)] == [
        "1 minute ago",
        "5 minutes ago",
        "2 hours ago",
    ]
    assert i18n.format_ago(1, "nb") == "for 1 minutt siden"
    assert i18n.format_ago(45, "sv") == "för 45 minuter sedan"
    assert i18n.format_ago(600, "da") == "for 10 timer siden"


@pytest.mark.parametrize("language", ["en", "nb", "sv", "da"])
def test_money_is_what_babels_format_currency_writes(language: str) -> None:
    """format_money takes shortcuts (the pattern parsed once, the sign put in afterwards): it
    must write exactly what Babel's own format_currency writes with the same pattern."""
    from babel.numbers import format_currency

    own = {"nb": "NOK", "sv": "SEK", "da": "DKK"}.get(language)
    amounts = ["0", "1", "999", "1000", "250000", "250000.50", "-45000", "1234567.8", "0.05"]
    amounts += ["250000.00", "12345678901234", "100000", "1000000", "999999999", "7.0"]
    amounts += [str(n) for n in random.Random(language).sample(range(10**9), 40)]
    for currency in ["NOK", "SEK", "DKK", "EUR", "USD", "GBP", "CHF", "JPY"]:
        for amount in map(Decimal, amounts):
            pattern = i18n._MONEY_PATTERN[language]
            if currency not in {own, "EUR"}:
                pattern = pattern.replace("¤", "¤¤")
            if amount != amount.to_integral_value():
                pattern = pattern.replace("#,##0", "#,##0.00")
            expected = format_currency(
                amount,
                currency,
                format=pattern,
                locale=i18n.babel_locale(language),
                currency_digits=False,
            )
            assert i18n.format_money(amount, currency, language) == expected, (amount, currency)


@pytest.mark.parametrize("language", ["en", "nb", "sv", "da"])
def test_a_day_is_what_babels_format_date_writes(language: str) -> None:
    """format_day writes from Babel's names read once: exactly Babel's format_date, every day
    of two years."""
    from datetime import timedelta

    from babel.dates import format_date

    pattern = i18n.day_pattern(language)
    locale = i18n.babel_locale(language)
    day = date(2026, 1, 1)
    for _ in range(731):
        assert i18n.format_day(day, language) == format_date(day, pattern, locale=locale), day
        day += timedelta(days=1)


@pytest.mark.parametrize(
    ("locale", "team", "expected"),
    [
        # Slack is not offered in Norwegian, Swedish or Danish: a Norwegian team's seller has
        # Slack's default English and reads the team's language (was English privately).
        ("en-US", "nb", "nb"),
        ("en-US", "sv", "sv"),
        ("en-US", None, "en"),
        # English chosen on purpose, a Scandinavian locale where Slack gives one, and a language
        # kpibot does not speak.
        ("en-GB", "nb", "en"),
        ("nb-NO", "sv", "nb"),
        ("da-DK", None, "da"),
        ("de-DE", "da", "da"),
        ("de-DE", None, "en"),
        (None, "sv", "sv"),
    ],
)
def test_the_language_a_person_is_answered_in(
    locale: str | None, team: str | None, expected: str
) -> None:
    assert i18n.person_language(locale, team) == expected
