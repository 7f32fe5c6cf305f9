"""Words WellPlan never uses about a person, kept in one place. Tests run every template,
profile, crisis line and GUI string through :func:`find_banned`."""

from __future__ import annotations

import re

BANNED_WORDS: tuple[str, ...] = (
    "patient",
    "patients",
    "client",
    "clients",
    "consumer",
    "consumers",
    "non-compliant",
    "noncompliant",
    "non-compliance",
    "mentally ill",
    "suffering from",
    "suffers from",
    "lunatic",
    "psycho",
    "crazy",
    "committed suicide",
    # Spanish: the same ideas, in the words a Spanish text would use for them
    "paciente",
    "pacientes",
    "cliente",
    "clientes",
    "consumidor",
    "consumidora",
    "consumidores",
    "incumplidor",
    "incumplidora",
    "no cumplidor",
    "incumplimiento terapéutico",
    "enfermo mental",
    "enferma mental",
    "enfermos mentales",
    "sufre de",
    "padece de",
    "loco",
    "loca",
    "lunático",
    "psicópata",
    "cometió suicidio",
)

_PATTERN = re.compile(r"\b(" + "|".join(re.escape(w) for w in BANNED_WORDS) + r")\b", re.IGNORECASE)


def find_banned(text: str) -> list[str]:
    """The banned words found in ``text`` (empty when it is fine)."""
    return [m.group(0) for m in _PATTERN.finditer(text)]
