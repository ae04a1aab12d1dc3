"""Offers said beside something else, that the cues alone miss.

- "Telenor fikk tilbud i dag på 300k", "Shell got a quote of 80k": the customer named right
  before "got an offer" got ours ("Vi fikk tilbud fra Telia", "We got a quote from Shell" stay
  theirs: an offer to us).
- "Met with BP today and sent them a quote of 120k", "Bra möte med Volvo idag! Offert på 1,2
  mkr skickad": an offer sent, with its amount, in a message about a meeting or call with the
  one customer it names: that customer's offer, asked about on its own (as a second record is),
  never dropped."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.domain import ActivityKind
from bot.services.amounts import other_currency
from bot.services.capture import signals
from bot.services.capture.customer_name import in_a_place
from bot.services.capture.message import Cue, Message, Outcome, Recognition, now_beside
from bot.services.customers import customer_key
from bot.services.dates import MAX_PAST_DAYS, fold

_GOT = {fold(w) for w in "fikk fick fik fått fået got received mottok mottog modtog".split()}
# Who may get an offer and not be a customer: we, I, they (a competitor's offer to them).
_PEOPLE = {
    fold(w)
    for w in """vi we jeg jag eg i de dei dom they han hun hon he she kunden kunde kund
    customer client dere ni i jo""".split()
}
_FROM = {fold(w) for w in "fra från fran from af av by".split()}


def offer_received(tokens: list[signals.Token], hits: list[signals.Hit]) -> list[signals.Hit]:
    """The phrases found, with "<Customer> fikk tilbud" read as our offer sent to them: the
    "got" a send verb, no longer someone else's offer to us."""
    read = []
    for h in hits:
        if h.category == "OFFER_NOT_OURS" and _got_by_a_name(tokens, h):
            read.append(signals.Hit("SEND_VERBS", h.start, h.start + 1, tokens[h.start].folded))
        else:
            read.append(h)
    return read


def _got_by_a_name(tokens: list[signals.Token], h: signals.Hit) -> bool:
    if h.start == 0 or tokens[h.start].folded not in _GOT:
        return False
    before = tokens[h.start - 1]
    if not before.is_word or not before.text[:1].isupper() or before.folded in _PEOPLE:
        return False
    if before.sentence != tokens[h.start].sentence:
        return False
    after = [t.folded for t in tokens[h.end : h.end + 3]]
    return not any(word in _FROM for word in after)  # "Telenor fikk tilbud fra Telia"


def offer_of_the_talk(
    m: Message,
    best: Recognition,
    judged: list[tuple[Cue, Recognition]],
    krone: str,
    today: date,
) -> Recognition:
    """A sure meeting or call, and an offer sent with its amount but no customer of its own in
    a message that names only the talk's customer: that offer, asked about on its own, on the
    day its own words give (read from today, as every day of the message is), else the talk's."""
    # heldmsg34: a talk asked for a reason of its own (its step's two days, "pratade med" with
    # no phone word) keeps the offer beside it too (was dropped unsaid)
    asked_itself = best.outcome is Outcome.LIKELY and best.reasons[-1:] in _ITS_OWN
    if not (best.outcome is Outcome.SURE or asked_itself) or best.also is not None or best.planned:
        return best
    if best.kind not in (ActivityKind.MEETING, ActivityKind.CALL) or best.customer is None:
        return best
    said = set(m.date_words).union(*(cue.words for cue, _ in judged))
    # session 56: nor one opening a sentence of no record's and no amount ("… 450k. Fingers
    # crossed 🤞", "… 320.000 kr. Hot lead!": the offer was dropped, "Fingers" a customer)
    told = {m.sentence(i) for cue, _ in judged for i in cue.words}
    named = {  # heldmsg34: a guess made of a cue's word or a day's ("Pratade", "Fri") is none
        customer_key(n.display)
        for n in [*m.known, *m.guessed]
        if n in m.known
        or not (
            said.issuperset(range(n.start, n.end))
            or in_a_place(m, n)
            or (
                m.sentence(n.start) not in told
                and (n.start == 0 or m.sentence(n.start - 1) != m.sentence(n.start))
                and not any(m.sentence(i) == m.sentence(n.start) for i in m.money_words)
            )
        )
    }
    if len(named) != 1:
        return best
    for cue, found in judged:
        if cue.kind is not ActivityKind.OFFER or not cue.strong or cue.verbless:
            continue
        if "no-customer" not in found.reasons:
            continue
        sentence = m.sentence(cue.start)
        money = [
            a
            for a in signals.amounts(m.tokens, krone, set(cue.words))
            if m.sentence(a.start) == sentence and a.start not in m.date_words
        ]
        if talked_about(m, cue):
            continue
        if not money and any(m.tokens[i].folded in _SENT for i in cue.words):
            # heldmsg34. "mötte Saab igår + skickade offert", "Called Greggs and sent a quote":
            # an offer said sent, no amount: asked, the amount to fill in (was dropped unsaid)
            money = [None]  # type: ignore[list-item]
        elif len(money) != 1 or any(
            other_currency(m.tokens[i].text)
            for i in range(max(money[0].start - 1, 0), min(money[0].end + 1, len(m.tokens)))
        ):
            continue  # none, several, or a currency kpibot does not count in: no guess
        when = best.when
        own = {m.clause(i) for i in cue.words}
        # Session 24: "Meeting w/ BP on monday, quote sent tuesday 35k" (said on Thursday) is
        # the quote of Tuesday this week; read from the meeting's Monday it was the Tuesday
        # before it, a week early
        for day in signals.dates(m.tokens, today, set(cue.words)):
            if m.clause(day.start) in own and 0 <= (today - day.day).days <= MAX_PAST_DAYS:
                when = day.day
        if now_beside(m, cue):
            when = today  # session 44: "… på onsdag gikk knallbra. Quote sendt nå, 780k
        priced = money[0] is not None
        asked = Recognition(
            Outcome.LIKELY,
            ActivityKind.OFFER,
            best.customer,
            money[0].money.amount if priced else None,
            money[0].money.currency if priced else None,
            when,
            known_customer=best.known_customer,
            complete=priced,
            reasons=(found.reasons[0], "customer-of-the-talk", "second"),
        )
        if (
            best.reasons[-1:] == ("day-clash",)
            and priced
            and cue.start > min(best_words(judged, best))
        ):
            # heldmsg34. "…, ringer dem fre el mån": the step and its two days asked with the
            # record said last; the talk before it, its day said, stored
            asked = replace(
                asked,
                follow_up=best.follow_up,
                clash_days=best.clash_days,
                step_either=best.step_either,
            )
            best = replace(
                best,
                outcome=Outcome.SURE if best.complete else Outcome.LIKELY,
                follow_up=None,
                clash_days=(),
                step_either=False,
                reasons=best.reasons[:-1],
            )
        return replace(best, also=asked, reasons=(*best.reasons, "first-of-two"))
    return best


def best_words(judged: list[tuple[Cue, Recognition]], best: Recognition) -> frozenset[int]:
    """The words of the cue `best` was read from (its first word's place: what it follows)."""
    for cue, found in judged:
        if found is best:
            return cue.words
    return frozenset({0})


def talked_about(m: Message, cue: Cue) -> bool:
    """heldmsg34. "Ringte Tine om tilbudet vi sendte", "Called Boots about the quote we sent",
    "Pratade med Volvo om offerten": the offer is what the talk was about, no record of its own."""
    i = min(cue.words) - 1
    while i >= 0 and m.tokens[i].folded in _DETERMINERS:
        i -= 1
    return i >= 0 and m.tokens[i].folded in _ABOUT


_ABOUT = {
    fold(w)
    for w in """om about regarding re ang angående angaende vedr vedrørende vedrorende kring
    gällande gjeldende angåande on over""".split()
}
_DETERMINERS = {fold(w) for w in "the a an our det den et ett en ei vårt vart vores their".split()}
_ITS_OWN = {("day-clash",), ("talked-with",), ("weak-cue",)}  # session 43: "X meeting + …"
# Sending said in the past tense: an offer sent ("sendte tilbud", "skickade offert", "sent a quote")
_SENT = {
    "sendte", "sendt", "sent", "skickade", "skickat", "skickad", "mailet", "mailede",
    "mailade", "mailed", "emailed",
}  # fmt: skip
