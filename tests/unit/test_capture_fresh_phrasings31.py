"""Fresh phrasings written in session 29 (heldmsg29, channel messages), as sellers type them on
Monday 28 June 2027, the Monday after midsummer (ISO week 26: Mon 28 Jun .. Sun 4 Jul; last
week, week 25, was Mon 21 .. Sun 27 Jun, with Swedish midsommarafton on Fri 25 Jun; "i går" /
"yesterday" is Sunday 27 Jun), two weeks before the summer holidays (Norwegian fellesferie and
Danish industriferie weeks 28-30, Swedish semester in July), in four languages, each read with
its team's krone: Monday summaries of last week (days in brackets), closing before the summer
holidays, offers answered after the holidays, out-of-office notes, typos ("Tibud", "Offertt",
"Tilbudd", "Qoute"), local amounts ("kr 890.000,-", "1,2 mill", "2,4 MSEK", "640 tkr", "kr.
1.150.000,-", "420 t.kr.", "£72,500", "£1.4m"), thread replies to colleagues, colleagues'
deals and chatter that must record nothing. The forty rows were written before they were run.
Each row is what a careful colleague reads: the records in order (outcome, kind, customer,
amount, day), the first, then each asked about on its own; [] records nothing. STEPS: the day
of the first record's next step where one is said."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit import fresh_phrasings as fp
from tests.unit.fresh_phrasings import CALL, LOSS, MEETING, OFFER, WIN, L, S, k

T = date(2027, 6, 28)  # the Monday after midsummer 2027
KNOWN = ["Kiwi", "Bama", "Orkla", "Telenor", "Tine", "Posten", "Statkraft", "Fjordkraft",
 "Volvo", "Scania", "ICA", "Ericsson", "Telia", "Axfood", "Sandvik", "SEB", "Securitas",
 "Husqvarna", "Carlsberg", "Vestas", "Arla", "Jysk", "Matas", "Pandora", "Danfoss", "Tryg",
 "Novo Nordisk", "Boots", "Greggs", "Barclays", "Aviva", "Lloyds", "Vodafone", "Ocado", "BT",
 "Tesco"]  # fmt: skip
OPEN_OFFERS = {"orkla", "ica", "carlsberg", "barclays"}

jun = fp.month(2027, 6)
jul = fp.month(2027, 7)

# (text, [(outcome, kind, customer, amount, day), …]); [] records nothing; by language
NORWEGIAN: list[tuple[str, list]] = [
    # last week's summary, its days in brackets: a list, each on its day
    ('Oppsummering forrige uke: møte med Tine (tirs), tilbud til Bama 320 000 kr (tors) ✅', [(L, MEETING, 'Tine', None, jun(22)), (L, OFFER, 'Bama', k(320000), jun(24))]),
    ('Orkla signerte før ferien 🎉 kr 890.000,-', [(S, WIN, 'Orkla', k(890000), T)]),
    ('Tilbud sendt til Statkraft i dag, 1,2 mill eks. mva – de svarer etter fellesferien', [(S, OFFER, 'Statkraft', k(1200000), T)]),
    ('Svar til <@U03KARI>: ja, Telenor ringte meg fredag, de vil ha møte i august', [(S, CALL, 'Telenor', None, jun(25))]),
    ('Er på ferie fra 9/7 til 2/8. Haster det, ring Per ☀️', []),
    ('Møtte Posten i dag, lunken. Nytt møte onsdag kl 10', [(S, MEETING, 'Posten', None, T)]),
    ('Tibud sendt til Kiwi idag, 450k', [(S, OFFER, 'Kiwi', k(450000), T)]),
    ('Tapte Fjordkraft i fredags, valgte en billigere leverandør 😞', [(L, LOSS, 'Fjordkraft', None, jun(25))]),
    ('God sommer alle sammen! Logger av for i år 🌞', []),
    ('Ola fikk ordren fra Orkla i dag, 2 mill 👏', []),
]  # fmt: skip
SWEDISH: list[tuple[str, list]] = [
    ('Förra veckan: möte Volvo (mån), offert Scania 1,2 mkr (ons), förlorade Axfood (tors)', [(L, MEETING, 'Volvo', None, jun(21)), (L, OFFER, 'Scania', k(1200000), jun(23)), (L, LOSS, 'Axfood', None, jun(24))]),
    ('ICA skrev på innan semestern 🎉 2,4 MSEK', [(S, WIN, 'ICA', k(2400000), T)]),
    ('Skickade offert till Ericsson idag, 850 000 kr exkl. moms. De återkommer efter semestern', [(S, OFFER, 'Ericsson', k(850000), T)]),
    ('Svar till <@U04LISA>: Telia ringde i fredags, vill ses v. 33', [(S, CALL, 'Telia', None, jun(25))]),
    ('Ledig v. 28–31, åter 9 aug. Brådskande? Ring Anna 🌞', []),
    ('Möte med SEB idag, bra stämning. Nytt möte torsdag', [(S, MEETING, 'SEB', None, T)]),
    ('Offertt skickad till Sandvik idag 640 tkr', [(S, OFFER, 'Sandvik', k(640000), T)]),
    # a loss is asked; yesterday was a Sunday, the day kept
    ('Securitas tackade nej igår 😞', [(L, LOSS, 'Securitas', None, jun(27))]),
    ('Glad sommar allihopa, vi hörs i augusti! ☀️', []),
    ('Lisa fick in Husqvarna idag 🎉 grattis!', []),
]  # fmt: skip
DANISH: list[tuple[str, list]] = [
    ('Sidste uge: møde med Arla (tirs), tilbud til Jysk 420 t.kr. (tors) ✅', [(L, MEETING, 'Arla', None, jun(22)), (L, OFFER, 'Jysk', k(420000), jun(24))]),
    ('Carlsberg skrev under lige inden ferien 🍺 kr. 1.150.000,-', [(S, WIN, 'Carlsberg', k(1150000), T)]),
    ('Tilbud sendt til Vestas i dag på 2,2 mio. kr – de vender tilbage efter sommerferien', [(S, OFFER, 'Vestas', k(2200000), T)]),
    ('Svar til <@U05METTE>: Matas ringede i fredags, de vil have et møde i august', [(S, CALL, 'Matas', None, jun(25))]),
    ('Holder ferie uge 28-30, tilbage 2. august. Ring til Søren hvis det haster ☀️', []),
    ('Møde med Pandora i dag, god stemning – nyt møde onsdag kl. 9', [(S, MEETING, 'Pandora', None, T)]),
    ('Tilbudd sendt til Danfoss idag 380 t.kr.', [(S, OFFER, 'Danfoss', k(380000), T)]),
    ('Tabte Tryg i torsdags – de valgte en anden leverandør', [(L, LOSS, 'Tryg', None, jun(24))]),
    ('God sommer alle sammen! 🌞🍦', []),
    ('Mette lukkede Novo Nordisk i dag 🎉 flot!', []),
]  # fmt: skip
ENGLISH: list[tuple[str, list]] = [
    ('Last week: met Boots (Tue), quote to Greggs £45k (Thu), lost Aviva (Fri)', [(L, MEETING, 'Boots', None, jun(22)), (L, OFFER, 'Greggs', k(45000), jun(24)), (L, LOSS, 'Aviva', None, jun(25))]),
    ('Barclays signed before the summer break 🎉 £1.4m', [(S, WIN, 'Barclays', k(1400000), T)]),
    ('Quote out to Lloyds today, £72,500 ex VAT – they decide after the holidays', [(S, OFFER, 'Lloyds', k(72500), T)]),
    ('Replying to <@U07SAM>: yes, Vodafone rang on Friday, want to meet in August', [(S, CALL, 'Vodafone', None, jun(25))]),
    ('OOO 12 July – 2 August, back on the 3rd. Urgent? Call Sam 🌞', []),
    ('Met Ocado today, warm – next meeting Wednesday 11am', [(S, MEETING, 'Ocado', None, T)]),
    ('Qoute sent to BT today £38k', [(S, OFFER, 'BT', k(38000), T)]),
    ('Lost Tesco on Thursday, went with a cheaper supplier 😞', [(L, LOSS, 'Tesco', None, jun(24))]),
    ('Have a great summer everyone! ☀️🍦', []),
    ('Great work Sam on closing Greggs today 👏', []),
]  # fmt: skip
BY_LANGUAGE = {"nb": NORWEGIAN, "sv": SWEDISH, "da": DANISH, "en": ENGLISH}

# Read otherwise still, each a strict xfail with its reason (text: why).
LEFT: dict[str, str] = {}

# The first record's next step (a booked meeting): its day
STEPS: dict[str, tuple[str, date]] = {
    'Møtte Posten i dag, lunken. Nytt møte onsdag kl 10': ("nb", jun(30)),
    'Möte med SEB idag, bra stämning. Nytt möte torsdag': ("sv", jul(1)),
    'Møde med Pandora i dag, god stemning – nyt møde onsdag kl. 9': ("da", jun(30)),
    'Met Ocado today, warm – next meeting Wednesday 11am': ("en", jun(30)),
}  # fmt: skip

# A step read otherwise still, a strict xfail with its reason (text: why).
STEPS_LEFT: dict[str, str] = {}


def test_forty_rows_in_four_languages() -> None:
    assert [len(rows) for rows in BY_LANGUAGE.values()] == [10, 10, 10, 10]


@pytest.mark.parametrize(("lang", "row"), fp.rows_by_language(BY_LANGUAGE, LEFT))
def test_fresh_messages_the_monday_after_midsummer(lang: str, row: tuple) -> None:
    fp.check_message(row, T, KNOWN, OPEN_OFFERS, krone=fp.KRONE[lang])


@pytest.mark.parametrize("text", fp.step_params(STEPS, STEPS_LEFT))
def test_the_next_step_is_on_the_day_said(text: str) -> None:
    lang, due = STEPS[text]
    fp.check_step(text, due, T, KNOWN, OPEN_OFFERS, krone=fp.KRONE[lang])
