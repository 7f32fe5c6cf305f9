"""Crisis lines shipped per country (resources/crisis_lines/). The person copies the ones
they want into their plan, where they can edit or remove them; nothing is looked up online."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from wellplan.resources import resource_path


@dataclass(frozen=True)
class CrisisLine:
    name: str
    how: str
    region: str
    last_checked: str

    def as_answer(self) -> dict[str, str]:
        return {
            "name": self.name,
            "how": self.how,
            "region": self.region,
            "last_checked": self.last_checked,
        }


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    lines: tuple[CrisisLine, ...]


@cache
def countries() -> dict[str, Country]:
    found: dict[str, Country] = {}
    for path in sorted(resource_path("crisis_lines").glob("*.toml")):
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        lines = tuple(
            CrisisLine(str(x["name"]), str(x["how"]), str(x["region"]), str(x["last_checked"]))
            for x in data.get("lines", [])
        )
        found[str(data["country"])] = Country(str(data["country"]), str(data["name"]), lines)
    return dict(sorted(found.items(), key=lambda kv: kv[1].name))
