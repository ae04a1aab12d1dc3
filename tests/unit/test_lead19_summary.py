"""A private summary of a week that has ended says its old offers as they stood at the week's
end (they are counted so), as holidays19 made its warm-lead advice do: "is older" read as about
today on Monday, for offers that may have been won over the weekend."""

from __future__ import annotations

import pytest

from bot.rendering.text import render


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "At the end of week 53, 1 of your offers was older than 14 days.",
         "At the end of week 53, 2 of your offers were older than 14 days."),
        ("nb", "Ved slutten av uke 53 var 1 av tilbudene dine eldre enn 14 dager.",
         "Ved slutten av uke 53 var 2 av tilbudene dine eldre enn 14 dager."),
        ("sv", "I slutet av vecka 53 var 1 av dina offerter äldre än 14 dagar.",
         "I slutet av vecka 53 var 2 av dina offerter äldre än 14 dagar."),
        ("da", "Ved udgangen af uge 53 var 1 af dine tilbud ældre end 14 dage.",
         "Ved udgangen af uge 53 var 2 af dine tilbud ældre end 14 dage."),
    ],
)  # fmt: skip
def test_a_summary_of_a_week_that_has_ended_says_its_old_offers_as_it_ended(
    language: str, one: str, two: str
) -> None:
    common = dict(kind="stale_offers", days=14, missing=0, goal=0, week_number=53)
    assert one in render(language, "summary_suggestion", count=1, ended=True, **common)
    assert two in render(language, "summary_suggestion", count=2, ended=True, **common)
    now = render(language, "summary_suggestion", count=2, ended=False, **common)
    assert "53" not in now and "14" in now
