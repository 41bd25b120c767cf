"""Brazilian Portuguese: what people write about themselves when they are at risk, and the
look-alikes (figures of speech, films, the past) that must be left alone. Tuned on
`tests/safety_corpus/pt_tuning.tsv`.

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
    r"|risada|riso|tedio)\b)"
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
    r"|sumir|deixar de existir|nao existir)\b",
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
    r" (?:ele|ela)))" + _NOT_JOKING,
    r"\b(?:juntando|guardando|acumulando|guardei|juntei|comprei) (?:\w{1,20} ){0,2}(?:remedio"
    r"|remedios|comprimido|comprimidos|pilulas|calmantes)\b(?! (?:pra|para) (?:a|o) (?:viagem"
    r"|gripe|dor))",
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
    r"\b(?:comprei|arrumei|tenho) (?:uma )?corda\b",
    r"\bme perdoem por tudo\b",
    r"\b(?:deixei|dei|entreguei|pedi) (?:\w{1,20} ){0,6}caso (?:aconteca|acontece) (?:alguma coisa"
    r"|algo) comigo\b",
    r"\b(?:deixei|dei|entreguei) (?:\w{1,20} ){0,6}se (?:algo|alguma coisa) acontecer comigo\b",
    r"\bme (?:arranho|cocu|coco|belisco|mordo) (?:\w{1,20} ){0,2}ate sangrar\b",
    r"\b(?:sobro|to sobrando|estou sobrando) (?:nesse|neste) mundo\b",
    r"\bninguem (?:ia|iria|vai) sentir (?:minha )?falta\b",
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

_HIT = (
    r"(?:bate|bateu|bateuu|batia|agride|agrediu|agredia|espanca|espancou|espancava|enforcou|enforca"
    r"|estrangulou|estrangula|chutou|chuta|chutava|estuprou|estupra|violentou|machuca|machucou"
    r"|machucava|esmurrou|socou|soca|esbofeteou|sufocou|sufoca|queimou|mordeu)"
)

IN_DANGER_STATEMENTS = [
    rf"\b{_HE} (?:\w{{1,20}} )?{_ME} {_HIT}\b(?! (?:sem querer|brincando|com (?:o|a) (?:brinquedo"
    r"|bola|travesseiro|almofada)))",
    rf"\b{_ME} {_HIT}\b(?! (?:sem querer|brincando|com (?:o|a) (?:brinquedo|bola|travesseiro"
    r"|almofada)|na (?:academia|bola|piscina)))",
    r"\b(?:me )?(?:deu|dava|da) (?:um |uns )?(?:tapa|tapas|soco|socos|chute|chutes|murro|murros"
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
    r"|arrebentar)\b",
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
    r"|nao gostar|achar|descobrir|ver|saber|brigar comigo por))",
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
    r"\b(?:tenho|to com) medo de (?:machucar|bater|matar|agredir|perder o controle)\b",
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
    r"\bquase (?:enforquei|matei|estrangulei|bati n)\w{0,3}\b",
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
    r"|salario|celular|cartao|roupas|saidas|gastos)\b",
    r"\bcontrola tudo (?:o )?que eu (?:faco|gasto|visto|como)\b",
    r"\b(?:mexe|mexia|olha|olhava|vasculha|fucou|fuca|revista|checa|le|lia) (?:no |o |meu |no meu"
    r" |todas as |minhas )?(?:celular|cel|whatsapp|mensagens|conversas|email|redes)\b"
    r"(?! (?:pra mim|quando eu peco))",
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
]

BEHIND_ME = [
    r"\b(?:isso )?ja passou\b",
    r"\b(?:hoje|agora|hj) (?:to|estou|eu to|eu estou) (?:bem|segura|seguro|feliz|tranquila)\b",
    r"\b(?:anos|muito tempo) atras\b",
    r"\brelacionamento anterior\b",
    r"\bhoje (?:to|estou) com alguem que\b",
]

RECOVERED = [
    r"\b(?:na adolescencia|anos atras|quando eu era|antigamente|antes)\b.{0,60}\b(?:a terapia me"
    r" ajudou|me ajudou muito|hoje (?:to|estou) bem|ja (?:to|estou) bem|superei|ja perdoei)\b",
    r"\b(?:odeio|detesto) (?:as |os |a |o )?\w{1,20}\b.{0,40}\b(?:k|kk|haha\w{0,6}"
    r"|rsrs\w{0,4})\b",
]

FICTION = [
    r"\b(?:o|a|os|as) (?:personagem|personagens|protagonista|vilao|vila)\b",
]

PLAYFUL = [
    r"\b(?:brincando|de brincadeira|cocegas|guerra de travesseiro|a gente riu)\b",
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
}

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
        Concern.SELF_HARM: [*RECOVERED, *FICTION],
        Concern.IN_DANGER: [*BEHIND_ME, *PLAYFUL, *FICTION],
        Concern.MIGHT_HURT: [*RECOVERED, *PLAYFUL, *FICTION],
        Concern.CONTROLLED: [*BEHIND_ME, *FICTION],
    },
    spellings=SPELLINGS,
)
