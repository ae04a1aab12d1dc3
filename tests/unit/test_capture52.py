"""Session 52: channel messages the held-out sets left wrong. A line under a day's heading whose
step to come is said in it ("Glemte å poste i går, så her er torsdagen:\\nTelefon med
Gjensidige (Anne, HR-sjef) – vil ha møte uke 50\\nMøte Storebrand – gikk greit": the call was
dated today, the meeting Thursday), and a line under another weekday's heading with a noun for
the talk ("Torsdag:\\nTelefon med Gjensidige" on a Friday: was dated today)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

FRIDAY = date(2026, 12, 4)
THURSDAY = date(2026, 12, 3)
M, C, OF = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER


def _read(text: str):  # type: ignore[no-untyped-def]
    found = recognise(text, today=FRIDAY, known_customers=[], posted=time(15, 30))
    return [
        (r.kind, r.customer, r.when)
        for r in chain(found)
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Glemte å poste i går, så her er torsdagen:\nTelefon med Gjensidige (Anne, HR-sjef) – "
         "vil ha møte uke 50\nMøte Storebrand – gikk greit\nSendte tilbud DNB 2,2 mill",
         [(C, "Gjensidige", THURSDAY), (M, "Storebrand", THURSDAY), (OF, "DNB", THURSDAY)]),
        ("Torsdag:\nTelefon med Gjensidige – vil ha møte uke 50\nMøte Storebrand",
         [(C, "Gjensidige", THURSDAY), (M, "Storebrand", THURSDAY)]),
        ("Torsdag:\nTelefon med Gjensidige", [(C, "Gjensidige", THURSDAY)]),
        ("Torsdag:\nTelefon med Gjensidige – de vil ha møte", [(C, "Gjensidige", THURSDAY)]),
        # today's own weekday is today's
        ("Fredag:\nTelefon med Gjensidige", [(C, "Gjensidige", FRIDAY)]),
    ],
)  # fmt: skip
def test_the_rows_under_a_days_heading_are_that_days(text, rows) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == rows


L, W = ActivityKind.LOSS, ActivityKind.WIN
WEDNESDAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a contraction opens no customer: was a second loss "They're"
        ("Lost Yara. They're sticking with the incumbent 😤", [(L, "Yara", FRIDAY)]),
        ("Lost Yara. They’re sticking with the incumbent", [(L, "Yara", FRIDAY)]),
        # "afterwards" of a talk told in the past: the day written before it (was today)
        ("Sendte tilbud til Wallenius Wilhelmsen i går, USD 85,000. Snakket også kort med "
         "Kongsberg Maritime på tlf etterpå",
         [(OF, "Wallenius Wilhelmsen", THURSDAY), (C, "Kongsberg Maritime", THURSDAY)]),
        ("Møte med Tine i går. Ringte Kiwi etterpå", [(M, "Tine", THURSDAY), (C, "Kiwi", THURSDAY)]),
        ("Møte med Tine. Ringte Kiwi etterpå", [(M, "Tine", FRIDAY), (C, "Kiwi", FRIDAY)]),
        # the customer named by a label over the lines: was nothing
        ("Kunde: Schibsted\nMøte 1/12 med CMO\nTilbud sendt 3/12 – 2,4 mill\nF/u uke 50",
         [(M, "Schibsted", date(2026, 12, 1)), (OF, "Schibsted", THURSDAY)]),
        # æ for ø, the keys side by side: was nothing
        ("hadde et bra mæte med trønderenergi idag, dem er varme på løsnigna vår",
         [(M, "Trønderenergi", FRIDAY)]),
        ("Mæte med Tine idag", [(M, "Tine", FRIDAY)]),
        # a cheer for a colleague, then the author's own news after "by the way": was nothing
        ("Grattis Lise!! 🍾 Og forresten, fikk ja fra Fjordkraft i stad, 210k 😁",
         [(W, "Fjordkraft", FRIDAY)]),
        ("Congrats Tom! btw, won Tesco today £40k", [(W, "Tesco", FRIDAY)]),
        # nynorsk's "fekk tak i": was nothing
        ("fekk endeleg tak i Øyvind på Coop Norge, tlf på 20 min. Sender tilbod måndag",
         [(C, "Coop Norge", FRIDAY)]),
        # whom in brackets after the customer, their role: was nothing
        ("met with Storebrand (Ingrid, head of HR) today", [(M, "Storebrand", FRIDAY)]),
        ("met with Storebrand (head of HR) today", [(M, "Storebrand", FRIDAY)]),
        ("2/12 – met with storebrand (Ingrid, head of HR). Warm lead. Will send proposal wk 50",
         [(M, "Storebrand", WEDNESDAY)]),
        # a name written small ending its sentence, its day said before it: was nothing
        ("i går: møte med kiwi. gikk bra", [(M, "Kiwi", THURSDAY)]),
    ],
)  # fmt: skip
def test_fresh_messages_read(text, rows) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == rows


@pytest.mark.parametrize(
    "text",
    ["Grattis Lise!! 🍾", "i går: møte med sjefen. gikk bra"],
)
def test_still_nothing_to_record(text) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == []


MONDAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "fikk jeg sendt": a deed got done, no deal got; a day of what should have been dates
        # nothing (were a win on Nortura, and every record dated yesterday)
        ("ja hei så jeg var innom Tine i dag og snakka med innkjøpssjefen der hun var veldig "
         "positiv og så ringte jeg Felleskjøpet etterpå og snakka med Per om rammeavtalen og "
         "ellers fikk jeg sendt tilbudet til Nortura på 780 tusen det skulle egentlig gått i går "
         "men",
         [(OF, "Nortura", FRIDAY), (C, "Felleskjøpet", FRIDAY), (M, "Tine", FRIDAY)]),
        ("Fikk rammeavtalen med Tine i dag!", [(W, "Tine", FRIDAY)]),
        # "blir det": to come (was a meeting on the Monday gone, stored sure)
        ("Måndag blir det möte med Sandvik och tisdag Essity. ska försöka få in Scania också "
         "innan jul", []),
        ("Mandag blir det møte med Tine", []),
        ("Mandag ble det møte med Tine", [(M, "Tine", MONDAY)]),
        # a cheer drawn out before a name with its legal form (was "JAAA Hurtigruten ASA")
        ("JAAA Hurtigruten ASA i boks! €120 000 over to år, signert i går kveld 🚢",
         [(W, "Hurtigruten ASA", THURSDAY)]),
        # a weekday in two letters, in brackets (was today)
        ("Uke 49 kort 👇\nKunde – hva – beløp\nAker Solutions – tilbud – 3,2 mill (ma)\n"
         "Veidekke ASA – vunnet 🎉 – 540k (ons)\nKongsberg Gruppen – møte – (tors)",
         [(OF, "Aker Solutions", MONDAY), (W, "Veidekke ASA", WEDNESDAY),
          (M, "Kongsberg Gruppen", THURSDAY)]),
    ],
)  # fmt: skip
def test_run_on_and_tabled_messages(text, rows) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a table typed with bars: was one offer to "Mon Ocado"
        ("day | customer | what | £\nMon | Ocado | proposal | 210k\nWed | GSK | meeting | -\n"
         "Fri | Barclays | WON | 95k 🍾",
         [(OF, "Ocado", MONDAY), (M, "GSK", WEDNESDAY), (W, "Barclays", FRIDAY)]),
        ("| Kunde | Hva | Beløp |\n|---|---|---|\n| Tine | tilbud | 300k |\n| Kiwi | møte | |",
         [(OF, "Tine", FRIDAY), (M, "Kiwi", FRIDAY)]),
        # a line ticked done with its weekday in brackets: was nothing, or today
        ("Fredagsstatus\n✅ Møte Statkraft (ons)\n✅ Tilbud Hafslund Eco 890 000 kr sendt i går\n"
         "✅ Ringte Elkjøp idag\n❌ NorgesGruppen – tapt, de valgte Visma (tirs)",
         [(M, "Statkraft", WEDNESDAY), (OF, "Hafslund Eco", THURSDAY), (C, "Elkjøp", FRIDAY),
          (L, "NorgesGruppen", date(2026, 12, 1))]),
        # the talk's noun, a new name, then its date gone: was nothing
        ("Møte Statkraft 2/12", [(M, "Statkraft", WEDNESDAY)]),
    ],
)  # fmt: skip
def test_tables_ticks_and_terse_dated_talks(text, rows) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == rows


def test_a_town_after_in_is_where_when_the_customer_is_named() -> None:
    # was an offer to "Älmhult"
    assert _read("träffade Ikea i Älmhult 2/12 och skickade offert direkt, 4,1 mkr") == [
        (M, "Ikea", WEDNESDAY),
        (OF, "Ikea", WEDNESDAY),
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # two customers said so: were one customer "Matas og Salling Group", stored sure
        ("Har ringet til både Matas og Salling Group i dag.",
         [(C, "Matas", FRIDAY), (C, "Salling Group", FRIDAY)]),
        ("Sent proposals to Rentokil and Compass Group this morning",
         [(OF, "Rentokil", FRIDAY), (OF, "Compass Group", FRIDAY)]),
        # a first name and a surname at the company: was the customer "Sarah Collins at …"
        ("Good mtg w/ Sarah Collins (Head of Procurement) at Kingfisher plc on Wednesday.",
         [(M, "Kingfisher plc", WEDNESDAY)]),
        ("Good mtg w/ Sarah Collins at Kingfisher plc on Wednesday",
         [(M, "Kingfisher plc", WEDNESDAY)]),
        ("Met Pets at Home Ltd today", [(M, "Pets at Home Ltd", FRIDAY)]),
        # a colleague with the team they are from: their news (was a win of the author's)
        ("FYI Lucy from the Oslo team just won DNB, nice one for the region 👏", []),
        ("Met Tom from the IT team at Tesco today", [(M, "Tesco", FRIDAY)]),
    ],
)  # fmt: skip
def test_two_names_people_and_colleagues(text, rows) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # getting to the customer, then the meeting told after it: was nothing
        ("Kom fram till Ikea i tid och mötet gick jättebra", [(M, "Ikea", FRIDAY)]),
        ("Nåede ud til Rockwool, og mødet gik godt", [(M, "Rockwool", FRIDAY)]),
        ("Lang dag folkens. Startet med punktering på E18 ved Sandvika, så kom 40 min for sent "
         "til Aker BP. Heldigvis tok Trond det helt chill, vi hadde et bra møte og de vil se på "
         "hele pakken.", [(M, "Aker BP", FRIDAY)]),
        # a town got to is where (was a second meeting with "Sheffield")
        ("Made it to Sheffield eventually though and the meeting with Rolls-Royce went really "
         "well", [(M, "Rolls-Royce", FRIDAY)]),
        ("Got to Oslo at 9 and the meeting was cancelled", []),
    ],
)  # fmt: skip
def test_the_meeting_after_getting_there(text, rows) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # an answer heard back that is a no: was nothing
        ("Heard back from Legal & General yesterday, it's a no. Lost on price. Moving on 🙃",
         [(L, "Legal & General", THURSDAY)]),
        ("Fikk svar fra Tine i dag, det ble nei", [(L, "Tine", FRIDAY)]),
        # the author's log after a remark, marked so: was nothing
        ("anyone else's CRM login broken? can't log anything since lunch 😤 for the record: call "
         "w/ Admiral Group at 11, warm lead", [(C, "Admiral Group", FRIDAY)]),
    ],
)  # fmt: skip
def test_a_no_heard_back_and_a_log_for_the_record(text, rows) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == rows


def _amounts(text: str):  # type: ignore[no-untyped-def]
    found = recognise(text, today=FRIDAY, known_customers=[], posted=time(15, 30))
    return [(r.customer, r.amount) for r in chain(found) if r.outcome is not Outcome.NOTHING]


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # each one's amount after its name: the second had none, asked
        ("Skickade offert till både Lindab och Systemair igår. Lindab 310k, Systemair 275k.",
         [("Lindab", 310000), ("Systemair", 275000)]),
        ("Sent proposals to Rentokil and Compass Group this morning – Rentokil 380k, Compass 95k.",
         [("Rentokil", 380000), ("Compass Group", 95000)]),
        # one amount for two: never counted twice
        ("Won Orkla and Tesco 300k", [("Orkla", 300000), ("Tesco", None)]),
    ],
)  # fmt: skip
def test_each_ones_amount_said_after_its_name(text, amounts) -> None:  # type: ignore[no-untyped-def]
    assert _amounts(text) == amounts


def test_gone_with_a_competitor_in_danish_and_swedish() -> None:
    # was nothing
    assert _read("Jysk er gået med en konkurrent") == [(L, "Jysk", FRIDAY)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a colleague held the talk, said with its doing verb: was the author's meeting, sure
        ("<@U05QAZ2WS> did the demo at Schroders on Tuesday", []),
        ("Kari did the demo at Schroders on Tuesday", []),
        # the author's own stays theirs
        ("I did the demo at Schroders on Tuesday", [(M, "Schroders", date(2026, 12, 1))]),
        ("Ran the workshop at Tesco today", [(M, "Tesco", FRIDAY)]),
    ],
)  # fmt: skip
def test_who_did_the_talk(text, rows) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == rows
