"""Reasons a cue is no record of ours, or only one to ask about: not yet, called off, a question,
the future, someone else's news or win, long ago, a heading of plans, an internal meeting."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.domain import ActivityKind
from bot.services.amounts import UNIT_WORDS
from bot.services.capture import signals
from bot.services.capture.cues import TO_COME, VERBAL, YET
from bot.services.capture.grammar import (
    _ACTIVE_LOSSES,
    _ADJECTIVES,
    _AND,
    _AUX,
    _CONTRAST,
    _FROM,
    _HAD,
    _OBJECTS,
    _OURS,
    _POSSESSIVES,
    _RELATIVES,
    _RESULTS,
    _SALE_ENDINGS,
    _SALES,
    _TALKED,
    _US,
)
from bot.services.capture.message import (
    Cue,
    Message,
    _clause_tokens,
    _in_sentence,
    _next_word,
    _same_as_cue,
    _subject,
    cheered_after,
    their_clause,
    wanted_before,
)
from bot.services.capture.objects import _a_topic, _word_class
from bot.services.capture.signals import Hit, Name
from bot.services.commands.words import TEMPERATURES
from bot.services.customers import LEGAL_SUFFIXES
from bot.services.dates import MONTHS, fold
from bot.services.follow_up import INTEREST_STEMS

# Session 62. A new customer, said as a heading, whose offer went out ("ny kund: Nordic Wellness
# AB, offert på kr 320 000:- skickad", "New client: Acme Ltd, proposal sent £40k"): a new lead
# and its offer, no win (was a win of the offer's amount, the offer second)
_NEW_CUSTOMER_LABELS = frozenset(
    fold(w)
    for w in (
        "ny kunde", "ny kund", "new customer", "new client", "ny klient", "nye kunder", "nya kunder",
    )
)  # fmt: skip


def _a_new_customers_offer(m: Message, cue: Cue) -> bool:
    if cue.kind is not ActivityKind.WIN or fold(cue.label) not in _NEW_CUSTOMER_LABELS:
        return False
    # (never the offer they took, named as known: "Ny kund! X 320 tkr, offerten vi skickade i
    # december", "…, the proposal we sent in May" are the win)
    offered = {
        m.sentence(h.start)
        for h in m.of("OFFER_NOUNS")
        if m.tokens[h.start].folded not in _THE_OFFERS_NOUN
        and (h.start == 0 or m.tokens[h.start - 1].folded not in _THE_WORDS)
    }
    # nor one sent on a day said by its date or month ("Ny kunde: Bama 300k 🎉 (tilbud sendt
    # 1/9)"); today or yesterday is this offer's
    dated = {
        m.clause(i)
        for i in m.date_words
        if any(ch.isdigit() for ch in m.tokens[i].text) or m.tokens[i].folded in MONTHS
    }
    return any(
        m.sentence(h.start) in offered and m.clause(h.start) not in dated
        for h in m.of("SEND_VERBS")
    ) and not any(h.category in ("WIN_VERBS", "COMPLETING", "ACCEPTED") for h in m.hits)


# An offer by its definite form, one already out ("tilbudet ligger hos styret"), never a
# list's item of its own (messages_holdout27; judge)
_THE_OFFER = {"tilbudet", "tilbuddet", "offerten", "tilbodet"}
_THE_OFFERS_NOUN = _THE_OFFER | {"anbudet", "tenderet"}
_THE_WORDS = {"the", "our", "vart", "vort", "vores", "var", "det", "den"}


def _not_yet(m: Message, cue: Cue) -> bool:
    """Called off or not done yet ("cancelled", "for signing"), in the cue's sentence. In another
    clause of it, only when nothing sets the two apart: "Meeting with DNB cancelled, but signed
    Yara 300k" and "Møtet med DNB ble avlyst, signerte Yara 300k" record the win; "Avtale med
    Yara 300k, til signering" does not."""
    sentence = m.sentence(cue.start)
    if cue.kind is ActivityKind.CALL and m.tokens[cue.start].folded in _DIALLED:
        return False  # "Ringte Yara for å purre på signatur": the call itself was made
    if cue.kind is ActivityKind.LOSS and _a_talk_fallen_through(m, cue):
        return True  # session 48: "Møtet med Elkjøp falt gjennom": called off, no loss
    clauses = {m.tokens[i].clause for i in cue.words}
    for h in m.of("NOT_YET"):
        if m.sentence(h.start) != sentence:
            continue
        if cue.kind is ActivityKind.WIN and h.phrase in VERBAL:
            continue  # "Kiwi sa ja muntlig, 300k": a verbal yes, asked (judge), not called off
        if cue.label.endswith("+phone") and h.start == cue.start:
            continue  # session 59: "Chased Ocado on the phone": the chasing, a call made
        if cue.kind is ActivityKind.LOSS and _a_deal_fallen_through(m, h, cue):
            continue  # session 48: "The Elkjøp deal fell through" (a meeting's is called off)
        if _a_later_day_moved(m, h, cue):
            continue  # "Møte med Tine i dag, nytt møte torsdag, flyttet til fredag"
        if _their_work_moved(m, h):
            continue  # session 56: "Mustad takket nei, har flytta alt inhouse": no postponing
        if cue.kind is ActivityKind.LOSS and _the_reason_put_off(m, h, clauses):
            continue  # session 68: "Mistet i går Jernia – budsjettet ble skjøvet til neste år"
        if cue.kind in (ActivityKind.MEETING, ActivityKind.CALL) and _moved_to_today_and_held(
            m, h, cue
        ):
            continue  # session 43: "Mødet med Netcompany blev rykket til i dag, og det gik fint"
        if cue.kind in (ActivityKind.MEETING, ActivityKind.CALL) and _a_decision_put_off(m, h, cue):
            continue  # session 40: "prat m Elkjøp på telefon, beslutning utsatt til nyttår"
        if not _apart(m, h, cue) and (
            m.clause(h.start) in clauses or not _apart_by_names(m, h, cue)
        ):
            return True
    return False


_PUT_OFF_REASONS = (
    "budsjett", "budget", "prosjekt", "projekt", "project", "beslutning", "beslut", "decision",
    "investering", "investment", "innkjop", "inkop", "indkob", "purchase", "spend",
)  # fmt: skip


def _the_reason_put_off(m: Message, h: Hit, clauses: set[int]) -> bool:
    """Session 68. A loss's reason in a clause after it: their budget or project put off
    ("Mistet i går Jernia – budsjettet ble skjøvet til neste år", "lost Vistry, budget pushed
    to next year"): why it was lost, the loss kept (was no record, the loss called off)."""
    clause = m.clause(h.start)
    if clause in clauses or clause < min(clauses):
        return False
    return any(
        t.clause == clause and t.folded.startswith(_PUT_OFF_REASONS) for t in m.tokens[: h.start]
    )


def _joined_on_after(m: Message, cue: Cue, h: Hit) -> bool:
    """Session 56. A word past the cue joins on what follows ("Hadde et kjapt møte med dem i går
    og vil ikke tråkke på noen"): a negation after it is of that, not of the talk."""
    return any(
        m.tokens[i].folded in _JOINED_ON and m.tokens[i + 1].folded in _A_CLAUSE_OPENS
        for i in range(cue.end, min(h.start, len(m.tokens) - 1))
    )


_JOINED_ON = {"og", "och", "and", "men", "but", "samt"}
# the word after "og" that opens a clause of its own: a modal, a pronoun (folded)
_A_CLAUSE_OPENS = {
    "vil", "skal", "ska", "kan", "ma", "maste", "bor", "will", "would", "want", "wants", "must",
    "should", "jeg", "jag", "eg", "vi", "we", "i", "de", "dei", "they", "han", "hun", "hon",
    "he", "she", "dom",
}  # fmt: skip


def _their_work_moved(m: Message, h: Hit) -> bool:
    """A move word with what was moved right after it ("har flytta alt inhouse", "moved
    everything in-house", "flyttat driften internt"): their work moved, no talk put off."""
    return h.end < len(m.tokens) and m.tokens[h.end].folded in _MOVED_WORK


_MOVED_WORK = {
    "alt", "allt", "alting", "alltihop", "everything", "all", "driften", "drifta", "produksjonen",
    "produktionen", "inhouse", "in-house", "internt", "hjem", "hem", "business",
    "production", "leveransen", "leveransene", "leveranserna", "leverancen", "oppdraget",
    "arbeidet", "arbetet", "arbejdet",
}  # fmt: skip


# Session 48. A loss's words that call a talk off too: "The Elkjøp deal fell through" is lost,
# "Møtet med Elkjøp falt gjennom" a meeting that did not take place. Folded.
_FALLEN_THROUGH = {
    "fell through", "has fallen through", "falt gjennom", "foll igenom", "faldt igennem",
    "fell over", "gikk i vasken", "gick i stopet", "gik i vasken",
}  # fmt: skip


_TALK_NAMED = ("MEETING_NOUNS", "MEETING_REFERENCES", "CALL_NOUNS")


def _a_talk_fallen_through(m: Message, cue: Cue) -> bool:
    """A loss's words that call a talk off, with a talk named in their clause."""
    if cue.label not in _FALLEN_THROUGH:
        return False
    clause = m.clause(cue.start)
    return any(m.clause(t.start) == clause for kind in _TALK_NAMED for t in m.of(kind))


def _a_deal_fallen_through(m: Message, h: Hit, cue: Cue) -> bool:
    """The loss's own words are the ones that call a talk off ("fell through", "fell over"),
    and no talk is named in their clause: a deal that fell through, lost ("The Elkjøp deal fell
    through", "Elkjøp fell through": was nothing)."""
    return bool(set(range(h.start, h.end)) & set(cue.words)) and not _a_talk_fallen_through(m, cue)


_TO = {"til", "till", "to"}
_TODAY_WORDS = {"idag", "today"}


def _moved_to_today_and_held(m: Message, h: Hit, cue: Cue) -> bool:
    """Session 43. "Mødet med Netcompany blev rykket til i dag, og det gik fint", "Meeting with
    Boots was moved to today, went well": moved to today, then said how it went in the same
    sentence: held today (was nothing, called off)."""
    sentence = m.sentence(h.start)
    after = [t for t in m.tokens[h.end : h.end + 4] if t.sentence == sentence]
    words = [t.folded for t in after]
    if m.tokens[h.end - 1].folded not in _TO:  # "rykket til", "moved to" hold their "to"
        if not words or words[0] not in _TO:
            return False
        words = words[1:]
    said_today = words[:1] == ["idag"] or words[:2] == ["i", "dag"] or words[:1] == ["today"]
    return said_today and any(
        x.category == "HAPPENED" and m.sentence(x.start) == sentence and x.start > h.end
        for x in m.hits
    )


# What a talk may leave put off without being put off itself (folded).
_DECISIONS = {
    "beslutning", "beslutningen", "beslut", "beslutet", "avgjorelse",
    "avgjorelsen", "avgorande", "avgorandet", "decision", "decisions", "svar", "svaret",
    "answer", "signering", "signeringen", "signing", "underskrift", "kontrakt", "kontrakten",
    "contract", "budsjett", "budsjettet", "budget", "budgettet", "budgeten",
}  # fmt: skip


def _a_decision_put_off(m: Message, h: Hit, cue: Cue) -> bool:
    """Session 40. "hadde en prat m Elkjøp på telefon, beslutning utsatt til over nyttår", "Met
    Barclays, they pushed the decision to January": the decision is what was put off, in a
    clause after the talk's; the talk was held."""
    own = {m.tokens[i].clause for i in cue.words}
    if h.start < cue.end or m.clause(h.start) in own:
        return False
    near = range(max(h.start - 2, 0), min(h.end + 3, len(m.tokens)))
    return any(m.tokens[i].folded in _DECISIONS and m.clause(i) == m.clause(h.start) for i in near)


# The words after a move that name the day it moved to: "flyttet til fredag", "moved to Mon".
_MOVED_TO = {"til", "till", "to", "over", "pa"}


def _a_later_day_moved(m: Message, h: Hit, cue: Cue) -> bool:
    """readers25. "Møte med Tine i dag, nytt møte torsdag, flyttet til fredag", "Met Tesco today,
    next call Thu – moved to Fri": a move to a day said after a clause of its own with a day,
    after the cue's: that later day (the next step) is what moved (judge._moved), not the
    talk held (was: nothing recorded). A move right after the cue's own clause stays its own
    ("Møte med Tine i dag, flyttet til fredag")."""
    own = {m.tokens[i].clause for i in cue.words}
    if h.start < cue.end or m.clause(h.start) in own:
        return False
    after = range(h.end, min(h.end + 3, len(m.tokens)))
    words = [m.tokens[i].folded for i in after]
    if not any(i in m.date_words for i in after) or not (
        set(words[:1]) & _MOVED_TO or h.phrase.endswith((" to", " til"))
    ):
        return False
    return any(max(own) < m.tokens[i].clause < m.clause(h.start) for i in m.date_words)


def _apart(m: Message, h: Hit, cue: Cue) -> bool:
    """A contrast word ("but", "men") between a "not yet" and the cue after it: what follows
    says something of its own, in the same clause or the next ("Mötet med Scania ställdes in
    men vi vann Volvo"). A "but" after the cue is about the same deal ("Signert Yara 300k men
    venter på signatur")."""
    if h.start > cue.start:
        return False
    first, last = sorted(
        (h.end if h.start < cue.start else cue.end, h.start if h.start > cue.start else cue.start)
    )
    return any(t.is_word and t.folded in _CONTRAST for t in m.tokens[first:last])


def _apart_by_names(m: Message, h: Hit, cue: Cue) -> bool:
    """Two clauses, each naming a customer of its own ("Meeting with DNB cancelled, signed Yara
    300k")."""
    names = [*m.known, *m.guessed]
    mine = {
        n.display for n in names if m.clause(n.start) == m.clause(cue.start) or n.start in cue.words
    }
    theirs = {n.display for n in names if m.clause(n.start) == m.clause(h.start)}
    return bool(mine) and bool(theirs) and not mine & theirs


_SENT = ("SEND_VERBS", "OFFER_VERBS")


def _says_no_answer(m: Message, h: Hit) -> bool:
    """heldmsg32. A negation that says nobody answered ("uten svar", "no answer", "ingen svar",
    "left a voicemail"), not that the talk was not had ("ringte ikke Orkla")."""
    if len(h.phrase.split()) > 1 or h.phrase in ("voicemail", "telefonsvarer"):
        return h.phrase not in _NOT_A_CALL
    return _next_word(m, h.end).startswith(_ANSWERING)


_NOT_A_CALL = {"ikke ennå", "ennå ikke", "ännu inte", "endnu ikke", "not yet", "close to"}
_ON_THE = {"on", "pa", "the", "den", "det", "om"}
_NO_ANSWER = {"uten svar", "utan svar", "uden svar", "no answer", "no reply", "no response"}


def _lapsed(m: Message, cue: Cue) -> bool:
    """What became of an offer already out, said of the offer in the cue's sentence ("Tilbudet
    til Tine (85k) gikk ut uten svar", "Quote to Tesco for £45k expired today", "Tilbudet til
    Tine er forlenget til 15.12", "Fulgte opp tilbudet til Tine på 85k"): no offer is sent now
    and nothing is sold. An offer sent in the same sentence ("Sendte nytt tilbud til Tine, det
    gamle gikk ut uten svar") and a win said with a verb of its own stand."""
    sentence = m.sentence(cue.start)
    offers = [h for h in m.of("OFFER_NOUNS") if m.sentence(h.start) == sentence]
    if cue.kind is ActivityKind.WIN:
        if not cue.strong and _received(m, cue, offers):
            return True  # "Tilbudet til Tine bekreftet mottatt": no yes said
        # "Tilbudet til Tine er forlenget til 15.12": the offer's time stretched, no renewal
        return not cue.strong and any(
            h.start <= cue.start < h.end
            and any(m.clause(o.start) == m.clause(h.start) for o in offers)
            for h in m.of("OFFER_LAPSED")
        )
    if cue.kind is not ActivityKind.OFFER or not cue.verbless:
        return False
    if any(m.sentence(h.start) == sentence for c in _SENT for h in m.of(c)):
        return False
    if any(m.sentence(h.start) == sentence for h in m.of("OFFER_LAPSED")):
        return True
    if _received(m, cue, offers):
        return True
    if any(m.sentence(h.start) == sentence for h in m.of("OFFER_WENT_OUT")) and any(
        m.sentence(h.start) == sentence and h.phrase in _NO_ANSWER for h in m.of("NEGATIONS")
    ):
        return True  # "Tilbudet til Tine gikk ut i dag uten svar"
    # "Fulgte opp tilbudet", "followed up on the quote", "följde upp offerten": the offer is
    # what was followed up (a call, if the message says one; see _cues)
    return any(
        h.end <= cue.start <= h.end + 2
        and all(t.folded in _ON_THE for t in m.tokens[h.end : cue.start])
        for h in m.of("FOLLOW_UPS")
    )


# A customer's purchase said as theirs ("Lego kjøpte …"): ours only when nobody else sold it.
# (Named apart from the buying words below, which shadowed it: "har kjøpt" was not read.)
_THEIR_PURCHASES = {
    "bought", "purchased", "has bought", "have bought", "kjopte", "kjopt", "har kjopt",
    "kobte", "kobt", "har kobt", "kopte", "kopt", "har kopt",
}  # fmt: skip


def _bought_elsewhere(m: Message, cue: Cue) -> bool:
    """ "Lego bought 200 licences from Microsoft", "Lego kjøpte 200 lisenser fra Microsoft",
    "Lego købte … af Microsoft": the customer bought from someone else, in the cue's clause
    after it: no win of ours (it was a sure win, at the open offer's amount). "… fra oss", "from
    us" stays ours."""
    if cue.kind is not ActivityKind.WIN or cue.label not in _THEIR_PURCHASES | _PURCHASES:
        return False
    clause = m.clause(cue.start)
    for i in range(max(cue.words) + 1, len(m.tokens) - 1):
        token = m.tokens[i]
        if m.clause(i) != clause:
            break
        if token.folded in _FROM:
            after = m.tokens[i + 1]
            return (
                after.is_word
                and after.folded not in _US
                and after.folded not in _OURS
                and i + 1 not in m.date_words  # "… fra 1. januar", "fra mandag": when
                and not after.text[:1].isdigit()
            )
    return False


def _received(m: Message, cue: Cue, offers: list[Hit]) -> bool:
    """ "Tilbudet til Tine bekreftet mottatt (85k)", "Tine har lest tilbudet", "Offerten är
    mottagen av Volvo": an offer noun and its receipt (or reading) in one clause, the cue's: an
    offer already out reached the customer, nothing sent now, nothing sold."""
    return any(
        m.clause(h.start) == m.clause(cue.start)
        and any(m.clause(o.start) == m.clause(h.start) for o in offers)
        for h in m.of("OFFER_RECEIVED")
    )


# "de vil gå videre", "they want to go ahead": the customer's will is their decision, no plan
_THEY = {"de", "dei", "dom", "they", "kunden", "kunde", "kund", "kunderne", "client", "customer"}
_WANT = {"vil", "vill", "want", "wants", "want to", "wants to", "onsker", "onsker a", "will"}


def _they_decided(m: Message, h: Hit, cue: Cue) -> bool:
    """ "Asda came back – they want to go ahead £60k", "Tine ringte, de vil gå videre": a
    win word after "they want": the customer's yes (asked, as a weak win word is), not ours to
    come."""
    return (
        cue.kind is ActivityKind.WIN
        and h.start > 0
        and h.end <= cue.start
        and fold(h.phrase) in _WANT
        and m.tokens[h.start - 1].folded in _THEY
    )


_FOR = {"for", "fur", "at"}  # folded: "för", "åt"


def _for_a_colleague(m: Message, cue: Cue) -> bool:
    """ "Sendte tilbud til Tine for Kari", "Booked a meeting with Novo for <@U0KARI>": the work
    done for a colleague named last in the cue's sentence (a mention, or a first name that is no
    customer): theirs to log, never the author's record unasked."""
    sentence = m.sentence(cue.start)
    words = [i for i, t in enumerate(m.tokens) if t.sentence == sentence and t.is_word]
    if cue.celebration and words and words[-1] < cue.start:
        # "Avtalen med Kiwi er i boks for Jonas 🎉": the cheer after it, the colleague last
        return len(words) >= 2 and _a_colleague_last(m, words[-1], words[-2])
    while len(words) > 2 and _a_cheer(m.tokens[words[-1]].text) and words[-1] > cue.end:
        words = words[:-1]  # "… for Jonas 🎉": a cheer after the words (Session 20)
    if len(words) < 2 or words[-1] <= cue.start:
        return False
    # Session 20: "Kiwi-avtalen er visst i boks for Jonas, gratulerer!": the colleague named
    # last in the cue's clause, then praise (the clause's end, not the sentence's)
    clause = m.clause(cue.start)
    in_clause = [i for i in words if m.tokens[i].clause == clause]
    if (
        len(in_clause) >= 2
        and in_clause[-1] != words[-1]
        and in_clause[-1] > cue.start
        and any(h.category == "PRAISE" and m.clause(h.start) != clause for h in m.hits)
    ):
        words = in_clause
    return _a_colleague_last(m, words[-1], words[-2])


def _a_cheer(text: str) -> bool:
    return not text[:1].isalnum() and text != "@person"


def _a_colleague_last(m: Message, at: int, word_before: int) -> bool:
    """ "… for Kari", "… for <@U0KARI>" ending the words read: a colleague, no customer."""
    last, before = m.tokens[at], m.tokens[word_before]
    if before.folded not in _FOR or word_before != at - 1:
        return False
    if any(n.start <= at < n.end for n in m.known):
        return False  # "… for Equinor": the customer
    return last.text == "@person" or (
        last.text[:1].isupper() and last.folded in signals.FIRST_NAMES
    )


def _reminded(m: Message, cue: Cue) -> bool:
    """ "Husk møde med Novo kl 14!", "Glem ikke tilbudet til Orkla i morgen", "Don't forget the
    Tesco call": a reminder in the cue's sentence, before it, says what is to be done (posted
    after the hour too), never what was."""
    sentence = m.sentence(cue.start)
    return any(
        h.category == "REMINDERS" and h.start <= cue.start and m.sentence(h.start) == sentence
        for h in m.hits
    )


# readers26. "Skal ha møte med Telenor torsdag", "Ska träffa Electrolux imorgon kl 9", "Skal
# mødes med Novo på fredag": a meeting said in the future with a day of its own is the lead's
# next step (judge reads its day ahead and keeps it only when it is a day, not a week or a month)
_PLAN_AUX = {"skal", "ska", "skall", "will", "'ll", "we'll", "i'll", "shall"}
_PLAN_BETWEEN = {"ha", "have", "vi", "jeg", "jag", "eg", "ut", "ud", "til", "till"}


def a_dated_plan(m: Message, cue: Cue) -> bool:
    """A meeting cue after "skal", "ska" ("Skal ha møte med …", "Vi ska träffa …"), a date word
    in its sentence and no question anywhere in the message ("…, noen tips?" asks the team)."""
    if cue.kind is not ActivityKind.MEETING or any("?" in t.text for t in m.tokens):
        return False
    i = cue.start - 1
    while i >= 0 and m.tokens[i].folded in _PLAN_BETWEEN and cue.start - i <= 3:
        i -= 1
    if i < 0 or m.tokens[i].folded not in _PLAN_AUX:
        return False
    sentence = m.sentence(cue.start)
    return any(m.sentence(w) == sentence for w in m.date_words)


_DID_WHAT = {"a", "an", "another", "my", "our", "some", "loads", "lots", "two", "three", "four"}


def _did_as_done(m: Message, first: int) -> bool:
    """pairs29. "Did 12 calls today and booked …", "Did a demo for Boots today": "did" then a
    count or an article, no question mark in its sentence, is what was done, no question
    ("Did we win Tesco" and "Did Boots sign?" stay questions)."""
    if m.tokens[first].folded != "did" or first + 1 >= len(m.tokens):
        return False
    sentence = m.tokens[first].sentence
    if any("?" in t.text for t in m.tokens if t.sentence == sentence):
        return False
    after = m.tokens[first + 1]
    return after.text.isdigit() or after.folded in _DID_WHAT


def _blocked(m: Message, cue: Cue) -> str | None:
    """Hard reasons this cue records nothing."""
    clause = _clause_tokens(m, cue)
    sentence = m.sentence(cue.start)
    in_clause = [h for h in m.hits if h.start in clause]
    # A question: the clause ends in "?" or the sentence opens with a question word.
    ends = [m.tokens[i].text for i in (clause.stop - 1, clause.stop) if i < len(m.tokens)]
    if any("?" in text for text in ends):
        return "question"
    if cue.present and any("?" in t.text for t in m.tokens if t.sentence == sentence):
        return "question"  # "Vi träffar Volvo nästa tisdag, förberedelse på måndag?"
    if _asked_of_you(m, sentence):
        return "question"  # lead36: "Fikk du sendt tilbudet til Kiwi, Ole?"
    if cue.kind is ActivityKind.LOSS and _tried_in_vain(m, cue):
        return "tried-in-vain"  # lead38: "Tried Dyson 3 times today, no luck": no one reached
    if cue.present and _someone_elses_win(m, cue):
        return "their-habit"  # "Telia ringer oss hele tiden": they call, in the present
    first = next(i for i, t in enumerate(m.tokens) if t.sentence == sentence)
    if any(h.category == "QUESTION_STARTS" and h.start == first for h in m.hits) and not (
        _did_as_done(m, first)
    ):
        return "question"
    if _not_yet(m, cue):
        return "not-yet"
    if _reminded(m, cue):
        return "reminder"
    if cue.label == "cw" and re.fullmatch(r"[0-9]{1,2}", _next_word(m, cue.end)):
        return "calendar-week"  # "CW 48: meetings with Yara" (closed-won is "CW Yara 300k")
    if _a_new_customers_offer(m, cue):
        return "new-customers-offer"
    if any(
        h.category == "NOT_SALES"
        and not _a_paper_beside(m, h, cue)
        and not _signed_up_as_a_customer(m, h)
        and not _in_a_name(m, h)
        for h in m.hits
    ):
        return "not-sales"
    if _we_bought(m, cue):
        return "we-bought"
    if _a_deal_described(m, cue):
        return "described"  # session 57: "… — my first Norwegian deal 🇳🇴": no customer "Norwegian"
    if cue.kind is ActivityKind.WIN and _they_did_it_themselves(m, cue):
        return "their-own"  # session 56: "de köpte in allt själva": a loss's reason, no sale
    if _helped_a_colleague(m, cue):
        return "a-colleagues"  # lead37: "Hjalp @Per med tilbudet til Kiwi på 300k": Per's
    if cue.kind is ActivityKind.CALL and _called_by_a_vendor(m, cue):
        return "called-by-a-vendor"  # lead36: "Ble ringt av en selger fra Telenor i dag"
    if cue.kind is ActivityKind.OFFER and _not_sent_yet(m, cue):
        return "offer-not-sent"  # lead36: "Tilbud til Kiwi 450k – sendes fredag"
    if cue.label in _READY and any(
        h.category == "OFFER_NOUNS"
        and h.end <= cue.start
        and m.clause(h.start) == m.clause(cue.start)
        for h in m.hits
    ):
        return "offer-ready"  # "Offerten till Volvo är klar, skickas på måndag": not sent yet
    before_or_inside = [
        h
        for h in in_clause
        if (h.start < cue.end or (cue.verbless and not _joined_on_after(m, cue, h)))
        and not _same_as_cue(h, cue)
        and not (h.category == "NEGATIONS" and _of_the_logging(m, h))
    ]
    if any(h.category == "NEGATIONS" for h in before_or_inside) or any(
        h.category == "NEGATIONS"
        and cue.end <= h.start <= cue.end + 1
        # heldmsg32. "Ringte Orkla uten svar": nobody answered the call (asked as a call
        # below), never a call not made
        and not (cue.kind is ActivityKind.CALL and _says_no_answer(m, h))
        for h in in_clause
    ):
        return "negation"
    # "Möte med SEB nästa tisdag": for a meeting or call, a "next" inside a date is when it
    # is planned (the lead's next activity), not a plan to do it.
    # readers26: the noun opening the message too ("Meeting Boots next Tuesday at 10": judged
    # a plan asked, the name new)
    dated = (cue.strong or cue.start == 0) and cue.kind in (ActivityKind.MEETING, ActivityKind.CALL)
    if any(
        h.category == "FUTURE"
        and not (dated and all(i in m.date_words for i in range(h.start, h.end)))
        # heldmsg28. "Next rang this morning, booked a call …": the known customer's name
        and not any(n.start <= h.start and h.end <= n.end for n in m.known)
        and not _a_topic(m, h)
        and not (cue.booked and h.phrase in _NEXT and h.end in cue.words)
        and not _their_wish(m, h, guessed=cue.booked)
        and not _they_decided(m, h, cue)
        and not (h.phrase in _PLAN_AUX and a_dated_plan(m, cue))
        # session 65: "har aldrig fået logget mit møde med Tolv Tønder inden efterårsferien",
        # "never logged my … meeting before half term": told late, the time before is gone
        and not (h.phrase in _BEFORE_WORDS and logging_not_done(m))
        for h in before_or_inside
    ):
        return "future"
    if (
        cue.kind is ActivityKind.WIN
        and m.tokens[min(cue.words)].folded.startswith(_SIGNING)
        and wanted_before(m, min(cue.words))
    ):
        # heldmsg34. "…, de vil signere før 30/6", "de vill signera före 30/6": their wish to
        # sign by today, no win (was: a second record, a win asked, or stored sure)
        return "wish"
    if cue.kind is ActivityKind.WIN and any(_to_get_it(m, at) for at in cue.words):
        # session 65: "ga Mestergruppen 8 % rabatt på tilbudet for å få det signert før
        # månedsskiftet", "to get it signed": what the seller did it for, no win (was asked)
        return "wish"
    if any(h.category == "HEDGES" and not _same_as_cue(h, cue) for h in in_clause):
        return "hedge"
    sent = cue.kind is ActivityKind.OFFER and cue.strong
    if not sent and any(h.category == "WISHES" and h.phrase not in "🤞🙏" for h in in_clause):
        return "wish"
    # "Telenor signed today 🙏": after a word in the past the folded hands thank; around a
    # weak word they hope, as crossed fingers do.
    hoping = "🤞" if cue.strong else "🤞🙏"
    # "…sagde ja i telefonen, men vi venter på den underskrevne kontrakt 🤞": the hope is the
    # signing's, in its own clause (asked: see signing-to-come), not the yes said
    to_come = {m.clause(h.start) for h in m.of("SIGNING_TO_COME")} - {m.clause(cue.start)}
    if (
        cue.kind in (ActivityKind.WIN, ActivityKind.LOSS)
        and not cue.label.endswith(f"+{TO_COME}")  # session 66: hoped for, asked (judge)
        and any(
            h.phrase in hoping
            and m.sentence(h.start) == sentence
            and m.clause(h.start) not in to_come
            for h in m.hits
        )
    ):
        return "wish"
    if _a_colleague_got(m, cue) or _told_by_a_colleague(m, cue):
        return "their-news"
    if (
        any(h.category == "PRAISE" for h in before_or_inside)
        or (
            (cue.celebration or _a_colleague_s(m, cue) or _a_colleague_hailed(m, cue))
            and any(h.category == "PRAISE" for h in m.hits)
        )
        or _a_colleague_praised_first(m, cue)
    ):
        return "praise"
    if cue.kind is ActivityKind.CALL and any(
        h.category == "NEGATIONS"
        and m.sentence(h.start) == sentence
        and not _their_no(m, h.end)
        and not _their_undecided(m, h)
        and not _no_decision(m, h)
        and not _nothing_yet(m, h)
        and not _a_remark_of_it(m, h)
        and not _no_news(m, h)
        and not one_days_no_answer(m, h, cue)
        # session 65: "call with Saxon Print, never got logged": the logging not done, the
        # call was (was asked as a call nobody answered)
        and not _of_the_logging(m, h)
        for h in m.hits
    ):
        return "no-answer"  # "Ringte Yara, fikk ikke svar"
    if cue.verbless and cue.kind is ActivityKind.MEETING and cue.end < len(m.tokens):
        if cue.end not in cue.words and _word_class(m, cue.end) == "thing":
            return "a-meeting-word-in-a-name"  # "Demo environment for Orkla is down"
    if cue.label.rsplit(" ", 1)[-1] in _POSSESSIVES and cue.end < len(m.tokens):
        nxt = m.tokens[cue.end]
        if nxt.is_word and nxt.text not in "🎉🤞🙏" and cue.end not in m.date_words:
            return "our-something"  # "Equinor er vår største kunde", not "Equinor er vår"
    if _lapsed(m, cue):
        return "offer-lapsed"
    if _bought_elsewhere(m, cue):
        return "bought-elsewhere"
    if cue.kind in (ActivityKind.OFFER, ActivityKind.WIN) and not cue.celebration:
        # In the cue's own clauses: "Orkla ba om rabatt, sendte nytt tilbud på 950k" is our
        # offer, the discount asked for in a clause before it ("Black Friday-rabatt hos
        # Elkjøp", "tilbud fra Telia" are about the offer they are said with).
        clauses = {m.clause(i) for i in cue.words}
        if any(
            h.category == "OFFER_NOT_OURS"
            and m.sentence(h.start) == sentence
            and m.clause(h.start) in clauses
            and not _from_us(m, h.end)
            # "tilbud sendt … på Black Friday": the day it was sent (session 23)
            and not (
                h.start > 0
                and m.tokens[h.start - 1].folded in ("pa", "on")
                and all(i in m.date_words for i in range(h.start, h.end))
            )
            and not _a_discount_given(m, h)
            # session 54: "fikk tilbud ut til Statkraft": our offer got out, none received
            and not any(
                s.category == "SEND_VERBS" and s.start <= h.start and h.end < s.end for s in m.hits
            )
            for h in m.hits
        ):
            if cue.kind is ActivityKind.OFFER or "+" in cue.label:
                return "not-our-offer"
    if _long_ago(m, sentence) or _earlier_year(m, sentence):
        return "long-ago"  # "Last year we won Equinor", "We signed Orkla in 2019"
    if cue.kind is ActivityKind.WIN and _in_sentence(m, cue, "THEIR_NEWS"):
        return "their-news"
    if cue.kind is ActivityKind.WIN and _a_third_party_won_the_sale(m, cue):
        # session 51: "Netcompany har lige vundet det store udbud i Region Hovedstaden, øv",
        # "Atea har vunnet anbudet hos Statens vegvesen": a firm named before "har vunnet" and
        # a sale after it: that firm won it (was our win, asked of the place)
        return "their-win"
    if (
        cue.after_only
        and _someone_elses_win(m, cue)
        and _next_word(m, cue.end) not in _OURS
        and not any(cheered_after(m, n, cue) for n in (*m.known, *m.guessed))
    ):
        return "their-win"  # not "DNB vant vi!": the customer first, we won them
    if (
        cue.kind is ActivityKind.LOSS
        and cue.label in _ACTIVE_LOSSES
        and _next_word(m, cue.end) not in _OURS  # "Atlas Copco tappade vi": we lost them
        and _someone_elses_win(m, cue)
    ):
        return "their-loss"  # "Volvo förlorade mycket på börsen": Volvo lost, not we
    if cue.kind is ActivityKind.WIN and _they_won_it_praised(m, cue):
        # session 55: "Great news from the Oslo office – they closed Equinor last night! Well
        # done Ingrid 👏": the win is theirs, praised (was the author's, dated yesterday)
        return "their-win"
    if any(h.category == "ON_BEHALF" for h in m.hits) or _quoting(m) or _writing_for(m):
        return "someone-else"  # "På vegne av Ola: vant Yara 300k": not the author's figure
    if _for_a_colleague(m, cue):
        return "someone-else"  # "Sendte tilbud til Tine for Kari": Kari's, never the author's
    if _my_family_did_it(m, cue):
        return "someone-else"  # session 42: "lol my 3yo just called Tesco "the big shop" 😂"
    if _praised_first(m, cue):
        return "someone-else"  # "Great work Lars, won Nammo 320k": Lars's win, praised
    subject = cue.start - 1
    # "Kari hadde møte med Yara": past "had", "was" before a meeting noun, then who; "Ola har
    # fått nei fra Nordea": who got the answer
    skipped = _AUX | _HAD | _HEARSAY | (_GOT if cue.kind is ActivityKind.LOSS else set())
    if cue.kind in (ActivityKind.MEETING, ActivityKind.CALL):
        # Session 42. "Ola hadde et kjempebra møte med Equinor i dag": how the talk went, said
        # between "had a" and the talk (was: stored as the author's meeting, sure)
        skipped = skipped | _HOW_A_TALK_WENT | _DID_THE
    while subject >= 0 and m.tokens[subject].folded in skipped and m.tokens[subject].is_word:
        if m.tokens[subject].folded in _WE and m.tokens[subject].sentence == m.sentence(cue.start):
            # session 45: "@Trond vi tapte Hafslund", "@Kari we lost Boots": we did it, said to
            # a colleague named first (was: the colleague's news, nothing)
            return None
        subject -= 1
    if subject > 0 and m.tokens[subject].folded in _RELATIVES:
        subject -= 1  # "Hurra for Kari som vant Nammo", "kudos to Ola who closed Yara"
    if subject >= 0 and m.tokens[subject].is_word:
        word = m.tokens[subject]
        with_me = subject >= 2 and (
            m.tokens[subject - 1].folded in _AND - {","}
            and m.tokens[subject - 2].folded in _OURS | _US
        )  # "Jeg og @Kari signerte Yara", "Me and @Kari closed Yara": ours too
        inside = any(n.start <= subject < n.end for n in m.known)  # "Direct Line signed"
        # session 57: or a name's later word ("Stena Line tecknade avtal": was Line's, a colleague)
        inside = inside or any(n.start < subject < n.end for n in m.guessed)
        # lead36: a first name that is also a word ("Liv", "Max", "Mark", "Bill"), opening its
        # sentence right before the verb: a colleague too (was: "Liv ringte Telenor i går", "Mark
        # sent Tesco a quote £20k" stored as the author's, sure)
        opening = subject == 0 or m.tokens[subject - 1].sentence != word.sentence
        if (
            not with_me
            and not inside
            and (
                word.text == "@person"
                or (
                    word.text[:1].isupper()
                    and word.folded in signals.FIRST_NAMES
                    # session 49: "Veidekke ASA signerte i går": a legal form, no Åsa
                    and word.text not in LEGAL_SUFFIXES
                )
                or (
                    opening
                    and not cue.verbless
                    # another name after the verb: the customer ("Sky signed £40k" is Sky's)
                    and any(n.start > subject + 1 for n in (*m.known, *m.guessed))
                    and word.text[:1].isupper()
                    and word.text[1:2].islower()
                    and word.folded in signals.NAMES_ALSO_WORDS
                )
            )
        ):
            return "someone-else"
    return None


_MY = {"my", "min", "mi", "mitt", "mine", "mina", "mit", "our", "vår", "var"}
_WE = {"vi", "we"}
_FAMILY = {
    fold(w)
    for w in "kid kids son daughter wife husband mum mom dad mother father boy girl toddler baby "
    "partner gf bf sønn sønnen datter dattera datteren kone mann sambo unge ungen barn barnet "
    "gutt gutten jente jenta son sonen dotter dottern fru frun sambon ungar søn sønnen datter "
    "kæreste kæresten mor far mamma pappa 2yo 3yo 4yo 5yo 6yo 7yo 8yo".split()
}


# Session 57. The logging of work, not the work ("Fik aldrig logget mødet med ISS …", "never
# logged the call with Tesco", "har ikke fått registrert møtet"; folded)
_LOGGED = {
    "logget", "loggede", "loggat", "loggade", "logged", "logge", "logga", "log", "logg",
    "registrert", "registreret", "registrerat", "registrerte", "registrerade", "registered",
    "fort", "fortt", "logging", "registrere",
}  # fmt: skip


_BEFORE_WORDS = {"before", "innan", "innen", "inden", "for", "før", "fore"}
# Session 65. Words that the work's logging was forgotten, never or not done (folded)
_NOT_DONE = {"glemte", "glemt", "glomde", "glomt", "forgot", "forgotten", "never", "aldri",
             "aldrig", "ikke", "inte", "not", "didn't", "didnt"}  # fmt: skip


def logging_not_done(m: Message, before: int | None = None) -> bool:
    """Session 65. The message says its work's logging was forgotten or not done ("glemte å
    logge", "never logged", "har aldrig fået logget"); with `before`, said before that token in
    its sentence."""
    end = len(m.tokens) if before is None else before
    sentence = None if before is None else m.sentence(before)
    return any(
        t.folded in _NOT_DONE
        and (sentence is None or m.sentence(i) == sentence)
        and any(u.folded in _LOGGED for u in m.tokens[i + 1 : min(i + 4, end)])
        for i, t in enumerate(m.tokens[:end])
    )


_TO_GET = {("for", "a", "fa"), ("for", "att", "fa"), ("for", "at", "fa"), ("to", "get"),
           ("so", "they"), ("sa", "de"), ("for", "og", "fa"), ("in", "order", "to")}  # fmt: skip


def _to_get_it(m: Message, at: int) -> bool:
    """Session 65. The win's word said as what the seller is after: "for å få (det) signert",
    "för att få det påskrivet", "for at få den underskrevet", "to get it signed"."""
    before = [t.folded for t in m.tokens[max(0, at - 5) : at]]
    return any(
        tuple(before[i : i + len(words)]) == words
        for words in _TO_GET
        for i in range(len(before) - len(words) + 1)
    )


def _of_the_logging(m: Message, h: Hit) -> bool:
    """Session 57. A negation said of logging the work, within two words after it ("aldrig
    logget", "not logged", "ikke fått logget"): the work itself was done (was nothing)."""
    return any(t.folded in _LOGGED for t in m.tokens[h.end : h.end + 3])


_AUTHORS_OWN = {fold(w) for w in "my our min mitt mine vår vårt våre vores mit mina vårat".split()}
_DEALS_NOUNS = {fold(w) for w in "deal avtale avtal aftale kontrakt contract".split()}


_WRITING = {fold(w) for w in "skriver skriv writing posting logger".split()}
_FOR_WHOM = {fold(w) for w in "for för åt".split()}


def _writing_for(m: Message) -> bool:
    """Session 57. "Skriver for Jonas, han sidder fast i trafikken: …", "Writing for @Kari":
    the message opens by writing for a person (a first name or a mention), so it is theirs."""
    t = m.tokens
    return (
        len(t) > 2
        and t[0].folded in _WRITING
        and t[1].folded in _FOR_WHOM
        and (
            t[2].text == "@person"
            or (t[2].text[:1].isupper() and t[2].folded in signals.FIRST_NAMES)
        )
    )


def _a_deal_described(m: Message, cue: Cue) -> bool:
    """Session 57. A weak win by the deal's noun with "my"/"our"/"min"/"vår" and a capitalised
    word before it ("my first Norwegian deal"): the author telling of a deal, no record of a
    customer named by the words between."""
    if cue.strong or cue.kind is not ActivityKind.WIN:
        return False
    if not any(m.tokens[i].folded in _DEALS_NOUNS for i in range(cue.start, cue.end)):
        return False
    before = m.tokens[max(0, cue.start - 4) : cue.start]
    ours = [k for k, t in enumerate(before) if t.folded in _AUTHORS_OWN]
    # (review: "My first Equinor deal 🎉 2,4 mill" is Equinor's win; only a people's or a
    # country's word between them describes the deal: "my first Norwegian deal")
    said = [t for t in before[ours[-1] + 1 :] if t.text[:1].isupper()] if ours else []
    return bool(said) and all(t.folded.startswith(_DEMONYMS) for t in said)


_DEMONYMS = (
    "norw", "swed", "dan", "brit", "engl", "scot", "welsh", "irish", "scand", "nordic", "europ",
    "german", "finn", "finsk", "american", "internat", "norsk", "svensk", "dansk", "tysk",
    "britisk", "engelsk", "amerikansk", "europeisk", "nordisk", "skandinavisk",
)  # fmt: skip


def _my_family_did_it(m: Message, cue: Cue) -> bool:
    """Session 42. "my 3yo just called Tesco", "sønnen min ringte Telenor": someone at home
    did it, no sale of the author's."""
    clause = m.clause(cue.start)
    before = [t.folded for t in m.tokens[: cue.start] if t.clause == clause and t.is_word]
    for i, word in enumerate(before):
        if word in _FAMILY and (
            (i > 0 and before[i - 1] in _MY) or (i + 1 < len(before) and before[i + 1] in _MY)
        ):
            return True
    return False


_READY = {"klar", "klart"}
# How a talk went, said before its noun ("et kjempebra møte", "a really productive call"), folded
# Session 52. Who held the talk, said with its doing verb and article ("<@U…> did the demo at
# Schroders on Tuesday", "Kari holdt demoen hos Tine": was stored as the author's meeting, sure)
_DID_THE = {
    fold(w)
    for w in "did held ran gave took delivered gjorde holdt tok höll körde tog kørte afholdt "
    "the a an en et ett ei".split()
}
_HOW_A_TALK_WENT = {
    fold(w)
    for w in "bra godt god gode kjempebra kjempegodt veldig virkelig super supert fint fin flott "
    "nyttig nyttigt spennende interessant interessante positivt positiv produktivt produktiv "
    "trevlig trevligt givande lyckat lyckad riktigt rigtig rigtigt fedt spændende mycket meget "
    "great good nice lovely productive useful positive interesting excellent brilliant "
    "fantastic fantastisk strålende really very quick short long kort lang långt langt "
    # session 53: slang and more ("Sara hade ett grymt möte med Volvo Group": was stored as
    # the author's meeting, sure)
    "grymt grym grymma jättebra jätte skitbra sjukt kanon kanonbra toppen suverent suveränt "
    "solid solidt superb amazing awesome cracking decent første första forste first initial "
    "intro".split()
}
_HOW_A_TALK_WENT |= {fold(w) for w in "rått ratt råbra mega megabra".split()}  # session 58
# Session 58. Heard of, between who and the verb: "@Marte hadde visst et rått møte med DNB",
# "Anna hade tydligen ett grymt möte med Saab" (were stored as the author's meetings, sure)
_HEARSAY = {
    fold(w)
    for w in "visst visstnok tydeligvis tydligvis tydligen åpenbart åpenbarligen vist vistnok "
    "åbenbart angiveligt apparently reportedly supposedly".split()
}
# lead36 (_not_sent_yet): an offer still to go out, or gone to our own approval, folded
_TO_GO_OUT = re.compile(
    r"\b(?:sendes|skickas|sendes ut|skickas ut|going out|goes out|will be sent|to be sent|"
    r"will go out|skal sendes|ska skickas|skal ut|ska ut|gar ut i morgen|gar ut imorgon|"
    r"will send|ready to send|klar til a sendes|klar for utsending|"
    # lead37: only thinking of it ("lurer på å sende tilbud til Sats", "considering sending")
    r"lurer pa a send\w*|tenker pa a send\w*|vurderer a send\w*|funderar pa att skicka|"
    r"overvejer at sende|taenker pa at sende|thinking of sending|thinking about sending|"
    r"considering sending|should i send|skal jeg sende|ska jag skicka|skal jeg sende)\b"
)
_OUR_APPROVAL = re.compile(
    r"\b(?:haper a fa sendt|hoper a fa sendt|hoppas fa skicka|hoppas kunna skicka|"
    r"haber at fa sendt|hoping to send|hope to send|hope to get|intern godkjenning|internt godkjent|til godkjenning|for godkjenning|intern godkannande|"
    r"for godkannande|till godkannande|intern godkendelse|til godkendelse|internal approval|"
    r"sign-off from|signoff from|sign off from|waiting on sign-off|awaiting approval|for approval)\b"
)
_SENT_WORDS = {"sendt", "sent", "sendte", "skickat", "skickad", "skickade", "sendtes"}
_THE_CLIENT = {"kunden", "kunderna", "kunderne", "kundene", "client", "customer"}
# "nästa möte bokat", "next meeting booked": the meeting booked is the next one, no plan to book
_NEXT = {"next", "neste", "nasta", "naste", "nästa", "næste"}

# "fått nei", "fick nej", "got a no": who got it is the one it happened to.
_GOT = {"fatt", "fikk", "fick", "fik", "faet", "got", "gotten", "received", "mottok"}


# Buying words: a customer's order when the customer bought ("Storebrand bought 40 licenses").
_PURCHASES = {
    fold(w)
    for w in "bestilte bestilt beställde beställt ordered kjøpte köpte købte bought purchased "
    "kjøper köper køber".split()
}
_BY = {"av", "by", "fra", "from", "fran", "af", "of"}
# The customer taking our offer ("Hafslund tok tilbudet"), said of the author it is our purchase
_TAKING_THE_OFFER = ("tok ", "tog ", "took ", "sa ja", "sade ja", "said yes")


def _we_bought(m: Message, cue: Cue) -> bool:
    """ "var innom Elkjøp på vei hjem, kjøpte ny lader", "Bestilte lunsj til teamet": a buying
    word with no one before it in its clause (the author), or we: what we bought, not a sale.
    Not "Equinor har bestilt 20 lisenser", nor "bestilt av Equinor"."""
    if cue.kind is ActivityKind.WIN and fold(cue.label).startswith(_TAKING_THE_OFFER):
        # session 67: "Jeg tok tilbudet fra Telia på ny mobil": an offer we took, from them
        before = m.tokens[cue.start - 1].folded if cue.start > 0 else ""
        return before in _OURS or _next_word(m, cue.end) in _BY
    if cue.kind is not ActivityKind.WIN or fold(cue.label) not in _PURCHASES:
        return False
    if _next_word(m, cue.end) in _BY:
        return False
    i = cue.start - 1
    while i >= 0 and m.tokens[i].is_word and m.tokens[i].folded in _AUX - _OURS:
        i -= 1
    return (
        i < 0
        or not m.tokens[i].is_word
        or m.tokens[i].clause != m.clause(cue.start)
        or m.tokens[i].folded in _OURS
    )


_HOMEWARD = ("pa vei hjem", "pa vag hem", "pa vej hjem", "on the way home", "on my way home")


def _errand(m: Message) -> bool:
    """ "var innom Elkjøp på vei hjem, kjøpte ny lader": a visit on the way home, or one where
    the author bought something, is an errand at a shop, not a customer meeting."""
    text = " ".join(t.folded for t in m.tokens)
    if any(phrase in text for phrase in _HOMEWARD):
        return True
    return any(
        _we_bought(m, Cue(ActivityKind.WIN, True, h.start, h.end, h.phrase))
        for h in m.of("WIN_VERBS")
    )


_WANTED = {"ville", "wanted", "ville ha", "onsket", "ville gerne"}


def _their_wish(m: Message, h: Hit, *, guessed: bool = False) -> bool:
    """ "Norgesgruppen ville ha tilbud, sendt 2,3 mill …": what the customer wanted (its name
    right before the word), not a plan of ours. A new name too before a meeting booked ("Tesco
    want to meet next Thursday – booked!")."""
    names = (*m.known, *m.guessed)
    if fold(h.phrase).split(" ")[0] in _WANTING and any(
        n.end == h.start and any(o.start < n.start and o.display == n.display for o in names)
        for n in names
    ):
        # session 45: a new name said again as who wants it ("Møde med Grundfos i dag og
        # Grundfos vil have et tilbud": was a plan of ours, nothing)
        return True
    wanted = _WANTED | (_WANTING if guessed else set())
    if h.phrase not in wanted and fold(h.phrase).split(" ")[0] not in wanted:
        return False
    if (
        h.start > 0
        and m.tokens[h.start - 1].folded in _THEY
        and any(n.end <= h.start for n in (*m.known, *m.guessed))
    ):
        return True  # session 40: "Tilbudet til Gjensidige på 540k: de ville ha 10% rabatt, …"
    return any(n.end == h.start for n in (*m.known, *(m.guessed if guessed else ())))


# The customer named before, said again as "they" ("de ville ha rabatt", "they wanted").
_THEY = {"de", "dei", "dom", "they", "kunden", "kunderna", "kunderne"}


_WANTING = {"want", "wants", "want to", "wants to", "vil", "vill", "onsker", "onskar"}
# heldmsg34: a signing ("signere", "signera", "sign", "skrive under", "underskrive"), wanted
# ("they want to go ahead" is a yes, asked: talks17)
_SIGNING = ("sign", "skriv", "underskriv", "underteg")


def _with_me(m: Message, i: int) -> bool:
    """A colleague (@person) named with "I" as who did it: "@Kari og jeg", "jeg og @Kari"."""
    if m.tokens[i].text != "@person":
        return False
    after = [t.folded for t in m.tokens[i + 1 : i + 3]]
    before = [t.folded for t in m.tokens[max(0, i - 2) : i]]
    me = {"jeg", "jag", "i", "me", "mig", "meg", "eg"}
    joins = {"og", "and", "och", "&"}
    if i > 0 and m.tokens[i - 1].folded in {"w", "w/", "with", "med", "m", "sammen", "together"}:
        return True  # "onsite workshop today w/ @Alex": a colleague along
    return (len(after) == 2 and after[0] in joins and after[1] in me) or (
        len(before) == 2 and before[1] in joins and before[0] in me
    )


# left32. A colleague's word, and the team a colleague is from ("Sam from our team")
_COLLEAGUE_WORDS = {"kollega", "kolleger", "kollegor", "kollegaer", "colleagues"}
_TEAM_WORDS = {"team", "teamet", "the team", "salgsteamet", "säljteamet", "the sales team"}
_ALONG_WITH = {"w", "w/", "with", "med", "m"}
_COLLEAGUE_ARTICLES = {
    "en", "ett", "et", "a", "my", "min", "mi", "var", "vart", "our", "vores", "one", "of",
    "en av", "one of", "ny", "new", "two", "to", "tva", "2",
}  # fmt: skip
_FROM_A_TEAM = {"from", "fra", "fran", "i", "in", "on", "pa"}
_OUR_TEAM = {"our", "var", "vart", "vores", "mitt", "my", "the", "vort", "sales", "new"}


def _a_colleague_along(m: Message, h: Hit, name: Name) -> bool:
    """left32. A colleague along to the customer's, after the customer's name: "med kollega",
    "sammen med en kollega", "tillsammans med kollegor", "with a colleague"; or a first name
    "from our team", "fra teamet", "från säljteamet" after "with"/"med". Not a meeting WITH a
    colleague ("Møte med kollega om Tine": the customer named after)."""
    if h.start < name.end:
        return False
    tokens = m.tokens
    phrase = fold(h.phrase)
    i = h.start - 1
    if phrase in {fold(w) for w in _TEAM_WORDS}:
        while i > name.end and tokens[i].folded in _OUR_TEAM:
            i -= 1
        if i <= name.end or tokens[i].folded not in _FROM_A_TEAM:
            return False
        i -= 1  # the colleague's first name (or a mention) before "from"
        if i <= name.end or not (
            tokens[i].text == "@person" or (tokens[i].is_word and tokens[i].text[:1].isupper())
        ):
            return False
        i -= 1
    elif phrase not in _COLLEAGUE_WORDS:
        return False
    while i > name.end and tokens[i].folded in _COLLEAGUE_ARTICLES | _COLLEAGUE_WORDS:
        i -= 1
    return i >= name.end and tokens[i].folded in _ALONG_WITH and m.clause(i) == m.clause(h.start)


def _praised_first(m: Message, cue: Cue) -> bool:
    """ "Great work Lars, won Nammo 320k", "Gratulerer @Kari! Signert Telenor": praise said to
    a colleague by name before the news, in the same message: the colleague's news. Session 43:
    also a colleague's mention right before the praise ("🙌 @Mette flot arbejde med
    Carlsberg-mødet!"), and praise after the news said of a mention that opens it ("@Kari hadde
    møte med Tine i går og sendte tilbud på 200k – bra jobba!")."""
    opens = next(
        (t for t in m.tokens if t.is_word and t.text[:1].isalnum() or t.text == "@person"), None
    )
    if opens is not None and opens.text == "@person" and m.of("PRAISE"):
        return True
    for h in m.of("PRAISE"):
        if h.end > cue.start:
            continue
        after = h.end
        while after < cue.start and m.tokens[after].folded in {"to", "til", "till", "med", ","}:
            after += 1
        if after < cue.start and (
            m.tokens[after].text == "@person"
            or (
                m.tokens[after].text[:1].isupper() and m.tokens[after].folded in signals.FIRST_NAMES
            )
        ):
            return True
    return False


def _quoting(m: Message) -> bool:
    """ "Fra Ola: vant Yara 300k", "From @Kari: …": another's words, passed on."""
    t = m.tokens
    return (
        len(t) > 3
        and t[0].folded in _FROM | {"fran"}
        and (t[1].text == "@person" or t[1].folded in signals.FIRST_NAMES)
        and t[2].text == ":"
    )


def _earlier_year(m: Message, sentence: int) -> bool:
    """A year before this one in the sentence ("in 2019"); the year itself is in the date."""
    # amounts29: a name's own number with an amount beside it ("Sendt tilbud til Bygg 2000 AS
    # på 340 000 kr", "Vant Byggmester 2000 200k") is no year (was: read as long ago, nothing)
    # mendB29: a known name's number is its own always ("Møte med Bygg 2000 AS i dag"), and so
    # is a guessed name's beside a day said ("Møte med Bygg 2000 i dag"; was: long ago, nothing)
    guessed = {i for n in m.guessed for i in range(n.start, n.end)}
    beside = any(
        m.tokens[i].sentence == sentence and i not in guessed
        for i in (*m.money_words, *m.date_words)
    )
    named = {i for n in m.known for i in range(n.start, n.end)} | (guessed if beside else set())
    years = [
        int(t.text)
        for i, t in enumerate(m.tokens)
        if t.sentence == sentence and re.fullmatch(r"(19|20)[0-9]{2}", t.text) and i not in named
    ]
    return bool(years) and min(years) < m.year


def _with_someone_else(m: Message, cue: Cue, name: Name) -> bool:
    """ "Telenor signed with Microsoft": the customer is the subject and signed with another."""
    if name.end > cue.start:
        return False
    after = cue.end
    # "Equinor signed a deal with Microsoft": past what was signed
    while (
        after < min(len(m.tokens), cue.end + 4)
        and m.tokens[after].folded in (_OBJECTS | _ADJECTIVES) - {"with", "med"}
        and m.tokens[after].clause == m.clause(cue.start)
    ):
        after += 1
    if after < len(m.tokens) and m.tokens[after].folded in {"with", "med"}:
        others = [n for n in [*m.known, *m.guessed] if n.start == after + 1 and n != name]
        return bool(others) and m.tokens[after + 1].folded not in _OURS
    return False


_WON_VERBS = {
    fold(w) for w in "vunnet vundet vunnit won vant vann vandt".split()
}  # the verbs of winning, which a firm before "har" did itself
_HAS = {"har", "has", "have"}


_THEY = {"they", "de", "dom", "dei", "he", "she", "han", "hon", "hun", "ho"}


def _they_won_it_praised(m: Message, cue: Cue) -> bool:
    """ "… they closed Equinor last night! Well done Ingrid", "de vant Tine i går, gratulerer
    Kari!": a win done by them (the pronoun right before its verb, the customer after it), and
    someone praised for it."""
    i = cue.start - 1
    while i >= 0 and m.tokens[i].folded in _AUX - {"we", "vi", "i", "jeg", "jag", "eg"}:
        i -= 1
    if i < 0 or m.tokens[i].folded not in _THEY:
        return False
    named_after = any(cue.end <= n.start <= cue.end + 1 for n in (*m.known, *m.guessed))
    return named_after and any(h.category == "PRAISE" for h in m.hits)


def _a_third_party_won_the_sale(m: Message, cue: Cue) -> bool:
    """A firm named before "har"/"has" (and "just"), a verb of winning, then a sale ("det store
    udbud", "anbudet", "the contract"): the firm won it, not we."""
    if m.tokens[cue.start].folded not in _WON_VERBS or not _someone_elses_win(m, cue):
        return False
    i = cue.start - 1
    while i >= 0 and m.tokens[i].folded in _AUX and m.tokens[i].folded not in _HAS:
        i -= 1
    if i < 0 or m.tokens[i].folded not in _HAS:
        return False
    after = [t for t in m.tokens[cue.end : cue.end + 4] if t.clause == m.clause(cue.start)]
    return any(t.folded in _SALES or t.folded.endswith(_SALE_ENDINGS) for t in after)


def _someone_elses_win(m: Message, cue: Cue) -> bool:
    """ "Ericsson vann ett kontrakt i Indien": the one who won is a third party, named right
    before the verb, not we (a competitor who won is judged as a loss: see _competitor_won)."""
    if fold(cue.label.split("+")[-1].split()[0]) in _SIGNED_BY_THE_CUSTOMER:
        return False  # session 57: "Stena Line tecknade avtal idag": the customer signed, ours
    i = _subject(m, cue)
    return i is not None and any(n.start <= i < n.end for n in [*m.known, *m.guessed])


# A customer signing or ordering, said with the customer as its subject (folded)
_SIGNED_BY_THE_CUSTOMER = {
    fold(w)
    for w in """tecknade tecknat undertecknade signerte signerade signerede signed underskrev
    underskrivit skrev accepted aksepterte accepterade accepterede godkjente godkände godkendte
    bestilte beställde bestilt bestillte ordered""".split()
}


_RUNG_BY = re.compile(
    r"\b(?:ble|blei|blev|vart|vardt|got|was|were|har blitt|har blivit|er blevet) (?:ringt|ringet|"
    r"ringd|oppringt|uppringd|opringet|called|phoned|rung)(?: op| opp| upp)? (?:av|af|by|fra|fran)\b"
    r"|\b(?:ringte|ringde|ringede|called|phoned) (?:oss |os |us |meg |mig |me )?(?:om|about|"
    r"angaende|ang) (?:vart|vaart|vores|our|mitt|min|mit|my) (?!tilbud|offert|offer|proposal|"
    r"quote|avtal|aftal|kontrakt|contract|deal|pris|price|demo|mote|mode|meeting)"
)


_BECAUSE_OF = {
    "pga",
    "pa",
    "paa",
    "grunn",
    "grund",
    "grundet",
    "of",
    "to",
    "on",
    "av",
    "over",
    "om",
}


_HELPED = re.compile(
    r"\b(?:hjalp|hjelpte|hjalpte|hjalp til|helped|helping|assisted|stottet|stottade|stotted|"
    r"bistod|bisto|backet opp|backed up)\s+(?:@person|[a-z]+)\s+(?:med|with|m|on|pa|til|till)\b"
)


def _helped_a_colleague(m: Message, cue: Cue) -> bool:
    """lead37. "Hjalp <@U0PER> med tilbudet til Kiwi på 300k", "Hjälpte Kari med offerten",
    "Helped @Tom with the Boots quote": a colleague's record the author helped with, theirs to
    log (was: stored as the author's offer, sure)."""
    clause = m.clause(cue.start)
    tokens = [t for t in m.tokens if t.clause == clause]
    found = _HELPED.search(" ".join(t.folded for t in tokens))
    if found is None:
        return False
    person = found.group(0).split()[-2]
    return person == "@person" or person in signals.FIRST_NAMES


def _called_by_a_vendor(m: Message, cue: Cue) -> bool:
    """lead36. "Ble ringt av en selger fra Telenor i dag, så irriterende", "Blev ringet op af en
    sælger fra TDC", "Telia ringde om vårt mobilabonnemang", "Vodafone called about our phone
    contract": someone called us, about our own account: no sales call of ours (was stored as
    the seller's call, sure)."""
    sentence = m.sentence(cue.start)
    words = " ".join(t.folded for t in m.tokens if t.sentence == sentence)
    return _RUNG_BY.search(words) is not None


def _not_sent_yet(m: Message, cue: Cue) -> bool:
    """lead36. "Tilbud til Kiwi 450k – sendes fredag", "Offerten till ICA är klar, skickas
    imorgon", "Håper å få sendt tilbud til Coop i dag", "Tilbud til Kiwi er sendt til intern
    godkjenning", "Quote to Aviva £60k waiting on sign-off from finance": an offer still to go
    out, or gone to our own approval (was stored as sent today, sure)."""
    sentence = m.sentence(cue.start)
    words = " ".join(t.folded for t in m.tokens if t.sentence == sentence)
    if _OUR_APPROVAL.search(words):
        return True
    sent = any(m.tokens[i].folded in _SENT_WORDS for i in cue.words)
    return not sent and _TO_GO_OUT.search(words) is not None


def _a_discount_given(m: Message, h: Hit) -> bool:
    """lead36. "med 10% rabatt", "with 10% discount", "rabatt på 10 %": a discount in per cent,
    given on our offer (was: the offer blocked as a shop's sale, nothing recorded)."""
    if fold(h.phrase) not in {"rabatt", "discount"}:
        return False
    start, end = h.start, h.end
    before = " ".join(t.text for t in m.tokens[max(start - 2, 0) : start])
    after = " ".join(t.text for t in m.tokens[end : end + 3])
    return bool(re.search(r"[0-9]\s*%$", before) or re.match(r"(?:på|of)?\s*[0-9]+\s*%", after))


_YOU = {"du", "dere", "ni", "you", "i", "dykk"}


def _asked_of_you(m: Message, sentence: int) -> bool:
    """lead36. A sentence that opens with a verb and "du"/"you" and ends with "?" ("Fikk du
    sendt tilbudet til Kiwi, Ole?", "Sendte du tilbud til Kiwi i går, Ole?"): a question to a
    colleague, whatever clause the "?" closes (was: the offer asked as the author's)."""
    words = [t for t in m.tokens if t.sentence == sentence]
    if len(words) < 3 or "?" not in words[-1].text:
        return False
    first, second = words[0], words[1]
    return first.is_word and first.text[:1].isalpha() and second.folded in _YOU


def _in_a_name(m: Message, h: signals.Hit) -> bool:
    """Session 41. A word written with a capital after a name's capitalised word is the name's
    ("John Lewis Partnership": no partnership agreement)."""
    return (
        h.end - h.start == 1
        and h.start > 0
        and m.tokens[h.start].text[:1].isupper()
        and m.tokens[h.start - 1].text[:1].isupper()
        and m.tokens[h.start - 1].sentence == m.tokens[h.start].sentence
        and m.tokens[h.start - 1].is_word
    )


def _competitor_won(m: Message, cue: Cue) -> bool:
    """ "Konkurrenten fick ordern från Volvo": a competitor is the one who won."""
    i = _subject(m, cue)
    return i is not None and any(
        h.category == "COMPETITOR" and h.start <= i < h.end for h in m.hits
    )


_TALK_VERBS = {"MEETING_VERBS", "CALL_VERBS"}

# A call made, said by its verb ("ringte", "called"): what it was about may be not done yet.
_DIALLED = _TALKED & {
    "called", "rang", "phoned", "ringte", "ringde", "ringede", "ringt", "ringat", "ringet",
    "telefonerte", "telefonerade", "telefonerede", "telefoneret",
}  # fmt: skip


# A heading of what was done so far, never of plans ("Week 33 so far:", "Uke 33 oppsummert:")
_SO_FAR = (
    "so far", "sa langt", "hittil", "hittills", "indtil videre", "indtil nu", "til nu",
    "oppsummert", "oppsummering", "sammanfattning", "sammanfattat", "opsummering", "opsummeret",
    "recap", "summary", "summed up", "wrap-up", "wrap up",
    # Session 20: "Forgot to log on Monday: meeting with Tesco": what was done, never plans
    "forgot to log", "glemte a logge", "glemt a logge", "glemte at logge", "glomde logga",
    "glomde att logga", "glomt att logga",
    # Session 27: "Status fredag: 3 møter (Orkla, Tine, Kiwi), …": a status of a day is its report
    "status",
)  # fmt: skip


def _agenda(m: Message, today: date) -> bool:
    """ "Next week: Telenor demo Tue, DNB proposal Thu", "Agenda: …": a heading of a time to
    come, or of plans, before a colon; what follows is a list of plans, not news."""
    colon = next((i for i, t in enumerate(m.tokens[:6]) if t.text == ":"), None)
    if colon is None or colon == 0:
        return False
    if signals.a_days_name_heading(m.tokens, 0):
        return False  # lists28. "Fredag Media: møte i dag": a name's news, its day after it
    heading = range(0, colon)
    if any(h.category == "AGENDA_HEADINGS" and h.start in heading for h in m.hits):
        return True
    # "man:" with its colon; never a word of a known customer's name typed whole ("Søndag
    # Studio ApS: …"; "Next week:" is a heading, whoever "Next" is)
    heading_words = " ".join(t.folded for t in m.tokens[:colon])
    if any(re.search(rf"\b{w}\b", heading_words) for w in _SO_FAR):
        return False  # "Week 33 so far:", "Uke 33 oppsummert:": what was done, no plans
    named = {i for n in m.known if n.end - n.start > 1 for i in range(n.start, n.end)}
    days = signals.dates(m.tokens[: colon + 1], today, named, "future")
    ahead = any(d.day > today or (d.week and d.day + timedelta(days=6) >= today) for d in days)
    done = [
        h
        for h in m.hits
        if h.start > colon
        and (
            h.category in _RESULTS
            or (h.category in _TALK_VERBS and m.tokens[h.start].folded in _TALKED)
            or h.category == "PHONE_MEANS"  # "torsdag: Torsdag Film på tlf, …": had on the phone
        )
    ]
    if ahead and done:
        # "Monday: signed Acme 200k", "Mandag: signert …", "Monday: called Telia": a day that
        # may be the last one, then a result or a meeting or call in the past tense: news of
        # that day (read as the past day), no plans.
        past = signals.dates(m.tokens[: colon + 1], today, named, "past")
        return not past or any(d.day > today for d in past)
    if ahead and _days_gone_in_its_week(m, colon, days, today, named):
        return False
    after = [i for i in range(colon + 1, len(m.tokens)) if m.tokens[i].is_word]
    if ahead and after and all(i in m.money_words for i in after):
        # session 49: "Quote to Lindex on Tuesday: £45k": nothing but an amount after the
        # colon, the heading is the record and the amount its own (was nothing: an agenda)
        return False
    if ahead and any(m.tokens[i].folded in _DONE_VERBS for i in heading):
        # heldmsg30. "Årets siste ordre kom fredag: Felleskjøpet, 85 tkr": the heading says
        # what came or was done that day in the past tense; news of it, no plans (was: nothing)
        return False
    return ahead


# heldmsg30. Verbs in the past tense of a deal or a talk, in a heading before its colon
_DONE_VERBS = {
    fold(w)
    for w in (
        "kom came signerte signed vant vann vandt won fikk fick fik got bestilte beställde "
        "ordered tapte förlorade tabte lost ringte ringde ringede called møtte mötte mødte met "
        "sendte skickade sent"
        # session 42: the participles too ("Tilbud til Ikea sendt mandag: 1,2 mio. kr.")
        " sendt skickat skickad signert signerat signeret vunnet vunnit vundet tapt tappat "
        "forlorat tabt holdt hållit afholdt"
    ).split()
}


def _days_gone_in_its_week(
    m: Message, colon: int, heading: list[signals.When], today: date, named: set[int]
) -> bool:
    """pairs29. "Denne uka: møte med Tine mandag + 5 samtaler" said on a Wednesday: this week's
    heading, and every day its items name gone by in that week: what was done, no plans (was:
    an agenda, nothing recorded). A day still to come ("…, møte med Orkla fredag") keeps it one."""
    weeks = [d.day for d in heading if d.week]
    if len(weeks) != 1 or not weeks[0] <= today < weeks[0] + timedelta(days=7):
        return False
    items = m.tokens[colon + 1 :]
    said = signals.dates(items, today, {i - colon - 1 for i in named}, "past")
    # a weekday still to come reads as last week's ("fredag": the Friday gone), outside it
    return bool(said) and all(not d.week and weeks[0] <= d.day <= today for d in said)


_BY_A_MEAL = {"after", "before", "etter", "efter", "for", "fore", "innan", "til", "till"}
# Session 60. Words of praise before the customer's team (folded)
_PRAISED_TEAMS = {"team", "teamet"}
_PRAISE = {
    "nice", "great", "lovely", "good", "friendly", "sharp", "strong", "solid", "smart", "keen",
    "hyggelig", "hyggelige", "hyggeligt", "flott", "flotte", "fint", "fine", "trevligt",
    "trevliga", "trevlig", "bra", "godt", "gode", "gott", "goda", "sod", "sode", "skarpe",
    "skarpt", "dyktige", "dyktig", "duktiga", "duktigt", "dygtige", "dygtigt", "super",
}  # fmt: skip


def _soft(m: Message, cue: Cue, name: Name) -> str | None:
    """Reasons to ask rather than record (and to drop it unless the customer is known). Words
    inside the customer's name do not count ("Kid Interiør" is no child)."""
    sentence = m.sentence(cue.start)
    here = [
        h
        for h in m.hits
        if m.sentence(h.start) == sentence and not (name.start <= h.start and h.end <= name.end)
    ]
    # "Nammo's procurement team": the customer's own people, not ours.
    here = [h for h in here if not (h.category == "INTERNAL" and 0 <= h.start - name.end <= 2)]
    # session 44: a meal said as the hour ("Travelodge after lunch", "Kiwi etter lunsj",
    # "före lunch"): when, not a meal among ourselves
    here = [
        h
        for h in here
        if not (
            h.category == "INTERNAL" and h.start > 0 and m.tokens[h.start - 1].folded in _BY_A_MEAL
        )
    ]
    # "@Kari og jeg var hos Nye Veier", "me and @Ola met Yara": a colleague along, not a meeting
    # among ourselves
    here = [h for h in here if not (h.category == "INTERNAL" and _with_me(m, h.start))]
    # left32. "Møte med Tine i går med kollega", "Met Boots w/ Sam from our team": a colleague
    # along to the customer's, named after it, not a meeting among ourselves
    here = [h for h in here if not (h.category == "INTERNAL" and _a_colleague_along(m, h, name))]
    # "<@Kari> jepp, var innom Kongsberg Gruppen i går": a reply to a colleague, named first
    # (session 23) after a reply's heading: "Svar til <@Kari>: ja, Schibsted ringte tilbake …"
    here = [
        h
        for h in here
        if not (
            h.category == "INTERNAL"
            and h.phrase == "@person"
            and all(t.folded in _REPLY_WORDS for t in m.tokens[: h.start])
        )
    ]
    # session 60: "First meeting with Harrow & Finch Ltd today, nice team.": the customer's
    # people praised after its name, not a meeting among ourselves (was nothing)
    here = [
        h
        for h in here
        if not (
            h.category == "INTERNAL"
            and h.start > name.end
            and fold(h.phrase) in _PRAISED_TEAMS
            and m.tokens[h.start - 1].folded in _PRAISE
        )
    ]
    # "Bra möte med Volvo, de ska diskutera internt på torsdag": the customer's own affairs
    here = [
        h for h in here if not (h.category == "INTERNAL" and their_clause(m, m.clause(h.start)))
    ]
    # "Ringte DNB nå, tilbudet ligger hos styret", "the quote is with the board": their board
    # holds our offer, in a clause of its own (messages_holdout27)
    here = [h for h in here if not (h.category == "INTERNAL" and _held_by_a_board(m, h, cue))]
    # "lunch på Max med kunden från Kvarnström": a meal with the customer is theirs, not ours
    if set(cue.label.replace("+", " ").split()) & _THE_CLIENT:
        here = [h for h in here if h.category != "INTERNAL"]
    # "customer dinner with Equinor": a word of the cue's own, part of it ("dinner"), is the cue's
    here = [
        h
        for h in here
        if not (
            h.end - h.start < len(cue.words) and all(i in cue.words for i in range(h.start, h.end))
        )
    ]
    # "Årets siste ordre kom fredag: Felleskjøpet", "Årets första affär": the year's first or
    # last deal, no prize of the year (session 30)
    here = [
        h for h in here if not (h.category == "NOT_BUSINESS" and _the_years_first_or_last(m, h))
    ]
    # Session 43. "jumped on a call with Atlas Copco on the way back to the airport", "sent Scania
    # a proposal on the train back": travelling is where a call or an offer was made, no chance
    # meeting; only a meeting there is one ("Met Kari at the airport"), and never one the words
    # travel to ("… on the way back to the airport")
    here = [
        h
        for h in here
        if not (
            h.category == "NOT_BUSINESS"
            and fold(h.phrase) in _TRAVEL
            and (
                cue.kind is not ActivityKind.MEETING
                or (h.start > 0 and m.tokens[h.start - 1].folded in _TO_OR_THE)
            )
        )
    ]
    talk = cue.kind in (ActivityKind.MEETING, ActivityKind.CALL)
    if talk:
        # "Samtale med DNB, de er kalde på prisen": in a talk "prisen" is the price, no prize
        here = [h for h in here if not (h.category == "NOT_BUSINESS" and h.phrase in _PRICE)]
    # "Sendte tilbud til Tine på 200k, jeg har ferie fra fredag", "Vant anbudet hos Oslo kommune,
    # 2,1 mill – årets største!": a word of games or home in a clause of its own is a remark
    # beside the news; in the cue's or the name's clause it is what the news is about
    # ("Vant kampen mot Equinor", "Lost the pub quiz to Kiwi").
    if cue.kind is ActivityKind.LOSS:
        # lead37: "tabte Nordea pga prisen", "tapte på prisen": why it was lost, no prize
        here = [
            h
            for h in here
            if not (
                h.category == "NOT_BUSINESS"
                and h.phrase in _PRICE
                and h.start > 0
                and m.tokens[h.start - 1].folded in _BECAUSE_OF
            )
        ]
    ours = {m.clause(cue.start), m.clause(name.start)}
    if any(h.category == "NOT_BUSINESS" and m.clause(h.start) in ours for h in here) or any(
        signals.SCORE.fullmatch(t.text)
        and not (talk and signals.time_range(t.text))
        and not _a_span_of_time(m, i)
        for i, t in enumerate(m.tokens)
        if t.sentence == sentence
    ):
        return "not-business"  # a game's score; "Møte med Equinor 14-15" names its hours
    if cue.kind in (ActivityKind.MEETING, ActivityKind.CALL) and any(
        h.category == "INTERNAL"
        and not _theirs(m, h)
        # session 46: "Demo for Plantasjen i dag, 6 stk fra ledergruppa møtte": their
        # management, said in a remark of its own after the customer's talk (was nothing)
        and not (m.clause(h.start) not in ours and _of_them(m, h))
        # session 56: what a named customer's talk was about ("Møde med Novo Nordisk i går
        # vedr. julefrokost for 250": their event, no party of ours; was nothing)
        and not (h.start > name.end and _about_before(m, h))
        for h in here
    ):
        return "internal"
    return None


_THEMSELVES = {
    "sjalva", "sjalv", "selv", "sjolv", "sjolve", "themselves", "internt", "in-house", "inhouse",
    "inhus", "egen", "eget", "egne", "egna", "own",
}  # fmt: skip


def _they_did_it_themselves(m: Message, cue: Cue) -> bool:
    """A buying word in a clause that says they did it themselves ("de köpte in allt själva", "de
    kjøpte inn selv", "they bought it in-house"): no sale of ours."""
    clause = m.clause(cue.start)
    return any(t.folded in _THEMSELVES for t in m.tokens if t.clause == clause) and any(
        m.tokens[i].folded.startswith(("kop", "kjop", "kob", "bought", "buy")) for i in cue.words
    )


_ABOUT_WORDS = {
    "vedr", "vedrorende", "ang", "angaende", "angaaende", "om", "about", "re", "regarding",
    "gallande", "kring", "omkring", "til", "for",
}  # fmt: skip


def _about_before(m: Message, h: Hit) -> bool:
    """A word that says what the talk was about stands right before the hit (or before its
    first word's article)."""
    at = h.start - 1
    if at >= 0 and m.tokens[at].folded in (
        "en",
        "et",
        "ett",
        "ei",
        "the",
        "a",
        "an",
        "deres",
        "their",
    ):
        at -= 1
    return at >= 0 and m.tokens[at].folded.rstrip(".:") in _ABOUT_WORDS


# Whose: the customer's, never ours ("their team", "deres ledergruppe", "kundens styre").
_THEIR = {"their", "deres", "deras", "dens", "kundens", "kundes", "client's", "customer's"}


def _theirs(m: Message, h: Hit) -> bool:
    """Session 40. "workshop with their team", "møte med deres ledergruppe": the customer's
    people, no internal meeting of ours."""
    if h.start > 0 and m.tokens[h.start - 1].folded in _THEIR:
        return True
    # "met the team at Dunelm plc", "møte med teamet hos Kiwi": the customer's team, named after
    at = h.end
    return (
        at + 1 < len(m.tokens)
        and m.tokens[at].folded in ("at", "hos", "pa", "fra", "from", "i")
        and any(n.start == at + 1 for n in (*m.known, *m.guessed))
    )


_FROM_OR_ALL = {"fra", "from", "fran", "hele", "hela", "the whole", "whole", "all"}


def _of_them(m: Message, h: Hit) -> bool:
    """Session 46. "6 stk fra ledergruppa", "hele ledergruppen var med", "the whole board came":
    people of the customer's group, said after its talk."""
    return h.start > 0 and m.tokens[h.start - 1].folded in _FROM_OR_ALL


# mendD30. "Sendte tilbud til Kiwi, 2-3 uker levering": how long, no game's score (was nothing)
_SPAN_UNITS = {
    "uke", "uker", "ukers", "veke", "veker", "vecka", "veckor", "veckors", "uge", "uger", "ugers",
    "week", "weeks", "wks", "dag", "dager", "dagers", "dagar", "dagars", "dage", "dages", "day",
    "days", "virkedager", "arbeidsdager", "arbetsdagar", "hverdage", "arbejdsdage", "mnd", "mdr",
    "maned", "maneder", "maneders", "manad", "manader", "manaders", "maaned", "maaneder",
    "month", "months", "mths", "timer", "timmar", "hours", "hrs", "ar", "years", "yrs",
}  # fmt: skip


def _a_span_of_time(m: Message, i: int) -> bool:
    """ "2-3 uker", "2–3 weeks' delivery": a span of time, the number before its unit; "2-3
    mill", "250-300 tkr": an amount range before its unit (the lead's review: "sendte tilbud
    til tine på 2-3 mill i går" was nothing, the offer lost unsaid; asked as ranges are)."""
    after = m.tokens[i + 1] if i + 1 < len(m.tokens) else None
    return (
        after is not None
        and after.sentence == m.tokens[i].sentence
        and (after.folded in _SPAN_UNITS or after.folded in UNIT_WORDS)
    )


_BOARDS = {
    "styret", "styrelsen", "bestyrelsen", "board",
    # heldmsg28. "tilbudet ligger hos ledelsen", "offerten ligger hos ledningen": their
    # management holds it, as their board does (was an internal meeting, the call asked)
    "ledelsen", "ledergruppen", "ledergruppa", "ledningen", "ledningsgruppen", "direktionen",
    "management", "leadership",
}  # fmt: skip
_HELD_AT = {
    "hos",
    "is with",
    "sits with",
    "'s with",
    "now with",
    "ligger hos",
    "ligger på bordet hos",
}


def _held_by_a_board(m: Message, h: signals.Hit, cue: Cue) -> bool:
    """A board word after "hos" / "is with" in a clause without the cue: where the offer lies."""
    if m.tokens[h.end - 1].folded not in _BOARDS or m.clause(h.start) == m.clause(cue.start):
        return False
    before = [t.folded for t in m.tokens[max(0, h.start - 2) : h.start]]
    if before and before[-1] in ("the", "their", "deres", "deras", "deras"):
        before = [t.folded for t in m.tokens[max(0, h.start - 3) : h.start - 1]]
    return bool(before) and (before[-1] == "hos" or " ".join(before[-2:]) in _HELD_AT)


# A reply's heading before the colleague it answers ("Svar til", "Svar till", "Reply to", "Re:").
_REPLY_WORDS = {"svar", "svarer", "svarar", "til", "till", "reply", "replying", "to", "re", "@"}


# "Ringte Telia, ikke interessert", "Called Revolut: not interested right now": they answered,
# and said no; the call was held (not "fikk ikke svar", where nobody answered)
def _a_colleague_hailed(m: Message, cue: Cue) -> bool:
    """Session 67. A colleague hailed by first name before the win, alone between marks ("Sikke
    en afslutning på august, Kasper – Salling Group i hus med 780 t.kr. 👏👏"): theirs, praised."""
    t = m.tokens
    return cue.kind is ActivityKind.WIN and any(
        t[i].text[:1].isupper()
        and t[i].folded in signals.FIRST_NAMES
        and not t[i - 1].is_word
        and not t[i + 1].is_word
        and not any(n.start <= i < n.end for n in m.known)
        for i in range(1, min(cue.start, len(t) - 1))
    )


# Session 68. The word of praise said to a colleague before the win, then their name ("Snyggt
# Emma! Getinge i hamn, 2,2 mkr", "Flot, Sofie! Lagkagehuset i hus", "Stort til Rasmus – Vestas
# i hus med 1,6 mio. kr."): theirs, praised (were the author's wins, sure)
_HAIL_WORDS = {
    "flot", "flott", "flotte", "snyggt", "snygg", "snyggast", "sejt", "sej", "stort", "stor",
    "sterkt", "starkt", "staerkt", "godt", "bra", "great", "nice", "super", "fedt", "fett", "top",
    "topp", "wow", "til", "till", "to", "av", "af",
    "for", "go", "yes", "ja", "woop", "woohoo", "hurra", "lysande", "stjerne", "star", "legend",
    "respekt", "respect", "kanon", "kanonbra", "mega", "awesome", "brilliant", "amazing",
}  # fmt: skip


def _a_colleague_praised_first(m: Message, cue: Cue) -> bool:
    t = m.tokens
    if cue.kind is not ActivityKind.WIN:
        return False
    for i in range(1, min(cue.start, len(t) - 1)):
        if not (
            t[i].text[:1].isupper()
            and t[i].folded in signals.FIRST_NAMES
            and not t[i + 1].is_word
            and not any(n.start <= i < n.end for n in m.known)
        ):
            continue
        before = [x for x in t[:i] if x.is_word]
        return bool(before) and len(before) <= 3 and all(x.folded in _HAIL_WORDS for x in before)
    return False


def _a_colleague_s(m: Message, cue: Cue) -> bool:
    """ "Kari vant Equinor-rammeavtalen i går, 3 mill!! Gratulerer", "Anna stängde
    Ericsson-affären igår, 5 mkr! Grattis": a win told of a colleague named first (praised in
    the message): hers, not the author's."""
    t = m.tokens
    return (
        cue.kind is ActivityKind.WIN
        and len(t) > 2
        and t[0].text[:1].isupper()
        and t[0].folded in signals.FIRST_NAMES
        and not any(n.start == 0 for n in m.known)
        and t[1].is_word
        and (
            any(h.category in ("WIN_VERBS", "WIN_AFTER_ONLY") and h.start == 1 for h in m.hits)
            or t[1].folded in _GOT_IT
        )
    )


# Session 54. A colleague told of it, then "she"/"he" did it ("Sara berättade att hon vann
# Lantmännen igår", "Kari fortalte at hun vant Tine", "Sara told me she won Tesco"): theirs,
# never the author's (was the author's win, sure)
_TOLD = {
    "berattade", "berattar", "fortalte", "fortalde", "fortaeller", "fortaelte",
    "fortaller", "told", "tells", "said", "says", "sa", "sier", "sade", "sager", "sagde", "siger",
    "nevnte", "namnde", "naevnte", "mentioned", "skrev", "wrote", "meldte", "meddelade",
}  # fmt: skip
_TO_WHOM = {
    "att",
    "at",
    "that",
    "me",
    "meg",
    "mig",
    "mej",
    "oss",
    "os",
    "us",
    "till",
    "til",
    "mig,",
}
_SHE_OR_HE = {"hon", "hun", "ho", "han", "he", "she", "hen"}
_BETWEEN_SHE_AND_IT = {"har", "has", "had", "hade", "hadde", "havde", "just", "nettopp", "nyss",
                       "precis", "lige", "endelig", "aentligen", "antligen", "finally", "ogsa",
                       "ocksa", "also"}  # fmt: skip


def _told_by_a_colleague(m: Message, cue: Cue) -> bool:
    t = m.tokens
    at = min(cue.words) - 1
    while at >= 0 and t[at].folded in _BETWEEN_SHE_AND_IT:
        at -= 1
    if at < 2 or t[at].folded not in _SHE_OR_HE:
        return False
    k = at - 1
    while k >= 0 and t[k].folded in _TO_WHOM:
        k -= 1
    if k < 1 or t[k].folded not in _TOLD or t[k].sentence != t[cue.start].sentence:
        return False
    who = t[k - 1]
    return who.text == "@person" or (who.text[:1].isupper() and who.folded in signals.FIRST_NAMES)


# "Sofie fik Vestas-aftalen i hus", "Ola fikk Ringnes i boks": a colleague got it
_GOT_IT = {
    "fikk",
    "fick",
    "fik",
    "got",
    "landet",
    "landa",
    "landade",
    "landede",
    "landed",
    "tok",
    "tog",
}
_FIRST_PERSON = {"vi", "we", "jeg", "jag", "eg", "oss", "us", "os", "our", "vart", "vores"}


def _a_colleague_got(m: Message, cue: Cue) -> bool:
    """ "Sofie fik Vestas-aftalen i hus i går 👏 3 mio!": a colleague named first got the win
    (nobody of ours, "vi", "jeg", said with her): her news, not the author's."""
    return (
        _a_colleague_s(m, cue)
        and m.tokens[1].folded in _GOT_IT
        and m.clause(cue.start) == m.clause(0)
        and not any(t.folded in _FIRST_PERSON or t.text == "I" for t in m.tokens)
    )


_IT_IS = {("det", "er"), ("det", "ar"), ("det", "var"), ("it", "is"), ("it", "was"), ("its",)}
_SOMEONE_THERE = {
    "noen", "nogen", "nagon", "nagot", "noe", "noget", "anyone", "anybody", "nobody", "ingen",
    "inne", "hjemme", "hemma", "in", "home", "there", "der", "dar", "mulig", "possible", "a",
}  # fmt: skip


def _a_remark_of_it(m: Message, h: Hit) -> bool:
    """Session 20. "Ringte Storebrand, møte avtalt 1. april – og nei, det er ikke aprilsnarr",
    "…, det er ikke aktuelt for dem nå": "det er ikke …" says what something is, never that
    nobody answered ("det var ikke noen der", "det var ikke noe svar" still do)."""
    t = m.tokens
    if t[h.start].folded in ("nei", "nej", "no") and h.end < len(t) and t[h.end].text == ",":
        # "– og nei, det er ikke aprilsnarr": the "no" that opens the remark
        return any(n.category == "NEGATIONS" and n.start > h.end + 2 and _a_remark_of_it(m, n)
                   for n in m.hits if n.start <= h.end + 5)  # fmt: skip
    before = [t.folded for t in m.tokens[max(h.start - 2, 0) : h.start] if t.is_word]
    if tuple(before[-2:]) not in _IT_IS and tuple(before[-1:]) not in _IT_IS:
        return False
    after = _next_word(m, h.end)
    return bool(after) and after not in _SOMEONE_THERE and not after.startswith(_ANSWERING)


# What a talk found nothing of, said after "no"/"ingen" (folded).
_NEWS = {
    "change", "changes", "news", "progress", "update", "updates", "movement", "need", "needs",
    "budget", "endring", "endringer", "forandring", "nytt", "nyheter", "nyhet", "fremgang",
    "behov", "budsjett", "forandringar", "framsteg", "andring",
    "andringer", "aendring", "aendringer", "nyt", "fremskridt", "rush", "hast",
}  # fmt: skip


def _no_news(m: Message, h: Hit) -> bool:
    """Session 40. "Catch-up call with Vodafone: no change, decision Q1", "Ringte Tine, ingen
    endring", "inget nytt": the talk was had and found nothing new; nobody failed to answer."""
    return m.tokens[h.start].folded in ("no", "ingen", "inget", "intet", "ikke", "inte") and (
        _next_word(m, h.end) in _NEWS
    )


def _their_no(m: Message, end: int) -> bool:
    """A negation that says the customer's answer: "not interested", "ikke aktuelt nå", or how
    the lead stands ("ikke (helt) varm", "not so warm": the call was held, the lead unread)."""
    word = _next_word(m, end)
    if word in _SOFT_LINKS:
        word = _next_word(m, end + 1)
    return word.startswith(INTEREST_STEMS) or word in TEMPERATURES


# "de svarte ikke", "they didn't pick up", "de tok ikke telefonen": no answer, said of them
_ANSWERING = ("svar", "answer", "pick", "tok", "tog", "tar", "tager", "reply", "replied", "respond")


def _their_undecided(m: Message, h: Hit) -> bool:
    """A "not" in a clause of theirs about something other than answering ("Ringte Equinor, de
    har ikke bestemt seg ennå", "Called Tesco, they haven't decided yet"): the call was held."""
    clause = m.clause(h.start)
    if not their_clause(m, clause) or m.clause(h.start) == m.clause(0):
        return False
    return not any(
        t.clause == clause and t.folded.startswith(_ANSWERING) for t in m.tokens if t.is_word
    )


# "still no decision", "ingen beslutning ennå", "inget beslut än", "not decided yet": what the
# talk has not settled yet, never a call without an answer (session 24)
_DECISION_STEMS = (
    "decision", "decided", "decide", "commitment", "committed", "conclusion", "verdict", "beslut",
    "bestemt", "bestamt", "avgjor", "afgor", "avklar", "afklar", "konklusjon", "konklusion",
    "tilsagn", "grontlys",
)  # fmt: skip


def _nothing_yet(m: Message, h: Hit) -> bool:
    """heldmsg31. A negation of what the talk brought, not yet ("Ringte Fjordkraft – ingen napp
    ennå", "Ringde Volvo, inget napp än", "Called Tesco, no luck yet"): the call was held; "no
    answer yet" is still no answer."""
    word = _next_word(m, h.end)
    return bool(word) and not word.startswith(_ANSWERING) and _next_word(m, h.end + 1) in YET


def _no_decision(m: Message, h: Hit) -> bool:
    """A negation about a decision ("Call with Aviva, still no decision", "Ringte Tine, ingen
    beslutning ennå"): the call was held, nothing decided yet."""
    word = _next_word(m, h.end)
    if word in {"final", "clear", "endelig", "klar", "slutlig", "firm", "real"}:
        word = _next_word(m, h.end + 1)
    return bool(word) and word.startswith(_DECISION_STEMS)


_SOFT_LINKS = {"helt", "sa", "so", "sarlig", "saerlig", "serlig", "very", "too", "quite", "riktigt"}


_PRICE = {"prisen", "priset"}
_TRAVEL = {
    fold(w)
    for w in (
        "airport", "flyplassen", "flyplass", "flygplatsen", "lufthavnen", "lufthavn",
        "on the train", "på toget", "på tåget", "i toget",
    )
}  # fmt: skip
_TO_OR_THE = {"to", "the", "til", "till", "mot", "towards"}
_FIRST_OR_LAST = {"siste", "sista", "sidste", "forste", "forsta", "sist", "forst"}


def _the_years_first_or_last(m: Message, hit: Hit) -> bool:
    """'Årets' before 'siste' / 'första' / 'sidste' …: the year's first or last of something."""
    return (
        hit.end - hit.start == 1
        and m.tokens[hit.start].folded in ("arets", "aarets")
        and _next_word(m, hit.end) in _FIRST_OR_LAST
    )


_ME = {"meg", "mig", "me", "mej", "oss", "os", "us"}


def _from_us(m: Message, end: int) -> bool:
    """ "… sent us", "Stavsjø Sag AS fikk tilbud fra meg": the offer is ours after all."""
    if _next_word(m, end) in _US:
        return True
    if _next_word(m, end) in {"fra", "from", "fran", "af"}:
        end += 1
    return _next_word(m, end) in _ME


def _day_runs(m: Message, clauses: set[int]) -> list[list[int]]:
    """The days said in these clauses, each a run of date words ("i går", "mån", "22/3")."""
    runs: list[list[int]] = []
    for i in sorted(m.date_words):
        if m.clause(i) not in clauses:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def one_days_no_answer(m: Message, h: Hit, cue: Cue) -> bool:
    """Session 21 (parser21). "Ringde Volvo mån + tis, ingen svar på tisdagen": a call said on
    two days, and in a clause of its own no answer on a day: that day's try only (the other
    day's call stands; weigh._twice leaves the unanswered one out)."""
    if not (cue.kind is ActivityKind.CALL and h.category == "NEGATIONS"):
        return False
    own = {m.tokens[i].clause for i in cue.words}
    clause = m.clause(h.start)
    if clause in own or not _day_runs(m, {clause}):
        return False
    return len(_day_runs(m, own)) >= 2


def _long_ago(m: Message, sentence: int) -> bool:
    """A time long ago in the cue's sentence ("Last year we won Equinor"), not last year's as a
    possessive, which says what a deal counted for ("Tesco signed on Friday 29th – just in time
    for last year's numbers", "made last year's budget", session 30)."""
    return any(
        h.category == "LONG_AGO"
        and m.sentence(h.start) == sentence
        and not m.tokens[h.end - 1].text.lower().endswith(("'s", "’s"))
        and not (h.start and m.tokens[h.start - 1].folded in _COMPARED_WITH)
        and not _the_deal_from_then(m, h)
        for h in m.hits
    )


# Session 66. Last year's deal renewed or compared ("Posten Bring fornyet avtalen fra i fjor 🙌
# 2,1 mill for 2031", "Coloplast har fornyet aftalen fra sidste år"): the deal's own time after
# "fra", never when the record was (was long ago, nothing)
_FROM_THEN = {"fra", "fran", "from", "af", "of"}


def _the_deal_from_then(m: Message, h: Hit) -> bool:
    return (
        h.start > 1
        and m.tokens[h.start - 1].folded in _FROM_THEN
        and any(x.category == "WIN_NOUNS" and x.end == h.start - 1 for x in m.hits)
    )


# Session 64. A record compared with last year's, no record of then ("Fornyet rammeavtale med
# Ringnes, 240k, samme som i fjor", "renewed, same as last year", "bedre enn i fjor")
_COMPARED_WITH = {"som", "as", "enn", "an", "än", "end", "than", "like", "mot", "vs", "versus"}


# mendE34. Papers signed beside a sale (an NDA, a DPA, a letter of intent), folded: no sale of
# their own ("Signed the NDA with Orkla" records nothing), but in a clause of their own after a
# record they are its business ("Met Vodafone today, sending the NDA tomorrow", "Met Aviva
# today, NDA signed": the meeting, as "the SLA" and "the contract" are; was nothing recorded).
_PAPERS = {
    "nda", "dpa", "loi", "mou", "letter of intent", "intensjonsavtale", "intensjonsavtalen",
    "avsiktsforklaring", "hensigtserklaering", "non-disclosure", "confidentiality agreement",
    "taushetserklaering", "sekretessavtal", "fortrolighedsaftale", "databehandleravtale",
    "databehandleravtalen", "personuppgiftsbitradesavtal", "databehandleraftale",
}  # fmt: skip


_NO_LUCK = {"no luck", "ingen hell", "uten hell", "inget napp", "ingen napp", "uden held"}
_TRIED = {
    "tried", "try", "prøvde", "provde", "prøvd", "provd", "forsøkte", "forsokte", "försökte",
    "provade", "prøvede", "provede", "forsøgte", "forsogte", "times", "ganger",
    "gånger", "gange", "x2", "x3", "x4", "2x", "3x",
}  # fmt: skip


def _tried_in_vain(m: Message, cue: Cue) -> bool:
    """lead38. "Tried Dyson 3 times today, no luck", "Prøvde Tine to ganger, ingen hell": the
    luck that was not had is reaching them, no deal lost (was a loss asked, of "Tried Dyson 3")."""
    said = fold(" ".join(m.tokens[i].text for i in sorted(cue.words)))
    if said not in {fold(w) for w in _NO_LUCK}:
        return False
    return (
        any(fold(t.text) in {fold(w) for w in _TRIED} for t in m.tokens)
        or any(
            # session 56: "tlf Coop og Rema 1000, ingen napp", "Called Tesco, no luck": the call's
            # or meeting's outcome, said after it in its sentence (was a loss of each)
            h.category in _TALKS
            and h.end <= cue.start
            and m.sentence(h.start) == m.sentence(cue.start)
            for h in m.hits
        )
        or any(
            t.folded.rstrip(".:") in _TALKS_SHORT and t.sentence == m.tokens[cue.start].sentence
            for t in m.tokens[: cue.start]
        )
    )


_TALKS = {"CALL_VERBS", "CALL_NOUNS", "MEETING_VERBS", "MEETING_NOUNS"}
_TALKS_SHORT = {"tlf", "tel", "mtg", "mote", "mode", "call", "telefon", "phone"}


_SIGNED_UP = {"signed up", "sign up", "signup", "sign-up"}


def _signed_up_as_a_customer(m: Message, hit: Hit) -> bool:
    """lead38. "Monzo signed up, first order £15k": a company named right before "signed up",
    with an amount or an order said, became a customer (was: nothing, read as a newsletter's
    sign-up); "signed up for the webinar" stays none (its own word says so)."""
    if fold(hit.phrase) not in _SIGNED_UP or hit.start == 0:
        return False
    subject = any(n.end == hit.start for n in (*m.known, *m.guessed))
    return subject and (bool(m.money_words) or bool(m.of("ORDER_NOUNS")))


def _a_paper_beside(m: Message, hit: Hit, cue: Cue) -> bool:
    """A paper word (_PAPERS) in a clause other than the cue's: beside the record, no word
    against it (in the cue's own clause it is what was signed or done: no sale)."""
    return fold(hit.phrase) in _PAPERS and m.clause(hit.start) != m.clause(cue.start)
