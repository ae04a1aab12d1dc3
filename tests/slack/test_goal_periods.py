"""Goals in their own period, and the team's own goals beside each seller's, on every surface
(/kpi, /teamstatus totals and rows, App Home, the digest, the private summary).

The clock stands at Friday 2026-11-20. 2026 has 261 working days, 232 of them passed by today;
2026-Q4 has 66, 37 passed; week 47 has 5, all passed."""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from tests.helpers import command_replies, text_of
from tests.slack.test_digest import _english, _jobs, _posts, _team

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"  # Kari is a workspace admin
CHANNEL = "C0SALES"
SUMMED = "Goals not marked “team goal” are the sellers' goals added up."


def _home(slack, user: str) -> str:  # type: ignore[no-untyped-def]
    slack.api.reset()
    slack.driver.event({"type": "app_home_opened", "user": user, "channel": "D0X", "tab": "home"})
    return text_of(slack.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"])


def _dms(slack) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        c.params["channel"]: text_of(c.params)
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel", "").startswith("U0")
    }


def _wins(slack) -> None:  # type: ignore[no-untyped-def]
    """Lars wins 2m in March (this year, not this quarter) and 600k this week."""
    command_replies(slack, LARS, "/logwin", "Hydro 2m 2026-03-10")
    command_replies(slack, LARS, "/logwin", "Equinor 600k 2026-11-18")


def _section(text: str, heading: str) -> str:
    """The lines under a bold heading, up to the next one."""
    after = text.split(f"*{heading}*", 1)[1]
    return after.split("\n*", 1)[0]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_year_goal_is_shown_against_the_year_on_every_surface(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    command_replies(slack, KARI, "/kpi", "goal revenue 10m/year")
    _wins(slack)

    mine = command_replies(slack, LARS, "/kpi", "")
    print(mine)
    year = _section(mine, "Year goals (2026)")
    # Won this year (March and November) against the year's goal; Lars works in Stockholm: 261
    # weekdays less Sweden's 7 weekday holidays of 2026 (1 and 6 Jan, 3 and 6 Apr, 1 and 14 May,
    # 25 Dec) = 254, 232 − 6 = 226 of them by now. The team, set up today, is counted from its
    # first backdated work, the March win of Tue 10 March (teamstart23): the 46 working days
    # before it left out, 10m × 208/254 for the year and 10m × 180/254 by now.
    assert "Revenue: *NOK 2,600,000* / NOK 8,188,976" in year
    assert "on pace would be NOK 7,086,614 by now" in year
    assert "2,500,000" not in mine  # not "the quarter's share" of the year

    team = command_replies(slack, KARI, "/teamstatus", "")
    totals = _section(team, "Year goals (2026)")
    # Four sellers' goals added up, said as such, against everything the team won this year.
    # Each paced by their own place's working days (holidays19), from Tue 10 March on.
    assert "Revenue: *NOK 2,600,000* / NOK 32,623,168" in totals
    assert "on pace would be NOK 28,244,530 by now" in totals
    assert SUMMED in team
    lars_row = team.split("*Lars*")[1].split("\n*")[0]
    assert ":dart: Revenue (2026): NOK 2,600,000 / NOK 8,188,976" in lars_row
    assert "on pace would be NOK 7,086,614 by now" in lars_row

    home = _home(slack, KARI)
    assert "Revenue: *NOK 2,600,000* / NOK 32,623,168" in home and SUMMED in home
    assert ":dart: Revenue (2026): NOK 2,600,000 / NOK 8,188,976" in home

    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    digest = text_of(_posts(slack)[0])
    # Week 47 ended on Sunday the 22nd: still 232 working days passed.
    assert "*Year goals (2026)*" in digest
    assert "Revenue: *NOK 2,600,000* / NOK 32,623,168" in digest and SUMMED in digest
    summary = _dms(slack)[LARS]
    assert "Revenue: *NOK 2,600,000* / NOK 8,188,976" in _section(summary, "Year goals (2026)")


def test_a_past_week_measures_its_year_up_to_that_sunday(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    command_replies(slack, KARI, "/kpi", f"goal <@{LARS}|lars> revenue 10m/year")
    _wins(slack)
    team = command_replies(slack, KARI, "/teamstatus", f"<@{LARS}|lars> 2026-W46")
    year = _section(team, "Year goals (2026)")
    # Up to Sunday 15 November: the March win only, 227 − 6 = 221 of Lars's 254 working days
    # (Sweden's holidays) passed. Counted from the team's first backdated work, Tue 10 March
    # (teamstart23): 46 working days fewer, 10m × 208/254 and 10m × 175/254 by then.
    assert "Revenue: *NOK 2,000,000* / NOK 8,188,976" in year
    assert "on pace would be NOK 6,889,764 by Sun 15 Nov 2026" in year


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_year_goal_is_scaled_for_days_away_in_the_year(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    command_replies(slack, KARI, "/kpi", "goal revenue 10m/year")
    # The team, set up today, counts from its first work (teamstart23): Mette's meeting of Friday
    # 2 January, the first working day of the year in Sweden, so Lars's year is the whole year.
    command_replies(slack, METTE, "/logmeeting", "Hydro 2026-01-02")
    # from today: 30 of the year's 261 days
    command_replies(slack, LARS, "/kpi", "away until 2026-12-31")
    mine = command_replies(slack, LARS, "/kpi", "")
    print(mine)
    year = _section(mine, "Year goals (2026)")
    # Away 30 weekdays, 29 working days (Christmas Day is a holiday in Sweden): 10m × 225/254
    # for the year; by now he has been present 225 of the 226 working days passed.
    assert "Revenue: *NOK 0* / NOK 8,858,268" in year
    # Present every working day passed: the pace is the goal, said once (session 22).
    assert "on pace the goal would be reached by now" in year


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_week_goals_are_shown_against_the_week(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    command_replies(slack, KARI, "/kpi", "goal wins 2/week")
    command_replies(slack, KARI, "/kpi", "goal offer_value 1m/week")
    _wins(slack)
    command_replies(slack, LARS, "/logoffer", "Orkla 300k")
    mine = command_replies(slack, LARS, "/kpi", "")
    print(mine)
    week = _section(mine, "Week goals (week 47)")
    assert (
        "Wins: *1* / 2" in week and "on pace the goal would be reached by now" in week
    )  # the March win is not this week's
    assert "Offer value: *NOK 300,000* / NOK 1,000,000" in week
    assert "Quarter goals" not in mine
    team = command_replies(slack, KARI, "/teamstatus", "")
    assert "Wins: *1* / 8" in _section(team, "Week goals (week 47)")
    assert ":dart: Wins (week 47): 1 / 2" in team.split("*Lars*")[1]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_quarter_goals_for_activities_show_in_the_quarter(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    command_replies(slack, KARI, "/kpi", f"goal <@{LARS}|lars> meetings 66/quarter")
    command_replies(slack, LARS, "/logmeeting", "Acme warm 2026-10-05")
    command_replies(slack, LARS, "/logmeeting", "Orkla warm")
    mine = command_replies(slack, LARS, "/kpi", "")
    print(mine)
    # Both meetings of the quarter against 66; 66 × 37/65 = 37.6 by now (Christmas Day is no
    # working day in Lars's Sweden). The team, set up today, counts from its first backdated work,
    # Monday 5 October (teamstart23): Thursday 1 and Friday 2 October left out, 66 × 63/65 and
    # 66 × 35/65 by now.
    assert "Meetings: *2* / 64" in mine and "on pace would be 35.5 by now" in mine
    # The week's line still has its share of the quarter's goal (66 / 13 weeks).
    assert "Meetings: *1* / 5.1" in mine


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_team_goal_is_the_teams_not_each_sellers(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    command_replies(slack, KARI, "/kpi", "goal revenue 10m/year")
    set_reply = command_replies(slack, KARI, "/kpi", "goal team revenue 30m/year")
    assert "Team goal (the sum the team aims for): Revenue NOK 30,000,000 per year" in set_reply
    command_replies(slack, KARI, "/kpi", "goal team meetings 25/week")
    _wins(slack)

    team = command_replies(slack, KARI, "/teamstatus", "")
    totals = _section(team, "Year goals (2026)")
    # The team's own goal paced by the team's place (Oslo): 261 weekdays less Norway's 8
    # weekday holidays of 2026 = 253, 225 of them by now; from the team's first backdated work,
    # Tue 10 March (teamstart23), 46 fewer: 30m × 206/253 and 30m × 178/253 by now.
    assert "Revenue: *NOK 2,600,000* / NOK 24,426,877 _(team goal)_" in totals
    assert "on pace would be NOK 21,106,719 by now" in totals
    assert "40,000,000" not in team
    assert "Meetings: *0* / 25 _(team goal)_" in team
    assert SUMMED not in team  # every goal on the team's line is the team's own
    # Each seller keeps the per-seller default.
    assert ":dart: Revenue (2026): NOK 2,600,000 / NOK 8,188,976" in team.split("*Lars*")[1]
    assert "Revenue: *NOK 2,600,000* / NOK 8,188,976" in command_replies(slack, LARS, "/kpi", "")
    assert "NOK 24,426,877 _(team goal)_" in _home(slack, KARI)
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    assert "NOK 24,426,877 _(team goal)_" in text_of(_posts(slack)[0])

    listed = command_replies(slack, KARI, "/kpi", "goals")
    team_part, rest = listed.split("Team defaults")
    assert "Team goals (the sum the team aims for)" in team_part
    assert "Meetings 25 per week" in team_part and "Revenue NOK 30,000,000 per year" in team_part
    assert "Revenue NOK 10,000,000 per year" in rest

    assert "removed" in command_replies(slack, KARI, "/kpi", "goal team revenue off")
    team = command_replies(slack, KARI, "/teamstatus", "")
    assert "Revenue: *NOK 2,600,000* / NOK 32,623,168" in team and SUMMED in team
    # default kept
    assert "Revenue NOK 10,000,000 per year" in command_replies(slack, KARI, "/kpi", "goals")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_seller_sees_the_teams_totals_but_no_colleagues_goals(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    command_replies(slack, KARI, "/kpi", f"goal <@{LARS}|lars> revenue 3m/year")
    command_replies(slack, KARI, "/kpi", "goal team revenue 30m/year")
    _wins(slack)
    seen = command_replies(slack, ALEX, "/teamstatus", "")
    # The year from the team's first backdated work, Tue 10 March (teamstart23): 30m × 206/253.
    assert "NOK 24,426,877 _(team goal)_" in seen
    assert "3,000,000" not in seen and ":dart:" not in seen
    listed = command_replies(slack, ALEX, "/kpi", "goals")
    assert "Revenue NOK 30,000,000 per year" in listed and "3,000,000" not in listed


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_goals_are_typed_the_way_people_write_them(slack) -> None:  # type: ignore[no-untyped-def]
    _team(slack)  # Norwegian, NOK
    said = {
        "goal omsetning 2,5 mill. per år": "Omsetning kr 2 500 000 per år",
        "goal team omsetning 40 MNOK i året": "Omsetning kr 40 000 000 per år",
        "goal for hele teamet møter 30 i uka": "Møter 30 per uke",
        f"goal <@{LARS}|lars> tilbudsverdi 10 mill pr. kvartal": "Tilbudsverdi kr 10 000 000 per kvartal",
        "goal nye kunder 3 hvert kvartal": "Nye kunder 3 per kvartal",
        "goal ordrer 2/uke": "Vunne avtaler 2 per uke",
        "goal aktivitetsnivå 40 ukentlig": "Aktivitetsnivå 40 per uke",
    }
    for typed, shown in said.items():
        assert shown in command_replies(slack, KARI, "/kpi", typed).replace("\xa0", " "), typed
    refused = command_replies(slack, KARI, "/kpi", "goal omsetning 10m per måned")
    assert "måned" in refused and "`/kpi goal omsetning 10m/år`" in refused
    unread = command_replies(slack, KARI, "/kpi", "goal omsetning masse penger i året")
    assert "masse penger" in unread and "`/kpi goal omsetning 10m/år`" in unread
    both = command_replies(slack, KARI, "/kpi", f"goal team <@{LARS}|lars> omsetning 1m")
    assert "`/kpi goal team omsetning 40m/år`" in both
    foreign = command_replies(slack, KARI, "/kpi", "goal omsetning 10 MSEK per år")
    assert "SEK" in foreign and "NOK" in foreign
    listed = command_replies(slack, KARI, "/kpi", "goals")
    assert "Omsetning kr 2 500 000 per år" in listed.replace(
        "\xa0", " "
    )  # the refused ones changed nothing


# -- the settings form -----------------------------------------------------------------------
def _form_values(**changes: dict) -> dict:  # type: ignore[type-arg]
    values = {
        "language": {"value": {"type": "static_select", "selected_option": {"value": "en"}}},
        "timezone": {
            "value": {"type": "static_select", "selected_option": {"value": "Europe/Oslo"}}
        },
        "currency": {"value": {"type": "static_select", "selected_option": {"value": "NOK"}}},
        "digest_day": {"value": {"type": "static_select", "selected_option": {"value": "0"}}},
        "digest_time": {"value": {"type": "timepicker", "selected_time": "08:00"}},
    }
    values.update(changes)
    return values


def _text_input(value: str) -> dict:  # type: ignore[type-arg]
    return {"value": {"type": "plain_text_input", "value": value}}


def _initial(view: dict, block_id: str) -> str | None:  # type: ignore[type-arg]
    [block] = [b for b in view["blocks"] if b.get("block_id") == block_id]
    return block["element"].get("initial_value")


def test_the_settings_form_shows_every_goal_and_edits_the_revenue_goals(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    command_replies(slack, KARI, "/kpi", "goal revenue 10m/year")
    command_replies(slack, KARI, "/kpi", "goal team revenue 30m/year")
    command_replies(slack, KARI, "/kpi", "goal team meetings 50/week")
    command_replies(slack, KARI, "/kpi", f"goal <@{LARS}|lars> wins 2/week")
    view = slack.driver.command("/kpi", "settings", KARI, CHANNEL).opened_view()
    shown = text_of(view)
    every = shown.split("All goals", 1)[1]
    assert "Team goals (the sum the team aims for)" in every
    assert "Meetings 50 per week" in every and "Revenue NOK 30,000,000 per year" in every
    assert "Revenue NOK 10,000,000 per year" in every
    assert f"<@{LARS}>: Wins 2 per week" in every
    assert "`/kpi goal @kari revenue off`" in every  # how to change the others
    # Saving the form unchanged keeps the goals as they are.
    assert _initial(view, "goal_revenue") == "10000000 per year"
    assert _initial(view, "goal_team_revenue") == "30000000 per year"

    refused = slack.driver.submit_view(
        KARI,
        view,
        _form_values(goal_revenue=_text_input("lots"), goal_team_revenue=_text_input("1m/month")),
    )
    errors = refused.json()["errors"]
    assert set(errors) == {"goal_revenue", "goal_team_revenue"}
    assert "10m per year" in errors["goal_team_revenue"]

    saved = slack.driver.submit_view(
        KARI,
        view,
        _form_values(
            goal_revenue=_text_input("2,5 mill per kvartal"),
            goal_team_revenue=_text_input("0"),
        ),
    )
    assert saved.status == 200 and not saved.body
    listed = command_replies(slack, KARI, "/kpi", "goals")
    assert "Revenue NOK 2,500,000 per quarter" in listed
    assert "Team goals" in listed and "30,000,000" not in listed  # removed
    assert "Meetings 50 per week" in listed  # the other team goal stays


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_every_kind_of_team_goal_shows_on_the_teams_line(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    for goal in (
        "team new_customers 10/year",
        "team pipeline 20m",
        "team offers 12/quarter",
        "team closing 70%",
    ):
        command_replies(slack, KARI, "/kpi", f"goal {goal}")
    _wins(slack)  # two customers won for the first time this year, one of them this quarter
    for customer in ("Orkla", "Aker", "Telenor", "DNB"):
        command_replies(slack, ALEX, "/logwin", f"{customer} 100k 2026-11-02")
    command_replies(slack, ALEX, "/logoffer", "Statoil 100k 2026-11-03")
    command_replies(slack, ALEX, "/loglost", "Statoil")
    command_replies(slack, METTE, "/logoffer", "Kongsberg 4m")
    team = command_replies(slack, KARI, "/teamstatus", "")
    # The year from the team's first backdated work, Tue 10 March (teamstart23).
    assert "New customers: *6* / 8.1 _(team goal)_" in _section(team, "Year goals (2026)")
    quarter = _section(team, "Quarter goals (2026-Q4)")
    assert "Pipeline: *NOK 4,000,000* / NOK 20,000,000 _(team goal)_" in quarter
    assert "Offers: *2* / 12 _(team goal)_" in quarter
    assert "on pace would be 6.8 by now" in quarter  # 12 × 37/65 (Christmas Day in Oslo)
    # 5 wins and 1 loss in 90 days (the March win is older): 83 % against the team's 70 %.
    assert "Closing rate (90 days): 83 % / 70 %" in team


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_revenue_from_new_customers_is_measured_in_its_year(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    said = command_replies(slack, KARI, "/kpi", f"goal <@{LARS}|lars> new customers 5m per year")
    assert "Revenue from new customers NOK 5,000,000 per year" in said
    _wins(slack)  # both are first wins with their customers
    command_replies(slack, LARS, "/logwin", "Hydro 100k 2026-11-19")  # Hydro is not new any more
    year = _section(command_replies(slack, LARS, "/kpi", ""), "Year goals (2026)")
    # The year from the team's first backdated work, Tue 10 March (teamstart23): 5m × 208/254.
    assert "Revenue from new customers: *NOK 2,600,000* / NOK 4,094,488" in year


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_goal_only_some_sellers_have_is_on_their_rows_not_on_the_teams_line(slack) -> None:  # type: ignore[no-untyped-def]
    """The team's line for a goal is its sellers' goals added up against what the team did: with
    only Lars's goals, that was his 1m against Mette's wins too, and his 5 calls against
    everyone's calls (and his goal showed in the channel)."""
    _english(slack)
    _team(slack)
    command_replies(slack, KARI, "/kpi", f"goal <@{LARS}|lars> revenue 1m/quarter")
    command_replies(slack, KARI, "/kpi", f"goal <@{LARS}|lars> calls 5/week")
    command_replies(slack, LARS, "/logwin", "Equinor 300k 2026-11-18")
    command_replies(slack, METTE, "/logwin", "Orkla 500k 2026-11-17")
    command_replies(slack, LARS, "/logcall", "Hydro")
    command_replies(slack, METTE, "/logcall", "Telenor")
    command_replies(slack, METTE, "/logcall", "Yara")

    team = command_replies(slack, KARI, "/teamstatus", "")
    totals = team.split("*Lars*")[0]
    assert "Calls: *3*" in totals and "Calls: *3* /" not in totals, totals
    assert "Quarter goals (2026-Q4)" not in totals and "1,000,000" not in totals, totals
    lars_row = team.split("*Lars*")[1].split("\n*")[0]
    # The quarter from the team's first backdated work, Tue 17 November (teamstart23): 1m × 32/65.
    assert "Revenue (2026-Q4): NOK 300,000 / NOK 492,308" in lars_row, lars_row
    home = _home(slack, KARI).split("*Lars*")[0]
    assert "1,000,000" not in home and "Calls: *3* /" not in home, home
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    digest = text_of(_posts(slack)[0])
    assert "/ NOK 492,308" not in digest and "Calls: *3* /" not in digest, digest
    mine = command_replies(slack, LARS, "/kpi", "")  # his own view keeps his goals
    assert "Revenue: *NOK 300,000* / NOK 492,308" in mine and "Calls: *1* / 5" in mine, mine

    # Once every seller has one (a team default beside Lars's own), the line is back.
    command_replies(slack, KARI, "/kpi", "goal calls 2/week")
    totals = command_replies(slack, KARI, "/teamstatus", "").split("*Lars*")[0]
    assert "Calls: *3* / 11" in totals, totals  # 5 + 2 + 2 + 2
