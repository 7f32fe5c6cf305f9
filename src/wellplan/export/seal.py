"""The seal: a PAdES B-B certification signature ("no changes allowed") that lets anyone
check a PDF was not changed after WellPlan made it, and the check itself.

The seal is proof the file has not been changed. It is not, by itself, a legal signature.
cryptography and pyHanko are imported here only, when sealing or verifying.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from io import BytesIO

from reportlab.lib.units import mm

SEAL_FIELD = "WellPlanSeal"
SEAL_HEIGHT = 34 * mm  # the space a sealed document keeps free at the end of its last page
_STAMP_BOX = (18 * mm, 18 * mm, 18 * mm + 120 * mm, 18 * mm + 30 * mm)  # x1, y1, x2, y2 in points


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
    key_pem: bytes
    cert_pem: bytes

    def cert_fingerprint(self) -> str:
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization

        der = x509.load_pem_x509_certificate(self.cert_pem).public_bytes(serialization.Encoding.DER)
        return fingerprint(der)


def new_identity(name: str) -> Identity:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name or "WellPlan user"),
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


def _ascii(text: str) -> str:
    """The stamp uses a standard PDF font, which has Latin letters only; the document's own
    text keeps every script."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain or "WellPlan user"


def seal(pdf: bytes, identity: Identity, *, version: str) -> tuple[bytes, str]:
    """Certify ``pdf`` with ``identity``; returns the sealed bytes and the fingerprint of
    the document as it was before sealing (printed on the stamp and logged)."""
    _quiet()
    from asn1crypto import pem, x509
    from pyhanko.keys import load_private_key_from_pemder_data
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import MDPPerm
    from pyhanko.stamp import QRStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    content_fp = fingerprint(pdf)
    _, _, der = pem.unarmor(identity.cert_pem)  # in memory: no temporary file
    cert = x509.Certificate.load(der)
    key = load_private_key_from_pemder_data(identity.key_pem, passphrase=None)
    signer = signers.SimpleSigner(
        signing_cert=cert, signing_key=key, cert_registry=SimpleCertificateStore.from_certs([cert])
    )
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(
        field_name=SEAL_FIELD,
        certify=True,
        docmdp_permissions=MDPPerm.NO_CHANGES,
        subfilter=fields.SigSeedSubFilter.PADES,
        reason="Proof this file has not been changed since WellPlan made it",
        name=_ascii(identity.name),
    )
    style = QRStampStyle(
        stamp_text=(
            "Sealed by: %(signer)s\nDate: %(ts)s\nVersion: %(version)s\nFingerprint: %(fp)s\n"
            "Check it: wellplan verify FILE.pdf"
        ),
        border_width=1,
    )
    pdf_signer = signers.PdfSigner(
        meta,
        signer=signer,
        stamp_style=style,
        new_field_spec=fields.SigFieldSpec(sig_field_name=SEAL_FIELD, on_page=-1, box=_STAMP_BOX),
    )
    out = BytesIO()
    pdf_signer.sign_pdf(
        writer,
        output=out,
        appearance_text_params={
            "url": f"WellPlan seal {content_fp}",
            "version": _ascii(version),
            "fp": content_fp,
        },
    )
    return out.getvalue(), content_fp


class Verdict(StrEnum):
    INTACT = "intact"  # sealed by this file's identity, not changed since
    INTACT_UNKNOWN = "intact-unknown-signer"  # not changed, but sealed by an identity we don't know
    ALTERED = "altered"
    UNSEALED = "unsealed"
    UNREADABLE = "unreadable"


EXIT_CODES = {
    Verdict.INTACT: 0,
    Verdict.INTACT_UNKNOWN: 0,
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


def verify(pdf: bytes, known: Iterable[Identity] = ()) -> Verification:
    """Intact only if the signature is valid, covers the entire file (nothing appended, no
    later revision) and the no-changes certification holds."""
    _quiet()
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except (PdfReadError, ValueError, KeyError, IndexError, TypeError) as exc:
        return Verification(Verdict.UNREADABLE, f"This isn't a PDF WellPlan can read ({exc}).")
    if not signatures:
        return Verification(
            Verdict.UNSEALED,
            "This PDF has no seal, so there is no way to tell whether it was changed.",
        )
    embedded = signatures[0]
    known = list(known)
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import ValidationContext

    roots = [asn1_x509.Certificate.load(pem.unarmor(i.cert_pem)[2]) for i in known]
    # never fetch anything (no revocation checks, no OS trust list): WellPlan stays offline
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        status = validate_pdf_signature(embedded, signer_validation_context=context)
    except (SignatureValidationError, PdfReadError, ValueError) as exc:
        return Verification(
            Verdict.ALTERED,
            f"The seal doesn't match the file: it was changed after sealing ({exc}).",
        )
    cert = status.signing_cert
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    der = cert.dump()
    signer_fp = fingerprint(der)
    subject = x509.load_der_x509_certificate(der).subject.rfc4514_string()
    signer = subject.split("CN=", 1)[1].split(",")[0] if "CN=" in subject else subject
    signed_at = status.signer_reported_dt
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    unchanged = status.docmdp_ok is not False and len(signatures) == 1
    if not (status.intact and status.valid and whole and unchanged):
        return Verification(
            Verdict.ALTERED,
            "This PDF was changed after it was sealed. Don't rely on it; ask for a fresh copy.",
            signer,
            signer_fp,
            signed_at,
        )
    ours = {
        fingerprint(
            x509.load_pem_x509_certificate(i.cert_pem).public_bytes(serialization.Encoding.DER)
        )
        for i in known
    }
    when = f" on {signed_at:%d %B %Y at %H:%M} UTC" if signed_at else ""
    if signer_fp in ours:
        return Verification(
            Verdict.INTACT,
            f"Not changed since {signer} sealed it{when}.",
            signer,
            signer_fp,
            signed_at,
        )
    known_any = bool(ours)
    whose = (
        "an identity this file doesn't know"
        if known_any
        else "an identity WellPlan can't check without their plan file"
    )
    return Verification(
        Verdict.INTACT_UNKNOWN,
        f"Not changed since it was sealed{when}, by “{signer}”, {whose}. "
        f"Compare its fingerprint with the sender's: {signer_fp}.",
        signer,
        signer_fp,
        signed_at,
    )
