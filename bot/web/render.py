"""Pages as HTML: Jinja2 templates (`bot/web/templates`), every value escaped by default.

Jinja2 rather than string templates: autoescaping is on for every value, so a person's words
(an idea, an appreciation, a name) can never become markup, and the templates read as HTML.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aiohttp import web
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from bot.web.words import Words

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"

_ENVIRONMENT = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def page(template: str, words: Words, *, status: int = 200, **values: Any) -> web.Response:
    """A whole page in the person's language and writing direction."""
    html = _ENVIRONMENT.get_template(template).render(
        t=words.say, lang=words.language, dir=words.direction, **values
    )
    return web.Response(text=html, status=status, content_type="text/html", charset="utf-8")


def refusal(words: Words, reason: str, *, status: int) -> web.Response:
    """A clear page for what was refused (a forged or expired sign-in, someone else's item, a
    form too large): what happened, and what to do instead. Nothing was changed."""
    return page("refused.html", words, status=status, reason=reason, nav="", signed_in=False)
