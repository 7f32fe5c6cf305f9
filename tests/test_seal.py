"""The seal: intact means not one byte changed; anything else counts as altered."""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from wellplan import cli
from wellplan.domain.bundle import Bundle
from wellplan.export.documents import render
from wellplan.export.seal import Identity, Verdict, new_identity, seal, verify
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    path = write_demo(tmp_path_factory.mktemp("seal") / "demo.wellplan")
    with PlanFile.open(path) as doc:
        return doc.bundle("1.0")


@pytest.fixture(scope="module")
def identity() -> Identity:
    return new_identity("Robin Okafor")


@pytest.fixture(scope="module")
def sealed(bundle: Bundle, identity: Identity) -> bytes:
    pdf = render(bundle, "summary", [], "letter", seal_space=True)
    data, _fingerprint = seal(pdf, identity, version="2026-11-23 08:00")
    return data


def _incremental(data: bytes, change: str) -> bytes:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(data))
    page_ref = writer.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    if change == "annotation":
        note = generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Annot"),
                generic.NameObject("/Subtype"): generic.NameObject("/Text"),
                generic.NameObject("/Rect"): generic.ArrayObject(
                    [generic.NumberObject(n) for n in (50, 50, 80, 80)]
                ),
                generic.NameObject("/Contents"): generic.TextStringObject("Added later"),
            }
        )
        annots = page.get("/Annots", generic.ArrayObject())
        annots.append(writer.add_object(note))
        page[generic.NameObject("/Annots")] = annots
    else:  # change the page itself
        page[generic.NameObject("/Rotate")] = generic.NumberObject(90)
    writer.update_container(page)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_sealed_export_verifies_as_intact(sealed: bytes, identity: Identity) -> None:
    result = verify(sealed, [identity])
    assert result.verdict is Verdict.INTACT and result.exit_code == 0
    assert result.signer == "Robin Okafor"
    assert result.signer_fingerprint == identity.cert_fingerprint()
    reader = PdfReader(BytesIO(sealed))
    assert len(reader.pages) == 1  # the summary still fits one page with room for the stamp
    fields = reader.get_fields() or {}
    assert "WellPlanSeal" in fields


@pytest.mark.parametrize("change", ["byte", "appended", "annotation", "page"])
def test_any_change_after_sealing_counts_as_altered(
    sealed: bytes, identity: Identity, change: str
) -> None:
    if change == "byte":
        data = bytearray(sealed)
        where = sealed.index(b"/Title")  # inside the signed range
        data[where + 1] = ord("t")
        tampered = bytes(data)
    elif change == "appended":
        tampered = sealed + b"\n%% a comment added after %%EOF\n"
    else:
        tampered = _incremental(sealed, change)
    result = verify(tampered, [identity])
    assert result.verdict is Verdict.ALTERED, result.message
    assert result.exit_code == 1


def test_another_files_identity_is_an_unknown_sealer(sealed: bytes) -> None:
    result = verify(sealed, [new_identity("Someone else")])
    assert result.verdict is Verdict.INTACT_UNKNOWN
    assert result.signer_fingerprint in result.message


def test_unsealed_and_unreadable(bundle: Bundle) -> None:
    assert verify(render(bundle, "card", [], "a4")).verdict is Verdict.UNSEALED
    assert verify(b"%PDF-1.7 but not really").exit_code == 2
    assert verify(b"").verdict is Verdict.UNREADABLE


@pytest.mark.skipif(
    shutil.which("pdfsig") is None,
    reason="poppler's pdfsig is not installed (apt-get install poppler-utils)",
)
def test_poppler_agrees_the_seal_is_valid(sealed: bytes, tmp_path: Path) -> None:
    path = tmp_path / "sealed.pdf"
    path.write_bytes(sealed)
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid." in out
    assert "Total document signed" in out


def test_cli_seals_with_one_identity_per_file_and_logs_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plans = write_demo(tmp_path / "mine.wellplan")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert cli.main(["export", str(plans), "--doc", "card", "--out", str(first), "--seal"]) == 0
    assert cli.main(["export", str(plans), "--plan", "crisis", "--out", str(second), "--seal"]) == 0
    assert (
        cli.main(["export", str(plans), "--doc", "summary", "--out", str(tmp_path / "c.pdf")]) == 0
    )
    capsys.readouterr()
    with PlanFile.open(plans) as doc:
        identity = doc.signing_identity()
        log = doc.exports()
    assert identity is not None
    assert [(e.document, e.sealed) for e in log] == [
        ("card", True),
        ("full", True),
        ("summary", False),
    ]
    assert all(len(e.fingerprint) == 19 for e in log)  # "ABCD EF01 2345 6789"
    for pdf in (first, second):
        assert cli.main(["verify", str(pdf), "--file", str(plans)]) == 0
        assert capsys.readouterr().out.startswith(
            "Intact: Not changed since Robin Okafor sealed it"
        )
    other = write_demo(tmp_path / "other.wellplan")
    assert (
        cli.main(
            ["export", str(other), "--doc", "card", "--out", str(tmp_path / "o.pdf"), "--seal"]
        )
        == 0
    )
    capsys.readouterr()
    assert cli.main(["verify", str(first), "--file", str(other)]) == 0  # intact, but not their seal
    assert "an identity this file doesn't know" in capsys.readouterr().out
    (tmp_path / "tampered.pdf").write_bytes(first.read_bytes() + b"\n%extra\n")
    assert cli.main(["verify", str(tmp_path / "tampered.pdf"), "--file", str(plans)]) == 1
    assert cli.main(["verify", str(tmp_path / "c.pdf")]) == 1
    assert cli.main(["verify", str(tmp_path / "missing.pdf")]) == 2
