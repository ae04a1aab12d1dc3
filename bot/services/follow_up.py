"""A follow-up said beside a record: "…, følger opp torsdag", "ringer dem fredag", "chasing them
on Thursday", "på fredag följer jag upp", "de vender tilbage i næste uge".

A weekday or date tied to a verb of contacting the customer again, in the present or future
tense, is the seller's next step (the coming such day), never the record's own date: the record
keeps its date (today unless another day is said for it). The same day tied to the customer
coming back to us ("they'll come back next week", "de återkommer på fredag") is no step of ours,
and no day of the record's either. Shared by the channel-message reader and the log commands;
the words are data, folded (`bot.services.dates.fold`: no case, no diacritics)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial

from bot.services.dates import MONTHS, fold


def _phrases(block: str) -> tuple[tuple[str, ...], ...]:
    said = {tuple(fold(w) for w in entry.split()) for entry in block.split("|") if entry.strip()}
    return tuple(sorted(said, key=len, reverse=True))  # the longest phrase first


# Contacting the customer again, said by the seller of what they will do (present, future,
# infinitive, imperative), with the typos and missing letters sellers type. Never a past form
# ("fulgte opp", "ringte", "called"): that is a record of its own.
OURS = _phrases(
    """
    følge opp | følger opp | følg opp | følgje opp | følgjer opp | følgr opp | følge up |
    følger up | følger oppe | ringe | ringer | ring | ringe opp | ringer opp | purre | purrer |
    ringr | rnger | rigner | ringr opp | prøve igjen | prøver igjen | prøv igjen | forsøke igjen |
    forsøker igjen | prøve på nytt | prøver på nytt |
    försöka igen | försöker igen | försök igen | prova igen | provar igen | prova på nytt |
    prøve igen | prøver igen | prøv igen | forsøge igen | forsøger igen | prøve på ny | prøver på ny |
    purr | purre på | purrer på | sjekke | sjekker | sjekk | sjekke inn | sjekker inn |
    sjekke med | sjekker med | høre med | hører med | hør med | kontakte | kontakter |
    ta kontakt | tar kontakt | ta kontakt med | tar kontakt med | sende | sender | mase |
    ny kontakt | ny kontakt med | ta ny kontakt | tar ny kontakt | ny kontakt med dem |
    maser | mase på | maser på | ringe tilbake | ringer tilbake | ring tilbake | ta en prat |
    tar en prat | ta en ny prat | tar en ny prat | ta en ny samtale | tar en ny samtale |
    ta en ny snakk | tar en ny snakk | minne dem på | minner dem på | mase litt | lodde | lodder | følge dem opp |
    følger dem opp | følger de opp | følger dei opp |
    tilbud sendes | tilbudet sendes | tilbuddet sendes | tilbud sendes ut | offert skickas |
    offerten skickas |
    ringje | ringjer | ringja | ringje attende | ringjer attende | ringe attende | ringer attende |
    ringje tilbake | ringjer tilbake | ringjer att | ringje att | ta kontakt att | tek kontakt |
    tek ny kontakt | høyre med | høyrer med | sjekke med dei | følgje dei opp |
    återkoppla | återkopplar | återkopplas | återkoppling | aterkopplar | ringa | ringer |
    ringar | ringa upp | ringer upp | följa upp | följer upp | följ upp | följa dem upp |
    följer dom upp | följer upp dem | höra av mig | hör av mig | höra av oss | hör av oss |
    höra med | hör med | höra av | hör av | stämma av | stämmer av | stäm av | kolla av |
    kollar av | kolla med | kollar med | kolla | kollar | kontakta | kontaktar | jaga |
    jagar | påminna | påminner | tjata | tjatar | ringa tillbaka | ringer tillbaka | skicka |
    skickar | ta ett nytt snack | tar ett nytt snack | ta en ny pratstund | tar en ny pratstund |
    følge op | følger op | følg op | følge dem op | følger dem op | følger op på | rykke |
    rykker | ryk | rykke for | rykker for | rykke dem | rykker dem | høre | hører | hør |
    tjekke | tjekker | tjek | tjekke ind | tjekker ind | kontakte | kontakter | tage kontakt |
    tage ny kontakt | tager ny kontakt | ny kontakt igen |
    tager kontakt | ringe tilbage | ringer tilbage | ring tilbage | sende | sender | minde |
    minder | prikke | prikker | tage en ny snak | tager en ny snak | tage en snak |
    tager en snak | tar en ny snak |
    tage fat i | tager fat i | tag fat i | ta tak i | tar tak i | ta fatt i | tar fatt i |
    ta tag i | tar tag i | tek tak i |
    oppfølging | oppfølgingen | oppfølgning | oppfolging | uppföljning | uppföljningen |
    uppfölning | opfølgning | opfølgningen | opfølging |
    follow up | following up | follows up | folow up | follwo up |
    chase | chasing | chase up | chasing up | call | calling |
    ringing | ping | pinging | check in | checking in | check back | checking back |
    circle back | circling back | get back to | getting back to | touch base | touching base |
    nudge | nudging | reach out | reaching out | remind | reminding | email | emailing |
    follow them up | call back | calling back | followup | follow-up | have another chat |
    try again | trying again | try them again | trying them again | try back | f/u | f/u with |
    retry | retrying | re-try |
    have another go | having another go | give it another go | giving it another go |
    have another try | give them another try | prøve igjen | prøver igjen | försöka igen |
    försöker igen | prøve igen | prøver igen |
    f/up | f/up with |
    nytt forsøk | ny forsøk | nytt försök | nyt forsøg | nyt forsog | new attempt |
    ta det opp igjen | tar det opp igjen |
    ta det opp igen | tar det opp igen | tar det op igen | tager det op igen | tage det op igen |
    ta upp det igen | tar upp det igen | ta det upp igen | tar det upp igen | ta det igjen |
    tar det igjen | tar det igen | tager det igen |
    another attempt | another try |
    having another chat | catch up again | catching up again | catch up | catching up | catch-up |
    kommer innom | stikker innom | stikke innom | titter innom | kikker innom | kommer forbi |
    kigger forbi | kigger ind | kommer förbi | tittar förbi | tittar in | kikar förbi |
    drop by | dropping by | drop in | dropping in | pop in | popping in | pop by | popping by |
    swing by | swinging by | back in | be back in | going back in | heading back in |
    back in with them
    """
)  # (session 68: "kommer innom butikken i morgen", "popping in Thursday": a visit of ours)

# A follow-up meeting or call named in one word ("oppfølgingsmøte", "uppföljningssamtal",
# "opfølgningsmøde", "follow-up-call"), folded: its start. Read by the commands and the
# channel-message reader alike.
STEP_NOUN_STEMS = ("oppfolgings", "uppfoljnings", "opfolgnings", "follow-up-", "followup-")
# A follow-up named by its noun, folded ("oppfølging torsdag", "follow-up Friday"); the stems
# above are the compounds.
STEP_NOUNS = {
    "oppfolging", "oppfolgingen", "oppfolgning", "uppfoljning", "uppfoljningen", "opfolgning",
    "opfolgningen", "followup", "follow-up",
    # lead36: shortened ("oppf. tirsdag", "uppf. tisdag", "opf. tirsdag", "f/u Tue", "FU tue")
    "oppf", "oppf.", "uppf", "uppf.", "opf", "opf.", "f/u", "fu", "fup",
    # session 57: a call back in one word ("spoke to procurement, callback Fri": Friday was
    # read as the call's day)
    "callback", "call-back",
}  # fmt: skip

# The customer coming back to us: no step of ours, never the record's day either.
THEIRS = _phrases(
    """
    kommer tilbake | kommer tilbage | vender tilbake | vender tilbage | vende tilbage |
    melder tilbake | melder tilbage | melde tilbage | gir svar | giver svar | gir beskjed |
    giver besked | giver et svar | svarer | svarar | svare | svara | återkommer | återkomma |
    hör av sig | hører fra | høre fra | hører fra dem | høre fra dem | hörs | höras |
    come back | coming back | comes back | get back to us | get back to me | get back |
    getting back to us | getting back to me | gets back to us | revert | reverting |
    reply | replying | respond | responding | answer | answering | decide | deciding |
    beslutter | bestemmer seg | bestämmer sig | beslutar | besluter | bestemmer sig
    """
)

# heldcmd33 (the lead's decision, session 33). Coming back said with no subject ("…, återkommer v.
# 46", "…, kommer tilbake fredag", "…, vender tilbage i morgen", "…, get back Friday") opening its
# clause: the seller's own log, written in the first person with the subject left out, so the
# seller's step; with one ("de återkommer", "kunden kommer tilbake") the customer's, a note.
SELF_ALONE = tuple(
    tuple(fold(w) for w in entry.split())
    for entry in (
        "återkommer", "kommer tilbake", "kommer tilbage", "kommer tillbaka", "vender tilbage",
        "vender tilbake", "get back",
    )
)  # fmt: skip


def said_alone(words: Sequence[str], i: int, size: int) -> bool:
    """heldcmd33. Whether the phrase of `size` words at `i` (folded) is coming back said with
    no subject (SELF_ALONE); the caller knows that it opens its clause."""
    return tuple(words[i : i + size]) in SELF_ALONE


# Words that may stand between the verb and its day: whom ("dem", "them", "kunden"), how
# ("igjen", "again", "på mail") and the little words of a date ("på", "on", "i").
_BETWEEN = {
    fold(w)
    for w in """dem dom de dei them him her ham han henne hende hun hon kunden kunde kund
    customer client ham igjen igen again tilbake tillbaka tilbage back opp op upp up inn in
    ind på pa on i til till to med with om by via per pr mail mailen e-post epost email
    telefon tlf phone the den det it about angående angaende ang re vedr kring innen inden
    innan before senest senast latest w/c wc w/b før före over""".split()
}

# Words between a day first and its verb ("på fredag følger jeg opp", "Thursday I'll chase",
# "i morgon ska jag ringa"): who, and the future.
_SUBJECT = {
    fold(w)
    for w in """jeg jag eg vi i we i'll we'll ill well will shall skal ska skall vil vill
    kommer att til å at going to gonna am are i'm we're im så sa then da også ogsa also
    just bare bara lige""".split()
}

# Whoever comes back is the customer: "de", "they", "kunden" before the verb.
THEY = _THEY = {
    fold(w)
    for w in """de dom dei they they'll theyll kunden kunde kund customer client han hun hon
    he she deres he'll she'll he's she's they're""".split()
}
_US = {fold(w) for w in "us me oss meg mig os".split()}
# Session 63. A promise of what the seller will do, and the infinitive's mark after it ("agreed
# to send …", "lovet å sende …", "lovade att skicka …", "lovede at sende …"), folded: one set for
# the step readers (here, commands.step_periods, commands.next_steps)
PROMISES = frozenset(
    fold(w) for w in "agreed promised lovet lovte lovede lovade utlovet lova lovat".split()
)
PROMISE_TO = frozenset({"to", "a", "aa", "att", "at"})
_MODALS = (
    ("going", "to"),
    ("kommer", "att"),
    ("kommer", "til", "a"),
    ("kommer", "til", "at"),
    ("will",),
    ("i'll",),
    ("we'll",),
    ("shall",),
    ("gonna",),
    ("skal",),
    ("ska",),
    ("skall",),
    ("vil",),
    ("vill",),
    ("ma",),
    ("maste",),
    ("need", "to"),
    ("must",),
    # session 63: a promise, its day the step's ("agreed to send the case studies Thursday")
    ("agreed", "to"),
    ("promised", "to"),
    ("lovet", "a"),
    ("lovte", "a"),
    ("lovede", "at"),
    ("lovade", "att"),
)
_MODAL_FIRST = {said[0] for said in _MODALS}
_WHO = {fold(w) for w in "jeg jag eg vi i we".split()}  # "følger jeg opp": who, not the step
# The seller, before a verb of coming back: the seller's step ("i" is a preposition too).
_WE = {fold(w) for w in "jeg jag eg vi we i'll we'll ill".split()}
_INSIDE = {fold(w) for w in "dem dom dei them de kunden".split()}

# Days gone: after a verb they are the record's day ("/logcall Vodafone call yesterday").
_GONE = {
    fold(w)
    for w in """yesterday igår gar igar igaar forgars forgårs iforgars last forrige förra
    sidste past earlier tidligere tidigare mandags tirsdags tisdags onsdags torsdags fredags
    lørdags lördags søndags söndags ago siden sedan""".split()
}


# Words that name a step with the verb after them ("follow-up call", "oppfølgings-samtale").
STEP_BEFORE = _STEP_BEFORE = {
    fold(w)
    for w in """follow-up followup oppfølging oppfølgings uppföljning uppföljnings opfølgning
    opfølgnings next neste nästa næste ny nytt nye nya nyt new another""".split()
}


# Got, before "ny kontakt": a new person to talk to, not contact again
_GOT = {fold(w) for w in "fikk fick fik fått fatt fået har got have has".split()}


def _looks_back(words: Sequence[str], end: int) -> bool:
    """The first word after the phrase, past its little words, names a day gone."""
    for word in words[end : end + MAX_BETWEEN + 1]:
        if word in _GONE:
            return True
        if word not in _BETWEEN:
            return False
    return False


# The phrases by their first word, the customer coming back first, the longest first.
_BY_FIRST: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
for _table, _ours in ((THEIRS, False), (OURS, True)):
    for _phrase in _table:
        _BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _ours))

MAX_BETWEEN = 4  # "ringer dem igjen på mail fredag": at most this many words between


@dataclass(frozen=True)
class Said:
    """A follow-up phrase and the day tied to it: `start:end` the phrase's words as typed;
    `ours` the seller's next step, else the customer coming back."""

    start: int
    end: int
    ours: bool


def phrase_at(
    words: Sequence[str], i: int, limit: int | None = None, *, modal: bool = False
) -> tuple[int, bool] | None:
    """(length, ours) of the follow-up phrase at word `i` (folded words) ending by `limit`, or
    None. One word may stand inside a phrase after its verb ("følger jeg opp", "följer dem
    upp", "ringer vi tilbake"): the length counts it."""
    if i >= len(words):
        return None
    limit = len(words) if limit is None else limit
    if words[i] in _MODAL_FIRST:
        for said in _MODALS:  # "will follow up", "skal følge opp", "ska ringa": the future
            if tuple(words[i : i + len(said)]) == said and i + len(said) < len(words):
                found = phrase_at(words, i + len(said), limit, modal=True)
                if found is not None:
                    return found[0] + len(said), found[1]
    candidates = _BY_FIRST.get(words[i])
    if not candidates:
        return None
    if not modal and any(tuple(words[max(i - len(m), 0) : i]) == m for m in _MODALS):
        return None  # the phrase starts at its modal ("will follow up"), read from there
    for phrase, ours in candidates:
        size = len(phrase)
        if tuple(words[i : i + size]) != phrase:
            inserted = (
                size > 1
                and i + size + 1 <= limit
                and i + 1 < len(words)
                and words[i + 1] in _SUBJECT | _INSIDE
                and tuple(words[i + 2 : i + size + 1]) == phrase[1:]
            )
            if not inserted:
                continue
            size += 1
        end = i + size
        if end > limit:
            continue
        if ours and i > 0 and words[i - 1] in _STEP_BEFORE:
            return None  # "follow-up call Dec 2", "neste ring fredag": that step's word
        if (
            phrase[:2] == ("back", "in")
            and i > 0
            and words[i - 1] not in _WHO | _SUBJECT
            and words[i - 1][:1].isalnum()
        ):
            continue  # session 69: "call back in 2 weeks" is that phrase's; "back in" opens
        if ours and phrase[0] == "ny" and i > 0 and words[i - 1] in _GOT:
            return None  # heldmsg32. "fikk ny kontakt i dag": a new contact person, no step
        if not ours and tuple(words[end : end + 1]) in (("til",), ("till",), ("to",)):
            # (a tuple either way: the commands' words are one, a message's a list)
            if words[end + 1 : end + 2] and words[end + 1] in _INSIDE:
                ours = True  # "vender tilbage til dem", "get back to them": ours
        if not ours and i > 0 and words[i - 1] in _WE:
            ours = True  # heldcmd29: "jag återkommer på fredag", "jeg melder tilbake fredag"
        if ours and _looks_back(words, end):
            return None  # "call yesterday", "ringer i går": the record's own day
        if ours and end < len(words) and words[end] in _US:
            return None  # "get back to us": theirs, read from THEIRS first
        if ours and i > 0 and words[i - 1] in _THEY:
            return size, False  # "de ringer fredag", "they'll call Monday"
        return size, ours
    return None


@lru_cache(maxsize=64)
def words_of(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A command's tokens folded, without the marks around them (as the commands read words)."""
    return tuple(fold(token).strip(".,;:!?()") for token in tokens)


def after_modal(words: Sequence[str], i: int) -> bool:
    """Word `i` opens a phrase said with its modal before it ("will follow up"): the phrase
    is read from the modal."""
    return phrase_at(words, i) is None and phrase_at(words, i, modal=True) is not None


def tied(
    words: Sequence[str],
    day_start: int,
    day_end: int,
    *,
    same_clause: Sequence[bool] | None = None,
    skip: frozenset[int] = frozenset(),
    names: frozenset[int] = frozenset(),
) -> Said | None:
    """The follow-up phrase the day at `day_start:day_end` belongs to, or None.

    words: the folded words; same_clause[i]: word i is in the day's clause (None: all are);
    skip: words that are the record's own (its cue: "Ringer Telia fredag" is that call's day);
    names: words of a customer's name, which may stand between ("ringer Equinor fredag")."""

    def inside(i: int) -> bool:
        return 0 <= i < len(words) and (same_clause is None or same_clause[i])

    # The verb first: "følger opp torsdag", "chasing them on Thursday".
    for start in range(day_start - 1, max(day_start - MAX_BETWEEN - 4, -1), -1):
        if not inside(start):
            break
        found = phrase_at(words, start, day_start)
        if found is None:
            continue
        size, ours = found
        if not ours and same_clause is not None and said_alone(words, start, size):
            ours = not inside(start - 1)  # heldcmd33: opening its clause, no subject before it
        end = start + size
        if any(i in skip for i in range(start, end)):
            continue
        between = range(end, day_start)
        if len(between) <= MAX_BETWEEN and all(
            words[i] in _BETWEEN
            or i in names
            # session 69: who, right after the verb it follows ("referatet sender jeg i morgen",
            # "kontrakten sender jeg den 1.": the object first, the subject after the verb)
            or (i == end and words[i] in _WHO and _object_first(words, start, inside))
            for i in between
        ):
            return Said(start, end, ours)
    # The day first: "på fredag følger jeg opp", "Thursday I'll chase them".
    at = day_end
    while inside(at) and at - day_end < 3 and words[at] in _SUBJECT | _THEY:
        at += 1
    if inside(at) and at not in skip:
        found = phrase_at(words, at, modal=True)
        if found is not None:
            size, ours = found
            they = any(words[i] in _THEY for i in range(day_end, at))
            if not any(i in skip for i in range(at, at + size)):
                return Said(at, at + size, ours and not they)
    return None


def _within(in_it: Sequence[bool], i: int) -> bool:
    return 0 <= i < len(in_it) and in_it[i]


def _object_first(words: Sequence[str], verb: int, inside: Callable[[int], bool]) -> bool:
    """The one word before the verb opens its clause and is no one who does it ("referatet
    sender jeg", not "jeg sender", "de ringer")."""
    return (
        verb > 0
        and inside(verb - 1)
        and words[verb - 1][:1].isalpha()
        and (not inside(verb - 2) or not words[verb - 2][:1].isalnum())
        and words[verb - 1] not in _SUBJECT | _THEY | _WE | _BETWEEN
    )


def step_words(typed: Sequence[str], said: Said) -> str:
    """The next step as the seller typed its verb ("følger opp", "ringer", "chasing")."""
    typed = list(typed[said.start : said.end])
    for modal in _MODALS:  # "skal følge opp": "følge opp", the step
        if len(typed) > len(modal) and tuple(fold(w) for w in typed[: len(modal)]) == modal:
            typed = typed[len(modal) :]
            break
    words = [w for k, w in enumerate(typed) if not k or fold(w) not in _WHO]
    if words and words[0][:1].isupper() and words[0][1:].islower():
        words[0] = words[0].lower()  # "Purrer mandag": capitalised as a sentence opens
    return " ".join(words).strip(",;:.!?")  # "på fredag følger jeg opp": "følger opp"


def in_message(
    tokens: Sequence[object],
    own: frozenset[int],
    names: frozenset[int],
    ahead: Sequence[object],
    today: object,
) -> dict[int, tuple[Said, object]]:
    """The days of a channel message (`ahead`: its dates read forward, each with start, end and
    day) that a follow-up phrase claims, by the day's first word: (the phrase, the coming day).
    `tokens`: the message's tokens (folded, clause); `own`: the record's own words."""
    words = [t.folded for t in tokens]  # type: ignore[attr-defined]
    claimed: dict[int, tuple[Said, object]] = {}
    for day in ahead:
        start, end, due = day.start, day.end, day.day  # type: ignore[attr-defined]
        if due < today:  # type: ignore[operator]
            continue  # (mendA33: a month alone, "følger opp i januar", is a step: its last
            # working day, capture/judge._off_a_day_off; was no step, dropped unsaid)
        clause = tokens[start].clause  # type: ignore[attr-defined]
        said = tied(
            words,
            start,
            end,
            same_clause=[t.clause == clause for t in tokens],  # type: ignore[attr-defined]
            skip=own,
            names=names,
        )
        if said is not None:
            claimed[start] = (said, due)
    # heldmsg32. "… innen fredag så jeg sender det på torsdag": a phrase that claims the day
    # after it ("sender … torsdag") is not also the step of the day before it ("fredag så jeg
    # sender"), which is theirs
    verb_first = {(s.start, s.end) for at, (s, _) in claimed.items() if s.start < at}
    return {
        at: (s, due)
        for at, (s, due) in claimed.items()
        if s.start < at or (s.start, s.end) not in verb_first
    }


# Words around a month that leave it a month ("i januar", "neste måned", "next month").
_MONTH_LINKS = {"i", "in", "pa", "paa", "during", "under", "neste", "next", "nasta", "naeste"}
_MONTH_NOUNS = {"maned", "maneden", "manad", "manaden", "maaned", "maaneden", "month"}
_NOT_MONTHS = {"jul"}  # "før jul", "i jul": Christmas


def a_month_alone(words: Sequence[str]) -> bool:
    """ "i januar", "neste måned", "next month": a month, no day of it. The date reader dates
    it on its first day, which as a follow-up's due day would be a day nobody said (New Year's
    Day for "de vil ha tilbud i januar"): no dated step. Days of a month ("15. januar",
    "ultimo desember", "w/c 3rd Jan") and "jul" (Christmas, "før jul") stay."""
    named = [w for w in words if w not in _MONTH_LINKS]
    return bool(named) and all(
        (w in MONTHS and w not in _NOT_MONTHS) or w in _MONTH_NOUNS for w in named
    )


def first_step(tokens: Sequence[object], claimed: dict[int, tuple[Said, object]]):  # type: ignore[no-untyped-def]
    """(what, due) of the first of our own steps among the claimed days, as typed; or None."""
    for start in sorted(claimed):
        said, due = claimed[start]
        if said.ours:
            what = step_words([t.text for t in tokens], said)  # type: ignore[attr-defined]
            folded = [t.folded for t in tokens]  # type: ignore[attr-defined]
            end = said.end
            if end < len(folded) and folded[end] in _WHO and said.start > 0:
                clause = tokens[said.start].clause  # type: ignore[attr-defined]
                in_it = [t.clause == clause for t in tokens]  # type: ignore[attr-defined]
                if _object_first(folded, said.start, partial(_within, in_it)):
                    # session 69: "referatet sender jeg i morgen": "sender referatet"
                    obj = tokens[said.start - 1].text  # type: ignore[attr-defined]
                    if obj[:1].isupper() and obj[1:].islower():
                        obj = obj.lower()  # "Referatet sender jeg i morgen": as a sentence opens
                    what = f"{what} {obj}"
            return what, due
    return None


_DASHES = {"-", "–", "—"}


# lead35. Someone of the customer's away or back ("is off until", "she's back", "er borte til",
# "är på semester till", "er på ferie til", "out of office until"), folded words joined by spaces
_AWAY = re.compile(
    r"(?:(?:^|\s)(?:is|are|er|ar|e|was|var)|'s)\s+(?:off|away|out|back|borte|bortreist|bortrest|"
    r"tilbake|tillbaka|tilbage|syk|sjuk|syg|sick|ill|ledig|pa\s+ferie|pa\s+semester|pa\s+ferie|"
    r"on\s+(?:holiday|leave|vacation)|(?:out\s+)?of\s+office)\b"
    r"|(?:^|\s)(?:ooo|out\s+of\s+office)\b"
)


def their_remark(text: str, *, leading: Collection[str] = ()) -> tuple[str, str | None]:
    """A log command's last clause, after a comma or a dash, that says the customer comes back
    ("…, de vender tilbage i næste uge", "…, they'll come back next week"): the text without
    it, and the clause as typed (a note: no step of ours, never the activity's day). A word of
    `leading` (folded: the lead's temperature) and its emoji may open the clause and stay in
    the text ("…, cold 🥶 buyer's off till after the school hols", session 67)."""
    typed = text.split()
    words = [fold(w).strip(",;:.!?") for w in typed]
    for i in range(1, len(typed)):
        if not (typed[i - 1].endswith((",", ";")) or typed[i - 1] in _DASHES):
            continue
        start = i
        if re.sub(r"[^\w-]+$", "", words[i]) in leading:
            start += 1
            while start < len(typed) and not any(ch.isalnum() for ch in typed[start]):
                start += 1  # its emoji
            if start >= len(typed):
                continue
        if _AWAY.search(" ".join(words[start : start + 4])) is not None:  # its subject's
            # lead35: "…, Jim is off until Friday", "…, she's back Friday", "…, Kari er borte til
            # fredag": someone of theirs away or back, a note (was the record dated the Friday
            # gone, or refused as ahead)
            return _split_at(typed, i, start)
        at = start
        while at < len(words) and at - start < 2 and words[at] in _THEY:
            at += 1
        found = phrase_at(words, at) if at < len(words) else None
        if found is None or found[1] or (at == start and words[at] not in _THEIRS_ALONE):
            continue
        if at == start and said_alone(words, at, found[0]):
            continue  # heldcmd33: "…, återkommer v. 46": the seller's step (SELF_ALONE)
        return _split_at(typed, i, start)
    return text, None


# The customer's no, in their words: "not interested", "ikke aktuelt", "inte intresserade"
INTEREST_STEMS = ("interess", "intress", "interest", "aktuel", "keen")
_NOT = {fold(w) for w in "not ikke ikkje inte ej no".split()}
_ANSWER_SMALL = {
    fold(w)
    for w in "er var är was were is are they're theyre right now nå nu just akkurat lige "
    "i år this year yet ennå än endnu for tiden for øyeblikket för tillfället for now at the "
    "moment pt p.t. helt really".split()
}


def _split_at(typed: list[str], i: int, start: int | None = None) -> tuple[str, str]:
    """The words before the clause that starts at `i` (its comma or dash dropped), and the
    clause as typed; from `start` when words of the text's stand first in it (kept)."""
    if start is not None and start > i:
        return " ".join(typed[:start]), " ".join(typed[start:])
    before = typed[: i - 1] + ([typed[i - 1].rstrip(",;")] if typed[i - 1] not in _DASHES else [])
    return " ".join(before), " ".join(typed[i:])


def their_answer(text: str) -> tuple[str, str | None]:
    """A log command's last clause, after a comma or a dash, that is the customer's no ("…, ikke
    interessert", "…, not interested right now", "…, de er ikke aktuelle i år"): the text without
    it, and the clause as typed (a note: the call or meeting was held all the same). At the very
    end it needs no comma ("Telenor ikke interessert", "Revolut not interested"): nothing but
    the no follows it."""
    typed = text.split()
    for i in range(1, len(typed)):
        # with no comma or dash before it, the same test: the clause must end the text
        words = [fold(w).strip(",;:.!?()") for w in typed[i:]]
        at = 0
        while at < len(words) and at < 3 and (words[at] in _THEY or words[at] in _ANSWER_SMALL):
            at += 1
        if at + 1 >= len(words) or words[at] not in _NOT:
            continue
        if not words[at + 1].startswith(INTEREST_STEMS):
            continue
        if any(w not in _ANSWER_SMALL and w not in _THEY for w in words[at + 2 :]):
            continue
        return _split_at(typed, i)
    return text, None


def how_it_went(text: str) -> tuple[str, str | None]:
    """A log command's last clause, after a comma, that says how it came about ("…, efter
    förhandling", "…, etter litt press", "…, after a long negotiation"): the text without it,
    and the clause as typed (a note). Not a clause with a number or a time in it ("…, etter
    jul", "…, after the 15th"): that may be data, and is asked about."""
    typed = text.split()
    for i in range(1, len(typed)):
        if not typed[i - 1].endswith((",", ";")):
            continue
        if any(w.endswith((",", ";")) for w in typed[i:-1]):
            continue  # the last clause only
        words = [fold(w).strip(",;:.!?()") for w in typed[i:]]
        if len(words) < 2 or len(words) > 5 or words[0] not in _AFTER:
            continue
        rest = [w for w in words[1:] if w not in _HOW_SMALL]
        if not rest or any(not w.isalpha() or w in _TIMES_OF_YEAR for w in rest):
            continue
        if not any(w.startswith(_HOW_NOUNS) for w in rest):
            continue
        return " ".join([*typed[: i - 1], typed[i - 1].rstrip(",;")]), " ".join(typed[i:])
    return text, None


# lead35. How the talk felt, said in a clause of its own ("…, god stemning", "…, lovende", "…,
# went well", "…, veldig positive", "…, gick bra, de var intresserade"): its words, folded. Only
# such words, at least one of them a judgement (_FELT_CORE): the note, never asked about (was "I
# could not read 'went well'"). A temperature is no such word (varm, het, kald are the lead's).
_FELT_CORE = {
    fold(w)
    for w in """positiv positive positivt lovende lovande promising good great nice fine fint fin
    bra god godt gode goda gott ok okay dårlig dårlige dålig dåligt bad poor negativ negative
    negativt interessert interesserte intresserad intresserade intresserat interesseret
    interesserede interested engasjert engagerad engageret engaged spennende spännande
    spændende exciting konstruktiv konstruktivt konstruktive constructive produktiv produktivt
    productive hyggelig hyggeligt trevlig trevligt pleasant flott awesome strong sterk stark solid
    well jättebra kjempebra kjempefint supergod superbra mega""".split()
}
_FELT_WORDS = _FELT_CORE | {
    fold(w)
    for w in """veldig svært meget rigtig riktig mycket super really very so så ganske ret rätt
    quite pretty fairly helt totally stemning stemningen stämning stämningen vibes vibe feeling
    følelse känsla dialog dialogen dialogue prat snakk snak chat start energy energi respons response feedback tilbakemelding tilbakemeldinger
    återkoppling tilbagemelding gikk gick gik went go går gå var er är was were is are looks
    seemed seems felt virket virker verkar kjentes kändes de dei dom they it det han hun hon he
    she kunden a an the en et ett ut""".split()
}


def how_it_felt(text: str) -> tuple[str, str | None]:
    """lead35. A log command's last clause, after a comma, that only says how the talk felt
    ("…, god stemning", "…, went well"): the text without it, and the clause as typed (a note)."""
    typed = text.split()
    for i in range(len(typed) - 1, 0, -1):
        if not typed[i - 1].endswith((",", ";")):
            continue
        words = [fold(w).strip(",;:.!?()") for w in typed[i:]]
        if len(words) > 6 or not all(w in _FELT_WORDS for w in words):
            return text, None
        if not any(w in _FELT_CORE for w in words):
            return text, None
        return " ".join([*typed[: i - 1], typed[i - 1].rstrip(",;")]), " ".join(typed[i:])
    return text, None


_AFTER = {"etter", "efter", "after", "etterpa", "efterpa"}
# Small words between "after" and what it was after ("etter litt press", "after a long …")
_HOW_SMALL = {
    fold(w)
    for w in "litt lite en et ett a an the lang lange langa long lengre længere tøff tøft tuff "
    "tough hard hardt mye mycket meget much some noe noen nogle några mange många many mer "
    "mere more deres their våre vores vår våra our".split()
}
# How a deal came about: negotiation, pressure, a discussion, a trial, a meeting, back and forth
_HOW_NOUNS = tuple(
    fold(w)
    for w in "forhandling förhandling negotiat press tryk tryck pressure diskusjon diskussion "
    "diskussion discussion drøfting dragkamp back-and-forth "
    "runder rundor runde omgang omgångar prøve prov pilot test demo møt möt mød meeting "
    "befaring visning tilbudsrunde anbud budrund prisforhandling prisdiskusjon".split()
)
_TIMES_OF_YEAR = {
    fold(w)
    for w in "jul julen nyttår nytår nyår nyttar nytar nyar christmas xmas påske påsk easter "
    "sommer sommar summer ferien ferie semestern holidays holiday helga helgen weekend "
    "weekenden nyåret new year".split()
}


# Phrases that say the customer comes back without a "they" before them ("…, svar fredag" is
# not among them: that is a deadline, read as such).
_THEIRS_ALONE = {fold(w) for w in "återkommer kommer vender melder come coming".split()}
