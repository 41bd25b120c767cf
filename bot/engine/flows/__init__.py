"""Every flow the engine knows, in the order `/help` lists their commands."""

from __future__ import annotations

from bot.engine.flow import Flow


def default_flows() -> list[Flow]:
    from bot.engine.flows.pairing import PairingFlow
    from bot.engine.flows.preferences import PreferencesFlow
    from bot.engine.flows.privacy import PrivacyFlow
    from bot.engine.flows.space import SpaceFlow
    from bot.engine.flows.welcome import WelcomeFlow

    return [
        WelcomeFlow(),
        PairingFlow(),
        SpaceFlow(),
        PreferencesFlow(),
        PrivacyFlow(),
    ]
