"""pairs29: pairs, lists and counts in a channel message, read as the sellers meant them
(bench/HISTORY.md, session 28's end-of-session runs, items 4 and 9–12)."""

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, recognise

TUESDAY = date(2026, 12, 1)
MEETING, CALL = ActivityKind.MEETING, ActivityKind.CALL


def _chain(
    found: Recognition,
) -> list[tuple[Outcome, ActivityKind | None, str | None, date | None]]:
    rows = []
    step: Recognition | None = found
    while step is not None:
        rows.append((step.outcome, step.kind, step.customer, step.when))
        step = step.also
    return rows


@pytest.mark.parametrize(
    ("text", "kind", "customers", "day"),
    [
        ("Möte med ica och Coop idag", MEETING, ["Ica", "Coop"], TUESDAY),
        ("met tesco and boots today", MEETING, ["Tesco", "Boots"], TUESDAY),
        ("møte med kiwi og Rema i dag", MEETING, ["Kiwi", "Rema"], TUESDAY),
        ("ringte kiwi og bama i går", CALL, ["Kiwi", "Bama"], date(2026, 11, 30)),
        ("Var hos netto og Salling i dag", MEETING, ["Netto", "Salling"], TUESDAY),
        # reversed: the lower-case second was dropped unsaid
        ("met Tesco and boots today", MEETING, ["Tesco", "Boots"], TUESDAY),
        ("Møte med Tine og orkla i dag", MEETING, ["Tine", "Orkla"], TUESDAY),
    ],
)
def test_a_pair_with_a_lower_case_name_asks_both(
    text: str, kind: ActivityKind, customers: list[str], day: date
) -> None:
    """Item 1: a pair whose first (or second) name is lower case recorded nothing (or the
    second was dropped): each asked, on its day."""
    found = recognise(text, today=TUESDAY, known_customers=set())
    assert _chain(found) == [(Outcome.LIKELY, kind, c, day) for c in customers], found


def test_a_swedish_call_to_a_lower_case_name() -> None:
    """Item 1: "ringde till scania igår" recorded nothing ("till" unread as the link)."""
    found = recognise("ringde till scania igår", today=TUESDAY, known_customers=set())
    assert _chain(found) == [(Outcome.SURE, CALL, "Scania", date(2026, 11, 30))], found


@pytest.mark.parametrize(
    "text",
    [
        "met the team and the boss today",
        "møte med sjefen og kona i dag",
        "met mum and dad today",
        "träffade mamma och pappa idag",
    ],
)
def test_chatter_pairs_stay_chatter(text: str) -> None:
    found = recognise(text, today=TUESDAY, known_customers=set())
    assert found.outcome is Outcome.NOTHING, found


@pytest.mark.parametrize(
    ("text", "customers", "day"),
    [
        ("Ringte 3 kunder i dag: Tine, Orkla, Bama", ["Tine", "Orkla", "Bama"], TUESDAY),
        ("Ringde 3 kunder: ICA, Coop, Axfood", ["ICA", "Coop", "Axfood"], TUESDAY),
        (
            "Called 4 clients today: Asda, Boots, Tesco, Next",
            ["Asda", "Boots", "Tesco", "Next"],
            TUESDAY,
        ),
        ("Ringede 2 kunder i går: Netto og Salling", ["Netto", "Salling"], date(2026, 11, 30)),
        ("📞 Tine, Orkla og Bama i dag", ["Tine", "Orkla", "Bama"], TUESDAY),
        (":telephone_receiver: Kiwi og Rema i går", ["Kiwi", "Rema"], date(2026, 11, 30)),
    ],
)
def test_a_count_of_calls_with_the_names_is_one_call_each(
    text: str, customers: list[str], day: date
) -> None:
    """Item 2: "Ringte 3 kunder i dag: Tine, Orkla, Bama" recorded nothing (and asked for the
    customers it named); "📞 Tine, Orkla og Bama i dag" nothing, silently. One call each, each
    asked (names never seen)."""
    found = recognise(text, today=TUESDAY, known_customers={"Next"})
    assert _chain(found) == [(Outcome.LIKELY, CALL, c, day) for c in customers], found


@pytest.mark.parametrize(
    "text",
    [
        "Ringte 3 kunder i dag: Tine, Orkla, Bama",
        "Ringte 4 kunder i dag: Tine, Orkla, Bama",
        "Ringte 2 kunder i dag: Tine, Orkla, Bama",
    ],
)
def test_a_count_of_known_names_asks_each(text: str) -> None:
    """As "Ringde 3 kunder idag: Volvo, Scania och Ikea" (session 15): each call asked, the
    count matching the names or not."""
    found = recognise(text, today=TUESDAY, known_customers={"Tine", "Orkla", "Bama"})
    assert _chain(found) == [
        (Outcome.LIKELY, CALL, c, TUESDAY) for c in ("Tine", "Orkla", "Bama")
    ], found


@pytest.mark.parametrize(
    ("text", "customer", "due"),
    [
        (
            "Did 12 calls today and booked a meeting with Boots for Thursday",
            "Boots",
            date(2026, 12, 3),
        ),
        ("Made 30 calls, booked 1 meeting with Greggs next Tuesday", "Greggs", date(2026, 12, 8)),
        ("Ringte 20 i dag og booket møte med Tine fredag", "Tine", date(2026, 12, 4)),
        ("10 samtaler i dag, booket møte med Kiwi på torsdag", "Kiwi", date(2026, 12, 3)),
        ("Ringde 15 samtal idag och bokade möte med ICA på fredag", "ICA", date(2026, 12, 4)),
        ("Lavede 10 opkald i dag og bookede møde med Netto torsdag", "Netto", date(2026, 12, 3)),
    ],
)
def test_a_summary_that_books_a_named_meeting_plans_it(text: str, customer: str, due: date) -> None:
    """Item 3: "Did 12 calls today and booked a meeting with Boots for Thursday" gave only the
    calls-not-counted notice ("Did" read as a question); others asked the plan as a meeting
    held N times, or as N calls to the customer. The plan is stored as a single one is."""
    found = recognise(text, today=TUESDAY, known_customers=set())
    got = (found.outcome, found.kind, found.customer, found.next_step and found.next_step.due)
    assert got == (Outcome.SURE, MEETING, customer, due), found
    assert found.times == 1 and found.also is None, found


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Did a demo for Boots today", Outcome.SURE),
        ("Did we win Tesco", Outcome.NOTHING),
        ("Did Boots sign?", Outcome.NOTHING),
    ],
)
def test_did_then_what_was_done_is_no_question(text: str, outcome: Outcome) -> None:
    found = recognise(text, today=TUESDAY, known_customers=set())
    assert found.outcome is outcome, found


def test_a_week_lists_planned_offer_keeps_its_amount_for_the_question() -> None:
    """Item 5: a week list's row still to come keeps the offer's amount said with it (was
    dropped unsaid), so the question can say it is not stored, as a single plan's does."""
    found = recognise(
        "Denne uka: man møte Tine, tirs tilbud Kiwi 200k, fre tilbud Bama 150k, fre møte Orkla",
        today=TUESDAY,
        known_customers=set(),
    )
    plans = [(r.customer, r.amount) for r in _rows(found) if r.planned]
    assert plans == [("Bama", 150_000), ("Orkla", None)], found


def _rows(found: Recognition) -> list[Recognition]:
    rows = []
    step: Recognition | None = found
    while step is not None:
        rows.append(step)
        step = step.also
    return rows


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("en", "A planned step keeps no amount: NOK 150,000 is not stored now."),
        ("nb", "Et planlagt steg har ikke noe beløp: kr 150\xa0000 lagres ikke nå."),
        ("sv", "Ett planerat steg har inget belopp: 150\xa0000 NOK sparas inte nu."),
        ("da", "Et planlagt skridt har intet beløb: 150.000 NOK gemmes ikke nu."),
    ],
)
def test_a_week_lists_planned_rows_one_a_line_and_the_amount_note(language: str, note: str) -> None:
    """Item 5: the planned rows of a week list, one a line (was a blank line between them), and
    the note a single plan shows for an offer's amount (was none)."""
    from bot.rendering.text import render

    plans = [
        ["offer", "Bama", date(2026, 12, 4), Decimal(150_000), "NOK"],
        ["meeting", "Orkla", date(2026, 12, 4), None, "NOK"],
    ]
    text = render(language, "week_plans", plans=plans)
    lines = text.splitlines()
    assert len(lines) == 3 and lines[0].startswith("• ") and lines[1].startswith("• "), text
    assert note in lines[2], text


def test_a_planned_row_stored_before_amounts_were_kept_still_renders() -> None:
    """A question asked before pairs29 keeps three values a planned row: still one a line (was
    a blank line between them)."""
    from bot.rendering.text import render

    plans = [["meeting", "Orkla", date(2026, 12, 4)], ["call", "Tine", date(2026, 12, 3)]]
    text = render("en", "week_plans", plans=plans)
    assert [line[:2] for line in text.splitlines()] == ["• ", "• "], text


WEDNESDAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "customer", "count"),
    [
        ("Denne uka: møte med Tine mandag + 5 samtaler", "Tine", "5 samtaler"),
        ("Uka så langt: møte med Tine mandag, 5 samtaler", "Tine", "5 samtaler"),
        ("Denna vecka: möte med ICA måndag + 5 samtal", "ICA", "5 samtal"),
        ("Denne uge: møde med Netto mandag + 5 opkald", "Netto", "5 opkald"),
        ("This week: meeting with Tesco Monday + 5 calls", "Tesco", "5 calls"),
    ],
)
def test_a_week_with_one_named_row_and_a_count(text: str, customer: str, count: str) -> None:
    """Item 7: the named row asked in the week's one question, on its day, and the count said
    not recorded (was: nothing at all for "Denne uka: …", the read as an agenda; the count
    dropped unsaid for "Uka så langt: …")."""
    found = recognise(text, today=WEDNESDAY, known_customers=set())
    assert _chain(found) == [(Outcome.LIKELY, MEETING, customer, date(2026, 11, 30))], found
    assert found.record_all and found.unnamed == (count,), found


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Denne uka: møte med Tine mandag", Outcome.SURE),  # its day gone: held
        ("Denne uka: møte med Tine fredag", Outcome.NOTHING),  # still to come: an agenda
        ("Next week: Telenor demo Tue, DNB proposal Thu", Outcome.NOTHING),
    ],
)
def test_this_weeks_heading_over_days_gone_is_no_agenda(text: str, outcome: Outcome) -> None:
    found = recognise(text, today=WEDNESDAY, known_customers=set())
    assert found.outcome is outcome, found


@pytest.mark.parametrize(
    "text",
    [
        "Har ringet 15 kunder i dag, booket møde med Tryg torsdag",
        "Ringte 15 i dag, booket møte med Tryg torsdag",
    ],
)
def test_a_count_of_calls_is_not_the_known_customers_call(text: str) -> None:
    """Found by the fresh phrasings: with Tryg known, the calls counted were read as a call to
    Tryg (its meeting Thursday the call's follow-up); the meeting booked is planned."""
    found = recognise(text, today=TUESDAY, known_customers={"Tryg"})
    got = (found.outcome, found.kind, found.customer, found.next_step and found.next_step.due)
    assert got == (Outcome.SURE, MEETING, "Tryg", date(2026, 12, 3)), found
