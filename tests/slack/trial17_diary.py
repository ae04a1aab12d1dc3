"""A month's diary of a team that never saw kpibot before (trial17), played as Slack sends it.

Team #nord-salg (NOK, Norwegian): Hege Lunde manages without selling (she logs now and then);
Tore Bakken (Norwegian, Oslo), Elsa Lindqvist (Swedish, Stockholm; quotes in SEK, once EUR),
Søren Holm (Danish, Copenhagen; his "kr" is DKK; away in week 47), Oliver Hughes (British,
London; joins the channel on Monday 16 November; quotes in GBP sometimes, for which the team has
no rate). Tore flies to New York on Thursday 19 November (his Slack time zone changes) and back
on Tuesday 24. Rates (set by Hege in /kpi settings on 2 November): SEK 0,98 · EUR 11,50 ·
DKK 1,50.

Each step says what a careful manager would count (Entry rows of tests.slack.test_month_ledger's
Ledger). The open offers of October are logged on the first day, back-dated as sellers do when
a team starts. Played by tests/slack/test_trial17_month.py (opt-in: KPIBOT_TRIAL=1).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.offline.slack_api import FakeUser
from tests.helpers import buttons, text_of
from tests.slack.test_month_ledger import Entry
from tests.slack.trial_driver import Step, Trial, play_everyday

HEGE, TORE, ELSA, SOREN, OLIVER = "U0HEGE", "U0TORE", "U0ELSA", "U0SOREN", "U0OLIVER"
SELLERS = (TORE, ELSA, SOREN, OLIVER)
TEAM = (*SELLERS, HEGE)
NAME = {HEGE: "Hege", TORE: "Tore", ELSA: "Elsa", SOREN: "Søren", OLIVER: "Oliver"}
CHANNEL = "C0NORD"
RATES = {"NOK": 1, "SEK": 0.98, "EUR": 11.5, "DKK": 1.5}  # GBP: none
NEW_SEK = (date(2026, 11, 23), 1.0)  # from Monday 23 November


def rates_on(day: date) -> dict[str, float]:
    """The team's rates on a day (a period's sums are converted at its last day's)."""
    return {**RATES, "SEK": NEW_SEK[1]} if day >= NEW_SEK[0] else RATES


NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # Monday 30 November, 10:00 in Oslo


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def d(day: int, month: int = 11) -> date:
    return date(2026, month, day)


def channel_of(user: str, at: datetime) -> str:
    """Everyone speaks in #nord-salg."""
    return CHANNEL


def settings(m: Trial, rates: str, at: datetime) -> None:
    """Hege's /kpi settings form: Norwegian, NOK, the digest at 08:00, these rates."""
    m.settings(HEGE, CHANNEL, {
        "language": {"type": "static_select", "selected_option": {"value": "nb"}},
        "currency": {"type": "static_select", "selected_option": {"value": "NOK"}},
        "digest_time": {"type": "timepicker", "selected_time": "08:00"},
        "currency_rates": {"type": "plain_text_input", "value": rates},
    }, at)  # fmt: skip
    m.said.append(f"{at:%a %d %H:%M} Hege set the rates {rates!r}")


def play(slack, clock) -> Trial:  # type: ignore[no-untyped-def]  # noqa: PLR0915 (a diary)
    m = Trial(slack, clock, NAME, channel_of, SELLERS, (CHANNEL,))
    L = m.ledger
    E = Entry
    api = slack.api
    for user in (
        FakeUser(HEGE, "Hege Lunde", tz="Europe/Oslo", locale="nb-NO", is_admin=True),
        FakeUser(TORE, "Tore Bakken", tz="Europe/Oslo", locale="nb-NO"),
        FakeUser(ELSA, "Elsa Lindqvist", tz="Europe/Stockholm", locale="sv-SE"),
        FakeUser(SOREN, "Søren Holm", tz="Europe/Copenhagen", locale="da-DK"),
        FakeUser(OLIVER, "Oliver Hughes", tz="Europe/London", locale="en-GB"),
    ):
        api.add_user(user)
    api.channel_members[CHANNEL] = [HEGE, TORE, ELSA, SOREN]

    deal, warm, close = m.deal, m.warm, m.close

    # -- Monday 2 November: set-up, October's open offers -----------------------------------
    m.command(HEGE, "/kpi", "setup", utc(11, 2, 7))
    m.command(HEGE, "/kpi", "role manager", utc(11, 2, 7, 2))
    settings(m, "SEK 0,98\nEUR 11,50\nDKK 1,50", utc(11, 2, 7, 5))

    t = utc(11, 2, 8)
    m.log(TORE, "/logoffer", "Hafslund 420 000 28.10", t,
          E(TORE, "offer", "Hafslund", d(28, 10), t, 420_000, "NOK", "tore-hafslund"))  # fmt: skip
    deal("tore-hafslund", "Hafslund", TORE, t, 420_000, "NOK")
    tore_hafslund = warm(TORE, "Hafslund", t)
    t = utc(11, 2, 8, 10)
    m.log(ELSA, "/logoffer", "Volvo Cars 380 000 kr 29/10", t,
          E(ELSA, "offer", "Volvo Cars", d(29, 10), t, 380_000, "SEK", "elsa-volvo"))  # fmt: skip
    deal("elsa-volvo", "Volvo Cars", ELSA, t, 380_000, "SEK")
    elsa_volvo = warm(ELSA, "Volvo Cars", t)
    t = utc(11, 2, 8, 20)
    m.log(SOREN, "/logoffer", "Novozymes 95.000 kr 30. oktober", t,
          E(SOREN, "offer", "Novozymes", d(30, 10), t, 95_000, "DKK", "soren-novozymes"))  # fmt: skip
    deal("soren-novozymes", "Novozymes", SOREN, t, 95_000, "DKK")
    soren_novozymes = warm(SOREN, "Novozymes", t)

    # -- week 45 --------------------------------------------------------------------------
    t = utc(11, 2, 9)
    m.log(TORE, "/logmeeting", "Orkla varm neste møte 12.11", t,
          E(TORE, "meeting", "Orkla", d(2), t))  # fmt: skip
    tore_orkla = warm(TORE, "Orkla", t, next_step=d(12), next_step_from=t)
    t = utc(11, 2, 13)
    m.posted(ELSA, "Bra möte med Ikea idag, de vill ha en offert", t,
             E(ELSA, "meeting", "Ikea", d(2), t))  # fmt: skip
    t = utc(11, 2, 14)
    m.log(SOREN, "/logmeeting", "Vestas", t, E(SOREN, "meeting", "Vestas", d(2), t))
    t = utc(11, 3, 8)
    m.log(SOREN, "/logcall", "Carlsberg varm", t, E(SOREN, "call", "Carlsberg", d(3), t))
    soren_carlsberg = warm(SOREN, "Carlsberg", t)
    t = utc(11, 3, 9)
    m.posted(TORE, "Ringte Telenor i dag, de vil ha et tilbud", t,
             E(TORE, "call", "Telenor", d(3), t))  # fmt: skip
    t = utc(11, 3, 10)
    m.log(ELSA, "/logcall", "Scania", t, E(ELSA, "call", "Scania", d(3), t))
    t = utc(11, 3, 13)
    m.log(TORE, "/logmeeting", "Kongsberg Gruppen", t,
          E(TORE, "meeting", "Kongsberg Gruppen", d(3), t))  # fmt: skip
    t = utc(11, 4, 8)
    m.log(ELSA, "/logoffer", "Ikea 250 000 SEK", t,
          E(ELSA, "offer", "Ikea", d(4), t, 250_000, "SEK", "elsa-ikea"))  # fmt: skip
    deal("elsa-ikea", "Ikea", ELSA, t, 250_000, "SEK")
    elsa_ikea = warm(ELSA, "Ikea", t)
    t = utc(11, 4, 10)
    m.posted(SOREN, "Møde med Vestas i dag, gik rigtig godt", t,
             E(SOREN, "meeting", "Vestas", d(4), t))  # fmt: skip
    t = utc(11, 4, 11)
    m.log(TORE, "/logcall", "Orkla", t, E(TORE, "call", "Orkla", d(4), t))
    t = utc(11, 4, 12)
    m.log(TORE, "/logoffer", "Telenor 180k", t,
          E(TORE, "offer", "Telenor", d(4), t, 180_000, "NOK", "tore-telenor"))  # fmt: skip
    deal("tore-telenor", "Telenor", TORE, t, 180_000, "NOK")
    tore_telenor = warm(TORE, "Telenor", t)
    t = utc(11, 5, 8)
    m.log(SOREN, "/logmeeting", "Carlsberg", t, E(SOREN, "meeting", "Carlsberg", d(5), t))
    t = utc(11, 5, 9)
    m.log(ELSA, "/logmeeting", "Ericsson varm nästa möte 19.11", t,
          E(ELSA, "meeting", "Ericsson", d(5), t))  # fmt: skip
    elsa_ericsson = warm(ELSA, "Ericsson", t, next_step=d(19), next_step_from=t)
    t = utc(11, 5, 10)
    m.posted(TORE, "Sendt tilbud til Kongsberg Gruppen på 1,2 mill i dag", t,
             E(TORE, "offer", "Kongsberg Gruppen", d(5), t, 1_200_000, "NOK", "tore-kog"))  # fmt: skip
    deal("tore-kog", "Kongsberg Gruppen", TORE, t, 1_200_000, "NOK")
    tore_kog = warm(TORE, "Kongsberg Gruppen", t)
    t = utc(11, 5, 12)
    m.log(SOREN, "/logoffer", "Carlsberg EUR 12 000", t,
          E(SOREN, "offer", "Carlsberg", d(5), t, 12_000, "EUR", "soren-carlsberg"))  # fmt: skip
    deal("soren-carlsberg", "Carlsberg", SOREN, t, 12_000, "EUR")
    t = utc(11, 6, 8)
    m.log(ELSA, "/logcall", "Ericsson", t, E(ELSA, "call", "Ericsson", d(6), t))
    t = utc(11, 6, 9)
    m.log(TORE, "/logcall", "Hafslund", t, E(TORE, "call", "Hafslund", d(6), t))
    t = utc(11, 6, 10)
    danfoss_call = E(SOREN, "call", "Danfoss", d(6), t)
    danfoss_ts = m.posted(SOREN, "Opkald med Danfoss i dag, de vender tilbage i næste uge", t,
                          danfoss_call)  # fmt: skip
    t = utc(11, 6, 11)
    m.log(HEGE, "/logmeeting", "DNB", t, E(HEGE, "meeting", "DNB", d(6), t))
    t = utc(11, 6, 13)
    m.log(TORE, "/logmeeting", "Statkraft", t, E(TORE, "meeting", "Statkraft", d(6), t))
    t = utc(11, 6, 14)
    m.log(ELSA, "/logmeeting", "Sandvik", t, E(ELSA, "meeting", "Sandvik", d(6), t))
    routine(m, 45)
    m.monday(45, d(9))

    # -- week 46 --------------------------------------------------------------------------
    t = utc(11, 9, 8)  # after the digest: Friday's meeting, logged late
    m.log(TORE, "/logmeeting", "Equinor fredag", t, E(TORE, "meeting", "Equinor", d(6), t))
    t = utc(11, 9, 9)
    m.log(ELSA, "/logcall", "Volvo Cars", t, E(ELSA, "call", "Volvo Cars", d(9), t))
    t = utc(11, 9, 10)
    m.log(SOREN, "/logmeeting", "Novozymes varm", t, E(SOREN, "meeting", "Novozymes", d(9), t))
    t = utc(11, 9, 11)
    m.log(TORE, "/logcall", "Telenor", t, E(TORE, "call", "Telenor", d(9), t))
    t = utc(11, 10, 8)
    m.log(TORE, "/logwin", "Hafslund", t,
          E(TORE, "win", "Hafslund", d(10), t, 420_000, "NOK", "tore-hafslund"))  # fmt: skip
    close("tore-hafslund", t, "won", tore_hafslund)
    t = utc(11, 10, 9)
    _, asked = m.post(ELSA, "Förlorade Volvo Cars tyvärr, de valde en konkurrent", t)
    if m.answer(ELSA, asked, "record", t):
        L.add(E(ELSA, "loss", "Volvo Cars", d(10), t, None, None, "elsa-volvo"))
        close("elsa-volvo", t, "lost", elsa_volvo)
    t = utc(11, 10, 10)
    m.log(SOREN, "/logcall", "Vestas", t, E(SOREN, "call", "Vestas", d(10), t))
    t = utc(11, 10, 11)
    m.log(SOREN, "/logoffer", "Vestas 240.000 kr", t,
          E(SOREN, "offer", "Vestas", d(10), t, 240_000, "DKK", "soren-vestas"))  # fmt: skip
    deal("soren-vestas", "Vestas", SOREN, t, 240_000, "DKK")
    soren_vestas = warm(SOREN, "Vestas", t)
    t = utc(11, 11, 8)
    m.log(TORE, "/logmeeting", "Orkla", t, E(TORE, "meeting", "Orkla", d(11), t))
    t = utc(11, 11, 9)
    m.log(ELSA, "/logoffer", "Ericsson 500 000 kr", t,
          E(ELSA, "offer", "Ericsson", d(11), t, 500_000, "SEK", "elsa-ericsson"))  # fmt: skip
    deal("elsa-ericsson", "Ericsson", ELSA, t, 500_000, "SEK")
    t = utc(11, 11, 10)  # a loss with no offer out: asked, and Tore never answers
    m.post(TORE, "Tapte Statkraft på pris", t)
    t = utc(11, 11, 11)
    m.log(SOREN, "/logwin", "Carlsberg", t,
          E(SOREN, "win", "Carlsberg", d(11), t, 12_000, "EUR", "soren-carlsberg"))  # fmt: skip
    close("soren-carlsberg", t, "won", soren_carlsberg)
    t = utc(11, 12, 8)
    m.log(TORE, "/logoffer", "Orkla 300 000", t,
          E(TORE, "offer", "Orkla", d(12), t, 300_000, "NOK", "tore-orkla"))  # fmt: skip
    deal("tore-orkla", "Orkla", TORE, t, 300_000, "NOK")
    t = utc(11, 12, 9)
    m.log(ELSA, "/logmeeting", "Scania varm", t, E(ELSA, "meeting", "Scania", d(12), t))
    elsa_scania = warm(ELSA, "Scania", t)
    t = utc(11, 12, 10)
    m.log(SOREN, "/logmeeting", "Danfoss", t, E(SOREN, "meeting", "Danfoss", d(12), t))
    t = utc(11, 12, 11)
    m.log(ELSA, "/logcall", "Ikea", t, E(ELSA, "call", "Ikea", d(12), t))
    t = utc(11, 12, 13)
    ts = m.posted(TORE, "Møte med Aker BP i dag", t)
    m.edit(TORE, ts, "Møte med Aker BP i dag", "Møte med Aker Solutions i dag", utc(11, 12, 13, 4))
    L.add(E(TORE, "meeting", "Aker Solutions", d(12), t))
    t = utc(11, 13, 8)
    m.log(SOREN, "/logwin", "Novozymes 95.000 kr", t,
          E(SOREN, "win", "Novozymes", d(13), t, 95_000, "DKK", "soren-novozymes"))  # fmt: skip
    close("soren-novozymes", t, "won", soren_novozymes)
    t = utc(11, 13, 9)
    m.log(ELSA, "/logoffer", "Scania 150 000 kr", t,
          E(ELSA, "offer", "Scania", d(13), t, 150_000, "SEK", "elsa-scania"))  # fmt: skip
    deal("elsa-scania", "Scania", ELSA, t, 150_000, "SEK")
    t = utc(11, 13, 10)
    m.log(TORE, "/logcall", "Kongsberg Gruppen", t,
          E(TORE, "call", "Kongsberg Gruppen", d(13), t))  # fmt: skip
    t = utc(11, 13, 10, 30)
    m.log(TORE, "/logoffer", "Kongsberg Gruppen 1,1 mill revidert", t,
          E(TORE, "offer", "Kongsberg Gruppen", d(13), t, 1_100_000, "NOK", "tore-kog",
            revises=True))  # fmt: skip
    L.deals["tore-kog"].offers.append((t, 1_100_000, "NOK"))
    t = utc(11, 13, 12)
    ts = m.posted(ELSA, "Möte med Atlas Copco idag", t)
    m.delete(ELSA, ts, "Möte med Atlas Copco idag", utc(11, 13, 12, 6))
    t = utc(11, 13, 12, 7)
    m.log(ELSA, "/logcall", "Atlas Copco", t, E(ELSA, "call", "Atlas Copco", d(13), t))
    t = utc(11, 13, 14)
    m.command(SOREN, "/kpi", "away 16.11-20.11", t)
    # Søren corrects Friday's message on Tuesday: it was a meeting, not a call. Week 45 reads
    # so from now on; the digest posted on Monday stays as it was.
    t = utc(11, 10, 12)
    m.edit(SOREN, danfoss_ts, "Opkald med Danfoss i dag, de vender tilbage i næste uge",
           "Møde med Danfoss i dag, de vender tilbage i næste uge", t)  # fmt: skip
    danfoss_call.undone = t
    L.add(E(SOREN, "meeting", "Danfoss", d(6), t))
    routine(m, 46)
    m.monday(46, d(16))

    # -- week 47: Søren away, Oliver joins ---------------------------------------------------
    t = utc(11, 16, 8)
    api.channel_members[CHANNEL].append(OLIVER)
    m.clock.set(t)
    slack.driver.event(
        {"type": "member_joined_channel", "user": OLIVER, "channel": CHANNEL,
         "channel_type": "C", "team": api.team_id, "event_ts": f"{t.timestamp():.6f}"}
    )  # fmt: skip
    slack.wait_idle()
    t = utc(11, 16, 9)
    m.log(OLIVER, "/logmeeting", "Boots warm", t, E(OLIVER, "meeting", "Boots", d(16), t))
    oliver_boots = warm(OLIVER, "Boots", t)
    t = utc(11, 16, 10)
    m.log(TORE, "/logmeeting", "Equinor varm", t, E(TORE, "meeting", "Equinor", d(16), t))
    tore_equinor = warm(TORE, "Equinor", t)
    t = utc(11, 16, 11)
    m.log(ELSA, "/logcall", "Scania", t, E(ELSA, "call", "Scania", d(16), t))
    t = utc(11, 16, 12)
    m.command(TORE, "/kpi", f"customer Telenor owner <@{OLIVER}|oliver>", t)
    L.deals["tore-telenor"].owners.append((t, OLIVER))
    tore_telenor.closed = t
    oliver_telenor = warm(OLIVER, "Telenor", t)
    t = utc(11, 17, 9)
    m.log(OLIVER, "/logoffer", "Boots GBP 20,000", t,
          E(OLIVER, "offer", "Boots", d(17), t, 20_000, "GBP", "oliver-boots"))  # fmt: skip
    deal("oliver-boots", "Boots", OLIVER, t, 20_000, "GBP")
    t = utc(11, 17, 10)
    m.log(TORE, "/logcall", "Equinor", t, E(TORE, "call", "Equinor", d(17), t))
    t = utc(11, 17, 11)
    m.log(ELSA, "/logmeeting", "Ericsson", t, E(ELSA, "meeting", "Ericsson", d(17), t))
    t = utc(11, 17, 13)
    m.posted(TORE, "Kontrakten med Orkla er i boks! 300k", t,
             E(TORE, "win", "Orkla", d(17), t, 300_000, "NOK", "tore-orkla"))  # fmt: skip
    close("tore-orkla", t, "won", tore_orkla)
    t = utc(11, 18, 9)
    m.log(OLIVER, "/logcall", "Tesco", t, E(OLIVER, "call", "Tesco", d(18), t))
    t = utc(11, 18, 10)
    m.log(OLIVER, "/logoffer", "Telenor 200k updated", t,
          E(OLIVER, "offer", "Telenor", d(18), t, 200_000, "NOK", "tore-telenor",
            revises=True))  # fmt: skip
    L.deals["tore-telenor"].offers.append((t, 200_000, "NOK"))
    t = utc(11, 18, 11)
    m.log(ELSA, "/logoffer", "Atlas Copco EUR 9 000", t,
          E(ELSA, "offer", "Atlas Copco", d(18), t, 9_000, "EUR", "elsa-atlas"))  # fmt: skip
    deal("elsa-atlas", "Atlas Copco", ELSA, t, 9_000, "EUR")
    elsa_atlas = warm(ELSA, "Atlas Copco", t)
    t = utc(11, 18, 12)
    m.log(TORE, "/logmeeting", "Kongsberg Gruppen", t,
          E(TORE, "meeting", "Kongsberg Gruppen", d(18), t))  # fmt: skip
    t = utc(11, 19, 8)
    m.log(ELSA, "/logwin", "Ericsson 480 000 kr", t,
          E(ELSA, "win", "Ericsson", d(19), t, 480_000, "SEK", "elsa-ericsson"))  # fmt: skip
    close("elsa-ericsson", t, "won", elsa_ericsson)
    t = utc(11, 19, 9)
    m.log(OLIVER, "/logmeeting", "Tesco hot", t, E(OLIVER, "meeting", "Tesco", d(19), t))
    oliver_tesco = warm(OLIVER, "Tesco", t)
    t = utc(11, 19, 10)  # Tore flies to New York
    api.users[TORE].tz = "America/New_York"
    m.clock.set(t)
    slack.driver.event({"type": "user_change", "user": api.users[TORE].to_slack(api.team_id)})
    slack.wait_idle()
    t = utc(11, 20, 14)  # 09:00 in New York
    m.log(TORE, "/logcall", "Statkraft", t, E(TORE, "call", "Statkraft", d(20), t))
    t = utc(11, 20, 9)
    m.posted(ELSA, "Offert skickad till Sandvik 1,2 MSEK", t,
             E(ELSA, "offer", "Sandvik", d(20), t, 1_200_000, "SEK", "elsa-sandvik"))  # fmt: skip
    deal("elsa-sandvik", "Sandvik", ELSA, t, 1_200_000, "SEK")
    elsa_sandvik = warm(ELSA, "Sandvik", t)
    t = utc(11, 20, 10)
    m.log(OLIVER, "/logcall", "Boots", t, E(OLIVER, "call", "Boots", d(20), t))
    t = utc(11, 23, 1)  # Sunday 20:00 in New York, Monday 02:00 in Oslo
    m.log(TORE, "/logmeeting", "DNV", t, E(TORE, "meeting", "DNV", d(22), t))
    routine(m, 47)
    m.monday(47, d(23))

    # -- week 48 --------------------------------------------------------------------------
    t = utc(11, 23, 8)
    m.log(SOREN, "/logmeeting", "Vestas", t, E(SOREN, "meeting", "Vestas", d(23), t))
    t = utc(11, 23, 14)  # 09:00 in New York
    m.log(TORE, "/logcall", "Equinor", t, E(TORE, "call", "Equinor", d(23), t))
    # The krona has risen: Hege sets SEK 1,00 on Monday 23 November (week 48 on; the weeks
    # before keep 0,98)
    settings(m, "SEK 1,00\nEUR 11,50\nDKK 1,50", utc(11, 23, 8))
    t = utc(11, 23, 8, 30)  # Elsa takes back Friday's Sandvik offer: it has not gone out yet
    m.command(ELSA, "/kpi", "undo", t)
    [sandvik_offer] = [e for e in L.entries if e.deal == "elsa-sandvik"]
    sandvik_offer.undone = t
    L.deals["elsa-sandvik"].closed = (t, "undone")
    elsa_sandvik.closed = t
    t = utc(11, 23, 9)  # the customer Elsa lost in week 46 comes back
    m.log(ELSA, "/logoffer", "Volvo Cars 350 000 kr", t,
          E(ELSA, "offer", "Volvo Cars", d(23), t, 350_000, "SEK", "elsa-volvo-2"))  # fmt: skip
    deal("elsa-volvo-2", "Volvo Cars", ELSA, t, 350_000, "SEK")
    elsa_volvo2 = warm(ELSA, "Volvo Cars", t)
    t = utc(11, 24, 8)  # back in Oslo
    api.users[TORE].tz = "Europe/Oslo"
    m.clock.set(t)
    slack.driver.event({"type": "user_change", "user": api.users[TORE].to_slack(api.team_id)})
    slack.wait_idle()
    t = utc(11, 24, 9)
    m.log(OLIVER, "/logwin", "Telenor", t,
          E(OLIVER, "win", "Telenor", d(24), t, 200_000, "NOK", "tore-telenor"))  # fmt: skip
    close("tore-telenor", t, "won", oliver_telenor)
    t = utc(11, 24, 10)
    m.log(TORE, "/logmeeting", "Equinor varm neste møte 3.12", t,
          E(TORE, "meeting", "Equinor", d(24), t))  # fmt: skip
    tore_equinor.next_step, tore_equinor.next_step_from = d(3, 12), t
    t = utc(11, 24, 11)
    m.log(SOREN, "/logcall", "Danfoss", t, E(SOREN, "call", "Danfoss", d(24), t))
    t = utc(11, 24, 12)
    m.log(SOREN, "/logoffer", "Danfoss 180.000 kr", t,
          E(SOREN, "offer", "Danfoss", d(24), t, 180_000, "DKK", "soren-danfoss"))  # fmt: skip
    deal("soren-danfoss", "Danfoss", SOREN, t, 180_000, "DKK")
    soren_danfoss = warm(SOREN, "Danfoss", t)
    t = utc(11, 25, 8)
    m.log(ELSA, "/logwin", "Volvo Cars", t,
          E(ELSA, "win", "Volvo Cars", d(25), t, 350_000, "SEK", "elsa-volvo-2"))  # fmt: skip
    close("elsa-volvo-2", t, "won", elsa_volvo2)
    t = utc(11, 25, 9)
    m.log(OLIVER, "/logoffer", "Tesco GBP 15k", t,
          E(OLIVER, "offer", "Tesco", d(25), t, 15_000, "GBP", "oliver-tesco"))  # fmt: skip
    deal("oliver-tesco", "Tesco", OLIVER, t, 15_000, "GBP")
    t = utc(11, 25, 10)
    m.log(TORE, "/loglost", "Kongsberg Gruppen pris", t,
          E(TORE, "loss", "Kongsberg Gruppen", d(25), t, None, None, "tore-kog"))  # fmt: skip
    close("tore-kog", t, "lost", tore_kog)
    t = utc(11, 25, 13)
    m.posted(SOREN, "Vi har vundet Vestas! 🎉 240.000 kr", t,
             E(SOREN, "win", "Vestas", d(25), t, 240_000, "DKK", "soren-vestas"))  # fmt: skip
    close("soren-vestas", t, "won", soren_vestas)
    t = utc(11, 26, 8)  # logged by mistake, undone with its button
    result, reply = m.log(TORE, "/logcall", "Orkla", t)
    [undo] = [b for b in buttons(reply) if b.get("action_id") == "activity_undo"]
    m.clock.set(utc(11, 26, 8, 1))
    slack.driver.click(TORE, undo, response_url=result.response_url)
    slack.wait_idle()
    t = utc(11, 26, 9)
    m.log(ELSA, "/logmeeting", "Sandvik", t, E(ELSA, "meeting", "Sandvik", d(26), t))
    t = utc(11, 26, 10)
    m.log(OLIVER, "/logmeeting", "Boots", t, E(OLIVER, "meeting", "Boots", d(26), t))
    t = utc(11, 26, 11)
    m.log(
        HEGE, "/logwin", "DNB 150k", t, E(HEGE, "win", "DNB", d(26), t, 150_000, "NOK", "hege-dnb")
    )
    t = utc(11, 27, 8)
    m.log(SOREN, "/logmeeting", "Carlsberg", t, E(SOREN, "meeting", "Carlsberg", d(27), t))
    t = utc(11, 27, 9)
    m.posted(TORE, "Møte med Equinor i dag, de vil ha nytt tilbud", t,
             E(TORE, "meeting", "Equinor", d(27), t))  # fmt: skip
    t = utc(11, 27, 10)
    m.posted(OLIVER, "Had a great call with Tesco today, they'll come back next week", t,
             E(OLIVER, "call", "Tesco", d(27), t))  # fmt: skip
    t = utc(11, 27, 11)
    m.log(ELSA, "/logcall", "Sandvik", t, E(ELSA, "call", "Sandvik", d(27), t))
    t = utc(11, 25, 11)  # Elsa logs Wednesday's meeting with Scania in the form
    m.clock.set(t)
    view = slack.driver.command("/logmeeting", "", ELSA, CHANNEL).opened_view()
    values = {
        "customer": {
            "customer_input": {
                "type": "external_select",
                "selected_option": {
                    "text": {"type": "plain_text", "text": "Scania"},
                    "value": "Scania",
                },
            }
        },
        "date": {"date_picker": {"type": "datepicker", "selected_date": "2026-11-25"}},
        "temperature": {
            "temperature_select": {"type": "static_select", "selected_option": {"value": "warm"}}
        },
        "next_what": {"next_what_input": {"type": "plain_text_input", "value": "samtal"}},
        "next_date": {"next_date_picker": {"type": "datepicker", "selected_date": "2026-12-02"}},
    }
    fields = {b.get("block_id") for b in view["blocks"]}
    done = slack.driver.submit_view(ELSA, view, {k: v for k, v in values.items() if k in fields})
    slack.wait_idle()
    if done.status != 200 or (done.json() or {}).get("errors"):
        m.found.append(f"the log form refused: {done.body}")
    else:
        m.said.append(f"{t:%a %d %H:%M} Elsa submitted the meeting form (Scania)")
        L.add(E(ELSA, "meeting", "Scania", d(25), t))
        elsa_scania.next_step, elsa_scania.next_step_from = d(2, 12), t
    routine(m, 48)
    m.monday(48, d(30))
    # After the digest Tore says he was off on Wednesday 25 November: week 48's goals and arrow
    # leave that day out from now on (the digest posted stays as it was).
    m.command(TORE, "/kpi", "away 25.11", utc(11, 30, 8, 30))
    del oliver_boots, oliver_tesco, elsa_atlas, soren_danfoss, elsa_ikea
    return m


# The everyday entries between the deals: (when, who, how, text, kind, customer, day). `how`:
# a command, or "post" (a channel message, recorded at once or asked and answered Record), or
# "chatter" (a message that must record nothing). kind None: nothing counts.
ROUTINE: dict[int, list[Step]] = {
    45: [
        (utc(11, 3, 15), TORE, "post", "Kundemøte hos Equinor i går, bra stemning", "meeting", "Equinor", d(2)),
        (utc(11, 3, 15, 30), ELSA, "/logmeeting", "Atlas Copco igår", "meeting", "Atlas Copco", d(2)),
        (utc(11, 4, 14), SOREN, "/logcall", "Maersk i går kl 14", "call", "Maersk", d(3)),
        (utc(11, 4, 15), ELSA, "post", "Ringde Ericsson i morse, de återkommer", "call", "Ericsson", d(4)),
        (utc(11, 5, 14), TORE, "post", "Telefonmøte med Aker BP nå nettopp", "call", "Aker BP", d(5)),
        (utc(11, 5, 15), SOREN, "/logmeeting", "Novo Nordisk 4/11", "meeting", "Novo Nordisk", d(4)),
        (utc(11, 6, 15), ELSA, "post", "Hade ett bra samtal med Scania idag", "call", "Scania", d(6)),
        (utc(11, 6, 16), TORE, "chatter", "Noen som vet om Equinor har svart?", None, "", None),
        (utc(11, 6, 16, 30), SOREN, "chatter", "Vi har teammøde kl 15 i dag", None, "", None),
        (utc(11, 7, 10), TORE, "/logcall", "Hafslund fredag", "call", "Hafslund", d(6)),
    ],
    46: [
        (utc(11, 9, 13), SOREN, "post", "Besøgte Grundfos i dag", "meeting", "Grundfos", d(9)),
        (utc(11, 10, 13), TORE, "post", "Lunsjmøte med DNV i dag", "meeting", "DNV", d(10)),
        (utc(11, 10, 14), ELSA, "/logmeeting", "Sandvik 10 nov", "meeting", "Sandvik", d(10)),
        (utc(11, 11, 13), SOREN, "/logcall", "Grundfos", "call", "Grundfos", d(11)),
        (utc(11, 12, 14), SOREN, "/logmeeting", "Maersk torsdag", "meeting", "Maersk", d(12)),
        (utc(11, 13, 13), ELSA, "/logcall", "Volvo Cars i fredags", "call", "Volvo Cars", d(6)),
        (utc(11, 13, 15), TORE, "chatter", "Skal ha møte med Statnett neste uke, gleder meg", None, "", None),
    ],
    47: [
        (utc(11, 17, 14), OLIVER, "post", "Met with Sainsbury's this morning, promising", "meeting", "Sainsbury's", d(17)),
        (utc(11, 17, 15), TORE, "/logmeeting", "Statkraft i går", "meeting", "Statkraft", d(16)),
        (utc(11, 18, 13), ELSA, "/logcall", "Ikea", "call", "Ikea", d(18)),
        (utc(11, 18, 14), OLIVER, "/logcall", "Sainsbury's yesterday", "call", "Sainsbury's", d(17)),
        (utc(11, 19, 13), OLIVER, "post", "Quick call with Boots today, sending revised numbers tomorrow", "call", "Boots", d(19)),
        (utc(11, 19, 14), ELSA, "/logmeeting", "Scania", "meeting", "Scania", d(19)),
        (utc(11, 20, 15), TORE, "post", "Møte med DNV her i New York i dag", "meeting", "DNV", d(20)),
        (utc(11, 20, 16), OLIVER, "/logmeeting", "Tesco 19/11", "meeting", "Tesco", d(19)),
        (utc(11, 20, 16, 30), OLIVER, "chatter", "Great week everyone, drinks at 5?", None, "", None),
    ],
    48: [
        (utc(11, 23, 13), SOREN, "post", "Opkald med Grundfos i formiddags", "call", "Grundfos", d(23)),
        (utc(11, 23, 15), OLIVER, "/logmeeting", "Sainsbury's", "meeting", "Sainsbury's", d(23)),
        (utc(11, 24, 13), ELSA, "post", "Bra möte med Ericsson idag om fas 2", "meeting", "Ericsson", d(24)),
        (utc(11, 24, 14), TORE, "/logcall", "Statkraft", "call", "Statkraft", d(24)),
        (utc(11, 25, 14), SOREN, "/logmeeting", "Grundfos i går", "meeting", "Grundfos", d(24)),
        (utc(11, 25, 15), OLIVER, "post", "Call with Sainsbury's this afternoon went well", "call", "Sainsbury's", d(25)),
        (utc(11, 26, 13), TORE, "post", "Var hos Hafslund i dag på oppstartsmøte", "meeting", "Hafslund", d(26)),
        (utc(11, 26, 14), SOREN, "/logcall", "Maersk", "call", "Maersk", d(26)),
        (utc(11, 27, 13), ELSA, "/logmeeting", "Atlas Copco", "meeting", "Atlas Copco", d(27)),
        (utc(11, 27, 14), OLIVER, "/logcall", "Boots", "call", "Boots", d(27)),
        (utc(11, 27, 15), SOREN, "post", "Godt møde med Novozymes i dag om opfølgning", "meeting", "Novozymes", d(27)),
        (utc(11, 29, 20), OLIVER, "/logcall", "Tesco", "call", "Tesco", d(29)),
    ],
}  # fmt: skip


def routine(m: Trial, week: int) -> None:
    play_everyday(m, ROUTINE[week])


def collect(m: Trial) -> None:
    """Everything a person reads on Monday 30 November, after the last digest."""

    def status(user: str, text: str) -> str:
        return m.status(user, text, NOW, CHANNEL)

    def home(user: str) -> str:
        return m.home(user, NOW)

    m.teamstatus = {w: status(HEGE, f"2026-W{w}") for w in (45, 46, 47, 48)}
    m.teamstatus[49] = status(HEGE, "")
    m.teamstatus["last week"] = status(HEGE, "forrige uke")
    m.teamstatus["month"] = status(HEGE, "denne måneden")
    m.teamstatus["seller"] = status(TORE, "")
    last = {TORE: "forrige uke", ELSA: "förra veckan", SOREN: "sidste uge", OLIVER: "last week"}
    m.kpi_now, m.kpi_last, m.homes = {}, {}, {}
    for seller in SELLERS:
        m.kpi_now[seller] = text_of(m.command(seller, "/kpi", "", NOW)[1])
        m.kpi_last[seller] = text_of(m.command(seller, "/kpi", last[seller], NOW)[1])
        m.homes[seller] = home(seller)
    m.homes[HEGE] = home(HEGE)
    week_words = {TORE: "uke {w}", ELSA: "vecka {w}", SOREN: "uge {w}", OLIVER: "week {w}"}
    m.kpi_week = {
        (w, s): text_of(m.command(s, "/kpi", week_words[s].format(w=w), NOW)[1])
        for s in SELLERS
        for w in (45, 46, 47)
    }
    m.detail = {s: status(HEGE, f"<@{s}> forrige uke") for s in SELLERS}
    m.kpi_now[HEGE] = text_of(m.command(HEGE, "/kpi", "", NOW)[1])
    m.export = m.exported()
