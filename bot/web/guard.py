"""What every response and every form of the page goes through: security headers, the one
way a form is read, and the refusal that stops a request with a clear page."""

from __future__ import annotations

import re

from aiohttp import web

from bot.web.words import Words

#: The largest form taken: an idea is at most 300 characters; nothing here needs more.
MAX_FORM_BYTES = 8 * 1024
#: At most this many fields in a form (the largest has five).
MAX_FORM_FIELDS = 8
#: A token as `auth.new_token` makes them (cookies, links, form ids).
TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "object-src 'none'",
        # Telegram's web client shows Mini Apps in a frame; nobody else may.
        "frame-ancestors 'self' https://web.telegram.org",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    # A one-time link's token never travels on in a Referer header.
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class Refusal(Exception):
    """Stops a request with a clear page: `reason` names its words (`web.refused.<reason>`),
    `words` the language to say them in (English when not known yet)."""

    def __init__(self, reason: str, status: int, words: Words | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.words = words


async def read_form(request: web.Request) -> dict[str, str]:
    """A small urlencoded form with each field once; anything else is refused."""
    if request.content_type != "application/x-www-form-urlencoded":
        raise Refusal("bad_form", 400)
    if request.content_length is not None and request.content_length > MAX_FORM_BYTES:
        raise web.HTTPRequestEntityTooLarge(
            max_size=MAX_FORM_BYTES, actual_size=request.content_length
        )
    try:
        raw = await request.post()
    except ValueError:
        raise Refusal("bad_form", 400) from None
    form: dict[str, str] = {}
    for key, value in raw.items():
        if not isinstance(value, str) or key in form or len(form) >= MAX_FORM_FIELDS:
            raise Refusal("bad_form", 400)
        form[key] = value
    return form


async def secure_headers(request: web.Request, response: web.StreamResponse) -> None:
    """Every response, refusals and static files included: the strict policy, and no page
    kept in any cache (they hold people's words)."""
    for name, value in SECURITY_HEADERS.items():
        response.headers[name] = value
    if not request.path.startswith("/static/"):
        response.headers["Cache-Control"] = "no-store"
