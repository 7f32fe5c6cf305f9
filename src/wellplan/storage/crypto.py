"""Locking a plan file with a passphrase: SQLCipher 4 with a key derived once by Argon2id.

An encrypted WellPlan file is still one file. Its first 16 bytes are the only plain bytes
in it, and SQLCipher lets us choose them (they are the database's salt): "WPLN", a format
byte, the Argon2id settings (time, log2 of memory in KiB, lanes) and 8 random bytes of salt.
So WellPlan can tell a locked file of its own from anything else, and derive the key, from
those bytes alone; everything after them is ciphertext.

The key is 32 bytes. The recovery key is that key, written in 14 groups of 4 letters and
digits with a checksum: it opens the file without the passphrase. Without one or the other,
no one can open the file, including us. Changing the passphrase makes a new key, so a new
recovery key.
"""

from __future__ import annotations

import base64
import hashlib
import os
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from wellplan.domain.words import mark, said, say
from wellplan.storage.errors import StorageError, Title

MAGIC = b"WPLN\x01"
HEADER_SIZE = 16
# about half a second on a 2-core laptop; 64 MiB of memory, freed straight after
DEFAULT_TIME_COST = 8
DEFAULT_MEMORY_LOG2 = 16  # 2**16 KiB
DEFAULT_LANES = 1
RECOVERY_GROUPS = 14


UNAVAILABLE = mark(  # (said in the app's language where it is shown)
    "storage",
    "Locking files with a passphrase needs SQLCipher and Argon2, which aren't installed "
    "with this WellPlan. Reinstall it with its locking support (pip install sqlcipher3 "
    "argon2-cffi), or use WellPlan on a computer where locking works.",
)


class CryptoUnavailable(StorageError):
    """SQLCipher or Argon2 isn't installed on this system."""

    title = Title(mark("storage", "Locking isn't available here"))


@cache
def available() -> bool:
    """Whether files can be locked (and locked files opened) here: SQLCipher and Argon2 are
    both installed. Where they aren't, the window hides locking and the commands say why."""
    try:
        import argon2.low_level  # noqa: F401
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def driver() -> Any:
    try:
        import sqlcipher3
    except ImportError as exc:
        raise CryptoUnavailable(said("storage", UNAVAILABLE)) from exc
    return sqlcipher3


@dataclass(frozen=True)
class KdfHeader:
    time_cost: int
    memory_log2: int
    lanes: int
    salt: bytes  # 8 random bytes

    @classmethod
    def new(cls) -> KdfHeader:
        return cls(DEFAULT_TIME_COST, DEFAULT_MEMORY_LOG2, DEFAULT_LANES, os.urandom(8))

    def to_bytes(self) -> bytes:
        return MAGIC + bytes([self.time_cost, self.memory_log2, self.lanes]) + self.salt

    @classmethod
    def from_bytes(cls, data: bytes) -> KdfHeader:
        if len(data) < HEADER_SIZE or not data.startswith(MAGIC):
            raise ValueError("not a locked WellPlan file")
        t, m, p = data[5], data[6], data[7]
        if not (1 <= t <= 64 and 10 <= m <= 22 and 1 <= p <= 16):
            raise ValueError("unusual key settings")
        return cls(t, m, p, bytes(data[8:16]))


def is_locked_header(first_bytes: bytes) -> bool:
    return first_bytes.startswith(MAGIC)


def read_header(path: Path) -> KdfHeader:
    with Path(path).open("rb") as fh:
        return KdfHeader.from_bytes(fh.read(HEADER_SIZE))


@dataclass(frozen=True)
class Unlock:
    """What opens one locked file: the 32-byte key and the file's first 16 bytes."""

    key: bytes = field(repr=False)  # never in a log line or a traceback's locals
    header: KdfHeader = field(repr=False)

    def keyspec(self) -> str:
        """SQLCipher's raw-key form, key and salt (the salt only matters for a new file)."""
        return f"x'{self.key.hex()}{self.header.to_bytes().hex()}'"

    def recovery_key(self) -> str:
        return recovery_key(self.key)


def derive_key(passphrase: str, header: KdfHeader) -> bytes:
    """Argon2id over the passphrase (NFC, so the same letters typed on another keyboard or
    system give the same key)."""
    try:
        from argon2.low_level import Type, hash_secret_raw
    except ImportError as exc:
        raise CryptoUnavailable(said("storage", UNAVAILABLE)) from exc

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hash_secret_raw(
        secret,
        header.salt,
        time_cost=header.time_cost,
        memory_cost=2**header.memory_log2,
        parallelism=header.lanes,
        hash_len=32,
        type=Type.ID,
    )


def recovery_key(key: bytes) -> str:
    check = hashlib.sha256(b"wellplan recovery" + key).digest()[:3]
    text = base64.b32encode(key + check).decode("ascii")  # 56 letters and digits, no padding
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _clean(text: str) -> str:
    clean = "".join(ch for ch in text.upper() if ch.isascii() and ch.isalnum())
    return clean.replace("0", "O").replace("1", "I").replace("8", "B")  # misread letters


def looks_like_recovery_key(text: str) -> bool:
    clean = _clean(text)
    return len(clean) == RECOVERY_GROUPS * 4 and all(
        ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for ch in clean
    )


def key_from_recovery(text: str) -> bytes:
    """The key a recovery key stands for. Raises ValueError with a plain reason."""
    clean = _clean(text)
    if len(clean) != RECOVERY_GROUPS * 4:
        raise ValueError(
            say(
                "storage",
                "A recovery key has {RECOVERY_GROUPS} groups of 4 letters and digits; this one has a different length.",
            ).format(RECOVERY_GROUPS=RECOVERY_GROUPS)
        )
    try:
        raw = base64.b32decode(clean)
    except ValueError:
        raise ValueError(
            say("storage", "That isn't a recovery key: it has letters a recovery key never has.")
        ) from None
    key, check = raw[:32], raw[32:]
    if hashlib.sha256(b"wellplan recovery" + key).digest()[:3] != check:
        raise ValueError(
            say(
                "storage",
                "A letter or digit in that recovery key is wrong. Please check each group.",
            )
        )
    return key


def unlock_with(path: Path, secret: str) -> Unlock:
    """An Unlock from a passphrase or a recovery key (told apart by their shape). Whether it
    really opens the file is checked when the file is opened."""
    header = read_header(path)
    if looks_like_recovery_key(secret):
        try:
            return Unlock(key_from_recovery(secret), header)
        except ValueError:
            pass  # perhaps a passphrase that happens to look like one
    return Unlock(derive_key(secret, header), header)


def new_unlock(passphrase: str) -> Unlock:
    header = KdfHeader.new()
    return Unlock(derive_key(passphrase, header), header)
