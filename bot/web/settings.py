"""Where the web page is served and under which public address (`NEARER_WEB_*`)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.config import ConfigError

#: The console's page when nothing is configured: this machine only.
CONSOLE_PORT = 8080


@dataclass(frozen=True)
class WebSettings:
    """`base_url` is the address people open (no trailing slash): behind TLS it is `https://`,
    and cookies are then marked `Secure`. `listen` and `port` are where this process binds."""

    base_url: str
    port: int
    listen: str
    #: Behind a reverse proxy (Caddy, nginx) every request comes from the proxy's address: the
    #: per-address limit then reads the client from the last `X-Forwarded-For` hop, which the
    #: proxy appends (`NEARER_WEB_BEHIND_PROXY=1`; never set it without a proxy in front).
    behind_proxy: bool = False

    @property
    def secure(self) -> bool:
        return self.base_url.startswith("https://")

    @classmethod
    def from_env(cls, *, console: bool = False) -> WebSettings | None:
        """The page's settings, or `None` when it is not served: without `NEARER_WEB_URL`
        only the console serves it, on 127.0.0.1; `NEARER_WEB_PORT=off` turns it off, and
        `0` takes any free port."""
        url = os.environ.get("NEARER_WEB_URL", "").strip().rstrip("/")
        raw_port = os.environ.get("NEARER_WEB_PORT", "").strip()
        if raw_port.lower() == "off" or (not url and not console):
            return None
        if raw_port and not (raw_port.isascii() and raw_port.isdigit() and int(raw_port) < 65536):
            raise ConfigError(f"NEARER_WEB_PORT must be a port number or off, not {raw_port!r}")
        port = int(raw_port) if raw_port else CONSOLE_PORT
        if not url:
            return cls(f"http://127.0.0.1:{port}", port, "127.0.0.1")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.query:
            raise ConfigError(
                f"NEARER_WEB_URL must be an http(s) address like https://nearer.example.org, "
                f"not {url!r}"
            )
        listen = os.environ.get("NEARER_WEB_LISTEN", "").strip() or "0.0.0.0"
        proxy = os.environ.get("NEARER_WEB_BEHIND_PROXY", "").strip().lower()
        if proxy not in ("", "0", "1", "no", "yes", "false", "true"):
            raise ConfigError(f"NEARER_WEB_BEHIND_PROXY must be 1 or 0, not {proxy!r}")
        return cls(url, port, listen, behind_proxy=proxy in ("1", "yes", "true"))
