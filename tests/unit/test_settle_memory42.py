"""Session 42: `kpibot serve` hands the heap that start-up freed back to the system (glibc's
malloc_trim) after freezing what it built: RSS after the load 120.3 → 115.8 MB on PostgreSQL
(bench/HISTORY.md, "Session 42"); nothing is done where the C library has no such call."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc

import pytest

from bot import cli


class _Libc:
    def __init__(self, calls: list[int]) -> None:
        self.calls = calls

    def malloc_trim(self, pad: int) -> int:
        self.calls.append(pad)
        return 1


def test_the_free_heap_is_given_back_after_start_up(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: "libc.so.6")
    monkeypatch.setattr(ctypes, "CDLL", lambda name: _Libc(calls))
    monkeypatch.setattr(gc, "freeze", lambda: None)  # the suite's own process stays as it is
    cli.settle_memory()
    assert calls == [0]


def test_nothing_is_done_without_a_c_library_that_trims(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    monkeypatch.setattr(gc, "freeze", lambda: None)
    cli.settle_memory()  # no error

    monkeypatch.setattr(ctypes.util, "find_library", lambda name: "libc.dylib")
    monkeypatch.setattr(ctypes, "CDLL", lambda name: object())  # no malloc_trim there
    cli.settle_memory()
