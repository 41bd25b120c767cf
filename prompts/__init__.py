"""Everything Nearer says, as data: `prompts/<language>/*.toml` messages and `decks/*.toml`."""

from prompts.loader import Catalog, Deck, PromptError, Prompts, load_catalog, load_prompts

__all__ = ["Catalog", "Deck", "PromptError", "Prompts", "load_catalog", "load_prompts"]
