"""The `kpibot` command: serve, export, import, demo, console, db."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from datetime import date

from bot.config import ConfigError, Settings
from bot.logs import configure_logging

log = logging.getLogger("kpibot")

HTTP_THREADS = 16


def fail(message: str) -> int:
    print(f"kpibot: {message}", file=sys.stderr)
    return 2


def _database(settings: Settings, *, migrate: bool = True):  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import SQLAlchemyError

    from storage.db import make_engine, upgrade

    engine = make_engine(settings.database_url)
    if migrate:
        try:
            upgrade(engine)
        except SQLAlchemyError as err:
            where = engine.url.render_as_string(hide_password=True)
            raise ConfigError(
                f"cannot reach or upgrade the database at DATABASE_URL={where}: "
                f"{type(err.orig if hasattr(err, 'orig') else err).__name__}. "
                "Check that the server runs and the URL is right."
            ) from err
    return engine


# -- serve ----------------------------------------------------------------------------------------
def _check_bot_token(settings: Settings) -> None:
    """A token Slack refuses stops the process with one line (nothing it would send can
    succeed: every reply and digest would fail, each with an error of its own); Slack out of
    reach is a warning (bot.slack_client.check_bot_token)."""
    from bot.slack_client import RefusedToken, check_bot_token

    try:
        check_bot_token(settings)
    except RefusedToken as err:
        raise ConfigError(
            f"Slack refused SLACK_BOT_TOKEN ({err}): copy this app's Bot User OAuth Token "
            "(xoxb-…) from OAuth & Permissions into .env; reinstalling the app gives a new one."
        ) from err


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    settings.require_slack()  # before the imports: a missing token is said at once
    workers = _workers(args, settings)

    from bot import workers as serving

    metrics_dir = None
    primary = os.getpid()
    if workers > 1 and not args.worker:
        # Before prometheus_client is imported (by the app): every worker's metrics add up.
        metrics_dir = serving.multiprocess_metrics()
    try:
        return _serve(args, settings, workers, serving)
    finally:
        if os.getpid() == primary:  # not in a worker forked from it
            serving.remove_metrics_dir(metrics_dir)


def _serve(args: argparse.Namespace, settings: Settings, workers: int, serving) -> int:  # type: ignore[no-untyped-def]
    import threading

    import waitress

    from bot import metrics
    from bot.app import ListenerExecutor, build_app
    from bot.http_guard import MAX_BODY
    from bot.shutdown import GRACE, GracefulServer, finish, on_signals
    from bot.web import make_wsgi_app
    from storage.db import make_session_factory

    configure_logging(settings.log_level, fmt=settings.log_format)
    engine = _database(settings, migrate=not args.worker)  # the primary upgraded it already
    if not args.worker:  # the primary checked it
        _check_bot_token(settings)
    # The port first: nothing starts (a scheduler's tick, a replay) in a process that cannot
    # serve it.
    try:
        if args.listen_fds:
            sockets = serving.inherited(args.listen_fds)
        else:
            sockets = serving.listen(args.host, settings.port)
    except OSError as err:  # the port is taken, or not ours to bind
        raise ConfigError(
            f"cannot listen on {args.host}:{settings.port} ({err.strerror or err}): "
            "is another kpibot running? Set PORT to a free port."
        ) from err
    factory = make_session_factory(engine)
    listeners = ListenerExecutor()
    app = build_app(settings, factory, listener_executor=listeners)
    worker, forked = args.worker, None
    if workers > 1 and not worker and serving.can_fork():
        # The other workers forked from here, everything imported and built, nothing running
        # yet: what start-up made is in memory once for all of them (bot.workers).
        settle_memory()
        engine.dispose()  # no connection of the primary's in a worker
        forked = serving.fork_workers(workers - 1)
        worker = forked is None
    replayer = replaying = None
    if worker:
        # Held requests are replayed by the primary; this worker holds into the same spool.
        from bot.spool import Spool

        metrics.count_waiting(Spool.at(settings.spool_path).waiting)
    else:
        replayer, replaying = _replay_held_requests(app, settings)
    scheduler = jobs = None
    if not args.no_scheduler and not worker:
        from bot.clock import SystemClock
        from bot.dependencies import Deps
        from bot.scheduler import make_jobs, start

        jobs = make_jobs(settings, Deps(settings, factory, SystemClock()), engine)
        scheduler = start(jobs, blocking=False)
    socket_mode = None
    if settings.socket_mode:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        try:
            socket_mode = SocketModeHandler(app, settings.app_token)
            socket_mode.connect()
        except Exception as err:  # a bad app token or no network: one clear line, not a traceback
            raise ConfigError(
                f"could not connect to Slack over Socket Mode ({type(err).__name__}): check "
                "SLACK_APP_TOKEN (an xapp- token with connections:write) and the network."
            ) from err
        log.info("connected to Slack over Socket Mode; /healthz on port %s", settings.port)
        wsgi = make_wsgi_app(None, engine, scheduler=scheduler)
    else:
        if not worker:
            log.info(
                "serving POST /slack/events, GET /healthz, /readyz and /metrics on port %s%s",
                settings.port,
                f" in {workers} processes" if workers > 1 else "",
            )
        wsgi = make_wsgi_app(app, engine, settings.signing_secret, scheduler)
    server = waitress.create_server(
        wsgi,
        sockets=sockets,
        threads=HTTP_THREADS,
        ident="kpibot",
        max_request_body_size=MAX_BODY,  # waitress stops reading there and answers 413
    )
    stop = threading.Event()
    on_signals(stop)
    others = None
    if worker:
        serving.watch_primary(stop)
        log.info("worker serving (pid %d)", os.getpid())
    elif workers > 1:
        others = serving.Workers(
            serving.worker_command(args.host),
            sockets,
            workers,
            stop,
            GRACE,
            on_exit=metrics.worker_gone,
            forked=forked or [],
        )
        others.start()
    if socket_mode is not None:
        # Socket Mode's events stop first: the connection is closed as the signal comes.
        def close_socket_mode() -> None:
            stop.wait()
            socket_mode.close()

        threading.Thread(target=close_socket_mode, name="kpibot-socket-stop", daemon=True).start()
    settle_memory()
    GracefulServer(server, stop).run()
    # Requests are answered; what they started after their acknowledgement finishes now.
    finish(
        [
            ("stopping the other workers", others.wait if others else lambda: None),
            ("waiting for listeners", lambda: listeners.wait_idle(timeout=GRACE)),
            (
                "stopping the replayer",
                lambda: replayer and (replayer.stop(), replaying.join(timeout=GRACE)),
            ),
            ("stopping the scheduler", lambda: _stop_scheduler(jobs, scheduler)),
            ("closing the database pool", engine.dispose),
        ]
    )
    log.info("stopped")
    return 0


def settle_memory() -> None:
    """What start-up built (modules, the app, the database's metadata, catalogs, templates)
    lives as long as the process: collected once, then frozen out of the collector's sight
    (gc.freeze), so that its oldest generation's passes walk only what serving made since.
    Measured with bench/ack.py and KPIBOT_ACK_TIMING (bench/ack_timing.py), SQLite at
    concurrency 8: without it each run had an oldest-generation pass of 75 ms while requests
    were in flight, every thread stopped (21 ms of each of the slowest hundredth's wait); with
    it, none."""
    import gc

    gc.collect()
    gc.freeze()
    _give_back_the_free_heap()


def _give_back_the_free_heap() -> None:
    """Session 42. What start-up built and dropped (the readers' tables while they were made,
    the migrations' work) is free in the C heap but still counted as the process's memory:
    glibc's malloc_trim hands the free pages back. Measured with bench/ack.py on PostgreSQL:
    RSS of `kpibot serve` idle and after the load (bench/HISTORY.md, "Session 42"). Elsewhere
    than glibc (macOS, musl) nothing is done."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    if not name:
        return
    try:
        trim = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)


def _workers(args: argparse.Namespace, settings: Settings) -> int:
    """How many serving processes: --workers, else KPIBOT_WORKERS, else 1."""
    from bot.workers import MAX_WORKERS

    raw = args.workers if args.workers is not None else (settings.workers or "1")
    try:
        count = int(str(raw).strip())
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_WORKERS:
        raise ConfigError(
            f"--workers / KPIBOT_WORKERS must be a whole number from 1 to {MAX_WORKERS} "
            f"(got {raw!r}); for example --workers 2 on a machine with two cores."
        )
    if count > 1 and settings.socket_mode:
        raise ConfigError(
            "--workers / KPIBOT_WORKERS above 1 needs Slack's requests over HTTP: in Socket Mode "
            "(SLACK_APP_TOKEN set) one process holds the connection. Unset one of them."
        )
    return count


def _stop_scheduler(jobs, scheduler) -> None:  # type: ignore[no-untyped-def]
    """The send in progress finishes, no other starts, the tick ends (bot.jobs.Jobs.stop)."""
    if jobs is not None:
        jobs.stop()
    if scheduler is not None:
        scheduler.shutdown(wait=True)


def _replay_held_requests(app, settings: Settings):  # type: ignore[no-untyped-def]
    """Messages and clicks held while the database was unavailable are stored when it is back.
    The replayer and its thread (stopped at shutdown after the round in progress)."""
    from datetime import timedelta

    from bot.clock import SystemClock
    from bot.spool import Replayer, Spool

    replayer = Replayer(
        app,
        Spool.at(settings.spool_path),
        signing_secret=settings.signing_secret or "",
        clock=SystemClock(),
        give_up_after=timedelta(minutes=settings.spool_give_up_minutes),
    )
    from bot import metrics

    metrics.count_waiting(replayer.spool.waiting)
    return replayer, replayer.start(interval=settings.spool_replay_seconds)


# -- scheduler and digest ---------------------------------------------------------------------
def _jobs(settings: Settings):  # type: ignore[no-untyped-def]
    from bot.clock import SystemClock
    from bot.dependencies import Deps
    from bot.scheduler import make_jobs
    from storage.db import make_session_factory

    engine = _database(settings)
    return make_jobs(settings, Deps(settings, make_session_factory(engine), SystemClock()), engine)


def cmd_scheduler(args: argparse.Namespace, settings: Settings) -> int:
    settings.require_web_api()
    configure_logging(settings.log_level, fmt=settings.log_format)
    jobs = _jobs(settings)
    _check_bot_token(settings)
    if args.once:
        outcome = jobs.tick()
        print(
            f"{len(outcome.sent)} sent, {len(outcome.skipped)} already sent, {len(outcome.failed)} failed"
        )
        return 0
    import threading

    from bot.scheduler import start
    from bot.shutdown import on_signals

    if args.metrics_port:
        from prometheus_client import start_http_server

        try:
            start_http_server(args.metrics_port, addr=args.metrics_host)
        except OSError as err:
            raise ConfigError(
                f"cannot serve metrics on {args.metrics_host}:{args.metrics_port} "
                f"({err.strerror or err}): give a free port with --metrics-port."
            ) from err
        log.info("metrics on port %s (GET /metrics)", args.metrics_port)
    stop = threading.Event()
    on_signals(stop)
    # As `kpibot serve`: start-up's objects out of the collector's sight, so that a nudge pass
    # does not walk them in a full collection (one pass in five did, by callgrind).
    settle_memory()
    scheduler = start(jobs, blocking=False)
    while not stop.wait(1.0):
        pass
    # The send in progress finishes; the tick starts no other and ends (bot.jobs.Jobs.stop).
    log.info("stopping: finishing the scheduled send in progress")
    _stop_scheduler(jobs, scheduler)
    log.info("stopped")
    return 0


def cmd_digest(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import timedelta

    from bot.clock import SystemClock
    from bot.services.kpis import Week

    week = None
    if args.week:
        try:
            week = Week.parse(args.week)
        except ValueError:
            return fail(
                f"--week {args.week!r} is not an ISO week: use YYYY-Www, e.g. --week 2026-W47."
            )
        # The latest local date anywhere (UTC+14): a week that has begun somewhere may be asked.
        latest = Week.of((SystemClock().now() + timedelta(hours=14)).date())
        if week > latest:
            return fail(
                f"--week {args.week} has not come yet: give this week or one that has passed,"
                f" e.g. --week {latest.shift(-1)}."
            )
    if args.resend and (week is None or args.dry_run):
        return fail("--resend needs --week YYYY-Www (the week to send again), and no --dry-run.")
    if not args.dry_run:
        settings.require_web_api()
    configure_logging(settings.log_level, fmt=settings.log_format)
    try:
        outcome, texts = _jobs(settings).run_now(
            channel=args.channel, week=week, dry_run=args.dry_run, resend=args.resend
        )
    except LookupError:
        return fail(f"no sales team has the channel {args.channel}: give a team's channel id (C…).")
    if args.dry_run:
        print("\n\n".join(texts) if texts else "No sales team matches.")
        return 0
    line = f"{len(outcome.sent)} sent, {len(outcome.skipped)} already sent, {len(outcome.failed)} failed"
    if outcome.failed_before:
        line += (
            f", {len(outcome.failed_before)} failed earlier and not tried again "
            f"(to try them again: kpibot digest --resend --week {week or 'YYYY-Www'})"
        )
    print(line)
    return 1 if outcome.failed or outcome.failed_before else 0


def cmd_nudge(args: argparse.Namespace, settings: Settings) -> int:
    if not args.dry_run:
        settings.require_web_api()
    configure_logging(settings.log_level, fmt=settings.log_format)
    outcome, texts = _jobs(settings).nudge_pass(force=args.force, dry_run=args.dry_run)
    if args.dry_run:
        print("\n\n".join(texts) if texts else "Nobody needs a nudge now.")
        return 0
    print(
        f"{len(outcome.sent)} sent, {len(outcome.skipped)} already sent today, {len(outcome.failed)} failed"
    )
    return 1 if outcome.failed else 0


# -- export ---------------------------------------------------------------------------------------
def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from bot.services.export import to_csv, to_json
    from storage import repositories as repo
    from storage.db import make_session_factory, session_scope

    since = None
    if args.since:
        try:
            since = date.fromisoformat(args.since)
        except ValueError:
            return fail(
                f"--since {args.since!r} is not a date: use YYYY-MM-DD, e.g. --since 2026-01-01."
            )
    if args.excel and args.format == "json":
        return fail("--excel is for CSV: use --format csv --excel (or --format json alone).")
    team = args.team
    scope = {}
    if team:
        # A Slack workspace id (T…) or a sales team's channel id (C…/G…).
        scope = {"workspace_id": team} if team.startswith(("T", "E")) else {"channel_id": team}
    missing = _missing_sqlite_file(settings.database_url)
    if missing is not None:
        # Run in the wrong folder: an empty file made here would export nothing, silently.
        return fail(
            f"there is no database at {missing} (DATABASE_URL={settings.database_url}): run "
            "kpibot where the bot keeps its kpibot.db, or set DATABASE_URL."
        )
    engine = _database(settings)
    with session_scope(make_session_factory(engine)) as session:
        rows = repo.activities_for_export(session, since=since, **scope)
        text = to_json(rows) if args.format == "json" else to_csv(rows, excel=args.excel)
    binary = getattr(sys.stdout, "buffer", None)
    if args.excel and binary is not None:
        # Bytes as written (BOM, CRLF), whatever the terminal's encoding and newline handling.
        sys.stdout.flush()
        binary.write(text.encode("utf-8"))
        binary.flush()
        return 0
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def _missing_sqlite_file(url: str) -> str | None:
    """The path of a SQLite database file that does not exist, else None."""
    from sqlalchemy import make_url

    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    return None if os.path.exists(database) else os.path.abspath(database)


# -- import ---------------------------------------------------------------------------------------
def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    """`kpibot import customers FILE.csv [--team T…] [--dry-run]`."""
    from bot.errors import UserError
    from bot.services import customer_import

    try:
        with open(args.file, "rb") as fh:
            data = fh.read(customer_import.MAX_BYTES + 1)
    except OSError as err:
        return fail(f"cannot read {args.file}: {err.strerror or type(err).__name__}.")
    try:
        rows = customer_import.read(data)
    except UserError as err:
        return fail(f"{args.file}: {_english(err)}")
    engine = _database(settings)
    return run_import(engine, rows, workspace=args.team, dry_run=args.dry_run, settings=settings)


def _english(err: Exception) -> str:
    from bot.errors import MESSAGES, UserError

    if isinstance(err, UserError):
        return MESSAGES.get(err.code, err.code) % err.params
    return str(err)


def run_import(engine, rows, *, workspace: str | None, dry_run: bool, settings: Settings) -> int:  # type: ignore[no-untyped-def]
    """Compare (and unless `dry_run`, apply in one transaction) and print the report."""
    from sqlalchemy import select

    from bot.rendering.customers import import_report_text
    from bot.services import customer_import
    from storage import repositories as repo
    from storage.db import make_session_factory, session_scope
    from storage.models import Workspace

    emails = _look_up_emails(rows.emails(), settings)
    with session_scope(make_session_factory(engine)) as session:
        known = list(session.scalars(select(Workspace.id).order_by(Workspace.id)))
        if workspace is None:
            if len(known) != 1:
                return fail(
                    "give the workspace with --team T…: the database has "
                    + (
                        f"{len(known)} workspaces ({', '.join(known[:5])})."
                        if known
                        else "none yet."
                    )
                )
            workspace = known[0]
        elif workspace not in known:
            if not workspace.startswith(("T", "E")):
                return fail(
                    f"--team {workspace}: a workspace id starts with T, e.g. --team T0123ABC."
                )
            repo.ensure_workspace(session, workspace)  # customers may come before the first user
        plan = customer_import.plan(session, workspace, rows, emails)
        if not dry_run:
            customer_import.apply(session, workspace, plan)
    print(import_report_text("en", plan, applied=not dry_run, mentions=False).replace("*", ""))
    if rows.emails() and not settings.bot_token:
        print("(E-mails are looked up in Slack: set SLACK_BOT_TOKEN to find their owners.)")
    return 0


def _look_up_emails(emails: list[str], settings: Settings) -> dict[str, str]:
    """E-mail -> Slack user id, as Slack knows them (none without a bot token)."""
    if not emails or not settings.bot_token:
        return {}
    from slack_sdk.errors import SlackApiError

    from bot.slack_client import build_client

    client = build_client(settings)
    found = {}
    for email in emails:
        try:
            user = client.users_lookupByEmail(email=email).get("user") or {}
        except SlackApiError:
            continue
        if user.get("id"):
            found[email] = str(user["id"])
    return found


# -- people's data --------------------------------------------------------------------------------
def cmd_erase(args: argparse.Namespace, settings: Settings) -> int:
    """`kpibot erase --user U… [--team T…]`: everything about one person, in every workspace
    where they appear unless --team says which."""
    from bot.services.requester import forget
    from bot.spool import Spool
    from storage import people
    from storage.db import make_session_factory, session_scope

    if not args.user.startswith(("U", "W")):
        return fail(
            f"--user {args.user}: a Slack user id starts with U or W, e.g. --user U0123ABC."
        )
    engine = _database(settings)
    with session_scope(make_session_factory(engine)) as session:
        workspaces = [args.team] if args.team else people.workspaces_mentioning(session, args.user)
        total = 0
        for workspace in workspaces:
            done = people.erase(session, workspace, args.user)
            forget(workspace, args.user)
            total += done.total
            print(
                f"{workspace}: {sum(done.rows.values())} rows deleted, "
                f"{sum(done.scrubbed.values())} rows no longer name {args.user}"
            )
    held = Spool.at(settings.spool_path).forget(args.user, args.team)
    if held:
        print(f"{held} held requests dropped from {settings.spool_path}")
    if not workspaces:
        print(f"Nothing is stored about {args.user}.")
    return 0


def cmd_purge(args: argparse.Namespace, settings: Settings) -> int:
    """`kpibot purge --team T…`: everything of one workspace, at once (installation included)."""
    from bot.spool import Spool
    from storage import people
    from storage.db import make_session_factory, session_scope

    if not args.team.startswith(("T", "E")):
        return fail(f"--team {args.team}: a workspace id starts with T, e.g. --team T0123ABC.")
    engine = _database(settings)
    with session_scope(make_session_factory(engine)) as session:
        done = people.purge_workspace(session, args.team)
    held = Spool.at(settings.spool_path).forget_workspace(args.team)
    if not done:
        print(f"Nothing is stored for {args.team}.")
        return 0
    tables = ", ".join(f"{table} {count}" for table, count in sorted(done.items()))
    print(f"{args.team} purged: {done.total()} rows ({tables}); {held} held requests dropped")
    return 0


# -- db -------------------------------------------------------------------------------------------
def cmd_db(args: argparse.Namespace, settings: Settings) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from storage.db import current_revision

    engine = _database(settings, migrate=args.action == "upgrade")
    try:
        revision = current_revision(engine)
    except SQLAlchemyError as err:
        where = engine.url.render_as_string(hide_password=True)
        raise ConfigError(
            f"cannot reach the database at DATABASE_URL={where}: {type(err).__name__}. "
            "Check that the server runs and the URL is right."
        ) from err
    print(f"database schema at revision {revision or 'none'}")
    return 0


# -- manifest -------------------------------------------------------------------------------------
def cmd_manifest(args: argparse.Namespace, settings: Settings) -> int:
    from bot import slack_manifest

    host = args.host
    if host:
        host = host.removeprefix("https://").removeprefix("http://").rstrip("/")
        if not slack_manifest.valid_host(host):
            return fail(
                f"--host {args.host!r} is not a host name: give the public host that runs "
                "`kpibot serve`, e.g. --host kpi.yourcompany.no"
            )
    sys.stdout.write(slack_manifest.for_host(host, socket_mode=args.socket_mode))
    return 0


# -- demo and console -----------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from bot.demo import run_demo

    return run_demo(sys.stdout)


def cmd_console(args: argparse.Namespace, settings: Settings) -> int:
    from bot.demo import run_console

    return run_console(args.database_url, args.user, sys.stdin, sys.stdout)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kpibot", description="Activity and result KPIs for B2B sales teams, in Slack."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="serve Slack's requests over HTTP (or Socket Mode)")
    serve.add_argument("--host", default="0.0.0.0", help="address to listen on (default 0.0.0.0)")
    serve.add_argument(
        "--no-scheduler", action="store_true", help="do not run the scheduler in this process"
    )
    serve.add_argument(
        "--workers",
        metavar="N",
        default=None,
        help="serving processes sharing the port (default KPIBOT_WORKERS, else 1); "
        "one per core: Python runs one thread at a time per process",
    )
    # Set by the primary for the workers it starts (bot.workers), never by hand.
    serve.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    serve.add_argument("--listen-fds", default=None, help=argparse.SUPPRESS)
    serve.set_defaults(func=cmd_serve)

    scheduler = sub.add_parser("scheduler", help="run the scheduler alone (digests and summaries)")
    scheduler.add_argument("--once", action="store_true", help="run one tick and exit")
    scheduler.add_argument(
        "--metrics-port",
        type=int,
        metavar="PORT",
        default=None,
        help="serve this process's Prometheus metrics at http://HOST:PORT/metrics",
    )
    scheduler.add_argument(
        "--metrics-host", default="0.0.0.0", help="address for --metrics-port (default 0.0.0.0)"
    )
    scheduler.set_defaults(func=cmd_scheduler)

    digest = sub.add_parser("digest", help="send (or print) the weekly digest now, once per week")
    digest.add_argument("--channel", metavar="CHANNEL_ID", help="only this team's channel")
    digest.add_argument("--week", metavar="YYYY-Www", help="the week (default: last week)")
    digest.add_argument("--dry-run", action="store_true", help="print it as text, post nothing")
    digest.add_argument(
        "--resend",
        action="store_true",
        help="with --week: try again what failed for good that week (never what was sent)",
    )
    digest.set_defaults(func=cmd_digest)

    nudge = sub.add_parser("nudge", help="remind sellers of warm leads without a next step, now")
    nudge.add_argument("--dry-run", action="store_true", help="print the DMs, send nothing")
    nudge.add_argument(
        "--force", action="store_true", help="ignore the working-day and nudge-hour window"
    )
    nudge.set_defaults(func=cmd_nudge)

    export = sub.add_parser("export", help="print all activities as CSV or JSON")
    export.add_argument(
        "--format",
        choices=["csv", "json"],
        default="csv",
        help="csv (a header row, one activity a line; the default) or json (a list of objects)",
    )
    export.add_argument(
        "--excel",
        action="store_true",
        help="CSV for Excel in Norway, Sweden and Denmark: ';' between fields, decimal comma, "
        "UTF-8 with a byte order mark, CRLF (the default CSV is for tools: ',' and '.')",
    )
    export.add_argument(
        "--since", metavar="YYYY-MM-DD", help="only activities on or after this date"
    )
    export.add_argument(
        "--team", metavar="TEAM_ID", help="a workspace id (T…) or a team channel id (C…)"
    )
    export.set_defaults(func=cmd_export)

    imports = sub.add_parser("import", help="import customers from a CSV file")
    imports.add_argument("what", choices=["customers"], help="what to import: customers")
    imports.add_argument(
        "file",
        metavar="FILE.csv",
        help="columns: name, tier, owner (Slack id or e-mail), org number",
    )
    imports.add_argument(
        "--dry-run", action="store_true", help="print what would change, change nothing"
    )
    imports.add_argument("--team", metavar="TEAM_ID", help="the workspace id (T…), if several")
    imports.set_defaults(func=cmd_import)

    erase = sub.add_parser("erase", help="erase everything stored about one person")
    erase.add_argument("--user", required=True, metavar="USER_ID", help="their Slack id (U…)")
    erase.add_argument("--team", metavar="TEAM_ID", help="only this workspace (T…)")
    erase.set_defaults(func=cmd_erase)

    purge = sub.add_parser("purge", help="erase everything of one workspace, at once")
    purge.add_argument("--team", required=True, metavar="TEAM_ID", help="the workspace id (T…)")
    purge.set_defaults(func=cmd_purge)

    db = sub.add_parser("db", help="database schema: upgrade to the latest, or show the current")
    db.add_argument(
        "action",
        choices=["upgrade", "current"],
        help="upgrade: migrate to the latest revision; current: print the revision",
    )
    db.set_defaults(func=cmd_db)

    demo = sub.add_parser(
        "demo", help="run the real app against a local Slack stand-in and show it"
    )
    demo.set_defaults(func=cmd_demo)

    console = sub.add_parser(
        "console", help="type slash commands as a demo user and see the replies"
    )
    console.add_argument(
        "--user", default="kari", help="demo user to start as (kari, lars, mette, alex)"
    )
    console.add_argument(
        "--database-url",
        default="sqlite:///kpibot-console.db",
        help=(
            "where the console stores (default: %(default)s in this directory; DATABASE_URL is "
            "not used, so a real database is never written by play: to export what you typed, "
            "run `DATABASE_URL=<this URL> kpibot export`)"
        ),
    )
    console.set_defaults(func=cmd_console)

    manifest = sub.add_parser(
        "manifest", help="print the Slack app manifest to paste at api.slack.com/apps"
    )
    manifest.add_argument(
        "--host",
        metavar="HOST",
        help="the public host that runs `kpibot serve` (HTTPS), put in every URL, "
        "e.g. kpi.yourcompany.no",
    )
    manifest.add_argument(
        "--socket-mode",
        action="store_true",
        help="Socket Mode on (no public host: its URLs are not used)",
    )
    manifest.set_defaults(func=cmd_manifest)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        return int(args.func(args, settings) or 0)
    except ConfigError as err:
        return fail(str(err))
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # one line, not a traceback (LOG_LEVEL=DEBUG shows it)
        if os.environ.get("LOG_LEVEL", "").upper() == "DEBUG":
            traceback.print_exc()
        detail = (str(err).strip().splitlines() or [""])[0][:200]
        return fail(f"{args.command} failed: {type(err).__name__}{': ' + detail if detail else ''}")


if __name__ == "__main__":
    sys.exit(main())
