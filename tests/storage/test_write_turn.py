"""SQLite's one writer at a time, across the processes of `kpibot serve --workers N`: a writer
waits on the turn file the moment another process holds it, instead of napping in SQLite's busy
handler, and gets it the moment it is free."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from storage.db import WriteTurn, make_engine, write_turn

HOLDER = """
import sys
from storage.db import WriteTurn
turn = WriteTurn(sys.argv[1])
turn.acquire()
print("held", flush=True)
sys.stdin.readline()
turn.release()
print("released", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def other_process(tmp_path):  # type: ignore[no-untyped-def]
    path = str(tmp_path / "kpibot.db-turn")
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, path],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    yield path, proc
    proc.kill()
    proc.wait()


def _tell(proc: subprocess.Popen, expect: str | None = None) -> None:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    if expect is not None:
        assert proc.stdout.readline().strip() == expect


def test_a_turn_held_by_another_process_is_waited_for_then_taken(other_process) -> None:  # type: ignore[no-untyped-def]
    path, proc = other_process
    turn = WriteTurn(path)
    assert turn.acquire(timeout=0.05) is False  # the other process writes
    _tell(proc, "released")
    assert turn.acquire(timeout=5) is True
    turn.release()


def test_waiting_for_another_process_frees_this_process_threads(other_process) -> None:  # type: ignore[no-untyped-def]
    """A thread that gave up waiting leaves the turn usable by this process's other threads."""
    path, proc = other_process
    turn = WriteTurn(path)
    assert turn.acquire(timeout=0.02) is False
    took: list[bool] = []
    waiter = threading.Thread(target=lambda: took.append(turn.acquire(timeout=5)))
    waiter.start()
    _tell(proc, "released")
    waiter.join(10)
    assert took == [True]


def test_a_turn_is_reentrant_and_held_until_the_outermost_release(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "kpibot.db-turn")
    turn = WriteTurn(path)
    with turn:
        with turn:  # a unit of work that writes for a reader inside a writer's turn
            pass
        probe = subprocess.run(
            [sys.executable, "-c", _PROBE, path], capture_output=True, text=True, timeout=30
        )
        assert probe.stdout.strip() == "busy"  # still held after the inner release
    probe = subprocess.run(
        [sys.executable, "-c", _PROBE, path], capture_output=True, text=True, timeout=30
    )
    assert probe.stdout.strip() == "free"


_PROBE = """
import sys
from storage.db import WriteTurn
turn = WriteTurn(sys.argv[1])
if turn.acquire(timeout=0.05):
    turn.release()
    print("free")
else:
    print("busy")
"""


def test_a_database_file_gets_a_turn_file_and_memory_or_postgres_none(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'kpibot.db'}")
    try:
        with write_turn(engine):
            assert (tmp_path / "kpibot.db-turn").exists()
        assert write_turn(engine) is write_turn(engine)  # one per engine in a process
    finally:
        engine.dispose()
    memory = make_engine("sqlite://")
    try:
        turn = write_turn(memory)
        assert isinstance(turn, WriteTurn) and turn._path is None
    finally:
        memory.dispose()


def test_a_writer_without_a_deadline_gives_up_after_turn_wait(other_process, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A channel message or a job waited forever on a stuck writer in another process; now it
    fails as SQLite's busy timeout did, and the request is held for replay."""
    import storage.db as db
    from bot.spool import database_unavailable

    path, _proc = other_process
    monkeypatch.setattr(db, "TURN_WAIT", 0.05)
    turn = WriteTurn(path)
    with pytest.raises(db.DatabaseBusy) as caught:
        with turn:
            pass
    assert database_unavailable(caught.value)


def test_a_turn_file_that_cannot_be_opened_does_not_block_the_next_writer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    turn = WriteTurn(str(tmp_path / "gone" / "kpibot.db-turn"))  # no such folder
    failures: list[BaseException] = []

    def write() -> None:
        try:
            turn.acquire()
        except OSError as err:
            failures.append(err)

    thread = threading.Thread(target=write)
    thread.start()
    thread.join(10)
    assert len(failures) == 1
    assert turn._threads.acquire(timeout=0)  # the thread that failed let go of it
    turn._threads.release()


def test_two_engines_on_one_file_share_its_turn(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'kpibot.db'}"
    first, second = make_engine(url), make_engine(url)
    try:
        assert write_turn(first) is write_turn(second)
        with write_turn(first):
            with write_turn(second):  # the same thread: no deadlock on its own flock
                pass
    finally:
        first.dispose()
        second.dispose()
