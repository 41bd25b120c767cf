"""Everything Nearer says, as data: `prompts/<language>/*.toml` messages and `decks/*.toml`."""

from prompts.loader import Deck, PromptError, Prompts, load_prompts

__all__ = ["Deck", "PromptError", "Prompts", "load_prompts"]
