"""The words sellers use, as data: one entry per category, all four languages together.

Phrases are written as people spell them and folded once on import (`fold`: case, accents,
ø/æ/å), so "møte", "möte" and "mote" are one entry. A phrase is one or more words; a word ending
in "*" matches any ending ("signer*" = signert, signerte, signerat, signerade, signeret …).
Which combination of categories means which record is decided in signals.py and weigh.py;
adding a phrasing is adding a word here."""

from __future__ import annotations

from bot.services.amounts import SPOKEN_NUMBERS
from bot.services.dates import fold

# -- what happened ---------------------------------------------------------------------------
# Winning on its own: a participle, a past tense or a noun that only ever means "we won a sale".
WIN_VERBS = """
landet vi | landa vi | landade vi | landede vi |
took it | took our offer | took our quote | took our proposal | accepted our quote |
accepted our proposal | accepted our offer | tok tilbudet vårt | tok imot tilbudet vårt |
takket ja til tilbudet | tog vår offert | tackade ja till offerten | tog vores tilbud |
takkede ja til tilbuddet | sagde ja til tilbuddet |
tok tilbudet | tok imot tilbudet | tog tilbuddet | tog imod tilbuddet | tog offerten |
tog emot offerten | took the offer | took the quote | took the proposal | sa ja til tilbudet |
sa ja til tilbodet | sade ja till offerten | sa ja till offerten | said yes to the quote |
said yes to the offer | said yes to the proposal |
har købt | har kjøpt | har köpt |
tog hem | tagit hem | har tagit hem | vi tog hem | tok hjem | har tatt hjem | tog hjem |
won back | win back | vant tilbake | vann tillbaka | vandt tilbage | vunnet tilbake |
vunnit tillbaka | vundet tilbage |
gå videre med dere | gå videre med oss | går videre med dere | går videre med oss |
gikk videre med dere | gå vidare med er | gå vidare med oss | går vidare med er |
går vidare med oss | gå videre med jer | gå videre med os | går videre med jer |
går videre med os | go ahead with you | go ahead with us | go ahead with your proposal |
go ahead with your offer | go ahead with your quote | proceed with you | proceed with us |
proceed with your proposal | proceed with your offer | proceed with your quote |
won | have won | has won | just won | closed | signed | signed off | inked | put pen to paper |
dotted line | signed on the dotted line | on the dotted line | bagged | nailed |
countersigned | co-signed | motsignert | motsignerte | kontrasignert | medundertecknat |
renewed | renewal signed | renewal sorted | renewal closed | renewal done | renewal agreed |
fornyet avtalen | fornyet kontrakten | fornyede avtalen | förnyade avtalet | förnyat avtalet |
förnyade kontraktet | fornyede aftalen | fornyet aftalen | fornyede kontrakten |
sold | solgte | solgt | sålde | sålt | har solgt | har sålt |
secured | clinched | got the deal | got the order | got the contract | got the go |
vunnet | vunne | vunnen | vant | vann | har vunnet | signert | signerte | signer* | skrev under |
e-signert | e-signerte | e-signerat | e-signerade | e-signeret | e-signerede | e-signed |
skrev kontrakt | skrev avtale | skrevet under | skrivit på | skrev på | skreiv under | skreiv på |
skreiv kontrakt | skreiv avtale | skrive under på | har skrive under |
skrivit under | skrevet på | skrev under på | skrevet kontrakt | klart med | underskrevet | underskrev | underskrevne |
sikret | sikra | sikrede | säkrat | säkrade | i boks |
i hus | i land | i mål | in the bag | over the line | ja fra | yes from | fikk ja | fick ja | fik ja |
fekk ja | ja frå | fekk eg ja | fekk vi ja | fekk eit ja |
fikk jeg ja | fikk vi ja | fick jag ja | fick vi ja | fik jeg ja | fik vi ja | kom ordren | kom ordern |
kom ordren ind | kom ordren inn | kom ordern in | got the yes today | sa de ja | sade de ja |
sagde de ja | sa dom ja | sa dei ja |
skriftlig ja | skriftligt ja | et skriftlig ja | ett skriftligt ja | written yes | a written yes |
fikk et ja | fick ett ja | fik et ja | got a yes | got the yes | gave us a yes | gave us the yes |
tilslag | fikk tilslag | fick tilldelning | tilldelning | tildelt | tildelte | awarded |
vunnit | vann | vandt | vundet | påskrivet | påskrivna | påskriven | undertecknat |
undertecknad | undertecknade | undertecknades | underskrivet | lukket | lukkede | lukka | stängt | stängde | avslut | avslutat |
fikk ordren | fikk ordre | fick ordern | fick order | fik ordren | fik ordre | fått ordre |
fått ordren | fått order | fått ordern | fået ordren | fået ordre | fået order | ordre fra | order from | order från | ordre fra | order in |
ga oss ordren | gav oss ordren | gav oss ordern | gav os ordren | gave us the order |
ga oss oppdraget | gav oss uppdraget | gav os opgaven | gave us the contract | gave us the deal |
ga oss kontrakten | gav oss kontraktet | gav os kontrakten | ga oss avtalen | gav oss avtalet |
gav os aftalen |
ordre inne | ordre i hus | ny ordre | new order | nytt avtal | ny avtale | ny aftale |
bestilte | bestilt | beställde | beställt | bestilte | ordered | placed an order | placed the order |
placed a PO | kjøpte | köpte | købte | bought |
la en order | lade en order | la in en order | la en beställning | lade en beställning |
la inn en ordre | la inn ordre | lagt inn ordre | lagt inn en ordre | lagt en order |
la en ordre | lagde en ordre | afgav en ordre | afgav ordre |
purchased | kjøper | köper | køber | takket ja | takka ja | takkede ja | takker ja | tackar ja | tackade ja | tackat ja | har tackat ja | sagde ja | said yes | har sagt ja | sagt ja | sa ja | sade ja |
har sagt ja til | has said yes | have said yes | is a go | er en go | go-ahead |
sier ja til | säger ja till | siger ja til | says yes to |
klartecken | grønt lys | grönt ljus | green light | gikk for oss | valgte oss | valde oss |
gave us the green light | gave us the go-ahead | ga oss grønt lys | gav oss grönt ljus |
gav os grønt lys | gav oss klartecken | got the green light from |
fikk grønt lys fra | fick grönt ljus från | fik grønt lys fra |
valgte os | chose us | went with us | picked us | deal closed | deal done | deal signed |
closed won | closed-won | cw | closed the deal | kontrakt signert | avtale signert | affär klar |
affären klar | avtal klart | avtalet klart | aftale i hus | handel i hus | aftalen er landet |
klappet og klart | done deal | affär i hamn | i hamn | i havn | kom i mål |
valgt oss | har valgt oss | valt oss | har valt oss | valgt os | har valgt os | chosen us |
has chosen us | have chosen us | selected us | has selected us | tilslaget | fikk tilslaget |
fick tilldelningen | fik tilslaget | tilldelades | tilldelats | tilldelad | ble tildelt |
blev tildelt | blev tilldelade | was awarded | were awarded | upsold | up-sold | cross-sold |
mersolgte | mersolgt | mersålde | mersålt | mersolgte | tecknat avtal | tecknade avtal |
tecknat avtalet | tecknade avtalet | tecknat kontrakt | tecknade kontrakt | har tecknat avtal |
inngått avtale | inngikk avtale | har inngått avtale | inngått kontrakt | inngikk kontrakt |
indgået aftale | indgik aftale | har indgået aftale | indgået kontrakt | indgik kontrakt |
blekket er tørt | bläcket är torrt | blækket er tørt | the ink is dry | ink is dry |
signat | signade | har signat | signed off on
"""
# Probably a win, not unmistakably: asked about when a known customer and an amount go with it.
WIN_LIKELY = """
er valgt som leverandør | ble valgt som leverandør | blitt valgt som leverandør |
valgt som leverandør | valda som leverantör | vald som leverantör | blev vald som leverantör |
valgt som leverandør hos | valgt som leverandør til | udvalgt som leverandør | er blevet valgt |
selected as supplier | selected as the supplier | selected as their supplier | chosen as supplier |
chosen as the supplier | we've been selected | we have been selected | we were selected |
valgt som partner | chosen as partner | selected as partner |
got the nod from | got the nod | a win | another win | en seier | ny seier | en vinst | en sejr | is ours | are ours | er vår | er vårt | er våre | är vår | är vårt | er vores | new win |
ny seier | ny vinst | ny sejr | went for it | gikk for det | gick på det | gik efter det | gik med på det | landed | we got |
vi fikk | vi fick | vi fik | vi fått | vi har fått | vi har fået | going ahead |
väljer oss | velger oss | vælger os | chooses us | are choosing us |
go ahead | are going ahead | gå videre | gå vidare | proceed | go forward | gikk videre med oss | går vidare med oss | går videre med os |
decided on us | decided to go with us | bestemt seg for oss | bestämt sig för oss |
besluttet sig for os | besluttede sig for os | valgte å gå for oss | fikk oppdraget |
fick uppdraget | fik opgaven | fått oppdraget | fått uppdraget | fået opgaven |
fått förtroendet | fick förtroendet | fikk tilliten | fik tilliden | got the assignment |
går for oss | går för oss | går efter os | går med oss | går med os | goes with us | going with us |
vant oppdraget | vann uppdraget | vandt opgaven | klart |
klar | på plads | på plass | på plats | confirmed | bekreftet | bekräftat | bekræftet |
godkjent | godkänt | godkendt | approved | accepted | aksepterte | akseptert | accepterade |
accepterat | accepterede | accepteret |
det blir vi | det blir oss | det bliver os | det bliver vi | det blev os | det blev vi |
det ble oss | det ble vi | det blev oss | it's us | it is us |
agreed terms | agreed the terms | agreed to terms | agreed the deal | okayed the deal |
svarte ja | svarade ja | svarede ja | har svart ja | har svarat ja | har svaret ja | replied yes |
answered yes | to say yes | came back with a yes | kom tilbake med ja | kom tillbaka med ja |
kom tilbake med et ja | kom tillbaka med ett ja | kom tilbage med ja | kom tilbage med et ja |
godtok | godtog | har godtatt | har godtaget | har godtagit |
kjører på | kör på | kører på | kjører på med oss | kör på det | kører på med os
"""
# Renewing, extending, landing: a win when a customer and an amount go with them ("Aker BP
# fornyet avtalen, 900k", "Landed Tibber €50k"), else asked about like WIN_LIKELY. So deals
# counted in ("Two in before Christmas 🙌 Barclays £210k and Ocado £95k", session 24).
WIN_WITH_AMOUNT = """
renewed | has renewed | have renewed | fornyet | fornyede | fornyet avtalen | förnyade |
förnyat | fornyede | forlænget | forlængede | forlenget | forlenget avtalen | förlängde |
förlängt | extended | prolonged | landed | landet | landade | landede | har landet | har landat |
landa | har landa | vi landa |
on board | onboard | aboard | utvidet | utvidede | har utvidet | udvidet | udvidede |
har udvidet | utökade | utökat | har utökat | expanded | has expanded | om bord | ombord | nappet | nappa | nappade | nappede | bet på |
took the bait | new customer | new client | ny kunde | ny kund | nye kunder | nya kunder |
ble kunde | blei kunde | blev kund | blev kunde | ble ny kunde | blev ny kund | blev ny kunde |
became a customer | became a client | is now a customer | er nå kunde | är nu kund | er nu kunde |
er blevet kunde | er blevet ny kunde | har blitt kunde | har blitt ny kunde | blitt kunde |
har blivit kund | blivit kund | har blivit ny kund | blevet kunde |
ny klient | new logo | tog hem | tagit hem | har tagit hem | tok hjem | tatt hjem |
har tatt hjem | tog hjem | taget hjem | har taget hjem | hentet hjem | hentede hjem |
brought home | brought in |
fick jobbet | fått jobbet | har fått jobbet | fikk jobben | fått jobben | har fått jobben |
fik jobbet | fået jobbet | har fået jobbet | got the job | we got the job |
er hjemme | är hemma | is home |
two in | 2 in | three in | 3 in | two more in | 2 more in | three more in | another two in |
two deals in | 2 deals in | three deals in | two orders in | 2 orders in | landed two |
landed 2 | landed three | landed 3
"""
# A renewal named under its customer with its amount ("Boots renewal: £95k/yr, 2 yrs", "Tine
# fornyelse 85k"): probably a win, asked (cues).
RENEWALS = """
renewal | the renewal | fornyelse | fornyelsen | förnyelse | förnyelsen | forlængelse |
forlængelsen | forlengelse | forlengelsen | förlängning | förlängningen | fornyelsesavtale |
fornyelsesaftale | extension | contract renewal
"""
# Present tense: in Scandinavian languages it mostly speaks of what is about to happen
# ("Statkraft signerer før jul"). These forms are no win, whatever "signer*" matches.
NOT_DONE_FORMS = """
signerer | signerar | signing | signs | skriver under | skriver på | underskriver |
undertecknar | vinner | vinder | win | wins | winning | taper | förlorar | taber | loses |
losing | signering | signeringen | signeringsmøte | undertegning | signeres | signeras | underskrives | undertegnes | skrives under | to be signed |
will be signed | will sign | skal signere | ska signera | skal underskrive |
won't be signed | will not be signed | not be signed | won't sign | won't be signing |
won't be signed off | ikke bli signert | ikke signert ennå | inte bli signerat | inte signerat än |
ikke blive underskrevet | ikke underskrevet endnu
"""
# The signing still to come, anywhere in the message: a win said with it is asked ("Nammo
# takket ja, kontrakt signeres neste uke").
SIGNING_TO_COME = """
signerer | signerar | signeres | signeras | skriver under | skriver på | underskriver |
underskrives | undertecknar | undertecknas | undertegnes | skrives under | to be signed |
will be signed | will sign | skal signere | ska signera | skal underskrive | signs | signing |
signering | signeringen | signeringsmøte | undertegning |
paper next week | papers next week | kontrakt neste uke | kontrakt nästa vecka | kontrakt næste uge |
papirene kommer | papirerne kommer | papperen kommer | paperwork to follow |
papers to follow | contract to follow | kontrakten kommer | avtalen kommer | avtalet kommer |
aftalen kommer | venter på den underskrevne | venter på kontrakten | väntar på kontraktet |
väntar på det påskrivna | waiting for the signed | waiting on the signed |
won't be signed | will not be signed | not be signed till | not signed till |
ikke signert før | inte signerat förrän | ikke underskrevet før |
ikke signert enda | ikke signert ennå | ikke signert ennu | ikke skrevet under enda |
ikke skrevet under ennå | inte skrivit på än | inte skrivit på ännu | inte signerat än |
inte signerat ännu | ikke skrevet under endnu | ikke underskrevet endnu | ikke signeret endnu |
not signed yet | not yet signed | haven't signed yet | hasn't signed yet | not signed it yet |
haven't signed it yet
"""
# Hedges: anywhere in the clause, the thing is not done ("… kanskje før jul").
HEDGES = """
maybe | perhaps | probably | i think | i guess | kanskje | kanske | måske | muligens |
antagelig | antakelig | sannsynligvis | troligen | troligtvis | sandsynligvis | formentlig |
tror jeg | tror jag | jeg tror | jag tror | tror vi | hopefully | forhåpentligvis |
förhoppningsvis | forhåbentlig |
hadde vi bare | om vi bare hadde | hvis vi bare hadde | bare vi hadde | if only | if we had |
would have | could have | should have | would've | could've | should've |
hade vi bara | om vi bara hade | havde vi bare | hvis vi bare havde |
kunne ha vun* | kunne ha sign* | kunne ha fått | skulle ha vun* | skulle ha sign* |
skulle ha fått | kunde ha vun* | kunde ha sign* | kunde ha fått | skulle ha fått |
kunne have vun* | kunne have sign* | kunne have fået | skulle have vun* | skulle have fået |
tenkte å | tenkte jeg | tänkte | tänker | tænkte | tænker på | tenker på | thinking of |
thinking about | considering | vurderer å | funderar på | overvejer
"""
# Past-tense "won" where the customer must follow ("Vant Nammo"); "Nammo vant" is news about them.
# ("Yara solgte 20 % mer i Q3": they sold; we "solgte 20 lisenser til Yara").
WIN_AFTER_ONLY = """
won back | vant tilbake | vann tillbaka | vandt tilbage |
won | vant | vann | vandt | closed | stängde | stängt | lukket | lukkede | lukka | avslutat |
sold | solgte | solgt | har solgt | sålde | sålt | har sålt
"""

# Nouns of a sale: they say "win" only with a completing word (signed, closed, i boks, landed …).
WIN_NOUNS = """
deal | deals | the deal | contract | kontrakt* | avtale* | avtal | avtalet | avtalen | aftale* |
affär | affären | affärer | order | ordren | ordre | ordern | bestilling* | beställning* | signature | the signature |
signatur | signaturen | underskrift | underskriften | påskrift | påskriften |
handel | handlen | agreement | po | purchase order | innkjøpsordre | rammeavtale* | ramavtal* |
rammeaftale* | lisensavtale* | license | licenses | lisenser | licenser |
upsell | up-sell | mersalg | mersalget | merförsäljning | merförsäljningen | tilleggssalg |
tilläggsförsäljning | tillægssalg | tilleggsordre | tilläggsorder | tillægsordre |
ordrebekreftelse | ordrebekreftelsen | orderbekräftelse | orderbekräftelsen | ordrebekræftelse |
ordrebekræftelsen | kjøpsbekreftelse | köpbekräftelse | købsbekræftelse | order confirmation |
ekstraordre | ekstraordren | extraorder | extraordern | ekstrabestilling | oppsalg | oppsalget |
kryssalg | kryssalget | mersalg | meromsætning | mersalget
"""
COMPLETING = """
closed | done | klar | klart | ferdig | ferdigforhandlet | færdig | i boks | i hus | i land |
i mål | i hamn | i havn | landet | landa | landed | landade | landad | landat | secured | signed | signert | signerat | underskrevet |
e-signert | e-signerte | e-signerat | e-signerade | e-signeret | e-signerede | e-signed |
påskrivet | påskrivna | undertecknat | confirmed | bekreftet | bekräftad | bekräftat |
bekræftet | approved | godkjent | godkänd |
godkendt | accepted | akseptert | aksepterte | accepterad | accepterade | accepteret | accepterede |
got | fikk | fick | fik | fått | mottatt | mottog | modtog | received | came in | kom inn |
came | came through | kom | kom via | kom på | arrived | ankom |
kom in | kom ind | won | vunnet | vunnit | vundet | in the bag | over the line | ja | yes |
tecknat | tecknad | tecknade | inngått | inngikk | indgået | indgik
"""

# An offer the customer said yes to is a win ("Tilbudet er akseptert", "Quote approved").
ACCEPTED = """
accepted | approved | signed | signert | signerat | signeret | underskrevet | akseptert |
aksepterte | accepterad | accepterade | accepteret | accepterede | godkjent | godkjente | godkänd | godkändes |
godkendt | godkendte | vunnet | vunnit | vundet | won | i boks | i hus | i hamn | in the bag |
gikk gjennom | gick igenom | gik igennem | went through | påskrivet | påskrivna | undertecknat |
godtok | godtatt | har godtatt | godtog | godtaget | har godtaget | godtagit | har godtagit |
agreed to | has agreed to | have agreed to | okayed | okay'd | ok'd | gikk med på | gick med på |
gik med på | sagt god for | sagde god for | sa god for | sagt god før |
godkände | godkänner | godkjenner | godkender | aksepterer | accepterar | accepterer |
accepts | approves | accept
"""

LOSS_VERBS = """
vil ikke gå videre | vill inte gå vidare | vil ikke gå videre med os | ønsker ikke å gå videre |
ønsker ikke at gå videre | doesn't want to proceed | don't want to proceed |
drog sig ur | drog seg ut | trakk seg | trakk seg ut | trak sig | trak sig ud |
pulled out | have pulled out | has pulled out | pulled the plug | backed out | have backed out |
went with a cheaper supplier | went with a cheaper provider | gikk for en billigere leverandør |
valgte en billigere leverandør | valde en billigare leverantör |
anbudet røk | dealen røk | avtalen røk |
røk ut av | røk ut | ble slått ut av | ble slått ut | åkte ut ur | åkte ut | blev slået ud af | røg ud af |
røg ud | knocked out of | were knocked out |
har trukket seg | har dragit sig ur | har trukket sig | har trukket sig ud |
förlorades | förlorats | gick förlorad | gikk tapt | gik tabt | was lost | got lost |
are a no | is a no | was a no | er et nei | er et nej | är ett nej | var et nei | var ett nej |
blev et nej | ble et nei | a hard no | et klart nei | ett klart nej | et klart nej |
ga oss nei | ga oss et nei | gav oss nei | gav oss nej | gav oss ett nej | gav os nej |
gav os et nej | gave us a no | gave us a hard no | gave us the no |
förlust | lost deal | tapt avtale | tabt aftale | förlorad affär |
fell through | has fallen through | falt gjennom | föll igenom | faldt igennem |
pulled the tender | scrapped the tender | cancelled the tender | canceled the tender |
avbröt upphandlingen | har avbrutit upphandlingen | avlyste anbudet | har avlyst anbudet |
avlyste anbudskonkurransen | aflyste udbuddet | har aflyst udbuddet |
gikk i vasken | gick i stöpet | gik i vasken |
lost | lose | tapte | tapt | tapa | har tapt | tappade | tappat | tapade | förlorade | förlorat | förlorad | tabte | tabt |
har tabt | mistet | mista | miste | mistede | missed out | not to go ahead | not going ahead | won't go ahead | will not go ahead |
går ikke videre | går inte vidare | går ikke videre med os | gikk ikke videre | gick inte vidare |
gik ikke videre | didn't win | did not win | vant ikke | vann ikke | vann inte |
vandt ikke | fikk den ikke | fick den inte | fik den ikke | fikk nei |
fick nej | fik nej | fått nei | fått nej | sa nei | sa nej | sade nej | sagde nej | nej tack | said no | takket nei | takka nei | takkede nej |
it's a no | its a no | it is a no | it’s a no | det ble nei | det ble et nei | det blei nei | det blev nej |
det blev ett nej | det blev et nej |
tackade nej | tackat nej | har tackat nej | takkede nei | no from | nei fra | nej från | nej fra | went with a competitor |
went with another | current supplier | current vendor | existing supplier | their supplier |
nåværende leverandør | eksisterende leverandør | nuvarande leverantör | befintlig leverantör |
nuværende leverandør | eksisterende leverandør | no deal | ingen avtale | ingen affär |
ingen aftale | ingen napp | no luck | valgte en annen | valgte en konkurrent | valde en annan | valgte en anden |
valgte oss ikke | valgte ikke oss | valde inte oss | valde oss inte | valgte os ikke | valgte ikke os |
ble ikke valgt | vart ikkje valt | blev inte valda | blev inte vald | blev ikke valgt | blev ikke valgte |
ikke valgt | inte valda | ikke valgte | not selected | weren't selected | were not selected |
wasn't selected | was not selected | weren't chosen | were not chosen | didn't get picked |
didn't choose us | did not choose us | didn't pick us | köper inte | kjøper ikke | køber ikke |
won't buy | will not buy | not buying | trakk tilbudet | trukket tilbudet | drog tillbaka offerten |
trak tilbuddet | withdrew the offer | withdrew our offer |
ble ikke noe av med | ble ikkje noko av med | blev inget av med | blev ikke til noget med |
blev ikke noget af med | ble ikke noe med | blev inget med | blev ikke noget med |
ble ingenting med | nothing came of it with |
it didn't happen with | didn't come off | fell through | gikk i vasken | gick i stöpet |
gik i vasken | wouldn't go ahead |
gikk til konkurrent | gick till konkurrent | gik til konkurrent | closed lost | closed-lost |
gikk til konkurrenten | gick till konkurrenten | gik til konkurrenten | gikk til en konkurrent |
gick till en konkurrent | gik til en konkurrent | gikk til konkurrenter | gikk til en annen |
gick till en annan | gik til en anden | went to a competitor | went to the competition |
went to the competitor | went to another vendor | went to another supplier |
rejected | avvist | avslått | avslag | avslog | afvist | afslag | declined |
nådde ikke opp | nådde ikke helt opp | nådde ikkje opp | nådde inte fram | nådde inte ända fram |
nådde inte hela vägen | nåede ikke | nåede ikke i mål | nåede ikke helt i mål | didn't make it |
did not make it | came second | came in second | second place | andreplass | kom på andreplass |
andra plats | kom på andra plats | andenplads | andenpladsen | kom på andenpladsen |
hopper av | hoppet av | hoppa av | hoppar av | hoppade av | hopper af | hoppede af |
sprang fra | springer fra | er sprunget fra | sprunget fra |
went elsewhere | gone elsewhere | going elsewhere | gone with another supplier |
gone with another vendor | gone with a competitor | went with another supplier |
went with another vendor |
gået med en konkurrent | er gået med en konkurrent | gået med en anden | gått med en konkurrent |
gått videre med en konkurrent | gått for en konkurrent | gikk for en konkurrent |
gått för en konkurrent | valt en konkurrent | gått med en annan leverantör |
not proceeding | won't be proceeding | will not be proceeding | not moving forward |
won't move forward | deal dead | deal is dead |
deal's dead | dead deal | bommet på | bomma på | bommede på | bommade på |
dropped us | droppet oss | droppa oss | droppade oss | droppede os | turned us down |
valgte bort oss | valgte oss bort | valde bort oss | valde oss bort | fravalgte os |
fravalgte oss | valgte os fra | ruled us out | passed on us |
decided not to proceed | decided not to go ahead | not to proceed | avslo tilbudet |
avslo tilbudet vårt | avslo vårt tilbud | avslog offerten | avslog vår offert |
afviste tilbuddet | afviste vores tilbud | turned down our offer | turned down our proposal |
takkede nej | takket nej | valgt å ikke gå videre | valgte å ikke gå videre |
valgt å ikkje gå vidare | valde att inte gå vidare | valt att inte gå vidare |
valgt ikke at gå videre | valgte ikke at gå videre |
gick vidare med | gikk videre med | gik videre med |
dagens leverandør | dagens leverantör | sin nåværende leverandør | sin nuvarande leverantör |
røg på målstregen | røk på målstreken | røk på oppløpet | tapte på målstreken |
tabte på målstregen | föll på målsnöret | sprack på målsnöret | förlorade på målsnöret |
lost at the finish line | lost it at the finish line | fell at the last hurdle |
fell at the final hurdle |
smuttede | smuttet | smatt | thanks but no thanks | takka nei | tacka nej |
slipped away | slipped through our fingers | gled os af hænde | gled oss ur händerna |
ble for dyrt for dem | ble for dyrt for dei | blev för dyrt för dem | blev för dyr för dem |
blev for dyrt for dem | blev for dyr for dem | too expensive for them | too pricey for them |
vi var för dyra | vi var for dyre | vi var for dyre | we were too expensive |
sier nei takk | sier nei tack | säger nej tack | siger nej tak | har sagt nei takk |
har sagt nej tack | har sagt nej tak | sagt nej tak | sagt nei takk | sagde nej tak |
har sagt nei | har sagt nej | har sagt nei til oss | har sagt nej til os | har sagt nej till oss |
gone with the incumbent | went with the incumbent | stayed with the incumbent |
staying with the incumbent | sticking with the incumbent | stuck with the incumbent |
kör vidare med nuvarande | kör vidare med befintlig | fortsetter med nåværende | fortsetter med dagens |
fortsætter med nuværende | fortsætter med den nuværende | sticking with their current |
staying with their current | stick with their current | stay with their current |
tackar nej | takker nei | takker nej | takkar nei | turns down | declines our |
fikk ikke avtalen | fekk ikkje avtalen | fick inte avtalet | fik ikke aftalen |
fikk ikke kontrakten | fekk ikkje kontrakten | fick inte kontraktet | fik ikke kontrakten |
fikk ikke oppdraget | fekk ikkje oppdraget | fick inte uppdraget | fik ikke opgaven |
didn't get the deal | did not get the deal | didn't win the deal | did not win the deal |
didn't get the contract | did not get the contract | gjekk for ein billegare leverandør |
nej tak fra | nei takk fra | nej tack från |
nådde vi ikke opp | nådde vi ikke helt opp | nådde vi ikkje opp | nådde vi inte fram |
nåede vi ikke | nåede vi ikke op | bid was unsuccessful | tender was unsuccessful |
proposal was unsuccessful | submission was unsuccessful | quote was unsuccessful |
offer was unsuccessful | we were unsuccessful | unsuccessful on this occasion |
bid has been unsuccessful | tender has been unsuccessful
"""

# Not won, said of the customer named right after it ("Vi fikk ikke Telenor", "We didn't get
# Volvo"); with other words between ("fikk ikke tak i Telenor", "didn't get through to DNB",
# "fikk ikke svar fra …") no record.
LOSS_NAME_NEXT = """
fikk ikke | fick inte | fik ikke | didn't get | did not get | didn't land | did not land |
we didn't get | vi fikk ikke | vi fick inte | vi fik ikke
"""

# Offers: a noun, sent. "Quote out to Bring", "Tilbud sendt", "Skickade en offert".
OFFER_NOUNS = """
prisnivå | prisnivån | ny prisnivå | nya priser | nye priser | ny prisliste | ny prislista |
sow | statement of work | prisforslag | prisförslag | prisoverslag | kostnadsoverslag |
*offert | *offerten | *tilbud | *tilbudet | *tilbuddet | *proposal |
offer | offers | quote | quotes | quotation | proposal | proposals | bid | tender | rfp response |
tilb |
tilbud | tilbudet | tilbudene | tilbuddet | tilbuddene | pricing | prices | priser | price |
pris | prisen | prisförslaget | pristilbud | anbud | anbudet | offert | offerten | offerter |
prisförslag | förslag | forslag | prisoverslag | estimat | estimate | pitch | prop |
rfp | rfq | rfi | tender response | anbudssvar | anbudsbesvarelse |
budsjettpris | budsjettprisen | budgetpris | budgetprisen | budget quote | budgetary quote |
budget proposal | budsjettilbud | budgettilbud | budgetoffert | budsjettforslag |
rev-* | revisjon-* | revision-* | version-* | versjon-* | ver-* | utgave-* | udgave-* | utgåva-*
"""
SEND_VERBS = """
sent | send out | sent out | sent over | submitted | innlevert | innleverte | levert inn |
leverte inn | inlämnat | inlämnade | indleveret | indleverede | delivered | out | out to | gone out |
gone to | gone over | gone over to | just gone | just gone to | has gone to | has gone over |
went out | sendt | sendte | sendt ut | sendte ut | sendt over | levert | leverte | lagt inn |
la inn | gitt | gav | ute | er ute | skickat | skickad | skickade | skickat över | lämnat |
lämnade | lämnad | inlämnad | mailade | mejlade | mejlat | ute hos | ude hos | ude | er ude |
afgivet | afgav | afleveret | afleverede | givet |
sendt afsted | afsendt | gick iväg | gått iväg | skickades iväg | gikk av gårde |
gik afsted | gik af sted | went off | afsendte | fremsendt | fremsendte | oversendt | oversendte |
oversendt | skickats | skickades | sendt inn | sendte inn | emailed | mailet | mailat | mailede | presented | presenterte | presenterade |
præsenterede | fired off | answered | responded to | besvart | besvarte | besvaret |
besvarede | besvarat | besvarade |
har fått sin | har fått sitt | fått sin | fått sitt | fick sin | fick sitt | fikk sitt |
fikk sin | har fået vores | fået vores | fik vores | har fått vårt | fått vårt | fått vår |
fikk vårt | fikk vår | fick vår | fick vårt | received our | have received our |
has received our | got our | have our | has our |
fra meg | fra oss | fra mig | fra os | från mig | från oss | from me | from us |
ligger nu på | ligger nå på | ligger nu på | er nu på | er nå på | är nu på | is now at |
now at | now stands at | står nu på | står nå på | står nu på |
iväg | afsted | af sted | avgårde | av gårde | off to |
fikk tilbud ut | fikk tilbudet ut | fikk ut tilbud | fikk ut tilbudet | fekk tilbod ut |
fick ut offert | fick ut offerten | fick offerten ut | fick offert ut | fik tilbud ud |
fik tilbuddet ud | fik ud tilbud | got the quote out | got a quote out | got the proposal out |
got a proposal out | got the offer out |
went over | went straight over | went over straight | røg afsted | røg af sted | røg ud |
gikk direkte | gick direkt | gik direkte
"""
# An offer out changed to a new amount, the amount right after ("Kiwi: revidert til 200k",
# "Volvo: sänkt till 900 tkr", "Boots: revised to £38k"): sent words too (SEND_VERBS holds them),
# and without an offer noun an offer asked about (cues).
REVISED_TO = """
revised to | revised down to | revised up to | updated to | reduced to | lowered to |
brought down to | adjusted to | adjusted down to | dropped to | now down to |
revidert til | revidert ned til | revidert opp til | reviderte til | justert til | justert ned til |
justerte ned til | justert opp til | nedjustert til | nedjusterte til | oppjustert til |
redusert til | reduserte til | senket til | senka til | satt ned til | satte ned til |
prisen ned til |
reviderat till | reviderad till | reviderade till | justerat till | justerad till |
justerat ner till | justerade ner till | nedjusterat till | nedjusterad till | sänkt till |
sänkte till | sänkt ner till | sänkt offerten till | reducerat till | reducerad till |
revideret til | revideret ned til | reviderede til | justeret til | justeret ned til |
justerede ned til | nedjusteret til | nedjusterede til | sænket til | sænkede til |
sat ned til | satte ned til | reduceret til | reducerede til
"""
SEND_VERBS += " | " + REVISED_TO
# Order nouns: with an amount they announce a sale on their own ("Ordre på 1,2 mill fra Veidekke").
ORDER_NOUNS = """
order | ordre | ordren | ordern | ordrer | bestilling | bestillingen | beställning |
upsell | up-sell | mersalg | mersalget | merförsäljning | merförsäljningen | tilleggssalg |
tilläggsförsäljning | tillægssalg | tilleggsordre | tilläggsorder | tillægsordre |
beställningen | po | purchase order | innkjøpsordre | indkøbsordre | inköpsorder | avrop |
avropet | call-off | ordrebekreftelse | ordrebekreftelsen | orderbekräftelse |
orderbekräftelsen | ordrebekræftelse | ordrebekræftelsen | kjøpsbekreftelse | köpbekräftelse |
købsbekræftelse | order confirmation | ekstraordre | ekstraordren | extraorder | extraordern |
ekstrabestilling | oppsalg | oppsalget | kryssalg | kryssalget | meromsætning
"""
# A competitor in the sentence turns a signing into a loss ("Orkla signed with our competitor").
COMPETITOR = """
competitor | competitors | the competition | someone else | somebody else | noen andre |
någon annan | några andra | nogen anden | nogle andre | en anden | another supplier | another vendor |
another provider | other supplier | other vendor | other provider | the other bidder | another bidder |
annen leverandør | en annen leverandør | annan leverantör |
en annan leverantör | anden leverandør | en anden leverandør | konkurrent | konkurrenten | konkurrenter |
konkurrentene | konkurrenterna | konkurrenterne | konkurranse | konkurrensen |
incumbent | the incumbent | instead | annen løsning | en annen løsning | another solution |
other solution | annan lösning | en annan lösning | anden løsning | en anden løsning | i stedet | istedet | istället | i stället | i stedet for oss |
over us | instead of us | rather than us | fremfor oss | framfor oss | istedenfor oss |
framför oss | istället för oss | i stället för oss | frem for os | fremfor os | i stedet for os
"""
# Things one loses that are no deal ("lost the Equinor slide deck", "mistet presentasjonen").
LOST_THINGS = """
deck | slide deck | slides | presentation | presentasjonen | presentationen | præsentationen |
file | fila | filen | document | dokumentet | keys | nøkler | nøklene | nycklar | nycklarna |
nøgler | nøglerne | mobilen | phone | laptop | pc | charger | laderen | laddaren | opladeren |
password | passordet | lösenordet | adgangskoden | contact | kontakten | kontaktpersonen |
tappat bort | lost track | mistet oversikten | tråden | nettet | nettforbindelsen | wifi |
wifien | connection | the connection | forbindelsen | dekningen | täckningen | signal
"""
# Choosing: with a competitor in the sentence, a loss ("Orkla valgte konkurrenten").
CHOSE = """
chose | picked | went with | selected | valgte | valgt | valde | valt | valgte at gå med |
gikk for | gick på | gik med | gik for | gick med | gikk med | landed on | endte med | landade i | endte på |
gikk videre med | gick vidare med | gik videre med | went ahead with | moved forward with |
bestemt seg for | har bestemt seg for | bestemte seg for | bestämt sig för |
har bestämt sig för | bestämde sig för | besluttet sig for | har besluttet sig for |
besluttede sig for | besluttet seg for | decided on | decided to go with | opted for |
going with | is going with | are going with | goes with | velger | går for | går med |
går videre med | väljer | går vidare med | vælger | går videre med | moving forward with |
has chosen | have chosen | har valgt | har valt | ble med på | blei med på | blir med på |
blev med på | bliver med på | var med på | gikk med på | gick med på | gik med på | går med på |
signed up for | went for | goes for | is going for | har gått for | gått for | har gått med på |
gått med på
"""
# Quoting as a verb: an offer on its own ("Quoted Elkjøp 75k").
OFFER_VERBS = """
quoted | priced | tilbudt | tilbød | tilbøt | har tilbudt | offererat | offererade | offertat |
offertade | tilbudt | tilbød | tilbudte | har givet tilbud | gav tilbud | ga tilbud |
gitt tilbud | lämnat offert | lämnade offert | bid on | bød på | bjöd på |
fikk tilbudet | fikk tilbudet sitt | fikk tilbud | fikk nytt tilbud | fikk nytt tall | fikk ny pris |
har fått tilbudet | har fått tilbud | har fått nytt tilbud | fick offerten | fick offert |
fick ny offert | har fått offerten | har fått offert | fik tilbuddet | fik tilbud | fik nyt tilbud |
har fået tilbud | har fået tilbuddet | har fået nyt tilbud | fik ny pris |
got the quote | got the proposal | got our quote | got our proposal | got the new quote |
received the quote | received our quote | received the proposal | received our proposal
"""
# Someone else's offer to us, or an offer that is not a sales offer.
OFFER_NOT_OURS = """
sent us | sendte oss | skickade oss | sendte os | gave us | ga oss | gav oss | gav os |
us an offer | oss et tilbud | oss tilbud | oss en offert | os et tilbud | os tilbud |
offer from | quote from | proposal from | tilbud fra | tilbudet fra | offert från | offerten från |
got an offer | got a quote | fikk tilbud | fikk et tilbud | fick en offert | fick offert |
fik tilbud | fik et tilbud | expires | utløper | går ut | går ut i | löper ut | udløber |
black friday | rabatt | discount | på tilbud | on offer | special offer | tilbud på pizza |
job offer | jobbtilbud | jobberbjudande | jobtilbud
"""

# What became of an offer sent before: it lapsed, or its time was stretched ("Tilbudet til Tine
# (85k) gikk ut uten svar", "Quote to Tesco for £45k expired", "Offerten förlängd till 15/12").
# No offer sent now, and no sale.
OFFER_LAPSED = """
expired | has expired | have expired | had expired | lapsed | has lapsed | ran out | timed out |
utløpt | har utløpt | er utløpt | utløp | gikk ut uten | har gått ut uten | gått ut uten |
gikk ut på dato | har gått ut på dato | udløbet | er udløbet | udløb | løb ud | er løbet ud |
gik ud uden | er gået ud uden | löpte ut | har löpt ut | löpt ut | gick ut utan | har gått ut utan |
gått ut utan | förföll | har förfallit | forlenget til | forlenget med | forlenget gyldigheten |
forlengt | förlängd | förlängt till | förlängde till | förlängt med | forlænget til | forlænget med |
forlænget gyldigheden | extended to | extended until | extended by | validity extended
"""

# An offer already out, received or read by the customer ("Tilbudet til Tine bekreftet mottatt
# (85k)", "Tine har lest tilbudet", "Offerten är mottagen av Volvo"): read as OFFER_LAPSED is,
# no offer sent now and nothing sold.
OFFER_RECEIVED = """
bekreftet mottatt | er mottatt | ble mottatt | har mottatt | mottatt | kvittert for |
har lest | har lest gjennom | leste | har åpnet | åpnet |
bekräftat mottagen | bekräftad mottagen | är mottagen | mottagen | mottogs | har mottagit |
har tagit emot | tog emot | har läst | läste | har öppnat | öppnade |
bekræftet modtaget | er modtaget | modtaget | blev modtaget | har modtaget | har læst | læste |
har åbnet | åbnede | confirmed receipt | acknowledged receipt | acknowledged | was received |
has been received | received | have read | has read | read | opened | has opened |
står fortsatt | står fortsatt ved lag | står ved lag | ligger fortsatt | ligger stadig |
ligger stadig hos dem | står kvar | ligger kvar | står stadig | still stands | still on the table |
is still on the table | still open
"""

# "gikk ut", "gick ut": an offer sent ("Tilbudet til Veidekke gikk ut i dag, 2,1 mill", as two
# held-out writers read it); with "uten svar" beside it, one that lapsed (blocks._lapsed).
OFFER_WENT_OUT = """
gikk ut | har gått ut | gått ut | er gått ut | gick ut | har gått ut | gik ud | er gået ud | gået ud
"""

MEETING_VERBS = """
just back from | just got back from | just came back from | just out of | just come out of |
just walked out of | just left | akkurat kommet fra | kom akkurat fra | kom nettopp fra |
kom precis från | kommer precis från | kom lige fra | kommer lige fra | lige kommet fra |
fikk møtt | fikk endelig møtt | fikk truffet | fikk endelig truffet | fick träffa |
fick äntligen träffa | fick träffat | fik mødt | fik endelig mødt | fik truffet | finally met |
got to meet | finally got to meet | got to see | finally got to see |
met | met with | meeting with | møtte | traff | träffade | träffat | mødte | har mødt |
visited | went to see | went out to see | drove out to see | besøkte | var hos | var hjå | vore hjå | var på besøk | var ute hos | besökte | var hos |
var jeg hos | var vi hos | var jag hos | var jeg ute hos | var vi ute hos | var jeg ude hos |
var vi ude hos | var jag ute hos |
var på besök | besøgte | var ude hos | været ude hos | været hos | været på besøg hos |
ude hos | ute hos |
var oppe ved | var oppe hos | var ude ved | var nede hos | var nede ved | var ovre hos |
var uppe hos | var nere hos | var borta hos | var oppe hjå | var nede hjå |
været rundt hos | vært rundt hos | varit runt hos | var rundt hos | var runt hos | været rundt på |
vært rundt på | varit runt på |
vært hos | vært ute hos | vært på besøk hos | varit hos | varit ute hos | varit på besök hos |
presented to | presented for | presenterte for | presenterte for | presenterade för |
præsenterede for | pitched to | pitched | pitchet for | pitchet til | pitchade för | pitchede for | på kundebesøk | på besøk hos | sat ned med | satt ned med |
sat down with | kundemøte | kundmöte | kundemøde | kundträff hos | kundträff med |
kundträffen hos | kundetreff hos | kundetreff med | first meeting | første møte | første møtet |
første møde | første mødet | första möte | första mötet | intro meeting | introduction meeting |
introduksjonsmøte | introduktionsmöte | introduktionsmøde |
kundebesøk | kundbesök | kundebesøg | customer meeting | customer visit | site visit |
demo for | demo hos | demo med | demo to | demo with | demo at | demoed | on site at | onsite at | on-site at | mødtes med |
møttes | träffades | hadde teams med | hade teams med | havde teams med | had a teams with |
teams med | teams with | lunsjmøte med | lunchmöte med | frokostmøte med | workshop med | workshop with | workshop hos |
lunch meeting with | lunch meeting at | breakfast meeting with | dinner meeting with | working lunch with |
lunchmøde med | frokostmøde med | frukostmöte med | middagsmøte med | middagsmöte med | middagsmøde med |
lunsj med kunde | lunch med kund | hosted | caught up with | spent the morning at | spent the day at |
spent the afternoon at | spent the morning with | spent the day with | spent the afternoon with |
zoom with | zoom med | zoom-møte med | zoommøte med | zoommöte med | zoommøde med |
facetime med | facetime with | facetime m/ | google meet med | google meet with | meet med |
demo'd | demoed | demo'd for | demoed for | demo'd to | demoed to | demonstrated to |
demonstrerte for | demonstrerade för | demonstrerede for | viste demo for | visade demo för |
viste demo til |
bra möte | bra møte | godt møte | godt møde | fint møte | fint möte | fint møde |
rigtig godt møde | riktig bra møte | väldigt bra möte | supert møte | super møde | lovende møte |
good meeting | great meeting | productive meeting | solid meeting | strong meeting |
grand meeting | cracking meeting | brilliant meeting | excellent meeting | positive meeting |
ok møte | ok möte | ok møde | okay møte | okej möte | greit møte | grei møte | helt ok møte |
fornuftig møte | nyttig møte | nyttigt möte | nyttigt møde | konstruktivt møte | konstruktivt möte |
konstruktivt møde | spændende møde | spennende møte | spännande möte | givende møte | givande möte |
ok meeting | okay meeting | decent meeting | useful meeting | constructive meeting | fair meeting |
var jeg hos | var vi hos | var jag hos | var jeg ute hos | var vi ute hos | var jag ute hos |
var jeg ude hos | var vi ude hos | var jeg på besøk hos | var vi på besøk hos |
var jag på besök hos | var vi på besök hos | var jeg på besøg hos | var vi på besøg hos |
var jeg faktisk hos | var vi faktisk hos | var jag faktiskt hos | var vi faktiskt hos |
var jeg også hos | var vi også hos | var jag också hos | var vi också hos |
var jeg endelig hos | var vi endelig hos | var jag äntligen hos | var vi äntligen hos |
møtte jeg | møtte vi | traff jeg | traff vi | träffade jag | träffade vi | mødte jeg |
mødte vi | besøkte jeg | besøkte vi | besökte jag | besökte vi | besøgte jeg | besøgte vi |
i møterommet til | i møterommet hos | i mötesrummet hos | i mødelokalet hos |
in their meeting room | i deres møterom | i deras mötesrum | i deres mødelokale |
va hos | va ute hos | va på besøk hos | ljummet möte | ljumt möte | lunkent møte |
lunkent møde | lunkne møte | kaldt møte | koldt møde | kallt möte | varmt møte | varmt möte |
varmt møde |
came in for a demo | came in for a meeting | came in for a workshop | came in to see us |
came over for a demo | came over for a meeting | kom innom på møte | kom inn på møte | kom på besøk |
kom förbi på möte | kom in på möte | kom på besök | kom forbi til møde | kom ind til møde | kom på besøg |
inde til møde | inne til møte | inne på møte | inne på möte | här på möte | her til møde | her på møte |
var inde til møde | var inne til møte | var inne på møte | var här på möte | var her til møde |
teams call with | zoom call with | video call with | skype call with | webex call with |
teams samtale med | zoom samtale med | videosamtale med | video samtale med | skype samtale med |
teams samtal med | zoom samtal med | videosamtal med | video samtal med | teams opkald med |
zoom opkald med | videoopkald med | video opkald med
"""
MEETING_NOUNS = """
mø med | mø hos | mød med | mød hos | mö med | mö hos | mtgs med | mtg med | mø m | mød m |
*møte | *møtet | *möte | *mötet | *møde | *mødet | *meeting |
meeting | mtg | møte | möte | møde | besøk | besök | besøg | visit | demo | workshop | pitch | pitchen |
kundemiddag | kundemiddagen | kundmiddag | kundelunsj | kundelunch | kundlunch | kundefrokost |
customer dinner | client dinner | customer lunch | client lunch |
presentasjon | presentation | præsentation | fremvisning | fremvisningen | visning | visningen |
dialogmøte | oppstartsmøte | statusmøte |
teams-møte | teamsmøte | teams-möte | teams-møde | videomøte | kickoff | befaring |
platsbesök | platsbesöket | platsbesøk | stedsbesøk |
provsmakning | smagning | smaking | smakprøving | tasting | vinsmaking | vinprovning |
kick-off | kicking off | kick off | oppstart | uppstart | opstart | sit-down | sitdown |
meetings | mtgs | möten |
onsite | on-site | onsite meeting | on-site meeting | qbr | quarterly business review |
business review | quarterly review | kvartalsmøte | kvartalsmöte | kvartalsmøde |
quarterly | kvartalsgjennomgang | kvartalsgenomgång | session | sesjon | sessionen |
genomgång hos | gjennomgang hos | gennemgang hos |
avstemming | avstämning | afstemning | avstemmingsmøte | avstämningsmöte | afstemningsmøde
"""
# "The meeting": a meeting already known to the reader. A record only when it went somehow
# ("Møtet med DNB gikk bra"), else a reference ("the slides from the meeting with SEB").
MEETING_REFERENCES = """
the meeting | møtet | mötet | mødet | kundemøtet | kundmötet | kundemødet | demoen | demon |
presentasjonen | presentationen | præsentationen | besøket | besöket | besøget | workshopen
"""
# Booking a meeting is the activity; the meeting becomes the lead's next step.
BOOKING_VERBS = """
booked | booket | bokat | bokade | bookede | scheduled | set up | satt opp | satte opp |
avtalt | avtalte | aftalt | aftalte | planlagt | got a meeting | fikk møte | fick möte | fik møde |
fikk et møte | fikk ett møte | fick ett möte | fik et møde | har fått møte | har fått ett möte |
har fået et møde | got a call booked | secured a meeting |
set | satt | satte | sat | bokad | bokat in | booket inn | landed a meeting | landet et møte | landet møte | lined up | confirmed | invite |
invitation | calendar invite | innkalling | møteinnkalling | invitasjon | kalenderinvitasjon |
inbjudan | mötesinbjudan | kallelse | indkaldelse | mødeindkaldelse | invitation sendt |
inbokat | inbokad | inbokade | bokat in | booka | booka inn | bookat | bookade | booket ind |
indbooket | sat i kalenderen | satt i kalenderen | lagt i kalenderen | i kalendern | in the calendar |
in the diary | sat op | sat i stand | ses igen | vi ses igen | sees igjen | vi sees igjen |
ses igjen | ses igen på | meeting them again | seeing them again |
arranged | arrangert | arrangerte | arrangerat | arrangerade | arrangeret | arrangerede |
fixed up | fixed | organised | organized | planla | planlagde | planerade | planerat |
fikk til | fick till | fik sat op | fikk i stand | fick till stånd | fik i stand |
got a demo | fikk en demo | fick en demo | fik en demo | got a workshop | fikk en workshop |
fick en workshop | fik en workshop | got a presentation |
vil ha møte | vil ha et møte | vil ha eit møte | vill ha möte | vill ha ett möte | vil have et møde |
vil have møde | vil gerne have et møde | vil gjerne ha et møte | vill gärna ha ett möte |
ønsker møte | ønsker et møte | önskar möte | önskar ett möte | ønsker et møde | wants a meeting |
want a meeting | wants to meet | want to meet | ba om møte | ba om et møte | bad om möte |
bad om ett möte | bad om et møde | asked for a meeting
"""

CALL_VERBS = """
tok en telefon til | tog en telefon til | tog et opkald til | tok en telefonsamtale med |
left a voicemail for | left a voicemail with | left a voicemail at | left voicemail for | left vm for |
left a vm for | left a message for | left a message with | la igjen beskjed til | la igjen beskjed hos |
legte igjen beskjed til | la igjen talemelding til | la igjen en talemelding til |
lämnade ett röstmeddelande till | lämnade röstmeddelande till | lämnade meddelande till |
lämnade ett meddelande till | indtalte en besked til | indtalte besked til | indtalte en besked hos |
efterlod en besked til | efterlod besked til |
lagt igjen beskjed til | lagt igjen beskjed hos | lagt igjen beskjed på svareren til |
la igjen beskjed på svareren til | la igjen beskjed på svareren hos | lagt beskjed på svareren til |
lagt besked på telefonsvareren hos | lagt besked på telefonsvareren til | lagt en besked til |
lagt besked til | lagde en besked til | lagde besked på telefonsvareren hos |
lagt igjen en beskjed til | left a voicemail on | lämnat röstmeddelande till | lämnat ett meddelande till |
fikk tak i | fick tag på | fik fat i | fik fat på | got hold of | got through to |
fikk en telefon fra | fikk telefon fra | fik et opkald fra | fik opkald fra | fick ett samtal från |
fick samtal från | got a call from | had a call from | inbound call from | fikk et anrop fra |
fekk tak i | fekk endeleg tak i | fekk endelig tak i | fikk endeleg tak i |
tok en prat med | hadde en prat med | tog en pratstund med | hade ett samtal med | tog en snak med |
havde en snak med | tok en telefon med | tog et opkald med |
fikk en prat med | tok en kjapp prat med | hadde en kjapp prat med | fikk en kjapp prat med |
tok en kort prat med | hadde en kort prat med | tok en rask prat med | hadde en god prat med |
tok en liten prat med | fikk snakket med | snakket kort med | fikk pratet med |
snackade med | snackat med | har snackat med | tog ett snack med | hade ett snack med |
hade en pratstund med | tog en snabb pratstund med | pratade kort med | fick prata med |
hade ett kort samtal med | fik en snak med | fik en hurtig snak med | havde en hurtig snak med |
tog en hurtig snak med | havde en god snak med | fik en god snak med | fik snakket med |
fik talt med | snakkede kort med | had a chat with | had a quick chat with |
hann prata med | hann snacka med | hann tala med | rakk å snakke med | rakk å prate med |
nåede at snakke med | nåede at tale med | managed to speak to | managed to speak with |
managed to talk to | managed to catch |
had a short chat with | had a good chat with | had a great chat with | had a brief chat with |
had a call with | had a quick call with | had a short call with | chatted with |
quick chat with | a quick call with | caught up by phone with | talade med | talat med |
chatted to | had a chat to | had a natter with | spoke briefly to | spoke briefly with |
har talat med | talade i telefon med |
telefon med | phone with | phone call with | telefonsamtale med | telefonsamtal med |
on the phone with | av telefonen med | i telefonen med | på telefon med | i telefon med |
på telefonen med | i telefonen med | off the phone with |
good call | great call | quick call | short call | brief call | productive call | positive call |
decent call | kort samtale | kjapp samtale | rask samtale | god samtale | bra samtale |
fin samtale | kort samtal | snabbt samtal | kort prat | kjapp prat | rask prat | kort snak |
hurtig snak | godt opkald | kort opkald | hurtigt opkald | fint opkald | kort snack |
kort telefonsamtale | kort pratstund | snabb pratstund | bra samtal | gott samtal | fin prat |
bra prat | god prat | god snak | godt snak | good chat | great chat | nice chat |
called | rang | phoned | ringte | ringde | ringede | ringt | ringat | har ringt | ringet |
ringde upp | ringte opp | ringede op | ringt opp | ringet opp | ringde upp till | called up |
rang up | phoned up |
har ringet | telefonerte | telefonerade | telefonerede | telefoneret | spoke with |
spoke to | talked to | talked with | snakket med | snakka med | pratet med | pratade med |
pratat med | talte med | talt med | snakkede med |
snakket m | snakka m | pratet m | pratade m | pratat m | snakkede m | talte m | talade m |
talte lige med | talt lige med | snakkede lige med | snakket akkurat med | snakket nettopp med |
fikk ikke tak i | fikk ikkje tak i | fekk ikkje tak i | fick inte tag på | fick inte tag i |
fik ikke fat i | fik ikke fat på | couldn't get hold of | could not get hold of |
couldnt get hold of | didn't get hold of | couldn't reach | could not reach | couldnt reach |
didn't reach | did not reach | didnt reach | couldn't get through to | didn't get through to |
ingen hul igennem til | ingen hul igjennom til | kom ikke igennem til | kom ikke igjennom til |
kom inte fram till | kom inte igenom till |
no answer from | no reply from | ingen svar fra | ikke svar fra | inget svar från |
intet svar fra | nådde ikke | nådde inte | nåede ikke | fikk ikke svar fra |
fick inget svar från | fick inte svar från | fik ikke svar fra | fik intet svar fra |
got no answer from | got no reply from |
snakka akkurat med | pratet akkurat med | pratade precis med | pratat precis med |
pratade nyss med | talade precis med | call with | samtale med | samtal med | opkald med |
telefonmøte med | telefonmöte med | telefonmøde med | tlf med | tlf. med | tel med | tel. med | tlf.møte med |
tlf-møte med | tlfmøte med | telfonmøte med | telfonmöte med | telfonmøde med |
first call | intro call | introductory call | første samtale | første samtalen | første telefonmøte |
første opkald | første opkaldet | första samtalet | första samtal | första telefonmötet |
introsamtale | introsamtal | introsamtalet | intro-samtale | introopkald |
hann ringa | hann ringe | rakk å ringe | rakk og ringe | rakk å ringa | nåede at ringe |
fikk ringt | fick ringt | fik ringet | managed to call | managed to ring | got round to calling |
hann jag ringa | hann jag också ringa | hann jeg ringe | rakk jeg å ringe | rakk eg å ringe |
nåede jeg at ringe | fikk jeg ringt | fick jag ringt | fik jeg ringet | fik jeg ringet til |
prøvde å ringe | prøvd å ringe | prøvde og ringe | forsøkte å ringe | forsøkt å ringe |
försökte ringa | försökt ringa | försökte att ringa | provade att ringa | provade ringa |
prøvede at ringe | prøvet at ringe | forsøgte at ringe | forsøgt at ringe |
tried calling | tried to call | tried ringing | tried to ring | tried phoning | tried to phone |
attempted to call |
prøvde å nå | prøvd å nå | prøvde og nå | forsøkte å nå | forsøkt å nå | försökte nå |
försökt nå | försökte att nå | prøvede at nå | forsøgte at nå | forsøgt at nå |
tried to reach | tried reaching |
sökte |
ingen svarte hos | ingen svarade hos | ingen svarede hos | ingen tok telefonen hos |
ingen tog telefonen hos | ingen tog telefonen på | nobody picked up at | no one picked up at |
nobody answered at | no one answered at |
ingen svar hos | inget svar hos | intet svar hos | ikke svar hos | no answer at | no reply at
"""
# mendD32. The last line's, a call tried ("prøvde å ringe", "tried calling"): an attempt, asked
# (in NEGATIONS too: the words after it, or these, the call's note)
# Following up: a call when the phone is named in its clause ("Fulgte opp Orkla på telefon",
# "Followed up with Nammo by phone"); by mail or unsaid, no kind kpibot counts.
FOLLOW_UPS = """
followed up | followed up with | followed up on | have followed up | has followed up |
fulgte opp | har fulgt opp | fulgt opp | fulgte op | har fulgt op | fulgt op | följde upp |
har följt upp | följt upp | checked in with | sjekket inn med |
chased | chased up | purret på | purret | purra på | purra | rykket | rykkede
"""
CALL_NOUNS = """
*samtale | *samtalen | *samtal | *samtalet | *opkald | *opkaldet |
call | samtale | samtal | opkald | telefonmøte | telefonmöte | telefonmøde | calls | samtaler |
samtalen | samtalet | opkaldet | telefonmøtet | telefonmötet | telefonmødet | ringerunde |
ringerunden | ringrunda | ringrundan | ringerunder | opkaldsrunde | opkaldsrunden |
telfonmøte | telfonmöte | telfonmøde | telfonmøtet | telfonmötet | telfonmødet
"""
# By phone: with a customer named in its clause and no other word for what happened ("Torsdag
# Film på tlf, de vil ha pris", "Apotek Hjärtat i tisdags per telefon", "Havde Grundfos på
# telefonen"), a call.
PHONE_MEANS = """
på tlf | på telefon | på telefonen | per telefon | per tlf | pr telefon | pr tlf | via telefon |
via tlf | i telefon | i telefonen | i tlf | by phone | over the phone | on the phone | via phone |
per phone | på tråden | on the line | över telefon | över telefonen | over telefon |
over telefonen | via telefonen |
i røret | på røret | i luren | på luren
"""
# The present tense, said of now or of what is coming ("Ringer Telia i dag kl 14", "Mødes med
# Mærsk i dag kl. 14.00", "Träffar Volvo i morgon"): a plan on a day ahead, or at an hour still
# ahead today; held only at an hour that has passed; without a day or hour, asked. "Møter Yara
# i morgen", "Möter Volvo på tisdag", "Besøker DNB i morgen": the verb "meet" or "visit" in the
# present ("møter", "møder" are also the plural noun: meetings with a day ahead, planned too).
MEETING_PRESENT = """
mødes med | mødes | møtes med | møtes | träffar | träffas med | träffas | treffer | træffer |
møter | møter med | möter | møder | møder med | besøker | besöker | besøger |
*møter | *möten | *møder
"""
CALL_PRESENT = """
ringer | ringer til | ringer opp | ringer op | ringer upp | ringar | ringer till |
følger opp | følger op | följer upp | skal følge opp | ska följa upp | vil følge op |
following up with | will follow up with
"""

# What is won, signed or sent, between the word and the customer ("Won the Securitas tender",
# "Vant anbudet hos Avinor"). Other words there mean something else was won ("best booth").
SALE_OBJECTS = """
the | a | an | en | et | ett | our | vårt | vår | vores | deal | the deal | deals | contract |
kontrakt | kontrakten | avtale | avtalen | avtal | avtalet | aftale | aftalen | ordre | ordren |
order | ordern | anbud | anbudet | anbudskonkurransen | tender | the tender | bid | upphandling |
upphandlingen | udbud | udbuddet | oppdraget | oppdrag | uppdraget | uppdrag | opgaven | rammeavtale | rammeavtalen | ramavtal | ramavtalet |
rammeaftale | rammeaftalen | framework | renewal | fornyelse | fornyelsen | förnyelse |
förnyelsen | forlængelse | forlængelsen | förlängning | förlängningen | forlengelse |
forlengelsen | fornyelsen | extension | utvidelse | utvidelsen | pilot | piloten |
project | prosjekt | prosjektet | projekt | projektet | offer | tilbud | tilbudet | offert |
offerten | tilbuddet | quote | proposal | forslag | förslag | new | ny | nytt | nye | nya
"""

# -- words that join a cue to its customer ------------------------------------------------
CUSTOMER_PREPOSITIONS = """
with | to | at | for | from | hos | med | til | till | for | för | fra | från | af | w | w/ |
mot | mod | i | på | ved | vid | hjå
"""  # (session 46: Nynorsk "hjå", at)

# -- what makes it not a record --------------------------------------------------------------
QUESTION_STARTS = """
who | what | when | did | does | do | is | are | any | hvordan | hur | hvorledes | anyone |
anybody | should | shall | can | could | would | how | why | where | which | hvem | hva | hvor |
hvorfor | når | noen | er det | har noen | har du | har dere | har vi | skal vi | kan vi | kan du |
vem | vad | varför | när | någon | har ni | har du | ska vi | kan ni | hvad | hvornår |
nogen | har i | har nogen | skal vi | er der | vet noen | vet du | vet någon | ved nogen
"""
NEGATIONS = """
not | no | didn't | did not | don't | doesn't | haven't | hasn't | never | nope | isn't | wasn't |
couldn't | couldnt | can't | cannot | didnt | wasnt | weren't | werent | hadn't | hadnt |
failed to | unable to | ran out of time | no time to | missed my | missed the | missed our |
gikk glipp av | gick miste om | missade | tried to get | tried to book | prøvde å få | prøvd å få |
forsøkte å få | försökte få | försökt få | prøvede at få | forsøgte at få |
ikke | ikkje | ikke ennå | ennå ikke | aldri | ingen | inte | ej | aldrig | ännu inte | inga |
ingen | endnu ikke | intet | not yet | nearly | almost | nesten | nästan | næsten | close to |
så nær | så nära | så tæt | nei | nej |
fick int | int ens | svarar int | ännu int | har int | blev int |
uten svar | utan svar | uden svar | no answer | no reply | no response | didn't pick up |
did not pick up | voicemail | left a voicemail | left a message | telefonsvarer |
telefonsvareren | röstbrevlåda | røstbrevlåda | svarer ikke | svarar inte | svarer ikke |
inget | inget svar | fick inget svar | la igjen beskjed | la igjen en beskjed | la att beskjed |
lagt igjen beskjed | lämnade ett meddelande | lämnade meddelande | lämnat ett meddelande |
talade in ett meddelande | lagde en besked | efterlod en besked | indtalte en besked |
lagde besked | fikk ikke tak i | fick inte tag på | fick inte tag i | fik ikke fat i |
couldn't reach | could not reach | no one picked up | nobody picked up |
prøvde å ringe | prøvd å ringe | prøvde og ringe | forsøkte å ringe | forsøkt å ringe |
försökte ringa | försökt ringa | försökte att ringa | provade att ringa | provade ringa |
prøvede at ringe | prøvet at ringe | forsøgte at ringe | forsøgt at ringe |
tried calling | tried to call | tried ringing | tried to ring | tried phoning | tried to phone |
attempted to call |
prøvde å nå | prøvd å nå | prøvde og nå | forsøkte å nå | forsøkt å nå | försökte nå |
försökt nå | försökte att nå | prøvede at nå | forsøgte at nå | forsøgt at nå |
tried to reach | tried reaching | sökte |
ingen svarte hos | ingen svarade hos | ingen svarede hos | ingen tok telefonen hos |
ingen tog telefonen hos | ingen tog telefonen på | nobody picked up at | no one picked up at |
nobody answered at | no one answered at |
uten å få svar | utan att få svar | uden at få svar | without getting an answer |
without an answer | uten å nå dem | utan att nå dem | uden at nå dem |
couldn't get hold of | could not get hold of | couldnt get hold of | didn't get hold of |
couldnt reach | didn't reach | did not reach | didnt reach | couldn't get through to |
didn't get through to | no answer from | no reply from | ingen svar fra | ikke svar fra |
inget svar från | intet svar fra | nådde ikke | nådde inte | nåede ikke | fikk ikkje tak i |
fekk ikkje tak i | fik ikke fat på | röstmeddelande | lämnade röstmeddelande |
lämnade ett röstmeddelande | lämnade röstbrevlåda | talade in på röstbrevlådan |
talebesked | lagde en talebesked | lagde talebesked | indtalte en talebesked |
talemelding | la igjen talemelding | la igjen en talemelding | left voicemail | left a vm |
left vm | went to voicemail | sent to voicemail | tog ikke telefonen | tok ikke telefonen |
tog inte telefonen | svarte ikke | svarade inte | svarede ikke |
uten å nå frem | uten å nå fram | utan att nå fram | uden at komme igennem | uden held |
uten hell | utan framgång | utan att komma fram | uten å komme gjennom | no luck |
without any luck | without luck | didn't get through | couldn't get through |
couldnt get through | didnt get through | cant get through | can't get through
"""
# The future or a wish: it has not happened (and a wish is never a win).
FUTURE = """
will | 'll | we'll | i'll | they'll | we will | going to | next | neste | nästa | næste | gonna | about to | plan to | planning to | planning | plan | want to |
should | ought to | burde | bør | borde | bör | wants | want | vil ha | vill ha | vil have | need to | needs to | need | needs | trenger |
behöver | behøver | before | innan | innen | inden | sender | skickar | sends | sending |
going out | goes out | sendes | skickas | about to send | klar til å sende | redo att skicka | have to | must | should | might | maybe | perhaps | hopefully |
tomorrow we | skal | skall | ska | kommer til å | kommer att | kommer til at | vil | vill |
ville | skulle | må | måste | skal til å | planlegger | planerar | planlægger | kanskje | kanske |
måske | muligens | möjligen | eventuelt | snart | soon | next step | neste steg | nästa steg |
næste skridt | trenger | behöver | har brug for | prøver å | försöker | prøver at | trying to |
working on | on my way | on the way | heading to | headed to | heading over | off to |
på vei | på vei til | på väg | på väg till | på vej | på vej til | prepping | preparing | prep |
forbereder | förbereder | forberede | förbereda | jobber med | jobbar med | arbejder på | venter på | väntar på | waiting for |
awaiting | pending | if | hvis | dersom | om vi | ifall | expecting | forventer | förväntar |
regner med | räknar med | hoping |
straks | om litt | om lidt | om en stund | om en liten stund | om et øjeblik | om ett tag |
shortly | in a bit | in a minute | heading into | headed into | going into | walking into |
later today | senere i dag | senare idag | senare i dag | senere idag |
blir det | blir det et | blir det ett | bliver det | bliver der | there will be | there'll be |
står på programmet | står på agendaen | står på schemat |
agreed to send | agreed to call | agreed to ring | agreed to follow up | agreed to get back |
avtalte å sende | avtalt å sende | aftalte at sende | aftalt at sende | avtalade att skicka |
avtalat att skicka | lovet å sende | lovte å sende | lovede at sende | lovade att skicka
"""
WISHES = """
hope | hoping | hopefully | håper | håpar | hoppas | håber | fingers crossed | krysser fingrene |
krysser fingre | håller tummarna | hålla tummarna | krydser fingre | wish | wishing | ønsker |
önskar | ønsker at | pray | 🤞 | 🙏 | looks like | ser ut til | ser ut som | ser ud til |
close | nær | nära | tæt på | likely | probably | sannsynligvis | troligen | sandsynligvis
"""
# It has not happened (yet), or it was called off.
NOT_YET = """
cancelled | canceled | called off | ställde in | ställt in | ställer in | avbokade |
avbokat | avbestilte | afbestilte | afbestilt | avlyser | aflyser | postponed | rescheduled | moved to | pushed to | no-show |
moved from | pushed from | pushed back to | pushed back till | pushed back until | pushed back a |
pushed back by | pushed back again | got pushed back | been pushed back | was pushed back |
meeting pushed back | mtg pushed back | call pushed back | moved back | bumped to | flyttet fra | flyttat från | flyttet til |
rykket til | skjøvet til | udskudt til | flyttet fra | rykket frem |
avlyst | avlyste | utsatt | utsatte | flyttet | flytta | inställt | inställd | inställdes |
sköt upp | skjutit upp | skjuts upp | flyttat | flyttade | aflyst | aflyste | udskudt | udskød |
ställdes in | ställs in | blev inställt | blev inställd | blev avlyst | ble avlyst | blev aflyst |
rykket | for signature | for signing | for signering | til signering | til signatur |
for underskrift | til underskrift | för påskrift | till påskrift | för underskrift |
till underskrift | awaiting signature | waiting for signature | venter på signatur |
väntar på påskrift | venter på underskrift | verbal | verbally | muntlig | muntligt |
mundtlig | mundtligt | informally | uformelt | internally | for approval | til godkjenning |
til godkjennelse | för godkännande | för godkänning | til godkendelse | for review |
til gjennomsyn | for gjennomgang | reminder | a reminder | påminnelse | påminnelsen |
purring | purret | purra | purre | purrede | påminde | påmint | rykkede | rykket for | chased |
might push | might move | may push | may move | might be moved | might be postponed |
may be postponed | might get pushed | might cancel | could be pushed | kan bli utsatt |
kan bli flyttet | kan bli flytta | kan flyttes | kan utsettes | kan bli avlyst | kan skyves |
kan bli skjøvet | kan skjutas upp | kan bli inställt | kan flyttas | kan bli flyttat |
kan blive aflyst | kan blive flyttet | kan blive udskudt | kan udskydes |
kansellert | kansellerte | kansellerad | kanselerad | kansellerat | kansellerades | kanselert |
annullert | annullerte | annulleret | annullerede | annullerad | annullerat | annullerades |
avbestilt | avbestillt | skjøvet | skjøve | skjøvet på | strøket | struket | strøget |
blev aflyst i sidste øjeblik | ble avlyst i siste liten | fell through | fell over | got cancelled |
got canceled | was cancelled | was canceled | got postponed | was postponed |
didn't happen | did not happen | never happened | got bumped | was bumped | ble droppet |
ble drøppet | glapp | meldte avbud | meldte forfall | uteblev | dök aldrig upp | dök inte upp |
kom aldri | kom ikke | dukket ikke opp | dukket aldri opp | mødte ikke op | no-show | no show |
is off | are off | is now off | it's off | it’s off | called it off | calling it off |
have called it off | has been called off | fell off | aflyst igen | avlyst igjen
"""
# Not a sale at all, whatever else the message says.
NOT_SALES = """
leverandørmøte | leverandørmøtet | leverandørmøde | leverandørmødet | leverantörsmöte |
leverantörsmötet | leverantörmöte | vendor meeting | vendor call | supplier meeting |
supplier call | leverandørsamtale | leverantörssamtal | leverandøropkald | leverandørmøter |
partner agreement | partnership | partneravtale | partneravtalen | partneravtal | partneraftale |
partnerskap | partnerskab | reseller agreement | forhandleravtale | återförsäljaravtal |
signed up | sign up | signup | sign-up | newsletter | nyhetsbrev | nyhetsbrevet | nyhedsbrev |
webinar | webinaret | meldte seg på | meldt seg på | anmälde sig | tilmeldte sig | tilmeldt |
unsubscribed | avmeldte | nda | dpa | loi | mou | letter of intent | intensjonsavtale |
intensjonsavtalen | avsiktsförklaring | hensigtserklæring | non-disclosure | confidentiality agreement |
taushetserklæring | sekretessavtal | fortrolighedsaftale | databehandleravtale |
databehandleravtalen | personuppgiftsbiträdesavtal | databehandleraftale | just kidding | jk |
kidding | bare tuller | tuller | skämtar bara | skojar | for sjov | spøg |
in my dreams | in my dream | i drømmene mine | i drømmen min | i drømme | i mine drømmer |
i mina drömmar | i min dröm | i drömmen | i mine drømme | i min drøm | i drømmen |
dreamt | dreamed | drømte | drømt | drömde | drömt | drømmer om | drömmer om
"""
# A meeting noun that happened ("The DNB meeting went great").
HAPPENED = """
ble bra | ble veldig bra | ble kjempebra | ble fint | ble vellykket | ble en suksess |
blev bra | blev väldigt bra | blev jättebra | blev lyckat | blev godt | blev rigtig godt |
blev super | turned out great | turned out well |
went well | went great | went fine | went really well | was great | was good | gikk bra |
gikk fint | gikk godt | gikk kjempebra | gikk strålende | gikk veldig bra | var bra | var fint |
var godt | gick bra | gick fint | gick jättebra | gick superbra | gik godt | gik fint |
gik super godt | gik rigtig godt | gik supergodt | held | holdt | hölls | afholdt | avholdt |
was useful | was really useful | was productive | var nyttig | var veldig nyttig | var nyttigt |
var mycket nyttigt | var produktivt | var produktiv | var lovende | var lovande |
went * | gikk * | gick * | gik * | gikk veldig * | gick väldigt * | gik rigtig * |
bra prat | god prat | fin prat | godt prat | bra snack | bra samtal | gott samtal | bra diskussion |
god snak | godt snak | en god snak | good chat | great chat | nice chat | good talk | great talk |
good conversation | great conversation | riktigt bra | super godt | supergodt | rigtig godt |
gjekk bra | gjekk fint | gjekk godt | gjekk kjempebra | gjekk * |
var kjedelig | var kjedeligt | var varmt | var varm | var kjekt | var hyggelig | var hyggeligt |
var interessant | var spennende | var positivt | var positiv | var konstruktivt | var tøft |
var tungt | var dårlig | var greit | var flott | var supert | var kjempebra | var veldig bra |
var trevligt | var trevlig | var intressant | var givande | var kul | var kult | var spændende |
var rigtig godt | var rigtig fint | var meget positivt | var lærerikt | var lærerigt |
vart bra | vart fint | vart kjekt | var kjekt |
was interesting | was positive | was boring | was productive | was constructive | was fine |
was excellent | was brilliant | was tough | was long | was warm | was very positive
"""
# Done with a meeting or call, said right beside its noun ("ferdig med møtet", "Boots meeting
# done", "Tine møte ✅", "mødet er overstået"); never of something else near it ("ferdig med
# forberedelsene til møtet", "meeting prep done").
DONE_WITH = """
done | completed | gjennomført | genomfört | gennemført | klar med | ferdig med | færdig med |
just finished | finished | overstået | overstått | done with
"""
# Informal meetings: probably with the customer, asked about.
MEETING_LIKELY = """
coffee | coffee with | kaffe med | kaffe | fika med | lunch with | lunsj med | lunch med |
fikade med | fikat med | fikar med | var på fika med | tog en fika med | drack kaffe med |
frokost med | breakfast with | dinner with | middag med | beer with | øl med | öl med |
drinks with | drinks med |
grillaften med | grillkväll med | grillkveld med | bbq with | barbecue with |
after work med | afterwork med | catch-up with | catch up with | catchup with |
catch-up med | touch base with | catch-up | catch up | sync with | quick sync with |
synk med | avstemming med | avstämning med | afstemning med |
var innom | va innom | vart innom | stakk innom | tittet innom | svingte innom | tittade in hos | tittade in på |
var jeg innom | var vi innom | stakk jeg innom | stakk vi innom | tittet jeg innom |
kiggede forbi | kiggede ind hos | dropped by | popped in | popped into | popped by | stopped by |
kom innom oss | var innom oss | kom innom hos oss | kom förbi oss | kom forbi os | kiggede forbi os |
visited us | came to see us | came in to see us | came by our office |
dropped in on | dropped in at | dropped in to | dropped into | popped in on | swung by | swung past |
stopped in at | stopped in on |
gjennomgang med | genomgång med | gennemgang med | gennemgik tilbuddet med | gennemgik tilbudet med |
gennemgik priserne med | gennemgik prisen med | gennemgik kontrakten med | gennemgik aftalen med |
gikk gjennom prisene med | gikk gjennom avtalen med | gikk gjennom kontrakten med |
gick igenom priserna med | gick igenom avtalet med | went through the pricing with |
went through the contract with | went through the numbers with |
drog förbi | åkte förbi | svängde förbi | tittade förbi | hälsade på hos | hälsade på |
var och hälsade på | kom förbi hos | var forbi hos | kom forbi hos | var forbi | kom forbi | knocked on | banket på hos |
knackade på hos | bankede på hos | satt i møterommet til | satt i møterommet hos |
satt i mötesrummet hos | sad i mødelokalet hos | sat i mødelokalet hos |
med kunden | med kunderna | med kunderne | med kundene | with the client | with the customer |
with our client | with our customer |
was at | were at | been at | was out at | were out at | was over at | were over at
"""
# Meetings that are not with a customer.
INTERNAL = """
the team | team | teamet | teamene | with team | ledelsen | ledergruppen | ledergruppa |
ledningsgruppen | ledningen | ledelse | ledergruppe | management | leadership | the board | board meeting | our board |
styret | styrelsen | bestyrelsen | styremøte | standup | stand-up | stand up | daily | lunch |
weekly | monthly | biweekly | bi-weekly | fortnightly | ukentlig | veckovis | ugentlig |
weekly meeting | weekly call | monthly meeting | ukemøte | ukemøtet | veckomöte | veckomötet |
ugemøde | ugemødet | månedsmøte | månadsmöte | månedsmøde |
lunsj | frokost | breakfast | fika | middag | dinner | 1:1 | 1-1 | one-on-one | one on one |
121 | all hands | all-hands | teammøte | teammøtet | teammöte | teammötet | teammøde |
teammødet | salgsmøte | salgsmøtet | säljmöte | säljmötet | salgsmøde | salgsmødet | ledermøte |
ledermøtet | ledningsmöte | ledelsesmøde | avdelingsmøte | avdelningsmöte | afdelingsmøde |
morgenmøte | morgonmöte | morgenmøde | fagmøte | internmøte | internmöte | internmøde |
styrelsemöte | bestyrelsesmøde | planleggingsmøte | planeringsmöte | planlægningsmøde |
team meeting | sales meeting | all-hands meeting | allmøte | allmänt möte | personalmøte | retro | sprint |
kickoff internt | internt | intern | internal | hr | dentist | tannlege | tandläkare |
tandlæge | doctor | legen | lege | läkare | læge | frisør | frisör | barnehage | barnehagen |
förskola | børnehave | skole | skolen | skolan | foreldremøte | föräldramöte | forældremøde |
utviklingssamtale | medarbeidersamtale | utvecklingssamtal | medarbetarsamtal |
medarbejdersamtale | myself | meg selv | mig själv | mig selv | my manager | min leder |
min chef | kollega | kolleger | kollegor | kollegaer | colleagues |
the boss | the sales team | salgsteamet | säljteamet | salgsteamet | interview | intervju |
intervjuer | kandidat | candidate | onboarding | workshop internt | offsite | off-site |
kick-off | julebord | julebordet | julbord | julbordet | julefrokost | julefrokosten | afterwork | after work | a/w | quiz | pub | fest |
party | sommerfest | teambuilding | @person
"""
# Games, sport, private life: someone won something, but not a sale.
NOT_BUSINESS = """
kundeservice | kundeservicen | kundtjänst | kundtjänsten | customer service |
customer support | helpdesk | brukerstøtte | airport | flyplassen | flyplass | flygplatsen |
lufthavnen | lufthavn | on the train | på toget | på tåget | i toget | gym | treningssenteret |
gymmet | small world | liten verden | liten värld | lille verden | ungene | ungane | ungarna |
ungerne | barna | barnen | børnene | familien | familjen | lottery | lotto | lotteriet | lotteri | lottery ticket | raffle | utlodning | utlodningen |
quiz | quizen | quizzen | pub quiz | ping pong | pingpong | bordtennis | pingis | foosball |
fotball | fotboll | fodbold | football | soccer | hockey | håndball | handboll | håndbold |
innebandy | bandy | padel | golf | tennis | match | matchen | kampen | kamp | game | games |
*kampen | *kampene | *matchen | *matcherna | *turnering | *turneringen | *turneringa |
*tävlingen | *turneringen | *konkurrencen | *quizen | *quizzen | *cupen | *lotteriet |
*lotteri | *lotto | *loddet | *fotball | *fotboll | *fodbold | *stafetten | *stafett |
spill | spillet | spel | spelet | fifa | fantasy | tipping | tippekonkurranse | tipset |
bet | veddemål | vadet | vädmålet | bingo | poker | sjakk | schack | skak | chess | race |
løpet | loppet | marathon | maraton | cup | cupen | league | ligaen | serien | seriefinale |
finale | finalen | lost in | helt lost | award | best booth | beste stand | bästa monter | bedste stand |
prize | premie | premien | awards | prisen | utmerkelse | utmärkelse | årets |
employee of the month | månedens | månadens | barn | kids | baby | wife | husband |
kona | kone | mannen | fru | frun | hustru | sambo | samboer | kjæresten | kæresten | flickvän |
pojkvän | girlfriend | boyfriend | hund | hunden | dog | katt | cat | ferie | vacation |
holiday | semester | birthday | bursdag | födelsedag | fødselsdag | gratulerer med dagen |
grattis på födelsedagen | tillykke med fødselsdagen | bryllup | bröllop | wedding | huset |
house | leilighet | leiligheten | lägenhet | lägenheten | lejlighed | lejligheden | budrunde |
budrunden | budgivning | budgivningen | the bid war | bil | bilen | car | the car | tesla |
lease | leasing | mortgage | boliglån | bolån | apartment | flat | hytta | hytte | stuga |
sommerhus | dentist | tannlegen | sykehus | hospital | sjukhus | hospitalet | eksamen | exam |
tentan | eksamen | lønn | lønnsøkning | løn | lön | salary | raise | loddet | skraplott |
2 for 1 | 3 for 2 | 4 for 3 | 2 för 1 | 3 för 2 | 4 för 3 | 2 til 1 | tre for to | ta 3 betal for 2 |
buy one get one | bogo | halv pris | halva priset | half price | tilbudsavis | kundeavis |
reklameblad | erbjudande på | rea på | udsalg | mellomsalg | mellandagsrea | black week
"""
# A reminder of something to do, not news of it done ("Husk møde med Novo kl 14!", "Kom ihåg
# mötet med Volvo", "Don't forget the Tesco call"): nothing recorded, whatever the hour.
REMINDERS = """
husk | husk å | husk at | husk på | husk nu | glem ikke | ikke glem | glöm inte | glöm ej |
kom ihåg | kom ihåg att | glem nu ikke | don't forget | dont forget | do not forget |
remember to | remember the | remember our | reminder to | husk lige
"""
# Posting someone else's record: never the author's figure ("På vegne av Ola: vant Yara").
ON_BEHALF = """
på vegne av | på vegne af | på uppdrag av | å vegner | on behalf of | posting for |
posting this for | logging for | logging this for | logging it for | logger for | poster for |
poster dette for | legger inn for | fra kollega |
bad mig logge | bad meg logge | ba meg logge | ba meg føre | bad meg føre | ba meg registrere |
bad meg registrere | bad mig registrere | bad mig notere | bad mig lægge ind | bad mig logga |
bad mig registrera | bad mig lägga in | bad mig att logga | bad mig om at logge |
asked me to log | asked me to record | asked me to post | asked me to add |
loggar för | loggar åt | logger lige for | registrerer for | logger på vegne av |
skriver på vegne af | writing this for | posting on behalf of | skriver dette for |
skriver det her for |
så jeg lægger den ind | så jeg legger den inn | så jeg legger inn | så jeg lægger ind |
så jag lägger in den | så jag lägger in | so i'm logging | so im logging | so i'm putting it in |
so i am logging
"""
# Praise for someone else's result: not the author's record.
PRAISE = """
congrats | congratulations | gratulerer | gratulere | grattis | tillykke | tillyke | kudos |
well done | good job | great job | nice work | great work | godt jobbet | bra jobba |
bra jobbat | flot klaret | godt gået | shoutout | shout-out | shout out | hats off | props |
flot arbejde | flot arbejdet | godt arbeid | bra jobbet | sterkt jobba | sterkt jobbet |
snyggt jobbat | bra gjort | godt gjort | flot gået | nice one | well played |
heia | heja | hurra for | rått av | sterkt av | starkt av | stærkt af | shout to | big shout |
huge shout | massive shout | bravo |
for en dag for | for en avslutning | sikke en dag | sikke en afslutning | sikken en dag |
vilken dag för | vilken avslutning | what a day for | what a finish | what a way to finish |
high five | high-five | highfive | grymt jobbat | grymt jobbet | grym insats | stark insats |
sterk innsats | flot indsats | fedt arbejde | godt klaret | great stuff | top work | good work |
amazing work | brilliant work | smashed it
"""

# Emoji that celebrate a win when they stand around a customer's name.
CELEBRATION = """
🎉 | 🍾 | 🥳 | 🎊 | 🏆 | 🥂 | 💰 | 💸 | 🚀 | 🔥 | 💪 | 🙌 | 👏 | 🤑 | 💯 | ✍️ | ✍ | 🤝 |
:tada: | :champagne: | :partying_face: | :confetti_ball: | :trophy: | :clinking_glasses: |
:moneybag: | :money_with_wings: | :rocket: | :fire: | :muscle: | :raised_hands: | :clap: |
:money_mouth_face: | :100: | :handshake: | :writing_hand: | :bell: | :gong: | :dollar:
"""

# Capitalised words that start sentences or name tools, never a customer.
# (session 50: the intensifiers, "Veldig bra møte i dag altså!", "Skikkelig bra møte": were the
# customer; a price compared, "Skarpere pris end Visma.": was an offer to "Skarpere")
# (session 42: "Ukens tall:", "Veckans siffror:": whose figures, never a customer; not "Dagens",
# which begins Dagens Nyheter and Dagens Industri)
NOT_NAMES = """
glemte | glemt | glömde | glömt | glemde | gløymde | gløymt | forgot | forgotten |
then | afterwards | later | deretter | etterpå | sedan | därefter | efteråt | bagefter | derefter |
efterfølgende | again |
kald | kaldt | kall | kallt | kold | koldt | lunken | lunkent | ljummen | ljumt | ljum |
iskald | iskaldt | iskall | iskallt | iskold | iskoldt | lukewarm | tepid |
fekk | gjekk | kjem | seier | sei | endeleg | frå | dei | eg | ikkje | noko | nokon |
they're | they’re | we're | we’re | it's | it’s | i'm | i’m | he's | he’s | she's | she’s |
that's | that’s | there's | there’s | you're | you’re | we've | we’ve | they've | they’ve |
i've | i’ve | i'll | i’ll | we'll | we’ll | they'll | they’ll | don't | don’t | didn't |
didn’t | won't | won’t | can't | can’t | isn't | isn’t | wasn't | wasn’t | aren't | aren’t |
let's | let’s | what's | what’s | here's | here’s |
samme | same | samma | sted | stedet | ställe | stället |
tried | tries | trying | tryed | intro | introduction | introductory | discovery |
eod | eow | cob | recap | wrap | wrap-up | tldr | tl;dr | fyi | update | status |
veldig | skikkelig | utrolig | utroligt | otroligt | otrolig | kjempe | sykt | virkelig |
verkligen | väldigt | valdigt | jätte | riktigt | rigtig | rigtigt | meget | mycket | very |
really | extremely | incredibly | ganske | ganska | temmelig | rimelig | quite | pretty | helt |
skarpere | skarpare | billigere | billigare | dyrere | dyrare | lavere | lägre | højere | høyere |
högre | cheaper | lower | higher |
ukens | ukas | vekas | vekens | veckans | ugens | månedens | manedens | månadens | manadens |
uka | uken | veka | veckan | ugen |
kvartalets |
uansett | uanset | anyway | anyways | iallfall | ihvertfall | forresten | revised | reviderat |
revidert | reviderad | revideret | updated | oppdatert | uppdaterad | opdateret |
videresendt | vidarebefordrat | vidaresendt | fwd | fw | forwarded | stengt | stängt | lukket |
i | we | vi | jeg | jag | eg | du | you | he | she | han | hun | hon | de | dei | they | it |
det | den | der | this | that | these | those | there | here | the | a | an | my | our | your |
his | her | their | min | mitt | mine | vår | vårt | våre | våra | vores | din | ditt | dine |
meg | mig | dere | jer | er | alle | har | hadde | hade | havde | var | was | is | are | has |
have | had | got | fikk | fick | fik | ble | blev | blir | sendt | sent | mailade | mailet |
made | did | done | took | gjorde | gjort | gjorda | gjordes | lavede | lavet | tok | tog | holdt | höll | held |
holder | håller | hold | holds | quick | short | brief | long | kort | lang | lång | rask | snabb | hurtig | everyone | everybody | all | team | folk | folks | guys |
hey | hei | hej | hi | hello | halla | heisann | yo | morn | morning | god morgen | good morning |
jepp | japp | jupp | jo | yep | yup | nope | nei | nej | näe | nix | jaha | aha | ah | oj | oi | ops | oops |
ok | okay | ja | yes | yeah | nice | great | good | godt | bra | fint | flott | fett | sjukt |
wow | yay | jippi | woho | herlig | digg | deilig | fantastisk | super | supert | awesome |
amazing | sweet | hurra | hurrah | heia | kjempebra | toppen | grymt | skönt | härligt | fedt |
dejligt | sejt | fint | perfekt | perfect | bingo | lets go | let's go | endelig | kanon | whoop | boom | jess | jes | yes | finally | endelig | äntligen |
omsider | just | akkurat | nettopp | precis | lige | nu | nå | now | today | i dag | idag |
dessverre | dessvärre | desværre | tyvärr | tyværre | beklageligvis | unfortunately |
sadly | regrettably | heldigvis | lyckligtvis | luckily | fortunately | uheldigvis | tragically |
yesterday | i går | igår | tomorrow | thanks | takk | tack | tak | also | også | också | og |
och | and | or | eller | but | men | so | så | update | oppdatering | uppdatering | status |
fyi | ps | nb | btw | q1 | q2 | q3 | q4 | kpi | crm | teams | zoom | slack | meet | google meet |
linkedin | outlook | excel | powerpoint | ppt | pdf | hubspot | salesforce crm | pipedrive |
budsjett | budsjettet | budget | budgeten | budgettet | budsjettmøte | forecast | prognose |
drive | google drive | onedrive | sharepoint | confluence | dropbox | jira | intranett | intranettet |
intranät | intranätet | intranet | intranettet | intranettets |
ceo | cfo | cto | coo | cio | cmo | it | hr | po | rfp | rfq | sla | nda | poc | mvp | api | arr | mrr | acv | tcv | arpu | ebitda | roi |
nok | sek | dkk | eur | usd | gbp | kr | msek | mnok | mdkk | k | m | mill | mio | mrd | tkr |
monday | tuesday | wednesday | thursday | friday | saturday | sunday | mandag | tirsdag | onsdag |
torsdag | fredag | lørdag | søndag | måndag | tisdag | lördag | söndag | january | february |
march | april | may | june | july | august | september | october | november | december |
januar | februar | mars | mai | juni | juli | oktober | desember | januari | februari | maj |
juni | juli | augusti | oktober | december | marts | uke | vecka | uge | week | kunden | kunde |
kund | customer | the customer | client | klienten | kunder | kunderna | kunderne | prospect |
prospektet | leverandør | leverantör | partner | partneren | they | them | dem | dom | oss | us |
os | ham | henne | hende | selger | säljare | sælger | sjef | chef | boss | manager | kollega |
total | totalt | sum | summa | samlet | i alt | totally | mvh | bh | br | rgds | lol | haha | hehe | xd | omg | wtf | tgif | god helg | trevlig helg |
god weekend | happy | merry | god jul | fredagsfølelse | fredagsmys | fredagsbar |
første | första | første gang | first |
last | siste | sista | sidste |
tlf | tlf. | tel | tel. | telefon | telefonen | phone | opkald | samtal | samtale | samtalen |
head | director | direktør | direktor | direktören | chief | officer | founder | co-founder |
gründer | grundare | stifter | buyer | innkjøper | inköpare |
indkøber | innkjøpssjef | innkjøpsleder | inköpschef | indkøbschef | procurement | purchasing |
vp | svp | evp | cso | cco | vd | sales | marketing | finance | operations | salg | salget |
försäljning | ekonomi | økonomi | innkjøp | inköp | indkøb | from | fra | från |
jan | feb | febr | apr | jun | aug | sep | sept | oct | okt | nov | dec | des |
forrige | förra | forrige | previous | prior | mnd | mån | md | mdr | mth | mths | pm | am
"""

# Common first names: a single one of these is a person ("Meeting with Lars"), not a customer.
FIRST_NAMES = """
lone | olle | jytte | pelle | janne | alva |
rich | liz | jim | jimmy | ted | rick | ricky | jake | josh |
ollie | olly | sue | beth | jen | katie | abi | greg | craig | stu | dom | fred | freddie |
alfie | archie | harvey | sanjay | ravi |
kalle | åsa | åse | cathrine | catrine | katrine | mikko | kasper | anette | annette | bjarne |
bodil | britt | carina | christer | gitte | gøran | göran | helle | ingvild | jesper | joakim |
josefine | karoline | klaus | kristoffer | lisbeth | liselotte | marianne | oda | patrik |
pernille | stina | sune | thea | vibeke | hanna | mathias | niklas | niclas | jussi | timo |
pekka | heikki | antti | juha | kati | tiina | minna |
frode | stig | siri | rolf | wenche | jorunn | ståle | håvard | jostein | asbjørn | torill | unni |
elisabeth | birgitta | ulla |
ola | kari | lars | per | pål | anne | anna | erik | eirik | ingrid | nils | knut | jon | john |
jonas | johan | johanne | hans | hanne | marius | martin | morten | maria | marie | mette | mats |
magnus | mads | maja | emma | nora | sara | sarah | ida | ole | kristian | christian | kristin |
kristine | tone | trine | stine | line | lise | linn | linnea | elin | eva | eva | kjersti |
silje | thomas | tomas | tore | terje | trond | geir | rune | arne | bjørn | björn | odd | even |
espen | stian | sindre | henrik | henning | fredrik | frederik | andreas | anders | mikkel |
mikael | michael | peter | petter | jens | søren | sören | rasmus | niels | lotte | camilla |
charlotte | cecilie | sofie | sofia | julie | karin | karen | kirsten | birgitte | lena | lene |
helena | helene | astrid | sigrid | solveig | ragnhild | gunnar | gustav | olof | olov | sven |
svein | sverre | oskar | oscar | axel | emil | william | lucas | oliver | alex | alexander |
daniel | david | simon | sebastian | jakob | jacob | tobias | viktor | victor | ali | mohammed |
ahmed | fatima | line | siv | tor | torbjørn | øystein | øyvind | håkon | haakon | jørgen |
jörgen | kjell | leif | lasse | jan | jonny | ronny | kenneth | robin | kim | mia | ella | lea |
pia | tina | nina | ina | mona | hilde | heidi | randi | berit | grete | gro | jenny | josefin |
frida | klara | elsa | alma | wilma | ebba | matilda | hugo | elias | noah | liam | filip |
jane | james | robert | mary | jennifer | linda | susan | lisa | paul | mike | steve | steven |
chris | tom | tim | sam | ben | kate | emily | laura | rachel | amy | jessica | richard |
sophie | lucy | jack | harry | george | emilie | ingeborg | marit | hege | bente | tove |
kjetil | vegard | audun | eivind | ivar | helge | stein | roger | tommy | frank | ulf | bo |
lars-erik | per-olof | jan-erik | karl | carl | johanna | malin | sanna | emelie | louise |
dave | matt | matthew | rob | andy | andrew | tony | gavin | gary | kevin | ian | stuart | neil |
nick | phil | pete | sean | ryan | dan | danny | claire | helen | jess | hannah | becky | rebecca |
chloe | mark | adam | luke | jamie | priya | olivia | ellie | michelle | nicola | joanne | fiona | gemma | zoe | siobhan | niamh |
aoife | ciara | conor | declan | ciaran | gareth | rhys | owen | hamish | callum | fraser |
priya | raj | anil | sunil | deepak | amit | aisha | omar | yusuf | hassan | leila | mariam |
jonatan | trude | kaia | tuva | maren | synne | vilde | sondre | jørn | jorn | svend | preben |
ulrik | aksel | benedikte | mathilde | signe | freja | ida-marie |
mari | marte | marthe | guro | kine | kristina | katarina | karina | anja | tonje | monica |
monika | malene | ane | eli | gunn | toril | elise | ellen | vigdis | bjørg | turid | therese |
terese | veronica | veronika | cecilia | amanda | agnes | selma | tilde | sigurd | ragnar |
eskil | halvor | halvard | olav | torstein | amund | sigve | torgeir | truls | kåre | jarle |
arve | håkan | bengt | lennart | stefan | mattias | joel | linus | anton | isak | edvin |
albin | ludvig | annika | jonna | lovisa | elin | emelie | sanne | mette-marie | anne-marie |
atle | aslak | bård | børge | egil | einar | endre | erlend | gaute | gjermund | hallgeir |
inge | ingar | jarl | johannes | kolbjørn | magne | njål | oddvar | oddbjørn | ove | reidar |
roald | runar | sigbjørn | sigmund | steinar | torleif | trygve | vidar | yngve | åge | ørjan |
øivind | aud | borghild | eldbjørg | gunhild | gunvor | ingunn | inger | kirsti | laila |
magnhild | margrethe | margit | norunn | oddny | ragna | reidun | rigmor | sissel | solfrid |
synnøve | torunn | åshild | anneli | birgit | britta | elisabet | gunilla | ingela | kerstin |
ulrika | yvonne | åke | bertil | gösta | ingemar | sture | birthe | dorthe | jette | merete |
susanne | flemming | kurt | palle | poul | torben | stephen | kieran | darren | gillian |
alison | catherine | kathryn | natalie | megan | dominic | jonathan |
petra | lina | moa | linnéa | hampus | felix | caroline | karolina | madeleine | sandra | erika |
marcus | markus | pontus | rickard | andrea | benjamin | villads | laurits | asger | esben |
troels | nikolaj | jeppe | frederikke | ditte | nanna | sander | theo | edward | harriet | isabel |
isabelle | amelia | ethan | kayleigh | stacey | leanne | tracey | sharon | paula | julia | anita |
erica | freya | rory
"""

# Words around a week: "next week", "uke 48".
NEXT_WEEK = (
    "next week | neste uke | nästa vecka | næste uge | kommende uke | kommande vecka | kommende uge"
    " | till veckan | tills veckan"  # session 69: the Swedes' next week
)
THIS_WEEK = (
    "this week | denne uka | denne uken | den här veckan | denna vecka | i denne uge | denne uge"
)
WEEK_WORDS = "week | wk | w | uke | veke | vecka | v | v. | uge | cw | kw"

# Lower-case words that end public customers' names ("Oslo kommune", "Statens vegvesen").
NAME_TAILS = """
kommune | kommun | kommunen | fylkeskommune | region | regionen | vegvesen | sykehus |
sykehuset | sjukhus | sjukhuset | universitet | universitetet | högskola | høgskole |
stad | staden | län | landsting | sygehus | hospital | kommunes | fylke |
høyskole | direktorat | direktoratet | etat | etaten | tilsyn | verk | verket | fond | fonden |
herad | heradet | sygehuset
"""

# Session 41. Companies named after a person (a first name and a surname), never that person
NAMED_AFTER_PEOPLE = """
john lewis | ted baker | paul smith | hugo boss | calvin klein | tommy hilfiger | ralph lauren |
jack wolfskin | kurt geiger | karen millen | lars larsen | jack jones | peter larsen |
anne pedersdotter | rolf ohlsen | oscar jacobson | hans christian andersen |
per aarsleff | georg jensen | ole lynggaard | louis poulsen | fritz hansen | carl hansen |
kay bojesen | olav thon | axel johnson | clas ohlson | gunnar dafgård | john deere
"""

# Words a company's name ends in ("Sogn og Fjordane Energi", "Møre og Romsdal Fylke"): after
# "og"/"och"/"and" they make the words before it part of one name, not a second customer.
COMPANY_WORDS = """
energi | energy | kraft | bygg | byggeri | fylke | fylkeskommune | eiendom | fastigheter |
ejendomme | nett | elnät | elnett | transport | holding | gruppen | group | invest | industri |
industrier | media | trafikk | trafik | sparebank | bank | forsikring | forsäkring | bryggeri |
meieri | mejeri | hamn | havn | e-verk | everk | elverk | kraftlag | energiselskap | vekst |
partnership | partners | holdings | company | companies | associates | consulting | foods |
retail | stores | logistics | solutions | systems | services | technologies | group
"""

# Numbers in words before "mill"/"tusen": "en halv mill", "to millioner", "half a million"
# (shared with the slash commands: bot.services.amounts.SPOKEN_NUMBERS).
NUMBER_WORDS = SPOKEN_NUMBERS

NUMBER_UNITS = """
mill | million | millioner | millions | mio | miljon | miljoner | millionen | tusen | tusind |
thousand | mnok | msek | mdkk | mkr | mille | millar | mille kronor | tkr | kkr
"""

# A day in the past that is not said ("a couple of days ago", "nylig"): asked, never
# stored as today.
VAGUE_PAST = """
a couple of days ago | couple of days ago | a few days ago | few days ago | some days ago |
the other day | recently | for noen dager siden | for et par dager siden | for par dager siden |
for ei stund siden | for en stund siden | for litt siden | nylig | forleden | forleden dag |
häromdagen | härom dagen | för några dagar sedan | för ett par dagar sedan | nyligen |
for nogle dage siden | for et par dage siden | for nylig | sometime last week |
i kvartalet | i kvartalen | i dette kvartalet | i detta kvartal | i dette kvartal |
this quarter | earlier this quarter | earlier in the quarter | tidligere i kvartalet |
tidigare i kvartalet | tidligere i kvartalet | i q1 | i q2 | i q3 | i q4 | in q1 | in q2 |
in q3 | in q4
"""
# Earlier this week, said without which day: this week's Monday (dates._earlier_this_week), but
# said on a Monday no day of this week is before today: which day is asked (judge).
EARLIER_THIS_WEEK = """
tidligere i uka | tidligere i uken | tidligere denne uka | tidligere denne uken | tidlegare i veka |
tidigare i veckan | tidigare denna vecka | tidligere på ugen | tidligere i ugen | tidligere denne uge |
earlier this week | earlier in the week
"""
# Before a holiday gone ("signert før nyttår", read in January): its eve, the latest day it can
# be (dates._before_a_holiday), asked; before it comes, no date and nothing asked.
HOLIDAY_EVES = """
før nyttår | for nyttår | før nytår | innan nyår | före nyår | inden nytår | before new year |
before the new year | før jul | før julen | innan jul | före jul | inden jul | before christmas |
before xmas | før kristi himmelfart | før kristi himmelfartsdag | innan kristi himmelsfärd |
innan kristi himmelsfärdsdag | före kristi himmelsfärd | inden kristi himmelfart |
inden kristi himmelfartsdag | before ascension | before ascension day
"""
# Session 23. A next step said by a span of the year's end, no day of it ("ny runde til jul",
# "nytt møte etter nyttår", "follow-up after New Year"): asked, never a day glued to it (with
# HOLIDAY_EVES: "før jul" read as the 23rd).
STEP_SPANS = """
til jul | till jul | til julen | by christmas | etter jul | etter julen | efter jul | efter julen |
after christmas | after xmas | etter nyttår | efter nyår | efter nytår | after new year |
after the new year | over nyttår | over nyår | over nytår | over new year | over the new year |
etter helligdagene | efter helgerna | efter helligdagene | after the holidays
"""
# Said of today though no date parser reads them ("this morning", "i morges").
TODAY_PHRASES = """
this morning | this afternoon | this evening | earlier today | tonight | i morges | i morse |
imorges | imorse | i morgens | i formiddag | i formiddags | i ettermiddag | i eftermiddag |
i eftermiddags | i kveld | i kväll | i aften | i förmiddags | i förmiddag | på förmiddagen |
på eftermiddagen | på formiddagen | på ettermiddagen | på eftermiddagen | earlier this morning
"""

# A correction of a record posted before ("rettelse: … var 320k, ikke 230k"): which record
# changes is the author's to confirm (asked, never recorded unasked).
CORRECTIONS = """
felskrivning | felskrivet | skrivfel | skrivefeil | skrivefejl | slåfejl | tastefejl |
fejl i sidste | fejl i forrige | feil i forrige | feil i siste | fel i förra | fel i senaste |
rettelse | rettelser | korreksjon | korrigering | korrigert | correction | corrected |
correcting | ändring | rättelse | rättning | korrigerat | korrektion | oops | typo | skrev feil |
skrev fel | skrev forkert | tastefeil | slåfel | i meant | jeg mente | jag menade | should be |
should have been | skal være | skulle vært | ska vara | skulle vara | skulle have været |
mitt fel | min feil | my bad | min fejl | make that | or rather | eller rettere sagt |
eller snarare | nei vent | nej vänta | nej vent | no wait |
scratch that | strike that | nej förresten | nei forresten | nej forresten | nej, vänta | nei, vent |
nej, vent | no, wait |
skulle varit | skulle ha varit | skulle ha vært | skulle ha vore | skulle have været |
skulle det være | skulle det vært | skal det være | skulle det vara | ska det vara |
skulle det have været | it should be | that should be |
skulle ha været | should've been | shouldve been | should of been | should have said |
endret | endra | ändrat | ändrad | ændret | ændring | edit | edited | oppdatering: | update: |
hang on | no hang on | hold on | slet det |
rättar mig själv | retter meg selv | retter mig selv | correcting myself | er det rigtige |
er det riktige | är det rätta | är det rätta beloppet
"""

# Everyday phrases whose words mean something else alone: "i løpet av uka" (during the week) is
# no race ("løpet"); the words inside one count as nothing of their own.
IDIOMS = """
i løpet av | i løbet af | under loppet av | i loppet av | in the course of |
after the holiday | after the holidays | over the holiday | over the holidays | etter ferie |
efter ferie | efter semestern | bank holiday | bank holidays | bank hol | bank hols |
fra hytta | fra hytten | på hytta | på hytten | oppe på hytta | från stugan | på stugan |
i stugan | från sommarstugan | på sommarstugan | fra sommerhuset | i sommerhuset |
fra sommerhytta | from the cabin | at the cabin | from the cottage | at the cottage |
takket nei til møte | takket nei til et møte | takket nei til nytt møte | sa nei til møte |
sa nei til et møte | tackade nej till möte | tackade nej till mötet | tackade nej till ett möte |
sa nej till möte | takkede nej til møde | takkede nej til mødet | takkede nej til et møde |
sagde nej til møde | declined the meeting | declined a meeting | declined our meeting |
said no to a meeting | turned down a meeting | turned down the meeting |
sa nei til møtet | sa nei takk til møte | sa nei takk til møtet | sier nei til møte |
sier nei takk til møte | sier nei takk til møtet | takket nei til møtet | sa nej tack till mötet |
säger nej tack till möte | sagde nej tak til møde | sagde nej tak til mødet | siger nej tak til møde |
said no thanks to a meeting | said no to the meeting
"""
# Before or during the holidays, said of something done: no day said, so which one is asked,
# never stored as today (posted after the summer, "i fellesferien" is weeks ago). Shields its
# words as IDIOMS do ("ferie" is no private life here).
# A meeting that was mostly social ("Kundemiddag med Orkla i går, mye grilling og lite jobb",
# "Frukostmöte hos SJ imorse, mest snack om semestern"): asked, never recorded unasked (judge).
SMALL_TALK = """
mest prat om | mest snakk om | mest snakket om | mest snakka om | mest snack om | mest pratade om |
mest snak om | mest snakkede om | mest prat | mest snack | mest hygge | mest kos | mest skitprat |
lite jobb | lite jobbprat | lite business | inget om affären | inget om affärer | inget om avtalet |
ikke noe om avtalen | ingenting om avtalen | ikke noe jobbprat | intet om aftalen | ikke noget om aftalen |
mostly small talk | mostly chit-chat | mostly chitchat | mostly chat | mostly chatting | no shop talk |
nothing about the deal | no business talk | not much business | little business
"""
# The days between Christmas and New Year: said before 27 December, days to come (judge: a
# meeting or call then is a plan, asked, on the first working day of them).
ROMJUL = """
i romjula | i romjulen | i romjul | romjula | romjulen | i mellandagarna | mellandagarna |
i mellandagar | i mellemdagene | mellemdagene | mellom jul og nyttår | mellan jul och nyår |
mellem jul og nytår | between christmas and new year | between xmas and new year
"""
HOLIDAY_SPANS = """
før høstferien | inden efterårsferien | innan höstlovet | före höstlovet | before half term |
before half-term | i høstferien | i efterårsferien | under höstlovet | i höstlovet |
over half term | during half term | før vinterferien | inden vinterferien | innan sportlovet |
före sportlovet | i vinterferien | under sportlovet | i sportlovet |
i julen | i jula | i julhelgen | i julehelgen | i julehelga | over jul | over julen | i juleferien |
i julledigheten | i julferien | i juleferien | over christmas | over the christmas break |
during christmas | over the holidays | over xmas | i julas | under julen | under julhelgen |
før ferie | før ferien | før sommerferien | før fellesferien | før juleferien | før påske |
i ferien | i fellesferien | i sommerferien | under ferien | i ferietiden | mens jeg var på ferie |
mens jeg hadde ferie | mens jeg var borte |
inden ferie | inden ferien | inden sommerferien | i sommerferien | mens jeg var på ferie |
mens jeg var væk |
före semestern | innan semestern | under semestern | på semestern | i semestern |
medan jag var på semester | medan jag var borta | innan sommaren |
before the holiday | before the holidays | before my holiday | before my holidays |
before the summer holidays | before the break | during the holidays | during the summer |
before the summer | before summer | før sommeren | inden sommeren | före sommaren |
over the summer | while i was off | while i was away | while i was on holiday |
while i was on leave |
før påsken | inden påske | inden påsken | innan påsk | innan påsken | före påsk | före påsken |
before easter | i påska | i påsken | i påske | over påske | over påsken | i påskehelga |
i påskehelgen | i påskeferien | i påskas | under påsken | i påskhelgen | under påsklovet |
over easter | over the easter weekend | during easter | over the easter break |
during the easter holidays | over the easter holidays |
over ferien | over the holiday | over the hols | during the hols | over the break |
før påskeferien | inden påskeferien | innan påsklovet | före påsklovet | over påsklovet |
before the easter holidays | before the easter break |
før pinse | før pinsen | før pinsa | inden pinse | inden pinsen | innan pingst | innan pingsten |
före pingst | före pingsten | before whitsun | before whitsunday | before pentecost | i pinsen |
i pinsa | i pinse | i pinsehelga | i pinsehelgen | i pinseferien | over pinse | over pinsen |
i pingsten | i pingsthelgen | under pingsten | under pingsthelgen | over whitsun |
over the whitsun weekend | during whitsun | etter pinse | etter pinsen | efter pinse |
efter pinsen | efter pingst | efter pingsten | after whitsun | i himmelfartsuka |
i himmelfartsuken | i himmelfartsveka | i kristi himmelfartsuka | i kristi himmelfartsuken |
i himmelfartsugen | i kristi himmelfartsugen | i himmelfärdsveckan | i kristi himmelsfärdsveckan |
i himmelsfärdsveckan | in ascension week | during ascension week | ascension week |
i vinterferien | i vinterferie | i høstferien | i høstferie | i efterårsferien | i vinterferien |
på sportlovet | under sportlovet | i sportlovet | på höstlovet | under höstlovet | i höstlovet |
på vinterferien | på høstferien | at half term | at half-term | over half term | over half-term |
during half term | during half-term | in half term | in half-term | over the half term |
before half term | before half-term |
etter påske | etter påsken | efter påske | efter påsk | efter påsken | after easter |
after the easter break | after the easter holidays | etter påskeferien | efter påskeferien |
efter påsklovet | fra påsken | fra påske | fra påska | från påsk | från påsken | fra påsken |
from easter | from over easter
"""

# Back from it just now, after midnight: the record was in the hours just gone (night.py).
JUST_BACK = """
kom akkurat hjem | akkurat kommet hjem | kom nettopp hjem | nettopp kommet hjem | nettopp hjem |
akkurat hjem | er hjemme nå | hjemme nå | på vei hjem | på vei hjem fra | just got home |
just got back | just came home | just came back | just back | just home | on my way home |
on the way home | heading home | kom precis hem | precis kommit hem | precis hemma | nyss hemma |
kom nyss hem | på väg hem | på hemväg | lige kommet hjem | er lige kommet hjem | kom lige hjem |
netop kommet hjem | på vej hjem
"""

# Someone else's news: "Equinor vant kontrakten med staten, bra for dem".
THEIR_NEWS = """
not mine | not my deal | not my win | ikke min deal | ikke min avtale | ikke mitt salg |
ikke min ordre | inte min affär | inte mitt avtal | inte min order | ikke min aftale |
ikke mit salg |
good for them | nice for them | bra for dem | bra för dem |
kul för dem | flot for dem | godt for dem | fint for dem | happy for them | congrats to them |
in the news | i nyhetene | i nyheterna | i nyhederne | press release | pressemelding |
pressmeddelande | pressemeddelelse | announces | announced | kunngjør | kunngjorde |
meddelar | meddeler | annonserer | annonserte | annonserar | annoncerer | rapporterer |
rapporterar | reports | reported | according to | ifølge | iflg | enligt | ifølge |
kjøpte opp | kjøper opp | har kjøpt opp | köpte upp | köper upp | har köpt upp | købte op |
køber op | har købt op | bought out | acquired | acquires | has acquired | oppkjøp | uppköp |
opkøb | acquisition
"""

# Long ago: an old deal remembered, not news ("Last year we won Equinor", "i fjor vant vi …").
# A year before this one ("in 2019") counts the same (weigh.py).
LONG_AGO = """
last year | i fjor | i fjol | förra året | sidste år | sist år | years ago | år siden |
år sedan | i våras | i höstas | i fjor høst | i fjor vår | last spring | last summer | last autumn |
last fall | sidste forår | sidste efterår | i fjor sommer | i somras | remember when | husker du |
minns du | kan du huske | i sin tid | back then | den gang | den gången
"""

# A heading that makes the lines after it a plan or a list, not news ("Next week: …").
AGENDA_HEADINGS = """
agenda | plan | plans | planen | planer | to do | todo | to-do | huskeliste | husk |
att göra | reminder | påminnelse | påmindelse | ukeplan | veckoplan | ugeplan | pipeline |
forecast | prognose | prognos | fokus | focus | goals
"""

# Short words one letter away from a short word of a record that are words of their own, never
# read as its typo even where the word of a record belongs ("Mot Tine …", "Men Kiwi …", "Mat
# med Orkla"): `signals.short_typos`.
SHORT_WORDS = """
mot | mat | men | mer | meg | mig | med | mit | min | mye | mod | mor | mur | net | not | nu |
wow | who | why | win | was | way | bad | bed | bud | big | bit | but | our | got | get | vil |
vel | var | vet | van | vent | tak | tap | tape | tapet | tapas | tale | tabe | taber | ting |
ring | rig | sang | sat | set | sett | sin | son | sol | sale | sal | prise | pop | ofte | off |
vist | visa | vise | last | list | lust | lyst | mist | mister | cal | cell | calm | quite |
quiet | stop | tilbage | lot | lots | let | lit | los | low | woo | wok | tips | tape |
tenker | tenkte | tenkt | tänker | tænker | tenner | teller | tegner
"""


# -- what a win word is about -----------------------------------------------------------------
# A win verb takes the customer or a sale as its object ("Signed Orkla", "Won the Avinor tender",
# "Closed a big deal with Yara"). Words that may stand between the verb and that object.
SALE_ADJECTIVES = """
big | huge | large | massive | nice | great | solid | small | little | first | biggest | largest |
new | another | additional | extra | multi-year | long-term | annual | yearly | full | whole |
stor | stort | store | største | første | ny | nytt | nye | fin | fint | flott | liten | lite |
lille | årlig | flerårig | flerårige | ekstra | stora | största | första | fina | litet | årligt |
flerårigt | fleråriga | nya | flot | flotte | hele | hela | helt | endelige | final | total |
totalt | samlet | samlede | complete | komplett | ordentlig | rejäl | rejält | skikkelig
"""
# Small words that may follow a win verb without being what was won ("signed today", "won it
# again", "skrev under i går").
FUNCTION_WORDS = """
after | etter | efter | again | igjen | igen | too | as | som | worth | verdt | värt | værd | on |
though | tho | anyway | anyways | uansett | ändå | alligevel | likevel | dog | though! |
in | over | by | of | all | alle | up | down | back | tilbake | tillbaka | tilbage | off | inn |
ind | ut | ud | out | it | det | den | dem | them | på | til | till | for | för | fra | från |
from | with | med | hos | at | ved | vid | to | i | a | an | the | en | et | ett | our | vår | vårt |
vores | their | deres | deras | this | that | denne | dette | denna | detta | here | her | här |
her | there | der | där | finally | endelig | äntligen | omsider | officially | officielt |
offisielt | officiellt | also | også | också | just | nettopp | nettop | precis | lige | nu | nå |
now | today | idag | yesterday | igår | tonight | ikveld | so | så | very | veldig | mycket |
meget | really | virkelig | verkligen | nyss | ever | noensinne | nogensinde | någonsin |
one | more | mer | mere | mera | flere | fler | kveld | kvelden | kväll | kvällen | aften | aftes | morgen | morges |
morgon | morse | eftermiddag | eftermiddags | ettermiddag | formiddag | formiddags | förmiddag | em | e.m | fm | f.m |
förmiddags | morning | afternoon | evening | night | natt | year | years | år | året | month |
months | måned | måneden | månad | månaden | week | uka | uken | veckan | ugen | per | om | pr | a year | with us | med oss | med os | med oss | for us | for oss |
för oss | for os | through | gjennom | igenom | igennem | via | around | rundt | runt | omkring
"""
# Things a "won", "ordered", "signed" or "closed" can be about that are no sale: then the
# message is about them ("Ordered pizza for the Equinor workshop", "Closed the Equinor ticket").
NON_SALE_OBJECTS = """
pizza* | taxi* | billett* | biljett* | billet* | coffee | kaffe | lunch* | lunsj* | frokost* | flight* | fly | flybillett* |
flyg* | parking | parkering* | cake | kake* | tårta | kage* | ticket | tickets | jira | case |
saken | ärendet | sagen | slides | deck | the deck | nda | dpa | loi | package | pakke* |
paket* | trip | tur | turen | reise* | resa | resan | rejse* | hotel* | gift | gave | gaven |
julegave* | julklapp* | julkorg* | julekurv* | invoice* | faktura* | bill | expenses | utlegg |
kvittering* | kvitto | receipt | page | side | sida | siden | form | skjema* | blankett* |
formular* | timesheet* | timeliste* | tidrapport* | leave | ferie* | semester | permisjon |
lease | leieavtale* | hyresavtal* | lejekontrakt* | lejeaftale* | mortgage | boliglån | car |
bil | bilen | the car | laptop | pc | phone | mobil* | telefon* | headset | screen | skjerm* |
license plate | prize | price | premie* | pris | prisen | award | trophy | pokal* | quiz* |
hackathon* | cup | cupen | match* | kamp* | game | games | spill* | spel* | bet | lotto* |
lodd* | raffle | bonus* | salary | lønn* | lön* | løn | raise | budget | budsjett* | budget* |
forecast | prognos* | quarter | kvartal* | q1 | q2 | q3 | q4 | door | døra | døren | dörren | window | vinduet |
meeting | møte* | möte* | møde* | agenda | notes | referat* | minutes | report | rapport* |
feedback | survey | undersøkelse* | undersökning* | spørreundersøkelse* | newsletter |
environment | miljø | miljøet | miljö | miljön | room | rom | rommet | rummet | lokale* | link | lenke* | länk* |
recording | opptak* | inspelning* | optagelse* | template | mal | malen | mall | mallen |
skabelon* | video | videoen | server | login
"""

# A sum of several deals or of a period, not one deal's value ("Nå er vi på 1,2 mill i Q4",
# "2M so far this quarter"). ("260k total", "150k ekstra i år" is the one deal's: not here.)
TOTALS = """
hittil | hittills | indtil nu | til nu | so far | ytd | year to date | this quarter |
dette kvartalet | detta kvartal | dette kvartal | pipeline | pipen | pipelinen | budsjett |
budsjettet | budget | budgeten | budgettet | target | quota | kvote | kvoten |
vi er på | er vi på | vi är på | är vi på | we're at | we are at | we're now at | vi er oppe i |
er vi oppe i | vi er nå på | vi är nu på | vi er nu på
"""


# Session 39. Words that say a call got no answer, said alone after a customer's name and a dash
# or colon ("Update: …, Greggs – no answer", "Kiwi: ingen svar", "Lego - intet svar"): the call;
# session 45: after a lower-case name right after a call's verb ("ringte orkla ikke svar")
NO_ANSWER_NOTES = {
    "no answer", "no reply", "no response", "voicemail", "went to voicemail", "ingen svar",
    "inget svar", "intet svar", "ikke svar", "uten svar", "utan svar", "uden svar",
    "svarer ikke", "svarar inte", "svarede ikke", "svarte ikke", "svarade inte",
    "telefonsvarer", "telefonsvareren", "röstbrevlåda", "talebesked",
    # session 40
    "vm", "left vm", "left a vm", "left voicemail", "left a voicemail", "no pick up",
    "no pickup", "no pick-up", "didn't pick up", "did not pick up", "not picking up",
    "ikke tatt telefonen", "tok ikke telefonen", "tar ikke telefonen", "ikke tatt tlf",
    "tog inte telefonen", "tog ikke telefonen", "ingen svarede", "no joy",
    # session 66: the present tense, and not getting through
    "ingen svarer", "ingen som svarer", "ingen svarar", "ingen som svarar", "ingen der svarer",
    "nobody answering", "nobody answered", "no one answered", "nobody picked up",
    "no one picked up", "ingen hul igennem", "ingen hul igjennom", "kom ikke igennem",
    "kom ikke igjennom", "kom inte fram", "kommer ikke igjennom", "kommer ikke igennem",
    "couldn't get through", "could not get through",
}  # fmt: skip
FOLDED_NO_ANSWER = {fold(phrase) for phrase in NO_ANSWER_NOTES}

# Regret said of a loss ("tapte Tine, dessverre", "forlorade ericsson tyvärr"), folded
SORRY_WORDS = {
    "surt", "synd", "dessverre", "desverre", "tyvarr", "desvaerre", "unfortunately", "sadly",
    "damn", "dammit", "argh", "pokker", "faen", "fan", "shit", "bummer", "gutted", "sucks",
    "trist", "kjipt", "kjedelig", "trasigt", "oj", "ouch", "nederlag",
}  # fmt: skip
