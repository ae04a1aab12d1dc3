"""Session 58. What is read after a command's whole reading, from the words it left as its note
or unread: how warm the customer is said in a clause of its own ("de er varme", "de är heta",
"they're warm"), who takes the step and "so" before it ("så jeg følger opp" is the step "følger
opp"), the command's own word again at the note's start ("förlorad; timing …"), a note's cheers
("gyldig ut januar 👍", "🥂"), and a name's town before its legal form ("Varma Bad i Umeå AB").
Session 63: and after the whole reading of parse_log_command (`after_the_reading`): a loss's
offer day kept in its note, a loss said again left out, a temperature in a clause of the note,
numbered offers as typed. Pure: a LogCommand and its text in, a LogCommand out
(commands/__init__.py calls `tidied` and `after_the_reading`)."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from bot.domain import ActivityKind, Temperature
from bot.services.commands.amount_places import TYPED_DASHES
from bot.services.commands.command import LogCommand
from bot.services.commands.words import (
    _KIND_WORDS,
    _OFFER_NOUNS,
    _TIED_WORDS,
    LOST_SAID,
    SENT_WORDS,
    TEMPERATURES,
    _ignorable,
    _temperature_emoji,
    _word,
    revisions_as_typed,
)
from bot.services.dates import fold

# Session 58. Who takes the step and "so", said before it ("…, så jeg følger opp uke 2", "så
# jag ringer upp fredag", "so I will follow up Friday"): no part of the step nor a note (were
# the note "så jeg", the step "so I will follow up"; a modal stays: "will follow up"); folded
_WHO_AND_SO = {fold(w) for w in "så sa so then da og and och jeg jag eg vi we i".split()}


_TOGETHER_VERBS = {
    fold(w) for w in "ses hørs hørast höres hörs snakkes snakkast talas tales".split()
}


# Session 58. How warm the customer is, said of them in a clause of its own ("de er varme",
# "de är heta", "de verkar varma", "they're warm", "buyer is keen so warm", "så kold indtil
# videre"): the lead's temperature (was asked, or the note, the lead stored with none)
_PLURAL_TEMPERATURES = {
    "varme": Temperature.WARM, "varma": Temperature.WARM, "heta": Temperature.HOT,
    "hete": Temperature.HOT, "hede": Temperature.HOT, "heite": Temperature.HOT,
    "kalde": Temperature.COLD, "kolde": Temperature.COLD, "kalla": Temperature.COLD,
}  # fmt: skip
_THEIR_TEMPERATURE = re.compile(
    r"(?i)^(?:(?:de|dei|dom|they|kunden|han|hun|hon|he|she|(?:the\s+)?buyer|innkjøper|inköparen|"
    r"indkøberen)\s+(?:er|är|ar|is|are|virker|verkar|virkede|verkade|virket|seem|seems|seemed|"
    r"var|was|were|lød|lät|sounded)|they're|theyre|(?:and\s+|og\s+|och\s+)?(?:so|så|sa))\s+"
    r"(?:(?:ganske|veldig|rätt|ratt|ret|meget|very|pretty|quite|really|riktigt|rigtig|rigtigt|"
    r"super|skikkelig|mycket|fairly)\s+)?(?P<t>\w+)(?:\s+(?:indtil\s+videre|for\s+now|så\s+langt|"
    r"hittills|foreløpig|for\s+nu|just\s+nu|nå|nu|now))?$"
)
_CLAUSE_PARTS = re.compile(r"\s*(?:[,;.]|(?:^|\s)(?:og|and|och|men|but)(?:\s|$))\s*")


def _their_temperature_out(cmd: LogCommand) -> LogCommand:
    """The temperature said of the customer in a clause of the note or the words unread."""
    if cmd.temperature is not None or cmd.kind not in (
        ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER
    ):  # fmt: skip
        return cmd
    for field in ("unread", "note"):
        said = getattr(cmd, field)
        if not said:
            continue
        parts = [p for p in _CLAUSE_PARTS.split(said) if p.strip()]
        for part in parts:
            told = _THEIR_TEMPERATURE.match(part.strip())
            if told is None:
                continue
            word = _word(told["t"])
            temperature = TEMPERATURES.get(word) or _PLURAL_TEMPERATURES.get(word)
            if temperature is None:
                continue
            rest = [p.strip() for p in parts if p is not part]
            if any(_word(w) in TEMPERATURES for p in rest for w in p.split()):
                return cmd  # "de var varme, kald": which? as before
            left = ", ".join(rest) or None
            return dataclasses.replace(cmd, temperature=temperature, **{field: left})
    return cmd


def tidied(cmd: LogCommand, text: str) -> LogCommand:
    """parse_log_command's reading with what is read after it (below)."""
    return _a_role_after_the_name(_they_called_tidied(cmd, text), text)


# Session 59. A person's title after the company ("Coffee w/ Greene King MD this morn", "Tesco
# CEO today", "Volvo VD"): whom the seller met, the note (was a customer "Greene King MD")
_TITLES = {"CEO", "CFO", "CTO", "COO", "CIO", "CMO", "CSO", "CPO", "MD", "VD"}
_TITLES_IN_NAMES = {"MD"}


def _a_role_after_the_name(cmd: LogCommand, text: str) -> LogCommand:
    named = cmd.customer.split()
    if len(named) < 2 or named[-1] not in _TITLES:
        return cmd
    if named[-1] in _TITLES_IN_NAMES and not re.search(
        r"(?i)(?:^|\s)(?:w/|with|med|m/|m\.|hos|at)\s+" + re.escape(cmd.customer), text
    ):
        return cmd  # review: "Nordic MD", "Direct MD": a name's own letters, unless met "with"
    note = f"{cmd.note}; {named[-1]}" if cmd.note else named[-1]
    return dataclasses.replace(cmd, customer=" ".join(named[:-1]), note=note)


def _they_called_tidied(cmd: LogCommand, text: str) -> LogCommand:
    return _they_called(
        _whom_they_met(
            _a_town_in_the_name(
                _note_tidied(
                    _a_sent_verb_left_out(_the_command_said_again_out(_who_and_so_out(cmd)), text),
                    text,
                ),
                text,
            )
        )
    )


# Session 62. An offer's sending verb left alone in the note once its day was read ("Lindab AB
# 640' – skickad i fredags", "Glamox AS 480' – sendt i går", "– sent last Friday, valid 30
# days": the notes "skickad", "sendt", "sent, valid 30 days"); "quote sent, valid …" typed so
# stays as typed (session 56)
_SENT_FIRST = re.compile(
    r"(?i)^(?P<verb>(?:sendt|sent|sendte|skickad|skickat|skickade|afsendt|mailet|mailed|emailed)"
    r"(?:\s+(?:ut|out|over|av\s+sted|iväg|ivag|afsted))?)\s*(?:$|[,;]\s*(?P<rest>\S.*)$)"
)


def _a_sent_verb_left_out(cmd: LogCommand, text: str) -> LogCommand:
    if cmd.kind is not ActivityKind.OFFER or not cmd.note:
        return cmd
    said = _SENT_FIRST.match(cmd.note)
    if said is None or re.search(
        r"(?i)(?<!\w)" + re.escape(said["verb"]) + r"\s*(?:[,;.!]|$)", text
    ):
        return cmd  # the verb ends its clause as typed: the seller's words
    return dataclasses.replace(cmd, note=said["rest"])


# Session 59. The customer called the seller ("Greggs rang me yesterday", "Kiwi ringte meg
# tilbake", "Ica ringde mig"): the call itself, its words dropped (was asked as words not read;
# the note until session 66)
_THEY_CALLED = re.compile(
    # (session 68: "Pandora ringede til mig i formiddags": "til mig" as the Danes say it)
    # (session 68: or the verb alone, "Fjordkraft ringte i formiddag, lunken": their call)
    r"(?i)^(?:ringte|ringde|ringede|ringet|rang|called|phoned|rung)(?:\s+(?:(?:til|till)\s+)?"
    # session 69: "ringede selv", "ringde själv", "called in themselves": they called, unasked
    r"(?:meg|mig|mej|oss|os|me|us|selv|själv|sjølv|sjalv|themselves|in)|(?!\s+(?:også|ogsa|även|aven|også|also|too|til|till|to|"
    r"dem|them|hem|dom|dei|opp|op|upp|up|tilbake|tilbage|tillbaka|back|[A-ZÆØÅÄÖ])))"
    r"(?:\s+(?:opp|op|upp|up|tilbake|tillbaka|tilbage|back|igjen|igen|again))?(?=[\s,;]|$)"
)


def _they_called(cmd: LogCommand) -> LogCommand:
    if cmd.kind is not ActivityKind.CALL or not cmd.unread:
        return cmd
    said = _THEY_CALLED.match(cmd.unread)
    if said is None:
        return cmd
    # (review: what follows it stays asked, "Kiwi ringte meg i dag, vil ha tilbud")
    rest = cmd.unread[said.end() :].strip(" ,;") or None
    # session 66: the call words dropped, as "ringde" after the name is: a /logcall is the call,
    # who dialled no note (held-out writers of sessions 65 and 66, four of them; was the note)
    return dataclasses.replace(cmd, unread=rest)


# Session 59. Whom the seller met, by a first name after "med", "m.", "with", "w/" ("hos
# Husqvarna AB i torsdags med Johan", "Carlsberg A/S m. Søren", "Aviva plc w/ Priya"): the
# customer's person or a colleague, either way the note, as typed (was "I could not read «med
# Johan»"). A colleague said to be along ("sammen med Per", a mention) keeps its question
# (log_questions: counted once for each who logs it).
_ALONG = re.compile(r"(?i)^(?:med|m\.|m/|with|w/|w)\s+(?P<who>.+)$")
_PEOPLE = re.compile(r"\s*(?:,|&|\+|\s(?:og|och|and)\s)\s*|\s+")


def _whom_they_met(cmd: LogCommand) -> LogCommand:
    if not cmd.unread:
        return cmd
    parts = [part.strip() for part in re.split(r"[,;]\s+(?=\S)", cmd.unread)]
    along = _ALONG.match(parts[0])
    if along is None or not all(_a_first_name(who) for who in _PEOPLE.split(along["who"])):
        return cmd
    note = f"{cmd.note}; {parts[0]}" if cmd.note else parts[0]
    return dataclasses.replace(cmd, note=note, unread=", ".join(parts[1:]) or None)


def _a_first_name(word: str) -> bool:
    from bot.services.commands.names import _FIRMS_NAMED_SO, _first_names  # (names imports us)

    folded = fold(word)
    return (
        word[:1].isupper()
        and " " not in word
        and folded in _first_names()
        and folded not in _FIRMS_NAMED_SO  # review: "Møte Bama med Oda" (the grocer): asked
    )


def _note_tidied(cmd: LogCommand, text: str) -> LogCommand:
    """Session 58. A note without the cheers around its words or a stop before them ("gyldig ut
    januar 👍", "🥂", ". Pris."); a sentence's own stop stays, as typed (session 53)."""
    if not cmd.note or TYPED_DASHES.search(text):
        return cmd  # (after "--" the note is as typed)
    words = cmd.note.split()
    while words and _ignorable(words[-1]) and not _temperature_emoji(words[-1]):
        words.pop()
    while words and _ignorable(words[0]) and not _temperature_emoji(words[0]):
        words.pop(0)  # "🍾 underskrevet i fredags"
    note = " ".join(words).strip()
    if note.startswith(". "):
        note = note[2:]
    note = note or None
    return cmd if note == cmd.note else dataclasses.replace(cmd, note=note)


# Session 58. A Swedish or Norwegian name with its town before its legal form ("Varma Bad i
# Umeå AB", "Smörgåstårtan i Malmö AB", "tandläkarhuset i lund ab"): the whole name (was the
# first words, "i Umeå AB" asked)
_A_TOWN_AND_LEGAL_FORM = re.compile(
    # (review: the town a word of letters; a legal form written small ends the text or its
    # clause: "Elkjøp i Trondheim as discussed" is no name)
    r"^i\s+([^\W\d_][\w-]*)\s+(?:(?:AB|AS|ASA|ApS|A/S)(?=$|[\s,.;:!])|(?:ab|as|aps|a/s)(?=$|[,.;:!]))"
)


def _a_town_in_the_name(cmd: LogCommand, text: str) -> LogCommand:
    said = _A_TOWN_AND_LEGAL_FORM.match(cmd.unread or "")
    if said is None:
        return cmd
    whole = f"{cmd.customer} {said[0]}"
    if whole not in text:
        return cmd
    rest = (cmd.unread or "")[said.end() :].strip(" ,;") or None
    return dataclasses.replace(cmd, customer=whole, unread=rest)


def _the_command_said_again_out(cmd: LogCommand) -> LogCommand:
    """Session 58. The note's first clause only says the command again ("Vintergatan
    Fastigheter AB förlorad i fredags – timing …", "lantmännen förlorad, budgeten stoppad"):
    no part of the note (was "förlorad; timing …")."""
    if not cmd.note or cmd.kind not in (ActivityKind.LOSS, ActivityKind.WIN):
        return cmd  # (an offer's "quote sent, …" stays as it was, session 56)
    said = re.match(r"^\s*(?P<first>[^,;.–—-]+?)\s*(?:[,;.–—]|\s-\s)\s*(?P<rest>\S.*)$", cmd.note)
    if said is None or not all(
        _word(w.strip("!")) in _KIND_WORDS[cmd.kind] for w in said["first"].split()
    ):
        return cmd
    return dataclasses.replace(cmd, note=said["rest"])


def _who_and_so_out(cmd: LogCommand) -> LogCommand:
    cmd = _their_temperature_out(cmd)
    if cmd.next_step is None:
        return cmd
    words = cmd.next_step.what.split()
    lead = 0
    while lead < len(words) - 1 and _word(words[lead]) in _WHO_AND_SO:
        lead += 1
    step = cmd.next_step
    if lead and _word(words[lead]) not in _TOGETHER_VERBS:
        step = dataclasses.replace(step, what=" ".join(words[lead:]))
    note, unread = cmd.note, cmd.unread
    if note is not None and all(_word(w) in _WHO_AND_SO for w in note.split()):
        note = None
    if unread is not None and all(_word(w) in _WHO_AND_SO for w in unread.split()):
        unread = None
    if (step, note, unread) == (cmd.next_step, cmd.note, cmd.unread):
        return cmd
    return dataclasses.replace(cmd, next_step=step, note=note, unread=unread)


# -- session 63: after the whole reading, in parse_log_command ---------------------------------
def after_the_reading(cmd: LogCommand, text: str, today: date) -> LogCommand:
    """The reading with a loss's offer day kept in its note, a loss said again left out, a
    temperature in its own clause of the note read, and numbered offers as typed."""
    cmd = _the_offers_day_noted(cmd, text, today)
    cmd = _a_temperature_noted(_the_loss_said_again_out(cmd), text)
    cmd = _why_the_steps_day_noted(cmd, text)
    return _a_wins_remark_noted(_revisions_as_typed(cmd, text), text)


# Session 69. Why the step's day is soon, said after it ("skickar kalkylen imorgon innan alla
# drar till landet", "sender tilbud i morgen før alle drar på ferie", "sending the quote tomorrow
# before everyone disappears for summer"): the note as typed, the step read (was asked).
_BEFORE_SOMEONE = re.compile(
    r"(?i)^(?:innan|inden|innen|før|för|före|before)\s+(?:alla|alle|everyone|everybody|de|dei|"
    r"dom|they|vi|we|kunden|the\s+customer|folk|people|hele|hela|the\s+whole)\b[^0-9]*$"
)


def _why_the_steps_day_noted(cmd: LogCommand, text: str) -> LogCommand:
    if cmd.next_step is None or not cmd.unread or _BEFORE_SOMEONE.match(cmd.unread) is None:
        return cmd
    note = cmd.unread if cmd.note is None else f"{cmd.note}; {cmd.unread}"
    return dataclasses.replace(cmd, note=note, unread=None)


# Session 67. What the seller says of a win, left alone after it: the deal's start put in time
# ("oppstart etter fellesferien"), how big or first it is ("biggest deal of the year", "første
# ordre efter sommerferien", "rekordordre!"), the target it made ("månadsmålet för augusti klart",
# "månedsmålet i boks"): the note, as typed (was asked as words not read; held-out writers of
# sessions 66 and 67)
_WINS_REMARK_FIRST = (
    "biggest", "bigger", "largest", "storste", "storsta", "first", "forste", "forsta", "rekord",
    "record", "best", "beste", "bedste", "basta", "nok", "another", "enda", "endnu", "annen",
    "andra", "anden", "third", "tredje", "second",
    # session 68: the last of a period ("sista affären i Q1", "last deal of the year")
    "sista", "siste", "sidste", "last", "final", "arets", "aarets",
)  # fmt: skip
# ("første halvår", "första halvåret": the deal's term, asked)
_A_PERIOD = {
    "halvar", "halvaret", "kvartal", "kvartalet", "maned", "maneden", "manad",
    "manaden", "ar", "aret", "year", "quarter", "half", "month", "uke", "uka", "vecka", "uge",
    "week",
}  # fmt: skip
_TARGET_STEMS = (
    "malet", "manedsmal", "manadsmal", "kvartalsmal", "arsmal", "target", "budget", "budsjett",
)  # fmt: skip
_TARGET_MADE = {
    "klart", "klar", "nadd", "natt", "naet", "hit", "made", "smashed", "done", "boks", "hamn",
    "havn", "land", "mal",
    # session 68: "kvartalsmålet i hus", "Q4 target in the bag", "månedsmålet sikret"
    "hus", "bag", "sikret", "sikra", "sakrat", "reached", "beaten", "slatt", "slaaet", "slagit",
}  # fmt: skip
# A period's name, its figure no amount ("Q1-målet i boks", "H2 target", "2031's last")
_A_PERIODS_FIGURE = re.compile(r"(?i)\b(?:q[1-4]|h[12]|k[1-4]|(?:19|20)\d\d)(?:'s|s)?\b")


def _a_wins_remark_noted(cmd: LogCommand, text: str) -> LogCommand:
    if cmd.kind is not ActivityKind.WIN or not cmd.unread or cmd.next_step is not None:
        return cmd
    said = cmd.unread.strip(" ,;.!")
    words = [_word(w).strip(",;.!:") for w in said.split()]
    if not words or any(ch.isdigit() for ch in _A_PERIODS_FIGURE.sub("", said)) or len(words) > 8:
        return cmd
    # (the deal's start alone after a comma: "oppstart i februar" typed on is asked, session 46)
    own_clause = re.search(r"[,;\u2013\u2014]\s*" + re.escape(said), text) is not None
    if not (
        (words[0] in _TIED_WORDS and own_clause)
        or (words[0].startswith(_WINS_REMARK_FIRST) and not _A_PERIOD.intersection(words[1:3]))
        or (
            # (session 69: "H1-budsjettet nådd", after a period's figure and its hyphen)
            any(w.split("-")[-1].startswith(_TARGET_STEMS) or w.endswith("malet") for w in words)
            and any(w in _TARGET_MADE for w in words)
        )
    ):
        return cmd
    note = said if cmd.note is None else f"{cmd.note}; {said}"
    return dataclasses.replace(cmd, note=note, unread=None)


def _the_offers_day_noted(cmd: LogCommand, text: str, today: date) -> LogCommand:
    """Session 63 (review). A loss's reason that tells when the offer went out, its day last
    ("lost Severn Trent, quote sent in June", "tapte Orkla, tilbud sendt i juni": were losses
    dated 1 June): the offer's day, kept in the note; the loss today (asked as typed when the
    seller meant otherwise: the note shows it)."""
    if cmd.kind is not ActivityKind.LOSS or not cmd.note or cmd.when == today:
        return cmd
    words = [_word(w) for w in cmd.note.split()]
    if not (any(w in _OFFER_NOUNS for w in words) and any(w in SENT_WORDS for w in words)):
        return cmd
    at = text.rfind(cmd.note)
    if at < 0 or text.count(cmd.note) != 1:
        return cmd
    tail = text[at:].strip().rstrip(".!")
    if tail == cmd.note:
        return cmd  # the day said elsewhere: the loss's
    return dataclasses.replace(cmd, when=today, note=tail)


# Session 63. The loss said again after a name written small, before the reason ("peab anlegg as
# tapte vi, kr 2,3 mill, …", "postnord sverige ab tappade vi 7/1, …": noted "tapte vi, …")
_THE_LOSS_SAID_AGAIN = re.compile(
    rf"(?i)^(?:{LOST_SAID})(?:\s+(?:vi|we|dem|dom|them|den|det|it|oss|us))?(?:[,;:.!]+\s*|\s+[-–—]\s*|$"
    r"|\s+(?=(?:pga|grunnet|fordi|because|due|eftersom|fordi)\b))"
)


def _the_loss_said_again_out(cmd: LogCommand) -> LogCommand:
    """A loss's note without its verb said again first (the reason as typed after it)."""
    if cmd.kind is not ActivityKind.LOSS or not cmd.note:
        return cmd
    said = _THE_LOSS_SAID_AGAIN.match(cmd.note)
    if said is None or not cmd.note[said.end() :].strip():
        return cmd  # "Unknown Co lost it": all the seller said, as before
    return dataclasses.replace(cmd, note=cmd.note[said.end() :].strip())


def _a_temperature_noted(cmd: LogCommand, text: str) -> LogCommand:
    """Session 63. The lead's temperature in a clause of its own inside the note, with no
    temperature read ("ringede Kold Kaffe ApS i forgårs ang. tilbuddet fra juni, hed 🔥, nyt
    møde om to uger" was noted "ang. tilbuddet fra juni, hed 🔥"): the temperature, the note
    without it."""
    if cmd.temperature is not None or not cmd.note or "," not in cmd.note:
        return cmd
    if cmd.kind not in (ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER):
        return cmd  # a loss's reason, a win's words: as typed
    if "--" in text:
        return cmd  # a note set apart by the seller: as typed
    if sum(_word(w.strip(",.;!")) in TEMPERATURES for w in cmd.note.split()) != 1:
        return cmd  # "de var varme, kald": two that disagree, as typed (session 46)
    parts = cmd.note.split(",")
    for at in range(1, len(parts)):
        words = parts[at].strip(" .!;").split()
        said = [w for w in words if not _temperature_emoji(w)]
        if len(said) != 1 or (temperature := TEMPERATURES.get(_word(said[0]))) is None:
            continue
        note = ",".join(parts[:at] + parts[at + 1 :]).strip(" ,")
        return dataclasses.replace(cmd, temperature=temperature, note=note or None)
    return cmd


def _revisions_as_typed(cmd: LogCommand, text: str) -> LogCommand:
    """The note and the unread words with a numbered offer as typed (words.revisions_as_typed)."""
    if "revidert" not in f"{cmd.note} {cmd.unread}":
        return cmd
    note = cmd.note and revisions_as_typed(cmd.note, text)
    unread = cmd.unread and revisions_as_typed(cmd.unread, text)
    return dataclasses.replace(cmd, note=note, unread=unread)
