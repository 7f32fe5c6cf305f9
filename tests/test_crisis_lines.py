"""The crisis lines WellPlan offers: each says where it was checked and when, and its hours;
the US lines have their Spanish options, and nothing that has closed is offered."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from wellplan.domain.crisis_lines import countries
from wellplan.resources import resource_path

FILES = sorted(resource_path("crisis_lines").glob("*.toml"))


def lines_in(path: Path) -> list[dict[str, Any]]:
    with path.open("rb") as fh:
        return list(tomllib.load(fh)["lines"])


def test_every_country_file_is_read() -> None:
    assert (
        {p.stem.upper() for p in FILES}
        == set(countries("en"))
        == {
            "US",
            "CA",
            "GB",
            "IE",
            "AU",
            "NZ",
        }
    )


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_line_carries_its_source_its_date_and_its_hours(path: Path) -> None:
    for line in lines_in(path):
        where = f"{path.name}: {line.get('name')} ({line.get('how')})"
        assert re.match(r"https?://\S+\.\S+$", str(line.get("source", ""))), where
        checked = dt.date.fromisoformat(str(line["last_checked"]))
        assert dt.date(2025, 7, 17) < checked, where  # checked since the last 988 change
        # the hours, in the words the person copies into their plan
        assert re.search(r"any time|hours vary|\d+(am|pm)", line["how"]), where


def test_the_us_lines_have_988s_options_and_their_spanish() -> None:
    us = countries("en")["US"]
    hows = [line.how for line in us.lines]
    assert "Call or text 988, or chat at 988lifeline.org, any time" in hows
    assert "In Spanish: call 988 and press 2, or text AYUDA to 988, any time" in hows
    assert "Call 988 and press 1, or text 838255, any time" in hows  # Veterans Crisis Line
    assert any("AYUDA to 741741" in h and "442-AYUDAME" in h for h in hows)
    peer = [line for line in us.lines if "warmline" in line.how]
    assert peer and peer[0].how.startswith("Peer-run")
    spanish = countries("es")["US"]
    assert "marca 2" in spanish.lines[1].how and "AYUDA" in spanish.lines[1].how
    assert spanish.lines[1].name == "988 Suicide & Crisis Lifeline"  # the service's own name
    assert not any("HOME" in line.how and "En español" in line.how for line in spanish.lines)


def test_what_has_closed_or_was_wrong_is_not_offered() -> None:
    everything = "\n".join(path.read_text(encoding="utf-8") for path in FILES)
    everything += "\n" + resource_path("crisis_lines", "es", "phrases.toml").read_text("utf-8")
    # the 988 LGBTQ+ youth option ended on 17 July 2025; it is only named in a comment
    offered = "\n".join(x for x in everything.splitlines() if not x.lstrip().startswith("#"))
    assert not re.search(r"press 3|marca 3|pulsa 3", offered, re.IGNORECASE)
    assert "Envía HOME" not in offered  # the old Spanish for Crisis Text Line


def test_the_uk_and_new_zealand_gaps_are_filled() -> None:
    gb = countries("en")["GB"]
    northern_ireland = [line for line in gb.lines if line.region == "Northern Ireland"]
    assert [line.how for line in northern_ireland] == ["Call 0808 808 8000 free, any time"]
    nhs = next(line for line in gb.lines if line.name == "NHS 111")
    assert nhs.region != "United Kingdom"  # no mental health option in Northern Ireland
    lifeline = next(line for line in countries("en")["NZ"].lines if "Lifeline" in line.name)
    assert "text HELP to 4357" in lifeline.how


def test_services_for_young_people_and_communities_say_so() -> None:
    kids = next(line for line in countries("en")["CA"].lines if line.name == "Kids Help Phone")
    assert kids.how.startswith("For young people")
    assert countries("es")["CA"].lines[1].how.startswith("Para jóvenes")
