"""English: what people write about themselves when they are at risk, and the look-alikes
(figures of speech, films, the past) that must be left alone.

Patterns read folded text: "I don't" is "i dont", "he'll" is "hell", "I'm" is "im". Each pattern
starts at a word and only repeats a bounded number of times, so a long message costs a fixed
amount of work per character.
"""

from __future__ import annotations

from bot.engine.safety import Concern, Language

# -- building blocks ---------------------------------------------------------------------------

_W = r"\w{1,20}"  # one word
_ME = r"(?:my ?self|meself|my ?slef|my ?sef|my ?slf|mself|myselfe)"
_RELATION = (
    r"(?:partner|husband|hubby|wife|wifey|boyfriend|bf|girlfriend|gf|spouse|ex|ex husband"
    r"|ex wife|ex boyfriend|ex girlfriend|fiance|fiancee|other half|significant other|man"
    r"|dad|father|stepdad|stepfather|mum|mom|mother|stepmom|stepmum|roommate|flatmate"
    r"|mother in law|father in law|sister in law|brother in law|son in law|daughter in law)"
)
_CHILD = (
    r"(?:kids|kid|children|child|baby|babies|son|daughter|toddler|boy|girl|stepson"
    r"|stepdaughter|little one|little ones|little girl|little boy|sister|brother|kiddo|kiddos"
    r"|little brother|little sister|baby brother|baby sister)"
)
# Someone who does something to the person: "he", "she's", "my husband", "my ex-boyfriend".
_SUBJECT = (
    rf"(?:he|she|they|hes|shes|theyre|theyve|hed|shed|theyd|hell|shell|theyll|my {_RELATION}"
    rf"|my {_W} {_RELATION}|partner|husband|wife|boyfriend|girlfriend|bf|gf)"
)
# Someone the person might hurt: "him", "her", "my wife", "the baby".
_OTHER = (
    rf"(?:him|her|them|someone|somebody|anyone|my {_RELATION}|my {_CHILD}|the {_CHILD}"
    rf"|our {_CHILD}|his {_CHILD}|her {_CHILD}|one of them|one of the kids|one of my kids)"
)
# Words between the partner and what they did: "he has", "she keeps", "he's been", "they once".
# One word per step and at most six: each phrase has one reading, so matching stays linear.
_BETWEEN = (
    r"(?:(?:has|had|have|is|was|been|keeps|kept|keep|tried|tries|tryed|trying|to|used|would|will"
    r"|always|sometimes|often|still|even|just|again|once|then|literally|actually|physically"
    r"|started|starts|began|almost|nearly|did|does|also|really|going|gonna|might|could|wants"
    r"|wanted|constantly|regularly|threatened|threatens|likes|loves) ){0,6}"
)
_HARM_VERB = (
    r"(?:hit|hits|hitting|hitt|beat|beats|beating|beaten|chok(?:e|es|ed|ing)|choak(?:s|ed)?"
    r"|slap(?:s|ped|ping)?|slaped|punch(?:es|ed|ing)?|punchd|kick(?:s|ed|ing)?"
    r"|push(?:es|ed|ing)?|shov(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|strangeled|smack(?:s|ed|ing)?"
    r"|rap(?:e|es|ed|ing)|grab(?:s|bed|bing)?|throttl(?:e|es|ed|ing)|bit|bites|burn(?:s|ed|t)?"
    r"|spit on|spits on|spat on|assault(?:s|ed)?|attack(?:s|ed|ing)?|stab(?:s|bed|bing)?|shot"
    r"|shoots|drag(?:s|ged)?(?= me (?!(?:\w{1,20} ){0,2}(?:museum|shop|shopping|party|gym"
    r"|concert|mall|market|dinner|church|cinema|movie|film|show|beach|walk|hike|wedding|meeting"
    r"|pub|bar|out|along|round|around|to (?:a|the|see|his|her|my|our))\b))|pin(?:s|ned)?"
    r"|slam(?:s|med)?|suffocat(?:e|es|ed|ing)|scratch(?:es|ed)?"
    r"|twist(?:s|ed)?(?! my arm into)|lock(?:s|ed)?|tied|ties"
    r"|knock(?:s|ed)? me (?:down|out(?! with)|over(?! with)|to)"
    r"|hurt(?:s|t)?(?= me (?:again|physically|badly|bad"
    r"|so bad|every|all the time|when (?:he|she|they) (?:drinks|is drunk|s drunk|gets)))"
    r"|thr(?:ew|ows|owing) (?!(?:a |the |his |her |their |some )?(?:pillow|pillows|cushion"
    r"|cushions|ball|snowball|snowballs|sock|socks|kiss|kisses|grape|grapes|popcorn|teddy"
    r"|frisbee|treat|wink|smile|look|glance|paper|confetti|water|towel|shade)\b)"
    r"(?:\w{1,20} ){0,3}at)"
)
_BODY = (
    r"(?:throat|neck|face|head|arm|arms|hair|wrist|wrists|body|chest|stomach|back|leg|legs|hand"
    r"|hands|jaw|eye|eyes|nose|ribs|mouth)"
)
# What follows "… me" in ordinary speech: "hit me up", "beat me at chess", "pushed me to apply".
_NOT_HARM = "".join(
    f"(?! {words})"
    for words in (
        r"up\b",
        r"at (?!home\b)",
        r"in (?:a |an |the )?(?:game|race|match|round|argument|chess|cards|his sleep|her sleep"
        r"|their sleep|my sleep|sleep|the feels)",
        r"to (?:it|the punch|apply|try|be|do|go|get|grow|finish|start|take|keep|write|ask|say"
        r"|make|see|call|speak|join|the finish|the door|the airport|the station|work|school"
        r"|the (?:shower|bathroom|car|remote|last|top|bottom|fridge|kitchen|couch|sofa|front"
        r"|best|good))\b",
        r"away",
        r"forward",
        r"(?:with|into) (?:a |an |the )?(?:hug|kiss|cuddle|tickle)",
        r"on the (?:back|shoulder|cheek|arm)",
        r"with (?:the |a |an |some |that |this |his |her )?(?:news|idea|question|joke|truth|bill"
        r"|fact|facts|story|song|compliment|pillow|snowball|water gun|nerf|worst|best|cheesiest"
        r"|dad jokes?|puns?|jokes|questions|compliments|surprises?|gifts?)",
        # "kicked me out of the group chat", but not "… out of the house"
        r"out of\b(?! (?:the |a |my |our |his |her |their )?(?:house|home|flat|apartment|place"
        r"|car|room|bedroom)\b)",
        r"(?:a|an|some) (?:coffee|drink|beer|snack|sandwich|cd|mixtape|present|gift|ticket|seat"
        r"|slice|cup|chair|towel|blanket)\b",
        r"(?:lunch|dinner|breakfast|coffee|flowers)\b",
        r"(?:playfully|gently|lightly|for fun|as a joke|by accident|accidentally)\b",
        r"for a (?:dance|hug|kiss|cuddle|photo|selfie|walk|snuggle)\b",
        r"(?:down )?with (?:tickles|kisses|hugs|a hug|cuddles|a kiss)\b",
        r"(?:on|in|into) (?:the |a |my )?(?:swing|swings|pool|pram|wheelchair|stroller|sled"
        r"|sledge|hammock|trampoline|snow|leaves)\b",
        r"(?:\w{1,20} ){0,5}(?:in|during) (?:a |the |our )?(?:pillow fight|play fight|tickle"
        r"|wrestling|game|snowball fight)",
        r"(?:\w{1,20} ){0,4}(?:and|then) (?:we|i) (?:laughed|giggled|kissed|cuddled)",
    )
)
# Not followed within a dozen words by a laugh: "I'm going to kill him if he eats my chips lol".
_NOT_JOKING = r"(?!(?: \w{1,20}){0,12} (?:lol|lmao|lmfao|haha|hahaha|hehe|rofl|jk|xd|joking)\b)"
# A trivial "if": "she'll kill me if I forget the milk again".
_NOT_TRIVIAL = (
    r"(?! if i (?:ever )?(?:forget|forgot|eat|ate|spoil|spoiled|spoilt|am late|was late|m late"
    r"|break|broke|lose|lost|miss|missed|drink|drank|finish|finished|use|used|wear|wore|dent"
    r"|dented|scratch|scratched|burn|burned|burnt)\b)"
)
# Fondness that sounds like control: "she won't let me leave without a hug".
_FOND = (
    r"(?!(?: \w{1,20}){0,3} without (?:a |my |his |her |some )?(?:hug|kiss|goodbye|coffee|breakfast"
    r"|coat|umbrella|jacket|lunch|snack|cuddle|dessert)\b)"
)
# A soft hit: "I wanted to hit him with a pillow for that joke".
_SOFT = (
    r"(?! (?:with (?:a |the |my |his |her )?(?:pillow|cushion|sock|snowball|water balloon"
    r"|newspaper|towel|feather|foam)|for (?:that|his|her|the) (?:joke|pun|comment|remark))\b)"
)
_FEAR = r"(?:scared|afraid|terrified|frightened|fearful|petrified)"
_FEAR_VERB = (
    r"(?:scared|afraid|terrified|frightened|worried|fear|scares me|scared that|afraid that)"
)
# Said, told or threatened: "he said he'd", "she told me she will", "he swore he would".
_SAID = (
    r"(?:said|says|say|told me|tells me|swore|swears|threatened|threatens|texted|texts|warned me"
    r"|warns me|keeps saying|promised|saying|message saying|text saying)"
)
_THEY_WILL = (
    r"(?:he|she|they|hed|shed|theyd|hell|shell|theyll|hes|shes)(?: would| will| is going to"
    r"| was going to| is gonna| was gonna| gonna| going to| might| could| wants to| wanted to"
    r"| is| s)?"
)
_KILL_VERB = r"(?:kill|hurt|hit|beat|stab|shoot|strangle|choke|burn|murder|break|smash|bury|end)"
_MEDS = (
    r"(?:pills|tablets|meds|medication|medicine|painkillers|paracetamol|tylenol|ibuprofen"
    r"|aspirin|sleeping pills|sleeping tablets|antidepressants|insulin)"
)

SELF_HARM_STATEMENTS = [
    # killing oneself, in any tense and most spellings
    rf"\b(?:kil|kill|kiling|killing|killed|kil ?my|unalive|unaliving|hang|hanging|hanged|harm"
    rf"|harming|poison|poisoning|starve|starving|drown|drowning|shoot|shooting|end|ending"
    rf"|suffocate|electrocute|stab|stabbing) ?{_ME}\b"
    r"(?! (?:in (?:work|the foot|the leg)|out|of (?:sleep|time|fun)|at work|with (?:work|food"
    r"|chocolate|cake|coffee"
    r"|tasks|study|studying|chores)|on (?:the|a) (?:oven|stove|iron|pan)|shaving|cooking"
    r"|laughing|while (?:shaving|cooking))\b)",
    rf"\b(?:to|gonna|wanna|will|ll) off ?{_ME}\b",
    rf"\b(?:cutting|burning|hurting|harming|punishing|starving|hitting|cut|cuts|burn|burns"
    rf"|burned|burnt|hurt|hurts|harm|harms|punish|punished|hit|hits|scratch|scratching"
    rf"|bruise|bruising) {_ME}\b"
    r"(?! (?:in|out|at|on(?! purpose)|while|shaving|cooking|laughing|lifting|running|playing"
    r"|doing|skiing|of (?:sleep|time|fun)"
    r"|falling|moving|by accident|accidentally|badly at|with (?:the|a|my|that|this|work)"
    r"|chopping|opening|ironing|baking|gardening|dancing|training|working out|at the gym)\b)",
    r"\b(?:cut|cuts|cutting|burn|burning|scratch|scratching|carve|carving|carved|slice|slicing"
    r"|slit|slash|slashing) (?:my|into my)"
    r" (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hips)\b"
    r"(?! (?:on|while|by accident|accidentally|shaving|cooking|chopping|opening|gardening"
    r"|on the)\b)",
    r"\bi (?:\w{1,20} )?(?:cut|burned|burnt|harmed|hurt myself) (?:again|last night|today"
    r"|yesterday|this morning|tonight)\b",
    r"\b(?:started|start|been|keep|kept|relapsed|relapsing|relapse|back to|urge to|urges to"
    r"|want to|wanna|stop|stopped|quit|thinking about|thought about) (?:cutting|self ?harming"
    r"|burning myself|hurting myself)(?: again)?\b(?! (?:onions|the|my|your|his|her|our|it"
    r"|back|down|out|costs|corners|hair|carbs|sugar|ties|class|coupons|paper|wood|grass)\b)",
    r"\bscratch\w{0,4} (?:\w{1,20} ){0,3}until (?:it|they|i) (?:bleed|bleeds|bled)\b",
    r"\bunaliv\w{0,5}\b",
    r"\bsewer ?slide\w{0,3}\b",
    r"(?<!\d)(?<!\d )\bkms\b",
    # ending one's life
    r"\b(?:end|ending|take|taking|ended|took|finish|finishing) (?:my (?:own )?life|it all)\b"
    r"(?! (?:on (?:a|an) (?:high|good note|happy note)|with (?:a |an |some |the )?(?:nice|good"
    r"|great|lovely|fun|big|little|dinner|party|karaoke|dancing"
    r"|drinks?|movie|film|walk|hug|kiss|celebration|toast|bang|song|dessert|cake|pizza|glass"
    r"|dance)|off with))",
    r"\b(?:thinking about|think about|thought about|thoughts of|thoughts about|want to|wanna"
    r"|going to|gonna|plan to|planning to|planning on|ready to|decided to|decide to|might"
    r"|could|should|i will|ill|tempted to|urge to|how to|way to|just|been) (?:just )?"
    r"(?:end|ending) (?:it|things|everything)\b(?! (?:with|between|off|on (?:a|good|bad)|and"
    r" (?:move|go|start|find|date)|for (?:good|now) with)\b)(?<!lets just end it)",
    r"\b(?:want|wants|wish|need|needs) (?:my life|it all|everything|the pain|this|it) to (?:be"
    r" over|end|stop)(?: (?:\w{1,20} ){0,2}(?:forever|permanently|for good))?\b"
    r"(?! (?:soon|already|so i can|so we can))",
    r"\b(?:it all|everything|the pain|it) to stop (?:permanently|forever|for good)\b",
    r"\bwant out of (?:life|this life|living|this world)\b",
    # wanting to die, to be dead, not to live
    r"\b(?:want|wnt|wanna|wana|wanted|plan|planning|deserve|hope to|wish to|id like to"
    r"|would like to|i should just|ready to|going to|gonna|i just want to"
    r"|i might|i will|i want to just) (?:to )?(?:fucking |fuckin |just |really |literally |honestly"
    r" |actually |simply )?(?:die|dye|di)\b(?<!make me want to die)(?<!makes me want to die)"
    r"(?! (?:of|for|laughing|from|my|your|our|the|it|them|her|his|a|happy|old|if i dont (?:get"
    r"|have|eat) (?:coffee|food|sleep|a|some|my|lunch|dinner|chocolate|tea)|in (?:peace"
    r"|my sleep at|a)|with you|on (?:that|this) hill)\b)",
    r"\bi (?:want|wanna|would like|wish) (?:to be|i was|i were) dead\b(?! (?:asleep|tired|to the"
    r" world)\b)",
    r"\bwish (?:i|id) (?:was|were|had been|could be) dead\b(?! (?:asleep|tired|to the world)\b)",
    r"\bwish (?:i|id)(?: was| were| had| had been)?(?: never)?(?: been)? born\b",
    r"\bwish i could (?:just )?(?:disappear forever|not wake up|never wake up|sleep forever"
    r"|stop existing|stop living|go to sleep (?:and|forever)|die|not exist|not be here|cease to"
    r" exist|fade away|vanish)\b",
    r"\b(?:hope|hoping|pray|praying) (?:that )?i (?:dont|do not|never|wont) wake up\b",
    r"\b(?:go to sleep|sleep|fall asleep) and (?:never|not) wake up\b",
    r"\b(?:disappear|vanish|be gone) (?:forever|for good|permanently)\b",
    r"\b(?:no|any) (?:reason|point) (?:to|in|of) (?:live|living|going on|being alive|being here"
    r"|staying alive|carrying on|life|existing)\b",
    r"\bnothing (?:left )?to live for\b",
    r"\b(?:dont|do not|cant|cannot|can not|no longer) see (?:the|any) point (?:in|of|to) (?:living"
    r"|life|going on|being alive|existing|carrying on|being here|anything any ?more)\b",
    r"\bsee no (?:point|reason) (?:in|of|to) (?:living|life|going on|being alive|existing"
    r"|carrying on|being here)\b",
    r"\b(?:planned|planning|plan|worked out|figured out|decided|thinking about|thought about)"
    r" (?:out )?(?:how|when|where) (?:i would|id|i will|ill|i am going to|im going to|to|i could)"
    r" (?:do it|end it|go through with it)\b",
    r"\b(?:whats|what is) the point (?:of|in) (?:living|being alive|going on|life|existing"
    r"|anything any ?more)\b",
    r"\b(?:isnt|is not|aint|not) worth living\b",
    r"\bbetter off (?:dead|without me|if i was gone|if i were gone|if i wasnt here"
    r"|if i werent here|if i died)\b",
    r"\b(?:dont|do not|didnt|no longer|never|dont even|dont really) (?:really |even )?"
    r"(?:want|wanna) (?:to )?(?:live(?! (?:in|with|here|there|near|together|like|by|on|at"
    r"|somewhere|abroad|apart|far|through|alone|without)\b)|be alive|exist|wake up(?! (?:early"
    r"|at|before|so|for|this|on|tomorrow to)\b)|be here (?:any ?more|no more|no longer)"
    r"|be around (?:any ?more|no more|no longer)"
    r"|go on (?:living|any ?more)|be here$)",
    r"\bcant (?:go on|keep going|carry on) (?:any ?more|any longer|living|like this)\b"
    r"(?! (?:with|lol|haha|hahaha|lmao|at|in|on|without)\b)",
    r"\bcant (?:go on|keep going|carry on) like this$",
    r"\b(?:tired|sick|exhausted|weary) of (?:being alive|living|life|existing|being here)\b"
    r"(?! (?:in|with|here|there|like|at|on|near|under|out|paycheck|in this)\b)",
    r"\b(?:im|i am|i m) (?:so )?(?:done|finished) with (?:life|living|being alive|existing"
    r"|this life|this world)\b",
    r"\b(?:im|i am) ready to die\b(?! (?:of|for|on)\b)",
    r"\b(?:deserve|deserves) to die\b",
    r"\b(?:i should|i need to|i have to) (?:just )?die\b",
    # suicidal thoughts, in the person's own words
    r"\b(?:im|i am|i feel|feel|feeling|i felt|ive been|i get|i got|getting|having|i have|i had"
    r"|i was|im getting|makes me|making me|made me|i|been|feelin|becoming) (?:so |very |really"
    r" |a bit |kind of |kinda |pretty |extremely |super |quite |more |a little |properly )?"
    r"(?:su{1,2}i?c{1,2}i?d(?:al|ial|le|al?l)|suisidal)\b",
    r"\b(?:suicidal|suicide) (?:thoughts|feelings|ideation|urges|thinking|plans?|attempts?|note"
    r"|letter|mode)\b",
    r"\b(?:thoughts|thinking|think|thought|thinkin|fantasi\w{1,4}|dream\w{0,3}|obsess\w{0,4})"
    r" (?:about|of) (?:suicide|su{1,2}i?cide|dying(?! (?:my|your|our|her|his|it|the)\b)|death"
    r"|being dead|not being here|not existing|not waking up|killing myself|ending it"
    r"|ending my life|my death|my own death)\b",
    r"\b(?:want|wanna|going|gonna|planning|plan|thinking|think|thought|considering|consider"
    r"|tried|try|attempted|attempt)(?: to| about| of| on)? (?:commit |committing )?"
    r"(?:suicide|su{1,2}i?cide)\b",
    r"\bsuicide (?:attempt|note|letter|plan)\b",
    # means and plans
    rf"\b(?:swallow|swallowed|swallowing|overdose on|od on|take|took|taking|down|downed|downing"
    rf")\b(?: {_W}){{0,3}} (?:all|every one of|the rest of|a handful of|handfuls of|a bottle of"
    rf"|a whole bottle of|the whole bottle of|too many|loads of|lots of|a box of|a whole box of"
    rf"|the whole box of|a packet of|a whole packet of|the whole packet of|a month of|a week of"
    rf") (?:of )?(?:my |the |his |her |these |those |our )?(?:{_W} )?{_MEDS}\b",
    r"\b(?:took|take|taking|swallowed) (?:too many|an overdose|a handful)\b",
    rf"\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|stashing"
    rf"|stashed) (?:up )?(?:all )?(?:my |the |some )?(?:{_W} )?{_MEDS}\b",
    rf"\b{_MEDS} (?:saved|stashed|stockpiled|hoarded|collected) up\b",
    rf"\b(?:got|have) (?:the|my|enough) {_MEDS} (?:saved|ready|stashed|stockpiled)\b",
    rf"\bhow many (?:{_W} ){{1,2}}(?:it )?(?:would|will|does|to|it would|it takes to)"
    r" (?:take|kill|die"
    r"|be fatal|be lethal)\b",
    r"\b(?:looked|looking|look|searched|searching|googled|googling|research\w{0,3}) (?:up )?"
    r"(?:how|ways|the best way|painless ways|the easiest way) to (?:die|end it|kill myself"
    r"|end my life|overdose|hang)\b",
    r"\b(?:painless|easiest|quickest|best) (?:way|ways) to (?:die|end it|kill myself|end my life"
    r"|go)\b",
    r"\boverdos(?:e|ed|ing|es)\b(?! (?:on (?:coffee|caffeine|sugar|chocolate|sweets|candy|cake"
    r"|netflix|tv|love|cuteness|drama|work|carbs|cheese|pizza|cute)|prevention|awareness"
    r"|crisis|deaths)\b)",
    r"\b(?:a|the|my) (?:rope|noose|belt)\b.{0,60}\b(?:keep (?:looking at|thinking about)"
    r"|my neck|hang|end it|tonight|in the (?:garage|shed|attic|loft|closet|wardrobe))\b",
    r"\bnoose\b",
    r"\b(?:want|wanna|going|gonna|plan|planning|thinking about|thought about|think about"
    r"|thinking of|might|could|about to|ready to|urge to|tempted to)(?: to)? (?:jump|jumping"
    r"|throw myself|throwing myself|step|stepping|walk|walking) (?:off|in front of|from|into)"
    r" (?:a |the |my |our |this )?(?:bridge|building|roof|rooftop|cliff|balcony|train|bus|car"
    r"|truck|lorry|tram|window|ledge|tracks|traffic|river|sea|lake)\b",
    r"\b(?:driving|drive|drove|crash\w{0,3}|steer\w{0,3}|swerv\w{0,3}) (?:my car |the car |it )?"
    r"(?:into|off) (?:a|the) (?:wall|tree|bridge|cliff|river|truck|lorry|oncoming|barrier"
    r"|motorway|highway)\b",
    r"\bcrash\w{0,3} (?:the |my |our )?car on purpose\b",
    r"\b(?:standing|sitting|stood|sat|i am|im) (?:on|at) (?:the |a )?(?:edge of (?:the |a )?)?"
    r"(?:ledge|edge of the roof|roof edge)\b",
    r"\b(?:standing|sitting|stood|sat|im|i am) (?:on|at the edge of|on the edge of|on top of)"
    r" (?:the|a|this) (?:bridge|roof|rooftop|cliff|tracks|railway|train tracks|balcony"
    r"|building)\b(?: \w{1,20}){0,2} (?:right now|alone|again|thinking|ready|and (?:thinking"
    r"|want|looking down|cant))\b",
    # goodbyes and putting affairs in order
    r"\b(?:written|wrote|writing|write|left|leaving|leave) (?:a |my |the |some )?(?:goodbye )?"
    r"(?:note|notes|letter|letters|message|messages)(?: \w{1,20}){0,3} (?:to find|for everyone"
    r"|to everyone|for when im gone|goodbye|for after)\b(?! (?:for|about|at|with) (?:christmas"
    r"|xmas|the holidays|birthday|new year|thanks|the wedding|work)\b)",
    r"\b(?:goodbye|final|last) (?:note|notes|letter|letters|message|video)\b"
    r"(?! (?:of the|for the|from the|at work|to (?:the|my) (?:team|class|colleagues))\b)",
    r"\bthis is (?:my )?(?:goodbye|last message)\b",
    r"\b(?:saying|say|said|my) goodbyes? to (?:everyone|everybody|you all|all of you|the world"
    r"|this world|life)\b(?! (?:at|before|here|in|and (?:head|go|leave)|for (?:now|tonight"
    r"|the (?:day|night|weekend|summer))|on|from)\b)",
    r"\b(?:gave|giving|give|given) away (?:all )?(?:of )?(?:my|all my) (?:things|stuff"
    r"|belongings|possessions|pets|cat|dog|savings)\b",
    r"\bmy (?:\w{1,20} )?(?:will|affairs) in order\b",
    r"\b(?:imagin\w{1,4}|picture|picturing|plan\w{0,5}|think\w{0,3} about|dream\w{0,3} about)"
    r" my (?:own )?funeral\b",
    r"\b(?:nobody|no one|noone|no body|none of them|no one else|nobody else) (?:would|will|d"
    r"|is going to|gonna|even) (?:even )?(?:miss me|notice if i(?:m| was| were)? (?:gone|dead"
    r"|not here)|care if i (?:die|died|was gone|were gone|disappeared))\b",
    r"\bif i (?:was|were|m|am|d) (?:gone|dead|not here|not around|to die)\b"
    r"(?! (?:for (?:a|the|two|three|\d{1,3}) \w{1,20}|on|at|this weekend)\b)"
    r".{0,40}\b(?:tell|miss|better|care|notice|sorry|love)",
    r"\bif im (?:gone|not here|dead|not around) (?:tomorrow|tonight|by (?:morning|tomorrow))\b",
    r"\b(?:wont|will not|not) be (?:a problem|a burden|around|here|alive|bothering (?:you|anyone"
    r"|anybody)) (?:for )?(?:much|very) longer\b",
    r"\b(?:im|i am|i feel like i am|i feel like im|i feel like) (?:such )?a burden to (?:everyone"
    r"|everybody|my family|you all)\b",
    # found by a second batch of phrasings, written before these were added
    r"\b(?:want|wants|wanna|wanted|wish|need|needs) (?:\w{1,20} ){0,2}to die\b"
    r"(?! (?:of|for|laughing|from|in (?:peace|a))\b)(?<!make me want to die)"
    r"(?<!makes me want to die)(?<!made me want to die)",
    rf"\b(?:makes?|made) me (?:\w{{1,20}} )?want to die\b{_NOT_JOKING}"
    r"(?!(?: \w{1,20}){0,6} (?:so good|amazing|incredible|beautiful|in a good way|obsessed"
    r"|too cute|so cute)\b)",
    r"\bfeel(?:ing)? like (?:dying|im dying inside and want)\b(?! (?:of|from|laughing)\b)",
    r"\b(?:better|happier|easier|lighter|relieved|free) (?:off )?(?:without me|if i (?:just )?"
    r"(?:didnt exist"
    r"|wasnt here|werent here|was gone|were gone|was dead|were dead|died|disappeared|wasnt"
    r" around|werent around|wasnt alive))\b",
    r"\b(?:world|everyone|everybody|they|you|he|she|my family|my kids) (?:would|will|d) be"
    r" better (?:off )?without me\b",
    r"\b(?:wont|will not|not going to|not gonna|dont think ill|dont think i will|might not)"
    r" be (?:here|around|alive) (?:next (?:week|month|year|time)|much longer|by (?:tomorrow"
    r"|morning|the weekend|next)|for (?:much )?longer|for long|any ?more|after (?:tonight|today"
    r"|this))\b(?!(?: \w{1,20}){0,8} (?:busy|work|holiday|vacation|trip|travel\w{0,3}|visiting"
    r"|away|conference|appointment|because|dentist|doctor|abroad|flying|moving|move)\b)",
    r"\bnot (?:being|be) (?:here|around|alive) any ?more\b",
    r"\b(?:using|use) it on myself\b",
    r"\b(?:pills|tablets|knife|razor|blade|rope) (?:in my hand|ready|lined up|counted out"
    r"|in front of me)\b",
    r"\bcut (?:again|last night|this morning|deeper)\b(?! (?:my|the|his|her|our)\b)",
    r"\b(?:punching|slapping|biting|hitting|scratching|burning|starving) (?:my ?self)\b"
    r"(?! (?:out|of|in the (?:foot|face with)|on|while|at|with|by accident|up)\b)",
    r"\b(?:blood|cuts|scars|burns) (?:all )?(?:on|over) my (?:arms|arm|wrists|wrist|thighs"
    r"|legs|stomach|skin)\b",
    r"\b(?:arms|wrists|thighs|legs|skin|stomach) (?:are|is) (?:covered in|full of) (?:cuts"
    r"|scars|burns|blood)\b",
    r"\b(?:drank|drink|drinking|swallowed|swallow) (?:some )?(?:bleach|poison|antifreeze"
    r"|drain cleaner|weed killer)\b",
    r"\bgoodbye (?:everyone|everybody|world|cruel world|forever)$",
    r"\blife (?:is|feels|seems) (?:so )?(?:pointless|meaningless|not worth (?:it|living))\b",
    r"\b(?:want|wish|wanna|need) (?:\w{1,20} )?to stop (?:existing|living|being alive"
    r"|breathing)\b",
    r"\b(?:want|wish|wanna|just want|need) (?:to |i could )?(?:go to |fall asleep and )?sleep"
    r" forever\b|\bgo to sleep forever\b",
    r"\b(?:going to|gonna|might|about to|want to|tempted to) do something (?:stupid|drastic"
    r"|dangerous|permanent|final)(?: tonight| to myself)?$",
    r"\b(?:i|im|ive|ill|to|gonna|will|want to|going to) commit suicide\b",
    # found by a third batch of phrasings, written before these were added
    r"\b(?:im|i am|i was|ive been|been|started|start|keep|kept|back to) cutting(?: again)?$",
    r"\bcutting again\b(?! (?:the|my|our|back|down|carbs|sugar|costs|hair|class)\b)",
    r"\b(?:slit|slitting|slice|slicing|open|opening) (?:my )?(?:wrists?|throat)\b",
    r"\b(?:have|got|made|making) a plan\b.{0,50}\b(?:do it|tonight|end it|kill myself|die)\b",
    r"\b(?:dont|do not|cant|cannot) (?:want to |wanna )?(?:live|go on living|keep living) like"
    r" this any ?more\b",
    r"\b(?:id|i would|i d) (?:much )?rather (?:be dead|die|not be alive|not exist|not wake up)\b"
    r"(?! than (?!(?:keep|live|go on|feel|stay alive|continue|wake up|spend another|be alive"
    r"|be here)\b))",
    r"\brather be dead\b",
    r"\b(?:death|dying|suicide|killing myself|ending it|ending my life|to die) (?:\w{1,20} ){0,3}"
    r"(?:the )?(?:only (?:option|way out|way|answer|choice|solution|escape|thing left)"
    r"|my only)\b",
    r"\b(?:only|no) way out (?:\w{1,20} ){0,2}(?:is|but|except) (?:to die|dying|death|suicide"
    r"|ending it|killing myself)\b",
    r"\bway out except (?:dying|death|suicide|to die)\b",
    r"\buntil (?:it|they|i|my \w{1,20}) (?:bleed|bleeds|bled|bruise|bruises)\b",
    rf"\b(?:took|take|taking|swallowed|swallow|downed) (?:a bunch of|a lot of|lots of|loads of"
    rf"|heaps of|a load of|so many|way too many|all (?:of )?(?:my|the|these|those)) (?:{_W} )?"
    rf"{_MEDS}\b",
    r"\bi (?:think i |just |might have )?(?:took|taken|had|swallowed) (?:too much|too many"
    r"|an overdose|the lot)\b(?! (?:to drink|wine|beer|coffee|food|cake|sugar|on)\b)",
    r"\b(?:i|im|ive|been|started|start|keep|kept|relapsed|relapse on|relapsed on|urge to|urges"
    r" to|want to|wanna|going to|gonna) (?:\w{1,20} )?self ?harm\w{0,4}\b",
    # found by a fourth batch of phrasings, written before these were added
    r"\b(?:dont|do not|cant|cannot|can not) see myself (?:being )?(?:alive|here|around|making it)"
    r" (?:by|past|after|in|next|much longer|for long)\b",
    r"\bending things\b(?:(?: \w{1,20}){0,4}) with me\b",
    r"\b(?:looking at|staring at|standing by|standing on|walked to|went to) the (?:train )?"
    r"(?:tracks"
    r"|railway line|bridge|edge|ledge|cliff)\b(?! (?:for|to (?:take|get|see|watch))\b)",
    r"\b(?:bought|buying|got|have) (?:a )?(?:rope|noose)\b(?! (?:for|to (?:tie|hang (?:the|a|up)"
    r"|climb)|swing|ladder)\b)",
    r"\b(?:thinking|think|thought|dream|dreaming) about crashing (?:my|the) car\b",
    r"\b(?:put|putting) an end to (?:it all|everything|my life|myself|the pain|my pain)\b",
    r"\b(?:no|lost (?:the|my|all)|losing (?:the|my)|have no|dont have the|dont have any) will to"
    r" live\b",
    r"\b(?:doing|do) (?:everyone|everybody|them|you all|the world) a favou?r by (?:dying|dieing"
    r"|killing myself|disappearing|being gone|not being here)\b",
    r"\b(?:should|deserve to|need to|ought to) (?:just )?(?:die|be dead|not exist|not be alive)\b",
    r"\b(?:dont|do not|didnt) deserve to (?:live|be alive|exist|be here)\b",
    r"\b(?:hate|hating|hated) (?:being alive|living|existing|my life so much|being here)\b"
    r"(?! (?:in|with|here|there|like|at|on|near|without)\b)",
    r"\b(?:giving|give|gave|given) up on (?:life|living|being alive|myself and)\b",
    r"\b(?:im|i am) (?:done|finished) (?:with )?(?:living|life|existing)\b",
    r"\b(?:would|will|does|do|did) (?:anyone|anybody|someone|you|they|he|she) (?:even )?(?:care"
    r"|notice|miss me) if i (?:died|was dead|were dead|disappeared|was gone|were gone|killed"
    r" myself|wasnt here|werent here|didnt wake up)\b",
    r"\b(?:does|do|would|will) (?:anyone|anybody|someone) (?:even )?care (?:if|whether) (?:im|i am"
    r"|i was|i stay) alive\b",
    r"\b(?:cant|can not|cannot) stop (?:myself from )?(?:cutting|hurting myself|self harming"
    r"|burning myself)\b",
    r"\b(?:urge|urges|need|craving) to (?:cut|hurt myself|self harm|burn myself)\b"
    r"(?! (?:back|down|costs|the|my|it|carbs|sugar|ties)\b)",
    rf"\b(?:take|taking|took|swallow\w{{0,3}}) (?:extra|double|more) {_MEDS} to (?:numb|sleep"
    r" forever|not feel|not wake|stop feeling|forget|escape)\b",
    r"\b(?:wrote|written|writing|made|making|updated|updating) my will\b.{0,40}\b(?:goodbye"
    r"|goodbyes|note|letters|end|tonight|die)\b",
    r"\b(?:said|saying|say) my (?:last )?goodbyes\b",
    r"\b(?:so |really |very )?close to (?:ending it|ending my life|killing myself|giving up on"
    r" life|doing it)\b",
    r"^ ?ending it (?:tonight|today|now|soon|all)\b",
    r"\b(?:im|i am|i will|ill|gonna|going to) end(?:ing)? it (?:tonight|today|now|soon"
    r"|this weekend)\b(?! with (?:him|her|them)\b)",
    # found by a fifth batch, of plain phrasings, written before these were added
    r"\b(?:theres|there is|i see|i can see|feel like theres|i have|there seems to be) no way out\b"
    r"(?! of (?:this|the) (?:meeting|job|contract|deal|game|level|traffic|queue|maze)\b)",
    r"\b(?:im|i am|i will|ill) (?:going to|gonna|about to|ready to) jump$",
    r"\b(?:im|i am|i feel|feel like|feeling like|being|tired of being|sick of being|i was born)"
    r" (?:such |just |only )?a (?:burden|waste of space|mistake)\b(?! (?:of proof|at work)\b)",
    # found by a sixth batch, written before these were added
    r"\b(?:dont|do not) (?:want|wanna) (?:to )?be (?:here|alive|around) (?:tomorrow|tonight"
    r"|next week|much longer|by (?:tomorrow|morning|the weekend))\b",
    r"\b(?:im|i am) (?:at|on) (?:the|a) (?:bridge|roof|rooftop|cliff|edge|tracks|ledge|railway)$",
    r"\b(?:want|wanna|going|gonna|about|ready) to jump\b(?! (?:in|into|on|off the (?:diving"
    r"|high|low) board|out at|for joy|the queue|ship|on the bandwagon|rope|the gun|start|at the"
    r" chance|through hoops|higher|around|up|over|back|right in|on board)\b)",
    # found by a seventh batch, of plain phrasings, written before these were added
    r"\b(?:burn|burned|burnt|burning|cut|cutting|cuts|scratch|scratching|slice|slicing)"
    r" (?:my ?self|my (?:arm|arms|wrist|wrists"
    r"|leg|legs|thigh|thighs|skin|stomach|hips)) with (?:a |my )?(?:cigarette|lighter|match"
    r"|matches|candle|razor|blade)\b",
    r"\b(?:cant|can not|cannot|dont think i can|unable to|dont know if i can|dont know how (?:to|i"
    r" can)) (?:keep|go on|carry on) (?:living|being alive|existing)\b",
    r"\bdisappear (?:and|&) never (?:come back|return|be found|wake up)\b",
    # found by an eighth batch, of longer messages, written before these were added
    r"\b(?:had enough|have had enough|ive had enough|sick|tired) of (?:life|living|being alive"
    r"|existing)\b(?! (?:in|with|here|there|like|at|on|near|under|out)\b)",
    r"\b(?:want|wants|wish|hope|hoping) (?:\w{1,20} ){0,2}(?:to )?never wake up\b",
    r"\b(?:engine|car) running\b.{0,40}\b(?:garage|closed|shut|windows up)\b",
    r"\bgarage with the engine running\b",
    r"\b(?:scared|afraid|worried|terrified) (?:of )?what (?:i|ill|id)(?: might| could| will"
    r"| would)? (?:do|did) to myself\b",
    # found by a twelfth batch, written before these were added
    r"\b(?:took|take|taking|swallowed|swallow) (?:my |the )?(?:whole|entire|all (?:of )?my)"
    r" (?:prescription|bottle|packet|box|supply|stash|meds|pills|medication|tablets)\b",
    rf"\blife (?:has|holds) no (?:meaning|point|purpose)\b{_NOT_JOKING}",
    r"\bi (?:just )?want out$",
    r"\b(?:hope|hoping|pray|praying|wish) (?:that )?i (?:die|dont wake up|never wake up|dont make"
    r" it)\b(?! (?:laughing|of)\b)",
    # found by a thirteenth batch, written before these were added
    r"\b(?:wanna|want to|going to|gonna|might|should|will|ill) kys\b",
    r"\bkys myself\b",
    r"\b(?:its|it is) over for me\b(?:.{0,20}\bgoodbye\b|$)",
    r"\b(?:take|taking|took|swallow|swallowed) every (?:pill|tablet|pills|tablets)\b",
    # found by a fourteenth batch, written before these were added
    r"\bwish (?:i|id) (?:wasnt|werent|was not|were not|hadnt been) (?:alive|here|born|around)\b",
    # found by a fifteenth batch, of questions, written before these were added
    r"\b(?:thinking|think|thoughts|thought) (?:about|of) killing (?:yourself|oneself)\b",
    r"\bwanting to (?:die|be dead|kill myself|end it all|end my life)\b",
    # found by a seventeenth batch, written before these were added
    rf"\bonly way (?:\w{{1,20}} ){{0,4}}is (?:to die|dying|death|suicide|to kill myself|to end it"
    rf"|to end my life)\b{_NOT_JOKING}",
    r"\b(?:plan|planning|intend|expect)(?: on| to)? (?:being|be) (?:around|here|alive) (?:much"
    r"|for much|very|for very) longer\b",
    r"\b(?:gave|giving|give|given) (?:all )?(?:of )?my (?:things|stuff|belongings|possessions"
    r"|pets) away\b",
    rf"\b(?:thinking|think|thought|obsessing) about (?:the|my|all the|all my) {_MEDS}\b"
    r"(?! (?:i need|for (?:my|the)|to take for|schedule|prescription|dose|doses|side effects)\b)",
    r"\bcrash\w{0,3}\b.{0,40}\bon purpose\b",
    r"\b(?:wish|hope|hoping|pray|praying) (?:a|the|some) (?:car|bus|truck|lorry|train) (?:would"
    r" |will |could )?(?:hit|run (?:me )?over|kill) me\b",
    r"\bso (?:that )?i (?:can|could|will|would|might) (?:die|be dead|not wake up|end it)\b",
    r"\b(?:want to|going to|gonna|wanna|let myself|just) bleed out\b",
    # found by an eighteenth batch, written before these were added
    r"\b(?:not going to|wont|will not|dont think ill|dont think i will|not gonna|might not) make"
    r" it (?:through|past|to) (?:the night|tonight|tomorrow|the weekend|morning|the morning)\b",
    r"\bdo something to myself\b",
    r"\b(?:razor|blade|razor blade|pills|knife|rope)\b.{0,40}\bfor when (?:it|things) (?:gets?"
    r"|get) (?:bad|too much|worse|really bad)\b",
    r"\b(?:banging|bang|bashing|hitting|smashing|slamming) my (?:own )?head (?:on|against|into|off)"
    r" (?:the|a) (?:wall|floor|door|desk)\b",
    # found by a batch of short chat messages (en_tuning_q), written before these were added
    r"\b(?:time (?:i|for me to|to)|want to|wanna|going to|gonna|ill|i will|about to|ready to)"
    r" (?:just )?stop being (?:everyones|everybodys|anyones|your|their|a|such a) (?:problem"
    r"|burden)\b(?! (?:child|solver|drinker|gambler|area|page|tenant|customer)\b)",
    r"\b(?:dont know|idk|not sure|no idea) how (?:much )?longer i (?:can|could|will be able to)"
    r" (?:do this|keep (?:going|doing this)|go on|carry on|take (?:it|this)|survive"
    r"|keep this up)\b(?! (?:job|at|shift|commute|diet|course|degree|class|project|heat"
    r"|weather|queue|meeting|long distance|for|without (?:coffee|food|sleep|a break))\b)"
    rf"{_NOT_JOKING}",
    r"\b(?:tired|sick|exhausted|weary) of (?:waking up|breathing(?:$| (?:tbh|honestly|anymore"
    r"|any more|tho|though|and|im)\b)|being me)\b(?! (?:early|at|to"
    r"|tired|exhausted|sore|sick|hungover|hungry|cold|hot|sweaty|late|achy|stiff|groggy|through"
    r"|so|before|with|in|on|for|the|next to|alone|every (?:morning|day) (?:at|to|with)|and)\b)",
    r"\b(?:feel|feeling|felt|am|im|i am|so|weirdly|strangely) (?:so |weirdly |strangely |really"
    r" |very |oddly |scarily |too )?(?:calm|peaceful|relieved|excited|ok|okay|good) (?:about"
    r"|at the thought of|thinking about|with the idea of) (?:dying|death|my (?:own )?death"
    r"|being dead|not being here|not waking up|ending it|killing myself)\b(?! (?:stranding|metal"
    r"|note|star|row|valley|scene|scenes|eater|eaters|trap|toll|grips|cab|my hair|my \w{1,20}"
    r" (?:pink|blue|red|purple|green|black|blonde)|hair)\b)",
    r"\bhow (?:calm|peaceful|relieved|ok|okay|good|excited) i (?:feel|am|felt|get) (?:about"
    r"|at the thought of|thinking about) (?:dying|death|my (?:own )?death|being dead|not being"
    r" here|not waking up|ending it|killing myself)\b(?! (?:stranding|metal|note|star|row|valley"
    r"|scene|scenes|my hair|hair)\b)",
    r"\b(?:took|taken|takes|lost|lose|losing|gone|no|without|have no|dont have (?:a|any)"
    r"|cant find (?:a|any)|there is no|theres no|no more) (?:\w{1,20} ){0,2}reasons? (?:left )?"
    r"(?:to|for) (?:keep going|keep living|stay alive|staying alive|carry on|be here"
    r"|(?:go|going) on(?! (?:the|a|an|this|that|my|holiday|trip|tour|dates?|it|with)\b)"
    r"|(?:live|living)(?! (?:in|here|there|with|near|abroad|at|on)\b))\b",
    r"\b(?:made|making|make|picked|picking|chose|chosen|choosing|wrote|written|writing|planned"
    r"|planning|plan|sorted|sorting) (?:a |an |the |my |out )?(?:playlist|songs?|music|outfit"
    r"|clothes|hymns?|readings?|flowers|eulogy|speech|coffin)(?: \w{1,20}){0,2} for my (?:own )?"
    r"funeral\b"
    r"(?!(?: \w{1,20}){0,6} (?:lol|lmao|haha|jk|xd)\b(?!(?: \w{1,20}){0,2} (?:not|no|im)"
    r" (?:joking|joke|kidding|serious)\b))",
    rf"\b(?:the|a|my|got the|got a) (?:rope|noose|{_MEDS}|blade|blades|razor|razor blade)\b"
    r"(?: (?!for\b|to\b|organi[sz]er\b|box\b)\w{1,20}){0,6} (?:just|keep|keeps|kept|been"
    r"|sitting|sat|and|cant stop)"
    r" (?:looking|staring) at (?:it|them)\b",
    r"\b(?:pray|praying|hope|hoping|wish|wishing|asking) (?:that )?(?:god|the lord|jesus"
    r"|death|the end) (?:takes|will take|would take|to take|calls|will call|comes for|will come"
    r" for|to come for) me (?:home |away )?(?:soon|tonight|in my sleep|now|already|quickly)\b",
    r"\b(?:wait|waiting|waitin) for (?:my turn|my time|the end)\b.{0,40}\b(?:pray\w{0,3}|hop"
    r"\w{1,4}|wish\w{0,3}) (?:it|that it) (?:comes|will come|would come|come) (?:soon|quick"
    r"|quickly|sooner)\b(?!(?: \w{1,20}){0,6} (?:queue|line|appointment|parcel|delivery|bus"
    r"|train)\b)",
    r"\b(?:just |only )?(?:waiting|waitin|wait) (?:to die|for death|for (?:life|it all) to (?:end"
    rf"|be over)|for god to take me)\b(?! (?:of|from|in (?:this|the|a))\b){_NOT_JOKING}",
    r"\bif (?:god|the lord|jesus|death) (?:takes|took|wants|calls|comes for) me (?:tonight"
    r"|today|now|in my sleep|soon)\b.{0,30}\b(?:wont|will not|would not|wouldnt|not going to"
    r"|not gonna|i dont|i wouldnt) (?:fight|mind|resist|complain|argue|be sorry|be sad)\b",
    rf"\bcount\w{{0,3}} (?:out )?(?:all )?(?:of )?(?:my|the) {_MEDS} (?:again|tonight|over and"
    r" over|just (?:curious|in case|wondering|to see)|and wondering)\b",
    rf"\bcount\w{{0,3}} (?:out )?(?:all )?(?:of )?(?:my|the) {_MEDS}$",
    r"\b(?:searched|searching|search|googled|googling|looked up|looking up|researching"
    r"|researched|reading about) (?:\w{1,20} ){0,2}(?:painless|quick|easy|quickest|easiest"
    r"|least painful) (?:ways|way|methods|method)(?: again| last night| tonight| at \w{1,5}"
    r"| today|$| to (?:die|go|end|kill|do it|overdose|od))",
    rf"\b(?:stopped|stopping|quit|quitting|skipping|skipped|not taking|binned|threw away)"
    rf" (?:taking )?(?:all )?(?:my )?{_MEDS} on purpose\b(?!(?: \w{{1,20}}){{0,6}} (?:doctor|gp|dr"
    r"|nurse|psychiatrist|pharmacist|taper|tapering|side effects|pregnan\w{1,5}|surgery|operation"
    r"|advice|told me|said to)\b)",
    rf"\b(?:stopped|stopping|quit|quitting|skipping|skipped|binned) (?:taking )?(?:all )?my"
    rf" {_MEDS}\b.{{0,20}}\b(?:whats the point|no point|why bother|dont see the point"
    r"|what is the point)(?:$| (?:anyway|anymore|any more|tbh|honestly|of (?:anything|it all|me"
    r"|living|trying)|in (?:anything|living|trying))\b)",
    r"\bsorry for (?:everything|all (?:of )?(?:it|this|the pain|the trouble))\b(?! (?:today"
    r"|tonight|earlier|yesterday|this|last|at|in|with|i said|that)\b)(?: \w{1,20}){0,6}"
    r" (?:goodbye|bye|love you (?:all|guys|both|so much)|forgive me|take care of)\b"
    r"(?!(?: \w{1,20}){0,4} (?:see you|tomorrow|tmrw|tmr|later|soon|tonight|in the morning"
    r"|at|for now)\b)",
    r"\b(?:wont|will not|not going to|not gonna|dont think ill|dont think i will|might not)"
    r" be (?:here|around|alive) (?:by|for|at|to see|past) (?:christmas|xmas|new year|my birthday"
    r"|easter|summer|spring|autumn|winter|the end of the (?:week|month|year)|next (?:christmas"
    r"|birthday|summer))\b(?!(?: \w{1,20}){0,8} (?:busy|work|job|holiday|vacation|trip"
    r"|travel\w{0,3}|visiting|away|abroad|flying|moving|move|moved|emigrat\w{1,5}|contract|lease"
    r"|leaving|new|because|cause|mums|dads|parents|family|home)\b)",
    rf"\b(?:took|take|taking|swallowed|swallow|downed|necked|had) (?:a|the|my) (?:whole|full"
    rf"|entire) (?:strip|blister pack|blister|sheet|tub|pack|packet|box|bottle|jar) (?:of )?(?:my"
    rf" |the )?(?:{_W} )?{_MEDS}\b",
    rf"\b(?:took|take|taking|swallowed|swallow|downed|necked|had) (?:two|three|four|five|several"
    rf"|2|3|4|5) (?:whole |full )?(?:strips|blister packs|sheets|packs|packets|boxes|bottles)"
    rf" (?:of )?(?:my |the )?(?:{_W} )?{_MEDS}\b",
    r"\b(?:keep|kept|always|been) (?:\w{1,20} ){0,2}(?:past|to|by|onto|on|over) (?:the|a)"
    r" (?:level crossing|railway crossing|crossing|tracks|train tracks|railway|railway line"
    r"|bridge|cliff|cliffs|cliff edge|overpass|platform edge)\b(?: \w{1,20}){0,3}"
    r" (?:slow(?:ing|ed)? down|stop and (?:stare|look|think)|staring (?:down|at it)"
    r"|lingering|thinking about it)\b(?! (?:for|because|cause|cos|at|to|behind)\b)",
    r"\b(?:wish|wishing|hope|hoping|pray|praying|want|wanting) (?:the |my |this )?(?:cancer"
    r"|illness|disease|tumou?r|heart|body|death|end) (?:would|will|to|could) (?:just )?(?:hurry"
    r" up|take me|finish me off|finish me|get it over with|win|kill me|get on with it|come"
    r" (?:soon|quicker|faster))\b",
    r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:the|my|this) (?:cancer|illness"
    r"|disease|tumou?r) (?:takes|will take|gets|kills|finishes) me\b",
    rf"\bstarv(?:ed|ing|e) {_ME} (?:for )?(?:\d{{1,2}}|two|three|four|five|six|seven|a few"
    r"|several) (?:days|weeks)\b(?!(?: \w{1,20}){0,3} (?:before|for) (?:the|a|my|this|our)\b)"
    rf"{_NOT_JOKING}",
    rf"\b(?:starv|cut|hurt|burn|hit|punish|punch|scratch)\w{{0,4}} {_ME}\b.{{0,40}}\bi"
    r" (?:deserve|deserved) (?:it|this|the pain|to (?:suffer|hurt|bleed|starve))\b",
    r"\b(?:whats|what is|what s) the point (?:of|in) me\b(?! (?:even |just |also |ever |really )?"
    r"(?!being (?:here|alive|around)\b)\w{1,20}ing\b| (?:if|when|at|to|coming|going|here|there"
    r"|anyway|lol|haha"
    r"|being there)\b)",
    r"\b(?:whats|what is|what s) the point (?:of|in) (?:my (?:existence|life)|me existing"
    r"|me being (?:here|alive|around))\b",
    r"\b(?:relapsed|relapse|slipped|broke my streak)\b(?: \w{1,20}){0,4} (?:\d{1,4}|a hundred"
    r"|one hundred) (?:days|weeks|months) (?:clean|free|self harm free|sh free)\b"
    r"(?! (?:of|from) (?:sugar|chocolate|caffeine|coffee|social media|junk|sweets|vaping)\b)",
    r"\b(?:\d{1,4}|a hundred|one hundred) (?:days|weeks|months) (?:clean|self harm free|sh free)"
    r" (?:and|but) (?:i )?(?:just )?(?:ruined it|relapsed|cut|blew it|broke it|threw it away"
    r"|gave in|messed it up|fucked it up)\b",
    r"\b(?:the|that|my) (?:knife|blade|razor|razor blade|pills|tablets|rope|bridge|tracks)"
    r" (?:looks|look|looking|is looking|seems|are looking|feels|seem) (?:so |really |very"
    r" |pretty |more and more |kinda |kind of |too )?(?:tempting|inviting|appealing)\b"
    r"(?! (?:at|for|on sale|in the|price)\b)",
    # found by a batch of rarely heard voices (en_tuning_r), written before these were added
    r"\bwhy (?:do|should|would) i (?:even |still |ever )?(?:bother|try) (?:waking up|getting up"
    r"|living|existing|being alive|breathing|staying alive)\b(?! (?:early|before|at|on|for|when"
    r"|if|so|just to|to)\b)",
    r"\b(?:feel|feeling|felt|feels) like (?:die ing|dieing|dyin|dying)(?: (?:tbh|honestly|rn"
    r"|right now|tonight|today|again|lately))?$",
    r"\b(?:took|take|taking|got|get|getting|pulled|pull|broke|break|breaking|snapped) (?:the |a"
    r" |another )?(?:blade|blades|razor) (?:out of|from|off) (?:my |a |the |an old )?(?:pencil )?"
    r"(?:sharpener|sharpeners|razor|razors|shaver)\b",
    r"^ (?:just|only|nothing but|such) a burden (?:to|for|on) (?:him|her|them|everyone|everybody"
    r"|my \w{1,20}|the \w{1,20})\b",
    rf"\bpoint (?:of|in) me (?:still |even |just )?(?:rattling|hanging|sticking|being|living"
    rf"|carrying on|going on|existing|breathing|staying (?:around|here|alive))(?: {_W}){{0,4}}"
    r" (?:any longer|anymore|any more)\b",
    r"\b(?:everyone|everybody|the world|all of them|my family|my kids|the kids) (?:would|will|d"
    r"|ll|wd) be better off\b(?:$| (?:especially|honestly|tbh|really|truly|anyway|i think"
    r"|trust me|without me|if i (?:wasnt|was not|were not|werent|died|disappeared|was gone"
    r"|were gone)|when im gone)\b)",
    r"\b(?:want|wan|waan|wah|wanna|wish|just want)(?: fi| to| ta)? (?:sleep|go sleep|go to sleep"
    r"|fall asleep|drop asleep) (?:an|and|n) (?:nuh|nah|not|never|no|neva|dont) (?:wake|ever"
    r" wake|waking)\b",
    r"\b(?:cyaan|cyan|caan|kyaan) (?:tek|take) (?:it|dis|this|life) (?:nuh|no|any) ?more\b",
    r"\b(?:tired|sick|weary) of (?:everything (?:\w{1,20} ){0,2})?(?:of )?being (?:here|alive"
    r"|around) (?:at all|any ?more|any longer)\b",
    r"\b(?:tired|sick|weary) of (?:being alive|existing|living)\b(?! (?:in|with|like|on|at"
    r"|under|paycheck|pay cheque|out of)\b)",
    r"\b(?:keep|kept|been|cant stop|always) (?:\w{1,20} ){0,2}(?:looking at|staring at|thinking"
    r" about|holding|touching) (?:my |the |his |her |my \w{1,20}s |my dads |dads )?(?:gun|pistol"
    r"|rifle|shotgun|revolver|handgun)\b(?! (?:online|for sale|listings?|ads?|deals?|in the"
    r" (?:shop|store|catalogue|game))\b)",
    r"\b(?:gun|guns|pistol|rifle|shotgun|handgun)\b(?: \w{1,20}){0,4} (?:safe|cabinet|locker"
    r"|case)\b(?: \w{1,20}){0,3} i (?:know|have|found|got|worked out|figured out) the (?:code"
    r"|combination|key|pin)\b",
    r"\bsorry for (?:everything|all (?:of )?(?:it|this))\b(?: \w{1,20}){0,6} tell (?:\w{1,20} )"
    r"{1,3}(?:that )?i (?:always )?(?:loved|love|was sorry)\b",
    r"\btell (?:\w{1,20} ){1,3}(?:that )?i (?:always |really )?loved (?:her|him|them)(?: (?:so"
    r" much|very much|always))?$",
    r"\b(?:got|have|had) it (?:all )?planned\b(?: \w{1,20}){0,6} (?:need|needs|waiting for|wait"
    r" for|once|when|till|until) (?:the (?:house|flat|place)|everyone|everybody|the kids|them"
    r"|the family) (?:to be |is |are |s )?(?:empty|out|gone|asleep|away)\b",
    rf"\b{_FEAR} of {_ME}(?: (?:tonight|today|right now|rn|atm|lately|again|at the moment))?$",
    r"\b(?:tonight|today|this evening|this morning)\b(?: \w{1,20}){0,3} (?:im |i am |and )?not"
    r" (?:coming|going to come|gonna come|ever coming) back\b(?! (?:till|until|til|before|for"
    r"|from|tonight|today|with|after|to|here|there|in)\b)",
    r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:days|weeks)"
    r" (?:\w{1,20} )?(?:no|without) (?:food|eating)\b(?: \w{1,20}){0,4} i (?:deserve|deserved)"
    r" (?:it|this)\b",
    r"\bif (?:im|i am|i was|i were|i m|i) (?:gone|not here|not around|dead|died)\b(?! (?:for|on"
    r"|at|to|till|until|by|in|from|this|next|over|during|a|an)\b)(?: \w{1,20}){0,3}"
    r" (?:everything|everyone|everybody|they|things|it all|life) (?:will|would|d|ll|wd)? ?be"
    r" (?:fine|better|ok|okay|happier|easier|alright|good|so much better)\b",
]

SELF_HARM_MENTIONS = [
    r"\b(?:su{1,2}i?c{1,2}i?d(?:e|al|ally|ality|ial|le)?|suisid\w{0,6}|suicdie)\b",
    r"\bself ?harm\w{0,4}\b",
]

IN_DANGER_STATEMENTS = [
    # being hit, held, choked, locked in or out
    rf"\b{_SUBJECT} {_BETWEEN}(?:(?:{_W} ){{1,4}}(?:and|then|or) )?{_HARM_VERB}"
    rf" (?:me|my {_BODY})\b"
    rf"{_NOT_HARM}",
    rf"\b{_SUBJECT} {_BETWEEN}(?:beat|beats|beaten) (?:me )?up\b(?! (?:the|a|his|her|their)\b)",
    rf"\b{_SUBJECT} {_BETWEEN}(?:physically (?:hurt|hurts|hurting|harm\w{{0,3}}|abus\w{{1,4}}"
    r"|attack\w{0,3}) me|(?:hurt|hurts|hurting) me physically)\b",
    r"\b(?:his|her|their) (?:hands?|fingers|arm|arms|knee) (?:around|round|on|against|across)"
    r" my (?:neck|throat|mouth|chest)\b",
    r"\b(?:held|holds|holding|pinned|pins|pinning|pushed|pushes) me (?:down|against|to the"
    rf" (?:floor|ground|wall|bed))\b{_NOT_HARM}",
    r"\b(?:ran|run|running|runs|tried to run) me (?:over|off the road)\b",
    r"\b(?:bruises|bruised|black eye|split lip|broken (?:rib|ribs|nose|arm|wrist))\b"
    rf"(?: {_W}){{0,6}} (?:from|where|after|because|when) (?:he|she|they|him|her|them|my"
    rf" {_RELATION})\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:gave|left) me (?:a black eye|bruises|a split lip|a broken\b)",
    # threats
    rf"\b{_SAID}(?: that)?(?: \w{{1,20}}){{0,3}} {_THEY_WILL}(?: {_W})? {_KILL_VERB}"
    r" (?:me|us|the kids|my (?:kids|family|children)|the children|our (?:kids|children|baby)"
    rf"|(?:\w{{1,20}} ){{1,2}}me)\b{_NOT_TRIVIAL}{_NOT_JOKING}",
    r"\bthreat(?:en|ens|ened|ening)?(?: me)? (?:to|with|that (?:he|she|they)(?:ll|d| will"
    r"| would)?) (?:\w{1,20} ){0,2}(?:kill|hurt|hit|beat|stab|shoot|strangle|choke|burn|murder"
    r"|break my|smash my|a knife|a gun|a weapon|his gun|her gun|his knife|her knife|violence)\b"
    r"(?! (?:himself|herself|themselves|themself)\b(?! and))",
    rf"\b{_SUBJECT} {_BETWEEN}threat(?:en|ens|ened|ening)? (?:me|my life|to kill|to hurt|us)\b"
    r"(?! (?:himself|herself|themselves|themself)\b)",
    rf"\b(?:kill|hurt|murder) (?:me|us) if i (?:leave|left|go|tell|told|try|tried|ever (?:leave"
    rf"|tell|try|go|speak|talk|call))\b{_NOT_JOKING}",
    r"\b(?:id|i would|i will|ill) (?:end up|be) dead if i\b",
    r"\btold me (?:that )?(?:id|i would|ill|i will) (?:end up|be) (?:dead|hurt|in hospital)\b",
    # weapons
    r"\b(?:pulled|held|holds|holding|waved|waving|pointed|pointing|points|grabbed|got out"
    r"|took out|brandish\w{0,3}|came at me with|swung) (?:a|his|her|their|the) (?:gun|knife"
    r"|weapon|blade|pistol|rifle|machete|bat|hammer|shotgun)(?: \w{1,20}){0,3} (?:at|on|to"
    r"|against|toward|towards) (?:me|my)\b",
    r"\bcame at me with (?:a|his|her|their|the) \w{1,20}",
    r"\bshowed me (?:a|his|her|their|the) (?:gun|knife|weapon|pistol|rifle)\b",
    r"\b(?:has|have|got|bought|keeps|carrying|carries|owns) (?:a|his|her|their) (?:gun|knife"
    r"|weapon|pistol|rifle)\b.{0,60}\b(?:threat\w{0,4}|scared|afraid|terrified|use it"
    r"|on me|at me|kill|for me|if i leave|if i ever|if i tell)\b",
    # being afraid of someone, not safe at home
    rf"\b(?:im|i am|i feel|i get|i was|ive been|i m|were|we are|i|feel|so|really|very|always"
    rf"|genuinely|actually|getting) (?:\w{{1,20}} )?{_FEAR} (?:of|for) (?:him|her|them"
    rf"|my {_RELATION}|my life|my safety|my kids safety|my childrens safety|our lives"
    r"|what (?:hell|shell|theyll|hed|shed|theyd|he|she|they)(?: will| might| could| would"
    r"| is going to| s going to| is gonna)? do\b(?! if i\b))\b"
    r"(?! (?:leaving|losing|going|getting hurt|being|finding out|cheating|not|dying)\b)",
    r"\b(?:scared|afraid|terrified|frightened) (?:to go (?:back )?home|of going home"
    r"|to be at home|to be home)\b",
    r"\b(?:dont|do not|no longer|never|dont really|cant) feel safe (?:at home|in my (?:own )?"
    rf"home|in (?:the|our) house|with (?:him|her|them|my {_RELATION})|around (?:him|her|them"
    rf"|my {_RELATION})|in this relationship|any ?more)\b",
    r"\bfeel unsafe (?:at home|in my (?:own )?home|with|around)\b",
    r"\bim (?:not safe|unsafe) (?:at home|here|with (?:him|her|them))\b",
    r"\b(?:hiding|hid|locked myself) (?:in|from) (?:the |my |our |a )?(?:\w{1,20} )?"
    r"(?:bathroom|bedroom|room|closet|car|toilet|wardrobe|him|her|them)\b.{0,40}"
    r"\b(?:because|cause|from|while|until) (?:he|she|they|hes|shes|theyre|him|her|them|my)\b"
    rf"{_NOT_JOKING}",
    rf"\bim hiding from (?:him|her|them|my {_RELATION})\b{_NOT_JOKING}",
    rf"\b{_SUBJECT} (?:\w{{1,20}} )?(?:is |s |was |keeps )?(?:banging|pounding|hammering"
    r"|kicking) (?:on )?(?:the|my) (?:door|window)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:broke|broken|kicked|smashed|kicks|breaks) (?:down )?(?:the"
    r"|my|our) door(?: down| in)?\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:smashed|smashes|broke|breaks|destroyed|took|takes|threw)"
    r" my phone (?:so i (?:couldnt|cant|wouldnt|could not)|when i (?:tried|try) to call"
    r"|to stop me)",
    rf"\b{_SUBJECT} {_BETWEEN}(?:smashed|smashes|destroyed) my phone\b",
    r"\b(?:scared|afraid|terrified) (?:hell|shell|theyll|he will|she will|they will|he might"
    r"|she might) (?:kill|hurt|hit|beat) me\b",
    # sexual violence
    r"\b(?:raped me|rapes me|rape me|raping me|sexually assaulted me|sexually assaults me"
    r"|molested me|molests me|molesting me|sexually abus\w{1,4} me|i was raped|i got raped"
    r"|ive been raped|i have been raped|i was sexually (?:assaulted|abused)|i was molested)\b",
    r"\b(?:forc|pressur|coerc|guilt|guilt trip|bulli)\w{0,4} me (?:in ?to|to) (?:have |having"
    r" )?(?:sex|sexual|do (?:\w{1,20} ){0,2}sexual|sleep with|things in bed)",
    r"\b(?:forc|mak|made)\w{0,3} me (?:to )?(?:have sex|do sexual|do (?:\w{1,20} ){0,2}sexual"
    r"|into sex|sleep with (?:him|her|them|other|others|someone|people|his|her|their))",
    r"\bforced (?:himself|herself|themselves|themself) (?:on|onto|upon) me\b",
    r"\b(?:wont|doesnt|does not|will not|never|didnt|refuses to|refused to) (?:take|accept)"
    r" no (?:for an answer )?(?:in bed|for sex|when it comes to sex|about sex|in the bedroom"
    r"|when i say no to sex)\b",
    r"\b(?:sex|sexual|touched me|touches me|had sex with me|has sex with me|touch me)"
    r"(?: \w{1,20}){0,5} (?:when|after|even though|although|while|though) i (?:said no|say no"
    r"|was asleep|am asleep|m asleep|was sleeping|was drunk|was passed out|didnt want|dont want"
    r"|told (?:him|her|them) (?:no|to stop)|begged)\b",
    r"\b(?:without my consent|non ?consensual|didnt consent|did not consent|never consented)\b",
    r"\b(?:touched|touches|touching) (?:me|my \w{1,20}) (?:inappropriately|in ways|in a way"
    r"|where|down there|without)\b",
    # a child at risk
    rf"\b{_SUBJECT} {_BETWEEN}(?:hits|hit|hitting|beats|beat|beating|hurts|hurt|hurting|slaps"
    rf"|slapped|slapping|kicks|kicked|punch\w{{0,3}}|shakes|shook|shaking|chok\w{{1,3}}|smacks"
    rf"|smacked|abus\w{{1,4}}|molest\w{{0,4}}|starv\w{{1,3}}|burn\w{{0,3}}|throws|threw"
    rf"|strangl\w{{1,3}}|grab\w{{0,4}}|locks|locked) (?:the|my|our|his|her|their) {_CHILD}\b"
    r"(?! (?:up|at (?:chess|cards|games)|with (?:a|the) (?:ball|pillow))\b)",
    rf"\b{_SUBJECT} {_BETWEEN}(?:hurt|harm|kill|hit) (?:the|my|our) {_CHILD}\b"
    r"(?! (?:feelings|by)\b)",
    rf"\btouch\w{{0,3}} (?:the|my|our|his|her) {_CHILD} (?:in ways|inappropriately|in a way"
    r"|where|down there|in (?:her|his|their) private)",
    rf"\b(?:my|the|our) {_CHILD} (?:is|are|s|re|get|gets|feel|feels|seem|seems|were|was)? ?"
    rf"(?:so |really |very |always )?{_FEAR} of (?:him|her|them|their (?:dad|mum|mom|father"
    rf"|mother|stepdad|stepmom|stepfather|stepmother)|my {_RELATION})\b",
    rf"\b(?:my|the|our) {_CHILD} (?:is|are) being (?:hurt|abused|hit|beaten|touched|molested"
    r"|harmed)\b",
    r"\b(?:touching|touches|touched|touch|grabbing|grabs) me (?:\w{1,20} ){0,3}(?:when|even"
    r" when|after|though|although|even though) i (?:say|said|tell|told) (?:him |her |them )?"
    r"(?:no|stop|to stop|i dont want)\b",
    rf"\b{_SUBJECT} (?:\w{{1,20}} ){{0,4}}(?:when|even when|even though|although|after) i"
    r" (?:said|say|told (?:him|her|them)|tell (?:him|her|them)|begged) (?:no|to stop|stop)\b",
    r"\b(?:forc|pressur|mak|made|coerc)\w{0,4} me (?:to )?do (?:things|stuff|sexual things)"
    r" (?:in bed|sexually|i dont want|i didnt want)",
    rf"\b{_SUBJECT} (?:\w{{1,20}} ){{0,3}}(?:is|gets|get|got|becomes|became|was|has been|can be"
    r"|turns|getting) (?:so |really |very |more |increasingly )?(?:violent|physical with me"
    r"|rough with me|aggressive with me)\b(?! (?:movies|films|games|video)\b)",
    rf"\b(?:{_FEAR}|think|worried|sure|convinced|know) (?:that )?(?:hes|shes|he is|she is"
    r"|theyre|he|she|they|hell|shell|theyll)(?: will| might| is going to| s going to| going to"
    r"| gonna| could| is gonna| will one day)? (?:going to |gonna )?(?:kill|hurt|hit|beat|stab"
    r"|shoot|strangle) me\b(?! (?:when (?:s?he|they) (?:see|sees|find|finds|hear|hears|gets)"
    r"|if i (?:forget|dont|am late|m late|eat|break)|for (?:this|that|eating|forgetting"
    r"|breaking|being|not))\b)",
    r"\btied me (?:up|down|to)\b",
    r"\bspit\w{0,4} (?:in|on|at) (?:me|my face)\b",
    r"\b(?:put|puts|laid|lays|putting) (?:his|her|their) hands on me\b",
    r"\b(?:im|i am) (?:in danger|not safe (?:at home|here|with him|with her|around him"
    r"|around her|any ?more))\b",
    rf"\b{_SUBJECT} {_BETWEEN}hurts me\b(?! (?:when|by|with|that|so much when|feelings"
    r"|emotionally|inside|to)\b)",
    rf"\b(?:my|our) {_CHILD} (?:told me|said|says|tells me) (?:that )?(?:he|she|they"
    rf"|my {_RELATION}|her {_RELATION}|his {_RELATION}) (?:touches|touched|hits|hit|hurts"
    r"|hurt|beats|beat) (?:her|him|them)\b",
    rf"\b(?:my|our|the) {_CHILD} (?:is|are) (?:scared|afraid|terrified) to (?:go|come) home\b",
    rf"\b{_SUBJECT} {_BETWEEN}beat (?:the (?:crap|shit|hell|living daylights) )?out of me\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:knock|knocks|knocked|knocking) me (?:down|out(?! with)"
    r"|over(?! with)|to the"
    r" (?:floor|ground)|into|unconscious|off)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:broke|broken|fractured|dislocated|split|cracked) my (?:nose|arm"
    r"|ribs?|jaw|wrist|finger|fingers|leg|lip|tooth|teeth|eye socket|collarbone|skull|hand)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:stomp\w{{0,3}}|stamp\w{{0,3}}|jump\w{{0,3}}|kneel\w{{0,3}}|knelt)"
    r" on (?:me|my \w{1,20})\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:kneed|elbowed|headbutted|whipped|belted|bit|scalded|burned"
    r"|burnt|cut) me\b(?! (?:off|out|some|a|in line|short)\b)",
    rf"\b{_SUBJECT} {_BETWEEN}(?:threw|throws|throwing|slammed|slams|shoved|pushed|flung|hurled)"
    r" me (?:across|against|into|onto|down|to the (?:floor|ground)|on the (?:floor|ground|bed)"
    r"|out of)\b(?! (?:the pool|a party|the deep end|bed laughing|(?:my|her|his|the|a) (?:comfort"
    r" zone|shell|rut|head|funk|bad mood))\b)",
    rf"\b{_SUBJECT} {_BETWEEN}(?:pulled|pulls|yanked|yanks|grabbed|grabs|dragged|drags)"
    r" (?:me by )?my hair\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:squeez\w{{1,3}}|twist\w{{0,3}}(?! my arm into)|crush\w{{0,3}}"
    r"|gripp?\w{0,4}"
    r"|clamp\w{0,3}) my (?:neck|throat|arm|arms|wrist|wrists|face|jaw)\b",
    rf"\b{_SUBJECT} (?:\w{{1,20}} ){{0,2}}(?:almost|nearly|tried to|tries to|try to|attempted to"
    r"|wants to|wanted to) (?:kill|killed|murder|murdered|strangle|strangled|drown|drowned"
    r"|suffocate|suffocated|poison|poisoned|run over|ran over|stab|stabbed|shoot|shot|choke"
    r"|choked) me\b(?! (?:with (?:that|his|her|the|a|those) (?:joke|story|pun|face|cooking|driving"
    rf"|jokes|puns)|laughing)\b){_NOT_JOKING}",
    r"\b(?:has|got|with|holding|carrying|carries|grabbed|picked up) (?:a|his|her|their|the)"
    r" (?:knife|gun|weapon|blade|bat|hammer|axe|machete)\b.{0,60}\b(?:drunk|angry|coming"
    r"|chasing|after me|screaming|shouting|raging|threatening|outside|banging)\b",
    r"\b(?:chasing|chased|came after|coming after|coming at|came at|threatening|threatened|went"
    r" for) me with (?:a|his|her|their|the) \w{1,20}",
    r"\b(?:im|i am|i have|ive|i) (?:locked|hiding|barricaded|hid)(?: myself)? in (?:the|my|a|our)"
    r" (?:\w{1,20} )?(?:bathroom|bedroom|room|closet|car|toilet|wardrobe|basement)\b",
    r"\b(?:i said no|i told (?:him|her|them) no|i told (?:him|her|them) to stop|i didnt want"
    r" (?:to|it)|i said stop|i was crying) (?:and|but) (?:he|she|they) (?:\w{1,20} ){0,2}(?:did"
    r" it anyway|kept going|didnt stop|wouldnt stop|carried on|did it|forced|went ahead)\b",
    r"\bmy (?:stepfather|stepdad|step dad|uncle|stepbrother|cousin|grandfather|grandad|grandpa"
    r"|coach|teacher|boss|landlord|brother in law|father in law) (?:\w{1,20} ){0,2}(?:touches"
    r"|touched|gropes|groped|fondles|fondled|molests|molested|abuses|abused) (?:me|my|her|him)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:touches|touched|touching|gropes|groped|fondles|fondled) me"
    r" (?:in my sleep|while i sleep|while i was asleep|when i sleep|without asking|when im"
    r" asleep|against my will|even though|when i dont want)\b",
    r"\b(?:leaves|left|leaving) (?:bruises|marks|welts|cuts|burns) on (?:me|my|the|our|his|her)\b",
    r"\b(?:he|she|they|my \w{1,20}) (?:\w{1,20} ){0,3}hurt me (?:really |so |very )?(?:badly|bad"
    r"|physically|again|last night|so bad)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:backhand\w{{0,3}}|roughed me up|roughs me up|manhandl\w{{1,4}}"
    r"|shook me|shakes me|body slammed|bodyslammed|tackled|hit me around|smack\w{0,3} me around)"
    r"(?: me)?\b",
    r"\b(?:put|puts|held|holds|pressed|presses) (?:his|her|their|a) (?:hand|hands|pillow|arm)"
    r" (?:over|on|across|around) my (?:mouth|face|nose|neck|throat)\b",
    r"\bdragged me (?:out of|across|down|up|by|into|through)\b"
    r"(?! (?:\w{1,20} ){0,2}(?:museum|shop|shopping|party|gym|concert|mall|market|dinner"
    r"|church|cinema|movie|film|show|beach|walk|hike|wedding|meeting|pub|bar)\b)",
    r"\b(?:wouldnt|would not|didnt|did not) let me (?:out|leave|go|get out|out of the (?:car"
    r"|house|room))\b(?! (?:of (?:his sight|bed early)|until i (?:finished|ate)|without (?:a|my"
    r"|his|her) (?:hug|kiss|goodbye|coffee|breakfast|coat|umbrella|jacket|lunch|snack))\b)",
    r"\b(?:wont|will not) let me out\b(?! (?:of (?:his|her|their) sight|of bed)\b)",
    r"\bif (?:he|she|they) (?:cant|can not|cannot) have me(?:,)? (?:no ?one|nobody) (?:else )?"
    r"(?:will|can)\b",
    r"\b(?:told me|said|says|warned me) (?:that )?(?:id|i would|ill|i will|i d) regret (?:it|this"
    r"|leaving|telling)\b",
    r"\b(?:threatened|threatens|threatening) to (?:hurt|kill|harm|beat) (?:my|our) (?:mum|mom"
    r"|mother|dad|father|family|sister|brother|friend|friends|parents|dog|cat|pet|pets)\b",
    rf"\b{_SUBJECT} (?:is |s |keeps |has been )?(?:waiting|parked|standing|watching) (?:for me )?"
    r"(?:outside|at) (?:my|the) (?:work|house|home|flat|door|office|school)\b",
    rf"\b{_FEAR} (?:to go to sleep|to sleep|to close my eyes) (?:\w{{1,20}} ){{0,4}}(?:of what"
    r" (?:he|she|they)|because of (?:him|her|them))\b",
    r"\b(?:my life is|im|i am|i feel like (?:my life is|im|i am)) in danger\b",
    r"\b(?:doesnt|does not|wont|will not|never|didnt) take no for an answer\b",
    r"\bforces? (?:himself|herself|themselves|themself) on me\b",
    r"\bforce[sd]? (?:himself|herself|themselves|themself) (?:on|onto|upon) me\b",
    rf"\b(?:my|our|the) {_CHILD} (?:has|have|had) (?:bruises|marks|burns|cuts|welts|injuries)"
    r" (?:from|because of|after) (?:his|her|their|him|my)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:hurts|hurt|kicks|kicked|hits|hit|kills|killed|beats|beat|starves"
    r"|tortures|tortured) (?:the|my|our) (?:dog|cat|pet|pets|puppy|kitten) (?:to|in front of me"
    r"|when)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:throws|threw|throwing) (?:\w{{1,20}} ){{0,2}}at (?:the|my|our)"
    rf" {_CHILD}\b",
    rf"\b(?:{_FEAR}|think|worried|sure|convinced|know) (?:that )?my {_RELATION} (?:will|might"
    r"|is going to|is gonna|could|wants to|is trying to) (?:kill|hurt|hit|beat|stab|shoot"
    r"|strangle) me\b",
    r"\bhurt me (?:and|so|,)?.{0,30}\bbruis\w{1,3}\b",
    r"\b(?:photos|pictures|videos|video|pics|filmed me|recorded me|photographed me) (?:of me )?"
    r"(?:\w{1,20} ){0,3}"
    r"without (?:my )?(?:consent|permission|knowing|knowledge|me knowing)\b",
    r"\b(?:woke up|wake up|woken up) (?:and|to|with) (?:\w{1,20} ){0,3}(?:having sex with me"
    r"|on top of me|touching me|inside me|undressing me|taking my clothes off)\b",
    r"\b(?:their|the kids|the childrens|my kids|my childrens|our kids) (?:dad|father|mum|mom"
    r"|mother|stepdad|stepmum|stepmom) (?:\w{1,20} ){0,2}(?:beats|hits|hurts|abuses|slaps|kicks"
    r"|chokes|shakes|beat|hit|hurt|abused) (?:them|him|her)\b",
    rf"\b(?:my|our) {_CHILD} (?:told me|said|says|tells me) (?:that )?(?:\w{{1,20}}|my \w{{1,20}}"
    r"|her \w{1,20}|his \w{1,20}) (?:touches|touched|hits|hit|hurts|hurt|beats|beat|smacks"
    r"|slaps) (?:her|him|them)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:bash\w{{0,3}}|smash\w{{0,3}}|slam\w{{0,4}}|bang\w{{0,3}}"
    r"|knock\w{0,3}|hit) my head (?:against|into|on|off)\b",
    r"\b(?:poured|threw|throws|pours|tipped) (?:boiling|hot|scalding) (?:water|oil|coffee|tea)"
    r" (?:on|over|at) me\b",
    r"\b(?:set fire to (?:me|my|our)|set me on fire|tried to burn (?:me|the house|our house))\b",
    r"\b(?:crash|burn|drive|set fire to)\w{0,3} .{0,30}with me (?:in it|inside|in the car)\b",
    rf"\b(?:found|saw|noticed|there are|she has|he has|they have) (?:\w{{1,20}} ){{0,2}}(?:bruises"
    rf"|marks|burns|welts|cuts) on (?:her|his|their|my {_CHILD}|the {_CHILD}|our {_CHILD})\b",
    r"\b(?:kids|children|son|daughter|baby)\b.{0,60}\b(?:he|she|they) (?:\w{1,20} ){0,4}(?:hits"
    r"|hit|beats|beat|whips|whipped|smacks|slaps|kicks|hurts|hurt|shakes|chokes) them\b",
    # found by a ninth batch, written before these were added
    r"\b(?:put|puts|putting|pressed|presses|held|holds|holding) (?:a|his|her|their|the) (?:gun"
    r"|knife|blade|pistol|rifle) (?:to|against|at) (?:my|me)\b",
    # found by an eleventh batch, written before these were added
    r"\bforc\w{0,3} (?:sex|himself|herself|themselves) (?:on|onto|upon) me\b",
    r"\b(?:i was|ive been|i have been|i am being|im being|i got|i get|being|been) (?:forced|made"
    r"|pressured|coerced|pushed) (?:to have|into having|into) sex\b",
    r"\b(?:im|i am|i was|ive been|i have been|i get|i got) (?:being |getting )?(?:beaten|hit"
    r"|abused|assaulted|attacked|choked|strangled|raped)(?: up)? (?:at home|by (?:him|her|them"
    r"|my))\b",
    r"\b(?:burn|set fire to|crash|drive)\w{0,3}\b.{0,40}\bwith (?:me|us|the kids|my kids) (?:in"
    r" it|inside|in there|in the car)\b",
    rf"\b{_FEAR} to (?:sleep|be|stay|live) (?:in the same (?:house|room|bed) as|alone with|near"
    r"|around) (?:him|her|them)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:punched|hit|smashed|threw|kicked|slammed)\b.{{0,40}}\b(?:next to"
    r"|beside|inches from|right by|near|past) my (?:head|face)\b",
    r"\b(?:call|called|calling) the (?:police|cops) (?:on|because of) (?:him|her|them"
    r"|my \w{1,20})\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:break|kick|smash|bash|breaking|kicking|smashing|bashing)"
    r" (?:down )?(?:the|my|our) door(?: down| in)?\b",
    r"\b(?:hes|shes|theyre|he is|she is) (?:\w{1,20} ){0,3}(?:angry|drunk|raging|furious|violent"
    r"|mad)\b.{0,30}\b(?:im|i am|i m) (?:so |really |very )?(?:scared|afraid|terrified"
    r"|frightened)\b",
    r"\b(?:hunt|track) me down\b",
    r"\b(?:wont|doesnt|does not|refuses to|will not) let me (?:use|take|have|get) (?:contraception"
    r"|the pill|birth control|condoms|an abortion)\b",
    r"\bsabotag\w{1,4} (?:my|our) (?:contraception|birth control|pill|condoms)\b",
    r"\b(?:throw|threw|throwing|pour|poured|splash\w{0,2}) acid\b",
    r"\b(?:sent|sends|showed|shows) me (?:a )?(?:pictures?|photos?|pics?|videos?) of (?:his|her"
    r"|their|a) (?:gun|guns|knife|knives|weapon|weapons)\b",
    r"\b(?:texting|texts|texted|saying|says|said|tells me|told me|messaging|threatens|threatened)"
    r" (?:me )?(?:that )?(?:im|i am|i will|ill) (?:going to |gonna )?(?:die|be dead|end up dead)\b",
    r"\b(?:went|go|had to go|ended up|was taken) (?:to|in) (?:a e|the er|er|hospital|the hospital"
    r"|emergency|the emergency room)\b.{0,20}\b(?:because of|after|from) (?:him|her|them"
    r"|my \w{1,20})\b",
    rf"\b{_SUBJECT} {_BETWEEN}hurting me\b(?! (?:feelings|emotionally|by|with (?:his|her|their)"
    r" words)\b)",
    r"\b(?:kids|children|son|daughter|baby|child) (?:is|are|arent|isnt|re|s) (?:not )?safe (?:with"
    r"|around|near) (?:him|her|them|my)\b(?<!are safe with him)(?<!is safe with him)",
    r"\b(?:baby|kids|children|child|son|daughter)\b.{0,40}\bto punish me\b",
    # found by a batch of short chat messages (en_tuning_q), written before these were added
    r"\b(?:need|needs|please) help\b.{0,30}\b(?:hes|shes|theyre|he is|she is|they are)"
    r" (?:coming (?:back|home|for me|in|up the stairs)|back|outside|here|on (?:his|her|their)"
    r" way(?: back| home| over)?)\b(?! (?:from|at|in|early|soon|later|tomorrow|for|with"
    r"|and (?:i|we) (?:havent|have not|still|need|dont|do not|cant))\b)",
    r"\b(?:hiding|hid|locked myself|locked) (?:in|inside) (?:the|my|a|our) (?:\w{1,20} )?"
    r"(?:bathroom|bedroom|room|closet|car|toilet|wardrobe|basement|loo)\b.{0,30}\b(?:hes|shes"
    r"|theyre|he is|she is|he|she|they|my \w{1,20}) (?:is |s |keeps )?(?:smashing|breaking"
    r"|throwing|screaming|shouting|yelling|banging|raging|kicking|punching|drunk|going mad"
    rf"|losing it|trying to get in|trashing)\b{_NOT_JOKING}",
    r"\b(?:protection|restraining|non molestation|nonmolestation|no contact|protective)"
    r" order\b(?: \w{1,20}){0,6} (?:turn\w{0,3} up|show\w{0,3} up|keeps (?:coming|calling"
    r"|texting|messaging|following)|broke|breaks|breaking|breached|ignores|ignored|violated)\b",
    r"\b(?:(?:keeps|kept|still|always) (?:turning|showing) up|(?:turn\w{0,3}|show\w{0,3}) up"
    r" (?:at|outside) (?:my|our|the kids|the childrens) \w{1,20})\b(?: \w{1,20}){0,6}"
    r" (?:even (?:tho|though|with)|despite"
    r"|although) (?:theres |there is |i have |ive got |i got |having )?(?:a |the )?(?:protection"
    r"|restraining|non molestation|nonmolestation|no contact|protective) order\b",
    r"\b(?:breaking|broke|breaks|breached|breaches|violat\w{1,4}|ignor\w{1,4}) (?:the|his|her"
    r"|their|my|a) (?:protection|restraining|non molestation|nonmolestation|no contact"
    r"|protective) order\b",
    r"\b(?:put|puts|placed|places|laid|lays|left|leaves|set|sets) (?:his|her|their|a|the)"
    r" (?:gun|knife|pistol|rifle|shotgun|weapon|machete)\b(?! (?:down|away|back)\b)"
    r" (?:\w{1,20} ){0,6}(?:and|then)"
    r" (?:\w{1,20} ){0,2}(?:smiled|smiles|stared|stares|grinned|grins|winked) (?:at )?me\b"
    rf"(?!(?: \w{{1,20}}){{0,12}} (?:laser tag|nerf|paintball|airsoft|game|toy)\b){_NOT_JOKING}",
    rf"\b{_SAID}(?: that)?(?: \w{{1,20}}){{0,3}} {_THEY_WILL}(?: {_W})? (?:poison|drug|spike)"
    r" (?:me|my (?:food|drink|drinks|tea|coffee|dinner|meals?|water))\b"
    rf"{_NOT_TRIVIAL}{_NOT_JOKING}",
    rf"\b{_SUBJECT} {_BETWEEN}(?:poison\w{{0,3}}|drug\w{{0,3}}|spik\w{{1,3}}|put something"
    r" in|puts something in) my (?:food|drink|drinks|tea|coffee|dinner|meals?|water)\b"
    rf"{_NOT_TRIVIAL}(?! if i (?:kept|keep|steal|stole|touch|touched|take|took)\b){_NOT_JOKING}",
    r"\b(?:wont|will not|isnt|is not|not|keeps|kept|wouldnt) (?:let|letting) me (?:leave|out of"
    r"|get out of|go out of) (?:the|this|our|my|his|her) (?:flat|house|room|apartment|home|car"
    rf"|bedroom|place)\b{_FOND}(?! (?:until|till) (?:i|we) (?:finish|eat|ate|clean|tidy|do)\b)",
    # found by a batch of rarely heard voices (en_tuning_r), written before these were added
    r"\b(?:hes|he is|shes|she is|theyre|my ex is|my ex s) (?:\w{1,20} )?outside (?:my|the|our)"
    r" (?:house|flat|door|place|window|work|building|home|school) again\b(?! (?:playing|with"
    r"|mowing|washing|fixing|working|gardening|smoking|on the phone)\b)",
    # Not when a workout, a day or a game did it, nor long ago in childhood.
    r"(?<!used to )(?<!gym )(?<!workout )(?<!training )(?<!class )(?<!session )(?<!hike )"
    r"(?<!run )(?<!day )(?<!week )(?<!shift )(?<!job )(?<!work )(?<!it )(?<!that )(?<!this )"
    r"\b(?:beat|beats|beaten|battered) me up\b(?! (?:about|over|for|in|at|the|that|this"
    r"|inside|on|when (?:we|i) (?:were|was) (?:kids|little|young|small))\b)",
    r"\b(?:lick|licks|box|boxed|thump|thumped|tump|buss|bus) (?:mi|me)\b(?: \w{1,20}){0,4}"
    r" (?:face|eye|lip|mout|mouth|head|nose) (?:swell|swole|swollen|a swell|bus|buss|bleed"
    r"|a bleed|burst|mash)\b",
    r"\b(?:mi|my) (?:bwoyfren|boyfren|bwoyfriend|man|baby fada|babyfada|husband|gyalfren"
    r"|baby madda) (?:\w{1,20} )?(?:lick|licks|box|boxes|thump|thumps|tump) (?:mi|me) again\b",
    r"\b(?:him|dem|she|he|her) (?:lock|lick|box|tump|thump|buss|bus) (?:mi|me)\b"
    r"(?! (?:up|out of (?:the )?(?:group|account|chat))\b)",
    rf"\b(?:{_SAID}|say|tell mi) (?:that )?(?:the )?(?:nex|next) time (?:(?:it|will|ll|gonna|is"
    r"|going to|it will|be|gwine|a go) ){0,3}(?:worse|much worse|way worse)\b",
    rf"\b{_SUBJECT} {_BETWEEN}{_HARM_VERB} (?:my|our|the|his|her) (?:\d{{1,2}} ?(?:yo|year old"
    r"|yr old|month old|years old)|\d{1,2}yo|\d{1,2} yr)\b",
    rf"\b{_SAID}(?: that)?(?: \w{{1,20}}){{0,3}} {_THEY_WILL}(?: {_W})? (?:kill|hurt|drown"
    r"|poison|shoot|get rid of|strangle|kick|stab|burn) (?:the|my|our) (?:dog|dogs|cat|cats|puppy"
    r"|kitten|pets?|horse|rabbit|bird|hamster)\b(?! if (?:it|he|she|they)\b)"
    rf"{_NOT_JOKING}",
    rf"\b{_SUBJECT} {_BETWEEN}(?:bruised|bruises|bruising|marked) (?:me|my {_BODY})\b",
    rf"\b{_SUBJECT} (?:\w{{1,20}} ){{0,2}}(?:found|finds|tracked down|got hold of|figured out"
    r"|worked out) (?:out )?(?:my new (?:address|place|flat|house|home|number)|where i live"
    r" now)\b(?! (?:and (?:sent|brought|dropped|posted) |to send)\b)",
    r"\bmy (?:son|daughter|grandson|granddaughter|stepson|stepdaughter|nephew|niece|carer"
    rf"|grown up son|adult son) {_BETWEEN}(?:hits|hit|beats|beat|punch(?:es|ed)|kick(?:s|ed)"
    r"|shov(?:es|ed)|push(?:es|ed)|slap(?:s|ped)|chok(?:es|ed)|strangl(?:es|ed)|grab(?:s|bed)"
    rf"|shakes|shook|attack(?:s|ed)) (?:me|my {_BODY})\b{_NOT_HARM}(?! (?:with (?:a |his |her"
    r" |the )?(?:toy|toys|ball|lego|pillow|sword|stick|nerf)|by accident|accidentally)\b)",
    r"\b(?:frightened|scared|afraid|terrified) of my (?:own )?(?:son|daughter|grandson"
    r"|granddaughter|carer)\b(?! (?:finding|seeing|knowing|reading|getting|going|leaving"
    r"|moving|being)\b)",
]

IN_DANGER_MENTIONS = [
    r"\b(?:raped|rape|sexually assault\w{0,4}|molest\w{0,4}|sexually abus\w{1,4})\b",
    r"(?<!emotionally )(?<!emotional )(?<!verbally )(?<!verbal )(?<!financially )"
    r"(?<!financial )(?<!psychologically )(?<!psychological )(?<!mentally )(?<!mental )"
    r"(?<!substance )(?<!drug )(?<!alcohol )(?<!child )\babus(?:e|es|ed|ive|ing|er|ers)\b"
    r"(?! if (?:he|she|they) (?:never|doesnt|dont|does not|do not)\b)",
    r"\b(?:domestic (?:violence|abuse)|intimate partner violence|battered)\b",
]

MIGHT_HURT_STATEMENTS = [
    # the person's own urge, plan or fear of what they will do
    rf"\bi(?:m| am|ll| will|d| would)? (?:{_W} ){{0,3}}(?:want to|wanna|going to|gonna|will"
    rf"|about to|feel like|might|may|think ill|swear ill|am gonna|need to|urge to|urges to"
    rf"|plan to|planning to|tempted to|could) (?:really |seriously |actually |just |end up )?"
    rf"(?:hurt|hurting|hit|hitting|stab|stabbing|shoot|shooting|strangle|strangling|choke"
    rf"|choking|beat|beating|punch|punching|smack|smacking|slap|slapping|kill|killing|murder"
    rf"|harm|harming|attack|attacking|shake|shaking) {_OTHER}\b"
    rf"{_SOFT}(?! (?:up|feelings|at|in (?:chess|cards|a game|the game)|to it|with the|by"
    r"|if (?:hes|shes)"
    r" late|for (?:leaving|eating|forgetting|not|being|using|taking|making|that|this|the|doing"
    r"|drinking|finishing|spoiling)|when (?:s?he|they) (?:see|sees|finds out|find out|hears)"
    rf")\b){_NOT_JOKING}",
    rf"\b(?:{_FEAR_VERB}|worried that|scared that|afraid that) (?:that )?(?:one day |someday"
    rf" |some day |soon )?i(?:ll| will| might"
    rf"| could| would| may| am going to| m going to|m gonna| m gonna| am gonna| did|m)?"
    rf" (?:{_W} ){{0,4}}(?:hurt|hit|kill|harm|strangle|choke|stab|shake|slap|beat|attack|snap"
    rf" at|smother|suffocate|drown|drop) {_OTHER}\b"
    r"(?! (?:feelings|by|with (?:my|the) (?:words|truth))\b)",
    rf"\b(?:{_FEAR}|worried|scared) of what (?:i|ill|id|im)(?: will| would| might| could| may"
    rf"| am| m)?(?: capable of| do| did| might do| could do)? (?:to|with) {_OTHER}\b",
    rf"\b{_FEAR} of (?:my (?:own )?|what my )(?:anger|temper|rage)\b",
    rf"\b(?:thoughts?|urges?|urge|fantas\w{{1,5}}|images?|impulses?|intrusive thoughts)"
    rf" (?:of|about|to) (?:hurting|killing|hitting|stabbing|strangling|harming|hurt|kill|hit"
    rf"|harm|stab|strangle|choking|shaking) {_OTHER}\b",
    rf"\bdont trust myself (?:around|with|near|alone with) {_OTHER}\b",
    # what they did
    rf"\bi (?:\w{{1,20}} )?(?:hit|slapped|punched|shoved|kicked|choked|strangled|smacked|pushed"
    rf"|attacked|shook|beat|bit|stabbed|spat on|threw (?:{_W} ){{0,3}}at|threatened"
    rf"|grabbed|hurt|scratched|headbutted) {_OTHER}\b"
    r"(?! (?:up|away|out|off|at (?!(?:home|night|work|the house|the party)\b)|in (?:chess"
    r"|cards|a game|the game|tennis)|to (?:it|the)|on the (?:back|shoulder|cheek)|with (?:a"
    r"|the) (?:pillow|ball|snowball)|by (?:forgetting|not|accident|saying|leaving|being)"
    r"|feelings|a coffee|a drink|some)\b)(?<!i hit him up)",
    rf"\bi (?:almost|nearly|just|accidentally|actually|finally) (?:\w{{1,20}} )?(?:hit|slapped"
    rf"|punched|shoved|kicked|choked|strangled|pushed|attacked|shook|hurt) {_OTHER}\b"
    r"(?! (?:up|away|feelings|by)\b)",
    rf"\bi (?:threatened|threaten) {_OTHER} (?:with|to)\b",
    rf"\b(?:going to|gonna|want to|wanna|will|ill|about to|might|need to|im gonna) beat"
    rf" (?:the (?:crap|shit|hell|living daylights) out of {_OTHER}|{_OTHER} up)\b",
    rf"\bi (?:might|could|will|ll|am going to|m going to|m gonna|am gonna|may) do something"
    rf" (?:{_W} ){{0,3}}to {_OTHER}\b",
    rf"\b(?:{_FEAR}|worried|scared) i (?:will|ll|might|could|would|may) (?:lose (?:it|control)"
    rf"|snap)(?: {_W}){{0,4}} (?:and|with|around|at) {_OTHER}",
    rf"\bi (?:{_W} ){{0,4}}(?:and|then) (?:i )?(?:hit|slapped|punched|shoved|kicked|choked"
    rf"|strangled|pushed|grabbed|shook|attacked) {_OTHER}\b(?! (?:up|away|feelings)\b)",
    rf"\b(?:imagin\w{{1,4}}|picturing|picture|fantasi\w{{1,4}}|visualis\w{{1,4}}|visualiz\w{{1,4}})"
    rf" (?:hurting|killing|hitting|stabbing|strangling|harming|choking) {_OTHER}\b",
    rf"\bi(?:m| am)? (?:{_W} ){{0,3}}(?:becoming|getting|get|got|was|been|gets)"
    r" (?:so |more |really )?"
    rf"(?:violent|physical|aggressive|rough) (?:with|towards|toward|to) {_OTHER}\b",
    rf"\bi (?:keep|kept|always|sometimes|often|still) (?:hitting|slapping|punching|pushing|shoving"
    rf"|hurting|grabbing|kicking|choking) {_OTHER}\b(?! (?:up|feelings|by)\b)",
    r"\b(?:scared|afraid|terrified) of myself around (?:him|her|them|my|the)\b",
    r"\bi (?:get so angry i |)scare myself\b",
    r"\b(?:my )?(?:anger|temper|rage) (?:scares|frightens|terrifies) me\b",
    rf"\b{_FEAR} of what (?:i|ill|id)(?: might| could| would| will)? (?:do|did)\b"
    r"(?! (?:if i (?:fail|lose)|with my life|next|for work|after (?:school|uni|college)"
    r"|for a living)\b)",
    rf"\b(?:cant|can not|cannot|struggle to|unable to|lose|losing) control (?:of )?(?:my )?"
    rf"(?:anger|temper|rage|myself)(?: \w{{1,20}}){{0,2}} (?:around|with|towards|near|at)"
    rf" {_OTHER}\b",
    rf"\b(?:ive|i have|id|i had|i ve) (?:\w{{1,20}} )?(?:hit|slapped|punched|shoved|kicked"
    rf"|choked|strangled|pushed|attacked|hurt|beaten) {_OTHER}\b(?! (?:up|feelings|by)\b)",
    rf"\bi (?:wanted|want|needed|need) to (?:hit|hurt|slap|punch|strangle|choke) {_OTHER} so"
    r" (?:badly|bad|much)\b",
    rf"\b(?:feel|feeling|felt) myself (?:wanting|wanna|about) to (?:hurt|hit|slap|punch|strangle"
    rf"|kill|choke) {_OTHER}\b",
    rf"\b(?:dont|do not) know what ill do (?:to {_OTHER}|if (?:he|she|they))\b",
    rf"\bi (?:raised|lifted) my (?:hand|fist|fists) (?:to|at|against) {_OTHER}\b",
    r"\bscared (?:her|him|them|my \w{1,20})\b.{0,40}\b(?:raised|lifted) my (?:hand|fist|fists)\b",
    rf"\bi wanted to (?:hit|hurt|slap|punch|strangle|choke|kill|shake|smack) {_OTHER}\b{_SOFT}"
    r"(?! (?:up|feelings|at)\b)",
    rf"\bi(?:ve| have| m| am)? (?:been|was|got|get|am) (?:so |really |more )?(?:violent|physical"
    rf"|rough|aggressive) (?:with|towards|toward|to) {_OTHER}\b",
    r"\b(?:smash|bash|punch|kick|knock) (?:his|her|their) (?:face|head|teeth) in\b",
    rf"\b(?:violent|dark|murderous|scary) (?:thoughts|fantasies|urges|images) (?:about|of|towards"
    rf"|toward|around) {_OTHER}\b",
    rf"\bi (?:\w{{1,20}} )?(?:pinned|pushed|shoved|slammed|threw|held|forced) {_OTHER} (?:against"
    r"|to the (?:floor|ground|wall)|into the|down)\b(?! (?:for a kiss|playfully)\b)",
    rf"\b(?:cant|can not|cannot) stop (?:hitting|hurting|slapping|pushing|shoving|grabbing"
    rf"|choking) {_OTHER}\b",
    rf"\b(?:{_FEAR}|scared|worried) of what (?:im|i am|i m) capable of\b",
    rf"\bstop myself (?:from )?(?:hitting|hurting|slapping|punching|choking|strangling|shaking"
    rf"|attacking) {_OTHER}\b",
    rf"\b(?:want|wanting|urge|urges) to (?:hurt|hit|kill|strangle|choke|beat|stab) (?:your|my)"
    rf" (?:{_RELATION}|{_CHILD})\b",
    rf"^ ?(?:gonna|going to|wanna|want to|about to) (?:really )?(?:hurt|hit|kill|beat|stab|strangle"
    rf"|choke|punch|slap) {_OTHER}\b(?! (?:up|feelings|at)\b){_NOT_JOKING}",
    rf"\b(?:im|i am|i m|i might be|im becoming|i could be) a danger to {_OTHER}\b",
    # found by a batch of short chat messages (en_tuning_q), written before these were added
    rf"(?:^ ?|\bi (?:\w{{1,20}} )?)(?:held|hold|put|pressed|press|pushed|holding|pressing)"
    r" (?:a|the|my) (?:pillow|cushion|hand|hands|blanket|towel) (?:over|on|onto|against|across)"
    rf" (?:his|her|their|my {_RELATION}s|my {_CHILD}s|the babys|our babys) (?:face|mouth|nose"
    r"|head)\b(?! (?:for a (?:joke|laugh)|as a joke|jokingly|playfully|to wake)\b)"
    rf"{_NOT_JOKING}",
    r"\bi (?:\w{1,20} )?(?:squeeze|squeezed|squeezing|twist|twisted|twisting|grip|gripped"
    r"|pinch|pinched|dig|dug|grab|grabbed|yank|yanked|pull|pulled|bend|bent) (?:\w{1,20} )?"
    rf"(?:his|her|their|my {_RELATION}s|my {_CHILD}s) (?:wrist|wrists|arm|arms|neck|throat"
    r"|hand|hands|fingers|hair|ear|ears)\b(?: \w{1,20}){0,2} (?:till|until|so hard|hard enough)"
    r"(?: (?:that|to|it|he|she|they|i)){0,2} (?:cries|cried|cry|screams|screamed|scream|yelps"
    r"|yelped|hurts|hurt|bruises|bruised|bruise|winces|winced|begs|begged|bleeds|bled|bleed"
    r"|goes red|turns (?:red|white|purple)|left (?:a )?marks?|leave (?:a )?marks?)\b",
    r"(?:^ ?|\bi (?:\w{1,20} )?)(?:grabbed|grab|grabbing|squeezed|gripped|twisted|pinched|yanked"
    rf"|pulled|shoved|pushed|held) (?:his|her|their|my {_RELATION}s|my {_CHILD}s|the {_CHILD}s)"
    r" (?:arm|arms|wrist|wrists|neck|throat|hand|hands|hair|face|shoulder|shoulders|leg|ear)\b"
    r"(?: \w{1,20}){0,2} (?:so hard|hard enough|till|until)\b(?: \w{1,20}){0,3} (?:bruised"
    r"|bruise|bruises|bleed|bled|cried|cry|screamed|marks?|hurt)\b",
    r"(?:^ ?|\bi (?:\w{1,20} )?)(?:(?:punched|hit|smashed|slammed|kicked|banged) (?:the |a |his"
    r" |her |their )?(?:wall|door|window|table|cupboard|mirror|fridge|car|headboard|bed frame"
    r"|bedframe|wardrobe)|threw(?! (?:a |the |my |his |her )?(?:cushion|pillow|sock|ball|teddy"
    r"|paper|kiss|snowball|tissue)\b)(?: \w{1,20}){1,2})(?: \w{1,20}){0,2} (?:next to|beside"
    r"|inches from|right by|near|past) (?:his|her|their"
    rf"|my {_RELATION}s|the babys|my {_CHILD}s) (?:head|face)\b",
    rf"\b{_FEAR_VERB} (?:that )?(?:im|i am|i m|ill|i will|i might|i could|im gonna|i am going to"
    r"|im going to) (?:going to |gonna )?(?:snap|lose it|lose control|flip out|explode)"
    r"(?:(?<!lose it)(?<!explode)$| and"
    r" (?:hurt|hit|do)\b| (?:one day|with (?:him|her|them|the kids)|around (?:him|her|them|the"
    r" kids))\b)",
    r"\b(?:get back at|get even with|make) (?:him|her|them)(?: pay)? (?:\w{1,20} ){0,2}"
    r"(?:physically|with my fists|violently)\b",
    r"\b(?:hurt|hit|get back at|get even with) (?:him|her|them) physically\b",
    # found by a batch of rarely heard voices (en_tuning_r), written before these were added
    r"\b(?:feart|feard|scared|afraid|terrified|frightened) (?:o|of) (?:whit|what) (?:ahll|ill"
    r"|i ll|i will|i might|i could|id|ah might|ahd|ah will) (?:dae|do) (?:tae|to) (?:him|her"
    r"|them|ma \w{1,20}|my \w{1,20})\b",
    r"\b(?:thinking|thought|think|thoughts|keep thinking) (?:about|of) (?:putting|slipping|adding"
    r"|mixing|crushing) (?:something|pills|rat poison|poison|bleach|antifreeze|sleeping pills"
    r"|his pills|her pills|my pills|crushed pills)(?: \w{1,20})? (?:in|into) (?:his|her|their)"
    r" (?:tea|coffee|drink|food|dinner|meal|water|beer|wine|soup)\b",
    rf"\bi (?:\w{{1,20}} )?(?:raise|raising|lift|lifting|raised|lifted) (?:my|a) (?:hand|fist"
    rf"|fists) (?:to|at|against) {_OTHER}\b",
    rf"\b{_FEAR} of my own (?:hands|fists|temper|anger|rage|strength)\b",
    r"\bif (?:she|he|they|my ex)(?: \w{1,20}){0,2} (?:takes|take|touches|touch|keeps|keep|hurts"
    r"|hurt|lays a (?:finger|hand) on|goes near|comes near|takes away) (?:the|my|our) (?:kids"
    r"|children|baby|son|daughter|boys|girls)\b(?: \w{1,20}){0,3} (?:god help (?:her|him|them)"
    r"|(?:ill|i will|i swear ill|i swear i will) (?:kill|end|destroy|hurt|finish))\b",
    r"^ (?:nearly|almost) (?:slapped|hit|punched|smacked|shoved|pushed|hurt|strangled|throttled"
    r"|kicked|choked|shook) (?:him|her|them|mum|mom|dad|nan|gran|grandma|grandad|my \w{1,20})\b"
    r"(?! (?:with (?:the|my) (?:car|door|bike|ball|trolley)|by accident|accidentally)\b)",
]

CONTROLLED_STATEMENTS = [
    # watched: phone, messages, location, money
    rf"\b{_SUBJECT} {_BETWEEN}(?:checks|checked|check|checking|reads|read|reading|goes through"
    r"|went through|going through|go through|looks through|looked through|searches|searched"
    r"|monitors|monitored|monitoring|tracks|tracked|tracking|controls|controlled|controlling"
    r"|spies on|spied on|spying on|snoops through|snooped through|hacked|hacks|watches|logs"
    r" into) (?:all |every (?:one|single one) )?(?:of )?my (?:phone|messages|texts|emails|email"
    r"|location|whatsapp|social media|socials|accounts|bank|bank account|spending|money"
    r"|finances|every move|calls|call log|browser|browsing|chats|dms|car|mileage|receipts"
    r"|internet history|search history|diary|journal|mail|post|bag|pockets|conversations)\b"
    r"(?! (?:out loud|aloud|to me|for me|when i ask|if i ask)\b)",
    rf"\b{_SUBJECT} {_BETWEEN}(?:controls|controlled|controlling|monitors|monitoring|tracks"
    r"|decides|decided|dictates|watches|checks|choose|chooses|chose|picks|tells me) (?:all )?"
    r"(?:everything|every move|every penny|what i (?:wear|eat|do|say|spend|buy|watch|read|post"
    r"|listen to)|who i (?:see"
    r"|talk to|text|speak to|can see|am friends with|hang out with|meet)|where i (?:go|am|can go)"
    r"|how i (?:spend|dress|look)|when i (?:can|leave|go|come|sleep|eat))\b",
    rf"\b{_SUBJECT} (?:{_W} ){{0,2}}(?:wont|doesnt|does not|will not|never|refuses to|refused to"
    r"|didnt|dont|do not|wouldnt|would not) (?:let|allow) me (?:to )?(?:see (?:my|anyone|any"
    r"|friends"
    r"|family|people|a doctor|him|her)|leave\b|go (?:out|anywhere|to|alone|without|home|back"
    r"|outside|places)|talk to|speak to|have (?:my own|any|a|access|money|friends|a job"
    r"|a phone)|work|get a job|keep (?:my|any)|use (?:the car|my|a|money)|wear|spend|call"
    r"|visit|text|drive|study|make (?:friends|decisions|my own)|be alone|open|sleep until|eat"
    rf" (?:until|without|what)|go to work|go to school|leave the house){_FOND}",
    r"\b(?:im|i am|were|we are|i m) (?:not|no longer|never) (?:allowed|permitted) to (?:see|talk"
    r"|speak|go|have|leave|work|spend|use|wear|call|text|visit|drive|study|keep|make|eat|be"
    r" alone|lock|close|open|sleep)\b",
    r"\b(?:have|need|has|had) to ask (?:him|her|them|for) (?:his |her |their )?(?:permission"
    r"|before i|for money)",
    r"\bask (?:his |her |their |for )?permission (?:to|before i) (?:spend|go|see|leave|buy"
    r"|wear|eat|sleep|talk|call|visit|use|get)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:takes|took|take|keeps|kept|hides|hid|controls|holds|withholds"
    r"|withheld|confiscated|confiscates|has taken|steals|stole|spends|spent) (?:all )?(?:of )?"
    r"my (?:money|passport|bank card|card|cards|wages|paycheck|paycheque|salary|pay|benefits"
    r"|id|documents|papers|savings|income|earnings|pension)\b"
    r"(?! (?:to (?:buy|pay|the shop|get|renew|check|copy|scan|show|keep it safe|the bank)|for"
    r" (?:safe ?keeping|groceries|the shopping|renewal)|by"
    r" accident|because i (?:asked|forgot|lose))\b)",
    rf"\b{_SUBJECT} {_BETWEEN}(?:takes|took|hides|hid|smashes|breaks) my (?:phone|keys|car keys)"
    r" (?:away|so i (?:cant|couldnt|can not|wont)|when (?:hes|shes|theyre|he is|she is)"
    r" (?:angry|mad|upset))\b(?! (?:during|at|for|over) (?:dinner|meals|our date|date night|the"
    r" film|lunch|bedtime|breakfast))",
    r"\bgives me (?:an? )?(?:allowance|pocket money|spending money)\b",
    r"\b(?:controls|control|controlling|in charge of|has control of|took control of|takes)"
    r" (?:all )?(?:of )?"
    r"(?:my|our) (?:money|finances|bank accounts?|wages|income)\b.{0,40}\b(?:wont|doesnt|cant"
    r"|not allowed|have to ask|never|allowance)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:controls|controlled) (?:all )?(?:of )?(?:my|our|the) (?:money"
    r"|finances|bank accounts?|wages|income)\b",
    r"\b(?:made|makes|forced|forces|make|pressured|pressures) me (?:to )?(?:quit|leave|give up"
    r"|stop) (?:my )?(?:job|work|studies|school|uni|college|friends|hobbies|family|seeing"
    r"|talking to|going)\b",
    r"\b(?:made|makes|forced|forces|make) me (?:to )?(?:delete|block|unfriend|cut off|stop"
    r" (?:seeing|talking|texting|calling)|give (?:him|her|them) (?:my|all my) (?:passwords?"
    r"|pin|money|wages|phone)|send (?:him|her|them) (?:photos|pictures|my location))\b",
    r"\b(?:has|have|knows|demands|demanded) (?:all )?(?:the |my )?(?:passwords?|pins?|codes)"
    r" (?:to|for) (?:all )?(?:of )?my\b",
    r"\bprove where i (?:am|was|go|went|have been)\b",
    r"\btimes how long (?:i|im|i am|i spend|i take)\b",
    r"\b(?:track|tracks|tracking|tracked) (?:me|where i (?:am|go))\b",
    r"\b(?:gets|get|goes|is|went|got) (?:\w{1,20} )?(?:angry|mad|furious|crazy|jealous|violent)"
    r" (?:if|when|whenever) (?:\w{1,20} ){0,4}(?:five|ten|two|\d{1,3}|a few|couple of|one)"
    r" minutes? late\b",
    rf"\bchecks up on me (?:constantly|all the time|every|non ?stop|hourly)\b{_NOT_JOKING}"
    r"(?<!mum still checks up on me)",
    r"\bjealous of (?:everyone|anyone|everybody|every (?:man|woman|person|guy|girl)) i (?:talk"
    r"|speak|see|text|meet|look)\b",
    # isolated
    r"\bisolat\w{1,6} me\b",
    r"\bcut\w{0,4} me off from\b",
    r"\b(?:lost|cut off from|stopped seeing|no longer see|dont see|cant see) (?:all |most )?"
    r"(?:of )?my (?:friends|family|parents|mum|mom|sister|brother)(?: \w{1,20}){0,3}"
    r" (?:because of (?:him|her|them)|because (?:he|she|they) (?:wont|doesnt|hates|gets))\b",
    r"\b(?:prisoner|trapped|hostage|caged) in (?:my (?:own )?|our |this |the )?(?:home|house"
    r"|marriage|relationship|flat|apartment)\b",
    r"\b(?:feel|feeling|am|im) (?:like )?(?:a prisoner|trapped)\b(?! (?:in (?:traffic|work|a"
    r" meeting|the office|this (?:job|meeting|queue|lift|elevator)|my (?:job|work|career)|a rut"
    r"|a routine)|of"
    r" my own|at work)\b)",
    # put down
    rf"\b{_SUBJECT} {_BETWEEN}(?:calls|called|calling|tells|told|telling|says|said|saying"
    rf"|keeps saying|screams|screamed|yells|yelled) (?:me )?(?:that )?(?:im |i am |i look |i was"
    rf" |me a |me an |me )?(?:{_W} )?(?:worthless|useless|stupid|pathetic|fat|ugly|disgusting"
    r"|a failure|a whore|a slut|a bitch|insane|nothing|a loser|an idiot|an embarrassment|a"
    r" burden|dumb|retarded|unlovable|unlovable|a waste of space|a bad mother|a bad father"
    r"|a terrible mother|a terrible father|crazy and|mental|psycho|hysterical)\b"
    r"(?! (?:lol|haha|for (?:loving|liking|eating)|at (?:maths|math|cooking|parking))\b)",
    r"\b(?:nobody|no one|noone) (?:else )?(?:would|will|could) (?:ever )?(?:want|love|believe"
    r"|put up with|take) (?:me|you)\b",
    r"\b(?:screams|screamed|screaming|yells|yelled|yelling|shouts|shouted|shouting) at me"
    r" (?:for hours|all the time|every day|constantly|every night|in front of|until|for no reason"
    r"|every time)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:humiliat\w{{1,4}}|belittl\w{{1,4}}|degrad\w{{1,4}}"
    r"|gaslight\w{0,3}"
    r"|gaslit|insult\w{0,3}|demean\w{0,3}|mocks|ridicul\w{1,4}|intimidat\w{1,4}|manipulat\w{1,4}"
    r"|blackmail\w{0,3}|stalk\w{0,3}|bull(?:y|ies|ied)|terroriz\w{1,4}|terroris\w{1,4}"
    r"|berat\w{1,4}|controls|control|punish\w{0,3}) me\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:puts|put|putting) me down\b",
    r"\b(?:makes|made|make) me feel (?:like )?(?:im |i am |i was )?(?:nothing|worthless|useless"
    r"|stupid|crazy|small|like dirt|like garbage|like trash|like shit|insane|ugly|disgusting)\b",
    r"\b(?:says|said|tells me|told me|blames me|blamed me|screams)(?: that)? (?:its|it is"
    r"|everything is|it was|it s|everything) (?:all )?my fault\b.{0,40}\b(?:angry|hits|hit"
    r"|shouts|yells|mad|temper|does)\b",
    r"\b(?:blames|blamed) me for (?:his|her|their) (?:anger|temper|violence|hitting|outbursts"
    r"|drinking|rage)\b",
    r"\bgaslight\w{0,3} me\b",
    r"\b(?:walk|walking|walked|tread|treading|treaded|live|living) on egg ?shells\b",
    # fear, leaving, threats that hold the person in place
    rf"\b(?:want|wanna|trying|try|tried|need|wanted|planning) to leave (?:him|her|them"
    rf"|my {_RELATION})(?: {_W}){{0,3}} (?:afraid|scared|terrified|frightened|cant|dont know how)"
    r"\b",
    rf"\b{_FEAR} (?:to|of) (?:leav\w{{1,3}}|break\w{{0,3}} up with) (?:him|her|them"
    rf"|my {_RELATION})\b",
    rf"\b{_FEAR} of what (?:hell|shell|theyll|hed|shed|theyd|he|she|they)(?: {_W})? (?:do|does"
    r"|did) if i (?:leave|left|go|went|tell|told|try|tried)\b",
    rf"\b(?:leave|escape|get away from) (?:him|her|them|my {_RELATION}) safely\b",
    rf"\bhow (?:do i|can i|to|could i) (?:safely )?(?:leave|get away from|escape) (?:him|her"
    rf"|them|my {_RELATION})\b",
    r"\bthreat(?:en|ens|ened|ening)? to (?:\w{1,20} ){0,5}if i (?:leave|left|go|tell|told|ever"
    r"|dont|talk)\b",
    r"\bthreat(?:en|ens|ened|ening)? to take (?:the|my|our) (?:kids|children|baby|son|daughter"
    r"|house|money)\b",
    rf"\b{_SAID}(?: that)? {_THEY_WILL} (?:\w{{1,20}} )?(?:take|taking) (?:the|my|our)"
    rf" {_CHILD}\b",
    rf"\b(?:take|taking|took) (?:the|my|our) {_CHILD}(?: away)? (?:from me )?(?:if|when) i\b",
    rf"\bnever see (?:the|my|our) {_CHILD} again\b",
    r"\bill never (?:see|find) (?:them|the kids|the children|my kids|my children) again\b",
    r"\bill never find them\b",
    r"\b(?:kill|hurt|harm) (?:himself|herself|themselves|themself) if i (?:leave|left|go"
    r"|break up|ever|dont|talk)\b",
    r"\bleave me with nothing if i\b",
    # intimidation
    r"\b(?:to|just to|so as to|in order to) (?:scare|frighten|intimidate|threaten|terrify|show)"
    r" me\b(?! (?:a|the|how|his|her|around|off|something|some)\b)",
    rf"\b{_SUBJECT} {_BETWEEN}(?:punch\w{{0,3}}|smash\w{{0,3}}|break\w{{0,3}}|broke|throw\w{{0,3}}"
    r"|threw|destroy\w{0,3}|kick\w{0,3}) (?:holes in )?(?:the |my |our )?(?:walls?|things|stuff"
    r"|belongings|my things|my stuff|furniture)\b(?! (?:away|out|in the bin|into the bin"
    r"|for recycling)\b)",
    r"\bdrives? (?:\w{1,20} )?(?:dangerously|recklessly|like a maniac) (?:to scare me|when"
    r" (?:hes|shes|theyre|he is|she is) (?:angry|mad)|when we (?:argue|fight))",
    r"\bcontrolling\b(?: \w{1,20}){0,4} (?:scare|scares|scared|afraid|terrif\w{1,4}"
    r"|frighten\w{0,3}|cant breathe|trapped)\b",
    r"\b(?:makes|made|make|forces|forced) me (?:share|send|give|show|hand over)"
    r" (?:him |her |them )?"
    r"(?:my|all my) (?:location|phone|passwords?|messages|texts|pin|wages|money|bank)\b",
    r"\baccount for every (?:penny|cent|pound|dollar|minute|euro)\b",
    r"\btells? me what (?:to|i can|i should|i am allowed to|im allowed to) (?:wear|eat|say|do"
    r"|think|spend)\b",
    r"\bcalls? me (?:names|horrible names|awful names)\b",
    r"\b(?:keeps|kept|takes|took|hides|hid) my phone (?:away|so i|from me)\b(?! (?:during|at|for"
    r"|over) (?:dinner|meals|our date|date night|the film|lunch|bedtime|breakfast))",
    rf"\b{_FEAR} (?:to|of) (?:say|saying|tell|telling) (?:him|her|them) no\b",
    r"\bcant leave (?:\w{1,20} ){0,3}because (?:he|she|they)\b",
    r"\b(?:said|says|threatened|threatens|told me|keeps saying) (?:\w{1,20} ){0,2}(?:hed|shed"
    r"|he would|she would|hell|shell|he will|she will|theyd|theyll) (?:\w{1,20} )?(?:kill|hurt"
    r"|harm) (?:himself|herself|themselves|themself)\b",
    r"\b(?:tracker|tracking app|tracking device|spy app|spyware|gps tracker|airtag)"
    r" (?:\w{1,20} ){0,3}(?:on|in|to|under) (?:my|me)\b",
    r"\b(?:check in|report) (?:to|with) (?:him|her|them) every (?:hour|day|\w{1,20} minutes)\b",
    r"\b(?:have|has|need|needs) to (?:check in|report) (?:to|with) (?:him|her|them)\b",
    r"\b(?:angry|mad|furious|crazy|jealous|violent|livid|rage) (?:if|when|whenever) i (?:dont"
    r"|do not|didnt|cant|can not|dont immediately) (?:answer|reply|pick up|text back|respond"
    rf"|call back)\b{_NOT_JOKING}",
    rf"\b{_FEAR} (?:of )?(?:upsetting|angering|annoying|setting off|provoking|triggering)"
    r" (?:him|her|them)\b",
    rf"\b{_FEAR} (?:of )?how (?:hell|shell|theyll|he will|she will|he would|hed|shed|he|she"
    r"|they) (?:\w{1,20} )?(?:react|respond|take it)\b(?! to (?:the|my|a) (?:gift|present"
    r"|surprise|news|haircut|idea|plan))",
    r"\b(?:wont|doesnt|does not|will not|never|refuses to|refused to) (?:let|allow) me (?:to )?"
    r"(?:see (?:my friends|my family|anyone|my parents|my mum|my mom)|leave the house|have"
    r" (?:my own|any) money|get a job|go out (?:alone|without (?:him|her|them)|with (?:my )?"
    rf"friends))\b{_FOND}",
    rf"\b{_SUBJECT} (?:{_W} ){{0,4}}(?:wont|doesnt|does not|will not|never|refuses to) (?:let"
    r"|allow) me (?:to )?(?:see|leave|go out|talk to|have|work)\b(?! (?:the (?:bill|check)|a"
    rf" (?:peek|look)|the end|to (?:the (?:shop|store)) alone at night)\b){_FOND}",
    r"\b(?:watching|watches|watched|follows|following|followed) me (?:all the time|constantly"
    r"|everywhere|every|24 ?7|around|to work|when i)\b",
    r"\b(?:listens to|listened to|records|recorded|recording) my (?:calls|conversations"
    r"|phone calls)\b",
    r"\b(?:his|her|their) permission (?:to|for|before)\b",
    r"\b(?:no|dont have|dont have any|have no|without) access to (?:money|our money|my money"
    r"|our bank|the bank account|our account|our accounts"
    r"|the bank|a phone|my phone|a car|my own money|my bank)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:tracks|monitors|watches|follows|knows|checks) (?:everywhere"
    r"|wherever) i go\b",
    r"\b(?:need|needs|have to get|have to ask for|must get|must ask for) (?:his |her |their )?"
    r"permission (?:to|before|for)\b",
    r"\bnot (?:allowed|permitted) (?:my own|any|a) (?:money|phone|bank|account|friends|car|job"
    r"|key|keys|cash)\b",
    r"\b(?:criticis|criticiz)\w{1,4} (?:everything|every|all) (?:i|about me)\b",
    r"\b(?:criticis|criticiz)\w{1,4} me (?:constantly|all the time|every)\b",
    r"\blucky (?:hes|shes|he is|she is|theyre|he|she|they) (?:even )?(?:puts up with|put up with"
    r"|stays with|is with|with) me\b",
    r"\b(?:screams|screamed|screaming|rages|raged|raging) at me (?:if|when|whenever|over|for"
    r"|because)\b",
    r"\bif i (?:leave|left|go|ever leave|try to leave|ever go) (?:\w{1,20} ){0,2}(?:hell|shell"
    r"|theyll|he will|she will|he would|hed|shed|they will|theyd) (?:\w{1,20} ){0,3}(?:take"
    r"|ruin|destroy|tell|report|make sure|leave me with|get|never|have me|find me)\b",
    r"\bthreat\w{0,4} (?:\w{1,20} )?(?:to )?(?:report me|call immigration|have me deported|get me"
    r" deported|tell (?:my|everyone|people)|expose me|out me|share (?:my|the|our) (?:photos"
    r"|pictures|nudes|videos)|post (?:my|the|our) (?:photos|pictures|nudes|videos)|leak|ruin"
    r" me|ruin my|take everything|divorce me and take|take the house|throw me out|kick me out)",
    r"\bleav\w{1,3} me with nothing\b",
    r"\b(?:watch|careful (?:about|with)|think twice about) what i (?:say|do|wear) (?:around|near"
    r"|in front of|with) (?:him|her|them)\b",
    r"\bsays? (?:things|it|that|stuff) never happened\b",
    r"\b(?:makes?|made) me (?:question|doubt) my (?:own )?(?:memory|sanity|mind|reality)\b",
    r"\bcut\w{0,4} off my (?:phone|money|access|cards?|internet|bank|allowance)\b",
    r"\b(?:makes|made|make) me feel (?:so |really |very |tiny and |like )?(?:small|tiny|invisible"
    r"|like a child|worthless|pathetic)\b(?! (?:in a good way|and safe)\b)",
    r"\b(?:belittles|belittled|belittling|criticises|criticizes|mocks|ridicules) (?:everything"
    r"|all) (?:i|that i)\b",
    r"\b(?:gets|get|goes|is) (?:\w{1,20} )?(?:mad|angry|furious|jealous|crazy) (?:if|when"
    r"|whenever) i (?:talk to|see|call|text|visit|spend time with|go out with) (?:my|any|anyone"
    r"|other|friends|people)\b",
    r"\b(?:doesnt|does not|wont|will not) (?:like|allow|want) me (?:having|to have) (?:any )?"
    r"(?:friends|my own money|a job|a phone|my own)\b",
    r"\b(?:have|has|got) no money of my own\b",
    rf"\b(?:tells|told) me (?:ill|i will|i would|id) never see (?:the|my|our) {_CHILD}\b",
    r"\bthreat\w{0,4} to (?:kill|hurt|harm) (?:himself|herself|themselves|themself) (?:whenever"
    r"|when|every time|each time) i\b",
    r"\bthreat\w{0,4} to (?:post|share|send|leak|publish|show) (?:my|our|the) (?:private )?"
    r"(?:photos|pictures|nudes|videos|messages|pics)\b",
    r"\b(?:always|constantly) (?:angry|furious|raging)\b.{0,40}\b(?:scared|afraid|terrified)\b",
    r"\b(?:or|otherwise) (?:he|she|they) (?:explodes|loses it|goes mad|gets violent|flips out"
    r"|blows up|kicks off)\b",
    r"\b(?:recorded|records|filmed|films|recording|filming) me (?:without|in secret|secretly)\b",
    r"\b(?:tracks|tracked|monitors|watches) my location (?:and|then) (?:questions|asks|interrogates"
    r"|grills|shouts)\b",
    r"\bpunish\w{0,3} me with (?:silence|the silent treatment|no money|sex)\b",
    r"\bweighs me\b",
    r"\bcounts (?:the )?(?:food|calories|what i eat|every calorie)\b",
    r"\bwakes me (?:up )?(?:at night |every night |in the night )?to (?:argue|fight|shout|yell"
    r"|interrogate|question|check)\b",
    r"\b(?:wont|doesnt|does not|refuses to|never|will not) give me (?:any )?(?:money|cash"
    r"|access)\b",
    r"\b(?:sold|sells|gave away|got rid of|threw away|destroyed) my (?:\w{1,20} ){0,2}(?:car"
    r"|things|belongings|stuff|clothes|phone|laptop) without (?:asking|telling|my)\b",
    r"\b(?:debts?|loans?|credit cards?|bills|credit) (?:\w{1,20} ){0,2}in my name\b",
    r"\b(?:have to|has to|must|made to|makes me|made me|make me) (?:hand|give) (?:over )?(?:all )?"
    r"(?:of )?my (?:salary|wages|pay|paycheck|paycheque|money|benefits|earnings|income)\b",
    r"\b(?:have me|get me) (?:sectioned|committed|arrested|deported|locked up|fired|put away)\b",
    r"\bthreat\w{0,4} to tell (?:the police|social services|my boss|the court|the judge|my"
    r" family|everyone|my parents) (?:\w{1,20} ){0,2}(?:lies|that i|im|i am|about me)\b",
    r"\bthreat\w{0,4} to (?:post|share|send|leak|publish|show) (?:them|it|those|these)\b",
    r"\b(?:makes|made) me ask (?:\w{1,20} ){0,2}(?:before|permission|for)\b",
    r"\b(?:listens|listened|listening) in on (?:my|me)\b",
    r"\b(?:makes|made) me (?:feel like )?(?:im |i am )?(?:going crazy|going mad|losing my mind"
    r"|going insane)\b",
    r"\b(?:tells|told|telling) me (?:that )?(?:im|i am|i was|i m) (?:imagining (?:it|things)"
    r"|making (?:it|things) up|crazy and|remembering (?:it )?wrong)\b",
    r"\bdenies (?:\w{1,20} ){0,2}(?:he|she|they) (?:said|did)\b",
    r"\b(?:needs|has|wants|demands|insists|needing|having) to know where i am (?:every|all the"
    r"|at all|always|constantly|24)\b",
    r"\b(?:always|constantly) (?:needs|has|wants|demands|insists on|insists) (?:to )?know(?:ing)?"
    r" where i am\b",
    r"\b(?:angry|mad|furious|upset|crazy) if i go (?:anywhere|out|somewhere) without (?:telling"
    r"|asking)\b",
    r"\b(?:checks|tracks|monitors) my location\b(?! (?:when i (?:travel|fly|drive|run)|on"
    r" (?:trips|holiday|runs)|for (?:safety|my safety)|so (?:she|he) can pick me up)\b)",
    r"\bfollows me (?:there|here|to the gym|to work|to my)\b",
    r"\b(?:stops|stopped|stopping|prevents|prevented|keeps|kept) me (?:from )?(?:seeing|going"
    r"|talking|visiting|working|leaving|having|calling|texting|contacting) (?:my|anyone|out"
    r"|friends|family|the house|people|a job)\b",
    rf"\b(?:wont|will not|doesnt|does not) let me leave the house\b{_FOND}",
    rf"\b{_FEAR} to (?:disagree|argue|say no|speak up|talk back|answer back|speak my mind)"
    r" (?:with|to|in front of) (?:him|her|them)\b",
    r"\b(?:makes|made|make) me (?:text|call|message|check in with|report to) (?:him|her|them)"
    r" every\b",
    r"\b(?:approve|approves|approval|sign off on|permission for) (?:\w{1,20} ){0,2}(?:everything"
    r"|anything|every \w{1,20}) i (?:buy|spend|wear|do|say|post|eat)\b",
    r"\b(?:took|takes|hid|hides|hiding) (?:away )?my (?:car keys|keys|phone|passport|wallet|purse"
    r"|shoes|coat)(?: away)? so (?:i|that i) (?:cant|couldnt|can not|cannot|wont be able to)"
    r" (?:leave|go|call|get out|drive|escape)\b",
    r"\btells (?:everyone|people|my family|my friends|others|our friends) (?:that )?(?:im|i am)"
    r" (?:crazy|mad|insane|unstable|mental|a liar|lying|abusive)\b",
    rf"\b{_FEAR} of (?:his|her|their|my partners|my husbands|my wifes|my boyfriends|my"
    r" girlfriends) (?:temper|anger|rage|moods|outbursts)\b",
    rf"\b(?:wont|doesnt|does not|never|will not) let me out of (?:his|her|their) sight\b"
    rf"{_NOT_JOKING}",
    r"\bnot allowed (?:an|my own|to have an|to have my own|to have a) (?:opinion|say|voice)\b",
    rf"\b{_FEAR} to (?:\w{{1,20}} ){{0,3}}without (?:his|her|their) permission\b",
    r"\b(?:told|tells|telling) me to (?:kys|kill myself|go die|die|go kill myself)\b",
    r"\b(?:forbids|forbade|forbidden|bans|banned|prohibits|prohibited) me (?:from|to) (?:seeing"
    rf"|going|talking|working|having|leaving|visiting|calling|using|wearing|spending)\b{_NOT_JOKING}",
    r"\baccus\w{1,3} me of (?:cheating|flirting|lying|having an affair)\b.{0,40}\b(?:check|checks"
    r"|reads|goes through|tracks|follows|monitors|wont let|locks|hits|takes)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:takes|took|keeps|kept|controls|holds) (?:all )?(?:of )?(?:our|the)"
    r" (?:money|wages|income|savings|finances)\b.{0,40}\b(?:i get nothing|i have nothing|gives me"
    r" nothing|not a penny|no access|have to ask|allowance)\b",
    rf"\b{_FEAR} (?:of )?what mood (?:hell|shell|theyll|he will|she will|he|she|they)\b",
    r"\b(?:someone|a partner|a man|a woman|him|her|a husband|a wife) who (?:controls|monitors"
    r"|tracks|isolates|threatens|belittles) (?:everything|me|my|every)\b",
    r"\bso (?:that )?i (?:cant|can not|cannot|couldnt|wont be able to) (?:talk to|call|see|contact"
    r"|reach|text|message|leave|go out|get help) (?:anyone|anybody|my|friends|family|people"
    r"|for help)?\b",
    r"\b(?:hides|hid|takes|took|withholds|withheld|throws away|threw away) my (?:medication|meds"
    r"|medicine|pills|inhaler|insulin|contraception|birth control)\b",
    r"\bscreens my (?:calls|messages|mail|post|texts)\b",
    r"\b(?:threw away|throws away|binned|bins|burned|burnt|cut up|cuts up|destroyed|destroys)"
    r" (?:all )?(?:of )?my (?:clothes|things|belongings|stuff|makeup|books|photos|letters)\b",
    r"\b(?:makes|made) me (?:\w{1,20} ){1,5}as (?:a )?punishment\b",
    r"\bholds? (?:my )?(?:visa|immigration status|papers|status|passport|debts?|the kids|the"
    r" children) over me\b",
    r"\bif i (?:loved|really loved) (?:him|her|them|you) i (?:wouldnt|would not|would|d) (?:see"
    r"|talk|go|leave|wear|have|spend|do)\b",
    r"\b(?:send|show) (?:him|her|them) (?:a )?(?:photos?|pictures?|pics?|videos?) (?:of )?(?:where"
    r" i am|who im with|where i)\b",
    r"\bturns? (?:my |the |our )?(?:family|friends|kids|children|everyone) against me\b",
    r"\bso (?:im|i am) too (?:tired|scared|weak|broke) to leave\b",
    # found by a batch of short chat messages (en_tuning_q), written before these were added
    r"\b\w{1,20} (?:quid|pounds|dollars|euros|bucks|pound|dollar) (?:a|per|each) (?:week|month"
    r"|day|fortnight) (?:\w{1,20} ){0,2}(?:of|from|out of) my own (?:wages|salary|pay|paycheck"
    r"|paycheque|money|earnings|benefits|pension)(?:$| (?:and|but|thats|is all|allowance|as"
    r" (?:an |my )?allowance|he|she|they|if|from him|from her)\b)",
    r"\b(?:check|checks|checking|read|reads|reading|gauge|gauging|test|testing|watch|watching)"
    r" (?:his|her|their) (?:mood|moods|temper|face) (?:\w{1,20} ){0,2}before i (?:say|do|speak"
    r"|ask|mention) (?:anything|a word|something)\b(?! about\b)",
    rf"\b{_SUBJECT} {_BETWEEN}(?:changes|changed|turns off|turned off|unplugs|unplugged|takes"
    r"|took|cuts off|cut off|switches off|switched off|hides|hid) (?:the |my |our )?(?:wifi"
    r"|wi fi|internet|router|broadband)(?: password| router| box)? (?:when|whenever|before"
    r"|every time) (?:he|she|they) (?:leaves|goes out|goes to work|left|went out|is out|is away"
    r"|goes away)\b(?! for (?:uni|university|college|school|term|the summer|the holidays)\b)",
    rf"\b{_SUBJECT} {_BETWEEN}(?:changes|changed|turns off|turned off|unplugs|unplugged|takes"
    r"|took|cuts off|cut off|switches off|switched off|hides|hid) (?:the |my |our )?(?:wifi"
    r"|wi fi|internet|router|broadband)(?: password| router| box)? so (?:i|that i) (?:cant"
    r"|cannot|can not|couldnt|wont)\b",
    r"(?:^ ?|\b(?:feel like|like|so|and|but|basically|apparently|now|still|even|im|i am) )"
    r"(?:not|no longer|never) (?:allowed|permitted) to (?:see|talk to|speak to|go out with|visit"
    r"|call|ring|text|contact|meet|have) (?:my|any|anyone|friends|family|people)\b"
    r"(?!(?: \w{1,20}){0,8} (?:until|till|before|during|on) (?:my |the |i )?(?:exams?|finish"
    r"|homework|grades|revision|gcses|a levels|results|school nights?|i finish)\b"
    r"|(?: \w{1,20}){0,8} (?:grounded|my (?:mum|mom|dad|parents))\b"
    r"|(?: \w{1,20}){0,3} (?:during|in|at) (?:lessons?|class|school|work|the exam|exams|church"
    r"|the library)\b)",
    r"\bnot allowed (?:any |my own |to have (?:any |my own )?)?(?:opinions|friends|privacy"
    rf"|feelings|a say|an opinion)\b(?! (?:over|round|around|on|at|in|during)\b){_NOT_JOKING}",
    rf"\b{_FEAR} (?:of )?what (?:hell|shell|hed|shed|he|she|theyll|they)(?: will| might| would)?"
    r" (?:do|say|do to me) (?:if|when) (?:the |my )?(?:dinner|dinners|tea|teas|food|house|houses"
    r"|kids|baby|place|flat|room|laundry|washing|kitchen)(?: is| s| isnt| are| arent)?"
    r" (?:late|not ready|cold|burnt|messy|a mess|not clean|dirty|untidy|not done|noisy|loud"
    rf"|crying)\b{_NOT_JOKING}",
    rf"\b{_SUBJECT} {_BETWEEN}(?:made|makes|forced|forces|make|pressured|pressures|pushed) me"
    r" (?:to )?(?:drop out of|drop|quit|leave|give up) (?:my )?(?:uni|university|college|school"
    r"|course|degree|studies|classes|band|team|choir|club)\b",
    r"\b(?:because|cause|cos|in case) (?:id|i would|i might|i could|ill) (?:meet|talk to"
    r"|flirt with|cheat with) (?:other|another) (?:guys|men|man|guy|girls|women"
    r"|woman|girl|lads)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:takes|took|hides|hid|unplugs|unplugged|moves|moved|removes"
    r"|removed|keeps|kept|takes away|took away|breaks|broke) my (?:wheelchair|walker|walking"
    r" stick|stick|crutches|hearing aids?|glasses|mobility scooter|scooter|frame|zimmer"
    r"|chair)\b(?: \w{1,20}){0,3} (?:when (?:shes|hes|theyre|she is|he is|they are|she gets"
    r"|he gets|they get) (?:annoyed|angry|mad|cross|upset|in a mood|pissed off|pissed|fed up)"
    r"|so (?:i|that i) (?:cant|cannot|can not|couldnt) (?:move|go|leave|get out|get up|see"
    r"|hear)|out of (?:my )?reach|to punish me)\b",
    r"\b(?:takes|took|unplugs|unplugged|keeps|kept) my (?:wheelchair|mobility scooter|scooter"
    r"|chair|hearing aids?) off (?:charge|the charger|its charger)\b",
    r"\b(?:have to|need to|gotta|got to|must|ill have to|will have to|i always) (?:delete|clear"
    r"|wipe) (?:this|the|our|these) (?:chat|conversation|messages|chats)(?: \w{1,20})?"
    r" (?:after(?:wards)?|when (?:were|we are|im|i am) done|later)(?:$| (?:sorry|just in case"
    r"|in case|so|or|tho|though|before|every time|each time|because|cause|cos)\b)",
    r"\b(?:delete|deleting|clear|clearing|wipe|wiping) (?:this|the|our|my|these) (?:chat|chats"
    r"|conversation|messages|texts|history|search history|browser history)\b(?: \w{1,20}){0,2}"
    r" (?:before|in case|so) (?:he|she|they) (?:sees|checks|finds|reads|see|check|find|read)\b",
    r"\b(?:ask|asking|check with) (?:him|her|them) (?:first )?before (?:buying|getting)"
    r" (?:tampons|pads|sanitary|food|clothes|toiletries|a coffee|lunch|shampoo"
    r"|underwear|medicine|groceries|snacks|deodorant|bread|milk)\b(?!(?: \w{1,20}){0,6} (?:brand"
    r"|brands|kind|type|which one|size)\b)",
    r"\b(?:voice notes?|texts?|calls?|photos?|pics?|selfies?|check ins?|updates?|location)"
    r"(?: (?!me\b)\w{1,20}){0,2} every (?:hour|half hour|\w{1,20} (?:minutes|mins))\b"
    r"(?: \w{1,20}){0,3} or else$",
    rf"\b{_SUBJECT} {_BETWEEN}(?:checks|checked|goes through|went through|searches|searched"
    r"|looks through|looked through|digs through|dug through|rifles through|rummages through)"
    r" (?:the |my |our )?(?:bins?|rubbish|trash|bin bags|pockets|bag|handbag|purse|wallet|car"
    r"|drawers|bank statements|statements) (?:for|to find|looking for) (?:receipts|evidence"
    r"|proof|clues|messages|notes|numbers)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:picked|picks|chose|chooses|decided|decides|chosen) (?:my"
    r" (?:friends|job|career|course|degree) (?:and )?my (?:friends|clothes|job|outfits|hair|career"
    r"|course|degree|food)|my (?:clothes|outfits|hair|food) (?:and )?my (?:friends|job|career"
    r"|course|degree))\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:records|recorded|recording|films|filmed|filming|tapes|taped)"
    r" (?:all )?(?:of )?our (?:arguments|fights|rows|arguing)\b(?!(?: \w{1,20}){0,4}"
    r" (?:therapist|counsellor|counselor|mediator|coach|podcast)\b)",
    r"\bto prove (?:im|i am|i was) (?:the problem|crazy|mad|insane|mental)\b",
    r"\b(?:says|said|tells me|told me|keeps saying|thinks|insists) (?:that )?(?:my|all my)"
    r" (?:family|friends|parents|mum|mom|sister|brother|mates)(?: \w{1,20}){0,2} (?:is|are|s|re)"
    r" (?:trying to|out to|going to|gonna) (?:split us up|break us up|come between us|get"
    r" between us|turn me against|ruin us|tear us apart)\b",
    # found by a batch of rarely heard voices (en_tuning_r), written before these were added
    rf"\b{_SUBJECT} {_BETWEEN}(?:put|puts|installed|installs|installing|added|loaded|hid|hides)"
    r" (?:an |a |some |this |the |tracking |spy |tracker |a tracking |a spy |a tracker )?(?:app"
    r"|apps|tracker|tracking app|spyware|spy app|software|program|gps|airtag) (?:on|in|onto)"
    r" my (?:phone|laptop|car|computer|ipad|tablet|bag)\b(?! (?:for|to help|so i can|so we can"
    r"|to learn|to play|that helps|with|to track my (?:steps|runs|sleep|period|budget|spending"
    r"|water))\b)",
    r"\b(?:has|have|needs|need|got) to be (?:perfect|spotless|just right|exactly right|done"
    r" (?:right|perfectly)) or (?:else$|else (?:he|she|they)\b|(?:he|she|they)(?:ll| will)"
    r" (?:go|lose|kick|explode|flip|hit|punish))",
    r"\b(?:security|cctv|home|house|hidden|indoor|nanny) cam(?:era|eras|s)? (?:\w{1,20} ){0,2}"
    r"(?:point|pointed|points|pointing|aimed|aim|facing|face|watch|watching|follow|following)"
    r" (?:at |on )?me\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:keeps|kept|keep|hides|hid|takes|took|holds|has|confiscated"
    r"|confiscates) (?:the|my|our) (?:car )?keys\b(?: \w{1,20}){0,4} (?:so )?(?:i )?(?:cant"
    r"|can not|cannot|am not allowed to|not allowed to|never|so i cant) (?:drive|go|leave|get"
    r" out)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:says|said|thinks|tells me|told me|insists|keeps saying)"
    r"(?: that)? (?:real |true |proper )?(?:love|a good (?:wife|girlfriend|husband|partner)"
    r"|being a good (?:wife|girlfriend|husband|partner)) (?:means|would mean|is) (?:quitting"
    r"|giving up|leaving|dropping|not seeing|cutting off|staying home|never)\b",
    r"\b(?:he|she|they|him|her|them) (?:\w{1,20} ){0,2}interrogat(?:e|es|ed|ing) me\b"
    r"(?! (?:about|on) (?:the |my |our )?(?:plot|game|quiz|trivia|homework|recipe|film|movie"
    r"|book|show)\b)",
    r"\bcant (?:even )?(?:like|comment on|post|follow|message|text|talk to|speak to|look at)"
    r" (?:\w{1,20} ){0,3}without (?:him|her|them) (?:\w{1,20} ){0,2}(?:interrogating|accusing"
    r"|flipping out|freaking out|kicking off|going mad|going crazy|losing it|screaming|shouting"
    r"|yelling|raging|exploding|checking)\b",
    rf"\b{_SUBJECT} (?:say|says|said|insists|tells me|told me)(?: that)? i (?:must|have to|got"
    r" to|need to|am to) (?:come|go|be) (?:home|back) (?:straight|right|directly|immediately)"
    r" after (?:work|school|class|uni|my shift)\b(?! (?:because|cos|since|for|today|tonight"
    r"|tomorrow)\b)",
    rf"\b{_SUBJECT} {_BETWEEN}(?:checks|checked|check|goes through|went through|searches"
    r"|searched|digs through|dug through|looks through) (?:the |my |our )?(?:bins?|rubbish|trash"
    r"|garbage|bag|handbag|purse|wallet|pockets)(?: \w{1,20}){0,2} (?:for|to find) (?:my"
    r" )?(?:receipts|reciepts|proof|evidence|messages|notes)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:counts|counted|checks|checked|goes through|went through|audits"
    r"|inspects) (?:the (?:money|cash|change|coins|receipts) in my (?:purse|wallet|bag|handbag)"
    r"|my (?:purse|wallet|handbag|receipts|cash))\b",
    r"\b(?:plan|planning|planned|organi[sz]e|arrange|schedule|live|structure)\b(?: \w{1,20}){0,3}"
    r" (?:round|around) (?:his|her|their) (?:moods?|temper|mood swings|outbursts|anger|rages)\b",
    rf"\b{_SUBJECT} (?:\w{{1,20}} ){{0,2}}(?:calls|rings|texts|messages|phones|called|rang"
    r"|texted) me (?:\d{1,3}|twenty|thirty|forty|fifty|a hundred|dozens of|hundreds of|like"
    r" \d{1,3}) times\b(?: \w{1,20}){0,2} (?:if|when|whenever|until|till|til) i (?:dont|do not"
    r"|didnt|cant|miss|am out|m out|go out)\b",
    r"\b(?:says|said|tells me|told me|claims|insists|screams) (?:that )?i (?:made|make|forced"
    r"|force) (?:her|him|them) (?:do it$|do it (?:and|so|because)|do that to me|hit me|hurt"
    r" me|act like that|lose it)\b",
    r"\b(?:cant|can not|cannot) (?:text|talk|type|chat|write|message|speak) (?:for )?(?:long"
    r"|much|more|now|right now)\b(?: \w{1,20}){0,2} (?:hell|shell|theyll|he will|she will|he"
    r" might|she might|in case he|in case she|before he|before she|if he|if she) (?:see|sees"
    r"|check|checks|find out|finds out|notice|notices|catch|catches|read|reads)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:made|makes|forced|forces|got) me (?:to )?(?:drop|dump|unfriend"
    r"|ditch|give up) (?:my |all my |both my )?(?:best friend|best mate|friends|mates|bestie"
    r"|family|sister|brother|mum|mom|parents)\b",
    rf"\b{_SUBJECT} {_BETWEEN}(?:times|timed|timing|clocks|clocked) (?:my (?:trips?|walks?"
    r"|errands?|drive|journey|visits?|shopping|school run)|how long i (?:\w{1,20} ){0,3}(?:at|in"
    r"|to) the (?:shop|shops|store|supermarket|toilet|bathroom|gym))\b",
    r"\b(?:cant|cannot|can not|not allowed to|never) (?:even )?(?:ring|call|phone|text|talk to"
    r"|speak to|see|visit|message) (?:\w{1,20} ){0,3}without (?:him|her|them) (?:listening"
    r"|eavesdropping|being (?:there|present|in the room)|hearing|reading|sitting (?:there|next"
    r" to me|beside me)|on the (?:other )?line)\b",
    r"\b(?:have to|got to|gotta|must|need to|has me|makes me|forced to|expected to) (?:send"
    rf"|show) (?:her|him|them|my {_RELATION}) (?:a )?(?:photo|photos|picture|pictures|pic|pics"
    r"|selfie|selfies|video|my location|proof|live location)\b(?: \w{1,20}){0,2} (?:every"
    r"|each) (?:\d{1,2} |few |couple of |half )?(?:hour|hours|minutes|mins|half hour)\b",
]

CONTROLLED_MENTIONS = [
    r"\b(?:emotional\w{0,2}|verbal\w{0,2}|financial\w{0,2}|psychological\w{0,2}|mental\w{0,2})"
    r" abus\w{0,4}\b",
    r"\bcoercive(?:ly)? control\w{0,4}\b",
    r"\babuse if (?:he|she|they) (?:never|doesnt|dont|does not|do not)\b",
]

ASIDES = [
    # talking about a film, a book, the news, or work that helps
    r"\b(?:film|movie|show|series|documentary|doc|book|novel|article|podcast|episode|play|song"
    r"|news|story|report|lecture|course|class|training|research|essay|thesis|paper|thriller"
    r"|drama|study|campaign|talk|workshop|seminar|video|tv|poem|anime|manga|game) (?:\w{1,20} )"
    r"{0,5}(?:about|on|called|named|where|in which|has|had|with|features|featured|interviewed"
    r"|interviews|starring|stars|follows|showed|shows|depicts|covers|covered)\b",
    r"\b(?:prevention|awareness|hotlines?|helplines?|lifelines?|crisis lines?|shelters?|charity"
    r"|charities|refuges?|squad"
    r"|bomber|bombing|rates|statistics|laws|legislation|survivors? group|volunteer\w{0,3}"
    r"|counsell?or|fundraiser|fundraising|walk for)\b",
    r"\b(?:nurse|ward|hospital|doctor|therapist|psychiatrist|psychologist|clinic|social"
    r" worker|researcher|teacher|lawyer|police officer) (?:\w{1,20} ){0,3}(?:on|at|in|about"
    r"|works|work)\b",
    r"\bsuicide watch\b",
    r"\b(?:committed|died by|died of|death by|lost (?:\w{1,20} ){1,3}to) suicide\b",
    r"\b(?:told me|talked|talking|talks|telling me|opened up|open up|spoke|speaking|reading"
    r"|read|learned|learning|heard) about (?:his|her|their|the|a|how) \b",
    r"\b(?:reading|read|learning|learned|studying|studied|researching|researched) (?:up )?"
    r"(?:about|on)\b",
    r"\b(?:his|her|their) (?:abusive|violent) (?:father|dad|mother|mum|mom|parents|stepdad"
    r"|stepfather|childhood|ex|upbringing|family|home)\b",
    r"\b(?:memoir|biography|blog|post|thread|tweet|webinar|exhibition|charity run|fundraiser"
    r"|survivor story|survivors story)\b",
    r"\b(?:my|his|her|their|a|our) (?:\w{1,20} )?(?:friend|sister|brother|mum|mom|dad|cousin"
    r"|colleague|son|daughter|client|patient|student|aunt|uncle|niece|nephew|coworker|neighbour"
    r"|neighbor|grandma|grandpa)s? (?:\w{1,20} ){0,2}(?:told me|said|used to|was|is|has been"
    r"|struggled|struggles|went through)\b",
    r"\b(?:in (?:his|her|their|my) (?:teens|twenties|youth|past|childhood)|when (?:i|he|she|they)"
    r" (?:was|were) (?:young|younger|a teenager|a teen|a kid|a child|in school|at school))\b",
    r"\b(?:grew up with|growing up with|raised by|childhood with) (?:an? |my )?(?:abusive"
    r"|violent|alcoholic)\b",
    r"\b(?:a|the) character (?:who|that)\b",
]

# A danger or control that is over.
BEHIND_ME = [
    r"\b(?:im|i am|i feel|were|we are|i m|both) (?:\w{1,20} )?safe now\b",
    r"\b(?:that|it|this|all that|all of that) was (?:\w{1,20} )?(?:years|ages|decades"
    r"|a long time|long) ago\b",
    r"\b(?:i got out|i left (?:him|her|them)|we split|we divorced|i escaped) (?:\w{1,20} ){0,2}"
    r"(?:years|months|ago|and im (?:safe|happy|okay|ok|fine))\b",
    r"\bmy (?:partner|husband|wife|boyfriend|girlfriend) now is\b",
    r"\b(?:before|previous|last|old) relationship\b.{0,60}\b(?:now|different|safe|happy)\b",
    r"\b(?:thats|that is|its|it is|all that is|all thats|all of that is) (?:all )?(?:behind"
    r" (?:me|us)|in the past|over now)\b",
    r"\b(?:left|escaped|got out of|ended|survived|leaving) (?:an?|that|my|the) (?:\w{1,20} )?"
    r"(?:abusive|violent|controlling|toxic) (?:relationship|marriage|ex|partner|home|husband"
    r"|wife|boyfriend|girlfriend)\b",
    r"\b(?:first|previous|last|old|former|past) (?:marriage|relationship|partner|husband|wife"
    r"|boyfriend|girlfriend) (?:was|used to)\b",
    r"\bwhen i was (?:a kid|a child|young|little|a teenager|a teen|younger|growing up)\b"
    r".{0,60}\b(?:made peace|forgiven|forgave|changed|close now|fine now|behind (?:me|us)"
    r"|in the past)\b",
    r"\b(?:glad|relieved|happy|grateful) (?:thats|that is|its|it is|all that is) (?:all )?over\b",
    r"\b(?:glad|relieved|happy|grateful) (?:i|we) (?:left|got out|escaped|split up)\b",
]

# Thoughts of dying or of hurting someone that are long over, and said to be.
RECOVERED = [
    r"\b(?:used to|as a teen|as a teenager|in my teens|in my twenties|years ago|when i was"
    r" (?:younger|a teen|a teenager|at school|in school|a kid)|in the past)\b.{0,60}\b(?:doing"
    r" (?:well|better|great|ok|okay|fine)(?: now)?|(?:therapy|counselling|counseling|treatment"
    r"|medication|meds) (?:really )?helped|recovered|(?:im|i am|i feel) (?:ok|okay|fine|better"
    r"|good|safe|well|happy) now)\b(?!.{0,40}\b(?:but|again|back|lately|recently|tonight"
    r"|these days)\b)",
]

# Someone else telling me I will die is a threat, not my own wish.
THREATENED_WITH_DEATH = [
    r"\b(?:texting|texts|texted|saying|says|said|tells me|told me|messaging|messages|threatens"
    r"|threatened|warned me|warns me) (?:me )?(?:that )?(?:im|i am|i will|ill|i m)"
    r" (?:going to |gonna )?"
    r"(?:die|be dead|end up dead)\b",
]

# A social blunder that "makes me want to die": embarrassment, not a wish to die.
EMBARRASSED = [
    r"\b(?:called|call|calling|accidentally called) (?:my|the|our|a) (?:\w{1,20} )?(?:teacher"
    r"|boss|manager|lecturer|professor|prof|coach|tutor|doctor|teachers|bosses) (?:mum|mom|mummy"
    r"|mommy|mam|mama|dad|daddy|babe|love|darling)\b",
    r"\b(?:waved (?:back )?at (?:someone|somebody|a \w{1,20}) who (?:wasnt|was not) waving"
    r"|replied all|sent (?:it|that|this|a \w{1,20}) to the wrong (?:person|chat|group|group chat"
    r"|number)|(?:tripped|fell) (?:up |over )?(?:in front of|on stage|during)|(?:my )?(?:mum|mom"
    r"|dad) (?:liked|commented on|saw|found) my (?:post|tiktok|tweet|selfie|story|insta))\b",
]

# A grudge over something trivial that sounds like a threat: "gonna strangle him, he ate my
# leftovers".
TRIVIAL_GRUDGE = [
    r"\b(?:ate|eaten|eating|eats|drank|drinks|finished|finishes|stole|steals|nicked|used|uses"
    r"|spoiled|spoilt|spoils|borrowed|borrows|took|takes) (?:\w{1,20} ){0,2}(?:leftovers|chips"
    r"|crisps|snacks?|last (?:slice|biscuit|cookie|piece|one|bit)|pizza|chocolate|cake|charger"
    r"|hoodie|fries|yoghurt|yogurt|ice cream|sandwich|lunch|noodles|sweets|shampoo|makeup"
    r"|straighteners|the ending|the finale)\b",
]

# Play that sounds like harm.
PLAYFUL = [
    r"\b(?:play fight|play fighting|pillow fight|tickle fight|play wrestling|wrestled|wrestling"
    r"|rough ?housing|snowball fight|water fight)\b",
    r"\b(?:we both laughed|we laughed|we were laughing|we were both laughing|i won though"
    r"|tickles|tickling|tickled)\b",
]

# Common misspellings and shorthands, read as the word the patterns use.
SPELLINGS = {
    "wnat": "want",
    "wnt": "want",
    "whant": "want",
    "watn": "want",
    "dei": "die",
    "dieing": "dying",
    "dyin": "dying",
    "too die": "to die",
    "too kill": "to kill",
    "lfe": "life",
    "lyfe": "life",
    "lief": "life",
    "kil": "kill",
    "killin": "killing",
    "kilin": "killing",
    "kiling": "killing",
    "thinkin": "thinking",
    "bout": "about",
    "abt": "about",
    "myslef": "myself",
    "mysefl": "myself",
    "mysef": "myself",
    "myslf": "myself",
    "mself": "myself",
    "sucide": "suicide",
    "suicde": "suicide",
    "suacide": "suicide",
    "suiside": "suicide",
    "suiscide": "suicide",
    "sucidal": "suicidal",
    "suicidial": "suicidal",
    "suacidal": "suicidal",
    "suisidal": "suicidal",
    "suicdal": "suicidal",
    "sewerslide": "suicide",
    "sewer slide": "suicide",
    "s h": "self harm",
    "hurtin": "hurting",
    "cuttin": "cutting",
    "abussive": "abusive",
    "abusivee": "abusive",
    "abusve": "abusive",
    "controling": "controlling",
    "strangeled": "strangled",
    "strangld": "strangled",
    "choaked": "choked",
    "chocked": "choked",
    "slaped": "slapped",
    "punchd": "punched",
    "tryed": "tried",
    "threatend": "threatened",
    "thretened": "threatened",
    "threatned": "threatened",
    "theatened": "threatened",
    "beated": "beat",
    "nite": "night",
    "tonite": "tonight",
    "pils": "pills",
    "overdoze": "overdose",
    "u": "you",
    "ur": "your",
    "rn": "right now",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "gf": "girlfriend",
    "bf": "boyfriend",
    "hubs": "husband",
    "husbnd": "husband",
    "husbnad": "husband",
    "hubby": "husband",
    "boyfrend": "boyfriend",
    "girlfrend": "girlfriend",
    "hitts": "hits",
    "endin": "ending",
    "od": "overdose",
    "c": "see",
}

# -- short and clipped (2026-12-04): families written on en_tuning_o and _s, where messages of
# under nine words rest on the tables alone (the model does not flag those by itself; see
# `ALONE_WORDS` in bot/engine/safety.py). Each is a family of phrasings, checked against the
# everyday texts that share its words ("wish I didn't have to wake up so early", "he keeps
# following me around like a puppy", "how much Calpol is too much for a toddler").

SELF_HARM_SHORT = [
    r"\b(?:wish|hope) (?:i )?(?:just |would |could )?(?:didnt wake|wouldnt wake|never wake|never"
    r" woke)(?: up)?\b(?! (?:up|so |this |that )?(?:up|early|late|at|for|before|with|to|on|in)\b)",
    r"\b(?:wrote|written|writing|left) (?:\w{1,20} ){0,2}(?:a |the )?(?:letter|letters|note"
    r"|notes)\b"
    r"(?: \w{1,20}){0,2} (?:just in case|for after im gone|for when im gone)\b",
    r"\bhow (?:many|much) (?:\w{1,20} ){0,2}(?:paracetamol|tylenol|ibuprofen|pills|tablets|sleeping"
    r" pills|insulin|co codamol|codeine|aspirin|painkillers)\b(?: \w{1,20}){0,2} (?:is |are"
    r" |would be )?(?:too many|too much|lethal|deadly|fatal|to die|an overdose|to od)\b"
    r"(?!(?: \w{1,20}){0,4} (?:for (?:a |my |the |an? )?(?:kid|child|dog|cat|toddler|baby|adult)"
    r"|in a day|per day|a day|in 24)\b)",
    r"\btell (?:her|him|them|my \w{1,20}|mum|mom|dad) i loved (?:her|him|them|you)\b",
    r"\bhope (?:the|my) (?:plane|flight|train|bus|car) crashes\b" + _NOT_JOKING,
    r"\b(?:scratch|scratching|scratched|pick|picking|picked|pinch|pinching|bite|biting)"
    r" (?:(?!eczema|rash|skin|spots|scabs?|bites?|mozzie)\w{1,20} ){0,2}(?:till|until|til)"
    r" (?:it |i |they )?(?:bleeds|bled|bleed)\b"
    r"(?!(?: \w{1,20}){0,4} (?:eczema|rash|itch|bites|psoriasis|hives))",
    r"\b(?:easier|better) (?:for everyone |for them |for him |for her )?if i (?:just )?(?:disappear"
    r"|disappeared|wasnt here|wasnt around|was gone|vanished)\b",
    r"\b(?:aint|wont|not) (?:gonna |going to )?be (?:around|here) (?:much |for )?(?:longer|long)"
    r"$",
    r"\bnot for shaving\b",
    r"\blife (?:aint|isnt|is not|wont be|wouldnt be) worth (?:it|living)\b"
    r"(?! without (?:coffee|chocolate|wine|pizza|cheese|wifi|music|netflix|tea|cake|gin)\b)"
    + _NOT_JOKING,
    r"\b(?:dont|wont need to|no need to) worry about me (?:after|anymore after|past) (?:tonight"
    r"|today|tomorrow)\b",
    r"\b(?:got|have|saved|collected|stockpiled) enough (?:pills|tablets|meds|paracetamol|sleeping"
    r" pills)\b(?! (?:for|to last|till|until)\b)",
    r"\b(?:least painful|most painless|painless|quickest|easiest) way(?: (?:to (?:go|die|do it"
    r"|end it)|out))?$",
    r"\bwant to not (?:exist|be here|be alive|wake up|be around)\b",
    # ("msg" reads as "mensagem": the Portuguese table's spellings apply to every text)
    r"\b(?:this is|this will be|thats|prob) my last (?:msg|mensagem|message|text|check ?in)\b"
    r"(?! (?:tonight|today|before|for|till|until|of the day|this week|im|i)\b)",
    r"\blast (?:check ?in|message|msg|mensagem|text) (?:youll|you will) (?:ever )?(?:get|have)"
    r" from me\b",
    r"\b(?<!we )(?<!were )(?<!weve )(?:im |i am )?done fighting\b(?! (?:with|about|over|for)\b)",
    r"\b(?:dont|do not) (?:even )?(?:try (?:to )?)?talk me out(?: of (?:it|this))?$",
    r"\bvoices (?:\w{1,20} ){0,2}(?:say|said|tell me|telling me|told me)\b(?: \w{1,20}){0,4}"
    r" (?:go|die|end it|kill|hurt|jump)\b",
    r"\bgoogl\w{1,4} (?:how to (?:do it|die|end it|kill myself|overdose|od)|ways to (?:die|go"
    r"|end it))\b",
    r"\bwish (?:it|the \w{1,20}|cancer|covid) (?:had )?(?:taken|took|got|killed) me\b",
    r"\bwhen im gone\b(?: \w{1,20}){0,2} delete my (?:number|account|messages|photos|pics)\b",
    r"\brelapsed\b(?: \w{1,20}){0,3} (?:arms?|legs?|wrists?|thighs?|cuts?|cutting|blade|razor)\b",
    r"\b(?:scared|afraid|worried|terrified) (?:ill|i will|i might|im gonna) (?:actually |really )?"
    r"do it (?:tonight|today|this time)\b",
    r"\bdone (?:wi|with) (?:life|living|this life|it all)\b(?! admin)",
    r"\btake (?:all of (?:em|them|it)|the lot|the whole (?:box|bottle|pack|packet))\b"
    r"(?: \w{1,20}){0,2} (?:and (?:sleep|go|be done|never wake)|tonight|at once)\b",
    r"\bwho gets my (?:things|stuff|cat|dog|car)\b",
    r"\b(?:cant stop|keep|been) thinking about (?:jumping|dying|ending it|killing myself|the bridge"
    r"|the pills|the tracks)\b",
    r"\bwhats (?:even )?the point (?:of (?:living|life|going on|being here|any of it))\b",
    r"\bnotes? (?:written|done|wrote)\b(?: \w{1,20}){0,3} (?:do it|go|end it)\b",
    r"\bdecided (?:\w{1,20} )?is my last day\b(?! (?:at|of|in|on|before|here|with|working)\b)",
    r"\b(?:dying|death|being dead) is (?:all|the only thing) i (?:look forward to|want|think"
    r" about)\b",
    r"\bwanted to say (?:bye|goodbye) to someone\b",
]

IN_DANGER_SHORT = [
    r"\b(?:help|pls|please|scared|im scared)\b(?: \w{1,20})? (?:hes|shes|he is|she is|my ex is)"
    r" (?:outside|at) (?:my|the) (?:door|window|house|flat)\b",
    r"\b(?:sits|sat|parks|parked|waits|waited|stands|stood) outside (?:the|my|our) (?:house|flat"
    r"|door|window|work)\b(?: \w{1,20}){0,3} (?:all night|every night|watching|for hours)\b",
    r"\b(?:hes got|shes got|he has|she has|he got|she got|he grabbed|she grabbed|hes grabbed"
    r"|shes grabbed) (?:a|the|his|her) (?:knife|gun|blade"
    r"|machete|hammer)\b(?! (?:for|to cut|to slice|in the kitchen|collection|sharpener|block|set"
    r"|skills|license|licence)\b)" + _NOT_JOKING,
    r"\b(?:my ex|he|she|someone|a guy|this guy|they|hes|shes) (?:keeps|kept|has been|been|is)"
    r" following me\b(?! (?:around like|like a|on insta|on instagram|on twitter|on tiktok|back)\b)"
    + _NOT_JOKING,
    r"\blocked me in (?:the|a|my|our) (?:\w{1,20} )?(?:bedroom|room|bathroom|shed|house|flat"
    r"|cupboard|car|basement|garage)\b(?!(?: \w{1,20}){0,3} (?:by accident|accidentally|by"
    r" mistake)\b)" + _NOT_JOKING,
    r"\b(?:im|i am|im being|been) locked in (?:the|a|my) (?:shed|room|bedroom|bathroom|basement"
    r"|garage|cupboard)\b(?!(?: \w{1,20}){0,4} (?:handle|lock broke|door broke|stuck|by"
    r" accident)\b)" + _NOT_JOKING,
    r"\btold (?:work|everyone|my mum|my mom|them|the doctor|people|my boss|school) i (?:fell"
    r"|tripped|walked into|slipped|banged)\b",
    r"\bhow (?:do|can|to|would) (?:u |you |i )?(?:hide|cover|cover up|conceal) (?:a |my |the )?"
    r"(?:black eye|bruises on my (?:neck|face|arms)|finger marks)\b",
    r"\b(?:hell|he will|shell|she will|hes gonna|shes gonna|threatens to|threatened to|says hell"
    r"|said hed) (?:\w{1,20} )?(?:call|report me to|ring) (?:immigration|the home office|ice)\b",
    r"\b(?:pls|help|please|scared|im scared|terrified)\b(?: \w{1,20})? (?:hes|shes) (?:coming"
    r"|on (?:his|her) way) (?:back|home|over)\b",
    r"\bnext time (?:he|she|hell|shell|he will|she will) (?:wont|will not) stop\b",
    r"\b(?:hurts|hits|beats|chokes|kicks) me (?:when|whenever|if|every time) (?:hes|shes|he is"
    r"|she is|he gets|she gets) (?:high|drunk|wasted|using|off his face|off her face)\b",
    r"\b(?:saw|watched|seen|see) (?:him|her|them|my \w{1,20}) (?:beat|hit|punch|choke|kick"
    r"|strangle|slap|hurt) (?:me|mum|mom|mummy)\b(?! (?:at|in)\b)",
    r"\b(?:keeps|kept|has been|been|started) (?:showing|turning) up (?:at|outside) (?:my |the )?"
    r"(?:uni|work|school|house|flat|door|gym|job|place)\b(?!(?: \w{1,20}){0,3} with\b)",
    r"\bso (?:he|she|they) (?:cant|wont|can not) (?:hit|hurt|touch|grab) me\b",
    r"\b(?:only|just) (?:choked|hit|slapped|punched|strangled|kicked) me (?:once|twice|a few"
    r" times)\b",
    r"\bgets me (?:drunk|wasted|high) so (?:i|that i) (?:wont|cant|dont) (?:fight|say no|resist)\b",
    r"\bkill (?:us|me|him|her) if (?:we|they|i) (?:marry|get married|elope|run away|come out)\b",
    r"\bi (?:flinch|cower|freeze) (?:when|whenever|every time) (?:he|she|hes|shes|he is|she is)"
    r" (?:near|close|around|comes near|touches me|walks in)\b",
    r"\b(?:did|does|doing|do) (?:stuff|things) to me (?:while|when) i (?:slept|was asleep|was"
    r" sleeping|was passed out|was drunk|was out of it)\b",
    r"\b(?:he|she) pulled a (?:knife|gun|blade) on me\b",
]

CONTROLLED_SHORT = [
    r"\b(?:he|she|they) (?:takes|took|keeps|kept) (?:my )?(?:whole |entire |all my )?(?:paycheck"
    r"|paycheque|wages|salary|benefits|pension)\b" + _NOT_JOKING,
    r"\b(?:picks|chooses|decides|approves) (?:my clothes|what i wear|my outfits?) (?:every"
    r" (?:morning|day|time))\b(?!(?: \w{1,20}){0,2} (?:cos|because|coz|since|as)\b)",
    r"\bhas to approve (?:every|each|all) (?:\w{1,20} )?(?:outfit|outfits|thing i wear|purchase"
    r"|text|post)\b",
    r"\b(?:have to|got to|gotta|must) (?:ask|beg) (?:him|her|them) for (?:money|cash) (?:for|to"
    r" buy) (?:tampons|pads|food|groceries|toiletries|shampoo|bus fare|my meds|medicine)\b",
    r"\bask for money for (?:tampons|pads|toiletries)\b",
    r"\b(?:he|she|they|hes|shes) (?:\w{1,20} )?(?:deleted|removed|blocked|unfollowed) (?:all )?"
    r"(?:the |my )?(?:guys|boys|men|girls|lads|male friends|female friends|mates) (?:off|from|on)"
    r" my (?:insta|instagram|phone|snap|facebook|fb|contacts|socials|snapchat)\b",
    r"\b(?:screams|shouts|yells|goes mental|loses it|kicks off|freaks out|rages) (?:at me )?if"
    r" (?:im|i am|i get home|i come home) (?:\d{1,2}|five|ten|a few|two) (?:mins?|minutes?) late\b",
    r"\b(?:screenshots|reads|checks|goes through) my (?:chats|texts|messages|dms|whatsapps?)\b"
    r"(?: \w{1,20}){0,2} (?:and |n |then )?(?:questions|interrogates|grills|quizzes) me\b",
    r"\bas long as i (?:obey|do what (?:he|she) says|do as im told|keep quiet|dont argue)\b",
    r"\b(?:wont|doesnt|does not|wouldnt|will not) (?:let|allow) me (?:to )?(?:learn to drive|get a"
    r" job|have (?:a |my own )?(?:phone|bank account|card))\b",
    r"\bpasswords?\b(?: \w{1,20}){0,4} (?:he|she) (?:insists|demands|makes me)\b",
    r"\b(?:he|she) (?:insists on|demands) (?:\w{1,20} )?passwords?\b",
    r"\b(?:he|she) (?:changed|changes|reset) my (?:email |phone |bank |insta |facebook )?passwords?"
    r"\b",
    r"\bmakes me (?:sleep|eat|sit|stay|kneel) (?:on the floor|in the car|outside|in the garage"
    r"|in the shed)\b" + _NOT_JOKING,
    r"\b(?:selfie|selfies|photo|photos|pic|pics|video|proof)\b(?: \w{1,20}){0,3} so (?:he|she"
    r"|they) (?:knows?|can see|can check) (?:where|who) i\b(?! am (?:on|when|during|at)\b)",
    r"\bwhatever (?:he|she) (?:approves|allows|permits)\b",
]

MIGHT_HURT_SHORT = [
    r"\b(?:lost control|lost it|snapped) (?:and |n |then )?(?:shook|hit|slapped|pushed|grabbed"
    r"|choked|punched) (?:him|her|them|the baby|my \w{1,20})\b",
    r"\b(?:thinking|thought|think) (?:about|bout|of) (?:hurting|killing|stabbing|smothering"
    r"|strangling|poisoning|attacking) (?:him|her|them|my \w{1,20})\b",
    r"\b(?:gonnae|gonna|going to|ima|im gonna) (?:batter|deck|stab|glass) (?:him|her|them)\b"
    r"(?: \w{1,20}){0,2} (?:swear|fr|for real|serious)\b",
    r"\bdont know what im capable of (?:anymore|any more|now|when)\b",
    r"\b(?:regret it|sort (?:him|her) out|teach (?:him|her) a lesson)\b(?: \w{1,20}){0,2}"
    r" bring(?:ing)? the (?:boys|lads)\b",
    r"\b(?:scared|afraid|worried|terrified) (?:ill|i will|i might|im gonna) go too far\b",
    r"\b(?:fantasi[sz]e|fantasi[sz]ing|fantasi[sz]ed|daydream\w{0,3}) about (?:running (?:him|her"
    r"|them) over|killing|hurting|poisoning|stabbing|strangling|pushing (?:him|her))\b",
    r"\b(?:i )?pulled a (?:knife|gun|blade)\b(?: \w{1,20}){0,2} (?:in|during) (?:our|the|a)"
    r" (?:fight|argument|row)\b",
    r"\b(?<!dog )(?<!cat )(?:bit|hit|punched|scratched|slapped|kicked) (?:him|her|them) so hard"
    r" (?:it|he|she|they) (?:bled|cried|fell|bruised|passed out)\b",
    r"\b(?:(?:crash|crashing|crashed) (?:the car|it|into a wall|off the road)|(?:drive|driving)"
    r" (?:into a wall|off the road|off a bridge|into the river))\b"
    r"(?: \w{1,20}){0,2} with (?:her|him|them|the kids|my \w{1,20}) (?:inside|in it|in the car)\b",
    r"\b(?:going to|gonna|will|ill|gonnae) put (?:him|her|them) in (?:the )?hospital\b"
    + _NOT_JOKING,
    r"\bthrew (?:a|the|my) (?:plate|glass|bottle|mug|cup|knife|chair|vase) at (?:her|his|their)"
    r" (?:head|face)\b",
]

LANGUAGE = Language(
    code="en",
    statements={
        Concern.SELF_HARM: [*SELF_HARM_STATEMENTS, *SELF_HARM_SHORT],
        Concern.IN_DANGER: [*IN_DANGER_STATEMENTS, *IN_DANGER_SHORT],
        Concern.MIGHT_HURT: [*MIGHT_HURT_STATEMENTS, *MIGHT_HURT_SHORT],
        Concern.CONTROLLED: [*CONTROLLED_STATEMENTS, *CONTROLLED_SHORT],
    },
    mentions={
        Concern.SELF_HARM: SELF_HARM_MENTIONS,
        Concern.IN_DANGER: IN_DANGER_MENTIONS,
        Concern.CONTROLLED: CONTROLLED_MENTIONS,
    },
    asides=ASIDES,
    set_aside={
        Concern.SELF_HARM: [*RECOVERED, *THREATENED_WITH_DEATH, *EMBARRASSED],
        Concern.IN_DANGER: [*BEHIND_ME, *PLAYFUL],
        Concern.MIGHT_HURT: [*RECOVERED, *PLAYFUL, *TRIVIAL_GRUDGE],
        Concern.CONTROLLED: BEHIND_ME,
    },
    spellings=SPELLINGS,
)
