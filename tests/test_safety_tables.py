"""The families of phrasings the tables learnt on 2026-12-04, on sentences of their own (not corpus
lines): each catches its family in the words people use, by itself — the models already knew
the corpus lines, so only these fail if a family is lost — and leaves the everyday look-alikes
that share its words. Also how the threshold sweeps pick their winner."""

from __future__ import annotations

import math

import pytest

from bot.engine.safety import THRESHOLDS, Concern, Thresholds, _read_form, _ruled
from bot.engine.safety_words._train import best_thresholds

SELF_HARM, IN_DANGER, MIGHT_HURT, CONTROLLED = (
    Concern.SELF_HARM,
    Concern.IN_DANGER,
    Concern.MIGHT_HURT,
    Concern.CONTROLLED,
)

CAUGHT = [
    # Arabic: Maghrebi first person, Iraqi threats, Arabizi, permission, deleting chats
    ("بغيت نموت وصافي", SELF_HARM),
    ("n7eb nmout w safi", SELF_HARM),
    ("لو مت محدش هيعرف", SELF_HARM),
    ("هاي آخر رسالة مني سامحوني", SELF_HARM),
    ("حطت السكينة على رقبتي", IN_DANGER),
    ("كال اذا طلعتي اخلص عليج", IN_DANGER),
    ("wa rajli kaydrebni kol nhar", IN_DANGER),
    ("بتجيني افكار اني اضربه", MIGHT_HURT),
    ("ما بطلع الا باذنه", CONTROLLED),
    ("بمسح الشات قبل ما يرجع", CONTROLLED),
    # German: a dose "for me", a letter for after, a slap, threats, intrusive pictures
    ("wie viele schlaftabletten wären tödlich, frag für mich", SELF_HARM),
    ("den brief soll sie erst öffnen wenn ich nicht mehr da bin", SELF_HARM),
    ("keiner weiß dass ich mich wieder ritze", SELF_HARM),
    ("gestern hat er mir eine geknallt", IN_DANGER),
    ("er droht die nacktbilder zu verschicken", IN_DANGER),
    ("ich hab bilder im kopf wie ich das baby fallen lasse", MIGHT_HURT),
    ("meine frau hat angst vor mir", MIGHT_HURT),
    ("muss fragen ob ich meine schwester besuchen darf", CONTROLLED),
    ("ich schreib dir nur wenn er schläft", CONTROLLED),
    # Russian: belongings given away, a child locked in, the door blamed, location kept on
    ("раздала все вещи, теперь спокойно", SELF_HARM),
    ("лучше бы меня вообще не было", SELF_HARM),
    ("муж запер меня в ванной", IN_DANGER),
    ("маме сказала что ударилась о косяк", IN_DANGER),
    ("боюсь могу навредить ребенку", MIGHT_HURT),
    ("геолокацию выключать нельзя, иначе скандал до утра", CONTROLLED),
    ("без его разрешения из дома не выхожу", CONTROLLED),
    # English, short and clipped
    ("wish i never woke up", SELF_HARM),
    ("how many sleeping pills would be lethal", SELF_HARM),
    ("this is my last msg", SELF_HARM),
    ("im scared hes outside my door", IN_DANGER),
    ("he only hit me twice this week", IN_DANGER),
    ("told my boss i walked into a door", IN_DANGER),
    ("i keep thinking about hurting her", MIGHT_HURT),
    ("she changed my password again", CONTROLLED),
    ("we're fine as long as i do as im told", CONTROLLED),
]

LEFT_ALONE = [
    "بغيت نموت بالضحك",
    "قررت النهارده آخر يوم في الدايت",
    "بفكر انط من الحمام على السرير",
    "ما نطلع الا باذن الله",
    "مسحت كل صحباتي القدام من الفيسبوك",
    "wie viel schokolade ist tödlich für hunde",
    "ich will das projekt selbst beenden bevor es zu spät ist",
    "er sagt er bringt die kinder um acht in die schule",
    "er hat beim paintball auf mich gezielt",
    "muss meinen chef fragen ob ich freitag frei haben darf",
    "ich trau mich nicht ihm zu sagen dass ich das kleid gekauft habe",
    "хочу прыгнуть с парашютом и всё",
    "как уйти с работы чтобы не больно было",
    "он швырнул телефон об стену",
    "она спит, я с ножом режу торт",
    "геолокацию отключать нельзя, навигатор не работает",
    "wish i didnt have to wake up so early",
    "how much calpol is too much for a toddler",
    "i keep scratching my eczema till it bleeds",
    "were done fighting, lets cuddle",
    "locked me in the bathroom by accident lol",
    "saw him beat me at chess again",
    "sent a selfie so she knows where i am on my run",
    "the dog bit him so hard it bled",
    "he got a gun license last year",
]


@pytest.mark.parametrize(("text", "concern"), CAUGHT)
def test_the_tables_alone_catch_the_families_of_the_day(text: str, concern: Concern) -> None:
    assert _ruled(_read_form(text)) == concern


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_the_tables_leave_the_look_alikes_of_those_families(text: str) -> None:
    assert _ruled(_read_form(text)) is None


def test_the_sweep_picks_the_best_recall_within_its_false_alarms_and_puts_the_thresholds_back() -> (
    None
):
    shipped = THRESHOLDS["en"]
    figures = {
        Thresholds(model_alone=0.8, familiar=0.6): (
            0.90,
            0.04,
        ),  # best recall, too many false alarms
        Thresholds(model_alone=0.85, familiar=0.6): (0.85, 0.02),
        Thresholds(model_alone=0.9, familiar=0.6): (
            0.85,
            0.02,
        ),  # as good, and surer: the cautious pick
        Thresholds(model_alone=0.95, familiar=0.6): (0.70, 0.01),
    }

    def score(limits: Thresholds) -> tuple[float, float]:
        THRESHOLDS["en"] = limits  # as the real scorers do
        return figures.get(limits, (0.80, 0.02))

    now, best_figures, best = best_thresholds("en", score, figures, 0.03)
    assert now == (0.80, 0.02)
    assert (best_figures, best.model_alone) == ((0.85, 0.02), 0.9)
    assert THRESHOLDS["en"] is shipped
    # without a budget, no more false alarms than the shipped thresholds give
    assert best_thresholds("en", score, figures)[2].model_alone == 0.9
    assert math.isinf(shipped.short_alone)
