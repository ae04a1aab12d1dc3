"""slack_sdk's SQLAlchemy installation store, with the tokens encrypted at rest.

With KPIBOT_ENCRYPTION_KEY set, every token (bot, user, refresh) is stored as
"fernet:" + a Fernet token; a database dump shows no xoxb-. Several keys, comma-separated, rotate:
the first encrypts, any decrypts. Rows stored before a key was set are read as they are and are
encrypted the next time they are saved (a reinstall, a token rotation)."""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from slack_bolt.error import BoltError
from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from sqlalchemy import Engine, desc, update
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


class OrgWideInstall(BoltError):
    """An installation to a whole Enterprise Grid organisation (is_enterprise_install: no
    workspace in it). kpibot keeps its data, digests and nudges per workspace, and finds a
    workspace's token by its workspace id: such an installation answered commands but sent no
    digest, summary or nudge (no token for the workspace). Not stored; the page says to install
    kpibot to each workspace instead."""


ORG_WIDE_PAGE = (
    "<html><head><title>kpibot</title></head><body><h2>kpibot is installed workspace by "
    "workspace</h2><p>This was an installation to a whole Enterprise Grid organisation, which "
    "kpibot does not support: nothing was stored. Install kpibot to each workspace whose sales "
    'teams use it (<a href="/slack/install">install</a> from that workspace); each '
    "workspace's figures stay its own.</p></body></html>"
)


class InstallationStore(SQLAlchemyInstallationStore):
    """Also clears a workspace's pending purge when it installs the app again."""

    def __init__(self, client_id: str, engine: Engine, cipher: TokenCipher | None = None) -> None:
        super().__init__(client_id=client_id, engine=engine)
        self.cipher = cipher

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
        if installation.is_enterprise_install:
            raise OrgWideInstall("an installation to a whole Enterprise Grid organisation")
        super().save(self._sealed(installation))
        self._installed_again(installation.team_id)

    def save_bot(self, bot: Bot) -> None:
        super().save_bot(self._sealed(bot))

    def build_installation_entity(self, row: Any) -> Installation:
        return self._opened(super().build_installation_entity(row))

    def build_bot_entity(self, row: Any) -> Bot:
        return self._opened(super().build_bot_entity(row))

    def find_workspace_bot(self, team_id: str) -> Bot | None:
        """The workspace's bot, whichever Enterprise Grid organisation it belongs to: a
        workspace of one is stored with its enterprise_id, and find_bot(enterprise_id=None)
        never finds it (the scheduler sent there without a token)."""
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
        return None

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
