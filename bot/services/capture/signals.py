"""What a channel message contains, read with no judgement yet: its words split into sentences
and clauses, the lexicon phrases found in it, the customer names (known to the workspace, or
guessed from capitalised words in the right place), the amounts and the dates.

Amounts and dates are read by the same parsers as the slash commands (amounts.py, dates.py);
this module only decides where to look. Pure: `today` is passed in."""

from __future__ import annotations

import re
import types
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from decimal import Decimal
from functools import lru_cache

from bot.errors import UserError
from bot.services import dates as date_reader
from bot.services import emoji
from bot.services.amounts import (
    DECIMAL_POINTS,
    OTHER_SIGN_CODES,
    US_DOLLAR,
    CurrencyClash,
    Money,
    ascii_digits,
    far_above,
    parse_amount,
    plain_text,
    thousand_kroner_joined,
    whole_number_said,
)
from bot.services.capture import lexicon
from bot.services.capture.places import is_place, names_a_company
from bot.services.commands.next_steps import PERIOD_ENDS
from bot.services.commands.periods import PERIODS, how_long, per_period_at
from bot.services.commands.words import is_a_role
from bot.services.customers import FOUNDERS_SHORT, LEGAL_SUFFIXES, customer_key, joined_spellings
from bot.services.dates import (
    DURATION_GLUED,
    DURATION_UNITS,
    MONTHS,
    SPAN_BEFORE,
    WEEKDAYS,
    YESTERDAY_WORDS,
    a_version_not_a_week,
    fold,
    is_weekday,
    names_a_bank_holiday,
    names_a_holiday,
    parse_date,
    typed_last_year,
    weekday_index,
)

# -- cleaning and tokens ----------------------------------------------------------------------
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
_SLACK_LINK = re.compile(r"<[#!][^>]*>|<(?:https?|mailto):[^>|]*(?:\|([^>]*))?>")
_SHORTCODE = re.compile(rf"(?<![0-9]){emoji.SHORTCODE_NAME}")  # not "14:00-15:00"
_ANY_EMOJI = "\U0001f518"  # 🔘: no reader gives it a meaning (a shortcode's stand-in, clean)
_CODE = re.compile(r"```.*?```|`[^`]*`", re.DOTALL)


# lead36. A name set off as code ("Møtte `Tine` i dag", "Won `Aker BP` 320k"): one to four words
# of letters, no command, number or line break, read as plain text (was: the name taken out, the
# message read as nothing). Anything else in backticks is an example or pasted text, not read.
def _a_name_in_code(said: str) -> bool:
    """lead36 (`_CODE_NAME`): words in backticks that are a name, never an example of a record
    ("`Won Nammo`", "`møte Tine`": a word of what happened in it, not read), nor a reference
    (session 49: "`T-2026-118`", "`INV-4471`", "`SO12345`": was a customer "T")."""
    if _A_REFERENCE.match(said):
        return False
    whole, stems = _record_words_of()
    return not any(fold(w) in whole or fold(w).startswith(stems) for w in said.split())


def _a_word_set_off(match: re.Match[str]) -> bool:
    """Session 46. One word in backticks opening a sentence that goes on ("`Tilbud` til
    Felleskjøpet: 2,4 MNOK, sendt i dag"): set off as a heading, read (was the message nothing)."""
    said, after = match[1], match.string[match.end() :]
    return (
        " " not in said
        and match.start() == 0
        and re.match(r"[ \t]+til\b|[ \t]+till\b|[ \t]+to\b|[ \t]+med\b|[ \t]+with\b", after)
        is not None
    )


@lru_cache(maxsize=1)
def _record_words_of() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of what happened (wins, losses, meetings, calls, offers), folded: whole words,
    and the stems of those ending in "*"."""
    words: set[str] = set()
    for block in (
        lexicon.WIN_VERBS, lexicon.LOSS_VERBS, lexicon.MEETING_VERBS, lexicon.MEETING_NOUNS,
        lexicon.CALL_VERBS, lexicon.CALL_NOUNS, lexicon.OFFER_NOUNS, lexicon.SEND_VERBS,
        lexicon.OFFER_VERBS,
    ):  # fmt: skip
        words |= {fold(phrase.split()[0]) for phrase in entries(block)}
    stems = tuple(sorted(w[:-1] for w in words if w.endswith("*") and len(w) > 3))
    return frozenset(w for w in words if not w.endswith("*")), stems


# Session 49. A reference set off as code: a few letters, then its number after a mark or of
# three digits or more ("T-2026-118", "INV-4471", "PO/2211", "SO12345"; never "Unit4")
_A_REFERENCE = re.compile(r"[^\W\d_]{1,5}(?:[-_/#.][0-9]|[0-9]{3})")
_CODE_NAME = re.compile(r"(?<!`)`([^\W\d_][\w&'’.-]*(?:[ ][\w&'’.-]+){0,3})`(?!`)")
# Session 47. An amount set off as code ("`kr 320.000,-` fra Jernia, signert i dag"): read as
# plain text (was taken out with every other code, the win left without its amount)
_CODE_AMOUNT = re.compile(
    r"(?<!`)`((?i:kr\.?|nok|sek|dkk|eur|usd|gbp|[€$£])?\s?[0-9][0-9 .,']*"
    r"(?i:\s?(?:kr\.?|k|m|mill|mio|mnok|msek|mkr|tkr|nok|sek|dkk|eur|usd|gbp|,-|:-))?)`(?!`)"
)
_STRUCK = re.compile(r"(?<!\w)~[^~\n]+~(?!\w)")
_QUOTED = re.compile(r"^\s*>.*$", re.MULTILINE)
_FORMATTING = re.compile(r"(?<![\w:])[*_~]+|[*_~]+(?![\w:])")  # *bold* _italic_ ~strike~
# Session 25. Slack's correction mark: a lone star before an amount ("Hafslund-tilbudet: *320k,
# ikke 230k"), never closed as *bold* is, says the amount is corrected, as "rettelse:" does.
_STAR_CORRECTION = re.compile(r"(?<![\w*])\*(?=[£€$]?\d)(?![^*\n]*\*)")
_CELEBRATION_MARK = "🎉"
CELEBRATION_MARK = _CELEBRATION_MARK
_WISH_MARK = "🤞"
# Two-letter words that end a sentence ("Ja. Vant Equinor"), never a short form in a name.
_SHORT_WORDS = (
    "(?:Ja|Jo|Nei|Nej|Ne|Ok|No|So|Nå|Nu|Så|Og|Vi|Du|Eg|Oh|Ah|Åh|Ha|He|Hm|Eh|Is|It|Me|Us|Up|Go)"
)
_WISH_CODES = {":crossed_fingers:", ":fingers_crossed:"}
# Laughing, as "lol": a joke is never recorded unasked (weigh.py). Not 😅, said of relief.
_LAUGHING = ("😂", "🤣", "😆", "😹")
_LAUGHING_CODES = {":joy:", ":rolling_on_the_floor_laughing:", ":laughing:", ":joy_cat:", ":rofl:"}
# Session 44. Faces of regret ("Lego valgte Tietoevry 😒": the author's loss, sorry about it;
# dropped with every other emoji when the text is read, told apart before: `sorry`)
_SORRY = ("😒", "😞", "😢", "😭", "😤", "🙁", "☹️", "😩", "😡", "👎", "😔", "😣", "💔", "🤬", "😠")
_SORRY_CODES = {
    ":unamused:", ":disappointed:", ":cry:", ":sob:", ":triumph:", ":slightly_frowning_face:",
    ":white_frowning_face:", ":weary:", ":rage:", ":-1:", ":thumbsdown:", ":pensive:",
    ":persevere:", ":broken_heart:", ":face_with_symbols_on_mouth:", ":angry:",
    # session 57: faces typed and regret said in words ("Bad news on Network Rail :( They went
    # with Amey")
    ":disappointed_relieved:", ":worried:", ":frowning:", ":confounded:", ":(", ":-(", ":'(",
    "bad news", "Bad news", "dårlige nyheter", "Dårlige nyheter", "dårlige nyheder",
    "Dårlige nyheder", "dåliga nyheter", "Dåliga nyheter", "tråkiga nyheter", "Tråkiga nyheter",
}  # fmt: skip


def sorry(text: str) -> bool:
    """A face of regret in the message (its emoji or shortcode)."""
    return any(face in text for face in _SORRY) or any(code in text for code in _SORRY_CODES)


LAUGHS = {"lol", "haha", "hahaha", "hehe", "lmao", "rofl", "xd", "jk", "😂"}
_BARE_LINK = re.compile(r"https?://\S+")
_LINK_NUMBER = re.compile(r"(?:#|\b(?:nr|no|id)\.?\s*)?\b[0-9][0-9.,]*\b")
_GLUED_MINUS = re.compile(r"(?<![\w.,%+\-/:])-(?=[0-9])")
_PRAY_MARK = "🙏"  # a hope before what is to come, thanks after what is done (weigh.py)
# Founders' first names shortened in a company's name (customers.FOUNDERS_SHORT: "Wilh.
# Wilhelmsen"): the dot before a capitalised word is the name's.
_NAME_SHORTS = f"(?:{'|'.join(FOUNDERS_SHORT)})"
_TOKEN = re.compile(
    r"[0-9](?:[0-9.,'’]*[0-9])?['’](?![\w'’])"  # "780'": the apostrophe is the thousands
    rf"|(?<![\w.])(?!{_SHORT_WORDS}\.)(?:(?:[A-ZÆØÅÄÖ][a-zæøåäö]?|{_NAME_SHORTS})\.){{1,3}}"
    r"(?=\s+[A-ZÆØÅÄÖ][\wæøåäö])"
    r"|(?<![\w.,])(?<![0-9] )[0-9]{1,3},-(?![\w-])"  # booked30: "Vant Kiwi 120,-": the krone's ",-"
    r"|@person|[€$£]?[^\W_][\w.,'’/&:+\-]*[\w%€$£]|[^\W_]|%|&|[🎉🤞🙏]|[.!?…]+|[,;:()\[\]\"“”«»–—]"
    r"|(?<=\s)-(?=\s)|(?<=\s)\+(?=\s)|[€$£]"
)  # a lone "&" is a word: "Hansen & Co" is one name, as /logmeeting reads it; so is a lone
# currency sign: "€ 40 000", "40 000 €" are euros
# "Bertel O. Steen AS", "A.P. Møller", "Kr. Olsen Rør AS": a capital's dot (or a two-letter
# short form's) before a capitalised word is an initial's, part of the name, not a sentence's end.
_INITIALS = re.compile(rf"(?:(?:[A-ZÆØÅÄÖ][a-zæøåäö]?|{_NAME_SHORTS})\.){{1,3}}")
_SENTENCE_END = {".", "!", "?", "…"}
_CLAUSE_END = {",", ";", "(", ")", "[", "]", "–", "—", "-", ":", '"', "“", "”", "«", "»"}


def entries(block: str) -> list[str]:
    return [e.strip() for e in block.replace("\n", " ").split("|") if e.strip()]


_TIMES = re.compile(r"(?<![\w.,])([0-9]{1,3})\s*[x\u00d7](?=\s|[0-9])\s*", re.IGNORECASE)


# "2. desember", "18. november": the ordinal's dot is no sentence end.
_MONTH_WORDS_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORDINAL_DOT = re.compile(
    rf"(?<![\w.,])([0-9]{{1,2}})\.\s+(?=(?:{_MONTH_WORDS_RE})\b)", re.IGNORECASE
)
# "2. påskedag", "1. pinsedag", "2. juledag": a holiday's ordinal (its dot kept for the date)
_HOLIDAY_ORDINAL = re.compile(
    r"(?<![\w.,])([12])\.\s+(?=(?:påske|paske|påsk|pinse|jule|nyttårs|nytårs)dag)", re.IGNORECASE
)


# "m/" is how Norwegian and Danish shorten "med" ("tlf m/ Kongsberg", "møde m/ Novo").
_CURLY_SHORT = re.compile(r"(?<=[nN])\u2019(?=[tT]\b)|(?<=[a-zA-Z])\u2019(?=(?:ll|ve|re|m|d)\b)")
_HAVE_SHORT = re.compile(r"\b(we|i|they|you)(?:['’]ve|ve(?=\s))", re.IGNORECASE)
_WITH_SHORT_EN = re.compile(r"(?<!\S)[wW]/(?=\s)")
_WITH_SHORT = re.compile(r"(?<!\S)[mM]/(?=\s)|(?<!\S)m\.(?=\s+[A-ZÆØÅÄÖ])")
# "tlf m. indkøbschefen i Coop Danmark", "møde m. direktøren": after a talk's noun "m." is
# "med" before any word (elsewhere only before a capital: "ca. 3 m. lang" is no "med")
# Session 49. "med" and "with" typed fast, two letters swapped, before a name ("Møte mde
# Statkraft 3/12", "meeting wiht Tesco": were nothing)
_WITH_TYPED_FAST = re.compile(r"(?<!\S)(?:mde|emd|wiht|wtih|iwth)(?=\s+[A-ZÆØÅÄÖ])")
_WITH_SHORT_AFTER_TALK = re.compile(
    r"(?<![\w.])(tlf|tel|telefon|møte|møde|möte|mote|mode|mtg|opkald|samtale|samtal|lunsj|frokost)"
    r"(\.?)\s+m\.?(?=\s)",  # session 49: "Tlf. m. indkøb", "tlf m indkøb" too
    re.IGNORECASE,
)
# "både … og", "both … and" before names: the pair is read as without it ("Won both Tesco and
# Boots" was nothing)
# pairs29: a line opening with the phone ("📞 Tine, Orkla og Bama i dag"): the calls' noun, as
# "Samtaler Tine, Orkla og Bama i dag" (was nothing: the emoji is no token)
_PHONE_OPENING = re.compile(
    r"^[ \t]*(?:📞|☎\ufe0f?|:telephone_receiver:|:phone:|:telephone:)[ \t]*", re.MULTILINE
)
_BOTH = re.compile(r"(?<![\w-])(?:både|both)\s+(?=[A-ZÆØÅÄÖ0-9])", re.IGNORECASE)
# Abbreviations whose dot ends no sentence: a weekday's ("ons., lidt lunken", "tirs. 1/12") and
# the Danish "d." of a date ("tirs d. 1/12"), before a comma, a number or a small word.
_ABBREVIATION_DOT = re.compile(
    r"(?<![\w.])(man|tir|tirs|ons|tor|tors|fre|lør|søn|mån|tis|lör|sön|mon|tue|tues|wed|thu|"
    r"thur|thurs|fri|sat|sun|d)\.(?=\s*[,;0-9a-zæøåäö])",
    re.IGNORECASE,
)

# "Tlf. Equinor", "tilb. til Bama", "ca. 400k", "ang. fornyelse": a shortened word's dot ends no
# sentence
_PHONE_DOT = re.compile(
    r"(?<![\w.])(tlf|tel|tilb|ca|approx|omkr|ang|vedr|hhv|resp|inkl|ekskl|exkl|evt)\.",
    re.IGNORECASE,
)  # (session 53: "hhv. 240k og 310k", "resp. 2 och 3 mkr", "inkl. mva")
# left32. "fre el. man", "tis el. ons": "eller" shortened between two days, no sentence's end
# (left34: "elr", and "alt." for alternatively, "Thu alt. Fri", an English day after it too)
_OR_DOT = re.compile(
    r"(?<=\w)\s+(?:el|ell|elr|alt)\.?\s+(?=(?:man|tir|tirs|ons|tor|tors|fre|lør|søn|mån|tis|lör|sön|"
    r"mandag|tirsdag|onsdag|torsdag|fredag|måndag|tisdag|uke|uge|vecka|v|mon|tue|tues|wed|weds|"
    r"thu|thur|thurs|fri|monday|tuesday|wednesday|thursday|friday|week|wk)\b)",
    re.IGNORECASE,
)
# "v. 2", "w. 51": a week's number after its short word, one token ("v.2"), no sentence's end
_WEEK_DOT = re.compile(r"(?<![\w.])([vVwW])\.\s*(?=[0-9]{1,2}(?![0-9]|[.,/:][0-9]))")


# A lone tilde before an amount is "about" (a pair is struck-through text, taken out before)
_ABOUT_TILDE = re.compile(r"(?<![\w~])~\s?(?=[£€$]?\s?[0-9])")


# lead37: a number sign before digits ("tilbud #4471", "PO #88213"): a reference, as "nr" says
# Session 49. A reference written as capitals, a hyphen and its number ("T-2026-118", "INV-4471")
_A_REFERENCE_WORD = re.compile(r"(?<![\w-])[A-Z]{1,5}-[0-9]{3,}(?:[-/][0-9]+)*(?![\w-])")
_NUMBER_SIGN = re.compile(r"(?<![\w#])#(?=\d)")
# Session 47. A company's registration number ("org.nr 964 111 222", "orgnr: 556012-5790", "CVR
# 12345678", "VAT no GB123456789"): no amount of a deal (was "964 111" read as the offer's)
_ORG_NUMBER = re.compile(
    r"(?i)(?<![\w.])(?:org(?:anisasjons|anisations)?\.?\s*(?:nr|no|nummer|number)\.?|orgnr\.?"
    r"|org\.?-?nr\.?|cvr(?:-?nr\.?)?|mva-?nr\.?|vat\s*(?:no|nr|number)\.?|company\s+no\.?)"
    r"\s*:?\s*(?:[A-Z]{2})?\d[\d\s.-]{5,14}\d(?:\s*mva)?"
)


# A Swedish genitive after a short form or a foreign name ("IKEA:s", "H&M:s", "Fazer Oy:s"):
# read as "'s" is.
_THE_NTH_IN_BRACKETS = re.compile(r"(?i)\(\s*the\s+([0-9]{1,2}(?:st|nd|rd|th))\s*\)")
_COLON_GENITIVE = re.compile(r"(?<=[^\W_]):s(?=[\s,.;!?]|$)")


@lru_cache(maxsize=2048)
def clean(text: str) -> str:
    """Slack's markup out, people as @person, celebration emoji as one mark, other emoji gone.
    (reader28: remembered for the last texts; a pure function of the text, asked again of a
    message's parts and by each of its readings)"""
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = plain_text(text)  # "Won Nam\u200bmo ３２０ｋ": invisible marks out, wide forms ASCII
    text = ascii_digits(text)  # "Vant Yara ３００ ０００ kr": digits of any form read as 0-9
    # "Vant Equinor −250k": a minus sign (the hyphen, or the minus sign read as one) on a number
    # says it is negative; the tokens would drop it and read 250k (see `amounts`)
    text = _GLUED_MINUS.sub(" minus ", text)
    text = US_DOLLAR.sub("$", text)  # "US$ 40 000": dollars, never the team's krone
    text = thousand_kroner_joined(text)  # lead36: Danish "230t kr": "230tkr"
    text = _WITH_TYPED_FAST.sub(lambda m: "with" if m[0][0] in "wi" else "med", text)
    text = _WITH_SHORT_AFTER_TALK.sub(r"\1\2 med", text)
    text = _WITH_SHORT.sub("med", text)  # "tlf m/ Kongsberg", "møte m/ DNB": "med"
    text = _WITH_SHORT_EN.sub("with", text)  # "Lunch w/ Tesco buyer": "with"
    # session 49: a phone's curly apostrophe in a short form ("Couldn’t get a meeting with
    # Finnair", "they’ll call": was read as a meeting held, the words as none of ours)
    text = _CURLY_SHORT.sub("'", text)
    text = _HAVE_SHORT.sub(r"\1 have", text)  # "We've won Aviva": "We have won"
    text = _BOTH.sub("", text)  # "Vant både Tine og Orkla": the pair as "Vant Tine og Orkla"
    text = _PHONE_OPENING.sub("samtaler ", text)  # pairs29: "📞 Tine, Orkla og Bama i dag"
    text = _ABBREVIATION_DOT.sub(r"\1", text)
    if "(the " in text.lower():
        text = _THE_NTH_IN_BRACKETS.sub(r"(\1)", text)  # session 46: "last Thursday (the 26th)"
    if ":s" in text:
        text = _COLON_GENITIVE.sub("'s", text)  # session 46: "Fazer Oy:s inköpschef", "IKEA:s VD"
    text = _PHONE_DOT.sub(r"\1", text)
    text = _OR_DOT.sub(" eller ", text)
    text = _WEEK_DOT.sub(r"\1.", text)
    for sign, code in OTHER_SIGN_CODES.items():
        text = text.replace(sign, f" {code} ")  # "¥5M": asked, never the team's krone
    if "`" in text:
        text = _CODE_AMOUNT.sub(r" \1 ", text)
        text = _CODE_NAME.sub(
            lambda m: f" {m[1]} " if _a_name_in_code(m[1]) or _a_word_set_off(m) else m[0], text
        )
        text = _CODE.sub(" ", text)
    text = _QUOTED.sub("\n", text)  # someone else's words, quoted
    text = _STRUCK.sub(" ", text)  # ~200k~ 300k: the struck words were taken back
    text = _ABOUT_TILDE.sub(" ca ", text)  # "(~£40k)", "~ 300k": about, said roughly
    text = _STAR_CORRECTION.sub(" rettelse: ", text)  # "*320k, ikke 230k": a correction
    text = _FORMATTING.sub(" ", text)
    text = _MENTION.sub(" @person ", text)
    text = _AT_SIGN_BETWEEN.sub(" at ", text)  # session 54: "call with Sarah @ Vodafone UK"
    text = _ORG_NUMBER.sub(" ", text)
    text = _NUMBER_SIGN.sub(" nr ", text)  # lead37: "tilbud #4471 til Tine, 300k": a number
    # session 49: "tilbud T-2026-118 til NorgesGruppen": a reference (was a customer "T")
    text = _A_REFERENCE_WORD.sub(" nr ", text)
    # a link's words are read, its numbers are none of ours ("<…/deal/4471|Pipedrive #4471>")
    text = _SLACK_LINK.sub(lambda m: f" {_LINK_NUMBER.sub(' ', m.group(1) or '')} ", text)
    text = _BARE_LINK.sub(" ", text)  # "… 2 mill https://intranett/deal/123": no words
    text = _TIMES.sub(r"\1 x ", text)
    text = _HOLIDAY_ORDINAL.sub(r"\1 ", text)
    text = _ORDINAL_DOT.sub(r"\1 ", text)  # "3 × 200 000", "2x 300k", "2x300k": a count, times
    celebrating = _CELEBRATION_SET

    def shortcode(match: re.Match[str]) -> str:
        code = match.group(0)
        if code in celebrating:
            return f" {_CELEBRATION_MARK} "
        if code in _WISH_CODES:
            return f" {_WISH_MARK} "
        if code == ":pray:":
            return f" {_PRAY_MARK} "
        if code in _LAUGHING_CODES:
            return " lol "
        # Session 47: any other emoji's name stands as a pictograph does, one token of no
        # meaning that still parts the words around it ("Møte med Tine :smile: de vil se en
        # pilot" as "… Tine 😄 de vil …": was "Tine de vil …", read as nothing)
        return f" {_ANY_EMOJI} "

    # "Tine møte ✅", "Boots meeting :white_check_mark:": a check mark says it was done (beside
    # a cheer it is part of the cheer: "Sector Alarm 🤝✅")
    if not any(mark in text for mark in celebrating):
        # session 46: "møte Coop ✔️", "mtg Husqvarna AB ✅": the kind, the name, the mark that
        # says it was done, read as "Coop møte ✅" is (was nothing)
        text = _NOUN_NAME_CHECK.sub(
            lambda m: f"{m[2]} {'samtale' if m[1].casefold() == 'tlf' else m[1]} done", text
        )
        # session 56: so is each item of a list told so ("EOD: mtg Freia (Mondelez) ✅ offer to
        # Jordan AS sent ✅", "tlf Matas ✔️ tlf Normal ✔️": the items after the first were lost)
        text = _AN_ITEM_CHECKED.sub(_an_item_checked, text)
        opening = _NAME_THEN_CHECK.match(text)
        if opening is not None and _set_off(opening[1], text[opening.end() :]):
            # session 46: "Best ✅ tilbud sendt 180k", "Netto ✅ møde holdt": the mark sets the
            # name off as a colon would (was "Best done tilbud …": nothing)
            text = f"{opening[1]} : {text[opening.end() :]}"
        # session 56: a mark between two items ends the first one's clause ("mtg Freia ✅ call
        # Jordan ✅", "møte Freia ✅ tlf Jordan": the meeting was dropped, read as one clause)
        text = _A_CHECK_BEFORE_WORDS.sub(" done ; ", text)
        text = _CHECK_MARK.sub(" done ", text)
    text = _SHORTCODE.sub(shortcode, text)
    for mark in _CELEBRATION_MARKS:
        if not mark.startswith(":"):
            text = text.replace(mark, f" {_CELEBRATION_MARK} ")
    for mark in _LAUGHING:
        text = text.replace(mark, " lol ")
    text = text.replace("🙏", f" {_PRAY_MARK} ").replace("🤞", f" {_WISH_MARK} ")
    cheered = _NAME_THEN_CHEER.match(text)
    if cheered is not None and _set_off(cheered[1], text[cheered.end() :]):
        # session 46: "Bama 🔥 tilbud ute 450k", "Jysk 🤝 1,2 mio.": the name that opens the
        # message set off by the cheer, as by a colon (was nothing)
        text = f"{cheered[1]} : {_CELEBRATION_MARK} {text[cheered.end() :]}"
    text = _emoji_clauses(text, keep="🎉🤞🙏")
    # Session 48. A check mark or a cheer, then "de"/"we"/"kunden" opening what they said: a
    # clause of its own ("Møte med Orkla i går ✅ de ønsker pris": was one clause, the meeting
    # read as wished for, nothing)
    text = _MARK_THEN_THEY.sub(r"\1 ; ", text)
    text = re.sub(r"\s*\n\s*", " . ", text)  # a line break ends a sentence
    return " ".join(text.split())


# Session 54. "@" typed apart between a person and a company ("call with Sarah @ Vodafone UK",
# "head of ops @ Whitbread"): "at" (was a customer "Sarah Vodafone UK", sure)
_AT_SIGN_BETWEEN = re.compile(r"(?<=[^\W\d_])\s+@\s+(?=[A-ZÆØÅÄÖ][^\W\d_])")


_MARK_THEN_THEY = re.compile(
    rf"((?<!\S)(?:done|{_CELEBRATION_MARK}))(?=\s+(?:de|dei|dom|dem|vi|they|we|han|hun|ho|hon|"
    r"he|she|kunden|kunde|kund"
    # session 58: or the seller's step to come ("Great meeting w/ Greggs this morning :fire:
    # will send the propsal Friday": the step was lost, read in the meeting's clause)
    r"|will|i'll|we'll|skal|ska|skall|jeg|jag|eg)\s)",
    re.IGNORECASE,
)


def _set_off(name: str, rest: str) -> bool:
    """Session 46. A name opening a message, a mark, then a word of a record ("Bama 🔥 tilbud
    ute 450k", "Netto ✅ møde holdt"): the mark sets the name off. Not when the opening holds a
    word of ours ("Won Acme 🎊 200k") or no word of a record follows ("Hagen Elektro AS 🤝 en
    halv mill" is read as a cheer with its amount)."""
    first = rest.split(maxsplit=1)[:1]
    return (
        bool(first)
        and fold(first[0].strip(".,:;!")) in _record_starters()
        and not any(fold(word) in _cue_words() for word in name.split())
    )


@lru_cache(maxsize=1)
def _record_starters() -> frozenset[str]:
    """The first words of the lexicon's records: its cues and the nouns of its kinds."""
    return frozenset(
        phrase.words[0]
        for category in (
            "WIN_VERBS", "LOSS_VERBS", "MEETING_VERBS", "MEETING_NOUNS", "CALL_VERBS",
            "CALL_NOUNS", "OFFER_NOUNS", "SEND_VERBS",
        )
        for phrase in PHRASES[category]
        if not phrase.prefix[0]
    )  # fmt: skip


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """The one-word cues of what happened ("Won", "Tapte", "Møtte"): no name's words."""
    return frozenset(
        phrase.words[0]
        for category in ("WIN_VERBS", "LOSS_VERBS", "MEETING_VERBS", "CALL_VERBS", "SEND_VERBS")
        for phrase in PHRASES[category]
        if len(phrase.words) == 1 and not phrase.prefix[0]
    )


# The name opening a message ("Bama", "Husqvarna AB", "Rema 1000"): one to three capitalised
# words, a legal form or a number among them (session 46: set off by a mark after it)
_OPENING_NAME = r"(?:[A-ZÆØÅÄÖ][\w&'.-]*|[0-9]+)(?:\s+(?:[A-ZÆØÅÄÖ][\w&'./-]*|[0-9]+)){0,2}"
_CHECKS = (
    r"\u2705|\u2611\ufe0f?|\u2714\ufe0f?|:white_check_mark:|:heavy_check_mark:"
    r"|:ballot_box_with_check:"
)
_NOUN_NAME_CHECK = re.compile(
    r"^\s*((?i:møte|møde|möte|mote|mtg|meeting|samtale|samtal|call|tlf|opkald|demo|besøk|besök))"
    rf"\s+({_OPENING_NAME})\s*(?:{_CHECKS})\s*$"
)
_AN_ITEM_CHECKED = re.compile(
    r"(?P<lead>(?:^|(?<=[;,.:!\n])|(?<=[;,.:!\n][ \t])|(?<=[\u2705\u2714\u2611\ufe0f][ \t]))"
    r"[ \t]*)((?i:møte|møde|möte|mote|mtg|meeting|samtale|samtal|call|tlf|opkald|demo|besøk|"
    r"besök))"
    rf"[ \t]+({_OPENING_NAME})[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?(?:{_CHECKS})[ \t]*"
    r"(?:[,;][ \t]*)?(?P<more>(?=[^\W\d_]))?(?(more)|(?=\s*$))"
)


def _an_item_checked(found: re.Match[str]) -> str:
    kind = "samtale" if found[2].casefold() == "tlf" else found[2]  # "Matas tlf": no call read
    said = f"{found['lead']}{found[3]} {kind} done"
    return f"{said} ; " if found["more"] is not None else said


_NAME_THEN_CHEER = re.compile(rf"\s*({_OPENING_NAME})\s*🎉\s*(?=[^\W_])")
_NAME_THEN_CHECK = re.compile(rf"\s*({_OPENING_NAME})\s*(?:{_CHECKS})\s*(?=[^\W_])")
_CHECK_MARK = re.compile(rf"(?:{_CHECKS})")
_A_CHECK_BEFORE_WORDS = re.compile(rf"(?<=[^\W_])[ \t]*(?:{_CHECKS})[ \t]*(?=[^\W\d_])")
_EMOJI_BETWEEN = re.compile(r"(?<=[^\W_])[ \x00\ufe0f\u200d]*\x00[ \x00\ufe0f\u200d]*(?=[^\W\d_])")


def _emoji_clauses(text: str, keep: str) -> str:
    """Pictographs out (but those in `keep`); one between two words ends a clause, as a comma
    would ("Ren Røst AS: demo idag 🙂 de vil ha pris …": what they want is not the demo)."""
    marked = "".join("\x00" if emoji.is_emoji_char(ch) and ch not in keep else ch for ch in text)
    labelled = _NAME_THEN_MARK.match(marked)
    if labelled is not None and _set_off(labelled[1], marked[labelled.end() :]):
        # Session 46. "Bama 🔥 tilbud ute 450k", "Biltema 🔥 offert 420k": the mark after the
        # name that opens the message sets it off as a colon would (was a clause's end, the
        # offer read without its customer: nothing)
        marked = f"{labelled[1]} : {marked[labelled.end() :]}"
    return _EMOJI_BETWEEN.sub(" ; ", marked).replace("\x00", " ")


# The name opening a message, then a mark and more words: one to three capitalised words (a
# legal form or a number among them), no verb of ours
_NAME_THEN_MARK = re.compile(
    rf"\s*({_OPENING_NAME})[ \x00\ufe0f\u200d]*\x00[ \x00\ufe0f\u200d]*(?=[^\W_])"
)


@dataclass(frozen=True)
class Token:
    text: str
    folded: str
    sentence: int
    clause: int
    is_word: bool


_COMPOUND = re.compile(r"([A-ZÆØÅÄÖ0-9][\w&]*)-([a-zæøåäöé]\w*)")
_A_NAMES_TAIL_AND_THE_DEAL = re.compile(
    r"(\b[A-ZÆØÅÄÖ][\w&.]{1,30} [a-zæøåäö][\w]{2,})-((?:anbud|anbod|avtal|aftal|kontrakt|"
    r"tilbud|tilbod|udbud|upphandling|affär|affær|deal|prosjekt|projekt|ordre|order|offert)\w*)\b"
)


def _apart(match: re.Match[str]) -> str:
    """ "Statkraft-kontrakten": the name and the word, apart; "7-eleven", a figure and a word of
    no meaning of ours, is one name written in lower case (names27), kept whole."""
    head, tail = match.group(1), match.group(2)
    if head.isdigit() and len(tail) >= 3 and tail.isalpha() and _a_name_word(tail):
        return match.group(0)
    if tail.lower() in _HYPHENED_NAME_ENDS:
        return match.group(0)  # lead37: "Co-op", "3T-gruppen": one name (was "Co", "3T")
    return f"{head} {tail}"


# lead37: the words after a hyphen that end a company's name, never a noun of ours after it
_HYPHENED_NAME_ENDS = {
    "op", "gruppen", "gruppa", "group", "koncernen", "konsernet", "koncernet", "konsern",
    "koncern", "bolaget", "selskabet",
}  # fmt: skip


def _a_name_word(word: str) -> bool:
    folded = fold(word)
    return not (
        folded in NOT_NAMES
        or folded in _LEXICON_WORDS
        or folded.startswith(_LEXICON_PREFIXES)
        or folded in _WEEK_WORDS
        or folded in _NUMBER_UNITS
        or folded in MONEY_WORDS
        or folded in _QUANTITY_WORDS
    )


def tokenise(text: str) -> list[Token]:
    return list(_tokenised(text))  # a new list each time: callers may change theirs


@lru_cache(maxsize=2048)
def _tokenised(text: str) -> tuple[Token, ...]:
    return tuple(_tokenise(text))


def _tokenise(text: str) -> list[Token]:
    tokens: list[Token] = []
    sentence = clause = 0
    # "Statkraft-kontrakten", "Teams-møte": the name and the word, apart.
    text = _COMPOUND.sub(_apart, text)
    if "-" in text:
        # session 56: a name's lower-case last word glued to the deal ("Tapte Statens
        # vegvesen-anbudet", "Oslo kommune-avtalen": was a loss of "Statens")
        text = _A_NAMES_TAIL_AND_THE_DEAL.sub(r"\1 \2", text)
    raws = _TOKEN.findall(text)
    for at, raw in enumerate(raws):
        if raw == "." and _a_units_dot(raws, at):
            tokens.append(Token(raw, raw, sentence, clause, False))  # "2,25 mio. kr sendt"
            continue
        if raw[0] in _SENTENCE_END and not raw[0].isalnum():
            tokens.append(Token(raw, raw, sentence, clause, False))
            sentence += 1
            clause += 1
            continue
        if raw in _CLAUSE_END:
            tokens.append(Token(raw, raw, sentence, clause, False))
            clause += 1
            continue
        if raw == "+":  # "Pret + Greggs": two names, never one; the clause goes on
            tokens.append(Token(raw, raw, sentence, clause, False))
            continue
        word = raw if _INITIALS.fullmatch(raw) else raw.rstrip(".,:") or raw
        folded = fold(word)
        if (
            folded in _JOINS_A_CLAUSE | _BUT
            and at + 1 < len(raws)
            and fold(raws[at + 1]) in _OUR_SUBJECTS | _THEIR_SUBJECTS
            and tokens
            and tokens[-1].is_word
        ):
            # session 41: "they are positive and we will send …": our own clause; session 54:
            # "Snakket med Tine men de valgte …", "… i formiddag og de skal tenke på det": theirs
            clause += 1
        tokens.append(Token(word, folded, sentence, clause, True))
    return tokens


_JOINS_A_CLAUSE = {"and", "og", "och"}
_OUR_SUBJECTS = {"we", "vi", "jeg", "jag", "eg", "i", "we'll", "i'll"}
_BUT = {"but", "men"}
_THEIR_SUBJECTS = {"they", "de", "dei", "dom", "they've", "they'd", "they'll", "theyve"}


# Session 21 (parser21): "2,25 mio. kr", "1,5 mill. NOK": the dot of a shortened amount unit
# before its currency ends no sentence (the words after it were cut off from the offer).
_UNIT_SHORTS = {"mio", "mill", "mia", "mrd", "md", "t"}
_CURRENCY_AFTER = {"kr", "kr.", "kroner", "kronor", "nok", "sek", "dkk", "eur", "euro"}


def _a_units_dot(raws: list[str], at: int) -> bool:
    if not 0 < at < len(raws) - 1:
        return False
    if fold(raws[at - 1]) in _UNIT_SHORTS and fold(raws[at + 1]).rstrip(".") in _CURRENCY_AFTER:
        return True
    # lead37: "Tilbud 1,5 mio. kr. til Ørsted": the krone's dot before a small word goes on;
    # session 54: so does the unit's after its figure ("på 2,3 mio. i onsdags 🙏 krydser
    # fingre": the day was cut off from the offer, read as the hope's)
    return (
        fold(raws[at - 1]) in ("kr", "kr.", *_UNIT_SHORTS - {"t"})
        and any(ch.isdigit() for raw in raws[max(at - 5, 0) : at - 1] for ch in raw)
        and raws[at + 1][:1].islower()
    )


def _spelt(folded: str) -> str:
    """A word of ours written with "oe" or "aa" for ø or å where the keyboard has neither
    ("Moede med", "Moete med", "paa"): the word it spells; any other word as it is (a name
    such as "Haas" stays itself: only phrases are matched so)."""
    if ("oe" in folded or "aa" in folded) and folded not in _PHRASE_WORDS:
        plain = folded.replace("oe", "o").replace("aa", "a")
        if plain in _PHRASE_WORDS:
            return plain
    if folded in _PHRASE_WORDS:
        return folded
    # heldmsg27. "Signeeert!!!", "Vaaant Kiwi", "Woooon Tesco": a letter held for joy, the word
    # it stretches; "quote's out": the word before the "'s" (is)
    if _HELD_LETTER.search(folded):
        for plain in (_HELD_LETTER.sub(r"\1", folded), _HELD_LETTER.sub(r"\1\1", folded)):
            if plain in _PHRASE_WORDS:
                return plain
    if folded.endswith(("'s", "’s")) and folded[:-2] in _PHRASE_WORDS:
        return folded[:-2]
    return folded


_HELD_LETTER = re.compile(r"([^\W\d_])\1{2,}")


# -- lexicon phrases ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    prefix: tuple[bool, ...]


def _compile(block: str) -> list[Phrase]:
    phrases = []
    for entry in entries(block):
        if entry.startswith("*"):
            continue  # a word ending: see _SUFFIXED
        words = fold(entry).split()
        phrases.append(
            Phrase(tuple(w.rstrip("*") for w in words), tuple(w.endswith("*") for w in words))
        )
    return sorted(phrases, key=lambda p: -len(p.words))


CATEGORIES = (
    "WIN_VERBS",
    "RENEWALS",
    "ROMJUL",
    "SMALL_TALK",
    "WIN_LIKELY",
    "WIN_AFTER_ONLY",
    "WIN_NOUNS",
    "COMPLETING",
    "ACCEPTED",
    "LOSS_VERBS",
    "LOSS_NAME_NEXT",
    "OFFER_NOUNS",
    "SEND_VERBS",
    "OFFER_VERBS",
    "OFFER_NOT_OURS",
    "OFFER_LAPSED",
    "OFFER_WENT_OUT",
    "MEETING_VERBS",
    "MEETING_NOUNS",
    "MEETING_LIKELY",
    "MEETING_REFERENCES",
    "NOT_SALES",
    "HAPPENED",
    "DONE_WITH",
    "NOT_YET",
    "ORDER_NOUNS",
    "COMPETITOR",
    "CHOSE",
    "NOT_DONE_FORMS",
    "SIGNING_TO_COME",
    "LOST_THINGS",
    "HEDGES",
    "BOOKING_VERBS",
    "CALL_VERBS",
    "CALL_NOUNS",
    "FOLLOW_UPS",
    "MEETING_PRESENT",
    "CALL_PRESENT",
    "CUSTOMER_PREPOSITIONS",
    "QUESTION_STARTS",
    "NEGATIONS",
    "FUTURE",
    "WISHES",
    "INTERNAL",
    "NOT_BUSINESS",
    "PRAISE",
    "ON_BEHALF",
    "REMINDERS",
    "OFFER_RECEIVED",
    "CELEBRATION",
    "NEXT_WEEK",
    "THIS_WEEK",
    "WIN_WITH_AMOUNT",
    "TODAY_PHRASES",
    "JUST_BACK",
    "CORRECTIONS",
    "IDIOMS",
    "PHONE_MEANS",
    "VAGUE_PAST",
    "EARLIER_THIS_WEEK",
    "HOLIDAY_SPANS",
    "HOLIDAY_EVES",
    "STEP_SPANS",
    "THEIR_NEWS",
    "AGENDA_HEADINGS",
    "LONG_AGO",
)
PHRASES = {name: _compile(getattr(lexicon, name)) for name in CATEGORIES}
_CELEBRATION_SET = set(entries(lexicon.CELEBRATION))
# Session 54: replaced longest first, in one fixed order ("✍️" before "✍": in the set's order,
# which moves with Python's hash seed, "✍" went first in some processes and left its variation
# selector behind, so "DSV ✍️ underskrevet i dag, €45 000" was a sure win in one process and
# nothing in another)
_CELEBRATION_MARKS = tuple(sorted(_CELEBRATION_SET, key=lambda mark: (-len(mark), mark)))
NOT_NAMES = {fold(w) for w in entries(lexicon.NOT_NAMES)}
# Session 20: the words as spelt, for a word whose fold is an ordinary word only by its letters
# ("Åre" folds to the English "are", "Älmhult" …): spelt with å, ä, ö, æ or ø, it is ordinary
# only as an ordinary word spelt so ("På", "År", "Även").
_NOT_NAMES_SPELT = {w.lower() for w in entries(lexicon.NOT_NAMES)} | {
    word.lower().lstrip("*")
    for name in CATEGORIES
    for phrase in entries(getattr(lexicon, name))
    for word in phrase.split()
}
_NORDIC_LETTERS = frozenset("åäöæø")
FIRST_NAMES = {fold(w) for w in entries(lexicon.FIRST_NAMES)}
# lead36: first names that are words too ("Liv", "Max", "Mark", "Bill"): a person only where the
# message says so (a sentence's subject before its verb, someone "fra"/"from" a company)
NAMES_ALSO_WORDS = {
    "liv", "max", "mark", "bill", "rose", "sol", "rob", "bob", "ray", "guy", "dean",
    "drew", "lee", "pat", "sue", "dawn", "jay", "siri", "eli",
    "stig", "rolf", "mons", "vidar", "gisle", "jo", "ken", "vilde", "tyra",
}  # fmt: skip
_FUNCTION_WORDS = {fold(w) for w in entries(lexicon.FUNCTION_WORDS)}
_PHRASE_WORDS = frozenset(
    word for name in CATEGORIES for phrase in PHRASES[name] for word in phrase.words
)
_LEXICON_WORDS = {
    word
    for name in CATEGORIES
    if name not in ("CUSTOMER_PREPOSITIONS",)
    for phrase in PHRASES[name]
    if len(phrase.words) == 1 and not phrase.prefix[0]
    for word in phrase.words
}
_LEXICON_PREFIXES = tuple(
    phrase.words[0]
    for name in ("WIN_VERBS", "WIN_NOUNS", "OFFER_NOUNS", "MEETING_NOUNS")
    for phrase in PHRASES[name]
    if len(phrase.words) == 1 and phrase.prefix[0]
)
_SUFFIXES = {fold(s) for s in LEGAL_SUFFIXES}
# Legal forms that, written in lower case, are words: "Hafslund sa ja" (said yes), not Hafslund
# S.A.; "Coop da" (then). Written "SA", "DA" they are the forms.
_WORDS_NOT_SUFFIXES = {"sa", "da"}
_WEEK_WORDS = WEEK_WORDS = {fold(w) for w in entries(lexicon.WEEK_WORDS)}
_NAME_TAILS = {fold(w) for w in entries(lexicon.NAME_TAILS)}
_COMPANY_WORDS = {fold(w) for w in entries(lexicon.COMPANY_WORDS)} | _NAME_TAILS
# Session 41: companies named after a person, a first name and a surname ("Sent the proposal
# to John Lewis, £12.5k": was nothing, "John Lewis" a person)
_NAMED_AFTER_PEOPLE = {fold(w) for w in entries(lexicon.NAMED_AFTER_PEOPLE)}
_NUMBER_UNITS = {fold(w) for w in entries(lexicon.NUMBER_UNITS)}
_NUMBER_WORDS = sorted(
    (
        (tuple(fold(words).split()), value.strip())
        for words, value in (e.split("=") for e in entries(lexicon.NUMBER_WORDS))
    ),
    key=lambda item: -len(item[0]),
)
_NUMBER_WORDS_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _value in _NUMBER_WORDS:
    _NUMBER_WORDS_BY_FIRST.setdefault(_words[0], []).append((_words, _value))


@dataclass(frozen=True)
class Hit:
    category: str
    start: int
    end: int  # exclusive
    phrase: str
    short_typo: bool = False  # "Tilbd Bama 80k": the typo's word is never part of a name


# Session 39. Words of "just" and "finally" a person puts inside a phrase ("fick precis ett ja",
# "har akkurat signert", "fik endelig et ja", "got finally a yes"), folded
_JUST_WORDS = {
    "precis", "nettopp", "nettop", "netop", "akkurat", "lige", "just", "endelig", "endeligen",
    "aentligen", "antligen", "aendelig", "finally", "nylig", "nyss", "nyligen", "nu", "na",
    # session 44: how sure or how sad ("Fick definitivt nej på offerten", "fikk dessverre nei
    # fra Tine", "fik desværre et nej", "fick tyvärr nej", "got officially a yes")
    "definitivt", "definitely", "endegyldig", "dessverre", "desverre", "tyvarr", "desvaerre",
    "offisielt", "officiellt", "officielt", "officially",
    # session 56: "too" ("Snakkede også kort med Netto", "pratade också med Ica", "spoke also
    # with Boots": was nothing)
    "ogsa", "ocksa", "also",
}  # fmt: skip


def _matched_past_a_just(tokens: list[Token], i: int, phrase: Phrase) -> int | None:
    """The end of `phrase` matched from `i` with one "just"/"finally" word skipped between two
    of its words; None where it does not match so."""
    n = len(phrase.words)
    if i + n >= len(tokens):
        return None
    for skip in range(1, n):
        at = i + skip
        if tokens[at].folded not in _JUST_WORDS:
            continue
        if all(
            _word_matches(tokens[i + k], phrase.words[k], phrase.prefix[k]) for k in range(1, skip)
        ) and all(
            _word_matches(tokens[i + k + 1], phrase.words[k], phrase.prefix[k])
            for k in range(skip, n)
        ):
            return i + n + 1
    return None


def _word_matches(token: Token, word: str, prefix: bool) -> bool:
    if not token.is_word and token.text not in "🎉🤞🙏":
        return token.text == word
    folded = token.folded if prefix else _spelt(token.folded)
    return folded.startswith(word) if prefix else folded == word


# Words that say what happened are matched with one typo too ("signet", "vunet", "propsal").
_TYPO_CATEGORIES = (
    "WIN_VERBS",
    "LOSS_VERBS",
    "OFFER_NOUNS",
    "SEND_VERBS",
    "MEETING_VERBS",
    "MEETING_NOUNS",
    "MEETING_LIKELY",
    "HAPPENED",
    "NOT_YET",
    "ORDER_NOUNS",
    "COMPETITOR",
    "CALL_VERBS",
)
_TYPO_MIN = 7  # shorter words have too many neighbours ("stengt" is no "stängt")


def _one_typo(word: str, target: str) -> bool:
    """One letter wrong, missing, extra, or two neighbours swapped (same first letter). Not at
    the end: "skicka" and "skickat" are two forms of a word, not a typo."""
    if word[:1] != target[:1] or word == target or abs(len(word) - len(target)) > 1:
        return False
    if word[:-1] == target[:-1] or word == target[:-1] or word[:-1] == target:
        return False
    if len(word) == len(target):
        diff = [k for k in range(len(word)) if word[k] != target[k]]
        if len(diff) == 1:
            return True
        a, b = diff[0], diff[-1]
        return len(diff) == 2 and b == a + 1 and word[a] == target[b] and word[b] == target[a]
    short, long_ = sorted((word, target), key=len)
    for k in range(len(long_)):
        if long_[:k] + long_[k + 1 :] == short:
            return True
    return False


def _index() -> tuple[dict[str, list[tuple[str, Phrase]]], list[tuple[str, Phrase]]]:
    """Every category's phrases by their first word, and those whose first word is a prefix
    ("signer*"): one look-up per word instead of one per category."""
    by_first: dict[str, list[tuple[str, Phrase]]] = {}
    prefixed: list[tuple[str, Phrase]] = []
    for name, phrases in PHRASES.items():
        for phrase in phrases:
            if phrase.prefix[0]:
                prefixed.append((name, phrase))
            else:
                by_first.setdefault(phrase.words[0], []).append((name, phrase))
    return by_first, prefixed


_BY_FIRST, _PREFIXED = _index()


def _prefixed_index() -> dict[str, list[tuple[int, str, Phrase]]]:
    """reader28. _PREFIXED by first word ("signer"), each with its place in _PREFIXED: a word's
    candidates are those of its prefixes, in _PREFIXED's order (as the scan of all found them)."""
    by_start: dict[str, list[tuple[int, str, Phrase]]] = {}
    for at, (name, phrase) in enumerate(_PREFIXED):
        by_start.setdefault(phrase.words[0], []).append((at, name, phrase))
    return by_start


_PREFIXED_BY_START = _prefixed_index()
_PREFIXED_LONGEST = max((len(start) for start in _PREFIXED_BY_START), default=0)


def _prefixed_of(key: str) -> list[tuple[str, Phrase]]:
    """The (name, phrase) of _PREFIXED whose first word `key` starts with, in _PREFIXED's order."""
    found = [
        entry
        for size in range(min(len(key), _PREFIXED_LONGEST) + 1)
        for entry in _PREFIXED_BY_START.get(key[:size], ())
    ]
    if len(found) > 1:
        found.sort()
    return [(name, phrase) for _at, name, phrase in found]


# "*kampen": any word ending so ("fotballkampen", "innebandykampen"); compounds are one word.
_SUFFIXED = [
    (name, fold(entry[1:]))
    for name in CATEGORIES
    for entry in entries(getattr(lexicon, name))
    if entry.startswith("*")
]
# reader28: _SUFFIXED by ending, each with its place in it (a word's endings looked up, in
# _SUFFIXED's order, instead of every entry tested against the word)
_SUFFIXED_BY_END: dict[str, list[tuple[int, str, str]]] = {}
for _at, (_name, _ending) in enumerate(_SUFFIXED):
    _SUFFIXED_BY_END.setdefault(_ending, []).append((_at, _name, _ending))
_SUFFIXED_LONGEST = max((len(ending) for ending in _SUFFIXED_BY_END), default=0)


def _suffixed_of(key: str) -> list[tuple[str, str]]:
    """The (name, ending) of _SUFFIXED that `key` ends with and is longer than, in order."""
    found = [
        entry
        for size in range(1, min(len(key) - 1, _SUFFIXED_LONGEST) + 1)
        for entry in _SUFFIXED_BY_END.get(key[-size:], ())
    ]
    if len(found) > 1:
        found.sort()
    return [(name, ending) for _at, name, ending in found]


_TYPO_TARGETS: dict[str, list[tuple[str, str]]] = {}  # first letter -> (category, word)
for _name in _TYPO_CATEGORIES:
    for _phrase in PHRASES[_name]:
        _word = _phrase.words[0]
        if len(_phrase.words) == 1 and not _phrase.prefix[0] and len(_word) >= _TYPO_MIN:
            _TYPO_TARGETS.setdefault(_word[0], []).append((_name, _word))


def _key(token: Token) -> str:
    return _spelt(token.folded) if token.is_word or token.text in "🎉🤞🙏" else token.text


def _a_weekday_written_short(tokens: list[Token], i: int) -> bool:
    """ "Sat", "Sun", "Wed" with a capital inside a sentence, ending it or its clause: the day."""
    token = tokens[i]
    if token.folded not in _SHORT_DAYS or not token.text[:1].isupper() or i == 0:
        return False
    if tokens[i - 1].text in ".!?:" or (i + 1 < len(tokens) and tokens[i + 1].is_word):
        return False
    return True


def _two_words_with_a_typo(tokens: list[Token], i: int, target: str, found: set[str]) -> list[Hit]:
    """booked30. "first meting today": the word before a typo's and the word it stands for
    make a phrase of two words ("first meeting", a strong meeting word), read as that phrase
    (was: "meeting" alone, a weak noun, and the message nothing)."""
    if i == 0 or not tokens[i - 1].is_word or tokens[i - 1].sentence != tokens[i].sentence:
        return []
    return [
        Hit(name, i - 1, i + 1, " ".join(phrase.words))
        for name, phrase in _BY_FIRST.get(_key(tokens[i - 1]), ())
        if len(phrase.words) == 2
        and phrase.words[1] == target
        and not any(phrase.prefix)
        and name not in found
    ]


def find_phrases(tokens: list[Token]) -> list[Hit]:
    """Every lexicon phrase in the message: per category and place, the longest."""
    hits = []
    for i, token in enumerate(tokens):
        key = _key(token)
        candidates = [*_BY_FIRST.get(key, ()), *_prefixed_of(key)]
        if len(candidates) > 1:
            candidates.sort(key=lambda item: -len(item[1].words))
        done: set[str] = set()
        for name, phrase in candidates:
            n = len(phrase.words)
            if name in done or i + n > len(tokens):
                continue
            if all(
                _word_matches(tokens[i + k], phrase.words[k], phrase.prefix[k]) for k in range(1, n)
            ):
                if n == 1 and _a_weekday_written_short(tokens, i):
                    continue  # "quote 55k sent Sat": Saturday, not Danish "sat" (booked)
                hits.append(Hit(name, i, i + n, " ".join(phrase.words)))
                done.add(name)
            elif n > 1 and (end := _matched_past_a_just(tokens, i, phrase)) is not None:
                # session 39. "Fick precis ett ja från Scania", "fikk endelig ja fra Tine",
                # "got finally a yes": a "just", "finally" inside the phrase is no break in it
                hits.append(Hit(name, i, end, " ".join(phrase.words)))
                done.add(name)
        for name, ending in _suffixed_of(key):
            if name == "MEETING_NOUNS" and "CALL_NOUNS" in done:
                continue  # session 61: "telefonmøte i mandags", a call's word whole, not "*møte"
            if name not in done:
                hits.append(Hit(name, i, i + 1, "*" + ending))
                done.add(name)
    found = {h.start for h in hits}
    for i, token in enumerate(tokens):
        word = token.folded
        if i in found or not token.is_word or len(word) < _TYPO_MIN - 1 or word in _LEXICON_WORDS:
            continue
        if word in _WORDS_OF_THEIR_OWN:
            continue
        for name, target in _typos_of(word):
            hits.append(Hit(name, i, i + 1, target))
            hits += _two_words_with_a_typo(tokens, i, target, {h.category for h in hits})
    found = {h.start for h in hits}
    hits += [hit for hit in short_typos(tokens) if hit.start not in found]
    return hits


# Session 57. Words one letter from a record's that are words of their own ("Pål har visst
# sluttet": quit, no "smuttet"; was a loss of the customer named before). Session 70: a visit's
# infinitive is no visit made ("Planen er å besøke Tine på mandag": was "besøkte", a visit held
# last Monday, sure)
_WORDS_OF_THEIR_OWN = {
    fold(w) for w in "sluttet sluttede slutter slutta slutade snuttet skuttet besøke besøge".split()
}


@lru_cache(maxsize=8192)  # reader30: a pure function of the word (asked of each long word)
def _typos_of(word: str) -> tuple[tuple[str, str], ...]:
    """The (category, word) of _TYPO_TARGETS that `word` is one typo from, the first of each
    category, in _TYPO_TARGETS' order."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for name, target in _TYPO_TARGETS.get(word[:1], ()):
        if name not in seen and _one_typo(word, target):
            found.append((name, target))
            seen.add(name)
    return tuple(found)


# Short words of a record (six letters or fewer: "won", "tapt", "møte", "tilbud", "offer",
# "mtg"), matched with one typo only where such a word opens a record: "wom Tine 200k", "Tilbd
# Kiwi 80k", "Mte m/ Orkla", "tilbu sendt Rema", "vunet Tine", "offr Kiwi 50k", "mtng w/ Tesco".
_SHORT_TYPO_CATEGORIES = (
    "WIN_VERBS",
    "LOSS_VERBS",
    "OFFER_NOUNS",
    "MEETING_NOUNS",
    "CALL_VERBS",
    "CALL_NOUNS",
)
_SHORT_TARGETS: dict[str, list[tuple[str, str]]] = {}  # first letter -> (category, word)
for _name in _SHORT_TYPO_CATEGORIES:
    for _phrase in PHRASES[_name]:
        _word = _phrase.words[0]
        if (
            len(_phrase.words) == 1
            and not _phrase.prefix[0]
            and 3 <= len(_word) < _TYPO_MIN
            and _word.isalpha()
        ):
            _SHORT_TARGETS.setdefault(_word[0], []).append((_name, _word))
_SHORT_WORD_SET = {fold(w) for w in entries(lexicon.SHORT_WORDS)}
# Letters beside each other on a keyboard: a three-letter word is another's typo only by one of
# them ("wom" for "won"; "bad" is no "bid").
_KEYS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_OPENS_A_RECORD = {"med", "m", "w", "with", "til", "till", "to", "hos", "for", "fra", "from"}


def _beside_on_keyboard(a: str, b: str) -> bool:
    for row in _KEYS:
        if a in row and b in row:
            return abs(row.index(a) - row.index(b)) == 1
    return False


def _one_edit(word: str, target: str) -> bool:
    """One letter wrong (for three letters, a neighbour on the keyboard), missing or extra, or
    two neighbours swapped; the first letter as written."""
    if word[:1] != target[:1] or word == target or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diff = [k for k in range(len(word)) if word[k] != target[k]]
        if len(diff) == 1:
            k = diff[0]
            return len(word) > 3 or _beside_on_keyboard(word[k], target[k])
        a, b = diff[0], diff[-1]
        return len(diff) == 2 and b == a + 1 and word[a] == target[b] and word[b] == target[a]
    short, long_ = sorted((word, target), key=len)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


# "Sendte tilbd til Bama": a send verb before the word, as its sentence's opening is (session 25)
_SENT_BEFORE = {"sendte", "sendt", "sent", "skickade", "skickat", "sendes", "sendte ut"}


# heldmsg29. "first meting today", "…, offet skickad idag": a clause's opening too
_FIRST_OR_NEW = {"first", "forste", "forsta", "ny", "nytt", "nyt", "new"}
# Session 47. "Hadde mtoe med Ringnes i dag", "Had a meting w/ Tesco": after "had" (was nothing)
_HAD_BEFORE = {"hadde", "hade", "havde", "had"}
# Session 52. After how it went, itself after "had" or its article ("hadde et bra mæte med
# trønderenergi": was nothing)
_HOW_IT_WENT = {
    "bra", "god", "godt", "fint", "fin", "kort", "kjapt", "langt", "lang", "good", "great",
    "nice", "quick", "short", "long", "trevlig", "trevligt", "rigtig", "veldig",
}  # fmt: skip
_HAD_OR_AN = _HAD_BEFORE | {"et", "ett", "en", "a", "an", "ei"}
_NEW_ALONE = _FIRST_OR_NEW | {"nye", "nya", "nyy"}


_TIMES_SAID = re.compile(r"(?i)[0-9]{1,2}x|x[0-9]{1,2}")  # "2x", "x3": how many times
# Session 40: a verb's infinitive or present, no slip of its past ("Ringe Bama på tirsdag" is
# no "ringde": a call to come, never one made last Tuesday).
_NEVER_SLIPS = {"ringe", "ringa", "ring", "sende", "skicka", "mote", "mota", "mode", "treffe"}


def short_typos(tokens: list[Token]) -> list[Hit]:
    """A short word one typo from a short word of a record, where that word belongs: it opens
    its sentence, no word of its own, and a name, a word of whom ("m/", "med", "w/") or a word
    of a record ("sendt") follows. Of one kind only ("mte": "møte" or "mtg"); never glued onto
    the name after it (the hit's word is ordinary: `_is_ordinary` reads hits' words)."""
    hits = []
    for i, token in enumerate(tokens):
        word = token.folded
        if (
            not token.is_word
            or not 3 <= len(word) <= _TYPO_MIN
            or not word.isalpha()
            or word in _LEXICON_WORDS
            or word in _SHORT_WORD_SET
            or word in NOT_NAMES
            or word in FIRST_NAMES
            or word in _WEEK_WORDS
            or word in _FUNCTION_WORDS
            or word in _NEVER_SLIPS
            or i + 1 >= len(tokens)
        ):
            continue
        if (
            i > 0
            and tokens[i - 1].sentence == token.sentence
            and tokens[i - 1].text not in ":•*-–,"
            and tokens[i - 1].folded not in _SENT_BEFORE
            and tokens[i - 1].folded not in _FIRST_OR_NEW
            and tokens[i - 1].folded not in _HAD_BEFORE
            and not (
                i > 1
                and tokens[i - 1].folded in _HOW_IT_WENT
                and tokens[i - 2].folded in _HAD_OR_AN
            )
        ):
            continue
        nxt = tokens[i + 1]
        if (
            not nxt.is_word
            or not (
                _capitalised(nxt)
                or nxt.folded in _OPENS_A_RECORD
                or nxt.folded in _LEXICON_WORDS
                # session 58: a name written small, then a figure ("tilbd gjensidige 1,1 mill sendt")
                or (
                    i + 2 < len(tokens)
                    and tokens[i + 2].sentence == token.sentence
                    and tokens[i + 2].text[:1].isdigit()
                )
            )
        ):
            continue
        # session 52: æ for ø, ä for ö, their keys side by side ("mæte": "møte", was nothing)
        neighbour = fold(token.text.lower().replace("æ", "ø").replace("ä", "ö"))
        matches = {
            (name, target)
            for name, target in _SHORT_TARGETS.get(word[:1], ())
            if _one_edit(word, target) or (neighbour != word and _one_edit(neighbour, target))
        }
        if len({name for name, _ in matches}) == 1:
            name, target = min(matches, key=lambda m: m[1])
            hits.append(Hit(name, i, i + 1, target, short_typo=True))
    return hits


# -- customers -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Name:
    start: int
    end: int
    display: str
    known: bool
    lower_case: bool = False  # a guess from a lower-case word: never recorded unasked
    day_first: bool = False  # "Fredag Bygg signerte": a day or a name? never recorded unasked
    # "Tilbud sendt Bama 1 2 50 000": two small numbers apart ending a name, before an amount (a
    # mistyped "1 250 000"?): which name, which amount? Never recorded unasked.
    figures: bool = False
    # "Norgesgruppen har signert": a sentence's first word in a noun's definite form, a name or
    # a noun ("Kontoret", "Ledelsen")? Never recorded unasked (judge: asked with an amount).
    definite: bool = False
    # tense28: "møte med kiwi i dag", "ringte orkla i går": a lower-case name after a meeting or
    # call verb, the day right after it (no amount to go on)
    talk_day: bool = False


def lower_case_talk_name(
    tokens: list[Token],
    at: int,
    taken: Collection[int],
    date_words: Collection[int],
    *,
    dated: int | None = None,
) -> Name | None:
    """tense28. "møte med kiwi i dag", "met boots today", "träffade ica idag", "ringede til netto
    i går": one lower-case word right where a meeting's or call's customer belongs, no word of
    ours, no person and no noun in its definite form ("møte med sjefen i dag", "ringte kunden i
    går"), the day said right after it (pairs29: or at `dated`, past a second name joined to it,
    "møte med kiwi og Rema i dag")."""
    if not a_lower_case_name_word(tokens, at, taken):
        return None
    word = tokens[at].folded
    if (
        word in _NO_CUSTOMERS
        or is_a_role(tokens[at].text)  # session 54: "bra møte med prosjektleder" (was a name)
        or word in _PRICE_LINKS
        or word in _PREPOSITIONS
        or (
            len(word) > 4
            and word.endswith(_DEFINITE_ENDINGS)
            and not tokens[at].text.isupper()
            and not a_firms_compound(word)  # session 45: "møte med elgiganten idag"
            and not _its_small_form_ahead(tokens, at, taken)  # "møte med hagen bygg as"
        )
    ):
        return None
    end = at + 1
    if at in date_words or word in _DAY_PREFIXES:
        return None  # "5 møter denne uka": the day said, no name
    if (
        end < len(tokens)
        and end not in taken
        and tokens[end].is_word
        and tokens[end].text.islower()
        and tokens[end].folded in _FIRMS_SECOND_WORDS
        and tokens[end].sentence == tokens[at].sentence
    ):
        end += 1  # session 49: "møte med kongsberg gruppen igår", "ringte orkla foods i dag"
    elif (
        dated is None
        and end + 1 < len(tokens)
        and end not in taken
        and end + 1 in date_words
        and tokens[end].sentence == tokens[at].sentence
        and (
            re.fullmatch(r"[0-9]{3,4}", tokens[end].text) is not None
            or (
                a_lower_case_name_word(tokens, end, taken, second=True)
                and tokens[end].folded not in _NO_CUSTOMERS | _PREPOSITIONS | _DAY_PREFIXES
                and not (
                    len(tokens[end].folded) > 4
                    and tokens[end].folded.endswith(_DEFINITE_ENDINGS)
                    and not a_firms_compound(tokens[end].folded)
                )
            )
        )
    ):
        # session 51: a chain's number or a second word of its own, then the day ("møtte rema
        # 1000 i dag", "ringede til novo nordisk i går": were nothing)
        end += 1
    if (
        end < len(tokens)
        and end not in taken
        and tokens[end].text.islower()
        and tokens[end].folded in _SUFFIXES
        and tokens[end].text not in _WORDS_NOT_SUFFIXES  # review: "sa", "da" are words
        and tokens[end].sentence == tokens[at].sentence
    ):
        end += 1  # session 60: its legal form, written small ("möte med polarbröd ab i måndags")
    day = end if dated is None else dated
    if dated is None and day < len(tokens) and re.fullmatch(r"(?i)x?[0-9]x?", tokens[day].text):
        # session 57: how many times, between the name and its day ("ringte obos 3 ganger i
        # dag, ingen svar", "ringte tine x2 i dag": was nothing)
        if re.fullmatch(r"(?i)x[0-9]|[0-9]x", tokens[day].text):
            day += 1
        elif day + 1 < len(tokens) and tokens[day + 1].folded in _TIMES_WORDS:
            day += 2
    if (
        dated is None
        and day + 1 < len(tokens)
        and tokens[day].folded in _IN_A_PLACE
        and tokens[day + 1].is_word
        and tokens[day + 1].text.islower()
        and day + 1 not in date_words
        and tokens[day + 1].folded not in _DAY_PREFIXES
    ):
        # session 45: the town between the name and its day ("møte med ikea i älmhult i
        # måndags", "mote med felleskjopet paa kambo i dag"; was nothing)
        day += 2
    if day not in date_words or tokens[day].sentence != tokens[at].sentence:
        if dated is None and (
            _no_answer_at(tokens, end)
            or (end < len(tokens) and tokens[end].folded.rstrip(".:") in _ABOUT_AFTER)
            # session 56: the name closes its clause, the talk told of ("kort møte med elkjøp,
            # de er varme": was nothing)
            or _closes_a_told_talk(tokens, at, end)
            # session 52: the name ends its sentence, its day said before it ("2/12 – met with
            # storebrand. Warm lead.": was nothing)
            or (
                (
                    end >= len(tokens)
                    or tokens[end].sentence != tokens[at].sentence
                    or tokens[end].text in (".", "!", "?")
                )
                and any(
                    i in date_words and tokens[i].sentence == tokens[at].sentence for i in range(at)
                )
            )
        ):
            # session 45: "ringte orkla ikke svar", "called bosch no answer": the call tried;
            # "ringte opp igjen til kiwi ang tilbudet": what it was about follows the name
            return Name(
                at, end, _talk_name_shown(tokens, at, end), False, lower_case=True, talk_day=True
            )
        return None
    return Name(at, end, _talk_name_shown(tokens, at, end), False, lower_case=True, talk_day=True)


def _talk_name_shown(tokens: list[Token], at: int, end: int) -> str:
    """The name as typed, its legal form as written ("polarbröd AB")."""
    *words, last = [t.text for t in tokens[at:end]]
    if words and fold(last) in _SUFFIXES:
        last = next((f for f in LEGAL_SUFFIXES if fold(f) == fold(last)), last)
    return " ".join([*words, last])


def _its_small_form_ahead(tokens: list[Token], at: int, taken: Collection[int]) -> bool:
    """Session 60. A legal form written small one or two words after `at`, in its sentence,
    the word between written small too ("hagen bygg as", "polarbröd ab")."""
    for form in (at + 1, at + 2):
        if form >= len(tokens) or form in taken or tokens[form].sentence != tokens[at].sentence:
            return False
        if (
            tokens[form].text.islower()
            and tokens[form].folded in _SUFFIXES
            and tokens[form].text not in _WORDS_NOT_SUFFIXES
        ):
            return True
        if not (
            tokens[form].is_word and tokens[form].text.isalpha() and tokens[form].text.islower()
        ):
            return False
    return False


_TIMES_WORDS = {"ganger", "gonger", "gange", "gang", "gong", "times", "ggr", "gg"}
_TIMES_WORDS |= {fold(w) for w in ("gånger", "gång")}


def _closes_a_told_talk(tokens: list[Token], at: int, end: int) -> bool:
    """The lower-case name ends its clause with a comma, and a verdict on the talk opens the
    next clause or an adjective stands before the talk ("kort møte med elkjøp, de er varme")."""
    if end >= len(tokens) or tokens[end].text != "," or "?" in (t.text for t in tokens):
        return False
    return any(t.folded in _TALK_VERDICTS for t in tokens[max(0, at - 4) : at]) or any(
        t.folded in _TALK_VERDICTS for t in tokens[end + 1 : end + 5]
    )


# Words that judge a talk as held: an adjective before it, a temperature after it (session 56)
_TALK_VERDICTS = {
    "kort", "kjapt", "kjapp", "bra", "godt", "god", "fint", "fin", "hyggelig", "lang", "langt",
    "snabbt", "snabb", "trevlig", "trevligt", "hurtig", "hurtigt", "quick", "short", "good",
    "great", "nice", "brief", "long", "varme", "varm", "varma", "hot", "warm", "cold", "kalde",
    "kald", "kalla", "keen", "interested", "interesserte", "interesserade", "interesserede",
    "positive", "positiva", "lovende",
}  # fmt: skip


# What a talk was about, said right after the customer's lower-case name (session 45), folded
_ABOUT_AFTER = {"ang", "angaende", "vedr", "vedrorende", "ifm", "re", "regarding", "about"}
# Where a talk was, between the customer's lower-case name and its day (session 45)
_IN_A_PLACE = {"i", "pa", "paa", "in", "at", "ved", "vid", "hos"}


def _no_answer_at(tokens: list[Token], at: int) -> bool:
    """Words that say a call got no answer, from `at` to the end of its clause."""
    words = []
    for token in tokens[at:]:
        if token.clause != tokens[at].clause:
            break
        if token.is_word:
            words.append(token.folded)
    return bool(words) and " ".join(words) in lexicon.FOLDED_NO_ANSWER


_DAY_PREFIXES = {
    "denne", "dette", "disse", "denna", "detta", "this", "next", "neste", "nasta", "naeste",
    "forrige", "forra", "sist", "siste", "last", "kommende", "kommande", "coming",
}  # fmt: skip
_PREPOSITIONS = {
    "for", "fra", "fran", "from", "etter", "efter", "after", "uten", "utan", "uden", "without",
    "om", "about", "over", "under", "mellom", "mellan", "between", "igjen", "igen", "again",
    "tilbake", "back", "opp", "upp", "op", "ned", "down", "hjem", "hem", "home", "hjemme",
    "tillbaka", "tilbage", "atter", "senere", "senare", "later",  # lead36: "ringer tillbaka"
}  # fmt: skip
# a noun's definite form in Norwegian, Swedish and Danish ("sjefen", "naboen", "teamet")
_DEFINITE_ENDINGS = ("en", "et", "ene", "erne", "arna", "orna", "na")
# people met or called who are no customer (tense28)
_NO_CUSTOMERS = {
    "mamma", "pappa", "mor", "far", "mum", "mom", "dad", "mommy", "daddy", "mamman", "pappan",
    "farmor", "farfar", "mormor", "morfar", "bestemor", "bestefar", "svigermor", "svigerfar",
    "kona", "kone", "fruen", "wife", "husband", "mannen", "sambo", "samboer",
    "kjaeresten", "kaeresten", "flickvan", "pojkvan", "girlfriend", "boyfriend", "gutta",
    "jentene", "tjejerna", "killarna", "gubbarna", "guys", "folks", "lads", "mates", "venner",
    "vanner", "friends", "kompis", "kompisar", "kamerat", "nabo", "granne", "neighbour",
    "neighbor", "someone", "somebody", "noen", "nagon", "nogen", "anyone", "hr", "regnskap",
    "ekonomi", "okonomi", "accounts", "finance", "support", "legal", "marketing", "ops",
    "supplier", "vendor", "recruiter", "headhunter", "manager", "mentor", "coach", "advokat",
    "lawyer", "revisor", "auditor", "banken", "bank", "vet", "plumber", "rorlegger", "elektriker",
    "snekker", "frisor", "hairdresser", "barber",
}  # fmt: skip


# Session 49. A company's second word written small after its first ("kongsberg gruppen",
# "orkla foods", "hansen bygg"), folded
FIRMS_SECOND_WORDS = _FIRMS_SECOND_WORDS = {
    fold(w)
    for w in """gruppen group gruppe konsernet foods food energi energy bygg bau eiendom
    eiendommer fastigheter ejendomme holding holdings kommune kommun invest capital solutions
    systems norge norway sverige sweden danmark denmark nordic norden logistics logistikk
    transport maxi extra""".split()
}


def lower_case_name(tokens: list[Token], at: int, taken: Collection[int]) -> Name | None:
    """ "signed hafslund 200k": one lower-case word right where a name belongs, that is no word
    of ours and no person (names27: or two, "vann ica maxi 120 tkr"; a chain's number after it,
    "vant rema 1000 350 000,-")."""
    if not a_lower_case_name_word(tokens, at, taken):
        return None
    formed = _lower_case_firm(tokens, at, taken)
    if formed is not None:
        # session 40: "quote out to acme widgets ltd 12k", "tilbud til bygg og anlegg as 200k"
        *words, form = [t.text for t in tokens[at:formed]]
        written = next((f for f in LEGAL_SUFFIXES if fold(f) == fold(form)), form)
        display = " ".join([*(w[:1].upper() + w[1:] for w in words), written])
        return Name(at, formed, display, False, lower_case=True)
    end = at + 1
    if _number_of_the_name(tokens, end) and tokens[end].text.isdigit():
        end += 1  # "vant rema 1000 350 000,-": the chain's name, then its amount
    elif (
        a_lower_case_name_word(tokens, end, taken, second=True)
        and not _amount_after(tokens, at, end, taken)
        and _amount_after(tokens, end, end + 1, taken)
    ):
        end += 1  # "vann ica maxi 120 tkr"
    if not _amount_after(tokens, at, end, taken):
        return None  # "signed hafslund 200k": the amount follows the name
    display = " ".join(t.text for t in tokens[at:end])
    return Name(at, end, display, False, lower_case=True)


# Legal forms that are no word in lower case either (not "as", "sa", "da", "ab", "hb", "kb").
_LOWER_CASE_FORMS = _SUFFIXES - {"as", "sa", "da", "ab", "hb", "kb", "nv", "bv", "ks", "is"}


def _lower_case_firm(tokens: list[Token], at: int, taken: Collection[int]) -> int | None:
    """Session 40. A lower-case name of up to three words ended by its legal form ("acme widgets
    ltd", "hansen aps"), the amount right after it: the end of the name, or None."""
    for end in range(at + 1, min(at + 4, len(tokens))):
        token = tokens[end]
        if end in taken or not token.is_word or token.clause != tokens[at].clause:
            return None
        if token.folded in _LOWER_CASE_FORMS and token.text.islower():
            return end + 1 if _amount_after(tokens, at, end + 1, taken) else None
        if token.text == "&":
            continue  # "johnson & clarke ltd"
        if not token.text.isalpha() or not token.text.islower() or token.folded in _LITTLE_WORDS:
            return None
    return None


def a_lower_case_name_word(
    tokens: list[Token], at: int, taken: Collection[int], *, second: bool = False
) -> bool:
    if at >= len(tokens) or at in taken:
        return False
    token = tokens[at]
    word = token.folded
    return not (
        not token.is_word
        or not (token.text[:1].isalpha() or _digits_then_a_word(token.text))
        or (second and not token.text.isalpha())
        or (second and not token.text.islower())
        or len(word) < 3
        or _is_ordinary(token)
        or word in FIRST_NAMES
        or word in _QUANTITY_WORDS
        or word in _NUMBER_UNITS
        or word in MONEY_WORDS
        or word in _ADVERBS_AFTER_A_KIND
        or word in _LITTLE_WORDS  # lead37: "a proposal for 65k": never a customer "for"
    )


_A_CLOCK_TIME = re.compile(r"(?i)\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)")
_LITTLE_WORDS = {
    "for", "til", "till", "to", "of", "on", "at", "med", "with", "fra", "fran", "from", "pa",
    "paa", "om", "about", "af", "av", "the", "and", "och", "og", "per", "pr", "via", "around",
    "ca", "cirka", "approx", "rundt", "omkring", "kring", "worth", "value", "verdi",
    # session 43: "sent them a quote after: £45k": when, never a customer "After"
    "after", "afterwards", "later", "straight", "then", "etter", "etterpa", "efterpa", "sedan",
    "senere", "senare", "bagefter", "derefter", "deretter", "direkt", "direkte", "efter",
    "straks", "genast", "right", "immediately", "afterward", "snart",
}  # fmt: skip


# "sendte tilbud etterpå, 260k": when, not whom (names27)
_ADVERBS_AFTER_A_KIND = {
    "etterpa", "efterpa", "efterat", "afterwards", "senere", "senare", "later", "ogsa", "ocksa",
    "also", "igjen", "igen", "again", "too", "ut", "out", "inn", "in", "nettopp", "precis",
    "lige", "just", "endelig", "finally", "akkurat",
}  # fmt: skip


def _amount_after(tokens: list[Token], at: int, end: int, taken: Collection[int]) -> bool:
    """An amount right after the name at `at`..`end`: a figure or a currency word, after a word
    of price ("meny på 450 000 kr"), with its currency sign first ("boots £7,500"), or after a
    cheer ("obos! 2,5 mill")."""
    after = tokens[end] if end < len(tokens) else None
    if after is None:
        return False
    if after.text[:1].isdigit() or after.folded in MONEY_WORDS:
        return True
    # names27: "sendte tilbud til obos, 1,2 mill", "offer out to ocado - £45,000", "vant elkjøp i
    # dag, 450 000 kr", "signert med obos! 2,5 mill": marks and the day between
    k = end
    while k < len(tokens) and k - end < 4 and _between_name_and_amount(tokens[k]):
        k += 1
    cheer = any(t.text[:1] == "!" for t in tokens[end:k])
    at_price = k + 1 if k < len(tokens) and tokens[k].folded in _PRICE_LINKS else k
    if at_price < len(tokens) and tokens[at_price].folded.rstrip(".") in _ABOUT_AN_AMOUNT:
        at_price += 1  # session 57: "… i formiddags på ca. 2 mio"
    return any(
        a.start == at_price and (cheer or tokens[a.start].sentence == tokens[at].sentence)
        for a in amounts(tokens, "NOK", {*taken, *range(at, end)})
    )


_MARKS_BEFORE_AN_AMOUNT = {",", "-", "–", "—", ":", "🎉"}
_DAY_BEFORE_AN_AMOUNT = {"i", "dag", "idag", "today", "igar", "yesterday", "nettopp", "just"}
# session 51: "now" too ("tilbud ute til mustad nå, 1,1 mill")
_DAY_BEFORE_AN_AMOUNT |= {"na", "nu", "now", "nettop", "precis"}
# session 55: yesterday in two words, this morning ("lukket jysk i går, 450.000")
_DAY_BEFORE_AN_AMOUNT |= {"gar", "gaar", "imorges", "morges", "imorse", "morse"}
# session 57: earlier today ("sendte tilbud til coop danmark i formiddags på ca. 2 mio")
_DAY_BEFORE_AN_AMOUNT |= {"formiddags", "formiddag", "eftermiddags", "ettermiddag", "morgon"}
_DAY_BEFORE_AN_AMOUNT |= {"this", "morning", "afternoon"}  # "… to tesco this morning, 40k"
_ABOUT_AN_AMOUNT = {"ca", "cirka", "circa", "approx", "around", "about", "omkring", "rundt", "~"}


def _between_name_and_amount(token: Token) -> bool:
    if not token.is_word:
        return token.text[:1] in "!,-–—:"
    return token.text in _MARKS_BEFORE_AN_AMOUNT or token.folded in _DAY_BEFORE_AN_AMOUNT


_PRICE_LINKS = {"pa", "paa", "for", "on", "of", "at", "@", "til", "till", "to", "worth", "value"}
_DIGITS_THEN_A_WORD = re.compile(r"[0-9]+-[a-zæøåäöé][^\W\d_]{2,}")


def _digits_then_a_word(text: str) -> bool:
    """ "7-eleven": a name of a figure and a word, written in lower case (names27)."""
    return bool(_DIGITS_THEN_A_WORD.fullmatch(text))


MONEY_WORDS = {"dollar", "dollars", "kroner", "kronor", "euro", "euros", "kr", "nok", "sek", "dkk"}
# lead36 review: an amount's unit right after its number ("1,3 Mkr", "2 MSEK", "1,2 Mill"), never
# a name there
_UNITS_AFTER_A_NUMBER = MONEY_WORDS | {
    "mkr", "tkr", "msek", "mnok", "mdkk", "tsek", "tnok", "mill", "mio", "mln", "mn",
}  # fmt: skip


@dataclass(frozen=True)
class KnownCustomers:
    """The workspace's customers by matching key (customer_key), and their display names."""

    by_key: dict[str, str] = field(default_factory=dict)
    longest: int = 1
    first_words: frozenset[str] = frozenset()  # a name can only start at one of these
    # Session 39: a known name of two words or more whose first word is written in capitals
    # ("DNB Bank ASA", "ICA Maxi"), by that word folded, where it starts no other known name
    # and is no known name of its own: "møte med dnb" is DNB Bank ASA
    by_acronym: dict[str, str] = field(default_factory=dict)
    # Session 55: any known name of two words or more by its first word (four letters or more),
    # where it starts no other known name ("kier" for "Kier Group plc"), read only where a
    # customer is named ("sent revised quote to kier")
    by_first_word: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, names: Iterable[str]) -> KnownCustomers:
        return _known(tuple(names))


@lru_cache(maxsize=16)
def _known(names: tuple[str, ...]) -> KnownCustomers:
    """Built once per list of names: a workspace's list changes far less often than messages
    arrive."""
    by_key: dict[str, str] = {}
    longest = 1
    for name in names:
        key = customer_key(name)
        if key:
            by_key.setdefault(key, name)
            longest = max(longest, len(name.split()))
    # lead38: a known name of two or three words typed as one ("AkerBP" for "Aker BP",
    # "Bergenbygg" for "Bergen Bygg AS"): that customer, never a new one splitting its figures
    # (a name known as typed keeps its own key: setdefault). The commands still look customers
    # up by their key as typed.
    for key, name in list(by_key.items()):
        parts = key.split()
        if 2 <= len(parts) <= 3 and all(part.isalpha() for part in parts):
            by_key.setdefault("".join(parts), name)
        # Session 40: "Marks and Spencer" for "Marks & Spencer", "Berg & Hansen" for "Berg og
        # Hansen AS": that customer (was two customers asked, or nothing read at all)
        for spelt in joined_spellings(name.split()):
            by_key.setdefault(spelt, name)
    first = frozenset(key.split()[0] for key in by_key)
    starts: dict[str, set[str]] = {}
    for key, name in by_key.items():
        parts = key.split()
        if len(parts) > 1:
            starts.setdefault(parts[0], set()).add(name)
    by_acronym = {
        word: next(iter(found))
        for word, found in starts.items()
        if len(found) == 1
        and word not in by_key
        and len(word) >= 3
        and word.isalpha()
        and _opens_with_capitals(next(iter(found)))
    }
    by_first_word = {
        word: next(iter(found))
        for word, found in starts.items()
        if len(found) == 1 and word not in by_key and len(word) >= 4 and word.isalpha()
    }
    return KnownCustomers(by_key, min(longest, 6), first, by_acronym, by_first_word)


def _opens_with_capitals(name: str) -> bool:
    """ "DNB Bank ASA", "ICA Maxi", "SAS Institute": the name's first word all in capitals."""
    head = name.split()[0] if name.split() else ""
    return len(head) >= 3 and head.isalpha() and head.isupper()


def _variants(text: str) -> list[str]:
    """ "Equinors", "Equinor's", "Nammo-avtalen", "Orkla-dealen": the name inside."""
    found = [text]
    for tail in ("'s", "’s", "'", "’", "s"):
        if text.endswith(tail) and len(text) > len(tail) + 2:
            found.append(text[: -len(tail)])
    if "-" in text:
        head = text.split("-", 1)[0]
        if len(head) >= 2:
            found.append(head)
    return found


# Legal forms that are words too, written small ("Orkla sa nei", "as good as gold")
_WORDS_LIKE_FORMS = {"sa", "as", "ag", "da", "se", "ks", "ans", "ba"}


def known_names(tokens: list[Token], known: KnownCustomers) -> list[Name]:
    """Known customers named in the message, longest match at each place."""
    names: list[Name] = []
    i = 0
    while i < len(tokens):
        hit: Name | None = None
        # The first word of the token as customer_key splits it ("H&M" -> "h", "A/S" -> "a").
        words = [w for w in re.split(r"[\W_]+", re.sub(r"[.'’]", "", tokens[i].folded)) if w]
        first = words[0] if words else ""
        if first not in known.first_words and first[:-1] not in known.first_words:
            i += 1
            continue
        for n in range(min(known.longest, len(tokens) - i), 0, -1):
            span = tokens[i : i + n]
            if not all(t.is_word for t in span):
                continue
            if n > 1 and not any(ch.isalnum() for ch in span[-1].text):
                continue  # "Nammo 🎉": the mark is no part of the name
            if (
                n > 1
                and span[-1].folded in _SUFFIXES
                and span[-1].text not in LEGAL_SUFFIXES
                # session 63: all written small, a form that is no word ("pratade med sj ab
                # om nya skyltar": was nothing, "SJ AB" known)
                and not (span[-1].folded not in _WORDS_LIKE_FORMS and tokens[i].text.islower())
            ):
                continue  # "Orkla sa nei": a legal form is written as one ("SA"), else a word
            *head, last = [t.text for t in span]
            for variant in _variants(last):
                key = customer_key(" ".join([*head, variant]))
                display = known.by_key.get(key)
                if display is not None and _may_be_name(span, variant, display):
                    hit = Name(i, i + n, display, True)
                    break
            if hit:
                break
        if hit is None:
            hit = _acronym_typed_small(tokens, i, known) or _first_word_typed_small(
                tokens, i, known
            )
        if hit and _the_next_talk(tokens, hit) and (names or _not_the_first_news(tokens, hit)):
            hit = None  # heldmsg28. "Met Whitbread on Friday. Next meeting w/c 24th April"
        if hit and _a_sister_company(tokens, hit):
            hit = None  # session 42: "Met Tesco Bank yesterday" with "Tesco" known: another
        if hit and _the_end_of_a_longer_name(tokens, hit):
            hit = None  # session 44: "Møte med Aker BP" with "BP" known: another company
        if hit:
            if _number_of_the_name(tokens, hit.end):
                # "Rema 1000 signerte! 180 000" with "Rema" known: the chain's full name; the
                # amount is the number that follows
                hit = Name(hit.start, hit.end + 1, hit.display, True)
            names.append(hit)
            i = hit.end
        else:
            i += 1
    return names


# Session 42. Words that make a known name another company when written right after it
# ("Tesco Bank", "Orkla Foods", "Telenor Mobil"), folded
_SISTER_WORDS = {
    "bank", "banken", "group", "gruppen", "gruppe", "energy", "energi", "holding", "holdings",
    "finans", "finance", "insurance", "forsikring", "forsakring", "foods", "mobile", "mobil",
    "pharma", "logistics", "logistikk", "logistik", "properties", "eiendom", "fastigheter",
    "ejendomme",
}  # fmt: skip
# (a country after the name is the same customer's entity, "Boots UK Ltd", "Maersk Norge": no
# other company)


def _a_sister_company(tokens: list[Token], hit: Name) -> bool:
    """A known name with a word after it that names another company of the group ("Tesco
    Bank", "Orkla Foods"), capitalised as a name's word is."""
    if hit.end >= len(tokens):
        return False
    after = tokens[hit.end]
    return (
        after.is_word
        and after.folded in _SISTER_WORDS
        # capitalised as a name's word is, or as small as the name was typed ("tesco bank")
        and (after.text[:1].isupper() or tokens[hit.start].text.islower())
        and fold(hit.display).split()[-1:] != [after.folded]
    )


def _the_end_of_a_longer_name(tokens: list[Token], hit: Name) -> bool:
    """Session 44. A known short name in capitals ("BP", "DNB", "SAS") right after a capitalised
    word of a name's inside its sentence ("Skal møte Aker BP neste tirsdag"): the end of another
    company's name (was Aker BP's meeting stored on BP, a different company)."""
    if hit.end - hit.start != 1 or hit.start == 0:
        return False
    name, before = tokens[hit.start], tokens[hit.start - 1]
    if not (name.text.isupper() and len(name.text) <= 4 and name.text.isalpha()):
        return False
    return (
        before.is_word
        and before.text[:1].isupper()
        and before.text[1:].islower()
        and before.sentence == name.sentence
        and hit.start - 1 > 0
        and tokens[hit.start - 2].sentence == before.sentence  # no sentence's first word
        and not _is_ordinary(before)
        and before.folded not in FIRST_NAMES
    )


def _acronym_typed_small(tokens: list[Token], i: int, known: KnownCustomers) -> Name | None:
    """Session 39. "møte med dnb", "ringte ica i går", "met hsbc": a known name's first word
    written in capitals (KnownCustomers.by_acronym), typed in lower case and alone: that
    customer (a capitalised "DNB" was read so as a new name that starts the known one). Never
    an ordinary word of ours."""
    token = tokens[i]
    word = token.folded
    display = known.by_acronym.get(word)
    if display is None or not token.is_word or not token.text.islower() or not token.text.isalpha():
        return None
    if word in NOT_NAMES or word in _LEXICON_WORDS:
        return None
    return Name(i, i + 1, display, True)


# Where a customer is named after them ("to kier", "med tine", "hos orkla")
_BEFORE_A_CUSTOMER = {"til", "till", "to", "med", "with", "hos", "at", "w", "m"}


def _first_word_typed_small(tokens: list[Token], i: int, known: KnownCustomers) -> Name | None:
    """Session 55. "Sent revised quote to kier – down to £212k": a known name's first word, typed
    small and alone right after a word that names whom ("to", "til", "med", "hos"), one known
    name's only, no place and no word of ours: that customer (was nothing)."""
    token = tokens[i]
    display = known.by_first_word.get(token.folded)
    if display is None or i == 0 or tokens[i - 1].folded not in _BEFORE_A_CUSTOMER:
        return None
    if not token.text.islower() or not token.text.isalpha():
        return None
    if token.folded in NOT_NAMES or token.folded in _LEXICON_WORDS:
        return None
    if is_place(token.text):
        return None
    if i + 1 < len(tokens) and tokens[i + 1].is_word and tokens[i + 1].text.islower():
        if customer_key(f"{token.text} {tokens[i + 1].text}") not in known.by_key:
            return None  # "to kier group" is read whole, "to kier construction" is another
    return Name(i, i + 1, display, True)


def may_end_the_name(tokens: list[Token], j: int, amount: Amount) -> bool:
    """The amount is a bare number of three or four figures right after a name ("Vant Rema
    1000"), alone: the end of the name, or the amount? (A second number would have settled it.)"""
    return amount.start == j and amount.end == j + 1 and _number_ends_name(tokens, j)


def _number_of_the_name(tokens: list[Token], j: int) -> bool:
    """A bare number of three or four figures right after a known name, that ends the name
    ("Rema 1000"), while another number later in the message is the amount."""
    return _number_ends_name(tokens, j) and any(
        t.is_word and t.text[:1].isdigit() for t in tokens[j + 1 :]
    )


_NEXT_WORDS = {"next", "neste", "nasta", "naeste"}
_NEXT_TALKS = {
    "meeting", "mtg", "call", "step", "steps", "follow-up", "followup", "visit", "demo",
    "mote", "motet", "mode", "modet", "samtale", "samtal", "besok", "steg", "skritt", "skridt",
}  # fmt: skip


_STEP_WORDS = {"step", "steps", "steg", "skritt", "skridt"}


def _not_the_first_news(tokens: list[Token], hit: Name) -> bool:
    """heldmsg31. "Greencore Ltd – first meeting today, warm. Next step w/c 28th May" (the first
    customer new to the team): "Next" opens a later sentence, or "Next step" anywhere: the step."""
    after = tokens[hit.end].folded if hit.end < len(tokens) else ""
    return tokens[hit.start].sentence > tokens[0].sentence or after in _STEP_WORDS


def _the_next_talk(tokens: list[Token], hit: Name) -> bool:
    """A known customer spelt as "next" ("Next", the UK retailer) right before a talk's noun,
    after another customer was named: the next meeting, no second customer (never after "with",
    "med": "meeting with Next")."""
    after = tokens[hit.end] if hit.end < len(tokens) else None
    before = tokens[hit.start - 1].folded if hit.start else ""
    return (
        hit.end - hit.start == 1
        and tokens[hit.start].folded in _NEXT_WORDS
        and after is not None
        and after.folded in _NEXT_TALKS
        and before not in _RECIPIENT
    )


def _may_be_name(span: list[Token], last_variant: str, display: str = "") -> bool:
    """A lower-case word names a known customer only when it is no ordinary word of ours (of
    four letters or more, or three where the customer is written in capitals: "møte med dnb")."""
    first = span[0].text
    if first[:1].isupper() or first[:1].isdigit():
        return True
    word = fold(last_variant) if len(span) == 1 else span[0].folded
    if len(span) > 1 and all(t.text.islower() for t in span) and span[0].folded in WEEKDAYS:
        return False  # "mandag morgen kl 8 …": a time, not Mandag Morgen ApS
    return (
        len(span) > 1
        or (len(word) >= 4 or (len(word) == 3 and display.isupper() and display.isalpha()))
        and word not in NOT_NAMES
        and word not in _LEXICON_WORDS
        and word not in FIRST_NAMES
        and word not in _TIMES_OF_YEAR  # "tilbud efter nytår": not Nytår ApS
    )


_TIMES_OF_YEAR = {"nyttar", "nytar", "nyar", "nyaret", "nyttaret", "julen", "paske", "pasken"}


_RECIPIENT = {"til", "till", "to", "with", "med", "hos", "w", "m", "vs", "mot", "mod"}
# "Won 3M 200k": after a verb, only a figure with its amount right after it is a name
_WON = {"won", "vant", "vann", "vandt", "signed", "signert", "signerte", "closed"}
# session 48: the perfect and the other languages' ("Vi har vundet 3M i tirsdags! 300k")
_WON |= {"vundet", "vunnet", "vunnit", "signerat", "signeret", "signerede", "landet", "landa"}


# A figure in thousands, or per a period: "85k", "2,5k", "85k/mnd", "95k/år", "40000/mån"
_PRICE_LIKE = re.compile(r"[0-9]+(?:[.,][0-9]+)?(?:k|[0-9A-Za-z]*/[^\W\d_]+)", re.IGNORECASE)


# (lead38: each end with its own unit or sign too, "300k-350k", "£65k-£70k": was "Tine 300k")
_A_RANGE = re.compile(
    r"[£€$]?[0-9]+(?:[.,][0-9]+)?(?:[^\W\d_]{1,4})?[-–][£€$]?[0-9]*(?:[.,][0-9]+)?[^\W\d_]{0,4}"
)


_LINKS_AFTER_AN_AMOUNT = {"til", "till", "to", "from", "fra", "fran", "fraa"}


def _far_above_an_amount_before(tokens: list[Token], i: int, taken: Collection[int]) -> bool:
    """The figure at `i` ("3M") read as an amount is five times an amount said before it in its
    sentence or more: no price range, no raise (Session 49)."""
    try:
        figure = parse_amount(tokens[i].text)
    except UserError:
        return False
    if figure is None:
        return False
    before = [
        a
        for a in amounts(tokens, "NOK", {*taken, i})
        if a.end <= i - 1 and tokens[a.start].sentence == tokens[i].sentence
    ]
    return bool(before) and far_above(figure.amount, before[-1].money.amount)


def _digit_led_name(tokens: list[Token], i: int, taken: Collection[int]) -> int | None:
    """ "Tilbud til 3M på 200k", "Møte med 3 Danmark": a name that starts with a figure, right
    after a word of whom ("til", "med", "to", "with"), where a figure would make no sense:
    "3M" with another amount after it in its sentence (else "til 3M" may be a price raised to
    3 million), a small number before a capitalised word no word of ours. The end of the name,
    or None. ("Tilbud til DNB 3M" is 3 million: a name stands before it.)"""
    token = tokens[i]
    if not token.is_word or not token.text[:1].isdigit():
        return None
    if (
        (i == 0 or tokens[i - 1].sentence != token.sentence)
        and _FIGURE_AND_CAPITAL.fullmatch(token.text)
        and i + 1 < len(tokens)
        and tokens[i + 1].folded in _SUBJECT_OF
    ):
        # session 49: "3M signerte i går :tada: 2,5 MNOK", "3M signed today": a figure and
        # capitals opening its sentence before a verb it does is its subject (was nothing)
        return i + 1
    if i == 0:
        return None
    before = tokens[i - 1].folded
    if (
        before in ("sent", "sendt", "sendte", "skickade", "emailed", "mailed", "gave")
        and _FIGURE_AND_CAPITAL.fullmatch(token.text)
        and i + 1 < len(tokens)
        and tokens[i + 1].folded in ("a", "an", "the", "our", "et", "ett", "en", "vart", "vort")
    ):
        return i + 1  # session 49: "We've sent 3M a quote for €40k": whom it went to (was nothing)
    if (
        before in ("i", "pa", "hos", "at", "in", "from", "fra", "fran")
        and i > 1
        and is_a_role(tokens[i - 2].text)
        and _FIGURE_AND_CAPITAL.fullmatch(token.text)
    ):
        return i + 1  # session 49: "Ringte innkjøpssjefen i 3M i dag": where the role works
    if (
        before in _LINKS_AFTER_AN_AMOUNT
        and tokens[i - 1].sentence == token.sentence
        and _FIGURE_AND_CAPITAL.fullmatch(token.text)
        and _far_above_an_amount_before(tokens, i, taken)
    ):
        # session 49: "Sendte tilbud på 450k til 3M i dag", "Won $120k from 3M today": its
        # amount said before, a figure five times it after "til"/"from" no price (was nothing)
        return i + 1
    if before not in _RECIPIENT | _WON | _MET or tokens[i - 1].sentence != token.sentence:
        return None
    called_to = before in ("til", "till", "to") and i > 1 and tokens[i - 2].folded in _MET
    if before in _MET or called_to:  # mendB29. "Ringte (til) 3M i dag": a figure and a capital
        return i + 1 if _FIGURE_AND_CAPITAL.fullmatch(token.text) else None
    if re.fullmatch(r"[0-9]{1,2}", token.text):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            nxt is None
            or i + 1 in taken
            or not nxt.is_word
            or not nxt.text[:1].isupper()
            or not nxt.text.isalpha()
            or _is_ordinary(nxt)
            or before in _WON
        ):
            return None
        end = i + 2  # "3 Danmark"
        while end < len(tokens) and end not in taken and end - i < 4:
            if tokens[end].text in LEGAL_SUFFIXES:
                return end + 1  # session 62: "3 Kokker AS" (was "3 Kokker", its form dropped)
            if not (_capitalised(tokens[end]) and not _is_ordinary(tokens[end])):
                break
            end += 1
        return i + 2
    if not re.search(r"[A-Za-zÆØÅæøå]", token.text) or not _is_ordinary(token):
        return None  # "24SevenOffice" is read as any name; a bare number is no name
    if _PRICE_LIKE.fullmatch(token.text):
        return None  # "tilbud på 85k/mnd til Bring", "95k/år": a price, never a customer
    if _A_RANGE.fullmatch(token.text):
        return None  # amounts29: "Tilbud til 250-300k": a range of amounts, never a customer
    later = [
        a
        for a in amounts(tokens, "NOK", {*taken, i})
        if a.start > i and tokens[a.start].sentence == token.sentence
    ]
    if later:
        return i + 1  # "Tilbud til 3M på 200k", "Vant 3M i dag, 200k" (mendB29: was only "3M 200k")
    # mendB29. "Møte med 3M i dag", "Vant 3M i går": a figure and a capital with no amount
    # in its sentence after a word of whom or of a win is a name (was: nothing, silent). A
    # meeting is never "with 3 million"; a win of 3M alone is asked all the same (no amount).
    # "Tilbud til 3M" may be a price raised to 3 million: still read only with an amount.
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    named_after = (
        nxt is not None and nxt.sentence == token.sentence and nxt.text[:1].isupper()
    )  # "Won 5M Fjellsport AS": 5 million, the name after it
    if (
        before in _WITH | _WON
        and not (before in _WON and named_after)
        and _FIGURE_AND_CAPITAL.fullmatch(token.text)
    ):
        return i + 1
    return None


_WITH = {"with", "med", "hos", "w", "m"}
_MET = {
    "ringte", "ringde", "ringet", "ringede", "called", "phoned", "rang", "besokte", "besokt",
    "visited", "motte", "traffade", "traff", "met", "modte",
    "besogte", "besogt", "traeffede", "moette",  # session 48: "Besøgte 3M i går"
}  # fmt: skip
# Session 49. What a customer does, right after its name opening the sentence ("3M signerte")
_SUBJECT_OF = {
    fold(w)
    for w in """signerte signert signed signs skrev signerade signerede valgte valde valgde chose
    picked aksepterte accepterade accepterede accepted takket tackade takkede sa sagde said
    bestilte beställde bestilde ordered kjøpte köpte købte bought ringte ringde ringede called
    er är is""".split()
}
_FIGURE_AND_CAPITAL = re.compile(r"[0-9]+[A-ZÆØÅ][A-Za-zÆØÅæøå]*")


def _capitalised(token: Token) -> bool:
    text = token.text
    if _TIMES_SAID.fullmatch(text):
        return False  # session 40: "ringt Norsk Gjenvinning 2x": how many times, no name's
    if not token.is_word or not text[:1].isalpha():
        return bool(
            token.is_word
            and text[:1].isdigit()
            and not _DIGITS_THEN_A_WORD.fullmatch(text)  # "7-eleven": only where a name belongs
            and re.search(r"[A-Za-zÆØÅæøå]", text)
            and not _PRICE_LIKE.fullmatch(text)  # "85k/mnd", "95k/år": a price, no name
        )
    return text[:1].isupper()


def _a_names_letter(token: Token, before: Token) -> bool:
    """A lone capital letter after a name's word is the name's ("Circle K"), never the English
    "I" ("Met Tesco I think"), nor a unit after a number ("200 K")."""
    return (
        token.is_word
        and len(token.text) == 1
        and token.text.isalpha()
        and token.text.isupper()
        and token.text != "I"
        and before.is_word
        and not before.text[:1].isdigit()
    )


def _is_ordinary(token: Token) -> bool:
    head, _, tail = token.folded.partition("-")
    # "K-Bygg", "E-CO": a letter before a capitalised word is the name's first part, not "k"
    one_letter = len(head) == 1 and tail[:1].isalpha() and "-" in token.text
    one_letter = one_letter and token.text.split("-", 1)[1][:1].isupper()
    word = token.folded if one_letter else head
    if token.text[:1].isdigit():
        try:
            return parse_amount(token.text) is not None  # "220k" is money, "3M" too: no name
        except UserError:
            return False
    if (
        word in NOT_NAMES
        and _NORDIC_LETTERS & set(token.text[:1].lower())
        and token.text.split("-", 1)[0].lower() not in _NOT_NAMES_SPELT
        and word not in _WEEK_WORDS
    ):
        return False  # "Åre Skidskola AB": a place's name, not "are"
    return (
        word in NOT_NAMES
        or word in _LEXICON_WORDS
        or token.folded in _LEXICON_WORDS
        or word.startswith(_LEXICON_PREFIXES)
        or word in _WEEK_WORDS
        or word.startswith("@")
        or _A_CHEER_STRETCHED.fullmatch(word) is not None
        # session 54: a summary's heading word built on one ("Fredagssammanfattning:",
        # "Ukesoppsummering", "Dagsrapport": was a customer "Fredagssammanfattning")
        or (len(word) > 9 and word.endswith(_SUMMARY_STEMS))
    )


_SUMMARY_STEMS = (
    "oppsummering", "opsummering", "sammanfattning", "sammenfatning", "summering", "rapport",
    "sammendrag", "sammandrag", "oppdatering", "uppdatering", "opdatering",
)  # fmt: skip


# Session 51. A cheer drawn out in the typing ("JAAA Lantmännen skrev på nu", "YESSS Tesco
# signed"): no word of a name (was the customer "JAAA Lantmännen")
_A_CHEER_STRETCHED = re.compile(
    r"j+a{2,}h*|ja+h+|y+e+s{2,}|y+e{2,}s+|j+e+s{2,}|y+a+y+|w+o{2,}h*o*|w+o+h+o+|wh+o{2,}|"
    r"j+i+p+i+e*|h+u+r+a{2,}|y+e+a+h{2,}|b+o{2,}m+|j+u+b+e+l+|h+u+z+z+a+h*"
)


# booked29. Weekdays written short ("Thu", "Tors", "Fre"): after a name, ending its clause or
# joined to the next ("Aldi Thu, Lidl Fri", "(Aldi Tors, Lidl Fre)", "Aldi Thu and Lidl Fri").
_WEEKDAYS_SHORT = {
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "man", "man.",
    "weds",  # session 54: "Proposal sent to Boots Weds, £30k" (was a customer "Boots Weds")
    "tir", "tirs", "tis", "ons", "tor", "tors", "fre", "lor", "son",
}  # fmt: skip
_AFTER_A_SHORT_DAY = {"og", "och", "and", "&", "+"}
_OR_BETWEEN_DAYS = {"or", "eller", "alternativt", "evt"}


def _a_lone_short_weekday(tokens: list[Token], i: int) -> bool:
    """lead38. "Called Sky, hot, demo booked Tues", "follow up Thurs": a weekday's short form
    alone after a word of ours, no capitalised word after it, is the day (was a customer
    "Tues", a meeting asked with it)."""
    token = tokens[i]
    if token.folded not in _WEEKDAYS_SHORT or token.text.isupper() or i == 0:
        return False
    before = tokens[i - 1]
    if not (before.is_word and before.text[:1].islower()):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is None or not after.text[:1].isupper()


def _a_short_weekday_after_a_name(tokens: list[Token], j: int, i: int | None = None) -> bool:
    if tokens[j].folded not in _WEEKDAYS_SHORT or tokens[j].text.isupper():
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is None or after.sentence != tokens[j].sentence:
        return True
    # mendD30: "Booked mtgs w/ Aldi Thu & Lidl Fri 🎉": the second name's day, as the first's
    # ("Aldi Thu &"), and a cheer after it ends the clause (was: "Lidl Fri" one name)
    # (left31: or a comma, "2 mtgs booked: Aldi Thu, Lidl Fri great week")
    if i is not None and i >= 2 and tokens[i - 1].text.lower() in _AFTER_A_SHORT_DAY | {","}:
        if tokens[i - 2].folded in _WEEKDAYS_SHORT or tokens[i - 2].text == ")":
            return True
    if after.is_word and not after.text[:1].isalnum():
        return True  # an emoji: "… Lidl Fri 🎉"
    if after.text == ":" and re.fullmatch(
        r":[a-z0-9_+-]+:", "".join(t.text for t in tokens[j + 1 : j + 4])
    ):
        return True  # a Slack emoji's code: "… Lidl Fri :tada:"
    if after.is_word and after.folded in _OR_BETWEEN_DAYS and j + 2 < len(tokens):
        # left32. "Booked a meeting with Boots Fri or Mon": one of two days, never "Boots Fri"
        return weekday_index(tokens[j + 2].folded) is not None
    if after.is_word:
        return after.text.lower() in _AFTER_A_SHORT_DAY
    # session 54: a dash after it ("Won Sainsbury's Mon - £62k": was "Sainsbury's Mon")
    return after.text in ",;.!)-\u2013\u2014" or after.text in _AFTER_A_SHORT_DAY


_QUARTER_NAME = re.compile(r"Q[1-4]")
_IN_A_PERIOD = {"i", "in", "for", "pa", "under", "during", "innen", "inom", "inden", "by", "til"}


def _a_quarter_led_name(tokens: list[Token], i: int, taken: Collection[int]) -> bool:
    """booked30. "Vant Q1 Partners 200k": a quarter's short form, then a capitalised word of
    a name, no period word before it ("i Q1", "in Q1"), is the name's first word (was: the
    quarter read as what was won, the message nothing)."""
    if not _QUARTER_NAME.fullmatch(tokens[i].text) or i + 1 >= len(tokens) or i + 1 in taken:
        return False
    if i > 0 and tokens[i - 1].folded in _IN_A_PERIOD:
        return False
    nxt = tokens[i + 1]
    return (
        nxt.is_word
        and nxt.sentence == tokens[i].sentence
        and nxt.text[:1].isupper()
        and nxt.text.isalpha()
        and not _is_ordinary(nxt)
        and nxt.folded not in _WEEK_WORDS
    )


_POSSESSIVES = {"var", "vart", "vare", "vores", "our", "min", "mitt", "my"}


def _a_possessive_opening_a_name(tokens: list[Token], i: int, taken: Collection[int]) -> bool:
    """Session 53. "Sent proposal to Vår Energi", "tilbud til Vår Energi ASA": a possessive with
    a capital after a link, then a capitalised word that is no ordinary one, opens a name (was
    the customer "Energi")."""
    return (
        tokens[i].folded in _POSSESSIVES
        and tokens[i].text[:1].isupper()
        and 0 < i < len(tokens) - 1
        and tokens[i - 1].folded in _NAME_LEADS | {"for", "mot"}
        and i + 1 not in taken
        and _capitalised(tokens[i + 1])
        and tokens[i + 1].text[1:2].islower()
    )


_CAPITAL_ARTICLES = {"The", "A", "An"}


def guessed_names(tokens: list[Token], taken: Collection[int]) -> list[Name]:
    """Runs of capitalised words that are no ordinary words ("Statoil Fuel", "Aker BP", "DNB").
    A single common first name is a person, not a customer."""
    names = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        digits = i not in taken and _digit_led_name(tokens, i, taken)
        if digits:
            names.append(Name(i, digits, " ".join(t.text for t in tokens[i:digits]), False))
            i = digits
            continue
        if (
            i in taken
            or not _capitalised(token)
            or is_a_role(token.text)  # session 41: "fick tag på VD:n" (was a second call)
            or _A_RANGE.fullmatch(token.text)  # amounts29: "tilbud på 250-300k til Orkla"
            # lead36 review: "Offert på 1,3 Mkr skickad till …": the amount's unit after its
            # number (was a customer "Mkr", the amount lost)
            or (
                token.folded in _UNITS_AFTER_A_NUMBER and i > 0 and tokens[i - 1].text[:1].isdigit()
            )
            or (
                _is_ordinary(token)
                and not _before_its_legal_form(tokens, i, taken)
                and not _named_like_a_day(tokens, i, taken)
                and not _named_first(tokens, i, taken)
                and not a_days_name_heading(tokens, i)
                and not _a_quarter_led_name(tokens, i, taken)
                and not _a_possessive_opening_a_name(tokens, i, taken)
            )
            or _a_day_heading(tokens, i)
            or _a_lone_short_weekday(tokens, i)
        ):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and j - i < 4 and j not in taken:
            nxt = tokens[j]
            if nxt.text == "&" and _two_names_joined(tokens, i, j, taken):
                break  # names27: "met Tesco & Boots": two customers, each asked
            if (
                nxt.text == "&"
                or nxt.text in LEGAL_SUFFIXES
                or (nxt.folded in _SUFFIXES and nxt.text not in _WORDS_NOT_SUFFIXES)
            ):
                j += 1
            elif DURATION_GLUED.fullmatch(nxt.text):
                break  # "Møte med Equinor 2t i dag": how long, not the name's
            elif nxt.folded in _THEIR_OFFICES:
                break  # lead38: "meeting at Barclays HQ": where, not the name's
            elif _A_RANGE.fullmatch(nxt.text):
                break  # mendB30: "Sendte tilbud til Tine 250-300k": the range, not "Tine 250"
            elif _a_weekday_just_gone(tokens, j):
                break  # mendI31: "Met Pret Tues just gone": the day gone, not the name's
            elif _a_short_weekday_after_a_name(tokens, j, i):
                break  # booked29: "2 meetings booked: Aldi Thu, Lidl Fri": the day, not the name's
            elif _a_names_letter(nxt, tokens[j - 1]):
                j += 1  # "Circle K", "Circle K Norge", "Statoil A": a capital letter of the name
            elif _capitalised(nxt) and (not _is_ordinary(nxt) or _inside_a_name(nxt)):
                j += 1
            elif _capitalised(nxt) and _its_legal_form_ahead(tokens, j + 1, taken):
                # "Skagen Is ApS": a word of ours inside a name its legal form ends (session
                # 45: or one more capitalised word before it, "Best Call Centre AS")
                j += 1
            elif (
                nxt.folded in ("and", "og", "och", "und")
                and j + 1 < len(tokens)
                and j + 1 not in taken
                and fold(" ".join([*(t.text for t in tokens[i:j]), "&", tokens[j + 1].text]))
                in _AMPERSAND_NAMES
            ):
                j += 2  # session 40: "Marks and Spencer", "Procter and Gamble": one company
            elif (
                nxt.folded in ("og", "and", "och")
                and j - i == 1  # one word before it: "Bank of Ireland and John Lewis plc" is two
                and (formed := _joined_firm(tokens, j, taken))
            ):
                j = formed  # session 40: "Bygg og Anlegg AS", "Sol og Vind AS": one company
            elif nxt.folded == "region" and nxt.text.islower() and j > i + 1:
                break  # session 40: "Rema 1000 region vest": the chain's region, its note
            elif nxt.folded in _NAME_TAILS:
                j += 1  # "Oslo kommune"
            elif nxt.text == "Is" and _capitalised(tokens[j - 1]):
                j += 1  # session 48: "Hennig-Olsen Is", "Nora Is" (ice cream), never "is"
            elif names_a_company(tokens[i].text, nxt.text) and j - i < 3:
                j += 1  # "Drammen bygg", "Bergen offshore", "Leeds City Council" (readers25)
            elif re.fullmatch(r"[0-9]{1,2}", nxt.text) and _name_goes_on(tokens, j + 1):
                j += 1  # "Sparebank 1", "TV 2"
            elif _number_ends_name(tokens, j):
                j += 1  # "Rema 1000 signerte! 180 000": the chain's name, not 1 000 kr
            elif _a_names_small_word(tokens, i, j, taken):
                j += 2  # lead38: "Bank of Ireland", "Transport for London", "Pets at Home"
            elif (
                _a_small_word_its_legal_form_ends(tokens, j, taken)
                and not (
                    # session 50: a first name at the company ("coffee meeting with Lars at Elkem
                    # ASA": was the customer "Lars at Elkem ASA"): the person, then the company
                    tokens[i].folded in FIRST_NAMES
                    and (
                        j - i == 1
                        # session 52: with the surname ("Good mtg w/ Sarah Collins at Kingfisher
                        # plc": was the customer "Sarah Collins at Kingfisher plc", stored)
                        or (
                            j - i == 2
                            and tokens[i + 1].text[:1].isupper()
                            and tokens[i + 1].text[1:].islower()
                            and tokens[i + 1].text.isalpha()
                            and tokens[i + 1].text not in LEGAL_SUFFIXES
                        )
                    )
                )
            ):
                j += 1  # session 39: "Bygg i Sør AS", "Bygg på Toppen AS", "Hotel by the Sea Ltd"
            else:
                break
        if j < len(tokens) and j not in taken and j - i == 4 and tokens[j].text in LEGAL_SUFFIXES:
            j += 1  # session 45: "Bygg & Fasad Norr AB": the legal form past four words ends it
        j = _joined_to_a_company(tokens, i, j, taken)
        while j - i > 1 and _A_CLOCK_TIME.fullmatch(tokens[j - 1].text):
            j -= 1  # lead37: "mtg w Asda 9am": the time is no part of the name
        owner = next(
            (
                k + 1
                for k in range(i, j - 1)
                if tokens[k].text.endswith(("'s", "’s"))
                and tokens[k + 1].text.isupper()
                and tokens[k + 1].text.isalpha()
                and len(tokens[k + 1].text) <= 5
                and tokens[k + 1].text not in LEGAL_SUFFIXES
            ),
            None,
        )
        if owner is not None:
            j = owner  # session 50: "Apple's EMEA facilities guy": Apple's region, not its name
        span = tokens[i:j]
        words = [t.text for t in span]
        head = words[-1]
        if (
            "-" in head
            and not head.split("-", 1)[1][:1].isupper()
            and head.split("-", 1)[1].lower() not in _HYPHENED_NAME_ENDS  # lead37: "Co-op"
        ):
            words[-1] = head.split("-", 1)[0]  # "Nammo-avtalen"
        for tail in ("'s", "’s"):
            # "Tesco's buyer": whose; "Met with Sainsbury's this morning", "Sainsbury's signed":
            # the name, as the company writes it
            if words[-1].endswith(tail) and _possessed(tokens, j):
                words[-1] = words[-1][: -len(tail)]
        display = " ".join(words)
        single_person = len(span) == 1 and fold(display) in FIRST_NAMES
        # lead36: "Møtte Liv fra Telenor", "Met Bill from Tesco": a first name that is a word
        # too, said as someone of the company after it, is that person
        single_person = single_person or (
            len(span) == 1
            and fold(display) in NAMES_ALSO_WORDS
            and j + 1 < len(tokens)
            and tokens[j].folded in {"fra", "fran", "from", "hos", "at", "i", "pa", "ved", "vid"}
            and tokens[j + 1].text[:1].isupper()
        )
        # "Per Hansen", "Anna Svensson", "John Smith": a first name and a surname is a person
        # (a company named so carries its suffix: "Per Aarsleff AS").
        single_person = single_person or (
            2 <= len(span) <= 3
            and span[0].folded in FIRST_NAMES
            and " ".join(t.folded for t in span[:2]) not in _NAMED_AFTER_PEOPLE
            and all(
                t.text[:1].isupper()
                and not t.text.isupper()
                and t.text not in LEGAL_SUFFIXES
                # (session 56: "Ås" folds to "as" and is a surname, no legal form: "Tone Ås")
                and not (t.folded in _SUFFIXES and t.text.lower() == t.folded)
                and t.folded not in _NAME_TAILS
                and t.folded not in _COMPANY_WORDS
                and t.text.isalpha()
                for t in span
            )
        )
        opening = i == 0 or tokens[i - 1].sentence != token.sentence
        if single_person or (len(span) == 1 and opening and token.folded in _NEW_ALONE):
            # heldmsg31: "Ny ordre i dag 🎉 250k!", "New order today": new, no customer
            i = j
            continue
        definite = len(span) == 1 and opening and _definite_noun(token.folded)
        if (
            not opening
            and tokens[i - 1].text in _CAPITAL_ARTICLES
            and i - 1 not in taken
            and not (i - 1 == 0 or tokens[i - 2].sentence != tokens[i - 1].sentence)
        ):
            # session 62: a capitalised article inside a sentence opens the name ("Sent The
            # Body Shop a proposal", "Met A Cut Above Ltd today": were "Body Shop", "Cut Above
            # Ltd", another customer's key)
            i, display = i - 1, f"{tokens[i - 1].text} {display}"
        if customer_key(display):
            # A sentence's first word that is a day: "Fredag Bygg" may be a name or Friday.
            day_first = (
                tokens[i].folded in _DAY_OR_MONTH
                and _first_in_sentence(tokens, i)
                and not a_days_name_heading(tokens, i)
            )
            small = [t for t in span[1:] if re.fullmatch(r"[0-9]{1,2}", t.text)]
            names.append(
                Name(
                    i,
                    j,
                    display,
                    False,
                    day_first=day_first,
                    definite=definite,
                    figures=len(small) > 1,
                )
            )
        i = j
    # session 49: a legal form alone is no company's name ("Ja Takk AS sa ja takk …": was a
    # customer "AS")
    names = [n for n in names if not all(w.strip(",") in LEGAL_SUFFIXES for w in n.display.split())]
    return [_with_its_place(tokens, n, taken) for n in names]


# Session 49. The nouns (folded stems) of what is named by its place in its definite form
# ("Universitetet i Oslo", "Sykehuset i Vestfold", "Kommunen i Lom", "Bakeriet i Lom"); a chain's
# name in that form is not ("Systembolaget i Malmö", "Posten i Oslo": where they were)
_NAMED_BY_ITS_PLACE = tuple(
    """universitet hogskol hoyskol hogskul sykehus sjukehus sjukhus sygehus kommun fylkeskommun
    regionen fylket lanet skolen skola skulen biblioteket museet bakeri meieri bryggeri
    slakteri sagbruk hotell radhus tingrett politi kirke kyrkja kyrkan menighet barnehag
    sykehjem sjukeheim helsesenter legekontor""".split()
)


def _with_its_place(tokens: list[Token], name: Name, taken: Collection[int]) -> Name:
    """Session 49. "Universitetet i Oslo", "Sykehuset i Vestfold", "Bakeriet i Lom": a noun in
    its definite form named by its place is one name with it (were customers "Universitetet",
    "Bakeriet"), as commands read it (commands.names._an_institution). Never a surname's "-sen"
    ("Olsen i Bergen": where Olsen was)."""
    at = name.end
    word = name.display
    if (
        name.known
        or " " in word
        or at + 1 >= len(tokens)
        or tokens[at].folded not in ("i", "pa")
        or at + 1 in taken
        or tokens[at + 1].sentence != tokens[name.start].sentence
    ):
        return name
    folded = fold(word)
    if not (
        word[:1].isupper()
        and word[1:].islower()
        and folded.endswith(("et", "en", "a", "an"))
        and folded.startswith(_NAMED_BY_ITS_PLACE)
    ):
        return name
    place = tokens[at + 1].text
    if not (place[:1].isupper() and place.isalpha() and not is_a_role(place)):
        return name
    return replace(name, end=at + 2, display=f"{word} {tokens[at].text} {place}")


# Names that hold "&" between two words that are names of their own elsewhere: one company.
_AMPERSAND_NAMES = frozenset(
    fold(n)
    for n in (
        "Procter & Gamble", "Marks & Spencer", "Johnson & Johnson", "Ernst & Young",
        "Black & Decker", "Smith & Wesson", "Bang & Olufsen", "Dolce & Gabbana",
        "Barnes & Noble", "Abercrombie & Fitch", "Villeroy & Boch", "Simon & Schuster",
        "Fisher & Paykel", "Lindt & Sprüngli", "Holland & Barrett", "Smith & Nephew",
        "Hennes & Mauritz", "Kjell & Company", "Jack & Jones", "Crate & Barrel", "Arm & Hammer",
        "Mann & Hummel", "Allen & Overy", "Slaughter & May", "Deloitte & Touche",
        "Marsh & McLennan", "Tiffany & Co", "Ben & Jerry's", "Mat & Vin", "Wiik & Co",
        "Bryggen & Co", "Berner & Co", "Norli & Co", "Kid & Co", "Thon & Co",
        # lead36
        "Legal & General", "Standard & Poor's", "Bain & Company", "Mitchells & Butlers",
        "Morgan & Morgan", "Baker & McKenzie", "Royal & SunAlliance", "Booz & Company",
        "Møller & Co",
        # lead38
        "Tate & Lyle", "Fortnum & Mason", "Lyle & Scott", "Crabtree & Evelyn",
        "Taylor & Francis", "Reckitt & Colman", "Bowers & Wilkins", "Freshfields & Co",
    )
)  # fmt: skip
# The word after "&" that makes it part of a name: "Jul & Co", "Hansen & Sønner", "Acme & Sons"
_AMPERSAND_TAILS = {
    "co", "co.", "cie", "company", "comp", "kompani", "kompagni", "sons", "son", "sonn",
    "sonner", "soner", "sonnar", "dottrar", "dotre", "partners", "partner",
    "associates", "friends", "venner", "vanner",
}  # fmt: skip


def _two_names_joined(tokens: list[Token], i: int, at: int, taken: Collection[int]) -> bool:
    """names27. "Yesterday: met Tesco & Boots", "Møte med Aker & Yara": "&" with a space on
    each side, between one capitalised word and another, joins two customers' names (read as
    "og" and "and" are: each asked, or both in one click), unless the whole is a company known
    to hold it ("Procter & Gamble", "Marks & Spencer"), the word after it makes it one ("Jul &
    Co", "Hansen & Sønner") or a legal form ends it ("Brandt & Vinther ApS", "Sommer & Sol
    AS"). "H&M" is one word; a known customer's "&" is matched before this (known_names)."""
    if at != i + 1 or at + 1 >= len(tokens):
        return False
    if at + 1 in taken:
        # lists28. "Met Tesco & Boots today", Boots known: a known customer after it is a
        # customer of its own (was: "Tesco &" read as a name, dropped; Boots alone stored)
        return tokens[i].is_word
    before, after = tokens[i], tokens[at + 1]
    if not (before.is_word and after.is_word and after.text[:1].isupper()):
        return False
    if after.folded.rstrip(".") in _AMPERSAND_TAILS or after.text in LEGAL_SUFFIXES:
        return False
    if f"{before.folded} & {after.folded}" in _AMPERSAND_NAMES:
        return False
    for k in range(at + 2, min(at + 5, len(tokens))):
        nxt = tokens[k]
        if nxt.text in LEGAL_SUFFIXES or nxt.folded in _COMPANY_WORDS:
            return False  # "Brandt & Vinther ApS", "Jul & Nyttår Catering AS"
        if not (nxt.is_word and nxt.text[:1].isupper()) or k in taken:
            break
    return True


# mendI31. A weekday said gone after it, as the commands read it (dates._JUST_GONE, heldcmd31):
# "Met Pret Tues just gone", "Möte med Ica fredag som var", "Friday that was"
_JUST_GONE = (("just", "gone"), ("gone",), ("som", "var"), ("der", "var"), ("that", "was"))


def _a_weekday_just_gone(tokens: list[Token], i: int) -> bool:
    if weekday_index(tokens[i].folded.rstrip(".")) is None:
        return False
    after = tuple(t.folded for t in tokens[i + 1 : i + 3])
    return any(after[: len(gone)] == gone for gone in _JUST_GONE)


def _a_day_heading(tokens: list[Token], i: int) -> bool:
    """ "Man: 3 samtaler", "Tirs: møte Tine": a weekday before its colon heads a day, never a
    customer's name (review27: "Man: 3 samtaler" was three calls with the customer "Man")."""
    return (
        i + 1 < len(tokens)
        and tokens[i + 1].text == ":"
        and weekday_index(tokens[i].folded.rstrip(".")) is not None
    )


_OWN_DAY_WORDS = {"idag", "today", "igar", "igaar", "yesterday", "imorges", "imorse"}
_OWN_DAY_PAIRS = {("i", "dag"), ("i", "gar"), ("i", "gaar")}


def a_days_name_heading(tokens: list[Token], i: int) -> bool:
    """lists28. "Fredag Media: møte i dag", "Onsdag Gruppen: ringte dem i går": a capitalised
    weekday opening the message, a capitalised word after it, then the colon, is a company's
    name heading its news when the rest carries its own day ("i dag", "i går", a date); never
    that weekday (was: a meeting with "Media" last Friday, asked)."""
    if i != 0 or len(tokens) < 5 or tokens[2].text != ":" or not tokens[0].text[:1].isupper():
        return False
    if weekday_index(tokens[0].folded) is None or len(tokens[0].folded) < 5:
        return False
    nxt = tokens[1]
    if not (nxt.text[:1].isupper() and nxt.text[:1].isalpha()) or _is_ordinary(nxt):
        return False
    rest = tokens[3:]
    return any(
        t.folded in _OWN_DAY_WORDS
        or re.fullmatch(r"[0-9]{1,2}[./][0-9]{1,2}\.?", t.text)
        or (k + 1 < len(rest) and (t.folded, rest[k + 1].folded) in _OWN_DAY_PAIRS)
        for k, t in enumerate(rest)
    )


def _joined_to_a_company(tokens: list[Token], i: int, j: int, taken: Collection[int]) -> int:
    """ "Sogn og Fjordane Energi", "Møre og Romsdal Fylke": capitalised words of no company word
    of their own, then "og"/"och"/"and", then capitalised words ending in a company word (or a
    legal form), all in one clause and none of them a known name, are ONE company's name: where
    the name so joined ends. Anything else (a comma, a known name on either side, a second
    name that ends in no company word: "Tine og Kiwi") ends where it ended."""
    if j - i > 2 or j + 2 >= len(tokens) or j in taken:
        return j
    if tokens[j].folded not in {"og", "och", "and"} or tokens[j].clause != tokens[i].clause:
        return j
    if any(t.folded in _COMPANY_WORDS or t.text in LEGAL_SUFFIXES for t in tokens[i:j]):
        return j
    if _a_count_listed_before(tokens, i):
        return j  # session 54: "Two calls this morning: Barclays and Lloyds Banking Group"
    k = j + 1
    while k < len(tokens) and k - j <= 3 and k not in taken:
        t = tokens[k]
        if t.clause != tokens[i].clause or not _capitalised(t):
            break
        if t.text in LEGAL_SUFFIXES or (
            t.folded in _COMPANY_WORDS and _one_company_of_two_parts(tokens, i, j)
        ):
            return k + 1 if k > j + 1 else j
        if _is_ordinary(t) and not _inside_a_name(t):
            break
        k += 1
    return j


# Words a family firm's name joins on ("Hansen og Sønn Eiendom", "Berg and Sons Group")
_FAMILY = {
    fold(w) for w in "sønn søn son sons sønner sønnerne döttrar døtre partners brødrene".split()
}


def _one_company_of_two_parts(tokens: list[Token], i: int, j: int) -> bool:
    """Session 57. The parts joined by "og"/"and" ending in a company word are one company's
    name when the first is a place ("Sogn og Fjordane Energi", "Møre og Romsdal Fylke") or the
    second a family's word ("Hansen og Sønn Eiendom"); two customers otherwise ("chatted to
    Whitbread and Compass Group", "Møte med Tine og Veidekke Gruppen": were one, stored sure)."""
    first = " ".join(t.text for t in tokens[i:j])
    second = tokens[j + 1].folded if j + 1 < len(tokens) else ""
    return (
        is_place(first)
        or tokens[i].folded in _JOINED_REGIONS
        or second in _JOINED_REGIONS
        or second in _FAMILY
        # review: two surnames ("Hansen og Dahl Bygg", "Berg og Lie Eiendom")
        or (
            j - i == 1
            and tokens[i].folded.endswith(_SURNAME_ENDS)
            and second.endswith(_SURNAME_ENDS)
        )
    )


_SURNAME_ENDS = (
    "sen", "son", "berg", "dahl", "dal", "lie", "vik", "rud", "stad", "land", "haug", "holm",
    "lund", "strom", "gaard", "gard", "bakken", "moen", "nes", "by", "smith", "jones",
)  # fmt: skip


# Regions named in pairs ("Sogn og Fjordane", "Møre og Romsdal", "Troms og Finnmark", "Lolland
# og Falster"), folded
_JOINED_REGIONS = {
    fold(w)
    for w in """sogn fjordane møre romsdal troms finnmark vestfold telemark nord sør øst vest
    trøndelag agder lolland falster midt hordaland rogaland hedmark oppland dalarna gävle
    gävleborg skåne halland värmland jämtland norrbotten västerbotten västra östra norra södra
    göta""".split()
}


def _a_count_listed_before(tokens: list[Token], i: int) -> bool:
    """A count of two or more, then a colon right before token `i` ("2 calls today:", "Två
    möten:"), and as many items after it as the count when "and" parts them ("Barclays and
    Lloyds Banking Group"): a list, no one name joined by "and" ("2 møter: Sogn og Fjordane
    Energi og Tine" keeps its joined name, two items so)."""
    if i < 2 or tokens[i - 1].text != ":":
        return False
    before = [t for t in tokens[max(i - 6, 0) : i - 1] if t.sentence == tokens[i].sentence]
    counts = [n for t in before if (n := date_reader.count_said(t.folded) or 0) >= 2]
    if not counts:
        return False
    parts = sum(
        1
        for t in tokens[i:]
        if t.sentence == tokens[i].sentence and (t.text == "," or t.folded in _LIST_ANDS)
    )
    return parts + 1 == counts[-1]


_LIST_ANDS = {"og", "and", "och", "&", "+"}


_CUE_WORDS = {
    phrase.words[0]
    for name in (
        "WIN_VERBS",
        "WIN_LIKELY",
        "LOSS_VERBS",
        "OFFER_NOUNS",
        "OFFER_VERBS",
        "SEND_VERBS",
        "MEETING_VERBS",
        "MEETING_NOUNS",
        "CALL_VERBS",
        "CALL_NOUNS",
        "MEETING_PRESENT",
        "CALL_PRESENT",
        "COMPLETING",
    )
    for phrase in PHRASES[name]
}


_DAY_OR_MONTH = {
    name for name in (*WEEKDAYS, *MONTHS) if name.endswith(("day", "dag")) or len(name) >= 5
} | {"mai", "maj", "may", "juni", "juli", "mars"}


# What follows a name with "'s" that is no thing of its ("Sainsbury's this morning").
_NOT_POSSESSED = {
    "this", "that", "today", "yesterday", "tonight", "tomorrow", "tmrw", "on", "in", "at", "for",
    "and", "or", "went", "was", "were", "is", "are", "has", "have", "had", "will", "to", "from",
    "with", "about", "re", "last", "next", "earlier", "again", "signed", "said", "called",
    "came", "placed", "ordered", "agreed", "accepted", "declined", "rejected", "chose", "picked",
    # session 49: the Scandinavian day and link words ("Møtte McDonald's i dag": was "McDonald")
    "i", "idag", "igar", "igaar", "pa", "og", "och", "med", "om", "til", "till", "kl", "nu", "na",
    "monday", "tuesday", "wednesday", "thursday", "friday",
    # session 54: their short forms ("Met Sainsbury's Mon": was "Sainsbury")
    "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri",
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "mandags", "tirsdags", "onsdags",
    "torsdags", "fredags", "tisdags", "tisdag",
}  # fmt: skip


def _possessed(tokens: list[Token], j: int) -> bool:
    """A word of what the name owns follows it ("Tesco's buyer", "Boots' board")."""
    return j < len(tokens) and tokens[j].is_word and tokens[j].folded not in _NOT_POSSESSED


def _first_in_sentence(tokens: list[Token], i: int) -> bool:
    return i == 0 or not tokens[i - 1].is_word or tokens[i - 1].sentence != tokens[i].sentence


def _named_like_a_day(tokens: list[Token], i: int, taken: Collection[int]) -> bool:
    """ "Møte med Fredag Bygg i går", "Won Mai Eiendom 200k": a capitalised weekday or month
    inside a sentence, right before a capitalised word that is no word of ours (or a legal
    suffix), begins a company's name. A day written so is no date: Scandinavian writes it in
    lower case, and no language puts a name right after it ("Møte med Yara fredag")."""
    token = tokens[i]
    if token.folded not in _DAY_OR_MONTH or not token.text[:1].isupper():
        return False
    j = i + 1
    if j >= len(tokens) or j in taken or tokens[j].clause != token.clause:
        return False
    nxt = tokens[j]
    if nxt.text in LEGAL_SUFFIXES:
        return True
    return nxt.text[:1].isalpha() and _capitalised(nxt) and not _is_ordinary(nxt)


def _named_first(tokens: list[Token], i: int, taken: Collection[int]) -> bool:
    """Session 43. "First Bus call", "Lost First Bus", "First Direct": "First" written with its
    capital right before a capitalised word that is no word of ours begins a company's name (was
    a customer "Bus"); "First meeting with Boots" stays the meeting."""
    token = tokens[i]
    if token.text != "First" or i + 1 >= len(tokens) or i + 1 in taken:
        return False
    nxt = tokens[i + 1]
    return (
        nxt.clause == token.clause
        and nxt.text[:1].isalpha()
        and _capitalised(nxt)
        and not _is_ordinary(nxt)
        and nxt.folded not in _CUE_WORDS
    )


# lead38: where at a company a meeting was, after its name ("Barclays HQ", "DNB
# hovedkontoret"): never the name's
_THEIR_OFFICES = {
    "hq", "hovedkontor", "hovedkontoret", "huvudkontor", "huvudkontoret", "hovedsaede",
    "hovedsaedet", "kontoret", "kontorene", "kontoren",
}  # fmt: skip
# lead38: the small English words inside a company's name ("Bank of Ireland", "Transport for
# London", "Pets at Home"; were cut to "Bank", "Transport", "Pets" and stored so)
_NAMES_SMALL_WORDS = {"of", "for", "at"}
# "at" reads a place after a name far more often ("Aviva at Canary Wharf"): only these
_AT_NAMES = {"pets at home", "fun at work", "art at home"}
# Capitalised words after them that say when, not whose ("quote to Boots for Christmas")
_FEASTS = {
    "christmas", "xmas", "easter", "jul", "julen", "pask", "pasken", "paske", "nyttar",
    "nyar", "nytar", "halloween", "ramadan", "eid",
}  # fmt: skip


def _before_its_legal_form(tokens: list[Token], i: int, taken: Collection[int]) -> bool:
    """lead38. "Next plc", "Fokus AB", "Fokus Bygg AB": a word of ours that a company's legal
    form follows (at most one more capitalised word between) is the company's name (was:
    nothing read, or the customer "AB" stored sure)."""
    if not tokens[i].text[:1].isalpha():
        return False  # "Won 5M Fjellsport AS": the amount, then the name
    if (tokens[i].folded in _CUE_WORDS or tokens[i].folded in NOT_NAMES) and not _led_in(tokens, i):
        return False  # "Vann Fokus AB": the verb, then the name
    for k in (i + 1, i + 2, i + 3, i + 4):  # session 45: "Best Call Centre AS"
        if k >= len(tokens) or k in taken:
            return False
        if tokens[k].text in LEGAL_SUFFIXES and tokens[k].text != "DA":
            return True
        if not _capitalised(tokens[k]) and tokens[k].text != "&":
            return False  # (session 45: "Tak & Fasad Norr AB", "Hjem & Have ApS")
    return False


_SMALL_NAME_WORDS = {"i", "pa", "for", "av", "ved", "over", "under", "of", "at", "by", "on", "in"}
_SMALL_NAME_WORDS |= {"the", "a", "an"}  # session 62: "Boots the Chemist Ltd" (was "Boots")

# Session 45. Words a customer's name follows inside a sentence ("tilbud til Meeting Point AS",
# "møte med Offer Holdings Ltd"): a word of ours after one, capitalised, opens the name.
_NAME_LEADS = {"til", "till", "to", "med", "with", "hos", "at", "fra", "fran", "from", "m/", "w/"}


def _its_legal_form_ahead(tokens: list[Token], k: int, taken: Collection[int]) -> bool:
    """A legal form at `k`, or at `k + 1` after one capitalised word."""
    for at in (k, k + 1):
        if at >= len(tokens) or at in taken:
            return False
        if tokens[at].text in LEGAL_SUFFIXES:
            return True
        if not _capitalised(tokens[at]):
            return False
    return False


def _led_in(tokens: list[Token], i: int) -> bool:
    return (
        i > 0
        and tokens[i - 1].sentence == tokens[i].sentence
        and (tokens[i - 1].folded in _NAME_LEADS)
    )


def _a_small_word_its_legal_form_ends(tokens: list[Token], j: int, taken: Collection[int]) -> bool:
    """Session 39. A small word inside a name whose legal form ends it two or three words on
    ("Bygg i Sør AS", "Bygg på Toppen AS", "Hotel by the Sea Ltd"): the name goes on through it
    (was cut at the small word: a customer "Bygg")."""
    small = tokens[j]
    if not small.is_word or not small.text.islower() or small.folded not in _SMALL_NAME_WORDS:
        return False
    for end in (j + 2, j + 3):
        if end >= len(tokens) or any(k in taken for k in range(j, end + 1)):
            return False
        if tokens[end].text in LEGAL_SUFFIXES:
            return all(
                tokens[k].is_word and (_capitalised(tokens[k]) or tokens[k].folded == "the")
                for k in range(j + 1, end)
            ) and _capitalised(tokens[j + 1])
    return False


def _a_names_small_word(tokens: list[Token], i: int, j: int, taken: Collection[int]) -> bool:
    """ "Bank of Ireland", "Transport for London", "Pets at Home": a small word inside a name
    of one or two words so far, a capitalised word of the name after it. Not a time ("for
    March", "for Christmas"), a person ("for John"), a letters' short ("at HQ"), or a town
    after "at" ("Tesco at Leeds", "Aviva at Canary Wharf": where the meeting was; "at" only in
    the names that have it, _AT_NAMES)."""
    if j - i > 2 or j + 1 >= len(tokens) or j + 1 in taken:
        return False
    small, nxt = tokens[j], tokens[j + 1]
    if small.text not in _NAMES_SMALL_WORDS or not _capitalised(nxt):
        return False
    word = nxt.folded
    return (
        not _is_ordinary(nxt)
        and _inside_a_name(nxt)
        and not (nxt.text.isupper() and len(nxt.text) <= 3)
        and word not in FIRST_NAMES
        and word not in _DAY_OR_MONTH
        and word not in _FEASTS
        and (small.text != "at" or fold(f"{tokens[j - 1].text} at {nxt.text}") in _AT_NAMES)
    )


def _inside_a_name(token: Token) -> bool:
    """ "Coor Service Management": after a name's first word, a capitalised word of ours goes on
    the name unless it says what happened or is a sentence word ("Won Equinor Today")."""
    word = token.folded
    return (
        word.isalpha()
        and word not in _CUE_WORDS
        and word not in NOT_NAMES
        and word not in _WEEK_WORDS
    )


_TERM_UNITS = {
    "mdr", "mnd", "md", "maneder", "manader", "mths", "months", "ar", "aar", "years", "yrs",
    "uker", "veckor", "uger", "weeks",
    # session 44: said of one ("Signed Deliveroo 2 year deal": was a customer "Deliveroo 2")
    "year", "yr", "month", "mth", "maned", "manad", "week", "uke", "vecka", "uge",
}  # fmt: skip


def _name_goes_on(tokens: list[Token], j: int) -> bool:
    """After a small number inside a name: the end of the clause or another capitalised word,
    not a unit ("Sparebank 1 Østlandet", not "Nammo 3 mill")."""
    if j >= len(tokens) or not tokens[j].is_word:
        return True
    if tokens[j].text[:1].isdigit():
        # "1 100 000 kr": a group of three goes on the money; "TV 2 320k", "Sparebank 1 5
        # mill": a number that is no such group starts its own, so the small one is the name's.
        return not re.fullmatch(r"[0-9]{3}(?:[.,][0-9]+)?", tokens[j].text)
    word = tokens[j].folded
    if tokens[j].text.casefold() == "är":
        # session 50: the Swedish verb, never "år" ("Affären med Rema 1000 är klar idag": was a
        # win of kr 1 000 from "Rema", stored)
        return True
    unit = word in _QUANTITY_WORDS or word in _NUMBER_UNITS or word in MONEY_WORDS
    unit = unit or word in DURATION_UNITS  # "Ringte Telia 30 min": how long
    unit = unit or word.rstrip(".") in _TERM_UNITS  # "Tilbud til DNB 36 mdr. á 12.500 kr./md."
    unit = unit or _money_unit(tokens[j].text)  # "Tilbud til Orkla 85 tkr", "Volvo 85 TNOK"
    return not unit and word not in {"k", "m", "mill", "mio", "mn", "bn", "mrd", "%"}


@lru_cache(maxsize=1024)
def _money_unit(word: str) -> bool:
    """Session 24. A word the amount reader takes as a unit of money after a number ("tkr",
    "TNOK", "t.kr.", "MSEK", "euro"): the number before it is an amount, never part of a name
    ("Tilbud til Orkla 85 tkr" was nothing at all, "Orkla 85" a name without its amount)."""
    try:
        money = parse_amount(f"1 {word}")
    except UserError:
        return False
    return money is not None and (money.currency is not None or money.amount != 1)


_NAME_NUMBER = re.compile(r"[1-9][0-9]{2,3}")


def _number_ends_name(tokens: list[Token], j: int) -> bool:
    """ "Rema 1000", "Fotball 2000": a bare number of three or four figures right after a
    name's word ends the name when nothing makes it money or a count: no unit, currency or
    multiplier after it, no other number right after it, and the clause ends or goes on in
    words. ("Won Equinor 1000 kr", "Tilbud Kiwi 1000 lisenser", "1000 000": money and counts;
    "1000,50" and "1.000" are one token, never a name's.)"""
    if j >= len(tokens) or not _NAME_NUMBER.fullmatch(tokens[j].text):
        return False
    k = j + 1
    if (
        k + 1 < len(tokens)
        and tokens[k].folded in _OPENS_AN_AMOUNT
        and tokens[k + 1].text[:1].isdigit()
        and tokens[k + 1].clause == tokens[k].clause == tokens[j].clause
        # amounts29: "Vant Kiwi 120 tkr 26/11", "… 120 tkr 26. nov": a day after the unit, so
        # the unit is the number's before it (was: a customer "Kiwi 120" at kr 26 000, today)
        and not _a_day_at(tokens, k + 1)
    ):
        return True  # "Vant Rema 1000 kr 320 000": the currency opens the amount after the name
    if not _name_goes_on(tokens, k) and not _groups_from(tokens, k):
        return False
    if k < len(tokens) and tokens[k].is_word and tokens[k].clause == tokens[j].clause:
        # session 43: the unit with its period glued on ("780 kr/år", "780 kkr/år") is money too
        unit = (
            tokens[k].text.split("/", 1)[0] if "/" in tokens[k].text.strip("/") else tokens[k].text
        )
        try:  # "200 tkr", "400 MNOK", "300 euro": the word makes it money
            parse_amount(f"{tokens[j].text} {unit}", krone="NOK")
            return False
        except UserError:
            pass
    if _groups_from(tokens, k):
        return True  # "Vant Rema 1000 200 000": the amount in groups of three after the name
    if k < len(tokens) and re.fullmatch(r"[0-9]+(?:[.,][0-9]+)?", tokens[k].text):
        return False  # "Acme 1000 2000": two bare numbers, neither read as a name's
    # ("Rema 1000 200k": the amount with its multiplier right after the name)
    return True


_DEFINITE = ("et", "en")


def _joined_firm(tokens: list[Token], j: int, taken: Collection[int]) -> int:
    """The end of a name whose "og"/"and" at `j` joins it to one capitalised word and its legal
    form ("Bygg og Anlegg AS"), 0 if none."""
    word, form = j + 1, j + 2
    if form >= len(tokens) or word in taken or form in taken:
        return 0
    if not (tokens[word].is_word and _capitalised(tokens[word])):
        return 0
    if tokens[form].text in LEGAL_SUFFIXES and tokens[form].text not in ("DA", "SA"):
        return form + 1
    return 0


def _definite_noun(word: str) -> bool:
    """ "Kontoret", "Kunden", "Avtalen": a Scandinavian noun in its definite form, which opens
    sentences far more often than a customer's name does."""
    return len(word) >= 6 and word.isalpha() and word.endswith(_DEFINITE)  # not "7-eleven"


# Session 45. What a company's name in the definite form ends with, after a word of its own
# ("norgesgruppen", "elgiganten", "felleskjøpet", "bokhuset", "posthuset"): a name, where the
# word alone ("gruppen", "huset") or a noun ("sjefen", "kunden", "teamet") is none. Folded.
_FIRM_ENDS = ("gruppen", "giganten", "kjopet", "kopet", "kobet", "huset", "senteret", "kompaniet",
              "meieriet", "meierierne", "bryggeriet", "rederiet", "forlaget", "verket", "kjeden",
              "kedjan", "kaeden")  # fmt: skip


def a_firms_compound(word: str) -> bool:
    return any(word.endswith(end) and len(word) >= len(end) + 2 for end in _FIRM_ENDS)


# -- amounts ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    money: Money
    # "Vant Volvo 1 250 tkr": 1 250 tkr, or a customer "Volvo 1" and 250 tkr? Spaced groups
    # before a multiplier, right after a capitalised word: the reader asks unless the name is known.
    doubtful: bool = False
    # mendD33. "2 mkr EUR", "£45k USD": the unit's and the code's currencies, which one asked
    clash: tuple[str, str] | None = None


_QUANTITY_WORDS = {
    fold(w)
    for w in "lisenser licenser licenses licences users brukere användare brugere stk st pcs "
    "units enheter enheder timer hours timmar dager days dagar dage møter möten møder meetings "
    "calls samtaler samtal % prosent procent percent seats seter platser pladser år years år "
    "mnd måneder månader måneder months uker veckor uger weeks personer people ansatte anställda "
    "ansatte employees biler bilar cars times ganger gånger gange "
    # session 58: a span said in the genitive ("efter 4 månaders tjat", "etter 3 ukers jobbing",
    # "after 6 months' work": was asked as an amount unread)
    "månaders manaders måneders maneders mdrs ukers veckors ugers ars års dagars dagers dages "
    "months' weeks' years' timmars timers".split()
}
SCORE = re.compile(r"[0-9]{1,2}\s?[-–][0-9]{1,2}")


def _spoken_decimal(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """Session 43. "to komma fire millioner", "en komma fem miljoner", "two point five million"
    (dictated) -> (3, "2,4"): a number word, its decimal point said, a digit's word, then a unit
    of money (was read from the second word: 4 000 000)."""
    if i + 3 >= len(tokens) or tokens[i + 1].folded not in DECIMAL_POINTS:
        return None
    whole = [v for w, v in _NUMBER_WORDS_BY_FIRST.get(tokens[i].folded, ()) if len(w) == 1]
    part = [v for w, v in _NUMBER_WORDS_BY_FIRST.get(tokens[i + 2].folded, ()) if len(w) == 1]
    if not whole or not part or not part[0].isdigit() or len(part[0]) != 1:
        return None
    if tokens[i + 3].folded not in _NUMBER_UNITS:
        return None
    return 3, f"{whole[0]},{part[0]}"


def _spoken_number(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """ "en halv mill" -> (2, "0,5"): number words right before a unit of money."""
    decimal = _spoken_decimal(tokens, i)
    if decimal is not None:
        return decimal
    for words, value in _NUMBER_WORDS_BY_FIRST.get(tokens[i].folded, ()):
        n = len(words)
        if i + n < len(tokens) and tuple(t.folded for t in tokens[i : i + n]) == words:
            if tokens[i + n].folded in _NUMBER_UNITS:
                return n, value
    if not tokens[i].is_word or not tokens[i].text[:1].isalpha():
        return None
    # Session 44. A whole number said with a hundred or a thousand ("tre hundre tusen", "två
    # hundra tusen kronor", "two hundred and fifty thousand"; was "the amount is missing")
    run = [t.text for t in tokens[i : i + 8] if t.sentence == tokens[i].sentence]
    whole = whole_number_said(run)
    if whole is None:
        return None
    after = tokens[i + whole[0]] if i + whole[0] < len(tokens) else None
    united = after is not None and (
        after.folded in _NUMBER_UNITS or after.folded in MONEY_WORDS or _money_unit(after.text)
    )
    if whole[1] < 1000 and not united:
        return None  # "fem hundre" alone: no deal's amount ("two hundred k" is)
    if whole[0] == 1 and not united:
        return None  # "Tusen takk for …": thanks, no amount
    return whole[0], str(whole[1])


def _plain_number(text: str) -> bool:
    return bool(re.fullmatch(r"[0-9]+", text))


_RANGE_DASHES = {"-", "\u2013", "\u2014"}
_GLUED_RANGE_START = re.compile(r"[£€$]?[0-9][0-9.,]*(?:k|m)?[-\u2013\u2014][£€$]?", re.I)


def _falls(first: str, second: str) -> bool:
    """Whether the number `first` is above the number `second` opens with (both as typed,
    a decimal comma or point; False when either is no plain number)."""

    def value(text: str) -> float | None:
        said = re.match(r"[£€$]?([0-9]+(?:[.,][0-9]+)?)", text)
        return None if said is None else float(said[1].replace(",", "."))

    low, high = value(first), value(second)
    return low is not None and high is not None and low > high


def _a_range_end(tokens: list[Token], start: int, end: int) -> bool:
    """ "1 – 2 mill", "300–400k", "250 000 - 300 000 kr": the amount is one end of a range (a
    number, a dash, the amount; or the amount, a dash, a number). Which amount it is was not
    said: no amount is read (was: the upper end, stored unasked), as "1-2 mill" reads none."""
    before = tokens[start - 2 : start]
    if (
        len(before) == 2
        and before[1].text in _RANGE_DASHES
        and _NUMBER.fullmatch(before[0].text.lstrip("£€$"))  # "roughly £70–80k" (holdout 28)
        and not _a_clock_time(tokens, start - 2)
        # session 50: a range rises ("Tilbud sendt til Orkla 3.12 – 1,75 mill": the day, then
        # the amount; was read as a range and no amount)
        and not _falls(before[0].text, tokens[start].text)
    ):
        return True
    if _between(tokens, start, end):
        return True
    if start >= 1 and _GLUED_RANGE_START.fullmatch(tokens[start - 1].text):
        return True  # "£70k-£85k" (its first end and dash one token): heldmsg28
    after = tokens[end : end + 3]
    # heldmsg28: "£70k–£85k", the other end with its sign too (was £70k, stored unasked)
    other = after[1].text.lstrip("£€$") if len(after) > 1 else ""
    if len(after) < 2 or after[0].text not in _RANGE_DASHES or not _NUMBER.fullmatch(other):
        return False
    # The other end is an amount too: "250k – 300k", "250 000 – 300 000 kr"; not "400k – 2 år"
    unit = other.lstrip("0123456789.,")
    following = after[2] if len(after) == 3 else None
    return bool(unit) or (
        following is not None
        and (
            following.folded in MONEY_WORDS
            or following.folded.replace(".", "") in ("tkr", "tdkk", "tsek", "tnok")  # "t.kr."
            or bool(re.fullmatch(r"[0-9]{3}", following.text))
        )
    )


_NUMBER = re.compile(r"[0-9][0-9.,]*(?:k|m|mill|mio|mnok|kr|tkr)?", re.I)
_A_DATE_WITH_ITS_YEAR = re.compile(r"[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{2}|[0-9]{4})")


def _a_clock_time(tokens: list[Token], i: int) -> bool:
    """ "kl. 00.30 – 1,1 mio. kr": the hour said, then the amount; no range (messages_holdout27)."""
    j = i - 1 - (i > 1 and tokens[i - 1].text == ".")  # "kl. 00.30"
    return (
        j >= 0
        and tokens[j].folded.rstrip(".") in (_KL | {"at"})
        and _HOUR_MINUTE.fullmatch(tokens[i].text) is not None
    )


_KL = {"kl", "klokka", "klokken", "klockan", "kello"}
_HOUR_TYPED = re.compile(r"([01]?[0-9]|2[0-3])([0-5][0-9])?")


def _an_hour_after_kl(tokens: list[Token], i: int) -> bool:
    """ "kl 1130", "kl. 14", "klockan 0930": the hour (with its minutes typed without a colon)
    after the word for o'clock, no money unit after it."""
    j = i - 1 - (i > 1 and tokens[i - 1].text == ".")
    if j < 0 or tokens[j].folded.rstrip(".") not in _KL:
        return False
    if _HOUR_TYPED.fullmatch(tokens[i].text) is None:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is None or not (
        after.folded in _NUMBER_UNITS or _money_unit(after.text) or after.folded in MONEY_WORDS
    )


_BETWEEN = {"mellom", "mellan", "mellem", "between"}
_BETWEEN_AND = {"og", "och", "and", "&"}


def _between(tokens: list[Token], start: int, end: int) -> bool:
    """ "et sted mellem 400 og 500 t.kr.", "mellan 400 och 500 tkr", "between £400k and
    £500k": the amount is one end of a range said in words (messages_holdout27; was the upper
    end, stored unasked)."""

    def number(i: int) -> bool:
        return 0 <= i < len(tokens) and bool(_NUMBER.fullmatch(tokens[i].text.lstrip("£€$")))

    if start >= 1 and tokens[start - 1].folded in _BETWEEN:
        # the first end ("mellem 800 t.kr. og 1 mio.": its abbreviation's dot, then "og")
        j = end + (end < len(tokens) and tokens[end].text == ".")
        return j < len(tokens) and tokens[j].folded in _BETWEEN_AND and number(j + 1)
    # the second end: "mellom 400 og 500k", "mellem 800 t.kr. og 1 mio." (heldmsg28: the first
    # end with its unit, then the second, was read as 800 000, stored unasked)
    return (
        start >= 3
        and tokens[start - 1].folded in _BETWEEN_AND
        and any(
            tokens[k].folded in _BETWEEN and number(k + 1)
            for k in range(start - 3, start - 6, -1)
            if k >= 0
        )
    )


def _and_a_half(tokens: list[Token], i: int, krone: str, taken: Collection[int]) -> Amount | None:
    """Session 20. "1 1/2 mio", "2 1/2 mill": a whole number, then "1/2", then a multiplier."""
    if i + 2 >= len(tokens) or any(k in taken for k in range(i, i + 3)):
        return None
    whole, half, unit = tokens[i : i + 3]
    if not (whole.text.isdigit() and len(whole.text) <= 3 and half.text == "1/2" and unit.is_word):
        return None
    if unit.text[:1].isdigit():
        return None
    try:
        money = parse_amount(f"{whole.text}½ {unit.text}", krone=krone)
    except UserError:
        return None
    if money is None or money.amount < 1000:
        return None
    return Amount(i, i + 3, money)


# Currency words that may open an amount ("kr 320 000", "NOK 1,2 mill"), and those with a
# multiplier in them ("MNOK 1,2", "MSEK 2,5", "mkr 1,5", "tkr 850": was no amount read)
_OPENS_AN_AMOUNT = frozenset(
    ("kr", "nok", "sek", "dkk", "eur", "usd", "gbp", "mnok", "msek", "mdkk", "mkr", "tkr", "meur")
    # session 43: Danish and Swedish thousands before the number ("t.kr. 850", "kkr 780")
    + ("t.kr", "kkr", "tdkk", "tsek", "tnok")
)


def amounts(tokens: list[Token], krone: str, taken: Collection[int]) -> list[Amount]:
    found: list[Amount] = []
    i = 0
    while i < len(tokens):
        best: Amount | None = None
        spoken = _spoken_number(tokens, i)
        if spoken is not None and i not in taken:
            size, value = spoken
            unit = tokens[i + size] if i + size < len(tokens) else None
            united = unit is not None and (
                unit.folded in _NUMBER_UNITS or _money_unit(unit.text) or unit.folded in MONEY_WORDS
            )
            try:
                said = f"{value} {unit.text}" if united else value  # type: ignore[union-attr]
                money = parse_amount(said, krone=krone)
            except UserError:
                money = None
            if money is not None:
                end = i + size + (1 if united else 0)
                found.append(Amount(i, end, money))
                i = end
                continue
        halves = _and_a_half(tokens, i, krone, taken)
        if halves is not None:
            found.append(halves)  # "1 1/2 mio", "2 1/2 mill": 1,5 and 2,5 million
            i = halves.end
            continue
        starts_ok = tokens[i].is_word and (
            tokens[i].text[:1].isdigit()
            or tokens[i].folded in _OPENS_AN_AMOUNT
            or tokens[i].text[:1] in "€$£"
        )
        if starts_ok and _an_hour_after_kl(tokens, i):
            # Session 46. "Sendte tilbud til Orkla kl 1130", "tenker Freddy kl 1130": the hour
            # (was an offer of kr 1 130)
            i += 1
            continue
        if starts_ok and i not in taken:
            for n in range(1, 7):
                span = tokens[i : i + n]
                if (
                    len(span) < n
                    or not all(t.is_word or _abbreviation_dot(span, k) for k, t in enumerate(span))
                    or any(i + k in taken for k in range(n))
                ):
                    break
                if not span[-1].is_word:
                    continue  # "1,2 mio." goes on to "1,2 mio. kr"
                texts: list[str] = []
                for t in span:
                    if not t.is_word:
                        texts[-1] += t.text  # the dot of "mio." or "mill." stays on its word
                    else:
                        texts.append(  # "300k/år", "200 tkr/år": the amount, per period
                            t.text.split("/", 1)[0] if "/" in t.text.strip("/") else t.text
                        )
                if any(":" in t or "%" in t or SCORE.fullmatch(t) for t in texts):
                    break
                if any(_A_DATE_WITH_ITS_YEAR.fullmatch(t.text) for t in span):
                    break  # review25. "Closed Orkla on 12/1/2026 NOK 400k": a date, no 12
                # "1 250 tkr", "12 500 tkr": spaced groups, then the multiplier as a word of its
                # own (not "TV 2 350k": a glued "350k" keeps the number in the name)
                groups = len(texts) > 2 and all(re.fullmatch(r"[0-9]{1,3}", t) for t in texts[:-1])
                try:
                    money = parse_amount(" ".join(texts), krone=krone, grouped_multiplier=groups)
                except CurrencyClash as clash:
                    # mendD33: the code is the amount's too (was the unit's alone, the code
                    # dropped): read whole, its currency asked
                    best = Amount(i, i + n, Money(clash.amount, None), clash=clash.currencies)
                    continue
                except UserError:
                    continue
                if money is None:
                    continue
                if not _plausible(texts, money, tokens, i + n) or _an_identifier(tokens, i, texts):
                    continue
                if _a_range_end(tokens, i, i + n):
                    best = None
                    break
                doubtful = (
                    groups
                    and i > 0
                    and tokens[i - 1].is_word
                    and tokens[i - 1].text[:1].isupper()
                    and money.amount != Decimal("".join(texts[:-1]))
                )
                best = Amount(i, i + n, money, doubtful)
        if best is not None and _a_name_number_before_a_priced(tokens, i, best):
            # "Vant Rema 1000 kr 320 000": the name's number, then the price after its "kr"
            # (was: a win of kr 1 000 for "Rema")
            i += 1
            continue
        if best is not None and best.end == i + 1 and _badly_grouped(tokens, i):
            # "Vant Byggmakker 1250 000": 1 250 000 with a space in the wrong place, never
            # 1 250 kr; read whole and asked
            whole = parse_amount(tokens[i].text + tokens[i + 1].text, krone=krone)
            if whole is not None:
                best = Amount(i, i + 2, whole, doubtful=True)
        if best is not None:
            found.append(best)
            i = best.end
        else:
            i += 1
    return found


def _a_name_number_before_a_priced(tokens: list[Token], i: int, best: Amount) -> bool:
    """A number ending a capitalised name, then a currency word that opens an amount of its
    own in the same clause ("Rema 1000 kr 320 000", "7-Eleven 24 kr 50 000"): the currency is
    the later number's."""
    end = best.end
    return (
        end - i == 2
        and 0 < i
        and tokens[i - 1].is_word
        and tokens[i - 1].text[:1].isupper()
        and tokens[i].text.isdigit()
        and tokens[end - 1].folded in _OPENS_AN_AMOUNT
        and end < len(tokens)
        and tokens[end].is_word
        and tokens[end].text[:1].isdigit()
        and tokens[end].clause == tokens[end - 1].clause
        # the lead, session 28: "Bama 85 tkr 27.11", "Kiwi 120 tkr 26/11": the number after the
        # currency is a day, so the currency is the number's before it (was: kr 27 110 and a
        # customer "Kiwi 120", stored unasked)
        and not _a_day_at(tokens, end)
    )


_A_DAY_AND_MONTH = re.compile(r"(?:3[01]|[12][0-9]|0?[1-9])[./](?:1[0-2]|0?[1-9])\.?")
_A_DAY_NUMBER = re.compile(r"(?:3[01]|[12][0-9]|0?[1-9])\.?")


def _a_day_at(tokens: list[Token], at: int) -> bool:
    """A day of the month starts at `at`: "26/11", "27.11", "26. nov", "26 november"."""
    if _A_DAY_AND_MONTH.fullmatch(tokens[at].text):
        return True
    return bool(
        _A_DAY_NUMBER.fullmatch(tokens[at].text)
        and at + 1 < len(tokens)
        and tokens[at + 1].folded.rstrip(".") in MONTHS
    )


def _badly_grouped(tokens: list[Token], i: int) -> bool:
    """A plain number of four or more figures, then a group of three in the same clause:
    "1250 000", "12500 000" (not "1000 200 000": a number, then an amount in groups)."""
    if i + 1 >= len(tokens) or tokens[i + 1].clause != tokens[i].clause:
        return False
    return bool(
        re.fullmatch(r"[1-9][0-9]{3,}", tokens[i].text)
        and re.fullmatch(r"[0-9]{3}", tokens[i + 1].text)
        and not _groups_from(tokens, i + 1)
    )


def _groups_from(tokens: list[Token], k: int) -> bool:
    """An amount written in groups of three starts at `k`: "200 000", "1 250 000"."""
    return (
        k + 1 < len(tokens)
        and bool(re.fullmatch(r"[0-9]{1,3}", tokens[k].text))
        and bool(re.fullmatch(r"[0-9]{3}", tokens[k + 1].text))
        and tokens[k + 1].clause == tokens[k].clause
    )


# "à 5 000 kr" (folded), "@ 3k", "per 300", "2 x 500k" (a count times a price: asked)
_RATE_BEFORE = {"a", "@", "per", "pr", "each", "x", "\u00d7"}
_UNIT_NOUNS = {
    "lisenser", "licenser", "licenses", "licences", "brukere", "anvandare", "brugere", "users",
    "seats", "enheter", "enheder", "units", "stk", "pcs", "stykk",
}  # fmt: skip
_RATE_AFTER = {
    "per", "pr", "each", "apiece", "stk", "mrr", "monthly", "manedlig", "manatlig",
    "x", "\u00d7", "ganger", "gange", "times",  # "200k x 3 år": the total is asked
    # heldmsg33: "£2,250 pcm over 3 years", "20 000 kr månadsvis i 24 mån" (was the
    # price stored sure as the offer's value)
    "pcm", "maanedlig", "maanedligt", "manedlige", "manadlig", "manadligen", "manadsvis",
}  # fmt: skip
_PERIOD_LINKS = {"i", "a", "in", "the", "om", "en", "et", "ett"}
_A_YEAR = {"aret", "aaret", "year"}
_YEARLY = {"arligt", "arlig", "arligen", "yearly", "annually", "p.a", "pa", "annual"}
_MONTH_WORDS = {
    "mnd", "maned", "maneden", "manad", "manaden", "month", "week", "uke", "uka", "vecka",
    "veckan", "uge", "ugen",
}  # fmt: skip


# Session 65. A price per year said right after its amount (folded words)
_PER_YEAR = {
    ("pr", "ar"), ("per", "ar"), ("pr", "aar"), ("per", "aar"), ("om", "aret"), ("i", "aret"),
    ("per", "year"), ("a", "year"), ("per", "annum"), ("p.a",), ("pa",), ("annually",),
    ("yearly",), ("arligen",), ("om", "aaret"), ("pr", "aret"), ("arligt",), ("arlig",),
}  # fmt: skip
_PER_YEAR_GLUED = ("/ar", "/aar", "/year", "/yr", "/aret")


def a_years_price(tokens: list[Token], amount: Amount) -> bool:
    """The amount is said per year and nothing else of it ("780k pr. år", "£60k p.a.", "250 tkr
    per år", "420 t.kr. om året", "240k/år"): a yearly deal's value as typed."""
    if tokens[amount.end - 1].folded.endswith(_PER_YEAR_GLUED):
        return True
    after = [t.folded for t in tokens[amount.end : amount.end + 4] if t.folded != "."]
    return any(tuple(after[: len(words)]) == words for words in _PER_YEAR)


def is_rate(tokens: list[Token], amount: Amount, dates: Collection[int] = ()) -> bool:
    """ "20 lisenser à 5 000 kr", "20k per måned", "20k/mnd", "300 per user", "20k MRR",
    "240k/år", "90k p.a.": a price per unit or per period, not the deal's value as said (asked,
    as a command asks; "240k ARR" is the deal's yearly value, as said).
    `dates`: the tokens that are a date ("300k a week ago" is no rate)."""
    before = tokens[amount.start - 1].folded if amount.start > 0 else ""
    if before == "minus":
        return True  # "Vant Equinor −250k": a sum taken off, not the deal's value (asked)
    # "20 lisenser 5 000 kr": a price per unit counted; "tilbud på lisenser 450k": their total
    counted = (
        before in _UNIT_NOUNS and amount.start > 1 and _plain_number(tokens[amount.start - 2].text)
    )
    if before in ("a", "an") and _a_deal_noun_after(tokens, amount):
        return False  # "Won a £15k deal with Pret", "signed a 200k contract": an article
    return (
        before in _RATE_BEFORE
        or counted
        or _period_before(tokens, amount) is not None
        or _rate_after(tokens, amount, dates)
    )


# Session 23. What an article before an amount names ("a £15k deal", "an 80k order"): the deal
# itself, so "a" is no "à" (each).
_DEAL_NOUNS = {
    "deal", "deals", "contract", "order", "agreement", "project", "job", "renewal", "extension",
    "upsell", "win", "sale", "po", "subscription", "framework", "expansion", "pilot",
}  # fmt: skip


def _a_deal_noun_after(tokens: list[Token], amount: Amount) -> bool:
    """The word after an amount (and a currency word) names a deal: "a £15k deal"."""
    after = [t.folded.rstrip(".,!") for t in tokens[amount.end : amount.end + 2]]
    after = [w for w in after if w not in ("kr", "nok", "sek", "dkk", "gbp", "eur", "")]
    return bool(after) and after[0] in _DEAL_NOUNS


# A period's adverb right before a price ("årlig 120k i 3 år", "monthly 5k"): periods a year.
_PERIODIC_BEFORE = {
    **dict.fromkeys(("arlig", "arligt", "arligen", "yearly", "annually", "annual"), 1),
    **dict.fromkeys(("manedlig", "manatlig", "maanedlig", "manadsvis", "monthly"), 12),
    **dict.fromkeys(("kvartalsvis", "quarterly"), 4),
}
# Marks between a price and its period or term ("kr 4 500,- pr. mnd. (36 mnd)").
_MARKS = {",", "-", ",-", ".", "(", ")", ":"}


def _period_before(tokens: list[Token], amount: Amount) -> int | None:
    """Periods a year of a period's adverb right before the price (and its currency)."""
    i = amount.start - 1
    return _PERIODIC_BEFORE.get(tokens[i].folded.rstrip(".")) if i >= 0 else None


def _rate_after(tokens: list[Token], amount: Amount, dates: Collection[int]) -> bool:
    """What follows an amount makes it a rate: "/mnd", "per bruker", "i måneden", "MRR"."""
    last = tokens[amount.end - 1].text
    if "/" in last.strip("/"):
        unit = fold(last.split("/", 1)[1]).rstrip(".")
        return bool(unit)  # "/mnd", "/år" (session 12: a year's price is asked too)
    rest = [_after_an_amount(t).rstrip(".") for t in tokens[amount.end : amount.end + 3]]
    rest = [w for w in rest if w not in ("kr", "")] or rest  # "1,6 mio. kr. årligt"
    if rest and rest[0] in _MARKS and len(rest) > 1 and rest[1] in ("per", "pr"):
        return True  # "kr 4 500,- pr. mnd.": a krone's ",-" before the period
    if not rest:
        return False
    if rest[0] in ("per", "pr"):
        return True  # "per måned", "per år", "per user"
    if rest[0] in _PERIOD_LINKS and amount.end + 1 not in dates:
        following = [w for w in rest[1:] if w not in _PERIOD_LINKS]
        # "i måneden", "a month", "i året", "om året", "a year" (not "i år": this year)
        return bool(following) and (following[0] in _MONTH_WORDS or following[0] in _A_YEAR)
    return rest[0] in _RATE_AFTER or rest[0] in _YEARLY


def units_total(tokens: list[Token], amount: Amount) -> Money | None:
    """ "20 lisenser à 5 000 kr" -> 100 000 kr: a count of units and their price, right before
    it, with nothing after the price that makes it a monthly one; None otherwise."""
    i = amount.start
    times = i >= 2 and tokens[i - 1].folded in ("x", "\u00d7")  # "2 x 500k"
    if i >= 3 and tokens[i - 1].folded in ("a", "@", "each"):
        i -= 1
    if times:
        i -= 1
        if not _plain_number(tokens[i - 1].text) or _rate_after(tokens, amount, ()):
            return None
        count = int(tokens[i - 1].text)
        return Money(amount.money.amount * count, amount.money.currency) if count <= 1000 else None
    if i < 2 or tokens[i - 1].folded not in _UNIT_NOUNS or not _plain_number(tokens[i - 2].text):
        return None
    if _rate_after(tokens, amount, ()):
        return None  # "20 lisenser à 500 kr/mnd": still a monthly price
    count = int(tokens[i - 2].text)
    if not 1 <= count <= 100_000:
        return None
    return Money(amount.money.amount * count, amount.money.currency)


def periods_total(tokens: list[Token], amount: Amount) -> Money | None:
    """ "20k/mnd i 36 mnd" -> 720 000, "5k a month for 2 years" -> 120 000: a price per period
    and how long it runs, said right after it (as a command's example counts it); None when
    no length is said."""
    last = tokens[amount.end - 1].text
    # the marks between the price, its period and the term are no words ("4 500,- pr. mnd.
    # (36 mnd)")
    words = [t.text for t in tokens[amount.end : amount.end + 12] if t.text not in _MARKS][:8]
    if "/" in last.strip("/"):
        per = PERIODS.get(fold(last.split("/", 1)[1]).rstrip("."))
        after = words
    else:
        found = per_period_at(words, 0) if words else None  # "per måned", "a month"
        per, after = (found[0], words[found[1] :]) if found else (None, [])
    if per is None:
        per = (
            1
            if any(
                t.folded.rstrip(".") in _YEARLY and t.text.lower() != "på"
                for t in tokens[amount.end : amount.end + 3]
            )
            else _period_before(tokens, amount)  # "årlig 120k i 3 år"
        )
        after = after or words
    count = how_long(after, per) if per is not None else None
    if count is None and per is not None and len(after) >= 2 and fold(after[0]) in ("x", "\u00d7"):
        # "£4,200 a month x 36" (session 21): that many periods, as "36 x £4,200 a month"
        if _plain_number(after[1]) and 1 < int(after[1]) <= 120:
            count = int(after[1])
    if count is None and per is not None:
        # "signed for 2 years at 90k p.a.", "i tre nye år, 420k/år": the term said before it
        # "36 mdr. á 12.500 kr./md.": an abbreviation's dot and "á" (each) before the price
        before = [t.text for t in tokens[max(0, amount.start - 7) : amount.start] if t.text != "."]
        while before and fold(before[-1]) in ("a", "@"):
            before.pop()
        for k in range(len(before)):
            count = how_long(before[k:], per)
            if count is not None:
                break
    if count is None and per is not None and amount.start >= 2:
        # "12 x 10 000 kr/mnd", "24 × 5k/month": that many periods of the price
        times, number = tokens[amount.start - 1], tokens[amount.start - 2]
        if (
            times.folded in ("x", "\u00d7")
            and _plain_number(number.text)
            and 1 < int(number.text) <= 120
        ):
            count = int(number.text)
    if count is None and per is not None:
        # "3-årsavtal, 40 000 kr/mån", "treårsavtale", "3-year contract": the years it names
        years = _deal_years(tokens)
        count = per * years if years else None
    if count is None and per is not None:
        # "85k/mnd til Bring, 24 mnd binding", "bindingstid 36 mån": the term said apart
        # (session 23; was the price alone, while "85k/mnd x 24 mnd" was the whole)
        count = _term_apart(tokens, amount, per)
    if count is None and per is not None and _a_years_deal(tokens):
        count = per  # "Tine ble med på årsavtale 28 000/mnd": a year's worth of the price
    if count is None:
        return None
    return Money(amount.money.amount * count, amount.money.currency)


# A deal's binding term, said apart from its price ("24 mnd binding", "bindingstid 36 mån",
# "24-month term", "36 måneders løpetid").
_TERM_WORDS = {
    "binding", "bindingstid", "bindingstiden", "bindingsperiode", "bindingsperioden", "bindning",
    "bindningstid", "bindningstiden", "lopetid", "lopetiden", "loptid", "loptiden", "term",
    "commitment", "commitments", "avtaletid", "avtalstid", "aftaleperiode", "kontraktstid",
    "kontraktsperiode", "avtaleperiode", "avtalsperiod", "bundet", "bunden",
}  # fmt: skip


def _term_apart(tokens: list[Token], amount: Amount, per: int) -> int | None:
    """Periods of the price in a binding term said elsewhere in the message, a term word beside
    it: "24 mnd binding", "binding 24 mnd", "bindingstid på 36 måneder", "24-month term"."""
    words = [t.text for t in tokens]
    for k, t in enumerate(tokens):
        if k in range(amount.start, amount.end) or t.folded.rstrip(".,:;") not in _TERM_WORDS:
            continue
        before = [w for w in words[max(0, k - 3) : k] if w not in _MARKS]
        for i in range(len(before)):
            count = how_long(before[i:], per)
            if count is not None:
                return count
        after = [w for w in words[k + 1 : k + 5] if w not in _MARKS]
        while after and fold(after[0]) in ("pa", "på", "of", "on", "er", "är", "is", "av"):
            after.pop(0)
        count = how_long(after, per) if after else None
        if count is not None:
            return count
    return None


# A deal named for a year ("årsavtale", "årskontrakt", "annual contract"): its term, a year.
_A_YEARS_DEAL = ("arsavtal", "arsaftal", "arskontrakt", "arsabonnement", "arslisens")
_ANNUAL = {"annual", "yearly", "arlig", "arlige", "arliga", "ettarig", "ettariga", "etarig"}
_DEALS = ("contract", "agreement", "deal", "subscription", "avtal", "aftal", "kontrakt", "licen")


_YEARS_SAID = {
    "to": 2, "tva": 2, "two": 2, "tre": 3, "three": 3, "fire": 4, "fyra": 4, "four": 4,
    "fem": 5, "five": 5,
}  # fmt: skip
_YEAR_WORDS = {"ar", "ars", "arig", "arige", "ariga", "arigt", "year", "years", "yr"}


def _deal_years(tokens: list[Token]) -> int | None:
    """The years a deal is named for: "3-årsavtal", "treårsavtale", "3-årig avtale", "2 års
    avtale", "3-year contract"; None when none is."""
    for k, t in enumerate(tokens):
        word = t.folded
        for said, years in _YEARS_SAID.items():
            rest = word[len(said) :]
            if word.startswith(said) and (
                rest.startswith(_A_YEARS_DEAL)
                or (rest in _YEAR_WORDS and _deal_word_at(tokens, k + 1))
            ):
                return years
        before = tokens[k - 1].text if k else ""
        if not (before.isdigit() and 1 < int(before) <= 10):
            continue
        if word.startswith(_A_YEARS_DEAL) or (word in _YEAR_WORDS and _deal_word_at(tokens, k + 1)):
            return int(before)
    return None


def _deal_word_at(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].folded.startswith(_DEALS)


def _a_years_deal(tokens: list[Token]) -> bool:
    return any(
        t.folded.startswith(_A_YEARS_DEAL)
        or (t.folded in _ANNUAL and k + 1 < len(tokens) and tokens[k + 1].folded.startswith(_DEALS))
        for k, t in enumerate(tokens)
    )


def _abbreviation_dot(span: list[Token], k: int) -> bool:
    """A dot right after a word inside an amount: "1,2 mio. kr", "2 mill. NOK"."""
    return (
        span[k].text == "." and k > 0 and span[k - 1].is_word and not span[k - 1].text[:1].isdigit()
    )


_NUMBER_LABELS = {
    "po", "nr", "no", "#", "ref", "id", "ordrenr", "ordernr", "ordrenummer", "ordernummer",
    "invoice", "faktura", "fakturanr", "fakturanummer", "case", "sak", "saksnr", "ticket",
}  # fmt: skip


def _an_identifier(tokens: list[Token], start: int, texts: list[str]) -> bool:
    """ "PO 4500123 from Yara": a bare number after a label that numbers things."""
    return (
        start > 0
        and tokens[start - 1].folded.rstrip(".:") in _NUMBER_LABELS
        and len(texts) == 1
        and _plain_number(texts[0])
    )


def _after_an_amount(token: Token) -> str:
    """A word after an amount, folded, but for the two that folding makes another word: "på"
    is no "pa" (p.a.: "4,2 mill på tre år", heldmsg27), and the Swedish "är" (is) no "år"
    (years: "1,2 mkr är skickad", session 40)."""
    typed = token.text.lower()
    return typed if typed in ("på", "är") else token.folded


def _plausible(texts: list[str], money: Money, tokens: list[Token], after: int) -> bool:
    """A bare number is an amount only when it is big enough and not a year, phone or count."""
    if after < len(tokens) and _after_an_amount(tokens[after]) in _QUANTITY_WORDS:
        return False
    has_unit = money.currency is not None or any(
        re.search(r"[0-9][.,]?[0-9]*\s*[A-Za-z€$£]", t) or not t[:1].isdigit() for t in texts
    )
    if has_unit or texts[-1].endswith(",-"):
        return True  # booked30: "120,-" is the krone's form, an amount however small
    joined = "".join(texts)
    if _plain_number(joined) and (len(joined) >= 8 or 1990 <= int(joined) <= 2100):
        return False  # a phone number or a year
    if len(texts) == 1 and re.fullmatch(r"[0-9]{1,2}[./][0-9]{1,2}", texts[0]):
        return False  # a date
    return money.amount >= 1000


# -- dates -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class When:
    start: int
    end: int
    day: date
    week: bool = False  # "next week", "uke 48": the Monday of that week
    either_way: bool = False  # "på mandag", "on Monday": last or next, as the sentence says
    # booked30. "tirsdag 28." where the 28th is no Tuesday: the weekday's day, asked
    clash: bool = False
    # mendC30. A clash's two readings, each a day its author may have meant: the date said
    # ("tirsdag 16.": Wed 16 Dec) and the weekday said nearest it (Tue 15 Dec)
    choices: tuple[date, ...] = ()


_SHORT_DAYS = {"wed", "sat", "sun"}  # English words too ("wed", "sat", "sun")
# Short weekdays that are words alone ("man", "tis", "mon"): a day where they end a clause right
# after a word of the record ("tilbud 480k sendt man, …", "mtg with Siemens GmbH mon, …").
_CLAUSE_DAYS = {
    "man", "tir", "tis", "lor", "son", "mon", "tue", "tues", "wed", "weds", "thu", "thur", "fri",
}  # fmt: skip
# Session 42. An English short weekday right after a word of the record, then who or when in
# the day: "Carlsberg intro mtg wed with CFO", "call w/ Tine tue at 10", "met Boots thu am"
_ENGLISH_CLAUSE_DAYS = {"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri"}
_AFTER_AN_ENGLISH_DAY = {"with", "w/", "w", "at", "am", "pm", "morning", "afternoon", "eve"}


def _short_day_said(tokens: list[Token], i: int) -> bool:
    if tokens[i].folded not in _CLAUSE_DAYS | _SHORT_DAYS:
        return False
    if days_joined(tokens, i):
        return True
    if tokens[i].folded not in _CLAUSE_DAYS:
        return False
    if i == 0 and len(tokens) > 2 and tokens[1].text == ":":
        return True  # "man: møte Circle K", "Tue: call w/ Ocado": a day as the label
    if i == 0 or not tokens[i - 1].is_word:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and tokens[i].folded in _ENGLISH_CLAUSE_DAYS:
        return nxt.folded in _AFTER_AN_ENGLISH_DAY or (not nxt.is_word and nxt.text in ",;.!")
    return nxt is None or (not nxt.is_word and nxt.text in ",;.!")


def _a_listed_thursday(tokens: list[Token], i: int) -> bool:
    """mendC30. "bokade 2 möten (Ica tor, Axfood fre)": a Swedish or Norwegian "tor" right after
    a name inside a bracketed list, before its comma or the closing bracket, is Thursday
    (elsewhere "Tor" stays a first name: "Møte med Tor fra Orkla")."""
    if tokens[i].folded != "tor" or i < 2 or i + 1 >= len(tokens):
        return False
    if not tokens[i - 1].is_word or tokens[i - 2].text not in ("(", ","):
        return False
    if tokens[i + 1].text not in (",", ")"):
        return False
    opened = [k for k in range(i) if tokens[k].text == "("]
    closed = [k for k in range(i) if tokens[k].text == ")"]
    if not opened or (closed and closed[-1] > opened[-1]):
        return False
    return any(t.text == ")" for t in tokens[i + 1 :])


_DAYS_JOIN = {"og", "och", "and", "+", "&"}


def days_joined(tokens: list[Token], i: int) -> bool:
    """readers25. "Mon and Wed", "man og ons", "mån + ons": a short weekday joined to another
    weekday after a word (not the message's first), each of them a day."""
    if i == 0 or not tokens[i - 1].is_word and tokens[i - 1].text not in _DAYS_JOIN:
        return False
    for join, other in ((i + 1, i + 2), (i - 1, i - 2)):
        if 0 <= other < len(tokens) and tokens[join].text.lower() in _DAYS_JOIN:
            if tokens[other].is_word and weekday_index(tokens[other].text) is not None:
                return other > 0
    return False


# -- can a span be a date at all (session 25) -------------------------------------------------
_LETTERS = re.compile(r"[^\W\d_]+")


def _date_vocabulary() -> frozenset[str]:
    """Every word the date reader knows, folded: the words of every table of bot/services/dates.py
    (keys and values, regular expressions' letters) and of every string its functions hold
    (docstrings left out), so a word added there is known here without a list to keep. Words of
    one or two letters ("i", "on", "pa", "d", "v") never make a date alone, nor with each other
    (tests/unit/test_date_precheck.py asks the reader), only beside a longer word or a digit."""
    words: set[str] = set()

    def add(value: object, depth: int = 0) -> None:
        if depth > 8:
            return
        if isinstance(value, str):
            words.update(_LETTERS.findall(date_reader.fold(value)))
        elif isinstance(value, re.Pattern):
            add(value.pattern, depth + 1)
        elif isinstance(value, dict):
            for key, item in value.items():
                add(key, depth + 1)
                add(item, depth + 1)
        elif isinstance(value, (set, frozenset, tuple, list)):
            for item in value:
                add(item, depth + 1)
        elif isinstance(value, types.CodeType):
            for constant in value.co_consts:
                add(constant, depth + 1)

    for name, value in vars(date_reader).items():
        if name.startswith("__"):
            continue  # the module's docstring, its builtins
        code = getattr(getattr(value, "__wrapped__", value), "__code__", None)
        if isinstance(value, types.ModuleType):
            continue
        if code is not None and getattr(value, "__module__", None) == date_reader.__name__:
            doc = value.__doc__
            add(tuple(c for c in code.co_consts if not (doc and c == doc)))
        elif not isinstance(value, type) and not callable(value):
            add(value)
    return frozenset(words)


_DATE_WORDS = _date_vocabulary()
DATE_VOCABULARY = frozenset(word for word in _DATE_WORDS if len(word) > 2)
DATE_SHORT_WORDS = _DATE_WORDS - DATE_VOCABULARY


def may_be_a_date(text: str) -> bool:
    """Whether `text` can be a date at all, before the date reader is asked (`dates` asks it of
    every run of one to five words, ~60 times a message, most of them no date): a digit, or a
    word of the date reader's vocabulary, whole or as the start of a longer word ("fredags",
    "påskeferien": four letters at least). Equal to asking: tests/unit/test_date_precheck.py
    runs every span of the corpora both ways."""
    return any(_a_date_word(word) for word in text.split())


@lru_cache(maxsize=16384)
def _a_date_word(word: str) -> bool:
    folded = date_reader.fold(word)
    if any(ch.isdigit() for ch in folded):
        return True
    for letters in _LETTERS.findall(folded):
        if letters in DATE_VOCABULARY:
            return True
        if any(letters[:k] in DATE_VOCABULARY for k in range(4, len(letters))):
            return True
    return False


# left31. Words before a weekday with its date: True where they make it a day gone
_BEFORE_A_DATED_DAY = {
    "on": False, "pa": False, "i": True, "last": True, "forrige": True, "forra": True,
    "sidste": True, "sist": True,
}  # fmt: skip


# left31. What an ordinal after a weekday counts, never its date ("Tuesday 2nd meeting")
_COUNTED = {
    "meeting", "meetings", "mtg", "mtgs", "call", "calls", "visit", "round", "time", "times",
    "demo", "attempt", "try", "chat", "mote", "motet", "moter", "mode", "modet", "moder",
    "samtal", "samtalet", "samtale", "samtalen", "besok", "besoket", "besog", "besoget", "gang",
    "gangen", "omgang", "runde", "runda", "rundan", "forsok", "forsoket", "demoen", "demon",
}  # fmt: skip


def _a_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None  # "30. feb"


def _a_weekday_and_its_date(
    tokens: list[Token],
    i: int,
    today: date,
    taken: Collection[int],
    direction: str,
    gone: bool = False,
) -> When | None:
    """booked30. "Følger opp tirsdag 27.", "ringer fredag 30": a weekday and a day of the month
    with no month, the nearest such date the way the sentence reads (ahead or gone), when its
    weekday is the one said (was: the coming Tuesday, Tue 20 Jun, the 27th dropped). When the
    two disagree, the weekday's day as before, marked `clash`: its record is asked."""
    if tokens[i].folded in _BEFORE_A_DATED_DAY and i + 1 < len(tokens) and i not in taken:
        # left31: "Met Tesco on Tuesday 16th", "Møte med Tine på tirsdag 16.", "i tisdags den
        # 16:e", "forrige tirsdag 16.", "last Tuesday 16th" read whole (was "on Tuesday" alone,
        # the 16th a second day, the record stored on Tuesday unasked)
        gone = _BEFORE_A_DATED_DAY[tokens[i].folded]
        if tokens[i].folded == "i" and not tokens[i + 1].folded.endswith("s"):
            return None  # "i tisdags", never "i tirsdag" (a name's "i")
        inner = _a_weekday_and_its_date(tokens, i + 1, today, taken, direction, gone)
        return replace(inner, start=i) if inner is not None else None
    at = i + 1
    if at < len(tokens) and tokens[at].folded in ("d", "den", "the"):
        # mendC30: "tirsdag d. 9.", "tirsdag den 9." (Danish, Norwegian) read as "tirsdag 9."
        at += (
            2
            if tokens[at].folded == "d" and at + 1 < len(tokens) and tokens[at + 1].text == "."
            else 1
        )
    if at >= len(tokens) or any(k in taken for k in range(i, at + 1)):
        return None
    day_word, number = tokens[i], tokens[at]
    # (left31: the Swedish ordinal's "16:e", "1:a", and "Tuesday the 16th"; "tis 16/12",
    # "tirsdag 16.12" with the month)
    said_day = re.fullmatch(r"(3[01]|[12][0-9]|0?[1-9])(st|nd|rd|th|:e|:a)?", number.text.lower())
    numeric = re.fullmatch(r"(3[01]|[12][0-9]|0?[1-9])[./](1[0-2]|0?[1-9])\.?", number.text)
    if not day_word.is_word or (said_day is None and numeric is None):
        return None  # (mendC30: "Tuesday 16th" as "tirsdag 16.")
    weekday = weekday_index(day_word.text)
    if weekday is None and gone and day_word.folded.endswith("s"):
        weekday = weekday_index(day_word.text[:-1])  # "i tisdags", "i tirsdags"
    if weekday is None or len(day_word.folded.rstrip(".")) < 3:
        return None
    wanted = int((said_day or numeric).group(1))  # type: ignore[union-attr]
    first = 1 if direction == "future" and not gone else -1  # "i tisdags": gone by
    dated: date | None = None
    month, words = (int(numeric.group(2)), 0) if numeric is not None else (None, 1)
    if month is None and at + 1 < len(tokens):
        month = MONTHS.get(tokens[at + 1].folded.rstrip("."))
    year = tokens[at + 1 + words].text if month is not None and at + 1 + words < len(tokens) else ""
    if month is not None and (not year.isdigit() or re.fullmatch(r"20[0-9]{2}", year)):
        # left31: "Møte med Tine tirsdag 16. des", the 16th a Wednesday: both days asked (was
        # "tirsdag" and "16 des" two days, the record stored on Tuesday the 15th unasked)
        years = (int(year),) if year.isdigit() else (today.year - 1, today.year, today.year + 1)
        at += words + (1 if year.isdigit() else 0)
        said_dates = [d for y in years if (d := _a_date(y, month, wanted)) is not None]
        ahead = [d for d in said_dates if d > today]
        gone_by = [d for d in said_dates if d <= today]
        way = (ahead[:1] + gone_by[-1:]) if first == 1 else (gone_by[-1:] + ahead[:1])
        if not way or abs((way[0] - today).days) > 62:
            return None  # "tirsdag 27. juni" said in December: read as before
        if way[0].weekday() == weekday:
            return When(i, at + 1, way[0])
        dated = way[0]
    elif (
        at + 1 < len(tokens)
        and tokens[at + 1].is_word
        and tokens[at + 1].text[:1].isalnum()
        # left31: an ordinal is a date before a remark ("Met Tesco Tues 16th great meeting"),
        # not before what it counts ("Tuesday 2nd meeting with Boots", "tisdag 2:a mötet")
        and (said_day is None or not said_day.group(2) or tokens[at + 1].folded in _COUNTED)
    ):
        return None  # "fredag 30 min", "mandag 12 ganger" (an emoji after it: the day's)
    for step in (first, -first) if dated is None else ():  # the way the sentence reads, else
        for back_or_on in range(0, 62):  # the other way
            day = today + timedelta(days=step * back_or_on)
            if day.day == wanted:
                ahead = (
                    _this_months_ahead(today, wanted) if step == -1 and back_or_on > 13 else None
                )
                if day.weekday() == weekday and ahead is None:
                    return When(i, at + 1, day)
                if day.weekday() == weekday and ahead is not None:
                    # mendI31: "Møte med Tine tirsdag 3." said on Wed 2 Dec, the 3rd tomorrow
                    # (a Thursday): no Tuesday 3 Nov a month back (was stored there sure); the
                    # date said and the weekday nearest it, a clash (judge asks with the day
                    # that can be meant for done work, Tue 1 Dec)
                    day = ahead
                dated = dated or day
                break
    if first == 1:
        said = today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
    else:
        said = today - timedelta(days=(today.weekday() - weekday) % 7)
    choices: tuple[date, ...] = ()
    if dated is not None:
        # mendC30: the date said and the weekday said nearest it, both offered
        shift = (weekday - dated.weekday()) % 7
        nearest = dated + timedelta(days=shift if shift <= 3 else shift - 7)
        choices = (dated, nearest)
    return When(i, at + 1, said, clash=True, choices=choices)


def _this_months_ahead(today: date, wanted: int) -> date | None:
    """The `wanted` day of the month within the coming week, if any (mendI31): a weekday said
    with it may be a day gone by this week."""
    for k in range(1, 7):
        if (ahead := today + timedelta(days=k)).day == wanted:
            return ahead
    return None


def dates(
    tokens: list[Token], today: date, taken: Collection[int], direction: str = "past"
) -> list[When]:
    """Dates in the message. `direction`: how a bare weekday reads ("tirsdag" after "booked
    a meeting" is the coming one)."""
    found: list[When] = []
    taken = set(taken) | _clocked(tokens)  # "kl. 10.10" is ten past ten, not 10 October
    i = 0
    while i < len(tokens):
        if a_days_name_heading(tokens, i):
            i += 1  # "Fredag Media: møte i dag": a name, its day said after it
            continue
        numbered = _a_weekday_and_its_date(tokens, i, today, taken, direction)
        if numbered is not None:
            found.append(numbered)
            i = numbered.end
            continue
        after = _weekday_after(tokens, i, today, taken, direction)
        if after is not None:
            # "the Tue after bank holiday Monday": that weekday after the day said (never the
            # coming Tuesday); "fredag etter lunsj" is Friday, read as it reads
            found.append(after)
            i = after.end
            continue
        shortest = _shortest_day_from(tokens, i)
        if not shortest:
            i += 1  # reader28: no span from here can be a day (each would be passed over)
            continue
        best: When | None = None
        # "tirsdag i forrige uke"; "on the 2nd of Sept" (five words, never "on the 2nd")
        lengths = (5, 4, 3, 2, 1) if tokens[i].folded in ("on", "pa") else (4, 3, 2, 1)
        for n in lengths:
            if n < shortest:
                continue  # reader28: a span shorter holds no word a day is said by
            span = tokens[i : i + n]
            if (
                len(span) < n
                or not all(t.is_word for t in span)
                or any(i + k in taken for k in range(n))
            ):
                continue
            text = _with_ordinal_dots(span)
            if (
                n == 1
                and span[0].folded in _SHORT_DAYS
                and not span[0].text[:1].isupper()
                and not days_joined(tokens, i)
                # Session 42. "Carlsberg intro mtg wed with CFO", "spoke to Lars at Equinor
                # wed, …": "wed" after a word of the record, ending its clause or before who
                # (never "sat", "sun": "sat with their CFO" is a verb)
                and not (span[0].folded == "wed" and _short_day_said(tokens, i))
            ):
                continue
            if n == 1 and span[0].folded in _MONTHS_SHORT and i and tokens[i - 1].text.isdigit():
                continue  # "i 24 mån": months (Swedish "mån" is Monday too)
            if n == 1 and _ORDINAL.fullmatch(span[0].folded) and _counts_a_thing(tokens, i):
                continue  # "2nd meeting booked next Thu": the second meeting, not the 2nd
            if n == 1 and _short_day_said(tokens, i):
                text = f"{span[0].text}."  # "tilbud 480k sendt man,", "mtg with Siemens mon,"
            if n == 1 and _a_listed_thursday(tokens, i):
                text = "torsdag"  # mendC30: "bokade 2 möten (Ica tor, Axfood fre)"
            week = _week(span, today)
            if week is not None:
                best = When(i, i + n, week, week=True)
                break
            if tuple(t.folded for t in span) in _TODAY_PHRASES:
                best = When(i, i + n, today)
                break
            text = _last_weekday(span) or text
            if _after_it(tokens, i) and names_a_bank_holiday(text):
                continue  # "a revised quote after the bank holiday": no day of its own
            if i and tokens[i - 1].text.lower() == "før" and not names_a_holiday(text):
                # "Tine 400k før fredag": by Friday, a deadline (as "innen fredag", "före
                # fredag", "by Friday" read), never last Friday
                text = f"innen {text}"
            if (
                n == 2
                and span[0].folded in ("den", "d")
                and re.fullmatch(r"[0-9]{1,2}", span[1].text)
            ):
                text += "."  # "den 18." (the tokens lose the dot): the 18th
            if not may_be_a_date(text):
                continue  # the date reader would say None: no digit, none of its words
            either_way = False
            try:
                day = parse_date(text, today=today, direction=direction)  # type: ignore[arg-type]
                if day is not None and any(ch.isdigit() for ch in text):
                    # "25.11" without a year: the nearer of last and next 25 November
                    ahead = parse_date(text, today=today, direction="future")
                    # (a week already begun is no day ahead: "i uge 52" on 4 January)
                    if ahead is not None and today < ahead and ahead - today < today - day:
                        day = ahead
                    # (session 68: or today's, "neste møte den 30." said on the 30th, as
                    # the commands read it since session 67)
                    if direction == "future" and day <= today:
                        day = _the_day_next_month(text, day, today)
                elif day is not None:
                    other = "future" if direction == "past" else "past"
                    # (a holiday's name, or a span only gone, is never "last or next")
                    read_other = parse_date(text, today=today, direction=other)  # type: ignore[arg-type]
                    either_way = (
                        not names_a_holiday(text) and read_other is not None and day != read_other
                    )
            except UserError:
                continue
            if day is not None:
                # "Møte med Tine 5.1.2026" posted on 7 January 2027: last year's year typed by
                # habit, read as the commands read it (readers25)
                typed = [t.text for t in span]
                day = typed_last_year(day, today, typed, ahead=direction == "future")
                day = _before_a_date(tokens, i, text, day, today, direction)
                best = When(i, i + n, day, either_way=either_way)
                break
        if best is not None and _after_a_day_ahead(tokens, best, today):
            i = best.end  # "Møte booket med Orkla etter 17. mai": some day after it, not it
        elif best is not None:
            best = _day_of_that_week(tokens, best, today, direction, taken)
            found.append(best)
            i = best.end
        else:
            i += 1
    return _last_week_beside_yesterday(tokens, found, today)


_LAST = {"last", "forrige", "forra", "sidste"}


def _last_week_beside_yesterday(tokens: list[Token], found: list[When], today: date) -> list[When]:
    """Session 43. "Met Jaguar Land Rover last Thurs and followed up with a call yesterday"
    said on a Friday: "last Thursday" beside a "yesterday" of its own is the week before's
    (was yesterday's, the meeting dated on the call's day)."""
    said_yesterday = [w for w in found if w.day == today - timedelta(days=1) and not w.week]
    if len(said_yesterday) < 2:
        return found
    plain = [
        w
        for w in said_yesterday
        if tokens[w.start].folded in YESTERDAY_WORDS
        or (w.end - w.start == 2 and tokens[w.start + 1].folded in YESTERDAY_WORDS)
    ]
    last = [w for w in said_yesterday if tokens[w.start].folded in _LAST]
    if not plain or not last:
        return found
    return [replace(w, day=w.day - timedelta(days=7)) if w in last else w for w in found]


def _shortest_day_from(tokens: list[Token], i: int) -> int:
    """reader28. The fewest words a span of `dates` starting at `i` needs to be a day at all (0:
    none can be), asked before its one to five spans are read. A span is read only when all of
    its tokens are words, and is a day only
    - as a week or today (`_week`, _TODAY_PHRASES): a phrase of NEXT_WEEK, THIS_WEEK or
      TODAY_PHRASES (so it holds the phrase's longest word, one of _SPAN_DAY_WORDS), a week by
      its number (its first word a week word, in _SPAN_DAY_WORDS, or a digit in it) or a
      month's first week (its first word "første", "first", in _SPAN_DAY_WORDS);
    - as the date reader reads its text, asked only when `may_be_a_date(text)`: some word of
      the text is a date word (`_a_date_word`). The text is the span's words, with dots added
      (which change no letter nor digit), or "forrige <weekday>" for "i <weekday>s"
      (`_last_weekday`), or "innen …" after "før".
    So a span with no date word, no word of _SPAN_DAY_WORDS and no weekday with an s, not after
    "før", is passed over whatever else it holds: those shorter than the first such word are."""
    if i and tokens[i - 1].text.lower() == "før":
        return 1
    if _a_listed_thursday(tokens, i):
        return 1  # mendC30: "(Ica tor, Axfood fre)"
    for k, token in enumerate(tokens[i : i + 5]):
        if not token.is_word:
            return 0  # (no longer span reaches past it)
        folded = token.folded
        if (
            folded in _SPAN_DAY_WORDS
            or _a_date_word(token.text)
            or (folded.endswith("s") and folded[:-1] in WEEKDAYS)
        ):
            return k + 1
    return 0


def _after_a_day_ahead(tokens: list[Token], when: When, today: date) -> bool:
    """Session 25. "etter 17. mai", "after the 20th", "efter d. 3. juni": a day of the month
    ahead said after "after" names no day of its own (was planned on that very day, a holiday
    here). Weekdays ("fredag etter lunsj") and holidays ("etter påske": a span) are read apart."""
    return (
        when.day > today
        and _after_it(tokens, when.start)
        and any(tokens[k].text[:1].isdigit() for k in range(when.start, when.end))
    )


# Session 68. A date ahead with "before" said ("jeg sender tilbud før 1. mai", "nästa möte innan
# första maj", "before 15 June"): due by the working day before it, as the commands' step reader
# has it (was the date itself); a weekday's "før fredag" is by Friday (read above)
# (the words of a period's end: the commands' PERIOD_ENDS and their other forms)
_PERIODS_END = PERIOD_ENDS | {
    "ultimo", "utgang", "udgang", "close", "closes", "ends", "omme", "over", "slut", "slutt",
    "eom", "eoy", "eow",
}  # fmt: skip


def _before_a_date(
    tokens: Sequence[Token], i: int, text: str, day: date, today: date, direction: str
) -> date:
    if direction != "future" or day <= today:
        return day
    words = text.split()
    if words and fold(words[0]) in SPAN_BEFORE:
        said = words[0].lower()  # "innan första maj", "before 15 June": the span holds it
        words = words[1:]
    elif i:
        at = i - 2 if tokens[i - 1].folded == "the" and i > 1 else i - 1
        said = tokens[at].text.lower()
    else:
        return day
    if fold(said) not in SPAN_BEFORE or (fold(said) == "for" and said != "før"):
        return day
    if (
        any(is_weekday(w) for w in words)
        or not any(ch.isdigit() for w in words for ch in w)
        and not any(fold(w).strip(".") in MONTHS for w in words)
    ):
        return day
    if any(fold(w) in _PERIODS_END for w in words):
        return day  # "før utgangen av juni", "before end of June": that last day itself
    try:  # the date itself, not a holiday's own reading ("innan jul": by the 23rd already)
        itself = parse_date(" ".join(words), today=today, direction="future")
    except UserError:
        return day
    if itself != day:
        return day
    before = day - timedelta(days=1)
    while before.weekday() >= 5:
        before -= timedelta(days=1)
    return before if before > today else day


def _the_day_next_month(text: str, day: date, today: date) -> date:
    """ "see you on the 8th", "vi ses den 8." said on the 10th: a day of the month alone, gone
    this month, is next month's (session 23; was the 8th gone, and the step dropped). A date
    with its month ("8. desember") stays as it was read."""
    first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    try:
        again = parse_date(text, today=first, direction="future")
    except UserError:
        return day
    if again is not None and (again.year, again.month, again.day) == (
        first.year,
        first.month,
        day.day,
    ):
        return again
    return day


_DAY_LINKS = {",", "(", "pa", "on", "om", "den", "d"}
_AFTER = {"after", "etter", "efter"}
_AFTER_LEADS = {"the", "on", "pa", "den"}


def _after_it(tokens: list[Token], i: int) -> bool:
    """The word before `i` (past "the", "den") is "after", "etter", "efter"."""
    k = i - 1
    while k >= 0 and tokens[k].folded in _AFTER_LEADS:
        k -= 1
    return k >= 0 and tokens[k].folded in _AFTER


def _weekday_after(
    tokens: list[Token], i: int, today: date, taken: Collection[int], direction: str
) -> When | None:
    """ "Tue after bank holiday Monday", "onsdag etter 2. pinsedag": the first such weekday
    after the day said after it; None when `i` starts no weekday then "after" and a day."""
    k = i + 1 if tokens[i].folded in _AFTER_LEADS else i  # "the Tue after …", "on Tuesday after"
    if k + 2 >= len(tokens) or tokens[k + 1].folded not in _AFTER or k in taken:
        return None
    weekday = WEEKDAYS.get(tokens[k].folded.rstrip("."))
    if weekday is None:
        return None
    for n in (5, 4, 3, 2, 1):
        span = tokens[k + 2 : k + 2 + n]
        if len(span) < n or not all(t.is_word for t in span):
            continue
        try:
            anchor = parse_date(" ".join(t.text for t in span), today=today, direction=direction)  # type: ignore[arg-type]
        except UserError:
            anchor = None
        if anchor is not None:
            day = anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)
            if direction == "past" and day > today:
                return None  # a day to come said of a done thing: read as it reads
            return When(i, k + 2 + n, day)
    return None


def _day_of_that_week(
    tokens: list[Token], when: When, today: date, direction: str, taken: Collection[int]
) -> When:
    """ "i forrige uke, tirsdag", "last week, on Tuesday", "förra veckan (tisdag)": a week, then
    a weekday in it, is that day (as "tirsdag forrige uke" is), never the week's Monday."""
    k = when.end
    while k < len(tokens) and tokens[k].folded in _DAY_LINKS and k - when.end < 2:
        k += 1
    if k == when.end or k >= len(tokens) or k in taken or tokens[k].folded not in WEEKDAYS:
        return when
    week = " ".join(t.text for t in tokens[when.start : when.end])
    try:
        day = parse_date(f"{tokens[k].text} {week}", today=today, direction=direction)  # type: ignore[arg-type]
    except UserError:
        return when
    if day is None or day == when.day:
        return when
    end = k + 1 + (1 if k + 1 < len(tokens) and tokens[k + 1].text == ")" else 0)
    return When(when.start, end, day)


_TODAY_PHRASES = {phrase.words for phrase in PHRASES["TODAY_PHRASES"]}


def _with_ordinal_dots(span: list[Token]) -> str:
    """The span's words, with the dots the tokens lost back where a day follows a weekday
    ("mandag d 30" -> "mandag d. 30.", as typed "mandag d. 30."); others as typed."""
    words = [t.text for t in span]
    if len(words) < 3 or not any(t.folded in ("d", "den") for t in span):
        return " ".join(words)
    for k in range(1, len(words) - 1):
        if span[k].folded in ("d", "den") and re.fullmatch(r"[0-9]{1,2}", words[k + 1]):
            if span[k - 1].folded in WEEKDAYS:
                words[k] = "d." if span[k].folded == "d" else words[k]
                if k + 1 == len(words) - 1:
                    words[k + 1] += "."
    return " ".join(words)


_ORDINAL = re.compile(r"[0-9]{1,2}(?:st|nd|rd|th|:a|:e)")  # "2:a mötet", "3:e samtalet" too


def _counts_a_thing(tokens: Sequence[Token], i: int) -> bool:
    """ "2nd meeting", "3rd call": an ordinal before a word that is no month, "of" or a number."""
    if i + 1 >= len(tokens) or not tokens[i + 1].is_word:
        return False
    word = tokens[i + 1].folded
    return word not in MONTHS and word != "of" and not word[:1].isdigit()


def _clocked(tokens: Sequence[Token]) -> set[int]:
    """The tokens right after "kl", "kl.", "klokka", "klockan", "at", "@": a time of day, never
    a date."""
    found = set()
    for i, token in enumerate(tokens):
        if token.folded in _CLOCKED_BY:
            j = i + 1
            while j < len(tokens) and tokens[j].text == ".":
                j += 1
            if j < len(tokens) and tokens[j].text[:1].isdigit():
                found.add(j)
    for i in range(1, len(tokens)):
        # Session 20. "1 1/2 time", "2 1/2 mill": a half after a whole number, never 1 February
        if (
            tokens[i].text == "1/2"
            and tokens[i - 1].text.isdigit()
            and len(tokens[i - 1].text) <= 3
        ):
            found.add(i)
    return found


def _last_weekday(span: list[Token]) -> str | None:
    """ "i tirsdags", "i onsdags": the last such day, said as dates.py reads it ("forrige …")."""
    if len(span) != 2 or span[0].folded != "i" or not span[1].folded.endswith("s"):
        return None
    day = span[1].folded[:-1]
    return f"forrige {day}" if day in WEEKDAYS else None


_NEXT_WEEKS = {tuple(fold(w) for w in p.split()) for p in entries(lexicon.NEXT_WEEK)}


def _week(span: list[Token], today: date) -> date | None:
    return _week_of(tuple(t.folded for t in span), today)


@lru_cache(maxsize=8192)
def _week_of(words: tuple[str, ...], today: date) -> date | None:
    """reader28. `_week` of the span's folded words: a pure function of them and today, asked
    of every span of one to four words of a message, several times a message."""
    if len(words) > 2 and words[0] == "i" and words[1:] in _NEXT_WEEKS:
        # heldmsg28. "følger op i næste uge", "i nästa vecka": next week, as without its "i"
        # (was read as its Monday alone, a day said)
        words = words[1:]
    monday = today - timedelta(days=today.weekday())
    for phrase in PHRASES["NEXT_WEEK"]:
        if words == phrase.words:
            return monday + timedelta(days=7)
    for phrase in PHRASES["THIS_WEEK"]:
        if words == phrase.words:
            return monday
    first = _first_week_of(words, today)
    if first is not None:
        return first
    number = None
    if len(words) == 2 and words[0] in _WEEK_WORDS and words[1].isdigit():
        number = int(words[1])
    elif len(words) == 1 and re.fullmatch(r"(?:v|w|uke|uge|vecka|week)\.?([0-9]{1,2})", words[0]):
        number = int(re.sub(r"[^0-9]", "", words[0]))
    if number is None or not 1 <= number <= 53:
        return None
    # The nearest such week, ahead or back ("v. 53" said in week 1 is last year's), a tie back
    year = today.isocalendar().year
    starts = []
    for y in (year - 1, year, year + 1):
        try:
            starts.append(date.fromisocalendar(y, number, 1))
        except ValueError:
            continue  # a year without a week 53
    if not starts:
        return None
    nearest = min(starts, key=lambda start: (abs((start - monday).days), start > monday))
    if len(words) == 1 and a_version_not_a_week(words[0], nearest, monday):
        return None  # session 63: "Equinor ASA har fått v2 av tilbudet" (May): a version
    return nearest


_FIRST = {"forste", "forsta", "first"}
_MONTHS_SHORT = {"man", "mnd", "md"}
_WEEK_NOUNS = {"uke", "uka", "uken", "uge", "ugen", "vecka", "veckan", "week"}


def _first_week_of(words: tuple[str, ...], today: date) -> date | None:
    """ "første uka i januar", "første uge i januar", "första veckan i januari", "first week of
    January": the Monday of the month's first working week (its 1st on a Friday to a Sunday:
    the Monday after), the next such month."""
    if not (
        len(words) == 4
        and words[0] in _FIRST
        and words[1] in _WEEK_NOUNS
        and words[2] in ("i", "in", "of")
        and words[3] in MONTHS
    ):
        return None
    month = MONTHS[words[3]]
    year = today.year if month >= today.month else today.year + 1
    first = date(year, month, 1)
    if first.weekday() >= 4:
        return first + timedelta(days=7 - first.weekday())
    return first - timedelta(days=first.weekday())


# -- a time of day ----------------------------------------------------------------------------------
_CLOCK_WORDS = {"kl", "klokka", "klokken", "klockan", "klokkan", "fra", "fran"}  # "fra 13 til 14"
_CLOCKED_BY = frozenset((_CLOCK_WORDS - {"fra", "fran"}) | {"at", "@"})  # (_clocked's)
_HOUR_MINUTE = re.compile(r"(\d{1,2})[:.](\d{2})")
_AM_PM = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(am|pm)")


_RANGE = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?[-–](\d{1,2})(?:[:.](\d{2}))?")


def time_range(text: str) -> tuple[time, time] | None:
    """ "14-15", "10-10:30", "14:00-15:00", "9.30-11": a meeting's hours (a working day's, the
    end after the start), not a game's score ("2-1") or "3-4 weeks"."""
    m = _RANGE.fullmatch(text)
    if m is None:
        return None
    h1, m1, h2, m2 = (int(g) if g else 0 for g in m.groups())
    if not (6 <= h1 <= 22 and h2 <= 24 and m1 < 60 and m2 < 60):
        return None
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if not start < end <= start + 10 * 60:  # "9-17": a day's workshop
        return None
    return time(h1, m1), time(min(h2, 23), m2 if h2 < 24 else 59)


def clock_time(tokens: Sequence[Token]) -> time | None:
    """The time of day a message names: "kl 14", "kl. 13:30", "klockan 15.30", "fra 13",
    "at 14:00", "at 2pm", "14:00", "16.30", "14-15" (its start). None when it names none (a bare "at 2" is no time,
    "14.11" a date)."""
    for i, token in enumerate(tokens):
        folded = token.folded
        if folded in _CLOCK_WORDS or folded in {"at", "from"}:
            j = i + 1
            while j < len(tokens) and tokens[j].text == ".":
                j += 1
            if j < len(tokens):
                after = tokens[j + 1].folded if j + 1 < len(tokens) else ""
                dotted = _HOUR_MINUTE.fullmatch(tokens[j].folded) is not None  # "at 10.10"
                found = _time_of(
                    tokens[j].folded, after, bare_hour=folded in _CLOCK_WORDS or dotted
                )
                if found is not None:
                    return found
        elif (hours := time_range(token.text)) is not None:
            return hours[0]  # "Møte med Equinor 14-15": from its start
        elif ":" in folded or folded.endswith(("am", "pm")) or _not_a_date(folded):
            found = _time_of(folded, "", bare_hour=_not_a_date(folded))
            if found is not None:
                return found
    return None


def _not_a_date(text: str) -> bool:
    """ "16.30", "14.00": hour and minutes that cannot be a day and month."""
    m = _HOUR_MINUTE.fullmatch(text)
    return m is not None and "." in text and not 1 <= int(m.group(2)) <= 12


def _time_of(text: str, after: str, *, bare_hour: bool) -> time | None:
    if after in {"am", "pm"}:
        text += after
    hour = minute = None
    if (m := _AM_PM.fullmatch(text)) is not None:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m.group(3) == "pm" else 0)
    elif (m := _HOUR_MINUTE.fullmatch(text)) is not None and (":" in text or bare_hour):
        hour, minute = int(m.group(1)), int(m.group(2))
    elif bare_hour and text.isdigit() and len(text) <= 2:
        hour, minute = int(text), 0
    if hour is None or minute is None or hour > 23 or minute > 59:
        return None
    return time(hour, minute)


# reader28 (_shortest_day_from): a word of each week or today phrase (a span that is one holds all
# of its words: its longest is enough), and the first word of a week said by its number ("uke
# 48") or as a month's first ("første uka i januar"): a span can be a week or today without a
# date word only if it holds one of these.
_SPAN_DAY_WORDS = frozenset(
    {
        max(phrase.words, key=len)
        for name in ("NEXT_WEEK", "THIS_WEEK", "TODAY_PHRASES")
        for phrase in PHRASES[name]
    }
    | set(_WEEK_WORDS)
    | set(_FIRST)
)
