"""Fault injection on a sealed PDF: one flipped bit anywhere (the signature container too)
is reported altered or unreadable, and never raises. About 4,000 flips in under 10 s.

verify looks at the seal twice: first from the one /ByteRange it finds in the raw bytes
(about a millisecond; it rejects almost every flip), then through pyHanko's reading of the
PDF, with the same container check and pyHanko's own validation after it. Each way must
hold alone, so the second also gets the random flips and every eighth container byte."""

from __future__ import annotations

import random
from collections import Counter
from io import BytesIO
from pathlib import Path

import pytest

from wellplan.export import seal as seal_module
from wellplan.export.documents import render
from wellplan.export.seal import Identity, Verdict, new_identity, seal, verify
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile

SEED = 20261205
RANDOM_FLIPS = 400
HEX = b"0123456789ABCDEF"


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, Identity]:
    path = write_demo(tmp_path_factory.mktemp("faults") / "demo.wellplan")
    with PlanFile.open(path) as doc:
        bundle = doc.bundle("1.0")
    identity = new_identity("Rodríguez Ximénez")
    data, _ = seal(render(bundle, "summary", [], "letter", seal_space=True), identity, version="v2")
    assert verify(data, [identity]).verdict is Verdict.INTACT
    return data, identity


def _container(data: bytes) -> range:
    """The byte positions of the signature container's hex string, < and > included."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    (signature,) = PdfFileReader(BytesIO(data)).embedded_signatures
    _, end1, start2, _ = (int(v) for v in signature.byte_range)
    return range(end1, start2)


def _hex_flip(byte: int) -> int:
    """The smallest bit flip that leaves a hex digit a hex digit (the change that reads
    back as a different value), or else bit 0."""
    for bit in (1, 2, 4, 8, 16, 32, 64, 128):
        if byte ^ bit in HEX:
            return bit
    return 1


def _judge(data: bytes, identity: Identity, flips: list[tuple[int, int]]) -> Counter[str]:
    seen: Counter[str] = Counter()
    wrong = []
    for at, mask in flips:
        flipped = bytearray(data)
        flipped[at] ^= mask
        result = verify(bytes(flipped), [identity])  # raises: the test fails right here
        seen[result.verdict.value] += 1
        if result.verdict not in (Verdict.ALTERED, Verdict.UNREADABLE):
            wrong.append((at, mask, result.verdict.value))
    assert wrong == [], f"flips not reported altered or unreadable: {wrong[:10]}"
    return seen


@pytest.fixture(params=["quick-check", "full-check"])
def check(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "full-check":
        monkeypatch.setattr(seal_module, "_quickly_altered", lambda _pdf: False)
    return str(request.param)


def test_random_bit_flips_anywhere_are_altered_or_unreadable(
    sealed: tuple[bytes, Identity], check: str
) -> None:
    data, identity = sealed
    rng = random.Random(SEED)
    where = _container(data)
    # spread over the whole file, with at least a tenth inside the signature container
    flips = [(at, 1 << rng.randrange(8)) for at in rng.sample(range(len(data)), RANDOM_FLIPS)]
    flips += [(at, 1 << rng.randrange(8)) for at in rng.sample(where, RANDOM_FLIPS // 10)]
    seen = _judge(data, identity, flips)
    assert sum(seen.values()) == RANDOM_FLIPS + RANDOM_FLIPS // 10


def test_every_byte_of_the_signature_container_flipped_is_altered(
    sealed: tuple[bytes, Identity], check: str
) -> None:
    """Each byte of /Contents, from its < to its >, changed to another hex digit where one
    bit can do that (the CMS, its certificate, its signature, the zero padding): a value
    that still parses is the hard case."""
    data, identity = sealed
    where = _container(data)
    assert data[where.start] == ord("<") and data[where.stop - 1] == ord(">")
    every = where if check == "quick-check" else where[::8]
    seen = _judge(data, identity, [(at, _hex_flip(data[at])) for at in every])
    assert sum(seen.values()) == len(every)


def test_truncated_and_extended_files_are_altered_or_unreadable(
    sealed: tuple[bytes, Identity], tmp_path: Path
) -> None:
    data, identity = sealed
    rng = random.Random(SEED + 1)
    cuts = [0, 1, 8, len(data) // 2, len(data) - 1, *rng.sample(range(len(data)), 40)]
    for cut in cuts:
        assert verify(data[:cut], [identity]).verdict in (Verdict.ALTERED, Verdict.UNREADABLE)
    for extra in (b"\n", b"%%EOF\n", b"\0" * 10):
        assert verify(data + extra, [identity]).verdict is Verdict.ALTERED
