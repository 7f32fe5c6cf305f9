"""A real assistive-technology client for the tests: what a screen reader such as Orca sees
of WellPlan, read through AT-SPI with pyatspi.

Run by the system Python (/usr/bin/python3, where Debian's python3-pyatspi lives), never
the project's venv. It answers one JSON command a line on stdin with one JSON line on
stdout, and meanwhile listens for the events a screen reader speaks from (focus, text and
name changes, announcements), as Orca does. Commands:

- ``{"cmd": "ping"}``: ready when the application is on the bus.
- ``{"cmd": "tree", "window": "active"}``: every showing object of the active window (or the
  window named so), with role, name, description, states and place on screen (with
  ``"full": true``, its text, attributes, relations and actions too).
- ``{"cmd": "focused"}``: the object that has the keyboard focus now.
- ``{"cmd": "mark"}``: forget the events heard so far.
- ``{"cmd": "events"}``: the events heard since the last mark.
- ``{"cmd": "wait", "type": "focus", "timeout": 8}``: wait for an event of that kind (a
  focus event, an announcement, ...) heard since the last mark; answers when it comes.
- ``{"cmd": "text", "path": [...]}``: the text of an object, its caret, and the line at it.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]
from gi.repository import Atspi, GLib  # type: ignore[import-not-found]

APP_NAME = sys.argv[1] if len(sys.argv) > 1 else "wellplan"
LISTENED = (  # what a screen reader speaks from (not the floods of children and showing)
    "focus:",
    "object:state-changed:focused",
    "object:text-changed:insert",
    "object:text-changed:delete",
    "object:text-caret-moved",
    "object:property-change:accessible-name",
    "object:announcement",
    "window:activate",
)
#: Events whose source is described whole (states, place): the rest only by role and name,
#: so that a burst of events (a page being built) is heard quickly.
DESCRIBED = ("focus:", "object:state-changed:focused")

heard: list[dict[str, object]] = []
last_focus: list[object] = []  # what the newest focus event was about
waiting: list[tuple[dict[str, object], float]] = []  # a wait command and when it gives up


def reply(message: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def states(acc: object) -> list[str]:
    try:
        return sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())  # type: ignore[attr-defined]
    except Exception:
        return []


def application() -> object | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == APP_NAME:
            app.set_cache_mask(Atspi.Cache.NONE)  # every answer fresh from the application
            return app
    return None


def describe(
    acc: object, path: list[int], *, text_limit: int = 400, full: bool = True
) -> dict[str, object]:
    """What a screen reader can say about one object (``full``: its text, attributes,
    relations and actions too, which take a round trip each)."""
    node: dict[str, object] = {"path": path}
    try:
        node["role"] = acc.getRoleName()  # type: ignore[attr-defined]
        node["name"] = acc.name or ""  # type: ignore[attr-defined]
        node["description"] = acc.description or ""  # type: ignore[attr-defined]
    except Exception as exc:  # gone while we looked
        node["error"] = str(exc)
        return node
    node["states"] = states(acc)
    try:
        box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)  # type: ignore[attr-defined]
        node["box"] = [box.x, box.y, box.width, box.height]
    except Exception:
        node["box"] = None
    if not full:
        return node
    try:
        text = acc.queryText()  # type: ignore[attr-defined]
        node["text"] = text.getText(0, min(text.characterCount, text_limit))
        node["caret"] = text.caretOffset
    except Exception:
        pass
    try:
        node["attributes"] = dict(
            a.split(":", 1)
            for a in acc.getAttributes()
            if ":" in a  # type: ignore[attr-defined]
        )
    except Exception:
        node["attributes"] = {}
    relations: dict[str, list[str]] = {}
    try:
        for relation in acc.getRelationSet():  # type: ignore[attr-defined]
            kind = pyatspi.relationToString(relation.getRelationType())
            relations[kind] = [
                relation.getTarget(i).name or "" for i in range(relation.getNTargets())
            ]
    except Exception:
        pass
    node["relations"] = relations
    try:
        action = acc.queryAction()  # type: ignore[attr-defined]
        node["actions"] = [action.getName(i) for i in range(action.nActions)]
        node["keys"] = [action.getKeyBinding(i) for i in range(action.nActions)]
    except Exception:
        node["actions"] = []
    return node


def walk(acc: object, path: list[int], into: list[dict[str, object]], full: bool = False) -> None:
    node = describe(acc, path, full=full)
    into.append(node)
    if "showing" not in node.get("states", []):  # type: ignore[operator]
        return  # nothing under a hidden object is on screen
    try:
        count = acc.childCount  # type: ignore[attr-defined]
    except Exception:
        return
    for index in range(min(count, 2000)):
        try:
            child = acc.getChildAtIndex(index)  # type: ignore[attr-defined]
        except Exception:
            continue
        if child is not None:
            walk(child, [*path, index], into, full)


def windows() -> list[object]:
    app = application()
    if app is None:
        return []
    return [app.getChildAtIndex(i) for i in range(app.childCount)]  # type: ignore[attr-defined]


def window_named(which: str) -> tuple[int, object] | None:
    found = [(i, w) for i, w in enumerate(windows()) if w is not None]
    for index, window in found:
        if which == "active" and "active" in states(window):
            return index, window
        if which != "active" and window.name == which:  # type: ignore[attr-defined]
            return index, window
    return None


def find_focused() -> dict[str, object] | None:
    """What has the focus: the object of the newest focus event, as a screen reader
    knows it (the tree can't say: a widget whose focus proxy has the focus says
    "focused" too), if it still says so."""
    if last_focus:
        node = describe(last_focus[-1], [])
        if "focused" in node.get("states", []):  # type: ignore[operator]
            return node
    return focused_in_tree()


def focused_in_tree() -> dict[str, object] | None:
    for index, window in enumerate(windows()):
        if window is None or "active" not in states(window):
            continue
        nodes: list[dict[str, object]] = []
        walk(window, [index], nodes)
        focused = [n for n in nodes if "focused" in n.get("states", [])]  # type: ignore[operator]
        if focused:  # the innermost: a widget whose focus proxy has it says "focused" too
            return focused[-1]
    return None


def by_path(path: list[int]) -> object | None:
    app = application()
    acc = app
    for index in path:
        if acc is None:
            return None
        acc = acc.getChildAtIndex(index)  # type: ignore[attr-defined]
    return acc


def on_event(event: object) -> None:
    try:
        source = event.source  # type: ignore[attr-defined]
        record: dict[str, object] = {
            "type": event.type,  # type: ignore[attr-defined]
            "detail1": event.detail1,  # type: ignore[attr-defined]
            "detail2": event.detail2,  # type: ignore[attr-defined]
            "role": source.getRoleName(),
            "name": source.name or "",
        }
        data = event.any_data  # type: ignore[attr-defined]
        if isinstance(data, str | int | float):
            record["data"] = data
        if record["type"] == "object:state-changed:focused" and record["detail1"] == 1:
            last_focus[:] = [source]
        if str(record["type"]).startswith(DESCRIBED):
            record["states"] = states(source)
            record["description"] = source.description or ""
            try:
                box = source.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                record["box"] = [box.x, box.y, box.width, box.height]
            except Exception:
                record["box"] = None
        if record["type"] == "object:text-caret-moved":
            try:
                text = source.queryText()
                line = text.getTextAtOffset(text.caretOffset, pyatspi.TEXT_BOUNDARY_LINE_START)
                record["line"] = line[0]
            except Exception:
                pass
    except Exception as exc:
        record = {"type": getattr(event, "type", "?"), "error": str(exc)}
    heard.append(record)  # WellPlan is the only application on this desktop's bus
    del heard[:-2000]


def matches(command: dict[str, object], event: dict[str, object]) -> bool:
    kind = str(command.get("type", ""))
    if not str(event.get("type", "")).startswith(kind):
        return False
    if kind.startswith("object:state-changed") and event.get("detail1") != 1:
        return False  # gaining the state, not losing it
    name, role = command.get("name"), command.get("role")
    return (name is None or event.get("name") == name) and (
        role is None or event.get("role") == role
    )


def check_waiting() -> bool:
    now = time.monotonic()
    for entry in list(waiting):
        command, deadline = entry
        found = [e for e in heard if matches(command, e)]
        if found:
            waiting.remove(entry)
            reply({"ok": True, "events": found, "focused": find_focused()})
        elif now > deadline:
            waiting.remove(entry)
            reply({"ok": False, "error": "timed out", "events": heard[-40:]})
    return True


def drain() -> None:
    """Hear every event the application sent before now: a call to it is answered after
    the events it sent before (D-Bus keeps one sender's messages in order), and they are
    handed to the listeners as the loop runs."""
    app = application()
    if app is not None:
        _ = app.childCount  # type: ignore[attr-defined]  # a round trip (nothing is cached)
    context = GLib.MainContext.default()
    until = time.monotonic() + 0.1  # (pyatspi keeps a source always due: no "until idle")
    while context.pending() and time.monotonic() < until:
        context.iteration(False)


def handle(command: dict[str, object]) -> None:
    cmd = command.get("cmd")
    if cmd == "ping":
        reply({"ok": application() is not None})
    elif cmd == "tree":
        found = window_named(str(command.get("window", "active")))
        if found is None:
            reply({"ok": False, "error": "no such window"})
            return
        nodes: list[dict[str, object]] = []
        walk(found[1], [found[0]], nodes, bool(command.get("full")))
        reply({"ok": True, "nodes": nodes})
    elif cmd == "windows":
        reply({"ok": True, "windows": [describe(w, [i]) for i, w in enumerate(windows())]})
    elif cmd == "focused":
        drain()
        reply({"ok": True, "focused": find_focused()})
    elif cmd == "mark":
        drain()
        heard.clear()
        reply({"ok": True})
    elif cmd == "events":
        drain()
        reply({"ok": True, "events": list(heard)})
    elif cmd == "wait":
        timeout = float(command.get("timeout", 8))  # type: ignore[arg-type]
        waiting.append((command, time.monotonic() + timeout))
    elif cmd == "text":
        acc = by_path(list(command["path"]))  # type: ignore[call-overload]
        reply(
            {"ok": acc is not None, "node": describe(acc, [], text_limit=100_000) if acc else None}
        )
    elif cmd == "quit":
        reply({"ok": True})
        pyatspi.Registry.stop()
    else:
        reply({"ok": False, "error": f"unknown command {cmd}"})


def on_input(source: object, _condition: object) -> bool:
    line = sys.stdin.readline()
    if not line:
        pyatspi.Registry.stop()
        return False
    try:
        handle(json.loads(line))
    except Exception as exc:
        reply({"ok": False, "error": f"{type(exc).__name__}: {exc}"})
    return True


def main() -> None:
    for kind in LISTENED:
        pyatspi.Registry.registerEventListener(on_event, kind)
    GLib.io_add_watch(sys.stdin, GLib.IO_IN | GLib.IO_HUP, on_input)
    GLib.timeout_add(20, check_waiting)
    reply({"ok": True, "ready": True})
    pyatspi.Registry.start()


if __name__ == "__main__":
    main()
