"""Translations (Babel catalogs) and locale-aware formatting of numbers, money and dates."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from functools import cache
from importlib import resources
from io import BytesIO

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import NumberPattern, format_decimal, get_currency_symbol, parse_pattern
from babel.support import NullTranslations, Translations

from bot.domain import LANGUAGES

# The catalogs ship inside the package (pyproject.toml: package-data).
LOCALE_DIR = resources.files("bot") / "locale"
DOMAIN = "messages"

# The Babel locale each supported language formats with.
BABEL_LOCALE = {"en": "en_GB", "nb": "nb_NO", "sv": "sv_SE", "da": "da_DK"}


@cache
def babel_locale(language: str) -> Locale:
    """The language's Babel locale, parsed once (Babel takes it as it is, without parsing)."""
    return Locale.parse(BABEL_LOCALE[normalize_language(language)])


# How people write money in each language: "kr 250 000" in Norway, "250 000 kr" in Sweden,
# "250.000 kr." in Denmark. ¤ is the currency symbol of the locale (kr / Nkr / NOK …).
_MONEY_PATTERN = {"en": "¤ #,##0", "nb": "¤ #,##0", "sv": "#,##0 ¤", "da": "#,##0 ¤"}


def N_(message: str) -> str:
    """Mark a string for extraction; it is translated where it is shown."""
    return message


def normalize_language(value: str | None) -> str:
    """'nb-NO', 'no', 'nn', 'sv_SE', 'da' … to one of en/nb/sv/da (English otherwise)."""
    if not value:
        return "en"
    head = value.replace("_", "-").split("-")[0].lower()
    if head in {"nb", "no", "nn"}:
        return "nb"
    return head if head in LANGUAGES else "en"


def speaks(locale: str | None) -> bool:
    """Whether kpibot speaks a Slack locale's language (en-GB yes, de-DE or fi-FI no)."""
    head = (locale or "").replace("_", "-").split("-")[0].lower()
    return head in LANGUAGES or head in {"no", "nn"}


# Slack's own default. Slack itself is not offered in Norwegian, Swedish or Danish, so a
# Scandinavian seller's Slack is in English, mostly this one: it says nothing about what they
# read at work.
SLACK_DEFAULT_LOCALE = "en-US"


def person_language(
    locale: str | None, team_language: str | None, chosen: str | None = None
) -> str:
    """What to answer a person in privately: the language they chose in kpibot (`/kpi
    language`, sellers.language), else their own Slack language when kpibot speaks it and it
    was chosen (not Slack's default English, which a Norwegian team's seller has too: they read
    the team's language, as the channel does); a language kpibot does not speak (German) also
    reads the team's; with no team, their Slack's, else English."""
    if chosen in LANGUAGES:
        return chosen
    if speaks(locale) and not (locale == SLACK_DEFAULT_LOCALE and team_language):
        return normalize_language(locale)
    return normalize_language(team_language or locale)


@cache
def translations(language: str) -> NullTranslations:
    """The catalog for a language, compiled from its .po file in memory (no build step)."""
    language = normalize_language(language)
    po_path = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if language == "en" or not po_path.is_file():
        return NullTranslations()
    with po_path.open("rb") as fh:
        catalog = read_po(fh, locale=BABEL_LOCALE[language])
    buf = BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return Translations(fp=buf, domain=DOMAIN)


def translate(language: str, message: str, **params: object) -> str:
    text = translations(language).gettext(message)
    return text % params if params else text


# The one currency each language may write with its local sign ("kr"); every other currency is
# written with its code, so a Swede reads "NOK", never "Nkr". The euro sign is read everywhere.
_OWN_CURRENCY = {"nb": "NOK", "sv": "SEK", "da": "DKK"}
KRONER = frozenset(_OWN_CURRENCY.values())  # each written "kr" in its own language


def format_money(
    amount: Decimal | float | int, currency: str, language: str, *, code: bool = False
) -> str:
    """An amount as the language writes money; `code`: with the currency's code even where the
    language has a sign for it (a Swede's SEK in a NOK team's confirmation: "240 000 SEK")."""
    amount = Decimal(amount)
    language = normalize_language(language)
    iso_code = code or currency not in {_OWN_CURRENCY.get(language), "EUR"}
    whole = amount == amount.to_integral_value()
    # babel.numbers.format_currency with these arguments, without parsing the pattern and the
    # locale again for every amount, nor looking up the currency's names each time (Babel
    # computes its plural name at every call, used or not): the sign is put in afterwards, as
    # Babel does it (tests/unit/test_i18n.py compares the two).
    if whole and 0 <= amount < _WHOLE_LIMIT:
        # A whole amount (nearly all of them): the pattern's sign and grouping applied as
        # Babel applies them, without its decimal quantizing (a nudge pass writes thousands).
        prefix, suffix, group = _whole_money(currency, language, iso_code)
        return prefix + f"{int(amount):,}".replace(",", group) + suffix
    pattern = _money_pattern(language, iso_code=iso_code, decimals=not whole)
    text = pattern.apply(amount, babel_locale(language), currency=None, currency_digits=False)
    return text.replace("¤¤", currency.upper()).replace("¤", _currency_symbol(currency, language))


_WHOLE_LIMIT = Decimal(10) ** 15


def format_money_in(
    amount: Decimal | float | int, currency: str, team_currency: str, language: str
) -> str:
    """An amount in a team's view: a krone that is not the team's with its code even in the
    language whose krone it is (Lars's SEK in a NOK team reads "850 000 SEK" in Swedish, never
    "kr"); the team's own currency and the others as format_money writes them."""
    code = currency != team_currency and currency in KRONER
    return format_money(amount, currency, language, code=code)


@cache
def _whole_parts(language: str, pattern: NumberPattern) -> tuple[str, str, str]:
    """A money pattern's positive prefix and suffix and the language's group separator."""
    assert pattern.grouping == (3, 3), pattern.pattern  # grouped by thousands, as _MONEY_PATTERN
    group = babel_locale(language).number_symbols["latn"]["group"]
    return pattern.prefix[0], pattern.suffix[0], group


@cache
def _whole_money(currency: str, language: str, iso_code: bool) -> tuple[str, str, str]:
    """A whole amount's prefix and suffix in `currency` (its sign or code already in) and the
    language's group separator: format_money's whole amounts are these around the digits."""
    prefix, suffix, group = _whole_parts(
        language, _money_pattern(language, iso_code=iso_code, decimals=False)
    )
    symbol = _currency_symbol(currency, language)
    return (
        prefix.replace("¤¤", currency.upper()).replace("¤", symbol),
        suffix.replace("¤¤", currency.upper()).replace("¤", symbol),
        group,
    )


@cache
def _currency_symbol(currency: str, language: str) -> str:
    return get_currency_symbol(currency, babel_locale(language))


@cache
def _money_pattern(language: str, *, iso_code: bool, decimals: bool) -> NumberPattern:
    pattern = _MONEY_PATTERN[language]
    if iso_code:
        pattern = pattern.replace("¤", "¤¤")  # the ISO code
    if decimals:
        pattern = pattern.replace("#,##0", "#,##0.00")
    return parse_pattern(pattern)


# Said without brackets: a sum is often in brackets itself ("Offers: 17 (NOK 11,397,950 + DKK
# 645,000 not converted, as no rate is set in /kpi settings)").
NOT_CONVERTED = N_("not converted, as no rate is set in /kpi settings")
# What a sum says after the first in the same message (rendering.text.explain_once).
NOT_CONVERTED_AGAIN = N_("not converted")


def format_total(
    amount: Decimal | float | int,
    foreign: tuple[tuple[str, Decimal], ...],
    currency: str,
    language: str,
) -> str:
    """A sum in the team's currency with any part that could not be converted beside it:
    "NOK 3,649,000 + SEK 2,500,000 not converted" (never a silent zero). A part not in the
    team's currency is written with its code even in the language whose krone it is (a Swede
    reads "2 050 000 SEK inte omräknat" in a NOK team, never "kr": "kr" is the team's krone)."""
    text = format_money(amount, currency, language)
    if not foreign:
        return text
    rest = " + ".join(
        format_money(value, code, language, code=code in KRONER) for code, value in foreign
    )
    rest += " " + translations(language).gettext(NOT_CONVERTED)
    return rest if not amount else f"{text} + {rest}"


def format_number(value: Decimal | float | int, language: str) -> str:
    return format_decimal(value, locale=babel_locale(language))


def plural_count(value: Decimal | float | int) -> int:
    """The count a shown number picks its plural form by: a whole number as it is ("1 offer",
    "3 offers"); a fraction the form of many ("0.5 offers", "2.4 meetings"), as in English and
    the Scandinavian languages."""
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    whole = number.to_integral_value()
    return int(whole) if number == whole else 2


# views34. How many rows a question or a reply is over, said as English says it: two are "both"
# ("Begge lagres", "Båda sparas", "Begge gemmes"), more "all 3" (was: "Alle 2 lagres").
ALL_OF = {
    (True, False): N_("both"),
    (True, True): N_("Both"),
    (False, False): N_("all %(count)s"),
    (False, True): N_("All %(count)s"),
}


def all_of(count: int, language: str, capital: bool = False) -> str:
    """ "both" for two, "all 3" for three and more, in `language` (`capital`: a sentence's
    first word): every "all N" a question or a reply says of the rows it is about."""
    said = translations(language).gettext(ALL_OF[(count == 2, capital)])
    return said if count == 2 else said % {"count": format_number(count, language)}


def format_day(value: date, language: str) -> str:
    """'Fri 20 Nov 2026' / 'fre. 20. nov. 2026' — weekday plus date, as people read it: Babel's
    format_date with day_pattern(), from Babel's names for the language read once (a nudge pass
    or a report writes thousands of days; tests/unit/test_i18n.py compares the two)."""
    language = normalize_language(language)
    weekdays, months, dotted = _day_parts(language)
    day = f"{value.day}." if dotted else str(value.day)
    return f"{weekdays[value.weekday()]} {day} {months[value.month]} {value.year}"


@cache
def format_clock(value: time, language: str) -> str:
    """A time of day the language's way: '10:00' (nb, sv, en), '10.00' (da)."""
    from babel.dates import format_time

    return format_time(value, format="short", locale=babel_locale(language))


def step_said(what: str | None, at: time | None, language: str) -> str:
    """A next step's words with its time of day, when it has one: 'demo 10:00', 'demo 10.00'."""
    what = what or ""
    return f"{what} {format_clock(at, language)}".strip() if at is not None else what


# A next step's day said with its time, short: the month as a number where the language writes
# it so ("fre. 4.12."), by name in English ("Fri 4 Dec"); Babel's skeletons, CLDR's patterns.
_STEP_DAY_SKELETON = {"en": "MMMEd"}


@cache
def format_step_day(value: date, language: str) -> str:
    """'fre. 4.12.' (nb), 'fre 4/12' (sv), 'fre. 4.12' (da), 'Fri 4 Dec' (en): a step's day
    beside its time of day, the year left out (a step is weeks ahead at most)."""
    from babel.dates import format_skeleton

    language = normalize_language(language)
    skeleton = _STEP_DAY_SKELETON.get(language, "MEd")
    return format_skeleton(skeleton, value, locale=babel_locale(language))


def step_when(what: str | None, day: date, at: time, language: str) -> str:
    """A step with a day and a time of day, as one says it: 'møte fre. 4.12. kl. 10:00',
    'möte fre 4/12 kl. 10:00', 'møde fre. 4.12 kl. 10.00', 'meeting Fri 4 Dec at 10:00'
    (flows26; was 'møte 10:00' and the day apart: 'møte 10:00 innen fre. 4. des. 2026')."""
    said = translate(
        language,
        "%(what)s %(date)s at %(time)s",
        what=what or "",
        date=format_step_day(day, language),
        time=format_clock(at, language),
    )
    return said.strip()


def day_pattern(language: str) -> str:
    """format_day's Babel pattern."""
    return "EEE d MMM y" if normalize_language(language) in {"en", "sv"} else "EEE d. MMM y"


@cache
def _day_parts(language: str) -> tuple[dict[int, str], dict[int, str], bool]:
    locale = babel_locale(language)
    weekdays = dict(locale.days["format"]["abbreviated"].items())  # 0 = Monday
    months = dict(locale.months["format"]["abbreviated"].items())  # 1 = January
    return weekdays, months, "d." in day_pattern(language)


def weekday_name(weekday: int, language: str) -> str:
    """0 = Monday, in the language ('mandag', 'måndag', 'Monday')."""
    from babel.dates import get_day_names

    return get_day_names("wide", locale=babel_locale(language))[weekday]


def format_ago(minutes: int, language: str) -> str:
    """How long ago, the way the language says it: "5 minutes ago", "for 2 timer siden"."""
    from datetime import timedelta

    from babel.dates import format_timedelta

    return format_timedelta(
        -timedelta(minutes=minutes),
        threshold=1,
        add_direction=True,
        locale=BABEL_LOCALE[normalize_language(language)],
    )
