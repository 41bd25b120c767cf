"""Japanese: the plainest ways of saying one wants to die, is hurting oneself, or is being hurt.
Japanese has no spaces between words, so these patterns have no word boundaries.
A start, not a full table: Japanese has no corpus yet (see tests/safety_corpus/README.md)."""

from __future__ import annotations

from bot.engine.safety import Concern, Language

LANGUAGE = Language(
    code="ja",
    statements={
        Concern.SELF_HARM: [
            r"死にたい|しにたい|消えたい|自殺|生きていたくない|生きたくない|リストカット|リスカ"
            r"|自傷",
        ],
        Concern.IN_DANGER: [
            r"殴られ|暴力を振る|首を絞め|殺すと(?:言|脅)|レイプ|性的暴力|DV",
        ],
        Concern.MIGHT_HURT: [r"(?:殴って|傷つけて|殺して)しまいそう"],
        Concern.CONTROLLED: [r"(?:携帯|スマホ)を(?:チェック|監視)され|束縛"],
    },
)
