"""Packaging files agree with the app and with each other (the validators run in CI)."""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wellplan import __version__
from wellplan.storage.fileformat import FILE_SUFFIX

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


def test_desktop_entry_opens_plan_files() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "org.wellplan.WellPlan.desktop")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "wellplan %f"  # the file manager passes the plan file
    assert desktop["MimeType"] == "application/x-wellplan;"
    mime = ET.parse(LINUX / "org.wellplan.WellPlan.mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-wellplan"
    glob = kind.find("m:glob", ns)
    assert glob is not None and glob.get("pattern") == f"*{FILE_SUFFIX}"


def test_metainfo_release_matches_the_version() -> None:
    meta = ET.parse(LINUX / "org.wellplan.WellPlan.metainfo.xml").getroot()
    release = meta.find("releases/release")
    assert release is not None and release.get("version") == __version__
    assert meta.findtext("launchable") == "org.wellplan.WellPlan.desktop"


def test_flatpak_app_gets_no_network() -> None:
    manifest = (LINUX / "org.wellplan.WellPlan.yml").read_text(encoding="utf-8")
    finish = manifest.split("finish-args:", 1)[1].split("modules:", 1)[0]
    assert "--share=network" not in finish
    assert re.search(r"^app-id: org\.wellplan\.WellPlan$", manifest, re.M)


def test_icons_in_every_hicolor_size() -> None:
    icons = ROOT / "packaging" / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (icons / f"wellplan-{size}.png").stat().st_size > 0
    assert (ROOT / "resources" / "icons" / "wellplan.svg").read_bytes() == (
        icons / "wellplan.svg"
    ).read_bytes()


def test_windows_installer_is_per_user_with_the_association() -> None:
    script = (ROOT / "packaging" / "windows" / "wellplan.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert 'Subkey: "Software\\Classes\\.wellplan"' in script
    assert f'#define AppVersion "{__version__}"' in script


def _debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships a library, by Debian's naming rule (the name
    before '.so', lower case, then the soname's version, with a hyphen after a digit)."""
    known = {
        "libglib-2.0.so.0": "libglib2.0-0",
        "libgthread-2.0.so.0": "libglib2.0-0",
        "libGLdispatch.so.0": "libglvnd0",
    }
    if soname in known:
        return known[soname]
    name, version = soname.split(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's libraries")
def test_readme_lists_every_library_the_qt_window_needs() -> None:
    """The README's apt-get line holds every system library the xcb platform plugin (the
    window on X11) links to itself: a missing one made Qt abort at start."""
    import re
    import shutil

    import PySide6

    if shutil.which("readelf") is None:
        pytest.skip("readelf (binutils) isn't installed")
    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    linked = subprocess.run(  # the libraries each one names itself (what ldd starts from)
        ["readelf", "-d", str(plugin), *map(str, (qt / "lib").glob("libQt6XcbQpa.so.*"))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    sonames = set(re.findall(r"\(NEEDED\)\s+Shared library: \[(lib\S+?\.so\.\d+)\]", linked))
    base = ("libc.", "libm.", "libstdc++", "libgcc_s", "libpthread", "libdl.", "librt.")
    wanted = {
        _debian_package(s)
        for s in sonames
        if not s.startswith(("libQt6", "libicu", "libpyside", "libshiboken", *base))
    }
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = readme[readme.index("sudo apt-get install") :].split("```")[0]
    listed = set(line.replace("\\", " ").split()[3:])
    assert "libxcb-cursor0" in wanted  # the one whose absence Qt names
    assert wanted <= listed, f"add to README's apt-get line: {sorted(wanted - listed)}"
