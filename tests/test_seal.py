"""The seal: intact means not one byte changed; anything else counts as altered, and no
damaged PDF ever makes the check itself fail. The stamp is part of the document, and the
sealer's fingerprint is one number everywhere."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from wellplan import cli
from wellplan.domain.bundle import Bundle
from wellplan.domain.words import day
from wellplan.export import seal as seal_module
from wellplan.export.documents import render
from wellplan.export.seal import SEAL_HEIGHT, Identity, Verdict, new_identity, seal, verify
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile

FINGERPRINT = r"[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}"
POPPLER = pytest.mark.skipif(
    shutil.which("pdfsig") is None,
    reason="poppler's pdfsig is not installed (apt-get install poppler-utils)",
)


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


def container(data: bytes) -> tuple[int, int]:
    """Where the signature container's hex string (with its < >) lies in the file."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    (signature,) = PdfFileReader(BytesIO(data)).embedded_signatures
    _, end1, start2, _ = (int(v) for v in signature.byte_range)
    return end1, start2


def with_container(data: bytes, der: bytes) -> bytes:
    """``data`` with its signature container replaced by ``der`` (zero-padded, same size)."""
    start, end = container(data)
    text = der.hex().upper().encode()
    assert len(text) <= end - start - 2, "the new container doesn't fit"
    return data[: start + 1] + text.ljust(end - start - 2, b"0") + data[end - 1 :]


def stamp_words(data: bytes) -> str:
    """The text of the last page with the stamp flattened into it, as a reader shows it."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    document.init_forms()
    page = document[len(document) - 1]
    page.flatten()
    page.close()
    page = document[len(document) - 1]
    text = page.get_textpage().get_text_range()
    document.close()
    return text.replace("\u00a0", " ").replace("\r", "")


def stamp_rect(data: bytes) -> list[float]:
    page = PdfReader(BytesIO(data)).pages[-1]
    (widget,) = [a.get_object() for a in page["/Annots"]]
    assert widget["/FT"] == "/Sig"
    return [float(v) for v in widget["/Rect"]]


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


@POPPLER
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
    assert cli.main(["verify", str(first)]) == 0  # intact; no plan file to say whose it is
    assert "Intact, unknown sealer" in capsys.readouterr().out
    (tmp_path / "tampered.pdf").write_bytes(first.read_bytes() + b"\n%extra\n")
    assert cli.main(["verify", str(tmp_path / "tampered.pdf"), "--file", str(plans)]) == 1
    assert cli.main(["verify", str(tmp_path / "c.pdf")]) == 1
    assert cli.main(["verify", str(tmp_path / "missing.pdf")]) == 2


# ---- issue 21, item 5: damage inside the seal is "altered", never a traceback ------------


def _xref_entry_freed(data: bytes, number: int) -> bytes:
    """The last cross-reference section with object ``number`` marked free."""
    start = data.rindex(b"\nxref\n") + len(b"\nxref\n")
    at = start
    while True:
        line_end = data.index(b"\n", at)
        first, count = (int(v) for v in data[at:line_end].split())
        at = line_end + 1
        for n in range(first, first + count):
            if n == number:
                return data[:at] + b"0000000000 65535 f" + data[at + 18 :]
            at = data.index(b"\n", at) + 1


def _damaged(sealed: bytes, how: str) -> bytes:
    if how == "transform-method":  # a renamed key in the certification's /Reference
        return sealed.replace(b"/TransformMethod", b"/TransformMethox")
    if how == "digest-oid":  # SHA-256 becomes an algorithm no one knows
        return sealed.replace(b"0609608648016503040201", b"0609608648016503040263")
    from pyhanko.pdf_utils.reader import PdfFileReader

    (signature,) = PdfFileReader(BytesIO(sealed)).embedded_signatures
    return _xref_entry_freed(sealed, signature.sig_field.raw_get("/V").idnum)


@pytest.mark.parametrize("quick", [True, False], ids=["quick-check", "full-check"])
@pytest.mark.parametrize("how", ["transform-method", "digest-oid", "xref-entry"])
def test_damage_inside_the_seal_is_altered_not_a_traceback(
    sealed: bytes,
    identity: Identity,
    how: str,
    quick: bool,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """These raised KeyError, AttributeError and a NullObject error out of verify. Both
    ways through the check (the quick look at the container, and pyHanko's full reading)
    must hold on their own."""
    damaged = _damaged(sealed, how)
    assert len(damaged) == len(sealed) and damaged != sealed
    if not quick:
        monkeypatch.setattr(seal_module, "_quickly_altered", lambda _pdf: False)
    assert verify(damaged, [identity]).verdict is Verdict.ALTERED
    path = tmp_path / "damaged.pdf"
    path.write_bytes(damaged)
    assert cli.main(["verify", str(path)]) == 1
    out = capsys.readouterr()
    assert out.out.startswith("Altered: ") and "Traceback" not in out.err


def test_whatever_pyhanko_raises_is_altered(
    sealed: bytes, identity: Identity, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyhanko.sign.validation as validation

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("something no one foresaw")

    monkeypatch.setattr(validation, "validate_pdf_signature", broken)
    assert verify(sealed, [identity]).verdict is Verdict.ALTERED


# ---- item 6: the signature container holds exactly what the seal wrote -------------------


def _cms(data: bytes) -> tuple[bytes, int]:
    """The container's DER and how many bytes of it the CMS uses."""
    from asn1crypto import parser

    start, end = container(data)
    raw = bytes.fromhex(data[start + 1 : end - 1].decode())
    _, _, _, header, contents, _ = parser.parse(raw)
    return raw, len(header) + len(contents)


def test_the_container_holds_one_certificate_and_zeros_after_it(sealed: bytes) -> None:
    from asn1crypto import cms

    raw, used = _cms(sealed)
    signed = cms.ContentInfo.load(raw[:used])["content"]
    assert len(signed["certificates"]) == 1
    assert signed["crls"].native is None
    assert signed["signer_infos"][0]["unsigned_attrs"].native is None
    assert used < len(raw) and set(raw[used:]) == {0}


@pytest.mark.parametrize("where", ["padding", "last-padding-byte"])
def test_a_changed_byte_in_the_padding_is_altered(
    sealed: bytes, identity: Identity, where: str
) -> None:
    start, end = container(sealed)
    _, used = _cms(sealed)
    at = start + 1 + 2 * used + 7 if where == "padding" else end - 2
    data = bytearray(sealed)
    assert data[at] == ord("0")
    data[at] = ord("1")
    assert verify(bytes(data), [identity]).verdict is Verdict.ALTERED


def test_lower_case_hex_that_means_the_same_is_altered(sealed: bytes, identity: Identity) -> None:
    start, end = container(sealed)
    text = sealed[start:end]
    letter = next(i for i, c in enumerate(text) if c in b"ABCDEF")
    data = bytearray(sealed)
    data[start + letter] |= 0x20  # 'A' -> 'a': the same value, a different byte
    assert verify(bytes(data), [identity]).verdict is Verdict.ALTERED


def test_a_second_copy_of_the_certificate_is_altered(sealed: bytes, identity: Identity) -> None:
    from asn1crypto import cms

    raw, used = _cms(sealed)
    info = cms.ContentInfo.load(raw[:used])
    signed = info["content"]
    signed["certificates"] = [signed["certificates"][0], signed["certificates"][0]]
    tampered = with_container(sealed, info.dump(force=True))
    assert verify(tampered, [identity]).verdict is Verdict.ALTERED
    assert verify(tampered).verdict is Verdict.ALTERED


def _legacy_seal(pdf: bytes, identity: Identity) -> bytes:
    """A seal as WellPlan 0.1 made it: the certificate written twice, a Courier QR stamp."""
    from asn1crypto import x509
    from pyhanko.keys import load_private_key_from_pemder_data
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import MDPPerm
    from pyhanko.stamp import QRStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = x509.Certificate.load(identity.cert_der())
    key = load_private_key_from_pemder_data(identity.key_pem, passphrase=None)
    signer = signers.SimpleSigner(
        signing_cert=cert, signing_key=key, cert_registry=SimpleCertificateStore.from_certs([cert])
    )
    meta = signers.PdfSignatureMetadata(
        field_name="WellPlanSeal",
        certify=True,
        docmdp_permissions=MDPPerm.NO_CHANGES,
        subfilter=fields.SigSeedSubFilter.PADES,
        name="Robin Okafor",
    )
    box = (51, 51, 391, 136)
    out = BytesIO()
    signers.PdfSigner(
        meta,
        signer=signer,
        stamp_style=QRStampStyle(stamp_text="Sealed by: %(signer)s", border_width=1),
        new_field_spec=fields.SigFieldSpec(sig_field_name="WellPlanSeal", on_page=-1, box=box),
    ).sign_pdf(
        IncrementalPdfFileWriter(BytesIO(pdf)),
        output=out,
        appearance_text_params={"url": "WellPlan seal"},
    )
    return out.getvalue()


def test_a_seal_from_wellplan_0_1_still_verifies_and_its_second_copy_is_checked(
    bundle: Bundle, identity: Identity
) -> None:
    from asn1crypto import cms

    old = _legacy_seal(render(bundle, "card", [], "a4", seal_space=True), identity)
    raw, used = _cms(old)
    assert len(cms.ContentInfo.load(raw[:used])["content"]["certificates"]) == 2
    assert verify(old, [identity]).verdict is Verdict.INTACT
    second = raw[:used].rindex(identity.cert_der())  # the second copy: no check read it
    start, _ = container(old)
    at = start + 1 + 2 * (second + 40)
    data = bytearray(old)
    data[at] = ord("0") if data[at] != ord("0") else ord("1")
    assert verify(bytes(data), [identity]).verdict is Verdict.ALTERED


# ---- item 7: verify --file says whose seal it is ----------------------------------------


def test_verify_with_a_file_says_when_someone_else_sealed_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine, theirs = write_demo(tmp_path / "mine.wellplan"), write_demo(tmp_path / "theirs.wellplan")
    pdf = tmp_path / "theirs.pdf"
    assert cli.main(["export", str(theirs), "--doc", "card", "--out", str(pdf), "--seal"]) == 0
    assert cli.main(["export", str(mine), "--doc", "card", "--out", str(tmp_path / "m.pdf")]) == 0
    capsys.readouterr()
    with PlanFile.open(theirs) as doc:
        stored = doc.signing_identity()
    assert stored is not None
    their_fp = Identity(stored.name, stored.key_pem, stored.cert_pem).cert_fingerprint()

    # mine.wellplan has never sealed anything: not its seal either
    assert cli.main(["verify", str(pdf), "--file", str(mine)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Not a match: ")
    assert f"Sealed by someone else (fingerprint {their_fp})" in out
    assert "hasn't sealed anything yet" in out

    assert (
        cli.main(
            ["export", str(mine), "--doc", "card", "--out", str(tmp_path / "own.pdf"), "--seal"]
        )
        == 0
    )
    capsys.readouterr()
    assert cli.main(["verify", str(pdf), "--file", str(mine)]) == 1
    out = capsys.readouterr().out
    assert f"Sealed by someone else (fingerprint {their_fp})" in out
    with PlanFile.open(mine) as doc:
        own = doc.signing_identity()
    assert own is not None
    assert Identity(own.name, own.key_pem, own.cert_pem).cert_fingerprint() in out

    assert cli.main(["verify", str(pdf)]) == 0  # without --file: intact, unknown sealer
    assert capsys.readouterr().out.startswith("Intact, unknown sealer: ")
    assert cli.main(["verify", str(pdf), "--file", str(theirs)]) == 0
    assert capsys.readouterr().out.startswith("Intact: ")


def test_verify_with_a_locked_file_unlocks_it_to_read_its_identity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plans = write_demo(tmp_path / "locked.wellplan")
    secret = tmp_path / "passphrase.txt"
    secret.write_text("a long passphrase for the test\n", encoding="utf-8")
    assert cli.main(["encrypt", str(plans), "--new-passphrase-file", str(secret)]) == 0
    pdf = tmp_path / "sealed.pdf"
    assert (
        cli.main(
            [
                "export",
                str(plans),
                "--doc",
                "card",
                "--out",
                str(pdf),
                "--seal",
                "--passphrase-file",
                str(secret),
            ]
        )
        == 0
    )
    capsys.readouterr()
    code = cli.main(["verify", str(pdf), "--file", str(plans), "--passphrase-file", str(secret)])
    assert code == 0
    assert capsys.readouterr().out.startswith("Intact: Not changed since Robin Okafor sealed it")


# ---- item 14: dates as the rest of the app writes them -----------------------------------


def test_verify_writes_dates_like_the_rest_of_the_app(
    sealed: bytes, identity: Identity, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sealed.pdf"
    path.write_bytes(sealed)
    assert cli.main(["verify", str(path)]) == 0
    out = capsys.readouterr().out
    signed_at = verify(sealed, [identity]).signed_at
    assert signed_at is not None
    local = signed_at.astimezone()
    assert f" on {day(local)} at {local:%H:%M}" in out  # "5 December 2026", local time
    assert "UTC" not in out and not re.search(r"\b0\d [A-Z]", out)


# ---- issue 22, item 11: one fingerprint everywhere ---------------------------------------


def test_the_stamp_verify_and_history_show_the_same_fingerprint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qtbot: QtBot
) -> None:
    from wellplan.gui.history import HistoryDialog

    plans = write_demo(tmp_path / "mine.wellplan")
    pdf = tmp_path / "crisis.pdf"
    assert cli.main(["export", str(plans), "--plan", "crisis", "--out", str(pdf), "--seal"]) == 0
    capsys.readouterr()

    stamp = re.findall(rf"Sealer's fingerprint: ({FINGERPRINT})", stamp_words(pdf.read_bytes()))
    assert cli.main(["verify", str(pdf), "--file", str(plans)]) == 0
    said = re.findall(rf"Sealer's fingerprint: ({FINGERPRINT})", capsys.readouterr().out)
    with PlanFile.open(plans) as doc:
        stored = doc.signing_identity()
        assert stored is not None
        sealer = Identity(stored.name, stored.key_pem, stored.cert_pem).cert_fingerprint()
        (entry,) = doc.exports()
        plan_id = entry.plan_id
        assert plan_id is not None
        history = HistoryDialog(doc, plan_id, "0.1.0")
        qtbot.addWidget(history)
        rows = "\n".join(history.versions.item(r).text() for r in range(history.versions.count()))
        history.close()
    shown = re.findall(rf"sealer's fingerprint ({FINGERPRINT})", rows)
    assert stamp == said == shown == [sealer]
    assert entry.fingerprint == sealer


# ---- item 12: the stamp is part of the document ------------------------------------------


def test_the_stamp_is_set_in_the_documents_font_with_every_letter(bundle: Bundle) -> None:
    person = new_identity("Rodríguez Ximénez")
    pdf = render(bundle, "summary", [], "a4", seal_space=True)
    march = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
    data, fp = seal(pdf, person, version="v2", version_date=march)
    words = stamp_words(data)
    signed_at = verify(data).signed_at
    assert signed_at is not None
    assert f"Sealed by Rodríguez Ximénez on {day(signed_at.astimezone())}" in words
    assert f"Sealer's fingerprint: {fp} · version 2, 1 March 2026" in words
    assert "any PDF reader" in words and "File ▸ Verify a PDF" in words
    assert "wellplan verify" not in words.lower() and "FILE.pdf" not in words

    # every font the stamp uses is embedded, and none is a standard (Courier) one
    page = PdfReader(BytesIO(data)).pages[-1]
    (widget,) = [a.get_object() for a in page["/Annots"]]
    fonts = []

    def walk(xobject: object) -> None:
        resources = xobject.get("/Resources", {})  # type: ignore[attr-defined]
        fonts.extend(f.get_object() for f in resources.get("/Font", {}).values())
        for child in resources.get("/XObject", {}).values():
            walk(child.get_object())

    walk(widget["/AP"]["/N"].get_object())
    assert fonts, "the stamp has no text"
    for font in fonts:
        assert "DejaVuSans" in font["/BaseFont"]
        descriptor = font["/FontDescriptor"]
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("doc", ["summary", "card"])
def test_the_stamp_shares_the_body_texts_left_edge_and_keeps_to_its_space(
    bundle: Bundle, identity: Identity, paper: str, doc: str
) -> None:
    import pypdfium2 as pdfium

    data, _ = seal(render(bundle, doc, [], paper, seal_space=True), identity, version="v3")
    x1, y1, x2, y2 = stamp_rect(data)
    document = pdfium.PdfDocument(data)
    page = document[len(document) - 1]
    text = page.get_textpage()
    width = page.get_width()
    boxes = [text.get_charbox(i) for i in range(text.count_chars())]
    title = text.get_text_range().index("In a crisis" if doc == "summary" else "Wallet card")
    assert abs(boxes[title][0] - x1) < 2.5  # the title's first letter, and the stamp's frame
    assert abs((width - x2) - x1) < 0.01  # as wide as the body text, both sides
    assert y2 - y1 <= SEAL_HEIGHT
    # nothing of the page's own text under the stamp: the body above it, the footer below
    assert all(b[1] >= y2 or b[3] <= y1 for b in boxes)
    assert any(b[3] <= y1 and b[3] > 0 for b in boxes) and any(b[1] >= y2 for b in boxes)
    document.close()


@POPPLER
def test_poppler_reads_sealed_files_without_an_internal_error(
    sealed: bytes, tmp_path: Path
) -> None:
    path = tmp_path / "sealed.pdf"
    path.write_bytes(sealed)
    for tool in (["pdfsig"], ["pdffonts"], ["pdftotext", "-layout"], ["pdfinfo"]):
        run = subprocess.run(
            [*tool, str(path), *(["-"] if tool[0] == "pdftotext" else [])],
            capture_output=True,
            text=True,
        )
        assert "Internal Error" not in run.stderr + run.stdout, tool
        assert "Syntax Error" not in run.stderr, tool
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    stamp = [row for row in rows if row[0].startswith("WPST")]
    assert len(stamp) == 2  # the stamp's regular and bold DejaVu, tagged apart from the page's
    assert all(row[-5] == "yes" for row in stamp)  # emb
    assert not [row for row in rows if row[0] == "Courier"]


def test_verify_in_a_fresh_process_finds_a_fresh_seal_intact(tmp_path: Path) -> None:
    """`wellplan verify` as a person runs it: a new process, where nothing but the check
    itself has been imported. The quick container check once read the signed attributes
    before pyHanko had taught asn1crypto their names, and called every seal altered (the
    frozen bundle's check caught it; in-process tests had pyHanko loaded already)."""
    import os
    import sys

    from wellplan.storage.demo import write_demo

    plans = write_demo(tmp_path / "demo.wellplan")
    pdf = tmp_path / "summary.pdf"
    env = {**os.environ, "WELLPLAN_DATA_DIR": str(tmp_path / "data")}

    def wellplan(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "wellplan", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    made = wellplan("export", str(plans), "--doc", "summary", "--out", str(pdf), "--seal")
    assert made.returncode == 0, made.stderr
    checked = wellplan("verify", str(pdf), "--file", str(plans))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith("Intact")
