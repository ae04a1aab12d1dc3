"""Mends from session 7's product review, each driven as Slack drives the app: a rate missing
said once, each team figure named once, the closing rate's one name per language, a seller's
own week for /kpi <week>, /teamstatus's hint once."""

from __future__ import annotations

from datetime import date

import pytest
from freezegun import freeze_time

from tests.helpers import text_of
from tests.slack import figures_seed as seed
from tests.slack.figures_seed import ALEX, KARI, LARS, say
from tests.slack.test_digest import _jobs
from tests.slack.test_figures_table import _digest_posts, home

WHY = ", as no rate is set in /kpi settings"

# Alex offers and wins in Danish kroner (no rate) in week 47: each sum has a part not converted.
DKK_WEEK = (
    (date(2026, 11, 16), ALEX, "/logoffer", "Maersk DKK 40000"),
    (date(2026, 11, 17), ALEX, "/logoffer", "Carlsberg DKK 60000"),
    (date(2026, 11, 18), ALEX, "/logwin", "Maersk"),
    (date(2026, 11, 18), LARS, "/logwin", "Equinor 100k"),
)


def _dkk_team(slack, clock) -> None:  # type: ignore[no-untyped-def]
    seed.setup(slack, clock)
    seed.run(slack, clock, DKK_WEEK)
    clock.set(seed.at(date(2026, 11, 20)))


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_missing_rate_is_explained_once_per_message(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _dkk_team(slack, clock)
    for who, command, text in (
        (KARI, "/teamstatus", ""),
        (ALEX, "/kpi", ""),
        (ALEX, "/teamstatus", ""),
    ):
        reply = say(slack, who, command, text)
        assert reply.count(WHY) == 1, (command, reply)
        assert reply.count("not converted") >= 3, (command, reply)  # every such sum still says so
    for who in (KARI, ALEX):
        view = home(slack, who)
        assert view.count(WHY) == 1 and view.count("not converted") >= 3, view
    slack.api.reset()
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    posts = _digest_posts(slack)
    for to in (seed.CHANNEL, ALEX):
        assert posts[to].count(WHY) == 1 and posts[to].count("not converted") >= 2, posts[to]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_missing_rate_is_explained_once_in_norwegian_too(slack, clock) -> None:  # type: ignore[no-untyped-def]
    seed.setup(slack, clock, language="nb", locales={u: "nb-NO" for u in seed.NAMES})
    seed.run(slack, clock, DKK_WEEK)
    clock.set(seed.at(date(2026, 11, 20)))
    status = say(slack, KARI, "/teamstatus", "")
    assert status.count(", da ingen kurs er satt i /kpi settings") == 1, status
    assert status.count("ikke omregnet") >= 3, status


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_team_totals_name_each_figure_once(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """ "Offers" once, with its count and value; wins the same; in /teamstatus, the App Home's
    team part and the digest."""
    _dkk_team(slack, clock)
    totals = {
        "/teamstatus": say(slack, KARI, "/teamstatus", "").split("*Quarter goals")[0],
        "home": home(slack, KARI).split("Your team")[1].split("*Quarter goals")[0],
    }
    slack.api.reset()
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    totals["digest"] = _digest_posts(slack)[seed.CHANNEL].split("*Quarter goals")[0]
    for where, text in totals.items():
        labels = [line.split(":")[0] for line in text.splitlines() for line in line.split(" · ")]
        assert labels.count("Offers") == 1 and labels.count("Wins") == 1, (where, text)
        assert not any(label.startswith(("Offers sent", "Won")) for label in labels), (where, text)
        offers = next(line for line in text.splitlines() if line.startswith("Offers:"))
        # Maersk DKK 40,000 + Carlsberg DKK 60,000: two offers and their value on one line.
        assert offers.startswith("Offers: *2* (DKK 100,000 not converted"), (where, offers)
        wins = next(line for line in text.splitlines() if line.startswith("Wins:"))
        assert wins.startswith("Wins: 2 (NOK 100,000 + DKK 40,000 not converted"), (where, wins)


# -- /kpi <week>: a seller's own week, one read --------------------------------------------------


def _seeded_to_now(slack, clock) -> None:  # type: ignore[no-untyped-def]
    seed.setup(slack, clock)
    seed.run(slack, clock, (*seed.BEFORE_W48, *seed.AFTER_W47, *seed.AWAY_W48))
    clock.set(seed.NOW)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_kpi_with_a_week_shows_a_seller_only_their_own_figures(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Privacy: the team's totals (and any colleague) stay out of a seller's /kpi <week>; the
    figures are the seller's own week as it ended (the W47 summary's, by hand)."""
    from tests.slack.test_figures_table import SUMMARY_W47, figures

    _seeded_to_now(slack, clock)
    expected = {k: v for k, v in SUMMARY_W47[ALEX].items() if not k.startswith("trend")}
    for asked in ("last week", "forrige uke", "v47", "me last week", "2026-W47"):
        mine = say(slack, ALEX, "/kpi", asked)
        assert "Team totals" not in mine and "team's totals" not in mine, (asked, mine)
        for colleague in ("Lars", "Mette", "Kari"):
            assert colleague not in mine, (asked, mine)
        assert "Week 47" in mine and "*Alex*" in mine, (asked, mine)
        got = figures(mine)
        assert {k: got.get(k) for k in expected} == expected, (asked, mine)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_kpi_with_a_week_keeps_what_a_manager_had(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """A manager who sells: /teamstatus @self's answer, coaching facts and all. A manager who
    does not sell (Kari): her own entries (was "That person is not in this sales team")."""
    _seeded_to_now(slack, clock)
    say(slack, KARI, "/kpi", f"managers add <@{LARS}|lars>")
    lars = say(slack, LARS, "/kpi", "last week")
    assert lars == say(slack, LARS, "/teamstatus", f"last week <@{LARS}|lars>")
    assert "Funnel, last 26 weeks" in lars and "Team totals" not in lars
    kari = say(slack, KARI, "/kpi", "last week")
    assert "*Kari*" in kari and "Wins: 1 (NOK 75,000)" in kari, kari
    assert "not in this sales team" not in kari and "Team totals" not in kari


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_kpi_with_a_week_is_one_read(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """The requester is resolved once, in one unit of work, whatever /kpi reads."""
    from tests.slack.test_request_cost import Counter

    _seeded_to_now(slack, clock)
    for text in ("last week", "me last week", "", "nonsense words"):
        say(slack, ALEX, "/kpi", text)  # warm: the first command of the day reads the profile
        with Counter(slack.engine) as counted:
            reply = say(slack, ALEX, "/kpi", text)
        assert counted.transactions == 1, (text, counted.statements)
        assert reply, text


# -- /teamstatus where there is no team ----------------------------------------------------------


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_teamstatus_without_a_team_says_setup_once_with_its_example(slack) -> None:  # type: ignore[no-untyped-def]
    """Outside a team's channel, by someone in no team: `/kpi setup` once, as the example."""
    for user in slack.api.users.values():
        user.locale = "en-GB" if user.id != ALEX else "nb-NO"
    for who, channel, text in (
        (LARS, "C0SALES", ""),
        (LARS, "D0LARS", "last week"),
        (LARS, "C0SALES", "customers"),
        (ALEX, "C0SALES", ""),
    ):
        reply = text_of(slack.driver.command("/teamstatus", text, who, channel).reply())
        assert reply.count("/kpi setup") == 1, reply
        assert reply.rstrip().endswith("`/kpi setup`"), reply  # the example, under the words
        assert "This channel" not in reply, reply  # a DM is no channel to set up
    assert "salgsteam" in reply, reply  # Alex reads Norwegian


# -- the help's commands, in the reader's language -----------------------------------------------


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_every_command_the_help_shows_works_as_shown_in_each_language(slack) -> None:  # type: ignore[no-untyped-def]
    """/kpi help in Norwegian, Swedish and Danish shows its commands in that language ("/kpi
    angre", "/kpi tilbake", "/teamstatus @navn"), and each one, typed as shown, is understood."""
    from bot import i18n
    from bot.errors import EXAMPLES

    slack.driver.command("/kpi", "setup", KARI, seed.CHANNEL).reply()
    slack.driver.command("/logmeeting", "Acme", LARS, seed.CHANNEL).reply()
    slack.driver.command("/logmeeting", "Equinor", LARS, seed.CHANNEL).reply()
    mention = {
        "@ola": f"<@{LARS}|ola>",
        "@navn": f"<@{LARS}|lars>",
        "@namn": f"<@{LARS}|lars>",
        "@kari": f"<@{ALEX}|alex>",
    }
    for language in ("nb", "sv", "da"):
        slack.driver.command("/kpi", f"language {language}", KARI, seed.CHANNEL).reply()
        help_text = text_of(slack.driver.command("/kpi", "help", KARI, seed.CHANNEL).reply())
        assert "@name" not in help_text and "/kpi undo" not in help_text, help_text
        for key in (
            "undo",
            "help",
            "away",
            "back",
            "kpi_week",
            "week",
            "portfolio",
            "seller_week",
            "role",
            "managers",
            "tier",
            "owner",
        ):
            shown = i18n.translate(language, EXAMPLES[key])
            assert key == "role" or f"`{shown}`" in help_text, (language, shown)  # role: an error's
            typed = shown
            for name, sent in mention.items():
                typed = typed.replace(name, sent)
            command, _, text = typed.partition(" ")
            reply = text_of(slack.driver.command(command, text, KARI, seed.CHANNEL).reply())
            assert ":warning:" not in reply, (shown, reply)
            if key != "help":  # not taken for an unknown word (answered with the help)
                assert i18n.translate(language, "Log what you do") not in reply, (shown, reply)


def test_a_managers_look_at_a_sellers_plan_does_not_call_the_manager_you(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """`/kpi plan @mette` for Kari: Mette's goal, offers and closing rate, never "you need",
    "your open offers" (nor "du trenger", "tilbudene dine")."""
    import re

    _seeded_to_now(slack, clock)
    english = say(slack, KARI, "/kpi", f"plan <@{seed.METTE}|mette>")
    assert "Mette's plan" in english and "more is needed" in english, english
    assert not re.search(r"\b(you|your)\b", english.split("\n", 1)[1], re.I), english
    for user in slack.api.users.values():
        user.locale = "nb-NO"
    say(slack, KARI, "/kpi", "language nb")
    norwegian = say(slack, KARI, "/kpi", f"plan <@{seed.METTE}|mette>")
    assert "trengs" in norwegian and "vunne avtaler av" in norwegian, norwegian
    assert not re.search(r"\b(du|din|dine|ditt|gevinst\w*)\b", norwegian, re.I), norwegian


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_offers_revised_down_say_so(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """A week whose only offer news is a lower price: "revised down by NOK 50,000" (was
    "revised by -NOK 50,000"), in the seller's row and the team's totals."""
    seed.setup(slack, clock)
    seed.run(
        slack,
        clock,
        (
            (date(2026, 11, 16), LARS, "/logoffer", "Equinor 300k"),
            (date(2026, 11, 24), LARS, "/logoffer", "Equinor 250k"),
        ),
    )
    clock.set(seed.NOW)
    status = say(slack, KARI, "/teamstatus", "")
    assert "Offers: *0* (earlier offers revised down by NOK 50,000)" in status, status
    assert "Offers 0 (earlier offers revised down by NOK 50,000)" in status, status
    assert "-NOK" not in status and "−NOK" not in status, status
