"""Spanish: what people write about themselves when they are at risk, and the look-alikes
(figures of speech, films, the past) that must be left alone. Tuned on
`tests/safety_corpus/es_tuning.tsv`; Spain and Latin America alike (celular, móvil, cel).

Patterns read folded text: no accents, "ñ" is "n", no punctuation ("me hago daño" is
"me hago dano", "él" is "el"). Spanish drops the subject, so most patterns start at the object
pronoun: "me pega", "me amenazó", "no me deja". Every pattern is bounded (see
`bot/engine/safety.py`).
"""

from __future__ import annotations

from bot.engine.safety import Concern, Language

_W = r"\w{1,20}"
_ME = r"(?:me|m)"
_WANT = (
    r"(?:quiero|kiero|qiero|kero|quisiera|voy a|deseo|tengo ganas de|ganas de|pienso en|pensando en"
    r"|pensado en|me gustaria|necesito|prefiero|solo quiero|decidi|he decidido)"
)
_PARTNER = (
    r"(?:novio|novia|marido|esposo|esposa|mujer|pareja|ex|padrastro|madrastra|padre|madre|papa"
    r"|mama|hijo|hija|hijos|hijas|ninos|nenes|bebe|chico|chica)"
)
# Dying of something ordinary: "me muero de risa", "me quiero morir de la vergüenza".
_OF_LAUGHTER = (
    r"(?! (?:de|del|por) (?:la |el |un |una )?(?:risa|verguenza|pena|hambre|sed|calor|frio|ganas"
    r"|sueno|envidia|amor|aburrimiento|asco|susto|miedo|cansancio|nervios|ternura|gusto|placer"
    r"|emocion|cafe|chocolate|comer|ir|ver|saber|estar)\b)"
)
# Not followed within a dozen words by a laugh: "te mato si te comes mi postre jaja".
_NOT_JOKING = (
    r"(?!(?: \w{1,20}){0,12} (?:jaja\w{0,8}|jeje\w{0,8}|jiji\w{0,8}|xd|lol|es broma|de broma"
    r"|broma)\b)"
)
# Ordinary hitting: a virus, a fright, a child by accident, play.
_NOT_HIT = (
    r"(?! (?:la gripe|el resfriado|el virus|el covid|un susto|una foto|un grito|sin querer"
    r"|jugando|de broma|con (?:el|la) (?:juguete|pelota|almohada|cojin)|el sol|la mania))"
)

SELF_HARM_STATEMENTS = [
    rf"\b{_WANT} (?:morir(?:me)?|m0rir|matarme|suicidarme|quitarme la vida|acabar con mi vida"
    r"|terminar con mi vida|acabar con todo|desaparecer para siempre|dejar de existir|ahorcarme"
    r"|colgarme|hacerme dano|lastimarme|cortarme|no existir|no despertar)\b" + _OF_LAUGHTER,
    rf"\b{_ME} (?:quiero|kiero|qiero|voy a|quisiera|dan ganas de) (?:morir|matar|suicidar|ahorcar)"
    r"\b" + _OF_LAUGHTER + r"(?! (?:a |de )?(?:estudiar|trabajar|correr|entrenar|estudiando"
    r"|trabajando|corriendo|entrenando|en el gimnasio))",
    r"\bme (?:quiero|voy a|kiero) tirar (?:del|de un|desde|por|a las|al|bajo)\b"
    r"(?! (?:la |el )?(?:piscina|agua|sofa|cama|playa|mar|rio|suelo de risa))",
    r"\btirarme (?:del|de un|desde|por la ventana|por el balcon|a las vias|al tren|bajo)\b",
    r"\bno quiero (?:vivir|seguir viviendo|estar vivo|estar viva|existir|despertar(?! temprano"
    r"| pronto| tarde| a las| antes))\b",
    r"\bya no quiero (?:vivir|seguir|estar aqui|existir)\b",
    r"\b(?:ojala|quisiera|desearia) (?:me muriera|me muera|estar muert[oa]|estuviera muert[oa]"
    r"|no (?:hubiera|haber) nacido|no despertara|no despertar|no despierte|desaparecer"
    r"|desapareciera|no existir|no existiera)\b",
    r"\b(?:estaria|estarian|estariamos|seria|serian|estarias|estan|estarias|viviria|vivirian)"
    r" (?:todos )?mejor (?:muert[oa]|sin mi|si me muero|si me muriera|si no estuviera)\b",
    r"\b(?:todos|mi familia|mis hijos|el mundo) (?:estarian|estaria|estan|serian|seria)"
    r" (?:\w{1,20} )?mejor sin mi\b",
    r"\bmas facil si (?:me muriera|me muero|no estuviera|desapareciera)\b",
    r"\bno (?:le )?(?:veo|encuentro|tiene) (?:ningun )?(?:sentido|razon) (?:a |de |para )?"
    r"(?:la vida|vivir|seguir viviendo|seguir vivo|seguir viva|mi vida)\b",
    r"\b(?:la|mi) vida no tiene sentido\b",
    r"\bno tengo (?:razones|motivos|razon|motivo|nada|por que|porque|para que) (?:para |por (?:que"
    r"|las que|los que) )?vivir\b",
    r"\bnada por (?:lo )?que vivir\b",
    r"\b(?:vuelto|volvi|vuelvo|volvere) a (?:cortarme|cortar(?:me)? (?:los|las|el|la|mis)"
    r" (?:brazos|munecas|piernas|muslos|brazo|muneca|piel)|hacerme dano|lastimarme|quemarme)\b",
    r"\bme (?:volvi a )?cort(?:o|e|aba|ando)? (?:los|las|el|la|mis) (?:brazos|munecas|piernas"
    r"|muslos|brazo|muneca|piel|pierna|muslo|panza|barriga)\b(?! (?:con el papel|sin querer"
    r"|cocinando|cortando|pelando))",
    r"\bme (?:hago|hice|hacia|sigo haciendo) (?:cortes|heridas|dano a proposito)\b",
    r"\bme (?:quemo|queme|quemaba) (?:con (?:cigarros|cigarrillos|el encendedor|un encendedor"
    r"|el mechero|un mechero|cerillos|fosforos)|a proposito)\b",
    r"\bme (?:lastimo|lastime|lastimaba|hago dano|golpeo|pego|muerdo|rasguno|corto) a"
    r" proposito\b",
    r"\bme (?:autolesion\w{1,4}|corto(?! (?:el pelo|las unas|el flequillo|la barba|las puntas"
    r"|con el papel|cortando|sin querer|pelando|al cocinar|el dedo|un dedo|los puntos|la venda"
    r"|el yeso|la comida|la carne|el pan|el rollo|la luz)\b))",
    r"\b(?:tengo|tuve|me vienen|vuelven) (?:pensamientos|ideas) (?:suicidas|de (?:matarme"
    r"|suicidarme|morirme"
    r"|quitarme la vida|hacerme dano))\b",
    r"\bme siento suicida\b",
    r"\b(?:suicidarme|matarme|quitarme la vida)\b" + _NOT_JOKING,
    r"\b(?:juntando|guardando|acumulando|ahorrando|junte|guarde|compre) (?:\w{1,20} )?"
    r"(?:pastillas|pildoras|medicamentos|calmantes)\b",
    r"\b(?:tengo )?guardadas (?:las |unas )?(?:pastillas|pildoras)\b",
    r"\b(?:tomarme|tome|tomo|tragarme|trague) (?:todas (?:las|mis)|un monton de|muchas|una caja"
    r" de|el bote de|la caja de|el frasco de|todo el frasco de) (?:pastillas|pildoras"
    r"|medicamentos|calmantes)\b",
    r"\bcartas? de despedida\b(?! (?:del|de la|de mi|para mi) (?:trabajo|empresa|oficina|jefe"
    r"|companer\w{1,3}|jubilacion))",
    r"\b(?:deje|dejo|escribi) (?:una )?cartas? (?:a|para) (?:todos|mi familia|mis hijos|mi madre"
    r"|mis padres)\b",
    r"\besto es (?:una|mi) despedida\b",
    r"\bme despido (?:de (?:todos|ustedes|ti|vosotros) )?para siempre\b",
    r"\b(?:acabar|terminar) con (?:todo|mi vida|esta vida)\b(?! (?:lo que|el|la|los|las|de una)\b)",
    r"\b(?:harta|harto|cansada|cansado|agotada|agotado) de (?:vivir|existir|la vida|estar viv[oa]"
    r"|seguir viv[oa])\b",
    r"\bno (?:puedo|aguanto) mas (?:con )?(?:la|mi|esta) vida\b",
    r"\bmorir(?:me)? es lo (?:unico|que mas) (?:que )?(?:quiero|deseo|pienso)\b",
    r"\bquiero que (?:todo )?(?:se acabe|termine)(?: (?:ya|todo|para siempre))?\b"
    r"(?! (?:el|la|los|las|este|esta|de|pronto)\b)",
    r"\bquiero desaparecer\b(?! (?:de|del|una|un|unos|unas|en|a|por|con|hasta|esta|este|el|la"
    r"|los|las)\b)",
    r"\b(?:buscado|buscando|busque|busco|mirado|investigado) (?:como|formas de|maneras de)"
    r" (?:matarme|suicidarme|morir|hacerlo sin que duela|quitarme la vida)\b",
    r"\bya se como (?:lo voy a hacer|voy a hacerlo|hacerlo)\b",
    r"\bdormir(?:me)? y no (?:despertar|volver a despertar)\b",
    r"\bno (?:quiero|quisiera) despertar (?:manana|nunca|nunca mas|mas|otra vez)\b",
    r"\bno (?:le )?(?:veo|encuentro) (?:ninguna )?salida\b(?! (?:a|al|para|de|del)\b)",
    r"\bsolo pienso en (?:morir(?:me)?|la muerte|matarme|desaparecer)\b",
    r"\b(?:compre|tengo|consegui) (?:una )?(?:cuerda|soga)\b",
    r"\b(?:perdonenme|perdoname|perdonadme) por todo\b",
    r"\b(?:le deje|le di|deje|regale|le encargue|le pedi) (?:\w{1,20} ){0,6}por si me pasa algo\b",
    r"\b(?:me rasguno|me rasco|me araño|me arano|me pellizco|me muerdo) (?:\w{1,20} ){0,2}hasta"
    r" (?:sangrar|hacerme sangre|que sangra)\b",
    r"\b(?:sobro|estoy de mas|soy un estorbo) (?:en este mundo|aqui|para todos)\b",
    r"\bnadie me (?:extranaria|echaria de menos|va a extranar)\b",
    r"\bno quiero (?:estar|seguir) (?:aqui|en este mundo)\b",
    r"\b(?:frasco|bote|caja|tira) de (?:pastillas|pildoras|medicamentos) (?:\w{1,20}"
    r" ){0,6}(?:mirando|mirandolo|pensando)\b",
    r"\b(?:mirando|miro) (?:el|la) (?:frasco|bote|caja) de (?:pastillas|pildoras)\b",
    r"\bme rindo con (?:la vida|todo|vivir)\b",
    r"\bya no tiene (?:caso|sentido) seguir(?: viviendo)?\b",
    r"\b(?:regalando|regale|repartiendo) (?:todas )?mis cosas\b",
    r"\bya no (?:las|los|la|lo) voy a necesitar\b",
    r"\b(?:quitarme|borrarme) de en medio\b",
    r"\bsi (?:manana|un dia) no (?:contesto|respondo|aparezco) (?:ya )?(?:saben|sabeis|sabes"
    r"|sabran) por que\b",
    r"\b(?:vuelto|volvi) a hacer(?:me)? dano en (?:las|los|mis) (?:piernas|brazos|munecas)\b",
    r"\bme (?:he vuelto a hacer|volvi a hacer|hice) dano en (?:las|los|mis) (?:piernas|brazos"
    r"|munecas|muslos) (?:a proposito|otra vez|de nuevo)\b",
    r"\bme he vuelto a hacer dano\b",
    r"\btirarme (?:del|por el|desde el) balcon\b",
]

SELF_HARM_MENTIONS = [
    r"\b(?:suicida|suicidas|suicidio|suicidarse|autolesion\w{0,4}|se suicido|se suicida)\b",
]

_HIT = (
    r"(?:pega|pego|pegaa|pegaba|golpea|golpeo|golpeaba|ahorca|ahorco|ahorcaba|estrangula|estrangulo"
    r"|patea|pateo|pateaba|abofetea|abofeteo|cachetea|cacheteo|viola|violo|violaba|escupe|escupio"
    r"|maltrata|maltrato|lastima|lastimo|lastimaba|muerde|mordio|quemo|apunala|apunalo|asfixia"
    r"|asfixio|zarandea|zarandeo|sacude|sacudio)"
)

IN_DANGER_STATEMENTS = [
    rf"\b{_ME} {_HIT}\b{_NOT_HIT}",
    r"\b(?:me|m) (?:dio|da|daba|pego|solto|metio) (?:una |un )?(?:cachetada|bofetada|patada"
    r"|patadas|punetazo|punetazos|golpe|golpes|paliza|torta|hostia|galleta|trompada|cachetadas"
    r"|bofetadas|tortas|chingadazo|madrazo|golpiza|cabezazo|rodillazo)\b" + _NOT_JOKING,
    r"\bme (?:agarro|agarra|cogio|coge|tomo|apreto|aprieta|sujeto) (?:del|por el|de la|por la)"
    r" (?:cuello|garganta|pelo|cabello|brazo|munecas?)\b",
    r"\b(?:intento|quiso|trato de|amenazo con) (?:estrangularme|ahorcarme|ahogarme|asfixiarme"
    r"|matarme|pegarme|apunalarme|quemarme|atropellarme)\b",
    r"\bme (?:quiso|intento) (?:ahogar|estrangular|ahorcar|asfixiar|matar|apunalar)\b",
    r"\bme (?:tiro|tira|tiraba|lanzo|lanza|lanzaba|arrojo|arroja) (?:al suelo|por las escaleras"
    r"|contra|escaleras abajo|del pelo|un plato|un vaso|platos|cosas|objetos|el telefono|una"
    r" silla|un cuchillo|una botella|lo que (?:encuentra|tiene|encontro))\b",
    r"\b(?:me )?(?:jalo|jala|jalaba|tiro|tira|tiraba|arrastro|arrastra|arrastraba) (?:del|por"
    r" el|de los) (?:pelo|cabello|pelos)\b",
    r"\bme (?:empujo|empuja|empujaba|estampo|estampa) (?:contra|por|al suelo|a la pared|escaleras"
    r"|y me|fuerte|del|de la)\b",
    r"\bme (?:violo|violaron|abuso|forzo|fuerza|forzaba|obliga|obligo|obligaba|presiona|presiono"
    r"|presionaba|chantajea) (?:a |para )?(?:tener (?:sexo|relaciones)|acostarme|hacer cosas"
    r" (?:sexuales|que no quiero)|hacerlo|tocarlo|mandarle fotos)\b",
    r"\b(?:abuso|abusa|abusaba|abusaron) (?:sexualmente )?de mi\b",
    r"\bme (?:violo|violaron)\b",
    r"\bme (?:amenaza|amenazo|amenazaba) (?:con (?:un |una |el |la )?(?:cuchillo|navaja"
    r"|pistola|arma|escopeta|machete|matarme|pegarme|hacerme dano|quemarme|tirarme)|de muerte)\b",
    r"\b(?:dijo|dice|decia|jura|juro|grita|grito) que (?:me (?:va|iba) a (?:matar|pegar|reventar"
    r"|partir la cara|hacer dano)|si (?:lo|la) dejo me mata|me mata si)\b",
    r"\bsi (?:lo|la) dejo me (?:mata|matara|va a matar|busca y me mata)\b",
    r"\b(?:tengo|me da|siento) miedo (?:de|a) que me (?:mate|pegue|haga dano|lastime|golpee|viole"
    r"|encuentre|vuelva a pegar)\b",
    r"\b(?:tiene|guarda|saco|me enseno) (?:una |un )?(?:pistola|arma|escopeta|cuchillo|navaja"
    r"|machete) y (?:tengo miedo|me amenaza|me apunta|me dijo)\b",
    r"\bme (?:puso|pone|apunto|apunta) (?:con )?(?:un |una |el |la )?(?:cuchillo|navaja|pistola"
    r"|arma)\b",
    r"\b(?:le |les )?(?:pega|pegaba|golpea|golpeaba|maltrata|pego) a (?:los ninos|mis hijos|mi"
    r" hijo|mi hija|los nenes|el bebe|la bebe|mi bebe|los chicos|las ninas|nuestro hijo|nuestra"
    r" hija)\b",
    r"\b(?:toca|toco|tocaba|abusa de|abuso de|manosea|manoseo) a (?:mi|nuestra|nuestro)"
    r" (?:hija|hijo|nena|nene|nina|nino|bebe)\b",
    r"\b(?:me sigue|me persigue|me acosa|me espera afuera|me vigila desde)\b(?! (?:en (?:instagram"
    r"|twitter|tiktok|las redes)|a todas partes (?:el perro|el gato)))",
    r"\b(?:tengo|me da) miedo (?:de )?(?:volver|regresar|ir|llegar) a (?:casa|mi casa)\b",
    r"\bno me siento (?:segura|seguro|a salvo) (?:en (?:mi |la )?casa|con el|con ella|con mi)\b",
    r"\bno estoy a salvo\b",
    r"\b(?:tengo|siento) miedo (?:de el|de ella|de mi (?:novio|novia|marido|esposo|esposa|pareja"
    r"|ex))\b",
    rf"\b(?:le )?tengo (?:mucho |tanto )?miedo a (?:mi {_PARTNER}|el|ella)\b",
    r"\bme (?:encerro|encierra|encerraba|dejo encerrad[oa]) (?:en|con llave|fuera)\b",
    r"\bme (?:mando|llevo|dejo) (?:al|en el) hospital\b",
    r"\b(?:moretones|moratones|marcas|morados) (?:\w{1,20} ){0,4}(?:por su culpa|que me (?:dejo"
    r"|hizo)|de sus golpes|de los golpes)\b",
    r"\bme (?:rompio|fracturo|partio) (?:el brazo|la nariz|la cara|el labio|una costilla|los"
    r" dientes|un diente|la mano|el dedo)\b",
    r"\b(?:mi|el|la) (?:novio|novia|marido|esposo|esposa|pareja|ex) (?:\w{1,20} )?(?:me"
    r" )?(?:pega|golpea|pego|golpeo|ahorco|violo|maltrata|amenazo con matarme|amenaza con"
    r" matarme)\b",
    r"\bme (?:rodeo|apreto|estrujo|presiono) (?:el cuello|la garganta)\b",
    r"\bme dejo (?:el ojo (?:morado|negro)|marcas|moretones)\b",
    r"\b(?:se pone|es|se vuelve) violento (?:\w{1,20} ){0,3}(?:me pega|me golpea|me empuja"
    r"|conmigo)\b",
    r"\bme (?:agarro|agarra|sujeto|apreto) tan fuerte\b",
    r"\bme (?:da|daba|dio) punetazos\b",
    r"\b(?:me hace|me obliga a) tener sexo\b",
    r"\bsexo (?:conmigo )?(?:cuando|mientras) (?:estoy|duermo|estaba) (?:dormida|dormido"
    r"|borracha)\b",
    r"\bfotos de (?:cuchillos|armas|pistolas) para (?:asustarme|amenazarme)\b",
    r"\b(?:si le cuento|si lo cuento|si digo algo) (?:\w{1,20} ){0,4}me mata\b",
    r"\b(?:golpea|pega|pegaba) a (?:mi|nuestro|nuestra) (?:hijo|hija|bebe|nino|nina)\b",
    r"\bme (?:levanto|levanta) la mano\b",
    r"\bme (?:estampo|golpeo|choco|reventó|revento) la cabeza contra\b",
    r"\b(?:amenazada|amenaza|amenazo) con (?:publicar|subir|mandar|ensenar|difundir) mis fotos\b",
    r"\bme (?:saco|echo|tiro) (?:de casa |a la calle )?a empujones\b",
    r"\bme (?:muerde|mordio|pellizca|pellizco) (?:\w{1,20} ){0,4}hasta dejarme (?:morada|marcas"
    r"|moretones)\b",
    r"\bno puedo decirle que no (?:en la cama|cuando quiere sexo)\b",
    r"\b(?:le pego|golpeo) tan fuerte a (?:la nina|el nino|mi hija|mi hijo|la bebe|el bebe|la"
    r" pequena|el pequeno)\b",
]

IN_DANGER_MENTIONS = [
    r"\b(?:violencia (?:de genero|domestica|machista|intrafamiliar)|maltratador\w{0,2}"
    r"|abuso sexual|violacion|feminicidio|femicidio)\b",
]

MIGHT_HURT_STATEMENTS = [
    rf"\b(?:creo que )?(?:voy a|quiero|tengo ganas de|me dan ganas de|ganas de) (?:pegarle"
    rf"|matarlo|matarla|hacerle dano|lastimarlo|lastimarla|ahorcarlo|ahorcarla|golpearlo"
    rf"|golpearla|partirle la cara|reventarlo|reventarla)\b{_NOT_JOKING}"
    r"(?! (?:cuando ronca|a besos|con (?:la |una )?almohada))",
    r"\bme da miedo lo que (?:pueda|pudiera|podria|le pueda|le pudiera|le podria) (?:hacerle|hacer)"
    r"\b",
    r"\b(?:tengo|me da) miedo (?:de )?(?:hacerle dano|pegarle|lastimarl[oa]|matarl[oa]"
    r"|golpearl[oa]|perder el control|hacer algo que|hacerles dano)\b",
    rf"\b(?:un dia de estos|si me vuelve a \w{{1,20}}|te juro que) (?:la|lo|le) (?:mato"
    rf"|reviento|pego)\b{_NOT_JOKING}",
    r"\ble (?:pegue|di una bofetada|di una cachetada|di un punetazo|di una patada|di un golpe)"
    r" a (?:mi|su) (?:novia|novio|mujer|marido|pareja|esposa|esposo|hijo|hija|bebe)\b",
    r"\ble pegue(?: (?:a (?:mi|su|la|el|mi)\b|y\b|otra vez|de nuevo)|$)",
    r"\b(?:la golpee|lo golpee|la empuje|lo empuje|le di una bofetada|le di una cachetada"
    r"|la ahorque|lo ahorque|la agarre del cuello|lo agarre del cuello)\b"
    r"(?! (?:sin querer|jugando|de broma|a la pelota))",
    r"\bempuje a (?:mi|su) (?:novia|novio|mujer|marido|pareja|esposa|esposo|hijo|hija)\b",
    r"\b(?:explotar|estallar) y (?:hacerle|hacerles) dano\b",
    r"\b(?:perder el control|perder los nervios) con (?:los ninos|mi hijo|mi hija|el bebe|la bebe"
    r"|mis hijos|mi pareja)\b",
    r"\b(?:zarandear|sacudir|zamarrear) al (?:bebe|nino|nene)\b",
    r"\b(?:pegarle|hacerle dano) a mi (?:hijo|hija|bebe|nino|nina|pareja|mujer|marido)\b",
    r"\b(?:le|la|lo) quiero hacer dano\b",
    r"\bcasi (?:la|lo) (?:ahorco|mato|estrangulo|golpeo)\b",
    r"\b(?:le|la|lo) voy a pegar\b(?! (?:un grito|una foto|un toque|una llamada|un susto|el"
    r" resfriado|la gripe|un chicle))",
    r"\bmiedo de mi mism[oa]\b",
    r"\ba punto de (?:darle una paliza|pegarle|golpearl[oa]|matarl[oa])\b",
    r"\ble (?:apreto|apreté|apreto) el cuello\b",
    r"\ble apret\w{1,2} el cuello a\b",
    r"\bmiedo de que (?:\w{1,20} ){0,3}(?:lo|la) mate\b",
    r"\b(?:tanta rabia|tan enfadad[oa]|tan furios[oa]) que (?:podria|voy a) (?:matarl[oa]|pegarle"
    r"|reventarl[oa])\b",
    r"\bl[oa] empuje por las escaleras\b",
]

CONTROLLED_STATEMENTS = [
    r"\bno (?:me|m) (?:deja|dejaba|permite|deja ni) (?:salir|ver a|trabajar|estudiar"
    r"|tener (?:dinero"
    r"|amig\w{1,3}|telefono|celular|movil)|usar (?:el|mi) (?:telefono|celular|movil|cel|coche"
    r"|carro)|hablar con|ir a|ir sola|ir solo|vestirme|visitar|llamar a|gastar)\b"
    r"(?! (?:sin (?:abrigo|chaqueta|paraguas|desayunar|comer|cenar|un beso|despedirme)|hasta que"
    r" (?:termine|acabe) (?:la|el) (?:serie|pelicula|partido|capitulo)))" + _NOT_JOKING,
    r"\b(?:me )?controla (?:el dinero|mi dinero|todo|el celular|mi celular|el movil|mi movil|el"
    r" telefono|mi telefono|mis salidas|las salidas|mi ropa|la ropa|lo que (?:hago|gasto|como"
    r"|visto)|mis gastos|con quien)\b",
    r"\bme (?:revisa|checa|chequea|mira|espia|registra) (?:el|mi) (?:celular|cel|movil|telefono"
    r"|whatsapp|correo|bolso|cartera|ordenador|compu)\b",
    r"\b(?:mira|lee|revisa|checa|espia) (?:todos )?(?:mis|los) (?:mensajes|chats|correos"
    r"|whatsapps|conversaciones|redes)\b",
    r"\bme (?:quita|quito|quitaba) (?:el sueldo|mi sueldo|el dinero|mi dinero|la tarjeta|mis"
    r" tarjetas|las llaves|el telefono|el celular|el movil|el pasaporte|los papeles)\b",
    r"\bse queda (?:con )?(?:todo )?(?:con )?mi (?:dinero|sueldo|salario|paga)\b",
    r"\bse queda con todo (?:mi|el) (?:dinero|sueldo)\b",
    r"\b(?:pedirle|pedir) permiso para (?:todo|salir|gastar|comprar|ver|ir|vestirme|hablar)\b",
    r"\bme (?:prohibe|prohibio|prohibia|tiene prohibido) (?:hablar|ver|salir|trabajar|usar|ir"
    r"|tener|estudiar|visitar)\b",
    r"\bme (?:dice|dijo|decia|llama|grita|trata de) (?:que soy )?(?:una |un )?(?:inutil|estupida"
    r"|estupido|tonta|tonto|fea|gorda|idiota|basura|mierda|loca|loco|puta|nadie|lo peor|imbecil"
    r"|retrasada|nada)\b" + _NOT_JOKING,
    r"\bno valgo nada\b",
    r"\bme (?:humilla|humillo|humillaba|menosprecia|desprecia|ridiculiza) (?:delante|frente|en"
    r" frente|todo|siempre|cada)\b",
    r"\bme (?:humilla|humillo|menosprecia|ridiculiza)$",
    r"\bme hace sentir (?:que estoy loc[ao]|loc[ao]|una basura|inutil|que no valgo)\b",
    r"\bvivo con miedo\b",
    r"\b(?:camino|ando|vivo|estoy) (?:sobre|entre) (?:cascaras de huevo|huevos)\b",
    r"\bcon pies de plomo (?:\w{1,20} ){0,6}(?:para que no|por si) se (?:enfade|enoje|moleste"
    r"|ponga)\b",
    r"\b(?:quiero|quisiera|necesito) dejarl[oa] pero (?:tengo|me da) miedo\b",
    r"\b(?:me da|tengo) miedo (?:de )?dejarl[oa]\b",
    r"\bme (?:rastrea|rastreo|localiza|geolocaliza) (?:la ubicacion|el celular|el movil|todo"
    r"|a todas horas|siempre)\b",
    r"\btiene (?:todas )?mis contrasenas\b",
    r"\bme (?:aislo|aisla|aislaba|ha aislado|alejo|aleja) de (?:todos|mis|mi familia|mi gente)\b",
    r"\bme tiene (?:encerrad[oa]|vigilad[oa]|controlad[oa])\b",
    r"\bsi (?:lo|la) dejo (?:se queda|se lleva|me quita|no vuelvo a ver) (?:con )?(?:los ninos|mis"
    r" hijos|a los ninos|a mis hijos|la casa|todo)\b",
    r"\bme amenaza(?:ba)? con (?:quitarme|llevarse) (?:a )?(?:los ninos|mis hijos|la casa|los"
    r" papeles)\b",
    r"\bme (?:dice|decide) (?:como|que) (?:tengo que|debo|puedo) (?:vestirme|vestir|comer|hablar"
    r"|pensar)\b",
    r"\bme cela de todo\b",
    r"\bno (?:me|m) deja salir sin (?:el|ella)\b",
    r"\bme (?:escondio|esconde|quito|rompio) (?:el pasaporte|los papeles|el documento|las llaves"
    r"|el telefono|el celular) para que no\b",
    r"\b(?:darle|pasarle|dar) (?:todas )?(?:las|mis) contrasenas\b",
    r"\bme castiga (?:sin hablarme|con (?:el )?silencio|ignorandome)\b",
    r"\bme quito las llaves (?:del coche|del carro|de casa) para que no\b",
    r"\bnadie (?:mas )?me va a querer\b",
    r"\bsin (?:el|ella) no soy nada\b",
    r"\b(?:mandarle|enviarle) fotos para (?:demostrar|probar) donde estoy\b",
    r"\b(?:revisa|mira|controla) (?:hasta )?(?:el|mi) historial\b",
    r"\bme (?:llama|llame|llamo) (?:diez|mil|veinte|\d{1,3}) veces (?:\w{1,20} ){0,3}(?:con quien"
    r"|donde) estoy\b",
    r"\bnadie me va a creer\b",
    r"\b(?:darle|ensenarle|mostrarle) el ticket de (?:todo|cada)\b",
]

CONTROLLED_MENTIONS = [
    r"\b(?:maltrato|abuso|violencia) (?:psicologico|psicologica|emocional|economico|economica"
    r"|verbal)\b",
]

ASIDES = [
    r"\b(?:pelicula|peli|serie|documental|libro|novela|articulo|podcast|noticias|noticiero"
    r"|capitulo|episodio|obra|cancion|video|reportaje|charla|taller|curso|clase|estudio"
    r"|personaje|protagonista) (?:\w{1,20} ){0,5}(?:sobre|trata|habla|donde|en el que|en la que"
    r"|con|de|es un|es una)\b",
    r"\b(?:en|de) (?:la|el|las|una|un) (?:serie|pelicula|peli|documental|novela|noticias|libro"
    r"|podcast|capitulo)\b",
    r"\b(?:prevencion|linea de ayuda|voluntari[oa]|enfermera|enfermero|urgencias|psicologa"
    r"|psicologo|para un trabajo de|para la uni|para clase|true crime)\b",
    r"\bmi (?:amiga|amigo|hermana|hermano|prima|primo|vecina|vecino|companera|companero)"
    r" (?:\w{1,20} )?(?:me conto|dice que|me dijo que|sufre|sufrio)\b",
    r"\b(?:voluntariado|para ayudar a alguien)\b",
    r"\b(?:lineas? de ayuda|findahelpline)\b",
]

# A danger or control that is over.
BEHIND_ME = [
    r"\b(?:eso )?ya (?:paso|quedo atras|termino)\b",
    r"\b(?:ahora|ya) estoy (?:bien|a salvo|tranquil[ao]|feliz|segur[ao])\b",
    r"\bhace (?:anos|mucho|mucho tiempo)\b",
    r"\b(?:relacion|pareja) anterior\b",
    r"\bahora estoy con alguien que\b",
]

RECOVERED = [
    r"\b(?:de adolescente|hace anos|cuando era|de joven|de nina|de nino|antes)\b.{0,60}"
    r"\b(?:la terapia me ayudo|me ayudo mucho|ahora estoy bien|ya estoy bien|lo supere"
    r"|lo perdone)\b",
    r"\b(?:odio|detesto) (?:los |las |el |la )?\w{1,20}\b.{0,40}\b(?:jaja\w{0,8}|jeje\w{0,6}|xd)\b",
]

# Someone in a story: "el personaje principal es un marido celoso que controla todo".
FICTION = [
    r"\b(?:el|la|los|las) (?:personaje|personajes|protagonista|protagonistas|villano|villana)\b",
    r"\b(?:en|de) (?:la|el|esta|esa) (?:serie|pelicula|peli|novela|obra)"
    r" (?:\w{1,20} ){0,2}(?:el|la)"
    r" (?:marido|esposo|novio|padre|protagonista|personaje)\b",
]

PLAYFUL = [
    r"\b(?:jugando|de broma|cosquillas|almohadas|pelea de almohadas|nos reimos)\b",
]

# Misspellings and shorthands, read as the words the patterns use. "molesta" (bothers) is read
# apart from English "molest", which it would otherwise look like.
SPELLINGS = {
    "kiero": "quiero",
    "qiero": "quiero",
    "muerir": "morir",
    "morirm": "morirme",
    "matarm": "matarme",
    "pastis": "pastillas",
    "xq": "porque",
    "pq": "porque",
    "tmb": "tambien",
    "molesta": "incomoda",
    "molesto": "incomodo",
    "molestan": "incomodan",
    "molestaba": "incomodaba",
    "molestas": "incomodas",
    "molestar": "incomodar",
    "molestes": "incomodes",
    "molestando": "incomodando",
    "molestado": "incomodado",
    "molestada": "incomodada",
    "molestados": "incomodados",
    "molestadas": "incomodadas",
    "molestia": "incomodidad",
    "molestias": "incomodidades",
    "molestos": "incomodos",
    "molestarte": "incomodarte",
    "molestarme": "incomodarme",
    "molestarle": "incomodarle",
    "molestaria": "incomodaria",
    "molestamos": "incomodamos",
    "molestara": "incomodara",
    "molestase": "incomodase",
    "molestaron": "incomodaron",
}

LANGUAGE = Language(
    code="es",
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
