"""The platform-neutral conversation engine and the contract every adapter speaks."""

from bot.engine.engine import Engine, utc_now
from bot.engine.events import (
    Address,
    Attachment,
    Button,
    Chat,
    DeliveryResult,
    DeliveryStatus,
    Inbound,
    Outbound,
    Sender,
    outbound_from_payload,
    outbound_to_payload,
)
from bot.engine.settings import EngineSettings

__all__ = [
    "Address",
    "Attachment",
    "Button",
    "Chat",
    "DeliveryResult",
    "DeliveryStatus",
    "Engine",
    "EngineSettings",
    "Inbound",
    "Outbound",
    "Sender",
    "outbound_from_payload",
    "outbound_to_payload",
    "utc_now",
]
