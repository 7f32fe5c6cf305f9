"""A desktop of its own for the AT-SPI tests: an X server (Xvfb), a window manager
(openbox), a session bus with the accessibility bus (at-spi2-core), WellPlan on it, and a
real AT-SPI client (tests/atspi_client.py, run by the system Python that has pyatspi).

Everything runs in private folders and on a display and buses of its own, so it never
meets the person's desktop or another test run. Keys are typed with xdotool (XTEST), as a
keyboard would type them."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SYSTEM_PYTHON = "/usr/bin/python3"
APP_NAME = "WellPlan"


class Unavailable(Exception):
    """AT-SPI can't run here (what is missing is the message)."""


def missing() -> str:
    """What this machine lacks to run the AT-SPI tests, or "" if nothing."""
    tools = ("Xvfb", "openbox", "dbus-daemon", "xdotool")
    lacking = [tool for tool in tools if shutil.which(tool) is None]
    launcher = next(
        (
            p
            for p in (
                "/usr/libexec/at-spi-bus-launcher",
                "/usr/lib/at-spi2-core/at-spi-bus-launcher",
            )
            if Path(p).exists()
        ),
        None,
    )
    if launcher is None:
        lacking.append("at-spi-bus-launcher (at-spi2-core)")
    if not Path(SYSTEM_PYTHON).exists():
        lacking.append(SYSTEM_PYTHON)
    elif subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    ).returncode:
        lacking.append("pyatspi for the system Python (python3-pyatspi)")
    return ", ".join(lacking)


def bus_launcher() -> str:
    for p in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher"):
        if Path(p).exists():
            return p
    raise Unavailable("at-spi-bus-launcher")


class Channel:
    """One JSON line out, one JSON line back, from a child process."""

    def __init__(self, process: subprocess.Popen[str], what: str) -> None:
        self.process = process
        self.what = what

    def read(self, timeout: float) -> dict[str, Any]:
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{self.what} gave no answer in {timeout:.0f} s")
            ready, _, _ = select.select([self.process.stdout], [], [], left)
            if ready:
                line = self.process.stdout.readline()
                if not line:
                    raise RuntimeError(f"{self.what} stopped (exit {self.process.poll()})")
                if line.startswith("{"):
                    return dict(json.loads(line))

    def ask(self, message: object, timeout: float = 30) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(message) + "\n")
        self.process.stdin.flush()
        return self.read(timeout)


class Desktop:
    """Start with :meth:`start`, end with :meth:`stop` (every process it started, by id)."""

    def __init__(self, folder: Path, width: int = 1366, height: int = 768) -> None:
        self.folder = folder
        self.size = (width, height)
        self.processes: list[subprocess.Popen[Any]] = []
        self.env: dict[str, str] = {}
        self.app: Channel | None = None
        self.client: Channel | None = None
        self.logs: list[Path] = []

    # ---- starting ---------------------------------------------------------------------------
    def _spawn(self, name: str, args: list[str], **kw: Any) -> subprocess.Popen[Any]:
        log = self.folder / f"{name}.log"
        self.logs.append(log)
        env = {**self.env, **kw.pop("env_extra", {})}
        with log.open("w") as out:  # the child has its own copy of the file
            kw.setdefault("stdout", out)
            process = subprocess.Popen(args, env=env, stderr=out, **kw)
        self.processes.append(process)
        return process

    def start(self, plan_file: Path) -> None:
        lacking = missing()
        if lacking:
            raise Unavailable(f"not installed: {lacking}")
        run = self.folder / "run"
        run.mkdir(mode=0o700, parents=True, exist_ok=True)
        home = self.folder / "home"
        home.mkdir(exist_ok=True)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(run),  # the accessibility bus's socket goes here
            "XDG_CACHE_HOME": str(self.folder / "cache"),
            "XDG_CONFIG_HOME": str(self.folder / "config"),
            "XDG_DATA_HOME": str(self.folder / "data"),
            "LANG": "C.UTF-8",
            "WELLPLAN_DATA_DIR": str(self.folder / "wellplan"),
            "NO_AT_BRIDGE": "0",
        }
        self._start_x()
        self._start_bus()
        self._spawn("openbox", ["openbox", "--sm-disable"])
        self._spawn("at-spi-bus", [bus_launcher(), "--launch-immediately"])
        self._start_app(plan_file)
        self._start_client()

    def _start_x(self) -> None:
        read, write = os.pipe()
        width, height = self.size
        self._spawn(
            "xvfb",
            [
                "Xvfb",
                "-displayfd",
                str(write),
                "-screen",
                "0",
                f"{width}x{height}x24",
                "-nolisten",
                "tcp",
                "-dpi",
                "96",
            ],
            pass_fds=(write,),
        )
        os.close(write)
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n"):
            if time.monotonic() > deadline or not select.select([read], [], [], 20)[0]:
                raise Unavailable("Xvfb didn't start")
            chunk = os.read(read, 16)
            if not chunk:
                raise Unavailable("Xvfb didn't start")
            number += chunk
        os.close(read)
        self.env["DISPLAY"] = f":{number.decode().strip()}"

    def _start_bus(self) -> None:
        read, write = os.pipe()
        self._spawn(
            "dbus",
            ["dbus-daemon", "--session", "--nofork", f"--print-address={write}"],
            pass_fds=(write,),
        )
        os.close(write)
        if not select.select([read], [], [], 20)[0]:
            raise Unavailable("the session bus didn't start")
        address = os.read(read, 4096).decode().strip()
        os.close(read)
        if not address:
            raise Unavailable("the session bus didn't start")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address

    def _start_app(self, plan_file: Path) -> None:
        env = {
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
            "QT_SCALE_FACTOR": "1",
        }
        process = self._spawn(
            "app",
            [sys.executable, str(HERE / "atspi_app.py"), str(plan_file)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env_extra=env,
        )
        self.app = Channel(process, "WellPlan")
        self.app.read(60)  # "ready": the window is shown and the file open

    def _start_client(self) -> None:
        process = self._spawn(
            "client",
            [SYSTEM_PYTHON, str(HERE / "atspi_client.py"), APP_NAME],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.client = Channel(process, "the AT-SPI client")
        self.client.read(30)
        deadline = time.monotonic() + 30
        while not self.client.ask({"cmd": "ping"})["ok"]:
            if time.monotonic() > deadline:
                raise Unavailable("WellPlan never appeared on the accessibility bus")
            self.client.ask({"cmd": "wait", "type": "window:", "timeout": 1})

    # ---- stopping ---------------------------------------------------------------------------
    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
        for process in reversed(self.processes):
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
            for pipe in (process.stdin, process.stdout):
                if pipe is not None:
                    pipe.close()
        self.processes.clear()

    def log_tail(self, lines: int = 30) -> str:
        parts = []
        for log in self.logs:
            if log.exists():
                text = log.read_text(errors="replace").splitlines()[-lines:]
                parts.append(f"--- {log.name}\n" + "\n".join(text))
        return "\n".join(parts)
