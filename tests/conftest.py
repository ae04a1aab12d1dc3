"""Fixtures shared by the suite. KPIBOT_TEST_DB=postgres runs database tests on a throwaway
PostgreSQL (started here); otherwise on SQLite files in tmp_path.

Databases: `db_url` is empty (for tests of migrations and of `kpibot serve` upgrading);
`migrated_db_url` is at the schema's head: the template migrated once per session, copied for
each test. Its URL is the same for every test of a worker (SQLite: the file is replaced by a
fresh copy; PostgreSQL: the worker's database is put back to the template's state, tests/pg.py),
so `slack` keeps one engine per backend and SQLAlchemy compiles each statement once per worker,
not once per test (about half of a Slack-level test's CPU was compiling).

The app: `slack` delivers the driver's signed requests in-process to the same WSGI application
`kpibot serve` runs (no socket, no server thread); `slack_http` serves it with waitress on
loopback and posts over real HTTP. Use `slack` unless the socket is what is tested. Both share
one FakeSlackApi per session (`slack_api`), restored to the demo users between tests. The app's
Web API calls reach it in-process (tests/fakes/web_in_process.py), but over loopback HTTP for a
call with a fault queued and for all of `slack_http`'s.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.offline.harness import LocalSlack
    from bot.offline.slack_api import FakeSlackApi
    from tests.fakes.clock import FakeClock
    from tests.pg import ThrowawayPostgres

# KPIBOT_TEST_DB: "sqlite" (the default), "postgres", or "both" (`make test`: one run in which
# every database test runs on each, so pytest-xdist spreads both over the cores).
MODE = os.environ.get("KPIBOT_TEST_DB", "sqlite")
BACKENDS = {"sqlite": ["sqlite"], "postgres": ["postgres"], "both": ["sqlite", "postgres"]}[MODE]
BACKEND = BACKENDS[0]
# Where a test's database is the backend under test (elsewhere it is SQLite).
BACKEND_DIRS = ("slack", "storage", "cli")


def _memory_backed_tmp() -> None:
    """Test files (database copies, the throwaway PostgreSQL's data, spools) in memory where the
    machine has /dev/shm: every SQLite copy is written and checkpointed, and on a disk each
    test's close waits for fsync. Set before anything asks tempfile for its directory; the
    subprocesses the tests start inherit it."""
    shm = "/dev/shm"
    if "TMPDIR" in os.environ or not os.access(shm, os.W_OK):
        return
    stats = os.statvfs(shm)
    if stats.f_bavail * stats.f_frsize < 2 * 1024**3:
        return
    os.environ["TMPDIR"] = shm
    tempfile.tempdir = None


_memory_backed_tmp()


def _remember_listener_signatures() -> None:
    """Bolt reads the argument names of every listener, matcher and middleware with
    inspect.getfullargspec each time an app is built: ~80 calls, about a third of building the
    app, which the suite does for every test. The names depend only on the function's code, so
    they are read once per function here (a callable that is not a plain function is asked
    every time, as Bolt does)."""
    import inspect
    import sys

    from slack_bolt.util import utils

    import bot.app  # noqa: F401 (every slack_bolt module the app uses, loaded to be patched)

    original = utils.get_arg_names_of_callable
    known: dict[object, list[str]] = {}

    def get_arg_names_of_callable(func):  # type: ignore[no-untyped-def]
        target = inspect.unwrap(func)
        if not inspect.isfunction(target) or hasattr(target, "__signature__"):
            return original(func)
        code = target.__code__
        if code not in known:
            known[code] = original(func)
        return list(known[code])

    for name, module in list(sys.modules.items()):
        if name.startswith("slack_bolt") and getattr(module, "get_arg_names_of_callable", None):
            if module.get_arg_names_of_callable is original:
                module.get_arg_names_of_callable = get_arg_names_of_callable


def _listeners_registered_once() -> None:
    """Registering kpibot's ~55 listeners with Bolt (bot.listeners.register: each one's matchers,
    middleware and argument names) was three quarters of building the app (~2 ms of its ~2.8),
    which the suite does for every Slack-level test. A registered listener keeps nothing of the
    app it was registered on: its function, matchers that read the payload alone, the shared
    "kpibot.bolt" logger; each request's Deps (database, clock, spool) come in its context
    (bot.middleware.open_request, registered per app). So the listeners a worker's first app
    registered are given, in the same order, to every later app that has the same listeners
    before them; bot.app's own passes over them (_direct_matchers, _named_arguments) find them
    as they left them. An app with an installation store (OAuth) registers its own: its
    uninstall listener keeps that store."""
    from bot import listeners

    register = listeners.register
    first: dict[tuple, list] = {}

    def register_once(app):  # type: ignore[no-untyped-def]
        if app.installation_store is not None:
            register(app)
            return
        before = tuple(id(listener) for listener in app._listeners)
        if before not in first:
            register(app)
            first[before] = app._listeners[len(before) :]
            return
        app._listeners.extend(first[before])

    register_once.__wrapped__ = register  # type: ignore[attr-defined]
    listeners.register = register_once  # type: ignore[assignment]


def _cheaper_freezegun_module_check() -> None:
    """freeze_time's start looks through every loaded module (~1,500 here) for the names it
    patches; it keeps what it found per module and tells whether a module changed by hashing
    the set of its names (dir(), sorted, hashed: ~80% of a start, 15-50 ms each, ~330 starts
    a run). The number of names tells the same for modules that only ever gain names (imports
    add, nothing removes), and costs nothing; anything that is not a plain module is asked as
    freezegun asks."""
    import types

    from freezegun import api

    original = api._get_module_attributes_hash

    def module_attributes_hash(module):  # type: ignore[no-untyped-def]
        if type(module) is not types.ModuleType:
            return original(module)
        return f"{id(module)}-{len(module.__dict__)}"

    api._get_module_attributes_hash = module_attributes_hash


def _templates_compiled_once() -> None:
    """The message templates are compiled once, not in every worker and every run: each of the
    four languages' environments (bot.rendering.text.environment) compiled every template it
    rendered, ~250 compiles a worker (0.7 s of CPU in 1,400 Slack-level tests). Jinja's bytecode
    cache keeps the compiled code by template name and source checksum; the folder is named by
    bot/rendering/text.py and Jinja's version too, since the environment's settings (trim_blocks,
    the i18n extension, ...) shape the code and are not in Jinja's key. The compiled code is the
    same in every language (the translations are looked up as it runs)."""
    import functools
    import hashlib

    import jinja2

    from bot.rendering import text

    key = hashlib.sha256(
        Path(text.__file__).read_bytes() + jinja2.__version__.encode()
    ).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / f"kpibot-tests-jinja-{os.getuid()}-{key}"
    folder.mkdir(exist_ok=True)
    text.Environment = functools.partial(  # type: ignore[misc]
        jinja2.Environment, bytecode_cache=jinja2.FileSystemBytecodeCache(str(folder))
    )
    text.environment.cache_clear()


def _hypothesis_profile() -> None:
    """The property tests run with one profile (speed26): no deadline (a shared 2-core machine
    made example times meaningless) and a fixed 100 examples a test, where they asked for
    200-500 each. What they check of real input is checked row by row by the corpora
    (tests/unit/test_command_corpus.py, test_capture_corpus.py: thousands of texts people
    wrote); the properties add random and combined input, where 100 examples a run, drawn anew
    each run, keep finding what 300 would, only later. KPIBOT_HYPOTHESIS=deep draws 2,000 a
    test (a search before a release or after a change to the readers)."""
    from hypothesis import settings

    settings.register_profile("suite", deadline=None, max_examples=100)
    settings.register_profile("deep", deadline=None, max_examples=2000)
    settings.load_profile(os.environ.get("KPIBOT_HYPOTHESIS", "suite"))


# Friday 20 November 2026, 10:00 in Oslo.
DEFAULT_NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

# A test whose fixtures include one of these runs on the backend under test.
BACKEND_FIXTURES = {"db_url", "migrated_db_url", "own_migrated_db_url"}
# A test whose fixtures include one of these needs the throwaway PostgreSQL whatever the backend.
POSTGRES_FIXTURES = {"postgres", "pg_url", "migrated_pg_url", "own_postgres"}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test with a database of the backend under test runs once per backend of this run."""
    if "backend" not in metafunc.fixturenames:
        return
    if any(
        m.args and m.args[0] == "backend" for m in metafunc.definition.iter_markers("parametrize")
    ):
        return
    here = metafunc.definition.path.parent.name
    backends = BACKENDS if here in BACKEND_DIRS else ["sqlite"]
    # A test marked `backends(...)` gets no item for a backend it leaves out, rather than one
    # made and deselected (pytest_collection_modifyitems): 2,206 of a `both` run's ~24,000
    # items were (suite32). When it leaves out every backend of the run, the item is made
    # and deselected there, as before (no empty parameter set).
    marker = metafunc.definition.get_closest_marker("backends")
    if marker is not None and any(b in marker.args for b in backends):
        backends = [b for b in backends if b in marker.args]
    metafunc.parametrize("backend", backends, indirect=True)


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection built (every test item, its parameters, the corpora, every module) lives
    as long as the worker: collected once, then frozen out of the collector's sight, as `kpibot
    serve` freezes what its start-up built (bot.cli.settle_memory). Each oldest-generation pass
    walked all of it, ~400,000 objects, a few dozen times a worker.

    Until here the cycle collector was off (pytest_configure, _collector_off_until_collected):
    the one pass below finds what collection left behind in cycles."""
    gc.collect()
    gc.freeze()
    # The oldest generation's passes ten times rarer than the default (threshold 10 -> 100
    # youngest-but-one passes): after each freeze nearly nothing is long-lived outside it, so
    # CPython's "a quarter more than the last full pass" rule let one run every 10, walking the
    # SQLAlchemy caches, compiled templates and modules the tests add. tests/slack/test_[c-f]*,
    # one process, by gc.callbacks: the collector's CPU 2.77 -> 2.06 s in ~75 s of tests, its
    # oldest-generation passes 1.57 -> 0.68 s (suite32). What lives in cycles is still found,
    # later (at the latest at the freezes after tests 100, 400, 1,600 and 6,400, below).
    first, second, _ = gc.get_threshold()
    gc.set_threshold(first, second, 100)
    if _collector_was_on:
        gc.enable()


def _send_only_what_the_controller_shows(config: pytest.Config) -> None:
    """A pytest-xdist worker sends the controller five events a test: its start, its three
    reports (setup, call, teardown) and its end, each serialised, sent and handled there (the
    terminal reporter, xdist's own bookkeeping): ~1 ms of the controller's CPU a test, ~8,400
    tests a run, with the controller's one core shared with the workers. A passed setup or
    teardown with nothing captured and the test's start are not shown by `-q` (the suite's
    default): not sent. A failed, skipped or erroring phase, one with captured output or
    logs, the call's report and the end are sent as before; so is everything when the run
    is verbose or writes a report of every phase (--junitxml, --durations, --report-log)."""
    if not hasattr(config, "workerinput"):
        return
    option = config.option
    if (
        option.verbose >= 0
        or getattr(option, "xmlpath", None)
        or getattr(option, "durations", None) is not None
        or getattr(option, "reportlog", None)
    ):
        return
    for plugin in config.pluginmanager.get_plugins():
        if type(plugin).__name__ == "WorkerInteractor" and hasattr(plugin, "sendevent"):
            send = plugin.sendevent

            def sendevent(name: str, _send=send, **kwargs: object) -> None:
                if name == "logstart":
                    return
                if name == "testreport":
                    data = kwargs["data"]
                    if (
                        data.get("when") != "call"  # type: ignore[union-attr]
                        and data.get("outcome") == "passed"  # type: ignore[union-attr]
                        and not data.get("sections")  # type: ignore[union-attr]
                        and data.get("longrepr") is None  # type: ignore[union-attr]
                    ):
                        return
                _send(name, **kwargs)

            plugin.sendevent = sendevent


# After which of a worker's tests what lives on is frozen again (see below): early and often while
# the first tests import and cache, rarer after (a freeze's own collection is one full pass).
_FREEZE_AFTER = frozenset({25, 100, 400, 1600, 6400})
_finished = iter(range(1, 1 << 62))


@pytest.hookimpl(trylast=True)
def pytest_runtest_logfinish(nodeid: str, location: tuple) -> None:
    """What the first tests of a worker build and keep lives as long as the worker too: modules
    imported on first use (the app, SQLAlchemy's dialects, Babel's locales, matplotlib), the
    slot engine's compiled statements, the message templates. Collection's freeze leaves ~30,000
    objects tracked; after 100 Slack-level tests ~105,000, after 200 ~170,000, and every
    oldest-generation pass walked them all (~90 ms each, 1.6-1.8 s in 911 Slack-level tests).
    Frozen after tests 25, 100, 400, 1,600 and 6,400, once each test's own objects are gone
    (fixtures torn down, reports sent), each pass walks what the running test made (~10 ms).

    In a pytest-xdist worker the terminal reporter keeps every report (three a test, with
    their captured sections) for a summary that only the controller prints: dropped once sent."""
    config = _config
    if config is not None and hasattr(config, "workerinput"):
        reporter = config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            for reports in reporter.stats.values():
                reports.clear()
    elif config is not None and getattr(config.option, "numprocesses", None):
        return  # the xdist controller runs no test: nothing of its own to freeze (suite30)
    if next(_finished) in _FREEZE_AFTER:
        gc.collect()
        gc.freeze()


_config: pytest.Config | None = None


def _in_the_controller(config: pytest.Config) -> bool:
    """The pytest-xdist controller: it collects and runs no test (its workers do)."""
    return bool(getattr(config.option, "numprocesses", None)) and not hasattr(config, "workerinput")


def _ready_for_tests() -> None:
    """What the suite changes in the libraries, once per process that runs tests. Not in the
    pytest-xdist controller, which runs none: these imports (the app, Bolt, freezegun, Jinja,
    hypothesis) were ~1.6 s of its CPU a run (suite30's measure; suite31)."""
    _remember_listener_signatures()
    _listeners_registered_once()
    _cheaper_freezegun_module_check()
    _templates_compiled_once()
    _hypothesis_profile()


_collector_was_on = False


def _collector_off_until_collected() -> None:
    """The cycle collector is off from the start of a process that runs tests until its
    collection is done (pytest_collection_finish collects once, freezes and turns it on):
    importing the app and the test modules and making ~26,000 items grows the heap from nothing
    to ~400,000 objects, and each oldest-generation pass on the way walked all of it: 1.6-2.2 s
    of a worker's 7.5-9 s of collection (1,709 passes, suite32, measured by gc.callbacks).
    What collection leaves in cycles is found by that one pass instead."""
    global _collector_was_on
    _collector_was_on = gc.isenabled()
    gc.disable()


def pytest_configure(config: pytest.Config) -> None:
    global _config
    _config = config
    if not _in_the_controller(config):
        _collector_off_until_collected()
        _ready_for_tests()
    _send_only_what_the_controller_shows(config)
    config.addinivalue_line(
        "markers",
        "rows_share_fixtures(each): a parametrised test whose rows run as batches on one set of "
        "its fixtures, each row given its own part by `each` (tests/row_batches.py)",
    )
    # After every other choice of items (backends below, `-k`, `-m`): a parametrised test of
    # many rows that needs nothing but its parameters runs as one item (tests/row_batches.py).
    from tests import row_batches

    config.pluginmanager.register(row_batches.Batcher(_AUTOUSE), "kpibot-row-batches")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Each test runs where it means something.
    - A database test runs on each backend of the run, unless marked `backends(...)` (the
      corpus runs a sample on PostgreSQL; so do the Slack-level tests, a sample that sends
      every SQL path of theirs there, drawn by tests/pg_sample.py, by test function and,
      within a parametrised test, by parameter (tests/pg_sample_params.txt); one file-lock
      test is SQLite's only).
    - Tests that always use the throwaway PostgreSQL: not in a SQLite-only run.
    - Tests without a database: not in a PostgreSQL-only run (they would repeat the SQLite run)."""
    keep = []
    left_out = _pg_params_left_out() if "postgres" in BACKENDS else frozenset()
    for item in items:
        names = set(item.fixturenames)
        backend = item.callspec.params.get("backend") if hasattr(item, "callspec") else None
        marker = item.get_closest_marker("backends")
        if backend is not None:
            wanted = marker is None or backend in marker.args
            wanted = wanted and item.nodeid not in left_out
        elif POSTGRES_FIXTURES & names:
            wanted = MODE != "sqlite"
        else:
            wanted = MODE != "postgres"
        if wanted:
            keep.append(item)
            if not config.option.runxfail and item.get_closest_marker("xfail") is not None:
                item.repr_failure = _expected_failure  # type: ignore[method-assign]
    if len(keep) < len(items):
        kept = set(keep)
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = keep


# The suite's autouse fixtures (above and below): set up once for a batch of rows.
_AUTOUSE = frozenset(
    {
        "_no_requester_memory",
        "_within_slack_limits",
        "_no_slack_env",
        "_charts_in_process",
        "_retries_without_waiting",
        "request",  # asked for by _no_slack_env
    }
)


def _pg_params_left_out() -> frozenset[str]:
    """The PostgreSQL runs of parametrised Slack-level tests whose every SQL path (and language)
    another parameter of the same test sends there (tests/pg_sample_params.txt, drawn by
    tests/pg_sample.draw_params; each line names the parameters that cover it). A parameter
    not in the file (a new one, or one renamed) runs on both."""
    from tests.pg_sample import PARAMS

    if not PARAMS.exists():
        return frozenset()
    return frozenset(
        line.split("  <-  ", 1)[0]
        for line in PARAMS.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )


def _expected_failure(
    excinfo: pytest.ExceptionInfo[BaseException], style: str | None = None
) -> str:
    """An expected failure's report: its exception's one line. pytest prints only the xfail's
    reason, yet formats the whole traceback first, parsing each frame's source file again (the
    reader's large modules for a held-out row): about 40 ms per xfail, some 200 per run.
    `--runxfail` keeps the full traceback."""
    return excinfo.exconly()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database backend this test runs on (parametrized by pytest_generate_tests)."""
    return getattr(request, "param", BACKEND)


@pytest.fixture(autouse=True)
def _no_requester_memory() -> None:
    """Each test starts as a fresh process would: nothing remembered of people from another
    test's database (bot.services.requester keeps each person's language, for messages said
    when the database cannot be read, and how long their profile is fresh). Left over, a test
    that had Lars resolved in Swedish made a later one's outage DM to him Swedish."""
    from bot.services import requester

    requester._language_hint.clear()
    requester._fresh_until.clear()
    requester._kept.clear()  # ack29: the requesters kept, with another database's versions


@pytest.fixture(autouse=True)
def _within_slack_limits() -> Iterator[None]:
    """Nothing a test made the app send went beyond Slack's limits (bot/offline/limits.py): the
    stand-in refuses such a payload as Slack does (`invalid_blocks`, `invalid_arguments`), which
    in production is a message or view that never arrives, and records it here. A test about
    the refusal itself takes what it caused with slack_api.take_violations()."""
    from bot.offline import slack_api

    slack_api.take_violations()
    yield
    found = slack_api.take_violations()
    assert not found, "beyond Slack's limits:\n" + "\n".join(str(v) for v in found[:20])


@pytest.fixture(autouse=True)
def _no_slack_env(request: pytest.FixtureRequest) -> None:
    """Tests never see the developer's Slack settings (put back after the test, as monkeypatch
    does; monkeypatch is asked for only when there is one to hide: most tests have none)."""
    found = [n for n in os.environ if n.startswith("SLACK_") or n in {"DATABASE_URL", "PORT"}]
    if found:
        monkeypatch: pytest.MonkeyPatch = request.getfixturevalue("monkeypatch")
        for name in found:
            monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True, scope="session")
def _charts_in_process() -> Iterator[None]:
    """Digest charts are drawn in this process: a worker process per scheduled run would add a
    second or so to each digest test. tests/cli/test_chart_worker.py draws in the worker.

    A chart is a function of its points, labels and title; one drawn before with the same ones
    (the same digest on the other backend, or sent again) is given again instead of drawn again
    (~70 ms of matplotlib each; about two in three of the suite's charts are repeats)."""
    from bot.rendering import chart

    draw = chart.draw
    drawn: dict[tuple, bytes] = {}

    def draw_once(points: chart.Points, labels: dict[str, str], title: str) -> bytes:
        key = (
            tuple((x, tuple(sorted(values.items()))) for x, values in points),
            tuple(sorted(labels.items())),
            title,
        )
        if key not in drawn:
            drawn[key] = draw(points, labels, title)
        return drawn[key]

    chart.DRAW_IN_CHILD = False
    chart.draw = draw_once  # type: ignore[assignment]
    yield
    chart.draw = draw
    chart.DRAW_IN_CHILD = True


class _RetryClock:
    """The `time` of slack_sdk's retry handlers in this process: a retry's wait (the backoff
    after a 5xx or a dropped connection, a 429's Retry-After) is noted, not slept. The retries
    themselves happen as in production (how many, of which methods: bot/slack_client.py); only
    the seconds between them go, which left a worker idle for 1 to 4 s a test (~15 s a run).
    `kpibot` processes the tests start wait as in production."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(time, name)


@pytest.fixture(autouse=True, scope="session")
def _retries_without_waiting() -> Iterator[_RetryClock]:
    from slack_sdk.http_retry import builtin_handlers, handler

    clock = _RetryClock()
    modules = (handler, builtin_handlers)
    real = [module.time for module in modules]
    for module in modules:
        module.time = clock  # type: ignore[assignment]
    yield clock
    for module, original in zip(modules, real, strict=True):
        module.time = original


@pytest.fixture(scope="session")
def postgres() -> Iterator[ThrowawayPostgres]:
    from tests.pg import ThrowawayPostgres

    server = ThrowawayPostgres().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once per session; tests get copies of it."""
    from storage.db import make_engine, upgrade

    path = tmp_path_factory.mktemp("template") / "kpibot.db"
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
    finally:
        engine.dispose()  # the last connection checkpoints the WAL into the file
    return path


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path, backend: str) -> Iterator[str]:
    """An empty database."""
    if backend == "postgres":
        yield from _pg_database(request.getfixturevalue("postgres"), migrated=False)
    else:
        yield f"sqlite:///{tmp_path / 'kpibot.db'}"


@pytest.fixture
def own_migrated_db_url(
    request: pytest.FixtureRequest, tmp_path: Path, backend: str
) -> Iterator[str]:
    """A database at the schema's head of this test's own (not the worker's slot: `kpibot`
    processes write to it), copied rather than migrated: the template's file on SQLite, a
    CREATE DATABASE ... TEMPLATE copy on PostgreSQL. A process started on it finds it at head
    and loads no Alembic; migrating a fresh one cost each `kpibot` process ~0.5 s of CPU
    (suite33). For a test of the start-up's upgrade itself, `db_url` (empty)."""
    if backend == "postgres":
        yield from _pg_database(request.getfixturevalue("postgres"), migrated=True)
    else:
        path = tmp_path / "kpibot.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"


@pytest.fixture(scope="session")
def _engines() -> Iterator[dict[str, tuple[Engine, tuple]]]:
    """One engine per database slot (below), kept all session, with the event listeners it had
    when made; see `_slot_engine`."""
    engines: dict[str, tuple[Engine, tuple]] = {}
    yield engines
    for engine, _ in engines.values():
        engine.dispose()


@pytest.fixture(scope="session")
def _sqlite_slot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("slot") / "kpibot.db"


# The SQLite slot is put back in place when a test wrote at most this many activities (each
# deleted one runs the seller_days trigger); a larger one gets a new copy.
SQLITE_PUT_BACK_ACTIVITIES = 300


class _SqliteSlot:
    """The SQLite slot put back to the template's state in place, as tests/pg.py does for
    PostgreSQL (suite29): a new copy of the file each test cost ~3.5 ms of CPU (the engine's
    connections closed, the file copied, and the next connection's pragmas and schema read
    anew), the put-back a fraction of that, over the slot engine's pooled connection.

    After a test: every table it wrote to emptied (foreign keys checked at the commit, when
    all are empty), sqlite_sequence as the template's; then the schema, alembic_version,
    sqlite_sequence and the pragmas a test could change on the file must be the template's,
    and every other table empty. Anything else (a lock the test left held, a changed schema,
    statistics from ANALYZE, more than SQLITE_PUT_BACK_ACTIVITIES activities, an engine the
    test added listeners to) and the next test gets a new copy of the file, as before."""

    def __init__(self, template: Path) -> None:
        import sqlite3

        self.fresh = False
        self.inode = -1  # the slot file's, when it was copied
        conn = sqlite3.connect(template)
        try:
            self.tables = [
                name
                for (name,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT IN ('alembic_version', 'sqlite_sequence') "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            self.sequences = conn.execute("SELECT name, seq FROM sqlite_sequence").fetchall()
            self.state = self._state(conn)
        finally:
            conn.close()
        self.written = "SELECT " + " || ".join(
            f"(CASE WHEN EXISTS (SELECT 1 FROM \"{t}\") THEN '{t},' ELSE '' END)"
            for t in self.tables
        )

    def _state(self, conn) -> tuple:  # type: ignore[no-untyped-def]
        return (
            conn.execute(
                "SELECT group_concat(type || ':' || name || ':' || tbl_name || ':' || "
                "coalesce(sql, ''), '|') FROM (SELECT * FROM sqlite_master ORDER BY type, name)"
            ).fetchone()[0],
            conn.execute("SELECT group_concat(version_num) FROM alembic_version").fetchone()[0],
            conn.execute("SELECT group_concat(name || '=' || seq) FROM sqlite_sequence").fetchone()[
                0
            ],
            conn.execute("PRAGMA user_version").fetchone()[0],
            conn.execute("PRAGMA journal_mode").fetchone()[0],
            conn.execute("PRAGMA application_id").fetchone()[0],
        )

    def put_back(self, engine: Engine) -> bool:
        """True when the slot is as the template was."""
        import sqlite3

        from storage.db import _BUSY_MS, SQLITE_BUSY_MS

        try:
            raw = engine.raw_connection()
        except Exception:  # noqa: BLE001 (a new copy is made instead)
            return False
        try:
            conn = raw.driver_connection
            busy = raw.info.get(_BUSY_MS, SQLITE_BUSY_MS)
            if conn.in_transaction:
                return False
            conn.execute("PRAGMA busy_timeout = 2000")
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    written = [t for t in conn.execute(self.written).fetchone()[0].split(",") if t]
                    if "activities" in written:
                        (n,) = conn.execute("SELECT count(*) FROM activities").fetchone()
                        if n > SQLITE_PUT_BACK_ACTIVITIES:
                            raise LookupError("a new copy is cheaper")
                    conn.execute("PRAGMA defer_foreign_keys = ON")
                    for table in written:
                        conn.execute(f'DELETE FROM "{table}"')
                    conn.execute("DELETE FROM sqlite_sequence")
                    conn.executemany(
                        "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", self.sequences
                    )
                    same = (
                        self._state(conn) == self.state
                        and not conn.execute(self.written).fetchone()[0]
                    )
                    if not same:
                        raise LookupError("unlike the template")
                    conn.execute("COMMIT")
                    return True
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
            finally:
                conn.execute(f"PRAGMA busy_timeout = {int(busy)}")
        except (sqlite3.Error, LookupError):
            return False
        finally:
            raw.close()


@pytest.fixture(scope="session")
def _sqlite_slot_state(sqlite_template: Path) -> _SqliteSlot:
    return _SqliteSlot(sqlite_template)


@pytest.fixture
def migrated_db_url(
    request: pytest.FixtureRequest, backend: str, _engines: dict[str, tuple[Engine, tuple]]
) -> Iterator[str]:
    """A database at the schema's head, as fresh as a copy of the template. The URL is the
    same for every test of this worker and backend (the slot)."""
    if backend == "postgres":
        postgres: ThrowawayPostgres = request.getfixturevalue("postgres")
        url = postgres.slot()
        try:
            yield url
        finally:
            # The pool is kept (connections warm with the catalog); the reset goes through it.
            engine = _release(_engines, url, dispose=False)
            if not postgres.reset_slot(engine) and engine is not None:
                engine.dispose()
    else:
        path: Path = request.getfixturevalue("_sqlite_slot")
        url = f"sqlite:///{path}"
        slot: _SqliteSlot = request.getfixturevalue("_sqlite_slot_state")
        if not slot.fresh:
            # A new file (a new inode): a connection a test left open, or a lock it left held,
            # belongs to the old file and cannot touch this one.
            _release(_engines, url)
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
            slot.inode = path.stat().st_ino
        slot.fresh = False
        try:
            yield url
        finally:
            engine = _release(_engines, url, dispose=False)
            # Put back through the slot engine's connections: to this file still (a test that
            # replaced or removed it gets a new copy).
            same_file = path.exists() and path.stat().st_ino == slot.inode
            slot.fresh = engine is not None and same_file and slot.put_back(engine)
            if not slot.fresh and engine is not None:
                engine.dispose()


def _slot_engine(engines: dict[str, tuple[Engine, tuple]], url: str) -> Engine:
    """The slot's engine, made once: the statements it compiled stay cached across tests."""
    from storage.db import make_engine

    if url not in engines:
        engine = make_engine(url)
        engines[url] = (engine, _listeners(engine))
    return engines[url][0]


def _release(
    engines: dict[str, tuple[Engine, tuple]], url: str, *, dispose: bool = True
) -> Engine | None:
    """The slot's engine after a test, or None: one a test added event listeners to is
    disposed and not used again. `dispose`: close its connections too (SQLite, whose file is
    replaced)."""
    if url not in engines:
        return None
    engine, listeners = engines[url]
    if _listeners(engine) != listeners:
        del engines[url]
        engine.dispose()
        return None
    if dispose:
        engine.dispose()
    return engine


def _listeners(engine: Engine) -> tuple:
    return tuple(
        tuple(id(fn) for fn in getattr(dispatch, name))
        for dispatch in (engine.dispatch, engine.pool.dispatch)
        for name in dispatch._event_names
    )


@pytest.fixture
def pg_url(postgres: ThrowawayPostgres) -> Iterator[str]:
    """A fresh PostgreSQL database, whatever the backend of this run (for multi-process tests)."""
    yield from _pg_database(postgres, migrated=False)


@pytest.fixture
def own_postgres() -> Iterator[ThrowawayPostgres]:
    """A PostgreSQL server of this test's own, that it may stop and start (pause/resume)
    without disturbing the session's."""
    from tests.pg import ThrowawayPostgres

    server = ThrowawayPostgres().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def migrated_pg_url(postgres: ThrowawayPostgres) -> Iterator[str]:
    """A PostgreSQL database at the schema's head, whatever the backend of this run."""
    yield from _pg_database(postgres, migrated=True)


def _pg_database(postgres: ThrowawayPostgres, *, migrated: bool) -> Iterator[str]:
    url = postgres.migrated_database() if migrated else postgres.new_database()
    try:
        yield url
    finally:
        postgres.drop_database(url)


@pytest.fixture
def clock() -> FakeClock:
    from tests.fakes.clock import FakeClock

    return FakeClock(DEFAULT_NOW)


@pytest.fixture(scope="session")
def slack_api() -> Iterator[FakeSlackApi]:
    """Slack's Web API stand-in for the whole session; local_slack() restores it per test. The
    app's calls to it are answered in this process unless a fault is queued for the method
    (tests/fakes/web_in_process.py)."""
    from bot.offline.slack_api import FakeSlackApi
    from tests.fakes import web_in_process

    with FakeSlackApi() as api, web_in_process.installed():
        web_in_process.register(api)
        try:
            yield api
        finally:
            web_in_process.unregister(api)


@pytest.fixture
def slot_engine(migrated_db_url: str, _engines: dict[str, tuple[Engine, tuple]]) -> Engine:
    """The worker's engine for the database slot, the one the `slack` fixture's app runs on, for
    an app a test builds itself (tests/slack/test_oauth.py's OAuth apps): its statements are
    compiled once per worker, its connections warm. Not to be disposed by the test (a test that
    adds event listeners to it gets a new one next time, `_release`)."""
    return _slot_engine(_engines, migrated_db_url)


@pytest.fixture
def slack(
    migrated_db_url: str,
    clock: FakeClock,
    slack_api: FakeSlackApi,
    _engines: dict[str, tuple[Engine, tuple]],
) -> Iterator[LocalSlack]:
    """The app, with requests delivered in-process to its WSGI application."""
    from bot.offline.harness import local_slack

    with local_slack(
        migrated_db_url,
        clock=clock,
        api=slack_api,
        over_http=False,
        migrate=False,
        engine=_slot_engine(_engines, migrated_db_url),
    ) as local:
        yield local
        _check_lead_history(local)


def _check_lead_history(local: LocalSlack) -> None:
    """Every change of a lead was kept in its history (storage.history.record_lead_state), and
    the per-seller, per-day summary is what a fresh GROUP BY over the activities gives
    (storage.seller_days, kept by the database's triggers)."""
    from storage import seller_days
    from storage.history import drift

    with local.engine.connect() as conn:
        assert drift(conn) == [], "a lead changed without record_lead_state"
        assert seller_days.drift(conn) == [], "seller_days differs from the activities"


@pytest.fixture
def slack_http(
    migrated_db_url: str,
    clock: FakeClock,
    slack_api: FakeSlackApi,
    _engines: dict[str, tuple[Engine, tuple]],
) -> Iterator[LocalSlack]:
    """The app served by waitress on 127.0.0.1, with requests sent over real HTTP, and its Web
    API calls made over real HTTP too."""
    from bot.offline.harness import local_slack
    from tests.fakes import web_in_process

    with (
        web_in_process.over_http(slack_api),
        local_slack(
            migrated_db_url,
            clock=clock,
            api=slack_api,
            over_http=True,
            migrate=False,
            engine=_slot_engine(_engines, migrated_db_url),
        ) as local,
    ):
        yield local
