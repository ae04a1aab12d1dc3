"""Fresh phrasings written in session 28 (heldmsg28, channel messages), as sellers type them on
Tuesday 23 March 2027, the week before Easter (ISO week 12: Mon 22 .. Sun 28 Mar; skjærtorsdag /
skærtorsdag Thu 25 Mar is off in Norway and Denmark, a working day in Sweden and the UK; Good
Friday Fri 26 Mar and Easter Monday Mon 29 Mar are off everywhere, so "neste uke" / "next
week" as a step is Tue 30 Mar), in four languages, each read with its team's krone: closing
before the holiday, offers after Easter, out-of-office notes, typos ("Tilbd", "Ofert"), local
amounts ("kr 1.250.000,-", "480 000,-", "1,4 mkr", "2,1 MSEK", "1,8 mio. kr.", "kr.
650.000,-", "220 t.kr.", "£85,500", "£1.2m"), thread replies to colleagues, colleagues' deals and
chatter that must record nothing. The forty rows were written before they were run. Each row is
what a careful colleague reads: the records in order (outcome, kind, customer, amount, day), the
first, then each asked about on its own; [] records nothing. STEPS: the day of the first
record's next step where one is said."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit import fresh_phrasings as fp
from tests.unit.fresh_phrasings import CALL, LOSS, MEETING, OFFER, WIN, L, S, k

T = date(2027, 3, 23)  # Tuesday of the week before Easter 2027
KNOWN = ["Kiwi", "Bama", "Orkla", "Telenor", "Tine", "Posten", "Statkraft", "Fjordkraft",
 "Volvo", "Scania", "ICA", "Ericsson", "Telia", "Axfood", "Sandvik", "SEB", "Securitas",
 "Carlsberg", "Vestas", "Arla", "Jysk", "Matas", "Pandora", "Danfoss", "Tryg", "Novo Nordisk",
 "Boots", "Greggs", "Barclays", "Aviva", "Lloyds", "Vodafone", "Ocado", "BT",
 "Tesco"]  # fmt: skip
OPEN_OFFERS = {"kiwi", "volvo", "carlsberg", "tesco"}

mar = fp.month(2027, 3)

# (text, [(outcome, kind, customer, amount, day), …]); [] records nothing; by language
NORWEGIAN: list[tuple[str, list]] = [
    ('Ordre fra Kiwi før påske 🐣 kr 1.250.000,-', [(S, WIN, 'Kiwi', k(1250000), T)]),
    ('Tilbd sendt til Bama i dag, 480 000,- eks mva', [(S, OFFER, 'Bama', k(480000), T)]),
    ('Svar til <@U02OLA>: Ringte Orkla i går, de vil ha nytt tilbud etter påske', [(S, CALL, 'Orkla', None, mar(22))]),
    # the next meeting on skjærtorsdag: asked, the day kept
    ('Møte med Telenor i dag, varm – nytt møte torsdag', [(L, MEETING, 'Telenor', None, T)]),
    ('Er på påskeferie fra torsdag, tilbake 30/3. Haster det, ring Kari 🐣', []),
    ('Posten signerte rett før påske!! 2,3 mill 🎉', [(S, WIN, 'Posten', k(2300000), T)]),
    ('Ringte Statkraft nettopp, følger opp neste uke', [(S, CALL, 'Statkraft', None, T)]),
    ('Tapte Fjordkraft i går 😞 for dyre', [(L, LOSS, 'Fjordkraft', None, mar(22))]),
    ('God påske alle! Jeg logger av nå 🐥', []),
    ('Kari vant Tine i dag 👏 1,1 mill', []),
]  # fmt: skip
SWEDISH: list[tuple[str, list]] = [
    # skärtorsdag is a Swedish working day: sure
    ('Möte med Volvo idag, nästa möte på torsdag', [(S, MEETING, 'Volvo', None, T)]),
    ('Ofert skickad till Scania idag 1,4 mkr', [(S, OFFER, 'Scania', k(1400000), T)]),
    ('ICA beställde igår, 320 000 kr exkl moms', [(S, WIN, 'ICA', k(320000), mar(22))]),
    ('Ringde Ericsson nyss, följer upp efter påsk', [(S, CALL, 'Ericsson', None, T)]),
    ('Svar till <@U05ANNA>: ja, Telia ringde tillbaka igår, möte bokat 31/3', [(S, CALL, 'Telia', None, mar(22))]),
    ('Glad påsk allihopa! Tillbaka tisdag 30/3 🐣', []),
    ('Förlorade Axfood idag, de valde en billigare leverantör', [(L, LOSS, 'Axfood', None, T)]),
    ('Sandvik i hamn innan påsk 🎉 2,1 MSEK', [(S, WIN, 'Sandvik', k(2100000), T)]),
    # långfredag: asked, the day kept
    ('Möte med SEB idag, nytt möte på fredag', [(L, MEETING, 'SEB', None, T)]),
    ('Planerar att ringa Securitas efter påsk', []),
]  # fmt: skip
DANISH: list[tuple[str, list]] = [
    ('Carlsberg skrev under i dag 🍺 1,8 mio. kr.', [(S, WIN, 'Carlsberg', k(1800000), T)]),
    ('Tilbud sendt til Vestas i dag, kr. 650.000,- ekskl. moms', [(S, OFFER, 'Vestas', k(650000), T)]),
    ('Møde med Arla i dag, godt møde, nyt møde i morgen', [(S, MEETING, 'Arla', None, T)]),
    ('Ringede til Jysk i går, de vil have tilbud efter påske', [(S, CALL, 'Jysk', None, mar(22))]),
    # skærtorsdag: asked, the day kept
    ('Møde med Matas i dag – nyt møde torsdag', [(L, MEETING, 'Matas', None, T)]),
    ('Er på påskeferie fra i morgen, tilbage tirsdag d. 30. God påske 🐣', []),
    ('Tabte Pandora i går – de gik med en konkurrent', [(L, LOSS, 'Pandora', None, mar(22))]),
    ('Svar til <@U05METTE>: ja, Danfoss ringede tilbage i dag, jeg følger op i næste uge', [(S, CALL, 'Danfoss', None, T)]),
    ('Tryg: tilbud sendt i dag på 220 t.kr.', [(S, OFFER, 'Tryg', k(220000), T)]),
    ('Mette vandt Novo Nordisk i dag!! 🎉', []),
]  # fmt: skip
ENGLISH: list[tuple[str, list]] = [
    ('Boots signed before the Easter break 🐣 £240k', [(S, WIN, 'Boots', k(240000), T)]),
    ('Quote out to Greggs today, £85,500 ex VAT', [(S, OFFER, 'Greggs', k(85500), T)]),
    # Good Friday: asked, the day kept
    ('Met Barclays today, warm – follow-up meeting Friday', [(L, MEETING, 'Barclays', None, T)]),
    ("Call with Aviva just now, they'll decide after Easter", [(S, CALL, 'Aviva', None, T)]),
    ('Replying to <@U07SAM>: yes, Lloyds rang back yesterday, meeting booked 31st March', [(S, CALL, 'Lloyds', None, mar(22))]),
    ('OOO from Thursday until Tuesday 30th – happy Easter all! 🐣', []),
    ('Lost Vodafone yesterday, went with a cheaper supplier', [(L, LOSS, 'Vodafone', None, mar(22))]),
    ('Met Ocado today, next meeting tomorrow 2pm', [(S, MEETING, 'Ocado', None, T)]),
    ("Called BT today, I'll chase next week", [(S, CALL, 'BT', None, T)]),
    ('Tesco PO in today 🎉 £1.2m', [(S, WIN, 'Tesco', k(1200000), T)]),
]  # fmt: skip
BY_LANGUAGE = {"nb": NORWEGIAN, "sv": SWEDISH, "da": DANISH, "en": ENGLISH}

# Read otherwise still, each a strict xfail with its reason (text: why).
LEFT: dict[str, str] = {}

# The first record's next step (a booked meeting, the author's follow-up): its day
STEPS: dict[str, tuple[str, date]] = {
    'Møte med Telenor i dag, varm – nytt møte torsdag': ("nb", mar(25)),
    'Ringte Statkraft nettopp, følger opp neste uke': ("nb", date(2027, 4, 2)),
    'Möte med Volvo idag, nästa möte på torsdag': ("sv", mar(25)),
    'Svar till <@U05ANNA>: ja, Telia ringde tillbaka igår, möte bokat 31/3': ("sv", mar(31)),
    'Möte med SEB idag, nytt möte på fredag': ("sv", mar(26)),
    'Møde med Arla i dag, godt møde, nyt møde i morgen': ("da", mar(24)),
    'Møde med Matas i dag – nyt møde torsdag': ("da", mar(25)),
    'Svar til <@U05METTE>: ja, Danfoss ringede tilbage i dag, jeg følger op i næste uge': ("da", date(2027, 4, 2)),
    'Met Barclays today, warm – follow-up meeting Friday': ("en", mar(26)),
    'Replying to <@U07SAM>: yes, Lloyds rang back yesterday, meeting booked 31st March': ("en", mar(31)),
    'Met Ocado today, next meeting tomorrow 2pm': ("en", mar(24)),
    "Called BT today, I'll chase next week": ("en", date(2027, 4, 2)),
}  # fmt: skip

# A step read otherwise still, a strict xfail with its reason (text: why).
STEPS_LEFT: dict[str, str] = {}


def test_forty_rows_in_four_languages() -> None:
    assert [len(rows) for rows in BY_LANGUAGE.values()] == [10, 10, 10, 10]


@pytest.mark.parametrize(("lang", "row"), fp.rows_by_language(BY_LANGUAGE, LEFT))
def test_fresh_messages_in_the_week_before_easter(lang: str, row: tuple) -> None:
    fp.check_message(row, T, KNOWN, OPEN_OFFERS, krone=fp.KRONE[lang])


@pytest.mark.parametrize("text", fp.step_params(STEPS, STEPS_LEFT))
def test_the_next_step_is_on_the_day_said(text: str) -> None:
    lang, due = STEPS[text]
    fp.check_step(text, due, T, KNOWN, OPEN_OFFERS, krone=fp.KRONE[lang])
