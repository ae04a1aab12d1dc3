"""A seller's own tools: their figures (/kpi me), time away (/kpi away, /kpi back), their own
language (/kpi language).

Each use case takes the request's session and requester and returns plain values for the
renderer; the caller's unit of work commits. No Slack here, and `now` is handed in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from bot.errors import UserError
from bot.i18n import person_language
from bot.services import reports
from bot.services.dates import fold
from bot.services.kpi_args import Away, away_between, parse_away, parse_away_day, respelt_word
from bot.services.kpis import Quarter, Week
from bot.services.read_models import LeadLine, OfferHistory
from bot.services.reports import SellerStatus, TeamReport
from bot.services.requester import Who, bare_choice, own_krone, remember_language
from storage import repositories as repo
from storage.models import SalesTeam, Seller


def personal_team(who: Who) -> SalesTeam:
    """A seller in no sales team yet is measured alone, with the default goals (not stored)."""
    return SalesTeam(
        workspace_id=who.workspace_id,
        channel_id="",
        language=who.language,
        timezone=who.timezone,
        currency=who.currency,
    )


@dataclass(frozen=True)
class MyFigures:
    status: SellerStatus
    report: TeamReport
    leads: list[LeadLine]
    in_team: bool
    offers: list[OfferHistory] = field(default_factory=list)  # a week that ended: as they stood


def my_figures(
    session: Session, who: Who, week: Week | None = None, *, quarter: Quarter | None = None
) -> MyFigures:
    """The seller's own week and quarter against goals (also outside any team): their own
    team's goals, currency and rates wherever it is typed, as in the App Home and the summary
    (in another team's channel they were that team's: the same win was SEK 528,000 there and
    NOK 480,000 in the seller's own team). `week`: one that has ended, as it stood at its end
    (with the open offers then); this week without it. `quarter` (views33): one that has ended,
    to its last day, as it stood at its end (`/kpi forrige kvartal`, any day after it)."""
    seller = session.get(Seller, who.seller_id)
    assert seller is not None
    ends_on = quarter.last_day if quarter is not None else None
    week = Week.of(ends_on) if ends_on is not None else week or Week.of(who.today)
    team_id = seller.team_id
    if week < Week.of(who.today) or ends_on is not None:
        # A week that has ended is the team's they were in at its end (moved since: the old one).
        now_in = repo.team_by_id(session, who.workspace_id, team_id) if team_id else None
        zone = now_in.timezone if now_in else None
        then = reports.week_end(week, zone) if ends_on is None else reports.day_end(ends_on, zone)
        # Left for no team in that week: the team they left (was: in no team, their work nowhere).
        team_id = repo.team_id_of(session, seller, then, reports.week_began(then, zone))
    team_id = team_id or who.team_id
    team = repo.team_by_id(session, who.workspace_id, team_id) if team_id else None
    members = None
    if team is None:
        team = personal_team(who)
        members = [seller]
    ended = {"quarter_of": ends_on, "ends_on": ends_on} if ends_on is not None else {}
    report = reports.build_team_report(
        session, team, week, who.today, only=[seller], members=members, **ended
    )
    member = members is None and bool(report.sellers)
    if not report.sellers:
        # Not among the team's members (no team of their own): their own figures, its goals.
        report = reports.build_team_report(
            session, team, week, who.today, only=[seller], members=[seller], **ended
        )
    leads = reports.warm_lead_lines(session, report, seller.id)
    offers = [] if report.as_of is None else reports.open_offer_lines(session, report, seller.id)
    # A week that has ended: in the team they were in then (left since for none: still theirs).
    in_team = seller.team_id is not None or (report.as_of is not None and member)
    return MyFigures(report.sellers[0], report, leads, in_team=in_team, offers=offers)


def go_away(session: Session, who: Who, text: str, *, now: datetime) -> Away:
    """`/kpi away …`: from today until a day, or a period (ahead, or one that has been). A
    period that overlaps or meets one already said becomes one with it; from today, the
    current one ends on the new day (also earlier: "away until Wednesday" after "Friday")."""
    away = parse_away(text, today=who.today)
    if away.ask or away.coming is not None or away.choices:
        # one coming day said alone, two weekdays that may be gone or coming, or words that
        # name no days ("om to uker"): the seller chooses; nothing stored yet
        return away
    return _store_away(session, who, away, now=now)


def choose_away(session: Session, who: Who, first: date, last: date, *, now: datetime) -> Away:
    """The seller's answer to "that day, or until then?": the days of the button clicked,
    stored as a period typed would be (said again, it stays one period)."""
    return _store_away(session, who, away_between(first, last, who.today), now=now)


def _store_away(session: Session, who: Who, away: Away, *, now: datetime) -> Away:
    ws, seller = who.workspace_id, who.seller_id
    current = repo.current_away(session, ws, seller, who.today)
    if current is None or away.starts_on != who.today:
        current = None  # not changing the period the seller is in
    else:
        current.ends_on = away.ends_on
        away = Away(current.starts_on, away.ends_on)
    touching = [
        period
        for period in repo.aways_touching(session, ws, seller, away.starts_on, away.ends_on)
        if period is not current
    ]
    if current is not None:
        keep, others = current, touching
    elif touching:
        keep, others = touching[0], touching[1:]
    else:
        repo.add_away(session, ws, seller, away.starts_on, away.ends_on, at=now)
        return away
    for other in others:
        keep.starts_on = min(keep.starts_on, other.starts_on)
        keep.ends_on = max(keep.ends_on, other.ends_on)
        repo.remove_away(session, other)
    keep.starts_on = min(keep.starts_on, away.starts_on)
    if keep is not current:
        keep.ends_on = max(keep.ends_on, away.ends_on)
    return Away(keep.starts_on, keep.ends_on)


@dataclass(frozen=True)
class Back:
    """What `/kpi back` did: "back" (the current period ended), "taken_back" (a period said
    before, named by one of its days, removed), or "not_away" (with the next period ahead, if
    any, to say how to take it back)."""

    state: str
    period: Away | None = None


def come_back(session: Session, who: Who, text: str = "") -> Back:
    """`/kpi back`: away no longer from today. `/kpi back 21.12`: the away period with that
    day taken back (one ahead, or one said by mistake up to 90 days back)."""
    ws, seller = who.workspace_id, who.seller_id
    if text.strip():
        day = parse_away_day(text, today=who.today)
        periods = repo.aways_touching(session, ws, seller, day, day)
        period = next((p for p in periods if p.starts_on <= day <= p.ends_on), None)
        if period is None:
            return Back("not_away", _next_away(session, who))
        said = Away(period.starts_on, period.ends_on)
        if period.starts_on < who.today <= period.ends_on:
            period.ends_on = who.today - timedelta(days=1)  # the days already away stay
            return Back("back", said)
        repo.remove_away(session, period)
        return Back("taken_back", said)
    current = repo.current_away(session, ws, seller, who.today)
    if current is None:
        return Back("not_away", _next_away(session, who))
    if current.starts_on >= who.today:
        repo.remove_away(session, current)
    else:
        current.ends_on = who.today - timedelta(days=1)
    return Back("back")


def _next_away(session: Session, who: Who) -> Away | None:
    far = who.today + timedelta(days=366)
    ahead = repo.aways_touching(session, who.workspace_id, who.seller_id, who.today, far)
    upcoming = [p for p in ahead if p.starts_on > who.today]
    return Away(upcoming[0].starts_on, upcoming[0].ends_on) if upcoming else None


AUTO_LANGUAGE = "auto"
# Norwegian Nynorsk (folded): kpibot writes Bokmål, and says so (was: "nn" set Bokmål unsaid,
# "nynorsk" unknown).
NYNORSK = {"nn", "nno", "nynorsk", "nynorska", "nynorskt", "landsmal", "nnorsk", "nyorsk"}
# `/kpi language …`: a language's code, its name in any of the four languages, or its country's
# code; "auto" gives the choice back to Slack's locale and the team (folded, see dates.fold).
LANGUAGE_CHOICES = {
    "en": {"en", "eng", "english", "engelsk", "engelska", "gb", "uk", "us"},
    "nb": {"nb", "no", "nor", "norsk", "norwegian", "bokmal", "norska", *NYNORSK},
    "sv": {"sv", "se", "swe", "svenska", "svensk", "swedish"},
    "da": {"da", "dk", "dan", "dansk", "danska", "danish"},
    "auto": {"auto", "automatic", "automatisk", "slack", "default", "standard", "reset"},
}
# Words around the choice people write ("to English", "på svenska", "til norsk", "svenska
# tack", "English please").
_FILLER = {"to", "til", "till", "pa", "in", "i", "language", "sprak", "sprog"}
_FILLER |= {"please", "pls", "plz", "takk", "tack", "tak", "thanks", "thx", "gjerne", "garna"}
# A country for its language ("sv-SE", "nb_NO", "Sverige"): read as the language it speaks.
_COUNTRY = {
    **{"sverige": "sv", "sweden": "sv", "norge": "nb", "norway": "nb"},
    **{"danmark": "da", "denmark": "da"},
}


@dataclass(frozen=True)
class LanguageSet:
    language: str  # what the seller reads privately from now on
    chosen: bool  # False: "auto", from Slack's locale and the team again
    nynorsk: bool = False  # Nynorsk asked for: Bokmål is what kpibot writes (said so)


_LANGUAGE_MEANING = {name: code for code, names in LANGUAGE_CHOICES.items() for name in names}


def _language_of(word: str) -> str | None:
    """The language code one folded word names: a code, a name in four languages, a country,
    or one of those a letter off ("svenks", "englsih", "dnask")."""
    if word in _LANGUAGE_MEANING:
        return _LANGUAGE_MEANING[word]
    if word in _COUNTRY:
        return _COUNTRY[word]
    typo = respelt_word(word, _LANGUAGE_MEANING)
    return _LANGUAGE_MEANING[typo] if typo else None


def language_said(text: str) -> str | None:
    """The one language code (or "auto") `text` names ("på svenska", "sv-SE", "English
    please", "nrosk"); None when it names none, or two."""
    words = re.split(r"[\s,.()_/-]+", fold(text))
    codes = {_language_of(w) for w in words if w and w not in _FILLER}
    return codes.pop() if len(codes) == 1 and None not in codes else None


def set_language(session: Session, who: Who, text: str) -> LanguageSet:
    """`/kpi language sv`: the seller's own language, for everything they read privately
    (answers, the App Home, nudges, summaries, DMs); the team's channel keeps the team's."""
    if not text.strip():
        raise UserError("language_missing")
    code = language_said(text)
    if code is None:
        raise UserError("language_unknown", typed=" ".join(text.split())[:40])
    seller = session.get(Seller, who.seller_id)
    assert seller is not None
    seller.language = None if code == AUTO_LANGUAGE else code
    team = session.get(SalesTeam, who.team_id) if who.team_id else None
    language = person_language(seller.locale, team.language if team else None, seller.language)
    remember_language(who.workspace_id, who.user_id, language)
    said = {w for w in re.split(r"[\s,.()_/-]+", fold(text)) if w}
    asked_nynorsk = code == "nb" and bool(said & NYNORSK)
    return LanguageSet(language, chosen=seller.language is not None, nynorsk=asked_nynorsk)


# "/kpi currency ask": forget the choice, asked again at the next bare amount (folded: spør,
# spørg, fråga)
ASK_AGAIN_WORDS = {"ask", "auto", "spor", "sporg", "fraga"}


@dataclass(frozen=True)
class CurrencyChoice:
    """`/kpi currency`: what the seller's amounts without a currency are in (migration 0024a)."""

    krone: str | None  # their own krone when it is not the team's currency; None: none to choose
    team_currency: str
    chosen: str | None  # what their bare amounts are in (None: asked at the next one)
    changed: bool = False  # set or forgotten just now


def bare_currency(session: Session, who: Who, text: str, *, now: datetime) -> CurrencyChoice:
    """`/kpi currency [DKK|NOK|ask]`: shows (nothing typed) or changes what a bare amount
    ("450.000") from a seller whose krone is not their team's currency is in: their krone, the
    team's, or asked again. For everyone else a bare amount is the team's: nothing to choose."""
    team = who.own_currency or who.currency
    krone = own_krone(who)
    if krone is None:
        return CurrencyChoice(None, team, None)
    if who.own_team_id is None:
        raise UserError("not_a_team")
    words = [w.strip(".:,!") for w in fold(text).split()]
    if not words:
        return CurrencyChoice(krone, team, bare_choice(who))
    said = words[0].upper()
    if said in (krone, team):
        chosen: str | None = said
    elif words[0] in ASK_AGAIN_WORDS:
        chosen = None
    else:
        raise UserError(
            "bare_currency_unknown", typed=" ".join(text.split())[:20], krone=krone, team=team
        )
    repo.set_bare_currency(session, who.workspace_id, who.seller_id, who.own_team_id, chosen, now)
    return CurrencyChoice(krone, team, chosen, changed=True)
