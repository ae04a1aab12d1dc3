"""Where the customer's name is: a known customer's words, the words that only repeat the
command, a date before the name, where a new name stops, and names that are no names."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Sequence
from datetime import date
from functools import lru_cache

from bot.domain import ActivityKind
from bot.ids import LOG_COMMANDS
from bot.services import follow_up
from bot.services.amounts import _A_TERM, _MULTIPLIERS
from bot.services.commands.periods import GLUED
from bot.services.commands.words import (
    _AMOUNT_WORDS,
    _CHAT_WORDS,
    _COLON_LABELS,
    _COUNTED,
    _DATE_TYPOS,
    _KIND_VERBS,
    _KIND_WORDS,
    _LABELS,
    _LEADING_FILLERS,
    _MAX_NAME_TOKENS,
    _NAME_PARTICLES,
    _NAME_STOPS,
    _NAME_TAILS,
    _NUMBERED,
    _OFFER_NOUNS,
    _PREPOSITIONS,
    _QUANTITY_NOUNS,
    _REVISION_WORDS,
    _SEPARATORS,
    _TALK_WORDS,
    _VAGUE_WHEN,
    _VERSION_WORDS,
    _WEAK,
    DASH_WORDS,
    ENGLISH_DAYS,
    NO_ANSWER,
    NOTE_HEADINGS,
    ROLE_ENDINGS,
    SENT_WORDS,
    SHORT_DAYS_AFTER_A_NAME,
    SIGHS_SAID,
    TALK_NOUNS,
    TEMPERATURES,
    VAGUE_TEMPERATURES,
    _a_name_tail,
    _all_weak,
    _amount_like,
    _date_shaped,
    _follow_up_at,
    _ignorable,
    _strong,
    _weak,
    _word,
    a_role_word,
    no_company,
    number_before_an_amount,
)
from bot.services.customers import (
    FOUNDERS_SHORT,
    LEGAL_SUFFIXES,
    clean_display_name,
    customer_key,
)
from bot.services.dates import (
    DATE_WORDS,
    DURATION_GLUED,
    DURATION_UNITS,
    MONTHS,
    SHORT_WEEKDAYS,
    WEEK_NUMBER,
    WEEKDAYS,
    UserError,
    count_said,
    fold,
    match_date_suffix,
    parse_date,
    whole_date,
)
from bot.services.talk_counts import PEOPLE_NOUNS

# heldcmd30. The customer's yes or no after "fikk" / "fick" / "fik" / "got" ("Fikk ja fra …"), folded
_GOT = {"fikk", "fick", "fik", "fekk", "got", "had", "received", "fatt", "faet"}
_ANSWERS = {
    ActivityKind.WIN: {"ja", "yes", "tilslag", "tilsagn", "tilslaget", "klarsignal", "go-ahead"},
    ActivityKind.LOSS: {"nei", "nej", "no", "avslag", "afslag", "avslaget", "afslaget"},
}
_FROM = {"fra", "fran", "from", "fraa", "fro"}  # (one set: "af" is "AF Gruppen"'s too)
# Session 57. An order said first, received from its customer ("PO received from Greggs")
_ORDERS = {"po", "ordre", "order", "ordren", "ordern", "bestilling", "bestallning", "purchase"}
_RECEIVED = {
    "received", "mottatt", "motatt", "mottat", "modtaget", "mottagen", "mottog", "in", "inn",
    "ind", "kom", "came", "order",
}  # fmt: skip


# A company's own word after "Co." ("Berg & Co. Eiendom", "Smith & Co. Holdings"), folded starts
_A_FIRMS_WORDS = (
    "eiendom", "ejendom", "fastighet", "holding", "invest", "grupp", "group", "bygg", "byg",
    "consult", "konsult", "partner", "properties", "property", "estates", "services", "service",
    "solutions", "capital", "finans", "finance", "trading", "handel", "industri", "industr",
)  # fmt: skip
_THANKS = {"tak", "takk", "tack", "thanks", "thank", "you"}
_HEARD_BACK = {"heard", "horte", "hort", "horde", "hørte", "back", "tilbake", "tillbaka", "tilbage"}


def _an_answer_from(tokens: list[str], kind: ActivityKind) -> int:
    """How many words open the text with the customer's answer and "from" ("ja fra", "nej tak
    fra", "Heard back from"), a name after them; else 0."""
    at = 0
    if _word(tokens[0]).strip("!,.") in _ANSWERS.get(kind, ()):
        at = 1
        while at < len(tokens) - 1 and _word(tokens[at]).strip("!,.") in _THANKS:
            at += 1
    elif kind is ActivityKind.LOSS and fold(tokens[0]) in _HEARD_BACK:
        at = 1
        while at < len(tokens) - 1 and fold(tokens[at]) in _HEARD_BACK:
            at += 1
    if at and at < len(tokens) - 1 and _word(tokens[at]) in _FROM and tokens[at + 1][:1].isalnum():
        return at + 1
    return 0


def _an_order_from(tokens: list[str]) -> int:
    """How many words open the text with an order received from its customer ("PO received
    from", "Ordre mottatt fra", "PO from", "Purchase order received from"), else 0."""
    if tokens[0].casefold() in ("po", "po:") and tokens[1][:1].isupper():
        return 1  # "PO Tesco 40k", "PO: Tesco": the purchase order's, never a name's word
    at = 1 if _word(tokens[0]) in _ORDERS else 0
    while at and at < len(tokens) - 1 and _word(tokens[at]) in _RECEIVED:
        at += 1
    if at and at < len(tokens) - 1 and _word(tokens[at]) in _FROM:
        return at + 1
    return 0


# heldcmd33. Verbs of an outcome, won or lost, that open names as well ("Tapte Timer AS", "Vunnet
# Tid AS", "Lost Boys Ltd"), folded
_LOST_VERBS = {
    "tapte",
    "tabte",
    "mistet",
    "mistede",
    "tapt",
    "tabt",
    "lost",
    "forlorade",
    "forlorat",
    "tappade",
    "tappat",
}
_WON_VERBS = {
    "vant", "vann", "vandt", "vunnet", "vundet", "vunnit", "won", "signert", "signerat", "signeret",
    "signed",
    # lead35: as said in the past tense first ("Closed Loop Ltd": a name with its legal form)
    "closed", "landed", "landet", "landade", "signerte", "signerade", "signerede", "secured",
    "sikret", "sakrade",
    # session 52: closed in the Scandinavian tongues ("Stängt! Telia, 90 000 EUR": was a customer
    # "Stängt")
    "stangt", "stangde", "stengt", "stengte", "lukket", "lukkede",
}  # fmt: skip
_OUTCOME_VERBS = dict.fromkeys(_LOST_VERBS | _WON_VERBS)
# An agreement renewed or signed, said after the customer (folded)
_RENEWAL_VERBS = {
    "fornyet", "fornyede", "fornyat", "fornyade", "fornyad", "forlenget", "forlengde", "forlangde",
    "forlangt", "forlaenget", "forlaengede", "renewed", "extended", "tecknade", "tecknat",
}  # fmt: skip
# The command's own outcome said again: its verb, unless the name it opens has its legal form and
# is new (heldcmd34: "/loglost Tapte Timer AS" is the whole name, and asked; `own_verb_first`)
_OWN_VERBS = {ActivityKind.LOSS: _LOST_VERBS, ActivityKind.WIN: _WON_VERBS}
_LEGAL_FORMS_ONE_WORD = {fold(suffix).strip(".") for suffix in LEGAL_SUFFIXES if " " not in suffix}


def _named_with(tokens: list[str], at: int) -> bool:
    """heldcmd33. "/logwin Tapte Timer AS kr 85 000,-": a verb of an outcome (not the
    command's own) with its capital first, a capitalised word after it and a legal form right
    after that, or the word after it, is the name's first word (was: "Timer AS", the loss word
    taken off the name); "Tapte Posten til Bring" stays the verb."""
    return (
        at == 0
        and tokens[0][:1].isupper()
        # session 50: cheered ("Vundet! Pandora A/S, 1,2 mio kr": was the customer "Vundet!
        # Pandora A/S", stored): the verb, never a name's word
        and not tokens[0].endswith("!")
        and len(tokens) > 2
        and tokens[1][:1].isupper()
        and any(
            token.casefold().strip(",;:.") in _LEGAL_FORMS_ONE_WORD and token[:1].isupper()
            for token in tokens[2:4]
        )
    )


def _another_outcome_naming(tokens: list[str], at: int, kind: ActivityKind) -> bool:
    """Session 62. After the command's own words, a verb of another outcome with its capital
    opening a run of capitals that a legal form ends ("vann Förlorade Sonen Bryggeri AB",
    "proposal Lost Property Bar Ltd": were customers "Sonen Bryggeri AB", "Property Bar Ltd",
    stored): the name's first word, never the command said again."""
    return (
        at > 0
        and not tokens[at].endswith(("!", ",", ":"))
        and (
            fold(tokens[at]).strip(".") not in _OWN_VERBS.get(kind, ())
            # "lost Lost Boys Ltd": the command's verb said already
            or any(_word(token) in _KIND_VERBS for token in tokens[:at])
        )
        and (
            (tokens[at][:1].isupper() and _through_legal_suffix(tokens[at:]) > 0)
            # all written small ("sent quote yesterday to lost property studios ltd")
            or (
                tokens[at].islower()
                and any(
                    _a_form_ending_a_small_name(tokens[at:], end)
                    for end in range(1, min(5, len(tokens) - at))
                )
            )
        )
    )


def own_verb_first(tokens: Sequence[str], kind: ActivityKind) -> bool:
    """heldcmd34. "/loglost Tapte Timer AS", "/logwin Won Ton Foods Ltd £40k": the command's own
    outcome verb, with its capital, opens a capitalised name with its legal form. Both readings
    are live (the verb said again, or the name's first word): the parser reads the whole name
    unless the name after the verb is a known customer's, and the recorder asks which
    (log_questions.verb_or_name_question)."""
    verbs = _OWN_VERBS.get(kind)
    return (
        verbs is not None
        and len(tokens) > 2
        and tokens[0][:1].isupper()
        and fold(tokens[0]) in verbs
        and _named_with(list(tokens), 0)
    )


# English names that open with a word of a command ("Met Office", "Quote Hub Ltd", "Call Centre
# Ltd", "Meeting Point"), written with its capital before another capitalised word: the name,
# unless what follows it is a known customer ("/logmeeting Met Tesco", Tesco known).
NAME_OPENERS = frozenset({"Met", "Quote", "Meeting", "Call", "Offer", "Proposal", "Tender", "Bid",
                          "Phone"})  # fmt: skip


# heldcmd32. A meeting's "Met" before a name is the verb ("/logmeeting Met Waitrose Tuesday 3rd",
# was a customer "Met Waitrose"; "Møtte Rema", "Träffade Ica" were read so already), unless what
# follows makes a name of it ("Met Office", "Met Police").
_MET_NAMES = {"office", "police", "opera", "museum", "eireann", "éireann", "life", "group"}


def names_with_a_kind_word(tokens: Sequence[str], kind: ActivityKind) -> bool:
    if (
        len(tokens) < 2
        or tokens[0] not in NAME_OPENERS
        or not (tokens[1][:1].isupper() or _A_FIGURE_LED_NAME.fullmatch(tokens[1].rstrip(",.;:")))
    ):
        return False
    if tokens[0] == "Met" and kind is ActivityKind.MEETING:
        return tokens[1].rstrip(",.;:").lower() in _MET_NAMES
    return True


def a_noun_opening_a_name(tokens: Sequence[str], kind: ActivityKind) -> bool:
    """Session 45. "/logmeeting Meeting Tesco", "/logcall Call Tesco", the name new: an English
    noun of the command's own kind, with its capital, before a capitalised word and no legal
    form (with one, "Quote Hub Ltd", it is the name's, as before). Both readings are live (the command's noun said again, or the name's first word): the parser
    reads the whole name and the recorder asks which (log_questions.verb_or_name_question)."""
    return (
        names_with_a_kind_word(tokens, kind)
        and tokens[0] != "Met"
        and fold(tokens[0]) in _NOUNS[kind]
        and not _named_with(list(tokens), 0)  # "Quote Hub Ltd", "Meeting Point AS": a name
    )


# The kinds whose Scandinavian noun is read before a new name (a win's or a loss's words are
# verbs: own_verb_first).
_NOUN_KINDS = (ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER)


# session 55: a name led by its figure ("7-Eleven", "3M", "24SevenOffice"): as a capital would
_A_FIGURE_LED_NAME = re.compile(r"[0-9]+-?[A-ZÆØÅÄÖ][\w&-]*")


def nordic_noun_before_a_name(tokens: Sequence[str], kind: ActivityKind) -> bool:
    """Session 45. "/logmeeting Møte Yara", "Möte Axfood igår", "/logcall Samtale Tine",
    "Telefon Elkjøp": the command's Scandinavian noun, capitalised as a phone does, before a
    capitalised name that is not only a legal form: the noun, never the name's first word (was
    a new customer "Møte Yara"). English nouns open names ("Meeting Point AS"): not these."""
    return (
        kind in _NOUN_KINDS
        and len(tokens) > 1
        and tokens[0] not in NAME_OPENERS
        and _word(tokens[0]) in _NOUNS[kind]  # as spelt: "Offerta Group" is a name
        and (tokens[1][:1].isupper() or _A_FIGURE_LED_NAME.fullmatch(tokens[1].rstrip(",.;:")))
        and tokens[1].casefold().strip(",.;:") not in _LEGAL_FORMS_ONE_WORD
        and _word(tokens[1]) not in _LEAD_WORDS
    )


# The command that logs each kind ("win" -> "/logwin").
_COMMAND_OF = {kind: command for command, kind in LOG_COMMANDS.items()}


def _a_verb_capitalised(tokens: list[str], word: str) -> bool:
    """Session 46. "Sendte tilbud til Mowi 600k", "Vant Telenor 300k": the verb with the capital
    a phone gives the first word, before an offer's noun or a capitalised name that is no legal
    form ("Vant AS" is a name); was the verb dropped, "/logwin Sendte tilbud …" stored as a win."""
    after = tokens[1].strip("!.,")
    if word in SENT_WORDS | {"sende"}:
        return _word(after) in _OFFER_NOUNS
    return (
        (word in _WON_VERBS or word in _LOST_VERBS)
        and after[:1].isupper()
        and _word(after).strip(".") not in _LEGAL_FORMS_ONE_WORD
    )


def _another_outcome(tokens: list[str], index: int, kind: ActivityKind) -> None:
    """Session 40. "/logmeeting vant Orkla 300k", "/logcall lost Hafslund", "/logwin tapte
    Tine": the text opens with another outcome's verb, written small: the other command was
    meant. Refused with the command to use (was: the verb dropped, the meeting asked or stored
    with the customer)."""
    if index != 0 or len(tokens) < 2:
        return
    word = fold(tokens[0]).strip("!.,")
    if not tokens[0][:1].islower() and not _a_verb_capitalised(tokens, word):
        return
    said = (
        ActivityKind.WIN
        if word in _WON_VERBS
        else ActivityKind.LOSS
        if word in _LOST_VERBS
        else None
    )
    if (
        said is None
        and kind in (ActivityKind.WIN, ActivityKind.LOSS)
        and word in SENT_WORDS | {"sende"}
        and _word(tokens[1]).strip("!.,") in _OFFER_NOUNS
    ):
        said = ActivityKind.OFFER  # session 42: "/logwin sent proposal to Vodafone, £60k"
    if said is None or said is kind or word in ("closed", "landed", "landet", "secured", "sikret"):
        return
    raise UserError(
        "another_command",
        verb=tokens[0],
        command=_COMMAND_OF[said.value],
        text=" ".join(tokens[1:]),
    )


# Session 46. Words of place or company that open the text with a phone's capital ("Hos
# Schibsted i går", "At Tesco yesterday"), never a name's first word there ("W Group" is a name)
_CAPITALISED_PREPOSITIONS = {"hos", "hja", "at", "med", "with", "til", "till", "to", "ved", "vid"}


# Session 46. Words that point at something said or done before (folded), never a company
_AS_BEFORE = re.compile(
    r"(?:the |det |som |as )?(?:usual|vanlig|vanlige|vanliga|saedvanlig|saedvanlige|"
    r"same(?: as| som)?(?: last time| before| forra gangen| sist| sidst| forrige gang)?|"
    r"samme(?: som)?(?: sist| sidst| forrige gang| for)?|samma(?: som)?(?: forra gangen| sist)?|"
    r"see above|se over|se ovenfor|se ovan|see thread|se trad|se traden|ditto|dito)"
)


def _joined_on(tokens: list[str], at: int) -> bool:
    """Whether the word at `at` is joined to the next into one name: "Tabt & Fundet", "Lost +
    Found", or capitalised before "og"/"och"/"and" and a capital ("Tapt og Funnet AS")."""
    if at + 1 >= len(tokens):
        return False
    if tokens[at + 1] in ("&", "+"):
        return True
    return (
        tokens[at][:1].isupper()
        and _word(tokens[at + 1]) in ("og", "och", "and")
        and at + 2 < len(tokens)
        and tokens[at + 2][:1].isupper()
    )


def _without_kind_words(tokens: list[str], kind: ActivityKind) -> list[str]:
    """What only repeats the command before the customer: "møte med DNB", "meeting with DNB",
    "ringte Fjordkraft", "sendt tilbud til Equinor", "won Statkraft", "had a call with Telenor".
    A noun needs its preposition ("Meeting Point AS" is a name)."""
    index, dropped = 0, False
    while index < len(tokens) - 1:
        word, after = _lead_word(tokens[index]), _word(tokens[index + 1])
        if _joined_on(tokens, index):
            # heldcmd32: "Tapt & Funnet", "Met & Co": a word joined by "&" is the name's (session
            # 61: "+", and a capital before "og" and a capital, "Tapt og Funnet AS")
            break
        if index == 0 and word not in _LEAD_WORDS and tokens[0].islower():
            # "mtøe med Orkla", "tilbu Kiwi 85k", "caled Tesco": the command's word with a slip
            word = _KIND_TYPOS.get(word, word)
        if (
            index == 0
            and tokens[0].lower() in _SHORT_TALK
            and (after in _PREPOSITIONS or after == "m")
        ):
            word = "mote"  # session 52: "mød m Novo i tirsdags" (was a customer "mød m Novo")
        if (
            index == 0
            and tokens[0] in ("m", "m.")
            and kind in (ActivityKind.MEETING, ActivityKind.CALL)
            and not _joined_on(tokens, 1)
        ):
            # session 63: "forrige fredag m Torsdagskroa Hamar ANS", "igår m Ica": "m" for
            # "med" after the day said first (was a customer "m Torsdagskroa Hamar ANS")
            index, dropped = 1, True
            continue
        if index == 0 and (
            (tokens[0].endswith(":") and word in _COLON_LABELS)
            or (word in _LABELS and tokens[1][:1].isupper())
        ):
            index, dropped = 1, True  # "kunde: Schibsted", "Kunde Schibsted"
        elif (
            index == 0
            and word in NOTE_HEADINGS
            and (
                tokens[1][:1].isupper()
                or (
                    _word(tokens[1]) in _PREPOSITIONS
                    and len(tokens) > 2
                    and tokens[2][:1].isupper()
                )
            )
            and not _through_legal_suffix(tokens)
        ):
            # session 61: "Referat NorgesGruppen fre 29.1: …", "Mødenotat hos Carlsberg i går"
            # (were customers "Referat NorgesGruppen", "Mødenotat"); before a legal form it
            # begins the name ("Notat AS", "Debrief Consulting Ltd", "Noter Design A/S")
            index, dropped = 1, True
        elif (
            index == 0
            and len(tokens) > 2
            and (word in _KIND_WORDS[kind] or word in TALK_NOUNS)
            and _word(tokens[1].rstrip(":")) in NOTE_HEADINGS
            and tokens[2][:1].isupper()
        ):
            index, dropped = 2, True  # session 61: "Call notes Tesco today", "Møte referat Tine"
        elif (
            index == 0
            and word in ("ny", "nye", "new", "nytt")
            and len(tokens) > 2
            and _word(tokens[1].rstrip(":")) in _LABELS
            and tokens[2][:1].isupper()
        ):
            # session 56: "Ny kunde: Boligpartner AS signerte …", "New customer: Acme Ltd" (was a
            # customer "Ny")
            index, dropped = 2, True
        elif (
            index == 0
            and tokens[0].islower()
            and kind in (ActivityKind.OFFER, ActivityKind.WIN)
            and word in _NOUNS[kind]
            and len(tokens) > 2
            and (tokens[1][:1].isdigit() or tokens[1][:1] in "£€$")
            and any(token[:1].isupper() for token in tokens[2:])
        ):
            # heldcmd31. "/logoffer offr £12.5k Call of Nature Ltd", "tilbud 300k Tine": the
            # command's noun (or its slip), the amount, then the name (was a customer "offr")
            index, dropped = 1, True
        elif index == 0 and word in _PREPOSITIONS and tokens[0].islower():
            index, dropped = 1, True  # "hos Equinor", "with Acme" ("Med Vind AS" is a name)
        elif (
            index == 0
            and word in _CAPITALISED_PREPOSITIONS
            and tokens[1][:1].isupper()
            and (word in ("hos", "hja") or not _through_legal_suffix(tokens))
        ):
            # session 46: with a phone's capital, "Hos Schibsted i går", "At Tesco yesterday"
            # (were customers "Hos Schibsted", "At Tesco"); "Med Vind AS", "At Home Ltd" stay
            index, dropped = 1, True
        elif (
            index == 0
            and kind is ActivityKind.MEETING
            and word in ("var", "vart", "were", "was")
            and after in ("hos", "hja", "innom")
            and len(tokens) > 2
        ):
            # session 42: "var hos Tine i går", "var hjå Tine" (visit); session 45: capitalised
            # ("Var innom Tine på tirsdag" was a customer "Var"), "var innom hos Tine"
            index, dropped = (3 if after == "innom" and _word(tokens[2]) == "hos" else 2), True
        elif (
            index == 0
            and kind is ActivityKind.OFFER
            and word in _REVISION_WORDS
            and len(tokens) > 2
            and after in ("til", "till", "to", "for")
            and tokens[2][:1].isupper()
        ):
            # session 57: "/logoffer revidert til Tine 300k", "Revised to Tesco £40k": the
            # revision, then whom to (was a customer "revidert til Tine", stored)
            index, dropped = 2, True
        elif (
            index == 0
            and kind is ActivityKind.OFFER
            and tokens[0].islower()
            and (word in _REVISION_WORDS or re.fullmatch(r"v[2-9]", word))
            and tokens[1][:1].isupper()
        ):
            # lead38. "/logoffer revidert Tine 320k", "revised Tesco 45k", "v2 Tesco 45k": the
            # offer's revision said before its customer, written small (was a new customer
            # "revidert Tine", "revised Tesco"; "v2" a day refused as ahead); the recorder finds
            # what it revises ("Ny Form AS", "New Look", capitalised, stay names)
            index, dropped = 1, True
        elif (
            index == 0
            and (
                tokens[1][:1].isupper()
                # session 61: a formed name that begins with a digit ("opkald 3 Danmark A/S":
                # was a customer "opkald 3 Danmark A/S")
                or (tokens[1][:1].isdigit() and _through_legal_suffix(tokens[1:]) > 0)
                # session 52: all written small ("møte telenor i går", "offert husqvarna 1,75
                # mkr": were refused, no customer "møte telenor")
                or (
                    tokens[0].islower()
                    and tokens[1][:1].isalpha()
                    and tokens[1].islower()
                    and len(tokens[1]) > 2
                    and _word(tokens[1]) not in _PREPOSITIONS
                    and _word(tokens[1]) not in _LITTLE_WORDS
                )
            )
            and (_word(tokens[1]) not in _LEAD_WORDS or _joined_on(tokens, 1))
            and (
                (kind is ActivityKind.OFFER and word in _OFFER_NOUNS)
                or (tokens[0].islower() and word in _KIND_WORDS[kind])
                # session 46: "/logwin tilbud Mowi 600k", "/loglost offert Volvo": the offer
                # won or lost named first, written small (was a customer "tilbud Mowi")
                or (
                    kind in (ActivityKind.WIN, ActivityKind.LOSS)
                    and tokens[0].islower()
                    and word in _OFFER_NOUNS
                )
                or (kind is ActivityKind.CALL and tokens[0].islower() and word in _CONTACT_VERBS)
            )
        ):
            # "/logoffer Tilbud Acme 300k", "/logmeeting möte Volvo i måndags": the command's
            # noun ("Meeting Point AS", written with its capital, is a name)
            index, dropped = 1, True
        elif index == 0 and kind is ActivityKind.WIN and (ordered := _an_order_from(tokens)):
            # session 57: "PO received from Greggs yesterday", "Ordre mottatt fra Asko": the
            # order that says the win (was a customer "PO")
            index, dropped = ordered, True
        elif (
            index
            and word in _ANSWERS.get(kind, ())
            and after in _FROM
            and any(_word(token) in _GOT for token in tokens[:index])
        ):
            # heldcmd30. "Fikk ja fra Telenor i går", "Fick nej från Ica", "Got a yes from
            # Tesco": the customer's answer, the win or the loss said again (was a customer
            # "Fikk", a loss stored on it unasked)
            index, dropped = index + 2, True
        elif index == 0 and (answered := _an_answer_from(tokens, kind)):
            # session 57: the answer said first, with no "got" ("ja fra Bygma Vejle på
            # tilbuddet", "nej tak fra Kalundborg Forsyning i går", "Heard back from Persimmon
            # Homes"): were customers "ja fra Bygma Vejle", "nej", "Heard"
            index, dropped = answered, True
        elif (
            kind is ActivityKind.MEETING and index == 0 and (said := _a_meeting_said_first(tokens))
        ):
            # lead35. "/logmeeting Teams-möte Ikea", "kundebesøg Grundfos i går", "teams m/
            # Equinor", "Zoom w/ Vodafone": how or what kind of meeting it was, said before the
            # customer without "med" (was: a customer "Teams-möte Ikea", "kundebesøg Grundfos",
            # or "teams"/"Zoom" refused as no customer)
            index, dropped = said, True
        elif (
            kind is ActivityKind.MEETING
            and (held := _held_online(word, after))
            and index + held + 1 < len(tokens)
            and _word(tokens[index + held]) in _PREPOSITIONS
        ):
            # heldcmd31. "/logmeeting Teams call with Tesco", "Zoom-samtale med Orkla", "Video
            # call w/ Asda": a meeting held on a screen, its call noun only how it was held
            # (was: a customer "Teams" refused, "Video", or a step "call" on the day said)
            index, dropped = index + held + 1, True
        elif (
            kind is ActivityKind.LOSS
            and index == 0
            and len(tokens) > 3
            and word in ("ingen", "no", "inget", "intet", "ikke", "inte")
            and _word(tokens[1]) in _DEAL_NOUNS | {"sale", "salg", "forretning", "business"}
            and _word(tokens[2]) in _PREPOSITIONS | {"fra", "från", "fran", "from", "to"}
            and tokens[3][:1].isalnum()
        ):
            # session 61: "Ingen affär med Ring Upp Bemanning AB", "No deal with Tesco", "ingen
            # avtale med Tine" (was a customer "Ingen", asked as a loss without an offer)
            index, dropped = 3, True
        elif kind is ActivityKind.WIN and (deal := _a_deal_done(tokens, index)):
            # heldcmd31. "/logwin Deal done with Tesco", "Closed the deal with Tesco £40k",
            # "Avtale i boks med Tine", "Affären klar med Ica": the deal said done, then
            # whom with (was: a customer "Deal", "Closed", "Affären", or refused)
            index, dropped = deal, True
        elif (
            word in _LEADING_FILLERS
            and dropped
            and tokens[index][:1].isupper()
            and (
                _word(tokens[index - 1])
                in _PREPOSITIONS | {"m"}  # session 59: "mote m Nytt Lys AS"
                or _word(tokens[index - 1]) in _KIND_VERBS
            )
        ):
            # session 43: "møte med Nye Veier AS", "møtte Nye Veier AS": a capital after "med"
            # or the command's verb begins the name
            break
        elif word in _LEADING_FILLERS or (dropped and word in _PREPOSITIONS):
            index += 1
        elif (
            (dropped or (index == 0 and tokens[0] == "the"))  # "the Tesco team yesterday"
            and tokens[index] in ("the", "om")
            and (tokens[index] == "the" or _word(tokens[index - 1]) in SENT_WORDS)
            and index + 1 < len(tokens)
            and (
                tokens[index + 1][:1].isupper()
                or _word(tokens[index + 1]) in _OFFER_NOUNS  # "sent the proposal to"
            )
        ):
            # session 44: "Sent the Boots proposal", "met with the Tesco team" (an article
            # written small after the verb: "The Body Shop" keeps its capital); "skickade om
            # offerten till Ica" (sent again): neither is part of the name
            index, dropped = index + 1, True
            team = next(
                (
                    j
                    for j in range(index + 1, min(len(tokens), index + 6))
                    if tokens[j].rstrip(",;:.") in _THEIR_TEAM
                ),
                None,
            )
            # session 59: whose team by its work ("the Tesco buying team", "the Boots
            # category team"): the work's word goes with it
            work = team - 1 if team is not None and _word(tokens[team - 1]) in _TEAMS_WORK else team
            if (
                team is not None
                and work is not None
                and work > index
                and all(t[:1].isupper() or _word(t) in _LEGAL_FORMS for t in tokens[index:work])
            ):
                # "Meeting with the Wise plc team": the company's people, not its name (a mark
                # after it stays, on the word before: "the Tesco team, warm")
                mark = tokens[team][len(tokens[team].rstrip(",;:.")) :]
                tokens = [*tokens[:work], *tokens[team + 1 :]]
                tokens[work - 1] += mark
        elif word.strip("!.") in _SIGHS and tokens[index][:1].islower():
            index, dropped = index + 1, True  # "/loglost dessverre Telenor"
        elif (
            word in _KIND_VERBS
            and not (
                word in _OUTCOME_VERBS
                and (_named_with(tokens, index) or _another_outcome_naming(tokens, index, kind))
            )
            # "Submitted AS": a verb before a legal form alone is the name's own word
            and not (
                len(tokens) == index + 2 and _word(tokens[-1]).strip(".") in _LEGAL_FORMS_ONE_WORD
            )
        ):
            _another_outcome(tokens, index, kind)
            index, dropped = index + 1, True
        elif (
            word in _NOUNS_WITH_PREPOSITION[kind]
            and (
                after in _PREPOSITIONS
                # heldcmd31: "m" for "med" ("mote m Kiwi i går", as "m/" is; was a customer
                # "mote m Kiwi"), before a capital only
                or (
                    after == "m"
                    and index + 2 < len(tokens)
                    # session 44: all in small letters ("tlf m dnb, kald": was a customer so named)
                    and (
                        tokens[index + 2][:1].isupper()
                        # session 62: a formed name opening with a digit ("samtal m 3 Vänner
                        # Fastigheter AB" was a customer so named)
                        or (
                            tokens[index + 2][:1].isdigit()
                            and _through_legal_suffix(tokens[index + 2 :]) > 0
                        )
                        # (session 55: in the name's own clause; "tlf m clas ohlson igår. ring
                        # mån" has "Monday" written out after it, was a customer "tlf m clas …")
                        or not any(ch.isupper() for ch in "".join(_its_clause(tokens, index + 2)))
                    )
                )
            )
        ):
            index, dropped = index + 2, True
        elif word in _NOUNS[kind] and after in _KIND_VERBS and not _joined_on(tokens, index + 1):
            # "tilbud sendt Coop", "tilbud sendt til Coop", "offert skickad Ikea" (session 61:
            # "møde Tabt & Fundet ApS", "call Lost & Found Ltd": a verb joined on is the name's;
            # session 62: "proposal Lost Property Bar Ltd", one opening a formed name)
            named = after in _OUTCOME_VERBS and _another_outcome_naming(tokens, index + 1, kind)
            index, dropped = index + (1 if named else 2), True
        elif index and word in ("av", "af", "of") and _word(tokens[index - 1]) in _VERSION_WORDS:
            index += 1  # "ny versjon av tilbudet til …"
        elif (
            index
            and word in _NOUNS[kind]
            and tokens[index][:1].islower()
            and (
                tokens[index + 1][:1].isupper()
                # session 62: after the command's verb, before a name written small ("skickat
                # offert nordgren & dotter ab 450' kr" was refused, "offert nordgren …")
                or _word(tokens[index - 1]) in _KIND_VERBS
            )
        ):
            # "nytt tilbud Hafslund", "revised quote Fabrikam": after a leading word such as
            # "new", the command's noun before a capital ("Reviderat anbud Skanska")
            index, dropped = index + 1, True
        else:
            break
    return tokens[index:] if dropped and index < len(tokens) else tokens


def _its_clause(tokens: list[str], start: int) -> list[str]:
    """The tokens from `start` to the end of their clause (the one closed by a mark)."""
    out = []
    for token in tokens[start:]:
        out.append(token)
        if token[-1:] in ",.;:!?":
            break
    return out


# heldcmd31. How a meeting was held on a screen, and the call nouns said of it ("Teams call",
# "Zoom-samtale", "videosamtal", "Teams-opkald"): a meeting, never a customer or a step.
_HELD_ON = {"teams", "zoom", "video", "skype", "meet", "webex", "online", "digital", "digitalt"}
_HELD_CALL = {"call", "samtale", "samtal", "opkald", "samtalen", "samtalet", "opkaldet"}
_HELD_GLUED = re.compile(rf"(?:{'|'.join(sorted(_HELD_ON))})-?(?:{'|'.join(sorted(_HELD_CALL))})")


# lead35. What kind of meeting, glued before its noun ("kundebesøk", "Teams-möte", "statusmøte",
# "oppfølgingsmøte", "intro-meeting", "sales visit" is two words and not read here), folded
_MEETING_PREFIXES = (
    "teams|zoom|video|skype|meet|webex|online|digital|digitalt|fysisk|fysiskt|telefon|"
    "kunde|kund|customer|client|klient|status|oppfolgings|oppfolging|uppfoljnings|uppfoljning|"
    "opfolgnings|opfolgning|followup|follow-up|intro|introduksjons|introduktions|salgs|salj|"
    "sales|oppstarts|uppstarts|opstarts|kickoff|kick-off|avklarings|presentasjons|demo|"
    "workshop|strategi|planleggings|planerings|planlaegnings|avslutnings|forhandlings|"
    "forhandlings|lunsj|lunch|frokost|frukost|kaffe|fika|middags|middag|morgen|formiddags|"
    # session 56: where it was ("Fabriksbesøg hos AAK", "gårdsbesøk", "lagerbesøk", "platsbesök")
    "fabrikk|fabrikks|fabriks|fabrik|gards|gard|gaards|anleggs|anlaggnings|anlaegs|bedrifts|"
    "foretags|virksomheds|lager|verksteds|verkstads|plats|site|butikk|butiks|kontors|"
    "kontor|prosjekt|projekt|byggeplass|byggplats|byggeplads|bygge|bygg"
)
_MEETING_NOUN_FOLDED = "mote|moete|mode|motet|modet|meeting|besok|besog|besoket|besoget|visit"
_MEETING_COMPOUND = re.compile(rf"(?:{_MEETING_PREFIXES})-?(?:{_MEETING_NOUN_FOLDED})")


def _a_meeting_said_first(tokens: list[str]) -> int:
    """lead35. How many leading words only say what kind of meeting it was, before the customer:
    a compound of a meeting noun ("kundebesøg Grundfos", "Teams-möte Ikea": one), or how it was
    held, or such a compound, then "med"/"m/"/"w/"/"with" ("teams m/ Equinor", "Zoom w/
    Vodafone", "statusmøte med Tine": two); 0 when the next word is no name's (a capital or a
    digit), or is the command's own or a lead word."""
    if len(tokens) < 2:
        return 0
    word = _word(tokens[0])
    if (
        word in _HOW_HELD
        and len(tokens) > 3
        and _word(tokens[1]) in _KIND_WORDS[ActivityKind.MEETING]
        and _word(tokens[2]) in _PREPOSITIONS
        and (tokens[3][:1].isupper() or tokens[3][:1].isdigit())
    ):
        return 3  # session 45: "fysiskt möte med Svenska Spel" (was a customer "fysiskt")
    compound = _MEETING_COMPOUND.fullmatch(word) is not None
    if not compound and word not in _HELD_ON:
        return 0
    after = tokens[1]
    if (
        (_word(after) in _PREPOSITIONS or _word(after) == "m")  # session 43: "teams m. Pandora"
        and len(tokens) > 2
        and (tokens[2][:1].isupper() or tokens[2][:1].isdigit())
    ):
        return 2
    if compound and after[:1].isupper() and _word(after) not in _LEAD_WORDS:
        return 1
    return 0


# Session 45. How a meeting was held, said before its noun ("fysisk møte med", "digitalt möte")
_HOW_HELD = {
    fold(w)
    for w in """fysisk fysiskt fysiske physical in-person personlig personligt personal digitalt
    digital digitale online virtuelt virtuellt virtual""".split()
}


def _held_online(word: str, after: str) -> int:
    """How many words say a meeting held on a screen: "teams" "call" 2, "zoom-samtale" 1, else 0."""
    if word in _HELD_ON and after in _HELD_CALL:
        return 2
    return 1 if _HELD_GLUED.fullmatch(word) is not None else 0


# heldcmd31. A deal said done before whom it was with: a noun for the deal, and words that say it
# closed, in any order ("deal done", "closed the deal", "avtale i boks", "affären klar", "handel
# lukket"), then a preposition and the customer.
_DEAL_NOUNS = {
    "deal", "dealen", "avtale", "avtalen", "avtal", "avtalet", "aftale", "aftalen", "affar",
    "affaren", "affaire", "handel", "handelen", "handeln", "kontrakt", "kontrakten",
    "kontraktet", "contract", "ordre", "ordren", "order", "ordern",
}  # fmt: skip
_DEAL_DONE = {
    "done", "closed", "signed", "won", "landed", "sealed", "the", "a", "i", "boks", "havn", "hamn",
    "hus", "land", "mal", "maal",
    "klar", "klart", "ferdig", "lukket", "lukka", "signert", "signerad", "signerat", "signeret",
    "vunnet", "vant", "vann", "vundet", "landet", "landat", "in", "bag", "er", "ar", "is", "och",
    "og", "and", "stangd", "stangt", "afsluttet", "avsluttet", "underskrevet", "underskriven",
    "got", "fikk", "fick", "fik", "en", "et", "ett", "ny", "nytt", "new",
}  # fmt: skip


_DONE_ALONE = {
    "klar", "klart", "ferdig", "done", "closed", "signed", "signert", "signerad", "signerat",
    "signeret", "landed", "landet", "landat", "lukket", "sealed", "i", "boks", "hamn", "havn",
}  # fmt: skip


# Small words that open no customer's name written small ("mtg in Bergen", "møte for styret")
_LITTLE_WORDS = {
    "in", "on", "at", "for", "the", "and", "og", "och", "til", "till", "fra", "från", "fran",
    "med", "with", "hos", "via", "per", "pr", "om", "about", "ang", "re", "nytt", "new", "ny",
    "igen", "igjen", "again", "today", "idag", "igar", "yesterday", "her", "der", "där", "dem",
    "them", "dei", "de", "den", "det", "this", "that", "our", "vår", "var", "vart", "not",
}  # fmt: skip


def _a_deal_done(tokens: list[str], index: int) -> int:
    """Where the customer starts after a deal said done ("Deal done with Tesco": 3), or 0."""
    end = min(len(tokens) - 1, index + 5)
    words = [_word(token) for token in tokens[index:end]]
    for j, word in enumerate(words):
        if (word in _PREPOSITIONS or word in ("m", "m.")) and j:
            said = words[:j]
            named = tokens[index + j + 1][:1]
            if (
                any(w in _DEAL_NOUNS for w in said)
                # session 52: done, no noun for the deal ("Klart m Husqvarna!!", "Ferdig med
                # Tine": was a customer "Klart")
                or (index == 0 and all(w in _DONE_ALONE for w in said))
            ) and (
                named.isupper()
                or named.isdigit()
                # session 52: written small ("vant avtalen med ringnes": was refused)
                or (
                    tokens[index + j + 1].isalpha()
                    and tokens[index + j + 1].islower()
                    and len(tokens[index + j + 1]) > 2
                    and _word(tokens[index + j + 1]) not in _LITTLE_WORDS
                )
            ):
                return index + j + 1
            return 0
        if word not in _DEAL_NOUNS and word not in _DEAL_DONE:
            return 0
    return 0


# The kind's nouns (and any offer noun), and those with the talk and chat words: the unions
# `_without_kind_words` asks about, made once.
_NOUNS = {kind: frozenset(_KIND_WORDS[kind] | _OFFER_NOUNS) for kind in ActivityKind}
_NOUNS_WITH_PREPOSITION = {
    kind: frozenset(_KIND_WORDS[kind] | _TALK_WORDS | _OFFER_NOUNS | _CHAT_WORDS)
    for kind in ActivityKind
}

# Session 42: "kontaktade Åhléns 2/12" (was a customer "kontaktade Åhléns"): a call's own verb,
# kept out of the slips' table (each long word there costs ~25 KB of the served process)
_CONTACT_VERBS = frozenset({"kontaktet", "kontaktede", "kontaktade", "kontaktat", "contacted"})
_LEAD_WORDS = frozenset().union(
    _LEADING_FILLERS, _KIND_VERBS, _TALK_WORDS, _OFFER_NOUNS, _CHAT_WORDS, *_KIND_WORDS.values(),
    _CONTACT_VERBS,
)  # fmt: skip


_ALPHABET = frozenset("abcdefghijklmnopqrstuvwxyz")


class _KindSlips:
    """The command's own words (kind words and verbs of four letters or more) with one slip: a
    letter missing, doubled or extra, two neighbours swapped, or (in words of five or more) one
    letter wrong, never in the first letter; never a word of its own ("mot", "sent", "mode").
    Where a slip is one of two words, the first in alphabetical order.

    Looked up by the slip, not kept as a table of every slip (session 64: the table, ~47,000
    slips, was 4.6 MB of the served process): each word and its forms with one letter left out
    (after the first) are indexed, and a typed word's own forms with one letter left out meet
    every word it is one slip from; each met word is then checked for the slip itself."""

    def __init__(self, targets: set[str], taken: set[str], also: dict[str, str]) -> None:
        self._taken = frozenset(taken | targets)
        self._also = also
        index: dict[str, set[str]] = {}
        for word in targets:
            for form in {word} | {word[:i] + word[i + 1 :] for i in range(1, len(word))}:
                index.setdefault(form, set()).add(word)
        self._index = {form: tuple(sorted(words)) for form, words in index.items()}

    def get(self, typed: str, default: str | None = None) -> str | None:
        if typed in self._also:
            return self._also[typed]
        if len(typed) < 3 or typed in self._taken:
            return default
        met: set[str] = set(self._index.get(typed, ()))
        for i in range(1, len(typed)):
            met.update(self._index.get(typed[:i] + typed[i + 1 :], ()))
        for word in sorted(met):
            if _one_slip(word, typed):
                return word
        return default

    def __contains__(self, typed: object) -> bool:
        return isinstance(typed, str) and self.get(typed) is not None


def _one_slip(word: str, typed: str) -> bool:
    """`typed` is `word` with one of _KindSlips' slips (never in the first letter)."""
    if typed[:1] != word[:1]:
        return False
    n = len(word)
    if len(typed) == n - 1:
        return any(word[:i] + word[i + 1 :] == typed for i in range(1, n))
    if len(typed) == n + 1:
        return any(
            typed[i] in _ALPHABET and typed[:i] + typed[i + 1 :] == word for i in range(1, n + 1)
        )
    if len(typed) != n:
        return False
    apart = [i for i in range(n) if word[i] != typed[i]]
    if len(apart) == 1:
        return n >= 5 and typed[apart[0]] in _ALPHABET
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and word[apart[0]] == typed[apart[1]]
        and word[apart[1]] == typed[apart[0]]
    )


_KIND_TYPOS = _KindSlips(
    {w for w in set().union(_KIND_VERBS, _OFFER_NOUNS, *_KIND_WORDS.values()) if len(w) >= 4},
    set().union(_LEAD_WORDS, _PREPOSITIONS, _NAME_STOPS, _WEAK, DATE_WORDS, WEEKDAYS, MONTHS),
    # session 57: "cald Mitie yday" (was a customer "cald Mitie", stored); two letters left out
    # of any long word would read names ("land rover" as "landed rover")
    {"cald": "called", "clld": "called", "rngte": "ringte", "rngde": "ringde"},
)
# A talk's noun cut short, its own letter kept ("mød m Novo", "møt m Tine", "möt m Ica")
_SHORT_TALK = {"mød", "møt", "möt", "mö", "mø"}


def _lead_word(token: str) -> str:
    """A word before the customer, folded; written with "oe" or "aa" for ø or å where the
    keyboard has neither ("Moede med Novo", "Moete med DNB") it is the word it spells."""
    word = _word(token)
    if word in _LEAD_WORDS:
        return word
    plain = word.replace("oe", "o").replace("aa", "a")
    return plain if plain in _LEAD_WORDS else word


def _known_prefix(tokens: list[str], known: Collection[str]) -> int:
    """How many leading tokens name a known customer (the longest such name), 0 if none."""
    if not known:
        return 0
    for size in range(min(len(tokens), _MAX_NAME_TOKENS), 0, -1):
        key = customer_key(" ".join(tokens[:size]))
        if key in known:
            # What adds no letter or digit to the name is not part of it ("Orkla 🌡", "Orkla
            # -"): the key folds it away, but an option reader must see it (🌡 is asked
            # about; was swallowed into a known name, dropped unasked).
            while (
                size > 1
                and (not any(ch.isalnum() for ch in tokens[size - 1]) or _a_word(tokens[size - 1]))
                and customer_key(" ".join(tokens[: size - 1])) == key
            ):
                size -= 1
            return size
    return 0


def _a_word(token: str) -> bool:
    """A word written small that the key folds into a legal form but that is not one as typed:
    "så" (so) folds to "sa", never "SA" ("Kiwi så som så" is Kiwi, "så som så" unread)."""
    typed = token.casefold().strip(",;:.!?")
    return token[:1].islower() and not any(typed == s.casefold() for s in LEGAL_SUFFIXES)


# In between, said in a few words ("så som så", "sånn passe", "så där", "so so", "fifty-fifty"):
# how a talk went, the seller's to say; never the rest of a name, never a temperature guessed.
_SHRUGS = tuple(
    tuple(fold(phrase).split())
    for phrase in (
        "så som så", "sånn passe", "sånn middels", "sånn halvveis", "så der", "så där",
        "sådär", "sisådär", "så-så", "so so", "so-so", "fifty-fifty", "fifty fifty", "50/50",
        "hverken eller", "varken eller", "halvt om halvt", "sånär", "sisådär",
    )
)  # fmt: skip


def shrug_at(tokens: Sequence[str], index: int) -> int:
    """How many tokens from `index` say "so-so" in one of the four languages, 0 if none."""
    words = [_word(token) for token in tokens[index : index + 3]]
    for shrug in _SHRUGS:
        if tuple(words[: len(shrug)]) == shrug:
            return len(shrug)
    return 0


# who or what, never named: a pronoun as a talk's or a deal's object (folded)
# Words that open news but never name a customer alone (folded)
_NEVER_ALONE = {
    fold(w)
    for w in """pga pgr fordi because due nej nei no ja yes ny nytt nyt new heard hørte hørt hörde
    hört fik fikk fick got tak takk thanks tack ok okay also også också dessuten desuden
    dessutom endelig äntligen finally""".split()
}
_THE_CUSTOMER = {
    fold(w)
    for w in """kunden kunde kund kunderna kundene kunderne the customer customer client the client
    klienten klient prospect prospekt prospektet emnet leaden lead""".split()
}
_OBJECT_PRONOUNS = {
    "them", "it", "him", "her", "dem", "dei", "ham", "henne", "honom", "hende", "dom", "det",
    "den", "they",
}  # fmt: skip


def _customer(
    tokens: list[str],
    kind: ActivityKind,
    today: date,
    *,
    checked: bool,
    rest: Sequence[str] = (),
    quoted: bool = False,
) -> str:
    """The customer's display name, refused when it is itself an option, date or amount
    (with the words after it, when the name is only little words: "i" + "går")."""
    if checked and len(tokens) > 1 and _word(tokens[0]) in _FROM and tokens[1][:1].isupper():
        tokens = tokens[1:]  # session 42: "en halv miljon SEK från Dustin AB" (was "från …")
    name = clean_display_name(" ".join(tokens))
    if not quoted:
        name = _without_a_sentences_stop(name)  # (a name in quotes is as typed: '"kr."')
        if name.endswith("!") and len(name.rstrip("!")) > 1:
            name = name.rstrip("!").rstrip()  # session 51: "Vi vann Fjord1! 3-årsavtale, …"
    if not name:
        raise UserError("empty")
    if not any(ch.isalnum() for ch in name):
        raise UserError("not_a_customer", text=name)  # session 41: "/logcall ." (was stored)
    if checked and (_a_question(tokens) or _word(tokens[0]) in _INTERNAL):
        # session 41: "/logcall what's the team target for Dec?", "/logmeeting internal
        # pipeline review" (were new customers)
        raise UserError("not_a_customer", text=name)
    if checked and _no_company_in(tokens):
        # Session 42: "/logcall hi", "/logcall test", "/logcall ring tilbage senere" (were
        # new customers "hi", "ring tilbage senere")
        raise UserError("not_a_customer", text=name)
    if checked and _a_deal_said_small(tokens):
        # Session 47. "/logmeeting tilbud kommer senere, godt møte i dag", "tilbod kjem
        # seinare": words written small opening with an offer's or a talk's noun (were new
        # customers "tilbud kommer senere")
        raise UserError("not_a_customer", text=name)
    if checked and tokens[0].islower() and _word(tokens[0]).strip(",;:.!") in _OBJECT_PRONOUNS:
        # session 56: "/logcall called them back re the quote", "/loglost Lost it. They went
        # with ISS": whom is not said (were customers "them back", "it. They")
        raise UserError("not_a_customer", text=name)
    if checked and len(tokens) == 1 and rest and _word(tokens[0]).strip(",;:.!") in _NEVER_ALONE:
        # session 57: "/loglost pga pris förlorade vi mot Atea hos Region Skåne", "nej tak fra
        # Kalundborg Forsyning …", "Heard back from Persimmon Homes …", "/logcall ny tlf mandag
        # – …": a little word before the news, never a customer alone (were stored so)
        raise UserError("not_a_customer", text=name)
    if checked and all(_word(t).strip(",;:.!") in _THE_CUSTOMER for t in tokens):
        # session 57: "/logwin vundet kunden, 300k", "/logmeeting met the client": whom is not
        # named (was a customer "kunden", stored)
        raise UserError("not_a_customer", text=name)
    if checked and all(_word(t).strip(",;:.!") in _THE_DEAL for t in tokens):
        # session 51: "/loglost Förlorade affären tyvärr", "/logwin won the deal": the deal, no
        # customer named (were customers "affären", "the deal")
        raise UserError("not_a_customer", text=name)
    if checked and all(t.strip(",;:!") in LEGAL_SUFFIXES for t in tokens):
        # session 49: "/logwin AS 95k", "/logoffer A/S 300k": a legal form alone is no
        # company's name (were customers "AS", "A/S")
        raise UserError("not_a_customer", text=name)
    if checked and (
        all(_word(t).strip(",;:.!") in _KIND_WORDS[kind] for t in tokens)
        or all(a_role_word(t.strip(",;:.!")) or _word(t) in ("the", "their") for t in tokens)
    ):
        # Session 48. "/logmeeting mtg ystd", "meeting w/ the CFO ystd": the command's own noun,
        # or a person's role, is no company (were customers "mtg", "CFO")
        raise UserError("not_a_customer", text=name)
    if checked and _a_first_name_alone(tokens):
        # Session 47. "/logmeeting lunsj med Kari", "/logcall called John, he was positive": a
        # person's first name alone is whom the seller met, not the company (were new customers
        # "Kari", "John"; a company so named is written in quotes, or is known already)
        raise UserError("not_a_customer", text=name)
    if checked and _a_persons_full_name(tokens):
        # Session 42: "/logwin Ola Nordmann 200k", "/logcall John Smith yesterday" (were new
        # customers): a person, the company asked for (one so named is written in quotes)
        raise UserError("not_a_customer", text=name)
    if checked and _a_grouped_amount_in(tokens):
        # session 41: "/logwin Mestergruppen 95 000 + 4 500/mnd": an amount written in groups
        # is no part of a name (was a customer "Mestergruppen 95 000")
        raise UserError("not_a_customer", text=name)
    if checked and _gibberish(tokens):
        # session 49: "/logcall jkhsdf lkj ööö" (was a new customer): keys hit at random
        raise UserError("not_a_customer", text=name)
    if checked and any(_mashed(word) for word in tokens):
        # session 41: "/logcall asdf qwer", "/logmeeting xkcd lol qwerty" (were new customers);
        # one really called so is written in quotes
        raise UserError("not_a_customer", text=name)
    if checked:
        words = tokens if _not_a_name(tokens, kind, today) else name.split()
        if _not_a_name(words, kind, today):
            raise UserError("not_a_customer", text=name)
        if len(words) == 1 and words[0].rstrip(",;:.!") in _PRONOUNS:
            # session 59: "/loglost tabt, de valgte en anden" (was a customer "de"): who, no name
            raise UserError("not_a_customer", text=clean_display_name(" ".join([*words, *rest])))
        little = all(_word(word) in _WEAK or _word(word).isdigit() for word in words)
        little = little and not (len(words) == 1 and _a_name_of_next([*words, *rest]))
        if little and rest and (_not_a_name([*words, *rest], kind, today) or _all_weak(words)):
            raise UserError("not_a_customer", text=clean_display_name(" ".join([*words, *rest])))
        joined = list(rest[:2]) if len(rest) > 1 and rest[0] in _AND_WORDS else []
        _one_or_two([*tokens, *joined])  # "/loglost Acme og Globex": not Acme, "og Globex"
    return name


_AND_WORDS = {"og", "and", "och", "samt"}
_THE_DEAL = {
    fold(w)
    for w in """the it deal dealen affären affæren affaren avtalen avtalet aftalen kontrakten
    kontraktet contract tender anbudet anbodet udbuddet upphandlingen ordren ordern order saken sagen
    den det bid account""".split()
}


# Companies called by a first name (the held-out files' "Oda": the grocer), read as companies
_FIRMS_NAMED_SO = {"oda"}


def _a_first_name_alone(tokens: Sequence[str]) -> bool:
    words = [token.strip(",.;:!") for token in tokens]
    if len(words) != 1 or not words[0].isalpha():
        return False
    return fold(words[0]) in _first_names() and fold(words[0]) not in _FIRMS_NAMED_SO


def _a_deal_said_small(tokens: Sequence[str]) -> bool:
    """Two words or more, all written small, the first an offer's or a talk's noun."""
    words = [token.strip(",.;:!") for token in tokens]
    return (
        len(words) >= 2
        and all(word == word.lower() for word in words)
        and _word(words[0]) in (_OFFER_NOUNS | TALK_NOUNS)
    )


# Session 41. A name's last word shortened with a full stop keeps it ("Acme Co.", "Widgets
# Ltd.", "J.P."); any other full stop ends the sentence, no part of the name ("/loglost Tryg. gik
# med Guidewire", "i går. Bygg & Montasje 24 AS. hot!": were customers "Tryg.", "… AS.")
_KEEPS_ITS_STOP = re.compile(
    r"(?i)(?:\b(?:co|inc|ltd|corp|bros|jr|sr|st|plc|llc|intl|mfg|dept|assn|ass|int)|"
    r"\b[a-zæøåäö]\.[a-zæøåäö]{1,2})\.$"
)


def _without_a_sentences_stop(name: str) -> str:
    if not name.endswith(".") or name.endswith("..") or _KEEPS_ITS_STOP.search(name):
        return name
    return name[:-1].rstrip() if len(name) > 2 else name


_INTERNAL = {"internal", "intern", "internt", "interne", "internmote", "internmode", "internally"}
_QUESTION_WORDS = {
    "what", "what's", "whats", "how", "who", "when", "why", "where", "which", "hva", "hvem",
    "hvordan", "hvorfor", "hvor", "vad", "vem", "hur", "varfor", "hvad", "hvornar", "nar",
}  # fmt: skip


def _a_question(tokens: Sequence[str]) -> bool:
    """ "what's the team target for Dec?": a question asked, no customer named (its "?" may be
    gone by now); a question word written small opening three words or more."""
    first = tokens[0].rstrip(",")
    return (
        first[:1].islower()
        and fold(first).lower().replace("\u2019", "'") in _QUESTION_WORDS
        and (len(tokens) >= 3 or any(token.endswith("?") for token in tokens))
    )


# Session 42. Words written small that no company's name is made of alone: a greeting, a test,
# thanks, and what a call still to make is said with ("ring tilbake senere", "call back later").
_NO_COMPANY_WORDS = {
    fold(w)
    for w in "hi hey hello hallo hei heisann hej hejsan hejhej halla hallå test testing tester "
    "testar tester123 ok okay okei thanks thx takk tack tak ty help hjelp hjälp hjælp "
    "ring ringe ringa ringer ringar call phone back tilbake tilbage tillbaka later senere "
    "senare again igjen igen soon snart sometime engang "
    # session 58: how much or how long, never a company alone ("quick call this morning, warm",
    # "£20k, too expensive", "ringt runt hela förmiddagen": were customers "quick", "too",
    # "runt hela")
    "quick quickly too very so runt rundt around hela hele heile whole all alle alla".split()
}


def _no_company_in(tokens: Sequence[str]) -> bool:
    """A name typed small whose every word is a greeting, a test or a call to make later."""
    words = [re.sub(r"^(test|testing)[0-9]+$", r"\1", _word(t).strip("!.,?")) for t in tokens]
    return (
        all(token[:1].islower() for token in tokens)
        and all(w in _NO_COMPANY_WORDS or w in _WEAK for w in words)
        and any(w in _NO_COMPANY_WORDS for w in words)
    )


# How the name of a trade ends ("Kari Bakeri", "Ola Snekkeri", "Lise Frisør", "Per Regnskap")
_TRADE_ENDINGS = (
    "eri", "bygg", "byg", "service", "consult", "konsult", "design", "data", "shop", "huset",
    "senter", "center", "butikk", "butik", "verksted", "transport", "regnskap", "elektro",
    "maling", "frisor", "frisør", "salong", "salon", "kafe", "cafe", "bistro", "gard", "gården",
    "media", "reklame", "foto", "auto", "bil", "vvs", "ror", "tak", "tre", "interior",
)  # fmt: skip


def _a_persons_full_name(tokens: Sequence[str]) -> bool:
    """A first name and a surname, nothing else ("Ola Nordmann", "John Smith", "Hanne
    Sørensen"): a person. A company named so carries its legal form ("Per Aarsleff AS") or is
    one known by it ("John Lewis")."""
    words = [token.rstrip(",;.!") for token in tokens]
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    first, last = words
    if fold(first) not in _first_names() or not last.replace("-", "").isalpha():
        return False
    from bot.services.capture.places import COMPANY_AFTER_A_TOWN, is_place
    from bot.services.capture.signals import _NAMED_AFTER_PEOPLE, _is_ordinary, tokenise

    if fold(last) in COMPANY_AFTER_A_TOWN or is_place(last) or last in LEGAL_SUFFIXES:
        return False
    if _is_ordinary(tokenise(last)[0]) or fold(last).endswith(_TRADE_ENDINGS):
        return False  # "Ola Berg", "Kari Bakeri": a word of ours, or a trade's
    return f"{fold(first)} {fold(last)}" not in _NAMED_AFTER_PEOPLE


def _a_grouped_amount_in(tokens: Sequence[str]) -> bool:
    """A number written in groups of three among the name's words ("95 000", "1 250 000")."""
    words = [token.strip(",;") for token in tokens]
    return any(
        re.fullmatch(r"[0-9]{1,3}", words[i]) is not None
        and re.fullmatch(r"[0-9]{3}", words[i + 1]) is not None
        for i in range(1, len(words) - 1)
    )


# Session 41. Keys struck in a row along the keyboard: no company's name begins so
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_MASH_STARTS = tuple(
    row[i : i + 4] for row in _KEY_ROWS for i in range(len(row) - 3) if row[i : i + 4] != "wert"
)


_VOWELS = set("aeiouyæøåäöüéèáàóò")
_A_LONG_CONSONANT_RUN = re.compile(r"[^\Waeiouyæøåäöüéèáàóò\d_]{6,}")
_A_TRIPLE = re.compile(r"([^\W\dx_])\1\1")  # (never "xxl")


def _gibberish(tokens: Sequence[str]) -> bool:
    """Session 49. Words in small letters typed at random ("jkhsdf lkj ööö"): each without a
    vowel or with one letter three times, or six consonants in a row, one of them so
    unpronounceable. "dnb", "ikea", "xxl", "strengths ltd" are names."""
    words = [t.strip(".,;:!?()") for t in tokens]
    if not words or any(not w or w != w.casefold() or not w.isalpha() for w in words):
        return False
    if any(fold(w) in _LEGAL_FORMS for w in words):
        return False

    def odd(word: str) -> bool:
        return (
            not (set(word) & _VOWELS)
            or _A_TRIPLE.search(word) is not None
            or _A_LONG_CONSONANT_RUN.search(word) is not None
        )

    strong = any(_A_TRIPLE.search(w) or _A_LONG_CONSONANT_RUN.search(w) for w in words)
    return strong and all(odd(w) for w in words)


def _mashed(token: str) -> bool:
    """A word typed as keys in a row ("asdf", "qwer", "hjkl", "asdfjkl"), to test the bot or by
    a slip of the hand; "Wertheim", "Liberty" and "Asda" are names."""
    word = token.casefold().strip(".,;:!?()")
    return len(word) >= 4 and word.startswith(_MASH_STARTS)


def _one_or_two(tokens: Sequence[str]) -> None:
    """A new name with "og", "and" or "och" between two capitalised parts ("Acme og Globex",
    "Procter and Gamble"): two customers, or one whose name has the word in it? Never guessed:
    each is logged on its own, or the one name goes in quotes (then it is known). A public
    body's name is one ("Møre og Romsdal fylkeskommune")."""
    if tokens and _sentence_end(tokens[-1]):
        # session 57: the sentence's full stop is no part of the name ("Tyvärr förlorade vi
        # Martin & Servera. Menigo var …": was refused, asked of "Martin & Servera.")
        tokens = [*tokens[:-1], tokens[-1].rstrip(".!?")]
    if _word(tokens[-1]) in _NAME_TAILS:
        return
    if (
        len(tokens) > 3
        and tokens[-1].rstrip(",;:.") in LEGAL_SUFFIXES  # heldcmd31: "Berg og Sønn AS, pris"
        # session 41: a number in it too ("Bygg & Montasje 24 AS.": was one or two asked)
        and all(
            t.lstrip("(")[:1].isupper()  # session 60: "Smith and Sons (Builders) Ltd"
            or t[:1].isdigit()
            or t in _AND_WORDS
            or t == "&"
            # session 43: a place's or a family's small word ("Bygg & Fastighet i Malmö AB")
            or (_word(t) in _NAME_PARTICLES and 0 < i < len(tokens) - 2)
            for i, t in enumerate(tokens[:-1])
        )
    ):
        return  # "Sol og Vind AS", "Hansen og Sønn AS": one company, its legal form says so
    for i, token in enumerate(tokens):
        parts = token.split("/")
        if (
            len(parts) == 2
            and all(len(part) > 1 and part[:1].isupper() and part.isalpha() for part in parts)
            and token not in LEGAL_SUFFIXES
        ):
            # "Acme/Globex": two customers, or one that was renamed? Asked as "Acme og Globex"
            first = clean_display_name(" ".join([*tokens[:i], parts[0]]))
            second = clean_display_name(" ".join([parts[1], *tokens[i + 1 :]]))
            raise UserError(
                "one_or_two_customers",
                customer=clean_display_name(" ".join(tokens)),
                first=first,
                second=second,
            )
    for i in range(1, len(tokens) - 1):
        if tokens[i] == "&" and not _two_of_an_ampersand(tokens, i):
            continue
        small = all(not t[:1].isupper() for t in tokens) and (
            tokens[-1].casefold().strip(".,;:") not in _LEGAL_FORMS_ONE_WORD
        )  # session 45: "elkjøp og power" ("bygg og anlegg as": one company, its form says so)
        if (tokens[i] in _AND_WORDS or tokens[i] == "&") and (tokens[i + 1][:1].isupper() or small):
            first = clean_display_name(" ".join(tokens[:i]))
            second = clean_display_name(" ".join(tokens[i + 1 :]))
            if _a_company_of_two_names(first, second):
                continue  # session 40: "Marks and Spencer", "Procter and Gamble": one company
            raise UserError(
                "one_or_two_customers",
                customer=clean_display_name(" ".join(tokens)),
                first=first,
                second=second,
            )


def _a_company_of_two_names(first: str, second: str) -> bool:
    """ "Marks" and "Spencer": a company known by its "&" ("Marks & Spencer"), typed with "and"."""
    from bot.services.capture.signals import _AMPERSAND_NAMES

    return fold(f"{first} & {second}") in _AMPERSAND_NAMES


def _two_of_an_ampersand(tokens: Sequence[str], i: int) -> bool:
    """lead38. "/logmeeting Boots & Greggs today": two names of a word each joined by "&", no
    company named so ("Marks & Spencer", "Hansen & Co", "Tapt & Funnet": words of ours): asked
    as two or one, as "og" is (was one customer "Boots & Greggs", unasked)."""
    from bot.services.capture.signals import (
        _AMPERSAND_TAILS,
        _is_ordinary,
        tokenise,
    )

    if i != 1 or len(tokens) < 3:
        return False
    before, after = tokens[0], tokens[2].rstrip(",;:")
    return (
        before[:1].isupper()
        and after[:1].isupper()
        and len(before) > 1
        and len(after) > 1
        and fold(after) not in _AMPERSAND_TAILS
        and not _a_company_of_two_names(before, after)
        and (len(tokens) == 3 or not tokens[3][:1].isupper())
        # words of ours joined so are one name ("Tapt & Funnet", "Mat & Vin")
        and not any(_is_ordinary(t) for word in (before, after) for t in tokenise(word)[:1])
    )


# How it went, never a customer's name: "/loglost tapt, dessverre", "/loglost sadly".
_SIGHS = {  # folded (bot.services.dates.fold)
    "dessverre", "desvaerre", "dessvarre", "tyvarr", "unfortunately", "sadly", "pokker", "synd",
    "alas", "afraid",
    # session 59: "Gutted, Network Rail went with a cheaper bid" (was a customer "Gutted")
    "gah", "annoyingly", "aergerlig", *(fold(w) for w in SIGHS_SAID),
}  # fmt: skip


# Words that multiply the number before them ("1,2 mio", "2 mill"): first, with none before
# them, they are a name's ("/logwin Mio 1,2 mkr"), never an amount.
_LEAD_MULTIPLIERS = {word for word, power in _MULTIPLIERS.items() if len(word) > 2}


def _not_a_name(tokens: Sequence[str], kind: ActivityKind, today: date) -> bool:
    """ "i går", "warm", "uke 48", "250k", "kl 14": words that are all option, date or number.
    A number of four digits or more may be a name ("1881", an organisation number) where no
    amount is read; a shorter one, or any number where an amount is read, is not."""
    return _not_a_name_of(tuple(tokens), kind, today)


@lru_cache(maxsize=4096)  # reader28: pure of its arguments; asked up to three times a reading
def _not_a_name_of(tokens: tuple[str, ...], kind: ActivityKind, today: date) -> bool:
    money = kind in (ActivityKind.OFFER, ActivityKind.WIN)

    def number(token: str) -> bool:
        word = _word(token)
        return word.isdigit() and (money or len(word) <= 3)

    if all(number(token) for token in tokens):
        return True  # "/logoffer 250 000", "/logmeeting 48"
    if not money and re.fullmatch(r"[0-9][A-Z]{1,3}", tokens[0].rstrip(",;:.!")):
        return False  # session 55: "/loglost 3M to Capgemini": no amount in a loss; the name
    if _a_name_of_next(tokens):
        return False  # "/logcall Next today, hot": the retailer, no coming day
    if _word(tokens[0]) in _LEAD_MULTIPLIERS:
        return False  # "Mio 1,2 mkr", "Mills AS": a million's word with no number before it
    words = [_word(token).strip("!.") for token in tokens]
    if any(word in _SIGHS for word in words) and all(w in _SIGHS | _WEAK for w in words):
        return True  # "/loglost tapt, dessverre": how it went, not who
    if all(w in _OFFER_NOUNS or (len(w) > 5 and w.endswith(ROLE_ENDINGS)) for w in words) and (
        tokens[0][:1].islower()
    ):
        # session 41: "/logoffer sent proposal today 300k" (was a customer "proposal"), "i dag,
        # godt møde med indkøbschefen" (was a customer "indkøbschefen"): no company's name
        return True
    if all(w in _OUTCOME_VERBS for w in words) and (
        tokens[0][:1].islower() or "!" in "".join(tokens)
    ):
        return True  # session 41: "/logwin vann!!", "/loglost tapte": the outcome, not who
    if (
        tokens[0][:1].islower()
        # session 44: the talk said with it ("i går, god snak, varm", "good chat"; was a
        # customer "god snak")
        and all(w in _HOW_IT_WENT | _DEPARTMENTS | _WEAK | _TALKED_OF for w in words)
        and any(w in _HOW_IT_WENT | _DEPARTMENTS for w in words)
    ):
        # session 43: "/logmeeting i går, gikk bra, varm kunde" (was a customer "gikk bra"), "i
        # går med to fra indkøb" (a customer "indkøb"): how it went, or a department, not who
        return True

    if tokens[0][:1].islower() and NO_ANSWER.fullmatch(" ".join(words)):
        return True  # session 45: "/logcall no answer", "ingen svar": how it went, not who
    if (
        len(tokens) > 1
        and words[0] in _THE_CUSTOMER - {"the", "lead", "prospect", "prospekt"}
        and all(token[:1].islower() for token in tokens)
        and not any(word.strip(".") in _LEGAL_FORMS_ONE_WORD for word in words)
    ):
        return True  # session 61: "/loglost tabt, kunden vil ikke mere" (a customer "kunden vil")
    if _AS_BEFORE.fullmatch(" ".join(words)):
        # session 46: "/logmeeting the usual", "det sædvanlige", "same som förra gången", "see
        # above": what the seller did before, no one named (were customers so called)
        return True
    if (
        len(words) > 1
        and not tokens[0][:1].isupper()
        and count_said(words[0]) is not None
        and all(w in PEOPLE_NOUNS or w in _QUANTITY_NOUNS for w in words[1:])
    ):
        return True  # session 45: "/logcall tre stykker i dag", "5 kunder": a count, no one named

    def month(token: str) -> bool:
        return _word(token).rstrip(".") in MONTHS  # "Nov", "mai"

    def numbered(i: int) -> bool:  # "v. 46", "kl 14": a week or an hour, with its number
        return (
            _word(tokens[i]).rstrip(".") in _NUMBERED
            and i + 1 < len(tokens)
            and _word(tokens[i + 1]).isdigit()
        )

    dateish = [_strong(token) or numbered(i) for i, token in enumerate(tokens)]
    if any(dateish) and all(
        dateish[i] or _word(token) in _WEAK or number(token) or month(token)
        for i, token in enumerate(tokens)
    ):
        return True  # "uke 46 Nov", "v. 46 Nov"
    try:
        found = match_date_suffix(tokens, today=today, direction="past")
    except UserError:  # "Acme 31.02.": said as a bad date, where it is read; "0 Nov": no name
        return all(number(token) or month(token) or _word(token) in _WEAK for token in tokens)
    return found is not None and found[1] == len(tokens)  # "18 Nov", "Mai 2"


_HOW_IT_WENT = {
    fold(w)
    for w in """gikk gick gik gjekk gekk went bra fint godt fin god good well great ok okay
    greit greitt kjempebra superbra jattebra mega super dårlig darligt dårligt bad badly meh
    lovende lovande promising""".split()
}
# The talk itself, said beside how it went ("god snak", "bra møte", "good chat")
_TALKED_OF = frozenset(
    _CHAT_WORDS | _KIND_WORDS[ActivityKind.MEETING] | _KIND_WORDS[ActivityKind.CALL]
)
# A department of the customer's, never its name ("to fra indkøb", "procurement")
_DEPARTMENTS = {
    fold(w)
    for w in """innkjøp innkjop indkøb inköp inkop procurement purchasing økonomi ekonomi finance
    ledelsen ledningen ledelse management salg försäljning it hr""".split()
}


# heldcmd28. What "next" / "neste" / "nästa" / "næste" never leads into: today or yesterday, a
# day gone ("last week", "i fredags"), an amount, a temperature, or nothing after a comma. Written first with a capital before them, it is
# a name ("Next today, hot 🔥 booked a demo for 5/5", "Next 1.1m last Thurs": the UK retailer; was
# refused as no customer; holdout 27).
_NEXT_PROPER = {"next", "neste", "nasta", "naste", "naeste"}
_TODAY_OR_YESTERDAY = {
    "today", "yesterday", "idag", "igar", "igaar", "forgars", "iforgars", "forrgar",
    "iforrgar", "tonight", "last", "forrige", "forra", "sidste", "this",
}  # fmt: skip


_NEXT_THEN_AMOUNT = re.compile(
    r"[£$€][0-9][0-9.,]*(?:k|m|bn|mn)?|[0-9][0-9.,]*(?:k|m|mill|mio|mn|bn|tkr|mkr|kr|,-|:-)\.?",
    re.IGNORECASE,
)

_NEXT_THEN_A_DATE = re.compile(r"[0-9]{1,2}[./][0-9]{1,2}(?:[./-][0-9]{2,4})?\.?")


def _a_name_of_next(tokens: Sequence[str]) -> bool:
    if len(tokens) < 2 or not tokens[0][:1].isupper() or _word(tokens[0]) not in _NEXT_PROPER:
        return False
    if tokens[0].endswith(","):
        return True  # "Next, hot"
    after = tokens[1]
    word = _word(after).rstrip(",;:.!?")
    if word in _TODAY_OR_YESTERDAY or word in TEMPERATURES:
        return True
    if fold(after) in ("i", "in") and len(tokens) > 2:
        gone = _word(tokens[2]).rstrip(",;:.!?")  # "i går", "i fredags"
        return gone in {"dag", "gar", "gaar", "forgars", "forrgar"} or gone[:-1] in WEEKDAYS
    # an amount with its unit or sign ("1.1m", "£3k", "450k") or a day gone by its date ("28/4",
    # "28.4."), never a bare number
    return (
        _NEXT_THEN_AMOUNT.fullmatch(after.rstrip(",;:")) is not None
        or _NEXT_THEN_A_DATE.fullmatch(after.rstrip(",;:")) is not None
    )


def _starts_saying(tokens: list[str], index: int) -> bool:
    """A word after a new name that begins something said about it: a lower-case little word
    from _NAME_STOPS, a short form with a slash ("v/", "m/", "c/o"), or a parenthesis ("(Per
    Hansen)")."""
    token = tokens[index]
    if token.startswith(("(", "[")):
        return True
    if not (token[:1].isalpha() and token[:1].islower()):
        return False
    if token.endswith("/") or token == "c/o":
        return True
    if re.match(r"(?:m|w|v)/[^\W\d_]", token):
        return True  # session 63 (review): "Kiwi m/Kari i går" (was a customer "Kiwi m/Kari")
    word = _word(token)
    if word not in _NAME_STOPS:
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    if word in _PLACE_LINKS and after[:1].isupper() and not _an_institution(tokens[index - 1]):
        # "Volvo Cars i Göteborg", "Elkjøp på Lørenskog": where they are, asked (stored as read,
        # it is the note), never glued onto a new name; "Universitetet i Oslo" is a name
        return True
    return not (word in _NAME_PARTICLES and after[:1].isupper())


_PLACE_LINKS = {"i", "pa", "in"}


def _an_institution(word: str) -> bool:
    """ "Universitetet", "Sykehuset", "Kommunen", "Høgskolen": a noun in its definite form, which
    names an institution by its place ("Universitetet i Oslo")."""
    folded = _word(word)
    # (session 49: never a surname's "-sen": "Bang & Olufsen i Struer", "Hansen i Bergen" were
    # customers with the town in their names)
    return (
        word[:1].isupper()
        and len(folded) >= 6
        and folded.endswith(("et", "en"))
        and not folded.endswith("sen")
        # session 54: a firm's own word ("Mestergruppen i Bergen", "Elgiganten på Lørenskog":
        # were customers with the town in their names)
        and not folded.endswith(_FIRMS_OWN_ENDS)
    )


_FIRMS_OWN_ENDS = (
    "gruppen", "giganten", "kjopet", "kopet", "kobet", "kompaniet", "kjeden", "kedjan", "kaeden",
    "rederiet", "forlaget", "bryggeriet", "meieriet",
)  # fmt: skip


_LEGAL_FORMS = {fold(suffix).strip(".") for suffix in LEGAL_SUFFIXES}


# Legal forms that end a name written small (never "sa", "da": "kiwi sa nei", "da")
_SMALL_FORMS_ENDING = {"as", "asa", "ab", "aps", "a/s", "oy", "oyj", "ltd", "plc", "gmbh", "hf"}
# session 62: Denmark's partnerships, the UK's, a Swedish trading partnership ("møller & hansen i/s"
# was a customer "møller &")
_SMALL_FORMS_ENDING |= {"i/s", "p/s", "k/s", "llp", "hb"}


def _a_form_ending_a_small_name(tokens: list[str], at: int) -> bool:
    """tokens[at] is a legal form written small after the name's words written small."""
    form = tokens[at].casefold().strip(",;:.")
    return (
        # (session 49: "sa", "da" too where a comma ends the name: "tine sa, i tisdags")
        (form in _SMALL_FORMS_ENDING or (form in ("sa", "da") and tokens[at].endswith(",")))
        and tokens[at] == tokens[at].casefold()
        and all(t[:1].islower() or t == "&" for t in tokens[1:at])
    )


# The small words a name its legal form ends may hold ("Pets at Home Ltd"; session 46: "Lakrids by
# Bülow ApS", "Made by Oslo AS", "Tools for Life AS", "Maison de Paris AB" were cut at them)
_LINKS_IN_A_FORMED_NAME = {"&", "og", "and", "och", "of", "at", "by", "for", "de", "du", "la"}
# session 60: a town's ("Mat och Möten i Malmö AB" was one customer or two asked of "Mat och
# Möten")
_LINKS_IN_A_FORMED_NAME |= {"i", "på"}
# session 62: "och" short ("Olle o Stina Bygg AB" was a customer "Olle")
_LINKS_IN_A_FORMED_NAME |= {"o"}
# session 62: an article between its capitals ("Fem Myror och en Elefant AB" was "Fem Myror",
# "Call of the Wild Ltd")
_LINKS_IN_A_FORMED_NAME |= {"en", "ett", "et", "ei", "a", "an", "the"}


# Day words no name opens with, even with their capital (folded)
_NEVER_A_NAMES_DAY = {"yesterday", "today", "last", "igar", "idag", "forrige", "forra", "sidste"}


# The little words between a day said first and where the talk was
_WHERE_AFTER_A_DAY = {"at", "hos", "pa", "i", "with", "med", "w/", "m/", "m", "w", "in"}


def _through_legal_suffix(tokens: list[str]) -> int:
    """How many tokens a name written with capitals runs to when a legal form ends it ("Tre
    Kroner ApS", "Pets at Home Ltd"): words that would otherwise look meant as an amount or a
    date stay the name's; 0 when no legal form ends such a run."""
    if (
        tokens
        and fold(tokens[0]) in DATE_WORDS
        and (tokens[0].islower() or fold(tokens[0]) in _NEVER_A_NAMES_DAY)
    ):
        # session 60: "last Fri at Warm Front Heating Ltd", "Yesterday Warm Front LLP": a day,
        # then the name ("Fredag Film AS", "Tomorrow Studio Ltd", "Trettondagen Bygg AB" are
        # names)
        return 0
    if (
        len(tokens) > 2
        and fold(tokens[0]).strip(",") in WEEKDAYS
        and fold(tokens[1]) in _WHERE_AFTER_A_DAY
    ):
        return 0  # session 64: "Monday at Acme Partners LLP" (was the customer, dated today)
    for index in range(1, min(len(tokens), _MAX_NAME_TOKENS)):
        # session 65: as typed, accents kept ("Peder Ås Bil AS" was cut at "Ås", folded "as")
        word = tokens[index].casefold().strip(",;:.")
        if word in _LEGAL_FORMS and tokens[index][:1].isupper():
            between = tokens[1:index]
            if (
                all(
                    t.lstrip("(")[:1].isupper()
                    or t in _LINKS_IN_A_FORMED_NAME
                    # session 65: a number inside ("Uke 34 Reklame AS", "Vecka 52 Media AB" were
                    # a week's date and the customer "Reklame AS", or refused as ahead)
                    or (re.fullmatch(r"[0-9]{1,4}", t) and tokens[0][:1].isupper())
                    for t in between
                )
                and not any(t.endswith((",", ":", ";")) for t in tokens[:index])
            ):
                return index + 1 + _after_a_middle_form(tokens, index)
            return 0
    return 0


# Session 44. A company's people after its name, "the" before it ("met the Tesco team")
_THEIR_TEAM = {"team", "folks", "guys", "people", "lads", "crew", "gang", "teamet", "gjengen"}
_TEAMS_WORK = {
    "buying", "procurement", "purchasing", "finance", "exec", "executive", "leadership",
    "management", "ops", "operations", "category", "commercial", "project", "it", "facilities",
}  # fmt: skip


# Session 44. Legal forms a Swedish or Finnish name has inside it ("Fastighets AB Balder", "Oy
# Karl Fazer Ab", "Fazer Oy Ab"): the capitalised words after one are still the name's
_MIDDLE_FORMS = {"ab", "oy"}


def _after_a_middle_form(tokens: list[str], index: int) -> int:
    """How many capitalised words after the legal form at `index` are the name's own (0 unless
    it is one that stands inside names): never a word meant as something else, a place ("Skanska
    AB Malmö" is asked), or one after a comma."""
    from bot.services.capture.places import is_place

    if fold(tokens[index]).strip(",;:.") not in _MIDDLE_FORMS:
        return 0
    end = index + 1
    while (
        end < min(len(tokens), _MAX_NAME_TOKENS)
        and not tokens[end - 1].endswith((",", ":", ";", "."))
        and tokens[end][:1].isupper()
        and tokens[end].rstrip(",;:.").replace("-", "").isalpha()
        and (
            tokens[end].casefold().strip(",;:.") in _LEGAL_FORMS
            or not (
                _strong(tokens[end])
                # session 45: a month or a weekday ("Volvo Cars AB Nov 18 …" was "… AB Nov")
                or fold(tokens[end]).strip(",;:.") in MONTHS
                or fold(tokens[end]).strip(",;:.") in WEEKDAYS
                or is_place(tokens[end].rstrip(",;:."))
                # "Skanska AB Anna Berg": whom, asked as before
                or fold(tokens[end]).strip(",;:.") in _first_names()
            )
        )
    ):
        end += 1
    return end - index - 1


# The talk words that are also nouns of companies' names, capitalised after a capital
_POST_IN_NAMES = {"mail", "post", "posten"}


# Session 60. A Swedish co-operative's form, written small in one word or two ("Lantmännen ek.
# för.", "Riksbyggen ekonomisk förening", "HSB ek.för."), folded
_COOPERATIVES_FORMS = {("ekonomisk", "forening"), ("ek.for",)}  # (review: "ek. för." with its
# dots is read as a day's words; "ekonomiska föreningen" no form customer_key drops)


def _through_a_cooperatives_form(tokens: list[str]) -> int:
    """How many tokens a capitalised name runs to when a co-operative's form ends it (0: none)."""
    if not tokens or not tokens[0][:1].isupper():
        return 0
    words = [fold(token).strip(",;:").strip(".") for token in tokens]
    for index in range(1, min(len(tokens), _MAX_NAME_TOKENS)):
        if any(t.endswith((",", ":", ";")) for t in tokens[:index]):
            return 0
        for form in _COOPERATIVES_FORMS:
            if tuple(words[index : index + len(form)]) == form:
                between = tokens[1:index]
                if all(t[:1].isupper() or t in _LINKS_IN_A_FORMED_NAME for t in between):
                    return index + len(form)
                return 0
    return 0


_ARTICLES_AFTER_AN_AMPERSAND = {"the", "The", "det", "den", "de", "la", "le", "les", "der"}


def _name_end(tokens: list[str], kind: ActivityKind, *, amount_read: bool = False) -> int:
    """Where a new customer's name stops: before the first word (after the first) that looks
    meant as something, together with the little words and numbers leading into it
    ("Aker BP i uke 4x" stops before "i"). `amount_read`: the deal's amount was read off the
    end already."""
    suffixed = _through_legal_suffix(tokens) or _through_a_cooperatives_form(tokens)
    if suffixed:
        return suffixed  # "Tre Kroner ApS", "Fem Fastigheter AB": the name runs to its form
    for index in range(1, len(tokens)):
        if (
            tokens[index - 1] in ("&", "+")
            and tokens[index] in _ARTICLES_AFTER_AN_AMPERSAND
            and index + 1 < len(tokens)
            and tokens[index + 1][:1].isupper()
        ):
            continue  # session 69: "Joe & the Juice" (was a customer "Joe", "the Juice" asked)
        if _a_form_ending_a_small_name(tokens, index):
            return index + 1  # session 49: "tine sa, i tisdags" (was "sa" asked, before its stop)
        if index >= 2 and _a_form_ending_a_small_name(tokens, index - 1):
            # session 48: "hansen bygg as godt møte", "bygg ab bra möte": a name written small
            # ends at its legal form (were customers "hansen bygg as godt", "bygg ab bra")
            return index
        if tokens[index - 1].endswith((",", ":")):
            # "Equinor, Aker BP", "Acme, the big one", "Acme: Per Hansen": a name ends at its
            # comma or colon
            return index
        if _TIMES.fullmatch(tokens[index]):
            return index  # "Posten 2x", "Posten x2": how many times, asked, never the name
        if tokens[index].rstrip(",;:.!?") == "HQ":
            return index  # lead38: "Barclays HQ": where, never the name (as "hovedkontoret")
        if _A_TERM.fullmatch(tokens[index].casefold().rstrip(",;:.!?")):
            return index  # "Volvo 3-årsavtal 1,1 mkr": the deal's term, asked, never the name
        if kind in (ActivityKind.MEETING, ActivityKind.CALL) and _a_duration_at(tokens, index):
            return index  # "Volvo 15 min, ljummen": how long it took, the note, never the name
        if tokens[index] in _DASHES and index + 1 < len(tokens) and tokens[index + 1][:1].islower():
            # "Ericsson - ingen svar": what follows a dash in small letters is said about it
            # ("A.P. Møller - Mærsk" is a name)
            return index
        if _sentence_end(tokens[index - 1]):
            return index  # "Equinor. Bra møte": a sentence ends there ("St. Olav" goes on)
        if (
            tokens[index - 1].casefold() in ("co.", "&co.")
            and tokens[index][:1].isupper()
            and tokens[index].casefold().strip(",;:.!?") not in _LEGAL_FORMS_ONE_WORD
            and not fold(tokens[index]).strip(",;:.!?").startswith(_A_FIRMS_WORDS)
        ):
            return index  # session 57: "Tapte Berg & Co. Coor var billigere" (was "… Co. Coor")
        if _starts_saying(tokens, index):
            return index  # "Telenor hos dem", "Orkla v/ Per Hansen": asked, never the name
        if shrug_at(tokens, index):
            return index  # "Kiwi så som så", "Volvo så där": how it went, shown unread
        if _amount_before_words(tokens, index, kind):
            if amount_read and _a_names_number_before_its_verb(tokens, index, kind):
                return index + 1  # "Rema 1000 signert!! 1,2 mill": the name's own number
            # "Acme 25000 warm", "Acme 25 000 pga nytt budsjett": the amount, then words to ask
            # about; a number inside a name goes on with a capital ("Sparebank 1 SMN").
            start = index
            while start > 1 and tokens[start - 1].isdigit():
                start -= 1  # "25 000"
            return start + name_number_kept(tokens, start)
        if tokens[index].lstrip("(") == "via":
            return index  # "Acme via Google Meet": how they met, asked about
        if tokens[index][:1].islower() and _word(tokens[index]) in _REVISION_WORDS:
            return index  # "Equinor revidert tilbud", "Volvo ny version"
        if (
            _word(tokens[index]) in _POST_IN_NAMES
            and tokens[index][:1].isupper()
            and tokens[index - 1][:1].isupper()
        ):
            continue  # session 43: "Royal Mail", "Daily Mail", "Norsk Post": the name's own noun
        said = (
            _strong(tokens[index])
            or _word(tokens[index]) in _KIND_WORDS[kind]
            # session 65: a renewal said after a name ("ica Maxi Haninge förlängde avtalet, 1,2
            # mkr" was a customer so named): the name ends there, the renewal the win's note
            or (kind is ActivityKind.WIN and _word(tokens[index]) in _RENEWAL_VERBS)
        )
        if not said and not _follow_up_at(tokens, index):  # "Aker BP følg opp": no name
            if _small_after_capital(tokens, index):
                return index  # "Acme ingen svar", "Acme la igjen beskjed": said of it, asked
            continue
        start = index
        # a period typed on an amount ("90 000/år") is the amount's unit, as "kr" is
        unit = "kr" if tokens[index].startswith(GLUED) else _word(tokens[index])
        start -= _number_before(tokens[1:index], unit)
        while start > 1 and _weak(tokens[start - 1]):
            start -= 1  # "i uke 4x"
        return start + name_number_kept(tokens, start)
    end = len(tokens)
    while end > 1 and _weak(tokens[end - 1]):
        end -= 1  # "Aker BP veldig" (+ varm, read)
    return end


def _a_names_number_before_its_verb(tokens: list[str], index: int, kind: ActivityKind) -> bool:
    """Session 48. A number of three or four digits after a name's words and before nothing but
    the command's own words ("Rema 1000 signert!!", "Unit4 2000 signed", "Circle K 7000 tilbud
    sendt"), the amount read after them: the name's number (was a customer "Rema", "1000
    signert!!" asked). A count ("Orkla 2500 brukere 1,2 mill") is followed by its noun."""
    if not re.fullmatch(r"[1-9][0-9]{2,3}", tokens[index]) or re.fullmatch(
        r"(?:19|20)[0-9]{2}", tokens[index]
    ):
        return False  # (a year: "2027 signert" is when)
    after = [_word(token).strip(",;:.!?") for token in tokens[index + 1 :]]
    return bool(after) and all(word in _KIND_WORDS[kind] for word in after)


def name_number_kept(tokens: Sequence[str], at: int) -> int:
    """Session 20. 1 when tokens[at] is a new name's own number, else 0: a bare whole number of
    up to four digits right after the name's words ("Rema 1000", "Studio 54", "Unit4 2000")
    with an amount right after it that is whole without it ("kr 250 000", "250k", "250 000
    kr"). The one rule wherever a new name meets its amount: read from the right ("Rema 1000
    kr 250 000") the amount comes off the end and the number stays; read with words after the
    amount ("… pr år i 3 år", "… revidert tilbud", a loss's reason) it stayed too, never "1000
    kr" taken for the amount (`number_before_an_amount`; after a known name the number is
    asked, never the amount: "Kiwi 550 kr 250 000 pr år")."""
    return 1 if at > 0 and number_before_an_amount(tokens, at) else 0


_DURATION_COUNT = re.compile(r"[0-9]{1,3}(?:[.,][0-9])?")


def _a_duration_at(tokens: list[str], index: int) -> bool:
    """ "15 min", "20 minutter", "1,5 timer", "45min": a count and a unit of time."""
    token = tokens[index].rstrip(",;.!?")
    if DURATION_GLUED.fullmatch(token):
        return True
    return (
        index + 1 < len(tokens)
        and _DURATION_COUNT.fullmatch(token) is not None
        and _word(tokens[index + 1]).rstrip(",;.!?") in DURATION_UNITS
    )


_JOINING = {"&", "+", "og", "och", "and", "samt"}


def two_known(tokens: list[str], named: int, known: Collection[str]) -> None:
    """ "/logmeeting Aker BP & Equinor i dag" (both known): two customers, never one "Aker BP
    & Equinor" nor the second left over; refused with both ways out (each on its own, or the
    one name in quotes). A known name with "&" in it ("H&M", "Brandt & Vinther ApS") is read
    whole first and stays one."""
    if named == 0 or named + 1 >= len(tokens) or fold(tokens[named]) not in _JOINING:
        return
    second = _known_prefix(tokens[named + 1 :], known)
    if second:
        raise UserError(
            "one_or_two_customers",
            customer=clean_display_name(" ".join(tokens[: named + 1 + second])),
            first=clean_display_name(" ".join(tokens[:named])),
            second=clean_display_name(" ".join(tokens[named + 1 : named + 1 + second])),
        )


def another_customer(customer: str, unread: str | None, known: Collection[str]) -> None:
    """ "/logoffer Tine 85 000 og Orkla 120 000", "/logmeeting Tine i dag og Orkla i går" (Orkla
    known, or new after the first's own amount or day): a second customer among the words left
    unread, each with its own amount or day.
    Never saved as read on the first (Tine at Orkla's 120 000, or on Orkla's day): refused, each
    to be logged on its own."""
    if not unread:
        return
    words = unread.split()
    ours = customer_key(customer)
    for i in range(len(words)):
        size = _known_prefix([w.strip(",;:") for w in words[i:]], known)
        name = " ".join(words[i : i + size]).strip(",;:") if size else ""
        if size and _word(words[i])[:1].isalpha() and customer_key(name) != ours:
            raise UserError("two_customers", first=customer, second=clean_display_name(name))
    # "Tine 85 000 og Orkla 120 000", "Tine i dag og Orkla i går" (Orkla new): the first's own
    # amount or day, then a joining word and a name written with a capital
    for i in range(1, len(words)):
        before, name = words[i - 1], words[i].strip(",;:")
        joined = _word(before) in _AND_WORDS or before in ("&", "+") or before.endswith(",")
        own = any(
            any(ch.isdigit() for ch in w) or _word(w).rstrip(",") in DATE_WORDS
            for w in words[: i - 1] + ([before] if before.endswith(",") else [])
        )
        if (
            joined
            and own
            and name[:1].isupper()
            and name.isalpha()
            and _word(name) not in _WEAK
            and _word(name) not in WEEKDAYS
            and _word(name) not in MONTHS
            and not no_company(name)  # session 41: "m/ CFO + CTO", "RFP win" (was two)
            and not _a_temperature_after(words, i)
            and _word(name) not in _THEIR_PRONOUNS | _STILL_OR_A_LABEL
            and not _a_talk_compound(_word(name))
            and _word(name) not in _FOLLOW_UP_FIRST_WORDS
            # session 63: "…, 24 month contract, Sam came along": who came, no customer
            and not (i + 1 < len(words) and _word(words[i + 1]) in _CAME_ALONG)
        ):
            raise UserError("two_customers", first=customer, second=clean_display_name(name))


# A colleague's verb after a first name ("Sam came along", "Kari var med", "Jonas deltok")
_CAME_ALONG = {
    fold(w)
    for w in """came joined was tagged sat var kom fulgte følte följde fulgde deltok deltog
    deltager deltar satt sad holdt höll holdt presented presenterte presenterade
    præsenterede""".split()
}


# Session 55. A word opening a later sentence before the lead's temperature ("…, kr. 640.000.
# Still varm.", "Status: varm", "Fortfarande varmt."), or the person said as she or he ("Hon
# verkade varm"): no second customer (were refused as two customers)
_THEIR_PRONOUNS = {"hon", "han", "hun", "ho", "she", "he", "de", "dei", "dom", "they", "det", "it"}
# Pronouns, written small, alone where the customer would be (session 59)
_PRONOUNS = (
    _OBJECT_PRONOUNS | _THEIR_PRONOUNS | set("vi we jeg jag eg me meg mig mej us oss os".split())
)
_STILL_OR_A_LABEL = {
    "still", "fortfarande", "fortsatt", "fortsat", "stadig", "stadigvaek", "fremdeles",
    "framleis", "status", "lead", "leadet", "temp", "temperatur", "temperature", "kunden",
    "very", "veldig", "mycket", "meget", "ganske", "quite", "pretty", "now", "nu", "na", "also",
    "ogsa", "ocksa", "rather", "fairly", "really", "litt", "lite", "lidt", "ret", "ratt",
    "temmelig", "rigtig", "riktig",
}  # fmt: skip


_TALK_ENDS = tuple(sorted({w for w in TALK_NOUNS if len(w) >= 4 and "-" not in w}))


def _a_talk_compound(word: str) -> bool:
    """ "oppstartsmøte", "uppföljningsmöte", "kickoff-meeting", "Kickoff" (folded): a talk's
    noun, or a start's that is the next step."""
    return (
        word in TALK_NOUNS
        or word in _STARTS
        or (len(word) > 6 and word.replace("-", "").endswith(_TALK_ENDS))
    )


# (and "hörs", "hørs": "we'll talk", said alone before a week)
_FOLLOW_UP_FIRST_WORDS = frozenset(phrase[0] for phrase in follow_up.OURS) | {"hors", "hores"}
_STARTS = {
    "kickoff", "kick-off", "onboarding", "oppstart", "uppstart", "opstart", "oppstarten",
    "uppstarten", "opstarten", "implementering", "implementation", "leveranse", "leverans",
}  # fmt: skip


def _a_temperature_after(words: Sequence[str], i: int) -> bool:
    if i + 1 >= len(words):
        return False
    after = _word(words[i + 1]).strip(",;:.!")
    return after in TEMPERATURES or after in VAGUE_TEMPERATURES


def _a_customer_word(word: str) -> bool:
    """A word that may begin a second customer's name: written with a capital, letters only,
    no person's first name (a colleague along), weekday, month or weak word."""
    name, folded = word.strip(",;:.!"), _word(word.strip(",;:.!"))
    return (
        name[:1].isupper()
        and name.isalpha()
        and folded not in _first_names()
        and folded not in WEEKDAYS
        and folded not in MONTHS
        and folded not in _WEAK
        and folded not in TEMPERATURES
    )


def _its_own(words: Sequence[str], *, figures: bool = True) -> bool:
    """A day, a figure or a temperature among the words: a record's own (with `figures`
    false a figure only as a date: "12/8", never "50k")."""
    return any(
        (any(ch.isdigit() for ch in word) if figures else _date_shaped(word.strip(",;:.!")))
        or _word(word).strip(",;:.!") in DATE_WORDS
        or _word(word).strip(",;:.!") in TEMPERATURES
        for word in words
    )


_DAY_LEADS = {
    "i", "in", "on", "pa", "den", "the", "d.", "forra", "forrige", "sidste", "sist", "sista",
    "siste", "last",
}  # fmt: skip


def _begins_its_own(words: Sequence[str], today: date) -> bool:
    """The words begin with a day ("i fredags", "förra veckan", "Friday", "12/8") or a
    temperature: a second record's own, right after its name."""
    if not words:
        return False
    first = _word(words[0]).strip(",;:.!")
    if first in TEMPERATURES:
        return True
    if not (
        first in _DAY_LEADS
        or first in DATE_WORDS
        or first in WEEKDAYS
        or _date_shaped(words[0].strip(",;:.!"))
    ):
        return False  # "Bra møte i går": a sentence, no name with its day
    for size in range(min(3, len(words)), 0, -1):
        said = " ".join(words[:size]).rstrip(",;:.!")
        try:
            if said and parse_date(said, today=today, direction="past") is not None:
                return True
        except UserError:
            return False
    return False


def a_second_caught_up(customer: str, note: str | None, after: Sequence[str], today: date) -> None:
    """Catching up after the holidays, a second customer in the same command with its own day
    or temperature: after a dash, joined ("/logcall Posten i dag, varm – og DNB i fredags,
    kald": stored as Posten's note, DNB's call never counted), or after "+", "/", a full stop
    or a semicolon ("Ericsson idag, het + Boliden förra veckan, kall", "Tine i dag, varm. Kiwi
    i fredags, kald": read on the second's day and temperature). Refused, each to be logged on
    its own, as "Tine i dag og Orkla i går" is (session 25). `note`: the words typed after the
    dash; `after`: the words typed after the first customer."""
    words = note.split() if note else []
    if len(words) > 2 and (_word(words[0]) in _AND_WORDS or words[0] == "+"):
        name = list(itertools.takewhile(_a_customer_word, words[1:]))
        if name and _begins_its_own(words[1 + len(name) :], today):
            raise UserError(
                "two_customers", first=customer, second=clean_display_name(" ".join(name))
            )
    for i, word in enumerate(after):
        if word in ("+", "/"):
            before, start = after[:i], i + 1
        elif word[-1:] in (".", ";") and not _date_shaped(word.rstrip(".;")):
            before, start = after[: i + 1], i + 1  # "varm. Kiwi …", not "1.7. …"
        else:
            continue
        if not before or not _its_own(before, figures=False):
            continue
        name = list(itertools.takewhile(_a_customer_word, after[start:]))
        if len(name) == 1 and no_company(name[0]):
            continue  # "m/ CFO + CTO. hot.": a person's role (session 41; was two customers)
        if name and _word(name[0]).strip(",;:.!") in _THEIR_PRONOUNS | _STILL_OR_A_LABEL:
            continue  # session 55: "… kr. 640.000. Still varm.", "Status: varm", "Hon …"
        if name and (
            _a_talk_compound(_word(name[0]).strip(",;:.!"))
            or _word(name[0]).strip(",;:.!") in _FOLLOW_UP_FIRST_WORDS
        ):
            # session 55: "… 1 450 000. Oppstartsmøte tirsdag 8. desember", "…, kall. Hörs v 51",
            # "Ringer mandag": the next step, no second customer
            continue
        if name and _begins_its_own(after[start + len(name) :], today):
            raise UserError(
                "two_customers", first=customer, second=clean_display_name(" ".join(name))
            )


# Words that add a second customer after the first's own words ("og Kiwi", "også Kiwi", "+ Kiwi").
_ALSO = {"og", "and", "och", "samt", "ogsa", "ocksa", "also", "plus", "&", "+"}


def second_name(unread: str | None, after: Sequence[str], *, comma: bool = True) -> str | None:
    """The second customer's name when what is left unread is only a joining word and a name
    written with capitals ("og Kiwi", "and Boots", "Kiwi AS" typed after a comma or "&"),
    `after` being the words typed after the first customer; None otherwise. A person's first
    name ("og Kari": a colleague along), a weekday or a month is no customer."""
    if not unread:
        return None
    words = unread.split()
    joined = _word(words[0]) in _ALSO or words[0] in _ALSO
    name = [w.strip(",;:.!") for w in (words[1:] if joined else words)]
    if not name or len(name) > 4 or not name[0][:1].isupper() or not name[0].isalpha():
        return None
    if len(name) == 1 and no_company(name[0]):
        return None  # "…, CFO", "…, RFP win": no second customer (session 41)
    if not all(w[:1].isupper() or w.isdigit() or w in LEGAL_SUFFIXES or w == "&" for w in name[1:]):
        return None
    first = _word(name[0])
    if first in _first_names() or first in WEEKDAYS or first in MONTHS or first in _WEAK:
        return None
    if not joined and not comma:
        return None
    if not joined:
        # "Tine 85k, Kiwi", "Tine 85k & Kiwi": the comma or sign before it was typed
        at = next(
            (i for i in range(len(after) - 1, -1, -1) if after[i].strip(",;:.!") == name[0]), None
        )
        if not at or not (after[at - 1].endswith(",") or after[at - 1] in ("&", "+")):
            return None
    return clean_display_name(" ".join(name))


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    # imported here: the capture package imports this one
    from bot.services.capture.lexicon import FIRST_NAMES

    return frozenset(fold(w.strip()) for w in FIRST_NAMES.split("|") if w.strip())


def a_second_name_alone(
    customer: str, unread: str | None, after: Sequence[str], kind: ActivityKind, *, named: bool
) -> None:
    """ "/logoffer Tine 85k og Kiwi", "/logwin Tine 85k, Kiwi", "/logmeeting Tine i dag og Kiwi":
    a second customer with nothing of its own after the first's amount or day. "Save as read"
    stored one offer on Tine with "og Kiwi" as its note (Kiwi's offer never counted). Refused,
    each to be logged on its own; a known customer right before "og Kiwi" ("Tine og Kiwi") is
    one customer or two, asked with both ways out, as a new name is."""
    money = kind in (ActivityKind.OFFER, ActivityKind.WIN)
    second = second_name(unread, after, comma=money)
    if second is None:
        return
    direct = bool(after) and (_word(after[0]) in _ALSO or after[0] in _ALSO)
    if named and direct:
        raise UserError(
            "one_or_two_customers",
            customer=clean_display_name(f"{customer} {after[0]} {second}"),
            first=customer,
            second=second,
        )
    raise UserError("two_customers", first=customer, second=second)


def _small_after_capital(tokens: list[str], index: int) -> bool:
    """A word written small after a new name written with capitals ("Acme ingen svar"): said
    about the customer, not the rest of its name ("Statens vegvesen", "Universitetet i Oslo",
    "Rema 1000", "Acme as" and "Bank of America" go on)."""
    if not all(
        t[:1].isupper() or t[:1].isdigit() or t in ("&", "og", "and", "och") for t in tokens[:index]
    ):
        return False
    if not tokens[0][:1].isupper():
        return False
    token = tokens[index]
    word = _word(token)
    if not (token[:1].isalpha() and token[:1].islower()) or not word.isalpha():
        return False
    typed = token.casefold().strip(",;:.!?")
    if _a_name_tail(word) or any(typed == s.casefold().strip(".") for s in LEGAL_SUFFIXES):
        return False  # "Acme as" goes on; "Kiwi så" does not (a word, never "SA" unfolded)
    if index == 1 and _a_town_s_company(tokens[0], token):
        return False  # "Drammen bygg", "Aarhus vand": a company named after its town (readers25)
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    joins = word in _NAME_PARTICLES | _AND_WORDS | {"de", "la", "von", "van", "der", "du"}
    return not (joins and after[:1].isupper())


def _a_town_s_company(town: str, word: str) -> bool:
    """The channel messages' rule (capture.places), imported here as FIRST_NAMES is: the
    capture package imports this one."""
    from bot.services.capture.places import names_a_company

    return names_a_company(town, word)


_DASHES = DASH_WORDS
_TIMES = re.compile(r"(?:\d{1,2}\s?[x×]|[x×]\s?\d{1,2})[.,!]?", re.IGNORECASE)


def _sentence_end(token: str) -> bool:
    """A word that ends a sentence: a full stop, "!" or "?" after a word longer than an
    abbreviation ("Equinor.", not "St.", "Dr.", "Co.", "A.S.")."""
    if not token.endswith((".", "!", "?")):
        return False
    word = token.rstrip(".!?")
    if token.endswith(("!", "?")) and word.isalpha():
        return True  # "Vann ICA!! 800 tkr": no abbreviation ends so
    return (
        len(word) > 3
        and "." not in word
        and word.isalpha()
        and word.casefold() not in _FOUNDERS_SHORT  # "Wilh. Wilhelmsen": the name's own dot
    )


# customers.FOUNDERS_SHORT, as the message reader keeps them: "Wilh. Wilhelmsen", "Chr. Hansen"
_FOUNDERS_SHORT = {short.casefold() for short in FOUNDERS_SHORT}


def _amount_before_words(tokens: list[str], index: int, kind: ActivityKind) -> bool:
    """An offer's or win's amount at `index` with lower-case words after it."""
    if kind not in (ActivityKind.OFFER, ActivityKind.WIN) or index + 1 >= len(tokens):
        return False
    after = tokens[index + 1]
    return _amount_like(tokens[index]) and after[:1].isalpha() and after[:1].islower()


def _without_trailing_date(tokens: list[str], cut: int, today: date) -> int:
    """A date left at the end of a new name ("… 18 Nov" after another date was read) is not
    part of it."""
    while cut > 1:
        if _ignorable(tokens[cut - 1]):
            cut -= 1  # "… 18 Nov ,-"
            continue
        if (tokens[cut - 1][-1:] in ",;" and tokens[cut - 1][:-1] in SHORT_DAYS_AFTER_A_NAME) or (
            tokens[cut - 1] in SHORT_DAYS_AFTER_A_NAME
            and cut < len(tokens)
            and tokens[cut] in _DASHES
        ):
            return cut - 1  # session 51: "kiwi man, snakket …": Monday (options read it)
        try:
            found = match_date_suffix(tokens[:cut], today=today, direction="past", keep_at_least=1)
        except UserError:
            found = None
        if found is None:
            return cut
        cut -= found[1]
    return cut


def _number_before(tokens: list[str], unit: str) -> int:
    """How many numbers just before `unit` belong to it: one before a counted word ("2 dgr
    siden"), a grouped number before an amount word ("250 000 kr"), none otherwise."""
    run = 0
    while run < len(tokens) and _word(tokens[-run - 1]).isdigit():
        run += 1
    if run == 0 or (unit not in _COUNTED and unit not in _AMOUNT_WORDS):
        return 0
    if unit in _COUNTED:
        return 1
    for size in range(run, 0, -1):  # "Rema 1000 250 000 kr": 250 000
        group = [_word(token) for token in tokens[len(tokens) - size :]]
        if size == 1 or (len(group[0]) <= 3 and all(len(g) == 3 for g in group[1:])):
            return size
    return 0


def _shown_name(tokens: list[str], kind: ActivityKind) -> str:
    """The new name at the start of `tokens`, as a question shows it ("Nammo" of "Nammo i går")."""
    return clean_display_name(" ".join(tokens[: _name_end(tokens, kind)])) or " ".join(tokens)


def _take_leading_date(
    tokens: list[str], today: date, known: Collection[str], kind: ActivityKind
) -> tuple[date | None, list[str]]:
    """A date before the customer: "i går Aker BP", "2026-11-10: Acme", "tirsdag Statnett",
    then what only repeats the command ("I går møte med Statnett", "Tirsdag - Statnett"). A
    lone weekday first is the day only where it cannot be a name's first word (see
    `_day_first`): "Fredag Bygg i går" is a name, "Tirsdag Statnett" a question."""
    for size in range(min(len(tokens) - 1, 8), 0, -1):
        head = tokens[:size]
        try:
            found = whole_date(head, today=today, direction="past")
        except UserError:
            continue  # "31.02. Acme": not a date at the start
        if found is None:
            continue
        if size == 1 and _weekday_alone(head[0]) and not _day_first(tokens, today, known, kind):
            continue
        rest = tokens[size:]
        if rest and rest[0].rstrip(",;:").casefold() in _LEGAL_FORMS_TYPED:
            continue  # "Boxing Day Ltd on Boxing Day": the day's words are a name's
        if head[0][:1].isupper() and _through_legal_suffix(tokens) > size:
            continue  # "Syttende Mai Catering AS i går": a capitalised name its form ends
        if (
            any(word[:1].isupper() for word in head)
            and _through_legal_suffix(tokens) > size
            and _dated_later(tokens[_through_legal_suffix(tokens) :], today)
        ):
            # "17 Mai Catering AS i går, het" (session 23; was refused as a meeting on 17 May,
            # ahead): a day with a capital, then a name its form ends, then the day it was
            continue
        while len(rest) > 1 and rest[0] in _SEPARATORS:
            rest = rest[1:]  # "Tirsdag - Statnett"
        if not _known_prefix(rest, known):
            rest = _without_kind_words(rest, kind)  # "I går møte med Statnett"
        return found, rest
    return None, tokens


# As typed, case folded only ('Ltd.' and 'Ltd' both): a name's own form after a day's words.
_LEGAL_FORMS_TYPED = {suffix.casefold() for suffix in LEGAL_SUFFIXES}


# Session 21. Short forms that are a weekday and no word besides ("Thurs", "Tues", "Weds",
# "tors"): first, before a new name, the day ("Thurs Greggs"; "Fri", "Mon", "Sun", "Wed" are
# words, and stay asked: "Man. United").
_ONLY_A_WEEKDAY = {"tue", "tues", "weds", "thu", "thur", "thurs", "tirs", "tors"}


def _weekday_alone(token: str) -> bool:
    """ "Tirsdag", "fredag:", "Mon", "Man.": a weekday with nothing before or after it that
    dates it."""
    word = _word(token)
    return word.rstrip(".") in WEEKDAYS or (
        token.rstrip(",;:").endswith(".") and word.rstrip(".") in SHORT_WEEKDAYS
    )


def _day_first(tokens: list[str], today: date, known: Collection[str], kind: ActivityKind) -> bool:
    """Is a lone weekday at the start the activity's day, not the first word of a new name?
    The day where a known customer follows ("Tirsdag Equinor"), or where it is written small
    before a capital ("tirsdag Statnett", "fredag Fredag Bygg"): people write a day so at the
    start and a name so nowhere. Part of the name where the text gives a date elsewhere
    ("Fredag Bygg i går", "Søndag Bygg AS igår"), or a legal form follows ("Torsdag AS"). Else
    ("Tirsdag Statnett", "Fredag Bygg", "fredag bygg"): a day or a name? Asked
    (UserError "day_or_name"), never guessed."""
    day, rest = tokens[0], tokens[1:]
    if _known_prefix(rest, known):
        return True
    if _word(day).rstrip(".") in _ONLY_A_WEEKDAY:
        return True  # "Thurs Greggs, lukewarm": a weekday's short form, no word of a name
    after = rest[0]
    if day[:1].islower() and after[:1].isupper():
        return True
    if after.rstrip(",;:") in LEGAL_SUFFIXES or _dated_later(rest, today):
        return False
    if (
        after[:1].isupper()
        and (
            any(
                token.rstrip(",;:") in LEGAL_SUFFIXES and token[:1].isupper()
                for token in rest[1 : 2 if _word(day).rstrip(".") in ENGLISH_DAYS else 3]
            )
            # session 63: "lost Sunday Roast Co Ltd – went quiet" (was asked): "Co" the form's
            or (
                rest[1:2] in (["Co"], ["Co."])
                and rest[2:3]
                and rest[2].rstrip(",;:") in LEGAL_SUFFIXES
            )
        )
    ):
        # heldcmd34: "/logwin Fredag Film AS 85 000 kr/mnd i 3 år", "Friday Labs Ltd £2,400 pcm":
        # capitalised words ending in a legal form after the weekday, a new name (was asked,
        # day_or_name, where no date followed), as "Fredag Film AS i går" was; session 61: after an
        # English day's word one word before the form only ("Monday Kestrel Analytics LLP" is
        # asked: a day before a name of two words as likely; "Mandag Morgen Medier A/S" a name)
        return False
    if not after[:1].isalpha() or day.rstrip(",;:") != day:
        return True  # "Tirsdag: Statnett", "Fredag 14-15 Acme": the day, said so
    if (day[:1].isupper() and after[:1].islower()) or _without_kind_words(rest, kind) != rest:
        return True  # "Tirsdag møte med Statnett", "mandag ringte Equinor": a sentence
    name = clean_display_name(" ".join([day, *rest[: _name_end(rest, ActivityKind.MEETING)]]))
    raise UserError(
        "day_or_name",
        day=day,
        customer=clean_display_name(" ".join(rest[: _name_end(rest, ActivityKind.MEETING)])),
        name=name,
    )


def _dated_later(tokens: Sequence[str], today: date) -> bool:
    """Some words after the first read, or are meant, as a date ("Bygg AS igår", "Bygg 18.11",
    "Bygg uke 4x"); a capitalised weekday or month is a name's word ("Bygg Mai")."""
    for token in tokens:
        word = _word(token).rstrip(".")
        if token[:1].isupper() and (word in WEEKDAYS or word in MONTHS):
            continue
        if word in DATE_WORDS or word in _DATE_TYPOS or word in _VAGUE_WHEN:
            return True
        if _date_shaped(token) or WEEK_NUMBER.fullmatch(word):
            return True
    for start in range(len(tokens)):
        for stop in range(min(len(tokens), start + 6), start, -1):
            span = tokens[start:stop]
            try:
                found = whole_date(span, today=today, direction="past")
            except UserError:
                return True  # "Bygg 31.02.": meant as a date, said so later
            if found is not None:
                return True
    return False
