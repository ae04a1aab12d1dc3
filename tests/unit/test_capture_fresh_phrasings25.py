"""Fresh phrasings written in session 25 (channel messages), as sellers type them on Friday 14
May 2027 (ISO week 19: Mon 10 .. Sun 16 May), the week after Ascension (Kristi himmelfartsdag /
Kristi himmelsfärdsdag, Thu 6 May; the bridge day, "inneklemt fredag" / klämdag, Fri 7 May), the
last working day before 17. mai and Whit Monday (both Mon 17 May), six weeks before Q2 ends (Wed 30
Jun), in four languages, with typos ("tilbd", "Signd"), local amounts ("1,2 mill eks. mva",
"kr 340 000", "2 400 000 kr", "1,8 mkr exkl moms", "640 tkr", "2,3 mio. kr", "320 t.kr.",
"£48,500 ex VAT"), revisions, monthly prices with their term, losses with their reason, next steps,
and chatter that must record nothing (greetings for 17. mai and Whitsun, questions, reminders,
calls nobody answered, pep talk before the quarter closes). The first 40 were written before
they were run (2 read otherwise on main: "tilbd" after a send verb not read, and 'uten å få svar'
not read as no answer, the call recorded); 11 harder ones after (6 more read otherwise on main: a
booking with the customer first, 'vil mødes … – booket ind!', 'etter 17. mai' planned ON the 17th,
and the day worked said first with 'faktisk' / 'actually', read as today). Each row is what a
careful colleague reads: the records in order (outcome, kind, customer, amount, day), the first, then each asked
about on its own; [] records nothing."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit import fresh_phrasings as fp
from tests.unit.fresh_phrasings import CALL, LOSS, MEETING, OFFER, WIN, L, S, k

T = date(2027, 5, 14)  # Friday, the week after Ascension
KNOWN = ["Tine","Bama","Posten","Fjordkraft","Statkraft","Orkla","Gjensidige",
 "Scania","Axfood","Husqvarna","Volvo","ICA","Sandvik","Ericsson","SJ","Telia",
 "Carlsberg","Vestas","Jysk","Danfoss","Tryg","Arla","Matas","Pandora",
 "Greggs","Aviva","Boots","Ocado","Vodafone","Unilever","BT","Barclays","Tesco"]  # fmt: skip
OPEN_OFFERS = {"orkla", "matas"}

may = fp.month(2027, 5)

# (text, [(outcome, kind, customer, amount, day), …]); [] records nothing
AFTER_ASCENSION: list[tuple[str, list]] = [
    ('Gratulerer med dagen på mandag alle sammen! 🇳🇴', []),
    ('Signerte Tine i går, 1,2 mill eks. mva 🎉', [(S, WIN, 'Tine', k(1200000), may(13))]),
    ('Sendte tilbd til Bama inneklemt fredag, kr 340 000', [(S, OFFER, 'Bama', k(340000), may(7))]),
    ('Møte med Posten i dag, varm lead – nytt møte etter 17. mai', [(L, MEETING, 'Posten', None, T)]),  # left34: the new meeting after a date asked, its day offered (was: sure, the step dropped unsaid)
    ('Ringte Fjordkraft 3 ganger denne uka uten å få svar', [(L, CALL, "Fjordkraft", None, date(2027, 5, 14))]),  # mendG31 (the lead, session 31): an unanswered call is asked as a call (was nothing)
    ('Tapte Statkraft på pris 😤', [(L, LOSS, 'Statkraft', None, T)]),
    ('Hvem står på standen til Orkla-arrangementet 17. mai?', []),
    ('Orkla-ordren er i boks! 850k', [(S, WIN, 'Orkla', k(850000), T)]),
    ('Kundebesøk hos Gjensidige i forgårs, de vil ha tilbud før sommeren', [(S, MEETING, 'Gjensidige', None, may(12))]),
    ('Husk å logge alle møter før langhelga 🙏', []),
    ('Ringde Scania i förrgår, de återkommer efter pingst', [(S, CALL, 'Scania', None, may(12))]),
    ('Offert skickad till Axfood, 1,8 mkr exkl moms', [(S, OFFER, 'Axfood', k(1800000), T)]),
    ('Vann Husqvarna igår!! 2 400 000 kr', [(S, WIN, 'Husqvarna', k(2400000), may(13))]),
    ('Möte med Volvo på torsdag', [(S, MEETING, 'Volvo', None, T)]),
    ('Förlorade ICA, de valde att vänta till Q3', [(L, LOSS, 'ICA', None, T)]),
    ('Någon som har Sandviks inköpschef på mobilen?', []),
    ('Jobbade på klämdagen, hade möte med Ericsson 😅', [(S, MEETING, 'Ericsson', None, may(7))]),
    ('Ny offert till SJ: 95 000 kr/mån i 36 mån', [(L, OFFER, 'SJ', k(3420000), T)]),
    ('Trevlig helg och glad pingst allihop! 🌸', []),
    ('Telia tackade ja till offerten, 640 tkr 🥳', [(S, WIN, 'Telia', k(640000), T)]),
    ('Møde med Carlsberg i går – de er meget positive', [(S, MEETING, 'Carlsberg', None, may(13))]),
    ('Sendt tilbud til Vestas på 2,3 mio. kr', [(S, OFFER, 'Vestas', k(2300000), T)]),
    ('Vi har vundet Jysk 🎉 450.000 kr', [(S, WIN, 'Jysk', k(450000), T)]),
    ('Ringede til Danfoss i mandags, de vil gerne se et tilbud', [(S, CALL, 'Danfoss', None, may(10))]),
    ('Tabte Tryg – prisen var for høj', [(L, LOSS, 'Tryg', None, T)]),
    ('Hvem tager Arla-mødet efter pinse?', []),
    ('Husk at logge jeres møder inden kvartalets udgang', []),
    ('Matas har underskrevet! 320 t.kr.', [(S, WIN, 'Matas', k(320000), T)]),
    ('Revideret tilbud til Pandora: 580.000 kr i stedet for 640.000 kr', [(S, OFFER, 'Pandora', k(580000), T)]),
    ('God pinse allesammen 🌿', []),
    ('Signd Greggs yesterday, £120k 🎉', [(S, WIN, 'Greggs', k(120000), may(13))]),
    ('Proposal out to Aviva, £48,500 ex VAT', [(S, OFFER, 'Aviva', k(48500), T)]),
    ('Met Boots on Monday, warm – they want a follow-up after the bank holiday', [(S, MEETING, 'Boots', None, may(10))]),
    ('Lost Ocado, budget frozen until Q3', [(L, LOSS, 'Ocado', None, T)]),
    ('Anyone going to the Vodafone event on the 17th?', []),
    ('Called Unilever twice today, no answer', [(L, CALL, "Unilever", None, date(2027, 5, 14))]),  # mendG31 (the lead, session 31): an unanswered call is asked as a call (was nothing)
    ('Quick call with BT this morning, they want a revised quote by Friday', [(S, CALL, 'BT', None, T)]),
    ('Barclays said yes! £210k, contract to follow next week', [(L, WIN, 'Barclays', k(210000), T)]),
    ('Tesco meeting booked for the 20th', [(S, MEETING, 'Tesco', None, T)]),
    ("Great quarter so far team – let's push before Q2 closes 💪", []),
    # harder: holidays as days, a booking in either order, a count on the second customer
    ('Ringde Volvo på Kristi himmelsfärdsdag, de vill ha offert', [(S, CALL, 'Volvo', None, may(6))]),
    ('Had a call w/ Ocado on Ascension Day, they are keen', [(S, CALL, 'Ocado', None, may(6))]),
    ('Tilbud til Gjensidige: 45 000 kr pr. mnd, 24 mnd binding', [(L, OFFER, 'Gjensidige', k(1080000), T)]),
    ('Vodafone booked in for the 19th', [(S, MEETING, 'Vodafone', None, T)]),
    ('Carlsberg vil mødes på tirsdag – booket ind!', [(S, MEETING, 'Carlsberg', None, T)]),
    ('Ringte Tine i dag og Bama 2 ganger i går', [(L, CALL, 'Tine', None, T), (L, CALL, 'Bama', None, may(13))]),
    ('Møte booket med Orkla etter 17. mai', [(L, MEETING, 'Orkla', None, T)]),
    ('Ringde Axfood 2 ggr idag, inget svar', [(L, CALL, "Axfood", None, date(2027, 5, 14))]),  # mendG31 (the lead, session 31): an unanswered call is asked as a call (was nothing)
    # the day worked first, then what was done on it
    ('Kristi himmelfartsdag jobbet jeg faktisk – tlf med Tine, varm', [(S, CALL, 'Tine', None, may(6))]),
    ('Kristi himmelsfärdsdag jobbade jag faktiskt – möte med Volvo', [(S, MEETING, 'Volvo', None, may(6))]),
    ('I actually worked on Ascension Day – call with Tesco, warm', [(S, CALL, 'Tesco', None, may(6))]),
]  # fmt: skip


# Read otherwise still, each a strict xfail with its reason (text: (records, why)).
LEFT: dict[str, tuple[list, str]] = {}


@pytest.mark.parametrize("row", fp.rows_and_left(AFTER_ASCENSION, left=LEFT))
def test_fresh_messages_the_week_after_ascension(row: tuple) -> None:
    fp.check_message(row, T, KNOWN, OPEN_OFFERS)
