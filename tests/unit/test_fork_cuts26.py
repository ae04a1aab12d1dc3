"""`kpibot serve --workers N` forks its first N - 1 workers from the primary (bot.workers.
fork_workers): a forked worker is asked what a started one's Popen is asked (`Forked`), and takes
SQLite's write turn on its own, never through the turn file its primary had open."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest

from bot import workers
from storage.db import make_engine, write_turn


def _forked(body) -> workers.Forked:  # type: ignore[no-untyped-def]
    """A child running `body()` and leaving with its answer as exit code, never returning."""
    pid = os.fork()
    if pid == 0:
        code = 70
        try:
            code = body()
        finally:
            os._exit(code)
    return workers.Forked(pid)


def test_a_forked_worker_is_polled_waited_and_signalled_like_a_popen() -> None:
    done = _forked(lambda: 3)
    assert done.wait(timeout=10) == 3 and done.poll() == 3
    done.send_signal(signal.SIGTERM)  # gone already: nothing is signalled
    sleeping = _forked(lambda: time.sleep(30) or 0)
    assert sleeping.poll() is None
    with pytest.raises(subprocess.TimeoutExpired):
        sleeping.wait(timeout=0.05)
    sleeping.kill()
    assert sleeping.wait(timeout=10) == -signal.SIGKILL  # as Popen says it: "exited with code -9"


def test_fork_workers_gives_the_primary_their_pids_and_each_worker_its_primary(
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(workers.PRIMARY_PID, raising=False)
    primary = os.getpid()
    pids = workers.fork_workers(2)
    if pids is None:  # a worker: its own process group, its primary known
        ok = os.getpgid(0) == os.getpid() and os.environ[workers.PRIMARY_PID] == str(primary)
        os._exit(0 if ok else 1)
    assert len(pids) == 2 and primary not in pids
    assert [workers.Forked(pid).wait(timeout=10) for pid in pids] == [0, 0]
    assert workers.PRIMARY_PID not in os.environ  # the primary's own is untouched


def test_can_fork_only_while_no_other_thread_runs() -> None:
    import threading

    assert workers.can_fork() == (threading.active_count() == 1)  # (the suite runs on Linux)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not workers.can_fork()
    finally:
        stop.set()
        other.join()


def test_a_forked_process_waits_for_the_write_turn_its_parent_holds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'kpibot.db'}")
    try:
        turn = write_turn(engine)
        assert turn.acquire(timeout=1)
        try:
            # With the parent's turn (its lock and its open turn file, one flock for both) the
            # child would write beside it.
            child = _forked(lambda: 0 if not write_turn(engine).acquire(timeout=0.2) else 1)
            assert child.wait(timeout=30) == 0
        finally:
            turn.release()
        # Free, the child takes it.
        child = _forked(lambda: 0 if write_turn(engine).acquire(timeout=5) else 1)
        assert child.wait(timeout=30) == 0
    finally:
        engine.dispose()
