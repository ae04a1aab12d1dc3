"""/kpi (me), /kpi away, /kpi back, /kpi customer: a seller's own tools."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.deps import Deps
from bot.errors import UserError
from bot.listeners import who as who_mod
from bot.listeners.replies import error_reply
from bot.rendering.blocks import text_message
from bot.rendering.status import seller_detail_messages
from bot.rendering.text import render
from bot.services import reports
from bot.services.customers import customer_key, suggest
from bot.services.kpi_args import parse_away_until, parse_tier
from bot.services.kpis import Week
from storage import repositories as repo
from storage.db import session_scope
from storage.models import AwayPeriod, SalesTeam


def personal_team(who: who_mod.Who) -> SalesTeam:
    """A seller in no sales team yet is measured alone, with the default goals (not stored)."""
    return SalesTeam(
        workspace_id=who.workspace_id,
        channel_id="",
        language=who.language,
        timezone=who.timezone,
        currency=who.currency,
    )


def me(deps: Deps, who: who_mod.Who) -> list[dict[str, Any]]:
    """The seller's own week and quarter against goals (also outside any team)."""
    with session_scope(deps.session_factory) as session:
        seller = repo.ensure_seller(session, who.workspace_id, who.user_id)
        team = repo.team_by_id(session, who.workspace_id, who.team_id) if who.team_id else None
        members = None
        if team is None:
            team = personal_team(who)
            members = [seller]
        report = reports.build_team_report(
            session, team, Week.of(who.today), who.today, only=[seller], members=members
        )
        leads = reports.warm_leads(session, who.workspace_id, seller.id, who.today)
        if not report.sellers:
            report = reports.build_team_report(
                session, team, Week.of(who.today), who.today, only=[seller], members=[seller]
            )
        note = None
        if seller.team_id is None:
            note = render(who.language, "no_team_note")
        return seller_detail_messages(report.sellers[0], report, who.language, leads, note=note)


def away(deps: Deps, who: who_mod.Who, text: str) -> dict[str, Any]:
    try:
        until = parse_away_until(text, today=who.today)
    except UserError as err:
        return error_reply(who.language, err.code, err.params, "away", stored=None)
    with session_scope(deps.session_factory) as session:
        current = repo.current_away(session, who.workspace_id, who.seller_id, who.today)
        if current is not None:
            current.ends_on = until
        else:
            session.add(
                AwayPeriod(
                    workspace_id=who.workspace_id,
                    seller_id=who.seller_id,
                    starts_on=who.today,
                    ends_on=until,
                )
            )
    return text_message(render(who.language, "away", state="away", until=until))


def back(deps: Deps, who: who_mod.Who) -> dict[str, Any]:
    with session_scope(deps.session_factory) as session:
        current = repo.current_away(session, who.workspace_id, who.seller_id, who.today)
        if current is None:
            return text_message(render(who.language, "away", state="not_away", until=None))
        if current.starts_on >= who.today:
            session.delete(current)
        else:
            current.ends_on = who.today - timedelta(days=1)
    return text_message(render(who.language, "away", state="back", until=None))


def customer_tier(deps: Deps, who: who_mod.Who, text: str) -> dict[str, Any]:
    try:
        name, tier = parse_tier(text)
    except UserError as err:
        return error_reply(who.language, err.code, err.params, "tier", stored=None)
    with session_scope(deps.session_factory) as session:
        customer = repo.customer_by_key(session, who.workspace_id, customer_key(name))
        if customer is None:
            hints = suggest(name, repo.customer_names(session, who.workspace_id))
            if hints:  # a near-miss: ask, never create a near-duplicate
                return text_message(
                    render(who.language, "did_you_mean", customer=name, names=", ".join(hints))
                )
            # A customer not logged yet can still be an A-customer (key accounts come first).
            customer = repo.add_customer(session, who.workspace_id, name[:200], customer_key(name))
        customer.tier = tier
        return text_message(render(who.language, "tier_set", customer=customer.name, tier=tier))


# TRANSITIONAL adapters (replaced by the listeners branch)
_me, _away, _back, _customer_tier = me, away, back, customer_tier


def _who(request):  # type: ignore[no-untyped-def]
    with request.writing() as uow:
        return uow.who


def me(request):  # type: ignore[no-untyped-def,no-redef]
    return _me(request.deps, _who(request))


def away(request, rest):  # type: ignore[no-untyped-def,no-redef]
    return _away(request.deps, _who(request), rest)


def back(request):  # type: ignore[no-untyped-def,no-redef]
    return _back(request.deps, _who(request))


def customer_tier(request, rest):  # type: ignore[no-untyped-def,no-redef]
    return _customer_tier(request.deps, _who(request), rest)
