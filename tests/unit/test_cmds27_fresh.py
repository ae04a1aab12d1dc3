"""cmds27: fresh slash-command texts of Swedish and Danish sellers (and a few others) written after
the session's rules, on phrasings the rules were not designed on: "på fredag", "nu på fredag",
"i övermorgon", "förra fredagen", "på fredag som var", vague periods, and channel corrections
phrased otherwise ("Fel av mig", "Ret lige", "Hov", "Oj"). Read on Wednesday 2 December 2026
(Friday 4 December ahead, Friday 27 November gone) or on Monday 3 January 2028 (the romjul of
2027 over). Found by them: "på fredag som var" (the Friday that was) read as the coming one, and
"Fel av mig: …", "Ret lige: …", "Hov, …" read as no correction; both mended."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.capture import corrections
from bot.services.commands import TalkAhead, parse_log_command

WED = date(2026, 12, 2)
JAN = date(2028, 1, 3)
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "GBP"}
KINDS = {k.value: k for k in ActivityKind}
AHEAD = "ahead"  # a talk to plan (TalkAhead) or a record on a day ahead (date_in_future)

# (kind, language, text, today, expected: AHEAD with the day, or the fields read)
ROWS: list[tuple[str, str, str, date, object]] = [
    ("meeting", "sv", "Volvo på fredag", WED, (AHEAD, date(2026, 12, 4))),
    ("meeting", "sv", "Scania på fredag kl 14, varm", WED, (AHEAD, date(2026, 12, 4))),
    ("meeting", "sv", "Volvo nu på fredag", WED, (AHEAD, date(2026, 12, 4))),
    ("call", "sv", "Ericsson i övermorgon", WED, (AHEAD, date(2026, 12, 4))),
    ("meeting", "sv", "Atlas Copco i fredag, kall", WED, (AHEAD, date(2026, 12, 4))),
    ("meeting", "sv", "Volvo på lördag", WED, (AHEAD, date(2026, 12, 5))),
    ("offer", "sv", "Electrolux 450 tkr på måndag", WED, (AHEAD, date(2026, 12, 7))),
    ("meeting", "sv", "Husqvarna förra fredagen, het", WED, {"when": date(2026, 11, 27), "temp": "hot"}),
    ("meeting", "sv", "Volvo på fredag som var", WED, {"when": date(2026, 11, 27)}),
    ("meeting", "sv", "Volvo på fredag förra veckan", WED, {"when": date(2026, 11, 27)}),
    ("win", "sv", "Sandvik 1,2 mkr i fredags", WED, {"when": date(2026, 11, 27), "amount": Decimal("1200000")}),
    ("meeting", "sv", "Volvo i måndags, varm", WED, {"when": date(2026, 11, 30), "temp": "warm"}),
    ("call", "sv", "Telia igår, ringer igen på fredag", WED, {"when": date(2026, 12, 1), "next": date(2026, 12, 4)}),
    ("meeting", "sv", "ICA i förrgår, ljummen", WED, {"when": date(2026, 11, 30), "unread": "ljummen"}),
    ("meeting", "sv", "Axfood förra månaden", WED, {"when": WED, "unread": "förra månaden"}),
    ("meeting", "sv", "Boliden i november, varm", WED, {"when": WED, "unread": "i november", "temp": "warm"}),
    ("call", "sv", "Ericsson för två veckor sedan", WED, {"when": date(2026, 11, 18)}),
    ("meeting", "da", "Mærsk på fredag", WED, (AHEAD, date(2026, 12, 4))),
    ("meeting", "da", "Mærsk nu på fredag", WED, (AHEAD, date(2026, 12, 4))),
    ("call", "da", "Novo Nordisk på torsdag, hed", WED, (AHEAD, date(2026, 12, 3))),
    ("meeting", "da", "Danfoss i overmorgen", WED, (AHEAD, date(2026, 12, 4))),
    ("offer", "da", "Carlsberg 850.000 kr på mandag", WED, (AHEAD, date(2026, 12, 7))),
    ("meeting", "da", "Netto på søndag", WED, (AHEAD, date(2026, 12, 6))),
    ("meeting", "da", "Lego i fredags, varm", WED, {"when": date(2026, 11, 27), "temp": "warm"}),
    ("meeting", "da", "Mærsk på fredag i sidste uge", WED, {"when": date(2026, 11, 27)}),
    ("meeting", "da", "Vestas sidste måned, kold", WED, {"when": WED, "unread": "sidste måned", "temp": "cold"}),
    ("call", "da", "Jysk i går, følger op på fredag", WED, {"when": date(2026, 12, 1), "next": date(2026, 12, 4)}),
    ("win", "da", "Pandora 1,2 mio i sidste uge", WED, {"when": date(2026, 11, 23), "amount": Decimal("1200000")}),
    ("meeting", "nb", "Orkla på fredag", WED, {"when": date(2026, 11, 27)}),
    ("offer", "en", "Tesco £1,250k", WED, {"when": WED, "amount": Decimal("1250000")}),
    ("meeting", "en", "Boots in November", WED, {"when": WED, "unread": "in November"}),
    ("meeting", "sv", "Volvo i mellandagarna, het", JAN, {"when": JAN, "unread": "i mellandagarna", "temp": "hot"}),
    ("meeting", "sv", "Ericsson i december", JAN, {"when": JAN, "unread": "i december"}),
    ("offer", "da", "Arla 300.000 kr mellem jul og nytår", JAN, {"when": JAN, "unread": "mellem jul og nytår"}),
    ("call", "nb", "Telenor tirsdag i romjula", JAN, {"when": date(2027, 12, 28)}),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[1]} {r[2]}"[:50] for r in ROWS])
def test_fresh_commands_read_as_meant(row: tuple) -> None:
    kind, language, text, today, expected = row

    def read():  # type: ignore[no-untyped-def]
        return parse_log_command(
            KINDS[kind], text, today=today, krone=KRONE[language], language=language
        )

    if isinstance(expected, tuple):
        with pytest.raises(UserError) as ahead:
            read()
        assert ahead.value.code == "date_in_future"
        assert ahead.value.params["date"] == expected[1]
        if kind in ("meeting", "call"):
            assert isinstance(ahead.value, TalkAhead)  # offered as the lead's next step
        return
    cmd = read()
    got = {
        "when": cmd.when,
        "temp": cmd.temperature.value if cmd.temperature else None,
        "amount": cmd.amount,
        "unread": cmd.unread,
        "next": cmd.next_step.due if cmd.next_step else None,
    }
    assert {k: got[k] for k in expected} == expected
    if "unread" not in expected and text != "Volvo på fredag som var":
        assert cmd.unread is None


# Channel corrections phrased otherwise: (text, krone, what changes, to what)
CORRECTIONS = [
    ("Rättelse: Volvo var 275 tkr, inte 250 tkr", "SEK", "amount", Decimal("275000")),
    ("Korrigering: offerten till Volvo var 1,2 mkr, inte 1,1", "SEK", "amount", Decimal("1200000")),
    ("Oj, mötet med Scania var i förrgår, inte idag", "SEK", "day", date(2026, 11, 30)),
    ("Fel av mig: det var Scania, inte Volvo", "SEK", "customer", "Scania"),
    ("Mitt fel, det var Scania och inte Volvo", "SEK", "customer", "Scania"),
    ("Undskyld, mødet med Mærsk var i går, ikke fredag", "DKK", "day", date(2026, 12, 1)),
    ("Hov, det var 450.000 kr, ikke 400.000", "DKK", "amount", Decimal("450000")),
    ("Ret lige: det var et tilbud, ikke en ordre", "DKK", "kind", ActivityKind.OFFER),
    ("Min fejl: Mærsk var 320.000, ikke 230.000", "DKK", "amount", Decimal("320000")),
    ("My bad, Tesco was £95k not £90k", "GBP", "amount", Decimal("95000")),
]


@pytest.mark.parametrize(("text", "krone", "change", "to"), CORRECTIONS)
def test_fresh_corrections_read_as_meant(text: str, krone: str, change: str, to: object) -> None:
    fix = corrections.read(
        text, today=WED, krone=krone, known=["Volvo", "Scania", "Mærsk", "Tesco"]
    )
    assert fix is not None and fix.change == change
    assert {"amount": fix.amount, "day": fix.day, "customer": fix.customer, "kind": fix.kind}[
        change
    ] == to


def test_a_message_opened_by_a_sorry_pair_records_as_before() -> None:
    # "Min kunde …" / "Hov, …" with no "not" and no "was": no correction
    assert (
        corrections.read("Hov, glemte Lego i går", today=WED, krone="DKK", known=["Lego"]) is None
    )
