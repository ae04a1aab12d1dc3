"""The little words weighing reads a message's structure by (who, to whom, of what, and, but),
folded, and the lexicon's categories it groups."""

from __future__ import annotations

from bot.services.capture import lexicon, signals
from bot.services.dates import fold

# -- cues ------------------------------------------------------------------------------------
_MEETING_LINKS = {"of", "fran", "m", "me", "mae"} | {
    fold(w) for w in "with med hos at w w/ i på ved vid mot mod for för til hjå".split()
}

_OFFER_LINKS = {fold(w) for w in "to til till for för".split()}

_US = {"oss", "us", "os", "meg", "me", "mig"}

_HAD = {fold(w) for w in "hadde hade havde had hatt haft var was were a an en et ett".split()}

_WE_OR_US = {"oss", "us", "os", "vi", "we", "ours"}  # said of the team ("not us", "ikke oss")

_LABEL_MARKS = {":", "-", "–", "—", "→", ">"}

_FROM = {"fra", "fran", "from", "af"}

_WIN_LINKS = {
    "with",
    "med",
    "hos",
    "from",
    "fra",
    "fran",
    "af",
    "w",
    "w/",
    "to",
    "av",  # "Tilldelades kontraktet av Trafikverket"
    "by",
    "til",
    "till",
    "for",
}

_POSSESSIVES = {"ours", "var", "vart", "vare", "vores"}

_OURS = {fold(w) for w in "we i vi jeg jag eg me us oss os team teamet".split()}

_OBJECTS = {fold(w) for w in signals.entries(lexicon.SALE_OBJECTS)}

_SALES = _OBJECTS - {"the", "a", "an", "en", "et", "ett", "our", "vart", "var", "vores"}

_SALES -= {"new", "ny", "nytt", "nye", "nya"}

_ADJECTIVES = {fold(w) for w in signals.entries(lexicon.SALE_ADJECTIVES)}

_FUNCTION = {fold(w) for w in signals.entries(lexicon.FUNCTION_WORDS)}

_NON_SALE = [fold(w) for w in signals.entries(lexicon.NON_SALE_OBJECTS)]

_SALE_WORD_CATEGORIES = {"WIN_NOUNS", "ORDER_NOUNS", "OFFER_NOUNS", "COMPLETING", "WIN_VERBS"}

_SALE_ENDINGS = tuple(
    w
    for w in _SALES | {p.words[0] for c in ("WIN_NOUNS", "ORDER_NOUNS") for p in signals.PHRASES[c]}
    if len(w) >= 5
)

_ABOUT_A_MEETING = {"MEETING_NOUNS", "MEETING_REFERENCES", "MEETING_VERBS", "MEETING_LIKELY"}

_ABOUT_SOMETHING_ELSE = {"INTERNAL", "NOT_BUSINESS", "NOT_SALES", "LOST_THINGS"}

_LINK_WORDS = {"with", "med", "to", "til", "till", "hos", "at", "from", "fra", "fran", "the", "a"}

_RELATIVES = {"som", "who", "that", "der"}

_PHONE_WORDS = {"phone", "telephone", "telefon", "telefonen", "tlf", "tlf."}

# Active past forms of losing: the one named right before them lost ("Yara tapte penger"); our
# loss is said "Tapte Yara", "Yara tapt", "Lost Yara".
_ACTIVE_LOSSES = {fold(w) for w in "tapte tappade förlorade tabte mistet miste mistede".split()}

_AUX = {
    fold(w)
    for w in "har er has is är have ble blev blir blivit was were just nettopp nettop endelig "
    "finally äntligen omsider nu nå now officially offisielt officiellt officielt også also "
    "lige nyss "  # session 51: the Danish and Swedish "just" ("Netcompany har lige vundet")
    "ogsa også : - – vi we "
    "are".split()  # session 61: a British company's plural ("Pret are on board!! £95k": was nothing)
}
# How it felt, between the verb and the name: "Tapte dessverre Coop", "Vant heldigvis Kiwi".
_MOODS = {
    fold(w)
    for w in "dessverre dessvarre dessvärre desværre dverre dessvere tyvarr tyvärr "
    "unfortunately sadly heldigvis lyckligtvis luckily".split()
}
_AUX |= _MOODS

# "but", "men", "although": the clause after it says something of its own.
_CONTRAST = {
    fold(w) for w in "but men though although however yet dog likevel derimot mens medan".split()
}

_TOPIC_WORDS = {fold(w) for w in "om about on regarding angaende ang vedr vedrorende kring".split()}

_AND = {fold(w) for w in "og and och o & , + samt plus".split()}  # "Scania o Volvo"

_TOTALS = [tuple(fold(w).split()) for w in signals.entries(lexicon.TOTALS)]

_MEETING_MEANS = {"teams", "zoom", "video", "skype", "meet", "google"}  # "Teams-møte med …"

_BARE_LINKS = _LINK_WORDS | {fold(w) for w in "på pa on i in om kl klokka klockan @ den".split()}

_RECORD_WORDS = {
    "WIN_VERBS",
    "WIN_LIKELY",
    "WIN_NOUNS",
    "WIN_WITH_AMOUNT",
    "COMPLETING",
    "ACCEPTED",
    "LOSS_VERBS",
    "OFFER_NOUNS",
    "SEND_VERBS",
    "OFFER_VERBS",
    "MEETING_VERBS",
    "MEETING_NOUNS",
    "MEETING_REFERENCES",
    "MEETING_PRESENT",
    "HAPPENED",
    "BOOKING_VERBS",
    "CALL_VERBS",
    "CALL_NOUNS",
    "CALL_PRESENT",
    "TODAY_PHRASES",
}

_WHAT_LINKS = {fold(w) for w in "på of for av".split()}

# What only a thing done says: a win, a loss, an offer sent (past tense or participle), a
# meeting that went somehow.
_RESULTS = {"WIN_VERBS", "LOSS_VERBS", "SEND_VERBS", "OFFER_VERBS", "HAPPENED"}

# A meeting or call said in the past tense ("called", "ringte", "met", "traff", "hadde teams
# med", "snackade med"): as much a thing done as a result ("Monday: called Telia").
_TALKED = {
    fold(w)
    for w in """met møtte traff träffade träffat mødte visited besøkte besökte besøgte var
    hadde hade havde had called rang phoned ringte ringde ringede ringt ringat ringet
    telefonerte telefonerade telefonerede telefoneret spoke talked snakket snakka pratet
    pratade pratat talte snakkede snackade snackat chatted tok tog fikk fick fik got caught
    sat satt presented presenterte presenterade præsenterede pitched pitchet pitchade
    pitchede hosted spent""".split()
}

# Who awards a contract is the customer; who it is awarded to, the one who won it.
_AWARDING = {fold(w) for w in "awarded tildelte tildelt tilldelade tilldelat".split()}

_TO = {fold(w) for w in "to til till".split()}

_MY = {fold(w) for w in "my min mitt mine mina mi mit".split()}

_CUSTOMER_WORDS = {fold(w) for w in "customer client kunde kunden kund kunden klient".split()}
