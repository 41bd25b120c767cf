"""The bot that fetches updates, made tolerant of one update python-telegram-bot cannot read.

PTB parses a whole getUpdates batch at once; one update it cannot parse (a field missing, or a
Bot API server newer or older than PTB expects) fails the batch, and polling then fetches the
same batch forever: the bot stops answering everyone. (PTB also logs the batch it could not
read, words and all.) `TolerantBot.get_updates` parses each update once, on its own: one it
cannot read becomes a bare `Update(update_id)`, so the offset moves past it and the rest of the
batch is handled.

This used to be a request class that built every update once just to see that it could, before
PTB built it again: twice the parsing of every polled update. Here each is built once.
"""

from __future__ import annotations

import datetime as dtm
import logging
from collections.abc import Sequence
from typing import Any

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE, DefaultValue
from telegram._utils.types import JSONDict, ODVInput, TimePeriod
from telegram.ext import ExtBot

log = logging.getLogger(__name__)


def read_update(data: Any, bot: ExtBot[Any]) -> Update | None:
    """The update PTB makes of `data`; an unreadable one keeps only its id (`None` without one).

    Never logs the update itself: it carries what a person wrote."""
    try:
        return Update.de_json(data, bot)
    except Exception:
        update_id = data.get("update_id") if isinstance(data, dict) else None
        log.warning("skipping a Telegram update that could not be read (id %s)", update_id)
        if not isinstance(update_id, int):
            return None
        bare = Update(update_id)
        bare.set_bot(bot)
        return bare


class TolerantBot(ExtBot[Any]):
    """PTB's `ExtBot`, with a getUpdates that survives an update it cannot read, and a call
    whose answer stays JSON (`call`) for the sends that need nothing of it but an id."""

    __slots__ = ()

    async def call(self, endpoint: str, data: JSONDict, *, rate_limit_args: int | None) -> Any:
        """One Bot API call through PTB's whole request path (its rate limiter with
        `rate_limit_args`, `None` values dropped, parameters serialised, Telegram's errors raised
        as PTB's `TelegramError`s), answered with the `result` as JSON.

        PTB's own `send_message` builds a frozen `Message` from every answer (about as much work
        as the rest of the send) that a sender reading one `message_id` does not need. Values in
        `data` are JSON or PTB objects (an `InputFile` is uploaded), as for `do_api_request`,
        which warns when it is used for a method PTB knows."""
        return await self._post(
            endpoint, data, api_kwargs=self._merge_api_rl_kwargs(None, rate_limit_args)
        )

    async def get_updates(
        self,
        offset: int | None = None,
        limit: int | None = None,
        timeout: TimePeriod | None = None,  # noqa: ASYNC109  (PTB's own signature)
        allowed_updates: Sequence[str] | None = None,
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
        api_kwargs: JSONDict | None = None,
    ) -> tuple[Update, ...]:
        # As PTB's `Bot.get_updates`: the long poll's wait is added to the read timeout.
        if isinstance(read_timeout, DefaultValue):
            wait = float(self._request[0].read_timeout or 0)
        else:
            wait = float(read_timeout or 0)
        if isinstance(timeout, dtm.timedelta):
            wait += timeout.total_seconds()
        elif timeout:
            wait += timeout
        data: JSONDict = {
            "timeout": timeout,
            "offset": offset,
            "limit": limit,
            "allowed_updates": allowed_updates,
        }
        result = await self._post(
            "getUpdates",
            data,
            read_timeout=wait,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
            api_kwargs=api_kwargs,
        )
        updates = []
        for item in result or ():
            update = read_update(item, self)
            if update is not None:
                self.insert_callback_data(update)
                updates.append(update)
        return tuple(updates)
