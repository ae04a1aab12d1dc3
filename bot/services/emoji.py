"""What an emoji is, in one place, for every reader of typed text (log commands, channel
messages, /kpi and /teamstatus arguments): a pictograph (🎉, 👍🏽, 👩‍💼, 1️⃣) or its name as Slack
writes it (:tada:, :+1::skin-tone-2:). Each reader decides what an emoji means to it (log
commands ask about the temperature emoji, channel messages keep a celebration); what is an
emoji is decided here."""

from __future__ import annotations

import re
import unicodedata

# A name as Slack writes an emoji: lower-case letters, digits and _ + - ' between colons
# (":tada:", ":+1:", ":man-woman-boy:", ":e-mail:"), a skin tone after it.
SHORTCODE_NAME = r":[a-z0-9_+'\-]+:"
SHORTCODE = rf"{SHORTCODE_NAME}(?::skin-tone-[2-6]:)?"
# Several written together (":fire::fire:") are one.
SHORTCODES = rf"(?:{SHORTCODE})+"
_ONE_OR_MORE = re.compile(SHORTCODES)

# A pictograph's characters: symbols (So), skin tones (Sk), the keycap (Me), and what joins or
# styles them (zero-width joiner, variation selectors). Currency signs (Sc) are no emoji.
_PARTS = {"So", "Sk", "Me"}
JOINERS = {"\u200d", "\ufe0e", "\ufe0f", "\u20e3"}


def is_emoji_char(ch: str) -> bool:
    return ch in JOINERS or unicodedata.category(ch) in _PARTS


def is_emoji(token: str) -> bool:
    """🎉, 👍🏽, ✅, 🇳🇴 (not a currency sign: "50 000 €", not a letter or digit)."""
    return any(unicodedata.category(ch) == "So" for ch in token) and all(
        is_emoji_char(ch) or unicodedata.category(ch) in ("Mn", "Cf") for ch in token
    )


def is_shortcodes(token: str) -> bool:
    """ ":tada:", ":+1::skin-tone-2:", ":fire::fire:": a token that is emoji names only."""
    return _ONE_OR_MORE.fullmatch(token) is not None


def without_pictographs(text: str, keep: str = "") -> str:
    """`text` with each pictograph character (but those in `keep`) as a space."""
    return "".join(" " if is_emoji_char(ch) and ch not in keep else ch for ch in text)
