"""Where the plan file and the seal meet: the file's sealing identity, made on first use.

Like cli.py, this sits above storage and export (which never import each other)."""

from __future__ import annotations

from wellplan.export.seal import Identity, new_identity
from wellplan.storage.document import PlanFile, StoredIdentity


def identity_for(doc: PlanFile, name: str) -> Identity:
    stored = doc.signing_identity()
    if stored is None:
        made = new_identity(name or "WellPlan user")
        stored = StoredIdentity(made.name, made.key_pem, made.cert_pem)
        doc.save_signing_identity(stored)
    return Identity(stored.name, stored.key_pem, stored.cert_pem)


def known_identities(doc: PlanFile) -> list[Identity]:
    stored = doc.signing_identity()
    return [Identity(stored.name, stored.key_pem, stored.cert_pem)] if stored is not None else []
