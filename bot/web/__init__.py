"""The couple's shared space as a page ("Us", issue 20), served by Nearer's own process.

`settings` reads `NEARER_WEB_*`, `auth` checks Telegram's launch data and makes tokens,
`server` is the aiohttp application (sessions, forms, security headers), `pages` reads what
each view shows through the chat's own store queries, `flow` is the `/us` command, `words`
picks the person's language, `render` fills the Jinja2 templates.
"""

from bot.web.flow import UsFlow
from bot.web.server import WebServer
from bot.web.settings import WebSettings

__all__ = ["UsFlow", "WebServer", "WebSettings"]
