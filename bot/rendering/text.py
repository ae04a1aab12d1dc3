"""Jinja2 renders mrkdwn text only; every value it prints is escaped for Slack."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bot import i18n

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"


def escape(text: str) -> str:
    """Slack mrkdwn escaping: only &, < and > (so a customer called <!channel> pings nobody)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Mrkdwn(str):
    """Text we built ourselves (a user mention, a link) that must reach Slack unescaped."""


def mention(user_id: str) -> Mrkdwn:
    return Mrkdwn(f"<@{escape(user_id)}>")


# What a template may print: text (escaped), numbers, dates. Anything else (a database row, a
# dataclass) would print as its repr, so it is refused loudly instead.
PRINTABLE = (int, float, Decimal, date)


def _finalize(value: Any) -> Any:
    if isinstance(value, Mrkdwn):
        return value
    if isinstance(value, str):
        return escape(value)
    if value is None or isinstance(value, PRINTABLE):
        return value
    raise TypeError(f"a template tried to print a {type(value).__name__}; give it plain values")


@cache
def environment(language: str) -> Environment:
    language = i18n.normalize_language(language)
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        undefined=StrictUndefined,
        finalize=_finalize,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_translations(i18n.translations(language), newstyle=True)  # type: ignore[attr-defined]
    env.filters["money"] = lambda amount, currency: i18n.format_money(
        Decimal(amount), currency, language
    )
    env.filters["total"] = lambda amount, foreign, currency: i18n.format_total(
        Decimal(amount), tuple(foreign or ()), currency, language
    )
    env.filters["day"] = lambda value: i18n.format_day(value, language)
    env.filters["number"] = lambda value: i18n.format_number(value, language)
    env.globals["language"] = language
    return env


def render(language: str, template: str, **context: Any) -> str:
    """Render templates/<template>.mrkdwn.j2 in the given language; surrounding blank lines trimmed."""
    return environment(language).get_template(f"{template}.mrkdwn.j2").render(**context).strip()


def message_text(message: dict[str, Any]) -> str:
    """All readable text of a message or view: its text and every block's text, in order."""
    parts: list[str] = []
    if message.get("text") and not message.get("blocks"):
        parts.append(str(message["text"]))

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "actions":  # buttons are listed separately
                return
            if node.get("type") in {"mrkdwn", "plain_text"} and "text" in node:
                parts.append(str(node["text"]))
                return
            for key in (
                "title",
                "text",
                "elements",
                "fields",
                "accessory",
                "label",
                "element",
                "placeholder",
            ):
                if key in node:
                    walk(node[key])
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(message.get("blocks", []))
    return "\n".join(parts)
