"""Session 25: a correction says the amount it was NOT (`Recognition.corrects`), the record
posted before that the question offers to mend: in four languages, with the amount denied in
its own scale ("1,2 mill ikke 1,1" is 1 100 000), and English "Correction: Tesco was 250k not
200k" read at all (was: nothing, "won-something-else")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.services.capture import KnownCustomers, Outcome, recognise

KNOWN = ["Nammo", "Tesco", "Scania", "Maersk", "Northvolt", "Orkla", "Vodafone"]
ROWS = [  # (text, amount said, amount it was not)
    ("Rettelse: Nammo var 350k, ikke 320k", 350_000, 320_000),
    ("Rettelse: Nammo er 350k ikke 320k", 350_000, 320_000),
    ("Skrev feil, Nammo var 350k og ikke 320k", 350_000, 320_000),
    ("Korreksjon: tilbudet til Nammo var 1,2 mill ikke 1,1", 1_200_000, 1_100_000),
    ("Rättelse: Scania var 1,3 MSEK, inte 1,2", 1_300_000, 1_200_000),
    ("Rättelse: offerten till Northvolt ska vara 1,4 mkr, inte 1,1", 1_400_000, 1_100_000),
    ("rettelse: Maersk tilbuddet er 600k ikke 900k", 600_000, 900_000),
    ("Correction: Tesco was 250k not 200k", 250_000, 200_000),
    ("Oops, typo in my last post: the Orkla quote is 220k not 22k", 220_000, 22_000),
]


@pytest.mark.parametrize(("text", "said", "was_not"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_a_correction_names_the_amount_it_was_not(text: str, said: int, was_not: int) -> None:
    found = recognise(
        text,
        today=date(2026, 12, 1),
        krone="NOK",
        known_customers=KnownCustomers.of(KNOWN),
        open_offers=set(),
        posted=None,
    )
    assert found.outcome is Outcome.LIKELY, found
    assert (found.amount, found.corrects) == (Decimal(said), Decimal(was_not)), found


@pytest.mark.parametrize(
    "text",
    [
        "Sendt revidert tilbud til Orkla, 640k (ned fra 720k)",  # a revision, no correction
        "Vant Nammo 320k, ikke verst!",  # "ikke" after the amount, no correction word
    ],
)
def test_no_correction_names_nothing_to_mend(text: str) -> None:
    found = recognise(
        text,
        today=date(2026, 12, 1),
        krone="NOK",
        known_customers=KnownCustomers.of(KNOWN),
        open_offers=set(),
        posted=None,
    )
    assert found.outcome is not Outcome.NOTHING and found.corrects is None, found


STEP_LABELS = [  # (text, the step's words, its day): the label "neste steg:" is no word unread
    ("Coop 250k, neste steg: oppfølging tirsdag", "oppfølging", date(2026, 12, 8)),
    ("Coop 250k neste steg oppfølging tirsdag", "oppfølging", date(2026, 12, 8)),
    ("Kiwi 250k. Neste steg: ringe tirsdag", "ringe", date(2026, 12, 8)),
    ("Tine 250k, next step: follow up Tuesday", "follow up", date(2026, 12, 8)),
    ("Orkla 250k, nästa steg: uppföljning tisdag", "uppföljning", date(2026, 12, 8)),
    ("Aker 250k - neste steg: demo fredag", "demo", date(2026, 12, 4)),
    ("Yara 300k næste skridt: opfølgning fredag", "opfølgning", date(2026, 12, 4)),
]


@pytest.mark.parametrize(("text", "what", "due"), STEP_LABELS, ids=[r[0] for r in STEP_LABELS])
def test_a_step_s_label_before_its_follow_up_word_is_read(text: str, what: str, due: date) -> None:
    # Session 25: "/logoffer Coop 250k, neste steg: oppfølging tirsdag" asked "I could not
    # read «neste steg:»" (the step was read from "oppfølging", its label left over)
    from bot.domain import ActivityKind
    from bot.services.commands import parse_log_command

    cmd = parse_log_command(ActivityKind.OFFER, text, today=date(2026, 12, 1), krone="NOK")
    assert cmd.unread is None, cmd.unread
    assert cmd.next_step is not None and (cmd.next_step.what, cmd.next_step.due) == (what, due)
