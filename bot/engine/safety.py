"""Safety screening: notices words that suggest self-harm, violence or abuse.

A match never blocks anyone and never diagnoses; it makes the engine answer with care and where
to find help, keep the message away from the partner, and hold nudges. Patterns are about the
person and their situation ("I want to die", "he hits me"), not figures of speech ("this movie
is killing me", "I could kill for a coffee", "he beat me at chess").

Text is folded first (lower case, apostrophes dropped, accents and punctuation flattened,
stretched letters shortened, "2" → "to"), so "I don’t", "I dont" and "i DONT" read the same and
the patterns below are written in that folded form.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Concern(StrEnum):
    """Who is at risk, which decides the reply (never a diagnosis)."""

    SELF_HARM = "self_harm"  # thoughts of suicide or of hurting oneself
    IN_DANGER = "in_danger"  # being hurt, threatened or forced; a child at risk
    MIGHT_HURT = "might_hurt"  # afraid of hurting someone else
    CONTROLLED = "controlled"  # being controlled, watched, isolated or put down


# -- building blocks (folded text: no apostrophes, single spaces, lower case) ------------------

_ME = r"(?:my ?self|myself|my self|meself)"
_THE_PARTNER = (
    r"(?:him|her|them|my (?:partner|husband|hubby|wife|wifey|boyfriend|bf|girlfriend|gf|spouse"
    r"|ex|fiance|fiancee|other half|so|significant other)|someone|somebody|anyone)"
)
_PARTNER = (
    r"(?:(?:he|she|they)(?:s|ve|d|ll)?|my (?:partner|husband|hubby|wife|wifey|boyfriend|bf"
    r"|girlfriend|gf|spouse|ex|fiance|fiancee|other half|significant other)|partner)"
)
# Words between the partner and what they did: "he has", "she keeps", "he's been", "they once".
# One word per step and at most six: every phrase has exactly one reading, so matching stays
# linear however a message repeats them.
_BETWEEN = (
    r"(?:(?:has|had|have|is|was|been|keeps|kept|keep|tried|tries|to|used|would|will|always"
    r"|sometimes|often|still|even|just|again|once|then|literally|actually|physically|started"
    r"|began|almost|nearly|did|does|also|really) ){0,6}"
)
_HARMS_ME = (
    r"(?:hit|hits|hitting|beat|beats|beating|beaten|chok(?:e|es|ed|ing)|slap(?:s|ped|ping)?"
    r"|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|push(?:es|ed|ing)?|shov(?:e|es|ed|ing)"
    r"|strangl(?:e|es|ed|ing)|smack(?:s|ed|ing)?|rap(?:e|es|ed|ing)|grab(?:s|bed|bing)?"
    r"|throttl(?:e|es|ed|ing)|bit|bites|burn(?:s|ed|t)?|spit on|spat on"
    r"|assault(?:s|ed)?|threw (?:\w+ ){0,3}at|throws (?:\w+ ){0,3}at|lock(?:s|ed)?) me"
)
# What follows "… me" in ordinary speech: "hit me up", "beat me at chess", "pushed me to apply".
_NOT_HARM = "".join(
    f"(?! {words})"
    for words in (
        r"up\b",
        r"at (?!home\b)",
        r"in (?:a |an |the )?(?:game|race|match|round|argument|chess|cards|his sleep|her sleep"
        r"|their sleep|my sleep)",
        r"to (?:it|the punch|apply|try|be|do|go|get|grow|finish|start|take|keep|write|ask|say"
        r"|make|see|call|speak|join)\b",
        r"away",
        r"forward",
        r"on the (?:back|shoulder)",
        r"with (?:the |a |an |some |that |this )?(?:news|idea|question|joke|truth|bill|fact|facts"
        r"|story|song|compliment)",
        # "kicked me out of the group chat", but not "… out of the house"
        r"out of\b(?! (?:the |a |my |our |his |her |their )?(?:house|home|flat|apartment|place"
        r"|car)\b)",
        r"(?:a|an|some) (?:coffee|drink|beer|snack|sandwich|cd|mixtape|present|gift|ticket|seat"
        r"|slice|cup|chair|towel|blanket)\b",
        r"(?:lunch|dinner|breakfast|coffee|flowers)\b",
    )
)

_QUIET_AFTER = r"(?! (?:in|out|at|on|while|when|with|for|shaving|cooking)\b)"

_PATTERNS: dict[Concern, list[str]] = {
    Concern.SELF_HARM: [
        rf"\b(?:kil+|kil+ing|unalive|unaliving|hang|hanging|harm|harming|poison|poisoning|starve"
        rf"|starving|drown|drowning|shoot|shooting|end|ending) ?{_ME}\b{_QUIET_AFTER}",
        rf"\b(?:to|gonna|wanna|will|ll) off ?{_ME}\b",
        rf"\b(?:cutting|burning|hurting) {_ME}\b{_QUIET_AFTER}",
        rf"\b(?:cut|cuts|burn|burned|burnt|hurt|hurts|harm) {_ME} (?:again|on purpose|every)\b",
        rf"\b(?:want|wanna|wanted|going|gonna|urge|urges|thinking|thought|think|thoughts|feel like"
        rf"|tempted|plan|planning|might|will|ill|keep|kept|been|started|start)\b(?: \w+){{0,4}}"
        rf" (?:hurt|hurting|cut|cutting|burn|burning|harm|harming) {_ME}\b{_QUIET_AFTER}",
        r"\bunalive\b",
        r"(?<!\d)(?<!\d )\bkms\b",
        r"\b(?:end|ending|take|taking|ended|took) (?:my (?:own )?life|it all)\b",
        r"\b(?:want|wnt|wanna|wana|wanted|plan|planning|deserve|hope to|wish to|id like to"
        r"|would like to|i should just|i could just) (?:to )?die\b",
        r"\bi (?:want|wanna|would like) to be dead\b",
        r"\bwish (?:i|id) (?:was|were|had been) dead\b",
        r"\bwish (?:i|id)(?: was| were| had| had been)?(?: never)?(?: been)? born\b",
        r"\bwish i could (?:just )?(?:disappear forever|not wake up|never wake up|sleep forever"
        r"|stop existing|stop living)\b",
        r"\bsu+i?c+i?d(?:e|al|ally|ality|ial|le)?\b(?! squad)",
        r"\bsuisid\w*",
        r"\b(?:no|any) (?:reason|point) (?:to|in|of) (?:live|living|going on|being alive|being here"
        r"|staying alive)\b",
        r"\bnothing (?:left )?to live for\b",
        r"\b(?:whats|what is) the point (?:of|in) (?:living|being alive|going on)\b",
        r"\b(?:isnt|is not|aint|not) worth living\b",
        r"\bbetter off (?:dead|without me|if i was gone|if i were gone|if i wasnt here)\b",
        r"\b(?:dont|do not|didnt|no longer|never) (?:really |even )?(?:want|wanna) (?:to )?(?:"
        r"live(?! (?:in|with|here|there|near|together|like|by|on|at|somewhere|abroad|apart|far"
        r"|through|alone)\b)|be alive|exist|wake up(?! (?:early|at|before|so|for|this|on)\b)"
        r"|be here any ?more|be around any ?more|go on (?:living|any ?more))",
        r"\bcant go on (?:any ?more|any longer|living|like this any ?more)\b",
        r"\bself ?harm\w*",
        r"\b(?:swallow|swallowed|swallowing|overdose on|od on)\b(?: \w+){0,3} pills\b",
        r"\b(?:take|took|taking) (?:a handful of|a bottle of|the whole bottle of|a whole bottle of"
        r"|too many|all (?:of )?(?:my|the) pills at once|an overdose)\b",
        r"\b(?:want|wanna|going|gonna|plan|planning|thinking|thought)\b(?: \w+){0,3} overdos\w*",
        r"\b(?:want|wanna|going|gonna|plan|planning|thinking about|thought about|might|could)"
        r"(?: to)? jump(?:ing)? (?:off|in front of) (?:a |the |my )?(?:bridge|building|roof"
        r"|cliff|balcony|train|bus|car|truck|window)\b",
    ],
    Concern.MIGHT_HURT: [
        # The person's own urge or plan to hurt someone. "I could kill him" is left out on purpose:
        # said about socks on the floor it is an idiom, and "kill for a coffee" names no person.
        rf"\bi(?:m| am|ll| will|d| would)? (?:\w+ ){{0,3}}(?:want to|wanna|going to|gonna|will"
        rf"|about to|feel like|might|think ill|swear ill|am gonna|need to|urge to|afraid ill"
        rf"|scared ill|afraid i will|scared i will|afraid i might|scared i might|could)"
        rf" (?:hurt|hurting|hit|hitting|stab|stabbing|shoot|shooting|strangle|strangling|choke"
        rf"|choking|beat|beating|punch|punching|smack|slap|slapping|murder) {_THE_PARTNER}\b"
        rf"(?! (?:up|feelings|at|in|to it|with the)\b)",
        rf"\bi(?:m| am|ll| will|d| would)? (?:\w+ ){{0,2}}(?:want to|wanna|going to|gonna|will"
        rf"|about to|feel like|might|am gonna|need to|urge to|plan to|planning to) (?:kill|murder)"
        rf" {_THE_PARTNER}\b",
        rf"\bi (?:just |accidentally |almost |nearly |actually |finally |then )?(?:hit|slapped"
        rf"|punched|shoved|kicked|choked|strangled|smacked|pushed|attacked) {_THE_PARTNER}\b"
        rf"(?! (?:up|away|out|to|at|in|off|with the)\b)",
        r"\b(?:scared|afraid|worried|terrified) (?:that )?i (?:will|ll|might|could|would) (?:hurt"
        r"|kill|hit) (?:him|her|them|someone|somebody|my partner|the kids|my kids)\b",
    ],
    Concern.IN_DANGER: [
        # Threats and weapons: the person is the one in danger.
        r"\b(?:pulled|held|waved|pointed|holds|points|grabbed) (?:a|his|her|their) (?:gun|knife"
        r"|weapon|blade)\b(?: \w+){0,3} (?:at|on|to) (?:me|my)\b",
        r"\b(?:has|have|got|bought|keeps|carrying) (?:a|his|her) (?:gun|knife|weapon)\b"
        r".{0,60}\b(?:threat\w*|scared|afraid|terrified|use it)\b",
        r"\bthreat(?:en|ens|ened|ening)? (?:me )?(?:to|with) (?:kill|hurt|hit|beat|stab|shoot"
        r"|a knife|a gun|a weapon)\b",
        rf"\b{_PARTNER} {_BETWEEN}{_HARMS_ME}\b{_NOT_HARM}",
        rf"\b{_PARTNER} {_BETWEEN}beat me up\b",
        rf"\b{_PARTNER} {_BETWEEN}(?:physically (?:hurt|hurts|hurting|harm\w*) me|(?:hurt|hurts"
        rf"|hurting) me physically)\b",
        r"\b(?:said|says|told me|swore|swears|threatened|threatens|texted|warned me)(?: that)?"
        r" (?:he|she|they)(?:d|ll|s)?(?: would| will| is going to| was going to| is gonna"
        r"| was gonna| gonna| going to| might| could| wants to| wanted to)?(?: \w+)?"
        r" (?:kill|hurt|hit|beat|stab|shoot|strangle|choke) me\b",
        r"\bthreat(?:en|ens|ened|ening)? to (?:take (?:the|my|our) (?:kids|children|baby)|kill"
        r" (?:me|us|himself|herself|themselves)|hurt (?:me|us|the kids|my|himself|herself"
        r"|themselves))\b",
        r"\b(?:im|i am|i feel|i get|i was|ive been) (?:so |really |very |always |often |getting )?"
        r"(?:scared|afraid|terrified|frightened) (?:of|for) (?:him|her|them|my partner|my husband"
        r"|my wife|my boyfriend|my girlfriend|my spouse|my life|my safety|what (?:he|she|they)"
        r" (?:will|might|could|would|ll|d|is going to) do)\b(?! (?:leaving|losing|going)\b)",
        r"\b(?:scared|afraid|terrified|frightened) to go (?:back )?home\b",
        r"\b(?:dont|do not|no longer|never) feel safe (?:at home|in my (?:own )?home|with (?:him"
        r"|her|them|my partner)|around (?:him|her|them|my partner)|in this relationship)\b",
        r"\bfeel unsafe (?:at home|in my (?:own )?home|with (?:him|her|them|my partner)|around)\b",
        r"\babus(?:e|es|ed|ive|ing|er)\b(?<!substance abuse)(?<!drug abuse)(?<!alcohol abuse)",
        r"\b(?:forc|mak|made)(?:e|es|ed|ing)? me (?:to )?(?:have sex|do sexual|into sex|sleep"
        r" with (?:him|her|them|other|someone|people|his|her))",
        r"\b(?:raped|rapes me|rape me|sexually assault\w*|molest\w*)\b",
        rf"\b{_PARTNER} (?:\w+ )?(?:wont|doesnt|does not|will not|never|refuses to|didnt|dont"
        r"|do not) let me (?:leave|go out|see my|talk to (?:my|anyone|any)|have (?:my own |any )?"
        r"money|have a phone|work|go to work|leave the house|go anywhere)\b",
        r"\b(?:takes|took|keeps|hides|hid) my (?:money|passport|bank card|wages|paycheck|salary"
        r"|phone away|keys away|keys so)\b",
        r"\b(?:controls|tracks|monitors) (?:my phone|my money|my location|where i go"
        r"|everything i do|who i (?:see|talk to|text))\b",
        r"\bim not (?:allowed|permitted) to (?:see my (?:friends|family)|talk to (?:my|anyone)"
        r"|leave the house|go out|have (?:my own |any )?money|work)\b",
        r"\bisolat\w+ me from\b",
    ],
    Concern.CONTROLLED: [
        # A few plain signs of control, until the screening patterns cover it fully.
        rf"\b{_PARTNER} (?:\w+ )?(?:checks|reads|goes through|looks through) my (?:phone|messages"
        r"|texts|emails)\b",
    ],
}

_COMPILED = {
    concern: [re.compile(pattern) for pattern in patterns]
    for concern, patterns in _PATTERNS.items()
}
_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_STRETCHED = re.compile(r"([a-z])\1{2,}")
_TWO_AS_TO = re.compile(r"\b(want|wanna|going|got|have|need|ready|plan) 2\b")


def fold(text: str) -> str:
    """The form the patterns read: lower case ASCII words separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = _NOT_WORD.sub(" ", _APOSTROPHES.sub("", ascii_only)).strip()
    words = _STRETCHED.sub(r"\1", words)  # "soooo" → "so", "dieeee" → "die"
    return _TWO_AS_TO.sub(r"\1 to", words)


@dataclass(frozen=True)
class Screening:
    concern: Concern


def screen(text: str) -> Screening | None:
    """The first concern the text suggests, most urgent first; `None` for ordinary messages."""
    folded = fold(text)
    for concern in (Concern.SELF_HARM, Concern.IN_DANGER, Concern.MIGHT_HURT, Concern.CONTROLLED):
        if any(pattern.search(folded) for pattern in _COMPILED[concern]):
            return Screening(concern)
    return None
