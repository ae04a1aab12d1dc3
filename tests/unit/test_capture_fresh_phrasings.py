"""Rules found among fresh phrasings written in session 11 (as sellers type in Slack), each
checked with the phrasings it must not change."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import Outcome, Recognition, recognise

_KNOWN = ["Nokia", "Equinor", "Telenor", "Orkla", "DNB", "Klarna", "Mærsk"]


def _read(text: str) -> Recognition:
    return recognise(text, today=date(2026, 11, 20), known_customers=_KNOWN)


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("demo hos Bertel O. Steen AS i går, gikk kjempebra", "Bertel O. Steen AS"),  # "Bertel O"
        ("møde med A.P. Møller i går, godt møde", "A.P. Møller"),
        ("Signert Bertel O. Steen AS i dag, 400k", "Bertel O. Steen AS"),
    ],
)
def test_an_initial_in_a_name_is_no_sentence_end(text: str, customer: str) -> None:
    found = _read(text)
    assert (found.outcome, found.customer) == (Outcome.SURE, customer), found.reasons


def test_a_single_capital_that_ends_a_sentence_still_ends_it() -> None:
    found = _read("Møtte Equinor i dag. Vant DNB 200k")
    assert found.customer == "DNB" and found.outcome is not Outcome.SURE  # two customers: asked


@pytest.mark.parametrize("part", ["em", "e.m.", "fm"])
def test_a_shortened_part_of_the_day_after_a_date_is_ignored(part: str) -> None:
    found = _read(f"Equinor i går {part}: møte hos dem, bra stemning")
    assert (found.outcome, found.when) == (Outcome.SURE, date(2026, 11, 19)), found.reasons
