from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wellplan import __version__, cli
from wellplan.storage.document import PlanFile


def test_demo_then_check_is_healthy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.wellplan"
    assert cli.main(["demo", str(path)]) == 0
    assert cli.main(["check", str(path)]) == 0
    assert "healthy" in capsys.readouterr().out
    with PlanFile.open(path) as doc:
        (plan,) = doc.list_plans()
        answers = doc.load_plan(plan.id).answers
    from wellplan.domain.answers import is_answered
    from wellplan.domain.templates import load_template

    unanswered = [
        q.id for q in load_template("wrap").questions() if not is_answered(q, answers.get(q.id))
    ]
    assert unanswered == []  # the demo fills every WRAP question


def test_check_fails_on_a_damaged_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.wellplan"
    cli.main(["demo", str(path)])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 4096])
    assert cli.main(["check", str(path)]) == 1
    assert "damaged" in capsys.readouterr().out


def test_check_fails_on_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", str(tmp_path / "nope.wellplan")]) == 1
    assert "isn't there" in capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_headless_commands_import_no_gui_or_pdf_code(tmp_path: Path) -> None:
    code = (
        "import sys, wellplan.cli as c; "
        f"c.main(['demo', {str(tmp_path / 'd.wellplan')!r}]); c.main(['check', {str(tmp_path / 'd.wellplan')!r}]); "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'reportlab', 'pyhanko')"
        " or m.startswith('wellplan.gui')); "
        "print('LOADED', bad)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().endswith("LOADED []"), out
