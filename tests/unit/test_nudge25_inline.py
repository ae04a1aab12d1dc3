"""nudge25 item 4: the plan form and "Done already" say their errors under their fields with one
helper. Slack shows those errors as plain text: our messages' *bold* marks are taken out, what
the seller typed is shown as typed (their own * and _, and &, <, > unescaped). Was: the plan
form showed our marks ("There is no customer called **Star*…*"), and "Done already" took out
every "*", the seller's too ("Star_AS")."""

from __future__ import annotations

import pytest

from bot.listeners.views import done_already, next_step

TYPED = "*Star*_AS R&D <1>"


@pytest.mark.parametrize(
    ("form", "field", "block"),
    [(next_step, "next_date", "next_date"), (done_already, "next_date", "next_date"),
     (done_already, "kind", "done_kind"), (next_step, "next_what", "next_what")],
)  # fmt: skip
def test_a_forms_error_keeps_what_was_typed_and_drops_our_marks(
    form, field: str, block: str
) -> None:  # type: ignore[no-untyped-def]
    shown = form._inline("en", {field: ("unknown_customer", {"customer": TYPED})})
    assert shown == {block: f"There is no customer called {TYPED} yet."}
