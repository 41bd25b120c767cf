"""Every flow the engine knows, in the order `/help` lists their commands."""

from __future__ import annotations

from bot.engine.flow import Flow
from bot.engine.flows.answers import AnswerFlow
from bot.engine.flows.appreciate import AppreciateFlow
from bot.engine.flows.cancel import CancelFlow
from bot.engine.flows.care import CareFlow
from bot.engine.flows.checkin import CheckinFlow
from bot.engine.flows.dates import DateFlow
from bot.engine.flows.dream import DreamFlow
from bot.engine.flows.hug import HugFlow
from bot.engine.flows.idea import IdeaFlow
from bot.engine.flows.journal import JournalFlow
from bot.engine.flows.knowme import KnowMeFlow
from bot.engine.flows.language import LanguageFlow
from bot.engine.flows.listen import ListenFlow
from bot.engine.flows.nudges import NudgesFlow
from bot.engine.flows.ourcards import OurCardsFlow
from bot.engine.flows.pairing import PairingFlow
from bot.engine.flows.preferences import PreferencesFlow
from bot.engine.flows.privacy import PrivacyFlow
from bot.engine.flows.progress import ProgressFlow
from bot.engine.flows.repair import RepairFlow
from bot.engine.flows.rituals import RitualsFlow
from bot.engine.flows.space import SpaceFlow
from bot.engine.flows.stress import StressFlow
from bot.engine.flows.support import SupportFlow
from bot.engine.flows.talk import TalkFlow
from bot.engine.flows.together import TogetherFlow
from bot.engine.flows.welcome import WelcomeFlow


def default_flows() -> list[Flow]:
    return [
        WelcomeFlow(),
        PairingFlow(),
        SpaceFlow(),
        CheckinFlow(),
        TalkFlow(),
        ListenFlow(),
        AnswerFlow(),
        TogetherFlow(),
        DateFlow(),
        HugFlow(),
        DreamFlow(),
        KnowMeFlow(),
        RepairFlow(),
        RitualsFlow(),
        StressFlow(),
        OurCardsFlow(),
        AppreciateFlow(),
        JournalFlow(),
        IdeaFlow(),
        SupportFlow(),
        CareFlow(),
        ProgressFlow(),
        PreferencesFlow(),
        LanguageFlow(),
        NudgesFlow(),
        PrivacyFlow(),
        CancelFlow(),
    ]
