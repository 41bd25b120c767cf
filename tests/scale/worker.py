"""`python -m tests.scale.worker`: one Nearer worker process for the scale tests and benchmark.

It is `python -m bot run` with one difference at the network edge: instead of Telegram or
Discord, its only adapter posts each message to a local HTTP sink (`NEARER_SINK_URL`) that
counts what arrives. Everything else is the real thing: migrations at start, the engine, the
heartbeat's nudge sweep and the outbox, against `DATABASE_URL`, until SIGTERM.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from datetime import timedelta

import aiohttp

from bot.app import Nearer
from bot.config import Config
from bot.engine.events import DeliveryResult, DeliveryStatus, Outbound
from bot.logs import configure_logging
from bot.scheduler import Heartbeat

#: The platform name the seeded identities use.
SINK_PLATFORM = "sink"


class SinkAdapter:
    """An adapter whose platform is an HTTP endpoint: one POST per message, no rate limits."""

    platform = SINK_PLATFORM

    def __init__(self, client: aiohttp.ClientSession, url: str, worker: str) -> None:
        self._client = client
        self._url = url
        self._worker = worker

    def invite_link(self, code: str) -> str | None:
        """The sink has no links."""
        return None

    async def start(self, handler: object) -> None:
        """Nothing arrives from the sink: it only receives."""

    async def stop(self) -> None:
        """The client session belongs to the caller."""

    async def send(self, outbound: Outbound) -> DeliveryResult:
        body = {
            "chat_id": outbound.address.chat_id,
            "text": outbound.text,
            "worker": self._worker,
        }
        try:
            async with self._client.post(f"{self._url}/send", json=body) as response:
                if response.status != 200:
                    return DeliveryResult(DeliveryStatus.TRANSIENT, detail=str(response.status))
                answer = await response.json()
        except (aiohttp.ClientError, TimeoutError) as error:
            return DeliveryResult(DeliveryStatus.TRANSIENT, detail=type(error).__name__)
        return DeliveryResult.ok(str(answer["message_id"]))


async def serve(sink_url: str, worker: str, sweep_every: float) -> None:
    config = Config.from_env(env_file=None)
    app = Nearer(config)
    # A one-second heartbeat instead of thirty, so a test does not wait for the next beat.
    app.heartbeat = Heartbeat(
        app.engine, grace=timedelta(minutes=config.nudge_grace_minutes), sweep_every=sweep_every
    )
    app.engine.on_timer_started = app.heartbeat.timer_started
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    connector = aiohttp.TCPConnector(limit=64)
    async with aiohttp.ClientSession(connector=connector) as client:
        app.add_adapter(SinkAdapter(client, sink_url, worker))
        await app.migrate()
        await app.start()
        try:
            async with client.post(f"{sink_url}/ready", json={"worker": worker}) as response:
                response.raise_for_status()
            await stop.wait()
        finally:
            with contextlib.suppress(Exception):
                await app.stop()


def main() -> None:
    configure_logging(os.environ.get("LOG_LEVEL", "WARNING"))
    asyncio.run(
        serve(
            os.environ["NEARER_SINK_URL"],
            os.environ.get("NEARER_WORKER_NAME", str(os.getpid())),
            float(os.environ.get("NEARER_SWEEP_EVERY", "1")),
        )
    )


if __name__ == "__main__":
    main()
