"""`kpibot export` round-trips what was stored; `kpibot demo` and `kpibot console` run the real app.

The console scripts themselves (`kpibot console` fed from standard input, `kpibot export`) run as
processes in the README's lines below; `kpibot demo` as a process in tests/packaging/test_wheel.py
(the installed wheel's). The other runs here go through bot.cli.main in this process
(tests/cli/inprocess.py): the same parsing, settings and command, without a second or more of
interpreter start and imports each (a `kpibot demo` process also drew its chart in a process of
its own)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.cli.inprocess import run_here
from tests.helpers import buttons

KPIBOT = str(Path(sys.executable).with_name("kpibot"))
FIELDS = [
    "id",
    "team_id",
    "seller",
    "seller_name",
    "customer",
    "kind",
    "date",
    "amount",
    "currency",
    "source",
    "note",
    "created_at",
    "revised_from",
    "revised_from_currency",
    "deal",
]


def _export_here(db_url: str, *args: str) -> str:
    code, out, err = run_here({"DATABASE_URL": db_url}, "export", *args)
    assert code == 0, err
    return out


def _log_some(slack) -> None:  # type: ignore[no-untyped-def]
    d = slack.driver
    d.command("/logmeeting", "Fjordkraft AS 2026-11-10", "U0ALEX").reply()
    d.command("/logoffer", 'Equinor 250 000,50 -- Q1, "licences"', "U0KARI").reply()
    lost = d.command("/loglost", "Hydro price too high", "U0LARS")
    # No offer to Hydro was logged: counting the lost deal anyway is one click.
    [count_it] = [b for b in buttons(lost.reply()) if b["value"].endswith("|without_offer")]
    d.click("U0LARS", count_it, response_url=lost.response_url)
    slack.api.wait_for(lambda c: c.path.endswith(lost.key) and "replace_original" in c.params)
    undone = d.command("/logcall", "Orkla", "U0ALEX")
    undone.reply()
    d.command("/kpi", "undo", "U0ALEX").reply()


def test_export_json_round_trips_what_was_stored_csv_matches_and_filters_select(  # type: ignore[no-untyped-def]
    slack_http, migrated_db_url: str
) -> None:
    """One set of records, read back by `kpibot export` (in this process: the README's line
    below runs the console script) as JSON, CSV, for Excel and filtered."""
    _log_some(slack_http)

    # JSON round-trips what was stored.
    text = _export_here(migrated_db_url, "--format", "json")
    assert '"amount": 250000.50,' in text  # as stored, never a float's 250000.5
    records = json.loads(text)
    assert [list(r) for r in records] == [FIELDS] * 3
    by_customer = {r["customer"]: r for r in records}
    assert set(by_customer) == {"Fjordkraft AS", "Equinor", "Hydro"}  # the undone call is left out
    equinor = by_customer["Equinor"]
    assert (equinor["kind"], equinor["amount"], equinor["currency"], equinor["seller"]) == (
        "offer",
        250000.5,
        "NOK",
        "U0KARI",
    )
    assert equinor["note"] == 'Q1, "licences"'
    assert equinor["seller_name"] == "Kari"
    assert by_customer["Fjordkraft AS"]["date"] == "2026-11-10"
    assert by_customer["Fjordkraft AS"]["amount"] is None
    assert by_customer["Hydro"]["note"] == "price too high"
    assert all(r["team_id"] == "T0DEMO" and r["source"] == "command" for r in records)

    # CSV has the same rows and fields as JSON.
    rows = list(csv.DictReader(io.StringIO(_export_here(migrated_db_url, "--format", "csv"))))
    assert len(rows) == len(records) == 3
    for row, record in zip(rows, records, strict=True):
        assert list(row) == FIELDS
        for key in FIELDS:
            value = record[key]
            expected = "" if value is None else str(value)
            if key == "amount" and value is not None:
                assert float(row[key]) == value
            else:
                assert row[key] == expected, key

    # For Excel in Norway, Sweden and Denmark: the same rows, `;`, a decimal comma.
    excel = _export_here(migrated_db_url, "--excel")
    assert excel.startswith("\ufeff") and excel.endswith("\r\n")
    assert ";offer;2026-" in excel and ";250000,50;NOK;" in excel
    code, _, err = run_here(
        {"DATABASE_URL": migrated_db_url}, "export", "--format", "json", "--excel"
    )
    assert code != 0 and "--excel is for CSV" in err

    # Filters.
    since = json.loads(_export_here(migrated_db_url, "--format", "json", "--since", "2026-11-15"))
    assert {r["customer"] for r in since} == {"Equinor", "Hydro"}
    assert json.loads(_export_here(migrated_db_url, "--format", "json", "--team", "T0OTHER")) == []
    assert (
        len(json.loads(_export_here(migrated_db_url, "--format", "json", "--team", "T0DEMO"))) == 3
    )


def test_export_rejects_a_bad_date(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = run_here(
        {"DATABASE_URL": f"sqlite:///{tmp_path}/x.db"}, "export", "--since", "yesterday"
    )
    assert code == 2
    assert "YYYY-MM-DD" in err and "Traceback" not in err


def test_demo_prints_every_feature(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    code, out, err = run_here({}, "demo")
    assert code == 0, err
    for expected in (
        "Logged a *meeting* with *Fjordkraft AS*",
        "Logget et *møte*",  # Norwegian
        "Nothing was stored.",
        "Did you mean",
        "[ Undo ]",
        "[modal]",
        "kpibot export",
    ):
        assert expected in out, expected
    assert "Traceback" not in err
    assert not list(tmp_path.iterdir())  # the demo leaves nothing behind
    _check_nudge_dates(out)
    _check_digest_week(out)


def _check_digest_week(out: str) -> None:
    """The demo's digest is what the scheduler posts on Monday morning: the week that ended, never
    the week still under way (on a Monday that was a day old and all but empty)."""
    import re
    from datetime import datetime, timedelta

    today = datetime.strptime(re.search(r"• Date: (\w+ \d+ \w+ \d{4})", out)[1], "%a %d %b %Y")
    digest = out[out.index("10. Monday morning") :].split("\n11. ")[0]
    week = (today - timedelta(days=7)).isocalendar().week
    assert f"Uke {week} · kpibot" in digest and f"*Teamet i uke {week}*" in digest, digest


_MONTHS_NB = ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des")


def _check_nudge_dates(out: str) -> None:
    """The morning nudge says since when each lead has had no next step: the day its work was
    logged (weeks of back-dated history), never the day the demo ran."""
    import re
    from datetime import date, datetime

    today = datetime.strptime(re.search(r"• Date: (\w+ \d+ \w+ \d{4})", out)[1], "%a %d %b %Y")
    nudge = out[out.index("12. The morning nudge") :].split("\n13. ")[0]
    since = [
        date(int(y), _MONTHS_NB.index(m) + 1, int(d))
        for d, m, y in re.findall(
            # views32: a lead that never had a step, "ennå — siste kontakt <its last day>"
            r"ikke noe neste steg (?:siden|ennå — siste kontakt) \w+\. (\d+)\. (\w+)\.? (\d{4})",
            nudge,
        )
    ]
    assert len(since) == 3, nudge
    assert all(day < today.date() for day in since), nudge


def test_console_reads_commands_from_stdin(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    script = "/logmeeting Acme warm\nclick undo\nas kari\n/logoffer Equinor 250k\nquit\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(script))
    code, out, err = run_here(
        {}, "console", "--user", "alex", "--database-url", f"sqlite:///{tmp_path}/c.db"
    )
    assert code == 0, err
    assert "Logged a *meeting* with *Acme*" in out
    assert "Undone" in out
    assert "kr 250 000" in out.replace("\xa0", " ")


def test_console_sends_a_typed_at_name_as_slack_does(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "@lars" typed in the console reaches /kpi and /teamstatus as Slack sends it from a
    command with escaping on (<@U0LARS|lars>), and a channel message as <@U0LARS>; the console
    shows mentions back as @name."""
    from bot.demo import as_slack_sends, run_console
    from bot.offline.harness import DEMO_USERS

    script = (
        "/kpi setup\nclick Jeg leder bare\n/kpi goal @lars meetings 2/week\n/teamstatus @Lars\n"
        "as lars\nWon Equinor 300k with @kari\nquit\n"
    )
    out = io.StringIO()
    assert run_console(f"sqlite:///{tmp_path}/c.db", "kari", io.StringIO(script), out) == 0
    shown = out.getvalue()
    assert "🎯 @lars: Møter 2 per uke" in shown, shown  # the goal is Lars's, not an error
    assert "*Lars*" in shown.split("/teamstatus @Lars")[1], shown  # his figures, for his manager
    assert "writes in #sales: Won Equinor 300k with @kari" in shown, shown
    assert "<@" not in shown, shown

    people = list(DEMO_USERS)
    assert as_slack_sends("Won Equinor with @kari.", people, labelled=False) == (
        "Won Equinor with <@U0KARI>."
    )
    assert as_slack_sends("goal @Lars calls 5/week", people, labelled=True) == (
        "goal <@U0LARS|Lars> calls 5/week"
    )
    # Nobody called "nobody"; an e-mail address is no mention.
    assert as_slack_sends("mail kari@firm.no, cc @nobody", people, labelled=False) == (
        "mail kari@firm.no, cc @nobody"
    )


def test_the_console_escapes_the_commands_the_manifest_escapes() -> None:
    import yaml

    from bot.demo import ESCAPED_COMMANDS

    manifest = yaml.safe_load((Path(__file__).parents[2] / "manifest.yml").read_text())
    escaped = {c["command"] for c in manifest["features"]["slash_commands"] if c["should_escape"]}
    assert escaped == ESCAPED_COMMANDS


def test_console_answers_the_question_a_channel_message_asked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A message kpibot is unsure about is asked with buttons; `click` answers it in the console
    as the seller would in Slack, and the export then holds exactly that record."""
    from bot.demo import run_console

    url = f"sqlite:///{tmp_path}/c.db"
    script = "/kpi setup\nas alex\nSent quote to Deliveroo, £45k annual\nclick Record\nquit\n"
    out = io.StringIO()
    assert run_console(url, "kari", io.StringIO(script), out) == 0
    shown = out.getvalue()
    assert "Alex clicks [ Record ]" in shown, shown
    assert "Logged an *offer* to *Deliveroo*: GBP 45,000" in shown, shown
    code, stdout, stderr = run_here({"DATABASE_URL": url}, "export", "--format", "json")
    assert code == 0, stderr
    rows = json.loads(stdout)
    assert [(r["customer"], r["kind"], r["amount"], r["currency"]) for r in rows] == [
        ("Deliveroo", "offer", 45000, "GBP")
    ], rows


def test_the_readmes_console_and_export_lines_run_as_written(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """README "Try it": the console fed from standard input, then the export of what it stored."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    lines = [
        line
        for line in re.findall(r"`([^`]*\.venv/bin/kpibot (?:console|export)[^`]*)`", readme)
        if "|" in line or line.startswith("DATABASE_URL=")
    ]
    assert len(lines) == 2, lines
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_URL"))}
    out = ""
    for line in lines:
        proc = subprocess.run(
            line.replace(".venv/bin/kpibot", KPIBOT),
            shell=True,
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0, (line, proc.stderr)
        out = proc.stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["customer"], r["kind"], float(r["amount"]), r["revised_from"]) for r in rows] == [
        ("Equinor", "offer", 250000, "")
    ], out


def test_click_alone_in_the_console_names_the_buttons(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "click" alone went to the team channel as a message and recorded nothing, silently.
    from bot.demo import run_console

    out = io.StringIO()
    script = "/loglost Hydro price too high\nclick\nquit\n"
    assert run_console(f"sqlite:///{tmp_path}/c.db", "alex", io.StringIO(script), out) == 0
    shown = out.getvalue()
    assert "click which? [ " in shown and "type e.g. click " in shown, shown
    assert "writes in #sales: click" not in shown, shown


def test_the_console_says_why_a_message_in_a_channel_not_set_up_records_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Session 25: "Won Nammo 320k" before `/kpi setup` said "no customer work in it", untrue:
    # kpibot reads only a sales team's channel.
    from bot.demo import run_console

    out = io.StringIO()
    script = "Won Nammo 320k\n/kpi setup\nHei alle, god helg\nquit\n"
    assert run_console(f"sqlite:///{tmp_path}/c.db", "kari", io.StringIO(script), out) == 0
    lines = [line.strip() for line in out.getvalue().splitlines() if "nothing recorded" in line]
    assert lines == [
        "(nothing recorded: #sales is no sales team's channel yet; type /kpi setup)",
        "(nothing recorded: no customer work in it)",
    ], out.getvalue()
