"""Dates as sales reps type them, in English, Norwegian, Swedish and Danish.

This is the lowest-level parsing module: it holds `fold`, which amounts, customers and commands
import from here; what people can fix is raised as `bot.errors.UserError`. Pure: today's date is always passed in.

How an incomplete date is completed (one rule for each, never a silent year away):
- a day and month without a year ("27.11.", "27. november", "Nov 27") and a day alone ("den 16.",
  "the 16th") are their nearest occurrence, ahead or back; the caller refuses one on the wrong side
  of today ("date_in_future" for an activity, "next_date_in_past" for a next step);
- a week ("uke 48", "v48", "neste uke", "forrige uke") is its Monday, the nearest such week;
  a month ("i januar", "neste måned") its first day ("medio" the 15th, "ultimo" the last day);
  looking ahead, a week or month that has begun means today;
- "for 2 dager siden", "om to uker", "in 3 days" are exactly that many days, weeks or months;
- weekdays: the last one for something that happened, the next one for a plan ("past"/"future");
- a time of day after a date ("kl 14", "at 2pm", "ettermiddag") is read and ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal, NamedTuple

from bot.errors import UserError

# How long a meeting or call took ("30 min", "2t", "1,5 timer", "en timme", "an hour"), read by
# the commands (kept as the note), the channel-message reader (never the end of a name; a
# visit's length) alike. Folded words; `DURATION_GLUED` the number and its unit as one token.
DURATION_UNITS = frozenset(
    """min mins minute minutes minutt minutter minuter minut t time timer timme timmar timmer
    tim h hr hrs hour hours""".split()
)
DURATION_GLUED = re.compile(
    r"[0-9]+(?:[.,][0-9]+)?(?:min|mins|minutter|minuter|minutes|t|h|hr|hrs|timer|timmar|tim)",
    re.IGNORECASE,
)

Direction = Literal["past", "future"]

MAX_PAST_DAYS = 365  # an activity may be back-dated at most a year
MAX_FUTURE_DAYS = 365  # a next step may be planned at most a year ahead


# Letters that NFKD does not decompose but Scandinavians expect to match their ASCII spelling.
_SPECIAL_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "ß": "ss",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
        "þ": "th",
        "Þ": "th",
        "œ": "oe",
        "Œ": "oe",
    }
)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Casefold and strip accents, so "Lørdag", "lördag" and "lordag" compare equal."""
    folded = unicodedata.normalize("NFKD", text).casefold().translate(_SPECIAL_LETTERS)
    decomposed = unicodedata.normalize("NFKD", folded)  # casefold can undo the first pass
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Keys are folded (see `fold`), so "i går", "igår" and "i gar" are one entry each way.
_RELATIVE_DAYS = {
    # session 69: a week on from today or tomorrow, as the English say it ("next one a week
    # today", "back in a week tomorrow")
    "a week today": 7,
    "today week": 7,
    "a week tomorrow": 8,
    "tomorrow week": 8,
    "today": 0,
    "idag": 0,
    "i dag": 0,
    # session 43: "send deck eod", "skicka offert eod": by the end of today
    "eod": 0,
    "cob": 0,
    "yesterday": -1,
    "yday": -1,
    "y'day": -1,
    "y’day": -1,
    "yest": -1,
    "ystd": -1,  # lead35
    "yst": -1,
    # session 45: typed fast on a phone ("tomra ystrdy 🔥"; a Norwegian's "ig": commands.text)
    "ystrdy": -1,
    "yestrday": -1,
    "yesterdy": -1,
    "igar": -1,
    "i gar": -1,
    "igaar": -1,  # "i gaar": the old spelling, and how a keyboard without å writes it
    "i gaar": -1,
    "igaer": -1,  # "i gær"
    "i gaer": -1,
    "igjar": -1,  # session 56: "igjår", "i gjår" (a dialect's and a slip's spelling)
    "i gjar": -1,
    "igjaar": -1,
    "i gjaar": -1,
    "tomorrow": 1,
    # session 61: "tomorrow" misspelt ("will have another go tomorow": was no day, the step lost)
    "tomorow": 1,
    "tommorow": 1,
    "tommorrow": 1,
    "tmrw": 1,  # chat forms of "tomorrow"
    "tmw": 1,
    "tmr": 1,
    "tomoz": 1,
    "2moro": 1,
    "2morrow": 1,
    "imorgen": 1,
    "imorn": 1,  # "imorn", "i morn": spoken Norwegian
    "i morn": 1,
    "i morgen": 1,
    "imorra": 1,
    "i morra": 1,
    "i mrg": 1,  # session 40: the chat form ("sender tilbud i mrg")
    "imrg": 1,
    "i mgn": 1,
    "imorgon": 1,
    "i morgon": 1,
    "imorrn": 1,  # session 58: the Swedish chat forms ("ringer dem imorrn")
    "i morrn": 1,
    "imorron": 1,
    "i morron": 1,
    "day before yesterday": -2,
    "the day before yesterday": -2,
    "i forgars": -2,
    "iforgars": -2,
    "i forgaars": -2,
    "forgars": -2,
    "i forrgar": -2,
    "iforrgar": -2,
    "i forgar": -2,  # "i förgår": a common Swedish misspelling of "i förrgår"
    "forrgar": -2,
    "i forrigars": -2,  # "i forrigårs": how many Norwegians write "i forgårs"
    "iforrigars": -2,
    "forrigars": -2,
    # Earlier today: the time of day is ignored, the date is today.
    "i morse": 0,
    "imorse": 0,
    "i morges": 0,
    "imorges": 0,
    "i morgest": 0,  # session 58: the Norwegian dialect form ("Fjord Laks AS i morgest")
    "imorgest": 0,
    "na nettopp": 0,  # "nå nettopp", "lige nu", "just now": a moment ago, today
    "nettopp na": 0,
    "akkurat na": 0,
    "lige nu": 0,
    "just now": 0,
    "this aft": 0,
    "i formiddag": 0,
    "i formiddags": 0,
    "i ettermiddag": 0,
    "i eftermiddag": 0,
    "i eftermiddags": 0,
    "i kveld": 0,
    "i kvall": 0,
    "ikvall": 0,
    "i aften": 0,
    "this morning": 0,
    "this morn": 0,  # session 59: "Coffee w/ Greene King MD this morn"
    "this am": 0,  # session 51: "Quick call with Ocado this am" (was asked as words not read)
    "this pm": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
    "earlier today": 0,
    "tidligere i dag": 0,
    "tidligere idag": 0,
    "tidigare i dag": 0,
    "tidigare idag": 0,
    # session 67: "rang Balfour Beatty first thing, no answer" (was asked as words not read),
    # "pratade med Ica nyss" ("just nu" is "right now" of their mood: "inget intresse just nu")
    "first thing": 0,
    "first thing this morning": 0,
    "first thing today": 0,
    "nyss": 0,
    "alldeles nyss": 0,
    "i gar kveld": -1,
    "igar kveld": -1,
    "igar kvall": -1,
    "i gar kvall": -1,
    "i gar aftes": -1,
    "igar aftes": -1,
    "last night": -1,
    "day after tomorrow": 2,
    "the day after tomorrow": 2,
    "i overmorgen": 2,
    "iovermorgen": 2,
    "i overmorgon": 2,
    "iovermorgon": 2,
}


def _yesterday_typed_fast() -> set[str]:
    """Session 46. "yesterday" typed fast: its letters in order with some left out, from "y" to
    the last "y", five letters or more with its "d" ("ystday", "ysterday", "yestday", "ystrdy"), and two
    neighbours swapped ("yesterdya", "yestreday"); none of them is another English word."""
    word = "yesterday"
    middle = word[1:-1]
    found = set()
    for mask in range(1 << len(middle)):
        kept = "".join(ch for k, ch in enumerate(middle) if mask >> k & 1)
        if len(kept) >= 3 and "d" in kept:
            found.add(f"y{kept}y")
    for k in range(1, len(word) - 1):
        found.add(word[:k] + word[k + 1] + word[k] + word[k + 2 :])
    return found - {word}


for _typed in _yesterday_typed_fast():
    _RELATIVE_DAYS.setdefault(_typed, -1)
# The word a "yesterday" is said by, alone or after "i" ("yday", "igår", "i går": "gar"), folded
YESTERDAY_WORDS = frozenset(
    phrase.removeprefix("i ")
    for phrase, days in _RELATIVE_DAYS.items()
    if days == -1 and (" " not in phrase or (phrase.startswith("i ") and phrase.count(" ") == 1))
)

_WEEKDAY_NAMES = (
    ("monday", "mon", "mandag"),  # mandag (nb/da) and måndag (sv) fold alike
    # tis: sv short form; tysdag: Nynorsk (session 46, as laurdag and sundag)
    ("tuesday", "tue", "tues", "tirsdag", "tisdag", "tirs", "tis", "tysdag"),
    ("wednesday", "wed", "weds", "onsdag", "ons"),
    ("thursday", "thu", "thur", "thurs", "torsdag", "tors"),
    ("friday", "fri", "fre", "fredag"),
    ("saturday", "sat", "lordag", "laurdag"),  # lørdag / lördag
    ("sunday", "sun", "sondag", "sundag"),  # søndag / söndag
)
WEEKDAYS = {name: index for index, names in enumerate(_WEEKDAY_NAMES) for name in names}
# lead36 (undotted_prefixes): a shortened next/last and the week or weekday it names, as typed
_DOTTED_BEFORE_DAY = re.compile(
    r"(?<![\w.])(forr|förr|förra|forra|forrige|førre|prev|nxt|neste|næste|nästa|sist|sidste|last|"
    r"next|komm)\.\s+(?=(?:uke|uka|uken|veke|veka|vecka|veckan|uge|ugen|week|wk|wks|v|u|w|"
    r"man|mån|tir|tirs|tis|ons|tor|tors|fre|lør|lör|søn|sön|mandag|måndag|tirsdag|tisdag|onsdag|"
    r"torsdag|fredag|lørdag|lördag|søndag|söndag|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
    re.IGNORECASE,
)
_SCANDI_WEEKDAYS = {
    name: WEEKDAYS[name]
    for name in (
        "mandag",
        "tirsdag",
        "tisdag",
        "onsdag",
        "torsdag",
        "fredag",
        "lordag",
        "sondag",
        "tysdag",
        "laurdag",
        "sundag",
    )  # fmt: skip
}

# Swedish abbreviations whose ring makes them weekdays and nothing else ("Möte med Lindab mån");
# folded they are words ("man", "son").
_RINGED_WEEKDAYS = {"mån": "måndag", "lör": "lördag", "sön": "söndag"}
# Abbreviations that are weekdays only before a date ("man 30/11"): alone they are words.
_SHORT_WEEKDAYS = SHORT_WEEKDAYS = {
    "man": 0, "tir": 1, "tis": 1, "tor": 3, "lor": 5, "son": 6,
    # session 52: nynorsk's "tys" (tysdag) and "lau" (laurdag), four letters and a dot ("onsd.",
    # "torsd.", "tisd.", "tirsd.")
    "tys": 1, "lau": 5, "onsd": 2, "torsd": 3, "tisd": 1, "tirsd": 1,
}  # fmt: skip

_MONTH_NAMES = (
    ("jan", "januar", "januari", "january"),
    ("feb", "februar", "februari", "february"),
    ("mar", "mars", "marts", "march"),
    ("apr", "april"),
    ("mai", "maj", "may"),
    ("jun", "juni", "june"),
    ("jul", "juli", "july"),
    ("aug", "august", "augusti"),
    ("sep", "sept", "september"),
    ("okt", "oct", "oktober", "october"),
    ("nov", "november"),
    ("des", "dec", "desember", "december"),
)
MONTHS = {name: index + 1 for index, names in enumerate(_MONTH_NAMES) for name in names}


def _last_years_year_by_habit(found: date, today: date) -> date | None:
    """This January's day for a January day of last year read in January, else None."""
    if today.month == 1 and found.month == 1 and found.year == today.year - 1:
        return found.replace(year=today.year)
    return None


# Words before a date: neutral ones keep the caller's direction; the others pin a weekday.
_NEUTRAL_PREFIXES = {"on", "pa", "den", "the", "d.", "d"}  # Danish "d. 16/11"
_NEXT_PREFIXES = {"next", "nxt", "neste", "nasta", "naste", "naeste", "kommende", "kommande"}
LAST_PREFIXES = {
    "last",
    "forrige",
    "sist",
    "sidste",
    "forra",
    "forrga",
    "previous",
    "foregaende",
    "forr",
    "prev",
}  # lead35: "forr. uke"; lead36: "prev Friday"
_THIS_PREFIXES = {"this", "denne", "denna", "dette"}
# "til fredag", "innen 1.12.", "by Friday": a deadline, always ahead of today.
DEADLINE_WORDS = {
    "til", "till", "innen", "inden", "by", "until", "senest", "senast", "innan", "fore", "before"
}  # fmt: skip

# Periods, in their singular, plural and definite forms (folded).
_DAY_WORDS = {"dag", "dagar", "dager", "dage", "dagen", "day", "days", "dogn", "dgr", "dg", "d"}
_WEEK_WORDS = {
    "uke", "uka", "uken", "uker", "ukene", "veke", "veka", "veker", "vecka", "veckan",
    "veckor", "uge", "ugen", "uger", "week", "weeks",
}  # fmt: skip
# lead36: a week shortened after "next"/"last"/"this" ("förra v.", "neste u", "last wk.")
_SHORT_WEEK_WORDS = {"wk", "wks", "v", "u", "uk", "w", "vk", "vck"}
_MONTH_WORDS = {
    "maned", "maneden", "maneder", "mnd", "manad", "manaden", "manader", "month", "months",
}  # fmt: skip
_AGO_WORDS = {"siden", "sedan", "sen", "ago", "tilbake"}
_MONTH_POSITIONS = {
    "i": "start", "in": "start", "primo": "start", "early": "start", "medio": "middle",
    "mid": "middle", "mid-": "middle", "ultimo": "end", "late": "end",
    # "sista mars", "siste mars", "sidste marts": the month's last day (session 24)
    "sista": "end", "siste": "end", "sidste": "end",
}  # fmt: skip
_AFTER_WORDS = {"over", "etter", "efter", "after"}
_WEEKEND_WORDS = {"helgen", "helga", "helgi", "weekenden", "weekend"}
# The one table of number words (count_said), one to twenty in the four languages, folded
# (åtte -> atte, två -> tva). "Et par", "a couple", "några", "noen", "a few" are no count: said
# of days gone they are asked (lexicon.VAGUE_PAST), elsewhere not read as a number.
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "en": 1, "ett": 1, "ei": 1, "et": 1, "ein": 1,
    "two": 2, "to": 2, "tva": 2, "three": 3, "tre": 3, "four": 4, "fire": 4, "fyra": 4,
    "five": 5, "fem": 5, "six": 6, "seks": 6, "sex": 6, "seven": 7, "sju": 7, "syv": 7,
    "eight": 8, "atte": 8, "atta": 8, "otte": 8, "nine": 9, "ni": 9, "nio": 9,
    "ten": 10, "ti": 10, "tio": 10, "eleven": 11, "elleve": 11, "elva": 11,
    "twelve": 12, "tolv": 12, "thirteen": 13, "tretten": 13, "tretton": 13,
    "fourteen": 14, "fjorten": 14, "fjorton": 14, "fifteen": 15, "femten": 15, "femton": 15,
    "sixteen": 16, "seksten": 16, "sexton": 16, "seventeen": 17, "sytten": 17, "sjutton": 17,
    "eighteen": 18, "atten": 18, "arton": 18, "nineteen": 19, "nitten": 19, "nitton": 19,
    "twenty": 20, "tjue": 20, "tjugo": 20, "tyve": 20,
}  # fmt: skip
# "uke 48", "vecka 48", "uge 48", "week 48", "v48", "v. 48", "w48", "kw 48"; steps34: "u.48" (the
# Norwegian and Danish week's letter, with its dot only: "U2" is a name)
WEEK_NUMBER = _WEEK_NUMBER = re.compile(
    r"(?:uke|veke|vecka|uge|week|wk|kw|v|w|u(?=\.))\.?\s*([0-9]{1,2})"
)

# Session 63. "v2" glued: an offer's version, or a week near this one (within _NEAR_WEEKS)
_A_VERSIONS_MARK = re.compile(r"v[0-9]{1,2}")
_NEAR_WEEKS = 8


def a_version_not_a_week(said: str, monday: date, this_monday: date) -> bool:
    """ "v2" glued (folded) naming a week over eight weeks from this one (`monday` from
    `this_monday`): an offer's version ("Equinor ASA har fått v2 av tilbudet" said in May was
    dated week 2, January), never a day."""
    return (
        _A_VERSIONS_MARK.fullmatch(said) is not None
        and abs((monday - this_monday).days) > 7 * _NEAR_WEEKS
    )


# Time of day after a date is read and ignored: "kl 14", "kl. 10.30", "at 2pm", "14:30", "9-10".
_TIME_PREFIXES = {
    "kl", "kl.", "klokka", "klokken", "klockan", "kloka", "at", "@", "ca", "ca.", "cirka",
    "around", "omkring", "rundt",
}  # fmt: skip
_CLOCK = r"(?:[01]?[0-9]|2[0-4])(?:[:.]?[0-5][0-9])?"  # 14, 14:30, 14.30, 1430
_TIME = re.compile(
    rf"(?:kl\.?)?({_CLOCK})(?:\s*(?:-|\u2013|til|till)\s*{_CLOCK})?(am|pm|a\.m\.|p\.m\.)?"
)
_AM_PM = {"am", "pm", "a.m.", "p.m."}
# A part of the day after a date is ignored like a time: "i går ettermiddag", "yesterday
# afternoon", "igår på eftermiddagen", "i går kveld".
_DAY_PARTS = {
    "morges", "formiddag", "formiddags", "formiddagen", "ettermiddag", "ettermiddags",
    "ettermiddagen", "eftermiddag", "eftermiddags", "eftermiddagen", "kveld", "kvelden",
    "kvall", "kvallen", "aften", "aftes", "aftenen", "morning", "afternoon", "evening", "night",
    "lunsj", "lunch", "lunchen", "lunsjen", "frokost",
    # shortened: "i går em", "igår e.m.", "i dag fm" (efter/ettermiddag, formiddag)
    "em", "e.m", "e.m.", "fm", "f.m", "f.m.",
}  # fmt: skip
_DAY_PART_PREFIXES = {"pa", "i", "om", "in", "the", "at", "ved", "vid", "till", "til"}

# Days sellers name by the holiday (folded): (month, day). Julaften, romjul and nyttår in the four
# languages; "NYE"/"NYD" only in capitals (Norwegian "nye" is "new").
_HOLIDAYS = {
    # Lucia (13 December): "på Lucia", "luciadagen", "Lucia morning"
    **dict.fromkeys(("lucia", "luciadagen", "luciadag", "santa lucia", "sankta lucia"), (12, 13)),
    **dict.fromkeys(
        ("lille julaften", "lille juleaften", "lillejulaften", "lillejuleaften", "lilla julafton"),
        (12, 23),
    ),
    **dict.fromkeys(
        ("julaften", "juleaften", "julafton", "christmas eve", "xmas eve", "julaftenen"), (12, 24)
    ),
    **dict.fromkeys(
        ("forste juledag", "1. juledag", "juledag", "juldagen", "christmas day", "xmas day"),
        (12, 25),
    ),
    **dict.fromkeys(
        (
            "andre juledag",
            "annen juledag",
            "2. juledag",
            "anden juledag",
            "annandag jul",
            "annandagen",
            "boxing day",
        ),
        (12, 26),
    ),  # fmt: skip
    **dict.fromkeys(
        (
            "nyttarsaften",
            "nyarsafton",
            "nytarsaften",
            "new year's eve",
            "new years eve",
            "nyttarsafta",
        ),
        (12, 31),
    ),  # fmt: skip
    **dict.fromkeys(
        (
            "nyttarsdag",
            "1. nyttarsdag",
            "forste nyttarsdag",
            "nyarsdagen",
            "nyarsdag",
            "nytarsdag",
            "new year's day",
            "new years day",
        ),
        (1, 1),
    ),  # fmt: skip
}
_HOLIDAYS.update(
    dict.fromkeys(
        (
            "sankthans",
            "sankthansaften",
            "sankt hans",
            "sankt hans aften",
            "st hans",
            "st. hans",
            "st hans aften",
            "st. hans aften",
            "skt hans",  # Danish: "skt. hans aften" (session 21)
            "skt. hans",
            "skt hans aften",
            "skt. hans aften",
            "sankthansaftenen",
            "jonsok",
            "jonsokaften",
            "sankthansdag",
            "midsummer's eve",
            "midsummer eve",
        ),
        (6, 23),
    )  # fmt: skip
)
_HOLIDAYS.update(
    dict.fromkeys(
        (  # Epiphany, a public holiday in Sweden ("trettondagen") and named in Denmark too
            "trettondagen",
            "trettondedagen",
            "trettondedag jul",
            "trettondag jul",
            "trettonde dag jul",
            "trettende",
            "trettendedag",
            "trettende dag jul",
            "helligtrekongersdag",
            "hellig tre kongers dag",
            "epiphany",
        ),
        (1, 6),
    )  # fmt: skip
)
_HOLIDAYS.update(
    dict.fromkeys(
        (
            "valentine's day",
            "valentines day",
            "valentinsdag",
            "valentinsdagen",
            "alla hjartans dag",
        ),
        (2, 14),
    )
)
# May and June's named days (session 19): Norway's Constitution Day, Sweden's and Denmark's
# national days, Walpurgis Night, May Day said by its name.
_HOLIDAYS.update(
    {
        **dict.fromkeys(
            (
                "syttende mai", "syttande mai", "grunnlovsdagen", "grunnlovsdag",
                "nasjonaldagen", "nasjonaldag", "constitution day", "norwegian national day",
            ),
            (5, 17),
        ),
        **dict.fromkeys(
            ("nationaldagen", "sveriges nationaldag", "swedish national day"), (6, 6)
        ),
        **dict.fromkeys(("grundlovsdag", "grundlovsdagen", "constitution day dk"), (6, 5)),
        **dict.fromkeys(
            ("valborg", "valborgsmassoafton", "valborgsafton", "valborgsaften", "walpurgis night"),
            (4, 30),
        ),
        **dict.fromkeys(
            ("arbeidernes dag", "arbeidernes internasjonale kampdag", "arbetarnas dag",
             "arbejdernes kampdag", "forste mai", "forsta maj", "labour day"),
            (5, 1),
        ),
    }
)  # fmt: skip


def _bank_holiday_named(name: str):  # type: ignore[no-untyped-def]
    """The day of England's bank holiday `name` (python-holidays' name) in a year."""

    def day(year: int) -> date:
        from bot.services.public_holidays import england_days_off

        return next(d for d, n in england_days_off(year).items() if n == name)

    return day


# The UK's bank holidays by their names, a day computed from the year ("the bank holiday" alone
# names none: asked).
_BANK_HOLIDAYS = {
    **dict.fromkeys(
        ("early may bank holiday", "the early may bank holiday", "may day bank holiday",
         "the may day bank holiday", "may bank holiday", "the may bank holiday",
         "early may bank hol", "may bank hol"),
        _bank_holiday_named("May Day"),
    ),
    **dict.fromkeys(
        ("spring bank holiday", "the spring bank holiday", "late may bank holiday",
         "the late may bank holiday", "whitsun bank holiday", "spring bank hol"),
        _bank_holiday_named("Spring Bank Holiday"),
    ),
    **dict.fromkeys(
        ("summer bank holiday", "the summer bank holiday", "august bank holiday",
         "the august bank holiday"),
        _bank_holiday_named("Late Summer Bank Holiday"),
    ),
}  # fmt: skip
# Days counted from Easter Sunday (fastelavn, Shrove Tuesday): Easter - 49, - 48, - 47.
_FROM_EASTER = {
    **dict.fromkeys(("fastelavnssondag", "fastelavnsondag", "fastlagssondag"), -49),
    **dict.fromkeys(("fastelavnsmandag", "blamandag", "blamandagen"), -48),
    **dict.fromkeys(
        (
            "fettisdagen",
            "feitetirsdag",
            "fetetirsdag",
            "hvidetirsdag",
            "shrove tuesday",
            "pancake day",
            "pancake tuesday",
        ),
        -47,
    ),  # fmt: skip
    # Easter, Ascension and Whitsun, named as the day (folded; with or without "på", "on")
    **dict.fromkeys(("palmesondag", "palmsondag", "palmsondagen", "palm sunday"), -7),
    **dict.fromkeys(
        (
            "skjaertorsdag",
            "skaertorsdag",
            "skartorsdag",
            "skartorsdagen",
            "maundy thursday",
            "maundy thurs",
            "maundy thur",
            "maundy thu",
            "skjartorsdag",
            # session 68: "i skärtorsdags", "i skjærtorsdags": the day gone, as "i fredags"
            "skartorsdags",
            "skjaertorsdags",
            "skaertorsdags",
            "skjartorsdags",
        ),
        -3,
    ),  # fmt: skip
    **dict.fromkeys(("langfredag", "langfredagen", "langfredags", "good friday", "good fri"), -2),
    **dict.fromkeys(
        (
            "paskeaften",
            "paskafton",
            "paskaftonen",
            "paskelordag",
            "paskelordagen",
            "easter saturday",
            "holy saturday",
        ),
        -1,
    ),  # fmt: skip
    **dict.fromkeys(
        ("1. paskedag", "forste paskedag", "paskedag", "paskdagen", "easter sunday", "easter day"),
        0,
    ),  # fmt: skip
    **dict.fromkeys(
        (
            "2. paskedag",
            "andre paskedag",
            "annen paskedag",
            "anden paskedag",
            "annandag pask",
            "annandagpask",
            "easter monday",
            "easter mon",
        ),
        1,
    ),  # fmt: skip
    # Session 23. "Tesco Easter Tues, warm" (was a customer "Tesco Easter" met on Tue 30 Mar)
    **dict.fromkeys(("easter tuesday", "easter tues", "easter tue"), 2),
    **dict.fromkeys(
        (
            "kristi himmelfartsdag",
            "kristi himmelfart",
            # session 66: as Danes shorten it ("inden Kr. himmelfart")
            "kr. himmelfart",
            "kr himmelfart",
            "kr. himmelfartsdag",
            "kr himmelfartsdag",
            "kristi himmelsfardsdag",
            "kristi himmelsfard",
            "kristi himmelfartsdagen",
            "kristi himmelsfardsdagen",
            "ascension day",
            "ascension",
            "himmelfartsdag",
            "himmelfartsdagen",
            # session 63: a Swede's ("efter Kristi himmelfärd" was a name "Kristi")
            "kristi himmelfard",
            "kristi himmelfardsdag",
            "kristi himmelfardsdagen",
            "himmelfardsdag",
            "himmelfardsdagen",
        ),
        39,
    ),  # fmt: skip
    # the Friday between Ascension Day and the weekend, taken off by many ("inneklemt fredag")
    **dict.fromkeys(
        (
            "inneklemt fredag",
            "innklemt fredag",
            "inneklemte fredag",
            "den inneklemte fredagen",
            "inneklemte fredagen",
            "den inneklemte fredag",
            "bridge day",
            "the bridge day",
            "klamdag",
            "klamdagen",
            "klemmedag",
            "klemmedagen",
            "klemdag",
            "klemdagen",
            # session 21 (parser21): "inneklemt dag", as sellers call it in May
            "inneklemt dag",
            "innklemt dag",
            "inneklemte dag",
            "inneklemte dagen",
            "den inneklemte dagen",
        ),
        40,
    ),  # fmt: skip
    # Denmark's Great Prayer Day (a holiday until 2023, still named): Easter + 26
    **dict.fromkeys(("store bededag", "store bededagsdag"), 26),
    **dict.fromkeys(("pinseaften", "pingstafton", "whitsun eve"), 48),
    **dict.fromkeys(
        ("1. pinsedag", "forste pinsedag", "pinsedag", "pingstdagen", "whit sunday", "whitsunday"),
        49,
    ),  # fmt: skip
    **dict.fromkeys(
        (
            "2. pinsedag",
            "andre pinsedag",
            "annen pinsedag",
            "anden pinsedag",
            "annandag pingst",
            "whit monday",
        ),
        50,
    ),  # fmt: skip
}


@lru_cache(maxsize=64)  # reader30: a pure function of the year, asked ~11 times a message
def _easter(year: int) -> date:
    """Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def easter_sunday(year: int) -> date:
    """Easter Sunday of `year` (the Gregorian computus), for readers outside this module."""
    return _easter(year)


# Session 20: the eves and Easter Monday as phones write them too: Sweden's and Denmark's eve
# of Epiphany (5 January), Denmark's "nytårsaftensdag" and "juleaftensdag", "påskemandag".
_HOLIDAYS.update(
    {
        **dict.fromkeys(
            ("trettondagsafton", "trettondagsaftonen", "trettondagsafon", "helligtrekongersaften"),
            (1, 5),
        ),
        **dict.fromkeys(
            ("nytarsaftensdag", "nyttarsaftensdag", "nyarsaftonen", "nyttarsaftenen"), (12, 31)
        ),
        **dict.fromkeys(("juleaftensdag", "julaftensdag"), (12, 24)),
        **dict.fromkeys(("helligtrekonger", "hellig tre konger", "helligtrekongers"), (1, 6)),
    }
)
_FROM_EASTER.update(dict.fromkeys(("paskemandag", "paskmandag", "paskmandagen"), 1))
_ONE_WORD_NAMES = {"sankthans", "jonsok", "sankthansaften", "lucia"}
# heldcmd28: "Valborg Fastigheter i förrgår" (was: a customer "Fastigheter" called on 30 April)
_ONE_WORD_NAMES |= {"valborg"}
# The Swedish midsummer, on the Friday (afton) and Saturday (dagen) of 19..26 June.
_MIDSOMMAR = {"midsommarafton": 4, "midsommardagen": 5, "midsommardag": 5}
_IN_CAPITALS = {"NYE": (12, 31), "NYD": (1, 1)}
# Between Christmas and New Year, for a done activity: its first working day (read only once it
# is over: inside it, yesterday or today is the seller's to say).
_BEFORE_CHRISTMAS = {
    "for jul", "for julen", "innan jul", "innan julen", "fore jul", "inden jul", "inden julen",
    "before christmas", "before xmas",
}  # fmt: skip
# Session 26 (heldmsg26). "følger opp før nyttår" said in the romjul: by the last working day
# before nyttårsaften, as "før jul" in December (ahead only; said before Christmas it names no
# day yet).
_BEFORE_NEW_YEAR = {
    "for nyttar", "for nyttaret", "innan nyar", "innan nyaret", "fore nyar", "fore nyaret",
    "inden nytar", "inden nytaret", "before new year", "before the new year",
}  # fmt: skip
_SECOND_DAY_ALONE = {"annandagen", "annandag"}
_ENGLISH_HOLIDAY = re.compile(r"\b(?:christmas|xmas|new year)\b")
# Session 24 (heldmsg24). "följer upp innan midsommar" said in June: by the last working day
# before midsommarafton (its Thursday), a follow-up's day, as "innan jul" is (ahead only).
_BEFORE_MIDSOMMAR = {
    "innan midsommar",
    "fore midsommar",
    "innan midsommarafton",
    "fore midsommarafton",
}
_ROMJUL = {
    "romjulen", "romjula", "romjul", "jul og nyttar", "mellandagarna", "mellandagar",
    "mellemdagene", "mellemdagen", "christmas and new year", "jul och nyar", "jul og nytar",
}  # fmt: skip
# Every word that belongs to a date or time expression (folded), for callers that must not
# take such a word for part of a name.
DATE_WORDS = (
    {name for name in WEEKDAYS if len(name) > 4}
    | {name + "s" for name in _SCANDI_WEEKDAYS}
    | {name + "en" for name in _SCANDI_WEEKDAYS}
    | {name for name in MONTHS if len(name) > 3 and name not in ("mars", "august")}
    | _DAY_WORDS
    | _WEEK_WORDS
    | _MONTH_WORDS
    | (_AGO_WORDS - {"sen", "tilbake"})
    | {word for phrase in _RELATIVE_DAYS for word in phrase.split() if len(word) > 2}
    | {"kl", "klokka", "klokken", "klockan", "am", "pm", "wk", "kw", "forgars", "forrgar"}
    | (_DAY_PARTS - {"lunch", "lunsj", "night", "evening"})
    | {"morse", "helgen", "helga", "weekend", "tidligere", "tidigare", "earlier", "primo"}
    | {"medio", "ultimo", "nyttar", "jul", "paske", "sommer", "sommar", "hosten"}
    | {"weekenden", "slutten", "slutet", "slutningen", "begynnelsen", "borjan", "midten"}
    | {word for phrase in (*_HOLIDAYS, *_ROMJUL) for word in phrase.split() if len(word) > 6}
    | {word for phrase in _FROM_EASTER for word in phrase.split() if len(word) > 6}
    | {"kristi"}
)
DATE_WORDS = {word for word in DATE_WORDS if len(word) > 1} - {
    "the", "day", "i", "after", "before", "morgen", "morgon",
    # session 70: a holiday's name's nation or kind alone is a company's word ("Ringte Norwegian,
    # svarer ikke": the airline, was refused as no customer; "Swedish Match", "National Grid")
    "norwegian", "swedish", "national", "sveriges", "constitution", "internasjonale",
}  # fmt: skip

_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
# 18.11.  18.11.2026  18.11.26  18/11  18/11-2026  and (only if plausible) 18.11
_DOTTED = re.compile(r"([0-9]{1,2})[./]([0-9]{1,2})(?:([./-])([0-9]{2}|[0-9]{4}))?(\.?)")
_DOTTED_SHAPE = re.compile(r"[0-9]{1,2}[./][0-9]{1,2}(?:[./-][0-9]{2,4}|[./])")
_DAY_MONTH_SPACE_YEAR = re.compile(
    r"([0-9]{1,2})[./]([0-9]{1,2})\.? ((?:19|20)[0-9]{2})"
)  # 4/1 2027
_DASHED = re.compile(r"([0-9]{1,2})-([0-9]{1,2})-([0-9]{4}|[0-9]{2})")  # Danish 27-11-2026
_DAY = r"([0-9]{1,2})(?:\.|st|nd|rd|th|:e|:a|e)?"
_MONTH = r"([a-z]+)\.?"
_YEAR = r"(?:,?\s*([0-9]{4}))?"
_DAY_MONTH = re.compile(rf"{_DAY}\s*[-/.]?\s*{_MONTH}{_YEAR}")  # 27. november, 27 Nov, 27th Nov
_MONTH_DAY = re.compile(rf"{_MONTH}\s*{_DAY},?{_YEAR}")  # Nov 27, November 27th, 2026
_TRAILING = ",;:!?"
_DAY_ONLY = re.compile(r"([0-9]{1,2})(?:\.|st|nd|rd|th|:e|:a)")  # "den 16.", "the 16th"
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MAX_WORDS = 6


def misspellings(word: str) -> set[str]:
    """A long day or month name typed with two letters swapped or one left out inside it
    ("onsdga", "Thrusday", "tirsdg", "novmeber", "desmber"); never the first letter, never a
    letter left off the end ("Frida" is a name) nor one letter for another ("Mandal" is a
    town)."""
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
    dropped = {word[:i] + word[i + 1 :] for i in range(1, len(word) - 1)}
    return (swapped | dropped) - {word}


def _typo_index() -> dict[str, str]:
    names = [n for n in WEEKDAYS if len(n) >= 6]
    names += [n + "s" for n in _SCANDI_WEEKDAYS]  # "i onsdgas", "i måndgas"
    names += [n for n in MONTHS if len(n) >= 6]
    found: dict[str, set[str]] = {}
    for name in names:
        for typo in misspellings(name):
            found.setdefault(typo, set()).add(name)
    real = set(WEEKDAYS) | set(MONTHS) | set(names)
    return {typo: next(iter(n)) for typo, n in found.items() if len(n) == 1 and typo not in real}


_TYPOS = _typo_index()
_TYPO_KEYS = _TYPOS.keys()


def respelt(word: str) -> str:
    """A folded word, or the day or month name it misspells ("onsdga" -> "onsdag"; "onsdga,"
    -> "onsdag,")."""
    typo = _TYPOS.get(word)
    if typo is not None:
        return typo
    bare = word.rstrip(_TRAILING + ".")
    typo = _TYPOS.get(bare) if bare != word else None
    return word if typo is None else typo + word[len(bare) :]


# lead36. A prefix shortened with a full stop ("forr. uke", "prev. week", "nxt. Fri", "förra v.")
# reads as written without it (were: "forr. uke" unread, the meeting dated today, sure).
_DOTTED_PREFIXES = {"forr", "forra", "forrige", "forg", "prev", "nxt", "neste", "nasta", "sist"}
_DOTTED_PREFIXES |= {"sidste", "last", "next", "naeste", "komm", "kommende", "kommande"}
_DOTTED_PREFIX = re.compile(r"(?<![\w.])(" + "|".join(sorted(_DOTTED_PREFIXES)) + r")\.(?=\s)")


def undotted_prefixes(text: str) -> str:
    """lead36. "Møte med Tine forr. uke", "Met Tesco prev. week", "förra v. ": a prefix's full
    stop before a week or a weekday ends no sentence (a message was split there and the meeting
    dated today, sure); the text with such stops taken out, else as it was."""
    if "." not in text:
        return text
    return _DOTTED_BEFORE_DAY.sub(r"\1 ", text)


# lead36: "i onsdags förra veckan", "i tisdags i sidste uge": that weekday of the week gone, as
# typed or folded
_DAY_OF_THE_WEEK_GONE = re.compile(
    r"\bi (mandag|måndag|tirsdag|tisdag|onsdag|torsdag|fredag|lørdag|lördag|lordag|søndag|söndag|"
    r"sondag)s ((?:i )?(?:sidste uge|förra veckan|forra veckan|förra vecka|forra vecka|"
    r"forrige uke|forrige uge|sist uke))\b",
    re.IGNORECASE,
)


def a_day_of_the_week_gone(text: str) -> str:
    """lead36. "i onsdags förra veckan" as "onsdag förra veckan", "i tisdags i sidste uge" as
    "tisdag i sidste uge": a weekday gone of the week gone, said as the readers read it (was this
    week's; the message reader reads at most four words at a time); any other text as it was."""
    return _DAY_OF_THE_WEEK_GONE.sub(r"\1 \2", text)


def _normalise(text: str) -> str:
    folded = " ".join(fold(text).split()).rstrip(_TRAILING)
    if "." in folded:
        folded = _DOTTED_PREFIX.sub(r"\1", folded)
    words = folded.split(" ")
    if "." in folded:
        # session 53: a misspelt month glued to its day ("1.desmber": was no date)
        words = [_GLUED_TYPO.sub(_the_month_mended, w) if "." in w else w for w in words]
        folded = " ".join(words)
    if _TYPO_KEYS.isdisjoint(words):
        return folded
    return " ".join(_TYPOS.get(w, w) for w in words)  # "i onsdgas", "2. desmber"


_GLUED_TYPO = re.compile(r"^([0-9]{1,2}\.)([^\W\d_]{5,})$")


def _the_month_mended(m: re.Match[str]) -> str:
    return m[1] + _TYPOS.get(m[2], m[2])


def looks_like_date(token: str) -> bool:
    """True for tokens shaped like a numeric date, even impossible ones ("2026-13-45", "31.02.").

    A bare "dd.mm" (no trailing dot, no year) only counts when day and month are in range,
    so amounts such as "12.50" are not mistaken for dates.
    """
    text = _normalise(token)
    if _ISO.fullmatch(text) or _DOTTED_SHAPE.fullmatch(text) or _DASHED.fullmatch(text):
        return True
    bare = re.fullmatch(r"([0-9]{1,2})[./]([0-9]{1,2})", text)
    return bool(bare) and (
        (1 <= int(bare[1]) <= 31 and 1 <= int(bare[2]) <= 12) or _month_first(text) is not None
    )


def _month_first(text: str) -> tuple[int, int] | None:
    """ "11/18", "11/18/2026": an American month/day, read as such only when it cannot be a
    day/month (the second number is no month); (month, day) or None."""
    m = re.fullmatch(r"([0-9]{1,2})/([0-9]{1,2})(?:/(?:[0-9]{2}|[0-9]{4}))?", text)
    if m and 1 <= int(m[1]) <= 12 and 13 <= int(m[2]) <= 31:
        return int(m[1]), int(m[2])
    return None


def _make_date(year: int, month: int, day: int, original: str) -> date:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        raise UserError("bad_date", text=original) from None


def _without_year(day: int, month: int, today: date, direction: Direction, original: str) -> date:
    """A day and month without a year is its nearest occurrence, ahead or back ("27.11." typed on
    20 November is next week, not last year); a tie goes to `direction`. The caller's checks
    then refuse a date on the wrong side of today instead of moving it a year."""
    if not (1 <= month <= 12 and 1 <= day <= _DAYS_IN_MONTH[month - 1]):
        raise UserError("bad_date", text=original)
    candidates = []
    for year in range(today.year - 4, today.year + 5):
        try:
            candidates.append(date(year, month, day))
        except (ValueError, OverflowError):
            continue
    if not candidates:
        raise UserError("bad_date", text=original)
    ahead_first = direction == "future"
    return min(candidates, key=lambda d: (abs((d - today).days), (d < today) == ahead_first))


def _day_month_year(
    day: int, month: int, year: str | None, today: date, direction: Direction, original: str
) -> date:
    if year is None:
        return _without_year(day, month, today, direction, original)
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    return _make_date(full_year, month, day, original)


def _numeric_date(text: str, today: date, direction: Direction, original: str) -> date | None:
    if m := _ISO.fullmatch(text):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), original)
    if m := _DASHED.fullmatch(text):
        return _day_month_year(int(m[1]), int(m[2]), m[3], today, direction, original)
    if not looks_like_date(text):
        return None
    m = _DOTTED.fullmatch(text)
    if m is None:  # date-shaped but malformed, e.g. a three-digit year
        raise UserError("bad_date", text=original)
    day, month = int(m[1]), int(m[2])
    if (american := _month_first(text)) is not None:
        month, day = american
    return _day_month_year(day, month, m[4], today, direction, original)


def _named_month_date(phrase: str, today: date, direction: Direction, original: str) -> date | None:
    """27. november, 27 Nov 2026, 27th of November, Nov 27, November 27th, 27:e november."""
    phrase = " ".join(word for word in phrase.split(" ") if word not in ("of", "the", "den"))
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        m = pattern.fullmatch(phrase)
        if m is None:
            continue
        month = MONTHS.get(m[month_group])
        if month is None:
            continue
        return _day_month_year(int(m[day_group]), month, m[3], today, direction, original)
    return None


def _day_of_month(
    day: int, today: date, direction: Direction, original: str, weekday: int | None = None
) -> date:
    """ "den 16.": this month's 16th when it is on the caller's side of today ("den 3." typed on
    the 20th for something that happened is the 3rd of this month, not of next month); else the
    nearest 16th (the month before or after), which the caller may refuse."""
    if not 1 <= day <= 31:
        raise UserError("bad_date", text=original)
    if day <= _month_length(today):
        this_month = today.replace(day=day)
        if (this_month <= today) if direction == "past" else (this_month >= today):
            return this_month
    candidates = []
    for shift in (-2, -1, 0, 1, 2):
        first = _add_months(today.replace(day=1), shift)
        try:
            candidates.append(first.replace(day=day))
        except ValueError:
            continue
    ahead_first = direction == "future"
    if ahead_first and day <= _month_length(today) and (today - today.replace(day=day)).days > 3:
        # session 65: "meeting booked for the 8th" said on the 19th is next month's 8th (was
        # this month's, the nearer, refused as gone); a day just gone ("den 17." on the 19th)
        # stays the nearest, refused as a slip; with its weekday, only where that agrees
        # ("Tues 22nd" on Thursday the 31st is the Tuesday gone, not Friday 22 November)
        ahead = min(d for d in candidates if d > today)
        if weekday is None or ahead.weekday() == weekday:
            return ahead
    return min(candidates, key=lambda d: (abs((d - today).days), (d < today) == ahead_first))


def _weekday_date(weekday: int, today: date, mode: str) -> date:
    """mode: "past" = on or before today, "before" = strictly before, "after" = strictly after."""
    if mode == "after":
        return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    back = (today.weekday() - weekday) % 7
    if mode == "before" and back == 0:
        back = 7
    return today - timedelta(days=back)


# heldcmd31. A weekday said gone after it ("Tues just gone", "the Friday just gone", "Monday
# gone", "fredag som var", "fredagen som var", "fredag der var"): the latest such day before
# today, a week ago when said on that weekday (folded; was: "just gone" asked, or the name's).
_JUST_GONE = {("just", "gone"), ("gone",), ("som", "var"), ("der", "var"), ("that", "was")}


def _weekday_just_gone(words: list[str]) -> int | None:
    """The weekday of "Tues just gone" and its kin, or None."""
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    if not 2 <= len(words) <= 3 or tuple(words[1:]) not in _JUST_GONE:
        return None
    day = _weekday_word(words[0])
    return day if day is not None else _SHORT_WEEKDAYS.get(words[0].rstrip("."))


def _weekday_word(word: str) -> int | None:
    """fredag, fre., Friday, and the Scandinavian definite form "fredagen"."""
    word = word.rstrip(".")
    if word in WEEKDAYS:
        return WEEKDAYS[word]
    if word.endswith("en") and word[:-2] in _SCANDI_WEEKDAYS:
        return _SCANDI_WEEKDAYS[word[:-2]]
    return None


def is_weekday(token: str) -> bool:
    """A weekday's name or short form ("fredag", "fre.", "Friday", "tirs", "mån", "fredagen")."""
    word = respelt(fold(_unringed(token)).rstrip(_TRAILING).rstrip("."))
    return _weekday_word(word) is not None or word in _SHORT_WEEKDAYS


_NEXT_WEEKDAY_WORDS = {"neste", "naeste", "nasta", "next", "nxt", "nesta"}


def next_weekday_either(words: Sequence[str], today: date) -> tuple[date, date] | None:
    """Session 69. "neste fredag", "nästa torsdag", "next Friday" said while that weekday is
    still ahead this week (a Friday said on a Wednesday): this week's or the next week's? Both
    days, in order (asked, each on its button); None when the words are no such thing or the
    weekday is gone this week (then the next one is meant, as read)."""
    said = [fold(w).strip(",;:.!?") for w in words if w.strip(",;:.!?")]
    if said[:1] and said[0] in ("pa", "on", "den", "the"):
        said = said[1:]
    if len(said) != 2 or said[0] not in _NEXT_WEEKDAY_WORDS:
        return None
    day = weekday_index(said[1])
    if day is None or day <= today.weekday():
        return None
    first = today + timedelta(days=day - today.weekday())
    return first, first + timedelta(days=7)


def weekday_index(token: str) -> int | None:
    """Monday 0 … Sunday 6 for a weekday's name or short form (as `is_weekday` reads it)."""
    word = respelt(fold(_unringed(token)).rstrip(_TRAILING).rstrip("."))
    found = _weekday_word(word)
    return found if found is not None else _SHORT_WEEKDAYS.get(word)


def _add_months(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    last = _DAYS_IN_MONTH[month] if month != 1 else (29 if _is_leap(year) else 28)
    return date(year, month + 1, min(day.day, last))


def _month_length(day: date) -> int:
    if day.month == 2:
        return 29 if _is_leap(day.year) else 28
    return _DAYS_IN_MONTH[day.month - 1]


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _count(word: str) -> int | None:
    if word.isdigit() and len(word) <= 3:
        return int(word)
    return _NUMBER_WORDS.get(word)


# Which talk with the customer this is, said before its noun ("andre møtet", "2:a mötet",
# "tredje møde", "3rd call"): its count, never a day. Folded; one list for the command reader
# (commands/text.py, which also reads any "Nth"/"N." written with digits) and the channel
# messages' (capture/cues.py: a meeting held, said so).
TALK_ORDINALS = frozenset({
    "andre", "tredje", "fjerde", "femte", "sjette", "sjuende", "syvende", "attende", "niende",
    "tiende", "andra", "fjarde", "sjatte", "sjunde", "attonde", "nionde", "tionde", "anden",
    "andet", "ottende", "second", "third", "fourth", "fifth", "sixth", "2nd", "3rd", "4th", "5th",
    "6th", "7th", "8th", "9th", "10th", "2:a", "3:e", "4:e", "5:e", "6:e", "7:e", "8:e", "9:e",
    "10:e",
})  # fmt: skip
# The first said so ("første møte", "first meeting"): which talk in a command; in a channel message
# "første møtet med Kiwi" may be one to come, so no cue of a meeting held there.
FIRST_TALK = frozenset({"forste", "first", "forsta", "1st", "1:a", "1:e"})


def count_words(low: int, high: int) -> tuple[str, ...]:
    """mendA32. The number words of count_said from `low` to `high`, as typed (folded, and the
    three with a letter folding changes: "två", "åtte", "åtta"), longest first: the count of a
    talk written in words ("tre samtal", "three calls") is read where digits are, by this table."""
    folded = {word for word, n in _NUMBER_WORDS.items() if low <= n <= high}
    typed = {word for word in ("två", "åtte", "åtta") if fold(word) in folded}
    return tuple(sorted(folded | typed, key=lambda w: (-len(w), w)))


def count_said(word: str) -> int | None:
    """A count written as digits or a number word ("2", "to", "två", "two", "tolv", "tjugo"),
    folded; None. The one place number words are read as counts (talk counts, contract terms,
    relative dates, /kpi's periods): the same word counts the same everywhere."""
    return _count(word)


def _shift(today: date, count: int, unit: str) -> date | None:
    if unit in _DAY_WORDS:
        return today + timedelta(days=count)
    if unit in _WEEK_WORDS:
        return today + timedelta(weeks=count)
    if unit in _MONTH_WORDS:
        return _add_months(today, count)
    return None


def _relative_period(words: list[str], today: date) -> date | None:
    """ "for 2 dager siden", "för 2 dagar sedan", "2 days ago" (back); "om to uker", "in 2 weeks"
    (ahead): exactly that many days, weeks (7 days) or calendar months from today."""
    if words[-1] in _AGO_WORDS:
        body = words[:-1]
        if body and body[0] == "for":  # "for 2 dager siden" / "för 2 dagar sedan"
            body = body[1:]
        sign = -1
    elif words[0] in ("om", "in"):
        body, sign = words[1:], 1
    else:
        return None
    if body in (["a", "fortnight"], ["one", "fortnight"]):
        body = ["2", "weeks"]  # "in a fortnight", "a fortnight ago": two weeks (session 27)
    if len(body) != 2:
        return None
    count = _count(body[0])
    if count is None or count > 400:
        return None
    return _shift(today, sign * count, body[1])


def _week_start(year: int, week: int) -> date | None:
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


class WeekdayClash(UserError):
    """mendH31. A weekday and a date that are not the same day ("tirsdag 3." when the 3rd is a
    Thursday): refused as no date on the calendar (bad_date) where nothing asks, and a log
    command asks which day was meant (log_questions.weekday_clash_question). `said` is the date
    read, `weekday` the weekday said (Monday 0)."""

    def __init__(self, text: str, said: date, weekday: int) -> None:
        super().__init__("bad_date", text=text)
        self.said, self.weekday = said, weekday

    def days(self) -> tuple[date, date]:
        """The date said, and the weekday said nearest it (at most three days off)."""
        shift = (self.weekday - self.said.weekday()) % 7
        return self.said, self.said + timedelta(days=shift if shift <= 3 else shift - 7)


def _week_date(
    words: list[str], today: date, direction: Direction, original: str, *, monday_only: bool = False
) -> date | None:
    """A week means its Monday: "uke 48" is the nearest week 48 (ahead or back, like a date
    without a year), "neste uke", "forrige uke", "denne uken" the next, last or this week.
    Looking ahead, the week that has already begun means today (its Monday is behind us),
    unless `monday_only` (a weekday of that week is wanted)."""
    if words[0] in ("i", "in", "pa", "on") and len(words) > 1:
        words = words[1:]
    this_monday = today - timedelta(days=today.weekday())
    monday: date | None = None
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    if tuple(words) in _WEEK_BEFORE_LAST:
        monday = this_monday - timedelta(weeks=2)  # lead35: "week before last", "förrförra veckan"
    elif len(words) == 2 and (
        words[1] in _WEEK_WORDS or words[1].rstrip(".") in _SHORT_WEEK_WORDS
    ):  # "last wk" (days29), "förra v.", "forrige u." (lead36)
        shift = {**dict.fromkeys(_NEXT_PREFIXES, 1), **dict.fromkeys(LAST_PREFIXES, -1)}
        shift |= dict.fromkeys(_THIS_PREFIXES, 0)
        if words[0] not in shift:
            return None
        monday = this_monday + timedelta(weeks=shift[words[0]])
    elif words in (["den", "har", "veckan"], ["i", "veckan"], ["veckan"]):
        monday = this_monday
    else:
        said = " ".join(words)
        # session 53: a step's week number ending its sentence ("booker møte uke 50.", "f/u
        # v.50."): was refused as a 50th day of the month (a record's "forrige uke 27." keeps
        # its "27." unread)
        m = _WEEK_NUMBER.fullmatch(said)
        if m is None and direction == "future":
            m = _WEEK_NUMBER.fullmatch(re.sub(r"(?<=[0-9])\.$", "", said))
        years = range(today.year - 1, today.year + 2)
        if m is None and len(words) > 1 and re.fullmatch(r"20[0-9]{2}", words[-1]):
            # days29: "uke 47 2026", "v. 47, 2026": that year's week (the year was the amount)
            m = _WEEK_NUMBER.fullmatch(" ".join(words[:-1]).rstrip(","))
            years = range(int(words[-1]), int(words[-1]) + 1)
        if m is None:
            return None
        week = int(m[1])
        if not 1 <= week <= 53:
            raise UserError("bad_date", text=original)
        this_week = today - timedelta(days=today.weekday())
        starts = [start for year in years if (start := _week_start(year, week)) is not None]
        if not starts:
            raise UserError("bad_date", text=original)
        ahead_first = direction == "future"
        monday = min(
            starts, key=lambda d: (abs((d - this_week).days), (d < this_week) == ahead_first)
        )
        later = [start for start in starts if start >= this_week]
        if ahead_first and monday < this_week - timedelta(weeks=13) and later:
            # heldcmd31: a week looked ahead to that is a quarter or more gone this year is next
            # year's ("neste møte uke 24" said in December: June to come; was refused as past)
            monday = min(later)
        if a_version_not_a_week(said, monday, this_week):
            return None  # session 63: "Bröderna Ek Snickeri AB igår, v2" (May): a version
    if monday_only:
        return monday
    # Looking ahead, the week under way is from today; a week wholly gone stays its Monday (the
    # caller refuses it as past), never today (was: "uke 28" said in November read as today).
    under_way = monday <= today < monday + timedelta(days=7)
    return today if direction == "future" and under_way else monday


# lead35. The week before last, in the four languages (folded: "før" is "for"): two weeks gone
_WEEK_BEFORE_LAST = {
    ("week", "before", "last"), ("wk", "before", "last"), ("uka", "for", "forrige"),
    ("uken", "for", "forrige"), ("forrige", "forrige", "uke"), ("forrforrige", "uke"),
    ("forrforrige", "uka"), ("forrforra", "veckan"), ("forrforra", "vecka"),
    ("forforra", "veckan"), ("veckan", "fore", "forra"), ("ugen", "for", "sidste"),
    ("forrige", "forrige", "uge"), ("forrforrige", "uge"), ("ugen", "for", "forrige"),
}  # fmt: skip

_EARLIER_WORDS = {"tidligere", "tidigare", "tidlegare", "earlier", "tidlig", "tidigt", "early"}


def _earlier_this_week(
    words: list[str], today: date, direction: Direction, original: str
) -> date | None:
    """ "tidligere i uka", "tidigare i veckan", "tidligere på ugen", "earlier this week",
    "early this week": a day of this week before today, said without which one; its Monday, as
    "denne uken" (weekly figures are the same whichever day it was)."""
    if direction != "past" or len(words) < 2 or words[0] not in _EARLIER_WORDS:
        return None
    rest = words[1:]
    while len(rest) > 1 and rest[0] in ("i", "in", "pa", "this", "denne", "denna", "dette"):
        rest = rest[1:]
    if rest not in (["uka"], ["uken"], ["veckan"], ["ugen"], ["week"], ["uke"], ["uge"]):
        return None
    return today - timedelta(days=today.weekday())


# "Uka som gikk:", "Ugen der gik", "Veckan som gick", "the week that was": the week a weekly
# summary is about. Posted Monday to Wednesday, the week before; later, this week. Its Monday.
_WEEK_GONE = {
    ("uka", "som", "gikk"), ("uken", "som", "gikk"), ("uka", "som", "har", "gatt"),
    ("uken", "som", "har", "gatt"), ("veka", "som", "gjekk"), ("ugen", "der", "gik"),
    ("ugen", "som", "gik"), ("ugen", "der", "er", "gaet"), ("veckan", "som", "gick"),
    ("veckan", "som", "varit"), ("veckan", "som", "gatt"), ("the", "week", "that", "was"),
    ("the", "week", "gone"), ("week", "gone"),
}  # fmt: skip


def _week_gone(words: list[str], today: date, direction: Direction, original: str) -> date | None:
    """ "uka som gikk", "ugen der gik", "veckan som gick": the last week on Monday to
    Wednesday (a summary posted after the weekend), this week from Thursday on."""
    if direction != "past" or tuple(words) not in _WEEK_GONE:
        return None
    this_monday = today - timedelta(days=today.weekday())
    return this_monday - timedelta(weeks=1) if today.weekday() <= 2 else this_monday


# A day said as a span of days ("rett før helgen", "i slutten av forrige uke", "early last
# week"): the span's day a careful colleague would write down. Before the weekend is the Friday
# before the latest weekend gone; the end, middle or start of last week its Friday, Wednesday or
# Monday (the week is what the figures need; "forrige uke" alone is its Monday).
_SPAN_NEAR = {"rett", "lige", "like", "just", "right", "precis", "helt", "straks"}
SPAN_BEFORE = _SPAN_BEFORE = {"for", "fore", "innan", "inden", "before"}
_SPAN_POSITIONS = {
    **dict.fromkeys(
        ("slutten av", "slutet av", "slutet pa", "slutningen af", "slutningen pa", "sist i",
         "sidst i", "end of", "the end of", "late", "enden av", "tail end of"), 4),
    **dict.fromkeys(
        ("midt i", "midten av", "midten af", "mitten av", "mitt i", "mid", "middle of",
         "the middle of", "midweek"), 2),
    **dict.fromkeys(
        ("begynnelsen av", "starten av", "starten af", "starten pa", "borjan av", "borjan pa",
         "forst i", "start of", "the start of", "beginning of", "the beginning of", "early",
         "tidlig", "tidligt i", "tidigt i"), 0),
}  # fmt: skip


# The summer holidays (fellesferie, industrisemester, sommerferie): ISO weeks 28..30, as the
# Scandinavian common holiday is. Said of a done activity once they are over (weeks 31..43),
# before them is the Friday of week 27, in them their first Monday (a span, asked: judge).
_HOLIDAY_NOUNS = {
    "ferien", "ferie", "sommerferien", "fellesferien", "semestern", "semestren", "sommarsemestern",
    "industrisemestern", "holidays", "holiday", "hols", "summer",
}  # fmt: skip
_IN_A_SPAN = {"i", "in", "under", "over", "during", "pa"}
# Session 67. The schools' breaks, whose weeks differ by county and year ("før høstferien", "innan
# höstlovet", "inden efterårsferien", "before half term"): a span, asked, never a day guessed
_SCHOOL_BREAKS = {
    fold(w)
    for w in """høstferie høstferien höstlov höstlovet efterårsferie efterårsferien vinterferie
    vinterferien sportlov sportlovet jullov jullovet juleferie juleferien
    påskeferie påskeferien påsklov påsklovet half-term halfterm""".split()
} | {"half term"}


def said_as_a_span(words: Sequence[str]) -> bool:
    """A day said by the summer holidays ("i fellesferien", "before the hols") or as before a
    holiday ("før nyttår", not "annandag jul"): a span's day or a guess, asked (a command
    leaves it unread, a message asks)."""
    return _said_as_a_span(tuple(words))


@lru_cache(maxsize=4096)  # reader28: a pure function of the words, asked again of the same
def _said_as_a_span(words: tuple[str, ...]) -> bool:
    folded = [fold(w).strip(",.;:") for w in words]
    eves = {"nyttar", "nytar", "nyar", "nyaret", "nyttaret", "jul", "julen", "christmas", "xmas"}
    if _weekday_before_easter(folded, date(2000, 1, 1)) is not None:
        return False  # "onsdag før påske": that day of Easter week, no span
    named = [w for w in folded if w]
    if named[:1] == ["the"]:
        named = named[1:]
    if len(named) > 2 and (
        (named[0], named[1]) in _DAY_BESIDE
        or (named[1] in _BESIDE or named[1] in _BESIDE_AFTER)
        and (_weekday_word(named[0]) is not None or named[0] in _SHORT_WEEKDAYS)
    ):
        named = named[2:]  # "dagen før …", "Fri before …": the day it is told from
        if " ".join(named) in _WHITSUN:
            return False  # "fredag før pinse": the Friday before Whit Sunday
    if names_a_holiday(" ".join(named)):
        return False  # "on the early May bank holiday": one day by its name
    if any(w in _HOLIDAY_NOUNS or w in _SCHOOL_BREAKS for w in folded) or (
        "half term" in " ".join(folded)
    ):
        return True
    if folded[:1] and folded[0] in ("i", "in", "under", "during", "over"):
        if " ".join(folded[1:]) in _EASTER_HOLIDAY:
            return True  # "i påska": four days
    eves |= _EASTER_NOUNS
    return any(w in _SPAN_BEFORE for w in folded) and any(w in eves for w in folded)


# "før nyttår", "innan jul", "before Christmas" said of a done activity once the holiday has
# come (within six weeks): the latest day it can be, the day before (asked: judge).
_HOLIDAY_DAYS = {
    **dict.fromkeys(
        ("nyttar", "nytar", "nyar", "nyaret", "nyttaret", "new year", "the new year"), (1, 1)
    ),
    **dict.fromkeys(("jul", "julen", "christmas", "xmas"), (12, 24)),
}


def _before_a_holiday(words: list[str], today: date) -> date | None:
    if len(words) < 2 or words[0] not in _SPAN_BEFORE:
        return None
    said = _HOLIDAY_DAYS.get(" ".join(words[1:]))
    if said is None and " ".join(words[1:]) in _FROM_EASTER:
        # "før Kristi himmelfart", "before Whit Monday": a day counted from Easter
        holiday = _easter(today.year) + timedelta(days=_FROM_EASTER[" ".join(words[1:])])
        gone = 0 < (today - holiday).days <= 42
        return holiday - timedelta(days=1) if gone else None
    if said is None:
        return None
    month, day = said
    holiday = date(today.year, month, day)
    if holiday > today:
        holiday = date(today.year - 1, month, day)
    if (today - holiday).days > 42:
        return None
    return holiday - timedelta(days=1)


# Easter said as a span (folded): the holiday itself, its week, what is before it. In Norway and
# Denmark it starts on Maundy Thursday, in Sweden and the UK on Good Friday.
_EASTER = {"paske", "pasken", "paska", "pask", "easter", "paaske", "paasken", "paaska", "paask"}
_EASTER_HOLIDAY = {
    "paske", "pasken", "paska", "paskehelga", "paskehelgen", "paskeferien", "paskeferie",
    "paskas", "paskhelgen", "pasklovet", "easter", "easter weekend", "the easter weekend",
    "the easter holidays", "the easter break", "easter break",
}  # fmt: skip
_FROM_GOOD_FRIDAY = {"paskas", "paskhelgen", "pasklovet"}  # Swedish: skärtorsdag is worked
_EASTER_WEEK = {
    "paskeuka", "paskeuken", "paskeveka", "paskveckan", "paskeugen", "paskeuge", "holy week",
    "easter week", "the easter week", "paskeveckan",
}  # fmt: skip
_EASTER_NOUNS = _EASTER | _EASTER_HOLIDAY | _EASTER_WEEK | {"kristi", "pinse", "pingst"}


def _easter_span(words: list[str], today: date) -> date | None:
    """Easter gone (within six weeks), said of a done activity: "i påskeuka" its Monday (one
    week, as a week is its Monday); "før påske" the last working day before the holiday (asked:
    judge), Wednesday in Norway and Denmark, Thursday in Sweden and the UK; "i påska", "over the
    Easter weekend" its first day (asked)."""
    if len(words) < 2:
        return None
    easter = _easter(today.year)
    if not 0 < (today - easter).days <= 42:
        return None
    first, rest = words[0], " ".join(words[1:])
    if first in _SPAN_BEFORE and rest in _EASTER:
        return easter - timedelta(days=4 if first in ("for", "inden") else 3)
    if first in ("i", "in", "under", "during", "over", "pa"):
        if rest in _EASTER_WEEK:
            return easter - timedelta(days=6)
        if rest in _EASTER_HOLIDAY:
            english = rest.split()[-1] in ("easter", "weekend", "holidays", "break")
            return easter - timedelta(days=2 if english or rest in _FROM_GOOD_FRIDAY else 3)
    return None


def _weekday_in_easter_week(words: list[str], today: date) -> date | None:
    """Session 23. "onsdag i påskeuka", "onsdag i påskeugen", "Weds in Holy Week": that weekday
    of the week Easter Sunday ends, once Easter is gone (within six weeks), as "onsdag i romjula"
    is (was the week's Monday, the weekday asked). None otherwise."""
    if len(words) < 3 or words[1] not in ("i", "in", "pa", "under", "during"):
        return None
    if " ".join(words[2:]) not in _EASTER_WEEK:
        return None
    weekday = _weekday_word(words[0])
    if weekday is None:
        weekday = _SHORT_WEEKDAYS.get(words[0].rstrip("."))
    easter = _easter(today.year)
    if weekday is None or not 0 < (today - easter).days <= 42:
        return None
    return easter - timedelta(days=6 - weekday)


def _weekday_before_easter(words: list[str], today: date) -> date | None:
    """ "onsdag før påske", "onsdag före påsk", "Weds before Easter": that weekday of Easter
    week, this year's (a done activity on one still ahead is refused as any day ahead is).
    "fredag før påske" is Good Friday or the Friday a week before it: None (not read, asked)."""
    if len(words) != 3 or words[1] not in _SPAN_BEFORE or words[2] not in _EASTER:
        return None
    weekday = _weekday_word(words[0])
    if weekday is None:
        weekday = _SHORT_WEEKDAYS.get(words[0].rstrip("."))
    if weekday is None or weekday == 4:
        return None
    return _easter(today.year) - timedelta(days=7 if weekday == 6 else 6 - weekday)


def _weekday_after_easter(words: list[str], today: date) -> date | None:
    """Session 64. "tisdag efter påsk", "onsdag etter påske", "Weds after Easter": that weekday
    of the week after Easter Sunday, this year's ("bokade möte tisdag efter påsk" was the
    coming Tuesday, a week early). "mandag etter påske" is Easter Monday or the week after it:
    None (not read, asked), as a weekend day is."""
    if len(words) != 3 or words[1] not in _BESIDE_AFTER or words[2] not in _EASTER:
        return None
    weekday = _weekday_word(words[0])
    if weekday is None:
        weekday = _SHORT_WEEKDAYS.get(words[0].rstrip("."))
    if weekday is None or not 1 <= weekday <= 4:
        return None
    return _easter(today.year) + timedelta(days=1 + weekday)


# "dagen før 17. mai", "dagen efter pinse", "the day before the May bank holiday" (folded)
_DAY_BESIDE = {
    ("dagen", "for"): -1, ("dagen", "fore"): -1, ("dagen", "innan"): -1, ("dagen", "inden"): -1,
    ("day", "before"): -1, ("dagen", "etter"): 1, ("dagen", "efter"): 1, ("day", "after"): 1,
}  # fmt: skip
_BESIDE = {"for": -1, "fore": -1, "innan": -1, "inden": -1, "before": -1}
_BESIDE_AFTER = {"etter": 1, "efter": 1, "after": 1}
_FIRST_DAY = {
    ("forste", "dag"), ("forste", "dagen"), ("forste", "arbeidsdag"), ("forste", "arbeidsdagen"),
    ("forste", "arbejdsdag"), ("forste", "arbejdsdagen"), ("forsta", "dagen"), ("forsta", "dag"),
    ("forsta", "arbetsdagen"), ("forsta", "arbetsdag"), ("first", "day"),
    ("first", "working day"), ("first", "workday"), ("first", "business day"),
}  # fmt: skip


def _first_working_day_after_easter(words: list[str], today: date) -> date | None:
    """Session 20 (parser20). "første dag etter påske", "første arbeidsdag etter påske",
    "första dagen efter påsk", "the first working day after Easter": the Tuesday after Easter
    Monday (a holiday in all four countries), within three weeks after it. None otherwise
    ("etter påske" alone is a span: asked)."""
    if words[:1] in (["the"], ["den"], ["pa"], ["on"]):
        words = words[1:]
    if len(words) < 4 or words[-2] not in _BESIDE_AFTER or words[-1] not in _EASTER:
        return None
    if (words[0], " ".join(words[1:-2])) not in _FIRST_DAY:
        return None
    tuesday = _easter(today.year) + timedelta(days=2)
    return tuesday if 0 <= (today - tuesday).days <= 21 else None


# New Year by its name (folded): "nyttår", "nyår", "nytår", "New Year('s)" and their holiday
_NEW_YEAR = {
    "nyttar", "nyttaret", "nyar", "nyaret", "nytar", "nytaret", "new year", "new year's",
    "the new year", "nyttarsdag", "nyttarsdagen", "1. nyttarsdag", "nyarsdagen", "nyarsdag",
    "nytarsdag", "nytarsdagen", "new year's day",
}  # fmt: skip


def _day_after_new_year(words: list[str], today: date, direction: Direction) -> date | None:
    """Session 24. "første arbeidsdag etter nyttår", "första arbetsdagen efter nyår", "the first
    working day after New Year": the first weekday after 1 January (a holiday in all four
    countries); "mandag etter nyttår", "the Monday after New Year": the first such weekday after
    it (none when 1 January is that weekday: that day, or a week later? asked). The New Year
    just gone (within three weeks after it), or, for a step ahead, the coming one in December.
    None otherwise ("etter nyttår" alone is a span: asked)."""
    if words[:1] in (["the"], ["den"], ["pa"], ["on"]):
        words = words[1:]
    if len(words) < 3:
        return None
    for tail in _IN_THE_NEW_YEAR:
        if len(words) > len(tail) and tuple(words[-len(tail) :]) == tail:
            # session 70: "første arbeidsdag i januar", "første arbejdsdag i det nye år", "the
            # first working day of January": as "… etter nyttår" (was no day: the step missed)
            words = [*words[: -len(tail)], "etter", "nyttar"]
            break
    after = next((i for i, word in enumerate(words) if word in _BESIDE_AFTER), None)
    if after is None or after == 0 or " ".join(words[after + 1 :]) not in _NEW_YEAR:
        return None
    if today.month == 1 and (today - date(today.year, 1, 1)).days <= 21:
        new_year = date(today.year, 1, 1)
    elif today.month == 12 and direction == "future":
        new_year = date(today.year + 1, 1, 1)
    else:
        return None
    first, rest = words[0], " ".join(words[1:after])
    if (first, rest) in _FIRST_DAY:
        day = new_year + timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day
    weekday = _weekday_word(first) if after == 1 else None
    if weekday is None or weekday == new_year.weekday():
        return None
    return new_year + timedelta(days=(weekday - new_year.weekday()) % 7)


# The new year's start said as a month or the year ("i januar", "i det nye år", "of January")
_IN_THE_NEW_YEAR = tuple(
    tuple(phrase.split())
    for phrase in (
        "i januar", "i januari", "in january", "of january", "in jan", "of jan", "i jan",
        "i det nye ar", "i det nya aret", "in the new year", "i det nye aret", "i nyaret",
    )
)  # fmt: skip


# Whitsun by its name alone, as Easter's "påske": the Sunday (a weekday before or after it)
_WHITSUN = {"pinse", "pinsen", "pingst", "pingsten", "whitsun", "whitsunday", "pentecost"}


_CHRISTMAS_WORDS = {"jul", "julen", "christmas", "xmas", "the christmas"}


def _day_beside_a_day(words: list[str], today: date, direction: Direction) -> date | None:
    """Session 19. "dagen før 17. mai", "dagen efter Kristi himmelfart", "the day after Whit
    Monday": the day before or after a day named (a holiday or a date); "fredag før pinse",
    "tirsdag etter 17. mai", "Fri before the May bank holiday": the latest such weekday before
    it, the first after it (within a week). None for anything else, and for the Monday after a
    Sunday's holiday ("mandag etter pinse": Whit Monday or a week later?) and Easter (its own
    rules: "fredag før påske" is asked)."""
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) < 3:
        return None
    step = _DAY_BESIDE.get((words[0], words[1]))
    weekday = None
    if step is None:
        weekday = _weekday_word(words[0])
        if weekday is None:
            weekday = _SHORT_WEEKDAYS.get(words[0].rstrip("."))
        step = _BESIDE.get(words[1], _BESIDE_AFTER.get(words[1]))
        if weekday is None or step is None:
            return None
    rest = words[2:]
    if any(word in _EASTER | _EASTER_HOLIDAY | _EASTER_WEEK for word in rest):
        return None  # Easter's: _weekday_before_easter, _easter_span
    named: date | None
    if " ".join(rest) in _CHRISTMAS_WORDS:
        # session 66: "fredag før jul", "the Friday before Christmas": told from Christmas Eve
        # (was "møte fredag" due by the last working day before Christmas)
        named = date(today.year, 12, 24)
        if direction == "future" and named < today:
            named = date(today.year + 1, 12, 24)
        elif direction != "future" and named > today:
            named = date(today.year - 1, 12, 24)
    elif " ".join(rest) in _WHITSUN:
        found = [_easter(y) + timedelta(days=49) for y in (today.year - 1, today.year)]
        gone = [d for d in found if d - timedelta(days=7) <= today]
        named = max(gone) if gone else None
        if direction == "future" and (named is None or named + timedelta(days=7) < today):
            # session 66: "møte tirsdag etter pinse" said in May is this year's, ahead (was
            # last year's Whitsun, refused as a step in the past)
            named = found[1] if found[1] + timedelta(days=7) >= today else None
    else:
        try:
            named = parse_date(" ".join(rest), today=today, direction=direction)
        except UserError:
            return None
    if named is None:
        return None
    if weekday is None:
        return named + timedelta(days=step)
    if step > 0 and weekday == 0 and named.weekday() == 6:
        return None  # "mandag etter pinse": Whit Monday, or the week after?
    if step < 0:
        return named - timedelta(days=(named.weekday() - weekday) % 7 or 7)
    return named + timedelta(days=(weekday - named.weekday()) % 7 or 7)


# Session 20 (parser20): the holiday said alone in the three weeks after Easter ("før ferien",
# "i ferien", "before the holiday", "over the hols"): the Easter holiday just gone.
_THE_HOLIDAY = {
    "ferien", "ferie", "feriene", "holiday", "holidays", "hols", "break", "paskeferien",
    "paskeferie", "pasklovet", "paskelovet",
}  # fmt: skip


def _the_holiday_as_easter(words: list[str], today: date) -> date | None:
    """Session 20 (parser20). "Oppsummert fra før ferien: …", "Summary from before the
    holiday: …", "møtte Tine i ferien" said within three weeks after Easter Sunday: the Easter
    holiday's day as "før påske", "i påska" say it (asked: a span, judge). None otherwise."""
    if len(words) < 2 or not 0 < (today - _easter(today.year)).days <= 21:
        return None
    rest = words[1:]
    if rest[:1] in (["the"], ["my"], ["our"]):
        rest = rest[1:]
    if len(rest) != 1 or rest[0] not in _THE_HOLIDAY:
        return None
    english = rest[0] in ("holiday", "holidays", "hols", "break")
    return _easter_span([words[0], "easter" if english else "paske"], today)


def _summer_span(words: list[str], today: date) -> date | None:
    if not words or not 31 <= today.isocalendar()[1] <= 43:
        return None
    before = words[0] in _SPAN_BEFORE
    rest = words[1:] if before or words[0] in _IN_A_SPAN else words
    if rest[:1] in (["the"], ["my"], ["our"]):
        rest = rest[1:]
    if rest[:1] == ["summer"] and len(rest) == 2:
        rest = rest[1:]  # "before the summer holidays"
    if len(rest) != 1 or rest[0] not in _HOLIDAY_NOUNS:
        return None
    if not before and words[0] not in _IN_A_SPAN:
        return None
    week_28 = date.fromisocalendar(today.year, 28, 1)
    return week_28 - timedelta(days=3) if before else week_28


def _span_of_days(
    words: list[str], today: date, direction: Direction, original: str
) -> date | None:
    """ "rett før helgen", "lige før weekenden", "before the weekend", "i slutten av forrige
    uke", "end of last week", "mid last week", "i början av förra veckan": a day of a span gone."""
    said = words[1:] if words and words[0] in _SPAN_NEAR else words
    eve = _before_a_holiday(said, today)
    if eve is not None:
        return eve if direction == "past" else None
    summer = _summer_span(said, today)
    if summer is not None:
        return summer if direction == "past" else None
    easter = _easter_span(said, today) or _the_holiday_as_easter(said, today)
    if easter is not None:
        return easter if direction == "past" else None
    while words and words[0] in ("i", "in", "at", "pa", "on", "om", "the"):
        words = words[1:]
    near = bool(words) and words[0] in _SPAN_NEAR
    if near:
        words = words[1:]
    if len(words) >= 2 and words[0] in _SPAN_BEFORE:
        rest = words[1:]
        if rest[0] == "the":
            rest = rest[1:]
        if rest not in (["helgen"], ["helga"], ["weekenden"], ["weekend"], ["helgi"]):
            return None
        if direction == "future" and not near:
            return today + timedelta(days=(4 - today.weekday()) % 7)  # "følger opp før helgen"
        # done, or "rett før helgen" (just gone): the latest Friday before today
        return today - timedelta(days=(today.weekday() - 4) % 7 or 7)
    for size in (3, 2, 1):
        position = _SPAN_POSITIONS.get(" ".join(words[:size]))
        if position is None or len(words) != size + 2:
            continue
        monday = _week_date(words[size:], today, "past", original, monday_only=True)
        if monday is None or monday >= today - timedelta(days=today.weekday()):
            return None  # only a week gone: "i slutten av uka" may still be ahead (either way)
        return monday + timedelta(days=position)
    return None


def _weekday_of_week(
    words: list[str], today: date, direction: Direction, original: str
) -> date | None:
    """ "mandag forrige uke", "tirsdag i forrige uke", "onsdag förra veckan", "Monday last
    week", "last week Tuesday", "tisdag v46", "uke 46 tirsdag": that weekday of that week."""
    if words[0] in ("on", "pa") and len(words) > 2:
        words = words[1:]  # "on Tuesday last week"
    if len(words) < 2:
        return None
    ends = ((_day_of_a_week(words[0]), words[1:]), (_day_of_a_week(words[-1]), words[:-1]))
    for weekday, rest in ends:
        if weekday is None:
            continue
        while len(rest) > 1 and rest[0] in ("i", "in", "pa", "of", "the", "den"):
            rest = rest[1:]
        monday = _week_date(rest, today, direction, original, monday_only=True)
        if monday is not None:
            return monday + timedelta(days=weekday)
    return None


def _day_of_a_week(word: str) -> int | None:
    """A weekday beside a week ("v49 tis", "man uke 48"): its short forms are days there too."""
    found = _weekday_word(word)
    return found if found is not None else _SHORT_WEEKDAYS.get(word.rstrip("."))


_MONTH_END_NOUNS = {"end", "slutten", "slutet", "slutningen", "utgangen", "udgangen"}  # (65: da)
_MONTH_OVER = {"omme", "slutt", "slut", "over", "ovre", "forbi", "ute"}


def _named_month(words: list[str], today: date, direction: Direction) -> date | None:
    """ "i januar", "in January", "primo januar" (its first day), "medio desember" (the 15th),
    "ultimo mars" (its last day): the nearest such month; ahead, the month that has begun
    means today. A month name alone is not a date ("Mars AS"). "end of May", "i slutten av
    mai", "slutet av maj", "slutningen af maj" (session 19) are "ultimo" said in words."""
    if len(words) > 2 and words[0] in ("i", "the") and words[1] in _MONTH_END_NOUNS:
        words = words[1:]
    if len(words) == 3 and words[1] in ("er", "ar", "is") and words[2] in _MONTH_OVER:
        words = ["ultimo", words[0]]  # session 67: "før juni er omme", "innan juni är slut"
    in_words = len(words) == 3 and words[0] in _MONTH_END_NOUNS and words[1] in ("of", "av", "af")
    words_said = words  # "end of March" names its last day; "i slutten av april" gone is asked
    if in_words:
        words = ["ultimo", words[2]]
    if len(words) != 2 or words[0] not in _MONTH_POSITIONS:
        return None
    month = MONTHS.get(words[1].rstrip("."))
    if month is None:
        return None
    firsts = [date(year, month, 1) for year in (today.year - 1, today.year, today.year + 1)]
    this_month = today.replace(day=1)
    ahead_first = direction == "future"
    first = min(firsts, key=lambda d: (abs((d - this_month).days), (d < this_month) == ahead_first))
    position = _MONTH_POSITIONS[words[0]]
    if position == "end":
        day = _add_months(first, 1) - timedelta(days=1)
    else:
        day = first.replace(day=15) if position == "middle" else first
    if in_words and direction == "past" and day < today and words_said[0] != "end":
        return None  # "i slutten av april" done: which day of its last week? asked
    return max(day, today) if direction == "future" and first == this_month else day


def _after_weekend(words: list[str], today: date) -> date | None:
    """ "over helgen", "etter helga", "efter weekenden", "after the weekend": next Monday."""
    if len(words) >= 2 and words[0] in _AFTER_WORDS and words[-1] in _WEEKEND_WORDS:
        if len(words) == 2 or (len(words) == 3 and words[1] == "the"):
            return _weekday_date(0, today, "after")
    return None


def _month_period(words: list[str], today: date, direction: Direction) -> date | None:
    """ "neste måned", "next month", "förra månaden": the month's first day (today, ahead, if
    this month has begun)."""
    found = _named_month(words, today, direction) or _after_weekend(words, today)
    if found is not None:
        return found
    if words[0] in ("i", "in") and len(words) > 1:
        words = words[1:]
    if len(words) != 2 or words[1] not in _MONTH_WORDS:
        return None
    if words[0] in _NEXT_PREFIXES:
        shift = 1
    elif words[0] in LAST_PREFIXES:
        shift = -1
    elif words[0] in _THIS_PREFIXES:
        shift = 0
    else:
        return None
    first = _add_months(today.replace(day=1), shift)
    return max(first, today) if direction == "future" and shift == 0 else first


def time_suffix(tokens: Sequence[str], *, after_date: bool = True) -> int:
    """How many trailing tokens are a time of day ("kl 14", "kl. 10.30", "at 2 pm", "14:30",
    "9-10"), 0 if none. Without a prefix such as "kl" a bare "10.30" counts only `after_date`,
    so that "12.50" can still be an amount; a bare whole number never counts."""
    return _time_suffix(tuple(tokens), after_date)


@lru_cache(maxsize=8192)
def _time_suffix(tokens: tuple[str, ...], after_date: bool) -> int:
    """reader28. `time_suffix`, remembered: a pure function of the tokens (a command's reader
    asks it a dozen times of the same few tails)."""
    words = [fold(token).rstrip(_TRAILING) for token in tokens]
    if words and words[-1] in _DAY_PARTS:
        size = 1
        while size < min(len(words), 3) and words[-size - 1] in _DAY_PART_PREFIXES:
            size += 1
        return size
    for size in (3, 2, 1):
        if size > len(words):
            continue
        tail = words[-size:]
        prefixed = False
        while len(tail) > 1 and tail[0] in _TIME_PREFIXES:
            tail, prefixed = tail[1:], True
        if len(tail) == 2 and tail[1] in _AM_PM:
            tail = [tail[0] + tail[1]]
        if len(tail) != 1:
            continue
        m = _TIME.fullmatch(tail[0])
        if m is None:
            continue
        glued_kl = tail[0].startswith("kl")
        shaped = ":" in tail[0] or m[2] is not None or glued_kl
        ranged = bool(re.search(r"[-\u2013]", tail[0]))
        bare_four = re.fullmatch(r"[0-9]{3,4}", m[1]) is not None
        if bare_four and not (prefixed or glued_kl):
            continue  # "1300" alone is a number, not a time
        if not (prefixed or glued_kl) and re.fullmatch(r"0?[0-5]\.(?:0?[1-9]|1[0-2])", tail[0]):
            continue  # session 48: "f/u 15/12, 01.12": 1 December, never 01:12 at night
        if prefixed or shaped or (after_date and ("." in m[1] or ranged)):
            return size
        if ranged and _working_hours(tail[0]):
            return size  # "Equinor 14-15 i dag": a meeting's hours, wherever they stand
    return 0


def _working_hours(text: str) -> bool:
    """ "14-15", "9-10", "8-16": whole hours of a working day, the end after the start (not a
    score "2-1", not "3-4" weeks)."""
    m = re.fullmatch(r"([0-9]{1,2})[-\u2013]([0-9]{1,2})", text)
    return m is not None and 6 <= int(m[1]) < int(m[2]) <= min(24, int(m[1]) + 10)


class _Refused(NamedTuple):
    """A UserError parse_date raised, kept by its cache (raised afresh each time it is asked)."""

    code: str
    params: tuple[tuple[str, object], ...]
    clash: tuple[date, int] | None = None  # a WeekdayClash's date and weekday (mendH31)


# The weekend just gone, said of something done (folded).
_LAST_WEEKEND = {
    "i helga", "i helgen", "i helgi", "over helga", "over helgen", "i weekenden", "over weekenden",
    "i weekend", "over the weekend", "at the weekend", "this weekend", "on the weekend",
    "forrige helg", "sist helg", "forra helgen", "i lordags og sondags",
}  # fmt: skip


# Session 24 (holdout 23; moved here from commands/new_year.py by readers25, so that channel
# messages read it as the commands do). Last year's year typed by habit in January: "Orkla 5.1.2026",
# "booket møte 12.1.2026", "4/1/26" typed on 7 January 2027. As typed the day is a year back: a
# meeting logged a year and two days late (refused as too old) or a next step a year gone (refused
# as passed). A careful colleague reads the slip: the same day this January, when that is on the
# side of today the record needs (done work by today, a next step from today). A date typed
# with last year's year that makes sense as typed (30.12.2026, or 8.1.2026 for done work, whose
# 8 January this year is still ahead) is kept as typed.
# "5.1.2026", "4/1/26", "2026-01-05", "5. januar 2026", "Jan 5, 2026": the year, as typed
_YEAR_TYPED = r"(?:^|[./-]){year}[.,;:]*$|^{full}-[0-9]{{1,2}}-[0-9]{{1,2}}[.,;:]*$"


def typed_last_year(day: date, today: date, words: Sequence[str], *, ahead: bool) -> date:
    """`day` read from `words` (the date as typed); this January's day when the year typed
    is last year's by habit (see above), else `day` unchanged."""
    if today.month != 1 or day.month != 1 or day.year != today.year - 1:
        return day
    full, short = str(day.year), f"{day.year % 100:02d}"
    typed = re.compile(_YEAR_TYPED.format(year=f"(?:{full}|{short})", full=full), re.IGNORECASE)
    if not any(typed.search(word) for word in words):
        return day  # no year typed ("i fjor", "last year"): the day said is last year's
    this_year = day.replace(year=today.year)
    return this_year if (this_year >= today if ahead else this_year <= today) else day


def parse_date(text: str, *, today: date, direction: Direction) -> date | None:
    """Read one date expression; None if `text` is not one, UserError("bad_date") if impossible.
    The same question gives the same answer (the reader of a channel message asks it for every
    run of one to four words, some thirty times a message): remembered for the last few thousand.
    See `_parse_date`."""
    found = _remembered(text, today, direction)
    if isinstance(found, _Refused) and found.clash is not None:
        raise WeekdayClash(str(dict(found.params)["text"]), *found.clash)
    if isinstance(found, _Refused):
        raise UserError(found.code, **dict(found.params))
    return found


def names_a_day(words: Sequence[str], today: date) -> bool:
    """Any run of one to three words a day is read from ("om to uker", "i kveld", "Tine i går")."""
    for size in (1, 2, 3):
        for start in range(len(words) - size + 1):
            try:
                if parse_date(" ".join(words[start : start + size]), today=today, direction="past"):
                    return True
            except UserError:
                return True  # an impossible day is still a day said
    return False


@lru_cache(maxsize=8192)
def _remembered(text: str, today: date, direction: Direction) -> date | None | _Refused:
    try:
        found = _parse_date(text, today=today, direction=direction)
        if found is None and " " in text.strip() and text.rstrip()[-2:-1].isalpha():
            if text.rstrip().endswith("."):
                # session 44: a phrase ending its sentence ("tirsdag forrige uke.", "tuesday
                # last week."; was read as Tuesday this week, "forrige uke." unread)
                found = _parse_date(text.rstrip()[:-1], today=today, direction=direction)
        return found
    except WeekdayClash as clash:
        return _Refused(clash.code, tuple(clash.params.items()), (clash.said, clash.weekday))
    except UserError as refused:
        return _Refused(refused.code, tuple(refused.params.items()))


def _parse_date(text: str, *, today: date, direction: Direction) -> date | None:
    """Read one date expression; None if `text` is not one, UserError("bad_date") if impossible.

    Weekdays: "past" means the most recent such day on or before today, "future" the next one
    strictly after today. "next/neste fredag" and "til fredag" are always upcoming,
    "last/forrige/i fredags" always before today, whatever the direction. A day and month
    without a year is the closest such day in `direction`. Weeks: see `_week_date`.
    """
    original = text.strip()
    phrase = _normalise(_unringed(text))
    if not phrase:
        return None
    if (gone_week := a_day_of_the_week_gone(phrase)) != phrase:
        return _parse_date(gone_week, today=today, direction=direction)  # lead36
    relative = _RELATIVE_DAYS.get(phrase.rstrip("."))
    if relative is not None:
        return today + timedelta(days=relative)
    if phrase.rstrip(".") in _LAST_WEEKEND and direction == "past":
        # "i helga", "i weekenden", "over the weekend": the weekend's Saturday, as a week is its
        # Monday (this weekend's, on a Saturday or Sunday)
        return today - timedelta(days=(today.weekday() - 5) % 7)

    words = phrase.split(" ")
    if len(words) > _MAX_WORDS:
        return None
    gone = _weekday_just_gone(words)
    if gone is not None:
        return _weekday_date(gone, today, "before")
    holiday = _holiday(words, original, today, direction)
    if holiday is not _NOT_A_HOLIDAY:
        return holiday
    bank = _bank_holiday(words, today, direction)
    if bank is not None:
        return bank
    in_easter_week = (
        _weekday_before_easter(words, today)
        or _weekday_in_easter_week(words, today)
        or _weekday_after_easter(words, today)
    )
    if in_easter_week is not None:
        return in_easter_week
    after_easter = _first_working_day_after_easter(words, today)
    if after_easter is not None:
        return after_easter
    after_new_year = _day_after_new_year(words, today, direction)
    if after_new_year is not None:
        return after_new_year
    beside = _day_beside_a_day(words, today, direction)
    if beside is not None:
        return beside
    span = _span_of_days(words, today, direction, original)
    if span is not None:
        return span
    ending = _period_end(words, today, direction)
    if ending is not None:
        return ending
    if words in (["till", "veckan"], ["tills", "veckan"]):
        # session 69: the Swedes' "till veckan" is next week ("skickar offert till veckan": was
        # this week's, due the day it was said)
        return today - timedelta(days=today.weekday()) + timedelta(weeks=1)
    if len(words) > 1 and words[0] in DEADLINE_WORDS:
        rest = parse_date(" ".join(words[1:]), today=today, direction="future")
        return rest if rest is not None and rest >= today else None
    for reader in (
        _relative_period_reader,
        _week_date_reader,
        _month_period_reader,
        _weekday_of_week,
        _earlier_this_week,
        _week_gone,
    ):
        found = reader(words, today, direction, original)
        if found is not None:
            return found

    if len(words) > 2 and words[0] in LAST_PREFIXES and _weekday_word(words[1]) is not None:
        # Session 46. "forrige torsdag 26.11", "last Thursday 26/11", "förra torsdagen 26/11":
        # the weekday gone and its date, which must agree (was read without the "last", left
        # unread and asked)
        try:
            dated = _parse_date(" ".join(words[1:]), today=today, direction="past")
        except WeekdayClash as clash:
            raise WeekdayClash(original, clash.said, clash.weekday) from None
        if dated is not None and dated < today:
            return dated
    for prefixes in (("on", "pa"), ("the", "den", "d.", "d")):  # "on the 16th", "på den 16."
        if len(words) > 1 and words[0] in prefixes:
            words = words[1:]
    weekday_first = _weekday_word(words[0]) if len(words) > 1 else None
    if weekday_first is None and len(words) > 1 and words[0].rstrip(".") in _SHORT_WEEKDAYS:
        weekday_first = _SHORT_WEEKDAYS[words[0].rstrip(".")]  # "man 30/11", "tir. 1.12."
    if weekday_first is not None:
        words = words[1:]
        if len(words) > 1 and words[0] in _NEUTRAL_PREFIXES:
            words = words[1:]
    calendar = " ".join(words)
    found = _named_month_date(calendar, today, direction, original)
    if found is None and (m := _DAY_ONLY.fullmatch(calendar)):
        found = _day_of_month(int(m[1]), today, direction, original, weekday_first)
    if found is None and len(calendar.split(" ")) == 1:
        found = _numeric_date(calendar, today, direction, original)
    if found is None and (m := _DAY_MONTH_SPACE_YEAR.fullmatch(calendar)):
        # Session 24. "4/1 2027", "15.3 2027": a day and month, a space, then the year (the
        # year was an amount of 2 027 kr, or left unread); only a year beside today's
        if abs(int(m[3]) - today.year) <= 1:
            found = _make_date(int(m[3]), int(m[2]), int(m[1]), original)
    if found is not None:
        if weekday_first is not None and found.weekday() != weekday_first:
            slip = _last_years_year_by_habit(found, today)
            if slip is not None and slip.weekday() == weekday_first:
                # Session 24. "tirsdag 5.1.2026" typed on 7 January 2027: the weekday names
                # this January's day, the year is last year's by habit (was: bad_date)
                return slip
            # "fredag 26.11." when 26.11. is a Thursday: refused, or asked (WeekdayClash)
            raise WeekdayClash(original, found, weekday_first)
        return found
    if weekday_first is not None:
        return None  # "fredag Fredag (Bygg)": one day, then a name's word; never the day twice
    return _weekday_phrase(words, today, direction)


# A month's or quarter's last day by its name ("end of quarter", "EOM", "månedsslutt",
# "kvartalsslutt"), folded, with the little words before it read off.
_MONTH_ENDS = {
    "end of month", "end of the month", "eom", "manedsslutt",
    "manadsslut", "manedsslut", "manedens slutt", "slutten av maneden", "slutet av manaden",
    "slutningen af maneden",
    # cmds28: "opfølgning sidst på måneden", "följer upp i slutet på månaden"
    "sidst pa maneden", "sidst i maneden", "sist i maneden", "sist pa maneden",
    "slutet pa manaden",
    # session 67: "nytt møte innen utgangen av måneden", "nytt möte innan månadens slut", "before
    # month end", "inden månedens udgang", "før månedsskiftet"
    "utgangen av maneden", "udgangen af maneden", "manedens udgang", "manedens utgang",
    "manadens slut", "manadens utgang", "month end", "month-end", "the month end",
    "the end of month", "maneden er omme", "maneden er slutt", "maneden er slut",
    "manaden ar slut", "manaden ar over", "manedsskiftet", "manadsskiftet", "manedsskifte",
    "manadsskifte",
}  # fmt: skip
_QUARTER_ENDS = {
    "end of quarter", "end of the quarter", "eoq", "kvartalsslutt",
    "kvartalsslut", "slutten av kvartalet", "slutet av kvartalet", "slutningen af kvartalet",
    # session 25: "before quarter end", "innan kvartalet är slut", "inden kvartalets udgang"
    "before quarter end", "by quarter end", "before the quarter end", "kvartalsslutet", "kvartalsslutten", "kvartalets slut",
    "kvartalet ar slut", "kvartalet er slutt", "kvartalet er slut", "kvartalets udgang",
    "udgangen af kvartalet", "utgangen av kvartalet",
    # heldmsg25: the quarter's last day said as a day ("sista dagen i kvartalet")
    "last day of the quarter", "last day of quarter", "siste dag i kvartalet",
    "siste dagen i kvartalet", "sista dagen i kvartalet", "sista dagen av kvartalet",
    "sidste dag i kvartalet", "kvartalets sidste dag", "kvartalets siste dag",
    "kvartalets sista dag",
}  # fmt: skip
# Session 24 (heldmsg24). The half-year's last day (30 June, 31 December): "før halvårsslutt",
# "innan halvåret är slut", "inden halvåret lukker", "before H1 closes", "end of the half-year".
_HALF_YEAR_ENDS = {
    "halvarsslutt", "halvarsslut", "halvarsslutten", "halvarsslutet", "halvarsskiftet", "halvarsskifte",
    "halvaret er omme", "halvaret er slutt", "halvaret er slut", "halvaret ar slut", "halvaret ar over",
    "halvaret lukker", "halvaret slutter", "halvaret slutar", "halvarets slut", "halvarets udgang",
    "udgangen af halvaret", "utgangen av halvaret", "slutten av halvaret", "slutet av halvaret",
    "slutningen af halvaret", "end of h1", "end of the half-year", "end of the half year",
    "half-year end", "half year end", "h1 end", "h1 closes", "the half-year closes",
    "the half year closes", "half-year closes", "the half-year ends", "the half year ends",
    "h1 ends", "before h1 closes", "before h1 ends", "before half-year end", "half-year ends",
    "half year ends", "half year closes", "h1 close", "half-year close", "half year close",
}  # fmt: skip
# ("Quarter End Partners Ltd", "valid till end of quarter": a name, how long an offer holds)
# Session 21. A named quarter's end ("end of Q2", "utgangen av Q2", "slutet av Q2", "Q2-slutt"):
# its last day, as "end of quarter" is the current one's.
_NAMED_QUARTER_END = re.compile(
    r"(?:end of|slutten av|utgangen av|slutet av|slutet pa|slutningen af|udgangen af) q([1-4])"
    r"|q([1-4])[- ]?(?:slutt|slut|end)"
    # heldmsg25: "on the last day of Q3", "siste dag i Q3", "sista dagen i Q3", "sidste dag i Q3"
    r"|(?:last day of|siste dag(?:en)? i|sista dag(?:en)? i|sidste dag i) q([1-4])"
)
_END_PREFIXES = {"at", "ved", "vid", "i", "pa", "per", "the", "on"}


def names_a_period_end(text: str) -> bool:
    """ "før halvårsslutt", "innan kvartalet är slut", "before H1 closes", "by EOM": a month's,
    quarter's or half-year's end by its name (a deadline word before it or not)."""
    words = [w for w in _normalise(text).split(" ") if w]
    if " ".join(words).rstrip(".") in _QUARTER_ENDS:
        return True  # session 69: "before quarter end" as typed (the set holds it whole)
    while len(words) > 1 and (words[0] in DEADLINE_WORDS or words[0] in ("for", "just", "precis")):
        words = words[1:]
    while len(words) > 1 and words[0] in _END_PREFIXES:
        words = words[1:]
    phrase = " ".join(words).rstrip(".")
    return (
        phrase in _MONTH_ENDS
        or phrase in _QUARTER_ENDS
        or phrase in _HALF_YEAR_ENDS
        or _NAMED_QUARTER_END.fullmatch(phrase) is not None
    )


def _period_end(words: list[str], today: date, direction: Direction) -> date | None:
    """ "end of quarter" typed on 30 September is today; "by EOM" as a next step is this month's
    last day: for what was done, the last such day gone when it is a week old at most, else (as
    for what is ahead) the coming one."""
    while len(words) > 1 and words[0] in _END_PREFIXES:
        words = words[1:]
    phrase = " ".join(words).rstrip(".")
    named = _NAMED_QUARTER_END.fullmatch(phrase)
    if phrase in _MONTH_ENDS:
        months = 1
    elif phrase in _QUARTER_ENDS or named:
        months = 3
    elif phrase in _HALF_YEAR_ENDS:
        months = 6
    else:
        return None

    def last_day(year: int, month: int) -> date:  # the period's last day, the period by its end
        return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)

    ends = [
        last_day(y, m)
        for y in (today.year - 1, today.year, today.year + 1)
        for m in range(months, 13, months)
        if not named or m == 3 * int(next(g for g in named.groups() if g))  # "end of Q2": June's
    ]
    gone = max(d for d in ends if d <= today)
    if direction == "past" and today - gone <= timedelta(days=7):
        return gone  # "signed end of quarter" on 30 September or in the days after
    return min(d for d in ends if d >= today)  # a period's end ahead (a done day: refused)


_HOLIDAY_PREFIXES = {"pa", "on", "i", "in", "den", "the", "mellom", "mellem", "mellan", "between"}
_NOT_A_HOLIDAY = date.min


# "the bank holiday", "bank holiday Monday": the nearest one (by name: _BANK_HOLIDAYS above).
_BANK_HOLIDAY_WORDS = {"bank holiday", "bank hol", "bank holiday monday", "bank hol monday",
                       "bank holiday mon", "bank hol mon"}  # fmt: skip


def uk_bank_holidays(year: int) -> list[date]:
    """England's and Wales' bank holidays in `year` that are days off (a weekend's moved to the
    next working day), from python-holidays (bot.services.public_holidays)."""
    from bot.services.public_holidays import england_days_off

    return sorted(england_days_off(year))


def names_a_bank_holiday(text: str) -> bool:
    """ "the bank holiday", "bank holiday Monday"."""
    return _bank_holiday_said(_normalise(text).split(" ")) is not None


def _bank_holiday_said(words: list[str]) -> str | None:
    """The bank holiday phrase `words` are: with its article or its Monday ("the bank
    holiday", "bank holiday Monday"; "Bank Holiday Brewing Ltd" is a name)."""
    rest = words[1:] if len(words) > 1 and words[0] in _HOLIDAY_PREFIXES else words
    phrase = " ".join(rest)
    if phrase not in _BANK_HOLIDAY_WORDS:
        return None
    return phrase if words[0] == "the" or phrase.endswith(("monday", "mon")) else None


def _bank_holiday(words: list[str], today: date, direction: Direction) -> date | None:
    """ "the bank holiday", "bank holiday Monday" ahead: the next UK bank holiday (a Monday where
    said so), today not included; None when `words` name none or look back."""
    phrase = _bank_holiday_said(words)
    monday = phrase is not None and phrase.endswith(("monday", "mon"))
    if monday and direction == "past" and words[0] not in ("the", "next", "this"):
        # Session 23. "May Day Catering Ltd bank holiday Monday, hot" for done work: the latest
        # bank holiday Monday (was Monday alone, a week ago, with "bank holiday" asked)
        return max(
            d
            for year in (today.year - 1, today.year)
            for d in uk_bank_holidays(year)
            if d.weekday() == 0 and d <= today
        )
    if phrase is None or direction != "future":
        # A day gone said so ("Tesco the day before the bank holiday", "go-live after the bank
        # holiday" read back) names no one day for sure: asked, or the remark it is.
        return None
    days = [
        d
        for year in (today.year - 1, today.year, today.year + 1)
        for d in uk_bank_holidays(year)
        if not phrase.endswith(("monday", "mon")) or d.weekday() == 0
    ]
    return min(d for d in days if d > today)


def _black_friday(year: int) -> date:
    """The Friday after the fourth Thursday of November."""
    first = date(year, 11, 1)
    thursday = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    return thursday + timedelta(days=1)


# Session 23 (parser23). Shopping days sellers date work by ("på Black Friday"): read as the
# bank holidays are, the nearest such day.
def _all_saints(year: int) -> date:
    """Sweden's Alla helgons dag: the Saturday from 31 October to 6 November."""
    first = date(year, 10, 31)
    return first + timedelta(days=(5 - first.weekday()) % 7)


# Session 69. Alla helgons dag by its names ("innan allhelgona", "före allhelgonahelgen"): the
# Saturday, its eve the Friday before (a step "before" it due by the last working day before).
_ALL_SAINTS = {
    **dict.fromkeys(
        ("allhelgona", "allhelgonadagen", "allhelgonadag", "alla helgons dag", "allhelgonahelgen"),
        _all_saints,
    ),
    **dict.fromkeys(
        ("allhelgonaafton", "allhelgonaaftonen"), lambda y: _all_saints(y) - timedelta(days=1)
    ),
}
_SHOPPING_DAYS = {
    "black friday": _black_friday,
    "cyber monday": lambda y: _black_friday(y) + timedelta(days=3),
}


@lru_cache(maxsize=8192)  # reader28: a pure function of the text
def names_a_holiday(text: str) -> bool:
    """ "på julaften", "2. påskedag", "on Ascension Day": one day a year by its name (never "last
    or next" as a weekday is: the one gone, or a coming one close ahead)."""
    words = _normalise(text).split(" ")
    rest = words[1:] if len(words) > 1 and words[0] in _HOLIDAY_PREFIXES else words
    phrase = re.sub(r"^([12]) (?=\w+dag$)", r"\1. ", " ".join(rest).replace("’", "'"))
    return (
        phrase in _FROM_EASTER
        or phrase in _HOLIDAYS
        or phrase in _MIDSOMMAR
        or phrase in _BANK_HOLIDAYS
        or phrase in _ALL_SAINTS
        or _bank_holiday_said(words) is not None
    )


def _holiday(words: list[str], original: str, today: date, direction: Direction) -> date | None:
    """ "julaften", "på julafton", "on Boxing Day", "nyttårsaften", "NYE": that day, the nearest
    such (as a day and month typed without a year); "i romjulen", "i mellandagarna": the romjul's
    first working day once it is over, None inside it. _NOT_A_HOLIDAY when `words` name none."""
    bare = original.strip().rstrip(_TRAILING + ".")
    said = bare.split()[-1] if bare.split() else ""
    rest = words[1:] if len(words) > 1 and words[0] in _HOLIDAY_PREFIXES else words
    phrase = " ".join(rest).replace("’", "'")
    phrase = re.sub(r"^([12]) (?=\w+dag$)", r"\1. ", phrase)  # "2 påskedag" (the dot read off)
    # session 68: the Swedish "annandagen" alone is the second day of Christmas or of Easter,
    # whichever is nearest as said ("ringde mig på annandagen" the day after Easter Monday:
    # annandag påsk; was 26 December, three months gone)
    either = phrase in _SECOND_DAY_ALONE
    if len(words) == 1 and phrase in _ALL_SAINTS and original[:1].isupper():
        return _NOT_A_HOLIDAY  # "Allhelgona Blommor AB": a name's first word, not the day
    computed = _SHOPPING_DAYS | _ALL_SAINTS
    if either or phrase in _FROM_EASTER or phrase in _BANK_HOLIDAYS or phrase in computed:
        # the nearest such day, as a day and month without a year (ahead or gone)
        years = (today.year - 1, today.year, today.year + 1)
        found = sorted(
            [d for y in years for d in (date(y, 12, 26), _easter(y) + timedelta(days=1))]
            if either
            else [
                _BANK_HOLIDAYS[phrase](y)
                if phrase in _BANK_HOLIDAYS
                else computed[phrase](y)
                if phrase in computed
                else _easter(y) + timedelta(days=_FROM_EASTER[phrase])
                for y in years
            ]
        )
        if direction == "past":
            gone = [d for d in found if d <= today]
            near = min(found, key=lambda d: abs((d - today).days))
            # a day two weeks ahead or less is that one (a done win on it is refused as ahead)
            return near if near > today and (near - today).days <= 14 else max(gone)
        return min((d for d in found if d >= today), default=found[-1])
    if phrase in _MIDSOMMAR:
        # ahead: this year's, or next year's once it has gone (session 23: on 1 December 2026
        # "midsommarafton" ahead was this year's, gone; /kpi away then asked about Sat 19 June
        # 2027, a year on from it, not Fri 25 June)
        years = (
            (today.year, today.year - 1) if direction == "past" else (today.year, today.year + 1)
        )
        for year in years:
            # the afton's Friday from 19 June, the dagen's Saturday from 20 June (session 21:
            # "midsommardagen" 2027 was read Sat 19 June, the day before the afton)
            eve = date(year, 6, 19 if _MIDSOMMAR[phrase] == 4 else 20)
            eve += timedelta(days=(_MIDSOMMAR[phrase] - eve.weekday()) % 7)
            if (eve <= today) if direction == "past" else (eve >= today or year > today.year):
                return eve
        return None
    if len(words) == 1 and phrase in _ONE_WORD_NAMES and original[:1].isupper():
        return _NOT_A_HOLIDAY  # "Sankthans Bryggeri ApS": a name's first word, not the day
    if said in _IN_CAPITALS and len(rest) == 1:
        month, day = _IN_CAPITALS[said]
    elif phrase in _HOLIDAYS:
        month, day = _HOLIDAYS[phrase]
    elif phrase in _BEFORE_CHRISTMAS:
        # "Återkopplar innan jul", "følger opp før jul": by the last working day before
        # Christmas Eve, a follow-up's day (a day ahead only; done "før jul" is no one day)
        if direction != "future" or today.month != 12:
            return _NOT_A_HOLIDAY
        # (session 68: England works Christmas Eve, the Nordics do not: "before Christmas" is
        # by the 24th, "før jul" by the 23rd; held-out writers of sessions 67 and 68)
        last = date(today.year, 12, 24 if _ENGLISH_HOLIDAY.search(phrase) else 23)
        while last.weekday() >= 5:
            last -= timedelta(days=1)
        return last if last >= today else _NOT_A_HOLIDAY
    elif phrase in _BEFORE_NEW_YEAR:
        # (session 68: said any day of December, as "før jul" is; was from the 25th only, and
        # "innan nyår" said on the 19th named no day)
        if direction != "future" or today.month != 12:
            return _NOT_A_HOLIDAY
        last = date(today.year, 12, 31 if _ENGLISH_HOLIDAY.search(phrase) else 30)
        while last.weekday() >= 5:
            last -= timedelta(days=1)
        return last if last >= today else _NOT_A_HOLIDAY
    elif phrase in _BEFORE_MIDSOMMAR:
        # in June only, as "innan jul" in December ("nästa möte innan midsommar" said in May
        # names no day: commands_holdout15)
        if direction != "future" or today.month != 6:
            return _NOT_A_HOLIDAY
        eve = date(today.year, 6, 19)
        eve += timedelta(days=(4 - eve.weekday()) % 7)
        last = eve - timedelta(days=1)
        return last if last >= today else _NOT_A_HOLIDAY
    elif phrase in _ROMJUL:
        if today.month == 12:
            if today.day < 27 and direction == "future":
                # "nytt møte i romjula" said on 17 December: its first working day (asked)
                first = date(today.year, 12, 27)
                while first.weekday() >= 5:
                    first += timedelta(days=1)
                return first
            return None if today.day >= 27 else _NOT_A_HOLIDAY  # inside it, or not yet
        first = date(today.year - 1, 12, 27)
        while first.weekday() >= 5:
            first += timedelta(days=1)
        return first if (today - first).days <= 40 else _NOT_A_HOLIDAY
    elif (inside := _weekday_in_the_romjul(rest, today)) is not None:
        return inside
    else:
        return _NOT_A_HOLIDAY
    return _without_year(day, month, today, direction, original)


def names_the_romjul(words: Sequence[str]) -> bool:
    """cmds27. "i romjula", "i mellandagarna", "mellem jul og nytår", "between Christmas and New
    Year": the romjul by its name, no day of it (a command asks which day, never its first)."""
    folded = _normalise(" ".join(words)).split(" ")
    rest = folded[1:] if len(folded) > 1 and folded[0] in _HOLIDAY_PREFIXES else folded
    return " ".join(rest) in _ROMJUL


def _weekday_in_the_romjul(words: list[str], today: date) -> date | object | None:
    """Session 20. "tirsdag i romjula", "onsdag i mellandagarna", "Tuesday between Christmas
    and New Year": that weekday among 27-31 December gone (Tue 29 Dec 2026 read in January, or
    in December once it has been); None when `words` say no such thing, _NOT_A_HOLIDAY when the
    weekday falls outside them or they are not yet."""
    links = ("i", "in", "pa", "under", "between", "mellom", "mellem", "mellan")
    if len(words) < 3 or words[0] not in WEEKDAYS or words[1] not in links:
        return None
    if " ".join(words[2:]) not in _ROMJUL:
        return None
    year = today.year if today.month == 12 else today.year - 1
    days = [date(year, 12, day) for day in range(27, 32)]
    found = next((day for day in days if day.weekday() == WEEKDAYS[words[0]]), None)
    if found is None or found > today or (today - found).days > 40:
        return _NOT_A_HOLIDAY
    return found


def _unringed(text: str) -> str:
    """ "mån", "lör.", "sön" written with their ring: the weekdays in full."""
    if "å" not in text.casefold() and "ö" not in text.casefold():
        return text
    words = text.split()
    for i, word in enumerate(words):
        bare = unicodedata.normalize("NFC", word.casefold()).rstrip(_TRAILING).rstrip(".")
        if bare in _RINGED_WEEKDAYS:
            words[i] = _RINGED_WEEKDAYS[bare]
    return " ".join(words)


def week_monday(text: str, *, today: date) -> date | None:
    """The Monday of the week `text` names and nothing else ("uke 48", "v.52", "neste uke",
    "förra veckan", "last week"): None for a day, a weekday of a week ("onsdag neste uke") or
    anything else. A week number is the nearest such week, ahead or back."""
    words = _normalise(text).split(" ")
    if not words or not words[0]:
        return None
    return _week_date(words, today, "future", text.strip(), monday_only=True)


def _week_date_reader(
    words: list[str], today: date, direction: Direction, original: str
) -> date | None:
    return _week_date(words, today, direction, original) or _week_after_a_holiday(words, today)


_WEEKS_AFTER = {"uka", "uken", "veka", "veckan", "ugen", "the week"}
_AFTER = {"etter", "efter", "after"}
_HOLIDAY_SUNDAYS = {
    **dict.fromkeys(("paske", "pasken", "paska", "pask", "easter"), 0),
    **dict.fromkeys(("pinse", "pinsen", "pingst", "pingsten", "whitsun", "pentecost"), 49),
}


def _week_after_a_holiday(words: list[str], today: date) -> date | None:
    """ "uka etter pinse", "veckan efter påsk", "the week after Easter": the Monday after the
    holiday's Sunday (a week is its Monday), the nearest such."""
    if len(words) == 4 and words[0] == "the":
        words = [f"the {words[1]}", *words[2:]]
    if len(words) != 3 or words[0] not in _WEEKS_AFTER or words[1] not in _AFTER:
        return None
    offset = _HOLIDAY_SUNDAYS.get(words[2])
    if offset is None:
        return None
    sundays = [_easter(y) + timedelta(days=offset) for y in (today.year - 1, today.year)]
    sunday = min(sundays, key=lambda d: abs((d - today).days))
    return sunday + timedelta(days=1)


def _month_period_reader(
    words: list[str], today: date, direction: Direction, original: str
) -> date | None:
    return _month_period(words, today, direction)


def _relative_period_reader(
    words: list[str], today: date, direction: Direction, original: str
) -> date | None:
    if direction == "future" and len(words) == 2 and words[1] == "week":
        # "Thursday week" (British): a week after the coming Thursday (session 27; was the
        # coming Thursday, "week" asked). Today's weekday stays asked (a week or two on?).
        weekday = _day_of_a_week(words[0])
        if weekday is not None and weekday != today.weekday():
            return today + timedelta(days=((weekday - today.weekday()) % 7 or 7) + 7)
    return _relative_period(words, today)


def _weekday_phrase(words: list[str], today: date, direction: Direction) -> date | None:
    if len(words) > 2:
        return None
    prefix = words[0] if len(words) == 2 else None
    word = words[-1]
    mode = "past" if direction == "past" else "after"
    if prefix in _NEXT_PREFIXES:
        mode = "after"
    elif prefix in LAST_PREFIXES:
        mode = "before"
    elif prefix == "i" and word.endswith("s") and word[:-1] in _SCANDI_WEEKDAYS:
        return _weekday_date(_SCANDI_WEEKDAYS[word[:-1]], today, "before")  # "i fredags"
    elif prefix == "kommende":
        mode = "after"  # lead35: "kommende fredag" is ahead, whatever the caller looks for
    elif prefix in ("this", "denne", "denna") and direction == "past":
        # lead35: "Tesco this Friday" said on a Wednesday is this week's Friday, ahead (refused
        # or planned by the caller), never the Friday gone (was: stored on Fri 27 Nov, sure)
        weekday = _weekday_word(word)
        if weekday is None:
            return None
        return today + timedelta(days=weekday - today.weekday())
    elif prefix in ("i", "this", "denne", "denna"):
        pass  # "i fredag" (nb/da), "this Friday": the closest in the caller's direction
    elif prefix is not None:
        return None
    weekday = _weekday_word(word)
    if weekday is None and (prefix in _NEXT_PREFIXES | LAST_PREFIXES or word.endswith(".")):
        # "nästa tis", "forrige man", "man.": short forms that are words too, made a day by
        # what comes before them or by their abbreviation's dot
        weekday = _SHORT_WEEKDAYS.get(word.rstrip("."))
    if weekday is None:
        return None
    return _weekday_date(weekday, today, mode)


def whole_date(tokens: Sequence[str], *, today: date, direction: Direction) -> date | None:
    """The date `tokens` are, all of them (a time of day after it allowed), or None."""
    if not tokens:
        return None
    timed = time_suffix(tokens)
    for cut in (0, timed) if timed and timed < len(tokens) else (0,):
        found = parse_date(" ".join(tokens[: len(tokens) - cut]), today=today, direction=direction)
        if found is not None:
            return found
    return None


def names_a_month(text: str) -> bool:
    """Whether `text` names a month rather than a day of it ("this month", "forrige måned",
    "i november", "ultimo oktober"): a month word or name, no number and no "ago" ("18.
    november", "for 2 måneder siden" are days)."""
    words = re.findall(r"\w+", fold(text))
    # heldcmd28: an ordinal is a number too ("1st May", "May 1st": was a month, asked)
    if any(w[:1].isdigit() for w in words) or _AGO_WORDS.intersection(words):
        return False
    return any(w in _MONTH_WORDS or w in MONTHS for w in words)


def match_date_suffix(
    tokens: list[str], *, today: date, direction: Direction, keep_at_least: int = 0
) -> tuple[date, int] | None:
    """Read a date from the end of `tokens` (longest first, so "i går", "på fredag",
    "27. november 2026" and "for 2 dager siden" work), with an optional time of day after it
    ("i går kl 14"), which is consumed and ignored.

    Returns (date, tokens consumed), leaving at least `keep_at_least` tokens unconsumed.
    An impossible date-looking last token raises UserError("bad_date").
    """
    tokens = tuple(tokens)  # (reader28: remembered by _match_date_only)
    plain = _match_date_only(tokens, today, direction, keep_at_least)
    timed = time_suffix(tokens)
    if timed and timed < len(tokens):
        found = _match_date_only(tokens[:-timed], today, direction, keep_at_least)
        if found is not None and (plain is None or found[1] + timed > plain[1]):
            return found[0], found[1] + timed
    return plain


@lru_cache(maxsize=8192)  # reader28: pure (parse_date is); a refusal is not remembered
def _match_date_only(
    tokens: tuple[str, ...], today: date, direction: Direction, keep_at_least: int
) -> tuple[date, int] | None:
    for size in range(_MAX_WORDS, 0, -1):
        if len(tokens) - size < keep_at_least or size > len(tokens):
            continue
        found = parse_date(" ".join(tokens[-size:]), today=today, direction=direction)
        if found is not None:
            return found, size
    return None


def check_activity_date(when: date, today: date) -> date:
    """Activities happen today or in the past year; anything else is almost surely a typo."""
    if when > today:
        raise UserError("date_in_future", date=when)
    if when < today - timedelta(days=MAX_PAST_DAYS):
        raise UserError("date_too_old", date=when)
    return when


def check_next_date(due: date, today: date) -> date:
    """A next step is planned from today up to a year ahead."""
    if due < today:
        raise UserError("next_date_in_past", date=due)
    if due > today + timedelta(days=MAX_FUTURE_DAYS):
        raise UserError("next_date_too_far", date=due)
    return due


# Session 66. The holidays by their one-word names (folded), for a reader that asks whether words
# say a time ("vil ha tilbud før pinse", "want a demo before Christmas")
HOLIDAY_WORDS = frozenset(
    _HOLIDAY_NOUNS
    | _EASTER
    | _EASTER_HOLIDAY
    | _WHITSUN
    | _CHRISTMAS_WORDS
    | _NEW_YEAR
    | {"midsommar", "midsommer", "midsummer", "sankthans"}
)
