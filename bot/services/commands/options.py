"""Options read from the right end of a command (date, time, temperature, margin, amount),
then left to right from the words after the customer; what is left is unread."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from bot.domain import ActivityKind, Temperature
from bot.services.amounts import (
    CURRENCY_WORDS,
    CurrencyClash,
    match_amount_suffix,
    parse_amount,
)
from bot.services.commands.words import (
    _MARGIN_VALUE,
    _MARGIN_WORDS,
    _MAX_OPTION_TOKENS,
    _NUMBERED,
    _PERCENT_WORDS,
    _TEMPERATURE_FILLERS,
    DASH_WORDS,
    SHORT_DAYS_AFTER_A_NAME,
    TEMPERATURES,
    _amount_like,
    _date_shaped,
    _emoji_temperature,
    _ignorable,
    _per_period,
    _repeats_kind,
    _temperature_emoji,
    _word,
    number_before_an_amount,
    qualified_temperature,
)
from bot.services.dates import (
    DURATION_GLUED,
    DURATION_UNITS,
    MONTHS,
    UserError,
    match_date_suffix,
    time_suffix,
)


@lru_cache(maxsize=64)  # reader30: a pure function of the two (~15 k instructions a reader made)
def _option_names(kind: ActivityKind, skip: frozenset[str]) -> tuple[str, ...]:
    """The options a reader reads (`_OptionReader.names`), in the order it tries them."""
    names = ["margin"] if kind is ActivityKind.WIN else []  # before amounts: "margin 22"
    names.append("when")
    names.append("time")
    if kind in (ActivityKind.MEETING, ActivityKind.CALL):
        names.append("duration")  # "Telia 30 min", "Equinor 1,5 t": how long, a note
    if kind in (ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER):
        names.append("temperature")  # "Vattenfall 3,5 MSEK varm": how the lead stands
    if kind in (ActivityKind.OFFER, ActivityKind.WIN):
        names.append("money")
    return tuple(name for name in names if name not in skip)


# Session 69. Verbs before "fri" (time off, Scandinavian) that make it no Friday, folded.
_TIME_OFF_VERBS = {
    "holder", "holdt", "har", "hadde", "havde", "tar", "tager", "tog", "tok", "ta", "tage", "er",
    "var", "fa", "far", "fik", "fikk", "fick", "faet", "fatt", "ha", "have", "hatt", "haft",
    "vaere", "vara", "ar", "blir", "bliver", "holde",
}  # fmt: skip


def _time_off(tokens: list[str], at: int) -> bool:
    """ "har fri", "holder fri": the word at `at` is "fri" after a verb of time off."""
    return (
        at > 0
        and _word(tokens[at]).rstrip(",;.!") == "fri"
        and _word(tokens[at - 1]).rstrip(",;") in _TIME_OFF_VERBS
    )


class _OptionReader:
    """Reads options from the right end of the tokens (`peel`), then, left to right, from the
    words after the customer's name (`read_rest`). Each option once."""

    def __init__(self, kind: ActivityKind, today: date, krone: str, skip: set[str]) -> None:
        self.kind, self.today, self.krone = kind, today, krone
        self.found: dict[str, Any] = {}
        self.raw: dict[str, list[str]] = {}  # the words each option was read from
        self.rest_raw: dict[str, list[str]] = {}  # the same, for options read left to right
        self.names = list(_option_names(kind, frozenset(skip)))
        self.shown: list[str] = []  # a temperature's emoji held back by `peel` (heldcmd31)

    def _suffix(self, name: str, tokens: list[str], keep: int) -> tuple[object, int] | None:
        if name == "margin":
            return _match_margin(tokens)
        if name == "when":
            if len(tokens) > 2 and _word(tokens[-1]) == "man" and tokens[-2].isdigit():
                return None  # "i 36 mån": 36 months (Swedish), never a Monday with 36 kr
            if _time_off(tokens, len(tokens) - 1):
                return None  # session 69: "de har fri", time off, never a Friday
            return match_date_suffix(tokens, today=self.today, direction="past", keep_at_least=keep)
        if name == "time":
            used = time_suffix(tokens, after_date=False)
            return (None, used) if used and len(tokens) - used >= keep else None
        if name == "temperature":
            return _match_temperature(tokens)
        if name == "duration":
            return _match_duration(tokens)
        found = match_amount_suffix(tokens, krone=self.krone, keep_at_least=keep)
        if (
            found is not None
            and found[1] == 1
            and len(tokens) > 2
            and _word(tokens[-2]) in _TIMES_WORDS
            and _bare(tokens[-1:])
        ):
            return None  # "20k/mnd x 12": how many times, the term, never an amount (session 20)
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
        # heldcmd31. A temperature's emoji at the end ("Scania 16 sep, iskall ❄️") is read with
        # the rest (read_rest), the options before it peeled as if it were not there (was: the
        # peel stopped at it, "16" taken into the name and "sep" asked)
        shown: list[str] = []
        while len(tokens) > keep + 1 and _temperature_emoji(tokens[-1].rstrip(",;.!?")):
            shown, tokens = [tokens[-1], *shown], tokens[:-1]
        peeled = self._peel(tokens, keep=keep)
        if shown and peeled == tokens:
            return [*tokens, *shown]  # nothing before it peeled: read as before, left to right
        self.shown = shown  # read after the rest (read_rest), never the name's
        return peeled

    def _dropped(self, token: str) -> bool:
        """Read and dropped: a separator or an emoji; a temperature's emoji too where the kind
        takes no temperature (session 44: "/logwin Schibsted kr 49.900,- 🔥", a cheer: was
        asked about as unread)."""
        return _ignorable(token) or (
            "temperature" not in self.names
            and (
                _temperature_emoji(token.rstrip(",;.!?"))
                # session 50: or its word ("/logwin Volvo Cars 2 mkr, signerat idag, varm",
                # "/logwin Acme 50k hot"): a closed deal has no lead to warm (was asked about)
                or _word(token.strip(",;.!?")) in TEMPERATURES
            )
        )

    def _peel(self, tokens: list[str], *, keep: int) -> list[str]:
        progress = True
        while progress and len(tokens) > keep:
            progress = False
            if self._dropped(tokens[-1]):
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
                if name == "money" and hit is not None and _a_numbered_part(tokens, hit[1]):
                    hit = None  # session 41: "300k fase 2", "€12.5k phase 1": a part, no amount
                if (
                    name == "money"
                    and hit is not None
                    and _a_years_number(tokens, hit[1], self.today)
                ):
                    hit = None  # session 57: "3,5 mnok for skolemat 2027": the deal's year
                if hit is not None and len(tokens) - hit[1] >= keep:
                    dated = best is not None and best[0] == "when" and _date_shaped(tokens[-1])
                    if best is None or (hit[1] > best[2] and not dated):
                        best = (name, hit[0], hit[1])  # "MNOK 1.5" is money, not 1 May
            if best is None:
                if deferred is not None and _amount_like(tokens[-1]) and not _weeks(tokens):
                    if _per_period(tokens[-1]):
                        continue  # "1,5 mill + 300k/år", "5k/month": a price per period, asked
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
        if name == "duration":
            hit = _match_duration(["_", *phrase])
            return hit if hit is not None and hit[1] == size else None
        if name == "temperature":
            filler = size == 2 and _word(phrase[1]) in _TEMPERATURE_FILLERS
            temperature = TEMPERATURES.get(_word(phrase[0])) if size == 1 or filler else None
            return (temperature,) if temperature is not None else None
        if phrase[0] in DASH_WORDS:
            return None  # session 51: a dash standing alone parts words, no sign ("Vestas - 3 års")
        try:
            money = parse_amount(" ".join(phrase), krone=self.krone)
        except UserError as err:
            if err.code == "bad_amount" and not isinstance(err, CurrencyClash):
                return None
            raise  # heldcmd33: "850 tkr EUR, varm": which currency? asked whole
        return (money,) if money is not None else None

    def _grouped_with_unit(self, tokens: list[str], index: int) -> tuple[object, int] | None:
        """ "1 250 tkr", "2 350 000 kr" at `index`: digits grouped by thousands, then the
        amount's unit, read as one amount (written together: 1250 tkr). The amount and how
        many tokens it took, or None."""
        if "money" not in self.names or not re.fullmatch(r"[1-9][0-9]{0,2}", tokens[index]):
            return None
        end = index + 1
        while end < len(tokens) and re.fullmatch(r"[0-9]{3}", tokens[end]):
            end += 1
        if end == index + 1 or end >= len(tokens) or _bare(tokens[end : end + 1]):
            return None
        unit = tokens[end].rstrip(",;.!?") or tokens[end]
        try:
            money = parse_amount("".join(tokens[index:end]) + " " + unit, krone=self.krone)
            alone = parse_amount(" ".join(tokens[index:end]), krone=self.krone)
        except UserError:
            return None
        if money is None or alone is None or money.amount == alone.amount:
            return None  # the word after is no unit of the amount
        return money, end + 1 - index

    def read_rest(self, tokens: list[str]) -> str | None:
        """Read what options remain in `tokens` left to right; what is left is unread."""
        tokens, self.shown = [*tokens, *self.shown], []
        if (
            tokens
            and tokens[0].rstrip(",;") in SHORT_DAYS_AFTER_A_NAME
            and (tokens[0][-1:] in ",;" or (len(tokens) > 1 and tokens[1] in DASH_WORDS))
        ):
            # session 51: "kiwi man, snakket …", "Kiwi tir - …": the day, said right after the
            # name with a comma or a dash (names._without_trailing_date left it here)
            mark = tokens[0][-1] if tokens[0][-1] in ",;" else ""
            tokens = [SHORT_DAYS_AFTER_A_NAME[tokens[0].rstrip(",;")] + mark, *tokens[1:]]
        unread: list[str] = []
        unread_at = -1
        index = 0
        while index < len(tokens):
            hit = None
            for size in range(min(len(tokens) - index, _MAX_OPTION_TOKENS), 0, -1):
                phrase = tokens[index : index + size]
                for name in self.names:
                    if name in self.found:
                        continue
                    value = self._whole(name, phrase)
                    if name == "temperature" and qualified_temperature(tokens[:index]):
                        value = None  # "ikke varm", "lagom varm": shown unread, never guessed
                    if (
                        name == "when"
                        and size == 1
                        and _word(phrase[0]) == "man"
                        and index
                        and tokens[index - 1].isdigit()
                    ):
                        value = None  # "i 36 mån": 36 months, never a Monday
                    if name == "when" and size == 1 and _time_off(tokens, index):
                        # session 69: "Deres indkøber holder fri uge 28-30", "har fri resten
                        # av uka": time off, never a Friday (was the call dated Friday gone)
                        value = None
                    if name == "money" and size == 1 and re.fullmatch(r"[0-9]{1,3}", phrase[0]):
                        value = None  # "i 3 år": a small bare number inside is no amount
                    if (
                        name == "margin"
                        and value is not None
                        and _beside_a_discount(tokens, index, size)
                    ):
                        value = None  # lead36: "rabatt 10%", "10% discount": no margin
                    if (
                        name == "money"
                        and value is not None
                        and _bare(phrase[:1])
                        and number_before_an_amount(tokens, index)
                    ):
                        # "Kiwi 550 kr 250 000 pr år": a number right before an amount whole
                        # without it is no part of it, as a new name's own number is not
                        value = None
                    if (
                        name == "money"
                        and value is not None
                        and _bare(phrase)
                        and _amount_with_unit(tokens[index + size :], self.krone)
                    ):
                        # "Equinor 2000 lisenser 250k pr år": a bare number is no amount while
                        # one with its unit follows, as read from the right end ("Equinor 2000
                        # lisenser 250k": 250k, "2000 lisenser" asked) (session 20)
                        value = None
                    if value is not None:
                        hit = (name, value[0], size)
                        break
                if hit is not None:
                    break
            grouped = self._grouped_with_unit(tokens, index) if "money" not in self.found else None
            if grouped is not None and (hit is None or hit[0] == "money"):
                # "1 250 tkr sista mars": the groups are one amount with its unit, 1 250 000;
                # never the bare "1 250" with "tkr" left unread (session 24)
                hit = ("money", grouped[0], grouped[1])
            if hit is None:
                if not self._dropped(tokens[index]):
                    unread.append(tokens[index])
                    unread_at = index
                index += 1
                continue
            name, value, size = hit
            if name == "money" and unread and unread_at == index - 1 and _leads_to_money(unread):
                unread.pop()  # session 58: "tilbud til Hent AS på 2,4 mill for rehab 2027"
            self.found[name] = value
            self.rest_raw[name] = tokens[index : index + size]
            index += size
        temperature = self.found.get("temperature")
        if temperature is None and "temperature" in self.names:
            # "Aker BP 🔥", "Brightwater ❄️", "Grundfos 🔥🔥": with no temperature word, an emoji
            # that shows one without doubt is the lead's temperature (testers who never read
            # this code wrote it so, three times over). 🌡, or emoji that disagree, are asked.
            shown = {_emoji_temperature(w) for w in unread if _temperature_emoji(w.rstrip(",;.!?"))}
            if len(shown) == 1 and None not in shown:
                temperature = self.found["temperature"] = shown.pop()
        if temperature is not None:
            # "het 🔥", "kald ❄️": the emoji says again what the word said
            unread = [w for w in unread if _emoji_temperature(w) is not temperature]
        margin = self.found.get("margin") is not None
        unread = [w for w in unread if not (margin and _word(w) in _MARGIN_WORDS)]  # "18% margin"
        if all(_repeats_kind(_word(word), self.kind) for word in unread):
            return None  # only words that repeat the command: "Statkraft signert 400k"
        return " ".join(unread)


# Session 58. The little word that leads into an amount in the middle of what is said ("på 2,4
# mill for rehab", "offert om 400 tkr", "a quote of £40k"): read with it (folded; "for" and "på"
# open what a deal is for too, which the words after the amount then are; as typed: "før" is
# "before", an earlier figure)
_INTO_MONEY = {"på", "pa", "for", "för", "of", "om"}


def _leads_to_money(unread: list[str]) -> bool:
    """Whether the last word of `unread` leads into the amount read right after it: one of
    _INTO_MONEY, typed with no mark."""
    last = unread[-1]
    return last.casefold() in _INTO_MONEY


_TIMES_WORDS = {"x", "\u00d7", "ganger", "gange", "times", "ggr"}


def _bare(phrase: list[str]) -> bool:
    """ "2000", "25 000": digits alone, no unit, currency or multiplier."""
    return re.fullmatch(r"[0-9][0-9 ]*", " ".join(phrase)) is not None


def _amount_with_unit(tokens: list[str], krone: str) -> bool:
    """An amount with its unit, currency or multiplier among `tokens` ("250k", "kr 250 000",
    "1,2 mill"), not a bare number nor a unit word alone."""
    for i in range(len(tokens)):
        for size in (1, 2, 3, 4):
            said = tokens[i : i + size]
            if len(said) < size or not any(ch.isdigit() for ch in "".join(said)) or _bare(said):
                continue
            try:
                money = parse_amount(" ".join(said), krone=krone)
            except UserError:
                continue
            if money is not None:
                return True
    return False


# The count before a duration's unit ("30", "1,5", "en", "halv"): the units are dates.DURATION_UNITS.
_DURATION_COUNT = re.compile(r"[0-9]{1,3}(?:[.,][05])?|en|ei|ett|one|an|a|halv|half|1½")


def _match_duration(tokens: list[str]) -> tuple[str, int] | None:
    """ "Telia 30 min", "Equinor 2t", "Yara 1,5 timer": the duration as typed, read from the end
    (a meeting's length is no part of the customer's name: "Telia 30" with "min" unread was
    asked before). At least one token is left for the name."""
    last = tokens[-1].rstrip(",;.!?")
    if len(tokens) > 1 and DURATION_GLUED.fullmatch(last):
        return last, 1
    if (
        len(tokens) > 2
        and _word(last) in DURATION_UNITS
        and _DURATION_COUNT.fullmatch(_word(tokens[-2]))
    ):
        return f"{tokens[-2]} {last}", 2
    return None


def _match_temperature(tokens: list[str]) -> tuple[Temperature, int] | None:
    used = 2 if len(tokens) > 2 and _word(tokens[-1]) in _TEMPERATURE_FILLERS else 1
    if qualified_temperature(tokens[: len(tokens) - used]):
        return None  # "Kiwi ikke varm", "Kiwi luke warm": not read, shown unread
    temperature = TEMPERATURES.get(_word(tokens[-used]))
    return (temperature, used) if temperature is not None and len(tokens) > used else None


# lead36: the words of a discount, folded ("rabatt 10%", "rabatt på 10%", "10% discount" is no
# margin); "på"/"of" between are skipped ("margin på 22%" stays a margin)
_DISCOUNT_WORDS = {
    "rabatt", "rabat", "rabatten", "discount", "discounted", "avslag", "avdrag", "nedslag",
    "prisavslag",
}  # fmt: skip


def _a_discount_before(tokens: list[str], at: int) -> bool:
    """Whether the word at `at` (or the one before it, past "på"/"of") is a discount's."""
    while at >= 0 and _word(tokens[at]).rstrip(":") in {"pa", "of"}:
        at -= 1
    return at >= 0 and _word(tokens[at]).rstrip(":") in _DISCOUNT_WORDS


def _beside_a_discount(tokens: list[str], index: int, size: int) -> bool:
    """lead36. A per cent right after or right before a discount's word."""
    after = _word(tokens[index + size]).rstrip(",;:.!") if index + size < len(tokens) else ""
    return _a_discount_before(tokens, index - 1) or after in _DISCOUNT_WORDS


def _match_margin(tokens: list[str]) -> tuple[Decimal, int] | None:
    """`margin 22%`, `db 22 %`, `marginal 22`, or a bare `22%`; 0 < margin <= 100."""
    value, used = tokens[-1], 1
    if _word(value) in _PERCENT_WORDS and len(tokens) > 2:
        value, used = tokens[-2] + "%", 2  # "22 %", "22 prosent", "30 pct"
    has_word = len(tokens) > used + 1 and _word(tokens[-used - 1]).rstrip(":") in _MARGIN_WORDS
    value = value.rstrip(",;!?")
    if value.endswith("%."):
        value = value[:-1]  # session 52: "margin 22%." ends its sentence (was refused)
    if _a_discount_before(tokens, len(tokens) - used - 1):
        return None  # lead36: "rabatt 10%", "discount 10%": a discount, no margin (shown unread)
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


_WEEK_WORDS = {
    "uke", "uka", "uker", "vecka", "veckan", "veckor", "v", "uge", "ugen", "uger", "week",
    "weeks", "wk", "w",
}  # fmt: skip


def _weeks(tokens: list[str]) -> bool:
    """ "uke 25-26", "v. 27–29": weeks said as a range, no amount (session 21: "/logwin Tine 400k
    uke 25-26" was refused as an amount it could not read; asked now, as the span it is)."""
    return (
        len(tokens) >= 2
        and _word(tokens[-2]).rstrip(".") in _WEEK_WORDS
        and re.fullmatch(r"[0-9]{1,2}[-\u2013\u2014][0-9]{1,2}[,;.]?", tokens[-1]) is not None
    )


# Session 41. Words a small number after them counts parts of a deal by ("fase 2", "phase 1",
# "del 1", "trinn 3"), folded: the number is the part's, never an amount
_PARTS = {
    "fase", "phase", "fas", "del", "part", "trinn", "steg", "stage", "step", "etappe", "runde",
    "round", "modul", "module", "lot", "nr", "no", "versjon", "version", "pakke", "paket",
    "package", "tier", "niva", "level",
}  # fmt: skip


def a_year_of_a_deal(year: int, today: date) -> bool:
    """Session 57. A year a deal may be for, said bare: last year to six years ahead."""
    return today.year - 1 <= year <= today.year + 6


def _a_years_number(tokens: list[str], used: int, today: date) -> bool:
    """Session 57. The `used` tokens at the end are a year near today's, bare, right after a
    word, with a figure before them: what the deal is for ("3,5 mnok for skolemat 2027", "850
    t.kr. for vinduespudsning 2027": was an amount of 2 027, the real one asked as unread)."""
    at = len(tokens) - used  # (its VAT words after it: "2027, ekskl. moms")
    said = re.fullmatch(r"(20[0-9]{2})[,;.!]?", tokens[at]) if at >= 2 else None
    return (
        said is not None
        and a_year_of_a_deal(int(said[1]), today)
        and tokens[at - 1].strip(",;:.!?").isalpha()
        and not any(ch.isdigit() for token in tokens[at + 1 :] for ch in token)
        # (review: "40 units at 2030 GBP": a currency after it says money)
        and not any(_word(token).strip(",;.!") in CURRENCY_WORDS for token in tokens[at + 1 :])
        and any(ch.isdigit() for token in tokens[: at - 1] for ch in token)
    )


def _a_numbered_part(tokens: list[str], used: int) -> bool:
    """The `used` tokens at the end are one small bare number right after a word of `_PARTS`."""
    if used != 1 or len(tokens) < 2 or not re.fullmatch(r"[0-9]{1,2}[,;.!]?", tokens[-1]):
        return False
    return _word(tokens[-2]) in _PARTS
