"""days29: 40 fresh slash commands with days, periods and next steps, in four languages, read on
Tuesday 13 April 2027 (week 15; Easter Sunday was 28 March, the winter breaks are gone). Each row:
what the reader makes of it, the span the recorder asks a day of (a week, a holiday, a month: a
button per working day or a date picker; None: stored on its day, unasked), the next step (words,
time of day, due) and the note and the words still unread (asked after the day). The rows in
WRONG_ON_MAIN were read otherwise before days29 (a week stored unasked on its Monday, a step due
on a holiday or a weekend, a holiday's week or half term not read)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.commands import parse_log_command
from bot.services.log_questions import period_rest, period_said, romjul_days, week_said
from bot.services.recording import step_clock, step_words
from bot.services.requester import Who

TODAY = date(2027, 4, 13)
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "GBP"}
ZONE = {
    "nb": "Europe/Oslo",
    "sv": "Europe/Stockholm",
    "da": "Europe/Copenhagen",
    "en": "Europe/London",
}

# (language, kind, text, customer, day read, span asked, step, note, unread)
ROWS = [
    (
        "nb",
        "meeting",
        "Mowi i forrige veke, varm",
        "Mowi",
        "2027-04-05",
        ("2027-04-05", "2027-04-11"),
        None,
        None,
        None,
    ),
    (
        "nb",
        "meeting",
        "Hafslund sist uke – god prat, neste møte tirsdag kl. 13",
        "Hafslund",
        "2027-04-05",
        ("2027-04-05", "2027-04-11"),
        ("møte", "13:00", "2027-04-20"),
        "god prat",
        None,
    ),
    ("nb", "call", "Orkla ei uke siden", "Orkla", "2027-04-06", None, None, None, None),
    (
        "nb",
        "offer",
        "Felleskjøpet 340 000 i uke 13",
        "Felleskjøpet",
        "2027-03-29",
        ("2027-03-29", "2027-04-04"),
        None,
        None,
        None,
    ),
    (
        "nb",
        "win",
        "Norgesgruppen 1,2 mill i påska",
        "Norgesgruppen",
        "2027-04-13",
        ("2027-03-22", "2027-03-29"),
        None,
        None,
        None,
    ),
    (
        "nb",
        "meeting",
        "Statnett uka før påske",
        "Statnett",
        "2027-04-13",
        ("2027-03-15", "2027-03-21"),
        None,
        None,
        None,
    ),
    (
        "nb",
        "call",
        "Posten tidligere denne uka, kald",
        "Posten",
        "2027-04-12",
        None,
        None,
        None,
        None,
    ),
    (
        "nb",
        "meeting",
        "Elkjøp i vinterferien, varm, følger opp før 1. mai",
        "Elkjøp",
        "2027-04-13",
        ("2027-02-22", "2027-03-07"),
        ("følger opp", None, "2027-04-30"),
        None,
        None,
    ),
    (
        "nb",
        "offer",
        "Tine 85 000,- i januar",
        "Tine",
        "2027-04-13",
        ("2027-01-01", "2027-01-31"),
        None,
        None,
        None,
    ),
    (
        "nb",
        "meeting",
        "Bama forrige uke, neste steg demo torsdag kl 14:00",
        "Bama",
        "2027-04-05",
        ("2027-04-05", "2027-04-11"),
        ("demo", "14:00", "2027-04-15"),
        None,
        None,
    ),
    (
        "sv",
        "meeting",
        "Volvo förra veckan, het",
        "Volvo",
        "2027-04-05",
        ("2027-04-05", "2027-04-11"),
        None,
        None,
        None,
    ),
    (
        "sv",
        "call",
        "Ericsson v.13, ljummen",
        "Ericsson",
        "2027-03-29",
        ("2027-03-29", "2027-04-04"),
        None,
        None,
        "ljummen",
    ),
    (
        "sv",
        "offer",
        "Ikea 450 tkr under påskveckan",
        "Ikea",
        "2027-03-22",
        ("2027-03-22", "2027-03-28"),
        None,
        None,
        None,
    ),
    (
        "sv",
        "win",
        "Scania 2,1 mkr i påskas",
        "Scania",
        "2027-04-13",
        ("2027-03-22", "2027-03-29"),
        None,
        None,
        None,
    ),
    (
        "sv",
        "meeting",
        "Skanska tidigare i veckan, uppföljning fredag kl 9",
        "Skanska",
        "2027-04-12",
        None,
        ("uppföljning", "09:00", "2027-04-16"),
        None,
        None,
    ),
    (
        "sv",
        "call",
        "Telia vecka 12, kall",
        "Telia",
        "2027-03-22",
        ("2027-03-22", "2027-03-28"),
        None,
        None,
        None,
    ),
    (
        "sv",
        "meeting",
        "Atlas Copco i februari, varm",
        "Atlas Copco",
        "2027-04-13",
        ("2027-02-01", "2027-02-28"),
        None,
        None,
        None,
    ),
    (
        "sv",
        "offer",
        "H&M 300 tkr, återkopplar före 1 maj",
        "H&M",
        "2027-04-13",
        None,
        ("återkopplar", None, "2027-04-30"),
        None,
        None,
    ),
    (
        "sv",
        "meeting",
        "Axfood under sportlovet, varm",
        "Axfood",
        "2027-04-13",
        ("2027-02-15", "2027-03-14"),
        None,
        None,
        None,
    ),
    (
        "sv",
        "call",
        "Securitas i mellandagarna",
        "Securitas",
        "2027-04-13",
        ("2026-12-28", "2026-12-31"),  # the romjul's own question (cmds27)
        None,
        None,
        "i mellandagarna",
    ),
    (
        "da",
        "meeting",
        "Novo i sidste uge, hed",
        "Novo",
        "2027-04-05",
        ("2027-04-05", "2027-04-11"),
        None,
        None,
        None,
    ),
    (
        "da",
        "call",
        "Maersk uge 13, lun",
        "Maersk",
        "2027-03-29",
        ("2027-03-29", "2027-04-04"),
        None,
        None,
        "lun",
    ),
    (
        "da",
        "offer",
        "Carlsberg 450.000 kr i påsken",
        "Carlsberg",
        "2027-04-13",
        ("2027-03-22", "2027-03-29"),
        None,
        None,
        None,
    ),
    (
        "da",
        "win",
        "Lego 1,2 mio. i marts",
        "Lego",
        "2027-04-13",
        ("2027-03-01", "2027-03-31"),
        None,
        None,
        None,
    ),
    (
        "da",
        "meeting",
        "Ørsted tidligere på ugen, opfølgning torsdag kl. 10",
        "Ørsted",
        "2027-04-12",
        None,
        ("opfølgning", "10:00", "2027-04-15"),
        None,
        None,
    ),
    (
        "da",
        "meeting",
        "Danske Bank i vinterferien",
        "Danske Bank",
        "2027-04-13",
        ("2027-02-15", "2027-02-28"),
        None,
        None,
        None,
    ),
    (
        "da",
        "call",
        "Vestas i ugen før påske",
        "Vestas",
        "2027-04-13",
        ("2027-03-15", "2027-03-21"),
        None,
        None,
        None,
    ),
    (
        "da",
        "offer",
        "Coop 200.000 kr, følger op inden 5. juni",
        "Coop",
        "2027-04-13",
        None,
        ("følger op", None, "2027-06-04"),
        None,
        None,
    ),
    (
        "da",
        "meeting",
        "Arla forrige uge, næste møde kl 13 på tirsdag",
        "Arla",
        "2027-04-05",
        ("2027-04-05", "2027-04-11"),
        ("møde", "13:00", "2027-04-20"),
        None,
        None,
    ),
    (
        "da",
        "loss",
        "Netto i sidste uge – for dyrt",
        "Netto",
        "2027-04-05",
        ("2027-04-05", "2027-04-11"),
        None,
        "for dyrt",
        None,
    ),
    (
        "en",
        "meeting",
        "Tesco last week, warm",
        "Tesco",
        "2027-04-05",
        ("2027-04-05", "2027-04-11"),
        None,
        None,
        None,
    ),
    ("en", "call", "Boots earlier this week, cold", "Boots", "2027-04-12", None, None, None, None),
    (
        "en",
        "offer",
        "Sainsbury's £45k over Easter",
        "Sainsbury's",
        "2027-04-13",
        ("2027-03-22", "2027-03-29"),
        None,
        None,
        None,
    ),
    (
        "en",
        "win",
        "Asda £120k w/c 29 March",
        "Asda",
        "2027-03-29",
        ("2027-03-29", "2027-04-04"),
        None,
        None,
        None,
    ),
    (
        "en",
        "meeting",
        "Greggs during the Easter hols, next meeting Thursday at 2pm",
        "Greggs",
        "2027-04-13",
        ("2027-03-22", "2027-03-29"),
        ("meeting", "14:00", "2027-04-15"),
        None,
        None,
    ),
    (
        "en",
        "call",
        "Vodafone wk 13",
        "Vodafone",
        "2027-03-29",
        ("2027-03-29", "2027-04-04"),
        None,
        None,
        None,
    ),
    (
        "en",
        "offer",
        "Lloyds £30k in the week before Easter",
        "Lloyds",
        "2027-04-13",
        ("2027-03-15", "2027-03-21"),
        None,
        None,
        None,
    ),
    (
        "en",
        "meeting",
        "Ocado in Feb half term",
        "Ocado",
        "2027-04-13",
        ("2027-02-15", "2027-03-07"),
        None,
        None,
        None,
    ),
    (
        "en",
        "offer",
        "Aviva £80k, chase by 3 May",
        "Aviva",
        "2027-04-13",
        None,
        ("chase", None, "2027-04-30"),
        None,
        None,
    ),
    (
        "en",
        "loss",
        "BT last week, went with a competitor",
        "BT",
        "2027-04-05",
        ("2027-04-05", "2027-04-11"),
        None,
        "went with a competitor",
        None,
    ),
]
WRONG_ON_MAIN = {
    "Mowi i forrige veke, varm",
    "Hafslund sist uke – god prat, neste møte tirsdag kl. 13",
    "Felleskjøpet 340 000 i uke 13",
    "Statnett uka før påske",
    "Elkjøp i vinterferien, varm, følger opp før 1. mai",
    "Bama forrige uke, neste steg demo torsdag kl 14:00",
    "Volvo förra veckan, het",
    "Ericsson v.13, ljummen",
    "Ikea 450 tkr under påskveckan",
    "Telia vecka 12, kall",
    "H&M 300 tkr, återkopplar före 1 maj",
    "Novo i sidste uge, hed",
    "Maersk uge 13, lun",
    "Vestas i ugen før påske",
    "Coop 200.000 kr, følger op inden 5. juni",
    "Arla forrige uge, næste møde kl 13 på tirsdag",
    "Netto i sidste uge – for dyrt",
    "Tesco last week, warm",
    "Asda £120k w/c 29 March",
    "Greggs during the Easter hols, next meeting Thursday at 2pm",
    "Vodafone wk 13",
    "Lloyds £30k in the week before Easter",
    "Ocado in Feb half term",
    "Aviva £80k, chase by 3 May",
    "BT last week, went with a competitor",
}


def _who(language: str) -> Who:
    return Who(
        workspace_id="T1", user_id="U1", seller_id=1, language=language, timezone=ZONE[language],
        currency="NOK", krone=KRONE[language], team_id=1, is_manager=False, today=TODAY,
        own_team_id=1, own_currency="NOK",
    )  # fmt: skip


def test_the_fresh_rows_are_forty_in_four_languages() -> None:
    assert len(ROWS) == 40 and {row[0] for row in ROWS} == {"nb", "sv", "da", "en"}
    assert WRONG_ON_MAIN <= {row[2] for row in ROWS}


@pytest.mark.parametrize(
    ("language", "kind", "text", "customer", "day", "span", "step", "note", "unread"),
    ROWS,
    ids=[row[2][:50] for row in ROWS],
)
def test_a_fresh_command_reads_as_meant(
    language: str, kind: str, text: str, customer: str, day: str,
    span: tuple[str, str] | None, step: tuple[str, str | None, str] | None,
    note: str | None, unread: str | None,
) -> None:  # fmt: skip
    who = _who(language)
    cmd = parse_log_command(
        ActivityKind(kind), text, today=TODAY, krone=KRONE[language], language=language
    )
    period = period_said(cmd, who)
    week = week_said(cmd, who)
    asked = period or week
    romjul = romjul_days(cmd, TODAY)
    got_span = (
        (asked.first.isoformat(), asked.last.isoformat())
        if asked
        else (romjul[0].isoformat(), romjul[-1].isoformat())
        if romjul
        else None
    )
    got_step = (
        (step_words(cmd), str(step_clock(cmd))[:5] if step_clock(cmd) else None,
         cmd.next_step.due.isoformat())
        if cmd.next_step else None
    )  # fmt: skip
    rest = period_rest(cmd.unread, period) if period else cmd.unread
    assert (cmd.customer, cmd.when.isoformat(), got_span, got_step, cmd.note, rest) == (
        customer, day, span, step, note, unread
    )  # fmt: skip
