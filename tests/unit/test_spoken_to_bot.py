"""A request to the bot to record something is not part of what is recorded; other words, and
requests to do something else, are left as they are."""

from __future__ import annotations

import pytest

from bot.services.capture import spoken_to_bot


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("kan du logge et møte med Aker i går?", "et møte med Aker i går"),
        (
            "Kan du registrere at jeg sendte tilbud til Telenor 300k",
            "jeg sendte tilbud til Telenor 300k",
        ),
        ("can you please log a call with Volvo", "a call with Volvo"),
        ("please record a win with Acme 200k", "a win with Acme 200k"),
        ("vennligst noter at jeg hadde møte med DNB", "jeg hadde møte med DNB"),
        ("Kan du skriva in att vi vann Ikea 2 Mkr?", "vi vann Ikea 2 Mkr"),
        ("Kan du lægge ind et møde med Mærsk?", "et møde med Mærsk"),
        ("Hei, kan du logge møte med Orkla i dag", "møte med Orkla i dag"),
        ("log a meeting with Aker yesterday", "a meeting with Aker yesterday"),
    ],
)
def test_the_request_is_taken_off(said: str, read: str) -> None:
    assert spoken_to_bot(said) == read


@pytest.mark.parametrize(
    "said",
    [
        "kan du sende tilbud til Yara?",  # asks for something else
        "Vant Equinor 450k",
        "Logistikk-møte med Posten i dag",  # a word that starts like "log"
        "Kan du komme på møtet med DNB?",
    ],
)
def test_other_words_are_left_as_they_are(said: str) -> None:
    assert spoken_to_bot(said) == said
