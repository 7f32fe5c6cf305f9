"""Damaged plan files through every command (issue 21, item 8 and the acceptance's corrupt-file
cases): cut short, a changed byte in a row, in the table layout, in an index page, in a
locked file's pages. Each command gives a plain message and a non-zero exit, never a
traceback, and the file is left byte for byte as it was (with nothing new beside it).

Each damage is made at a place found in the file itself (a row's bytes, a table's root page),
so the cases stay meaningful when the demo changes."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from wellplan import cli
from wellplan.domain.signing import Mark, Role, Signature
from wellplan.storage import crypto
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile, check_file
from wellplan.storage.errors import DamagedFile

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.conftest import DialogLog

NAME = "plans.wellplan"


@dataclass(frozen=True)
class Pristine:
    """A healthy file with a drawn signature, and where things are in its bytes."""

    data: bytes
    page: int
    roots: dict[str, int]
    rows: dict[str, bytes]  # what to damage -> bytes found exactly once in the file
    titles: dict[str, str]  # plan kind -> title
    owners: dict[str, str]  # what to damage -> the title of the plan it belongs to
    ids: dict[str, int]  # every plan's title -> its id


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Pristine:
    path = tmp_path_factory.mktemp("pristine") / NAME
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WELLPLAN_DATA_DIR", str(path.parent / "data"))
        write_demo(path)
        with PlanFile.open(path) as doc:
            pad = next(p for p in doc.list_plans() if p.kind == "pad")
            mark = Mark("drawn", strokes=(((0.1, 0.5), (0.5, 0.2), (0.9, 0.6)),), aspect=3.0)
            doc.sign(
                pad.id,
                [
                    Signature(
                        Role.PERSON,
                        "Robin Okafor",
                        mark,
                        "I make this directive of my own free will.",
                        dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC),
                    )
                ],
            )
            titles = {p.kind: p.title for p in doc.list_plans()}
            ids = {p.title: p.id for p in doc.list_plans()}
    data = path.read_bytes()
    connection = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        page = connection.execute("PRAGMA page_size").fetchone()[0]
        roots = dict(connection.execute("SELECT name, rootpage FROM sqlite_master"))
        wrap_title, version_title, signed_title = (
            connection.execute(sql).fetchone()[0]
            for sql in (
                "SELECT title FROM plan WHERE kind = 'wrap'",
                "SELECT p.title FROM plan p JOIN plan_version v ON v.plan_id = p.id ORDER BY v.id",
                "SELECT p.title FROM plan p JOIN plan_version v ON v.plan_id = p.id "
                "JOIN signature s ON s.version_id = v.id",
            )
        )
        wrap_id = connection.execute("SELECT id FROM plan WHERE kind = 'wrap'").fetchone()[0]
        found = {
            "answer value": connection.execute(
                "SELECT value FROM answer WHERE plan_id = ? AND value LIKE '[\"%' "
                "ORDER BY length(value) DESC",
                (wrap_id,),
            ).fetchone()[0],
            "answer updated_at": connection.execute(
                "SELECT updated_at FROM answer WHERE plan_id = ?", (wrap_id,)
            ).fetchone()[0],
            "plan created_at": connection.execute(
                "SELECT created_at FROM plan WHERE id = ?", (wrap_id,)
            ).fetchone()[0],
            "plan title": connection.execute(
                "SELECT title FROM plan WHERE id = ?", (wrap_id,)
            ).fetchone()[0],
            "version answers": connection.execute(
                "SELECT answers FROM plan_version ORDER BY id LIMIT 1"
            ).fetchone()[0],
            "signature mark": connection.execute("SELECT mark FROM signature").fetchone()[0],
        }
    finally:
        connection.close()
    # the start of each value: a long one runs on into overflow pages, its start stays put
    rows = {what: str(text).encode()[:60] for what, text in found.items()}
    for what, needle in rows.items():
        assert data.count(needle) == 1, f"{what} isn't in the file exactly once"
    owners = {what: wrap_title for what in rows}
    owners.update({"version answers": version_title, "signature mark": signed_title})
    return Pristine(data, page, roots, rows, titles, owners, ids)


def _flip(data: bytes, offset: int, value: int) -> bytes:
    changed = bytearray(data)
    assert changed[offset] != value
    changed[offset] = value
    return bytes(changed)


def _in_row(what: str, at: int, value: int) -> Callable[[Pristine], bytes]:
    def damage(p: Pristine) -> bytes:
        return _flip(p.data, p.data.index(p.rows[what]) + at, value)

    return damage


def _in_schema(table: str, word: bytes, at: int, value: int) -> Callable[[Pristine], bytes]:
    def damage(p: Pristine) -> bytes:
        create = p.data.index(f"CREATE TABLE {table}".encode())
        return _flip(p.data, create + p.data[create:].index(word) + at, value)

    return damage


def _in_page(name: str, fraction: float, value: int | None = None) -> Callable[[Pristine], bytes]:
    """A byte in the root page of table or index ``name``: ``fraction`` 0 is the page's
    type; otherwise a byte inside its first cell (found from the page's cell pointers, so
    it stays inside what the page holds however full it is; a fixed place in the page may
    be free space once the file holds more)."""

    def damage(p: Pristine) -> bytes:
        base = (p.roots[name] - 1) * p.page
        if fraction == 0:
            offset = base
        else:
            kind = p.data[base]
            pointers = base + (12 if kind in (2, 5) else 8)  # interior pages: 4 bytes more
            first = int.from_bytes(p.data[pointers : pointers + 2], "big")
            offset = base + first + (6 if kind in (2, 5) else 3)  # into the cell's key
        return _flip(p.data, offset, value if value is not None else p.data[offset] ^ 0x5A)

    return damage


DAMAGE: dict[str, Callable[[Pristine], bytes]] = {
    "cut to its header": lambda p: p.data[:100],
    "cut mid-page": lambda p: p.data[: len(p.data) - 1000],
    "last page missing": lambda p: p.data[: len(p.data) - p.page],
    "answer's JSON": _in_row("answer value", 0, ord("{")),
    "answer's updated_at": _in_row("answer updated_at", 5, ord("x")),
    "plan's created_at": _in_row("plan created_at", 6, ord("z")),
    "plan title not UTF-8": _in_row("plan title", 2, 0xFF),
    "version's answers": _in_row("version answers", 0, ord("[")),
    "signature's mark": _in_row("signature mark", 0, ord("#")),
    "CREATE statement not UTF-8": _in_schema("answer", b"answer", 2, 0xFF),
    "column renamed in CREATE": _in_schema("plan_version", b"title", 4, ord("q")),
    "index page": _in_page("ix_record_use_person", 0.97),
    "primary key index page": _in_page("sqlite_autoindex_answer_1", 0.9),
    "table page type": _in_page("answer", 0.0, 0x0E),
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(args: list[str]) -> tuple[int, str]:
    """The command in this process: an exception out of main() is a traceback, and fails."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = cli.main(args)
    return code, out.getvalue()


def assert_plain(text: str, *names: str) -> None:
    assert text.strip(), "no message at all"
    assert "Traceback" not in text and "[Errno" not in text, text
    assert any(name in text for name in names), text


@dataclass
class Damaged:
    path: Path
    folder: Path

    def beside(self) -> list[str]:
        return sorted(p.name for p in self.folder.iterdir())


@pytest.fixture(params=list(DAMAGE))
def damaged(request: pytest.FixtureRequest, pristine: Pristine, tmp_path: Path) -> Damaged:
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / NAME
    path.write_bytes(DAMAGE[request.param](pristine))
    path.chmod(0o600)
    return Damaged(path, folder)


@pytest.mark.parametrize(
    ("command", "code"),
    [
        (["check", "{file}"], 1),
        (["export", "{file}", "--out", "{out}/plan.pdf"], 2),
        (["export", "{file}", "--plan", "crisis", "--seal", "--out", "{out}/sealed.pdf"], 2),
        (["export-data", "{file}", "--out", "{out}/data.json"], 2),
        (["backup", "{file}", "{out}/copy.wellplan"], 2),
        (["encrypt", "{file}", "--new-passphrase-file", "{out}/secret"], 2),
    ],
    ids=["check", "export", "export --seal", "export-data", "backup", "encrypt"],
)
def test_every_command_refuses_a_damaged_file_and_leaves_it_alone(
    damaged: Damaged, tmp_path: Path, command: list[str], code: int
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "secret").write_text("correct horse battery staple", encoding="utf-8")
    before, beside = _digest(damaged.path), damaged.beside()
    args = [a.format(file=damaged.path, out=out) for a in command]
    result, text = run(args)
    assert result == code, text
    assert_plain(text, NAME)
    assert _digest(damaged.path) == before
    assert damaged.beside() == beside  # no -wal, -shm or temporary file left beside it
    assert sorted(p.name for p in out.iterdir()) == ["secret"]  # no PDF, JSON or copy made


def test_a_damaged_backup_is_never_restored(
    damaged: Damaged, pristine: Pristine, tmp_path: Path
) -> None:
    good = tmp_path / "good.wellplan"
    good.write_bytes(pristine.data)
    before, backup = _digest(good), _digest(damaged.path)
    result, text = run(["restore", str(damaged.path), str(good)])
    assert result == 2, text
    assert_plain(text, NAME)
    assert _digest(good) == before and _digest(damaged.path) == backup


def test_verify_and_decrypt_never_crash_on_a_damaged_file_or_change_it(
    damaged: Damaged, tmp_path: Path
) -> None:
    """verify --file reads only the file's sealing key, so a PDF can be judged while other
    rows are damaged; decrypt has nothing to do on a plain file. Neither may crash or write."""
    pdf = tmp_path / "not-really.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    before = _digest(damaged.path)
    for args in (["verify", str(pdf), "--file", str(damaged.path)], ["decrypt", str(damaged.path)]):
        _result, text = run(args)
        assert "Traceback" not in text and "[Errno" not in text, text
        assert _digest(damaged.path) == before


#: Each damage to a row, and what is damaged in it.
ROW_DAMAGE = {
    "answer's JSON": "answer value",
    "answer's updated_at": "answer updated_at",
    "plan's created_at": "plan created_at",
    "plan title not UTF-8": "plan title",
    "version's answers": "version answers",
    "signature's mark": "signature mark",
}


@pytest.mark.parametrize("damage", list(ROW_DAMAGE))
def test_check_reads_every_row_and_names_the_plan(
    pristine: Pristine, tmp_path: Path, damage: str
) -> None:
    path = tmp_path / NAME
    path.write_bytes(DAMAGE[damage](pristine))
    report = check_file(path)
    assert not report.healthy
    (plan_id, label), *others = report.plans.items()
    assert others == []
    if damage == "plan title not UTF-8":  # the title is what can't be read: named by number
        assert label == f"plan {plan_id}"
    else:
        title = pristine.owners[ROW_DAMAGE[damage]]
        assert label == title and title in report.problems[0]


@pytest.mark.parametrize("damage", list(ROW_DAMAGE))
def test_a_damaged_row_is_a_message_naming_its_plan_and_the_other_plans_stay_readable(
    pristine: Pristine, tmp_path: Path, damage: str
) -> None:
    path = tmp_path / NAME
    path.write_bytes(DAMAGE[damage](pristine))
    before = _digest(path)
    owner = pristine.owners[ROW_DAMAGE[damage]]
    damaged_id = pristine.ids[owner]
    others = set(pristine.ids.values()) - {damaged_id}
    with PlanFile.open(path) as doc:
        assert {p.id for p in doc.overview()[0]} >= others  # the home still lists them
        for plan_id in others:
            assert doc.load_plan(plan_id).answers  # and each of them opens
        with pytest.raises(DamagedFile) as caught:
            if ROW_DAMAGE[damage] in ("version answers", "signature mark"):
                doc.version_bundle(doc.versions(damaged_id)[0].id, "test")
            else:
                doc.load_plan(damaged_id)
        assert NAME in str(caught.value) and len(caught.value.plans) == 1
        if damage != "plan title not UTF-8":
            assert caught.value.plans == (owner,) and owner in str(caught.value)
        with pytest.raises(DamagedFile):  # and nothing is written to it any more
            doc.rename_plan(min(others), "Anything")
    assert _digest(path) == before


# ---- locked files --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def locked_pristine(pristine: Pristine, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from wellplan.storage.locking import set_lock

    path = tmp_path_factory.mktemp("locked") / NAME
    path.write_bytes(pristine.data)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WELLPLAN_DATA_DIR", str(path.parent / "data"))
        mp.setattr(crypto, "DEFAULT_TIME_COST", 1)  # the settings go in the header: fast
        mp.setattr(crypto, "DEFAULT_MEMORY_LOG2", 10)
        set_lock(path, None, crypto.new_unlock("correct horse battery staple"))
    return path.read_bytes()


LOCKED_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "first page": lambda d: _flip(d, 2000, d[2000] ^ 0x20),
    "a middle page": lambda d: _flip(d, (len(d) // 4096 // 2) * 4096 + 1000, 0),
    "last page": lambda d: _flip(d, len(d) - 100, d[-100] ^ 0x01),
    "last page missing": lambda d: d[: len(d) - 4096],
}


@pytest.mark.parametrize("damage", list(LOCKED_DAMAGE))
def test_a_damaged_locked_file_is_refused_by_every_command(
    locked_pristine: bytes, tmp_path: Path, damage: str
) -> None:
    path = tmp_path / NAME
    path.write_bytes(LOCKED_DAMAGE[damage](locked_pristine))
    secret = tmp_path / "secret"
    secret.write_text("correct horse battery staple", encoding="utf-8")
    before = _digest(path)
    key = ["--passphrase-file", str(secret)]
    for args in (
        ["check", str(path), *key],
        ["export", str(path), "--out", str(tmp_path / "p.pdf"), *key],
        ["export-data", str(path), "--out", str(tmp_path / "d.json"), *key],
        ["backup", str(path), str(tmp_path / "copy.wellplan"), *key],
        ["decrypt", str(path), *key],
        ["encrypt", str(path), *key, "--new-passphrase-file", str(secret)],
    ):
        result, text = run(args)
        assert result != 0, (args[0], text)
        assert_plain(text, NAME)
        assert _digest(path) == before, args[0]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == [NAME, "secret"]


# ---- data documents --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "damage",
    [
        lambda t: t[: len(t) // 2],
        lambda t: t.replace(b'"plans"', b'"pl\xffns"'),
        lambda t: t.replace(b"{", b"[", 1),
        lambda t: t.replace(b'"format"', b'"format": 1, "format"'),
        lambda t: b"",
    ],
    ids=["cut short", "not UTF-8", "a bracket changed", "a key twice", "empty"],
)
def test_a_damaged_data_document_is_refused_and_nothing_is_written(
    pristine: Pristine, tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    plan = tmp_path / NAME
    plan.write_bytes(pristine.data)
    data = tmp_path / "data.json"
    assert run(["export-data", str(plan), "--out", str(data)])[0] == 0
    data.write_bytes(damage(data.read_bytes()))
    result, text = run(["import-data", str(data), str(tmp_path / "new.wellplan")])
    assert result == 2
    assert_plain(text, "data.json")
    assert "Nothing was written" in text
    assert not (tmp_path / "new.wellplan").exists()


# ---- paths that lead nowhere ---------------------------------------------------------------
@pytest.fixture()
def odd_paths(tmp_path: Path) -> Iterator[dict[str, Path]]:
    import os

    loop = tmp_path / "loop.wellplan"
    os.symlink(tmp_path / "other.wellplan", loop)
    os.symlink(loop, tmp_path / "other.wellplan")
    pipe = tmp_path / "pipe.wellplan"
    os.mkfifo(pipe)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a folder", encoding="utf-8")
    yield {"loop": loop, "pipe": pipe, "under a file": notes / NAME}


@pytest.mark.parametrize("which", ["loop", "pipe", "under a file"])
@pytest.mark.parametrize("command", ["check", "export", "export-data", "backup", "encrypt"])
def test_a_link_loop_or_a_pipe_is_a_message(
    odd_paths: dict[str, Path], tmp_path: Path, which: str, command: str
) -> None:
    path = odd_paths[which]
    extra = {
        "export": ["--out", str(tmp_path / "o.pdf")],
        "export-data": ["--out", str(tmp_path / "o.json")],
        "backup": [str(tmp_path / "copy.wellplan")],
        "encrypt": ["--new-passphrase-file", str(tmp_path / "none")],
    }.get(command, [])
    result, text = run([command, str(path), *extra])
    assert result != 0
    assert_plain(text, path.name)


def test_the_window_reads_a_damaged_link_loop_as_a_message(odd_paths: dict[str, Path]) -> None:
    from wellplan.storage.errors import StorageError

    with pytest.raises(StorageError, match="loop"):
        PlanFile.open(odd_paths["loop"])


def _sidecars(path: Path) -> dict[str, bytes]:
    return {
        s: Path(f"{path}{s}").read_bytes()
        for s in ("-wal", "-shm", "-journal")
        if Path(f"{path}{s}").exists()
    }


def test_healthy_backup_then_damage_then_restore_keeps_the_damaged_bytes(
    pristine: Pristine, tmp_path: Path
) -> None:
    """The way back the messages point to: restoring the newest good backup over a damaged
    file works, and the damaged file is kept among the backups byte for byte."""
    from wellplan.storage.backups import backup_now, list_backups

    path = tmp_path / NAME
    path.write_bytes(pristine.data)
    good = backup_now(path)
    broken = DAMAGE["answer's JSON"](pristine)
    path.write_bytes(broken)
    result, text = run(["check", str(path)])
    assert result == 1 and str(good) in text  # the command to type names the good backup
    result, text = run(["export-data", str(path), "--out", str(tmp_path / "d.json")])
    assert result == 2 and str(good) in text and "wellplan restore" in text
    assert run(["restore", str(good), str(path)])[0] == 0
    assert check_file(path).healthy
    kept = [b.path for b in list_backups(path) if b.kind == "restore"]
    assert [k.read_bytes() for k in kept] == [broken]
    shutil.rmtree(tmp_path / "data", ignore_errors=True)


# ---- the window ------------------------------------------------------------------------------
def test_the_window_names_the_damaged_plan_and_restores_the_newest_good_backup(
    qtbot: QtBot, pristine: Pristine, tmp_path: Path, dialog_log: DialogLog
) -> None:
    from tests.gui_helpers import open_window
    from wellplan.storage.backups import backup_now, list_backups

    path = tmp_path / NAME
    path.write_bytes(pristine.data)
    good = backup_now(path)
    broken = DAMAGE["answer's JSON"](pristine)
    path.write_bytes(broken)
    dialog_log.confirm_answer = True  # "Restore the backup"
    window = open_window(qtbot, path, create=False)
    assert dialog_log.confirms == ["This file looks damaged"]
    (text,) = dialog_log.confirm_texts
    assert pristine.owners["answer value"] in text and "newest good backup" in text
    assert window.doc is not None and window.doc.health().healthy
    assert path.read_bytes() != broken and check_file(path).healthy
    kept = [b.path for b in list_backups(path) if b.kind == "restore"]
    assert [k.read_bytes() for k in kept] == [broken]  # the damaged file is kept too
    assert good.exists()


def test_continue_on_a_damaged_plan_says_so_and_the_other_plans_still_open(
    qtbot: QtBot, pristine: Pristine, tmp_path: Path, dialog_log: DialogLog
) -> None:
    from tests.gui_helpers import open_window

    path = tmp_path / NAME
    path.write_bytes(DAMAGE["answer's JSON"](pristine))
    before = _digest(path)
    window = open_window(qtbot, path, create=False)  # no backup to offer: it says so
    owner = pristine.owners["answer value"]
    assert len(dialog_log.errors) == 1 and owner in dialog_log.errors[0][1]
    assert window.home.list.count() == len(pristine.ids)
    window.edit_plan(pristine.ids[owner])  # "Continue" on the damaged plan
    assert window.wizard is None
    assert len(dialog_log.errors) == 2 and owner in dialog_log.errors[1][1]
    other = next(i for t, i in pristine.ids.items() if t != owner)
    window.edit_plan(other)
    assert window.wizard is not None and window.wizard.plan_id == other
    window.wizard.finish(done=False)
    window.close()
    assert _digest(path) == before


def test_smoke_exits_1_on_a_damaged_file(pristine: Pristine, tmp_path: Path) -> None:
    from tests.test_app_start import start

    path = tmp_path / NAME
    path.write_bytes(DAMAGE["answer's JSON"](pristine))
    result = start(["--smoke", str(path)], tmp_path)
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Traceback" not in result.stderr


# ---- reading, not changing (item 14) -------------------------------------------------------
def _beside(path: Path) -> dict[str, bytes]:
    return {
        s: Path(f"{path}{s}").read_bytes()
        for s in ("-wal", "-shm", "-journal")
        if Path(f"{path}{s}").exists()
    }


def test_check_leaves_nothing_beside_a_closed_file(pristine: Pristine, tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_bytes(pristine.data)
    assert run(["check", str(path)])[0] == 0
    assert _beside(path) == {} and path.read_bytes() == pristine.data


def test_check_reads_a_write_ahead_log_and_leaves_it_as_it_was(
    pristine: Pristine, tmp_path: Path
) -> None:
    """A file WellPlan has open (its -wal holds an edit not yet merged): check reads the
    edit, and the file, its log and its -shm are there as before, the file and log unchanged.
    Then the same with the -shm gone (WellPlan stopped, something tidied it away): check
    makes one to read the log, and removes it again."""
    path = tmp_path / NAME
    path.write_bytes(pristine.data)
    wrap = pristine.ids[pristine.titles["wrap"]]
    with PlanFile.open(path) as doc:
        doc.rename_plan(wrap, "Renamed while open")
        sidecars = _beside(path)
        assert sidecars["-wal"] and set(sidecars) == {"-wal", "-shm"}
        main = path.read_bytes()
        assert run(["check", str(path)])[0] == 0
        assert set(_beside(path)) == {"-wal", "-shm"}
        assert _beside(path)["-wal"] == sidecars["-wal"] and path.read_bytes() == main
        copy = tmp_path / "copy" / NAME  # a stopped WellPlan's file, without its -shm
        copy.parent.mkdir()
        copy.write_bytes(main)
        Path(f"{copy}-wal").write_bytes(sidecars["-wal"])
    result, text = run(["check", str(copy)])
    assert result == 0, text
    assert _beside(copy) == {"-wal": sidecars["-wal"]} and copy.read_bytes() == main
    report = check_file(copy)
    assert report.healthy


def test_check_of_a_locked_file_leaves_nothing_beside_it(
    locked_pristine: bytes, tmp_path: Path
) -> None:
    path = tmp_path / NAME
    path.write_bytes(locked_pristine)
    secret = tmp_path / "secret"
    secret.write_text("correct horse battery staple", encoding="utf-8")
    result, text = run(["check", str(path), "--passphrase-file", str(secret)])
    assert result == 0, text
    assert _beside(path) == {} and path.read_bytes() == locked_pristine


# ---- honest about what is damage -----------------------------------------------------------
def test_a_fault_of_wellplans_own_on_a_healthy_file_is_not_called_damage(
    pristine: Pristine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wellplan.storage import plan_store

    path = tmp_path / NAME
    path.write_bytes(pristine.data)

    def broken(_row: object) -> None:
        raise ValueError("a bug in WellPlan, not in the file")

    monkeypatch.setattr(plan_store, "summary", broken)
    with PlanFile.open(path) as doc, pytest.raises(ValueError, match="a bug in WellPlan"):
        doc.list_plans()
    assert check_file(path).healthy


def test_the_check_knows_every_column_of_the_models() -> None:
    from wellplan.storage.health import COLUMNS
    from wellplan.storage.models import Base

    assert {t.name: {c.name for c in t.columns} for t in Base.metadata.sorted_tables} == {
        table: set(columns) for table, columns in COLUMNS.items()
    }


def test_the_first_write_checks_the_file_once(
    pristine: Pristine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wellplan.storage import sessions

    path = tmp_path / NAME
    path.write_bytes(pristine.data)
    seen: list[Path] = []
    real = sessions.examine

    def counted(*args: Any, **kwargs: Any) -> Any:
        seen.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(sessions, "examine", counted)
    wrap = pristine.ids[pristine.titles["wrap"]]
    with PlanFile.open(path) as doc:
        doc.load_plan(wrap)
        assert seen == []  # reading costs nothing extra
        for n in range(3):
            doc.save_answer(wrap, "daily.when_well", f"Edit {n}")
    assert seen == [path]
