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
    from wellplan.domain.answers import is_answered
    from wellplan.domain.pad import check_readiness, profile_for
    from wellplan.domain.templates import load_template

    with PlanFile.open(path) as doc:
        plans = {p.title: doc.load_plan(p.id) for p in doc.list_plans()}
    assert sorted(s.summary.kind for s in plans.values()) == [
        "crisis",
        "goals",
        "meeting",
        "pad",
        "pad",
        "wrap",
    ]
    for snapshot in plans.values():  # every question of every demo plan is answered
        template = load_template(snapshot.summary.kind)
        answers = snapshot.answers
        unanswered = [q.id for q in template.questions() if not is_answered(q, answers.get(q.id))]
        assert unanswered == [], snapshot.summary.title
        if snapshot.summary.kind == "pad":
            assert check_readiness(profile_for(answers), answers, template).ready
    pads = sorted(s.answers["pad.jurisdiction"] for s in plans.values() if s.summary.kind == "pad")
    assert pads == ["OR", "generic"]  # the general form and one state


def test_check_fails_on_a_damaged_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.wellplan"
    cli.main(["demo", str(path)])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 4096])
    assert cli.main(["check", str(path)]) == 1
    assert "damaged" in capsys.readouterr().out


def test_check_fails_on_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", str(tmp_path / "nope.wellplan")]) == 1
    assert "doesn't exist" in capsys.readouterr().out


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


def test_help_lists_every_command_and_each_has_its_own(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    said = capsys.readouterr().out
    for name, line in cli.COMMANDS.items():
        assert f"  {name}" in said and line in said, name
    for name, line in cli.COMMANDS.items():
        with pytest.raises(SystemExit) as done:
            cli.main([name, "--help"])
        assert done.value.code == 0
        assert line.capitalize() in " ".join(capsys.readouterr().out.split()), name


def test_demo_and_backup_never_replace_a_file_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`wellplan demo` once silently replaced a real plan file."""
    real = tmp_path / "mine.wellplan"
    with PlanFile.create(real) as doc:
        doc.create_plan("crisis", "My own plan")
    before = real.read_bytes()
    assert cli.main(["demo", str(real)]) == 2
    said = capsys.readouterr().err
    assert "mine.wellplan already exists" in said and "--force" in said
    assert real.read_bytes() == before

    copy = tmp_path / "copy.wellplan"
    assert cli.main(["backup", str(real), str(copy)]) == 0
    copy_bytes = copy.read_bytes()
    assert cli.main(["demo", str(copy)]) == 2
    assert cli.main(["backup", str(real), str(copy)]) == 2  # not over the last backup
    assert copy.read_bytes() == copy_bytes
    assert cli.main(["backup", str(real), str(copy), "--force"]) == 0

    missing = tmp_path / "no such folder" / "b.wellplan"
    assert cli.main(["backup", str(real), str(missing)]) == 2
    assert "doesn't exist. Make it first" in capsys.readouterr().err
    assert not missing.parent.exists()  # not made silently

    data = tmp_path / "data.json"
    assert cli.main(["export-data", str(real), "--out", str(data)]) == 0
    capsys.readouterr()
    text_name = tmp_path / "rebuilt.txt"
    assert cli.main(["import-data", str(data), str(text_name)]) == 2
    assert "doesn't end in .wellplan" in capsys.readouterr().err and not text_name.exists()
    assert cli.main(["import-data", str(data), str(text_name), "--force"]) == 0
    assert cli.main(["import-data", str(data), str(real), "--force"]) == 2  # never replaced
    assert real.read_bytes() == before

    odd = tmp_path / "notes.txt"
    assert cli.main(["demo", str(odd)]) == 2
    assert "doesn't end in .wellplan" in capsys.readouterr().err and not odd.exists()
    assert cli.main(["demo", str(odd), "--force"]) == 0 and odd.exists()
    assert cli.main(["demo", str(real), "--force"]) == 0
    with PlanFile.open(real) as doc:
        assert "My own plan" not in [p.title for p in doc.list_plans()]


def test_messages_fit_the_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No menu the terminal hasn't got, no 'still on the screen', no '[Errno N]'; a file
    that never existed doesn't exist; an empty passphrase file is called empty."""
    from wellplan.storage.crypto import new_unlock
    from wellplan.storage.locking import set_lock

    locked = tmp_path / "locked.wellplan"
    assert cli.main(["demo", str(locked)]) == 0
    set_lock(locked, None, new_unlock("the right one"))
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    capsys.readouterr()
    said = []
    runs = [
        (["export", str(locked), "--passphrase-file", str(wrong)], 2),
        (["export", str(locked), "--passphrase-file", str(empty)], 2),
        (["export-data", str(tmp_path / "never.wellplan"), "--out", str(tmp_path / "x.json")], 2),
        (["verify", str(tmp_path / "never.pdf")], 2),
        (["backup", str(tmp_path / "never.wellplan"), str(tmp_path / "b.wellplan")], 2),
    ]
    for args, code in runs:
        assert cli.main(args) == code, args
        out = capsys.readouterr()
        said.append(out.out + out.err)
    everything = "\n".join(said)
    for window_words in ("File ▸", "still on the screen", "as often as you need", "[Errno"):
        assert window_words not in everything
    assert "That passphrase doesn't open “locked.wellplan”" in said[0]
    assert "empty.txt is empty" in said[1]
    assert "“never.wellplan” doesn't exist" in said[2]
    assert "isn't there any more" not in everything


def test_export_chooses_a_plan_by_id_or_title_and_says_what_it_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demo holds two directives: the command line can pick either for the signing
    form (and for the summary), and says which it took when it picked for you."""
    from pypdf import PdfReader

    path = tmp_path / "two.wellplan"
    assert cli.main(["demo", str(path)]) == 0
    with PlanFile.open(path) as doc:
        pads = {p.title: p.id for p in doc.list_plans() if p.kind == "pad"}
    general = pads["Robin's advance directive (general form)"]
    oregon = pads["Robin's advance directive (Oregon)"]
    out = tmp_path / "form.pdf"
    capsys.readouterr()

    def text() -> str:
        return " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())

    assert (
        cli.main(["export", str(path), "--doc", "pad-form", "--plan", "pad", "--out", str(out)])
        == 0
    )
    said = capsys.readouterr()
    assert said.out.strip() == str(out)  # stdout stays the path alone, for scripts
    assert "2 plans of this kind" in said.err and f"(id {oregon})" in said.err
    assert "Oregon" in text()
    args = ["export", str(path), "--doc", "pad-form", "--out", str(out), "--plan"]
    assert cli.main([*args, str(general)]) == 0
    assert "Declaration for Mental Health Treatment" not in text()
    assert cli.main([*args, "robin's ADVANCE directive (oregon)"]) == 0
    assert "Declaration for Mental Health Treatment" in text()
    capsys.readouterr()
    assert cli.main([*args, "Robin's crisis plan"]) == 2
    assert "isn't a psychiatric advance directive" in capsys.readouterr().err
    assert cli.main([*args, "nobody's plan"]) == 2
    err = capsys.readouterr().err
    assert "no plan called “nobody's plan”" in err and f"{general}  pad" in err

    summary = ["export", str(path), "--doc", "summary", "--out", str(out)]
    assert cli.main(summary) == 0
    assert (
        f"Made from: “Robin's advance directive (Oregon)” (id {oregon})" in capsys.readouterr().err
    )
    assert cli.main([*summary, "--plan", str(general)]) == 0
    assert f"“Robin's advance directive (general form)” (id {general})" in capsys.readouterr().err
