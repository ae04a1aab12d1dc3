"""Where a command's amount stands in its text, and which numbers beside it are not the amount.

A range or two alternatives ("250-300k", "mellom 1,2 og 1,5 mill", "800k alt. 1 mill"); a
thousands group that may end a new name instead ("Studio 54 250 000 kr"); an amount after a dash
or before the name, or in parentheses; another currency beside it. The parser
(commands._parse_log_command) asks these where the words after the customer hold digits."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from bot.domain import ActivityKind
from bot.services.amounts import (
    ABOUT_WORDS,
    SPOKEN_WORDS,
    Money,
    far_above,
    other_currency,
    parse_amount,
    spoken_as_digits,
)
from bot.services.commands.amount_order import (
    _amount_in,
)
from bot.services.commands.next_steps import (
    _take_next_step,
)
from bot.services.commands.options import _OptionReader
from bot.services.commands.words import (
    _AMOUNT_WORDS,
    DASH_WORDS,
    _word,
    a_role_word,
    is_a_role,
)
from bot.services.customers import (
    LEGAL_SUFFIXES,
    clean_display_name,
)
from bot.services.dates import (
    _RELATIVE_DAYS,
    UserError,
    fold,
    looks_like_date,
    weekday_index,
)

# "--" typed (a note, whatever follows; not an en dash autocorrected): compiled once (ack34)
TYPED_DASHES = re.compile(r"(?:^|\s)-{2,}(?=\s|$)")


_DASH_WORDS = DASH_WORDS


# (heldcmd34: "eller", "or" between two amounts, "1,2 eller 1,5 mill": one of two, asked as a
# range is, never the second stored with the first unread)
# (mendD34: "800k alt. 1 mill", "800k / 1 mill": alternatives too, as "eller" is)
_RANGE_WORDS = {"til", "till", "to", "eller", "or", "alt", "/", *_DASH_WORDS}


_SIGN_WORDS = {"kr", "nok", "sek", "dkk", "eur", "gbp", "usd"}


_GROUP = re.compile(r"[0-9]{3}")  # a thousands group, written with a space before it


_GROUP_HEAD = re.compile(r"(?:kr\.?|nok|sek|dkk)?[0-9]{1,3}", re.I)


_BETWEEN = {"mellom", "mellan", "between", "imellem", "mellem"}


# (steps30: a currency sign before it, "£30-40k", as any amount may have)
# (heldcmd31: and after the dash, "£20k-£25k", the sign written at both ends)
# (mendD34: or a slash, "1,2/1,5 mill", "£1.2m/£1.5m": alternatives)
# (a slash between bare whole numbers is a date or a fraction: "24/7", "28/4", "1 1/2 mill")
_DAY_OR_FRACTION = re.compile(r"[0-9]+/[0-9]+")


_GLUED_RANGE = re.compile(
    r"[£€$]?[0-9]+(?:[.,][0-9]+)?[a-z]*[-\u2013/][£€$]?[0-9]+(?:[.,][0-9]+)?[a-z]*"
)


def name_or_group(
    customer: str, money: Money | None, raw: list[str] | None, after: list[str], krone: str
) -> tuple[str, Money] | None:
    """ "Studio 54 250 000 kr", "Bygg 24 250 000", "Elkjøp Nr 1 250 000 kr" (a new name): the
    amount read begins with a group of two or three digits (one after "Nr", "No"), typed right
    after the name and followed by groups of three, so it may as well end the name. The name
    with that number and the amount without it; None when the grouping says which ("54 250000",
    "1 250 000": a million's first digit, "Studio 54 kr 250 000")."""
    if money is None or not raw or len(raw) < 2 or list(after[: len(raw)]) != list(raw):
        return None
    first, rest = raw[0], raw[1:]
    numbered = _word(customer.split()[-1]).rstrip(".") in ("nr", "no", "nummer", "number")
    if not re.fullmatch(r"[1-9][0-9]{1,2}" if not numbered else r"[1-9][0-9]{0,2}", first):
        return None
    groups = [word for word in rest if word[:1].isdigit()]
    spaced = len(groups) >= 2 and all(re.fullmatch(r"[0-9]{3}(?:,-|,00)?", g) for g in groups)
    # session 62: one group with points ("Studio 54 250.000 kr" was 54 250 000 kr, or 54 250)
    dotted = len(groups) == 1 and re.fullmatch(r"[0-9]{3}(?:\.[0-9]{3})+(?:,-|,00)?", groups[0])
    if not spaced and not dotted:
        return None
    try:
        alone = parse_amount(" ".join(rest), krone=krone)
    except UserError:
        return None
    if alone is None or alone.amount < 1000 or alone.currency != money.currency:
        return None
    return clean_display_name(f"{customer} {first}"), alone


def grouped_first(
    typed: list[str], tokens: list[str], reader: _OptionReader, krone: str
) -> tuple[str, Money] | None:
    """ "Volvo 1 250 tkr": the amount read was "250 tkr" and the word before it, left with the
    name, is a group of one to three digits that may be the amount's first ("1 250 tkr" is
    how Swedes write 1,25 million). The digits and the whole amount, or None."""
    raw, money = reader.raw.get("money"), reader.found.get("money")
    if not raw or money is None or not tokens or not re.fullmatch(r"[0-9]{3}", raw[0]):
        return None
    digits = tokens[-1]
    if not re.fullmatch(r"[1-9][0-9]{0,2}", digits):
        return None
    at = next(
        (
            i
            for i in range(1, len(typed))
            if typed[i : i + len(raw)] == raw and typed[i - 1] == digits
        ),
        None,
    )
    if at is None or money.amount == Decimal(raw[0]):
        return None  # no multiplier: "Rema 1000 250 000" is read whole already
    try:
        whole = parse_amount(" ".join([digits + raw[0], *raw[1:]]), krone=krone)
    except UserError:
        return None
    return (digits, whole) if whole is not None else None


def amount_range_in(words: str) -> str | None:
    """mendB30. The amount range a channel message says ("Skickade offert till Volvo 1,2–1,5
    mkr", "Sent Boots a quote, £30-40k, …"), as typed without the punctuation after it; None
    if it says none."""
    span = amount_range(words.split())
    return span.rstrip(",.;:!)") if span else None


def amount_range(tokens: list[str]) -> str | None:
    """Words that give an amount as a range ("1-1,5 mio", "halvannen til to mill", "300k til
    400k", "mellom 300 og 400k"), as typed; None if there are none."""
    words = [_word(token) for token in tokens]
    # steps30: "300-400 t.kr.", a unit with its dots (was: the range unread, the win no amount)
    unit = [word.replace(".", "") in _AMOUNT_WORDS or word in _AMOUNT_WORDS for word in words]
    for i, word in enumerate(words):
        if (
            i + 1 < len(words)
            and _GROUP.fullmatch(words[i + 1])
            and _GLUED_RANGE.fullmatch(word)
            and not _DAY_OR_FRACTION.fullmatch(word)  # "18/11 400 000 kr": a day, its amount
            and word[-1:].isdigit()
        ):
            # heldcmd34: "300–400 000 kr", "800 000–900 000 kr": the high end's thousands
            # groups after the dash (was: refused, "000 kr" no amount)
            end = i + 2
            while end < len(words) and _GROUP.fullmatch(words[end]):
                end += 1
            end += end < len(words) and unit[end]
            start = i - 1 if i and _GROUP_HEAD.fullmatch(words[i - 1]) and word[:3].isdigit() else i
            return " ".join(tokens[start:end]).rstrip(",;")
        if (
            _GLUED_RANGE.fullmatch(word.replace("'", ""))
            and not _DAY_OR_FRACTION.fullmatch(word)
            and (
                any(ch.isalpha() for ch in word)
                or word[:1] in "£€$"
                or (i + 1 < len(words) and unit[i + 1])
                or tokens[i].rstrip(",.;:").endswith("'")  # mendB30: "450-500'", thousands
                # lead37: "40-50.000", "800-900.000": the high end in thousands groups
                or re.search(r"[0-9][.][0-9]{3}$", word.rstrip(",;:")) is not None
            )
        ):
            end = i + 2 if i + 1 < len(words) and unit[i + 1] else i + 1
            start = i - 1 if i and words[i - 1].rstrip(".") in ABOUT_WORDS else i
            return " ".join(tokens[start:end]).rstrip(",;")  # "450-500', varm": no comma
        joined = word in _RANGE_WORDS or (
            word in ("og", "och", "and")
            and i > 1
            and (words[i - 2] in _BETWEEN or (i > 2 and unit[i - 1] and words[i - 3] in _BETWEEN))
        )
        if not joined or i == 0 or i + 1 >= len(words):
            continue
        before, after = words[i - 1], tokens[i + 1 :]
        # heldcmd31: the low end with its own unit, "1,5 mkr – 2 mkr", "2 mill til 3 mill"
        low_unit = i > 1 and unit[i - 1] and _number_like(words[i - 2])
        signed = (
            words[i + 1].rstrip(".") in _SIGN_WORDS
            and i + 2 < len(words)
            and _number_like(words[i + 2])
        )  # heldcmd31: "kr 200 000 - kr 250 000", the sign again after the dash
        if not ((_number_like(before) or low_unit) and (_number_like(words[i + 1]) or signed)):
            continue
        if not low_unit and tokens[i - 1].endswith(".") and looks_like_date(tokens[i - 1]):
            continue  # session 52: "signerte avtalen 1.12. – kr 1 250 000,-": its day, an amount

        ahead = spoken_as_digits(after[:4]) or after
        # Two bare numbers either side of a dash are a range too ("250 000 - 300 000"); not
        # after "til"/"to", and not after an amount with its unit ("300k - 2027")
        bare = word in _DASH_WORDS and not any(ch.isalpha() for ch in before)
        for size in range(min(len(ahead), 4), 0, -1):
            said = " ".join(ahead[:size])
            united = any(ch.isalpha() for ch in said) or said.rstrip(",-").endswith("'")
            if looks_like_date(ahead[0]) or not (bare or united):
                continue  # "gyldig til 15.12", "300k til 2027": no second amount
            try:
                # (heldcmd31: each length tried, "£25k, warm" read as "£25k"; was: the first
                # that was no amount ended the search, the range read as two amounts)
                high = parse_amount(said)
            except UserError:
                continue
            if high is not None and _a_name_of_a_figure(word, ahead[:size], tokens[:i], high):
                break  # session 49: "300k til 3M", "450k to 3M Norge": the customer 3M
            if high is not None and bare and _a_names_number(tokens[: i - 1], before, said, high):
                break  # session 53: "Rema 1000 – 450k": a name's number, then the amount
            if high is not None:
                low = i - 1 - low_unit  # the low end's first word
                start = low - 1 if low and words[low - 1] in _BETWEEN else low
                while (
                    start > 0
                    and _GROUP.fullmatch(words[start])
                    and (_GROUP_HEAD.fullmatch(words[start - 1]))
                ):
                    start -= 1  # "250 000 - 300 000" shown whole, not "000 - 300 000"
                if start > 0 and signed and words[start - 1].rstrip(".") in _SIGN_WORDS:
                    start -= 1  # "kr 200 000 - kr 250 000": the low end's sign with it
                return " ".join(tokens[start : i + 1 + size]).rstrip(",;")
    return None


_GROUPED = re.compile(r"[0-9][ .][0-9]{3}(?![0-9])")  # "450.000", "300 000"


def _a_names_number(before: list[str], low: str, high_said: str, high: Money) -> bool:
    """Session 53. "Rema 1000 – 450k", "Rema 1000 - kr 450 000,-": a number right after a
    name's capital word that is no range's low end beside the amount after the dash — in that
    amount's unit twice it or more, or under a tenth of it (no seller gives a range as "1000 to
    450 000") — is the name's own ("Rema 1000"; was refused as a range "1000 – 450k")."""
    if not low.isdigit() or not before or not before[-1][:1].isupper() or high.amount <= 0:
        return False
    number = _A_NUMBER.search(high_said)
    if number is None:
        return False
    said = number[0].replace(" ", "")
    said = said.replace(".", "") if _THOUSANDS.search(said) else said.replace(",", ".")
    scale = high.amount / Decimal(said) if Decimal(said) else Decimal(1)
    ratio = int(low) * scale / high.amount
    return ratio >= 2 or ratio < Decimal("0.1")


_A_NUMBER = re.compile(r"[0-9]+(?:[ .][0-9]{3}(?![0-9]))*(?:[.,][0-9]{1,2}(?![0-9]))?")
_THOUSANDS = re.compile(r"[0-9][.][0-9]{3}$")


def _a_name_of_a_figure(link: str, said: list[str], before: list[str], high: Money) -> bool:
    """Session 49. "300k til 3M", "$120k to 3M": after "til"/"to" a figure and capitals ("3M")
    five times the amount before it or more is a name, no range's high end (no price is said
    as "between 300k and 3 million")."""
    if link not in ("til", "till", "to") or not said:
        return False
    if not re.fullmatch(r"[0-9][A-Z]{1,2}[,;]?", said[0]):
        return False
    if not all(word[:1].isupper() for word in said[1:]):
        return False  # ("3M Norge": its name goes on)
    for size in range(1, min(len(before), 3) + 1):
        try:
            low = parse_amount(" ".join(before[-size:]))
        except UserError:
            continue
        if low is not None:
            return far_above(high.amount, low.amount)
    return False


def the_amount_after_a_dash(
    prepared: str, head: str, note: str, krone: str
) -> tuple[str, str | None]:
    """heldcmd31. "/logoffer Tilbud sendt til Netto i går – 450.000 kr", "Ica igår – 300 000
    kr, ramavtal": an offer's or a win's amount after a dash, none before it, is its amount
    (was: refused as missing, the amount typed); what follows it is the note. Not after "--",
    which the seller types for a note whatever follows."""
    if _amount_in(head.split(), krone):
        return head, note
    if TYPED_DASHES.search(prepared):
        # lead36: "/logwin Aker BP -- 1,2 mill", "Acme Ltd -- £40k": a note that is an amount
        # and nothing else, none before it, is the amount (was: a win of no value, the amount
        # its note)
        words = note.split()
        unit = any(ch.isalpha() or ch in "£€$'" for ch in note) or _GROUPED.search(note)
        if 0 < len(words) <= 3 and unit and _amount_in(words, krone):
            try:
                money = parse_amount(note.strip().rstrip(",;.!"), krone=krone)
            except UserError:
                money = None
            if money is not None and not looks_like_date(note.strip()):
                return f"{head} {note.strip()}", None
        return head, note
    words = note.split()
    span = amount_range(words)
    if span is not None and note.startswith(span):  # "Netto i går – 2-3 mill": asked as a range
        return f"{head} {span}", note[len(span) :].lstrip(",;:-\u2013\u2014 ") or None
    if not words or not (
        words[0][:1].isdigit()
        or words[0][:1] in "£€$"
        or words[0].rstrip(".").lower() in _SIGN_WORDS
    ):
        return _one_amount_in_the_note(head, words, krone) or (head, note)
    size = _an_amount_at(words, 0, krone, most=4)
    if size:
        said = " ".join(words[:size])
        rest = " ".join(words[size:]).lstrip(",;:-\u2013\u2014 ").strip()
        return f"{head} {said.rstrip(',;')}", rest or None
    return _one_amount_in_the_note(head, words, krone) or (head, note)


def _an_amount_at(words: list[str], at: int, krone: str, most: int = 3) -> int:
    """How many words from `at` say an amount with its unit, a currency or grouped digits
    ("– 2027 budget approved": a bare number is none), the longest first; 0 when none."""
    for size in range(min(len(words) - at, most), 0, -1):
        said = " ".join(words[at : at + size]).rstrip(",;.!")
        if looks_like_date(said) or not _amount_in(words[at : at + size], krone):
            continue
        if not (any(ch.isalpha() or ch in "£€$'" for ch in said) or _GROUPED.search(said)):
            continue
        try:
            if parse_amount(said, krone=krone) is not None:
                return size
        except UserError:
            continue
    return 0


# after an amount: a price per period, a product or a sum, a range (asked as typed), folded
_NOT_THE_WHOLE = {
    "per", "pr", "pr.", "i", "a", "an", "om", "/", "x", "+", "-", "til", "to", "och", "og", "and",
    "ar", "aret", "arlig", "arligt", "arleg", "mnd", "maned", "manad", "month", "monthly",
    "year", "yearly", "yr", "annual", "annually", "p.a.", "pa", "inkl", "incl", "ex", "eks",
    "exkl", "excl", "moms", "mva", "vat",
}  # fmt: skip


def _one_amount_in_the_note(
    head: str, words: list[str], krone: str
) -> tuple[str, str | None] | None:
    """Session 56. The one amount in the words after a dash, where a clause of its own ends
    ("Pladis – quote sent Tue, 2 rotary screw compressors + install, $86,500.", "Dagrofa – 6
    reach trucks, 1,1 mio. Varm.", "Haugen Gårdsdrift – tilbud sendt 1.12 på vannpumpe kr
    49.900,-"): the deal's amount (was refused as having none); the rest the note. None when
    there is none, more than one, or one said per period, with VAT or as a sum."""
    found: list[tuple[int, int]] = []
    for at in range(len(words)):
        if found and at < found[-1][1]:
            continue  # inside the amount read ("kr 1,45 mill": not "1,45 mill" again)
        if at and not (
            words[at - 1].endswith((",", ";", ":")) or _word(words[at - 1]) in _BEFORE_AN_AMOUNT
        ):
            continue
        size = _an_amount_at(words, at, krone)
        if size:
            start = at - 1 if at and words[at - 1].rstrip(".").lower() in _SIGN_WORDS else at
            found.append((start, at + size))  # "… montering kr 49.900,-": with its "kr"
    if len(found) != 1:
        return None
    at, end = found[0]
    last = words[end - 1]
    after = _word(words[end]).rstrip(",;.!") if end < len(words) else ""
    if not last.endswith((",", ";", ".", "!")) and end < len(words) and after in _NOT_THE_WHOLE:
        return None  # "kr 58 800 per år", "49.900,- inkl mva": asked as typed
    if end < len(words) and not last.endswith((",", ";", ".", "!")):
        return None  # words run on after it in its clause
    said = " ".join(words[at:end]).rstrip(",;.!")
    rest = [*words[:at], *words[end:]]
    day = _a_day_in(rest)
    if day is None and any(_a_day_in([w]) for w in rest):
        return None  # several days said: read as before
    if day is not None:
        # the day the offer was sent ("Pladis – quote sent Tue, …, $86,500"): the record's,
        # read with the amount (was stored today, the day left in the note); a day of anything
        # else ("ring fredag", "Følger opp mandag") is read as before
        start, stop = day
        if not start or _word(rest[start - 1]).rstrip(",;.!") not in _SENT_WORDS:
            return None
        said = f"{said} {' '.join(w.rstrip(',;.!') for w in rest[start:stop])}"
        mark = rest[stop - 1][-1:] if rest[stop - 1][-1:] in (",", ";") else ""
        rest = [*rest[: start - 1], rest[start - 1] + mark, *rest[stop:]]
    note = " ".join(rest).strip(" ,;") or None
    if "," in head:
        # a step taken out of the note before it ("Ulstein Verft AS, f/u uke 50"): the amount
        # right after the name, never after the step's week
        name, _, after = head.partition(",")
        return f"{name} {said},{after}", note
    return f"{head} {said}", note


_DAY_LEADS = {"i", "last", "forrige", "forra", "sidste", "on", "pa", "sist"}
_A_DATE_WORD = re.compile(r"[0-9]{1,2}[./][0-9]{1,2}\.?(?:[./][0-9]{2,4})?")


def _a_day_in(words: list[str]) -> tuple[int, int] | None:
    """Where one day is said in the words (a weekday, "i går", "yesterday", "1.12", "3/12"),
    with the little word before it ("last Tue", "i tirsdags"), or None (none, or several)."""
    found = []
    for i, word in enumerate(words):
        bare = _word(word).rstrip(",;.!:")
        if (
            weekday_index(bare) is not None
            or _RELATIVE_DAYS.get(bare, 1) <= 0  # "today", "igår", "yday" (not "tomorrow")
            or (i and _RELATIVE_DAYS.get(f"{_word(words[i - 1])} {bare}", 1) <= 0)  # "i går"
            or _A_DATE_WORD.fullmatch(word.rstrip(",;!"))
        ):
            start = i - 1 if i and _word(words[i - 1]) in _DAY_LEADS else i
            found.append((start, i + 1))
    return found[0] if len(found) == 1 else None


_SENT_WORDS = {
    "sendt", "sent", "sendte", "skickad", "skickat", "skickade", "mailet", "mailed", "emailed",
    "levert", "lamnad", "lamnat", "afgivet", "afsendt", "submitted", "signert", "signed",
    "signerat", "underskrevet", "ute", "out",
}  # fmt: skip
_BEFORE_AN_AMOUNT = {"pa", "at", "for", "of", "til", "till", "kr", "nok", "sek", "dkk"}


def _number_like(word: str) -> bool:
    word = word.rstrip(".,")
    if word[:1] in "£€$":
        word = word[1:]  # heldcmd31: "between £20k and £25k", "£20k – £25k"
    return word[:1].isdigit() or word in SPOKEN_WORDS


def no_other_currency(tokens: list[str]) -> None:
    """ "Acme CHF 40 000", "Acme 2 mill ISK": an amount in a currency kpibot does not count in
    is refused, never stored in the team's krone."""
    for i, token in enumerate(tokens):
        currency = other_currency(token)
        if not currency:
            continue
        beside = [t for t in (tokens[i - 1] if i else "", *tokens[i + 1 : i + 3]) if t]
        if currency and (
            any(ch.isdigit() for ch in token)
            or any(t[:1].isdigit() or _word(t) in _AMOUNT_WORDS for t in beside)
        ):
            raise UserError("other_currency", currency=currency)


_ASIDE = re.compile(r"\(([^()]*)\)")


# ", was 45k", " - revised from 45k", ", ned fra 100k", ", sänkt från 1,2 mkr": what the amount
# was before, after a comma or a dash at the end; a remark, as "(was 45k)" is
_AMOUNT_BEFORE = re.compile(
    r"(?:,|\s[-\u2013\u2014])\s*((?:\S*[^\s,]\s+){0,2}?"
    r"(?:from|fra|från|fran|was|var|før|för|innan|tidligere|tidigere|tidigare|previously|before)"
    r"\s+(?:[£$€]|kr\.?|nok|sek|dkk|eur|gbp|usd)?\s?\d[\d .,]*\s?"
    r"(?:k|m|mill\.?|mio\.?|mkr|tkr|t\.kr\.?|kr\.?|,-|:-|nok|sek|dkk|eur|gbp|usd|[£$€])?)\s*$",
    re.IGNORECASE,
)


def the_amount_before(head: str) -> tuple[str, str | None]:
    """ "Tesco 40k, was 45k", "Tine 85k - ned fra 100k": the amount said last is what it was
    before (read as the amount, it stored the old price); the remark goes to the note."""
    found = _AMOUNT_BEFORE.search(head)
    if found is None or not any(ch.isdigit() for ch in head[: found.start()]):
        return head, None
    return head[: found.start()].rstrip(" ,"), " ".join(found[1].split())


def parenthesised(head: str, kind: ActivityKind, today: date, krone: str) -> tuple[str, str]:
    """Words in parentheses: an amount, currency, date, temperature or next step is read where
    it stands ("Spotify (120k USD)", "Equinor (i går) 250k", "Acme (ring tilbake fredag)");
    anything else is said about it, the note ("Aker BP 250k (rammeavtale)", "Elkjøp (teams)
    varm"). Inside a name ("Acme (Norge) AS") they stay part of it; first, only a remark
    written small ("(teams) Equinor") is the note."""
    asides: list[str] = []

    def aside(match: re.Match[str]) -> str:
        words = match[1].split()
        before, after = match.string[: match.start()].split(), match.string[match.end() :].split()
        if not words or not (before or after):
            return match[0]  # "()", or nothing but the parentheses
        if not before and not match[1].islower():
            return match[0]  # "(Equinor) i går": a name in parentheses
        if before and after and (after[0][:1].isupper() or after[0] in LEGAL_SUFFIXES):
            return match[0]  # "Acme (Norge) AS": the name goes on
        if (
            len(before) > 1
            and before[-1][:1].isupper()
            and before[-1].isalpha()
            and (
                all(is_a_role(w) or a_role_word(w) for w in words)
                # session 57: or any one word, the company's link after it ("Tom (KAM) at
                # Wates Group")
                or (len(words) == 1 and bool(after) and after[0].casefold() in _AT_LINKS)
            )
            # session 57: a person's (first name, or first name and surname, or whoever is
            # "at" a company after it: "Met Chidi (CFO) at Ocado"), not the company's ("Aker
            # BP (innkjøper) i dag", "Region Skåne (upphandlare)": the note)
            and (
                _a_persons_name_ends(before)
                or (bool(after) and after[0].casefold() in _AT_LINKS - {"på"})
            )
        ):
            # session 51: "Kongsberg Gruppen - met Sarah (CFO)": the role of whom the seller
            # met stays with them (was the note "CFO", "met Sarah" asked)
            return match[0]
        if before and match[1].strip().casefold() == "publ" and before[-1].upper() == "AB":
            return " "  # session 45: "Vattenfall AB (publ)" (46: "ab (publ)"): the legal form's
        read, said = [], []
        for part in re.split(r"[,;]\s+", match[1]):  # "(120k USD, 3 år)": each part alone
            part_words = part.split()
            if not part_words:
                continue
            (read if _read_whole(part_words, kind, today, krone) else said).append(part)
        if said:
            asides.append(", ".join(" ".join(part.split()) for part in said))
        follows = match.string[match.end() : match.end() + 3]
        if not read and (
            follows[:1] in ("!", "?")
            or (
                follows[:1] == "."
                and follows[1:2] == " "
                and follows[2:3].isupper()
                and not any(is_a_role(w) or a_role_word(w) for w in words)  # "Birgitte (CFO)."
            )
        ):
            # session 56: "Kalundborg Kommune (DK)! Window …", "Coop Danmark (…). De valgte
            # Toyota": the mark that ends the sentence stays on the name (was "Coop Danmark . De")
            return "\x00"
        return f" {' '.join(read)} "

    head = " ".join(re.sub(r"\s*\x00", "", _ASIDE.sub(aside, head)).split())
    return head, "; ".join(asides)


_AT_LINKS = {"at", "hos", "fra", "från", "from", "på", "@", "hjå"}


def _a_persons_name_ends(before: list[str]) -> bool:
    """The words end with a person's first name, or a first name and a surname."""
    from bot.services.commands.names import _first_names  # imported here: names imports us

    first = _first_names()
    if fold(before[-1]) in first:
        return True
    return (
        len(before) > 1
        and fold(before[-2]) in first
        and before[-2][:1].isupper()
        and before[-1][1:].islower()
    )


def _read_whole(words: list[str], kind: ActivityKind, today: date, krone: str) -> bool:
    """Words that are all options: an amount, currency, date, temperature or a next step."""
    if all(_word(word) in _AMOUNT_WORDS for word in words):
        return kind in (ActivityKind.OFFER, ActivityKind.WIN)  # "300k (USD)", "(eks. mva)"
    try:
        rest, step, _alone = _take_next_step(words, today, first=0)
        reader = _OptionReader(kind, today, krone, skip=set())
        return (reader.read_rest(rest) is None if rest else True) and bool(reader.found or step)
    except UserError:
        return False
