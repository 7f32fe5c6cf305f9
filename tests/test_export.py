"""The PDFs, read back with pypdf: text present and in order, one-page summary, card size,
page numbers, metadata, any script, and a CLI that never leaves half a file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from tests.builders import demo_with_texas
from wellplan import cli
from wellplan.domain.bundle import Bundle, default_paper
from wellplan.domain.records import RecordKind
from wellplan.export.documents import CARD_H, CARD_W, render
from wellplan.storage.document import PlanFile


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # a Texas directive too, for its signing form
    path, _texas = demo_with_texas(tmp_path_factory.mktemp("export") / "demo.wellplan")
    return path


@pytest.fixture(scope="module")
def bundle(demo: Path) -> Bundle:
    with PlanFile.open(demo) as doc:
        return doc.bundle("9.9.9")


def read(pdf: bytes) -> PdfReader:
    return PdfReader(BytesIO(pdf))


def text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def assert_in_order(haystack: str, needles: list[str]) -> None:
    position = -1
    for needle in needles:
        found = haystack.find(needle, position + 1)
        assert found > position, f"{needle!r} missing or out of order"
        position = found


def check_furniture(reader: PdfReader, title: str) -> None:
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"page {number} of {pages}" in (page.extract_text() or "")
    assert reader.metadata is not None and reader.metadata.title == title
    assert reader.trailer["/Root"]["/Lang"] == "en-US"


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_full_wrap_in_the_persons_order(bundle: Bundle, paper: str) -> None:
    wrap = bundle.latest("wrap")
    assert wrap is not None
    reader = read(render(bundle, "full", [wrap], paper))
    check_furniture(reader, "Robin's Wellness Recovery Action Plan")
    content = text(reader)
    assert_in_order(
        content,
        [
            "Your wellness toolbox",
            "A walk by the river",
            "Music with headphones",
            "Every day",
            "Triggers",
            "Early warning signs",
            "When things are breaking down",
            "Crisis plan",
            "Your supporters",
            "Jo Okafor",
            "Medications",
            "Lamotrigine",
            "After a crisis",
        ],
    )
    assert "Robin Okafor — Robin's Wellness Recovery Action Plan" in content  # page header
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[0] == "Robin's Wellness Recovery Action Plan"
    width = float(reader.pages[0].mediabox.width)
    assert round(width) == (612 if paper == "letter" else 595)


def test_unanswered_sections_are_left_out(bundle: Bundle, tmp_path: Path) -> None:
    with PlanFile.create(tmp_path / "a.wellplan") as doc:
        plan = doc.create_plan("wrap", "Short plan")
        doc.save_answer(plan.id, "toolbox.tools", ["Tea"])
        small = doc.bundle("1")
    content = text(read(render(small, "full", list(small.plans), "a4")))
    assert "Your wellness toolbox" in content and "Tea" in content
    assert "Triggers" not in content and "Every day" not in content


def test_summary_is_one_page_and_says_where_the_rest_is(bundle: Bundle, tmp_path: Path) -> None:
    reader = read(render(bundle, "summary", [], "letter"))
    assert len(reader.pages) == 1
    check_furniture(reader, "In a crisis, please read this first")
    content = text(reader)
    assert_in_order(
        content,
        [
            "In a crisis, please read this first",
            "Robin Okafor",
            "I DO NOT CONSENT TO",
            "Agent · call first",
            "Crisis line",
            "Advance",  # directive
            "What helps me",
            "Signs that I need others to step in",
        ],
    )
    # a very long plan still fits one page, with type no smaller, and says where the rest is
    with PlanFile.create(tmp_path / "long.wellplan") as doc:
        plan = doc.create_plan("wrap")
        doc.save_answer(
            plan.id, "crisis.step_in_signs", [f"Sign number {i} " + "word " * 20 for i in range(60)]
        )
        doc.save_answer(plan.id, "crisis.helps", [f"Helpful thing {i}" for i in range(60)])
        long = doc.bundle("1")
    reader = read(render(long, "summary", [], "a4"))
    assert len(reader.pages) == 1
    assert re.search(
        r"Not on this page: \d+ more signs\. Full plan: ask the person these plans belong to\.",
        " ".join(text(reader).split()),
    )


def test_wallet_card_is_bank_card_size_front_and_back(bundle: Bundle) -> None:
    reader = read(render(bundle, "card", [], "a4"))
    assert len(reader.pages) == 1
    check_furniture(reader, "Wallet card")
    page = reader.pages[0]
    rectangles = [
        (float(ops[2]), float(ops[3]))
        for ops, op in ContentStream(page.get_contents(), reader).operations
        if op == b"re"
    ]
    cards = [r for r in rectangles if abs(r[0] - CARD_W) < 0.5 and abs(r[1] - CARD_H) < 0.5]
    assert len(cards) == 2  # front and back, 85.6 × 54 mm
    assert round(CARD_W / 72 * 25.4, 1) == 85.6 and round(CARD_H / 72 * 25.4, 1) == 54.0
    content = text(reader)
    assert "I have a draft psychiatric advance directive (Oregon)." in " ".join(content.split())
    assert "Agent · call first: Jo Okafor (Sister), +1 555 0142" in " ".join(content.split())
    assert "988 Suicide & Crisis Lifeline" in content


def test_texas_signing_form_follows_its_profile(bundle: Bundle) -> None:
    texas = next(p for p in bundle.plans if p.answers.get("pad.jurisdiction") == "TX")
    reader = read(render(bundle, "pad-form", [texas], "letter"))
    check_furniture(reader, "Robin's advance directive (Texas) — signing form")
    content = text(reader)
    assert "Tex. Civ. Prac. & Rem. Code ch. 137" in content
    assert "Appointment of my" not in content  # no agent in a Texas declaration
    assert_in_order(
        content,
        [
            "Before you sign: about this form",
            "DECLARATION FOR MENTAL HEALTH TREATMENT",
            "NOTICE TO PERSON MAKING A DECLARATION",
            "1. Declaration",
            "Medications",
            "Signature of Robin Okafor",
            "Statement of witnesses",
            "Signature of witness 1",
            "Signature of witness 2",
            "Notary certificate (instead of the witnesses)",
        ],
    )
    assert "Robin Okafor is personally known to me" in " ".join(content.split())
    assert "Acceptance by the" not in content


def test_oregon_form_has_agent_acceptance_and_arizona_initials(bundle: Bundle) -> None:
    oregon = next(p for p in bundle.plans if p.answers.get("pad.jurisdiction") == "OR")
    content = text(read(render(bundle, "pad-form", [oregon], "a4")))
    assert "Acceptance by the attorney-in-fact: Jo Okafor" in content
    assert "Acceptance by the alternate attorney-in-fact: Sam Lindqvist" in content
    arizona = dict(oregon.answers)
    arizona["pad.jurisdiction"] = "AZ"
    arizona["pad.admission.agent"] = {"choice": "yes", "reason": ""}
    az_plan = type(oregon)(oregon.summary, oregon.template, arizona)
    content = text(read(render(bundle, "pad-form", [az_plan], "a4")))
    assert "Initials" in content and "level one behavioral health facility" in content
    assert "Statement of witness\n" in content or "Statement of witness " in content
    assert "Signature of witness 2" not in content


def test_any_script_round_trips_through_text_extraction(tmp_path: Path) -> None:
    names = ["Ελένη Παπαδοπούλου", "Дмитрий Иванов", "Zoë Ångström-Núñez", "Łukasz Żółć"]
    with PlanFile.create(tmp_path / "u.wellplan") as doc:
        plan = doc.create_plan("wrap", "План — Σχέδιο — Plán")
        ids = [
            doc.add_record(RecordKind.PERSON, {"name": n, "phone": "+30 210 000"}).id for n in names
        ]
        doc.save_answer(
            plan.id, "crisis.supporters", [{"id": i, "note": "Ναι, да, sí"} for i in ids]
        )
        doc.save_answer(plan.id, "toolbox.tools", ["Μουσική", "Прогулка", "Café crème"])
        unicode_bundle = doc.bundle("1")
    for doc_name in ("full", "summary", "card"):
        pdf = render(unicode_bundle, doc_name, list(unicode_bundle.plans), "a4")
        content = text(read(pdf))
        for name in names[:3] if doc_name == "card" else names:  # the card has room for three
            assert name in content, (doc_name, name)
    assert "Μουσική" in text(read(render(unicode_bundle, "full", list(unicode_bundle.plans), "a4")))


def test_markup_in_the_persons_text_is_printed_not_obeyed(tmp_path: Path) -> None:
    with PlanFile.create(tmp_path / "m.wellplan") as doc:
        plan = doc.create_plan("wrap")
        doc.save_answer(plan.id, "daily.when_well", "I <b>love</b> & <font size=40>tea</font>")
        b = doc.bundle("1")
    assert "I <b>love</b> & <font size=40>tea</font>" in text(
        read(render(b, "full", list(b.plans), "a4"))
    )


def test_paper_follows_the_locale() -> None:
    assert default_paper("en_US.UTF-8") == "letter"
    assert default_paper("fr_CA") == "letter"
    assert default_paper("en_GB.UTF-8") == "a4"
    assert default_paper("de_DE") == "a4"
    assert default_paper(None) == "a4"


# ---- the command ---------------------------------------------------------------------------
def test_cli_export_writes_the_pdf_and_prints_its_path(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "summary.pdf"
    code = cli.main(
        [
            "export",
            str(demo),
            "--plan",
            "all",
            "--doc",
            "summary",
            "--paper",
            "a4",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert len(PdfReader(out).pages) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]  # no temp files left


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--plan", "pad", "--doc", "pad-form", "--out", "/nonexistent-folder/x.pdf"],
            "Couldn't write",
        ),
        (["--plan", "wrap", "--doc", "pad-form"], "use --plan pad"),
    ],
)
def test_cli_export_errors_exit_2_with_a_reason(
    demo: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["export", str(demo), *args]) == 2
    assert message in capsys.readouterr().err


def test_cli_export_bad_plan_name_exits_2(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Still exit 2; now a plan's title or id is a name too, so the message lists them."""
    assert cli.main(["export", str(demo), "--plan", "diary"]) == 2
    assert "has no plan called “diary”" in capsys.readouterr().err


def test_cli_export_missing_kind_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.wellplan"
    with PlanFile.create(path) as doc:
        doc.create_plan("wrap")
    assert (
        cli.main(["export", str(path), "--plan", "crisis", "--out", str(tmp_path / "c.pdf")]) == 2
    )
    assert "has no crisis plan yet" in capsys.readouterr().err
    assert not (tmp_path / "c.pdf").exists()


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root can write anywhere"
)
def test_cli_export_to_a_read_only_folder_leaves_nothing(demo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert cli.main(["export", str(demo), "--doc", "card", "--out", str(folder / "c.pdf")]) == 2
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_failed_write_keeps_the_old_pdf(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "card.pdf"
    out.write_bytes(b"%PDF-1.4 the old card")
    import pathlib

    def fail(self: pathlib.Path, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pathlib.Path, "write_bytes", fail)
    assert cli.main(["export", str(demo), "--doc", "card", "--out", str(out)]) == 2
    monkeypatch.undo()
    assert out.read_bytes() == b"%PDF-1.4 the old card"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["card.pdf"]


def test_export_dates_are_in_the_footer(bundle: Bundle) -> None:
    content = text(read(render(bundle, "card", [], "a4")))
    today = dt.datetime.now().astimezone()
    assert f"exported {today.day} {today:%B %Y}" in content
    assert "WellPlan 9.9.9" in content


def test_documents_use_the_finished_plan_before_a_newer_draft(demo: Path, tmp_path: Path) -> None:
    copy = tmp_path / "draft.wellplan"
    copy.write_bytes(demo.read_bytes())
    with PlanFile.open(copy) as doc:
        draft = doc.create_plan("pad", "A newer draft")
        doc.save_answer(draft.id, "pad.jurisdiction", "NJ")
        b = doc.bundle("1")
    chosen = b.latest("pad")
    assert chosen is not None and chosen.summary.title != "A newer draft"
    assert "A newer draft" not in text(read(render(b, "summary", [], "a4")))


@pytest.mark.parametrize("doc", ["full", "summary", "card", "pad-form"])
def test_same_content_and_moment_give_the_same_bytes(bundle: Bundle, doc: str) -> None:
    """What makes an old version re-export identically: no clock, no object ids in the file."""
    plans = {"full": list(bundle.plans), "pad-form": [bundle.latest("pad")]}.get(doc, [])
    first = render(bundle, doc, plans, "letter")  # type: ignore[arg-type]
    assert render(bundle, doc, plans, "letter") == first  # type: ignore[arg-type]
    later = dataclasses.replace(bundle, exported_at=bundle.exported_at + dt.timedelta(days=1))
    assert render(later, doc, plans, "letter") != first  # type: ignore[arg-type]
    stamp = bundle.exported_at.astimezone(dt.UTC)
    assert f"/CreationDate (D:{stamp:%Y%m%d%H%M%S}".encode() in first
