"""Session 41. A remark after the read options: "Aker BP i går, gikk bra. neste: demo fredag",
"Storm Tuesday, intro meeting", "Ambu 28/11, sendt materiale", "bakeriet mandag, prat om
kassesystem". Words that begin after a comma or a full stop, written small, and say nothing a
figure depends on (no day, no amount, no period, no temperature, no step or booking, no other
outcome, no cancellation, no negation, no plan): the seller's note on the talk or deal. Was
asked as unread every time. Anything that might move a figure stays asked: a second customer
is written with a capital, a slip of a day ("igr", "tirsdg", "i gaar") is near a day word, a
price per month names its period."""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

from bot.domain import ActivityKind
from bot.services.amounts import (
    _NUMBER_MAGNITUDES,
    _NUMBER_MORPHEMES,
    UNIT_WORDS,
    VAT_WORDS,
    vat_included,
    vat_said_last_out,
)
from bot.services.commands.names import _first_names, _known_prefix
from bot.services.commands.options import a_year_of_a_deal
from bot.services.commands.words import (
    _FOLLOW_UP_PAIRS,
    _NEXT_WORDS,
    _SOFTENED_TEMPERATURE,
    _STEP_WORDS,
    _TALK_ENDINGS,
    _VAGUE_TEMPERATURES,
    BOOKED_PAIRS,
    BOOKED_WORDS,
    HOW_SHORT,
    NEW_WORDS,
    TALK_NOUNS,
    TEMPERATURES,
    WANT_WORDS,
    WITH_WORDS,
    _word,
    a_name_after_a_role,
    a_role_word,
    in_between_word,
    is_a_role,
    no_company,
)
from bot.services.dates import MONTHS, fold, names_a_day, respelt

_MAX_WORDS = 8
_SYMBOLS = set("€$£¥%?@#<>=+/")

# Folded. Times without a number that a day or a deadline hangs on ("etter jul", "før helga",
# "later", "asap"); periods a price is per ("per år", "i mnd", "yearly").
_TIMES = {
    fold(w)
    for w in """jul julen påske påsken helg helga helgen weekend weekenden nyttår nyår nytår
    morgen morgon morgenen morning ettermiddag eftermiddag afternoon formiddag förmiddag kveld
    kvelden kväll kvällen aften evening natt nat night senere senare later snart soon
    asap tidligere tidigare earlier sist forleden nylig nyligen nyss recently idag igår
    imorgen imorgon igaar imorn yday tmrw today yesterday tomorrow tonight""".split()
}
_PERIODS = {
    fold(w)
    for w in """år året årene årlig årlige årligt årsbasis p.a. pa. per pr dag dager dagar dage
    dagen days day daily time timer hour hours""".split()
}
_PERIOD_STEMS = ("maned", "manad", "maaned", "month", "mnd", "md", "kvartal", "quarter", "year")
_PERIOD_STEMS += ("yr", "annual", "annum", "uke", "uka", "veke", "veck", "week", "wk", "uge")
_PERIOD_ENDINGS = ("arig", "arige", "arigt", "arsavtale", "arsavtal", "arsaftale")
# Another of something beside the record ("også bama", "plus support"), a price that recurs
# ("løpende", "subscription"), or someone off sick: asked
_ANOTHER = {fold(w) for w in "også ogsa också ocksa also too plus samt".split()}
_RECURRING = {
    fold(w)
    for w in """løpende lopende löpande løbende recurring abonnement abonnemang subscription
    leie hyra leje rent rental""".split()
}
_OFF_SICK = {fold(w) for w in "syk sjuk syg sick ill sykemeldt sjukskriven sygemeldt".split()}
# A discount: the amount before or after it? ("300k, før rabatt"): asked
_DISCOUNTS = {
    fold(w) for w in "rabatt rabat rabatten discount discounted avslag prisavslag".split()
}
# Saying the talk or deal did not happen, or was moved: asked, never a note under a record
_UNDONE = {
    fold(w)
    for w in """avlyst avlyste aflyst aflyste inställt inställd installt cancelled canceled
    cancel avbestilt flyttet flytta flyttat flyttede moved rescheduled postponed utsatt utsat
    udskudt uppskjutet uppskjuten noshow no-show""".split()
}
_NEGATIONS = {
    fold(w)
    for w in """ikke ikkje inte ej not no ingen inga inget intet aldri aldrig never nei nej
    didn't don't doesn't wasn't isn't haven't hasn't""".split()
}
# A plan or a wish: "skal sende pris", "will send a quote", "må ringe" (a step without its day)
_PLANS = {
    fold(w)
    for w in """skal ska skall will shall gonna going kommer planlegger planerar planlægger
    må maa måste must should bør bör""".split()
}
_ACTIONS = {
    fold(w)
    for w in """ring ringe ringa ringer ringar call calls calling phone send sende sender skicka
    skickar sending maile maila mail mailer mailar email mejla mejlar book booke boka booker
    bokar følg følge følj folg folge folj følger följer follow follows following followup
    follow-up oppfølging oppfølgning opfølgning uppföljning besøk besøke besöka besøker
    besöker visit visiting""".split()
}
# A time the next step hangs on, with no day ("etter vinterferien", "efter pingst", "after the
# holidays", "før sommeren"): asked as before, never a note
_WHEN_WORDS = {
    fold(w) for w in "etter efter after innen inden inom before".split()
}  # ("før" folds to "for")
_SEASON_STEMS = ("ferie", "lovet", "semester", "pinse", "pingst", "paske", "sommer", "jul")
_SEASON_STEMS += ("vinter", "holiday", "vacation", "trettende", "skolestart")
_OUTCOMES = {
    fold(w)
    for w in """vant vann vunnet vundet vunnit won win tapte tabte tapt tabt mistet mistede lost
    förlorade förlorat lose tappade tappat""".split()
}
# A colleague there too ("sammen med Sofie"): their own log may count the same talk, asked as a
# mention is (commands.yaml)
_TOGETHER = {"sammen", "tillsammans", "together", "tilsammen", "jointly", "joint"}
# How many ("to møter", "three calls"): a count, read or asked, never a note; articles are words
_COUNTS = (_NUMBER_MORPHEMES | _NUMBER_MAGNITUDES) - {"en", "ett", "et", "ei", "ein", "a"}
_DAY_WORDS = ("igar", "idag", "imorgen", "imorgon", "yesterday", "today", "tomorrow", "igaar")
_SEPARATOR = r"(?:[,;!:)]|(?<![0-9])\.)"  # a day's own full stop ("den 16.") ends nothing
# A talk's noun opening the remark: any talk ("prat om kassesystem"), or one of the command's own
# kind ("demo av dashboard" after /logmeeting); another kind's may be one to come
_ANY_TALK = {fold(w) for w in "prat snakk snak snack chat catch-up catchup".split()}
_TALKS_OF = {
    ActivityKind.MEETING: {
        fold(w)
        for w in """møte möte møde mote moete mode meeting mtg demo workshop befaring besøk
        besök besøg visit presentasjon presentation præsentation träff""".split()
    },
    ActivityKind.CALL: {
        fold(w) for w in "samtale samtal call opkald telefonmøte tlf telefon phone tel ph".split()
    },
}
# What a talk was about, opening its topic (folded; "om" alone: "om en uke" is a time, which
# the words after it say, _moves_a_figure)
_ABOUT = {
    fold(w)
    for w in """om angående angaende ang ang. vedr vedr. vedrørende vedrorende ang: re re: regarding
    about omkring kring""".split()
}
_TEMPERATURE_WORDS = tuple(w for w in (*TEMPERATURES, *_VAGUE_TEMPERATURES) if len(w) >= 4)


def a_remark(
    unread: str,
    text: str,
    today: date,
    kind: ActivityKind,
    known: Collection[str],
) -> str | None:
    """`unread` as the note, when it is a remark after a comma or a full stop that says nothing
    a figure depends on (module doc); else None. A talk's noun is the talk said of ("prat om
    kassesystem", "intro meeting"): one to come says its day, its booking or "ny". A month is
    an offer's or a win's start or delivery ("kontrakt signert, oppstart januar"), but may be a
    talk's day: asked after a meeting or a call. One word alone may be a name ("Tine, orkla"),
    and a known customer's name anywhere is one: asked."""
    said = unread.strip().rstrip(",;:")
    if kind in _DEALS and not vat_included(said):
        said = vat_said_last_out(said)  # session 57: "…, ekskl. moms": the amount's, as typed
    words = said.split()
    if len(words) == 1 and _a_kind_of_talk(words[0], text):
        return said.rstrip(".!")  # session 50: "Grundfos, 27/11, intromøde": what kind of talk
    if len(words) == 1 and kind in _DEALS and _a_kind_of_deal(words[0], text):
        return said.rstrip(".!")  # session 56: "Vant Bodø kommune! Renholdsavtale, 1,75 mill"
    what_for = kind in _DEALS and _word(words[0]) in _WHAT_FOR
    if what_for and len(words) > 1 and _word(words[1]) in _ON_BEHALF:
        return None  # review: "300k på vegne av kari": whose it is, asked
    if not 2 <= len(words) <= _MAX_WORDS and not (len(words) == 1 and _a_persons(words[0])):
        return None  # (session 45: one person's first name, "Hedin Bil, Johan.", is said of it)
    first = [_word(w) for w in words[:2]]
    # session 43: the talk said of right after the name, with whom ("DNB tlf m/ innkjøpssjef",
    # "Bygma A/S mtg m. direktøren", "Danfoss A/S kort snak"): its note, as after a comma
    talks = _ANY_TALK | _TALKS_OF.get(kind, set())
    talk_first = (
        (first[0] in talks and first[1] in WITH_WORDS)  # "tlf m/ innkjøpssjef"
        or (first[0] in HOW_SHORT and first[1] in talks)  # "kort snak", "quick chat"
    ) and not re.search(r"[.:;!?]\S*\s", said.rstrip(".!").replace(" m. ", " m "))  # one sentence
    # session 45: what the talk was about, right after the name or its day ("Kiwi i går om
    # julesortimentet", "Postnord 2. december om returflöden", "re: returns"): its note
    about_first = first[0] in _ABOUT and kind in (ActivityKind.MEETING, ActivityKind.CALL)
    if any(in_between_word(_word(w)) for w in words):
        # session 50: a temperature in between among them ("snak med indkøbschefen igår, lun",
        # "møte med innkjøpssjefen onsdag, lunken interesse"): asked (was the note, the lead
        # stored with no temperature)
        return None
    if _the_talk_told(words, text, known, today, kind):
        # Session 47: the talk told after its customer, typed fast with no commas ("mtg m/
        # innkjøpssjef Per på Skøyen", "møte på Forus", "tel m/ säkerhetschef Lars", "møte m/
        # CFO Anna i Bergen"): its noun, with whom, where; the note (was asked as unread)
        return said.rstrip(".!")
    if kind in (ActivityKind.MEETING, ActivityKind.CALL) and _a_place_after(
        words, text, known, today
    ):
        # Session 47: where the talk was held, right after the name or its day ("Lerøy
        # Seafood i Bergen", "Hydro på Herøya i forgårs", "Nokia Oy in Espoo, warm"): its
        # note (was asked as unread)
        return said.rstrip(".!")
    # session 56: what the deal is for, right after its amount ("kr 890.000,- for
    # vaktmestertjenester", "420.000 DKK för kontorsstädning"): its note (was asked as unread)
    before = r"(?:\s)" if talk_first or about_first or what_for else _SEPARATOR + r"\s*"
    # (session 57: what a deal is for may join its things with "&" or "+", which the reader
    # drops: "på julskinka & sill", "på kaffeordning + service"; the note keeps them)
    joined = r"\s+(?:[&+]\s+)?" if what_for else r"\s+"
    typed = re.search(
        before + "(" + joined.join(map(re.escape, said.split())) + r")(?=$|[\s,;.!])", text
    )
    if typed is None:
        return None  # words from here and there, or right after the name: asked
    said = typed[1] if what_for else said
    plain = re.sub(
        r"(?<!\S)(?:[mw]/|m\.|m|w|[&+])(?!\S)", "", said
    )  # "m/ innkjøpssjef", "w/ the buyer"
    bare_of_years = _without_a_year(plain, today)
    if kind in _DEALS:
        bare_of_years = _without_counts(bare_of_years)  # session 58: "200 seats", "240 lisenser"
    if any(ch.isdigit() or ch in _SYMBOLS for ch in bare_of_years):
        return None  # (session 57: a year near today is what for: "for skolemat 2027")
    tokens = plain.split()
    if any(_a_capital_of_a_name(tokens, i) for i in range(len(tokens))):
        return None
    folded = [_word(token) for token in words]
    if not all(folded) or not any(w.isalpha() and len(w) > 1 for w in folded):
        return None
    for index, word in enumerate(folded):
        if talk_first and index and (word in WITH_WORDS or words[index].isupper()):
            continue  # "tlf m inköp", "mtg w/ MD": with whom, never a million or a month
        if word in _OFF_SICK and _theirs(words[:index]):
            continue  # session 43: "inköpschef sjuk.", "buyer off sick.": theirs, not the seller's
        if (about_first or what_for) and a_season_compound(word):
            continue  # session 46: "om julekampanjen", "om påskekampanjen": the topic
            # (session 57: what a deal is for, "på julebordpakker")
        if kind in _DEALS and _of_the_deal(folded, index):
            continue  # session 58: "nyt lagersystem", "belysning till nya lagret"
        if _moves_a_figure(word) and not _a_persons(words[index]):
            return None  # (session 45: "Lisa och Per.": the person, no "per" of a price)
        if word in MONTHS and kind in (ActivityKind.MEETING, ActivityKind.CALL):
            return None
        if index + 1 < len(folded):
            pair = (word, folded[index + 1])
            if pair in _FOLLOW_UP_PAIRS or pair in BOOKED_PAIRS:
                return None
    if folded[0] in TALK_NOUNS and folded[0] not in _ANY_TALK | _TALKS_OF.get(kind, set()):
        return None  # "/logcall Tine, møte om budsjettet": a meeting to come, perhaps (asked)
    if names_a_day(folded, today):
        return None
    bare = [token.strip(",;:.!") for token in words]
    if any(_known_prefix(bare[i:], known) for i in range(len(bare))):
        return None
    return said.rstrip(".!") or None


# Session 47. Where a talk was held: "i Bergen", "på Herøya", "in Espoo", "at Fornebu" (one or
# two words with a capital, no legal form, no known customer, no person, no day)
_AT_A_PLACE = {"i", "på", "pa", "in", "at"}
_PLACE_WORD = re.compile(r"[A-ZÆØÅÄÖ][a-zæøåäöüé]+(?:-[A-ZÆØÅÄÖ]?[a-zæøåäöüé]+)*")


# Session 48. Before a role said in English: "with the CFO", "with their buyer"
_THEIR = {"the", "their", "our", "a", "an"}


def _the_talk_told(
    words: list[str], text: str, known: Collection[str], today: date, kind: ActivityKind
) -> bool:
    """The words are parts that tell the talk and nothing else, in any order: its own noun
    ("mtg", "møte", "tlf"), with whom ("m/ innkjøpssjef Per", "w/ CFO Anna", "med Kari"), where
    ("på Skøyen", "i Bergen", "at Sandvika"); each part at most once, two parts or more (one
    alone is read by the rules beside this one)."""
    from bot.services.capture.places import is_place  # imported here: capture imports us

    bare = [word.rstrip(",;.!") for word in words]
    folded = [_word(word) for word in bare]
    # an offer's or a win's: with whom and where only ("vant Lerøy Seafood 1,1 mill m/
    # innkjøpssjef Per i Bergen")
    talks = _ANY_TALK | _TALKS_OF[kind] if kind in _TALKS_OF else set()
    verbs = _TALK_VERBS_OF.get(kind, set())
    at, parts, noun_end = 0, set(), -1
    while at < len(bare):
        if "noun" not in parts and (
            folded[at] in talks or folded[at] in verbs or _a_swapped(folded[at], talks)
        ):
            parts.add("noun")
            at += 1
            noun_end = at
        elif "whom" not in parts and (opened := _whom_opened(folded, bare, at, noun_end)):
            end = opened
            if end + 1 < len(bare) and folded[end] in _THEIR and a_role_word(bare[end + 1]):
                end += 1  # session 48: "with the CFO", "with their head of buying"
            first = end
            while end < len(bare) and _a_department(bare[end]):
                end += 1
                if end + 1 < len(bare) and folded[end] == "of" and bare[end + 1].isalpha():
                    end += 2  # session 48: "head of buying", "director of IT"
            roled = end > first
            if end < len(bare) and (
                _a_persons(bare[end])
                or (
                    roled
                    and a_name_after_a_role(bare[end])
                    and not _known_prefix([bare[end]], known)
                )
            ):
                end += 1  # "m/ salgssjef Mona": a name after the role, known to us or not
                # session 49: two of them ("m/ Kari og Ola"), and their department after ("m/
                # Kari innkjøp", "m/ Johan på inköp", "m/ Kari frå innkjøp"): the customer's
                # people (were asked as unread)
                if end + 1 < len(bare) and folded[end] in _AND and _a_persons(bare[end + 1]):
                    end += 2
                elif end < len(bare) and _a_persons(bare[end]):
                    end += 1  # (session 50: their "&" already read apart: "för Erik Lena")
                if end < len(bare) and _a_department(bare[end]):
                    end, roled = end + 1, True
                elif (
                    end + 1 < len(bare)
                    and folded[end] in _OF_A_DEPARTMENT
                    and _a_department(bare[end + 1])
                ):
                    end, roled = end + 2, True
            if end == opened or not (roled or "noun" in parts):
                return False  # "Tine 300k med Per": a colleague along, perhaps (asked)
            parts.add("whom")
            at = end
        elif (
            "about" not in parts
            and "whom" in parts
            and folded[at] in _ABOUT
            and (topic := _a_topic_to_the_end(bare, folded, at + 1, today))
        ):
            # session 50: what it was about, last ("möte med upphandlingen om nya avtalet",
            # "snakka med Oddny om straumavtale": were asked as unread)
            parts.add("about")
            at = topic
        elif "where" not in parts and folded[at] in _AT_A_PLACE and at + 1 < len(bare):
            place = bare[at + 1]
            shouted = place.isupper() and place.isalpha() and text == text.upper()
            if not (_PLACE_WORD.fullmatch(place) or is_place(place) or shouted):
                return False
            if _a_persons(place):
                return False
            if no_company(place) or _known_prefix([place], known):
                return False
            if names_a_day([folded[at + 1]], today):
                return False
            parts.add("where")
            at += 2
        else:
            return False
    if len(parts) < 2 and parts != {"whom"}:
        return False
    # typed in this order, a day or a temperature read from between the parts at most
    # ("møte i forgårs på Bømlo", "mtg at Sandvika ystd w/ CTO Per")
    between = r"\s+(?:\S+\s+){0,3}?"
    told = between.join(re.escape(word) for word in words)
    return re.search(r"(?<!\S)" + told + r"(?=$|[\s,;.!])", text) is not None


# The end of a word that names a kind of talk ("intromøde", "statusmøte", "uppföljningsmöte",
# "kick-off-meeting"; folded): the name reader's, and the Danish "møde"
_TALK_COMPOUND_ENDS = (*_TALK_ENDINGS, "mode", "modet")


_DEALS = (ActivityKind.OFFER, ActivityKind.WIN)
_ON_BEHALF = {fold(w) for w in "vegne vegner vägnar vegne behalf".split()}
_WHAT_FOR = {"for", "för"}  # folded: "for", "för", "før" ("før" is "before": folded "for" too)
# session 57: "kr 185 000 på julebordpakker", "3,4 MSEK på lagerlogistik" (folded "pa")
_WHAT_FOR |= {"pa"}


# Session 58. A count said of a deal after its amount ("240 lisenser", "40 skjermer m/
# montering", "200 seats", "för 12 nya stolar"): a whole number of up to four figures before a
# word that is no amount's unit, period, month or week (folded). A term ("3 års avtale",
# "treårig") is no count: whether the amount is a year's or the whole is asked (session 54)
_A_COUNT = re.compile(r"(?<!\S)[1-9][0-9]{0,3}(?=\s+(\S+))")
_NO_NOUN = {
    "eller",
    "elr",
    "or",
    "og",
    "och",
    "and",
    "til",
    "till",
    "to",
    "a",
    "x",
    "av",
    "af",
    "of",
}
# review: a number before these is money ("100 ekstra for montering", "15 upfront", "10 off if
# signed this week", "50 bucks a seat")
_NO_NOUN |= {
    fold(w)
    for w in """ekstra extra upfront off rabatt discount bucks quid lapper spenn spänn mer more
    less mindre plus tillegg tillägg tillæg per pr each stk st""".split()
}
_A_YEARS = {"ars", "aars", "yrs", "yr"}  # folded "års", "yrs" ("3 års avtale": a term)


def _without_counts(said: str) -> str:
    """`said` without the counts of a deal's note (_A_COUNT)."""

    def counted(m: re.Match[str]) -> str:
        after = fold(m[1]).strip(",;.!")
        if (
            not after.isalpha()
            or after in UNIT_WORDS
            or after in MONTHS
            or after in _A_YEARS
            or after in _NO_NOUN  # "2 eller 3 lisenser": two counts, which is asked
            or (_moves_a_figure(after) and after not in NEW_WORDS)
        ):
            return m[0]
        return ""

    return _A_COUNT.sub(counted, fold(said))


def _of_the_deal(folded: list[str], index: int) -> bool:
    """Session 58. "New" said before what the deal is ("nyt lagersystem", "nytt
    ventilasjonsanlegg", "belysning till nya lagret"), never before a talk ("nytt møte", a step)
    nor a term ("ny 3-årsavtale" is asked as a term is)."""
    word = folded[index]
    after = folded[index + 1] if index + 1 < len(folded) else ""
    return (
        word in NEW_WORDS
        and after.isalpha()
        and after not in TALK_NOUNS
        and after not in _STEP_WORDS
        and not _moves_a_figure(after)
    )


def _without_a_year(said: str, today: date) -> str:
    """`said` without the years near today's that stand alone in it ("for skolemat 2027")."""
    return re.sub(
        r"(?<!\S)(20[0-9]{2})(?=[,;.!]?(?:\s|$))",
        lambda m: "" if a_year_of_a_deal(int(m[1]), today) else m[0],
        said,
    )


_DEAL_COMPOUND_ENDS = (
    "avtale", "avtalen", "aftale", "aftalen", "avtal", "avtalet", "kontrakt", "kontrakten",
    "kontraktet", "contract", "agreement", "abonnement", "abonnemang", "subscription",
)  # fmt: skip


def _a_kind_of_deal(token: str, text: str) -> bool:
    """Session 56. One word after a comma or a full stop, or before one, that names a kind of
    deal by its compound ("Renholdsavtale", "serviceaftale", "ramavtal"): the deal's note."""
    word = _word(token.rstrip(".!,;"))
    return (
        word.isalpha()
        and len(word) > 6
        and word.endswith(tuple(fold(e) for e in _DEAL_COMPOUND_ENDS))
        and re.search(
            r"(?:^|[,;.!:]\s*|\s)" + re.escape(token.rstrip(".!,;")) + r"(?=$|[,;.!])", text
        )
        is not None
    )


def _a_kind_of_talk(token: str, text: str) -> bool:
    """Session 50. One word in small letters, after a comma, that names a kind of talk by its
    compound ("intromøde", "statusmøte", "oppfølgingssamtale"): the talk's note."""
    word = _word(token.rstrip(".!"))
    return (
        token[:1].islower()
        and word.isalpha()
        and len(word) > 7
        and word.endswith(_TALK_COMPOUND_ENDS)
        and re.search(r"[,;]\s*" + re.escape(token.rstrip(".!")) + r"(?=$|[\s,;.!])", text)
        is not None
    )


def _a_topic_to_the_end(bare: list[str], folded: list[str], at: int, today: date) -> int | None:
    """Session 50. One to five words in small letters to the end, no figure among them: a
    talk's topic after "om"/"about" (its end), else None."""
    rest = folded[at:]
    if not 1 <= len(rest) <= 5 or any(not word.isalpha() for word in rest):
        return None
    if any(not token[:1].islower() for token in bare[at:]):
        return None
    if any(_moves_a_figure(word) and word not in NEW_WORDS for word in rest) or names_a_day(
        rest, today
    ):  # ("om nya avtalet": the new agreement, no figure)
        return None
    return len(bare)


# Session 49. A talk said by its verb, with whom right after it ("met their COO", "ringde
# inköpschefen Erik"; folded)
_TALK_VERBS_OF = {
    ActivityKind.MEETING: {
        fold(w)
        for w in "met møtte mötte traff träffade mødte besøkte besökte besøgte visited".split()
    },
    ActivityKind.CALL: {
        fold(w)
        for w in "called phoned rang ringte ringde ringede ringet snakket pratet talade "
        "snakka prata pratade pratat talte talked spoke".split()
    },
}
# Session 50. Whom a talk was given for, right after its noun ("demo för Erik & Lena")
_FOR_WHOM = {"for", "fore", "foer"}
# Session 49. Between two of the customer's people, and before their department
_AND = {"og", "och", "and", "&"}
_OF_A_DEPARTMENT = {fold(w) for w in "fra frå från fran på pa i from in at hos".split()}
# Before a role: "hos indkøbsdirektør Lars" (never "hos Kari": at a customer, perhaps)
_AT_WHOM = {fold(w) for w in ("hos", "hjå")}


# Session 49. A customer's department after its people ("m/ Per og Kari fra økonomi"), folded;
# a role's word names one too ("fra innkjøp", "from procurement")
_DEPARTMENTS = {
    fold(w)
    for w in """økonomi økonomiavdelingen ekonomi ekonomiavdelningen økonomiafdelingen finance
    finans salg salgsavdelingen sälj försäljning marked markedsavdelingen marknad marketing hr
    personal logistikk logistik logistics drift ledelsen ledningen ledelse management legal
    juridisk kvalitet quality produksjon produktion production innkjøpsavdelingen
    inköpsavdelningen indkøbsafdelingen upphandling upphandlingen anskaffelse anskaffelsen
    anskaffelser innkjøpet inköpet indkøbet""".split()
}


def _a_department(token: str) -> bool:
    return a_role_word(token) or _word(token.rstrip(",;.!")) in _DEPARTMENTS


def _whom_opened(folded: list[str], bare: list[str], at: int, noun_end: int) -> int | None:
    """Where with whom begins, when the words at `at` open it: "med"/"m/"/"with" before
    anyone; "hos" before a role ("hos indkøbsdirektør Lars"); a role right after the talk's
    verb or noun ("met their COO", "ringde inköpschefen Erik"). None: they do not."""

    def a_role_at(i: int) -> bool:
        if i < len(bare) and a_role_word(bare[i]):
            return True
        return i + 1 < len(bare) and folded[i] in _THEIR and a_role_word(bare[i + 1])

    if at + 1 < len(bare) and folded[at] in WITH_WORDS:
        return at + 1
    if (
        at == noun_end
        and folded[at] in _FOR_WHOM
        and at + 1 < len(bare)
        and (_a_persons(bare[at + 1]) or a_role_at(at + 1))
    ):
        return at + 1  # session 50: "demo för Erik & Lena", "demo for their CFO"
    if folded[at] in _AT_WHOM and a_role_at(at + 1):
        return at + 1
    if at == noun_end and a_role_at(at):
        return at
    return None


def _a_swapped(word: str, targets: Collection[str]) -> bool:
    """ "mtøe", "mdøe", "mtöe": a talk's noun of four letters or more with two letters beside
    each other swapped, typed fast (its first letter as written)."""
    if len(word) < 4:
        return False
    for i in range(1, len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if swapped != word and swapped in targets:
            return True
    return False


def _a_place_after(words: list[str], text: str, known: Collection[str], today: date) -> bool:
    """The words are a place said right after the name or its day (module doc), nothing else."""
    if not 2 <= len(words) <= 3 or words[0] not in _AT_A_PLACE:
        return False
    places = [word.rstrip(",;.!") for word in words[1:]]
    if not all(_PLACE_WORD.fullmatch(place) for place in places):
        return False
    if any(no_company(place) or _a_persons(place) or _word(place) in MONTHS for place in places):
        return False
    if names_a_day([_word(w) for w in words], today) or _known_prefix(places, known):
        return False
    said = " ".join(words).rstrip(",;.!")
    at = re.search(r"(\S+)\s" + re.escape(said) + r"(?=$|[\s,;.!])", text)
    # a person in a town ("møtte Kari i Oslo i går") is no company's: asked
    return at is not None and not _a_persons(at[1])


# Written with a capital and still no name of a company: a person's role ("CFO", "IT-sjef",
# "VD:n") or a deal's paper ("RFP"), and a word opening its sentence ("Bra møte.", "De vill …")
_SENTENCE_OPENERS = {
    fold(w)
    for w in """de dei dom vi we they he she han hun hon jeg jag eg i den det it kunden customer
    the our vår bra god godt good great fint fin nice positiv positivt positive meget
    veldig mycket mkt very super ok okay gikk gick gik went had hadde hade havde var was
    møtte mötte mødte met traff träffade snakket snakka pratade talte spoke talked
    fikk fick fik got men but og och and så so also også också""".split()
}


def _a_capital_of_a_name(tokens: list[str], i: int) -> bool:
    """Whether the word at `i` is written with a capital as a name is: not a role ("CFO",
    "IT-chefen"), not a first name (a person's: "Kari", "Eva"; a known customer's name is
    looked for apart), not a word of the language opening its sentence ("Bra", "De")."""
    token = tokens[i]
    if not any(ch.isupper() for ch in token):
        return False
    word = _word(token).replace(":", "").replace("-", "")
    if no_company(token) or word in _first_names():
        return False
    if i and _word(tokens[i - 1]) in _first_names() and tokens[i - 1][:1].isupper():
        # session 44: a surname after the first name ("snakket med Hanne Berg", "spoke to Sarah
        # Jones"): the person's (was asked as unread)
        return False
    opens = i == 0 or tokens[i - 1].endswith((".", "!", "?"))
    return not (opens and token[1:] == token[1:].lower() and word in _SENTENCE_OPENERS)


_THEIR_PEOPLE = {
    fold(w) for w in "buyer kontakten kontaktpersonen contact han hun hon he she".split()
}


def _a_persons(token: str) -> bool:
    """A common first name written with its capital ("Per", "Johan."): a person's."""
    return token[:1].isupper() and _word(token).strip(".!") in _first_names()


def _theirs(before: list[str]) -> bool:
    """Session 43. Whether the words before a word of being sick name the customer's person:
    a role ("inköpschef", "buyer", "daglig leder") or "han"/"she": their absence, no day of
    the seller's off."""
    return bool(before) and any(
        is_a_role(w) or fold(w).strip(".,") in _THEIR_PEOPLE for w in before
    )


_SEASON_TIMES = (*_SEASON_STEMS, "tid", "helg", "uke", "uge", "veck", "dag", "aften", "afton", "n")


def a_season_compound(word: str) -> bool:
    """Session 46. A thing named after a season, not the season ("julekampanjen",
    "påskekampanjen", "julebordet", "sommerkolleksjonen"): the stem, then a noun of five letters
    or more that is no time itself ("sommerferien", "juletiden", "påskehelgen" are times)."""
    for stem in _SEASON_STEMS:
        if word.startswith(stem):
            rest = word[len(stem) :]
            rest = rest[1:] if rest[:1] in ("e", "s") else rest
            return len(rest) >= 5 and not rest.startswith(_SEASON_TIMES)
    return False


def _moves_a_figure(word: str) -> bool:
    return (
        word in _TIMES
        or word in _PERIODS
        or word.startswith(_PERIOD_STEMS)
        or word in _WHEN_WORDS
        or word.startswith(_SEASON_STEMS)
        or any(stem in word for stem in _SEASON_STEMS[:3])
        or word.endswith(_PERIOD_ENDINGS)
        or word in _UNDONE
        or word in _NEGATIONS
        or word in _PLANS
        or word in _ACTIONS
        or word in _OUTCOMES
        or word in _TOGETHER
        or word in _ANOTHER
        or word in _RECURRING
        or word in _OFF_SICK
        or word in _DISCOUNTS
        or word in _COUNTS
        or word.startswith(("halv", "half", "dobbel", "dobbl", "double", "tripl", "trippel"))
        or word in UNIT_WORDS
        or word in VAT_WORDS
        or word in TEMPERATURES
        or word in _VAGUE_TEMPERATURES
        or _SOFTENED_TEMPERATURE.fullmatch(word) is not None  # session 49: "so-so vibe"
        or word in _STEP_WORDS
        or word in _NEXT_WORDS
        or word in BOOKED_WORDS
        or word in WANT_WORDS
        or word in NEW_WORDS
        or respelt(word) != word
        or any(_one_edit(word, day) for day in _DAY_WORDS)
        or any(_one_edit(word, said) for said in _TEMPERATURE_WORDS)
    )


def _one_edit(word: str, target: str) -> bool:
    """`word` is `target` with one letter left out, added or changed ("igr", "idga" no)."""
    if word == target or abs(len(word) - len(target)) > 1 or len(word) < 3:
        return word == target
    if len(word) == len(target):
        return sum(a != b for a, b in zip(word, target, strict=True)) == 1
    short, long = (word, target) if len(word) < len(target) else (target, word)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
