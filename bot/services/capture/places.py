"""Towns a seller goes to, not customers they meet (readers24): "Møte i Drammen", "Besøg hos
Ringkøbing", "Meeting in Leeds". A small list of Nordic and UK towns, folded (dates.fold), no
gazetteer: a name on it, said right after hos / i / in and not a customer of the team, is
asked which customer it was ("hos Ringkøbing Landbobank" is a customer: more than the town)."""

from __future__ import annotations

import re

from bot.services.dates import fold

_NORWAY = """
oslo bergen trondheim stavanger drammen fredrikstad kristiansand sandnes tromso sarpsborg
skien alesund sandefjord haugesund tonsberg moss porsgrunn bodo arendal hamar larvik halden
lillehammer molde kongsberg gjovik horten harstad kristiansund narvik lillestrom asker baerum
sandvika jessheim ski steinkjer alta elverum grimstad mandal honefoss levanger namsos
notodden kongsvinger hammerfest bryne stord leirvik forde floro sogndal kragero brumunddal
raufoss flekkefjord egersund orkanger stjordal mosjoen sortland svolvaer finnsnes kirkenes
"""
_SWEDEN = """
stockholm goteborg gothenburg malmo uppsala vasteras orebro linkoping helsingborg jonkoping
norrkoping lund umea gavle boras sodertalje eskilstuna halmstad vaxjo karlstad sundsvall
ostersund trollhattan lulea kalmar kristianstad skovde falun karlskrona skelleftea uddevalla
varberg visby kiruna borlange nykoping motala lidkoping vanersborg salen
almhult insjo ljungby vetlanda nassjo leksand ornskoldsvik hudiksvall soderhamn sandviken avesta
enkoping norrtalje arvika mariestad alingsas kungsbacka kungalv partille molndal ystad
landskrona hassleholm angelholm eslov karlshamn ronneby oskarshamn vastervik
"""
_DENMARK = """
kobenhavn copenhagen aarhus arhus odense aalborg alborg esbjerg randers kolding horsens vejle
roskilde herning silkeborg naestved fredericia viborg koge holstebro taastrup slagelse
hillerod sonderborg svendborg hjorring holbaek frederikshavn norresundby ringsted haderslev
skive ringkobing tonder ribe aabenraa nyborg nakskov thisted
billund skanderborg grenaa ikast brande struer lemvig middelfart faaborg assens kalundborg
"""
_UK = """
london birmingham manchester leeds glasgow sheffield bradford liverpool edinburgh bristol
cardiff leicester coventry nottingham newcastle sunderland brighton hull plymouth
wolverhampton derby southampton portsmouth swansea aberdeen york oxford cambridge reading
belfast dundee norwich exeter bath chester
swindon slough bournemouth luton peterborough ipswich northampton warrington crawley
gloucester cheltenham basingstoke guildford maidstone
perth inverness stirling wakefield preston bolton stockport blackpool middlesbrough huddersfield
doncaster salisbury winchester canterbury worcester shrewsbury carlisle lancaster durham
harrogate colchester chelmsford watford stevenage telford
"""
# Session 47: countries, where a seller went or a customer is ("Ringte Mio i Sverige": was a
# customer "Sverige", stored)
_COUNTRIES = """
norge noreg norway sverige sweden danmark denmark finland suomi island iceland tyskland
germany england storbritannia storbritannien skottland scotland irland ireland frankrike
frankrig france spania spanien spain italia italien italy polen poland nederland holland
netherlands belgia belgien belgium sveits schweiz switzerland osterrike osterreich
austria estland estonia latvia lettland litauen lithuania usa kina china japan india europa
europe skandinavia skandinavien scandinavia norden
"""
PLACES = frozenset((_NORWAY + _SWEDEN + _DENMARK + _UK + _COUNTRIES).split())

# readers25. Words that make a town the start of a company's name ("Drammen Bygg", "Bergen
# offshore", "Malmö Stad", "Aarhus Vand", "Leeds City Council"), in any case: the customer,
# never the town asked about. Folded.
_COMPANY_WORDS = """
bygg byggeri byg offshore stad staden vand vann vatten water energi energy kraft kommune
kommunen kommun fylkeskommune region havn hamn port eiendom fastigheter ejendomme transport
sparebank bank city council group gruppen holding industri media elektro el vvs ror maskin
auto bil data it consult konsult teknikk teknik sykehus sjukhus sygehus hospital universitet
hotell hotel handel mekaniske verksted varv vaerft forsyning fjernvarme avfall renovasjon
"""
COMPANY_AFTER_A_TOWN = frozenset(_COMPANY_WORDS.split())

# The words that put a place after them: "hos" (da/nb: at), "i" (in), "in".
_AT = r"(?:hos|i|in)"


def is_place(name: str) -> bool:
    """A town on the list, the whole name ("Drammen"; not "Drammen Bygg")."""
    return fold(name.strip()) in PLACES


def said_at_a_place(text: str, name: str) -> bool:
    """The name is said right after hos / i / in somewhere in the text ("Møte i Drammen")."""
    pattern = rf"(?<!\w){_AT}\s+{re.escape(name)}(?!\w)"
    return re.search(pattern, text, re.IGNORECASE) is not None


def names_a_company(town: str, after: str) -> bool:
    """readers25. "Drammen" then "Bygg" / "bygg" / "AS": the town begins a company's name."""
    return is_place(town) and fold(after.strip()) in COMPANY_AFTER_A_TOWN
