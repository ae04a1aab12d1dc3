from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from bot.ids import ActionId
from bot.rendering.nudge import lead_ids_of, nudge_message
from bot.services.read_models import LeadLine

TODAY = date(2026, 11, 20)


def lead(lead_id: int) -> LeadLine:
    return LeadLine(
        lead_id, f"Kunde {lead_id}", "open", "warm", Decimal("250000"), "NOK", "call",
        date(2026, 11, 2), None, datetime(2026, 11, 2, tzinfo=UTC),
    )  # fmt: skip


def actions(message: dict) -> list[dict]:
    return [b for b in message["blocks"] if b["type"] == "actions"]


def test_each_pending_lead_gets_its_own_four_buttons() -> None:
    message = nudge_message("nb", [lead(7), lead(9)], TODAY)
    assert lead_ids_of(message) == [7, 9]
    first, second = actions(message)
    assert first["block_id"] == "actions_7" and second["block_id"] == "actions_9"
    assert [b["action_id"] for b in first["elements"]] == [
        ActionId.PLAN_NEXT_STEP.value,
        ActionId.NUDGE_SNOOZE.value,
        ActionId.NUDGE_COLD.value,
        ActionId.NUDGE_LOST.value,
    ]
    assert {b["value"] for b in first["elements"]} == {"7"}
    assert {b["value"] for b in second["elements"]} == {"9"}
    assert first["elements"][0]["text"]["text"] == "Planlegg neste steg"


def test_messages_share_no_mutable_parts() -> None:
    one = nudge_message("en", [lead(1)], TODAY)
    actions(one)[0]["elements"][0]["text"]["text"] = "changed"
    two = nudge_message("en", [lead(2)], TODAY)
    assert actions(two)[0]["elements"][0]["text"]["text"] == "Plan next step"
