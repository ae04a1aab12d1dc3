"""A fourth month of real use (trial21): a Norwegian workspace (Bergen) over May's holidays, two
teams and a mid-week move.

#salg-vest (NOK, Norwegian, Europe/Oslo): Kari Nilsen manages and sells; Ola, Ingrid and Sindre
sell (nb); Astrid writes nynorsk. #salg-nord: Per Dahl manages without selling; Nils and Marte
sell. Four weeks, Monday 3 May (week 18) to Sunday 30 May 2027 (week 21), the digests of Mondays
10, 17 (17. mai and 2. pinsedag: the digest goes out at 08:00 as any Monday), 24 and 31 May, and
the month read on Tuesday 1 June. Holidays: Kristi himmelfartsdag Thursday 6 May, 17 May (also
Whit Monday). Ingrid takes Friday 7 May off; Nils is on parental leave 10–21 May (weeks 19 and
20). Sindre moves from Vest to Nord on Wednesday 19 May (week 20, whole in Nord by the README's
rule); Equinor is handed from Sindre to Ola on Tuesday 18 May. Ola has two deals with Bergen Bolig
(Damsgård won, Fyllingsdalen lost); Ingrid's Hurtigruten offer is revised from EUR to NOK; Ola's
Sparebanken Vest is lost, then won back. Rates: EUR 11,50, SEK 0,98.

Each step says what a careful manager would count (Entry rows of tests.slack.test_month_ledger's
Ledger). Played by tests/slack/test_trial21_month.py (opt-in: KPIBOT_TRIAL=1).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from bot.offline.slack_api import FakeUser
from tests.helpers import buttons, text_of
from tests.slack.test_month_ledger import Entry
from tests.slack.trial_driver import Step, Trial, play_everyday

KARI, OLA, INGRID, SINDRE, ASTRID = "U0KARIN", "U0OLAV", "U0INGRIDB", "U0SINDRE", "U0ASTRID"
PER, NILS, MARTE = "U0PERD", "U0NILSH", "U0MARTE"
VEST, NORD = "C0VEST", "C0NORDB"
NAME = {KARI: "Kari", OLA: "Ola", INGRID: "Ingrid", SINDRE: "Sindre", ASTRID: "Astrid",
        PER: "Per", NILS: "Nils", MARTE: "Marte"}  # fmt: skip
SELLERS = (KARI, OLA, INGRID, SINDRE, ASTRID, NILS, MARTE)
RATES = {"NOK": 1, "EUR": 11.5, "SEK": 0.98}
RATE_TEXT = "EUR 11,50\nSEK 0,98"
MOVED = 20  # Sindre joins #salg-nord on Wednesday 19 May (week 20)
NOW = datetime(2027, 6, 1, 8, 0, tzinfo=UTC)  # Tuesday 1 June, 10:00 in Bergen


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, month, day, hour, minute, tzinfo=UTC)


def d(day: int, month: int = 5) -> date:
    return date(2027, month, day)


MOVE_AT = utc(5, 19, 8)


def team_of(channel: str, week: int) -> tuple[str, ...]:
    """The sellers of a team at the week's end (Per manages Nord without selling)."""
    if channel == VEST:
        return (KARI, OLA, INGRID, ASTRID) + ((SINDRE,) if week < MOVED else ())
    return (NILS, MARTE) + ((SINDRE,) if week >= MOVED else ())


def channel_of(user: str, at: datetime) -> str:
    if user == SINDRE:
        return NORD if at >= MOVE_AT else VEST
    return VEST if user in (KARI, OLA, INGRID, ASTRID) else NORD


def settings(m: Trial, user: str, channel: str, at: datetime) -> None:
    m.settings(user, channel, {
        "language": {"type": "static_select", "selected_option": {"value": "nb"}},
        "currency": {"type": "static_select", "selected_option": {"value": "NOK"}},
        "timezone": {"type": "static_select", "selected_option": {"value": "Europe/Oslo"}},
        "digest_time": {"type": "timepicker", "selected_time": "08:00"},
        "currency_rates": {"type": "plain_text_input", "value": RATE_TEXT},
    }, at)  # fmt: skip
    m.said.append(f"{at:%a %d %H:%M} {NAME[user]} settings {channel} nb NOK")


def first_button(m: Trial, user: str, result: Any, reply: Any, at: datetime) -> str:
    """Click the first button of a question (the one-day reading of an away day)."""
    found = buttons(reply)
    if not found:
        m.found.append(f"no question: {m.said[-1]}")
        return ""
    m.clock.set(at)
    m.slack.driver.click(user, found[0], response_url=result.response_url)
    m.slack.wait_idle()
    answer = text_of(m.slack.api.responses(result.key)[-1])
    m.said.append(f"  {NAME[user]} clicked {found[0]['text']['text']} => {answer}")
    return answer


def play(slack, clock) -> Trial:  # type: ignore[no-untyped-def]  # noqa: PLR0915 (a diary)
    m = Trial(slack, clock, NAME, channel_of, SELLERS, (VEST, NORD), ticks=(6,),
              stamp="%a %d %b %H:%M", everyday=routine)  # fmt: skip
    L = m.ledger
    E = Entry
    api = slack.api
    for user in (
        FakeUser(KARI, "Kari Nilsen", tz="Europe/Oslo", locale="nb-NO", is_admin=True),
        FakeUser(OLA, "Ola Hansen", tz="Europe/Oslo", locale="nb-NO"),
        FakeUser(INGRID, "Ingrid Bakke", tz="Europe/Oslo", locale="nb-NO"),
        FakeUser(SINDRE, "Sindre Lie", tz="Europe/Oslo", locale="nb-NO"),
        FakeUser(ASTRID, "Astrid Vik", tz="Europe/Oslo", locale="nb-NO"),
        FakeUser(PER, "Per Dahl", tz="Europe/Oslo", locale="nb-NO"),
        FakeUser(NILS, "Nils Haugen", tz="Europe/Oslo", locale="nb-NO"),
        FakeUser(MARTE, "Marte Berg", tz="Europe/Oslo", locale="nb-NO"),
    ):
        api.add_user(user)
    api.channel_members[VEST] = [KARI, OLA, INGRID, SINDRE, ASTRID]
    api.channel_members[NORD] = [PER, NILS, MARTE]
    deal, warm, close = m.deal, m.warm, m.close
    st = m.seen

    # -- Monday 3 May: both teams set up -------------------------------------------------
    m.command(KARI, "/kpi", "setup", utc(5, 3, 6, 30), VEST)
    m.command(KARI, "/kpi", "rolle selger", utc(5, 3, 6, 31), VEST)
    settings(m, KARI, VEST, utc(5, 3, 6, 33))
    # Kari (the workspace's admin) sets up #salg-nord for Per, who manages it without selling
    m.command(KARI, "/kpi", "setup", utc(5, 3, 6, 40), NORD)
    st["per manager"] = text_of(
        m.command(KARI, "/kpi", f"managers add <@{PER}> non-selling", utc(5, 3, 6, 41), NORD)[1]
    )
    settings(m, PER, NORD, utc(5, 3, 6, 43))
    m.command(KARI, "/kpi", "mål møter 10 i uka", utc(5, 3, 6, 45), VEST)
    m.command(KARI, "/kpi", "mål omsetning 1,5 mill per kvartal", utc(5, 3, 6, 46), VEST)
    st["goal per month"] = text_of(
        m.command(KARI, "/kpi", "mål omsetning 500k per måned", utc(5, 3, 6, 47), VEST)[1]
    )
    m.command(PER, "/kpi", "mål møter 8 i uka", utc(5, 3, 6, 50), NORD)
    m.command(PER, "/kpi", "mål omsetning 1 mill per kvartal", utc(5, 3, 6, 51), NORD)
    m.command(KARI, "/kpi", "kunde Statkraft tier A", utc(5, 3, 6, 52), VEST)
    st["statkraft owner"] = text_of(
        m.command(KARI, "/kpi", f"kunde Statkraft eier <@{KARI}>", utc(5, 3, 6, 53), VEST)[1]
    )

    m.week = 18
    # -- week 18: Kristi himmelfartsdag Thursday 6 May, Ingrid off on Friday 7 May -----------
    t = utc(5, 3, 8)  # nynorsk: a meeting, they want an offer
    m.posted(ASTRID, "Hadde møte med Fjord Line i dag, dei vil ha tilbod", t,
             E(ASTRID, "meeting", "Fjord Line", d(3), t))  # fmt: skip
    t = utc(5, 3, 9)
    m.log(KARI, "/logoffer", "Volvo Penta 300 000 SEK", t,
          E(KARI, "offer", "Volvo Penta", d(3), t, 300_000, "SEK", "kari-volvo"))  # fmt: skip
    deal("kari-volvo", "Volvo Penta", KARI, t, 300_000, "SEK")
    kari_volvo = warm(KARI, "Volvo Penta", t)
    t = utc(5, 3, 10)
    m.log(OLA, "/logoffer", "Sparebanken Vest 350 000 kr", t,
          E(OLA, "offer", "Sparebanken Vest", d(3), t, 350_000, "NOK", "ola-sbv"))  # fmt: skip
    deal("ola-sbv", "Sparebanken Vest", OLA, t, 350_000, "NOK")
    ola_sbv = warm(OLA, "Sparebanken Vest", t)
    t = utc(5, 4, 8)  # two deals with Bergen Bolig: Damsgård, then Fyllingsdalen
    m.log(OLA, "/logoffer", "Bergen Bolig 450 000 kr -- prosjekt Damsgård", t,
          E(OLA, "offer", "Bergen Bolig", d(4), t, 450_000, "NOK", "ola-bb-damsgard"))  # fmt: skip
    deal("ola-bb-damsgard", "Bergen Bolig", OLA, t, 450_000, "NOK")
    bb_damsgard = warm(OLA, "Bergen Bolig", t)
    t = utc(5, 4, 9)
    m.log(INGRID, "/logoffer", "Hurtigruten EUR 40 000", t,
          E(INGRID, "offer", "Hurtigruten", d(4), t, 40_000, "EUR", "ingrid-hr"))  # fmt: skip
    deal("ingrid-hr", "Hurtigruten", INGRID, t, 40_000, "EUR")
    ingrid_hr = warm(INGRID, "Hurtigruten", t)
    t = utc(5, 4, 10)
    m.log(SINDRE, "/logoffer", "Equinor 600 000 kr", t,
          E(SINDRE, "offer", "Equinor", d(4), t, 600_000, "NOK", "sindre-equinor"))  # fmt: skip
    deal("sindre-equinor", "Equinor", SINDRE, t, 600_000, "NOK")
    sindre_equinor = warm(SINDRE, "Equinor", t)
    t = utc(5, 4, 11)  # Ingrid's Friday off, said on Tuesday (a coming day: asked)
    result, reply = m.command(INGRID, "/kpi", "fri fredag", t)
    first_button(m, INGRID, result, reply, utc(5, 4, 11, 1))
    t = utc(5, 4, 12)  # Nils: parental leave, weeks 19 and 20
    st["nils away"] = text_of(m.command(NILS, "/kpi", "pappaperm 10.5-21.5", t)[1])
    t = utc(5, 4, 13)
    m.log(MARTE, "/logoffer", "Lerøy 500 000 kr", t,
          E(MARTE, "offer", "Lerøy", d(4), t, 500_000, "NOK", "marte-leroy"))  # fmt: skip
    deal("marte-leroy", "Lerøy", MARTE, t, 500_000, "NOK")
    marte_leroy = warm(MARTE, "Lerøy", t)
    st["nudges"] = {d(5): m.tick(utc(5, 5, 7, 5))}  # Wednesday 09:05 in Bergen
    t = utc(5, 5, 8)
    m.log(OLA, "/logoffer", "Bergen Bolig 280 000 kr nytt tilbud på Fyllingsdalen", t,
          E(OLA, "offer", "Bergen Bolig", d(5), t, 280_000, "NOK", "ola-bb-fyllingsdalen"))  # fmt: skip
    deal("ola-bb-fyllingsdalen", "Bergen Bolig", OLA, t, 280_000, "NOK")
    bb_fyll = warm(OLA, "Bergen Bolig", t)
    t = utc(5, 5, 9)  # an offer posted, its amount corrected by an edit
    norled = "Sendt tilbud til Norled på 120 000 kr"
    norled_ts = m.posted(INGRID, norled, t)
    m.edit(INGRID, norled_ts, norled, "Sendt tilbud til Norled på 150 000 kr", utc(5, 5, 9, 10))
    L.add(E(INGRID, "offer", "Norled", d(5), t, 150_000, "NOK", "ingrid-norled"))
    deal("ingrid-norled", "Norled", INGRID, t, 150_000, "NOK")
    ingrid_norled = warm(INGRID, "Norled", t)
    t = utc(5, 5, 10)  # a wrong message, deleted a minute later
    wrong = "Møte med Vestland fylkeskommune i dag"
    ts = m.posted(OLA, wrong, t)
    m.delete(OLA, ts, wrong, utc(5, 5, 10, 1))
    t = utc(5, 5, 11)  # logged by mistake, undone at once
    result, reply = m.log(SINDRE, "/logcall", "Telenor", t)
    undo = [b for b in buttons(reply) if b.get("action_id") == "activity_undo"]
    if undo:
        m.clock.set(utc(5, 5, 11, 1))
        slack.driver.click(SINDRE, undo[0], response_url=result.response_url)
        slack.wait_idle()
    else:
        m.found.append(f"no undo button: {m.said[-1]}")
    t = utc(5, 5, 12)  # nynorsk loss, asked, never answered: nothing counts
    _ts, ignored = m.post(ASTRID, "Vi tapte Bergen Kino, dei valde ein annan leverandør", t)
    if not ignored:
        m.found.append(f"a loss posted was not asked: {m.said[-1]}")
    for day in (6, 7):  # Kristi himmelfartsdag, Friday (Ingrid off)
        st["nudges"][d(day)] = m.tick(utc(5, day, 7, 5))
    t = utc(5, 7, 9)
    m.log(KARI, "/logmeeting", "Statkraft", t, E(KARI, "meeting", "Statkraft", d(7), t))
    routine(m, 18)
    m.week = 0
    m.monday(18, d(10))
    routine(m, 19, until=utc(5, 10, 7))
    st["status last week 18"] = {c: m.status(b, "forrige uke", utc(5, 10, 7), c)
                                 for c, b in ((VEST, KARI), (NORD, PER))}  # fmt: skip

    m.week = 19
    # -- week 19: Nils away; the revenue goal changed on Wednesday -----------------------------
    t = utc(5, 10, 8)
    m.log(KARI, "/logwin", "Volvo Penta", t,
          E(KARI, "win", "Volvo Penta", d(10), t, 300_000, "SEK", "kari-volvo"))  # fmt: skip
    close("kari-volvo", t, "won", kari_volvo)
    t = utc(5, 10, 9)
    m.log(SINDRE, "/logoffer", "BKK 250 000 kr", t,
          E(SINDRE, "offer", "BKK", d(10), t, 250_000, "NOK", "sindre-bkk"))  # fmt: skip
    deal("sindre-bkk", "BKK", SINDRE, t, 250_000, "NOK")
    sindre_bkk = warm(SINDRE, "BKK", t)
    t = utc(5, 11, 8)  # Hurtigruten revised from EUR to NOK
    m.log(INGRID, "/logoffer", "Hurtigruten 470 000 kr revidert tilbud", t,
          E(INGRID, "offer", "Hurtigruten", d(11), t, 470_000, "NOK", "ingrid-hr", revises=True))  # fmt: skip
    L.deals["ingrid-hr"].offers.append((t, 470_000, "NOK"))
    t = utc(5, 11, 9)
    m.log(OLA, "/loglost", "Sparebanken Vest pris", t,
          E(OLA, "loss", "Sparebanken Vest", d(11), t, None, None, "ola-sbv"))  # fmt: skip
    close("ola-sbv", t, "lost", ola_sbv)
    t = utc(5, 12, 7)
    m.command(KARI, "/kpi", "mål omsetning 1,8 mill per kvartal", t, VEST)
    st["goal changed"] = t
    t = utc(5, 12, 9)  # a warm lead with no next step
    m.log(SINDRE, "/logmeeting", "Hydro varm", t, E(SINDRE, "meeting", "Hydro", d(12), t))
    sindre_hydro = warm(SINDRE, "Hydro", t)
    t = utc(5, 13, 9)
    m.log(MARTE, "/logmeeting", "Mowi varm neste tilbud 20.05", t,
          E(MARTE, "meeting", "Mowi", d(13), t))  # fmt: skip
    warm(MARTE, "Mowi", t, next_step=d(20), next_step_from=t)
    t = utc(5, 14, 9)
    m.log(ASTRID, "/logoffer", "Fjord Line 180 000 kr", t,
          E(ASTRID, "offer", "Fjord Line", d(14), t, 180_000, "NOK", "astrid-fjordline"))  # fmt: skip
    deal("astrid-fjordline", "Fjord Line", ASTRID, t, 180_000, "NOK")
    astrid_fl = warm(ASTRID, "Fjord Line", t)
    st["home ola 14 may"] = m.home(OLA, utc(5, 14, 12))  # both Bergen Bolig deals open
    routine(m, 19)
    m.week = 0
    m.monday(19, d(17))  # 17. mai and 2. pinsedag: the digest at 08:00 as any Monday
    st["nudges"][d(17)] = m.tick(utc(5, 17, 7, 5))
    t = utc(5, 17, 18)  # 17 May: Ola answers a customer's call on the holiday
    m.log(OLA, "/logcall", "Frydenbø", t, E(OLA, "call", "Frydenbø", d(17), t))
    routine(m, 20, until=utc(5, 18, 7))
    st["status last week 19"] = {c: m.status(b, "forrige uke", utc(5, 18, 7), c)
                                 for c, b in ((VEST, KARI), (NORD, PER))}  # fmt: skip

    m.week = 20
    # -- week 20: 17 May a holiday; Equinor to Ola on Tuesday; Sindre to Nord on Wednesday -----
    st["nudges"][d(18)] = m.tick(utc(5, 18, 7, 5))
    t = utc(5, 18, 8)
    m.log(SINDRE, "/logmeeting", "BKK", t, E(SINDRE, "meeting", "BKK", d(18), t))
    t = utc(5, 18, 9)
    st["handover"] = text_of(m.command(KARI, "/kpi", f"kunde Equinor eier <@{OLA}>", t, VEST)[1])
    L.deals["sindre-equinor"].owners.append((t, OLA))
    sindre_equinor.closed = t
    ola_equinor = warm(OLA, "Equinor", t)
    t = utc(5, 18, 10)
    m.log(OLA, "/logwin", "Bergen Bolig Damsgård", t,
          E(OLA, "win", "Bergen Bolig", d(18), t, 450_000, "NOK", "ola-bb-damsgard"))  # fmt: skip
    close("ola-bb-damsgard", t, "won", bb_damsgard)
    routine(m, 20, until=MOVE_AT)
    m.member(SINDRE, NORD, True, MOVE_AT)
    m.member(SINDRE, VEST, False, utc(5, 19, 8, 5))
    t = utc(5, 19, 10)
    m.log(MARTE, "/logwin", "Lerøy", t,
          E(MARTE, "win", "Lerøy", d(19), t, 500_000, "NOK", "marte-leroy"))  # fmt: skip
    close("marte-leroy", t, "won", marte_leroy)
    t = utc(5, 19, 12)  # after the move: a call of Friday 14 May (week 19, Vest's) logged late
    m.log(SINDRE, "/logcall", "Aker Solutions fredag 14.5", t,
          E(SINDRE, "call", "Aker Solutions", d(14), t))  # fmt: skip
    t = utc(5, 20, 9)
    m.log(SINDRE, "/logmeeting", "Aker Solutions", t,
          E(SINDRE, "meeting", "Aker Solutions", d(20), t))  # fmt: skip
    t = utc(5, 21, 9)
    m.log(SINDRE, "/logcall", "Kongsberg Gruppen", t,
          E(SINDRE, "call", "Kongsberg Gruppen", d(21), t))  # fmt: skip
    routine(m, 20)
    m.week = 0
    m.monday(20, d(24))
    routine(m, 21, until=utc(5, 24, 7))
    st["status last week 20"] = {c: m.status(b, "forrige uke", utc(5, 24, 7), c)
                                 for c, b in ((VEST, KARI), (NORD, PER))}  # fmt: skip

    m.week = 21
    # -- week 21 ------------------------------------------------------------------------------
    t = utc(5, 24, 7, 30)  # after the digest: Friday's meeting, logged late (week 20's)
    m.log(INGRID, "/logmeeting", "Havila fredag", t, E(INGRID, "meeting", "Havila", d(21), t))
    t = utc(5, 24, 8)
    m.log(OLA, "/loglost", "Bergen Bolig Fyllingsdalen valgte en annen leverandør", t,
          E(OLA, "loss", "Bergen Bolig", d(24), t, None, None, "ola-bb-fyllingsdalen"))  # fmt: skip
    close("ola-bb-fyllingsdalen", t, "lost", bb_fyll)
    t = utc(5, 25, 8)  # the lost deal won back
    m.log(OLA, "/logwin", "Sparebanken Vest 320 000 kr", t,
          E(OLA, "win", "Sparebanken Vest", d(25), t, 320_000, "NOK", "ola-sbv-2"))  # fmt: skip
    t = utc(5, 26, 8)
    m.log(INGRID, "/logwin", "Hurtigruten", t,
          E(INGRID, "win", "Hurtigruten", d(26), t, 470_000, "NOK", "ingrid-hr"))  # fmt: skip
    close("ingrid-hr", t, "won", ingrid_hr)
    t = utc(5, 26, 9)
    _ts, lost = m.post(ASTRID, "Fjord Line takka nei, dei gjekk for ein annan", t)
    if lost and m.answer(ASTRID, lost, "record", utc(5, 26, 9, 5)):
        L.add(E(ASTRID, "loss", "Fjord Line", d(26), t, None, None, "astrid-fjordline"))
        close("astrid-fjordline", t, "lost", astrid_fl)
    elif not lost and any(c.method == "reactions.add" for c in slack.api.calls):
        L.add(E(ASTRID, "loss", "Fjord Line", d(26), t, None, None, "astrid-fjordline"))
        close("astrid-fjordline", t, "lost", astrid_fl)
    else:
        m.found.append(f"Fjord Line's loss was not asked: {m.said[-1]}")
    t = utc(5, 27, 8)
    m.log(SINDRE, "/logwin", "BKK", t,
          E(SINDRE, "win", "BKK", d(27), t, 250_000, "NOK", "sindre-bkk"))  # fmt: skip
    close("sindre-bkk", t, "won", sindre_bkk)
    t = utc(5, 27, 9)
    m.log(OLA, "/logmeeting", "Equinor", t, E(OLA, "meeting", "Equinor", d(27), t))
    routine(m, 21)
    m.week = 0
    m.monday(21, d(31))
    st["leads"] = (ola_equinor, sindre_hydro, ingrid_norled, bb_fyll)
    return m


# The everyday entries, made from each seller's customers and ways of saying things: one or two a
# working day each, on the days they work (not on holidays, Ingrid's Friday, Nils's leave).
CUSTOMERS = {
    KARI: ("Statoil Fuel", "Sparebank 1 SR", "Bergen Havn"),
    OLA: ("Bergen Kommune", "Frydenbø", "Hansa Borg"),
    INGRID: ("Norled", "Havila", "Fjord1"),
    SINDRE: ("Aker Solutions", "Kongsberg Gruppen", "BKK"),
    ASTRID: ("Fjord Line", "Sogn og Fjordane Energi", "Tine"),
    NILS: ("Nordlaks", "Salmar", "Bodø Havn"),
    MARTE: ("Mowi", "Lerøy", "Cermaq"),
}
HOLIDAYS = {d(6), d(17)}
AWAY = {INGRID: {d(7)}, NILS: {d(10) + timedelta(days=i) for i in range(12)}}


def _say(who: str, kind: str, customer: str, n: int, yesterday: bool) -> tuple[str, str]:
    """How `who` logs it: a command or a channel message (Astrid in nynorsk)."""
    if yesterday:
        return f"/log{kind}", f"{customer} i går"
    if n % 3 == 2:
        if who == ASTRID:
            text = (
                f"Hadde møte med {customer} i dag"
                if kind == "meeting"
                else f"Ringde {customer} i dag"
            )
        else:
            text = f"Møte med {customer} i dag" if kind == "meeting" else f"Ringte {customer} i dag"
        return "post", text
    return f"/log{kind}", customer


def _routine(week: int) -> list[Step]:
    steps: list[Step] = []
    monday = date.fromisocalendar(2027, week, 1)
    n = 0
    for offset in range(5):
        day = monday + timedelta(days=offset)
        if day in HOLIDAYS:
            continue
        for i, who in enumerate((KARI, OLA, INGRID, SINDRE, ASTRID, NILS, MARTE)):
            if day in AWAY.get(who, ()):
                continue
            n += 1
            customer = CUSTOMERS[who][(offset + i) % 3]
            kind = "meeting" if (offset + i) % 2 == 0 else "call"
            at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(
                hours=11, minutes=7 * i
            )
            how, text = _say(who, kind, customer, n, False)
            steps.append((at, who, how, text, kind, customer, day))
            # A second entry on some days: yesterday's, logged the morning after (never after
            # a holiday or a weekend, whose "i går" is no working day)
            prev = day - timedelta(days=1)
            if (
                (n % 4 == 0)
                and prev.weekday() < 5
                and prev not in HOLIDAYS
                and prev not in AWAY.get(who, ())
            ):
                other = CUSTOMERS[who][(offset + i + 1) % 3]
                other_kind = "call" if kind == "meeting" else "meeting"
                at2 = datetime.combine(day, datetime.min.time(), UTC) + timedelta(
                    hours=6, minutes=7 * i
                )
                how2, text2 = _say(who, other_kind, other, n, True)
                steps.append((at2, who, how2, text2, other_kind, other, prev))
    chatter = {
        18: (utc(5, 5, 14), OLA, "chatter", "God langhelg alle sammen!", None, "", None),
        19: (utc(5, 14, 14), ASTRID, "chatter", "Gratulerer med dagen på måndag!", None, "", None),
        20: (
            utc(5, 21, 14),
            KARI,
            "chatter",
            "Velkommen til Nord, Sindre, og takk for innsatsen!",
            None,
            "",
            None,
        ),
        21: (utc(5, 28, 14), NILS, "chatter", "Takk for sist, god helg", None, "", None),
    }
    steps.append(chatter[week])
    return steps


ROUTINE: dict[int, list[Step]] = {week: _routine(week) for week in (18, 19, 20, 21)}
# Days said around the holidays, as sellers say them.
ROUTINE[18] += [
    (utc(5, 7, 6, 30), OLA, "/logmeeting", "Hansa Borg onsdag", "meeting", "Hansa Borg", d(5)),
    (utc(5, 7, 6, 40), ASTRID, "post", "Hadde møte med Tine i går, sjølv om det var fridag", "meeting", "Tine", d(6)),
]  # fmt: skip
ROUTINE[20] += [
    (utc(5, 18, 6, 45), INGRID, "post", "Møte med Fjord1 på fredag, de vil ha et nytt tilbud", "meeting", "Fjord1", d(14)),
    (utc(5, 18, 7, 10), MARTE, "/logcall", "Cermaq 2. pinsedag", "call", "Cermaq", d(17)),
    (utc(5, 21, 7, 20), ASTRID, "post", "Ringde Tine i går om leveransen", "call", "Tine", d(20)),
]  # fmt: skip
ROUTINE[21] += [
    (utc(5, 24, 7, 10), KARI, "/logmeeting", "Statoil Fuel fredag", "meeting", "Statoil Fuel", d(21)),
]  # fmt: skip


def routine(m: Trial, week: int, until: datetime | None = None) -> None:
    """The week's everyday entries not played yet (`until`: those before that moment)."""
    play_everyday(m, ROUTINE[week], until)


def collect(m: Trial) -> None:
    """What people read on Tuesday 1 June 2027 (the month of May)."""
    st = m.seen
    for channel, boss in ((VEST, KARI), (NORD, PER)):
        for w in (18, 19, 20, 21):
            st[(channel, w)] = m.status(boss, f"uke {w}", NOW, channel)
        st[(channel, "now")] = m.status(boss, "", NOW, channel)
        for words in ("forrige uke", "mai", "forrige måned", "denne måneden", "kvartal"):
            st[(channel, words)] = m.status(boss, words, NOW, channel)
    m.kpi_now, m.kpi_last, m.kpi_month, m.homes = {}, {}, {}, {}  # type: ignore[attr-defined]
    for seller in SELLERS:
        m.kpi_now[seller] = text_of(m.command(seller, "/kpi", "me", NOW)[1])  # type: ignore[attr-defined]
        m.kpi_last[seller] = text_of(m.command(seller, "/kpi", "forrige uke", NOW)[1])  # type: ignore[attr-defined]
        m.kpi_month[seller] = text_of(m.command(seller, "/kpi", "mai", NOW)[1])  # type: ignore[attr-defined]
        m.homes[seller] = m.home(seller, NOW)  # type: ignore[attr-defined]
    m.homes[PER] = m.home(PER, NOW)  # type: ignore[attr-defined]
    st["sindre 20 by per"] = m.status(PER, f"<@{SINDRE}> uke 20", NOW, NORD)
    st["sindre 19 by kari"] = m.status(KARI, f"<@{SINDRE}> uke 19", NOW, VEST)
    st["sindre 20 by kari"] = m.status(KARI, f"<@{SINDRE}> uke 20", NOW, VEST)
    st["sindre now by per"] = m.status(PER, f"<@{SINDRE}>", NOW, NORD)
    st["ola by kari"] = m.status(KARI, f"<@{OLA}>", NOW, VEST)
    st["ola 20 by kari"] = m.status(KARI, f"<@{OLA}> uke 20", NOW, VEST)
    # Privacy: Per (Nord's manager) asking about Vest
    st["per in vest"] = m.status(PER, "", NOW, VEST)
    st["sindre 19 by per"] = m.status(PER, f"<@{SINDRE}> uke 19", NOW, NORD)
    st["ingrid in nord"] = m.status(INGRID, "", NOW, NORD)
    st["per about ola"] = m.status(PER, f"<@{OLA}>", NOW, NORD)
    st["per in vest about ola"] = m.status(PER, f"<@{OLA}>", NOW, VEST)
    st["ola in vest"] = m.status(OLA, "", NOW, VEST)
    st["goals kari"] = text_of(m.command(KARI, "/kpi", "mål", NOW)[1])
    m.export = m.exported()  # type: ignore[attr-defined]
    m.export_team = {c: m.exported("--team", c) for c in (VEST, NORD)}  # type: ignore[attr-defined]
