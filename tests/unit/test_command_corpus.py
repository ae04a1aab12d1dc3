"""The slash-command corpus through the parser alone (fast): every text gives exactly the
expected record, unread words or error (tests/corpus/commands.yaml)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command
from bot.services.customers import customer_key
from tests.helpers import load_yaml

CORPUS_DIR = Path(__file__).resolve().parents[1] / "corpus"
CORPUS: list[dict] = load_yaml(CORPUS_DIR / "commands.yaml")
# Held-out texts (written by a tester who had not read the parser), same shape.
TODAY = date(2026, 11, 20)
# The day a file's texts are read on where it is not TODAY (its header says so).
FILE_TODAY = {"commands_holdout10.yaml": date(2026, 12, 2)}  # a Wednesday, week 49
HOLDOUT: list[dict] = [
    {**row, "today": FILE_TODAY[path.name]} if path.name in FILE_TODAY else row
    for path in sorted(CORPUS_DIR.glob("commands_holdout*.yaml"))
    for row in load_yaml(path)
]


def today_of(row: dict) -> date:
    return row.get("today", TODAY)


KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}
KINDS = {
    "meeting": ActivityKind.MEETING,
    "call": ActivityKind.CALL,
    "offer": ActivityKind.OFFER,
    "win": ActivityKind.WIN,
    "lost": ActivityKind.LOSS,
}


def row_id(row: dict) -> str:
    return f"{row['lang']} /{row['cmd']} {row['text']}"[:60]


def test_corpus_is_big_varied_and_in_four_languages() -> None:
    assert len(CORPUS) >= 200
    languages = Counter(row["lang"] for row in CORPUS)
    assert all(languages[lang] >= 30 for lang in ("en", "nb", "sv", "da")), languages
    kinds = Counter(row["cmd"] for row in CORPUS)
    assert all(kinds[kind] >= 15 for kind in KINDS), kinds
    assert sum("error" in row for row in CORPUS) >= 30
    assert sum("unread" in row for row in CORPUS) >= 15
    assert len({row_id(row) for row in CORPUS}) == len(CORPUS)  # no row twice


def expected_of(row: dict) -> dict:
    amount = row.get("amount")
    return {
        "customer": row["customer"],
        "when": date.fromisoformat(row.get("date", today_of(row).isoformat())),
        "amount": None if amount is None else Decimal(str(amount)).quantize(Decimal("0.01")),
        "currency": row.get("currency"),
        "temperature": row.get("temperature"),
        "next": tuple(row["next"]) if row.get("next") else None,
        "note": row.get("note"),
        "margin": None if row.get("margin") is None else Decimal(str(row["margin"])),
        "unread": row.get("unread"),
    }


# commands_holdout8.yaml (its header): texts read wrong still, each a strict xfail until mended
# (then its entry goes).
HOLDOUT_8_LEFT: set[str] = set()  # all read right since session 9
# commands_holdout9.yaml (its header): the same, with the reason each is left.
HOLDOUT_9_LEFT: dict[str, str] = {
    "för dyra enligt inköp": (
        "a loss with no customer ('för dyra' is the reason): 'dyra' is taken for a name; the loss parser knows reasons only after a day ('i går, för dyrt')"
    ),
}

# commands_holdout10.yaml (its header; read on Wednesday 2 December): the same.
HOLDOUT_10_LEFT: dict[str, str] = {
    "Europris neste fredag": "not read yet (round 10, before): stored, where the file says date_in_future",
    "Hent AS 1,1-1,3 mill": "not read yet (round 10, before): refused bad_amount",
    "Ekström & Söner AB 300-350 tkr": "not read yet (round 10, before): refused bad_amount",
    "Pret A Manger £60k next week": "not read yet (round 10, before): stored, where the file says date_in_future",
    "Europris 1,8 mill, valgte å vente til neste år": "not read yet (round 10, before): {'amount': ('None', '1800000.00'), 'note': ('1,8 mill, valgte å vente til neste år', 'valgte å vente til neste år')}",
    "for dyre, dessverre": "not read yet (round 10, before): stored, where the file says not_a_customer",
    "Byggmax AB 380 tkr – priset": "not read yet (round 10, before): {'amount': ('None', '380000.00'), 'currency': ('None', 'SEK'), 'note': ('380 tkr; priset', 'priset')}",
    "Ashcombe Foods Ltd £40k, lost on price": "not read yet (round 10, before): {'amount': ('None', '40000.00'), 'currency': ('None', 'GBP'), 'note': ('£40k, lost on price', 'lost on price')}",
}


def _left(rows: list[dict]) -> list:
    left = {
        **dict.fromkeys(HOLDOUT_8_LEFT, "read wrong still"),
        **HOLDOUT_9_LEFT,
        **HOLDOUT_10_LEFT,
    }
    return [
        pytest.param(
            row, marks=pytest.mark.xfail(strict=True, reason=left[row["text"]]), id=row_id(row)
        )
        if row["text"] in left
        else pytest.param(row, id=row_id(row))
        for row in rows
    ]


def test_every_row_left_is_in_the_held_out_files() -> None:
    texts = {row["text"] for row in HOLDOUT}
    assert set(HOLDOUT_9_LEFT) <= texts and HOLDOUT_8_LEFT <= texts
    assert set(HOLDOUT_10_LEFT) <= texts


@pytest.mark.parametrize("row", _left(CORPUS + HOLDOUT))
def test_corpus_text(row: dict) -> None:
    kind = KINDS[row["cmd"]]
    known = {customer_key(name) for name in row.get("known", [])}

    def parse() -> object:
        return parse_log_command(
            kind, row["text"], today=today_of(row), krone=KRONE[row["lang"]], known_customers=known
        )

    if "error" in row:
        with pytest.raises(UserError) as err:
            parse()
        assert err.value.code == row["error"]
        return
    cmd = parse()
    got = {
        "customer": cmd.customer,  # type: ignore[attr-defined]
        "when": cmd.when,  # type: ignore[attr-defined]
        "amount": cmd.amount,  # type: ignore[attr-defined]
        "currency": cmd.currency,  # type: ignore[attr-defined]
        "temperature": cmd.temperature.value if cmd.temperature else None,  # type: ignore[attr-defined]
        "next": (cmd.next_step.what, cmd.next_step.due.isoformat()) if cmd.next_step else None,  # type: ignore[attr-defined]
        "note": cmd.note,  # type: ignore[attr-defined]
        "margin": cmd.margin_pct,  # type: ignore[attr-defined]
        "unread": cmd.unread,  # type: ignore[attr-defined]
    }
    assert got == expected_of(row)
    if cmd.unread:  # type: ignore[attr-defined]
        assert not set(cmd.unread.split()) & set(cmd.customer.split())  # type: ignore[attr-defined]
