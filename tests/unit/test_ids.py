from __future__ import annotations

import pytest

from bot.ids import LogModalMetadata, NextStepMetadata, SettingsMetadata


def test_log_modal_metadata_round_trips() -> None:
    meta = LogModalMetadata("offer", "C0SALES")
    assert LogModalMetadata.from_json(meta.to_json()) == meta


@pytest.mark.parametrize("text", [None, "", "not json", "[1, 2]", '{"kind": "bribe"}', "null"])
def test_unreadable_log_modal_metadata_falls_back_to_a_meeting(text: str | None) -> None:
    assert LogModalMetadata.from_json(text) == LogModalMetadata("meeting", None)


def test_settings_and_next_step_metadata_round_trip() -> None:
    settings = SettingsMetadata(7)
    assert SettingsMetadata.from_json(settings.to_json()) == settings
    step = NextStepMetadata(3, "message", "https://hooks.example/r/1", (3, 4))
    assert NextStepMetadata.from_json(step.to_json()) == step
    assert NextStepMetadata(3, "view").from_home and not step.from_home


@pytest.mark.parametrize("text", [None, "", "not json", "[1, 2]", '{"team": "x", "lead": []}'])
def test_unreadable_team_and_lead_metadata_names_nothing(text: str | None) -> None:
    # Team 0 and lead 0 exist nowhere: the submission is refused, never applied elsewhere.
    assert SettingsMetadata.from_json(text) == SettingsMetadata(0)
    assert NextStepMetadata.from_json(text) == NextStepMetadata(0)
