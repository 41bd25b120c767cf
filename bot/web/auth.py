"""Who is opening the page: a Telegram Mini App's signed `initData`, or a one-time link.

Pure functions, no I/O: the server stores what they produce (hashed) through `Store`.

Telegram signs the Mini App's launch data with a key only it and the bot know: the secret key
is HMAC-SHA256 of the bot token under the key "WebAppData"; the hash is HMAC-SHA256 of the
data-check-string (every received field but `hash`, sorted by key, as `key=value` lines) under
that secret key, in hex. Data older than `MAX_AGE` is refused, so a copied link stops working
within minutes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode

#: How old a Mini App's launch data may be (and how long a one-time link lives).
MAX_AGE = timedelta(minutes=10)
#: Launch data is a few hundred bytes; anything far past this is not Telegram's.
MAX_INIT_DATA_LENGTH = 4096


class Refused(Exception):
    """A credential that opens nothing; `reason` names the page the person sees."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class TelegramSignIn:
    """What a valid `initData` says: who (their Telegram user id, as a string) and which data
    (`data_hash`: the hash Telegram signed, used to refuse the same data twice)."""

    user_id: str
    first_name: str
    data_hash: str
    signed_at: datetime


def _secret_key(bot_token: str) -> bytes:
    return hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()


def _data_check_string(fields: list[tuple[str, str]]) -> str:
    return "\n".join(f"{key}={value}" for key, value in sorted(fields) if key != "hash")


def sign_init_data(fields: dict[str, str], bot_token: str) -> str:
    """`initData` as Telegram would send it for `fields` (for tests and local trials)."""
    pairs = list(fields.items())
    digest = hmac.new(
        _secret_key(bot_token), _data_check_string(pairs).encode(), hashlib.sha256
    ).hexdigest()
    return urlencode([*pairs, ("hash", digest)])


def check_init_data(
    init_data: str, bot_token: str, now: datetime, *, max_age: timedelta = MAX_AGE
) -> TelegramSignIn:
    """The sign-in `init_data` proves, or `Refused` ("malformed", "forged", "expired")."""
    if not init_data or len(init_data) > MAX_INIT_DATA_LENGTH:
        raise Refused("malformed")
    try:
        fields = parse_qsl(init_data, keep_blank_values=True, strict_parsing=True)
    except ValueError:
        raise Refused("malformed") from None
    keys = [key for key, _value in fields]
    if len(keys) != len(set(keys)) or "hash" not in keys:
        raise Refused("malformed")
    values = dict(fields)
    given = values["hash"]
    expected = hmac.new(
        _secret_key(bot_token), _data_check_string(fields).encode(), hashlib.sha256
    ).hexdigest()
    if not hmac.compare_digest(expected.encode(), given.encode("utf-8", "replace")):
        raise Refused("forged")
    # Signed by Telegram from here on: malformed now means an odd client, still refused.
    auth_date = values.get("auth_date", "")
    if not (auth_date.isascii() and auth_date.isdigit()):
        raise Refused("malformed")
    signed_at = datetime.fromtimestamp(int(auth_date), UTC)
    if now - signed_at > max_age or signed_at - now > timedelta(minutes=1):
        raise Refused("expired")
    try:
        user = json.loads(values.get("user", ""))
        user_id = user["id"]
    except (ValueError, KeyError, TypeError):
        raise Refused("malformed") from None
    if not isinstance(user_id, int) or isinstance(user_id, bool):
        raise Refused("malformed")
    first_name = user.get("first_name", "")
    return TelegramSignIn(
        str(user_id), first_name if isinstance(first_name, str) else "", given, signed_at
    )


def new_token() -> str:
    """A random secret for a link, a session cookie or a form (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def hashed(token: str) -> str:
    """What the database keeps of a token: its SHA-256, in hex."""
    return hashlib.sha256(token.encode()).hexdigest()


def same(given: str, expected: str) -> bool:
    """Constant-time comparison of two tokens (form tokens, hashes)."""
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode())
