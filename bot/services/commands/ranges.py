"""steps30. An offer's or a win's amount written as a range ("/logoffer Posten 250-300k", "1,2–1,5
mill", "250 til 300'", "ca 250-300k"): refused as bad_amount since session 18, though sellers
write it often. A pipeline figure is one amount, and which end the seller means is theirs to
say: asked, the low, middle and high amounts each on its button (the range kept as the note),
never one end stored unasked."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.errors import UserError
from bot.services.amounts import ABOUT_WORDS, Money, parse_amount

_BETWEEN = {"mellom", "mellan", "mellem", "between", "fra", "från", "fro", "from"}
# (heldcmd34: "1,2 eller 1,5 mill", "£1.2m or £1.5m": one of two amounts)
# (mendD34: "800k alt. 1 mill", "1,2/1,5 mill": one of two too, the lead's decision)
_SPLIT = re.compile(
    r"\s*(?:-|–|—|\.\.|/)\s*|\s+(?:til|till|to|og|och|and|eller|or|alt\.?)\s+", re.IGNORECASE
)
# mendD34: two amounts joined by these are alternatives, not a range: no middle between them
_EITHER = {"eller", "or", "alt", "alt.", "/"}
_NUMBER_FIRST = re.compile(r"^[0-9][0-9 .,]*")
_SIGN = re.compile(r"^(?:[£€$]|(?:kr|nok|sek|dkk|eur|gbp|usd)\.? ?)", re.IGNORECASE)


@dataclass(frozen=True)
class RangeSaid:
    span: str  # as typed
    low: Money
    high: Money
    high_text: str  # the high end as an amount of its own ("300k" of "250-300k")
    # mendD34: "1,2 eller 1,5 mill", "NOK 250 000 eller EUR 22 000": two alternatives, each
    # asked on its button with its own currency (no middle); low and high are as typed then
    either: bool = False


class AmountRange(UserError):
    """The amount given as a range: bad_amount for whoever does not ask (its params the same),
    the two ends for the recorder's question."""

    def __init__(self, said: RangeSaid) -> None:
        super().__init__("bad_amount", text=said.span)
        self.said = said


def a_range(span: str, krone: str) -> UserError:
    """The error for an amount range `span`: AmountRange when its two ends read as amounts,
    the low below the high; else the plain bad_amount it always was."""
    plain = UserError("bad_amount", text=span)
    words = span.split()
    while words and (words[0].lower() in ABOUT_WORDS or words[0].lower() in _BETWEEN):
        words = words[1:]
    joined = " ".join(words)
    split = _SPLIT.search(joined)
    if split is None or not split.start() or split.end() == len(joined):
        return plain
    low_text, high_text = joined[: split.start()].strip(), joined[split.end() :].strip()
    either = split.group(0).strip().lower() in _EITHER
    sign = _SIGN.match(low_text)
    said_sign = sign.group(0) if sign and high_text[:1].isdigit() else ""
    low_text = low_text[len(said_sign) :]  # "£20-25k": the sign is both ends'
    again = _SIGN.match(high_text)
    own_sign = high_sign = ""
    if either and sign and again and _sign_key(sign.group(0)) != _sign_key(again.group(0)):
        # mendD34: "NOK 250 000 eller EUR 22 000": each alternative in its own currency (was:
        # refused as no amount since heldcmd34 read "eller" as a range's)
        own_sign, high_sign = sign.group(0), again.group(0)
        low_text, high_text = low_text[len(own_sign) :], high_text[len(high_sign) :]
        said_sign = ""
    elif sign and again and _sign_key(sign.group(0)) == _sign_key(again.group(0)):
        # heldcmd31: "£20k-£25k", "kr 200 000 - kr 250 000": the sign written at both ends is
        # the one sign (was: refused as no amount, or the high end stored, the low unread)
        said_sign = sign.group(0)
        low_text, high_text = low_text[len(said_sign) :], high_text[again.end() :]
    number = _NUMBER_FIRST.match(high_text)
    if number is None or _NUMBER_FIRST.match(low_text) is None:
        return plain
    low_text = _in_the_high_ends_digits(low_text, number.group(0))
    if _NUMBER_FIRST.fullmatch(low_text) and number.end() < len(high_text):
        # "250-300k", "1,2–1,5 mill": the low end is in the high end's unit ("250k")
        low_text += high_text[number.end() - (high_text[number.end() - 1] == " ") :]
    low_text, high_text = said_sign + low_text, said_sign + high_text
    if own_sign:
        low_text, high_text = own_sign + low_text, high_sign + high_text
    try:
        low = parse_amount(low_text, krone=krone)
        high = parse_amount(high_text, krone=krone)
    except UserError:
        return plain
    if either and low is not None and high is not None and 0 < low.amount and 0 < high.amount:
        if (low.amount, low.currency) != (high.amount, high.currency):
            return AmountRange(RangeSaid(span, low, high, high_text, either=True))
    if low is None or high is None or not 0 < low.amount < high.amount:
        return plain
    if low.currency is not None and high.currency is not None and low.currency != high.currency:
        return plain
    return AmountRange(RangeSaid(span, low, high, high_text))


def _sign_key(sign: str) -> str:
    return sign.lower().replace(".", "").strip()


def _in_the_high_ends_digits(low: str, high: str) -> str:
    """ "2-300k" is 200 to 300k, as Norwegians write it: a low end of fewer digits that is the
    high end's leading digit(s) stands for as many digits (200); "5-10k", "90-110k" stay.
    heldcmd34: a high end in thousands groups ("800-900.000 kr", "300–400 000 kr", "5-10 000")
    is read whole (was 800 kr to 900 000 kr), and a low end too small to lead it is in its
    thousands ("5-10.000": 5 000)."""
    low_digits, high_digits = low.strip(), high.strip()
    grouped = _GROUPED.fullmatch(high_digits) is not None
    high_digits = high_digits.replace(" ", "").replace(".", "") if grouped else high_digits
    if not (low_digits.isdigit() and high_digits.isdigit()) or len(low_digits) >= len(high_digits):
        return low
    scaled = int(low_digits) * 10 ** (len(high_digits) - len(low_digits))
    if scaled < int(high_digits):
        return str(scaled)
    zeros = len(high_digits) - len(high_digits.rstrip("0"))
    scaled = int(low_digits) * 10 ** (zeros // 3 * 3)
    return str(scaled) if grouped and zeros >= 3 and scaled < int(high_digits) else low


_GROUPED = re.compile(r"[0-9]{1,3}(?:[ .][0-9]{3})+")
