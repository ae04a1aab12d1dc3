"""Jinja2 renders mrkdwn text only; every value it prints is escaped for Slack."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template

from bot import i18n

# The checkout's templates/ folder; an installed wheel carries it as the package kpibot_templates.
CHECKOUT_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


@cache
def templates_dir() -> Path:
    """Where the *.mrkdwn.j2 files are: beside this code in a checkout (an editable install's
    package maps to the checkout it was installed from, not to another worktree running with
    PYTHONPATH), else inside the installed package."""
    if (CHECKOUT_TEMPLATES / "logged.mrkdwn.j2").is_file():
        return CHECKOUT_TEMPLATES
    try:
        packaged = resources.files("kpibot_templates")
    except ModuleNotFoundError:
        return CHECKOUT_TEMPLATES
    if isinstance(packaged, Path) and (packaged / "logged.mrkdwn.j2").is_file():
        return packaged
    return CHECKOUT_TEMPLATES


def escape(text: str) -> str:
    """Slack mrkdwn escaping: only &, < and > (so a customer called <!channel> pings nobody)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# Slack's mrkdwn cannot escape *bold*, _italics_, ~strike~ or `code`: in text people typed these
# characters are shown as look-alikes that Slack does not format. *, _ and ~ only where they could
# open or close formatting (at a word's edge: "Big_Corp" stays), backticks everywhere.
_EDGE_MARKS = re.compile(r"(?<![^\W_])[*_~]|[*_~](?![^\W_])")
_LOOK_ALIKES = {"*": "\u2217", "_": "\u02cd", "~": "\u223c"}


# Any character plain() changes: most names and notes hold none, and are returned as they are.
_CHANGED_BY_PLAIN = re.compile(r"[&<>`*_~]")


def plain(text: str) -> str:
    """Text someone typed, to be shown in mrkdwn exactly as typed: escaped, never formatted."""
    if _CHANGED_BY_PLAIN.search(text) is None:
        return str(text)  # str(): plain text even when given a Mrkdwn
    text = escape(text).replace("`", "\u02cb")
    return _EDGE_MARKS.sub(lambda m: _LOOK_ALIKES[m.group(0)], text)


def unescape(text: str) -> str:
    """What Slack sent as text (a slash command's, a message's), with its three entities decoded:
    &amp; last, so a typed "&lt;" (sent as "&amp;lt;") stays "&lt;"."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


class Mrkdwn(str):
    """Text we built ourselves (a user mention, a link, a rendered template, a translation) that
    must reach Slack as it is."""


def mention(user_id: str) -> Mrkdwn:
    return Mrkdwn(f"<@{escape(user_id)}>")


# What a template may print: text (escaped), numbers, dates. Anything else (a database row, a
# dataclass) would print as its repr, so it is refused loudly instead.
PRINTABLE = (int, float, Decimal, date)


def _finalize(value: Any) -> Any:
    if isinstance(value, Mrkdwn):
        return value
    if isinstance(value, str):
        return plain(value)
    if value is None or isinstance(value, PRINTABLE):
        return value
    raise TypeError(f"a template tried to print a {type(value).__name__}; give it plain values")


@cache
def environment(language: str) -> Environment:
    language = i18n.normalize_language(language)
    env = Environment(
        loader=FileSystemLoader(templates_dir()),
        undefined=StrictUndefined,
        finalize=_finalize,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        extensions=["jinja2.ext.i18n"],
        # Templates ship with the code and do not change under a running process: no stat() of
        # the file at every render (a nudge pass renders thousands).
        auto_reload=False,
    )
    env.install_gettext_translations(i18n.translations(language), newstyle=True)  # type: ignore[attr-defined]
    _install_gettext(env, language)
    env.filters["money"] = lambda amount, currency, code=False: i18n.format_money(
        Decimal(amount), currency, language, code=code
    )
    # In a team's view: amount|money_in(its currency, the team's), "kr" only the team's krone.
    env.filters["money_in"] = lambda amount, currency, team: i18n.format_money_in(
        Decimal(amount), currency, team, language
    )
    env.filters["total"] = lambda amount, foreign, currency: i18n.format_total(
        Decimal(amount), tuple(foreign or ()), currency, language
    )
    env.filters["day"] = lambda value: i18n.format_day(value, language)
    # A next step's words with its time of day: (lead.next_step)|step(lead.next_step_time)
    env.filters["step"] = lambda what, at=None: i18n.step_said(what, at, language)
    env.filters["number"] = lambda value: i18n.format_number(value, language)
    env.filters["ago"] = lambda minutes: i18n.format_ago(minutes, language)
    # ngettext("%(count)s offer", "%(count)s offers", x|plural, count=x|number): the form for
    # the number as shown, 1 and 1.0 singular, 2.4 plural.
    env.filters["plural"] = i18n.plural_count
    # views34: count|all_of: "both" for two, "all 3" for more (capital=True to begin a sentence)
    env.filters["all_of"] = lambda count, capital=False: i18n.all_of(count, language, capital)
    env.globals["language"] = language
    return env


def _install_gettext(env: Environment, language: str) -> None:
    """Our translations may format (*bold*, `code`); what is put into them may not: each
    %(name)s value is plain() unless it is Mrkdwn. The result is Mrkdwn, printed as it is."""
    translations = i18n.translations(language)

    def value(v: Any) -> Any:
        return v if isinstance(v, Mrkdwn) or not isinstance(v, str) else plain(v)

    def fill(text: str, variables: dict[str, Any]) -> Mrkdwn:
        return Mrkdwn(escape(text) % {k: value(v) for k, v in variables.items()})

    def gettext(message: str, **variables: Any) -> Mrkdwn:
        return fill(translations.gettext(message), variables)

    def ngettext(singular: str, plural: str, num: int, **variables: Any) -> Mrkdwn:
        return fill(translations.ngettext(singular, plural, num), {"num": num, **variables})

    env.globals.update(_=gettext, gettext=gettext, ngettext=ngettext)


def render(language: str, template: str, **context: Any) -> Mrkdwn:
    """Render templates/<template>.mrkdwn.j2 in the given language; surrounding blank lines
    trimmed. The result is Mrkdwn: put into another template, it is printed as it is."""
    text = render_unstripped(language, template, **context).strip()
    if ".." in text:
        # cmds28: an amount or a day that ends with its abbreviation's dot ("500.000 kr.",
        # "1. des.") ends the sentence with it, never "kr.." (Danish replies, every template)
        text = _ABBREVIATION_THEN_STOP.sub(r"\1.", text)
    return Mrkdwn(text)


_ABBREVIATION_THEN_STOP = re.compile(
    r"\b(kr|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|des|dec|mdr|mnd)\.\.(?!\.)"
)


def render_unstripped(language: str, template: str, **context: Any) -> str:
    return _template(language, f"{template}.mrkdwn.j2").render(**context)


# (environment, template name) -> the template, its globals read as one dict.
_TEMPLATES: dict[tuple[Environment, str], Template] = {}


def _template(language: str, name: str) -> Template:
    """Jinja keeps a template's globals as a ChainMap over its environment's (so that later
    changes to `env.globals` show), and walks that chain twice to make each render's context;
    ours are all set as the environment is made (`environment`), so each template's are read
    once into a plain dict: 18.6 -> 12.8 µs per render of `logged` (bench/HISTORY.md, session 19)."""
    env = environment(language)
    found = _TEMPLATES.get((env, name))
    if found is None:
        found = env.get_template(name)
        found.globals = dict(found.globals)
        _TEMPLATES[(env, name)] = found
    return found


def explain_once(message: dict[str, Any], language: str) -> dict[str, Any]:
    """`message` (a message or a view) with "not converted, as no rate is set in /kpi settings" said
    once: every later sum with an amount that has no rate says only "not converted". Its texts
    are read in the order Slack shows them; the notification text is a text of its own."""
    t = i18n.translations(language)
    full, short = t.gettext(i18n.NOT_CONVERTED), t.gettext(i18n.NOT_CONVERTED_AGAIN)

    def once(text: str, seen: bool) -> tuple[str, bool]:
        first = text.find(full)
        if first == -1:
            return text, seen
        keep = 0 if seen else first + len(full)
        return text[:keep] + text[keep:].replace(full, short), True

    seen = False

    def walk(node: Any) -> Any:
        nonlocal seen
        if isinstance(node, dict):
            out = dict(node)
            for key, value in node.items():
                if key == "text" and isinstance(value, str) and "type" in node:
                    out[key], seen = once(value, seen)
                elif isinstance(value, (dict, list)):
                    out[key] = walk(value)
            return out
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    result = dict(message)
    for key in ("blocks", "title"):
        if key in message:
            result[key] = walk(message[key])
    if isinstance(message.get("text"), str):
        result["text"] = once(message["text"], False)[0]
    return result


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
