"""Whose name goes with a cue: a known customer, else a capitalised name right next to it or
after "with/med/hos"; an awarder; names listed together."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from bot.domain import ActivityKind
from bot.services.capture import lexicon, signals
from bot.services.capture.grammar import (
    _AND,
    _AUX,
    _AWARDING,
    _FROM,
    _LABEL_MARKS,
    _LINK_WORDS,
    _MEETING_LINKS,
    _MOODS,
    _OBJECTS,
    _OFFER_LINKS,
    _SALE_ENDINGS,
    _SALES,
    _TO,
    _US,
    _WE_OR_US,
    _WIN_LINKS,
)
from bot.services.capture.message import (
    KIND_WORDS,
    Cue,
    Message,
    _next_word,
    _subject,
    cheered_after,
)
from bot.services.capture.objects import _amount_follows, _word_class
from bot.services.capture.places import is_place
from bot.services.capture.signals import Name
from bot.services.commands.words import ROLE_PARTS, is_a_role
from bot.services.customers import as_written, customer_key
from bot.services.dates import count_said, fold


def _joined_names(m: Message, name: Name) -> bool:
    """Another customer's name joined to this one by "og", "and", "och", "&" or a comma."""
    return bool(joined_to(m, name))


def joined_to(m: Message, name: Name) -> list[Name]:
    """The other customers' names joined to this one by "og", "and", "och", "&" or a comma."""
    found: list[Name] = []
    for other in [*m.known, *m.guessed]:
        if other.start < name.end and name.start < other.end:
            continue  # itself, or overlapping it
        if customer_key(other.display) == customer_key(name.display):
            continue
        lo, hi = (name.end, other.start) if other.start >= name.end else (other.end, name.start)
        between = _past_its_time(m.tokens[lo:hi])
        if between and between[0].text == "(":
            # lead36: "møde med Lego (hot) og Vestas (kold)": a remark in brackets after a name
            close = next((k for k, t in enumerate(between[:5]) if t.text == ")"), None)
            if close is not None and not any(
                ch.isdigit() for t in between[1:close] for ch in t.text
            ):  # an amount in brackets is that name's own ("Tine (300k) og Orkla (150k)")
                between = between[close + 1 :]
        if _a_branch_first(m, name if lo == name.end else other, lo, between):
            # session 39: "hos Kiwi Bryn og Rema 1000 Alnabru", "met Tesco Leeds and Boots
            # Manchester": a known chain's store or town after its name (was: the second
            # customer dropped unasked)
            between = between[1:]
        if between and len(between) <= 2 and all(t.folded in _AND for t in between):
            if any(t.folded != "," for t in between) or _listed(m, name, other):
                found.append(other)
        elif lo == name.end and (middle := _named_between(m, lo, hi)):
            # session 39. "ringte kiwi, rema 1000 og Coop i dag": the words between two names
            # of a list, commas and "og" around them, a customer each (asked; was dropped, and
            # Coop with it)
            found += [*middle, other]
    return found


def _named_between(m: Message, lo: int, hi: int) -> list[Name]:
    """Session 39. The items of a list between two names ("A, x y og B", "A, x, y and B"): each
    one or two words (a number among them: "rema 1000") of no other meaning, read as new
    customers written as a person writes them; [] where anything else stands there."""
    tokens = m.tokens[lo:hi]
    if len(tokens) < 3 or tokens[0].text != "," or tokens[-1].folded not in _AND:
        return []
    items: list[Name] = []
    start = lo + 1
    for k in range(lo + 1, hi + 1):
        if k < hi and m.tokens[k].folded not in _AND:
            continue
        words = m.tokens[start:k]
        if not 1 <= len(words) <= 2 or not _an_items_words(m, start, k):
            return []
        display = as_written(" ".join(t.text for t in words))
        items.append(Name(start, k, display, False))
        start = k + 1
        if k == hi - 1:
            break
    return items


def _an_items_words(m: Message, start: int, end: int) -> bool:
    words = m.tokens[start:end]
    return (
        all(t.is_word for t in words)
        and words[0].text[:1].isalpha()
        and words[-1].text[:1].isalnum()
        and not any(i in m.date_words for i in range(start, end))
        # "rema 1000": a chain's number after its word, no amount
        and not any(i in m.money_words for i in range(start, end) if i == start)
        and not any(h.start < end and start < h.end for h in m.hits)
        and not any(n.start < end and start < n.end for n in [*m.known, *m.guessed])
        and all(
            t.folded not in signals.NOT_NAMES and t.folded not in signals._LEXICON_WORDS
            for t in words
        )
    )


def _a_branch_first(m: Message, first: Name, lo: int, between: list[signals.Token]) -> bool:
    """One capitalised word right after a known name, before "og"/"and" and the next name: the
    known chain's store or town ("Kiwi Bryn", "Tesco Leeds"), no break in the list."""
    if not first.known or len(between) < 2 or between[1].folded not in _AND:
        return False
    word = between[0]
    return (
        word.is_word
        and word.text[:1].isupper()
        and word.text.isalpha()
        and lo not in m.date_words
        and word.folded not in _AND
    )


_CLOCKISH = {"at", "kl", "klokka", "klokken", "klockan", "am", "pm", ".", ":", "(", ")"}


def _past_its_time(between: list[signals.Token]) -> list[signals.Token]:
    """lead38: the tokens between two names past the first one's time of day ("Tesco at 9 and
    Boots at 4:30pm", "Tine kl. 14 og Kiwi kl 16", "Tesco (10am) and Boots (4pm)": each name's
    own hour, no break in the list; was the second name dropped unasked)."""
    for k in range(min(len(between), 5), 0, -1):
        head = between[:k]
        if (
            head[0].folded not in _AND
            and all(t.folded in _CLOCKISH or t.folded[:1].isdigit() for t in head)
            and any(t.folded[:1].isdigit() for t in head)
            and (head[0].text == "(") == (head[-1].text == ")")
            and (
                signals.clock_time(head if head[0].text != "(" else head[1:-1]) is not None
                or _at_an_hour(head)
            )
        ):
            return between[k:]
    return between


def _at_an_hour(head: list[signals.Token]) -> bool:
    """ "at 9", "(at 11)": a bare hour after "at", a working day's."""
    if head[0].text == "(":
        head = head[1:-1]
    return (
        len(head) == 2
        and head[0].folded == "at"
        and head[1].text.isdigit()
        and 1 <= int(head[1].text) <= 12
    )


def _listed(m: Message, name: Name, other: Name) -> bool:
    """ "Acme, Globex og DNB": names in a list, not a name and then the next clause."""
    last = max(name.end, other.end)
    return last < len(m.tokens) and m.tokens[last].folded in _AND - {","}


def listed_after(m: Message, cue: Cue) -> list[Name]:
    """ "3 møder denne uge (Carlsberg, Arla, Danfoss)", "2 calls w/ Pret + Greggs", "Möten:
    Ikea, Volvo": the customers listed right after a meeting or call noun (past its day, a
    bracket, a colon or "with"), one after another with only commas, "og", "+" between them.
    Two or more, else none: one name after a noun is read as any other."""
    booked = cue.booked and cue.counted > 1  # mendA30: "2 mtgs booked (Aldi Thu, Lidl Fri)"
    if not (cue.verbless or booked) or cue.kind not in (ActivityKind.MEETING, ActivityKind.CALL):
        return []
    sentence = m.sentence(cue.start)
    # session 43: a list under its noun with each one's day in brackets ("Meetings: Walmart
    # (Mon), Target (Tue)"), as a count's ("2 mtgs booked (Aldi Thu, Lidl Fri)")
    days_each = cue.counted > 1 or any(
        t.text == "(" for t in m.tokens[cue.end :] if t.sentence == sentence
    )
    names = sorted(
        (
            n
            for n in (*m.known, *m.guessed)
            if n.start >= cue.end
            and m.sentence(n.start) == sentence
            # mendA30: a weekday read as a new name ("Aldi Thu, Lidl Fri") is each one's day
            and not (days_each and all(i in m.date_words for i in range(n.start, n.end)))
        ),
        key=lambda n: n.start,
    )
    if not names:
        return []
    lead_in = m.tokens[cue.end : names[0].start]
    if len(lead_in) > 4 or not all(
        not t.is_word or t.folded in _MEETING_LINKS or cue.end + k in m.date_words
        for k, t in enumerate(lead_in)
    ):
        return []
    listed = [names[0]]
    for name in names[1:]:
        between = m.tokens[listed[-1].end : name.start]
        # mendA30: each with its own day ("Booket 2 møter (Aldi tors, Lidl fre)")
        if not between or not all(
            not t.is_word
            or t.folded in _AND
            or (days_each and listed[-1].end + k in m.date_words)
            # session 44: each one's hour ("Two meetings today: Whitbread in the morning and
            # Travelodge after lunch", "Tine i formiddag og Kiwi etter lunsj"; was nothing)
            or (cue.counted > 1 and t.folded in _HOUR_WORDS)
            for k, t in enumerate(between)
        ):
            break
        if customer_key(name.display) != customer_key(listed[-1].display):
            listed.append(name)
    return listed if len(listed) > 1 else []


# The hour of each listed talk, said after its name
_HOUR_WORDS = {
    fold(w)
    for w in """in the this at i på om kl kl. klokka klockan klokken before after etter efter
    før för innan morning afternoon evening lunch lunchtime formiddag formiddagen ettermiddag
    ettermiddagen eftermiddag eftermiddagen förmiddag förmiddagen morgen morgenen morgonen
    morgon lunsj lunsjen frokost frukost am pm""".split()
}
_DAY_LINKS = {"i", "in", "pa", "this", "idag"}


def headed(m: Message, end: int) -> bool:
    """A colon or a bracket right after a noun (past its day): "Möten idag: Ikea, Volvo"."""
    while end < len(m.tokens) and (end in m.date_words or m.tokens[end].folded in _DAY_LINKS):
        end += 1
    return end < len(m.tokens) and m.tokens[end].text in (":", "(")


_AROUND = {"runt", "rundt", "rond", "around", "round"}


# pairs29: the customers a count of calls or meetings names ("Ringte 3 kunder", "Called 4 clients")
_CUSTOMER_NOUNS = {
    "kunder", "kundar", "kunde", "kunden", "kundene", "kunderna", "kunderne", "klienter",
    "customers", "clients", "prospects", "prospekter", "leads", "accounts",
}  # fmt: skip


_ANOTHER_TALK = {"MEETING_NOUNS", "MEETING_VERBS", "BOOKING_VERBS", "CALL_VERBS", "CALL_NOUNS"}


def _a_count_called(m: Message, cue: Cue, name: Name) -> bool:
    """pairs29. "Ringte 15 kunder i dag, booket møte med Tryg torsdag", "Called 30 today and
    booked Boots": a call verb, then a count of what was called, then another talk's word before
    the name: the count was called, the name is the other talk's (was: a call to a known Tryg)."""
    if cue.kind is not ActivityKind.CALL or cue.verbless or cue.end >= len(m.tokens):
        return False
    if not m.tokens[cue.end].text.isdigit():
        return False
    return any(
        h.category in _ANOTHER_TALK and cue.end < h.start < name.start and h.start not in cue.words
        for h in m.hits
    )


def counted_customers(m: Message, at: int) -> int:
    """pairs29. "3 kunder", "4 clients" at `at`: how many customers it counts (0: none)."""
    if at + 1 >= len(m.tokens) or m.tokens[at + 1].folded not in _CUSTOMER_NOUNS:
        return 0
    said = m.tokens[at].text
    return int(said) if said.isdigit() else count_said(m.tokens[at].folded) or 0


def _called_around(m: Message, cue: Cue) -> Name | None:
    """ "Ringt runt hela förmiddagen: Skanska, NCC och Peab", "Ringte rundt i dag: Kiwi, Rema":
    a call verb, "around", a few words of when, then a colon and the customers called: the
    first of them (the others are joined to it as any list is)."""
    if cue.kind is not ActivityKind.CALL or cue.verbless or cue.end >= len(m.tokens):
        return None
    end = cue.end + 1
    if counted_customers(m, cue.end):
        end = cue.end + 2  # pairs29: "Ringte 3 kunder i dag: Tine, Orkla, Bama"
    elif m.tokens[cue.end].folded not in _AROUND:
        return None
    while end < len(m.tokens) and end - cue.end <= 5 and m.tokens[end].text != ":":
        if not m.tokens[end].is_word:
            return None
        end += 1
    if end >= len(m.tokens) or m.tokens[end].text != ":":
        return None
    first = next((n for n in (*m.known, *m.guessed) if n.start == end + 1), None)
    return _as_known(m, first) if first is not None else None


_NEW_NAME_LINKS = {"with", "med", "hos", "at", "to", "til", "till", "w", "m", "me", "mae"}


def _customer(m: Message, cue: Cue) -> Name | None:
    sentence = m.sentence(cue.start)
    if (cue.counted > 1 or headed(m, cue.end)) and not m.known:
        # "4 møter (Aker, DNB, Kiwi, Rema)": the first of the customers the count lists
        listed = listed_after(m, cue)
        if listed:
            return _as_known(m, listed[0])

    around = _called_around(m, cue)
    if around is not None:
        return around

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
        if _a_persons_role(m, n):
            return False  # lead36: "Spoke to Jane (Head of Procurement) at Aviva"
        if _a_person_from(m, n):
            return False  # lead37: "Meeting with Dave from Tesco": Tesco's
        if (
            not n.known
            and in_a_place(m, n)
            and is_place(n.display)
            and any(o is not n and not in_a_place(m, o) for o in (*m.known, *m.guessed))
        ):
            return False  # session 52: "träffade Ikea i Älmhult … skickade offert": where, no one
        if n.end == cue.start and n.end - n.start == 1 and count_said(m.tokens[n.start].folded):
            return False  # lead36: "Two proposals sent today - …", "To tilbud sendt": a count
        if cue.counted > 1 and _another_nouns(m, cue, n):
            return False  # "2 møter, 3 telefoner, 1 tilbud (Orkla 400k)": the offer's customer
        if n.start > cue.end and _a_count_called(m, cue, n):
            return False  # pairs29: "Ringte 15 i dag, booket møte med Tryg": not Tryg's call
        if cue.after_only and n.end <= cue.start:
            return (
                _heading(m, n, cue)
                or cheered_after(m, n, cue)
                or _next_word(m, cue.end) in ("vi", "we", "jeg", "jag")
            )
        return True

    rival = _rival(m, cue)
    chooser = _the_chooser(m, cue, rival)
    if chooser is not None:
        return _as_known(m, chooser)  # lead36: "Kiwi gikk for Tieto i stedet for oss": Kiwi
    chose = _chose_in_the_sentence(m, cue) if cue.kind is ActivityKind.LOSS else None
    if chose is not None:
        # session 51: "Thon Hotels gikk for Visma, tapt": the one who chose is the customer
        # lost, never the one chosen (was a loss of "Visma", the rival)
        return _as_known(m, chose)
    if rival is not None and any(
        n is not rival and m.sentence(n.start) == sentence and allowed(n)
        for n in (*m.known, *m.guessed)
    ):
        # lead36: "Lost to Capita on the Aviva tender", "tapt mot Tieto på Sparebanken Vest",
        # "Tabte til Netcompany hos Region Syd": who won it is no customer (was the customer,
        # or nothing) when the customer is named too
        allowed_first = allowed

        def allowed(n: Name) -> bool:
            return n is not rival and allowed_first(n)

    near = [
        n
        for n in m.guessed
        if allowed(n)
        and (
            m.sentence(n.start) == sentence
            or _alone_before(m, n, sentence)
            or _titled(m, n)
            or _said_after(m, cue, n, sentence)
        )
        and (m.sentence(n.start) != sentence or _placed(m, cue, n) or _titled(m, n))
    ]
    # "Vant Coop 200k og Kiwi 100k" with "Coop Norge" known (or "Coop Danmark" too): a new name
    # that starts known ones, in the cue's own clause, is as near a customer as a known name
    known = [
        n for n in (*m.known, *(g for g in near if _starts_known(m, g, cue, clauses))) if allowed(n)
    ]
    if known:
        best = min(known, key=distance)
        said = _a_capitalised_object(m, cue) if distance(best)[0] else None
        if said is not None:
            guessed = next((n for n in near if n.start == said.start), None)
            if guessed is not None:
                return _as_known(m, guessed)  # "Ringte Orkla. Møte med Nordlys AS i morgen"
            # Session 42. "Boots call went well, …. Also lost Shell 😞": the win or loss was said
            # of a capitalised word right after it (a name that is a word too), never of a
            # known name in another sentence (was the loss of Boots, asked beside the call)
            return None
        # "Møte med Fjordkraft i går, ringte Orkla i dag": a new name linked right after the
        # cue in its own clause is its customer, not a known one said in another clause
        linked = [
            n
            for n in near
            if distance(n)[:2] < distance(best)[:2]
            and (
                (n.start == cue.end + 1 and m.tokens[cue.end].folded in _NEW_NAME_LINKS)
                # session 42: the link is the cue's own last word ("Meeting with Asda on
                # Tuesday" after "Called Tesco …": was Tesco's meeting)
                or (n.start == cue.end and m.tokens[cue.end - 1].folded in _NEW_NAME_LINKS)
            )
            and not any(i in m.date_words for i in range(n.start, n.end))
        ]
        return _as_known(m, linked[0] if linked else best)
    if any(in_a_place(m, n) for n in near) and any(
        not in_a_place(m, n) and n.start > 0 and m.tokens[n.start - 1].folded in _WITH_LINKS
        for n in near
    ):
        # lead36: "Møte i Bergen med BKK i går", "Möte i Malmö med Skanska": where it was, and
        # with whom (was: the town the customer, asked)
        near = [n for n in near if not in_a_place(m, n)]
    if any(_titled(m, n) for n in near):
        # "Norrlandsgjuteriet AB: möte på plats i Luleå": the title's, Luleå is where
        near = [n for n in near if _titled(m, n) or not in_a_place(m, n)]
    name = min(near, key=distance, default=None)
    if name is None and not known:
        name = _the_one_named_before(m, cue, sentence, allowed)
    if (
        name is None
        and cue.kind in (ActivityKind.WIN, ActivityKind.LOSS)
        # session 54: or a signing with its amount ("ica gruppen signade idag 🎉 1,2 MSEK")
        and (cue.strong or (cue.kind is ActivityKind.WIN and bool(m.money_words)))
    ):
        name = _a_lower_case_subject(m, cue)  # lead37: "kiwi ga oss nei i går"
    if name is None and cue.strong and cue.kind is ActivityKind.LOSS:
        name = lower_case_lost(m, cue)  # session 40: "tapte hafslund til tieto"
    if (
        name is None
        and cue.kind in (ActivityKind.WIN, ActivityKind.OFFER)
        # session 44: "tilbud kiwi 150k", "offer boots £7k": the offer's noun opening a terse
        # note, then the lower-case name and its amount (asked; was nothing)
        and (cue.strong or (cue.kind is ActivityKind.OFFER and min(cue.words) == 0))
    ):
        after = cue.end
        while after < len(m.tokens) and (
            m.tokens[after].folded in _LINK_WORDS or m.tokens[after].text in (":", "-", "–")
        ):
            after += 1  # names27: "tilbud sendt: bama 90k"
        taken = {i for n in m.guessed for i in range(n.start, n.end)} | set(cue.words)
        name = signals.lower_case_name(m.tokens, after, taken)
    elif name is None and cue.kind in (ActivityKind.MEETING, ActivityKind.CALL):
        after = cue.start
        while after in cue.words:
            # session 39: the cue's first words ("møte … gikk bra" is one cue: the name follows
            # "møte", not "bra"; "møte med kiwi i dag, gikk bra" was nothing)
            after += 1
        while after < len(m.tokens) and m.tokens[after].folded in _TALK_LINKS:
            after += 1  # tense28: "møte med kiwi i dag", "ringede til netto i går"
        after = _past_a_person_of_theirs(m, after)  # session 54: "m/ daglig leder i nordvik"
        taken = {i for n in m.guessed for i in range(n.start, n.end)} | set(cue.words)
        name = signals.lower_case_talk_name(m.tokens, after, taken, m.date_words)
        if name is None:
            name = _lower_case_first_of_two(m, after, taken)
    return _as_known(m, name)


# Session 54 (_past_a_person_of_theirs): where a person works, after them
_WHERE_THEY_WORK = {"fra", "from", "fran", "fraa", "af", "i", "hos", "pa", "at", "ved", "vid", "@"}


def _past_a_person_of_theirs(m: Message, at: int) -> int:
    """Session 54. A person written small, by first name or role, then where they work ("møte
    med kari fra kiwi", "m/ daglig leder i nordvik eiendom", "med innkjøpssjefen i kiwi"):
    where the company's name begins; `at` when no such person stands there."""
    for width in (1, 2):
        words = m.tokens[at : at + width]
        link = at + width
        if len(words) < width or link + 1 >= len(m.tokens):
            return at
        if not all(t.is_word and t.text.islower() for t in words):
            return at
        person = (
            words[0].folded in signals.FIRST_NAMES or is_a_role(words[0].text)
            if width == 1
            else words[0].folded in ROLE_PARTS and words[1].folded in ROLE_PARTS
        )
        if person and m.tokens[link].folded in _WHERE_THEY_WORK:
            return link + 1
    return at


def _a_capitalised_object(m: Message, cue: Cue) -> Name | None:
    """The capitalised word said right after a win's, a loss's or an offer's verb, or a talk's
    link, in its sentence ("lost Shell", "won Next", "Meeting with Next"): a name."""
    talk = cue.kind in (ActivityKind.MEETING, ActivityKind.CALL)
    if not talk and not cue.strong:
        return None  # "Meeting with Next on Tuesday": a talk's too, after its link
    at = cue.end
    while at < len(m.tokens) and m.tokens[at].folded in _LINK_WORDS:
        at += 1
    if at >= len(m.tokens) or m.sentence(at) != m.sentence(cue.start):
        return None
    token = m.tokens[at]
    if (
        not token.is_word
        or not token.text[:1].isupper()
        or token.text.isupper()
        and len(token.text) < 2
        or at in m.date_words
        or at in m.money_words
        or token.folded in signals.FIRST_NAMES
        or token.folded in signals.NOT_NAMES
    ):
        return None
    end = at + 1
    while end < len(m.tokens) and m.tokens[end].is_word and m.tokens[end].text[:1].isupper():
        end += 1
    return Name(at, end, " ".join(t.text for t in m.tokens[at:end]), False)


# lead36 (_rival): a loss's word, then "to"/"mot"/"til" and the name of who won it
_LOST_TO = {"to", "mot", "til", "till", "against"}


def lower_case_lost(m: Message, cue: Cue) -> Name | None:
    """Session 40. "tapte hafslund til tieto 😞", "lost vodafone to salesforce", "tabte netto":
    a loss's verb opening the message, then one lower-case word that is no word of ours, and
    nothing after it in its clause but who won it: that customer's loss, asked (was nothing;
    a win's lower-case name needs its amount after it, a loss has none)."""
    if min(cue.words) != 0:
        return None
    at = cue.end
    taken = {i for n in m.guessed for i in range(n.start, n.end)} | set(cue.words)
    if not signals.a_lower_case_name_word(m.tokens, at, taken) or not m.tokens[at].text.islower():
        return None
    folded = m.tokens[at].folded
    if signals._definite_noun(folded) and not signals.a_firms_compound(folded):
        return None  # "Tapte cupfinalen mot Rema", "tapte anbudet til Visma": a thing lost
    end = at + 1
    if (
        end + 1 < len(m.tokens)
        and m.tokens[end].text == "&"
        and m.tokens[end + 1].text.isalpha()
        and m.tokens[end + 1].text.islower()
    ):
        end += 2  # session 44: "lost marks & spencer 😭"
    elif (
        end < len(m.tokens)
        and m.tokens[end].clause == m.tokens[at].clause
        and (
            (len(m.tokens[end].text) == 1 and m.tokens[end].text.isalpha())
            or m.tokens[end].folded in signals.FIRMS_SECOND_WORDS
            or m.tokens[end].folded in _LOWER_LEGAL_FORMS  # session 53: "lost hays plc"
        )
        and (
            end + 1 == len(m.tokens)
            or m.tokens[end + 1].clause != m.tokens[at].clause
            or not m.tokens[end + 1].is_word  # "lost hays plc :( price"
        )
    ):
        end += 1  # session 51: "lost circle k, price was the issue", "tapte orkla foods"
    after = m.tokens[end] if end < len(m.tokens) else None
    if after is not None and after.is_word and after.clause == m.tokens[at].clause:
        # session 44: its day after it ("tapte kiwi i går, dessverre")
        if after.folded not in _LOST_TO and end not in m.date_words and not _sorry(m, end):
            return None
    said = " ".join(t.text for t in m.tokens[at:end])
    return Name(at, end, as_written(said), False, lower_case=True)


# legal forms typed in lower case that are no words ("as" is one)
_LOWER_LEGAL_FORMS = {"plc", "ltd", "asa", "ab", "aps", "gmbh", "oyj", "inc", "llc", "a/s"}


def _sorry(m: Message, at: int) -> bool:
    """Session 45. Regret right after a lost customer's lower-case name ("tapte norgesgruppen
    dessverre, de gikk for konkurrenten", "forlorade ericsson tyvärr"): the loss's, not more
    of the name."""
    return m.tokens[at].folded in lexicon.SORRY_WORDS


def _the_chooser(m: Message, cue: Cue, rival: Name | None) -> Name | None:
    """lead36. The customer who chose the rival, named right before the choosing ("Kiwi gikk for
    Tieto", "Orkla valgte Visma i stedet"); None otherwise."""
    if rival is None or fold(cue.label.split("+", 1)[0]) not in _CHOSE_WORDS:
        return None
    first = min(cue.words)
    return next(
        (n for n in (*m.known, *m.guessed) if n.end == first and n is not rival),
        None,
    )


def _chose_in_the_sentence(m: Message, cue: Cue) -> Name | None:
    """A name, a word of choosing ("gikk for", "valgte", "went with") and another name, before
    the loss's word in its sentence: the first name (who chose), else None."""
    names = (*m.known, *m.guessed)
    sentence = m.sentence(cue.start)
    for first in names:
        if m.sentence(first.start) != sentence or first.end >= cue.start:
            continue
        for size in (2, 1):
            words = " ".join(t.folded for t in m.tokens[first.end : first.end + size])
            if words in _CHOSE_WORDS and any(
                n.start == first.end + size and n is not first for n in names
            ):
                return first
    return None


_CHOSE_WORDS = {
    "gikk for", "gick for", "gik for", "gikk med", "gick med", "gik med", "valgte", "valde",
    "valt", "valgt", "chose", "picked", "went with", "went for", "selected", "opted for",
    "gar for", "gar med",
}  # fmt: skip
_LOST_AT = {"on", "pa", "hos", "at", "with", "med", "for", "i", "in", "ved", "vid"}


def _rival(m: Message, cue: Cue) -> Name | None:
    """The name right after a loss's "to"/"mot"/"til" ("Lost to Capita", "tapt mot Tieto"):
    the competitor who won it, None when there is none."""
    if cue.kind is not ActivityKind.LOSS:
        return None
    if cue.end < len(m.tokens) and m.tokens[cue.end].folded in _LOST_TO:
        return next((n for n in (*m.known, *m.guessed) if n.start == cue.end + 1), None)
    taker = _the_taker(m, cue)
    if taker is not None:
        return taker
    # "Kiwi gikk for Tieto i stedet for oss", "Volvo valde Tieto istället", "Boots went with
    # Capgemini instead of us": who they chose, the customer named before the choosing
    chose = cue.label.split("+", 1)[0]
    if fold(chose) not in _CHOSE_WORDS:
        return None
    first = min(cue.words)
    sentence = m.sentence(first)
    before = [
        n for n in (*m.known, *m.guessed) if n.end <= first and m.sentence(n.start) == sentence
    ]
    if not before:
        return None
    start = first + len(chose.split())
    return next((n for n in (*m.known, *m.guessed) if start <= n.start <= start + 1), None)


def _the_taker(m: Message, cue: Cue) -> Name | None:
    """Session 56. "Tapt: Coor tok Oslo kommune på pris", "Lost: ISS took Network Rail": a name, a
    word of taking and another name in the loss's sentence: the first is who won it."""
    names = (*m.known, *m.guessed)
    sentence = m.sentence(cue.start)
    for first in names:
        if m.sentence(first.start) != sentence or first.end >= len(m.tokens):
            continue
        if m.tokens[first.end].folded not in _TOOK_WORDS:
            continue
        if any(n.start == first.end + 1 and n is not first for n in names):
            return first
    return None


# a rival's taking of the deal, between the rival and the customer (session 56), folded
_TOOK_WORDS = {
    "tok", "tog", "took", "fikk", "fick", "fik", "got", "snuppet", "snuppade", "snuppede",
    "nappet", "nappade", "stole", "grabbed", "kapret", "kaprade", "karet", "vant", "vann",
    "vandt", "won",
}  # fmt: skip


def _roles_between(m: Message, start: int, end: int) -> set[int]:
    """The tokens of a bracketed role after a first name between `start` and `end`, brackets
    included ("Jane (Head of Procurement)")."""
    roles: set[int] = set()
    for i in range(max(start, 1), end):
        if m.tokens[i].text != "(" or not _a_person_ends(m, i):
            continue
        close = next((k for k in range(i + 1, min(i + 7, end)) if m.tokens[k].text == ")"), None)
        if close is not None:
            roles |= set(range(i, close + 1))
    return roles


PERSON_FROM = {"fra", "from", "fran", "fraa", "af"}


def _a_person_from(m: Message, name: Name) -> bool:
    """lead37. One capitalised word, then "fra/from/från" and another name: a person and the
    company they are from ("Møte med Jørn fra Tine", "Meeting with Gaz from Greggs"); never a
    known customer."""
    if name.known or name.end - name.start != 1 or name.end + 1 >= len(m.tokens):
        return False
    if m.tokens[name.end].folded not in PERSON_FROM:
        return False
    return any(n.start == name.end + 1 for n in (*m.known, *m.guessed))


def _a_persons_role(m: Message, name: Name) -> bool:
    """lead36. A name in brackets right after a person's first name ("Jane (Head of
    Procurement)", "Per (innkjøpssjef)"): their role, never the customer (was: "Procurement"
    the customer of a call with Aviva)."""
    opened = next((i for i in range(name.start - 1, max(name.start - 5, -1), -1)
                   if m.tokens[i].text == "("), None)  # fmt: skip
    if opened is None or opened == 0:
        return False
    if not any(t.text == ")" for t in m.tokens[name.end : name.end + 4]):
        return False
    return _a_person_ends(m, opened) and m.tokens[opened - 1].text[:1].isupper()


def _a_person_ends(m: Message, at: int) -> bool:
    """A person's first name, or first name and surname, ends right before token `at`
    (session 51: "Kari Nilsen (innkjøpssjef) hos Tine SA": the role after a whole name was
    counted as words between the talk and its customer, the meeting dropped)."""
    before = m.tokens[at - 1]
    if before.folded in signals.FIRST_NAMES:
        return True
    return (
        at >= 2
        and m.tokens[at - 2].folded in signals.FIRST_NAMES
        and m.tokens[at - 2].text[:1].isupper()
        and before.text[:1].isupper()
        and before.text[1:].islower()
        and before.text.isalpha()
    )


# pairs29: "ringde till scania igår" (Swedish "till" beside the Norwegian and Danish "til")
_TALK_LINKS = {"med", "m", "with", "w", "til", "till", "to", "hos", "m/", "w/", "mot", "up"}
# session 45: "ringte opp igjen til kiwi", "ringede op til lego igen", "följde upp med telefon
# till atlas copco": the call made again, or by phone, before whom
_TALK_LINKS |= {"opp", "op", "upp", "igjen", "igen", "atter", "telefon", "telefonen", "tlf"}
_PAIR_ANDS = {"og", "och", "and", "&", "+"}


def _lower_case_first_of_two(m: Message, at: int, taken: Collection[int]) -> Name | None:
    """pairs29. "Möte med ica och Coop idag", "met tesco and boots today": a lower-case name,
    "og"/"och"/"and", a second name (as typed or lower case), then the day: the first of two
    customers (the second is `lower_case_joined`'s or `joined_to`'s)."""
    if at + 2 >= len(m.tokens) or m.tokens[at + 1].folded not in _PAIR_ANDS:
        return None
    second = next((n for n in m.guessed if n.start == at + 2), None)
    if second is not None:
        end = second.end
    elif signals.lower_case_talk_name(m.tokens, at + 2, taken, m.date_words) is not None:
        end = at + 3
    else:
        return None
    return signals.lower_case_talk_name(m.tokens, at, taken, m.date_words, dated=end)


def lower_case_joined(m: Message, name: Name) -> Name | None:
    """pairs29. "met Tesco and boots today", "møte med kiwi og rema i dag": the lower-case name
    joined right after this one, the day right after it (asked, never dropped unsaid)."""
    at = name.end
    if at + 1 >= len(m.tokens) or m.tokens[at].folded not in _PAIR_ANDS:
        return None
    taken = {i for n in (*m.known, *m.guessed) for i in range(n.start, n.end)}
    return signals.lower_case_talk_name(m.tokens, at + 1, taken, m.date_words)


# The nouns a status list counts ("2 møter, 1 tilbud (Orkla 400k)"): each names its own customers.
_COUNTED_NOUNS = ("OFFER_NOUNS", "MEETING_NOUNS", "MEETING_PRESENT", "CALL_NOUNS", "WIN_NOUNS")
_LIST_MARKS = {"(", ":", "-", "–", "til", "till", "to", "med", "with", "hos", "w/", "m/"}


def _another_nouns(m: Message, cue: Cue, name: Name) -> bool:
    """A name listed right after another counted noun of the sentence ("1 tilbud (Orkla
    400k)", "1 tilbud: Orkla"), not after this one: that noun's customer."""
    before = [
        h
        for h in m.hits
        if h.category in _COUNTED_NOUNS
        and h.end <= name.start
        and m.sentence(h.start) == m.sentence(name.start)
    ]
    if not before:
        return False
    nearest = max(before, key=lambda h: h.end)
    if nearest.start == cue.start or nearest.start in cue.words or name.start - nearest.end > 3:
        return False
    between = m.tokens[nearest.end : name.start]
    return all(t.folded in _LIST_MARKS or t.text.isdigit() for t in between)


_IN = {"i", "in"}
_WITH_LINKS = {"med", "with", "hos", "m/", "w/", "m", "w"}


def in_a_place(m: Message, name: Name) -> bool:
    """A new name right after "i"/"in": where it happened ("på plats i Luleå")."""
    return name.start > 0 and m.tokens[name.start - 1].folded in _IN


def _titled(m: Message, name: Name) -> bool:
    """ "Nordic Choice: tilbud 480k sendt man, fulgte opp på tlf i dag": the name the message
    opens with and a colon, its title: whose every record in it is. So with a dash, or with
    words about it in parentheses before the colon ("Nørgaard Tømrer ApS – ny kunde 🙌 første
    møde …", "Ashcombe Foods Ltd (new logo 🙌): first meeting today")."""
    if name.start != 0 or name.end >= len(m.tokens) or m.known_keys is None:
        return False
    after = name.end
    if m.tokens[after].text == "(":
        close = next(
            (i for i in range(after + 1, min(after + 8, len(m.tokens))) if m.tokens[i].text == ")"),
            None,
        )
        if close is None or close + 1 >= len(m.tokens):
            return False
        after = close + 1
    return m.tokens[after].text in (":", "–", "—")


# The deal a heading names with its customer ("Statsbygg-anbudet:", "Tine-avtalen:", "Tesco
# deal:"), folded.
_DEAL_GLUED = {
    "anbudet", "anbud", "avtalen", "avtalet", "aftalen", "dealen", "deal", "tilbudet",
    "tilbuddet", "offerten", "kontrakten", "contract", "tender", "ordren", "ordern", "ordre",
    "order", "bid", "pitch", "rfp", "saken", "prosjektet", "projektet", "project",
}  # fmt: skip


def _heading(m: Message, name: Name, cue: Cue) -> bool:
    """ "Orkla: won, 300k 🎉": the customer as the message's heading, then the cue with
    nothing after it in its clause but an amount, a date or a cheer ("Equinor: won a contract
    in Brazil" is their news)."""
    if name.start != 0 or name.end >= len(m.tokens):
        return False
    end = name.end
    if (
        end + 1 < len(m.tokens)
        and m.tokens[end].folded in _DEAL_GLUED
        and m.tokens[end + 1].text in _LABEL_MARKS
    ):
        end += 1  # session 40: "Statsbygg-anbudet: vi vant!!! 4,5 mill", "Tesco deal: won"
    between = m.tokens[end : cue.start]
    # "Bank Holiday Tours Ltd 🎉 won, £65k": a cheer as the heading's mark
    marked = m.tokens[end].text in _LABEL_MARKS or (
        bool(between) and all(not t.text[:1].isalnum() and t.text not in ",.;?" for t in between)
    )
    if not marked:
        return False
    clause = m.clause(max(cue.words))
    return all(
        not t.is_word or i in m.money_words or i in m.date_words or not t.text[:1].isalnum()
        for i, t in enumerate(m.tokens)
        if i > max(cue.words) and t.clause == clause
    )


def _starts_known(m: Message, name: Name, cue: Cue, clauses: set[int]) -> bool:
    """A new name in the cue's clause that starts one known name or more ("Coop" with "Coop
    Norge" known, or with "Coop Danmark" and "Coop Norge"): one is that customer (`_as_known`);
    two or more keep the name as typed, so recording it asks which, never one picked."""
    if not m.known_keys or m.clause(name.start) not in clauses or name.lower_case:
        return False
    if cue.start <= name.start < cue.end:
        return False  # "going with a Nordic competitor": a word inside what was said
    if any(i in m.date_words for i in range(name.start, name.end)):
        return False  # "after Easter" beside "Easter Road Motors Ltd": a day
    key = customer_key(name.display)
    return bool(key) and any(k.startswith(key + " ") for k in m.known_keys)


def short_for(m: Message, name: Name, key: str) -> bool:
    """Whether the new name `name` is the known customer of `key` typed short ("Coop")."""
    typed = customer_key(name.display)
    return bool(typed) and not name.known and key.startswith(typed + " ")


def _as_known(m: Message, name: Name | None) -> Name | None:
    if name is not None and m.known_keys and not name.known:
        # "Kongsberg" for the known "Kongsberg Gruppen": the one known name it starts.
        key = customer_key(name.display)
        longer = [k for k in m.known_keys if k.startswith(key + " ")]
        if len(longer) == 1:
            return Name(name.start, name.end, m.known_keys[longer[0]], True)
    return name


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


_THEM = {"dem", "them", "dom", "dei", "de", "honom", "henne", "him", "her", "ham", "hende"}


_RECORD_PHRASES = {
    "MEETING_VERBS", "MEETING_NOUNS", "CALL_VERBS", "CALL_NOUNS", "SEND_VERBS", "OFFER_VERBS",
    "WIN_VERBS", "LOSS_VERBS", "BOOKING_VERBS",
}  # fmt: skip


def _a_record_word(m: Message, name: Name) -> bool:
    """Session 54. A guess made of a record's own words ("Snakket" of "Snakket med Tine i dag. De
    har signert, 890k": the talk's verb, no second customer beside Tine)."""
    return not name.known and any(
        h.category in _RECORD_PHRASES and h.start <= name.start and name.end <= h.end
        for h in m.hits
    )


def _the_one_named_before(
    m: Message, cue: Cue, sentence: int, allowed: Callable[[Name], bool]
) -> Name | None:
    """lead36. "Sendte tilbud til Tine 300k i går. I dag fikk jeg ja! 🎉", "Sent Tesco a quote
    Monday. Today they signed! £40k", "Skickade offert till Volvo i måndags, idag kom ordern!":
    a win or loss said with no name in its own sentence, the one customer the message names in
    an earlier one (was: the win dropped, the offer alone read). None otherwise."""
    if cue.kind in (ActivityKind.MEETING, ActivityKind.CALL):
        # "…i forgårs. Ringte dem i dag, de er positive", "Called them back today": them
        after = cue.end
        while after < len(m.tokens) and m.tokens[after].folded in _TALK_LINKS:
            after += 1
        if after >= len(m.tokens) or m.tokens[after].folded not in _THEM:
            return None
    elif cue.kind is ActivityKind.OFFER:
        # lead37: "Orkla ville ha 15% rabatt, vi møttes på midten. Nytt tilbud 187 500",
        # "Tesco knocked us down to 15k, revised quote sent": a new or revised offer whose
        # customer opens the message
        # session 43: a new name right after "i"/"in" is where ("Var hos Arla i Stockholm i
        # måndags. Skickade offert igår"), never a second customer
        names = [
            n for n in (*m.known, *m.guessed) if allowed(n) and (n.known or not in_a_place(m, n))
        ]
        if (
            cue.strong
            and len({customer_key(n.display) for n in names}) == 1
            and all(m.sentence(n.start) < sentence for n in names)
            and any(
                h.category in ("MEETING_NOUNS", "MEETING_VERBS", "CALL_VERBS", "CALL_NOUNS")
                and m.sentence(h.start) == m.sentence(names[0].start)
                for h in m.hits
            )
        ):
            # session 40. "Hadde møte med Tine i dag. Sendt tilbud på 450.000,- rett etter",
            # "Met Boots this morning. Sent the proposal after, £12k": the offer sent after
            # the talk, to the one customer the talk was with (was: the offer dropped)
            return names[0]
        if not any(
            m.tokens[i].folded in _NEW_OR_REVISED for i in range(max(cue.start - 2, 0), cue.end)
        ):
            return None
        named_first = [n for n in (*m.known, *m.guessed) if n.start == 0 and allowed(n)]
        return (
            named_first[0]
            if named_first and not any(n.start > 0 for n in (*m.known, *m.guessed))
            else None
        )
    elif cue.kind not in (ActivityKind.WIN, ActivityKind.LOSS) or not cue.strong:
        return None
    clause = m.clause(cue.start)
    if any(m.clause(n.start) == clause for n in (*m.known, *m.guessed)):
        return None
    before = [
        n
        for n in (*m.known, *m.guessed)
        if n.end <= cue.start and allowed(n) and not _a_record_word(m, n)
    ]
    if len({customer_key(n.display) for n in before}) != 1:
        return None
    if any(n.start > cue.end for n in (*m.known, *m.guessed)):
        return None
    return max(before, key=lambda n: n.start)


_NEW_OR_REVISED = {
    "nytt", "ny", "nyt", "new", "revised", "revidert", "reviderte", "revideret", "reviderat",
    "reviderad", "oppdatert", "uppdaterad", "opdateret", "updated", "justert", "justerad",
    "justeret", "adjusted",
}  # fmt: skip


def _alone_before(m: Message, name: Name, sentence: int) -> bool:
    """ "Kahoot! signerte i dag": a name that is a sentence of its own, right before the cue's."""
    if m.sentence(name.start) != sentence - 1:
        return False
    own = [
        t for t in m.tokens if t.sentence == sentence - 1 and t.is_word and t.text not in "🎉🤞🙏"
    ]
    return len(own) == name.end - name.start


_WHO_SIGNED = {
    "de", "dei", "dom", "they", "vi", "we", "har", "have", "has", "hev", "just", "nettopp",
    "akkurat", "precis", "lige", "endelig", "finally", "ja", "yes", "yay", "jippi", "jess",
}  # fmt: skip


def _its_sentence_tells_the_deal(m: Message, name: Name, sentence: int) -> bool:
    """The name, a dash right after it, then what was sold and one amount: no other name, no
    word of another record in the sentence."""
    if name.end >= len(m.tokens) or m.tokens[name.end].text not in ("–", "-", "—", ":"):
        return False
    at = [i for i, t in enumerate(m.tokens) if t.sentence == sentence]
    money = [i for i in at if i in m.money_words]
    if not money or money[-1] - money[0] + 1 != len(money):
        return False
    if any(n is not name and n.start in at for n in (*m.known, *m.guessed)):
        return False
    return not any(h.start in at and h.category in _RECORD_CUES for h in m.hits)


_RECORD_CUES = {
    "WIN_VERBS", "LOSS_VERBS", "OFFER_NOUNS", "SEND_VERBS", "OFFER_VERBS", "MEETING_VERBS",
    "MEETING_NOUNS", "CALL_VERBS", "CALL_NOUNS", "FUTURE", "NEGATIONS", "QUESTION_STARTS",
}  # fmt: skip


def _said_after(m: Message, cue: Cue, name: Name, sentence: int) -> bool:
    """ "Vunnet! Hafslund 600k", "Signed!! Bouvet 2,5 mill": a win or an offer that is a sentence
    of its own, then the next sentence opens with the name, whose clause holds nothing but it and
    the amount (and cheers)."""
    if cue.kind not in (ActivityKind.WIN, ActivityKind.OFFER) or not cue.strong:
        return False
    if m.sentence(name.start) != sentence + 1:
        return False
    said = [t for t in m.tokens if t.sentence == sentence and t.is_word and t.text[:1].isalnum()]
    # Session 42: who signed and its "har" before the cue ("de har skrevet under!! Schibsted,
    # 2,4 mill", "They signed!! Shell, £40k", "Ja! Vi har vunnet! …")
    if any(
        i not in cue.words and t.folded not in _WHO_SIGNED
        for i, t in enumerate(m.tokens)
        if t in said
    ):
        return False
    clauses = {m.tokens[name.start].clause}
    term: set[int] = set()
    if all(
        name.start <= i < name.end or not t.is_word or not t.text[:1].isalnum()
        for i, t in enumerate(m.tokens)
        if t.clause == m.tokens[name.start].clause
    ):
        clauses.add(m.tokens[name.start].clause + 1)  # session 42: "Schibsted, 2,4 mill"
        after = m.tokens[name.start].clause + 1
        said_of = [
            i
            for i, t in enumerate(m.tokens)
            if t.clause == after and t.sentence == sentence + 1 and t.text[:1].isalnum()
        ]
        if said_of and _a_term_alone([m.tokens[i].folded for i in said_of]):
            # Session 44. "Signed! Deliveroo, 2 year deal, £340,000 total", "Signert!! Ringnes
            # AS, 3-årsavtale, totalt 2,1 mill": the deal's term in a clause of its own between
            # the name and its amount
            term = set(said_of)
            clauses.add(after + 1)
    rest = [
        i
        for i, t in enumerate(m.tokens)
        if t.sentence == sentence + 1
        and t.clause in clauses  # "…, kickoff torsdag": a clause of its own
        and ((t.is_word and t.text[:1].isalnum()) or i in m.money_words)  # "£60k", "$12k"
    ]
    if rest and rest[0] == name.start and _its_sentence_tells_the_deal(m, name, sentence + 1):
        # session 56: "VUNDET! 🏆 Naturli' Foods A/S – emballage til hele deres havredrik-serie,
        # 2,3 mio. over 2 år.": the name opens the next sentence, what was sold told after a
        # dash, one amount, no other name or record (was nothing)
        return True
    if rest and rest[0] == name.start and not any(i in m.money_words for i in rest):
        # Session 43. "Signert!! 🎉🎉 Sparebank 1 SMN går for full pakke, 1,2 mill i året": the
        # name opens the next sentence, its choosing said, the amount in a clause after it
        whole = [
            i
            for i, t in enumerate(m.tokens)
            if t.sentence == sentence + 1
            and ((t.is_word and t.text[:1].isalnum()) or i in m.money_words)  # "£45k"
        ]
        chose = any(h.category == "CHOSE" and h.start == name.end for h in m.hits)
        others = [n for n in (*m.known, *m.guessed) if n is not name and n.start in whole]
        return chose and not others and any(i in m.money_words for i in whole)
    if not rest or rest[0] != name.start or not any(i in m.money_words for i in rest):
        return False
    if all(name.start <= i < name.end or i in m.money_words for i in rest):
        return True
    # Session 40. "Signed! Ocado Group 🚀 €85k ARR", "Signert! Rema 1000 region vest, 450k":
    # small words after the name (its region) and words after the one amount (its term) say
    # nothing of another record: no record's word, no other name, one amount
    money = [i for i in rest if i in m.money_words]
    first, last = money[0], money[-1]
    if last - first + 1 != len(money):
        return False  # two amounts: two deals, or a list
    kinds = {i for h in m.hits if h.category in KIND_WORDS for i in range(h.start, h.end)}
    others = {i for n in (*m.known, *m.guessed) if n is not name for i in range(n.start, n.end)}
    return all(
        name.start <= i < name.end
        or i in m.money_words
        or i in term
        or (
            i not in kinds
            and (i > last or m.tokens[i].text[:1].islower())
            and (i > last or i not in others)
        )
        for i in rest
    ) and not any(name.end <= i < first for i in others)


# Session 44. A deal's term said alone ("2 year deal", "3-årsavtale", "3 år", "36 mnd binding"):
# its words are signals' for a term (years, units of a period, deal nouns, binding words)
_TERM_PERIODS = signals._YEAR_WORDS | signals._TERM_UNITS
_TERM_COUNT = re.compile(rf"(?:[0-9]+|{'|'.join(signals._YEARS_SAID)})-?")


def _term_part(word: str) -> str | None:
    """What a word says of a term: "period" ("år", "2-year", "3-arsavtale", "mnd"), "deal"
    ("deal", "avtale", "binding"), "count" ("2", "two"), or None."""
    if word.isdigit() or word in signals._YEARS_SAID:
        return "count"
    count = _TERM_COUNT.match(word)
    core = word[count.end() :] if count and count.end() < len(word) else word
    if core in _TERM_PERIODS or core.startswith(signals._A_YEARS_DEAL):
        return "period"
    return "deal" if core.startswith(signals._DEALS) or core in signals._TERM_WORDS else None


def _a_term_alone(words: list[str]) -> bool:
    """ "2 year deal", "2-year contract", "3-årsavtale", "3 år", "36 mnd binding": a deal's
    term and nothing else (a number alone is none)."""
    parts = [_term_part(w) for w in words]
    return None not in parts and "period" in parts


# The subject after its verb, as a sentence that opens with a day or an adverb puts it ("Igår
# vann vi Ikea", "I morges ringte jeg Telia", "Dessverre tapte vi Coop"): no word between.
_INVERTED = {"vi", "jeg", "jag", "eg"}
# session 54: "also" between the verb and the name ("Ringte også Tine i dag", "Mødte også Vestas
# i forgårs": were nothing)
_INVERTED |= {"ogsa", "ocksa", "ogso", "likesa", "dessuten", "dessutom", "too", "also"}

_WANTING = {
    "want",
    "wants",
    "to",
    "vil",
    "vill",
    "gjerne",
    "gerne",
    "garna",
    "onsker",
    "onskar",
    "a",
    "att",
    "at",
    # "Tesco vil ha møte torsdag – booket", "Tesco wants a meeting on Thursday – booked in!"
    "ha",
    "have",
    "an",
    "ville",
    "wanted",
    "et",
    "ett",
    "en",
}


# The article before "new customer" after its name and "is" ("is a new customer", "er en ny
# kunde", "är vår nya kund")
_A_NEW_ONES_ARTICLE = {"a", "an", "our", "en", "ett", "et", "var", "vores", "vaar"}


def _placed(m: Message, cue: Cue, name: Name) -> bool:
    """A guessed name counts right after the cue (past what was won: "the tender", "avtalen"),
    after a linking preposition, or right before the cue as its subject ("Equinor har signert").
    What is won must be a sale: "won best booth at Nor-Shipping" names no customer."""
    if name.start >= cue.end and _signed_under_a_quote(m, cue, name):
        return True  # lead37: '"Vi har valgt å gå videre med dere" – DNB': who said it
    if cue.kind is ActivityKind.LOSS and name.start > cue.start:
        taker = _the_taker(m, cue)
        if taker is not None and name.start == taker.end + 1:
            return True  # session 56: "Tapt: Coor tok Oslo kommune": whom the rival took
    if name.start >= cue.end:
        # "Vant 320k Fjellsport", "Signed 2,5 mill Bouvet": the amount before the name is no
        # word between them.
        roles = _roles_between(m, cue.end, name.start)  # lead36: "Jane (Head of …) at Aviva"
        gap = [i for i in range(cue.end, name.start) if i not in m.money_words and i not in roles]
        between = [m.tokens[i] for i in gap]
        # "Vunnet: Sector Alarm", "Proposal sent → Gjensidige": a label, then the name
        if len(between) <= 3 and all(
            t.folded in _OBJECTS | _LINK_WORDS | _MOODS | _INVERTED or t.text in _LABEL_MARKS
            for t in between
        ):
            return True
        # lead36: its day between, then a colon or a dash ("2 tilbud ute i dag: Tine og Orkla", "2
        # proposals out this week: Tesco and Boots"; were nothing, both offers dropped)
        undated = [m.tokens[i] for i in gap if i not in m.date_words]
        if (
            len(undated) < len(between)
            and undated
            and undated[-1].text in (":", "-", "–", "—")
            and all(
                t.folded in _OBJECTS | _LINK_WORDS | _MOODS | _INVERTED or t.text in _LABEL_MARKS
                for t in undated
            )
        ):
            return True
        rival = _rival(m, cue)
        if rival is not None and rival.end <= name.start <= rival.end + 3:
            # lead36: "Lost to Capita on the Aviva tender", "tapt mot Tieto på Sparebanken Vest"
            links = [t.folded for t in m.tokens[rival.end : name.start]]
            if links and links[0] in _LOST_AT and set(links[1:]) <= {"the", "det", "den"}:
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
        if [m.tokens[i].text for i in gap] == ["("] and (
            name.end < len(m.tokens) and m.tokens[name.end].text == ")"
        ):
            return True  # lead37: "1 meeting (Asda)": its customer in brackets
        if _with_a_colleague_and(m, gap):
            return True  # lead37: "Møte med @Lars og Tine i dag": the colleague came along
        if cue.booked and len(gap) == 1 and m.tokens[gap[0]].folded in _BOOKED_IN:
            return True  # "Booked in Tesco for Thursday": booked in, not a place (session 25)
        linked = bool(gap) and m.tokens[gap[-1]].folded in _MEETING_LINKS | _OFFER_LINKS | _FROM
        return (linked and len(between) <= 6) or _amount_follows(m, name)
    between = m.tokens[name.end : cue.start]
    if len(between) <= 3 and all(t.folded in _AUX or t.text in ":-–," for t in between):
        return True
    if cue.label.endswith("+agreed") and name.start == 0:
        return True  # session 69: "Scandic vill ha demo tisdag kl 10 – bokat på telefon nyss"
    if (
        cue.kind is ActivityKind.WIN
        and len(between) == 2
        and between[0].folded in _AUX
        and between[1].folded in _A_NEW_ONES_ARTICLE
    ):
        return True  # session 63: "Pets at Home Group plc is a new customer 🎉" (was nothing)
    if (
        cue.kind in (ActivityKind.WIN, ActivityKind.LOSS)
        and 0 < len(between) <= 4
        and between[0].folded in _SALES
        and all(t.folded in _AUX for t in between[1:])
    ):
        return True  # session 48: "The Elkjøp deal fell through", "Tesco contract is signed"
    if (
        cue.kind is ActivityKind.WIN
        and 0 < len(between) <= 5
        and all(
            i in m.money_words or m.tokens[i].text in (signals.CELEBRATION_MARK, ",", "-", "–", "!")
            for i in range(name.end, cue.start)
        )
        and any(i in m.money_words for i in range(name.end, cue.start))
    ):
        return True  # lead37: "Kongsberg 🎉 2,4 mill i boks": the name, its amount, then the idiom
    if cue.kind is ActivityKind.LOSS and offer_of(m, name) and lost_after_it(m, name, cue.start):
        return True  # lead37: "tilbudet til Orkla på 3 mill ble dessverre tapt": Orkla's
    if (
        cue.kind is ActivityKind.WIN
        and cue.strong
        and 0 < len(between) <= 7
        and all(t.folded in _AUX | _CHOOSING or t.text in _QUOTE_MARKS for t in between)
    ):
        # lead37: "DNB har valgt å gå videre med oss", 'DNB: "Vi har valgt å gå videre med
        # dere"', "Boots have decided to go ahead with us": who chose (was: no customer)
        return True
    if cue.booked and 0 < len(between) <= 3 and all(t.folded in _WANTING for t in between):
        return True  # "Tesco want to meet next Thursday – booked!": who wanted the meeting
    if _they_after(m, cue, name, between):
        return True
    if cue.kind is ActivityKind.OFFER and 0 < len(between) <= 3:
        # "Stavsjø Sag AS fikk tilbud fra meg", "Acme Ltd got our quote": who received it
        words = {t.folded for t in between}
        if words & _RECEIVED and words <= _RECEIVED | _AUX | {"var", "vart", "vores", "our"}:
            return True
    return _amount_follows(m, name)


_AND_WORDS = {"og", "och", "and", "&", "+"}


def _with_a_colleague_and(m: Message, gap: list[int]) -> bool:
    """lead37. A meeting's link word, a colleague (an @mention or a first name) and "og": "Møte
    med @Lars og Tine", "Met with Lars and Tesco" (was: no customer, the meeting dropped)."""
    words = [m.tokens[i] for i in gap]
    if words and words[0].folded in _MEETING_LINKS:
        words = words[1:]  # "Møte med @Lars og Tine"; "Met with" holds its own link
    if len(words) != 2 or words[1].folded not in _AND_WORDS:
        return False
    person = words[0]
    return person.text == "@person" or (
        person.text[:1].isupper() and person.folded in signals.FIRST_NAMES
    )


_AN_OFFERS_LINKS = {"til", "till", "to", "for", "med", "with", "hos", "at"}
# lead37: between the offer's customer and the word that lost it
LOST_BETWEEN = {
    "pa", "paa", "of", "for", "at", "ble", "blev", "blei", "vart", "was", "got", "gikk",
    "gick", "gik", "went", "dessverre", "dessvarre", "desvaerre", "tyvarr", "unfortunately",
    "sadly", "beklageligvis", "har", "has", "have", "been", "er", "ar", "is", "nu", "na", "now",
    "endelig", "officially", "offisielt", "formelt", "formally", "mot", "mod", "ogsa",
}  # fmt: skip


def offer_of(m: Message, name: Name) -> bool:
    """lead37. The name is an offer's customer, said so right before it ("tilbudet til Orkla",
    "offerten till Electrolux", "the quote to Boots")."""
    if name.start < 2 or m.tokens[name.start - 1].folded not in _AN_OFFERS_LINKS:
        return False
    at = name.start - 2
    return any(h.start <= at < h.end for h in m.of("OFFER_NOUNS"))


def lost_after_it(m: Message, name: Name, at: int) -> bool:
    """lead37. Only the offer's amount and the little words of its fate stand between the
    offer's customer and the loss word, in one clause: "… på 3 mill ble dessverre tapt"."""
    gap = range(name.end, at)
    return len(gap) <= 10 and all(
        i in m.money_words or m.tokens[i].folded in LOST_BETWEEN for i in gap
    )


def _a_lower_case_subject(m: Message, cue: Cue) -> Name | None:
    """lead37. One or two lower-case words opening the message right before a win's or loss's
    words, none a word of ours ("kiwi ga oss nei i går", "ica gav oss nej igår", "greggs said
    no yesterday"): the customer, as typed in a hurry (was: no customer, nothing read)."""
    sentence = m.tokens[cue.start].sentence
    # session 54: or opening a later sentence ("Äntligen!! ica gruppen signade idag")
    first = next(i for i, t in enumerate(m.tokens) if t.sentence == sentence)
    if first and not (m.tokens[first - 1].text[:1] in "!?." and not m.tokens[first - 1].is_word):
        return None
    if not 1 <= cue.start - first <= 2:
        return None
    taken = set(cue.words)
    if not all(
        m.tokens[i].text.islower()
        and signals.a_lower_case_name_word(m.tokens, i, taken, second=i > first)
        # session 55: "Vant Tine!!! 3-årig avtale, 4,5 mill": a term, no name (was a second win)
        and not _A_COUNT_HYPHENED.match(m.tokens[i].text)
        for i in range(first, cue.start)
    ):
        return None
    display = " ".join(t.text for t in m.tokens[first : cue.start])
    return Name(first, cue.start, display, False, lower_case=True)


_A_COUNT_HYPHENED = re.compile(r"[0-9]+[-–]\w")


# lead37: the words of choosing and wanting between a customer and its yes, and quote marks
_CHOOSING = {
    "valgt", "valgte", "valt", "valde", "besluttet", "bestemt", "beslutat", "bestamt",
    "besluttede", "decided", "chose", "chosen", "a", "att", "at", "to", "onsker",
    "onskar", "vil", "vill", "want", "wants", "would", "like", "happy", "glad", "glade", "er",
    "are", "is", "vi", "we", "nu", "na", "now", "gjerne", "garna", "gerne", "svarte", "svarade",
    "svarede", "replied", "wrote", "skrev", "sa", "sade", "sagde", "said", "ved", "ha", "have",
    "sig", "seg", "sej", "for", "har", "has", "had", "hadde", "hade", "havde",
    # "BT have come back and accepted our quote", "Kiwi kom tilbake og aksepterte"
    "come", "came", "back", "and", "og", "och", "kom", "tilbake", "tillbaka", "tilbage",
    "finally", "endelig", "omsider", "got",
    ":", "-", "–", "—", ",",
}  # fmt: skip
_QUOTE_MARKS = {'"', "“", "”", "«", "»", "'", "„"}


def _signed_under_a_quote(m: Message, cue: Cue, name: Name) -> bool:
    """lead37. A quote holding the cue, closed, then a dash and the name ending the message
    ('"Vi har valgt å gå videre med dere" – DNB', "“Happy to go ahead with your proposal” -
    Boots"): the name is who said it."""
    gap = m.tokens[cue.end : name.start]
    marks = [i for i, t in enumerate(gap) if t.text in _QUOTE_MARKS]
    if not marks or name.end < len(m.tokens) and any(t.is_word for t in m.tokens[name.end :]):
        return False
    rest = [t.text for t in gap[marks[-1] + 1 :]]
    return rest in (["-"], ["–"], ["—"], [",", "-"], ["--"]) and any(
        t.text in _QUOTE_MARKS for t in m.tokens[: cue.start]
    )


# lead36 (_they_after): "they" in the four languages, folded
_THEY = {"they", "de", "dei", "dom", "dem"}


def _they_after(m: Message, cue: Cue, name: Name, between: list) -> bool:
    """lead36. "Tesco came back, they signed the £60k proposal", "Tine ringte, de signerte
    tilbudet på 600k", "Ringte Orkla i dag, de har signert! 400k": "they" opening a clause of
    its own right before the win or loss (an auxiliary between) are the name before it (was: no
    customer, the win dropped). Never past another name or a person."""
    if cue.kind not in (ActivityKind.WIN, ActivityKind.LOSS) or not 2 <= len(between) <= 8:
        return False
    at = len(between) - 1
    while at > 0 and between[at].folded in _AUX:
        at -= 1
    if between[at].folded not in _THEY or at == 0:
        return False
    # (the day between: "… Monday and today they signed", "…, i dag sa de ja")
    start = name.end
    while at > 1 and start + at - 1 in m.date_words:
        at -= 1
    joined = between[at - 1].text == "," or between[at - 1].folded in {"og", "och", "and", "sa"}
    # session 43: "Deloitte said they went with a competitor", "Elkjøp sa at de valgte en
    # annen", "Boots told us they signed": who said it is who chose
    joined = joined or (between[at - 1].folded in _SAID_THAT and at <= 3)
    others = any(name.end <= n.start < cue.start for n in (*m.known, *m.guessed) if n is not name)
    return joined and not others and not any(t.text == "@person" for t in between)


_SAID_THAT = {
    fold(w)
    for w in """said says told us that sa sier sade säger sagde siger at att meldte meddelte
    skrev wrote informed confirmed bekreftet bekräftade bekræftede oss os me meg mig""".split()
}
_BOOKED_IN = {"in", "inn", "ind"}
_RECEIVED = {"fikk", "fick", "fik", "fatt", "faet", "got", "received", "mottok", "mottog", "modtog"}
