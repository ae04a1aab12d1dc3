"""steps30. A log command's next step said in words the parser leaves unread: a step on a coming
day ("/logmeeting Tesco yesterday, sending contract Friday") or in a period to come ("/logcall
Orkla ringer igjen neste måned", "/logoffer Tine 85 tkr, følger opp over nyttår", "/logcall
ICA, ringer igen efter helgerna"). ("/logcall ICA, återkommer efter helgerna" is the customer's
word, kept as the note by the parser: no step of ours, as follow_up.THEIRS says.)

The parser leaves these words unread (heldcmd29: "asked as typed"), and the recorder asked
"could not read …" with "Store as read": the record storable, the step lost. Here the recorder
reads them as the step: a day said is the step's day; a period is asked, one button per day
of it when it has few, else per week (its first working day), as the period question asks a
day of done work. Nothing guessed: the step's words are the seller's, and a period's day is
theirs to pick (or no day: the words kept as the record's note)."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot.errors import UserError
from bot.services import follow_up
from bot.services.commands.command import DEFAULT_NEXT_STEP, LogCommand, NextStep
from bot.services.commands.next_steps import (
    OR_WORDS,
    TAKING,
    THE_WEEK_AFTER,
    THIS_WEEK,
    due_in_the_period,
    said_at_its_end,
    the_day_beside_an_or,
)
from bot.services.commands.vague_days import MOST_DAY_BUTTONS
from bot.services.commands.words import (
    _STEP_WORDS,
    BOOKED_ARTICLES,
    BOOKED_WORDS,
    TALK_NOUNS,
    a_talk_compound,
)
from bot.services.dates import (
    MONTHS,
    fold,
    is_weekday,
    names_the_romjul,
    next_weekday_either,
    parse_date,
    time_suffix,
)

# A step's first words besides the follow-up phrases (follow_up.OURS, .THEIRS), folded:
# sending something, taking it up again, a new talk.
_STEP_FIRST = {
    "send", "sends", "sending", "sender", "sende", "skicka", "skickar", "mailer", "mailar",
    "tar", "ta", "tage", "tager", "take", "taking", "revisit", "revisiting", "pick", "picking",
    "book", "booking", "booker", "booke", "bokar", "boka", "nytt", "ny", "nyt", "new", "next",
    "neste", "nasta", "naeste", "demo", "presentere", "presenterer", "presentera",
    "presenterar", "present", "presenting",
}  # fmt: skip
# Said before the step, of its author ("skal følge opp", "I'll call", "vi ringer"), folded.
BEFORE_STEP = _BEFORE_STEP = {
    "skal", "ska", "skall", "vil", "vill", "will", "i'll", "ill", "we'll", "well", "jeg", "jag",
    "eg", "vi", "we", "i", "then", "sa", "da", "og", "och", "and", "+", "-", "–",
    # session 68: "so im sending the pricing over monday"
    "im", "i'm", "so", "we're", "were",
}  # fmt: skip
# Session 68. Bringing something of ours, said before it ("kommer med et oplæg i næste uge",
# "coming back with a proposal next week", "återkommer med offert fredag"), folded
_BRINGING = (
    ("kommer", "med"), ("kommer", "tilbake", "med"), ("kommer", "tilbage", "med"),
    ("kommer", "tillbaka", "med"), ("aterkommer", "med"), ("coming", "back", "with"),
    ("come", "back", "with"), ("getting", "back", "with"), ("get", "back", "with"),
    ("be", "back", "with"), ("back", "with"),
)  # fmt: skip
# Before a period, saying nothing more of it.
STEP_LINKS = {"i", "in", "pa", "paa", "over", "during", "under", "sometime", "engang", "en gang"}
_NEXT_MONTH = {
    "neste maned", "neste mnd", "neste maaned", "nasta manad", "nasta mnd", "naeste maned",
    "naeste maaned", "naeste mnd", "next month", "kommende maned", "kommande manad",
    "the next month", "the coming month", "the month after",
}  # fmt: skip
# The year's end said as a span (as the channel reader's STEP_SPANS): the new year's first
# working days, asked only when said in November or December.
_YEAR_END = {
    "nyttar", "nyar", "nytar", "nytaar", "new year", "the new year", "new years", "jul",
    "julen", "jula", "christmas", "xmas", "helgerna", "helligdagene", "helligdagane",
    "hoytidene", "helgene", "helligdagen", "the holidays", "the hols", "the break",
    "the christmas break", "the christmas holidays",
}  # fmt: skip
_AFTER = {"etter", "efter", "after", "over"}
_AFTER_A_DAY = {*_AFTER, "fra", "fran", "from", "fom", "tidligst", "tidigast", "earliest"}
_NEW_YEAR = {"i det nye aret", "pa nyaret", "i nya aret", "pa nya aret", "i det nye ar"}
_NEW_YEAR |= {"in the new year", "into the new year", "early in the new year"}
# A step longer than this is no step but a sentence (asked as unread, as before)
_MOST_STEP_WORDS = 6


@dataclass(frozen=True)
class StepPeriod:
    """A step said in a period to come: its words, the period's as typed, and the days to offer
    (each working day when few, else each week's first working day)."""

    what: str
    said: str
    first: date
    last: date
    days: tuple[date, ...]


# The verbs among them: a step said by what the seller does next ("sending the proposal")
_SENDING = {"send", "sends", "sending", "sender", "sende", "skicka", "skickar", "mailer", "mailar"}


# Session 63. A promise before what is promised ("agreed to send the case studies wednesday",
# "lovet å sende priser fredag"): the author's words, as "skal" is (was no step, and the call
# dated the Wednesday gone); follow_up.PROMISES, PROMISE_TO


def _after_the_authors_words(folded: list[str]) -> int:
    """Where the words after the author's own begin ("skal", "vi", "and", "agreed to" …)."""
    at = 0
    while at < len(folded):
        if folded[at] in _BEFORE_STEP:
            at += 1
        elif (
            folded[at] in follow_up.PROMISES
            and at + 1 < len(folded)
            and folded[at + 1] in follow_up.PROMISE_TO
        ):
            at += 2
        else:
            break
    return at


def _step_start(folded: list[str], *, verbs_only: bool = False) -> int | None:
    """Where the step's words begin (after "skal", "vi", "and"…), or None when they are no
    step. `verbs_only`: a verb of ours only ("demo", "new meeting" are no step then)."""
    at = _after_the_authors_words(folded)
    if at >= len(folded):
        return None
    rest = tuple(folded[at:])
    if rest[0] in (_SENDING if verbs_only else _STEP_FIRST | follow_up.STEP_NOUNS):
        return at
    if not verbs_only and rest[0].startswith(follow_up.STEP_NOUN_STEMS):
        return at
    for phrase in follow_up.OURS if verbs_only else (*follow_up.OURS, *follow_up.THEIRS):
        if rest[: len(phrase)] == phrase:
            return at
    if not verbs_only and handed_over(rest):
        return at
    if any(rest[: len(phrase)] == phrase for phrase in _BRINGING):
        return at
    if not verbs_only and _a_talk_held(rest):
        return at
    return None


# Session 68. A talk we hold, set up, or its noun alone opening the clause ("vi holder en workshop
# i april", "vi setter opp oppstartsmøte i april", "opstartsmøde i februar"), folded: a step (was
# none read in the channel; the command reader reads them so since session 67)
HOLDING = _HOLDING = (
    ("holder",), ("haller",), ("hold",), ("holding",), ("tar",), ("tager",), ("take",),
    ("setter", "opp"), ("satter", "upp"), ("saetter", "op"), ("set", "up"), ("setting", "up"),
    ("arrangerer",), ("arrangerar",), ("planlegger",), ("planerar",), ("planlaegger",),
    ("kjorer",), ("kor",), ("korer",), ("run",), ("running",),
)  # fmt: skip
_TALK_ARTICLES = {"en", "ett", "et", "ei", "eit", "a", "an", "the", "ny", "nytt", "nyt", "new"}


def holding_said(rest: Sequence[str]) -> int:
    """How many of the first words (folded) say a talk set up ("setter opp", "arrangerer"), not
    "tar"/"holder" (next_steps.TAKING, read whole by the commands); 0 when none."""
    for phrase in _HOLDING:
        if tuple(rest[: len(phrase)]) == phrase and phrase[0] not in TAKING:
            return len(phrase)
    return 0


def _a_talk_held(rest: Sequence[str]) -> bool:
    at = 0
    for phrase in _HOLDING:
        if tuple(rest[: len(phrase)]) == phrase:
            at = len(phrase)
            break
    while at < len(rest) and rest[at] in _TALK_ARTICLES:
        at += 1
    if at >= len(rest) or at + 1 >= len(rest):
        return False  # a talk's noun alone, no day after it, is no step said
    return rest[at] in TALK_NOUNS or a_talk_compound(rest[at])


# Session 67. Something of ours handed to them, said by where it goes ("revised numbers go over to
# them tomorrow", "I'll get the revised artwork to them this week", "kontrakten kommer til dem i
# løbet af ugen", "de får et revideret oplæg i overmorgen", "offerten kommer på måndag"), folded:
# the seller's step (was no step read in a channel message, the record stored without it)
_TO_THEM = (
    ("to", "them"), ("til", "dem"), ("till", "dem"), ("til", "dei"), ("till", "dom"),
    ("til", "kunden"), ("till", "kunden"), ("to", "the", "customer"), ("to", "the", "client"),
)  # fmt: skip
_THEY_GET = (
    ("de", "far"), ("dei", "far"), ("dom", "far"), ("they", "get"), ("they'll", "get"),
    ("they", "will", "get"), ("kunden", "far"),
    # session 69: promised to them ("lovade dem avtalsutkastet innan månadsskiftet")
    ("lovade", "dem"), ("lovat", "dem"), ("lovet", "dem"), ("lovte", "dem"), ("lovede", "dem"),
    ("lovet", "dei"), ("promised", "them"), ("promised", "to", "get"),
)  # fmt: skip
_OURS_COMING = {
    "offerten", "tilbudet", "tilbuddet", "kontrakten", "avtalen", "aftalen", "avtalet", "prisen",
    "priserna", "priserne", "prisene", "underlaget", "materialet", "forslaget", "förslaget",
    "the quote", "the proposal", "the contract", "the pricing", "the deck",
}  # fmt: skip
_COMING = {"kommer", "comes", "goes", "går", "gar"}
_GET = {"get", "getting", "far", "fa", "faar"}  # "get it over", "får det over" (folded)


def handed_over(folded: Sequence[str]) -> bool:
    """Whether the words (folded) say something of ours goes to them (_TO_THEM, _THEY_GET)."""
    rest = tuple(folded[_after_the_authors_words(list(folded)) :])
    head = rest[:8]
    if any(head[at : at + len(words)] == words for words in _TO_THEM for at in range(len(head))):
        return True
    if any(rest[: len(words)] == words for words in _THEY_GET):
        return True
    if rest[:1] and rest[0] in _GET and "over" in rest[2:6]:
        return True  # session 69: "I'll get the revised costings over", "jeg får utkastet over"
    for size in (1, 2):
        if (
            " ".join(rest[:size]) in _OURS_COMING
            and rest[size : size + 1]
            and rest[size] in _COMING
        ):
            return True
    return False


def step_starts(folded: list[str], *, verbs_only: bool = False) -> int | None:
    """msgsteps34. Where a step's words begin among `folded` (after "skal", "vi", "and"…): a
    step of ours or a follow-up word first ("neste steg", "ringer", "tar kontakt"); None if
    they are no step (the channel reader's clause read as a command's step only then).
    `verbs_only`: a verb of what the seller does, never "ny …" (session 59: after a loss)."""
    return _step_start(folded, verbs_only=verbs_only)


def step_words(typed: list[str], *, verbs_only: bool = False) -> str | None:
    """The step's words as typed, without the author's words before them; None if none."""
    folded = [fold(word).strip(",;:.!") for word in typed]
    booked = _a_booked_talk(typed, folded)
    if booked is not None and not verbs_only:
        return booked
    start = _step_start(folded, verbs_only=verbs_only)
    if start is None:
        return None
    words = [word.strip(",;:.!") for word in typed[start:]]
    if not words or len(words) > _MOST_STEP_WORDS or any(c.isdigit() for c in "".join(words)):
        return None
    if fold(words[0]) == "sending":
        words[0] = "send"  # "sending contract Friday": the step "send contract"
    elif words[0][:1].isupper() and words[0][1:].islower():
        words[0] = words[0].lower()
    return " ".join(words)


# Said after a talk booked, before its period ("booked a meeting for next month")
_BOOKED_FOR = {"for", "til", "till"}


def _a_booked_talk(typed: list[str], folded: list[str]) -> str | None:
    """left34. "booked a meeting (for)", "bokade ett möte", "aftalt møde": a talk booked, its
    noun as typed (the lead's next step, as the parser reads "booket møte i januar"); else
    None."""
    at = _after_the_authors_words(folded)
    if at >= len(folded) or folded[at] not in BOOKED_WORDS:
        return None
    at += 1
    while at < len(folded) and folded[at] in BOOKED_ARTICLES:
        at += 1
    if at >= len(folded) or folded[at] not in TALK_NOUNS:
        return None
    if any(word not in _BOOKED_FOR for word in folded[at + 1 :]):
        return None
    return typed[at].strip(",;:.!").lower()


def _split(unread: str) -> list[str]:
    return [word for word in unread.split() if word.strip(",;:.!")]


def step_on_a_day(
    cmd: LogCommand, today: date, worked: Callable[[date], bool] | None = None
) -> LogCommand | None:
    """ "/logmeeting Tesco yesterday, sending contract Friday": the unread words a step and a
    coming day after it: `cmd` with that step on that day, nothing unread; else None. A weekday
    said by its name that is no working day where the seller works (`worked`: midsommarafton,
    a public holiday) is left to ask, as the parser leaves it (session 69)."""
    if cmd.next_step is not None or not cmd.unread:
        return None
    typed = _split(cmd.unread.lstrip(",;"))
    for size in (3, 2, 1):
        if len(typed) <= size:
            continue
        said = " ".join(word.strip(",;.!") for word in typed[-size:])
        if follow_up.a_month_alone([fold(w) for w in said.split()]):
            return None  # "i januar": a month, no day of it (asked as a period, or as before)
        if next_weekday_either(said.split(), today) is not None:
            return None  # session 69: "neste fredag" on a Wednesday, this week's or next: asked
        if names_the_romjul(said.split()):
            # session 69: "nytt møte i romjula" in December was due its Monday, unasked; the
            # romjul is a span (session 68), its working days asked (step_in_a_period)
            return None
        try:
            day = parse_date(said, today=today, direction="future")
        except UserError:
            continue
        if day is None or not today < day <= today + timedelta(days=62):
            continue
        if worked is not None and day.weekday() < 5 and not worked(day):
            if any(is_weekday(word) for word in said.split()):
                # session 69: "demo fredag" on midsommarafton's week from a Swede was due that
                # Friday by the recorder, unasked; a date typed ("demo 25/6") stays as typed
                return None
        if fold(typed[-size - 1]).strip(",;:.!") in OR_WORDS:
            return None  # heldcmd31: "fredag eller mandag", one of two days (_either_day)
        if fold(typed[-size - 1]).strip(",;:.!") in _AFTER_A_DAY:
            # heldcmd31: "følg op efter 1/10", "follow up after the 1st": some day after it, no
            # day of its own (was the step "følg op efter" due that day, stored unasked)
            return None
        what = step_words(typed[:-size])
        if what is None or said_at_its_end(what):
            # mendE34: "follow up start of" + "next week": a part of the time, no day of it
            # (was the step "follow up start of" due the week's Monday): asked, as before
            return None
        return replace(cmd, next_step=NextStep(what, day), unread=None)
    return None


def step_day_read_as_the_records(cmd: LogCommand, text: str, today: date) -> LogCommand | None:
    """ "/logcall Aldi, sending the proposal on Monday": the parser read the day that ends the
    command as the call's (last Monday), the step's words before it unread. The day is the
    step's (the coming Monday) and the call today's: `cmd` so; else None."""
    if cmd.next_step is not None or not cmd.unread or cmd.when >= today:
        return None
    at = text.rfind(cmd.unread)
    if at < 0:
        return None
    tail = text[at + len(cmd.unread) :].strip(" ,;.!")
    if not tail or len(tail.split()) > 3 or any(ch.isdigit() for ch in tail):
        return None  # a date written ("30.11") is the record's own
    try:
        gone = parse_date(tail, today=today, direction="past")
        ahead = parse_date(tail, today=today, direction="future")
    except UserError:
        return None
    if gone != cmd.when or ahead is None or not today < ahead <= today + timedelta(days=7):
        return None
    # a verb of ours only: "/logmeeting Tine, demo mandag" may be Monday's demo, held
    what = step_words(_split(cmd.unread.lstrip(",;")), verbs_only=True)
    if what is None:
        return None
    return replace(cmd, when=today, next_step=NextStep(what, ahead), unread=None)


def step_in_a_period(
    cmd: LogCommand, today: date, worked: Callable[[date], bool]
) -> StepPeriod | None:
    """ "ringer igjen neste måned", "følger opp over nyttår", "återkommer efter helgerna": the
    unread words a step and a period to come after it; None otherwise."""
    if cmd.next_step is not None or not cmd.unread:
        return None
    typed = _split(cmd.unread.lstrip(",;"))
    folded = [fold(word).strip(",;:.!") for word in typed]
    either = _either_day(*_two_days_slashed(typed), today, worked)
    if either is not None:
        return either
    timed = _a_month_at_a_time(typed, folded, today, worked)
    if timed is not None:
        return timed
    nearer = _next_weekday_said(typed, today, worked)
    if nearer is not None:
        return nearer
    for size in range(min(len(typed) - 1, 5), 0, -1):
        tail = folded[-size:]
        period = _period(tail, today)
        if period is None:
            continue
        what = step_words(typed[:-size])
        if what is None:
            return None
        what = named_no_step(what)
        first, last = period
        days = days_to_offer(first, last, today, worked)
        if not days:
            return None
        said = " ".join(typed[-size:]).rstrip(",;.!")
        return StepPeriod(what, said, first, last, days)
    return None


def step_in_next_month(
    cmd: LogCommand, today: date, worked: Callable[[date], bool]
) -> LogCommand | None:
    """mendE33, by the lead's rule (mendA33). "følg opp neste måned", "återkopplar nästa månad",
    "følger op næste måned", "follow up next month": the step said as the month to come is due
    by that month's last working day where the seller works, as a channel message dates it
    (was asked with a button per week, steps30). `cmd` with that step, nothing unread; else
    None."""
    if cmd.next_step is not None or not cmd.unread:
        return None
    typed = _split(cmd.unread.lstrip(",;"))
    folded = [fold(word).strip(",;:.!") for word in typed]
    for size in range(min(len(typed) - 1, 4), 0, -1):
        words = folded[-size:]
        if len(words) > 1 and words[0] in STEP_LINKS:
            words = words[1:]
        if " ".join(words) not in _NEXT_MONTH:
            continue
        what = step_words(typed[:-size])
        if what is None:
            return None
        period = _period(folded[-size:], today)  # the month to come, as asked before
        if period is None:
            return None
        due = due_in_the_period(*period, worked)
        if not worked(due) or due.weekday() >= 5:
            return None  # no working day in it: asked, as before
        said = " ".join(typed[-size:]).rstrip(",;.!")  # left34: shown beside its due day
        step = NextStep(named_no_step(what), due, month=True, period=said)
        return replace(cmd, next_step=step, unread=None)
    return None


def step_in_this_week(
    cmd: LogCommand, today: date, worked: Callable[[date], bool]
) -> LogCommand | None:
    """mendA34, the lead's decision (session 34). A step said as the week under way ("sender
    tilbud denne uka", "följer upp under veckan", "ringer i løbet af ugen", "sending the quote
    this week", "follow up later this wk") is due by this week's LAST working day where the
    seller works, as "neste uke" is (mendA33: due_in_the_period), stored sure with the step in
    commands and messages alike (clause_steps: one reader). Was: the week's days left asked
    (heldcmd32), or the words left unread. None when that day is gone (said on a Saturday or
    Sunday, or on a Friday that is a holiday): asked, as before."""
    if cmd.next_step is not None or not cmd.unread:
        return None
    typed = _split(cmd.unread.lstrip(",;"))
    folded = [fold(word).strip(",;:.!") for word in typed]
    for size in range(min(len(typed) - 1, 6), 0, -1):
        words = folded[-size:]
        if " ".join(words) not in THIS_WEEK and not (
            len(words) > 1 and words[0] in STEP_LINKS and " ".join(words[1:]) in THIS_WEEK
        ):
            continue
        what = step_words(typed[:-size])
        if what is None:
            return None
        friday = today + timedelta(days=4 - today.weekday())
        if friday < today:
            return None  # said on the weekend: which week? Asked
        due = due_in_the_period(today, friday, worked)
        if due.weekday() >= 5 or not worked(due):
            return None  # no working day left of it (a Friday holiday): asked
        said = " ".join(typed[-size:]).rstrip(",;.!")
        step = NextStep(named_no_step(what), due, period=said)
        return replace(cmd, next_step=step, unread=None)
    return None


# mendE34. A month's start said before its name, folded ("i början av januari", "start of
# January", "at the beginning of January", "i begynnelsen av januar"): the words before the
# month's name the date reader leaves unread
_EARLY_IN_A_MONTH = {
    ("i", "borjan", "av"), ("i", "borjan", "pa"), ("borjan", "av"), ("borjan", "pa"),
    ("i", "begynnelsen", "av"), ("begynnelsen", "av"), ("i", "starten", "av"), ("starten", "av"),
    ("i", "starten", "pa"), ("i", "begyndelsen", "af"), ("begyndelsen", "af"),
    ("i", "starten", "af"), ("start", "of"), ("the", "start", "of"), ("at", "the", "start", "of"),
    ("beginning", "of"), ("the", "beginning", "of"), ("at", "the", "beginning", "of"),
    ("by", "the", "start", "of"), ("early", "in"),
}  # fmt: skip


def step_early_in_a_month(
    cmd: LogCommand, today: date, worked: Callable[[date], bool]
) -> LogCommand | None:
    """mendE34. "nästa möte i början av januari", "follow up start of January", "ringer igjen i
    begynnelsen av januar": the step due by the month's first full working week's last working
    day where the seller works, as "demo early Jan" and "først i januar" are read by the
    parser (the period rule, mendA33; was asked as typed). `cmd` with that step; else None."""
    if cmd.next_step is not None or not cmd.unread:
        return None
    typed = _split(cmd.unread.lstrip(",;"))
    folded = [fold(word).strip(",;:.!") for word in typed]
    end = len(folded)
    year = None
    if end > 1 and re.fullmatch(r"(?:19|20)[0-9]{2}", folded[-1]):
        year, end = int(folded[-1]), end - 1
    month = MONTHS.get(folded[end - 1]) if end > 1 else None
    if month is None:
        return None
    for size in (4, 3, 2):
        if end - 1 - size < 1 or tuple(folded[end - 1 - size : end - 1]) not in _EARLY_IN_A_MONTH:
            continue
        what = step_words(typed[: end - 1 - size])
        if what is None:
            return None
        words = what.split()
        if len(words) > 1 and fold(words[0]) in _NEXT:
            what = " ".join(words[1:])  # "nästa möte": the step "möte", as the parser's
        if year is None:
            year = today.year if month > today.month else today.year + 1
        first = date(year, month, 1)
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        due = due_in_the_period(monday, monday + timedelta(days=6), worked)
        if due <= today or not worked(due) or due.weekday() >= 5:
            return None
        said = " ".join(typed[end - 1 - size :]).rstrip(",;.!")
        step = NextStep(named_no_step(what), due, week=True, period=said)
        return replace(cmd, next_step=step, unread=None)
    return None


def a_messages_step_in_a_span(
    words: str, today: date, worked: Callable[[date], bool]
) -> NextStep | None:
    """mendE33. A channel message's step said in a clause of its own by the year's end ("Møte
    med Tine i dag, følger opp over nyttår", "…, nytt møte etter jul", "…, follow up after the
    holidays", said in November or December) or the month to come: the step, due by that
    period's last working day where the seller works, as a command dates it (the new year's
    first working days to the Friday of its first whole week: Fri 8 Jan 2027). The message is
    asked (Record) as before; Record keeps this step (was: stored without it). None when no
    clause, or more than one, says so."""
    found: list[NextStep] = []
    for clause in re.split(r"[,;.!?]\s", f"{words} "):
        typed = _split(clause)
        folded = [fold(word).strip(",;:.!") for word in typed]
        for size in range(min(len(typed) - 1, 5), 0, -1):
            tail = folded[-size:]
            if " ".join(tail) in THIS_WEEK:
                continue  # this week's days: a day of it asked, as a command's
            period = _period(tail, today)
            if period is None:
                continue
            what = step_words(typed[:-size])
            if what is not None:
                due = due_in_the_period(*period, worked)
                if due.weekday() < 5 and worked(due):
                    said = " ".join(typed[-size:]).rstrip(",;.!")  # left34: shown with it
                    found.append(NextStep(named_no_step(what), due, period=said))
            break
    return found[0] if len(found) == 1 else None


# heldcmd31. A step on one of two days or weeks: "neste møte i uke 24 eller 25", "ringer igen
# fredag eller måndag", "call back Fri or Mon" (the parser leaves it unread, never the first
# taken). Asked with a button for each, a week's its first working day.
_WEEK = {"uke", "uka", "veke", "vecka", "v", "uge", "week", "wk", "w"}
_WEEK |= {"uken", "veckan", "ugen"}  # mendE34: "næste uge eller ugen efter"
_NEXT = {"neste", "nasta", "naeste", "next"}
_MOST_EITHER_WORDS = 8


_A_WORD_SLASH_A_WORD = re.compile(r"([^\W\d_]+\.?)/([^\W\d_]+\.?)([,;.!]?)")


def _two_days_slashed(typed: list[str]) -> tuple[list[str], list[str]]:
    """left34. "ringer tor/fre", "call Thu/Fri": two words joined by a slash are two words and
    an or-word (as "tor / fre"; a date's slash, "14/12", stays); the words typed and folded."""
    split: list[str] = []
    for word in typed:
        joined = _A_WORD_SLASH_A_WORD.fullmatch(word)
        if joined is None:
            split.append(word)
        else:
            split += [joined[1], "/", joined[2] + joined[3]]
    return split, [fold(word).strip(",;:.!") for word in split]


def _either_day(
    typed: list[str], folded: list[str], today: date, worked: Callable[[date], bool]
) -> StepPeriod | None:
    """The unread words a step, then a day or week, an or-word and another: the two days."""
    for size in range(min(len(typed) - 1, _MOST_EITHER_WORDS), 2, -1):
        tail = folded[-size:]
        ors = [at for at in range(1, size - 1) if tail[at] in OR_WORDS]
        if len(ors) != 1:
            continue
        at = ors[0]
        left, right = tail[:at], tail[at + 1 :]
        while len(left) > 1 and left[0] in STEP_LINKS:
            left = left[1:]
        first = _a_day_ahead(_monday_said_short(left), today, worked)
        if first is None:
            continue
        if len(left) == 2 and left[0].rstrip(".") in _WEEK and right[0].isdigit():
            right = [left[0], *right]  # "uke 24 eller 25": the second a week too
        while len(right) > 1 and right[0] in STEP_LINKS:
            right = right[1:]
        second = _a_day_ahead(_monday_said_short(right), today, worked)
        weeks = _a_week_and_the_next(left, right, first, worked)
        if weeks is not None:
            first, second = weeks
        what = step_words(typed[:-size])
        if second is None or second == first or what is None:
            return None
        words = what.split()
        if len(words) > 1 and fold(words[0]) in _NEXT:
            what = " ".join(words[1:])  # "neste møte": the step "møte", as the parser's
        what = named_no_step(what)
        said = " ".join(typed[-size:]).rstrip(",;.!")
        days = tuple(sorted((first, second)))
        return StepPeriod(what, said, days[0], days[1], days)
    return None


def _next_weekday_said(
    typed: list[str], today: date, worked: Callable[[date], bool]
) -> StepPeriod | None:
    """Session 69. The unread words a step, then "neste fredag", "next Friday" said while that
    weekday is still ahead this week: this week's and next week's, a button each (a day off where
    the seller works left out: a Swede's "nästa fredag" in midsommar week)."""
    for size in (3, 2):
        if len(typed) <= size:
            continue
        either = next_weekday_either(typed[-size:], today)
        if either is None:
            continue
        either = tuple(day for day in either if worked(day)) or either
        what = step_words(typed[:-size])
        before = [fold(w).strip(",;:.!") for w in typed[:-size]]
        if what is None and len(before) == 1 and before[0] in TALK_NOUNS:
            what = typed[0].strip(",;:.!")  # "booket møte neste onsdag": the talk booked
        if what is None:
            return None
        words = what.split()
        if len(words) > 1 and fold(words[0]) in _NEXT:
            what = " ".join(words[1:])  # "neste møte": the step "møte", as the parser's
        said = " ".join(typed[-size:]).rstrip(",;.!")
        return StepPeriod(named_no_step(what), said, either[0], either[-1], either)
    return None


def _a_week_and_the_next(
    left: list[str], right: list[str], first: date | None, worked: Callable[[date], bool]
) -> tuple[date, date] | None:
    """mendE34. "neste uke eller uka etter", "nästa vecka eller veckan efter", "next week or
    the week after": two weeks, each due by its last working day where the seller works (the
    period rule, mendA33); None when the words say no such pair."""
    if first is None or " ".join(right) not in THE_WEEK_AFTER:
        return None
    if not any(word.rstrip(".") in _WEEK for word in left):
        return None
    monday = first - timedelta(days=first.weekday())
    days = [
        due_in_the_period(start, start + timedelta(days=6), worked)
        for start in (monday, monday + timedelta(days=7))
    ]
    if any(day.weekday() >= 5 or not worked(day) for day in days):
        return None
    return days[0], days[1]


def _a_month_at_a_time(
    typed: list[str], folded: list[str], today: date, worked: Callable[[date], bool]
) -> StepPeriod | None:
    """mendC32. "ringer igjen i januar kl 10", "call back in January at 10am": the step, a month
    ahead by its name, no day of it, and a time: the month's weeks asked, the time kept with
    the step ("ringer igjen kl 10"), as the parser keeps a step's time with its day."""
    size = time_suffix(typed, after_date=True)
    if not size or size >= len(typed) - 1:
        return None
    rest = folded[:-size]
    year = None
    if re.fullmatch(r"(?:19|20)[0-9]{2}", rest[-1]):
        year, rest = int(rest[-1]), rest[:-1]
    month = MONTHS.get(rest[-1]) if rest else None
    if month is None:
        return None
    cut = len(rest) - 1
    if cut > 0 and rest[cut - 1] in STEP_LINKS:
        cut -= 1
    if year is None:
        year = today.year if month >= today.month else today.year + 1
    first, last = date(year, month, 1), date(year, month, monthrange(year, month)[1])
    if last <= today:
        return None
    what = step_words(typed[:cut])
    days = days_to_offer(max(first, today + timedelta(days=1)), last, today, worked)
    if what is None or not days:
        return None
    clock = " ".join(typed[-size:]).rstrip(",;.!")
    what = f"{named_no_step(what)} {clock}"
    said = " ".join(typed[cut : len(typed) - size]).rstrip(",;.!")  # "i januar": the month's
    return StepPeriod(what, said, first, last, days)


def named_no_step(what: str) -> str:
    """mendC32. "neste steg", "next step", "nästa steg", "næste skridt" name no step: the
    generic follow-up, as the parser's one-day form reads it (was the step "steg")."""
    words = [fold(word).strip(",;:.!") for word in what.split()]
    if words and words[0] in _NEXT:
        words = words[1:]
    return DEFAULT_NEXT_STEP if words and all(w in _STEP_WORDS for w in words) else what


def _monday_said_short(words: list[str]) -> list[str]:
    """heldcmd32. A day alone beside an or-word, "man" read as Monday's ("fre eller man")."""
    return [the_day_beside_an_or(words[0])] if len(words) == 1 else words


def _a_day_ahead(words: list[str], today: date, worked: Callable[[date], bool]) -> date | None:
    """A day ahead the words name, or a week's ("uke 24") first working day where the seller
    is; a week gone this year is next year's (said in December). None if none."""
    if len(words) == 2 and words[0].rstrip(".") in _WEEK and words[1].isdigit():
        number = int(words[1])
        for year in (today.year, today.year + 1):
            try:
                monday = date.fromisocalendar(year, number, 1)
            except ValueError:
                continue
            if year == today.year and monday < today - timedelta(weeks=13):
                continue  # a quarter or more gone: next year's (as dates._week_date reads it)
            days = days_to_offer(monday, monday + timedelta(days=4), today, worked)
            return days[0] if days else None  # a week just gone is no day ahead
        return None
    if not words or len(words) > 3:
        return None
    try:
        day = parse_date(" ".join(words), today=today, direction="future")
        if day is None and any(word.isdigit() for word in words):
            # mendH31: "tirsdag 8. eller onsdag 9.": the day's dot was folded off with the
            # sentence's ("tirsdag 8" alone reads as no date)
            dotted = [f"{word}." if word.isdigit() else word for word in words]
            day = parse_date(" ".join(dotted), today=today, direction="future")
    except UserError:
        return None
    return day if day is not None and day > today else None


def _period(tail: list[str], today: date) -> tuple[date, date] | None:
    """The first and last day of the period `tail` names, ahead of today; None if none."""
    words = list(tail)
    joined = " ".join(words)
    if joined in _NEW_YEAR and today.month in (11, 12):
        return _new_years_weeks(today)
    if len(words) > 1 and words[0] in STEP_LINKS:
        words = words[1:]
    joined = " ".join(words)
    if " ".join(tail) in THIS_WEEK:
        # heldcmd32. "neste møte denne uka", "follow up this wk": this week's days to come
        return today + timedelta(days=1), today + timedelta(days=4 - today.weekday())
    if joined in _NEXT_MONTH:
        year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    if today.month in (11, 12) and today.day < 31 and names_the_romjul(tail):
        # session 69: "nytt møte i romjula", "återkommer i mellandagarna", "follow up between
        # Christmas and New Year": the romjul's working days still ahead, a button each
        return max(date(today.year, 12, 27), today + timedelta(days=1)), date(today.year, 12, 31)
    if (
        today.month in (11, 12)
        and len(tail) >= 2
        and tail[0] in _AFTER
        and " ".join(tail[1:]) in _YEAR_END
    ):
        return _new_years_weeks(today)
    return None


def _new_years_weeks(today: date) -> tuple[date, date]:
    """The coming new year's first working days, to the Friday of its first whole week:
    "etter jul", "over nyttår", "after the holidays" said in November or December (a day on
    each button; another day in the form)."""
    first = date(today.year + 1, 1, 2)
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    return first, monday + timedelta(days=4)


def days_to_offer(
    first: date, last: date, today: date, worked: Callable[[date], bool]
) -> tuple[date, ...]:
    days = [
        first + timedelta(days=n)
        for n in range((last - first).days + 1)
        if (first + timedelta(days=n)).weekday() < 5 and worked(first + timedelta(days=n))
    ]
    days = [day for day in days if day > today]
    if len(days) <= MOST_DAY_BUTTONS:
        return tuple(days)
    weeks: dict[tuple[int, int], date] = {}
    for day in days:
        weeks.setdefault(day.isocalendar()[:2], day)
    return tuple(weeks.values())[:MOST_DAY_BUTTONS]
