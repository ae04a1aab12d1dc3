"""Session 26 (days26): 30 fresh messages of a week told by its days, and summaries, in four
languages (typos, emoji, bullets, dashes, "=", dates as headings, line breaks), written after
the fixes and not designed for them. Every row on the day the seller wrote, as many times as
said, nothing stored unasked. Today: Thursday 3 December 2026 (Mon 30 Nov .. Wed 2 Dec gone).
Rows: (kind, customer, day of the month, times)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import Outcome, recognise

THURSDAY = date(2026, 12, 3)
M, C, OF = "meeting", "call", "offer"

FRESH = [
    ("mandag - møte med Kiwi 👍\ntirsdag - ringte Tine og Orkla\nonsdag - tilbud til Bama 120k",
     [(M, "Kiwi", 30, 1), (C, "Tine", 1, 1), (C, "Orkla", 1, 1), (OF, "Bama", 2, 1)]),
    ("Tirsdag = demo hos Elkjøp\nOnsdag = 2 samtaler med Posten", [(M, "Elkjøp", 1, 1), (C, "Posten", 2, 2)]),
    ("29/11: ringte Hafslund\n30/11: møte med Statkraft, varm 🔥",
     [(C, "Hafslund", 29, 1), (M, "Statkraft", 30, 1)]),
    ("• Man: møte DNB\n• Tirs: tlf Gjensidige x2\n• Ons: tilbud Storebrand 300k",
     [(M, "DNB", 30, 1), (C, "Gjensidige", 1, 2), (OF, "Storebrand", 2, 1)]),
    ("Mon: mtg Tesco 🙌, Tue: call Boots, Wed: quote Ocado £12k",
     [(M, "Tesco", 30, 1), (C, "Boots", 1, 1), (OF, "Ocado", 2, 1)]),
    ("Monday - met Greggs and Pret\nTuesday - called Aldi twice",
     [(M, "Greggs", 30, 1), (M, "Pret", 30, 1), (C, "Aldi", 1, 2)]),
    ("- mon: call w/ Sainsbury's\n- tue: demo @ Asda", [(C, "Sainsbury's", 30, 1), (M, "Asda", 1, 1)]),
    ("Måndag: möte med Volvo och Scania. Idag: ringde Ericsson 2 gånger",
     [(M, "Volvo", 30, 1), (M, "Scania", 30, 1), (C, "Ericsson", 3, 2)]),
    ("mån: möte ICA\ntis: offert Axfood 250 tkr\nons: ringde Coop",
     [(M, "ICA", 30, 1), (OF, "Axfood", 1, 1), (C, "Coop", 2, 1)]),
    ("Mandag: møde med Arla og Lego 😊 I dag: 3 opkald til Novo",
     [(M, "Arla", 30, 1), (M, "Lego", 30, 1), (C, "Novo", 3, 3)]),
    ("man: møde Mærsk, tirs: tilbud Carlsberg 400.000 kr", [(M, "Mærsk", 30, 1), (OF, "Carlsberg", 1, 1)]),
    ("Uka så langt: 3 møter (Kiwi, Rema, Coop), 4 samtaler (Tine x3, Orkla)",
     [(M, "Kiwi", 30, 1), (M, "Rema", 30, 1), (M, "Coop", 30, 1), (C, "Tine", 30, 3), (C, "Orkla", 30, 1)]),
    ("Uka så langt 💪: 2 møter (DNB, Telenor), 6 samtaler", [(M, "DNB", 30, 1), (M, "Telenor", 30, 1)]),
    ("Veckan hittills: 2 möten (Volvo, ICA), 3 samtal (Scania 2x, Coop)",
     [(M, "Volvo", 30, 1), (M, "ICA", 30, 1), (C, "Scania", 30, 2), (C, "Coop", 30, 1)]),
    ("Week so far: 3 calls (Tesco x2, Boots), 1 meeting (Asda)",
     [(C, "Tesco", 30, 2), (C, "Boots", 30, 1), (M, "Asda", 30, 1)]),
    ("Ugen indtil nu: 2 møder (Arla, Matas), 5 opkald", [(M, "Arla", 30, 1), (M, "Matas", 30, 1)]),
    ("ringte Tine man, ons og tors", [(C, "Tine", 30, 3)]),  # Wed 25, Thu 26 Nov, Mon 30 Nov
    ("called Boots Mon, Tue & Wed", [(C, "Boots", 30, 3)]),  # Mon 30 .. Wed 2 Dec
    ("ringde Volvo mån/tis", [(C, "Volvo", 30, 2)]),
    ("Mandag: mote med Equinor og Telenor. Idag: 2 samtaler med Orkla",
     [(M, "Equinor", 30, 1), (M, "Telenor", 30, 1), (C, "Orkla", 3, 2)]),
    ("Mandag:møte Tine. I går: ringte Kiwi", [(M, "Tine", 30, 1), (C, "Kiwi", 2, 1)]),
    ("I går: møte med Hydro og Yara\nI dag: tilbud til Aker 500k",
     [(M, "Hydro", 2, 1), (M, "Yara", 2, 1), (OF, "Aker", 3, 1)]),
    # names27: "Tesco & Boots" is two customers, as "Tesco and Boots" (all asked in one click)
    ("Yesterday: met Tesco & Boots. Today: called Ocado",
     [(M, "Tesco", 2, 1), (M, "Boots", 2, 1), (C, "Ocado", 3, 1)]),
    ("Igår: möte med Saab. Idag: ringde Ikea och Lidl", [(M, "Saab", 2, 1), (C, "Ikea", 3, 1), (C, "Lidl", 3, 1)]),
    ("30/11 - møte Fjordkraft\n1/12 - ringte Fjordkraft igjen", [(M, "Fjordkraft", 30, 1), (C, "Fjordkraft", 1, 1)]),
    ("Tirsdag: ringte Posten 3 ganger, mandag: møte Bring", [(C, "Posten", 1, 3), (M, "Bring", 30, 1)]),
    # nouns alone under days that do not reach today: an agenda as much as news (as "Monday:
    # demo Acme, Tuesday: offer to Yara", tests/unit/test_capture_day_label.py): nothing
    ("Mon: Tesco mtg\nTue: Boots call\nWed: Ocado mtg", []),
    ("Denne uka så langt: 2 møter (Tine, Kiwi), 1 tilbud (Bama 90k)",
     [(M, "Tine", 30, 1), (M, "Kiwi", 30, 1), (OF, "Bama", 30, 1)]),
    pytest.param("Mon - mtg w/ Boots 😀\nTue - 2 calls w/ Tesco", [(M, "Boots", 30, 1), (C, "Tesco", 1, 2)],
                 marks=pytest.mark.xfail(strict=True, reason="'2 calls w/ Tesco' reads one call: a count before 'w/' is not read (the shared count reader, not a day heading's)")),
    ("ons: ringde Volvo, tors: möte Scania", [(C, "Volvo", 2, 1), (M, "Scania", 3, 1)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), FRESH)
def test_a_fresh_week_told_by_days_or_summed_up_reads_right(text: str, want: list) -> None:  # type: ignore[type-arg]
    found = recognise(text, today=THURSDAY, known_customers=[])
    got = []
    row = found
    while row is not None and row.outcome is not Outcome.NOTHING:
        got.append((row.kind.value if row.kind else "", row.customer, row.when.day if row.when else 0, row.times))  # fmt: skip
        row = row.also
    assert got == want, found.reasons
    if len(want) > 1 and found.outcome is Outcome.SURE:
        assert found.also is not None and found.also.outcome is Outcome.LIKELY  # the rest asked
    if "samtaler" in text and "(" in text and not any(r[0] == C for r in want):
        assert found.unnamed, found  # "6 samtaler": said in the question as not recorded
