"""What weighing works on and gives: the message's tokens and hits (Message), a cue (Cue), the
outcome (Outcome, Recognition), and small questions about where words stand."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from enum import StrEnum

from bot.domain import ActivityKind, Temperature
from bot.services import follow_up
from bot.services.capture.grammar import _AUX, _OURS
from bot.services.capture.signals import Hit, Name, Token
from bot.services.commands import LogCommand, NextStep
from bot.services.commands.words import WANT_WORDS as _COMMAND_WANTS

MAX_LENGTH = 1000  # longer posts are reports, not announcements

LONG_MESSAGE = 400  # a long post may hold several records: asked, never recorded unasked
# The lexicon's categories of words that say a record happened (a win, a loss, an offer, a talk).
KIND_WORDS = frozenset({
    "WIN_VERBS", "WIN_LIKELY", "WIN_NOUNS", "LOSS_VERBS", "OFFER_NOUNS", "OFFER_VERBS",
    "SEND_VERBS", "MEETING_VERBS", "MEETING_NOUNS", "MEETING_PRESENT", "CALL_VERBS",
    "CALL_NOUNS", "CALL_PRESENT", "FOLLOW_UPS", "MEETING_LIKELY", "BOOKING_VERBS",
})  # fmt: skip
# Goals and plans said in a heading ("Mål for uka:", "Veckans mål:", "Ukas plan:"): no news.
GOAL_WORDS = frozenset({
    "mal", "malet", "maal", "maalet", "goal", "goals", "target", "targets", "fokus", "focus",
    "plan", "planen",
})  # fmt: skip


class Outcome(StrEnum):
    SURE = "sure"
    LIKELY = "likely"
    NOTHING = "nothing"


_RANK = {Outcome.SURE: 2, Outcome.LIKELY: 1, Outcome.NOTHING: 0}

_KIND_RANK = {
    ActivityKind.WIN: 5,
    ActivityKind.LOSS: 4,
    ActivityKind.OFFER: 3,
    ActivityKind.MEETING: 2,
    ActivityKind.CALL: 1,
}


@dataclass(frozen=True)
class Recognition:
    outcome: Outcome
    kind: ActivityKind | None = None
    customer: str | None = None
    amount: Decimal | None = None
    currency: str | None = None  # None: the team's currency
    when: date | None = None
    next_step: NextStep | None = None  # a booked or coming meeting: the lead's next activity
    known_customer: bool = False
    complete: bool = False  # can be stored as it is (an offer has its amount …)
    reasons: tuple[str, ...] = ()  # lexicon labels and checks, for tuning; no message text
    # Held now, with what comes next said beside it ("…, sending the offer tomorrow").
    follow_up: NextStep | None = None
    # A second record in the same message ("Demo for Elkjøp i dag + sendte tilbud, 260k", "Var
    # hos Netto og Salling i dag"): its author is asked about it on its own, never dropped.
    also: Recognition | None = None
    # "Ringte Telia nettopp, varm lead", "Møte med DNB i dag, het": how the lead stands
    temperature: Temperature | None = None
    # A loss's reason as written after the customer ("Lost Boots, they went with a competitor":
    # "they went with a competitor"), its note, as /loglost keeps one.
    reason: str | None = None
    # "Ringte Novo 2 ganger i dag": the same talk N times, N records once its author says so;
    # the words that said it, as typed
    times: int = 1
    times_said: str | None = None
    # "ringte Tine mandag og onsdag": the same talk on days of its own (as many as `times`,
    # `when` the first), all stored with one click, each on its day (readers25)
    days: tuple[date, ...] = ()
    # "85k/mnd til Bring, 24 mnd binding": `amount` is the whole value for the term (2 040 000)
    # and this the price per period as said (85 000), the other reading its author is offered
    price: Decimal | None = None
    # "Møte med Marks and Spencer i dag", neither name known: the first of two records, or one
    # customer of both names (this, as typed)? Its author picks (session 23)
    one_name: str | None = None
    # "Ringte Telenor x2 uten svar, prøver igjen torsdag": the call nobody answered counts
    # nothing; the next try is the lead's next step, planned only where the lead is open already
    # (session 24). Set with `next_step` on a planned call.
    retry: bool = False
    # "Møte i Drammen", "Besøg hos Ringkøbing", "Meeting in Leeds": the name read is a town, no
    # customer of the team; its author is asked which customer it was (readers24)
    place: bool = False
    # Session 43. "Signed!! 🍾", "offert skickad 👍 380k", "de signerte!!!": news of the author's
    # own sale with no customer named anywhere: asked privately which customer, the log form a
    # click away with what was read (customer "" until its author names one; was silence)
    nameless: bool = False
    # "Forrige uke: man møte Orkla, tirs tlf Tine x3, ons tilbud Kiwi 200k": a week told by its
    # days (session 24, conv24): every row (this and those `also` holds) asked in ONE question,
    # "Record all 6?", each with its day; one click stores them all, nothing stored before
    record_all: bool = False
    # A summary's row with no day of its own ("Denne uken: 3 møter (Orkla, Tine, Kiwi)"): on
    # its week's Monday, said so in the question ("date not given")
    undated: bool = False
    # "Møte med DNB fredag kl 14" said on a Tuesday: held last Friday (`when`) or planned for
    # the coming Friday (this)? Its author picks, each day on its button (session 25)
    ahead: date | None = None
    # left33. "Møte med DNB fredag kl 14": the time said after the day, as typed ("kl 14"),
    # kept with the coming reading's plan (was: planned without it)
    ahead_at: str | None = None
    # "Rettelse: Nammo var 350k, ikke 320k": the amount it was NOT, of a record posted before;
    # that record's amount is offered to be mended, not a second deal logged (session 25)
    corrects: Decimal | None = None
    # review25. "Met Kiwi 11/10" from an English-speaking seller: 11 Oct or 10 Nov, both gone by
    # (bot/services/slash_dates.py): which day is asked, each on its button; `when` is the first
    which_days: tuple[date, ...] = ()
    # review25. "Kiwi 95k": a known customer and an amount, nothing else: an offer sent or a
    # win? Asked, each on its button (`kind` meanwhile the offer); never recorded unasked
    which_kind: bool = False
    # days26. "Uka så langt: 2 møter (Tine, Orkla), 5 samtaler": counts with no customer, as
    # typed ("5 samtaler"); every record is one customer's, so these are not recorded, and the
    # "Record all" question says so (set on a record_all chain's first row)
    unnamed: tuple[str, ...] = ()
    # days27. "Mandag: møte med Equinor. Torsdag: møte med Telenor" said on a Tuesday, no week
    # named, the rows neutral: the week gone (this chain) or this week, its rows on this week's
    # days and those still to come planned (`next_step`): the other reading, its author picks
    # (set on a record_all chain's first row)
    this_week: Recognition | None = None
    # mendA29. "Veckan: mån möte ICA, …, tor vann ICA 1,2 mkr" said on a Tuesday: an item on a
    # day still to come that is no plan (a win, a loss), as typed: not recorded, and the
    # "Record all" question says so (set on a record_all chain's first row)
    not_yet: tuple[str, ...] = ()
    # mendC30. "Ringer Orkla igjen tirsdag 16." where the 16th is a Wednesday: the plan's (or
    # next step's) two readings, the date said and the weekday nearest it, each on its button
    clash_days: tuple[date, ...] = ()
    # left31. "Møte med Tine tirsdag 16." said on Fri 18 Dec, the 16th a Wednesday: the held
    # record's own day is the clash, its two readings in `which_days` (Wed 16, Tue 15)
    days_clash: bool = False
    # mendG31. "Jag och Kari vann Telenor 2 mkr", "Mette and I closed Boots £22k": the colleague
    # named as winning it with the author, as typed ("@person" for a mention): whose win it is
    # to log is asked (the author's, or the colleague's to log), never stored unasked
    together: str | None = None
    # mendI31. "Met Boots today, next meeting Fri or Mon": `clash_days` are two days said with
    # an or-word, no clash (the question says so)
    step_either: bool = False
    # mendC33. "Sendte tilbud til Orkla 450k, følger opp etter 14/12": the step with no day of
    # its own, as typed (named in the question; the record's note if recorded without it), and
    # the first working day after the date said, offered for it on a button
    step_words: str | None = None
    step_after: date | None = None
    # left34. The step the day offered stores: its kind ("ringer etter 14/12" a call) or its
    # words as typed ("sender kontrakten"); the follow-up when it names neither
    step_what: str | None = None
    # mendC33. "…, sender faktura fredag", "…, de sender kontrakten mandag": a dated clause
    # that is no step of the seller's (an invoice, done work, the customer's action), as
    # typed: the record's note
    aside: str | None = None
    # Session 39. "Yara signerte 1 mill inkl mva": the amount said with VAT in it; asked without
    # it or as written (bot/services/vat.py), never stored unasked at a price with the tax
    with_vat: bool = False

    @property
    def planned(self) -> bool:
        return self.next_step is not None

    def command(self) -> LogCommand:
        """The log to store (or to ask about); only for sure and likely outcomes."""
        assert self.kind is not None and self.customer is not None and self.when is not None
        return LogCommand(
            kind=self.kind,
            customer=self.customer,
            when=self.when,
            amount=self.amount,
            currency=self.currency if self.amount is not None else None,
            next_step=self.next_step or self.follow_up,
            temperature=self.temperature,
            # a loss's reason; a call's words that say nobody answered (mendG31)
            note="; ".join(
                part
                for part in (
                    self.reason if self.kind in (ActivityKind.LOSS, ActivityKind.CALL) else None,
                    self.aside,
                )
                if part
            )
            or None,
            times=self.times,
            times_said=self.times_said,
            days=self.days,
        )


NOTHING = Recognition(Outcome.NOTHING)


@dataclass
class Cue:
    kind: ActivityKind
    strong: bool
    start: int
    end: int
    label: str
    after_only: bool = False  # "Vant Nammo": the customer follows ("Nammo vant" is their news)
    booked: bool = False
    celebration: bool = False
    with_amount: bool = False  # strong when an amount goes with it ("Ordre på 1,2 mill")
    verbless: bool = False  # a noun alone: any negation or future in its clause counts
    present: bool = False  # "Ringer Telia kl 14", "Mødes med Mærsk i morgen": now or coming
    words: frozenset[int] = frozenset()  # the cue's own tokens (a name may sit between them)
    counted: int = 0  # "2 calls today: Ikea … and Max …": as many records, one customer each

    def __post_init__(self) -> None:
        if not self.words:
            self.words = frozenset(range(self.start, self.end))


@dataclass
class Message:
    tokens: list[Token]
    hits: list[Hit]
    known: list[Name]
    guessed: list[Name] = field(default_factory=list)
    known_keys: dict[str, str] = field(default_factory=dict)
    date_words: frozenset[int] = frozenset()  # tokens that are part of a date
    year: int = 0  # this year
    posted: time | None = None  # the author's time of day when it was posted
    money_words: frozenset[int] = frozenset()  # tokens that are part of an amount
    done: bool = False  # an item under a heading of what was done: its weekday is the last one
    dated_item: bool = False  # an item of a list on a weekday of its own ("man møte Kiwi, …")
    sorry: bool = False  # a face of regret in it ("😒", ":disappointed:"; signals.sorry)

    def of(self, category: str) -> list[Hit]:
        return [h for h in self.hits if h.category == category]

    def sentence(self, i: int) -> int:
        return self.tokens[min(i, len(self.tokens) - 1)].sentence

    def clause(self, i: int) -> int:
        return self.tokens[min(i, len(self.tokens) - 1)].clause


# A clause whose subject is the customer ("de", "they", "kunden", "their board"): what it says
# they do is theirs ("…, de har budsjettmøte på fredag", "de ska diskutera internt").
_THEIR_SUBJECTS = follow_up.THEY | {"their", "deras", "dere", "they're", "theyre", "they'll"}
_OPENERS = {"og", "and", "men", "but", "och", "sa", "so", "then", "da", "dvs", "nu", "na", "now"}
# Said of them with a day, these place it ahead: a modal, the present tense of having or meeting.
_THEIR_AHEAD = {
    "skal", "ska", "skall", "vil", "vill", "will", "'ll", "kommer", "going", "gonna", "har",
    "has", "have", "er", "ar", "is", "are", "holder", "haller", "meets", "meet", "motes",
    "mots", "modes", "plans", "planning", "planlegger", "planerar", "planlaegger", "skulle",
    # mendC33: their present-tense sending or signing ("de sender kontrakten mandag", "they're
    # sending the contract Monday"): their coming day, the talk today's
    "sender", "skickar", "sends", "sending", "signerer", "signerar", "underskriver", "signs",
    "signing",
}  # fmt: skip


def their_clause(m: Message, clause: int) -> bool:
    """The clause's subject is the customer: it opens (after "og", "but") with "de", "they",
    "kunden", "their", "deras"."""
    words = [t.folded for t in m.tokens if t.clause == clause and t.is_word]
    while words and words[0] in _OPENERS:
        words = words[1:]
    if not words:
        return False
    if words[0] in ("the", "var", "vores", "var") and len(words) > 1:
        return words[1] in ("customer", "client", "kunden", "kunde")
    return words[0] in _THEIR_SUBJECTS


def their_day_ahead(m: Message, clause: int) -> bool:
    """A clause of theirs that places its day ahead: "de skal ha internt møte onsdag", "De har
    budsjettmøte på fredag", "their procurement meets Thursday"."""
    if not their_clause(m, clause):
        return False
    return any(t.clause == clause and t.folded in _THEIR_AHEAD for t in m.tokens)


# heldmsg34. A signing wanted, not done: "de vil signere før 30/6", "de vill signera före 30/6",
# "want it signed before 30/6", "ønsker å skrive under" (the wish word, then at most a few of these)
WANT_WORDS = _COMMAND_WANTS | {"would"}
_WANTED_FILLERS = {
    "it", "to", "a", "att", "at", "gjerne", "garna", "gerne", "like", "get", "have", "ha", "fa",
    "them", "dem", "the", "deal", "contract", "avtalen", "avtalet", "aftalen", "kontrakten",
}  # fmt: skip


# Now, said right beside a record's words ("sendt nå", "skickad nu", "just sent", "sent it now")
_NOW = {"na", "nu", "now", "nettopp", "nettop", "netop", "nyss", "just"}


def now_beside(m: Message, cue: Cue) -> bool:
    """ "Quote sendt nå", "Offert skickad nu", "just sent the quote": the record's own day is
    now, said in its clause right before or after its words."""
    first, last = min(cue.words), max(cue.words)
    near = [first - 1, last + 1, last + 2]
    return any(
        0 <= i < len(m.tokens)
        and m.tokens[i].folded in _NOW
        and m.clause(i) == m.clause(first)
        and not (i + 1 < len(m.tokens) and m.tokens[i + 1].folded in ("pa", "on", "i"))
        for i in near
    )


def wanted_before(m: Message, start: int) -> bool:
    """A wish word right before the word at `start` ("vil signere", "want it signed")."""
    i, skipped = start - 1, 0
    while i >= 0 and m.tokens[i].folded in _WANTED_FILLERS and skipped < 3:
        i, skipped = i - 1, skipped + 1
    return i >= 0 and m.tokens[i].folded in WANT_WORDS


def _money_at(m: Message, i: int) -> bool:
    if i >= len(m.tokens) or not m.tokens[i].is_word:
        return False
    text = m.tokens[i].text
    return text[:1].isdigit() and any(ch.isalpha() for ch in text) or text[:1] in "€$£"


def _in_sentence(m: Message, cue: Cue, category: str) -> bool:
    sentence = m.sentence(cue.start)
    return any(h.category == category and m.sentence(h.start) == sentence for h in m.hits)


def _near(m: Message, hit: Hit, category: str) -> Hit | None:
    """Another phrase of `category` in the same sentence, not overlapping `hit`: the nearest."""
    sentence = m.sentence(hit.start)
    found = [
        h
        for h in m.of(category)
        if m.sentence(h.start) == sentence and (h.end <= hit.start or h.start >= hit.end)
    ]
    return min(found, key=lambda h: abs(h.start - hit.start), default=None)


def _spanning(kind: ActivityKind, a: Hit, b: Hit, label: str, after_only: bool = False) -> Cue:
    words = frozenset(range(a.start, a.end)) | frozenset(range(b.start, b.end))
    return Cue(kind, True, min(a.start, b.start), max(a.end, b.end), label, after_only, words=words)


def _next_word(m: Message, i: int) -> str:
    return m.tokens[i].folded if i < len(m.tokens) else ""


def _clause_tokens(m: Message, cue: Cue) -> range:
    """The clauses the cue's words are in (a noun and its verb may sit in two)."""
    clauses = {m.tokens[i].clause for i in cue.words}
    first = min(cue.words)
    while first > 0 and m.tokens[first - 1].clause in clauses:
        first -= 1
    last = max(cue.words) + 1
    while last < len(m.tokens) and m.tokens[last].clause in clauses:
        last += 1
    return range(first, last)


def _subject(m: Message, cue: Cue) -> int | None:
    """The word right before the cue (past "har", "just" …), unless it is we or I."""
    i = cue.start - 1
    while i >= 0 and m.tokens[i].is_word and m.tokens[i].folded in _AUX - _OURS:
        i -= 1
    if i < 0 or not m.tokens[i].is_word or m.tokens[i].folded in _OURS:
        return None
    return i


def _same_as_cue(hit: Hit, cue: Cue) -> bool:
    return all(i in cue.words for i in range(hit.start, hit.end))


def cheered_after(m: Message, name: Name, cue: Cue) -> bool:
    """ "Quote Hub Ltd won!! 🥳 £210k": the message opens with the name and the word, and
    nothing follows but cheers and the amount: we won them (not "Orkla won a contract in
    Brazil", their news, nor "Brann won 2-1")."""
    if name.start != 0 or name.end != cue.start:
        return False
    after = [(i, t) for i, t in enumerate(m.tokens) if i > max(cue.words)]
    if not after or any(t.text.startswith("?") for _, t in after):
        return False
    if not all(i in m.money_words or not t.text[:1].isalnum() for i, t in after):
        return False
    first = after[0][1].text
    if m.money_words:
        # Session 42: a cheer or a comma first too ("Volvo Cars won 🎉 2,4 MSEK", "Tesco won,
        # £40k"; was: their win, nothing recorded)
        return first.startswith("!") or first == "," or not first[:1].isascii()
    # Session 42. "Kiwi won 🎉", "Kiwi won!": a known customer cheered, no amount (asked)
    known = any(n.start == name.start and n.end == name.end for n in m.known)
    return known and (first.startswith("!") or not first[:1].isascii())
