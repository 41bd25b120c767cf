"""Spanish: the plainest ways of saying one wants to die, is hurting oneself, or is being hurt.
A start, not a full table: Spanish has no corpus yet (see tests/safety_corpus/README.md)."""

from __future__ import annotations

from bot.engine.safety import Concern, Language

LANGUAGE = Language(
    code="es",
    statements={
        Concern.SELF_HARM: [
            r"\b(?:me )?(?:quiero|quisiera|voy a|deseo|tengo ganas de) (?:morir(?:me)?|matarme"
            r"|suicidarme|desaparecer para siempre|acabar con mi vida|quitarme la vida)\b",
            r"\bme quiero (?:morir|matar|suicidar)\b",
            r"\bno quiero (?:vivir|seguir viviendo|estar vivo|estar viva)\b",
            r"\b(?:suicidarme|suicida)\b",
            r"\bme (?:corto|lastimo|hago dano)\b",
        ],
        Concern.IN_DANGER: [
            r"\b(?:el|ella|mi marido|mi esposo|mi esposa|mi novio|mi novia|mi pareja)"
            r" (?:me )?(?:pega|golpea|pego|golpeo|ahorco|violo|amenazo con matarme|amenaza con"
            r" matarme)\b",
            r"\bme (?:pega|golpea|pego|golpeo|violo|ahorca|ahorco)\b",
            r"\btengo miedo (?:de el|de ella|por mi vida)\b",
        ],
        Concern.MIGHT_HURT: [
            r"\btengo miedo de (?:hacerle dano|pegarle|matarlo|matarla)\b",
        ],
        Concern.CONTROLLED: [
            r"\b(?:controla|revisa|vigila) (?:mi (?:telefono|celular|movil|dinero)|mis mensajes"
            r"|todo lo que hago)\b",
        ],
    },
)
