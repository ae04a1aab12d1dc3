"""One sales team, seeded the way Slack delivers it: signed slash commands, each sent with the
app's clock standing on the day the seller did it (10:00 in Oslo unless a row says otherwise).

The team (channel C0SALES, language English, currency NOK):
- Kari: ran `/kpi setup`, a manager who does not sell (`/kpi role manager`); she logs one
  meeting and one win, which count in the team's totals and nowhere else.
- Lars, Alex, Mette: the sellers.
- Rates set in `/kpi settings`: SEK 0.9, EUR 11.5 (NOK per unit). DKK has no rate.
- Goals: meetings 3 a week (team default), Lars 4 a week (his own), revenue NOK 1,200,000 a
  quarter (team default, per seller).

The weeks are ISO weeks of 2026, all in 2026-Q4 (1 Oct – 31 Dec, 66 working days):
W44 Mon 26 Oct, W45 Mon 2 Nov, W46 Mon 9 Nov, W47 Mon 16 Nov, W48 Mon 23 Nov.
The W47 digest goes out Monday 23 Nov 08:00 Oslo; "now" is Thursday 26 Nov 10:00 Oslo (W48).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.helpers import bare_amounts_in, text_of

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"
CHANNEL = "C0SALES"
NAMES = {KARI: "Kari", LARS: "Lars", METTE: "Mette", ALEX: "Alex"}

SETUP_DAY = date(2026, 10, 26)
SETUP = (
    (KARI, "/kpi", "setup"),
    (KARI, "/kpi", "role manager"),
    (KARI, "settings", "SEK 0,9\nEUR 11,5"),
    (KARI, "/kpi", "goal meetings 3/week"),
    (KARI, "/kpi", f"goal <@{LARS}|lars> meetings 4/week"),
    (KARI, "/kpi", "goal revenue 1200k/quarter"),
)

# (day, seller, command, text). Comments: what the row does to the figures.
BEFORE_W48 = (
    # -- W44 -----------------------------------------------------------------------------------
    (date(2026, 10, 26), LARS, "/logmeeting", "Equinor warm next call 2026-11-03"),  # warm, planned
    (date(2026, 10, 27), LARS, "/logoffer", "Equinor 200k"),  # offer 1 of Lars
    (date(2026, 10, 28), ALEX, "/logoffer", "Telenor 100k"),
    (date(2026, 10, 28), ALEX, "/logoffer", "Hydro 80k"),
    (date(2026, 10, 28), ALEX, "/logoffer", "Yara EUR 10000"),  # NOK 115,000
    (date(2026, 10, 29), METTE, "/logmeeting", "Kongsberg warm"),  # warm, no next step
    (date(2026, 10, 29), METTE, "/logmeeting", "Nammo"),
    # -- W45 -----------------------------------------------------------------------------------
    (date(2026, 11, 2), METTE, "/logoffer", "Kongsberg EUR 20000"),  # NOK 230,000
    (date(2026, 11, 3), LARS, "/logoffer", "Equinor 250k"),  # revision 1: +50,000, no new offer
    (date(2026, 11, 4), LARS, "/logcall", "Equinor"),
    (date(2026, 11, 5), ALEX, "/logwin", "Telenor"),  # the offer's 100,000; new customer
    (date(2026, 11, 5), ALEX, "/loglost", "Hydro"),
    (date(2026, 11, 6), ALEX, "/logwin", "Statkraft 50k"),  # no offer before; new customer
    # -- W46 -----------------------------------------------------------------------------------
    (date(2026, 11, 9), ALEX, "/logwin", "Maersk DKK 40000"),  # no DKK rate; new customer
    (date(2026, 11, 9), METTE, "/logcall", "Nammo"),
    (date(2026, 11, 10), LARS, "/logoffer", "Equinor 300k"),  # revision 2: +50,000
    (date(2026, 11, 11), METTE, "/kpi", "away until 2026-11-13"),  # Wed-Fri: an away week
    (date(2026, 11, 12), LARS, "/logwin", "Equinor"),  # the revised offer: 300,000; new customer
    (date(2026, 11, 12), KARI, "/logmeeting", "Kitron"),  # the manager's meeting
    # -- W47 -----------------------------------------------------------------------------------
    (date(2026, 11, 16), LARS, "/logmeeting", "Volvo warm"),  # warm, no next step
    (date(2026, 11, 17), LARS, "/logoffer", "Volvo SEK 500000"),  # NOK 450,000
    (date(2026, 11, 18), ALEX, "/loglost", "Yara"),
    (date(2026, 11, 19), METTE, "/logmeeting", "Nammo warm"),  # warm, no next step
    (date(2026, 11, 19), ALEX, "/logmeeting", "Aker"),
    (date(2026, 11, 20), KARI, "/logwin", "Kitron 75k"),  # the manager's win; new customer
)

# After week 47 ended (its digest sent): the pipeline changes.
AFTER_W47 = (
    (date(2026, 11, 23), METTE, "/logoffer", "Nammo 150k"),
    (date(2026, 11, 24), LARS, "/logoffer", "Volvo SEK 600000"),  # revision: +SEK 100,000
    (date(2026, 11, 24), METTE, "/logwin", "Kongsberg"),  # EUR 20,000 = NOK 230,000
    (date(2026, 11, 24), LARS, "/logmeeting", "Orkla"),
    (date(2026, 11, 25), LARS, "/logcall", "Orkla"),
    (date(2026, 11, 25), ALEX, "/logmeeting", "Aker warm next call 2026-12-01"),  # warm, planned
)
# Thursday of W48: Mette away Thursday and Friday (2 of the week's 5 working days).
AWAY_W48 = ((date(2026, 11, 26), METTE, "/kpi", "away until 2026-11-27"),)
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)  # Thursday 10:00 in Oslo
DIGEST_W47 = "2026-11-23T07:00:00Z"  # Monday 08:00 in Oslo


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)  # 10:00 in Oslo


def say(slack, user: str, command: str, text: str) -> str:  # type: ignore[no-untyped-def]
    """One slash command; every reply it got, as text."""
    result = slack.driver.command(command, text, user, CHANNEL)
    first = text_of(result.reply())
    slack.wait_idle()
    return "\n".join([first, *(text_of(m) for m in result.replies()[1:])])


def settings(slack, rates: str, language: str = "en") -> None:  # type: ignore[no-untyped-def]
    view = slack.driver.command("/kpi", "settings", KARI, CHANNEL).opened_view()
    values = {
        "language": {"value": {"type": "static_select", "selected_option": {"value": language}}},
        "currency": {"value": {"type": "static_select", "selected_option": {"value": "NOK"}}},
        "digest_time": {"value": {"type": "timepicker", "selected_time": "08:00"}},
        "currency_rates": {"value": {"type": "plain_text_input", "value": rates}},
    }
    result = slack.driver.submit_view(KARI, view, values)
    assert result.status == 200 and not (result.json() or {}).get("errors"), result.json()


# Replies that mean a row was not stored as written (a question, a refusal).
NOT_STORED = (
    "?",
    "did you mean",
    "is mette's lead",
    "is lars's lead",
    "is alex's lead",
    "could not",
)


def run(slack, clock, rows) -> None:  # type: ignore[no-untyped-def]
    for day, user, command, text in rows:
        clock.set(at(day))
        reply = say(slack, user, command, text)
        lowered = reply.lower()
        assert not any(word in lowered for word in NOT_STORED[1:]), (command, text, reply)
        if command != "/kpi":
            assert ":white_check_mark:" in reply or ":trophy:" in reply or "Logged" in reply, (
                command,
                text,
                reply,
            )


def setup(slack, clock, language: str = "en", locales: dict[str, str] | None = None) -> None:  # type: ignore[no-untyped-def]
    """The team's setup. `language`: the team's (what the channel reads); `locales`: a Slack
    locale per user (en-GB for everyone not named), set before anyone's first command."""
    for user in slack.api.users.values():
        user.locale = (locales or {}).get(user.id, "en-GB")
    clock.set(at(SETUP_DAY))
    for user, command, text in SETUP:
        if command == "settings":
            settings(slack, text, language)
        else:
            say(slack, user, command, text)
    # Whose krone is not the team's NOK (a Swede, a Dane) answered kroner23's question once: a
    # bare amount is the team's NOK, as these figures were counted
    others = [u for u, locale in (locales or {}).items() if locale[:2] in ("sv", "da")]
    if others:
        bare_amounts_in(slack, "NOK", *others)
