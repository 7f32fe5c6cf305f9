"""The seal: a PAdES B-B certification signature ("no changes allowed") that lets anyone
check a PDF was not changed after WellPlan made it, and the check itself.

The seal is proof the file has not been changed. It is not, by itself, a legal signature.
cryptography and pyHanko are imported here only, when sealing or verifying.

One fingerprint names a sealer everywhere: the first 16 hex digits of the SHA-256 of the
sealing identity's certificate (what a PDF reader shows as the certificate's SHA-256
fingerprint begins with them). The stamp prints it, ``verify`` reports it, the export log
keeps it and History shows it; it is the same on every PDF one plan file seals.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from io import BytesIO
from typing import Any

from reportlab.lib.units import mm

from wellplan.domain.words import day, say, speaking

SEAL_FIELD = "WellPlanSeal"
SEAL_HEIGHT = 34 * mm  # the space a sealed document keeps free at the end of its last page


def grouped(hex_digest: str, groups: int = 4) -> str:
    """'3f2a91c077b10c4e…' -> '3F2A 91C0 77B1 0C4E': easy to read aloud and compare."""
    text = hex_digest.upper()[: groups * 4]
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def fingerprint(data: bytes) -> str:
    return grouped(hashlib.sha256(data).hexdigest())


@dataclass(frozen=True)
class Identity:
    """A file's signing identity: an ECDSA P-256 key and its self-signed certificate."""

    name: str
    key_pem: bytes = field(repr=False)  # never in a log or a traceback
    cert_pem: bytes = field(repr=False)

    def cert_der(self) -> bytes:
        from asn1crypto import pem

        _, _, der = pem.unarmor(self.cert_pem)
        return bytes(der)

    def cert_fingerprint(self) -> str:
        """The sealer's fingerprint: the one number a person compares across documents."""
        return fingerprint(self.cert_der())


def new_identity(name: str) -> Identity:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    common = (name or "WellPlan user").strip() or "WellPlan user"
    if len(common.encode()) > 64:  # cryptography allows 64 bytes; the stamp prints it all
        while len(common.encode()) > 61:  # 61 and "…" (3 bytes)
            common = common[:-1]
        common = common.rstrip() + "…"
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "WellPlan (self-issued)"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # non-repudiation, which pyHanko expects for signing
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return Identity(name, key_pem, cert.public_bytes(serialization.Encoding.PEM))


def _quiet() -> None:
    logging.getLogger("pyhanko").setLevel(logging.ERROR)  # self-signed: tracebacks otherwise
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.ERROR)


# ---- the stamp ---------------------------------------------------------------------------


def version_words(version: str, when: dt.datetime) -> str:
    """'v2' and its date -> 'version 2, 5 December 2026', written the same way everywhere;
    '' for a document made from no one version (the summary, the card)."""
    number = re.fullmatch(r"v(\d+)", version.strip())
    if number is None:
        return ""
    return say("seal", "version {number}, {day}").format(
        number=number.group(1), day=day(when.astimezone())
    )


def _joined(text: str) -> str:
    """A date (or 'version 2, 5 December 2026') never broken across lines."""
    return text.replace(" ", "\u00a0")


@dataclass(frozen=True)
class StampText:
    """What the stamp says, in the document's language."""

    sealed_by: str
    version: str
    fingerprint_label: str
    fingerprint: str
    how_to_check: str


def stamp_text(
    name: str, sealed_at: dt.datetime, version: str, version_date: dt.datetime | None, fp: str
) -> StampText:
    local = sealed_at.astimezone()
    return StampText(
        sealed_by=say("seal", "Sealed by {name} on {day}").format(
            name=name or say("seal", "a WellPlan user"), day=_joined(day(local))
        ),
        version=_joined(version_words(version, version_date or sealed_at)),
        fingerprint_label=say("seal", "Sealer's fingerprint"),
        fingerprint=fp,
        how_to_check=say(
            "seal",
            "To check it, open this PDF in any PDF reader: it shows who sealed it and that "
            "nothing changed since. Or, in WellPlan: File ▸ Verify a PDF.",
        ),
    )


_PAD_X, _PAD_Y = 4 * mm, 3 * mm  # inside the stamp's frame
_EMBLEM = 5 * mm  # the emblem's column, left of the words


def stamp_box(page_width: float, height: float) -> tuple[float, float, float, float]:
    """Where the stamp goes on the last page (x1, y1, x2, y2 in points): the body text's
    left and right edges, on the body text's bottom line, inside the space documents keep."""
    from wellplan.export.pdf import body_bottom, body_edges

    left, right = body_edges(page_width)
    bottom = body_bottom(page_width)
    return left, bottom, right, bottom + height


def _stamp_lines(text: StampText, width: float, room: float) -> tuple[list[Any], float]:
    """The stamp's paragraphs, laid out in ``width``, at the largest size (9 pt down to 7)
    whose height fits in ``room``; and that height."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from wellplan.export.pdf import FONT, INK, SOFT, esc, register_fonts

    register_fonts()
    bold = f"{FONT}-Bold"
    inner = width - 2 * _PAD_X - _EMBLEM
    number = text.fingerprint.replace(" ", "\u00a0")  # never broken across lines
    second = f"{esc(text.fingerprint_label)}: <font name='{bold}'>{number}</font>"
    if text.version:
        second += f" · {esc(text.version)}"
    for size in (9.0, 8.5, 8.0, 7.5, 7.0):  # a long name makes the type smaller, never clipped
        head = ParagraphStyle(
            "stamp-head", fontName=bold, fontSize=size, leading=size * 1.3, textColor=INK
        )
        body = ParagraphStyle(
            "stamp-body", fontName=FONT, fontSize=size, leading=size * 1.3, textColor=INK
        )
        note = ParagraphStyle(
            "stamp-note",
            fontName=FONT,
            fontSize=size - 0.5,
            leading=(size - 0.5) * 1.3,
            textColor=SOFT,
            spaceBefore=2.5,
        )
        parts = [
            Paragraph(esc(text.sealed_by), head),
            Paragraph(second, body),
            Paragraph(esc(text.how_to_check), note),
        ]
        used = sum(p.wrap(inner, room)[1] for p in parts) + note.spaceBefore
        if used <= room:
            break
    return parts, used


def stamp_height(text: StampText, width: float) -> float:
    """How tall the stamp must be for these words (within the space documents keep)."""
    _, used = _stamp_lines(text, width, SEAL_HEIGHT)
    return float(min(max(used + 2 * _PAD_Y, 16 * mm), SEAL_HEIGHT - 5 * mm))


def draw_stamp(text: StampText, width: float, height: float) -> bytes:
    """The stamp as a one-page PDF of exactly its size, set like the document around it
    (the bundled DejaVu, embedded; every letter kept): imported as the seal's appearance."""
    from reportlab.pdfgen.canvas import Canvas

    from wellplan.export.pdf import ACCENT, FONT, RULE

    parts, used = _stamp_lines(text, width, height - 2 * _PAD_Y)
    buffer = BytesIO()
    canvas = Canvas(
        buffer, pagesize=(width, height), invariant=1, pageCompression=1, initialFontName=FONT
    )
    canvas.setLineWidth(0.6)
    canvas.setStrokeColor(RULE)
    inset = 0.8  # the frame's line stays inside the stamp's box, whole at any zoom
    canvas.roundRect(inset, inset, width - 2 * inset, height - 2 * inset, 1.6 * mm)
    y = height - (height - used) / 2  # centred
    # the emblem, beside the first line: a small ring with a tick, in the accent colour
    cx, cy = _PAD_X + 1.6 * mm, y - parts[0].style.leading / 2 - 0.4
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.circle(cx, cy, 1.7 * mm)
    canvas.setLineWidth(0.9)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    tick = canvas.beginPath()
    tick.moveTo(cx - 0.8 * mm, cy + 0.05 * mm)
    tick.lineTo(cx - 0.2 * mm, cy - 0.6 * mm)
    tick.lineTo(cx + 0.9 * mm, cy + 0.7 * mm)
    canvas.drawPath(tick, stroke=1, fill=0)
    for part in parts:
        y -= part.style.spaceBefore + part.height
        part.drawOn(canvas, _PAD_X + _EMBLEM, y)
    canvas.showPage()
    canvas.save()
    # reportlab names every document's first font subset AAAAAA+…; the page under the
    # stamp has its own, so the stamp's get a tag of their own (same length: offsets hold)
    return re.sub(rb"/AAAA([A-K]{2})\+", rb"/WPST\1+", buffer.getvalue())


def stamp_words(text: StampText) -> str:
    """What the stamp says, as one text: a screen reader reads it instead of the picture."""
    parts = [text.sealed_by, f"{text.fingerprint_label}: {text.fingerprint}"]
    if text.version:
        parts.append(text.version)
    return ". ".join(p.replace("\u00a0", " ") for p in parts) + ". " + text.how_to_check


def _tag_seal(writer: Any, alt: str) -> None:
    """The seal's field, in a tagged PDF's structure tree: a Form element at the end of the
    document (it is the last thing on the last page), with the stamp's words as its
    alternative text and as the field's name a reader shows (PDF/UA-1, 7.18.4)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.generic import pdf_name, pdf_string

    root = writer.root
    tree_ref = root.raw_get("/StructTreeRoot") if "/StructTreeRoot" in root else None
    if not isinstance(tree_ref, generic.IndirectObject):
        return  # not a tagged PDF (WellPlan's are): nothing to add to
    tree = tree_ref.get_object()
    found = root["/AcroForm"]["/Fields"]
    widget_ref = next(
        ref
        for ref in (found.raw_get(i) for i in range(len(found)))
        if str(ref.get_object().get("/T")) == SEAL_FIELD
    )
    widget = widget_ref.get_object()
    page_ref = widget.raw_get("/P")
    key = int(tree["/ParentTreeNextKey"])
    widget[pdf_name("/StructParent")] = generic.NumberObject(key)
    widget[pdf_name("/TU")] = pdf_string(alt)
    document_ref = tree.raw_get("/K")
    document = document_ref.get_object()
    form = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/StructElem"),
            pdf_name("/S"): pdf_name("/Form"),
            pdf_name("/P"): document_ref,
            pdf_name("/Pg"): page_ref,
            pdf_name("/Alt"): pdf_string(alt),
            pdf_name("/K"): generic.DictionaryObject(
                {
                    pdf_name("/Type"): pdf_name("/OBJR"),
                    pdf_name("/Obj"): widget_ref,
                    pdf_name("/Pg"): page_ref,
                }
            ),
        }
    )
    form_ref = writer.add_object(form)
    kids = document.get("/K")
    if isinstance(kids, generic.ArrayObject):
        kids.append(form_ref)
    else:
        document[pdf_name("/K")] = generic.ArrayObject(
            [document.raw_get("/K"), form_ref] if kids is not None else [form_ref]
        )
    writer.mark_update(document_ref)
    parent_tree = tree["/ParentTree"]
    parent_tree["/Nums"].extend([generic.NumberObject(key), form_ref])
    if isinstance(tree.raw_get("/ParentTree"), generic.IndirectObject):
        writer.mark_update(tree.raw_get("/ParentTree"))
    tree[pdf_name("/ParentTreeNextKey")] = generic.NumberObject(key + 1)
    writer.mark_update(tree_ref)
    writer.mark_update(widget_ref)


def _stamp_style(draw: Callable[[dt.datetime], bytes]) -> Any:
    """A pyHanko stamp style whose appearance is the page ``draw`` makes for the signing
    moment pyHanko chooses (so the stamp's date is the signature's own)."""
    from pyhanko.pdf_utils.content import ResourceType
    from pyhanko.pdf_utils.generic import pdf_name
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.stamp import TextStampStyle
    from pyhanko.stamp.base import BaseStamp

    class DrawnStamp(BaseStamp):
        def __init__(self, writer: Any, style: Any, box: Any, page: bytes) -> None:
            super().__init__(writer=writer, style=style, box=box)
            self.page = page

        def _render_inner_content(self) -> list[bytes]:
            writer = self.writer
            assert writer is not None  # pyHanko gives every stamp its writer
            xobject = writer.import_page_as_xobject(PdfFileReader(BytesIO(self.page)))
            self.set_resource(ResourceType.XOBJECT, pdf_name("/Stamp"), xobject)
            return [b"/Stamp Do"]

    iso = "%Y-%m-%dT%H:%M:%S%z"

    @dataclass(frozen=True)
    class DrawnStyle(TextStampStyle):
        def create_stamp(self, writer: Any, box: Any, text_params: dict[str, Any]) -> Any:
            moment = dt.datetime.strptime(text_params["ts"], iso)
            return DrawnStamp(writer, self, box, draw(moment))

    return DrawnStyle(timestamp_format=iso, border_width=0)


def _made_at(writer: Any) -> dt.datetime | None:
    """When the document says it was made: for a frozen version, the version's own date
    (WellPlan dates a version's PDF by the version, the same every time it is made)."""
    from pyhanko.pdf_utils.generic import parse_pdf_date

    try:
        return parse_pdf_date(str(writer.prev.trailer_view["/Info"]["/CreationDate"]))
    except Exception:  # no date, or not one pyHanko reads: the seal's own date is used
        return None


def seal(
    pdf: bytes,
    identity: Identity,
    *,
    version: str,
    version_date: dt.datetime | None = None,
    language: str | None = None,
) -> tuple[bytes, str]:
    """Certify ``pdf`` with ``identity``, with a stamp on its last page; returns the sealed
    bytes and the sealer's fingerprint (printed on the stamp, and logged). ``version`` is
    'v2' for a frozen version (``version_date`` its date: by default the date the PDF says
    it was made, which for a version is the version's) or anything else for a document made
    from no one version. ``language``: the stamp's words
    (by default the app's)."""
    _quiet()
    from asn1crypto import x509
    from pyhanko.keys import load_private_key_from_pemder_data
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import MDPPerm
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    sealer_fp = identity.cert_fingerprint()
    cert = x509.Certificate.load(identity.cert_der())  # in memory: no temporary file
    key = load_private_key_from_pemder_data(identity.key_pem, passphrase=None)
    # the signing certificate only, once: the container holds nothing else (see verify)
    signer = signers.SimpleSigner(
        signing_cert=cert, signing_key=key, cert_registry=SimpleCertificateStore()
    )
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    page_ref, _ = writer.find_page_for_modification(-1)
    x1, _, x2, _ = (float(v) for v in page_ref.get_object()["/MediaBox"])
    name = identity.name or "WellPlan user"
    if version_date is None:
        version_date = _made_at(writer)

    def words(moment: dt.datetime) -> StampText:
        if language is None:
            return stamp_text(name, moment, version, version_date, sealer_fp)
        with speaking(language):
            return stamp_text(name, moment, version, version_date, sealer_fp)

    # sized for today's words; drawn for the signature's own moment (a few ms later)
    width = x2 - x1 - 2 * stamp_box(0, 0)[0]
    box = stamp_box(x2 - x1, stamp_height(words(dt.datetime.now(dt.UTC)), width))

    def draw(moment: dt.datetime) -> bytes:
        return draw_stamp(words(moment), box[2] - box[0], box[3] - box[1])

    meta = signers.PdfSignatureMetadata(
        field_name=SEAL_FIELD,
        certify=True,
        docmdp_permissions=MDPPerm.NO_CHANGES,
        subfilter=fields.SigSeedSubFilter.PADES,
        reason="Proof this file has not been changed since WellPlan made it",
        name=name,
    )
    # the field made first, so it is in the structure tree of the revision the seal signs
    fields.append_signature_field(
        writer,
        fields.SigFieldSpec(
            sig_field_name=SEAL_FIELD,
            on_page=-1,
            box=box,  # type: ignore[arg-type]  # points, not whole: pyHanko writes any number
        ),
    )
    _tag_seal(writer, stamp_words(words(dt.datetime.now(dt.UTC))))
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=_stamp_style(draw))
    out = BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue(), sealer_fp


# ---- the check ---------------------------------------------------------------------------


class Verdict(StrEnum):
    INTACT = "intact"  # sealed by this file's identity, not changed since
    INTACT_UNKNOWN = "intact-unknown-signer"  # not changed, but sealed by an identity we don't know
    SOMEONE_ELSE = "someone-else"  # not changed, but not sealed by the identity it was checked for
    ALTERED = "altered"
    UNSEALED = "unsealed"
    UNREADABLE = "unreadable"


EXIT_CODES = {
    Verdict.INTACT: 0,
    Verdict.INTACT_UNKNOWN: 0,
    Verdict.SOMEONE_ELSE: 1,
    Verdict.ALTERED: 1,
    Verdict.UNSEALED: 1,
    Verdict.UNREADABLE: 2,
}


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    message: str
    signer: str = ""
    signer_fingerprint: str = ""
    signed_at: dt.datetime | None = None

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.verdict]


class _Altered(Exception):
    """The seal's container isn't exactly what the seal writes."""


def _altered(why: str) -> Verification:
    logging.getLogger(__name__).debug("altered: %s", why)  # the person gets one plain sentence
    return Verification(
        Verdict.ALTERED,
        say(
            "seal",
            "This PDF was changed after it was sealed, or its seal is damaged. Don't rely on "
            "it; ask for a fresh copy.",
        ),
    )


def _unreadable() -> Verification:
    return Verification(
        Verdict.UNREADABLE,
        say("seal", "This isn't a PDF WellPlan can read: it may be damaged or not a PDF."),
    )


# what the seal writes in its signature container (pyHanko, PAdES, one ECDSA P-256 signer)
_SIGNED_ATTRS = ("content_type", "message_digest", "signing_certificate_v2")
# WellPlan 0.1's seal wrote the signing certificate twice, under a stamp set in Courier (not
# embedded): a PDF whose signed bytes hold that stamp may carry two identical copies
_LEGACY_STAMP = b"/FontName /Courier"
_HEX = re.compile(rb"<[0-9A-F]+>")


def _check_container(pdf: bytes, byte_range: list[int]) -> None:
    """_Altered unless the signature container is byte for byte what the seal writes:
    upper-case hex between the two signed ranges, which cover the rest of the file; one
    DER-encoded CMS SignedData and only zeros after it, encoded exactly as the seal encodes
    it (rebuilt here from its parts and compared): SHA-256, no CRLs, one certificate, the
    signer's (WellPlan 0.1 wrote the same one twice: then two identical copies), one signer
    with exactly the seal's signed attributes and no unsigned ones; and the digest of the
    signed ranges as the signer says. What the rebuild takes over as it stands is checked
    by the signature itself (the signed attributes, the signature value) or by the signed
    attributes' hash of the certificate, both checked here as well as by pyHanko after."""
    from asn1crypto import (
        algos,
        cms,
        core,
        parser,
        tsp,  # noqa: F401  (it teaches cms the signing_certificate_v2 attribute)
    )

    start1, len1, start2, len2 = (int(v) for v in byte_range)
    if start1 != 0 or not 0 < len1 < start2 or start2 + len2 != len(pdf):
        raise _Altered("the signed ranges don't cover the whole file")
    gap = pdf[len1:start2]
    if _HEX.fullmatch(gap) is None or len(gap) % 2:
        raise _Altered("the container isn't upper-case hex")
    raw = bytes.fromhex(gap[1:-1].decode("ascii"))
    _, _, _, header, contents, trailer = parser.parse(raw)
    used = len(header) + len(contents) + len(trailer)
    if raw[used:].strip(b"\0"):
        raise _Altered("something follows the signature in its container")
    signed = cms.ContentInfo.load(raw[:used])["content"]
    certs = list(signed["certificates"])
    # the signed ranges cover every byte but the container: the legacy mark can't be
    # added to a newer PDF without breaking its signature
    if len(certs) != (2 if _LEGACY_STAMP in pdf else 1):
        raise _Altered("certificates")
    cert = certs[0].chosen
    (signer,) = signed["signer_infos"]  # exactly one, or ValueError
    attrs = signer["signed_attrs"]
    if tuple(a["type"].native for a in attrs) != _SIGNED_ATTRS:
        raise _Altered("signed attributes")
    if any(len(a["values"]) != 1 for a in attrs):
        raise _Altered("signed attribute values")

    def sha256() -> algos.DigestAlgorithm:
        return algos.DigestAlgorithm({"algorithm": "sha256", "parameters": core.Null()})

    rebuilt = cms.ContentInfo(
        {
            "content_type": "signed_data",
            "content": cms.SignedData(
                {
                    "version": "v1",
                    "digest_algorithms": [sha256()],
                    "encap_content_info": {"content_type": "data"},
                    "certificates": [cms.CertificateChoices(name="certificate", value=cert)]
                    * len(certs),
                    "signer_infos": [
                        cms.SignerInfo(
                            {
                                "version": "v1",
                                "sid": cms.SignerIdentifier(
                                    name="issuer_and_serial_number",
                                    value=cms.IssuerAndSerialNumber(
                                        {"issuer": cert.issuer, "serial_number": cert.serial_number}
                                    ),
                                ),
                                "digest_algorithm": sha256(),
                                "signed_attrs": attrs,
                                "signature_algorithm": {"algorithm": "sha256_ecdsa"},
                                "signature": signer["signature"].native,
                            }
                        )
                    ],
                }
            ),
        }
    ).dump()
    if rebuilt != raw[:used]:
        raise _Altered("the container isn't what the seal writes")
    digest = hashlib.sha256(pdf[:len1] + pdf[start2:]).digest()
    if attrs[1]["values"][0].native != digest:
        raise _Altered("the file's digest")
    # and what pyHanko checks next, checked here too: the certificate is the one the signed
    # attributes name, and the signature over them is the certificate's key's
    (ess,) = attrs[2]["values"][0]["certs"]
    if (
        ess["hash_algorithm"]["algorithm"].native != "sha256"
        or ess["cert_hash"].native != hashlib.sha256(cert.dump()).digest()
    ):
        raise _Altered("the signed attributes name another certificate")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    key = x509.load_der_x509_certificate(cert.dump()).public_key()
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise _Altered("not the seal's kind of key")
    signed_attrs = b"\x31" + attrs.dump()[1:]  # signed as a SET OF, stored as [0]
    key.verify(signer["signature"].native, signed_attrs, ec.ECDSA(hashes.SHA256()))


_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")


def _quickly_altered(pdf: bytes) -> bool:
    """Whether the seal's container (or the digest it keeps) is wrong, judged in about a
    millisecond from the one /ByteRange in the file, before pyHanko reads the PDF (a few
    ms more). With no /ByteRange, or more than one, nothing is judged here: the full check
    decides. A genuine seal's one /ByteRange is its own, and passes."""
    found = _BYTE_RANGE.findall(pdf)
    if len(found) != 1:
        return False
    try:
        _check_container(pdf, [int(v) for v in found[0]])
    except Exception:  # _Altered, or a container that can't even be parsed
        return True
    return False


def _seal_remains(pdf: bytes) -> bool:
    """Whether a PDF with no readable signature still shows signs of having been sealed:
    the seal's marks, or a last revision cut off after it began (the seal's revision
    starts with the objects it updates, such as the page and the structure tree, before
    any of its marks)."""
    if any(mark in pdf for mark in (b"/ByteRange", SEAL_FIELD.encode(), b"/DocMDP")):
        return True
    end = pdf.rfind(b"%%EOF")
    return end >= 0 and re.search(rb"\d+\s+\d+\s+obj\b", pdf[end:]) is not None


def verify(
    pdf: bytes, known: Iterable[Identity] = (), *, expect_known: bool = False
) -> Verification:
    """Intact only if the signature is valid, covers the entire file (nothing appended, no
    later revision), the no-changes certification holds, and its container is exactly what
    the seal writes. ``known``: the identities this file knows. ``expect_known``: the PDF is
    expected to be sealed by one of them (``verify --file``): anyone else's seal is not a
    match. Never raises: whatever goes wrong reading the file is "unreadable", whatever goes
    wrong checking its seal is "altered"."""
    _quiet()
    known = list(known)
    if _quickly_altered(pdf):
        return _altered("its container or digest, found without reading the whole PDF")
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader

        reader = PdfFileReader(BytesIO(pdf), strict=False)
        reader.root  # noqa: B018 -- the catalogue: a PDF with none is no PDF
    except Exception:
        return _unreadable()
    try:
        signatures = reader.embedded_signatures
    except Exception:
        return _altered("the seal can't be read") if _seal_remains(pdf) else _unreadable()
    if not signatures:
        if _seal_remains(pdf):
            return _altered("the seal is gone")
        return Verification(
            Verdict.UNSEALED,
            say(
                "seal",
                "This PDF has no seal, so there is no way to tell whether it was changed.",
            ),
        )
    try:
        return _judge(pdf, signatures, known, expect_known)
    except Exception as exc:  # a KeyError, an unknown OID, a damaged object: all "altered"
        return _altered(repr(exc))


def _judge(
    pdf: bytes, signatures: list[Any], known: list[Identity], expect_known: bool
) -> Verification:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    if len(signatures) != 1:
        return _altered("more than one signature")
    embedded = signatures[0]
    _check_container(pdf, list(embedded.byte_range))  # cheap, and first
    roots = [asn1_x509.Certificate.load(i.cert_der()) for i in known]
    # never fetch anything (no revocation checks, no OS trust list): WellPlan stays offline
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    status = validate_pdf_signature(embedded, signer_validation_context=context)
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not (status.intact and status.valid and whole and status.docmdp_ok is not False):
        return _altered("the signature doesn't hold")
    cert = status.signing_cert
    signer_fp = fingerprint(cert.dump())
    names = cert.subject.native
    signer = str(names.get("common_name") or cert.subject.human_friendly)
    signed_at = status.signer_reported_dt
    when = ""
    if signed_at is not None:
        local = signed_at.astimezone()
        when = say("seal", " on {day} at {time}").format(day=day(local), time=f"{local:%H:%M}")
    ours = [i.cert_fingerprint() for i in known]
    found = dict(signer=signer, signer_fingerprint=signer_fp, signed_at=signed_at)
    if signer_fp in ours:
        return Verification(
            Verdict.INTACT,
            say(
                "seal",
                "Not changed since {signer} sealed it{when}. Sealer's fingerprint: {fp}.",
            ).format(signer=signer, when=when, fp=signer_fp),
            **found,  # type: ignore[arg-type]
        )
    if expect_known:
        theirs = (
            say("seal", "this plan file's sealer (fingerprint {fp})").format(fp=", ".join(ours))
            if ours
            else say("seal", "this plan file, which hasn't sealed anything yet")
        )
        return Verification(
            Verdict.SOMEONE_ELSE,
            say(
                "seal",
                "Sealed by someone else (fingerprint {fp}), “{signer}”, not by {theirs}. "
                "The PDF itself wasn't changed since it was sealed{when}.",
            ).format(fp=signer_fp, signer=signer, theirs=theirs, when=when),
            **found,  # type: ignore[arg-type]
        )
    whose = (
        say("seal", "an identity this file doesn't know")
        if ours
        else say("seal", "an identity WellPlan can't check without their plan file")
    )
    return Verification(
        Verdict.INTACT_UNKNOWN,
        say(
            "seal",
            "Not changed since it was sealed{when}, by “{signer}”, {whose}. Compare the "
            "sealer's fingerprint with the one the sender gives you: {fp}.",
        ).format(when=when, signer=signer, whose=whose, fp=signer_fp),
        **found,  # type: ignore[arg-type]
    )
