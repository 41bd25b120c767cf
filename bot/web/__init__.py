"""The couple's shared space as a page ("Us", issue 20), served by Nearer's own process.

`settings` reads `NEARER_WEB_*`, `auth` checks Telegram's launch data and makes tokens,
`server` is the aiohttp application (with `guard`: security headers and forms; `signin`:
sessions; `views` and `pages`: what each view reads through the chat's own store queries;
`changes`: each change as the chat's own command), `flow` is the `/us` command, `words` picks
the person's language, `render` fills the Jinja2 templates.

Nothing is imported here: a Nearer without the page never loads it (`bot/app.py` imports
`bot.web.server` and `bot.web.flow` only when the page is served).
"""
