"""One safety table per language code (`en.py`, `fr.py`, …), each a `safety.Language` named
`LANGUAGE`. `safety.screen` runs all of them on every message. Patterns are written in the folded
form `safety.fold` gives (lower case, no apostrophes or punctuation, single spaces) and use only
bounded repetition (`{0,20}`, never `*`, `+` or `{n,}`), which keeps screening linear."""
