"""Loads python-telegram-bot without its own webhook server, which Nearer never uses.

`telegram.ext` imports its webhook server, and with it tornado's web framework, HTTP server and
multiprocessing support (about 2.5 MB), whenever tornado is installed, and the `webhooks` extra
installs it for Nearer's own hook server (`webhook.py`, which loads tornado only in webhook
mode). PTB's server would only be used by `Updater.start_webhook` / `Application.run_webhook`,
which Nearer never calls: so, while `telegram.ext` first loads, its webhook module is marked
absent and PTB takes webhooks as not installed (`WEBHOOKS_AVAILABLE = False`). Imported first
by this package, so it runs before any of the adapter's modules imports `telegram.ext`; if
something else loaded `telegram.ext` earlier, nothing changes.
"""

from __future__ import annotations

import sys

PTB_WEBHOOK_SERVER = "telegram.ext._utils.webhookhandler"

if "telegram.ext" not in sys.modules and PTB_WEBHOOK_SERVER not in sys.modules:
    sys.modules[PTB_WEBHOOK_SERVER] = None  # type: ignore[assignment]  # "import" raises
    try:
        import telegram.ext  # noqa: F401
    finally:
        del sys.modules[PTB_WEBHOOK_SERVER]
