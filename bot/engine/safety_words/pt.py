"""Brazilian Portuguese: what people write about themselves when they are at risk, and the
look-alikes (figures of speech, films, the past) that must be left alone. Written on
`tests/safety_corpus/pt_tuning.tsv` … `_c`, then extended on `_d` … `_g` (Brazilian and European
Portuguese, 2026-12-02) one family of phrasings at a time: preparation and settling affairs,
goodbyes, means kept at hand, threats tied to leaving or telling, being followed and found,
control of phones, money and friends, and first-person violence towards a partner or child.

Patterns read folded text: no accents, "ç" is "c", no punctuation ("não" is "nao", "tô" is
"to", "você" is "voce"). Everyday writing drops letters ("pra", "tá", "qdo", "vc") and laughs in
"kkkk". Every pattern is bounded (see `bot/engine/safety.py`).
"""

from __future__ import annotations

from bot.engine.safety import Concern, Language

_ME = r"(?:me|m)"
_HE = (
    r"(?:ele|ela|meu marido|meu namorado|meu esposo|meu parceiro|meu ex|minha esposa|minha mulher"
    r"|minha namorada|minha parceira|minha ex|meu padrasto|meu pai)"
)
_WANT = (
    r"(?:quero|kero|qro|queria|vou|pensando em|penso em|pensei em|vontade de|preciso|decidi"
    r"|so quero|eu quero|to pensando em|estou pensando em)"
)
# Dying of something ordinary: "morrendo de rir", "quero morrer de vergonha".
_OF_LAUGHTER = (
    r"(?! (?:de|da|do|por) (?:rir|vergonha|fome|sede|calor|frio|saudade|sono|inveja|amor|tedio"
    r"|nojo|susto|medo|cansaco|ansiedade|fofura|vontade|cafe|chocolate|curiosidade|raiva|tanto"
    r"|risada|riso|tedio|estudar|trabalhar|treinar|orgulho)\b)"
)
_NOT_JOKING = (
    r"(?!(?: \w{1,20}){0,12} (?:k|kk|haha\w{0,8}|rs|rsrs\w{0,6}|brincadeira|zoeira"
    r"|zoando|to brincando)\b)"
)

SELF_HARM_STATEMENTS = [
    rf"\b{_WANT} (?:morrer|m0rrer|me matar|me mata|me suicidar|tirar (?:a )?minha (?:propria )?vida"
    r"|acabar com (?:a )?minha vida|acabar com tudo|dar um fim em tudo|dar fim (?:a|na) minha vida"
    r"|sumir pra sempre|sumir para sempre|deixar de existir|me enforcar|pular da ponte|pular do"
    r" predio|me jogar (?:na frente|da ponte|do predio|da janela|debaixo)|me machucar|me cortar"
    r"|nao acordar)\b" + _OF_LAUGHTER + r"(?! (?:de (?:trabalhar|estudar)|na academia))",
    r"\bvou me (?:matar|mata|suicidar|enforcar|jogar da|jogar na frente)\b"
    + _OF_LAUGHTER
    + r"(?! (?:de (?:trabalhar|estudar)|na academia|estudando|trabalhando))",
    r"\b(?:nao quero|nao quero mais|eu nao quero mais) (?:viver|continuar vivendo|estar viv[oa]"
    r"|existir|acordar(?! cedo| tarde| as| antes))\b",
    r"\bnao quero continuar\b(?! (?:com|assim com|nesse|nessa|no|na|vendo|lendo|jogando|a|o)\b)",
    r"\b(?:queria|quem dera|tomara que) (?:eu )?(?:morrer|morresse|estar mort[oa]|estivesse"
    r" mort[oa]|nunca ter nascido|nao ter nascido|nao acorde|nao acordar|dormir e nao acordar"
    r"|sumir(?! (?:de|da|do|dessa|desse|uma|um|por|ate|na|no|num|numa|com|em)\b| (?:pra|para)"
    r" (?!sempre\b))|deixar de existir|nao existir)\b",
    r"\bdormir e (?:nao|nunca mais) acordar\b",
    r"\b(?:ficaria|ficariam|estaria|estariam|seria|seriam|viveriam|vivem|estao) (?:todos )?melhor"
    r" (?:sem mim|se eu (?:morresse|sumisse|nao existisse|nao estivesse aqui))\b",
    r"\bseria melhor se eu (?:morresse|sumisse|nao existisse|nao tivesse nascido)\b",
    r"\bse eu morresse ninguem\b",
    r"\b(?:a|minha) vida nao tem (?:mais )?sentido\b",
    r"\bnao (?:vejo|encontro|tem) (?:mais )?(?:sentido|motivo|razao) (?:em|de|pra|para) (?:viver"
    r"|continuar vivendo|continuar viv[oa]|estar viv[oa]|existir)\b",
    r"\bnao tenho (?:mais )?(?:motivo|motivos|razao|razoes|porque|por que|pelo que) (?:pra|para|de)"
    r" viver\b",
    r"\bnada pelo que viver\b",
    r"\b(?:voltei a|voltando a|comecei a) (?:me cortar|me machucar|me queimar|me mutilar|cortar"
    r" (?:meus|os) (?:bracos|pulsos|pernas))\b",
    r"\bme (?:corto|cortei|cortava|cortando|machuco|mutilo|mutilei|queimo|queimei) (?:de novo"
    r"|quando|pra aliviar|para aliviar|escondid[oa]|de proposito|com (?:cigarro|isqueiro"
    r"|gilete|lamina)|toda (?:noite|vez)|ontem a noite|outra vez|nos bracos|nas pernas)\b",
    r"\b(?:corto|cortei|cortava) (?:meus|os|meu|o) (?:bracos|braco|pulsos|pulso|pernas|coxas"
    r"|coxa|pele)\b(?! (?:sem querer|na porta|no papel|descascando|cozinhando))",
    r"\bme (?:machuco|machuquei|machucava|bato|corto) de proposito\b",
    r"\beu me (?:queimo|queimei|queimava) com (?:cigarro|isqueiro|ferro de proposito)\b",
    r"\b(?:me automutil\w{1,6}|me mutil\w{1,6}|automutilando|automutilo|me autolesion\w{1,4})\b",
    r"\b(?:tenho|tive|to com|estou com|tendo|voltaram os) (?:pensamentos|ideias|ideacao)"
    r" (?:suicidas"
    r"|de (?:me matar|suicidio|morrer|me machucar))\b",
    r"\b(?:me sinto|to|estou) suicida\b",
    r"\b(?<!vai )(?<!vao )(?<!ia )(?:me suicidar|me matar)\b(?! se (?:eu )?\w{1,20}(?! com"
    r" (?:ele|ela)))" + _OF_LAUGHTER + _NOT_JOKING,
    r"\b(?:juntando|guardando|acumulando|guardei|juntei|comprei) (?:\w{1,20} ){0,3}(?:remedio"
    r"|remedios|comprimido|comprimidos|pilulas|calmantes)\b(?! (?:pra|para|de) (?:a |o )?(?:viagem"
    r"|gripe|dor|febre|pressao|alergia|colica|enxaqueca|rinite|tosse|garganta|estomago|azia"
    r"|vitamina|ansiedade|dormir))",
    r"\b(?:tomar|tomei|tomo|engolir|engoli) (?:todos os|um monte de|uma cartela de|a cartela"
    r" toda|a caixa toda|muitos|varios|todos) (?:\w{1,20} )?(?:remedios|remedio|comprimidos"
    r"|comprimido|pilulas|calmantes|da caixa)\b",
    r"\bcartas? de despedida\b"
    r"(?! (?:do|da|pro|pra) (?:trabalho|empresa|chefe|colega|aposentadoria))",
    r"\bdeixei (?:uma )?cartas? (?:pra|para) (?:cada um|todos|todo mundo|minha familia|meus filhos"
    r"|minha mae)\b",
    r"\bisso e uma despedida\b",
    r"\bme despeco (?:de (?:todos|voces|voce) )?pra sempre\b",
    r"\b(?:acabar|terminar) com tudo\b(?! (?:isso de|que|o|a|os|as)\b)",
    r"\b(?:cansad[ao]|cansei|exaust[ao]) de (?:viver|existir|estar viv[oa]|a vida|da vida)\b",
    r"\bnao (?:aguento|suporto) mais (?:viver|a vida|essa vida|minha vida|existir)\b",
    r"\bquero sumir\b(?! (?:de|da|do|dessa|desse|uma|um|por|ate|na|no|pra)\b)",
    r"\bvontade de sumir e nunca mais voltar\b",
    r"\b(?:pesquisei|pesquisando|procurei|procurando|pesquiso) (?:como|jeitos? de|formas? de)"
    r" (?:me matar|morrer|fazer sem doer|me suicidar|tirar minha vida)\b",
    r"\bja sei como (?:vou fazer|fazer|eu vou fazer)\b",
    r"\bnao quero acordar (?:amanha|nunca mais|mais)\b",
    r"\bm[o0]rrer e (?:o que|tudo que|a unica coisa que) (?:eu )?quero\b",
    r"\b(?:q|que|qua) vontade de morrer\b" + _OF_LAUGHTER,
    r"\bnao (?:vejo|encontro) (?:mais )?(?:nenhuma )?saida\b(?! (?:pra|para|de|do|da)\b)",
    r"\bso penso em (?:morrer|me matar|sumir|a morte)\b",
    r"\b(?:comprei|arrumei|tenho) (?:uma )?corda\b"
    r"(?! (?:nova|de pular|pra pular|pro varal|de varal|do violao|de violao|pra escalada"
    r"|de escalada|pro barco|pra rede|pro cachorro|pra brincar)\b)",
    r"\bme perdoem por tudo\b",
    r"\b(?:deixei|dei|entreguei|pedi) (?:\w{1,20} ){0,6}caso (?:aconteca|acontece) (?:alguma coisa"
    r"|algo) comigo\b",
    r"\b(?:deixei|dei|entreguei) (?:\w{1,20} ){0,6}se (?:algo|alguma coisa) acontecer comigo\b",
    r"\bme (?:arranho|cocu|coco|belisco|mordo) (?:\w{1,20} ){0,2}ate sangrar\b",
    r"\b(?:sobro|to sobrando|estou sobrando) (?:nesse|neste) mundo\b",
    r"\bninguem (?:ia|iria|vai) sentir (?:a )?(?:minha )?falta\b",
    r"\bnao quero (?:mais )?(?:estar|ficar) aqui\b(?! (?:nessa|nesse|neste|nesta|na|no|com|hoje"
    r"|ate))",
    r"\b(?:vidro|caixa|cartela|frasco) de (?:remedio|remedios|comprimidos) (?:\w{1,20}"
    r" ){0,6}(?:olhando|pensando)\b",
    r"\b(?:olhando|olho) (?:pro|para o|pra|o|a) (?:vidro|caixa|cartela|frasco) de (?:remedio"
    r"|remedios|comprimidos)\b",
    r"\bdesisti da vida\b",
    r"\bnao tem mais (?:porque|por que|sentido) continuar\b",
    r"\b(?:dando|doando|dei) (?:todas )?(?:as )?minhas coisas\b",
    r"\bnao vou mais precisar (?:delas|deles|disso)\b",
    r"\bsair de cena de vez\b",
    r"\bse (?:amanha|um dia) eu nao (?:responder|aparecer) (?:voces )?(?:ja )?(?:sabem|saberao)"
    r" (?:porque|por que)\b",
    r"\bme machuquei (?:de novo )?(?:nas|nos) (?:pernas|bracos|pulsos) de proposito\b",
    r"\bpular da (?:varanda|sacada|janela|ponte)\b",
]

SELF_HARM_MENTIONS = [
    r"\b(?:suicidio|suicida|suicidas|automutilacao|se matou|se mata|se suicidou)\b",
]

# Smothered with affection: "ele me sufoca de tanto beijo", "me mata de carinho".
_FONDLY = (
    r"(?! (?:de|com) (?:tanto |tantos |tanta |tantas )?(?:beijo|beijos|carinho|carinhos|amor|abraco"
    r"|abracos|cocegas|mimo|mimos|atencao|cuidado|cuidados|chamego|dengo)\b)"
)
_HIT = (
    r"(?:bate|bateu|bateuu|batia|agride|agrediu|agredia|espanca|espancou|espancava|enforcou|enforca"
    r"|estrangulou|estrangula|chutou|chuta|chutava|estuprou|estupra|violentou|machuca|machucou"
    r"|machucava|esmurrou|socou|soca|esbofeteou|sufocou|sufoca|queimou|mordeu)"
)

IN_DANGER_STATEMENTS = [
    rf"\b{_HE} (?:\w{{1,20}} )?{_ME} {_HIT}\b(?! (?:sem querer|brincando|com (?:o|a) (?:brinquedo"
    r"|bola|travesseiro|almofada)))" + _FONDLY,
    rf"\b{_ME} {_HIT}\b(?! (?:sem querer|brincando|com (?:o|a) (?:brinquedo|bola|travesseiro"
    r"|almofada)|na (?:academia|bola|piscina)))" + _FONDLY,
    r"\b(?:me )?(?:deu|dava|da) (?:um |uns |uma |umas )?(?:tapa|tapas|soco|socos|chute|chutes"
    r"|murro|murros"
    r"|bofetada|surra|pancada|pancadas|tapao)\b(?! (?:de leve|nas costas|na bola|brincando))"
    r"(?!(?: \w{1,20}){0,4} (?:jogando|brincando|no futebol|na bola|sem querer|na pelada)\b)",
    r"\blevei (?:um |uma )?(?:tapa|soco|chute|murro|surra|bofetada) (?:na cara |no rosto )?(?:dele"
    r"|dela|do meu|da minha)\b",
    r"\bme (?:pegou|pega|agarrou|agarra|apertou|aperta|segurou) (?:pelo|pela|no|na) (?:pescoco"
    r"|garganta|cabelo|cabelos|braco|pulso)\b",
    r"\b(?:tentou|quis|ameacou) me (?:estrangular|enforcar|afogar|sufocar|matar|bater|esfaquear"
    r"|queimar|atropelar)\b",
    r"\bme (?:jogou|joga|jogava|empurrou|empurra|empurrava|arremessou) (?:no chao|da escada"
    r"|escada abaixo|contra|na parede|pra fora do carro)\b",
    r"\bme (?:puxou|puxa|puxava|arrastou|arrasta|arrastava) pel[oa]s? cabelos?\b",
    r"\b(?:jogou|joga|jogava|atirou|atira|arremessou|arremessa) (?:um |uma |o |a )?(?:prato|copo"
    r"|coisas|objetos|celular|cadeira|faca|garrafa|o que ve pela frente) (?:em mim|na minha"
    r" (?:cara|cabeca|direcao))\b",
    r"\bme (?:estuprou|estupraram|violentou|abusou)\b",
    r"\babus(?:ou|a|ava) (?:sexualmente )?de mim\b",
    r"\b(?:me )?(?:obriga|obrigou|obrigava|forca|forcou|forcava|pressiona|pressionou|pressionava)"
    r" (?:a |pra |para )?(?:transar|fazer sexo|ter relacao|ter relacoes|fazer coisas sexuais"
    r"|fazer coisas que eu nao quero|mandar nudes)\b",
    r"\b(?:me )?(?:ameaca|ameacou|ameacava) (?:de morte|me matar|com (?:uma |um |a |o )?(?:faca"
    r"|arma|revolver|pistola|facao|tesoura)|me bater)\b",
    r"\bme ameacou de morte\b",
    r"\b(?:disse|diz|dizia|falou|fala|jurou|gritou) que (?:ia|vai) me (?:matar|bater|quebrar"
    r"|arrebentar)\b" + _OF_LAUGHTER + _NOT_JOKING,
    r"\bse eu (?:largar|deixar|terminar com|for embora|sair de casa)(?: \w{1,20})? (?:ele|ela)"
    r" me mata\b",
    r"\b(?:tenho|to com|estou com|sinto) medo (?:que|de que) (?:ele|ela) me (?:mate|bata|machuque"
    r"|agrida|estupre|encontre)\b",
    r"\b(?:tem|guarda|mostrou) (?:uma |um )?(?:arma|revolver|pistola|faca|facao) e (?:eu )?(?:to"
    r" com medo|tenho medo|me ameaca|aponta)\b",
    r"\b(?:colocou|encostou|apontou|aponta|botou) (?:uma |um |a |o )?(?:faca|arma|revolver"
    r"|pistola) (?:no meu|na minha|pra mim|em mim)\b",
    r"\b(?:bate|batia|bateu|agride|espanca|machuca) (?:nas|nos|na|no) (?:criancas|meninos|meninas"
    r"|meu filho|minha filha|nosso filho|nossa filha|bebe|filhos)\b",
    r"\b(?:mexe|mexeu|mexia|abusa|abusou|toca|tocou) (?:com|de|em|na|no) (?:a )?(?:minha|meu|nossa"
    r"|nosso) (?:filha|filho|menina|menino|bebe)\b",
    r"\b(?:me segue|me persegue|fica me esperando na saida|me vigia)\b(?! (?:no (?:instagram"
    r"|twitter|tiktok)|nas redes))",
    r"\b(?:tenho|to com|estou com) medo de (?:voltar|ir) (?:pra|para) casa\b",
    r"\bnao me sinto (?:segura|seguro) (?:em casa|com (?:ele|ela))\b",
    r"\bnao (?:to|estou) (?:segura|seguro|a salvo) com (?:ele|ela)\b",
    r"\b(?:tenho|to com|estou com|sinto) (?:medo|pavor) (?:dele|dela|do meu (?:marido|namorado"
    r"|esposo|parceiro|ex)|da minha (?:esposa|mulher|namorada|parceira|ex))\b(?! (?:ficar|se"
    r"|nao gostar|achar|descobrir|ver|saber|brigar comigo por)\b)" + _NOT_JOKING,
    r"\bme (?:trancou|tranca|trancava) (?:no|na|em|fora)\b",
    r"\b(?:fui parar|fui|acabei) no hospital por causa (?:dele|dela)\b",
    r"\b(?:roxos|hematomas|marcas) por causa (?:dele|dela)\b",
    r"\b(?:quebrou|fraturou) (?:o )?meu (?:braco|nariz|dente|dedo|pulso|rosto)\b",
    r"\b(?:tentou|quis) me afogar\b",
    r"\b(?:cuspiu|cospe) em mim\b",
    r"\b(?:apertou|aperta|apertava) (?:o )?meu (?:pescoco|garganta)\b",
    r"\b(?:deixou|deixa) (?:o )?meu olho roxo\b",
    r"\b(?:fica|ficou|e) violento (?:\w{1,20} ){0,3}(?:me bate|me agride|me empurra|comigo)\b",
    r"\bme (?:segurou|segura|apertou) tao forte\b",
    r"\bme (?:da|dava|deu) socos\b",
    r"\b(?:transa|faz sexo) comigo (?:quando|enquanto) (?:eu )?(?:to|estou|tava|estava)"
    r" (?:dormindo|bebada|desacordada)\b",
    r"\bfotos? de (?:faca|facas|arma|armas) (?:pra|para) me (?:assustar|ameacar)\b",
    r"\bse eu contar (?:\w{1,20} ){0,5}(?:me mata|vai me matar)\b",
    r"\b(?:bate|batia|agride) (?:no|na) (?:meu|minha|nosso|nossa) (?:filho|filha|bebe)\b",
    r"\bme agrediu\b",
    r"\b(?:levantou|levanta) a mao pra mim\b",
    r"\b(?:bateu|bate|batia) (?:a )?minha cabeca (?:contra|na|no)\b",
    r"\b(?:ameaca|ameacou) (?:postar|publicar|mandar|espalhar|vazar) minhas fotos\b",
    r"\bme expulsou de casa (?:aos empurroes|a forca|no tapa)\b",
    r"\bme (?:morde|mordeu|belisca|beliscou) (?:\w{1,20} ){0,4}ate ficar roxo\b",
    r"\bnao posso dizer nao na cama\b",
    r"\bbateu tao forte n(?:a|o) (?:menina|menino|minha filha|meu filho|bebe)\b",
]

IN_DANGER_MENTIONS = [
    r"\b(?:violencia domestica|violencia contra a mulher|feminicidio|estupro|abuso sexual|lei maria"
    r" da penha|agressor)\b",
]

MIGHT_HURT_STATEMENTS = [
    rf"\b(?:acho que )?(?:vou|quero|to com vontade de|vontade de|me da vontade de) (?:bater"
    rf" n(?:ele|ela)|matar (?:ele|ela)|machucar (?:ele|ela|alguem)|enforcar (?:ele|ela)"
    rf"|quebrar a cara d(?:ele|ela)|socar (?:ele|ela))\b{_NOT_JOKING}"
    r"(?! (?:quando ronca|de beijos|com (?:o |um )?travesseiro))",
    r"\b(?:tenho|to com) medo do que (?:eu )?(?:posso|possa|poderia) fazer com (?:ele|ela)\b",
    r"\b(?:tenho|to com) medo de (?:machucar|bater|matar|agredir|perder o controle)\b"
    r"(?! (?:d[oa]s?|n[oa]s?) (?:orcamento|dieta|carro|gastos|dinheiro|jogo|prova|tempo"
    r"|trabalho)\b)",
    rf"\b(?:qualquer dia|um dia desses|de novo|juro que) (?:eu )?mato (?:ele|ela)\b{_NOT_JOKING}",
    rf"\beu mato (?:ele|ela)\b{_NOT_JOKING}",
    # "dei" is read as "die" (English's spellings), so both are written.
    r"\b(?:bati|(?:dei|die) um (?:tapa|soco|murro)) (?:na|no|nele|nela)"
    r"(?: (?:minha|meu) (?:namorada|namorado|mulher|marido|esposa|esposo|parceira|parceiro|filho"
    r"|filha))?\b(?! (?:bola|porta|parede|saco|sem querer|brincando|mesa))",
    r"\bempurrei (?:o |a )?(?:meu|minha) (?:marido|mulher|esposa|esposo|namorado|namorada|filho"
    r"|filha|parceiro|parceira)\b",
    r"\b(?:explodir|perder a cabeca) e (?:machucar|bater em) (?:alguem|ele|ela)\b",
    r"\bperder o controle com (?:as criancas|meu filho|minha filha|o bebe|meus filhos)\b",
    r"\b(?:sacudir|chacoalhar) o bebe\b",
    r"\bbater n(?:o|a) (?:meu|minha) (?:filho|filha|bebe)\b",
    r"\bquase (?:enforquei|matei|estrangulei|bati n)\w{0,3}\b(?!(?: \w{1,20}){0,2} (?:planta"
    r"|plantas"
    r"|peixe|carro|moto|susto|rir|vergonha)\b)",
    r"\bmedo de mim mesm[oa]\b",
    r"\ba ponto de (?:dar uma surra|bater|matar|socar)\b",
    r"\bapertei o pescoco d\w{1,2}\b",
    r"\bmedo de (?:\w{1,20} ){0,3}matar (?:ele|ela)\b",
    r"\btanta raiva que (?:podia|poderia|vou) (?:matar|bater|socar) (?:ele|ela)\b",
    r"\bempurrei (?:ele|ela) da escada\b",
]

CONTROLLED_STATEMENTS = [
    r"\bnao (?:me|m) deix(?:a|ava) (?:sair|ver|trabalhar|estudar|ter (?:dinheiro|amig\w{1,3}"
    r"|celular)|usar o (?:celular|carro)|falar com|ir (?:a|na|no|pra|sozinha|sozinho)|visitar"
    r"|ligar)\b(?! (?:sem (?:casaco|blusa|guarda chuva|tomar cafe|comer|um beijo)|o final))"
    + _NOT_JOKING,
    r"\b(?:controla|controlava) (?:meu|o|todo o|todo meu|minha|as minhas|minhas) (?:dinheiro"
    r"|salario|celular|cartao|roupas|saidas|gastos)\b(?!(?: \w{1,20}){0,10} (?:eu pedi|e pedi"
    r"|pedi pra|combinamos"
    r"|a gente combinou))",
    r"\bcontrola tudo (?:o )?que eu (?:faco|gasto|visto|como)\b",
    r"\b(?:mexe|mexia|olha|olhava|vasculha|fucou|fuca|revista|checa|le|lia) (?:no |o |meu |no meu"
    r" |todas as |minhas )?(?:celular|cel|whatsapp|mensagens|conversas|email|redes)\b"
    r"(?! (?:pra mim|quando eu peco|em voz alta))",
    r"\b(?:pega|pegou|fica com|tira) (?:todo )?(?:o )?meu (?:salario|dinheiro|cartao)\b",
    r"\bfica com todo o meu dinheiro\b",
    r"\bnao (?:me )?deixa ter dinheiro\b",
    r"\bpedir permissao (?:pra|para) (?:tudo|sair|gastar|comprar|ver|ir)\b",
    r"\bme proib(?:e|iu|ia) de (?:falar|ver|sair|trabalhar|usar|ir|estudar)\b",
    r"\b(?:diz|disse|fala|falou) que eu (?:sou|nao sou) (?:uma |um )?(?:inutil|burra|burro|feia"
    r"|gorda|idiota|lixo|louca|nada|ninguem)\b" + _NOT_JOKING,
    r"\bme chama de (?:burra|burro|inutil|feia|gorda|idiota|lixo|louca|vagabunda|puta)\b"
    + _NOT_JOKING,
    r"\b(?:eu )?nao valho nada\b",
    r"\bme (?:humilha|humilhou|humilhava|diminui|menospreza|ridiculariza)\b(?! (?:no (?:jogo"
    r"|xadrez|video ?game)|jogando))",
    r"\bme faz sentir (?:que (?:eu )?sou louca|louca|um lixo|inutil)\b",
    r"\bvivo com medo (?:dele|dela)\b",
    r"\bpisando em ovos\b",
    r"\b(?:quero|queria) (?:largar|deixar|terminar com) (?:ele|ela) mas (?:tenho|to com) medo\b",
    r"\b(?:tenho|to com) medo de (?:largar|deixar|terminar com) (?:ele|ela)\b",
    r"\b(?:rastreia|rastreava|monitora|monitorava) (?:minha|a minha) localizacao\b(?! (?:quando"
    r" viajo|em viagem))",
    r"\btem (?:todas )?as minhas senhas\b",
    r"\bme (?:afastou|afasta|isolou|isola) de (?:todos|todo mundo|meus|minha|minhas)\b",
    r"\bme (?:mantem|deixa) presa em casa\b",
    r"\bse eu (?:for embora|largar|deixar|sair)(?: \w{1,20})? (?:ele|ela) (?:fica com|leva|tira)"
    r" (?:as criancas|os meninos|meus filhos|a casa)\b",
    r"\bameac(?:a|ou|ava) (?:tirar|levar) (?:meus filhos|as criancas|os meninos)\b",
    r"\b(?:escolhe|decide) (?:a roupa|o que) (?:que )?eu (?:posso|devo) (?:usar|vestir|comer"
    r"|falar)\b",
    r"\btem ciume de tudo\b",
    r"\bnao (?:me )?deixa sair sem (?:ele|ela)\b",
    r"\b(?:escondeu|esconde|pegou|rasgou) (?:meu|o meu|meus) (?:passaporte|documentos|chave"
    r"|chaves|celular) (?:pra|para) (?:eu )?nao\b",
    r"\b(?:passar|dar|entregar) (?:todas )?(?:as )?minhas senhas\b",
    r"\bsem falar comigo de castigo\b",
    r"\bme (?:castiga|pune) (?:com silencio|sem falar|me ignorando)\b",
    r"\b(?:pegou|tirou|escondeu) (?:a )?chave do carro (?:pra|para) (?:eu )?nao\b",
    r"\bninguem (?:mais )?vai me querer\b",
    r"\bsem (?:ele|ela) (?:eu )?nao sou nada\b",
    r"\bmandar fotos? (?:pra|para) provar onde (?:eu )?(?:to|estou)\b",
    r"\b(?:olha|mexe|ve|controla) (?:ate )?o (?:meu )?historico\b",
    r"\bligar (?:dez|mil|vinte|\d{1,3}) vezes (?:\w{1,20} ){0,3}com quem (?:eu )?(?:to|estou)\b",
    r"\bninguem vai acreditar em mim\b",
    r"\bentregar (?:pra ele |para ele )?a nota de tudo\b",
]

CONTROLLED_MENTIONS = [
    r"\b(?:abuso|violencia) (?:psicologic[oa]|emocional|financeir[oa]|patrimonial|verbal)\b",
    r"\brelacionamentos? abusiv[oa]s?\b",
]

ASIDES = [
    r"\b(?:filme|serie|documentario|livro|romance|materia|reportagem|podcast|jornal|noticia"
    r"|episodio|novela|musica|video|palestra|curso|aula|personagem|protagonista) (?:\w{1,20} )"
    r"{0,5}(?:sobre|fala de|fala sobre|trata de|onde|em que|com|de)\b",
    r"\b(?:no|na) (?:filme|serie|documentario|livro|jornal|novela|noticia|podcast|episodio)\b",
    r"\b(?:prevencao|cvv|voluntari[ao]|enfermeira|enfermeiro|pronto socorro|psicologa|psicologo"
    r"|trabalho da faculdade|pra faculdade|true crime)\b",
    r"\bminha (?:amiga|irma|prima|vizinha|colega) (?:\w{1,20} )?"
    r"(?:me contou|disse que|falou que)\b",
    r"\b(?:voluntariado|ajudar alguem)\b",
    r"\b(?:linhas? de apoio|linhas? de ajuda|disque 180|findahelpline)\b",
    # Coursework and research: "meu tcc e sobre violencia domestica".
    r"\b(?:tcc|monografia|tese|dissertacao|artigo|pesquisa|seminario|redacao) (?:\w{1,20} ){0,3}"
    r"(?:e |foi |vai ser )?sobre\b",
    r"\bestatisticas\b",
]

BEHIND_ME = [
    r"\b(?<!mas )(?:isso )?ja passou\b",
    r"\b(?:hoje|agora|hj) (?:to|estou|eu to|eu estou) (?:bem|segura|seguro|feliz|tranquila)\b",
    r"\b(?:anos|muito tempo) atras\b",
    r"\brelacionamento anterior\b",
    r"\bquando eu era (?:crianca|pequen[oa]|adolescente)\b.{0,80}\b(?:fiz as pazes|perdoei|superei"
    r"|a gente se da bem)\b",
    r"\bhoje (?:to|estou) com alguem que\b",
    r"\bhoje com (?:a minha|minha|o meu|meu) (?:noiva|noivo|namorad[oa]|marido|esposa|mulher"
    r"|companheir[oa])\b",
    r"\bisso (?:faz|foi ha|foi faz|ja faz) (?:uns |mais de )?\w{1,10} anos\b",
    r"\bhoje (?:eu )?(?:estou|to|sou) (?:casad[oa]|feliz) com\b",
]

RECOVERED = [
    r"\b(?:na adolescencia|anos atras|quando eu era|antigamente|antes)\b.{0,60}\b(?:a terapia me"
    r" ajudou|me ajudou muito|hoje (?:to|estou) bem|ja (?:to|estou) bem|superei|ja perdoei)\b",
    r"\b(?:odeio|detesto) (?:as |os |a |o )?\w{1,20}\b.{0,40}\b(?:k|kk|haha\w{0,6}"
    r"|rsrs\w{0,4})\b",
    # A hated everyday thing told with a laugh ("mais uma reuniao e eu pulo da janela kkkk").
    r"\b(?:reuniao|reunioes|segunda feira|escritorio|chefe|prova|transito)\b.{0,100}\b(?:k{1,8}"
    r"|haha\w{0,6}|rsrs\w{0,4})$",
    r"\bvou morrer cada vez que\b",
]

FICTION = [
    r"\b(?:o|a|os|as|um|uma) (?:personagem|personagens|protagonista|vilao|vila|mocinha|mocinho)\b",
    r"\b(?:na|no) (?:novela|filme|serie|livro|episodio)\b",
]

PLAYFUL = [
    r"\b(?:brincando|de brincadeira|cocegas|guerra de travesseiro|a gente riu|jogo da forca"
    r"|jogo de forca|me pega de surpresa|no treino|no tatame|jiu jitsu|jiujitsu|judo|muay thai"
    r"|sparring)\b(?!(?: \w{1,20}){0,5} (?:quase apaguei"
    r"|fiquei sem ar|desmaiei))",
]

SPELLINGS = {
    "qro": "quero",
    "mto": "muito",
    "qdo": "quando",
    "qnd": "quando",
    "hj": "hoje",
    "vc": "voce",
    "mt": "muito",
    "ngm": "ninguem",
    "td": "tudo",
    "q": "que",
    "oq": "o que",
    "cmg": "comigo",
    "msg": "mensagem",
    "msgs": "mensagens",
    "dnv": "de novo",
    "tbm": "tambem",
    "msm": "mesmo",
    "vcs": "voces",
}

# -- extended on pt_tuning_d … _g (2026-12-02): families of phrasings, not single messages -------

_PERSON = (
    r"(?:ele|ela|nele|nela|neles|nelas|dele|dela|lhe|alguem|o cara|aquele cara|aquela mulher"
    r"|o bebe|meu bebe|o menino|a menina|meu filho|minha filha|meus filhos|as criancas|o mais velho"
    r"|a mais velha|meu namorado|minha namorada|meu marido|minha mulher|minha esposa|meu esposo"
    r"|minha companheira|meu companheiro|o ex|a ex|esse desgracado|essa desgracada|aquela vadia"
    r"|no filho|na filha|no meu|na minha|o filho|a filha|ela|o pai|a mae)"
)
_HARM = (
    r"(?:machucar|machucando|magoar|esganar|bater(?! (?:um )?papo| um bolo| uma foto| o recorde"
    r"| a meta"
    r"| ponto| perna| boca| palma| o carro| a porta)|batendo|matar(?! a saudade)|matando|esfaquear"
    r"|sufocar|sufocando|dar um (?:murro|soco|tapa|estalo|chapada|tiro)"
    r"|enforcar|estrangular|empurrar|derrubar|sacudir|chacoalhar|socar|espancar|agredir|atropelar"
    r"|envenenar|fazer lhe mal|fazer mal a|quebrar a cara|partir lhe|partir a cara|acabar com"
    r"|dar um tiro|atirar|enfiar a faca|jogar agua quente|queimar|furar|partir pra cima)"
)
_THINK = (
    r"(?:vontade de|vontade e|vontade era|imagin\w{1,6}|imagino me a|penso em|pensei em|pensando em"
    r"|pensamentos? (?:\w{1,20} ){0,1}de|fico pensando em|quero|queria|desejo de|planejando"
    r"|planejo|vou acabar|vou explodir e|sinto que vou|posso|me vi|me imaginei|medo de|apetece me)"
)

SELF_HARM_STATEMENTS += [
    # Means kept or bought, and what they are "not for".
    r"\b(?:comprei|tenho|to com|estou com|escondi|guardei|arrumei|peguei|achei)(?: \w{1,20}){0,3}"
    r" (?:corda|cordas|laminas?|gilete|veneno|carvao|chumbinho)\b(?! (?:nova|de pular|pra pular"
    r"|pro varal|de varal"
    r"|do violao|de violao|pro churrasco|pra churrasco))",
    r"\b(?:a|uma) corda (?:ta|esta|fica|no|na|guardada|escondida|pronta|pendurada)\b",
    r"\b(?:o|um) cinto (?:ta|esta) pendurado\b",
    r"\b(?:veneno|carvao|corda|remedios|comprimidos)\b(?: \w{1,20}){0,4} nao e (?:pros?|pras?|para)"
    r" (?:os )?(?:ratos?|churrasco|baratas|formigas|varal|casa)\b",
    r"\b(?:faca|lamina|gilete|corda|veneno|remedio|remedios|comprimidos)\b(?: \w{1,20}){0,6}"
    r"(?<!nao) e pra mim\b",
    r"\bveneno\b(?: \w{1,20}){0,6} penso (?:nele|nisso)\b",
    r"\b(?:laminas?|gilete|faca)\b(?: \w{1,20}){0,3} (?:guardadas?|escondidas?|aqui do lado|na mao"
    r" um tempao)\b",
    r"\b(?:caixas?|cartelas?|saco|frasco|vidro) (?:\w{1,20} )?(?:de )?(?:comprimidos|remedios?"
    r"|pilulas|calmantes)(?: \w{1,20}){0,4} (?:guardad[oa]s?|escondid[oa]s?|que juntei|na mao"
    r"|na mochila|vazias?|abro so)\b",
    r"\b(?:guardei|juntei|juntando|guardando) (?:\w{1,20} ){0,2}(?:as )?todas\b",
    r"\b(?:to|estou|ando) (?:a )?guardando (?:todos|todas|tudo) na gaveta\b",
    r"\bquant[oa]s? (?:de )?(?:remedio|remedios|comprimidos|paracetamol|dipirona|rivotril"
    r"|clonazepam|insulina|pilulas) (?:precisa|e preciso|precisaria|mata)\b",
    r"\bsepare(?:i|ndo) (?:\w{1,20} ){0,5}(?:remedios|comprimidos|tarja preta)\b",
    r"\b(?:receita|receitas) (?:\w{1,20} ){0,2}em (?:\w{1,20} )?(?:medicos|farmacias) diferentes\b",
    r"\b(?:farmacias?|farmacia em) (?:\w{1,20} ){0,4}(?:sem levantar suspeita|diferentes)\b",
    r"\b(?:tomar|tomei|tomo|engoli|engolir|tomando) (?:tudo|a cartela|a caixa|os remedios"
    r"|os comprimidos|todos|uns remedios|umas pilulas|metade da caixa"
    r"|uma cartela)(?: \w{1,20}){0,1}"
    r" (?:de uma vez|a mais|inteira|inteiro|de proposito)\b",
    r"\bmetade da caixa\b(?: \w{1,20}){0,4} (?:a outra metade|vomitei)\b",
    r"\bmais (?:comprimidos|remedios|pilulas) do que (?:devia|deveria)\b",
    r"\b(?:parar|parei|deixar|deixei|deixando|parando) de tomar (?:\w{1,20} ){0,4}de proposito\b",
    r"\bmaos cheias de comprimidos\b",
    # Places and means of dying.
    r"\b(?:to|estou|fiquei|fui|subi|tava|estive|sentad[oa]|parad[oa]"
    r"|passei a noite)(?: \w{1,20}){0,4}"
    r" (?:no|na|ate a|ate o|em cima do) (?:telhado|beirada|parapeito|terraco do predio"
    r"|beira da (?:represa|ponte|serra|janela|linha|rodovia|falesia|ribanceira|barragem)"
    r"|ponte (?:\w{1,20} ){0,3}olhando|linha do trem|linha e fiquei)\b"
    r"(?!(?: \w{1,20}){0,4} (?:arrumar|consertar|limpar|antena|calha|telhas?|pipa|bola|fotos?"
    r"|por do sol))",
    r"\b(?:to|estou) (?:em cima da|na) ponte(?: agora)?$",
    r"\b(?:perna|pernas) pra fora do parapeito\b",
    r"\b(?:garagem|carro)\b(?: \w{1,20}){0,8} (?:motor ligado|mangueira)\b",
    r"\bmotor ligado\b(?: \w{1,20}){0,4} (?:garagem|porta fechada)\b",
    r"\bjanela do \w{1,4} andar\b",
    r"\b(?:na|pra|a) ponte\b(?: \w{1,20}){0,9} (?:olhar|olhando|olho) (?:pra|para) (?:a )?agua\b",
    r"\b(?:pulo|pular|me jogo|me jogar|pulasse|pule|me atirar|me atiro|atirar me|atiro me)"
    r" (?:da|dessa|desta|do|desse|deste|de uma|de um|pra|para a|para o|pro|na|no)"
    r" (?:ponte|predio|viaduto|penhasco|terraco|telhado|sacada|varanda|linha do (?:trem|comboio"
    r"|metro)|frente do (?:trem|comboio|metro|onibus|carro|caminhao))\b" + _NOT_JOKING,
    r"\bpenso em pular\b(?! (?:de paraquedas|de bungee|carnaval|a janta))",
    r"\b(?:jogar|jogo|bater|virar|enfiar|atirar) o (?:carro|volante)(?: \w{1,20}){0,3} (?:no|na|num"
    r"|numa|contra|da|de) (?:poste|curva|arvore|muro|caminhao|ponte|ribanceira|serra|precipicio)\b"
    r"(?!(?: \w{1,20}){0,3} com (?:ele|ela|eles|a gente) dentro)",
    r"\b(?:dirigi|dirijo|dirigindo) (?:\w{1,20} ){0,7}(?:de |com os )?olhos fechados\b",
    r"\bcarro saindo da pista\b",
    r"\b(?:jeito|forma|maneira|formas|jeitos) (?:\w{1,20} ){0,3}de (?:morrer|ir embora|me matar)\b"
    + _OF_LAUGHTER,
    r"\b(?:caminhao|carro|onibus|raio|bala) me (?:pegasse|atropelasse|acertasse|matasse)\b",
    r"\b(?:como|vendo video de como) dar (?:o )?no\b(?! (?:na gravata|no cadarco|em gravata))",
    # Goodbyes and being gone.
    r"\b(?:post|bilhete|mensagem|audio|video|carta|consulta|texto|cartas|bilhetes) de despedida\b",
    r"\bme (?:despedi|despedindo|despeco) (?:\w{1,20} ){0,2}(?:de todo mundo|de todos|em silencio"
    r"|aos poucos|dos meus amigos no grupo)\b"
    r"(?! (?:na|no|da|do) (?:festa|aeroporto|trabalho|escritorio|rodoviaria|casamento|churrasco"
    r"|aniversario)\b)(?!(?: \w{1,20}){0,4} (?:fui embora|voltei pra casa))",
    r"\bdisse adeus a todos\b",
    r"\b(?:obrigad[oa]|desculpa|perdao|desculpem)(?: por tudo)?(?: \w{1,20}){0,5} (?:e )?adeus\b",
    r"\bfoi bom te conhecer\b(?!(?: \w{1,20}){0,3} (?:ate a proxima|ate logo|ate mais|vamos marcar"
    r"|volta sempre|na proxima|pessoalmente))",
    r"\bultima (?:mensagem|vez) que te (?:mando|escrevo|falo)\b",
    r"\bpode ser a ultima vez (?:ne|que (?:eu )?(?:falo|te vejo|a gente se fala))\b",
    r"\bnao (?:vou|pretendo) (?:mais )?estar (?:mais aqui|aqui ate|viv[oa])\b",
    r"\b(?:quando|caso|se) eu (?:\w{1,20} )?nao (?:estiver|esteja|estivesse) mais\b",
    r"\bcaso eu nao esteja aqui\b",
    r"\bnao sei se vou estar viv[oa]\b",
    r"\bimaginar (?:\w{1,20} ){0,1}estar viv[oa]\b",
    r"\bse eu (?:morrer|morresse|sumir|sumisse|desaparecer|desaparecesse|nao acordar|nao acordasse"
    r"|nao existisse|parasse de responder|nao levantar mais)\b"
    + _OF_LAUGHTER
    + r"(?!(?: \w{1,20}){0,3} foi (?:ele|ela))(?! (?:por|uns|antes|na|no|do|da|esse|este)\b)"
    r"(?!(?: \w{1,20}){0,4} e porque)",
    r"\b(?:melhor|mais facil|mais tranquil[oa]s?|mais feliz|mais leve|um favor)(?: \w{1,20}){0,5}"
    r" se eu (?:nao )?(?:existisse|sumisse|desaparecesse|nao acordasse|morresse|nao estivesse"
    r"|morrer)\b",
    r"\b(?:melhor|mais facil) eu nao existir\b",
    r"\b(?:fica|ficar|ficaria|ficam|ficariam|estaria|estariam|seria|vai ficar|vao ficar"
    r"|vai estar|vive|viveria) (?:\w{1,20} ){0,2}(?:melhor|mais feliz|mais leve) sem mim\b",
    r"\b(?:vai ficar|vao ficar|ficaria|ficariam) bem sem mim\b(?! (?:no|na|nesse|neste|esse|essa"
    r"|uns|por|ate|durante))",
    r"\b(?:sou|me sinto|virei|sou so|me sinto so) (?:so )?um (?:peso|fardo|estorvo|erro)\b"
    r"(?! (?:na|no) (?:academia|treino|time|jogo|crossfit|equipe|corrida)\b)",
    r"\bnao faco (?:falta|diferenca) (?:a|pra|para) ninguem\b",
    r"\bninguem (?:notaria|perceberia|sentiria falta|ia notar|ia perceber|vai notar|vai perceber"
    r"|ia ligar|chora|choraria|ia chorar|vai chorar|liga mesmo)(?: (?:se eu (?:sum|morr|desaparec"
    r"|parasse|nao|partisse|fosse)\w{0,8}|quando eu (?:for|morrer|partir|sumir)|minha falta)|$)",
    r"\b(?:sem|perdi a|nao tenho mais|nenhuma) vontade de (?:viver|continuar|respirar|existir"
    r"|tudo|nada nem de tentar)\b",
    r"\bsem esperanca nenhuma\b",
    r"\b(?:consigo|consegue) parar de pensar em (?:morrer|me matar|sumir|a morte)\b",
    r"\b(?:pensar|pensando|penso|pensei|penso muito|so penso) em (?:como (?:acabar|morrer|fazer"
    r" isso|seria nao acordar|seria se eu nao|seria o meu velorio|seria meu velorio)|meu velorio"
    r"|o meu velorio)\b",
    r"\b(?:por|dar) (?:um )?fim (?:a|em|ao?) (?:isto|isso|tudo|minha vida|a minha vida"
    r"|isto tudo)\b",
    r"\b(?:pensar|pensando|penso|maneira|jeito|forma|como|a pensar) (?:em |de )?acabar com"
    r" (?:isto|tudo|a minha vida|minha vida)\b",
    r"\b(?:sumir|desaparecer|desaparecesse|sumisse) de (?:vez|uma vez)\b" + _OF_LAUGHTER,
    r"\b(?:queria|quero|apetece me|vontade de|cogitando|pensando em) (?:\w{1,20} ){0,1}desaparecer"
    r"\b"
    + _OF_LAUGHTER
    + r"(?! (?:um pouco|uns dias|do mapa por|do trabalho|da reuniao|no|na|num|numa"
    r"|em|pra|para)\b)",
    r"\b(?:embora|sair|partir) (?:desse|deste|do) mundo\b",
    r"\bsair da vida de todo mundo\b",
    r"\b(?:dormir|descansar) (?:pra|para) sempre\b",
    r"\bdormir e nao (?:voltar|acordar)\b",
    r"\bnao acord(?:ar|asse|e) (?:mais|amanha|nunca)\b",
    r"\b(?:rezo|peco|torco) (?:pra|para|por) (?:eu )?nao acordar\b",
    r"\bdecepcionad[oa] (?:de|por) (?:ter )?acordado\b",
    r"\bcansad[oa] de (?:acordar|lutar vou desistir)\b",
    r"\bdesistir de mim\b",
    r"\bja aguentei (?:o suficiente|demais|tudo que (?:eu )?podia)\b",
    r"\bnao (?:vou aguentar|aguento) (?:outro|mais um) dia (?:igual|assim)\b",
    r"\b(?:tenho|ja tenho) (?:um plano|tudo pensado)\b(?! (?:de|pra|para|pro) )",
    r"\b(?:meu|o) plano (?:ta|esta) pronto\b",
    r"\bnao tem mais sentido nenhum\b",
    r"\bnao (?:vejo|tem) (?:\w{1,20} ){0,1}motivo (?:pra|para) continuar\b",
    r"\bnao tenho mais motivo (?:pra|para) continuar\b",
    r"\bnao sobrou nada (?:pra|para) que eu fique\b",
    r"\bja tentei (?:uma vez|antes) e (?:to|estou) pensando\b",
    r"\bmedo de continuar\b",
    r"\b(?:minha|a) vez de ir atras d(?:ele|ela)\b",
    r"\bir encontrar (?:o|a) \w{1,20} de (?:uma )?vez\b",
    r"\bsou um erro\b",
    r"\bnao vou (?:mais )?(?:precisar|usar)(?: mais)?\b(?! (?:disso|dele|dela) (?:hoje|amanha))",
    r"\bacho que nao volto (?:pra buscar|mais)\b",
    r"\b(?:deixei|anotei|deixar|deixo|passei)(?: \w{1,20}){0,3} senhas?(?: \w{1,20}){0,5} (?:banco"
    r"|celular|contas|icloud|email|papel pro|papel pra)\b",
    r"\b(?:fiz|escrevi|atualizei) (?:o |um |meu |o meu )?testamento\b(?! vital)",
    r"\bseguro de vida\b(?: \w{1,20}){0,10} (?:no seu nome|no teu nome|beneficiari[oa]|pra valer"
    r"|esperar)\b",
    r"\b(?:doei|dei|die|vendi|dando|doando) (?:todas as|todos os) (?:minhas"
    r"|meus)\b(?!(?: \w{1,20}){0,4}"
    r" (?:no brecho|pro bazar|de bebe|velhas|antigas|que nao servem|de inverno|de verao)\b)",
    r"\b(?:escrevi|escrever|escrevendo|deixei) (?:as |umas |uma )?cartas?\b(?: \w{1,20}){0,8}"
    r" (?:cada um (?:dos meus|de voces|da familia)|pra cada um$|pra cada filho|gaveta|travesseiro"
    r"|nao abr\w{1,4}|so por garantia|so se acontecer"
    r"|porta luvas)\b",
    r"\bja escrevi (?:as cartas|o que tinha (?:de|que) escrever)\b",
    r"\b(?:cuid\w{1,4}|abr\w{1,4}|deixei|carta)\b(?: \w{1,20}){0,8} (?:so )?se acontecer (?:alguma"
    r" coisa|algo)\b",
    r"\babrir se eu nao aparecer\b",
    r"\bnao (?:foi|e) culpa (?:sua|dele|dela|tua)(?: \w{1,20}){0,2} (?:nada do que|o que) vier a"
    r" acontecer\b",
    r"\bse (?:amanha )?eu nao responder\b(?: \w{1,20}){0,4} (?:ja sabe|nao se preocupa|tudo"
    r" resolvido)\b",
    r"\bamanha nao vai importar\b",
    # Hurting oneself.
    r"\b(?:me \w{1,12}|arranquei|arranhei|cocei|belisquei|mordi) (?:\w{1,20} ){0,9}ate sangrar\b",
    r"\b(?:queimei|queimo|queimava|queimar|apago|apaguei|aperto|apertei) (?:\w{1,20} ){0,3}(?:com"
    r" (?:o |um )?(?:isqueiro|cigarro)|o cigarro aceso)\b",
    r"\bme queimei com\b",
    r"\bqueimaduras de cigarro\b",
    r"\bcortes n(?:a|o|as|os) (?:minha |meu )?(?:coxa|coxas|barriga|braco|bracos|pulsos|pernas)\b",
    r"\bcortando (?:a|o|meu|minha) (?:coxa|braco|pulso|perna|barriga)\b",
    r"\b(?:bato|bati|batia) (?:a|minha) cabeca na parede\b",
    r"\bme bato (?:quando|toda vez|sempre)\b",
    r"\bme tranquei no banheiro com (?:a|uma) (?:gilete|lamina|faca)\b",
]

IN_DANGER_STATEMENTS += [
    r"\b(?:bateu|bate|batia|fechou|trancou|empurrou|empurra|empurrava|partiu|atirou"
    r"|agrediu|esbofeteou|estrangulou|violou|violentou|pontapeou|esmurrou|arrastou|magoou) me\b"
    r"(?! (?:a|na) porta\b)(?! a porta)",
    r"\bameac(?:ou|a|ava) me (?:com|de morte|outra vez|de novo)\b",
    r"\bameac\w{1,4} (?:de )?matar me\b",
    r"\b(?:mata|matava) me\b(?! de\b)",
    r"\bdeu me (?:um|uma) (?:murro|soco|estalo|chapada|bofetada|pontape|tapa|estalada|facada)\b",
    r"\b(?:me )?deu (?:uma )?facada\b",
    r"\bencostou ma\b",
    # Threats, most of them conditional on leaving or telling.
    r"\bse eu (?:for|sair|terminar|largar|deixar|contar|falar|ligar|chamar|pedir|denunciar|nao"
    r" voltar|me separar|reclamar|continuar)(?: \w{1,20}){0,10} (?:(?:ele|ela) )?(?:me mata|mata"
    r" (?:meu|minha|meus|o|a)|vai me matar|me matava|some com|poe fogo|vai me achar|me acha"
    r"|vai atras|pega as criancas|eu morro|vou me arrepender|liga pra imigracao|sou deportad[oa]"
    r"|nunca mais (?:vou ver|ve|vejo|me veem|acho))\b",
    r"\b(?:disse|diz|dizia|falou|fala|jura|jurou|ameac\w{1,4}|mensagem|dizendo|avisou)(?: \w{1,20})"
    r"{0,6} (?:vai|ia|vao) (?:me matar(?! de (?:rir|vergonha|susto|saudade|tanto|cocegas|orgulho))"
    r"|me achar|me pegar"
    r"|me encontrar|vir atras|atras de (?:mim"
    r"|nos)"
    r"|acabar com (?:a )?minha vida|me arrepender|vir aqui|pegar (?:minha|meu|as|os))\b"
    + _NOT_JOKING,
    r"\bvai me matar(?: eu sei| de verdade| um dia)\b",
    r"\b(?:terminar|acabar) o servico\b",
    r"\bda proxima (?:vez )?nao vai errar\b",
    r"\b(?:ameac\w{1,4}) (?:de )?(?:me )?(?:jogar|por fogo|colocar fogo|queimar|esfaquear|furar"
    r"|sumir com|levar (?:as criancas|os meninos|meu filho|minha filha|o bebe)|postar|publicar"
    r"|espalhar|denunciar|mandar de volta|contar ao meu pai)\b",
    r"\bme tira (?:os miudos|as criancas|os filhos|o bebe)\b",
    r"\b(?:some|sumir|sumiu|fugir|foge) com (?:as criancas|os meninos|eles|elas|o bebe|meu filho"
    r"|minha filha|os filhos|os miudos)\b",
    r"\b(?:comigo|com a gente|com nos|com as criancas) dentro\b",
    r"\bmatar nos dois\b",
    r"\bnunca mais (?:vou ver|vai ver|me veem) (?:elas|eles|as criancas|os meninos)\b",
    r"\b(?:denunciar|denuncia|ligar|liga|chamar) (?:\w{1,20} ){0,2}(?:pra|para|a) imigracao\b",
    r"\b(?:vou|vai|ser|sou|serei) deportad[oa]\b",
    r"\b(?:pegou|arrancou|escondeu|apanhou|tirou|rasgou|segura|ficou com) (?:o |a )?(?:meu |o meu"
    r" |minha |a minha )?(?:passaporte|cartao de residencia|visto)\b",
    r"\bvai (?:falar|dizer) que eu (?:abusei|bati|maltrato)\b",
    # Followed, watched, found.
    r"\b(?:me seguindo|me perseguindo|me perseguiu|me seguiu)\b(?! (?:no (?:instagram|insta|twitter"
    r"|tiktok|x)|nas redes|de volta))",
    r"\b(?:ex|ele|ela)(?: \w{1,20}){0,4} (?:aparece|apareceu|aparecendo|parado|parada|sentado"
    r"|esperando|invadiu|entrou|sempre)(?: \w{1,20}){0,3} (?:na porta d[oa] meu|na porta d[oa]"
    r" minha|no portao|na frente d[oa] (?:meu|minha|predio|casa)|do lado de fora|no meu trab\w{1,6}"
    r"|no meu trampo|na escola d[oa] (?:meu|minha|nosso)|onde eu|no meu predio|na casa da minha"
    r"|a porta de casa|nosso apartamento|na porta do meu)\b(?!(?: \w{1,20}){0,4} (?:com flores"
    r"|com um presente|de surpresa|pra me buscar|com pizza|com bolo|pra jantar|esperando eu"
    r"|me esperando|pra gente))",
    r"\b(?:disse|dizendo|diz|falou|fala) que sabe onde\b(?!(?: \w{1,20}){0,6} (?:presente|flores"
    r"|convite|visita|encomenda))",
    r"\bsabe onde (?:\w{1,20} ){0,3}(?:mora|moram|moro)(?: \w{1,20}){0,1} agora\b",
    r"\bagora sabe onde\b",
    r"\bsabe que eu durmo sozinha\b",
    r"\b(?:colocou|achei|instalou|botou|colado) (?:um |uma |o |a )?(?:rastreador|airtag)\b"
    r"(?! (?:no|na) (?:cachorro|gato|mala|bicicleta|chave|chaveiro))",
    r"\b(?:foto|fotos|print) (?:da minha (?:casa|janela|porta|rua|varanda)|da nossa (?:casa|janela)"
    r"|do meu (?:carro|predio|portao|quarto)|minha de hoje|minha saindo|minha chegando"
    r"|da minha localizacao)\b",
    r"\bfurou (?:os|todos os|os quatro) pneus\b",
    r"\b(?:quebrou|descumpriu|violou) a medida protetiva\b",
    r"\b(?:ele|ela)(?: \w{1,20}){0,3} (?:me )?olhando\b(?: \w{1,20}){0,3} (?:beira da minha cama"
    r"|do outro lado da rua)\b",
    # Weapons.
    r"\b(?:ele|ela|marido|namorad[oa]|ex|companheir[oa]|esposa)(?: \w{1,20}){0,3} (?:pegou|pega|ta"
    r" com|esta com|tem|guarda|mostrou|mostrando|afiou|afiando|apontou|apontando|encostou"
    r"|encostando|procurando|dorme com|colocou)(?: \w{1,20}){0,3} (?:faca|facas|facao|arma"
    r"|revolver|pistola|cacadeira|espingarda)\b(?!(?: \w{1,20}){0,2} (?:nova|novo|pra abrir"
    r"|pra picar"
    r"|e ta cortando))(?! (?:de chef|nova|pra cortar|para cortar|pra"
    r" descascar|de brinquedo))",
    r"\b(?:faca|facas|arma|revolver)\b(?: \w{1,20}){0,7} (?:apontando pra mim"
    r"|em cima do travesseiro"
    r"|na mesa do jantar|em cima da cama|encostando no meu|cravada)\b",
    r"\bsocorro (?:ele|ela)\b",
    # Hiding, shut in, fleeing.
    r"\b(?:to|estou|fiquei|tava|escrevendo) (?:escondid[oa]|trancad[oa]|do banheiro)"
    r"(?: (?:no|na|em) (?:banheiro|quarto|casa da vizinha|carro|garagem|casa))?\b"
    r"(?!(?: \w{1,20}){0,4} (?:pra nao|para nao|rindo|chorando de rir|estudando))",
    r"\bfugi (?:dele|dela|de casa|so com|com as criancas|com (?:o|a|os|as) (?:bebe|filh\w{1,3}))\b",
    r"\bpeguei o onibus com (?:as|os) (?:duas |dois )?(?:criancas|filhos)\b",
    r"\b(?:ele|ela) (?:\w{1,20} ){0,3}(?:ta|esta|fica|ficou) (?:quebrando|socando|chutando"
    r"|esmurrando|batendo na porta|gritando e batendo)\b",
    r"\b(?:ja )?quebrou (?:duas|tres|as) (?:cadeiras|coisas|portas)\b",
    r"\barrombou (?:a|minha) (?:porta|janela)\b",
    r"\b(?:me|nos) (?:deixou|deixa|deixava) sem (?:comida|comer|gas|agua)\b",
    r"\bdeixou a gente sem comida\b",
    r"\btrancou (?:\w{1,20} ){0,8}(?:no quarto|no banheiro|do lado de fora|por fora|a geladeira)\b",
    r"\b(?:to|estou|fiquei) trancad[oa] (?:em casa|no quarto|dentro)\b",
    r"\bnao tenho como sair (?:daqui|de casa)\b",
    r"\bpra eu nao (?:conseguir )?(?:ir embora|fugir|ligar pra ninguem|pedir ajuda|ligar)\b",
    r"\bso (?:saio|posso sair) quando (?:ele|ela) deixa\b",
    r"\beu nao saio daqui enquanto\b",
    # Hurt, hidden injuries.
    r"\b(?:falei|disse|menti|digo|dizer|contei)(?: \w{1,20}){0,5} (?:que )?(?:cai (?:da|das|nas|na)"
    r" escada|cai|foi a porta|foi acidente|bati na porta|tropecei)\b",
    r"\b(?:marcas? de dedos?|marcas roxas)\b",
    r"\broxos? (?:no|na|nos|nas) (?:meu|minha|braco|bracos|costas|pescoco|rosto|perna)\b",
    r"\bainda tenho os hematomas\b",
    r"\bpartiu me (?:o|a) (?:labio|nariz|braco|dente|cara)\b",
    r"\bpulso partido\b",
    r"\b(?:meu|o meu) (?:pescoco|garganta) (?:ainda )?doi\b",
    r"\b(?:ele|ela) (?:so )?(?:me )?empurr(?:ou|a|ava)\b(?! (?:no balanco|na piscina|brincando)\b)"
    r"(?! (?:pra|para|a) (?:me|fazer|ir|tentar"
    r"|academia|estudar|seguir|correr|mudar|aceitar|investir|frente))",
    r"\bme empurr(?:ou|a) (?:do|pra fora do) carro\b",
    r"\bme segurou (?:no chao|na cama|na parede|contra)\b",
    r"\bmao na minha (?:garganta|boca|pescoco)\b",
    r"\b(?:colocou|botou|apertou) o travesseiro (?:no|na|sobre o|contra o) (?:meu|minha) (?:rosto"
    r"|cara|boca)\b",
    r"\btampou (?:a )?minha boca\b",
    r"\b(?:apertar|apertou|aperta) o pescoco da gente\b",
    r"\b(?:jogou|joga|atirou|arremessou) (?:\w{1,20} ){0,3}(?:em mim|na minha (?:cara|cabeca"
    r"|direcao)|no meu (?:braco|rosto|corpo)|contra mim)\b",
    r"\batirou me com\b",
    r"\b(?:segurou|pegou|agarrou|apertou) (?:\w{1,20} ){0,3}pel[oa] (?:garganta|pescoco)\b",
    r"\bpuxou (?:\w{1,20} ){0,3}pel[oa]s? cabelos?\b",
    r"\bsegurou minha mao no fogao\b",
    r"\b(?:ele|ela|marido|namorad[oa]|companheir[oa]|esposa|mulher) (?:fica|ficou|e|fica muito"
    r"|e muito) (?:muito |tao )?violent[oa]\b(?! (?:no|na|em) (?:futebol|jogo|videogame|bola|pelada"
    r"|quadra|campo|filme|serie)\b)",
    # Sexual violence.
    r"\bfui (?:estuprad[oa]|violentad[oa]|abusad[oa])\b",
    r"\bme (?:forcou|forca|forcava)\b(?! a (?:comer|estudar|ir|ver|acordar|sair|trabalhar|tomar"
    r" (?:cafe|banho)|fazer exercicio))",
    r"\bme obrig(?:a|ou|ava) a (?:fazer coisas|abortar|transar|ter relac|fazer sexo)\b",
    r"\bacordei com (?:ele|ela) (?:me tocando|me tocar|em cima de mim|me apalpando|me mexendo)\b",
    r"\b(?:ele|ela) me acordou com a mao\b",
    r"\beu disse (?:que )?nao(?: \w{1,20}){0,2} (?:varias vezes|e ele|mas ele|e ela|mas ela)\b",
    r"\bfez o que quis\b",
    r"\b(?:fez|fez sexo|transou) mesmo assim\b(?: \w{1,20}){0,4} (?:direito|marido)",
    r"\bou eu transo com\b",
    r"\b(?:mexe|mexeu|mexia) comigo (?:quando|enquanto|de noite)\b",
    r"\b(?:padrasto|tio|namorado da minha mae)(?: \w{1,20}){0,3} (?:entra|entrava|entrou|fica na"
    r" porta|mexe|toca|tocou)\b",
    r"\b(?:nudes|video intimo|videos intimos|fotos intimas|os videos nossos|nossos videos)\b",
    r"\bminhas fotos pra todo mundo\b",
    # A child at risk.
    r"\b(?:pai|papai|padrasto|vizinho|namorado da minha mae|tio)(?: \w{1,20}){0,3}"
    r" (?:bate|bateu|batia|batendo|machuca|machucou|espanca|espancou|trancou)\b(?! (?:o carro"
    r"|a porta"
    r"|na porta|o ponto|o recorde|bola|palma|papo|o pe|a cabeca na|na parede|no teto|na janela"
    r"|panela)\b)",
    r"\b(?:bate|bateu|batia|machuca|machucou) (?:nela|nele)\b(?: \w{1,20}){0,4}(?: tem \d{1,2} anos"
    r"| com (?:a|o) (?:garrafa|chinelo|cinto|pau))\b",
    r"\b(?:roxos|hematomas|marcas) no (?:meu|nosso) (?:filho|bebe|menino)\b",
    r"\bfaca alguma coisa com o bebe\b",
    r"\bcomecou a me bater\b",
    r"\b(?:tenho|to com|estou com) medo de dormir (?:do lado|perto|com) d?(?:ele|ela)\b",
    r"\b(?:tenho|to com|estou com) medo que (?:ele|ela) (?:faca|descubra|me ache|me encontre)\b",
    r"\b(?:to|estou) com medo (?:dele|dela) descobrir onde\b",
]

MIGHT_HURT_STATEMENTS += [
    rf"\b{_THINK} (?:\w{{1,20}} ){{0,3}}{_HARM}(?: \w{{1,20}}){{0,3}} {_PERSON}\b"
    + _NOT_JOKING
    + r"(?! (?:no (?:jogo|xadrez|truco|videogame)|de beijos|de cocegas))",
    rf"\b{_THINK} (?:\w{{1,20}} ){{0,1}}{_HARM} (?:o|a) \w{{1,20}}\b(?: \w{{1,20}}){{0,4}}"
    r" (?:me traiu|com quem (?:ela|ele) me traiu|dela|dele)\b",
    r"\b(?:medo|tenho medo|to com medo) do que (?:eu )?(?:posso|possa|poderia|vou|ia) fazer\b",
    r"\bnao (?:respondo|respondo mais) (?:por mim|pelos meus atos|pelo que (?:eu )?(?:fizer|faco))"
    r"\b" + _NOT_JOKING,
    r"\b(?:fazer|faco|faca|faria) (?:uma |alguma )?(?:besteira|merda|asneira|loucura)\b(?! (?:na"
    r"|no)"
    r" (?:prova|trabalho|entrevista|receita|bolo|cabelo))(?!(?: \w{1,20}){0,3} (?:comigo|em mim))",
    r"\bnao confio (?:mais )?em mim (?:mesm[oa] )?(?:perto|sozinh|com|em casa|quando)\w{0,3}\b",
    r"\b(?:medo|apavorad[oa]|assustad[oa]|horrorizad[oa]) (?:de mim|comigo)\b",
    r"\bme assustando comigo\b",
    r"\b(?:apertei|segurei|empurrei|sacudi|belisquei|puxei|agarrei|levantei|joguei|prensei)"
    r" (?:\w{1,20} ){0,5}(?:ate (?:deixar marca|marcar|ficar marca|ficar (?:roxo|roxa|marcad[oa])"
    r"|ela chorar|ele chorar)|com forca"
    r"|contra a parede|pelo pescoco|pela garganta|pelo braco e|tao forte que|mais forte do que)\b",
    r"\b(?:joguei|atirei|arremessei|taquei|lancei) (?:o |um |a |uma )?(?:\w{1,20} )?(?:nele|nela"
    r"|na cara dele|na cara dela|na cabeca dele|na cabeca dela)\b(?<!bola nele)(?<!bola nela)",
    r"\b(?:levantei|levantar) a mao (?:pra|para|pro|contra) (?:ela|ele|o|a|meu|minha)\b",
    r"\bsacudi (?:o |meu )?bebe\b",
    r"\bquase (?:atropelei|agarrei|enforquei|matei|joguei|taquei|acertei|empurrei"
    r"|bati)\b(?!(?: \w{1,20}){0,2}"
    r" (?:planta|plantas|peixe|carro|moto|susto|rir|vergonha|poste|muro)\b)",
    r"\b(?:dei|die) um (?:soco|murro|chute) (?:na|no) (?:\w{1,20} ){0,5}(?:ao )?(?:lado da cabeca"
    r"|do lado da"
    r" cabeca|do rosto|a centimetros)\b",
    r"\bempurrei (?:ele|ela)\b(?! (?:no balanco|na piscina|brincando))",
    r"\btranquei (?:ela|ele) no quarto\b",
    r"\bcoloquei o travesseiro (?:\w{1,20} ){0,2}rosto\b",
    r"\b(?:pra|para) (?:eu )?nao (?:bater|descontar|machucar|matar|partir pra cima|agredir)\b",
    r"\b(?:pra|para) (?:eu )?nao (?:sair e )?fazer (?:uma )?besteira\b",
    r"\b(?:faca|facao|taco|martelo|canivete|soco ingles|chave de roda|arma|revolver|cacadeira"
    r"|garrafa)\b(?: \w{1,20}){0,10} (?:nao e pra mim|nao pra mim|usar nel[ae]|pra (?:ela|ele) ver"
    r"|ela correu|ele correu|no colo|pra nao ficar perto|nao confio em mim|so penso nela e nele"
    r"|na garagem$)",
    r"\b(?:peguei|tirei) (?:o|a) (?:cinto|faca|martelo|taco)\b(?: \w{1,20}){0,6} (?:quando (?:ela"
    r"|ele)|nao bati|faltou pouco|so pra (?:ela|ele) ver|ela correu|durante a briga)\b",
    r"\bdurante a briga eu peguei\b",
    r"\bcomprei (?:uma arma|um canivete|um soco ingles)\b",
    r"\besper(?:ar|ando|ei|o) (?:ele|ela) sair (?:do trabalho|de casa)\b",
    r"\b(?:ja sei|descobri|to sabendo) onde (?:ele|ela) (?:mora|estaciona|trabalha)\b",
    r"\bendereco d[oa] (?:\w{1,20} ){0,6}anotado\b",
    r"\b(?:planejando|planejo|pensando|penso|quero) (?:\w{1,20} ){0,2}me vingar\b",
    r"\bquero que (?:ele|ela|eles) sofra\b",
    r"\b(?:eu|que eu) mato\b(?! (?:a saudade|a fome|a sede|o tempo|aula|barata|mosquito"
    r"|o trabalho))" + _NOT_JOKING + r"(?!(?: \w{1,20}){0,3} (?:ele|ela) riu)",
    r"\b(?:disse|falei) que ia (?:matar|bater|machucar|partir) (?:\w{1,20} )?(?:ela|ele|lhe|as"
    r" pernas)\b",
    r"\b(?:partir|parto|parti) lhe (?:a cara|as pernas|os dentes|o nariz|a boca)\b",
    r"\bfa(?:co|zer|rei|ria) lhe mal\b",
    r"\beu acabo com (?:ele|ela)\b" + _NOT_JOKING,
    r"\bcom (?:ele|ela|eles) dentro\b",
    r"\b(?:colocar|por|botar) (?:alguma coisa|algo|veneno|remedio) na (?:comida|bebida|cafe)"
    r" d(?:ele|ela)\b",
    r"\bsou (?:a pessoa|quem) (?:que )?bate\b",
    r"\b(?:sigo|seguindo) (?:ela|ele|o ex dela|a ex dele)\b(?! no (?:instagram|insta|tiktok))",
    r"\bperder a cabeca com (?:as criancas|meu filho|minha filha|o bebe|meus filhos)\b",
    r"\bvontade de (?:sacudir|bater)\b",
    r"\bmedo de (?:pegar|perder) (?:na|a) (?:frigideira|cabeca)\b",
]

CONTROLLED_STATEMENTS += [
    r"\b(?<!chefe )(?<!professor )(?<!professora )(?:le|ler|lia|leu|lendo|confere|conferir|conferiu"
    r"|checa|checar|vasculha|vasculhou"
    r"|vasculhar|fuca|fucou|revista|revistou|espelha|monitora) (?:\w{1,20} ){0,2}(?:todas |todos )?"
    r"(?:as |os |o |a )?(?:minhas|meus|meu|minha) (?:mensagens|conversas|celular|cel|telemovel"
    r"|whatsapp|emails|email|e mails?|diario|bolsa|mochila|extrato|historico|icloud|dms|direct)\b"
    r"(?<!fui conferir meu celular)(?!(?: \w{1,20}){0,4} (?:porque|pq) eu pedi| por cima do"
    r"| em voz alta| pra mim| pra gente)",
    r"\b(?:le|ler|lia|leu) (?:as|minhas) conversas com\b",
    r"\b(?:ele|ela|marido|namorad[oa]|esposa|companheir[oa]|mulher) (?:\w{1,20} )?confer\w{1,4}"
    r" (?:o )?(?:meu )?(?:extrato|ponto|quilometragem|historico)\b",
    r"\b(?:anota|anotar|olha) a quilometragem\b",
    r"\b(?:pega|mexe no|olha) (?:o )?meu celular (?:enquanto|quando) (?:eu )?(?:durmo|to dormindo"
    r"|tomo banho)\b",
    r"\bcel(?:ular)? desbloqueado\b",
    r"\bespelha tudo\b",
    r"\b(?:dar|passar|entregar|pediu|pede|quer|exige|exigiu|tem|obriga a dar) (?:\w{1,20}"
    r" ){0,2}(?:minha |minhas |as minhas |a minha |a )?senhas? (?:do|da|de|dos) (?:todas as "
    r"|todos os )?(?:meu |minha |minhas |meus )?"
    r"(?:celular|cel|insta|instagram|email|e mail|banco|icloud|face|facebook|whatsapp|redes"
    r"|computador|telemovel)\b",
    r"\bnao posso (?:ter|colocar|por) senha\b",
    r"\b(?:tem|ainda tem) acesso ao meu (?:e mail|email|celular|icloud|conta)\b",
    r"\b(?:tenho (?:que|de)|preciso|obriga me a|faz me|me faz|exige que eu|quer que eu|faz eu)"
    r" (?:\w{1,20} ){0,2}(?:mandar|mande|enviar|partilhar|compartilhar|mostrar|dar|prestar)"
    r" (?:\w{1,20} ){0,2}(?:fotos? (?:de onde|a cada|do lugar|pra provar|provando|de corpo inteiro)"
    r"|audio provando|print d[oa]s? (?:meu|minha|minhas|meus)|a localizacao|localizacao"
    r"|satisfacao (?:de|pra)|conta de cada|comprovante|a mochila)\b",
    r"\b(?:conta|contas|satisfacao) de cada (?:real|centavo|minuto|compra|gasto|passo)\b",
    r"\b(?:controla|explicar|briga por|briga|conta) (?:\w{1,20} ){0,3}cada (?:centavo|real|compra"
    r"|gasto|minuto)\b",
    r"\b(?:liga|ligou|me liga|manda|mandou) (?:\d{1,3}|dez|vinte|trinta|quinze|cinquenta|mil)"
    r" vezes (?:quando|se|qdo) eu\b(?<!mae me liga \w{2} vezes quando eu)" + _NOT_JOKING,
    r"\bse eu demoro (?:\w{1,20} ){0,3}(?:ele|ela) (?:liga|me liga|me xinga|surta|briga)\b",
    r"\b(?:ve|olha|controla|acompanha|rastreia|monitora|fica vendo|ativou|partilhar|compartilhar"
    r"|tem)"
    r" (?:\w{1,20} ){0,3}(?:minha |a minha |a )?localizacao\b(?! (?:quando viajo|em viagem"
    r"|com (?:a|minha) (?:mae|familia)))",
    r"\bse eu (?:desligo|desligar|tiro) (?:\w{1,20} ){0,2}(?:ele|ela) (?:surta|briga|aparece|grita"
    r"|liga)\b",
    r"\b(?:se|senao) (?:eu )?(?:\w{1,20} ){0,5}(?:ele|ela) (?:surta|me xinga|fica dias sem|fica uma"
    r" semana|quebra o celular|diz que (?:to|estou) (?:traindo|com outro)|some por dias)\b",
    r"\b(?:fica|ficou|passa|fica uns) (?:\w{1,20} )?(?:dias|semanas|uma semana|a semana)"
    r" (?:sem (?:falar|olhar|me)|de cara fechada)\b",
    r"\b(?:me ignora|some|nao fala comigo|sem falar comigo)(?: \w{1,20}){0,3} de castigo\b",
    r"\bcastigo de silencio\b",
    r"\bnao fala comigo (?:faz|ha) \w{1,10} dias\b",
    r"\bfaz \w{1,10} dias que (?:ele|ela) nao fala comigo\b",
    r"\bfinge que eu nao existo\b",
    r"\bsome por dias\b",
    r"\b(?:ele|ela|marido|namorad[oa]|esposa|mulher|companheir[oa]) (?:\w{1,20} )?nao (?:me )?"
    r"deix(?:a|ava) (?:eu )?(?:\w{1,20} ){0,1}(?:sair|ver|trabalhar|estudar|usar|ir|ter|falar"
    r"|visitar|ligar|tirar|aprender|trancar|dirigir|conduzir|vestir|postar|cortar|pintar|voltar"
    r"|viajar|encontrar|almocar|frequentar)\b(?! (?:sem (?:casaco|blusa|guarda chuva|tomar cafe"
    r"|comer|um beijo)|o final))" + _NOT_JOKING,
    r"\b(?:ele|ela) nao deixa\b(?! (?:de|a|o|as|os|eu|me|nada|ninguem|cair|passar|faltar|barato))"
    + _NOT_JOKING,
    r"\bnao posso (?:nem |mais )?(?:\w{1,20} ){0,4}(?:ele|ela) (?:nao deixa|diz (?:que )?(?:mulher"
    r"|elas|eles|eu nao|nao preciso|e perigoso|e pra chamar))\b",
    r"\bnao posso (?:nem )?mexer na geladeira\b",
    r"\bamig[oa]s? (?:homem|homens)\b",
    r"\b(?:decide|decidiu|escolhe|escolheu|controla|controlava) (?:\w{1,20} ){0,2}(?:o que|se|com"
    r" quem|quem|a hora que|quando|onde) (?:que )?eu (?:posso|visto|como|posto|falo|uso|vou|gasto"
    r"|chego|almoco|saio|faco)\b",
    r"\b(?:decide|decidiu) que eu nao posso\b",
    r"\b(?:escolhe|escolheu|decide|decidiu) (?:a )?(?:minha roupa|minhas roupas|a roupa que eu"
    r"|roupa que eu|meu corte de cabelo|meu cabelo|meus amigos|minhas amigas)\b",
    r"\bme (?:fez|faz|obrigou a|obriga a) (?:apagar|largar|trocar|ajoelhar|pedir (?:desculpa"
    r"|demissao"
    r"|autorizacao|permissao)|escolher entre|bloquear|sair do|parar de)\b",
    r"\b(?:faz|fez) eu pedir desculpa\b",
    r"\b(?:diz|disse|fala|falou|dizendo|me chama|chamou|chama|me chamou"
    r"|contou) (?:\w{1,20} ){0,3}(?:que )?"
    r"(?:eu )?(?:sou|to|estou|era|de) (?:\w{1,20} ){0,2}(?:inutil|burr[ao]|feia|gorda|nojent[ao]"
    r"|idiota|lixo|louca|doida|fracassad[oa]|fracasso|mediocre|paranoica|exagerada|instavel"
    r"|descontrolada|vagabunda|puta)\b" + _NOT_JOKING,
    r"\bninguem (?:mais )?(?:me quer|(?:ia|iria|vai) (?:me )?(?:querer|aguentar|olhar pra mim))\b",
    r"\bnenhum homem (?:ia|iria|vai) me (?:aguentar|querer)\b",
    r"\b(?:sorte (?:de ter (?:ele|ela)|dele me|dela me)|faz (?:um )?favor (?:de|em) ficar comigo"
    r"|deveria agradecer)\b",
    r"\b(?:diz|disse|fala) (?:\w{1,20} ){0,2}que (?:minha familia|meus pais|meus amigos|todo mundo)"
    r" (?:me odeia|tem vergonha de mim|nao gosta de mim)\b",
    r"\b(?:diz|disse|fala) (?:\w{1,20} ){0,3}(?:e )?(?:q|que) nada disso aconteceu\b",
    r"\binventei (?:aquela|essa) (?:discussao|briga)\b",
    r"\b(?:vira|virou) o jogo e eu\b",
    r"\b(?:me faz sentir|diz|disse|fala) (?:\w{1,20} ){0,3}(?:culpa minha|sou (?:a"
    r"|o) culpad[oa])\b",
    r"\b(?:salario|ordenado|dinheiro|heranca|pensao)(?: \w{1,20}){0,3} (?:na conta dele|na conta"
    r" dela|no nome dele|no nome dela)\b",
    r"\bnao tenho (?:mais )?acesso (?:ao|a|aos) (?:dinheiro|cartao|conta|banco|minha conta|meu"
    r" dinheiro)\b",
    r"\btira me o\b",
    r"\b(?:tirou|pegou) (?:o meu|meu|minha|a minha|o) (?:cartao|nome da conta|dinheiro da"
    r"|salario|heranca)\b",
    r"\btirou o meu nome da conta\b",
    r"\b(?:entregar|entrego|dar) (?:lhe |pra ele |pra ela )?(?:o |meu |todo o |o meu )?(?:ordenado"
    r"|salario) (?:todo|inteiro)\b",
    r"\b(?:me da|me dava) (?:uma )?mesada\b",
    r"\bnao tenho (?:um |nenhum )?(?:centavo|real) meu\b",
    r"\bsem dinheiro\b(?: \w{1,20}){0,2}$",
    r"\bapag(?:ou|a|ava) (?:\w{1,20} ){0,3}(?:contatos?|numero|numeros) (?:\w{1,20} ){0,3}(?:do"
    r" meu|da minha|dos meus|das minhas|masculinos|homens)\b",
    r"\bnao tenho (?:mais )?ninguem alem d(?:ele|ela)\b",
    r"\b(?:perdi|perdeu) (?:o )?contato com (?:\w{1,20} ){0,4}(?:amigas|amigos"
    r"|familia) desde que\b",
    r"\b(?:quando|sempre que) eu (?:quero|planejo|vou) (?:\w{1,20} ){0,4}(?:ele|ela) (?:inventa"
    r"|fica doente|arruma)\b",
    r"\b(?:ele|ela) sempre tem uma crise\b",
    r"\b(?:tenho|to com|estou com) medo de (?:terminar|me separar)\b(?! (?:a|o|os|as|de|meu|minha"
    r"|esse|essa)\b)",
    r"\bfazer da minha vida um inferno\b",
    r"\bmedo da reacao d(?:ele|ela)\b(?!(?: \w{1,20}){0,4} (?:presente|surpresa|noticia|nota))",
    r"\bmorro de medo d(?:ele|ela)\b",
    r"\bquer saber (?:sempre )?onde (?:eu )?(?:estou|to|ando) e com quem\b",
    r"\b(?:quer|quis) saber (?:\w{1,20} ){0,2}(?:com quem|de quem)\b" + _NOT_JOKING,
    r"\b(?:instalou|colocou|botou) (?:uma )?camera\b(?: \w{1,20}){0,6} (?:ve|olha|fica olhando"
    r"|vendo)\b",
    r"\b(?:instalou|colocou) o life360\b",
    r"\b(?:chip|numero)\b(?: \w{1,20}){0,6} (?:que )?so (?:ele|ela) (?:sabe|e a mae)\b",
    r"\b(?:tirou|ficou com|pegou|levou) (?:o )?(?:meu )?chip\b",
    r"\b(?:guarda|guardou) (?:os )?(?:meus|os meus) documentos\b(?: \w{1,20}){0,3} (?:num cofre|no"
    r" cofre|trancad\w{1,2}|e so (?:ele|ela)|e nao (?:devolve|me da))\b",
    r"\bmulher dele fica em casa\b",
    r"\bme xinga\b",
    r"\bnao sou propriedade dele\b",
    r"\bme (?:tirar|expulsar) do apartamento se\b",
    r"\b(?:trocou|mudou|trocado|mudado) a senha do (?:wifi|celular|portao|porta)\b",
    r"\bfilma e diz que vai mostrar\b",
    r"\bnao (?:me )?deixa (?:eu )?trancar a porta\b",
    r"\bse ele achar eu (?:to|estou) ferrad[oa]\b",
    r"\bligou pro consultorio\b",
    r"\bcortou a internet\b",
    r"\bdependo dele (?:pra|para) tudo\b",
    r"\bagora dependo d(?:ele|ela)\b",
]

ASIDES += [
    r"\bcomo (?:eu )?(?:posso |consigo |devo )?ajud(?:o|ar) (?:ela|ele|a minha amiga|minha amiga"
    r"|meu amigo|sem)\b",
]
SELF_HARM_STATEMENTS += [
    r"\bnao aguento mais (?:desculpa|me desculpa|perdao)\b",
    r"\bnao quero (?:mais )?(?:ca|aqui) estar\b",
    r"\b(?:so )?quero que (?:tudo )?acabe\b(?! (?:logo )?(?:essa|esse|este|esta|o|a|os|as|de)\b)",
    r"\b(?:dor|tudo) (?:parasse|acabasse) (?:pra|para) sempre\b",
    r"\b(?:hoje|hj) e o dia$",
    r"\b(?:mais um dia|mais uma semana) e eu (?:desisto|acabo com tudo)\b",
    r"\b(?:ja decidi|agora que decidi|depois que (?:a gente|eu) decid\w{1,3}|ja (?:to|estou)"
    r" decidid[oa])\b(?: \w{1,20}){0,6} (?:calm[oa]|leve|em paz|mais calm[oa])\b",
    r"\b(?:em paz|calm[oa]|mais calm[oa]|leve) (?:\w{1,20} ){0,3}(?:que|porque) (?:ja )?decidi\b",
    r"\b(?:parei|to calm[oa]|estou calm[oa]) (?:\w{1,20} ){0,2}porque ja decidi\b",
    r"\bja (?:to|estou) decidid[oa]$",
    r"\b(?:vai viajar|viagem|viajar) e nao volta\b",
    r"\bcorpo desistir\b",
    r"\b(?:pront[oa]|decidid[oa]) (?:pra|para) parar\b(?! de)",
    r"\beu te amei (?:muito|de verdade)\b",
    r"\beu nao vou estar(?:$| mais\b| acho\b)",
    r"\btudo pronto (?:na gaveta|pra quando)\b",
    r"\bnao cont(?:em|e|a) comigo (?:pra|para) mais nada\b",
    r"\b(?:pesquisei|pesquisando|pesquisar) (?:\w{1,20} ){0,3}(?:a altura d|o horario que a ponte"
    r"|veneno|dose letal|dose)\b",
    r"\b(?:offline|fora|longe|sumid[oa]) (?:\w{1,20} ){0,3}talvez pra sempre\b",
    r"\bnao querer (?:mais )?viver\b",
    r"\b(?:quero|queria) que (?:ele|ela|voce|vc|todos|eles) saib(?:a|am) que (?:nao foi culpa"
    r"|a culpa e"
    r" minha|eu (?:te )?amei)\b",
    r"\b(?:farto|farta|cansad[oa]) de tudo(?: \w{1,20}){0,2} de mim\b",
    r"\bdar um jeito (?:nela|em mim|em tudo) de vez\b",
    r"\bfingir que vou melhorar\b",
    r"\bvida (?:\w{1,20} ){0,3}sem saida\b",
    r"\b(?:nada adianta|nao adianta)\b(?: \w{1,20}){0,4} (?:ja )?(?:escolhi|marquei) a data\b",
    r"\bultim[oa] (?:check in|mensagem|conversa|vez)\b(?: \w{1,20}){0,3} obrigad[oa] por tudo\b",
    r"\b(?:remedio|remedios|comprimidos|arma|frasco|veneno)\b(?: \w{1,20}){0,10} (?:pensei nele"
    r"|penso"
    r" nele|penso nisso) (?:o dia (?:inteiro|todo)|todo dia)\b",
    r"\barma\b(?: \w{1,20}){0,12} sei onde fica\b",
    r"\bmangueira (?:\w{1,20} ){0,3}(?:no carro|do escapamento)\b",
    r"\b(?:carro|trancad[oa]) (?:\w{1,20} ){0,3}garagem fechada\b",
    r"\bsei (?:exatamente )?qual curva\b",
    r"\bme enterr(?:em|ar|arem)\b" + _NOT_JOKING,
    r"\b(?:frasco|corda|faca|remedios|comprimidos|lamina)\b(?: \w{1,20}){0,5} (?:falta so coragem"
    r"|ainda nao tive coragem|nao tive coragem)\b",
    r"\bescondeu (?:as facas|os remedios|as laminas)\b(?: \w{1,20}){0,4} (?:ultima vez|achei)\b",
    r"\b(?:se eu tinha|tenho) (?:um )?plano\b(?: \w{1,20}){0,4} (?:menti|tenho sim)\b",
    r"\bprometer que nao ia fazer nada\b",
    r"\bcuid\w{1,4} (?:do|da|dos|das) (?:meu|minha|meus|minhas|nosso"
    r"|nossa) (?:\w{1,20} )?(?:por mim"
    r"|pra mim)(?: ta)?$",
    r"\bse (?:ele|ela) (?:\w{1,20} ){0,3}eu me mato\b",
    r"\bcoisa (?:da qual|que) nao tem volta\b(?!(?: \w{1,20}){0,3} com)",
]

IN_DANGER_STATEMENTS += [
    r"\b(?:ele|ela)(?: \w{1,20}){0,4} quebrando (?:tudo|as coisas)\b",
    r"\b(?:preciso de ajuda|socorro|me ajuda)\b(?: \w{1,20}){0,2} (?:ele|ela) (?:ta"
    r"|esta) (?:voltando"
    r"|vindo|chegando|aqui|la fora)\b",
    r"\bme ameac(?:a|ou|ava) (?:com|c) (?:a|uma|o|um) (?:arma|faca|revolver|pistola)\b",
    r"\bme (?:jogou|empurrou) do carro\b",
    r"\bex (?:ta|esta|fica|ficou|tava) (?:parad[oa] |sentad[oa] )?(?:do lado de fora"
    r"|la fora|na frente d[ao] (?:minha|meu|predio|casa))\b",
    r"\b(?:ele|ela) (?:ta|esta|fica|tava) (?:la fora|do lado de fora) (?:gritando|berrando|batendo"
    r"|socando|chutando)\b",
    r"\bcarro d[oa] (?:meu|minha) ex (?:ta|esta|fica) parado\b",
    r"\b(?:eu )?(?:te )?(?:acho|encontro|vou achar|vou encontrar) (?:voce |vc )?onde (?:voce |vc )?"
    r"(?:estiver|for)\b",
    r"\bcavou um buraco\b",
    r"\baparece (?:onde eu|em todo lugar que eu)\b",
    r"\bhoje (?:eu|voce|vc) (?:ia|vai) aprender\b",
    r"\bescrevendo (?:\w{1,20} ){0,3}escondid[oa]\b",
    r"\b(?:sentad[oa]|de pe) na beira da minha cama\b",
    r"\b(?:ele|ela) me (?:bater|batendo|agredir|agredindo|empurrar|enforcar|espancar)\b",
    r"\bdesde que (?:eu )?nao (?:faca|deixe) (?:ele|ela) (?:ficar )?(?:bravo|brava|nervos[oa]"
    r"|irritad[oa])\b",
    r"\bse eu morrer (?:\w{1,20} ){0,2}foi (?:ele|ela)\b",
    r"\bex (?:\w{1,20} ){0,2}sabe onde (?:\w{1,20} ){0,3}(?:mora|moram|moro|trabalho"
    r"|trabalha|estuda)\b",
    r"\beu sei (?:com quem|onde) (?:voce|vc|tu) (?:almocou|estava|foi|esteve|dormiu|mora)\b",
    r"\b(?:tirou|cortou|arrancou) o fio do telefone\b",
    r"\bsem (?:como|poder) falar com ninguem\b",
    r"\bgasolina\b(?: \w{1,20}){0,10} isqueiro\b",
    r"\b(?:voce|vc|tu) nunca mais (?:ve|vai ver|vera)\b",
    r"\bgrita comigo ate eu chorar\b",
]

MIGHT_HURT_STATEMENTS += [
    r"\b(?:raiva|traicao|me traiu|to indo|se eu for|se eu encontrar|esperando|esperei)\b"
    r"(?: \w{1,20}){0,12} nao sei o que (?:eu )?(?:vou|ia|iria) fazer (?:com (?:ele|ela)|se (?:ela"
    r"|ele) (?:chegasse|saisse|aparecer|aparecesse))\b",
    r"\b(?:to indo|vou) (?:na|ate a|la na) casa d(?:ele"
    r"|ela)(?: \w{1,20}){0,2} (?:e )?nao sei o que\b",
    r"\bse (?:ela|ele) me deixar eu nao sei o que faco com (?:ela|ele)\b",
    r"\ba ponto de (?:quebrar a cara|partir pra cima|esganar|enforcar)\b",
    r"\b(?:sonho|sonhei|sonhando|pesadelos? em) (?:\w{1,20} ){0,2}(?:que )?(?:mato|matava|matei"
    r"|matando) (?:ele|ela|meu|minha)\b",
    r"\bsonho acordad[oa] com (?:ele|ela) morrendo\b",
    r"\bcontando os dias pra encontrar (?:ele|ela)\b",
    r"\bso nao bati (?:nele|nela|porque)\b",
    r"\ba proxima seja n(?:ela|ele)\b",
    r"\besperando (?:ele|ela) (?:chegar|sair)\b",
    r"\bdeixar de dar (?:os )?remedios? d(?:ele|ela)\b",
    r"\b(?:disse que ia embora|quando (?:ela|ele) disse)\b(?: \w{1,20}){0,3} (?:eu )?peguei (?:o|a)"
    r" (?:faca|martelo|taco|cinto|arma)\b",
    r"\b(?:ia|vou) atras d[oa] (?:ex|novo namorado|nova namorada|cara|amante)\b",
    r"\bapertei o pescoco d(?:ele|ela)\b",
    r"\bquebrei (?:o|a|as|os) (?:celular|telefone|coisas|tv|carro) d(?:ela|ele)\b",
]

CONTROLLED_STATEMENTS += [
    r"\b(?:fica brav[oa]|surta|briga|me xinga|grita) se eu (?:demoro|(?:nao|n) respondo|(?:nao|n)"
    r" atendo)\b",
    r"\bse eu (?:\w{1,20} ){1,6}e porque (?:eu )?nao (?:amo|gosto de) (?:ela|ele)\b",
    r"\b(?:ele|ela) me proib(?:e|iu|a|ia)\b(?! de (?:comer|beber|fumar))" + _NOT_JOKING,
    r"\bme chama de (?:\w{1,20} ){0,3}(?:inutil|burra|burro|gorda|gordo|feia|idiota|lixo|louca)\b"
    r"(?: \w{1,20}){0,3} (?:mas )?(?:diz|fala) que e brincadeira\b",
    r"\bnao gosta que eu (?:use|poste|saia|fale|veja|trabalhe|estude|va)\b",
    r"\bapelidos? (?:horriveis|humilhantes|ofensivos)\b",
    r"\bde cara fechada (?:\w{1,20} ){0,2}(?:dias|semanas|uma semana|a semana) se eu\b",
    r"\bter (?:o )?meu proprio dinheiro\b",
    r"\b(?:fez questao de )?afast(?:ar|ou|a) (?:todo mundo|todos|minha familia|meus amigos|minhas"
    r" amigas)\b",
    r"\b(?:preciso|tenho que) pedir (?:permissao|autorizacao) (?:pra|para)\b",
    r"\bdiz que eu nao (?:consigo|sei) (?:viver|fazer nada|dirigir|administrar)\b",
    r"\b(?:pede|exige|quer) (?:a )?nota de tudo\b",
    r"\bsenha que so eu sei\b",
    r"\bse eu (?:for embora|largar|deixar|sair)(?: \w{1,20}){0,2} (?:ele|ela) fica com tudo\b",
    r"\bnao (?:posso|pode|podemos) falar com ninguem\b",
    r"\bameac\w{1,4} (?:ir embora|sumir|fugir|sair) com (?:meu|minha|o|a|os|as|nosso|nossa)"
    r" (?:filh\w{1,2}|criancas|bebe|menina|menino)\b",
    r"\b(?:escuta|ouve|grava) (?:as )?minhas ligacoes\b",
    r"\bcelular escondido\b",
    r"\b(?:diz|fala) que (?:e|eu to fazendo) drama\b",
    r"\bso posso (?:usar|sair|ir) (?:pra|para) (?:ir ao|ir no|o) (?:mercado|trabalho)\b",
    r"\bnao posso ir sozinh[oa] (?:em|a) (?:lugar nenhum|nenhum lugar)\b",
    r"\b(?:ameac\w{1,4}|disse que|diz que) (?:\w{1,20} ){0,3}se matar se eu\b",
    r"\btermina e se mata\b",
]

ASIDES += [
    r"\b(?:ameac\w{1,4}|disse que|diz que) (?:\w{1,20} ){0,3}se matar se eu\b",
    r"\btermina e se mata\b",
]

SELF_HARM_STATEMENTS += [
    r"\b(?:paguei|pagamos) (?:as |o |a )?(?:contas|cartao|dividas)\b(?: \w{1,20}){0,3} (?:cancelei"
    r"|deixei bilhete|deixei as senhas)\b",
    r"\barrumei (?:\w{1,20} ){0,2}(?:todo|toda|inteiro|inteira) (?:\w{1,20} ){0,1}(?:paguei|deixei)"
    r" (?:as contas|o cartao|comida)\b",
    r"\bcontas pagas\b(?: \w{1,20}){0,3} tudo organizado\b",
    r"\b(?:apaguei|deletei|fechei) (?:todas as fotos|minhas redes|o instagram|meu instagram|as"
    r" redes)\b(?: \w{1,20}){0,3} (?:fechei|apaguei|dei|die|deletei|estou so|to so)\b",
    r"\barrumar as coisas antes de ir\b",
    r"\b(?:pra|para) quem (?:vai|fica) cada coisa\b",
    r"\bdeixei (?:um |uma )?(?:audio|mensagem|email|e mail|video|carta) (?:\w{1,20} ){0,5}"
    r"(?:programad[oa]|agendad[oa])\b",
    r"\bpra (?:minha|meu) (?:irma|irmao|mae|pai|esposa|marido) com as instrucoes\b",
    r"\b(?:achou|viu|leu) a carta que eu escrevi\b",
    r"\bparei de comer (?:faz|ha) \w{1,10} dias\b",
]

MIGHT_HURT_STATEMENTS += [
    r"\bquebrar (?:\w{1,20} ){0,6}(?:ele|ela) tod[oa]\b",
    r"\bvejo vermelho\b",
]

CONTROLLED_STATEMENTS += [
    r"\bso (?:do )?(?:o )?que (?:ele|ela) deixa\b",
]

SELF_HARM_STATEMENTS += [
    r"\b(?:tenho|estou com|to com) (?:os |todos os |uns )?(?:comprimidos|remedios|calmantes)"
    r"(?: todos)? (?:aqui|guardados|juntos|na mao|do lado)\b",
    r"\b(?:acabo|vou acabar) com (?:isto|tudo)\b(?! (?:isso|que|o|a|os|as)\b)",
    r"\bse eu (?:partisse|partir|fosse embora (?:deste|desse) mundo)\b(?! (?:pra|para|de|amanha"
    r"|hoje"
    r"|cedo|mais cedo)\b)",
]

IN_DANGER_STATEMENTS += [
    r"\b(?:to|estou|fiquei|tou) pres[oa] (?:em casa|no quarto|dentro)\b",
    r"\b(?:marido|namorado|companheiro|esposo) (?:dela )?(?:bate|batia|espanca|agride"
    r"|agredia) nela\b",
]

MIGHT_HURT_STATEMENTS += [
    rf"\b{_THINK} (?:\w{{1,20}} ){{0,3}}(?:mata|magoa|agredi|esgana|estrangula|bate|sufoca|mate)"
    r" (?:la|lo|las|los)\b",
    r"\b(?:peguei|agarrei) (?:a|uma|o) (?:faca|facao|arma|taco|martelo|pau|tesoura) e (?:fui|corri"
    r"|sai) atras d(?:ele|ela)\b",
]

CONTROLLED_STATEMENTS += [
    r"\b(?:ve|olha|mexe no|revista|confere) (?:o )?(?:meu |o meu )?(?:celular|cel|telemovel"
    r"|telefone)"
    r" (?:todos os dias|todo dia|toda hora|toda noite|sempre)\b",
    r"\b(?:tenho (?:de|que)|preciso) (?:lhe |pra ele |pra ela )?pedir dinheiro (?:ate|pra tudo"
    r"|para tudo)\b",
]

SELF_HARM_STATEMENTS += [
    r"\b(?:andar|telhado|terraco|ponte|sacada|varanda|parapeito)\b(?: \w{1,20}){0,2} olhando"
    r" (?:pra|para) baixo\b",
    r"\bminha vida nao vale nada\b",
    r"\btanto faz (?:eu )?(?:ir embora|morrer|viver|sumir|estar viv[oa]|acordar)\b",
]

IN_DANGER_STATEMENTS += [
    r"\bmarcas? (?:roxas? )?no (?:meu )?(?:pescoco|garganta)\b",
    r"\b(?:jurou|jura|disse|diz|falou|fala|ameacou) que me mata\b",
    r"\b(?:ex|ele|ela) (?:\w{1,20} )?me (?:espera|esperava|fica esperando) na (?:saida|porta"
    r"|frente)\b",
]

CONTROLLED_STATEMENTS += [
    r"\bnao posso (?:ir|sair) (?:a|em|pra) (?:lugar nenhum|nenhum lugar)(?: \w{1,20}){0,1} sem"
    r" (?:ele|ela|avisar|pedir)\b",
]

SELF_HARM_STATEMENTS += [
    # Apologies to everyone at once, a place at the cemetery, asking the price of a gun.
    r"\b(?:pra|a|para) (?:todos|todas|cada um)\b(?: \w{1,20}){0,3} pedindo (?:desculpa|desculpas"
    r"|perdao)\b",
    r"\bcemiterio\b(?: \w{1,20}){0,10} (?:tinha lugar|tem lugar|comprar (?:um )?(?:jazigo"
    r"|tumulo))\b",
    r"\b(?:fui (?:na|a|numa|ate a) loja de armas|perguntei o preco (?:de|da) (?:uma )?arma)\b",
]

IN_DANGER_STATEMENTS += [
    # Locked in, yet he still has a key.
    r"\b(?:tranquei|troquei a fechadura|mudei a fechadura)\b(?: \w{1,20}){0,3} mas (?:ele|ela"
    r"|meu ex)"
    r" (?:ainda )?tem (?:a chave|copia|uma copia)\b",
    r"\bex (?:ainda )?tem (?:a )?(?:chave|copia da chave) (?:de|da) (?:casa|minha casa)\b",
    # Not able to tell the police because he was standing there.
    r"\b(?:disse|falei) (?:\w{1,20} )?que (?:tava|estava|ta) tudo bem (?:porque|pq) (?:ele|ela)"
    r" (?:tava|estava) (?:do meu lado|ali|ouvindo|na sala)\b",
]

CONTROLLED_STATEMENTS += [
    # A child as leverage against going out.
    r"\bse eu (?:sair|for|viajar)\b(?: \w{1,20}){0,12} (?:leva|vai levar|some com) (?:a menina"
    r"|o menino|as criancas|os meninos|meu filho|minha filha|o bebe)\b",
]

HELPING = [
    r"\bcomo (?:eu )?(?:posso |consigo |devo )?ajud(?:o|ar) (?:ela|ele|a minha amiga|minha amiga"
    r"|meu amigo|sem)\b",
    r"\b(?:minha|meu) (?:avo|vo|mae|pai|tia|tio) (?:\w{1,20} ){0,1}dizia que ia me\b",
    r"\b(?:minha|uma) (?:amiga|colega|irma|prima|vizinha)(?: \w{1,20}){0,3} me contou que\b"
    r"(?!(?: \w{1,20}){0,30} (?:sou eu|era eu))",
]

# -- extended on pt_tuning_h (2026-12-03): families of phrasings, not single messages ----------

SELF_HARM_STATEMENTS += [
    # Thoughts of death, dying spelt short or disguised ("quero mrr", "quero d1e").
    r"\bpensamentos? (?:\w{1,20} ){0,1}(?:de|sobre|com) (?:morte|morrer|suicidio|me matar|sumir)\b",
    r"\b(?:penso|pensando|pensar|pensei|fico pensando) (?:muito |tanto |o tempo todo |o dia todo )?"
    r"(?:na|em) morte\b(?! d\w{0,2}\b)",
    r"\b(?:quero|queria|vontade de|vou|so quero) (?:mrr|morre|morer|die)\b" + _NOT_JOKING,
    # Leaving as a favour to others ("seria mais justo eu partir e liberar ela").
    r"\b(?:seria|era|e) (?:mais justo|mais facil|melhor|o melhor|o certo|o mais certo)"
    r" (?:pra todos |pra todo mundo |pra ela |pra ele |pra eles )?(?:se )?eu (?:partir|partisse"
    r"|morrer|morresse|nao estar mais aqui)\b",
    r"\b(?:partir|partisse|sumir|sumisse|morrer|morresse) e (?:liberar|livrar|libertar|deixar)"
    r" (?:ela|ele|eles|elas|todo mundo|voces|minha \w{1,20}|meu \w{1,20}) (?:livre|em paz|de mim)?",
    # Any way will do; buying enough at the pharmacy.
    r"\bqualquer (?:jeito|forma|maneira|metodo) (?:serve|vale|ta bom)\b(?: \w{1,20}){0,3}"
    r" (?:dor|isso|tudo|sofrimento) (?:parar|acabar|passar de vez)\b",
    r"\b(?:farmacia|drogaria|remedios?|comprimidos)\b(?: \w{1,20}){0,4} (?:o suficiente|o bastante"
    r"|a dose certa)\b(?! (?:pra|para) (?:a |o |um |uma )?(?:semana|mes|viagem|tratamento|gripe"
    r"|febre|familia|casa|todos|quinze dias)\b)",
    # Asking what a fall feels like, a high floor.
    r"\b(?:doi|machuca|sofre|sente) (?:muito |mto )?(?:pular|cair|se jogar|me jogar|morrer|se"
    r" enforcar|me enforcar|afogar|se afogar)\b",
    r"\b(?:pular|pulo|me jogar|me jogo|pulasse|cair) (?:do|de um|de cima do|da janela do)"
    r" (?:\w{1,4} andar|decimo \w{1,10} andar|ultimo andar|alto do predio)\b" + _NOT_JOKING,
    r"\b(?:ponte|viaduto|telhado|terraco|sacada|varanda|parapeito|predio)\b(?: \w{1,20}){0,10}"
    r" (?:olhar|olhando|olhei|fiquei olhando) (?:pra|para) (?:baixo|a agua|o rio|os trilhos)\b"
    + _NOT_JOKING,
    # "Não aguento mais" as the whole message.
    r"^ (?:eu )?(?:nao|n) aguento mais(?: (?:serio|de verdade|juro|sinceramente|gente|mesmo))?$",
    # Hoping not to wake up, switching off for good.
    r"\b(?:torc\w{1,5}|rez\w{1,5}|pedir|peco|pedindo|orando|oro) (?:pra|para|por|que) (?:eu )?"
    r"(?:nao|n) acord(?:ar|e|asse)\b",
    r"\bdormir e (?:nao|n) acordar\b",
    r"\b(?:queria|quero|vontade de|so queria|so quero|apetece me) (?:so )?(?:desligar|apagar"
    r"|me desligar)"
    r"(?: (?:tipo|de vez|e pronto|assim|tudo|geral|do mundo)){0,2} (?:pra|para) sempre\b",
    # Affairs settled: the life insurance is for them.
    r"\bseguro de vida\b(?: \w{1,20}){0,4} (?:fica|vai|vai ficar|e) (?:pra|para) (?:eles|elas|voces"
    r"|ela|ele|os meninos|as criancas|meus filhos|minha familia|minha mae|minha esposa"
    r"|meu marido|minha filha|meu filho|minhas filhas|meus netos)\b",
    # Bleeding and used to it.
    r"\bsangr\w{1,5}\b(?: \w{1,20}){0,6} (?:ja fiz isso antes|ja (?:to|estou) acostumad[oa]"
    r"|nao e a primeira vez|sei o que (?:to|estou) fazendo)\b",
    # Sorry for everything and thanks for everything, together: a goodbye.
    r"\b(?:desculp\w{1,3}|perdao|me perdo\w{1,3}) por tudo\b(?: \w{1,20}){0,3} obrigad[oa] por"
    r" tudo\b",
    r"\bobrigad[oa] por tudo\b(?: \w{1,20}){0,3} (?:desculp\w{1,3}|perdao|me perdo\w{1,3}) por"
    r" tudo\b",
    # Picturing one's own funeral.
    r"\b(?:imagin\w{1,6}|pens\w{1,6} (?:em|no)|sonh\w{1,6} com|planej\w{1,6}) (?:como seria )?"
    r"(?:o )?meu (?:proprio )?(?:velorio|enterro|funeral)\b",
    r"\bquem (?:e que )?(?:iria|viria|ia|vai|choraria|apareceria) (?:no|ao|pro) meu"
    r" (?:velorio|enterro|funeral)\b",
    # "If I don't answer tomorrow, it's fine."
    r"\bse (?:amanha )?eu (?:nao|n) (?:responder|aparecer|der noticia|mandar mensagem)(?: amanha"
    r"| mais| depois)?(?: (?:ta|esta))? (?:tudo bem|tudo certo|ta bom)$",
    r"\bse (?:amanha )?eu (?:nao|n) (?:responder|aparecer|der noticia)\b(?: \w{1,20}){0,4}"
    r" (?:(?:nao|n) se preocupa|ja sabe|saiba que|nao fica triste)\b",
    # A day chosen after no one cares.
    r"\b(?:ninguem|nem) (?:\w{1,20} ){0,2}(?:liga|ligam|se importa|se importam|sentiria|notaria)\b"
    r"(?: \w{1,20}){0,3} (?:ja )?(?:escolhi|marquei|decidi) (?:o dia|a data)\b",
]

IN_DANGER_STATEMENTS += [
    # Threatened with a weapon, any blade or tool.
    r"\bme (?:ameac\w{1,5}) (?:\w{1,20} ){0,2}(?:com|c) (?:a|uma|o|um|aquel[ae]|sua|seu)"
    r" (?:arma|faca|facao|revolver|pistola|canivete|tesoura|martelo|taco|garrafa|cinto|espingarda"
    r"|navalha|estilete)\b",
    r"\bameac\w{1,5} me com (?:a|uma|o|um) (?:canivete|tesoura|martelo|navalha|estilete)\b",
    # A gun taken out and left in view.
    r"\b(?:ele|ela|marido|namorad[oa]|ex|companheir[oa]|esposa)(?: \w{1,20}){0,3} (?:tirou|deixou"
    r"|botou|pos|largou|carregou|carregando|limpando|limpou|exibiu) (?:a |uma |o |um )?(?:arma"
    r"|revolver|pistola|espingarda|cacadeira)\b(?! (?:de brinquedo|de agua|de paintball|do jogo))",
    r"\b(?:arma|revolver|pistola)\b(?: \w{1,20}){0,6} (?:em cima da mesa|na mesa|do lado do prato"
    r"|a vista)\b(?: \w{1,20}){0,3} (?:enquanto|quando) (?:falava|fala|discutia|discute|a gente)\b",
    # Threats of finding her with someone else.
    r"\bse (?:me )?(?:ver|vir|pegar|encontrar|flagrar) (?:me )?com (?:outr[oa]|alguem|um cara|uma"
    r" mina|ele|ela)\b(?: \w{1,20}){0,3} (?:(?:me|te) )?(?:mata|matar|vai matar|acaba com"
    r"|arrebenta)\b",
    # The ex let himself in after the lock was changed.
    r"\b(?:meu|minha|o|a) ex (?:\w{1,20} ){0,2}(?:entrou|invadiu|entra) (?:no meu|na minha|em casa"
    r"|la em casa|aqui em casa|no apartamento|na casa)\b",
    r"\b(?:troquei|trocado|mudei|mudado) (?:a|as) fechaduras?\b(?: \w{1,20}){0,3} (?:e mesmo assim"
    r"|mas mesmo assim|mas (?:ele|ela) (?:entrou|conseguiu))\b",
    # Mobility aids taken away.
    r"\b(?:esconde|escondeu|tira|tirou|leva|levou|pega|pegou|tranca|trancou) (?:a |as )?(?:minha"
    r"|minhas) (?:cadeira de rodas|muleta|muletas|bengala|andador)\b(?! (?:pra consertar|pro"
    r" conserto|sem querer|pra limpar))",
    # Biting and scratching that leaves marks.
    rf"\b{_HE} (?:\w{{1,20}} )?(?:me (?:morde|mordeu|mordia|arranha|arranhou|arranhava|belisca"
    r"|beliscou)|(?:morde|mordeu|arranha|arranhou|belisca|beliscou) me)\b(?: \w{1,20}){0,8}"
    r" (?:marca|marcas|roxo|roxa|roxos|sangrar|sangue|raiva|briga|brava|bravo|nervos[oa])\b",
    # Grown children and other kin pushing an elder around.
    r"\b(?:meu filho|minha filha|meu neto|minha neta|meu genro|minha nora|meu sobrinho|minha"
    r" sobrinha)\b(?: \w{1,20}){0,6} me (?:empurra|empurrou|bate|bateu|agride|agrediu|tranca"
    r"|trancou|ameaca|ameacou)\b(?! (?:sem querer|brincando|no balanco|na piscina|no carrinho"
    r"|na cadeira de rodas|de leve)\b)",
]

MIGHT_HURT_STATEMENTS += [
    # Catching them together.
    r"\bse (?:eu )?(?:ver|vir|pegar|encontrar|flagrar|souber)\b(?: \w{1,20}){0,8} (?:eu )?(?:acabo"
    r" com|mato|arrebento|quebro|meto a mao em) (?:os dois|as duas|eles|ela|ele|ambos|esse cara"
    r"|essa mina|aquele cara|aquela mina)\b" + _NOT_JOKING,
    # Close to exploding at a child.
    r"\b(?:to|estou|tou|ando) (?:quase|a ponto de|prestes a|por um triz de) (?:explodindo|explodir"
    r"|perdendo a cabeca|perder a cabeca|surtando|surtar|perdendo o controle|perder o controle)"
    r" com (?:o |a )?(?:meu filho|minha filha|meus filhos|as criancas|o bebe|meu bebe|os meninos"
    r"|o menino|a menina|ele|ela)\b",
    # The wall beside the head, "next time it may not be the wall".
    r"\b(?:soquei|esmurrei|chutei|bati|quebrei|dei um soco n\w{1,2}) (?:a |na )?(?:parede|porta"
    r"|mesa|espelho)\b(?: \w{1,20}){0,3} (?:do lado|ao lado|perto) da cabeca d(?:ele|ela)\b",
    r"\ba proxima (?:vez )?(?:pode|vai|talvez) (?:nao|n) (?:ser|seja) (?:a |na )?(?:parede|porta"
    r"|mesa)\b",
    # Running someone over, near enough.
    r"\bquase (?:passei|passo) (?:com o carro )?por cima d(?:ele|ela)\b",
    # Taking the pain out on the partner.
    r"\b(?:desconto|descontei|descontando) (?:tudo )?(?:na|no) (?:minha|meu) (?:esposa|mulher"
    r"|marido|namorad[oa]|companheir[oa]|filh[oa])\b(?: \w{1,20}){0,4} (?:taquei|joguei|bati"
    r"|empurrei|soquei)\b",
]

CONTROLLED_STATEMENTS += [
    # Dreading his reaction to an ordinary purchase or visit.
    r"\b(?:medo|pavor|nervos[oa]|tremendo) (?:\w{1,20} ){0,4}(?:ele|ela) (?:vai |va |iria )?"
    r"(?:reagir|fazer|ficar)\b(?: \w{1,20}){0,2} (?:se|quando) (?:descobrir|souber|ver) que"
    r" (?:eu )?(?:comprei|gastei|sai|fui|falei|conversei|encontrei|vou)\b",
    # Ultimatums about going out.
    r"\b(?:disse|diz|falou|fala|avisou|ameac\w{1,4}|deixou claro)(?: que)? se eu (?:for|sair|ir"
    r"|viajar|usar|vestir|falar|ver|encontrar|aceitar|voltar)\b(?: \w{1,20}){0,6} (?:pode esquecer"
    r"|(?:ele|ela) (?:termina|me larga|me deixa|vai embora|some|acaba tudo)|acabou|ta terminado)\b",
    # Every expense approved.
    r"\b(?:todo|cada|qualquer) (?:gasto|compra|centavo|pix|real)\b(?: \w{1,20}){0,4} (?:pra|para)"
    r" (?:ele|ela) (?:aprovar|autorizar|conferir|liberar)\b",
    r"\b(?:todo|cada|qualquer) (?:gasto|compra|centavo|centimo|pix|euro|real)\b(?: \w{1,20}){0,3}"
    r" (?:aprovad[oa]|autorizad[oa]) (?:por|pel[oa]) (?:ele|ela|meu marido|meu namorado)\b",
    r"\b(?:ele|ela) (?:tem que |precisa |quer )?(?:aprovar|autorizar) (?:todo|cada|qualquer|meus"
    r"|todos os meus|todas as minhas)"
    r" (?:gasto|gastos|compra|compras)\b",
    # Checking up in person, recording in secret.
    r"\b(?:foi|vai|ia|aparece|apareceu) (?:\w{1,20} ){0,3}conferir com quem (?:eu )?(?:tava|estava"
    r"|to|estou)\b",
    r"\b(?:gravou|grava|gravava|escutou|escuta|ouviu|ouve) (?:escondido |escondida"
    r" |as escondidas )?(?:as |a )?minhas? (?:ligac\w{1,4}|conversas?|chamadas?|audios?)\b",
    r"\b(?:gravou|grava|gravava|me filmou|me filma|me gravou|me grava) (?:\w{1,20} )?(?:escondido"
    r"|escondida|as escondidas|sem eu saber)\b" + _NOT_JOKING,
    # Blaming oneself for his temper.
    r"\b(?:eu que errei|a culpa (?:e|foi) minha|eu mereci|eu provoquei|foi culpa minha)\b"
    r"(?: \w{1,20}){0,10} (?:ele|ela) (?:so )?(?:fica|ficou|age|reage|fez|faz) (?:assim|isso)\b",
    # Told to quit therapy; a short delay, an hour's questioning; a pension taken.
    r"\b(?:pediu|mandou|quer|exige|obrigou|obriga) (?:me )?(?:a |pra |que )?(?:eu )?(?:largar"
    r"|larg\w{1,2}|parar|par\w{1,2}|sair|deixar|deix\w{1,2}|abandonar) (?:a|da|de) (?:terapia"
    r"|psicologa|psicologo)\b",
    r"\bensai\w{1,5} (?:como|o que) (?:falar|contar|dizer|pedir) (?:pra|para|pro|a) (?:ele|ela|meu"
    r" marido|meu namorado|minha mulher|minha namorada)\b(?: \w{1,20}){0,2} que (?:eu )?vou\b",
    r"\b(?:atraso|demora|demorei|atrasei)\b(?: \w{1,20}){0,2} (?:interrogatorio|inquerito"
    r"|sabatina)\b",
    r"\b(?:pega|pegou|fica com|ficou com|tira|tirou|saca|sacou) (?:toda )?(?:a )?minha"
    r" (?:aposentadoria|pensao)\b",
]

# -- extended on pt_tuning_i (2026-12-03): rarely heard voices (the old, widowed, ill, disabled,
# trans, shift workers), families of phrasings, not single messages ----------------------------

SELF_HARM_STATEMENTS += [
    # Why stay, now that they are gone ("pra que eu fico aqui ainda").
    r"\b(?:pra|para|por) que (?:eu )?(?:ainda )?(?:fico|ficar|continuo|continuar|to|estou|sigo"
    r"|seguir) (?:aqui|viv[oa]|vivendo|nesse mundo|neste mundo)(?: ainda$| ainda\b| sem (?:ele"
    r"|ela)\b|$)",
    r"\bnao (?:tem|ha|vejo) (?:mais )?(?:porque|por que|pra que|para que|motivo|razao|sentido)"
    r" (?:pra |para |de |em )?(?:eu )?(?:continuar|seguir|ficar) (?:viv[oa]|vivendo|aqui"
    r"|respirando|existindo)\b",
    # Asking God to take them in their sleep.
    r"\b(?:peco|pedi|pedindo|rezo|rezando|oro|orando|imploro) (?:\w{1,20} ){0,3}(?:pra|para|que)"
    r" (?:deus|ele|o senhor|jesus|nossa senhora) me (?:levar|leve|levasse|buscar|busque|chamar"
    r"|recolher)\b",
    r"\b(?:que )?(?:deus|o senhor|jesus) me (?:leve|levasse|busque|recolha) (?:logo|de uma vez"
    r"|dormindo|durante o sono|essa noite|esta noite)\b",
    r"\bme (?:levar|leve|levasse) (?:dormindo|durante o sono|enquanto (?:eu )?durmo)\b",
    # Going to meet the dead ("quero ir logo encontrar meu marido no céu").
    r"\b(?:quero|queria|vou|so quero|so penso em|preciso|vontade de|pronta pra|pronto pra)"
    r" (?:ir )?(?:logo )?(?:encontrar|reencontrar|ficar com|estar com|me juntar a|me juntar ao"
    r"|me juntar com) (?:o |a )?(?:meu|minha) \w{1,20} (?:no ceu|la em cima|do outro lado"
    r"|no paraiso)\b",
    r"\b(?:quero|queria|vontade de|so quero|pedindo pra) (?:logo )?ir (?:logo )?(?:pro ceu"
    r"|para o ceu|morar com deus|junto com (?:ele|ela) pro ceu)\b",
    # A letter hidden where family will find it.
    r"\b(?:deixar|deixei|deixo|deixando|escrevi|escrevo|escrevendo) (?:a |uma |as |umas )?cartas?"
    r" (?:pro|pra|para o|para a|aos|as) (?:meu|minha|meus|minhas|o|a|os|as) \w{1,20}\b"
    r"(?: \w{1,20}){0,3} (?:embaixo|debaixo|dentro|atras|em cima) d(?:a|o|os|as) (?:biblia"
    r"|travesseiro|colchao|gaveta|porta retrato|caixa|cama)\b",
    # A deadline, then "I'll sort it my way".
    r"\bse (?:\w{1,20} ){0,4}(?:nao|n) (?:passar|melhorar|mudar|acabar|parar)\b(?: \w{1,20}){0,4}"
    r" (?:eu )?(?:resolvo|vou resolver|dou um jeito|acabo com (?:isso|tudo)|resolvo isso)"
    r" (?:do meu jeito|de vez|eu mesm[oa]|por mim mesm[oa]|por conta propria)\b",
    # Switching off for good.
    r"\b(?:pensando em|penso em|pensei em|quero|queria|vontade de|vou) (?:me )?(?:desligar"
    r"|apagar) (?:de vez|de uma vez|pra sempre|para sempre|desse mundo|deste mundo|da vida)\b"
    r"(?! (?:do|da|dos|das|dessa|desse|disso|deste|desta) (?!mundo\b|vida\b))",
    # The pet given away, "after that it's all settled".
    r"\b(?:dou|dei|doei|vou dar|vou doar|deixo|entreguei|entrego) (?:o |a )?(?:meu|minha|meus"
    r"|minhas) (?:cachorr\w{1,2}|gat[oa]s?|cao|caes|bichos?|pets?|passarinho|calopsita)\b"
    r"(?: \w{1,20}){0,12} (?:depois|ai|entao) (?:fica|ta|esta|vai ficar) tudo (?:certo|resolvido"
    r"|pronto|em ordem)\b",
    # The rails, one step.
    r"\b(?:trilhos?|linha do (?:trem|metro|comboio)|plataforma|beirada|parapeito)\b"
    r"(?: \w{1,20}){0,8} (?:dar um passo|dar so um passo|so um passo|um passo (?:a|pra) frente)\b",
    # The last day they will see me.
    r"\b(?:hoje|amanha|essa noite|esta noite) (?:e|sera|vai ser) (?:o |a )?(?:meu |minha )?"
    r"ultim[oa] (?:dia|vez|noite) (?:que|em que) (?:\w{1,20} ){0,2}me (?:ve|vera|vai ver|veem"
    r"|verao)\b",
    r"\b(?:nao sabe|ninguem sabe|nem desconfia|nem imagina)\b(?: \w{1,20}){0,3} (?:hoje|amanha)"
    r" (?:e|sera) (?:o )?(?:meu )?ultimo dia\b(?! (?:de|do|da|no|na|util|antes)\b)",
    # How many pills kill.
    r"\bquant[oa]s? (?:de )?(?:remedios?|comprimidos?|pilulas?|gotas|caixas?|cartelas?|mg"
    r"|miligramas)(?: de \w{1,20})? (?:precisa|e preciso|precisaria|mata|matam|mataria|matariam"
    r"|e letal|sao letais|pra matar|pra morrer|da overdose)\b",
    r"\bmata(?:m|ria|riam)? (?:uma pessoa|alguem|um adulto) (?:de|com) \d{2,3} ?(?:kg|quilos)\b",
    # When I'm not here any more ("quando eu não tiver mais aqui"); insurance that provides.
    r"\b(?:quando|caso|se) eu (?:\w{1,20} )?nao (?:tiver|tivesse|estiver|estivesse) mais aqui\b",
    r"\bseguro de vida\b(?: \w{1,20}){0,8} (?:amparad[oa]s?|cobre suicidio|paga (?:em caso de|se"
    r" for) suicidio|carencia)\b",
    # No one will need to worry after today.
    r"\b(?:ninguem|nenhum de voces|voces|vcs|ngm) (?:nao )?(?:mais )?(?:vai|vao|precisa|precisam)"
    r" (?:mais )?(?:precisar )?(?:se )?preocupar comigo (?:depois de (?:hoje|amanha|essa noite"
    r"|esta noite)|nunca mais|a partir de (?:hoje|amanha))\b",
    # Means bought, "not for the car".
    r"\b(?:gasolina|galao|alcool|corda|veneno|carvao|chumbinho|gilete|laminas?)\b(?: \w{1,20}){0,4}"
    r" (?:nao e|nao sao|nao era) (?:pro|pra|para o|para a|pros|pras) (?:carro|moto|ratos?"
    r"|churrasco|cortador|gerador|lareira|baratas|formigas|varal)\b",
    # Tried before, "the third time will work".
    r"\bja tentei (?:\d{1,2}x|\d{1,2} vezes|duas vezes|tres vezes|uma vez|antes)\b"
    r"(?! \w{1,20}(?:ar|er|ir)\b)(?: \w{1,20}){0,6} (?:(?:a|na) (?:terceira|segunda|quarta"
    r"|proxima)(?: vez)? (?:da|vai dar|eu consigo) certo|(?:dessa|desta) vez (?:da|vai dar) certo"
    r"|(?:a|na) (?:terceira|segunda|quarta|proxima)(?: vez)? (?:eu consigo|nao falha))\b",
    # Took everything in the drawer.
    r"\b(?:tomei|engoli) tudo (?:o )?que (?:tinha|achei|havia) (?:na|no|da|do) (?:gaveta|armario"
    r"|caixa|farmacinha|bolsa|necessaire|caixinha)\b",
    # Stopping insulin or other medicine to die.
    r"\b(?:parar|parei|largar|larguei|deixar|deixei|suspender|parando|parar de tomar|parei de"
    r" tomar) (?:a |o |os |as )?(?:insulina|remedios? do coracao|remedios? da pressao|medicacao"
    r"|anticoagulante|dialise|hemodialise|quimio)\b(?: \w{1,20}){0,6} (?:ja chega|ninguem vai"
    r" (?:notar|perceber)|ate ser tarde|de proposito|pra acabar|e pronto)\b",
    r"\bninguem vai (?:notar|perceber) ate ser tarde\b",
    # A tall building with no one watching.
    r"\b(?:sabe|sabem|conhece|conhecem|onde tem|me indica|procurando) (?:algum|alguma|um|uma)"
    r" (?:predio|edificio|ponte|viaduto|lugar|terraco) (?:bem |muito )?alt[oa] (?:sem (?:porteiro"
    r"|grade|grades|tela|seguranca|ninguem)|com acesso (?:ao|pro) (?:terraco|telhado)|aberto)\b",
    # A goodbye no one noticed.
    r"\bme despedi (?:d[aoe]s?|de) (?:minha |meu |meus |minhas )?(?:mae|pai|filh\w{1,3}"
    r"|irm\w{1,3}|familia|esposa|marido|mulher|vo|avo|netos?|netas?)\b(?: \w{1,20}){0,3}"
    r" (?:(?:ela |ele |eles |elas )?(?:nem|ninguem) (?:percebeu|perceberam|notou|notaram"
    r"|desconfiou|desconfiaram)|sem (?:ela|ele|eles|elas|ninguem) (?:perceber|saber|notar))\b",
]

IN_DANGER_STATEMENTS += [
    # Threats of setting fire.
    r"\b(?:ameac\w{1,4}|disse que (?:vai|ia)|jurou que (?:vai|ia)|falou que (?:vai|ia)) (?:de )?"
    r"(?:botar|tacar|meter|atear|por|colocar|pegar) fogo (?:na|no|em) (?:minha|meu|nossa|nosso"
    r"|casa|carro|apartamento|mim|tudo)\b",
    r"\bameac\w{1,4} (?:de )?incendiar\b",
    # Insulin and medicine hidden to keep her dependent.
    rf"\b{_HE} (?:\w{{1,20}} ){{0,2}}(?:escondeu|esconde|escondia|tirou|tira|jogou fora|joga fora)"
    r" (?:a |o |os |as )?(?:minha|meu|meus|minhas) (?:insulina|remedios?|medicacao|medicamentos?"
    r"|bombinha|inalador|oxigenio|comprimidos)\b(?! (?:pra|para) (?:eu )?nao (?:tomar|exagerar"
    r"|fazer besteira))",
    r"\b(?:disse|diz|fala|falou) que sem (?:ele|ela) (?:eu )?(?:morro|morreria|nao sobrevivo)\b",
    # "Today the punch landed on my shoulder."
    r"\b(?:o|os|um|uns|esse|aquele) (?:soco|socos|tapa|tapas|chute|chutes|murro|murros|empurrao"
    r"|tabefe|pontape|pontapes|bofetada) (?:pegou|pegaram|acertou|acertaram|bateu|deixou marca)"
    r" (?:no|na|nos|nas|em) (?:meu|minha|meus|minhas) (?:ombro|braco|rosto|cara|olho|costas"
    r"|barriga|cabeca|perna|boca|nariz|costela|costelas|peito)\b",
    # A child's "secret games" with an adult, crying when he comes.
    r"\b(?:brincadeiras?|jogos?) (?:de |do |com )?segredos?\b",
    r"\bchora (?:toda vez|sempre) que (?:o|esse|aquele) (?:tio|padrasto|vizinho|avo|primo"
    r"|namorado da mae)\b",
    # Left locked in.
    r"\bme (?:deixa|deixou|deixava|mantem|manteve) trancad[oa] (?:no|na|em|dentro|fora)\b",
]

MIGHT_HURT_STATEMENTS += [
    # A slap harder than meant, on a child or partner ("dei" is read as "die").
    r"\b(?:dei|die) (?:um |uns )?(?:tapa|tapas|tapao|soco|murro|tabefe|bofetada|cintada"
    r"|empurrao)(?: \w{1,20}){0,3} (?:no|na|nos|nas) (?:meu|minha|meus|minhas|nosso|nossa)"
    r" (?:filh\w{1,3}|bebe|menin\w{1,3}|crianca|criancas|esposa|mulher|marido|namorad\w{1,2}"
    r"|companheir\w{1,2}|enteado|enteada)\b",
    # A pillow over the face.
    r"\b(?:vontade de|penso em|pensei em|quase) (?:botar|colocar|enfiar|apertar|segurar)"
    r" (?:o |um )?travesseiro (?:na|no|sobre a|sobre o|contra a) (?:cara|rosto|boca)"
    r" d(?:ele|ela|o meu|a minha)\b",
    # Shaking a baby, girl or boy.
    r"\b(?:sacudir|chacoalhar|sacudi|chacoalhei) (?:o|a|meu|minha|nosso|nossa) (?:bebe|nenem"
    r"|neném|filh[oa]|crianca)\b",
]

CONTROLLED_STATEMENTS += [
    # Everything just as he likes, "or else".
    r"\b(?:jeito|jeitinho) (?:que )?(?:ele|ela) (?:gosta|quer|exige)\b(?: \w{1,20}){0,3}"
    r" (?:senao|se nao|ou entao)\b",
    # He speaks for her even at the doctor's.
    r"\b(?:responde|respondeu|fala|falou) por mim (?:\w{1,20} ){0,2}(?:no medico|na consulta|nas"
    r" consultas|no hospital|ate no|ate na|na frente d\w{1,2}|em tudo)\b",
    # Afraid of being a few minutes late.
    r"\b(?:medo|pavor) de (?:chegar|voltar) (?:\d{1,3} ?(?:min|mins|minutos)|uns minutos|\w{1,10}"
    r" minutos) atrasad[oa]\b(?! (?:na|no|pra|para|em|ao|a) (?:prova|entrevista|trabalho|aula|voo"
    r"|aeroporto|reuniao|consulta|escola|show|casamento|vestibular|enem|faculdade|onibus)\b)",
    # Therapy read as betrayal or forbidden.
    r"\b(?:diz|disse|fala|falou|acha) que se eu (?:fizer|for (?:na|pra|a)|procurar) (?:terapia"
    r"|psicolog\w{1,2}|terapeuta|ajuda)\b(?: \w{1,20}){0,3} (?:e porque|e pra|vou|quero)\b",
    r"\b(?:nao (?:me )?deixa|proibiu|proibe|nao quer que) (?:eu )?(?:fazer|faca|ir (?:na|pra|a))"
    r" (?:terapia|psicolog\w{1,2}|terapeuta)\b",
    # Jealous of everyone, even her sister.
    r"\bnao (?:suporta|aguenta|admite|aceita|gosta de) me ver (?:conversando|falando|saindo|rindo)"
    r" com (?:ninguem|outr[oa]s?|outras pessoas|meus amigos|minhas amigas|minha familia|minha"
    r" irma|minha mae|homem|mulher)\b",
    r"\bciumes? (?:ate )?(?:da minha|do meu) (?:irma|irmao|mae|pai|familia)\b",
    # "Not even X does he allow."
    r"\bnem (?:sair|dormir|ir|ver|visitar|ligar|falar|trabalhar|estudar|usar|viajar|passear)\b"
    r"(?: \w{1,20}){0,10} (?:ele|ela|meu marido|meu namorado|minha mulher|minha namorada)"
    r" (?:me )?deixa(?:va)?\b(?! de\b)",
    # Changing how she speaks when he is around, to avoid a fight.
    r"\bmud(?:o|ei|ar|ando) (?:ate )?(?:o )?meu jeito de (?:falar|vestir|ser|rir|andar|me vestir)\b"
    r"(?: \w{1,20}){0,2} (?:quando|se|perto|na frente|por causa) (?:\w{1,20} )?(?:ele|ela|dele"
    r"|dela)\b",
    r"\b(?:quando|se) (?:ele|ela) (?:ta|esta|estiver) (?:por perto|em casa|perto)\b"
    r"(?: \w{1,20}){0,3} (?:pra|para) (?:nao|n) (?:dar|ter|virar|arrumar) (?:briga|confusao"
    r"|problema|discussao)\b",
]

RECOVERED += [
    # Past thoughts, now in therapy and well.
    r"\b(?:antigamente|na adolescencia|anos atras|quando eu era)\b.{0,60}\b(?:hoje|agora|hoje em"
    r" dia|ja)(?: \w{1,20}){0,4} (?:faco terapia|to bem|estou bem|to melhor|estou melhor)\b"
    r"(?! (?:por fora|so por fora|na frente))",
]

# Football: "palmeiras perdeu de novo, vontade de morrer".
SPORT = [
    r"\b(?:palmeiras|corinthians|timao|flamengo|mengao|fluminense|vasco|botafogo|santos|sao paulo"
    r"|gremio|inter|internacional|cruzeiro|atletico|galo|bahia|fortaleza|benfica|porto|sporting"
    r"|verdao|meu time|o time|a selecao)\b(?: \w{1,20}){0,3} (?:perdeu|perde|perdendo|tomou|levou"
    r"|caiu|foi eliminad[oa]|foi rebaixad[oa]|empatou|rebaixad[oa])\b",
]

LANGUAGE = Language(
    code="pt",
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
        Concern.SELF_HARM: [*RECOVERED, *FICTION, *SPORT],
        Concern.IN_DANGER: [*BEHIND_ME, *PLAYFUL, *FICTION, *HELPING],
        Concern.MIGHT_HURT: [*RECOVERED, *PLAYFUL, *FICTION, *SPORT],
        Concern.CONTROLLED: [*BEHIND_ME, *FICTION, *HELPING],
    },
    spellings=SPELLINGS,
)
