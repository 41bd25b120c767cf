"""French: the plainest ways of saying one wants to die, is hurting oneself, or is being hurt.
A start, not a full table: French has no corpus yet (see tests/safety_corpus/README.md)."""

from __future__ import annotations

from bot.engine.safety import Concern, Language

LANGUAGE = Language(
    code="fr",
    statements={
        Concern.SELF_HARM: [
            r"\b(?:je )?(?:veux|voudrais|vais|pense a|envie de|jai envie de|ai envie de)"
            r" (?:juste )?"
            r"(?:mourir|crever|me tuer|me suicider|en finir|disparaitre pour toujours)\b",
            r"\bje (?:ne )?veux plus vivre\b",
            r"\b(?:me|se) suicider\b",
            r"\bsuicidaire\b",
            r"\bme (?:tuer|pendre|faire du mal|scarifier|mutiler)\b",
            r"\bje me (?:scarifie|mutile|coupe (?:les|le) (?:bras|poignets|cuisses))\b",
            r"\bmettre fin a (?:mes jours|ma vie)\b",
        ],
        Concern.IN_DANGER: [
            r"\b(?:il|elle|mon mari|ma femme|mon copain|ma copine|mon conjoint|ma conjointe)"
            r" (?:me )?(?:frappe|bat|a frappe|ma frappe|ma battu|ma battue|etrangle|ma etrangle"
            r"|menace de me tuer|ma menace|ma viole|ma violee)\b",
            r"\b(?:violee|viole|violences conjugales)\b",
            r"\bj ?ai peur (?:de lui|delle|pour ma vie)\b",
        ],
        Concern.MIGHT_HURT: [
            r"\bj ?ai peur de (?:lui|la|le) (?:faire du mal|frapper|tuer)\b",
        ],
        Concern.CONTROLLED: [
            r"\b(?:il|elle) (?:controle|surveille|fouille) (?:mon telephone|mes messages|mon argent"
            r"|tout ce que je fais)\b",
        ],
    },
)
