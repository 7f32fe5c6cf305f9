"""Start-up tricks, in one place. Each bends ordinary Python or Qt so that the first window
appears sooner; ``WELLPLAN_PLAIN_START=1`` turns every one of them off, and the app then
starts the ordinary way, only slower (tests/test_app_start.py starts it both ways).

Kept, each worth well over 10 ms before the first paint here (benchmarks/README.md):

- :func:`pause_collection`: no garbage collection until the file is open, then what
  start-up made is frozen (``gc.freeze``) and collection goes on as usual;
- :func:`import_pyside`: PySide6's own support code compiled once and kept, not at every
  start;
- :func:`spare_source_reads`: PySide6 told which modules don't use it, so it doesn't read
  their source (with :func:`load_before_qt`, which loads those the window needs first);
- the lazy ``Qt`` of gui/lazy_qt.py: Qt's enums built after the first paint, not before.

Tricks worth less than that are gone (argv read without argparse, fontconfig read on
another thread, Qt's SHA-256 for settings keys, actions given their parent afterwards, the
window icon set after the first paint): the ordinary way is used instead.

Not a trick, so not switched off: :func:`guard_none_refcount` keeps PySide6 6.12.0 on
Python 3.11 from crashing a long session.

Nothing here imports Qt at module level: cli.py calls it before Qt is loaded.
"""

from __future__ import annotations

import os
import sys

#: The PySide6 versions whose null returns lose a reference to None, True or False.
LOSES_REFERENCES = frozenset({"6.12.0"})


def plain() -> bool:
    """Whether to start the ordinary way, without any trick here."""
    return os.environ.get("WELLPLAN_PLAIN_START") == "1"


def before_qt() -> None:
    """What the ``wellplan`` command does before it loads Qt to show the window."""
    if plain():
        return
    pause_collection()
    load_before_qt()


def pause_collection() -> None:
    """Start-up makes hundreds of thousands of objects that live as long as the app, and
    almost no garbage: collecting them costs dozens of collections before the first paint
    and one long full collection while the storage layer loads. So the collector is off
    until the file is open (:func:`collection_settled`)."""
    if not plain():
        import gc

        gc.disable()


def collection_settled() -> None:
    """Start-up is over: what it made lives as long as the app, so the garbage collector
    need not look at it again, and collects from now on."""
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def load_before_qt() -> None:
    """What the first window needs from the layers without Qt, loaded before Qt, so that
    spare_source_reads can tell PySide6 they don't use it."""
    import wellplan.domain.present
    import wellplan.storage.fileformat
    import wellplan.storage.glance
    import wellplan.storage.paths  # noqa: F401


def import_pyside() -> None:
    """Import PySide6, with its support code compiled once rather than at every start.

    PySide6 carries its own Python modules (``shibokensupport``: signatures and features)
    as source inside its binary, and compiles them each time it is imported (13 modules in 6.12,
    a large part of every start before anything can be drawn); Python's bytecode cache never
    sees them. While PySide6 is imported here, what they compile to is kept in WellPlan's
    cache folder and used again as long as the source is the same, byte for byte, under
    the same Python; anything else is compiled as usual. Like Python's own bytecode cache,
    nothing is written with PYTHONDONTWRITEBYTECODE, and a cache that can't be read or
    written is worked without. ``wellplan.gui`` calls this before anything imports PySide6;
    if PySide6 is imported already (tests), there is nothing to do."""
    if plain() or "shiboken6" in sys.modules:
        return
    import __future__

    import builtins
    import marshal
    import types
    from typing import Any

    from wellplan.resources import cache_dir, keep

    real = builtins.compile
    folder = cache_dir() / "pyside"
    futures = 0
    for feature in __future__.all_feature_names:
        futures |= getattr(__future__, feature).compiler_flag

    def compile(source: Any, filename: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
        if (
            args
            or kwargs
            or mode != "exec"
            or not isinstance(source, bytes)
            or not isinstance(filename, str)
            or not filename.startswith("shibokensupport/")
        ):
            return real(source, filename, mode, *args, **kwargs)
        # compile() takes the caller's __future__ imports: the same ones, explicitly
        inherited = sys._getframe(1).f_code.co_flags & futures
        tag = f"{sys.version} -O{sys.flags.optimize} {inherited}"
        record = folder / f"{filename.replace('/', '-')}c"
        try:
            kept_tag, kept_source, code = marshal.loads(record.read_bytes())
            if kept_tag == tag and kept_source == source and isinstance(code, types.CodeType):
                return code
        except (OSError, ValueError, EOFError, TypeError):
            pass  # none yet, damaged, or from another Python: compile it
        code = real(source, filename, mode, inherited, True)
        if not sys.dont_write_bytecode:
            keep(record, marshal.dumps((tag, source, code)))
        return code

    builtins.compile = compile
    try:
        import PySide6.QtCore  # noqa: F401
    finally:
        builtins.compile = real


def spare_source_reads() -> None:
    """Tell PySide6 what it would find in the Python standard library, so it doesn't read it.

    PySide6 wraps ``import``: for every module imported after it, the first time, it reads
    the module's whole source file (``inspect.getsource``) to see whether the module
    mentions PySide6, for its opt-in ``from __feature__ import ...`` (which WellPlan does
    not use). Before the window appears that read dozens of files, and kept them all in
    memory. The standard library, and WellPlan's layers without Qt (tests/test_layers.py
    keeps Qt out of them), are entered as "doesn't use PySide" (-1), the answer the read
    would give: all of the standard library, and those of WellPlan's loaded by now (the
    ``wellplan`` command loads what the first window needs first). WellPlan's GUI modules
    are still read. If a later PySide6 keeps this table elsewhere, nothing changes."""
    if plain():
        return
    import PySide6.QtCore  # noqa: F401  (installs the import wrapper and its table)

    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for name in (*sys.stdlib_module_names, *sys.modules):
        top = name.partition(".")[0]
        if (top in sys.stdlib_module_names and top != "__main__") or _qt_free(name):
            table.setdefault(name, -1)


def _qt_free(name: str) -> bool:
    """WellPlan's modules that never import Qt."""
    package, _, rest = name.partition(".")
    layer = rest.partition(".")[0]
    return package == "wellplan" and layer in (
        "",
        "cli",
        "resources",
        "domain",
        "storage",
        "export",
    )


def guard_none_refcount() -> None:
    """Work around a PySide6 6.12.0 bug that would otherwise crash a long session.

    Each time a Qt function returns a null object (``parentWidget()`` of a window,
    ``QLabel.buddy()`` without a buddy, ``focusWidget()`` with nothing focused), PySide6
    6.12.0 hands back ``None`` without counting the reference, so None's count falls by
    one. On Python 3.11, CPython aborts the process when it reaches zero ("deallocating
    None"), after a few thousand such calls. Python 3.12 and later make None immortal, and
    nothing is needed there. Here, None is given a billion references once, more than any
    session can lose; None is never freed anyway, so nothing else changes.
    (tests/test_accessibility.py makes 20,000 such calls.)

    True loses references the same way while typing (about two a keystroke, found by
    benchmarks/keystrokes.py, which crashed at exit after 2,000), so True and False get
    the same guard. (tests/test_accessibility.py types 3,000 keys in a child process.)"""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import PySide6

    if PySide6.__version__ not in LOSES_REFERENCES:
        return
    import ctypes

    for immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(immortal)).value += 1 << 30
