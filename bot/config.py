"""Settings, read once from the environment and an optional .env file."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values

DEFAULT_API_URL = "https://slack.com/api/"
DEFAULT_DATABASE_URL = "sqlite:///kpibot.db"


class ConfigError(Exception):
    """A setting is missing or malformed; the message names it and says what to do."""


@dataclass(frozen=True)
class Settings:
    bot_token: str | None = None
    signing_secret: str | None = None
    app_token: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    api_url: str = DEFAULT_API_URL
    database_url: str = DEFAULT_DATABASE_URL
    port: int = 3000
    log_level: str = "INFO"
    log_format: str = "text"  # or "json": one object a line (bot.logs)
    digest_grace_hours: int = 24
    digest_catch_up: str = "latest"
    # Where messages and clicks are held while the database is unavailable (bot/spool.py).
    spool_dir: str | None = None
    spool_give_up_minutes: int = 60
    spool_replay_seconds: int = 10  # how often held requests are tried again
    # People's data: activities are deleted this many months after the day they happened; an
    # uninstalled workspace's data is purged this many days after the uninstall.
    retention_months: int = 24
    purge_grace_days: int = 30
    # Fernet key (base64, 32 bytes): bot tokens are stored encrypted with it (OAuth installs).
    encryption_key: str | None = None
    # KPIBOT_WORKERS as written: serving processes of `kpibot serve` (checked there).
    workers: str | None = None

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, dotenv: str | Path | None = ".env"
    ) -> Settings:
        """Values from the process environment win over the .env file."""
        values: dict[str, str] = {}
        if dotenv is not None and Path(dotenv).is_file():
            values.update({k: v for k, v in dotenv_values(dotenv).items() if v is not None})
        values.update(os.environ if environ is None else environ)

        def get(name: str) -> str | None:
            value = values.get(name, "").strip()
            return value or None

        port_text = get("PORT") or "3000"
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ConfigError(f"PORT={port_text!r} is not a port number: set PORT to e.g. 3000.")

        api_url = get("SLACK_API_URL") or DEFAULT_API_URL
        if not api_url.startswith(("http://", "https://")):
            raise ConfigError(
                f"SLACK_API_URL={api_url!r} is not an http(s) URL: leave it unset for Slack's "
                f"{DEFAULT_API_URL}, or point it at a Web API stand-in such as http://127.0.0.1:8080/api/."
            )
        if not api_url.endswith("/"):
            api_url += "/"

        database_url = get("DATABASE_URL") or DEFAULT_DATABASE_URL
        if not database_url.startswith(("sqlite:", "postgresql", "postgres:")):
            raise ConfigError(
                f"DATABASE_URL must start with sqlite:/// or postgresql+psycopg://, got "
                f"{database_url.split(':', 1)[0]!r}: e.g. DATABASE_URL=sqlite:///kpibot.db."
            )

        level = (get("LOG_LEVEL") or "INFO").upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ConfigError(f"LOG_LEVEL={level!r}: use DEBUG, INFO, WARNING or ERROR.")

        log_format = (get("LOG_FORMAT") or "text").lower()
        if log_format not in {"text", "json"}:
            raise ConfigError(
                f"LOG_FORMAT={log_format!r}: use text (lines for people) or json (one object a "
                "line, for a log collector)."
            )

        grace = get("KPIBOT_DIGEST_GRACE_HOURS") or "24"
        if not grace.isdigit():
            raise ConfigError(
                f"KPIBOT_DIGEST_GRACE_HOURS={grace!r} is not a number of hours: e.g. 24."
            )
        catch_up = (get("KPIBOT_DIGEST_CATCH_UP") or "latest").lower()
        if catch_up not in {"latest", "all"}:
            raise ConfigError(
                f"KPIBOT_DIGEST_CATCH_UP={catch_up!r}: use latest (send only the latest missed "
                "digest) or all."
            )

        give_up = get("KPIBOT_SPOOL_GIVE_UP_MINUTES") or "60"
        if not give_up.isdigit() or int(give_up) < 1:
            raise ConfigError(
                f"KPIBOT_SPOOL_GIVE_UP_MINUTES={give_up!r} is not a number of minutes: e.g. 60."
            )

        replay = get("KPIBOT_SPOOL_REPLAY_SECONDS") or "10"
        if not replay.isdigit() or not 1 <= int(replay) <= 3600:
            raise ConfigError(
                f"KPIBOT_SPOOL_REPLAY_SECONDS={replay!r} is not a number of seconds from 1 to "
                "3600: e.g. 10."
            )

        retention = get("KPIBOT_RETENTION_MONTHS") or "24"
        if not retention.isdigit() or int(retention) < 1:
            raise ConfigError(
                f"KPIBOT_RETENTION_MONTHS={retention!r} is not a number of months: e.g. 24."
            )
        purge_grace = get("KPIBOT_PURGE_GRACE_DAYS") or "30"
        if not purge_grace.isdigit():
            raise ConfigError(
                f"KPIBOT_PURGE_GRACE_DAYS={purge_grace!r} is not a number of days: e.g. 30."
            )
        encryption_key = get("KPIBOT_ENCRYPTION_KEY")
        if encryption_key is not None:
            check_encryption_key(encryption_key)

        return cls(
            retention_months=int(retention),
            purge_grace_days=int(purge_grace),
            encryption_key=encryption_key,
            spool_dir=get("KPIBOT_SPOOL_DIR"),
            workers=get("KPIBOT_WORKERS"),
            spool_give_up_minutes=int(give_up),
            spool_replay_seconds=int(replay),
            digest_grace_hours=int(grace),
            digest_catch_up=catch_up,
            bot_token=get("SLACK_BOT_TOKEN"),
            signing_secret=get("SLACK_SIGNING_SECRET"),
            app_token=get("SLACK_APP_TOKEN"),
            client_id=get("SLACK_CLIENT_ID"),
            client_secret=get("SLACK_CLIENT_SECRET"),
            api_url=api_url,
            database_url=database_url,
            port=int(port_text),
            log_level=level,
            log_format=log_format,
        )

    @property
    def spool_path(self) -> Path:
        """KPIBOT_SPOOL_DIR, or beside a SQLite database file, or ./kpibot-spool."""
        if self.spool_dir:
            return Path(self.spool_dir)
        if self.database_url.startswith("sqlite:///") and ":memory:" not in self.database_url:
            return Path(self.database_url.removeprefix("sqlite:///") + "-spool")
        return Path("kpibot-spool")

    @property
    def oauth(self) -> bool:
        return bool(self.client_id and self.client_secret)

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)

    def require_web_api(self) -> None:
        """What posting to Slack needs (the scheduler, `kpibot digest`): a bot token or OAuth."""
        if self.oauth:
            return
        if not self.bot_token or not self.bot_token.startswith("xoxb-"):
            raise ConfigError(
                "SLACK_BOT_TOKEN is not set to a bot token (xoxb-…): install the app and copy the "
                "Bot User OAuth Token from OAuth & Permissions into .env."
            )

    def require_slack(self) -> None:
        """Check what talking to Slack needs; raise ConfigError naming the first gap."""
        if self.socket_mode:
            if not self.app_token.startswith("xapp-"):  # type: ignore[union-attr]
                raise ConfigError(
                    "SLACK_APP_TOKEN must be an app-level token starting with xapp- "
                    "(Basic Information → App-Level Tokens, scope connections:write)."
                )
        elif not self.signing_secret:
            raise ConfigError(
                "SLACK_SIGNING_SECRET is not set: copy the Signing Secret from your Slack app's "
                "Basic Information page into .env."
            )
        if bool(self.client_id) != bool(self.client_secret):
            missing = "SLACK_CLIENT_SECRET" if self.client_id else "SLACK_CLIENT_ID"
            raise ConfigError(
                f"{missing} is not set: multi-workspace OAuth needs both SLACK_CLIENT_ID and "
                "SLACK_CLIENT_SECRET (Basic Information → App Credentials)."
            )
        if self.oauth:
            return
        if not self.bot_token:
            raise ConfigError(
                "SLACK_BOT_TOKEN is not set: install the app to your workspace and copy the "
                "Bot User OAuth Token (xoxb-…) from OAuth & Permissions into .env."
            )
        if not self.bot_token.startswith("xoxb-"):
            raise ConfigError(
                "SLACK_BOT_TOKEN must be a bot token starting with xoxb- "
                "(OAuth & Permissions → Bot User OAuth Token)."
            )


def check_encryption_key(key: str) -> None:
    """A Fernet key, or a ConfigError that says how to make one."""
    from cryptography.fernet import Fernet

    try:
        for part in key.split(","):  # several keys rotate: the first encrypts, any decrypts
            Fernet(part.strip().encode())
    except (ValueError, TypeError):
        raise ConfigError(
            "KPIBOT_ENCRYPTION_KEY is not a Fernet key (32 bytes, url-safe base64): make one with "
            'python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"'
        ) from None
