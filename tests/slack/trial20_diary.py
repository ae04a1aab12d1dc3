"""A third month of real use (trial20): a Danish/Swedish team over Easter and a quarter's end.

#salg-syd (DKK, Danish, Europe/Copenhagen): Mette Holm manages and sells (da); Freja Lund (da,
Copenhagen); Lars Berg and Oskar Nyström (sv, Stockholm: their "kr" is SEK). Lars quotes some
deals in SEK, Bosch in EUR. Four weeks, Monday 15 March (week 11) to Sunday 11 April 2027 (week
14), and the digests of Mondays 22 March, 29 March (Easter Monday), 5 April and 12 April.
Easter 2027: skærtorsdag Thursday 25 March is a holiday in Denmark only, Good Friday 26 March
and Easter Monday 29 March in both; Q1 ends on Wednesday 31 March. Oskar's account is
deactivated on Friday 2 April (Scania handed to Freja on Monday 5 April); Ida Krogh (da) joins
on Wednesday 7 April. Rates set in /kpi settings on 15 March (SEK 0,66, EUR 7,46).

Each step says what a careful manager would count (Entry rows of tests.slack.test_month_ledger's
Ledger). Played by tests/slack/test_trial20_month.py (opt-in: KPIBOT_TRIAL=1).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from bot.offline.slack_api import FakeUser
from tests.helpers import buttons, text_of
from tests.slack.test_month_ledger import Entry
from tests.slack.trial_driver import Step, Trial, play_everyday

METTE, FREJA, LARS, OSKAR, IDA = "U0METTEH", "U0FREJA", "U0LARSB", "U0OSKAR", "U0IDA"
SYD = "C0SYD"
NAME = {METTE: "Mette", FREJA: "Freja", LARS: "Lars", OSKAR: "Oskar", IDA: "Ida"}
SELLERS = (METTE, FREJA, LARS, OSKAR, IDA)
RATES = {"DKK": 1, "SEK": 0.66, "EUR": 7.46}
RATE_TEXT = "SEK 0,66\nEUR 7,46"
GONE = datetime(2027, 4, 2, 12, 0, tzinfo=UTC)  # Oskar deactivated (Friday 2 April)
JOINED = datetime(2027, 4, 7, 8, 0, tzinfo=UTC)  # Ida joins #salg-syd (Wednesday 7 April)
NOW = datetime(2027, 4, 12, 9, 0, tzinfo=UTC)  # Monday 12 April, 11:00 in Copenhagen


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, month, day, hour, minute, tzinfo=UTC)


def d(day: int, month: int = 3) -> date:
    return date(2027, month, day)


def team_of(week: int) -> tuple[str, ...]:
    """The sellers in #salg-syd at the week's end (Oskar logged in week 13 before he left)."""
    return (METTE, FREJA, LARS) + ((OSKAR,) if week <= 13 else ()) + ((IDA,) if week >= 14 else ())


def channel_of(user: str, at: datetime) -> str:
    return SYD


def play(slack, clock) -> Trial:  # type: ignore[no-untyped-def]  # noqa: PLR0915 (a diary)
    m = Trial(slack, clock, NAME, channel_of, SELLERS, (SYD,), ticks=(6, 7),
              stamp="%a %d %b %H:%M", everyday=routine)  # fmt: skip
    L = m.ledger
    E = Entry
    api = slack.api
    for user in (
        FakeUser(METTE, "Mette Holm", tz="Europe/Copenhagen", locale="da-DK", is_admin=True),
        FakeUser(FREJA, "Freja Lund", tz="Europe/Copenhagen", locale="da-DK"),
        FakeUser(LARS, "Lars Berg", tz="Europe/Stockholm", locale="sv-SE"),
        FakeUser(OSKAR, "Oskar Nyström", tz="Europe/Stockholm", locale="sv-SE"),
        FakeUser(IDA, "Ida Krogh", tz="Europe/Copenhagen", locale="da-DK"),
    ):
        api.add_user(user)
    api.channel_members[SYD] = [METTE, FREJA, LARS, OSKAR]
    deal, warm, close = m.deal, m.warm, m.close

    # -- Monday 15 March: the team is set up ----------------------------------------------
    m.command(METTE, "/kpi", "setup", utc(3, 15, 7), SYD)
    m.command(METTE, "/kpi", "rolle sælger", utc(3, 15, 7, 2), SYD)
    m.settings(METTE, SYD, {
        "language": {"type": "static_select", "selected_option": {"value": "da"}},
        "currency": {"type": "static_select", "selected_option": {"value": "DKK"}},
        "timezone": {"type": "static_select", "selected_option": {"value": "Europe/Copenhagen"}},
        "digest_time": {"type": "timepicker", "selected_time": "08:00"},
        "currency_rates": {"type": "plain_text_input", "value": RATE_TEXT},
    }, utc(3, 15, 7, 5))  # fmt: skip
    m.said.append("Mon 15 Mette settings da DKK")
    m.command(METTE, "/kpi", "mål omsætning 1,2 mio. pr. kvartal", utc(3, 15, 7, 10))
    m.command(METTE, "/kpi", "mål møder 10 om ugen", utc(3, 15, 7, 12))
    m.command(METTE, "/kpi", "kunde Novo Nordisk tier A", utc(3, 15, 7, 14))
    m.command(METTE, "/kpi", f"kunde Novo Nordisk ejer <@{FREJA}>", utc(3, 15, 7, 15))
    # Arla: an A-customer of Mette's nobody has talked to this year (due a touchpoint)
    # (`/kpi kunde Arla ejer @Mette --new` first: "Der er endnu ingen kunde, der hedder *Arla*.")
    m.seen["arla tier"] = text_of(
        m.command(METTE, "/kpi", "kunde Arla tier A", utc(3, 15, 7, 16))[1]
    )
    m.seen["arla owner"] = text_of(
        m.command(METTE, "/kpi", f"kunde Arla ejer <@{METTE}>", utc(3, 15, 7, 17))[1]
    )

    m.week = 11
    # -- week 11 ------------------------------------------------------------------------------
    t = utc(3, 15, 9)
    m.log(OSKAR, "/logoffer", "Scania 400 000 kr", t,
          E(OSKAR, "offer", "Scania", d(15), t, 400_000, "SEK", "oskar-scania"))  # fmt: skip
    deal("oskar-scania", "Scania", OSKAR, t, 400_000, "SEK")
    m.seen["scania lead"] = warm(OSKAR, "Scania", t)
    t = utc(3, 15, 10)
    m.log(METTE, "/logoffer", "Lego 500.000 kr", t,
          E(METTE, "offer", "Lego", d(15), t, 500_000, "DKK", "mette-lego"))  # fmt: skip
    deal("mette-lego", "Lego", METTE, t, 500_000, "DKK")
    mette_lego = warm(METTE, "Lego", t)
    t = utc(3, 16, 9)
    m.log(FREJA, "/logoffer", "Danfoss 250.000 kr", t,
          E(FREJA, "offer", "Danfoss", d(16), t, 250_000, "DKK", "freja-danfoss"))  # fmt: skip
    deal("freja-danfoss", "Danfoss", FREJA, t, 250_000, "DKK")
    freja_danfoss = warm(FREJA, "Danfoss", t)
    t = utc(3, 17, 9)
    m.log(LARS, "/logoffer", "Volvo 300 000 kr", t,
          E(LARS, "offer", "Volvo", d(17), t, 300_000, "SEK", "lars-volvo"))  # fmt: skip
    deal("lars-volvo", "Volvo", LARS, t, 300_000, "SEK")
    lars_volvo = warm(LARS, "Volvo", t)
    t = utc(3, 17, 10)  # an offer posted, its amount corrected by an edit
    coloplast = "Har sendt tilbud til Coloplast på 120.000 kr"
    coloplast_ts = m.posted(FREJA, coloplast, t)
    m.edit(FREJA, coloplast_ts, coloplast, "Har sendt tilbud til Coloplast på 135.000 kr",
           utc(3, 17, 10, 15))  # fmt: skip
    L.add(E(FREJA, "offer", "Coloplast", d(17), t, 135_000, "DKK", "freja-coloplast"))
    deal("freja-coloplast", "Coloplast", FREJA, t, 135_000, "DKK")
    freja_coloplast = warm(FREJA, "Coloplast", t)
    t = utc(3, 18, 9)
    m.log(LARS, "/logoffer", "Bosch EUR 20 000", t,
          E(LARS, "offer", "Bosch", d(18), t, 20_000, "EUR", "lars-bosch"))  # fmt: skip
    deal("lars-bosch", "Bosch", LARS, t, 20_000, "EUR")
    warm(LARS, "Bosch", t)
    t = utc(3, 18, 11)  # a wrong message, deleted a minute later
    wrong = "Møde med Grundfos i dag, god stemning"
    grundfos_ts = m.posted(METTE, wrong, t)
    m.delete(METTE, grundfos_ts, wrong, utc(3, 18, 11, 1))
    t = utc(3, 18, 12)  # logged by mistake (Atlas Copco was a supplier), undone at once
    result, reply = m.log(LARS, "/logcall", "Atlas Copco", t)
    undo = [b for b in buttons(reply) if b.get("action_id") == "activity_undo"]
    if undo:
        m.clock.set(utc(3, 18, 12, 1))
        slack.driver.click(LARS, undo[0], response_url=result.response_url)
        slack.wait_idle()
    else:
        m.found.append(f"no undo button: {m.said[-1]}")
    t = utc(3, 19, 9)  # a loss posted, asked, never answered: nothing counts
    _ts, ignored = m.post(FREJA, "Vi har tabt Carlsberg, de valgte en anden leverandør", t)
    if not ignored:
        m.found.append(f"a loss posted was not asked: {m.said[-1]}")
    t = utc(3, 19, 10)  # Oskar logs a meeting in the form
    m.clock.set(t)
    view = slack.driver.command("/logmeeting", "", OSKAR, SYD).opened_view()
    values = {
        "customer": {"customer_input": {"type": "external_select", "selected_option": {
            "text": {"type": "plain_text", "text": "Husqvarna"}, "value": "Husqvarna"}}},
        "date": {"date_picker": {"type": "datepicker", "selected_date": "2027-03-19"}},
        "temperature": {"temperature_select": {"type": "static_select",
                                               "selected_option": {"value": "warm"}}},
        "next_what": {"next_what_input": {"type": "plain_text_input", "value": "offert"}},
        "next_date": {"next_date_picker": {"type": "datepicker", "selected_date": "2027-03-24"}},
    }  # fmt: skip
    fields = {b.get("block_id") for b in view["blocks"]}
    done = slack.driver.submit_view(OSKAR, view, {k: v for k, v in values.items() if k in fields})
    slack.wait_idle()
    if done.status != 200 or (done.json() or {}).get("errors"):
        m.found.append(f"the log form refused: {done.body}")
    else:
        m.said.append(f"{t:%a %d %H:%M} Oskar submitted the meeting form (Husqvarna)")
        L.add(E(OSKAR, "meeting", "Husqvarna", d(19), t))
        # next step Wed 24 March: warm without a next step again from Thursday 25 March
        warm(OSKAR, "Husqvarna", t, next_step=d(24), next_step_from=t)
    routine(m, 11)
    m.week = 0
    m.monday(11, d(22))
    routine(m, 12, until=utc(3, 22, 9))
    m.seen["status last week 11"] = m.status(METTE, "sidste uge", utc(3, 22, 9), SYD)

    m.week = 12
    # -- week 12: Easter (Thu 25 March a holiday in Denmark, Fri 26 in both) ---------------
    t = utc(3, 22, 9, 30)
    m.log(METTE, "/loglost", "Lego pris", t,
          E(METTE, "loss", "Lego", d(22), t, None, None, "mette-lego"))  # fmt: skip
    close("mette-lego", t, "lost", mette_lego)
    t = utc(3, 23, 9)  # Volvo revised from SEK to DKK
    m.log(LARS, "/logoffer", "Volvo 200 000 DKK reviderad offert", t,
          E(LARS, "offer", "Volvo", d(23), t, 200_000, "DKK", "lars-volvo", revises=True))  # fmt: skip
    L.deals["lars-volvo"].offers.append((t, 200_000, "DKK"))
    t = utc(3, 24, 9)
    m.log(METTE, "/logwin", "Ørsted 180.000 kr", t,
          E(METTE, "win", "Ørsted", d(24), t, 180_000, "DKK", "mette-orsted"))  # fmt: skip
    t = utc(3, 24, 10)
    m.log(FREJA, "/logmeeting", "Novo Nordisk", t, E(FREJA, "meeting", "Novo Nordisk", d(24), t))
    # Nudges: Wednesday (both), skærtorsdag (Lars and Oskar work, Freja and Mette have the day
    # off), Good Friday and Easter Monday (nobody)
    m.seen["nudges"] = {}
    for day in (24, 25, 26):
        m.seen["nudges"][d(day)] = m.tick(utc(3, day, 8, 5))
    t = utc(3, 25, 9)  # skærtorsdag: a working day in Sweden
    m.log(OSKAR, "/logwin", "Ikea 150 000 kr", t,
          E(OSKAR, "win", "Ikea", d(25), t, 150_000, "SEK", "oskar-ikea"))  # fmt: skip
    routine(m, 12)
    m.week = 0
    m.monday(12, d(29))
    m.seen["nudges"][d(29)] = m.tick(utc(3, 29, 7, 5))  # Easter Monday 09:05 (CEST)
    routine(m, 13, until=utc(3, 30, 7))
    m.seen["status last week 12"] = m.status(METTE, "sidste uge", utc(3, 30, 7), SYD)

    m.week = 13
    # -- week 13: Easter Monday, the quarter's end on Wednesday 31 March -------------------
    t = utc(3, 30, 7, 30)  # Q2's goal, set in March: first said for Q2, then per quarter
    m.seen["goal q2"] = text_of(m.command(METTE, "/kpi", "mål omsætning 1,5 mio. for Q2", t)[1])
    m.seen["goal q2 again"] = text_of(
        m.command(METTE, "/kpi", "mål omsætning 1,5 mio. fra 1. april", utc(3, 30, 7, 32))[1]
    )
    # (both refused: a goal is in force from now) so Mette sets it per quarter, as told
    m.command(METTE, "/kpi", "mål omsætning 1,5 mio. pr. kvartal", utc(3, 30, 7, 34))
    t = utc(3, 31, 8)
    m.log(OSKAR, "/logmeeting", "Scania", t, E(OSKAR, "meeting", "Scania", d(31), t))
    t = utc(4, 1, 6, 30)  # Thursday 1 April 08:30: yesterday's win (Q1's)
    m.log(FREJA, "/logwin", "Danfoss 250.000 kr vundet i går", t,
          E(FREJA, "win", "Danfoss", d(31), t, 250_000, "DKK", "freja-danfoss"))  # fmt: skip
    close("freja-danfoss", t, "won", freja_danfoss)
    st = m.seen
    for words in ("Q1", "kvartal", "forrige kvartal", "denne måned"):
        st[f"status {words} 1 apr"] = m.status(METTE, words, utc(4, 1, 7), SYD)
    st["kpi kvartal 1 apr freja"] = text_of(m.command(FREJA, "/kpi", "", utc(4, 1, 7, 5))[1])
    st["kpi forrige kvartal 1 apr freja"] = text_of(
        m.command(FREJA, "/kpi", "forrige kvartal", utc(4, 1, 7, 6))[1]
    )
    t = utc(4, 1, 9)  # Lego reopens: a new offer after the loss
    m.log(METTE, "/logoffer", "Lego 450.000 kr", t,
          E(METTE, "offer", "Lego", d(1, 4), t, 450_000, "DKK", "mette-lego-2"))  # fmt: skip
    deal("mette-lego-2", "Lego", METTE, t, 450_000, "DKK")
    warm(METTE, "Lego", t)
    t = utc(4, 1, 10)
    m.log(OSKAR, "/logcall", "Saab", t, E(OSKAR, "call", "Saab", d(1, 4), t))
    routine(m, 13, until=GONE)
    m.user_change(OSKAR, GONE, deleted=True)  # Oskar has left the company
    routine(m, 13)
    m.week = 0
    m.monday(13, d(5, 4))
    routine(m, 14, until=utc(4, 5, 8))
    m.seen["status last week 13"] = m.status(METTE, "sidste uge", utc(4, 5, 8), SYD)

    m.week = 14
    # -- week 14: Scania handed to Freja, Ida joins on Wednesday ---------------------------
    t = utc(4, 5, 8, 30)
    m.command(METTE, "/kpi", f"kunde Scania ejer <@{FREJA}>", t)
    L.deals["oskar-scania"].owners.append((t, FREJA))
    m.seen["scania lead"].closed = t
    scania = warm(FREJA, "Scania", t)
    t = utc(4, 6, 9)
    m.log(LARS, "/logwin", "Volvo", t,
          E(LARS, "win", "Volvo", d(6, 4), t, 200_000, "DKK", "lars-volvo"))  # fmt: skip
    close("lars-volvo", t, "won", lars_volvo)
    m.member(IDA, SYD, True, JOINED)
    t = utc(4, 7, 10)
    m.log(IDA, "/logmeeting", "Pandora", t, E(IDA, "meeting", "Pandora", d(7, 4), t))
    t = utc(4, 8, 9)
    m.log(IDA, "/logoffer", "Pandora 90.000 kr", t,
          E(IDA, "offer", "Pandora", d(8, 4), t, 90_000, "DKK", "ida-pandora"))  # fmt: skip
    deal("ida-pandora", "Pandora", IDA, t, 90_000, "DKK")
    warm(IDA, "Pandora", t)
    t = utc(4, 9, 9)
    m.log(FREJA, "/logwin", "Scania", t,
          E(FREJA, "win", "Scania", d(9, 4), t, 400_000, "SEK", "oskar-scania"))  # fmt: skip
    close("oskar-scania", t, "won", scania)
    t = utc(4, 9, 11)
    _ts, lost = m.post(FREJA, "Coloplast har sagt nej tak, de har valgt en anden", t)
    if lost and m.answer(FREJA, lost, "record", utc(4, 9, 11, 5)):
        L.add(E(FREJA, "loss", "Coloplast", d(9, 4), t, None, None, "freja-coloplast"))
        close("freja-coloplast", t, "lost", freja_coloplast)
    else:
        m.found.append(f"Coloplast's loss was not asked: {m.said[-1]}")
    routine(m, 14)
    m.week = 0
    m.monday(14, d(12, 4))
    return m


# The everyday entries: (when, who, how, text, kind, customer, day). `how`: a command, "post"
# (recorded at once or asked and answered Record), or "chatter" (must record nothing).
ROUTINE: dict[int, list[Step]] = {
    11: [
        (utc(3, 15, 8), FREJA, "/logmeeting", "Vestas", "meeting", "Vestas", d(15)),
        (utc(3, 15, 11), LARS, "/logcall", "Ericsson", "call", "Ericsson", d(15)),
        (utc(3, 15, 13), METTE, "post", "Godt møde med Grundfos i dag", "meeting", "Grundfos", d(15)),
        (utc(3, 15, 14), OSKAR, "/logmeeting", "Ikea", "meeting", "Ikea", d(15)),
        (utc(3, 16, 8), LARS, "/logmeeting", "Sandvik", "meeting", "Sandvik", d(16)),
        (utc(3, 16, 11), OSKAR, "post", "Ringde Electrolux idag, de vill ha en offert", "call", "Electrolux", d(16)),
        (utc(3, 16, 13), FREJA, "/logcall", "Coloplast", "call", "Coloplast", d(16)),
        (utc(3, 16, 14), METTE, "/logmeeting", "DSV", "meeting", "DSV", d(16)),
        (utc(3, 17, 8), OSKAR, "/logcall", "Saab", "call", "Saab", d(17)),
        (utc(3, 17, 13), FREJA, "/logmeeting", "Mærsk", "meeting", "Mærsk", d(17)),
        (utc(3, 17, 14), LARS, "post", "Bra möte med Ericsson idag", "meeting", "Ericsson", d(17)),
        (utc(3, 18, 8), FREJA, "/logcall", "Novo Nordisk", "call", "Novo Nordisk", d(18)),
        (utc(3, 18, 13), OSKAR, "/logmeeting", "Electrolux", "meeting", "Electrolux", d(18)),
        (utc(3, 18, 14), METTE, "/logcall", "Ørsted", "call", "Ørsted", d(18)),
        (utc(3, 18, 15), LARS, "/logmeeting", "Volvo", "meeting", "Volvo", d(18)),
        (utc(3, 19, 8), LARS, "/logcall", "Sandvik", "call", "Sandvik", d(19)),
        (utc(3, 19, 11), METTE, "/logmeeting", "Ørsted", "meeting", "Ørsted", d(19)),
        (utc(3, 19, 13), FREJA, "post", "Møde hos Danfoss i dag, de er positive", "meeting", "Danfoss", d(19)),
        (utc(3, 19, 14), OSKAR, "chatter", "Trevlig helg allihop!", None, "", None),
        (utc(3, 19, 15), FREJA, "chatter", "Er der nogen der har Vestas-præsentationen?", None, "", None),
    ],
    12: [
        (utc(3, 22, 8), FREJA, "/logmeeting", "Carlsberg", "meeting", "Carlsberg", d(22)),
        (utc(3, 22, 11), LARS, "/logmeeting", "Atlas Copco", "meeting", "Atlas Copco", d(22)),
        (utc(3, 22, 13), OSKAR, "/logcall", "Husqvarna", "call", "Husqvarna", d(22)),
        (utc(3, 22, 14), METTE, "/logcall", "DSV", "call", "DSV", d(22)),
        (utc(3, 23, 8), FREJA, "/logcall", "Vestas", "call", "Vestas", d(23)),
        (utc(3, 23, 11), OSKAR, "/logmeeting", "Saab", "meeting", "Saab", d(23)),
        (utc(3, 23, 13), METTE, "post", "Møde med Lego i dag om en ny aftale", "meeting", "Lego", d(23)),
        (utc(3, 23, 14), LARS, "/logcall", "Bosch", "call", "Bosch", d(23)),
        (utc(3, 24, 8), OSKAR, "/logmeeting", "Scania", "meeting", "Scania", d(24)),
        (utc(3, 24, 11), LARS, "post", "Ringde Sandvik idag, bra samtal", "call", "Sandvik", d(24)),
        (utc(3, 24, 13), FREJA, "/logcall", "Mærsk", "call", "Mærsk", d(24)),
        (utc(3, 24, 15), FREJA, "chatter", "God påske allesammen!", None, "", None),
        (utc(3, 25, 10), LARS, "/logmeeting", "Ericsson", "meeting", "Ericsson", d(25)),
        (utc(3, 25, 13), OSKAR, "/logcall", "Electrolux", "call", "Electrolux", d(25)),
        (utc(3, 25, 14), LARS, "chatter", "Glad påsk på er!", None, "", None),
    ],
    13: [
        (utc(3, 30, 8), FREJA, "/logmeeting", "Coloplast", "meeting", "Coloplast", d(30)),
        (utc(3, 30, 9), LARS, "/logmeeting", "Bosch", "meeting", "Bosch", d(30)),
        (utc(3, 30, 11), METTE, "/logmeeting", "Lego", "meeting", "Lego", d(30)),
        (utc(3, 30, 13), OSKAR, "/logcall", "Ikea", "call", "Ikea", d(30)),
        (utc(3, 31, 9), FREJA, "/logcall", "Danfoss", "call", "Danfoss", d(31)),
        (utc(3, 31, 11), LARS, "/logcall", "Volvo", "call", "Volvo", d(31)),
        (utc(3, 31, 13), METTE, "post", "Ringede til Grundfos i dag, de vil se et tilbud", "call", "Grundfos", d(31)),
        (utc(4, 1, 8), LARS, "post", "Möte med Sandvik idag, de är intresserade", "meeting", "Sandvik", d(1, 4)),
        (utc(4, 1, 12), FREJA, "/logmeeting", "Novo Nordisk", "meeting", "Novo Nordisk", d(1, 4)),
        (utc(4, 1, 13), METTE, "/logcall", "Ørsted", "call", "Ørsted", d(1, 4)),
        (utc(4, 2, 8), OSKAR, "/logmeeting", "Husqvarna", "meeting", "Husqvarna", d(2, 4)),
        (utc(4, 2, 9), FREJA, "/logcall", "Vestas", "call", "Vestas", d(2, 4)),
        (utc(4, 2, 13), LARS, "/logmeeting", "Ericsson", "meeting", "Ericsson", d(2, 4)),
        (utc(4, 2, 14), METTE, "chatter", "Godt arbejde i denne uge, god weekend", None, "", None),
    ],
    14: [
        (utc(4, 5, 7), LARS, "/logcall", "Sandvik", "call", "Sandvik", d(5, 4)),
        (utc(4, 5, 11), FREJA, "/logmeeting", "Scania", "meeting", "Scania", d(5, 4)),
        (utc(4, 5, 13), METTE, "/logmeeting", "Grundfos", "meeting", "Grundfos", d(5, 4)),
        (utc(4, 6, 8), FREJA, "/logcall", "Mærsk", "call", "Mærsk", d(6, 4)),
        (utc(4, 6, 11), LARS, "/logmeeting", "Atlas Copco", "meeting", "Atlas Copco", d(6, 4)),
        (utc(4, 6, 13), METTE, "post", "Godt møde hos DSV i dag", "meeting", "DSV", d(6, 4)),
        (utc(4, 7, 8), FREJA, "/logmeeting", "Vestas", "meeting", "Vestas", d(7, 4)),
        (utc(4, 7, 11), LARS, "/logcall", "Bosch", "call", "Bosch", d(7, 4)),
        (utc(4, 7, 13), METTE, "/logcall", "Lego", "call", "Lego", d(7, 4)),
        (utc(4, 8, 8), LARS, "post", "Bra möte med Volvo idag om leveransen", "meeting", "Volvo", d(8, 4)),
        (utc(4, 8, 11), FREJA, "/logcall", "Novo Nordisk", "call", "Novo Nordisk", d(8, 4)),
        (utc(4, 8, 13), IDA, "/logcall", "Jysk", "call", "Jysk", d(8, 4)),
        (utc(4, 9, 8), METTE, "/logmeeting", "Ørsted", "meeting", "Ørsted", d(9, 4)),
        (utc(4, 9, 12), IDA, "post", "Godt møde med Jysk i dag", "meeting", "Jysk", d(9, 4)),
        (utc(4, 9, 13), LARS, "/logcall", "Ericsson", "call", "Ericsson", d(9, 4)),
        (utc(4, 9, 14), IDA, "chatter", "Tak for en god første uge!", None, "", None),
    ],
}  # fmt: skip


# More of the everyday: sellers log as they do, with the day said their own way.
MORE: dict[int, list[Step]] = {
    11: [
        (utc(3, 15, 15), LARS, "/logmeeting", "Ericsson i dag", "meeting", "Ericsson", d(15)),
        (utc(3, 16, 9, 30), FREJA, "post", "Ringede til Vestas, de vil gerne have et møde", "call", "Vestas", d(16)),
        (utc(3, 16, 12), METTE, "/logcall", "Grundfos", "call", "Grundfos", d(16)),
        (utc(3, 17, 12), OSKAR, "post", "Möte med Saab idag, bra stämning", "meeting", "Saab", d(17)),
        (utc(3, 18, 10), LARS, "/logcall", "Atlas Copco", "call", "Atlas Copco", d(18)),
        (utc(3, 18, 14, 30), FREJA, "/logmeeting", "Carlsberg", "meeting", "Carlsberg", d(18)),
        (utc(3, 19, 12, 30), METTE, "/logcall", "DSV", "call", "DSV", d(19)),
        (utc(3, 19, 13, 30), OSKAR, "/logcall", "Husqvarna", "call", "Husqvarna", d(19)),
        (utc(3, 16, 7), METTE, "/logcall", "Lego i går", "call", "Lego", d(15)),
        (utc(3, 16, 15), OSKAR, "/logmeeting", "Saab", "meeting", "Saab", d(16)),
        (utc(3, 17, 7), LARS, "/logcall", "Volvo igår", "call", "Volvo", d(16)),
        (utc(3, 17, 15), METTE, "/logmeeting", "Lego", "meeting", "Lego", d(17)),
        (utc(3, 18, 7), FREJA, "/logmeeting", "Coloplast i går", "meeting", "Coloplast", d(17)),
        (utc(3, 19, 7), OSKAR, "/logcall", "Scania", "call", "Scania", d(19)),
        (utc(3, 19, 12), LARS, "/logmeeting", "Atlas Copco", "meeting", "Atlas Copco", d(19)),
    ],
    12: [
        (utc(3, 22, 12), METTE, "/logmeeting", "DSV", "meeting", "DSV", d(22)),
        (utc(3, 22, 14, 30), OSKAR, "post", "Ringde Scania idag om offerten", "call", "Scania", d(22)),
        (utc(3, 23, 10), LARS, "/logmeeting", "Sandvik", "meeting", "Sandvik", d(23)),
        (utc(3, 23, 12), FREJA, "/logmeeting", "Danfoss", "meeting", "Danfoss", d(23)),
        (utc(3, 24, 12), OSKAR, "/logmeeting", "Husqvarna", "meeting", "Husqvarna", d(24)),
        (utc(3, 24, 12, 30), METTE, "/logcall", "Lego", "call", "Lego", d(24)),
        (utc(3, 25, 11), LARS, "/logcall", "Volvo", "call", "Volvo", d(25)),
        (utc(3, 25, 12), OSKAR, "/logcall", "Scania", "call", "Scania", d(25)),
        # Monday 08:30, after the digest: Friday's call, logged late (week 11's from now on)
        (utc(3, 22, 7, 30), FREJA, "/logcall", "Danfoss fredag", "call", "Danfoss", d(19)),
        (utc(3, 22, 15), LARS, "/logcall", "Ericsson", "call", "Ericsson", d(22)),
        (utc(3, 23, 7), METTE, "/logmeeting", "Ørsted i går", "meeting", "Ørsted", d(22)),
        (utc(3, 23, 15), FREJA, "/logmeeting", "Vestas", "meeting", "Vestas", d(23)),
        (utc(3, 24, 7), LARS, "/logmeeting", "Volvo igår", "meeting", "Volvo", d(23)),
        (utc(3, 24, 14), METTE, "/logmeeting", "Grundfos", "meeting", "Grundfos", d(24)),
        (utc(3, 24, 15, 30), OSKAR, "/logcall", "Saab", "call", "Saab", d(24)),
        (utc(3, 25, 15), OSKAR, "/logmeeting", "Ikea", "meeting", "Ikea", d(25)),
    ],
    13: [
        (utc(3, 30, 10), OSKAR, "/logmeeting", "Scania", "meeting", "Scania", d(30)),
        (utc(3, 30, 12), FREJA, "post", "Ringede til Novo Nordisk i dag", "call", "Novo Nordisk", d(30)),
        (utc(3, 31, 10), METTE, "/logmeeting", "Ørsted", "meeting", "Ørsted", d(31)),
        (utc(3, 31, 12), OSKAR, "/logcall", "Electrolux", "call", "Electrolux", d(31)),
        (utc(4, 1, 11), LARS, "/logcall", "Ericsson", "call", "Ericsson", d(1, 4)),
        (utc(4, 1, 15), FREJA, "/logcall", "Coloplast", "call", "Coloplast", d(1, 4)),
        (utc(4, 2, 7), LARS, "/logcall", "Bosch", "call", "Bosch", d(2, 4)),
        (utc(4, 2, 12, 30), FREJA, "/logmeeting", "Vestas", "meeting", "Vestas", d(2, 4)),
        (utc(3, 30, 14), LARS, "/logcall", "Atlas Copco", "call", "Atlas Copco", d(30)),
        (utc(3, 30, 15), FREJA, "/logcall", "Carlsberg", "call", "Carlsberg", d(30)),
        (utc(3, 31, 7), OSKAR, "/logmeeting", "Electrolux igår", "meeting", "Electrolux", d(30)),
        (utc(3, 31, 14), FREJA, "/logmeeting", "Mærsk", "meeting", "Mærsk", d(31)),
        (utc(3, 31, 15), LARS, "/logmeeting", "Sandvik", "meeting", "Sandvik", d(31)),
        (utc(4, 1, 14), OSKAR, "/logmeeting", "Saab", "meeting", "Saab", d(1, 4)),
        (utc(4, 2, 10), METTE, "/logmeeting", "DSV", "meeting", "DSV", d(2, 4)),
        (utc(4, 2, 11), FREJA, "/logmeeting", "Danfoss", "meeting", "Danfoss", d(2, 4)),
    ],
    14: [
        (utc(4, 5, 9), METTE, "/logcall", "Arla", "call", "Arla", d(5, 4)),
        (utc(4, 5, 12), FREJA, "/logcall", "Danfoss", "call", "Danfoss", d(5, 4)),
        (utc(4, 6, 10), LARS, "/logcall", "Volvo", "call", "Volvo", d(6, 4)),
        (utc(4, 7, 12), FREJA, "post", "Møde med Coloplast i dag, de overvejer stadig", "meeting", "Coloplast", d(7, 4)),
        (utc(4, 7, 15), IDA, "/logcall", "Pandora", "call", "Pandora", d(7, 4)),
        (utc(4, 8, 10), METTE, "/logcall", "DSV", "call", "DSV", d(8, 4)),
        (utc(4, 8, 12), LARS, "/logmeeting", "Bosch", "meeting", "Bosch", d(8, 4)),
        (utc(4, 9, 14, 30), METTE, "/logcall", "Ørsted", "call", "Ørsted", d(9, 4)),
        (utc(4, 5, 14), LARS, "/logmeeting", "Ericsson", "meeting", "Ericsson", d(5, 4)),
        (utc(4, 6, 7), METTE, "/logcall", "Grundfos i går", "call", "Grundfos", d(5, 4)),
        (utc(4, 6, 14), FREJA, "/logmeeting", "Novo Nordisk", "meeting", "Novo Nordisk", d(6, 4)),
        (utc(4, 7, 14), LARS, "/logmeeting", "Sandvik", "meeting", "Sandvik", d(7, 4)),
        (utc(4, 8, 14), METTE, "/logmeeting", "Lego", "meeting", "Lego", d(8, 4)),
        (utc(4, 8, 15), FREJA, "/logmeeting", "Danfoss", "meeting", "Danfoss", d(8, 4)),
        (utc(4, 9, 10), IDA, "/logcall", "Pandora", "call", "Pandora", d(9, 4)),
        (utc(4, 9, 15), FREJA, "/logcall", "Coloplast", "call", "Coloplast", d(9, 4)),
    ],
}  # fmt: skip


def routine(m: Trial, week: int, until: datetime | None = None) -> None:
    """The week's everyday entries not played yet (`until`: those before that moment)."""
    play_everyday(m, ROUTINE[week] + MORE[week], until)


def collect(m: Trial) -> None:
    """What people read after Easter and on Monday 12 April 2027."""
    st: dict[str, Any] = m.seen
    st["uge 12 after easter"] = m.status(METTE, "uge 12", utc(3, 30, 12), SYD)
    for w in (11, 12, 13, 14):
        st[("week", w)] = m.status(METTE, f"2027-W{w}", NOW, SYD)
    st["now"] = m.status(METTE, "", NOW, SYD)
    for words in ("sidste uge", "Q1", "kvartal", "forrige kvartal", "denne måned", "marts"):
        st[f"status {words}"] = m.status(METTE, words, NOW, SYD)
    last = {METTE: "sidste uge", FREJA: "sidste uge", LARS: "förra veckan", OSKAR: "förra veckan",
            IDA: "sidste uge"}  # fmt: skip
    m.kpi_now, m.kpi_last, m.homes = {}, {}, {}  # type: ignore[attr-defined]
    for seller in (METTE, FREJA, LARS, IDA):
        m.kpi_now[seller] = text_of(m.command(seller, "/kpi", "", NOW)[1])  # type: ignore[attr-defined]
        m.kpi_last[seller] = text_of(m.command(seller, "/kpi", last[seller], NOW)[1])  # type: ignore[attr-defined]
        m.homes[seller] = m.home(seller, NOW)  # type: ignore[attr-defined]
    st["kpi freja uge 13"] = text_of(m.command(FREJA, "/kpi", "uge 13", NOW)[1])
    st["kpi freja uge 12"] = text_of(m.command(FREJA, "/kpi", "uge 12", NOW)[1])
    st["kpi lars v 12"] = text_of(m.command(LARS, "/kpi", "v 12", NOW)[1])
    st["kpi me lars"] = text_of(m.command(LARS, "/kpi", "me", NOW)[1])
    st["oskar 12 by mette"] = m.status(METTE, f"<@{OSKAR}> 2027-W12", NOW, SYD)
    st["oskar now by mette"] = m.status(METTE, f"<@{OSKAR}>", NOW, SYD)
    st["ida by mette"] = m.status(METTE, f"<@{IDA}>", NOW, SYD)
    st["goals mette"] = text_of(m.command(METTE, "/kpi", "mål", NOW)[1])
    st["callday freja"] = text_of(m.command(FREJA, "/kpi", "callday", NOW)[1])
    m.export = m.exported()  # type: ignore[attr-defined]
