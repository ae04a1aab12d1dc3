"""Session 64. A day that is the customer's, not the seller's: when their budget opened or their
contract runs out ("Region Midtjylland budget åbnet 1/1 🔥 ring igen mandag" was a call dated
New Year's Day, "Hot Pot Holdings Ltd yesterday - budget opened 1 Jan, hot, follow up Monday"
too, with "yesterday" asked). The clause is the note, as typed; the record keeps its own day
(or today)."""

from __future__ import annotations

import re

from bot.services.amounts import UNIT_WORDS
from bot.services.commands.lead_in import a_temperature_first
from bot.services.commands.text import a_note_first
from bot.services.dates import (
    DATE_WORDS,
    HOLIDAY_WORDS,
    MONTHS,
    WEEKDAYS,
    fold,
    is_weekday,
    names_a_holiday,
    said_as_a_span,
)

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = (
    r"(?:(?:on|den|d\.|per|fra|från|from|the|i|på)\s+)?(?:"
    r"[0-3]?[0-9](?:[./][01]?[0-9](?:[./](?:20)?[0-9]{2})?\.?|\.?\s*(?:" + _MONTH + r")\b\.?"
    r"|(?:st|nd|rd|th)(?:\s+(?:of\s+)?(?:" + _MONTH + r")\b\.?)?)"
    r"|(?:" + _MONTH + r")\b\.?(?:\s+[0-3]?[0-9](?:st|nd|rd|th)?\b)?"
    r"|nyttår|nyttar|nyår|nyar|nytår|nytar|new\s+year|årsskiftet|arsskiftet|årsskiftet"
    # session 66: a holiday by its name ("lukket til helligtrekonger", "stängt till trettondagen")
    r"|helligtrekonger|hellig\s+tre\s+konger|trettondagen|trettondedag\s+jul|trettondag\s+jul"
    r"|epiphany|påske|påsken|påsk|easter|pinse|pinsen|pingst|whitsun"
    r"|kristi\s+himmelfart\w*|kristi\s+himmelsfärd\w*|kr\.\s+himmelfart|ascension(?:\s+day)?"
    r"|17\.\s*mai|grundlovsdag(?:en)?|midsommar|midsommer|sankthans|the\s+bank\s+holiday"
    # session 67: a week by its number, Christmas ("på ferie til uke 32", "på barsel til jul")
    r"|(?:uke|uka|veke|vecka|v\.?|uge|week|wk|w/c)\s*[0-9]{1,2}\b|jul|julen|christmas|xmas)"
)
_THEIR_DAY = re.compile(
    r"(?i)(?P<sep>\s*[,;:\u2013\u2014-]?\s+)(?P<clause>(?:the\s+|their\s+|deres\s+|deras\s+|"
    r"nytt\s+|nye\s+|nya\s+|new\s+)?"
    r"(?:budget|budgets|budsjett|budsjettet|budsjetta|budgeten|budgettet|budgetten|årsbudsjettet|"
    r"årsbudgeten|årsbudgettet)\s+"
    r"(?:har\s+|has\s+|is\s+|er\s+|är\s+|blev\s+|ble\s+|was\s+)?"
    r"(?:åpnet|åpna|åpnes|åpner|opened|opens|open|öppnade|öppnat|öppnar|öppnas|åbnede|åbnet|"
    r"åbner|åbnes|startet|started|starts|startade|startar|starter|frigitt|frigjort|released|"
    r"godkjent|godkänd|godkendt|approved|ready|klar|klart)\s+"
    + _DAY
    + r")(?=$|[\s,;:.!?)\u2013\u2014-])"
)


_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# Session 64. Away, and till or from when ("Vinn Vinn AS - på påskeferie fra fredag, ring etter
# påske" was a call dated the Friday gone; "Tirsdag Trading I/S - på påskeferie til 3/4, ring om
# to uger" refused as ahead): their absence, the note
_AWAY_TILL = re.compile(
    r"(?i)(?P<sep>\s*[,;:\u2013\u2014-]?\s+)(?P<clause>(?:(?:kunden|kunde|de|dei|dom|they|han|hun|"
    # session 68: or who of theirs ("innkjøpssjefen har påskeferie ut uka")
    r"hon|he|she|innkjøpssjefen|innkjøperen|inköparen|inköpschefen|indkøberen|indkøbschefen|"
    r"sjefen|chefen|kontaktpersonen|daglig\s+leder|vd|cfo|ceo|the\s+buyer|our\s+contact|"
    r"buyer)\s+)?(?:(?:er|är|is|are|har|has)\s+)?(?:(?:på|pa|i|on|away\s+on|off\s+on|out\s+on)\s+)?"
    r"(?:påskeferie|påskeferien|paskeferie|påsklov|påsklovet|pasklov|påskferie|ferie|ferien|semester|"
    r"semestern|sportlov|sportlovet|vinterferie|vinterferien|høstferie|höstlov|efterårsferie|"
    r"easter\s+holidays?|easter\s+break|holiday|holidays|leave|vacation|away|borte|bortrest|"
    r"ooo|out\s+of\s+office|ute|ude)\s+"
    r"(?:(?:fra|från|from|til|till|until|to|tom\.?|t\.o\.m\.?|frem\s+til|fram\s+till|indtil|"
    r"through|thru)\s+(?:"
    + _DAY
    + r"|(?:(?:on|på|pa|next|neste|nästa|næste)\s+)?(?:"
    + _WEEKDAY
    + r")\b\.?)"
    # session 68: the rest of the week ("har påskeferie ut uka", "off for the rest of the week")
    r"|ut\s+uka|ut\s+uken|ut\s+veckan|ugen\s+ud|resten\s+av\s+uka|resten\s+af\s+ugen|"
    r"resten\s+av\s+veckan|for\s+the\s+rest\s+of\s+the\s+week|the\s+rest\s+of\s+the\s+week|"
    r"all\s+week|this\s+week|denne\s+uka|hele\s+uka|hela\s+veckan|hele\s+ugen))"
    r"(?=$|[\s,;:.!?)\u2013\u2014-])"
)
# A condition with its day, a clause of its own ("…, kvartalsrabat 5% ved underskrift inden 31/3"
# was a step "kvartalsrabat 5% ved underskrift" due 28 March; "Q1-rabatt 8 % hvis signert før
# 31.3" asked): the offer's terms, its note
_IF_SIGNED_BY = re.compile(
    r"(?i)(?P<sep>\s*[,;\u2013\u2014]\s*|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F])\s+)"
    r"(?P<clause>[^,;\n\U0001F300-\U0001FAFF\u2600-\u27BF]{0,40}?\b(?:hvis|om|ved|vid|if|when|on|"
    r"upon)\s+(?:signert|signering|signeres|signerat|signeras|undertegnet|underskrift|underskrevet|"
    r"underskrives|signed|signing|signature|signatur|bestilling|beställning|order|ordre)\s+"
    r"(?:før|for|innan|inden|innen|before|by|senest|seinast|no\s+later\s+than)\s+"
    + _DAY
    + r")(?=$|[\s,;:.!?)\u2013\u2014-])"
)


# Session 65. Their wish to sign by a time, a clause of its own ("…, de vil skrive under inden
# månedsskiftet", "…, they want to sign before Christmas", "…, de vill signera före jul"): the
# offer's or deal's note (was asked, or a step "skrive under")
_THEY_SIGN_BY = re.compile(
    r"(?i)(?P<sep>\s*[,;\u2013\u2014]\s*|\s+-\s+)(?P<clause>(?:de|dei|dom|they|kunden|the\s+customer|"
    r"han|hun|hon|he|she)\s+(?:vil|vill|will|want\s+to|wants\s+to|skal|ska|plan\s+to|hope\s+to|"
    r"håper\s+å|hoppas\s+(?:på\s+att|att)|håber\s+at|regner\s+med\s+å|räknar\s+med\s+att|"
    r"expect\s+to|aim\s+to)\s+(?:gerne\s+|gjerne\s+|gärna\s+)?"
    r"(?:skrive\s+under|skrive\s+på|signere|signera|sign|underskrive|underteckna|skriva\s+under|"
    r"skriva\s+på|sign\s+off|close|lukke|stänga)\s+"
    r"(?:inden|innan|innen|før|för|före|before|by|til|till)\s+"
    r"(?:[^\s,;.!?]+(?:\s+[^\s,;.!?]+){0,2}))(?=\s*(?:$|[,;.!?\u2013\u2014]|\s-\s))"
)


# Session 66. Their wish with its time, a clause of its own ("…, vill ha offert innan
# trettondagen", "…, hed 🔥 vil have et møde inden Kr. himmelfart", "…, they want pricing before
# the 15th", "…, de vill ha offert innan pingst"): the customer's, the note as typed, no step of
# the seller's (was the step "offert" due by that day, or asked; held-out writers of session 66,
# four of four, and the brief: the customer's own days are the note)
_THEY_WANT_BY = re.compile(
    r"(?i)(?P<sep>\s*[,;\u2013\u2014]\s*|\s+-\s+|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F])\s+"
    # session 68: or a sentence's stop before them ("…, varm. De vil ha demo før 17. mai")
    r"|(?<=[^\W\d_])\.\s+(?=(?:de|dei|dom|they|kunden|the\s+customer)\s))"
    r"(?P<clause>(?:(?:de|dei|dom|they|kunden|the\s+customer|han|hun|hon|he|she)\s+)?"
    r"(?:vil|vill|want|wants|ønsker|önskar|onsker|would\s+like|'d\s+like|\u2019d\s+like|"
    # session 67: what they need by then ("de skal bruge en pris før sankthans", "they need
    # pricing by the 15th", "de trenger tilbud før ferien")
    r"trenger|trænger|behøver|behöver|needs?|skal\s+bruge|skal\s+have|ska\s+ha)\s+"
    r"(?:gerne\s+|gjerne\s+|gärna\s+)?(?:ha\s+|have\s+|to\s+see\s+|se\s+)?"
    r"(?P<wanted>[^\s,;!?]+(?:\s+[^\s,;!?]+){1,6}?))(?=\s*(?:$|[,;!?\u2013\u2014]|\.(?:\s|$)|\s-\s))"
)
_A_DATE_TYPED = re.compile(
    r"(?i)^(?:[0-3]?[0-9][./][01]?[0-9]\.?|[0-3]?[0-9](?:st|nd|rd|th|\.)|(?:uke|uka|vecka|veckan|uge|"
    r"ugen|week|wk|v\.?|w\.?|w/c)?[0-9]{1,2}|17\.|q[1-4])$"
)


def _a_time_in(wanted: str) -> bool:
    """The wish's words after what is wanted say when ("… før 17. mai", "… next Tue", "… uke 2",
    "… i januar", "… før pinse"): a date word or a holiday's, a typed date or a week's number."""
    words = [w.strip(",:;!?") for w in wanted.split()[1:]]
    return any(
        fold(w.strip(".")) in _WHEN_WORDS
        or _A_DATE_TYPED.match(w)
        or is_weekday(w)
        or names_a_holiday(" ".join(words[at:]))
        # session 67: a span of theirs ("… før høstferien", "… before the summer hols")
        or (fold(w) in _SPAN_OPENERS and said_as_a_span(words[at:]))
        for at, w in enumerate(words)
    )


_SPAN_OPENERS = frozenset(
    {"for", "før", "innan", "inden", "innen", "before", "etter", "efter", "after", "til", "till"}
)


_WHEN_WORDS = DATE_WORDS | HOLIDAY_WORDS | {
    # session 68: a period's turn ("de vill ha ny offert innan kvartalsskiftet")
    "kvartalsskiftet", "kvartalsskifte", "manadsskiftet", "manedsskiftet",
    "manedsskifte", "maanedsskiftet", "arsskiftet", "aarsskiftet", "halvarsskiftet",
    "year-end", "quarter-end", "month-end",
}  # fmt: skip


_A_CLOCK = re.compile(
    r"(?i)\b(?:kl\.?|klokka|klockan|at)\s*[0-9]|[0-9][:.][0-9]{2}\b|[0-9]\s?(?:am|pm)\b"
)
_A_NOTE_DASH = re.compile(r"\s[\u2013\u2014-]\s")
_WANT_GATE = re.compile(
    r"(?i)\b(?:vill?|wants?|ønsker|önskar|onsker|like|trenger|trænger|behøver|behöver|needs?|"
    r"bruge|have|ha)\b"
)


# Away, a clause of its own with no day ("…, kunden på påskeferie, følg opp uke 14")
_AWAY = re.compile(
    r"(?i)(?P<sep>\s*[,;\u2013\u2014-]\s*|\.\s+)(?P<clause>(?:kunden|kunde|de|dei|dom|they|han|hun|hon|"
    r"he|she|customer|the\s+customer|"
    # session 69: who of theirs ("inköp har semester hela juli", "Deres indkøber holder fri uge
    # 28-30", "their buyer is on holiday all of July")
    r"(?:(?:deres|dere|deras|their)\s+)?(?:innkjøp\w*|indkøb\w*|inköp\w*|buyer|procurement|"
    r"kontakt\w*|contact|sjefen|chefen|cfo|ceo))\s+"
    r"(?:(?:er|är|is|are|har|has|have|holder|tar|tager)\s+)?"
    r"(?:(?:på|pa|on|away\s+on|i)\s+)?"
    r"(?:påskeferie|påskeferien|paskeferie|påsklov|påsklovet|ferie|ferien|semester|semestern|"
    r"sportlov|vinterferie|easter\s+holidays?|holiday|holidays|leave|vacation|"
    # session 65: the autumn's and Christmas' ("de har höstlov hela veckan": was asked)
    r"höstlov|höstlovet|høstferie|høstferien|efterårsferie|efterårsferien|juleferie|juleferien|"
    r"jullov|jullovet|half\s+term|half-term|hols|fri)"
    r"(?:\s+(?:(?:uke|uge|vecka|veckorna|v\.?|week|weeks)\s*[0-9]{1,2}(?:\s*[-–]\s*[0-9]{1,2})?|"
    r"hela\s+veckan|hele\s+uka|hele\s+uken|hele\s+ugen|all\s+week|this\s+week|"
    r"denne\s+uka|denne\s+uken|denna\s+vecka|denne\s+uge|resten\s+av\s+uka|resten\s+af\s+ugen|"
    r"resten\s+av\s+veckan|the\s+rest\s+of\s+the\s+week|i\s+dag|idag|today|"
    # session 67: "de har semester hela juli", "they're on holiday all of August"
    r"(?:hela|hele|heile|all(?:\s+of)?|i|in|through|gjennom|genom|igennem)\s+(?:"
    + _MONTH
    + r")))?)"
    r"(?=\s*(?:[,;.]|$))"
)
_AWAY_WORDS = ("ferie", "semester", "lov", "oliday", "leave", "acation", "break", "away", "borte",
               "ooo", "OOO", "office", " ute ", " ude ", " term", "hols")  # fmt: skip

# Session 65. Shut, away or on hold till a day, a clause of its own whoever is its subject
# ("ringte Fjellvind Maskin AS, ingen svar – stengt til 2/1", "indkøber holder juleferie til
# 6/1" was a step "indkøber holder juleferie" due 6 January; "buyer OOO till 2nd Jan" asked
# "buyer"; "budget sign-off on hold till Jan"): the customer's days, the note
_SHUT_TILL = re.compile(
    r"(?i)(?P<sep>\s*(?<![0-9])[,;:\u2013\u2014](?![0-9])\s*|\s+-\s+)"
    r"(?P<clause>[^,;:\n]{0,40}?(?<![\w-])(?:"
    r"stengt|stengd|stängt|stängd|lukket|lukkede|closed|shut|on\s+hold|på\s+vent|på\s+is|"
    r"on\s+ice|ooo|out\s+of\s+office|off|away|borte|bortrest|ledig|ledige|fri|"
    r"(?:holder|har|tar|tager|holds|på|pa|on|i)\s+(?:\w*ferie|\w*ferien|\w*lov|\w*lovet|semester|"
    r"semestern|fri|leave|holiday|holidays|hols|break|vacation|barsel|barselsorlov|barselpermisjon|"
    r"foreldrepermisjon|permisjon|orlov|mammaledighet|pappaledighet|sykmelding|"
    r"(?:maternity|paternity|parental|sick)\s+leave)|"
    r"sykmeldt|sykemeldt|sjukskriven|sjukskrivna|sygemeldt|föräldraledig|föräldralediga|"
    r"\w*ferie|\w*ferien|jullov|jullovet|julledigt|semester|semestern)\s+"
    r"(?:fra|från|from|til|till|until|til\s+og\s+med|tom\.?|t\.o\.m\.?|frem\s+til|fram\s+till|"
    r"indtil|through|thru)\s+(?:"
    + _DAY
    + r"|(?:(?:on|på|pa|next|neste|nästa|næste)\s+)?(?:"
    + _WEEKDAY
    + r")\b\.?))(?=$|[\s,;:.!?)\u2013\u2014-])"
)
_SHUT_WORDS = ("tengt", "tengd", "tängt", "tängd", "ukket", "losed", "hut", "hold", "vent", " is ",
               "ice", " off ", "ledig", " fri ", "lov", "lose", "jul", "barsel", "permisjon", "orlov",
               "meldt", "skriven", "sjuk")  # fmt: skip

# Session 65. Their budget not there yet ("har ikke budsjett før 2030", "budsjett 2030 ikke klart
# før i februar" was a step "budsjett 2030 ikke klart" due 1 February; "no budget till Q2"): the
# customer's state, the note
_NO_BUDGET = re.compile(
    r"(?i)(?P<sep>\s*(?<![0-9])[,;:\u2013\u2014](?![0-9])\s*|\s+-\s+|"
    r"(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F])\s+)"
    r"(?P<clause>(?=[^,;:\n]{0,50}?\b(?:ikke|ikkje|inte|not|no|ingen|inget|intet|mangler|saknar|"
    r"lacks?|frosset|fryst|frozen)\b)(?=[^,;:\n]{0,50}?(?<![\w-])(?:budsjett|budget)\w*)"
    # (a day it waits for: "budget frozen – call back 1 June" was read before)
    r"(?=[^,;:\n]{0,60}?\b(?:før|för|innan|inden|innen|before|til|till|until|förrän|forrän)\b)"
    r"[^,;:\n\U0001F300-\U0001FAFF\u2600-\u27BF]{3,70}?)(?=\s*(?:$|[,;:.!?\u2013\u2014]|\s-\s))"
)


# Session 65. Where the talk was, at the customer's own do ("Nordlys Regnskap AS på julebordet
# deres i fredags", "Holly & Ivy Ltd at their Christmas do last night", "til deres
# julefrokost": were asked as words not read): their occasion or place, the note as typed
_AT_THEIRS = re.compile(
    r"(?i)(?<=\S)(?P<sep>\s*,?\s+)(?P<clause>(?:at|på|pa|til|till|hos|on|in|ved|vid|under|"
    r"during|for)\s+(?:(?P<their>their|deres|dere|deras|dems)\s+(?P<what>[^\s,;:()]+"
    r"(?:\s+[^\s,;:()]+){0,3})|(?P<thing>[^\W\d_]{3,}(?:et|en|a|ene|na|n|t))\s+"
    r"(?:deres|dere|deras|dems)\b))"
)
# Words that end what their do is called: a day, a mark, a clause's small words (folded)
_NOT_THEIRS = frozenset(
    {
        "i", "pa", "on", "in", "den", "d", "kl", "og", "och", "and", "men", "but", "forrige",
        "forra", "sidste", "last", "next", "neste", "nasta", "naeste", "uke", "vecka", "uge",
        "week", "idag", "igar", "today", "yesterday", "tonight", "varm", "het", "kald", "kall",
        "kold", "hed", "warm", "hot", "cold", "med", "with", "m", "w",
    }
)  # fmt: skip


def _ends_theirs(word: str) -> bool:
    folded = fold(word).strip(".!?")
    return (
        not word.replace("-", "").replace("'", "").isalpha()
        or folded in _NOT_THEIRS
        or folded in DATE_WORDS
        or folded in WEEKDAYS
        or folded in MONTHS
        or folded in UNIT_WORDS
    )


def _at_theirs(text: str) -> tuple[int, int, str] | None:
    """Where the customer's own do is said: (start, end, the clause as typed), or None."""
    for said in _AT_THEIRS.finditer(text):
        if said["thing"]:
            return said.start("sep"), said.end("clause"), said["clause"]
        words: list[str] = []
        for word in said["what"].split():
            if _ends_theirs(word) and not (
                not words and word.isalpha() and fold(word) not in _NOT_THEIRS
            ):
                break  # (their first word may be a holiday's: "their Christmas do")
            words.append(word)
            if word[-1:] in ".!?":
                break
        if words:
            clause = (
                f"{said['clause'][: said.start('what') - said.start('clause')]}{' '.join(words)}"
            )
            return said.start("sep"), said.start("clause") + len(clause), clause.rstrip(".!?")
    return None


# (compiled gates: every command passes here)
_AWAY_GATE = re.compile("|".join(map(re.escape, _AWAY_WORDS)))
_SHUT_GATE = re.compile("|".join(map(re.escape, (*_AWAY_WORDS, *_SHUT_WORDS))))
_TILL_GATE = re.compile(
    r"(?i)(?<![\w-])(?:til|till|until|to|fra|från|from|tom\.?|t\.o\.m\.?|indtil|through|thru)(?![\w-])"
)
_SIGN_GATE = re.compile("krive|ign|kriva|eckna")


def their_days_as_note(text: str, *, a_loss: bool = False) -> str:
    """`text` with a clause of the customer's own day moved to its note, or as it was (a loss's
    words after its customer are its note already: only the session-64 readings for it)."""
    said = None
    if "udg" in text or "udsj" in text or "UDG" in text or "UDSJ" in text:
        said = _THEIR_DAY.search(text)
    if a_loss:
        pass
    elif said is None and _SHUT_GATE.search(text) and _TILL_GATE.search(text):
        said = _SHUT_TILL.search(text)
    if said is None and _AWAY_GATE.search(text):
        said = _AWAY_TILL.search(text) or _AWAY.search(text)
    if said is None and ("ign" in text or "nderskr" in text or "rder" in text):
        said = _IF_SIGNED_BY.search(text)
    if said is None and not a_loss and _SIGN_GATE.search(text):
        said = _THEY_SIGN_BY.search(text)
    if said is None and not a_loss and ("udg" in text or "udsj" in text or "UDG" in text):
        said = _NO_BUDGET.search(text)
    if said is None and not a_loss and _WANT_GATE.search(text):
        said = next(
            (
                m
                for m in _THEY_WANT_BY.finditer(text)
                if _a_time_in(m["wanted"])
                and not _A_CLOCK.search(m["wanted"])  # "vil se demo mandag kl 9": booked
                and not _A_NOTE_DASH.search(text[: m.start()])  # in the note already
            ),
            None,
        )
    if said is None:
        if (
            not a_loss
            and (" deres" in text or " dere" in text or " their" in text or " deras" in text)
            and (at := _at_theirs(text)) is not None
        ):
            start, end, clause = at
            if text[:start].strip() and " -- " not in text[:end]:
                return _moved(text, start, end, clause)
        return text
    if not text[: said.start()].strip() or " -- " in text[: said.end()]:
        return text  # (said in the note already: read there as typed)
    start = said.start("clause") + _a_temperature_first(said["clause"])
    return _moved(
        text,
        start if start > said.start("clause") else said.start(),
        said.end(),
        text[start : said.end("clause")].strip(),
    )


# Session 67. The lead's temperature, then their days, after one comma ("…, kald 🥶
# innkjøpssjef på ferie til 15. sept", "…, cold 🥶 buyer's off till after the school hols"):
# the temperature stays the record's (was the note's first words, the lead stored without one),
# read as a temperature opening a text is (lead_in.a_temperature_first: with its emoji or mark)
def _a_temperature_first(clause: str) -> int:
    """How many characters of `clause` are a temperature word (and its emoji) before more words;
    0 when it opens with none."""
    first = a_temperature_first(clause)
    if first is None or not first[1] or first[1] not in clause:
        return 0
    return clause.rindex(first[1])


def _moved(text: str, start: int, end: int, clause: str) -> str:
    after = text[end:]
    head = text[:start].rstrip()
    # session 68: a dash after the clause moved joins what follows on as a comma would ("…,
    # innkjøpssjefen har påskeferie ut uka – ringer om 14 dager": was the step in the note)
    after = re.sub(r"^\s+[\u2013\u2014-]\s+(?=\S)", ", ", after)
    if after.strip() and not re.match(r"\s*[,;:.!?\u2013\u2014-]", after):
        after = " " + after.lstrip()
    rest = f"{head}{after}".strip()
    return a_note_first(rest, clause, ends=" ,;.")
