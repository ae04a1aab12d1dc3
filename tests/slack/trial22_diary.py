"""A fifth month of real use (trial22): a Swedish and a Danish team over Christmas and New Year,
Monday 30 November 2026 (week 49) to Friday 8 January 2027 (week 1).

#stockholm (SEK, Swedish, Europe/Stockholm): Anna Lind manages without selling; Bo, Carin and Dan
sell; Elsa joins on Monday 14 December (week 51); Dan leaves the channel for no team on Friday 18
December (week 51 stays the team's). #kobenhavn (DKK, Danish, Europe/Copenhagen): Mikkel Holm
manages and sells; Sofie and Kasper sell; Kasper sells in EUR to a German customer (Siemens).
Carin and Sofie are away in mellandagarna / mellem jul og nytår (28–31 December, `/kpi borta`).

Holidays: juldagen Friday 25 December (both), annandag jul Saturday 26, nyårsdagen Friday 1
January (both), trettondedag jul Wednesday 6 January (Sweden only: the Danes work and are
nudged); julafton and nyårsafton are no public holidays. ISO week 53 of 2026 (28 December – 3
January) spans two years. Goals: Stockholm 3 meetings a week and SEK 2 000 000 a year; København
4 meetings a week and DKK 1 200 000 a quarter. Offers revised in December are won in January;
Sofie's Carlsberg is lost and re-opened; Bo has two deals with Volvo at once. Rates: EUR 11,50 in
Stockholm; EUR 7,46 in København.

Each step says what a careful manager would count (Entry rows of tests.slack.test_month_ledger's
Ledger). Played by tests/slack/test_trial22_month.py (opt-in: KPIBOT_TRIAL=1)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.offline.slack_api import FakeUser
from tests.helpers import text_of
from tests.slack.test_month_ledger import Entry
from tests.slack.trial_driver import Step, Trial, play_everyday

ANNA, BO, CARIN, DAN, ELSA = "U0ANNA", "U0BOEK", "U0CARIN", "U0DANH", "U0ELSA"
MIKKEL, SOFIE, KASPER = "U0MIKKEL", "U0SOFIE", "U0KASPER"
STHLM, KBH = "C0STHLM", "C0KBH"
NAME = {ANNA: "Anna", BO: "Bo", CARIN: "Carin", DAN: "Dan", ELSA: "Elsa", MIKKEL: "Mikkel",
        SOFIE: "Sofie", KASPER: "Kasper"}  # fmt: skip
SELLERS = (BO, CARIN, DAN, ELSA, MIKKEL, SOFIE, KASPER)
SWEDES = (BO, CARIN, DAN, ELSA)
JOIN_AT = datetime(2026, 12, 14, 7, 0, tzinfo=UTC)  # Elsa, Monday of week 51
LEFT_AT = datetime(2026, 12, 18, 14, 0, tzinfo=UTC)  # Dan, Friday of week 51
NOW = datetime(2027, 1, 8, 13, 0, tzinfo=UTC)  # Friday 8 January, 14:00 in both


def utc(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def dec(day: int, hour: int, minute: int = 0) -> datetime:
    return utc(2026, 12, day, hour, minute)


def jan(day: int, hour: int, minute: int = 0) -> datetime:
    return utc(2027, 1, day, hour, minute)


def d(day: int, month: int = 12) -> date:
    return date(2026 if month >= 11 else 2027, month, day)


SE_HOLIDAYS = {d(25), d(26), d(1, 1), d(6, 1)}
DK_HOLIDAYS = {d(25), d(26), d(1, 1)}
AWAY = {CARIN: {d(28), d(29), d(30), d(31)}, SOFIE: {d(28), d(29), d(30), d(31)}}


def holidays_of(seller: str) -> set[date]:
    return SE_HOLIDAYS if seller in SWEDES else DK_HOLIDAYS


def week_of(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso[0], iso[1]


def team_of(channel: str, week: tuple[int, int]) -> tuple[str, ...]:
    """The sellers of a team in an ISO week (year, week): Dan's last week is 51, when he left."""
    if channel == KBH:
        return (MIKKEL, SOFIE, KASPER)
    return (
        (BO, CARIN)
        + ((DAN,) if week <= (2026, 51) else ())
        + ((ELSA,) if week >= (2026, 51) else ())
    )


def channel_of(user: str, at: datetime) -> str:
    return STHLM if user in SWEDES or user == ANNA else KBH


def settings(m: Trial, user: str, channel: str, at: datetime) -> None:
    se = channel == STHLM
    m.settings(user, channel, {
        "language": {"type": "static_select", "selected_option": {"value": "sv" if se else "da"}},
        "currency": {"type": "static_select", "selected_option": {"value": "SEK" if se else "DKK"}},
        "timezone": {"type": "static_select",
                     "selected_option": {"value": "Europe/Stockholm" if se else "Europe/Copenhagen"}},
        "digest_time": {"type": "timepicker", "selected_time": "08:00"},
        "currency_rates": {"type": "plain_text_input", "value": "EUR 11,50" if se else "EUR 7,46"},
    }, at)  # fmt: skip
    m.said.append(f"{at:%a %d %H:%M} {NAME[user]} settings {channel}")


def nudges(m: Trial, day: date) -> dict[str, list[str]]:
    """The scheduler's ticks of a weekday morning: the DMs."""
    sent: dict[str, list[str]] = {}
    for hour in (7, 8, 9):
        at = datetime(day.year, day.month, day.day, hour, 5, tzinfo=UTC)
        for who, texts in m.tick(at).items():
            sent.setdefault(who, []).extend(texts)
    return sent


def play(slack, clock) -> Trial:  # type: ignore[no-untyped-def]  # noqa: PLR0915 (a diary)
    m = Trial(slack, clock, NAME, channel_of, SELLERS, (STHLM, KBH), ticks=(7,),
              stamp="%a %d %b %H:%M", everyday=routine)  # fmt: skip
    E = Entry
    api = slack.api
    for user, name, zone, locale in (
        (ANNA, "Anna Lind", "Europe/Stockholm", "sv-SE"), (BO, "Bo Ek", "Europe/Stockholm", "sv-SE"),
        (CARIN, "Carin Berg", "Europe/Stockholm", "sv-SE"),
        (DAN, "Dan Holm", "Europe/Stockholm", "sv-SE"),
        (ELSA, "Elsa Nord", "Europe/Stockholm", "sv-SE"),
        (MIKKEL, "Mikkel Holm", "Europe/Copenhagen", "da-DK"),
        (SOFIE, "Sofie Lund", "Europe/Copenhagen", "da-DK"),
        (KASPER, "Kasper Friis", "Europe/Copenhagen", "da-DK"),
    ):  # fmt: skip
        api.add_user(FakeUser(user, name, tz=zone, locale=locale, is_admin=user in (ANNA, MIKKEL)))
    api.channel_members[STHLM] = [ANNA, BO, CARIN, DAN]
    api.channel_members[KBH] = [MIKKEL, SOFIE, KASPER]
    deal, warm, close = m.deal, m.warm, m.close
    st = m.seen

    # -- Monday 30 November: both teams set up -------------------------------------------------
    m.command(ANNA, "/kpi", "setup", utc(2026, 11, 30, 7), STHLM)
    m.command(ANNA, "/kpi", "role manager", utc(2026, 11, 30, 7, 1), STHLM)
    settings(m, ANNA, STHLM, utc(2026, 11, 30, 7, 2))
    m.command(ANNA, "/kpi", "goal meetings 3/week", utc(2026, 11, 30, 7, 3), STHLM)
    st["sthlm goal"] = text_of(
        m.command(ANNA, "/kpi", "goal revenue 2 000 000 per year", utc(2026, 11, 30, 7, 4), STHLM)[
            1
        ]
    )
    m.command(MIKKEL, "/kpi", "setup", utc(2026, 11, 30, 7, 10), KBH)
    m.command(MIKKEL, "/kpi", "role seller", utc(2026, 11, 30, 7, 11), KBH)
    settings(m, MIKKEL, KBH, utc(2026, 11, 30, 7, 12))
    m.command(MIKKEL, "/kpi", "goal meetings 4/week", utc(2026, 11, 30, 7, 13), KBH)
    st["kbh goal"] = text_of(
        m.command(
            MIKKEL, "/kpi", "goal revenue 1 200 000 per quarter", utc(2026, 11, 30, 7, 14), KBH
        )[1]
    )

    m.week = 49
    # -- week 49 -------------------------------------------------------------------------------
    t = utc(2026, 11, 30, 9)
    m.log(BO, "/logoffer", "Volvo 300 000 kr -- lastbilar", t,
          E(BO, "offer", "Volvo", d(30, 11), t, 300_000, "SEK", "bo-volvo"))  # fmt: skip
    deal("bo-volvo", "Volvo", BO, t, 300_000, "SEK")
    bo_volvo = warm(BO, "Volvo", t)
    t = dec(1, 9)
    m.log(CARIN, "/logoffer", "Scania 220 000 kr", t,
          E(CARIN, "offer", "Scania", d(1), t, 220_000, "SEK", "carin-scania"))  # fmt: skip
    deal("carin-scania", "Scania", CARIN, t, 220_000, "SEK")
    carin_scania = warm(CARIN, "Scania", t)
    t = dec(1, 10)
    m.log(MIKKEL, "/logoffer", "Maersk 500 000 kr", t,
          E(MIKKEL, "offer", "Maersk", d(1), t, 500_000, "DKK", "mikkel-maersk"))  # fmt: skip
    deal("mikkel-maersk", "Maersk", MIKKEL, t, 500_000, "DKK")
    mikkel_maersk = warm(MIKKEL, "Maersk", t)
    t = dec(2, 9)
    m.log(KASPER, "/logoffer", "Siemens EUR 40 000", t,
          E(KASPER, "offer", "Siemens", d(2), t, 40_000, "EUR", "kasper-siemens"))  # fmt: skip
    deal("kasper-siemens", "Siemens", KASPER, t, 40_000, "EUR")
    kasper_siemens = warm(KASPER, "Siemens", t)
    t = dec(2, 10)
    m.log(SOFIE, "/logoffer", "Carlsberg 150 000 kr", t,
          E(SOFIE, "offer", "Carlsberg", d(2), t, 150_000, "DKK", "sofie-carlsberg"))  # fmt: skip
    deal("sofie-carlsberg", "Carlsberg", SOFIE, t, 150_000, "DKK")
    sofie_carlsberg = warm(SOFIE, "Carlsberg", t)
    t = dec(3, 9)  # a second deal with Volvo at once
    m.log(BO, "/logoffer", "Volvo 120 000 kr separat offert -- bussar", t,
          E(BO, "offer", "Volvo", d(3), t, 120_000, "SEK", "bo-volvo-bus"))  # fmt: skip
    deal("bo-volvo-bus", "Volvo", BO, t, 120_000, "SEK")
    warm(BO, "Volvo", t)
    routine(m, 49)
    m.week = 0
    m.monday(49, d(7))

    m.week = 50
    # -- week 50 -------------------------------------------------------------------------------
    t = dec(8, 9)
    m.log(BO, "/logoffer", "Volvo 320 000 kr reviderad offert lastbilar", t,
          E(BO, "offer", "Volvo", d(8), t, 320_000, "SEK", "bo-volvo", revises=True))  # fmt: skip
    m.ledger.deals["bo-volvo"].offers.append((t, 320_000, "SEK"))
    t = dec(9, 9)
    m.log(SOFIE, "/loglost", "Carlsberg pris", t,
          E(SOFIE, "loss", "Carlsberg", d(9), t, None, None, "sofie-carlsberg"))  # fmt: skip
    close("sofie-carlsberg", t, "lost", sofie_carlsberg)
    routine(m, 50)
    m.week = 0
    m.monday(50, d(14))

    m.week = 51
    # -- week 51: Elsa joins on Monday; Dan leaves on Friday -----------------------------------
    m.member(ELSA, STHLM, True, JOIN_AT)
    t = dec(17, 9)
    m.log(DAN, "/logmeeting", "Ericsson varm", t, E(DAN, "meeting", "Ericsson", d(17), t))
    warm(DAN, "Ericsson", t)
    routine(m, 51, until=LEFT_AT)
    m.member(DAN, STHLM, False, LEFT_AT)
    routine(m, 51)
    m.week = 0
    m.monday(51, d(21))

    m.week = 52
    # -- week 52: juldagen Friday ---------------------------------------------------------------
    t = dec(21, 9)
    m.log(MIKKEL, "/logoffer", "Maersk 550 000 kr revideret tilbud", t,
          E(MIKKEL, "offer", "Maersk", d(21), t, 550_000, "DKK", "mikkel-maersk", revises=True))  # fmt: skip
    m.ledger.deals["mikkel-maersk"].offers.append((t, 550_000, "DKK"))
    t = dec(21, 10)  # mellandagarna, said ahead
    st["carin away"] = text_of(m.command(CARIN, "/kpi", "borta 28.12-31.12", t)[1])
    st["sofie away"] = text_of(m.command(SOFIE, "/kpi", "away 28.12-31.12", t)[1])
    t = dec(22, 9)  # the lost deal re-opened
    m.log(SOFIE, "/logoffer", "Carlsberg 140 000 kr", t,
          E(SOFIE, "offer", "Carlsberg", d(22), t, 140_000, "DKK", "sofie-carlsberg-2"))  # fmt: skip
    deal("sofie-carlsberg-2", "Carlsberg", SOFIE, t, 140_000, "DKK")
    sofie_carlsberg2 = warm(SOFIE, "Carlsberg", t)
    st["nudges"] = {d(day): nudges(m, d(day)) for day in (23, 24, 25)}
    routine(m, 52)
    m.week = 0
    m.monday(52, d(28))

    m.week = 53
    # -- week 53 (28 Dec – 3 Jan): Carin and Sofie away; nyårsdagen Friday -----------------------
    t = dec(30, 9)
    m.log(CARIN, "/logwin", "Scania", t,
          E(CARIN, "win", "Scania", d(30), t, 220_000, "SEK", "carin-scania"))  # fmt: skip
    close("carin-scania", t, "won", carin_scania)
    st["nudges"][d(1, 1)] = nudges(m, d(1, 1))
    routine(m, 53)
    m.week = 0
    m.monday(53, d(4, 1))
    st["read 4 Jan"] = {
        (STHLM, w): m.status(ANNA, w, jan(4, 9), STHLM) for w in ("vecka 53", "förra veckan")
    } | {(KBH, w): m.status(MIKKEL, w, jan(4, 9), KBH) for w in ("uge 53", "sidste uge")}

    m.week = 1
    # -- week 1 of 2027: offers revised in December won in January; trettondedag (SE) ------------
    t = jan(4, 10)
    m.log(BO, "/logwin", "Volvo lastbilar", t,
          E(BO, "win", "Volvo", d(4, 1), t, 320_000, "SEK", "bo-volvo"))  # fmt: skip
    close("bo-volvo", t, "won", bo_volvo)
    t = jan(5, 9)
    m.log(MIKKEL, "/logwin", "Maersk", t,
          E(MIKKEL, "win", "Maersk", d(5, 1), t, 550_000, "DKK", "mikkel-maersk"))  # fmt: skip
    close("mikkel-maersk", t, "won", mikkel_maersk)
    st["nudges"][d(6, 1)] = nudges(m, d(6, 1))
    t = jan(7, 9)
    m.log(KASPER, "/logwin", "Siemens", t,
          E(KASPER, "win", "Siemens", d(7, 1), t, 40_000, "EUR", "kasper-siemens"))  # fmt: skip
    close("kasper-siemens", t, "won", kasper_siemens)
    t = jan(8, 9)
    m.log(SOFIE, "/logwin", "Carlsberg", t,
          E(SOFIE, "win", "Carlsberg", d(8, 1), t, 140_000, "DKK", "sofie-carlsberg-2"))  # fmt: skip
    close("sofie-carlsberg-2", t, "won", sofie_carlsberg2)
    routine(m, 1, until=NOW)
    m.week = 0
    return m


# The everyday entries: one a working day each (their own place's holidays, days away and team
# membership counted), a meeting or a call by command.
CUSTOMERS = {
    BO: ("Volvo", "SKF", "Husqvarna"),
    CARIN: ("Scania", "Atlas Copco", "Sandvik"),
    DAN: ("Ericsson", "Saab", "ABB"),
    ELSA: ("Ikea", "H&M", "Electrolux"),
    MIKKEL: ("Maersk", "Novo Nordisk", "Danfoss"),
    SOFIE: ("Carlsberg", "Vestas", "Ørsted"),
    KASPER: ("Siemens", "Bosch", "BASF"),
}


def _works(who: str, day: date) -> bool:
    if day in holidays_of(who) or day in AWAY.get(who, ()) or day > NOW.date():
        return False
    if who == ELSA and day < JOIN_AT.date():
        return False
    return not (who == DAN and day > LEFT_AT.date())


def _routine(year: int, week: int) -> list[Step]:
    steps: list[Step] = []
    monday = date.fromisocalendar(year, week, 1)
    for offset in range(5):
        day = monday + timedelta(days=offset)
        for i, who in enumerate(SELLERS):
            if not _works(who, day):
                continue
            customer = CUSTOMERS[who][(offset + i) % 3]
            kind = "meeting" if (offset + i) % 2 == 0 else "call"
            at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(
                hours=12, minutes=7 * i
            )
            steps.append((at, who, f"/log{kind}", customer, kind, customer, day))
    return steps


ROUTINE: dict[int, list[Step]] = {w: _routine(2026, w) for w in (49, 50, 51, 52, 53)}
ROUTINE[1] = _routine(2027, 1)


def routine(m: Trial, week: int, until: datetime | None = None) -> None:
    play_everyday(m, ROUTINE[week], until)


def collect(m: Trial) -> None:
    """What people read on Friday 8 January 2027."""
    st = m.seen
    for channel, boss, wk in ((STHLM, ANNA, "vecka"), (KBH, MIKKEL, "uge")):
        for w in (49, 50, 51, 52, 53):
            st[(channel, w)] = m.status(boss, f"{wk} {w} 2026", NOW, channel)
        st[(channel, "now")] = m.status(boss, "", NOW, channel)
    m.kpi_now, m.kpi_last, m.homes = {}, {}, {}  # type: ignore[attr-defined]
    for seller in SELLERS:
        if seller == DAN:
            continue
        words = "förra veckan" if seller in SWEDES else "sidste uge"
        m.kpi_now[seller] = text_of(m.command(seller, "/kpi", "", NOW)[1])  # type: ignore[attr-defined]
        m.kpi_last[seller] = text_of(m.command(seller, "/kpi", words, NOW)[1])  # type: ignore[attr-defined]
        m.homes[seller] = m.home(seller, NOW)  # type: ignore[attr-defined]
    m.homes[ANNA] = m.home(ANNA, NOW)  # type: ignore[attr-defined]
    m.export = m.exported("--since", "2026-12-01")  # type: ignore[attr-defined]
