"""The request that fetches updates, made tolerant of one update python-telegram-bot cannot read.

PTB parses a whole getUpdates batch at once; one update it cannot parse (a field missing, or a
Bot API server newer or older than PTB expects) fails the batch, and polling then fetches the
same batch forever: the bot stops answering everyone. Such an update is replaced by a bare
`{"update_id": …}` here, so the offset moves past it and the rest of the batch is handled.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)


def _readable(update: Any) -> bool:
    try:
        Update.de_json(update, None)  # type: ignore[arg-type]
    except Exception:
        return False
    return True


class TolerantUpdatesRequest(HTTPXRequest):
    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        data: dict[str, Any] = HTTPXRequest.parse_json_payload(payload)
        result = data.get("result")
        if not isinstance(result, list):
            return data
        for position, update in enumerate(result):
            if isinstance(update, dict) and not _readable(update):
                update_id = update.get("update_id")
                # Never log the update itself: it carries what a person wrote.
                log.warning("skipping a Telegram update that could not be read (id %s)", update_id)
                result[position] = {"update_id": update_id} if isinstance(update_id, int) else {}
        data["result"] = [update for update in result if update]
        return data
