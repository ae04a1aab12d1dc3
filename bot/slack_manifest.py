"""The Slack app manifest (manifest.yml) for `kpibot manifest`: from inside the installed wheel
(setup.py ships it as bot/manifest.yml), else the checkout's. Its URLs name kpibot.example.com;
`for_host` puts the host that runs `kpibot serve` in their place."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

PLACEHOLDER = "kpibot.example.com"
CHECKOUT_MANIFEST = Path(__file__).resolve().parents[1] / "manifest.yml"
# A host name as Slack takes it in a URL: letters, digits, dots, hyphens, an optional port.
_HOST = re.compile(
    r"^(?=.{1,253}(?::\d{1,5})?$)[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?$"
)


def text() -> str:
    shipped = resources.files("bot").joinpath("manifest.yml")
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    return CHECKOUT_MANIFEST.read_text(encoding="utf-8")


def valid_host(host: str) -> bool:
    return bool(_HOST.match(host))


def for_host(host: str | None, *, socket_mode: bool = False) -> str:
    """The manifest with `host` in every URL (as it is without one), Socket Mode on if asked."""
    manifest = text()
    if host:
        manifest = manifest.replace(f"https://{PLACEHOLDER}", f"https://{host}")
    if socket_mode:
        manifest = manifest.replace("socket_mode_enabled: false", "socket_mode_enabled: true")
    return manifest
