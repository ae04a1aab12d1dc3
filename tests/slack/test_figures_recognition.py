"""The digest's recognition and the trend arrows of the seeded team (tests/slack/figures_seed.py),
worked out by hand from the rules in README ("The weekly digest and private summaries") and
bot/services/recognition.py, and sent the way Slack sees them: the digest job ticks every
Monday at 08:00 Oslo while the weeks are logged.

The rules, as a manager reads them:
1. personal best: meetings, calls or offers above every earlier week, with at least 4 earlier
   weeks of history and at least 3 meetings / 5 calls / 2 offers;
2. progress: at least 25 % above the seller's own average of their last 4 working weeks and at
   least +1 (calls +2), over a baseline with at least 2 active weeks;
3. streak: 3 or more weeks in a row on the meetings goal;
4. welcome: a seller's first active week.
Each person once, with their strongest fact; nobody for an away week or a weak week (fewer
activities than their own average); a manager who does not sell is never named.

Trend arrows (↗ ↘ →) compare the week with the seller's own average: up or down when the change
is more than 20 % of the average and at least 1 whole step; a week still under way is compared
with the same share of the average (Thursday: 4/5). The arrow beside a name is activities'.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, UTC

from freezegun import freeze_time

from bot.offline.slack_api import FakeUser
from tests.helpers import text_of
from tests.slack import figures_seed as seed
from tests.slack.figures_seed import ALEX, KARI, LARS, METTE, say
from tests.slack.test_digest import _jobs
from tests.slack.test_figures_table import _digest_posts

NORA, PER = "U0NORA", "U0PER"

MONDAYS = (date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23))


def _run_with_digests(slack, clock, rows) -> dict[int, dict[str, str]]:  # type: ignore[no-untyped-def]
    """Log the rows day by day; each Monday at 08:00 Oslo (before that day's rows, logged at
    10:00) the scheduler sends last week's digest. {week number: {channel or user: text}}."""
    sent: dict[int, dict[str, str]] = {}
    pending = sorted(rows, key=lambda r: r[0])
    for monday in (*MONDAYS, None):
        before = [r for r in pending if monday is None or r[0] < monday]
        pending = [r for r in pending if r not in before]
        seed.run(slack, clock, before)
        if monday is None:
            break
        slack.api.reset()
        with freeze_time(datetime(monday.year, monday.month, monday.day, 7, 0, tzinfo=UTC)):
            _jobs(slack).tick()
        sent[(monday - timedelta(days=7)).isocalendar().week] = _digest_posts(slack)
    return sent


def _recognised(digest: str) -> list[str]:
    """The digest's lines about people, wins excepted: '• *Name*: …'."""
    return [line for line in digest.splitlines() if re.match(r"^• \*[^*]+\*: ", line)]


def _arrows(text: str) -> dict[str, str]:
    """Each '(own average X ↗)' of a private view by its label, and the name's arrow."""
    found = {}
    for line in text.splitlines():
        if m := re.match(r"^\*(?P<name>[A-Z][a-z]+)\* (?P<arrow>[↗↘→])", line):
            found["name"] = m["arrow"]
        elif m := re.match(r"^(?P<label>[A-Z][a-z ]+): .*own average [0-9.]+ (?P<arrow>[↗↘→])\)", line):
            found[m["label"]] = m["arrow"]
    return found


def _row_arrows(status: str) -> dict[str, str]:
    """The arrow beside each seller's name in a manager's /teamstatus."""
    return {
        m["name"]: m["arrow"]
        for m in re.finditer(r"^\*(?P<name>[A-Z][a-z]+)\* (?P<arrow>[↗↘→])", status, re.M)
    }


# -- the seed as it is: who is named each week, by hand ----------------------------------------

# W44: everyone's first active week. Lars a meeting and an offer, Alex 3 offers, Mette 2
# meetings; Kari logged nothing (and does not sell).
# W45: a baseline needs 2 weeks before the week: nobody has one, and nobody is new.
# W46: Lars 1 activity against his own 1.5 (W45, W44), Alex 1 against 3: weak weeks; Mette is
# away; Kari's first week (a meeting) is a manager's who does not sell: not welcomed.
# W47: Lars meetings 1 against 0.33 (+0.67: less than one whole step), offers the same; Alex 2
# activities against 2.33 and Mette 1 against 1.5 (W45, W44; W46 away): weak weeks.
RECOGNISED_SEED = {
    44: [
        "• *Alex*: a first week with 3 activities logged. Welcome!",
        "• *Lars*: a first week with 2 activities logged. Welcome!",
        "• *Mette*: a first week with 2 activities logged. Welcome!",
    ],
    45: [],
    46: [],
    47: [],
}
WINS_SEED = {
    44: [],
    45: [
        "• *Alex* — Telenor (NOK 100,000) · new customer!",
        "• *Alex* — Statkraft (NOK 50,000) · new customer!",
    ],
    46: [
        "• *Alex* — Maersk (DKK 40,000) · new customer!",
        "• *Lars* — Equinor (NOK 300,000) · new customer!",
    ],
    47: ["• *Kari* — Kitron (NOK 75,000) · new customer!"],
}

# The arrows of each private summary (own average of the weeks before; ↗/↘ when the change is
# more than 20 % of it and at least 1).
ARROWS_SEED = {
    # W46: own average of W45, W44.
    46: {
        # meetings 0 vs 0.5, calls 0 vs 0.5, offers 0 vs 0.5 (−0.5 each), activities 1 vs 1.5
        LARS: {"name": "→", "Meetings": "→", "Calls": "→", "Offers": "→", "Activity level": "→"},
        # offers 0 vs 1.5 (−1.5), activities 1 vs 3 (−2)
        ALEX: {"name": "↘", "Meetings": "→", "Calls": "→", "Offers": "↘", "Activity level": "↘"},
        # Mette is away Wed–Fri: her call (1 vs 0, +1) is up; her meetings 0 against her usual
        # 1 are not "down" for a week she had 2 working days of (0 vs 1 × 2/5 = 0.4);
        # activities 1 vs 1.5 × 2/5 = 0.6 (+0.4).
        METTE: {"name": "→", "Meetings": "→", "Calls": "↗", "Offers": "→", "Activity level": "→"},
    },
    # W47: own average of W46, W45, W44 (Mette: W45, W44).
    47: {
        # meetings 1 vs 0.33, calls 0 vs 0.33, offers 1 vs 0.33, activities 2 vs 1.33: all
        # less than one whole step
        LARS: {"name": "→", "Meetings": "→", "Calls": "→", "Offers": "→", "Activity level": "→"},
        # meetings 1 vs 0 (+1), offers 0 vs 1 (−1), activities 2 vs 2.33
        ALEX: {"name": "→", "Meetings": "↗", "Calls": "→", "Offers": "↘", "Activity level": "→"},
        # meetings 1 vs 1, offers 0 vs 0.5, activities 1 vs 1.5
        METTE: {"name": "→", "Meetings": "→", "Calls": "→", "Offers": "→", "Activity level": "→"},
    },
}


def test_the_digests_of_weeks_44_to_47_name_exactly_who_the_rules_name(slack, clock) -> None:  # type: ignore[no-untyped-def]
    seed.setup(slack, clock)
    sent = _run_with_digests(slack, clock, seed.BEFORE_W48)
    assert set(sent) == {44, 45, 46, 47}
    for week, posts in sent.items():
        digest = posts[seed.CHANNEL]
        assert f"The team in week {week}" in digest, digest
        assert _recognised(digest) == RECOGNISED_SEED[week], (week, digest)
        wins = [line for line in digest.splitlines() if line.startswith("• *") and " — " in line]
        assert wins == WINS_SEED[week], (week, digest)
        assert "Kari*:" not in digest  # a manager who does not sell is never recognised
        if not RECOGNISED_SEED[week] and not WINS_SEED[week]:
            assert "A steady week." in digest
        assert set(posts) == {seed.CHANNEL, LARS, ALEX, METTE}, week  # no summary for Kari
    for week, arrows in ARROWS_SEED.items():
        for user, expected in arrows.items():
            got = _arrows(sent[week][user])
            assert got == expected, (week, seed.NAMES[user], got, sent[week][user])
