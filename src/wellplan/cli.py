"""The ``wellplan`` command. Headless commands never import Qt (or any PDF code).

wellplan [FILE]          start the app (on the default file, or FILE)
wellplan --version
wellplan demo FILE       write a demo file for a fictional person
wellplan check FILE      check a file's health (exit 0 healthy, 1 not, 2 can't unlock it)
wellplan backup FILE DEST     a verified copy of FILE at DEST (a file, or a folder)
wellplan restore BACKUP FILE  put BACKUP in place of FILE, backing FILE up first
wellplan export / verify      PDFs and their seals (see --help)
wellplan encrypt FILE         lock FILE with a passphrase (or change it); prints a recovery key
wellplan decrypt FILE         take the passphrase off FILE
wellplan export-data FILE --out DATA.json    everything in FILE as documented JSON
wellplan import-data DATA.json NEWFILE       a new plan file rebuilt from that JSON

Any command that opens a locked file asks for its passphrase (or recovery key) on the
terminal, or reads it from the file named by --passphrase-file, never from the command line.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from wellplan import __version__

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from wellplan.domain.bundle import Bundle, PlanData
    from wellplan.storage.crypto import Unlock

COMMANDS = {  # each command and its one line, for 'wellplan --help' and its own --help
    "demo": "write a demo file for a fictional person",
    "check": "check that a WellPlan file is healthy",
    "export": "write a PDF of a plan, the summary, the wallet card or the PAD form",
    "verify": "check whether a sealed PDF was changed",
    "backup": "make a verified backup copy of a WellPlan file",
    "restore": "put a backup in place of a file (the file is backed up first)",
    "encrypt": "lock a file with a passphrase, or change its passphrase",
    "decrypt": "take the passphrase off a file",
    "export-data": "write everything in a file as JSON (docs/data-format.md)",
    "import-data": "make a new plan file from exported JSON",
}
DOC_CHOICES = ("full", "summary", "card", "pad-form", "phone", "next-steps", "one-page")
#: Documents made from one plan of a kind whose template offers them (domain.templates.offers);
#: with a plain --plan all, the first kind (in the order kinds are offered) that does.
ONE_PLAN_DOCS = ("pad-form", "next-steps", "one-page")


def _command_parser() -> argparse.ArgumentParser:
    import argparse

    from wellplan.domain.templates import translated_languages

    parser = argparse.ArgumentParser(prog="wellplan", description="WellPlan without the window.")
    parser.add_argument("--version", action="version", version=f"WellPlan {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help=COMMANDS["demo"])
    demo.add_argument("file", help="where to write it (a new .wellplan file)")
    demo.add_argument("--force", action="store_true", help="replace FILE if it exists")
    check = sub.add_parser("check", help=COMMANDS["check"])
    check.add_argument("file")
    export = sub.add_parser("export", help=COMMANDS["export"])
    export.add_argument("file")
    export.add_argument(
        "--plan",
        default="all",
        metavar="{wrap,crisis,pad,goals,meeting,all,ID,TITLE}",
        help="which plan: a kind (the newest of it), all, or one plan by its id or its title "
        "(default: all). For the summary, card and phone copy, a plan chosen by id or title "
        "is used instead of the newest of its kind",
    )
    export.add_argument(
        "--doc", choices=DOC_CHOICES, default="full", help="which document (default: full)"
    )
    export.add_argument(
        "--paper", choices=("letter", "a4"), help="paper size (default: from your locale)"
    )
    export.add_argument("--out", help="where to write the PDF (default: beside the plan file)")
    export.add_argument(
        "--language",
        choices=("en", *sorted(translated_languages())),
        default="en",
        help="the language of the document's headings and questions (default: en); what "
        "the person wrote is printed as written",
    )
    export.add_argument(
        "--seal", action="store_true", help="seal it, so anyone can check it wasn't changed"
    )
    verify = sub.add_parser("verify", help=COMMANDS["verify"])
    verify.add_argument("pdf")
    verify.add_argument("--file", help="the .wellplan file whose seal you expect")
    backup = sub.add_parser("backup", help=COMMANDS["backup"])
    backup.add_argument("file")
    backup.add_argument("dest", help="the backup's file name, or an existing folder to put it in")
    backup.add_argument("--force", action="store_true", help="replace DEST if it exists")
    restore = sub.add_parser("restore", help=COMMANDS["restore"])
    restore.add_argument("backup")
    restore.add_argument("file")
    encrypt = sub.add_parser("encrypt", help=COMMANDS["encrypt"])
    encrypt.add_argument("file")
    encrypt.add_argument(
        "--new-passphrase-file",
        help="read the new passphrase from this file (default: ask twice on the terminal)",
    )
    decrypt = sub.add_parser("decrypt", help=COMMANDS["decrypt"])
    decrypt.add_argument("file")
    export_data = sub.add_parser("export-data", help=COMMANDS["export-data"])
    export_data.add_argument("file")
    export_data.add_argument("--out", required=True, help="the JSON file to write")
    import_data = sub.add_parser("import-data", help=COMMANDS["import-data"])
    import_data.add_argument("data", help="the JSON file")
    import_data.add_argument("newfile", help="the new .wellplan file (must not exist yet)")
    import_data.add_argument(
        "--force", action="store_true", help="use NEWFILE even if its name isn't .wellplan"
    )
    for command in (check, export, verify, backup, restore, encrypt, decrypt, export_data):
        command.add_argument(
            "--passphrase-file",
            help="for a locked file: read its passphrase or recovery key from this file",
        )
    for name, command in sub.choices.items():
        command.description = command.description or COMMANDS[name].capitalize() + "."
    return parser


def _read_secret(path: str) -> str:
    """A passphrase from the first line of a file (for scripts); an empty one is refused
    here, rather than tried as a passphrase and called wrong."""
    from pathlib import Path

    try:
        secret = Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        raise ExportError(f"The passphrase file {path} isn't UTF-8 text.") from None
    if not secret:
        raise ExportError(f"The passphrase file {path} is empty, so there is no passphrase in it.")
    return secret


def say(exc: BaseException) -> str:
    """An error as a terminal should say it: a StorageError without the window's advice
    (menus, "still on the screen"), an OSError as words and the file, never '[Errno N]'."""
    from wellplan.storage.errors import StorageError

    if isinstance(exc, StorageError):
        return exc.for_terminal()
    if isinstance(exc, OSError):
        why = exc.strerror or type(exc).__name__
        return f"{exc.filename}: {why}." if exc.filename else f"{why}."
    return str(exc)


def _unlock(file: str | None, passphrase_file: str | None) -> Unlock | None:
    """What opens ``file`` if it is locked: from --passphrase-file, or asked for on the
    terminal as often as needed (an empty answer stops)."""
    if file is None:
        return None
    import getpass
    from pathlib import Path

    from wellplan.storage.connection import unlocked_info
    from wellplan.storage.crypto import unlock_with
    from wellplan.storage.errors import Locked, WrongPassphrase
    from wellplan.storage.fileformat import inspect_file

    path = Path(file).expanduser().absolute()
    info = inspect_file(path)
    if not info.locked:
        return None
    _need_locking()
    if passphrase_file:
        unlock = unlock_with(path, _read_secret(passphrase_file))
        unlocked_info(info, unlock)
        return unlock
    while True:
        try:
            secret = getpass.getpass(f"Passphrase or recovery key for {path.name}: ")
        except EOFError:
            secret = ""
        if not secret:
            raise Locked(f"No passphrase given, so {path.name} wasn't opened.")
        unlock = unlock_with(path, secret)
        try:
            unlocked_info(info, unlock)
        except WrongPassphrase as exc:
            print(say(exc), file=sys.stderr)
            continue
        return unlock


def _need_locking() -> None:
    """Say at once (before asking for any passphrase) when locking can't work here."""
    from wellplan.storage.crypto import UNAVAILABLE, CryptoUnavailable, available

    if not available():
        raise CryptoUnavailable(UNAVAILABLE)


def _new_passphrase(new_file: str | None) -> str:
    import getpass

    if new_file:
        return _read_secret(new_file)
    while True:
        first = getpass.getpass("New passphrase: ")
        if not first:
            raise ExportError("No passphrase given; nothing was changed.")
        if getpass.getpass("The same passphrase again: ") == first:
            return first
        print("Those two weren't the same. Please type it twice again.", file=sys.stderr)


def _encrypt(file: str, passphrase_file: str | None, new_file: str | None) -> int:
    from pathlib import Path

    from wellplan.storage.crypto import new_unlock
    from wellplan.storage.locking import set_lock

    _need_locking()
    current = _unlock(file, passphrase_file)
    # a plain file: --passphrase-file (or --new-passphrase-file) holds the new passphrase
    new_source = new_file if current is not None else (new_file or passphrase_file)
    new = new_unlock(_new_passphrase(new_source))
    rewritten = set_lock(Path(file), current, new)
    name = Path(file).name
    print(f"{name} is locked with the new passphrase." if current else f"{name} is now locked.")
    print()
    print("Recovery key (it opens the file if you forget the passphrase; keep it safe, apart")
    print("from this computer; without the passphrase or this key no one can open the file):")
    print()
    print(f"    {new.recovery_key()}")
    if rewritten:
        print()
        print(f"Its {len(rewritten)} backup(s) now open with the same passphrase too.")
    return 0


def _export_data(file: str, out: str, unlock: Unlock | None) -> int:
    from pathlib import Path

    from wellplan.storage.atomic import atomic_target
    from wellplan.storage.document import PlanFile, require_healthy
    from wellplan.storage.opendata import dumps, export_data

    target = Path(out).expanduser().absolute()
    require_healthy(file, unlock)  # all of it, or a message: never half the data
    with PlanFile.open(file, unlock=unlock) as doc:
        text = dumps(export_data(doc, __version__))
    with atomic_target(target) as tmp:  # owner-only, never half written
        tmp.write_text(text, encoding="utf-8")
    print(target)
    return 0


def _import_data(data: str, newfile: str, force: bool = False) -> int:
    from pathlib import Path

    from wellplan.storage.opendata import DataError, import_data, load_path

    target = Path(newfile).expanduser().absolute()
    if not target.exists():  # (an existing one is refused below, --force or not)
        target = _new_plan_file(target, force)
    try:
        made = import_data(load_path(Path(data).expanduser()), target)
    except DataError as exc:
        raise ExportError(f"{Path(data).name}: {exc} Nothing was written.") from None
    print(made)
    return 0


def _decrypt(file: str, passphrase_file: str | None) -> int:
    from pathlib import Path

    from wellplan.storage.locking import set_lock

    current = _unlock(file, passphrase_file)
    if current is None:
        print(f"{Path(file).name} isn't locked; nothing to do.")
        return 0
    rewritten = set_lock(Path(file), current, None)
    print(f"{Path(file).name} is no longer locked with a passphrase.")
    if rewritten:
        print(f"Nor are its {len(rewritten)} backup(s).")
    return 0


def missing_display() -> str | None:
    """Why the window can't be shown, before Qt finds out (which aborts the process with a
    misleading message about a missing library), or None. On Linux and the BSDs a window
    needs an X11 or Wayland display, unless Qt is asked for another platform."""
    import os

    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs…: no display needed
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "there is no display to show WellPlan's window on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set). Start WellPlan from your desktop, or use its commands "
        "that need no window: see 'wellplan --help'."
    )


def _gui_parser() -> argparse.ArgumentParser:
    import argparse

    width = max(len(name) for name in COMMANDS)
    commands = "\n".join(f"  {name:<{width}}  {line}" for name, line in COMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="wellplan",
        description="WellPlan: your own wellness and crisis plans, kept on your computer.\n"
        "Without a command, it opens its window (on FILE, or the file you used last).",
        epilog=f"commands without the window (each has its own --help, as in "
        f"'wellplan export --help'):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"WellPlan {__version__}")
    parser.add_argument("file", nargs="?", help="a .wellplan file to open")
    parser.add_argument(
        "--smoke", action="store_true", help="start, paint the window once, and quit (for tests)"
    )
    parser.add_argument(
        "--open", dest="open_view", choices=("crisis",), help="start on 'use my plan now'"
    )
    return parser


def _new_plan_file(target: Path, force: bool) -> Path:
    """Where a command may write a plan file: a .wellplan name whose folder exists, and
    nothing there already, unless ``force``. An ExportError says what to do otherwise."""
    from wellplan.storage.fileformat import FILE_SUFFIX

    target = target.expanduser().absolute()
    if not target.parent.is_dir():
        raise ExportError(
            f"The folder {target.parent} doesn't exist. Make it first, or choose another."
        )
    if target.suffix != FILE_SUFFIX and not force:
        raise ExportError(
            f"{target.name} doesn't end in {FILE_SUFFIX}, so WellPlan wouldn't recognise it "
            f"later. Add {FILE_SUFFIX} to the name (or --force to use this name anyway)."
        )
    if target.exists() and not force:
        raise ExportError(
            f"{target.name} already exists, so nothing was written. Choose another name, "
            "or add --force to replace it."
        )
    return target


def _demo(file: str, force: bool = False) -> int:
    from pathlib import Path

    from wellplan.storage.demo import write_demo

    path = write_demo(_new_plan_file(Path(file), force))
    print(f"Wrote a demo plan file to {path}")
    return 0


def _check(file: str, unlock: Unlock | None = None) -> int:
    from wellplan.storage.document import check_file

    report = check_file(file, unlock)
    if report.healthy:
        print(
            f"{report.path.name}: healthy. SQLite's checks found no problems, and every "
            "plan, answer, version and signature in it reads as it should."
        )
        return 0
    print(f"{report.path.name}: problems found:")
    for problem in report.problems:
        print(f"  - {problem}")
    if report.damaged:
        from wellplan.storage.damage import newest_good_backup, when

        found = newest_good_backup(report.path, unlock)
        if found is not None:
            print(f"The newest good backup is from {when(found.created)}. To restore it:")
        else:
            print("WellPlan has no good backup of it. If you have another copy, restore it:")
        print(_restore_hint(report.path, found.path if found is not None else None))
    return 1


def _check_failed(file: str, exc: Exception) -> int:
    """``check``'s report when the file is too damaged to unlock."""
    from pathlib import Path

    path = Path(file).expanduser().absolute()
    print(f"{path.name}: problems found:")
    print(f"  - {exc}")
    print("If you have another copy, restore it:")
    print(_restore_hint(path, None))
    return 1


def _restore_hint(path: Path, backup: Path | None) -> str:
    """How to get back to a whole file, as a command to type."""
    import shlex

    if backup is None:
        return f"  wellplan restore COPY {shlex.quote(str(path))}"
    return f"  wellplan restore {shlex.quote(str(backup))} {shlex.quote(str(path))}"


class ExportError(Exception):
    """A reason the export can't go ahead, for the person running the command."""


KIND_NAMES = {
    "wrap": "Wellness Recovery Action Plan",
    "crisis": "crisis plan",
    "pad": "psychiatric advance directive",
    "goals": "goals plan",
    "meeting": "plan for a meeting",
}


def _plan_list(plans: Sequence[PlanData]) -> str:
    return "\n".join(
        f"  {p.summary.id:>4}  {p.summary.kind:<7}  {p.summary.title}"
        for p in sorted(plans, key=lambda p: p.summary.id)
    )


def _named_plan(bundle: Bundle, file: str, wanted: str) -> PlanData:
    """The one plan ``wanted`` names, by id or by title (any case)."""
    from pathlib import Path

    name = Path(file).name
    if wanted.isdigit():
        found = [p for p in bundle.plans if p.summary.id == int(wanted)]
    else:
        key = wanted.casefold().strip()
        found = [p for p in bundle.plans if p.summary.title.casefold().strip() == key]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ExportError(
            f"{name} has no plan {'with the id' if wanted.isdigit() else 'called'} "
            f"“{wanted}”. Its plans (id, kind, title):\n{_plan_list(bundle.plans)}"
        )
    raise ExportError(
        f"{len(found)} plans in {name} are called “{wanted}”; choose one by its id:\n"
        f"{_plan_list(found)}"
    )


def _choose_plans(
    bundle: Bundle, file: str, plan: str, document: str
) -> tuple[Bundle, list[PlanData]]:
    """Which plans a document is made from (and the bundle it is made from: for the summary,
    card and phone copy, a plan chosen by id or title stands in for the newest of its
    kind). An ExportError says why when there are none; a note on stderr says which plan
    was taken when a kind has several."""
    from dataclasses import replace
    from pathlib import Path

    from wellplan.domain.templates import SOURCE_LANGUAGE, available_kinds, load_template, offers

    name = Path(file).name
    kinds = available_kinds()
    named = None if plan == "all" or plan in kinds else _named_plan(bundle, file, plan)
    if document not in ("full", *ONE_PLAN_DOCS):
        if not bundle.plans:
            raise ExportError(f"{name} has no plans yet, so there is nothing to put on it.")
        if named is not None:  # it, and no other plan of its kind
            kind = named.summary.kind
            others = tuple(p for p in bundle.plans if p.summary.kind != kind or p is named)
            bundle = replace(bundle, plans=others)
        return bundle, []
    if named is not None:
        if document in ONE_PLAN_DOCS and not offers(named.template, document):
            raise ExportError(_not_offered(named.summary.title, document))
        return bundle, [named]
    if document == "pad-form" and plan not in ("pad", "all"):
        raise ExportError(
            "The PAD signing form is made from a psychiatric advance directive: use --plan pad, "
            "or the directive's id or title."
        )
    if plan == "all" and document == "full":
        return bundle, sorted(
            bundle.plans, key=lambda p: (p.template.order, -p.summary.updated_at.timestamp())
        )
    kind = plan
    if document in ONE_PLAN_DOCS and plan == "all":
        kind = next(k for k in kinds if offers(load_template(k, SOURCE_LANGUAGE), document))
    latest = bundle.latest(kind)
    if latest is None:
        raise ExportError(f"{name} has no {KIND_NAMES.get(kind, 'plan')} yet.")
    if document in ONE_PLAN_DOCS and not offers(latest.template, document):
        raise ExportError(_not_offered(latest.summary.title, document))
    several = [p for p in bundle.plans if p.summary.kind == kind]
    if len(several) > 1:
        print(
            f"{name} has {len(several)} plans of this kind; this is the newest, "
            f"“{latest.summary.title}” (id {latest.summary.id}). To choose another, give "
            f"--plan its id or title:\n{_plan_list(several)}",
            file=sys.stderr,
        )
    return bundle, [latest]


def _not_offered(title: str, document: str) -> str:
    what = {
        "pad-form": "it isn't a psychiatric advance directive, so it has no signing form",
        "next-steps": "it has no steps to list (try a goals plan or a meeting's plan)",
        "one-page": "it has no one-page sheet (try a plan for a meeting)",
    }[document]
    return f"“{title}”: {what}."


def _drawn_on(bundle: Bundle) -> str:
    """Which plans the summary, card or phone copy drew on (the newest of each kind)."""
    used = [bundle.latest(kind) for kind in ("pad", "wrap", "crisis")]
    return "Made from: " + "; ".join(
        f"“{p.summary.title}” (id {p.summary.id})" for p in used if p is not None
    )


def _export(
    file: str,
    plan: str,
    document: str,
    paper: str | None,
    out: str | None,
    seal: bool = False,
    unlock: Unlock | None = None,
    language: str = "en",
) -> int:
    import locale
    from pathlib import Path

    from wellplan.domain.bundle import default_paper
    from wellplan.export.documents import render
    from wellplan.export.seal import fingerprint
    from wellplan.export.seal import seal as seal_pdf
    from wellplan.sealing import identity_for
    from wellplan.storage.atomic import atomic_target
    from wellplan.storage.document import PlanFile, require_healthy

    target = Path(out) if out else Path(file).with_name(f"{Path(file).stem} - {document}.pdf")
    target = target.expanduser().absolute()
    require_healthy(file, unlock)  # before anything is read, written or logged
    with PlanFile.open(file, unlock=unlock) as doc:  # one open for the whole export
        bundle, plans = _choose_plans(doc.bundle(__version__), file, plan, document)
        paper = paper or default_paper(locale.getlocale()[0])
        plan_id = plans[0].summary.id if len(plans) == 1 else None
        if seal and plan_id is not None:
            # a sealed plan is a frozen version, made from exactly what was frozen (so it
            # re-exports identically later); its number goes on the stamp
            frozen = doc.freeze_version(plan_id, "sealed")
            bundle = doc.version_bundle(frozen.id, __version__)
            plans = list(bundle.plans)
            version_text = f"v{frozen.number}"
        else:
            version = max((p.summary.updated_at for p in plans), default=bundle.exported_at)
            version_text = f"{version.astimezone():%Y-%m-%d %H:%M}"
        pdf = render(bundle, document, plans, paper, seal_space=seal, language=language)
        digest = fingerprint(pdf)
        if seal:
            pdf, digest = seal_pdf(  # digest: now the sealer's fingerprint, as on the stamp
                pdf,
                identity_for(doc, bundle.person_name),
                version=version_text,
                language=language,
            )
        try:
            with atomic_target(target) as tmp:  # never a half-written PDF
                tmp.write_bytes(pdf)
        except OSError as exc:
            raise ExportError(
                f"Couldn't write {target}: {exc.strerror or exc}. Choose a folder you can write to."
            ) from exc
        doc.log_export(document, plan_id, digest, sealed=seal, version=version_text)
    if not plans:
        print(_drawn_on(bundle), file=sys.stderr)
    print(target)
    return 0


def _backup(file: str, dest: str, unlock: Unlock | None = None, force: bool = False) -> int:
    import datetime as dt
    from pathlib import Path

    from wellplan.storage.backups import make_backup
    from wellplan.storage.fileformat import FILE_SUFFIX

    target = Path(dest).expanduser()
    if target.is_dir():
        target = target / f"{Path(file).stem} {dt.datetime.now():%Y-%m-%d %H%M%S}{FILE_SUFFIX}"
    print(make_backup(Path(file), _new_plan_file(target, force), unlock))
    return 0


def _restore(backup: str, file: str, unlock: Unlock | None = None) -> int:
    from pathlib import Path

    from wellplan.storage.backups import restore

    before = restore(Path(backup), Path(file), unlock)
    print(f"Restored {Path(file).name} from {Path(backup).name}.")
    if before is not None:
        print(f"The file as it was is kept in {before}")
    return 0


def _verify(pdf_path: str, file: str | None, unlock: Unlock | None = None) -> int:
    from pathlib import Path

    from wellplan.domain.verdicts import VERDICTS
    from wellplan.export.seal import Identity, verify

    try:
        data = Path(pdf_path).read_bytes()
    except OSError as exc:
        print(f"{VERDICTS['unreadable'].label}: can't read {pdf_path}: {exc.strerror or exc}")
        return 2
    known: list[Identity] = []
    if file:
        from wellplan.sealing import known_identities
        from wellplan.storage.document import PlanFile

        with PlanFile.open(file, unlock=unlock) as doc:
            known = known_identities(doc)
    result = verify(data, known, expect_known=file is not None)  # never raises
    print(f"{VERDICTS[result.verdict.value].label}: {result.message}")
    return result.exit_code


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        ns = _command_parser().parse_args(args)
        secret = getattr(ns, "passphrase_file", None)
        try:
            if ns.command == "demo":
                return _demo(ns.file, ns.force)
            if ns.command == "encrypt":
                return _encrypt(ns.file, secret, ns.new_passphrase_file)
            if ns.command == "decrypt":
                return _decrypt(ns.file, secret)
            if ns.command == "import-data":
                return _import_data(ns.data, ns.newfile, ns.force)
            if ns.command == "export-data":
                return _export_data(ns.file, ns.out, _unlock(ns.file, secret))
            if ns.command == "check":
                from wellplan.storage.crypto import CryptoUnavailable
                from wellplan.storage.errors import DamagedFile, Locked, WrongPassphrase

                try:
                    unlock = _unlock(ns.file, secret)
                except (Locked, WrongPassphrase, CryptoUnavailable) as exc:
                    print(f"wellplan: {say(exc)}", file=sys.stderr)
                    return 2
                except DamagedFile as exc:  # so damaged the passphrase can't be tried
                    return _check_failed(ns.file, exc)
                except Exception:
                    unlock = None  # check_file reports what is wrong with it
                return _check(ns.file, unlock)
            if ns.command == "restore":
                from pathlib import Path

                # the file's own key, or the backup's when there is no file yet
                unlock = _unlock(ns.file if Path(ns.file).exists() else ns.backup, secret)
                return _restore(ns.backup, ns.file, unlock)
            unlock = _unlock(ns.file, secret)
            if ns.command == "export":
                return _export(
                    ns.file, ns.plan, ns.doc, ns.paper, ns.out, ns.seal, unlock, ns.language
                )
            if ns.command == "verify":
                return _verify(ns.pdf, ns.file, unlock)
            return _backup(ns.file, ns.dest, unlock, ns.force)
        except Exception as exc:  # a clear line, not a traceback, for scripts and people
            from wellplan.storage.errors import StorageError

            if isinstance(exc, StorageError | OSError | ExportError):
                print(f"wellplan: {say(exc)}", file=sys.stderr)
                from wellplan.storage.errors import DamagedFile

                if isinstance(exc, DamagedFile) and exc.path is not None:
                    print(_restore_hint(exc.path, exc.backup), file=sys.stderr)
                return 1 if ns.command == "check" else 2
            raise
    ns = _gui_parser().parse_args(args)  # --help, --version, and clear messages
    missing = missing_display()
    if missing is not None:
        print(f"wellplan: {missing}", file=sys.stderr)
        return 1
    from wellplan import startup

    startup.before_qt()
    from wellplan.app import run

    return int(run(ns.file, smoke=ns.smoke, open_view=ns.open_view))
