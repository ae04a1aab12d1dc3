"""Fresh phrasings written in session 21 (channel messages; the commands' are cmds21's), as
sellers type them on Tuesday 18 May 2027, the day after 17. mai (which was also Whit Monday,
2. pinsedag; Ascension Day was Thu 6 May, the "inneklemt dag" Fri 7 May), in four languages, with
typos, missing diacritics, local number and date forms and word orders: the season's words ("før
pinse", "innan pingst", "i himmelfartsuka", "inneklemt dag", "klemdagen", "på sportlovet", "i
efterårsferien", "at half term"), the three conventions decided this session (a verbal yes asked,
talking with a customer asked unless on the phone, a customer's own call sure), two kinds and
customers in one list, a day's try without an answer, "vi ses 1/6", and chatter that must record
nothing (17. mai greetings, who takes a meeting, forecasts, a plan of a week asked about). The
rules were not designed on them (26 of 102 read otherwise at the session's start,
before this session's rules). Each row is what a careful colleague reads: the records in order
(outcome, kind, customer, amount, day), the first, then each asked about on its own; [] records
nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.fresh_phrasings import CALL, LOSS, MEETING, OFFER, WIN, L, S, check_message

T = date(2027, 5, 18)  # Tuesday, the day after 17. mai and Whit Monday
KNOWN = ["Equinor","Telenor","DNB","Tine","Orkla","Kiwi","Yara","Rema 1000","Posten","Bama","Fjordkraft","Statkraft","Aker BP","Hafslund","Ruter","Storebrand","Gjensidige",
 "Volvo","ICA","Scania","Sandvik","Axfood","Telia","Ericsson","SJ","Husqvarna","Skanska",
 "Carlsberg","Maersk","Vestas","Matas","Jysk","Pandora","Lego","Danfoss","Tryg","Arla","Coop Danmark",
 "Tesco","Bupa","Aviva","Greggs","Boots","Ocado","Vodafone","BT","Sainsbury's","Unilever","Barclays"]  # fmt: skip
OPEN_OFFERS = {"kiwi", "volvo", "tesco"}


def k(amount: int) -> Decimal:
    return Decimal(amount)


def may(day: int) -> date:
    return date(2027, 5, day)


# (text, [(outcome, kind, customer, amount, day), …]); [] records nothing
ON_TUESDAY: list[tuple[str, list]] = [
    ('Gratulerer med dagen alle sammen 🇳🇴', []),
    ('Hvem tar Kiwi-møtet mens jeg er borte?', []),
    ('Regner med at Tine signerer i juni, ca 400k', []),
    ('Forecast Q2: Orkla 1,2 mill, Kiwi 300k', []),
    ('Hipp hurra for 17. mai! 🇳🇴🎉', []),
    ('Noen som har sett bunadsølja mi? Mistet den på toget i går', []),
    ('Møtte Equinor i går selv om det var 17. mai 😅 varm', [(S, MEETING, 'Equinor', None, may(17))]),
    ('Ringte DNB i dag, ingen svar. Prøver igjen etter lunsj', [(L, CALL, "DNB", None, date(2027, 5, 18))]),  # mendG31 (the lead, session 31): an unanswered call is asked as a call (was nothing)
    ('Tilbud sendt til Yara 1,4 mill idag, svar innen månedsslutt', [(S, OFFER, 'Yara', k(1400000), T)]),
    ('tilbud t Bama 230 000 sendt igår', [(S, OFFER, 'Bama', k(230000), may(17))]),
    ('Vant Fjordkraft!! 2,3 mill 🎉🇳🇴', [(S, WIN, 'Fjordkraft', k(2300000), T)]),
    ('mote med Posten idag kl 9, gikk bra', [(S, MEETING, 'Posten', None, T)]),
    ('Hadde et kjapt møte med Hafslund før pinse', [(L, MEETING, 'Hafslund', None, T)]),
    ('Møte med Statkraft inneklemt dag, varm', [(S, MEETING, 'Statkraft', None, may(7))]),
    ('Tok inneklemt dag, ingen møter 🚣', []),
    ('Muntlig ja fra Aker BP i dag 🙌 kontrakt neste uke', [(L, WIN, 'Aker BP', None, T)]),
    ('Aker BP ringte meg nettopp, vil ha tilbud før sommeren', [(S, CALL, 'Aker BP', None, T)]),
    ('Snakket med Storebrand i telefonen i dag, varm', [(S, CALL, 'Storebrand', None, T)]),
    ('snakka med Gjensidige i dag om fornyelsa', [(L, CALL, 'Gjensidige', None, T)]),
    ('Møte med Orkla i morgen og tilbud til Kiwi på fredag', [(L, MEETING, 'Orkla', None, T)]),
    ('Møte med Tine i går og tilbud til Yara i dag, 450k', [(L, OFFER, 'Yara', k(450000), T), (L, MEETING, 'Tine', None, may(17))]),
    ('Møtte Kiwi i dag, vi ses 1/6', [(S, MEETING, 'Kiwi', None, T)]),
    ('Møte med DNB i dag, sees 2.6!', [(S, MEETING, 'DNB', None, T)]),
    ('Tilbud til Equinor 2,5 mill sendt før pinse', [(L, OFFER, 'Equinor', k(2500000), T)]),
    ('Ordre fra Rema 1000 i dag, 640.000,- 🎉', [(S, WIN, 'Rema 1000', k(640000), T)]),
    # session 39: "endelig" inside "fikk tak i" no break: the call that reached them, the
    # meeting booked its next step (as "Fikk tak i Telenor, møte booket 27/5" reads)
    ('Fikk endelig tak i Telenor, møte booket 27/5', [(S, CALL, 'Telenor', None, T)]),
    ('Kunde besøk hos Tine idag lovende', [(S, MEETING, 'Tine', None, T)]),
    ('Tine signerte i himmelfartsuka, 1,1 mill', [(L, WIN, 'Tine', k(1100000), T)]),
    ('Vi får se om Equinor biter på tilbudet i juni', []),
    ('Skal ringe Hafslund etter 17. mai', []),
    ('Orkla har takket nei, de går for Visma', [(L, LOSS, 'Orkla', None, T)]),
    ('Tilbud Ruter 95k sendt, følger opp uke 21', [(S, OFFER, 'Ruter', k(95000), T)]),
    ('Glemte å skrive: møte Bama torsdag forrige uke, het 🔥', [(S, MEETING, 'Bama', None, may(13))]),
    ('Idag: møte Kiwi, tlf Posten, tilbud Yara 300k', [(S, MEETING, 'Kiwi', None, T), (L, CALL, 'Posten', None, T), (L, OFFER, 'Yara', k(300000), T)]),
    ('Glad pingst i efterskott allihop!', []),
    ('Vem tar Volvo-mötet på torsdag?', []),
    ('Möte med Volvo idag, vi ses igen 3/6', [(S, MEETING, 'Volvo', None, T)]),
    ('Ringde Scania mån och tis, inget svar på tisdagen', [(L, CALL, 'Scania', None, may(17))]),  # heldmsg32 (the lead, session 31): an unanswered call is asked as a call, both days asked, the no-answer words the note (was Monday's call alone, stored unasked)
    ('Offert skickad till Sandvik igår, 850 tkr', [(S, OFFER, 'Sandvik', k(850000), may(17))]),
    ('Vann Axfood!! 2,4 mkr 🥳', [(S, WIN, 'Axfood', k(2400000), T)]),
    ('Muntligt ja från Telia idag, avtalet skrivs i juni', [(L, WIN, 'Telia', None, T)]),
    ('Pratade med Ericsson idag om ramavtalet', [(L, CALL, 'Ericsson', None, T)]),
    ('Ericsson ringde mig i morse, vill ha offert', [(S, CALL, 'Ericsson', None, T)]),
    ('kundmöte hos ICA i förrgår, ljummet', [(S, MEETING, 'ICA', None, may(16))]),
    ('Förlorade SJ, de valde Tele2', [(L, LOSS, 'SJ', None, T)]),
    ('Möte med Husqvarna innan pingst, het', [(L, MEETING, 'Husqvarna', None, T)]),
    ('Skanska har skrivit på! 3,1 MSEK 🎉', [(S, WIN, 'Skanska', k(3100000), T)]),
    ('Tappade bort min nyckel på kontoret igen 🙄', []),
    ('Möde med Carlsberg i dag, varm. Vi ses igen 1/6', [(S, MEETING, 'Carlsberg', None, T)]),
    ('Ringede til Maersk mandag og tirsdag, intet svar tirsdag', [(L, CALL, 'Maersk', None, may(17))]),  # heldmsg32 (the lead, session 31): an unanswered call is asked as a call, both days asked, the no-answer words the note (was Monday's call alone, stored unasked)
    ('Vandt Vestas! 2,2 mio. kr 🎉', [(S, WIN, 'Vestas', k(2200000), T)]),
    ('Mundtligt ja fra Matas i dag, 600.000 kr', [(L, WIN, 'Matas', k(600000), T)]),
    ('Snakkede med Jysk i dag om efterårets kampagne', [(L, CALL, 'Jysk', None, T)]),
    ('Jysk ringede mig i formiddags, vil have et tilbud', [(S, CALL, 'Jysk', None, T)]),
    ('Tilbud sendt til Pandora 1,1 mio. kr i går', [(S, OFFER, 'Pandora', k(1100000), may(17))]),
    ('Møde med Lego før pinse, lunken', [(L, MEETING, 'Lego', None, T)]),
    ('God pinse i bagkant alle sammen 🌿', []),
    ('Hvem tager Danfoss-mødet i næste uge?', []),
    ('Tabte Tryg på prisen', [(L, LOSS, 'Tryg', None, T)]),
    ('Møde med Arla i går og tilbud til Coop Danmark i dag 300.000 kr', [(L, OFFER, 'Coop Danmark', k(300000), T), (L, MEETING, 'Arla', None, may(17))]),
    ('Met Tesco yesterday, see you on the 1st!', [(S, MEETING, 'Tesco', None, may(17))]),
    ('Won Bupa! £220k 🎉', [(S, WIN, 'Bupa', k(220000), T)]),
    ('Spoke to Aviva today about the renewal', [(L, CALL, 'Aviva', None, T)]),
    ('Greggs called me this morning, they want a quote', [(S, CALL, 'Greggs', None, T)]),
    ('Quote sent to Boots £45k yesterday', [(S, OFFER, 'Boots', k(45000), may(17))]),
    ('Verbal yes from Ocado today, £300k, paperwork next week', [(L, WIN, 'Ocado', k(300000), T)]),
    ('Lost Vodafone, went with BT', [(L, LOSS, 'Vodafone', None, T)]),
    ("Meeting Sainsbury's next week, anyone know their new buyer?", []),
    ('Happy Whitsun everyone, enjoy the long weekend!', []),
    ('Met Unilever at half term, warm', [(L, MEETING, 'Unilever', None, T)]),
    ('Called Barclays Monday and Tuesday, no answer on Tuesday', [(L, CALL, 'Barclays', None, may(17))]),  # heldmsg32 (the lead, session 31): an unanswered call is asked as a call, both days asked, the no-answer words the note (was Monday's call alone, stored unasked)
    ('motte Yara igaar, lovende', [(S, MEETING, 'Yara', None, may(17))]),
    ('Tilbudd sendt til Statkraft 1.2 mill idag', [(S, OFFER, 'Statkraft', k(1200000), T)]),
    ('Signerte Orkla idag!!! 780 000 kr', [(S, WIN, 'Orkla', k(780000), T)]),
    ('Ruter: møte i dag, varm 🔥 ny runde 3/6', [(S, MEETING, 'Ruter', None, T)]),
    ('ringte hafslund x2 i dag', [(L, CALL, 'Hafslund', None, T)]),
    ('Fjordkraft vant anbudet på strøm til kommunen, bra for dem', []),
    ('Tilbud til Kiwi på 300k utløper fredag', []),
    ('Skulle hatt møte med DNB i dag men det ble avlyst', []),
    ('Kiwi har fortsatt ikke svart på tilbudet 😩', []),
    ('Husk å logge alt før månedsslutt!', []),
    ('Møte med Equinor 17. mai? Nei takk 😂', []),
    ('Møte med Tine i vinterferien, varm', [(L, MEETING, 'Tine', None, T)]),
    ('Tilbud til Posten 420.000 kr sendt, de svarer etter pinse', [(S, OFFER, 'Posten', k(420000), T)]),
    ('Vann Volvo idag, 1 200 tkr 🎉', [(S, WIN, 'Volvo', k(1200000), T)]),
    ('Möte m ICA i går, ljummen. Ny offert nästa vecka', [(S, MEETING, 'ICA', None, may(17))]),
    ('Offert till Axfood 0,9 mkr, skickad i fredags', [(S, OFFER, 'Axfood', k(900000), may(14))]),
    ('Telia ringde tillbaka idag och tackade ja! 450 tkr 🎉', [(S, WIN, 'Telia', k(450000), T)]),
    ('Lunch med Sandvik imorgon', [(L, MEETING, 'Sandvik', None, T)]),
    ('Mötet med Scania ställdes in 😞', []),
    ('Glömde logga: möte SJ på sportlovet', [(L, MEETING, 'SJ', None, T)]),
    ('Tilbud sendt Maersk 2,4 mio igår, følger op tors', [(S, OFFER, 'Maersk', k(2400000), may(17))]),
    ('Vi har vundet Danfoss 🎉 1,3 mio. kr', [(S, WIN, 'Danfoss', k(1300000), T)]),
    ('Hvem har lyst til at tage Jysk-mødet fredag?', []),
    ('Møde med Matas på klemdagen, varm', [(S, MEETING, 'Matas', None, may(7))]),
    ('Vandt Carlsberg i efterårsferien, 800.000 kr', [(L, WIN, 'Carlsberg', k(800000), T)]),
    ('Sent a proposal to Greggs for £60k today, chasing Fri', [(S, OFFER, 'Greggs', k(60000), T)]),
    ('Meeting w/ Aviva tomorrow 10am', [(S, MEETING, 'Aviva', None, T)]),
    ('Bupa signed!!! £1.2m 🍾', [(S, WIN, 'Bupa', k(1200000), T)]),
    ("Who's covering the Tesco call while I'm off?", []),
    ('Lost Boots to a competitor, price again 😤', [(L, LOSS, 'Boots', None, T)]),
    ('Met Ocado yesterday and quote to Vodafone today', [(L, OFFER, 'Vodafone', None, T), (L, MEETING, 'Ocado', None, may(17))]),
]  # fmt: skip


@pytest.mark.parametrize("row", ON_TUESDAY, ids=[r[0][:50] for r in ON_TUESDAY])
def test_fresh_messages_the_day_after_17_mai(row: tuple) -> None:
    check_message(row, T, KNOWN, OPEN_OFFERS)
