"""A sixth month of real use (trial23): a British and a Norwegian team over Easter and Q1's end,
Monday 15 March (week 11) to Friday 16 April 2027 (week 15).

#london (GBP, English, Europe/London): Helen Ward manages and sells; Tom, Aoife and Raj sell; Aoife
sells in EUR to an Irish customer (Kerry Group). #oslo (NOK, Norwegian, Europe/Oslo): Inger Dahl
manages without selling; Erik and Solveig sell; Jonas joins on Easter Monday 29 March (a holiday in
both countries). Erik is away all of week 12 (påskeuka, `/kpi borte`); Solveig moves from #oslo to
#london on Thursday 1 April (Q2's first day) and hands Telenor over to Erik.

Holidays: skjærtorsdag Thursday 25 March (Norway only: the London sellers work and are nudged),
Good Friday 26 March and Easter Monday 29 March (both). Q1 ends on Wednesday 31 March, in week 13
(29 March – 4 April): the week spans two quarters. Goals: London 10 meetings a week and GBP 600,000
a year; Oslo 8 meetings a week and NOK 1,5 mill a quarter. Offers revised in March are won in April;
Raj's Boots is lost and re-opened; Helen has two deals with Sainsbury's at once. Rates: EUR 0,86 in
London; EUR 11,50 and GBP 13,50 in Oslo.

Each step says what a careful manager would count (Entry rows of tests.slack.test_month_ledger's
Ledger). Played by tests/slack/test_trial23_month.py (opt-in: KPIBOT_TRIAL=1)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.offline.slack_api import FakeUser
from tests.helpers import text_of
from tests.slack.test_month_ledger import Entry
from tests.slack.trial_driver import Step, Trial, play_everyday

HELEN, TOM, AOIFE, RAJ = "U0HELEN", "U0TOMW", "U0AOIFE", "U0RAJP"
INGER, ERIK, SOLVEIG, JONAS = "U0INGER", "U0ERIKS", "U0SOLVEIG", "U0JONAS"
LONDON, OSLO = "C0LONDON", "C0OSLO"
NAME = {HELEN: "Helen", TOM: "Tom", AOIFE: "Aoife", RAJ: "Raj", INGER: "Inger", ERIK: "Erik",
        SOLVEIG: "Solveig", JONAS: "Jonas"}  # fmt: skip
SELLERS = (HELEN, TOM, AOIFE, RAJ, ERIK, SOLVEIG, JONAS)
NORWAY = (ERIK, SOLVEIG, JONAS)  # their own place's holidays (Europe/Oslo), in #london too
MOVED = 13  # Solveig joins #london on Thursday 1 April (week 13)
JOINED = 13  # Jonas joins #oslo on Monday 29 March (week 13)
MOVE_AT = datetime(2027, 4, 1, 7, 0, tzinfo=UTC)
JOIN_AT = datetime(2027, 3, 29, 8, 0, tzinfo=UTC)
NOW = datetime(2027, 4, 16, 13, 0, tzinfo=UTC)  # Friday 16 April, 14:00 in London


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, month, day, hour, minute, tzinfo=UTC)


def d(day: int, month: int = 3) -> date:
    return date(2027, month, day)


NO_HOLIDAYS = {d(25), d(26), d(29)}
UK_HOLIDAYS = {d(26), d(29)}
AWAY = {ERIK: {d(22) + timedelta(days=i) for i in range(5)}}


def holidays_of(seller: str) -> set[date]:
    return NO_HOLIDAYS if seller in NORWAY else UK_HOLIDAYS


def team_of(channel: str, week: int) -> tuple[str, ...]:
    """The sellers of a team in a week (by the README's rule, a move's week is the new team's;
    Inger manages #oslo without selling)."""
    if channel == LONDON:
        return (HELEN, TOM, AOIFE, RAJ) + ((SOLVEIG,) if week >= MOVED else ())
    return (ERIK,) + ((SOLVEIG,) if week < MOVED else ()) + ((JONAS,) if week >= JOINED else ())


def channel_of(user: str, at: datetime) -> str:
    if user == SOLVEIG:
        return LONDON if at >= MOVE_AT else OSLO
    return LONDON if user in (HELEN, TOM, AOIFE, RAJ) else OSLO


def settings(m: Trial, user: str, channel: str, at: datetime) -> None:
    london = channel == LONDON
    m.settings(user, channel, {
        "language": {"type": "static_select", "selected_option": {"value": "en" if london else "nb"}},
        "currency": {"type": "static_select", "selected_option": {"value": "GBP" if london else "NOK"}},
        "timezone": {"type": "static_select",
                     "selected_option": {"value": "Europe/London" if london else "Europe/Oslo"}},
        "digest_time": {"type": "timepicker", "selected_time": "08:00"},
        "currency_rates": {"type": "plain_text_input",
                           "value": "EUR 0,86" if london else "EUR 11,50\nGBP 13,50"},
    }, at)  # fmt: skip
    m.said.append(f"{at:%a %d %H:%M} {NAME[user]} settings {channel}")


def nudges(m: Trial, day: date) -> dict[str, list[str]]:
    """The scheduler's ticks of a weekday morning (09:05 in Oslo, then in London): the DMs."""
    sent: dict[str, list[str]] = {}
    for hour in (6, 7, 8, 9):
        for who, texts in m.tick(
            datetime(day.year, day.month, day.day, hour, 5, tzinfo=UTC)
        ).items():
            sent.setdefault(who, []).extend(texts)
    return sent


def play(slack, clock) -> Trial:  # type: ignore[no-untyped-def]  # noqa: PLR0915 (a diary)
    m = Trial(slack, clock, NAME, channel_of, SELLERS, (LONDON, OSLO), ticks=(6, 7, 8),
              stamp="%a %d %b %H:%M", everyday=routine)  # fmt: skip
    E = Entry
    api = slack.api
    for user in (
        FakeUser(HELEN, "Helen Ward", tz="Europe/London", locale="en-GB", is_admin=True),
        FakeUser(TOM, "Tom Wright", tz="Europe/London", locale="en-GB"),
        FakeUser(AOIFE, "Aoife Byrne", tz="Europe/London", locale="en-GB"),
        FakeUser(RAJ, "Raj Patel", tz="Europe/London", locale="en-GB"),
        FakeUser(INGER, "Inger Dahl", tz="Europe/Oslo", locale="nb-NO", is_admin=True),
        FakeUser(ERIK, "Erik Strand", tz="Europe/Oslo", locale="nb-NO"),
        FakeUser(SOLVEIG, "Solveig Lund", tz="Europe/Oslo", locale="nb-NO"),
        FakeUser(JONAS, "Jonas Berg", tz="Europe/Oslo", locale="nb-NO"),
    ):
        api.add_user(user)
    api.channel_members[LONDON] = [HELEN, TOM, AOIFE, RAJ]
    api.channel_members[OSLO] = [INGER, ERIK, SOLVEIG]
    deal, warm, close = m.deal, m.warm, m.close
    st = m.seen

    # -- Monday 15 March: both teams set up ---------------------------------------------------
    m.command(INGER, "/kpi", "setup", utc(3, 15, 7), OSLO)
    m.command(INGER, "/kpi", "rolle leder", utc(3, 15, 7, 1), OSLO)
    settings(m, INGER, OSLO, utc(3, 15, 7, 2))
    m.command(INGER, "/kpi", "mål møter 8 i uka", utc(3, 15, 7, 3), OSLO)
    st["oslo goal"] = text_of(
        m.command(INGER, "/kpi", "mål omsetning 1,5 mill per kvartal", utc(3, 15, 7, 4), OSLO)[1]
    )
    m.command(HELEN, "/kpi", "setup", utc(3, 15, 8), LONDON)
    m.command(HELEN, "/kpi", "role seller", utc(3, 15, 8, 1), LONDON)
    settings(m, HELEN, LONDON, utc(3, 15, 8, 2))
    m.command(HELEN, "/kpi", "goal meetings 10/week", utc(3, 15, 8, 3), LONDON)
    st["london goal"] = text_of(
        m.command(HELEN, "/kpi", "goal revenue 600k per year", utc(3, 15, 8, 4), LONDON)[1]
    )
    st["kpi before set-up"] = {
        TOM: text_of(m.command(TOM, "/kpi", "last week", utc(3, 15, 9))[1]),
        ERIK: text_of(m.command(ERIK, "/kpi", "forrige uke", utc(3, 15, 9))[1]),
    }

    m.week = 11
    # -- week 11 -------------------------------------------------------------------------------
    t = utc(3, 15, 10)
    m.log(
        TOM,
        "/logoffer",
        "Tesco 40k",
        t,
        E(TOM, "offer", "Tesco", d(15), t, 40_000, "GBP", "tom-tesco"),
    )
    deal("tom-tesco", "Tesco", TOM, t, 40_000, "GBP")
    tom_tesco = warm(TOM, "Tesco", t)
    t = utc(3, 15, 11)
    m.log(AOIFE, "/logoffer", "Kerry Group EUR 30 000", t,
          E(AOIFE, "offer", "Kerry Group", d(15), t, 30_000, "EUR", "aoife-kerry"))  # fmt: skip
    deal("aoife-kerry", "Kerry Group", AOIFE, t, 30_000, "EUR")
    aoife_kerry = warm(AOIFE, "Kerry Group", t)
    t = utc(3, 16, 9)
    m.log(ERIK, "/logoffer", "Equinor 400 000 kr", t,
          E(ERIK, "offer", "Equinor", d(16), t, 400_000, "NOK", "erik-equinor"))  # fmt: skip
    deal("erik-equinor", "Equinor", ERIK, t, 400_000, "NOK")
    warm(ERIK, "Equinor", t)
    t = utc(3, 16, 10)
    m.log(SOLVEIG, "/logoffer", "Telenor 250 000 kr", t,
          E(SOLVEIG, "offer", "Telenor", d(16), t, 250_000, "NOK", "solveig-telenor"))  # fmt: skip
    deal("solveig-telenor", "Telenor", SOLVEIG, t, 250_000, "NOK")
    solveig_telenor = warm(SOLVEIG, "Telenor", t)
    t = utc(3, 17, 10)  # two deals with Sainsbury's at once
    m.log(HELEN, "/logoffer", "Sainsbury's 60k -- pilot", t,
          E(HELEN, "offer", "Sainsbury's", d(17), t, 60_000, "GBP", "helen-sb-pilot"))  # fmt: skip
    deal("helen-sb-pilot", "Sainsbury's", HELEN, t, 60_000, "GBP")
    sb_pilot = warm(HELEN, "Sainsbury's", t)
    t = utc(3, 18, 10)
    m.log(HELEN, "/logoffer", "Sainsbury's 25k separate offer -- training", t,
          E(HELEN, "offer", "Sainsbury's", d(18), t, 25_000, "GBP", "helen-sb-training"))  # fmt: skip
    deal("helen-sb-training", "Sainsbury's", HELEN, t, 25_000, "GBP")
    warm(HELEN, "Sainsbury's", t)
    t = utc(3, 18, 11)
    m.log(
        RAJ,
        "/logoffer",
        "Boots 20k",
        t,
        E(RAJ, "offer", "Boots", d(18), t, 20_000, "GBP", "raj-boots"),
    )
    deal("raj-boots", "Boots", RAJ, t, 20_000, "GBP")
    raj_boots = warm(RAJ, "Boots", t)
    t = utc(3, 19, 9)  # Erik says his Easter week off (påskeuka: week 12)
    st["erik away"] = text_of(m.command(ERIK, "/kpi", "borte 22.3-26.3", t)[1])
    routine(m, 11)
    m.week = 0
    m.monday(11, d(22))
    routine(m, 12, until=utc(3, 22, 9))
    st["status last week 11"] = {c: m.status(b, "forrige uke" if c == OSLO else "last week",
                                             utc(3, 22, 9), c)
                                 for c, b in ((LONDON, HELEN), (OSLO, INGER))}  # fmt: skip

    m.week = 12
    # -- week 12: påskeuka; skjærtorsdag (NO), Good Friday (both) ------------------------------
    t = utc(3, 22, 10)
    m.log(SOLVEIG, "/logmeeting", "Hydro varm", t, E(SOLVEIG, "meeting", "Hydro", d(22), t))
    solveig_hydro = warm(SOLVEIG, "Hydro", t)
    t = utc(3, 23, 9)
    m.log(TOM, "/logoffer", "Tesco 45k revised", t,
          E(TOM, "offer", "Tesco", d(23), t, 45_000, "GBP", "tom-tesco", revises=True))  # fmt: skip
    m.ledger.deals["tom-tesco"].offers.append((t, 45_000, "GBP"))
    t = utc(3, 23, 10)
    m.log(SOLVEIG, "/logoffer", "Telenor 280 000 kr revidert tilbud", t,
          E(SOLVEIG, "offer", "Telenor", d(23), t, 280_000, "NOK", "solveig-telenor", revises=True))  # fmt: skip
    m.ledger.deals["solveig-telenor"].offers.append((t, 280_000, "NOK"))
    t = utc(3, 23, 11)
    m.log(RAJ, "/logmeeting", "Asda warm", t, E(RAJ, "meeting", "Asda", d(23), t))
    raj_asda = warm(RAJ, "Asda", t)
    st["nudges"] = {d(24): nudges(m, d(24))}
    t = utc(3, 24, 10)
    m.log(RAJ, "/loglost", "Boots price", t,
          E(RAJ, "loss", "Boots", d(24), t, None, None, "raj-boots"))  # fmt: skip
    close("raj-boots", t, "lost", raj_boots)
    st["nudges"].update({d(day): nudges(m, d(day)) for day in (25, 26)})
    routine(m, 12)
    m.week = 0
    m.monday(12, d(29))  # Easter Monday in both countries: posted at 08:00 as any Monday?
    st["nudges"][d(29)] = nudges(m, d(29))
    m.member(JONAS, OSLO, True, JOIN_AT)  # Easter Monday

    m.week = 13
    # -- week 13: Easter Monday; Q1 ends Wednesday; Solveig to London Thursday ----------------
    routine(m, 13, until=utc(3, 30, 9))
    st["status last week 12"] = {c: m.status(b, "forrige uke" if c == OSLO else "last week",
                                             utc(3, 30, 9), c)
                                 for c, b in ((LONDON, HELEN), (OSLO, INGER))}  # fmt: skip
    st["nudges"][d(30)] = nudges(m, d(30))
    t = utc(3, 30, 10)  # the lost deal re-opened
    m.log(
        RAJ,
        "/logoffer",
        "Boots 18k",
        t,
        E(RAJ, "offer", "Boots", d(30), t, 18_000, "GBP", "raj-boots-2"),
    )
    deal("raj-boots-2", "Boots", RAJ, t, 18_000, "GBP")
    raj_boots2 = warm(RAJ, "Boots", t)
    t = utc(3, 31, 10)  # Q1's last day
    m.log(TOM, "/logwin", "Tesco", t, E(TOM, "win", "Tesco", d(31), t, 45_000, "GBP", "tom-tesco"))
    close("tom-tesco", t, "won", tom_tesco)
    t = utc(3, 31, 11)
    m.log(AOIFE, "/logwin", "Kerry Group", t,
          E(AOIFE, "win", "Kerry Group", d(31), t, 30_000, "EUR", "aoife-kerry"))  # fmt: skip
    close("aoife-kerry", t, "won", aoife_kerry)
    t = utc(4, 1, 6, 30)  # Thursday 1 April, before the move: Telenor to Erik
    st["handover"] = text_of(m.command(INGER, "/kpi", f"kunde Telenor eier <@{ERIK}>", t, OSLO)[1])
    m.ledger.deals["solveig-telenor"].owners.append((t, ERIK))
    solveig_telenor.closed = t
    erik_telenor = warm(ERIK, "Telenor", t)
    m.member(SOLVEIG, LONDON, True, MOVE_AT)
    m.member(SOLVEIG, OSLO, False, utc(4, 1, 7, 5))
    for channel, boss, words in ((LONDON, HELEN, ("Q1", "last quarter", "week 12", "last week")),
                                 (OSLO, INGER, ("Q1", "forrige kvartal", "uke 12", "forrige uke"))):  # fmt: skip
        for w in words:
            st[(channel, "1 Apr", w)] = m.status(boss, w, utc(4, 1, 8), channel)
    st["kpi 1 Apr"] = {
        s: text_of(m.command(s, "/kpi", "", utc(4, 1, 8, 5))[1]) for s in (TOM, ERIK)
    }
    t = utc(4, 2, 9)  # Friday 2 April (Good Friday was last week): Q2's first win
    m.log(HELEN, "/logwin", "Sainsbury's pilot", t,
          E(HELEN, "win", "Sainsbury's", d(2, 4), t, 60_000, "GBP", "helen-sb-pilot"))  # fmt: skip
    close("helen-sb-pilot", t, "won", sb_pilot)
    routine(m, 13)
    m.week = 0
    m.monday(13, d(5, 4))
    routine(m, 14, until=utc(4, 5, 9))
    st["status last week 13"] = {c: m.status(b, "forrige uke" if c == OSLO else "last week",
                                             utc(4, 5, 9), c)
                                 for c, b in ((LONDON, HELEN), (OSLO, INGER))}  # fmt: skip

    m.week = 14
    # -- week 14: offers revised in March won in April ----------------------------------------
    t = utc(4, 6, 9)
    m.log(ERIK, "/logwin", "Telenor", t,
          E(ERIK, "win", "Telenor", d(6, 4), t, 280_000, "NOK", "solveig-telenor"))  # fmt: skip
    close("solveig-telenor", t, "won", erik_telenor)
    t = utc(4, 7, 10)
    m.log(
        RAJ, "/logwin", "Boots", t, E(RAJ, "win", "Boots", d(7, 4), t, 18_000, "GBP", "raj-boots-2")
    )
    close("raj-boots-2", t, "won", raj_boots2)
    t = utc(4, 8, 9)
    m.log(JONAS, "/logoffer", "DNB 150 000 kr", t,
          E(JONAS, "offer", "DNB", d(8, 4), t, 150_000, "NOK", "jonas-dnb"))  # fmt: skip
    deal("jonas-dnb", "DNB", JONAS, t, 150_000, "NOK")
    warm(JONAS, "DNB", t)
    routine(m, 14)
    m.week = 0
    m.monday(14, d(12, 4))

    m.week = 15
    routine(m, 15, until=NOW)
    m.week = 0
    st["leads"] = (solveig_hydro, raj_asda)
    return m


# The everyday entries: one a working day each (their own place's holidays, days away and team
# membership counted), by command, a meeting or a call; London in English, Oslo in Norwegian.
CUSTOMERS = {
    HELEN: ("Marks & Spencer", "Waitrose", "John Lewis"),
    TOM: ("Tesco", "Ocado", "Morrisons"),
    AOIFE: ("Kerry Group", "Glanbia", "Musgrave"),
    RAJ: ("Boots", "Asda", "Superdrug"),
    ERIK: ("Equinor", "Aker BP", "Statkraft"),
    SOLVEIG: ("Telenor", "Hydro", "Orkla"),
    JONAS: ("DNB", "Storebrand", "Gjensidige"),
}


def _in_team(who: str, day: date) -> bool:
    return who != JONAS or day >= JOIN_AT.date()


def _routine(week: int) -> list[Step]:
    steps: list[Step] = []
    monday = date.fromisocalendar(2027, week, 1)
    for offset in range(5):
        day = monday + timedelta(days=offset)
        for i, who in enumerate(SELLERS):
            if day in holidays_of(who) or day in AWAY.get(who, ()) or not _in_team(who, day):
                continue
            if day < d(15) or day > NOW.date():
                continue
            customer = CUSTOMERS[who][(offset + i) % 3]
            kind = "meeting" if (offset + i) % 2 == 0 else "call"
            at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(
                hours=12, minutes=7 * i
            )
            steps.append((at, who, f"/log{kind}", customer, kind, customer, day))
    return steps


ROUTINE: dict[int, list[Step]] = {week: _routine(week) for week in (11, 12, 13, 14, 15)}
ROUTINE[12] += [  # the London sellers work on skjærtorsdag; a chat on Good Friday's eve
    (utc(3, 25, 15), HELEN, "chatter", "Happy Easter everyone, see you Tuesday!", None, "", None),
]
ROUTINE[13] += [
    (utc(3, 30, 7, 30), SOLVEIG, "/logcall", "Orkla skjærtorsdag", "call", "Orkla", d(25)),
]  # fmt: skip


def routine(m: Trial, week: int, until: datetime | None = None) -> None:
    play_everyday(m, ROUTINE[week], until)


def collect(m: Trial) -> None:
    """What people read on Friday 16 April 2027."""
    st = m.seen
    for channel, boss, wk in ((LONDON, HELEN, "week"), (OSLO, INGER, "uke")):
        for w in (11, 12, 13, 14):
            st[(channel, w)] = m.status(boss, f"{wk} {w}", NOW, channel)
        st[(channel, "now")] = m.status(boss, "", NOW, channel)
    m.kpi_now, m.kpi_last, m.homes = {}, {}, {}  # type: ignore[attr-defined]
    for seller in SELLERS:
        words = "forrige uke" if seller in NORWAY else "last week"
        m.kpi_now[seller] = text_of(m.command(seller, "/kpi", "", NOW)[1])  # type: ignore[attr-defined]
        m.kpi_last[seller] = text_of(m.command(seller, "/kpi", words, NOW)[1])  # type: ignore[attr-defined]
        m.homes[seller] = m.home(seller, NOW)  # type: ignore[attr-defined]
    m.homes[INGER] = m.home(INGER, NOW)  # type: ignore[attr-defined]
    m.export = m.exported("--since", "2027-03-01")  # type: ignore[attr-defined]
