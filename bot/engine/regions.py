"""Which country a time zone belongs to, for help near someone.

Read from the zone tables tzdata ships (already a dependency): `zone.tab` names one country per
zone, and the links in `tzdata.zi` let old names ("US/Eastern", "Asia/Calcutta") find theirs.
Offsets ("+05:30") and UTC belong to no country: `None`, and the caller says so honestly.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _countries_by_zone() -> dict[str, str]:
    folder = resources.files("tzdata").joinpath("zoneinfo")
    countries: dict[str, str] = {}
    for line in folder.joinpath("zone.tab").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            countries[fields[2]] = fields[0]
    for line in folder.joinpath("tzdata.zi").read_text(encoding="utf-8").splitlines():
        if not line.startswith("L "):
            continue  # "L <target> <alias>": an old or alternative name for a zone
        _link, target, alias = line.split()[:3]
        if alias not in countries and target in countries:
            countries[alias] = countries[target]
    return countries


def country_of(zone: str) -> str | None:
    """The ISO 3166 code of the country `zone` is in, or `None` when a zone names none."""
    return _countries_by_zone().get(zone)


def warm_up() -> None:
    """Read the tables now (at start-up) rather than during someone's first request."""
    _countries_by_zone()
