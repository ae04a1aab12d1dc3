"""A realistic kpibot database at scale, written into the project's own tables with bulk inserts:
100 teams in 20 workspaces, 1,000 sellers (one team of 50), 20,000 customers, 2,000,000
activities over two years, ~100,000 leads and the claims two years of digests, summaries and
nudges leave behind.

`--history 0.1` keeps only the most recent 10 % of the two years (the same rows: every day is
generated from its own seed), so 10 %, 30 % and 100 % differ only in how much history lies behind
the same present. The SQLite file is cached in bench/.cache/ and the PostgreSQL data as a
pg_dump there, keyed by the shape and the schema head.

    .venv/bin/python bench/generate.py                      # SQLite, full size, prints the path
    .venv/bin/python bench/generate.py --size 0.05 --history 0.3
    .venv/bin/python bench/generate.py --postgres           # into a throwaway PostgreSQL, timed
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CACHE, ROOT  # noqa: E402

GENERATOR_VERSION = 4  # 4: lead_states (each lead's history)
# The present every benchmark runs at: Monday 23 November 2026, 13:05 UTC, after the Monday
# 08:00 digests (week 47 is the week just ended) and in every seller's nudge window.
NOW = datetime(2026, 11, 23, 13, 5, tzinfo=UTC)
TODAY = NOW.date()
LAST_DAY = TODAY - timedelta(days=1)  # history ends yesterday
FULL_DAYS = 730

TIMEZONES = ("Europe/Oslo", "Europe/Stockholm", "Europe/Copenhagen", "Europe/London")
CURRENCIES = ("NOK", "SEK", "DKK", "GBP")
LANGUAGES = ("nb", "sv", "da", "en")
LOCALES = ("nb-NO", "sv-SE", "da-DK", "en-GB")
KINDS = ("meeting", "call", "offer", "win", "loss")
KIND_WEIGHTS = (40, 35, 15, 6, 4)


@dataclass(frozen=True)
class Shape:
    teams: int = 100
    workspaces: int = 20
    sellers: int = 1000
    big_team: int = 50  # team 1 has this many sellers (the /teamstatus case)
    activities: int = 2_000_000  # over the full two years
    history: float = 1.0  # share of the two years kept, most recent first
    customers_per_team: int = 200
    away: int = 10  # sellers away today (no private summary)
    leads_per_activity: float = 0.05

    @classmethod
    def sized(cls, size: float, history: float) -> Shape:
        """`size` scales the activities only: the number of messages stays realistic."""
        return cls(activities=int(2_000_000 * size), history=history)

    @property
    def days(self) -> int:
        return max(1, round(FULL_DAYS * self.history))

    def key(self) -> str:
        text = repr((GENERATOR_VERSION, sorted(asdict(self).items()), _schema_head()))
        return hashlib.sha1(text.encode()).hexdigest()[:12]

    def label(self) -> str:
        return f"{self.activities * self.history:,.0f} activities ({self.history:.0%} history)"


def _schema_head() -> str:
    """The migrations' content: a changed index means new data."""
    digest = hashlib.sha1()
    for path in sorted((ROOT / "storage" / "migrations" / "versions").glob("0*.py")):
        digest.update(path.read_bytes())
    digest.update((ROOT / "storage" / "seller_days.py").read_bytes())  # 0016's triggers
    return digest.hexdigest()


# -- the rows ---------------------------------------------------------------------------------
@dataclass
class World:
    """Who exists: teams, sellers and customers (the same at every history length)."""

    shape: Shape
    team_ws: list[str]
    seller_team: list[int]  # seller index -> team index
    seller_weight: list[float]
    tidy: set[int]  # sellers who plan a next step on every lead: nothing to nudge
    team_customers: list[list[int]]  # team index -> customer ids, most active first
    away_today: set[int]

    def seller_id(self, i: int) -> int:
        return i + 1

    def team_id(self, t: int) -> int:
        return t + 1


def world(shape: Shape) -> World:
    rng = random.Random(4711)
    team_ws = [f"TB{t * shape.workspaces // shape.teams:03d}" for t in range(shape.teams)]
    rest = shape.sellers - shape.big_team
    seller_team = [0] * shape.big_team
    for i in range(rest):
        seller_team.append(1 + i * (shape.teams - 1) // rest)
    weights = [rng.uniform(0.5, 1.5) for _ in range(shape.sellers)]
    tidy = {i for i in range(shape.sellers) if rng.random() < 0.15}
    customers, next_id = [], 1
    for _t in range(shape.teams):
        customers.append(list(range(next_id, next_id + shape.customers_per_team)))
        next_id += shape.customers_per_team
    step = max(1, shape.sellers // max(1, shape.away))
    away = {i * step + 3 for i in range(shape.away)}
    return World(shape, team_ws, seller_team, weights, tidy, customers, away)


def _ts(day: date, seconds: int) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(seconds=seconds)


def _day_rng(tag: str, day: date) -> random.Random:
    return random.Random(f"{tag}:{day.isoformat()}")


def _days(shape: Shape) -> list[date]:
    return [LAST_DAY - timedelta(days=n) for n in range(shape.days - 1, -1, -1)]


def _weight(day: date) -> float:
    return 1.0 if day.weekday() < 5 else 0.04


FULL_WEIGHT = sum(_weight(LAST_DAY - timedelta(days=n)) for n in range(FULL_DAYS))


def tables(w: World) -> Iterator[tuple[str, list[str], Iterator[tuple[Any, ...]]]]:
    s = w.shape
    start = LAST_DAY - timedelta(days=s.days - 1)
    created = _ts(start, 8 * 3600)
    yield (
        "workspaces",
        ["id", "name", "language", "created_at"],
        iter([(ws, f"Bench {ws}", "en", created) for ws in sorted(set(w.team_ws))]),
    )
    first_of_team: dict[int, int] = {}
    for i, t in enumerate(w.seller_team):
        first_of_team.setdefault(t, i)
    yield (
        "sales_teams",
        [
            "id",
            "workspace_id",
            "channel_id",
            "name",
            "language",
            "timezone",
            "currency",
            "digest_weekday",
            "digest_time",
            "nudge_hour",
            "capture_enabled",
            "chart_enabled",
            "created_by",
            "created_at",
        ],
        iter(
            [
                (
                    w.team_id(t),
                    w.team_ws[t],
                    f"CB{t:04d}",
                    f"Team {t:03d}",
                    LANGUAGES[t % 4],
                    TIMEZONES[t % 4],
                    CURRENCIES[t % 4],
                    0,
                    "08:00",
                    9,
                    True,
                    True,
                    f"UB{first_of_team[t]:05d}",
                    created,
                )
                for t in range(s.teams)
            ]
        ),
    )
    first_of_ws: set[str] = set()
    seller_rows = []
    for i, t in enumerate(w.seller_team):
        admin = w.team_ws[t] not in first_of_ws
        first_of_ws.add(w.team_ws[t])
        seller_rows.append(
            (
                w.seller_id(i),
                w.team_ws[t],
                f"UB{i:05d}",
                f"Seller {i:04d}",
                None if i % 3 == 0 else TIMEZONES[t % 4],
                LOCALES[i % 4],
                admin,
                w.team_id(t),
                NOW - timedelta(days=1),
                created,
            )
        )
    yield (
        "sellers",
        [
            "id",
            "workspace_id",
            "slack_user_id",
            "display_name",
            "timezone",
            "locale",
            "is_workspace_admin",
            "team_id",
            "profile_refreshed_at",
            "created_at",
        ],
        iter(seller_rows),
    )
    rng = random.Random(99)
    customer_rows = []
    for t, ids in enumerate(w.team_customers):
        for n, cid in enumerate(ids):
            roll = rng.random()
            tier = "A" if roll < 0.1 else "B" if roll < 0.3 else "C" if roll < 0.5 else None
            name = f"Kunde {t:03d}-{n:03d} AS"
            customer_rows.append((cid, w.team_ws[t], name, name.lower(), tier, created))
    yield (
        "customers",
        ["id", "workspace_id", "name", "key", "tier", "created_at"],
        iter(customer_rows),
    )
    yield (
        "managers",
        ["id", "workspace_id", "team_id", "slack_user_id", "added_by", "created_at"],
        iter(
            [
                (
                    t + 1,
                    w.team_ws[t],
                    w.team_id(t),
                    f"UB{first_of_team[t] + 1:05d}",
                    f"UB{first_of_team[t]:05d}",
                    created,
                )
                for t in range(s.teams)
            ]
        ),
    )
    goal_rows, gid = [], 1
    for t in range(s.teams):
        for kpi, period, target in (
            ("meetings", "week", 10),
            ("calls", "week", 8),
            ("offers", "week", 3),
            ("closing_rate", "quarter", 75),
            ("revenue", "quarter", 2_000_000),
        ):
            goal_rows.append(
                (gid, w.team_ws[t], w.team_id(t), None, kpi, period, target, None, created)
            )
            gid += 1
    for i in range(0, s.sellers, 7):  # some sellers have their own meetings goal
        t = w.seller_team[i]
        goal_rows.append(
            (gid, w.team_ws[t], w.team_id(t), w.seller_id(i), "meetings", "week", 12, None, created)
        )
        gid += 1
    yield (
        "goals",
        [
            "id",
            "workspace_id",
            "team_id",
            "seller_id",
            "kpi",
            "period",
            "target",
            "set_by",
            "updated_at",
        ],
        iter(goal_rows),
    )
    yield (
        "away_periods",
        ["id", "workspace_id", "seller_id", "starts_on", "ends_on", "created_at"],
        _away(w, start),
    )
    yield (
        "leads",
        [
            "id",
            "workspace_id",
            "customer_id",
            "owner_id",
            "team_id",
            "status",
            "temperature",
            "offer_amount",
            "currency",
            "offer_sent_on",
            "next_step",
            "next_step_due",
            "created_at",
            "updated_at",
            "closed_at",
            "nudged_at",
            "snoozed_until",
        ],
        _leads(w),
    )
    yield (
        "activities",
        [
            "id",
            "workspace_id",
            "team_id",
            "seller_id",
            "customer_id",
            "kind",
            "occurred_on",
            "amount",
            "currency",
            "margin_pct",
            "temperature",
            "source",
            "source_ref",
            "created_at",
            "deleted_at",
            "deleted_by",
        ],
        _activities(w),
    )
    yield (
        "lead_states",
        [
            "id",
            "workspace_id",
            "lead_id",
            "owner_id",
            "team_id",
            "status",
            "temperature",
            "offer_amount",
            "currency",
            "offer_sent_on",
            "next_step_due",
            "valid_from",
            "valid_to",
        ],
        _lead_states(w),
    )
    yield (
        "claims",
        [
            "id",
            "workspace_id",
            "kind",
            "subject",
            "period",
            "state",
            "attempts",
            "started_at",
            "channel",
            "message_ts",
            "created_at",
            "updated_at",
        ],
        _claims(w, start),
    )


def _away(w: World, start: date) -> Iterator[tuple[Any, ...]]:
    rng = random.Random(7)
    n = 1
    for i in range(w.shape.sellers):
        ws = w.team_ws[w.seller_team[i]]
        if i in w.away_today:
            yield (n, ws, w.seller_id(i), TODAY - timedelta(days=3), TODAY + timedelta(days=5), NOW)
            n += 1
        for _ in range(2):  # two weeks off a year, somewhere in the history
            begin = LAST_DAY - timedelta(days=rng.randrange(20, FULL_DAYS))
            if begin >= start:
                yield (n, ws, w.seller_id(i), begin, begin + timedelta(days=9), NOW)
                n += 1


def _pick_customer(w: World, rng: random.Random, team: int) -> int:
    pool = w.team_customers[team]
    return pool[int(len(pool) * rng.random() ** 2.2)]  # a few customers get most of the work


def _per_day(total: float, day: date, rng: random.Random) -> int:
    expected = total * _weight(day) / FULL_WEIGHT
    return max(0, int(expected * rng.uniform(0.9, 1.1) + rng.random()))


def _activities(w: World) -> Iterator[tuple[Any, ...]]:
    s = w.shape
    sellers = list(range(s.sellers))
    cum, acc = [], 0.0
    for weight in w.seller_weight:
        acc += weight
        cum.append(acc)
    kind_cum = [sum(KIND_WEIGHTS[: k + 1]) for k in range(len(KIND_WEIGHTS))]
    n = 0
    for day in _days(s):
        rng = _day_rng("activities", day)
        count = _per_day(s.activities, day, rng)
        who = rng.choices(sellers, cum_weights=cum, k=count)
        kinds = rng.choices(KINDS, cum_weights=kind_cum, k=count)
        for j in range(count):
            n += 1
            i, kind = who[j], kinds[j]
            t = w.seller_team[i]
            money = kind in ("offer", "win")
            created_at = _ts(day, 7 * 3600 + rng.randrange(0, 10 * 3600))
            deleted = rng.random() < 0.01
            yield (
                n,
                w.team_ws[t],
                w.team_id(t),
                w.seller_id(i),
                _pick_customer(w, rng, t),
                kind,
                day,
                rng.randrange(20, 2000) * 1000 if money else None,
                (CURRENCIES[t % 4] if rng.random() > 0.02 else "EUR") if money else None,
                round(rng.uniform(5, 45), 1) if kind == "win" and rng.random() < 0.5 else None,
                rng.choice(("warm", "hot", "cold"))
                if kind == "meeting" and rng.random() < 0.3
                else None,
                "command",
                f"g:{day.isoformat()}:{j}",
                created_at,
                created_at + timedelta(hours=1) if deleted else None,
                f"UB{i:05d}" if deleted else None,
            )


def _leads(w: World) -> Iterator[tuple[Any, ...]]:
    s = w.shape
    n = 0
    for day in _days(s):
        rng = _day_rng("leads", day)
        count = _per_day(s.activities * s.leads_per_activity, day, rng)
        age = (LAST_DAY - day).days + 1
        for _ in range(count):
            n += 1
            i = rng.randrange(s.sellers)
            t = w.seller_team[i]
            recent = age <= 45
            roll = rng.random()
            if recent:
                status = "open" if roll < 0.75 else "won" if roll < 0.9 else "lost"
                temperature = rng.choices(("cold", "warm", "hot"), (25, 50, 25))[0]
            else:
                status = "open" if roll < 0.06 else "won" if roll < 0.53 else "lost"
                temperature = rng.choices(("cold", "warm", "hot"), (75, 20, 5))[0]
            created_at = _ts(day, 9 * 3600 + rng.randrange(0, 8 * 3600))
            updated_at = created_at + timedelta(days=rng.randrange(0, min(age, 30)))
            if i in w.tidy and status == "open":
                due: date | None = TODAY + timedelta(days=rng.randrange(1, 20))
            elif rng.random() < 0.4:
                due = day + timedelta(days=rng.randrange(3, 40))
            else:
                due = None
            offer = rng.random() < 0.6
            nudged = (
                _ts(LAST_DAY - timedelta(days=rng.randrange(0, 6)), 8 * 3600 + 300)
                if status == "open" and temperature != "cold" and rng.random() < 0.5
                else None
            )
            if nudged is not None and nudged < created_at:
                nudged = None
            yield (
                n,
                w.team_ws[t],
                _pick_customer(w, rng, t),
                w.seller_id(i),
                w.team_id(t),
                status,
                temperature,
                rng.randrange(50, 3000) * 1000 if offer else None,
                CURRENCIES[t % 4] if offer else None,
                min(LAST_DAY, day + timedelta(days=rng.randrange(0, 5))) if offer else None,
                "call back" if due else None,
                due,
                created_at,
                updated_at,
                updated_at if status != "open" else None,
                nudged,
                TODAY + timedelta(days=rng.randrange(-3, 3)) if rng.random() < 0.05 else None,
            )


def _lead_states(w: World) -> Iterator[tuple[Any, ...]]:
    """Each lead's history up to its state in `leads`: a lead changed after it was created went
    through earlier states (warm without an offer; an offer later revised to its last value), so
    about three rows per changed lead, as a lead that is logged on, quoted, revised and closed."""
    n = 0
    for lead in _leads(w):
        (lid, ws, _customer, owner, team, status, temperature, amount, currency, sent_on, _next,
         due, created_at, updated_at, *_rest) = lead  # fmt: skip
        final = (status, temperature, amount, currency, sent_on, due)
        states = []
        if updated_at > created_at:
            rng = random.Random(lid)
            states.append((created_at, ("open", "warm", None, None, None, None)))
            if amount is not None:
                quoted = created_at + (updated_at - created_at) * rng.uniform(0.1, 0.6)
                first = (amount * rng.choice((8, 9, 11, 12))) // 10
                states.append((quoted, ("open", "warm", first, currency, sent_on, None)))
        states.append((updated_at, final))
        for k, (since, state) in enumerate(states):
            n += 1
            until = states[k + 1][0] if k + 1 < len(states) else None
            yield (n, ws, lid, owner, team, *state, since, until)


def _claims(w: World, start: date) -> Iterator[tuple[Any, ...]]:
    """What the past left behind: every week's digests and summaries, most days' nudges."""
    from bot.services.kpis import Week

    s = w.shape
    n = 0
    week = Week.of(TODAY).shift(-2)  # week 46, sent on Monday 16 November; week 47 is due now
    while week.monday >= start:
        sent = datetime.combine(week.shift(1).monday, datetime.min.time(), UTC) + timedelta(hours=7)
        for t in range(s.teams):
            n += 1
            yield (n, w.team_ws[t], "digest", str(w.team_id(t)), str(week), "sent", 1, sent,
                   f"CB{t:04d}", "1700000000.000100", sent, sent)  # fmt: skip
        for i in range(s.sellers):
            n += 1
            yield (n, w.team_ws[w.seller_team[i]], "summary", str(w.seller_id(i)), str(week),
                   "sent", 1, sent, f"UB{i:05d}", "1700000000.000200", sent, sent)  # fmt: skip
        week = week.shift(-1)
    for day in _days(s):
        if day.weekday() >= 5:
            continue
        rng = _day_rng("claims", day)
        at = _ts(day, 8 * 3600 + 60)
        for i in range(s.sellers):
            if rng.random() < 0.8:
                n += 1
                yield (n, w.team_ws[w.seller_team[i]], "nudge", str(w.seller_id(i)),
                       day.isoformat(), "sent", 1, at, f"UB{i:05d}", "1700000000.000300", at, at)  # fmt: skip


# -- writing ----------------------------------------------------------------------------------
BIG_TABLES = ("activities", "leads", "lead_states", "claims")


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _summary_triggers(url: str, on: bool) -> None:
    """Off while the activities are loaded (a trigger per row would recompute its day); on
    again after the summary is filled from them in one statement (storage.seller_days)."""
    from storage import seller_days
    from storage.db import make_engine

    engine = make_engine(url)
    with engine.begin() as conn:
        if on:
            seller_days.backfill(conn)
            seller_days.create_triggers(conn)
        else:
            seller_days.drop_triggers(conn)
    engine.dispose()


def load_sqlite(path: Path, shape: Shape) -> None:
    from storage.db import make_engine, upgrade

    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    _summary_triggers(f"sqlite:///{path}", on=False)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-400000")
    indexes = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL AND tbl_name IN "
        f"({','.join(repr(t) for t in BIG_TABLES)})"
    ).fetchall()
    con.execute("BEGIN")
    for name, _sql in indexes:
        con.execute(f"DROP INDEX {name}")
    for table, columns, rows in tables(world(shape)):
        marks = ",".join("?" * len(columns))
        sql = f"INSERT INTO {table} ({','.join(columns)}) VALUES ({marks})"
        batch: list[tuple[Any, ...]] = []
        for row in rows:
            batch.append(tuple(_sqlite_value(v) for v in row))
            if len(batch) == 50_000:
                con.executemany(sql, batch)
                batch.clear()
        if batch:
            con.executemany(sql, batch)
    for _name, sql in indexes:
        con.execute(sql)
    con.execute("COMMIT")
    con.close()
    _summary_triggers(f"sqlite:///{path}", on=True)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def sqlite_file(shape: Shape) -> Path:
    """The cached SQLite file for this shape (generated on first use). Copy it before writing."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"scale-{shape.key()}.db"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        for stale in CACHE.glob(tmp.name + "*"):
            stale.unlink()
        t = time.perf_counter()
        load_sqlite(tmp, shape)
        tmp.rename(path)
        print(
            f"  generated {shape.label()} into SQLite in {time.perf_counter() - t:.0f} s",
            flush=True,
        )
    return path


def sqlite_copy(shape: Shape, target: Path) -> str:
    shutil.copyfile(sqlite_file(shape), target)
    return f"sqlite:///{target}"


def _pg_dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def load_postgres(url: str, shape: Shape) -> None:
    import psycopg

    from storage.db import make_engine, upgrade

    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    _summary_triggers(url, on=False)
    with psycopg.connect(_pg_dsn(url)) as conn:
        indexes = conn.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i "
            "LEFT JOIN pg_constraint c ON c.conname = i.indexname "
            "WHERE i.schemaname = 'public' AND c.conname IS NULL AND i.tablename = ANY(%s)",
            (list(BIG_TABLES),),
        ).fetchall()
        for name, _sql in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        for table, columns, rows in tables(world(shape)):
            with conn.cursor().copy(f"COPY {table} ({','.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            if "id" in columns and table != "workspaces":
                conn.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
                )
        for _name, sql in indexes:
            conn.execute(sql)
        conn.commit()
    _summary_triggers(url, on=True)
    with psycopg.connect(_pg_dsn(url), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def _pg_bin(name: str) -> str:
    from tests.pg import _bin

    return _bin(name)


def postgres_database(server: Any, shape: Shape) -> str:
    """A fresh database on `server` holding this shape: restored from the cached dump when there
    is one, else generated (and dumped for next time)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    dump = CACHE / f"scale-{shape.key()}.pgdump"
    url = server.new_database()
    dsn = _pg_dsn(url)
    t = time.perf_counter()
    if dump.exists():
        subprocess.run(
            [_pg_bin("pg_restore"), "--no-owner", "-j", "2", "-d", dsn, str(dump)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        import psycopg

        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
        print(
            f"  restored {shape.label()} into PostgreSQL in {time.perf_counter() - t:.0f} s",
            flush=True,
        )
        return url
    load_postgres(url, shape)
    print(
        f"  generated {shape.label()} into PostgreSQL in {time.perf_counter() - t:.0f} s",
        flush=True,
    )
    tmp = dump.with_suffix(".tmp")
    subprocess.run([_pg_bin("pg_dump"), "-Fc", "-Z", "1", "-f", str(tmp), dsn], check=True)
    tmp.rename(dump)
    return url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=float, default=1.0, help="share of the 2,000,000 activities")
    parser.add_argument("--history", type=float, default=1.0, help="share of the two years")
    parser.add_argument("--postgres", action="store_true", help="also load a throwaway PostgreSQL")
    args = parser.parse_args()
    shape = Shape.sized(args.size, args.history)
    path = sqlite_file(shape)
    con = sqlite3.connect(path)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in BIG_TABLES}
    con.close()
    print(path, counts)
    if args.postgres:
        from common import ThrowawayPostgres

        server = ThrowawayPostgres().start()
        try:
            postgres_database(server, shape)
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
