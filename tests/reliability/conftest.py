"""Adapter fixtures (fake Telegram, fake Discord, a running Nearer) for the reliability suites."""

# ruff: noqa: F401  (fixtures are found by name)

from __future__ import annotations

from tests.adapters.conftest import bot, fake, telegram_env
from tests.adapters.discord_harness import discord_env, fake_discord
