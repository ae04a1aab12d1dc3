"""Fresh phrasings written in session 30 (heldmsg30, channel messages), as sellers type them on
Monday 8 January 2029, the first full week of the year (ISO week 2: Mon 8 .. Sun 14 Jan; last
week, week 1, was Mon 1 .. Sun 7 Jan with New Year's Day on its Monday, so its first working
day was Tuesday 2 January; the Christmas week, week 52 of 2028, had its working days Wed 27 ..
Fri 29 Dec; "i fredags" / "on Friday" is Fri 5 Jan, Swedish trettondagsafton, a half day; "i
går" / "yesterday" a Sunday, not used), in four languages, each read with its team's krone:
year-end and Christmas-week summaries, deals closed on last year's budget, offers waiting for
new budgets, out-of-office notes, typos ("Tibud", "Offfert", "Tilbut", "Quoet"), local amounts
("kr 1.450.000,-", "1,9 MSEK", "kr. 2.100.000,-", "640 t.kr.", "£1.35m"), thread replies to
colleagues, colleagues' deals and chatter that must record nothing. The forty rows were written
before they were run. Each row is what a careful colleague reads: the records in order (outcome,
kind, customer, amount, day), the first, then each asked about on its own; [] records nothing.
STEPS: the day of the first record's next step where one is said."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit import fresh_phrasings as fp
from tests.unit.fresh_phrasings import CALL, LOSS, MEETING, OFFER, WIN, L, S, k

T = date(2029, 1, 8)  # the Monday of the first full week of 2029
KNOWN = ["Kiwi", "Bama", "Orkla", "Telenor", "Tine", "Posten", "Statkraft", "Fjordkraft",
 "Volvo", "Scania", "ICA", "Ericsson", "Telia", "Axfood", "Sandvik", "SEB", "Securitas",
 "Husqvarna", "Carlsberg", "Vestas", "Arla", "Jysk", "Matas", "Pandora", "Danfoss", "Tryg",
 "Novo Nordisk", "Lego", "Boots", "Greggs", "Barclays", "Aviva", "Lloyds", "Vodafone", "Ocado",
 "BT", "Tesco"]  # fmt: skip
OPEN_OFFERS = {"posten", "ericsson", "carlsberg", "barclays"}

dec = fp.month(2028, 12)
jan = fp.month(2029, 1)

# (text, [(outcome, kind, customer, amount, day), …]); [] records nothing; by language
NORWEGIAN: list[tuple[str, list]] = [
    # last week's counts with names, no day: its first working day, Tue 2 Jan (Monday a holiday)
    ('Oppsummering forrige uke: 3 møter (Tine, Kiwi, Bama) 💪', [(L, MEETING, 'Tine', None, jan(2)), (L, MEETING, 'Kiwi', None, jan(2)), (L, MEETING, 'Bama', None, jan(2))]),
    ('Posten signerte 29.12. på fjorårets budsjett 🎉 kr 1.450.000,-', [(S, WIN, 'Posten', k(1450000), dec(29))]),
    # the Christmas week told by its days in brackets
    ('Romjula kort:\n• møte med Tine (ons)\n• tilbud til Kiwi 300k (tors)\n• Bama bestilte (fre) 🎉', [(L, MEETING, 'Tine', None, dec(27)), (L, OFFER, 'Kiwi', k(300000), dec(28)), (L, WIN, 'Bama', None, dec(29))]),
    ('Svar til <@U02OLA>: jepp, Orkla ringte i torsdags, de vil ha nytt tilbud når budsjettet er klart', [(S, CALL, 'Orkla', None, jan(4))]),
    ('Er på kurs ut uka, svarer på mail innimellom 📚', []),
    ('Tibud sendt Fjordkraft i dag, 2,3 mill eks mva', [(S, OFFER, 'Fjordkraft', k(2300000), T)]),
    ('Tapte Telenor i fredags 😞 de fikk ikke budsjett i år', [(L, LOSS, 'Telenor', None, jan(5))]),
    ('Møte med Statkraft i dag, varm 🔥 tilbudet venter på nytt budsjett, nytt møte 16.1.', [(S, MEETING, 'Statkraft', None, T)]),
    ('Kari signerte Bama før jul 👏 sterkt!', []),
    ('Godt nytt år alle sammen! Nå kjører vi 🚀', []),
]  # fmt: skip
SWEDISH: list[tuple[str, list]] = [
    ('Förra veckan: 2 möten (Volvo, Scania) och en order från ICA på 450 tkr 🎉', [(L, MEETING, 'Volvo', None, jan(2)), (L, MEETING, 'Scania', None, jan(2)), (L, WIN, 'ICA', k(450000), jan(2))]),
    ('Ericsson skrev på 28/12 på fjolårets budget 🎉 1,9 MSEK', [(S, WIN, 'Ericsson', k(1900000), dec(28))]),
    ('Ringde Telia idag – offerten ligger kvar hos dem i väntan på ny budget', [(S, CALL, 'Telia', None, T)]),
    ('Svar till @Anna: japp, Axfood ringde i torsdags, vill ses v. 3', [(S, CALL, 'Axfood', None, jan(4))]),
    ('Tjänstledig t.o.m. 19/1, hör av er till Erik ❄️', []),
    ('Offfert skickad till Sandvik idag 780 tkr', [(S, OFFER, 'Sandvik', k(780000), T)]),
    ('Förlorade SEB i fredags, de frös alla inköp 😞', [(L, LOSS, 'SEB', None, jan(5))]),
    ('Möte med Securitas idag, bra stämning. Nytt möte 17/1', [(S, MEETING, 'Securitas', None, T)]),
    ('Emma stängde Husqvarna i mellandagarna 👏', []),
    ('Gott nytt år! Fika i köket kl 9 ☕', []),
]  # fmt: skip
DANISH: list[tuple[str, list]] = [
    ('Sidste uge: 2 møder (Arla, Jysk) og en ordre fra Tryg på 300 t.kr. 🎉', [(L, MEETING, 'Arla', None, jan(2)), (L, MEETING, 'Jysk', None, jan(2)), (L, WIN, 'Tryg', k(300000), jan(2))]),
    ('Carlsberg skrev under 29/12 – nåede sidste års budget 🍺 kr. 2.100.000,-', [(S, WIN, 'Carlsberg', k(2100000), dec(29))]),
    ('Ringede til Matas i dag, tilbuddet venter på deres nye budget', [(S, CALL, 'Matas', None, T)]),
    ('Svar til <@U05METTE>: ja, Pandora ringede i torsdags – de vil have et møde i uge 4', [(S, CALL, 'Pandora', None, jan(4))]),
    ('Er på ferie til og med 14/1. Ring til Søren hvis det haster ⛷️', []),
    ('Tilbut sendt til Danfoss idag, 640 t.kr.', [(S, OFFER, 'Danfoss', k(640000), T)]),
    ('Tabte Vestas i fredags – de valgte en billigere løsning', [(L, LOSS, 'Vestas', None, jan(5))]),
    ('Møde med Novo Nordisk i dag, positivt. Næste møde 18/1', [(S, MEETING, 'Novo Nordisk', None, T)]),
    ('Mikkel fik Lego lige før nytår 🎉 flot!', []),
    ('Godt nytår! Kage i kantinen kl 14 🎂', []),
]  # fmt: skip
ENGLISH: list[tuple[str, list]] = [
    ('Last week: 2 meetings (Boots, Greggs) and a quote to Tesco, £85k', [(L, MEETING, 'Boots', None, jan(2)), (L, MEETING, 'Greggs', None, jan(2)), (L, OFFER, 'Tesco', k(85000), jan(2))]),
    ("Barclays signed on the 29th 🎉 £1.35m – made last year's budget", [(S, WIN, 'Barclays', k(1350000), dec(29))]),
    # the Christmas week told by its days in brackets
    ('Xmas week recap:\n- call with Lloyds (Wed)\n- met Aviva (Thu)\n- quote to Ocado £64k (Fri)', [(L, CALL, 'Lloyds', None, dec(27)), (L, MEETING, 'Aviva', None, dec(28)), (L, OFFER, 'Ocado', k(64000), dec(29))]),
    ('Replying to <@U07SAM>: yep, Vodafone rang on Thursday, want to meet w/c 22nd', [(S, CALL, 'Vodafone', None, jan(4))]),
    ('OOO until Mon 15th ⛷️ Sam is covering Ocado', []),
    ('Quoet sent to BT today £42k', [(S, OFFER, 'BT', k(42000), T)]),
    ('Lost Aviva on Friday 😞 budget frozen for Q1', [(L, LOSS, 'Aviva', None, jan(5))]),
    ('Met Lloyds today, warm – their quote waits for the new budget, next meeting 17th Jan', [(S, MEETING, 'Lloyds', None, T)]),
    ('Sam closed Greggs just before Christmas 👏', []),
    ('Happy New Year all! Cake in the kitchen at 3 🎂', []),
]  # fmt: skip
BY_LANGUAGE = {"nb": NORWEGIAN, "sv": SWEDISH, "da": DANISH, "en": ENGLISH}

# Read otherwise still, each a strict xfail with its reason (text: why).
LEFT: dict[str, str] = {}

# The first record's next step (a booked meeting): its day
STEPS: dict[str, tuple[str, date]] = {
    'Møte med Statkraft i dag, varm 🔥 tilbudet venter på nytt budsjett, nytt møte 16.1.': ("nb", jan(16)),
    'Möte med Securitas idag, bra stämning. Nytt möte 17/1': ("sv", jan(17)),
    'Møde med Novo Nordisk i dag, positivt. Næste møde 18/1': ("da", jan(18)),
    'Met Lloyds today, warm – their quote waits for the new budget, next meeting 17th Jan': ("en", jan(17)),
}  # fmt: skip

# A step read otherwise still, a strict xfail with its reason (text: why).
STEPS_LEFT: dict[str, str] = {}


def test_forty_rows_in_four_languages() -> None:
    assert [len(rows) for rows in BY_LANGUAGE.values()] == [10, 10, 10, 10]


@pytest.mark.parametrize(("lang", "row"), fp.rows_by_language(BY_LANGUAGE, LEFT))
def test_fresh_messages_the_first_full_week_of_the_year(lang: str, row: tuple) -> None:
    fp.check_message(row, T, KNOWN, OPEN_OFFERS, krone=fp.KRONE[lang])


@pytest.mark.parametrize("text", fp.step_params(STEPS, STEPS_LEFT))
def test_the_next_step_is_on_the_day_said(text: str) -> None:
    lang, due = STEPS[text]
    fp.check_step(text, due, T, KNOWN, OPEN_OFFERS, krone=fp.KRONE[lang])
