"""slack_sdk's SQLAlchemy installation store, with the tokens encrypted at rest.

With KPIBOT_ENCRYPTION_KEY set, every token (bot, user, refresh) is stored as
"fernet:" + a Fernet token; a database dump shows no xoxb-. Several keys, comma-separated, rotate:
the first encrypts, any decrypts. Rows stored before a key was set are read as they are and are
encrypted the next time they are saved (a reinstall, a token rotation)."""

from __future__ import annotations

import copy
import time
from datetime import datetime
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from sqlalchemy import Engine, desc, select, update
from sqlalchemy.orm import Session

from storage import people
from storage.models import Workspace

PREFIX = "fernet:"
TOKEN_FIELDS = ("bot_token", "bot_refresh_token", "user_token", "user_refresh_token")


class TokenCipher:
    def __init__(self, keys: str) -> None:
        self._fernet = MultiFernet(
            [Fernet(k.strip().encode()) for k in keys.split(",") if k.strip()]
        )

    def seal(self, token: str | None) -> str | None:
        if token is None or token.startswith(PREFIX):
            return token
        return PREFIX + self._fernet.encrypt(token.encode()).decode()

    def open(self, value: str | None) -> str | None:
        if value is None or not value.startswith(PREFIX):
            return value  # stored before encryption was turned on
        try:
            return self._fernet.decrypt(value[len(PREFIX) :].encode()).decode()
        except InvalidToken:
            raise ValueError(
                "a stored Slack token cannot be decrypted with KPIBOT_ENCRYPTION_KEY: was the key "
                "changed? Keep the old key after the new one (comma-separated) until all are resaved."
            ) from None


class InstallationStore(SQLAlchemyInstallationStore):
    """Also clears a workspace's pending purge when it installs the app again.

    Enterprise Grid: an installation to a whole organisation (is_enterprise_install, no
    workspace in it) is stored as slack_sdk stores it, and Bolt finds it for every request of
    the organisation. kpibot keeps its data per workspace and its scheduler finds a workspace's
    token by the workspace alone, so each workspace the organisation's installation has served
    is noted beside it: a bot row of that workspace without a token (`_member_of`), which none
    of slack_sdk's lookups return (they want a token), read by `find_workspace_bot` to reach the
    organisation's installation as it is now (its token rotated or reinstalled since)."""

    def __init__(self, client_id: str, engine: Engine, cipher: TokenCipher | None = None) -> None:
        super().__init__(client_id=client_id, engine=engine)
        self.cipher = cipher
        self._members_noted: set[tuple[str, str]] = set()  # (organisation, workspace) stored

    def _sealed(self, entity: Any) -> Any:
        if self.cipher is None:
            return entity
        sealed = copy.copy(entity)
        for name in TOKEN_FIELDS:
            if hasattr(sealed, name):
                setattr(sealed, name, self.cipher.seal(getattr(sealed, name)))
        return sealed

    def _opened(self, entity: Any) -> Any:
        if self.cipher is not None and entity is not None:
            for name in TOKEN_FIELDS:
                if hasattr(entity, name):
                    setattr(entity, name, self.cipher.open(getattr(entity, name)))
        return entity

    def save(self, installation: Installation) -> None:
        super().save(self._sealed(installation))
        if installation.is_enterprise_install and installation.enterprise_id:
            for team_id in self.members(installation.enterprise_id):
                self._installed_again(team_id)
        else:
            self._installed_again(installation.team_id)

    def find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        """slack_sdk's; an organisation's installation found for a request of one of its
        workspaces (Bolt names the workspace of a command or a click) notes that workspace."""
        found = super().find_installation(
            enterprise_id=enterprise_id,
            team_id=team_id,
            user_id=user_id,
            is_enterprise_install=is_enterprise_install,
        )
        if found is not None and found.is_enterprise_install and enterprise_id and team_id:
            self.note_member(enterprise_id, team_id, found)
        return found

    def note_member(self, enterprise_id: str, team_id: str, org: Installation | Bot) -> None:
        """Workspace `team_id` is served by organisation `enterprise_id`'s installation `org`:
        noted once (a bot row of the workspace with no token), so that the scheduler finds the
        organisation's token for it."""
        if (enterprise_id, team_id) in self._members_noted:
            return
        if self._member_of(team_id) != enterprise_id:
            super().save_bot(
                Bot(
                    app_id=org.app_id,
                    enterprise_id=enterprise_id,
                    enterprise_name=org.enterprise_name,
                    team_id=team_id,
                    bot_token=None,  # type: ignore[arg-type]  # the organisation's, read there
                    bot_id=org.bot_id or "",
                    bot_user_id=org.bot_user_id or "",
                    is_enterprise_install=True,
                    installed_at=time.time(),
                )
            )
        self._members_noted.add((enterprise_id, team_id))

    def _member_of(self, team_id: str) -> str | None:
        """The organisation whose installation last served this workspace, if any."""
        c = self.bots.c
        query = (
            select(c.enterprise_id)
            .where(
                c.client_id == self.client_id,
                c.team_id == team_id,
                c.is_enterprise_install.is_(True),
                c.bot_token.is_(None),
            )
            .order_by(desc(c.installed_at))
            .limit(1)
        )
        with self.engine.connect() as conn:
            return conn.execute(query).scalar()

    def forget_member(self, enterprise_id: str, team_id: str) -> None:
        """Workspace `team_id` no longer served by organisation `enterprise_id`'s installation
        (its access revoked, Slack's team_access_revoked): the scheduler finds no token for it."""
        c = self.bots.c
        with self.engine.begin() as conn:
            conn.execute(
                self.bots.delete().where(
                    c.client_id == self.client_id,
                    c.enterprise_id == enterprise_id,
                    c.team_id == team_id,
                    c.is_enterprise_install.is_(True),
                    c.bot_token.is_(None),
                )
            )
        self._members_noted.discard((enterprise_id, team_id))

    def member_back(self, enterprise_id: str, team_id: str) -> bool:
        """Workspace `team_id` served by organisation `enterprise_id`'s installation again
        (Slack's team_access_granted): noted, and its pending purge cleared. False when the
        organisation has no installation."""
        org = self.find_bot(enterprise_id=enterprise_id, team_id=None, is_enterprise_install=True)
        if org is None:
            return False
        self._members_noted.discard((enterprise_id, team_id))
        self.note_member(enterprise_id, team_id, org)
        self._installed_again(team_id)
        return True

    def members(self, enterprise_id: str) -> list[str]:
        """The workspaces organisation `enterprise_id`'s installation has served."""
        c = self.bots.c
        query = (
            select(c.team_id)
            .distinct()
            .where(
                c.client_id == self.client_id,
                c.enterprise_id == enterprise_id,
                c.is_enterprise_install.is_(True),
                c.bot_token.is_(None),
                c.team_id.is_not(None),
            )
        )
        with self.engine.connect() as conn:
            return sorted(conn.execute(query).scalars())

    def save_bot(self, bot: Bot) -> None:
        super().save_bot(self._sealed(bot))

    def delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        super().delete_bot(enterprise_id=enterprise_id, team_id=team_id)
        # A workspace's rows gone (its purge): noted again when the organisation serves it next.
        self._members_noted = {m for m in self._members_noted if team_id not in (None, m[1])}

    def build_installation_entity(self, row: Any) -> Installation:
        return self._opened(super().build_installation_entity(row))

    def build_bot_entity(self, row: Any) -> Bot:
        return self._opened(super().build_bot_entity(row))

    def find_workspace_bot(self, team_id: str) -> Bot | None:
        """The workspace's bot, whichever Enterprise Grid organisation it belongs to: a
        workspace of one is stored with its enterprise_id, and find_bot(enterprise_id=None)
        never finds it (the scheduler sent there without a token); a workspace of an
        organisation installed as a whole has the organisation's (note_member)."""
        found = self.find_bot(enterprise_id=None, team_id=team_id)
        if found is not None:
            return found
        c = self.bots.c
        query = (
            self.bots.select()
            .where(c.client_id == self.client_id, c.team_id == team_id, c.bot_token.is_not(None))
            .order_by(desc(c.installed_at))
            .limit(1)
        )
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                return self.build_bot_entity(row)
        # A workspace of an organisation installed as a whole: the organisation's bot.
        organisation = self._member_of(team_id)
        if organisation is None:
            return None
        return self.find_bot(enterprise_id=organisation, team_id=None, is_enterprise_install=True)

    def _installed_again(self, team_id: str | None) -> None:
        if team_id:
            with self.engine.begin() as conn:
                conn.execute(
                    update(Workspace.__table__)
                    .where(Workspace.__table__.c.id == team_id)
                    .values(uninstalled_at=None)
                )


# What Slack answers a call made with a bot token that is gone for good: the app removed from the
# workspace (its admin did it while kpibot was down, or the app_uninstalled / tokens_revoked event
# never reached us), the token revoked, the workspace deleted. Slack's docs: invalid_auth "the
# provided token is invalid" (or the call came from an IP address the workspace does not allow),
# token_revoked, account_inactive "a deleted user or workspace when using a bot token". Not
# not_authed (no token sent at all: ours to mend, not the workspace's).
TOKEN_GONE = frozenset({"invalid_auth", "token_revoked", "account_inactive"})


def left_by_refusal(
    store: InstallationStore, team_id: str, token: str | None, now: datetime
) -> bool:
    """The workspace's stored bot token `token` was refused by Slack as gone (TOKEN_GONE): the
    workspace has left, as app_uninstalled or tokens_revoked would say (its purge clock starts;
    the scheduler sends nothing there; bot.web answers its requests as not installed). The
    installation itself is kept, unlike after the event: invalid_auth also means "from an IP
    address the workspace does not allow", which its admin may mend; Slack accepting the token
    again, people's use brings the workspace back (storage.people.used_since_leaving), as a
    reinstall does at once. Only while `token` is the one stored (installed again since with a
    new token: nothing changes). Whether the workspace is now taken as left."""
    if not token:
        return False
    bot = store.find_workspace_bot(team_id)
    if bot is None or bot.bot_token != token:
        return bot is None
    with Session(store.engine) as session, session.begin():
        people.mark_uninstalled(session, team_id, now)
    return True


def installation_store(
    client_id: str, engine: Engine, encryption_key: str | None
) -> InstallationStore:
    return InstallationStore(
        client_id, engine, TokenCipher(encryption_key) if encryption_key else None
    )
