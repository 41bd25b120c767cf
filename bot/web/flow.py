"""`/us`: open the couple's page. On Telegram (private chat, page behind https) a button opens
it inside the chat as a Mini App, signed in by Telegram's launch data; everywhere else the
answer is a private one-time link (`/l/<token>`, ten minutes, once), whose token is stored
hashed only."""

from __future__ import annotations

from collections.abc import Callable

from bot.engine.events import Outbound, PageLink
from bot.engine.flow import Command, Flow
from bot.engine.turn import Turn
from bot.web.auth import MAX_AGE, hashed, new_token


class UsFlow(Flow):
    name = "us"

    def __init__(self, address: Callable[[], str], *, mini_app: bool) -> None:
        """`address()` is the page's public address now (the console's may change at start);
        `mini_app`: Telegram may open it in the chat (it is served behind https)."""
        self.address = address
        self.mini_app = mini_app

    def commands(self) -> list[Command]:
        return [Command("us", self.us, "help.us", parameters=())]

    def us(self, turn: Turn, argument: str) -> None:
        inbound = turn.inbound
        if (
            self.mini_app
            and inbound is not None
            and inbound.platform == "telegram"
            and not inbound.is_group
        ):
            turn.replies.append(
                Outbound(
                    inbound.reply_address,
                    turn.say("web.chat.open_here"),
                    page=PageLink(turn.say("web.chat.button"), f"{self.address()}/tg"),
                )
            )
            return
        token = new_token()
        turn.store.add_web_link(turn.person_id, hashed(token), turn.now, turn.now + MAX_AGE)
        minutes = int(MAX_AGE.total_seconds() // 60)
        turn.reply("web.chat.link", url=f"{self.address()}/l/{token}", minutes=minutes)
