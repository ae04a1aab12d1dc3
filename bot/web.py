"""The WSGI application `kpibot serve` runs: Bolt's adapter for /slack/*, plus /healthz, /readyz
and /metrics. Every Slack request is counted and timed (bot.metrics) and its log records carry
its request id, workspace and command (bot.logs.request_fields)."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.response import BoltResponse
from sqlalchemy import Engine

from bot import metrics, timing
from bot.http_guard import PREPARED, guard
from bot.logs import new_request_id, request_fields
from storage.db import health, ping

log = logging.getLogger(__name__)

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def _json(start_response: Callable[..., Any], status: str, body: dict[str, Any]) -> list[bytes]:
    data = json.dumps(body).encode()
    start_response(
        status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))]
    )
    return [data]


def readiness(engine: Engine, scheduler: Any | None) -> tuple[bool, dict[str, str]]:
    """Ready to take traffic: the database answers and, where this process runs the scheduler,
    it runs."""
    database = "ok" if ping(engine) else "unreachable"
    if scheduler is None:
        state = "not in this process"
    else:
        state = "running" if scheduler.running else "stopped"
    ready = database == "ok" and state != "stopped"
    return ready, {
        "status": "ready" if ready else "not ready",
        "database": database,
        "scheduler": state,
    }


class GuardedHandler(SlackRequestHandler):
    """Bolt's WSGI adapter, dispatching the request the guard already read and checked."""

    def dispatch(self, request: WsgiHttpRequest) -> BoltResponse:
        prepared = request.environ.get(PREPARED)
        if prepared is None:
            return super().dispatch(request)
        body = prepared.body if isinstance(prepared.body, dict) else {}
        if body.get("type") == "app_rate_limited":
            # Slack holds back this workspace's events for a minute (over 30 000 an hour). No
            # listener takes it: answered 200, as Slack asks (Bolt's 404 counts as a failure
            # toward disabling the event subscription).
            log.warning(
                "Slack rate-limited events for workspace %s (minute %s)",
                body.get("team_id"),
                body.get("minute_rate_limited"),
            )
            return BoltResponse(status=200, body="")
        kind, name = metrics.classify(body)
        with request_fields(
            team_id=body.get("team_id") or (body.get("team") or {}).get("id"),
            kind=kind,
            command=name,
            event_id=body.get("event_id"),
        ):
            response = self.app.dispatch(prepared)
            if prepared.context.get(NOT_INSTALLED):
                return _not_installed(body)
            return _not_lost(body, response)


# Set on a request's context when Bolt found no installation for its workspace (OAuth): not a
# moment Slack could not confirm the token, but a workspace kpibot is not installed in.
NOT_INSTALLED = "kpibot_not_installed"


def tell_missing_installations(app: App) -> None:
    """With OAuth, a request from a workspace with no installation stored (a test workspace
    whose installation was purged or lost, the app installed there from its settings page,
    an uninstalled workspace's late delivery) was taken as "Slack could not confirm the token
    now": its events answered 503 for ever (Slack delivers each again three times, and counts
    the failures toward turning the app's event subscriptions off, for every workspace) and a
    command told "try again in a moment". Bolt's authorize is asked as before; only when it
    finds nothing is the store asked whether the workspace has a bot at all (a failure to ask,
    the database away, changes nothing: it stays "not now")."""
    from slack_bolt.middleware.authorization import MultiTeamsAuthorization

    store = app.installation_store
    if store is None:
        return
    for middleware in app._middleware_list:
        if not isinstance(middleware, MultiTeamsAuthorization):
            continue
        if getattr(middleware.authorize, NOT_INSTALLED, False):
            continue  # wrapped already (a second WSGI app around the same Bolt app)
        middleware.authorize = _telling(middleware.authorize, store)


# Set on Bolt's single-workspace authorization once wrapped (serving_a_refused_token).
REFUSED_SERVED = "kpibot_refused_token_served"


def serve_despite_a_refused_token(app: App) -> None:
    """With one bot token (SLACK_BOT_TOKEN), Bolt asks Slack's auth.test once, at the first
    request, and keeps the answer. Slack refusing the token then (the workspace's IP allow-list,
    the tokens revoked after kpibot's start-up check) answered every event 503 for as long as
    kpibot ran (Slack redelivers each three times and counts the failures toward turning off the
    app's event subscriptions; the win posted was lost) and told every command "try again in a
    moment" (nothing stored, for ever). The request is Slack's own (its signature checked) and
    the workspace the token's: it is served as that workspace's, storing what it says (a reply
    that needs the Web API fails, and is logged), with a line for whoever runs kpibot. The answer
    is not kept: once Slack takes the token again, Bolt's own is."""
    from slack_bolt.middleware.authorization import SingleTeamAuthorization
    from slack_bolt.middleware.authorization.internals import (
        _is_no_auth_required,
        _is_no_auth_test_call_required,
    )

    from bot.slack_client import TOKEN_REFUSED

    for middleware in app._middleware_list:
        if not isinstance(middleware, SingleTeamAuthorization):
            continue
        if getattr(middleware, REFUSED_SERVED, False):
            continue  # wrapped already (a second WSGI app around the same Bolt app)
        original = middleware.process

        def process(*, req: Any, resp: Any, next: Any, m: Any = middleware,
                    bolt: Any = original) -> Any:  # fmt: skip
            if m.auth_test_result is not None:
                if m.auth_test_result and not (
                    _is_no_auth_required(req) or _is_no_auth_test_call_required(req)
                ):
                    # Bolt's own step for a request once auth.test has answered, with the
                    # result copied from the one Bolt made for this token and person.
                    context = req.context
                    context.set_authorize_result(
                        _authorized(m.auth_test_result, context.client.token, context.user_id)
                    )
                    return next()
                return bolt(req=req, resp=resp, next=next)
            refused: dict[str, Any] = {}
            answer = _watching_auth_test(
                req.context, refused, lambda: bolt(req=req, resp=resp, next=next)
            )
            if refused.get("code") not in TOKEN_REFUSED or m.auth_test_result is not None:
                return answer  # served, or Slack could not say now (bot.web._not_lost)
            log.error(
                "Slack refused SLACK_BOT_TOKEN (%s): requests are stored, but nothing can be "
                "said back in Slack until a working token is set and kpibot restarted (or the "
                "workspace's IP allow-list mended)",
                refused["code"],
            )
            req.context.set_authorize_result(
                AuthorizeResult(
                    enterprise_id=req.context.enterprise_id,
                    team_id=req.context.team_id,
                    bot_user_id=_bot_user_of(req.body),
                    bot_token=req.context.client.token,
                    user_id=req.context.user_id,
                )
            )
            return next()

        middleware.process = process  # type: ignore[method-assign]
        setattr(middleware, REFUSED_SERVED, True)


# (auth.test's answer, token, user id) -> (that answer, the AuthorizeResult Bolt makes of them).
_AUTHORIZED: dict[tuple[int, str | None, str | None], tuple[Any, Any]] = {}
_AUTHORIZED_MAX = 4096


def _authorized(auth_test: Any, token: str | None, user_id: str | None) -> Any:
    """What Bolt's SingleTeamAuthorization makes of auth.test's answer for each request
    (`_to_authorize_result`: its AuthorizeResult, a dict and its attributes, the scopes split
    into a list), a copy of its own per request, made once per token and person: ~30 k
    instructions of a served /logmeeting's were Bolt building it again (bench/HISTORY.md,
    session 23). Nothing imported when it is kept (ack33: two `from … import`s a request, the
    import system's lock and look-ups, ~5 k instructions)."""
    key = (id(auth_test), token, user_id)
    kept = _AUTHORIZED.get(key)
    if kept is None or kept[0] is not auth_test:
        from slack_bolt.middleware.authorization.internals import _to_authorize_result

        if len(_AUTHORIZED) >= _AUTHORIZED_MAX:
            _AUTHORIZED.clear()
        kept = _AUTHORIZED[key] = (
            auth_test,
            _to_authorize_result(auth_test_result=auth_test, token=token, request_user_id=user_id),
        )
    made = kept[1]
    each = AuthorizeResult.__new__(AuthorizeResult)
    dict.update(each, made)
    each.__dict__.update(made.__dict__)
    for scopes in ("bot_scopes", "user_scopes"):
        if made[scopes] is not None:  # lists: each request's own, as Bolt's
            each[scopes] = list(made[scopes])
            setattr(each, scopes, each[scopes])
    return each


def _bot_user_of(body: Any) -> str | None:
    """The app's bot user, as an event's envelope names it (`authorizations`): a mention of it is
    a word to the bot, not a colleague's name. None for a command or a click (not needed)."""
    found = (body or {}).get("authorizations") if isinstance(body, dict) else None
    for each in found if isinstance(found, list) else ():
        if isinstance(each, dict) and each.get("is_bot") and isinstance(each.get("user_id"), str):
            return str(each["user_id"])
    return None


def _telling(asked: Any, store: Any) -> Any:
    def authorize(*, context: Any, team_id: Any = None, **kwargs: Any) -> Any:
        refused: dict[str, Any] = {}
        found = _watching_auth_test(
            context, refused, lambda: asked(context=context, team_id=team_id, **kwargs)
        )
        if found is None and team_id and _token_gone(store, team_id, refused):
            context[NOT_INSTALLED] = True
            context["response_url"] = None
        elif (
            found is None
            and team_id
            and _no_bot(store, context, team_id, kwargs.get("enterprise_id"))
        ):
            context[NOT_INSTALLED] = True
            context["response_url"] = None  # answered here, not by Bolt at the response URL
        return found

    setattr(authorize, NOT_INSTALLED, True)
    return authorize


def _watching_auth_test(context: Any, refused: dict[str, Any], ask: Callable[[], Any]) -> Any:
    """`ask()` (Bolt's authorize), noting in `refused` the error code and token of an auth.test
    Slack refused (Bolt keeps only "no installation found"). The client is this request's own
    (Bolt makes one per request), so the watch is nobody else's."""
    from slack_sdk.errors import SlackApiError

    from bot.slack_client import slack_error

    client = getattr(context, "client", None) or context.get("client")
    if client is None:
        return ask()
    checking = client.auth_test

    def auth_test(**kwargs: Any) -> Any:
        try:
            return checking(**kwargs)
        except SlackApiError as err:
            refused.update(code=slack_error(err), token=kwargs.get("token"))
            raise

    client.auth_test = auth_test
    try:
        return ask()
    finally:
        client.__dict__.pop("auth_test", None)


def _token_gone(store: Any, team_id: str, refused: dict[str, Any]) -> bool:
    """Slack refused the workspace's stored bot token as gone for good (the app removed while
    its app_uninstalled or tokens_revoked event never reached us): the workspace has left, as
    that event would say (storage.installations.left_by_refusal). Was: every later event of the
    workspace answered 503 for ever, as if Slack were busy, and a command told to try again."""
    from datetime import UTC, datetime

    from storage.installations import TOKEN_GONE, left_by_refusal

    if refused.get("code") not in TOKEN_GONE:
        return False
    try:
        left = left_by_refusal(store, team_id, refused.get("token"), datetime.now(UTC))
    except Exception as err:  # the database away: cannot tell, so "not now" as before
        log.warning("could not mark a refused installation: %s", type(err).__name__)
        return False
    if left:
        log.warning("Slack refused workspace %s's bot token (%s): taken as uninstalled",
                    team_id, refused.get("code"))  # fmt: skip
    return left


def _no_bot(store: Any, context: Any, team_id: str, enterprise_id: str | None) -> bool:
    try:
        found = store.find_bot(
            enterprise_id=enterprise_id,
            team_id=team_id,
            is_enterprise_install=bool(context.get("is_enterprise_install")),
        )
        if found is None and hasattr(store, "find_workspace_bot"):
            found = store.find_workspace_bot(team_id)
    except Exception as err:  # the database away: cannot tell, so "not now" as before
        log.warning("could not look up the installation: %s", type(err).__name__)
        return False
    return found is None


def _not_installed(body: dict[str, Any]) -> BoltResponse:
    """A request from a workspace kpibot is not installed in: an event is answered 200 and
    ignored (nothing there is anyone's to record), a command says so plainly."""
    from bot.errors import UserError, error_message

    log.warning("a request from a workspace kpibot is not installed in: ignored")
    kind = body.get("type")
    if body.get("command"):
        message = error_message(UserError("not_installed"), body, None)
        return BoltResponse(
            status=200,
            body=json.dumps(message),
            headers={"content-type": "application/json;charset=utf-8"},
        )
    if kind == "view_submission":
        # A form submitted there: answered with a form that says so (Slack shows a form's
        # response_action at once; an empty 200 closed it as if stored).
        from bot.rendering.blocks import notice_modal
        from bot.services.requester import language_hint

        message = error_message(UserError("not_installed"), body, None)
        language = language_hint(_team_of(body), (body.get("user") or {}).get("id"))
        answer = {"response_action": "update", "view": notice_modal(language, message)}
        return BoltResponse(
            status=200,
            body=json.dumps(answer),
            headers={"content-type": "application/json;charset=utf-8"},
        )
    url = body.get("response_url")
    if kind in ("block_actions", "interactive_message") and isinstance(url, str) and url:
        # A button clicked there: told at the click's response URL, which needs no token (the
        # person saw nothing happen). A click in a form or the App Home has no response URL,
        # and nothing can be said there without a token.
        message = error_message(UserError("not_installed"), body, None)
        threading.Thread(target=_tell_at, args=(url, message), daemon=True).start()
    return BoltResponse(status=200, body="")


def _team_of(body: dict[str, Any]) -> str | None:
    return body.get("team_id") or (body.get("team") or {}).get("id")


def _tell_at(url: str, message: dict[str, Any]) -> None:
    from slack_sdk.webhook import WebhookClient

    try:
        WebhookClient(url, timeout=5).send_dict(
            {**message, "response_type": "ephemeral", "replace_original": False}
        )
    except Exception as err:  # a courtesy: the click was not stored either way
        log.warning("could not tell a click it is not installed: %s", type(err).__name__)


def _not_lost(body: dict[str, Any], response: BoltResponse) -> BoltResponse:
    """Bolt's answer when it could not confirm the app's token with Slack (its auth.test, once
    a process and every few minutes per workspace, failed or dropped), made one that loses
    nothing: an event answered 200 would never come again (a win posted then, lost), so it is
    answered 503 and Slack delivers it again; a command says so in its person's language, with
    an example."""
    from bot.errors import AUTHORIZE_FAILED, UserError, error_message

    refused = response.status == 200 and response.body == AUTHORIZE_FAILED
    if body.get("type") == "event_callback" and (refused or response.status >= 500):
        log.warning("event not handled now (Slack's auth.test failed); Slack delivers it again")
        return BoltResponse(status=503, body="")
    if refused and body.get("command"):
        message = error_message(UserError("slack_busy"), body, None)
        return BoltResponse(
            status=200,
            body=json.dumps(message),
            headers={"content-type": "application/json;charset=utf-8"},
        )
    return response


def make_wsgi_app(
    bolt_app: App | None,
    engine: Engine,
    signing_secret: str | None = None,
    scheduler: Any | None = None,
) -> WSGIApp:
    """bolt_app None serves only /healthz and /readyz (Socket Mode receives Slack's traffic
    itself). Bolt sees only what the guard lets through (bot.http_guard): signed, small,
    readable. `scheduler`: the APScheduler this process runs, if any (reported by /readyz)."""
    slack = None
    if bolt_app is not None:
        if not signing_secret:
            raise ValueError("serving Slack over HTTP needs the signing secret")
        tell_missing_installations(bolt_app)
        serve_despite_a_refused_token(bolt_app)
        slack = guard(GuardedHandler(bolt_app), signing_secret)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO") or ""
        if path == "/readyz":
            ready, state = readiness(engine, scheduler)
            return _json(start_response, "200 OK" if ready else "503 Service Unavailable", state)
        if path == "/healthz":
            problem = health(engine)
            if problem is None:
                return _json(start_response, "200 OK", {"status": "ok"})
            return _json(
                start_response,
                "503 Service Unavailable",
                {"status": "database unreachable", "error": problem},
            )
        if path == "/metrics":
            data, content_type = metrics.exposition()
            start_response(
                "200 OK", [("Content-Type", content_type), ("Content-Length", str(len(data)))]
            )
            return [data]
        if slack is None:
            return _json(start_response, "404 Not Found", {"error": "not found"})
        return _observed(slack, environ, start_response)

    return application


def _observed(
    slack: WSGIApp, environ: dict[str, Any], start_response: Callable[..., Any]
) -> Iterable[bytes]:
    """Slack's request, counted and timed up to its answer (Bolt answers when it is acked)."""
    token = timing.begin() if timing.ON else None
    try:
        return _answered(slack, environ, start_response)
    finally:
        if token is not None:
            timing.end(token)


def _answered(
    slack: WSGIApp, environ: dict[str, Any], start_response: Callable[..., Any]
) -> Iterable[bytes]:
    with metrics.observe_request() as seen, request_fields(request_id=new_request_id()):

        def counting(status: str, headers: list[Any], exc_info: Any = None) -> Any:
            seen["status"] = status.split(" ", 1)[0]
            return start_response(status, headers, exc_info)

        answer = slack(environ, counting)
        prepared = environ.get(PREPARED)
        body = prepared.body if prepared is not None and isinstance(prepared.body, dict) else None
        seen["kind"], seen["name"] = metrics.classify(body, environ.get("PATH_INFO") or "")
        return answer
