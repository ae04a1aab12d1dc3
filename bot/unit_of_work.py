"""One unit of work per request: one session, one transaction, committed once by its owner.

The Bolt middleware (bot.middleware) puts a `Request` into every listener's context. A listener
opens the request's unit of work once, for reading or for writing, and the `with` block owns it:

    with request.writing() as uow:          # SQLite: BEGIN IMMEDIATE; commits on leaving
        reply = activities.log(uow.session, uow.who, cmd, ..., now=uow.now)
    ack(**reply)                            # said only after it is stored

Reads begin deferred on SQLite and never wait for writers. The requester (`uow.who`) is resolved
once, from the same session. No connection is taken until the session is first used. The session
(storage.db.UnitSession) begins its transaction on a connection of its own: storage.cursor's
statements, the commit and a rollback run there without the ORM's transaction machinery until
the ORM is used, which then joins that same transaction."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot import listener_runner, timing
from bot.dependencies import Deps
from bot.errors import BadPayload, NotAPerson, UserError
from bot.services import requester
from bot.services.requester import Who
from storage.db import (
    DatabaseBusy,
    UnitSession,
    idle_connections,
    open_unit_session,
    write_turn,
)
from storage.repositories import BEFORE_LOCKING
from storage.rows import KEPT, VERIFIED, WRITTEN, StaleRequester, check_kept, unflushed

log = logging.getLogger(__name__)

ProfileSource = Callable[[str], dict[str, Any] | None]

_FLUSHED = "kpibot.flushed"  # session.info: something was flushed (the transaction must be kept)


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    # ack29: a unit answering from a kept requester checks it before its first write
    check_kept(session)


@event.listens_for(Session, "after_flush")
def _flushed(session: Session, _context: Any) -> None:
    # Registered once for every session (a listener per session cost more than the flag).
    session.info[_FLUSHED] = True


def _take_turn_now() -> None:
    if not listener_runner.take_turn():
        raise DatabaseBusy("no writer's turn came within the request's time")


@dataclass
class Request:
    """What the middleware knows of a request before any listener runs: the ids from the
    payload, the time it arrived, and how to fetch a profile (None: never call Slack, for paths
    that answer before the 3 s ack)."""

    deps: Deps
    workspace_id: str
    user_id: str | None
    channel_id: str | None
    now: datetime
    fetch_profile: ProfileSource | None = None
    # Seconds this request may wait on database locks in all (None: as long as the database
    # says). Set for requests answered in Slack's 3 s acknowledgement: they fail fast instead.
    # Counted from its arrival (`arrived`, time.monotonic()), so time spent queued for a
    # listener thread is part of it.
    wait: float | None = None
    # The Enterprise Grid organisation the workspace belongs to, when the payload says so.
    enterprise_id: str | None = None
    # Typed in its channel (a command, a message): the person is in that channel now. A click or
    # a form's submission names the channel it came from, where the person may be no more.
    typed: bool = True
    arrived: float = field(default_factory=time.monotonic)
    who: Who | None = field(default=None, init=False)
    # A writing session begun before the request waited for a writer's turn (begin_ahead): the
    # first writing unit of work takes it.
    _ahead: UnitSession | None = field(default=None, init=False, repr=False)
    # Which command the person typed, as an example key (bot.errors.EXAMPLES): the example shown
    # under an error the request raises. Set by the listener that knows it.
    example: str | None = field(default=None, init=False)
    # views33: a unit of work of this request committed something it wrote. An error after it
    # (a reply that fails to render, a Slack call that fails) never says "nothing was stored",
    # and the request is never held to be stored again (bot.errors, bot.listeners.guard).
    committed: bool = field(default=False, init=False)

    def left(self) -> float:
        """Seconds of `wait` still left (inf without one)."""
        if self.wait is None:
            return float("inf")
        return self.wait - (time.monotonic() - self.arrived)

    def reading(self) -> UnitOfWork:
        return UnitOfWork(self, write=False)

    def begin_ahead(self) -> None:
        """KPIBOT_TURN_STARTS=begun (bot.listener_runner): take the writing unit's connection
        from the pool and begin its transaction (the pool's check, BEGIN, the deadline's SET
        when it changes) now, before the request waits for a writer's turn, so that round trip
        and the checkout's work are not in the turn. Nothing is read or locked: PostgreSQL's
        READ COMMITTED takes each statement's snapshot when the statement runs, and a BEGIN
        alone takes none. The first writing unit of work takes it (`take_ahead`); one nobody
        took is given back by `end_ahead`. Only with a connection kept by the units of work or
        idle in the pool (storage.db.idle_connections): one is never
        opened for it (beyond the pool's size each would be a new server process, closed again
        when given back: at concurrency 32 more requests wait than the pool holds). PostgreSQL
        only: SQLite's writing BEGIN takes the file's write lock, which waits for its turn
        (storage.db.write_turn)."""
        engine = self.deps.session_factory.kw["bind"]
        if (
            self._ahead is None
            and engine.dialect.name == "postgresql"
            and idle_connections(engine) > 0
        ):
            self._ahead = _unit_session(self, write=True)
            if timing.ON:
                timing.mark("begun")

    def take_ahead(self) -> UnitSession | None:
        ahead, self._ahead = self._ahead, None
        return ahead

    def end_ahead(self) -> None:
        """The session begun ahead, if no unit of work took it: rolled back, its connection
        back to the pool."""
        ahead = self.take_ahead()
        if ahead is not None:
            ahead.close()

    def writing(self, *, kept: bool = False, keep: bool = False) -> UnitOfWork:
        """`kept`: the requester may be answered from what this process kept of it
        (requester.kept), checked before anything is committed or answered: a StaleRequester
        from the `with` block says it was not, everything undone (do it again with `keep`
        alone). `kept` or `keep`: a requester read from committed rows is kept."""
        return UnitOfWork(self, write=True, kept=kept, keep=kept or keep)

    @property
    def language(self) -> str:
        """The person's language, known or last seen, without touching the database."""
        if self.who is not None:
            return self.who.language
        return requester.language_hint(self.workspace_id, self.user_id)


def _unit_session(request: Request, write: bool) -> UnitSession:
    deps, wait = request.deps, request.wait
    return open_unit_session(
        deps.session_factory if write else deps.read_factory,
        None if wait is None else int(wait * 1000),
    )


class UnitOfWork:
    def __init__(
        self, request: Request, *, write: bool, kept: bool = False, keep: bool = False
    ) -> None:
        self.request = request
        self.write = write
        self.kept = kept
        self.keep = keep
        self.now = request.now
        self._session: Session | None = None
        self._turn: AbstractContextManager[object] | None = None  # this process's writer turn

    # -- the session ----------------------------------------------------------------------------
    def _open(self) -> Session:
        if self.write and self._turn is None:
            # This process's writers take turns (SQLite); the turn ends with the transaction.
            self._turn = self._take_turn()
        if self._session is None:
            self._session = self._new_session(self.write, ahead=True)
        return self._session

    def _take_turn(self) -> AbstractContextManager[object]:
        turn = write_turn(self.request.deps.session_factory.kw["bind"])
        acquire = getattr(turn, "acquire", None)
        if self.request.wait is None or acquire is None:
            turn.__enter__()
        elif not acquire(timeout=max(0.0, self.request.left())):
            raise DatabaseBusy("another writer of this process holds the database")
        if timing.ON:
            timing.mark("turn")
        return turn

    def _new_session(self, write: bool, *, ahead: bool = False) -> Session:
        # Its transaction begun on a connection of its own: storage.cursor's statements and the
        # commit run there without the ORM's transaction machinery, which joins it when used.
        # (`ahead`: the unit's own session, which may have been begun before the writer's turn.)
        begun = self.request.take_ahead() if ahead and write else None
        session = begun if begun is not None else _unit_session(self.request, write)
        if write and listener_runner.turn_pending():
            # KPIBOT_TURN_STARTS=lock: the writer's turn is taken before the first row lock.
            session.info[BEFORE_LOCKING] = _take_turn_now
        return session

    def _end_turn(self) -> None:
        if self._turn is not None:
            turn, self._turn = self._turn, None
            turn.__exit__(None, None, None)

    def _let_go(self) -> None:
        """End the transaction (nothing written yet) so no lock is held across a Slack call; the
        connection goes back to the pool meanwhile. The session stays usable (a caller may hold
        it already): it takes a connection again when next used."""
        session = self._session
        if isinstance(session, UnitSession):
            session.let_go()
        elif session is not None:
            session.rollback()
        self._end_turn()

    @property
    def session(self) -> Session:
        return self._open()

    def _untouched(self, session: Session) -> bool:
        info = session.info
        return not (info.get(_FLUSHED) or info.get(WRITTEN) or unflushed(session))

    # -- who is asking --------------------------------------------------------------------------
    @property
    def who(self) -> Who:
        """The requester, resolved once per request from this unit of work's session."""
        if self.request.who is None and not self._from_kept():
            self.request.who = self._resolve()
        return self.request.who  # type: ignore[return-value]

    def _from_kept(self) -> bool:
        """ack29 (`writing(kept=True)`): the requester this process kept, unread, when it may
        answer from it (requester.kept). Checked in the save's statement, or before the commit
        or a UserError's answer (_verify): a moved version undoes it all."""
        req = self.request
        if not self.kept or not req.user_id:
            return False
        kept = requester.kept(
            req.workspace_id,
            req.user_id,
            req.channel_id,
            req.now,
            fetches=req.fetch_profile is not None,
        )
        if kept is None:
            return False
        self._open().info[KEPT] = (req.workspace_id, kept[1])
        req.who = kept[0]
        return True

    def who_with_customers(self, keys: Collection[str]) -> tuple[Who, dict[str, Any] | None]:
        """The requester (`who`), and the customers among `keys` (repositories.customers_among)
        read in the same round trip when the requester is still to be read in this unit of work
        (a log command's text's keys, read before it); None: read them yourself."""
        if self.request.who is not None or self._from_kept():
            return self.request.who, None  # type: ignore[return-value]
        customers: list[dict[str, Any] | None] = [None]
        self.request.who = self._resolve(keys, customers)
        return self.request.who, customers[0]

    def _resolve(
        self, keys: Collection[str] | None = None, customers: list[Any] | None = None
    ) -> Who:
        req = self.request
        if not req.user_id:
            raise BadPayload("this request has no user")
        session = self._open()
        keep = self.keep and self._untouched(session)  # only rows others committed are kept
        if keys is not None and customers is not None:
            found, customers[0] = requester.find_with_customers(
                session, req.workspace_id, req.user_id, req.channel_id, keys
            )
        else:
            found = requester.find(session, req.workspace_id, req.user_id, req.channel_id)
        profile = None
        if (
            req.fetch_profile is not None
            and self._untouched(session)
            and requester.profile_is_stale(found.seller if found else None, req.now)
        ):
            # Once a day per person: never hold a transaction (SQLite's write lock) across a
            # Slack call. Nothing was written yet, so letting go of the transaction loses nothing.
            self._let_go()
            if customers is not None:
                customers[0] = None  # read in the transaction let go: read again when needed
            profile = req.fetch_profile(req.user_id)
            if profile is not None and requester.is_bot_or_app(profile):
                # A bot, an app's or a workflow's user: nobody's seller. (A deactivated
                # account's message, delivered late or held through an outage, was posted while
                # it was active: it counts, and the account is marked gone: no DMs.)
                raise NotAPerson()
            if profile is not None and not requester.of_this_organisation(
                profile, req.workspace_id, req.enterprise_id
            ):
                # Someone of another organisation (Slack Connect): never one of our sellers.
                raise UserError("outside_organisation")
            if profile is not None and requester.is_guest(profile):
                # A guest account: logs nothing, sees no team's figures. A seller made a guest
                # while no user_change reached us is out from now on (no DMs), as it would be.
                if found is not None:
                    self._mark_guest()
                raise UserError("guest")
            session = self._open()
            found = requester.find(session, req.workspace_id, req.user_id, req.channel_id)
        if not self.write and requester.needs_write(found, req.channel_id, profile):
            # A reader that must first record a new person, a fresh profile or a first team:
            # a short write of its own, then the read goes on without a write lock.
            turn = self._take_turn()
            try:
                with self._new_session(True) as writer:
                    requester.resolve(
                        writer,
                        req.workspace_id,
                        req.user_id,
                        req.channel_id,
                        req.now,
                        profile=profile,
                        join=req.typed,
                    )
                    writer.commit()
            finally:
                turn.__exit__(None, None, None)
            session.rollback()
            found, profile = None, None
            if customers is not None:
                customers[0] = None
        return requester.resolve(
            session,
            req.workspace_id,
            req.user_id,
            req.channel_id,
            req.now,
            found=found,
            profile=profile,
            join=req.typed,
            keep=keep,
        )

    def _verify(self) -> None:
        """A requester answered from what was kept, not yet checked by a statement of this
        transaction: the people version read now; moved, StaleRequester (nothing committed)."""
        if self._session is not None:
            check_kept(self._session)

    def _check_kept(self, exc: BaseException | None) -> None:
        """The `with` block raised with a requester answered from what was kept and not yet
        checked: a UserError (answered from the requester's rows, in their language) is checked
        first; a statement refused for its integrity (a kept seller or team deleted since by
        another process) is done again afresh, and raised again there if it was not that.
        StaleRequester, everything undone, when it is to be done again."""
        session = self._session
        info = getattr(session, "info", None)  # (a stand-in session may have none)
        if info is None or KEPT not in info or VERIFIED in info:
            return
        if isinstance(exc, UserError):
            try:
                self._verify()
            except StaleRequester as stale:
                self.rollback()
                raise stale from exc
        elif isinstance(exc, IntegrityError):
            self.rollback()
            raise StaleRequester(session.info[KEPT][0]) from exc

    def _mark_guest(self) -> None:
        """A short write of its own (this unit of work then raises): the requester's seller row
        marked out, a guest now (requester.made_guest)."""
        req = self.request
        turn = self._take_turn()
        try:
            with self._new_session(True) as writer:
                requester.made_guest(writer, req.workspace_id, req.user_id, req.now)
                writer.commit()
        finally:
            turn.__exit__(None, None, None)

    # -- ownership ------------------------------------------------------------------------------
    def commit(self) -> None:
        try:
            try:
                self._verify()
            except StaleRequester:
                self.rollback()
                raise
            if self._session is not None:
                # (a stand-in session may have no info: nothing said of it)
                info = getattr(self._session, "info", None)
                wrote = self.write and info is not None and not self._untouched(self._session)
                if timing.ON:
                    timing.mark("commit")
                if self.write:
                    # The writing is done: the next command may take this writer's turn while
                    # the COMMIT's round trip waits on the server (bot.listener_runner).
                    listener_runner.end_turn("commit")
                self._session.commit()
                if wrote:
                    self.request.committed = True
                if timing.ON:
                    timing.mark("committed")
                if self.write:
                    listener_runner.end_turn("committed")
        finally:
            self._end_turn()

    def rollback(self) -> None:
        try:
            if self._session is not None:
                if self.write:
                    listener_runner.end_turn("commit")
                self._session.rollback()
        finally:
            self._end_turn()

    def close(self) -> None:
        try:
            if self._session is not None:
                self._session.close()
                self._session = None
        finally:
            self._end_turn()

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                self.commit()
            else:
                self._check_kept(exc)
                self.rollback()
        finally:
            self.close()
