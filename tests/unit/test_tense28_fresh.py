"""Session 28 (tense28): forty fresh channel messages in four languages, written after the
brief's items were mended and not designed for them (future-tense plans, lower-case names after
every verb, an amount "each", slang wins, typos, emoji). Read on Tue 1 Dec 2026; each row gives
the records in order (the first, then each asked about on its own), as fresh_phrasings reads.
A plan's row gives the day its step is due as well."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import recognise
from tests.unit.fresh_phrasings import CALL, MEETING, OFFER, WIN, L, S, check_message

TODAY = date(2026, 12, 1)  # a Tuesday
YDAY, WED, THU, FRI, MON = (
    date(2026, m, d) for m, d in ((11, 30), (12, 2), (12, 3), (12, 4), (12, 7))
)
MONDAY = YDAY  # this week's Monday

# (text, records, the plan's due day or None)
ROWS = [
    # future-tense offers, every language: the lead's next step on the day said, asked
    ("Skal sende pristilbud til Bertel O. Steen på torsdag, ca 450k", [(L, OFFER, "Bertel O. Steen", 450_000, TODAY)], THU),
    ("Tenker å sende tilbud til Moelven fredag 🙂", [(L, OFFER, "Moelven", None, TODAY)], FRI),
    ("Vi sender tilbud til Mesta i morgen", [(L, OFFER, "Mesta", None, TODAY)], WED),
    ("Planlegger å sende tilbud til Statnett på mandag", [(L, OFFER, "Statnett", None, TODAY)], MON),
    ("Ska skicka offert till Husqvarna imorgon, 1,2 mkr", [(L, OFFER, "Husqvarna", 1_200_000, TODAY)], WED),
    ("Tänker skicka offerten till Electrolux på torsdag", [(L, OFFER, "Electrolux", None, TODAY)], THU),
    ("Vi skickar offert till Saab på fredag", [(L, OFFER, "Saab", None, TODAY)], FRI),
    ("Skal sende tilbud til Danfoss på torsdag", [(L, OFFER, "Danfoss", None, TODAY)], THU),
    ("Jeg sender tilbuddet til Grundfos i morgen 📄", [(L, OFFER, "Grundfos", None, TODAY)], WED),
    ("Will send the quote to Greggs tomorrow", [(L, OFFER, "Greggs", None, TODAY)], WED),
    ("Sending Primark the proposal on Thursday, £18k", [(L, OFFER, "Primark", 18_000, TODAY)], THU),
    ("Gonna send Aldi an offer Friday", [(L, OFFER, "Aldi", None, TODAY)], FRI),
    # lower-case names after a meeting or call verb, the day right after
    ("møtte skanska i dag", [(S, MEETING, "Skanska", None, TODAY)], None),
    ("snakket med elkjøp i dag", [(S, CALL, "Elkjøp", None, TODAY)], None),
    ("Ringte veidekke i går, bra prat", [(L, CALL, "Veidekke", None, YDAY)], None),
    ("pratade med ikea idag", [(S, CALL, "Ikea", None, TODAY)], None),
    ("ringde upp scania igår", [(S, CALL, "Scania", None, YDAY)], None),
    ("mødtes med rockwool i dag", [(S, MEETING, "Rockwool", None, TODAY)], None),
    ("ringede novozymes i dag", [(S, CALL, "Novozymes", None, TODAY)], None),
    ("spoke to ocado today", [(S, CALL, "Ocado", None, TODAY)], None),
    ("called asda yesterday", [(S, CALL, "Asda", None, YDAY)], None),
    # one amount each
    ("Vant både Kiwi og Meny, 150k hver 🎉", [(L, WIN, "Kiwi", 150_000, TODAY), (L, WIN, "Meny", 150_000, TODAY)], None),
    ("Fick in både Axfood och Lidl, 300 tkr vardera", [(L, WIN, "Axfood", 300_000, TODAY), (L, WIN, "Lidl", 300_000, TODAY)], None),
    ("Vandt både Matas og Normal, 75.000 kr hver", [(L, WIN, "Matas", 75_000, TODAY), (L, WIN, "Normal", 75_000, TODAY)], None),
    ("Signed Tesco and Asda, £30k apiece 🥳", [(L, WIN, "Tesco", 30_000, TODAY), (L, WIN, "Asda", 30_000, TODAY)], None),
    ("Landed both Boots and Superdrug, £12k each", [(L, WIN, "Boots", 12_000, TODAY), (L, WIN, "Superdrug", 12_000, TODAY)], None),
    # slang wins: a customer got, with an amount
    ("Fikk Jotun i dag, 600k 💪", [(L, WIN, "Jotun", 600_000, TODAY)], None),
    ("Fick Volvo Cars idag, 2 mkr!", [(L, WIN, "Volvo Cars", 2_000_000, TODAY)], None),
    ("Fik Carlsberg i dag, 1,5 mio", [(L, WIN, "Carlsberg", 1_500_000, TODAY)], None),
    ("Got Pret over the line today, £22k 🎉", [(S, WIN, "Pret", 22_000, TODAY)], None),
    # typos and compounds of a meeting's word
    ("Telfonmøte med Yara i går", [(S, CALL, "Yara", None, YDAY)], None),
    ("Teamsmøte med Aker BP i dag", [(S, MEETING, "Aker BP", None, TODAY)], None),
    ("Telefonmöte med Sandvik igår", [(S, CALL, "Sandvik", None, YDAY)], None),
    ("Teams-møde med Lego i dag", [(S, MEETING, "Lego", None, TODAY)], None),
    # a week so far with a count of no customer: one question (see the test below)
    ("Uka så langt: møtte Tine og Orkla, 4 samtaler", [(L, MEETING, "Tine", None, MONDAY), (L, MEETING, "Orkla", None, MONDAY)], None),
    ("This week so far: met Tesco, 5 calls, sent Boots a quote £9k", [(L, MEETING, "Tesco", None, MONDAY), (L, OFFER, "Boots", 9_000, MONDAY)], None),
    # chatter stays chatter
    ("ringte mamma i dag", [], None),
    ("møte med sjefen i morgen", [], None),
    ("Fikk mail fra Bama i dag", [], None),
    ("träffade grannen idag ☕", [], None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want", "due"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_a_fresh_message_reads_right(text, want, due) -> None:  # type: ignore[no-untyped-def]
    check_message((text, want), TODAY, ())
    found = recognise(text, today=TODAY)
    if due is not None:
        assert found.next_step is not None and found.next_step.due == due, found
    elif want:
        assert not found.planned, found


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        ("Uka så langt: møtte Tine og Orkla, 4 samtaler", "4 samtaler"),
        ("This week so far: met Tesco, 5 calls, sent Boots a quote £9k", "5 calls"),
    ],
)
def test_a_fresh_week_so_far_says_its_unnamed_count(text: str, unnamed: str) -> None:
    found = recognise(text, today=TODAY)
    assert found.record_all and found.unnamed == (unnamed,), found
