"""The suite's apps share the listeners a worker's first app registered (tests/conftest.py,
_listeners_registered_once): every later app has the same listeners, in the same order, as one
that registers its own, and an app with an installation store (OAuth) registers its own."""

from __future__ import annotations

import inspect

from slack_bolt import App

from bot import listeners
from bot.app import _direct_matchers
from tests import conftest


def _fresh(**kwargs) -> App:  # type: ignore[no-untyped-def]
    return App(
        name="app.py",
        signing_secret="x",
        token="xoxb-x",
        token_verification_enabled=False,
        request_verification_enabled=False,
        **kwargs,
    )


def _name(fn: object) -> str:
    """A listener function's name, and the function it guards (bot.listeners.guard)."""
    inner = inspect.getclosurevars(fn).nonlocals.get("fn") if inspect.isfunction(fn) else None
    return f"{getattr(fn, '__qualname__', fn)}({getattr(inner, '__qualname__', '')})"


def _shape(app: App) -> list[tuple]:
    return [
        (
            type(listener).__name__,
            _name(getattr(listener, "ack_function", None)),
            [type(m).__name__ for m in getattr(listener, "matchers", [])],
        )
        for listener in app._listeners
    ]


def test_a_later_app_has_the_listeners_an_app_registering_its_own_has() -> None:
    original = listeners.register.__wrapped__  # bot.listeners' own
    assert original.__module__ == "bot.listeners"
    own, first, later = _fresh(), _fresh(), _fresh()
    original(own)
    listeners.register(first)
    listeners.register(later)
    assert len(later._listeners) == len(own._listeners) > 40
    assert later._listeners == first._listeners  # the same listener objects, in order
    # The same functions, guarded alike, matched alike, in the same order as a fresh register
    # (bot.app's own pass over the listeners, done when an app is built, done to both here: the
    # shared ones have been through it when an app was built before this test).
    for app in (own, later):
        _direct_matchers(app)
    assert _shape(later) == _shape(own)
    assert len({name for _, name, _ in _shape(own)}) > 30


def test_an_app_with_an_installation_store_registers_its_own() -> None:
    class Store:
        def find_bot(self, **_kwargs):  # type: ignore[no-untyped-def]
            return None

    one, two = _fresh(installation_store=Store()), _fresh(installation_store=Store())
    listeners.register(one)
    listeners.register(two)
    assert len(one._listeners) == len(two._listeners) > 40
    assert not set(map(id, one._listeners)) & set(map(id, two._listeners))


def test_the_suite_registers_once() -> None:
    assert listeners.register.__qualname__.startswith(conftest._listeners_registered_once.__name__)
