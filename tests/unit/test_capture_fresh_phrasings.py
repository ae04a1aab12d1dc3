"""Rules found among fresh phrasings written in session 11 (as sellers type in Slack), each
checked with the phrasings it must not change."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, recognise

_KNOWN = ["Nokia", "Equinor", "Telenor", "Orkla", "DNB", "Klarna", "Mærsk"]


def _read(text: str) -> Recognition:
    return recognise(text, today=date(2026, 11, 20), known_customers=_KNOWN)


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("demo hos Bertel O. Steen AS i går, gikk kjempebra", "Bertel O. Steen AS"),  # "Bertel O"
        ("møde med A.P. Møller i går, godt møde", "A.P. Møller"),
        ("Signert Bertel O. Steen AS i dag, 400k", "Bertel O. Steen AS"),
    ],
)
def test_an_initial_in_a_name_is_no_sentence_end(text: str, customer: str) -> None:
    found = _read(text)
    assert (found.outcome, found.customer) == (Outcome.SURE, customer), found.reasons


def test_a_single_capital_that_ends_a_sentence_still_ends_it() -> None:
    found = _read("Møtte Equinor i dag. Vant DNB 200k")
    assert found.customer == "DNB" and found.outcome is not Outcome.SURE  # two customers: asked


@pytest.mark.parametrize("part", ["em", "e.m.", "fm"])
def test_a_shortened_part_of_the_day_after_a_date_is_ignored(part: str) -> None:
    found = _read(f"Equinor i går {part}: møte hos dem, bra stemning")
    assert (found.outcome, found.when) == (Outcome.SURE, date(2026, 11, 19)), found.reasons


@pytest.mark.parametrize(
    ("text", "kind", "outcome"),
    [
        ("bläcket är torrt hos Klarna 🖊️ 2 mkr", ActivityKind.WIN, Outcome.SURE),
        ("the ink is dry on the Nokia deal, 80k", ActivityKind.WIN, Outcome.SURE),
        ("Equinor takka nei i dag", ActivityKind.LOSS, Outcome.LIKELY),
        ("Telenor smatt – de ville vente", ActivityKind.LOSS, Outcome.LIKELY),
        ("Klarna sa ja på tlf, papperen kommer nästa vecka", ActivityKind.WIN, Outcome.LIKELY),
        (
            "Nokia said yes on the phone today, paperwork to follow",
            ActivityKind.WIN,
            Outcome.LIKELY,
        ),
        ("Møtet med Orkla gjekk bra i går", ActivityKind.MEETING, Outcome.SURE),
    ],
)
def test_idioms_for_a_result_in_each_language(
    text: str, kind: ActivityKind, outcome: Outcome
) -> None:
    found = _read(text)
    assert (found.kind, found.outcome) == (kind, outcome), found.reasons


def test_a_colleague_at_home_is_no_win() -> None:
    assert _read("Kari er hjemme med sykt barn i dag").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("stakk innom Orkla i dag, fikk en halvtime med innkjøpssjefen", Outcome.SURE),
        ("popped in at Nokia and got an hour with the CTO", Outcome.SURE),
        ("drog förbi Klarna idag och snackade en timme med inköp", Outcome.SURE),
        ("stakk innom Orkla i dag", Outcome.LIKELY),  # a visit alone: asked, as before
        ("fika med Klarna i 2 timer igår", Outcome.LIKELY),  # social, however long
        ("var innom Telenor i 10 min på vei hjem", Outcome.NOTHING),  # an errand
    ],
)
def test_a_visit_that_took_time_with_them_is_a_meeting(text: str, outcome: Outcome) -> None:
    found = _read(text)
    assert found.outcome is outcome, found.reasons


@pytest.mark.parametrize(
    ("text", "customer", "kind"),
    [
        ("Vestby Bygg AS – ny kunde 🙌 første møte ute hos dem i går", "Vestby Bygg AS", "meeting"),
        ("Acme Foods Ltd (new logo 🙌): first meeting today", "Acme Foods Ltd", "meeting"),
        ("Hallberg Verktyg AB – nytt konto! första samtalet idag", "Hallberg Verktyg AB", "call"),
        ("Nokia: intro call today, they want a pilot", "Nokia", "call"),
    ],
)
def test_a_new_customer_as_the_title_then_a_first_meeting_or_call(
    text: str, customer: str, kind: str
) -> None:
    found = _read(text)
    assert (found.outcome, found.customer, found.kind) == (Outcome.SURE, customer, kind)


def test_a_follow_up_booked_with_its_day_is_the_next_meeting() -> None:
    found = _read("Equinor: meeting today, booked a follow-up on 27 Nov")
    assert found.follow_up is not None and found.follow_up.due == date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Orkla fikk vårt tilbud i går, 400k", "offer"),  # they got ours: sent
        ("Klarna har fått sin offert i inkorgen – 1,4 mkr", "offer"),
        ("Telenor i røret i dag, lunkne", "call"),
        ("booked an onsite with Nokia for Tue 1/12", "meeting"),
        ("ljummet möte med Klarna igår", "meeting"),
        ("va hos Telenor i går, bra folk", "meeting"),
        ("satt tre timer i møterommet til Orkla i dag", "meeting"),
    ],
)
def test_more_ways_to_say_an_offer_sent_a_call_or_a_meeting(text: str, kind: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind) == (Outcome.SURE, kind), found.reasons


def test_our_offer_received_from_a_supplier_is_still_theirs() -> None:
    assert _read("vi har fått vårt tilbud fra leverandøren, 30k").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "offert till Klarna ligger ute, ca 400k",
        "offert till Klarna ligger ute, ca. 400k",
        "sent Nokia a quote for approx 400k",
        "Acme Data Ltd: proposal sent, ballpark £40k, final number once legal has had a look",
    ],
)
def test_an_offer_with_its_amount_said_roughly_is_asked(text: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind) == (Outcome.LIKELY, "offer"), found.reasons


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("updated the offer to Nokia, now £110k (was £125k)", 110_000),
        ("Orkla har fått vårt reviderte tilbud: 640.000 kr. (før 700.000)", 640_000),
    ],
)
def test_the_amount_it_was_before_in_an_aside_is_not_it(text: str, amount: int) -> None:
    found = _read(text)
    assert (found.outcome, found.amount) == (Outcome.SURE, amount), found.reasons


def test_a_known_name_that_opens_with_a_weekday_is_no_heading_of_plans() -> None:
    found = recognise(
        "Fredag Bygg AS: møte i går, de vil gerne se en demo. Booket til tirs d. 24.",
        today=date(2026, 11, 20),
        known_customers=["Fredag Bygg AS"],
    )
    assert (found.outcome, found.customer, found.when) == (
        Outcome.SURE,
        "Fredag Bygg AS",
        date(2026, 11, 19),
    ), found.reasons
    assert found.follow_up is not None and found.follow_up.due == date(2026, 11, 24)


def test_crossed_fingers_for_the_signing_to_come_leave_the_yes_asked() -> None:
    found = _read("Orkla sagde ja i telefonen, men vi venter på den underskrevne kontrakt 🤞")
    assert (found.outcome, found.kind) == (Outcome.LIKELY, "win"), found.reasons
    assert _read("Orkla sa ja 🤞").outcome is Outcome.NOTHING  # a hope


def test_the_day_the_signing_comes_is_not_the_wins() -> None:
    found = _read("Klarna har bestämt sig – det blir vi 🙌 avtalet kommer på måndag")
    assert (found.outcome, found.when) == (Outcome.LIKELY, date(2026, 11, 20)), found.reasons


def test_a_two_letter_short_form_in_a_name_and_a_short_word_that_ends_a_sentence() -> None:
    found = recognise(
        "Kr. Olsen Rør AS: tilbud ute, 450 t.kr eks mva",
        today=date(2026, 11, 20),
        known_customers=["Kr. Olsen Rør AS"],
    )
    assert (found.outcome, found.customer) == (Outcome.SURE, "Kr. Olsen Rør AS"), found.reasons
    found = _read("Ja. Vant Equinor 300k")
    assert (found.outcome, found.customer) == (Outcome.SURE, "Equinor"), found.reasons


def test_a_call_noted_with_a_participle_after_the_name_is_ours() -> None:
    assert _read("Orkla ringt igår, varm lead").outcome is Outcome.SURE
    assert _read("Orkla har ringt meg i dag").outcome is Outcome.SURE  # they called (session 21)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("quick call with <@U0LARS> about the Nokia deal", Outcome.NOTHING),  # was a sure call
        ("møte med Kari om Equinor-avtalen i dag", Outcome.NOTHING),
        ("call with Nokia about the renewal", Outcome.SURE),
        ("møte med <@U0LARS> og Equinor i dag", Outcome.SURE),
        ("call with Anna from Nokia about pricing", Outcome.SURE),
    ],
)
def test_a_talk_with_a_colleague_about_a_customer_records_nothing(
    text: str, outcome: Outcome
) -> None:
    found = _read(text)
    assert found.outcome is outcome, found.reasons


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Stavsjø Sag AS fikk tilbud fra meg i dag: 1.250.000,-", Outcome.SURE),
        ("Acme Foods Ltd got our quote today, 40k", Outcome.SURE),
        ("Orkla fikk tilbud fra oss i går, 300k", Outcome.SURE),
        ("Stavsjø Sag AS fikk tilbud fra Visma i dag, 300k", Outcome.NOTHING),  # not ours
    ],
)
def test_a_customer_who_got_our_offer_is_an_offer_sent(text: str, outcome: Outcome) -> None:
    found = _read(text)
    assert found.outcome is outcome, found.reasons
    if outcome is Outcome.SURE:
        assert found.kind == "offer"


@pytest.mark.parametrize(
    "text",
    [
        "tilbudet til Orkla er nå på 2 mill etter forhandling",
        "the Nokia quote is now at £90k",
        "Klarna-offerten står nu på 1,1 mkr",
    ],
)
def test_an_offer_said_to_stand_at_a_new_amount_is_a_revision(text: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind) == (Outcome.SURE, "offer"), found.reasons


def test_a_total_said_now_is_still_no_offer() -> None:
    assert _read("Nå er vi på 1,2 mill i Q4").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("offert iväg till Klarna på 2 MSEK 🚀", "offer"),
        ("tilbud avgårde til DNB, 300k", "offer"),
        ("quote off to Nokia, 40k", "offer"),
        ("Klarna har signat! 1,5 mkr", "win"),
    ],
)
def test_an_offer_off_and_a_deal_signat(text: str, kind: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind) == (Outcome.SURE, kind), found.reasons
    assert _read("Klarna signar nästa vecka").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("lunch på Egon med kunden fra Orkla i går, bra prat", Outcome.SURE),  # was asked
        ("lunch with the client from Nokia yesterday, good chat", Outcome.SURE),
        ("middag med kunden fra Orkla i går", Outcome.LIKELY),  # how it went unsaid: asked
        ("lunsj med Kari fra Orkla i dag", Outcome.LIKELY),  # a coffee or a meal: asked
        ("lunsj med teamet i dag", Outcome.NOTHING),
    ],
)
def test_a_meal_with_the_customer_is_a_customer_meeting(text: str, outcome: Outcome) -> None:
    assert _read(text).outcome is outcome, _read(text).reasons
