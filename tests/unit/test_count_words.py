"""Number words (one to twenty in English, Norwegian, Swedish and Danish) are read by one table,
bot.services.dates.count_said, wherever a count is said: a day counted back or ahead ("for
tolv dager siden"), the calls or meetings of a day ("ringte elva kunder i dag"), a contract's
term ("i sju år"). The same word gives the same count in each; "et par", "a couple", "några",
"noen", "a few" give none anywhere (said of days gone, they are asked). Pure."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.services.commands.periods import how_long
from bot.services.dates import count_said, fold, parse_date
from bot.services.talk_counts import talk_count

TODAY = date(2026, 11, 20)

WORDS = {
    1: ["one", "en", "ett", "et"],
    2: ["two", "to", "två"],
    3: ["three", "tre"],
    4: ["four", "fire", "fyra"],
    5: ["five", "fem"],
    6: ["six", "seks", "sex"],
    7: ["seven", "sju", "syv"],
    8: ["eight", "åtte", "åtta", "otte"],
    9: ["nine", "ni", "nio"],
    10: ["ten", "ti", "tio"],
    11: ["eleven", "elleve", "elva"],
    12: ["twelve", "tolv"],
    13: ["thirteen", "tretten", "tretton"],
    14: ["fourteen", "fjorten", "fjorton"],
    15: ["fifteen", "femten", "femton"],
    16: ["sixteen", "seksten", "sexton"],
    17: ["seventeen", "sytten", "sjutton"],
    18: ["eighteen", "atten", "arton"],
    19: ["nineteen", "nitten", "nitton"],
    20: ["twenty", "tjue", "tjugo", "tyve"],
}
CASES = [(n, word) for n, words in WORDS.items() for word in words]
VAGUE = ["par", "couple", "några", "noen", "nogle", "few", "several"]


@pytest.mark.parametrize(("n", "word"), CASES)
def test_count_said_reads_one_to_twenty_in_four_languages(n: int, word: str) -> None:
    assert count_said(fold(word)) == n


@pytest.mark.parametrize(("n", "word"), CASES)
def test_a_day_counted_back_or_ahead_in_words(n: int, word: str) -> None:
    back = TODAY - timedelta(days=n)
    ahead = TODAY + timedelta(days=n)
    assert parse_date(f"for {word} dager siden", today=TODAY, direction="past") == back
    assert parse_date(f"för {word} dagar sedan", today=TODAY, direction="past") == back
    assert parse_date(f"in {word} days", today=TODAY, direction="future") == ahead


@pytest.mark.parametrize(("n", "word"), [c for c in CASES if c[0] >= 2])
def test_the_calls_and_meetings_of_a_day_counted_in_words(n: int, word: str) -> None:
    calls = talk_count(f"ringte {word} kunder i dag")
    meetings = talk_count(f"I had {word} meetings today")
    assert calls is not None and calls.count == n
    assert meetings is not None and meetings.count == n


@pytest.mark.parametrize(("n", "word"), [c for c in CASES if c[0] >= 2])
def test_a_contracts_term_in_words(n: int, word: str) -> None:
    assert how_long(["i", word, "år"], 12) == 12 * n  # a monthly price for n years
    assert how_long(["for", word, "years"], 1) == n


@pytest.mark.parametrize("word", VAGUE)
def test_a_vague_count_is_no_count_anywhere(word: str) -> None:
    assert count_said(fold(word)) is None
    assert talk_count(f"ringte et {word} kunder i dag") is None
    assert how_long(["i", word, "år"], 12) is None
