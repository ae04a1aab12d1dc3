"""views34, pure: two rows are "both" wherever a question or a reply counts the rows it is about
("Begge lagres", "Båda sparas", "Begge gemmes", "Both are stored"; three and more keep "all
N"), and who the first digest after a quarter praises for doing better than in their own
previous quarter (recognition.quarter_improvements). The views are tests/slack/test_views34.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import pytest

from bot import i18n
from bot.rendering.replies import logged_all_reply, question_reply
from bot.rendering.text import render
from bot.services.activities import Logged, LoggedAll
from bot.services.kpis import Counts
from bot.services.questions import Question
from bot.services.recognition import quarter_improvements

# The day question of "2 calls last week" (times_when): two, then three.
ASKED = {
    "nb": ("Hvilken dag? Begge lagres på dagen", "Hvilken dag? Alle 3 lagres på dagen"),
    "sv": ("Vilken dag? Båda sparas på dagen", "Vilken dag? Alla 3 sparas på dagen"),
    "da": ("Hvilken dag? Begge gemmes på den dag", "Hvilken dag? Alle 3 gemmes på den dag"),
    "en": ("On which day? Both are stored on the day", "On which day? All 3 are stored on the day"),
}


@pytest.mark.parametrize("language", sorted(ASKED))
def test_a_question_over_two_rows_says_both(language: str) -> None:
    """Was: "Alle 2 lagres", "Alla 2 sparas", "All 2 are stored"."""
    two, three = ASKED[language]
    for count, said in ((2, two), (3, three)):
        for span in (None, "forrige uke"):
            text = render(
                language, "question", code="times_when", count=count, kind="call",
                words="2 ganger", week=48, customer="Novo", span=span,
            )  # fmt: skip
            assert said in text, text


# The "Record all" button and the confirmation of a list of two and of three rows.
BUTTONS = {
    "nb": ("Registrer begge", "Registrer alle 3", "Registrerte begge:", "Registrerte alle 3:"),
    "sv": ("Registrera båda", "Registrera alla 3", "Registrerade båda:", "Registrerade alla 3:"),
    "da": ("Registrer begge", "Registrer alle 3", "Registrerede begge:", "Registrerede alle 3:"),
    "en": ("Record both", "Record all 3", "Recorded both:", "Recorded all 3:"),
}


@pytest.mark.parametrize("language", sorted(BUTTONS))
def test_a_button_and_a_confirmation_of_two_rows_say_both(language: str) -> None:
    button_two, button_three, logged_two, logged_three = BUTTONS[language]
    for n, button, logged in ((2, button_two, logged_two), (3, button_three, logged_three)):
        rows = [["call", f"Kunde {i}", date(2026, 11, 23), 1, None, "NOK", False] for i in range(n)]
        params = {"rows": rows, "count": n, "undated_day": None, "undated_week": None,
                  "already": [], "already_on_day": False}  # fmt: skip
        message = question_reply(language, Question("t", "record_all", params, ("record_all",)))
        [record] = message["blocks"][-1]["elements"]
        assert record["text"]["text"] == button
        done = tuple(
            Logged(i, "call", "Tine", date(2026, 11, 23), None, None, None, None, None, None, None)
            for i in range(n)
        )
        text = logged_all_reply(language, LoggedAll(done))["blocks"][0]["text"]["text"]
        assert logged in text, text


def test_all_of_says_both_only_for_two() -> None:
    said = [i18n.all_of(n, "nb") for n in (2, 3, 12)]
    assert said == ["begge", "alle 3", "alle 12"]
    assert i18n.all_of(2, "sv", capital=True) == "Båda"
    assert i18n.all_of(1000, "en") == "all 1,000"


# -- a quarter's progress on the seller's own previous quarter ----------------------------------
SINCE = date(2026, 10, 1)  # 2026-Q4's first day


def _status(sid: int, name: str, **counts: int) -> SimpleNamespace:
    return SimpleNamespace(seller=SimpleNamespace(id=sid), name=name, quarter=Counts(**counts))


def test_a_seller_who_did_better_than_in_their_own_previous_quarter_is_named_once() -> None:
    now = [
        _status(1, "Kari", meetings=30, calls=40, offers=6, wins=2),  # meetings +50 %, wins 1 → 2
        _status(2, "Lars", meetings=20, calls=10, offers=3, wins=1),  # fewer than before: unnamed
        _status(3, "Mette", meetings=11, calls=20, offers=4, wins=0),  # +10 %: not enough
        _status(4, "Alex", meetings=12, calls=0, offers=3, wins=1),  # new in 2026-Q4: no baseline
        _status(5, "Ida", meetings=5, calls=0, offers=0, wins=0),  # 2 → 5 (+3, +150 %)
    ]
    before = [
        _status(1, "Kari", meetings=20, calls=38, offers=5, wins=1),
        _status(2, "Lars", meetings=30, calls=20, offers=6, wins=2),
        _status(3, "Mette", meetings=10, calls=19, offers=4, wins=0),
        _status(4, "Alex", meetings=2, calls=0, offers=0, wins=0),
        _status(5, "Ida", meetings=2, calls=0, offers=0, wins=0),
    ]
    firsts = {1: date(2025, 3, 1), 2: date(2025, 3, 1), 3: date(2025, 3, 1),
              4: date(2026, 11, 20), 5: SINCE}  # fmt: skip
    found = quarter_improvements(now, before, SINCE, firsts)
    # Each once, with the KPI that rose most for them (Kari: wins +100 % over meetings +50 %)
    assert [(i.name, i.kpi, i.value, i.previous) for i in found] == [
        ("Ida", "meetings", Decimal(5), Decimal(2)),
        ("Kari", "wins", Decimal(2), Decimal(1)),
    ]


def test_nobody_is_named_without_a_previous_quarter() -> None:
    now = [_status(1, "Kari", meetings=30)]
    assert quarter_improvements(now, [], SINCE, {1: date(2025, 1, 1)}) == []
    assert quarter_improvements(now, [_status(1, "Kari", meetings=1)], SINCE, {}) == []
