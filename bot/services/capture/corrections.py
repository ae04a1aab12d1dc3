"""Session 26. A correction of a record posted before, read for what it changes.

"Rettelse: DNB-møtet var i går, ikke fredag" (its day), "Rettelse: det var 275.000, ikke 250.000"
(its amount, no customer named: the author's latest record), "Correction: it was Shell, not BP"
(its customer), "Rettelse: det var et tilbud, ikke en vunnet avtale" (its kind). What it says
it is and what it says it was not, each side read with the reader's own signals (amounts, days,
known and guessed names, the kind words of the lexicon). Which record it mends, and whether, is
the service's to find and its author's to confirm: nothing here stores or guesses a record."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bot.domain import ActivityKind
from bot.services import amounts as money
from bot.services.capture import signals
from bot.services.capture.signals import KnownCustomers, Token, When
from bot.services.dates import WEEKDAYS, count_said

# The words that say "not" between what it is and what it was not ("350k, ikke 320k"), and
# the word that turns the other way round ("ikke 320k men 350k", "not BP but Shell").
_NOT = {"ikke", "ikkje", "inte", "not", "ej", "icke", "ik"}
_BUT = {"men", "but", "utan", "uden", "snarere", "rather", "bare", "bara", "kun", "only", "just"}
# Sorry-words that open a correction without one of the lexicon's correction words ("Ups, det
# var 275.000", "Sorry, 275k not 250k"): read so in a short message or beside a "not".
_SOFT = {
    "sorry", "beklager", "ups", "oops", "oj", "oi", "unnskyld", "undskyld", "forlat", "hoppsan",
    "whoops", "obs", "sry", "soz", "sori", "ursakta", "pardon",
    "hov", "hovsa", "hoppla",  # cmds27: Danish "Hov, det var 450.000 kr, ikke 400.000"
}  # fmt: skip
# cmds27. Two words that own a slip as a sorry-word does ("Fel av mig: det var Scania, inte
# Volvo", "Min fejl", "My bad", "Ret lige: det var et tilbud, ikke en ordre")
_SORRY_PAIRS = {
    ("fel", "av"), ("mitt", "fel"), ("min", "feil"), ("min", "fejl"), ("my", "bad"),
    ("ret", "lige"), ("rett", "opp"), ("ratt", "till"),
}  # fmt: skip
# Session 69. "Fejl i min Vestas-post fra i morges: det er 4,3 mio. kr., ikke 3,4": a slip owned
# by these two words when a figure is said too ("Feil i systemet i dag, kom ikke inn" is none)
_SORRY_PAIRS_WITH_FIGURES = {
    ("fejl", "i"), ("feil", "i"), ("fel", "i"), ("mistake", "in"), ("error", "in"),
}  # fmt: skip
# "Actually 95k", "faktisk 275k", "egentlig 90k" alone: a correction of the last record's amount
# (was: "Actually" asked as a new customer, and a second deal stored at the click)
_ACTUALLY = {
    "actually", "faktisk", "faktiskt", "egentlig", "egentligen", "rettere", "rather", "snarere",
}  # fmt: skip
# heldmsg33. "Meant 450k not 540k", "ment 450 not 540", "mente 450, ikke 540", "menade 450 inte
# 540": what the author meant, the subject left out, opening a correction beside a "not"
# (was: nothing; "I meant" alone was read)
_MEANT = {"meant", "ment", "mente", "menade", "mento"}
# "det var …", "it was …", "that was …": what opens a kind's correction without a correction word
_PRONOUNS = {"det", "it", "that", "this", "dette", "den", "dat", "those", "these", "they", "de"}
# What it was ("det var 275.000", "skulle vært", "I meant"): a sorry-word's correction.
_WAS = {
    "var", "was", "were", "vaert", "varit", "vaeret", "been", "skulle", "should", "meant",
    "mente", "menade", "mener", "menar", "blev", "ble", "ment",
}  # fmt: skip
_KINDS = {
    "OFFER_NOUNS": ActivityKind.OFFER,
    "OFFER_VERBS": ActivityKind.OFFER,
    "WIN_VERBS": ActivityKind.WIN,
    "WIN_NOUNS": ActivityKind.WIN,
    "ORDER_NOUNS": ActivityKind.WIN,
    "MEETING_NOUNS": ActivityKind.MEETING,
    "MEETING_REFERENCES": ActivityKind.MEETING,
    "MEETING_VERBS": ActivityKind.MEETING,
    "CALL_NOUNS": ActivityKind.CALL,
    "CALL_VERBS": ActivityKind.CALL,
    "LOSS_VERBS": ActivityKind.LOSS,
}

# The kind nouns alone, as a correction says them ("an offer, not a win"; the lexicon reads
# "win" as a verb only with its deal).
_KIND_WORDS = {
    **dict.fromkeys(
        ("win", "won", "vunnet", "vunnen", "vundet", "ordre", "order"), ActivityKind.WIN
    ),
    # heldmsg33: "Korrigering: vinsten med Spotify var 450k", "salget til Tine var 300k", "the
    # sale to Tesco" (was: no kind, and no customer named: the author's latest record changed)
    **dict.fromkeys(
        ("vinst", "vinsten", "salget", "sale", "ordern", "ordren", "dealen"), ActivityKind.WIN
    ),
    **dict.fromkeys(
        ("offer", "quote", "tilbud", "offert", "offerten", "tilbudet"), ActivityKind.OFFER
    ),
    **dict.fromkeys(("meeting", "mote", "motet", "mode", "modet"), ActivityKind.MEETING),
    # views32: the plurals a log of N is corrected by ("det var møter, ikke samtaler", "møder",
    # "møtene", "mötena"; the lexicon reads "møter" as the verb)
    **dict.fromkeys(("moter", "moder", "motene", "motena", "modene"), ActivityKind.MEETING),
    # mendE31: "opkaldene til Lego var i går" (was: no kind, any record of Lego's)
    **dict.fromkeys(
        (
            "call",
            "calls",
            "samtale",
            "samtal",
            "opkald",
            "opkaldet",
            "opkaldene",
            "samtalen",
            "samtalene",
            "samtalet",
            "samtalerna",
            "telefonsamtale",
        ),
        ActivityKind.CALL,
    ),  # fmt: skip
    **dict.fromkeys(("loss", "lost", "tapt", "forlorad", "tabt"), ActivityKind.LOSS),
}


@dataclass(frozen=True)
class Correction:
    """What a correction changes (`change`: "amount" | "day" | "customer" | "kind"), to what,
    and what it said it was not (None: not said). `of_customer`/`of_kind`: the record it names
    ("Nammo var 350k": Nammo's), else the author's latest."""

    change: str
    amount: Decimal | None = None
    currency: str | None = None
    was_amount: Decimal | None = None
    day: date | None = None
    was_day: date | None = None
    customer: str | None = None
    was_customer: str | None = None
    kind: ActivityKind | None = None
    was_kind: ActivityKind | None = None
    of_customer: str | None = None
    of_kind: ActivityKind | None = None
    # mendE31. A day said by its weekday alone ("var mandag", "i fredags", "on Tuesday"): the
    # `day` read is the latest such day; the day meant is that weekday near the record it
    # corrects (`weekday`), and "ikke tirsdag" names the record on a Tuesday (`was_weekday`,
    # Monday 0: `was_day`, the Tuesday just gone, is only how it reads alone)
    weekday: bool = False
    was_weekday: int | None = None
    # mendE31. "Rettelse: det var 2 møter med Telenor, ikke 1" (change "count"): how many
    # meetings or calls the log was, and how many it said it was not (None: not said)
    count: int | None = None
    was_count: int | None = None
    # heldmsg33. "ment 450 not 540": `amount` and `was_amount` said as numbers alone, in the
    # scale of the record whose amount was `was_amount` so (540 of 540 000: 450 000)
    bare: bool = False
    # Session 46. The day the corrected record was on, said beside it ("Rettelse: tilbudet til
    # Maxbo i går var på 380k"): the day a record logged in its place is on, none being found
    of_day: date | None = None


def read(
    text: str,
    *,
    today: date,
    krone: str,
    known: Iterable[str] | KnownCustomers,
    in_thread: bool = False,
) -> Correction | None:
    """The correction `text` says, or None (no correction of an earlier record: a new record,
    "Tilbud til Tine 40k, make that 45k", mended in its own words, is the reader's)."""
    tokens = signals.tokenise(signals.clean(text))
    if not tokens:
        return None
    hits = signals.find_phrases(tokens)
    marks = [h.start for h in hits if h.category == "CORRECTIONS"]
    words = [i for i, t in enumerate(tokens) if t.is_word]
    nots = [i for i, t in enumerate(tokens) if t.folded in _NOT]
    # "Sorry for the late update: won Tesco 300k" is a record of its own
    soft = (
        bool(words)
        and tokens[words[0]].folded in _SOFT
        and bool(nots or any(tokens[i].folded in _WAS for i in words))
    )
    if (
        not soft
        and len(words) >= 2
        and (
            (tokens[words[0]].folded, tokens[words[1]].folded) in _SORRY_PAIRS
            or (
                (tokens[words[0]].folded, tokens[words[1]].folded) in _SORRY_PAIRS_WITH_FIGURES
                and any(t.text[:1].isdigit() for t in tokens)
            )
        )
        and bool(nots or any(tokens[i].folded in _WAS for i in words))
    ):
        soft = True
    if not soft and words and tokens[words[0]].folded in _ACTUALLY and len(words) <= 3:
        soft = True  # "actually 95k", "faktisk 275k": what the last record's amount was
    if not soft and words and tokens[words[0]].folded in _MEANT and nots:
        soft = True
    if soft:
        marks.append(words[0])
    if not marks and nots and len(words) >= 2 and tokens[words[0]].folded in _PRONOUNS:
        # "det var et tilbud, ikke en vunnet avtale", "it was an offer, not a win": a kind said
        # and a kind denied, no correction word needed (was: nothing, the wrong kind kept)
        kinds_at = [h.start for h in hits if h.category in _KINDS]
        kinds_at += [i for i, t in enumerate(tokens) if t.folded in _KIND_WORDS]
        if (
            tokens[words[1]].folded in _WAS
            and any(i < nots[0] for i in kinds_at)
            and any(i > nots[0] for i in kinds_at)
        ):
            marks.append(words[0])
    if not marks and nots and _a_record_said_otherwise(tokens, words, nots[0]):
        marks.append(words[0])
    known = known if isinstance(known, KnownCustomers) else KnownCustomers.of(known)
    named = signals.known_names(tokens, known)
    first_named = next((n for n in named if words and n.start == words[0]), None)
    compound_of = None
    if words:
        # session 70: "Husqvarna-beloppet jag skrev i morse blev fel – 1 510 000 kr ska det vara",
        # "Orkla-summen i sted var feil, riktig er 2,04 MNOK": a customer's amount said wrong
        # (was nothing read, the wrong amount kept)
        compound_of = _a_customers_amount_said_wrong(tokens, words, first_named)
        if compound_of is not None:
            marks.append(words[0])
    if not marks and nots and _a_customer_was_otherwise(tokens, words, nots[0], first_named):
        marks.append(words[0])
    if not marks and not (in_thread and nots):
        return None
    first = min(marks) if marks else 0
    found = signals.amounts(tokens, krone, set())
    taken = {i for a in found for i in range(a.start, a.end)}
    days = [d for d in signals.dates(tokens, today, taken) if d.day <= today and not d.week]
    if any(a.start < first for a in found) or any(d.start < first for d in days):
        return None  # "Tilbud til Tine 40k, make that 45k": mended in its own words
    is_span, not_span = _sides(tokens, nots)
    said = [a for a in found if a.start in is_span]
    denied = [a for a in found if a.start in not_span]
    kinds = [(h.start, _KINDS[h.category]) for h in hits if h.category in _KINDS]
    kinds += [(i, _KIND_WORDS[t.folded]) for i, t in enumerate(tokens) if t.folded in _KIND_WORDS]
    kinds.sort(key=lambda k: k[0])
    is_kind = next((k for i, k in kinds if i in is_span), None)
    not_kind = next((k for i, k in kinds if i in not_span), None)
    of_customer = next((n.display for n in named if n.start in is_span), None) or compound_of
    if is_span.start > 0:
        # mendE31. "møtet med Aker BP var ikke tirsdag men mandag": the record named before
        # its "not" (was: no customer, no kind, and the record not found)
        before = range(0, not_span.start - 1)
        of_customer = of_customer or next((n.display for n in named if n.start in before), None)
        of_kind = is_kind or next((k for i, k in kinds if i in before), None)
    else:
        of_kind = is_kind
    said_days = [d for d in days if d.start in is_span]
    bare = None
    if not found and not days and not any(k in _TALKS for _, k in kinds):
        # heldmsg33. "ment 450 not 540", "Rettelse: det var 450, ikke 540": numbers alone, in
        # the scale of the record that was the number denied (the service's to find)
        bare = _bare_pair(tokens, is_span, not_span, taken | set(marks))
    if of_customer is None and (said or said_days or kinds):
        # mendJ31. "Rettelse: møtet med Kiwi var i går", "mødet med Maersk var i mandags": the
        # record named by its kind and a customer not yet known, that customer's (was: none
        # named, another customer's latest record offered to be moved). views32: its amount
        # ("tilbudet til Orkla var 450k") and its kind too (was: the author's latest record)
        of_customer = _named_after_kind(tokens, kinds, taken | set(marks))
    if bare is not None:
        return Correction(
            "amount", bare[0], None, bare[1], of_customer=of_customer, of_kind=of_kind,
            bare=True,
        )  # fmt: skip
    if said:
        amount = said[-1]
        was = denied[0].money.amount if denied else None
        if was is None and not_span:
            was = _bare_in_scale(tokens, amount, not_span)
        return Correction(
            "amount", amount.money.amount, amount.money.currency, was,
            of_customer=of_customer, of_kind=of_kind,
            of_day=_the_records_day(tokens, days, said_days),
        )  # fmt: skip
    counted = _talks_counted(tokens, hits, is_span, not_span, of_kind, not_kind)
    if counted is not None and (counted[2] is not None or not days):
        count, kind, was_count = counted
        return Correction(
            "count", count=count, was_count=was_count, of_customer=of_customer, of_kind=kind,
            day=said_days[-1].day if said_days else None,
        )  # fmt: skip
    not_days = [d for d in days if d.start in not_span]
    if said_days and not not_days:
        # lead37: "Rettelse: møtet i dag var med Coop, ikke Rema": the day names the record,
        # the customers are what changes (was: the meeting moved to today)
        names = _names(tokens, named, taken | set(marks))
        is_name = [n for n in names if n.start in is_span and n.start > said_days[-1].start]
        not_name = [n for n in names if n.start in not_span]
        if (
            is_name
            and not_name
            and is_name[-1].display.casefold() != not_name[0].display.casefold()
        ):
            return Correction(
                "customer", customer=is_name[-1].display, was_customer=not_name[0].display
            )
    if said_days:
        was_weekday = not_days and _weekday_only(tokens, not_days[0])
        return Correction(
            "day", day=said_days[-1].day,
            was_day=not_days[0].day if not_days else None,
            of_customer=of_customer, of_kind=of_kind,
            weekday=_weekday_only(tokens, said_days[-1]),
            was_weekday=not_days[0].day.weekday() if was_weekday else None,
        )  # fmt: skip
    # views32: "møtet med Tine var et tilbud, ikke et møte": the kind it is, the last said
    # before its "not" (the first names the record; was: the record's kind, and no correction)
    new_kind = next((k for i, k in reversed(kinds) if i in is_span), None)
    if new_kind is not None and not_kind is not None and new_kind is not not_kind:
        return Correction("kind", kind=new_kind, was_kind=not_kind, of_customer=of_customer)
    names = _names(tokens, named, taken | set(marks))
    is_name = [n for n in names if n.start in is_span]
    not_name = [n for n in names if n.start in not_span]
    if is_name and not_name and is_name[-1].display.casefold() != not_name[0].display.casefold():
        return Correction(
            "customer", customer=is_name[-1].display, was_customer=not_name[0].display
        )
    others = [n for n in names if n.display.casefold() != (of_customer or "").casefold()]
    if (
        new_kind in _TALKS  # "Rettelse: vi vant Telenor" is a win told, not a kind mended
        and not nots
        and not others
        and not found
        and not days
        and len([i for i in words if i > first]) <= 6
    ):
        # views32: "correction: those were meetings", "Rettelse: det var møter": a kind said
        # alone, the author's latest record's; "samtalene med Telenor var møter": the record's
        # kind said first, the customer's (asked; was: nothing). Meetings and calls only
        was_kind = next((k for _i, k in kinds if k is not new_kind), None)
        return Correction("kind", kind=new_kind, was_kind=was_kind, of_customer=of_customer)
    return None


# Session 46. Words that say a record went out ("Det ble sendt på onsdag", "Skickad i tisdags",
# "Sent Thursday last week") and that a day is when the author wrote ("det jeg skrev i går")
_SENT = {
    "sendt", "sendte", "sent", "skickad", "skickade", "skickat", "sendes", "afsendt", "gikk",
    "gick", "gik", "went", "mailet", "mailed", "emailed",
}  # fmt: skip
_WROTE = {"skrev", "skrevet", "wrote", "written", "postet", "posted", "postade", "logget", "logged"}


def _the_records_day(tokens: list[Token], days: list[When], said_days: list[When]) -> date | None:
    """Session 46. The day an amount's correction names its record by: one said in a sentence
    telling it went out ("… var på 350k, ikke 300k. Det ble sendt på onsdag"), else one said
    beside the record ("tilbudet til Maxbo i går var på 380k"), never the day the author wrote
    the first post ("Rettelse til det jeg skrev i går: …")."""
    for day in reversed(days):
        sentence = {t.folded for t in tokens if t.sentence == tokens[day.start].sentence}
        if sentence & _SENT:
            return day.day
    for day in said_days:
        before = {t.folded for t in tokens[max(0, day.start - 3) : day.start]}
        if not before & _WROTE:
            return day.day
    return None


# lead37. A record named by its kind in the definite form, opening the message ("møtet med
# Tine …", "tilbudet til Kiwi …", "the meeting with Boots …"), then what it was and what not
_DEFINITE_KINDS = {
    "motet", "modet", "motena", "motene", "modene", "tilbudet", "tilbodet", "offerten",
    "offerta", "samtalen", "samtalet", "samtalene", "opkaldet", "opkaldene", "besoket",
    "besoget", "demoen", "demon", "avtalen", "avtalet", "aftalen", "dealen",
    "ordren", "ordern", "salget", "vinsten", "kontrakten", "kontraktet",
}  # fmt: skip
_THE_KINDS = {
    "meeting", "meetings", "call", "calls", "offer", "quote", "proposal", "deal", "order",
    "win", "sale", "visit", "demo", "contract",
}  # fmt: skip
_WENT = _WAS | {"gikk", "gick", "gik", "went", "is", "er", "ar"}


# Session 70. The amount's noun after a customer's name and a hyphen, then said wrong (folded)
_AMOUNT_NOUNS = {
    "beloppet", "belopet", "summen", "summan", "belobet", "tallet", "siffran", "amount",
    "figure", "prisen", "priset",
}  # fmt: skip
_SAID_WRONG = {"fel", "feil", "fejl", "wrong", "galt", "forkert", "gal", "feilaktig"}


def _a_customers_amount_said_wrong(
    tokens: list[Token], words: list[int], named: signals.Name | None
) -> str | None:
    """The customer whose amount the first words name ("Husqvarna-beloppet", "Orkla-summen")
    when the message says it was wrong and gives a figure; None otherwise. `named`: the known
    customer that opens the message, if one does."""
    end = named.end if named else words[0] + 1
    noun = next((i for i in words if i >= end), None)
    if noun != end or tokens[noun].folded not in _AMOUNT_NOUNS:
        return None
    if not any(tokens[i].folded in _SAID_WRONG for i in words if i > noun):
        return None
    if not any(t.text[:1].isdigit() for t in tokens):
        return None
    return named.display if named else tokens[words[0]].text


def _a_customer_was_otherwise(
    tokens: list[Token], words: list[int], first_not: int, named: signals.Name | None
) -> bool:
    """Session 70. "Greggs was £460k not £640k, sorry – fat thumbs on the earlier post": a known
    customer first (`named`), "was", and a figure after the "not": that record's amount put
    right."""
    if named is None:
        return False
    after = [i for i in words if i >= named.end]
    if not after or tokens[after[0]].folded not in _WAS:
        return False
    rest = [t for t in tokens[first_not + 1 :] if t.is_word or t.text[:1] in "£€$0123456789"]
    return bool(rest) and (rest[0].text[:1].isdigit() or rest[0].text[:1] in "£€$")


def _a_record_said_otherwise(tokens: list[Token], words: list[int], first_not: int) -> bool:
    """lead37. "møtet med Tine var i går, ikke i dag", "tilbudet gikk til Coop, ikke Rema",
    "the meeting with Boots was yesterday, not today", "Offerten till Tine var 400k inte 300k":
    a record named first, then what it was and, after a "not", what it was not: a correction
    with no correction word (was: nothing read, the wrong record left in place)."""
    if len(words) < 3:
        return False
    head = tokens[words[0]].folded
    if head == "the" and tokens[words[1]].folded in _THE_KINDS:
        head_end = words[1]
    elif head in _DEFINITE_KINDS:
        head_end = words[0]
    else:
        return False
    if not any(head_end < i < first_not and tokens[i].folded in _WENT for i in words):
        return False
    # what it was not is of the same sort: a day, a number, a name, a kind ("ikke i dag", "not
    # 320k", "ikke Rema", "ikke et møte"); "var bra, ikke noe tilbud ennå" is news, no mend
    after = [t for t in tokens[first_not + 1 :] if t.is_word or t.text[:1].isdigit()][:3]
    while after and after[0].folded in _NOT_LINKS:
        after = after[1:]
    if not after:
        return False
    word = after[0]
    return (
        word.text[:1].isdigit()
        or word.text[:1].isupper()
        or word.folded in _KIND_WORDS
        or word.folded in _DAY_WORDS
        or word.folded in WEEKDAYS
    )


_NOT_LINKS = {
    "i", "pa", "paa", "med", "til", "till", "with", "to", "on", "at", "for", "a", "an", "en",
    "et", "ett", "the", "hos", "om", "in",
}  # fmt: skip
_DAY_WORDS = {
    "dag", "idag", "gar", "igar", "gaar", "igaar", "today", "yesterday", "morges", "formiddag",
    "fredags", "mandags", "tirsdags", "onsdags", "torsdags", "tisdags", "sondags", "lordags",
    "forgars", "forrgar", "forigar", "forgaars", "last", "forrige", "forra", "sidste",
}  # fmt: skip


# The little words between a record's kind and its customer ("møtet med Kiwi", "the call to Boots")
_KIND_LINKS = {
    "med", "with", "hos", "at", "til", "till", "to", "for", "m",
    "fra", "fraa", "fran", "from", "af", "av", "of",  # heldmsg33: "ordern från Spotify"
}  # fmt: skip


def _named_after_kind(
    tokens: list[Token], kinds: list[tuple[int, ActivityKind]], taken: set[int]
) -> str | None:
    """mendJ31. A guessed name right after a kind word and its link word ("møtet med Kiwi")."""
    at = {i for i, _ in kinds}
    names = signals.guessed_names(tokens, taken)
    for n in names:
        if n.start >= 2 and tokens[n.start - 1].folded in _KIND_LINKS and n.start - 2 in at:
            return n.display
    for n in names:
        # heldmsg33: "the Spotify win was 450k", "Rettelse: Spotify-vinsten var 450k": the name
        # right before its kind word, after "the" or the correction's mark (was: none, the
        # author's latest win changed, whoever's it was)
        before = n.start - 1
        if (
            n.end in at
            and before >= 0
            and (
                tokens[before].folded in _BEFORE_A_NAMED_KIND
                or tokens[before].text in (":", "-", "–")
                or before in taken
            )
        ):
            return n.display
    return None


_BEFORE_A_NAMED_KIND = {"the", "our", "my", "that", "this"}


# mendE31. A talk counted ("2 møter", "3 calls", "ringte Telenor 3 ganger"), for a count's correction
_TALK_HITS = {
    "MEETING_NOUNS": ActivityKind.MEETING,
    "MEETING_PRESENT": ActivityKind.MEETING,
    "CALL_NOUNS": ActivityKind.CALL,
}
_TIMES_WORDS = {"ganger", "gange", "gonger", "gang", "gong", "times", "x"}
_TALKS = (ActivityKind.MEETING, ActivityKind.CALL)


def _talks_counted(
    tokens: list[Token],
    hits: list[signals.Hit],
    is_span: range,
    not_span: range,
    is_kind: ActivityKind | None,
    not_kind: ActivityKind | None,
) -> tuple[int, ActivityKind, int | None] | None:
    """mendE31. How many meetings or calls a correction says there were, of which kind, and how
    many it says there were not: "det var 2 møter med Telenor, ikke 1" (2, meeting, 1), "Correction:
    3 calls with Tesco, not 2", "ringte Telenor 3 ganger, ikke 2". None: no talk counted, or
    another kind denied ("det var et møte, ikke en samtale": its kind)."""
    talks = {h.start: _TALK_HITS[h.category] for h in hits if h.category in _TALK_HITS}
    talks |= {
        i: _KIND_WORDS[t.folded]
        for i, t in enumerate(tokens)
        if _KIND_WORDS.get(t.folded) in _TALKS and i not in talks
    }
    found: tuple[int, ActivityKind] | None = None
    for i in is_span:
        n = count_said(tokens[i].folded) if i + 1 < len(tokens) else None
        if n is None or not 0 < n <= 20:
            continue
        nxt = tokens[i + 1].folded
        if i + 1 in talks:
            found = (n, talks[i + 1])
        elif nxt in _TIMES_WORDS and is_kind in _TALKS and tokens[i].text[:1].isdigit():
            found = (n, is_kind)  # type: ignore[assignment]
    bare = [i for i in is_span if tokens[i].text.isdigit() and 0 < int(tokens[i].text) <= 20]
    if found is None and is_kind in _TALKS and len(bare) == 1 and not_span:
        # "møtene med Telenor var ikke 1 men 2", "samtalene med Lego var 3, ikke 2": the kind
        # named, a bare count each side
        denied = [i for i in not_span if tokens[i].text.isdigit()]
        if denied:
            found = (int(tokens[bare[0]].text), is_kind)  # type: ignore[assignment]
    if found is None:
        return None
    count, kind = found
    if not_kind is not None and not_kind is not kind:
        return None
    was = next(
        (count_said(tokens[i].folded) for i in not_span if count_said(tokens[i].folded)), None
    )
    if was is None and count == 1:
        return None  # "det var et møte": a meeting, no count corrected
    if was == count:
        return None
    return count, kind, was


# What may stand beside a weekday said alone ("på mandag", "on Tuesday", "i fredags")
_BY_A_WEEKDAY = {"on", "pa", "i", "om", "the", "den"}


def _weekday_only(tokens: list[Token], when: When) -> bool:
    """mendE31. Whether the day is said by its weekday alone ("mandag", "on Tuesday", "i
    fredags"), no date, week or "last" with it ("tirsdag 24/11", "forrige tirsdag": that day)."""
    words = [t.folded for t in tokens[when.start : when.end]]
    days = [w for w in words if w in WEEKDAYS or (w.endswith("s") and w[:-1] in WEEKDAYS)]
    return len(days) == 1 and all(w in _BY_A_WEEKDAY or w in days for w in words)


def _sides(tokens: list[Token], nots: list[int]) -> tuple[range, range]:
    """Where it says what it is, and where what it was not: "X, ikke Y" / "ikke Y men X"."""
    if not nots:
        return range(len(tokens)), range(0)
    n = nots[0]
    but = next((i for i in range(n + 1, len(tokens)) if tokens[i].folded in _BUT), None)
    if but is not None:
        return range(but + 1, len(tokens)), range(n + 1, but)
    end = next(
        (i for i in range(n + 1, len(tokens)) if tokens[i].sentence != tokens[n].sentence),
        len(tokens),
    )
    return range(n), range(n + 1, end)


_BARE = re.compile(r"\d{1,4}(?:[.,]\d{1,3})?")
_NOT_AN_AMOUNT_BEFORE = {"kl", "klokka", "klockan", "at", "uke", "uge", "vecka", "v", "week", "nr"}


def _bare_pair(
    tokens: list[Token], is_span: range, not_span: range, taken: set[int]
) -> tuple[Decimal, Decimal] | None:
    """heldmsg33. One number alone each side of a "not" ("450 not 540", "ikke 540 men 450"),
    no unit, no day: (what it is, what it was not). None: not so said."""
    if not not_span:
        return None

    def alone(i: int) -> bool:  # "30 dager", "kl 14": a number of something else
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        before = tokens[i - 1].folded if i > 0 else ""
        return before not in _NOT_AN_AMOUNT_BEFORE and (
            after is None or not after.is_word or after.folded in _NOT | _BUT
        )

    def numbers(where: range) -> list[Decimal]:
        return [
            Decimal(tokens[i].text.replace(",", "."))
            for i in where
            if i not in taken and _BARE.fullmatch(tokens[i].text) and alone(i)
        ]

    said, denied = numbers(is_span), numbers(not_span)
    if len(said) != 1 or len(denied) != 1 or said[0] == denied[0] or not said[0]:
        return None
    return said[0], denied[0]


def _bare_in_scale(tokens: list[Token], said: signals.Amount, where: range) -> Decimal | None:
    """ "1,2 mill ikke 1,1": the bare number after the "not", in the scale of the amount said."""
    typed = tokens[said.start].text
    groups = [t.text for t in tokens[said.start + 1 : said.end]]
    if groups and typed.isdigit() and all(len(g) == 3 and g.isdigit() for g in groups[:1]):
        # session 70: "1 510 000 kr …, inte 1,15": the amount written in groups is 1,51 million
        # as typed (was read as 1 in the scale of 1 510 000: 1 736 500)
        typed = f"{typed},{''.join(g for g in groups if g.isdigit())}"
    for i in where:
        if tokens[i].text[:1].isdigit():
            return money.in_scale_of(typed, said.money.amount, tokens[i].text)
    return None


def _names(tokens: list[Token], known: list[signals.Name], taken: set[int]) -> list[signals.Name]:
    """Known names, and guessed ones where no known name stands ("it was Shell, not BP"), in
    their order; never a word of correction ("Rettelse", "Ups")."""
    spots = {i for n in known for i in range(n.start, n.end)}
    guessed = [
        n
        for n in signals.guessed_names(tokens, taken)
        if not spots & set(range(n.start, n.end)) and n.start not in taken
        and tokens[n.start].folded not in _SOFT
    ]  # fmt: skip
    return sorted([*known, *guessed], key=lambda n: n.start)
