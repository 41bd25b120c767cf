"""What the limits say, as the stories of several features check it."""

from __future__ import annotations

#: The start of the one kind line past the daily cap on messages to the partner.
DAILY_CAP = "That's all that can go to"
