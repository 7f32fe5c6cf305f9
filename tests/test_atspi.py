"""WellPlan as a screen reader meets it: the real app on an X display of its own, read by a
real AT-SPI client (pyatspi, as Orca reads it), driven with real key presses.

One app is started for the whole module (about 3 s); each test puts it in the state it
needs through a line of Python sent to it (see tests/atspi_app.py), then checks only what
AT-SPI says: names, roles, descriptions, where the focus is, what was announced."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest

from tests.atspi_session import Desktop, Unavailable, missing
from wellplan.storage.demo import write_demo

pytestmark = pytest.mark.slow

#: Roles a control a person can reach may have; a focusable "filler", "panel", "label" or
#: "unknown" is something a screen reader can only call by its name, or not at all.
CONTROL_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "text",
    "password text",
    "spin button",
    "combo box",
    "list",
    "list item",
    "tree",
    "tree table",
    "table",
    "table cell",
    "page tab list",
    "page tab",
    "menu item",
    "check menu item",
    "slider",
    "scroll bar",
    "heading",  # a focusable heading (none today), read as one
    "label",  # focusable to be read (the readiness findings), its text selectable
    "drawing area",  # the signature pad: drawn on with a pen, mouse or finger
    "canvas",
    "progress bar",
    "image",  # the export preview: pictures of the pages, focusable to scroll them
}


class Screen:
    """The app and the AT-SPI client, as the tests use them."""

    def __init__(self, desk: Desktop) -> None:
        self.desk = desk

    def run(self, code: str) -> Any:
        """Run a line of Python in the app; its value."""
        assert self.desk.app is not None
        answer = self.desk.app.ask(code)
        assert answer["ok"], answer.get("error")
        return answer.get("value")

    def ask(self, **command: Any) -> dict[str, Any]:
        assert self.desk.client is not None
        return self.desk.client.ask(command, timeout=float(command.get("timeout", 8)) + 20)

    def tree(self, window: str = "active", *, full: bool = False) -> list[dict[str, Any]]:
        answer = self.ask(cmd="tree", window=window, full=full)
        assert answer["ok"], answer
        return [n for n in answer["nodes"] if "showing" in n.get("states", [])]

    def focused(self) -> dict[str, Any] | None:
        return self.ask(cmd="focused")["focused"]

    def mark(self) -> None:
        self.ask(cmd="mark")

    def wait(self, kind: str, timeout: float = 8, **match: Any) -> dict[str, Any]:
        return self.ask(cmd="wait", type=kind, timeout=timeout, **match)

    def events(self) -> list[dict[str, Any]]:
        return list(self.ask(cmd="events")["events"])

    def key(self, *keys: str) -> None:
        """Press keys on the X display's keyboard (xdotool's names: Tab, alt+n, ...)."""
        subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], env=self.desk.env, check=True)

    def focus_after(self, key: str) -> dict[str, Any]:
        """Press ``key``; the object a screen reader is told has the focus next."""
        self.mark()
        self.key(key)
        answer = self.wait("object:state-changed:focused")
        assert answer["ok"], f"no focus change after {key}: {answer.get('events')}"
        gained = [e for e in answer["events"] if e.get("detail1") == 1]
        return gained[-1]

    def announcements(self) -> list[str]:
        return [str(e.get("data")) for e in self.events() if e["type"] == "object:announcement"]


@pytest.fixture(scope="module")
def screen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Screen]:
    lacking = missing()
    if lacking:
        pytest.skip(f"AT-SPI can't run here: not installed: {lacking}")
    folder = tmp_path_factory.mktemp("atspi")
    desk = Desktop(folder)
    try:
        desk.start(write_demo(folder / "demo.wellplan"))
    except Unavailable as exc:
        desk.stop()
        pytest.skip(f"AT-SPI can't start here: {exc}")
    except Exception:
        desk.stop()
        raise AssertionError(f"the AT-SPI desktop didn't start:\n{desk.log_tail()}") from None
    screen = Screen(desk)
    screen.run("plans = {p.title: p.id for p in window.doc.list_plans()}")
    # a harmless first key: on a new X server, the first Alt+key typed sometimes reached
    # the app as Alt alone (and opened the menu bar), never a later one
    screen.key("shift")
    screen.run("")
    try:
        yield screen
    finally:
        desk.stop()


@pytest.fixture
def home(screen: Screen) -> Screen:
    """Each test starts at the plans, with no dialog open."""
    screen.run(
        "answers[:] = [True]  # yes, stop signing\n"
        "window.side_dialog.reject() if window.side_dialog is not None else None\n"
        "answers.clear()\n"
        "window.export_dialog.close() if window.export_dialog is not None else None\n"
        "window.go_home()\nwindow.activateWindow()\nwindow.home.list.setFocus()"
    )
    return screen


def problems(nodes: list[dict[str, Any]], where: str) -> list[str]:
    """Controls a screen reader can't name, or names by a role that isn't theirs."""
    found = []
    for node in nodes:
        states = node.get("states", [])
        if "focusable" not in states or "sensitive" not in states:
            continue
        role, name = node["role"], node["name"].strip()
        what = f"{where}: {role} {name!r} at {node['path']}"
        if role not in CONTROL_ROLES:
            found.append(f"{what}: not a control's role")
        if not re.search(r"\w", name) and role not in ("list item", "table cell"):
            found.append(f"{what}: no name a screen reader can say")
    return found


def headings(nodes: list[dict[str, Any]]) -> list[str]:
    return [n["name"] for n in nodes if n["role"] == "heading"]


# ---- the home ------------------------------------------------------------------------------


def test_home_names_every_control_and_has_a_heading(home: Screen) -> None:
    nodes = home.tree()
    assert problems(nodes, "home") == []
    assert headings(nodes) == ["Your plans"]
    (plans,) = [n for n in nodes if n["role"] == "list" and n["name"] == "Your plans"]
    assert plans["description"] == "Press Enter to open the selected plan."


# ---- signing -------------------------------------------------------------------------------


def test_the_signing_refusal_is_said_and_its_place_is_empty_until_then(home: Screen) -> None:
    home.run(
        "from wellplan.domain.signing import Role\n"
        'window.sign_plan(plans["Robin\'s advance directive (general form)"])\n'
        "signing = window.side_dialog\n"
        "signing.next()\n"
        "person = signing.currentPage()\n"
        "person.input.typed.setText('Robin Reyes')\n"
        "person.input.means_it.setChecked(True)\n"
        "signing.next()\n"
        "witness = signing.currentPage()"
    )
    assert home.run("witness.objectName()") == "sign-witness-1"
    before = home.tree()
    assert problems(before, "signing, a witness") == []
    assert "What you are signing" in headings(before)
    why_not = "Why you can't sign here yet"
    assert not [n for n in before if n["name"] == why_not or "signing-problems" in n["name"]]
    labels = {n["name"] for n in before if n["role"] == "label"}
    # the first question, answered "yes" with the keyboard, as the witness would
    question = home.run("list(witness.answers)[0]")
    home.run("witness.answers[list(witness.answers)[0]].button(1).setFocus()")
    home.mark()
    home.key("space")
    said = home.wait("object:announcement")
    assert said["ok"], said
    (announcement,) = [e for e in said["events"] if e["type"] == "object:announcement"]
    assert announcement["data"].startswith("You can't sign here yet:")
    assert announcement["detail1"] == 2  # assertive: said at once, not after what is being read
    after = home.tree()
    shown = [n for n in after if n["role"] == "label" and n["name"] not in labels]
    assert shown, "the reason isn't on the page for a screen reader to find again"
    assert any(question.rstrip("?")[:30] in n["name"] or n["name"] for n in shown)
    home.run("witness.answers[list(witness.answers)[0]].button(0).click()")
    again = {n["name"] for n in home.tree() if n["role"] == "label"}
    assert again == labels  # nothing wrong: the place is empty again


# ---- use my plan now -----------------------------------------------------------------------


def test_use_my_plan_now_is_read_line_by_line_with_the_arrow_keys(home: Screen) -> None:
    home.run('window.use_now(plans["Robin\'s crisis plan"])\nwindow.use_now_view.text.setFocus()')
    nodes = home.tree()
    assert problems(nodes, "use my plan now") == []
    found = [n for n in nodes if n["name"] == "Your crisis plan"]
    assert len(found) == 1, [(n["role"], n["name"]) for n in nodes]
    text = found[0]
    assert text["role"] == "text" and "read only" in text["states"]
    assert "multi line" in text["states"]
    home.run(
        "from PySide6.QtGui import QTextCursor\n"
        "window.use_now_view.text.moveCursor(QTextCursor.MoveOperation.Start)"
    )
    lines = []
    for _ in range(4):
        home.mark()
        home.key("Down")
        moved = home.wait("object:text-caret-moved")
        assert moved["ok"], moved
        lines.append(moved["events"][-1]["line"].strip())
    assert lines[0].startswith("Take it one step at a time")
    assert len(set(lines)) == 4  # a new line each time
    back = home.focus_after("Tab")
    assert back["name"] == "Back to your plans (Esc)" and back["role"] == "push button"
    home.mark()
    home.key("Escape")
    assert home.run("window.stack.currentWidget() is window.home")


# ---- the plans' pages ----------------------------------------------------------------------


def wizard_pages(screen: Screen, title: str) -> Iterator[str]:
    """Open the plan called ``title`` and go through each of its parts in turn."""
    screen.run(f"window.edit_plan(plans[{title!r}])\nwizard = window.wizard")
    for page_id in screen.run("wizard.visible_page_ids()"):
        screen.run(f"wizard.go_to({page_id})")
        yield str(screen.run("wizard.currentPage().objectName()"))


@pytest.mark.parametrize(
    "title",
    [
        "Robin's Wellness Recovery Action Plan",
        "Robin's crisis plan",
        "Robin's advance directive (Oregon)",
        "Robin's goals",
        "Meeting with Dr. Haddad",
    ],
)
def test_every_part_of_a_plan_names_its_controls_and_gives_their_help(
    home: Screen, title: str
) -> None:
    found: list[str] = []
    for page in wizard_pages(home, title):
        nodes = home.tree()
        found += problems(nodes, page)
        if not headings(nodes):
            found.append(f"{page}: no heading")
        buttons = [
            (n["name"], n["description"])
            for n in nodes
            if n["role"] == "push button" and "focusable" in n["states"]
        ]
        found += [f"{page}: two buttons say {b!r}" for b in set(buttons) if buttons.count(b) > 1]
        found += [
            f"{page}: {n['name']!r} is a {n['role']}"
            for n in nodes
            if n["name"].startswith("Add a new ") and n["role"] != "push button"
        ]
        found += [
            f"{page}: a cell says nothing"
            for n in nodes
            if n["role"] == "table cell" and not n["name"].strip()
        ]
        for example in [
            n for n in nodes if n["role"] == "label" and n["name"].startswith("For example: ")
        ]:
            if not any(example["name"] in n["description"] for n in nodes):
                found.append(f"{page}: {example['name'][:50]!r} is no control's description")
    assert found == [], "\n".join(found)


def test_removing_a_list_item_with_delete_is_said_keeps_the_place_and_is_undone(
    home: Screen,
) -> None:
    home.run(
        'window.edit_plan(plans["Robin\'s Wellness Recovery Action Plan"])\n'
        "wizard = window.wizard\n"
        "editor = wizard.go_to_question('toolbox.tools')\n"
        "editor.list.setFocus()\n"
        "editor.list.setCurrentRow(0)"
    )
    first, second = home.run("[editor.list.item(r).text() for r in range(2)]")
    home.mark()
    home.key("Delete")
    said = home.wait("object:announcement")
    assert said["ok"], said
    assert said["events"][-1]["data"] == f"Removed “{first}”."
    focused = home.focused()
    assert focused is not None and focused["name"] == second  # the next item, in the list
    assert home.run("editor.list.currentItem().text()") == second
    home.mark()
    home.key("ctrl+z")  # and back it comes
    said = home.wait("object:announcement")
    assert said["ok"], said
    assert said["events"][-1]["data"] == f"Undone: remove “{first}”"
    assert home.run("editor.list.item(0).text()") == first


# ---- people, medications and places ---------------------------------------------------------


def test_people_medications_and_places_opens_on_a_named_list_and_esc_goes_back(
    home: Screen,
) -> None:
    home.mark()
    home.run("window.show_records()")
    arrived = home.wait("object:state-changed:focused")
    assert arrived["ok"], arrived
    gained = [e for e in arrived["events"] if e.get("detail1") == 1]
    assert [(e["role"], e["name"]) for e in gained] == [("list", "People")]  # no detours
    nodes = home.tree()
    assert problems(nodes, "people, medications and places") == []
    assert "People, medications and places" in headings(nodes)
    (field,) = [n for n in nodes if n["name"] == "Add a new person"]
    assert field["description"] == "Name of a new person, then Enter"  # its placeholder
    home.mark()
    home.key("Escape")
    back = home.wait("object:state-changed:focused", name="Your plans")
    assert back["ok"], back
    assert home.run("window.stack.currentWidget() is window.home")


def test_today_opens_on_its_named_list_with_its_help_and_esc_goes_back(home: Screen) -> None:
    home.mark()
    home.key("ctrl+t")
    arrived = home.wait("object:state-changed:focused", role="list")
    assert arrived["ok"], arrived
    gained = [(r, n) for r, n, _ in focus_gained(home)]
    day = home.run("window.stack.today.day_label.text()")
    assert gained == [("list", f"What I did on {day.removeprefix('Today, ')}")], gained
    nodes = home.tree()
    assert problems(nodes, "today") == []
    assert "Today" in headings(nodes)
    (listed,) = [n for n in nodes if n["role"] == "list" and n["name"].startswith("What I did")]
    assert "Space ticks what you did" in listed["description"]
    assert any(n["name"].startswith("A line in your own words for ") for n in nodes)
    home.run("window.stack.today.month_button.setChecked(True)")
    nodes = home.tree()
    assert problems(nodes, "today, with its month") == []
    assert any(n["name"] == "What I did in this month" for n in nodes)
    home.run("window.stack.today.month_button.setChecked(False)")
    home.mark()
    home.key("Escape")
    back = home.wait("object:state-changed:focused", name="Your plans")
    assert back["ok"], back
    assert home.run("window.stack.currentWidget() is window.home")


def key_bindings(nodes: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Each Alt+ key of a window, and what it works."""
    found: dict[str, list[str]] = {}
    for node in nodes:
        for key in dict.fromkeys(node.get("keys", [])):
            if key.startswith("Alt+"):
                found.setdefault(key, []).append(node["name"])
    return found


# ---- print or export -----------------------------------------------------------------------


def test_print_or_export_says_where_it_saved_and_keeps_the_focus_on_save(home: Screen) -> None:
    home.mark()
    home.run("window.export_documents()\ndialog = window.export_dialog")
    assert home.wait("window:activate", name="Print or export")["ok"]
    nodes = home.tree(full=True)
    assert problems(nodes, "print or export") == []
    clashes = {k: v for k, v in key_bindings(nodes).items() if len(v) > 1}
    assert clashes == {}
    assert key_bindings(nodes)["Alt+S"] == ["Save PDF…"]
    home.run("dialog.save_button.setFocus()")
    home.mark()
    home.key("space")
    said = home.wait("object:announcement", timeout=30)
    assert said["ok"], said
    (saved,) = [e["data"] for e in said["events"] if e["type"] == "object:announcement"]
    assert saved.startswith("Saved the PDF in ")
    focused = home.focused()
    assert focused is not None and focused["name"] == "Save PDF…"  # where the person was
    assert "object:state-changed:focused" not in {e["type"] for e in home.events()}


# ---- backups -------------------------------------------------------------------------------


def test_back_up_now_says_it_is_done_and_keeps_the_focus(home: Screen) -> None:
    home.mark()
    home.run("window.show_backups()\nbackups = window.side_dialog")
    assert home.wait("window:activate", name="Backups")["ok"]
    nodes = home.tree(full=True)
    assert problems(nodes, "backups") == []
    assert headings(nodes) == ["Backups of “demo.wellplan”"]
    assert {k: v for k, v in key_bindings(nodes).items() if len(v) > 1} == {}
    home.run("backups.now_button.setFocus()")
    home.mark()
    home.key("space")
    said = home.wait("object:announcement", timeout=30)
    assert said["ok"], said
    assert said["events"][-1]["data"] == "Backed up and checked."
    focused = home.focused()
    assert focused is not None and focused["name"] == "Back up now"
    assert not [
        e for e in home.events() if e["type"] == "object:state-changed:focused" and e["detail1"]
    ]


def test_going_from_part_to_part_moves_the_focus_only_to_what_is_on_screen(home: Screen) -> None:
    """Jumping to a part passes through the parts between: a screen reader hears only
    where the focus lands (from a field, by way of the list of parts), never a hidden
    field or Next on the way."""
    home.run('window.edit_plan(plans["Robin\'s Wellness Recovery Action Plan"])')
    heard: list[tuple[str, str, list[int]]] = []
    for page_id in (5, 9, 2, 0):
        home.mark()
        home.run(f"window.wizard.go_to({page_id})")
        home.wait("object:state-changed:focused")
        gained = [
            (e["role"], e["name"], e["box"])
            for e in home.events()
            if e["type"] == "object:state-changed:focused" and e["detail1"] == 1
        ]
        assert gained, f"no focus change going to part {page_id}"
        heard += gained
        assert gained[-1][1] != "Parts of this plan"  # it arrived in the part
    hidden = [h for h in heard if not h[2] or h[2][2] <= 0 or h[2][3] <= 0]
    assert hidden == []
    assert [h for h in heard if h[0] == "push button"] == []  # never Next, Back or Done


def test_tab_goes_through_the_plans_first_page_in_reading_order(home: Screen) -> None:
    home.run(
        'window.edit_plan(plans["Robin\'s crisis plan"])\n'
        "window.wizard.go_to(0)\n"
        "window.wizard.intro.title_edit.setFocus()"
    )
    expected = [
        ("spin button", "Review by"),  # one Tab in, one Tab out
        ("push button", "Finish later"),
        ("push button", "Next >"),
        ("tree", "Parts of this plan"),
        ("text", "Plan title"),
    ]
    heard = [home.focus_after("Tab") for _ in expected]
    assert [(h["role"], h["name"]) for h in heard] == expected
    assert heard[0]["description"].startswith("When to read this plan through again.")
    assert heard[-1]["description"].startswith("This is how the plan is listed")


# ---- going from screen to screen -----------------------------------------------------------


def focus_gained(screen: Screen) -> list[tuple[str, str, list[int] | None]]:
    """Every object a screen reader was told gained the focus since the mark."""
    return [
        (e["role"], e["name"], e.get("box"))
        for e in screen.events()
        if e["type"] == "object:state-changed:focused" and e.get("detail1") == 1
    ]


def on_screen(box: list[int] | None) -> bool:
    return box is not None and box[2] > 0 and box[3] > 0


def test_screens_take_the_focus_straight_to_where_the_person_starts(home: Screen) -> None:
    """ "Use my plan now" and back, opening a plan and finishing later, people, medications
    and places and back: each time the only thing a screen reader hears gain the focus is
    where the person starts on the new screen, never a control of the screen left or of
    one not shown."""
    home.run('window.refresh_home(plans["Robin\'s crisis plan"])')  # selected
    home.mark()
    home.key("alt+u")  # Use my plan now
    arrived = home.wait("object:state-changed:focused", name="Your crisis plan")
    assert arrived["ok"], arrived
    assert [(r, n) for r, n, _ in focus_gained(home)] == [("text", "Your crisis plan")]
    home.mark()
    home.key("Escape")
    assert home.wait("object:state-changed:focused", name="Your plans")["ok"]
    assert [(r, n) for r, n, _ in focus_gained(home)] == [("list", "Your plans")]
    home.mark()
    home.key("alt+c")  # Continue
    assert home.wait("object:state-changed:focused", role="text")["ok"]
    home.run("")  # (let the plan settle)
    gained = focus_gained(home)
    assert all(on_screen(box) for _, _, box in gained), gained
    assert [role for role, _, _ in gained] == ["text"], gained  # its first field, at once
    home.mark()
    home.key("alt+l")  # Finish later (with "use my plan now" behind the plan)
    assert home.wait("object:state-changed:focused", name="Your plans")["ok"]
    home.run("")
    assert [(r, n) for r, n, _ in focus_gained(home)] == [("list", "Your plans")]
    home.mark()
    home.key("alt+p")  # People, medications and places
    assert home.wait("object:state-changed:focused", name="People")["ok"]
    home.key("Escape")
    assert home.wait("object:state-changed:focused", name="Your plans")["ok"]
    assert [(r, n) for r, n, _ in focus_gained(home)] == [
        ("list", "People"),
        ("list", "Your plans"),
    ]


def test_the_window_title_says_where_the_person_is(home: Screen) -> None:
    def title() -> str:
        windows = home.ask(cmd="windows")["windows"]
        (frame,) = [w for w in windows if w["role"] == "frame"]
        return str(frame["name"])

    assert title() == "Your plans — demo.wellplan — WellPlan"
    home.run(
        'window.edit_plan(plans["Robin\'s crisis plan"])\n'
        "wizard = window.wizard\n"
        "wizard.go_to(wizard.section_page_ids['warning_signs'])"
    )
    assert title() == "1. My warning signs — Robin's crisis plan — demo.wellplan — WellPlan"
    home.run("window.go_home()\nwindow.show_records()")
    assert title() == "People, medications and places — demo.wellplan — WellPlan"
    home.run("window.go_home()\nwindow.show_today()")
    assert title() == "Today — demo.wellplan — WellPlan"


def test_the_new_plan_menu_opens_on_its_first_item(home: Screen) -> None:
    home.run("window.home.new_button.setFocus()")
    home.mark()
    home.key("space")
    opened = home.wait("object:state-changed:focused", role="menu item")
    assert opened["ok"], opened
    first = home.run("window.home.new_button.menu().actions()[0].text()")
    assert [(r, n) for r, n, _ in focus_gained(home)][-1] == ("menu item", first)
    home.key("Escape")


def test_edit_undo_says_which_step_it_undoes(home: Screen) -> None:
    home.run(
        'window.edit_plan(plans["Robin\'s Wellness Recovery Action Plan"])\n'
        "editor = window.wizard.go_to_question('toolbox.tools')\n"
        "editor.list.setFocus()\n"
        "editor.list.setCurrentRow(0)"
    )
    first = home.run("editor.list.item(0).text()")
    home.run("editor.remove_selected()")
    home.mark()
    home.key("alt+e")  # the Edit menu, from the keyboard
    opened = home.wait("object:state-changed:focused", role="menu item")
    assert opened["ok"], opened
    assert [(r, n) for r, n, _ in focus_gained(home)][-1] == ("menu item", f"Undo remove “{first}”")
    home.mark()
    home.key("Return")
    said = home.wait("object:announcement")
    assert said["ok"], said
    assert said["events"][-1]["data"] == f"Undone: remove “{first}”"
    assert home.run("editor.list.item(0).text()") == first


def test_together_mode_is_said_as_it_is_turned_on_and_off(home: Screen) -> None:
    for words in ("Together mode is on", "Together mode is off"):
        home.mark()
        home.key("ctrl+shift+t")
        said = home.wait("object:announcement")
        assert said["ok"], said
        assert str(said["events"][-1]["data"]).startswith(words)


# ---- saving ---------------------------------------------------------------------------------


def test_a_failed_save_is_said_at_once_and_so_is_saving_again(home: Screen) -> None:
    problem = "WellPlan couldn't save your latest changes: the disk is full."
    home.mark()
    home.run(f"window.autosaver.failed.emit({problem!r})")
    said = home.wait("object:announcement")
    assert said["ok"], said
    failed = said["events"][-1]
    assert failed["data"] == problem
    assert failed["detail1"] == 2  # assertive: said over whatever is being read
    shown = {n["name"] for n in home.tree()}
    assert {problem, "Not saved yet"} <= shown  # and it stays on the screen to be read again
    home.mark()
    home.run("import datetime as dt\nwindow.autosaver.saved.emit(dt.datetime.now(dt.UTC))")
    said = home.wait("object:announcement")
    assert said["ok"], said
    assert said["events"][-1]["data"] == "Saved. Your latest changes are safe now."
    assert said["events"][-1]["detail1"] == 1  # polite
    assert problem not in {n["name"] for n in home.tree()}


# ---- history and the lock screen -----------------------------------------------------------


def test_history_names_every_control(home: Screen) -> None:
    home.mark()
    home.run('window.show_history(plans["Robin\'s crisis plan"])')
    assert home.wait("window:activate")["ok"]
    nodes = home.tree(full=True)
    assert problems(nodes, "history") == []
    assert headings(nodes), "history has no heading"
    assert {k: v for k, v in key_bindings(nodes).items() if len(v) > 1} == {}


def test_the_lock_screen_names_its_field_and_starts_on_it(home: Screen) -> None:
    home.mark()
    home.run(
        "window.lock_screen.show_for('demo.wellplan')\n"
        "window.stack.bring(window.lock_screen, window.lock_screen.field)"
    )
    arrived = home.wait("object:state-changed:focused")
    assert arrived["ok"], arrived
    gained = [e for e in arrived["events"] if e.get("detail1") == 1]
    assert gained[-1]["role"] == "password text"
    assert gained[-1]["name"].strip()
    nodes = home.tree()
    assert problems(nodes, "the lock screen") == []
    assert "“demo.wellplan” is locked" in headings(nodes) + [n["name"] for n in nodes]
    home.run("window.stack.setCurrentWidget(window.home)")
