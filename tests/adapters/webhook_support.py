"""What the webhook tests share: a free local port to listen on, and a real /start update."""

from __future__ import annotations

import socket
import time

ALEX = 111


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_update(update_id: int) -> dict[str, object]:
    user = {"id": ALEX, "is_bot": False, "first_name": "Alex"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": 5,
            "date": int(time.time()),
            "chat": {"id": ALEX, "type": "private", "first_name": "Alex"},
            "from": user,
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }
