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
    r"|nichts schlimmes|gekusst|geknutscht|umarmt)\b)"
)

SELF_HARM_STATEMENTS = [
    r"\b(?:will|wil|mochte|wurde|wollte|mochten|moechte) (?:(?!wir |er |du )\w{1,20}"
    r" ){0,4}(?:sterben(?! vor"
    r"| fur)|sterbn|tot sein|nicht mehr leben|nicht mehr lebn|nich mehr leben|nich mehr lebn"
    r"|nimmer leben|nicht mehr da sein|nicht mehr existieren|mich umbringen|mich toten"
    r"|mich aufhangen|mich erhangen|mir das leben nehmen|mir was antun|mir etwas antun"
    r"|fur immer verschwinden|einfach weg sein|nicht mehr aufwachen)\b",
    r"\bich (?:bring|bringe) mich (?:\w{1,20} ){0,2}um\b(?! vor)",
    r"(?<!droht )(?<!drohte )(?<!gedroht )\bmich (?:umzubringen|aufzuhangen|zu erhangen|zu toten"
    r"|selbst zu toten)\b",
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
    r"\b(?:seil|strick) gekauft\b(?! (?:fur|zum) (?:die|den|das|klettern|kletterkurs|camping))",
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
    rf"\b{_HE} (?:\w{{1,20}} )?{_HIT_NOW} (?:mich|mih)\b(?! nicht| nie){_NOT_PLAY}",
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
    r"\bmich (?:\w{1,20} ){0,3}(?:am|beim) arm gepackt\b",
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
    r"\b(?:hat|hatte) mir verboten\b" + _NOT_JOKING,
    r"\bverbietet mir\b",
    r"\b(?:sagt|sagte|meint) (?:\w{1,20} )?ich (?:bin|sei|ware) (?:nutzlos|dumm|nichts wert"
    r"|hasslich|fett|verruckt|wertlos|ein nichts)\b(?! nach| auf)" + _NOT_JOKING,
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
    r"\b(?:ehrenamt\w{0,3}|wie man (?:menschen|jemandem) (?:mit|hilft)|wie man (?:freunden|anderen"
    r"|menschen|jemandem) helfen kann|lesung|autor|autorin|theaterstuck)\b",
    r"\b(?:hilfetelefon\w{0,2}|telefonseelsorge|findahelpline)\b",
    r"\b(?:bachelorarbeit|masterarbeit|hausarbeit|seminararbeit|facharbeit|doktorarbeit|referat"
    r"|dissertation)\b",
]

BEHIND_ME = [
    r"\b(?:das ist|es ist) (?:alles )?vorbei\b",
    r"\b(?:jetzt|inzwischen|heute) (?:bin ich|geht es mir|gehts mir) (?:\w{1,20} )?(?:gut|sicher"
    r"|in sicherheit|glucklich)\b",
    r"\bvor (?:jahren|langer zeit)\b",
    r"\b(?:jetzt|inzwischen|heute) ist (?:alles )?(?:gut|vorbei|okay)\b",
    r"\b(?:letzten|fruheren|alten) beziehung\b",
]

RECOVERED = [
    r"\b(?:vor (?:jahren|\d{1,2} jahren)|mit \d{1,2}|als teenager)\b.{0,140}\b(?:vergangenheit|wie"
    r" weit ich"
    r"|stolz|so gelacht|drama\w{0,6})\b",
    r"\b(?:wurde|wurd|wurden) (?:\w{1,20} )?fur (?:mich|dich|sie|ihn|uns) sterben\b",
    r"\b(?:sterben|tot)\b(?: \w{1,20}){0,3} nicht (?:echt|ernst gemeint|wortlich)$",
    r"\b(?:als teenager|als jugendliche\w{0,2}|vor jahren|als kind|fruher)\b.{0,60}\b(?:therapie"
    r" hat (?:mir )?(?:sehr )?geholfen|gehts mir gut|geht es mir gut|verziehen)\b",
    r"\b(?:hasse|hass) (?:\w{1,20} )?\w{1,20}\b.{0,40}\b(?:haha\w{0,6}|hehe\w{0,6}|lol|xd)\b",
]

FICTION = [
    r"\b(?:die|der) (?:hauptfigur|figur|protagonist\w{0,2}|bosewicht)\b",
    r"\b(?:der|die|dem|den) tater\w{0,2}\b",
    r"\b(?:stand |steht )?in der zeitung\b",
    r"\b(?:in der|in einer) (?:doku|serie|sendung)\b",
    r"\bim (?:film|tatort|krimi)\b",
    r"\b(?:auf der buhne|im theaterstuck|bei der (?:theater)?probe|war (?:aber |alles |nur )?"
    r"gespielt)\b",
]

PLAYFUL = [
    r"\b(?:kissenschlacht|gekitzelt|aus versehen|beim spielen|haben so gelacht|war abgesprochen"
    r"|so abgesprochen|einvernehmlich|alles abgesprochen|safeword|safe word|bdsm|rollenspiel)\b",
]

SPELLINGS = {
    "mih": "mich",
    "nich": "nicht",
    "nix": "nichts",
    "umbrigen": "umbringen",
    "sterbn": "sterben",
    "lebn": "leben",
    "wil": "will",
    # umlauts typed as ae, oe, ue ("waer", "bruecke", "haesslich"): the folded form has none
    "waer": "war",
    "waere": "ware",
    "wuerd": "wurd",
    "wuerde": "wurde",
    "gezaehlt": "gezahlt",
    "bruecke": "brucke",
    "kuemmern": "kummern",
    "haesslich": "hasslich",
    "moecht": "mocht",
    "moechte": "mochte",
    "hoehe": "hohe",
    "aufhoeren": "aufhoren",
    "aufhoert": "aufhort",
    "fuer": "fur",
    "ueber": "uber",
    "ueberhaupt": "uberhaupt",
    "schlaegt": "schlagt",
    "muede": "mude",
    "miad": "mude",
    "zurueck": "zuruck",
    "gedrueckt": "gedruckt",
    "geschuettelt": "geschuttelt",
    "gefaehrlich": "gefahrlich",
}

# -- families added on de_tuning_d … _g (written natively by independent writers, 2026-12-02):
# plain talk and dialect (Bavarian, Austrian, Swiss), preparation told in passing, cover
# stories, threats through children, papers and pictures, control dressed as care.

_ME = r"(?:ich|i)"
_MICH = r"(?:mich|mi)"
_HIM = r"(?:ihn|sie|ihm|ihr|eam|ihnen)"
_PILLS = (
    r"(?:tabletten|pillen|schlaftabletten|schlafmittel|schmerzmittel|medikamente|antidepressiva"
    r"|medikamenten|ibus|ibuprofen|paracetamol|insulin)"
)
_GAP3 = r"(?:\w{1,20} ){0,3}"
_NOT_NOT = r"(?:(?!nicht\b|nie\b|ned\b)\w{1,20} ){0,4}"  # a gap without a "not"
_SOMEONE = (
    r"(?:ihm|ihr|eam|ihre|ihnen|jemandem|meinem \w{1,15}|meiner \w{1,15}|dem kind|dem typen"
    r"|dem kleinen|der kleinen|dem neuen)"
)

SELF_HARM_MORE = [
    r"\behering (?:\w{1,20} ){0,2}auf (?:ihr|sein|das|den) (?:kissen|tisch|bett)\b",
    r"\b(?:alles beschriftet|ordentlich ubergeben)\b",
    r"\b(?:sparbuch|ersparnisse|schmuck|uhr|kette)\b(?: \w{1,20}){0,6} soll (?:\w{1,20} )?(?:gut )?"
    r"(?:drauf )?aufpassen\b",
    r"\b(?:den|einen) (?:platz|ort|stelle) (?:im wald|am see|an der brucke|am fluss)\b",
    r"\b(?:mochte|will|wurde|mocht|wurd) (?:einfach |nur )?(?:verschwinden|nicht mehr sein)\b"
    r"(?!(?: \w{1,20}){0,3} (?:vor scham|im boden|peinlich|so peinlich|aus der stadt|in den"
    r" urlaub|mit dir|mit euch|und mit|auf eine insel))" + _NOT_JOKING,
    r"\bohne mich (?:\w{1,20} )?(?:glucklicher|besser dran|froher|leichter)\b" + _NOT_JOKING,
    r"\b(?:schon|bereits) alles (?:vorbereitet|geregelt|organisiert|parat)\b(?!(?: \w{1,20}){0,3}"
    r" (?:fur|zum|zur|furs))",
    r"\b(?:fenster|balkon|brucke|dach|hochhaus|gleis)\w{0,4}\b(?: \w{1,20}){0,5} (?:will|werde"
    r"|wurde"
    r"|mochte) (?:\w{1,20} )?(?:springen|runterspringen)\b",
    r"\b(?:will|werde|wurde|mochte) (?:\w{1,20} )?runterspringen\b",
    r"\b(?:morgen|bald|heute nacht) bin ich nicht mehr (?:da|hier)(?: (?:ehrlich|versprochen|fur"
    r" immer|nur damit dus weisst))?$",
    r"\b(?:das ist|dies ist|hier ist) (?:meine|die) letzte nachricht\b(?!(?: \w{1,20}){0,3} (?:fur"
    r" heute|heute|gute nacht|bis morgen))",
    r"\b(?:hund|katze|kater)\b(?: \w{1,20}){0,6} brauch\w{0,2} (?:ihn|sie|es) nicht mehr\b",
    r"\b(?:werde|werd) mich (?:\w{1,20} ){0,3}(?:umbringen|toten|aufhangen|erhangen|erschiessen"
    r"|vergiften)\b" + _NOT_JOKING,
    r"\b(?:halte|halt|ertrage|ertrag) (?:das|dieses|mein) leben (?:nicht mehr|nimmer|kaum noch)\b",
    r"\bmir (?:\w{1,20} ){0,3}(?:ins|in den|in die) (?:bein|arm|hand|bauch|oberschenkel)"
    r" gestochen\b"
    r"(?!(?: \w{1,20}){0,3} (?:beim|kochen|nadel))",
    r"\bkeinen sinn mehr (?:in allem|in gar nichts|in nichts|im leben)\b",
    r"\bmein leben ist (?:sinnlos|wertlos|nichts wert|vorbei|eine qual|die holle)\b",
    r"\b(?:ich|i) (?:bring|bringe) mi (?:\w{1,20} ){0,2}um\b(?! vor)" + _NOT_JOKING,
    r"\b(?:tabletten|pillen|schlaftabletten|strick|seil|klinge|rasierklingen) (?:\w{1,20}"
    r" )?(?:besorgt"
    r"|organisiert)\b(?! (?:gegen|fur))",
    rf"\bbring (?:ich|i) {_MICH} (?:\w{{1,20}} )?um\b(?! vor)" + _NOT_JOKING,
    r"\bpack\w{0,2} (?:des|das|es) (?:alles )?(?:nicht mehr|nimmer|nimma)\b(?: (?:gar nichts mehr"
    r"|echt|wirklich))?$",
    r"\bwie (?:ich|man) (?:es|das|alles) (?:\w{1,20} ){0,2}beend\w{1,3}\b",
    r"\bkeine sorgen mehr um mich\b",
    r"\bbald brauch\w{0,2} (?:ich )?(?:das |des )?(?:alles )?(?:nicht mehr|nimmer)\b",
    r"\bmach\w{0,2} (?:\w{1,20} )?(?:dem ganzen|allem|meinem leben) (?:\w{1,20} )?ein ende\b",
    r"\b(?:sich umbringt|umbringen)\b(?: \w{1,20}){0,12} (?:druber nachdenke|daruber nachdenke|frag"
    r" fur mich|frag weil)\b",
    r"\bseit (?:monaten|wochen|jahren) (?:nen|einen) plan\b",
    r"\blang genug gewartet\b",
    r"\bgenug (?:insulin|tabletten|pillen|schlaftabletten|schmerzmittel)\b",
    r"\bwo man nicht (?:mehr )?zuruckkommt\b",
    r"\b(?:medikamente|tabletten) (?:\w{1,20} )?kombinieren\b",
    r"\b(?:soll|sollte) (?:mich )?(?:doch )?(?:einfach )?(?:umbringen|sterben)\b(?: \w{1,20}){0,8}"
    r" recht\b",
    r"\b(?:heute|heut) (?:wars|ware|war) der richtige (?:abend|tag)\b",
    r"\binnerlich (?:\w{1,20} ){0,2}(?:schon )?abgeschlossen\b",
    r"\bdenk\w{0,1} (?:ich |i )?(?:\w{1,20} ){0,3}(?:ans sterben|an den tod(?! (?:meine|meines"
    r"|von|der|des|vom))|an selbstmord|an suizid)\b",
    r"\bbesser so (?:\w{1,20} )?fur immer\b",
    r"\bdamit (?:ers|er es|sies|sie es) findet\b",
    r"\bversicherung\w{0,8} (?:\w{1,20} ){0,3}(?:konto|passworter)\b",
    r"\bsag (?:\w{1,20} ){0,3}dass (?:die|der|das) (?:versicherung\w{0,14}|testament|brief)\b",
    r"\balles auf (?:meine|meinen) \w{1,15} umschreiben\b",
    r"\bzug\b(?: \w{1,20}){0,8} (?:jeden abend da|ohne halt durch)\b",
    r"\bmit dem messer\b(?: \w{1,20}){0,4} (?:und denk|denk nach)\b",
    r"\bplan fur danach\b",
    r"\bapotheke\w{0,1}\b(?: \w{1,20}){0,6} nicht auffallt\b",
    r"\bkeinen sinn mehr (?:was )?zu planen\b",
    r"\bversteckt\b(?: \w{1,20})? ich weiss aber wo\b",
    r"\bspring (?:ich|i) (?:einfach )?(?:runter|vor den zug)\b",
    # "ich will nicht mehr", "i mag nimma", said and left there
    rf"\b{_ME} (?:will|mag|wott|kann einfach|kann echt|cha) (?:einfach |echt |wirklich |so )?"
    r"(?:nicht mehr|nimmer|nimma|nimmi|num|nume)(?: (?:echt|wirklich|ehrlich|ned|nicht|nimma"
    r"|nimmer|auf gar nichts|gar nichts mehr|leben|lebe|labe|da si|kraft))?(?: (?:echt|wirklich"
    r"|ehrlich"
    r"|ned|nicht|nimma|nimmer|auf|gar|nichts|mehr|leben|lebe|labe|kraft|einfach|so|halt|eh|jetzt"
    r"|heast|oida|alles)){0,5}$",
    r"\b(?:nimmer|nimma|nume|num|nicht mehr) (?:labe|lebe|leben|da si|da sein)\b",
    r"\b(?:ha|hab|habe) kei\w{0,2} kraft (?:meh|mehr)\b",
    # not waking up
    rf"\b(?:{_ME}|man) (?:\w{{1,20}} ){{0,6}}(?:nicht|nie|nimmer|nimma|numm|nie wieder)"
    r"(?: mehr| wieder)? (?:aufwach|aufwache|aufwachen|aufwacht|ufwach|ufwache)\b",
    r"\beinschlafen und (?:nie|nicht) (?:wieder |mehr )?(?:aufwachen|aufwach)\b",
    r"\bwach (?:ich|i) (?:\w{1,20} ){0,2}nicht mehr auf\b",
    # pills counted, saved, laid out, taken in numbers
    rf"\b{_PILLS}\b(?! fur (?:den|die|das) (?:hund|katze|kater|pferd))(?: \w{{1,20}}){{0,9}}"
    rf" (?:gezahlt|gesammelt|gebunkert|gehortet|vor mir"
    r"|in der hand|eingesteckt|in eine tute|rausgeholt|im nachtkastchen)\b",
    rf"\b(?:sammel|sammle|sammele) (?:\w{{1,20}} )?{_PILLS}\b",
    r"\bnehm\w{0,1} sie nicht\b(?: \w{1,20}){0,2} sammel\w{0,1} sie\b",
    rf"\bwie (?:viele|viel) (?:\w{{1,20}} ){{0,4}}{_PILLS}(?: \w{{1,20}}){{0,2}} braucht\b",
    # "die letzten 3 tabletten vom antibiotikum genommen" is a course finished
    rf"(?<!letzten )(?<!letzte )\b(?:\d{{1,3}}|ein paar|viele|alle|zu viele|ne packung"
    rf"|eine packung|die packung|ganze packung) (?:\w{{1,20}} ){{0,2}}{_PILLS}\b"
    rf"(?: \w{{1,20}}){{0,5}} (?:genommen"
    rf"|geschluckt"
    r"|eingeworfen)\b",
    rf"\b{_PILLS} (?:\w{{1,20}} ){{0,4}}genommen (?:nicht alle|alle|viele|mal schaun|mal"
    rf" schauen)\b",
    rf"\b(?:wodka|whisky|whiskey|alkohol|schnaps|wein) und (?:den|die|ein paar|paar) {_PILLS}\b",
    rf"\b{_PILLS} (?:\w{{1,20}} )?(?:und|mit) (?:wodka|whisky|alkohol|schnaps)\b",
    r"\bzu viel (?:paracetamol|tabletten|insulin)\b",
    # goodbyes
    r"\bverabschiede\w{0,2} mich\b(?!(?: \w{1,20}){0,4} (?:in den urlaub|ins wochenende|in den"
    r" feierabend|ins bett))",
    r"\bmich (?:\w{1,20} ){0,4}(?:verabschiedet|verabschieden|verabschiede)\b(?!.{0,60}\b(?:urlaub"
    r"|elternzeit"
    r"|rente|umzug|feier|party|abschiedsfeier|neue stelle|neuen job|ruhestand|kollegen|team)\b)",
    r"\babschied genommen\b(?! von (?:unserem|unserer|meinem|meiner|dem|der|ihm|ihr|oma|opa))",
    r"\bdanke (?:fur|fuer) alles\b(?: \w{1,20}){0,3} (?:pass auf (?:dich|di) auf|du warst immer|war"
    r" (?:schon"
    r"|nett)|bisher)\b",
    r"\b(?:antworte|melde|nicht mehr)\b(?: \w{1,20}){0,2} danke (?:fur|fuer) alles\b",
    r"\bdass ich (?:sie|ihn|euch|dich) (?:immer )?geliebt hab\w{0,1}\b",
    r"\bdass es nicht (?:seine|ihre|eure|deine) schuld (?:ist|war)\b",
    r"\bnicht dass es wegen (?:ihm|ihr|dir) war\b",
    r"\bzeitverzogert\b",
    # not being here soon
    rf"\bwenn {_ME} (?:\w{{1,20}} ){{0,2}}(?:nicht mehr da|nimmer da|nicht mehr|fur immer weg)"
    r" (?:bin|ware"
    rf"|war|bi)\b"
    r"(?! (?:zum|zur|im|auf|in|bei|nachste|nachstes|ab|am|bis|diese|dieses|uber))",
    r"\bwenn(?:s| es) mich nicht mehr gibt\b",
    rf"\b(?:bin|bi) (?:{_ME} )?(?:eh |vermutlich |wohl )(?:schon |bald |nicht mehr lang\w{{0,1}} )"
    r"(?:weg|da)\b(?! (?:zum|zur|im|auf|in|bei|nach|vom|von|mit))",
    r"\b(?:ich glaub|i glaub) (?:ich|i) bin bald (?:weg|nicht mehr da)\b",
    r"\bbis dahin bin ich (?:tot|nicht mehr da|nicht mehr)\b",
    r"\b(?:ob|dass) ich (?:\w{1,20} ){0,2}(?:morgen|das wochenende|die nacht) (?:noch da bin"
    r"|noch erlebe|nicht mehr erleben|nicht schaffe|noch schaffe)\b",
    r"\bdas wochenende (?:noch|nicht mehr) (?:erlebe|erleben)\b",
    r"\b(?:falls|wenn) (?:ich|i) (?:mich )?(?:\w{1,20} ){0,2}(?:morgen|heute nacht|bald)"
    r" (?:\w{1,20} )?nicht (?:mehr )?(?:antworte|melde)\b(?! (?:bin ich|weil))"
    r"(?!(?: \w{1,20}){0,5} (?:akku|netz|empfang|urlaub|festival|arbeit|meeting|flug|flugzeug))",
    r"\b(?:umschlag|passwort|brief|schlussel|unterlagen)\b(?: \w{1,20}){0,6} falls (?:was|etwas)"
    r" ist\b",
    r"\bsucht (?:bitte )?nicht nach mir\b",
    r"\b(?:lesen|rankommt|ran kommt) nach mir\b",
    r"\bnach mir an alles\b",
    r"\bnichts (?:mehr )?ubrig (?:sein|bleiben)\b",
    r"\b(?:ohne rueckfahrkarte|ohne ruckfahrkarte)\b",
    r"\b(?:ich )?komm\w{0,1} nicht (?:mehr )?zuruck$",
    # giving things away, papers in order, a will
    r"\bmeine sachen (?:zu )?(?:verschenk\w{0,2}|verteilt)\b",
    r"\b(?:verschenkt|verschenke|geschenkt|gschenkt|verschankt|verteilt|abgegeben|gebracht)\b"
    r"(?: (?!alte)\w{1,20}){0,8} (?:brauch|bruuch|bruuchs|brauchs)\w{0,2} (?:ich |i )?(?:das |des"
    r" )?"
    r"(?:ja|eh|jo eh|alles|bald) (?:\w{1,20} ){0,2}(?:nicht mehr|nimmer|nimma|nichts mehr|nume)\b",
    r"\bfehlt nur noch ich\b",
    r"\bsoll (?:sie|er|es) (?:gut )?haben wenn ich\b",
    r"\bsoll es gut haben\b",
    r"\bneues zuhause (?:sucht|suchen)\b(?: \w{1,20}){0,6} (?:ich|mach)",
    r"\bmein testament\b(?! brauch)" + _NOT_JOKING,
    r"\btestament (?:\w{1,20} ){0,3}(?:mit |bin )[1-3]\d\b",
    r"\bpapiere geordnet\b",
    r"\balles zurechtgelegt\b",
    r"\bentschieden\b(?: \w{1,20}){0,2} alles geregelt\b",
    r"\bmich entschieden (?:\w{1,20} )?es zu tun\b",
    r"\bin ruhe alles regeln\b",
    r"\bpassworter (?:\w{1,20} ){0,3}(?:aufgeschrieben|aufzuschreiben)\b",
    r"\bbriefe (?:fur|an) (?:alle|jeden)\b",
    r"\bbriefe geschrieben fur\b",
    r"\bbrief an (?:meine|meinen) (?:kinder|eltern|tochter|sohn|familie)\b(?: \w{1,20}){0,4}"
    r" (?:fertig|geschrieben|briefkasten)\b",
    r"\bbrief im nachttisch\b",
    r"\blebensversicherung zahlt\b",
    r"\b(?:auf|an) meiner beerdigung\b",
    r"\b(?:vor|vorstellen) wie (?:die|meine) beerdigung\b",
    r"\b(?:playlist|musik|lieder) fur (?:die|meine) beerdigung\b",
    r"\b(?:abschiedsvideo|abschiedsnachricht)\w{0,2}\b",
    # means: rope, blade, gun, car exhaust, heights, trains
    r"\b(?:strick|seil|gurtel|schlinge)\b(?! fur (?:die|den|das) (?:schaukel|hangematte|zelt|boot"
    r"|kletter\w{0,6}"
    r"|waschleine|tannenbaum|hose))(?: \w{1,20}){0,6} (?:aufgehangt|aufgehangen|festgemacht"
    r"|im keller|im kofferraum|gedacht|halt)\b",
    r"\bschlinge\b",
    r"\b(?:rasierklinge\w{0,2}|klinge|klingen|rasiermesser)\b(?: \w{1,20}){0,3} (?:wieder"
    r" rausgeholt"
    r"|rausgeholt|versteckt|unterm kopfkissen|neben dem bett|behalten|und lang|gekauft|kauft)\b",
    r"\b(?:ne|eine|a|n) klinge (?:ge)?kauft\b",
    r"\bmit der klinge\b",
    r"\b(?:in der garage|garage zu|motor an) (?:\w{1,20} ){0,2}(?:laufen (?:lassen|gelassen)"
    r"|hab)\b",
    r"\bgarage (?:\w{1,20} )?abgedichtet\b",
    r"\b(?:mit dem|den) schlauch im kofferraum\b",
    r"\bauto und den schlauch\b",
    r"\b(?:pistole|gewehr|waffe|revolver) (?:\w{1,20} ){0,9}(?:angeschaut|code kenn\w{0,2}"
    r"|denk\w{0,2} (?:standig|dauernd|immer) (?:dran|daran))\b",
    r"\b(?:steh|stehe|stand|sitz|sitze|bin) (?:\w{1,20} ){0,3}(?:auf|an) der"
    r" (?:\w{0,12}brucke|kante|bahnsteigkante|dachkante)\b(?!(?: \w{1,20}){0,4} (?:sonne"
    r"|geniess\w{1,3}"
    r"|foto|fotos|aussicht|picknick))",
    r"\b(?:auf|an) der (?:\w{0,12}brucke|kante) gestanden\b(?!(?: \w{1,20}){0,5} (?:sterne"
    r"|sternschnuppen|aussicht|sonnenuntergang|sonne|foto|fotos|grillen|party|geniess\w{1,3}"
    r"|genossen|picknick))",
    r"\bam (?:gelander|gleis|abgrund|bahnsteig) (?:\w{1,20} ){0,2}(?:gestanden|steh|stehe"
    r"|gesessen)\b",
    r"\bsteh\w{0,2} (?:\w{1,20} ){0,3}am gleis\b",
    r"\ban die gleise gesetzt\b",
    r"\b(?:welche|die nachste|nachste) (?:\w{0,12}brucke|hohe|stock)\b(?: \w{1,20}){0,3}"
    r" (?:hoch genug|am hochsten|reicht|reichen)\b",
    r"\b(?:hohe|stock) (?:\w{1,20} )?(?:reicht|wurde reichen)\b",
    r"\bhohe und aufprall\b",
    r"\bdenk\w{0,2} (?:\w{1,20} ){0,3}an die (?:brucke|gleise|schienen)\b",
    r"\b(?:balkon|fenster|dach)\w{0,4}\b(?: \w{1,20}){0,8} (?:\w{2,10}ter|\d{1,2}) stock\b"
    r"(?: \w{1,20}){0,2} (?:angeschaut|runtergeschaut|aufgemacht|wurde reichen|reicht)\b",
    r"\b(?:angeschaut|runtergeschaut) (?:\w{2,10}ter|\d{1,2}) stock\b",
    r"\b(?:\w{2,10}ter|\d{1,2}) stock (?:aufgemacht|wurde reichen|reicht)\b",
    r"\bbeine raus\b",
    r"\b(?:aufm|auf dem) dach\b(?: \w{1,20}){0,3} (?:gstandn|gestanden|gstanden|und denk)\b(?!(?:"
    r" \w{1,20}){0,5} (?:sterne|sternschnuppen|aussicht|sonnenuntergang|sonne|foto|fotos|grillen"
    r"|party|geniess\w{1,3}|genossen|picknick))",
    r"\b(?:bin|steh|stehe|sitz|sitze) (?:grad |gerade |jetzt )?(?:aufm|auf dem) dach\b",
    r"\b(?:kommt man|komm ich) (?:\w{1,20} )?aufs dach\b",
    r"\bzug (?:\w{1,20} ){0,2}rausgesucht\b",
    r"\bnicht mehr (?:umzudrehen|umdrehen)\b",
    r"\bwenn (?:er|sie) schluss macht spring ich\b",
    r"\bspring (?:ich|i)$",
    # hurting oneself
    r"\b(?:hab|habe|wieder|mich|mir|ich|i) (?:\w{1,20} ){0,2}geritzt\b",
    r"\b(?:hab|habe|ich) mich (?:(?:wieder|schon wieder|heute|gestern|heut|nur|ein bisschen"
    r"|absichtlich) ){0,2}geschnitten\b",
    r"\b(?:ich )?(?:schneid|schneide) mich\b(?! (?:beim|am|mit dem papier))",
    r"\b(?:das erste mal|ein bisschen|absichtlich) geschnitten\b",
    r"\bgeschnitten absichtlich\b",
    r"\bmir (?:\w{1,20} ){0,3}(?:die |den |in die |in den )(?:arm|arme|oberschenkel|unterarm"
    r"|unterarme|handgelenk|handgelenke|beine|bein|haut)\w{0,2} (?:\w{1,20} ){0,2}(?:geschnitten"
    r"|schneide|schneid|aufgekratzt|verbrannt|aufgeschnitten)\b(?!(?: \w{1,20}){0,3} (?:beim"
    r"|kochen|gemuse|pflaster))",
    r"\b(?:feuerzeug|zigarette)\b(?: \w{1,20}){0,4} (?:verbrannt|verbrenn\w{0,2})\b",
    r"\bverbrenn\w{0,2} mich (?:wieder|immer|absichtlich)\b",
    r"\b(?:mir|mich|kopf|arme|arm|haut|oberschenkel)\b(?: \w{1,20}){0,6} bis es (?:weh tut|wehtut"
    r"|blutet)\b",
    r"\bschlag\w{0,2} mich (?:selb\w{1,3})\b",
    r"\b(?:hau|schlag|schlage|haue) mir (?:\w{1,20} ){0,3}(?:den kopf|die faust|gegen den kopf"
    r"|mit der faust)\b",
    r"\bnarben (?:an|auf) (?:den|meinen) (?:oberschenkeln|armen|unterarmen|handgelenken)\b",
    r"\b(?:unterarme|arme) sehen aus wie\b",
    r"\bverletz\w{0,2} mich (?:damit|selbst|wieder|weil)\b",
    r"\bmich (?:selbst )?zu verletzen\b",
    # a burden, better off without me, no point
    r"\b(?:bin|ich bin) (?:\w{1,20} ){0,2}(?:nur |eh nur |doch nur |halt )?(?:ne|eine|n)"
    r" (?:last|belastung)\b",
    r"\b(?:last|belastung) fur (?:alle|euch)\b",
    r"\bklotz am bein\b",
    r"\b(?:leichter|einfacher|besser|ruhe|erleichtert) (?:\w{1,20} ){0,3}wenn (?:ich|i)\b"
    r"(?: \w{1,20}){0,4} (?:nicht mehr|verschwinde|weg|tot|aufwach)",
    rf"\bwenn {_ME} (?:\w{{1,20}} ){{0,2}}(?:verschwinde|nicht mehr da war|nicht mehr da ware"
    r"|weg ware|weg war|tot ware|tot war)\b",
    r"\b(?:erspar|erspare) (?:\w{1,20} )?allen\b",
    r"\beuch (?:das )?nicht (?:langer|mehr) antun\b",
    r"\b(?:niemand|keiner) (?:wurd\w{0,2}|wird|tat) (?:mich|es) (?:\w{1,20} ){0,2}(?:vermissen"
    r"|merken)\b",
    r"\bwarum (?:bin ich|lebe ich|leb ich) (?:\w{1,20} ){0,2}noch (?:hier|da|am leben)\b",
    r"\bwofur (?:ich )?(?:\w{1,20} ){0,2}(?:aufstehe|aufstehen soll|noch lebe|lebe)\b",
    r"\bwozu noch\b(?: (?:ehrlich|echt|leben|weitermachen|aufstehen|wozu)){0,3}$",
    r"\b(?:alles|das alles|mein leben|das leben) (?:\w{1,20} )?(?:hat )?keinen sinn mehr\b",
    r"\bkeinen sinn mehr\b(?: \w{1,20}){0,2} (?:ohne|mit) (?:ihm|ihr|mir|ihn)\b",
    r"\bkeinen sinn mehr hat\b",
    r"\b(?:an|einen) sinn hat mit mir\b",
    r"\b(?:seh|sehe|seh ich|sehe ich) (?:\w{1,20} ){0,2}keinen grund mehr\b",
    r"\bkeine zukunft\b(?: \w{1,20}){0,4} will (?:auch )?keine\b",
    r"\bich bin sinnlos\b",
    r"\bes wird (?:nie|nicht mehr|nimmer) besser\b",
    r"\b(?:egal|wurscht) (?:\w{1,20} ){0,2}ob ich (?:lebe|leb|sterbe|sterb|tot bin)\b",
    r"\bnichts (?:mehr )?gegessen\b(?: \w{1,20}){0,6} (?:egal|aufhoren|aufgibt)\b",
    r"\b(?:esse|ess) (?:\w{1,20} ){0,2}nichts mehr\b(?: \w{1,20}){0,4} (?:egal|aufhoren)\b",
    r"\bkorper (?:\w{1,20} ){0,2}aufgibt\b",
    r"\bmude vom leben\b(?! (?:in|auf|als|im))",
    r"\bpack\w{0,2} (?:des|das) leben (?:nicht mehr|nimma|nimmer)\b",
    r"\bkein\w{0,1} (?:bock|lust|nerv|kraft) mehr auf (?:dieses|das|mein) leben\b(?! (?:in|als|auf"
    r"|im|mit"
    r"|hier))" + _NOT_JOKING,
    r"\bleben ist (?:eine|nur eine|ne) (?:last|qual)\b",
    r"\bnicht mehr aus in meinem kopf\b",
    r"\b(?:will|mocht\w{0,2}|soll) (?:\w{1,20} ){0,3}(?:dass es|es) (?:\w{1,20} )?(?:aufhort"
    r"|aufhoren)\b(?: \w{1,20}){0,6} (?:fur immer|keinen (?:anderen )?weg|endgultig)\b",
    r"\bseh\w{0,2} (?:\w{1,20} )?keinen anderen (?:weg|ausweg)\b",
    r"\bsoll (?:halt |einfach )?aufhoren$",
    r"\b(?:es )?soll nicht mehr weitergehen\b",
    r"\b(?:aufhoren|schluss) mit allem\b",
    r"\bmit allem (?:aufhoren|schluss)\b",
    r"\bmach (?:ich |i )?(?:heut\w{0,1} nacht |heute nacht |dann |einfach )schluss\b(?! mit"
    r" (?:ihm|ihr|dir|euch|dem|der)| fur heute)",
    r"\b(?:einfach|heut nacht|heute nacht) schluss machen\b(?! mit)",
    r"\bschluss nicht mit (?:ihr|ihm) mit allem\b",
    r"\blieber tot\b" + _NOT_JOKING,
    r"\b(?:morgen|bald) ist (?:es|alles) vorbei\b(?! mit)",
    r"\blieber (?:es|alles) (?:war|ware) vorbei\b",
    r"\bdass das alles bald vorbei ist\b",
    r"\bes ist dann (?:halt )?vorbei\b",
    r"\b(?:plan|plane|planen|uberlegt|uberleg|uberleit|uberlege|geschaut|gegoogelt|nachgedacht"
    r"|anzuschauen) (?:\w{1,20} ){0,3}wie (?:ich|i|man) (?:es |s |das )?(?:\w{1,20} ){0,2}(?:mach"
    r"|mache|machen wurde|macht|beendet|tu|tue)\b(?!(?: \w{1,20}){0,2} (?:mit der|mit dem|zum"
    r" geburtstag|fur die party))",
    r"\bwie (?:ichs|ich es|ich s) (?:mach|mache)\b",
    r"\b(?:uberlegt|uberleg|uberlegen) wie$",
    r"\bwo mich (?:keiner|niemand) findet\b",
    r"\bmich nicht findet\b",
    r"\bhoff\w{0,2} dass (?:was|etwas|mir was) passiert\b",
    r"\b(?:heute nacht|bald) folge\b",
    r"\b(?:baby|mann|frau|kind) hinterher will\b",
    r"\b(?:ausgestellt|ruhe|aufhort|aufhoren|einschlafen|schlafen|verschwinden|verschwinde)"
    r" fur immer\b(?! von)" + _NOT_JOKING,
    r"\balles keinen zweck\b",
    r"\bnicht mehr hier sein will\b",
    r"\bauf das ende warten\b",
]

_DID = (
    r"(?:geschlagen|gewurgt|getreten|verprugelt|vergewaltigt|eingesperrt|eingeschlossen|gesperrt"
    r"|ausgesetzt|angespuckt|geschleift|erwurgt|misshandelt|gebissen|geschubst|geboxt|gezerrt"
    r"|geschleudert|geschmissen|gestossen|ubergossen|angefahren|gefesselt"
    r"|(?<!gerade noch )(?<!grad noch )(?<!noch rechtzeitig )festgehalten"
    r"|gegen (?:die|den|das) \w{1,20} geworfen|an die wand geworfen"
    r"|(?:am|an den) (?:hals|kragen|haaren|arm) gepackt|so fest gepackt"
    r"|an den haaren (?:\w{1,20} ){0,4}gezogen|gegen (?:die|den|das) \w{1,20} gedruckt|aufs bett"
    r" gedruckt"
    r"|zu boden geworfen|aus dem \w{1,20} ?\w{0,10} geworfen|ins gesicht gespuckt|gschlage|gschlagn"
    r"|ghaut)"
)

IN_DANGER_MORE = [
    r"\b(?:sagt|seit|meint|meinte|gesagt)\b(?: \w{1,20}){0,3} (?:ich|i) (?:\w{1,20} ){0,3}"
    r"(?:tollpatschig|ungeschickt|selber schuld|selbst schuld)\b" + _NOT_JOKING,
    r"\b(?:gedroht|droht|drohte|sagt|gesagt)\b(?: \w{1,20}){0,4} (?:die kinder|uns|meine familie"
    r"|meine eltern|meine mama|den hund) (?:\w{1,20} )?(?:umzubringen|zu toten|umbringt"
    r"|was anzutun)\b",
    r"\bangst\b(?: \w{1,20}){0,3} (?:er|sie) (?:bringt|totet) (?:mich|uns|mi) (?:\w{1,20}"
    r" ){0,3}um\b",
    r"\b(?:messer|waffe|pistole|hammer)\b(?: \w{1,20}){0,3} (?:und )?(?:droht|bedroht) (?:mir"
    r"|mich)\b",
    r"\b(?:stiefvater|vater|onkel|opa|bruder|cousin|chef|lehrer|trainer) (?:\w{1,20} )?(?:fasst"
    r"|fasste|begrapscht|betatscht|beruhrt) mich\b",
    r"\b(?:fasst|begrapscht|betatscht) mich (?:\w{1,20} )?(?:unten|unsittlich|an stellen|ungefragt"
    r"|gegen meinen willen)\b",
    r"\b(?:hat|hatte) (?:er|sie) (?:\w{1,20} ){0,2}(?:das|ein|sein|ne|die) (?:\w{0,10}messer"
    r"|pistole|waffe)\b(?: \w{1,20}){0,5} (?:gesagt|gezeigt|gedroht)\b",
    r"\b(?:ich|i) (?:werd|werde|wird) (?:\w{1,20} ){0,4}(?:geschlagen|verprugelt|gewurgt"
    r"|vergewaltigt)\b",
    r"\bwenn ich dich\b(?: \w{1,20}){0,4} bist du dran\b",
    r"\buberall zettel von (?:ihm|ihr)\b",
    r"\b(?:hand|finger) (?:\w{1,20} ){0,3}geklemmt\b",
    r"\b(?:er|sie) (?:mich|mi) (?:\w{1,20} )?(?:verfolgt|stalkt)\b",
    r"\b(?:schubst|stosst|tritt|schlagt|wurgt) (?:mich|mi) (?:aus|gegen|die|zu|auf)\b",
    r"\b(?:er|sie) hat (?:\w{1,20} ){0,4}die treppe (?:runter ?geschubst|runtergestossen|runter"
    r" gestossen|runtergeworfen)\b",
    r"\bweg und schliesst ab\b",
    r"\bverlier ich mein (?:visum|aufenthalt\w{0,10})\b",
    r"\bpolizei gerufen\b(?: \w{1,20}){0,6} (?:ich hab gesagt|gesagt es war)\b",
    r"\bseh (?:meine|meinen|die) \w{1,12} erst wieder wenn\b",
    rf"\b(?:hat|hatte|het|hot|hod) (?:er|sie) {_MICH}(?!(?: \w{{1,20}}){{0,4}} (?:beim|im)"
    r" (?:fussball|training|spiel|sport|handball|basketball|judo|karate|boxen|kampfsport|rugby"
    rf"|eishockey)\b) (?:\w{{1,20}} ){{0,6}}{_DID}\b" + _NOT_PLAY,
    rf"\b(?:hat|hatte|het|hot|hod) {_MICH}(?!(?: \w{{1,20}}){{0,4}} (?:beim|im) (?:fussball"
    r"|training|spiel|sport|handball|basketball|judo|karate|boxen|kampfsport|rugby|eishockey)\b)"
    rf" (?:\w{{1,20}} ){{0,8}}{_DID}\b" + _NOT_PLAY,
    rf"\b(?:er|sie) {_MICH} (?:\w{{1,20}} ){{0,5}}{_DID} hat\b",
    rf"\bund {_MICH} (?:\w{{1,20}} ){{0,3}}{_DID}\b" + _NOT_PLAY,
    rf"\b(?:er|sie|der|freund|mann|mo|ex) (?:\w{{1,20}} )?{_HIT_NOW} mi\b",
    r"\b(?:hat|hatte|het|hot) (?:er |sie )?(?:mir|ma) (?:\w{1,20} ){0,3}(?:eine|ne|a|an)"
    r" (?:ohrfeige|watschn|watsche|schelle|gscheuert) (?:gegeben|gebn|geknallt|verpasst)\b",
    r"\b(?:ne|a) (?:ohrfeige|watschn) (?:gegeben|gebn)\b",
    r"\b(?:er|sie|hat|hatte) (?:\w{1,20} ){0,3}mir (?:\w{1,20} ){0,3}(?:die haare"
    r" (?:raus|aus)gerissen|in den bauch (?:getreten|geboxt|geschlagen)|den arm (?:umgedreht"
    r"|verdreht)|die rippe gebrochen|ins gesicht (?:geboxt|geschlagen|gespuckt|getreten)|den gurtel"
    r" ubergezogen|die luft abgedruckt|(?:die )?hand (?:\w{1,20} ){0,2}(?:geklemmt|gedruckt)"
    r"|(?:heissen )?kaffee (?:\w{1,20} ){0,2}(?:gekippt|geschuttet)|ne gabel|eine gabel"
    r"|die haare abgeschnitten wahrend)\b",
    r"\bin den bauch (?:getreten|geboxt|geschlagen)\b",
    r"\b(?:kissen|hand|hande) (?:\w{1,20} ){0,2}(?:aufs|auf mein|auf meinen|auf das) (?:gesicht"
    r"|mund)\b",
    r"\bkabelbinder\b",
    r"\bkopf unter wasser\b",
    r"\bluft abgedruckt\b",
    r"\bmit (?:dem|nem|einem) gurtel\b",
    r"\b(?:blaue flecken|blaue flacke|bluterguss|blutergusse|wurgemale|striemen)\b(?:"
    r" \w{1,20}){0,4}"
    r" (?:am hals|uberall|betrunken|gesagt|erzahlt|versteckt|rollkragen|am rucken|von ihm|von"
    r" ihr)\b"
    r"(?!(?: \w{1,20}){0,4} (?:vom|beim) (?:spielplatz|klettern|sport|umzug|fussball|training))",
    r"\b(?:blaue flecken|bluterguss|blutergusse|striemen) am (?:hals|ruck\w{0,2}|arm)\b",
    r"\bwurgemale\b",
    r"\b(?:gesagt|erzahlt|gseit|gsagt) (?:\w{1,20} ){0,2}(?:ich bin|i bi|es war|ich hab mich)"
    r" (?:\w{1,20} ){0,4}(?:gesturzt|gsturzt|ausgerutscht|gestolpert|gelaufen|gefallen"
    r"|knutschfleck|tollpatschig|verbrannt)\b(?! beim (?:joggen|sport|fussball|skifahren|klettern"
    r"|radfahren))",
    r"\boffiziell bin ich\b",
    r"\bmit sonnenbrille (?:zur arbeit|zum fruhstuck|ins buro|zur schule)\b",
    r"\bmein kopf blutet\b",
    # weapons shown, held, waiting
    r"\b(?:droht|drohte|wartet|steht|gedroht|bedroht)\w{0,2} (?:\w{1,20} ){0,3}(?:mit (?:dem|einem"
    r"|am|nem|ner|der)|mitm) (?:\w{0,10}messer|hammer|hackl|axt|waffe|pistole|gurtel"
    r"|baseballschlager)\b",
    r"\bmit(?:m| dem| einem| am| nem| der) (?:\w{0,10}messer|hammer|hackl|axt|waffe|pistole)"
    r" (?:\w{1,20} ){0,3}(?:droht|gedroht|bedroht|auf mich|vor da tur|vor der tur)\b",
    r"\b(?:er|sie) (?:hat|hatte) (?:\w{1,20} ){0,3}(?:ne|eine|die|seine|das|ein|ihr|den)"
    r" (?:\w{0,10}messer|waffe|pistole|dienstwaffe|gewehr|hammer)\b(?: \w{1,20}){0,5} (?:gezeigt"
    r"|gesagt|an die|an meinen|auf den tisch|rausgeholt|in der hand|zeigt|geputzt|legt)\b",
    r"\b(?:dienst)?(?:waffe|pistole) (?:\w{1,20} ){0,2}an (?:die|meine|meinen) (?:schlafe|kopf"
    r"|stirn|hals)\b",
    r"\bmesser unterm kopfkissen\b",
    r"\bwartet (?:er|sie) mit dem\b",
    # threats to life
    r"\bwenn (?:ich|du|i) (?:\w{1,20} ){0,3}(?:verlass\w{0,2}|abhaust|gehst|gehe|geh|ausziehst"
    r"|schluss mach\w{0,2}|schrei|schreie) (?:\w{1,20} ){0,2}(?:bin ich|bist du|sieht mich)"
    r" (?:tot|dran|fallig|keiner)\b",
    r"\bbist du (?:fallig|tot)\b" + _NOT_JOKING,
    r"\b(?:nachste mal|nachstes mal|beim nachsten mal) bin ich dran\b(?! (?:mit|zu))",
    r"\bdann bist du dran\b(?! (?:mit|zu))" + _NOT_JOKING,
    r"\bmich (?:keiner|niemand) mehr lebend\b",
    r"\berlebe ich (?:das wochenende|den morgen|die nacht|morgen) nicht\b",
    r"\b(?:gesagt|gsagt|gseit|gsogt|schreibt|schribt|geschrieben|droht|gedroht|sagt|meint"
    r"|meinte)\b(?: \w{1,20}){0,4} (?:(?:bring|bringe|bringt) (?:ich|er|sie)|(?:ich|er|sie)"
    r" (?:bring|bringe"
    r"|bringt)) (?:mich|mi|dich|di|uns)"
    r"(?: \w{1,20}){0,2} um\b" + _NOT_JOKING,
    r"\b(?:dass|das) (?:er|sie) (?:mich|mi|uns) (?:\w{1,20} )?umbringt\b",
    r"\b(?:sich|mich) und (?:mich|dann sich|sich|uns) (?:\w{1,20} ){0,2}um(?:bringt)?\b",
    r"\b(?:mich|mi) (?:absticht|ersticht|erschiesst|erschlagt|abknallt)\b",
    r"\b(?:erschlagt|ersticht|erschiesst) (?:er|sie) (?:mich|mi)\b",
    r"\bihre frauen umbringen\b",
    r"\b(?:die ist|ist die|benutzt er sie|benutzt sie sie) fur uns beide\b",
    r"\bmich verschwinden lassen\b",
    r"\b(?:er )?findet (?:mich|uns|mi) (?:uberall|schon)\b",
    r"\bschreibt (?:\w{1,20} ){0,2}(?:er|sie) findet (?:mich|uns)\b",
    r"\bwerd\w{0,1} dich finden\b",
    r"\bweiss (?:ich )?wo du wohnst\b",
    r"\bweiss wann ich allein bin\b",
    r"\bwir werden (?:schon )?sehen was passiert\b",
    r"\bes wird (?:\w{1,20} ){0,2}(?:richtig )?knallen\b",
    r"\bgibts arger (?:also )?richtig\b",
    r"\bkugel in den briefkasten\b",
    # stalking
    r"\b(?:mein ex\w{0,6}|meine ex\w{0,6}|meinem ex\w{0,6}|ex freund\w{0,2}|der vater \w{1,10}"
    r" \w{1,10})\b"
    r"(?: \w{1,20}){0,7} (?:vor meine\w{0,2} (?:haus|tur|wohnung|arbeit)|vorm hotel|vor der kita"
    r"|vor der schule|beim spielplatz|uberall auf|taucht|lauert|gefolgt|folgt|an meinem haus|in"
    r" meiner wohnung"
    r"|tracker|in meine wohnung|schlussel zu meiner|wohnungstur|von innen|zettel)\b",
    r"\bsteht (?:\w{1,20} ){0,3}vor (?:meiner|meinem|der) (?:arbeit|haus|wohnung|tur|kita|schule)\b"
    r"(?!(?: \w{1,20}){0,3} (?:mit blumen|und klingelt mit))",
    r"\blauert mir\b(?: \w{1,20}){0,3} auf\b",
    r"\btaucht (?:\w{1,20} )?uberall auf\b",
    r"\b(?:gps )?tracker (?:\w{1,20} )?(?:an mein|ans|am|an meinem) auto\b",
    r"\b(?:mir|mich) (?:\w{1,20} ){0,3}gefolgt\b",
    r"\bstand er (?:\w{1,20} ){0,2}(?:in meinem|vor meinem|an meinem) (?:schlafzimmer|bett)\b",
    r"\bnachts (?:\w{1,20} ){0,3}in meinem schlafzimmer\b",
    r"\bin meine wohnung geschlichen\b",
    r"\bkamera im schlafzimmer versteckt\b",
    r"\bfind my\b(?: \w{1,20}){0,4} wo ich bin\b",
    r"\bunterdruckter nummer\b",
    r"\bkontaktverbot\b",
    r"\bfrauenhaus\b(?: \w{1,20}){0,3} (?:gespeichert|beratung)\b",
    r"\bunter (?:einem )?(?:anderen|falschen) namen\b",
    # locked in, hiding, afraid to go home
    r"\b(?:abgeschlossen|abgesperrt|verriegelt|zugesperrt) (?:\w{1,20} ){0,3}(?:schlussel"
    r" mitgenommen|ich komm\w{0,2} (?:hier )?(?:nicht|erst) raus|ich bin seit)\b",
    r"\b(?:tur|wohnungstur|haustur) (?:\w{1,20} )?(?:abgeschlossen|abgesperrt|verriegelt)"
    r" (?:\w{1,20} ){0,3}(?:schlussel mitgenommen|komm\w{0,2} (?:hier )?nicht raus|bin seit)\b",
    rf"\b{_MICH} (?:\w{{1,20}} ){{0,3}}(?:im bad|im badezimmer|im klo|im zimmer|im keller)"
    r" (?:eingesperrt|eingsperrt|eingeschlossen|versteckt)\b(?!(?: \w{1,20}){0,4} (?:ruhe|baden"
    r"|aus versehen))",
    r"\b(?:bin|sind) (?:\w{1,20} )?eingesperrt\b(?! im aufzug)" + _NOT_JOKING,
    r"\b(?:komm|komme) (?:hier )?(?:nicht|erst) raus\b",
    r"\bdarf nicht raus ohne (?:ihn|sie)\b",
    r"\b(?:lasst|lasst) mich nicht (?:aus der wohnung|zum arzt)\b",
    rf"\b(?:trau|traue) {_MICH} (?:\w{{1,20}} ){{0,2}}(?:nicht|ned|nod) (?:\w{{1,20}} )?(?:rein"
    rf"|heim"
    r"|hoam|nach hause|zu schlafen|schlafen|zur polizei)\b(?!(?: \w{1,20}){0,6} (?:ob ich mich"
    r"|spinne|zeugnis"
    r"|mama|papa|dunkel|kalt|regen))" + _NOT_JOKING,
    r"\bangst\b(?: \w{1,20}){0,6} (?:er|sie) kommt (?:heut|gleich|bald)\b",
    r"\b(?:er|sie) kommt (?:\w{1,20} ){0,4}(?:und )?ich (?:hab|habe) angst\b",
    r"\bangst dass (?:er|sie) (?:\w{1,20} ){1,3}(?:ausrastet|durchdreht)\b",
    r"\b(?:ruf|rufe|ruft) (?:\w{1,20} )?die polizei\b(?: \w{1,20}){0,3} (?:er|sie) (?:dreht"
    r"|rastet|schlagt|ist)\b",
    r"\bhilfe (?:er|sie) (?:steht|ist|kommt|schlagt)\b",
    r"\b(?:steht|ist) vor der tur und (?:schreit|tritt|hammert|brullt)\b",
    r"\b(?:tritt|schlagt|hammert|tritt) gegen die tur\b",
    r"\bgefluchtet\b(?: \w{1,20}){0,6} (?:findet|angerufen|schreibt)\b",
    r"\b(?:versteckt|verstecken) (?:\w{1,20} ){0,3}(?:als|wenn|weil) (?:papa|er|mama) (?:\w{1,20}"
    r" )?"
    r"(?:schreit|geschrien|brullt|kommt|ausrastet)\b",
    r"\bauf dem (?:\w{0,12}parkplatz) geschlafen\b",
    r"\bwartet er\b(?: \w{1,20}){0,2} (?:messer|hammer)\b",
    # sexual violence
    r"\bnein (?:gesagt|gsagt|sage|sag)\b(?: \w{1,20}){0,4} (?:trotzdem|hort nicht auf|macht weiter"
    r"|weiter gemacht)\b",
    r"\bobwohl ich nein (?:gesagt|sage|sag|gsagt)\b",
    r"\b(?:hort|hoert) nicht auf wenn ich nein\b",
    r"\b(?:nicht will|nein)\b(?: \w{1,20}){0,6} (?:macht es trotzdem|hats trotzdem|trotzdem"
    r" gemacht)\b",
    r"\b(?:dinge|sachen) (?:zu )?(?:machen|tun) die ich nicht (?:will|wollte|mag)\b",
    r"\b(?:zwingt|zwang|gezwungen)\b(?: \w{1,20}){0,5} (?:pornos|auszuziehen|zu schlafen"
    r"|nachzuspielen|im bett|sex)\b",
    r"\bk ?o tropfen\b",
    r"\bwas ins (?:getrank|glas|trinken) (?:gemacht|getan|gemischt)\b",
    r"\bsagt ich muss\b(?: \w{1,20}){0,3} seine frau\b",
    r"\bmich dabei gefilmt\b",
    r"\b(?:mich|mir) (?:\w{1,20} ){0,2}heimlich (?:aufgenommen|gefilmt)\b",
    r"\bheimlich aufgenommen von (?:ihm|ihr)\b",
    r"\bnachts in ihr zimmer\b",
    r"\b(?:nacktbilder|nacktfotos|nackt fotos|nackt bilder|nacktvideo\w{0,2}|intime (?:fotos"
    r"|bilder|videos))\b(?: \w{1,20}){0,6} (?:droht|posten|schickt|geschickt|verschicken"
    r"|veroffentlich\w{1,4}|allen|an meine\w{0,1})\b",
    r"\bvideo von mir\b(?: \w{1,20}){0,4} (?:schickt|allen|heimlich)\b",
    # children and animals
    r"\b(?:er|sie|papa|mein mann|mein freund|mein partner|meine frau) (?:\w{1,20} ){0,2}(?:schlagt"
    r"|schlaegt|haut|tritt|schuttelt)\b (?:\w{1,20} ){0,2}(?:den kleinen|die kleine|den grossen"
    r"|die grosse|das baby|unser baby|unseren sohn|unsere tochter|meinen sohn|meine tochter"
    r"|die kinder|das kind)\b",
    r"\b(?:er|mein mann|mein freund|mein partner|sie) hat (?:\w{1,20} ){0,2}(?:das baby|unser baby"
    r"|den kleinen|die kleine|unseren sohn|unsere tochter|meinen sohn|meine tochter)"
    r" (?:\w{1,20} ){0,4}(?:geschuttelt|geschlagen|getreten|gepackt|gedruckt|gehauen"
    r"|hochgehoben)\b",
    r"\b(?:papa|er|mein partner|mein mann|stiefvater) (?:\w{1,20} ){0,2}(?:ihr|ihm) (?:wehtut|weh"
    r" tut)\b",
    r"\b(?:er|papa) (?:fasst|fasste) (?:sie|ihn) (?:\w{1,20} )?an\b",
    r"\bdass er (?:sie|ihn) anfasst\b",
    r"\bpapa (?:dich|mama) (?:gehauen|geschlagen)\b",
    r"\bwie er mich (?:\w{1,20} ){0,3}(?:getreten|geschlagen|gewurgt)\b",
    r"\bvom balkon fallen zu lassen\b",
    r"\b(?:er|sie) (?:hat )?(?:\w{1,20} ){0,3}(?:den hund|die katze|meine katze|meinen hund"
    r"|dem hund|unseren hund) (?:\w{1,20} ){0,3}(?:getreten|geworfen|um|was)\b",
    r"\b(?:tut|antut) (?:er )?(?:den kindern|meiner mama|meinen eltern|ihnen|dem hund) (?:\w{1,20}"
    r" )?"
    r"(?:was|etwas)\b",
    r"\b(?:meine mama|meine mutter|meine eltern) findet und (?:ihr|ihnen) was antut\b",
    r"\bpassiert (?:meinen eltern|meiner familie|den kindern|meiner mutter|meiner mama) was\b",
    r"\bweiss wo meine (?:eltern|mutter|familie|schwester) wohn\w{0,2}\b",
    r"\bwenn (?:ich|i) (?:\w{1,20} )?(?:zur polizei|zum jugendamt|zum frauenhaus) (?:geh|gehe)\b",
    r"\bwenn ich die polizei rufe\b",
    r"\bdie polizei rufen wollte\b",
    # children taken, papers torn
    r"\b(?:seh|sehe|siach|sehen) (?:ich |i )?(?:sie|die kinder|de kinder|meine tochter"
    r"|meinen sohn|das kind) (?:nie wieder|nie mehr|niemals wieder)\b",
    r"\bnie (?:wieder |mehr )?(?:meine tochter|meinen sohn|die kinder|meine kinder)"
    r" (?:wiederseh\w{0,2}|sehe)\b",
    r"\b(?:kinder|kleine|kind|tochter|sohn)\b(?: \w{1,20}){0,4} (?:in sein land|in die turkei"
    r"|nicht zuruckzubringen|nicht zuruckzugeben|mitzunehmen in)\b",
    r"\b(?:kinder|kleine) (?:\w{1,20} )?(?:mitzunehmen|mitgenommen)\b(?: \w{1,20}){0,4} (?:nie"
    r" wieder|in sein|sagt)\b",
    r"\b(?:schickt|schicken) mich (?:\w{1,20} ){0,2}zuruck\b",
    r"\b(?:auslanderbehorde|abgeschoben)\b",
    r"\b(?:pass|passe|reisepass|aufenthalt\w{0,12}|visum)\b(?: \w{1,20}){0,3} (?:zerrissen"
    r"|zerreissen"
    r"|zu zerreissen|im tresor|weg|weggenommen)\b",
    r"\b(?:zundet|zundt|zunde|fackelt) (?:er )?(?:die|des|das|unsere|meine) (?:wohnung|haus|auto)"
    r" (?:an|ab)\b",
    r"\b(?:reifen|reifn) (?:\w{1,20} ){0,3}(?:zerstochen|auf)\b",
    r"\bsteht (?:\w{1,20} )?in der garage\b(?: \w{1,20}){0,2}$",
    r"\b(?:mein mann|er|mein freund) schlagt (?:nicht oft|nur wenn|manchmal|oft|immer)\b",
    r"\bangst vor eam\b",
    r"\bgrob\b(?: \w{1,20}){0,4} (?:ohrfeige|geschlagen|gepackt)\b",
    r"\b(?:gesicht|kopf) gegen (?:die|den|das) \w{1,20} (?:gedruckt|geschlagen|gestossen)\b",
    r"\bhandy (?:\w{1,20} ){0,3}(?:zerstort|an die wand geschmissen|kaputt gemacht|aus der hand"
    r" geschlagen)\b",
    r"\bsitz\w{0,1} (?:jetzt )?im treppenhaus\b",
]

MIGHT_HURT_MORE = [
    r"\b(?:baby|kind|kleine|kleinen)\b(?: \w{1,20}){0,6} (?:nicht gefuttert|nichts zu essen gegeben"
    r"|allein gelassen)\b(?: \w{1,20}){0,2} (?:weil ich|wutend|sauer)\b",
    r"\b(?:ihre|seine|ihren|seinen) (?:katze|hund|kater)\b(?: \w{1,20}){0,3} (?:getreten"
    r"|runtergetreten|geschlagen|gewurgt|aus dem fenster)\b",
    r"\b(?:messer|hammer|axt|pistole|waffe|baseballschlager)\b(?: \w{1,20}){0,3} (?:bereitgelegt"
    r"|bereit gelegt|griffbereit|zurechtgelegt) fur (?:ihn|sie|den|die)\b",
    r"\bmich (?:\w{1,20} )?nicht (?:mehr )?(?:kontrollieren|beherrschen|zuruckhalten)\b(?:"
    r" \w{1,20})"
    r"{0,3} wenn ich (?:wutend|sauer|betrunken|getrunken)\b",
    r"\bangst (?:\w{1,20} ){0,3}(?:ich|i) (?:\w{1,20} ){0,2}(?:mein|das|unser|meinen|meine|ihn|sie"
    r"|ihm"
    r"|ihr) (?:\w{1,20} )?(?:schuttle|schuttel|schlage|schlag|verletze|verletz|wurge|wurg|tote"
    r"|erschlage"
    r"|ersteche|ersticke|erwurge"
    r"|umbringe)\b",
    rf"\b(?:was|dass) (?:ich|i) {_SOMEONE} (?:an)?(?:tu|antu|antue|atue)\b",
    r"\bhau (?:eam|ihm|ihr|ihn) (?:ane|eine|oane|eins)\b" + _NOT_JOKING,
    r"\b(?:zerkratzt|zerstochen|kaputt gemacht) und will mehr\b",
    r"\bso hart angefasst\b",
    r"\b(?:ihr|ihm) angst machen will\b",
    r"\bich (?:\w{1,20} ){0,3}(?:sie|ihn) (?:packen|schlagen|wurgen|schutteln) (?:und \w{1,20}"
    r" )?will\b",
    r"\breiss (?:eam|ihm|ihr) den (?:schadl|kopf) ab\b" + _NOT_JOKING,
    r"\b(?:davor|vor \w{1,20} \w{1,20}) gestanden mit dem (?:hammer|messer|axt|baseballschlager)\b",
    r"\bversteckt vor mir\b",
    r"\b(?:sie|alle) und mich (?:einfach )?mitnehm\w{0,2}\b",
    r"\bfalls ich zu (?:ihm|ihr) geh\b",
    rf"\b{_ME} (?:\w{{1,20}} ){{0,2}}{_SOMEONE} (?:\w{{1,20}} ){{0,2}}(?:was|etwas|oppis|wos"
    rf"|nichts)"
    r" (?:an)?(?:tu|tue|antu|antue|atue|antun|anzutun|mach)\b",
    rf"\b{_ME} (?:tu|tue) (?:\w{{1,20}} )?{_SOMEONE} (?:was|etwas)\b(?! (?:gutes|liebes|schones))",
    rf"\b{_SOMEONE} (?:\w{{1,20}} ){{0,3}}(?:was|etwas|wos|oppis) (?:anzutun|antun|antu|antue"
    rf"|atue)\b",
    rf"\b(?:tu|tue) (?:ich )?{_SOMEONE} (?:\w{{1,20}} )?was an\b",
    rf"\b{_ME} {_NOT_NOT}(?:ihm|ihr|eam|ihnen|meinem \w{{1,15}}|meiner \w{{1,15}}|dem typen)"
    rf" {_NOT_NOT}(?:wehtun|weh tun|wehtu|weh tu)"
    r"(?: kann| will| wollte| wollt)?\b(?! (?:mit worten|mit der wahrheit))",
    r"\b(?:schlag|schlage|hau|haue) (?:ich|i) (?:\w{1,20} )?zu\b",
    r"\b(?:ich|i) (?:\w{1,20} ){0,2}(?:zuschlag|zuschlage)\b",
    r"\b(?:konnte|konnt|kunnt|chonnt|kann) (?:ihn|sie|ihm|ihr|eam|den|die) (?:\w{1,20} ){0,4}"
    r"(?:umbringen|erwurgen|erschlagen|toten|abstechen|druberzieh\w{0,2})\b" + _NOT_JOKING,
    r"\b(?:den|die|ihn|eam) mach (?:ich|i) fertig\b",
    r"\b(?:garantier|garantiere) (?:\w{1,20} )?fur nichts\b",
    r"\bfur nichts garantieren\b(?!(?: \w{1,20}){0,6} (?:keks|kekse|pizza|schokolade|chips|kuchen))"
    + _NOT_JOKING,
    r"\bdann (?:wird er sehen|ist er dran|ist sie dran)\b",
    r"\bund dann (?:knallts|knallt es)$",
    r"\bnehm\w{0,1} ich (?:das|den|die) (?:\w{0,10}messer|baseballschlager|axt|hammer|pistole"
    r"|waffe)\b",
    r"\bpassiert (?:was|etwas) (?:ich schwor|ich schwors|ich schwore)\b",
    r"\bwenn (?:ich|er|sie|der|die|mein)\b(?: \w{1,20}){1,8} (?:weiss|wass|weis) (?:ich |i"
    r" )?(?:nicht"
    r"|ned|nod) (?:was|wos) (?:ich (?:tu|mache|mach)|passiert|i mach)\b",
    r"\b(?:weiss|wass|weis) (?:ich |i )?(?:nicht|ned|nod) (?:was|wos) (?:ich|i) (?:tu|mach|mache)"
    r" wenn\b",
    r"\b(?:verlier|verliere) (?:\w{1,20} ){0,2}die (?:kontrolle|beherrschung)\b",
    r"\b(?:nicht mehr|kaum noch|kaum|nimmer) (?:unter kontrolle|im griff)\b",
    r"\bob ich mich (?:\w{1,20} )?(?:im griff hab|zuruckhalten kann|beherrschen kann|bremsen kann"
    r"|beruhigt hab)\b",
    r"\bmich (?:irgendwann )?nicht mehr (?:bremse|beherrschen kann|beherrschen)\b",
    r"\btrau\w{0,1} mir (?:selber|selbst) nicht\b",
    r"\b(?:ich|i) (?:hab|habe|ha) (?:\w{1,20} )?(?:angst|angscht) vor mir\b",
    r"\bangst vor mir\b(?: \w{1,20}){0,2}$",
    r"\bangscht vor mir\b",
    r"\b(?:ich bin|bin) (?:\w{1,20} )?gefahrlich\b(?! (?:gut|lecker))",
    r"\bgefahr fur (?:sie|ihn|meine|meinen|die kinder)\b",
    r"\b(?:ich|i) (?:\w{1,20} ){0,3}(?:wie|so) (?:\w{1,20} ){0,2}mein vater (?:geworden|war"
    r"|werden)\b",
    r"\bnicht so werden wie mein vater\b",
    r"\bwas mein vater war\b",
    r"\bich bin (?:so )?ein monster\b",
    r"\b(?:aggressive gedanken|rachegedanken|gewaltgedanken|mordgedanken)\b",
    r"\b(?:baby|kind|kleine|kleinen)\b(?: \w{1,20}){0,8} schlimme gedanken\b",
    r"\bkurz davor (?:\w{1,20} )?(?:auszurasten|auszuflippen|ihm|ihr|dem)\b",
    r"\braste ich aus\b",
    r"\bwenn (?:sie|er) (?:\w{1,20} ){0,3}seh (?:ich )?rot\b",
    r"\bjuckts in den fingern\b",
    r"\b(?:ihr|ihm) eine zu (?:knallen|scheuern|hauen)\b",
    r"\bkaputtmachen oder wen\b",
    r"\b(?:will|mochte) (?:dass )?(?:er|sie) leidet\b",
    r"\bnichts mehr zu verlieren\b",
    r"\b(?:hab|habe|ich|i|han|ha)(?!(?: \w{1,20}){0,8} (?:beim|im) (?:uno|tennis|spiel|schach"
    r"|fussball|training|sport|tischtennis|badminton|mario|wettrennen|kartenspiel|monopoly|poker"
    r"|armdrucken)\b) (?:\w{1,20} ){0,4}(?:ihn|sie|eam|mein kind|meinen sohn"
    r"|meine tochter|den kleinen|die kleine|das baby|meinen freund|meine freundin|meinen mann"
    r"|meine frau|den grossen) (?:\w{1,20} ){0,5}(?:gepackt|packt|geschuttelt|gewurgt|geschubst"
    r"|geohrfeigt|angepackt|geschlagen|getreten|gestossen|gegen (?:die|den|das) \w{1,20} gedruckt"
    r"|aufs bett geworfen|ins zimmer gesperrt|so fest gehalten|fest gehalten)\b(?!(?:"
    r" \w{1,20}){0,4}"
    r" (?:damit (?:er|sie|es) nicht|vor gluck|vor freude))" + _NOT_PLAY,
    r"\b(?:hab|habe|ich|i)(?!(?: \w{1,20}){0,8} (?:beim|im) (?:uno|tennis|spiel|schach|fussball"
    r"|training|sport|tischtennis|badminton|mario|wettrennen|kartenspiel|monopoly|poker"
    r"|armdrucken)\b) (?:\w{1,20} ){0,3}(?:ihm|ihr|eam|meinem \w{1,12}|meiner \w{1,12}"
    r"|dem kleinen|der kleinen|ihm heut|ihr heut) (?:\w{1,20} ){0,2}(?:eine|ne|a) (?:gescheuert"
    r"|geknallt|geklebt|verpasst|reingehauen|gewatscht)\b",
    r"\b(?:ich|i) (?:hab|habe|ha) (?:\w{1,20} )?(?:ihm|ihr|am chind|dem kind) (?:\w{1,20} )?(?:e"
    r"|eine)"
    r" (?:schwinger|ohrfeige)\b",
    r"\b(?:fast|beinahe) (?:geschlagen|gewurgt|umgebracht|erwurgt)\b",
    r"\bfast (?:ne|eine) flasche\b",
    r"\bfaust (?:schon )?(?:oben|gehoben)\b",
    r"\bhand war schon oben\b",
    r"\bhande um (?:ihren|seinen) hals\b",
    r"\b(?:am|beim) (?:hals|kragen) gepackt\b(?: \w{1,20}){0,3} (?:ich|nur kurz)\b",
    r"\bnach (?:ihr|ihm|eam|ihnen) (?:geworfen|gschmissn|geschmissen|gworfen)\b",
    r"\b(?:ihm|ihr|eam) (?:\w{1,20} ){0,2}an den kopf geworfen\b",
    r"\b(?:ihm|ihr) (?:\w{1,20} ){0,2}(?:den finger|den arm) (?:verdreht|umgedreht)\b",
    r"\bden kopf von (?:meinem|meiner) \w{1,12} (?:\w{1,20} )?gegen\b",
    r"\bletztes mal verletzt\b",
    r"\bstatt (?:in )?(?:sein|ihr) gesicht\b",
    r"\bnachstes mal ist (?:es )?(?:er|sie|nicht die tur)\b",
    r"\b(?:vor|vorstellt|vorgestellt|bilder im kopf|ausmal) (?:\w{1,20} ){0,2}wie (?:ich|i)"
    r" (?:ihn|sie|ihr|ihm|eam|dem|das kissen|meinem)\b"
    r"(?!(?: \w{1,20}){0,2} (?:uberrasch\w{0,2}|kuss\w{0,2}|umarm\w{0,2}|heirat\w{0,2}"
    r"|beschenk\w{0,2}|verwohn\w{0,2}|glucklich mach\w{0,2}))",
    r"\bvorstell\w{0,2} (?:ihn|sie) zu (?:wurgen|schlagen|toten)\b",
    r"\b(?:kissen nehm\w{0,2}|an ein kissen denk\w{0,2})\b",
    r"\bden mund zuzuhalten\b",
    r"\beinfach (?:alle|sie und mich) mitnehm\w{0,2}\b",
    r"\bwie leicht es ware\b",
    r"\badresse (?:schon )?rausgefunden\b",
    r"\bwo er wohnt und wann\b",
    r"\b(?:messer|hammer|axt|wagenheber|baseballschlager|brotmesser|schreckschusspistole"
    r"|pistole) (?:\w{1,20} ){0,6}(?:eingesteckt|im handschuhfach|auf dem beifahrersitz|bestellt"
    r" fur|neben die haustur)\b",
    r"\bmesser gekauft\b(?: \w{1,20}){0,4} (?:wofur|warum)\b",
    r"\b\w{0,10}messer in (?:der|die) hand (?:gehabt|genommen)\b(?=(?: \w{1,20}){0,4} (?:als"
    r"|gedacht"
    r"|an (?:ihn|sie)|geschrien))",
    r"\b(?:autoschlussel|baseballschlager|hammer) (?:\w{1,20} ){0,3}(?:in der hand gehabt|geholt)"
    r" (?:\w{1,20} ){0,3}(?:zu (?:ihr|ihm)|falls)\b",
    r"\brattengift (?:\w{1,20} )?gekauft\b",
    r"\bins essen (?:mische|mischen|tut|tun)\b",
    r"\bohne waffenschein\b",
    r"\bauf das auto (?:\w{1,20} ){0,3}lenken\b",
    r"\bherzmedikament\b(?: \w{1,20}){0,3} gefahrlich\b",
    rf"\b{_ME} (?:will|mocht|wurd|wollt|wollte) (?:\w{{1,20}} )?(?:ihn|sie|eam|den|die)"
    r" (?:\w{1,20} )?(?:umbringen|toten|erschlagen|abstechen)\b" + _NOT_JOKING,
    r"\bschlag\w{0,2} alles kurz und klein\b",
    r"\b(?:geworfen|gschmissn|geschmissen|eingetreten|gehauen)\b(?: \w{1,20}){0,6} (?:wollt|wollte)"
    r" (?:\w{1,20} ){0,2}(?:sie|ihn) treffen\b",
    r"\beigentlich (?:ihn|sie) treffen\b",
    r"\bmein arm hat (?:schon )?gezuckt\b",
    r"\bmeine hand zuckt\b",
    r"\b(?:will|mochte) (?:ihn|sie|ihr) (?:nicht|nie) schlagen aber\b",
    r"\bangst dass ich (?:das|es) (?:wirklich|echt|irgendwann) (?:tu|tue|mache|mach)\b",
    r"\bich (?:schlage|schlag|hau|haue) (?:meinen|meine) (?:freund|freundin|mann|frau"
    r"|partner\w{0,3}"
    r"|kinder|sohn|tochter)\b" + _NOT_PLAY,
    r"\bmit dem (?:\w{1,15}) bedroht ich\b",
    r"\bich (?:hab|habe) (?:\w{1,20} ){0,3}mit dem \w{1,15} bedroht\b",
    r"\bso aggressiv\b(?: \w{1,20}){0,6} (?:gepackt|geschlagen|gedruckt)\b",
    r"\bangst was ich mach\w{0,1} wenn\b",
    r"\bangst (?:ich|dass ich) (?:tu|tue) (?:\w{1,20} ){0,2}was\b",
    r"\bich fahr (?:jetzt|gleich|heut\w{0,1}) zu (?:ihm|ihr) und dann\b",
]

CONTROLLED_MORE = [
    r"\b(?:er|sie) hat (?:es|sie|ihn|mein\w{0,2} \w{1,20}) (?:\w{1,20} )?(?:zerschnitten|zerrissen"
    r"|weggeworfen|kaputt gemacht|verbrannt) (?:weil|als strafe|damit)\b",
    r"\bnur (?:eine|ne) (?:schlampe|nutte|hure)\b",
    r"\b(?:mis|mein|meine) (?:portemonnaie|geldbeutel|karte|bankkarte|geld)\b(?: \w{1,20}){0,3}"
    r" (?:und )?(?:gibt|git) mir\b",
    r"\b(?:uberwacht|kontrolliert|bestimmt|checkt) (?:\w{1,20} )?alles (?:was|wo|mit wem) ich\b",
    r"\buberwacht mich\b",
    r"\bmuss (?:ihm|ihr) (?:\w{1,20} ){0,3}(?:berichten|melden|beweisen|rechtfertigen) (?:wo|mit"
    r" wem|was) ich\b",
    r"\bisoliert mich\b",
    r"\b(?:er|sie) macht mich (?:\w{1,20} ){0,3}(?:lacherlich|nieder|runter)\b" + _NOT_JOKING,
    r"\b(?:will|muss) (?:\w{1,20} ){0,2}(?:immer|standig|dauernd|jederzeit) wissen (?:wo|mit wem)"
    r" ich\b(?!(?: \w{1,20}){0,5} (?:sorgen|sicher))",
    r"\b(?:er|sie) (?:beleidigt|erniedrigt|beschimpft) mich\b" + _NOT_JOKING,
    r"\b(?:hat|nimmt) (?:\w{1,20} )?(?:mir )?(?:meinen|meine|den|die) (?:ausweis|pass|reisepass"
    r"|papiere|dokumente) (?:\w{1,20} )?(?:weggenommen|abgenommen|weg)\b",
    r"\b(?:seh|sehe) (?:ich )?es nie wieder\b",
    r"\bich es nie wieder sehe\b",
    r"\bmit (?:dem kind|den kindern) ins ausland\b",
    r"\b(?:rastet|flippt|tickt) (?:\w{1,20} )?aus wenn ich\b",
    r"\b(?:alle )?meine (?:nachrichten|chats|mails) liest\b",
    r"\bbehandelt weil (?:er|sie) mich liebt\b",
    r"\bdie wollen (?:mich|dich) eh nicht\b",
    r"\bschaut sich (?:\w{1,20} )?(?:den verlauf|meine)\b",
    r"\b(?:\d{1,2}|zwei|drei|vier) tage lang (?:nicht|kein)\b",
    r"\bschreibt mir was ich (?:gestern|heute)\b",
    r"\b(?:kontrolliert|checkt|durchsucht|schaut|liest|zahlt|rechnet|kontrollieren)\b(?:"
    r" \w{1,20}){0,4}"
    r" (?:mein|meine|meinen|mis|meim|meinem) (?:\w{1,20} )?(?:handy|telefon|nachrichten|chats"
    r"|whatsapp|verlauf|browserverlauf|kontoauszug|kontoauszuge|kalender|anrufliste|mails"
    r"|kontakte|tagebuch|ausgaben|kassenzettel|kilometer|kilometerstand)\b",
    r"\b(?:handy|chats|nachrichten|kontakte|verlauf|kontoauszug|ausgaben|kassenzettel|kassenzettl"
    r"|whatsapp)\b(?: \w{1,20}){0,3} (?:kontrolliert|durchgelesen|durchgesehen|gecheckt|durchsucht"
    r"|liest|checkt"
    r"|mitliest|mit)\b(?! (?:dem|der|den|mir|uns|ihr|ihm|freunden))",
    r"\b(?:liest|hort|hoert) (?:\w{1,20} ){0,2}(?:mit|alles)$",
    r"\bkommt (?:er|sie) rein und (?:hort|hoert) mit\b",
    r"\blautsprecher an\b",
    r"\b(?:zahlt|kontrolliert|checkt|rechnet) (?:\w{1,20} ){0,2}(?:die )?(?:kilometer\w{0,5})\b",
    r"\bkilometerstand\b",
    r"\b(?:muss|musste|soll) (?:\w{1,20} ){0,3}(?:meinen )?standort (?:\w{1,20} )?teilen\b",
    r"\bmeinen standort (?:\w{1,20} ){0,2}(?:sieht|sehen|verfolgt)\b",
    r"\bstandort app\b",
    r"\b(?:weiss|sieht) (?:er |sie )?immer wo ich bin\b",
    r"\b(?:app|tracker|spionage\w{0,4})\b(?: \w{1,20}){0,3} (?:auf|aufs) (?:mein|meinem|das)"
    r" handy\b",
    r"\bapp aufs handy\b",
    r"\b(?:foto|fotos|bild)\w{0,2} (?:\w{1,20} ){0,4}schicken (?:wo ich bin|sonst)\b",
    r"\b(?:muss|musste) (?:\w{1,20} ){0,2}(?:fotos|foto|bilder) schicken wo ich bin\b",
    r"\b(?:jede stunde|jeden abend|um \d{1,2} uhr) (?:\w{1,20} ){0,2}(?:ein )?(?:foto|fotos)\b",
    r"\bkassenzettel (?:\w{1,20} ){0,2}(?:fotografieren|zeigen|zeige|schicken)\b",
    r"\b(?:jede|jeden|alle) (?:rechnung|rechnig|beleg|kassenzettel|bon|euro|cent|einkauf)\b"
    r"(?: \w{1,20}){0,2} (?:zeigen|zeige|fragen|rechtfertigen)\b",
    r"\bkein eigenes geld\b",
    r"\bkeine eigene (?:bankkarte|karte|konto)\b",
    r"\b(?:mein|meine) (?:gehalt|rente|lohn)\b(?: \w{1,20}){0,4} (?:auf sein konto|auf ihr konto"
    r"|abgenommen|ab|verzockt|umleiten)\b",
    r"\b(?:hat|nimmt) (?:mir )?(?:mein|meine|mis) (?:gehalt|rente|lohn|bankkarte|ec karte|karte"
    r"|portemonnaie|geldbeutel)\b",
    r"\b(?:krieg|bekomm|bekomme|kriege) (?:\w{1,20} ){0,3}taschengeld\b",
    r"\bhat (?:\w{1,20} ){0,3}(?:das|die|mein|meine|meinen|unser|unsere|unseren) (?:\w{1,12} )?"
    r"(?:konto|kreditkarte|karte|bankkarte|laptop) (?:\w{1,20} ){0,2}gesperrt\b(?!(?:"
    r" \w{1,20}){0,4}"
    r" (?:geklaut|gestohlen|verloren|betrug))",
    r"\b(?:konto|sparkonto|sparbuch) (?:\w{1,20} )?(?:leergeraumt|aufgelost|geplundert)\b",
    r"\b(?:um|fur) jeden (?:euro|cent|einkauf)\b(?: \w{1,20}){0,2} (?:fragen|betteln"
    r"|rechtfertigen)\b",
    r"\bmuss (?:\w{1,20} ){0,3}fragen wenn ich (?:\w{1,20} ){0,2}(?:brauch|brauche|will)\b",
    r"\bwenn ich brav (?:war|bin)\b",
    r"\b(?:er|sie|mir) (?:\w{1,20} ){0,5}verbietet\b",
    r"\b(?:aufschreiben|aufschreibn|eintragen|rechtfertigen) (?:\w{1,20} ){0,3}was (?:ich|i)"
    r" (?:ausgegeben|ausgebn)\b",
    r"\bausgaben (?:\w{1,20} ){0,4}(?:eintragen|kontrolliert)\b",
    r"\bjede ausgabe\b(?: \w{1,20}){0,7} (?:abspreche|absprechen|rechtfertigen|zeigen)\b",
    r"\b(?:uber|ueber) mein (?:eigenes )?geld entscheiden\b",
    r"\b(?:\d{1,3}|zwanzig|funfzig) (?:euro|franke|franken) (?:limit|taschengeld)\b",
    r"\b(?:ich |i )?(?:darf|derf|dearf|durfte) (?:mich |mi )?(?:\w{1,20} ){0,3}(?:nicht|ned|nichts"
    r"|kein|keine|keinen|nur|nimmer|nimma) (?:\w{1,20} ){0,5}(?:treffen|sehen|arbeiten"
    r"|telefonieren|haben|fahren|fahrn|verlassen|einkaufen|raus|zum arzt|zum chor|zum backer"
    r"|zu meiner|zu meinen|zu meina|ohne (?:ihn|eam|sie)|arbeiten gehen)\b",
    r"\b(?:entscheidet|bestimmt|sagt|sagen|schreibt mir vor) (?:\w{1,20} ){0,3}(?:wen|mit wem"
    r"|was|wann|welche|ob) (?:ich|i) (?:\w{1,20} ){0,4}(?:darf|durfen|anziehen|treffen)\b",
    r"\bob ich (?:\w{1,20} )?(?:duschen|raus|weg|essen) darf\b",
    r"\bwann ich (?:\w{1,20} )?(?:duschen darf|ins bett gehe|schlafen geh)\b",
    r"\bschreibt mir vor\b",
    r"\b(?:er|sie) entscheidet (?:alles|welche|wen|was ich|wann ich)\b",
    r"\bmit wem ich (?:mich )?treffen darf\b",
    r"\b(?:lasst|lass|lassn) (?:mich|mi) (?:\w{1,20} ){0,2}(?:nicht|nimma|ned|nimmer)"
    r" (?:\w{1,20} ){0,3}(?:zu meine\w{0,2}|zum arzt|in die kuche|arbeiten|treffen)\b",
    r"\b(?:er|sie|mann|frau|freund|freundin|partner\w{0,3}) erlaubt mir (?:\w{1,20} ){0,3}(?:nicht"
    r"|keinen"
    r"|keine|kein)\b",
    r"\bhat mir (?:\w{1,20} ){0,3}verboten\b" + _NOT_JOKING,
    r"\b(?:kontakte|freunde|freundin|freundinnen|freund|familie)\b(?: \w{1,20}){0,5}"
    r" (?:blockiert|vergrault|geloscht)\b",
    r"\b(?:familie|eltern|freundin|freunde|freundinnen|schwester|mutter|mama)\b(?: \w{1,20}){0,5}"
    r" nicht (?:mehr )?gesehen\b(?: \w{1,20}){0,2} (?:er|sie)\b",
    r"\bschlechter einfluss\b",
    r"\bhetz\w{1,3} mich (?:\w{1,20} ){0,2}auf\b",
    r"\b(?:er|sie) sagt die tun mir nicht gut\b",
    r"\bwenn (?:ich|du) (?:\w{1,20} ){0,5}(?:geh|gehe|gehst|verlasse|fahr|fahre)\b(?:"
    r" \w{1,20}){0,4}"
    r" (?:hab ich nichts|ist die wohnung leer|auf der strasse)\b",
    r"\b(?:sagt|sagte|meint|meinte|nennt|gesagt|genannt|schreibt|erzahlt)\b(?: \w{1,20}){0,5}"
    r" (?:ich bin|ich sei|ich ware|ich war|dass ich|du bist|mich|ich|mama)(?: \w{1,20}){0,4}"
    r" (?:fett|hasslich|dumm|blod|versager|nutzlos|wertlos|widerlich|hysterisch|schlampe|nutte"
    r"|hure|psychisch krank|die verruckte|schlechte mutter|schlechter vater|nichts kann|nichts wert"
    r"|nicht ganz richtig im kopf|die alte|die dumme|die dicke|kein richtiger mann|frigide"
    r"|zu blod|zu dumm|in die klapse)\b" + _NOT_JOKING,
    r"\b(?:du bist|ich bin) (?:\w{1,20} ){0,2}(?:fett|hasslich|dumm|blod|versager|nutzlos|wertlos)"
    r"\b(?: \w{1,20}){0,3} sagt (?:er|sie)\b",
    r"\bfett genannt\b",
    r"\bohne (?:sie|ihn|eam) (?:war|ware|bin|waer) ich (?:nichts|niemand|nix)\b",
    r"\b(?:niemand|keiner|keine|wer)\b(?: \w{1,20}){0,4} (?:dich|mich|wie mich)(?: \w{1,20}){0,3}"
    r" (?:wollen|nehmen|einstellen)\b",
    r"\b(?:dankbar|froh) sein dass (?:er|sie) mich\b",
    r"\b(?:sagt|meint|behauptet) (?:\w{1,20} ){0,2}ich (?:bild|bilde) mir (?:\w{1,20} ){0,2}ein\b",
    r"\bgaslighted (?:wird|werde|werden)\b",
    r"\bweiss nicht mehr was (?:stimmt|normal ist|wahr ist)\b",
    r"\blacht mich aus\b(?: \w{1,20}){0,2} wenn ich\b",
    r"\b(?:tranen|gefuhle) (?:sind|seien) manipulation\b",
    r"\b(?:redet|spricht|sagt)\b(?: \w{1,20}){0,4} (?:kein wort|nicht) mit mir\b(?: \w{1,20}){0,4}"
    r" (?:weil ich|wenn ich)\b",
    r"\btagelang (?:\w{1,20} ){0,2}(?:kein wort|still|eiszeit|schweigen)\b",
    r"\b(?:seit|schon) (?:\d{1,2}|zwei|drei|vier|funf|neun|zehn) tage\w{0,1} (?:\w{1,20} ){0,3}"
    r"(?:kein wort|nicht mit mir|funkstille|nicht geantwortet)\b",
    r"\bredet er den ganzen tag nicht mit mir\b",
    r"\bignoriert (?:mich )?weil ich\b",
    r"\bmich ignoriert weil ich\b",
    r"\bangst (?:\w{1,20} ){0,2}(?:ihn|sie) zu verlassen\b",
    r"\btrau mich nicht (?:\w{1,20} ){0,2}(?:ihn|sie) zu verlassen\b",
    r"\bangst (?:\w{1,20} ){0,3}was (?:er|sie) sagt wenn\b",
    r"\bangst vor seiner (?:stille|laune|wut|reaktion)\b",
    rf"\btrau {_MICH} (?:\w{{1,20}} ){{0,2}}nicht (?:mehr )?(?:was zu sagen|ihm zu sagen|ihr zu"
    rf" sagen"
    r"|zu widersprechen|in die kantine)\b"
    # owning up to a debt or a purchase is not fear of him
    r"(?! (?:dass|das) (?:ich|wir) (?:(?:noch )?(?:mehr |weitere )?(?:schulden|hab|habe)"
    r"|(?:\w{1,20} ){0,3}(?:gekauft|ausgegeben|verloren|bestellt|verspielt|verbockt))\b)",
    r"\baufgehort (?:\w{1,20} ){0,3}(?:zu lachen|meine meinung)\b",
    r"\bjeden satz (?:\w{1,20} )?(?:dreimal|zweimal|zehnmal)\b",
    r"\bnur (?:weil|solange) (?:er|sie) (?:gerade|grad) (?:duscht|schlaft|weg ist)\b",
    r"\bnur noch am entschuldigen\b",
    r"\bwenn ich was sag ist es falsch\b",
    r"\bleise (?:werde|werd) wenn (?:sein|ihr) auto\b",
    r"\bmacht mich (?:so )?klein\b",
    r"\bbin so klein geworden\b",
    r"\bin (?:nem|einem) gefangnis\b",
    r"\b(?:droht|drohte|gedroht) (?:\w{1,20} ){0,2}sich (?:\w{1,20} ){0,2}(?:umzubringen|was"
    r" anzutun)\b",
    r"\bbringt (?:er|sie) sich um\b",
    r"\b(?:droht|drohte)\b(?: \w{1,20}){0,7} (?:zu erzahlen|allen zu erzahlen)\b",
    r"\bsag ich allen\b",
    r"\berzahlt (?:er|sie) allen\b",
    r"\balle werden (?:ihm|ihr) glauben\b",
    r"\bmir nicht glauben\b",
    r"\b(?:er|sie) nimmt (?:mir )?die kinder\b",
    r"\b(?:er|sie|hat|het|will)\b(?: \w{1,20}){0,5} (?:passwort|passworter|code|pin)\b(?:"
    r" \w{1,20}){0,3}"
    r" (?:geandert|abverlangt|gesperrt|sonst|alle|und liest|verlangt)\b",
    r"\b(?:er|sie) (?:will|verlangt) (?:\w{1,20} ){0,4}(?:passwort|passworter|code|pin)\b",
    r"\b(?:passwort|passworter) (?:\w{1,20} ){0,2}(?:abverlangt|gesperrt)\b",
    r"\bwill dass ich (?:ihm |ihr )?(?:mein|meine) (?:tagebuch|handy|passworter)\b",
    r"\bmuss (?:\w{1,20} ){0,3}mein handy (?:\w{1,20} ){0,3}(?:auf seinen|abgeben|zeigen)\b",
    r"\bruft (?:er |sie )?(?:\w{1,20} ){0,2}(?:\d{1,3} ?x|\d{1,3} mal|so lange|dauernd|standig"
    r"|hundertmal) an\b",
    r"\bruft (?:\w{1,20} ){0,3}an (?:bis ich|ob ich)\b",
    r"\b(?:anziehe|anzieh|anziehen)\b(?: \w{1,20}){0,4} (?:absegnen|erlauben|rauslegt"
    r"|genehmigen)\b",
    r"\bfur wen (?:ich mich|hab|du dich)\b",
    r"\bsucht mir (?:\w{1,20} ){0,2}(?:kleidung|klamotten) raus\b",
    r"\bdarf so nicht raus\b",
    r"\b(?:will|mag|mochte) (?:\w{1,20} ){0,3}dass ich (?:\w{1,20} )?(?:kundige|arbeiten geh\w{0,1}"
    r"|zu hause bleib\w{0,1}|dahoam bleibn)\b",
    r"\bbewerbungen zerrissen\b",
    r"\bausbildung abgebrochen\b",
    r"\bstudium ausgeredet\b",
    r"\bwenn ich nicht mit ihm schlafe\b",
    r"\bgegen mich verwenden\b",
    r"\bangeblich (?:aus liebe|fur (?:meine )?sicherheit|zu meinem schutz)\b",
    r"\bzu (?:meinem|deinem) schutz\b",
    r"\bzu deiner sicherheit\b",
    r"\bstundenlange\w{0,1} verhor\w{0,1}\b",
    r"\bgibts (?:tagelang|stundenlang|wochenlang) (?:eiszeit|stress|theater|arger)\b",
    r"\bsonst gibts (?:stress|arger|theater|kein geld)\b",
    r"\bgibts a theater\b",
    r"\bbrauch\w{0,2} (?:ich |du )?(?:gar )?nicht mehr heim(?:zu)?kommen\b",
    r"\b(?:schlussel|autoschlussel|handy|karte|kreditkarte)\b(?: \w{1,20}){0,5} (?:weggenommen"
    r"|abgenommen)\b(?: \w{1,20}){0,3} (?:damit|als strafe|weil)\b" + _NOT_JOKING,
    r"\bpapiere (?:\w{1,20} ){0,3}regelt er\b",
    r"\bhat alle meine papiere\b",
    r"\b(?:versprechen|schworen) (?:\w{1,20} )?nie wieder (?:mit|zu)\b",
    r"\bwiegt mich\b",
    r"\bjeden bissen\b",
    r"\bniemanden mehr (?:ausser|den ich|treffe)\b",
    r"\bnicht sofort (?:abgehoben|abnehm\w{0,2}|rangegangen|geantwortet)\b",
    r"\bdamit ich (?:\w{1,20} ){0,3}nicht (?:mehr )?(?:einfach )?(?:abhauen|weggehen|raus|weg)"
    r" kann\b",
    r"\bohne (?:ihn|sie) (?:\w{1,20} )?(?:nicht|gar nicht) (?:uberleben|klarkommen"
    r"|zurechtkommen)\b",
    r"\bnie weiss (?:in welcher laune|wann er explodiert|wie er drauf)\b",
    r"\bfrag (?:mittlerweile )?ob ich (?:\w{1,20} )?darf\b",
    r"\bkeinen schlussel dafur\b",
    r"\bzweites handy\b(?: \w{1,20}){0,8} (?:reden|schwester|findet)\b",
    r"\bmuss die \w{0,12}tur offen bleiben\b",
    r"\bsoll mich nicht mehr mit\b",
    r"\b(?:soll|darf) (?:mich )?nicht mehr mit (?:\w{1,20} ){0,2}treffen\b",
    r"\bmuss mich (?:\w{1,20} ){0,4}(?:abmelden|rechtfertigen)\b",
    r"\bmuss (?:\w{1,20} ){0,2}um \d{1,2} uhr (?:daheim|zuhause|zu hause) sein (?:ich bin|mit)"
    r" \d{2}\b",
    r"\bvon meinem handy\b$",
]

CONTROLLED_SET_ASIDE = [
    r"\b(?:zu recht|haben wir so abgemacht|so abgemacht|abgesprochen|drum gebeten|wegen dem"
    r" roadtrip|passwortmanager|gut so ich war)\b",
]


# -- families added on de_tuning_h (an independent writer, 2026-12-03): goodbyes in passing
# ("gute nacht für immer", "sag den kindern dass ich sie lieb hab"), slang ("unaliven", "d1e"),
# being a burden, wishing an old accident had ended it; Swiss participles without "ge-"
# ("het mi packt und gäge d'Wand drückt"); weapons cleaned in front of someone, a wheelchair
# taken away, orders ignored; control read from the body (a stomach that cramps at the key in the
# lock) and from apps (spy apps, a cycle app to share); fear of one's own hands and fantasies
# played through.

_WEAPON = (
    r"(?:\w{0,10}messer|schere|hammer|axt|beil|machete|pistole|waffe|dienstwaffe|gewehr|flinte"
    r"|revolver|baseballschlager)"
)
_TO_HIT = (
    r"(?:reinzuhauen|reinzuschlagen|zu knallen|zu scheuern|zu kleben|zu verpassen|zu schmieren"
    r"|zu watschen)"
)

SELF_HARM_H = [
    # goodbyes: sorry for everything, look after the dog; good night for ever; tell the kids
    r"\b(?:sorry|tut mir leid|verzeih\w{0,2}(?: mir)?|entschuldig\w{0,3}) (?:fur|fuer) alles\b"
    r"(?: \w{1,20}){0,4} (?:pass\w{0,2}|kummer\w{0,2}|schau\w{0,2}) (?:\w{1,20} ){0,2}(?:auf|um)"
    r" (?:den hund|die katze|den kater|die kinder|die kleinen|meine \w{1,15}|meinen \w{1,15}"
    r"|mama|papa)\b",
    r"\b(?:sorry|tut mir leid|verzeih\w{0,2}(?: mir)?|entschuldig\w{0,3}) (?:fur|fuer) alles\b"
    r"(?: \w{1,20}){0,3} pass (?:\w{1,20} ){0,2}auf (?:\w{1,20} ){0,2}auf\b",
    r"\b(?:gute nacht|tschuss|tschau|ciao|bye|servus|adieu|lebt wohl|leb wohl|machts gut|mach"
    r" es gut) fur immer(?: \w{1,20}){0,2}$",
    r"\b(?:wollt|wollte|will|mocht|mochte) (?:\w{1,20} ){0,2}(?:tschuss|lebewohl|auf wiedersehen"
    r"|goodbye|bye|adieu|servus|pfiat di|ade) sagen(?: (?:an alle|zu allen|zu euch|zu dir|allen"
    r"|euch|dir|ok|okay))?$",
    r"\bfertig mit (?:allem|dem leben|der welt)\b(?: \w{1,20}){0,2} (?:ciao|tschuss|bye|adieu"
    r"|servus|lebt wohl|leb wohl|machts gut|das wars)$",
    r"\bfertig mit dem leben\b",
    r"\b(?:kannst du|sagst du|sag|sagt|bitte) (?:\w{1,20} ){0,2}(?:meinen kindern|meiner tochter"
    r"|meinem sohn|meiner familie|allen|den kindern|der kleinen|dem kleinen) (?:\w{1,20} )?"
    r"(?:sagen |ausrichten )?dass ich (?:sie|ihn|euch) (?:\w{1,20} )?(?:lieb hab\w{0,1}|liebe"
    r"|geliebt hab\w{0,1}|lieb)\b(?!(?: \w{1,20}){0,6} (?:keine zeit|spater|unterwegs|morgen"
    r"|heute abend|bald|gleich))",
    # slang and disguises: "unaliven", "will einfach nur d1e"
    r"\b(?:mich|sich|mi|dich) (?:\w{1,20} ){0,3}(?:unaliven|unalive|unalived)\b",
    r"\b(?:will|mochte|mocht|wurd|wurde|wollt|wollte) (?:(?:nur|halt|echt|gern|gerne|lieber"
    r"|bloss) ){0,2}einfach (?:(?:nur|halt|echt|so|bloss) ){0,2}die(?: (?:ehrlich|echt|wirklich"
    r"|jetzt|grad|halt|einfach|lol|bitte)){0,2}$",
    r"\bwie (?:kann |konnte |soll |sollte )?(?:man|ich) (?:sich|mich) (?:\w{1,20} ){0,3}"
    r"(?:umbringen|umbringt|toten|totet|unaliven|das leben nehmen|das leben nimmt)\b",
    # tonight is the night; the plan for when everyone is out
    r"\b(?:heute nacht|heut nacht|heute abend|heut abend) (?:ist es|isses|is es) (?:so weit"
    r"|soweit)(?: (?:glaub|denk) ich| ich glaub| ehrlich)?$",
    r"\b(?:mein )?plan steht\b(?: \w{1,20}){0,4} wenn (?:alle|keiner|niemand|die kinder)"
    r" (?:\w{1,20} )?(?:weg|aus dem haus|unterwegs|nicht da|ausser haus|schlafen) (?:sind|ist)\b",
    # hurting oneself rather than feeling it
    r"\b(?:ich|i) (?:\w{1,20} ){0,3}mir (?:\w{1,20} )?(?:selbst|selber) (?:weh tu|weh tue|wehtu"
    r"|wehtue|weh zu tun|wehzutun)\b",
    r"\b(?:tu|tue) (?:ich )?mir (?:lieber|wieder|selbst|selber) (?:selbst |selber )?weh\b",
    r"\b(?:rasierklinge\w{0,2}|klinge|klingen|schlinge|strick)\b(?: \w{1,20}){0,2} (?:liegt|liegen"
    r"|ist|sind|hab ich|habe ich) (?:schon |jetzt |hier )?(?:neben mir|vor mir|bereit|griffbereit"
    r"|parat|in der hand|unterm kissen)\b",
    # a burden soon lifted
    r"\b(?:bin|bin ich|werd ich|werde ich|fall ich|falle ich|sei ich) (?:\w{1,20} ){0,2}(?:dir"
    r"|euch|ihnen|niemandem|keinem|allen) (?:\w{1,20} )?(?:keine last mehr|nicht mehr zur last"
    r"|nicht langer zur last|keine belastung mehr)\b",
    r"\bniemandem (?:mehr )?zur last (?:fallen|falle|fall)\b(?!(?: \w{1,20}){0,4} (?:im alter"
    r"|pflege|wenn ich alt))",
    # wishing it had ended then, or helping it along
    r"\b(?:war|ware|hatt|hatte) (?:ich|i) (?:doch|bloss|nur|lieber)\b(?: \w{1,20}){0,6}"
    r" (?:draufgegangen|gestorben|umgekommen|verreckt|krepiert|tot geblieben|nicht aufgewacht"
    r"|nie aufgewacht|liegen geblieben)\b",
    r"\b(?:wunschte|wunscht|wunsch) (?:\w{1,20} ){0,2}(?:ich|i) (?:war|ware) (?:\w{1,20} ){0,5}"
    r"(?:draufgegangen|gestorben|umgekommen|verreckt|krepiert)\b",
    r"\b(?:krebs|krankheit|tumor)\b(?: \w{1,20}){0,3} schneller (?:war|ware|ginge|gehen wurde"
    r"|machen wurde)\b",
    r"\b(?:krebs|krankheit|tumor|sterben|tod)\b(?: \w{1,20}){0,8} (?:ich|i) (?:helf|helfe|hilf)"
    r" (?:\w{1,20} )?nach\b",
    # in front of the train, into a tree
    r"\bvor (?:den|einen|nen|n|die|eine|ne) (?:zug|ubahn|u bahn|s bahn|sbahn|bahn|lkw|laster|bus"
    r"|tram|strassenbahn|ice) (?:zu )?(?:springen|spring|springe|werfen|zu laufen|legen)\b",
    r"\b(?:einfach|mal|absichtlich|ungebremst) (?:gegen|in) (?:einen|den|nen|die|eine|ne)"
    r" (?:baum|bruckenpfeiler|pfeiler|wand|mauer|gegenverkehr|lkw|leitplanke) (?:zu )?(?:fahren"
    r"|rasen|lenken|brettern|steuern)\b",
]

IN_DANGER_H = [
    r"\b(?:eine|ne|a|an|oane|e) (?:geknallt|gescheuert|geklebt|gewischt|gelangt|reingehauen"
    r"|auf die fresse|aufs maul|watschn|watsche|ohrfeige|schelle|tachtel) (?:\w{1,20} )?(?:bekommen"
    r"|gekriegt|kassiert|gefangen|bekommn|kriegt|griagt|gfangt|ubercho)\b" + _NOT_PLAY,
    # Swiss and Bavarian participles without "ge-" ("het mi packt und gäge d'Wand drückt")
    rf"\b{_MICH}\b(?: \w{{1,20}}){{0,5}} (?:gegen|gage|gege|gagen) (?:die |den |das |d |de |e |s )?"
    r"(?:d)?(?:wand|tur|schrank|kasten|chaschte|heizung|heizig|tisch|boden|spiegel|fenster"
    r"|kuhlschrank|turrahmen) (?:\w{1,20} )?(?:druckt|gedruckt|gstosse|gestossen|gschubst"
    r"|geschubst|gheit|geworfen|gworfe|gschlage|geschlagen|knallt|geknallt|gschmisse"
    r"|geschmissen|gepresst|presst|gschleudert|geschleudert)\b" + _NOT_PLAY,
    rf"\b(?:het|hat|hot|hatte) (?:er |sie )?{_MICH} (?:\w{{1,20}} ){{0,3}}(?:packt|gwurgt"
    r"|gstosse|gschlage|gschubst|verhaue|verpruglet|gchlepft|gchlopft)\b(?: \w{1,20}){0,3}"
    r" (?:und|bis|dass|an|am)\b" + _NOT_PLAY,
    r"\b(?:zahn|zahne|zahnd|zand) (?:\w{1,20} )?(?:verloren|valoan|verlorn|ausgeschlagen"
    r"|rausgeschlagen|ausgschlagn)\b(?: \w{1,20}){0,2} (?:weil|wegen|nach|von) (?:ihm|ihr|eam"
    r"|seiner|seinem|der watschn|dem schlag)\b",
    # the weapon cleaned in front of her, the stare
    r"\b(?:er|sie) (?:putzt|reinigt|ladt|ladet|poliert|schleift|wetzt|zerlegt|pflegt) (?:\w{1,20}"
    r" ){0,2}(?:die|seine|ihre|das|sein|den|seinen|ne|eine) " + _WEAPON + r"\b(?: \w{1,20}){0,4}"
    r" (?:und )?(?:starrt|glotzt|schaut|guckt|grinst|blickt|sieht) (?:mich|mi|uns) (?:\w{1,20} )?"
    r"an\b",
    _WEAPON + r"\b(?: \w{1,20}){0,4} (?:starrt|glotzt|stiert|grinst) (?:mich|mi|uns)"
    r" (?:\w{1,20} )?an\b",
    # a wheelchair, a walker, glasses taken; left lying on the floor
    r"\b(?:nimmt|nahm|hat|versteckt) (?:mir )?(?:\w{1,20} )?(?:den rollstuhl|meinen rollstuhl|den"
    r" rollator|meinen rollator|die krucken|meine krucken|mein horgerat|die brille|meine brille"
    r"|meinen gehstock|den gehstock|den stock|meine medikamente|meine tabletten)\b(?:"
    r" \w{1,20}){0,2} (?:weg|weggenommen|versteckt|wenn)\b",
    rf"\blasst {_MICH} (?:\w{{1,20}} ){{0,2}}(?:am boden|auf dem boden|im dreck|in der kalte"
    r"|drausen|draussen|im nassen|in der badewanne) liegen\b",
    # orders he ignores; calls from twenty numbers
    r"\b(?:annaherungsverbot|betretungsverbot|rayonverbot|gewaltschutzanordnung\w{0,2})\b",
    r"\beinstweilige\w{0,2} verfugung\b(?: \w{1,20}){0,4} (?:egal|ignoriert|halt (?:er|sie) sich"
    r" nicht|gebrochen|verstosst|pfeift)\b",
    r"\btrotz (?:der )?(?:einstweiligen verfugung|kontaktverbot|annaherungsverbot)\b",
    r"\b(?:schreibt|ruft|textet|meldet) (?:\w{1,20} ){0,2}(?:mir|mich) (?:\w{1,20} )?von"
    r" (?:\d{1,3} |zig |lauter |immer )?(?:verschiedenen|anderen|neuen|fremden|unbekannten|fake)"
    r" (?:nummern|accounts|profilen|konten)\b(?!(?: \w{1,20}){0,5} (?:vertrieb|werbung|spam"
    r"|callcenter|inkasso|umfrage))",
    # "if he finds out I'm dead"
    r"\bwenn (?:er|mein mann|mein freund|mein partner|mein ex|mein vater|mein stiefvater|papa)"
    r" (?:das|es|davon|des|dass) (?:\w{1,20} ){0,2}(?:rausfindet|erfahrt|mitkriegt|merkt"
    r"|herausfindet|spitzkriegt|rauskriegt|liest|sieht) (?:\w{1,20} )?(?:bin ich|bin i|bringt er"
    r" mich|bringt er mi) (?:tot|dran|erledigt|geliefert|um)\b" + _NOT_JOKING,
    # hiding from him, the children still in there
    rf"\b(?:hab|habe|ich|i|han) {_MICH} (?:\w{{1,20}} ){{0,3}}(?:im auto|im wagen|im schrank"
    r"|im kleiderschrank|in der garage|im garten|unterm bett|im treppenhaus|im keller|im bad"
    r"|bei der nachbarin|bei den nachbarn|beim nachbarn|im gebusch) (?:\w{1,20} )?(?:versteckt"
    r"|eingesperrt|eingeschlossen|verkrochen|verschanzt)\b(?!(?: \w{1,20}){0,6} (?:verstecken"
    r" spielen|versteckspiel|uberraschung|geburtstag|party))" + _NOT_PLAY,
    rf"\b(?:hab|habe|ich|i) (?:{_MICH}|uns) (?:\w{{1,20}} ){{0,2}}vor (?:ihm|eam|meinem mann"
    r"|meinem freund|meinem vater|papa|meinem ex) versteckt\b",
    # what a child saw; a father who hits mother and child
    r"\b(?:papa|der papa|papi|mama|die mama|mami) hat (?:\w{1,20} )?(?:mama|mami|papa|papi|mich"
    r"|dich) (?:\w{1,20} ){0,2}(?:wehgetan|weh getan|weh gemacht|aua gemacht|gehauen|geschlagen"
    r"|getreten|geschubst|gewurgt)\b" + _NOT_PLAY,
    r"\b(?:er|mein vater|meine mutter|mein stiefvater|meine stiefmutter|papa|mama|mein mann|mein"
    r" freund|mein bruder) (?:schlagt|verprugelt|tritt|wurgt|prugelt) (?:meine mutter|meine mama"
    r"|mama|meinen vater|papa|meine schwester|meinen bruder|meine geschwister|uns|uns alle)"
    r"(?: (?:und )?(?:mich|mi|uns))?\b(?!(?: \w{1,20}){0,4} (?:beim|im|in) (?:schach"
    r"|spiel\w{0,3}|uno|tennis|tischtennis|kartenspiel|poker|monopoly|armdrucken|wettrennen|mario))"
    + _NOT_PLAY,
    # he is back and waiting outside
    r"\b(?:der|er|mein ex|meine ex) (?:ist|is) (?:schon )?wieder da\b(?: \w{1,20}){0,3}"
    r" (?:steht|wartet|sitzt|lauert|parkt|klingelt)\b(?!(?: \w{1,20}){0,6} (?:blumen|geschenk"
    r"|uberraschung|endlich|juhu|yay|freu\w{0,3}))",
]

MIGHT_HURT_H = [
    r"\bangst vor (?:meinen eigenen handen|meinen handen|meinen fausten|meiner eigenen wut"
    r"|meiner wut|dem was ich (?:tun|anrichten) (?:konnte|kann))\b",
    r"\bwut (?:auf|gegen) (?:\w{1,20} ){0,3}macht mir angst\b",
    r"\bmeine wut macht mir angst\b",
    r"\bwenn (?:er|sie|der|die) (?:\w{1,20} ){0,6}(?:snap|snapp|snappe) (?:ich|i)\b(?! (?:dir"
    r"|euch|dich|ihm|ihr|mal|das|ein))",
    # standing there with the knife
    r"\b(?:stand|steh|stehe|sass|war) (?:\w{1,20} ){0,2}mit (?:dem|nem|einem|der|ner|einer) "
    + _WEAPON
    + r"\b(?: \w{1,20}){0,5} (?:da|vor ihm|vor ihr|neben ihm|neben ihr|hinter ihm"
    r"|hinter ihr|am bett) (?:\w{1,20} )?(?:und )?(?:dachte|gedacht|denk)\b",
    _WEAPON + r"\b(?: \w{1,20}){0,12} (?:zum gluck|grad noch|gerade noch|noch rechtzeitig)"
    r" (?:\w{1,20} )?(?:weggelegt|hingelegt|weggetan|fallen gelassen|weggeschmissen)\b",
    r"\b(?:beim|im|wahrend dem|wahrend des|mitten im) (?:streit|streiten|zoff|krach)\b(?:"
    r" \w{1,20}){0,3} (?:die|das|ein|ne|eine|den|nen) " + _WEAPON + r" in (?:der|die) hand\b",
    # about to hit, the hand already raised
    r"\bkurz davor (?:\w{1,20} ){0,3}(?:eine|ne|a|oane|eins) " + _TO_HIT + r"\b",
    r"\b(?:meiner|meinem|ihm|ihr|eam|dem|der) (?:\w{1,20} )?(?:eine|ne|a|oane|eins) "
    + _TO_HIT
    + r"\b"
    + _NOT_JOKING,
    r"\b(?:beim|bei der|bei meinem|bei meiner|bei dem|gegen (?:meinen|meine|den|die|ihn|sie))"
    r" (?:\w{1,20} ){0,2}(?:schon |fast |beinahe )?(?:die|meine) (?:hand|faust) (?:oben|gehoben"
    r"|erhoben)\b",
    # played through in the head, dreamt of
    r"\b(?:im kopf durch|durchspiel\w{0,2}|durchgespielt|fantasier\w{0,2}|phantasier\w{0,2}"
    r"|tagtraum\w{0,2}|traum\w{0,2} davon|stell mir vor|male mir aus|mal mir aus) (?:\w{1,20}"
    r" ){0,2}wie (?:ich|i) (?:ihn|sie|ihm|ihr|eam|den|die|meinen|meine) (?:\w{1,20} ){0,3}"
    r"(?:uberfahr\w{0,2}|umbring\w{0,2}|erwurg\w{0,2}|ersteche|absteche|abstech|erschlag\w{0,2}"
    r"|erschiess\w{0,2}|vergift\w{0,2}|wehtu\w{0,1}|weh tu\w{0,1}|ertrank\w{0,2}|verprugel\w{0,2}"
    r"|die treppe runterstoss\w{0,2})\b",
    r"\b(?:traum\w{0,2}|fantasier\w{0,2}|phantasier\w{0,2}|denk\w{0,2}) (?:\w{1,20} ){0,2}(?:davon"
    r"|daran|dran) (?:\w{1,20} )?(?:ihm|ihr|eam|ihnen|ihn|sie|jemandem) (?:\w{1,20} )?(?:wehzutun"
    r"|weh zu tun|was anzutun|etwas anzutun|zu schlagen|umzubringen|zu toten|zu wurgen"
    r"|zu erwurgen|abzustechen|zu uberfahren)\b",
    # something broken, or someone
    r"\b(?:kaputt mach\w{0,2}|kaputtmach\w{0,2}|zerschlag\w{0,2}|zerleg\w{0,2}) (?:\w{1,20} )?oder"
    r" (?:wen|jemanden|jemand|ihn|sie)$",
    r"\bbevor ich (?:\w{1,20} ){0,3}(?:jemanden|jemandem|wem|wen|ihn|sie|ihm|ihr)"
    r" (?:\w{1,20} ){0,2}(?:wehtu\w{0,1}|weh tu\w{0,1}|schlag\w{0,2}|verletz\w{0,2}"
    r"|umbring\w{0,2}|an die gurgel)\b",
    # Austrian: "i fiacht, i tua ihr no wos an"
    r"\b(?:i|ich) (?:tua|dua|due) (?:\w{1,20} )?(?:ihr|ihm|eam|ihnen|wem|jemandem|ihra) (?:\w{1,20}"
    r" )?(?:wos|was|etwas|eppas|oppis|epps) an\b(?!(?: \w{1,20}){0,2} (?:guats|gutes|liebes))",
    # too rough with a child
    r"\b(?:hab|habe|ich|i) (?:\w{1,20} ){0,2}(?:sie|ihn|die kleine|den kleinen|das baby|mein kind"
    r"|das kind|meinen sohn|meine tochter) (?:\w{1,20} ){0,3}(?:zu|so|viel zu|echt zu) (?:grob"
    r"|hart|fest) (?:angefasst|angepackt|gepackt|geschuttelt|gezogen|hingesetzt|hingelegt|gezerrt"
    r"|am arm gezogen)\b",
]

MIGHT_HURT_SET_ASIDE_H = [
    # "I'll kill him if he leaves the toothpaste open again"
    r"\b(?:bring|bringe) (?:ich )?(?:ihn|sie|dich) um\b(?: \w{1,20}){0,8} (?:zahnpasta\w{0,4}"
    r"|socken|klobrille|klodeckel|spulmaschine|geschirr|mull|handtuch|handtucher|kuhlschrank"
    r"|deckel|fernbedienung|spoiler\w{0,2}|letzte stuck|schokolade|chips)\b",
    # "ich könnt ihn erwürgen, er hat schon wieder den hochzeitstag vergessen"
    r"\b(?:konnt|konnte|kunnt) (?:ihn|sie) (?:\w{1,20} )?(?:erwurgen|umbringen|erschlagen)\b"
    r"(?: \w{1,20}){0,10} (?:vergessen|verschlafen|aufgegessen|liegen lassen|offen gelassen"
    r"|wieder gut)\b",
    # a fright, a reflex: "vor schreck fast eine gescheuert"
    r"\b(?:so erschreckt|so erschrocken|vor schreck|aus reflex|reflexartig)\b",
    # the cat nearly killed me (on the stairs)
    r"\b(?:kater|katze|hund|hundin|welpe|pferd|papagei)\b(?: \w{1,20}){0,2} (?:mich|mi)"
    r" (?:\w{1,20} ){0,3}(?:fast|beinahe) umgebracht\b",
]

#: Someone told of another's trouble and asking how to help, not the writer's own.
OTHERS_TROUBLE_H = [
    r"\b(?:meine|mein) (?:freundin|schwester|kollegin|nachbarin|kumpel|freund|bruder|kollege"
    r"|tochter|mutter) (?:erzahlt|hat erzahlt|sagt|meint|hat gesagt) dass (?:ihr|sein) (?:freund"
    r"|mann|partner|ex|freundin|frau)\b",
]

#: Thoughts of dying told as past, the writer glad to have stayed.
RECOVERED_H = [
    r"\b(?:fruher|damals|als teenager|als jugendliche\w{0,2}|als kind|\d{1,2} jahre her)\b.{0,140}"
    r"\b(?:stolz|wie weit ich|so dankbar|dankbar dass ich|geblieben bin|uberstanden)\b",
    r"\bwie (?:redet|spricht|geht) man mit (?:jemandem|einem menschen|menschen|leuten) (?:der|die)"
    r" (?:\w{1,20} ){0,2}(?:an selbstmord|an suizid|ans sterben|an den tod|sich umbringen"
    r"|suizidal)\b",
]

CONTROLLED_H = [
    # tidying three times before he comes home
    r"\bbevor (?:er|sie) (?:heimkommt|heim kommt|nach hause kommt|zuruckkommt|von der arbeit"
    r" kommt)\b(?: \w{1,20}){0,6} (?:dreimal|zweimal|zehnmal|perfekt|damit er nicht"
    r"|damit sie nicht|sonst (?:ist der abend|ist der tag|gibts|gibt es|rastet|flippt|explodiert"
    r"|bin ich))\b",
    # friends talked out of, family cut off
    r"\b(?:hat|hatte) (?:mir )?(?:\w{1,20} ){0,2}(?:meine|alle|die|alle meine|meinen|den)"
    r" (?:\w{1,12} )?(?:freundinnen|freunde|freundin|kolleginnen|familie|schwester|mutter"
    r"|eltern|ausbildung|job|studium|freundschaften|hobbys|verein|chor|bruder) (?:\w{1,20} )?"
    r"(?:ausgeredet|madig gemacht|schlechtgeredet|schlecht gemacht|vergrault|weggeekelt"
    r"|vertrieben)\b",
    r"\bseit (?:wir|ich mit ihm|ich mit ihr) (?:zusammen sind|zusammen bin|zusammen wohnen"
    r"|zusammengezogen sind|verheiratet sind)\b(?: \w{1,20}){0,4} (?:keinen kontakt mehr|keine"
    r" freunde mehr|niemanden mehr|kaum noch kontakt|kaum kontakt|nicht mehr bei meiner"
    r"|nicht mehr bei meinen)\b",
    r"\b(?:er|sie) (?:meint|sagt|behauptet)\b(?: \w{1,20}){0,3} (?:ist|sind|sei|seien|waren)"
    r" (?:\w{1,20} )?(?:eifersuchtig|neidisch) auf uns\b",
    # thirty calls when she does not answer
    r"\bnicht (?:geantwortet|abgehoben|rangegangen|zuruckgeschrieben|reagiert|erreichbar)\b(?:"
    r" \w{1,20}){0,3} (?:\d{1,3}|zig|dutzende|zwanzig|dreissig|funfzig|hundert) (?:anrufe"
    r"|verpasste anrufe|nachrichten|sms)\b",
    r"\b(?:\d{2,3}|zig|dutzende|zwanzig|dreissig|funfzig|hundert) (?:anrufe|verpasste anrufe)"
    r" von (?:ihm|eam)\b",
    # spy apps, trackers, a cycle app to share
    r"\b(?:spionage ?app\w{0,2}|spy ?app\w{0,2}|stalkerware|spyware|uberwachungsapp)\b",
    r"\b(?:tracker|airtag|peilsender|gps sender|ortungsapp)\b(?: \w{1,20}){0,5} (?:von (?:ihm|ihr)"
    r"|versteckt|heimlich)\b",
    r"\bwill (?:\w{1,20} ){0,2}dass ich (?:ihm |ihr )?(?:mein|meine|meinen) (?:\w{1,12} )?"
    r"(?:zyklus app|zyklusapp|perioden app|periodenapp|standort|passworter|passwort|pin"
    r"|kontoauszuge) (?:\w{1,20} )?(?:freigeb\w{0,2}|zeig\w{0,2}|geb\w{0,2}|teil\w{0,2}|gib"
    r"|schick\w{0,2})\b",
    # only happy when he is away
    r"\b(?:nur|erst) (?:\w{1,20} )?(?:glucklich|entspannt|ich selbst|frei|ruhig|durchatmen"
    r"|aufatmen)\b(?: \w{1,20}){0,2} wenn (?:er|sie) (?:\w{1,20} ){0,2}(?:weg|nicht da|nicht"
    r" zuhause|nicht zu hause|auf montage|unterwegs|auf geschaftsreise|verreist|ausser haus)"
    r" (?:ist|sind)\b",
    # care that is a prison
    r"\b(?:nennt|nennts|sagt)\b(?: \w{1,20}){0,2} (?:fursorge|liebe|schutz|sorge|beschutzen)\b"
    r"(?: \w{1,20}){0,5} (?:gefangnis|kafig|knast|uberwachung)\b",
    r"\bgoldene\w{0,2} kafig\b",
    # calls on speaker, phone searched (Swiss), a row when something is deleted
    r"\b(?:telefonate|telefonieren|telefoniere|anrufe|telefonat)\b(?: \w{1,20}){0,3} (?:nur )?"
    r"(?:auf laut|mit lautsprecher|auf lautsprecher|in seinem beisein|wenn er daneben)\b"
    r"(?!(?: \w{1,20}){0,6} (?:schlecht hort|schwerhorig|horgerat|kochen|autofahren|freisprech))",
    r"\b(?:luegt|lueget|luagt|lugt|schaut|schaugt|geht|gaht|goht)\b(?: \w{1,20}){0,3} (?:mis"
    r"|mein|mini|min|mei) (?:\w{1,20} )?(?:handy|telefon|natel|nachrichte|nachrichten|chats"
    r"|whatsapp|mails) (?:\w{1,20} )?(?:dure|durch|duri)\b",
    r"\b(?:losch|losche|loschen|gloscht|geloscht)\b(?: \w{1,20}){0,2} (?:gits|gibts|git es"
    r"|gibt es) (?:krach|stress|theater|arger|zoff|terror)\b",
    # the body knows: the key in the lock
    r"\b(?:schlussel (?:im|ins) schloss|seinen schlussel|sein auto|seine schritte|sein name"
    r"|seinen namen|die haustur|er heimkommt|er nach hause kommt)\b(?: \w{1,20}){0,4}"
    r" (?:mein magen (?:krampft|dreht sich|zieht sich)|zuck\w{0,2} (?:ich )?zusammen"
    r"|(?:wird mir|mir wird) (?:schlecht|ubel)|krieg ich panik|bauchweh|bauchschmerzen"
    r"|zitter\w{0,2} ich)\b",
]


# -- families added on de_tuning_i (an independent writer, 2026-12-03, rarely heard voices):
# Bavarian, Austrian and Swiss giving up ("i mog nemme", "i wü nimma", "mog in da Früh nimma
# aufwacha"); following a dead partner ("er ist im Himmel, ich komm bald nach"); still living
# only for the dog; the tracks, the tree, the weapon stared at; a date set ("bis Sonntag");
# forced and he went on; "if you hear nothing more, it was him"; the hospital told it was an
# accident; the pet kicked and "you're next"; losing oneself, about to hit; receipts shown,
# asking to buy a blouse, who may visit, the room shown on video.

_KIDS = r"(?:kindern|kids|kleinen|kind|baby|sohn|tochter|chind|chinde)"

SELF_HARM_I = [
    # "i mog nemme", "i wü nimma. echt ned", said and left there
    r"\b(?:i|ich) (?:mog|mag|wu|wui|wott|will|ma) (?:einfach |echt |wirklich |so )?(?:nemme|nimma"
    r"|nimmer|nimmi|nicht mehr)(?: (?:echt|ehrlich|wirklich|ned|net|nit|nicht|einfach|halt|so"
    r"|oida|heast|mehr)){0,3}(?: mir (?:isch|ist|is|wird) (?:alles|des|das) (?:zviel|zu viel"
    r"|z viel|zu vui|zvui))?$",
    r"\b(?:mog|mag|wu|wui|will|mocht) (?:i|ich) (?:\w{1,20} ){0,3}(?:nimma|nimmer|nemme|ned mehr"
    r"|nicht mehr) (?:aufwacha|aufwachen|aufwache|aufwachn|ufwache)\b",
    # nothing brings anything, life neither; what for
    r"\b(?:bringt|bringts|hilft|nutzt) (?:\w{1,20} )?(?:nichts|nix)(?: mehr)? (?:das )?leben"
    r" (?:auch nicht|genauso wenig|erst recht nicht|auch nichts)\b",
    r"^ (?:alles |es |leben |das leben )?(?:hat |macht )?(?:kein|keinen) sinn mehr(?: (?:nichts"
    r"|gar nichts|echt|ehrlich|einfach))?$",
    r"\bkaputt\b(?: \w{1,20}){0,6} (?:wofur|wozu|fur was) noch$",
    r"\b(?:wofur|wozu|fur was) (?:noch )?(?:weiterleben|weitermachen|aufstehen|leben|atmen)$",
    # at the tracks again, gone home this time
    r"\b(?:gleisen|gleis|schienen|bahngleis|brucke|dach|klippe|bahnsteig)\b(?: \w{1,20}){0,4}"
    r" (?:diesmal|dieses mal|heute|heut) (?:noch|nochmal) (?:heimgegangen|umgedreht|nach hause"
    r"|zuruck|weggegangen|nicht)\b",
    # only still here for the dog
    r"\b(?:bin|leb|lebe) (?:\w{1,20} ){0,3}nur noch (?:wegen|fur) (?:meinem|meiner|meine|meinen"
    r"|den|die|der|dem|mei|meim) (?:\w{1,20} )?(?:hund|hundin|katze|kater|kind|kinder|kindern|mama"
    r"|mutter|eltern|tochter|sohn|oma|pferd)\b(?: \w{1,20})? (?:da|hier|am leben|do)\b",
    r"\b(?:kommt|kommen|kame|kamen|ware|waren|geht|gehts|ginge|lebt|leben) (?:\w{1,20} ){0,2}"
    r"(?:besser|leichter) (?:klar |zurecht )?ohne mich\b",
    # a good moment, everyone asleep
    r"\bgute gelegenheit\b(?: \w{1,20}){0,3} (?:tschuss|bye|ciao|adieu|lebt wohl|machts gut"
    r"|servus|pfiat euch)$",
    r"\b(?:schlafen alle|alle schlafen)\b(?: \w{1,20})? gute gelegenheit\b",
    # deeper this time
    r"\b(?:weh getan|wehgetan|geschnitten|geritzt)\b(?: \w{1,20}){0,3} (?:diesmal|dieses mal)"
    r" (?:viel |noch |etwas )?tiefer\b",
    r"\b(?:diesmal|dieses mal) (?:viel |noch |etwas )?tiefer\b(?: \w{1,20}){0,8} (?:genaht"
    r"|nahen|geklammert|getackert|klammerpflaster)\b",
    # following the dead
    r"\b(?:im himmel|gestorben|gstorbn|gstorben|verstorben|von uns gegangen|beerdigt|tot)\b"
    r"(?: \w{1,20}){0,8} (?:ich|i) (?:komm|komme|folge|folg|kumm) (?:dir |ihm |ihr |euch )?"
    r"(?:bald|jetzt|schon bald|bald schon|endlich) nach\b",
    r"\bwill (?:\w{1,20} ){0,2}(?:zu|bei) (?:ihm|ihr|eam|meinem \w{1,15}|meiner \w{1,15})"
    r" (?:\w{1,20} )?(?:im himmel|in den himmel|da oben|dort oben)\b",
    # giving it all away, everything in order
    r"\b(?:ganzen|ganze|ganzes|alle meine|all meine|meinen ganzen|mein ganzes) (?:\w{1,20} )?"
    r"(?:kram|sachen|zeug|besitz|klamotten|sammlung|bucher|spiele) (?:\w{1,20} ){0,2}verschenkt"
    r"\b(?: \w{1,20}){0,6} (?:alles (?:aufgeraumt|geregelt|erledigt|erledigt zu haben)|bereit)\b",
    # thinking of dying every day; hoping for the tree
    r"\bdenke? (?:\w{1,20} ){0,3}(?:an sterben|ans sterben|an das sterben|an den tod(?! (?:meine"
    r"|meines|von|der|des|vom))|an selbstmord|an suizid)\b",
    r"\b(?:hoff|hoffe|wunsch|wunsche) (?:\w{1,20} ){0,2}(?:auf (?:den|einen|nen) (?:baum|unfall"
    r"|crash|aufprall|lkw|laster)|dass ich (?:\w{1,20} ){0,3}(?:verungluck\w{0,2}|einen unfall"
    r" (?:hab|habe|baue|bau)))\b",
    # "k*ll mich, nein im ernst"
    r"\b(?:kill|toet|tote) (?:mich|mi)\b(?: \w{1,20}){0,8} (?:(?:selbst|selber) zu (?:machen|tun)"
    r"|im ernst|ernsthaft|kein witz|ernst gemeint)\b",
    # Swiss goodbye to the children: "säged de Chind, dass i sie gärn gha ha"
    r"\b(?:sag|sagt|saged|sagit|sagget|richt|richted|richtet) (?:\w{1,20} ){0,2}(?:de chind"
    r"|de chinde|den kindern|de kinder|de kids|meinen kindern|minere frau|mim ma|mine eltere)\b"
    r"(?: \w{1,20}){0,2} (?:dass|das) (?:i|ich) (?:sie|si|ihn|en|euch|ech) (?:\w{1,20} )?(?:garn"
    r"|gern|lieb) (?:gha|gehabt|ghabt|gha ha|ghaa)\b",
    # the weapon stared at
    _WEAPON + r"\b(?: \w{1,20}){0,6} (?:ich|i) (?:guck|gucke|schau|schaue|starr|starre|stier"
    r"|stiere|seh|sehe) (?:sie|ihn|es|die|das|den) (?:\w{1,20} ){0,2}an\b",
    r"\b(?:ich|i) (?:starr|starre|stier|stiere|guck|gucke|schau|schaue) (?:\w{1,20} ){0,2}auf"
    r" (?:die|meine|das|den) (?:waffe"
    r"|dienstwaffe|pistole|gewehr|revolver|tabletten|strick|klinge)\b",
    # a date set: "wie lang ich das noch durchhalte … bis sonntag"
    r"\bwie (?:lang|lange) ich (?:das |des )?(?:noch )?(?:durchhalte|durchhalt|aushalte|aushalt"
    r"|schaffe|pack)\b(?: \w{1,20}){0,8} (?:bis (?:montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag|morgen|ende der woche|nachste woche)|weiss ich es schon|weiss ichs schon)$",
    # a painless method, asked "for a project"
    r"\b(?:gibts|gibt es|kennt (?:jemand|wer|ihr)|weiss (?:jemand|wer)) (?:ne |eine |einen |nen )?"
    r"(?:schmerzlose|schmerzfreie|sanfte|sichere) (?:methode|art|weg|moglichkeit)\b(?!(?:"
    r" \w{1,20}){0,6} (?:haar\w{0,6}|epilier\w{0,3}|tattoo\w{0,3}|zahn\w{0,4}|impf\w{0,3}"
    r"|spritze\w{0,2}|piercing|enthaar\w{0,4}|abstillen|entwohn\w{0,3}|kundig\w{0,3}|tier\w{0,3}"
    r"|pflaster|splitter|zecke\w{0,2}))",
    r"\bschmerzlos (?:sterben|gehen|einschlafen|abtreten)\b",
    # tired for ever
    r"\bfur immer (?:schlafen|einschlafen|ruhen) mude\b",
    r"\b(?:will|mochte|mocht) (?:\w{1,20} ){0,3}(?:fur immer|ewig) (?:schlafen|einschlafen"
    r"|ruhen)\b",
    # decided to end it, just wanted to say
    r"\b(?:beschlossen|entschieden) (?:\w{1,20} ){0,2}es (?:\w{1,20} )?zu beenden\b"
    r"(?! (?:mit|zwischen|die beziehung))(?:"
    r" \w{1,20}){0,3} (?:wollts|wollte|wollt) (?:euch |dir |es )?(?:nur |bloss )?(?:sagen|noch"
    r" sagen|wissen lassen|bescheid sagen)$",
]

IN_DANGER_I = [
    # forced, crying, and he went on
    r"\b(?:geweint|geschrien|nein gesagt|stop gesagt|stopp gesagt|gesagt er soll aufhoren"
    r"|wollte nicht|gefleht)\b(?: \w{1,20}){0,5} (?:er|sie) (?:hat )?(?:einfach |trotzdem |immer )?"
    r"(?:weitergemacht|weiter gemacht|nicht aufgehort|macht weiter)\b" + _NOT_PLAY,
    r"\b(?:hat|hatte) (?:\w{1,20} )?(?:mich|mi) (?:heut|heute|gestern|letzte|wieder) (?:nacht"
    r"|abend|nochmal|mal) gezwungen$",
    r"\b(?:hat|hatte) (?:\w{1,20} )?(?:mich|mi) (?:heut|heute|gestern|letzte) (?:nacht|abend)"
    r" gezwungen (?:ich|i) (?:hab|habe) (?:geweint|geschrien|nein gesagt)\b",
    # "if you hear nothing more from me, it was him"
    r"\b(?:horst|hort|horen|hoerst) (?:du|ihr) (?:\w{1,20} )?(?:nichts|nix) mehr von mir\b"
    r"(?: \w{1,20}){0,3} (?:war ers|war er es|war sies|wars er|war es er|ist er schuld|wars mein"
    r" mann|war es mein mann|wars mein ex|war es mein ex)\b",
    r"\bwenn (?:mir|mi) (?:\w{1,20} )?(?:was|etwas|wos) (?:passiert|zustosst)\b(?: \w{1,20}){0,3}"
    r" (?:war ers|war er es|war sies|wars er|war es er|ist er schuld|war es mein mann"
    r"|wars mein mann|wars mein ex|war es mein ex)\b",
    # boiling water, and the hospital is told it was an accident
    r"\b(?:er|sie|hat) (?:hat )?(?:mir|mich) (?:\w{1,20} )?(?:kochendes|heisses|siedendes)"
    r" (?:wasser|ol|fett|kaffee|tee) (?:\w{1,20} ){0,4}(?:gekippt|geschuttet|gegossen"
    r"|geschmissen)\b",
    r"\b(?:soll|muss|sollte|musste) (?:\w{1,20} ){0,2}(?:im krankenhaus|beim arzt|der arztin|dem"
    r" arzt|in der notaufnahme|der polizei|bei der polizei|in der schule|der lehrerin|den"
    r" nachbarn) (?:\w{1,20} )?sagen (?:\w{1,20} )?(?:es war|das war|dass es|es sei|ich sei|ich bin"
    r"|ich war) (?:\w{1,20} )?(?:ein unfall|gefallen|gesturzt|die treppe runtergefallen"
    r"|hingefallen|gestolpert|an den schrank gelaufen|gegen die tur gelaufen)\b",
    # the pet kicked, "you're next"
    r"\b(?:getreten|geschlagen|erschlagen|umgebracht|getotet|ertrankt|erwurgt|vergiftet)\b"
    r"(?: \w{1,20}){0,5} (?:ich|i|du) (?:bin|war|ware|sei|bist) (?:die|der) nachste\b",
    r"\b(?:er|sie) (?:hat )?(?:\w{1,20} )?(?:den hund|die katze|den kater|das haustier|unseren"
    r" hund|meinen hund|meine katze|unsere katze) (?:\w{1,20} )?(?:getreten|erwurgt|ertrankt"
    r"|vergiftet|umgebracht|totgeschlagen|gegen die wand geworfen)\b" + _NOT_PLAY,
]

MIGHT_HURT_I = [
    # losing oneself: "noch so ein Satz und ich vergess mich"
    r"\b(?:und|sonst|dann) (?:ich )?(?:vergess|vergesse) (?:ich )?(?:mich|mi)\b(?! (?:selbst"
    r"|selber|bei|in|im))" + _NOT_JOKING,
    r"\b(?:angst|sorge|furcht)\b(?: \w{1,20}){0,4} (?:ich|i) (?:\w{1,20} ){0,3}(?:zuhau|zuhaue"
    r"|zuschlag|zuschlage|zudresch|zutret|zulang)\b",
    r"\b(?:kann|ko|kon|konnt|kunnt|ka) (?:mich|mi) (?:\w{1,20} ){0,2}(?:nimma|nimmer|nicht mehr"
    r"|ned mehr|nemme|kaum (?:noch|mehr)) (?:zuruckhalten|zruckhoitn|zruckhalten|zuruckhalte"
    r"|beherrschen|beherrscha|zammreissn|zusammenreissen)\b(?!(?: \w{1,20}){0,4} (?:zu \w{1,20}"
    r"|vor lachen|vor freude|kaufen|essen|lachen))",
    # "he'd better leave or something happens"
    r"\b(?:er|sie|der|die) soll (?:\w{1,20} ){0,3}(?:abhauen|verschwinden|gehen|sich verpissen"
    r"|abzischen|sich schleichen)\b(?: \w{1,20}){0,2} sonst (?:passiert|gibts|geschieht|knallts"
    r"|krachts) (?:was|etwas|wos|ein ungluck)\b" + _NOT_JOKING,
    r"\bsonst passiert (?:was|etwas|wos|ein ungluck)\b(?: \w{1,20}){0,2} (?:ernst gemeint|im ernst"
    r"|kein witz|ernsthaft)\b",
    # the children in the car, into the pillar
    r"\bmit (?:den|meinen|unseren|dem|meinem|der|meiner) " + _KIDS + r"\b(?: \w{1,20}){0,3}"
    r" (?:gegen|in) (?:einen|den|nen|die|eine|ne) (?:baum|bruckenpfeiler|pfeiler|wand|mauer"
    r"|gegenverkehr|lkw|see|fluss|abgrund)\b",
    # a child shouted at until he shook
    r"\b(?:angeschrien|angebrullt|angeschrieen|angeschnauzt|geschuttelt)\b(?: \w{1,20}){0,3} bis"
    r" (?:er|sie|es|die kleine|der kleine) (?:\w{1,20} )?(?:gezittert|zittert|zitterte"
    r"|sich eingepinkelt|sich eingenasst)\b",
]

CONTROLLED_I = [
    # location always, "because she worries"
    r"\b(?:er|sie) hat (?:immer|standig|dauernd|jederzeit) meinen standort\b",
    r"\b(?:standort|handy|passwort|nachrichten|konto|wo ich bin)\b(?: \w{1,20}){0,6} (?:sagt"
    r"|meint|angeblich)\b(?: \w{1,20}){0,3} (?:weil|nur weil|da) (?:er|sie) sich (?:sorgen macht"
    r"|sorgt|sorgen mache)\b",
    # a hobby given up because she freaks out; friends he does not like
    r"\b(?:dreht|draht|flippt|rastet|tickt)\b(?: \w{1,20}){0,3} (?:durch|aus) wenn (?:ich|i)"
    r" (?:\w{1,20} ){0,4}(?:geh|gehe|treff|triff|fahr|ausgeh)\b(?: \w{1,20}){0,2} (?:hobs aufgebn"
    r"|habs aufgegeben|hab es aufgegeben|hab ichs aufgegeben|hab aufgehort|hob aufghert"
    r"|geh nimma|geh nicht mehr|gehe nicht mehr|lass es jetzt|mach ich nicht mehr)\b",
    r"\b(?:freundinnen|freindinnen|freunde|freind|freundin|freindin|familie|eltern|schwester"
    r"|kollegen|kolleginnen|leit|leute) (?:triff|treff|treffe|seh|sehe|siech|besuch) (?:i|ich)"
    r" (?:nimma|nimmer|nicht mehr|ned mehr|kaum noch)\b(?: \w{1,20}){0,3} (?:er|sie|mei ma|mein"
    r" mann|mei frau|meine frau) (?:mog|mag|will|duldet|mocht) (?:des|das|es|dies) (?:ned|nicht"
    r"|net|nit)\b",
    r"\b(?:sagt|meint|findet|behauptet)\b(?: dass)? (?:meine|mein) (?:freundinnen|freunde|familie"
    r"|eltern|schwester|mutter|freundin|kolleginnen) (?:tun|tut|taten|sind|ist|seien|sei) (?:mir )?"
    r"(?:nicht gut|kein guter umgang|schlecht fur mich|schlechter umgang|kein umgang)\b"
    r"(?: \w{1,20}){0,4} (?:seh|sehe|treff|treffe|triff) (?:ich )?(?:sie|die) (?:\w{1,20} )?"
    r"(?:nicht mehr|nimmer|nimma|kaum noch|nie mehr)\b",
    # asking him whether she may buy a blouse
    r"\bmuss (?:i|ich) (?:mein ma|mein mann|meinen mann|mei ma|mein freund|meinen freund|meine"
    r" frau|mei frau|ihn|eam) (?:\w{1,20} )?(?:fragen|froga|frogn|fraga|frage) ob (?:i|ich)"
    r" (?:\w{1,20} ){0,5}(?:darf|derf|dorf|durf)\b",
    # receipts shown, pocket money by the week
    r"\b\d{1,4} (?:euro|eur|franken|chf) (?:die|pro|in der|im|am|a) (?:woche|monat|tag)\b"
    r"(?: \w{1,20}){0,4} (?:bon|belege|beleg|kassenbon|kassenzettel|quittung\w{0,2}|bons"
    r"|kassenbons|kassazettel)\b",
    r"\b(?:muss|soll|musste) (?:ihm|ihr|eam) (?:\w{1,20} ){0,2}(?:jeden|jede|alle) (?:bon|beleg"
    r"|kassenbon|kassenzettel|quittung|belege|bons|kassenbons|kassazettel) (?:\w{1,20} )?"
    r"(?:vorzeigen|zeigen|vorlegen|herzeigen|abgeben)\b",
    # late from the shift: an interrogation
    r"\b(?:spater|spat|zu spat|verspatet)\b(?: \w{1,20}){0,6} (?:verhor|kreuzverhor|verhort"
    r"|ausgequetscht|inquisition)\b",
    # the whole room shown on the video call
    r"\b(?:videocall|videoanruf|facetime|videochat|kamera|video)\b(?: \w{1,20}){0,4} (?:er|sie)"
    r" (?:will|muss|verlangt|besteht darauf)\b(?: \w{1,20}){0,3} (?:den ganzen raum|das ganze"
    r" zimmer|die ganze wohnung|wer da ist|wer bei mir ist|mit wem ich)\b",
    # who may visit her
    r"\b(?:er|sie|mein mann|meine frau|mein freund|meine freundin) (?:entscheidet|bestimmt)"
    r" (?:\w{1,20} )?(?:wer (?:mich|mi) (?:\w{1,20} )?(?:besuchen|sehen|treffen|anrufen)|wen"
    r" (?:ich|i) (?:\w{1,20} )?(?:sehen|treffen|besuchen|anrufen)|mit wem (?:ich|i) (?:\w{1,20} )?"
    r"(?:rede|reden|spreche|sprechen|schreibe|schreiben|telefoniere|telefonieren))\b",
]


# -- families added on de_tuning_i, second pass (2026-12-04): the dose asked "for myself"; pills
# kept back, a letter to open "when I'm gone", the gun in the cupboard thought about; a slap
# ("eine gescheuert"), threats told word for word (the house set alight, "he knows where my
# mother lives", the children and then himself), intimate videos as a threat, a head held under
# water, aimed at, pushed against the wall; intrusive pictures of hurting the baby, "afraid I'll
# shake her"; papers and the residence permit held over someone, asking to call one's mother,
# the phone taken, friends driven off, only writing while he sleeps, told what to wear and eat.

_PARTNER_I2 = (
    r"(?:er|sie|mein mann|meine frau|mein freund|meine freundin|mein partner|meine partnerin"
    r"|mein ex|meine ex|mei mo|mei oide|mein verlobter|meine verlobte)"
)

SELF_HARM_I += [
    # how much of a medicine would be too much, "asking for myself"
    r"\bwie (?:viel|viele) (?:\w{1,20} ){0,3}(?:war|ware|ist|sind|waren) (?:\w{1,20} )?(?:zu viel"
    r"|zuviel|todlich|toedlich) (?:auf einmal|auf ex|fur mich|fur nen erwachsenen)\b"
    r"(?!(?: \w{1,20}){0,4} (?:fur (?:ein|das|mein|den|die|meinen|meine) )?(?:kind|kinder|baby"
    r"|hund|katze|hunde|katzen)\b)",
    r"\bwie (?:viel|viele) (?:\w{1,20} ){0,3}(?:sind|ist|waren|ware|war) (?:\w{1,20} )?todlich\b"
    r"(?!(?: \w{1,20}){0,4} (?:fur (?:ein|das|mein|den|die|meinen|meine) )?(?:kind|kinder|baby"
    r"|hund|katze|hunde|katzen|pferd)\b)(?: \w{1,20}){0,4} (?:frag|frage) fur mich\b",
    # pills kept back, a full pack by the bed
    r"\b(?:tabletten|pillen|medikamente|schlaftabletten|schmerzmittel)\b(?: \w{1,20}){0,5}"
    r" (?:aufgehoben|gesammelt|gehortet|gebunkert|zur seite gelegt|beiseitegelegt)\b"
    r"(?!(?: \w{1,20}){0,4} (?:fur die apotheke|zum entsorgen|zur apotheke|entsorgen))",
    r"\b(?:ganze|volle|komplette) (?:packung|schachtel|dose|flasche|blister) (?:\w{1,20} )?"
    r"(?:schlaftabletten|tabletten|pillen|tavor|diazepam|insulin)\b(?: \w{1,20}){0,3} (?:neben"
    r"|unter|unterm|auf|im) (?:dem |meinem |mei )?(?:bett|kopfkissen|nachttisch|nachtkastl"
    r"|bettkante)\b",
    # wiping oneself out "sounds like a plan"
    r"\b(?:mich|mi|sich) (?:selbst |selber )?(?:ausloschen|ausradieren|abschalten)\b",
    # wanting away for ever, said last
    r"\b(?:will|mochte|mocht|wui|wu) (?:einfach |nur )?(?:weg fur immer|fur immer weg)$",
    # better if I weren't there at all
    r"\b(?:besser|leichter|einfacher) (?:\w{1,20} ){0,3}(?:ich|i) (?:war|ware|waer|waar)"
    r" (?:gar |einfach |ganz )?(?:nicht|nimmer|ned|net|nimma) mehr da\b",
    # a letter to be read "when I'm gone"
    r"\b(?:brief|briefe|zettel|abschiedsbrief|nachricht)\b(?: \w{1,20}){0,6} (?:erst )?(?:lesen"
    r"|offnen|aufmachen|bekommen) (?:\w{1,20} ){0,2}wenn (?:ich|i) (?:weg|nicht mehr da|tot"
    r"|gegangen|nimmer da) (?:bin|sei)\b(?!(?: \w{1,20}){0,4} (?:urlaub|reise|dienstreise|flug"
    r"|auslandsjahr|kur|im krankenhaus|op))",
    # the will made and the cat given on
    r"\btestament\b(?: \w{1,20}){0,10} (?:katze|hund|kater|tiere|vogel|kanarienvogel|hase)"
    r" (?:geht|kommt|soll|bekommt)\b",
    # ending it oneself before it gets bad
    r"\b(?:es|alles|mein leben|das leben) selbst (?:zu )?beenden (?:bevor|ehe)"
    r" (?:es|alles|ich) (?:\w{1,20} )?(?:schlimm|schlimmer"
    r"|unertraglich|zu spat|zu viel|nicht mehr kann)\b",
    # the gun at home, thought about
    r"\b(?:gewehr|gwehr|pistole|waffe|revolver|flinte|jagdgewehr)\b(?: \w{1,20}){0,8} (?:i|ich)"
    r" (?:denk|denke|dank) (?:\w{1,20} ){0,3}(?:dran|daran|druber|drauf)\b",
    # cutting again, said in a subordinate clause
    r"\b(?:dass|das|weil|ob|wenn) (?:ich|i) (?:mich|mi) (?:wieder |immer noch |noch |heimlich"
    r" |immer wieder )?(?:ritze|ritz|ritzt)\b",
    # no reason left to get up or to live
    r"\b(?:hab|habe|hob|hab ich|hob i) (?:\w{1,20} )?(?:kein|keinen|koan|koane|kei|keine) grund"
    r" mehr (?:zum|zu|fur|zun) (?:aufstehen|aufstehn|leben|weiterleben|weitermachen)\b",
]

IN_DANGER_I += [
    # a slap: "hat er mir eine gescheuert"
    r"\b(?:hat|hot|hod|het) (?:\w{1,20} ){0,2}(?:mir|mia) (?:\w{1,20} ){0,2}(?:eine|eins|a|oane"
    r"|ane|e) (?:gescheuert|geknallt|gewischt|geklebt|reingehauen|verpasst|gelangt|geschmiert"
    r"|gschmiert|gscheuert|gschallert|gewatscht)\b" + _NOT_PLAY,
    # threats told word for word
    rf"\b{_PARTNER_I2} (?:sagt|hat gesagt|meint|droht|hod gsogt|hot gsogt|hat gedroht|schreibt)"
    r" (?:\w{1,20} ){0,2}(?:er|sie) (?:bringt|bringe|bring|bringen) (?:die kinder|die kleinen"
    r"|mich|uns|meine \w{1,20}|meinen \w{1,20}|das baby) (?:\w{1,20} ){0,3}um\b"
    r"(?! (?:\d{1,2}|halb|viertel|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf"
    r"|mitternacht)\b)",
    r"\b(?:zundet|zundt|zunde|zunden|fackelt|brennt) (?:\w{1,20} ){0,1}(?:s |das |die |unser"
    r" |unsere |mei |mein )?(?:haus|wohnung|hutte|bude|auto|hof) (?:\w{1,20} )?(?:an|o|ab|nieder)\b"
    r"(?: \w{1,20}){0,3} (?:wenn|falls|sobald)\b",
    rf"\b{_PARTNER_I2} (?:sagt|meint|schreibt|droht|hat gesagt|hat geschrieben)(?: \w{{1,20}})?"
    r" (?:er|sie) (?:weiss|wisse|kennt|wei) (?:genau )?wo (?:meine|mein|meinem|meiner|mei)"
    r" (?:mama|mutter|eltern|schwester|bruder|kinder|tochter|sohn|oma|papa|vater|familie|freundin"
    r"|freund|leute) (?:wohnt|wohnen|arbeitet|arbeiten|zur schule geht|ist|sind)\b"
    r"(?!(?: \w{1,20}){0,4} (?:holt|abholen|besucht|besuchen|fahrt|bringt|vorbei))",
    # intimate videos as a threat
    r"\bdroht (?:\w{1,20} ){0,3}(?:die |meine |unsere )?(?:videos|bilder|fotos|nacktbilder"
    r"|nacktfotos|aufnahmen) (?:\w{1,20} ){0,3}(?:zu )?(?:schicken|verschicken|veroffentlichen"
    r"|posten|zeigen|rumzuschicken|weiterzuleiten|hochzuladen|hochladen)\b",
    # the ex at the door again; photos from inside my flat
    r"\b(?:mein |meine )?ex (?:steht|stand|wartet|parkt|sitzt|lauert) (?:\w{1,20} ){0,2}(?:vorm"
    r"|vor dem|vor meinem|vor meiner|vor der|vor unserem) (?:haus|tur|wohnung|arbeit|fenster"
    r"|schule|hauseingang|haustur)\b(?!(?: \w{1,20}){0,4} (?:holt|bringt|abholen|bringen"
    r"|abgeholt))",
    r"\bfotos von (?:meiner|unserer|mei) (?:wohnung|haus|schlafzimmer|zimmer)\b(?: \w{1,20}){0,3}"
    r" von innen\b",
    # medicines or aids taken away
    r"\b(?:versteckt|nimmt|behalt|entzieht|wegnimmt) (?:\w{1,20} )?(?:meine|mir die|mir meine)"
    r" (?:medikamente|tabletten|medizin|insulin|brille|horgerat|krucken|rollator|rollstuhl)\b"
    + _NOT_JOKING,
    # a head held under water, aimed at, pushed against the wall
    r"\b(?:kopf|gesicht) (?:\w{1,20} ){0,3}unter (?:das |dem |s )?wasser (?:gedruckt|gehalten"
    r"|druckt|halt|getaucht)\b(?!(?: \w{1,20}){0,6} (?:schwimmbad|pool|beim spielen|tauchen"
    r"|gelacht))",
    r"\b(?:auf mich|auf uns|auf meinen kopf|auf die kinder|auf mein gesicht) (?:gezielt|gerichtet"
    r"|angelegt)\b",
    r"\b(?:zielt|zielte|richtet|richtete) (?:\w{1,20} ){0,2}(?:auf mich|auf uns|auf die kinder)\b",
    r"\b(?:er|sie) (?:hat |hot |hod )?(?:\w{1,20} ){0,2}(?:mich|uns|den kleinen|die kleine|mein"
    r" kind|meinen sohn|meine tochter|das kind|die kinder) (?:\w{1,20} ){0,3}(?:gegen|an) die"
    r" (?:wand|tur|heizung|schrank|tischkante) (?:geschubst|gestossen|geschleudert|geworfen"
    r"|geknallt|geschmissen)\b" + _NOT_PLAY,
    # shut in somewhere, banging on the door
    r"\b(?:eingesperrt|eingeschlossen|verbarrikadiert)\b(?: \w{1,20}){0,3} (?:er|sie)"
    r" (?:hammert|schlagt|tritt|brullt|randaliert|wummert|trommelt)\b",
    # a child beaten by a stepfather
    r"\b(?:kriegt|kriagt|bekommt|kriegen|griagt) (?:\w{1,20} ){0,1}(?:vom|von|vo) (?:\w{1,20} )?"
    r"(?:stiefvater|stiefpapa|vater|papa|freund|mann|partner) (?:schlage|schlag|prugel|watschn"
    r"|watschen|haue)\b",
    # bruises on the face to cover up
    r"\b(?:blaue flecken|bluterguss|blutergusse|veilchen|blaues auge|striemen|wurgemale)"
    r" (?:im gesicht|am hals|am auge|um den hals)\b(?: \w{1,20}){0,5} (?:uberschminken|abdecken"
    r"|verstecken|kaschieren|wegschminken|weg|make ?up|makeup|concealer)\b",
]

MIGHT_HURT_I += [
    # pictures in the head of hurting the baby
    r"\b(?:bilder|gedanken|vorstellungen|szenen) (?:\w{1,20} ){0,3}wie (?:ich|i) (?:\w{1,20} )?"
    r"(?:mein|meinem|meine|das|die|den|ihn|sie|es) ?(?:\w{1,20} )?(?:verletze|verletz|wehtue"
    r"|schlage|fallen lasse|ersticke|ertranke|umbringe|schuttle|schuttel)\b",
    # afraid I'll shake or hit the little one
    r"\bangst (?:\w{1,20} ){0,2}(?:dass|das) (?:ich|i) (?:\w{1,20} ){0,3}(?:schuttel|schuttle"
    r"|schuttele|schlage|haue|hau)\b",
    # "they are afraid of me, and rightly"
    r"\b(?:meine frau|mein mann|meine freundin|mein freund|meine partnerin|mein partner|die kinder"
    r"|meine kinder|mei frau|mei mo) (?:hat|haben|hot|ham) angst vor mir\b",
    # the door smashed beside her head; the rage that blacks out
    r"\bneben (?:ihrem|seinem|deinem|ihren|seinen) kopf\b(?: \w{1,20}){0,3} (?:eingeschlagen"
    r"|geschlagen|gehauen|reingeschlagen|durchgeschlagen|geworfen|gedonnert)\b",
    r"\bschwarz vor (?:augen|aug) (?:\w{1,20} ){0,2}wenn (?:die |ich |mich )?(?:wut|wutend"
    r"|ausraste|sauer|zorn)\b",
    r"\b(?:hab|habe|hob) (?:ich |i )?(?:\w{1,20} ){0,2}(?:meine freundin|meinen freund|meine frau"
    r"|meinen mann|sie|ihn|mein kind|die kleine|den kleinen|meine partnerin|meinen partner)"
    r" (?:\w{1,20} ){0,2}(?:gegen|an) die wand (?:gedruckt|geschubst|gestossen|geschleudert"
    r"|geknallt)\b",
    # something put in his food
    r"\b(?:meinem|meiner|ihm|ihr|dem|der) (?:\w{1,20} )?(?:was|etwas|gift|rattengift) ins"
    r" (?:essen|trinken|getrank|bier|glas|kaffee) (?:zu )?(?:tun|mischen|kippen|schutten|streuen"
    r"|geben)\b",
    # doing something to him, in dialect: "dass i eahm wos o tua"
    r"\b(?:ihm|ihr|eam|eahm|ihnen) (?:was|wos|etwas|epps|eppes|ebbes) (?:o|an) ?(?:tu|tua|tue"
    r"|tun|dua|antu|antue|antun)\b",
    # the knife in my hand, and the thought
    r"\bmesser in der hand\b(?: \w{1,20}){0,4} (?:dran gedacht|daran gedacht|nachgedacht|uberlegt"
    r"|es tun|zustechen)\b",
    # "I'll wreck him, I swear"
    r"\b(?:mach|bring|schlag|hau) (?:ich|i) (?:ihn|sie|den|die|eam|ea) (?:\w{1,20} )?(?:kaputt|um"
    r"|tot|zusammen|platt)\b(?: \w{1,20}){0,3} (?:ich schwors|ich schwore|ich schwor|versprochen"
    r"|kein spass|ernsthaft|weiss schon wo)\b",
]

CONTROLLED_I += [
    # the phone taken by a partner
    rf"\b{_PARTNER_I2} (?:hat|hot|hod) (?:\w{{1,20}} )?(?:mein|mei|meinen) (?:handy|telefon"
    r"|smartphone|laptop) (?:\w{1,20} )?(?:einkassiert|weggenommen|konfisziert|abgenommen"
    r"|weggesperrt|versteckt|eingezogen)\b",
    # "without her I'd be in a home", papers and the residence permit
    r"\b(?:sagt|meint|droht|sagte)(?: \w{1,20})? ohne (?:sie|ihn|mich) (?:war|ware|warst|kam"
    r"|kame) (?:ich|du|i) (?:\w{1,20} )?(?:im heim|ins heim|auf der strasse|obdachlos|nichts|nix"
    r"|niemand|abgeschoben)\b",
    r"\bohne (?:ihn|sie|mich) (?:krieg|kriegst|bekomm|bekommst|kriege|bekomme) (?:ich|du|i)"
    r" (?:\w{1,20} )?(?:kein|keinen|keine) (?:aufenthalt|aufenthaltstitel|visum|papiere"
    r"|aufenthaltserlaubnis|niederlassung)\b",
    r"\b(?:meine|mei) (?:papiere|pass|reisepass|ausweis|aufenthaltstitel|dokumente) (?:hat|behalt"
    r"|hot|versteckt|nimmt) (?:er|sie)\b",
    # not allowed a course or a job "because he says so"
    r"\b(?:darf|derf) (?:\w{1,20} )?(?:kein|keinen|keine|nicht) (?:deutschkurs|sprachkurs|kurs"
    r"|ausbildung|job|fuhrerschein|studium|konto|arbeit)\b(?: \w{1,20}){0,5} (?:er|sie) (?:sagt"
    r"|will|meint|erlaubt|findet)\b",
    # friends driven off
    r"\b(?:hat|hot) (?:\w{1,20} )?(?:alle )?(?:meine|mei) (?:kumpels|freunde|freundinnen|familie"
    r"|leute|eltern|spezln) (?:\w{1,20} )?(?:vergrault|vertrieben|weggeekelt|rausgeekelt"
    r"|verscheucht|verjagt)\b",
    # asking if I may call my mother; before every meeting
    r"\b(?:fragen|froga|frogn|frage) ob (?:ich|i) (?:\w{1,20} ){0,2}(?:mama|mutter|meine mutter"
    r"|meine eltern|meine schwester|meinen bruder|meine freundin|freunde|freundinnen|meine familie"
    r"|papa|oma|mei muatta) (?:\w{1,20} )?(?:anrufen|besuchen|treffen|sehen|schreiben) (?:darf"
    r"|derf|dorf)\b",
    r"\b(?:muss|muass) (?:vor|bei) (?:jedem|jeder) (?:treffen|verabredung|ausflug|einkauf)"
    r" (?:\w{1,20} )?(?:fragen|um erlaubnis)\b",
    # no account of one's own, "says she"
    r"\b(?:kein|keinen|keine) (?:eigenes|eigenen|eigene) (?:konto|geld|karte|bankkarte|handy)\b"
    r"(?: \w{1,20}){0,3} (?:sagt|meint|findet) (?:er|sie)\b",
    # everything perfect before he is home, "or else"
    r"\bperfekt sein (?:\w{1,20} )?(?:bevor|bis|wenn) (?:er|sie) (?:heimkommt|nach hause kommt"
    r"|kommt|zuruckkommt|heim kommt)\b(?: \w{1,20}){0,2} sonst$",
    # careful of every word, because of him
    r"\b(?:pass|passe) (?:immer |standig |genau )?auf was (?:ich|i) (?:sag|sage|sog)\b"
    r"(?: \w{1,20}){0,2} wegen (?:ihm|ihr)\b",
    # writing only while he sleeps
    r"\b(?:schreib|schreibe|melde mich|antworte) (?:dir |euch |hier )?nur (?:wenn|solange) er"
    r" (?:schlaft|weg ist|nicht da ist|bei der arbeit ist|arbeitet|duscht)\b",
    # made to block everyone of the other sex
    r"\b(?:muss|soll|musste) (?:\w{1,20} )?(?:alle )?(?:jungs|typen|manner|madels|frauen"
    r"|kollegen|freunde) (?:\w{1,20} )?(?:blocken|blockieren|entfolgen|loschen|entfernen)\b",
    # locked in while he is at work
    r"\b(?:sperrt|schliesst) (?:er|sie) (?:\w{1,20} ){0,2}(?:ab|zu)\b(?: \w{1,20}){0,2} (?:und )?"
    r"(?:nimmt|nahm) (?:\w{1,20} )?(?:schlussel|schlussl) (?:mit|weg)\b(?: \w{1,20}){0,3}"
    r" (?:jeden tag|immer|ich komm nicht raus|ich kann nicht raus|ich hab keinen)\b",
    # an ultimatum against a class or a friend
    r"\b(?:er|sie) (?:hat gesagt|sagt|meint|droht)(?: \w{1,20})? wenn (?:ich|i) (?:\w{1,20} ){0,4}"
    r"(?:geh|gehe|mache|mach|treffe|fahre|fahr|anfange) (?:ist|is|isch) schluss\b",
    # laughing with someone else, and the silence after
    r"\bwenn (?:ich|i) mit (?:jemand|jemandem|anderen|einem anderen|einer anderen|kollegen"
    r"|freunden|wem anders) (?:\w{1,20} ){0,2}(?:lach|lache|rede|red|spreche|tanze|schreibe)\b"
    r"(?: \w{1,20}){0,3} (?:wird|rastet|flippt|tickt|redet) (?:er|sie)\b",
    # what I wear, eat, when I sleep
    r"\b(?:bestimmt|entscheidet|kontrolliert) (?:\w{1,20} )?(?:was ich|was i|wann ich|wie viel"
    r" ich) (?:anzieh|anziehe|ess|esse|trage|anhab|kaufe|kauf|ausgebe|schlafe|ins bett)\b"
    + _NOT_JOKING,
]

# Told as long past, and safe now: "Mein erster Mann hat mich geschlagen. Ist 20 Jahre her",
# "Früher hab ich mich geritzt, ist 8 Jahre her".
BEHIND_ME += [
    r"\b(?:ist|is|isch) (?:\w{1,20} )?\d{1,2} jahre her\b(?: \w{1,20}){0,8} (?:glucklich|langst"
    r" weg|sicher|in sicherheit|vorbei|getrennt|geschieden)\b",
]
RECOVERED_H += [
    r"\b(?:fruher|damals|als teenager|als jugendliche\w{0,2})\b(?: \w{1,20}){0,4} (?:geritzt"
    r"|geschnitten)\b(?: \w{1,20}){0,2} (?:ist|is) \d{1,2} jahre her\b(?!.{0,80}\bwieder\b)",
]
MIGHT_HURT_SET_ASIDE_H += [
    # "ich könnt ihn erwürgen. ganze schokolade weg"
    r"\b(?:konnt|konnte|kunnt) (?:ihn|sie) (?:\w{1,20} )?(?:erwurgen|umbringen|erschlagen)\b"
    r"(?: \w{1,20}){0,6} (?:schokolade|chips|kuchen|pizza|eis|kekse|torte|bier)\b",
]
PLAYFUL += [
    r"\b(?:paintball|lasertag|nerf|wasserpistole\w{0,2}|softair|airsoft)\b",
]

LANGUAGE = Language(
    code="de",
    statements={
        Concern.SELF_HARM: [*SELF_HARM_STATEMENTS, *SELF_HARM_MORE, *SELF_HARM_H, *SELF_HARM_I],
        Concern.IN_DANGER: [*IN_DANGER_STATEMENTS, *IN_DANGER_MORE, *IN_DANGER_H, *IN_DANGER_I],
        Concern.MIGHT_HURT: [
            *MIGHT_HURT_STATEMENTS,
            *MIGHT_HURT_MORE,
            *MIGHT_HURT_H,
            *MIGHT_HURT_I,
        ],
        Concern.CONTROLLED: [
            *CONTROLLED_STATEMENTS,
            *CONTROLLED_MORE,
            *CONTROLLED_H,
            *CONTROLLED_I,
        ],
    },
    mentions={
        Concern.SELF_HARM: SELF_HARM_MENTIONS,
        Concern.IN_DANGER: IN_DANGER_MENTIONS,
        Concern.CONTROLLED: CONTROLLED_MENTIONS,
    },
    asides=ASIDES,
    set_aside={
        Concern.SELF_HARM: [*RECOVERED, *FICTION, *RECOVERED_H],
        Concern.IN_DANGER: [*BEHIND_ME, *PLAYFUL, *FICTION, *OTHERS_TROUBLE_H],
        Concern.MIGHT_HURT: [*RECOVERED, *PLAYFUL, *FICTION, *MIGHT_HURT_SET_ASIDE_H],
        Concern.CONTROLLED: [*BEHIND_ME, *FICTION, *CONTROLLED_SET_ASIDE, *OTHERS_TROUBLE_H],
    },
    spellings=SPELLINGS,
)
