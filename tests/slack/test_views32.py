"""views32, through the app: a customer's or a kind's correction of a log of N ("Ringte Telenor
x3", then "Rettelse: det var Telia, ikke Telenor") changes all N and says so; an amount's or
kind's correction naming a customer with no such record says there is none."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import (
    buttons,
    click,
    command_reply,
    dms,
    nudge_pass,
    post,
    set_up_team,
    stored,
    text_of,
)

KARI = "U0KARI"
WEDNESDAY = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
TS = [f"17645796{n:02d}.000100" for n in range(10)]


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    return set_up_team(slack)


def _logged(team, text: str, ts: str = TS[0]) -> None:  # type: ignore[no-untyped-def]
    for asked in post(team, text, ts, user=KARI):
        held = [b for b in buttons(asked.params) if b["value"].endswith("|record")]
        if held:
            click(team, KARI, held[0], idle=True)


def _asked(team, correction: str, ts: str):  # type: ignore[no-untyped-def]
    [note] = post(team, correction, ts, user=KARI)
    said = text_of(note.params).replace("\xa0", " ")
    return said, {b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)}


def _mended(team, options) -> str:  # type: ignore[no-untyped-def]
    reply = click(team, KARI, options["mend"], idle=True)
    click(team, KARI, options["mend"], idle=True)  # a double click changes it once
    return text_of(reply.reply()).replace("\xa0", " ")


def _rows(team):  # type: ignore[no-untyped-def]
    return sorted((r["kind"], r["customer"], str(r["date"])) for r in stored(team))


@pytest.mark.backends("sqlite")
def test_a_logs_customer_then_kind_corrected_change_all_of_it(team) -> None:  # type: ignore[no-untyped-def]
    _logged(team, "Ringte Telenor x3")
    assert _rows(team) == [("call", "Telenor", "2026-12-02")] * 3
    said, options = _asked(team, "Rettelse: det var Telia, ikke Telenor", TS[1])
    assert "*3 samtaler* med *Telenor*" in said and "alle 3 til *Telia*" in said, said
    assert list(options) == ["mend", "another", "not_a_sale"], options
    assert "Endre alle 3 til Telia" in options["mend"]["text"]["text"], options
    done = _mended(team, options)
    assert "*3 samtaler*" in done and "*Telia*" in done and "Fortsatt 3" in done, done
    assert _rows(team) == [("call", "Telia", "2026-12-02")] * 3  # was: one Telia, two Telenor
    said, options = _asked(team, "korrigering: det var möten, inte samtal", TS[2])
    assert "Endre alle 3 til *3 møter*" in said, said
    done = _mended(team, options)
    assert "*3 møter* (var 3 samtaler)" in done, done
    assert _rows(team) == [("meeting", "Telia", "2026-12-02")] * 3
    # still one log of 3: a count's correction of it takes back the one too many
    said, options = _asked(team, "Rettelse: det var 2 møter med Telia, ikke 3", TS[3])
    assert "*3 møter*" in said, said
    click(team, KARI, options["mend"], idle=True)
    assert _rows(team) == [("meeting", "Telia", "2026-12-02")] * 2


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    "correction", ["correction: those were meetings", "Rettelse: det var møter, ikke samtaler"]
)
def test_a_logs_kind_said_in_the_plural_changes_all_of_it(team, correction: str) -> None:  # type: ignore[no-untyped-def]
    _logged(team, "Ringte Telenor x3")
    said, options = _asked(team, correction, TS[1])
    assert "Endre alle 3 til *3 møter*" in said, said
    _mended(team, options)
    assert _rows(team) == [("meeting", "Telenor", "2026-12-02")] * 3


@pytest.mark.backends("sqlite")
def test_a_log_of_talks_said_to_be_an_offer_becomes_one(team) -> None:  # type: ignore[no-untyped-def]
    _logged(team, "Møte med Orkla 2 ganger i dag")
    assert _rows(team) == [("meeting", "Orkla", "2026-12-02")] * 2
    said, options = _asked(team, "Rettelse: det var et tilbud, ikke et møte", TS[1])
    assert "*2 møter* med *Orkla*" in said and "De 2 blir én" in said, said
    assert list(options) == ["mend", "not_a_sale"], options  # no amount: no other offer logged
    done = _mended(team, options)
    assert "én registrering, et tilbud" in done, done
    assert _rows(team) == [("offer", "Orkla", "2026-12-02")]


@pytest.mark.backends("sqlite")
def test_a_record_alone_is_corrected_as_before(team) -> None:  # type: ignore[no-untyped-def]
    _logged(team, "Ringte Telenor i dag")
    said, options = _asked(team, "Correction: it was Telia, not Telenor", TS[1])
    assert "Det blir fortsatt én" in said, said
    _mended(team, options)
    assert _rows(team) == [("call", "Telia", "2026-12-02")]


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("correction", "customer", "said"),
    [
        ("Rettelse: tilbudet til Orkla var 450k", "Orkla", "ikke noe tilbud til *Orkla* å rette"),
        ("Rettelse: tilbudet til Kiwi var 450k", "Kiwi", "ikke noe tilbud til *Kiwi* å rette"),
        ("Correction: the offer to Orkla was 450k, not 400k", "Orkla", "til *Orkla* å rette"),
        ("Rettelse: vinnen med Kiwi var 450k", "Kiwi", "registrering med *Kiwi* å rette"),
    ],
)
def test_an_amount_of_a_customer_with_no_such_record_offers_one(  # type: ignore[no-untyped-def]
    team, correction: str, customer: str, said: str
) -> None:
    # Tine's offer is the latest record; Orkla has a meeting, no offer; Kiwi nothing. Was: Tine's
    # offer offered to be changed to 450k (Kiwi), or the correction asked as a new offer (Orkla)
    _logged(team, "Møte med Orkla i dag", TS[0])
    _logged(team, "Sendte tilbud til Tine på 300k i dag", TS[1])
    before = _rows(team)
    told, options = _asked(team, correction, TS[2])
    assert said in told and "kr 450 000" in told and "Tine" not in told, told
    assert list(options) == ["record", "cancel"], options
    assert _rows(team) == before  # nothing before the click
    click(team, KARI, options["record"], idle=True)
    click(team, KARI, options["record"], idle=True)  # a double click logs it once
    kind = "win" if "vinnen" in correction else "offer"
    assert _rows(team) == sorted([*before, (kind, customer, "2026-12-02")])
    amounts = [r["amount"] for r in stored(team) if r["customer"] == customer and r["kind"] == kind]
    assert [str(a).split(".")[0] for a in amounts] == ["450000"], amounts


@pytest.mark.backends("sqlite")
def test_a_kind_of_a_customer_with_no_such_record_offers_one(team) -> None:  # type: ignore[no-untyped-def]
    _logged(team, "Ringte Tine i dag", TS[0])
    told, options = _asked(team, "Rettelse: samtalen med Rema var et møte, ikke en samtale", TS[1])
    assert "registrering med *Rema* å rette" in told and "Tine" not in told, told
    click(team, KARI, options["record"], idle=True)
    assert _rows(team) == [("call", "Tine", "2026-12-02"), ("meeting", "Rema", "2026-12-02")]
    # a record of it there: changed as before ("møtet med Tine var et tilbud" names Tine's talk)
    told, options = _asked(team, "Rettelse: samtalen med Tine var et møte, ikke en samtale", TS[2])
    assert "*en samtale* med *Tine*" in told and "mend" in options, told


@pytest.mark.backends("sqlite")
def test_own_figures_say_a_lead_never_had_a_next_step(team) -> None:  # type: ignore[no-untyped-def]
    _logged(team, "Møte med Tine i går, varm lead", TS[0])
    said = command_reply(team, KARI, "/kpi").replace("\xa0", " ")
    assert "Tine — ikke noe neste steg ennå — siste kontakt tir. 1. des. 2026" in said, said


def _home(team, user: str) -> str:  # type: ignore[no-untyped-def]
    team.api.reset()
    team.driver.event({"type": "app_home_opened", "user": user, "channel": "D0X", "tab": "home"})
    view = team.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"]
    return text_of(view).replace("\xa0", " ").replace("\u202f", " ")


@pytest.mark.backends("sqlite")
def test_app_home_writes_a_swedes_offer_in_a_norwegian_team_with_its_code(team) -> None:  # type: ignore[no-untyped-def]
    # Lars (sv-SE) in Kari's NOK team: was "850 000 kr" in his warm lead, open lead and recent
    # lines, read as the team's krone; /teamstatus said "850 000 SEK" since mendF31
    reply = command_reply(team, "U0LARS", "/logoffer", "Volvo 850000 SEK varm")
    assert "850" in reply, reply
    home = _home(team, "U0LARS")
    assert home.count("850 000 SEK") >= 3 and "850 000 kr" not in home, home
    assert "Inget nästa steg ännu — senaste kontakt" in home, home  # never planned (views32)


@pytest.mark.backends("sqlite")
def test_a_loss_questions_note_is_on_its_own_line(team) -> None:  # type: ignore[no-untyped-def]
    [asked] = post(team, "Tapte Tine i dag, de valgte en billigere leverandør", TS[0], user=KARI)
    said = text_of(asked.params)
    assert "med *Tine*?\n• Notat: de valgte en billigere leverandør" in said, said


@pytest.mark.backends("sqlite")
def test_the_nudge_writes_a_swedes_offer_in_a_norwegian_team_with_its_code(team) -> None:  # type: ignore[no-untyped-def]
    command_reply(team, "U0LARS", "/logoffer", "Volvo 850000 SEK varm")
    nudge_pass(team, "2026-12-07T08:05:00Z")  # Monday 09:05 in Stockholm
    [dm] = dms(team, "U0LARS")
    said = text_of(dm).replace("\xa0", " ").replace("\u202f", " ")
    assert "*Volvo* (varm) · 850 000 SEK — inget nästa steg ännu — senaste kontakt" in said, said
