"""Resource TOML files are parsed once and remembered in the cache folder until they change."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from wellplan import resources
from wellplan.domain.templates import load_template_file, template_file


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "resources"
    (folder / "templates").mkdir(parents=True)
    monkeypatch.setattr(resources, "resource_root", lambda: folder)
    monkeypatch.setenv("WELLPLAN_DATA_DIR", str(tmp_path / "data"))
    return folder


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("parsed again")

    monkeypatch.setattr(tomllib, "load", refuse)


def test_a_file_is_parsed_once_and_read_back_the_same(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = root / "templates" / "one.toml"
    path.write_text('title = "Élan — 1"\n[[items]]\nn = 1\nok = true\nx = 1.5\n', "utf-8")
    first = resources.remembered_toml(path)
    assert first == {"title": "Élan — 1", "items": [{"n": 1, "ok": True, "x": 1.5}]}
    no_parsing(monkeypatch)
    assert resources.remembered_toml(path) == first


def test_a_changed_file_is_parsed_again(root: Path) -> None:
    path = root / "templates" / "one.toml"
    path.write_text('title = "before"\n', "utf-8")
    assert resources.remembered_toml(path) == {"title": "before"}
    path.write_text('title = "after!"\n', "utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert resources.remembered_toml(path) == {"title": "after!"}


def test_a_damaged_or_unwritable_cache_is_worked_without(root: Path, tmp_path: Path) -> None:
    path = root / "templates" / "one.toml"
    path.write_text('title = "kept"\n', "utf-8")
    resources.remembered_toml(path)
    (record,) = (tmp_path / "data" / "Cache" / "parsed").iterdir()
    record.write_bytes(b'{"key": "\xff broken')
    assert resources.remembered_toml(path) == {"title": "kept"}
    assert '"kept"' in record.read_text("utf-8")  # repaired

    cache = tmp_path / "data" / "Cache"
    for child in cache.glob("**/*"):
        if child.is_file():
            child.unlink()
    (cache / "parsed").rmdir()
    (cache / "parsed").write_text("a file where the folder should be")
    assert resources.remembered_toml(path) == {"title": "kept"}


def test_dates_are_not_kept_but_still_read(root: Path, tmp_path: Path) -> None:
    path = root / "templates" / "dated.toml"
    path.write_text("checked = 2026-11-23\n", "utf-8")
    assert str(resources.remembered_toml(path)["checked"]) == "2026-11-23"
    assert not (tmp_path / "data" / "Cache" / "parsed").exists()


def test_the_real_templates_read_the_same_from_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = load_template_file(template_file("pad"))
    no_parsing(monkeypatch)
    assert load_template_file(template_file("pad")) == parsed


def test_a_full_disk_leaves_no_half_written_cache(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = root / "templates" / "one.toml"
    path.write_text('title = "kept"\n', "utf-8")
    real_write = Path.write_text

    def full(self: Path, text: str, *args: object, **kwargs: object) -> int:
        real_write(self, text[: len(text) // 2], encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    assert resources.remembered_toml(path) == {"title": "kept"}
    assert list((tmp_path / "data" / "Cache" / "parsed").iterdir()) == []
