from __future__ import annotations

import pytest

from bot.ids import LogModalMetadata


def test_log_modal_metadata_round_trips() -> None:
    meta = LogModalMetadata("offer", "C0SALES")
    assert LogModalMetadata.from_json(meta.to_json()) == meta


@pytest.mark.parametrize("text", [None, "", "not json", "[1, 2]", '{"kind": "bribe"}', "null"])
def test_unreadable_log_modal_metadata_falls_back_to_a_meeting(text: str | None) -> None:
    assert LogModalMetadata.from_json(text) == LogModalMetadata("meeting", None)
