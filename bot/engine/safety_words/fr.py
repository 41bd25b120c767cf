"""French: what people write about themselves when they are at risk, and the look-alikes
(figures of speech, films, the past) that must be left alone. Tuned on
`tests/safety_corpus/fr_tuning.tsv` … `_c`, then extended on `_d` … `_g` (four writers' batches of
2026-12-02) by families of phrasings: spoken contractions ("jme", "chui", "jvais" are read as
words through `SPELLINGS`), goodbyes and affairs put in order, means kept at hand, places, being
trapped or followed, threats about papers and children, control of money, phone, clothes and
time, and fear of one's own violence; and on `_h` (an independent writer, 2026-12-03) by what it
showed besides: a weapon on one's lap, pills counted, treatment stopped, goodbyes passed on, threats
for leaving or speaking, filming and blackmail, aids taken away, calls listened to, a curfew.

Patterns read folded text: no accents, apostrophes dropped, so elided words join the next one
("j'ai" is "jai", "il m'a frappée" is "il ma frappee", "qu'il" is "quil", "d'adieu" is
"dadieu"); "œ" stays a letter of its own. Spoken French drops "ne" ("je veux plus vivre") and
"je" shrinks ("jveux"). Every pattern is bounded (see `bot/engine/safety.py`).
"""

from __future__ import annotations

from bot.engine.safety import Concern, Language

_JE = r"(?:je|j|jveux|jveu)"
_WANT = (
    r"(?:veux|veu|ve|voudrais|vais|pense a|envie de|jai envie de|ai envie de|aimerais|prefere"
    r"|prefererais|preferais|prefererai|souhaite|dois|veux juste|veux vraiment)"
)
_HE = (
    r"(?:il|elle|mon mari|ma femme|mon copain|ma copine|mon conjoint|ma conjointe|mon ex"
    r"|mon compagnon|ma compagne|mon beau pere|mon pere|mon mec|mon chéri|quil|quelle|sil|mon chum"
    r"|ma blonde|mon gars|mon homme|ma meuf|son pere|leur pere|papa|mon copain|ma copine)"
)
# Dying of something ordinary: "mourir de honte", "mourir de rire".
_OF_LAUGHTER = (
    r"(?! (?:de|d|dennui|denvie) ?(?:rire|honte|faim|soif|chaud|froid|peur|envie|ennui|fatigue"
    r"|impatience|jalousie|plaisir|bonheur|curiosite))"
)
# "je vais mourir si je mange encore", "je vais crever si je dois encore l'écouter".
_NOT_IF = (
    r"(?! (?:si|sil|si il|si elle) (?:je |j)?(?:\w{1,20} ){0,1}(?:mange|dois|rate|entends|ecoute"
    r"|vois|bois|attends|reste"
    r"|fais|finis|lis|encore|oublie|arrive|loupe))"
)
# "je vais finir par le frapper, ce distributeur": a thing named after the verb, not a person.
_NOT_A_THING = r"(?! (?:ce|cet|cette|au|aux|le|la|les|un|une|des) )"
# "me pendre à son cou" (a hug), "me pendre au téléphone".
_NOT_HANGING_ON = r"(?! (?:a|au|aux) )"
_NOT_JOKING = r"(?!(?: \w{1,20}){0,12} (?:mdr|ptdr|lol|haha\w{0,6}|xd|jrigole|je rigole|blague)\b)"
# A trivial "if": "ma copine va me tuer si j'oublie le pain".
_NOT_TRIVIAL = r"(?<!va )(?<!vont )(?<!allait )(?<!aller )"

SELF_HARM_STATEMENTS = [
    rf"\b(?:je |j )?(?:ne )?{_WANT} (?:juste |vraiment )?(?:mourir|m0urir|crever|me tuer"
    r"|me suicider"
    r"|en finir|disparaitre pour toujours|me pendre|me foutre en lair|mettre fin a (?:mes jours"
    r"|ma vie)|sauter du pont|sauter dun pont|me jeter (?:sous|du|dun|par)|me faire du mal"
    r"|me couper|plus exister|ne plus exister|ne plus me reveiller|plus me reveiller|plus vivre"
    r"|ne plus vivre|ne plus etre la|plus etre la)\b" + _OF_LAUGHTER + _NOT_IF + _NOT_HANGING_ON,
    r"\bjveux? (?:mourir|crever|me tuer|plus vivre|en finir)\b" + _OF_LAUGHTER,
    r"\bje (?:ne )?(?:veux|voudrais) (?:plus|pas) (?:vivre|exister|me reveiller|etre la)\b"
    r"(?! (?:avec|ici|la bas|dans|a|en|comme|trop|tot|avant|pour))",
    r"\bjai (?:plus|pas) envie de vivre\b",
    rf"\b{_NOT_TRIVIAL}(?:me|se) suicider\b",
    rf"\b(?:je vais|jvais|je veux|jveux) me tuer\b{_NOT_JOKING}(?! si\b)",
    r"\b(?:je suis|je me sens|suis) (?:\w{1,20} )?suicidaire\b",
    r"\b(?:jai|ai|javais|encore|mes|ces|avoir) (?:des |de nouveau des |encore des )?(?:pensees"
    r"|idees)"
    r" (?:suicidaires|de suicide|de mort)\b",
    r"\bidees noires\b.{0,30}\b(?:finir|mourir|disparaitre|suicide)\b",
    r"\bpense au suicide\b",
    r"\bme (?:pendre|scarifier|mutiler)\b" + _NOT_HANGING_ON,
    r"\bje me (?:scarifie|mutile|scarifiais encore|coupe (?:les|le|mes) (?:bras|poignets|poignet"
    r"|cuisses|jambes|peau))\b",
    r"\bme (?:suis|suis encore|suis de nouveau) (?:recoupe|coupee?|scarifiee?|brulee?|mutilee?)"
    r" (?:encore |de nouveau )?(?:hier|ce soir|cette nuit|les bras|les poignets|expres|encore)\b",
    r"\bme (?:fais|faire) du mal (?:expres|volontairement)\b",
    r"\bjai (?:envie de|besoin de) me faire du mal\b",
    r"\bme brule (?:avec (?:des|une|mes) (?:cigarettes|cigarette|briquet)|expres)\b",
    r"\b(?:recommence|replonge) a me (?:scarifier|couper|mutiler|faire du mal)\b",
    r"\bmettre fin a (?:mes jours|ma vie)\b",
    r"\ben finir(?! (?:avec (?:ce|cette|le|la|les|ces|mon|ma|mes)\b|de))",
    r"\ben finir avec la vie\b",
    r"\b(?:jaimerais|je voudrais|je prefererais|jaurais prefere) (?:etre mort|etre morte|ne"
    r" jamais (?:etre ne|etre nee|naitre)|mourir|disparaitre|ne plus me reveiller)\b"
    + _OF_LAUGHTER,
    r"\b(?:mendormir|dormir) et ne (?:plus|jamais) me reveiller\b",
    r"\b(?:jespere|pourvu) que je (?:ne )?me reveillerai (?:pas|plus|jamais)\b",
    r"\b(?:jespere|pourvu) que je (?:ne )?me reveille (?:pas|plus|jamais)\b",
    r"\b(?:serait|seraient|seraient tous|serions|seront|sont) (?:tous )?mieux sans moi\b",
    r"\bmieux si (?:jetais|je netais) (?:mort|morte|plus la|pas la)\b",
    r"\b(?:ma|la) vie (?:na|n a) plus (?:de|aucun) sens\b",
    r"\b(?:vois|trouve) (?:plus|pas|aucun) (?:l ?interet|linteret|de sens|sens|de raison) (?:de"
    r" |a |dans la )?(?:vivre|vie)\b",
    r"\b(?:plus|aucune|pas de) (?:aucune )?raisons? de vivre\b",
    r"\b(?:ca|cela) sert a rien que je (?:reste|sois) (?:en vie|vivant|vivante|la)\b",
    r"\b(?:garde|mets|mis|met|stocke|accumule) (?:de cote )?(?:\w{1,20} ){0,2}(?:medicaments"
    r"|cachets|comprimes|somniferes)(?: de cote)?\b(?! (?:pour (?:le|la|les) (?:voyage|vacances"
    r"|rhume|grippe)))",
    r"\bde cote assez de (?:cachets|medicaments|comprimes)\b",
    r"\b(?:prendre|avale|avaler|pris) (?:toute la boite|une boite|toute une boite|tous les|tous"
    r" mes|une plaquette) (?:de |des )?(?:cachets|medicaments|comprimes|somniferes)\b",
    r"\blettres? dadieu\b(?! (?:au|a mon|a ma|a mes) (?:boulot|travail|collegues|patron))",
    r"\blaisse une lettre a (?:chacun|tout le monde|ma famille|mes enfants|ma mere)\b",
    r"\b(?:cest|ceci est) un adieu\b",
    r"\b(?:fatigue|fatiguee|epuise|epuisee) de (?:vivre|la vie|exister)\b",
    r"\b(?:jen ai|en ai) marre de (?:vivre|la vie|exister)\b",
    r"\bjen peux plus (?:de (?:cette|la|ma) vie|de vivre|je veux (?:disparaitre|mourir|en finir"
    r"|que tout sarrete))\b",
    r"\bje (?:veux|voudrais) que tout sarrete\b(?! (?:une|un|pour|le temps))",
    r"\b(?:veux|voudrais) disparaitre\b(?! (?:de|dune|du|des|une|un|sous|pendant|quelques"
    r"|a)\b)",
    r"\bcherche (?:comment|un moyen de) (?:faire sans souffrir|mourir|me tuer|me suicider|en"
    r" finir)\b",
    r"\bje sais (?:deja|exactement) comment je vais (?:faire|men aller)\b",
    r"\btout arreter pour de bon\b",
    r"\bbientot je (?:serai|ne serai) plus la\b",
    r"\b(?:je )?prefere(?:rais|rai|ais)? mourir\b" + _OF_LAUGHTER,
    r"\b(?:vois|trouve) (?:plus|pas|aucune) (?:d ?issue|dissue|de sortie|de solution)\b",
    r"\bje (?:ne )?pense (?:plus )?qua (?:mourir|la mort|me tuer|en finir|disparaitre)\b",
    r"\b(?:achete|trouve|jai) une corde\b(?! a sauter)",
    r"\bpardonnez moi (?:pour|de) tout\b",
    r"\b(?:confie|donne|laisse|legue) (?:\w{1,20} ){0,5}au cas ou il (?:m ?arrive|marrive"
    r"|marriverait) quelque chose\b",
    r"\b(?:me gratte|me griffe|me pince|me mords) (?:\w{1,20} ){0,2}jusqu ?au sang\b",
    r"\bme (?:gratte|griffe) jusquau sang\b",
    r"\b(?:detre|etre|suis) de trop (?:sur cette terre|dans ce monde|ici|pour tout le monde)\b",
    r"\bpersonne (?:ne )?me (?:regretterait|manquerait|regrettera)\b",
    r"\bsi je partais pour toujours\b",
    r"\b(?:veux|voudrais) (?:plus|pas) etre ici\b",
    r"\barreter de souffrir\b(?! (?:de|d|du|des|pour)\b)",
    r"\b(?:fixe|regarde) (?:la|les|ma|mes) (?:boite|boites|plaquette|plaquettes) de (?:medicaments"
    r"|cachets|comprimes)\b",
    r"\bjabandonne (?:la vie|tout)\b",
    r"\b(?:ca|cela) (?:ne )?sert plus a rien de continuer\b",
    r"\bje donne (?:toutes )?mes affaires\b",
    r"\bjen aurai (?:bientot )?plus besoin\b",
    r"\bdisparaitre pour de bon\b",
    r"\bsi demain je (?:ne )?reponds pas vous saurez pourquoi\b",
    r"\bme suis (?:encore |de nouveau )?entaille\w{0,2} (?:les|mes) (?:jambes|bras|poignets)\b",
    r"\bsauter du balcon\b",
]

SELF_HARM_MENTIONS = [
    r"\b(?:suicide|se suicide|se suicider|scarification|automutilation|tentative de suicide"
    r"|suicidaires?)\b",
]

_HIT = (
    r"(?:frappe|frappee|frappes|frape|bat|battu|battue|tape|tapee|gifle|giflee|etrangle|etranglee"
    r"|cogne|cognee"
    r"|viole|violee|menace|menacee|pousse|poussee|jete|jetee|enferme|enfermee|trainee|traine"
    r"|attrape|attrapee|brule|brulee|mord|mordu|mordue|secoue|secouee|roue de coups|tabasse"
    r"|tabassee|agresse|agressee)"
)
# Ordinary shoves and taps: to apply, into a pool, on the back.
_NOT_HIT = (
    r"(?! (?:a about|a bout|au bout|a (?:postuler|faire|essayer|changer|partir|sortir|aller|me|pre"
    r"ndre)|dans (?:la"
    r" piscine|leau|le dos)|sans faire expres|en jouant|pour rire|de reveler|de raconter"
    r"|de dire|de le dire|de tout dire|de tout raconter|de quitter le groupe|sur les nerfs|un"
    r" regard|un coup doeil|un sort"
    r"|sur le systeme|de (?:ne )?(?:plus|pas) (?:me |m)?\w{1,20}|de me chatouiller)\b)"
)

IN_DANGER_STATEMENTS = [
    rf"\b{_HE} (?:\w{{1,20}} )?(?:me|ma|mont|m a) (?:encore |de nouveau |deja )?{_HIT}\b{_NOT_HIT}"
    + _NOT_JOKING,
    rf"\b{_HE} me (?:frappe|frape|bat|tape dessus|tape|cogne|viole|secoue|etrangle)\b{_NOT_HIT}",
    r"\b(?:ma|mont) (?:mis|donne|foutu|colle) (?:une |un |des )?(?:claque|gifle|baffe|coup de"
    r" poing|coups de poing|coup de pied|coups de pied|coup|coups|raclee|beigne|torgnole)\b"
    r"(?! (?:de main|de fil|de pouce|de soleil|dans le dos|(?:de (?:coude|genou|pied|tete) )?(?:en"
    r" dormant|sans faire expres|en jouant|par accident)))",
    r"\bme (?:donne|donnait|met|mettait) des (?:coups|claques|gifles|baffes)\b",
    r"\b(?:ma|mont) (?:attrapee?|pris|prise|serre|serree|saisi|saisie) (?:par )?(?:le cou|la gorge"
    r"|les cheveux|le bras|les poignets)\b",
    r"\b(?:ma|mont) serre (?:le cou|la gorge)\b",
    r"\b(?:essaye|essaie|tente|voulu|voulait) de (?:metrangler|me tuer|me noyer|metouffer|me"
    r" frapper|me bruler|me poignarder)\b",
    r"\ba voulu me (?:noyer|tuer|etrangler|etouffer)\b",
    r"\b(?:ma|mont) (?:jetee?|poussee?|projetee?|plaquee?) (?:par terre|au sol|contre|dans"
    r" lescalier|dans les escaliers)\b",
    r"\b(?:ma|me) (?:tire|tiraient|tirait|traine|trainee) (?:par )?les cheveux\b",
    r"\bsi je le quitte (?:il )?me tue\b",
    r"\bsi je (?:le|la) quitte (?:il|elle) (?:me tue|va me tuer|me tuera)\b",
    r"\b(?:menace|menacait|menacee) de me tuer\b",
    r"\b(?:ma|mont) menacee? (?:de mort|avec (?:un|une) (?:couteau|arme|pistolet|fusil))\b",
    r"\b(?:dit|dis|a dit|jure|crie) quil (?:allait|va|vas) me (?:tuer|frapper|defoncer|crever)\b",
    r"\bjai peur (?:quil|quelle) me (?:tue|frappe|fasse du mal|retrouve|viole)\b",
    r"\b(?:a|possede|garde) (?:une arme|un pistolet|un fusil|un couteau) et jai peur\b",
    r"\b(?:ma|mont) mis (?:un|le) couteau (?:sous|sur) (?:la gorge|le cou)\b",
    r"\b(?:ma|mont) (?:forcee?|obligee?|contrainte?) a (?:avoir des rapports|coucher|faire lamour"
    r"|des actes sexuels|le sucer)\b",
    r"\bme (?:force|forcait|oblige|obligeait|contraint) a (?:coucher|avoir des rapports|faire"
    r" lamour|des trucs sexuels|des actes sexuels)\b",
    r"\bme met la pression pour (?:coucher|faire des trucs sexuels|avoir des rapports|faire"
    r" lamour)\b",
    r"\b(?:ma|mont) violee?\b",
    r"(?<!jai )\b(?:frappe|bat|tape|cogne) (?:les enfants|mon fils|ma fille|les petits|notre fils|"
    r"notre"
    r" fille|le bebe)\b",
    r"\btouche (?:ma fille|mon fils|notre fille|notre fils)\b",
    r"\bme (?:suit|harcele|traque) (?:et|partout|jusque|jusqua)\b(?! comme)",
    r"\bmattend a la sortie\b",
    r"\bjai peur de rentrer (?:chez moi|a la maison)\b",
    r"\b(?:me sens|suis) (?:pas|plus) en securite (?:chez moi|avec (?:lui|elle)|a la maison)\b",
    r"\bjai (?:tellement |tres )?peur (?:de lui(?! faire)|delle|de mon (?:mari|copain|conjoint|ex|"
    r"mec"
    r"|compagnon)|de ma (?:femme|copine|conjointe))\b",
    r"\b(?:ma|mont) enfermee? (?:dans|a clef|a cle|dehors)\b",
    r"\b(?:ma|mont) (?:lance|jete|balance) (?:une|un|des) (?:assiette|verre|objets|chaise"
    r"|couteau|bouteille)\b",
    r"\bme (?:jette|lance|balance) (?:des|une|un) (?:objets|assiettes|trucs|choses)\b",
    r"\b(?:fini|finie|atterri) aux urgences a cause de (?:lui|elle)\b",
    r"\bbleus (?:partout )?a cause de (?:lui|elle)\b",
    r"\b(?:ma|mont) casse (?:le bras|le nez|une cote|les dents|la machoire|le poignet)\b",
    r"\b(?:ma|mont) crache dessus\b",
    r"\bme tape dessus\b",
    r"\b(?:ma|mont) (?:serre|serree|pris|tenu|empoigne) (?:le cou|la gorge)\b",
    r"\b(?:ma|mont) fait un (?:œil|oeil) au beurre noir\b",
    r"\b(?:devient|est|il est) (?:violent|brutal) (?:\w{1,20} ){0,3}(?:cogne|frappe|me tape)\b",
    r"\bquand il boit (?:\w{1,20} ){0,4}(?:cogne|frappe|violent)\b",
    r"\b(?:ma|mont) (?:tenu|serre|attrape|pris) le bras si fort\b",
    r"\bjai des (?:marques|bleus|traces) (?:a cause de lui|a cause delle|au cou)\b",
    r"\bme donne des coups de poing\b",
    r"\bcouche avec moi (?:quand|pendant que|alors que) je (?:dors|dormais|suis ivre)\b",
    r"\bphotos de (?:couteaux|armes|flingues) pour me faire peur\b",
    r"\bsi (?:jen parle|je le dis|je raconte) (?:\w{1,20} ){0,5}(?:il|elle) (?:me tue|va me"
    r" tuer)\b",
    r"\bdit quil me tue\b",
    r"\b(?:leve|levait|levé) la main sur moi\b",
    r"\b(?:ma|mont) (?:cogne|claque|frappe|tape) la tete contre\b",
    r"\bmenace de (?:publier|poster|envoyer|diffuser) mes photos\b",
    r"\b(?:ma|mont) (?:jetee?|mise?) dehors a coups\b",
    r"\bme (?:mord|pince) (?:\w{1,20} ){0,3}jusqua ce que jaie des bleus\b",
    r"\blui dire non au lit\b",
    r"\bfrappe (?:la petite|le petit|ma fille|mon fils) si fort\b",
]

IN_DANGER_MENTIONS = [
    r"\b(?:violences? conjugales?|violences? domestiques?|feminicide|viol|agression sexuelle)\b",
]

MIGHT_HURT_STATEMENTS = [
    rf"\b(?:je crois que |je sens que )?(?:je vais|jvais|je veux|envie de|jai envie de) (?:le"
    rf" frapper|la frapper|le tuer|la tuer|lui faire (?:du )?mal|letrangler|le cogner|la cogner"
    rf"|lui casser la gueule|le buter|la buter)\b{_NOT_JOKING}(?! (?:quand il ronfle|de"
    rf" bisous))" + _NOT_IF,
    r"\bjai peur de ce que je (?:pourrais|peux|risque de) lui faire\b",
    r"\bjai peur de (?:lui faire du mal|le frapper|la frapper|le tuer|la tuer|perdre le controle"
    r"|frapper mon fils|frapper ma fille|frapper mon enfant|faire du mal a)\b",
    rf"\b(?:un de ces jours|je te jure|un jour) je (?:la|le) (?:tue|frappe|bute)\b{_NOT_JOKING}",
    rf"\bje (?:le|la) tue\b{_NOT_JOKING}(?! (?:a|au|aux) )",
    r"\bjai (?:frappe|gifle|pousse|cogne|bouscule|etrangle) (?:ma|mon) (?:copine|copain|femme"
    r"|mari|conjoint|conjointe|fils|fille|enfant|bebe|compagne|compagnon)\b",
    r"\bje (?:lai|les) (?:frappee?|giflee?|poussee?|cognee?)\b(?! (?:sans faire expres|en jouant))",
    r"\bexploser et faire du mal\b",
    r"\bperdre le controle avec (?:les enfants|mon fils|ma fille|le bebe|mes enfants)\b",
    r"\bsecouer le bebe\b",
    r"\bfailli (?:letrangler|le tuer|la tuer|le frapper|la frapper)\b",
    r"\bpeur de moi meme\b",
    r"\ba deux doigts de (?:lui mettre une raclee|le frapper|la frapper|le tuer|la tuer|lui en"
    r" mettre une)\b",
    r"\bjai serre le cou de (?:ma|mon)\b",
    r"\b(?:tellement la rage|tellement en colere) que je pourrais (?:le|la) (?:tuer|frapper"
    r"|etrangler)\b",
    r"\bje lai pousse\w{0,1} dans lescalier\b",
]

CONTROLLED_STATEMENTS = [
    r"\bme laisse (?:pas|plus|jamais) (?:sortir|travailler|voir|parler|aller|utiliser|avoir)\b"
    r"(?! (?:sans (?:manteau|veste|echarpe|dejeuner|manger|bisou)|la fin))" + _NOT_JOKING,
    r"\b(?:controle|gere|surveille) (?:tout )?(?:mon|mes|ma) (?:argent|salaire|telephone|portable"
    r"|messages|depenses|compte|tel|sorties|fringues|vetements)\b(?<!gere mon salaire)",
    r"\b(?:il|elle) (?:controle|surveille|fouille) (?:mon telephone|mes messages|mon argent"
    r"|tout ce que je fais)\b",
    r"\bcontrole tout ce que je\b",
    rf"\b{_HE} (?:\w{{1,20}} ){{0,2}}(?:fouille|regarde|lit|checke|verifie) (?:mon|mes|dans mon)"
    r" (?:telephone|portable|tel|messages|mails|conversations)\b"
    r"(?! (?:pour moi|quand je (?:lui )?demande|pour (?:voir si|me montrer|maider|regler|les"
    r" photos|des photos|la photo"
    r"|retrouver|trouver|chercher|recuperer)))",
    r"\b(?:fouille|checke) (?:mon|mes|dans mon) (?:telephone|portable|tel"
    r"|messages|mails|conversations)\b(?! (?:pour moi|quand je (?:lui )?demande))",
    r"\blit (?:\w{1,20} )?mes messages\b(?! a voix haute)",
    r"\bme (?:prend|prenait|pique|confisque) (?:mon|ma|mes|tout mon) (?:salaire|argent|carte"
    r"|telephone|portable|cles|papiers)\b",
    r"\b(?:pas le droit|plus le droit|interdit) (?:davoir|dutiliser|de voir|de sortir|de"
    r" travailler|de parler|daller)\b",
    r"\bdemander la permission pour (?:tout|sortir|acheter|depenser|voir)\b",
    r"\bmempeche (?:de voir|de sortir|de travailler|de parler|daller|de partir)\b",
    r"\b(?:ma|mont) interdit de\b" + _NOT_JOKING,
    r"\bminterdit de\b" + _NOT_JOKING,
    r"\b(?:dit|disait) (?:toujours |tout le temps )?que je (?:suis|ne suis) (?:une |un )?(?:bonne a"
    r" rien|nulle?|conne?|moche|grosse|folle|idiote?|rien|inutile|debile)\b(?! (?:de|aux|au|en) )"
    + _NOT_JOKING,
    r"\bme traite de (?:conne|con|nulle|grosse|folle|pute|salope|moins que rien|bonne a rien"
    r"|idiote|debile)\b" + _NOT_JOKING,
    r"\bje (?:ne )?vaux rien\b",
    r"\bm ?humilie\b(?! (?:aux echecs|au jeu|au tennis|a mario))",
    r"\b(?:vis|vit) dans la peur\b",
    r"\bj?marche sur des (?:œufs|oeufs|oeuf|œuf)\b(?! avec (?:mon|ma) (?:boss|patron|patronne"
    r"|chef|prof"
    r"|belle mere|beau pere))",
    r"\b(?:veux|voudrais) (?:le|la) quitter mais jai peur\b",
    r"\bjai peur de (?:le|la) quitter\b",
    r"\b(?:suit|traque|surveille|piste) ma (?:localisation|position|geolocalisation)\b",
    r"\ba tous mes mots de passe\b",
    r"\b(?:ma|mont|m a) isolee? de\b",
    r"\bme garde enfermee?\b",
    r"\bsi je pars (?:il|elle) (?:garde|prend|me prend) (?:les enfants|les petits|la maison)\b",
    r"\bmenace de me (?:prendre|retirer|enlever) (?:les enfants|mes enfants)\b",
    r"\bgarde tout (?:mon|notre) argent\b",
    r"\bdecide (?:de )?(?:comment|ce que) je (?:mhabille|mange|dis|porte)\b",
    r"\bme fait croire que je suis (?:folle|fou|dingue)\b",
    r"\bjaloux de tout\b",
    r"\bje (?:ne )?peux (?:pas|plus|jamais) sortir sans (?:lui|elle)\b",
    r"\bcache mon (?:passeport|telephone|portable|argent|titre de sejour) pour que\b",
    r"\b(?:moblige|me force) a lui donner (?:tous )?mes (?:mots de passe|codes)\b",
    r"\bme punit en (?:me parlant plus|ne me parlant plus|mignorant)\b",
    r"\b(?:ma|mont) (?:pris|confisque|cache) les cles (?:de la voiture )?pour que\b",
    r"\bpersonne dautre (?:ne )?(?:voudra|voudrait) de moi\b",
    r"\bsans (?:lui|elle) je (?:ne )?suis rien\b",
    r"\benvoyer des photos pour prouver ou je suis\b",
    r"\bcontrole (?:meme |aussi )?mon historique\b",
    r"\bmappelle (?:dix|vingt|cent|\d{1,3}) fois (?:\w{1,20} ){0,3}avec qui je suis\b",
    r"\bpersonne (?:ne )?me croira\b",
    r"\blui montrer le ticket de tout\b",
]

CONTROLLED_MENTIONS = [
    r"\b(?:violences? psychologiques?|violence economique|emprise|pervers narcissique)\b",
]

ASIDES = [
    r"\b(?:film|serie|documentaire|docu|livre|roman|polar|article|podcast|infos|journal|episode"
    r"|chanson|video|conference|cours|personnage|heros|heroine) (?:\w{1,20} ){0,5}(?:sur|parle"
    r"|raconte|ou|dans lequel|avec|qui)\b",
    r"\b(?:dans|aux) (?:le|la|les) (?:film|serie|livre|roman|infos|documentaire|podcast)\b",
    r"\b(?:dans la serie|aux infos|au journal)\b",
    r"\b(?:prevention|ligne decoute|benevole|infirmiere|infirmier|urgences|psy|pour la fac"
    r"|devoir|true crime)\b",
    r"\bma (?:copine|pote|soeur|sœur|cousine|collegue|voisine) (?:\w{1,20} )?(?:ma raconte|dit"
    r" que|ma dit)\b",
    r"\b(?:benevolat|comment aider quelquun)\b",
    r"\b(?:lignes? decoute|3919|findahelpline)\b",
]

BEHIND_ME = [
    # "c'est fini entre nous" is as often an ultimatum ("si tu y vas, c'est fini entre nous")
    r"\b(?:cest|tout ca cest) (?:fini|du passe|derriere moi)\b(?! entre nous)",
    r"\b(?:maintenant|aujourdhui) (?:je vais bien|je suis (?:en securite|bien|heureuse|heureux)"
    r"|ca va)\b",
    r"\bil y a (?:des annees|longtemps|des ans)\b",
    r"\b(?:relation|couple) (?:davant|precedente?)\b",
    r"\bje suis avec quelquun qui\b",
]

RECOVERED = [
    r"\b(?:ado|adolescente?|il y a des annees|quand jetais|avant|plus jeune)\b.{0,60}\b(?:la"
    r" therapie ma (?:beaucoup )?aidee?|maintenant ca va|je vais bien|pardonne)\b",
    r"\b(?:deteste|hais) (?:les |le |la )?\w{1,20}\b.{0,40}\b(?:mdr|ptdr|lol|haha\w{0,6})\b",
]

FICTION = [
    r"\b(?:le|la|les) (?:personnage|personnages|heros|heroine|mechant)\b",
]

PLAYFUL = [
    r"\b(?:bataille doreillers|chatouilles|sans faire expres|en jouant|on a bien ri)\b",
]

SPELLINGS = {
    "jveu": "je veux",
    "jveux": "je veux",
    "veu": "veux",
    "frape": "frappe",
    "tjr": "toujours",
    "tjrs": "toujours",
    "pk": "pourquoi",
    "mtn": "maintenant",
    "chui": "je suis",
    "chuis": "je suis",
    "chu": "je suis",
    "jsuis": "je suis",
    "jsui": "je suis",
    "jpp": "jen peux plus",
    "pcq": "parce que",
    "jsp": "je sais pas",
    "jme": "je me",
    "jle": "je le",
    "jla": "je la",
    "jlui": "je lui",
    "jte": "je te",
    "jvais": "je vais",
    "jvois": "je vois",
    "jsais": "je sais",
    "jpeux": "je peux",
    "jdois": "je dois",
    "jdemande": "je demande",
    "jferai": "je ferai",
    "jferais": "je ferais",
    "jverrais": "je verrais",
    "jpense": "je pense",
    "jpars": "je pars",
    "jparle": "je parle",
    "jcrois": "je crois",
    "jmerite": "je merite",
    "jtravaille": "je travaille",
    "jsorte": "je sorte",
    "jrentre": "je rentre",
    "jreponds": "je reponds",
    "jvoie": "je voie",
    "jreconnais": "je reconnais",
    "jimagine": "je imagine",
    "jpourrais": "je pourrais",
    "jsavais": "je savais",
    "jtombe": "je tombe",
    "jbois": "je bois",
    "jcontrole": "je controle",
    "jdeteste": "je deteste",
    "jarrive": "je arrive",
    "jrate": "je rate",
}

# -- families added on the 2026-12-02 batches (_d to _g): spoken French glues "je" to the verb
# ("jme", "jvais", "jlui"), so `_J` reads "je " or a lone "j"; "c'est" may be "c" (read "see").
_J = r"(?:je |j)"
_CEST = r"(?:cest|see|ces|ct)"
_MEDS = (
    r"(?:medocs?|medicaments?|cachets?|comprimes?|somniferes?|pilules?|doliprane|antidepresseurs"
    r"|anxiolytiques|paracetamol|xanax|lexomil)"
)
_KID = (
    r"(?:(?:mon|ma|notre|le|la|son|sa|leur) (?:fils|fille|enfant|bebe|petite?|gamine?|neveu|niece"
    r"|petite soeur|petit frere)|(?:les|mes|nos|ses) (?:enfants|petits|gosses|filles|fils))"
)
_PARTNER = (
    r"(?:(?:ma|mon) (?:copine|copain|femme|mari|conjointe?|compagne|compagnon|mec|meuf|chum"
    r"|blonde|ex)|elle|lui)"
)
_IL = r"(?:il|elle|quil|quelle|sil)"
_HURT_HIM = (
    r"(?:le |la |les |lui |y |l)?(?:frapper|frappe|tuer|tue|etrangler|etrangle|empoisonner"
    r"|pousse|pousser|faire (?:du |vraiment |tres |tellement )?mal|fais (?:du )?mal|defoncer"
    r"|blesser|cogner|cogne|peter la gueule|casser la gueule|ecraser|planter|plante|buter|bute"
    r"|(?:defoncer|ecraser|eclater|exploser|peter) (?:la gueule|la tete|le crane)|egorger|secouer"
    r"|faire payer|massacrer|mettre une (?:droite|claque|gifle|baffe))"
)

# Clothes one has outgrown or no longer needs for an ordinary reason: "mes habits de grossesse".
_OUTGROWN = (
    r"(?! (?:de (?:grossesse|maternite|bebe|naissance|ski|sport|travail|boulot|chantier|deuil)|dete"
    r"|dhiver|trop (?:petits|grands|petites|grandes|serres)|de quand (?:jetais|j etais)))"
)

SELF_HARM_MORE = [
    # not waking up
    r"\b(?:mendormir|dormir|partir|boire|me coucher|coucher)\w{0,3} (?:\w{1,20} ){0,3}(?:et |jusqu"
    r"a )"
    r"(?:ne )?(?:pas|plus|jamais) (?:me )?reveiller\b(?! (?:avant|trop|a|tot|pour|en))",
    r"\b(?:veux|voudrais|souhaite|aimerais|jaimerais|prefere\w{0,4}|envie de) (?:ne )?(?:pas|plus"
    r"|jamais) (?:me )?reveiller\b(?! (?:trop|avant|a|tot|pour|en|demain matin pour))",
    r"\bsi (?:je |j)(?:ne )?me reveill\w{1,4} (?:pas|plus|jamais)\b(?! (?:a temps|a lheure|pour|tr"
    r"op"
    r"|assez))",
    r"\b(?:de )?ne (?:pas|plus) se reveiller\b(?! (?:la nuit|en pleine nuit|au milieu|pendant|tout"
    r"es les|chaque|avant|trop tot|fatiguee?|crevee?|a \d{1,2})\b)",
    r"\bon verra (?:bien )?si (?:je |j)me reveille\b",
    r"\b(?:dormir|partir|disparaitre) (?:pour toujours|a jamais|definitivement)\b"
    r"(?! (?:au|en|a|de|du|dans|vivre|loin|ce|cette|demain))" + _NOT_JOKING,
    # no longer being there
    r"\b(?:si|quand|bientot|jamais|remarquera|remarquerait) (?:\w{1,20} ){0,2}(?:je |j)(?:ne )?"
    r"(?:suis|serai|serais|etais) plus la\b",
    r"\b(?:plus|pas) envie detre la\b(?! (?:ce|a|au|avec|dans|pour|demain|en))",
    r"\b(?:mieux|prevu|decide|envie|besoin) de (?:ne )?(?:plus|pas) etre (?:la|un probleme|un poids"
    r"|un fardeau|en vie)\b",
    r"\b(?:plus simple|mieux|plus facile) (?:si (?:je |j)(?:nexistais|existais|netais|etais|ne me"
    r" reveillais|me reveillais) (?:pas|plus)|de (?:ne )?(?:pas|plus) (?:se|me) reveiller|de (?:ne"
    r" )?"
    r"plus exister|si (?:je |j)disparaissais)\b",
    r"\bpersonne (?:ne )?(?:remarquera|remarquerait|verrait|verra)\w{0,2} (?:\w{1,20} ){0,1}si"
    r" (?:je |j)(?:disparaissais|disparais|partais|mourais|netais|nexistais|etais plus|suis plus)\b"
    r"(?! (?:plus tot|en avance|en retard|du|de la|en vacances|une heure|un jour))",
    r"\bque (?:je |j)meffac\w{1,3}\b",
    r"\bdisparaitre pour de (?:vrai|bon)\b",
    r"\b(?:partir|men aller) pour (?:toujours|de bon|de vrai)\b(?! (?:au|en|a|de|du|dans|vivre|loi"
    r"n))",
    r"\b(?:fantome|fardeau|poids|boulet) (?:\w{1,20} ){0,2}(?:bientot|pour de vrai)\b",
    # a burden, worthless, undeserving
    r"\b(?:suis|sens|sent|etre) (?:comme )?(?:un|une) (?:poids|fardeau|boulet|charge) (?:pour|a)\b",
    r"\b(?:un|une) (?:poids|fardeau) pour (?:tout le monde|ma famille|mes proches|sa famille|mes"
    r" enfants|mes parents)\b",
    rf"\b{_J}(?:ne )?sers? (?:a|plus a) rien (?:sur cette terre|dans ce monde|(?:\w{{1,20}} "
    rf"){{0,4}}"
    r"(?:mieux vaut|disparaitre|mourir|meffacer|partir))",
    rf"\b{_J}(?:ne )?merite (?:pas|plus) (?:de vivre|detre en vie|de respirer|detre la|dexister)\b",
    r"\b(?:fatiguee?|epuisee?|tannee?|marre) (?:detre en vie|de cette vie|detre encore la|detre"
    r" vivant|de me battre)\b",
    r"\b(?:meme plus|plus envie|pus envie) de vivre\b",
    r"\b(?:rien savoir|plus rien attendre) de la vie\b",
    r"\bmieux sans moi\b(?! (?:a la|au|pour le|ce|cette|aujourdhui))",
    # no point, no reason, the only way out
    r"\b(?:vois|trouve) (?:plus|pas) (?:trop |vraiment )?(?:linteret|le sens|pourquoi) (?:de |a |j"
    r"e )?"
    r"(?:continuer|continue|vivre|me lever|rester|trainer)\b",
    r"\bpourquoi (?:je |j)(?:continue|continuerais|trainerais|me leve|resterais|vis)\b"
    r"(?! (?:a|de|avec) )",
    r"\ba quoi bon (?:guerir|vivre|continuer|me lever|me battre|rester|je me vois)\b",
    r"\b(?:plus rien|rien|seule chose|seul truc|seule personne) qui me (?:retient|retenait)\b",
    r"\b(?:plus|pas|aucune) (?:de )?raisons? de (?:rester|continuer|me lever)\b"
    r"(?! (?:dans|a|au|chez|avec|ici pour))",
    r"\b(?:la mort|mourir|le suicide) comme (?:solution|seule|issue)\b",
    r"\bseule (?:solution|issue|sortie|maniere|facon) (?:\w{1,20} ){0,4}(?:la mort|mourir|darreter"
    r" tout|den finir|partir)\b",
    r"\barreter (?:de respirer|de vivre|tout pour de bon|de me battre)\b(?! (?:pour|avec|contre))",
    r"\bmeme respirer\b",
    r"\b(?:den|d en) finir\b(?! (?:avec (?:ce|cette|le|la|les|ces|mon|ma|mes)\b|de))",
    r"\b(?:il )?(?:me )?reste plus qua (?:partir|mourir|disparaitre|en finir)\b",
    rf"\b{_CEST} (?:\w{{1,20}} )?fini pour moi\b(?! (?:le|la|les|du|des) )",
    rf"\b{_CEST} que {_CEST} fini\b",
    r"\b(?:je |j)(?:ne )?me vois (?:pas|plus) (?:\w{1,20} ){0,1}dans (?:un|une|deux|trois|cinq|dix"
    r"|\d{1,2}) (?:an|ans|mois|semaine|semaines)\b(?! (?:dans|a|au|chez|avec|en|comme|ici))",
    r"\bdieu me pardonnera\b",
    r"\b(?:je pense|jai pense|je repense|je pense souvent|jy pense) (?:\w{1,20} ){0,2}(?:au pont|a"
    r"ux"
    r" rails|au train|a la falaise|a sauter|a me jeter|a me pendre|a mourir|a la mort|a me tuer|a "
    r"en"
    r" finir|a me foutre en lair)\b(?! de )",
    r"\b(?:je |j)pense a la mort\b(?! de)",
    r"\bpense a (?:\w{1,20} ){0,1}(?:sauter|me jeter) (?:par|du|dun|sous|devant)\b",
    r"\b(?:sauter|me jeter|glisser) (?:\w{1,20} ){0,1}(?:du|dun|de la|par la|sous|devant|sur) (?:l"
    r"e )?"
    r"(?:pont|fenetre|balcon|toit|train|rails|falaise|camion|metro|rer|voiture)\b",
    r"\b(?:suis|reste|restee|assise?|debout) (?:\w{1,20} ){0,3}au bord (?:de la|du) (?:falaise|qua"
    r"i|vide"
    r"|precipice)\b(?!(?: \w{1,20}){0,3} (?:a attendre|en attendant|pour attendre|le train|le metro"
    r"|le rer|le tram|le bus|du metro|de la gare))",
    r"\b(?:parapet du pont|sur le parapet)\b",
    r"\bsuffirait dun pas\b",
    r"\ben esperant (?:un accident|que ca finisse|ne pas|ne plus|mourir|me tuer)\b",
    r"\b(?:lair dun accident|ressemble a un accident|comme un accident)\b",
    r"\bsi (?:mon coeur lache|je meurs (?:\w{1,20} ){0,6}(?:auront|aura|aurait) de quoi)\b",
    r"\b(?:mimagine|je mimagine) (?:souvent )?a mon enterrement\b",
    r"\bqui viendrait a mon enterrement\b",
    r"\b(?:ca fait mal|fait mal) (?:de mourir|quand on meurt)\b",
    r"\b(?:rejoindre|suivre) (?:papa|maman|mon pere|ma mere|mon frere|ma soeur|mon fils|ma fille)"
    r" (?:la haut|au ciel)\b",
    r"\b(?:mort|morte|decede|decedee|sans (?:lui|elle)) (?:\w{1,20} ){0,10}(?:le|la|les) (?:rejoin"
    r"dre"
    r"|suivre)\b",
    r"\bvais (?:rejoindre|retrouver) (?:\w{1,20} ){0,1}la haut\b",
    # goodbyes and putting affairs in order
    r"\bmerci (?:\w{1,20} ){0,4}adieu\b(?! (?:les|le|la|aux|au|a) )",
    r"\b(?:fait|faire) mes adieux\b",
    r"\b(?:dire )?adieu a (?:tous|tout le monde|la vie)\b",
    r"\b(?:ma|mon) (?:derniere nuit|dernier noel|dernier anniversaire)\b(?! (?:a|en|de|dans|ici|ch"
    r"ez"
    r"|au|avant|du|des))",
    r"\bderniere fois quon se (?:parle|voit)\b",
    r"\bderniere personne a qui je parle\b",
    r"\b(?:pardon|desolee?|je mexcuse|excuse moi|excusez moi|pardonne moi|pardonnez moi) (?:\w{1,2"
    r"0}"
    r" ){0,2}pour (?:tout le mal|ce qui va (?:se passer|arriver))\b",
    r"\bpardon a tout le monde\b",
    r"\bjespere quun jour tu (?:comprendras|me pardonneras)\b",
    r"\bquoi quil arrive (?:\w{1,20} ){0,6}(?:pas ta faute|pas de ta faute)\b",
    r"\bpas de (?:ta|sa) faute quand ca arrivera\b",
    r"\b(?:nentendras|nentendrez|entendras|entendrez) plus (?:jamais )?parler de moi\b",
    r"\b(?:ecrit|redige|laisse|fait) (?:\w{1,20} ){0,2}(?:des lettres|une lettre|un mot|un petit m"
    r"ot"
    r"|des mots) (?:\w{1,20} ){0,4}(?:tiroir|enveloppe|au cas ou|chacun|mes enfants|mes filles|mes"
    r" fils)\b",
    r"\bpetit mot (?:\w{1,20} ){0,6}(?:on sait jamais|ce quils comptent)\b",
    r"\b(?:ecrit|fait|mis a jour|redige|refait) (?:mon|mes) testament\b(?!(?: \w{1,20}){0,3} notai"
    r"re)",
    r"\b(?:donne|confie|laisse|legue|offert)\w{0,2} (?:mon chat|mon chien|mes plantes|ma guitare"
    r"|mes affaires|mes habits|ma console|mes animaux|ma ps\d)\b"
    + _OUTGROWN
    + r"(?!(?: \w{1,20}){0,3} (?:pour"
    r" (?:le|la|les|ce|cette"
    r"|quelques|une|un|deux|trois) |pendant|le temps|a garder))",
    r"\b(?:donne|donner|distribue|distribuer) (?:toutes |tout )?mes (?:affaires|habits|vetements"
    r"|trucs)\b" + _OUTGROWN,
    r"\b(?:vais|aurai|aurais) plus (?:en )?(?:avoir )?besoin (?:la ou je vais|bientot)\b",
    r"\b(?:code de ma carte|codes de mes comptes|code du telephone|assurance vie) (?:\w{1,20} ){0,"
    r"8}"
    r"(?:au cas ou|en aura besoin"
    r"|avec une lettre)\b",
    r"\b(?:laisse|donne) (?:\w{1,20} ){0,2}les codes de mes comptes\b",
    r"\bsupprime tous mes comptes\b",
    r"\b(?:mis mes affaires en ordre|range mes affaires et)\b",
    r"\bquelque chose de definitif\b",
    r"\btout ce quil faut (?:pour (?:ne pas|ne plus|pas|plus|en finir|partir)|dans mon sac)\b",
    r"\b(?:jai|ai) (?:tout )?prepare ce quil faut\b",
    r"\b(?:jai|ai) (?:un plan|tout planifie|pris ma decision) (?:\w{1,20} ){0,4}(?:carnet"
    r"|cest pour ca|personne sait)\b",
    r"\bma decision est prise\b",
    r"\b(?:jattends|attends?|attendre) (?:juste )?que (?:tout le monde|les enfants|il|elle) (?:dor"
    r"me|dort"
    r"|soit couche|parte|soient couches) pour le faire\b",
    r"\bcompte les jours avant de partir\b",
    r"\b(?:cherche|chercher|regarde|renseignee?) (?:\w{1,20} ){0,2}(?:des methodes|comment faire s"
    r"ans"
    r" souffrir|la meilleure facon de partir)\b",
    r"\bmeilleure (?:facon|maniere) de partir\b",
    r"\bpartir sans que (?:ca|cela) (?:fasse|face)\b",
    r"\bpartir sans que (?:les enfants|personne|mes enfants) (?:me trouvent|me trouve|ne me trouve"
    r")\b",
    r"\b(?:je |j)(?:suis )?(?:pret|prete) (?:\w{1,20} ){0,2}(?:a partir pour de bon|a mourir|a en"
    r" finir)\b",
    r"\bfinirais par me tuer\b",
    # medication and means kept, counted, taken
    r"\b(?:garde|garder|gardé|mis|mets|mettre|stocke|stocker|accumule|planque|cache)\w{0,2} "
    rf"(?:de cote )?(?:\w{{1,20}} ){{0,3}}{_MEDS} (?:\w{{1,20}} ){{0,4}}(?:au cas ou|de cote)\b",
    rf"\b(?:pris|avale|avaler|prendre|bu) (?:\w{{1,20}} ){{0,2}}(?:toute (?:la|ma|une) boite|toute"
    rf"s? mes"
    rf"|tous mes|toute la plaquette|une boite entiere) (?:\w{{1,20}} ){{0,1}}(?:de |d)?{_MEDS}",
    rf"\b(?:vodka|alcool|whisky|bouteille|vin) (?:\w{{1,20}} ){{0,2}}avec mes {_MEDS}\b",
    rf"\bcombien (?:il )?(?:faut |en faut )?(?:de |d)?{_MEDS}\b(?! (?:par jour|pour (?:la|le|une|u"
    rf"n)))",
    rf"\bcombien de {_MEDS} il faut\b(?! (?:par jour|pour (?:la|le|une|un)))",
    rf"\b(?:boite|boites|plaquettes?|armoire a pharmacie) (?:\w{{1,20}} ){{0,2}}(?:{_MEDS} )?"
    r"(?:\w{1,20} ){0,6}(?:rassure|repense|ca revient|dans mon sac)\b",
    rf"\b{_MEDS} (?:\w{{1,20}} ){{0,8}}(?:ca me rassure|me rassure)\b",
    r"\b(?:lames?|rasoir|cutter|corde|flingue|fusil|arme) (?:\w{1,20} ){0,8}(?:ca me rassure|je do"
    r"rs"
    r" mieux|pas pour me defendre)\b",
    r"\b(?:la derniere fois cetait|encore envie) (?:le rasoir|la lame|les lames)\b",
    r"\bla derniere fois cetait le rasoir\b",
    r"\b(?:arrete|arreter) mon traitement expres\b",
    r"\b(?:prends|prend) plus mon traitement (?:\w{1,20} ){0,4}(?:idees noires|mourir|en finir)\b",
    r"\bidees noires tout le temps\b",
    r"\bmoteur allume dans le garage\b",
    r"\b(?:ceinture|corde|cable) autour (?:de mon|du) cou\b",
    r"\b(?:rempli la baignoire et pris|pris le couteau) (?:\w{1,20} ){0,3}(?:peur de moi|seule)\b",
    r"\bpeur de moi quand je suis seule?\b",
    # hurting oneself
    rf"\b{_J}me suis (?:encore |de nouveau |re)(?:coupee?|brulee?|scarifiee?|mutilee?|entaillee?"
    r"|fait mal|tape|frappe)\b",
    rf"\b{_J}me suis recoupee?\b",
    rf"\b{_J}me (?:scarifie|mutile|recoupe)\b",
    rf"\b{_J}me suis (?:encore )?coupee? (?:ce matin|hier|cette nuit|les bras|les poignets|les cui"
    rf"sses"
    r"|plus profond)\b",
    rf"\b{_J}me (?:suis )?brule\w{{0,2}} (?:avec|a) (?:la|une|mes|des|le|mon|un) (?:clope|cigarette"
    r"|briquet|cigarettes|clopes)\b",
    r"\bme bruler avec (?:le|un|mon) briquet\b",
    r"\b(?:recommence|recommencer) a me (?:taper|frapper|faire vomir|bruler|couper|griffer"
    r"|scarifier)\b",
    rf"\b{_J}me (?:fais|suis fait) (?:du mal|mal|des marques|des entailles|saigner) (?:expres|quand"
    r"|pour sentir|sur (?:les|mes) (?:bras|cuisses|poignets))\b",
    rf"\b{_J}me (?:tape|frappe|cogne|suis (?:encore )?(?:tape|frappe|cogne)) (?:\w{{1,20}} "
    rf"){{0,2}}la"
    r" tete contre (?:le mur|les murs)\b",
    rf"\b{_J}me (?:fais vomir|frappe) (?:et|quand|tout le temps)\b",
    r"\bme faire vomir et\b",
    r"\bme taper les (?:cuisses|bras|jambes)\b",
    rf"\b{_J}me fais du mal\b(?! a (?:rester|penser|lire|regarder|attendre))",
    r"\bfait des marques sur les bras\b",
    r"\blames? (?:\w{1,20} ){0,3}(?:sous loreiller|dans ma trousse)\b",
]

SELF_HARM_MENTIONS_MORE = [r"\b(?:overdose|surdose|doverdose)\b"]

IN_DANGER_MORE = [
    # hit, strangled, smothered, injured
    rf"\b{_IL} (?:\w{{1,20}} )?(?:me|ma|mont|m a) (?:encore |deja |de nouveau )?(?:serree?|prise?"
    r"|tenue?|attrapee?) (?:par |au |a la |le |la )?(?:cou|gorge|cheveux)\b",
    rf"\b{_IL} (?:\w{{1,20}} ){{0,2}}(?:me|ma|m a) (?:encore |deja )?(?:etrangle\w{{0,2}}|etouffe"
    rf"\w{{0,2}}"
    r"|serre le cou|serree au cou)\b",
    r"\b(?:oreiller|coussin) sur (?:le|mon) visage\b(?! de)",
    r"\b(?:etouffee?|etouffe) avec (?:loreiller|un oreiller|un coussin)\b",
    r"\b(?:ma|mon|la) tete sous leau\b",
    r"\bme serre le cou\b",
    r"\b(?:ma|mont|lui a|il ma|elle ma) (?:deja |encore )?casse (?:\w{1,20} )?(?:cotes?|le bras|le"
    r" nez"
    r"|les dents|la machoire|le poignet|les doigts)\b",
    r"\b(?:tape|cogne|frappe|claque)\w{0,2} ma tete contre\b",
    r"\b(?:jai|ai) (?:encore )?des (?:bleus|marques|traces) (?:partout|de doigts|sur le (?:bras|cou"
    r"|visage)|sur les bras)\b(?!(?: \w{1,20}){0,3} (?:rugby|foot|sport|match|boxe|judo|karate"
    r"|velo|ski|entrainement|muscu|escalade))",
    r"\bmarques de doigts\b",
    r"\b(?:jai|ai) (?:encore )?un bleu (?:sur|au) (?:la joue|le visage|loeil|le bras|le cou)\b",
    r"\bmedecin pour mes bleus\b",
    r"\b(?:dit|dire) (?:\w{1,20} ){0,3}(?:au medecin|aux urgences|a lecole|au travail|au boulot|a "
    r"la"
    r" maitresse) (?:que |quil |quelle )(?:\w{1,20} ){0,3}(?:tombee?|accident|porte|placard"
    r"|escalier|velo)\b",
    r"\b(?:le|un|des) coups? de poing (?:de|du|quil|quelle|hier|jeudi|lundi|mardi|mercredi|vendredi"
    r"|samedi|dimanche)\b",
    r"\beau bouillante sur (?:moi|mon|ma)\b",
    r"\bme (?:mette|met|mettait|mettre) des (?:claques|gifles|baffes|coups)\b",
    r"\bmon fils a vu son pere me (?:taper|frapper)\b",
    r"\bvu son pere me (?:taper|frapper|battre)\b",
    rf"\b{_IL} (?:\w{{1,20}} ){{0,2}}(?:ma|mont) (?:laissee?|jetee?|abandonnee?) (?:sur le bord|de"
    rf"hors)"
    r" (?:de la route|de lautoroute|la nuit|en pleine nuit)?",
    # weapons
    rf"\b{_IL} (?:a |ma )?(?:\w{{1,20}} ){{0,2}}(?:sorti|pris|brandi|pointe|pose|nettoie|sort|plan"
    rf"te)"
    r" (?:son|le|un|une|sa) (?:flingue|fusil|couteau|arme|pistolet|revolver|tournevis|marteau|batt"
    r"e)"
    r"\b(?: \w{1,20}){0,4} (?:dispute|devant moi|sur moi|contre moi|quand il est|quand elle est|et"
    r" ma dit|et me|vers moi|ma main|sur la table|fache|enerve)",
    r"\b(?:a|garde|range) un (?:fusil|flingue|pistolet|revolver) (?:\w{1,20} ){0,6}(?:quand on se"
    r" dispute|quand il est fache|jai peur)\b",
    r"\b(?:menace|menacee?|menacait) avec (?:le|un|une|son|sa) \w{1,20}\b",
    r"\b(?:la|le) plante dans la table\b",
    r"\bsigne comme pour me trancher la gorge\b",
    r"\btrancher la gorge\b",
    # threats
    rf"\b{_IL} (?:\w{{1,20}} ){{0,3}}(?:me|nous) (?:tuerait|tuera|butera|buterait|bruler\w{{0,3}}"
    r"|defigurer\w{0,3}|faire disparaitre|retrouvera partout|retrouvera et)\b"
    r"(?! si (?:je |j)(?:oublie|mange|rate|casse|arrive|suis en retard|touche|finis|prends|perds))",
    r"\b(?:dit|dis|a dit|jure|crie|menace) quil (?:me|nous) (?:tuerait|tuera|butera|buterait)\b",
    r"\bsil (?:\w{1,20} ){0,4}me trouve ici (?:je suis|chui) morte?\b",
    r"\bca veut dire que je suis morte?\b",
    r"\bpersonne (?:ne )?retrouvera mon corps\b",
    r"\bprochaine fois (?:je te rate pas|ce sera toi|ce serait moi|ce sera moi)\b",
    r"\bme faire payer\b(?! (?:le|la|les|des|un|une|\d))",
    r"\b(?:menvoie|recois|jai recu|envoie) des menaces\b",
    r"\bmenaces de mort\b",
    r"\bpeur pour ma vie\b",
    rf"\bpeur {_IL} (?:rentre|revienne|me retrouve|entre|debarque)\b",
    r"\bjai peur de dormir\b",
    rf"\b(?:aide moi|aidez moi|au secours|vite) (?:\w{{1,20}} ){{0,2}}{_IL} (?:defonce|arrive|va|e"
    rf"st"
    r"|frappe|tape|casse|crie)\b",
    rf"\b{_IL} (?:est )?(?:bourre|saoul|ivre|fou de rage) (?:\w{{1,20}} ){{0,2}}(?:casse tout|tape"
    r"|frappe|hurle)\b",
    r"\b(?:bruler|brule|brulera|bruleriat) la maison\b",
    r"\bse venger sur\b",
    r"\bdommage quil (?:leur|lui|te|vous) arrive quelque chose\b",
    r"\b(?:nous|les) (?:emmene|emmener|tuer) tous\b",
    rf"\b(?:{_IL}|menace de|menace) (?:\w{{1,20}} ){{0,2}}(?:tue|tuer|tuerait|tuera|buter|noyer"
    r"|empoisonner|etrangle\w{0,2}) (?:les enfants|les petits|mon chien|le chien|mon chat|le chat"
    r"|les gosses|mes enfants|ma mere|mes parents)\b",
    r"\b(?:verrais|verras|reverrai|reverrais|verrai|reverras|verrez) (?:plus )?jamais (?:plus )?(?"
    r":mes"
    r"|tes|les) (?:enfants|gosses|petits)\b",
    r"\bmontrer ce quil pourrait me faire\b",
    r"\b(?:menace|menacee?) de (?:publier|poster|envoyer|diffuser|montrer) (?:\w{1,20} ){0,1}(?:les"
    r" |mes |nos )?(?:videos|photos)\b",
    r"\b(?:envoie|envoyer|montrer|publier) nos (?:messages|photos|videos)\b",
    # papers and expulsion
    r"\b(?:me|la|nous) (?:renvoyer|renvoie|renverra|renverrait) (?:au |dans (?:mon|son) )?(?:bled|"
    r"pays"
    r"|village)\b",
    r"\b(?:mexpulser|me faire expulser|serai expulsee?|serais expulsee?)\b",
    r"\b(?:denoncer|appellera|appeler) (?:\w{1,20} ){0,1}(?:a )?la prefecture\b",
    r"\bperds mon titre de sejour\b",
    r"\b(?:dechirer|bruler) mes papiers\b",
    r"\b(?:retourne|retourner|partir) au pays sans les enfants\b",
    r"\b(?:prendre|emmener) les (?:petits|enfants) et (?:de )?partir au pays\b",
    r"\bgarde (?:mes|mon) (?:papiers|passeport) (?:\w{1,20} ){0,6}(?:peux pas partir|expuls)",
    # sexual coercion
    r"\b(?:ma|mont|me|m a) (?:force|forcee|oblige|obligee|contraint|contrainte)\b (?:\w{1,20} ){0,"
    r"6}"
    r"(?:voulais pas|veux pas|voulait pas|refuse|dis non|disais non|au lit|sexuel\w{0,4}|trucs|cho"
    r"ses"
    r"|avorter|camera|coucher)\b",
    r"\bmoblig\w{1,4} a (?:faire des (?:trucs|choses)|venir chez|coucher|avorter)\b",
    r"\bme force (?:quand|alors que|meme si) (?:je |j)(?:veux|voulais) pas\b",
    r"\b(?:ma|mont) force a avorter\b",
    r"\b(?:somnifere|drogue|quelque chose) dans mon verre\b",
    r"\bce quil veut sexuellement\b",
    r"\bsans ma culotte\b",
    # children at risk
    r"\btouche (?:ma|mon|notre|sa) (?:petite |petit )?(?:soeur|sœur|frere|fille|fils|niece|neveu)"
    r"\b",
    r"\b(?:entre|rentre|vient) dans (?:la|sa) chambre de (?:ma|mon|notre) (?:fille|fils)\b",
    r"\bveut plus quil la (?:touche|baigne|garde)\b",
    rf"\bpeur pour {_KID} quand il est seul\b",
    rf"(?<!jai )(?<!je )\b(?:frappe|bat|tape|cogne|gifle|secoue|brule|pince) {_KID}\b",
    r"\b(?:il|papa|son pere|leur pere|elle|maman|quil|pere) (?:le|la|les) (?:frappe|bat|secoue|tape"
    r"|cogne|gifle|brule|punit|puni)\b (?:\w{1,20} ){0,4}(?:quand (?:il|elle) pleure|quand je suis"
    r"|avec la ceinture|ans|mois|pleure)",
    r"\bpuni avec la ceinture\b",
    rf"(?<!jai )\bleve la main sur {_KID}\b",
    r"\bla jete sur le canape\b",
    r"\b(?:marques|bleus) sur le dos depuis\b",
    # break-ins, stalking, trapped, hiding
    r"(?<!jai )\b(?:defonce|casse|forcer|enfonce|tape sur|frapper a|frappe a) (?:\w{1,20} ){0,1}(?"
    r":la"
    r" porte|ma porte|ma fenetre|la fenetre)\b(?! (?:du|de la voiture|du placard|du frigo|du four)"
    r")",
    r"\b(?:rentre|entre) par la fenetre\b",
    r"\b(?:mon ex|separes|separees|separe|rompu|partie|parti) (?:\w{1,20} ){0,8}(?:mattend|me suit"
    r"|a trouve ma (?:nouvelle )?adresse|a retrouve ma (?:nouvelle )?adresse|sait ou|devant chez m"
    r"oi"
    r"|me cherche|menvoie des photos)\b",
    r"\b(?:devant chez moi|en bas de chez moi|devant mon (?:boulot|travail|immeuble)|devant le bou"
    r"lot)"
    r" (?:\w{1,20} ){0,2}depuis\b",
    r"\bmattend (?:\w{1,20} ){0,2}(?:au coin de la rue|en bas de chez moi)\b",
    r"\b(?:sait|savait|connait) (?:toujours (?:ou je suis|ou je vais)|quand "
    r"je"
    r" rentre|quand je sors|a quelle heure je)\b",
    r"\b(?:traceur|balise|mouchard|airtag|gps) (?:\w{1,20} ){0,2}(?:sur|dans|sous) (?:ma|mon)"
    r" (?:voiture|sac|velo|manteau)\b",
    r"\bmis quelque chose dans ma voiture\b",
    r"\bme cherche partout\b",
    r"\bme retrouver\w{0,3} partout\b",
    r"\b(?:pourras|pourrais|pourra) jamais (?:te|me) cacher\b",
    r"\b(?:suivie?|suit) (?:\w{1,20} ){0,1}en voiture\b",
    r"\b(?:interdiction de mapprocher|main courante|ordonnance de protection)\b",
    r"\b(?:\d{2,3}|vingt|trente|cinquante|cent) appels (?:de lui|delle|par jour|cette nuit)\b",
    r"\bphotos? de (?:ma maison|chez moi|mon immeuble|ma porte|ma fenetre)\b",
    rf"\b{_J}(?:me )?(?:suis )?(?:cachee?|cache|refugiee?) (?:\w{{1,20}} ){{0,5}}{_IL} (?:crie|hur"
    rf"le|tape"
    r"|me cherche|arrive|est fou|a envoye)\b",
    r"\b(?:me|se) (?:refugier|cacher) chez\b",
    r"\bchaise contre la porte\b",
    r"\bbloque la porte\b",
    r"\b(?:enfermee?|enferme) (?:\w{1,20} ){0,4}(?:il|elle) a (?:pris|garde) (?:la cle|les cles)\b",
    r"\bferme a double tour\b",
    r"\b(?:peux|peut) (?:pas )?(?:sortir|aller nulle part) (?:\w{1,20} ){0,2}(?:il|elle) (?:ma|a) "
    r"pris"
    r" (?:mon|ma|mes|les)\b",
    r"\bpris les cles (?:\w{1,20} ){0,5}(?:nulle part|enfermee?)\b",
    r"\b(?:peux|peut) aller nulle part\b",
    r"\bpeur quil rentre\b",
    r"\bcasse mon telephone pour que\b",
    r"\bverrouille le frigo\b",
    r"\bne les ramene pas\b",
]

IN_DANGER_MENTIONS_MORE = [r"\b(?:violences? sexuelles?|inceste|pedophile)\b"]

MIGHT_HURT_MORE = [
    rf"\b{_J}(?:vais |vas )?(?:finir par |risque de )?(?:le|la|les|lui|y) (?:frapper|frappe|tuer|t"
    rf"ue"
    r"|plante|planter|buter|bute|cogner|cogne|etrangler|defoncer|peter la gueule|casser la gueule"
    r"|faire du mal|faire mal|en mettre une|mettre une)\b" + _NOT_JOKING + _NOT_IF + _NOT_A_THING,
    rf"\b(?:envie de|envie daller|pense a|pensé a|reve que je|imagine que je|images de moi en trai"
    rf"n de"
    rf"|pensees de|pensees ou je|capable de|des images dans la tete ou je|ou jlui) (?:\w{{1,20}} )?"
    rf"{_HURT_HIM}\b" + _NOT_JOKING + _NOT_A_THING,
    rf"\bdes (?:images|pensees) (?:\w{{1,20}} ){{0,5}}{_J}(?:lui |le |la )?(?:fais|faisais) (?:du "
    rf")?mal\b",
    r"\bpensees ou je fais du mal a\b",
    rf"\b(?:jai|ai|je lai|je les|jlai) (?:encore |deja )?(?:frappe|giflee?|poussee?|cogne|bouscule"
    rf"\w{{0,2}}"
    rf"|etrangle\w{{0,2}}|secoue\w{{0,2}}|mordu) (?:\w{{1,20}} ){{0,1}}(?:{_PARTNER}|{_KID}|mon ma"
    rf"ri)\b",
    rf"\b(?:jai|ai) mis une (?:claque|gifle|baffe|fessee) a {_KID}\b",
    rf"\b{_J}lui ai (?:serre le cou|mis une (?:claque|gifle|baffe)|donne un coup|tordu le bras)\b",
    r"\bjai serre (?:son|le|sa) (?:bras|cou|poignet|gorge)\b",
    r"\bjai leve la main\b(?! sur moi)",
    r"\b(?:jai|ai) (?:jete|lance|balance) (?:une|un|des|mon|ma) \w{1,20} (?:a la tete|sur|contre|d"
    r"ans"
    r" la gueule) (?:de )?(?:ma|mon|elle|lui|la|le|sa)\b",
    r"\bcasse (?:\w{1,20} ){0,2}sur sa (?:tete|gueule)\b",
    r"\b(?:je |j|jai |ai )(?:\w{1,20} ){0,1}(?:pris|prends|sorti|attrape) (?:un|le) couteau (?:pen"
    r"dant"
    r"|quand|contre)\b",
    r"\bjai peur de moi\b(?! quand je (?:conduis|dors|vois|parle|passe))",
    r"\b(?:je |j)me fais peur\b(?! (?:avec|en regardant|toute seule avec))",
    r"\bma colere (?:\w{1,20} ){0,4}peur\b",
    r"\bpeur de (?:ma colere|ce que je (?:vais|pourrais|peux|risque de) (?:lui |leur |te )?faire)"
    r"\b",
    r"\bpeur de ce que (?:je |j)(?:pourrais|peux|vais) faire (?:au|a) (?:bebe|petit|petite|mon|ma)"
    r"\b",
    r"\b(?:sais pas|sais plus) ce que (?:je |j)(?:ferais|ferai|vais faire|pourrais faire)\b"
    r"(?!(?: \w{1,20}){0,3} (?:ce weekend|demain|apres|plus tard|de ma vie|sans toi|cet ete|a noel"
    r"|pour))",
    r"\bcapable du pire\b",
    r"\bcapable de (?:lui|le|la|les) (?:faire|frapper|tuer)\b",
    r"\bje deviens (?:violente?|dangereu\w{1,3}|agressi\w{1,3})\b",
    r"\bje suis dangereu\w{1,3}\b",
    r"\b(?:jarrive plus a|jarrive pas a|je (?:ne )?peux plus|jpeux plus) me (?:calmer|controler"
    r"|retenir)\b(?! de (?:rire|pleurer|manger|dormir))",
    r"\bme (?:retiens?|retenir) de (?:pas )?(?:le |la |l|lui )?(?:frapper|cogner|monter|tuer|taper"
    r"|etrangler)\b",
    rf"\b{_J}me controle plus\b",
    r"\bpeur de (?:pas |ne pas )?me controler\b",
    r"\bperdre le controle\b(?! (?:de|du|des|sur la))",
    r"\bcasser sur lui\b",
    r"\btout casser (?:sur lui|lui compris)\b",
    r"\b(?:faire|fasse) (?:une|des) (?:connerie|conneries|betise|betises) (?:grave|graves)\b",
    r"\bfinir par faire une (?:connerie|betise)\b",
    r"\b(?:planque|cache|range)\w{0,2} les couteaux\b",
    r"\bpour (?:pas|ne pas) (?:le |la |les |lui )?(?:frapper|taper|cogner|tuer)\b",
    r"\bfailli (?:l|le |la )?(?:ecraser|etrangler|tuer|frapper|pousser)\b",
    r"\blui faire payer (?:physiquement|tu vas voir)\b",
    r"\b(?:je vais|jvais) lui faire payer\b(?! (?:le|la|les|un|une|des|\d))",
    r"\bsi (?:je |j)(?:le |la )?croise\b(?: \w{1,20}){0,4} (?:je |j)(?:le |la )?(?:plante|tue|frap"
    r"pe"
    r"|bute|reponds plus)\b",
    r"\bje reponds plus de rien\b",
    r"\b(?:le|la) laisse (?:pas|plus) repartir\b",
    r"\bavant de faire (?:quelque chose|une connerie|une betise)\b",
    r"\b(?:pleure|hurle|crie) (?:\w{1,20} ){0,3}(?:envie de (?:la|le|les) (?:jeter|secouer|frapper"
    r"|faire taire))\b",
    rf"\b(?:jai|ai) secoue (?:\w{{1,20}} )?(?:{_KID}|mon bebe|le petit|mon mari|ma femme)\b",
    r"\bprochaine fois (?:\w{1,20} ){0,4}(?:pas la porte)\b",
    r"\bmettre quelque chose dans son (?:cafe|verre|assiette)\b",
    r"\bou son visage\b",
    r"\bje lai (?:attrape|pris) par le col\b",
    r"\blenvoyer a lhopital\b|\benvoyer a lhopital\b",
]

CONTROLLED_MORE = [
    # money
    r"\b(?:il|elle|mari|femme|copain|copine|mec) (?:me )?donne (?:\w{1,20} ){0,1}(?:\d{1,4}|vingt"
    r"|trente|cinquante|cent) (?:euros? |ba"
    r"lles )?"
    r"par (?:semaine|mois|jour)\b",
    r"\b(?:ramener|montrer|rapporter) (?:le|les|tous les) tickets?\b",
    r"\bverifie (?:\w{1,20} ){0,1}(?:mes|tous mes) (?:tickets|releves|comptes|depenses|achats)\b",
    r"\b(?:garde|prend|pris|confisque|confisquee|bloque|cache)\w{0,2} (?:\w{1,20} ){0,1}(?:ma cart"
    r"e bleue"
    r"|ma carte bancaire|ma cb|ma carte vitale|mon salaire|mes papiers)\b(?! (?:pour (?:payer|faire"
    r"|acheter|les courses)|par erreur))",
    r"\b(?:pas|plus|aucun) (?:de )?compte (?:en banque |bancaire )?a mon nom\b",
    r"\b(?:mon salaire|mon argent|ma paie|mes allocs) (?:\w{1,20} ){0,2}(?:sur son compte|verse su"
    r"r son"
    r"|va sur son|a son nom)\b",
    r"\btout est au sien\b",
    r"\b(?:lui|a mon mari|a ma femme) demander (?:la permission|lautorisation)\b",
    r"\bdemander (?:\w{1,20} ){0,1}avant dacheter\b",
    r"\bdemande avant dacheter\b",
    r"\bdemander pour acheter\b",
    r"\bjustifier (?:chaque|toutes? mes|tous mes|la moindre) (?:minute|depense|achat|sortie|retard"
    r"|euro|centime)s?\b",
    r"\b(?:change|changé) (?:le )?(?:mdp|mot de passe|code) (?:du|de notre|de mon) compte\b"
    r"(?! (?:netflix|spotify|disney|amazon|prime|deezer|canal))",
    r"\b(?:il|elle) a vide (?:le|mon|notre) compte\b",
    r"\b(?:pret|credit) a mon nom\b",
    r"\bpas besoin dargent de poche\b",
    r"\bmon salaire cest pour\b",
    # watched
    r"\b(?:veut|exige|demande|connait|donner|donne|lui donner) (?:\w{1,20} ){0,1}(?:tous )?(?:mes "
    r"mots"
    r" de passe|mes codes|mes mdp)\b",
    r"\b(?:a|veut|partage|suit|traque|surveille|piste|regarde|check|verifie|exige) (?:\w{1,20} ){0"
    r",1}ma"
    r" (?:localisation|position|geoloc|geolocalisation)\b",
    r"\bma localisation en partage\b",
    r"\b(?:installe|mis|met) (?:une |un |des )?(?:app|appli|application|logiciel|mouchard|cameras?"
    r"|traceur|micro) (?:\w{1,20} ){0,6}(?:voit tout|il sait|elle sait|il lit|me surveiller|ou je"
    r" sui"
    r"s|ce"
    r" que je|pourquoi tes)\b",
    r"\b(?:lit|lise|lire|lisait) (?:\w{1,20} ){0,1}(?:tous )?(?:mes|mon) (?:messages|conversations"
    r"|mails|sms|textos)\b",
    r"\b(?:verifie|controle|regarde|fouille)\w{0,2} (?:\w{1,20} ){0,1}(?:lhistorique|mes releves"
    r"|mes conversations)\b",
    r"\b(?:montrer|montre) (?:\w{1,20} ){0,1}mes (?:messages|conversations|mails|textos)\b",
    r"\btelephone deverrouille\b",
    r"\b(?:photo|photos|selfie) (?:\w{1,20} ){0,2}(?:toutes les|chaque) (?:heures|heure|demi heure"
    r"|\d{1,2} minutes)\b" + _NOT_JOKING,
    r"\b(?:photo|photos) (?:\w{1,20} ){0,3}(?:pour prouver|de la ou je suis|ou (?:je |j)suis)\b",
    r"\b(?:mappelle|mappele|me harcele) (?:\w{1,20} ){0,2}(?:\d{1,3}|dix|vingt|trente|cinquante|ce"
    r"nt)"
    r" fois (?:par jour|par heure|dans la journee)\b",
    r"\bmappeler (?:\d{1,3}|dix|vingt|trente|cinquante|cent) fois par jour\b",
    r"\bmappelle toutes les (?:\d{1,2}|cinq|dix|quinze|vingt|trente) minutes\b",
    r"\bpour me surveiller\b",
    r"\bpar dessus mon epaule\b",
    r"\bcontrole (?:qui|ce que|ou|avec qui|quand) (?:je |j)",
    r"\b(?:il|elle) (?:a |ma )?(?:\w{1,20} )?(?:supprime|bloque|efface) (?:\w{1,20} ){0,1}(?:mes"
    r" contacts|tous mes contacts|ma meilleure amie|mes amis|mes amies|mes potes|mes comptes)\b",
    r"\b(?:supprime|supprimer|quitte|quitter|fermer) (?:\w{1,20} ){0,1}(?:facebook|instagram|insta"
    r"|snap"
    r"|snapchat|tiktok|mes reseaux) (?:\w{1,20} ){0,1}(?:pcq|parce que|parce quil|parce quelle|car"
    r" il|car elle|il trouvait|elle trouvait)\b",
    r"\bme fait supprimer\b",
    r"\b(?:ma|mont|m a|il|elle) (?:juste |encore )?confisque\b",
    r"\bchange de numero pour que\b",
    # cut off from others
    r"\b(?<!je )m ?isol\w{1,4}\b",  # "il m'isole", not "je m'isole pour bosser"
    r"\bisole de (?:ma|mes|mon) (?:famille|amis|amies|proches)\b",
    r"\b(?:veut|voulait|voudrait|aime) pas (?:que (?:je |j)(?:voie|vois|sorte|travaille|bosse|parle"
    r" a|maquille|revois))\b(?! (?:sans (?:manteau|veste|echarpe|parapluie)|seule? la nuit|malade"
    r"|en"
    r" pyjama))",
    r"\b(?:je |j)(?:ne )?vois plus (?:mes|personne|ma famille) (?:\w{1,20} ){0,3}(?:il|elle) (?:ai"
    r"me"
    r" pas|veut pas|dit)\b",
    r"\b(?:arreter|arrete|arreterais|arreterai) de (?:voir|parler a|frequenter) (?:ma|mes|mon)"
    r" (?:soeur|sœur|frere|famille|amis|amies|potes|copines|parents|mere)\b",
    r"\bchoisir entre (?:lui|elle) et (?:ma|mes|mon)\b",
    r"\b(?:pas|plus) (?:le droit|autorisee?) (?:de |d|a )?(?:sortir|aller|voir|parler|travailler"
    r"|daller)\b",
    r"\b(?:davoir le droit|ai le droit|ai pas le droit) daller\b",
    r"\b(?:pas pu (?:y )?aller|suis pas allee?|pas pu venir|pas pu sortir) (?:\w{1,20} ){0,8}(?:qu"
    r"il"
    r"|quelle|il|elle) (?:ne )?(?:voulait|veut) pas\b",
    r"\b(?:fait|fais) promettre de ne (?:plus|jamais) (?:\w{1,20} ){0,1}(?:parler|voir)\b",
    r"\bsi (?:je |j)les vois cest fini entre nous\b",
    r"\bmontent la tete\b",
    r"\bme fait culpabiliser (?:quand|a chaque|de voir|si)\b",
    r"\bveut pas que (?:je |j)(?:voie|vois|aille) (?:\w{1,20} ){0,3}sans (?:lui|elle)\b",
    r"\bparle a ma place\b",
    r"\b(?:ma|mont|il ma|elle ma) fait quitter mon (?:taf|travail|boulot|job|emploi)\b",
    r"\b(?:je |j)depends? de (?:lui|elle) pour tout\b",
    r"\bma place est a la maison\b",
    r"\b(?:prisonniere?|prisonnier|en prison|en cage) (?:dans|chez) (?:ma|mon|moi|notre)\b",
    r"\b(?:ma|mont|m a|me|il|elle) interdit (?:de|d|la|le|les|daller|mon|ma|mes)\b" + _NOT_JOKING,
    # put down, walking on eggshells, punished
    r"\b(?:dit|disait|repete|repetait|rappelle|fait) (?:\w{1,20} ){0,3}que (?:je |j)(?:suis|ne suis"
    r"|serais|etais|sais) (?:\w{1,20} ){0,2}(?:une merde|nulle?|grosse|moche|laide|conne?|idiote?"
    r"|rien faire|inutile|debile|bete|hysterique|instable|mauvaise mere|mauvais pere|incapable"
    r"|dechet|ratee?|ingrate|a la rue)\b(?! (?:de|aux|au|en) )" + _NOT_JOKING,
    r"\b(?:me traite|ma traitee?|mont traitee?|me traitait|mappelle|mappelait) (?:de |d)?(?:\w{1,2"
    r"0} )?"
    r"(?:lidiote|idiote|conne|grosse|vache|dechet|merde|pute|salope|nulle|folle|moins que rien|bon"
    r"ne"
    r" a rien|hysterique|cruche|truie|boudin)\b",
    r"\bme rabaiss\w{1,4}\b",
    r"\bme (?:humilie|denigre|ridiculise)\b",
    r"\b(?:jose|je nose|jnose) (?:plus|pas) (?:rien dire|donner mon avis|parler|dire non|le contre"
    r"dire"
    r"|la contredire|dire ce que je pense)\b",
    r"\bpeur de (?:sa reaction|sa colere|le decevoir|la decevoir)\b",
    r"\bme fait payer (?:chaque|la moindre|toutes? mes) (?:erreur|faute)s?\b",
    r"\bme punit (?:par le silence|en|quand|si|pour)\b" + _NOT_JOKING,
    r"\b(?:me )?parle (?:plus|pas) pendant (?:\d{1,2}|des|plusieurs|deux|trois|une) (?:jours|semai"
    r"nes?)\b",
    r"\bquil me parle (?:plus|pas) parce que\b",
    r"\bfait la gueule (?:\w{1,20} ){0,1}(?:trois|deux|une|des|\d{1,2}) (?:jours|semaines?)\b",
    r"\bme parle pas de la semaine\b",
    r"\bculpabiliser a chaque fois que\b",
    r"\bpersonne (?:ne )?me croit\b(?!(?: \w{1,20}){0,8} (?:ovni|fantome|lol|mdr|haha\w{0,6}))",
    r"\bme compare (?:tout le temps |sans cesse )?a son ex\b",
    r"\b(?:dit|repete|me dit) (?:\w{1,20} ){0,3}(?:mes parents|ma famille|mes amis|mes amies|ma so"
    r"eur"
    r"|ma sœur) (?:me detestent|me manipulent|sont jaloux|sont jalouses|veulent nous separer|est u"
    r"ne"
    r" mauvaise influence|sont une mauvaise influence)\b",
    r"\b(?:je fais du cinema|fais du cinema pour)\b",
    r"\b(?:dit|pense|dire) que (?:cest moi|je suis) (?:qui suis )?(?:le probleme|toxique)\b",
    r"\bcest moi qui suis toxique\b",
    r"\b(?:choisit|choisissait|decide de|me dit quoi|impose) (?:\w{1,20} ){0,1}(?:mes habits|mes"
    r" vetements|mes tenues|ce que je porte|porter)\b",
    r"\b(?:peux|peut) (?:pas|plus) (?:mettre|porter) (?:de |une |un |des )?(?:jupe|jupes|robe|robes"
    r"|short|decollete|maquillage|rouge a levres|talons)\b",
    r"\b(?:mhabille|ressemble|ressembler) (?:\w{1,20} ){0,1}(?:comme une|a une) (?:pute|prostituee"
    r"|salope|trainee)\b",
    r"\bme maquille plus\b",
    r"\b(?:chaque|a chaque) (?:sortie|retard|minute) (?:\w{1,20} ){0,3}interrogatoire\b",
    r"\binterrogatoire\b(?: \w{1,20}){0,2} (?:a chaque|quand je rentre)\b",
    r"\bpeur de partir (?:mais|et) (?:jai )?peur de rester\b",
    r"\bsans (?:lui|elle) (?:je |j)(?:suis|serais|serai|ne serais) (?:a la rue|rien|perdue?)\b",
    r"\b(?:cache|pris|confisque|garde)\w{0,2} (?:mes|les) cles (?:de la voiture )?pour (?:que|pas"
    r" que|mempecher)\b",
    r"\b(?:garde|range) (?:nos|mes) papiers (?:didentite )?dans un tiroir ferme\b",
    rf"\b{_IL} (?:\w{{1,20}} ){{0,2}}(?:se suicider\w{{0,2}}|se tuer\w{{0,2}}) si (?:je |j)(?:le |"
    rf"la )?"
    r"(?:quitte|pars)\b",
    r"\bqui je suis sur les reseaux\b",
    r"\bdecider si (?:je |j)(?:peux|ai le droit)\b",
    r"\b(?:il|elle) doit encore decider\b",
    r"\bpas de compte a mon nom\b",
]

# A partner's threat of suicide ("il dit qu'il se tuerait si je le quitte") is control, not the
# writer's own self-harm.
THREATENS_SUICIDE = [
    rf"\b{_IL} (?:\w{{1,20}} ){{0,2}}(?:se suicider\w{{0,2}}|se tuer\w{{0,2}}) si (?:je |j)(?:le |"
    rf"la )?"
    r"(?:quitte|pars)\b",
]

ASIDES_MORE = [
    r"\b(?:memoire|these|expose|dissertation|rapport|mairie|exposé)\b",
    r"\b(?:lu|lire|lis) (?:\w{1,20} ){0,3}(?:sur|un article|un rapport)\b",
    r"\b(?:tabuses?|il abuse|elle abuse|ca abuse|cest abuse|vous abusez|abuse grave)\b",
    r"\bprix (?:\w{1,20} ){0,6}abuse\b",
]

RECOVERED_MORE = [
    r"\b(?:aujourdhui|maintenant) (?:\w{1,20} ){0,3}(?:je suis suivie?|jai un (?:boulot|travail) q"
    r"ue"
    r" jaime|je suis heureu\w{1,2})\b",
    r"\btellement mal (?:au|aux|a la) \w{1,20} que\b",
]

FICTION_MORE = [
    r"\b(?:narratrice|narrateur|dans le livre|dans le film|dans la serie|dans le roman)\b",
]

PLAYFUL_MORE = [
    r"\b(?:avec amour|wifi|yaourt|chaussette|telecommande|ce chien|ce chat)\b",
]

CONTROL_PAST = [
    r"\b(?:les femmes|une femme) (?:navaient|navait|avaient|ont|nont) (?:pas )?le droit\b",
]

# -- second pass on the _d–_g batches: preparation told sideways, places, means at hand, being
# trapped, control of keys, mail and clothes, and violence one is close to.
SELF_HARM_MORE_2 = [
    r"\b(?:tout est (?:propre|pret|range|en ordre) pour apres|pour quils (?:les )?aient apres"
    r"|ait de quoi apres)\b",
    r"\b(?:paye|regle|organise|prevu|choisi)\w{0,2} (?:\w{1,20} ){0,1}(?:mes obseques|mon enterrem"
    r"ent"
    r"|les obseques davance|mes obseques davance)\b",
    r"\bobseques davance\b",
    r"\bqui doit avoir quoi\b",
    r"\bmon dernier (?:virement|message|mail)\b",
    r"\bdernier beau souvenir\b",
    r"\b(?:message|mail|mot|texto|video|sms) dadieu\b",
    r"\becrit mes adieux\b",
    r"\b(?:lettre|lettres|enveloppe|un mot) (?:\w{1,20} ){0,5}(?:sous loreiller|dans la boite a ga"
    r"nts"
    r"|louvrira|au concierge)\b",
    r"\becrire a chacun de mes\b",
    r"\b(?:serai|serait|serais) toujours dans (?:leur|ton|vos|votre) (?:cœur|coeur)\b",
    r"\bsoccuper de (?:ma femme|mon mari|mes enfants|ma fille|mon fils|maman) si jamais\b",
    r"\b(?:y aura|il y aura|yaura) (?:pas|plus) (?:dannee prochaine|de prochaine fois|de demain)\b",
    r"\b(?:je |j)(?:ne )?serai plus la\b(?! (?:pour|a|ce|cette|demain matin|avant|la semaine|de|en"
    r"|entre|du|quand tu))",
    r"\b(?:offert|donne|laisse|legue|file)\w{0,2} (?:\w{1,20} ){0,3}a (?:mon|ma) \w{1,20} et (?:\w"
    r"{1,20}"
    r" ){1,3}a (?:mon|ma)\b",
    r"\bjai tout (?:laisse|donne|legue) a\b",
    # means
    r"\bcorde (?:\w{1,20} ){0,6}(?:cetait pour|pas pour)\b",
    r"\bpas pour (?:un|le|du|faire un|faire du) (?:barbecue|camping)\b",
    r"\b(?:sorti|charge|recupere)\w{0,2} (?:\w{1,20} ){0,1}(?:la boite de cartouches|le pistolet|le"
    r" revolver|mon fusil)\b",
    r"\b(?:fusil|pistolet|revolver|flingue)\w{0,2} (?:\w{1,20} ){0,3}(?:est charge|charge dans)\b",
    rf"\b(?:stocke|accumule|planque)\w{{0,2}} (?:\w{{1,20}} ){{0,2}}{_MEDS}",
    rf"\b{_MEDS} cachees?\b",
    rf"\b{_MEDS} (?:\w{{1,20}} ){{0,4}}(?:que je (?:ne )?prends pas|au lieu de les prendre|belle r"
    rf"eserve)\b",
    rf"\b(?:pris|avale) \d{{2,3}} {_MEDS}\b(?! de (?:vitamine|magnesium|fer|zinc|homeopathie))",
    r"\b(?:vide|vider) (?:\w{1,20} ){0,1}(?:larmoire|la boite|la trousse) a pharmacie\b",
    r"\bpour (?:pas|ne pas) quon me pose de questions\b",
    r"\b(?:arrete|arreter) (?:\w{1,20} ){0,1}(?:linsuline|mon insuline|mon traitement|mes medicame"
    r"nts"
    r"|mes medocs) expres\b",
    r"\b(?:produits? chimiques?|javel|poison) (?:\w{1,20} ){0,6}(?:mortels?|jen ai pris|pris un"
    r" flacon)\b",
    r"\b(?:ceinture|corde|drap|cable) (?:\w{1,20} ){0,4}(?:a la poutre|au crochet|a la rambarde)\b",
    r"\bmoteur (?:\w{1,20} ){0,5}(?:qui tourne|allume)\b",
    r"\b(?:rempli la baignoire et (?:jai )?pris (?:le|un|les|des|mes) (?:couteau|lames?|rasoir"
    r"|cachets"
    r"|medocs|medicaments)|pris les lames de rasoir)\b",
    # places
    r"\b(?:jambes dans le vide|enjambe la rambarde|enjambe le parapet|rebord de la fenetre|pas de"
    r" barriere|trains de marchandises|voie ferree)\b",
    r"\b(?:me jetais|me jeter|me lancer) sous (?:le|un|les) (?:camion|train|bus|voiture|roues|rer"
    r"|metro|tram)\b",
    r"\bcombien de (?:metres|etages) (?:il faut|pour)\b",
    r"\b(?:je )?pense (?:pas|plus) revenir\b",
    r"\bme mets en danger expres\b",
    r"\bmallonge sur la (?:route|voie|chaussee)\b",
    r"\bsans savoir nager\b",
    r"\bparking (?:du pont|de la falaise)\b",
    r"\btoit de limmeuble (?:\w{1,20} ){0,6}(?:au bord|prochaine fois)\b",
    r"\bla prochaine fois je (?:redescends|penserai|fume|reviens|rentre) pas\b",
    r"\b(?:je regarde|regarder) leau\b",
    # hurting oneself
    r"\b(?:taillade|lacere)\w{0,2} (?:les |le |mes |la )?(?:poignets?|veines|bras|cuisses?)\b",
    r"\bcicatrices (?:\w{1,20} ){0,8}cest moi\b",
    r"\b(?:mordu|mords|griffe|gratte|pince)\w{0,2} (?:\w{1,20} ){0,2}jusqu ?au sang\b",
    r"\b(?:crame|brule)\w{0,2} (?:\w{1,20} ){0,7}expres\b",
    r"\barrete de manger depuis (?:\d{1,2}|deux|trois|quatre|cinq|six|une) (?:jours|semaines?)\b",
]

IN_DANGER_MORE_2 = [
    r"\b(?:il|elle|mari|femme|copain|copine|mec) (?:a )?(?:verrouille|ferme a cle) (?:la|les|ma)"
    r" (?:porte|portes|fenetres)\b",
    r"\b(?:cache|garde)\w{0,2} la cle (?:du portail|de la porte|de la maison)\b(?: \w{1,20}){0,6}"
    r" (?:sortir|enfermee?|sans lui|sans elle)\b",
    r"\battachee? a (?:la|une) (?:chaise|lit|radiateur)\b",
    r"\b(?:ma|mont|il ma|elle ma) (?:mise?|jetee?) dehors\b(?! (?:de la|du|des|de) )",
    r"\b(?:cadenas sur|ferme a cle) le (?:frigo|placard)\b",
    r"\b(?:mempeche|ma empeche|mempechait) de dormir\b",
    r"\b(?:ma|mont) (?:tiree?|trainee?) (?:\w{1,20} ){0,3}(?:par (?:la cheville|les cheveux|le bra"
    r"s|les"
    r" pieds|la jambe)|dans lescalier|dans le couloir|jusqua)\b",
    r"\btrainer par les cheveux\b",
    r"\b(?:ma|mont) (?:griffe|griffee|mordu|mordue|brule|brulee|lance|jete|plante) (?:\w{1,20} ){0"
    r",3}"
    r"(?:au visage|le visage|dans la main|dans le bras|a la figure|sur moi)\b",
    r"\b(?:bleu|bleus|fracture|cote|nez|dent|œil|oeil|marques|brulure|coquard)\b(?: \w{1,20}){0,10}"
    r" (?:cetait|jetais|je suis) (?:\w{1,20} ){0,2}(?:tombee?|un accident|le placard|la porte)\b",
    r"\bjai dit a lurgence\b",
    r"\b(?:traces de strangulation|strangulation)\b",
    r"\b(?:tenue?|maintenue?) (?:\w{1,20} ){0,1}sous leau\b",
    r"\b(?:et|puis|alors|pis) (?:il |elle )?(?:ma|mont) (?:encore )?(?:frappee?|giflee?|tapee?"
    r"|cognee?|etranglee?|violee?)\b",
    r"\b(?:couteau|machette|arme|flingue|fusil|hache) sous (?:son|le) (?:oreiller|lit)\b",
    r"\blutilisera\b",
    r"\bpour me montrer ce qui (?:peut|pourrait|va) (?:marriver|arriver)\b",
    r"\bmenace (?:mon|ma|mes) \w{1,20} avec (?:un|une|son|sa)\b",
    r"\bva prendre cher\b",
    r"\b(?:verras|verrais|verrai) pas la fin de\b",
    r"\bfaire mettre dehors\b",
    r"\b(?:la|le|les|me) marier (?:de force|a \d{2} ans|au bled)\b",
    r"\b(?:poste|publie|envoie|diffuse|partage)\w{0,2} (?:\w{1,20} ){0,2}(?:mes photos nues|mes ph"
    r"otos"
    r" intimes|mes nudes)\b",
    r"\b(?:service de limmigration|mariage (?:est )?blanc)\b",
    r"\bdouble des cles\b",
    r"\b(?:appli|application|logiciel) espion\b",
    r"\bphotos de (?:moi|mes enfants) (?:\w{1,20} ){0,3}(?:prises de loin|a lecole)\b",
    r"\b(?:il a|elle a|ma|mont) creve (?:les |mes )pneus\b",
    r"\bvu (?:son|leur) (?:pere|mere) me (?:taper|frapper|trainer|battre|etrangler)\b",
    r"\b(?:entre|rentre|vient) dans la chambre de (?:ma|mon|notre) (?:petite (?:soeur|sœur)|petit "
    r"frere"
    r"|niece|neveu)\b",
    r"\bse jeter (?:\w{1,20} ){0,3}avec (?:lui|elle|le bebe|les enfants|nous)\b",
    r"\bvoisins (?:ont|avaient) appele (?:la police|les flics|les gendarmes)\b",
    r"\bsous la menace\b",
    r"\bpris largent du loyer\b",
]

CONTROLLED_MORE_2 = [
    r"\bpour voir si (?:je |j)(?:suis allee?|ai fume|gaspille|mens|ai vu|suis sortie?)\b",
    r"\b(?:kilometrage|compteur) de (?:la|ma) voiture\b",
    r"\b(?:note|notait) mes erreurs\b",
    r"\bma journee heure par heure\b",
    r"\b(?:explications?|des comptes) pour (?:chaque|toutes? mes|tous mes|la moindre)\b",
    r"\b(?:life360|mspy|flexispy)\b",
    r"\bairtag dans (?:la doublure|mon|ma)\b",
    r"\b(?:laisser|garder) (?:la|ma) (?:geolocalisation|localisation) activee\b",
    r"\bcameras? (?:\w{1,20} ){0,6}(?:regarde ce que je fais|voit ce que je fais|me surveille)\b",
    r"\bsils me voient sortir\b",
    r"\b(?:poste|repond|decide) a ma place\b",
    r"\b(?:pas|plus) dargent a moi\b",
    r"\bprocuration sur mes comptes\b",
    r"\b(?:vendu|vendre) (?:\w{1,20} ){0,1}(?:ma voiture|ma moto|mes affaires) (?:sans men parler|"
    r"sans"
    r" me demander|pour que)\b",
    r"\b(?:ma|mont) (?:oblige|obligee|force|forcee) a vendre\b",
    r"\bjamais mon courrier\b",
    r"\b(?:lui|elle) seule? a (?:le code|la cle)\b",
    r"\b(?:donne|rend) (?:\w{1,20} ){0,1}(?:la cle|le code|le mot de passe) (?:seulement|que) (?:le"
    r" matin|quand)\b",
    r"\bconfigure sur son compte\b",
    r"\bcest (?:lui|elle) qui a (?:le mot de passe|mes codes|le code)\b",
    r"\b(?:ma|mont|me) fait (?:annuler|demissionner|jurer de ne|promettre de ne|supprimer|effacer)"
    r"\b",
    r"\bfait changer de (?:chemise|tenue|vetements|robe|pull|habits)\b",
    r"\b(?:jete|jeter|brule|dechire)\w{0,2} (?:tous )?mes (?:maillots|jupes|robes|vetements|habits"
    r"|tenues)\b",
    r"\btu vas (?:vraiment )?sortir comme ca\b",
    r"\b(?:une femme|une epouse) (?:mariee )?(?:a|na) rien a faire dehors\b",
    r"\bpas le droit de fermer\b",
    r"\b(?:rentrer|etre rentree?) (?:avant|a) \d{1,2}h (?:pile|sinon)\b",
    r"\badresse la parole pendant\b",
    r"\bfait semblant de (?:pas|ne pas) mentendre\b",
    r"\b(?:me reprend|se moque de moi|me rabaisse|me corrige|me critique) devant (?:tout le monde|"
    r"ses"
    r" potes|ses amis|sa famille|sa mere|les enfants)\b",
    r"\bvoila ce que je me tape\b",
    r"\bdire de (?:plus|ne plus) (?:mappeler|appeler|me voir)\b",
    r"\b(?:dit|disait) (?:\w{1,20} ){0,2}que jai plus besoin de ca\b",
    r"\btrouve toujours une (?:raison|excuse) (?:\w{1,20} ){0,6}(?:parents|famille|mere|amis)\b",
]

MIGHT_HURT_MORE_2 = [
    r"\b(?:jai|je|j) (?:\w{1,20} ){0,6}(?:barre de fer|batte de baseball|couteau de chasse|fusil d"
    r"e mon"
    r" pere|marteau en main|couteau a la main)\b",
    r"\b(?:appuye|mis|tenu|mettre) (?:\w{1,20} ){0,1}(?:loreiller|un oreiller|un coussin) sur (?:le"
    r" visage|la tete|sa tete)\b",
    r"\blui casser (?:les jambes|la gueule|les dents)\b",
    r"\benvie de (?:lui )?rentrer dedans\b",
    r"\btourner le volant vers\b",
    r"\b(?:jai|ai) tape (?:mon|ma) (?:\w{1,20} ){0,2}si fort\b",
    r"\bce que je pourrais (?:mettre dans (?:son|sa)|lui faire)\b",
    r"\b(?:images|envies?) de (?:la |le |les |l)?(?:jeter|frapper|secouer|pousser|etrangler|mettre"
    r" le"
    r" feu)\b",
    r"\bpeur de (?:menerver|perdre patience) sur (?:elle|lui|eux|mon|ma|les)\b",
    r"\bpeur de (?:le|la|les) secouer\b",
    r"\bsaboter (?:des|les|ses) freins\b",
    r"\bmettre le feu a (?:sa|son|leur) (?:voiture|maison|appart)\b",
    r"\bfaire un malheur\b",
    r"\bjai (?:arrache|defonce|casse|fait un trou dans|tape dans) (?:\w{1,20} ){0,1}(?:la porte|le"
    r" mur)\b",
    r"\bjai (?:etrangle|frappe|tue) (?:le|mon) (?:chien|chat)\b",
    r"\b(?:mort aux rats|poison|antigel) (?:\w{1,20} ){0,10}(?:sa tasse|son cafe|son repas|son verr"
    r"e)\b",
    r"\bjai (?:pousse|frappe|gifle|bouscule) (?:ma|mon) (?:mere|pere|grand mere|grand pere|soeur|s"
    r"œur"
    r"|frere|petit frere|petite soeur)\b",
    r"\bje (?:lenterre|le bute|la bute)\b",
    r"\bme fais pas confiance avec\b",
    r"\b(?:son cou|sa gorge) (?:dans|entre) mes mains\b",
    r"\bjai (?:jete|lance|balance) (?:\w{1,20} ){1,2}(?:contre le mur|a cote de (?:ma|mon))\b",
    r"\bje le pensais vraiment\b",
    r"\bsuivi la voiture de (?:mon|ma) ex\b",
    r"\b(?:imagine|mimagine|pense a|envie de) (?:\w{1,20} ){0,1}(?:mettre|appuyer) (?:un |l)?oreil"
    r"ler"
    r" sur\b",
]

ASIDES_MORE_2 = [r"\b(?:formation|premiers secours|secourisme|gestes qui sauvent)\b"]

# -- third pass: the rest of the families the _d–_g batches showed.
SELF_HARM_MORE_3 = [
    r"\b(?:si|sinon) (?:\w{1,20} ){0,4}je me tue\b(?! a )" + _NOT_JOKING,
    r"\b(?:pardon|desolee?) pour tout (?:\w{1,20} ){0,5}je pars\b",
    r"\bautant (?:la|en) finir\b",
    r"\bbonne nuit pour (?:de vrai|toujours|de bon)\b",
    r"\b(?:de )?(?:ne )?plus remonter\b",
    r"\b(?:vouloir|de vouloir) mourir\b" + _OF_LAUGHTER + _NOT_IF,
    r"\b(?:flingue|fusil|pistolet|arme) (?:\w{1,20} ){0,5}(?:je lai pris|je dors mieux)\b",
    r"\bqua crever (?:\w{1,20} ){0,8}(?:pourquoi pas|a raison|peut etre raison)\b",
    r"\b(?:je )?(?:veux|voudrais) (?:juste )?(?:mendormir et )?que (?:ca|tout) sarrete(?: pour de "
    r"bon)?\b"
    r"(?! (?:une|un|pour un|le temps|deux|cinq))",
    r"\bdit au revoir a (?:mon|ma|mes|tout)\b",
    r"\b(?:je )?veux plus de moi\b",
    r"\bjai (?:juste |deja )?pris ma decision\b",
    r"\bjai deja (?:choisi la date|tout prepare dans la salle de bain)\b",
    r"\bchambre dhotel (?:\w{1,20} ){0,8}(?:medicaments|cachets|medocs)\b",
    rf"\b(?:boites?|tubes?) (?:de {_MEDS} )?que je (?:ne )?prends pas\b",
    r"\b(?:je )?(?:lui ai )?rendu (?:toutes )?ses affaires et\b",
]

IN_DANGER_MORE_3 = [
    rf"\b{_IL} (?:a |ma )?(?:jete|lance|balance) (?:\w{{1,20}} ){{1,2}}(?:sur moi|a la tete|dans ma"
    r" direction|vers moi)\b",
    r"\b(?:peuvent|peut|va|vont|pourrait|pourraient) me faire disparaitre\b",
    r"\bmenace de dire (?:a la police|aux flics|a ma famille|au juge)\b",
    r"\bils me tueraient\b",
    r"\b(?:dechire|brule)\w{0,2} (?:mon titre de sejour|mes diplomes|mes papiers|mon passeport)\b",
    r"\b(?:la|le|les) renvoyer au (?:village|bled|pays)\b",
    r"\bferme les volets (?:\w{1,20} ){0,4}(?:pris mon|coupe)\b",
    r"\b(?:la police|les flics|les gendarmes) (?:est|sont) venue?s?\b",
    r"\b(?:je )?le reverrai plus\b",
    r"\bma forcee?\b(?: \w{1,20}){0,5} (?:pas dit non|dit non|voulais pas)\b",
    r"\bapres la dispute il ma forcee?\b",
]

CONTROLLED_MORE_3 = [
    r"\b(?:dira|dire|dirait) (?:au juge|aux enfants) que\b",
    r"\b(?:d|j)?arret\w{1,5} de (?:voir|parler a|frequenter) (?:ma|mes|mon)\b",
    r"\b(?:faut que je|je dois|dois) (?:tout )?(?:lui )?justifi\w{1,3}\b(?! (?:mes|les|ma|la|le"
    r"|des|mon) )",
    r"\bdemande\w{0,2} la permission pour\b",
    r"\b(?:fait|discours sur le fait) que (?:je |j)(?:suis|serais) (?:incapable|nulle?|bete|inutil"
    r"e)\b",
    r"\bcest (?:lui|elle) qui decide\b",
    r"\b(?:aime|veut) pas (?:quand|que) (?:je |j)(?:me maquille|mhabille|sorte|sors)\b"
    r"(?! (?:sans (?:manteau|veste|echarpe|parapluie)|seule? la nuit|malade|en pyjama))",
    r"\bfinirai (?:\w{1,20} ){0,3}a la rue\b",
    r"\bcest (?:toujours )?moi qui (?:ai fini par |finis par |dois )?mexcuser\b",
    r"\bjete (?:\w{1,20} ){0,2}(?:mon armoire|mes vetements|mes habits)\b",
    r"\brepondre dans les (?:\d{1,2}|cinq|dix|deux|trois) minutes\b",
    r"\bverifier que (?:je |j)(?:parle|suis|vois)\b",
    r"\bnulle part sans (?:lui|elle)\b",
    r"\bcaptures? (?:decran )?de (?:mes|ma) conversations?\b",
    r"\bdisait que (?:je |j)etais une bonne a rien\b",
    r"\b(?:il|elle) a encore dit que (?:je |j)etais\b",
    r"\bfouille mes (?:poches|sacs|affaires|tiroirs)\b",
    r"\b(?:il|elle) (?:dit|a dit) quil se tuerait\b",
    r"\bsi je les vois cest fini\b",
    r"\b(?:me faire rater|ma fait rater) mon\b",
    r"\bpour me punir\b",
    r"\bticket de caisse de chaque\b",
    r"\b(?:change|changé) le mot de passe du wifi et\b",
    r"\bregarde ce que je fais toute la journee\b",
    r"\bvient me chercher (?:\w{1,20} ){0,4}tous les jours meme quand\b",
    r"\bfait une crise (?:\w{1,20} ){0,3}on est restes a la maison\b",
    r"\btrouve toujours une raison\b(?: \w{1,20}){0,4} (?:derniere fois|parents)\b",
    r"\bpas vu mes parents depuis\b",
]

MIGHT_HURT_MORE_3 = [
    r"\b(?:envie de|voulu) lui (?:mettre une (?:droite|claque|gifle|baffe|beigne|patate)|balancer|"
    r"jeter"
    r"|lancer)\b",
    r"\b(?:voudrais|veux|envie) (?:quil|quelle) souffre\b",
    r"\bquelquun marrete\b",
    r"\b(?:batte|barre de fer|arme|fusil|couteau) dans (?:le|mon) coffre\b",
    r"\b(?:je lai|jlai|lai) (?:plaquee?|poussee?|cognee?|jetee?) contre\b",
    r"\b(?:je |j)lui (?:eclate|explose|defonce|casse|pete) (?:la tete|la gueule|le crane)\b",
    r"\bpeur de devenir violente?s?\b",
    r"\bpense (?:sans arret |tout le temps |souvent )?a lui faire (?:du )?mal\b",
    r"\b(?:faire|fais|ferai|ferais) un malheur\b",
    r"\bjai leve le poing\b",
    r"\bpeur de ce que (?:je |j)(?:aurais pu|pourrais|vais|risque de) (?:lui )?faire\b",
    r"\b(?:capable de|vais|va) men servir\b",
    r"\bbalance (?:un|une) \w{1,20} vers (?:lui|elle)\b",
    r"\bla main sur le couteau\b",
    r"\bsais pas ce que (?:je |j)(?:vais|pourrais) lui faire\b",
    r"\b(?:le|la) massacrer\b",
    r"\bpret a lui faire mal\b",
    r"\bjimagine que je (?:le|la) (?:pousse|frappe|tue)\b",
]

# -- fourth pass, on `fr_tuning_h` (an independent writer's batch of 2026-12-03): a weapon on
# one's lap, pills counted, a bridge or a river "to see if I have the courage", goodbyes passed on
# through someone else, treatment stopped "to let it happen", franglais ("me kill", "d1e"); threats
# for leaving or speaking, a partner camped outside, aids taken away, filming and blackmail; rage
# one fears; being kept off the phone, away from family, under a curfew.
_WEAPON = r"(?:fusil|flingue|pistolet|revolver|carabine|arme|calibre)"
_FAMILY = (
    r"(?:(?:ma |mon |mes )?(?:soeur|sœur|frere|mere|pere|fille|fils|enfants|filles|parents"
    r"|famille|grand mere|grand pere|petits|petites)|maman|papa|mamie|papi)"
)

SELF_HARM_MORE_4 = [
    # a weapon held to oneself, kept on one's lap
    rf"\b{_WEAPON}(?: de chasse| de mon pere| de papa| de service)? (?:\w{{1,20}} ){{0,1}}"
    r"(?:sur (?:les|mes) genoux|dans (?:la|ma) bouche|(?:sur|contre) (?:la|ma) tempe|sous (?:le"
    r"|mon) menton)\b",
    # pills counted, enough of them, swallowed
    rf"\b(?:compte|recompte|compter|recompter)\w{{0,2}} (?:\w{{1,20}} ){{0,2}}{_MEDS}\b"
    r"(?: \w{1,20}){0,5} (?:assez|suffisamment|y en a|suffire|suffira|suffisent|suffiront)\b",
    rf"\b{_MEDS} (?:\w{{1,20}} ){{0,6}}(?:y en a|il y en a|ya) (?:assez|suffisamment|largement"
    r" assez)\b(?! pour (?:la semaine|le mois|les vacances|le voyage|tenir))",
    rf"\bassez de {_MEDS} pour (?:ne plus|plus|en finir|partir pour de bon|y rester|que ca marche"
    r"|dormir pour toujours)\b",
    rf"\bavale (?:les|tous les|toutes les|plein de|trop de|une poignee de|une boite de|la boite de"
    rf"|toute la boite de|une plaquette de|toute la plaquette de|toute ma plaquette de|toute ma b"
    rf"oite de) (?:\w{{1,20}} )?{_MEDS}\b",
    # veins opened
    r"\b(?:je |j)?me suis (?:ouvert|ouverte|tranche|tranchee|taillade|tailladee|coupe|coupee|enta"
    r"ille|entaillee) (?:les|mes|une|la) (?:veines?|poignets?)\b",
    r"\b(?:je vais|je veux|je voudrais|je dois|je pense a|jai pense a) (?:mouvrir|me trancher|me ta"
    r"illader|me couper|mentailler) (?:les|mes) (?:veines|poignets)\b",
    # papers put in order so that nobody has to do it after
    r"\b(?:range|trie|classe|regle|mets en ordre|mis en ordre)\w{0,2} (?:tous |tout )?(?:mes|les) ("
    r"?:papiers|affaires|comptes|dossiers) (?:\w{1,20} ){0,1}pour que (?:\w{1,20} ){0,2}(?:naient|a"
    r"ient|nait|ait) (?:pas|rien) a (?:le faire|faire|sen occuper|sen charger|tout gerer|gerer ca|f"
    r"aire le tri)\b",
    r"\bjai (?:assez|suffisamment|bien assez|trop) vecu\b",
    r"\b(?:droit de|libre de) (?:decider|choisir) (?:\w{1,20} ){0,2}(?:quand|comment) (?:mourir|en"
    r" finir)\b",
    # it will be over soon, the last time, someone should know
    r"\b(?:tkt|tinquiete|inquiete toi|inquiete) (?:\w{1,20} ){0,3}(?:bientot (?:ce|ca|tout|tout ca"
    r") (?:sera|va etre)|(?:ce|ca|tout) (?:sera|va etre) bientot) (?:fini|finie|termine|regle)\b",
    rf"\b{_CEST} la derniere fois que (?:tu mentends|vous mentendez|tu mauras|tu as de mes nouvell"
    r"es|vous avez de mes nouvelles)\b(?! (?:pour|a ce sujet|a propos|sur|de|comme|la dessus|avant"
    r"|sans)\b)",
    r"\bque quelquun (?:le )?sache (?:juste )?avant\b(?! (?:de|que|quon|quil|quelle|le|la|les|dem"
    r"ain|ce|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|midi|noel)\b)",
    rf"\b(?:dis|dites|tu diras|vous direz|tu lui diras|tu leur diras) (?:a|aux) {_FAMILY} que"
    r" (?:je |j)(?:laime|les aime|taime|laimais|les aimais|laimerai toujours|les aimerai toujours"
    r")\b",
    r"\b(?:demain|ce soir|cette nuit|bientot|lundi) (?:matin |soir )?(?:on|ils|quelquun|vous|tu|la"
    r" police) (?:va|vont|vas|allez|pourra|pourrez) me (?:retrouver|trouver)\b(?! (?:au|a|chez|de"
    r"vant|pour|vers|en|sur|dans|ici|la bas|apres|un|une|des|du)\b)",
    # franglais and disguises: "si jme k*ll", "jveux d1e"
    r"\bsi (?:je |j)(?:me kill|me tue|meurs|mourais|disparais|disparaissais|creve|crevais|me suici"
    r"de|me suicidais)\b(?: \w{1,20}){0,2} personne (?:ne )?(?:le |rien )?(?:remarquera|remarquerai"
    r"t|verra|verrait|sen rendra|sen rendrait|saura|saurait|viendra|viendrait)\b",
    r"\b(?:je |j)(?:vais |veux |voudrais )?(?:juste )?me kill\b",
    r"\b(?:je |j)(?:veux|voudrais|vais|ve|veu) (?:juste |vraiment )?(?:die|mourrir|mourire|mourri"
    r"re|kms)\b",
    # the way out, without pain; never waking up
    r"\b(?:comment|cherche\w{0,3}|moyen de|facon de|maniere de|je veux|je voudrais) (?:\w{1,20} )"
    r"{0,1}(?:partir|mourir|men aller|en finir|me tuer|disparaitre) (?:\w{1,20} ){0,1}sans (?:souf"
    r"frir|douleur|avoir mal|que ca fasse mal)\b",
    r"\b(?:comment|pour|de|facon de|moyen de) (?:ne )?(?:plus|jamais|plus jamais) (?:se|me) reve"
    r"iller\b(?! (?"
    r":avant|trop|a|tot|en|la nuit|pendant|au milieu|quand|fatigue|fatiguee|crevee?|avec|de|toute"
    r"s|chaque|le matin)\b)",
    # heights, bridges, rivers
    r"\b(?:je suis|suis|assise?|debout|reste|restee) (?:\w{1,20} ){0,3}(?:au bord du|sur le rebord"
    r" du|sur la rambarde du) (?:pont|toit|balcon|viaduc)\b",
    r"\b(?:etage|etages|pont|toit|falaise|balcon|fenetre|immeuble|viaduc)\b(?: \w{1,20}){0,4} (?"
    r":assez|suffisamment) (?:haut|haute|hauts|hautes)\b(?! pour (?:voir|admirer|la vue|avoir|le|l"
    r"a|les|que (?:le|la|les|personne)|quil|quelle)\b)",
    r"\bassez (?:haut|haute) pour (?:mourir|ne pas survivre|pas survivre|en finir|que ca marche|y"
    r" rester)\b",
    r"\b(?:ca|cest|est ce que ca|tu crois que ca) suffi\w{1,4} pour (?:mourir|en finir|y rester|ne"
    r" pas survivre)\b",
    r"\b(?:aller|vais|irai|retourne|retourner|monter|monte|descendre) (?:\w{1,20} ){0,1}(?:au pont"
    r"|sur le pont|au viaduc|a la falaise|sur le toit|sur les rails|au bord du quai|au barrage) (?"
    r":\w{1,20} ){0,3}(?:voir si|courage|pour de bon|une derniere fois|pour sauter|et sauter)\b",
    r"\bsi (?:jai|jaurai|jaurais|jai enfin) le courage (?:de sauter|de le faire pour de bon|den fin"
    r"ir|de me (?:tuer|jeter|pendre|foutre en lair|laisser tomber))\b",
    r"\b(?:je |j)(?:rentre|vais rentrer|entre|vais entrer|marche|vais marcher|descends|vais descen"
    r"dre|me jette|vais me jeter) dans (?:le fleuve|la riviere|la seine|le canal|le rhone|la loire"
    r"|la garonne|le saint laurent|le niger|le congo|leau glacee|la lagune)\b(?! (?:pour (?:peche"
    r"r|me baigner|nager|me rafraichir|jouer)|avec (?:les|mes|ma|mon))\b)",
    r"\b(?:je |j)(?:sais|sait) (?:pas|plus|meme pas) nager (?:de toute facon|de toutes facons|en p"
    r"lus|justement)\b",
    r"\ben me disant (?:\w{1,20} ){0,2}(?:juste un pas|un seul pas|un petit pas|ce serait facile|ca"
    r" serait facile|ce serait si simple)\b",
    r"\b(?:fenetre|vide|balcon|rebord|parapet|toit|pont|quai|rails)\b(?: \w{1,20}){0,8} (?:juste|s"
    r"eulement|rien qu|quun|plus qu) un (?:seul |petit )?pas\b",
    # treatment stopped to let it happen
    r"\bj?(?:arreter|arrete|stopper|stoppe|refuser|refuse|abandonner|laisser tomber) (?:\w{1,20} ){"
    r"0,2}(?:seances|dialyse|chimio|traitement|traitements|insuline|soins|medicaments|medocs|rayons"
    r") (?:\w{1,20} ){0,3}(?:laisser faire|laisser venir|que ca finisse|en finir|laisser aller|pour"
    r" mourir|quon en finisse|laisser la nature)\b",
    r"\b(?:supporte|supporter) (?:plus|pas|meme plus) detre (?:moi|moi meme|en vie|vivante?|encore"
    r" la)\b",
    # a date chosen
    r"\bma date est (?:choisie|fixee|decidee)\b(?!(?: \w{1,20}){0,5} (?:cesarienne|accouchement|op"
    r"eration|mariage|rdv|rendez vous|examen|entretien|demenagement|vol|depart|greffe|intervention"
    r"|concours|soutenance|bac|permis|naissance|terme)\b)",
]

IN_DANGER_MORE_4 = [
    # threats: for refusing, leaving, speaking
    r"\bme menace\w{0,2} depuis que (?:je |j)(?:ai refuse|lai quitte|lai quittee|suis partie?|lai"
    r" bloquee?|ai dit non|ai porte plainte|ai parle)\b",
    r"\b(?:dit|dis|a dit|jure|menace|crie) (?:quil|quils|quelle|de) (?:va |vont |allait )?mattend"
    r"re\b",
    rf"\b(?:{_IL}|{_HE}|ils) (?:va|vont|allait|menace de|pourrait|risque de) me (?:tuer|buter|creve"
    r"r|faire la peau|defoncer|tabasser|massacrer|frapper) (?:\w{1,20} ){0,1}si (?:je |j)(?:porte"
    r" plainte|parle|en parle|le dis|le quitte|la quitte|pars|men vais|appelle (?:la police|les fl"
    r"ics)|le denonce|la denonce|raconte|dis tout|demande le divorce|divorce|le signale)\b",
    r"\bsi (?:je |j)(?:parle|pars|men vais|le quitte|la quitte|porte plainte|appelle la police|app"
    r"elle les flics|le denonce|la denonce|demande le divorce|divorce|dis non|refuse)\b(?: \w{1,2"
    r"0}){0,2} (?:il|elle|ils|on) (?:va me|vont me|me) (?:tuer|tue|tuera|tueront|buter|bute|butera"
    r"|crever|defoncer|defonce|faire la peau|massacrer)\b" + _NOT_JOKING,
    r"\bsi tu (?:oses )?(?:pars|partir|me quittes|me quitter|ten vas|ten aller|parles|parler|portes"
    r" plainte|porter plainte|le dis|le dire|me trompes)\b(?: \w{1,20}){0"
    r",4} (?:on te|je te|ils te) (?:ramassera|ramasserons|ramasseront|retrouvera|retrouverai|tuera"
    r"i|tue|bute|buterai|crever|creve|fais la peau|ferai la peau|defonce|defoncerai)\b"
    + _NOT_JOKING,
    r"\b(?:te|me|vous|nous) (?:ramasser|ramassera|ramasseront|ramasserait|retrouvera|retrouveront|"
    r"retrouverait) en (?:morceaux|petits morceaux)\b",
    r"\b(?:menace|menacait|menacee?) de (?:faire disparaitre|tuer|noyer|empoisonner|se debarrasser"
    r" du?|donner|frapper|abandonner|faire du mal a) (?:le|mon|ma|notre|nos|mes|la) (?:chien|chat|"
    r"chienne|chatte|animaux|animal|lapin|chiot|chaton|perroquet)\b",
    r"\bmenace de faire disparaitre\b",
    # watched from outside
    r"(?<!je )(?<!on )\b(?:campe|rode|rodait|planque|fait le guet|guette|fait le pied de grue|post"
    r"e)\w{0,3} (?:\w{1,20} ){0,2}(?:dans sa voiture|devant chez moi|en bas de chez moi|sou"
    r"s mes fenetres|devant mon immeuble|devant mon boulot|devant mon travail|devant lecole|devant"
    r" la maison)\b",
    r"\bmon ex (?:\w{1,20} ){0,3}(?:en bas de chez moi|devant chez moi|sous mes fenetres|devant mo"
    r"n immeuble|dans sa voiture en bas|devant mon boulot)\b",
    r"(?<!jai )(?<!je )(?<!on a )\b(?:photographie|filme|pris en photo|prend en photo|prenait en p"
    r"hoto)\w{0,2} (?:ma|mon|mes) (?:porte|maison|immeuble|fenetres?|boite aux lett"
    r"res|balcon|adresse)\b(?! pour (?:lassurance|le constat|vendre|lannonce|la vendre|la louer))",
    # aids taken away, left in bed
    r"\b(?:retire|pris|cache|confisque|enleve)\w{0,2} (?:mon|ma|mes) (?:fauteuil|deambulateur|cann"
    r"e|bequilles|appareil auditif|appareils auditifs|sonnette)\b(?! (?:pour|de bureau|gaming|pre"
    r"fere)\b)" + _NOT_JOKING,
    r"\bme laisse (?:au lit|par terre|sans manger|sans boire|sans mes medicaments|dans le noir|sale"
    r") (?:\w{1,20} ){0,3}(?:toute la journee|des heures|quand|pendant|tout le week end|la nuit|ex"
    r"pres)\b",
    # smothered, choked
    r"\bjusqua ce que (?:je |j)(?:ne )?(?:puisse|pouvais|peux|arrive|arrivais) (?:plus|pas) (?:a )"
    r"?(?:respirer|parler|bouger|crier)\b(?! (?:de rire|tellement je riais|a force de rire))",
    r"\b(?:mappuie|mappuyait|ma appuye|mappuye|me met|me mettait|ma mis|me colle|me plaque|me tien"
    r"t|me tenait) (?:\w{1,20} ){0,1}(?:loreiller|un oreiller|un coussin|le coussin|sa main|la mai"
    r"n|ses mains|un sac) sur (?:la figure|le visage|mon visage|ma bouche|la bouche|le nez|mon nez"
    r"|ma tete|la tete)\b",
    # filmed and blackmailed
    r"\b(?:me filme|ma filmee?|me filmait|me photographie|ma photographiee?|menregistre|ma enregis"
    r"tree?) (?:\w{1,20} ){0,3}sans (?:mon accord|mon consentement|que je (?:le )?sache|me demande"
    r"r|me le dire|que je sois au courant)\b" + _NOT_JOKING,
    r"\b(?:enverra|envoyer|envoie|enverrait|balancer|balancera|poster|postera|publier|publiera|mon"
    r"trer|montrera|diffuser|diffusera) (?:la|les|cette|ces|nos|mes) (?:video|videos|photos|sextap"
    r"e|vocaux) (?:\w{1,20} ){0,4}si (?:je |j)(?:refuse|dis non|pars|le quitte|la quitte|parle|po"
    r"rte plainte|fais pas|obeis pas|couche pas)\b",
    # marks
    r"\b(?:jai|ai) (?:encore|toujours|de nouveau) (?:l ?œil|loeil|la levre|la joue|le visage|la fig"
    r"ure|le nez|la machoire|le poignet) (?:tout )?(?:gonfle|gonflee|enfle|enflee|au beurre noir|"
    r"bleu|violet|violette|ouvert|ouverte|fendue?|poche)\b(?!(?: \w{1,20}){0,5} (?:l|d)?(?:aller"
    r"gie|orgelet|conjonctivite|pollen|piqure|moustique|rhume|lentilles|dentiste|sinusite|chat|abei"
    r"lle|guepe|sport|match|boxe|rugby|foot)\b)",
    r"\b(?:ma|mont) (?:fendu|ouvert|eclate) (?:la levre|larcade|le nez)\b",
    # trapped, the door
    r"\b(?:help|aide moi|aidez moi|au secours|sos|a laide) (?:\w{1,20} ){0,1}(?:il|elle) (?:est (?"
    r":rentre|rentree|la|revenu|revenue|entre|entree|devant la porte|en bas)|arrive|revient|me che"
    r"rche)\b(?!(?: \w{1,20}){0,5} (?:surprise|cadeau|gateau|plus tot|en avance|pas fini|diner|so"
    r"uper)\b)",
    r"\b(?:essaie|essaye|tente|veut|va|en train) (?:de |d)(?:defoncer|enfoncer|casser|forcer|fracas"
    r"ser|peter|ouvrir de force) (?:la|ma|les|notre) (?:porte|fenetre|serrure|portes)\b(?! (?:du|de"
    r" la voiture|du placard|du frigo|du four|de la cave|du garage)\b)(?!(?: \w{1,20}){0,6} (?:perd"
    r"u|oublie|coince|coincee|bloquee|cles?)\b)",
    r"\b(?:me suis|nous sommes|on sest|je suis) (?:\w{1,20} ){0,1}(?:barricade|barricadee|barricad"
    r"es|barricadees|enfermee? a cle|enfermee? dans)\b(?: \w{1,20}){0,6} (?:il|elle|mon mari|mon "
    r"ex|ma femme|mon copain|ils) (?:hurle|crie|tape|frappe|cogne|defonce|est (?:devant|la|derrier"
    r"e)|menace|essaie|veut|gueule)\b",
]

MIGHT_HURT_MORE_4 = [
    r"\b(?:trompe|trompee|quitte|quittee|menti|largue|larguee|cocu|cocue|avec un autre|avec une au"
    r"tre)\b(?: \w{1,20}){0,6} (?:jai|je tiens|je prends|jai pris|je garde) (?:un|le|mon|son) (?:c"
    r"outeau|flingue|fusil|pistolet|cutter|marteau)\b",
    r"\b(?:je imagine|jimagine|je mimagine|mimagine|je pense a|je reve de|je fantasme de|images de"
    r" moi en train de) (?:\w{1,20} ){0,1}(?:pousser|frapper|etrangler|etouffer|empoisonner|poign"
    r"arder|tuer|ecraser|noyer|egorger) (?:mon|ma|le|la|lui|les|son|sa) (?:\w{1,20} )?(?:mari|fem"
    r"me|copain|copine|conjointe?|chum|blonde|mec|meuf|fils|fille|enfant|enfants|bebe|ex|compagne|"
    r"compagnon|pere|mere|belle mere|beau pere|dans lescalier|par la fenetre|sous)\b(?! (?:a|au|a"
    r"ux|vers|pour)\b)",
    r"\b(?:peur de|envie de|je vais|jvais|risque de|sur le point de|pres de|a deux doigts de) (?:p"
    r"eter|perdre) (?:un cable|les plombs|une durite|un plomb|la boule|les pedales) (?:sur|contre)"
    r" (?:elle|lui|eux|ma|mon|les|mes|le|la|son|sa)\b",
    r"\b(?:mes|ma) (?:crises? de colere|colere|acces de colere|rages?|coleres) (?:me font|me fait|m"
    r"e fout|me foutent|mont fait|me faisaient) peur\b",
    r"\b(?:jai|ai) (?:casse|defonce|explose|renverse|fracasse|balance|retourne) (?:\w{1,20} ){0,2}"
    r"(?:table|chaise|porte|tele|television|telephone|ecran|assiettes|vaisselle|mur|meuble) (?:\w"
    r"{1,20} ){0,3}(?:les enfants|les petits|le bebe|ma femme|ma copine|mon mari|mon fils|ma fille"
    r"|les gosses) (?:etaient|etait|juste a cote|a cote|devant)\b",
    r"\bpeur de (?:faire|commettre) (?:un truc|une chose|quelque chose|un geste|une connerie|une be"
    r"tise) (?:de )?(?:grave|irreparable|que je regretterai|que je regretterais)\b",
    r"\b(?:jai|ai) (?:cogne|frappe|tape|defonce|explose|mis un coup de poing dans|donne un coup de "
    r"poing dans|donne un coup dans) (?:dans )?(?:le mur|la porte|la table|le placard|la vitre) (?"
    r":\w{1,20} ){0,2}(?:a cote|pres|a quelques centimetres|a un cheveu) de (?:sa tete|son visage|"
    r"sa figure|(?:la tete|la figure|le visage) de (?:ma|mon|sa|son|la|le))\b",
    r"\b(?:envie|veux|vais|jvais|compte|aller) (?:\w{1,20} ){0,8}lui faire payer\b(?! (?:l\w{2,20}"
    r"|le|la|les|un|une|des|sa|son|ses|\d{1,5}|cher|ca|ce|cette)\b)",
]

CONTROLLED_MORE_4 = [
    # listened to, read, unlocked
    r"\bme laisse (?:pas|plus|jamais) (?:appeler|telephoner a|texter|ecrire a|rendre visite a) (?:m"
    r"a|mes|mon|personne)\b" + _NOT_JOKING,
    r"\b(?:veut|exige|doit|faut quil|faut quelle) (?:\w{1,20} ){0,1}(?:d?entendre|d?ecouter) (?:to"
    r"utes |tous )?mes (?:conversations|appels|coups de fil|coups de telephone|vocaux)\b",
    r"\b(?:peux|peut|ose) (?:pas|plus|jamais) (?:appeler|telephoner a|parler a|ecrire a|voir) (?:m"
    r"a|mes|mon) (?:\w{1,20} ){0,1}quand (?:il|elle) est (?:la|a la maison)\b",
    r"\b(?:mettre|mets|met|laisser|laisse) (?:\w{1,20} ){0,1}(?:sur )?(?:le )?haut parleur (?:quan"
    r"d|pour que|des que|a chaque|pour quil|pour quelle)\b",
    r"\b(?:fouille|regarde|verifie|checke|check|epluche|lit|controle|inspecte)\w{0,2} (?:\w{1,20} "
    r"){0,1}(?:mon|tout mon) (?:historique|journal dappels)\b",
    r"\b(?:tel|portable|cell|cellulaire|phone) deverrouille\b",
    r"(?<!jai )(?<!je )\b(?:change|changé)\w{0,2} (?:le |les )?(?:mdp|mot de passe|mots de passe|c"
    r"ode|codes) (?:de mon|de ma|de mes|du) (?:courriel|email|mail|adresse mail|boite mail|gmail|f"
    r"acebook|insta|instagram|telephone|tel|cell|cellulaire|portable|comptes|compte bancaire|ordi)"
    r"\b",
    r"\b(?:mot de passe|mdp|code|codes)\b(?: \w{1,20}){0,6} (?:il|elle) (?:lit|regarde|voit|fouill"
    r"e|controle|verifie|ecoute) tout\b",
    # cut off from family
    rf"\b{_HE} (?:\w{{1,20}} ){{0,1}}(?:m ?eloign\w{{1,4}}|me coupe|me coupait|me separe|me detourn"
    r"e) (?:de|du|des) (?:ma|mes|mon|tous mes|toute ma|monde|tout le monde) ?(?:famille|amis|amie"
    r"s|proches|parents|soeur|sœur|frere|mere|pere|potes|copines|entourage)?\b",
    r"\b(?:me fait|me faisait|ma fait|fait) des (?:scenes|crises|histoires) (?:de jalousie )?(?:qu"
    r"and|des que|chaque fois que|si|parce que) (?:je |j)(?:parle|parlais|regarde|regardais|dis b"
    r"onjour|souris|souriais|salue|saluais|discute|rigole)\b",
    r"\bje (?:baisse|garde) les yeux (?:baisses )?(?:\w{1,20} ){0,2}(?:tout le temps|pour (?:pas|n"
    r"e pas) (?:quil|quelle)|quand (?:il|elle) est la|quand on sort|maintenant|dehors)\b",
    # where, with whom, until when; a curfew; permission
    r"\b(?:veut|veux|exige|faut) (?:\w{1,20} ){0,3}savoir (?:ou je suis|ou je vais|avec qui (?:je "
    r"suis|je parle|je sors)|ce que je fais)\b(?: \w{1,20}){0,3} (?:avec qui|jusqua quand|a quell"
    r"e heure|tout le temps|chaque fois|en permanence|a chaque (?:minute|instant|seconde)|a la min"
    r"ute pres)\b",
    rf"\b(?:{_HE}) (?:\w{{1,20}} ){{0,1}}(?:mimpose|me met|me donne|ma impose|ma mis|ma donne"
    r"|nous impose) (?:\w{1,20} ){0,1}couvre feu\b",
    r"\b(?:il|elle) (?:mimpose|ma impose|me dicte|ma dicte) (?:ses|des|mes|ce que|comment|quand|qu"
    r"i|ou) (?:\w{1,20} ){0,2}(?:regles|horaires|vetements|fringues|heures|porter|manger|voir|sort"
    r"ir|mhabiller|dire)\b",
    r"\b(?:sa permission|son autorisation) (?:meme|aussi|pour tout|pour la moindre|pour chaque)\b",
    r"\b(?:faut|dois|besoin de|demander) (?:\w{1,20} ){0,1}sa permission pour\b",
    # money counted, medicine and the line withheld
    r"\b(?:\d{1,3}|dix|vingt|trente|quarante|cinquante|cent) (?:euros?|balles|dollars|francs|fcfa"
    r"|piasses|piastres) par (?:semaine|mois|jour)\b(?: \w{1,20}){0,2} (?:et )?(?:il|elle) (?:comp"
    r"te|verifie|controle|note|surveille) (?:tout|chaque|le moindre)\b",
    r"\b(?:oublie|refuse|arrete|evite)\w{0,2} (?:de )?me (?:les |le |la )?donner (?:\w{1,20} ){0,"
    r"2}quand (?:je |j)(?:lai|le|la|suis|dis|fais|refuse|ai)\b",
    r"\b(?:gere|garde|cache|controle|confisque)\w{0,2} (?:mes|mon|ma) (?:medicaments|medocs|traite"
    r"ment|insuline|pilules|pilule|cachets) (?:\w{1,20} ){0,6}(?:oublie|donne pas|refuse|pour me "
    r"punir|quand je (?:lai|le|la) (?:contrarie|enerve|fache))\b",
    r"\bme (?:prive|privait|privent) de (?:mes )?(?:medicaments|medocs|traitement|nourriture|mange"
    r"r|sommeil|telephone|argent)\b",
    r"\b(?:il|elle) (?:ma |a |me )?coupe\w{0,2} (?:le wifi|internet|la connexion|ma ligne|la ligne|"
    r"le forfait|mon forfait|mon telephone|ma carte sim|mon abonnement) (?:\w{1,20} ){0,2}(?:parce "
    r"que|pcq|car) (?:je |j)(?:parlais|parle|discutais|discute|ecrivais|ecris|textais|passais"
    r"|etais)\b",
]

# -- fifth pass, on `fr_tuning_i` (an independent writer's batch of 2026-12-03, rarely heard
# voices: the old, the disabled, soldiers and night workers, Québec and Maghrebi French): marks
# owned up to, a blade again, a way chosen, means at hand "and I think of it too much", a weapon
# turned on oneself, a God asked for pardon, a note to someone who will read it later, gifts "they
# will be better off"; a knife named, a lock forced, a forced marriage, an elder pushed about;
# pictures one fears in one's head, "I'll do something crazy if I see him"; a curfew "or else",
# waiting for him to sleep to breathe, permission to see a doctor, outing threats, a pension taken.
_MEANS_HERE = (
    rf"(?:{_WEAPON}|armoire a (?:medocs|medicaments|pharmacie)|pharmacie|medocs|medicaments|cachets"
    r"|somniferes|corde|lame|lames|rasoir)"
)

SELF_HARM_MORE_5 = [
    # marks owned up to, hidden under sleeves
    r"\b(?:les |ces |mes )?(?:brulures|coupures|cicatrices|marques|entailles|griffures|traces)"
    r" (?:sur|a|de) (?:mes|les|mon|ma) (?:bras|poignets?|cuisses|jambes|ventre|mains|hanches)"
    r" (?:\w{1,20} ){0,1}(?:cest moi|cetait moi|see moi|je me les (?:fais|suis faites?|fait))\b",
    r"\b(?:manches longues|pull|col roule|pantalon|bracelets)\b(?: \w{1,20}){0,4} (?:pour )?cach"
    r"er (?:mes|les) (?:cicatrices|coupures|brulures|marques|entailles|bras|poignets)\b",
    # a blade again
    r"\b(?:la|une|ma|les|mes) (?:lame|lames|lame de rasoir|lames de rasoir) (?:encore|de nouveau|a"
    r" nouveau|again) (?:cette nuit|hier|hier soir|ce soir|ce matin|aujourdhui|la nuit derniere)\b",
    r"\b(?:ressorti|repris|reprends|ressors|rachete)\w{0,2} (?:la|ma|les|mes|une|des) (?:lame|lam"
    r"es|lames de rasoir)\b",
    # tired of living, in every French
    r"\b(?:tanne|tannee|las|lasse|ecoeuree?|ecœuree?|degoutee?|saoulee?|usee?|blasee?|brulee?) de"
    r" (?:vivre|la vie|exister|respirer|me reveiller)\b",
    r"\bje (?:ne )?(?:veux|voudrais|veu) (?:pu|pus|plu) (?:vivre|exister|me reveiller|etre la|etr"
    r"e ici)\b",
    r"\bjai (?:pu|pus|plus) (?:envie|le gout|la force) de (?:vivre|continuer|me battre|me lever le"
    r" matin|rester en vie)\b(?! (?:comme ca|ici|la bas|avec|dans|a|en|pour)\b)",
    r"\ba quoi (?:ca|cela|bon) (?:sert|servirait|me sert)? ?de (?:continuer|vivre|me battre|rester"
    r" en vie|tenir|me lever)\b(?! (?:a|ce|cette|le|la|les|mon|ma|ses|ces|des|sans|comme|ton|ta"
    r"|tes|leur|si)\b)",
    r"\b(?:je veux|jveux|je voudrais|envie de|jaimerais) (?:juste )?(?:mendormir|dormir) (?:et ce"
    r"st tout|et see tout|pour toujours|pour de bon|et plus rien|et ne plus|et pas me reveiller|et"
    r" plus jamais|et ne jamais)\b",
    # franglais: "jpense a me k*ll"
    r"\b(?:pense|pensais|penser|envie|songe|songeais|reve|revais|besoin) (?:a |de |d )?me (?:kill"
    r"|unalive)\b",
    # a way chosen
    r"\b(?:jai|ai|je sais|jai deja|cest) (?:choisi|decide|fixe|prevu|trouve)\w{0,1} (?:le jour|la"
    r" date|lheure|le moment) (?:et|pis|puis) (?:la facon|la maniere|le moyen|comment|lendroit)\b"
    r"(?! (?:de|du|des|pour)\b)",
    r"\b(?:je me sens|je suis|me sens) (?:enfin |tellement |tres )?(?:calme|en paix|apaisee?|soul"
    r"agee?|sereine?) (?:maintenant |depuis )?(?:que |qu)(?:jai|je sais) (?:choisi|decide|pris ma"
    r" decision|la date|le jour)\b(?! (?:de (?:demenager|partir en|quitter (?:mon|ma|le|la) (?:"
    r"boulot|travail|job|poste|appart|ville))|pour (?:le|la|les|mon|ma)\b))",
    # means at hand, "and I think of it too much"; a weapon turned on oneself
    rf"\b{_MEANS_HERE} (?:\w{{1,20}} ){{0,6}}(?:et )?(?:jy pense|je y pense|j y pense|jy repense|jy"
    r" songe) (?:trop|tout le temps|sans arret|de plus en plus|souvent|chaque nuit|chaque soir|bea"
    r"ucoup|serieusement)\b",
    rf"\b{_WEAPON}\b(?: \w{{1,20}}){{0,14}} (?:la |le |l)?(?:tourner|retourner|pointer|braquer|ut"
    r"iliser|retourne|pointe|braque)\w{0,2} (?:vers|contre|sur) moi(?: meme)?\b",
    rf"\b(?:(?:y|il|me) (?:me )?reste (?:quoi|plus rien|rien)|plus rien (?:ne )?me retient)\b(?: "
    rf"\w{{1,20}}){{0,6}} {_WEAPON}\b",
    r"\b(?:morte?|partie?|decedee?|pas revenue?) (?:\w{1,20} ){0,4}(?:y|il) (?:me )?reste (?:quoi"
    r"|plus rien)\b(?! (?:dans|a|au|aux|comme|de|du|des|en|pour|sur|a faire|a manger)\b)",
    r"\b(?:droit de|libre de) (?:decider|choisir) (?:\w{1,20} ){0,2}(?:quand|comment) (?:on|je|j)"
    r" ?(?:sen va|men vais|part|pars|sen aller|men aller|veut partir|veux partir)\b(?! (?:en|a|au"
    r"|aux|de|du|chez|dici|pour|vivre)\b)",
    # papers in order, the children will find everything
    r"\b(?:range|trie|classe|mis en ordre|mets en ordre|regle)\w{0,2} (?:tous |tout )?mes (?:papie"
    r"rs|affaires|comptes)\b(?: \w{1,20}){0,4} (?:les enfants|mes enfants|ma fille|mon fils|ma fam"
    r"ille|ils|elles|vous|tu) (?:trouveront|trouverez|trouveras|trouvera|auront|sauront)\b",
    # gifts, "they will be better off"
    r"\b(?:donne|confie|laisse|legue|offert)\w{0,2} (?:\w{1,20} ){0,12}(?:ils|elles|il|elle) (?:s"
    r"eront|sera|seraient|serait) (?:bien )?mieux (?:comme ca|ainsi|sans moi)\b",
    # "I am a mistake, I'll fix the mistake"
    r"\b(?:je suis|suis) (?:une |quune |qu une |juste une )?erreur\b(?: \w{1,20}){0,8} (?:reparer"
    r"|corriger|effacer|supprimer|rectifier) (?:lerreur|cette erreur|mon existence)\b",
    # a bridge after the night shift; one morning not getting back in the car
    r"\b(?:un (?:matin|soir|jour|de ces (?:jours|matins|soirs|nuits))|bientot|une nuit) (?:je |j)"
    r"(?:ne )?(?:vais )?(?:pas |plus )?(?:remonter|remonterai) (?:pas |plus )?(?:dans la voiture|"
    r"dans ma voiture|dans le camion|dans le char|dans mon char)\b",
    r"\bmarrete\w{0,2} (?:\w{1,20} ){0,2}sur le pont (?:\w{1,20} ){0,3}(?:avant de rentrer|chaque"
    r" (?:matin|soir|nuit)|tous les (?:matins|soirs|jours)|des heures|longtemps)\b(?! pour (?:pren"
    r"dre|photographier|admirer|regarder le (?:lever|coucher))\b)",
    # looking down from the balcony, nights on end
    r"\b(?:nuits?|soirs?|heures|jours) (?:que |qu)?(?:je |j)(?:regarde|fixe|contemple) (?:en bas|"
    r"le vide|dans le vide)(?: (?:du|de la|depuis le|par la) (?:balcon|fenetre|pont|toit))?\b(?! "
    r"(?:les|la|le|des|pour|si|ou|quand)\b)",
    # a God asked for pardon; a note for later
    r"\b(?:seigneur|mon dieu|dieu|allah|jesus|ya rabi|ya rab|bon dieu|sainte vierge) (?:\w{1,20} )"
    r"{0,1}pardonne(?:z)? moi (?:pour|de) (?:ce soir|cette nuit|demain|ce que je vais faire|ce qu"
    r"e je vais me faire|mon geste|ce geste)\b",
    r"\bpardonne(?:z)? moi (?:pour|de) ce que je (?:vais|men vais) (?:me )?faire (?:ce soir|cette"
    r" nuit|demain|bientot)\b",
    r"\bsi (?:tu lis|vous lisez|tu lit) (?:ca|ceci|ce message|cette lettre|ces mots) (?:un jour|p"
    r"lus tard|apres|quand)\b(?: \w{1,20}){0,4} (?:cetait|cest|ce netait|ce nest|see) pas (?:ta|v"
    r"otre|de ta|de votre) faute\b",
    r"\bsi (?:tu lis|vous lisez|tu lit) (?:ca|ceci|ce message|cette lettre|ces mots)\b(?: \w{1,20"
    r"}){0,3} (?:cest que |see que )?(?:je |j)(?:suis|serai|ne suis) (?:plus la|partie?|morte?)\b",
]

IN_DANGER_MORE_5 = [
    r"\bjai peur de rentrer (?:ce soir|ce soir a la maison|la maison|chez nous|a la maison ce soi"
    r"r|a lappart|a la casa|au logement)\b(?! (?:tard|seule? dans le noir|a pied|en (?:bus|metro|"
    r"train|voiture)|par|avec les|sous)\b)",
    rf"\b(?:{_HE}|mon pere|ma mere) (?:\w{{1,20}} )?nous (?:a |ont )?(?:frappe|frappes|frappees|t"
    rf"ape|tapes|bat|battu|battus|cogne|tabasse|tabasses)\b{_NOT_HIT}" + _NOT_JOKING,
    r"\b(?:a|ont) (?:lance|jete|balance|envoye)\w{0,2} (?:la|le|une|un|des|sa|son|ses) (?:\w{1,20}"
    r" ){0,1}(?:chaise|assiette|verre|bouteille|couteau|telephone|tabouret|cendrier|objets?|chaus"
    r"sure|ceinture|casserole|poele|fer a repasser) (?:sur|contre|a la tete de|a la figure de|ver"
    r"s|dans la figure de) (?:moi|le petit|la petite|les petits|les enfants|le bebe|mon fils|ma fi"
    r"lle|notre fils|notre fille|ma mere|maman|mon frere|ma soeur|ma sœur|nous)\b",
    rf"\b(?:{_IL}|{_HE}|ils) (?:a|ont) (?:force|defonce|fracture|casse|enfonce|pete|fracasse) (?:l"
    r"a|ma|notre|les) (?:serrure|porte|fenetre|portes|fenetres)\b(?! (?:du|des|de la (?:voiture|c"
    r"ave)|du placard|du garage|de la cave)\b)(?!(?: \w{1,20}){0,6} (?:perdu|oublie|coince|coince"
    r"e|bloquee|cles?|clefs?|serrurier)\b)",
    r"\b(?:je suis|suis|me suis|on est|on sest) (?:\w{1,20} ){0,1}(?:refugiee?s?|cachee?s?|enfuie?"
    r"s?|sauvee?s?|echappee?s?) (?:chez|dans) (?:la|le|une|un|ma|mon|les|des) (?:voisine?|voisins"
    r"|amie?|soeur|sœur|mere|cave|salle de bain|toilettes|voiture)\b",
    r"\b(?:il|elle|mon mari|mon ex|ma femme|mon copain|mon pere|mon beau pere|mon fils|mon frere)"
    r" a (?:un|le|son|une) (?:couteau|flingue|pistolet|fusil|arme|revolver|machette|hachoir|marte"
    r"au|batte|cutter)\b(?:$| (?:a la main|dans la main|en main|sur moi|contre moi|braque|pointe|"
    r"et (?:il|elle) (?:crie|hurle|menace|arrive|vient|est|veut)|au secours|help|aide|aidez|jai p"
    r"eur|il est|elle est|viens|venez|appelle))",
    rf"\b(?:{_IL}|{_HE}) (?:est |a )?(?:passe|repasse|tourne|rode)\w{{0,2}} (?:\d{{1,2}}|deux|trois"
    r"|quatre|cinq|six|sept|huit|dix|plusieurs|encore) fois (?:\w{1,20} )?(?:devant|en bas de|sou"
    r"s les fenetres de|autour de) (?:chez|la maison|mon|ma|notre|lecole|leglise)\b(?! (?:\w{1,20}"
    r" ){0,3}(?:livrer|livraison|colis|courses|le bus)\b)",
    rf"\b(?:{_IL}|{_HE}) (?:sonne|frappe a la porte|tambourine|cogne a la porte|tape a la porte|ta"
    r"pe contre la porte) (?:sans arret|depuis \w{1,20}|comme un fou|comme une folle|et hurle|en "
    r"hurlant|en criant|toutes les|et crie|non stop)\b",
    r"\bmon ex (?:est|attend|mattend) (?:en bas|devant la porte|devant chez moi|a la porte|dans le"
    r"scalier|sur le palier|dehors|dans la cour)\b",
    r"\b(?:dit|dis|jure|ecrit|menace|repete|promet)\w{0,2} (?:que )?(?:je |j)(?:vais|vas|allais|va"
    r"|le) (?:le )?(?:payer|regretter)\b(?! (?:l|la|le|les|pour|un|une|des|\d{1,9}|ma|mon|sa|son|"
    r"ses|mes|en|par|cash|moins|plus|ce|cette|ca|a|au|le loyer|les courses)\b)",
    r"\b(?:mecrit|mappelle|me contacte|me texte|me harcele|me relance) (?:\w{1,20} ){0,1}(?:avec|"
    r"depuis|de|sur) (?:des|plein de|dautres|nouveaux|des faux|faux) (?:numeros|comptes|profils|n"
    r"umeros masques|numeros differents)\b",
    # a forced marriage, the passport taken
    r"\b(?:veulent|veut|vont|va|ont decide de|veulent me forcer a|veut me forcer a) me marier\b(?:"
    r" \w{1,20}){0,8} (?:je (?:ne )?veux pas|contre mon gre|sans mon avis|de force|je refuse|pas"
    r" le choix|passeport|je connais (?:pas|meme pas))\b",
    r"\b(?:me marier|me faire marier|marier) de force\b",
    r"\b(?:ils|il|elle|mes parents|mon pere|ma mere|mon oncle|ma famille|mon frere) (?:mont |ma |"
    r"ont |a )?(?:pris|confisque|cache|garde|enferme)\w{0,2} mon passeport\b",
    r"\b(?:me fera|va me faire|vont me faire|me ferait|me feront) disparaitre\b(?! (?:mes|les|ce|"
    r"cette|la|le|des|mon|ma|ton|ta|tes)\b)",
    # an elder or a disabled parent pushed about by a son or carer
    rf"\b(?:{_IL}|{_HE}|mon fils|ma fille|mon petit fils|ma petite fille|ma belle fille|mon gendre"
    r"|mon neveu|laide soignante|lauxiliaire) (?:\w{1,20} )?me (?:bouscule|bousculait|brutalise|m"
    r"almene|rudoie|secoue|pousse|tire) (?:quand|des que|si|chaque fois|parce que|pour|fort|par)"
    r"\b(?! (?:un peu|gentiment|a (?:sortir|faire|marcher|bouger|manger))\b)",
]

MIGHT_HURT_MORE_5 = [
    r"\b(?:je vais|jvais|peur de|envie de|sur le point de|je sens que je vais) (?:craquer|explose"
    r"r|peter les plombs|peter un cable|disjoncter|peter un plomb) (?:et|pour) (?:taper|frapper|c"
    r"ogner|le frapper|la frapper|les frapper|le taper|la taper|les taper|lui en mettre une|la se"
    r"couer|le secouer)\b",
    r"\b(?:images|pensees|idees|visions|scenes) (?:horribles|affreuses|atroces|terribles|qui me f"
    r"ont peur|intrusives|bizarres|violentes) (?:\w{1,20} ){0,2}(?:de |d)?(?:le |la |les |lui )?("
    r"?:lacher|secouer|jeter|noyer|etouffer|faire du mal|frapper|blesser|tuer|faire tomber|pousse"
    r"r|etrangler)\b",
    r"\bsi (?:je |j)(?:le|la|les|te) (?:croise|vois|recroise|revois|choppe|attrape|trouve|tiens)\b"
    r"(?: \w{1,20}){0,2} (?:je fais|jfais|je vais faire|ca va etre|je ferai|jvais faire) (?:une d"
    r"inguerie|un malheur|une connerie|un carnage|un massacre|nimporte quoi|une betise|une folie)"
    r"\b",
    r"\b(?:en bas de chez (?:elle|lui|eux)|devant chez (?:elle|lui|eux)|trompe|trompee|cocu|cocue"
    r")\b(?: \w{1,20}){0,8} (?:des )?(?:idees|pensees) (?:pas claires|pas nettes|de vengeance|vio"
    r"lentes|meurtrieres|de meurtre|sombres)\b",
    r"\bje (?:lai|les) (?:secouee?s?|bousculee?s?|brutalisee?s?|tapee?s?|pincee?s?|malmenee?s?) (?"
    r":\w{1,20} ){0,6}(?:je me reconnais (?:plus|pas)|jai honte|parce quelle|parce quil|parce qui"
    r"ls|trop fort|violemment|fort)\b(?! (?:pour (?:la|le|les) reveiller)\b)",
]

CONTROLLED_MORE_5 = [
    rf"\b(?:{_IL}|{_HE}) (?:\w{{1,20}} )?(?:veut|veux|voulait) (?:plus|pas|jamais) que (?:je |j)"
    r"(?:voie|vois|parle|sorte|travaille|appelle|frequente|revoie|aille|rende visite)"
    r" (?:a |avec |chez )?(?:ma|mes|mon|personne|ma famille|mes amis|mes amies|mes copines"
    r"|mes potes)\b",
    rf"\b(?:{_IL}|{_HE}) (?:\w{{1,20}} )?(?:veut|veux|voulait) (?:plus|pas) que (?:linfirmiere|lin"
    r"firmier|laide soignante|lauxiliaire|laide a domicile|le medecin|ma famille|mes enfants|mes "
    r"amis|personne|ma soeur|ma sœur|ma mere|mes parents|les voisins) (?:vienne|viennent|passe|pa"
    r"ssent|me voie|me voient|mappelle|rentre|entre|maide)\b",
    r"\b(?:dit|dis|disait) (?:quon|que nous) (?:na|avons) besoin de personne\b",
    r"\b(?:quelle|quil|quils|quelles|qu elle|qu il) me (?:monte|montent|montait) la tete\b",
    r"\bsi (?:je |j)(?:ne )?(?:reponds|decroche|rappelle) (?:pas|plus) (?:tout de suite |direct |"
    r"dans la minute )?(?:cest|see|ca va etre|ca fait) (?:la crise|le drame|la guerre|lenfer|une"
    r" crise|un drame|des cris|lengueulade|la scene)\b",
    r"\b(?:jattends|attends|attendre|jattend) (?:quil|quelle) (?:dorme|parte|sorte|soit parti|so"
    r"it partie|sendorme|soit au travail) pour (?:respirer|souffler|vivre|etre moi|pleurer|appel"
    r"er ma|appeler mes|me sentir)\b",
    r"\b(?:dois|faut que je|je doit|je devais|jdois) (?:lui )?demander (?:la permission |lautoris"
    r"ation |son autorisation |sa permission )?(?:pour|avant d?) (?:aller (?:chez|voir|a la|au)|so"
    r"rtir|voir (?:ma|mes|mon)|appeler|manger|prendre mes)\b",
    r"\b(?:dit|dis|a dit|menace|jure|previent|prevenu|prevenue)\w{0,2} (?:que )?si (?:je |j)(?:\w"
    r"{1,20} ){1,8}(?:cest fini|see fini|on est fini|cest termine|il me quitte|elle me quitte|il "
    r"part|elle part|cest la porte|je degage|je dehors)\b",
    r"\bmenace\w{0,2} de (?:dire|raconter|reveler|balancer|devoiler) (?:\w{1,20} ){0,4}(?:que je"
    r" suis (?:gay|gai|lesbienne|trans|bi|homo|sans papiers|seropositif|seropositive|enceinte)|m"
    r"on (?:homosexualite|orientation|statut)|(?:si|sauf si) (?:je |j))\b" + _NOT_JOKING,
    r"\b(?:sois|etre|suis|soit) (?:rentree?|a la maison|la|de retour|chez moi|chez nous) (?:a|av"
    r"ant) (?:\d{1,2}h\d{0,2}|minuit|midi|\d{1,2} heures)(?: pile| tapantes?| max| maximum)?\b(?:"
    r" \w{1,20}){0,2} (?:sinon|ou sinon|autrement)\b",
    r"\b(?:guette|surveille|ecoute|regarde)\w{0,2} (?:\w{1,20} ){0,2}(?:sa voiture|ses pas|la cle"
    r" dans la porte|ses cles|sa voix|le bruit de sa voiture) (?:\w{1,20} ){0,4}pour (?:savoir|d"
    r"eviner|voir) (?:comment|dans quel etat|quelle humeur|de quelle humeur|sil|si elle)\b",
    r"\b(?:pas le droit|plus le droit|interdit|pas la permission) (?:dappeler|de telephoner a|dec"
    r"rire a|de texter|de parler a|de voir|de rendre visite a) (?:ma|mes|mon|a ma|a mes|a mon|pe"
    r"rsonne|ma famille)\b",
    rf"\b{_CEST} (?:lui|elle) qui (?:gere|fait|controle|decide) (?:tout|de tout)\b(?: \w{{1,20}})"
    r"{0,2} (?:mes comptes|mon argent|mes rendez vous|ma carte|mes papiers|mon compte)\b",
    r"\b(?:exige|prend|garde|confisque|recupere|veut)\w{0,2} (?:toute ma|tout mon|toute la|tout l"
    r"e|ma|mon) (?:solde|salaire|paie|paye|pension|retraite|bourse|chomage|rsa|allocation|allocat"
    r"ions|aah|argent) (?:\w{1,20} ){0,4}(?:me laisse|me donne|me file) (?:\d{1,4}|dix|vingt|tre"
    r"nte|cinquante|cent)\b",
    r"\b(?:mon fils|ma fille|mon petit fils|ma petite fille|mon gendre|ma belle fille|mon neveu|m"
    r"a niece) (?:me )?(?:prend|prenait|garde|touche|encaisse|vide|vole|pique) (?:toute )?(?:ma|m"
    r"on|mes) (?:retraite|pension|allocations?|aah|minimum vieillesse|compte|carte bleue)\b",
    rf"\b(?:plus de|plus aucun|plus aucune|perdu mes|mes) (?:copines|amis|amies|potes|proches|cop"
    rf"ains)\b(?: \w{{1,20}}){{0,3}} (?:{_IL}|{_HE}) (?:les )?(?:a|ont) (?:fait fuir|fait partir|ch"
    r"asse\w{0,2}|eloigne\w{0,2}|fait le vide)\b",
    r"\b(?:a|ont) fait le vide autour de moi\b",
    r"\b(?:retire|enleve|prend|cache|debranche|confisque|vide)\w{0,2} (?:la batterie|le chargeur|"
    r"les roues|la roue|les piles|le cable) (?:de|du) (?:mon|ma) (?:fauteuil|scooter|deambulateu"
    r"r|appareil|telephone|tel|portable|sonnette|bip)\b",
    r"\b(?:decide|decident|decidait|decidaient) (?:de tout|pour moi|tout) (?:\w{1,20} ){0,3}(?:me"
    r"me )?(?:quand|si|ou|ce que) (?:je |j)(?:ai le droit|peux|sors|mange|porte|vois|dors)\b",
    r"\bquand (?:je |j)ai le droit de (?:sortir|voir|manger|parler|appeler|dormir|me laver)\b",
]

# Set aside: a trivial offence ("je vais le tuer, il a fini le nutella", "il me tuerait si je
# spoilais la série"), a lost match ("on a perdu en finale, je veux mourir"), tickling.
TRIVIAL_OFFENCE = [
    r"\b(?:il|elle|ils) (?:a|ont|ma|mont) (?:encore )?(?:fini|mange|bu|pique|vole|chipe|englouti)"
    r" (?:\w{1,20} ){0,1}(?:le|la|les|mon|ma|mes|tout le|toute la|mes derniers|mes dernieres|la de"
    r"rniere|le dernier) (?:\w{1,20} ){0,1}(?:nutella|chocolat|gateau|pizza|biscuits|frites|bonbon"
    r"s|glace|chips|biere|bieres|fromage|pain|croissant|croissants|cafe|lait|dessert|part|parts|ta"
    r"rte|crepes|cookies|restes|pates)\b",
    r"\bsi (?:je |j|tu |il |elle )(?:\w{1,20} )?(?:spoil\w{0,4}|divulgach\w{1,4})\b",
]
LOST_MATCH = [
    r"\b(?:perdu|perd|perdre|elimine|elimines|eliminees|sortis|battus) (?:\w{1,20} ){0,3}(?:en fin"
    r"ale|la finale|en demi finale|le match|le derby|aux penaltys|aux tirs au but)\b",
]
PLAYFUL_MORE_4 = [r"\b(?:chatouill\w{1,5}|fou rire|on a tellement ri|on a ri)\b"]

LANGUAGE = Language(
    code="fr",
    statements={
        Concern.SELF_HARM: [
            *SELF_HARM_STATEMENTS,
            *SELF_HARM_MORE,
            *SELF_HARM_MORE_2,
            *SELF_HARM_MORE_3,
            *SELF_HARM_MORE_4,
            *SELF_HARM_MORE_5,
        ],
        Concern.IN_DANGER: [
            *IN_DANGER_STATEMENTS,
            *IN_DANGER_MORE,
            *IN_DANGER_MORE_2,
            *IN_DANGER_MORE_3,
            *IN_DANGER_MORE_4,
            *IN_DANGER_MORE_5,
        ],
        Concern.MIGHT_HURT: [
            *MIGHT_HURT_STATEMENTS,
            *MIGHT_HURT_MORE,
            *MIGHT_HURT_MORE_2,
            *MIGHT_HURT_MORE_3,
            *MIGHT_HURT_MORE_4,
            *MIGHT_HURT_MORE_5,
        ],
        Concern.CONTROLLED: [
            *CONTROLLED_STATEMENTS,
            *CONTROLLED_MORE,
            *CONTROLLED_MORE_2,
            *CONTROLLED_MORE_3,
            *CONTROLLED_MORE_4,
            *CONTROLLED_MORE_5,
        ],
    },
    mentions={
        Concern.SELF_HARM: [*SELF_HARM_MENTIONS, *SELF_HARM_MENTIONS_MORE],
        Concern.IN_DANGER: [*IN_DANGER_MENTIONS, *IN_DANGER_MENTIONS_MORE],
        Concern.CONTROLLED: CONTROLLED_MENTIONS,
    },
    asides=[*ASIDES, *ASIDES_MORE, *ASIDES_MORE_2],
    set_aside={
        Concern.SELF_HARM: [
            *RECOVERED,
            *RECOVERED_MORE,
            *FICTION,
            *FICTION_MORE,
            *THREATENS_SUICIDE,
            *LOST_MATCH,
        ],
        Concern.IN_DANGER: [
            *BEHIND_ME,
            *PLAYFUL,
            *PLAYFUL_MORE_4,
            *FICTION,
            *FICTION_MORE,
            *TRIVIAL_OFFENCE,
        ],
        Concern.MIGHT_HURT: [
            *RECOVERED,
            *PLAYFUL,
            *PLAYFUL_MORE,
            *FICTION,
            *FICTION_MORE,
            *TRIVIAL_OFFENCE,
        ],
        Concern.CONTROLLED: [*BEHIND_ME, *FICTION, *FICTION_MORE, *CONTROL_PAST],
    },
    spellings=SPELLINGS,
)
