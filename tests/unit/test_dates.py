from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.services.dates import (
    UserError,
    check_activity_date,
    check_next_date,
    fold,
    looks_like_date,
    match_date_suffix,
    parse_date,
)

TODAY = date(2026, 11, 20)  # a Friday


def past(text: str, today: date = TODAY) -> date | None:
    return parse_date(text, today=today, direction="past")


def future(text: str, today: date = TODAY) -> date | None:
    return parse_date(text, today=today, direction="future")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-10", date(2026, 11, 10)),
        ("2026-1-5", date(2026, 1, 5)),
        ("18.11.", date(2026, 11, 18)),
        ("18.11", date(2026, 11, 18)),
        ("8.1.", date(2027, 1, 8)),  # without a year: the nearest 8 January
        ("18.11.2025", date(2025, 11, 18)),
        ("18.11.25", date(2025, 11, 18)),
        ("18/11", date(2026, 11, 18)),
        ("18/11-2026", date(2026, 11, 18)),
        ("20.11.", date(2026, 11, 20)),  # today counts as past
        ("21.11.", date(2026, 11, 21)),  # tomorrow, not last year: the caller refuses it
        ("24.12.", date(2026, 12, 24)),
        ("15.6.", date(2026, 6, 15)),  # 158 days back is nearer than 207 ahead
        ("29.02.", date(2028, 2, 29)),  # the nearest leap day
        ("18.11.,", date(2026, 11, 18)),
        ("on 18.11.", date(2026, 11, 18)),
        ("den 18.11.", date(2026, 11, 18)),
    ],
)
def test_numeric_dates_past(text: str, expected: date) -> None:
    assert past(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24.12.", date(2026, 12, 24)),
        ("19.11.", date(2026, 11, 19)),  # yesterday, not next year: the caller refuses it
        ("20.11.", date(2026, 11, 20)),  # today counts as future for a bare date
        ("1.1.", date(2027, 1, 1)),
        ("2027-03-01", date(2027, 3, 1)),
    ],
)
def test_numeric_dates_future(text: str, expected: date) -> None:
    assert future(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2026-13-45",
        "2026-02-30",
        "2026-00-10",
        "31.02.",
        "30.02.2026",
        "32.11.",
        "18.13.",
        "31.02",
        "0000-01-01",
        "18.11.202",
        "31.04.",
    ],
)
def test_impossible_dates_raise_bad_date(text: str) -> None:
    with pytest.raises(UserError) as err:
        past(text)
    assert err.value.code == "bad_date"
    assert err.value.params == {"text": text}


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        # English
        ("today", 0),
        ("yesterday", -1),
        ("tomorrow", 1),
        ("Today,", 0),
        ("YESTERDAY", -1),
        ("day before yesterday", -2),
        # Norwegian bokmål
        ("i dag", 0),
        ("idag", 0),
        ("i går", -1),
        ("igår", -1),
        ("i gar", -1),
        ("i morgen", 1),
        ("imorgen", 1),
        ("i forgårs", -2),
        ("i overmorgen", 2),
        # Swedish
        ("i morgon", 1),
        ("imorgon", 1),
        ("i förrgår", -2),
        ("I Går", -1),
        # Danish (same spellings as Norwegian for these)
        ("i dag.", 0),
        ("i går", -1),
        ("i morgen", 1),
        ("i forgårs", -2),
    ],
)
def test_relative_words(text: str, offset: int) -> None:
    assert past(text) == TODAY + timedelta(days=offset)
    assert future(text) == TODAY + timedelta(days=offset)  # direction does not move them


WEEKDAY_WORDS = [
    (0, ["monday", "mon", "mandag", "måndag"]),
    (1, ["tuesday", "tue", "tirsdag", "tisdag", "tirs", "tis"]),  # tis: Swedish short form
    (2, ["wednesday", "wed", "onsdag"]),
    (3, ["thursday", "thu", "torsdag"]),
    (4, ["friday", "fri", "fredag"]),
    (5, ["saturday", "sat", "lørdag", "lördag", "lordag"]),
    (6, ["sunday", "sun", "søndag", "söndag", "sondag"]),
]


@pytest.mark.parametrize(
    ("weekday", "word"), [(wd, word) for wd, words in WEEKDAY_WORDS for word in words]
)
def test_weekdays_in_all_languages(weekday: int, word: str) -> None:
    back = (TODAY.weekday() - weekday) % 7  # on or before today
    ahead = (weekday - TODAY.weekday() - 1) % 7 + 1  # strictly after today
    assert past(word) == TODAY - timedelta(days=back)
    assert past(word.upper() + ",") == TODAY - timedelta(days=back)
    assert future(word) == TODAY + timedelta(days=ahead)


@pytest.mark.parametrize(
    ("text", "expected_past", "expected_future"),
    [
        ("fredag", date(2026, 11, 20), date(2026, 11, 27)),  # today is Friday
        ("onsdag", date(2026, 11, 18), date(2026, 11, 25)),
        ("lørdag", date(2026, 11, 14), date(2026, 11, 21)),
        ("på fredag", date(2026, 11, 20), date(2026, 11, 27)),
        ("pa fredag", date(2026, 11, 20), date(2026, 11, 27)),
        ("on Friday", date(2026, 11, 20), date(2026, 11, 27)),
        ("next friday", date(2026, 11, 27), date(2026, 11, 27)),
        ("neste fredag", date(2026, 11, 27), date(2026, 11, 27)),
        ("last friday", date(2026, 11, 13), date(2026, 11, 13)),
        ("forrige fredag", date(2026, 11, 13), date(2026, 11, 13)),
        ("i fredags", date(2026, 11, 13), date(2026, 11, 13)),
        ("i tisdags", date(2026, 11, 17), date(2026, 11, 17)),
    ],
)
def test_weekday_expressions(text: str, expected_past: date, expected_future: date) -> None:
    assert past(text) == expected_past
    assert future(text) == expected_future


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Acme",
        "warm",
        "250k",
        "12.50",
        "1,5",
        "2026",
        "Fredag Bygg",
        "i",
        "on",
        "next",
        "på",
        "mars",
        "2026-11",
        "next 18.11.",
        "fredagsbar",
        "27 dager",
        "uke",
        "kl 14",
    ],
)
def test_non_dates_return_none(text: str) -> None:
    assert past(text) is None
    assert future(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16.", date(2026, 11, 16)),
        ("den 16.", date(2026, 11, 16)),
        ("the 16th", date(2026, 11, 16)),
        ("on the 16th", date(2026, 11, 16)),
        ("27.", date(2026, 11, 27)),  # the nearest 27th: the caller refuses it for the past
        ("3.", date(2026, 11, 3)),  # this month's 3rd: it has happened (not 3 December)
        ("den 3.", date(2026, 11, 3)),
        ("5.", date(2026, 11, 5)),
        ("Monday 16th", date(2026, 11, 16)),
    ],
)
def test_day_of_month_alone_is_this_months_when_it_has_been(text: str, expected: date) -> None:
    assert past(text) == expected


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("den 3.", date(2026, 11, 20), date(2026, 12, 3)),  # this month's is gone: the next
        ("den 27.", date(2026, 11, 20), date(2026, 11, 27)),
        ("den 20.", date(2026, 11, 20), date(2026, 11, 20)),
        ("the 2nd", date(2026, 12, 30), date(2027, 1, 2)),
    ],
)
def test_day_of_month_alone_ahead_is_this_months_when_still_to_come(
    text: str, today: date, expected: date
) -> None:
    assert parse_date(text, today=today, direction="future") == expected


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("den 28.", date(2026, 12, 1), date(2026, 11, 28)),  # last month's: the nearest
        ("den 31.", date(2026, 12, 1), date(2026, 12, 31)),  # nearest (no 31 Nov): refused
        ("den 25.", date(2026, 11, 20), date(2026, 11, 25)),  # nearest ahead: refused as future
    ],
)
def test_day_of_month_alone_past_not_yet_this_month_is_the_nearest(
    text: str, today: date, expected: date
) -> None:
    assert parse_date(text, today=today, direction="past") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27. november", date(2026, 11, 27)),
        ("17. november", date(2026, 11, 17)),
        ("27 Nov", date(2026, 11, 27)),
        ("Nov 27", date(2026, 11, 27)),
        ("November 27th", date(2026, 11, 27)),
        ("the 27th of November", date(2026, 11, 27)),
        ("27:e november", date(2026, 11, 27)),
        ("27 nov. 2025", date(2025, 11, 27)),
        ("den 3. november", date(2026, 11, 3)),
        ("3. marts", date(2027, 3, 3)),  # nearer ahead than back: the caller refuses it
        ("12. okt", date(2026, 10, 12)),
        ("15. desember", date(2026, 12, 15)),
        ("fredag 27.11.", date(2026, 11, 27)),
        ("tirsdag 17. november", date(2026, 11, 17)),
        ("mandag d. 16/11", date(2026, 11, 16)),
        ("27-11-2026", date(2026, 11, 27)),
        ("uke 46", date(2026, 11, 9)),  # a week is its Monday
        ("uke 47", date(2026, 11, 16)),
        ("vecka 48", date(2026, 11, 23)),
        ("uge 48", date(2026, 11, 23)),
        ("week 48", date(2026, 11, 23)),
        ("v48", date(2026, 11, 23)),
        ("v. 48", date(2026, 11, 23)),
        ("i uke 46", date(2026, 11, 9)),
        ("forrige uke", date(2026, 11, 9)),
        ("förra veckan", date(2026, 11, 9)),
        ("i sidste uge", date(2026, 11, 9)),
        ("last week", date(2026, 11, 9)),
        ("for 2 dager siden", date(2026, 11, 18)),
        ("för 2 dagar sedan", date(2026, 11, 18)),
        ("for 2 dage siden", date(2026, 11, 18)),
        ("2 days ago", date(2026, 11, 18)),
        ("for tre dage siden", date(2026, 11, 17)),
        ("a week ago", date(2026, 11, 13)),
        ("för en vecka sedan", date(2026, 11, 13)),
        ("i gær", date(2026, 11, 19)),
        ("igaar", date(2026, 11, 19)),
        ("i förgår", date(2026, 11, 18)),
        ("i morges", date(2026, 11, 20)),
        ("this afternoon", date(2026, 11, 20)),
        ("last night", date(2026, 11, 19)),
        ("fredagen", date(2026, 11, 20)),
        ("förra torsdagen", date(2026, 11, 19)),
    ],
)
def test_written_dates_in_four_languages(text: str, expected: date) -> None:
    assert past(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("neste uke", date(2026, 11, 23)),
        ("nästa vecka", date(2026, 11, 23)),
        ("i næste uge", date(2026, 11, 23)),
        ("next week", date(2026, 11, 23)),
        ("denne uken", date(2026, 11, 20)),  # the week has begun: today
        ("uke 47", date(2026, 11, 20)),
        ("om to uker", date(2026, 12, 4)),
        ("om en vecka", date(2026, 11, 27)),
        ("om 2 uger", date(2026, 12, 4)),
        ("in 2 weeks", date(2026, 12, 4)),
        ("in three days", date(2026, 11, 23)),
        ("om en måned", date(2026, 12, 20)),
        ("neste måned", date(2026, 12, 1)),
        ("til fredag", date(2026, 11, 27)),
        ("innen 1.12.", date(2026, 12, 1)),
        ("by Friday", date(2026, 11, 27)),
        ("15. desember", date(2026, 12, 15)),
    ],
)
def test_next_step_dates(text: str, expected: date) -> None:
    assert future(text) == expected


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["Acme", "i", "går", "kl", "14"], (date(2026, 11, 19), 4)),
        (["Acme", "igår", "kl.", "10.30"], (date(2026, 11, 19), 3)),
        (["Acme", "yesterday", "at", "2pm"], (date(2026, 11, 19), 3)),
        (["Acme", "yesterday", "at", "2", "pm"], (date(2026, 11, 19), 4)),
        (["Acme", "18.11.", "14:30"], (date(2026, 11, 18), 2)),
        (["Acme", "onsdag", "kl", "13-14"], (date(2026, 11, 18), 3)),
        (["Acme", "i", "går", "på", "ettermiddagen"], (date(2026, 11, 19), 4)),
        (["Acme", "14:30"], None),  # a time alone is not a date
    ],
)
def test_time_of_day_after_a_date_is_ignored(
    tokens: list[str], expected: tuple[date, int] | None
) -> None:
    assert match_date_suffix(tokens, today=TODAY, direction="past") == expected


@pytest.mark.parametrize("text", ["uke 99", "uke 0", "fredag 26.11.", "32.", "torsdag 13.11."])
def test_impossible_weeks_and_days(text: str) -> None:
    with pytest.raises(UserError) as err:
        past(text)
    assert err.value.code == "bad_date"


def test_monday_on_a_monday() -> None:
    monday = date(2026, 11, 16)
    assert past("mandag", monday) == monday
    assert future("mandag", monday) == date(2026, 11, 23)


def test_year_boundary() -> None:
    new_year = date(2027, 1, 2)
    assert past("30.12.", new_year) == date(2026, 12, 30)
    assert future("30.12.", new_year) == date(2026, 12, 30)
    assert future("3.1.", new_year) == date(2027, 1, 3)
    assert past("1.1.", date(2026, 12, 30)) == date(2027, 1, 1)
    assert past("i går", date(2027, 1, 1)) == date(2026, 12, 31)


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["Acme", "2026-11-10"], (date(2026, 11, 10), 1)),
        (["Aker", "BP", "i", "går"], (date(2026, 11, 19), 2)),
        (["Acme", "på", "fredag"], (date(2026, 11, 20), 2)),
        (["Acme", "day", "before", "yesterday"], (date(2026, 11, 18), 3)),
        (["Fredag", "Bygg"], None),
        (["Acme"], None),
        ([], None),
    ],
)
def test_match_date_suffix(tokens: list[str], expected: tuple[date, int] | None) -> None:
    assert match_date_suffix(tokens, today=TODAY, direction="past") == expected


def test_match_date_suffix_keeps_tokens() -> None:
    assert match_date_suffix(["fredag"], today=TODAY, direction="past", keep_at_least=1) is None
    assert match_date_suffix(["i", "går"], today=TODAY, direction="past", keep_at_least=1) is None
    assert match_date_suffix(["fredag"], today=TODAY, direction="future") == (
        date(2026, 11, 27),
        1,
    )


def test_match_date_suffix_raises_for_impossible_last_token() -> None:
    with pytest.raises(UserError) as err:
        match_date_suffix(["Acme", "2026-13-45"], today=TODAY, direction="past")
    assert err.value.code == "bad_date"


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("2026-13-45", True),
        ("31.02.", True),
        ("18.11.", True),
        ("18.11", True),
        ("31.02", True),
        ("45.10.", True),
        ("18.11.2026", True),
        ("18/11", True),
        ("12.50", False),
        ("1,5", False),
        ("250k", False),
        ("fredag", False),
        ("Acme", False),
        ("1.250.000", False),
        ("2026", False),
    ],
)
def test_looks_like_date(token: str, expected: bool) -> None:
    assert looks_like_date(token) is expected


def test_check_activity_date() -> None:
    assert check_activity_date(TODAY, TODAY) == TODAY
    assert check_activity_date(TODAY - timedelta(days=365), TODAY)
    with pytest.raises(UserError) as err:
        check_activity_date(TODAY - timedelta(days=366), TODAY)
    assert err.value.code == "date_too_old"
    assert err.value.params == {"date": TODAY - timedelta(days=366)}
    with pytest.raises(UserError) as err:
        check_activity_date(TODAY + timedelta(days=1), TODAY)
    assert err.value.code == "date_in_future"


def test_check_next_date() -> None:
    assert check_next_date(TODAY, TODAY) == TODAY
    assert check_next_date(TODAY + timedelta(days=365), TODAY)
    with pytest.raises(UserError) as err:
        check_next_date(TODAY - timedelta(days=1), TODAY)
    assert err.value.code == "next_date_in_past"
    with pytest.raises(UserError) as err:
        check_next_date(TODAY + timedelta(days=366), TODAY)
    assert err.value.code == "next_date_too_far"
    assert err.value.params == {"date": TODAY + timedelta(days=366)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lørdag", "lordag"),
        ("LÖRDAG", "lordag"),
        ("Ærlig", "aerlig"),
        ("Ácme", "acme"),
        ("i går", "i gar"),
        ("Straße", "strasse"),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_parse_error_is_a_value_error() -> None:
    err = UserError("bad_date", text="x")
    assert isinstance(err, ValueError)
    assert (err.code, err.params) == ("bad_date", {"text": "x"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11/18", date(2026, 11, 18)),  # no 18th month: an American month/day
        ("11/18/2026", date(2026, 11, 18)),
        ("10/31/26", date(2026, 10, 31)),
        ("18/11", date(2026, 11, 18)),  # day/month, as Scandinavians write it
        ("11/12", date(2026, 12, 11)),  # either way possible: day/month (refused ahead)
    ],
)
def test_slash_date_is_month_first_only_when_it_cannot_be_day_first(
    text: str, expected: date
) -> None:
    assert past(text) == expected


def test_a_dotted_date_is_never_month_first() -> None:
    assert past("11.18") is None  # "11.18" may be an amount or a time
    with pytest.raises(UserError):
        past("11.18.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mandag forrige uke", date(2026, 11, 9)),
        ("tirsdag i forrige uke", date(2026, 11, 10)),
        ("onsdag förra veckan", date(2026, 11, 11)),
        ("onsdag sidste uge", date(2026, 11, 11)),
        ("Monday last week", date(2026, 11, 9)),
        ("on Tuesday last week", date(2026, 11, 10)),
        ("last week Tuesday", date(2026, 11, 10)),
        ("Tuesday of last week", date(2026, 11, 10)),
        ("forrige uke fredag", date(2026, 11, 13)),
        ("tisdag v46", date(2026, 11, 10)),
        ("uke 46 tirsdag", date(2026, 11, 10)),
        ("tirsdag denne uken", date(2026, 11, 17)),
    ],
)
def test_a_weekday_of_a_named_week_is_that_day_not_the_weeks_monday(
    text: str, expected: date
) -> None:
    assert past(text) == expected


def test_a_weekday_of_next_week_is_that_day_ahead() -> None:
    assert future("fredag neste uke") == date(2026, 11, 27)
    assert future("Tuesday next week") == date(2026, 11, 24)


@pytest.mark.parametrize(
    "text",
    ["tidligere i uka", "tidligere denne uken", "tidigare i veckan", "tidligere på ugen",
     "earlier this week", "early this week"],
)  # fmt: skip
def test_earlier_this_week_is_this_weeks_monday(text: str) -> None:
    assert past(text) == date(2026, 11, 16)
    assert future(text) is None


def test_a_remembered_answer_is_the_same_answer_and_a_refusal_is_raised_afresh() -> None:
    """parse_date remembers its answers (the message reader asks it ~30 times a message): the
    second asking gives the same day, and an impossible date is refused each time with its own
    exception (no traceback carried over from the first)."""
    first = parse_date("fredag", today=TODAY, direction="past")
    assert parse_date("fredag", today=TODAY, direction="past") == first
    assert parse_date("fredag", today=TODAY, direction="future") != first
    raised = []
    for _ in range(2):
        with pytest.raises(UserError) as err:
            parse_date("31.02.2026", today=TODAY, direction="past")
        raised.append(err.value)
    assert [e.code for e in raised] == ["bad_date", "bad_date"]
    assert raised[0] is not raised[1] and raised[0].params == raised[1].params
