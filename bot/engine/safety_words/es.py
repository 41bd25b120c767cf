"""Spanish: what people write about themselves when they are at risk, and the look-alikes
(figures of speech, films, the past) that must be left alone. Tuned on
`tests/safety_corpus/es_tuning.tsv`, `_b` and `_c`, then extended on `_d` … `_g` (four writers,
1,600 messages) by families of phrasings — the lists ending in `_MORE` and `_INDIRECT` below —
and on `_h` and `_i` (a fifth and sixth writer, 300 messages each; the last sections); Spain and
Latin America alike (celular, móvil, cel; "q", "pa", "xq" read as que, para, porque).

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
    r"|emocion|cafe|chocolate|comer|ir|ver|saber|estar|calo)\b)"
    r"(?! que (?:verguenza|pena|asco|horror|rabia|calor|sueno|corte|palo)\b)"
    # The weather or a chore: "me quiero morir con este caló, 42 grados".
    r"(?! con (?:este|esta|tanto|tanta|el|la) (?:calor|calo|frio|bochorno|humedad|trafico|tarea"
    r"|examen|resaca|cola|papeleo)\b)"
)
# Not followed within a dozen words by a laugh: "te mato si te comes mi postre jaja".
_NOT_JOKING = (
    r"(?!(?: \w{1,20}){0,12} (?:jaja\w{0,8}|jeje\w{0,8}|jiji\w{0,8}|xd|lol|es broma|de broma"
    r"|broma)\b)"
)
# Ordinary hitting: a virus, a fright, a child by accident, play.
_NOT_HIT = (
    r"(?! (?:la gripe|el resfriado|el virus|el covid|un susto|una foto|un grito|sin querer"
    r"|jugando|de broma|con (?:el|la) (?:juguete|pelota|almohada|cojin)|el sol|la mania|ya me"
    r" queda|los piojos|la varicela|el catarro|la tos|un chicle|los nervios|el acento|la"
    r" costumbre|con (?:esta|este|tanta|tanto) (?:corbata|camisa|cuello|bufanda|faja|traje|calor"
    r"|ropa)))"
)

# Not at a person: "le di una patada al balón", "casi le pego a la pelota".
_NOT_THING = (
    r"(?! (?:al|a la|a una|a un|con la|con el) (?:balon|pelota|bola|coche|carro|moto|puerta del"
    r" coche|lata|maquina|saco|cabeza al balon)\b)"
)
# Not a game: "le voy a romper la cara en el ping pong", "me pongo violento cuando pierde mi
# equipo".
_NOT_GAME = (
    r"(?!(?: \w{1,20}){0,8} (?:fifa|jugando|al futbol|el partido|juego|videojuego|la play|ping pong"
    r"|padel|tenis|mi equipo|fortnite|ajedrez|parchis|las cartas|al mus|domino|monopoly)\b)"
)
# Waiting outside for a nice reason: a surprise, a lift, flowers.
_NOT_A_VISIT = (
    r"(?!(?: \w{1,20}){0,4} (?:para (?:darle|recogerl[oa]|llevarle|dejarle)|sorpresa|con flores"
    r"|cumple))"
)
SELF_HARM_STATEMENTS = [
    rf"\b{_WANT} (?:morir(?:me)?|m0rir|matarme|suicidarme|quitarme la vida|acabar con mi vida"
    r"|terminar con mi vida|acabar con todo|desaparecer para siempre|dejar de existir(?! en (?:el"
    r"|la"
    r"|los|las) (?:grupo|chat|trabajo|oficina|clase|redes))|ahorcarme"
    r"|colgarme|hacerme dano|lastimarme|cortarme|no existir|no despertar)\b"
    + _OF_LAUGHTER
    + r"(?! (?:sol[oa]|de viej[oa]|virgen|solter[oa])\b)",
    rf"\b{_ME} (?:quiero|kiero|qiero|voy a|quisiera|dan ganas de) (?:morir|matar|suicidar|ahorcar)"
    r"\b" + _OF_LAUGHTER + r"(?! (?:sol[oa]|de viej[oa]|virgen|solter[oa])\b)" + r"(?! (?:a |de"
    r" )?(?:estudiar|trabajar|correr|entrenar|estudiando"
    r"|trabajando|corriendo|entrenando|en el gimnasio))",
    r"\bme (?:quiero|voy a|kiero) tirar (?:del|de un|desde|por|a las|al|bajo)\b"
    r"(?! (?:la |el )?(?:piscina|agua|sofa|cama|playa|mar|rio|suelo de risa))",
    r"\btirarme (?:del|de un|desde|por la ventana|por el balcon|a las vias|al tren|bajo)\b",
    r"\bno quiero (?:vivir|seguir viviendo|estar vivo|estar viva|existir|despertar(?! temprano"
    r"| pronto| tarde| a las| antes))\b",
    r"\bya no quiero (?:vivir|seguir|estar aqui|existir)\b",
    r"\b(?:ojala|quisiera|desearia) (?:me muriera|me muera|estar muert[oa]|estuviera muert[oa]"
    r"|no (?:hubiera|haber) nacido|no despertara|no despertar|no despierte|desaparecer"
    r"|desapareciera|no existir|no existiera|no amanezca|no amanecer|no amaneciera|me muera"
    r" dormid[oa]|no abrir (?:mas )?los ojos)\b(?! (?:lloviendo|nublado|helando|nevando|con|tan"
    r"|frio)\b)",
    r"\b(?:estaria|estarian|estariamos|seria|serian|estarias|estan|estarias|viviria|vivirian)"
    r" (?:todos )?mejor (?:muert[oa]|sin mi|si me muero|si me muriera|si no estuviera)\b",
    r"\b(?:todos|mi familia|mis hijos|el mundo) (?:estarian|estaria|estan|serian|seria)"
    r" (?:\w{1,20} )?mejor sin mi\b",
    r"\bmas facil si (?:me muriera|me muero|no estuviera|desapareciera)\b",
    r"\bno (?:le )?(?:veo|encuentro|tiene) (?:ningun )?(?:sentido|razon) (?:a |de |para )?"
    r"(?:la vida|vivir|seguir viviendo|seguir vivo|seguir viva|mi vida)\b",
    r"\b(?:la|mi) vida no tiene sentido\b(?! sin (?:el |la |mi )?(?:cafe|chocolate|musica|futbol"
    r"|netflix|series|vino|cerveza|wifi)\b)",
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
    r"\b(?<!\bse )me (?:autolesion\w{1,4}|corto(?! (?:el wifi|el internet|la llamada|la luz|la"
    r" conexion|el pelo|las unas|el flequillo|la barba|las puntas"
    r"|con el papel|cortando|sin querer|pelando|al cocinar|el dedo|un dedo|los puntos|la venda"
    r"|el yeso|la comida|la carne|el pan|el rollo|la luz)\b))",
    r"\b(?:tengo|tuve|me vienen|vuelven) (?:pensamientos|ideas) (?:suicidas|de (?:matarme"
    r"|suicidarme|morirme"
    r"|quitarme la vida|hacerme dano))\b",
    r"\bme siento suicida\b",
    # Not someone else's act: "me amenaza con matarme", "intentó matarme", "va a matarme".
    r"\b(?<!\bcon )(?<!intento )(?<!quiso )(?<!va a )(?<!van a )(?<!iba a )(?:suicidarme|matarme"
    r"|quitarme la vida)\b" + _NOT_JOKING,
    r"\b(?:juntando|guardando|acumulando|ahorrando|junte|guarde|compre) (?:\w{1,20} )?"
    r"(?:pastillas|pildoras|medicamentos|calmantes)\b",
    r"\b(?:tengo )?guardadas (?:las |unas )?(?:pastillas|pildoras)\b",
    r"\b(?:tomarme|tome|tomo|tragarme|trague) (?:todas (?:las|mis)|un monton de|muchas|una caja"
    r" de|el bote de|la caja de|el frasco de|todo el frasco de) (?:pastillas|pildoras"
    r"|medicamentos|calmantes)\b",
    r"\b(?:cartas?|mensajes?|notas?|audios?|videos?) de despedida\b(?! (?:del|de la|de mi|para mi)"
    r" (?:trabajo|empresa|oficina|jefe"
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
    r"(?!(?: ya)? (?:el|la|los|las|este|esta|de|pronto)\b)",
    r"\bquiero desaparecer\b(?! (?:de|del|una|un|unos|unas|en|a|por|con|hasta|esta|este|el|la"
    r"|los|las)\b)",
    r"\b(?:buscado|buscando|busque|busco|mirado|investigado) (?:como|formas de|maneras de)"
    r" (?:matarme|suicidarme|morir|hacerlo sin que duela|quitarme la vida)\b",
    r"\bya se como (?:lo voy a hacer|voy a hacerlo|hacerlo)\b",
    r"\bdormir(?:me)? y no (?:despertar|volver a despertar)\b",
    r"\bno (?:quiero|quisiera) despertar (?:manana|nunca|nunca mas|mas|otra vez)\b",
    r"\bno (?:le )?(?:veo|encuentro) (?:ninguna )?salida\b(?! (?:a|al|para|de|del)\b)",
    r"\bsolo pienso en (?:morir(?:me)?|la muerte|matarme|desaparecer)\b",
    r"\b(?:compre|tengo|consegui) (?:una )?(?:cuerda|soga)\b(?! (?:para (?:tender|escalar|saltar|el"
    r"|la"
    r"|los|las)|de (?:escalar|saltar|tender)))",
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
    r"\bya no (?:las|los|la|lo) voy a necesitar\b(?! (?:los|las|el|la|mis|mas|hasta|este|esta"
    r"|en)\b)",
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
    r"|maltrata|maltrato|lastima|lastimo|lastimaba|muerde|mordio|apunala|apunalo|asfixia"
    r"|asfixio|zarandea|zarandeo|sacude|sacudio|madrea|madreo|madreaba|jalonea|jaloneo)"
)

IN_DANGER_STATEMENTS = [
    rf"\b(?<!\bno )(?<!nunca ){_ME} {_HIT}\b{_NOT_HIT}",
    r"\b(?:me|m) (?:dio|da|daba|pego|solto|metio) (?:una |un )?(?:cachetada|bofetada|patada"
    r"|patadas|punetazo|punetazos|golpe|golpes|paliza|torta|hostia|galleta|trompada|cachetadas"
    r"|bofetadas|tortas|chingadazo|madrazo|golpiza|cabezazo|rodillazo)\b" + _NOT_GAME + _NOT_JOKING,
    r"\bme (?:agarro|agarra|cogio|coge|tomo|apreto|aprieta|sujeto) (?:del|por el|de la|por la)"
    r" (?:cuello|garganta|pelo|cabello|brazo|munecas?)\b(?!(?: \w{1,20}){0,3} para (?:que no me"
    r" (?:cayera|caiga)|ayudarme|no caerme))",
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
    r" (?:sexuales|que no quiero)|hacerlo|tocarlo|mandarle fotos)\b(?! (?:del|de la|de los|de las)"
    r" (?:bebe|ninos|nina|nino|casa|viaje|comida)\b)",
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
    r"\b(?<!perro )(?<!gato )(?<!perra )(?<!gata )(?:me sigue|me persigue|me acosa|me espera afuera"
    r"|me vigila desde)\b(?! \w{1,20}(?:ando"
    r"|iendo|endo)\b| al bano)(?! (?:en (?:instagram"
    r"|twitter|tiktok|las redes)|a todas partes (?:el perro|el gato)))" + _NOT_JOKING,
    r"\b(?:tengo|me da) (?:miedo|panico|terror) (?:de )?(?:volver|regresar|ir|llegar) a (?:casa|mi"
    r" casa)\b",
    r"\bno me siento (?:segura|seguro|a salvo) (?:en (?:mi |la )?casa|con el|con ella|con mi)\b",
    r"\bno estoy a salvo\b",
    r"\b(?:tengo|siento) miedo (?:de el|de ella|de mi (?:novio|novia|marido|esposo|esposa|pareja"
    r"|ex))\b",
    rf"\b(?:le )?tengo (?:mucho |tanto )?miedo a (?:mi {_PARTNER}|el|ella)\b",
    r"\bme (?:encerro|encierra|encerraba|dejo encerrad[oa]) (?:en|con llave|fuera)\b"
    r"(?!(?: \w{1,20}){0,6} sin querer)",
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
    r"\ble pegue(?: (?:a (?:mi|su|la|el|mi)\b|al\b|y\b|otra vez|de nuevo)|$)",
    r"\b(?:la golpee|lo golpee|la empuje|lo empuje|le di una bofetada|le di una cachetada"
    r"|la ahorque|lo ahorque|la agarre del cuello|lo agarre del cuello)\b"
    r"(?! (?:sin querer|jugando|de broma|a la pelota))",
    r"\bempuje a (?:mi|su) (?:novia|novio|mujer|marido|pareja|esposa|esposo|hijo|hija)\b",
    r"\b(?:explotar|estallar) y (?:hacerle|hacerles) dano\b",
    r"\b(?:perder el control|perder los nervios) con (?:los ninos|mi hijo|mi hija|el bebe|la bebe"
    r"|mi"
    r" bebe"
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
    r"\b(?<!madre )(?<!padre )(?<!padres )(?<!mama )(?<!papa )no (?:me|m) (?:deja|dejaba|dejo"
    r"|permite|deja ni) (?:salir|ver a|trabajar|estudiar"
    r"|tener (?:dinero|plata|pasta|lana|guita|cuenta|tarjeta|redes|ahorros"
    r"|amig\w{1,3}|telefono|celular|movil)|usar (?:el|mi) (?:telefono|celular|movil|cel|coche"
    r"|carro)|hablar con|ir a|ir sola|ir solo|vestirme|visitar|llamar a|gastar)\b"
    r"(?! (?:sin (?:abrigo|chaqueta|paraguas|desayunar|comer|cenar|un beso|despedirme)|hasta (?:que"
    r" (?:termine|acabe|haga|recoja)|las \d)))"
    r"(?!(?: \w{1,20}){0,4} (?<! con )(?<! de )(?<! a )(?:mi (?:vieja|viejo|madre|padre|mama|papa)"
    r"|mis (?:viejos|padres))\b)" + _NOT_JOKING,
    r"\b(?:me )?controla (?:el dinero|mi dinero|todo|el celular|mi celular|el movil|mi movil|el"
    r" telefono|mi telefono|mis salidas|las salidas|mi ropa|la ropa|lo que (?:hago|gasto|como"
    r"|visto)|mis gastos|con quien)\b",
    r"\bme (?:revisa|checa|chequea|mira|espia|registra) (?:el|mi|la|los|mis) (?:celular|cel|movil"
    r"|telefono"
    r"|whatsapp|correo|bolso|cartera|ordenador|compu)\b(?! (?:el|la) (?:de seguridad|guardia"
    r"|seguridad|dependiente|policia))",
    r"\b(?:mira|lee|revisa|checa|espia) (?:todos )?(?:mis|los) (?:mensajes|chats|correos"
    r"|whatsapps|conversaciones|redes)\b",
    r"\bme (?:quita|quito|quitaba) (?:el sueldo|mi sueldo|el dinero|mi dinero|la plata|mi plata|la"
    r" pasta|la tarjeta|mis"
    r" tarjetas|las llaves|el telefono|el celular|el movil|el pasaporte|los papeles)\b"
    r"(?!(?: \w{1,20}){0,12} (?:porque (?:me )?(?:habia|habiamos) (?:tomado|bebido)|copas|hoy nada"
    r" de"
    r"|por error|sin querer|para jugar|mi hij\w{1,2}|mi sobrin\w{1,2}))(?! del (?:metro|bus"
    r"|gimnasio))",
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
    r"\b(?:camino|ando|vivo|estoy|vivimos)(?: \w{1,20}){0,2} (?:como )?(?:pisando|caminando"
    r" (?:sobre|entre)) (?:cascaras de huevo|cascarones|huevos|vidrios|cristales|vidrio)\b"
    r"(?!(?: \w{1,20}){0,3} (?:coche|carro|auto|moto|bici|volante|conducir|manejar|carretera"
    r"|examen|entrevista|jefe|trabajo|oficina|obra)\b)",
    r"\bcon pies de plomo (?:\w{1,20} ){0,6}(?:para que no|por si) se (?:enfade|enoje|moleste"
    r"|ponga)\b",
    r"\b(?:quiero|quisiera|necesito) dejarl[oa] pero (?:tengo|me da) miedo\b",
    r"\b(?:me da|tengo) miedo (?:de )?dejarl[oa]\b",
    r"\bme (?:rastrea|rastreo|localiza|geolocaliza) (?:la ubicacion|el celular|el movil|todo"
    r"|a todas horas|siempre)\b",
    r"\btiene (?:todas )?mis contrasenas\b",
    r"\bme (?:aislo|aisla|aislaba|ha aislado|alejo|aleja) de (?:todos|todas|mis|mi familia|mi"
    r" gente)\b",
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
    r"|psicologo|para un trabajo de|para la uni|para clase|true crime|en clase|en el instituto"
    r"|en la uni)\b",
    r"\bmi (?:amiga|amigo|hermana|hermano|prima|primo|vecina|vecino|companera|companero)"
    r" (?:\w{1,20} )?(?:me conto|dice que|me dijo que|sufre|sufrio)\b",
    r"\b(?:voluntariado|para ayudar a alguien)\b",
    # Schoolwork: "un trabajo del liceo sobre el suicidio en adolescentes".
    r"\b(?:trabajo|tarea|exposicion|ensayo|tesis|monografia|investigacion|disertacion|informe)"
    r" (?:\w{1,20} ){0,3}(?:sobre|acerca de)\b",
    r"\b(?:lineas? de ayuda|findahelpline)\b",
    r"\b(?:peticion|campana|capacitacion|formacion|marcha|manifestacion|jornada) (?:\w{1,20} ){0,2}"
    r"(?:contra|sobre|de|por)\b",
    r"\b(?:mi|su) (?:mejor )?(?:amig[oa]|herman[oa]|prim[oa]|vecin[oa]|companer[oa]|hij[oa])"
    r"(?: \w{1,20}){0,6} (?:paso por|se autolesion\w{1,5})\b",
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
    r"\b(?:de adolescente|hace (?:\d{1,2} |muchos |unos |varios )?anos|cuando era|de joven|de nina"
    r"|de nino|antes)\b.{0,60}"
    r"\b(?:la terapia me ayudo|me ayudo mucho|(?:ahora|hoy|ya) estoy (?:muy )?bien|lo supere"
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
    r"\b(?:jugando|de broma|cosquillas|almohadas|pelea de almohadas|nos reimos)\b"
    r"(?!(?: \w{1,20}){0,5} (?:no podia respirar|me dolio|no paro|no paraba))",
]

# Someone else threatening to kill themselves to keep a partner: control, not one's own risk.
# What both partners chose: "yo se lo pedí", "lo acordamos".
AGREED = [
    r"\b(?:yo se lo pedi|lo acordamos|lo decidimos (?:juntos|los dos|entre los dos)|de mutuo"
    r" acuerdo)\b",
]

THEIR_THREAT = [
    r"\bsi (?:lo|la) dejo (?:\w{1,20} ){0,4}se mata\b",
]

# Said and taken back at once: "casi lo estrangulo, obviamente no".
FIGURATIVE = [
    r"\b(?:obviamente no|es un decir|(?<!\bno )es una forma de hablar|en sentido figurado)\b",
    # For a snack: "voy a matar a mi novio, se comió la última empanada".
    r"\b(?:matar|mato|matarlo|matarla|ahorcar|ahorcarlo|ahorcarla|asesinar|asesinarlo"
    r"|asesinarla)(?: \w{1,20}){0,5} (?:se (?:comio|tomo|bebio|termino|acabo|zampo|jalo|robo)"
    r"|me (?:comio|robo|zampo|termino|acabo))(?: \w{1,20}){0,2} (?:ultim[oa]s?|empanadas?|pizza"
    r"|helado|chocolate|torta|tarta|pastel|postre|galletas?|papas|patatas|cerveza|birra|chela"
    r"|cafe|tortilla|arepas?|tacos?|pan|queso|alfajor\w{0,2}|serie|capitulo|temporada)\b",
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
    "xk": "porque",
    "q": "que",
    "pa": "para",
    "tb": "tambien",
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

# -- written on es_tuning_d … _g (four writers): families of phrasings rather than messages ------

_PILLS = (
    r"(?:pastillas|pildoras|medicamentos|calmantes|ansioliticos|somniferos|antidepresivos"
    r"|clonazepam|paracetamol|ibuprofeno|diazepam|rivotril|lorazepam|tranquilizantes)"
)
_MEANS = (
    r"(?:cuter|cutter|cuchillas?|navaja|soga|cuerda|escopeta|pistola|botiquin|veneno|cinturon"
    r"|cable)"
)
_KID = (
    r"(?:nino|nina|ninos|ninas|nene|nena|bebe|hijo|hija|hijos|hijas|mayor|pequeno|pequena|menor"
    r"|chico|hermanita|hermanito|mellizos?|gemel[oa]s?)"
)
_WEAPON = r"(?:cuchillo|cuchillos|pistola|arma|escopeta|machete|navaja|revolver|rifle|bate|tijeras)"

# A plan that is about someone else: "ya tengo pensado cómo romperle las piernas".
_NOT_AT_HIM = (
    r"(?!(?: \w{1,20}){0,2} (?:romper|pegar|matar|golpear|reventar|partir|lastimar|vengar)\w{0,6})"
)

# Indirect self-harm: preparation, goodbyes, means at hand, a burden, being gone.
SELF_HARM_INDIRECT = [
    r"\b(?:quiero|voy a|solo quiero|pienso en|pensando en|ganas de|necesito|prefiero) (?:dejar de"
    r" respirar|apagarme|irme (?:del todo|para siempre)|dejar de luchar|dormirme para siempre"
    r"|no estar|sentir dolor|hacerme dano)\b",
    r"\bme (?:voy a|quiero|vuelvo a|volvi a) (?:hacer dano|lastimar)\b(?! (?:a |al |la |el |en ))",
    r"\bsi (?:manana|un dia|algun dia|esta noche) no (?:contesto|respondo|aparezco|despierto"
    r"|estoy|puedo decirte adios)\b(?! (?:es (?:que|porque|por)|estoy|estare|sera|tengo|me"
    r" quede)\b)",
    r"\b(?:mas facil|mejor) si (?:yo )?(?:no estuviera|no existiera|desapareciera|no me despertara"
    r"|no despertara|me muriera)\b",
    r"\bmejor no despertar(?:me|se)?\b",
    r"\b(?:para|por) (?:que|q) seguir (?:viv[oa]|viviendo|aqui)\b",
    r"\b(?:porque|por que|para que) sigo (?:viv[oa]|aqui|respirando)\b",
    r"\bpara que seguir(?: si|$)",
    r"\bya (?:ni se )?para que sigo\b",
    r"\bno (?:quiero|me quedan fuerzas ni ganas de) seguir$",
    r"\b(?:soy|me siento) (?:una|un) (?:carga|estorbo|problema) (?:para|pa|en la vida de) (?:todos"
    r"|ella|el|mi"
    r" familia|mis|nadie)\b",
    r"\b(?:soy|me siento|me converti en|me he vuelto|no soy mas que) (?:solo |solamente |nada mas"
    r" que )?(?:una|un) (?:carga|estorbo|gasto|lastre|peso muerto|peso|boca mas que alimentar)"
    r" (?:para|pa|en la vida de) (?:todos|ella|el|los demas|nadie|mis|mi (?:mujer|marido|esposa"
    r"|esposo|pareja|novi[oa]|familia|madre|padre|mama|papa|hij[oa]s?|vieja|viejo))\b",
    r"\b(?:soy|me siento) una carga\b(?! (?:economica|de trabajo|en (?:el|la) (?:trabajo|oficina"
    r"|equipo|clase|empresa))\b)",
    r"\bya no voy a ser (?:un problema|una carga|un estorbo) para nadie\b",
    r"\bpronto (?:ya )?no (?:\w{1,20} ){0,2}(?:incomodo|voy a (?:ser|estar|molestar|incomodar))\b",
    r"\bsi (?:me muero|desaparezco|me muriera|desapareciera|no estuviera)(?: \w{1,20}){0,3}"
    r" (?:nadie|no pasa nada|el mundo sigue)\b",
    r"\bno me importa(?:ria)? (?:si )?(?:me muero|morir(?:me)?)\b",
    r"\bme da (?:lo mismo|igual) (?:\w{1,20} ){0,3}(?:morirme|morir|si me muero)\b",
    r"\bmiedo a seguir (?:asi|viviendo|viv[oa])\b",
    r"\b(?:ojala|esperando que|a ver si) (?:me )?(?:atropell\w{1,6}|me diera algo y me muriera"
    r"|me muriera|se acabe (?:solo|todo))\b",
    r"\bque me atropell\w{1,6}\b",
    r"\bse (?:acabe|apague|termine) sol[oa]\b",
    r"\bmi cuerpo se apague\b",
    r"\bque se (?:termine|acabe) ya$",
    r"\by (?:que|q) todo (?:pare|se acabe|termine)(?: para siempre)?\b",
    r"\bdormir(?:me)? para siempre\b" + _NOT_JOKING,
    r"\bdormir(?:me)? y (?:ya )?(?:no despertar|no volver|que todo)\b",
    r"\bpara no (?:despertar(?:me|se)?|sobrevivir|volver a despertar)\b(?! (?:a |al |a la ))",
    r"\bcuant[oa]s? (?:\w{1,20} )?(?:pastillas|paracetamol|ibuprofeno|clonazepam|pildoras"
    r"|somniferos|metros) (?:\w{1,20} ){0,3}(?:hace|hacen|harian|haria|hay que) falta\b",
    r"\b(?:formas|maneras|metodos) de (?:morir|matarse|suicidarse|matarme)\b",
    r"\bcomo hacerlo (?:sin (?:que|q) duela|para no fallar|sin fallar)\b",
    r"\b(?:para|pa) (?:que|q) no duela\b",
    r"\bya (?:lo )?(?:tengo|tenia) (?:todo )?(?:pensado|planeado|decidido)(?:$| (?:para|pa) (?:que"
    r"|q) no)",
    r"\bya tengo (?:la fecha|el dia|pensado (?:cuando|como)|suficientes)\b(?! (?:de|del|para|en"
    r"|con)\b)" + _NOT_AT_HIM,
    r"\bya (?:lo )?decidi (?:como y cuando|es (?:esta noche|hoy|manana))\b",
    r"\bya decidi como\b",
    r"\b[0-2] hoy es el dia$",
    r"\bya esta,? manana lo hago\b",
    r"\bsolo falta elegir el dia\b",
    r"\bpor lo que voy a hacer\b",
    r"\b(?:esto|todo) (?:puede|podria) (?:terminar|acabar) cuando (?:yo )?quiera\b",
    r"\b(?:me|le|te) estoy despidiendo\b(?! de (?:la|el|los|las|mis|mi) (?:oficina|trabajo"
    r"|companer\w{1,3}|equipo|ciudad|piso))",
    r"\b(?:me despido|me despedi|despedirme|despidiendome) (?:\w{1,20} ){0,3}(?:sin que"
    r" se (?:notara|dieran cuenta)|a mi manera|como si fuera la ultima|de todo|para siempre|no se"
    r" lo"
    r" digas|a escondidas)\b",
    r"\b(?:hoy )?me despido de todos$",
    r"\b(?:esta|esto) es (?:mi|una) despedida\b(?! de\b)",
    r"\badios para siempre\b",
    r"\b(?<!pedir )(?<!pido )(?<!pedirle )(?:perdon|perdona|perdoname|perdonen|perdonenme|me"
    r" perdone|me perdonara|me perdonen)"
    r" por todo\b(?!(?: \w{1,20}){0,2} (?:lio|drama|retraso|ruido|desorden|spam|mensajes?|jaleo"
    r"|incomodidad\w{0,2}|audio|tardanza|rollo|de ayer|de antes)\b)",
    r"\b(?:que|q) me perdone por no haber aguantado\b",
    r"\bpor no haber aguantado\b",
    r"\bcuando (?:yo )?ya no (?:este|estemos)\b(?! (?:en|aqui en|de|por|para)\b)",
    r"\bpor si (?:yo )?ya no estoy\b",
    r"\b(?:futuro|mundo) en el que (?:yo )?no voy a estar\b",
    r"\bya no voy a estar para \w{1,20}(?:selo|telo|lo|la|te)\b",
    r"\bcomo seria no estar\b",
    r"\bno hay un despues para mi\b",
    r"\bcomo si ya me hubiera ido\b",
    r"\bmi trabajo en este mundo ya\b",
    r"\bme puedo ir tranquil[oa]\b",
    r"\b(?:cuida|cuidale|cuiden|cuidad|cuidala|cuidalo) (?:\w{1,20} ){0,4}(?:por mi si|cuando"
    r" (?:yo )?ya no)\b",
    r"\bsi (?:algun dia )?me pasa algo (?:quiero )?(?:que|q) sepas\b",
    r"\bpor si me pasa algo\b(?! (?:en|durante|de camino|por) )",
    r"\b(?:contrasenas?|claves?|seguro de vida|papeles del seguro|testamento)(?: \w{1,20}){0,10}"
    r" (?:por si acaso|por las dudas|para despues|en un sobre|por si (?:\w{1,20} ){0,2}necesita"
    r" despues)\b",
    r"\b(?:dejar|deje|dejo|dejando|queria dejar|quiero dejar) (?:todo|las cosas) (?:en orden"
    r"|ordenad[oa]s?)$",
    r"\bpuse en orden los papeles\b",
    r"\bme quedan pocas cosas por cerrar\b",
    r"\b(?:ya )?no (?:las|los|la|lo) voy a necesitar\b(?! (?:los|las|el|la|mis|mas|hasta|este|esta"
    r"|en)\b)",
    r"\bno voy a necesitar nada$",
    r"\bpara que tenga algo mio\b",
    r"\bmis (?:libros|cosas|ahorros|discos) son para\b",
    r"\b(?:que|q) hagan con mis cosas\b",
    r"\b(?:para|pa) (?:que|q) me entierren\b",
    r"\bseguro del entierro\b",
    r"\bimagino mi funeral\b",
    r"\bme imagino muert[oa]\b",
    r"\b(?:ya )?no le encuentro sentido a nada\b(?! de\b)",
    r"\bnada tiene sentido\b(?!(?: \w{1,20}){0,3} (?:en (?:esta|la|el) (?:peli|pelicula|serie"
    r"|libro)|jaja\w{0,6}))",
    r"\b(?:mi vida|yo) no vale(?: la pena)?\b",
    r"\bno vale la pena (?:nada ni yo|vivir|seguir)\b",
    r"\b(?:de nada|para que) vivir\b",
    r"\bno doy mas con (?:nada|la vida|todo|esta vida)\b",
    r"\bno quiero ver (?:otro|un) (?:amanecer|dia mas)\b",
    r"\bno (?:merezco|deberia) (?:seguir )?(?:aqui|vivir|viv[oa]|existir|estar aqui)\b",
    r"\b(?:por haber nacido|ocupar espacio)\b",
    r"\bpensar (?:que|q) esto (?:puede|podria) terminar\b",
    r"\b(?:pienso|pensando|pensar|solo pienso) (?:en )?(?:como )?(?:terminar|acabar)(?: con todo"
    r"| con esto| de una vez)?$",
    r"\bestaria(?:n)? mejor (?:con (?:otr[oa]|una|un) (?:madre|mama|padre|papa|novi[oa]|pareja)"
    r"|si no me despertara)\b",
    r"\bsin mi (?:\w{1,20} ){0,4}(?:iria|irian|estaria|estarian|vivirian|viviria) (?:\w{1,20} )?"
    r"mejor\b",
    r"\bmejor con una (?:madre|mama|padre|papa) (?:que|q) no sea yo\b",
    r"\bsi (?:\w{1,20} ){0,2}(?:me deja|me dejas|se va|se iba|te vas|me abandona)(?: \w{1,20}){0,2}"
    r" me (?:mato|tomo|tomaba|tiro)\b",
    r"\btengo (?:el|un) cuchillo en la mano\b",
    r"\b(?:estoy|me quede|me sente|subo|fui|voy|escribiendo esto desde|escribo desde)(?: \w{1,20})"
    r"{0,6} (?:la azotea|el borde|al borde|el puente|al puente|el anden|la via|el acantilado|al"
    r" acantilado|el muelle|la terraza|la ventana del piso|la estacion del tren)\b"
    r"(?! (?!pensando|mirando|viendo|cuando)\w{2,20}(?:ando|iendo)\b)(?!(?: \w{1,20})"
    r"{0,6} (?:tomando|con (?:mi|mis|los|las|el|la) \w{1,20}|de vacaciones|atardecer|amanecer"
    r"|fuegos|vistas|paisaje|fotos?|esperando el (?:tren|bus|metro) para ir|desde el (?:tren|coche"
    r"|avion|bus|barco)|que bonito))",
    r"\b(?:borde|bordes) del (?:balcon|muelle|puente|precipicio|acantilado|edificio|tejado)\b",
    r"\b(?:ventana|terraza) del piso \d{1,2}\b",
    r"\b(?:viendo|ver) pasar (?:el|los) (?:tren|trenes|metro)\b",
    r"\b(?:me sente|sentad[oa]|me quede|esperando) cerca de la via\b",
    r"\btirandome (?:del|de un|desde|por|a las|al|bajo)\b",
    r"\b(?:mirando|mirar|me quede mirando|miro) abajo\b(?!(?: \w{1,20}){0,3}"
    r" (?:con|de vacaciones|los peces))",
    r"\bpensando si meterme\b",
    rf"\bme (?:tome|trague|tomaba|he tomado|tomo) (?:como )?(?:media caja de|toda la caja de"
    rf"|todo el bote de|un punado de|todas las|\d{{2,3}}|un monton de)"
    rf" (?:\w{{1,20}} )?{_PILLS}\b",
    r"\bme (?:tome|trague|he tomado) (?:unas cuantas|varias|un punado|media caja|toda la caja|todo"
    r" el bote|todo el frasco)$",
    r"\bme (?:tome|trague|he tomado) (?:unas cuantas|varias|un punado) (?:de mas|a proposito)\b",
    rf"\b(?:tomarme|me tomo|me tome|me tomaba|tragarme|me trague) (?:todo el|toda la|todas las)"
    rf" (?:bote|frasco|caja|blister|{_PILLS})\b",
    rf"\b(?:juntando|guardando|acumulando|ahorrando|junte|guarde|contando|apartando|escondiendo"
    rf"|ido juntando) (?:\w{{1,20}} ){{0,2}}{_PILLS}\b",
    rf"\bguardad[oa]s (?:\w{{1,20}} )?{_PILLS}\b",
    rf"\b{_PILLS}(?: \w{{1,20}}){{0,5}} (?:guardadas|escondidas|apartadas|ahorradas|guardados"
    rf"|escondidos)\b",
    r"\b(?:las|los) (?:estoy guardando|junto|voy juntando|acumulo|escondo|volvi a comprar)\b",
    r"\b(?:las|los) deje apartad[oa]s\b",
    rf"\b(?:tengo|con) (?:el|la) (?:bote|frasco|caja) de {_PILLS} al lado\b",
    r"\b(?:escondi|escondo|guardo|compre|uso|tengo otro|tengo otra|con la|con el) (?:\w{1,20}"
    r" ){0,2}(?:cuter|cutter|cuchillas?|hojas? de afeitar|punta del compas)\b(?!(?:"
    r" (?!no\b)\w{1,20}){0,2}"
    r" (?:de afeitar|para (?:afeitar\w{0,2}|depilar\w{0,2}|la maquinilla|las piernas|abrir)))",
    rf"\b(?:mirando|me quede mirando|miro|mirar) (?:el|la|las|los) {_MEANS}\b",
    rf"\b{_MEANS}(?: \w{{1,20}}){{0,8}} (?:no paro de (?:mirarla|mirarlo|mirarlas|pensar)|la miro"
    rf"|lo miro|las miro|me tranquiliza)\b",
    r"\b(?:la|una) (?:soga|cuerda) (?:guardada|escondida|que hay)\b",
    r"\bcomprar una (?:cuerda|soga)\b(?! (?:para tender|de escalar|para el))",
    r"\b(?:cinturon|cable|cuerda|soga|bufanda|corbata)(?: \w{1,20}){0,4} (?:alrededor del|en el)"
    r" cuello\b",
    r"\batad[oa] (?:en|a) (?:la|una) viga\b",
    r"\b(?:motor|coche|carro|auto)(?: \w{1,20}){0,3} (?:en marcha|prendido|encendido)(?: \w{1,20})"
    r"{0,4} (?:garaje|cochera)\b",
    r"\b(?:garaje|cochera)(?: \w{1,20}){0,3} con el motor (?:prendido|encendido|en marcha)\b",
    r"\bcarbon y cinta\b",
    r"\b(?:estrellar(?:me)?|me estrelle|chocar(?:me)?|tirarme|me tire)(?: \w{1,20}){0,6} a"
    r" proposito\b",
    r"\bno fue un accidente\b",
    r"\b(?:volantazo|tirarme|saltar) lo arreglaria\b",
    r"\bsin cinturon (?:\w{1,20} ){0,3}a ver si\b",
    r"\b(?:no (?:estoy comiendo|como)|dejado de (?:comer|tomar)|deje de (?:comer|tomar))(?:"
    r" \w{1,20})"
    r"{0,4} a proposito\b",
    r"\b(?:ya he|ya) dejado de tomar (?:las pastillas|la medicacion|la insulina)(?: \w{1,20}){0,3}"
    r" (?:por si acaso|guardando)\b",
    r"\bnadie puede decir que me mate\b",
    r"\b(?:me pegue|me golpee|me rasgue|me rasque|me arane|me arano|me muerdo|me mordi|rascandome"
    r"|me pellizco|me pellizque|me rasco|me he golpeado)(?: \w{1,20}){0,7} hasta (?:sangrar|que me"
    r" sangr\w{1,3}|sacarme sangre|hacerme sangre|dejarme marcas|tener marcas|en carne viva)\b",
    r"\bme (?:golpee|golpeo|doy|di) (?:\w{1,20} ){0,1}(?:la cabeza|cabezazos|golpes) contra (?:la"
    r" pared|el volante|la mesa|el espejo)\b(?!(?: \w{1,20}){0,2} (?:sin querer|al levantarme))",
    r"\bme (?:pego|golpeo|pegue|golpee|castigo) (?:\w{1,20} )?a mi mism[oa]\b",
    r"\b(?<!gato )(?<!perro )(?<!gata )(?<!perra )me (?:rasgue|rasgo|raje|rajo|queme|quemo|estoy"
    r" quemando|estoy cortando|muerdo|mordi|rasque"
    r"|rasco|arane|arano) (?:los|las|el|la|mis) (?:brazos|brazo|munecas|muneca|piernas|pierna"
    r"|muslos|muslo|piel)\b(?! (?:con el horno|con el aceite|cocinando|sin querer|al))",
    r"\bde tanto cortarme\b",
    r"\b(?:tapar|esconder|se vieran|ocultar|tapo|escondo|tapar|taparme) (?:\w{1,20} ){0,3}(?:los"
    r" cortes|las cicatrices|mis cortes|las heridas)\b",
    r"\b(?:cortecitos|cortes|cortaditas|heridas) en (?:el|los|la|las|mi|mis) (?:muslos?|brazos?"
    r"|munecas?|piernas?|panza)\b",
    r"\bme corte (?:otra vez|de nuevo|mas hondo|anoche|ayer|hoy)\b",
    r"\bme corte con (?:\w{1,20} ){0,10}y (?:luego )?segui\b",
    r"\bme (?:hago|hice|he hecho|sigo haciendo|hago) dano(?: \w{1,20}){0,3} (?:a proposito|despues"
    r" de (?:hablar|pelear|discutir)|cuando (?:me|peleamos|discutimos|estoy)|otra vez|por fuera)\b",
    r"\bque me hago dano\b",
    r"\bya no me hago dano\b",
    r"\bya lo intente una vez\b",
    r"\blo tengo desde hace semanas\b",
    r"\bcarta (?:\w{1,20} ){0,2}despidiendome\b",
    r"\b(?:ya escribi|estoy escribiendo|escribi) (?:las |unas |mis )?cartas\b(?! (?:de (?:amor"
    r"|presentacion|recomendacion|motivacion)|a los reyes|a papa noel))",
    r"\buna carta (?:\w{1,20} ){0,3}(?:explicando todo|debajo de la almohada|para cuando"
    r" (?:\w{1,20}"
    r" ){0,3}por si)\b",
    r"\b(?:carta|nota|cartas)(?: \w{1,20}){0,6} (?:esta en el cajon|que la lea manana|para cada"
    r" uno)\b",
    r"\bescribi (?:\w{1,20} ){0,4}que lo siento y la deje\b",
    r"\b(?:no sabe|no saben) (?:que|q) es (?:el|la) ultim[oa]\b",
    r"\b(?:esta es|es) la ultima vez (?:que|q) (?:le|te|les) escribo(?:$| algo bonito)",
    r"\bbuen ultimo dia\b",
    r"\bcomo si fuera la ultima vez\b",
    r"\bni (?:\w{1,20} ){1,3}ni (?:a ninguna otra|nunca|ningun otro|ninguno mas)\b",
    r"\bno cuenten conmigo (?:\w{1,20} ){0,4}ni para\b",
    r"\bya para (?:que|q)$",
    r"\bno me busquen$",
    r"\bya no tengo miedo (?:a|de) morir\b",
    r"\bno quiero (?:que|q) se sienta culpable\b",
    r"\bno (?:es|fue) culpa de nadie(?:,? y menos tuya)\b",
]

# Being hurt or threatened: threats spelt out, stalking, weapons shown, a child at risk, sexual
# coercion and intimate images, papers and migration used as threats, being shut in.
IN_DANGER_MORE = [
    r"\b(?:dijo|dice|decia|me dijo|amenazo|amenaza|juro|jura|grita|grito|escribio|manda|repite"
    r"|diciendo|mando|mandaba|decir|escribe|escribia|avisa|aviso|advirtio|advierte|dicen|dijeron"
    r"|promete|prometio|asegura|aseguro|mensajes?|audios?)(?: \w{1,20}){0,6} (?:me|nos|te)"
    r" (?:va|iba|van) a (?:matar|desaparecer(?! (?:el|la|los|las|mi|mis|tu|tus|un|una|su|sus)\b)"
    r"|buscar y"
    r"|quemar|asfixiar|estampar|encontrar|romper|partir|reventar|hacer algo|enterrar|ahogar"
    r"|apunalar|disparar|pegar|deportar|echar|rajar|desfigurar|secuestrar|violar|cortar (?:la cara"
    r"|el cuello|la garganta|en pedazos|los dedos|las manos)|marcar la cara|tirar acido|echar"
    r" acido|mandar (?:a )?(?:matar|desaparecer|golpear))\b" + _NOT_JOKING,
    r"\bsi (?:\w{1,20} ){0,10}(?:me rompe|me quema|me parte|mata a (?:mi|mis)|me revienta|nos"
    r" encuentra|me"
    r" encuentra|los ninos pagan|le hace algo|me deport\w{1,4}|llama a migracion|me denuncia a"
    r" (?:migracion|extranjeria)|me busca y)\b" + _NOT_JOKING,
    r"\bme mata a mi\b",
    r"\b(?:me|nos) (?:ha |han )?(?:amenaza|amenazo|amenazado|tiene amenazad[oa]|amenazaba)"
    r"(?: \w{1,20}){0,7} con (?:(?:un|una|el|la|su) )?(?:cuchillo|navaja|pistola|arma|escopeta"
    r"|machete"
    r"|matar\w{0,4}|pegar\w{0,4}|quemar\w{0,4}|mandar (?:los|las|mis) (?:videos|fotos)|publicar"
    r"|subir|difundir|decirle a mi jefe|denunciarme|echarme|hacer(?:me|le|les|nos) dano)\b"
    + _NOT_JOKING,
    r"\b(?<!cita en )(?<!cita de )(?<!turno en )(?:migracion|extranjeria)\b(?!(?: \w{1,20}){0,3}"
    r" (?:trabajo|trabaja|tramite|cita))",
    r"\b(?:me (?:van a |va a )?deporta(?:n|r|ran|rian)?|me tiene sin papeles|estoy ilegal|no tengo"
    r" papeles y)\b",
    r"\b(?:le tengo|les tengo) (?:terror|panico|pavor)\b(?! a\b)",
    r"\b(?:estoy escondid[oa]|me escondo|me encierro|nos encerramos|estamos encerrad[oa]s)"
    r" (?:en el bano|en la habitacion|en el cuarto|en el armario|de (?:el|ella)|con (?:los ninos|mi"
    r" hij[oa]|el bebe|la bebe)|cuando (?:llega|viene|bebe)|en casa de (?:una|un|mi) \w{1,20})\b"
    r"(?! de (?:la oficina|el trabajo|la fiesta))(?! (?!llorando|temblando|cuando)\w{2,20}(?:ando"
    r"|iendo)\b)" + _NOT_JOKING,
    r"\b(?:escribiendo desde el bano|escribo desde el bano|puerta trabada|saben esconderse)\b",
    r"\besta (?:pateando|golpeando|rompiendo|tirando abajo) (?:la puerta|todo|las cosas)\b",
    r"\b(?:rompio|rompe|tiro abajo|pateo) la puerta\b",
    r"\besta (?:afuera|fuera|abajo|en la puerta)(?: de (?:mi|la) casa)? (?:gritando|golpeando"
    r"|esperandome)\b",
    r"\besta esperandome (?:abajo|afuera|fuera|en la puerta)\b",
    r"\b(?:ex|exnovi[oa]|ex pareja|expareja|exmarido|exmujer)(?: \w{1,20}){0,3} (?:aparece"
    r"|aparecio|se presenta|se presento|me estaba esperando|me espera|me esperaba|se subio"
    r"|se metio|se entero de mi direccion|me sigue|me puso un)\b",
    r"\b(?:aparece|sigue apareciendo|aparecio) (?:en todos lados|donde estoy|en mi (?:trabajo"
    r"|portal"
    r"|casa|puerta))\b",
    r"\b(?:encontre|me puso|descubri|le puso) (?:\w{1,20} ){0,1}(?:un |una )?(?:rastreador"
    r"|localizador|airtag|gps|camara escondida|camara oculta|microfono)\b(?!(?: \w{1,20}){0,8}"
    r" por si (?:me )?(?:lo|la|los|las) roban)",
    r"\b(?:sabe|sabia) (?:siempre )?(?:donde (?:duermo|estoy)|a (?:que|q) hora (?:sale|salgo|iba"
    r"|voy|llego))\b",
    r"\bme (?:manda|mando|envia|envio) (?:\w{1,20} ){0,2}fotos? de (?:mi casa|mi ventana|la ventana"
    r"|mi portal|mi coche)\b",
    r"\bsu coche (?:\w{1,20} ){0,2}aparcado (?:frente|enfrente|delante)\b",
    r"\bme (?:esta|estaba) (?:siguiendo|persiguiendo)\b(?! (?:en|por) (?:instagram|twitter|tiktok"
    r"|las"
    r" redes))",
    r"\bme (?:sigue|persigue|persiguio|siguio|siguen) (?:todos los dias|con el (?:coche|carro|auto)"
    r"|en (?:la|el) (?:moto|coche|carro))\b",
    r"\bsigue todos los dias\b",
    r"\bme ve por la ventana\b",
    r"\bse (?:subio|metio|mete) (?:a|en) mi (?:depa|casa|piso|cuarto|balcon)\b",
    r"\bentra cuando quiere\b",
    r"\borden de alejamiento\b",
    r"\bpadrastro (?:\w{1,20} ){0,2}(?:se mete|entra|toca|le toca|la toca|le pide|le manda)\b",
    r"\b(?:novio|pareja) de mi (?:madre|mama|ex)(?: \w{1,20}){0,2} (?:le toca|la toca|lo toca|le"
    r" manda|le pide)\b",
    r"\ble toca (?:las piernas|el culo|la cola|sus partes|los pechos)\b",
    r"\ble pide fotos\b",
    rf"\ble (?:pego|pega|pegaba|(?:dio|daba|da) (?:un |una )?(?:punetazo|bofetada|paliza|golpe"
    rf"|patada|cachetada|manotazo|nalgada|tortazo)) (?:\w{{1,20}} ){{0,3}}(?:al|a la|a el|a mi|a"
    rf" los"
    rf"|a las|a nuestro|a nuestra) (?:\w{{1,20}} )?{_KID}\b",
    r"\ble (?:dio|daba) (?:un |una )?(?:punetazo|bofetada|paliza|cachetada|manotazo|nalgada"
    r"|tortazo)"
    r"\b" + _NOT_THING,
    r"\b(?:sacude|sacudio|zarandea|zarandeo) al bebe\b",
    r"\b(?:tiene|tienen|con|vuelven|vuelve|volvio)(?: \w{1,20}){0,2} marcas (?:en los brazos|en la"
    r" espalda|en las piernas|que no)\b",
    r"\bmarcas que no (?:se|puedo) explicar\b",
    r"\b(?:el|la) bebe tiene (?:un )?(?:moreton|moraton|morado)\b",
    r"\bdejo (?:a )?(?:la|el) bebe sol[oa]\b",
    r"\bse (?:metio|esconde|escondio) debajo de la cama cuando\b",
    r"\bse pone (?:violento|agresivo|violenta|agresiva)\b(?! (?:el|la|los|las) \w)",
    r"\bme (?:tiro|tira|lanzo|lanza|arrojo) (?:el|la|los|las|un|una) \w{1,20}(?: \w{1,20})?"
    r" (?:a la cara|encima|a la cabeza|por la ventana)\b(?!(?: \w{1,20}){0,3} sin querer)",
    r"\bme (?:la|lo) tiro encima\b",
    r"\bme tiro el (?:plato|vaso)\b(?!(?: \w{1,20}){0,4} sin querer)",
    r"\bme tiro (?:\w{1,20} )?(?:agua hirviendo|aceite|cafe hirviendo|la sopa)\b",
    r"\bme apago (?:el|un|su) (?:cigarro|cigarrillo|pitillo)\b",
    r"\bme (?:empujo|empuja|empujaba)\b(?! a \w{2,20}(?:ar|er|ir|arme|erme|irme)\b)(?! (?:a"
    r" (?:hacer|ir|salir|estudiar|intentar|seguir|probar"
    r"|ser|que)|para (?:que|ser)|un poco a))",
    r"\bno es (?:que|q) me pegue\b",
    r"\b(?:moretones|moratones|marcas|morados)(?: \w{1,20}){0,4} (?:por|x) su culpa\b",
    r"\b(?:dije|digo|le dije|le digo|les digo|les dije) a (?:todos|todo el mundo|mi \w{1,20}|mis"
    r" \w{1,20}|la gente)(?: \w{1,20}){0,2} (?:que|q) (?:me cai|fue (?:con )?(?:la|el) (?:puerta"
    r"|armario|escalera|mueble)|me queme cocinando|me golpee)\b",
    r"\b(?:dije|digo) (?:que|q) fue (?:con )?(?:la|el) (?:puerta|armario|mueble)\b",
    r"\b(?:digo|le digo|les digo) (?:que|q) me (?:cai|queme|golpee)\b",
    r"\btengo (?:moretones|moratones|marcas|morados) en (?:todo )?(?:el|los|la|las|mis) (?:brazos?"
    r"|piernas?|cuello|espalda|cara|costillas)\b(?!(?: \w{1,20}){0,4} (?:futbol|gimnasio|gym"
    r"|mudanza|bici"
    r"|entreno|partido|rugby|crossfit|boxeo|caida|clase))",
    r"\bse me hizo un moreton\b(?:(?: \w{1,20}){0,10} pero fue el)",
    r"\b(?:tengo|con) el ojo (?:hinchado|morado|negro)\b(?! (?:por|de) (?:la )?(?:alergia|llorar"
    r"|una picadura|conjuntivitis))",
    r"\bel moreton del ojo\b",
    r"\bme (?:quebro|rompio|fracturo) (?:un|el|la|los|las|dos|tres) (?:dedos?|brazos?|costillas?"
    r"|nariz"
    r"|munecas?|dientes?)\b",
    r"\bme (?:agarre|agarra|agarro|agarraba|coge|cogio) del cuello\b",
    r"\bme (?:tapo|tapa|tapaba|apreto|aprieta|puso|sostuvo|sostiene|hundio|metio) (?:\w{1,20}"
    r" ){0,2}"
    r"(?:la boca|la cara|la cabeza)(?: \w{1,20}){0,2} (?:con la almohada|contra la almohada|abajo"
    r"|bajo el agua|debajo del agua|hasta)\b",
    r"\bme (?:amarro|ato|ataba|amarra|ata) (?:las manos|los pies|a la cama|a la silla)\b",
    r"\bme (?:aprieta|apreto|apretaba|agarra|agarro|agarraba) (?:\w{1,20} ){0,3}hasta (?:dejarme"
    r"|que me|hacerme)\b",
    r"\bme (?:\w{1,20} ){0,4}a la fuerza\b" + _NOT_JOKING,
    r"\bme (?:echo|dejo|saco|tiro) (?:a|en) la calle(?: \w{1,20}){0,3} (?:de madrugada|de noche|sin"
    r" zapatos|en pijama|sin nada)\b",
    r"\bme dejo (?:ahi )?tirad[oa]\b",
    r"\bdel coche en marcha\b",
    r"\bme drog(?:o|aron) (?:y|en|la|para)\b",
    r"\bme obliga (?:a )?(?:hacer )?cosas en la cama\b",
    r"\b(?:me desperte|desperte) y (?:el|ella) estaba encima de mi\b",
    r"\bme forz(?:o|aron)\b",
    r"\b(?:videos?|fotos?) (?:intim[oa]s|desnud[oa]|que (?:me )?grabo sin)\b",
    r"\bme grabo (?:desnud[oa]|sin (?:permiso|que))\b",
    r"\bsi no le (?:mando|envio|paso) (?:mas )?fotos\b",
    r"\bvideos que grabo\b",
    rf"\b(?:tiene|guarda|saco|saca|agarro|agarra|cargando|afilando|limpio|limpia|fue a buscar|me"
    rf" enseno|me mando una foto de)(?: \w{{1,20}}){{0,3}} {_WEAPON}(?: \w{{1,20}}){{0,8}}"
    rf" (?:borracho|discutimos|discutir|delante de mi|mirandome|me miraba|por si acaso|me lo enseno"
    rf"|nos|me amenaza|tengo miedo|hablamos|se acabo|para ti|de su lado|no me hizo nada)\b",
    rf"\besta (?:afilando|limpiando|cargando) (?:el|la|su) {_WEAPON}\b",
    rf"\btiene (?:un|una) {_WEAPON} (?:y esta|en la mesita|debajo del colchon)\b",
    r"\ble (?:pego|pega|mato) al perro\b",
    r"\byo soy (?:la|el) siguiente\b",
    r"\brata muerta\b",
    r"\bquemar(?:me|nos)? la casa (?:con|conmigo)\b",
    r"\bme quema la casa\b",
    r"\b(?:comprar|compro) gasolina (?:y|para)\b",
    r"\bque no se me acerque\b",
    r"\bme da miedo dormir(?:me)?\b(?!(?: \w{1,20}){0,3} (?:sol[oa]|con la luz|despues de|por (?:la"
    r"|el)"
    r" (?:peli|pelicula|serie|tormenta)))",
    r"\bse (?:lleva|llevara|va a llevar|llevaria) (?:a )?(?:los ninos|la nina|el nino|mis hijos|mi"
    r" hij[oa]|la bebe|el bebe|la nena)(?: \w{1,20}){0,3} (?:a su pais|a \w{1,20} y no|y no (?:los"
    r"|la|lo) vuelvo a ver)\b",
    r"\bllevarselos a su pais\b",
    r"\bse (?:lleva|llevo) (?:mi llave|las llaves|mis llaves)\b",
    r"\b(?:cerro|cierra|cerraba) (?:\w{1,20} ){0,3}con (?:candado|clavos)\b",
    r"\bcerro la puerta con llave (?:y )?(?:dijo|no|conmigo)\b",
    r"\bme (?:dejo|deja|dejaba|dejaron) encerrad[oa]\b(?!(?: \w{1,20}){0,6} sin querer)",
    r"\bme (?:dejo|deja|dejaba|tuvo|tiene) sin (?:comer|comida)(?: \w{1,20}){0,3} (?:dias|como"
    r" castigo|y sin dinero)\b",
    r"\bpara (?:que|q) no (?:pida|pidiera|pueda pedir) ayuda\b",
    r"\bno tengo como salir\b",
    r"\b(?:me cambio|me habia cambiado|cambio) la cerradura\b",
    r"\b(?:me quito|tiene|guarda) (?:\w{1,20} ){0,1}(?:el|mi) (?:pasaporte|permiso de"
    r" residencia)\b",
    r"\bdice (?:que|q) ya viene\b",
    r"\bnos iba a estampar\b",
    r"\bme (?:rompio|rompe) el (?:movil|celular|telefono) para (?:que|q) no\b",
]

# More of the same, from the misses of the first pass over the new files.
IN_DANGER_MORE += [
    r"\b(?:ex|exnovi[oa]|ex pareja|expareja)(?: \w{1,20}){0,6} (?:me esta vigilando|me vigila)\b",
    r"\bme (?:persigue|persiguio|siguio|sigue|seguia|perseguia) hasta (?:mi casa|el trabajo|mi"
    r" trabajo|la puerta|casa)\b",
    r"\b(?:ex|exnovi[oa]|ex pareja|expareja)(?: \w{1,20}){0,2} sabe donde (?:vivo|duermo|trabajo"
    r"|estoy)\b",
    r"\bme (?:quemo|quema|quemaba) (?:\w{1,20} ){0,2}con (?:el|un|su) (?:cigarro|cigarrillo"
    r"|encendedor|mechero|plancha)\b",
    r"\bme mata (?:lo ha dicho|lo dijo|lo dice|en serio|de verdad|y no exagero|no exagero|no es"
    r" broma)\b",
    r"\bsi no le (?:mando|envio|paso)(?: \w{1,20}){0,3} va a (?:pasar|subir|mandar|ensenar"
    r"|publicar)\b",
    r"\bsi (?:\w{1,20} ){0,6}me busca$",
    r"\bporque (?:va|van) a preguntar\b",
    r"\birme de casa (?:\w{1,20} ){0,3}no tengo a donde\b",
    r"\bmirandome con (?:algo|un cuchillo|el cuchillo) en la mano\b",
    r"\bdijo (?:que|q) hoy me toca\b",
    r"\b(?:afuera|fuera|frente) de (?:mi )?casa(?: \w{1,20}){0,2} no quiero entrar\b",
    r"\bno (?:iban|van) a llegar al (?:cole|colegio)\b",
    r"\bpara (?:que|q) no (?:hablara|contara|pidiera ayuda)\b",
    r"\bme (?:arrastro|arrastra|jalo|jala|tiro) (?:\w{1,20} ){0,4}del pelo\b",
    r"\b(?:llevarse|se llevo) (?:al nino|a la nina|a mi hij[oa]|al bebe|a la bebe) sin\b",
]

SELF_HARM_INDIRECT += [
    r"\bno (?:le )?(?:veo|encuentro|tengo) (?:ninguna? )?(?:sentido|razon|motivo)s? (?:a |de |para"
    r" )?"
    r"(?:seguir (?:aqui|asi|viv[oa])|estar aqui|seguir$)",
    r"\bdormid[oa] y no despertar\b|\by no (?:volver a )?despertar(?:me)? nunca\b",
    rf"\b(?:frasco|bote|caja|tira|blister) de {_PILLS} en la mano\b",
    r"\bnadie (?:notaria|se daria cuenta|lo notaria)\b",
    r"\bsi me voy para siempre\b",
    r"\bya no voy a estar(?: gracias\b|$)",
    r"\b(?:saltar|tirarme|lanzarme|aventarme) (?:desde|del|de la|por) (?:el |la )?(?:balcon|puente"
    r"|ventana|azotea|edificio|piso \d{1,2}|terraza|acantilado)\b" + _NOT_JOKING,
    r"\b(?:sin|no tengo|no me quedan?|ni) (?:\w{1,20} ){0,3}ganas de vivir\b",
    r"\bni de vivir\b",
    r"\b(?:este|esto) es mi ultimo mensaje\b(?! (?:del dia|de hoy|por hoy|antes de|del ano))",
    r"\bmejor sin (?:una|un) (?:madre|padre|mama|papa|novia|novio|pareja|hija|hijo) como yo\b",
    r"\b(?:estaran|estara) mejor sin mi\b",
    r"\bya tengo (?:las|la|el|los) (?:pastillas|cuerda|soga|cuchilla|cuchillas|veneno|pistola"
    r"|escopeta)\b(?! (?:de|del|para) )",
    r"\b(?:me quiero ir|quiero irme|me voy a ir) para siempre\b(?! (?:de|a)\b)",
    r"\bme (?:estoy cortando|sigo cortando|vuelvo a cortar)\b(?! (?:el|las|la|los) (?:pelo|unas"
    r"|flequillo|barba|puntas|cebolla|verdura))",
    r"\b(?:que|q) sentido tiene (?:seguir|vivir|la vida|estar aqui)\b",
    r"\b(?:regale|vendi|le di|di)(?: \w{1,20}){0,3} (?:el perro|mi perro|la moto|mis libros|mi ropa"
    r"|la play|mi bici|mi guitarra|el anillo|mi anillo)\b(?: \w{1,20}){0,20} (?:tranquil[oa]|no"
    r" pregunten|me estoy mudando|sin motivo|algo mio|deudas|dejar todo)\b",
    r"\bno (?:le|les) quede?n? a nadie\b",
    r"\bpara irme con (?:ella|el)\b",
    r"\bcuantos metros tiene el (?:edificio|puente)\b",
    r"\bno me trataria\b",
    r"\bcomo hacerlo sin (?:que|q)\b",
    r"\bno le veo salida a nada\b",
    r"\bpienso en no mirar\b",
    r"\bya (?:busque|elegi|encontre) el sitio\b",
    r"\bhice (?:el )?testamento\b(?: \w{1,20}){0,4} tengo \d{2} anos\b",
    r"\bno voy a volver por (?:el|ella)\b",
    r"\b(?:buen|el) dia para irme\b",
    r"\b(?:deje|le deje) (?:la llave|las llaves)(?: \w{1,20}){0,8} (?:con una nota|chau|adios)\b",
    r"\bperdon por dejarl[oa]\b",
    r"\b(?:a todos|a todo el mundo)(?: \w{1,20}){0,5} pidiendo perdon\b",
    r"\bpiso \d{1,2}(?: \w{1,20}){0,4} subo a mirar\b",
]

CONTROLLED_MORE_2 = [
    r"\bno me deja usar (?:mi|el|la|mis) (?:propio |propia )?(?:dinero|tarjeta|cuenta|sueldo)\b",
    r"\bme (?:critica|humilla|ridiculiza|insulta|grita) (?:\w{1,20} ){0,4}delante de (?:la gente"
    r"|todos|sus amigos|mis amigos|mi familia|los ninos)\b",
    r"\b(?<!madre )(?<!padre )(?<!mama )(?<!papa )me vigila (?:el|mi|los|las|mis|todo|a todas"
    r" horas)\b",
    r"\bme tiene sin (?:dinero|plata|un peso|un duro|tarjeta|movil|telefono)\b",
    r"\bpedirle (?:\w{1,20} )?hasta para\b",
    r"\b(?:darle|entregarle|pasarle) (?:mi|todo (?:el|mi)) (?:sueldo|salario|dinero|paga)\b",
    r"\b(?:decirle|contarle|avisarle) (?:\w{1,20} ){0,1}(?:donde|con quien) estoy (?:a cada rato"
    r"|cada"
    r" hora|todo el tiempo|siempre|cada vez)\b",
    r"\btengo (?:que|q) (?:decirle|avisarle|contarle) (?:donde|con quien) estoy\b",
    r"\b(?:me pide|me exige|me obliga a|tengo que) (?:que )?(?:le )?(?:mande|mandarle|envie|pase"
    r"|mandar) (?:\w{1,20} ){0,2}(?:fotos?|ubicacion|captura)(?: \w{1,20}){0,2} (?:de )?(?:donde"
    r"|con quien)\b",
    r"\bme rompe (?:mis|las) cosas cuando se (?:enfada|enoja|cabrea)\b",
    r"\ble (?:prohibe salir|quita la plata|quita el dinero)\b",
    r"\bborrar (?:este chat|los mensajes|el chat|el historial) antes de (?:que|q) (?:llegue|vuelva"
    r"|lo vea)\b",
    r"\bme insulta\b" + _NOT_GAME + _NOT_JOKING,
    r"\bme corto el pelo (?:mientras dormia|para que nadie)\b|\basi nadie me miraria\b",
    r"\bme bloqueo el numero de mi\b",
    r"\bme (?:mando|hizo|obligo a) cancelar\b",
]

# Afraid of hurting someone: urges and images, near misses, acts already done, a weapon kept or
# carried, waiting outside someone's door, not trusting oneself.
_URGE = (
    r"(?:voy a|quiero|tengo ganas de|me dan ganas de|ganas (?:\w{1,20} )?de|pienso en|he pensado en"
    r"|imagino|me imagino|impulsos de|tengo pensado como|pensado como|quiero es|solo quiero|lo"
    r" unico que quiero es|no paro de"
    r" imaginar|sueno con|pensamientos de|podria|a nada de|a punto de|estuve a punto de|a esto de)"
)
_HARM_HIM = (
    r"(?:pegarle|golpearl[oa]|matarl[oa]|matarlos|matarlas|empujarl[oa]|empujar a|estrangularl[oa]"
    r"|ahorcarl[oa]|apunalarl[oa]|atropellarl[oa]|atropellar a|envenenarl\w{1,3}|taparle la boca"
    r"|(?:pegar|golpear|estrangular|ahorcar|matar|apunalar|envenenar|atropellar|empujar|lastimar) a"
    r" (?:mi|su|ese|esa|este|esta) \w{1,20}|callarl[oa] a golpes|romperle (?:la cara|las piernas|la"
    r" boca|la cabeza|algo)|hacerle (?:mas"
    r" )?dano"
    r"|hacerles dano|lastimarl[oa]|darle una paliza|reventarle (?:la cara|la cabeza)|partirle la"
    r" (?:cara|cabeza)|abrirle la cabeza|ir y matarl\w{1,2}|reventarl[oa]|usarl[oa] con"
    r"|usarla contra|zarandearl[oa]|zamarrearl[oa]|abofetearl[oa]|cachetearl[oa]|ahogarl[oa]"
    r"(?! a (?:besos|abrazos|cosquillas|preguntas|mensajes)))"
)
MIGHT_HURT_MORE = [
    rf"\b{_URGE} {_HARM_HIM}\b" + _NOT_JOKING,
    r"\b(?<!no quiero )(?<!\bsin )(?:hacerle|hacerles) (?:mas )?dano\b(?! (?:a (?:su|tu) (?:orgullo"
    r"|ego)|con (?:lo|mis palabras)|sin querer))",
    r"\b(?:tengo miedo|me da miedo|me da panico|temo|me asusta|miedo) (?:de )?lo (?:que|q) (?:le )?"
    r"(?:voy a|pueda|pudiera|podria|podia|puedo|vaya a)(?: llegar a)? hacer(?:le)?\b",
    r"\bsi (?:lo|la|los|las) (?:veo|encuentro|pillo|agarro|cruzo)(?: \w{1,20}){0,3} (?:lo|la|los"
    r"|las)"
    r" (?:mato|reviento|rompo)\b" + _NOT_JOKING,
    r"\b(?:le levante la mano|levante el puno)\b",
    r"\ble (?:aprete|estruje|agarre|cogi|sujete) (?:\w{1,20} ){0,1}(?:el brazo|la muneca|el cuello"
    r"|del cuello|del pelo|la cara|los brazos|tan fuerte)\b",
    r"\b(?:agarre|cogi) (?:a mi \w{1,20} )?del (?:pelo|cuello)\b",
    r"\b(?:la|lo) agarre tan fuerte\b",
    r"\baprete tanto el brazo\b",
    r"\bmis manos en su cuello\b|\bcon las manos en su cuello\b",
    rf"\b(?:le |lo |la )?(?:sacudi|zarandee)(?: \w{{1,20}}){{0,3}} (?:a |al )?(?:\w{{1,20}}"
    rf" )?(?:{_KID})\b",
    r"\b(?:lo|la) (?:sacudi|zarandee)\b",
    r"\ble tire (?:\w{1,20} ){0,3}(?:a la cabeza|a mi novi[oa]|encima|a la cara|a mi (?:mujer"
    r"|marido"
    r"|pareja))\b",
    r"\ble tire (?:el|la|un|una) (?:vaso|silla|plato|celular|movil|telefono|plancha|sarten|zapato"
    r"|taza|botella|mando)\b",
    r"\b(?:lanzarle|lanzandole|tirarle|tirandole) (?:el|la|un|una) (?:vaso|silla|plato|plancha"
    r"|sarten|botella|taza)\b",
    r"\b(?:casi|por poco) (?:le |lo |la )?(?:pego|tiro|mato|ahorco|rompo|empujo|doy|le doy)\b"
    + _NOT_THING
    + _NOT_JOKING,
    r"\b(?:casi|por poco) atropello a (?:mi|su)\b",
    r"\b(?:le di|di|le he dado|ya le he dado|le daba) (?:un |una )?(?:empujon|empujones|nalgada"
    r"|bofetada|cachetada|punetazo|patada|golpe|manotazo|tortazo|hostia|paliza)\b"
    + _NOT_THING
    + _NOT_GAME,
    r"\b(?:golpee|di un punetazo|di una patada)(?: \w{1,20}){0,4} (?:a centimetros|al lado) de su"
    r" (?:cara|cabeza)\b",
    r"\b(?:le|lo|la) (?:parto|rompo|reviento|voy a romper|voy a partir) (?:la cara|la boca|las"
    r" piernas|la cabeza|algo)\b" + _NOT_GAME + _NOT_JOKING,
    r"\b(?:la|lo) madreo\b|\ble meto (?:una|un) (?:hostia|ostia|pina|trompada|punetazo)\b",
    r"\b(?:hacerle|hacerles|le voy a hacer|les voy a hacer) pagar\b",
    r"\bque les duela fisicamente\b",
    rf"\b(?:tengo|compre|guarde|meti|llevo|lleve|me lleve|cogi|agarre|fui a buscar)(?: \w{{1,20}})"
    rf"{{0,2}} {_WEAPON}\b(?: \w{{1,20}}){{0,10}} (?:por si (?:me )?(?:lo|la) (?:cruzo|encuentro"
    rf"|veo)"
    rf"|esperando (?:a )?que llegue|contra (?:ella|el)|usarl[oa]|con el|con ella|desde que supe"
    rf"|despues de ver|no sabe que la tengo|en el maletero|en la mochila|en medio de la pelea"
    rf"|durante la pelea|en la"
    rf" pelea|en la discusion|durante la discusion"
    rf"|mirando la puerta|no se para que|cargada|y me frene|en la mano|por si (?:viene|llega"
    rf"|aparece"
    rf"|vuelve)|escondid[oa])\b(?!(?: \w{{1,20}}){{0,4}} (?:picando|cortando|cocinando|pelando)\b)",
    rf"\b(?:voy|ir|ire|iba)(?: \w{{1,20}}){{0,6}} con (?:un|el|la|una) {_WEAPON}\b",
    r"\bllevo algo en el bolsillo\b",
    r"\bno se (?:que|lo que) (?:le )?voy a hacer (?:cuando|si)\b",
    r"\bno se (?:que|lo que) le voy a hacer\b",
    r"\bno se de lo que soy capaz\b",
    r"\b(?:no respondo de mi|no me controlo|no se controlarme|no se contenerme|no me fio de mi"
    r"|me controlo por los pelos|me asusta que un dia no me pare|alguien me pare|ya no se"
    r" controlarme)\b" + _NOT_JOKING,
    r"\bno respondo(?: de mi)?$",
    r"\bno me reconozco\b(?! (?:en|con) (?:el espejo|las fotos|este|esta|ese|esa))",
    r"\bme asuste (?:\w{1,20} )?de mi\b" + _NOT_JOKING,
    r"\b(?:asustad[oa]|miedo|panico) (?:\w{1,20} )?de mi mism[oa]\b",
    r"\bme da miedo a mi mism[oa]\b",
    r"\bno por (?:el|ella) por mi\b",
    r"\b(?:quedarme|estar) (?:sol[oa]|a solas) con (?:mi|el|la) (?:\w{1,20} )?cuando estoy asi\b",
    r"\bantes de (?:que )?(?:lastime|le haga dano|haga algo|hacer algo)\b",
    r"\b(?:hacer|haga) algo (?:terrible|malo|que no tenga vuelta|peor|de lo que me arrepienta)\b",
    r"\b(?:le voy a hacer algo|le hago algo|hacer una locura)\b",
    r"\bme pongo (?:violent[oa]|agresiv[oa])\b" + _NOT_GAME + _NOT_JOKING,
    r"\bme estoy (?:pareciendo|volviendo) (?:a )?(?:el|ella|mi (?:padre|madre|viejo|vieja))\b",
    r"\bme estoy pareciendo\b",
    r"\b(?:envenenarl\w{1,3}|ponerle algo|echarle algo|meterle algo) en (?:la|su) (?:comida|bebida"
    r"|cafe|copa)\b",
    r"\b(?:la|lo) voy a (?:lanzar|tirar) contra\b",
    r"\b(?:tanta rabia|tan enfadad[oa]|tan furios[oa]|tan enojad[oa]|tan cabread[oa]|tanto odio)"
    r"(?: \w{1,20}){0,3} (?:que|q) (?:podria|voy a|me da miedo)\b",
    r"\b(?:rabia|ira|odio) (?:que|q) me (?:da miedo|asusta)\b",
    r"\b(?:estoy|estar) siguiendo su coche\b",
    r"\bdonde vive el tipo\b",
    r"\b(?:estoy|me quede|sentad[oa]|esperando)(?: \w{1,20}){0,3} (?:afuera|fuera|frente a|enfrente"
    r" de|enfrente del|en la puerta de|delante de) (?:su|la casa de|el bar)\b" + _NOT_A_VISIT,
    r"\b(?:estoy|voy) (?:afuera|fuera) de su (?:trabajo|casa)\b" + _NOT_A_VISIT,
    r"\bvoy de camino a su (?:trabajo|casa) para enfrentarl[oa]\b",
    r"\bdando vueltas con el coche por su calle\b",
    r"\bestoy en la puerta$",
    r"\bestoy (?:que|a nada de) (?:exploto|explotar)\b",
    r"\bsangre hirviendo\b|\bme hierve la sangre\b",
    r"\bcuando (?:ella|el) duerme me quedo mirandol[oa]\b",
    r"\bno quiero llegar a mas\b",
    r"\b(?:para|por) no hacer (?:nada|algo) peor\b",
    r"\blo (?:encierro|encerre) en el cuarto\b",
    r"\bmatarlos a los dos\b",
    r"\bva a pagar y lo dije en serio\b",
]

MIGHT_HURT_MORE += [
    r"\by hacerle (?:algo|dano)\b",
    r"\b(?:le|la|lo) he (?:pegado|golpeado|empujado|abofeteado|ahorcado)\b(?! (?:un|una|el|la|los"
    r"|las) (?:sello|etiqueta|chicle|pegatina|cartel|papel|nota|foto|susto|grito|resfriado"
    r"|gripe)\b)",
    r"\b(?:miedo|preocupa|temo|asusta)(?: \w{1,20}){0,4} (?:le|les) haga (?:dano|algo)\b"
    r"(?! (?:el|la|los|las) )",
    r"\b(?:miedo|panico) de mi cuando\b",
    r"\b(?:agarre|cogi|apret\w{1,2}) (?:a mi \w{1,20} )?del (?:brazo|cuello|pelo)(?: \w{1,20}){0,4}"
    r" (?:y le deje marcas?|tan fuerte|muy fuerte)\b",
    r"\ble deje (?:marcas?|moretones|moratones|morados|los dedos marcados)\b",
    r"\b(?:lo|la|los) (?:voy a matar|mato)(?: (?!ja|je|xd|lol)\w{1,20}){0,3} (?:te lo juro|lo juro"
    r"|(?<!\bno )en serio|de"
    r" verdad)\b" + _NOT_JOKING,
    r"\b(?:me )?imagin\w{1,6}(?: \w{1,20}){0,2} (?:lastimandol[oa]|estrangulandol[oa]"
    r"|atropell\w{1,8}|haciendole dano|matandol[oa]|pegandole|golpeandol[oa]|ahorcandol[oa]"
    r"|apunalandol[oa]|que le pongo la almohada)\b",
    r"\busarl[oa] (?:contra|con) (?:ella|el|mi \w{1,20})\b",
    r"\bacorrale\b",
    r"\b(?:a punto|a nada) de explotar con (?:ella|el|mi|los ninos)\b",
    r"\ble grite tan(?:to)? (?:\w{1,20} ){0,3}(?:que|q) (?:se meo|lloro|temblaba)\b",
    r"\bno me quito la rabia\b",
    r"\ble rompi la puerta\b",
]

# Coercive control: location demanded, money taken, phone and passwords, cut off from people,
# put down, silence as punishment, clothes and body policed, watched at home.
CONTROLLED_MORE = [
    r"\b(?:tengo (?:que|q)|le tengo (?:que|q)|me hace|me obliga a|me hizo|me pide)(?:"
    r" \w{1,20}){0,1}"
    r" (?:mandarle|enviarle|pasarle|ensenarle|darle|dejarle|justificar(?:le)?|pedirle|mandar|pasar)"
    r"(?: \w{1,20}){0,3} (?:ubicacion|fotos? (?:de )?(?:donde|con quien|con la hora)|captura"
    r"|tickets?"
    r" de (?:todo|cada)|(?:plata|dinero|permiso) (?:hasta|para todo|incluso)|cada (?:hora|vez"
    r"|minuto)"
    r"|(?:movil|celular|telefono) desbloqueado|camara)\b",
    r"\b(?:ubicacion|gps)(?: \w{1,20}){0,6} (?:si la apago|si lo apago|cada hora|24 7|activada"
    r"|compartida)\b",
    r"\bsi (?:la|lo) apago (?:se arma|se pone|se enfada|se enoja|me)\b",
    r"\b(?:va|van|entra) (?:directo |directamente )?a su cuenta\b",
    r"\b(?:el|ella) cobra mi (?:sueldo|salario|paga)\b",
    r"\bme quita (?:todo )?(?:el|mi) (?:sueldo|salario|dinero)\b",
    r"\bno tengo (?:acceso a (?:la|mi|nuestra) cuenta|dinero propio(?! (?:este|hasta|ahora))|ni un"
    r" (?:peso|euro|duro|centavo"
    r"|sol)|nada a mi nombre|cuenta propia)\b",
    r"\bni un (?:peso|euro|centavo|duro) (?:propio|a mi nombre)\b",
    r"\b(?:no tengo|no me deja tener|sin) (?:plata|pasta|lana|guita|un peso|un duro) propi[oa]\b"
    r"(?!(?: \w{1,20}){0,4} (?<! con )(?<! de )(?<! a )(?:mi (?:vieja|viejo|madre|padre|mama|papa)"
    r"|mis (?:viejos|padres))\b)",
    r"\bme (?:esconde|controla|maneja|administra|quita) (?:el dinero|mi dinero|las tarjetas|mi"
    r" tarjeta|la tarjeta|el sueldo|mis cuentas)\b",
    r"\b(?:controla|maneja) mi tarjeta\b",
    r"\b(?:me da|me descuenta de) (?:una |la )?paga\b",
    r"\bpedirle (?:plata|dinero|pasta|permiso) (?:hasta|para todo|incluso)\b",
    r"\bhasta para las (?:toallas|compresas)\b",
    r"\b(?:revisa|pide|mira|controla|me revisa) (?:\w{1,20} ){0,1}(?:los tickets|el ticket|el"
    r" extracto|los extractos|cada gasto|cada cafe|los gastos)\b",
    r"\bexplicar cada (?:cafe|gasto|euro|peso|compra)\b",
    r"\bcada (?:centavo|euro|peso|gasto) que gasto\b",
    r"\b(?:tiene|sabe) (?:las claves|las contrasenas|mis claves) de (?:mis|todas mis) cuentas\b",
    r"\bme cambio (?:la clave|la contrasena)\b" + _NOT_JOKING,
    r"\bcambio (?:la clave|la contrasena) del wifi\b",
    r"\b(?:puso|tiene) (?:\w{1,20} ){0,8}solo a su nombre\b",
    r"\b(?:dice (?:que|q)|si (?:me voy|lo dejo|la dejo|me separo))(?: \w{1,20}){0,3} me (?:quedo"
    r"|voy a"
    r" quedar) sin nada\b|\bdejarme sin nada\b",
    r"\bme puedo ir con lo puesto\b",
    r"\bacabo en la calle\b",
    r"\b(?:me pidio|me pide|pidio|pide|me exige|exige|tiene todas|le di|darle|le tuve que dar)(?:"
    r" \w{1,20})"
    r"{0,2} (?:(?:todas )?(?:mis|las) contrasenas|la contrasena del (?:whatsapp|correo|movil"
    r"|celular|instagram|facebook|banco)|las contrasenas de (?:todo|mis))\b",
    r"\b(?:lee|leer|lea|leyendo|revisa|revisar|mira|espia|controla)(?: \w{1,20}){0,1} (?:mis|los"
    r"|todos mis) (?:mensajes|whatsapps?|chats|correos|conversaciones)\b",
    r"\b(?:instalo|puso|me instalo|le instalo|le puso|me puso) (?:\w{1,20} ){0,2}(?:app|aplicacion"
    r"|programa|camaras?|gps|localizador)\b(?!(?: \w{1,20}){0,8} por si (?:me )?(?:lo|la|los|las)"
    r" roban)",
    r"\b(?:movil|celular|telefono) desbloqueado\b",
    r"\bsi no (?:le )?(?:contesto|respondo)(?! (?:a|al) (?:mi |la |el |los |las )?(?:jefe|jefa|mama"
    r"|madre|papa|padre|vieja|viejo|viejos|padres|profe|clientes?|trabajo|oficina|grupo|abuel[oa]"
    r"|suegr[oa]|hermana|hermano)\b)(?: \w{1,20}){0,5} (?:se pone como loc[oa]|me llama"
    r"|me llena|se enfada|se enoja|se arma|me monta|me acusa|me reclama|me cela|me grita|me insulta"
    r"|me bloquea|se pone celos[oa]|me hace (?:un drama|una escena|un escandalo)|(?:piensa|cree"
    r"|dice) (?:que|q) (?:estoy|ando) con)\b",
    r"\bme llena el (?:telefono|movil|celular) de (?:mensajes|llamadas)\b",
    r"\bme (?:llama|escribe) (?:\w{1,20} )?(?:\d{1,3}|veinte|treinta|cincuenta|cien|mil|diez)"
    r" veces seguidas\b",
    r"\b(?:se pone|se queda) al lado (?:a|para) escuchar\b",
    r"\bme grabo hablando\b",
    r"\bya no (?:hablo con|veo a|llamo a|salgo con|visito a)(?: \w{1,20}){1,3} (?:a (?:el|ella) no"
    r" le (?:caen|gustan|gusta|cae)|a (?:el|ella) le (?:molesta|incomoda|molestan|incomodan)"
    r"|porque (?:el|ella) dice)\b",
    r"\b(?:es|son) (?:una |un )?malas? influencias?\b",
    r"\bno puedo ver a mi familia\b",
    r"\bborrar a (?:todos|todas) (?:los|las|mis) (?:chicos|contactos|amigos|amigas|hombres"
    r"|chicas)\b",
    r"\bme dice a quien puedo (?:seguir|ver|hablar|llamar)\b",
    r"\b(?:el|ella) (?:decide|elige|me elige|escoge)(?: \w{1,20}){0,2} (?:con quien|que como|que"
    r" ropa|la ropa|mi ropa|los amigos|mis amigas|lo que como|a que hora|cuando duermo|si puedo)\b"
    + _NOT_JOKING,
    r"\b(?:mi ropa|mis amig\w{1,3}|mi comida|la ropa|las vacaciones) (?:la|las|los|lo) (?:elige"
    r"|decide) (?:el|ella)\b",
    r"\btodo lo decide (?:el|ella)\b",
    r"\bme elige (?:la ropa|los amigos|lo que|mis)\b" + _NOT_JOKING,
    r"\bdecide (?:que|q) ropa me pongo\b",
    r"\bme (?:manda|hace) cambiarme\b",
    r"\bla (?:falda|ropa|camisa|vestido) que (?:el|ella) eligio\b",
    r"\bsolo (?:lo|la) tengo a (?:el|ella)\b",
    r"\bsolo (?:el|ella) me quiere\b",
    r"\bmi familia no me quiere\b",
    r"\b(?:me (?:dice|dijo|decia|repite|llama|llamo|grita|trata de)|dice|dijo|repite)(?:"
    r" \w{1,20}){0,8}"
    r" (?:que |q )?(?:soy|estoy|doy|le doy|parezco) (?:una |un )?(?:\w{1,20} )?(?:inutil"
    r"|estupid[oa]"
    r"|tont[oa]|fe[oa]|gord[oa]|viej[oa]|loc[oa]|fracasad[oa]|fracaso|desastre|mala madre|mal padre"
    r"|mala esposa|mierda|basura|puta|cualquiera|mantenida|exagerad[oa]|asco|verguenza|lastima"
    r"|idiota|imbecil|inservible)\b" + _NOT_JOKING,
    r"\bme (?:llamo|llama) (?:\w{1,20} )?(?:gord[oa]|inutil|estupid[oa]|puta)\b",
    r"\bsin (?:mi|el|ella) no (?:serias|eres|soy|seria) (?:nadie|nada)\b",
    r"\b(?:da|de|des|dar|debo dar) (?:las )?gracias (?:de )?(?:que|q) (?:te|me) (?:aguanto|aguanta"
    r"|quiere|quiera)\b",
    r"\b(?:agradecer|agradezca|agradezco) (?:de )?(?:que|q) (?:sigue|siga) conmigo\b",
    r"\btengo suerte de (?:que|q) me quiera\b",
    r"\bnadie (?:mas )?me (?:va a aguantar|aguantaria|va a soportar|querria)\b",
    r"\b(?:lo|que) estupid[oa] que soy\b",
    r"\bllamarme (?:estupid[oa]|inutil|gord[oa]|tont[oa]|idiota|puta)\b",
    r"\bno sirvo ni para\b",
    r"\bapodos humillantes\b",
    r"\btodo lo (?:que|q) hago (?:le parece mal|esta mal)\b",
    r"\b(?:estaba|estoy) dando verguenza\b",
    r"\bseguro (?:me|te) acost\w{1,3} con\b",
    r"\bparezco una (?:puta|cualquiera|zorra)\b",
    r"\b(?:que|q) me invento (?:todo|cosas)\b",
    r"\b(?:a todos|a todo el mundo)(?: \w{1,20}){0,3} (?:que|q) estoy loc[oa]\b",
    r"\bpara (?:que|q) no me crean\b",
    r"\b(?:me dejo de hablar|deja de hablarme|dejo de hablarme|no me habla|pasa dias sin hablarme"
    r"|sin hablarme)(?: \w{1,20}){0,3} (?:dias|por dias|durante dias|en dias|semanas?|desde el"
    r"|meses)\b",
    r"\bdias sin hablarme\b",
    r"\bme ignora como si no existiera\b",
    r"\bme castiga sin\b",
    r"\bno puedo (?:ponerme|usar|llevar|salir|ir|ver|hablar|maquillarme)(?: \w{1,20}){0,3}"
    r" (?:porque|que) (?:se enoja|se enfada|se pone)\b",
    r"\bsi me maquillo (?:dice|se)\b",
    r"\bsi me pongo (?:el|la|una|un) \w{1,20}(?: \w{1,20})? (?:me dice|dice que parezco)\b",
    r"\bsi me (?:corto|tino|pinto|pongo|visto)(?: \w{1,20}){0,3} me deja\b",
    r"\b(?<!jefe me )(?<!jefa me )(?:revisa|controla|mira|cuenta|apunta)(?: \w{1,20}){0,2}"
    r" (?:el cuentakilometros|los"
    r" kilometros|la ropa interior|lo que como|los minutos)\b",
    r"\bme (?:hace|hizo|obliga a|obligo a|obliga|obligaba a|convencio de) (?:dejar (?:el|mi)"
    r" (?:trabajo|empleo)|dejar la (?:uni|universidad|carrera)|dejar los estudios|pesarme|borrar a"
    r"|darle de baja|estar en videollamada|hacer videollamada|llevar el movil|ducharme|explicar"
    r"|justificar|leer en voz alta|pasarle|mandarle|cocinar otra vez|pedirle perdon|pedir"
    r" perdon)\b" + _NOT_JOKING,
    r"\b(?:contados|cuenta) los minutos\b",
    r"\bjustificar(?:le)? cada (?:minuto|gasto|euro|peso|centimo|salida|cosa)\b",
    r"\b(?:me grita|se enoja|se enfada|hay bronca|se pone|se arma|me pega|me castiga|me monta"
    r" (?:un|una) \w{1,20}) si (?:llego|tardo|salgo|me demoro|me retraso)\b",
    r"\bsin (?:que|q) me llame cada\b",
    r"\bcamaras? en (?:la|mi) casa\b",
    r"\bla camara (?:\w{1,20} ){0,2}prendida\b",
    r"\bducharme con la puerta abierta\b",
    r"\b(?:quito|quita) (?:todos )?los pestillos\b|\bno puedo cerrar con pestillo\b",
    r"\bme (?:quito|cogio|escondio|quita) (?:la llave|las llaves)(?: \w{1,20}){0,3} (?:para que no"
    r"|asi solo|para no)\b",
    r"\bpara (?:que|q) no pudiera (?:ir|salir|ver)\b",
    r"\bno me deja (?:manejar|conducir|ir al (?:medico|psicologo|doctor)|ir a misa|tener (?:cuenta"
    r"|redes|llaves))\b",
    r"\bno puedo ir al (?:medico|doctor) sin (?:el|ella)\b",
    r"\b(?:venir (?:el|ella) y|y) habla por mi\b",
    r"\bme acompana a todas las consultas\b",
    r"\bme (?:prohibio|prohibe) (?:volver|ponerme|ir)\b",
    r"\bmujeres decentes no\b",
    r"\bsi (?:publico|subo|salgo|hablo|voy|compro)(?: \w{1,20}){0,4} sin su permiso\b",
    r"\bde rodillas pidiendo perdon\b",
    r"\bme tira la comida\b",
    r"\bme pone nota a\b",
    r"\bsobre cascaras de huevo\b",
    r"\bde puntillas (?:en|por) (?:mi|la) (?:propia )?casa\b",
    r"\bpresa en mi (?:propia )?casa\b",
    r"\bcarcelero\b",
    r"\bpendiente de su humor\b",
    r"\bde (?:que|q) humor llega\b",
    r"\bcalculando (?:\w{1,20} ){0,3}para (?:que|q) no se (?:enoje|enfade|incomode)\b",
    r"\bya no (?:\w{1,20} ){1,4}asi no hay (?:pelea|bronca|problemas)\b",
    r"\bcomo era yo antes de (?:el|ella)\b",
    r"\bya ni se (?:que|lo que) me gusta\b",
    r"\bsi me voy (?:\w{1,20} ){0,3}no (?:vuelvo a ver|vuelves a ver)\b",
    r"\bse queda con los ninos\b",
    r"\bsi (?:lo|la) dejo (?:\w{1,20} ){0,2}se mata\b",
    r"\bva a contar(?:le)? a todo el mundo\b",
    r"\bsolo me la da cuando\b",
    r"\bme llenan? la cabeza\b",
    r"\basi (?:que|q) ya no salgo\b",
    r"\bdecide si puedo salir\b",
    r"\bpoco a poco deje de ver(?:los|las|l[oa])\b",
    r"\ba (?:que|q) hora (?:entro|salgo|llego) y (?:salgo|entro|llego)\b",
    r"\bme hace sentir (?:culpable|que todo (?:lo malo )?(?:\w{1,20} ){0,2}es culpa mia)\b",
    r"\b(?:me corto|cambio) (?:el wifi|la clave del wifi|la contrasena del wifi|el internet)\b",
    r"\bme sigue al bano\b",
    r"\ble puso un gps\b",
    r"\b(?:guarda|tiene|me quito) (?:\w{1,20} ){0,1}(?:mi|el) dni\b",
    r"\bvendio mi (?:portatil|ordenador|movil|coche)\b",
    r"\bregalo mi (?:gato|perro)\b",
]


# -- written on es_tuning_h (a fifth writer, Rioplatense and Caribbean voices among them) ---------

# "Ya fue, esta noche me mato": a time and then "me mato", not "me mato estudiando".
_NOT_TOILING = (
    r"(?! (?:estudiando|trabajando|entrenando|corriendo|limpiando|haciendo|de|a|al|en(?! serio)"
    r"|con|por|para|\w{1,20}(?:ando|iendo))\b)"
)

SELF_HARM_INDIRECT += [
    r"\b(?:esta noche|hoy|manana|ahora mismo|el (?:lunes|martes|miercoles|jueves|viernes|sabado"
    r"|domingo)|este finde|ya fue|ya esta|listo|lo decidi) me (?:mato|suicido|ahorco|cuelgo)\b"
    + _NOT_TOILING
    + _NOT_JOKING,
    r"\b(?<!casi )me suicido\b(?! (?:de|si|con|cuando)\b)" + _NOT_JOKING,
    r"\b(?<!casi )me (?:quito|quitare|voy a quitar|quiero quitar|kiero quitar|quisiera quitar) la"
    r" vida\b" + _NOT_JOKING,
    r"\b(?:quiero|kiero|me quiero|ganas de|voy a|solo quiero) (?:die|kms|kill myself)\b",
    r"\b(?:escribo|te escribo|les escribo|os escribo|mando|dejo) (?:esto|este mensaje|estas lineas)"
    r" (?:solo )?(?:para|pa) (?:decir(?:te|les|os)? adios|despedirme)\b",
    r"\b(?:te|les|os) escribo (?:solo )?(?:para|pa) (?:despedirme|decir(?:te|les|os)? adios)\b"
    r"(?! (?:antes|que me voy|me voy|del|de la|de mi|hasta|por ahora|por hoy)\b)",
    r"\bojala (?:manana|esta noche|hoy) no (?:amanezca|despierte|me despierte|despertar)\b"
    r"(?! (?:lloviendo|nublado|helando|nevando|con|tan|frio|temprano)\b)",
    r"\b(?:queria|quiero|vengo a|solo queria) (?:decir(?:te|les|os)? adios|despedirme)(?:"
    r" \w{1,20}){0,3} (?:y )?gracias por (?:todo|escucharme|aguantarme|estar)\b"
    r"(?!(?: \w{1,20}){0,8} (?:viaje|vuelo|me mudo|mudanza|nos vemos|a la vuelta|hasta pronto))",
    r"\bya me (?:despedi|despido|estoy despidiendo) de (?:mi|mis) (?:perr[oa]s?|gat[oa]s?"
    r"|mascotas?|perrit[oa]|gatit[oa]|plantas)\b(?!(?: \w{1,20}){0,8} (?:veterinari[oa]|dormir"
    r"|eutanasia|viaje|vuelo|aeropuerto|me voy de|me mudo|mudanza|vacaciones|erasmus|intercambio"
    r"|se la lleva|se lo lleva|adopt\w{1,5}|se (?:lo|la) queda|se queda con|(?:lo|la) cuida))",
    r"\b(?:el mundo|todo|la vida|todos|mi familia|nadie|el mundo entero) (?:seguiria|seguirian"
    r"|seguira|seguiran|iria|irian|estaria|estarian) (?:\w{1,20} ){0,2}(?:igual|como si nada"
    r"|normal|tan campante|girando) sin mi(?:$| (?:y|ya|asi|nadie|no|de verdad|igual|lo se|para"
    r" que|pero)\b)",
    r"\bsin mi (?:el mundo|todo|nada) (?:seguiria|sigue|seguira|cambiaria|cambia)\b",
    r"\bno (?:puedo|aguanto|doy) (?:seguir|mas)(?! (?:con|asi|contigo|aqui en|en|trabajando"
    r"|esperando|\w{1,20}(?:ando|iendo))\b)(?: \w{1,20}){0,1} (?:lo siento|perdon\w{0,4}|adios"
    r"|chau|chao)\b(?!(?: \w{1,20}){0,6} (?:necesito (?:un )?tiempo|terminamos|dejarlo|relacion"
    r"|separarnos|cortar|me voy a (?:dormir|acostar|la cama)|a dormir|hasta manana|manana"
    r" (?:sigo|seguimos|hablamos)|sigo manana|con (?:este|esta|el|la))\b)",
    r"\b(?:lo siento|perdon\w{0,4}|adios)(?: \w{1,20}){0,2} (?:ya )?no (?:puedo|aguanto) (?:seguir"
    r"|mas)$",
    r"\bno quiero amanecer\b(?! (?:con|tan|otra vez con|cansad\w{1,2}|resacos\w{1,2}|enferm\w{1,2}"
    r"|lloviendo|temprano)\b)",
    r"\bquiero que (?:todo )?(?:se acabe|termine|acabe) (?:ya )?de una (?:vez|buena vez)(?: por"
    r" todas)?\b(?! (?:el|la|los|las|este|esta|esto|con)\b)",
    rf"\bme (?:tome|trague|tomo|he tomado|tragué) (?:un|una|el|la) (?:blister|tira|plancha|frasco"
    rf"|caja|bote) (?:entero|entera|completo|completa|de {_PILLS})\b(?! de (?:helado|cerveza|vino"
    r"|leche|zumo|jugo|refresco|agua|cafe|yogur|nutella|crema|pepinillos|aceitunas|cereal\w{0,3}"
    r"|galletas|chuches|gominolas|birra|fernet|ron|tequila))",
    r"\bla proxima (?:vez )?(?:me )?(?:tomo|trago|corto) mas(?:$| (?:pastillas|y|hondo|fuerte"
    r"|cantidad)\b)",
    r"\bquiero irme(?: \w{1,20}){0,2} (?:nada (?:me )?importa|ya nada tiene sentido|de este mundo"
    r"|de esta vida|y no volver nunca|para no volver)\b",
    r"\b(?:irme|desaparecer|morir(?:me)?|borrarme) (?:\w{1,20} )?(?:de este mundo|de esta vida)\b",
    r"\b(?:me encerre|me encierro|encerrad[oa]|escondid[oa]) (?:\w{1,20} ){0,4}con (?:la|una|el|un"
    r"|mi|las|unas) (?:gillette|gilette|yilet|cuchillas?|hojas? de afeitar|navaja|cuter|cutter"
    r"|tijeras?|sacapuntas|vidrio|cristal|pastillas)\b",
    r"\b(?:gillette|gilette|yilet)(?: \w{1,20}){0,3} (?:otra vez|de nuevo|en la mano|escondida"
    r"|guardada)\b",
    r"\b(?:la|una|mi) (?:soga|escopeta|pistola)(?: ya)? (?:esta|la tengo|lo tengo)(?:$| (?:lista"
    r"|listo|preparada|en el armario|en el cajon|en mi cuarto|en la mochila|debajo de la cama"
    r"|colgada|atada|escondida|guardada)\b)",
    r"\b(?:la|una) cuerda ya (?:esta|la tengo) (?:lista|preparada|colgada|atada)\b",
    r"\b(?:dame|decime|dime|denme|decidme|digame|deme|diganme|dadme) (?:una|un|alguna|algun)"
    r" (?:sola )?(?:razon"
    r"|motivo) (?:para (?:seguir viv[oa]|seguir viviendo|vivir|no matarme|quedarme|seguir aqui)\b"
    r"|para seguir$"
    r"|para (?:no hacerlo|seguir)(?: \w{1,20}){0,3} (?:no (?:encuentro|veo|tengo) ninguna?"
    r"|porque yo no)\b)",
    r"\b(?:dame|decime|dime|denme) (?:una|un) (?:razon|motivo) para no hacerlo$",
]

IN_DANGER_MORE += [
    r"\bme (?:esconde|escondio|escondia|quita|quito|quitaba|tira|tiro|tiraba|niega|nego|raciona"
    r"|retiene) (?:mis|las|la|mi|los|el) (?:medicinas|medicamentos|pastillas|medicacion|insulina"
    r"|inhalador|remedios)\b(?! de (?:chocolate|menta|goma|caldo|jabon|colores|freno))(?!(?:"
    r" \w{1,20}){0,3} para (?:que|q) no (?:me )?(?:haga|tome|lastime|corte)\b)" + _NOT_JOKING,
    r"\bno me deja (?:tomar|comprar) (?:mis |la |las |los |mi )?(?:medicinas|medicamentos"
    r"|pastillas|medicacion|insulina|remedios)\b",
    r"\bme (?:despierta|desperto|despertaba|saca de la cama|saco de la cama|levanta|levanto|echo"
    r"|echa|echaba|calla|callo|callaba|trata|trataba|educa) (?:de casa )?a (?:golpes|patadas"
    r"|punetazos|bofetadas|cachetadas|empujones|correazos|cinturonazos|palos|trompadas|madrazos"
    r"|chingadazos|golpe limpio)\b(?! (?:del|de la) (?:bar|fiesta|discoteca|boliche|partido))"
    r"(?! (?:en|a|de) la puerta)",
    r"\b(?:me|nos) (?:va|van|iba|iban) a desaparecer\b(?! (?:el|la|los|las|mi|mis|tu|tus|un|una"
    r"|su|sus)\b)" + _NOT_JOKING,
    r"\bsi (?:se entera|sabe|se da cuenta|ve|descubre|lee)(?: de)? (?:que|q) (?:te escribo|te hablo"
    r"|hablo contigo|pido ayuda|estoy hablando|le cuento|lo cuento|te cuento|busco ayuda|escribo"
    r" aqui|uso esta app|hablo de esto)(?: \w{1,20}){0,3} me (?:mata|matara|va a matar|pega"
    r"|revienta|hace algo)\b",
    r"\b(?:ex|exnovi[oa]|ex pareja|expareja|exmarido|exmujer)(?: \w{1,20}){0,3} me (?:escribe"
    r"|llama|sigue escribiendo|sigue llamando|contacta|busca) (?:desde|de|con) (?:otros |distintos"
    r" |diferentes |nuevos )?(?:numeros|cuentas|perfiles)\b",
    r"\b(?:lo|la) bloquee (?:\w{1,20} ){0,4}(?:y )?(?:me )?(?:escribe|llama|sigue|crea|se hace"
    r"|abre) (?:\w{1,20} ){0,2}(?:otr[oa]s?|nuev[oa]s?|distint[oa]s?) (?:numeros?|cuentas?"
    r"|perfil(?:es)?)\b|\b(?:lo|la) bloquee (?:\w{1,20} ){0,4}(?:y )?(?:me )?(?:escribe|llama|sigue"
    r" escribiendo|sigue llamando) (?:desde|de|con) (?:numeros|cuentas|perfiles) (?:nuev[oa]s"
    r"|distint[oa]s|diferentes|fals[oa]s|ocultos|privados)\b",
    r"\bescondid[oa]s? (?:en|debajo de|bajo|dentro de) (?:el|la|un|una|mi) (?:bano|habitacion"
    r"|cuarto|armario|closet|placard|ropero|cama|coche|carro|auto|cocina|despensa|terraza)(?:"
    r" \w{1,20}){0,4} (?:ayuda|auxilio|socorro|tengo miedo|me busca|me esta buscando|no me"
    r" encuentre|esta (?:afuera|fuera|gritando|golpeando|rompiendo)|ayudame|ayudenme|llama a la"
    r" policia)\b",
]

MIGHT_HURT_MORE += [
    r"\b(?:ganas|impulsos?|tentacion) (?:\w{1,20} )?de (?:zarandearl[oa]|zamarrearl[oa]|zarandear"
    r" al|sacudir al|zamarrear al)\b(?! a (?:besos|abrazos|cosquillas))",
    # Shaking a child: "el bebé no para de llorar y tengo ganas de sacudirlo" (not a rug).
    rf"\b{_KID} (?:\w{{1,20}} ){{0,8}}(?:ganas|impulsos?|tentacion) (?:\w{{1,20}} )?de"
    r" (?:sacudirl[oa]|zarandearl[oa]|zamarrearl[oa])\b",
    r"\b(?:temo|miedo|me da miedo|me asusta|no quiero|ojala no|antes de) (?:de |a )?(?:que )?(?:un"
    r" dia )?se me (?:vaya|valla|fuera|pueda ir|vaya a ir) la mano\b(?! (?:con|en) (?:la|el|las"
    r"|los|lo) (?:sal|picante|azucar|maquillaje|pintura|compras?|gastos?|aceite|ajo|vino|copas"
    r"|comida|tarjeta|rimel|perfume|tinte|condimentos?|especias|pimienta)\b)",
    r"\b(?:un dia (?:de estos )?|cualquier dia |algun dia )se me (?:va a ir|va|vaya) la mano\b"
    r"(?! (?:con|en) (?:la|el|las|los|lo) (?:sal|picante|azucar|maquillaje|pintura|compras?|gastos?"
    r"|aceite|ajo|vino|copas|comida|tarjeta|rimel|perfume|tinte)\b)",
    r"\bse me (?:fue|va|iba|vaya|va a ir) la mano con (?:(?:ella|el)(?:$| (?:y|ya|otra|anoche|ayer"
    r"|hoy|de nuevo|cuando|porque|pero)\b)|mi (?:hij[oa]|novi[oa]|mujer|marido|pareja|bebe"
    r"|esposa|esposo)\b|los ninos\b|la nina\b|el nino\b|el bebe\b|la bebe\b|los chicos\b)",
    r"\b(?:rompi|rompo|agujeree|abolle|golpee|reviente|parti|patee) (?:la|una|el|un|mi|su)"
    r" (?:puerta|pared|mesa|ventana|espejo|tele|television|celular|movil|telefono|vidrio|cristal"
    r"|armario|placard|silla|plato|taza|portatil|compu)(?: \w{1,20}){0,2} (?:de un|a|de una|con"
    r" un) (?:punetazo|patada|golpe|punetazos|patadas|golpes|cabezazo|puno)\b"
    r"(?!(?: \w{1,20}){0,6} (?:karate|taekwondo|clase|entrenamiento|sin querer|jugando))",
]

CONTROLLED_MORE += [
    r"\b(?:mande|mandar|mandarle|envie|enviarle|pase|pasarle|grabe|hacer|haga|le mande|me pide"
    r"|me pidio|me exige|me exigio)"
    r" (?:\w{1,20} ){0,2}(?:audios?|fotos?|videos?|videollamadas?|selfies?|ubicacion)(?:"
    r" \w{1,20}){0,3} (?:para|pa) (?:saber|comprobar|ver|demostrar|probar|que sepa|que vea"
    r"|confirmar) (?:que|q|si|con quien|donde) (?:estoy|sigo|ando)\b",
    r"\b(?:tengo (?:que|q)|me (?:obliga|obligo) a|me (?:exige|pide|pidio|exigio)(?: que)?|quiere"
    r" (?:que|q)|exige (?:que|q)|me hace|debo|dice (?:que|q)(?: \w{1,20}){0,5}) (?:le )?(?:compart"
    r"\w{1,6}|mand\w{1,6}|pas\w{1,6}|activ\w{1,6}|tener activada|deje activada|deja activada)"
    r" (?:\w{1,20} ){0,2}(?:mi |la )?ubicacion (?:en tiempo real|todo el tiempo|siempre|24 7|las 24"
    r" horas|a todas horas)\b",
    r"\bsi (?:de verdad )?(?:me|lo|la) (?:amaras|amara|quisieras|quisiera|amases|quisieses)(?: de"
    r" verdad)? (?:me |le )?(?:dejarias|dejaria|darias|daria|compartirias|compartiria|mostrarias"
    r"|mostraria|ensenarias|ensenaria|pasarias|pasaria|mandarias|mandaria) (?:\w{1,20} ){0,2}"
    r"(?:ubicacion|contrasenas?|claves?|celular|movil|telefono|whatsapp|pin|codigo|de ver"
    r"|de salir|de hablar)\b",
    r"\b(?<!madre )(?<!padre )(?<!mama )(?<!papa )(?<!padres )(?<!jefe )(?<!jefa )(?<!hijo )"
    r"(?<!hija )(?<!hijos )(?<!medico )(?<!medica )(?<!doctor )(?<!doctora )(?<!psicologa )"
    r"(?<!psicologo )(?:me"
    r" (?:pidio|pide|pedia|exige|exigio|obliga a|obligo a|presiona para|presiono para)|quiere"
    r"|queria|insiste en) (?:que )?(?:deje|dejara|dejar) (?:el trabajo|mi trabajo|la facu|la"
    r" facultad|la uni|la universidad|la carrera|los estudios|mis estudios|la escuela|el instituto"
    r"|la prepa|el master|el curso|las clases|de trabajar|de estudiar|de ver a|de salir con|de"
    r" hablar con|a mis amig\w{1,3}|el gym|el gimnasio)\b(?!(?: \w{1,20}){0,8} (?:estres\w{0,4}"
    r"|salud|me explota|me explotan|mal pagad\w{1,2}|descansar|cuidarme|me hace mal|me enferma"
    r"|me tiene mal|me quema|burnout))",
    r"\bporque (?:lo|la) descuido\b",
    r"\bsi (?:llego|vuelvo|tardo|me demoro|me retraso)(?! (?:\w{1,20} ){0,2}(?:al|a la|a clase|a"
    r" mi) (?:trabajo|oficina|clase|escuela|colegio|cole|uni|reunion|turno|cita|laburo|curro"
    r"|chamba|jale|facu|partido|entreno|ensayo))(?: \w{1,20})"
    r"{0,4} (?:hay bronca|se arma|se pone (?:como loc[oa]|furios[oa]|violent[oa]|agresiv[oa]"
    r"|hecho una fiera)|me grita|me pega|me castiga|me deja sin|me encierra|hay pelea|me monta"
    r" (?:un|una) (?:escena|escandalo|bronca|pollo|drama))\b",
    r"\b(?:la cena|la comida|la casa|el desayuno|la ropa) (?:\w{1,20} ){0,8}(?:o|si no)"
    r" (?:se arma|se enoja|se enfada|se pone (?:como loc[oa]|furios[oa]|violent[oa])|hay bronca"
    r"|hay pelea|me grita|me pega|me castiga)\b",
]


# -- written on es_tuning_i (a sixth writer: Chilean, Peruvian, Cuban, Andalusian, Venezuelan,
# Central American and rural voices; "naiden", "quillo", "manita", "nomás") ---------------------

SELF_HARM_INDIRECT += [
    # "k*llearme": English "kill" with a Spanish ending, starred or not.
    r"\bk(?:i| )?ll?ear(?:me|se)\b",
    r"\b(?:quitarme|me (?:quito|quitare|voy a quitar|quiero quitar|kiero quitar)) de (?:en ?medio"
    r"|enmedio|el medio|en el medio)\b" + _NOT_JOKING,
    # A goodbye with someone left in charge: "si desaparezco cuida a mi mamá".
    r"\bsi (?:desaparezco|me muero|ya no estoy|no estoy mas|me voy para siempre|un dia no estoy"
    r"|me pasa algo esta noche)(?: \w{1,20}){0,2} (?:cuida|cuidame|cuiden|cuidenme|cuidad|cuides"
    r"|cuidaras) (?:a|de) (?:mi|mis)\b",
    r"\b(?:dejarme|me voy a dejar|me dejo|me quiero dejar) (?:morir|apagar)\b",
    r"\b(?:dejarme|me voy a dejar|me dejo|me quiero dejar) ir(?:$| (?:nomas|noma|y ya|ya|de una"
    r" vez|tranquil[oa]|despacio|poco a poco|en paz)\b)",
    r"\b(?:hoy|esta noche|manana|a lo mejor|capaz|quizas|quiza|igual)(?: \w{1,20}){0,2} me"
    r" (?:quedo|tiro|acuesto|echo|pongo|meto) (?:en|a|sobre) (?:la via|las vias|los rieles|la linea"
    r" del tren|las vias del tren|la via del tren)\b",
    r"\b(?:dar(?:me)?|doy|di|pegar) un volantazo\b(?!(?: \w{1,20}){0,6} (?:para (?:esquivar"
    r"|evitar|no (?:atropellar|chocar|pisar))|un perro|un gato|un animal|un bache|un ciervo))",
    r"\b(?:las|la|mis|unas|mi) cartas? (?:para|a) (?:mis hijos|mis hijas|mi familia|mi mama"
    r"|mi madre|mis padres|todos|mi hija|mi hijo|ustedes|mis nietos|mi esposa|mi marido|mi mujer"
    r"|mis papas|mi viejo|mi vieja)(?: ya)? (?:estan|esta|quedaron|quedan|las deje|la deje"
    r"|las tengo) (?:en|listas?|escritas?|debajo|dentro|guardadas?|encima)\b",
    r"\b(?:pues nada|ya fue|ya esta|listo|ya lo decidi|bueno pues)(?: hoy| manana)? es el dia$",
    r"\b(?:diganle|dile|decile|decidle|digale|decirle|digan) a (?:mi|mis) (?:gat[oa]s?|gatit[oa]s?"
    r"|perr[oa]s?|perrit[oa]s?|mascotas?|michis?|loro|lorito|canario|conej[oa]|hijos|hijas|nietos"
    r"|hermanitos)(?: \w{1,20}){0,1} (?:que|q) (?:la|lo|los|las) (?:quiero|amo|quise|ame|queria)\b",
    r"\b(?:sobro|estoy de mas|soy un estorbo|soy una carga) (?:en (?:esta|mi) (?:casa|familia|vida)"
    r"|en (?:todos lados|todas partes)|en la vida de (?:todos|ustedes|mi familia))\b",
    r"\bsiento (?:que|q) sobro$",
    r"\b(?:merezco|me merezco|mereceria|me mereceria|me lo merezco por|deberia) (?:hacerme dano"
    r"|sufrir(?:lo)?$|morir(?:me)?|lastimarme|castigarme|cortarme|estar muert[oa]|desaparecer"
    r"|que me pase algo malo)\b",
    # Praying to be taken: "ya le pedí que me lleve mientras duermo".
    r"\b(?:le pido|le pedi|le ruego|le rogue|le rezo|rezo|pido|pedi|ruego)(?: a (?:dios|diosito|el"
    r" senor|la virgen|tata dios|papa dios))? (?:que|q) me (?:lleve|llevara|recoja|recogiera|deje"
    r" morir)(?:$| (?:ya|pronto|mientras duermo|durmiendo|con el|con ella|de una vez|esta noche"
    r"|dormid[oa]|en paz|en el sueno|de este mundo|conmigo)\b)",
    r"\b(?:dios|diosito|el senor|tata dios|papa dios) (?:\w{1,20} ){0,2}(?:que|q) me (?:lleve"
    r"|llevara|recoja|recogiera)(?:$| (?:ya|pronto|mientras duermo|de una vez|esta noche|en paz"
    r"|con el|de este mundo)\b)",
    r"\b(?:ya lo (?:decidi|tengo decidido|he decidido)|ya esta decidido|lo tengo decidido)"
    r" (?:no (?:me convenzas|intentes convencerme|trates de convencerme|me detengas|me pares|me"
    r" vas a convencer|me hagas cambiar)|nadie me va a (?:detener|parar|convencer))(?:$| (?:por"
    r" favor|porfa|ya|esta vez)\b)",
    r"\bhasta aqui (?:llegue|he llegado|llego yo)(?:$| (?:ya|lo siento|perdon\w{0,4}|gracias"
    r"|adios|no puedo|no aguanto|chau|chao|perdonen|los quiero|te quiero)\b)",
]

IN_DANGER_MORE += [
    # What the abuser says to keep it secret: "naiden te va a creer".
    r"\b(?:dice|dijo|me dice|me dijo|decia|me amenaza)(?: que)? (?:nadie|naiden|naide|ninguno"
    r"|nunca nadie) (?:me|le|te) (?:va a|iba a|van a|ira a|iban a) creer\b",
    r"\bme (?:toca|toco|tocaba|manosea|manoseo|soba|sobaba|sobo)(?: \w{1,20}){0,2} cuando (?:no"
    r" (?:esta|estan|hay nadie|me ve nadie)|estamos sol[oa]s|se va (?:mi|el|la)|duermo|me"
    r" dormia)\b",
    r"\b(?:dice|dijo|me dijo|me amenazo|me advirtio|me avisa|me aviso|grito|me grito)(?: que)?"
    r" (?:la proxima|la siguiente|la otra)(?: vez)? (?:sera|va a ser|ira|le va a ir|me va a ir"
    r"|es|seria) peor\b",
    r"\bme (?:tiro|tira|tiraba|lanzo|lanza|lanzaba|arrojo|arroja|revento|estrello) (?:el|la|los"
    r"|las|su|mi) (?:plato|platos|vaso|vasos|telefono|celular|movil|silla|botella|cenicero|taza"
    r"|olla|sarten|control|mando|plancha|zapato|chancla)\b(?! (?:de (?:la )?basura|para que"
    r" (?:lo|la) (?:lave|guarde|recoja|atrape)))",
    r"\bme (?:abrio|rompio|partio|revento|abria|rompia|partia|hincho|morateo)"
    r" (?:la|el|los) (?:ceja|labio|boca|nariz|cabeza|frente|ojo|pomulo|cara|dientes|menton)\b"
    r"(?!(?: \w{1,20}){0,4} (?:jugando|sin querer|en el partido|en el futbol|entrenando|con la"
    r" pelota|con el balon))",
    r"\b(?:tiene|guarda|tenia) (?:una |un |su )?(?:pistola|arma|escopeta|revolver|fierro)(?:"
    r" \w{1,20}){0,4} (?:y )?me (?:la|lo) (?:enseno|ensena|mostro|muestra|saco|saca|puso)\b",
    r"\bme (?:enseno|ensena|mostro|muestra|saco|saca) (?:la|su|una|el|un) (?:pistola|arma|escopeta"
    r"|revolver|fierro|cuchillo|machete|navaja)(?: \w{1,20}){0,2} (?:mientras|cuando|sin decir"
    r"|en medio|en plena|despues de|para que)\b",
    r"\bme (?:pone|puso|ponia|aprieta|apreto|apretaba|tapa|tapo|tapaba|aplasta|aplasto) (?:la|una"
    r"|el|un|su) (?:almohada|cojin|mano|bolsa|trapo|toalla) (?:en|sobre|contra) (?:la|mi) (?:cara"
    r"|boca|nariz)\b",
    r"\bme (?:tapa|tapo|tapaba) la boca (?:con (?:la|su|una|cinta)|para (?:que|q) no (?:grite"
    r"|hable|me oigan|me escuchen|pida))\b",
]

MIGHT_HURT_MORE += [
    r"\b(?:tengo|ando con|traigo|hoy tengo)(?: hoy)? la mano (?:muy |bien |demasiado )?suelta\b"
    r"(?! (?:para|pa|con el|con la) (?:dibujar|pintar|escribir|la cocina|el lapiz|el pincel"
    r"|la guitarra|el piano|el pan)\b)",
    rf"\b{_KID} (?:\w{{1,20}} ){{0,3}}(?:ya )?se (?:esconde|esconden|asusta|asustan|encoge|encogen"
    r"|pone a temblar|ponen a temblar|orina|mea) (?:\w{1,20} )?cuando (?:llego|entro|le hablo"
    r"|les hablo|grito|me enojo|me enfado|levanto la voz|me acerco)\b",
    r"\b(?:tengo miedo|me da miedo|temo|miedo) (?:de |a )?pasarme(?:$| con (?:el|ella|ellos|los"
    r" ninos|mi hij[oa]|el nino|la nina|el bebe|la bebe|la nena|el nene)\b)",
    r"\b(?:pense|pienso|pensando|pensado|ganas|quiero|quisiera|se me ocurrio|se me paso por la"
    r" cabeza|se me pasa por la cabeza) (?:en |de )?(?:tocarle|cortarle|aflojarle|manipularle"
    r"|sabotearle|danarle|joderle|fregarle) (?:los )?frenos\b",
    r"\b(?:sacudirl[oa]|zarandearl[oa]|zamarrearl[oa]|taparle la boca|ahogarl[oa]|apretarl[oa])"
    r" (?:para|pa) (?:que|q) (?:se calle|deje de llorar|se duerma|pare de llorar|se callara"
    r"|dejara de llorar)\b",
]

CONTROLLED_MORE += [
    r"\b(?:tiene|maneja|controla|guarda|se quedo con|me quito|sabe|se sabe) (?:mi|mis|la|las)"
    r" (?:claves?|contrasenas?|pin|tarjetas?) (?:del|de la|de mi|de mis) (?:banco|cuenta|cuentas"
    r"|tarjeta|sueldo)\b",
    r"\b(?:me tiembla|me tiemblan|tiemblo)(?: la mano| las manos| las piernas| todo)? (?:\w{1,20}"
    r" ){0,2}cuando (?:vea|revise|mire|llegue|se entere|abra|pida) (?:la|el|los|las|mis) (?:cuenta"
    r"|cuentas|ticket|tiquet|boleta|factura|recibo|gastos|extracto|resumen|compras)\b",
    r"\b(?:es|era|solo es|seguro es|voy|vas|iba|va) (?:para|a) (?:buscar|buscarme|verme con"
    r"|encontrarme con|coquetear con|conocer) (?:hombres|otros hombres|otro|otros|mujeres|otras"
    r"|otra|machos|un macho|amantes|un amante|tipos|manes|minas|chicos|chicas)\b",
    r"\bme (?:borra|borro|borraba|elimina|elimino|eliminaba|bloquea|bloqueo|bloqueaba) (?:los |mis"
    r" |todos los |todos mis |a )?(?:contactos|numeros|amigos|amigas|seguidores)(?: de"
    r" (?:hombres|mujeres|chicos|chicas|mis amig\w{1,3}|mi familia))?\b",
    r"\bmis (?:hijos|hijas|padres|papas|amigos|amigas|hermanos|hermanas|viejos|familiares|nietos)"
    r" no pueden (?:venir|entrar|visitarme|quedarse|pisar|llamarme)(?: \w{1,20}){0,4} (?:porque"
    r"|xq|pq|ya que) (?:a )?(?:el|ella|mi (?:novio|novia|marido|mujer|esposo|esposa|pareja))"
    r" (?:no (?:le|les|los|las|lo|la|me) (?:caen bien|cae bien|gusta|gustan|quiere|soporta|aguanta"
    r"|deja)|no quiere|no (?:los|las) quiere|se (?:enoja|enfada|pone|incomoda|cela)|dice"
    r"|(?:los|las) odia)\b",
    r"\bme (?:hizo|hace|obligo a|obliga a) dejar (?:el|la|los|las|mi|mis) (?:futbol|gym|gimnasio"
    r"|baile|danza|coro|iglesia|grupo|equipo|trabajo|curso|taller|clases|amigas|amigos|voley"
    r"|basquet|pichanga|pachanga|banda|teatro|natacion|yoga)\b(?!(?: \w{1,20}){0,6} (?:lesion"
    r"|rodilla|salud|medico|doctor|no me daba|el tiempo|dinero|plata))",
    r"\b(?:dice|dijo|porque)(?: que)? (?:ahi|alli|alla|en (?:el|la) \w{1,20}) hay (?:muchas"
    r" |demasiadas |muchos |demasiados )?(?:tentaciones|mujeres|hombres|chicas|chicos|viejas|minas"
    r"|machos|tipos|manes)\b",
    r"\bse (?:incomoda|enoja|enfada|pone (?:como loc[oa]|furios[oa]|brav[oa]|de malas)|arrecha"
    r"|emputa|cabrea|encabrona|mosquea|rebota|chiva|ofende)(?: \w{1,20}){0,2} si (?:apago"
    r"|desactivo|quito|no (?:le )?(?:comparto|mando)) (?:la|mi) (?:ubicacion|localizacion|gps)\b",
    r"\bubicacion(?: \w{1,20}){0,10} se (?:incomoda|enoja|enfada|pone (?:como loc[oa]|furios[oa]"
    r"|brav[oa]|de malas)|arrecha|emputa|cabrea|encabrona|mosquea|rebota|chiva|ofende)(?:"
    r" \w{1,20}){0,2} si la (?:apago|desactivo|quito)\b",
    r"\b(?:rendir(?:le)?|dar(?:le)?|rindo|doy) cuentas (?:de|por) (?:cada|todo|todos los|lo que)"
    r" (?:peso|sol|euro|dolar|centimo|centavo|bolivar|quetzal|lempira|colon|gasto|compra|peseta"
    r"|duro|luca|lucas|cordoba|gasto|cobre|real|sencillo)\b",
    r"\b(?:dice|dijo|me dice)(?: que)? me (?:cela|controla|revisa|vigila|prohibe|persigue|grita"
    r"|pega|encierra|espia) (?:tanto |asi )?(?:porque|xq|por que|pq) me (?:ama|quiere|adora)\b",
    r"\bse (?:encargo|encarga|ha encargado) de (?:que|q) (?:me peleara|me pelee|me quedara sola?"
    r"|me quede sola?|no (?:tenga|tuviera|vea|viera|hable|hablara) (?:a |con )?(?:nadie|amig\w{1,3}"
    r"|mi familia)|me alejara|me aleje|todos me (?:dejaran|odiaran|odien))\b",
    r"\b(?:tengo (?:que|q)|debo) tener todo (?:\w{1,20} ){0,2}como (?:a )?(?:el|ella) (?:le )?"
    r"(?:gusta|quiere|manda|dice|exige)\b",
    r"\bme (?:habla|mira|vigila|ve|observa|revisa|graba|controla|espia|grita) (?:por|desde|con)"
    r" (?:la|las|una) camaras?\b",
]


LANGUAGE = Language(
    code="es",
    statements={
        Concern.SELF_HARM: [*SELF_HARM_STATEMENTS, *SELF_HARM_INDIRECT],
        Concern.IN_DANGER: [*IN_DANGER_STATEMENTS, *IN_DANGER_MORE],
        Concern.MIGHT_HURT: [*MIGHT_HURT_STATEMENTS, *MIGHT_HURT_MORE],
        Concern.CONTROLLED: [*CONTROLLED_STATEMENTS, *CONTROLLED_MORE, *CONTROLLED_MORE_2],
    },
    mentions={
        Concern.SELF_HARM: SELF_HARM_MENTIONS,
        Concern.IN_DANGER: IN_DANGER_MENTIONS,
        Concern.CONTROLLED: CONTROLLED_MENTIONS,
    },
    asides=ASIDES,
    set_aside={
        Concern.SELF_HARM: [*RECOVERED, *FICTION, *THEIR_THREAT],
        Concern.IN_DANGER: [*BEHIND_ME, *PLAYFUL, *FICTION],
        Concern.MIGHT_HURT: [*RECOVERED, *PLAYFUL, *FIGURATIVE, *FICTION],
        Concern.CONTROLLED: [*BEHIND_ME, *FICTION, *AGREED],
    },
    spellings=SPELLINGS,
)
