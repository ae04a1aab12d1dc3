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
from datetime import UTC, date, datetime, timedelta

import pytest
from freezegun import freeze_time

from bot.offline.slack_api import FakeUser
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
        elif m := re.match(
            r"^(?P<label>[A-Z][a-z ]+): .*own average [0-9.]+"
            r"(?: a week, [0-9.]+ for \d working days?)? (?P<arrow>[↗↘→])\)",
            line,
        ):
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


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
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
        # W44: nothing closed in the team yet, so no pace to project (not "about 0 %").
        assert ("At this pace" in digest) == (week > 44), (week, digest)
        assert set(posts) == {seed.CHANNEL, LARS, ALEX, METTE}, week  # no summary for Kari
    for week, arrows in ARROWS_SEED.items():
        for user, expected in arrows.items():
            got = _arrows(sent[week][user])
            assert got == expected, (week, seed.NAMES[user], got, sent[week][user])


# -- the seed with a better week 47 for some: every rule once ----------------------------------

# On top of the seed: Alex's call back-dated to W43 (so he has 4 earlier weeks by W47), then in
# W47 four more offers for Alex and two more meetings for Lars; Nora, a seller who starts in W45
# with 3 meetings a week; Per, whose first week is W47.
D = date
BETTER_W47 = (
    (D(2026, 10, 26), ALEX, "/logcall", "Hydro 2026-10-20"),
    *(
        (D(2026, 11, 3 + n), NORA, "/logmeeting", c)
        for n, c in enumerate(("Posten", "Vy", "Avinor"))
    ),
    *(
        (D(2026, 11, 9 + n), NORA, "/logmeeting", c)
        for n, c in enumerate(("Posten", "Vy", "Avinor"))
    ),
    *(
        (D(2026, 11, 16 + n), NORA, "/logmeeting", c)
        for n, c in enumerate(("Posten", "Vy", "Avinor"))
    ),
    (D(2026, 11, 18), LARS, "/logmeeting", "Gjensidige"),
    (D(2026, 11, 19), LARS, "/logmeeting", "DNB"),
    *(
        (D(2026, 11, 20), ALEX, "/logoffer", f"{c} {n}0k")
        for n, c in enumerate(("Borregaard", "Tomra", "Schibsted", "Storebrand"), 1)
    ),
    (D(2026, 11, 20), PER, "/logmeeting", "Elkjop"),
)

RECOGNISED_BETTER = {
    # Alex's first week is W43 now (no digest: the team was set up in W44): not new in W44.
    44: [
        "• *Lars*: a first week with 2 activities logged. Welcome!",
        "• *Mette*: a first week with 2 activities logged. Welcome!",
    ],
    # Nora's first week. Alex (own average of W44, W43: offers 1.5, calls 0.5) had no meeting,
    # call or offer in W45.
    45: ["• *Nora*: a first week with 3 activities logged. Welcome!"],
    # Nora: one week before W46 is no baseline, and 2 weeks on goal are no streak yet.
    46: [],
    47: [
        # Alex: 4 offers; earlier weeks W43–W46 (4: enough history) best 3 (W44), and at least
        # 2. Also +3.25 over his average 0.75 and meetings 1 over 0, but each person is named
        # once, with the strongest fact: the personal best.
        "• *Alex*: offers 4 (previous best 3)",
        # Lars: 3 meetings against 0.33 (W46, W45, W44): +2.67 and +800 %. 3 earlier weeks: no
        # personal best.
        "• *Lars*: meetings 3, up from an average of 0.3",
        # Nora: 3 meetings in W45, W46 and W47, the goal of 3.
        "• *Nora*: 3 weeks in a row on the meetings goal",
        # Per: welcomed, not "meetings 1, none in the weeks before".
        "• *Per*: a first week with 1 activity logged. Welcome!",
        # Mette: 1 activity against 1.5, a weak week; Kari does not sell.
    ],
}
ARROWS_BETTER_W47 = {
    # meetings 3 vs 0.33, activities 4 vs 1.33
    LARS: {"name": "↗", "Meetings": "↗", "Calls": "→", "Offers": "→", "Activity level": "↗"},
    # own average of W46–W43: meetings 0, calls 0.25, offers 0.75, activities 2;
    # W47: meetings 1, calls 0, offers 4, activities 6 (a loss too)
    ALEX: {"name": "↗", "Meetings": "↗", "Calls": "→", "Offers": "↗", "Activity level": "↗"},
    # 3 meetings against 3 (W46, W45)
    NORA: {"name": "→", "Meetings": "→", "Calls": "→", "Offers": "→", "Activity level": "→"},
    METTE: ARROWS_SEED[47][METTE],
}


# The same week 47 in a Norwegian team's channel.
RECOGNISED_BETTER_NB_W47 = [
    "• *Alex*: tilbud 4 (tidligere rekord 3)",
    "• *Lars*: møter 3, opp fra et snitt på 0,3",
    "• *Nora*: 3 uker på rad på møtemålet",
    "• *Per*: en første uke med 1 aktivitet logget. Velkommen!",
]


def test_a_norwegian_digest_names_the_same_people_for_the_same_facts(slack, clock) -> None:  # type: ignore[no-untyped-def]
    for user, name in ((NORA, "Nora"), (PER, "Per")):
        slack.api.add_user(FakeUser(user, name, locale="nb-NO"))
    seed.setup(slack, clock, "nb", dict.fromkeys(slack.api.users, "nb-NO"))
    sent = _run_with_digests(slack, clock, (*seed.BEFORE_W48, *BETTER_W47))
    digest = sent[47][seed.CHANNEL]
    assert _recognised(digest) == RECOGNISED_BETTER_NB_W47, digest
    assert "*Personlige rekorder* :star:" in digest and "*Fremgang i uke 47*" in digest
    assert "*I mål, uke etter uke* :fire:" in digest and "*Nye i teamet* :wave:" in digest


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_every_recognition_rule_names_its_seller_once_and_nobody_else(slack, clock) -> None:  # type: ignore[no-untyped-def]
    for user, name in ((NORA, "Nora"), (PER, "Per")):
        slack.api.add_user(FakeUser(user, name, locale="en-GB"))
    seed.setup(slack, clock)
    sent = _run_with_digests(slack, clock, (*seed.BEFORE_W48, *BETTER_W47))
    for week, expected in RECOGNISED_BETTER.items():
        digest = sent[week][seed.CHANNEL]
        assert _recognised(digest) == expected, (week, digest)
    w47 = sent[47][seed.CHANNEL]
    assert "*Personal bests* :star:" in w47 and "*Progress in week 47*" in w47
    assert "*On goal, week after week* :fire:" in w47 and "*New on the team* :wave:" in w47
    for user, expected in ARROWS_BETTER_W47.items():
        got = _arrows(sent[47][user])
        assert got == expected, (user, got, sent[47][user])
    # Per has no own average yet: no arrows, no "own average 0".
    assert "own average" not in sent[47][PER] and not _arrows(sent[47][PER]).get("name")

    # A manager's /teamstatus week 47: the arrow beside each name is the activities'.
    clock.set(seed.at(D(2026, 11, 23)))
    status = say(slack, KARI, "/teamstatus", "week 47")
    assert _row_arrows(status) == {"Alex": "↗", "Lars": "↗", "Mette": "→", "Nora": "→"}, status
    assert "*Per*" in status and "*Kari*" not in status


# The chart in the W47 digest's thread: the whole team's weeks since it was set up (Monday 26
# October, W44–W47; W40–W43 ended before it, nothing logged for them: no figures, were drawn as
# zeros), Kari's entries included as in the week's totals. W44: Lars's meeting and offer, Alex's
# 3 offers, Mette's 2 meetings; W45: Lars's call, Mette's offer (Lars's revision is no offer);
# W46: Mette's call, Kari's meeting; W47: the meetings of Lars, Alex and Mette, Lars's offer.
CHART_W47 = [
    ("44", {"meetings": 3, "calls": 0, "offers": 4}),
    ("45", {"meetings": 0, "calls": 1, "offers": 1}),
    ("46", {"meetings": 1, "calls": 1, "offers": 0}),
    ("47", {"meetings": 3, "calls": 0, "offers": 1}),
]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_digest_charts_the_teams_last_8_weeks_by_hand(slack, clock) -> None:  # type: ignore[no-untyped-def]
    from bot.rendering.chart import points_of
    from bot.services.kpis import Week
    from storage.db import make_session_factory, session_scope
    from storage.models import SalesTeam

    seed.setup(slack, clock, "nb", dict.fromkeys(seed.NAMES, "nb-NO"))
    seed.run(slack, clock, (*seed.BEFORE_W48, *seed.AFTER_W47))  # later weeks change nothing
    with session_scope(make_session_factory(slack.engine)) as session:
        team = session.query(SalesTeam).filter_by(channel_id=seed.CHANNEL).one()
        ws, team_id = team.workspace_id, team.id
    with freeze_time(clock.now()):
        messages = _jobs(slack).digests.messages(ws, team_id, Week(2026, 47))
    assert messages is not None and messages.chart is not None
    digest, labels, language = messages.chart
    assert points_of(digest.trend) == CHART_W47
    assert (labels, language) == (
        {"meetings": "Møter", "calls": "Samtaler", "offers": "Tilbud"},
        "nb",
    )


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_going_away_says_what_days_away_do_to_goals_and_the_own_average(slack, clock) -> None:  # type: ignore[no-untyped-def]
    # Mette's Thursday and Friday of W48 scale her goals (3 meetings × 3/5 = 1.8, in
    # test_figures_table) but leave W48 in her own average (an away week needs 3 days):
    # the reply must not say the week is left out.
    seed.setup(slack, clock, "en", {METTE: "sv-SE"})
    clock.set(seed.NOW)
    swedish = say(slack, METTE, "/kpi", "away until 2026-11-27")
    assert "Du är ledig till fre 27 nov. 2026." in swedish, swedish
    assert "Dina mål justeras för de lediga dagarna" in swedish
    assert "en vecka med 3 eller fler av dem räknas inte med i ditt snitt" in swedish
    english = say(slack, LARS, "/kpi", "away until 2026-11-27")
    assert (
        "Your goals are scaled for the days away, a week with 3 or more of them is left out"
        in english
    )
    assert "Those weeks" not in english
