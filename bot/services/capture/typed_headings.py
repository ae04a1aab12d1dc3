"""lists28. Day headings as the sellers type them, written out for the readers of day lists.

A day heading written short ("Man: møte Tine", "Tirs: tilbud Kiwi", "Mån: möte
Volvo", "Thurs - call Boots") is that weekday's heading written out, in every language: read as
the full name (was: "Man: møte Tine" nothing while "Mandag: møte med Tine" was asked, "Man: møte
med Tine" stored sure on Monday while "Mandag: …" was asked). Only a heading is written out:
the short form opening the message, a line, a sentence, a list's item or a bullet, then a colon
or a dash in spaces ("Man kan …", "Fre 14:00" stay as typed)."""

from __future__ import annotations

import re

from bot.services import emoji
from bot.services.dates import fold, weekday_index

# each short form, folded, and the name it stands for (one language's: the readers take the
# Norwegian, Swedish, Danish and English names alike)
_FULL = {
    "man": "mandag", "mon": "Monday", "tir": "tirsdag", "tirs": "tirsdag", "tis": "tisdag",
    "tue": "Tuesday", "tues": "Tuesday", "ons": "onsdag", "wed": "Wednesday",
    "tor": "torsdag", "tors": "torsdag", "thu": "Thursday", "thur": "Thursday",
    "thurs": "Thursday", "fre": "fredag", "fri": "Friday", "lor": "lørdag", "sat": "Saturday",
    "son": "søndag", "sun": "Sunday",
}  # fmt: skip
_SWEDISH = {"man": "måndag", "lor": "lördag", "son": "söndag"}  # "mån", "lör", "sön"
_SHORT = re.compile(
    r"(?:^|(?<=[\n.;,!?])|(?<=[.;,!?:][ \t])|(?<=[^\w\s,.:;()&+/'’-][ \t]))"
    r"(?P<lead>[ \t]*(?:[•·▪◦*\-–][ \t]*)?)"
    r"(?P<day>[^\W\d_]{3,5})\.?(?=[ \t]*:(?!\d)|[ \t]+[-–—][ \t]+)",
    re.IGNORECASE,
)


# Session 51. "Dagens:", "Dagsens:", "Dagens rapport:" heading the day's work: today's ("Dagens:\n-
# møte Orkla Foods …" was an offer to a customer "Dagens"); "Dagens Nyheter" stays a name
_TODAYS = re.compile(
    r"(?im)^(?P<lead>[ \t]*)(?:dagens|dagsens|dagens\s+(?:oppdatering|rapport|status|update)"
    # session 56: "Eod: møte Kongsberg Automotive (bra!), …", "EOD update:", "End of day:",
    # "Dagsrapport:" (the first item was "Eod"'s, dropped)
    r"|eod(?:\s+(?:update|status|report|rapport|oppdatering))?|end\s+of\s+(?:the\s+)?day"
    r"|dagsrapport|dagsstatus|dagsrapporten)"
    r"[ \t]*(?::|[-–][ \t])"
)


# Session 52. The customer named by a label on the first line, the work done with them under it
# ("Kunde: Schibsted\nMøte 1/12 med CMO\nTilbud sendt 3/12 – 2,4 mill": was nothing): read as
# the customer's heading ("Schibsted:\n…")
_A_CUSTOMERS_LABEL = re.compile(
    r"^(?P<lead>[ \t]*)(?:kunde|kund|kunden|customer|client|klient|account|konto)[ \t]*:[ \t]*"
    r"(?P<name>[^\n:]{2,60}?)[ \t]*\n(?=\S)",
    re.IGNORECASE,
)


def written_out(text: str) -> str:
    """The text with each short weekday heading as the day's name; the text itself when none."""
    if ":" not in text and "-" not in text and "–" not in text and "—" not in text:
        return text
    if ("agens" in text or "AGENS" in text or "od" in text.casefold() or "ags" in text) and (
        ":" in text or "-" in text or "–" in text
    ):
        text = _TODAYS.sub(r"\g<lead>I dag:", text)
    if ":" in text and "\n" in text:
        text = _A_CUSTOMERS_LABEL.sub(r"\g<lead>\g<name>:\n", text, count=1)
    return _SHORT.sub(_full, text)


def _full(m: re.Match[str]) -> str:
    said = m["day"]
    folded = fold(said)
    full = _FULL.get(folded)
    if full is None:
        return m.group(0)
    if folded in _SWEDISH and said.lower() in ("mån", "lör", "sön"):
        full = _SWEDISH[folded]
    if said[:1].isupper():
        full = full[0].upper() + full[1:]
    elif full[0].isupper():
        full = full.lower()
    return m["lead"] + full


# An emoji (a pictograph, or Slack's ":slightly_smiling_face:") between one day's entry and the
# next day heading ends the entry, as a full stop would: "Wednesday: meeting with Boots 🙂
# Tomorrow: offer to HSBC", "Mandag: møte med Equinor 👍 Onsdag: …", "… :tada: Fre: …" (was:
# Boots's row dropped and HSBC's moved to Wednesday; the list read as one item). Kept before
# the stop, as typed: what it says about its own entry ("Vant Kiwi 🎉") stays with it.
_DAY_AFTER = re.compile(
    r"[ \t]+(?=(?P<day>i[ \t]*dag|today|i[ \t]*g[åaä]r|yesterday|i[ \t]*morgen|i[ \t]*morgon|"
    r"tomorrow|\d{1,2}[./]\d{1,2}\.?|[^\W\d_]{3,9}\.?)(?:[ \t]*:(?!\d)|[ \t]+[-–—][ \t]+))",
    re.IGNORECASE,
)
_SHORTCODES = re.compile(rf"(?<=[ \t]){emoji.SHORTCODES}$")
_DAY_WORDS = {"idag", "today", "igar", "igaar", "yesterday", "imorgen", "imorgon", "tomorrow"}


def emoji_as_stops(text: str) -> str:
    """The text with a full stop after each emoji that closes a day's entry before the next
    day heading; the text itself when none."""
    out: list[str] = []
    last = 0
    for m in _DAY_AFTER.finditer(text):
        before = text[last : m.start()]
        if not _ends_in_emoji(before) or not _a_day(m["day"]):
            continue
        out.append(before + ".")
        last = m.start()
    if not out:
        return text
    return "".join(out) + text[last:]


def _ends_in_emoji(before: str) -> bool:
    stripped = before.rstrip()
    if not stripped:
        return False
    if _SHORTCODES.search(stripped):
        return True
    tail = stripped[-1]
    return (
        emoji.is_emoji_char(tail)
        and tail not in emoji.JOINERS
        or (tail in emoji.JOINERS and len(stripped) > 1 and emoji.is_emoji_char(stripped[-2]))
    )


def _a_day(word: str) -> bool:
    folded = fold(re.sub(r"\s+", "", word)).rstrip(".")
    return folded in _DAY_WORDS or folded[:1].isdigit() or weekday_index(folded) is not None


# lists28. A capitalised weekday heading right after an entry's last word, in a list of day
# headings ("Uke 48: Man: møte Aker Tirs: tilbud Tine 200k"): a new entry, as after a stop
_RUN_ON = re.compile(r"(?<=\w)[ \t]+(?=(?P<day>[A-ZÆØÅÄÖ][a-zæøåäö]{2,8})\.?[ \t]*:(?!\d))")
_A_HEADING = re.compile(r"(?:^|[\s.:;,!?])(?P<day>[^\W\d_]{3,9})\.?[ \t]*:(?!\d)")


def stops_between_headings(text: str) -> str:
    """The text with a full stop before each capitalised weekday heading that runs on from
    the entry before it, when a weekday heading came earlier; the text itself when none."""
    if text.count(":") < 2:
        return text
    out: list[str] = []
    last = 0
    for m in _RUN_ON.finditer(text):
        if weekday_index(fold(m["day"])) is None:
            continue
        earlier = text[: m.start()]
        if not any(weekday_index(fold(h["day"])) is not None for h in _A_HEADING.finditer(earlier)):
            continue
        out.append(text[last : m.start()] + ".")
        last = m.start()
    return "".join(out) + text[last:] if out else text


# left31. A message that opens with "next <weekday>" as its heading ("Next Thurs: meeting with
# Boots booked", "Neste torsdag: møte med Tine booket", "Nästa tors – möte med Ica bokat"): the
# heading said after its item, as it reads unheaded ("møte med Tine booket neste torsdag"; was
# nothing, the booking dropped unsaid). Only the one heading: a list of days keeps its reader.
_NEXT_HEADING = re.compile(
    r"^[ \t]*(?P<next>next|nxt|neste|nästa|næste)[ \t]+(?P<day>[^\W\d_]{3,9})\.?"
    r"(?:[ \t]*:(?!\d)|[ \t]+[-–—])[ \t]*(?P<item>[^\n]+)$",
    re.IGNORECASE,
)


def next_day_heading_last(text: str) -> str:
    """The text with an opening "next <weekday>:" heading said after its item."""
    m = _NEXT_HEADING.match(text)
    if m is None or weekday_index(_FULL.get(fold(m["day"]), m["day"])) is None:
        return text
    item = m["item"].rstrip()
    if _SHORT.search(item) or ":" in item:
        return text  # another heading follows: a list of days
    return f"{item} {m['next']} {m['day']}"


# heldmsg31. A wrap-up whose items are set off by ticks, on one line: a short heading, then a tick
# (or a run of them) before each item ("Veckan ✔️ möte Postnord ✔️ offert Postnord 640 000 kr ✔️
# Postnord tackade ja idag 🎉", "🗓️ Uke 20 ✔️ 3 møter ✔️ 2 tilbud ✔️ 1 ordre i dag (…)", "Ugen i
# tal ✅✅✅ 3 møder – Velux (man), …"): the heading's colon and the items' commas (was: one whole,
# the win alone read, the meeting and the offer dropped unsaid)
_TICK = r"(?:✔️|✔|✅|☑️|☑)"
_TICKED = re.compile(rf"^(?P<heading>[^\n:✔✅☑]{{2,40}}?)[ \t]*{_TICK}+[ \t]+(?P<rest>[^\n]+)$")
_TICK_BETWEEN = re.compile(rf"[ \t]+{_TICK}+[ \t]+")
_A_WEEK = re.compile(r"\b(?:uke\w*|uka\w*|veka\w*|veck\w*|uge\w*|week\w*|wk|v)\b")


def ticks_as_a_list(text: str) -> str:
    """The text with a ticked one-line wrap-up written as a headed list; the text itself for any
    other ("Man ✅ møde Royal Unibrew, …": a day ticked; "Vant Kiwi ✅": a tick after news)."""
    said = _TICKED.match(text.strip())
    if said is None:
        return text
    heading, rest = said["heading"].strip(), said["rest"].strip()
    words = [w for w in heading.split() if any(c.isalnum() for c in w)]
    if not 1 <= len(words) <= 4 or weekday_index(fold(words[-1]).rstrip(".")) is not None:
        return text
    if not _A_WEEK.search(fold(heading)):
        return text  # "Møte med Tine ✅ gikk bra, …": news ticked, no wrap-up's heading
    items = _TICK_BETWEEN.split(rest)
    if len(items) < 2 and "," not in rest:
        return text  # "Veckan ✔️ möte Postnord": one item, nothing to list
    if any(re.fullmatch(r"[0-9]{1,3}\s+[^\W\d_]+", i.strip()) for i in items):
        return text  # "Uke 20 ✔️ 3 møter ✔️ 2 tilbud ✔️ …": counts, read whole as before
    return f"{heading}: {', '.join(i.strip() for i in items)}"
