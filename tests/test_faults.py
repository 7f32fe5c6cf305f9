"""Fault injection: WellPlan killed (SIGKILL) at random moments while it locks a file,
changes its passphrase or backs it up, then every byte it wrote is searched for plan text.

Each child says "ready" just before the work, so the kill lands inside it, and everything
it printed is read before anything is judged. Once a file is locked, no byte anywhere
(the file, its logs, its backups, temporary copies and their journals) may hold plan
text: not right after the kill, and not after the next open.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.lock_child import unlock_for
from wellplan.storage import backups
from wellplan.storage.crypto import Unlock
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile, check_file
from wellplan.storage.errors import WrongPassphrase
from wellplan.storage.fileformat import inspect_file
from wellplan.storage.locking import set_lock

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 10


def plan_text(path: Path) -> list[bytes]:
    """Words from the file's plans and records, as SQLite stores them (UTF-8)."""
    with PlanFile.open(path) as doc:
        bundle = doc.bundle("x")
    words = {bundle.person_name}
    for plan in bundle.plans:
        words.add(plan.summary.title)
    for rows in bundle.records.values():
        for record in rows.values():
            words.update(v for v in record.values.values() if isinstance(v, str))
    return sorted(w.encode() for w in words if len(w) >= 8)


def plain_text_found(folder: Path, words: list[bytes]) -> list[str]:
    """Every place under ``folder`` where a file holds one of ``words`` (not counting the
    cache of WellPlan's own templates, whose examples are no one's plan)."""
    found = []
    cache = folder / "data" / "Cache"
    for path in sorted(p for p in folder.rglob("*") if cache not in p.parents):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {w.decode()}" for w in words if w in data]
    return found


def kill_inside(args: list[str], rng: random.Random, longest: float) -> list[str]:
    """Start a child, wait for its "ready", kill it a random moment into its work, and
    return every line it printed (read to the end before judging)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    child = subprocess.Popen(
        [sys.executable, "-m", *args], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env
    )
    assert child.stdout is not None
    lines = [child.stdout.readline()]
    assert lines == ["ready\n"]
    try:
        child.wait(timeout=rng.uniform(0.0, longest))
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        child.wait()
    lines += child.stdout.readlines()
    child.stdout.close()
    return lines


def opens_with(path: Path, *states: str) -> str:
    """Which of ``states`` opens the file now (exactly one must)."""
    locked = inspect_file(path).locked
    for state in states:
        unlock = unlock_for(state)
        if locked != (unlock is not None):
            continue
        try:
            PlanFile.open(path, unlock=unlock).close()
        except WrongPassphrase:
            continue
        return state
    raise AssertionError(f"{path.name} opens with none of {states}")


@pytest.fixture
def used_file(tmp_path: Path) -> tuple[Path, list[bytes], list[str]]:
    """A plan file a person has used for a while: plain, with plain backups."""
    path = tmp_path / "files" / "private.wellplan"
    path.parent.mkdir()
    write_demo(path)
    words = plan_text(path)
    with PlanFile.open(path) as doc:
        titles = sorted(p.title for p in doc.list_plans())
    return path, words, titles


def test_sigkill_while_locking_or_changing_the_passphrase_never_leaves_plan_text(
    tmp_path: Path, used_file: tuple[Path, list[bytes], list[str]]
) -> None:
    path, words, titles = used_file
    assert words and plain_text_found(path.parent, words)  # the search can find them
    rng = random.Random(51205)
    landed = {"lock": 0, "change": 0}
    for round_ in range(2 * ROUNDS):
        change = "lock" if round_ % 2 == 0 else "change"
        # start each lock from a plain file with plain backups, as after using it a while
        state = opens_with(path, "plain", "a", "b")
        if change == "lock" and state != "plain":
            set_lock(path, unlock_for(state), None)
            backups.backup_now(path, "manual")
            state = "plain"
        if change == "change" and state == "plain":
            set_lock(path, None, unlock_for("a"))
            state = "a"
        after = "a" if change == "lock" else ("b" if state == "a" else "a")
        lines = kill_inside(
            ["tests.lock_child", str(path), "once", state, after], rng, longest=0.35
        )
        now = opens_with(path, state, after)
        if "changed\n" in lines:  # the child said the change was done: it is
            assert now == after
        if now == after:
            landed[change] += 1
        if inspect_file(path).locked:
            assert plain_text_found(tmp_path, words) == [], f"round {round_} ({change})"
        with PlanFile.open(path, unlock=unlock_for(now)) as doc:  # the next open
            assert sorted(p.title for p in doc.list_plans()) == titles
        assert check_file(path, unlock_for(now)).healthy
        if inspect_file(path).locked:
            assert plain_text_found(tmp_path, words) == [], f"round {round_}, reopened"
    assert landed["lock"] + landed["change"] < 2 * ROUNDS  # some kills landed mid-change


def test_sigkill_while_backing_up_a_locked_file_never_leaves_plan_text(
    tmp_path: Path, used_file: tuple[Path, list[bytes], list[str]]
) -> None:
    path, words, titles = used_file
    set_lock(path, None, unlock_for("a"))
    assert plain_text_found(tmp_path, words) == []
    rng = random.Random(1205)
    for round_ in range(ROUNDS):
        kill_inside(["tests.backup_child", str(path), "20", "a"], rng, longest=0.1)
        assert plain_text_found(tmp_path, words) == [], f"round {round_}"
    unlock: Unlock | None = unlock_for("a")
    for info in backups.list_backups(path, unlock):
        assert info.readable and sorted(info.plans) == titles


def test_sigkill_while_importing_leaves_a_whole_file_or_none_and_no_stray_copy(
    tmp_path: Path, used_file: tuple[Path, list[bytes], list[str]]
) -> None:
    """Killed while `import-data` rebuilds a file: the new file is whole or not there, and
    once the import is run again nothing but the data file and the new file holds plan
    text (a copy cut short is swept, with its journal, however new)."""
    from wellplan import cli

    path, words, titles = used_file
    data = tmp_path / "files" / "data.json"
    assert cli.main(["export-data", str(path), "--out", str(data)]) == 0
    path.unlink()  # only the data file holds the plans now
    for sidecar in path.parent.glob(f"{path.name}-*"):
        sidecar.unlink()
    new = tmp_path / "files" / "rebuilt.wellplan"
    rng = random.Random(12052026)
    for round_ in range(ROUNDS):
        kill_inside(["tests.import_child", str(data), str(new)], rng, longest=0.6)
        if new.exists():  # it landed: whole, with every plan
            assert check_file(new).healthy, f"round {round_}"
            with PlanFile.open(new) as doc:
                assert sorted(p.title for p in doc.list_plans()) == titles
            new.unlink()
        assert cli.main(["import-data", str(data), str(new)]) == 0  # again, to the end
        strays = [
            found
            for found in plain_text_found(tmp_path, words)
            if not found.startswith((f"{data.name}:", f"{new.name}:"))
        ]
        assert strays == [], f"round {round_}"
        new.unlink()
