"""Session 27 (days27). Thirty day lists written after the rules, not designed for: four
languages, typos and emoji, bullets and line breaks, "Mon:", "mandag -", "Tirsdag =", dates as
headings ("27/11:"), said on a Monday (30 Nov 2026), a Wednesday (2 Dec) and a Friday (4 Dec).
Every figure on the day the seller wrote, a plan never held, a list asked in one question (or,
where its days run past today with neutral rows, asked which week)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, recognise

MON, WED, FRI = date(2026, 11, 30), date(2026, 12, 2), date(2026, 12, 4)
M, C, OF, W = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER, ActivityKind.WIN


def d(day: int, month: int = 12) -> date:
    return date(2026, month, day)


def rows(found: Recognition | None) -> list[tuple]:
    out = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        if found.next_step is not None:
            out.append((found.kind, found.customer, "plan", found.next_step.due))
        else:
            amount = int(found.amount) if found.amount is not None else None
            out.append((found.kind, found.customer, found.when, amount))
        found = found.also
    return out


# (said on, text, rows, how asked): "all" one "Record all" question, "week" asked which week
# (the rows the week gone's; the this-week reading checked below), "one" a single record
FRESH = [
    (MON, "Fredag: møte med Tine 👍 Mandag: ringte Kiwi",
     [(M, "Tine", d(27, 11), None), (C, "Kiwi", MON, None)], "all"),
    (MON, "fre - tilbud Bama 120k\nman - møte Orkla",
     [(OF, "Bama", d(27, 11), 120_000), (M, "Orkla", MON, None)], "all"),
    (MON, "Mon: call w/ Boots, meeting Tesco",
     [(C, "Boots", MON, None), (M, "Tesco", MON, None)], "all"),
    (MON, "27/11: møte Aker BP, 30/11: tlf Equinor",
     [(M, "Aker BP", d(27, 11), None), (C, "Equinor", MON, None)], "all"),
    (MON, "Fre: möte Volvo 🚗 Mån: offert Scania 200 tkr",
     [(M, "Volvo", d(27, 11), None), (OF, "Scania", MON, 200_000)], "all"),
    (MON, "Friday = call Aviva", [(C, "Aviva", d(27, 11), None)], "ahead"),
    (MON, "fredag møde Vestas, mandag opkald Novo",
     [(M, "Vestas", d(27, 11), None), (C, "Novo", MON, None)], "all"),
    (WED, "Mandag: møte Telenor\nTirsdag: tlf DNB\nOnsdag: tilbud Yara 300k",
     [(M, "Telenor", MON, None), (C, "DNB", d(1), None), (OF, "Yara", WED, 300_000)], "all"),
    (WED, "• man: møte Kiwi\n• tirs: ringte Rema\n• tors: demo Coop",
     [(M, "Kiwi", d(23, 11), None), (C, "Rema", d(24, 11), None), (M, "Coop", d(26, 11), None)],
     "week"),
    (WED, "Mon: mtg Tesco, Tue: call Boots 📞, Wed: quote Asda £40k",
     [(M, "Tesco", MON, None), (C, "Boots", d(1), None), (OF, "Asda", WED, 40_000)], "all"),
    (WED, "mån - möte ICA, tis - ringde Ericsson",
     [(M, "ICA", MON, None), (C, "Ericsson", d(1), None)], "all"),
    (WED, "27/11: ringte Hafslund\n1/12: mote Statkraft",
     [(C, "Hafslund", d(27, 11), None), (M, "Statkraft", d(1), None)], "all"),
    (WED, "Mandag: møte med Equinor. I dag: tilbud til Equinor 450k",
     [(M, "Equinor", MON, None), (OF, "Equinor", WED, 450_000)], "all"),
    (WED, "Tirsdag = møte Orkla, torsdag = møte Tine",
     [(M, "Orkla", d(24, 11), None), (M, "Tine", d(26, 11), None)], "week"),
    (WED, "man: møde Carlsberg, i morgen: møde Arla",
     [(M, "Carlsberg", MON, None), (M, "Arla", "plan", d(3))], "all"),
    (WED, "Yesterday: met Unilever. Tomorrow: call Boots",
     [(M, "Unilever", d(1), None), (C, "Boots", "plan", d(3))], "all"),
    (WED, "onsdag møte DNB 💪", [(M, "DNB", WED, None)], "one"),
    (WED, "tis: möte Sandvik, ons: ringde SEB",
     [(M, "Sandvik", d(1), None), (C, "SEB", WED, None)], "all"),
    (WED, "Mandag -  ringte Posten\nTirsdag - møte Bring 🚚",
     [(C, "Posten", MON, None), (M, "Bring", d(1), None)], "all"),
    (FRI, "Mandag: møte Aker. Tirsdag: møte Kiwi. Onsdag: tilbud Orkla 80k. Torsdag: ringte "
          "Tine. Fredag: møte Rema",
     [(M, "Aker", MON, None), (M, "Kiwi", d(1), None), (OF, "Orkla", WED, 80_000),
      (C, "Tine", d(3), None), (M, "Rema", FRI, None)], "all"),
    (FRI, "Uke 49:\n- man: møte Telenor\n- ons: tilbud Yara 250k\n- fre: ringte DNB",
     [(M, "Telenor", MON, None), (OF, "Yara", WED, 250_000), (C, "DNB", FRI, None)], "rows"),
    (FRI, "Week 49 – Mon: meeting Tesco, Wed: call Boots, Fri: quote Asda 40k",
     [(M, "Tesco", MON, None), (C, "Boots", WED, None), (OF, "Asda", FRI, 40_000)], "all"),
    (FRI, "Forrige uke: man møte Aker, tlf Tine, tirs møte DNB",
     [(M, "Aker", d(23, 11), None), (C, "Tine", d(23, 11), None), (M, "DNB", d(24, 11), None)],
     "all"),
    (FRI, "Sidste uge: man møde Novo, tors opkald Maersk 📞",
     [(M, "Novo", d(23, 11), None), (C, "Maersk", d(26, 11), None)], "all"),
    (FRI, "Förra veckan – Mån: möte Volvo. Ons: offert Scania 1,2 MSEK",
     [(M, "Volvo", d(23, 11), None), (OF, "Scania", d(25, 11), 1_200_000)], "all"),
    (FRI, "Fri: won Tesco £120k 🎉, Thu: met Boots",
     [(W, "Tesco", FRI, 120_000), (M, "Boots", d(3), None)], "all"),
    (FRI, "torsdag: møte m/ Equinor\nfredag: tlf Aker BP",
     [(M, "Equinor", d(3), None), (C, "Aker BP", FRI, None)], "all"),
    (FRI, "3/12: møte Kiwi 🥝, 4/12: ringte Rema",
     [(M, "Kiwi", d(3), None), (C, "Rema", FRI, None)], "all"),
    (FRI, "Mandag = tilbud Bama 75k, onsdag = møte Tine",
     [(OF, "Bama", MON, 75_000), (M, "Tine", WED, None)], "all"),
    (FRI, "Tues: mtg w/ Ocado, Thurs: call Sainsbury's",
     [(M, "Ocado", d(1), None), (C, "Sainsbury's", d(3), None)], "all"),
]  # fmt: skip


@pytest.mark.parametrize(("today", "text", "want", "asked"), FRESH, ids=[f[1][:40] for f in FRESH])
def test_a_fresh_day_list_reads_as_the_seller_meant_it(
    today: date, text: str, want: list, asked: str
) -> None:
    found = recognise(text, today=today)
    assert rows(found) == want, found.reasons
    if asked in ("all", "week"):
        assert found.record_all and found.outcome is Outcome.LIKELY, found.reasons
    assert (found.this_week is not None) == (asked == "week"), found.reasons
    if asked == "ahead":  # held last Friday, or coming this Friday: asked
        assert found.ahead == d(4) and found.outcome is Outcome.LIKELY


def test_the_this_week_reading_of_a_fresh_list_holds_the_days_gone_and_plans_the_rest() -> None:
    found = recognise("• man: møte Kiwi\n• tirs: ringte Rema\n• tors: demo Coop", today=WED)
    assert rows(found.this_week) == [
        (M, "Kiwi", MON, None),
        (C, "Rema", d(1), None),
        (M, "Coop", "plan", d(3)),
    ]


def test_thirty_fresh_messages() -> None:
    assert len(FRESH) == 30
