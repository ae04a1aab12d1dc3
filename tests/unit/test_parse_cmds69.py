"""Session 69: commands read as the sellers of the held-out rounds (Wednesday 23 June 2032,
sankthansaften, Swedish midsommar that Friday; Thursday 30 September 2032, the last day of the
month and the quarter) wrote them, and as the session's probes found them. Each row is a
variant of a held-out phrasing, not the row itself (those are tests/corpus/
commands_holdout50-53.yaml).

- The seller's trying said before a call's count ("prøvde 2 ganger", "tried twice", "försökt 3
  gånger", "forsøgt 2 gange"): the count's own verb, the calls tried (was left unread, asked).
- An amount put right in "milj" or "grand", or after an ellipsis ("1,9 milj, fel – 2,1 milj ska
  det va", "75 grand.. no sorry 57 grand", "48.000 kr … nej 84.000 kr"): the amount meant (was
  the slip, its mending asked).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.services.commands import parse_log_command
from tests.unit.fresh_phrasings import KINDS, KRONE

JUN_23 = date(2032, 6, 23)  # Wednesday, week 26, sankthansaften
SEP_30 = date(2032, 9, 30)  # Thursday, week 40, the month's and the quarter's last day


def read(kind: str, lang: str, text: str, today: date = SEP_30):  # type: ignore[no-untyped-def]
    return parse_log_command(KINDS[kind], text, today=today, krone=KRONE[lang], language=lang)


@pytest.mark.parametrize(
    ("lang", "text", "customer", "times", "note"),
    [
        ("nb", "Kiwi idag, prøvde 2 ganger", "Kiwi", 2, None),
        ("nb", "Kiwi, prøvd to ganger, ikke svar", "Kiwi", 2, "ikke svar"),
        ("en", "Tesco, tried twice, no answer", "Tesco", 2, "no answer"),
        ("en", "Tesco tried calling 3 times no answer", "Tesco", 3, "no answer"),
        ("sv", "Volvo, försökt 3 gånger", "Volvo", 3, None),
        ("da", "Lego, forsøgt 2 gange uden svar", "Lego", 2, "uden svar"),
        ("en", "Boots tried 2x", "Boots", 2, None),
    ],
)  # fmt: skip
def test_the_trying_before_a_calls_count_is_its_verb(lang, text, customer, times, note) -> None:  # type: ignore[no-untyped-def]
    cmd = read("call", lang, text)
    assert (cmd.customer, cmd.times, cmd.note, cmd.unread) == (customer, times, note, None)
    assert cmd.when == SEP_30


@pytest.mark.parametrize(
    ("kind", "lang", "text", "customer", "amount"),
    [
        ("offer", "sv", "SSAB 2,9 milj, fel – 3,1 milj ska det va", "SSAB", "3100000"),
        ("win", "en", "Pets at Home 64 grand.. no sorry 46 grand", "Pets at Home", "46000"),
        ("offer", "da", "Nilfisk 36.000 kr … nej 63.000 kr", "Nilfisk", "63000"),
        ("offer", "sv", "Peab 1,2 miljoner – nej, 2,1 miljoner", "Peab", "2100000"),
    ],
)  # fmt: skip
def test_an_amount_put_right_in_more_units(kind, lang, text, customer, amount) -> None:  # type: ignore[no-untyped-def]
    cmd = read(kind, lang, text)
    assert (cmd.customer, cmd.amount, cmd.unread, cmd.note) == (
        customer, Decimal(amount), None, None
    )  # fmt: skip
