"""Session 66: channel messages misread in the held-out files written for Friday 3 January 2031
(the year just turned) and Tuesday 13 May 2031 (before Ascension Day and Whitsun).

- A colleague's news beside the author's own record ("Sindre lukket Ruter 👏 og selv fikk jeg
  sendt tilbud til Drammen Dekk, 410k", "Well done Priya on Greggs 👏 – and I've finally got the
  Tamar Valley quote out, £58k", "tilbud … sendt ✅ (og gratulerer Jonas med Telenor!! 👏)"): the
  author's record as if alone (was nothing, the colleague's win, or both asked).
- Praise in more words ("Heia Jonas!!", "Huge shout to Sam –", "Rått av Sindre"): a colleague's
  win, never the author's.
- A discount given, no amount ("ga Optimera 7 % nyttårsrabatt", "Offered Harrogate Lettings 10%
  off"): the offer revised, its figure asked (was nothing).
- A call said by how it went ("Schibsted – quick call", "Gotlands Bryggeri: bra samtal", "Tine –
  kort prat på tlf", "godt opkald, demo i uge 22"): a call, the talk booked after it its step;
  beside a meeting ("Met Greggs today, good chat") how the meeting went, one record."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

JAN_3 = date(2031, 1, 3)  # Friday, ISO week 1
KNOWN = (
    "Drammen Dekk AS", "Ruter", "Velux", "Holstebro Maskinfabrik A/S", "Scania", "Biltema",
    "Northgate Vehicle Hire", "Foxley Care Group", "Greggs", "Tamar Valley", "Jysk", "Telenor",
    "Bunadhuset AS", "Balfour Beatty", "Optimera", "Atea", "Alfa Laval", "Harrogate Lettings",
    "Schibsted", "Gotlands Bryggeri AB", "Tine", "Uge 20 Media ApS", "Ringvei Transport AS",
)  # fmt: skip
S, L = Outcome.SURE, Outcome.LIKELY
OFFER, WIN, CALL, MEETING = (
    ActivityKind.OFFER, ActivityKind.WIN, ActivityKind.CALL, ActivityKind.MEETING,
)  # fmt: skip


def _read(text: str, krone: str = "NOK", known: tuple[str, ...] = KNOWN):  # type: ignore[no-untyped-def]
    return recognise(
        text, today=JAN_3, krone=krone, posted=time(15), known_customers=known, open_offers=set()
    )


@pytest.mark.parametrize(
    ("text", "krone", "customer", "amount"),
    [
        ("Sindre lukket Ruter i romjula 👏 og selv fikk jeg sendt tilbud til Drammen Dekk, 410k", "NOK", "Drammen Dekk AS", 410_000),
        ("Tillykke til Jonas med Velux 👏 selv har jeg sendt tilbud til Holstebro Maskinfabrik på 1.050.000 kr.", "DKK", "Holstebro Maskinfabrik A/S", 1_050_000),
        ("Grattis Emma till Scania-ordern! 🎉 själv fick jag äntligen iväg offerten till Biltema, 340 tkr", "SEK", "Biltema", 340_000),
        ("Priya got Northgate Vehicle Hire over the line 🎉 and I finally sent the Foxley Care Group proposal, £52k", "GBP", "Foxley Care Group", 52_000),
        ("Well done Priya on Greggs 👏 – and I've finally got the Tamar Valley quote out, £58k", "GBP", "Tamar Valley", 58_000),
        ("Kasper lukkede Jysk i går 👏 og jeg har sendt tilbud til Holstebro Maskinfabrik på 212.000 kr.", "DKK", "Holstebro Maskinfabrik A/S", 212_000),
        ("Bunadhuset AS: tilbud på 215.000,- sendt ✅ (og gratulerer Jonas med Telenor!! 👏)", "NOK", "Bunadhuset AS", 215_000),
    ],
)  # fmt: skip
def test_a_colleagues_news_beside_the_authors_offer_leaves_the_offer(
    text, krone, customer, amount
) -> None:  # type: ignore[no-untyped-def]
    read = _read(text, krone)
    assert (read.outcome, read.kind, read.customer, read.amount, read.when, read.also) == (
        S, OFFER, customer, Decimal(amount), JAN_3, None,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Heia Jonas!! Telenor i boks, 1,1 mill 👏👏",
        "Huge shout to Sam – Balfour Beatty framework signed, £600k 👏",
    ],
)
def test_more_words_of_praise_keep_a_colleagues_win_unrecorded(text: str) -> None:
    assert _read(text).outcome is not Outcome.SURE


def test_the_authors_own_news_after_praise_is_read() -> None:
    read = _read("Gratulerer Kari! Jeg fikk også sendt tilbud til Optimera, 300k")
    assert (read.outcome, read.kind, read.customer, read.amount) == (
        S, OFFER, "Optimera", Decimal(300_000),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("ga Optimera 7 % nyttårsrabatt om de signerer innen 15. januar", "Optimera"),
        ("Ga Atea 7 % rabatt for å få det i havn før sommeren", "Atea"),
        ("gav Alfa Laval 5 % extra rabatt om de skriver före midsommar", "Alfa Laval"),
        ("Offered Harrogate Lettings 10% off if they commit before the bank holiday", "Harrogate Lettings"),
    ],
)  # fmt: skip
def test_a_discount_given_is_an_offer_revised_its_figure_asked(text: str, customer: str) -> None:
    read = _read(text)
    assert (read.outcome, read.kind, read.customer, read.amount) == (L, OFFER, customer, None)


@pytest.mark.parametrize(
    ("text", "customer", "step"),
    [
        ("Schibsted – quick call, de er keen! Sender deck + pricing på mandag", "Schibsted", date(2031, 1, 6)),
        ("Gotlands Bryggeri: bra samtal, hörs igen om 14 dagar", "Gotlands Bryggeri AB", date(2031, 1, 17)),
        ("Tine – kort prat på tlf", "Tine", None),
        ("Uge 20 Media – godt opkald, demo i uge 3", "Uge 20 Media ApS", date(2031, 1, 17)),
        ("Ringvei Transport AS: fin prat på telefon, demo booket den 9.", "Ringvei Transport AS", date(2031, 1, 9)),
    ],
)  # fmt: skip
def test_a_call_said_by_how_it_went_is_a_call(text: str, customer: str, step: date | None) -> None:
    read = _read(text)
    got = read.follow_up or read.next_step
    assert (read.outcome, read.kind, read.customer, read.when) == (S, CALL, customer, JAN_3)
    assert (got.due if got else None) == step


@pytest.mark.parametrize(
    "text",
    [
        "Met Greggs today, good chat, next meeting Friday",
        "Møte med Tine i dag, bra prat om prisene",
        "Møtte Tine i dag, god prat",
    ],
)
def test_how_a_meeting_went_is_no_call_beside_it(text: str) -> None:
    read = _read(text)
    assert (read.outcome, read.kind, read.also) == (S, MEETING, None)


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Widerøe signerer på mandag!! 🤞 920k", "Widerøe", 920_000),
        ("Yara signerer på torsdag 🤞 ca 900k", "Yara", 900_000),
        ("DSV skriver under på mandag 🤞 1,1 mio.", "DSV", 1_100_000),
        ("Peab skriver på imorgon!! 1,9 mkr 🤞", "Peab", 1_900_000),
        ("Whitsun Travel signing Friday 🤞 £42k", "Whitsun Travel", 42_000),
    ],
)
def test_a_customers_signing_to_come_with_its_amount_is_a_win_asked(
    text: str, customer: str, amount: int
) -> None:
    read = _read(text, "NOK", (customer,))
    assert (read.outcome, read.kind, read.customer, read.amount) == (
        L, WIN, customer, Decimal(amount),
    )  # fmt: skip


def test_a_signing_to_come_with_no_amount_stays_unrecorded() -> None:
    read = _read("Yara signerer på torsdag", "NOK", ("Yara",))
    assert read.outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Posten Bring fornyet avtalen fra i fjor 🙌 2,1 mill for 2031", "Posten Bring", 2_100_000),
        ("Coloplast har fornyet aftalen fra sidste år – 1,3 mio. kr for 2031", "Coloplast", 1_300_000),
    ],
)  # fmt: skip
def test_last_years_deal_renewed_is_a_win_today(text: str, customer: str, amount: int) -> None:
    read = _read(text, "NOK", (customer,))
    assert (read.outcome, read.kind, read.customer, read.amount, read.when) == (
        S, WIN, customer, Decimal(amount), JAN_3,
    )  # fmt: skip


def test_a_win_last_year_stays_long_ago() -> None:
    read = _read("I fjor vant vi Posten Bring, 2 mill", "NOK", ("Posten Bring",))
    assert read.outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("prøvde Alta Kraftlag to ganger i dag, ingen svarer – har visst fri til mandag 🙃", 2),
        ("prøvde Alta Kraftlag i dag, ingen svarer", 1),
        ("ingen hul igennem til Alta Kraftlag", 1),
        ("ingen hul igjennom til Alta Kraftlag i dag", 1),
    ],
)
def test_nobody_answering_in_more_words_is_a_call_tried(text: str, times: int) -> None:
    read = _read(text, "NOK", ("Alta Kraftlag",))
    assert (read.outcome, read.kind, read.customer, read.times) == (L, CALL, "Alta Kraftlag", times)


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Hamar Trelast fikk tilbudet sitt i dag 🪵 645 000,- – følger opp uke 2", "Hamar Trelast AS", 645_000),
        ("Fynsk Stål har fået tilbud: 425.000 kr. – jeg ringer dem i næste uge", "Fynsk Stål A/S", 425_000),
        ("Tine fikk tilbudet i går, 300k", "Tine", 300_000),
    ],
)  # fmt: skip
def test_the_customer_got_the_offer_is_the_offer_sent(
    text: str, customer: str, amount: int
) -> None:
    read = _read(text, "NOK", (customer, "Visma"))
    assert (read.outcome, read.kind, read.customer, read.amount) == (
        S, OFFER, customer, Decimal(amount),
    )  # fmt: skip


def test_an_offer_we_got_from_a_supplier_is_none() -> None:
    read = _read("Vi fikk tilbud fra Visma på nytt CRM, 200k", "NOK", ("Visma",))
    assert read.outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("JA!! Grundfos har købt 🥳 2.150.000 kr. – bedste dag i maj indtil videre", "Grundfos", 2_150_000),
        ("Tuesday Press took it! 18k quid, not bad for a Tuesday 😄", "Tuesday Press", 18_000),
        ("Syttende Bakeri AS tok tilbudet vårt, 64 000 kr", "Syttende Bakeri AS", 64_000),
    ],
)  # fmt: skip
def test_the_customer_bought_or_took_our_offer_is_a_win(
    text: str, customer: str, amount: int
) -> None:
    read = _read(text, "NOK", (customer,))
    assert (read.outcome, read.kind, read.customer, read.amount) == (
        S, WIN, customer, Decimal(amount),
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Vi har købt ny kaffemaskine til kontoret, 12.000 kr",
        "Jeg tok tilbudet fra Telia på ny mobil",
    ],
)
def test_what_we_bought_is_no_win(text: str) -> None:
    read = _read(text, "DKK", ("Telia",))
    assert read.outcome is Outcome.NOTHING


def test_a_long_message_is_no_one_liner_of_a_colleagues_news() -> None:
    from bot.services.capture.colleague_news import a_colleagues_news_out

    one = "Sindre lukket Ruter 👏 og selv fikk jeg sendt tilbud til Drammen Dekk, 410k"
    assert a_colleagues_news_out(one) == "selv fikk jeg sendt tilbud til Drammen Dekk, 410k"
    long = one + " " + "og så litt mer om uka som gikk " * 20
    assert a_colleagues_news_out(long) == long
