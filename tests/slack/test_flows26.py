"""End to end, as Slack sends it (session 26, flows26; the clock set): the "Record all"
conversation finished. A list of more than five rows ("Uka så langt: …" with seven, a week told
day by day over five days with two a day) is asked whole and stored whole at one click, once on
a double click or a retried event (was: the rows past the fifth dropped unsaid). A list whose
every row its author had logged already by command is said so, once (was: nothing said; a row
with its own day was even asked again). Renderings: tests/unit/test_flows26_record_all.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, post, set_up_team, stored, text_of

KARI = "U0KARI"
THURSDAY = datetime(2026, 12, 3, 13, 0, tzinfo=UTC)  # week 49: Mon 30 Nov .. Sun 6 Dec
TS = "1796300000.000100"

LONG = {
    "seven": (
        "Uka så langt: møte med Equinor, møte med Telenor, møte med Orkla, ringte Yara, "
        "tilbud til Aker 400k, møte med Kiwi, ringte Coop",
        ["Equinor", "Telenor", "Orkla", "Yara", "Aker", "Kiwi", "Coop"],
    ),
    "five days, two a day": (
        "Forrige uke: man møte Orkla, man tlf Tine, tirs møte Kiwi, tirs tilbud Yara 200k, "
        "ons møte Aker, ons tlf Coop, tors møte Rema, tors tlf Nammo, fre møte DNB, "
        "fre vant Posten 100k",
        ["Orkla", "Tine", "Kiwi", "Yara", "Aker", "Coop", "Rema", "Nammo", "DNB", "Posten"],
    ),
}


@pytest.mark.parametrize("case", list(LONG))
def test_a_list_of_more_than_five_rows_is_asked_and_stored_whole_once(
    slack, clock, case: str
) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    text, customers = LONG[case]
    [note] = post(team, text, TS, user=KARI)
    said = text_of(note.params)
    assert all(f"*{c}*" in said for c in customers), said  # every row named
    [record, _cancel] = buttons(note.params)
    assert record["text"]["text"] == f"Registrer alle {len(customers)}"
    assert stored(team) == []  # nothing stored unasked (was: the first, sure, stored)
    assert post(team, text, TS, user=KARI) == []  # a retried event: asked once
    click(team, KARI, record, idle=True)
    click(team, KARI, record, idle=True)  # a double click
    assert sorted(r["customer"] for r in stored(team)) == sorted(customers)  # was: five
    confirmations = [text_of(c.params) for c in team.api.calls_to("response_url")]
    assert sum("Registrerte alle" in t for t in confirmations) == 1, confirmations


ALREADY = {  # logged by command first; the list then posted; what it says
    "no day (that week)": (
        [("/logmeeting", "Tine"), ("/logmeeting", "Orkla i går"), ("/logoffer", "Yara 400k")],
        "Uka så langt: 2 møter (Tine, Orkla), 1 tilbud Yara 400k",
        "Alle 3 er allerede registrert",
    ),
    "on its own day": (  # was: asked again, and a click counted both twice
        [("/logmeeting", "Rema mandag"), ("/logcall", "Coop mandag")],
        "Denne uka: man møte Rema, man tlf Coop",
        "Alle 2 er allerede registrert",
    ),
}


@pytest.mark.parametrize("case", list(ALREADY))
def test_a_list_logged_already_is_said_so_once_and_nothing_stored(slack, clock, case: str) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    logged, text, words = ALREADY[case]
    for command, args in logged:
        team.driver.command(command, args, KARI).reply()
        team.wait_idle()
    before = sorted((r["customer"], r["date"]) for r in stored(team))
    assert len(before) == len(logged)
    [note] = post(team, text, TS, user=KARI)  # was: nothing said at all
    said = text_of(note.params)
    assert words in said and buttons(note.params) == [], said
    assert post(team, text, TS, user=KARI) == []  # a retried event: said once
    assert sorted((r["customer"], r["date"]) for r in stored(team)) == before
