"""mendE32: a lead planned from the nudge DM says no "no next step" in its redrawn line (the
line kept its never-planned words above "✅ Next step planned")."""

from __future__ import annotations

import pytest

from tests.helpers import first_dm, open_plan, plan_values, text_of
from tests.slack.test_nudges import LARS
from tests.slack.test_nudges import team as team  # noqa: F401  (the fixture)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("at", [None, "10:00"])
def test_a_planned_leads_line_says_no_no_next_step(team, clock, at: str | None) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    slack = team
    dm = first_dm(slack, clock, "Acme warm")
    assert "no next step yet — last contact" in text_of(dm), text_of(dm)
    form = open_plan(slack, dm)
    values = plan_values("2026-11-18", at=at) if at else plan_values("2026-11-18")
    answer = slack.driver.submit_view(LARS, form, values)
    assert answer.status == 200 and answer.body == "", answer.body
    slack.wait_idle()
    text = text_of(slack.api.calls_to("chat.update")[-1].params)
    assert "Next step planned" in text, text
    assert "no next step" not in text, text
    assert "*Acme* (warm) — last contact " in text, text
