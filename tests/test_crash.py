"""Killing the app at any moment never damages the file or loses a confirmed save."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.crash_child import edit
from wellplan.storage.document import PlanFile, check_file

EDITS = 200
ROUNDS = 20


def expected_after(round_no: int, confirmed: int) -> dict[str, list[object]]:
    """For each question: the values it may hold once edits 0..confirmed-1 are known to be
    saved. The last confirmed one, or the next edit's if that reached the disk before the kill."""
    values: dict[str, object] = {}
    for i in range(confirmed):
        qid, value = edit(round_no, i)
        values[qid] = value
    allowed = {qid: [v] for qid, v in values.items()}
    if confirmed < EDITS:
        qid, value = edit(round_no, confirmed)
        allowed.setdefault(qid, [None]).append(value)
    return allowed


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_never_corrupts_or_loses_confirmed_edits(tmp_path: Path) -> None:
    path = tmp_path / "crash.wellplan"
    PlanFile.create(path).close()
    rng = random.Random(20261123)
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)])}
    finished: dict[int, tuple[int, int]] = {}  # plan id -> (round, confirmed edits)
    for round_no in range(ROUNDS):
        kill_after = rng.randrange(0, EDITS)
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_child", str(path), str(round_no), str(EDITS)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=root,
            env=env,
        )
        assert child.stdout is not None
        plan_line = child.stdout.readline()
        assert plan_line.startswith("plan "), plan_line
        plan_id = int(plan_line.split()[1])
        confirmed = 0
        while confirmed <= kill_after:
            line = child.stdout.readline()
            if not line:
                break
            assert line == f"saved {confirmed}\n"
            confirmed += 1
        child.send_signal(signal.SIGKILL)  # mid-way through the next edit, or between edits
        child.wait()
        # edits confirmed between the last line read and the kill are in the pipe still:
        # read them all before judging (under load there can be many)
        for line in child.stdout:
            assert line == f"saved {confirmed}\n"
            confirmed += 1
        child.stdout.close()
        finished[plan_id] = (round_no, confirmed)

        con = sqlite3.connect(path)
        assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        con.close()
        with PlanFile.open(path) as doc:
            for pid, (rnd, count) in finished.items():
                answers = doc.load_plan(pid).answers
                for qid, allowed in expected_after(rnd, count).items():
                    assert answers.get(qid) in allowed, (rnd, count, qid)
    assert check_file(path).healthy
    assert len(finished) == ROUNDS


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_passphrase_changes_leaves_a_whole_file(tmp_path: Path) -> None:
    """Killed at any moment while the passphrase is changed, put on or taken off, the file
    opens with the passphrase before or after the change, passes quick_check, and holds
    every plan."""
    from tests.lock_child import state_after, unlock_for
    from wellplan.storage.demo import write_demo
    from wellplan.storage.errors import WrongPassphrase
    from wellplan.storage.fileformat import inspect_file

    path = tmp_path / "locking.wellplan"
    write_demo(path)
    with PlanFile.open(path) as doc:
        titles = sorted(p.title for p in doc.list_plans())
    rng = random.Random(1123)
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)])}
    done = 0  # changes known to be complete
    for _round in range(12):
        kill_after = rng.randrange(0, 3)
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.lock_child", str(path), "5", str(done)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=root,
            env=env,
        )
        assert child.stdout is not None
        for _ in range(kill_after):
            line = child.stdout.readline()
            if not line:
                break
            done += 1
            assert line == f"changed {done}\n"
        # then a random moment inside the next change: fault injection, not waiting for a
        # result (nothing is asserted about when the child gets anywhere)
        try:
            child.wait(timeout=rng.uniform(0.0, 0.4))
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
            child.wait()
        for line in child.stdout:  # changes finished before the kill
            done += 1
            assert line == f"changed {done}\n"
        child.stdout.close()
        opened = None
        locked = inspect_file(path).locked
        for changes in (done, done + 1):  # the change under way either landed or didn't
            state = state_after(changes)
            if locked != (state != "plain"):
                continue
            try:
                opened = PlanFile.open(path, unlock=unlock_for(state))
            except WrongPassphrase:
                continue
            with opened as doc:
                assert sorted(p.title for p in doc.list_plans()) == titles
            if changes == done + 1:
                done += 1  # it landed: the next round starts from there
            break
        assert opened is not None, f"round {_round}: opens with neither passphrase"
        assert check_file(path, unlock_for(state_after(done))).healthy


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_backups_leaves_the_file_and_every_finished_backup_whole(
    tmp_path: Path,
) -> None:
    """Killed at any moment while backups are made: the file is untouched, each backup
    reported finished is whole and holds every plan, and no half-made copy is ever taken
    for a backup (leftovers are hidden temporary files, removed once stale)."""
    from wellplan.storage import backups
    from wellplan.storage.atomic import leftovers
    from wellplan.storage.demo import write_demo

    path = tmp_path / "backed up.wellplan"
    write_demo(path)
    with PlanFile.open(path) as doc:
        titles = sorted(p.title for p in doc.list_plans())
    before = path.read_bytes()
    rng = random.Random(2311)
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)])}
    finished: list[Path] = []
    for _round in range(10):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.backup_child", str(path), "50"],
            stdout=subprocess.PIPE,
            text=True,
            cwd=root,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
        for _ in range(rng.randrange(0, 3)):
            line = child.stdout.readline()
            if line:
                finished.append(Path(line.split(" ", 1)[1].rstrip("\n")))
        try:  # then a random moment, most likely inside the next backup
            child.wait(timeout=rng.uniform(0.0, 0.15))
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
            child.wait()
        for line in child.stdout:
            finished.append(Path(line.split(" ", 1)[1].rstrip("\n")))
        child.stdout.close()

        assert path.read_bytes() == before  # a backup never writes to the file itself
        listed = {b.path for b in backups.list_backups(path)}
        assert set(finished) <= listed
        for backup in listed:  # every backup by its proper name is whole
            assert check_file(backup).healthy, backup
            with PlanFile.open(backup) as copy:
                assert sorted(p.title for p in copy.list_plans()) == titles
    assert len(finished) >= 5

    folder = backups.backup_dir(path)
    # copies cut short are hidden temporary files, never taken for backups; nobody holds
    # them any more, so the next prune (or open) removes them at once, with their journals
    backups.prune(path)
    assert leftovers(folder) == []
