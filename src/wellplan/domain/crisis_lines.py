"""Crisis lines shipped per country (resources/crisis_lines/). The person copies the ones
they want into their plan, where they can edit or remove them; nothing is looked up online."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from wellplan.domain import words
from wellplan.resources import resource_path


@dataclass(frozen=True)
class CrisisLine:
    name: str
    how: str
    region: str
    last_checked: str
    source: str = ""  # the page the line was checked against (kept with WellPlan, not the plan)

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


def countries(language: str | None = None) -> dict[str, Country]:
    """Countries by code, with their lines, in ``language`` (by default the one being
    spoken). Service names stay as the services publish them, unless the phrasebook has a
    plain description (like "Emergency services")."""
    return _countries(language or words.current())


def line_words(country: Country) -> list[str]:
    """Every phrase of a country's lines a translation needs."""
    return [country.name, *(x for line in country.lines for x in (line.how, line.region))]


@cache
def _countries(language: str) -> dict[str, Country]:
    book = words.phrasebook("crisis_lines", language)

    def t(text: object) -> str:
        return book.get(str(text), str(text))

    found: dict[str, Country] = {}
    for path in sorted(resource_path("crisis_lines").glob("*.toml")):
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        lines = tuple(
            CrisisLine(
                t(x["name"]),
                t(x["how"]),
                t(x["region"]),
                str(x["last_checked"]),
                str(x.get("source", "")),
            )
            for x in data.get("lines", [])
        )
        found[str(data["country"])] = Country(str(data["country"]), t(data["name"]), lines)
    return dict(sorted(found.items(), key=lambda kv: kv[1].name))
