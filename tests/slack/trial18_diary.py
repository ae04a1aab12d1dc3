"""A second month of real use (trial18): two teams in one workspace, over the year boundary.

#nord (NOK, Norwegian): Ingrid Berg manages and sells; Jonas Dahl (Norwegian, Oslo), Mette
Skov (Danish, Copenhagen; her "kr" is DKK; away 21 December – 3 January), Sara Ek (Swedish,
Stockholm; her "kr" is SEK; moves to #uk on Wednesday 16 December). #uk (GBP, English, London):
Tom Reid manages without selling; Priya Shah and Dan Moore sell (Dan quotes some deals in EUR).
Four weeks and the year's end: Monday 7 December 2026 (week 50) to Sunday 3 January 2027 (week
53 of 2026), the digests of Mondays 14, 21, 28 December and 4 January. Rates set on 7 December
in each team's /kpi settings. The same customer name (Equinor) is known in both teams; Hydro is
handed from Jonas to Priya (across teams).

Each step says what a careful manager would count (Entry rows of tests.slack.test_month_ledger's
Ledger). Played by tests/slack/test_trial18_month.py (opt-in: KPIBOT_TRIAL=1).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.offline.slack_api import FakeUser
from tests.helpers import buttons, text_of
from tests.slack.test_month_ledger import Entry
from tests.slack.trial_driver import Step, Trial, play_everyday

INGRID, JONAS, METTE, SARA = "U0INGRID", "U0JONAS", "U0METTEK", "U0SARA"
TOM, PRIYA, DAN = "U0TOM", "U0PRIYA", "U0DAN"
NORD, UK = "C0NORD", "C0UK"
NAME = {INGRID: "Ingrid", JONAS: "Jonas", METTE: "Mette", SARA: "Sara", TOM: "Tom",
        PRIYA: "Priya", DAN: "Dan"}  # fmt: skip
SELLERS = (INGRID, JONAS, METTE, SARA, PRIYA, DAN)
# Who is in which team at a week's end (Sara moved on Wednesday of week 51).
MOVED = 51


def team_of(channel: str, week: int) -> tuple[str, ...]:
    if channel == NORD:
        return (INGRID, JONAS, METTE) + ((SARA,) if week < MOVED else ())
    return (TOM, PRIYA, DAN) + ((SARA,) if week >= MOVED else ())


def sellers_of(channel: str, week: int) -> tuple[str, ...]:
    return tuple(s for s in team_of(channel, week) if s != TOM)


CURRENCY = {NORD: "NOK", UK: "GBP"}
TZ = {NORD: "Europe/Oslo", UK: "Europe/London"}
RATES = {
    NORD: {"NOK": 1, "SEK": 0.95, "DKK": 1.55, "EUR": 11.7, "GBP": 13.9},
    UK: {"GBP": 1, "EUR": 0.86, "NOK": 0.072, "SEK": 0.075, "DKK": 0.11},
}
RATE_TEXT = {NORD: "SEK 0,95\nDKK 1,55\nEUR 11,70\nGBP 13,90",
             UK: "EUR 0.86\nNOK 0.072\nSEK 0.075\nDKK 0.11"}  # fmt: skip
NOW = datetime(2027, 1, 4, 10, 0, tzinfo=UTC)  # Monday 4 January 2027, 11:00 in Oslo


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    year = 2027 if month == 1 else 2026
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def d(day: int, month: int = 12) -> date:
    return date(2027 if month == 1 else 2026, month, day)


def channel_of(user: str, at: datetime) -> str:
    """Where `user` speaks at `at`: Sara in #uk from Wednesday 16 December, 09:00 UTC."""
    if user == SARA:
        return UK if at >= utc(12, 16, 9) else NORD
    return NORD if user in (INGRID, JONAS, METTE) else UK


def settings(m: Trial, user: str, channel: str, language: str, at: datetime) -> None:
    m.settings(user, channel, {
        "language": {"type": "static_select", "selected_option": {"value": language}},
        "currency": {"type": "static_select", "selected_option": {"value": CURRENCY[channel]}},
        "timezone": {"type": "static_select", "selected_option": {"value": TZ[channel]}},
        "digest_time": {"type": "timepicker", "selected_time": "08:00"},
        "currency_rates": {"type": "plain_text_input", "value": RATE_TEXT[channel]},
    }, at)  # fmt: skip
    m.said.append(f"{at:%a %d %H:%M} {NAME[user]} settings {channel} {language}")


def play(slack, clock) -> Trial:  # type: ignore[no-untyped-def]  # noqa: PLR0915 (a diary)
    m = Trial(slack, clock, NAME, channel_of, SELLERS, (NORD, UK), ticks=(7, 8),
              stamp="%a %d %b %H:%M", everyday=routine)  # fmt: skip
    L = m.ledger
    E = Entry
    api = slack.api
    for user in (
        FakeUser(INGRID, "Ingrid Berg", tz="Europe/Oslo", locale="nb-NO", is_admin=True),
        FakeUser(JONAS, "Jonas Dahl", tz="Europe/Oslo", locale="nb-NO"),
        FakeUser(METTE, "Mette Skov", tz="Europe/Copenhagen", locale="da-DK"),
        FakeUser(SARA, "Sara Ek", tz="Europe/Stockholm", locale="sv-SE"),
        FakeUser(TOM, "Tom Reid", tz="Europe/London", locale="en-GB", is_admin=True),
        FakeUser(PRIYA, "Priya Shah", tz="Europe/London", locale="en-GB"),
        FakeUser(DAN, "Dan Moore", tz="Europe/London", locale="en-GB"),
    ):
        api.add_user(user)
    api.channel_members[NORD] = [INGRID, JONAS, METTE, SARA]
    api.channel_members[UK] = [TOM, PRIYA, DAN]

    deal, warm, close = m.deal, m.warm, m.close

    # -- Monday 7 December: both teams set up ---------------------------------------------
    m.command(INGRID, "/kpi", "setup", utc(12, 7, 7), NORD)
    m.command(INGRID, "/kpi", "role seller", utc(12, 7, 7, 2), NORD)
    settings(m, INGRID, NORD, "nb", utc(12, 7, 7, 5))
    m.command(TOM, "/kpi", "setup", utc(12, 7, 8), UK)
    m.command(TOM, "/kpi", "role manager", utc(12, 7, 8, 2), UK)
    settings(m, TOM, UK, "en", utc(12, 7, 8, 5))
    # Monthly goals: kpibot refuses a month (README), so each manager sets the quarter
    m.seen["goal month nord"] = m.command(
        INGRID, "/kpi", "goal omsetning 2 mill per måned", utc(12, 7, 8, 10)
    )[1]
    m.command(INGRID, "/kpi", "goal omsetning 6 mill per kvartal", utc(12, 7, 8, 12))
    m.seen["goal month uk"] = m.command(
        TOM, "/kpi", "goal revenue 50k per month", utc(12, 7, 8, 15)
    )[1]
    m.command(TOM, "/kpi", "goal revenue 150k per quarter", utc(12, 7, 8, 17))
    m.command(TOM, "/kpi", "goal meetings 8 per week", utc(12, 7, 8, 18))
    m.command(TOM, "/kpi", "goal team revenue 600k per year", utc(12, 7, 8, 19))

    m.week = 50
    # -- week 50 ------------------------------------------------------------------------
    t = utc(12, 7, 9)
    m.log(JONAS, "/logoffer", "Equinor 450 000", t,
          E(JONAS, "offer", "Equinor", d(7), t, 450_000, "NOK", "jonas-equinor"))  # fmt: skip
    deal("jonas-equinor", "Equinor", JONAS, t, 450_000, "NOK")
    jonas_equinor = warm(JONAS, "Equinor", t)
    t = utc(12, 7, 10)
    m.log(DAN, "/logmeeting", "Equinor", t, E(DAN, "meeting", "Equinor", d(7), t))
    t = utc(12, 7, 11)
    m.log(METTE, "/logoffer", "Carlsberg 150.000 kr", t,
          E(METTE, "offer", "Carlsberg", d(7), t, 150_000, "DKK", "mette-carlsberg"))  # fmt: skip
    deal("mette-carlsberg", "Carlsberg", METTE, t, 150_000, "DKK")
    mette_carlsberg = warm(METTE, "Carlsberg", t)
    t = utc(12, 8, 9)
    m.log(DAN, "/logoffer", "Siemens EUR 40 000", t,
          E(DAN, "offer", "Siemens", d(8), t, 40_000, "EUR", "dan-siemens"))  # fmt: skip
    deal("dan-siemens", "Siemens", DAN, t, 40_000, "EUR")
    dan_siemens = warm(DAN, "Siemens", t)
    t = utc(12, 8, 10)
    m.posted(PRIYA, "Quote out to Boots 25k", t)
    boots_ts = f"{t.timestamp():.6f}"
    t = utc(12, 8, 10, 20)  # Priya corrects the amount
    m.edit(PRIYA, boots_ts, "Quote out to Boots 25k", "Quote out to Boots 28k", t)
    L.add(E(PRIYA, "offer", "Boots", d(8), utc(12, 8, 10), 28_000, "GBP", "priya-boots"))
    deal("priya-boots", "Boots", PRIYA, utc(12, 8, 10), 28_000, "GBP")
    priya_boots = warm(PRIYA, "Boots", utc(12, 8, 10))
    t = utc(12, 9, 9)
    m.log(JONAS, "/logoffer", "Hydro 300k", t,
          E(JONAS, "offer", "Hydro", d(9), t, 300_000, "NOK", "hydro"))  # fmt: skip
    deal("hydro", "Hydro", JONAS, t, 300_000, "NOK")
    hydro = warm(JONAS, "Hydro", t)
    t = utc(12, 9, 10)
    m.log(METTE, "/loglost", "Carlsberg pris", t,
          E(METTE, "loss", "Carlsberg", d(9), t, None, None, "mette-carlsberg"))  # fmt: skip
    close("mette-carlsberg", t, "lost", mette_carlsberg)
    t = utc(12, 9, 11)  # a wrong message, deleted a minute later
    wrong = "Møte med Aker BP i dag, bra stemning"
    aker_ts = m.posted(JONAS, wrong, t)
    m.delete(JONAS, aker_ts, wrong, utc(12, 9, 11, 1))
    t = utc(12, 9, 12)
    m.log(SARA, "/logoffer", "Volvo Cars 200 000 kr", t,
          E(SARA, "offer", "Volvo Cars", d(9), t, 200_000, "SEK", "sara-volvo"))  # fmt: skip
    deal("sara-volvo", "Volvo Cars", SARA, t, 200_000, "SEK")
    sara_volvo = warm(SARA, "Volvo Cars", t)
    t = utc(12, 10, 9)
    m.log(JONAS, "/logoffer", "Equinor 420 000 revidert", t,
          E(JONAS, "offer", "Equinor", d(10), t, 420_000, "NOK", "jonas-equinor", revises=True))  # fmt: skip
    L.deals["jonas-equinor"].offers.append((t, 420_000, "NOK"))
    t = utc(12, 10, 10)
    m.log(INGRID, "/logwin", "DNB 120k", t,
          E(INGRID, "win", "DNB", d(10), t, 120_000, "NOK", "ingrid-dnb"))  # fmt: skip
    t = utc(12, 10, 11)  # logged by mistake, undone with its button
    result, reply = m.log(PRIYA, "/logcall", "Tesco", t)
    undo = [b for b in buttons(reply) if b.get("action_id") == "activity_undo"]
    if undo:
        m.clock.set(utc(12, 10, 11, 1))
        slack.driver.click(PRIYA, undo[0], response_url=result.response_url)
        slack.wait_idle()
    t = utc(12, 10, 13)
    m.log(PRIYA, "/logoffer", "Tesco 12k", t,
          E(PRIYA, "offer", "Tesco", d(10), t, 12_000, "GBP", "priya-tesco"))  # fmt: skip
    deal("priya-tesco", "Tesco", PRIYA, t, 12_000, "GBP")
    priya_tesco = warm(PRIYA, "Tesco", t)
    t = utc(12, 11, 9)
    m.log(SARA, "/logwin", "Ikea 150 000 kr", t,
          E(SARA, "win", "Ikea", d(11), t, 150_000, "SEK", "sara-ikea"))  # fmt: skip
    t = utc(12, 11, 10)  # a loss posted, asked, never answered: nothing counts
    _ts, ignored = m.post(JONAS, "Tapte Kiwi på pris dessverre", t)
    if not ignored:
        m.found.append(f"a loss posted was not asked: {m.said[-1]}")
    t = utc(12, 11, 11)  # Priya logs a meeting in the form
    m.clock.set(t)
    view = slack.driver.command("/logmeeting", "", PRIYA, UK).opened_view()
    values = {
        "customer": {"customer_input": {"type": "external_select", "selected_option": {
            "text": {"type": "plain_text", "text": "Marks & Spencer"}, "value": "Marks & Spencer"}}},
        "date": {"date_picker": {"type": "datepicker", "selected_date": "2026-12-10"}},
        "temperature": {"temperature_select": {"type": "static_select",
                                               "selected_option": {"value": "warm"}}},
        "next_what": {"next_what_input": {"type": "plain_text_input", "value": "call"}},
        "next_date": {"next_date_picker": {"type": "datepicker", "selected_date": "2026-12-17"}},
    }  # fmt: skip
    fields = {b.get("block_id") for b in view["blocks"]}
    done = slack.driver.submit_view(PRIYA, view, {k: v for k, v in values.items() if k in fields})
    slack.wait_idle()
    if done.status != 200 or (done.json() or {}).get("errors"):
        m.found.append(f"the log form refused: {done.body}")
    else:
        m.said.append(f"{t:%a %d %H:%M} Priya submitted the meeting form (Marks & Spencer)")
        L.add(E(PRIYA, "meeting", "Marks & Spencer", d(10), t))
        warm(PRIYA, "Marks & Spencer", t, next_step=d(17), next_step_from=t)
    # Telenor: warm from Jonas's meeting on Monday 7 December (the routine below); his call on
    # Tuesday 15 December ("de vil ha tilbud i januar") gives it no dated next step
    warm(JONAS, "Telenor", utc(12, 7, 13))
    routine(m, 50)
    m.week = 0
    m.monday(50, d(14))
    routine(m, 51, until=utc(12, 14, 9))
    m.seen["status last week 50"] = {
        NORD: m.status(INGRID, "forrige uke", utc(12, 14, 9), NORD),
        UK: m.status(TOM, "last week", utc(12, 14, 9), UK),
    }

    m.week = 51
    # -- week 51 ------------------------------------------------------------------------
    t = utc(12, 14, 9, 30)  # Hydro goes to Priya in #uk
    m.command(JONAS, "/kpi", f"customer Hydro owner <@{PRIYA}>", t)
    L.deals["hydro"].owners.append((t, PRIYA))
    hydro.closed = t  # Jonas's no more: Priya's from now on
    hydro = warm(PRIYA, "Hydro", t)
    t = utc(12, 14, 10)  # Carlsberg reopens: a new offer after the loss
    m.log(METTE, "/logoffer", "Carlsberg 180.000 kr", t,
          E(METTE, "offer", "Carlsberg", d(14), t, 180_000, "DKK", "mette-carlsberg-2"))  # fmt: skip
    deal("mette-carlsberg-2", "Carlsberg", METTE, t, 180_000, "DKK")
    mette_carlsberg2 = warm(METTE, "Carlsberg", t)
    t = utc(12, 14, 11)  # Siemens revised into pounds
    m.log(DAN, "/logoffer", "Siemens GBP 34 000 updated quote", t,
          E(DAN, "offer", "Siemens", d(14), t, 34_000, "GBP", "dan-siemens", revises=True))  # fmt: skip
    L.deals["dan-siemens"].offers.append((t, 34_000, "GBP"))
    t = utc(12, 15, 10)  # Priya revises Jonas's Hydro offer: still Jonas's offer
    m.log(PRIYA, "/logoffer", "Hydro NOK 280,000 revised", t,
          E(PRIYA, "offer", "Hydro", d(15), t, 280_000, "NOK", "hydro", revises=True))  # fmt: skip
    L.deals["hydro"].offers.append((t, 280_000, "NOK"))
    t = utc(12, 15, 11)
    m.log(INGRID, "/logmeeting", "Equinor", t,
          E(INGRID, "meeting", "Equinor", d(15), t))  # fmt: skip
    # Sara moves to #uk on Wednesday 16 December
    m.member(SARA, UK, True, utc(12, 16, 8))
    m.member(SARA, NORD, False, utc(12, 16, 8, 30))
    t = utc(12, 16, 10)
    m.log(SARA, "/logmeeting", "Volvo Cars", t, E(SARA, "meeting", "Volvo Cars", d(16), t))
    t = utc(12, 17, 9)
    m.log(PRIYA, "/logwin", "Hydro", t,
          E(PRIYA, "win", "Hydro", d(17), t, 280_000, "NOK", "hydro"))  # fmt: skip
    close("hydro", t, "won", hydro)
    t = utc(12, 17, 9, 30)  # Equinor is Jonas's lead (#nord): Dan's own deal with Equinor UK
    result, reply = m.command(DAN, "/logoffer", "Equinor GBP 20k", t)
    if any(b.get("action_id") == "activity_undo" for b in buttons(reply)):
        m.found.append(f"a colleague's lead, not asked: {m.said[-1]}")
        stored = True
    else:
        stored = bool(m.click(DAN, result, reply, "own", utc(12, 17, 9, 31)))
    if stored:
        L.add(E(DAN, "offer", "Equinor", d(17), t, 20_000, "GBP", "dan-equinor"))
        deal("dan-equinor", "Equinor", DAN, t, 20_000, "GBP")
        warm(DAN, "Equinor", t)
    t = utc(12, 17, 10)
    m.posted(METTE, "Vi har vundet Carlsberg! 180.000 kr", t,
             E(METTE, "win", "Carlsberg", d(17), t, 180_000, "DKK", "mette-carlsberg-2"))  # fmt: skip
    close("mette-carlsberg-2", t, "won", mette_carlsberg2)
    t = utc(12, 18, 14)
    m.command(METTE, "/kpi", "away 21.12-3.1", t)
    routine(m, 51)
    # ("de vil ha tilbud i januar" on Tuesday: a month, no day of it: no dated next step)
    m.week = 0
    m.monday(51, d(21))
    routine(m, 52, until=utc(12, 21, 9))
    m.seen["status last week 51"] = {
        NORD: m.status(INGRID, "forrige uke", utc(12, 21, 9), NORD),
        UK: m.status(TOM, "last week", utc(12, 21, 9), UK),
    }

    m.week = 52
    # -- week 52 ------------------------------------------------------------------------
    t = utc(12, 21, 10)
    m.log(DAN, "/logwin", "Siemens", t,
          E(DAN, "win", "Siemens", d(21), t, 34_000, "GBP", "dan-siemens"))  # fmt: skip
    close("dan-siemens", t, "won", dan_siemens)
    t = utc(12, 21, 11)
    m.log(JONAS, "/logoffer", "Orkla 350 000", t,
          E(JONAS, "offer", "Orkla", d(21), t, 350_000, "NOK", "jonas-orkla"))  # fmt: skip
    deal("jonas-orkla", "Orkla", JONAS, t, 350_000, "NOK")
    jonas_orkla = warm(JONAS, "Orkla", t)
    t = utc(12, 22, 10)
    m.log(SARA, "/logoffer", "Ericsson 400 000 kr", t,
          E(SARA, "offer", "Ericsson", d(22), t, 400_000, "SEK", "sara-ericsson"))  # fmt: skip
    deal("sara-ericsson", "Ericsson", SARA, t, 400_000, "SEK")
    sara_ericsson = warm(SARA, "Ericsson", t)
    t = utc(12, 22, 11)  # a loss is always asked: Priya answers on Thursday
    _ts, boots_q = m.post(PRIYA, "Lost Boots, they went with a competitor", t)
    # Monthly goal for January, set in December: refused as a month, Tom says it per quarter
    m.seen["plan jonas 23 dec"] = text_of(m.command(JONAS, "/kpi", "plan", utc(12, 23, 11, 50))[1])
    m.seen["goal january"] = m.command(
        TOM, "/kpi", "goal revenue 60k for January", utc(12, 23, 12)
    )[1]
    routine(m, 52)
    t = utc(12, 23, 16)  # Ingrid takes back yesterday's DNB meeting (it was a lunch)
    m.command(INGRID, "/kpi", "undo", t)
    [dnb] = [e for e in L.entries if e.seller == INGRID and e.customer == "DNB" and e.day == d(22)]
    dnb.undone = t
    t = utc(12, 24, 11)  # two days later
    if boots_q and m.answer(PRIYA, boots_q, "record", t):
        L.add(E(PRIYA, "loss", "Boots", d(22), t, None, None, "priya-boots"))
        close("priya-boots", t, "lost", priya_boots)
    else:
        m.found.append(f"Boots's loss was not asked or could not be answered: {boots_q}")
    m.week = 0
    m.monday(52, d(28))
    routine(m, 53, until=utc(12, 28, 9))
    m.seen["status last week 52"] = {
        NORD: m.status(INGRID, "forrige uke", utc(12, 28, 9), NORD),
        UK: m.status(TOM, "last week", utc(12, 28, 9), UK),
    }

    m.week = 53
    # -- week 53 ------------------------------------------------------------------------
    t = utc(12, 28, 10)
    m.log(SARA, "/logwin", "Ericsson", t,
          E(SARA, "win", "Ericsson", d(28), t, 400_000, "SEK", "sara-ericsson"))  # fmt: skip
    close("sara-ericsson", t, "won", sara_ericsson)
    t = utc(12, 29, 10)
    m.log(DAN, "/logoffer", "Bosch €25k", t,
          E(DAN, "offer", "Bosch", d(29), t, 25_000, "EUR", "dan-bosch"))  # fmt: skip
    deal("dan-bosch", "Bosch", DAN, t, 25_000, "EUR")
    dan_bosch = warm(DAN, "Bosch", t)
    routine(m, 53)
    t = utc(1, 2, 12, 30)  # Bosch signs on Saturday 2 January: week 53, 2027-Q1 and 2027
    m.log(DAN, "/logwin", "Bosch", t,
          E(DAN, "win", "Bosch", d(2, 1), t, 25_000, "EUR", "dan-bosch"))  # fmt: skip
    close("dan-bosch", t, "won", dan_bosch)
    t = utc(1, 3, 23, 30)  # Sunday 23:30 in London, 00:30 on Monday in Stockholm
    result, reply = m.command(SARA, "/logcall", "Scania", t)
    if any(b.get("action_id") == "activity_undo" for b in buttons(reply)):
        m.found.append(f"stored unasked after midnight: {m.said[-1]}")
    else:
        m.click(SARA, result, reply, "3")
    L.add(E(SARA, "call", "Scania", d(3, 1), t))
    t = utc(1, 4, 6, 30)  # Monday 07:30 in Oslo: Thursday's win, logged before the digest
    m.log(JONAS, "/logwin", "Orkla 31.12", t,
          E(JONAS, "win", "Orkla", d(31), t, 350_000, "NOK", "jonas-orkla"))  # fmt: skip
    close("jonas-orkla", t, "won", jonas_orkla)
    routine(m, 53)
    m.week = 0
    m.monday(53, d(4, 1))
    t = utc(1, 4, 9, 30)  # after the digest: Thursday's meeting, logged late
    m.log(PRIYA, "/logmeeting", "Tesco 31.12", t, E(PRIYA, "meeting", "Tesco", d(31), t))
    del jonas_equinor, sara_volvo, priya_tesco
    return m


# The everyday entries: (when, who, how, text, kind, customer, day). `how`: a command, "post"
# (recorded at once or asked and answered Record), or "chatter" (must record nothing).
ROUTINE: dict[int, list[Step]] = {
    50: [
        (utc(12, 7, 13), JONAS, "/logmeeting", "Telenor varm", "meeting", "Telenor", d(7)),
        (utc(12, 7, 14), METTE, "/logcall", "Vestas", "call", "Vestas", d(7)),
        (utc(12, 7, 15), SARA, "post", "Bra möte med Scania idag", "meeting", "Scania", d(7)),
        (utc(12, 7, 15, 30), PRIYA, "/logcall", "Sainsbury's", "call", "Sainsbury's", d(7)),
        (utc(12, 8, 13), INGRID, "/logmeeting", "Statkraft", "meeting", "Statkraft", d(8)),
        (utc(12, 8, 14), DAN, "post", "Met with Unilever today, good chat", "meeting", "Unilever", d(8)),
        (utc(12, 8, 15), JONAS, "/logcall", "Orkla", "call", "Orkla", d(8)),
        (utc(12, 9, 13), METTE, "post", "Møde med Novozymes i dag, gik godt", "meeting", "Novozymes", d(9)),
        (utc(12, 9, 14), SARA, "/logcall", "Ericsson", "call", "Ericsson", d(9)),
        (utc(12, 9, 15), DAN, "/logcall", "Bosch", "call", "Bosch", d(9)),
        (utc(12, 10, 13), JONAS, "/logmeeting", "Orkla i går", "meeting", "Orkla", d(9)),
        (utc(12, 10, 14), PRIYA, "/logmeeting", "Tesco", "meeting", "Tesco", d(10)),
        (utc(12, 10, 15), METTE, "/logmeeting", "Maersk", "meeting", "Maersk", d(10)),
        (utc(12, 10, 16), TOM, "/logmeeting", "Unilever", "meeting", "Unilever", d(10)),
        (utc(12, 11, 13), SARA, "/logmeeting", "Ericsson", "meeting", "Ericsson", d(11)),
        (utc(12, 11, 14), DAN, "/logmeeting", "Bosch", "meeting", "Bosch", d(11)),
        (utc(12, 11, 15), INGRID, "/logcall", "DNB", "call", "DNB", d(11)),
        (utc(12, 11, 15, 30), JONAS, "chatter", "Noen som vil ha julebord-billetter?", None, "", None),
        (utc(12, 11, 16), PRIYA, "chatter", "Anyone seen the Tesco deck?", None, "", None),
    ],
    51: [
        (utc(12, 14, 13), JONAS, "/logmeeting", "Hafslund", "meeting", "Hafslund", d(14)),
        (utc(12, 14, 14), SARA, "/logcall", "Scania", "call", "Scania", d(14)),
        (utc(12, 14, 15), DAN, "/logcall", "Unilever", "call", "Unilever", d(14)),
        (utc(12, 15, 13), METTE, "/logmeeting", "Vestas", "meeting", "Vestas", d(15)),
        (utc(12, 15, 14), PRIYA, "post", "Great meeting with Sainsbury's this morning", "meeting", "Sainsbury's", d(15)),
        (utc(12, 15, 15), JONAS, "post", "Ringte Telenor i dag, de vil ha tilbud i januar", "call", "Telenor", d(15)),
        (utc(12, 16, 13), DAN, "/logmeeting", "Equinor", "meeting", "Equinor", d(16)),
        (utc(12, 16, 14), INGRID, "/logcall", "Statkraft", "call", "Statkraft", d(16)),
        (utc(12, 16, 15), SARA, "/logcall", "Ikea", "call", "Ikea", d(16)),
        (utc(12, 17, 13), JONAS, "/logmeeting", "Orkla", "meeting", "Orkla", d(17)),
        (utc(12, 17, 14), PRIYA, "/logcall", "Tesco", "call", "Tesco", d(17)),
        (utc(12, 17, 15), METTE, "/logcall", "Maersk", "call", "Maersk", d(17)),
        (utc(12, 18, 10), DAN, "/logmeeting", "Siemens", "meeting", "Siemens", d(18)),
        (utc(12, 18, 11), SARA, "post", "Bra samtal med Ericsson idag", "call", "Ericsson", d(18)),
        (utc(12, 18, 12), JONAS, "/logcall", "Equinor", "call", "Equinor", d(18)),
        (utc(12, 18, 13), TOM, "/logcall", "Marks & Spencer", "call", "Marks & Spencer", d(18)),
        (utc(12, 18, 15), METTE, "chatter", "God jul allesammen, vi ses i januar!", None, "", None),
    ],
    52: [
        (utc(12, 21, 13), JONAS, "/logcall", "Hafslund", "call", "Hafslund", d(21)),
        (utc(12, 21, 14), SARA, "/logmeeting", "Scania", "meeting", "Scania", d(21)),
        (utc(12, 21, 15), PRIYA, "/logmeeting", "Marks & Spencer", "meeting", "Marks & Spencer", d(21)),
        (utc(12, 22, 13), INGRID, "/logmeeting", "DNB", "meeting", "DNB", d(22)),
        (utc(12, 22, 14), DAN, "post", "Call with Bosch today, they're keen", "call", "Bosch", d(22)),
        (utc(12, 22, 15), JONAS, "/logmeeting", "Telenor", "meeting", "Telenor", d(22)),
        (utc(12, 23, 13), SARA, "/logcall", "Volvo Cars", "call", "Volvo Cars", d(23)),
        (utc(12, 23, 14), PRIYA, "/logcall", "Sainsbury's", "call", "Sainsbury's", d(23)),
        (utc(12, 23, 15), JONAS, "chatter", "Siste dag før jul, god jul!", None, "", None),
    ],
    53: [
        (utc(12, 28, 13), JONAS, "/logcall", "Orkla", "call", "Orkla", d(28)),
        (utc(12, 28, 14), PRIYA, "/logmeeting", "Tesco", "meeting", "Tesco", d(28)),
        (utc(12, 29, 13), INGRID, "/logmeeting", "Statkraft", "meeting", "Statkraft", d(29)),
        (utc(12, 29, 14), DAN, "/logmeeting", "Unilever", "meeting", "Unilever", d(29)),
        (utc(12, 30, 10), SARA, "post", "Möte med Volvo Cars idag, bra stämning", "meeting", "Volvo Cars", d(30)),
        (utc(12, 30, 13), JONAS, "/logmeeting", "Hydro", "meeting", "Hydro", d(30)),
        (utc(12, 30, 14), PRIYA, "/logcall", "Boots", "call", "Boots", d(30)),
        (utc(12, 31, 10), DAN, "/logcall", "Siemens", "call", "Siemens", d(31)),
        (utc(1, 2, 11), JONAS, "/logcall", "Equinor", "call", "Equinor", d(2, 1)),
        (utc(1, 2, 12), PRIYA, "chatter", "Happy new year all!", None, "", None),
    ],
}  # fmt: skip


# More of the everyday: sellers log as they do, with the day said their own way.
MORE: dict[int, list[Step]] = {
    50: [
        (utc(12, 7, 16), INGRID, "/logcall", "Aker BP", "call", "Aker BP", d(7)),
        (utc(12, 8, 8), METTE, "/logcall", "Novozymes i går", "call", "Novozymes", d(7)),
        (utc(12, 8, 16), SARA, "/logcall", "Volvo Cars", "call", "Volvo Cars", d(8)),
        (utc(12, 9, 8), PRIYA, "/logmeeting", "Boots yesterday", "meeting", "Boots", d(8)),
        (utc(12, 9, 16), JONAS, "/logcall", "Hafslund", "call", "Hafslund", d(9)),
        (utc(12, 10, 8), DAN, "/logcall", "Siemens", "call", "Siemens", d(10)),
        (utc(12, 10, 9, 30), INGRID, "post", "Kundemøte hos DNB i dag, bra stemning", "meeting", "DNB", d(10)),
        (utc(12, 11, 8), METTE, "/logcall", "Grundfos", "call", "Grundfos", d(11)),
        (utc(12, 11, 12), JONAS, "/logmeeting", "Statnett", "meeting", "Statnett", d(11)),
        (utc(12, 11, 12, 30), SARA, "/logcall", "Scania", "call", "Scania", d(11)),
        (utc(12, 13, 19), DAN, "/logcall", "Unilever friday", "call", "Unilever", d(11)),
    ],
    51: [
        (utc(12, 14, 8), INGRID, "/logmeeting", "Aker BP fredag", "meeting", "Aker BP", d(11)),
        (utc(12, 14, 16), PRIYA, "/logmeeting", "Boots", "meeting", "Boots", d(14)),
        (utc(12, 15, 8), DAN, "/logcall", "Equinor", "call", "Equinor", d(15)),
        (utc(12, 15, 16), JONAS, "/logcall", "Statnett", "call", "Statnett", d(15)),
        (utc(12, 16, 9), METTE, "/logmeeting", "Grundfos", "meeting", "Grundfos", d(16)),
        (utc(12, 16, 16), PRIYA, "/logcall", "Marks & Spencer", "call", "Marks & Spencer", d(16)),
        (utc(12, 17, 8), SARA, "/logmeeting", "Ikea igår", "meeting", "Ikea", d(16)),
        (utc(12, 17, 16), INGRID, "post", "Ringte Aker BP i dag, de vil ha et møte i januar", "call", "Aker BP", d(17)),
        (utc(12, 18, 8), METTE, "/logcall", "Novozymes", "call", "Novozymes", d(18)),
        (utc(12, 18, 9), PRIYA, "/logmeeting", "Tesco", "meeting", "Tesco", d(18)),
        (utc(12, 18, 14), JONAS, "/logmeeting", "Hafslund", "meeting", "Hafslund", d(18)),
    ],
    52: [
        (utc(12, 21, 8), INGRID, "/logcall", "Statkraft", "call", "Statkraft", d(21)),
        (utc(12, 21, 16), DAN, "/logmeeting", "Bosch", "meeting", "Bosch", d(21)),
        (utc(12, 22, 8), SARA, "/logcall", "Ericsson", "call", "Ericsson", d(22)),
        (utc(12, 22, 16), PRIYA, "/logmeeting", "Tesco", "meeting", "Tesco", d(22)),
        (utc(12, 23, 8), JONAS, "/logcall", "Orkla", "call", "Orkla", d(23)),
        (utc(12, 23, 9), DAN, "/logcall", "Unilever", "call", "Unilever", d(23)),
        (utc(12, 24, 9), SARA, "/logcall", "Scania", "call", "Scania", d(24)),
    ],
    53: [
        (utc(12, 28, 8), DAN, "/logcall", "Bosch", "call", "Bosch", d(28)),
        (utc(12, 28, 16), INGRID, "/logcall", "DNB", "call", "DNB", d(28)),
        (utc(12, 29, 8), SARA, "/logmeeting", "Scania", "meeting", "Scania", d(29)),
        (utc(12, 29, 16), JONAS, "/logcall", "Telenor", "call", "Telenor", d(29)),
        (utc(12, 30, 8), DAN, "/logmeeting", "Siemens i dag", "meeting", "Siemens", d(30)),
        (utc(12, 30, 16), PRIYA, "/logmeeting", "Sainsbury's", "meeting", "Sainsbury's", d(30)),
        (utc(12, 31, 9), JONAS, "/logmeeting", "Orkla", "meeting", "Orkla", d(31)),
        (utc(12, 31, 11), SARA, "/logcall", "Ikea", "call", "Ikea", d(31)),
    ],
}  # fmt: skip


def routine(m: Trial, week: int, until: datetime | None = None) -> None:
    """The week's everyday entries not played yet (`until`: those before that moment)."""
    play_everyday(m, ROUTINE[week] + MORE[week], until)


def collect(m: Trial) -> None:
    """What people read on Monday 4 January 2027 (and the month asked for in December)."""
    st = m.seen
    st["month december"] = {
        NORD: m.status(INGRID, "denne måneden", utc(12, 18, 15), NORD),
        UK: m.status(TOM, "this month", utc(12, 18, 15), UK),
    }
    for channel, boss, words in ((NORD, INGRID, ("forrige uke", "denne måneden", "uke 53")),
                                 (UK, TOM, ("last week", "this month", "week 53"))):  # fmt: skip
        for w in (50, 51, 52, 53):
            st[(channel, w)] = m.status(boss, f"2026-W{w}", NOW, channel)
        st[(channel, "now")] = m.status(boss, "", NOW, channel)
        for word in words:
            st[(channel, word)] = m.status(boss, word, NOW, channel)
    last = {INGRID: "forrige uke", JONAS: "forrige uke", METTE: "sidste uge",
            SARA: "förra veckan", PRIYA: "last week", DAN: "last week"}  # fmt: skip
    m.kpi_now, m.kpi_last, m.homes = {}, {}, {}
    for seller in SELLERS:
        m.kpi_now[seller] = text_of(m.command(seller, "/kpi", "", NOW)[1])
        m.kpi_last[seller] = text_of(m.command(seller, "/kpi", last[seller], NOW)[1])
        m.homes[seller] = m.home(seller, NOW)
    m.homes[TOM] = m.home(TOM, NOW)
    st["sara 50 in nord"] = m.status(INGRID, f"<@{SARA}> 2026-W50", NOW, NORD)
    st["sara 53 in uk"] = m.status(TOM, f"<@{SARA}> last week", NOW, UK)
    st["uke 52 in january"] = m.status(INGRID, "uke 52", NOW, NORD)
    st["31.12."] = m.status(INGRID, "31.12.", NOW, NORD)
    st["kpi uke 53"] = text_of(m.command(JONAS, "/kpi", "uke 53", NOW)[1])
    st["kpi week 1"] = text_of(m.command(PRIYA, "/kpi", "week 1", NOW)[1])
    st["plan jonas"] = text_of(m.command(JONAS, "/kpi", "plan", NOW)[1])
    st["plan dan by tom"] = text_of(m.command(TOM, "/kpi", f"plan <@{DAN}>", NOW)[1])
    st["goals tom"] = text_of(m.command(TOM, "/kpi", "goals", NOW)[1])
    st["funnel uk"] = m.status(TOM, "funnel last week", NOW, UK)
    # Across the teams: a manager asking about the other team's seller or in its channel
    st["tom about jonas"] = m.status(TOM, f"<@{JONAS}>", NOW, UK)
    st["tom in nord"] = m.status(TOM, "", NOW, NORD)
    st["priya in nord"] = m.status(PRIYA, "", NOW, NORD)
    st["ingrid about sara now"] = m.status(INGRID, f"<@{SARA}>", NOW, NORD)
    st["ingrid about sara 51"] = m.status(INGRID, f"<@{SARA}> 2026-W51", NOW, NORD)
    st["tom about sara 50"] = m.status(TOM, f"<@{SARA}> 2026-W50", NOW, UK)
    m.export = m.exported()
    m.export_team = {channel: m.exported("--team", channel) for channel in (NORD, UK)}
