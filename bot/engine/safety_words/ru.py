"""Russian: the plainest ways of saying one wants to die, is hurting oneself, or is being hurt.
A start, not a full table: Russian has no corpus yet (see tests/safety_corpus/README.md)."""

from __future__ import annotations

from bot.engine.safety import Concern, Language

LANGUAGE = Language(
    code="ru",
    statements={
        Concern.SELF_HARM: [
            r"\b(?:я )?(?:хочу|хотела бы|хотел бы|собираюсь) (?:умереть|сдохнуть|покончить с собой"
            r"|убить себя|исчезнуть навсегда)\b",
            r"\bне хочу (?:больше )?жить\b",
            r"\bпокончить с (?:собой|жизнью)\b",
            r"\b(?:суицид|самоубийств\w{1,3}|суицидальн\w{1,4})\b",
            r"\b(?:режу|порезала|порезал) себя\b",
        ],
        Concern.IN_DANGER: [
            r"\b(?:он|она|муж|жена|парень|девушка) (?:меня )?(?:бьёт|избивает|ударил|ударила"
            r"|избил|душил|душит|изнасиловал|угрожает убить)\b",
            r"\bя боюсь (?:его|её|за свою жизнь)\b",
        ],
        Concern.MIGHT_HURT: [
            r"\bбоюсь, что (?:ударю|убью|сделаю больно)\b",
        ],
        Concern.CONTROLLED: [
            r"\b(?:проверяет|контролирует) (?:мой телефон|мои сообщения|мои деньги"
            r"|каждый мой шаг)\b",
        ],
    },
)
