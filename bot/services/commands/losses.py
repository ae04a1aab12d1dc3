"""/loglost <customer> [date] [reason]: the customer, then its reason and date."""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

from bot.domain import ActivityKind
from bot.services import emoji
from bot.services.amounts import parse_amount
from bot.services.commands.amount_order import _amount_first
from bot.services.commands.command import LogCommand
from bot.services.commands.names import (
    _LOST_VERBS,
    _THE_DEAL,
    _customer,
    _known_prefix,
    _name_end,
    _take_leading_date,
    _through_legal_suffix,
    second_name,
)
from bot.services.commands.next_steps import THIS_WEEK
from bot.services.commands.text import _SMALL_LEGAL_FORMS
from bot.services.commands.vague_days import a_month_not_begun, week_gone
from bot.services.commands.words import _KIND_WORDS, _NAME_TAILS, DASH_WORDS, ENGLISH_DAYS, _word
from bot.services.customers import LEGAL_SUFFIXES, clean_display_name, customer_key
from bot.services.dates import (
    MONTHS,
    WEEKDAYS,
    UserError,
    check_activity_date,
    fold,
    match_date_suffix,
    parse_date,
    said_as_a_span,
    typed_last_year,
    whole_date,
)


def _loss_name(tokens: list[str], today: date) -> int:
    """A new customer before a loss's reason, without "--": its capitalised words, numbers,
    legal form and "&" ("Bane NOR", "Sparebank 1 SMN", "Unknown Co", "Statens vegvesen"), up
    to the first other word or the reason ("Equinor de valgte Visma", "Volvo Cars priset")."""
    limit = _name_end(tokens, ActivityKind.LOSS)
    size = _one_name(tokens)
    if size == 1 and (small := _small_name_before_a_comma(tokens, today)):
        return small
    if formed := _a_small_name_to_its_form(tokens, today):
        return formed
    if size == 1 and (lower := _lower_case_name_before_a_reason(tokens, today)):
        return lower
    while size < limit:
        if _a_dated_day_at(tokens, size, today):
            break  # "Virgin Media Nov 17, went with the incumbent": the day, not the name
        if (
            _word(tokens[size].rstrip(",;:")) in ENGLISH_DAYS
            and (
                size + 1 == len(tokens)
                or tokens[size].endswith(",")
                or tokens[size + 1] in _DASHES
                # heldcmd32: "Unilever Fri just gone - went with the incumbent" (was a customer
                # "Unilever Fri", "just gone - …" the note)
                or [_word(t).rstrip(",;:") for t in tokens[size + 1 : size + 3]] == ["just", "gone"]
                or _word(tokens[size + 1]).rstrip(",;:") == "gone"
            )
        ):
            # "Aviva Weds, went with the incumbent": English capitalises its days; so before a
            # dash ("Diageo Fri - lost on price", heldcmd30: was a customer "Diageo Fri")
            break
        if _word(tokens[size]) in WEEKDAYS and _a_dated_day_to_its_dash(tokens, size + 1, today):
            break  # session 65: "Tamar Valley Foods Tues 22nd - lead times" (was "… Tues")
        token = tokens[size].rstrip(",;:")
        named = (
            token[:1].isupper()
            or token.isdigit()
            or token in LEGAL_SUFFIXES
            or token == "&"
            or _word(token) in _NAME_TAILS
        )
        if not named:
            legal = _legal_form_ahead(tokens, size, limit) or _a_names_link_ahead(
                tokens, size, limit
            )
            if legal is None:
                break
            size = legal  # heldcmd31: "Call of Nature Ltd, price" (was a customer "Call")
            if tokens[size - 1].endswith(","):
                break
            continue
        size += 1
        if tokens[size - 1].endswith(","):
            break
    if tokens[size - 1] == "&" and size < len(tokens) and tokens[size].rstrip(",;:").isalpha():
        size += 1  # session 62: "møller & hansen, pris" (a name never ends with "&")
    return size


# heldcmd31. Small words inside a company's name ("Call of Nature Ltd", "Bank of Ireland plc",
# "Berg og Sønn AS"), when capitalised words and a legal form follow them.
_NAME_LINKS = {"of", "and", "the", "for", "og", "och", "i", "av", "de", "van", "von", "der", "o"}


def _legal_form_ahead(tokens: list[str], at: int, limit: int) -> int | None:
    """Where a name goes on to, through a small word at `at` and capitalised words, ending in
    its legal form ("of Nature Ltd"): the index after the legal form, or None."""
    if _word(tokens[at].rstrip(",;:")) not in _NAME_LINKS:
        return None
    for end in range(at + 1, min(limit, at + 5)):
        token = tokens[end].rstrip(",;:")
        if token in LEGAL_SUFFIXES:
            return end + 1
        if tokens[end].endswith(","):
            return None
        if not token[:1].isupper() and _word(token) not in _NAME_LINKS:
            return None  # (session 62: "Call of the Wild Ltd - no budget" was "Call")
    return None


# Session 59. The small words of a name from abroad, before its capitalised last word ("Magasin
# du Nord - ingen budget", "Bank of Ireland - price": were customers "Magasin", "Bank")
_A_NAMES_LINKS = {
    "of", "du", "de", "la", "le", "del", "di", "des", "van", "von", "der",
}  # fmt: skip


def _a_names_link_ahead(tokens: list[str], at: int, limit: int) -> int | None:
    """Where a name goes on to through such a word and one or two capitalised words that end
    the text, or a clause (a comma on the last, or a dash after it): the index after them."""
    if tokens[at] not in _A_NAMES_LINKS or tokens[at].endswith(","):
        return None
    for end in range(at + 1, min(limit, at + 3)):
        if not tokens[end][:1].isupper():
            return None
        if end + 1 == len(tokens) or tokens[end].endswith(",") or tokens[end + 1] in _DASHES:
            return end + 1
    return None


def _small_name_before_a_comma(tokens: list[str], today: date) -> int:
    """heldcmd29. "/loglost januar bygg, for dyrt", "juni bygg i förrgår, för dyrt": a name typed
    in lower case whose first word is a month, its few words up to a comma, a day or the end,
    the reason after it: the name's words (was the month alone taken for the customer and
    refused, "bygg" the reason), unless those words are a day themselves ("januar 2028, …"),
    or a reason ("juni, for dyrt"). A weekday first is asked (day_or_name: "fredag media")."""
    if not tokens[0].islower() or _word(tokens[0]) not in MONTHS:
        return 0
    for end in range(2, min(len(tokens), 3) + 1):
        word = tokens[end - 1]
        if not (word.rstrip(",").isalpha() and word.islower()):
            return 0
        if _word(word).rstrip(",") in _REASON_WORDS:
            return 0
        if not (word.endswith(",") or end == len(tokens) or _a_day_at(tokens, end, today)):
            continue
        return 0 if _a_day_at(tokens, 0, today, stop=end) else end
    return 0


def _a_day_at(tokens: list[str], at: int, today: date, stop: int | None = None) -> bool:
    """The words from `at` to `stop` (else to the clause's end) are a day gone or to come."""
    if stop is None:
        stop = next((i + 1 for i in range(at, len(tokens)) if tokens[i].endswith(",")), len(tokens))
    said = " ".join(tokens[at:stop]).rstrip(",")
    try:
        return bool(said) and parse_date(said, today=today, direction="past") is not None
    except UserError:
        return False


def _a_dated_day_to_its_dash(tokens: list[str], at: int, today: date) -> bool:
    """Session 65. A day's date of up to three words from `at` ("22nd", "3. des") up to a dash,
    a comma or the end ("Ringnes Tors 3. des - valgte Visma")."""
    for size in (1, 2, 3):
        span = tokens[at : at + size]
        if len(span) < size or not any(ch.isdigit() for ch in span[0]):
            return False
        ends = at + size == len(tokens) or span[-1].endswith(",") or tokens[at + size] in _DASHES
        if not ends:
            continue
        try:
            return parse_date(" ".join(span).rstrip(","), today=today, direction="past") is not None
        except UserError:
            return False
    return False


def _a_dated_day_at(tokens: list[str], at: int, today: date) -> bool:
    """A date with its day's number starts at `at` and ends its clause ("Nov 17,", "17. nov")."""
    for size in (3, 2):
        span = tokens[at : at + size]
        if len(span) < size or not any(ch.isdigit() for t in span for ch in t):
            continue
        if not (at + size == len(tokens) or span[-1].endswith(",")):
            continue
        try:
            if parse_date(" ".join(span).rstrip(","), today=today, direction="past"):
                return True
        except UserError:
            continue
    return False


# lead36: a loss's reason opening with what was done or said, folded ("förlorade på pris",
# "tapte mot konkurrent", "valgte anden leverandør", "lost to Capita", "went with …")
_REASON_OPENERS = {
    "forlorade", "forlorat", "forlorad", "tapte", "tapt", "tabte", "tabt", "lost", "valgte",
    "valde", "chose", "went", "gikk", "gick", "gik", "mot", "sa", "sagde", "said", "declined",
    "avslag", "afslag", "avslo", "avslog", "afslog", "rejected", "gar", "gaar", "går", "stayed",
    "staying", "beholder", "behaller", "beholdt", "behoeller", "droppet", "droppade", "dropped",
    "kjoper", "koper", "kober", "ingen", "no", "not", "ikke", "inte", "ikkje",
}  # fmt: skip


# lead36: words of no lower-case name, folded: articles, links, and who won it instead
_NO_NAME_WORDS = {
    "the", "a", "an", "den", "det", "de", "en", "ei", "et", "ett", "our", "their", "var",
    "deres", "dess", "sin", "sitt", "til", "to", "med", "with", "hos", "pa", "i", "in", "for",
    "fra", "fran", "from", "av", "of", "incumbent", "leverandor", "leverandoren", "leverantor",
    "leverantoren", "supplier", "vendor", "konkurrent", "konkurrenten", "competitor",
    "nuvaerende", "navaerende", "nuvarande", "current", "existing", "eksisterende", "befintlig",
}  # fmt: skip


def _lower_case_name_before_a_reason(tokens: list[str], today: date) -> int:
    """lead36. "volvo cars förlorade på pris", "lloyds bank price", "danske bank valgte anden
    leverandør", "sparebank 1 sr-bank i går, tapte på pris": a new name typed all in lower case,
    two or three words, then a reason's first word or a day: the name's words (was its first
    word alone, the rest the reason's)."""
    if not tokens[0][:1].islower() or not tokens[0].rstrip(",").isalpha():
        return 0
    if _word(tokens[0]).rstrip(",") in _REASON_WORDS | _REASON_OPENERS | _NO_NAME_WORDS:
        return 0
    if tokens[0].endswith(","):
        return 0
    for end in range(2, min(len(tokens) - 1, 3) + 1):
        if _a_day_at(tokens, end - 1, today):
            return end - 1 if end > 2 else 0  # "netcompany i fredags, pris": the day is no name
        word = tokens[end - 1]
        bare = word.rstrip(",")
        if not bare or bare[:1].isupper() or not re.fullmatch(r"[^\W_]+(?:-[^\W_]+)*", bare):
            return 0
        if _word(bare) in _REASON_WORDS | _REASON_OPENERS | _NO_NAME_WORDS:
            return 0
        after = _word(tokens[end]).rstrip(",;:.!")
        if word.endswith(",") or after in _REASON_WORDS | _REASON_OPENERS:
            return end
        if _a_day_at(tokens, end, today):
            return end
    return 0


# Legal forms written small that end a name (folded; review: the text reader's, and the
# forms only a name ends with besides: never "sa", "da", a word)
_SMALL_FORMS = (_SMALL_LEGAL_FORMS - {"sa"}) | {"llp", "amba"}
_SMALL_FORMS |= {"i/s", "p/s", "k/s", "hb"}  # session 62: "møller & hansen i/s, de valgte …"


def _a_small_name_to_its_form(tokens: list[str], today: date) -> int:
    """Session 60. A new name written small, its legal form ending it and its clause (a comma,
    a dash, a day or the end after it): "ikea svenska försäljnings ab 26/1, …", "ben & jerry's
    homemade ltd, went in-house" (were customers "ikea", "ben &"). Its words, or 0."""
    if not re.fullmatch(r"[a-zæøåäöéü]+(?:['’-][a-zæøåäöéü]+)*", tokens[0]):
        return 0  # (session 64: "rolls-royce holdings plc lost on Tuesday" was "rolls-royce")
    for end in range(1, min(len(tokens), 6)):
        bare = tokens[end].rstrip(",;:")
        if bare.islower() and fold(bare) in _SMALL_FORMS:
            ends = (
                tokens[end].endswith((",", ";"))
                or end + 1 == len(tokens)
                or tokens[end + 1] in _DASHES
                or _a_day_at(tokens, end + 1, today)
                # session 64: a date of its own, the reason after it ("… plc 14/3 to a competitor")
                or (
                    any(ch.isdigit() for ch in tokens[end + 1])
                    and _a_day_at(tokens, end + 1, today, stop=end + 2)
                )
                # session 62: the loss said after it ("malmo stads parkering ab forlorad")
                or _word(tokens[end + 1]).rstrip(",;:.!")
                in _KIND_WORDS[ActivityKind.LOSS] | _LOST_VERBS
            )
            return end + 1 if ends else 0
        if tokens[end].endswith((",", ";", ":")) or not (
            bare == "&" or re.fullmatch(r"[a-zæøåäöéü]+(?:['’-][a-zæøåäöéü]+)*", bare)
        ):
            return 0
        word = _word(bare)
        if word in _REASON_WORDS | _REASON_OPENERS | _NO_NAME_WORDS:
            if word not in _LINKS_IN_A_SMALL_NAME:
                return 0
    return 0


# Session 64. The little words a small name its form ends may hold ("lost smith and nephew plc
# 14/3 to a competitor", "tappade varma rätter i umeå ab i fredags" were customers "smith" and
# "varma", dated today); never "to", "til", "mot" (a rival after them)
_LINKS_IN_A_SMALL_NAME = {"and", "og", "och", "&", "of", "i", "pa", "på"}


def _one_name(tokens: list[str]) -> int:
    """A new customer before a loss's reason: one word, with its legal form ("Equinor ASA")."""
    size = 1
    while size < len(tokens) and customer_key(" ".join(tokens[: size + 1])) == customer_key(
        tokens[0]
    ):
        size += 1
    return size


_DASHES = DASH_WORDS


# Words that tie a day at the end of a loss's reason to the reason ("valgte eksisterende
# leverandør før påske", "inget beslut före Kristi himmelsfärd", "frozen until after Easter"):
# when nothing happens until, never the day the deal was lost (folded)
_REASON_SPANS = {
    "fore", "innan", "inden", "before", "etter", "efter", "after", "til", "till", "until",
    "innen", "by", "fram", "frem",
}  # fmt: skip


def _a_span_of_the_reason(reason: list[str], size: int) -> bool:
    """Whether the day read at the end of a reason of more than the day is said as a span of
    the reason (a word of `_REASON_SPANS` opens it or stands before it)."""
    if size >= len(reason):
        return False
    said = (reason[-size], reason[-size - 1])
    return any(
        _word(word) in _REASON_SPANS or word.casefold() in ("før", "för") for word in said
    )  # "før" typed so: "for 2 uker siden" is two weeks ago


def _day_then_reason(tokens: list[str], today: date) -> bool:
    """The text opens with a day, then a dash or a comma, and words: a reason without a name."""
    for lead in range(min(len(tokens) - 1, 6), 0, -1):
        head = tokens[:lead]
        comma = head[-1].endswith(",")
        if not (comma or tokens[lead] in _DASHES):
            continue
        try:
            day = parse_date(" ".join(head).rstrip(","), today=today, direction="past")
        except UserError:
            return False
        if day is not None:
            return True
    return False


# "for dyre", "för dyra", "too expensive", "alt for sent": "too" and how, a loss's reason.
_TOO = {"for", "för", "too", "altfor", "alltfor", "alt", "allt", "way"}
_HOW = re.compile(
    r"(?:dyr|dyra|dyre|dyrt|expensive|pricey|costly|h[oø]y|h[oø]yt|h[oö]g|h[oö]gt|h[oø]j|h[oø]jt|"
    r"sent|sen|sein|late|slow|treg|tregt|tr[oø]g|tr[oø]gt|l[aå]ng|langt|l[aå]ngt|small|liten|lite|"
    r"lille|little|big|stor|stort|stora|store|komplisert|komplicerat|kompliceret|complicated)"
)


def _a_reason_first(tokens: list[str]) -> bool:
    """ "for dyre, dessverre", "för dyra enligt inköp", "too expensive": "too" and how, in
    lower case: a reason, no customer before it."""
    words = [t.rstrip(",;:.!") for t in tokens[:3]]
    if len(words) < 2 or words[0] != words[0].lower() or words[0].casefold() not in _TOO:
        return False
    how = words[2] if words[1].casefold() in {"for", "för"} and len(words) > 2 else words[1]
    return how == how.lower() and _HOW.fullmatch(how) is not None


# What a loss is lost on, as a reason's first word in lower case (folded): the budget, the price,
# the timing ("budgeten frös 🥶", "budsjettet kuttet", "pris", "timing, dessverre").
_REASON_NOUNS = {
    "budsjett", "budsjettet", "budsjetter", "budget", "budgeten", "budgettet", "budgets",
    "pris", "prisen", "priset", "price", "pricing", "timing", "timingen", "tidspunkt",
    "tidspunktet", "funding", "finansiering", "finansieringen", "ressurser", "resurser",
}  # fmt: skip


# Words that open a reason, never a name's second word ("juni, pris"; "januar for dyrt").
_REASON_WORDS = {*_REASON_NOUNS, *_TOO}


def a_reason_noun_first(tokens: list[str]) -> bool:
    """Session 20. "budgeten frös 🥶", "budsjettet ble kuttet", "price, sadly": a loss's reason
    opening with what it was lost on, in lower case, and no capitalised word after: no customer
    (was a customer "budgeten" with "frös" its reason)."""
    if not tokens or tokens[0][:1] != tokens[0][:1].lower():
        return False
    if _word(tokens[0]).rstrip(",;:.!") not in _REASON_NOUNS:
        return False
    return not any(token[:1].isupper() for token in tokens[1:])


def _parse_loss(
    tokens: list[str], quoted: str | None, note: str | None, today: date, known: Collection[str]
) -> LogCommand:
    """ "<customer> [date] [reason]": a quoted or known customer's longest prefix, else all
    before "--", else one word. A date right after the customer, or ending the reason, is the
    loss's date ("Fjordkraft i går", "Hydro pris for høy i går")."""
    when: date | None = None
    # session 52: a face typed beside the name ("tabt DSV 😞 for dyre": was a customer "DSV 😞")
    kept: list[str] = []
    for t in tokens:
        if (emoji.without_pictographs(t).strip() or not t.strip()) and not _EMOTICON.fullmatch(t):
            kept.append(t)
        elif kept and kept[-1][-1:].isalnum() and t is not tokens[-1]:
            # session 56: the face ends its clause ("tapte bjølsen borettslag igår :( de valgte
            # billigste": the day was read as part of the reason, the name cut short)
            kept[-1] += ","
    tokens = kept or tokens  # (a face alone is read as it was: refused, no customer)
    typed = list(tokens)
    if quoted is None and not _known_prefix(tokens, known) and _a_rival_took_it(tokens):
        # session 66: "pipped by Mitie on price", "Tietoevry snodde affären", "Accenture beat us
        # to it": the rival who won, no customer (was a loss to a customer "Tietoevry")
        raise UserError("not_a_customer", text=clean_display_name(" ".join(tokens)))
    if quoted is None and not _known_prefix(tokens, known) and _day_then_reason(tokens, today):
        # "yesterday - too expensive", "i går, for dyrt": a day and a reason, no customer
        raise UserError("not_a_customer", text=clean_display_name(" ".join(tokens)))
    day_words: list[str] = []  # the words the day was read from (days29: a week's)
    lead_span: list[str] = []
    if quoted is None and not _known_prefix(tokens, known):
        # A known name first is the name, whatever its first word ("Fredag Bygg, valgte …")
        when, rest = _take_leading_date(tokens, today, known, ActivityKind.LOSS)
        day_words, tokens = tokens[: len(tokens) - len(rest)], rest
        if when is not None and (said_as_a_span(day_words) or _a_period_alone(day_words)):
            # (session 67: "Kiwi i august", a month alone: which day? asked, as a meeting's is)
            # session 59: "Innan jul: Bonnier News, valde …": which day? Asked with today's
            # loss, as the span after the name is (was dated the last day before Christmas)
            lead_span, when, day_words = day_words, None, []
        # "/loglost 320k Veidekke", "kr 45.000,- Veidekke": no name's words, the reason's
        tokens = _amount_first(tokens, ActivityKind.LOSS, known=known)
    if quoted is not None:
        size, tokens = len(quoted.split()), [*quoted.split(), *tokens]
    else:
        size = _known_prefix(tokens, known) or (
            _name_end(tokens, ActivityKind.LOSS) if note is not None else _loss_name(tokens, today)
        )
        size = min(size, len(tokens)) if tokens else 0
        formed = 0 if _known_prefix(tokens, known) else _through_legal_suffix(tokens)
        if formed > size and any(t.startswith("(") for t in tokens[size:formed]):
            # session 61: a word in brackets inside a formed name ("Thompson and Morgan (UK)
            # Ltd", "Smith (UK) Ltd, timing": were asked one or two, or a customer "Smith")
            size = formed
        if (
            note is not None
            and 1 < size == len(tokens)
            and not _known_prefix(tokens, known)
            and _word(tokens[-1].rstrip(",;:")) in ENGLISH_DAYS
        ):
            size -= 1  # heldcmd30: "Diageo Wed – too pricey": the day, never the name's word
        if not _known_prefix(tokens, known):
            # "/loglost Acme 250 000,- pris", "Acme 250 000 -- pris": the name ends before a
            # grouped amount (was a customer "Acme 250" or "Acme 250 000"; session 22)
            size = next((i for i in range(1, size) if _grouped_amount_at(tokens, i)), size)
            # session 51: or before whom it went to ("Tapte Telenor til Atea – pris": was a
            # customer "Telenor til Atea")
            size = next(
                (
                    i
                    for i in range(1, size - 1)
                    if _word(tokens[i]) in _TO_A_RIVAL
                    and tokens[i + 1][:1].isupper()
                    and tokens[size - 1].rstrip(",;.") not in LEGAL_SUFFIXES  # "Mat til Folket AS"
                ),
                size,
            )
    checked = quoted is None and not _known_prefix(tokens, known)
    customer = _customer(
        tokens[:size], ActivityKind.LOSS, today, checked=checked, rest=tokens[size:]
    )
    reason = tokens[size:]
    named = customer.split()
    if checked and len(named) > 1 and named[-1].islower() and _word(named[-1]) in _THE_DEAL:
        # session 56: "Lost the Grünerløkka borettslag deal last Wednesday – …": the deal's
        # word after the name is no part of it (was a customer "Grünerløkka borettslag deal")
        customer = " ".join(named[:-1])
    while reason and reason[0] in _DASHES:
        reason = reason[1:]  # "Rema 1000 - for dyre": the dash only leads into the reason
    span: list[str] = lead_span
    if when is None and not span and reason:
        for lead in range(min(len(reason), 8), 0, -1):
            found = match_date_suffix(reason[:lead], today=today, direction="past")
            if found is not None and found[1] == lead:
                if (
                    said_as_a_span(reason[:lead])
                    or a_month_not_begun(reason[:lead], found[0], today)
                    or _a_period_alone(reason[:lead])  # session 67: "Kiwi i august": which day?
                ):
                    # "Tine før påske -- for dyrt", "Tine i påsken, pris": which day? Asked with
                    # today's loss, as an offer's or a meeting's span is (was stored on the
                    # Wednesday before Easter, sure) (session 20)
                    span, reason = reason[:lead], reason[lead:]
                    break
                when, day_words, reason = found[0], reason[:lead], reason[lead:]
                break
    if when is None and not span and reason:
        when, reason = _a_day_after_the_amount(reason, today)
    if when is None and not span and reason:
        when, day, reason = _a_day_ending_the_first_clause(reason, today)
        day_words = day or day_words
    if when is None and not span and reason:
        when, day = _the_day_the_news_came(reason, today)
        day_words = day or day_words
    while reason and reason[0] in _DASHES:
        reason = reason[1:]  # "Equinor yesterday - too expensive"
    if when is None and reason:
        found = match_date_suffix(reason, today=today, direction="past")
        if found is not None and found[0] > today and found[1] < len(reason):
            found = None  # "budget pulled at end of Q1" on 30 March: a day ahead is the reason's
        if (
            found is not None
            and found[1] == 1
            and len(reason) > 1
            and reason[-2].isdigit()
            and _word(reason[-1]).rstrip(".") in ("man", "mnd", "mdr", "md")
        ):
            found = None  # session 51: "hör av mig igen om 3 mån": months, never a Monday
        if found is not None and _a_rank(reason, found[1]):
            found = None  # session 57: "Vi var nr. 2.", "we came 2nd": a place, never a day
        first = _the_first_sentences_day(reason, found, today) if found is not None else None
        if first is not None:
            # session 56: "Uppsala kommun sa nej … i tisdags. Ringer och frågar varför på
            # måndag.": the day of the first sentence, the later one's a step (was the loss
            # dated last Monday)
            when, day_words = first
        elif found is not None and _a_step_said_after(reason, found[1]):
            # session 56: "Tine, pris. Ringer dem på mandag", "went with Ocado. Will call them
            # Monday": the day of what comes next, no day of the loss (was dated last Monday);
            # asked with today's loss, the words shown
            span = reason[-found[1] :]
        elif (
            found is not None
            and not _a_span_of_the_reason(reason, found[1])
            and not (len(reason) > found[1] and _a_period_alone(reason[-found[1] :]))
            # session 68: or a holiday's span ("owner sold up over Easter", "de byttet
            # leverandør i påsken"): when the reason happened, the note as typed, the loss today
            and not (len(reason) > found[1] and said_as_a_span(reason[-found[1] :]))
        ):
            when, day_words, reason = found[0], reason[-found[1] :], reason[: -found[1]]
    second = second_name(" ".join(reason), reason, comma=False) if quoted is None else None
    if second is not None:
        # "/loglost Tine og Kiwi", "Tine i går og Kiwi": two losses, never one on Tine noted
        # "og Kiwi" (Kiwi's loss dropped)
        if tokens[size : size + 1] == reason[:1]:
            raise UserError(
                "one_or_two_customers",
                customer=f"{customer} {reason[0]} {second}",
                first=customer,
                second=second,
            )
        raise UserError("two_customers", first=customer, second=second)
    # "Storebrand 5.1.2026, for dyrt" typed on 7 January 2027: last year's year by habit
    when = typed_last_year(when or today, today, typed, ahead=False)
    when = check_activity_date(when, today)
    said = " ".join(reason)
    text = clean_display_name(said)
    if re.search(r"[0-9]['’]$", said) and text and text[-1].isdigit():
        text += said[-1]  # "Sector Alarm 900' – timing": 900 thousand as typed, not 900
    if text and note:
        text = f"{text}; {note}"
    other = _a_number_of_the_name(customer, reason) if checked else None
    if other is not None:
        # "/loglost Studio 54 250 000 kr, pris", a new name: Studio 54 (its amount 250 000 in
        # the note, as a loss keeps it), or Studio with 54 250 000? The name's reading, the
        # other kept for the question, as an offer's is (session 22; was Studio, unasked)
        named, rest = other
        mine = clean_display_name(" ".join(rest))
        other = (customer, text or None)
        customer, text = named, f"{mine}; {note}" if mine and note else mine or note
    week = week_gone(day_words, when, today)  # days29: which day of it? The recorder asks
    return LogCommand(
        kind=ActivityKind.LOSS,
        customer=customer,
        when=when,
        note=text or note or None,
        unread=" ".join(span).rstrip(",;:") or None,
        other_customer=other[0] if other else None,
        other_note=other[1] if other else None,
        week=week.said if week is not None else None,
    )


# Session 67. A period ending the loss's reason, no day of it ("budsjettet brukt opp i august",
# "they went with Sage in July", "new CFO froze all spend this week"): when the reason's
# happened, the note as typed; the loss today's (was dated the month's 1st, or the week's Monday,
# the words dropped from the note)
_THIS_PERIOD = THIS_WEEK | {
    "this month", "denne maneden", "denne maned", "den har manaden", "denna manad", "this year",
    "i ar", "i aar",
}  # fmt: skip


def _a_period_alone(words: list[str]) -> bool:
    folded = [_word(w).strip(",;:.!") for w in words]
    if folded[:1] and folded[0] in ("i", "in", "pa", "under", "during"):
        folded = folded[1:]
    return " ".join(folded) in _THIS_PERIOD or (len(folded) == 1 and folded[0] in MONTHS)


def _the_first_sentences_day(
    reason: list[str], found: tuple[date, int], today: date
) -> tuple[date, list[str]] | None:
    """When the day ending the reason is in a later sentence, a day gone said in the first one
    (its date and words); else None."""
    cut = len(reason) - found[1]
    stops = [
        i for i in range(cut) if reason[i].endswith((".", "!")) and not reason[i][:-1].isdigit()
    ]
    if not stops:
        return None
    end = stops[0] + 1
    for size in (3, 2, 1):
        for at in range(end - size, -1, -1):
            words = [w.rstrip(".,!") for w in reason[at : at + size]]
            try:
                day = parse_date(" ".join(words), today=today, direction="past")
            except UserError:
                continue
            if day is not None and day <= today:
                return day, reason[at : at + size]
    return None


def _a_step_said_after(reason: list[str], size: int) -> bool:
    """The day ending the reason is in a later sentence that says what the seller will do."""
    cut = len(reason) - size
    stops = [
        i for i in range(cut) if reason[i].endswith((".", "!")) and not reason[i][:-1].isdigit()
    ]
    if not stops:
        return False
    return any(_word(w).rstrip(",.") in _WILL_DO for w in reason[stops[-1] + 1 : cut])


_WILL_DO = {
    "ringer", "ringar", "ringe", "ringa", "ring", "skal", "ska", "will", "call", "calling",
    "sender", "skickar", "sende", "skicka", "folger", "foljer", "follow", "chase", "chasing",
    "mailer", "mejlar", "kontakter", "kontaktar", "tar", "plan", "planning", "going",
}  # fmt: skip


_EMOTICON = re.compile(r"[:;=]['\-]?[()/\\|DPp\[\]]+")  # ":(", ":-/", ";("


# Session 52. The loss told to the seller on a day ("fikk beskjed i går", "decision came through
# Mon 30th", "fick besked i tisdags", "got the call yesterday"): the words before the day
_NEWS_CAME = re.compile(
    r"(?i)\b(?:(?:fikk|fick|fik|fekk|got|had|received|mottok|mottog|modtog)\s+"
    r"(?:(?:the|an?|et|ett|en|ei)\s+)?(?:beskjed|beskjeden|besked|beskeden|svar|svaret|"
    r"mail|mailet|mailen|mejl|mejlet|mejlen|e-post|eposten|email|news|word|call|samtale|samtal|"
    r"opkald|nei|nej|beskedet|beskjeden|beskeden|"
    # session 55: the letter ("Fekk brev i går", "fick brevet igår", "got the letter Tuesday")
    r"brev|brevet|letter|tildelingsbrev|avslagsbrev|"
    r"no|avslag|afslag|decision)|(?:decision|beslutningen|beslutninga|beslutet|beskjeden|"
    r"beskeden|svaret|news)\s+(?:came(?:\s+through|\s+in)?|kom)|heard|hørte|hörde|hørde|"
    # session 52: they answered ("de meldte tilbage i onsdags", "sa nei 2.12", "said no on Tue")
    r"meldte\s+tilbage|meldte\s+tilbake|meldte|svarte|svarade|svarede|told\s+us|told\s+me|"
    r"sa\s+nei|sa\s+nej|sagde\s+nej|said\s+no|replied|answered|informerte|informerade|"
    r"informerede|"
    # session 54: told ("Upphandlaren Anders Wik meddelade i tisdags att …", "Hanne Bech
    # oplyste i går, at …", "let us know on Monday")
    r"meddelade|meddelte|meddelt|oplyste|opplyste|upplyste|informed\s+us|informed\s+me|"
    r"let\s+us\s+know|let\s+me\s+know|notified\s+us|"
    # session 53: the feedback, and who said it ("Tilbakemelding fra kategorisjef Nina Berg på
    # tlf i går", "sagde det i telefonen tirsdag")
    r"tilbakemelding(?:en)?|tilbagemelding(?:en)?|återkoppling(?:en)?|feedback|"
    r"sagde\s+det|sa\s+det|sade\s+det|said\s+so|"
    # their call or mail with the news ("Inköpschef Lars Nyman ringde igår och sa att …",
    # "James Hart, their Head of IT, called last night: they've gone with Oracle")
    r"ringde|ringte|ringede|ringa|called|rang|phoned|mailet|mailade|mailede|mailed|emailed|"
    r"skrev|wrote|"
    # session 54: the news alone opening its sentence ("… vi tabte til Microsoft Dynamics.
    # Besked i går.")
    r"(?:(?<=^)|(?<=[.!?]\s))(?:beskjed|besked|beskedet|svar|svaret|word|news))"
    r"(?:\s+(?:back|tilbake|tillbaka|tilbage|fra\s+dem|från\s+dem|from\s+them))?\s+"
)
# Session 53. Who brought the news, between its words and its day ("Fick besked av Erik Strand
# (inköp) i förrgår", "Heard from Priya Shah (transformation lead) on Monday", "… fra
# kategorisjef Nina Berg på tlf i går"): a link, names, roles and brackets, how it came
_THE_BRINGER = re.compile(
    r"(?:(?:av|af|fra|från|from|by)\s+)?(?:(?:[A-ZÆØÅÄÖ][\w.-]*|\([^)]*\)|[a-zæøåäö]+"
    r"(?:sjef|chef|leder|ledare|director|manager|lead))\s+){0,5}"
    # session 54: their department ("Heard from Claire in procurement on Monday")
    r"(?:(?:in|i|på|pa|from|fra|från)\s+(?:procurement|purchasing|finance|innkjøp|innkjop|"
    r"inköp|inkop|indkøb|indkob|økonomi|ekonomi|it)\s+)?"
    r"(?:(?:på|on|i|over|via|per)\s+(?:tlf|telefon|telefonen|the\s+phone|phone|mail|teams)\s+)?"
)


def _the_day_the_news_came(reason: list[str], today: date) -> tuple[date | None, list[str]]:
    """The day said right after the words that the news came (_NEWS_CAME), else (None, [])."""
    said = " ".join(reason)
    found = _NEWS_CAME.search(said)
    if found is None:
        return None, []
    rest = said[found.end() :]
    bringer = _THE_BRINGER.match(rest)
    after = (rest[bringer.end() :] if bringer is not None and bringer.end() else rest).split()
    if not after:
        after = rest.split()
    for size in range(min(4, len(after)), 0, -1):
        words = [w.rstrip(",.;:!") for w in after[:size]]
        try:
            day = match_date_suffix(words, today=today, direction="past")
        except UserError:
            continue
        if day is not None and day[1] == size and day[0] <= today:
            return day[0], words
    return None, []


# Session 57. Words before a bare number that say a place among the bidders (folded)
_RANK_WORDS = {
    "nr", "no", "number", "nummer", "#", "came", "kom", "kwam", "ble", "blei", "blev", "vart",
    "were", "was", "var", "finished", "ended", "ranked", "placed", "pa", "on",
}  # fmt: skip


def _a_rank(reason: list[str], used: int) -> bool:
    """The last `used` words are one bare day number ("2.", "2nd") right after a word of a
    place among the bidders ("nr. 2.", "we came 2nd", "vi ble 2."): a rank, no day."""
    if used != 1 or len(reason) < 2:
        return False
    said = reason[-1].casefold().rstrip(".!,;")
    return bool(re.fullmatch(r"[0-9]{1,2}(?:st|nd|rd|th|e|a|\.)?", said)) and (
        _word(reason[-2]).rstrip(".") in _RANK_WORDS
    )


def _a_day_ending_the_first_clause(
    reason: list[str], today: date
) -> tuple[date | None, list[str], list[str]]:
    """Session 52. "/loglost Aviva tender last Wed, came second", "Tine anbudet i går, pris": a
    day ending the reason's first clause, a word or two of the deal before it, is the loss's
    (was kept in the note, the loss dated today). (None, [], reason) otherwise."""
    end = next(
        (
            i
            for i, word in enumerate(reason)
            if word.endswith((",", ";"))
            # session 62: a dash ends it too ("BBC Studios Ltd lost on Weds - chose in-house
            # team" was dated today, the day in the note)
            or (i + 1 < len(reason) and reason[i + 1] in _DASHES)
        ),
        None,
    )
    if end is None or end == len(reason) - 1 or end > 3:
        return None, [], reason
    if not reason[end].endswith((",", ";")):
        reason = [*reason[:end], reason[end] + ",", *reason[end + 2 :]]  # the dash as a comma
    clause = [*reason[:end], reason[end].rstrip(",;")]
    found = match_date_suffix(clause, today=today, direction="past")
    if found is None or not 1 <= len(clause) - found[1] <= 2:
        return None, [], reason
    if _a_span_of_the_reason(clause, found[1]):
        return None, [], reason
    kept = clause[: -found[1]]
    kept[-1] += reason[end][-1]  # its comma, the clause still parted from the rest
    return found[0], clause[-found[1] :], [*kept, *reason[end + 1 :]]


def _a_day_after_the_amount(reason: list[str], today: date) -> tuple[date | None, list[str]]:
    """heldcmd29. "/loglost Tine 300k i går, for dyre", "Tesco £30k yesterday, too pricey": the
    amount lost (kept in the note, as a loss keeps it), then the loss's day ending its clause:
    that day, and the reason without it ("300k, for dyre"); was the loss today, the day left in
    the note. (None, the reason as it was) when no such day follows an amount."""
    for size in (3, 2, 1):
        if len(reason) <= size:
            continue
        try:
            money = parse_amount(" ".join(reason[:size]).rstrip(",;"))
        except UserError:
            continue
        if money is None or (money.amount < 1000 and money.currency is None):
            continue
        for lead in range(min(len(reason) - size, 4), 0, -1):
            said = reason[size : size + lead]
            ends = (
                size + lead == len(reason)
                or said[-1].endswith(",")
                or (reason[size + lead] in _DASHES)
            )
            if not ends:
                continue
            try:
                day = whole_date([w.rstrip(",") for w in said], today=today, direction="past")
            except UserError:
                continue
            if day is None or day > today or said_as_a_span(said):
                continue
            mark = "," if said[-1].endswith(",") else ""
            amount = [*reason[: size - 1], reason[size - 1].rstrip(",;") + mark]
            return day, [*amount, *reason[size + lead :]]
        return None, reason
    return None, reason


def _grouped_amount_at(tokens: list[str], at: int) -> bool:
    """An amount written in groups of three starts at `at` ("250 000,-", "1 250 000")."""
    return (
        at + 1 < len(tokens)
        and re.fullmatch(r"[1-9][0-9]{0,2}", tokens[at]) is not None
        and re.fullmatch(r"[0-9]{3}(?:,-|,00|:-)?[,;.]?", tokens[at + 1]) is not None
    )


def _a_number_of_the_name(customer: str, reason: list[str]) -> tuple[str, list[str]] | None:
    """A new name before a reason that opens with two or three digits and then groups of three
    ("Studio 54 250 000 kr, pris"): the number may end the name as well as begin the amount.
    The name with the number and the reason without it; None when the grouping says which
    ("Studio 54 kr 250 000", "Acme 1 250 000": a million's first digit)."""
    if len(reason) < 3 or not re.fullmatch(r"[1-9][0-9]{1,2}", reason[0]):
        return None
    groups = 0
    for word in reason[1:]:
        if not re.fullmatch(r"[0-9]{3}(?:,-|,00|:-)?[,;]?", word):
            break
        groups += 1
        if not word[-1].isdigit() and not word.endswith("-"):
            break  # "250 000," ends the amount with its clause
    if groups < 2:
        return None
    return clean_display_name(f"{customer} {reason[0]}"), reason[1:]


_A_RIVAL_TOOK_IT = re.compile(
    r"(?i)^(?:(?:pipped|beaten|beat|outbid|outpriced|undercut|slått|slagen|slaget|slået|snytt)\s+"
    r"(?:by|av|af)\s+\S+"
    r"|[^\s,;:]+(?:\s+[^\s,;:]+){0,3}?\s+(?:beat\s+us|pipped\s+us|slo\s+oss|slog\s+oss|slog\s+os|slo\s+os|"
    r"snodde|stal|stjal|snuppet|snuppede|snappet|snappade|snuppade|nabbed|nicked|stole|"
    r"took\s+it|tok\s+den|tog\s+den|won\s+it|vant\s+den|vann\s+den|vandt\s+den)"
    r"(?!\s+(?:av|af|by|fra|från|from)\b))(?=\W|$)"
)


def _a_rival_took_it(tokens: list[str]) -> bool:
    return _A_RIVAL_TOOK_IT.search(" ".join(tokens)) is not None


# "went with Capita", "gikk for Visma", "valde Fortnox": the customer's choice of another
# supplier; "tapte mot Visma", "lost to Capita", "förlorade mot Fortnox": whom the deal was lost
# to (folded, the words of a phrase in order).
_CHOSE = tuple(
    tuple(phrase.split())
    for phrase in (
        "went with", "go with", "gone with", "going with", "chose", "picked", "opted for",
        "signed with", "gikk for", "gikk med", "gikk til", "valgte", "valde", "gick for",
        "gick med", "gick till", "gik for", "gik med", "gik til", "har valgt", "har valt",
    )
)  # fmt: skip
_LOST = {
    "tapte", "tapt", "tabte", "tabt", "forlorade", "forlorat", "forlorad", "lost", "losing",
    "taper", "taber", "forlorar",
    # session 69: the loss by its noun ("förlust mot Upsales", "tap mot Visma", "loss to Sage":
    # were a customer "förlust", "loss", or the rival "Visma" stored as lost)
    "forlust", "forlusten", "tap", "tapet", "tab", "tabet", "loss",
    # session 70: the Swedish slang and the Danish ("tappade mot Lime CRM", "tabte mod
    # Pipedrive – igen": were customers "Lime CRM", "mod Pipedrive")
    "tappade", "tappat", "tappa", "tapade",
}  # fmt: skip
_TO_A_RIVAL = {"mot", "emot", "mod", "imod", "to", "against", "til", "till"}
_WHO = {"de", "dei", "dom", "they", "kunden", "kunde", "customer", "the", "client", "vi", "we"}


def a_rival_first(tokens: list[str]) -> bool:
    """ "tapte på pris mot Visma", "went with Capita, on price", "valgte Visma": a loss told
    by whom it went to, with no customer before it. The name after is the rival, never the
    customer (stored as a loss "with Visma", or a customer "valgte Visma")."""
    if not tokens:
        return False  # (session 53: nothing left of the text was an IndexError)
    words = [_word(token).rstrip(",;:.!") for token in tokens]
    start = 1 if len(words) > 1 and words[0] in _WHO else 0
    if tokens[start][:1].isupper() and any(t.rstrip(",;:.") in LEGAL_SUFFIXES for t in tokens):
        return False  # "Valgte Veier AS i går", "Picked Up Ltd": a name that opens so
    for phrase in _CHOSE:
        end = start + len(phrase)
        if tuple(words[start:end]) == phrase and end < len(tokens) and tokens[end][:1].isupper():
            return True
    if start < len(words) and words[start] in _LOST:
        for at in range(start + 1, min(len(words), start + 5)):
            if not tokens[at][:1].islower():
                return False  # "tapte Tine mot Visma": the customer after the verb
            if words[at] in _TO_A_RIVAL and at + 1 < len(tokens) and tokens[at + 1][:1].isupper():
                return True
    return False
