"""Reading a data document's JSON (docs/data-format.md) without trusting it: refused
before parsing when it is too big or holds too many values, and, with their place,
what JSON allows but a plan can't hold (duplicate keys, NaN, NUL characters, lone
surrogates). What the document says is checked by opendata.check."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any


class DataError(ValueError):
    """What is wrong with a data document, and where."""


#: The largest data document WellPlan reads: ten years of daily use is about 2.3 MB, so this
#: is room for more than a hundred years, and refused before any of it is parsed.
MAX_DATA_BYTES = 16_000_000
#: The most values (objects, lists, texts, numbers) a document may hold, counted cheaply
#: before parsing (an upper bound: every , : [ and { in the text). Ten years of use hold
#: about 90,000. This is what bounds the memory parsing takes: see docs/data-format.md.
MAX_VALUES = 1_000_000


def load_path(path: Path) -> Any:
    """The data document in the file at ``path``, parsed and checked for what JSON itself
    allows but a plan can't hold; raises DataError naming the problem and its place."""
    name = path.name
    try:
        with path.open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_DATA_BYTES:
                raise DataError(_too_big(name, size))
            raw = fh.read(MAX_DATA_BYTES + 1)  # a pipe or device says size 0: read no more
    except FileNotFoundError:
        raise DataError(f"{name} doesn't exist.") from None
    except IsADirectoryError:
        raise DataError(f"{name} is a folder, not a data file.") from None
    except OSError as exc:
        raise DataError(f"{name} can't be read: {(exc.strerror or str(exc)).lower()}.") from None
    if len(raw) > MAX_DATA_BYTES:
        raise DataError(_too_big(name, len(raw)))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _place(raw[: exc.start].decode("utf-8", "replace"), None)
        raise DataError(f"line {line}, column {column}: this isn't UTF-8 text.") from None
    del raw
    return loads(text)


def _too_big(name: str, size: int) -> str:
    return (
        f"{name} is {size / 1e6:.1f} MB; WellPlan reads data documents of up to "
        f"{MAX_DATA_BYTES / 1e6:.0f} MB (ten years of plans is about 2 MB), so it wasn't read."
    )


def _place(text: str, offset: int | None) -> tuple[int, int]:
    """Line and column (from 1) of ``offset`` in ``text`` (its end when None)."""
    end = len(text) if offset is None else offset
    line = text.count("\n", 0, end) + 1
    return line, end - (text.rfind("\n", 0, end) + 1) + 1


class _NotANumber(ValueError):
    pass


def loads(text: str) -> Any:
    """Parse a data document: refuses one over MAX_DATA_BYTES or MAX_VALUES before parsing,
    and, with their place, duplicate keys, NaN and Infinity, NUL characters and lone
    surrogates (JSON allows them all; a plan can't hold them)."""
    if len(text) > MAX_DATA_BYTES:
        raise DataError(_too_big("This document", len(text.encode("utf-8", "surrogatepass"))))
    values = sum(text.count(c) for c in ",:[{")
    if values > MAX_VALUES:
        raise DataError(
            f"This document holds more than {MAX_VALUES:,} values (ten years of plans hold "
            "about 90,000), so it wasn't read."
        )
    duplicates: dict[int, str] = {}

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(items)
        if len(result) != len(items):  # remembered by the object, so its path can be named
            seen: set[str] = set()
            for key, _value in items:
                if key in seen:
                    duplicates[id(result)] = key
                    break
                seen.add(key)
        return result

    def constant(name: str) -> Any:
        raise _NotANumber(name)

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
    except _NotANumber as exc:
        found = re.search(r"(?<=[\[:,\s])-?(?:NaN|Infinity)(?=[\s,\]}])", text)
        line, column = _place(text, found.start() if found else None)
        raise DataError(
            f"line {line}, column {column}: {exc} isn't a number a plan can hold."
        ) from None
    except json.JSONDecodeError as exc:
        raise DataError(f"line {exc.lineno}, column {exc.colno}: {exc.msg}.") from None
    except (ValueError, RecursionError) as exc:
        raise DataError(f"This isn't readable JSON: {exc}") from None
    _walk(data, duplicates, check_text="\\u" in text or "\x00" in text)
    return data


_BAD_TEXT = re.compile("[\x00\ud800-\udfff]")


def _walk(data: Any, duplicates: dict[int, str], *, check_text: bool) -> None:
    """Find a duplicate key, or (with ``check_text``) a NUL or lone surrogate in any text,
    and raise DataError naming its JSON path. Iterative: any depth JSON parsed is fine."""
    if not duplicates and not check_text:
        return
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            if id(value) in duplicates:
                raise DataError(f"{_path(path)}: the key “{duplicates[id(value)]}” is there twice.")
            for key, item in value.items():
                if check_text:
                    _text_ok(key, path, "a key")
                stack.append((item, (*path, key)))
        elif isinstance(value, list):
            stack.extend((item, (*path, n)) for n, item in enumerate(value))
        elif check_text and isinstance(value, str):
            _text_ok(value, path, "the text")


def _text_ok(text: str, path: tuple[str | int, ...], what: str) -> None:
    bad = _BAD_TEXT.search(text)
    if bad is None:
        return
    if bad.group() == "\x00":
        raise DataError(
            f"{_path(path)}: {what} holds a NUL character (\\u0000), which a plan can't hold."
        )
    raise DataError(
        f"{_path(path)}: {what} holds half of a character (\\u{ord(bad.group()):04x}, a lone "
        "surrogate), which isn't text a plan can hold."
    )


def _path(path: tuple[str | int, ...]) -> str:
    """A JSON path as the check's messages write it: plans[1].answers.daily.when_well"""
    if not path:
        return "the document"
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


# ---- rebuilding ----------------------------------------------------------------------------
