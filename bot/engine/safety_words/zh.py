"""Chinese: the plainest ways of saying one wants to die, is hurting oneself, or is being hurt.
Chinese has no spaces between words, so these patterns have no word boundaries.
A start, not a full table: Chinese has no corpus yet (see tests/safety_corpus/README.md)."""

from __future__ import annotations

from bot.engine.safety import Concern, Language

LANGUAGE = Language(
    code="zh",
    statements={
        Concern.SELF_HARM: [r"我想死|不想活|自杀|自殺|轻生|輕生|自残|自殘|割腕"],
        Concern.IN_DANGER: [r"(?:他|她)打我|家暴|家庭暴力|强奸|強姦|威胁要杀|威脅要殺"],
        Concern.MIGHT_HURT: [r"怕我会伤害|怕我會傷害"],
        Concern.CONTROLLED: [r"(?:查|监控|監控)我的手机|(?:查|監控)我的手機|控制我的钱"],
    },
)
