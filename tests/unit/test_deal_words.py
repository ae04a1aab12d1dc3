"""What an offer's words say about the deal: another one beside the open offer, a revision of
it, or nothing (the default: a revision, one click from a deal of its own)."""

from __future__ import annotations

import pytest

from bot.services.deal_words import Reading, first_words, naming, reading, take_numbered

SEPARATE, REVISION = Reading.SEPARATE, Reading.REVISION


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Equinor 250k separat tilbud", SEPARATE),
        ("Equinor 250k eget tilbud på pilot", SEPARATE),
        ("Equinor 250k, nytt tilbud på rammeavtale", SEPARATE),
        ("Equinor 250k tilbud nr 2", SEPARATE),
        ("Volvo 250k ny offert på service", SEPARATE),
        ("Volvo 250k separat offert", SEPARATE),
        ("Novo 250k nyt tilbud på licenser", SEPARATE),
        ("Novo 250k separat tilbud", SEPARATE),
        ("Acme 250k another offer for the pilot", SEPARATE),
        ("Acme 250k separate quote", SEPARATE),
        ("Acme 250k second offer", SEPARATE),
        ("Acme 250k also sent an offer for training", SEPARATE),
        ("Equinor 250k revidert", REVISION),
        ("Equinor 250k oppdatert tilbud", REVISION),
        ("Equinor 250k ny versjon", REVISION),
        ("Equinor 250k justert pris", REVISION),
        ("Volvo 250k reviderad offert", REVISION),
        ("Volvo 250k uppdaterad", REVISION),
        ("Novo 250k revideret", REVISION),
        ("Novo 250k opdateret tilbud", REVISION),
        ("Acme 250k revised", REVISION),
        ("Acme 250k updated quote", REVISION),
        ("Acme 250k new version", REVISION),
        ("Equinor 250k", None),
        ("Equinor 250k -- pilot", None),
        ("Equinor 250k nytt tilbud til innkjøp", None),  # to whom: said of revisions as often
        ("Equinor 250k separat tilbud, revidert", None),  # both: the default, with the button
    ],
)
def test_what_the_words_say(text: str, expected: Reading | None) -> None:
    assert reading(text) is expected


def test_the_customers_name_is_no_deal() -> None:
    assert reading("Sent a new offer for Equinor 320k", "Equinor") is None
    assert reading("Sendte nytt tilbud på rammeavtale til Equinor", "Equinor") is SEPARATE


def test_an_offers_number_is_taken_out_of_the_text() -> None:
    assert take_numbered("Equinor 250k tilbud nr 2") == ("Equinor 250k", "tilbud nr 2")
    assert take_numbered("Equinor 250k offer #2 -- pilot") == ("Equinor 250k -- pilot", "offer #2")
    assert take_numbered("Rema 1000 250k") == ("Rema 1000 250k", None)


def test_a_word_of_one_deals_notes_names_it() -> None:
    notes = {1: "rammeavtale 2027", 2: "separat tilbud: pilot"}
    assert naming("pilot", notes) == 2
    assert naming("Rammeavtale", notes) == 1
    assert naming("tilbud", notes) is None  # a deal word names no deal
    assert naming("pilot rammeavtale", notes) is None  # both
    assert naming("", notes) is None


def test_the_first_words_of_a_note() -> None:
    assert first_words("pilot") == "pilot"
    assert first_words("rammeavtale for hele konsernet med opsjon på tre år") == (
        "rammeavtale for hele konsernet…"
    )
    assert first_words(None) == ""
