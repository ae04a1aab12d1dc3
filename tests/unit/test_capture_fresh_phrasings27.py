"""Fresh phrasings written in session 25 (heldmsg25, channel messages), as sellers type them on
Thursday 1 October 2026 (ISO week 40: Mon 28 Sep .. Sun 4 Oct), the morning after the third
quarter ended (Wed 30 Sep), with autumn breaks ahead (Norwegian høstferie week 41 in many
counties, Danish efterårsferie week 42, Swedish höstlov week 44, English half term late October),
in four languages, with typos ("Tilbudd", "Ofert", "tilbd", "Quoet"), local amounts ("kr
2.400.000,-", "kr. 1.900.000,-", "1 350 000 kr", "380 tkr", "1,2 mio. kr", "£64,500 ex VAT"),
thread replies to colleagues, this week told by its days, the quarter's last day by its name,
ranges of amounts said in words, an offer lying with the customer's board, a meeting the
customer wanted booked in a clause of its own, and chatter that must record nothing (Q3
summaries, autumn-break greetings). The first 40 were written before they were run; the last
five after the first run (four from the held-out file's disputed row on a deal after
midnight, one a range said with dotted thousands).
Each row is what a careful colleague reads: the records in order (outcome, kind, customer,
amount, day), the first, then each asked about on its own; [] records nothing. STEPS: the day
of the first record's next step (a booked meeting or the author's follow-up) where one is said."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.dates import parse_date
from tests.unit import fresh_phrasings as fp
from tests.unit.fresh_phrasings import CALL, MEETING, OFFER, WIN, L, S, k

T = date(2026, 10, 1)  # Thursday, the morning after Q3 ended
KNOWN = ["Orkla","Kiwi","Bama","Tine","Posten","Fjordkraft","Statkraft","Telenor","Gjensidige",
 "Rema 1000","Volvo","Scania","Telia","ICA","Ericsson","Sandvik","Axfood","SJ","Husqvarna",
 "Carlsberg","Arla","Jysk","Matas","Danfoss","Vestas","Pandora","Tryg",
 "Lloyds","Boots","Greggs","Aviva","BT","Ocado","Vodafone","Unilever","Barclays"]  # fmt: skip
OPEN_OFFERS = {"orkla", "volvo", "carlsberg", "lloyds"}

sep = fp.month(2026, 9)
oct_ = fp.month(2026, 10)

Q3_END = sep(30)

# (text, [(outcome, kind, customer, amount, day), …]); [] records nothing
THE_MORNING_AFTER: list[tuple[str, list]] = [
    # -- Norwegian
    ('Signerte Orkla i går kveld, rett før kvartalet stengte 🙌 kr 2.400.000,-', [(S, WIN, 'Orkla', k(2400000), Q3_END)]),
    ('Denne uka: man møte Kiwi, tirs tilbud Bama 380 tkr, ons ordre Tine 650k', [(L, MEETING, 'Kiwi', None, sep(28)), (L, OFFER, 'Bama', k(380000), sep(29)), (L, WIN, 'Tine', k(650000), Q3_END)]),
    ('Ringte Posten nå, tilbudet ligger hos styret deres', [(S, CALL, 'Posten', None, T)]),
    ('Tilbud sendt Fjordkraft i dag, et sted mellom 300 og 350k avhengig av volum', [(L, OFFER, 'Fjordkraft', None, T)]),
    ('Vant Statkraft siste dag i Q3 🎉 1,8 mill', [(S, WIN, 'Statkraft', k(1800000), Q3_END)]),
    ('Ringte Telenor i går, de vil ha møte – booket onsdag 7/10', [(S, CALL, 'Telenor', None, Q3_END)]),
    ('God høstferie til alle som har fri neste uke 🍂', []),
    ('Q3 oppsummert: 7 ordre, 11,2 mill 🎉 takk alle sammen!', []),
    ('Svar til <@U07KARI>: ja, Gjensidige ringte tilbake i forgårs', [(S, CALL, 'Gjensidige', None, sep(29))]),
    ('Tilbudd til Rema 1000 i går på 1,2 mill, glemte å logge 🙈', [(S, OFFER, 'Rema 1000', k(1200000), Q3_END)]),
    # -- Swedish
    ('Volvo skrev på igår kväll 🎉 3,1 mkr – precis innan kvartalet stängde', [(S, WIN, 'Volvo', k(3100000), Q3_END)]),
    ('Denna vecka: mån möte Scania, tis offert Telia 420 tkr, ons samtal ICA', [(L, MEETING, 'Scania', None, sep(28)), (L, OFFER, 'Telia', k(420000), sep(29)), (L, CALL, 'ICA', None, Q3_END)]),
    ('Ringde Ericsson nu, offerten ligger hos styrelsen', [(S, CALL, 'Ericsson', None, T)]),
    ('Offert till Sandvik skickad idag, någonstans mellan 500 och 600 tkr beroende på volym', [(L, OFFER, 'Sandvik', None, T)]),
    ('Vann Axfood sista dagen i kvartalet, 900 tkr 🙌', [(S, WIN, 'Axfood', k(900000), Q3_END)]),
    ('Ringde SJ igår, de ville ha möte – bokat tisdag 6/10', [(S, CALL, 'SJ', None, Q3_END)]),
    ('Trevligt höstlov till er som är lediga v. 44 🍂', []),
    ('Q3 totalt: 6 affärer, 8,7 mkr – tack alla! 🎉', []),
    ('Svar till @Emma: japp, Husqvarna ringde tillbaka i förrgår', [(S, CALL, 'Husqvarna', None, sep(29))]),
    ('Ofert till Scania igår, 1 350 000 kr', [(S, OFFER, 'Scania', k(1350000), Q3_END)]),
    # -- Danish
    ('Carlsberg skrev under i går kl. 17.10 🍺 kr. 1.900.000,- lige inden kvartalet lukkede', [(S, WIN, 'Carlsberg', k(1900000), Q3_END)]),
    ('Denne uge: man møde Arla, tirs tilbud Jysk 1,2 mio. kr, ons tlf Matas', [(L, MEETING, 'Arla', None, sep(28)), (L, OFFER, 'Jysk', k(1200000), sep(29)), (L, CALL, 'Matas', None, Q3_END)]),
    ('Ringede til Danfoss nu, tilbuddet ligger hos bestyrelsen', [(S, CALL, 'Danfoss', None, T)]),
    ('Tilbud til Vestas sendt i dag, et sted mellem 2 og 2,5 mio. kr', [(L, OFFER, 'Vestas', None, T)]),
    ('Vandt Pandora sidste dag i Q3 🎉 750.000 kr', [(S, WIN, 'Pandora', k(750000), Q3_END)]),
    ('Ringede til Tryg i går, de vil gerne have et møde – booket mandag 5/10', [(S, CALL, 'Tryg', None, Q3_END)]),
    ('Rigtig god efterårsferie i uge 42 til alle der holder fri 🍁', []),
    ('Status på Q3: 5 ordrer, 6,4 mio. kr i alt 👏 godt gået alle', []),
    ('Svar til <@U05METTE>: ja, Matas ringede tilbage i forgårs', [(S, CALL, 'Matas', None, sep(29))]),
    ('Glemte at logge: tilbd til Arla i går på 480.000 kr', [(S, OFFER, 'Arla', k(480000), Q3_END)]),
    # -- English
    ('Lloyds signed last night 🙌 £1.2m – got it in just before quarter end', [(S, WIN, 'Lloyds', k(1200000), Q3_END)]),
    ('This week: Mon meeting Boots, Tue quote Greggs £140k, Wed call Aviva', [(L, MEETING, 'Boots', None, sep(28)), (L, OFFER, 'Greggs', k(140000), sep(29)), (L, CALL, 'Aviva', None, Q3_END)]),
    ('Called BT just now, the quote is with the board', [(S, CALL, 'BT', None, T)]),
    ('Quote out to Ocado today, somewhere between £80k and £95k depending on volumes', [(L, OFFER, 'Ocado', None, T)]),
    ('Won Vodafone on the last day of Q3 🎉 £310k', [(S, WIN, 'Vodafone', k(310000), Q3_END)]),
    ('Called Unilever yesterday, they want to meet – booked Tuesday', [(S, CALL, 'Unilever', None, Q3_END)]),
    ('Enjoy half term, everyone who is off later this month 🍂', []),
    ('Q3 wrap: 5 wins, £2.7m – cracking effort all! 🎉', []),
    ('Replying to @Sam: yes, Barclays rang back the day before yesterday', [(S, CALL, 'Barclays', None, sep(29))]),
    ('Quoet to Lloyds yesterday, £64,500 ex VAT', [(S, OFFER, 'Lloyds', k(64500), Q3_END)]),
    # written after the first run: a deal that came in during the night just gone, told in the
    # morning (the hour is when it came, not when the author writes): today, already Q4
    ('Ordren fra Kiwi kom inn i natt kl 00:15 😅 420k – teller den for Q3?', [(S, WIN, 'Kiwi', k(420000), T)]),
    ('Ordern från ICA kom in inatt kl 00.20, 640 tkr – räknas den på Q3?', [(S, WIN, 'ICA', k(640000), T)]),
    ('Ordren fra Jysk kom ind i nat kl. 00.30 – 1,1 mio. kr, tæller den med i Q3?', [(S, WIN, 'Jysk', k(1100000), T)]),
    ('PO from Boots came in overnight at 00:30 😅 £45k – does it count for Q3?', [(S, WIN, 'Boots', k(45000), T)]),
    # and a range with dotted thousands before "t.kr." (was 1 250 kr, sure)
    ('Tilbud sendt til Jysk i dag, 1.250 – 1.500 t.kr. alt efter mængde', [(L, OFFER, 'Jysk', None, T)]),
]  # fmt: skip

# Read otherwise still, each a strict xfail with its reason (text: (records, why)).
LEFT: dict[str, tuple[list, str]] = {}

# The first record's next step (a booked meeting, the author's follow-up): its day
STEPS: dict[str, date] = {
    'Ringte Telenor i går, de vil ha møte – booket onsdag 7/10': oct_(7),
    'Ringde SJ igår, de ville ha möte – bokat tisdag 6/10': oct_(6),
    'Ringede til Tryg i går, de vil gerne have et møde – booket mandag 5/10': oct_(5),
    'Called Unilever yesterday, they want to meet – booked Tuesday': oct_(6),
}  # fmt: skip

# A step read otherwise still, a strict xfail with its reason (text: why).
STEPS_LEFT: dict[str, str] = {}


@pytest.mark.parametrize("row", fp.rows_and_left(THE_MORNING_AFTER, left=LEFT))
def test_fresh_messages_the_morning_after_the_quarter_ended(row: tuple) -> None:
    fp.check_message(row, T, KNOWN, OPEN_OFFERS)


@pytest.mark.parametrize("text", fp.step_params(STEPS, STEPS_LEFT))
def test_the_next_step_is_on_the_day_said(text: str) -> None:
    fp.check_step(text, STEPS[text], T, KNOWN, OPEN_OFFERS)


@pytest.mark.parametrize(
    ("text", "today", "due"),
    [
        ("on the last day of Q3", T, Q3_END),
        ("siste dag i Q3", T, Q3_END),
        ("sista dagen i kvartalet", T, Q3_END),
        ("sidste dag i kvartalet", T, Q3_END),
        ("the last day of the quarter", date(2027, 3, 31), date(2027, 3, 31)),
        ("siste dagen i Q1", date(2027, 4, 2), date(2027, 3, 31)),
    ],
)
def test_the_quarters_last_day_by_its_name_is_a_done_day(text: str, today: date, due: date) -> None:
    assert parse_date(text, today=today, direction="past") == due
