"""lead37. What a seller says first or last that is no part of a log command's customer, day or
amount, moved to the note before the command is read: a person's role or name and the company
after it ("Head of IT at Centrica", "møtte Kari fra Tine", "coffee with the CTO of Ocado"), the
deal's word after a hyphen ("Nammo-avtalen"), the customer's answer to come ("svarer fredag"), and
after the deal's amount the price it replaced or its margin in money ("300k ned fra 350k",
"£45k margin £10k"). Pure text in, text out; the parser (commands/__init__.py) reads the rest."""

from __future__ import annotations

import re
from datetime import date

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands.names import _first_names
from bot.services.commands.text import _NOTE_MARK
from bot.services.commands.words import a_role_word
from bot.services.dates import fold, parse_date

WEEKDAY_WORD = (
    r"(?:man|mån|tirs|tis|ons|tors|fre|lør|lör|søn|sön)dag(?:en)?|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri"
)


# a talk's verb said first ("møtte Kari fra Tine", "lunch with Sarah from Tesco"), kept
_TALK_LEAD = (
    r"(?P<lead>(?:møtte|mødte|mødtes\s+med|traff|träffade|träffat|met(?:\s+with)?|"
    r"lunsj\s+med|lunch\s+med|lunch\s+with|coffee\s+with|kaffe\s+med|fika\s+med|"
    r"spoke\s+(?:to|with)|talked\s+(?:to|with)|snakket\s+med|snakka\s+med|pratet\s+med|"
    r"pratade\s+med|talte\s+med|ringte|ringde|ringede|called|rang|phoned|møte\s+med|möte\s+med|"
    r"møde\s+med|meeting\s+with)\s+)?"
)

# lead37. A person's role first, then where they work ("Head of IT at Centrica", "daglig leder
# hos Tine i går", "Innkjøpssjef i Kiwi", "CFO Anna at Tesco"): the customer is after the link,
# the role the note (was: a customer "Head of IT at Centrica", or "Innkjøpssjef")
_ROLE = (
    r"(?:daglig\s+leder|dagl\.\s*leder|adm\.?\s*dir\.?|"
    r"administrerende\s+direkt(?:ø|o)r|verkst(?:ä|a)llande\s+direkt(?:ö|o)r|general\s+manager|"
    r"managing\s+director|head(?:\s+of\s+[\w&-]+)?|"
    # session 53: a word of what they direct before it ("ops director", "IT director", "finance
    # manager", "procurement lead")
    r"(?:(?-i:[a-zæøå][\w&-]*|[A-Z]{2,4})\s+(?=(?:director|manager|officer|lead)\b))?"
    r"[\w-]*(?:sjef|chef|leder|ledare|ansvarlig|ansvarig|direkt(?:ø|ö|o)r|manager|director|officer)"
    r"(?:\s+of\s+[\w&-]+|\s+(?:for|i|för)\s+(?!(?-i:[A-ZÆØÅÄÖ]))[\w&-]+)?|"
    r"(?-i:[a-z]+|[A-Z]{2,4})\s+lead|"
    r"vp(?:\s+(?-i:[A-Z])[\w&-]+)?|svp|evp|ceo|cfo|cto|coo|cio|cmo|cso|cco|cpo|fd|md|gm|vd|buyer|"
    r"innkj(?:ø|o)per|ink(?:ö|o)pare|indk(?:ø|o)ber|founder|co-founder|gr(?:ü|u)nder|grundare)"
    # session 54: an abbreviation's definite ending after a colon ("CFO:n på Volvo")
    r"(?::(?:n|en|et)(?![\w:]))?"
)
_ROLE_FIRST = re.compile(
    rf"^\s*{_TALK_LEAD}(?:the\s+|our\s+|their\s+)?(?P<role>{_ROLE}"
    r"(?:\s+(?-i:[A-ZÆØÅÄÖ])[a-zæøåäöé]+)?)"
    r"\s+(?:at|hos|i|på|paa|ved|vid|from|fra|från|in|of|@)\s+(?P<rest>(?-i:[A-ZÆØÅÄÖ0-9]).*)$",
    re.IGNORECASE | re.DOTALL,
)
# Session 53. The talk's noun with "with", then a role and the company with no link ("kaffe m/
# innkjøpssjef veidekke i forrigårs", "møte m/ daglig leder Tine i går", "call w/ ops director
# at Serco"): the company the customer, the talk and the role the note (was a customer
# "innkjøpssjef veidekke", "ops director at Serco")
_A_TALK_WITH_A_ROLE = re.compile(
    r"^\s*(?P<talk>(?:call|calls|meeting|mtg|m[øöo]te|m[øo]de|kaffe|coffee|fika|lunsj|lunch|"
    r"samtale|samtal|tlf|telefon|opkald|demo|bes[øö]k|bes[øo]g|visit|teams|zoom)\s+"
    r"(?:med|m/|m|with|w/|w)\s+)(?:the\s+|their\s+|deres\s+|dess\s+)?"
    rf"(?P<role>{_ROLE})\s+(?:(?:at|hos|i|på|ved|vid|from|fra|från|in|of|@)\s+)?"
    r"(?P<rest>[\w&].*)$",
    re.IGNORECASE | re.DOTALL,
)


# lead37. A customer's name and the deal's word after a hyphen ("Nammo-avtalen", "Tesco-deal",
# "Tine-møtet"): the customer is the name (was a new customer "Nammo-avtalen")
_DEAL_WORD_HYPHENED = re.compile(
    r"(?<![\w-])([A-ZÆØÅÄÖ0-9][\w&]*)-(?:avtalen|avtalet|avtale|aftalen|aftale|dealen|deal|"
    r"kontrakten|kontraktet|kontrakt|contract|tilbudet|tilbuddet|tilbud|offerten|offert|quote|"
    r"møtet|mötet|mødet|ordren|ordern|ordre|order|anbudet|anbud|tender|"
    r"prosjektet|projektet|project|saken|sagen|affären|affæren|"
    # session 52: nynorsk and Danish ("Statkraft-anbodet", "Tine-tilbodet", "Lego-udbuddet")
    r"anbodet|anbod|tilbodet|tilbod|avtala|udbuddet|udbud|upphandlingen|upphandling)(?![\w-])"
)


# lead37. A person's first name, then "fra/from/från" and the company ("Jørn fra Tine i går",
# "Dave from Tesco"): the company is the customer, the person the note
_PERSON_FROM_FIRST = re.compile(
    rf"^\s*{_TALK_LEAD}(?P<person>[A-ZÆØÅÄÖa-zæøåäö][a-zæøåäöéü]{{1,14}})\s+"
    r"(?P<link>fra|from|från|fraa|på|hos|at|i|@)\s+(?P<rest>[A-ZÆØÅÄÖa-zæøåäö0-9].*)$",
    re.DOTALL,
)
_FROM_LINKS = {"fra", "from", "från", "fraa"}
# Session 41. The same after "with" and the day said first ("yesterday w John at Shell", "i går
# med Kari hos Tine"): the company the customer, the person the note (was a customer "w John at
# Shell"); the words before "with" must read as a day
_PERSON_WITH = re.compile(
    r"^\s*(?P<pre>(?:[^\sA-ZÆØÅÄÖ]\S*\s+){0,3}?)(?:with|w/|w|med|m/|m)\s+"
    r"(?P<role>(?:the\s+|their\s+)?\S+\s+)?(?P<person>[A-ZÆØÅÄÖa-zæøåäö][a-zæøåäöéü]{1,14})\s+"
    r"(?P<link>fra|from|från|fraa|på|hos|at|i|@)\s+(?P<rest>[A-ZÆØÅÄÖa-zæøåäö0-9].*)$",
    re.DOTALL,
)
# Session 57. The links by which a person written small is at a company written small
# ("ringde Siri hos bergen kommune"); "at", "i" and "på" name places as often ("mtg w/ sarah
# at noon", "møte m ola i kantina", "lunsj m siri på fornebu"): asked, as before
_AT_A_COMPANY = {"fra", "from", "från", "fraa", "hos", "hjå"}
_NO_PERSON = {
    "møte", "möte", "møde", "meeting", "mtg", "call", "samtale", "samtal", "opkald", "tlf",
    "tilbud", "offert", "offer", "quote", "ordre", "order", "demo", "lunsj", "lunch", "besøk",
    "besök", "besøg", "visit", "oppfølging", "follow", "mail", "epost", "email", "svar", "reply",
}  # fmt: skip


def _a_person_from_first(text: str) -> str:
    """lead37. The text with a person said first moved to the note ("Jørn fra Tine i går" ->
    "Tine i går -- Jørn"); as typed when none is."""
    found = _PERSON_FROM_FIRST.match(text)
    if found is None:
        return _a_person_with(text)
    if found["person"].casefold() in _NO_PERSON:
        return text
    if (found["person"][:1].islower() or found["rest"][:1].islower()) and not (
        _a_first_name_from_a_company(found)
    ):
        return _a_person_with(text)
    if found["link"].casefold() not in _FROM_LINKS and (
        fold(found["person"]) not in _first_names()
    ):
        return text  # "Tine på Lillehammer": a customer where it is; "Anna på ICA": a person
    if _a_town_first(found["rest"]):
        return text  # session 45: "Kari i Oslo i går": where she was, no company (was "Oslo")
    rest, person = found["rest"].rstrip(), found["person"]
    lead = found["lead"] or ""
    return _the_person_noted(lead, rest, person)


def _a_first_name_from_a_company(found: re.Match[str]) -> bool:
    """Session 53. Typed in lower case ("møtte kari fra tine i går", "mødte jens fra salling",
    "Kari fra tine"): a person when the word is a first name and "from" links it to a word that
    is no department, pronoun or town (was a customer "kari fra Tine", or refused as "jens")."""
    from bot.services.capture.places import is_place  # imported here: capture imports us
    from bot.services.commands.names import _DEPARTMENTS

    if found["link"].casefold() not in _AT_A_COMPANY or fold(found["person"]) not in _first_names():
        return False  # (session 57: "hos", "at" too: "ringde Siri hos bergen kommune")
    word = re.match(r"[\w&-]+", found["rest"])
    body = re.match(r"[\w&-]+\s+([\w-]+)", found["rest"])
    if word is not None and _a_day_said(found["link"], word[0]):
        return False  # "Oda i dag", "Kari på mandag": when, no company
    return word is not None and not (
        fold(word[0]) in _DEPARTMENTS
        or fold(word[0]) in _NOT_A_COMPANY
        # (session 57: a town's public body is a company: "hos bergen kommune")
        or (is_place(word[0].capitalize()) and not (body and fold(body[1]) in _PUBLIC_BODIES))
    )


def _a_day_said(link: str, word: str) -> bool:
    """ "i dag", "i går", "på mandag", "at 10", "i morgen": the link and the word say when."""
    try:
        return parse_date(f"{link} {word}", today=date(2000, 1, 3), direction="past") is not None
    except UserError:
        return False


_PUBLIC_BODIES = {
    fold(w)
    for w in """kommune kommun kommuns kommunes stad stads region regionen fylkeskommune
    landsting council municipality herad""".split()
}


_NOT_A_COMPANY = {
    "dem", "them", "de", "dom", "kunden", "kunde", "customer", "client", "jobb", "jobben", "work",
    "home", "hjemme", "kontoret", "office", "teamet", "team", "oss", "us", "min", "mitt", "my",
}  # fmt: skip


def _the_person_noted(lead: str, rest: str, person: str) -> str:
    """The text with the person in its note: after the first dash where one parts the words
    (session 52: "call w/ Tom at Tesco – warm – booked a demo Thu" was "Tesco – warm – booked a
    demo Thu -- call w/ Tom", its "--" read as the seller's own, the temperature and the step
    kept in the note), else after "--" as a note of its own."""
    if "--" in rest:
        return f"{lead}{rest}; {person}"
    dash = _NOTE_MARK.search(rest)  # a dash of a sentence ("Tesco – warm – booked a demo")
    if dash is not None:
        return f"{lead}{rest[: dash.end()]}{person}; {rest[dash.end() :].lstrip()}"
    return f"{lead}{rest} -- {person}"


_TALKS_WITH = {fold(w) for w in _NO_PERSON} | {
    fold(w) for w in "coffee kaffe fika dinner middag frokost breakfast drinks øl beer".split()
}


def _a_town_first(rest: str) -> bool:
    """Whether the words after the person's link open with a town alone ("Oslo i går", not
    "Oslo kommune", "Drammen Bygg AS")."""
    from bot.services.capture.places import is_place  # imported here: capture imports us

    words = rest.split()
    if not words or not is_place(words[0].rstrip(",.;:")):
        return False
    after = words[1] if len(words) > 1 else ""
    return not (after[:1].isupper() or fold(after) in ("kommune", "kommun", "kommunes", "fylke"))


def _a_person_with(text: str) -> str:
    """Session 41. "yesterday w John at Shell, warm" -> "yesterday Shell, warm -- John": a known
    first name after "with" and before the company's link, the words before it a day or none."""
    found = _PERSON_WITH.match(text)
    if found is None or fold(found["person"]) not in _first_names():
        return text
    if (found["person"][:1].islower() or found["rest"][:1].islower()) and not (
        _a_first_name_from_a_company(found)
    ):
        return text  # session 57: written small, by a link to a company only
    pre = found["pre"].strip()
    if found["role"] and (
        not a_role_word(found["role"].split()[-1])
        or (pre and all(fold(word) in _TALKS_WITH for word in pre.split()))
    ):
        # session 49: a role before the person after a day ("yesterday with CFO Anna at
        # Kongsberg"); after the talk's noun it is _a_role_first's ("møde m/ indkøbschef Lars
        # hos Salling Group")
        return text
    if _a_town_first(found["rest"]):
        return text  # session 45: "i går med Kari i Oslo": where, no company
    rest, person = found["rest"].rstrip(), f"{found['role'] or ''}{found['person']}"
    if pre and all(fold(word) in _TALKS_WITH for word in pre.split()):
        # "lunch w John at Shell", "kaffe med Kari hos Tine": the talk and whom, the note
        pre, person = "", text[: found.start("link")].strip()
    if pre and parse_date(pre, today=date(2000, 1, 1), direction="past") is None:
        return text  # "Bergen w John at Shell": no day before "with", as typed
    lead = f"{pre} " if pre else ""
    return _the_person_noted(lead, rest, person)


# lead37. The customer's answer to come on a weekday ("svarer fredag", "återkommer på fredag",
# "vender tilbage fredag", "will get back to me Friday", "they'll call Friday"): theirs, the
# note; never the day of the talk (was: the talk dated the Friday gone, "i går" unread)
_THEIR_ANSWER_TO_COME = re.compile(
    r"(?:,\s*|\s+)(?P<said>(?:(?:de|dom|dei|they|they'll|they\s+will|kunden)\s+)?"
    r"(?:svarer|svarar|återkommer|aterkommer|kommer\s+tilbake|kommer\s+tillbaka|"
    r"vender\s+tilbage|melder\s+tilbake|vender\s+tilbake|hører\s+fra\s+dem|"
    r"(?:will\s+)?get\s+back(?:\s+to\s+(?:me|us))?|(?:will\s+)?revert|'ll\s+call|call(?=\s)|"
    r"will\s+call|decide|decides|beslutter|bestemmer\s+seg|bestämmer\s+sig)"
    rf"(?:\s+(?:på|pa|on))?\s+(?:{WEEKDAY_WORD}))(?![\w-])\s*$",
    re.IGNORECASE,
)


# lead37. After the deal's amount, the price it replaced or its margin in money ("Tine 300k ned
# fra 350k", "£45k revised down from £50k", "300k, opprinnelig 350k", "300k dekningsbidrag
# 66k", "£45k margin £10k"): the note, never the amount (was: the later figure stored)
_OLD_PRICE_OR_MARGIN = re.compile(
    r"(?i)(?<=[\dkKmM])\s*,?\s+(?P<said>(?:(?:revised|justert|justerat|justeret)\s+)?"
    r"(?:ned\s+fra|ner\s+från|ned\s+från|down\s+from|opprinnelig|opprinneleg|"
    r"ursprungligen|ursprungligt|oprindeligt|oprindelig|originally|tidligere|tidigare|"
    r"previously|listepris|listpris|list\s+price|dekningsbidrag|db|tb|"
    r"t[äa]ckningsbidrag|d[æa]kningsbidrag|margin|marginal|avanse)\s+"
    r"(?:[£€$]\s?\d[\d.,']*(?:k|m|mill)?|\d[\d.,']*\s?(?:k|m|mill|mio|mkr|tkr|kr|nok|sek|dkk)"
    r"|\d{1,3}(?:[ .]\d{3})+)(?![\w%]))\s*$"
)


def _their_answer_as_note(text: str) -> str:
    """lead37. The customer's answer to come, at the end, moved to the note; as typed when it
    is not there or a note is typed already."""
    found = _THEIR_ANSWER_TO_COME.search(text)
    if found is None or "--" in text:
        return text
    said = found["said"]
    before = text[: found.start()].rstrip(" ,")
    theirs = _THEIRS_SAID.match(said) is not None
    if not theirs and said.casefold().startswith(("call", "will call", "decide")):
        return text  # "call Friday": ours, the step
    if not theirs:
        # cmds33: coming back with no subject is the seller's step ("Telia, återkommer på
        # fredag"), said in its own clause after the talk's day (was: the day of the talk)
        return f"{before}, {said}"
    return f"{before} -- {said}"


# lead37: who the answer to come is said to be from: them, or an answer to us
_THEIRS_SAID = re.compile(
    r"(?i)(?:de|dom|dei|they|they'll|they\s+will|kunden)\s|svarer|svarar|.*\bto\s+(?:me|us)\b"
    r"|.*'ll\s+call"
)


def _a_role_first(text: str) -> str:
    """lead37. The text with a role opening it moved to the note ("Head of IT at Centrica, varm"
    -> "Centrica, varm -- Head of IT"); as typed when none opens it."""
    found = _ROLE_FIRST.match(text)
    if found is None:
        return _a_talk_with_a_role(text)
    rest, role = found["rest"].rstrip(), found["role"].strip()
    from bot.services.capture.places import COMPANY_AFTER_A_TOWN, is_place  # capture imports us

    town = re.match(r"[^\W\d_]+", rest)
    after = rest[town.end() :].split()[:1] if town is not None else []
    of_a_firm = bool(after) and (after[0][:1].isupper() or fold(after[0]) in COMPANY_AFTER_A_TOWN)
    if town is not None and is_place(town[0]) and not of_a_firm:
        # Session 47. "CFO Anna i Bergen igår", "innkjøpssjefen i Oslo": a role in a town, no
        # company said (was a customer "Bergen", stored); "i Oslo kommune" is a company's
        raise UserError("not_a_customer", text=town[0])
    # session 54: the role after the first dash where one parts the words, as a person's
    return _the_person_noted(found["lead"] or "", rest, role)


def _a_talk_with_a_role(text: str) -> str:
    """Session 53. "kaffe m/ innkjøpssjef veidekke i forrigårs" -> "kaffe m/ veidekke i
    forrigårs -- innkjøpssjef"; as typed when no role follows the talk's "with", or a person's
    first name, a town or a department does ("møte m/ innkjøpssjef Kari": hers, no company)."""
    found = _A_TALK_WITH_A_ROLE.match(text)
    if found is None:
        return text
    from bot.services.capture.places import is_place  # imported here: capture imports us
    from bot.services.commands.names import _DEPARTMENTS

    rest = found["rest"].rstrip()
    first = re.match(r"[\w&-]+", rest)
    if first is None or fold(first[0]) in _first_names() or fold(first[0]) in _DEPARTMENTS:
        return text
    if is_place(first[0].capitalize()) or fold(first[0]) in _NOT_A_COMPANY:
        return text
    # session 54: after the first dash where one parts the words ("Lunch m vd:n på Bergendahls
    # 1/12 – ljummen, …": the in-between temperature was kept in the note, unasked)
    return _the_person_noted(found["talk"], rest, found["role"].strip())


# A day typed before the talk and whom ("igår: kaffe m/ salgssjef i Norgesgruppen", "3/12 møte
# m/ Lise Berg, innkjøpssjef hos Tine SA"): the person and the role read after it as without it
_A_DAY_LEAD = re.compile(
    r"(?i)^\s*(?:[0-9]{1,2}[./][0-9]{1,2}\.?|i\s*går|igår|i\s*dag|idag|yesterday|yday|today|"
    r"i\s*förrgår|i\s*forgårs)(?:\s*[:\-–]\s*|\s+)(?=\S)"
)


def as_meant(text: str, kind: ActivityKind) -> str:
    """The command's text with what is no part of its customer, day or amount moved to the note
    (see the module doc); as typed when there is none."""
    day = _A_DAY_LEAD.match(text)  # (review 53: the day typed first leads no less)
    typed = text
    if day is not None:
        text = text[day.end() :]
    text = _a_role_first(text)  # "/logmeeting Head of IT at Centrica": Centrica's
    if kind in (ActivityKind.MEETING, ActivityKind.CALL):
        text = _a_person_from_first(text)  # "/logmeeting Jørn fra Tine": Tine's
    if day is not None:
        if text == typed[day.end() :]:
            text = typed  # nobody moved: as typed
        else:
            # the day said after the customer's clause, as "… hos Tine SA i går, varm" is read
            said = typed[: day.end()].strip().rstrip(":-–").strip()
            stop = re.search(r",|\s--\s|\.\s", text)
            at = stop.start() if stop is not None else len(text)
            text = f"{text[:at]} {said}{text[at:]}"
    # "/logwin Nammo-avtalen 300k": Nammo; only in the first sentence (session 54: "… De har
    # allerede Office-avtale." kept its note's words whole, was "Office.")
    stop = re.search(r"[.!?]\s|\s--\s", text)
    at = stop.start() if stop is not None else len(text)
    text = _DEAL_WORD_HYPHENED.sub(r"\1", text[:at]) + text[at:]
    text = _their_answer_as_note(text)  # "Tine i går varm, svarer fredag": theirs
    if kind in (ActivityKind.WIN, ActivityKind.OFFER, ActivityKind.LOSS) and "--" not in text:
        text = _OLD_PRICE_OR_MARGIN.sub(r" -- \g<said>", text, count=1)  # "ned fra 350k"
    return text
