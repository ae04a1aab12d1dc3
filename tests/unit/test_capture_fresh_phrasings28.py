"""Fresh phrasings written in session 26 (heldmsg26, channel messages), as sellers type them on
Wednesday 29 December 2027, in the romjul (ISO week 52: Mon 27 Dec .. Sun 2 Jan; nyttårsaften /
nyårsafton / nytårsaften / New Year's Eve Fri 31 Dec; week 1 of 2028 starts Mon 3 Jan, week 2
Mon 10 Jan), in four languages, with the year-end rush ("rett før årsskiftet", "last one of the
year"), New Year words ("over nyttår", "efter nyår", "efter nytår", "in the new year", "mellem
jul og nytår"), typos ("Tilbudd", "Ofert", "Tilbd", "Quoet"), local amounts ("kr 850 000",
"1,2 mill eks mva", "3,2 mkr", "2 100 000 kr", "kr. 2.400.000,-", "260 t.kr.", "£48,500",
"roughly £50–60k"), thread replies to colleagues, a colleague's deal and chatter that must record
nothing (New Year greetings). The forty-one rows were written before they were run; the tests
after them (before Christmas said in its week, before New Year said in the romjul) after it.
Each row is what a careful colleague reads: the records in order (outcome, kind, customer,
amount, day), the first, then each asked about on its own; [] records nothing. STEPS: the day
of the first record's next step (a booked meeting or the author's follow-up) where one is said."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import recognise
from bot.services.dates import parse_date
from tests.unit import fresh_phrasings as fp
from tests.unit.fresh_phrasings import CALL, LOSS, MEETING, OFFER, WIN, L, S, k

T = date(2027, 12, 29)  # Wednesday in the romjul, two days before New Year's Eve
KNOWN = ["Kiwi","Bama","Orkla","Telenor","Tine","Posten","Statkraft","Fjordkraft","Rema 1000",
 "Volvo","Scania","Ericsson","Telia","Husqvarna","ICA","Axfood","Sandvik","SJ",
 "Carlsberg","Vestas","Arla","Jysk","Danfoss","Matas","Pandora","Tryg","Coop Danmark",
 "Barclays","Boots","Lloyds","Greggs","Unilever","Vodafone","Aviva","Ocado","BT"]  # fmt: skip
OPEN_OFFERS = {"volvo", "carlsberg", "barclays"}

dec = fp.month(2027, 12)
jan = fp.month(2028, 1)

# (text, [(outcome, kind, customer, amount, day), …]); [] records nothing
ROMJUL: list[tuple[str, list]] = [
    # -- Norwegian
    ('Kiwi signerte i dag 🎉 kr 850 000 – rett før årsskiftet', [(S, WIN, 'Kiwi', k(850000), T)]),
    ('Tilbud sendt Bama i går, 1,2 mill eks mva. Følger opp over nyttår', [(S, OFFER, 'Bama', k(1200000), dec(28))]),
    # Friday is nyttårsaften: a Norwegian meeting then is asked, the day kept as said
    ('Møte med Orkla i dag, varm. Nytt møte fredag', [(L, MEETING, 'Orkla', None, T)]),
    # the author's own follow-up before New Year said in the romjul: Thu 30 Dec, the last working
    # day before nyttårsaften (as 'før jul' is the 23rd)
    ('Ringte Telenor i dag – følger opp før nyttår', [(S, CALL, 'Telenor', None, T)]),
    ('Svar til <@U07KARI>: ja, Tine ringte meg i forgårs, vil ha nytt tilbud uke 2', [(S, CALL, 'Tine', None, dec(27))]),
    ('Tapte Posten 😞 de fryser alt til over nyttår', [(L, LOSS, 'Posten', None, T)]),
    ('Godt nyttår alle sammen! 🎆 sees 3. januar', []),
    ('Ola fikk Statkraft i går, 2 mill 👏 for en avslutning', []),
    ('Tilbudd til Fjordkraft i dag: 18 000 kr/mnd i 24 mnd', [(L, OFFER, 'Fjordkraft', k(432000), T)]),
    ('Rema 1000 bestilte på lille julaften 🎄 320k – glemte å logge', [(S, WIN, 'Rema 1000', k(320000), dec(23))]),
    # -- Swedish
    ('Volvo skrev på igår 🎉 3,2 mkr, årets sista affär', [(S, WIN, 'Volvo', k(3200000), dec(28))]),
    ('Offert skickad till Scania idag, 1 400 000 kr. Återkopplar efter nyår', [(S, OFFER, 'Scania', k(1400000), T)]),
    # Friday is nyårsafton: asked, as the Norwegian row
    ('Möte med Ericsson idag, bra stämning. Nästa möte fredag', [(L, MEETING, 'Ericsson', None, T)]),
    ('Ringde Telia i förrgår, de vill ha offert v. 2', [(S, CALL, 'Telia', None, dec(27))]),
    ('Gott nytt år allihop! 🥂 vi hörs efter trettondagen', []),
    ('Förlorade Husqvarna, de väntar till efter nyår 😞', [(L, LOSS, 'Husqvarna', None, T)]),
    ('Pratade med ICA idag om budgeten för 2028', [(L, CALL, 'ICA', None, T)]),
    ('Svar till @Lars: japp, Axfood ringde tillbaka igår, möte bokat 5/1', [(S, CALL, 'Axfood', None, dec(28))]),
    ('Ofert till Sandvik idag på 2 100 000 kr exkl moms', [(S, OFFER, 'Sandvik', k(2100000), T)]),
    ('Lisa stängde SJ igår, 900 tkr 👏 snyggt före nyår', []),
    # -- Danish
    ('Carlsberg skrev under i går 🍺 1,9 mio. kr – lige inden nytår!', [(S, WIN, 'Carlsberg', k(1900000), dec(28))]),
    ('Tilbud sendt til Vestas i dag, kr. 2.400.000,- ekskl. moms. Følger op uge 1', [(S, OFFER, 'Vestas', k(2400000), T)]),
    # Friday is nytårsaften: asked, as the Norwegian row
    ('Møde med Arla i dag, positivt – næste møde fredag', [(L, MEETING, 'Arla', None, T)]),
    ('Ringede til Jysk i forgårs, de holder lukket mellem jul og nytår', [(S, CALL, 'Jysk', None, dec(27))]),
    ('Godt nytår allesammen 🎆 vi ses i det nye år', []),
    ('Tabte Danfoss på pris 😞 de skifter leverandør efter nytår', [(L, LOSS, 'Danfoss', None, T)]),
    ('Matas bestilte i torsdags, 260 t.kr. 🎉', [(S, WIN, 'Matas', k(260000), dec(23))]),
    ('Snakkede med Pandora i dag om budgettet for 2028', [(L, CALL, 'Pandora', None, T)]),
    ('Svar til <@U05METTE>: ja, Tryg ringede tilbage i går – vi mødes 4. jan', [(S, CALL, 'Tryg', None, dec(28))]),
    ('Tilbd til Coop Danmark i dag på 640.000 kr', [(S, OFFER, 'Coop Danmark', k(640000), T)]),
    # -- English
    ('Signed Barclays yesterday 🎉 £640k – last one of the year!', [(S, WIN, 'Barclays', k(640000), dec(28))]),
    ('Quote out to Boots today, £120k ex VAT. Chasing in the new year', [(S, OFFER, 'Boots', k(120000), T)]),
    # New Year's Eve is a working day in the UK: sure
    ('Met Lloyds today, warm. Next meeting Friday', [(S, MEETING, 'Lloyds', None, T)]),
    ('Call with Greggs this morning, booked a follow-up for w/c 10th Jan', [(S, CALL, 'Greggs', None, T)]),
    ('Happy New Year all 🎆 see you on the 4th', []),
    ('Lost Unilever on price – their 2028 budget got cut', [(L, LOSS, 'Unilever', None, T)]),
    ('Spoke to Vodafone today about the 2028 renewal', [(L, CALL, 'Vodafone', None, T)]),
    ('Replying to @Kari: yep, Aviva rang back yesterday, meeting booked for the 5th of January', [(S, CALL, 'Aviva', None, dec(28))]),
    ('Quoet to Ocado today, £48,500', [(S, OFFER, 'Ocado', k(48500), T)]),
    ('Alex closed BT yesterday, £1.1m 👏 great end to the year', []),
    # a range on a verbal win: no amount, asked (the £ before the first end)
    ('Verbal yes from Greggs today, roughly £50–60k', [(L, WIN, 'Greggs', None, T)]),
]  # fmt: skip

# Read otherwise still, each a strict xfail with its reason (text: (records, why)).
LEFT: dict[str, tuple[list, str]] = {}

# The first record's next step (a booked meeting, the author's follow-up): its day
STEPS: dict[str, date] = {
    'Møte med Orkla i dag, varm. Nytt møte fredag': dec(31),
    'Ringte Telenor i dag – følger opp før nyttår': dec(30),
    'Möte med Ericsson idag, bra stämning. Nästa möte fredag': dec(31),
    'Svar till @Lars: japp, Axfood ringde tillbaka igår, möte bokat 5/1': jan(5),
    'Tilbud sendt til Vestas i dag, kr. 2.400.000,- ekskl. moms. Følger op uge 1': jan(7),
    'Møde med Arla i dag, positivt – næste møde fredag': dec(31),
    'Svar til <@U05METTE>: ja, Tryg ringede tilbage i går – vi mødes 4. jan': jan(4),
    'Met Lloyds today, warm. Next meeting Friday': dec(31),
    'Call with Greggs this morning, booked a follow-up for w/c 10th Jan': jan(14),
    'Replying to @Kari: yep, Aviva rang back yesterday, meeting booked for the 5th of January': jan(5),
}  # fmt: skip

# A step read otherwise still, a strict xfail with its reason (text: why).
STEPS_LEFT: dict[str, str] = {}


@pytest.mark.parametrize("row", fp.rows_and_left(ROMJUL, left=LEFT))
def test_fresh_messages_in_the_romjul(row: tuple) -> None:
    fp.check_message(row, T, KNOWN, OPEN_OFFERS)


@pytest.mark.parametrize("text", fp.step_params(STEPS, STEPS_LEFT))
def test_the_next_step_is_on_the_day_said(text: str) -> None:
    fp.check_step(text, STEPS[text], T, KNOWN, OPEN_OFFERS)


# The author's own follow-up "før jul" said earlier in Christmas week is its last working day
# before the eve (Thu 23 Dec 2027), as said on the 22nd or 23rd (holdout 20, 24); session 68: so
# within two weeks of it (held-out writers of session 68), in England by Christmas Eve itself
# (a working day there); said weeks before, it is a span still, asked (test_capture_left23).
@pytest.mark.parametrize(
    ("text", "today", "due"),
    [
        ("Ringte Posten nå, følger opp før jul", date(2027, 12, 20), dec(23)),
        ("Ringde Volvo idag, återkopplar innan jul", date(2027, 12, 21), dec(23)),
        ("Ringede til Jysk i dag, følger op inden jul", date(2027, 12, 20), dec(23)),
        ("Call with Boots today, chasing before Christmas", date(2027, 12, 21), dec(24)),
        ("Ringte Posten nå, følger opp før jul", date(2027, 12, 16), dec(23)),
        ("Ringte Posten nå, følger opp før jul", date(2027, 12, 1), None),
    ],
)
def test_before_christmas_said_in_its_week_is_its_last_working_day(
    text: str, today: date, due: date | None
) -> None:
    found = recognise(text, today=today, known_customers=KNOWN)
    step = found.next_step or found.follow_up
    assert (found.outcome, found.kind) == (S if due else L, CALL), found.reasons
    assert (step.due if step else None) == due


# "før nyttår" / "innan nyår" / "inden nytår" / "before the New Year" as the author's own
# follow-up said in the romjul: the last working day before New Year's Eve (Thu 30 Dec 2027);
# session 68: so said any day of December (was none before Christmas), in England by New Year's
# Eve itself; a done deal "før nyttår" none.
@pytest.mark.parametrize(
    ("text", "today", "direction", "due"),
    [
        ("før nyttår", T, "future", dec(30)),
        ("innan nyår", T, "future", dec(30)),
        ("inden nytår", T, "future", dec(30)),
        ("before the New Year", T, "future", dec(31)),
        ("før nyttår", date(2026, 12, 28), "future", date(2026, 12, 30)),
        ("før nyttår", date(2027, 12, 21), "future", dec(30)),
        ("før nyttår", date(2027, 11, 30), "future", None),
        ("før nyttår", T, "past", None),
        ("før nyttår", date(2027, 12, 31), "future", None),
    ],
)
def test_before_new_year_said_in_the_romjul_is_its_last_working_day(
    text: str, today: date, direction: str, due: date | None
) -> None:
    assert parse_date(text, today=today, direction=direction) == due


@pytest.mark.parametrize(
    "text",
    [
        "Ringde Volvo idag, återkopplar innan nyår",
        "Ringede til Jysk i dag, følger op inden nytår",
        "Call with Boots today, chasing before the New Year",
    ],
)
def test_a_follow_up_before_new_year_in_the_romjul_is_its_last_working_day(text: str) -> None:
    found = recognise(text, today=T, known_customers=KNOWN)
    step = found.next_step or found.follow_up
    assert (found.outcome, found.kind) == (S, CALL), found.reasons
    # (session 68: England works New Year's Eve)
    assert step is not None and step.due == dec(31 if "Boots" in text else 30)


# A next meeting booked by a bare Scandinavian weekday that lands on julaften or nyttårsaften is
# asked, the day kept as said; with the date written beside it, or in English (a UK working
# day), it is meant as said.
@pytest.mark.parametrize(
    ("text", "today", "outcome", "due"),
    [
        ("Møte med Tine i dag, nytt møte fredag", date(2027, 12, 21), L, dec(24)),
        ("Møte med Tine i dag, nytt møte fredag kl 10", date(2027, 12, 21), L, dec(24)),
        ("Möte med Volvo idag, nästa möte på fredag", date(2027, 12, 21), L, dec(24)),
        ("Møde med Jysk i dag, næste møde fredag", T, L, dec(31)),
        ("Møte med Tine i dag, nytt møte fredag 24.", date(2027, 12, 21), S, dec(24)),
        ("Møte med Tine i dag, nytt møte fredag 31/12", date(2027, 12, 21), S, dec(31)),
        ("Met Boots today, next meeting Friday", date(2027, 12, 21), S, dec(24)),
        ("Møte med Tine i dag, nytt møte torsdag", date(2027, 12, 21), S, dec(23)),
    ],
)
def test_a_next_meeting_on_a_nordic_closed_day_by_its_weekday_is_asked(
    text: str, today: date, outcome: object, due: date
) -> None:
    found = recognise(text, today=today, known_customers=KNOWN)
    step = found.next_step or found.follow_up
    assert found.outcome is outcome, found.reasons
    assert step is not None and step.due == due
