"""The text rewrites a channel message goes through before it is weighed (weigh.recognise).

Each rewrite turns one way sellers write into the shape the cue readers know: a list typed on one
line, a form ("Kunde: … Tilbud: …"), a table with bars, a heading over bullets, a run-on dictated
without stops, an aside (who along, whose team, "for the record:") taken out. Pure: text in, text
out; `today` only to date a ticked line's weekday."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.services import emoji
from bot.services.booked_things import things_booked_as_talks
from bot.services.capture import (
    lists,
    owned_days,
    places,
    signals,
    typed_headings,
)
from bot.services.capture.colleague_news import a_colleagues_news_out
from bot.services.capture.discounts_given import a_discount_as_an_offer
from bot.services.commands.step_periods import step_starts
from bot.services.commands.text import (
    CRM_STAGE_LABELS,
    CRM_WHO_LABELS,
    CRM_WHOSE_LABELS,
    as_dictated,
    days_apart_from_their_amounts,
    texted_days,
)
from bot.services.commands.words import (
    SHOPPING_DAY,
    SHOPPING_DAY_SAID,
    VERSION_NUMBER_MARK,
    VERSION_WORD,
    a_role_word,
    is_a_role,
)
from bot.services.dates import (
    a_day_of_the_week_gone,
    fold,
    is_weekday,
    undotted_prefixes,
    weekday_index,
)
from bot.services.ordinal_days import ordinal_days_as_numbers
from bot.services.public_holidays import a_shopping_day_near

# lead37. A post written as a form ("Kunde: Elkjøp Nordic AS. Tilbud: 1 250 000 NOK. Sendt i
# dag.", "Customer: Ocado Group plc. Proposal: £1,250,000. Sent today."): the customer's field,
# then the record's field and its value
_FORM = re.compile(
    r"^\s*(?:kunde|kund|customer|client|account)\s*:\s*(?P<name>[^\n]+?)\s*(?:[.;]\s+|\n\s*)"
    r"(?P<label>[^\W\d_]+)\s*:\s*(?P<value>.+)$",
    re.IGNORECASE | re.DOTALL,
)


_FORM_LINKS = {
    **dict.fromkeys(
        ("tilbud", "offert", "offer", "quote", "proposal", "tilbod", "anbud", "tender"), "til"
    ),
    **dict.fromkeys(("møte", "möte", "møde", "meeting", "mote", "besøk", "besök", "visit"), "med"),
    **dict.fromkeys(("samtale", "samtal", "opkald", "call", "tlf", "telefon"), "med"),
    **dict.fromkeys(
        ("vunnet", "vunnit", "vundet", "won", "ordre", "order", "signert", "signed", "vant"), ""
    ),
    **dict.fromkeys(("tapt", "förlorad", "tabt", "lost"), ""),
}


# Session 59. A form under a heading that names the record ("Møtereferat 🗒️\nKunde: Sparebank 1
# SR-Bank\nDato: fre 11.12\nDeltakere: …\nNeste: workshop 12/1", "Offert:\nKund: Essity\nBelopp:
# 275 000 kr\nUppföljning: mån 11/1", "Quote out 📨\nClient: Whitbread\nValue: £1.2m\nChase: Mon
# 11 Jan"): the customer's field first, the record's field with its day and amount, the step's
# field as "Neste steg:" (were: its day or its step left unread)
_HEADED_KINDS = {
    **dict.fromkeys(
        {
            fold(w)
            for w in """møtereferat mötesanteckningar mødereferat referat møte möte møde
        meeting mtg besøk besök besøg visit kundebesøk kundbesök kundebesøg
        møtenotat mødenotat mötesnotat mötesnoteringar workshop mötesanteckning möteanteckning
        möteanteckningar møtenotater mødenotater""".split()
        },
        "Møte",
    ),
    **dict.fromkeys(
        {
            fold(w)
            for w in """offert offerten tilbud tilbod tilbudet tilbuddet quote proposal sent
        sendt skickad skickat out afsendt""".split()
        },
        "Tilbud",
    ),
    **dict.fromkeys({fold(w) for w in "samtale samtal opkald call".split()}, "Samtale"),
}
# Session 60. Words of a heading that name no record ("Call notes 📞", "Samtalsanteckningar")
_HEADING_NOTES = {fold(w) for w in "notes notat notater anteckningar noter".split()}
# Session 63. A talk's word and the notes' as one ("Mødenoter 📝", "Samtalenotater", "Möteslogg"):
# the talk's heading (was the form's date read as today)
_HEADED_KINDS |= {
    f"{word}{link}{notes}": kind
    for word, kind in list(_HEADED_KINDS.items())
    if kind in ("Møte", "Samtale") and not word.endswith(tuple(_HEADING_NOTES | {"referat"}))
    for link in ("", "s")
    for notes in (*_HEADING_NOTES, "referat", "anteckning", "noteringar", "logg", "log")
}
# Whom the seller went with or met ("Med: meg og Eirik", "Deltog: jag + Johan", "With: me +
# Hannah"), besides the CRM's contact labels: the form's, never a field of something else
_HEADED_WHO = {
    fold(w)
    for w in """med with deltog deltok deltar present närvarande tilstede who vem hvem""".split()
}  # (session 61: "Who: me + Priya", "Vem: jag + Oskar")
# Before the customer in a heading that names the record and the customer ("Møte med Nammo")
_HEADED_LINKS = {fold(w) for w in "med with hos hjå at".split()}
# (review: a heading's word of our own is no customer: "Meeting Board", "Workshop Day 2")
_HEADED_OURS = {
    fold(w)
    for w in """board styret styrelsen bestyrelsen day dag team teamet intern internal
    planning planlegging planering planlægning kickoff kick-off sales salg sälj ledelse
    ledelsen ledningen management weekly ukentlig all alle allmøte offsite strategy strategi
    q1 q2 q3 q4 budget budsjett""".split()
}
_HEADED_WHEN = {fold(w) for w in "dato datum date når när when dag day".split()}
_HEADED_MONEY = {
    fold(w) for w in "beløp belopp beløb verdi värde værdi value amount sum pris price".split()
}
_HEADED_STEP = {
    fold(w)
    for w in ("neste", "nästa", "næste", "next", "neste steg", "nästa steg", "næste skridt",
              "next step", "next steps")
}  # fmt: skip
_HEADED_FOLLOW_UP = {
    fold(w)
    for w in ("oppfølging", "uppföljning", "opfølgning", "follow-up", "follow up", "followup",
              "chase")
}  # fmt: skip
_HEADED_FIELD = re.compile(
    r"^\s*[-•*]?\s*(?P<label>[^\W\d_][\w -]{0,20}?)\s*:\s*(?P<value>\S.*?)\s*$"
)


# Session 61. Where the step is held ("neste steg: demo i Trondheim 28/4"): a town, no customer
# of a second record
_A_TOWN_SAID = re.compile(r"\s+(?:i|in|på)\s+([^\W\d_][\w-]*)")


def _without_its_town(said: re.Match[str]) -> str:
    return "" if said[1][:1].isupper() and places.is_place(said[1]) else said[0]


def _a_headed_form(text: str) -> str:
    lines = [line for line in text.strip().split("\n") if line.strip()]
    if len(lines) < 3:
        return text
    typed = re.findall(r"[^\W\d_][\w&.'-]*", lines[0])
    head = [fold(w).strip(":.!") for w in typed if fold(w).strip(":.!") not in _HEADING_NOTES]
    kinds = {_HEADED_KINDS.get(w) for w in head}
    name = headed = None
    if head and head[0] in _HEADED_KINDS and None in kinds and ":" not in lines[0]:
        # session 60: the heading names the record, then its customer ("Møte Nammo", "Workshop
        # Alfa Laval", "Møte med Nammo"): the customer's, the fields below the rest
        words = typed[1:]
        if words and fold(words[0]) in _HEADED_LINKS:
            words = words[1:]
        if (
            words
            and words[0][:1].isupper()
            and not any(fold(w) in _HEADED_OURS or w.isdigit() for w in words)
        ):
            headed, kinds = " ".join(words), {_HEADED_KINDS[head[0]]}
    if not head or None in kinds or len(kinds) != 1:
        return text
    fields = [_HEADED_FIELD.match(line) for line in lines[1:]]
    if any(f is None for f in fields):
        return text
    said, rest = [], []
    for found in fields:
        assert found is not None
        label, value = fold(found["label"]).strip(), found["value"]
        if label in _CRM_CUSTOMER and name is None:  # (a CRM's and a form's customer label)
            name = value.rstrip(".")
        elif label in _HEADED_WHEN or label in _HEADED_MONEY:
            said.append(value.rstrip("."))
        elif label in _HEADED_STEP:
            rest.append(f"Neste steg: {_A_TOWN_SAID.sub(_without_its_town, value)}")
        elif label in _HEADED_FOLLOW_UP:
            rest.append(f"Neste steg: {found['label'].strip().lower()} {value}")
        elif (
            label not in CRM_WHO_LABELS
            and label not in CRM_WHOSE_LABELS
            and label not in _HEADED_WHO
        ):
            return text  # a field of something else: as typed
    name = name or headed  # (a customer's field first: "Møte tirsdag\nKunde: Tine")
    if name is None:
        return text
    kind = kinds.pop()
    return "\n".join([f"Kunde: {name}", f"{kind}: {', '.join(said) or 'i dag'}", *rest])


def _a_form_as_said(text: str) -> str:
    """lead37. A form's fields said as a sentence ("Tilbud til Elkjøp Nordic AS: 1 250 000 NOK.
    Sendt i dag."); the text as typed when it is no such form (was: nothing read)."""
    found = _FORM.match(text)
    if found is None or found["label"].casefold() not in _FORM_LINKS:
        return text
    label, name = found["label"], found["name"].rstrip(".")
    link = _FORM_LINKS[label.casefold()]
    return f"{label} {link} {name}, {found['value']}".replace("  ", " ")


# lead37: an amount, then a month's short word after a space ("95k mnd", "95K MÅN", "95k md"):
# a price a month, as "95k/mnd" is (was: "MÅN" a Monday, "MND" a customer, "md" nothing)
_A_MONTH_UNIT_SPACED = re.compile(
    r"(?i)(?<=\d[kKmM])[ \t]+(?=(?:mnd|mån|md|mdr|mo|mth)(?![\w/]))"
    r"|(?<=\d[ \t]kr)[ \t]+(?=(?:mnd|mån|md|mdr)(?![\w/]))"
)


# lead35. An arrow between clauses ("Møtte Tine i dag -> sender tilbud fredag", "Met Tesco today →
# proposal Friday", Slack's "&gt;" for ">"): a comma, as a seller means it (was: the meeting dated
# the Friday gone, sure, and the step "sender" due today)
_ARROWS = re.compile(r"(?<=\S)[ \t]+(?:-+>|=+>|→|⇒|>+|(?:&gt;)+)[ \t]+(?=\S)")


_NOTES_FROM_WITH_ITS_DAY = re.compile(
    r"(?i)^\s*(?:notes|meeting\s+notes|minutes|recap|debrief|referat|møtereferat|mødereferat|"
    r"mötesreferat|anteckningar|mötesanteckningar|notater|noter|notat|mødenoter|møtenotater)"
    r"\s+(?:from|fra|från|frå|fr\.|with|med|w/|m/)\s+"
    r"(?P<name>(?-i:[A-ZÆØÅÄÖ0-9])[^()\n,:]{0,40}?)\s*\((?P<day>[^()\n]{2,20})\)"
)
_NXT_WEEK = re.compile(r"(?i)\bnxt\.?(?=\s+(?:week|wk|wks|weeks)\b)")
_WOULD = re.compile(r"(?i)\b(i|we|they|he|she|you|who)['\u2019]d\s")


# Session 64. An emoji between a sentence's words, then a step ("Budsjettet for Q1 er godkjent 💰
# ny prat i morgen kl 9"): the emoji ends the clause, as a comma would (was no step read)
_AN_EMOJI_BETWEEN_WORDS = re.compile(
    r"(?<=[^\W\d_])(?P<emoji>[ \t]+(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?)+)[ \t]+"
    r"(?=[^\W\d_])"
)


def _a_step_after_an_emoji(said: re.Match[str]) -> str:
    if any(tick in said["emoji"] for tick in "\u2705\u2714\u2611"):
        return said[0]  # a tick parts items its own way (_A_TICK_BETWEEN)
    after = [fold(word).strip(",;:.!?") for word in said.string[said.end() :].split()[:3]]
    return f"{said['emoji']}, " if after and step_starts(after) == 0 else said[0]


# Session 39. "Gave Boots a ring", "gave Greggs a bell", "gave them a buzz": a call, said the
# British way (was nothing)
# Session 57. "Tried Equinor UK 3 times today, no answer", "Prøvde Obos i dag, ingen svar": a
# call tried, said by the trying and whom, nobody answering in the same sentence
_TRIED_WHOM = re.compile(
    r"(?i)\b(?P<tried>tried|prøvde|prøvet|prøvede|försökte|provade|forsøkte|forsøgte)\s+"
    r"(?!(?:whatsapp|linkedin|teams|email|e-mail|mail|sms|slack|zoom)\b)"
    r"(?![^\n.!?]*\b(?:by|via|per|på|on|over|med)\s+(?:e-?mail|mail|whatsapp|sms|text|linkedin|"
    r"teams|slack|mejl|e-post|epost)\b)"
    r"(?=(?-i:[A-ZÆØÅÄÖ])[^\n.!?]*?\b(?:no\s+answer|no\s+reply|no\s+pick\s?up|voicemail|"
    r"ingen\s+svar|inget\s+svar|intet\s+svar|ikke\s+svar|inte\s+svar|svarte\s+ikke|"
    r"svarade\s+inte|svarede\s+ikke|telefonsvarer|röstbrevlåda|"
    # session 66: "prøvde Alta Kraftlag to ganger i dag, ingen svarer"
    r"ingen\s+(?:som\s+|der\s+)?svar(?:er|ar)|nobody\s+answer(?:ed|ing))\b)"
)
_TRIED_CALLING = {
    "tried": "tried calling", "prøvde": "prøvde å ringe", "prøvet": "prøvet å ringe",
    "prøvede": "prøvede at ringe", "försökte": "försökte ringa", "provade": "provade att ringa",
    "forsøkte": "forsøkte å ringe", "forsøgte": "forsøgte at ringe",
}  # fmt: skip
# Session 57. A step's noun, then that it is booked, then its day ("Follow-up booked Friday",
# "Oppfølging booket fredag", "next meeting scheduled for the 14th"): the noun and the day, as
# a step is read (was no step: the booking word stood between them)
_A_STEP_BOOKED = re.compile(
    r"(?i)\b(?P<noun>follow[- ]?up|followup|oppfølging|uppföljning|opfølgning|"
    r"(?:neste|nästa|næste|next|nytt|ny|new)\s+(?:møte|möte|møde|meeting|mtg|call|samtale|"
    r"samtal|opkald|demo))\s+(?:is\s+|er\s+|är\s+)?(?:booked|booket|bokad|bokat|booket|"
    r"scheduled|planned|planlagt|planerad|planerat|satt\s+opp|satt\s+upp|sat\s+op|lagt\s+inn|"
    r"booked\s+in)\s+(?:for\s+|til\s+|till\s+|på\s+|on\s+)?(?=\w)"
    r"(?!(?:with|med|hos|at|w|m|sammen|tillsammans|together)\b|(?-i:[A-ZÆØÅÄÖ])[a-zæøåäö]+\s"
    r"(?:[A-ZÆØÅÄÖ]|for|til|on|på))"
)
# Session 57. News told of a customer, then "they" acting ("Bad news on Network Rail :( They
# went with Amey.", "Dårlige nyheter om Tine: de valgte Coor"): the customer as the doer (was
# nothing: "they" named no one), the news and its face kept
_NEWS_ON_THEN_THEY = re.compile(
    r"(?P<news>\b(?i:bad\s+news|good\s+news|news|update|dårlige\s+nyheter|dårlig\s+nytt|"
    r"gode\s+nyheter|godt\s+nytt|dåliga\s+nyheter|tråkiga\s+nyheter|goda\s+nyheter|"
    r"dårlige\s+nyheder|gode\s+nyheder|nyt)\s+(?i:on|om|fra|från|from|about|angående|ang\.?|"
    r"re:?|fra|med|with|for)\s+)"
    r"(?P<name>[A-ZÆØÅÄÖ0-9][\w&.'-]*(?:[ \t]+[A-ZÆØÅÄÖ0-9&][\w&.'-]*){0,3})"
    r"(?P<mid>[ \t]*(?:[.!:;–—-]+|:[a-z_]+:|:\(|:-\(|[\U0001F300-\U0001FAFF])?"
    r"(?:[ \t]*(?::[a-z_]+:|:\(|:-\(|[\U0001F300-\U0001FAFF]))*[ \t]*)"
    r"(?i:they|de|dom|dei)[ \t]+(?=\w)"
)
_GAVE_A_RING = re.compile(
    r"(?i)\b(?:gave|given|give)\s+((?:(?:[A-Z][\w'’&.-]*|&)\s+){0,3}?[A-Z][\w'’&.-]*|them|him|her)"
    r"\s+a\s+(?:ring|bell|buzz|call|tinkle)\b"
)


# Session 39. Slack's strikethrough, what its author took back: "~Tilbud til Tine 300k~ 350k"
# (the amount struck, the new one after it), "Møte med ~Tine~ Kiwi i dag" (the name put right),
# "~Vant Tine~" alone (taken back whole)
_STRUCK = re.compile(r"(?<![\w~])~([^~\n]{1,200})~(?!\w)[ \t]*(?=(\S?))")


def _struck_out(match: re.Match[str]) -> str:
    struck, after = match[1].split(), match[2]
    if struck and struck[-1][:1].isdigit() and after[:1].isdigit():
        return " ".join(struck[:-1]) + " "  # the amount struck, its replacement follows
    return ""


# Session 39. "Var med @Kari hos Equinor i går", "Was with @Sam at Boots yesterday", "Var sammen
# med Kari hos Tine": a colleague along, said between "var" and "hos"; the visit read as "Var hos
# Equinor i går" (was nothing, or the day lost)
_ALONG_BEFORE_THE_VISIT = re.compile(
    r"(?i)\b(var|va|vi var|was|were|vart)\s+(?:sammen\s+med|tillsammans\s+med|med|with|m/)\s+"
    r"(?:@[\w.-]+|<@\w+(?:\|[^>]*)?>|[A-ZÆØÅÄÖ][a-zæøåäöé]+)\s+(?=(?:hos|at|på)\s)"
)


# lead36. "Ny kunde! Fjordkraft 180k", "New client!! Greggs £30k", "Ny kund 🎉 Lindex 400 tkr":
# the cheer after the heading is its colon (was: the heading a sentence alone, nothing read)
_NEW_CUSTOMER_CHEERED = re.compile(
    r"^\s*((?:ny|nye|nya|nyt|new)\s+(?:kunde|kund|customer|client|account))\s*"
    r"(?:!+|[🎉🥳🍾🚀💪🙌]+)(?:\s*[🎉🥳🍾🚀💪🙌!]+)*\s+(?=\S)",
    re.IGNORECASE,
)


# lead36 (recognise): a message that says it was posted or said before, or heard from others
_INLINE_BULLETS = re.compile(r"(?<=\S)\s+[•▪◦‣∙]\s+")


# lead36. "Tapte Kongsberg 😭 men fikk Kitron i stedet, 400k", "Förlorade Saab men fick Hexagon
# istället", "Lost Asda but got Morrisons": after a loss, "but got" a customer is a win (was: the
# loss alone, the win its reason)
_LOST_BUT_GOT = re.compile(
    r"^(.*?\b(?:tapte|tapt|förlorade|förlorat|forlorade|tabte|tabt|lost|mistet|mista|mistede)\b"
    r"[^.!?]*?\b(?:men|but)\s+(?:vi\s+|we\s+|jeg\s+|jag\s+)?)(?:fikk|fick|fik|got|landet|landa|"
    r"landade|landede|landed)\s+(?=(?-i:[A-ZÆØÅÄÖ]))",
    re.IGNORECASE | re.DOTALL,
)


# lead36. "kunde i Bergen (Frende) har signert 95k", "Kund i Malmö (Skanska) har beställt",
# "Customer in Leeds (Asda) signed today": the customer named in brackets after the word for one
# (was nothing: no customer)
_CUSTOMER_IN_BRACKETS = re.compile(
    r"\b(?:en\s+|ein\s+|a\s+|the\s+|vår\s+|our\s+|ny\s+|new\s+)?(?:kunde|kunden|kund|"
    r"customer|client|klient|klienten|prospect|prospekt)(?:\s+(?:i|in|fra|från|from|på)\s+"
    r"[A-ZÆØÅÄÖ][\w-]+)?\s*\(((?-i:[A-ZÆØÅÄÖ])[^()\d]{0,40})\)",
    re.IGNORECASE,
)


# lead36. A heading of wins ("Today's wins:", "Dagens salg:", "Ukens affärer:", "New win!"): its
# items are wins, as under "Won today:" (was: nothing, or the heading a customer "Dagens")
_WINS_HEADING = re.compile(
    r"^\s*(?P<whose>today'?s|todays|dagens|this\s+week'?s|ukas|ukens|veckans|ugens|new|nye?|nya|"
    r"nyt)?\s*(?P<noun>wins?|sales?|salg|salget|affärer|affär|affären|avslut|deals?)"
    r"(?P<day>\s+(?:today|i\s*dag|this\s+week|denne\s+uk[ae]n?|denna\s+vecka|denne\s+uge))?"
    r"\s*(?:[:!]+|[🎉🥳🍾🚀💪🙌]+)(?:\s*[🎉🥳🍾🚀💪🙌!]+)*\s+(?=\S)",
    re.IGNORECASE,
)


_WEEKS_WHOSE = {"this week's", "this weeks", "ukas", "ukens", "veckans", "ugens"}


def _wins_heading(said: re.Match[str]) -> str:
    """ "Won today: ", "Won this week: " or "Won: " for a heading of wins (`_WINS_HEADING`);
    "Sales:" or "Deals:" alone name no wins (a pipeline's heading) and stay as typed."""
    whose = " ".join((said["whose"] or "").lower().split())
    day = fold(" ".join((said["day"] or "").split()))
    if not whose and not day and said["noun"].lower() not in ("win", "wins"):
        return said[0]
    if whose in _WEEKS_WHOSE or day in ("this week", "denne uka", "denne uken", "denne uke",
                                         "denna vecka", "denne uge"):  # fmt: skip
        return "Won this week: "
    if whose in ("today's", "todays", "dagens") or day in ("today", "i dag", "idag"):
        return "Won today: "
    return "Won: "


_BULLET_LINE = re.compile(r"^\s*(?:[-•*·▪–]|[0-9]{1,2}[.)])\s+(?P<item>\S.*)$")


def _bullets_under(lines: list[str], at: int) -> list[str]:
    """The items of the bullets right under line `at` (as typed, stripped), to the first line
    that is no bullet."""
    items = []
    for below in lines[at + 1 :]:
        bullet = _BULLET_LINE.match(below)
        if bullet is None:
            break
        items.append(bullet["item"].strip())
    return items


def _wins_listed_under(text: str) -> str:
    """lead38. A heading of wins on a line of its own, its wins bulleted under it ("Today's
    wins:\n- Tesco £40k\n- Boots £25k"): the items on the heading's line, one after another
    ("Today's wins: Tesco £40k, Boots £25k"), as the heading's wins are read in one line (was:
    the first win alone, the others dropped unasked)."""
    lines = text.split("\n")
    for at, line in enumerate(lines[:-1]):
        heading = _WINS_HEADING.match(line + " x")
        if (
            heading is None
            or heading.end() != len(line) + 1
            or not _wins_heading(heading).startswith("Won")
        ):
            continue
        items = [item.rstrip(",;") for item in _bullets_under(lines, at)]
        if len(items) < 2:
            continue
        joined = f"{line.rstrip()} {', '.join(items)}"
        return "\n".join([*lines[:at], joined, *lines[at + 1 + len(items) :]])
    return text


# Session 50. A heading of talks, counted or not, with their day ("Two meetings today :muscle:",
# "Møter i dag:", "3 samtal igår"); its items bulleted under it, each a customer
_TALKS_HEADING = re.compile(
    r"(?i)^\s*(?:(?P<count>\d{1,2}|two|three|four|five|to|tre|fire|fem|två|fyra)\s+)?"
    r"(?P<noun>meetings|calls|møter|möten|møder|moter|moten|moder|samtaler|samtal|opkald)"
    r"(?P<when>(?:\s+[^\W\d_]+){0,3}?)\s*(?::[a-z0-9_+-]+:|[^\w\s]|\s)*$"
)


_ONE_TALK = {
    "meetings": "meeting", "calls": "call", "møter": "møte", "moter": "møte", "möten": "möte",
    "moten": "möte", "møder": "møde", "moder": "møde", "samtaler": "samtale", "samtal": "samtal",
    "opkald": "opkald",
}  # fmt: skip


_COUNTED_WORDS = {
    "two": 2, "to": 2, "tre": 3, "three": 3, "four": 4, "fire": 4, "fyra": 4, "five": 5, "fem": 5,
    "två": 2,
}  # fmt: skip


_AN_ITEMS_NAME = re.compile(
    r"^(?P<name>[A-ZÆØÅÄÖ0-9][\w&'’.-]*(?: [A-ZÆØÅÄÖ0-9][\w&'’.-]*){0,3})"
    r"(?:\s*(?::|\s[-–—])\s*(?P<rest>.*))?$"
)


def _talks_listed_under(text: str) -> str:
    """Session 50. A heading of talks with their customers bulleted under it ("Two meetings
    today :muscle:\n• Sparebank 1 SR-Bank – discovery, went well\n• Orkla – follow-up on the
    pricing"): each item read as its own talk on the heading's day ("Sparebank 1 SR-Bank:
    meeting today – discovery, went well"), as the post written line by line is (was: one
    meeting asked as said twice, or refused as counted)."""
    lines = text.split("\n")
    heading = _TALKS_HEADING.match(lines[0])
    if heading is None or len(lines) < 3:
        return text
    items = []
    for below in lines[1:]:
        bullet = _BULLET_LINE.match(below)
        if bullet is None:
            return text
        item = _AN_ITEMS_NAME.match(bullet["item"].strip())
        if item is None or signals._is_ordinary(signals.tokenise(item["name"])[0]):
            return text
        items.append(item)
    count = heading["count"]
    if count is not None:
        said = int(count) if count.isdigit() else _COUNTED_WORDS.get(count.casefold())
        if said != len(items):
            return text
    talk = _ONE_TALK[heading["noun"].casefold()]
    when = heading["when"].strip()
    lines = []
    for item in items:
        rest = item["rest"] or ""
        # the talk said again in the item ("Volvo: bra möte"): its own words, the day before
        said = talk if fold(talk) not in fold(rest) else ""
        opening = " ".join(filter(None, (said, when)))
        lines.append(f"{item['name']}: {opening}" + (f" – {rest}" if rest else ""))
    return "\n".join(lines)


_LABEL_LINE = re.compile(
    r"^\s*(?P<label>[A-ZÆØÅÄÖ][\w&'’.-]*(?: [A-ZÆØÅÄÖ0-9][\w&'’.-]*){0,3})\s*:\s*$"
)


def _label_over_its_bullets(text: str) -> str:
    """Session 50. A customer's name on a line of its own with a colon, its work bulleted under
    it ("Ström Fastigheter AB:\n- möte igår på deras kontor\n- skickade offert idag på 480 000
    kr"): each item read with the name as its label ("Ström Fastigheter AB: möte igår …"), as
    the same post written line by line is (was: nothing read, no reply)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    for at, line in enumerate(lines[:-2]):
        label = _LABEL_LINE.match(line)
        if (
            label is None
            or not _a_customers_label(label["label"])
            or WRAP_UP_HEADING.match(line) is not None
        ):
            continue
        items = _bullets_under(lines, at)
        if len(items) < 2 or any(_a_name_of_its_own(item) for item in items):
            continue  # "Dagens:\n- Møte Telenor\n- Tilbud Ice 450k": a heading of a day
        items = [f"{label['label']}: {item}" for item in items]
        return "\n".join([*lines[:at], *items, *lines[at + 1 + len(items) :]])
    return text


def _a_name_of_its_own(item: str) -> bool:
    """An item that names someone itself: a capitalised word past its first ("Møte H&M")."""
    return any(word[:1].isupper() for word in item.split()[1:])


_NAME_LABEL = r"[A-ZÆØÅÄÖ][\w&'’.-]*(?: [A-ZÆØÅÄÖ0-9][\w&'’.-]*){0,2}:\s"


_LABEL_OPENS = re.compile(rf"^\s*{_NAME_LABEL}")


_LABEL_AFTER_A_STOP = re.compile(rf"(?<=[.!;])\s+(?={_NAME_LABEL})")


# Session 53. A post titled with its customer, then a sentence opened by another's name
# ("Oppdatering Lerøy Seafood: hadde møte med dem på tirsdag, sendte tilbud … i dag. Mowi takket
# nei i går, …"): that sentence a line of its own, the title's customer the rest's (was the loss
# alone, the meeting and the offer dropped)
_TITLED = re.compile(
    r"^\s*(?:(?i:oppdatering|uppdatering|opdatering|update|status)\s+(?i:on\s+|om\s+|på\s+)?)?"
    r"(?P<name>[A-ZÆØÅÄÖ][\w&'’.-]*(?: [A-ZÆØÅÄÖ0-9][\w&'’.-]*){0,2}):\s"
)
# a stop after a word of four letters or more, or a small one, never an abbreviation's ("Chr.
# Hansen", "Alm. Brand", "St. Olav")
_A_SENTENCE_OF_ITS_OWN = re.compile(
    r"(?P<before>[\w)]+)(?P<stop>[.!])\s+(?=(?P<word>[A-ZÆØÅÄÖ][\w&'’-]*))"
)


def _another_customers_sentence_apart(text: str) -> str:
    titled = _TITLED.match(text)
    if titled is None or "\n" in text.strip() or "|" in text:
        return text
    if not _a_customers_label(titled["name"]) or fold(titled["name"]) in _CRM_CUSTOMER:
        return text  # "Kunde: …", "Account: …": a form's label
    title = fold(titled["name"])

    def apart(m: re.Match[str]) -> str:
        before = m["before"]
        if before[:1].isupper() and len(before) <= 3:
            return m[0]  # an abbreviation's dot
        word = signals.tokenise(m["word"])
        if not word or signals._is_ordinary(word[0]) or word[0].folded in signals.FIRST_NAMES:
            return m[0]
        return m[0] if title.startswith(word[0].folded) else f"{before}{m['stop']}\n"

    return _A_SENTENCE_OF_ITS_OWN.sub(apart, text)


def _labelled_sentences_as_lines(text: str) -> str:
    """lead38. "Tine: møte i dag, varm. Kiwi: tilbud 250k sendt. Orkla: tapt (pris)": a line of
    sentences each opened by its customer and a colon, read as the lines they stand for, as
    the same post written line by line is (was: the last sentence alone, the meeting and the
    offer dropped unasked)."""
    lines = []
    for line in text.split("\n"):
        opening = _LABEL_OPENS.match(line)
        if opening is not None and _LABEL_AFTER_A_STOP.search(line):
            labels = [opening[0]] + [
                line[m.end() :].split(":", 1)[0] for m in _LABEL_AFTER_A_STOP.finditer(line)
            ]
            if all(_a_customers_label(label) for label in labels):
                line = _LABEL_AFTER_A_STOP.sub("\n", line)
        lines.append(line)
    return "\n".join(lines)


def _a_customers_label(label: str) -> bool:
    """A label that names a customer, not a day or a heading ("Mandag:", "Update:", "Kunde:")."""
    first = signals.tokenise(label.strip().rstrip(":"))
    return bool(first) and not signals._is_ordinary(first[0]) and not is_weekday(first[0].folded)


# Session 47. A sentence opened by "Om" (if), a name, then what the customer does ("Om Volvo valde
# oss blir det 2,2 mkr", "Om Tine signerer …"): a condition, read as "Ifall" is (was a win of a
# customer "Om Volvo", stored); "Om Tine-møtet: …" (about) stays as typed.
_IF_A_NAME = re.compile(
    r"(?m)(?:^|(?<=[.!?]\s))Om\s+(?=[A-ZÆØÅÄÖ][\w&.'-]*(?:\s+[A-ZÆØÅÄÖ0-9][\w&.'-]*){0,3}\s+"
    r"(?:valde|valgte|valgt|valt|väljer|velger|vælger|signerer|signerar|signar|signer|skriver|"
    r"tackar|takker|takkar|sier|säger|siger|sa|sagde|vinner|vant|vann|vandt|köper|kjøper|køber|"
    r"går|godkjenner|godkänner|godkender|accepterar|aksepterer|bestiller|beställer)\b)"
)


_ABOUT_A_NAME = re.compile(
    r"(?m)^\s*Om\s+(?=[A-ZÆØÅÄÖ][\w&.'-]*(?:\s+[A-ZÆØÅÄÖ0-9][\w&.'-]*){0,3}:)"
)


# heldmsg32. A voice-dictated run-on, no stop or comma in it ("hadde møte med Yara i dag det gikk
# veldig bra de vil ha tilbud innen fredag så jeg sender det på torsdag", "just had a meeting with
# Vodafone they want a proposal by friday so ill send it over thursday"): a comma before the words
# that open a clause of their own (how it went, the customer's wish, the author's step), as a
# typing seller writes it
_RUN_ON_OPENERS = re.compile(
    r"\s+(?=(?:(?:det|it|de|dom|dei|they|they'?re|theyre|men|but)\s+"
    r"(?:gikk|gick|gik|went|was|var|vil|vill|ville|want|wants|wanted|are|er|är)|"
    r"(?:jeg|jag|i|ill|i'?ll|we|vi)\s+(?:sender|skickar|send|will|skal|ska|følger|följer|"
    r"ringer|ringar|call)|"
    # session 53: another record of the run-on, or their answer ("… nice guy they're reviewing
    # suppliers in January also spoke to Imperial College on the phone this morning they said
    # no thanks …": the call was read as the meeting's, and no loss)
    r"(?:also|og\s+så|and\s+then|then|sen|sedan|deretter|etterpå|efterpå|dessuten|plus)\s+"
    r"(?:spoke|talked|called|rang|phoned|met|sent|ringte|ringde|ringede|sendte|skickade|møtte|"
    r"mødte|träffade|hadde|hade|havde|had)|"
    r"(?:they|de|dom|dei)\s+(?:said|sa|sade|sagde))\b)",
    re.IGNORECASE,
)


# Session 55. A second outcome after "but" with no comma before it ("vant Telenor men tapte
# Storebrand til Visma", "won Tesco but lost Asda"): a clause of its own, as with the comma (was
# the win alone, the loss dropped)
_BUT_AN_OUTCOME = re.compile(
    r"(?<=\w)(?=\s+(?:men|but)\s+(?:lost|tapte|tapade|tappade|förlorade|forlorade|tabte|mistet|"
    r"mistede|won|vant|vann|vandt|signed|signerte|signerade|underskrev)\s)",
    re.IGNORECASE,
)


_RUN_ON_MIN_WORDS = 8  # session 53: was 10 ("möte med arla sverige idag de vill ha offert")


def _run_on_punctuated(text: str) -> str:
    # heldmsg34: a date's or a number's own dots ("… så vi tar det 2.8. når hun er tilbake")
    # are no punctuation of the run-on
    # (session 47: an emoji's name as Slack sends it, ":tada:", is no colon: "Møte med Tine i
    # går :tada: de vil se en pilot" reads as with 🎉, was left unpunctuated and read as nothing)
    bare = _NUMBERS.sub("", re.sub(emoji.SHORTCODES, " ", text))
    if len(text.split()) < _RUN_ON_MIN_WORDS or re.search(r"[.,;:!?\n•–—-]", bare):
        return text
    return _RUN_ON_OPENERS.sub(", ", text)


_NUMBERS = re.compile(r"[0-9][0-9.,:/-]*")


# Session 43. "mødte Mads fra Lego og Sofie fra Vestas i dag", "met Anna from Boots and Tom from
# Greggs": two people, each of a company, met together: the two companies, each asked (was the
# known one alone, the other dropped)
_FROM_WORDS = r"(?:fra|från|frå|from|hos|at|på)"


_PEOPLE_OF_TWO = re.compile(
    rf"(?<!\w)([A-ZÆØÅÄÖ][a-zæøåäöéü]+)\s+{_FROM_WORDS}\s+(\S+(?:\s+[A-ZÆØÅÄÖ0-9]\S*)*?)"
    rf"\s+(og|och|and|&)\s+([A-ZÆØÅÄÖ][a-zæøåäöéü]+)\s+{_FROM_WORDS}\s+(?=[A-ZÆØÅÄÖ0-9])"
)


def _two_companies_of_people(m: re.Match[str]) -> str:
    people = (fold(m[1]), fold(m[4]))
    if not all(p in signals.FIRST_NAMES for p in people) or not m[2][:1].isupper():
        return m[0]
    return f"{m[2]} {m[3]} "


# Session 43. A comma or full stop typed with no space after it between two words ("möte m ICA
# igår,gick bra", "Fikk nei fra Elkjøp.valgte å bygge selv"): two words, the stop between them
# (was a day missed, a customer "Elkjøp.valgte"). Never in numbers ("1,2 mill", "3.12."), web
# or e-mail addresses ("elkjop.no", "www.tine.no": a short last part, or a dot before), nor
# abbreviations ("f.eks", "bl.a", "t.kr": one or two letters before the stop).
_GLUED_STOP = re.compile(
    r"(?<![\w.@/])([A-Za-zÆØÅÄÖæøåäöÉéü]{3,}[,.])(?=[a-zæøåäöéü]{4,}(?![\w.@/]))"
)


# heldmsg32. "week commencing", "week beginning", "week starting" before a date: "w/c"
_WEEK_COMMENCING = re.compile(r"(?<!\w)week\s+(?:commencing|beginning|starting)(?!\w)", re.I)


# mendJ31. A week's wrap-up heading ("Week wrap-up:", "Ugens opsummering:", "Veckosammanfattning:",
# "Ukeoppsummering:", "Veckans summering:"): a heading, never a customer
WRAP_UP_HEADING = re.compile(
    r"^\s*(?:[^\W\d_]+\s+)?(?:[^\W\d_]*(?:sammanfattning|summering|opsummering|oppsummering"
    r"|oppsummert|sammendrag|sammandrag|resume)|(?:week(?:ly)?\s+)?(?:wrap[- ]?up|summary|recap))"
    r"\s*:\s*",
    re.IGNORECASE,
)


# Session 56. A first line that heads the lines under it with no colon ("Weekly wrap 📋\nMon –
# mtg Tesco\n…", "Ukens oppsummering\n…": the Monday meeting was dated today, sure)
_A_HEADING_WITHOUT_ITS_COLON = re.compile(
    r"\A[ \t]*(?P<head>(?:[^\W\d_]+[ \t]+){0,2}(?i:weekly\s+wrap|week\s+wrap|wrap[- ]?up|"
    r"weekly\s+update|weekly\s+recap|week\s+recap|recap|summary|weekly\s+summary|"
    r"[^\W\d_]*oppsummering|[^\W\d_]*opsummering|[^\W\d_]*sammanfattning|[^\W\d_]*summering|"
    r"ukas?\s+logg|ukens\s+logg|veckans\s+logg|ugens\s+log|uka\s+mi|veckan|ugen\s+min|"
    r"my\s+week|week\s+so\s+far))[^\w\n:]*\n(?=[ \t]*\S)"
)


_A_TICK_BETWEEN = re.compile(
    r"(?P<item>(?<![^\s:;,.])(?i:mtg|møte|møde|möte|meeting|call|tlf|samtal|samtale|opkald|demo|"
    r"besøk|besök)[ \t]+[^\W\d_][^\n\u2705\u2714\u2611,;:]{0,60}?)"
    r"[ \t]*(?P<tick>[\u2705\u2714\u2611]\ufe0f?)[ \t]+(?=[^\W\d_])"
)


_A_TICK_BEFORE_A_RECORD = re.compile(
    r"(?<=\S)(?P<tick>[ \t]*[\u2705\u2714\u2611]\ufe0f?)[ \t]+(?=(?i:lost|won|tapte|tapt|vant|vann|"
    r"vandt|tabte|tabt|förlorade|signed|signert|signerade|sent|sendt|skickade|offer|tilbud|offert|"
    r"quote|mtg|møte|møde|möte|meeting|call|tlf|ringte|ringde|ringede|called|met|møtte|"
    r"träffade)\b)"
)


def _a_tick_parting(found: re.Match[str]) -> str:
    """The tick parts two items when an item of three words or more stands before it ("offer to
    Jordan AS sent, kr 149.900,- ✅ lost …"); after a name alone it says the name's ("Tine ✅ møte
    i dag")."""
    before = re.split(r"[\n\u2705\u2714\u2611;]", found.string[: found.start()])[-1]
    return f"{found['tick']}; " if len(before.split()) >= 3 else found[0]


# lead37: the meeting's short word as a line's label ("mø: Tine, Kiwi", "mød: Lego, Pandora")
_SHORT_MEETINGS_LABEL = re.compile(r"(?im)^(\s*)(?:mø|mød|mö|møt)\s*:(?=\s*\S)")


# Session 52. Whom the talk was with, in brackets after the customer: their role, maybe their
# name ("met with Storebrand (Ingrid, head of HR)", "(head of HR)", "(CFO + innkjøpssjef)":
# was nothing, the role's words read as names): no part of what is recorded
_AN_ASIDE_IN_BRACKETS = re.compile(r"[ \t]*\((?P<inner>[^()\n]{2,60})\)")


_ROLE_LINKS = {"of", "for", "av", "för", "fra", "og", "och", "and", "&", "+", "the", "i", "på"}


def _whom_in_brackets_dropped(found: re.Match[str]) -> str:
    words = found["inner"].replace(",", " ").replace("/", " ").split()
    roles = [w for w in words if a_role_word(w)]
    if not roles:
        return found[0]
    rest = [w for w in words if not a_role_word(w)]
    if all(fold(w) in _ROLE_LINKS or fold(w) in signals.FIRST_NAMES for w in rest):
        return ""
    return found[0]


# Session 52. A line ticked done with its weekday in brackets ("✅ Møte Statkraft (ons)",
# "✔️ demo w/ Kahoot (Wed)"): the latest such day, written as its date (was dated today, or
# nothing: "Møte Statkraft onsdag" may be to come)
_A_TICKED_LINES_DAY = re.compile(
    r"(?m)^(?P<head>[ \t]*[\u2705\u2714\u2611]\ufe0f?[^\n()]*?)\((?P<day>[^\W\d_]{2,9})\.?\)"
)


def _ticked_day(found: re.Match[str], today: date) -> str:
    weekday = lists.bracketed_weekday(f"({found['day']})")
    if weekday is None:
        return found[0]
    day = today - timedelta(days=(today.weekday() - weekday) % 7)
    return f"{found['head']}{day.day}/{day.month}"


# Session 52. A colleague named with the team or office they are from ("FYI Lucy from the Oslo
# team just won DNB": was a win of the author's, asked): the colleague alone, as "Lucy just won
# DNB" is read
_A_COLLEAGUES_TEAM = re.compile(
    r"\b(?P<name>[A-ZÆØÅÄÖ][a-zæøåäöéü]+)\s+(?:from|fra|från|fran|i|in|på|pa|on)\s+"
    r"(?:the\s+|our\s+|vårt\s+|vores\s+|vart\s+)?(?:[A-ZÆØÅÄÖ][\w]*[\s-])?"
    r"(?:team|teamet|teamen|kontoret|kontorer|office|avdelingen|avdelningen|afdelingen)\b"
)


def _a_colleagues_team_dropped(found: re.Match[str]) -> str:
    return found["name"] if fold(found["name"]) in signals.FIRST_NAMES else found[0]


_BOTH_NAMED = re.compile(
    r"\b(?i:både|bade|both|begge)\s+(?P<first>[^\s,.;]+(?:\s+[^\s,.;]+){0,2}?)\s+"
    r"(?P<and>og|och|and|&)\s+(?=[A-ZÆØÅÄÖ0-9][\w&-]*\s+[A-ZÆØÅÄÖ][\w&-]*)"
)


_TWO_FOR_A_PLURAL = re.compile(
    r"(?P<lead>\b(?i:proposals|offers|quotes|offerter|offerterna|møter|möten|møder|meetings|"
    r"calls|samtaler|samtal|samtalen|opkald|demos|demoer)\s+(?i:sent\s+|sendt\s+|skickade\s+)?"
    r"(?i:to|with|til|till|med|m/|w/|hos|at)\s+)(?P<first>[A-ZÆØÅÄÖ0-9][^\s,.;]*"
    r"(?:\s+[A-ZÆØÅÄÖ0-9][^\s,.;]*){0,2}?)\s+(?P<and>og|och|and|&)\s+"
    r"(?=[A-ZÆØÅÄÖ0-9][\w&-]*\s+[A-ZÆØÅÄÖ][\w&-]*)"
)


# Session 52. Getting to the customer, then the meeting told after it ("kom fram till Trelleborg
# AB precis i tid och mötet med Johan … gick jättebra", "made it to Asda HQ and sat down with
# Tom", "kom 40 min for sent til Aker BP … vi hadde et bra møte": were nothing): the meeting
# with the one got to, read as "møte hos …" is
_ARRIVED = re.compile(
    r"(?i)\b(?:kom\s+fram\s+till?|kom\s+frem\s+til|nåede\s+(?:alligevel\s+)?(?:ud|frem)\s+til|"
    r"nådde\s+(?:fram|frem)\s+till?|made\s+it\s+to|got\s+to|arrived\s+at|turned\s+up\s+at|"
    r"kom\s+(?:\d+\s+min\w*\s+)?(?:for\s+sent|försent|for\s+seint|too\s+late|late)\s+(?:til|till|to)|"
    r"dukket\s+opp\s+hos|dök\s+upp\s+hos)\s+(?=[A-ZÆØÅÄÖ0-9])"
)


_THE_MEETING_AFTER = re.compile(
    r"(?i)\b(?:møtet|mötet|mødet|the\s+meeting|et\s+(?:\w+\s+)?møte|ett\s+(?:\w+\s+)?möte|"
    r"et\s+(?:\w+\s+)?møde|a\s+(?:\w+\s+)?meeting|sat\s+down\s+with|satt\s+ned\s+med|"
    r"satte\s+os\s+ned\s+med|satte\s+oss\s+ned\s+med)\b"
)


def _arrived_for_the_meeting(text: str) -> str:
    found = _ARRIVED.search(text)
    if found is None or not _THE_MEETING_AFTER.search(text, found.end(), found.end() + 250):
        return text
    first = text[found.end() :].split(maxsplit=1)[0].strip(",.;:!")
    if places.is_place(first):
        return text  # "Made it to Sheffield eventually … the meeting with Rolls-Royce": where
    return f"{text[: found.start()]}møte hos {text[found.end() :]}"


def _two_names_parted(found: re.Match[str]) -> str:
    """The two names parted by a comma, unless a weekday is among their words ("Greggs Mon and
    Pret Wed": each name's day)."""
    after = found.string[found.end() :].split()[:2]
    if any(
        weekday_index(fold(w.strip(",.;"))) is not None for w in (*found["first"].split(), *after)
    ):
        return found[0]
    lead = found.groupdict().get("lead") or ""
    return f"{lead}{found['first']}, {found['and']} "


# Session 52. A table typed with bars ("day | customer | what | £\nMon | Ocado | proposal |
# 210k\n…": was one offer to "Mon Ocado"): its header dropped, each row's cells parted by dashes,
# as a list "Kunde – hva – beløp" is read
_TABLE_HEADS = {
    "day", "dag", "date", "dato", "datum", "customer", "kunde", "kund", "client", "what", "hva",
    "hvad", "vad", "type", "amount", "beløp", "belopp", "beløb", "value", "verdi", "värde",
    "værdi", "£", "€", "$", "kr", "nok", "sek", "dkk", "status", "note", "notes", "kommentar",
    "belop", "belob", "vaerdi", "varde", "activity", "aktivitet", "kind", "sum",
}  # fmt: skip


_CRM_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_][\w ]{1,20}?)\s*:\s*(?P<value>.*)$")
_CRM_CUSTOMER = {"account", "konto", "client", "kunde", "kund", "customer"}
_CRM_STAGE = CRM_STAGE_LABELS | {"status"}
_CRM_WHO = CRM_WHO_LABELS | CRM_WHOSE_LABELS


def _a_crm_field_as_said(field: str) -> str:
    """A CRM field as a form's line: the customer's label as "Kunde", a stage's value alone
    ("Closed Won"), who owns the deal or was the contact left out."""
    found = _CRM_LABEL.match(field)
    if found is None:
        return field
    label = fold(found["label"])
    if label in _CRM_CUSTOMER:
        return f"Kunde: {found['value']}"
    if label in _CRM_STAGE:
        return found["value"]
    if label in _CRM_WHO:
        return ""
    return field


_A_CRM_ROW = re.compile(r"(?i)^\s*(?:kunde|kund|customer|client|account|konto)\s*:\s*[^|]+\|")


def _a_table_as_lines(text: str) -> str:
    lines = text.split("\n")
    rows = [line for line in lines if line.count("|") >= 2]
    if len(rows) < 2:
        return text
    out = []
    for line in lines:
        if line.count("|") < 2:
            out.append(line)
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?|", c) for c in cells):
            continue  # a markdown table's rule
        if all(fold(c) in _TABLE_HEADS or c.casefold() in _TABLE_HEADS or not c for c in cells):
            continue  # the header
        kept = [c for c in cells if c and c not in ("-", "–", "—")]
        out.append(" \u2013 ".join(kept))
    return "\n".join(out)


_A_DAY_THAT_SHOULD_HAVE_BEEN = re.compile(
    r"(?i)\b(?:skulle|should\s+have|was\s+supposed\s+to|were\s+supposed\s+to)\s+"
    r"(?:egentlig\s+|egentligen\s+|eigentleg\s+|egentlig\s+|really\s+|actually\s+)?"
    r"(?:ha\s+|hatt\s+|have\s+|been\s+)?(?:[^\W\d_]+\s+){1,2}?"
    r"(?P<day>i\s*går|igår|yesterday|i\s+forgårs|i\s+förrgår|i\s+forgaars)\b"
)


# Session 52. The author's log after a remark, marked so ("anyone else's CRM login broken? … for
# the record: call w/ Admiral Group at 11, warm lead": was nothing)
_FOR_THE_RECORD = re.compile(
    r"(?is)^.{0,200}?\b(?:for\s+the\s+record|for\s+(?:god\s+)?ordens\s+skyld|"
    r"för\s+ordningens\s+skull)\s*[:,\-–—]\s*(?=\S)"
)


# Session 52. An answer heard back that is a no ("Heard back from Legal & General yesterday, it's
# a no. Lost on price.", "Fikk svar fra Tine i dag, det ble nei": was nothing)
_HEARD_BACK_A_NO = re.compile(
    r"(?i)\b(?:heard\s+back\s+from|got\s+an?\s+answer\s+from|fikk\s+svar\s+fra|"
    r"fick\s+svar\s+från|fik\s+svar\s+fra)\s+(?P<name>[A-ZÆØÅÄÖ0-9][^,.;]*?)"
    r"(?P<rest>(?:\s+(?:yesterday|today|i\s*går|igår|i\s*dag|idag|on\s+\w+|i\s+\w+))?)"
    r"\s*[,–—-]\s*(?:it'?s|it\s+is|it\s+was|det\s+ble|det\s+blev|det\s+blei|det\s+var)\s+"
    r"(?:a\s+)?(?:no|nei|nej)\b"
)


# Session 52. A cheer for a colleague, then the author's own news after "by the way" ("Grattis
# Lise!! 🍾 Og forresten, fikk ja fra Fjordkraft i stad, 210k": was nothing, read as the
# colleague's): the news alone
_CHEERS_THEN_BY_THE_WAY = re.compile(
    r"(?is)^\s*(?:grattis|gratulerer|gratulera|tillykke|til\s+lykke|congrats|congratulations|"
    r"well\s+done|godt\s+jobba|godt\s+jobbet|bra\s+jobbat|sterkt|stærkt|nice|wow)\b"
    r"[^\n.?]{0,60}?[!.🍾🎉👏🥳\s]+(?:og\s+|och\s+|and\s+|men\s+)?"
    r"(?:forresten|förresten|btw|by\s+the\s+way|i\s+øvrigt|for\s+øvrig|forøvrig)[\s,:!–—-]+"
    r"(?=\S)"
)


# Session 51. A person and their role in brackets after the company ("Telefon med Gjensidige
# (Anne, HR-sjef) i dag"): one aside, its comma no clause's end (the day was cut off from the
# call, nothing recorded)
_A_PERSON_AND_ROLE_IN_BRACKETS = re.compile(
    r"\((?P<who>[A-ZÆØÅÄÖ][a-zæøåäöéü]+),\s+(?P<role>[^(),]{2,40})\)"
)


def _person_and_role_joined(found: re.Match[str]) -> str:
    if fold(found["who"]) not in signals.FIRST_NAMES:
        return found[0]
    return f"({found['who']} {found['role']})"


# Session 51. A first line that says which day the lines under it tell, in a sentence of its own
# ("Glemte å poste i går, så her er torsdagen:", "Forgot to post yesterday, here's Thursday:"):
# read as that day's heading (was dated today, sure)
_A_WEEKDAY_IN_A_HEADING = re.compile(
    r"(?i)\b(mandag|måndag|tirsdag|tisdag|onsdag|torsdag|fredag|monday|tuesday|wednesday|"
    r"thursday|friday)(?:en)?\b"
)


def _a_days_heading_said_whole(text: str) -> str:
    first, _, rest = text.partition("\n")
    if not first.rstrip().endswith(":") or rest.count("\n") < 1:
        return text
    days = {fold(m[1]) for m in _A_WEEKDAY_IN_A_HEADING.finditer(first)}
    words = first.rstrip(" :").split()
    if len(days) != 1 or len(words) < 3:
        return text  # (a heading of one word is read as it is: "Torsdag:")
    named = [w for w in words[1:] if w[:1].isupper() and not _A_WEEKDAY_IN_A_HEADING.fullmatch(w)]
    if named:
        return text  # a customer named in it: no heading of a day alone
    day = _A_WEEKDAY_IN_A_HEADING.search(first)
    return f"{day[1]}:\n{rest}"  # type: ignore[index]


# Session 53. A customer's words quoted after who sent them ("Fick ett mejl från Systembolaget
# nyss:\n\"Vi har valt att gå vidare med en annan leverantör.\"", "Just got this from Anglian
# Water:\n\"… we have decided not to proceed with your proposal …\"", "Fikk nettopp denne fra
# innkjøpssjefen i Norsk Gjenvinning:\n> «Takk for et godt tilbud, men vi har valgt …»"): their
# "we" is the customer, "you" the seller's side; told in the seller's words (was nothing: "vi
# har valt" read as ours)
_QUOTE_AFTER_A_SENDER = re.compile(
    r"(?P<head>(?:^|(?<=[\n.!?]))[^\n:]*?(?<!\w)(?i:fra|från|fran|from|af)\s[^\n:]*?):[ \t]*"
    r"(?:\n[ \t]*)?(?:(?P<mark>>)[ \t]*)?"
    # session 56: "Fra Nemlig.com for 5 min siden:\n> Hej Jonas, …" (a space after ">"), "Från
    # Findus idag:\n”Hej Johan! …”" (opened with ”), "From Oddbox just now:" (capitalised): were
    # nothing
    r"(?:[«\"“”‘'](?P<quote>[^\n]{10,600}?)[»\"”’'](?!\w)"
    r"|(?(mark)(?P<lines>[^\n]+(?:\n[ \t]*>[^\n]*)*)|(?!)))"
)
_THEIR_WORDS = {
    "vi": "de", "we": "they", "us": "them", "oss": "dem", "os": "dem", "our": "their",
    "vår": "deres", "vårt": "deres", "våre": "deres", "vores": "deres", "våra": "deras",
    "your": "our", "dere": "vi", "jer": "os", "jeres": "vores", "you": "us",
    "ert": "vårt", "era": "våra",
}  # fmt: skip
# a greeting opening a quoted mail ("Hej Jonas, …", "Hi Chris, …"): no words of the deal
_A_GREETING = re.compile(
    r"^(?:hej|hei|hi|hello|dear|kære|kjære|kära|käre|god\s+morgen|good\s+morning)"
    r"(?:\s+[A-ZÆØÅÄÖ][\w-]*)?[,!.]?\s+(?=\w)",
    re.IGNORECASE,
)
_A_WORD = re.compile(r"[^\W\d_]+")


# Session 56. The seller's offer as the customer names it ("jeres tilbud", "ert förslag", "your
# proposal"): the seller's side, told as "us" ("går videre med os", "proceed with us": a win)
_YOUR_OFFER = re.compile(
    r"\b(?P<your>jeres|ert|era|your|deres|dykkar)\s+(?:tilbud|tilbod|forslag|förslag|offert|"
    r"erbjudande|proposal|offer|quote|quotation|bid|pris|price|anbud|anbod)(?:et|en)?\b",
    re.IGNORECASE,
)
_US = {"jeres": "0", "ert": "1", "era": "1", "your": "2", "deres": "1", "dykkar": "1"}
_US_SAID = {"\x000": "os", "\x001": "oss", "\x002": "us"}


def _as_told_by_the_seller(quote: str) -> str:
    """The customer's quoted words with their "we" and the seller's "you" turned round."""
    quote = _YOUR_OFFER.sub(lambda m: f"\x00{_US[m['your'].casefold()]}", quote)

    def turned(m: re.Match[str]) -> str:
        word = m[0]
        said = _THEIR_WORDS.get(word.casefold())
        if said is None:
            return word
        return said.capitalize() if word[:1].isupper() else said

    told = _A_WORD.sub(turned, quote)
    return re.sub("\x00[0-2]", lambda m: _US_SAID[m[0]], told)


# Session 56. A customer's mail quoted with its sign-off naming the company ("> Vi har desværre
# valgt en anden leverandør …\n> Med venlig hilsen, Dorthe – Orkla Foods Danmark"): read as from
# that company (was nothing)
_A_SIGN_OFF = re.compile(
    r"^[ \t]*>[ \t]*(?:med\s+venlig\s+hilsen|med\s+vennlig\s+hilsen|med\s+vänlig\s+hälsning|"
    r"vänliga\s+hälsningar|venlig\s+hilsen|vennlig\s+hilsen|mvh|mvh\.|hilsen|hälsningar|"
    r"best\s+regards|kind\s+regards|regards|best|cheers|thanks)[,.]?[ \t]+"
    r"(?:[A-ZÆØÅÄÖ][\w.-]*(?:[ \t]+[A-ZÆØÅÄÖ][\w.-]*)?[ \t]*(?:[–—/,|]|-(?=[ \t])|\bfra\b|"
    r"\bfrån\b|\bfrom\b|\bat\b|\bpå\b|\bi\b|\bhos\b)[ \t]*)?"
    r"(?P<firm>[A-ZÆØÅÄÖ0-9][\w&.'-]*(?:[ \t]+[A-ZÆØÅÄÖ0-9&][\w&.'/-]*){0,4})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# Session 57. A customer's mail quoted first, who sent it on the line below ("> Hej Lars, tack
# för offerten. Vi väljer tyvärr en annan leverantör …\n/ Mölnlycke Health Care. Surt.", "> Hi
# Alex, please find attached our PO …\nfrom Whitbread :tada:", "> … PO følger.\n— Vestas Wind
# Systems A/S", "…\nfra innkjøp i Oslo Sporveier"): read as from that company (was nothing)
_SENT_BY_BELOW = re.compile(
    r"^[ \t]*(?:(?i:fra|från|fran|from|af)[ \t]+(?:[\w-]+[ \t]+(?i:i|på|at|hos|@)[ \t]+)?"
    r"|[—–/-][ \t]*)"
    r"(?P<firm>[A-ZÆØÅÄÖ0-9][\w&.'-]*(?:[ \t]+[A-ZÆØÅÄÖ0-9&][\w&.'/-]*){0,4})(?P<rest>.*)$"
)


_OUR_SIDE = {
    fold(w)
    for w in """team teamet teams region regionen nord syd sør øst vest north south east west
    salg salget sälj säljteam salgsteam sales office kontoret kontor avdeling avdelningen
    afdeling department enterprise""".split()
}
# The seller spoken to in a customer's mail (its greeting with a name, or "you")
_TO_THE_SELLER = re.compile(
    r"(?i)(?:^|>)\s*(?:hei|hej|hi|hello|dear|kære|kjære|kära)\s+[A-ZÆØÅÄÖ]\w*|"
    r"\b(?:dere|deres|dykk|jer|jeres|er|ert|era|ni|du|dig|deg|you|your)\b"
)


def _signed_below_the_quote(text: str) -> str:
    lines = text.split("\n")
    quoted = 0
    while quoted < len(lines) and lines[quoted].lstrip().startswith(">"):
        quoted += 1
    if not quoted or quoted >= len(lines):
        return text
    signed = _SENT_BY_BELOW.match(lines[quoted])
    if signed is None:
        return text
    firm = signed["firm"].rstrip(".,;:!")
    if fold(firm.split()[0]) in signals.FIRST_NAMES | _NOT_A_FIRM:
        return text  # "— Kari": a person, no company
    if any(fold(word) in _OUR_SIDE for word in firm.split()):
        return text  # "- Region Nord", "— London Team", "/ Säljteam Syd": ours, no customer
    quote = " ".join(lines[:quoted])
    if not (_YOUR_OFFER.search(quote) or _TO_THE_SELLER.search(quote)):
        return text  # (a customer's mail speaks to the seller: "dere", "jeres tilbud", "you")
    rest = signed["rest"].strip().lstrip(".,;:!").strip()
    tail = [rest] if rest else []
    return "\n".join([f"Fra {firm}:", *lines[:quoted], *tail, *lines[quoted + 1 :]])


def _signed_by_the_firm(text: str) -> str:
    if ">" not in text:
        return text
    signed = _A_SIGN_OFF.search(text)
    if signed is None or fold(signed["firm"].split()[0]) in signals.FIRST_NAMES | _NOT_A_FIRM:
        return text  # "> Mvh Kari": a person, no company
    before = text[: signed.start()]
    if not before.rstrip().splitlines() or not before.rstrip().splitlines()[-1].lstrip().startswith(
        ">"
    ):
        return text
    return f"Fra {signed['firm']}:\n{before.rstrip()}{text[signed.end() :]}"


_NOT_A_FIRM = {"the", "team", "teamet", "us", "oss", "os"}


_THEY_ACCEPT = re.compile(
    r"(?i)\b(?:gå\s+videre\s+med|går\s+videre\s+med|gå\s+vidare\s+med|går\s+vidare\s+med|"
    r"gå\s+videre\s+med|go\s+ahead|proceed\s+with|takke\s+ja|takker\s+ja|tacka\s+ja|tackar\s+ja|"
    r"takka\s+ja|accept(?:s|ed|ere|erer|erar|erat)?\b|aksepter(?:er|e|t)?\b|godkjenner|"
    r"godkänner|godkender|bestille|bestiller|beställa|beställer|place\s+the\s+order|"
    # session 57: their purchase order ("please find attached our PO …", "PO følger")
    r"(?:attached|vedlagt|bifogat|bifogad)\s+(?:our\s+|vores\s+|vår\s+)?(?:PO|purchase\s+order|"
    r"indkøbsordre|innkjøpsordre|inköpsorder)|PO\s+(?:følger|follows|to\s+follow|kommer))"
)
_THEY_DECLINE = re.compile(
    r"(?i)\b(?:valgt\s+en\s+annen|valgt\s+en\s+anden|valt\s+en\s+annan|another\s+supplier|"
    r"another\s+vendor|another\s+provider|not\s+to\s+proceed|not\s+proceed|on\s+hold|"
    r"ikke\s+gå\s+videre|inte\s+gå\s+vidare|ikke\s+at\s+gå\s+videre|declin|avslå|afslå|"
    r"tacka\s+nej|takke\s+nei|takke\s+nej|dessverre|desværre|tyvärr|unfortunately|"
    r"en\s+annan|en\s+annen|en\s+anden|annan\s+leverantör|anden\s+leverandør|"
    r"annen\s+leverandør|konkurrent|competitor)"
)
_SELLERS_LOSS = re.compile(r"(?i)\b(?:lost|tapt|tabt|förlorad|förlorat|tapte|tabte)\b")
_FROM_THE_FIRM = re.compile(
    r"(?i:fra|från|fran|from|af)\s+(?:[A-ZÆØÅÄÖ][\w.-]*\s+(?:i|på|at|hos|@|fra|från|from)\s+)?"
    r"(?P<firm>[A-ZÆØÅÄÖ0-9][\w&.'-]*(?:\s+[A-ZÆØÅÄÖ0-9&][\w&.'/-]*){0,3})"
)
_AN_AMOUNT_IN_A_QUOTE = re.compile(
    r"(?:(?:kr\.?|NOK|SEK|DKK|EUR|GBP|USD|[£€$])\s?[0-9][0-9 .,]*[0-9](?:,-)?(?:\s?(?:k|mill|mio))?"
    r"|[0-9][0-9 .,]*[0-9](?:,-)?\s?(?:kr\.?|kroner|NOK|SEK|DKK|EUR|GBP|USD|k|mill|mio)\b)"
)


def _their_verdict(head: str, quote: str, after: str) -> str | None:
    """The customer's yes or no in a quote, told as the seller would ("Vant Pandora, kr.
    325.000.", "Tapte Mowi."), when whose it is (a company after "fra"/"from" in the heading,
    never a person's first name alone) and the verdict are plain; else None."""
    firm = None
    for named in _FROM_THE_FIRM.finditer(head):
        firm = named["firm"].rstrip(".'")
    if firm is None or fold(firm.split()[0]) in signals.FIRST_NAMES | _NOT_A_FIRM:
        return None
    declined = _THEY_DECLINE.search(quote) is not None or _SELLERS_LOSS.search(after) is not None
    accepted = _THEY_ACCEPT.search(quote) is not None
    if declined:
        return f"Tapte {firm}."
    if not accepted:
        return None
    money = _AN_AMOUNT_IN_A_QUOTE.search(quote)
    return f"Vant {firm}, {money[0].strip()}." if money else f"Vant {firm}."


def _a_quote_from_the_customer(text: str) -> str:
    found = _QUOTE_AFTER_A_SENDER.search(text)
    if found is None:
        return text
    quote = found["quote"] if found["quote"] is not None else found["lines"]
    if quote is None or len(quote.split()) < 4:
        return text
    quote = " ".join(line.strip().lstrip(">").strip() for line in quote.splitlines())
    quote = quote.strip().strip("«»\"“”‘’'").strip()
    quote = _A_GREETING.sub("", quote)  # session 56: "Hej Jonas, vi har besluttet …"
    after = text[found.end() :]
    verdict = _their_verdict(found["head"], quote, after)
    if verdict is not None:
        # session 56: the customer's yes or no, said plainly, with whose it is and the amount
        # the quote names ("Fik lige denne fra Pandora:\n'… vi vil gerne takke ja til jeres
        # tilbud … Total kr. 325.000 …'", "From Jon at Mowi: … on hold until 2028 … Marking it
        # as lost": were nothing)
        return f"{text[: found.start()]}{found['head']}: {verdict}{after}"  # its day kept
    # one sentence, the sender's name in it ("…, after careful consideration they have …")
    quote = re.sub(
        r"(?<=[^\W\d]{4})[.!]\s+(\w)(?=[a-zæøåäö])", lambda m: f", {m[1].lower()}", quote
    )  # fmt: skip
    if quote[1:2].islower():
        quote = quote[:1].lower() + quote[1:]  # "After careful consideration": no heading
    stop = "" if after.lstrip()[:1] in (".", "!") else "."
    told = f"{found['head']}: {_as_told_by_the_seller(quote).rstrip('.')}{stop}"
    return text[: found.start()] + told + after


# Session 53. An emoji, then a capital word that opens a sentence of its own ("vant Kongsberg
# Maritime i dag, USD 250 000 🇺🇸💰 Og tilbudet til Nordic Semiconductor gikk ut i onsdags, 1,1
# mill kr.", "£150.000 🇬🇧 Og i onsdags havde jeg …"): the emoji closes the sentence before it
# (was one sentence, the second record taking the first one's amount)
_A_SENTENCE_OPENS = re.compile(
    r"(?<=\S)([ \t]+)(?=(?:Og|Och|And|Men|But|Also|Også|Dessuten|Desuden|Dessutom|Plus|Then|"
    r"Så|Sen|Sedan|Ellers|Annars|Jeg|Jag|Vi|We|I|Hun|Han|Hon|She|He|De|They|"
    # session 55: "… on the kitchens 😒 On the plus side the quote to Hackney Council went out"
    r"On|The|Anyway|Anyways|Uansett|Iallfall|Iaf|Btw|Forresten|Förresten|Forøvrigt|Heldigvis|"
    r"Lyckligtvis|Luckily|Fortunately|Dog|Today|I\s+dag|Idag|Yesterday|I\s+går|Igår)\b"
    # (in lower case, "og"/"and" opening a clause with its own day or doer: "… 💰 og i går
    # fikk jeg også ut tilbud til Vattenfall"; never "Tine 🎉 og Kiwi")
    r"|(?i:og|och|and|men|but|sen|then)\s+(?i:i\s*går|igår|i\s*dag|idag|yesterday|today|"
    r"jeg|jag|vi|we|i|også|också|also|så|sen|then|this\s+morning|i\s+morges)\b)"
)


def _emoji_as_a_stop(text: str) -> str:
    def stop(m: re.Match[str]) -> str:
        at = m.start() - 1
        while at >= 0 and (text[at] in emoji.JOINERS or "\U0001f3fb" <= text[at] <= "\U0001f3ff"):
            at -= 1
        return ". " if at >= 0 and emoji.is_emoji_char(text[at]) else m[0]

    return _A_STEP_AFTER_AN_EMOJI.sub(_a_step_parted, _A_SENTENCE_OPENS.sub(stop, text))


# Session 59. An emoji, then the seller's next step in small letters ("de er meget varme 🔥 sender
# tilbud på ca 120.000 kr inden fredag"): a comma after the emoji, as a step after a comma is
# read (was one clause, the step lost)
_A_STEP_AFTER_AN_EMOJI = re.compile(r"(?<=[^\w\s,.;:!?])(?P<space>[ \t]+)(?=[a-zæøåäö])")


def _a_step_parted(m: re.Match[str]) -> str:
    before = m.string[: m.start()]
    at = len(before) - 1
    while at >= 0 and (before[at] in emoji.JOINERS or "\U0001f3fb" <= before[at] <= "\U0001f3ff"):
        at -= 1
    line = before.rsplit("\n", 1)[-1]
    if at < 0 or not emoji.is_emoji_char(before[at]) or len(line.split()) < 3:
        return m[0]  # (its line's words and the emoji: "Mon ✅ call Vodafone" a ticked item)
    if before[at] in "\u2705\u2714\u2611":
        return m[0]  # a tick marks an item done, no clause ends there
    rest = m.string[m.end() :].split("\n", 1)[0]
    words = [fold(w).strip(",;:.!") for w in rest.split()[:6]]
    if step_starts(words, verbs_only=True) != 0:
        return m[0]
    return f",{m['space']}"


# Session 53. A town after a comma right after the customer's name, and nothing after it but
# the line's end or its day ("Meeting at SSE plc, Perth", "Møte hos Tine, Bergen i går"): where
# the customer is, as "in Perth" (was a second meeting, with "Perth")
_A_TOWN_AFTER_A_NAME = re.compile(
    r"(?<=[\w.)]),[ \t]+(?P<town>[A-ZÆØÅÄÖ][\wæøåäö-]+)"
    r"(?=[ \t]*(?:$|\n|[.;!?]|,[ \t]|[ \t]+(?:i[ \t]+dag|idag|today|i[ \t]+går|igår|igar|"
    r"yesterday|this\s+morning|i\s+morges|i\s+morse)\b))",
    re.MULTILINE,
)
_ENGLISH_WORDS = re.compile(r"(?i)\b(?:at|with|meeting|met|call|visit|today|yesterday)\b")


def _a_town_as_where(text: str) -> str:
    def where(m: re.Match[str]) -> str:
        if not places.is_place(m["town"]):
            return m[0]
        link = "in" if _ENGLISH_WORDS.search(text) else "i"
        return f" {link} {m['town']}"

    return _A_TOWN_AFTER_A_NAME.sub(where, text)


# Session 53. A colleague's talk told first, then the author's own with the customer as "them"
# ("Mette havde møde med Matas i tirsdags, og jeg sendte så tilbuddet til dem i dag: 320.000
# kr.", "Sara hade ett grymt möte med Volvo Group i onsdags och jag följde upp med ett samtal
# till deras inköpare idag", "Tom had a meeting with Tesco on Tuesday and I sent them a
# proposal"): "them" is the colleague's customer (was nothing: the colleague's talk is no
# record of the author's, and "them" had no customer of its own)
_A_COLLEAGUES_TALK = re.compile(
    r"^\s*(?P<who>[A-ZÆØÅÄÖ][a-zæøåäöé]+|<@\w+>)\s+(?:hadde|hade|havde|had|holdt|höll|held|"
    r"did|ran|tok|tog|kjørte|körde|kørte)\s+"
    r"(?:[^\W\d_]+\s+){0,3}?(?:møte|möte|møde|meeting|samtale|samtal|call|demo|lunsj|lunch|"
    r"besøk|besök|besøg|visit)\s+(?:med|with|hos|at|m/|w/)\s+"
    r"(?P<name>[A-ZÆØÅÄÖ0-9][\w&.-]*(?:\s+(?:[A-ZÆØÅÄÖ0-9][\w&.-]*|&|og|och|of))*)"
)
_I_THEN_THEM = re.compile(
    r"(?i)\b(?:jeg|jag|eg|i)\b(?P<between>[^.!?\n]*?)\b(?P<them>dem|them|dom|"
    r"deras\s+[^\W\d_]+|deres\s+[^\W\d_]+|their\s+[^\W\d_]+)\b"
)


def _their_customer_for_them(text: str) -> str:
    found = _A_COLLEAGUES_TALK.match(text)
    if found is None:
        return text
    who = found["who"]
    if not who.startswith("<@") and fold(who) not in signals.FIRST_NAMES:
        return text
    name = re.sub(r"\s+(?:og|och|of|&)$", "", found["name"].strip())
    after = text[found.end() :]
    mine = _I_THEN_THEM.search(after)
    if mine is None or not mine["between"].strip():
        return text
    at = found.end() + mine.start("them")
    return text[:at] + name + text[found.end() + mine.end("them") :]


# Session 53. A call "to" the customer ("ett samtal till Volvo Group", "a call to Tesco",
# "samtale til Tine"): with it, as "samtal med" is read (was nothing)
_A_CALL_TO = re.compile(
    r"(?i)\b(?P<noun>samtal|samtale|call|phone\s+call|telefonsamtale|telefonsamtal|opkald|"
    r"telefonsamtalet|samtalet)\s+(?:till|til|to)\s+(?=(?-i:[A-ZÆØÅÄÖ0-9]))"
)


def _a_call_to(m: re.Match[str]) -> str:
    english = m["noun"].casefold().endswith("call")
    return f"{m['noun']} {'with' if english else 'med'} "


# Session 53. "Satt i möte med Telia igår", "Sat in a meeting with Tesco yesterday": a meeting
# sat in, held (was read as one set up, "satt opp", asked and dated today)
_SAT_IN_A_MEETING = re.compile(
    r"(?i)\b(?:satt|sat|sad)\s+(?:i|in)\s+(?:(?:a|et|ett|en|long|langt|långt|lang)\s+)*"
    r"(?P<noun>møte|möte|møde|meeting|mote)\b"
)
_HELD_IN = {
    "møte": "hadde møte",
    "möte": "hade möte",
    "møde": "havde møde",
    "meeting": "had a meeting",
}


def _a_meeting_sat_in(m: re.Match[str]) -> str:
    return _HELD_IN.get(m["noun"].casefold(), "hadde møte")


# Session 53. "tirsdag fikk jeg endelig møtt Eidsiva Energi", "fick jag äntligen träffat ICA",
# "fikk i alle fall møtt Posten Bring": got to meet, with who and how between (was nothing;
# "fikk møtt Posten Bring" was read)
_GOT_TO_MEET = re.compile(
    r"(?i)\b(?P<got>fikk|fick|fik|fekk)\s+(?:(?:jeg|jag|vi|eg|me)\s+)?"
    r"(?:(?:endelig|endeleg|äntligen|omsider|faktisk|også|också|iallfall|iaf|"
    r"i\s+alle\s+fall|i\s+alla\s+fall|i\s+hvert\s+fall|til\s+slutt|till\s+slut|til\s+sidst)\s+)+"
    r"(?=(?:møtt|mött|mødt|træffet|träffat|truffet|snakket|snakka|pratat|talt|ringt|ringet|sendt|"
    r"skickat|signert|signerat|signeret)\b)"
)


# Session 53. An offer by its noun alone after "then", in a clause of its own after the record
# before it ("Möte med Stora Enso i onsdags, sen offert igår på 560 000 kr", "Met Tesco Monday,
# then a proposal yesterday for £40k"): sent, as "sen skickade jag offert" is read (was lost)
_THEN_AN_OFFER = re.compile(
    r"(?i)(?P<then>,\s*(?:og\s+|och\s+|and\s+)?(?:sen|sedan|så|then|deretter|derefter|efterpå|"
    r"etterpå)\s+)(?:(?:a|an|et|ett|en)\s+)?"
    r"(?P<noun>offert|offerten|tilbud|tilbudet|tilbuddet|tilbod|tilbodet|proposal|quote|offer)\b"
    r"(?=[^.!?\n]*(?:[£€$]\s?[0-9]|[0-9][0-9 .,]*\s?(?:k|m|mill|mio|mkr|tkr|kr|kroner|nok|sek|"
    r"dkk|eur|usd|gbp)\b))"
)
_SENT = {
    "offert": "skickade", "offerten": "skickade", "tilbud": "sendte", "tilbudet": "sendte",
    "tilbuddet": "sendte", "tilbod": "sende", "tilbodet": "sende",
}  # fmt: skip


def _then_an_offer_sent(m: re.Match[str]) -> str:
    noun = m["noun"]
    return f"{m['then']}{_SENT.get(noun.casefold(), 'sent a')} {noun}"


# Session 53. A list's last line in brackets saying each row's day ("Netcompany – tilbud – 1,3
# mio.\nTryg – møde –\nFLSmidth – vundet – 680.000\n(tilbud tirs, møde ons, FLS skrev under i
# dag)"): each part's day put on the row its first word names (its kind's word, or the start of
# its customer's name), the line itself dropped (was a fourth record, a win with "FLS", and
# every row dated today)
_ROW_KIND_WORDS = {
    "tilbud": ("tilbud", "tilbod", "offert", "quote", "proposal"),
    "møte": ("møte", "møde", "möte", "meeting", "mtg", "demo"),
    "samtale": ("samtale", "samtal", "opkald", "call", "tlf", "telefon"),
}


def _days_in_brackets_below(text: str) -> str:
    lines = text.rstrip().split("\n")
    last = lines[-1].strip()
    if len(lines) < 3 or not (last.startswith("(") and last.endswith(")")) or "," not in last:
        return text
    rows = lines[:-1]
    for part in last[1:-1].split(","):
        words = part.split()
        if len(words) < 2:
            continue
        head = fold(words[0])
        kinds = next(
            (tuple(map(fold, v)) for v in _ROW_KIND_WORDS.values() if head in map(fold, v)), None
        )
        day = " ".join(words[1:]) if kinds else _a_day_at_the_end(words)
        if not day:
            continue
        for at, row in enumerate(rows):
            folded = fold(row)
            named = (
                any(re.search(rf"(?<!\w){w}(?!\w)", folded) for w in kinds)
                if kinds
                else folded.lstrip("-–•* ").startswith(head)
            )
            if named and not _DAY_IN_A_ROW.search(row):
                rows[at] = f"{row.rstrip(' –-')} ({day})"
                break
    return "\n".join(rows)


_DAY_IN_A_ROW = re.compile(r"\([^()]*\)\s*$")

# Session 54. A list's last line giving every row one day ("- tabte Netto, prisen\n- sendt tilbud
# til Føtex, 560.000 kr\nBegge dele i går", "Both yesterday", "Alt i går", "Båda igår"): the day
# on each row that says none, the line itself dropped (was every row dated today)
_ALL_ON_ONE_DAY = re.compile(
    r"(?i)^\s*(?:begge(?:\s+dele|\s+deler|\s+to|\s+2)?|alle(?:\s+tre|\s+to|\s+3|\s+2)?|alt|"
    r"allt|alla|b[åa]da(?:\s+tv[åa])?|all(?:\s+three|\s+of\s+them|\s+3)?|both(?:\s+of\s+them)?)"
    r"(?:\s+(?:var|was|were|var\s+det|skjedde|hände|skete|happened))?\s+"
    r"(?P<day>i\s*går|igår|i\s*dag|idag|i\s*forgårs|i\s*förrgår|yesterday|today|"
    r"(?:i\s+)?(?:mandags|tirsdags|onsdags|torsdags|fredags|måndags|tisdags)|on\s+\w+day)"
    r"\s*[.!]?\s*$"
)
_A_DAY_SAID_IN_A_ROW = re.compile(
    r"(?i)(?<!\w)(?:i\s*dag|idag|i\s*går|igår|today|yesterday|\d{1,2}[./]\d{1,2}|"
    r"(?:man|tirs|tis|ons|tors|fre|mån|mon|tue|wed|thu|fri)[a-zæøåäö]*)(?!\w)"
)


# Session 54. A weekday in brackets by its two or three first letters ("tilbud sendt Moelven,
# 780.000 kr (to)", "møte m/ Kiwi (ma)", "(on)", "(fr)"): that weekday (were unread, each row
# dated today or by the row before)
_SHORT_DAYS_IN_BRACKETS = {
    "ma": "mandag", "man": "mandag", "må": "måndag", "mån": "måndag", "ti": "tirsdag",
    "tir": "tirsdag", "tis": "tisdag", "on": "onsdag", "to": "torsdag", "tor": "torsdag",
    "fr": "fredag", "fre": "fredag", "mon": "Monday", "tue": "Tuesday", "wed": "Wednesday",
    "thu": "Thursday", "fri": "Friday",
}  # fmt: skip
_A_SHORT_DAY_IN_BRACKETS = re.compile(
    r"\((ma|man|må|mån|ti|tir|tis|on|to|tor|fr|fre|mon|tue|wed|thu|fri)\.?\)", re.IGNORECASE
)


# Session 55. Each customer's own weekday in brackets after its name, in a list of several
# ("mtgs w/ Equinor (Mon) and DNB (Wed)", "møter med Tine (tirsdag), Kiwi (torsdag)"): read as
# written without them, each name's day its own (were both on the first name's day)
_A_NAMES_DAY = (
    r"[A-ZÆØÅÄÖ0-9][\w&.'-]*(?: [A-ZÆØÅÄÖ0-9][\w&.'-]*){0,2} ?\([A-Za-zæøåäöÆØÅÄÖ]{5,10}\)"
)
_A_NAMES_DAY_IN_BRACKETS = re.compile(
    rf"{_A_NAMES_DAY}(?:(?:,| and| og| och| &| \+) {_A_NAMES_DAY})+"
)
_ONE_NAMES_DAY = re.compile(r" ?\((?P<day>[A-Za-zæøåäöÆØÅÄÖ]{5,10})\)")


def _a_names_day(found: re.Match[str]) -> str:
    """Each name's weekday in brackets, after names joined one after another, written without
    the brackets (any bracket not a weekday's keeps the run as typed)."""
    days = _ONE_NAMES_DAY.findall(found[0])
    if any(weekday_index(fold(day)) is None for day in days):
        return found[0]
    return _ONE_NAMES_DAY.sub(lambda m: f" {m['day']}", found[0])


# Session 54. A row or a message labelled a win by the noun ("• Vinst – Ragn-Sells 760 000 kr
# (3/12)", "Gevinst: Tine 300k", "Win – Tesco £40k"): the win said (was nothing, the row lost)
_A_WIN_LABEL = re.compile(
    r"(?im)^(?P<lead>[ \t]*(?:[-–•*·]|\d{1,2}[.)])?[ \t]*)(?:vinst|gevinst|win)"
    r"(?=[ \t]*(?::|[–—-][ \t])[ \t]*(?-i:[A-ZÆØÅÄÖ]))"
)


# Session 54. The author only saying that they tell ("Ville bare dele at jeg hadde møte med …",
# "Ville bara säga att …", "Just wanted to let you know that …"): what follows is told plainly
# (was read as a wish, "ville", and the meeting dropped)
_JUST_WANTED_TO_SAY = re.compile(
    r"(?i)(?:^|(?<=[.!?]\s))(?:jeg\s+|jag\s+|eg\s+|i\s+)?(?:ville|vilde|ville\s+bara|"
    r"just\s+wanted\s+to|wanted\s+to|ønsket\s+å)\s+(?:bare\s+|bara\s+|lige\s+|berre\s+)?"
    r"(?:dele|si|sige|säga|fortelle|fortælle|berätta|meddele|nevne|share|say|let\s+you\s+"
    r"(?:all\s+)?know|mention|tell\s+you)\s+(?:med\s+dere\s+|med\s+jer\s+|med\s+er\s+)?"
    r"(?:at|att|that)?\s*"
)
# Session 54. Where the update is typed from ("kort oppdatering fra bilen jeg har hatt møte …",
# "quick update from the car, met …"): no customer's words
_AN_UPDATE_FROM_THE_ROAD = re.compile(
    r"(?i)(?P<lead>^|(?<=[.!?]\s))(?:kort\s+|rask\s+|quick\s+|short\s+|snabb\s+|hurtig\s+)?"
    r"(?:oppdatering|uppdatering|opdatering|update)\s+(?:fra|från|from)\s+(?:bilen|toget|tåget|"
    r"flyplassen|flygplatsen|lufthavnen|the\s+car|the\s+train|the\s+airport)\s*[:,.!-]?\s*"
)


# Session 54. A name opening the message, "done" typed after it, and an amount ("Tesco done ✅
# £45k", "Kiwi klart, 300k"): the deal done (was nothing; the check mark alone stays asked as
# before, "Kiwi ✅ 250k")
_A_NAME_DONE_WITH_ITS_AMOUNT = re.compile(
    r"^(?P<name>[A-ZÆØÅÄÖ][\w&.'’-]*(?:\s+[A-ZÆØÅÄÖ][\w&.'’-]*){0,3})\s+(?:done|klart|klar|"
    r"ferdig|færdig)(?=[\s,!:✅✔️]*(?:[£€$]\s?\d|\d[\d\s.,]*\s?(?:k|m|mill|mio|kr|tkr|mkr|"
    r"msek|nok|sek|dkk|eur|usd|gbp)\b|\d{3,})[^\n]*$)"
)


# Session 54. An offer asked for, then "sent it" with an amount in a sentence of its own ("Ringte
# Tine i dag, de ba om tilbud. Sendte det nå: 212 000 kr", "… de bad om et tilbud. Sendt nu: kr.
# 268.500", "… dei ba om tilbod. Sende det no nettopp: 212 000 kr"): that offer sent (was the
# call alone, the offer dropped)
_AN_OFFER_NOUN = re.compile(r"(?i)\b(?:tilbud|tilbod|offert|quote|proposal|tilbudet|tilbodet)\b")
_IT_SENT = re.compile(
    r"(?i)(?:^|(?<=[.!?]\s))(?P<verb>sendte|sendt|sende|skickade|skickat|skickad|sent)"
    r"(?:\s+(?:det|den|dem|it|them|over|ut|iväg|afsted))?(?P<rest>(?:\s+(?:nå|no|nu|now|nettopp|"
    r"nettop|precis|just|akkurat|lige))*\s*[:,-]?\s*(?:[^.!?\n]|\.(?=\S)|(?<=kr)\.(?=\s))*\d"
    r"(?:[^.!?\n]|\.(?=\S)|(?<=kr)\.(?=\s))*)"
)


def _it_sent_as_the_offer(text: str) -> str:
    first = _AN_OFFER_NOUN.search(text)
    said = _IT_SENT.search(text)
    if first is None or said is None or said.start() < first.start():
        return text
    if _AN_OFFER_NOUN.search(said.group()):
        return text  # its own noun: read as it is
    return f"{text[: said.start()]}{said['verb']} tilbud{said['rest']}{text[said.end() :]}"


def _the_day_in_brackets(found: re.Match[str]) -> str:
    return f"({_SHORT_DAYS_IN_BRACKETS[found[1].lower()]})"


# Session 54. A meeting one has ahead, said with the verb first or "also" ("sen har jag också
# ett möte på tisdag med Systembolaget", "jeg har også et møte på tirsdag med Tine"): as "jag har
# ett möte på tisdag …" is read, to come (were held last Tuesday, sure)
_HAVE_A_MEETING_INVERTED = re.compile(
    r"(?i)\b(?:(?:(?:og|och|and)\s+)?(?:sen|så|sa|dessuten|dessutom|then)\s+)?"
    r"(?:har\s+(?P<who>jag|jeg|vi|eg)|(?P<who2>jag|jeg|vi|eg)\s+har)\s+"
    r"(?:(?:også|ogsa|också|ocksa|dessuten|dessutom)\s+)"
    r"(?=(?:et|ett|en|ein|eit)?\s*(?:møte|möte|møde|mote|demo|samtale|samtal)\b)"
    r"|\b(?:sen|så|dessuten|dessutom)\s+har\s+(?P<who3>jag|jeg|vi|eg)\s+"
    r"(?=(?:et|ett|en|ein|eit)?\s*(?:møte|möte|møde|mote|demo)\b)"
)


def _a_meeting_one_has(found: re.Match[str]) -> str:
    return f"{found['who'] or found['who2'] or found['who3']} har "


def _one_day_for_all_below(text: str) -> str:
    lines = text.rstrip().split("\n")
    said = _ALL_ON_ONE_DAY.match(lines[-1])
    rows = [
        at for at, line in enumerate(lines[:-1]) if re.match(r"\s*(?:[-–•*]|\d+[.)])\s*\S", line)
    ]
    if said is None or len(rows) < 2:
        return text
    for at in rows:
        if not _A_DAY_SAID_IN_A_ROW.search(lines[at]):
            lines[at] = f"{lines[at].rstrip()} {said['day']}"
    return "\n".join(lines[:-1])


_DAY_WORDS_AT_THE_END = re.compile(
    r"(?i)(?:i\s*dag|idag|i\s*går|igår|today|yesterday|(?:man|tirs|tir|ons|tors|tor|fre|mån|tis|"
    r"mon|tue|tues|wed|thu|thurs|fri)[a-zæøåäö]*\.?)$"
)


def _a_day_at_the_end(words: list[str]) -> str:
    for size in (2, 1):
        said = " ".join(words[-size:])
        if _DAY_WORDS_AT_THE_END.fullmatch(said):
            return said
    return ""


# Session 55. A person, then in brackets their company, or their role and their company
# ("Ringte Atle Moen (daglig leder, Moen Bygg AS) i går", "Coffee w/ Tom Hughes (ops director,
# Tarmac)", "møte med Kari (Tine SA)"): read as "Atle Moen @ Moen Bygg AS" is (was a customer
# "Atle Moen", or nothing)
_A_PERSON_OF_THE_FIRM = re.compile(
    r"(?P<person>\b[A-ZÆØÅÄÖ][a-zæøåäöéü]+(?:[ -][A-ZÆØÅÄÖ][a-zæøåäöéü'-]+)?)\s\("
    r"(?:(?P<role>[^(),]{2,40}),\s*)?(?P<firm>[A-ZÆØÅÄÖ0-9][^(),]{1,40}?)\)"
)


def _the_person_at_the_firm(found: re.Match[str]) -> str:
    first = fold(found["person"].split()[0].split("-")[0])
    firm, role = found["firm"].strip(), (found["role"] or "").strip()
    words = firm.split()
    if (
        first not in signals.FIRST_NAMES
        or any(ch.isdigit() for ch in firm[:1])
        and len(words) == 1
        or any(a_role_word(w) or is_a_role(w) for w in words)
        or weekday_index(fold(words[0])) is not None
        or places.is_place(firm)
        or (role and not any(a_role_word(w) or is_a_role(w) for w in role.split()))
    ):
        return found[0]
    return f"{found['person']} @ {firm}"  # (the role says nothing of the record)


# Session 55. A person, a comma, their role, then where they work ("Lunsj med Kari Holm,
# økonomisjef i Mestergruppen i dag", "Call with Tom Baker, procurement lead at Network Rail,
# Tuesday", "Møde i tirsdags med Henrik Lund, CFO hos DSV"): read as "Kari Holm i Mestergruppen"
# is (was nothing, a customer "Ek", or dated today)
_A_PERSON_THEIR_ROLE_AT = re.compile(
    r"(?P<person>\b[A-ZÆØÅÄÖ][a-zæøåäöéü]+(?: [A-ZÆØÅÄÖ][a-zæøåäöéü'-]+)?), "
    r"(?P<role>(?:[\w&./-]+ ){0,3}?[\w&./-]+),? "
    r"(?P<at>i|på|pa|hos|at|@|ved|vid|hjå) "
    r"(?P<firm>[A-ZÆØÅÄÖ0-9][\w&.'/-]*(?: [A-ZÆØÅÄÖ0-9&][\w&.'/-]*){0,3}"
    r"(?: (?:plc|ltd|as|asa|ab|a/s|aps|oy|gmbh|inc|llc|sa))?)"
    r"(?:,(?= (?:on|over|by|via|på|pa|per|i|in) ))?"  # the aside's closing comma: "…, on the phone"
)


def _the_role_after_the_firm(found: re.Match[str]) -> str:
    first = fold(found["person"].split()[0])
    role, firm = found["role"], found["firm"]
    if (
        first not in signals.FIRST_NAMES
        or not any(a_role_word(w) or is_a_role(w) for w in role.split())
        or weekday_index(fold(firm.split()[0])) is not None
        or places.is_place(firm)
    ):
        return found[0]
    return f"{found['person']} {found['at']} {firm}"


# Session 62. An offer's version and its number ("Sendte Orkla tilbud rev 2 250 000" was NOK
# 2 250 000, sure; "Offert v3 skickad till ICA Gruppen" asked as dated week 3): joined into one
# word, so the number is never the amount's nor a week's (the message itself is kept as typed)
_A_VERSIONS_NUMBER = re.compile(
    rf"(?i)(?<![\w.])(?P<word>{VERSION_WORD})\s*{VERSION_NUMBER_MARK}?(?P<n>[0-9]{{1,2}})"
    r"(?=\s+(?:[1-9£$€]|(?:kr|nok|sek|dkk|gbp|eur)\.?\s*[0-9]))"
    # session 63: or its sending's word, or whom to ("Kongsberg Gruppen: rev 3 sendt, 3,4
    # mill.", "rev 3 to aviva gone over, £510k" were nothing)
    rf"|(?<![\w.])(?:(?:ny|nye|nytt|nya|new|updated|oppdatert|opdateret|uppdaterad)\s+)?"
    rf"(?P<word3>{VERSION_WORD}|v(?=[2-9]\b))(?:\s*{VERSION_NUMBER_MARK}?(?P<n3>[0-9])"
    r"|\s*\(\s*v?\.?\s*(?P<n4>[0-9])\s*\))"
    r"(?=\s+(?:(?:er|är|is|has|har|blev|ble|was)\s+)?(?:sendt|sent|skickad|skickat|sendte|"
    r"sendes|afsendt|gone|went|out|ute|ut|gikk|gick|gik|gått|to|til|till)\b)"
    r"|(?P<word2>\b(?:tilbud|tilbudet|tilbuddet|offert|offerten|offer|quote|proposal))\s+"
    rf"(?:v|{VERSION_NUMBER_MARK})(?P<n2>[1-9])\b(?=\s+[1-9£$€]|(?![.,:/]?[0-9]))"
)


_A_DIGIT = re.compile(r"[0-9]")


def _a_versions_number_joined(said: re.Match[str]) -> str:
    """The version's word and number as one word written small ("Kiwi Rev 2 450 000": never a
    name's word "Rev"), the offer's noun before it as typed."""
    if said["word"]:
        return f"{said['word'].lower()}-{said['n']}"
    if said["word3"]:
        word = said["word3"].lower().rstrip(".")
        return f"{'version' if word == 'v' else word}-{said['n3'] or said['n4']}"
    return f"{said['word2']} v-{said['n2']}"


# Session 63 (review). "m" for "med" before a name ("i går m Kiwi, bra møte", "fredag m Rema
# 1000": were dated today, the day read as another's); never after a figure ("2 m Kiwi")
_M_FOR_WITH = re.compile(r"(?<=[^\W\d_] )m (?=[A-ZÆØÅÄÖ])")


# Session 63 (review). A weekday's talk in one word ("Fredagsmøtet med Tine gikk bra",
# "Torsdagsmötet med ICA gick bra", "tirsdagsmødet"): the talk on that day, written apart (was
# dated today)
_A_WEEKDAYS_TALK = re.compile(
    r"(?i)\b(?P<day>mandag|tirsdag|onsdag|torsdag|fredag|måndag|tisdag|monday|tuesday|wednesday|"
    r"thursday|friday)s?-?(?P<talk>møte(?:t)?|möte(?:t)?|møde(?:t)?|mote(?:t)?|meeting|samtalen?|"
    r"samtalet)\b"
)


def _a_weekdays_talk_apart(found: re.Match[str]) -> str:
    talk = found["talk"]
    talk = talk[:1].upper() + talk[1:] if found["day"][:1].isupper() else talk
    return f"{talk} {found['day'].lower()}"


# Session 63. A shopping day the talk or the deal was about, not the day of the work: after
# "om", "about", "inför" ..., or before the deal's or the campaign's noun
_A_SHOPPING_DAY_TALKED_OF = re.compile(
    r"(?i)(?:\b(?:om|about|inför|infor|før|foer|ahead\s+of|before|for)\s+)"
    + SHOPPING_DAY_SAID
    + r"\b|"
    + SHOPPING_DAY_SAID
    + r"(?=\s+(?:deals?|kampanj\w*|kampagne\w*|campaign|sales?|salg|rea|tilbud\w*|offert\w*|"
    r"avtal\w*|aftale\w*|order|ordre\w*|prep|rush|week|uke|uka|uge|vecka|veckan)\b)"
)


def _one_word(found: re.Match[str]) -> str:
    """ "black friday" as "black-friday": one word, no weekday (a word before it kept)."""
    return SHOPPING_DAY.sub(r"\1-\2", found.group())


def rewritten(text: str, today: date) -> str:
    """The message as the readers downstream expect it: one shape for what sellers type in many
    (bullets on one line, arrows, struck-out words, forms, tables, headings, run-on voice), and
    asides that name no record taken out. Each step is a text-to-text rewrite; the order matters
    (a table is split into lines before headings are read)."""
    text = as_dictated(text)  # session 57: "… i går komma de vil have pris punktum …"
    text = ordinal_days_as_numbers(text, today)
    text = things_booked_as_talks(text)  # session 65: "booked a tasting for Wed"
    text = a_colleagues_news_out(text)  # session 66: "Well done Priya on Greggs 👏 – and I've …"
    text = a_discount_as_an_offer(text)  # session 66: "ga Optimera 7 % nyttårsrabatt"
    if "(" in text:
        # session 64: "Notes from National Grid (Thu 15/3), Priya and me\nAgreed: …", "Referat
        # fra Salling Group (tors 15/3), …": the meeting's notes, its day in brackets (was dated
        # today, or nothing)
        text = _NOTES_FROM_WITH_ITS_DAY.sub(r"Meeting with \g<name> \g<day>", text, count=1)
    if "nxt" in text.casefold():
        # session 64: "will chase nxt week" was due Monday (the week's first day), "next week"
        # by its last working day
        text = _NXT_WEEK.sub("next", text)
    if "'d " in text or "\u2019d " in text:
        # session 64: "Called Centrica, they'd like a demo, booked for Friday 2pm" (was the call
        # dated the Friday gone, the demo no step: "d" read as a day's mark)
        text = _WOULD.sub(r"\1 would ", text)
    text = days_apart_from_their_amounts(text)  # session 60: "28.01 – 600 000 kr"
    if _A_DIGIT.search(text):
        text = _A_VERSIONS_NUMBER.sub(_a_versions_number_joined, text)  # "tilbud rev 2 250 000"
    if " m " in text:
        text = _M_FOR_WITH.sub("med ", text)  # session 63: "i går m Kiwi, bra møte"
    if "ag" in text or "day" in text:
        text = _A_WEEKDAYS_TALK.sub(_a_weekdays_talk_apart, text)  # "Fredagsmøtet med Tine …"
    if "riday" in text or "onday" in text:
        # session 63: "Signed Currys black friday deal £80k today" in September was dated last
        # year's Black Friday: far from one, the campaign's name, one word and no day; near one,
        # so is a day the talk was about ("Møte med Elkjøp om black friday i dag")
        near = a_shopping_day_near(today)
        text = (_A_SHOPPING_DAY_TALKED_OF if near else SHOPPING_DAY).sub(_one_word, text)
    if text.lstrip().startswith(">"):
        text = _signed_below_the_quote(text)  # "> … PO følger.\n— Vestas Wind Systems A/S"
    text = _signed_by_the_firm(text)  # "> …\n> Med venlig hilsen, Dorthe – Orkla Foods"
    text = _A_HEADING_WITHOUT_ITS_COLON.sub(r"\g<head>:\n", text, count=1)  # "Weekly wrap 📋\n"
    if ":" in text and ("fr" in text.casefold() or " af " in text):
        text = _a_quote_from_the_customer(text)  # "Fick ett mejl från X nyss:\n\"Vi har valt …\""
    if "\n" not in text.strip() and len(_INLINE_BULLETS.findall(text)) >= 2:
        # Session 42. "• Lego: møde, positive • Vestas: tilbud 1,1 mio • Carlsberg: tabt": bullets
        # typed on one line are a list's lines (was the middle item's offer dropped)
        text = _INLINE_BULLETS.sub("\n• ", text)
    text = _SHORT_MEETINGS_LABEL.sub(r"\1møter:", text)  # lead37: "mø: Tine, Kiwi" a label
    text = _A_MONTH_UNIT_SPACED.sub("/", text)  # lead37: "ICA 95K MÅN SIGNERAT": a month's
    text = _ARROWS.sub(", ", text)  # lead35: "Møtte Tine i dag -> sender tilbud fredag"
    text = _AN_EMOJI_BETWEEN_WORDS.sub(_a_step_after_an_emoji, text)  # "… godkjent 💰 ny prat …"
    # session 56: a tick between two items parts them as a semicolon ("EOD: mtg Freia ✅ offer to
    # Jordan AS sent ✅ lost Hatting": the first item was lost)
    text = _A_TICK_BETWEEN.sub(r"\g<item> \g<tick>; ", text)
    text = _A_TICK_BEFORE_A_RECORD.sub(_a_tick_parting, text)  # "…, kr 149.900,- ✅ lost Hatting"
    text = _IF_A_NAME.sub("Ifall ", text)  # session 47: "Om Volvo valde oss …": a condition
    text = _ABOUT_A_NAME.sub("", text)  # session 47: "Om Volvo: möte igår" (about): "Volvo: …"
    text = _ALONG_BEFORE_THE_VISIT.sub(r"\1 ", text)  # "Var med @Kari hos Equinor i går"
    if "(" in text:
        text = _A_PERSON_OF_THE_FIRM.sub(
            _the_person_at_the_firm, text
        )  # "Atle Moen (CEO, Moen AS)"
    if ", " in text:
        text = _A_PERSON_THEIR_ROLE_AT.sub(
            _the_role_after_the_firm, text
        )  # "Kari Holm, CFO i Tine"
    text = _STRUCK.sub(_struck_out, text)  # "~Tilbud til Tine 300k~ 350k": 350k
    text = _GAVE_A_RING.sub(r"called \1", text)  # "Gave Boots a ring this morning"
    text = _A_STEP_BOOKED.sub(r"\g<noun> ", text)  # "Follow-up booked Friday"
    text = _NEWS_ON_THEN_THEY.sub(
        lambda m: f"{m['news']}{m['name']}{m['mid']}{m['name'].rstrip('.:;,!')} ", text
    )  # "Bad news on Network Rail :( They went with Amey"
    text = _TRIED_WHOM.sub(
        lambda m: _TRIED_CALLING[m["tried"].casefold()] + " ", text
    )  # "Tried Equinor UK 3 times today, no answer"
    if "2" in text:
        text = texted_days(text)  # "quote to screwfix 2day"
    text = undotted_prefixes(text)  # lead36: "Møte med Tine forr. uke": no sentence's end
    text = a_day_of_the_week_gone(text)  # lead36: "i onsdags i sidste uge": last week's
    text = _NEW_CUSTOMER_CHEERED.sub(r"\1: ", text)  # lead36: "Ny kunde! Fjordkraft 180k"
    text = _wins_listed_under(text)  # lead38: "Today's wins:\n- Tesco £40k\n- Boots £25k"
    text = _talks_listed_under(text)  # session 50: "Two meetings today:\n• Orkla – …\n• …"
    text = _label_over_its_bullets(text)  # session 50: "Ström AB:\n- möte igår\n- offert …"
    text = _labelled_sentences_as_lines(text)  # lead38: "Tine: møte i dag. Kiwi: tilbud …"
    if ": " in text:
        text = _another_customers_sentence_apart(text)  # "Lerøy Seafood: … i dag. Mowi takket …"
    text = _WINS_HEADING.sub(_wins_heading, text)  # lead36: "Today's wins: Greggs £12k …"
    text = _LOST_BUT_GOT.sub(r"\1won ", text)  # lead36: "Tapte X men fikk Y i stedet, 400k"
    text = _CUSTOMER_IN_BRACKETS.sub(r"\1", text)  # lead36: "kunde i Bergen (Frende) har …"
    if "(" in text:
        text = _A_PERSON_AND_ROLE_IN_BRACKETS.sub(_person_and_role_joined, text)
        text = _AN_ASIDE_IN_BRACKETS.sub(_whom_in_brackets_dropped, text)
    if "\n" in text and ":" in text:
        text = _a_headed_form(text)  # session 59: "Offert:\nKund: Essity\nBelopp: …"
    text = _a_form_as_said(text)  # lead37: "Kunde: Elkjøp Nordic AS. Tilbud: 1 250 000 NOK. …"
    if "\u2705" in text or "\u2714" in text or "\u2611" in text:
        text = _A_TICKED_LINES_DAY.sub(lambda m: _ticked_day(m, today), text)
    if " og " in text or " och " in text or " and " in text or " & " in text:
        # session 52: two customers said so ("ringet til både Matas og Salling Group", "Sent
        # proposals to Rentokil and Compass Group": were one customer "Matas og Salling Group")
        text = _BOTH_NAMED.sub(_two_names_parted, text)
        text = _TWO_FOR_A_PLURAL.sub(_two_names_parted, text)
    if "team" in text or "kontor" in text or "office" in text:
        text = _A_COLLEAGUES_TEAM.sub(_a_colleagues_team_dropped, text)  # "Lucy from the Oslo team"
    if _ARRIVED.search(text):
        text = _arrived_for_the_meeting(text)  # "kom fram till Trelleborg AB … mötet gick bra"
    if text.count("|") >= 2 and "\n" not in text.strip() and _A_CRM_ROW.match(text):
        # session 53: a CRM's row pasted with its bars ("Kunde: Nordic Semiconductor ASA |
        # Dato: 02.12.2026 | Beløp: 650 000 | Status: Vunnet": was a win with "Beløp"): its
        # fields a line each, as a form typed so is read
        text = "\n".join(
            line
            for field in re.split(r"\s*\|\s*", text.strip())
            if (line := _a_crm_field_as_said(field))
        )
    if text.count("|") >= 4:
        text = _a_table_as_lines(text)  # "day | customer | what | £\nMon | Ocado | …"
    if text.rstrip().endswith(")") and "\n" in text:
        text = _days_in_brackets_below(text)  # "…\n(tilbud tirs, møde ons, FLS skrev under i dag)"
    if "(" in text:
        text = _A_SHORT_DAY_IN_BRACKETS.sub(_the_day_in_brackets, text)  # "780.000 kr (to)"
        text = _A_NAMES_DAY_IN_BRACKETS.sub(_a_names_day, text)  # "Equinor (Mon) and DNB (Wed)"
    text = _A_WIN_LABEL.sub(r"\g<lead>Vunnit", text)  # "• Vinst – Ragn-Sells 760 000 kr (3/12)"
    text = _JUST_WANTED_TO_SAY.sub("", text)  # "Ville bare dele at jeg hadde møte med …"
    text = _A_NAME_DONE_WITH_ITS_AMOUNT.sub(r"\g<name> deal done", text)  # "Tesco done ✅ £45k"
    if _AN_OFFER_NOUN.search(text):
        text = _it_sent_as_the_offer(text)  # "… de ba om tilbud. Sendte det nå: 212 000 kr"
    text = _AN_UPDATE_FROM_THE_ROAD.sub(r"\g<lead>", text)  # "kort oppdatering fra bilen jeg …"
    if "\n" in text:
        text = _one_day_for_all_below(text)  # "- tabte Netto\n- tilbud til Føtex\nBegge dele i går"
    first, _, after = text.lstrip().partition(" ")
    if (
        after[:1].isupper()
        and len(first) > 3
        and signals._A_CHEER_STRETCHED.fullmatch(fold(first.rstrip("!.,")))
    ):
        text = after  # session 52: "JAAA Hurtigruten ASA i boks!" (was "JAAA Hurtigruten ASA")
    if "skulle" in text or "suppose" in text or "should have" in text:
        # session 52: a day of what should have been ("det skulle egentlig gått i går men"):
        # no day of what was done (was every record of the message dated yesterday)
        text = _A_DAY_THAT_SHOULD_HAVE_BEEN.sub(lambda m: m[0][: m.start("day") - m.start()], text)
    if "record" in text or "ordens" in text or "ordningens" in text:
        text = _FOR_THE_RECORD.sub("", text)  # "… CRM broken? for the record: call w/ Admiral"
    if "back from" in text.lower() or "svar fra" in text.lower() or "svar från" in text.lower():
        text = _HEARD_BACK_A_NO.sub(r"Got a no from \g<name>\g<rest>", text)
    if "rresten" in text or "btw" in text.lower() or "by the way" in text.lower():
        text = _CHEERS_THEN_BY_THE_WAY.sub("", text)  # "Grattis Lise!! Og forresten, fikk ja …"
    text = _WEEK_COMMENCING.sub("w/c", text)  # "week commencing 4 June": "w/c 4 June"
    text = owned_days.said_as_days(text)  # "Yesterday's meeting with Greggs": yesterday
    text = typed_headings.next_day_heading_last(text)  # "Next Thu: mtg …": "mtg … Next Thu"
    text = typed_headings.written_out(text)  # "Man: møte Tine": "Mandag: møte Tine"
    if ":\n" in text:
        text = _a_days_heading_said_whole(text)  # "… så her er torsdagen:\n…": "torsdag:\n…"
    text = typed_headings.stops_between_headings(text)  # "… Aker Tirs: …": "… Aker. Tirs: …"
    text = typed_headings.emoji_as_stops(text)  # "… Boots 🙂 Tomorrow: …": "… Boots 🙂. Tomorrow:"
    text = typed_headings.ticks_as_a_list(text)  # "Veckan ✔️ möte X ✔️ …": "Veckan: möte X, …"
    if " dem" in text or " them" in text or " deras " in text or " their " in text:
        text = _their_customer_for_them(text)  # "Mette havde møde med Matas …, og jeg … til dem"
    if "har " in text.lower():
        text = _HAVE_A_MEETING_INVERTED.sub(
            _a_meeting_one_has, text
        )  # "sen har jag också ett möte"
    text = _SAT_IN_A_MEETING.sub(_a_meeting_sat_in, text)  # "Satt i möte med Telia": held
    text = _GOT_TO_MEET.sub(r"\g<got> ", text)  # "fikk jeg endelig møtt X": "fikk møtt X"
    text = _A_CALL_TO.sub(_a_call_to, text)
    if "," in text:
        text = _THEN_AN_OFFER.sub(
            _then_an_offer_sent, text
        )  # "…, sen offert igår på 560 000 kr"  # "ett samtal till Volvo": "ett samtal med Volvo"
    if ", " in text:
        text = _a_town_as_where(text)  # "Meeting at SSE plc, Perth": "… SSE plc in Perth"
    if not text.isascii():
        text = _emoji_as_a_stop(text)  # "… USD 250 000 🇺🇸💰 Og tilbudet til …": "💰. Og"
    text = _run_on_punctuated(text)  # "… det gikk bra de vil ha tilbud …": "…, det gikk bra, de …"
    text = _BUT_AN_OUTCOME.sub(",", text)  # "vant Telenor men tapte Storebrand": "…, men tapte"
    text = _GLUED_STOP.sub(r"\1 ", text)  # "möte m ICA igår,gick bra": "igår, gick"
    text = _PEOPLE_OF_TWO.sub(_two_companies_of_people, text)  # "Mads fra Lego og Sofie fra …"
    return text
