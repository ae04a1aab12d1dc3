"""Parse the text of /logmeeting, /logcall, /logoffer, /logwin and /loglost.

    /logmeeting <customer> [date] [cold|warm|hot] [next <what> <date>] [-- note]   (/logcall alike)
    /logoffer   <customer> <amount> [date] [-- note]
    /logwin     <customer> [amount] [date] [margin NN%] [-- note]
    /loglost    <customer> [date] [reason]

The parser never guesses a customer:
- Options are read from the right end, so any customer name works as long as it does not end in
  something that looks like an option: "Fredag Bygg", "Varme Hender AS" and "Next Generation"
  stay names. A date may also come first ("i går Aker BP varm", "fredag Fredag Bygg"); a lone
  weekday first is the day only where it cannot start the name, else asked ("Tirsdag Statnett").
- A known customer (`known_customers`) at the start is the customer; a quoted name
  ("\"Fredag\" i går") is taken as typed.
- Words after the customer that read as nothing but look meant as something (digits, date,
  time, week, amount or temperature words, a misspelt temperature: "uke 4x", "kl", "ljum") are
  never glued onto a new customer's name: the name stops before them, what can still be read
  among them is read, and the rest is returned in `LogCommand.unread` for the seller to confirm.
  After a known customer, every word that reads as nothing is unread (or the note, after --).
- A customer part that is itself a date, time, week, temperature or amount ("/logmeeting i går",
  "/logoffer 250k") is refused with UserError("not_a_customer").
Time of day after a date is read and ignored. Pure: `today` is passed in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from bot.domain import ActivityKind, Temperature
from bot.services.amounts import (
    NOT_A_NUMBER_WORDS,
    UNIT_WORDS,
    VAT_WORDS,
    Money,
    ascii_digits,
    match_amount_suffix,
    number_words,
    parse_amount,
    spoken_as_digits,
)
from bot.services.customers import LEGAL_SUFFIXES, clean_display_name, customer_key
from bot.services.dates import (
    DATE_WORDS,
    DEADLINE_WORDS,
    MONTHS,
    WEEK_NUMBER,
    WEEKDAYS,
    UserError,
    check_activity_date,
    check_next_date,
    fold,
    looks_like_date,
    match_date_suffix,
    time_suffix,
    whole_date,
)

__all__ = ["LogCommand", "NextStep", "UserError", "parse_log_command"]

MAX_LENGTH = 1000
DEFAULT_NEXT_STEP = "follow-up"

_ALLOWED_FORMAT_CHARS = {"\u200d"}  # zero-width joiner: part of emoji such as 👩‍💼
_NOTE_SEPARATOR = re.compile(r"(?:^|\s)(?:-{2,}|[\u2013\u2014])(?=\s|$)")  # --, en dash, em dash
# Quotes as the four languages write them, Danish »…« too (as kpibot's own Danish texts do).
_QUOTED = re.compile(r"[\"“”«»„‚‘’'`]([^\"“”«»„‚‘’'`]+)[\"“”»«‚‘’'`](?=\s|[,;:]|$)")
_NEXT_WORDS = {"next", "neste", "nasta", "naste", "naeste"}  # folded: nästa, næste
_TEMPERATURES = {
    "cold": Temperature.COLD,
    "kald": Temperature.COLD,
    "kaldt": Temperature.COLD,
    "kall": Temperature.COLD,
    "kallt": Temperature.COLD,
    "kold": Temperature.COLD,
    "koldt": Temperature.COLD,
    "warm": Temperature.WARM,
    "varm": Temperature.WARM,
    "varmt": Temperature.WARM,
    "hot": Temperature.HOT,
    "het": Temperature.HOT,
    "hett": Temperature.HOT,
    "hed": Temperature.HOT,
    "hedt": Temperature.HOT,
}
# Meant as a temperature, but which one is a guess: asked, never stored.
_VAGUE_TEMPERATURES = {
    "ljum", "ljummen", "lun", "lunken", "lunka", "lukewarm", "tepid", "lauwarm", "middels",
    "medium", "mellom", "mellan", "iskald", "iskall", "iskold", "glodende", "glohet", "brennhet",
    "kokhet", "kokende", "luke", "mild", "cool", "kjolig", "kylig", "sval",
}  # fmt: skip
# "warmish", "halvvarm", "semi-hot": a temperature with a softening: the seller's to say.
_SOFTENED_TEMPERATURE = re.compile(
    r"(?:halv|semi-?|half-?)(?:varm|warm|het|hot|kald|kall|kold|cold)t?"
    r"|(?:warm|hott|cold|cool|varm)ish"
)
_MARGIN_WORDS = {
    "margin",
    "marginal",
    "bruttomargin",
    "dekningsbidrag",
    "daekningsbidrag",
    "tackningsbidrag",
    "db",
    "tb",
}
_MARGIN_VALUE = re.compile(r"([0-9]{1,3}(?:[.,][0-9]{1,2})?)(%?)")
_PUNCTUATION = ".,;:!?()"
_SEPARATORS = {"-", "/", "|", ",", ";", ":", "&", "+", "·", "•", "..."}
# Amount words that are never part of a name after its first word (single letters are: "Circle K").
_AMOUNT_WORDS = {word for word in UNIT_WORDS if len(word) > 1} | VAT_WORDS
_MAX_OPTION_TOKENS = 8
_TALK_ENDINGS = ("mote", "motet", "meeting", "samtale", "samtal")
# Never part of a name: an emoji as Slack writes it (:fire:, :+1::skin-tone-2:), a mention,
# a channel or a link as Slack escapes them, a web or e-mail address, a hashtag.
_NOT_NAME_SHAPES = re.compile(
    r"(?::[\w+\-']+:)+|<[@#!][^>]*>|<https?://[^>]*>|https?://\S+|www\.\S+|\S+@\S+\.\w+|#\w+"
)
_LEADING_FILLERS = {
    "had", "hadde", "har", "have", "hade", "havde", "a", "an", "et", "ett", "en", "godt", "good",
    "great", "bra", "fint", "nice", "kort", "nytt", "ny", "new", "first", "forste", "just", "nettopp",
    "precis", "lige", "vi", "we", "jeg", "jag", "i",
    # a revision of an earlier offer ("revidert tilbud til Hafslund", "ny versjon av tilbudet
    # til …", "Reviderat anbud Skanska"): the recorder finds the offer it revises
    "nye", "nya", "nyt", "revidert", "reviderte", "reviderat", "reviderad", "revideret",
    "reviderede", "revised", "updated", "oppdatert", "oppdaterte", "uppdaterad", "uppdaterat",
    "uppdaterade", "opdateret", "opdaterede", "justert", "justerat", "justerad", "justeret",
    "adjusted", "endelig", "endelige", "slutlig", "slutliga", "final", "versjon", "version",
    "utgave", "utgava", "udgave", "v2", "v3",
}  # fmt: skip
_VERSION_WORDS = {"versjon", "version", "utgave", "utgava", "udgave"}
_PREPOSITIONS = {"med", "with", "hos", "til", "to", "for", "at", "fra", "from", "w/", "m/", "mot"}
_PREPOSITIONS |= {"till", "pa", "on", "ved", "vid"}
_KIND_VERBS = {
    "ringte", "ringde", "ringede", "called", "met", "traff", "traffade", "motte", "modte",
    "besokte", "besogte", "visited", "vunnet", "won", "vant", "vann", "vundet", "vunnit",
    "signert", "signed", "signerat", "signeret", "tapt", "lost", "tabt", "forlorade", "forlorat",
    "sendt", "sent", "skickade", "skickat", "sendte",
}  # fmt: skip
# Words a number belongs to ("uke 46 400 000 kr" is week 46 and 400 000).
_NUMBERED = {"uke", "veke", "vecka", "uge", "week", "wk", "kw", "v", "w", "kl", "klokka", "klokken"}
_NUMBERED |= {"klockan", "at"}
# Words counted with a number before them: "2 dgr siden", "3 uker".
# What is counted in a deal ("50 lisenser", "20 seats"): a quantity, never part of a name.
_QUANTITY_NOUNS = {
    "lisenser", "lisens", "licenser", "licens", "licenses", "license", "licences", "brukere",
    "anvandare", "brugere", "users", "seats", "enheter", "enheder", "units", "stykk",
}  # fmt: skip
_COUNTED = {
    "dager", "dagar", "dage", "days", "dgr", "dogn", "uker", "veckor", "uger", "weeks",
    "maneder", "manader", "months", "mnd", "timer", "timmar", "hours", "min", "%", "prosent",
    "procent", "percent", "x", "\u00d7", "stk", "pcs", *_QUANTITY_NOUNS,
}  # fmt: skip
_MAX_NAME_TOKENS = 12  # a known customer's name is looked up among this many leading words
_STEP_WORDS = {"steg", "step", "steps", "skridt", "skritt", "aktivitet", "activity", "action"}
_FOLLOW_UP = {"oppfolging", "oppfolgning", "uppfoljning", "opfolgning", "followup", "follow-up"}
_FOLLOW_UP_PAIRS = {
    ("follow", "up"), ("folg", "opp"), ("folge", "opp"), ("folj", "upp"), ("folg", "op"),
    ("folge", "op"), ("check", "in"),
    # "ring tilbake fredag", "call back Monday": the next activity is a call back
    ("ring", "tilbake"), ("ringe", "tilbake"), ("ring", "tillbaka"), ("ringa", "tillbaka"),
    ("ring", "tilbage"), ("ringe", "tilbage"), ("call", "back"),
    ("ring", "igjen"), ("ringe", "igjen"), ("ring", "igen"), ("ringa", "igen"),
    ("ringe", "igen"), ("call", "again"),
}  # fmt: skip
# What a deadline is for ("svar innen 1.12", "tilbud innen fredag", "decision by Friday"):
# with a coming date after it, the lead's next step.
_DEADLINE_WHAT = {
    "svar", "answer", "reply", "beslutning", "beslut", "decision", "tilbud", "offert",
    "proposal", "quote", "demo", "mote", "mode", "meeting", "kontrakt", "contract", "avtale",
    "avtal", "aftale", "signering", "signing", "tilbakemelding", "feedback", "aterkoppling",
    "tilbagemelding", "besked", "beskjed",
}  # fmt: skip
# Words that only repeat the command ("/logwin Statkraft signert 400k"): read and dropped.
_KIND_WORDS = {
    ActivityKind.MEETING: {"mote", "motet", "mode", "meeting", "motte", "met", "traff",
                           "traffade", "modte"},
    ActivityKind.CALL: {"samtale", "samtal", "call", "ringte", "ringde", "ringede", "called",
                        "ringt", "ringet",
                        "tlf", "telefon", "phone", "telefonmote"},
    ActivityKind.OFFER: {"tilbud", "tilbudet", "tilbod", "offert", "offerten", "offer", "quote",
                         "sendt", "sent", "skickade", "sendte", "skickat"},
    ActivityKind.WIN: {"vunnet", "won", "vant", "vann", "vunnen", "vundet", "signert",
                       "signerte", "signed", "signerad", "signerat", "signerade", "signeret",
                       "underskrevet", "ordre", "vunnit", "klar", "affar",
                       "order", "closed", "lukket"},
    ActivityKind.LOSS: {"tapt", "lost", "tabt", "forlorad", "forlorat", "forlorade", "tapte"},
}  # fmt: skip
# What an offer is called: repeats /logoffer before the customer ("revidert anbud Skanska").
_OFFER_NOUNS = {
    "tilbud", "tilbudet", "tilbod", "tilbodet", "tilbuddet", "offert", "offerten", "offer",
    "quote", "proposal", "quotation", "anbud", "anbudet", "bid", "tender", "pristilbud",
    "prisforslag",
}  # fmt: skip
# Words that start a free-text remark ("Aker BP møte om budsjett"): a note without "--".
_TALK_WORDS = {
    "ringt", "ringet", "snakket", "pratet", "talade", "talte", "spoke", "middag", "lunsj", "lunch",
    "dinner", "frokost", "breakfast", "x", "\u00d7", "stk", "pcs",
    # a unit price ("50 lisenser à 5000"): the amount after it is no deal's total, asked about
    "\u00e0", "\u00e1", "@", *_QUANTITY_NOUNS,
    # why a deal was lost: never part of the name before the reason
    "pris", "price", "prisen", "budsjett", "budget", "konkurrent", "konkurrenten", "competitor",
    "dyrt", "dyr", "expensive", "valgte", "valde", "chose", "gikk", "went", "avslag", "rejected",
    "mote", "motet", "mode", "modet", "meeting", "samtale", "samtal", "samtalen", "telefonmote",
    "teamsmote", "demo", "demoen", "presentasjon", "presentation", "presentationen", "befaring",
    "workshop", "tilbud", "tilbudet", "tilbod", "offert", "offerten", "avtale", "avtal",
    "kontrakt", "contract", "oppfolging", "uppfoljning", "opfolgning",
    "followup", "follow-up", "ang", "angaende", "vedr", "vedrorende", "ifm", "regarding",
    "ringte", "ringde", "ringede", "called", "rang", "motte", "traff", "traffade", "traeffede",
    "met", "besokte", "besogte", "visited", "besok", "besoket", "besog", "visit", "sendt",
    "sent", "skickade", "sendte", "tlf", "telefon", "phone", "epost", "e-post", "email",
    "e-mail", "mail", "sms", "zoom", "teams", "intro", "kickoff", "kick-off", "oppstart",
    "sannsynlighet", "sannolikhet", "sandsynlighed", "probability", "chance", "sjanse", "med",
    "m/", "with", "w/", "sammen", "tillsammans", "together",
    "vunnet", "won", "vant", "vunnen", "vundet", "signert", "signerte", "signed", "signerad",
    "signeret", "underskrevet", "ordre", "tapt", "tabt", "forlorad", "forlorat", "quote",
    "skickat", "modte", "signerat", "signerade", "vunnit",
}  # fmt: skip
# When, said without a date ("igjen", "nylig", "i fjor"): the seller's to say, never a name's.
_VAGUE_WHEN = {
    "igjen", "igen", "again", "ogsa", "ocksa", "also", "nylig", "nyligen", "nyss", "recently",
    "lately", "fjor", "ifjor", "fjol", "ifjol",
}  # fmt: skip
# Counts that are no number ("for noen dager siden", "a few days ago"): they lead into a date.
_VAGUE_COUNTS = {
    "noen", "nogle", "nagra", "par", "few", "couple", "several", "flere", "fler", "a", "an",
    "et", "ett", "of",
}  # fmt: skip
# Degree words before a temperature ("veldig varm"): how warm is then the seller's to say.
_DEGREE_WORDS = {
    "veldig", "meget", "very", "mycket", "valdigt", "svaert", "ganske", "rather", "quite",
    "pretty", "super", "litt", "lite", "lidt", "noe", "noget", "kinda", "fairly", "rimelig",
    "skikkelig", "really", "extremely", "ekstremt", "extremt", "sa", "so",
}  # fmt: skip
# Words after a temperature that add nothing: "hot lead", "varm kunde", "het kund".
_TEMPERATURE_FILLERS = {"lead", "leads", "kunde", "kund", "customer", "prospect", "emne", "deal"}
# Little words that lead into a date, time or amount ("i uke 48", "kl 14", "at 2pm", "ca 250k").
_WEAK = {
    "i", "pa", "om", "in", "at", "on", "den", "the", "ca", "cirka", "around", "rundt",
    "omkring", "this", "denne", "denna", "dette", "sist", "forrige", "forra", "sidste", "last",
    "kommende", "kommande", "til", "till", "innen", "inden", "by", "until", "fra", "from",
    "for", "of", "@", "~", "approx", *_NEXT_WORDS, *_DEGREE_WORDS, *_VAGUE_COUNTS,
    "via", "over", "through", "gjennom", "genom", "igennem",  # "via Teams", "over Zoom"
}  # fmt: skip


@dataclass(frozen=True)
class NextStep:
    what: str
    due: date


@dataclass(frozen=True)
class LogCommand:
    kind: ActivityKind
    customer: str  # display name as typed (clean_display_name)
    when: date
    temperature: Temperature | None = None
    amount: Decimal | None = None
    currency: str | None = None  # None = not stated (the recorder decides)
    next_step: NextStep | None = None
    note: str | None = None  # free text after "--" (or the loss reason)
    margin_pct: Decimal | None = None  # /logwin Acme 400k margin 22%
    # Words after the customer that were read as nothing, as typed (None: everything was read).
    # The customer and every other field are what was understood without them.
    unread: str | None = None


def parse_log_command(
    kind: ActivityKind,
    text: str,
    *,
    today: date,
    krone: str = "NOK",
    known_customers: Collection[str] = (),
) -> LogCommand:
    """Parse a log command's text or raise UserError with a precise code (see module doc).
    `known_customers`: the workspace's customers, as a set of keys (repo.customer_keys, cheap)
    or any other collection of names."""
    head, note = _split_note(_prepare(text))
    known = (
        known_customers
        if isinstance(known_customers, set | frozenset)
        else {customer_key(name) for name in known_customers}
    )
    if not _known_prefix(head.split(), known):
        head = " ".join(_without_kind_words(head.split(), kind))
    quoted, head = _take_quoted(head)
    tokens = head.split()
    if kind is ActivityKind.LOSS:
        return _parse_loss(tokens, quoted, note, today, known)
    if kind in (ActivityKind.OFFER, ActivityKind.WIN):
        # "/logoffer Posten tolv tusen", "/logwin Globex two hundred k": never a name's words,
        # never dropped; the seller writes it with digits (a known name is a name: "Tre").
        # The few read in channel messages too ("to mill", "en halv mill") are read.
        prefix = _known_prefix(tokens, known)
        after = tokens[prefix:]
        while (spoken := number_words(after)) is not None:
            lo, hi = spoken
            digits = spoken_as_digits(after[lo:hi], krone=krone)
            if digits is None:
                raise UserError("amount_in_words", text=" ".join(after[lo:hi]))
            after = [*after[:lo], *digits, *after[hi:]]
        tokens = [*tokens[:prefix], *after]

    named = len(quoted.split()) if quoted is not None else _known_prefix(tokens, known)
    if not named and quoted is None:
        tokens = _options_last(tokens, kind, krone, known)
        named = _known_prefix(tokens, known)
    if not named and tokens and _not_a_name(tokens, kind, today):
        raise UserError("not_a_customer", text=clean_display_name(head))  # "/logwin 400 000"
    if quoted is not None:
        tokens = [*quoted.split(), *tokens]
    tokens, next_step = _take_next_step(tokens, today, first=max(1, named))
    lead_when: date | None = None
    if not named:
        lead_when, tokens = _take_leading_date(tokens, today, known)
    reader = _OptionReader(kind, today, krone, skip={"when"} if lead_when else set())
    typed = tokens  # before the options are taken off the end
    tokens = reader.peel(tokens, keep=max(1, named))
    cut = named or _name_end(tokens, kind)
    checked = quoted is None and not named
    cut = _without_trailing_date(tokens, cut, today)
    customer = _customer(tokens[:cut], kind, today, checked=checked, rest=tokens[cut:])
    unread = reader.read_rest(tokens[cut:])
    found = reader.found
    when = lead_when or found.get("when", today)
    money: Money | None = found.get("money")
    typed_when = " ".join(reader.raw.get("when") or ())
    if (
        kind in (ActivityKind.OFFER, ActivityKind.WIN)
        and money is None
        and re.fullmatch(r"\d{1,2}\.\d{1,2}", typed_when)
        and (when > today or re.fullmatch(r"\d{1,2}\.[1-9]", typed_when))
    ):
        # "/logoffer Equinor 1.2", "/logoffer Sats 9.9": 1,2 or 9,9 million written with a
        # point, not 1 February ahead or 9 September gone. A date written so ("18.11") that
        # has been is the date.
        raise UserError("unclear_amount", text=typed_when)
    if when > today and not lead_when and unread and _word(unread.split()[-1]) in _UNTIL_WORDS:
        # "/logoffer Tine 120k gyldig til 15.12": how long the offer holds, not when it was
        # sent; sent today as far as was said, and the words are asked about.
        unread, when = f"{unread} {typed_when}", today
    check_activity_date(when, today)
    if kind is ActivityKind.OFFER and money is None:
        raise UserError("missing_amount")
    raw = reader.raw.get("money")
    if money is not None and raw is not None and _bare_small(money, raw):
        raise UserError("unclear_amount", text=" ".join(raw))  # "Equinor 1,2": not 1.20 kr
    if money is not None and raw is not None and checked and _name_number(money, raw, typed[cut:]):
        # "/logwin Rema 1000": a new customer Rema with 1 000 kr, or Rema 1000 with no amount?
        raise UserError("name_or_amount", customer=customer, number=raw[0])
    return LogCommand(
        kind=kind,
        customer=customer,
        when=when,
        temperature=found.get("temperature"),
        amount=money.amount if money else None,
        currency=money.currency if money else None,
        next_step=next_step,
        note=note,
        margin_pct=found.get("margin"),
        unread=unread,
    )


def _bare_small(money: Money, raw: Sequence[str]) -> bool:
    """ "1,2", "2.5", "450": a number below a thousand with no unit, multiplier or currency is
    no B2B deal's amount as typed (1,2 mill? 450k?); the seller is asked to write it out."""
    text = "".join(raw)
    return (
        money.currency is None
        and money.amount < 1000
        and re.fullmatch(r"[0-9][0-9 .,']*(?:[,.]-)?", text) is not None
    )


def _name_number(money: Money, raw: Sequence[str], after_name: Sequence[str]) -> bool:
    """A bare whole number of up to four digits right after a new customer's name (no unit,
    separator or currency): as likely the end of the name (Rema 1000, Unit4 2000) as an amount."""
    return (
        money.currency is None
        and len(raw) == 1
        and re.fullmatch(r"[1-9][0-9]{0,3}", raw[0]) is not None
        and list(after_name[:1]) == list(raw)
    )


def candidate_keys(text: str) -> set[str]:
    """The customer keys a known customer at the start of `text` could have: what to look up
    before `parse_log_command` (a set of keys, as it takes them)."""
    try:
        head, _note = _split_note(_prepare(text))
    except UserError:
        return set()
    keys = set()
    for kind in ActivityKind:
        for tokens in (
            _without_kind_words(head.split(), kind),
            _options_last(  # "320k Nammo", "5M Nammo"
                _without_kind_words(head.split(), kind), kind, "NOK", lookup=True
            ),
        ):
            tokens = tokens[:_MAX_NAME_TOKENS]
            keys |= {customer_key(" ".join(tokens[:size])) for size in range(1, len(tokens) + 1)}
    tokens = head.split()[: _MAX_NAME_TOKENS + 1]
    for first in (0, 1):  # "Tirsdag Statnett": is Statnett known?
        keys |= {
            customer_key(" ".join(tokens[first:size]))
            for size in range(first + 1, min(len(tokens), first + _MAX_NAME_TOKENS) + 1)
        }
    return {key for key in keys if key}


def has_control_chars(text: str) -> bool:
    """NUL, ESC, a right-to-left override (U+202E) …; tabs and newlines are fine."""
    return any(
        unicodedata.category(ch) in ("Cc", "Cf")
        for ch in text
        if ch not in "\t\r\n" and ch not in _ALLOWED_FORMAT_CHARS
    )


def _prepare(text: str) -> str:
    """Reject oversized or control-character input, undo Slack's escaping, flatten whitespace."""
    if len(text) > MAX_LENGTH:
        raise UserError("too_long", limit=MAX_LENGTH)
    if has_control_chars(text):
        raise UserError("control_chars")
    # Slack escapes exactly these three; &amp; last so "&amp;lt;" stays "&lt;".
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = ascii_digits(re.sub(r"[\t\r\n]", " ", text))  # "１００ ０００ kr" as "100 000 kr"
    # Slack sends emoji typed in a command as their names (":tada:") and formatting as typed
    # ("*Orkla*", "`i går`"): neither is part of a name, a date or an amount.
    text = _EMOJI_NAME.sub(lambda m: m[0] if m[0] in _TEMPERATURE_EMOJI else " ", text)
    text = _FORMATTED.sub(r"\2", text).strip()
    if not text or text.startswith(("--", "\u2013", "\u2014")):
        raise UserError("empty")
    return text


_EMOJI_NAME = re.compile(r"(?<![\w:]):[a-z0-9][a-z0-9_+'-]*:(?::skin-tone-[2-6]:)?(?![\w:])")
_FORMATTED = re.compile(r"(?<![\w*_~`])([*_~`])([^*_~`\s](?:[^*_~`]*[^*_~`\s])?)\1(?![\w*_~`])")


def _split_note(text: str) -> tuple[str, str | None]:
    """Split at the first " -- " (or an em/en dash, which macOS autocorrects "--" into)."""
    match = _NOTE_SEPARATOR.search(text)
    if match is None:
        return text, None
    return text[: match.start()].strip(), text[match.end() :].strip() or None


def _without_kind_words(tokens: list[str], kind: ActivityKind) -> list[str]:
    """What only repeats the command before the customer: "møte med DNB", "meeting with DNB",
    "ringte Fjordkraft", "sendt tilbud til Equinor", "won Statkraft", "had a call with Telenor".
    A noun needs its preposition ("Meeting Point AS" is a name)."""
    index, dropped = 0, False
    while index < len(tokens) - 1:
        word, after = _word(tokens[index]), _word(tokens[index + 1])
        if index == 0 and word in _PREPOSITIONS and tokens[0].islower():
            index, dropped = 1, True  # "hos Equinor", "with Acme" ("Med Vind AS" is a name)
        elif word in _LEADING_FILLERS or (dropped and word in _PREPOSITIONS):
            index += 1
        elif word in _KIND_VERBS:
            index, dropped = index + 1, True
        elif word in _KIND_WORDS[kind] | _TALK_WORDS | _OFFER_NOUNS and after in _PREPOSITIONS:
            index, dropped = index + 2, True
        elif index and word in ("av", "af", "of") and _word(tokens[index - 1]) in _VERSION_WORDS:
            index += 1  # "ny versjon av tilbudet til …"
        elif (
            index
            and word in _KIND_WORDS[kind] | _OFFER_NOUNS
            and tokens[index][:1].islower()
            and tokens[index + 1][:1].isupper()
        ):
            # "nytt tilbud Hafslund", "revised quote Fabrikam": after a leading word such as
            # "new", the command's noun before a capital ("Reviderat anbud Skanska")
            index, dropped = index + 1, True
        else:
            break
    return tokens[index:] if dropped and index < len(tokens) else tokens


def _take_quoted(head: str) -> tuple[str | None, str]:
    """A customer in quotes at the start is taken as typed: ("Fredag" i går, «Uke 48 AS»)."""
    match = _QUOTED.match(head)
    if match is None or not match[1].strip():
        return None, head
    return " ".join(match[1].split()), head[match.end() :].strip()


def _known_prefix(tokens: list[str], known: Collection[str]) -> int:
    """How many leading tokens name a known customer (the longest such name), 0 if none."""
    if not known:
        return 0
    for size in range(min(len(tokens), _MAX_NAME_TOKENS), 0, -1):
        if customer_key(" ".join(tokens[:size])) in known:
            return size
    return 0


def _customer(
    tokens: list[str], kind: ActivityKind, today: date, *, checked: bool, rest: Sequence[str] = ()
) -> str:
    """The customer's display name, refused when it is itself an option, date or amount
    (with the words after it, when the name is only little words: "i" + "går")."""
    name = clean_display_name(" ".join(tokens))
    if not name:
        raise UserError("empty")
    if checked:
        words = tokens if _not_a_name(tokens, kind, today) else name.split()
        if _not_a_name(words, kind, today):
            raise UserError("not_a_customer", text=name)
        little = all(_word(word) in _WEAK or _word(word).isdigit() for word in words)
        if little and rest and (_not_a_name([*words, *rest], kind, today) or _all_weak(words)):
            raise UserError("not_a_customer", text=clean_display_name(" ".join([*words, *rest])))
        joined = list(rest[:2]) if len(rest) > 1 and rest[0] in _AND_WORDS else []
        _one_or_two([*tokens, *joined])  # "/loglost Acme og Globex": not Acme, "og Globex"
    return name


_AND_WORDS = {"og", "and", "och", "samt"}


def _one_or_two(tokens: Sequence[str]) -> None:
    """A new name with "og", "and" or "och" between two capitalised parts ("Acme og Globex",
    "Procter and Gamble"): two customers, or one whose name has the word in it? Never guessed:
    each is logged on its own, or the one name goes in quotes (then it is known). A public
    body's name is one ("Møre og Romsdal fylkeskommune")."""
    if _word(tokens[-1]) in _NAME_TAILS:
        return
    for i in range(1, len(tokens) - 1):
        if tokens[i] in _AND_WORDS and tokens[i + 1][:1].isupper():
            first = clean_display_name(" ".join(tokens[:i]))
            second = clean_display_name(" ".join(tokens[i + 1 :]))
            raise UserError(
                "one_or_two_customers",
                customer=clean_display_name(" ".join(tokens)),
                first=first,
                second=second,
            )


def _not_a_name(tokens: list[str], kind: ActivityKind, today: date) -> bool:
    """ "i går", "warm", "uke 48", "250k", "kl 14": words that are all option, date or number.
    A number of four digits or more may be a name ("1881", an organisation number) where no
    amount is read; a shorter one, or any number where an amount is read, is not."""
    money = kind in (ActivityKind.OFFER, ActivityKind.WIN)

    def number(token: str) -> bool:
        word = _word(token)
        return word.isdigit() and (money or len(word) <= 3)

    if all(number(token) for token in tokens):
        return True  # "/logoffer 250 000", "/logmeeting 48"

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


# Emoji that look meant as a temperature: asked about, not dropped.
_TEMPERATURE_EMOJI = {
    "🔥", ":fire:", "❄", "❄️", ":snowflake:", "🥶", ":cold_face:", "🥵", ":hot_face:", "🌶",
    "🌶️", ":hot_pepper:", "🌡", "🌡️", ":thermometer:", "🧊", ":ice_cube:",
}  # fmt: skip


def _ignorable(token: str) -> bool:
    """A separator ("-", "/") or an emoji (🎉, :tada:): read and dropped, never a name. Emoji
    that may mean a temperature (🔥, :snowflake:) are not dropped: they are asked about."""
    bare = token.rstrip(",;.!?")
    if bare in _TEMPERATURE_EMOJI or (bare and set(bare) <= _TEMPERATURE_EMOJI | {"\ufe0f"}):
        return False  # "🔥🔥"
    punctuation = not any(ch.isalnum() or unicodedata.category(ch) == "Sc" for ch in token)
    return (
        token in _SEPARATORS
        or (punctuation and "%" not in token and "~" not in token)
        or _is_emoji(token)
        or bool(re.fullmatch(r"(?::[\w+\-']+:)+", token.rstrip(",;.!?")))
    )


def _is_emoji(token: str) -> bool:
    """🎉, 👍🏽, ✅ (not a currency sign: "50 000 €")."""
    categories = {unicodedata.category(ch) for ch in token}
    return "So" in categories and categories <= {"So", "Sk", "Mn", "Cf", "Me"}


def _all_weak(words: Sequence[str]) -> bool:
    return all(_word(word) in _WEAK for word in words)


def _word(token: str) -> str:
    return fold(token).strip(_PUNCTUATION)


def _is_symbol(token: str) -> bool:
    """Emoji and other symbols on their own (🔥, 👍, ✅)."""
    return not any(ch.isalnum() for ch in token) and any(
        unicodedata.category(ch).startswith("S") for ch in token
    )


def _strong(token: str) -> bool:
    """Does this word look meant as a date, time, week, amount, temperature or option rather
    than as part of a name? Whole numbers do not ("Rema 1000", "TV 2"); single letters do not
    ("Circle K")."""
    word = _word(token)
    if not word or _is_symbol(token) or _NOT_NAME_SHAPES.fullmatch(token.rstrip(",;.!?")):
        return bool(word) or _is_symbol(token) or bool(_NOT_NAME_SHAPES.fullmatch(token))
    if "/" in word.strip("/") and any(_strong(part) for part in word.split("/") if part):
        return True  # "varm/het"
    if word in _PERCENT_WORDS:
        return True
    if word in DATE_WORDS or word in _AMOUNT_WORDS or word in _MARGIN_WORDS - {"db", "tb"}:
        return True
    if word in _DATE_TYPOS or word in _VAGUE_WHEN:
        return True  # "i forrgårs", "igjen": asked about, never glued onto the name
    if word in _TALK_WORDS or any(
        word.endswith(end) and len(word) > len(end) + 2 for end in _TALK_ENDINGS
    ):
        return True  # "kundemøte", "teams-møte", "tlf.møte"
    if word in _TEMPERATURES or word in _VAGUE_TEMPERATURES or _misspelt_temperature(word):
        return True
    if _SOFTENED_TEMPERATURE.fullmatch(word):
        return True
    raw = fold(token).rstrip(",;:!?)")
    if not any("0" <= ch <= "9" for ch in word) or re.fullmatch(r"[0-9]+|[0-9]{3,}\.", raw):
        return False  # a whole number: "Rema 1000", "TV 2"
    if looks_like_date(raw) or re.fullmatch(r"[0-9]{1,2}(?:\.|st|nd|rd|th|:e|:a)", raw):
        return True  # "27.", "27th"
    if re.fullmatch(r"[0-9]{1,4}(?:[./-][0-9]{1,4}){1,2}\.?", raw):
        return True  # date-shaped, even when impossible: "11/27", "2026.11.27"
    if time_suffix([raw], after_date=False) or WEEK_NUMBER.fullmatch(word):
        return True
    if re.fullmatch(r"(?:q|kv|h)[1-4](?:[-/][0-9]{2,4})?", word):
        return True  # a quarter or half: "Q1", "kv3", "H2-2027"
    if re.fullmatch(r"[0-9.,]+ ?%", raw) or re.fullmatch(
        r"[0-9]+(?:d|h|t|min|dgr|dager|days)", word
    ):
        return True
    try:
        return parse_amount(raw) is not None
    except UserError:
        return False


def _date_shaped(token: str) -> bool:
    """Unmistakably a date: "18.11.", "18/11", "18.11.2026", "2026-11-18" (not "1.5")."""
    return bool(
        re.fullmatch(
            r"[0-9]{1,2}(?:\.[0-9]{1,2}\.|/[0-9]{1,2})[0-9./-]*|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}",
            token.rstrip(",;:!?"),
        )
    )


def _amount_like(token: str) -> bool:
    """Meant as an amount, even a malformed one ("1e400", "NaN", "-5000", "kr5x"); not a code
    such as "Q1" or "B2B"."""
    word = fold(token).strip()
    if word.endswith("%"):
        return False  # "90%": a likelihood, not money
    return (
        bool(
            re.match(r"[0-9+\-\u2212\u2013€$£~]|(?:nok|sek|dkk|eur|usd|gbp|kr)(?:[0-9. ]|$)", word)
        )
        or word.strip(_PUNCTUATION) in NOT_A_NUMBER_WORDS
    )


def _misspelt_temperature(word: str) -> bool:
    """Two letters swapped or one doubled: "wram", "vamr", "hott", "colld"."""
    return word in _TEMPERATURE_TYPOS


def _typos(words: Iterable[str]) -> frozenset[str]:
    """The words with two neighbouring letters swapped or one letter doubled ("wram", "hott",
    "forrgars"), less the words themselves."""
    real = set(words)
    typos = set()
    for word in real:
        for i in range(len(word) - 1):
            typos.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        for i in range(len(word)):
            typos.add(word[: i + 1] + word[i] + word[i + 1 :])
    return frozenset(typos - real)


_TEMPERATURE_TYPOS = _typos(_TEMPERATURES)
# Date words long enough that a slip in them is not a name ("i forrgårs", "igaar" is read).
_DATE_TYPOS = _typos(word for word in DATE_WORDS if len(word) >= 5 and word.isalpha())


def _weak(token: str) -> bool:
    """A little word that leads into a date, amount or temperature ("i", "på", "veldig", "så"),
    never a legal form written as one ("Tine SA", where "SA" folds like "så")."""
    return _word(token) in _WEAK and token.rstrip(",;:!?") not in LEGAL_SUFFIXES


# Lower-case words that start what is said about a customer, never the rest of its name
# ("Telenor hos dem", "Schibsted om ny avtale", "Coop ifbm anbud", "Orkla with Per"): where the
# person, place or reason begins. "og", "and", "&", "of", "de" may be inside names.
_NAME_STOPS = {
    "hos", "om", "med", "ved", "til", "till", "for", "fra", "fran", "pa", "i", "av", "af",
    "mot", "mod", "etter", "efter", "uten", "utan", "uden", "sammen", "tillsammans", "samman",
    "vedr", "vedrorende", "ang", "angaende", "ifbm", "ifm", "mtp", "pga", "gallande",
    "betraffande", "rorande", "kring", "omkring", "rundt", "dem", "oss", "honom", "ham", "hun",
    "henne", "hende", "att", "at", "with", "about", "regarding", "re", "from", "on", "in",
    "to", "by", "per", "together", "them", "us", "him", "her", "their",
}  # fmt: skip


# A date after these is how long an offer holds or when an answer is due, not the day of the
# activity ("gyldig til 15.12", "frist 20.12", "valid until Dec 15", "svar innen fredag").
_UNTIL_WORDS = {
    "gyldig", "gyldigt", "giltig", "galler", "gaelder", "gjelder", "valid", "validity", "frist",
    "svarfrist", "tilbudsfrist", "deadline", "expires", "expiry", "utloper", "udlober",
    "loper", "lober", "bindende", "bindande", "svar", "answer", "reply", "beslutning",
    "beslut", "decision",
}  # fmt: skip

# Little words that also join names to a capitalised place or body ("Universitetet i Oslo",
# "Sparebanken for Nord", "Bank of America"): before a capital they go on with the name.
_NAME_PARTICLES = {"i", "pa", "av", "af", "for", "til", "till", "fra", "fran", "of", "under"}


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
    word = _word(token)
    if word not in _NAME_STOPS:
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    return not (word in _NAME_PARTICLES and after[:1].isupper())


def _name_end(tokens: list[str], kind: ActivityKind) -> int:
    """Where a new customer's name stops: before the first word (after the first) that looks
    meant as something, together with the little words and numbers leading into it
    ("Aker BP i uke 4x" stops before "i")."""
    for index in range(1, len(tokens)):
        if tokens[index - 1].endswith(","):
            return index  # "Equinor, Aker BP", "Acme, the big one": a name ends at its comma
        if _starts_saying(tokens, index):
            return index  # "Telenor hos dem", "Orkla v/ Per Hansen": asked, never the name
        if _amount_before_words(tokens, index, kind):
            # "Acme 25000 warm", "Acme 25 000 pga nytt budsjett": the amount, then words to ask
            # about; a number inside a name goes on with a capital ("Sparebank 1 SMN").
            start = index
            while start > 1 and tokens[start - 1].isdigit():
                start -= 1  # "25 000"
            return start
        if tokens[index].lstrip("(") == "via":
            return index  # "Acme via Google Meet": how they met, asked about
        said = _strong(tokens[index]) or _word(tokens[index]) in _KIND_WORDS[kind]
        if not said and not _follow_up_at(tokens, index):  # "Aker BP følg opp": no name
            continue
        start = index
        start -= _number_before(tokens[1:index], _word(tokens[index]))
        while start > 1 and _weak(tokens[start - 1]):
            start -= 1  # "i uke 4x"
        return start
    end = len(tokens)
    while end > 1 and _weak(tokens[end - 1]):
        end -= 1  # "Aker BP veldig" (+ varm, read)
    return end


def _amount_before_words(tokens: list[str], index: int, kind: ActivityKind) -> bool:
    """An offer's or win's amount at `index` with lower-case words after it."""
    if kind not in (ActivityKind.OFFER, ActivityKind.WIN) or index + 1 >= len(tokens):
        return False
    after = tokens[index + 1]
    return _amount_like(tokens[index]) and after[:1].isalpha() and after[:1].islower()


def _follow_up_at(tokens: list[str], index: int) -> int:
    """How many tokens from `index` say "follow up" ("oppfølging", "følg opp", "follow up")."""
    word = _word(tokens[index])
    if word in _FOLLOW_UP:
        return 1
    if index + 1 < len(tokens) and (word, _word(tokens[index + 1])) in _FOLLOW_UP_PAIRS:
        return 2
    return 0


def _without_trailing_date(tokens: list[str], cut: int, today: date) -> int:
    """A date left at the end of a new name ("… 18 Nov" after another date was read) is not
    part of it."""
    while cut > 1:
        if _ignorable(tokens[cut - 1]):
            cut -= 1  # "… 18 Nov ,-"
            continue
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


def _take_next_step(
    tokens: list[str], today: date, *, first: int
) -> tuple[list[str], NextStep | None]:
    """Cut off the next clause: a next-word (after the customer) followed by what and a date
    ("neste møte fredag", "next call next friday", "neste uke"), or a follow-up word and a date
    ("følg opp om to uker"). Words after the date go back to the options ("neste møte
    fredag varm")."""
    starts = [
        (i, 1) for i, token in enumerate(tokens) if i >= first and _word(token) in _NEXT_WORDS
    ]
    starts += [
        (i, 0)
        for i in range(first, len(tokens))
        if _follow_up_at(tokens, i) and (i - 1, 1) not in starts  # "neste oppfølging fredag"
    ]
    said = min((i for i, _ in starts), default=len(tokens))  # "neste steg: tilbud innen …"
    starts += [
        (i - 1, 0)
        for i in range(first + 1, said)
        if _word(tokens[i]) in DEADLINE_WORDS and _word(tokens[i - 1]) in _DEADLINE_WHAT
    ]  # "svar innen 1.12"
    starts.sort()
    fallback: tuple[int, int, date] | None = None  # a bare "next friday": no what
    for start, skip in reversed(starts):
        clause = tokens[start + skip :]
        for end in range(len(clause), 0, -1):
            found = match_date_suffix(clause[:end], today=today, direction="future")
            whole = None
            if skip:
                whole = match_date_suffix(
                    tokens[start : start + 1 + end], today=today, direction="future"
                )
                whole = whole if whole is not None and whole[1] == end + 1 else None
            if found is not None and found[1] < end:
                what = " ".join(clause[: end - found[1]])
                return _next_step(tokens, start, start + skip + end, what, found[0], today)
            if found is not None or whole is not None:
                if fallback is None:
                    fallback = (start, start + skip + end, (whole or found)[0])  # type: ignore[index]
                break
    if fallback is not None:
        start, stop, due = fallback
        what = DEFAULT_NEXT_STEP
        for back in (2, 1):  # "follow up next week", "oppfølging neste uke"
            if start - back >= first and _follow_up_at(tokens, start - back) == back:
                what, start = " ".join(tokens[start - back : start]), start - back
                break
        return _next_step(tokens, start, stop, what, due, today)
    if any(skip for _, skip in starts):
        raise UserError("missing_next_date")
    return tokens, None


def _next_step(
    tokens: list[str], start: int, stop: int, what: str, due: date, today: date
) -> tuple[list[str], NextStep]:
    check_next_date(due, today)
    words = what.split()
    if words and _word(words[0]) in _STEP_WORDS:
        words = words[1:]  # "neste steg: demo fredag"
    what = clean_display_name(" ".join(words)) or DEFAULT_NEXT_STEP
    before = tokens[:start]
    if len(before) > 1 and _word(before[-1]) in ("i", "in", "pa", "on", "til", "till", "by"):
        before = before[:-1]  # "i næste uge"
    return before + tokens[stop:], NextStep(what=what, due=due)


def _options_last(
    tokens: list[str],
    kind: ActivityKind,
    krone: str,
    known: Collection[str] = (),
    *,
    lookup: bool = False,
) -> list[str]:
    """An amount or a temperature typed before the customer ("320k Nammo", "varm Equinor",
    "kr 1,2 mill Equinor") goes after it, where options are read. A leading number without a
    unit stays: it may be the name ("1881", "3B Hotell"), and so does a leading amount when
    one ends the text ("3M Norge 350k"), and a temperature in a name ("Hot Wheels"). A leading
    amount shaped like a name ("5M Nammo") with no other amount is an offer's amount, or a
    win's before a known customer; before a new one a win asks (UserError "amount_or_name").
    `lookup`: only for finding candidate names (never raises)."""
    if len(tokens) < 2:
        return tokens
    leading = tokens[0] in _TEMPERATURES and tokens[1][:1].isupper()  # not "Hot Wheels"
    if kind in (ActivityKind.MEETING, ActivityKind.CALL) and leading:
        return [*tokens[1:], tokens[0]]  # "varm Equinor"
    if kind not in (ActivityKind.OFFER, ActivityKind.WIN):
        return tokens
    for size in range(min(len(tokens) - 1, 5), 0, -1):
        head = tokens[:size]
        try:
            money = parse_amount(" ".join(head), krone=krone)
        except UserError:
            continue
        if money is None:
            continue
        if size == 1 and re.fullmatch(r"[0-9][^\W\d_]{1,2}", head[0]):  # "3M", "5M", "2K"
            rest = tokens[1:]
            if _amount_in(rest, krone):
                continue  # "3M Norge 350k": the amount is later, "3M" is the name
            if not lookup and kind is ActivityKind.WIN and not _known_prefix(rest, known):
                # "/logwin 5M Nammo": 5 million won from a new customer Nammo, or a win for a
                # new customer "5M Nammo" closing its offer? Never an amount inside a name.
                raise UserError("amount_or_name", number=head[0], customer=_shown_name(rest, kind))
            # An offer needs an amount ("/logoffer 5M Nammo"); a known customer follows.
            return [*rest, *head]
        rest = tokens[size:]
        later = _amount_in(rest, krone)
        bare = " ".join(head)
        if not re.fullmatch(r"[0-9][0-9 .,']*", bare):
            if later:
                return tokens  # "3M Norge 350k i går": the amount is later, "3M" is the name
            return [*rest, *head]
        if later or not any(ch.isalpha() for ch in " ".join(rest)):
            continue  # "1881 Media 250k": the number is the name's; "400 000": no name at all
        if re.search(r"[ .,']", bare) or len(bare) > 4:
            return [*rest, *head]  # "1.250.000 Veidekke", "450' Veidekke": no name is so written
        if size > 1:
            continue
        if lookup:
            return [*rest, *head]  # "2500 Equinor": look the name up
        if _known_prefix(rest, known):
            return [*rest, *head]  # "/logwin 2500 Equinor"
        # "/logwin 2500 Veidekke", "/logwin 1881 Media": a new customer "1881 Media", or an
        # amount of 2 500? Never an amount inside a name.
        raise UserError("amount_or_name", number=bare, customer=_shown_name(rest, kind))
    return tokens


def _shown_name(tokens: list[str], kind: ActivityKind) -> str:
    """The new name at the start of `tokens`, as a question shows it ("Nammo" of "Nammo i går")."""
    return clean_display_name(" ".join(tokens[: _name_end(tokens, kind)])) or " ".join(tokens)


def _amount_in(tokens: Sequence[str], krone: str) -> bool:
    """An amount somewhere in `tokens`: with its unit ("350k", "kr 450"), or a number of a
    thousand or more that is no date ("1 250 000", not "19.11")."""
    if any(_word(t) in _AMOUNT_WORDS or _has_unit(t) for t in tokens):
        return True
    for i in range(len(tokens)):
        for j in range(i + 1, min(i + 4, len(tokens)) + 1):
            text = " ".join(tokens[i:j])
            if not text[:1].isdigit() or _date_shaped(text) or looks_like_date(text):
                break
            try:
                money = parse_amount(text, krone=krone)
            except UserError:
                continue
            if money is not None and money.amount >= 1000:
                return True
    return False


_PER_PERIOD = re.compile(r"[0-9][^/]*/\s*[^\W\d_]+\.?")


def _per_period(token: str) -> bool:
    """ "300k/år", "20k/mnd", "5000/month": an amount per period of time."""
    return bool(_PER_PERIOD.fullmatch(token.rstrip(",;!?")))


def _leading_amount(tokens: list[str]) -> int:
    """How many leading tokens are an amount written as one ("320k", "kr 45.000,-", "45 000
    NOK", "1.250.000"), with a name after them; 0 for a number that may start a name ("3M",
    "1881", "Rema 1000")."""
    for size in range(min(4, len(tokens) - 1), 0, -1):
        head = tokens[:size]
        if re.fullmatch(r"[0-9][^\W\d_]{1,2}", head[0]):
            return 0  # "3M Norge"
        text = " ".join(head)
        try:
            money = parse_amount(text)
        except UserError:
            continue
        grouped = re.fullmatch(r"[0-9]{1,3}(?:[ .'][0-9]{3})+(?:,-|,[0-9]{2})?", text)
        if money is not None and (_has_unit(head[0]) or size > 1 or grouped):
            return size
    return 0


def _has_unit(token: str) -> bool:
    """ "350k", "kr", "1,2mill", "€50": an amount with its unit or currency, not a bare number."""
    try:
        money = parse_amount(token)
    except UserError:
        return False
    return money is not None and not re.fullmatch(r"[0-9][0-9 .,']*", token)


def _take_leading_date(
    tokens: list[str], today: date, known: Collection[str] = ()
) -> tuple[date | None, list[str]]:
    """A date before the customer: "i går Aker BP", "2026-11-10: Acme", "tirsdag Statnett".
    A lone weekday first is the day only where it cannot be a name's first word (see
    `_day_first`): "Fredag Bygg i går" is a name, "Tirsdag Statnett" a question."""
    for size in range(min(len(tokens) - 1, 8), 0, -1):
        head = tokens[:size]
        try:
            found = whole_date(head, today=today, direction="past")
        except UserError:
            continue  # "31.02. Acme": not a date at the start
        if found is None:
            continue
        if size == 1 and _weekday_alone(head[0]) and not _day_first(tokens, today, known):
            continue
        return found, tokens[size:]
    return None, tokens


def _weekday_alone(token: str) -> bool:
    """ "Tirsdag", "fredag:", "Mon": a weekday with nothing before or after it that dates it."""
    return _word(token).rstrip(".") in WEEKDAYS


def _day_first(tokens: list[str], today: date, known: Collection[str]) -> bool:
    """Is a lone weekday at the start the activity's day, not the first word of a new name?
    The day where a known customer follows ("Tirsdag Equinor"), or where it is written small
    before a capital ("tirsdag Statnett", "fredag Fredag Bygg"): people write a day so at the
    start and a name so nowhere. Part of the name where the text gives a date elsewhere
    ("Fredag Bygg i går", "Søndag Bygg AS igår"), or a legal form follows ("Torsdag AS"). Else
    ("Tirsdag Statnett", "Fredag Bygg", "mandag morgen"): a day or a name? Asked
    (UserError "day_or_name"), never guessed."""
    day, rest = tokens[0], tokens[1:]
    if _known_prefix(rest, known):
        return True
    after = rest[0]
    if day[:1].islower() and after[:1].isupper():
        return True
    if after.rstrip(",;:") in LEGAL_SUFFIXES or _dated_later(rest, today):
        return False
    if not after[:1].isalpha() or day.rstrip(",;:") != day:
        return True  # "Tirsdag: Statnett", "Fredag 14-15 Acme": the day, said so
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


class _OptionReader:
    """Reads options from the right end of the tokens (`peel`), then, left to right, from the
    words after the customer's name (`read_rest`). Each option once."""

    def __init__(self, kind: ActivityKind, today: date, krone: str, skip: set[str]) -> None:
        self.kind, self.today, self.krone = kind, today, krone
        self.found: dict[str, Any] = {}
        self.raw: dict[str, list[str]] = {}  # the words each option was read from
        self.names = ["margin"] if kind is ActivityKind.WIN else []  # before amounts: "margin 22"
        self.names.append("when")
        self.names.append("time")
        if kind in (ActivityKind.MEETING, ActivityKind.CALL):
            self.names.append("temperature")
        if kind in (ActivityKind.OFFER, ActivityKind.WIN):
            self.names.append("money")
        self.names = [name for name in self.names if name not in skip]

    def _suffix(self, name: str, tokens: list[str], keep: int) -> tuple[object, int] | None:
        if name == "margin":
            return _match_margin(tokens)
        if name == "when":
            return match_date_suffix(tokens, today=self.today, direction="past", keep_at_least=keep)
        if name == "time":
            used = time_suffix(tokens, after_date=False)
            return (None, used) if used and len(tokens) - used >= keep else None
        if name == "temperature":
            return _match_temperature(tokens)
        found = match_amount_suffix(tokens, krone=self.krone, keep_at_least=keep)
        if found is not None and found[1] >= 2 and len(tokens) > found[1]:
            # "uke 46 400 000 kr": a number right after a date word belongs to the date.
            lead, first = _word(tokens[-found[1] - 1]), _word(tokens[-found[1]])
            before = _word(tokens[-found[1] - 2]) if len(tokens) > found[1] + 1 else ""
            dayless_month = lead.rstrip(".") in MONTHS and not re.fullmatch(
                r"[0-9]{1,2}(?:st|nd|rd|th|:e)?", before
            )  # "Nov 18 400 000 kr", not "18. november 400 000 kr"
            head = tokens[: len(tokens) - found[1]]
            try:
                complete = match_date_suffix(head, today=self.today, direction="past") is not None
            except UserError:
                complete = False  # "forrige uke 1 250 000": the week is complete without it
            if first.isdigit() and (lead in _NUMBERED or dayless_month) and not complete:
                try:
                    shorter = match_amount_suffix(
                        tokens[-found[1] + 1 :], krone=self.krone, keep_at_least=0
                    )
                except UserError:
                    shorter = None
                if shorter is not None and shorter[1] == found[1] - 1:
                    return shorter
        return found

    def peel(self, tokens: list[str], *, keep: int) -> list[str]:
        progress = True
        while progress and len(tokens) > keep:
            progress = False
            if _ignorable(tokens[-1]):
                tokens = tokens[:-1]
                progress = True
                continue
            best: tuple[str, object, int] | None = None
            deferred: UserError | None = None
            for name in self.names:
                if name in self.found:
                    continue
                try:
                    hit = self._suffix(name, tokens, keep)
                except UserError as err:
                    if name == "when":
                        raise  # an impossible date ("31.02.") is said at once
                    deferred = deferred or err
                    continue
                if hit is not None and len(tokens) - hit[1] >= keep:
                    dated = best is not None and best[0] == "when" and _date_shaped(tokens[-1])
                    if best is None or (hit[1] > best[2] and not dated):
                        best = (name, hit[0], hit[1])  # "MNOK 1.5" is money, not 1 May
            if best is None:
                if deferred is not None and _amount_like(tokens[-1]):
                    if _per_period(tokens[-1]) and any(
                        _has_unit(t) or _word(t) in _AMOUNT_WORDS for t in tokens[keep:-1]
                    ):
                        continue  # "1,5 mill + 300k/år": two amounts, the yearly one asked
                    raise deferred  # "Equinor 1e400", "Equinor NaN": said at once
                continue
            name, value, used = best
            self.found[name] = value
            self.raw[name] = tokens[-used:]
            tokens = tokens[:-used]
            progress = True
        return tokens

    def _whole(self, name: str, phrase: list[str]) -> tuple[object] | None:
        """The option `name` if it is exactly these tokens."""
        size = len(phrase)
        if name == "margin":
            hit = _match_margin(["_", *phrase])
            return (hit[0],) if hit is not None and hit[1] == size else None
        if name == "when":
            found = match_date_suffix(phrase, today=self.today, direction="past")
            return (found[0],) if found is not None and found[1] == size else None
        if name == "time":
            return (None,) if time_suffix(phrase, after_date=False) == size else None
        if name == "temperature":
            filler = size == 2 and _word(phrase[1]) in _TEMPERATURE_FILLERS
            temperature = _TEMPERATURES.get(_word(phrase[0])) if size == 1 or filler else None
            return (temperature,) if temperature is not None else None
        try:
            money = parse_amount(" ".join(phrase), krone=self.krone)
        except UserError as err:
            if err.code == "bad_amount":
                return None
            raise
        return (money,) if money is not None else None

    def read_rest(self, tokens: list[str]) -> str | None:
        """Read what options remain in `tokens` left to right; what is left is unread."""
        unread: list[str] = []
        index = 0
        while index < len(tokens):
            hit = None
            for size in range(min(len(tokens) - index, _MAX_OPTION_TOKENS), 0, -1):
                phrase = tokens[index : index + size]
                for name in self.names:
                    if name in self.found:
                        continue
                    value = self._whole(name, phrase)
                    if name == "money" and size == 1 and re.fullmatch(r"[0-9]{1,3}", phrase[0]):
                        value = None  # "i 3 år": a small bare number inside is no amount
                    if value is not None:
                        hit = (name, value[0], size)
                        break
                if hit is not None:
                    break
            if hit is None:
                if not _ignorable(tokens[index]):
                    unread.append(tokens[index])
                index += 1
                continue
            name, value, size = hit
            self.found[name] = value
            index += size
        margin = self.found.get("margin") is not None
        unread = [w for w in unread if not (margin and _word(w) in _MARGIN_WORDS)]  # "18% margin"
        if all(_repeats_kind(_word(word), self.kind) for word in unread):
            return None  # only words that repeat the command: "Statkraft signert 400k"
        return " ".join(unread)


def _match_temperature(tokens: list[str]) -> tuple[Temperature, int] | None:
    used = 2 if len(tokens) > 2 and _word(tokens[-1]) in _TEMPERATURE_FILLERS else 1
    temperature = _TEMPERATURES.get(_word(tokens[-used]))
    return (temperature, used) if temperature is not None and len(tokens) > used else None


_PERCENT_WORDS = {"%", "prosent", "procent", "percent", "pct", "pst", "prc"}


def _match_margin(tokens: list[str]) -> tuple[Decimal, int] | None:
    """`margin 22%`, `db 22 %`, `marginal 22`, or a bare `22%`; 0 < margin <= 100."""
    value, used = tokens[-1], 1
    if _word(value) in _PERCENT_WORDS and len(tokens) > 2:
        value, used = tokens[-2] + "%", 2  # "22 %", "22 prosent", "30 pct"
    has_word = len(tokens) > used + 1 and _word(tokens[-used - 1]).rstrip(":") in _MARGIN_WORDS
    value = value.rstrip(",;!?")
    if not has_word:
        if not re.fullmatch(r"[0-9.,]+%", value):
            return None
    elif not any(ch.isdigit() or ch in "%-" for ch in value):
        return None  # "margin" is just a word in the customer name
    match = _MARGIN_VALUE.fullmatch(value)
    if match is None:
        raise UserError("bad_margin", text=value)
    margin = Decimal(match[1].replace(",", "."))
    if not 0 < margin <= 100:
        raise UserError("bad_margin", text=value)
    return margin, used + (1 if has_word else 0)


def _repeats_kind(word: str, kind: ActivityKind) -> bool:
    """ "møte", "teams-møte", "kundemøte" for a meeting; "ringt", "samtale" for a call."""
    if word in _KIND_WORDS[kind]:
        return True
    endings = {ActivityKind.MEETING: ("mote", "meeting"), ActivityKind.CALL: ("samtale", "samtal")}
    return any(word.endswith(end) for end in endings.get(kind, ()))


# Lower-case words that end public bodies' names ("Statens vegvesen", "Oslo kommune").
_NAME_TAILS = {
    "kommune", "kommun", "kommunen", "fylkeskommune", "vegvesen", "sykehus", "sykehuset",
    "sjukhus", "sjukhuset", "universitet", "universitetet", "hogskola", "hogskole", "stad",
    "staden", "lan", "landsting", "sygehus", "fylke", "direktorat", "direktoratet", "etat",
    "etaten", "tilsyn", "region", "regionen",
}  # fmt: skip


def _loss_name(tokens: list[str]) -> int:
    """A new customer before a loss's reason, without "--": its capitalised words, numbers,
    legal form and "&" ("Bane NOR", "Sparebank 1 SMN", "Unknown Co", "Statens vegvesen"), up
    to the first other word or the reason ("Equinor de valgte Visma", "Volvo Cars priset")."""
    limit = _name_end(tokens, ActivityKind.LOSS)
    size = _one_name(tokens)
    while size < limit:
        token = tokens[size].rstrip(",;:")
        named = (
            token[:1].isupper()
            or token.isdigit()
            or token in LEGAL_SUFFIXES
            or token == "&"
            or _word(token) in _NAME_TAILS
        )
        if not named:
            break
        size += 1
        if tokens[size - 1].endswith(","):
            break
    return size


def _one_name(tokens: list[str]) -> int:
    """A new customer before a loss's reason: one word, with its legal form ("Equinor ASA")."""
    size = 1
    while size < len(tokens) and customer_key(" ".join(tokens[: size + 1])) == customer_key(
        tokens[0]
    ):
        size += 1
    return size


def _parse_loss(
    tokens: list[str], quoted: str | None, note: str | None, today: date, known: Collection[str]
) -> LogCommand:
    """ "<customer> [date] [reason]": a quoted or known customer's longest prefix, else all
    before "--", else one word. A date right after the customer, or ending the reason, is the
    loss's date ("Fjordkraft i går", "Hydro pris for høy i går")."""
    when: date | None = None
    if quoted is None:
        when, tokens = _take_leading_date(tokens, today, known)
        lead = _leading_amount(tokens) if not _known_prefix(tokens, known) else 0
        if lead:
            # "/loglost 320k Veidekke", "kr 45.000,- Veidekke": no name's words, the reason's
            tokens = [*tokens[lead:], *tokens[:lead]]
    if quoted is not None:
        size, tokens = len(quoted.split()), [*quoted.split(), *tokens]
    else:
        size = _known_prefix(tokens, known) or (
            _name_end(tokens, ActivityKind.LOSS) if note is not None else _loss_name(tokens)
        )
        size = min(size, len(tokens)) if tokens else 0
    checked = quoted is None and not _known_prefix(tokens, known)
    customer = _customer(
        tokens[:size], ActivityKind.LOSS, today, checked=checked, rest=tokens[size:]
    )
    reason = tokens[size:]
    if when is None and reason:
        for lead in range(min(len(reason), 8), 0, -1):
            found = match_date_suffix(reason[:lead], today=today, direction="past")
            if found is not None and found[1] == lead:
                when, reason = found[0], reason[lead:]
                break
    if when is None and reason:
        found = match_date_suffix(reason, today=today, direction="past")
        if found is not None:
            when, reason = found[0], reason[: -found[1]]
    when = check_activity_date(when or today, today)
    text = clean_display_name(" ".join(reason))
    if text and note:
        text = f"{text}; {note}"
    return LogCommand(
        kind=ActivityKind.LOSS, customer=customer, when=when, note=text or note or None
    )
