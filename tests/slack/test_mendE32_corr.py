"""mendE32 through the app: a correction to an offer or a win, with no amount said, has no "Log
another" button, and its question no longer asks "Or were these others?" (was asked with no
button to answer it)."""

from __future__ import annotations

import pytest

from tests.slack.test_views32 import TS, _asked, _logged, _rows
from tests.slack.test_views32 import team as team  # noqa: F401  (the fixture)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("logged", "correction", "kind"),
    [
        ("Ringte Telenor x3", "Rettelse: det var et tilbud, ikke samtaler", "offer"),
        ("Ringte Telenor x3", "correction: it was an offer, not calls", "offer"),
        ("Møte med Telenor i dag", "Korrigering: det var en offert, inte ett möte", "offer"),
        ("Møte med Telenor i dag", "Correction: it was a win, not a meeting", "win"),
    ],
)
def test_no_other_one_is_asked_about_without_its_button(  # type: ignore[no-untyped-def]
    team, logged: str, correction: str, kind: str
) -> None:
    _logged(team, logged)
    said, options = _asked(team, correction, TS[1])
    assert list(options) == ["mend", "not_a_sale"], options
    assert "Eller var dette" not in said and said.endswith("Ingenting lagres før du velger."), said
    assert ("blir én" in said) == ("x3" in logged), said
    assert len(_rows(team)) == (3 if "x3" in logged else 1)
