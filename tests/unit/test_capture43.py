"""Session 43 (the lead): channel messages read wrong on main at the session's start, from a
held-out set of 150 Nordic and 120 English messages written by helpers who never saw the code
(/work/held43, not in the repository), each a class of variants."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

FRIDAY = date(2026, 12, 4)
THU, WED, TUE, MON = date(2026, 12, 3), date(2026, 12, 2), date(2026, 12, 1), date(2026, 11, 30)
HALF_PAST_THREE = time(15, 30)
KNOWN = [
    "Tine", "Orkla", "Equinor", "Scania", "Volvo Cars", "Vestas", "Greggs", "Tesco", "Kiwi", "Carlsberg",
]  # fmt: skip
M, C, OFFER, L = (
    ActivityKind.MEETING,
    ActivityKind.CALL,
    ActivityKind.OFFER,
    ActivityKind.LOSS,
)
S, A = Outcome.SURE, Outcome.LIKELY
NONE: list[tuple] = []


def _read(text: str):  # type: ignore[no-untyped-def]
    found = recognise(text, today=FRIDAY, known_customers=KNOWN, posted=HALF_PAST_THREE)
    return [
        (r.outcome, r.kind, r.customer, int(r.amount) if r.amount is not None else None, r.when)
        for r in chain(found)
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new name's talk by its noun, on a day said that is gone: asked (was nothing; a new
        # name beside a weak word needed an amount)
        ("Boots meeting this morning", [(A, M, "Boots", None, FRIDAY)]),
        ("Boots call this morning, they want pricing", [(A, C, "Boots", None, FRIDAY)]),
        (
            "Marks & Spencer meeting this morning was... interesting. 6 people from their side, "
            "nobody agreed on anything 😅 next step is a workshop in Jan",
            [(A, M, "Marks & Spencer", None, FRIDAY)],
        ),
        # an informal visit to a new name with its day (dialect "va innom")
        (
            "Æ va innom Nortura på mandag, dem e klar for pilot. sende tilbud neste uke",
            [(A, M, "Nortura", None, MON)],
        ),
        # our own meetings, a day said: still nothing
        ("Weekly call this morning", NONE),
        ("Weekly meeting this morning", NONE),
        ("Sales meeting this morning", NONE),
        ("Team meeting today, boring", NONE),
        ("Lunch with Mum today", NONE),
        # a no said in Danish and Swedish with "har sagt"; another vendor chosen
        ("Maersk har sagt nej. Vi kunne ikke levere i Asien.", [(A, L, "Maersk", None, FRIDAY)]),
        # who said it is who chose (was: no customer, the loss dropped)
        (
            "Deloitte said they went with a competitor (Workday I think). lost.",
            [(A, L, "Deloitte", None, FRIDAY)],
        ),
        ("Deloitte told us they went with a competitor", [(A, L, "Deloitte", None, FRIDAY)]),
        ("Elkjøp sa at de valgte en konkurrent", [(A, L, "Elkjøp", None, FRIDAY)]),
        ("Boots told us they signed! £40k", [(S, ActivityKind.WIN, "Boots", 40000, FRIDAY)]),
        # a stop typed with no space after it (was the day missed, a customer "Elkjøp.valgte")
        (
            "möte m ICA igår,gick bra. de vill ha offert innan jul",
            [(S, M, "ICA", None, THU)],
        ),
        (
            "Fikk nei fra Elkjøp.valgte å bygge selv internt. Ikke mye å gjøre med det",
            [(A, L, "Elkjøp", None, FRIDAY)],
        ),
        # the offer sent after the talk, a town named with it (was: the offer dropped)
        (
            "Var hos Arla i Stockholm i måndags med Johan, bra möte med inköpschefen. "
            "Skickade offert igår, 1,1 mkr",
            [(S, M, "Arla", None, MON), (A, OFFER, "Arla", 1100000, THU)],
        ),
        # the currency after "for" is no name (was an offer to "EUR")
        (
            "Wed: met Siemens in Munich. Thu: sent them a quote for EUR 80,000.",
            [(S, M, "Siemens", None, WED), (A, OFFER, "Siemens", 80000, THU)],
        ),
        # each one's day in brackets after a summary's label is the day, never a customer (was
        # meetings with "Mon", "Tue", "Thu" asked beside Walmart's, Target's, Home Depot's)
        (
            "Meetings: Walmart (Mon), Target (Tue)",
            [(A, M, "Walmart", None, MON), (A, M, "Target", None, date(2026, 12, 1))],
        ),
        ("Calls: Kroger (Wed)", [(A, C, "Kroger", None, WED)]),
        # thousands before the number, glued to a period, or a "mille" said (were no amount)
        (
            "Underskrevet aftale med Danfoss i dag ✍️ t.kr. 850",
            [(S, ActivityKind.WIN, "Danfoss", 850000, FRIDAY)],
        ),
        (
            "påskrivet avtal med Postnord 🖊️ 780 kkr/år",
            [(S, ActivityKind.WIN, "Postnord", 780000, FRIDAY)],  # (session 65: a year's, as typed)
        ),
        (
            "Norrmejerier har tackat ja!! Avtal på en halv mille",
            [(S, ActivityKind.WIN, "Norrmejerier", 500000, FRIDAY)],
        ),
        # travelling is where a call or an offer was made, no chance meeting (was nothing)
        (
            "Met Sandvik in Stockholm on Tuesday and then jumped on a call with Atlas Copco on "
            "the way back to the airport",
            [(A, M, "Sandvik", None, TUE), (A, C, "Atlas Copco", None, TUE)],
        ),
        ("Met Kari at the airport today", NONE),
        # three records, two customers: each asked (the meeting beside its offer and the call
        # were dropped; "2.4 MSEK" read as 2 April made the call a plan)
        (
            "EOD - met Scania this morning (Södertälje), then had a call with Volvo Cars. sent "
            "Scania a proposal on the train back, 2.4 MSEK. hoping to close before christmas",
            [
                (A, OFFER, "Scania", 2400000, FRIDAY),
                (A, M, "Scania", None, FRIDAY),
                (A, C, "Volvo Cars", None, FRIDAY),
            ],
        ),
        # "after" is when, never a customer "After"
        (
            "Called Boots this morning, sent them a quote after: £45k",
            [(S, C, "Boots", None, FRIDAY), (A, OFFER, "Boots", 45000, FRIDAY)],
        ),
        # a talk said to be on a day, in the present, is to come: a plan, nothing held
        ("Møtet med Tine er på mandag", NONE),
        (
            "Tom had a great meeting with Shell yesterday apparently, he's buzzing. My Shell "
            "call is Monday",
            NONE,
        ),
        ("Tine meeting was Monday, went well", [(S, M, "Tine", None, MON)]),
        # second held-out batch: a done mark between a known name and an amount (asked, offer
        # or win, as "Kiwi 250k" is; was nothing)
        ("Kiwi ✅ 250k", [(A, OFFER, "Kiwi", 250000, FRIDAY)]),
        ("Volvo Cars ✅ 1,8 MSEK!!!", [(A, OFFER, "Volvo Cars", 1800000, FRIDAY)]),
        # "direkt efter" is when, never a customer (was an offer to "Direkt Efter")
        (
            "Teams med PostNord i morse + skickade offert direkt efter, 1,2 mkr",
            [(S, M, "PostNord", None, FRIDAY), (A, OFFER, "PostNord", 1200000, FRIDAY)],
        ),
        # "sen" (then): the lunch the same day as the meeting before it
        (
            "Träffade Telia på deras kontor i Solna igår, och sen lunch med Ellevio",
            [(A, M, "Telia", None, THU), (A, M, "Ellevio", None, THU)],
        ),
        # a question beside a meeting on a weekday asks the team: the meeting is to come (was
        # held last Monday, sure)
        ("Møde med Vestas på mandag, er der nogen der har den nye præsentation?", NONE),
        # each one's own day right after its name in a counted list, no bracket of its own
        (
            "this week: 3 meetings (Scania Mon, Vestas Tue, Husqvarna yesterday)",
            [
                (A, M, "Scania", None, MON),
                (A, M, "Vestas", None, TUE),
                (A, M, "Husqvarna", None, THU),
            ],
        ),
        # a summary's heading ("EOW:") is no customer; a talk, "+" and an offer sent: both
        (
            "Storebrand meeting + proposal sent (NOK 1.4m)",
            [(A, M, "Storebrand", None, FRIDAY), (A, OFFER, "Storebrand", 1400000, FRIDAY)],
        ),
        (
            "EOW:\nMon: call Gjensidige\nFri: Storebrand signed!! 🥳",
            [(A, C, "Gjensidige", None, MON), (A, ActivityKind.WIN, "Storebrand", None, FRIDAY)],
        ),
        # "First" with its capital before a name's word begins the name (was a customer "Bus")
        ("Lost First Bus, they picked the cheaper bid", [(A, L, "First Bus", None, FRIDAY)]),
        ("First meeting with Boots today", [(S, M, "Boots", None, FRIDAY)]),
        # "last Thursday" beside a "yesterday" of its own is the week before's (was yesterday)
        (
            "Met Jaguar Land Rover last Thurs and followed up with a call yesterday, they're keen",
            [(S, M, "Jaguar Land Rover", None, date(2026, 11, 26))],
        ),
        # alone, yesterday or the week before's? asked (session 47: bot/services/last_weekdays.py)
        ("Met Jaguar Land Rover last Thursday", [(A, M, "Jaguar Land Rover", None, THU)]),
        # moved to today, then how it went: held today (was nothing, called off)
        (
            "Mødet med Netcompany blev rykket til i dag, og det gik fint – næste skridt er et tilbud",
            [(S, M, "Netcompany", None, FRIDAY)],
        ),
        ("Møtet med Tine ble flyttet til i dag", NONE),
        # the town beside the talk is where, no second customer: the offer after it is the
        # talk's customer's (was an offer to "Rett Etter", or to "After", the meeting dropped)
        (
            "Møte med Lego i Billund i dag. Sendte tilbud rett etter, 300k",
            [(S, M, "Lego", None, FRIDAY), (A, OFFER, "Lego", 300000, FRIDAY)],
        ),
        (
            "Met Boots in Leeds today, sent a quote after, £45k",
            [(S, M, "Boots", None, FRIDAY), (A, OFFER, "Boots", 45000, FRIDAY)],
        ),
        # a colleague's news, their mention opening it, praised after (was the offer, sure)
        ("<@U04KARI> hadde møte med Tine i går og sendte tilbud på 200k – bra jobba!", NONE),
        ("🙌 <@U05METTE> flot arbejde med Carlsberg-mødet!", NONE),
        # an offer out already, said to stand (was a new offer asked)
        (
            "Møtet med Equinor i dag ble avlyst, prøver igjen i januar. Tilbudet på 900k står fortsatt.",
            NONE,
        ),
        (
            "Mødet med Carlsberg i dag blev aflyst pga sygdom. Tilbuddet på 800k ligger stadig hos dem.",
            NONE,
        ),
        ("Sendte tilbud til Tine i dag, 300k", [(S, OFFER, "Tine", 300000, FRIDAY)]),
        (
            "Signed!! Boots went with the full package, £45k",
            [(S, ActivityKind.WIN, "Boots", 45000, FRIDAY)],
        ),
        # two people, each of a company, met together: both companies, each asked (was the
        # known one alone, the other dropped)
        (
            "mødte Mads fra Lego og Sofie fra Vestas i dag",
            [(A, M, "Vestas", None, FRIDAY), (A, M, "Lego", None, FRIDAY)],
        ),
        (
            "met Anna from Boots and Tom from Greggs today",
            [(A, M, "Greggs", None, FRIDAY), (A, M, "Boots", None, FRIDAY)],
        ),
        # a decimal point said in words (dictated): "to komma fire millioner" is 2,4 million
        # (was read from its second word: 4 000 000, or 5 000 000 for "en komma fem")
        (
            "vi vant equinor avtalen er signert på to komma fire millioner kroner",
            [(A, ActivityKind.WIN, "Equinor", 2400000, FRIDAY)],
        ),
        (
            "signed Tesco today, two point five million",
            [(S, ActivityKind.WIN, "Tesco", 2500000, FRIDAY)],
        ),
        # signed, then the customer's choice in the next sentence, the amount after it
        (
            "Signert!! 🎉🎉 Sparebank 1 SMN går for full pakke, 1,2 mill i året. Takk til alle",
            [(S, ActivityKind.WIN, "Sparebank 1 SMN", 1200000, FRIDAY)],  # (session 65: as typed)
        ),
    ],
)
def test_a_held_out_message_is_read_as_its_author_meant(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "amount"),
    [
        ("Signed!! 🍾", ActivityKind.WIN, None),
        ("de signerte!!! 🍾", ActivityKind.WIN, None),
        ("offert skickad 👍 380k", OFFER, 380000),
        ("har sendt tilbud i dag", OFFER, None),
        ("sent the proposal this morning", OFFER, None),
        ("signed today, 300k", ActivityKind.WIN, 300000),
        # none asked: a game's "won", a "no" of anything, a colleague's, a plan, a question
        ("Vi vant! 🎉", None, None),
        ("fick nej 😞", None, None),
        ("Won 2-1 tonight!", None, None),
        ("Ola signerte i dag!", None, None),
        ("Skal sende tilbud i morgen", None, None),
        ("signed?", None, None),
    ],
)
def test_a_sale_with_no_customer_named_is_read_for_its_question(text, kind, amount) -> None:  # type: ignore[no-untyped-def]
    """Session 43: the author's own sale news, no customer anywhere: read as nameless (asked
    which customer by the channel's listener), its kind and amount; was nothing, unsaid."""
    found = recognise(text, today=FRIDAY, known_customers=KNOWN, posted=HALF_PAST_THREE)
    assert found.outcome is Outcome.NOTHING
    if kind is None:
        assert not found.nameless
    else:
        assert found.nameless and found.kind is kind, found
        assert (int(found.amount) if found.amount is not None else None) == amount
