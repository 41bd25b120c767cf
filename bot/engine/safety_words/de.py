"""German: the plainest ways of saying one wants to die, is hurting oneself, or is being hurt.
A start, not a full table: German has no corpus yet (see tests/safety_corpus/README.md)."""

from __future__ import annotations

from bot.engine.safety import Concern, Language

LANGUAGE = Language(
    code="de",
    statements={
        Concern.SELF_HARM: [
            r"\bich (?:will|möchte|mochte|wurde gern|würde gern) (?:nicht mehr leben|sterben"
            r"|tot sein|mich umbringen|nicht mehr da sein)\b",
            r"\bich (?:bringe|bring) mich um\b",
            r"\b(?:selbstmord|suizid|suizidal|suizidgedanken|lebensmude|lebensmüde)\b",
            r"\bmich (?:umbringen|ritzen|verletzen|toten|töten)\b",
            r"\bich ritze mich\b",
        ],
        Concern.IN_DANGER: [
            r"\b(?:er|sie|mein mann|meine frau|mein freund|meine freundin|mein partner"
            r"|meine partnerin) (?:schlägt|schlagt|hat mich geschlagen|würgt|wurgt|bedroht"
            r"|vergewaltigt|hat mich vergewaltigt) ?(?:mich)?\b",
            r"\bich habe angst (?:vor ihm|vor ihr|um mein leben)\b",
        ],
        Concern.MIGHT_HURT: [
            r"\bich habe angst(?:,)? (?:ihm|ihr) (?:weh zu tun|etwas anzutun)\b",
        ],
        Concern.CONTROLLED: [
            r"\b(?:kontrolliert|überwacht|uberwacht) (?:mein handy|meine nachrichten|mein geld"
            r"|alles was ich tue)\b",
        ],
    },
)
