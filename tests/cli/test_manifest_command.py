"""`kpibot manifest`: the Slack app manifest to paste, with the host that runs `kpibot serve` in
every URL (from the checkout here; tests/packaging runs it from the installed wheel)."""

from __future__ import annotations

import yaml

from tests.cli.inprocess import run_here


def _urls(manifest: dict) -> list[str]:  # type: ignore[type-arg]
    settings = manifest["settings"]
    return [
        *(c["url"] for c in manifest["features"]["slash_commands"]),
        *manifest["oauth_config"]["redirect_urls"],
        settings["event_subscriptions"]["request_url"],
        settings["interactivity"]["request_url"],
        settings["interactivity"]["message_menu_options_url"],
    ]


def test_the_manifest_names_the_host_in_every_url() -> None:
    code, out, err = run_here({}, "manifest", "--host", "https://kpi.acme.no/")
    assert code == 0, err
    manifest = yaml.safe_load(out)
    urls = _urls(manifest)
    assert len(urls) == 11  # seven commands, redirect, events, interactivity, menus
    assert all(u.startswith("https://kpi.acme.no/slack/") for u in urls), urls
    assert manifest["settings"]["socket_mode_enabled"] is False


def test_socket_mode_and_a_wrong_host() -> None:
    code, out, _ = run_here({}, "manifest", "--socket-mode")
    assert code == 0 and yaml.safe_load(out)["settings"]["socket_mode_enabled"] is True
    code, out, err = run_here({}, "manifest", "--host", "kpi acme")
    assert code == 2 and out == ""
    assert "--host 'kpi acme' is not a host name" in err and "--host kpi.yourcompany.no" in err
