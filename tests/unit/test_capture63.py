"""Session 63: channel messages misread in the held-out files written for Tue 16 May 2028. A
shopping day far from today, or one the talk or the deal was about, is no day of the work
("Signed Currys black friday deal £80k today" in September was dated last year's Black
Friday); a glued "v2" far from this week is an offer's version ("Equinor ASA har fått v2 av
tilbudet" was dated week 2, January)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.services.capture import recognise

SEPTEMBER = date(2027, 9, 15)
AFTER_BLACK_FRIDAY = date(2027, 11, 30)  # Black Friday was Fri 26 Nov 2027
TUESDAY = date(2028, 5, 16)
KNOWN = ("Currys", "Elkjøp", "Argos", "Equinor ASA", "Scania")


def _read(text: str, today: date, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return recognise(
        text, today=today, krone=krone, posted=time(15), known_customers=KNOWN, open_offers=set()
    )


@pytest.mark.parametrize(
    ("text", "today", "customer", "when"),
    [
        ("Signed Currys black friday deal £80k today", SEPTEMBER, "Currys", SEPTEMBER),
        ("Signed Currys black friday deal £80k", SEPTEMBER, "Currys", SEPTEMBER),
        ("Møte med Elkjøp om Black Friday", SEPTEMBER, "Elkjøp", SEPTEMBER),
        ("Signed Currys black friday deal £80k today", AFTER_BLACK_FRIDAY, "Currys", AFTER_BLACK_FRIDAY),
        ("Møte med Elkjøp om black friday i dag", AFTER_BLACK_FRIDAY, "Elkjøp", AFTER_BLACK_FRIDAY),
        # near it, on it: its day
        ("Met Argos on Cyber Monday", AFTER_BLACK_FRIDAY, "Argos", date(2027, 11, 29)),
    ],
)  # fmt: skip
def test_a_campaigns_day_is_no_day_of_the_work(text, today, customer, when) -> None:  # type: ignore[no-untyped-def]
    read = _read(text, today)
    assert (read.customer, read.when) == (customer, when)


@pytest.mark.parametrize(
    "text",
    [
        "Equinor ASA har fått v2 av tilbudet 👍 ny pris 1,85 mill, ned fra 2,1",
        "Scania har fått v3 av offerten, nu 2,4 MSEK",
    ],
)
def test_a_glued_version_is_no_week(text: str) -> None:
    assert _read(text, TUESDAY).when == TUESDAY
