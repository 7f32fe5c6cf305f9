"""The app as a file manager starts it: `wellplan FILE` opens that file; --smoke quits
after the first paint, with 0 when the file opened and 1 (and a reason) when it didn't."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from wellplan.storage.demo import write_demo


def with_tricks() -> dict[str, str]:
    """The environment, with the start-up tricks on (for the tests of the tricks
    themselves, even in a run with WELLPLAN_PLAIN_START=1)."""
    return {k: v for k, v in os.environ.items() if k != "WELLPLAN_PLAIN_START"}


def start(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WELLPLAN_DATA_DIR": str(tmp_path / "data"),
    }
    return subprocess.run(
        [sys.executable, "-m", "wellplan", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_a_plan_file_given_on_the_command_line_is_opened(tmp_path: Path) -> None:
    demo = write_demo(tmp_path / "Robin's plans.wellplan")
    result = start(["--smoke", str(demo)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"smoke: {demo} open with 6 plan(s)" in result.stdout.splitlines()


def test_a_file_that_is_not_ours_is_reported_and_exits_1(tmp_path: Path) -> None:
    other = tmp_path / "photo.wellplan"
    other.write_bytes(b"\\x89PNG not a plan")
    result = start(["--smoke", str(other)], tmp_path)
    assert result.returncode == 1
    assert "isn't a WellPlan file" in result.stderr
    assert other.read_bytes() == b"\\x89PNG not a plan"


def test_first_run_makes_the_default_file(tmp_path: Path) -> None:
    result = start(["--smoke"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "My plans.wellplan").exists()
    assert "open with 0 plan(s)" in result.stdout


def test_the_garbage_collector_is_back_on_once_the_file_is_open(tmp_path: Path) -> None:
    """Start-up runs without it (see app.run); forgetting to turn it back on would let
    every cycle of objects pile up for the rest of the session."""
    demo = write_demo(tmp_path / "demo.wellplan")
    check = (
        "import gc, sys\n"
        "from wellplan.cli import main\n"
        f"code = main(['--smoke', {str(demo)!r}])\n"
        "print('collecting', gc.isenabled(), gc.get_freeze_count() > 10_000)\n"
        "sys.exit(code)\n"
    )
    env = {**with_tricks(), "QT_QPA_PLATFORM": "offscreen", "WELLPLAN_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "collecting True True" in result.stdout.splitlines()


def test_the_app_has_the_same_look_whatever_style_the_system_prefers(tmp_path: Path) -> None:
    """The Fusion style is named when the application is made (not set afterwards, which
    costs start-up time): it must still win over the system's choice."""
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from wellplan.app import make_app\n"
        "app = make_app()\n"
        "app.setStyleSheet('')\n"  # the style under WellPlan's style sheet
        "print(QApplication.style().metaObject().className())\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_STYLE_OVERRIDE": "Windows",  # as a system that prefers another style
        "WELLPLAN_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["QFusionStyle"]


def test_the_window_icon_is_set_once_the_window_has_painted(tmp_path: Path) -> None:
    """A start must never end up without the icon in the title bar and task bar."""
    demo = write_demo(tmp_path / "demo.wellplan")
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from wellplan.app import run\n"
        f"status = run({str(demo)!r}, smoke=True)\n"
        "icon = QApplication.windowIcon()\n"
        "print('icon', status, not icon.isNull(), not icon.pixmap(32, 32).isNull())\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WELLPLAN_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "icon 0 True True" in result.stdout.splitlines()


def test_pyside_is_spared_reading_modules_that_do_not_use_it(tmp_path: Path) -> None:
    """PySide6 reads the source of modules imported after it (for its __feature__ check);
    wellplan.gui tells it the standard library and WellPlan's layers without Qt don't use
    it. A source read leaves the file in linecache, which is what this looks for."""
    code = (
        "import linecache\n"
        "from wellplan import startup\n"
        "startup.load_before_qt()\n"  # as the wellplan command does
        "import wellplan.app\n"
        "import dataclasses, inspect, json.decoder, typing\n"
        "import wellplan.domain.templates, wellplan.storage.glance\n"
        "print('\\n'.join(linecache.cache))\n"
    )
    env = {**with_tricks(), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    read = [Path(line) for line in result.stdout.splitlines()]
    assert any(p.parent.name == "gui" for p in read), "PySide6 reads modules that use it"
    spared = [p for p in read if p.name in ("typing.py", "inspect.py", "dataclasses.py")]
    spared += [p for p in read if p.parent.name in ("domain", "storage")]
    assert spared == []


# Counts what PySide6 compiles of its own support code (shibokensupport) while wellplan.gui
# imports it, as the wellplan command does; checks compile() is given back and PySide6 works.
COUNT_PYSIDE_COMPILES = """
import builtins
real = builtins.compile
compiled = []
def counting(source, filename, mode, *args, **kwargs):
    if str(filename).startswith("shibokensupport/"):
        compiled.append(filename)
    return real(source, filename, mode, *args, **kwargs)
builtins.compile = counting
import wellplan.gui
from PySide6.QtCore import QObject
assert builtins.compile is counting, "compile() is given back"
thing = QObject()
thing.setObjectName("works")
print(thing.objectName(), len(compiled))
"""


def pyside_compiles(tmp_path: Path, **env_changes: str) -> int:
    env = {**with_tricks(), "QT_QPA_PLATFORM": "offscreen", "WELLPLAN_DATA_DIR": str(tmp_path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as most people run it
    env.update(env_changes)
    result = subprocess.run(
        [sys.executable, "-c", COUNT_PYSIDE_COMPILES],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    said, count = result.stdout.split()
    assert said == "works"
    return int(count)


def test_pysides_support_code_is_compiled_once_then_kept(tmp_path: Path) -> None:
    first = pyside_compiles(tmp_path)
    assert first > 5  # PySide6 6.12 compiles 13 modules of its own at every import
    kept = sorted((tmp_path / "Cache" / "pyside").iterdir())
    assert len(kept) == first
    assert pyside_compiles(tmp_path) == 0
    assert pyside_compiles(tmp_path) == 0


def test_a_damaged_or_stale_compiled_copy_is_never_used(tmp_path: Path) -> None:
    import marshal

    first = pyside_compiles(tmp_path)
    damaged, stale, odd, *_ = sorted((tmp_path / "Cache" / "pyside").iterdir())
    damaged.write_bytes(b"\x00half a file")
    tag, source, _code = marshal.loads(stale.read_bytes())
    # the same Python, other source: its code would end the process with 3 if it ran
    stale.write_bytes(
        marshal.dumps((tag, source + b"\n", compile("raise SystemExit(3)", "x", "exec")))
    )
    odd.write_bytes(marshal.dumps((tag, marshal.loads(odd.read_bytes())[1], "not code")))
    assert pyside_compiles(tmp_path) == 3
    assert marshal.loads(stale.read_bytes())[1] == source  # compiled again and kept
    assert pyside_compiles(tmp_path) == 0
    assert first > 3


def test_a_cache_that_cannot_be_written_is_worked_without(tmp_path: Path) -> None:
    (tmp_path / "Cache").write_text("a file where the cache folder would be")
    first = pyside_compiles(tmp_path)
    assert first > 5
    assert pyside_compiles(tmp_path) == first


def test_nothing_is_kept_with_pythondontwritebytecode(tmp_path: Path) -> None:
    assert pyside_compiles(tmp_path, PYTHONDONTWRITEBYTECODE="1") > 5
    assert not (tmp_path / "Cache" / "pyside").exists()
    assert pyside_compiles(tmp_path) > 5  # now written
    assert pyside_compiles(tmp_path, PYTHONDONTWRITEBYTECODE="1") == 0  # and read


def test_with_no_display_the_window_says_so_and_exits_1(tmp_path: Path) -> None:
    """Qt used to abort (exit 134) saying a library was missing, which sent people off
    installing libxcb-cursor0 on a machine with no screen."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["WELLPLAN_DATA_DIR"] = str(tmp_path / "data")
    demo = write_demo(tmp_path / "plans.wellplan")
    for args in (["--smoke", str(demo)], [str(demo)]):
        result = subprocess.run(
            [sys.executable, "-m", "wellplan", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert result.returncode == 1, result.stderr
        assert "no display" in result.stderr and "wellplan --help" in result.stderr
        assert "libxcb" not in result.stderr and "Traceback" not in result.stderr


PLAIN_CHECK = """
import gc, sys
import PySide6.QtCore as QtCore
from wellplan.cli import main
code = main(["--smoke", sys.argv[1]])
from wellplan.gui import lazy_qt
print("plain", code, gc.isenabled(), gc.get_freeze_count(), lazy_qt.Qt is QtCore.Qt)
"""


def test_the_app_starts_the_plain_way_too(tmp_path: Path) -> None:
    """WELLPLAN_PLAIN_START=1 turns every start-up trick off (wellplan/startup.py): the
    window still opens the file, with nothing frozen, nothing of PySide6's kept in the
    cache folder, and Qt's own enums."""
    demo = write_demo(tmp_path / "demo.wellplan")
    env = {
        **with_tricks(),
        "WELLPLAN_PLAIN_START": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "WELLPLAN_DATA_DIR": str(tmp_path / "data"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the compiled copy would be kept, were it on
    result = subprocess.run(
        [sys.executable, "-c", PLAIN_CHECK, str(demo)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert f"smoke: {demo} open with 6 plan(s)" in result.stdout.splitlines()
    assert "plain 0 True 0 True" in result.stdout.splitlines()
    assert not (tmp_path / "data" / "Cache" / "pyside").exists()


def test_the_plain_way_and_the_quick_way_open_the_same_file(tmp_path: Path) -> None:
    demo = write_demo(tmp_path / "demo.wellplan")
    said = []
    for plain in ("1", "0"):
        env = {
            **with_tricks(),
            "WELLPLAN_PLAIN_START": plain,
            "QT_QPA_PLATFORM": "offscreen",
            "WELLPLAN_DATA_DIR": str(tmp_path / f"data{plain}"),
        }
        result = subprocess.run(
            [sys.executable, "-m", "wellplan", "--smoke", "--open", "crisis", str(demo)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        said.append([line for line in result.stdout.splitlines() if " open with " in line])
    assert said[0] == said[1] == [f"smoke: {demo} open with 6 plan(s)"]
