"""What each verdict of a seal check is called: one table for the command line and the window.

Keyed by the verdict's value (``wellplan.export.seal.Verdict``), so neither has to import
the other. ``label`` goes before the message in the terminal (``wellplan verify``); ``title``
heads the window that shows it, translated there: ``said("verify", title)``.
"""

from __future__ import annotations

from typing import NamedTuple

from wellplan.domain.words import mark


class VerdictWords(NamedTuple):
    label: str
    title: str


VERDICTS: dict[str, VerdictWords] = {
    "intact": VerdictWords("Intact", mark("verify", "Not changed")),
    "intact-unknown-signer": VerdictWords(
        "Intact, unknown sealer", mark("verify", "Not changed, sealed by someone else")
    ),
    "someone-else": VerdictWords("Not a match", mark("verify", "Sealed by someone else")),
    "altered": VerdictWords("Altered", mark("verify", "Changed after sealing")),
    "unsealed": VerdictWords("Not sealed", mark("verify", "No seal")),
    "unreadable": VerdictWords("Unreadable", mark("verify", "Can't read this PDF")),
}
