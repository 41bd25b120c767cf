"""German: what people write about themselves when they are at risk, and the look-alikes
(figures of speech, films, the past) that must be left alone. Tuned on
`tests/safety_corpus/de_tuning.tsv`.

Patterns read folded text: no umlauts ("schlägt" is "schlagt", "würgt" is "wurgt"), "ß" is
"ss", no punctuation. German puts the participle or the separable part last ("er hat mich
gestern wieder geschlagen", "er bringt mich um"), so patterns allow a few words between the
object and the verb. Every pattern is bounded (see `bot/engine/safety.py`).
"""

from __future__ import annotations

from bot.engine.safety import Concern, Language

_GAP = r"(?:\w{1,20} ){0,6}"  # a few words between object and participle
_HE = (
    r"(?:er|sie|mein mann|meine frau|mein freund|meine freundin|mein partner|meine partnerin"
    r"|mein ex|meine ex|mein stiefvater|mein vater|mein verlobter)"
)
_NOT_JOKING = r"(?!(?: \w{1,20}){0,12} (?:haha\w{0,6}|hehe\w{0,6}|lol|xd|spass|witz|scherz)\b)"
_NOT_PLAY = (
    r"(?!(?: \w{1,20}){0,8} (?:aus versehen|beim spielen|gelacht|lachen|kissen|fussball|training"
    r"|nichts schlimmes)\b)"
)

SELF_HARM_STATEMENTS = [
    r"\b(?:will|wil|mochte|wurde|wollte|mochten|moechte) (?:\w{1,20} ){0,4}(?:sterben(?! vor"
    r"| fur)|sterbn|tot sein|nicht mehr leben|nicht mehr lebn|nich mehr leben|nich mehr lebn"
    r"|nimmer leben|nicht mehr da sein|nicht mehr existieren|mich umbringen|mich toten"
    r"|mich aufhangen|mich erhangen|mir das leben nehmen|mir was antun|mir etwas antun"
    r"|fur immer verschwinden|einfach weg sein|nicht mehr aufwachen)\b",
    r"\bich (?:bring|bringe) mich (?:\w{1,20} ){0,2}um\b",
    r"\bmich (?:umzubringen|aufzuhangen|zu erhangen|zu toten|selbst zu toten)\b",
    r"\bmir das leben (?:zu )?nehmen\b",
    r"\b(?:meinem leben|allem|dem ganzen) ein ende (?:zu )?(?:setzen|machen|bereiten)\b",
    r"\bschluss mit (?:allem|meinem leben|dem leben)\b",
    r"\bmich vor (?:den|einen) zug (?:zu )?werfen\b",
    r"\b(?:von der|von einer) brucke (?:zu )?springen\b",
    r"\b(?:vom|von einem) (?:dach|hochhaus) (?:zu )?springen\b",
    r"\bwunschte (?:\w{1,20} )?ich (?:ware|war) (?:\w{1,20} )?(?:tot|nie geboren|nicht geboren"
    r"|nicht mehr da)\b",
    r"\b(?:ware|war) (?:ich )?(?:lieber )?(?:tot|nie geboren)\b(?! (?:mude|mude|langweilig))",
    r"\beinschlafen und nicht mehr aufwachen\b",
    r"\b(?:hoffentlich|wunschte) wache ich (?:\w{1,20} ){0,2}nicht (?:mehr )?auf\b",
    r"\b(?:egal|lieber) wenn ich (?:\w{1,20} ){0,2}nicht mehr aufwache\b",
    r"\b(?:besser dran|besser) ohne mich\b",
    r"\bohne mich besser (?:dran)?\b",
    r"\bbesser wenn ich (?:tot ware|nicht mehr da ware|nicht mehr lebe|sterbe)\b",
    r"\bkeinen sinn mehr (?:im leben|zu leben|in meinem leben|weiterzuleben)\b",
    r"\b(?:mein|das) leben hat keinen sinn\b",
    r"\bkeinen grund (?:mehr )?(?:zu leben|weiterzuleben|am leben zu bleiben)\b",
    r"\bkeine kraft mehr (?:zu leben|weiterzuleben|fur das leben)\b",
    r"\b(?:kann|will) (?:so )?nicht (?:mehr )?weiterleben\b",
    r"\b(?:ich )?(?:ritze|ritz) mich\b",
    r"\bmich (?:\w{1,20} ){0,3}(?:zu )?(?:ritzen|geritzt)\b",
    r"\b(?:schneide|schneid|schnitt) mir (?:in )?(?:die|den|meine|meinen) (?:arme|arm|handgelenke"
    r"|handgelenk|beine|oberschenkel|haut|pulsadern)\b",
    r"\bpulsadern (?:auf)?(?:schneiden|aufgeschnitten|aufzuschneiden)\b",
    r"\bverletze mich (?:selbst|absichtlich|mit absicht)\b",
    r"\b(?:tu|tue) mir (?:selbst )?weh (?:damit|um|weil)\b",
    r"\bzigaretten auf (?:meiner|der) haut\b",
    r"\b(?:habe|hab|hatte|wieder|oft|standig) (?:\w{1,20} )?(?:suizidgedanken"
    r"|selbstmordgedanken)\b",
    r"\bich bin (?:\w{1,20} )?(?:suizidal|lebensmude|selbstmordgefahrdet)\b",
    r"\b(?:sammle|sammel|horte|gehortet|gesammelt) (?:\w{1,20} ){0,2}(?:tabletten|pillen"
    r"|medikamente|schlaftabletten)\b",
    r"\b(?:tabletten|pillen|schlaftabletten) (?:\w{1,20} ){0,2}(?:gesammelt|gehortet|gebunkert)\b",
    r"\balle (?:tabletten|pillen|schlaftabletten) auf einmal\b",
    r"\b(?:ganze|eine ganze) (?:packung|schachtel|dose) (?:\w{1,20} )?(?:tabletten|pillen"
    r"|schlaftabletten) (?:genommen|geschluckt)\b",
    r"\babschiedsbrief\w{0,2}\b",
    r"\b(?:jedem|allen) einen brief hinterlassen\b",
    r"\bdas ist mein abschied\b",
    r"\bes leid zu leben\b",
    r"\b(?:nachgeschaut|gegoogelt|recherchiert|gesucht|nachgelesen) wie man (?:es|sich)"
    r" (?:schmerzlos|umbringt|das leben nimmt|am schnellsten)\b",
    r"\bich weiss (?:schon|jetzt|genau) wie ich es (?:mache|tue|tun werde)\b",
    r"\bbald bin ich nicht mehr da\b",
    r"\bam liebsten wurde ich mich umbringen\b",
    r"\b(?:sehe|seh|finde) keinen ausweg mehr\b",
    r"\b(?:denke|denk) (?:nur noch|nur|standig) (?:ans sterben|an den tod|daran mich"
    r" umzubringen)\b",
    r"\b(?:seil|strick) gekauft\b",
    r"\bverzeiht mir (?:alles|bitte alles)\b",
    r"\b(?:gebracht|gegeben|uberlassen|vermacht|geschenkt) (?:\w{1,20} ){0,2}falls mir (?:was"
    r"|etwas) (?:passiert|zustosst)\b",
    r"\b(?:kratze|kratz|beisse|beiss) mich (?:\w{1,20} ){0,2}blutig\b",
    r"\b(?:auf dieser welt|hier) (?:\w{1,20} ){0,2}uberflussig\b",
    r"\buberflussig auf (?:dieser|der) welt\b",
    r"\bniemand (?:wurde|wird) mich vermissen\b",
    r"\b(?:will|mochte) nicht mehr (?:hier sein|da sein|leiden)\b",
    r"\b(?:schaue|schau|starre|starr) (?:\w{1,20} ){0,2}(?:auf )?die (?:tablettenpackung|tabletten"
    r"|pillen|packung tabletten)\b",
    r"\bgeb (?:\w{1,20} )?auf mit dem leben\b",
    r"\bkeinen zweck mehr\b",
    r"\b(?:verschenke|verschenk) (?:\w{1,20} )?meine sachen\b",
    r"\bbrauch\w{0,1} sie bald nicht mehr\b",
    r"\bmich aus dem weg (?:raume|raumen|schaffe)\b",
    r"\bwenn ich (?:morgen|irgendwann) nicht (?:mehr )?antworte (?:wisst|wissen) ihr warum\b",
    r"\bmir (?:\w{1,20} ){0,2}die (?:beine|arme|handgelenke) aufgeschnitten\b",
    r"\bvom balkon (?:zu )?springen\b",
]

SELF_HARM_MENTIONS = [
    r"\b(?:suizid\w{0,8}|selbstmord\w{0,8}|selbstverletz\w{0,6}|ritzen)\b",
]

_HIT_NOW = (
    r"(?:schlagt|haut|wurgt|tritt|verprugelt|vergewaltigt|bedroht|schubst|stosst|ohrfeigt|beisst"
    r"|misshandelt|pruegelt|prugelt|erwurgt|schlaegt)"
)
_HIT_DONE = (
    r"(?:geschlagen|gewurgt|getreten|verprugelt|vergewaltigt|bedroht|gestossen|eingesperrt"
    r"|angespuckt|geschleift|erwurgt|misshandelt|gebissen|runtergestossen|verbrannt"
    r"|zu boden geworfen|an den haaren gezogen|zum sex gezwungen|gezwungen sex)"
)

IN_DANGER_STATEMENTS = [
    rf"\b{_HE} (?:\w{{1,20}} )?{_HIT_NOW} (?:mich|mih)\b{_NOT_PLAY}",
    rf"\b(?:hat|hatte) (?:mich|mih) (?!(?:\w{{1,20}} ){{0,3}}(?:beim|im) (?:fussball|training|spiel"
    rf"|sport|handball|basketball)\b){_GAP}{_HIT_DONE}\b{_NOT_PLAY}",
    r"\b(?:hat|hatte) mir (?:\w{1,20} ){0,3}(?:eine ohrfeige gegeben|eine geknallt|eine gescheuert"
    r"|eine geklebt|eine reingehauen|eine verpasst|mit der faust|ins gesicht geschlagen"
    r"|die hand um den hals|ein messer an|den arm gebrochen|die nase gebrochen|eine rippe"
    r" gebrochen)\b",
    r"\b(?:hand|hande) um (?:meinen|den) hals\b",
    r"\bmesser an (?:den|meinen) hals\b",
    r"\b(?:mit einem|mit dem|mit einer) (?:messer|waffe|pistole) bedroht\b",
    r"\b(?:versucht|gedroht|droht|drohte) (?:\w{1,20} ){0,2}mich (?:zu erwurgen|zu ersticken"
    r"|umzubringen|zu toten|zu schlagen|zu ertranken|abzustechen)\b",
    r"\b(?:wollte|will) mich (?:\w{1,20} ){0,3}(?:ertranken|erwurgen|umbringen|ersticken"
    r"|abstechen)\b",
    r"\b(?:gesagt|gedroht|meinte|schreit|sagt)(?: dass)? (?:er|sie) (?:bringt|wurde|wird) mich"
    r" (?:um|umbringen)\b",
    r"\bverlasse (?:\w{1,20} ){0,2}(?:bringt|wurde|wird) (?:er|sie) mich um\b",
    r"\bangst (?:davor )?dass (?:er|sie) mich (?:umbringt|schlagt|totet|wieder schlagt|findet"
    r"|vergewaltigt|verletzt)\b",
    r"\bangst vor (?:ihm|ihr|meinem (?:mann|freund|partner|ex|vater|stiefvater)|meiner"
    r" (?:frau|freundin|partnerin))\b",
    r"\bangst (?:\w{1,20} )?nach hause zu (?:gehen|kommen|fahren)\b",
    r"\b(?:zu hause|daheim|bei ihm|bei ihr) (?:\w{1,20} ){0,2}nicht (?:mehr )?sicher\b",
    r"\bnicht sicher (?:zu hause|daheim|bei ihm|bei ihr)\b",
    r"\b(?:waffe|pistole|messer) und ich (?:habe|hab) angst\b",
    r"\b(?:zwingt|zwang|notigt|drangt) mich (?:\w{1,20} ){0,3}(?:zum sex|zu sex|zu sexuellen"
    r"|mit ihm zu schlafen)\b",
    r"\bunter druck (?:\w{1,20} ){0,2}sexuelle\b",
    r"\b(?:schlagt|schlug|verprugelt|haut) (?:die|unsere|meine) (?:kinder|tochter|sohn|kleine"
    r"|kleinen)\b",
    r"\b(?:fasst|fasste|beruhrt) (?:meine|unsere) (?:tochter|kleine)|(?:meinen|unseren) sohn an\b",
    r"\b(?:verfolgt|stalkt) mich\b",
    r"\bwartet vor (?:meiner|der) (?:arbeit|wohnung|tur|schule) auf mich\b",
    r"\b(?:wirft|warf|geworfen) (?:\w{1,20} ){0,2}nach mir\b",
    r"\bnach mir (?:geworfen|geschmissen|geschlagen|getreten)\b",
    r"\bwegen (?:ihm|ihr) (?:war ich )?im krankenhaus\b",
    r"\bblaue flecken (?:von ihm|von ihr|wegen ihm)\b",
    r"\b(?:haut|schlagt) mich (?:wenn|immer|jeden|oft)\b",
    r"\b(?:den hals|die kehle) (?:\w{1,20} ){0,2}(?:zugedruckt|zugeschnurt|zusammengedruckt)\b",
    r"\bmir (?:\w{1,20} ){0,4}den hals zugedruckt\b",
    r"\b(?:ein )?blaues auge (?:geschlagen|verpasst|gehauen)\b",
    r"\bwird (?:er|sie) (?:gewalttatig|handgreiflich|brutal)\b",
    r"\b(?:er|sie|mein mann|mein freund|meine frau|mein partner) (?:ist|wird|wurde)"
    r" (?:\w{1,20} ){0,2}(?:handgreiflich|gewalttatig)\b",
    r"\b(?:gewalttatig und|er|sie) schlagt (?:\w{1,20} )?zu\b",
    r"\b(?:am|beim) arm gepackt\b",
    r"\b(?:gepackt|gedruckt|geschlagen|gegriffen|getreten) dass ich (?:blaue flecken|blutergusse"
    r"|striemen) habe\b",
    r"\b(?:boxt|boxte) mich\b",
    r"\b(?:hat )?sex mit mir (?:wenn|wahrend|obwohl) ich (?:schlafe|schlief|betrunken)\b",
    r"\bfotos von (?:messern|waffen|pistolen) (?:\w{1,20} ){0,3}angst zu machen\b",
    r"\b(?:jemandem|irgendwem) erzahle (?:\w{1,20} ){0,2}bringt (?:er|sie) mich um\b",
    r"\bschlagt (?:meinen|unseren) (?:sohn|kleinen)\b",
    r"\bschlagt (?:meine|unsere) tochter\b",
    r"\bmeinen kopf gegen (?:\w{1,20} ){0,2}(?:geknallt|geschlagen|gestossen|gehauen)\b",
    r"\b(?:droht|drohte) (?:\w{1,20} )?meine (?:nacktbilder|nacktfotos|fotos|bilder) zu"
    r" (?:veroffentlichen|verschicken|posten)\b",
    r"\bmich aus der wohnung geschubst\b",
    r"\b(?:beisst|kneift) (?:\w{1,20} ){0,2}mich bis ich blau\b",
    r"\bim bett nicht nein sagen\b",
    r"\b(?:die kleine|den kleinen|meine tochter|meinen sohn) so fest geschlagen\b",
]

IN_DANGER_MENTIONS = [
    r"\b(?:hausliche gewalt|vergewaltigung|femizid|sexueller missbrauch|missbrauch|gewalt in der"
    r" beziehung)\b",
]

MIGHT_HURT_STATEMENTS = [
    rf"\bich (?:schlage|schlag|hau|bring|bringe|erwurge) (?:ihn|sie|ihr) (?:gleich|noch|um"
    rf"|irgendwann)\b{_NOT_JOKING}",
    rf"\b(?:irgendwann|bald|gleich) (?:bringe|bring|schlage|schlag) ich (?:ihn|sie) (?:um)?\b"
    rf"{_NOT_JOKING}",
    rf"\bbring ich (?:ihn|sie) um\b{_NOT_JOKING}",
    r"\bangst (?:davor )?(?:was|dass) ich (?:ihm|ihr|ihnen|jemandem|ihn|sie) (?:antun|etwas antue"
    r"|weh tue|wehtue|schlage)\b",
    r"\bangst (?:\w{1,20} ){0,3}(?:ihm|ihr|jemandem|ihnen) weh zu tun\b",
    r"\bangst (?:\w{1,20} ){0,2}(?:mein kind|meinen sohn|meine tochter|das baby|die kinder|ihn"
    r"|sie) zu schlagen\b",
    r"\b(?:bei|mit) den kindern die (?:kontrolle|beherrschung) zu verlieren\b",
    r"\bdas baby (?:zu )?schutteln\b",
    r"\bich will (?:ihm|ihr) (?:weh tun|wehtun|etwas antun|was antun)\b",
    r"\b(?:hatte|hab|habe) ich (?:ihn|sie) fast (?:gewurgt|geschlagen|umgebracht)\b",
    r"\bich (?:habe|hab|hatte) (?:ihn|sie|meine (?:freundin|frau|partnerin|tochter)|meinen"
    r" (?:mann|freund|partner|sohn)|mein kind) (?:\w{1,20} )?(?:geschlagen|geschubst|gestossen"
    r"|gewurgt|getreten)\b" + _NOT_PLAY,
    r"\bich (?:habe|hab) (?:meiner|meinem) (?:frau|freundin|mann|freund|partner|partnerin)"
    r" (?:eine ohrfeige|eine geknallt|eine gescheuert)\b",
    r"\blust (?:\w{1,20} )?(?:ihn|sie) zu (?:schlagen|wurgen|verprugeln)\b" + _NOT_JOKING,
    r"\bexplodiere und (?:tu|tue) (?:jemandem|ihm|ihr) weh\b",
    r"\bangst vor mir selbst\b",
    r"\bkurz davor (?:ihn|sie) (?:zu )?(?:verprugeln|schlagen|umbringen|wurgen)\b",
    r"\b(?:meiner|meinem) (?:freundin|frau|mann|freund|partnerin|partner) (?:\w{1,20} ){0,2}den"
    r" hals zugedruckt\b",
    r"\bangst dass ich (?:ihn|sie) (?:\w{1,20} ){0,3}(?:umbringe|schlage|verletze)\b",
    r"\bso wutend (?:dass )?ich konnte (?:ihn|sie) (?:\w{1,20} )?(?:umbringen|erwurgen|schlagen)\b",
    r"\b(?:ihn|sie) die treppe runtergestossen\b",
]

CONTROLLED_STATEMENTS = [
    r"\blasst mich (?:\w{1,20} ){0,3}nicht (?:aus dem haus|arbeiten|raus(?! ohne (?:jacke|mantel"
    r"|schal|mutze|fruhstuck))|weg|allein|alleine|studieren)\b" + _NOT_JOKING,
    r"\blasst mich (?:meine|meinen|mein) (?:familie|freundinnen|freunde|eltern|schwester|bruder"
    r"|mutter|kinder) nicht sehen\b",
    r"\bkontrolliert (?:\w{1,20} )?(?:mein|meine|meinen) (?:geld|handy|nachrichten|konto|ausgaben"
    r"|kleidung|telefon)\b",
    r"\bkontrolliert alles was ich\b",
    r"\b(?:geht|ging) (?:\w{1,20} ){0,3}mein (?:handy|telefon) durch\b",
    r"\b(?:liest|las|durchsucht|checkt) (?:\w{1,20} ){0,3}(?:meine nachrichten|mein handy"
    r"|meine mails|meine chats)\b",
    r"\bliest alles mit\b",
    r"\bnimmt mir (?:mein|das|mein ganzes) (?:gehalt|geld|handy|auto) (?:\w{1,20} )?weg\b",
    r"\b(?:darf|durfte) (?:kein|keine|nicht) (?:eigenes geld|das handy|mein handy|alleine|ohne"
    r" (?:ihn|sie))\b",
    r"\bum erlaubnis (?:fragen|bitten)\b",
    r"\bdarf (?:das|mein|ein) (?:handy|telefon|auto|geld|konto) nicht"
    r" (?:benutzen|haben|anfassen)\b",
    r"\b(?:hat|hatte) mir verboten\b",
    r"\bverbietet mir\b",
    r"\b(?:sagt|sagte|meint) (?:\w{1,20} )?ich (?:bin|sei|ware) (?:nutzlos|dumm|nichts wert"
    r"|hasslich|fett|verruckt|wertlos|ein nichts)\b" + _NOT_JOKING,
    r"\bnennt mich (?:\w{1,20} ){0,3}(?:dumm|nutzlos|fett|hasslich|schlampe|versager\w{0,2})\b"
    + _NOT_JOKING,
    r"\bdemutigt mich\b",
    r"\b(?:bin|sei) nichts wert\b",
    r"\b(?:standiger )?angst dass (?:er|sie) (?:wutend|sauer|ausrastet)\b(?!(?: \w{1,20}){0,8}"
    r" (?:haha|lol|tasse|geschenk))",
    r"\bauf eierschalen\b",
    r"\b(?:will|mochte) (?:ihn|sie) verlassen aber (?:ich )?(?:habe|hab) angst\b",
    r"\bangst mich von (?:ihm|ihr) zu trennen\b",
    r"\b(?:verfolgt|trackt|uberwacht|ortet) (?:\w{1,20} )?(?:meinen standort|mein handy)\b",
    r"\balle meine passworter\b",
    r"\b(?:von allen|von meinen|von meiner) (?:\w{1,20} )?isoliert\b",
    r"\bhalt mich (?:\w{1,20} ){0,2}fest\b",
    r"\b(?:nimmt|nehme) er mir die kinder (?:weg)?\b",
    r"\b(?:droht|drohte) (?:\w{1,20} )?mir die kinder (?:wegzunehmen|zu nehmen)\b",
    r"\bbehalt (?:\w{1,20} )?(?:mein|mein ganzes) (?:geld|gehalt)\b",
    r"\bbestimmt was ich (?:anziehen|essen|sagen|tun)\b",
    r"\bgibt mir das gefuhl ich (?:sei|ware|bin) verruckt\b",
    r"\beifersuchtig und (?:durchsucht|kontrolliert|liest)\b",
    r"\b(?:pass|ausweis|schlussel|papiere) versteckt damit ich nicht\b",
    r"\b(?:zwingt|zwang) mich (?:\w{1,20} ){0,3}(?:passworter|passwort|pin)\b",
    r"\b(?:straft|bestraft) (?:er |sie )?mich (?:\w{1,20} ){0,2}mit schweigen\b",
    r"\bautoschlussel (?:\w{1,20} )?weggenommen\b",
    r"\bniemand (?:sonst|anderes) (?:wurde|wird) mich wollen\b",
    r"\bohne (?:ihn|sie) bin ich nichts\b",
    r"\bfotos schicken (?:\w{1,20} ){0,2}(?:zu )?beweisen wo ich bin\b",
    r"\bkontrolliert (?:sogar |auch )?meinen browserverlauf\b",
    r"\b(?:zehnmal|hundertmal|dauernd|standig) anruft (?:\w{1,20} ){0,3}mit wem ich\b",
    r"\bniemand (?:wurde|wird) mir glauben\b",
    r"\b(?:den )?kassenbon zeigen\b",
]

CONTROLLED_MENTIONS = [
    r"\b(?:psychische|emotionale|finanzielle|verbale) gewalt\b",
]

ASIDES = [
    r"\b(?:film|serie|doku|dokumentation|buch|roman|krimi|artikel|podcast|nachrichten|folge"
    r"|episode|song|lied|video|vortrag|kurs|hauptfigur|figur) (?:\w{1,20} ){0,5}(?:uber|handelt"
    r"|geht es|ging es|in dem|in der|mit|von)\b",
    r"\b(?:im|in dem|in der) (?:film|serie|doku|buch|roman|krimi|nachrichten|podcast)\b",
    r"\b(?:pravention|telefonseelsorge|ehrenamtlich|krankenschwester|notaufnahme|therapeutin"
    r"|therapeut|fur die uni|true crime)\b",
    r"\bmeine (?:freundin|schwester|kollegin|nachbarin) hat erzahlt\b",
    r"\b(?:ehrenamt\w{0,3}|wie man (?:menschen|jemandem) (?:mit|hilft))\b",
    r"\b(?:hilfetelefon\w{0,2}|telefonseelsorge|findahelpline)\b",
]

BEHIND_ME = [
    r"\b(?:das ist|es ist) (?:alles )?vorbei\b",
    r"\b(?:jetzt|inzwischen|heute) (?:bin ich|geht es mir|gehts mir) (?:\w{1,20} )?(?:gut|sicher"
    r"|in sicherheit|glucklich)\b",
    r"\bvor (?:jahren|langer zeit)\b",
    r"\b(?:letzten|fruheren|alten) beziehung\b",
]

RECOVERED = [
    r"\b(?:als teenager|als jugendliche\w{0,2}|vor jahren|als kind|fruher)\b.{0,60}\b(?:therapie"
    r" hat (?:mir )?(?:sehr )?geholfen|gehts mir gut|geht es mir gut|verziehen)\b",
    r"\b(?:hasse|hass) (?:\w{1,20} )?\w{1,20}\b.{0,40}\b(?:haha\w{0,6}|hehe\w{0,6}|lol|xd)\b",
]

FICTION = [
    r"\b(?:die|der) (?:hauptfigur|figur|protagonist\w{0,2}|bosewicht)\b",
]

PLAYFUL = [
    r"\b(?:kissenschlacht|gekitzelt|aus versehen|beim spielen|haben so gelacht)\b",
]

SPELLINGS = {
    "mih": "mich",
    "nich": "nicht",
    "nix": "nichts",
    "umbrigen": "umbringen",
    "sterbn": "sterben",
    "lebn": "leben",
    "wil": "will",
}

LANGUAGE = Language(
    code="de",
    statements={
        Concern.SELF_HARM: SELF_HARM_STATEMENTS,
        Concern.IN_DANGER: IN_DANGER_STATEMENTS,
        Concern.MIGHT_HURT: MIGHT_HURT_STATEMENTS,
        Concern.CONTROLLED: CONTROLLED_STATEMENTS,
    },
    mentions={
        Concern.SELF_HARM: SELF_HARM_MENTIONS,
        Concern.IN_DANGER: IN_DANGER_MENTIONS,
        Concern.CONTROLLED: CONTROLLED_MENTIONS,
    },
    asides=ASIDES,
    set_aside={
        Concern.SELF_HARM: [*RECOVERED, *FICTION],
        Concern.IN_DANGER: [*BEHIND_ME, *PLAYFUL, *FICTION],
        Concern.MIGHT_HURT: [*RECOVERED, *PLAYFUL, *FICTION],
        Concern.CONTROLLED: [*BEHIND_ME, *FICTION],
    },
    spellings=SPELLINGS,
)
