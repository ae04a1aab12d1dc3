"""views32: what the views and the questions print. Pure: the renderers' words for an offer in
a krone that is not the team's (the nudge DM, App Home, the call day), a question's bullet on
its own line, and a lead that never had a next step."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from bot.demo import readable
from bot.rendering.coaching import callday_message
from bot.rendering.home import home_view
from bot.rendering.nudge import nudge_message
from bot.rendering.replies import question_reply
from bot.rendering.text import message_text
from bot.services.coaching import CallDay, QuietOffer
from bot.services.questions import Question
from bot.services.read_models import LeadLine

TODAY = date(2026, 12, 2)


def _lead(currency: str, amount: int = 850_000, **kw: object) -> LeadLine:
    fields: dict[object, object] = {
        "next_step": None,
        "next_step_due": None,
        "snoozed_until": None,
        "updated_at": datetime(2026, 11, 20, 9, tzinfo=UTC),
        "last_activity_on": date(2026, 11, 19),
    } | kw
    return LeadLine(
        7,
        "Volvo",
        "open",
        "warm",
        Decimal(amount),
        currency,
        **fields,  # type: ignore[arg-type]
    )


def _flat(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


# A Swede's SEK offer and a Dane's DKK offer in a NOK team, read in Swedish and Danish: was
# "850 000 kr" (the team's krone, by the sign); the team's own krone stays "kr".
FOREIGN = [
    ("sv", "SEK", "NOK", "850 000 SEK"),
    ("da", "DKK", "NOK", "850.000 DKK"),
    ("nb", "SEK", "NOK", "SEK 850 000"),
]
OWN = [("nb", "NOK", "NOK", "kr 850 000"), ("sv", "SEK", "SEK", "850 000 kr")]


@pytest.mark.parametrize(("language", "currency", "team", "said"), FOREIGN + OWN)
def test_the_nudge_writes_a_foreign_krone_with_its_code(
    language: str, currency: str, team: str, said: str
) -> None:
    text = _flat(message_text(nudge_message(language, [_lead(currency)], TODAY, currency=team)))
    assert said in text, text


@pytest.mark.parametrize(("language", "currency", "team", "said"), FOREIGN + OWN)
def test_app_home_writes_a_foreign_krone_with_its_code(
    language: str, currency: str, team: str, said: str
) -> None:
    lead = _lead(currency)
    view = home_view(
        language, status=None, report=None, leads=[lead], recent=[], team_report=None,
        open_leads=[lead], today=TODAY, currency=team,
    )  # fmt: skip
    text = _flat(message_text(view))
    assert text.count(said) == 2, text  # the warm lead's line and the open lead's


@pytest.mark.parametrize(("language", "currency", "team", "said"), FOREIGN + OWN)
def test_the_call_day_writes_a_foreign_krone_with_its_code(
    language: str, currency: str, team: str, said: str
) -> None:
    offer = QuietOffer(7, "Volvo", Decimal(850_000), currency, date(2026, 11, 2), 30)
    day = CallDay("Lars", True, [offer], [], currency=team)
    text = _flat(message_text(callday_message(day, language)))
    assert said in text, text


def _question(code: str, **params: object) -> str:
    base = {"when": TODAY, "today": TODAY, "due": None, "customer": "Tine"}
    return readable(question_reply("nb", Question("t", code, base | params, ("record",))))


def test_a_loss_questions_note_is_on_a_line_of_its_own() -> None:
    # "Tapte Tine i dag, de valgte en billigere leverandør": was "…med *Tine*?• Notat: …" on
    # one line, in Slack and in the console alike
    said = _question("capture", kind="loss", amount=None, note="pris")
    assert "med *Tine*?\n• Notat: pris" in said, said


def test_a_day_questions_amount_is_on_a_line_of_its_own() -> None:
    said = _question("which_day", kind="offer", amount=300_000, currency="NOK")
    assert "velger.\n• Beløp: kr 300 000" in _flat(said), said


# The lead's decision (session 32): a lead that never had a next step reads "no next step yet —
# last contact <its latest activity's day>" (was: "no next step since", as one whose step lapsed,
# in the nudge; "No next step planned" in the App Home). A step kept on its day stays "since".
NEVER = [
    ("nb", "ikke noe neste steg ennå — siste kontakt tor. 19. nov. 2026"),
    ("sv", "inget nästa steg ännu — senaste kontakt tors 19 nov. 2026"),
    ("da", "intet næste skridt endnu — seneste kontakt tors. 19. nov. 2026"),
    ("en", "no next step yet — last contact Thu 19 Nov 2026"),
]


@pytest.mark.parametrize(("language", "said"), NEVER)
def test_the_nudge_says_a_lead_never_had_a_next_step(language: str, said: str) -> None:
    text = _flat(message_text(nudge_message(language, [_lead("NOK")], TODAY, currency="NOK")))
    assert said in text, text
    kept = _lead("NOK", next_step="demo", next_step_due=date(2026, 11, 18))
    text = _flat(message_text(nudge_message(language, [kept], TODAY, currency="NOK")))
    assert said not in text and "19" in text, text  # kept on the 19th: "since" it
    if language == "en":
        assert "no next step since Thu 19 Nov 2026" in text, text


@pytest.mark.parametrize(("language", "said"), NEVER)
def test_app_home_says_a_lead_never_had_a_next_step(language: str, said: str) -> None:
    view = home_view(
        language, status=None, report=None, leads=[_lead("NOK")], recent=[], team_report=None,
        today=TODAY, currency="NOK",
    )  # fmt: skip
    text = _flat(message_text(view))
    assert said[:1].upper() + said[1:] in text, text


@pytest.mark.parametrize(
    ("text", "change", "customer"),
    [
        # an amount of a customer not yet known: that customer's (was: none named, the author's
        # latest record, another customer's, offered to be changed)
        ("Rettelse: tilbudet til Kiwi var 450k", "amount", "Kiwi"),
        ("Korrigering: offerten till Volvo var 300 tkr", "amount", "Volvo"),
        ("Correction: the offer to Boots was £45k, not £40k", "amount", "Boots"),
        # a kind said after the record's own ("møtet med Tine var et tilbud, ikke et møte"): was
        # the record's kind read as the new one, and no correction at all
        ("Rettelse: møtet med Kiwi var et tilbud, ikke et møte", "kind", "Kiwi"),
        # no customer named: the author's latest, as before
        ("Rettelse: det var 275.000, ikke 250.000", "amount", None),
        ("Ups, tilbudet var 450k", "amount", None),
    ],
)
def test_a_correction_names_the_customer_of_its_kind(
    text: str, change: str, customer: str | None
) -> None:
    from bot.services.capture import corrections

    fix = corrections.read(text, today=TODAY, krone="NOK", known=["Tine"])
    assert fix is not None and fix.change == change and fix.of_customer == customer, fix


@pytest.mark.parametrize(
    ("text", "kind", "was", "customer"),
    [
        # a log of N's kind said in the plural, or alone (was: nothing read, or "møter" the verb)
        ("correction: those were meetings", "meeting", None, None),
        ("Rettelse: det var møter, ikke samtaler", "meeting", "call", None),
        ("Rettelse: det var møder, ikke opkald", "meeting", "call", None),
        ("Rettelse: de var møter, ikke samtaler", "meeting", "call", None),
        ("Rettelse: samtalene med Telenor var møter", "meeting", "call", "Telenor"),
        ("Correction: the calls with Tesco were meetings", "meeting", "call", "Tesco"),
    ],
)
def test_a_kind_of_talks_is_read_in_the_plural_and_alone(
    text: str, kind: str, was: str | None, customer: str | None
) -> None:
    from bot.services.capture import corrections

    fix = corrections.read(text, today=TODAY, krone="NOK", known=["Telenor"])
    assert fix is not None and fix.change == "kind", fix
    assert fix.kind is not None and fix.kind.value == kind, fix
    assert (fix.was_kind.value if fix.was_kind else None) == was, fix
    assert fix.of_customer == customer, fix


@pytest.mark.parametrize(
    "text", ["Rettelse: vi vant Telenor", "Rettelse: Telenor var et tilbud", "Tilbud til Tine 40k"]
)
def test_a_deal_said_alone_is_no_kinds_correction(text: str) -> None:
    from bot.services.capture import corrections

    assert corrections.read(text, today=TODAY, krone="NOK", known=["Telenor"]) is None
