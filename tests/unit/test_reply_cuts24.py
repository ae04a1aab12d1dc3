"""The log confirmation rendered once per shape (acks24): Jinja runs once for each set of values
the template reads, and what the seller typed (customer, next step, note: a new note every
time) is put in escaped as the template escapes it. The text is the template's, exactly."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from bot.rendering import replies
from bot.rendering import text as rendering_text
from bot.rendering.text import Mrkdwn, render
from bot.services.activities import Logged

_TYPED_CHARS = "aAøÅé 0123456789&<>*_~`%()'\"-–:;.,!\n\t\\\x00#@|"
_TYPED = st.text(alphabet=_TYPED_CHARS, max_size=24)
_DECIMALS = st.one_of(
    st.none(),
    st.sampled_from(
        [Decimal("1"), Decimal("1.0"), Decimal("250000"), Decimal("250000.00"), Decimal("0.5")]
    ),
    st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False),
)
_CURRENCIES = st.sampled_from([None, "", "NOK", "SEK", "DKK", "EUR", "USD", "GBP"])
_DAYS = st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31))


@st.composite
def _logged(draw: st.DrawFn) -> Logged:
    separated = draw(st.one_of(st.none(), st.tuples(_DECIMALS.filter(bool), _CURRENCIES)))
    step = draw(st.one_of(st.none(), st.just("follow-up"), _TYPED.filter(bool)))
    return Logged(
        activity_id=1,
        kind=draw(st.sampled_from(["meeting", "call", "offer", "win", "loss"])),
        customer=draw(st.one_of(_TYPED, st.sampled_from(["Acme", "Aker BP", "<!channel>"]))),
        when=draw(_DAYS),
        amount=draw(_DECIMALS) or Decimal("1000"),
        currency=draw(_CURRENCIES),
        temperature=draw(st.sampled_from([None, "cold", "warm", "hot"])),
        next_step=step,
        next_due=None if step is None else draw(_DAYS),  # a step always has its day
        margin=draw(_DECIMALS),
        note=draw(st.one_of(st.none(), _TYPED)),
        new_customer=draw(st.booleans()),
        previous_amount=draw(_DECIMALS),
        previous_currency=draw(_CURRENCIES),
        separated_from=separated,
        team_currency=draw(st.sampled_from([None, "NOK", "SEK"])),
        times=draw(st.integers(min_value=1, max_value=4)),
    )


def _by_jinja(language: str, logged: Logged) -> str:
    """The confirmation as the template renders it, every time."""
    with mock.patch.object(
        replies, "_logged_text", lambda language, **values: render(language, "logged", **values)
    ):
        return replies.summary(language, logged)


@given(st.sampled_from(["en", "nb", "sv", "da"]), _logged(), _TYPED, _TYPED)
def test_the_confirmation_is_the_templates(
    language: str, logged: Logged, note: str, customer: str
) -> None:
    assert replies.summary(language, logged) == _by_jinja(language, logged)
    # Another note and customer of the same shape: from the kept render, still the template's.
    again = Logged(**{**logged.__dict__, "note": note, "customer": customer or "X"})
    assert replies.summary(language, again) == _by_jinja(language, again)
    assert isinstance(replies.summary(language, again), Mrkdwn)


def test_jinja_runs_once_per_shape_and_each_note_is_its_own() -> None:
    replies._LOGGED_TEXTS.clear()
    day = date(2026, 11, 20)

    def logged(note: str | None, amount: Decimal | None = None, customer: str = "Acme") -> Logged:
        return Logged(
            activity_id=1, kind="offer", customer=customer, when=day, amount=amount or Decimal(5),
            currency="NOK", temperature=None, next_step=None, next_due=None, margin=None,
            note=note,
        )  # fmt: skip

    with mock.patch.object(
        replies, "render_unstripped", wraps=rendering_text.render_unstripped
    ) as jinja:
        first = replies.summary("en", logged("pilot *one*"))
        second = replies.summary("en", logged("pilot <two> & more"))
        assert jinja.call_count == 1
        assert "Note: pilot ∗one∗" in first and "two" not in first
        assert "Note: pilot &lt;two&gt; &amp; more" in second and "one" not in second
        # A value the template reads is a new shape: rendered, never the kept one.
        tenfold = replies.summary("en", logged("pilot", Decimal(50)))
        assert jinja.call_count == 2 and tenfold != replies.summary("en", logged("pilot"))
        # Equal amounts written otherwise are rendered each as written.
        replies.summary("en", logged("pilot", Decimal("5.00")))
        assert jinja.call_count == 3
        # No note: the template's own shape (no "Note:" line), not a mark left empty.
        bare = replies.summary("en", logged(None))
        assert "Note" not in bare and "\x00" not in bare
        assert jinja.call_count == 4
        assert "<!channel>" not in replies.summary("en", logged("x", customer="<!channel>"))
