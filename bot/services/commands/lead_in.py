"""Session 58. A sentence's opening words that only tell the command again before the customer,
who comes after a little word of where or with whom: "hadde et skikkelig bra møte med Mandag
Morgen AS i dag", "fikk endelig tak i Hansen & Sønn AS på telefon", "la inn tilbud til Møre
Trafikk AS", "äntligen klart med Göteborgs Stad", "tyvärr blev det nej från Electrolux AB", "var
ute hos Peab Sverige AB", "så kom underskriften fra Søstrene Grene", "Got through to Dunelm
Group", "Finally got the PO from Halfords", "bad news from Pets at Home".

The parser reads names from the front, so it took those words for the customer ("hadde et
skikkelig bra", "la inn", "blev") or refused the command as naming none. `lead_ins` finds such
an opening: a few words (no figure, no day, no temperature, none written with a capital but the
first, at least one of them a word that tells a meeting, call, offer, win or loss, or how it came
about), a link ("med", "til", "hos", "fra", "with", "to", "from" …), then a name that is no
person's first name alone; "i", "på" and "at" name places as often, so after them the name must
carry its legal form. The parser reads the text from the name on, and keeps that reading only
where the whole one went wrong (commands/__init__.py decides)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from bot.domain import ActivityKind
from bot.services.commands.words import (
    _CHAT_WORDS,
    _KIND_WORDS,
    _LEADING_FILLERS,
    _OFFER_NOUNS,
    LOST_SAID,
    TALK_NOUNS,
    TEMPERATURES,
    WON_SAID,
    _is_symbol,
    _temperature_emoji,
    _word,
)
from bot.services.customers import LEGAL_SUFFIXES, customer_key
from bot.services.dates import DATE_WORDS, MONTHS, WEEKDAYS, fold

_MAX_LEAD = 8
_LINKS = {
    "med",
    "m/",
    "with",
    "w/",
    "til",
    "till",
    "to",
    "hos",
    "hja",
    "fra",
    "fran",
    "from",
    "af",
    "av",
}
_TO = {"til", "till", "to"}
_FROM = {"fra", "fran", "from"}
# A win's own verbs (folded): "from" after them names whom it was won from
_WON_FROM = {
    fold(w)
    for w in """won win vant vann vandt vunnet vundet vunnit took tok tog back tilbake
    tillbaka tilbage over""".split()
}
_PLACE_LINKS = {"i", "pa", "at"}  # the name after them must carry its legal form
# Words that tell the work, or how it came about, besides the command's own (folded)
_TELLING = {
    fold(w)
    for w in """was were ute ude out inne inde innom innom kom came come nej nei no yes ja
    news nyheter nyheder nyheten bad darlige darlig darligt tak hold touch through la lagt lade
    lagde lagt underskriften signaturen underskrift signature po po:en ordren ordern klart klar
    blev ble blei vart tyvarr dessverre desvaerre unfortunately sadly sa endelig finally
    omsider endeligen antligen fick fikk fik got had hadde hade havde heard horte hort horde
    back svar svaret answer reply word mail mailen email""".split()
}
_VOCABULARY = frozenset(
    _TELLING
    | _LEADING_FILLERS
    | _CHAT_WORDS
    | _OFFER_NOUNS
    | {word for words in _KIND_WORDS.values() for word in words}
)
_LEGAL = {fold(s).strip(".") for s in LEGAL_SUFFIXES}
_A_FIGURE = re.compile(r"[0-9]")


@dataclass(frozen=True)
class LeadIn:
    words: list[str]  # the opening words, as typed
    rest: str  # the text from the customer's name on
    name: str  # the name's first word, as typed
    link: str  # the little word before it, folded ("med", "af")


def lead_ins(
    text: str,
    known: Collection[str],
    first_names: Collection[str],
    *,
    loss: bool = False,
    win: bool = False,
) -> Iterator[LeadIn]:
    """The readings of opening words before the customer and the text from its name on, the
    nearest link first: a link whose name is none goes on to the next ("fikk endelig tak på
    innkjøpssjefen i Aker Solutions ASA", session 59). After a loss "to" names whom it went to
    ("lost to Capita", "tapte til Tietoevry"): no customer."""
    tokens = text.split()
    links = _LINKS - _TO if loss else _LINKS
    for at in range(1, min(len(tokens) - 1, _MAX_LEAD + 1)):
        link = _word(tokens[at])
        if link == "of" and _word(tokens[at - 1]) == "hold":
            link = "at"  # "got hold of Wendover Kitchens & Bathrooms Ltd": a legal form after it
        if link not in links and link not in _PLACE_LINKS:
            if link in _TO:
                return None
            continue
        lead, after = tokens[:at], tokens[at + 1 :]
        if win and link in _FROM and any(_word(w) in _WON_FROM for w in lead):
            return  # review: "won it back from Capita", "vant kunden fra Visma": the rival
        if not _only_telling(lead, known):
            return
        if _a_company_named(after, known, first_names, link in _PLACE_LINKS):
            rest = text[text.index(tokens[at + 1], len(" ".join(tokens[: at + 1]))) :]
            yield LeadIn(lead, rest, after[0], link)


def _only_telling(lead: list[str], known: Collection[str]) -> bool:
    words = [_word(token.strip(",!")) for token in lead]
    if any(_A_FIGURE.search(token) for token in lead) or not all(words):
        return False
    capitals = [w for token, w in zip(lead[1:], words[1:], strict=True) if token[:1].isupper()]
    if any(w not in _VOCABULARY for w in capitals):
        return False  # a capital inside: a name's words, perhaps (never "the PO", "DEAL")
    if any(w in DATE_WORDS or w in WEEKDAYS or w in MONTHS or w in TEMPERATURES for w in words):
        return False  # a day or a temperature said first is read where it stands
    if lead[0][:1].isupper() and words[0] not in _VOCABULARY:
        return False  # "Kiwi til Oslo-kontoret": a name first
    if customer_key(" ".join(lead)) in known:
        return False
    return any(word in _VOCABULARY for word in words)


def _a_company_named(
    after: list[str], known: Collection[str], first_names: Collection[str], place: bool
) -> bool:
    head = after[:5]
    legal = next(
        (i for i, token in enumerate(head) if fold(token.strip(",.!;:")).strip(".") in _LEGAL),
        None,
    )
    if any(customer_key(" ".join(after[:n])) in known for n in range(1, 5)):
        return True
    first = after[0]
    if place:
        # "i Aker Solutions ASA", never "på innkjøpssjefen i …" (session 59: a later link)
        return legal is not None and legal > 0 and (first[:1].isupper() or first[:1].isdigit())
    if not (first[:1].isupper() or first[:1].isdigit()):
        return legal is not None and legal > 0  # "velux a/s": small, with its legal form
    folded = _word(first)
    if folded in DATE_WORDS or folded in WEEKDAYS or folded in MONTHS or folded in TEMPERATURES:
        return legal is not None  # "Mandag Morgen AS", never "med fredag"
    if folded in first_names and (len(after) < 2 or not after[1][:1].isupper()):
        return legal is not None  # "med Per i går": a person
    return True


# A heading before a colon that only tells the command again and its day ("i går: 95.000,- fra
# Kvik ApS", "Tilbud sendt i går: Vaskeriet AS, 450' ex mva", "Update: met Tesco"): the text after
# it read, the day said after it (was a customer "95.000,- fra Kvik ApS", or refused)
_HEADING = re.compile(r"^\s*(?P<head>[^:\n]{1,40}?)\s*:\s+(?P<rest>\S.*)$", re.DOTALL)
_INTO_A_DAY = {"i", "pa", "in", "on", "last", "forrige", "forra", "sidste", "sist"}
_HEADING_WORDS = {fold(w) for w in "update oppdatering uppdatering opdatering status fyi".split()}


def a_heading_first(text: str) -> str | None:
    """The text with its heading's day said after the rest (the heading's other words only
    tell the command again), or None when there is no such heading."""
    said = _HEADING.match(text)
    if said is None:
        return None
    day: list[str] = []
    tokens = said["head"].split()
    for at, token in enumerate(tokens):
        word = _word(token)
        if (
            word in DATE_WORDS
            or word in WEEKDAYS
            or re.fullmatch(r"[0-9]{1,2}[./][0-9]{1,2}\.?", token)
        ):
            day.append(token)
        elif word in _INTO_A_DAY and at + 1 < len(tokens) and _word(tokens[at + 1]) in DATE_WORDS:
            day.append(token)  # "i går", "last week"
        elif word not in _VOCABULARY and word not in _HEADING_WORDS:
            return None
    rest = said["rest"].rstrip()
    if not day:
        return rest
    # (session 59: after the first clause, where a day said so belongs: "Innan jul: Bonnier
    # News, valde en annan leverantör" reads as "Bonnier News Innan jul, valde …": asked as a
    # span, never its last day)
    first, comma, after = rest.partition(", ")
    return f"{first} {' '.join(day)}, {after}" if comma else f"{rest}, {' '.join(day)}"


# Session 59. A cheer's own words ("YES", "Jippi", "Endelig", "Boom") and a greeting's ("Happy new
# year", "God morgen", "Hei"): one list, for the cheer first and for a name's own word
_CHEERS = (
    r"ja+|je+s+|ye+s+|ye+ah|ya+y+|jippi+e?|hurra+y?|hooray|boom|wo+hoo+|wa+hoo+|wow|omg|endelig|"
    r"endeligt|äntligen|antligen|finally|yippee+|who+p|bingo|score|ka-?ching|get\s+in|"
    # session 60: the Danish and Swedish cheers ("Jubii vundet Novo Nordisk A/S 1,1 mio")
    r"jubi+|juhu+|got\s+it"
)
# Of them, the words that are nothing but a cheer ("Boom", "Score", "Bingo" open names too)
_ONLY_CHEERS = (
    r"je+s+|ye+s+|ya+y+|jippi+e?|hurra+y?|hooray|wo+hoo+|wa+hoo+|yippee+|endelig|endeligt|"
    r"äntligen|antligen|finally|get\s+in|jubi+|juhu+"
    r"|jaa+"  # session 64: "JAAA vundet Esbjerg Offshore Service K/S …" (was a customer "JAAA")
)
# (review: with no mark, "Yes Bank", "Jess Hansen Design" are names: only these are taken for
# no name's first word; "yes", "jess" before a name only where the rest is known)
_NEVER_A_NAMES = re.compile(
    r"(?i)ya+y+|jippi+e?|hurra+|hooray|wo+hoo+|wa+hoo+|yippee+|get\s+in|endelig|endeligt|"
    r"äntligen|antligen|finally|jubi+|juhu+|jaa+"  # (session 64: "JAAA vundet …")
)
# The outcome's verb after a cheer written without its mark ("YES vundet Arla Foods amba")
_OUTCOME_SAID = rf"{WON_SAID}|landed|landet|closed|lukket|stengt|got"
_GREETINGS = (
    r"happy\s+new\s+year|happy\s+(?:mon|tues|wednes|thurs|fri)day|god\s+jul|god\s+helg|"
    r"godt\s+nytt\s+år|godt\s+nytt|godt\s+nyt\s+år|godt\s+nytår|gott\s+nytt\s+år|merry\s+christmas|"
    r"glædelig\s+jul|god\s+morgen|godmorgen|god\s+morgon|godmorgon|good\s+morning|morning|hei|hej|"
    r"hi|hello|hey"
)
# Session 58. A cheer opening the command ("YES!! 🎉 vant …", "Boom! signed …"), and a temperature
# said before all else ("kald 🥶 møte m/ coop norge", "varm, Jysk, 8/12"): commands/__init__.py reads
# the rest again
A_CHEER_FIRST = re.compile(
    r"^\s*(?P<cheer>(?:[^\W\d_]+!+\s*){1,2}"
    # session 59: a cheer's word with its emoji and no mark ("JAAA 🎉 Vinmonopolet signert!")
    rf"|(?i:{_CHEERS})\s+(?=[^\w\s])"
    # session 60: a cheer's own word and nothing between it and the capital of a name ("Yay
    # Tesco 40k", "Hurra Tine 300k" were new customers "Yay Tesco", "Hurra Tine")
    rf"|(?i:{_ONLY_CHEERS})\s+(?=[A-ZÆØÅÄÖÉÜ]|(?i:{_OUTCOME_SAID})\b)"
    # a greeting first ("Happy new year all! Met …", "Godt nytt år! …", "Morning all, …")
    rf"|(?i:(?:{_GREETINGS}|{_CHEERS}|gutted|bummer)"
    r"(?:\s+(?:all|alle|alla|everyone|folkens|team|gang|allihop|allesammen|igjen|igen))?"
    r"[!.,]+\s+))"
    # (session 61: or an amount, "Yes!! £40k from Tesco", "Got it!! £950,000 from Unilever")
    r"(?:[^\w\s]+\s*|:[a-z0-9_+-]+:\s*)*(?P<rest>(?:[^\W\d_]|[£€$]\s?\d).*)$",
    re.DOTALL,
)
_AFTER_A_TEMPERATURE = {"one", "lead", "emne", "kunde", "kund", "-", "–", "—"}


def a_temperature_first(text: str) -> tuple[str, str] | None:
    """Session 58. A temperature's word opening the text, with its emoji or a mark after it, or
    before the talk's noun ("Kald Bryg ApS", "hot wheels" are names): (the word, the rest)."""
    tokens = text.split()
    if len(tokens) < 2 or _word(tokens[0].rstrip(",;:!.")) not in TEMPERATURES:
        return None
    at, marked = 1, tokens[0][-1:] in ",;:!."
    while at < len(tokens) and (
        _temperature_emoji(tokens[at].rstrip(",;:!."))
        or _word(tokens[at]) in _AFTER_A_TEMPERATURE
        # session 65: any emoji marks it ("varm 👍 Volvo Cars igår" was refused, "varm" the name)
        or _is_symbol(tokens[at].rstrip(",;:!."))
    ):
        marked, at = True, at + 1
    if at >= len(tokens) or (
        # with no mark, only before the talk's noun ("kaldt møte hos …"; "hot wheels" a name)
        not marked and not any(_word(tokens[at]) in words for words in _KIND_WORDS.values())
    ):
        return None
    return tokens[0].rstrip(",;:!."), " ".join(tokens[at:])


# Session 59. A call tried, said first ("tried Serco Group plc twice, no answer", "Prøvde Tine i
# dag", "prøvde å ringe Tine", "försökte nå Mölnlycke i morse", "forsøgte at ringe til Vestas",
# "tried calling Greggs"): the words before the customer (was a customer "tried Serco Group plc",
# "Prøvde Tine", "prøvde"). The attempt is what the seller did: it stays the call's note.
_ATTEMPT = re.compile(
    r"""^\s*(?P<words>
      # a message left first ("left a VM for Sainsburys", "la igjen beskjed til Tine",
      # "lämnade ett meddelande till Ica", "lagde en besked hos Netto")
      (?:left|leaving|la|lagt|lagde|lämnade|lamnade|lämnat)\s+(?:igjen\s+|igen\s+|kvar\s+)?
        (?:(?:a|en|ett|et)\s+)?(?:vm|voicemail|voice\s+mail|message|msg|beskjed|besked|meddelande
        |talemelding|røstbesked|röstmeddelande|sms)\s+(?:for|with|to|til|till|hos|på|pa|at|on)
      |
      (?:tried|prøvde|prøvd|prøvet|prøvede|provde|provede|forsøkte|forsøgte|forsokte
        |forsogte|försökte|försökt|provade|prövade
        # session 61: Swedish "söka" someone is to try to reach them ("Sökte Swedbank, inget svar")
        |sökte|sökt|sokte|sokt)
      (?:\s+(?:igjen|igen|again))?
      (?:\s+(?:å|a|att|at|to))?
      (?:\s+(?:ringe|ringa|ring|ringing|call|calling|phone|phoning|reach|reaching|nå|na
        |getting\s+hold\s+of|getting\s+through\s+to|få\s+tag\s+på|fa\s+tag\s+pa|få\s+tak\s+i
        |fa\s+tak\s+i|få\s+fat\s+i|fange|fånga|get\s+hold\s+of|get\s+through\s+to
        |kontakte|kontakta|contact))?
      (?:\s+(?:igjen|igen|again))?
      (?:\s+(?:til|till|to|på|pa))?
    )\s+(?P<rest>\S.*)$""",
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)


def an_attempt_first(text: str) -> tuple[str, str] | None:
    """A call tried, said before the customer: (the attempt's words, the text from the name on)."""
    said = _ATTEMPT.match(text)
    if said is None:
        return None
    words = said["words"].split()
    while len(words) > 1 and fold(words[-1]) in {
        "til", "till", "to", "pa", "for", "with", "hos", "at", "on"
    }:  # fmt: skip
        words.pop()  # the note says what was tried: "forsøgte at ringe", never "… til"
    return " ".join(words), said["rest"]


# Session 59. A call, then a meeting's or an offer's noun and a day ("ringte til hansen rør as,
# varm, demo uke 2", "Tine, møte 18/12"; on a meeting an offer's, "Ica het 🔥 offert på fredag"):
# the talk was today, the other its next step (was refused as a talk ahead, or dated the weekday
# gone). Read as if "i dag" were said before the noun.
_MEETING_NOUNS = {
    word
    for word in TALK_NOUNS
    if word not in _KIND_WORDS[ActivityKind.CALL]
    and word not in _CHAT_WORDS
    and not word.startswith(("tlf", "telefon"))  # a meeting on the phone is a call
} | {fold(w) for w in "demoen mötet mødet visning".split()}


def _another_kinds_nouns(call: bool) -> frozenset[str]:
    """What a call plans (a meeting, an offer) or a meeting does (an offer)."""
    return frozenset(_OFFER_NOUNS) | (frozenset(_MEETING_NOUNS) if call else frozenset())


def another_kinds_noun(said: str, *, call: bool) -> bool:
    """Whether `said` is alone another kind's noun than the command's ("møte", "demo" on a call;
    "offert", "tilbud" on a call or a meeting)."""
    return " " not in said.strip() and _word(said.strip(",;:.!")) in _another_kinds_nouns(call)


def today_before_another_kinds_noun(text: str, *, call: bool) -> str | None:
    """The text with today said before the first noun of another kind after the customer (a
    meeting's or an offer's on a call, an offer's on a meeting), or None."""
    nouns = _another_kinds_nouns(call)
    tokens = text.split()
    for at in range(1, len(tokens) - 1):
        if _word(tokens[at]) in nouns and _word(tokens[at - 1]) not in _LINKS:
            head = " ".join(tokens[:at]).rstrip(",;")
            return f"{head}, i dag, {' '.join(tokens[at:])}"
    return None


# Session 59 (review). Before a name with its legal form only a cheer's or a greeting's own word
# is a cheer ("Yahoo! Norge AS" is a name)
_A_CHEERS_WORD = re.compile(
    rf"(?i)^(?:{_CHEERS}|get|happy|god|godt|gott|good|godmorgen|godmorgon|morning|hei|hej|hi|hello|"
    r"hey)$"
)


def a_cheers_word(word: str) -> bool:
    """ "YES", "Jippi", "hurra", "Endelig": a cheer's own word (its mark off)."""
    return _A_CHEERS_WORD.match(word) is not None or _NEVER_A_NAMES.fullmatch(word) is not None


def cheered_before(
    cheer: str, customer: str | None, known: Collection[str] = (), *, after: str = ""
) -> bool:
    """Whether the whole reading's customer (None: refused) begins with the cheer said first,
    and is no name with its own word so ("Yahoo! Norge AS"). `known`: the customers' keys;
    `after`: the text after the cheer (an emoji marks it as its mark would: "JAAA 🎉 …")."""
    word = cheer.strip().rstrip("!.,").strip().split()[0]
    if customer is None:
        return True
    if not customer.casefold().startswith(word.casefold()):
        return False
    legal = fold(customer.split()[-1]).strip(".") in _LEGAL
    marked = any(not ch.isalnum() and not ch.isspace() for ch in cheer + after.strip()[:1])
    if not marked and (legal or not _NEVER_A_NAMES.fullmatch(cheer.strip())):
        # session 60: no mark after it: "Endelig Bygg AS", "Yes Bank" may be the whole name,
        # unless the rest is a customer of the team's ("Endelig Tine SA 300k", Tine SA known)
        return customer_key(customer[len(cheer.strip()) :]) in known
    # (session 61: a marked outcome's word, "Klart! Ostgota Varmeteknik AB", "Signert! Tine SA",
    # was a customer "Klart! Ostgota Varmeteknik AB", stored; "Yahoo! Norge AS" stays a name)
    return (
        not legal
        or _A_CHEERS_WORD.match(word) is not None
        or _A_MARKED_OUTCOME.fullmatch(word) is not None
    )


_A_MARKED_OUTCOME = re.compile(
    rf"(?i)(?:{WON_SAID}|{LOST_SAID}|klart|klar|done|deal|avtale|affär|affären|ordre|order)"
)
