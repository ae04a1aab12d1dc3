"""mendD33 through the app (Wed 2 Dec 2026; Kari nb, Lars sv and Mette da in a NOK team, Alex
en). A unit and a code that disagree are asked which currency, for every seller, in commands
and in channel messages, stored as clicked once. A number's correction alone ("ment 450 ikke
540") with two records at 540 asks which, a button each, and mends the one clicked once; with
no record at the number denied it says so and changes nothing."""

from __future__ import annotations

import pytest

from tests.helpers import buttons, click, click_answer, post, stored, text_of
from tests.slack.test_views32 import KARI, TS
from tests.slack.test_views32 import team as team  # noqa: F401  (the fixture)

LARS, METTE, ALEX = "U0LARS", "U0METTE", "U0ALEX"
CHANNEL = "C0SALES"


def _rows(team):  # type: ignore[no-untyped-def]
    return sorted((r["kind"], r["customer"], int(r["amount"]), r["currency"]) for r in stored(team))


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("user", "text", "customer", "amount", "pick"),
    [
        (LARS, "Scania 2 mkr EUR", "Scania", 2000000, "EUR"),
        (LARS, "Ikea 850 tkr EUR, varm", "Ikea", 850000, "SEK"),
        (METTE, "Jysk 850 tkr EUR", "Jysk", 850000, "EUR"),
        (KARI, "Yara 2 mkr EUR", "Yara", 2000000, "NOK"),
    ],
)
def test_a_command_s_clash_is_asked_for_every_seller_stored_as_clicked_once(  # type: ignore[no-untyped-def]
    team, user: str, text: str, customer: str, amount: int, pick: str
) -> None:
    result = team.driver.command("/logoffer", text, user, CHANNEL)
    reply = result.reply()
    team.wait_idle()
    assert stored(team) == [], text_of(reply)  # was: 2 000 000 € for Lars and Mette, unasked
    [chosen] = [b for b in buttons(reply) if b["value"].endswith(f"|currency:{pick}")]
    click_answer(team, user, chosen, result)
    click(team, user, chosen, result, idle=True)  # a double click stores it once
    assert _rows(team) == [("offer", customer, amount, pick)]


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("user", "text", "customer", "amount", "labels", "pick"),
    [
        (KARI, "Tilbud til Yara 2 mkr EUR sendt", "Yara", 2000000, ("NOK 2 000 000", "EUR 2 000 000"), "EUR"),
        (ALEX, "Offer to Boots £45k USD", "Boots", 45000, ("GBP 45,000", "USD 45,000"), "USD"),
        (KARI, "Vant Equinor 1,2 MNOK EUR i dag", "Equinor", 1200000, ("NOK 1 200 000", "EUR 1 200 000"), "NOK"),
    ],
)  # fmt: skip
def test_a_message_s_clash_is_asked_a_button_per_currency_stored_as_clicked_once(  # type: ignore[no-untyped-def]
    team, user: str, text: str, customer: str, amount: int, labels: tuple[str, str], pick: str
) -> None:
    [asked] = post(team, text, TS[0], user=user)
    assert stored(team) == [], text_of(asked.params)  # was: kr 2 000 000 / GBP 45 000 stored
    options = {b["value"].rsplit("|", 1)[1]: b for b in buttons(asked.params)}
    assert list(options)[2:] == ["not_a_sale"], options
    shown = tuple(_plain(b["text"]["text"]) for b in list(options.values())[:2])
    assert shown == labels, shown
    click(team, user, options[f"currency:{pick}"], idle=True)
    click(team, user, options[f"currency:{pick}"], idle=True)  # once
    kind = "win" if text.startswith("Vant") else "offer"
    assert _rows(team) == [(kind, customer, amount, pick)]


def _logged(team, user: str, text: str, ts: str) -> None:  # type: ignore[no-untyped-def]
    for asked in post(team, text, ts, user=user):
        held = [b for b in buttons(asked.params) if b["value"].endswith("|record")]
        if held:
            click(team, user, held[0], idle=True)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("user", "first", "second", "correction", "pick"),
    [
        (KARI, "Sendte tilbud til Tine 540k", "Vant Rema 540k", "ment 450 ikke 540", "Tine"),
        (KARI, "Sendte tilbud til Tine 540k", "Vant Rema 540k", "mente 450, ikke 540", "Rema"),
        (LARS, "Skickade offert till Volvo 540 000 SEK", "Vann Scania 540 000 SEK", "menade 450 inte 540", "Volvo"),
        (ALEX, "Sent Boots a quote, £540k", "Won Tesco £540k", "meant 450 not 540", "Tesco"),
    ],
)  # fmt: skip
def test_a_number_denied_in_two_records_is_asked_which_the_one_clicked_mended_once(  # type: ignore[no-untyped-def]
    team, user: str, first: str, second: str, correction: str, pick: str
) -> None:
    _logged(team, user, first, TS[0])
    _logged(team, user, second, TS[1])
    before = _rows(team)
    assert len(before) == 2 and {r[2] for r in before} == {540000}, before
    [asked] = post(team, correction, TS[2], user=user)
    said = text_of(asked.params)
    options = {b["value"].rsplit("|", 1)[1]: b for b in buttons(asked.params)}
    # was: the latest record alone offered ("Change it to …"), the other never
    assert list(options) == ["mend:0", "mend:1", "not_a_sale"], (said, options)
    names = {
        _plain(b["text"]["text"]).split(",")[0]: b for k, b in options.items() if k != "not_a_sale"
    }
    assert set(names) == {r[1] for r in before}, names
    assert _rows(team) == before  # nothing changed until a click
    click(team, user, names[pick], idle=True)
    click(team, user, names[pick], idle=True)  # a double click mends it once
    after = {r[1]: r[2] for r in _rows(team)}
    assert after == {r[1]: (450000 if r[1] == pick else 540000) for r in before}, after


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("user", "logged", "correction", "said"),
    [
        (KARI, "Sendte tilbud til Telenor 450k", "mente 450 ikke 640", "står på 640"),
        (KARI, "Vant Spotify 540k", "ment 450 not 640", "«Rettelse: Spotify var 450, ikke 640»"),
        (LARS, "Skickade offert till Volvo 450 000 SEK", "menade 450 inte 640", "är på 640"),
        (ALEX, "Won Tesco £450k", "meant 450 not 640", "is at 640"),
    ],
)
def test_a_number_denied_that_no_record_holds_is_said_so_nothing_changed(  # type: ignore[no-untyped-def]
    team, user: str, logged: str, correction: str, said: str
) -> None:
    _logged(team, user, logged, TS[0])
    before = _rows(team)
    [note] = post(team, correction, TS[1], user=user)
    told = _plain(text_of(note.params))
    # was: "Registreringen din sier det allerede" where the record held 450k
    assert said in told and not buttons(note.params), told
    assert _rows(team) == before
