"""French: what people write about themselves when they are at risk, and the look-alikes
(figures of speech, films, the past) that must be left alone. Tuned on
`tests/safety_corpus/fr_tuning.tsv`.

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
    r"|mon compagnon|ma compagne|mon beau pere|mon pere|mon mec|mon chéri)"
)
# Dying of something ordinary: "mourir de honte", "mourir de rire".
_OF_LAUGHTER = (
    r"(?! (?:de|d|dennui|denvie) ?(?:rire|honte|faim|soif|chaud|froid|peur|envie|ennui|fatigue"
    r"|impatience|jalousie|plaisir|bonheur|curiosite))"
)
_NOT_JOKING = r"(?!(?: \w{1,20}){0,12} (?:mdr|ptdr|lol|haha\w{0,6}|xd|jrigole|je rigole|blague)\b)"
# A trivial "if": "ma copine va me tuer si j'oublie le pain".
_NOT_TRIVIAL = r"(?<!va )(?<!vont )(?<!allait )(?<!aller )"

SELF_HARM_STATEMENTS = [
    rf"\b(?:je |j )?(?:ne )?{_WANT} (?:juste |vraiment )?(?:mourir|m0urir|crever|me tuer"
    r"|me suicider"
    r"|en finir|disparaitre pour toujours|me pendre|me foutre en lair|mettre fin a (?:mes jours"
    r"|ma vie)|sauter du pont|sauter dun pont|me jeter (?:sous|du|dun|par)|me faire du mal"
    r"|me couper|plus exister|ne plus exister|ne plus me reveiller|plus me reveiller|plus vivre"
    r"|ne plus vivre|ne plus etre la|plus etre la)\b" + _OF_LAUGHTER,
    r"\bjveux? (?:mourir|crever|me tuer|plus vivre|en finir)\b" + _OF_LAUGHTER,
    r"\bje (?:ne )?(?:veux|voudrais) (?:plus|pas) (?:vivre|exister|me reveiller|etre la)\b"
    r"(?! (?:avec|ici|la bas|dans|a|en|comme))",
    r"\bjai (?:plus|pas) envie de vivre\b",
    rf"\b{_NOT_TRIVIAL}(?:me|se) suicider\b",
    rf"\b(?:je vais|jvais|je veux|jveux) me tuer\b{_NOT_JOKING}(?! si\b)",
    r"\b(?:je suis|je me sens|suis) (?:\w{1,20} )?suicidaire\b",
    r"\b(?:jai|ai|javais|encore|mes|ces|avoir) (?:des |de nouveau des |encore des )?(?:pensees"
    r"|idees)"
    r" (?:suicidaires|de suicide|de mort)\b",
    r"\bidees noires\b.{0,30}\b(?:finir|mourir|disparaitre|suicide)\b",
    r"\bpense au suicide\b",
    r"\bme (?:pendre|scarifier|mutiler)\b",
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
    r"\b(?:achete|trouve|jai) une corde\b",
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
    r"(?! (?:a (?:postuler|faire|essayer|changer|partir|sortir|aller|me|prendre)|dans (?:la"
    r" piscine|leau|le dos)|sans faire expres|en jouant|pour rire|de reveler|de raconter"
    r"|de dire|de le dire|de tout dire|de tout raconter|de quitter le groupe)\b)"
)

IN_DANGER_STATEMENTS = [
    rf"\b{_HE} (?:\w{{1,20}} )?(?:me|ma|mont|m a) (?:encore |de nouveau |deja )?{_HIT}\b{_NOT_HIT}"
    + _NOT_JOKING,
    rf"\b{_HE} me (?:frappe|frape|bat|tape dessus|tape|cogne|viole|secoue|etrangle)\b{_NOT_HIT}",
    r"\b(?:ma|mont) (?:mis|donne|foutu|colle) (?:une |un |des )?(?:claque|gifle|baffe|coup de"
    r" poing|coups de poing|coup de pied|coups de pied|coup|coups|raclee|beigne|torgnole)\b"
    r"(?! (?:de main|de fil|de pouce|de soleil|dans le dos))",
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
    r"\b(?:frappe|bat|tape|cogne) (?:les enfants|mon fils|ma fille|les petits|notre fils|notre"
    r" fille|le bebe)\b",
    r"\btouche (?:ma fille|mon fils|notre fille|notre fils)\b",
    r"\bme (?:suit|harcele|traque) (?:et|partout|jusque|jusqua)\b",
    r"\bmattend a la sortie\b",
    r"\bjai peur de rentrer (?:chez moi|a la maison)\b",
    r"\b(?:me sens|suis) (?:pas|plus) en securite (?:chez moi|avec (?:lui|elle)|a la maison)\b",
    r"\bjai (?:tellement |tres )?peur (?:de lui|delle|de mon (?:mari|copain|conjoint|ex|mec"
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
    rf"|lui casser la gueule|le buter|la buter)\b{_NOT_JOKING}(?! (?:quand il ronfle|de bisous))",
    r"\bjai peur de ce que je (?:pourrais|peux|risque de) lui faire\b",
    r"\bjai peur de (?:lui faire du mal|le frapper|la frapper|le tuer|la tuer|perdre le controle"
    r"|frapper mon fils|frapper ma fille|frapper mon enfant|faire du mal a)\b",
    rf"\b(?:un de ces jours|je te jure|un jour) je (?:la|le) (?:tue|frappe|bute)\b{_NOT_JOKING}",
    rf"\bje (?:le|la) tue\b{_NOT_JOKING}",
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
    r"(?! (?:pour moi|quand je (?:lui )?demande))",
    r"\b(?:fouille|checke) (?:mon|mes|dans mon) (?:telephone|portable|tel"
    r"|messages|mails|conversations)\b(?! (?:pour moi|quand je (?:lui )?demande))",
    r"\blit (?:\w{1,20} )?mes messages\b",
    r"\bme (?:prend|prenait|pique|confisque) (?:mon|ma|mes|tout mon) (?:salaire|argent|carte"
    r"|telephone|portable|cles|papiers)\b",
    r"\b(?:pas le droit|plus le droit|interdit) (?:davoir|dutiliser|de voir|de sortir|de"
    r" travailler|de parler|daller)\b",
    r"\bdemander la permission pour (?:tout|sortir|acheter|depenser|voir)\b",
    r"\bmempeche (?:de voir|de sortir|de travailler|de parler|daller|de partir)\b",
    r"\b(?:ma|mont) interdit de\b",
    r"\bminterdit de\b",
    r"\b(?:dit|disait) (?:toujours |tout le temps )?que je (?:suis|ne suis) (?:une |un )?(?:bonne a"
    r" rien|nulle?|conne?|moche|grosse|folle|idiote?|rien|inutile|debile)\b" + _NOT_JOKING,
    r"\bme traite de (?:conne|con|nulle|grosse|folle|pute|salope|moins que rien|bonne a rien"
    r"|idiote|debile)\b" + _NOT_JOKING,
    r"\bje (?:ne )?vaux rien\b",
    r"\bm ?humilie\b(?! (?:aux echecs|au jeu|au tennis|a mario))",
    r"\b(?:vis|vit) dans la peur\b",
    r"\bmarche sur des (?:œufs|oeufs|oeuf|œuf)\b",
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
    r"\b(?:cest|tout ca cest) (?:fini|du passe|derriere moi)\b",
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
    "jveu": "jveux",
    "veu": "veux",
    "frape": "frappe",
    "tjr": "toujours",
    "tjrs": "toujours",
    "pk": "pourquoi",
    "mtn": "maintenant",
}

LANGUAGE = Language(
    code="fr",
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
