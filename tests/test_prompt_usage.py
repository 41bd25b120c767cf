"""Every message the engine asks for exists in prompts/en and gets every placeholder it needs
(checked here, from the source, rather than on every start)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts import PromptError
from tests.support.prompt_check import check_prompt_usage
from tests.support.world import shared_prompts


def test_every_message_the_engine_uses_exists_with_its_placeholders() -> None:
    assert check_prompt_usage(shared_prompts()) > 300


def test_a_missing_message_or_placeholder_is_reported_with_where(tmp_path: Path) -> None:
    engine = tmp_path / "bot" / "engine"
    engine.mkdir(parents=True)
    (engine / "flow.py").write_text(
        'turn.reply("nowhere.to_be_found")\nturn.reply("pair.code_created", code="x")\n'
    )
    with pytest.raises(PromptError) as raised:
        check_prompt_usage(shared_prompts(), engine)
    message = str(raised.value)
    assert "no message 'nowhere.to_be_found'" in message
    assert "'pair.code_created' needs ['hours']" in message
    assert "flow.py:1" in message and "flow.py:2" in message
