"""Weighing what a message contains into one of three outcomes.

- *sure*: an unmistakable record ("Signert Equinor 450k"): stored at once, ✅ and Undo;
- *likely*: probably a record, but something is missing or doubtful (a loss, a win without an
  amount, a name we have never seen next to a weak word): the author is asked privately;
- *nothing*: chatter.

A cue is a lexicon phrase that says what happened (a win verb, an offer noun sent, a meeting).
Each cue is judged in its own clause and sentence (a question, a negation, the future, a wish,
someone else's offer, an internal meeting, a game) and gets a customer (one the workspace knows,
anywhere in the message; else a capitalised name right next to the cue or after "with/med/hos"),
an amount and a date. The best-judged cue decides. Pure: `today` is passed in.

Structure counts as much as words: who did it (we, or a third party named right before the verb:
their news, or a competitor's win, which is our loss only where we had an offer out), what a win
word is about (`_object`: the customer or a sale, else a meeting agreed, a thing that is no sale,
or a word we do not know, which is asked and never recorded unasked), when (the future, a heading
of plans such as "Next week:", long ago), and how many customers the message names (two known
ones: never recorded unasked). When in doubt, ask: *likely*, never *sure*."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from decimal import Decimal
from enum import StrEnum

from bot.domain import ActivityKind
from bot.services.amounts import ABOUT_WORDS, number_words
from bot.services.capture import lexicon, signals
from bot.services.capture.signals import Hit, KnownCustomers, Name, Token
from bot.services.commands import LogCommand, NextStep
from bot.services.customers import customer_key
from bot.services.dates import MAX_PAST_DAYS, fold, time_suffix

MAX_LENGTH = 1000  # longer posts are reports, not announcements
LONG_MESSAGE = 400  # a long post may hold several records: asked, never recorded unasked


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
            next_step=self.next_step,
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

    def of(self, category: str) -> list[Hit]:
        return [h for h in self.hits if h.category == category]

    def sentence(self, i: int) -> int:
        return self.tokens[min(i, len(self.tokens) - 1)].sentence

    def clause(self, i: int) -> int:
        return self.tokens[min(i, len(self.tokens) - 1)].clause


def recognise(
    text: str,
    *,
    today: date,
    krone: str = "NOK",
    known_customers: Iterable[str] | KnownCustomers = (),
    open_offers: Collection[str] = (),
    posted: time | None = None,
) -> Recognition:
    """What a channel message records. `known_customers`: the workspace's customer names (or a
    prepared KnownCustomers); `open_offers`: customer keys with an open offer (a win announced
    without an amount closes it); `posted`: the author's local time of day when it was posted (a
    meeting today at a later hour has not been held yet)."""
    if not text or len(text) > MAX_LENGTH:
        return NOTHING
    known = (
        known_customers
        if isinstance(known_customers, KnownCustomers)
        else KnownCustomers.of(known_customers)
    )
    tokens = signals.tokenise(signals.clean(text))
    if not any(t.is_word for t in tokens):
        return NOTHING
    message = Message(tokens, signals.find_phrases(tokens), signals.known_names(tokens, known))
    message.known_keys = known.by_key
    message.year = today.year
    message.posted = posted
    found_days = signals.dates(tokens, today, ())
    message.date_words = frozenset(i for d in found_days for i in range(d.start, d.end))
    taken = {i for n in message.known for i in range(n.start, n.end)}
    # "Won Acme Nov 17": a date with its day number is never part of a guessed name.
    numbered = {
        i
        for d in found_days
        if any(tokens[k].text[:1].isdigit() for k in range(d.start, d.end))
        for i in range(d.start, d.end)
    }
    message.guessed = signals.guessed_names(tokens, taken | numbered)
    message.money_words = frozenset(
        i for a in signals.amounts(tokens, krone, taken) for i in range(a.start, a.end)
    )
    if _agenda(message, today):
        return NOTHING
    best = NOTHING
    # A name in a clause called off ("Meeting with DNB cancelled, but signed Yara") is no news
    # of its own: the message is not a list of several customers' news.
    called_off = {message.clause(h.start) for h in message.of("NOT_YET")}
    customers: set[str] = {
        customer_key(n.display) for n in message.known if message.clause(n.start) not in called_off
    }
    for cue in _cues(message):
        found = _judge(message, cue, today, krone, open_offers)
        if found.outcome is not Outcome.NOTHING and found.customer:
            customers.add(customer_key(found.customer))
        if _better(found, best):
            best = found
    if best.outcome is not Outcome.NOTHING and any(t.folded in signals.LAUGHS for t in tokens):
        # "Vant 500 kr på Flax i lunsjen 😂": a joke is asked at most, and about a name kpibot
        # does not know, not at all.
        if not best.known_customer:
            return Recognition(Outcome.NOTHING, best.kind, reasons=(*best.reasons, "laughing"))
        if best.outcome is Outcome.SURE:
            best = _as_likely(best, "laughing")
    if best.outcome is Outcome.SURE and len(text) > LONG_MESSAGE:
        best = _as_likely(best, "long")
    if best.outcome is Outcome.SURE and len(customers) > 1:
        best = _as_likely(best, "several-customers")  # a list of news: which one is it?
    if _later_today(best, today, posted, tokens):
        # "Har møte med DNB kl 14 i dag" posted at nine: not held yet. Asked as a plan (the
        # lead's next step today), never counted as held.
        best = Recognition(
            Outcome.LIKELY,
            best.kind,
            best.customer,
            best.amount,
            best.currency,
            best.when,
            NextStep(best.kind.value, today),  # type: ignore[union-attr]
            best.known_customer,
            True,
            (*best.reasons, "later-today"),
        )
    return best


def _later_today(
    found: Recognition, today: date, posted: time | None, tokens: list[signals.Token]
) -> bool:
    """A meeting or call today at a time of day still ahead when the message was posted."""
    if posted is None or found.outcome is Outcome.NOTHING or found.next_step is not None:
        return False
    if found.kind not in (ActivityKind.MEETING, ActivityKind.CALL) or found.when != today:
        return False
    at = signals.clock_time(tokens)
    return at is not None and at > posted


def _better(new: Recognition, old: Recognition) -> bool:
    if _RANK[new.outcome] != _RANK[old.outcome]:
        return _RANK[new.outcome] > _RANK[old.outcome]
    if new.outcome is Outcome.NOTHING:
        return False
    new_weak, old_weak = "weak-cue" in new.reasons, "weak-cue" in old.reasons
    if new_weak != old_weak:
        return old_weak
    return _KIND_RANK[new.kind] > _KIND_RANK[old.kind]  # type: ignore[index]


def _as_likely(found: Recognition, reason: str) -> Recognition:
    return Recognition(
        Outcome.LIKELY,
        found.kind,
        found.customer,
        found.amount,
        found.currency,
        found.when,
        found.next_step,
        found.known_customer,
        found.complete,
        (*found.reasons, reason),
    )


# -- cues ------------------------------------------------------------------------------------
_MEETING_LINKS = {"of", "fran", "m"} | {
    fold(w) for w in "with med hos at w w/ i på ved vid mot mod for för til hjå".split()
}
_OFFER_LINKS = {fold(w) for w in "to til till for för".split()}
_US = {"oss", "us", "os", "meg", "me", "mig"}
_HAD = {fold(w) for w in "hadde hade havde had hatt haft var was were a an en et ett".split()}
_WE_OR_US = {"oss", "us", "os", "vi", "we", "ours"}  # said of the team ("not us", "ikke oss")
_LABEL_MARKS = {":", "-", "–", "—", "→", ">"}
_FROM = {"fra", "fran", "from", "af"}
_WIN_LINKS = {
    "with",
    "med",
    "hos",
    "from",
    "fra",
    "fran",
    "af",
    "w",
    "w/",
    "to",
    "av",  # "Tilldelades kontraktet av Trafikverket"
    "by",
    "til",
    "till",
    "for",
}
_POSSESSIVES = {"ours", "var", "vart", "vare", "vores"}
_OURS = {fold(w) for w in "we i vi jeg jag eg me us oss os team teamet".split()}
_OBJECTS = {fold(w) for w in signals.entries(lexicon.SALE_OBJECTS)}
_SALES = _OBJECTS - {"the", "a", "an", "en", "et", "ett", "our", "vart", "var", "vores"}
_SALES -= {"new", "ny", "nytt", "nye", "nya"}
_ADJECTIVES = {fold(w) for w in signals.entries(lexicon.SALE_ADJECTIVES)}
_FUNCTION = {fold(w) for w in signals.entries(lexicon.FUNCTION_WORDS)}
_NON_SALE = [fold(w) for w in signals.entries(lexicon.NON_SALE_OBJECTS)]
_SALE_WORD_CATEGORIES = {"WIN_NOUNS", "ORDER_NOUNS", "OFFER_NOUNS", "COMPLETING", "WIN_VERBS"}
_SALE_ENDINGS = tuple(
    w
    for w in _SALES | {p.words[0] for c in ("WIN_NOUNS", "ORDER_NOUNS") for p in signals.PHRASES[c]}
    if len(w) >= 5
)
_ABOUT_A_MEETING = {"MEETING_NOUNS", "MEETING_REFERENCES", "MEETING_VERBS", "MEETING_LIKELY"}
_ABOUT_SOMETHING_ELSE = {"INTERNAL", "NOT_BUSINESS", "NOT_SALES", "LOST_THINGS"}
_LINK_WORDS = {"with", "med", "to", "til", "till", "hos", "at", "from", "fra", "fran", "the", "a"}
_RELATIVES = {"som", "who", "that", "der"}
_PHONE_WORDS = {"phone", "telephone", "telefon", "telefonen", "tlf", "tlf."}
# Active past forms of losing: the one named right before them lost ("Yara tapte penger"); our
# loss is said "Tapte Yara", "Yara tapt", "Lost Yara".
_ACTIVE_LOSSES = {fold(w) for w in "tapte tappade förlorade tabte mistet miste mistede".split()}
_AUX = {
    fold(w)
    for w in "har er has is är have ble blev blir blivit was were just nettopp nettop endelig "
    "finally äntligen omsider nu nå now officially offisielt officiellt officielt også also "
    "ogsa også : - – vi we".split()
}


def _cues(m: Message) -> list[Cue]:
    """Every reading of the message's phrases as a kind of record, strong or weak."""
    cues: list[Cue] = []
    win, offer, meeting = ActivityKind.WIN, ActivityKind.OFFER, ActivityKind.MEETING
    after_only = {(h.start, h.end) for h in m.of("WIN_AFTER_ONLY")}
    orders = {(h.start, h.end) for h in m.of("ORDER_NOUNS")}
    for h in m.of("WIN_VERBS"):
        cues.append(Cue(win, True, h.start, h.end, h.phrase, (h.start, h.end) in after_only))
    for h in m.of("WIN_LIKELY"):
        cues.append(Cue(win, False, h.start, h.end, h.phrase))
    for h in m.of("WIN_WITH_AMOUNT"):
        cues.append(Cue(win, False, h.start, h.end, h.phrase, with_amount=True))
    for h in m.of("BOOKING_VERBS"):
        # "Booked 1.1M with Yara": booked revenue, not a meeting
        if _money_at(m, h.end):
            cues.append(Cue(win, True, h.start, h.end, f"{h.phrase}+amount"))
    for h in m.of("OFFER_VERBS"):
        cues.append(Cue(offer, True, h.start, h.end, h.phrase))
    for h in m.of("LOSS_VERBS"):
        cues.append(Cue(ActivityKind.LOSS, True, h.start, h.end, h.phrase))
    for h in m.of("WIN_NOUNS"):
        done = _near(m, h, "COMPLETING")
        if done is not None:
            news = (done.start, done.end) in after_only  # "Equinor won a contract": their news
            cues.append(_spanning(win, h, done, f"{h.phrase}+{done.phrase}", news))
        else:
            order = (h.start, h.end) in orders
            cues.append(Cue(win, False, h.start, h.end, h.phrase, with_amount=order, verbless=True))
    for h in m.of("OFFER_NOUNS"):
        accepted = _near(m, h, "ACCEPTED")
        sent = _near(m, h, "SEND_VERBS")
        if accepted is not None:
            cues.append(_spanning(win, h, accepted, f"{h.phrase}+{accepted.phrase}"))
        elif sent is not None:
            cues.append(_spanning(offer, h, sent, f"{h.phrase}+{sent.phrase}"))
        else:
            # "Tilbud til Yara"; not "Equinor posted a tender for 20M" (an amount, no customer)
            linked = _next_word(m, h.end) in _OFFER_LINKS and not (
                h.end + 1 < len(m.tokens)
                and (h.end + 1 in m.money_words or m.tokens[h.end + 1].text[:1].isdigit())
            )
            cues.append(Cue(offer, linked, h.start, h.end, h.phrase, verbless=True))
    for h in m.of("MEETING_VERBS"):
        cues.append(Cue(meeting, True, h.start, h.end, h.phrase))
    for h in m.of("MEETING_NOUNS"):
        booked = _near(m, h, "BOOKING_VERBS")
        happened = _near(m, h, "HAPPENED")
        if booked is not None:
            cue = _spanning(meeting, h, booked, f"{h.phrase}+{booked.phrase}")
            cue.booked = True
            cues.append(cue)
        elif happened is not None:
            cues.append(_spanning(meeting, h, happened, f"{h.phrase}+{happened.phrase}"))
        else:
            linked = any(_next_word(m, h.end + k) in _MEETING_LINKS for k in range(3))
            cues.append(Cue(meeting, linked, h.start, h.end, h.phrase, verbless=True))
    for h in m.of("MEETING_REFERENCES"):
        happened = _near(m, h, "HAPPENED")
        if happened is not None:
            cues.append(_spanning(meeting, h, happened, f"{h.phrase}+{happened.phrase}"))
        else:
            cues.append(Cue(meeting, False, h.start, h.end, h.phrase, verbless=True))
    for h in m.of("MEETING_LIKELY"):
        cues.append(Cue(meeting, False, h.start, h.end, h.phrase))
    for h in m.of("CALL_VERBS"):
        cues.append(Cue(ActivityKind.CALL, True, h.start, h.end, h.phrase))
    for h in m.of("FOLLOW_UPS"):
        if any(t.folded in _PHONE_WORDS and t.clause == m.clause(h.start) for t in m.tokens):
            cues.append(Cue(ActivityKind.CALL, True, h.start, h.end, f"{h.phrase}+phone"))
    for h in m.of("MEETING_PRESENT"):
        cues.append(Cue(meeting, True, h.start, h.end, h.phrase, present=True))
    for h in m.of("CALL_PRESENT"):
        cues.append(Cue(ActivityKind.CALL, True, h.start, h.end, h.phrase, present=True))
    for h in m.of("CALL_NOUNS"):
        linked = _next_word(m, h.end) in _MEETING_LINKS
        cues.append(Cue(ActivityKind.CALL, linked, h.start, h.end, h.phrase, verbless=True))
    for h in m.of("CELEBRATION"):
        cues.append(Cue(win, False, h.start, h.end, "emoji", celebration=True))
    for h in m.of("CHOSE"):
        rival = _near(m, h, "COMPETITOR")
        if rival is not None:
            cues.append(_spanning(ActivityKind.LOSS, h, rival, f"{h.phrase}+{rival.phrase}"))
    # "signerer", "vinner": the present tense of a done word is about what is coming.
    coming = {i for h in m.of("NOT_DONE_FORMS") for i in range(h.start, h.end)}
    cues = [c for c in cues if not (c.kind in (win, ActivityKind.LOSS) and c.words <= coming)]
    # "Caught up with Telenor over the phone", "Møte med DNB på telefon": a call.
    for cue in cues:
        if cue.kind is meeting and any(
            t.folded in _PHONE_WORDS and t.clause == m.clause(cue.start) for t in m.tokens
        ):
            cue.kind, cue.label = ActivityKind.CALL, f"{cue.label}+phone"
    # Signed, but with a competitor: a loss ("Orkla signed with our competitor").
    for cue in cues:
        if cue.kind is win and not cue.celebration and _in_sentence(m, cue, "COMPETITOR"):
            cue.kind, cue.label = ActivityKind.LOSS, f"{cue.label}+competitor"
    # Where cues of two kinds share words, the longer one (or the later one) says what it is:
    # "closed lost" is no win, in "vi fikk nei" the "fikk nei" is the loss.
    return [
        c
        for c in cues
        if not any(
            o.kind is not c.kind
            and o.words & c.words
            and (
                len(o.words) > len(c.words)
                or (len(o.words) == len(c.words) and min(o.words) > min(c.words))
            )
            for o in cues
        )
    ]


def _money_at(m: Message, i: int) -> bool:
    if i >= len(m.tokens) or not m.tokens[i].is_word:
        return False
    text = m.tokens[i].text
    return text[:1].isdigit() and any(ch.isalpha() for ch in text) or text[:1] in "€$£"


def _in_sentence(m: Message, cue: Cue, category: str) -> bool:
    sentence = m.sentence(cue.start)
    return any(h.category == category and m.sentence(h.start) == sentence for h in m.hits)


# "but", "men", "although": the clause after it says something of its own.
_CONTRAST = {
    fold(w) for w in "but men though although however yet dog likevel derimot mens medan".split()
}


def _not_yet(m: Message, cue: Cue) -> bool:
    """Called off or not done yet ("cancelled", "for signing"), in the cue's sentence. In another
    clause of it, only when nothing sets the two apart: "Meeting with DNB cancelled, but signed
    Yara 300k" and "Møtet med DNB ble avlyst, signerte Yara 300k" record the win; "Avtale med
    Yara 300k, til signering" does not."""
    sentence = m.sentence(cue.start)
    clauses = {m.tokens[i].clause for i in cue.words}
    for h in m.of("NOT_YET"):
        if m.sentence(h.start) != sentence:
            continue
        if not _apart(m, h, cue) and (
            m.clause(h.start) in clauses or not _apart_by_names(m, h, cue)
        ):
            return True
    return False


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


# -- judging one cue -------------------------------------------------------------------------
def _judge(
    m: Message, cue: Cue, today: date, krone: str, open_offers: Collection[str]
) -> Recognition:
    reasons = [f"cue:{cue.kind.value}:{cue.label}" + ("" if cue.strong else ":weak")]
    blocked = _blocked(m, cue)
    if blocked:
        return Recognition(Outcome.NOTHING, cue.kind, reasons=(*reasons, blocked))
    name = _customer(m, cue)
    awarded = _awarded(m, cue)
    if awarded is not None:
        name = awarded[0]  # "Kongsberg awarded the contract to …": Kongsberg is the customer
    if name is None:
        return Recognition(Outcome.NOTHING, cue.kind, reasons=(*reasons, "no-customer"))
    soft = _soft(m, cue, name)
    reasons.append("customer:known" if name.known else "customer:guessed")
    if cue.celebration and not name.known:
        return Recognition(Outcome.NOTHING, cue.kind, reasons=(*reasons, "emoji-unknown-name"))
    taken = set(range(name.start, name.end)) | set(cue.words)
    sentence = m.sentence(cue.start)
    money = None
    if cue.kind in (ActivityKind.WIN, ActivityKind.OFFER):
        found = signals.amounts(m.tokens, krone, taken)
        # "Nå er vi på 1,2 mill i Q4", "600k totalt hittil i år": a total, not this deal's
        found = [a for a in found if not _a_total(m, a)]
        found.sort(key=lambda a: (m.sentence(a.start) != sentence, abs(a.start - cue.start)))
        if found:
            money = found[0]
            taken |= set(range(money.start, money.end))
        several = {a.money.amount for a in found if _same_deal(m, a, found[0], name)}
    coming = any(_in_sentence(m, cue, c) for c in ("BOOKING_VERBS", "NEXT_WEEK")) or cue.booked
    coming = coming or cue.present
    days = signals.dates(m.tokens, today, taken, "future" if coming else "past")
    # "Called Yara, decision next week", "Sent offer to Yara, they decide on Monday": a day in
    # a clause of its own, about something else, is not when this was done.
    days = [d for d in days if not _another_things_day(m, cue, d)]
    vague = [h for h in m.of("VAGUE_PAST") if m.sentence(h.start) == m.sentence(cue.start)]
    vague_words = {i for h in vague for i in range(h.start, h.end)}
    days = [d for d in days if not any(i in vague_words for i in range(d.start, d.end))]
    days.sort(key=lambda d: (m.sentence(d.start) != sentence, abs(d.start - cue.start)))
    day = days[0] if days else None
    if money is None and day is not None and cue.kind in (ActivityKind.WIN, ActivityKind.OFFER):
        typed = " ".join(t.text for t in m.tokens[day.start : day.end])
        if re.fullmatch(r"[0-9]{1,2}\.[1-9]", typed):
            day = None  # "Sendt tilbud til Sats 9.9": 9,9 million unclear, not 9 September
            days = []
    # "Møte med DNB på mandag", "Meeting with DNB on Monday": a meeting named with no word for
    # whether it was held ("went well", "hadde") and a weekday that may be last or next. The
    # Scandinavian "på mandag" names the coming one (the last one is "i mandags", "i måndags"):
    # planned. A weekday said otherwise ("on Monday", "Kundemøte med Telenor onsdag") is asked
    # about as held on the last one, never counted unasked.
    unclear_when = (
        cue.kind in (ActivityKind.MEETING, ActivityKind.CALL)
        and not coming
        and day is not None
        and day.either_way
        and day.day < today
        and _named_only(m, cue, name, day)
    )
    if unclear_when and day is not None and m.tokens[day.start].folded == "pa":
        ahead = signals.dates(m.tokens, today, taken, "future")
        start = day.start
        day = next((d for d in ahead if d.start == start), day)
        unclear_when = False
    if cue.celebration:
        # Emoji speak for a win only around a bare name ("Equinor 🎉🎉", "🍾 Nammo 320k 🍾"),
        # not in a sentence about something else ("Equinor's results 🔥").
        spans = [(name.start, name.end)] + [(d.start, d.end) for d in days]
        if money is not None:
            spans.append((money.start, money.end))
        other = [
            t
            for i, t in enumerate(m.tokens)
            if t.is_word
            and t.text not in "🎉🤞🙏"
            and not any(a <= i < b for a, b in spans)
            and t.folded not in signals.NOT_NAMES
        ]
        if other:
            return Recognition(Outcome.NOTHING, cue.kind, reasons=(*reasons, "emoji-in-a-sentence"))

    kind = cue.kind
    amount = money.money.amount if money else None
    currency = money.money.currency if money else None
    when = today
    next_step = None
    if day is not None and today - timedelta(days=MAX_PAST_DAYS) <= day.day <= today:
        when = day.day
    planned_day = day.day if day is not None and day.day > today else None
    if day is not None and day.week and day.day <= today and day.day + timedelta(days=6) >= today:
        planned_day = None  # "this week": when = its Monday is a guess; keep today
        when = today
    if kind in (ActivityKind.MEETING, ActivityKind.CALL) and (planned_day or cue.booked):
        when = today
        if planned_day is not None:
            next_step = NextStep(kind.value, planned_day)

    key = customer_key(name.display)
    if kind is ActivityKind.WIN:
        complete = amount is not None or key in open_offers
    elif kind is ActivityKind.OFFER:
        complete = amount is not None
    elif cue.booked:
        complete = next_step is not None
    elif kind is ActivityKind.LOSS:
        complete = True
    else:
        complete = True

    def result(outcome: Outcome, *why: str) -> Recognition:
        return Recognition(
            outcome,
            kind,
            name.display,
            amount,
            currency,
            when,
            next_step,
            name.known,
            complete,
            (*reasons, *why),
        )

    if name.day_first and not name.known:
        # "Fredag Bygg signerte i dag": a company named so, or Friday and "Bygg"? Asked.
        return result(Outcome.LIKELY, "day-or-name")
    if name.lower_case:
        if amount is None or soft or kind is ActivityKind.LOSS:
            return result(Outcome.NOTHING, "lower-case-name")
        return result(Outcome.LIKELY, "lower-case-name")
    if kind is ActivityKind.LOSS and _lost_a_thing(m, cue, name):
        return result(Outcome.NOTHING, "lost-a-thing")  # "lost the Equinor slide deck"
    given_to_another = awarded is not None and awarded[1] is not None
    if kind is ActivityKind.WIN and (given_to_another or _with_someone_else(m, cue, name)):
        kind = ActivityKind.LOSS  # "Telenor signed with Microsoft, not us": asked as a loss
        sentence_words = {t.folded for t in m.tokens if t.sentence == m.sentence(cue.start)}
        if key not in open_offers and not sentence_words & _WE_OR_US:
            # "Fwd: Schibsted has signed with Accenture": their news, as a competitor's win is
            # our loss only where we had an offer out (or the message says we were in it).
            return result(Outcome.NOTHING, "their-deal")
    if kind is ActivityKind.LOSS and key not in open_offers and _competitor_won(m, cue):
        # "Konkurrenten vant Equinor": their win; our loss only where we had an offer out
        return result(Outcome.NOTHING, "their-win")
    if kind is ActivityKind.LOSS:
        scored = any(signals.SCORE.fullmatch(t.text) for t in m.tokens)
        if (soft == "not-business" and scored) or (soft and not name.known):
            return result(Outcome.NOTHING, soft)
        return result(Outcome.LIKELY, "loss")
    if soft:
        # A game or private life next to a customer's name: asked only with an amount at stake.
        if name.known and (soft == "internal" or amount is not None):
            return result(Outcome.LIKELY, soft)
        return result(Outcome.NOTHING, soft)
    if money is not None and money.money.currency is None and _counts_things(m, money.end):
        # "Ordre på 5M skruer fra Nammo", "5000 skruer": how many of a thing, not the deal's
        # value; asked, to be edited (never recorded as 5 million).
        amount, complete = None, False
        return result(Outcome.LIKELY, "a-count")
    if kind is ActivityKind.WIN and not cue.celebration and not cue.verbless:
        about = _object(m, cue, name)
        if about == "meeting":
            return result(Outcome.NOTHING, "a-meeting-agreed")  # "Orkla sa ja til møte"
        if about == "thing" or (about == "unknown" and not cue.strong):
            return result(Outcome.NOTHING, "won-something-else")  # "Ordered pizza for …"
        if about == "unknown" and _words_for_money(m, name) and amount is None:
            complete = False  # "Won Equinor two hundred k": edited, never recorded without it
            return result(Outcome.LIKELY, "amount-in-words")
        if about == "unknown":
            return result(Outcome.LIKELY, "object-unknown")
    if cue.verbless and not complete:
        return result(Outcome.NOTHING, "a-noun-alone")  # "tilbudet til Telenor": no amount
    if kind is ActivityKind.OFFER and name.end == cue.start and _possessive(m, name):
        return result(Outcome.NOTHING, "their-offer")  # "Telia's offer on phones"
    if not cue.strong and not (cue.with_amount and amount is not None):
        # A weak win word ("is ours") on a customer with an open offer: probably that offer.
        closes = kind is ActivityKind.WIN and not cue.verbless and key in open_offers
        cheered = any(h.category == "CELEBRATION" for h in m.hits)
        evidence = amount is not None or day is not None or cue.celebration or closes or cheered
        evidence = evidence or any(
            h.category == "MEETING_LIKELY" for h in m.hits if h.start == cue.start
        )
        if (name.known and evidence) or amount is not None:
            return result(Outcome.LIKELY, "weak-cue")
        return result(Outcome.NOTHING, "weak-cue")
    if not complete:
        return result(Outcome.LIKELY, "incomplete")
    if money is None and kind in (ActivityKind.WIN, ActivityKind.OFFER):
        if _unread_number(m, cue, name, days):
            # "Vant Nammo 1.5", "Won Nammo 1,5": a number read as neither amount nor date is
            # never dropped unasked (1,5 million?): edited, not recorded without it.
            complete = False
            return result(Outcome.LIKELY, "unclear-amount")
    if _joined_names(m, name):
        # "Møte med Acme og Globex", "Won Orkla and Telenor": two customers, one record each;
        # asked, never one customer "Acme og Globex" nor the second dropped unasked.
        return result(Outcome.LIKELY, "several-customers")
    if kind in (ActivityKind.WIN, ActivityKind.OFFER) and _words_for_money(m, name):
        # "Vant Orkla, tolv tusen": an amount in words, not read; asked (edited, never
        # recorded without it).
        complete = False
        return result(Outcome.LIKELY, "amount-in-words")
    if cue.present and next_step is None:
        # Now, or at an hour today: held once that hour has passed when it was posted (an
        # hour still ahead is a plan: see recognise); with no hour, or no time posted, asked.
        at = signals.clock_time(m.tokens)
        if at is None or m.posted is None or (day is not None and day.day != today):
            return result(Outcome.LIKELY, "present")
    if vague and not days:
        # "Met Yara a couple of days ago", "Møtte Yara nylig": which day is asked,
        # never stored as today.
        return result(Outcome.LIKELY, "vague-date")
    if kind is ActivityKind.WIN and any(
        h.category == "SIGNING_TO_COME" and not set(range(h.start, h.end)) & cue.words
        for h in m.hits
    ):
        return result(Outcome.LIKELY, "signing-to-come")  # "…, kontrakt signeres neste uke"
    if money is not None and len(several) > 1:
        return result(Outcome.LIKELY, "several-amounts")
    if money is not None and signals.is_rate(m.tokens, money, m.date_words):
        # "20k per måned", "20 lisenser à 5 000 kr": a price, not the deal's value. Asked about,
        # with the total where the count is said (100 000 kr), else the price to edit.
        total = signals.units_total(m.tokens, money)
        if total is not None:
            amount, currency = total.amount, total.currency
        return result(Outcome.LIKELY, "a-rate")
    if kind is ActivityKind.CALL and not cue.verbless and name.end <= cue.start:
        between = m.tokens[name.end : cue.start]
        if all(t.folded in _AUX - _OURS for t in between):
            return result(Outcome.LIKELY, "they-called")  # "Equinor called to complain …"
    if (
        kind in (ActivityKind.MEETING, ActivityKind.CALL)
        and planned_day is None
        and day is not None
        and day.day > today
    ):
        return result(Outcome.LIKELY, "date")
    if unclear_when:
        return result(Outcome.LIKELY, "last-or-next")
    if (
        kind in (ActivityKind.WIN, ActivityKind.OFFER)
        and day is not None
        and day.day > today
        and m.clause(day.start) in {m.clause(i) for i in cue.words}
    ):
        return result(Outcome.LIKELY, "date")  # "Vant Yara 25.11." typed on the 20th: which day?
    return result(Outcome.SURE)


_TOPIC_WORDS = {fold(w) for w in "om about on regarding angaende ang vedr vedrorende kring".split()}


_AND = {fold(w) for w in "og and och & , + samt plus".split()}


def _joined_names(m: Message, name: Name) -> bool:
    """Another customer's name joined to this one by "og", "and", "och", "&" or a comma."""
    for other in [*m.known, *m.guessed]:
        if other.start < name.end and name.start < other.end:
            continue  # itself, or overlapping it
        if customer_key(other.display) == customer_key(name.display):
            continue
        lo, hi = (name.end, other.start) if other.start >= name.end else (other.end, name.start)
        between = m.tokens[lo:hi]
        if between and len(between) <= 2 and all(t.folded in _AND for t in between):
            if any(t.folded != "," for t in between) or _listed(m, name, other):
                return True
    return False


def _listed(m: Message, name: Name, other: Name) -> bool:
    """ "Acme, Globex og DNB": names in a list, not a name and then the next clause."""
    last = max(name.end, other.end)
    return last < len(m.tokens) and m.tokens[last].folded in _AND - {","}


def _unread_number(m: Message, cue: Cue, name: Name, days: list[signals.When]) -> bool:
    """A number in the cue's sentence that is no date, hour, count, score or part of the name."""
    sentence = m.sentence(cue.start)
    dated = {i for d in days for i in range(d.start, d.end)} | m.date_words
    for i, t in enumerate(m.tokens):
        if t.sentence != sentence or not t.is_word or not t.text[:1].isdigit():
            continue
        if name.start <= i < name.end or i in m.money_words:
            continue
        if re.fullmatch(r"[0-9]{1,2}\.[1-9]", t.text):
            return True  # "1.5": 1,5 million as much as 1 May
        if i in dated:
            continue
        nxt = m.tokens[i + 1].folded if i + 1 < len(m.tokens) else ""
        prev = m.tokens[i - 1].folded if i > 0 else ""
        if nxt in signals._QUANTITY_WORDS or prev in signals._CLOCK_WORDS | {"at", "q", "kv"}:
            continue
        if signals.SCORE.fullmatch(t.text) or signals.time_range(t.text) or ":" in t.text:
            continue
        if re.fullmatch(r"[0-9]+(?:[.,][0-9]+)?", t.text):
            return True
    return False


def _words_for_money(m: Message, name: Name) -> bool:
    """An amount written in words that was not read as one ("tolv tusen", "two hundred k")."""
    texts = [t.text for t in m.tokens]
    start = 0
    while (found := number_words(texts[start:])) is not None:
        lo, hi = start + found[0], start + found[1]
        inside = any(name.start <= i < name.end for i in range(lo, hi))
        if not inside and not all(i in m.money_words for i in range(lo, hi)):
            return True
        start = hi
    return False


def _a_topic(m: Message, hit: Hit) -> bool:
    """ "møte om neste fase", "talked about next steps": a "next" that is what was talked
    about, not a plan."""
    return (
        hit.phrase in ("next", "neste", "nasta", "naeste")
        and hit.start > 0
        and m.tokens[hit.start - 1].folded in _TOPIC_WORDS
    )


def _same_deal(m: Message, amount: signals.Amount, chosen: signals.Amount, name: Name) -> bool:
    """Another amount that may be this deal's: in the chosen one's sentence, not nearer another
    known customer ("won Statkraft (1.4M), sent offer to Yara (300k)"). Two of them
    ("200k første år, 600k totalt", "380k (ned fra 420k)"): which is the deal's is asked."""
    if m.sentence(amount.start) != m.sentence(chosen.start):
        return False

    def gap(n: Name) -> int:
        return min(abs(amount.start - n.end), abs(n.start - amount.end))

    ours = gap(name)
    return not any(
        customer_key(n.display) != customer_key(name.display) and gap(n) < ours for n in m.known
    )


_TOTALS = [tuple(fold(w).split()) for w in signals.entries(lexicon.TOTALS)]


def _a_total(m: Message, amount: signals.Amount) -> bool:
    """An amount in a clause about a period or a pipeline ("Nå er vi på 1,2 mill i Q4",
    "Totalt 1,4 mill hittil i år"): a sum of deals, never this one deal's value."""
    clause = m.clause(amount.start)
    words = [t.folded for t in m.tokens if t.clause == clause and t.is_word]
    return any(
        words[i : i + len(phrase)] == list(phrase)
        for phrase in _TOTALS
        for i in range(len(words) - len(phrase) + 1)
    )


_MEETING_MEANS = {"teams", "zoom", "video", "skype", "meet", "google"}  # "Teams-møte med …"
_BARE_LINKS = _LINK_WORDS | {fold(w) for w in "på pa on i in om kl klokka klockan @ den".split()}


_RECORD_WORDS = {
    "WIN_VERBS",
    "WIN_LIKELY",
    "WIN_NOUNS",
    "WIN_WITH_AMOUNT",
    "COMPLETING",
    "ACCEPTED",
    "LOSS_VERBS",
    "OFFER_NOUNS",
    "SEND_VERBS",
    "OFFER_VERBS",
    "MEETING_VERBS",
    "MEETING_NOUNS",
    "MEETING_REFERENCES",
    "MEETING_PRESENT",
    "HAPPENED",
    "BOOKING_VERBS",
    "CALL_VERBS",
    "CALL_NOUNS",
    "CALL_PRESENT",
    "TODAY_PHRASES",
}


def _another_things_day(m: Message, cue: Cue, day: signals.When) -> bool:
    """A day in a clause other than the cue's, next to words of its own that say nothing of a
    record ("decision next week", "de svarer neste uke", "they decide on Monday"). A day alone
    in its clause ("Meeting with DNB, tomorrow at 10") or with a record word ("…, booket til
    tirsdag", "…, signert i går") stays the record's."""
    clause = m.clause(day.start)
    if clause in {m.tokens[i].clause for i in cue.words}:
        return False
    if any(m.clause(h.start) == clause for h in m.of("NOT_YET")):
        return True  # "Telenor call pushed to Monday; closed DNB 120k": the moved one's day
    recorded = {i for h in m.hits if h.category in _RECORD_WORDS for i in range(h.start, h.end)}
    own = [
        i
        for i, t in enumerate(m.tokens)
        if t.clause == clause
        and t.is_word
        and not day.start <= i < day.end
        and t.folded not in _BARE_LINKS | _FUNCTION
        and not t.text[:1].isdigit()
        and i not in m.money_words
        and t.text not in "🎉🤞🙏"
    ]
    return bool(own) and not any(i in recorded for i in own)


def _named_only(m: Message, cue: Cue, name: Name, day: signals.When) -> bool:
    """ "Møte med DNB på mandag", "Meeting with DNB on Monday (at 10)": a meeting or call named
    by its noun, with its customer and a day, and no other word: neither a verb that says it
    was held ("hadde", "met", "went well") nor a word on how it went ("godt", "great")."""
    nouns = [*m.of("MEETING_NOUNS"), *m.of("CALL_NOUNS")]
    if not any(h.start in cue.words for h in nouns):
        return False  # "met", "traff", "var hos": a verb, in the past
    sentence = m.sentence(cue.start)
    # The cue's own words count but for its noun: "Var på besøk hos Elkjøp på mandag" says by
    # "Var" that it was held (last Monday), "Besøk hos Elkjøp på mandag" does not.
    noun = {i for h in nouns for i in range(h.start, h.end) if i in cue.words}
    skip = noun | set(range(name.start, name.end)) | set(range(day.start, day.end))
    for i, t in enumerate(m.tokens):
        if t.sentence != sentence or not t.is_word or i in skip:
            continue
        if t.folded in _BARE_LINKS | _MEETING_MEANS or time_suffix([t.text]) or t.text.isdigit():
            continue
        if signals.time_range(t.text):
            continue
        return False
    return True


def _counts_things(m: Message, end: int) -> bool:
    """The word right after an amount names what was counted ("5M skruer", "5000 bolts"): a
    lower-case word kpibot knows nothing of, in the same clause."""
    if end >= len(m.tokens) or m.tokens[end].clause != m.tokens[end - 1].clause:
        return False
    token = m.tokens[end]
    if not token.is_word or not token.text[:1].islower():
        return False
    return _word_class(m, end) == "unknown"


def _word_class(m: Message, i: int) -> str:
    """What one word after a win word is: "ok" (a sale, the customer, an amount, a small word),
    "meeting", "thing" (something that is no sale) or "unknown"."""
    token = m.tokens[i]
    if not token.is_word or token.text in "🎉🤞🙏&" or token.text[:1].isdigit():
        return "ok"
    word = token.folded
    if i in m.money_words:
        return "ok"  # "Closed won Maersk €40k": an amount read as one, whatever its sign
    if i in m.date_words or word in signals._NUMBER_UNITS or word in signals.MONEY_WORDS:
        return "ok"
    if word.rstrip(".") in ABOUT_WORDS:
        return "ok"  # "Vant Veidekke ca. 320 000"
    categories = {h.category for h in m.hits if h.start <= i < h.end}
    if categories & _ABOUT_A_MEETING:
        return "meeting"
    if categories & _ABOUT_SOMETHING_ELSE or any(
        word.startswith(w[:-1]) if w.endswith("*") else word == w for w in _NON_SALE
    ):
        return "thing"
    if (
        categories & _SALE_WORD_CATEGORIES
        or word in _OBJECTS
        or word in _ADJECTIVES
        or word in _FUNCTION
        or word in _AUX
        or word in signals.NOT_NAMES
        or word in signals._QUANTITY_WORDS
        or word in signals.MONEY_WORDS
        or word in signals._NUMBER_UNITS
        or word in signals._SUFFIXES  # "Equinor asa"
        or categories
        or token.text[:1].isupper()
        or word.endswith(_SALE_ENDINGS)  # "treårsavtalen", "innkjøpsordren"
    ):
        return "ok"
    return "unknown"


_WHAT_LINKS = {fold(w) for w in "på of for av".split()}


def _object(m: Message, cue: Cue, name: Name) -> str:
    """What the win word is about: the words between it and its customer (when the customer
    follows), else the first words after it, and the word right after a customer that follows
    ("the Equinor ticket"). "ok", "meeting", "thing" or "unknown" (the worst found)."""
    clause = m.clause(max(cue.words))
    if name.start >= cue.end:
        gap = [i for i in range(cue.end, name.start) if i not in cue.words]
        after = [name.end] if name.end < len(m.tokens) else []
        after = [i for i in after if m.tokens[i].clause == m.tokens[name.end - 1].clause]
        looked = gap + after
    else:
        looked = []
        i = cue.end
        while i < len(m.tokens) and m.clause(i) == clause and len(looked) < 3:
            if i not in cue.words and not (name.start <= i < name.end):
                looked.append(i)
                if _word_class(m, i) != "ok" or (
                    m.tokens[i].is_word
                    and m.tokens[i].folded not in _FUNCTION | _ADJECTIVES | _AUX
                    and not m.tokens[i].text[:1].isdigit()
                ):
                    break  # the first word that says something is the object
            i += 1
        # "signert bestillingen på kaffe", "signed the order for coffee": what was ordered is
        # no sale (what it is about otherwise, "avtalen på drift", stays unjudged)
        last = looked[-1] if looked else -1
        if 0 <= last and last + 2 < len(m.tokens) and m.clause(last + 2) == clause:
            noun = m.tokens[last].folded
            ordered = (noun in _SALES or noun.endswith(_SALE_ENDINGS)) and m.tokens[
                last + 1
            ].folded in _WHAT_LINKS
            if ordered and _word_class(m, last + 2) in ("thing", "meeting"):
                return "thing"
    found = {_word_class(m, i) for i in looked}
    for worst in ("meeting", "thing", "unknown"):
        if worst in found:
            return worst
    return "ok"


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
    if cue.present and _someone_elses_win(m, cue):
        return "their-habit"  # "Telia ringer oss hele tiden": they call, in the present
    first = next(i for i, t in enumerate(m.tokens) if t.sentence == sentence)
    if any(h.category == "QUESTION_STARTS" and h.start == first for h in m.hits):
        return "question"
    if _not_yet(m, cue):
        return "not-yet"
    if cue.label == "cw" and re.fullmatch(r"[0-9]{1,2}", _next_word(m, cue.end)):
        return "calendar-week"  # "CW 48: meetings with Yara" (closed-won is "CW Yara 300k")
    if any(h.category == "NOT_SALES" for h in m.hits):
        return "not-sales"
    before_or_inside = [
        h for h in in_clause if (h.start < cue.end or cue.verbless) and not _same_as_cue(h, cue)
    ]
    if any(h.category == "NEGATIONS" for h in before_or_inside) or any(
        h.category == "NEGATIONS" and cue.end <= h.start <= cue.end + 1 for h in in_clause
    ):
        return "negation"
    # "Möte med SEB nästa tisdag": for a meeting or call, a "next" inside a date is when it
    # is planned (the lead's next activity), not a plan to do it.
    dated = cue.strong and cue.kind in (ActivityKind.MEETING, ActivityKind.CALL)
    if any(
        h.category == "FUTURE"
        and not (dated and all(i in m.date_words for i in range(h.start, h.end)))
        and not _a_topic(m, h)
        for h in before_or_inside
    ):
        return "future"
    if any(h.category == "HEDGES" and not _same_as_cue(h, cue) for h in in_clause):
        return "hedge"
    sent = cue.kind is ActivityKind.OFFER and cue.strong
    if not sent and any(h.category == "WISHES" and h.phrase not in "🤞🙏" for h in in_clause):
        return "wish"
    # "Telenor signed today 🙏": after a word in the past the folded hands thank; around a
    # weak word they hope, as crossed fingers do.
    hoping = "🤞" if cue.strong else "🤞🙏"
    if cue.kind in (ActivityKind.WIN, ActivityKind.LOSS) and any(
        h.phrase in hoping and m.sentence(h.start) == sentence for h in m.hits
    ):
        return "wish"
    if any(h.category == "PRAISE" for h in before_or_inside) or (
        cue.celebration and any(h.category == "PRAISE" for h in m.hits)
    ):
        return "praise"
    if cue.kind is ActivityKind.CALL and any(
        h.category == "NEGATIONS" and m.sentence(h.start) == sentence for h in m.hits
    ):
        return "no-answer"  # "Ringte Yara, fikk ikke svar"
    if cue.verbless and cue.kind is ActivityKind.MEETING and cue.end < len(m.tokens):
        if cue.end not in cue.words and _word_class(m, cue.end) == "thing":
            return "a-meeting-word-in-a-name"  # "Demo environment for Orkla is down"
    if cue.label.rsplit(" ", 1)[-1] in _POSSESSIVES and cue.end < len(m.tokens):
        nxt = m.tokens[cue.end]
        if nxt.is_word and nxt.text not in "🎉🤞🙏" and cue.end not in m.date_words:
            return "our-something"  # "Equinor er vår største kunde", not "Equinor er vår"
    if cue.kind in (ActivityKind.OFFER, ActivityKind.WIN) and not cue.celebration:
        if any(
            h.category == "OFFER_NOT_OURS"
            and m.sentence(h.start) == sentence
            and _next_word(m, h.end) not in _US
            for h in m.hits
        ):
            if cue.kind is ActivityKind.OFFER or "+" in cue.label:
                return "not-our-offer"
    if _in_sentence(m, cue, "LONG_AGO") or _earlier_year(m, sentence):
        return "long-ago"  # "Last year we won Equinor", "We signed Orkla in 2019"
    if cue.kind is ActivityKind.WIN and _in_sentence(m, cue, "THEIR_NEWS"):
        return "their-news"
    if cue.after_only and _someone_elses_win(m, cue):
        return "their-win"
    if cue.kind is ActivityKind.LOSS and cue.label in _ACTIVE_LOSSES and _someone_elses_win(m, cue):
        return "their-loss"  # "Volvo förlorade mycket på börsen": Volvo lost, not we
    if any(h.category == "ON_BEHALF" for h in m.hits) or _quoting(m):
        return "someone-else"  # "På vegne av Ola: vant Yara 300k": not the author's figure
    subject = cue.start - 1
    # "Kari hadde møte med Yara": past "had", "was" before a meeting noun, then who
    while subject >= 0 and m.tokens[subject].folded in _AUX | _HAD and m.tokens[subject].is_word:
        subject -= 1
    if subject > 0 and m.tokens[subject].folded in _RELATIVES:
        subject -= 1  # "Hurra for Kari som vant Nammo", "kudos to Ola who closed Yara"
    if subject >= 0 and m.tokens[subject].is_word:
        word = m.tokens[subject]
        with_me = subject >= 2 and (
            m.tokens[subject - 1].folded in _AND - {","}
            and m.tokens[subject - 2].folded in _OURS | _US
        )  # "Jeg og @Kari signerte Yara", "Me and @Kari closed Yara": ours too
        if not with_me and (
            word.text == "@person"
            or (word.text[:1].isupper() and word.folded in signals.FIRST_NAMES)
        ):
            return "someone-else"
    return None


def _quoting(m: Message) -> bool:
    """ "Fra Ola: vant Yara 300k", "From @Kari: …": another's words, passed on."""
    t = m.tokens
    return (
        len(t) > 3
        and t[0].folded in _FROM | {"fran"}
        and (t[1].text == "@person" or t[1].folded in signals.FIRST_NAMES)
        and t[2].text == ":"
    )


def _subject(m: Message, cue: Cue) -> int | None:
    """The word right before the cue (past "har", "just" …), unless it is we or I."""
    i = cue.start - 1
    while i >= 0 and m.tokens[i].is_word and m.tokens[i].folded in _AUX - _OURS:
        i -= 1
    if i < 0 or not m.tokens[i].is_word or m.tokens[i].folded in _OURS:
        return None
    return i


def _earlier_year(m: Message, sentence: int) -> bool:
    """A year before this one in the sentence ("in 2019"); the year itself is in the date."""
    years = [
        int(t.text)
        for t in m.tokens
        if t.sentence == sentence and re.fullmatch(r"(19|20)[0-9]{2}", t.text)
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


def _someone_elses_win(m: Message, cue: Cue) -> bool:
    """ "Ericsson vann ett kontrakt i Indien": the one who won is a third party, named right
    before the verb, not we (a competitor who won is judged as a loss: see _competitor_won)."""
    i = _subject(m, cue)
    return i is not None and any(n.start <= i < n.end for n in [*m.known, *m.guessed])


def _competitor_won(m: Message, cue: Cue) -> bool:
    """ "Konkurrenten fick ordern från Volvo": a competitor is the one who won."""
    i = _subject(m, cue)
    return i is not None and any(
        h.category == "COMPETITOR" and h.start <= i < h.end for h in m.hits
    )


def _agenda(m: Message, today: date) -> bool:
    """ "Next week: Telenor demo Tue, DNB proposal Thu", "Agenda: …": a heading of a time to
    come, or of plans, before a colon; what follows is a list of plans, not news."""
    colon = next((i for i, t in enumerate(m.tokens[:6]) if t.text == ":"), None)
    if colon is None or colon == 0:
        return False
    heading = range(0, colon)
    if any(h.category == "AGENDA_HEADINGS" and h.start in heading for h in m.hits):
        return True
    days = signals.dates(m.tokens[:colon], today, (), "future")
    ahead = any(d.day > today or (d.week and d.day + timedelta(days=6) >= today) for d in days)
    if ahead and any(h.category in _RESULTS and h.start > colon for h in m.hits):
        # "Monday: signed Acme 200k", "Mandag: signert …": a day that may be the last one,
        # then a result in the past tense: news of that day (read as the past day), no plans.
        past = signals.dates(m.tokens[:colon], today, (), "past")
        return not past or any(d.day > today for d in past)
    return ahead


# What only a thing done says: a win, a loss, an offer sent (past tense or participle).
_RESULTS = {"WIN_VERBS", "LOSS_VERBS", "SEND_VERBS", "OFFER_VERBS"}


def _same_as_cue(hit: Hit, cue: Cue) -> bool:
    return all(i in cue.words for i in range(hit.start, hit.end))


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
    talk = cue.kind in (ActivityKind.MEETING, ActivityKind.CALL)
    if any(h.category == "NOT_BUSINESS" for h in here) or any(
        signals.SCORE.fullmatch(t.text) and not (talk and signals.time_range(t.text))
        for t in m.tokens
        if t.sentence == sentence
    ):
        return "not-business"  # a game's score; "Møte med Equinor 14-15" names its hours
    if cue.kind in (ActivityKind.MEETING, ActivityKind.CALL) and any(
        h.category == "INTERNAL" for h in here
    ):
        return "internal"
    return None


def _customer(m: Message, cue: Cue) -> Name | None:
    sentence = m.sentence(cue.start)

    clauses = {m.tokens[i].clause for i in cue.words}

    def distance(n: Name) -> tuple[bool, bool, bool, int]:
        before = n.end <= cue.start
        gap = cue.start - n.end if before else max(n.start - cue.end, 0)
        # "Yara 300k signert, DNB-møtet avlyst": a name in the cue's own clause first
        elsewhere = m.clause(n.start) not in clauses and m.clause(n.end - 1) not in clauses
        return (m.sentence(n.start) != sentence, elsewhere, before, gap)

    def allowed(n: Name) -> bool:
        if any(i in cue.words for i in range(n.start, n.end)):
            return False
        if cue.after_only and n.end <= cue.start:
            return _next_word(m, cue.end) in ("vi", "we", "jeg", "jag")
        return True

    known = [n for n in m.known if allowed(n)]
    if known:
        return min(known, key=distance)
    near = [
        n
        for n in m.guessed
        if allowed(n)
        and (m.sentence(n.start) == sentence or _alone_before(m, n, sentence))
        and (m.sentence(n.start) != sentence or _placed(m, cue, n))
    ]
    name = min(near, key=distance, default=None)
    if name is None and cue.strong and cue.kind in (ActivityKind.WIN, ActivityKind.OFFER):
        after = cue.end
        while after < len(m.tokens) and m.tokens[after].folded in _LINK_WORDS:
            after += 1
        taken = {i for n in m.guessed for i in range(n.start, n.end)} | set(cue.words)
        name = signals.lower_case_name(m.tokens, after, taken)
    return _as_known(m, name)


def _as_known(m: Message, name: Name | None) -> Name | None:
    if name is not None and m.known_keys and not name.known:
        # "Kongsberg" for the known "Kongsberg Gruppen": the one known name it starts.
        key = customer_key(name.display)
        longer = [k for k in m.known_keys if k.startswith(key + " ")]
        if len(longer) == 1:
            return Name(name.start, name.end, m.known_keys[longer[0]], True)
    return name


# Who awards a contract is the customer; who it is awarded to, the one who won it.
_AWARDING = {fold(w) for w in "awarded tildelte tildelt tilldelade tilldelat".split()}
_TO = {fold(w) for w in "to til till".split()}


def _awarded(m: Message, cue: Cue) -> tuple[Name, Name | None] | None:
    """ "Kongsberg awarded the contract to Accenture", "Statnett tildelte oss kontrakten": the
    awarder (named right before the verb) and, when a third party is named as who it went to
    (right after the verb or after "to", "til", "till"), that one; None when it went to us or
    is not said."""
    if cue.label not in _AWARDING or cue.kind is not ActivityKind.WIN:
        return None
    i = _subject(m, cue)
    names = [*m.known, *m.guessed]
    awarder = next((n for n in names if n.start <= i < n.end), None) if i is not None else None
    if awarder is None:
        return None
    clause = m.clause(cue.start)
    j = cue.end
    while j < len(m.tokens) and m.tokens[j].clause == clause:
        placed = j == cue.end or m.tokens[j - 1].folded in _TO
        if placed and m.tokens[j].folded in _WE_OR_US | _US:
            break
        other = next((n for n in names if n.start == j and n is not awarder), None)
        if placed and other is not None:
            return _as_known(m, awarder) or awarder, other
        j += 1
    return _as_known(m, awarder) or awarder, None


def _alone_before(m: Message, name: Name, sentence: int) -> bool:
    """ "Kahoot! signerte i dag": a name that is a sentence of its own, right before the cue's."""
    if m.sentence(name.start) != sentence - 1:
        return False
    own = [
        t for t in m.tokens if t.sentence == sentence - 1 and t.is_word and t.text not in "🎉🤞🙏"
    ]
    return len(own) == name.end - name.start


def _placed(m: Message, cue: Cue, name: Name) -> bool:
    """A guessed name counts right after the cue (past what was won: "the tender", "avtalen"),
    after a linking preposition, or right before the cue as its subject ("Equinor har signert").
    What is won must be a sale: "won best booth at Nor-Shipping" names no customer."""
    if name.start >= cue.end:
        # "Vant 320k Fjellsport", "Signed 2,5 mill Bouvet": the amount before the name is no
        # word between them.
        gap = [i for i in range(cue.end, name.start) if i not in m.money_words]
        between = [m.tokens[i] for i in gap]
        # "Vunnet: Sector Alarm", "Proposal sent → Gjensidige": a label, then the name
        if len(between) <= 3 and all(
            t.folded in _OBJECTS | _LINK_WORDS or t.text in _LABEL_MARKS for t in between
        ):
            return True
        if cue.kind in (ActivityKind.WIN, ActivityKind.LOSS):
            # "Signed a small one with Fjellsport"; not "won 2 tickets to the Brann game"
            before = m.tokens[gap[-1]].folded if gap else ""
            # "Tilslag på Statnett-anbudet": "på" only with the sale named right after the
            # name; "Vant 500 kr på Flax" names a game.
            sale_after = (
                name.end < len(m.tokens)
                and _word_class(m, name.end) == "ok"
                and (
                    m.tokens[name.end].folded in _SALES
                    or m.tokens[name.end].folded.endswith(_SALE_ENDINGS)
                )
            )
            links = _WIN_LINKS | ({"pa"} if sale_after else set())
            with_ = before in links and len(between) <= 6
            # "vant anbudet i Trondheim kommune": a sale won, then where
            where = before in _MEETING_LINKS and any(t.folded in _SALES for t in between)
            return with_ or where or _amount_follows(m, name)
        linked = bool(gap) and m.tokens[gap[-1]].folded in _MEETING_LINKS | _OFFER_LINKS | _FROM
        return (linked and len(between) <= 6) or _amount_follows(m, name)
    between = m.tokens[name.end : cue.start]
    if len(between) <= 3 and all(t.folded in _AUX or t.text in ":-–," for t in between):
        return True
    return _amount_follows(m, name)


_MY = {fold(w) for w in "my min mitt mine mina mi mit".split()}
_CUSTOMER_WORDS = {fold(w) for w in "customer client kunde kunden kund kunden klient".split()}


def _lost_a_thing(m: Message, cue: Cue, name: Name) -> bool:
    sentence = m.sentence(cue.start)
    if any(
        h.category == "LOST_THINGS" and m.sentence(h.start) == sentence and h.start >= cue.start
        for h in m.hits
    ):
        return True
    # "Lost my AirPods in the Equinor parking lot", "Mistet lommeboka mi hos Yara": one's own
    # things; not "Lost my biggest deal", "Tapte min første kunde", "Lost my Equinor deal".
    i = cue.end
    if i + 1 < len(m.tokens) and m.tokens[i + 1].folded in _MY and m.tokens[i].is_word:
        pass  # the thing, then "mi", "min"
    elif i < len(m.tokens) and m.tokens[i].folded in _MY:
        i += 1
        while i < len(m.tokens) and m.tokens[i].folded in _ADJECTIVES:
            i += 1
    else:
        return False
    if i >= len(m.tokens) or name.start <= i < name.end:
        return False
    sale = {j for h in m.hits if h.category in _SALE_WORD_CATEGORIES for j in range(h.start, h.end)}
    word = m.tokens[i].folded
    return not (word in _SALES or word in _CUSTOMER_WORDS or i in sale)


def _possessive(m: Message, name: Name) -> bool:
    last = m.tokens[name.end - 1].text
    return last.endswith(("'s", "’s", "s'", "s")) and not name.display.endswith(("s", "S"))


def _amount_follows(m: Message, name: Name) -> bool:
    """ "… Hafslund 4.5M": a name with its amount right after it is the log's customer."""
    if name.end >= len(m.tokens):
        return False
    after = m.tokens[name.end]
    return after.is_word and (after.text[:1].isdigit() or after.folded in signals.MONEY_WORDS)
