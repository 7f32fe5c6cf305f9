"""Tagged PDFs (PDF/UA-1, issue 28): every document a screen reader can read — checked by an
outside validator (the `pdfua` package), by poppler's `pdfinfo -struct`, and by the stricter
checks in tests/ua_check.py — sealed or not; and the structure tree read back in the order a
person reads, with the right words."""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest

from tests.builders import demo_with_texas
from tests.ua_check import outline, problems
from wellplan.domain.bundle import Bundle
from wellplan.domain.present import answer_lines, key_facts
from wellplan.export.documents import render
from wellplan.export.recovery import recovery_sheet
from wellplan.export.seal import Identity, Verdict, new_identity, seal, verify
from wellplan.storage.document import PlanFile


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    path, _texas = demo_with_texas(tmp_path_factory.mktemp("tagged") / "demo.wellplan")
    with PlanFile.open(path) as doc:
        return doc.bundle("9.9.9")


@pytest.fixture(scope="module")
def identity() -> Identity:
    return new_identity("Robin Okafor")


def documents(bundle: Bundle) -> dict[str, bytes]:
    """One of every kind of document WellPlan makes."""
    made: dict[str, bytes] = {}
    for plan in bundle.plans:
        kind = plan.summary.kind
        made.setdefault(f"full {kind}", render(bundle, "full", [plan], "letter", seal_space=True))
        if kind == "pad":
            made.setdefault("pad-form", render(bundle, "pad-form", [plan], "letter"))
            made.setdefault("pad-form es", render(bundle, "pad-form", [plan], "a4", language="es"))
        if plan.template.next_steps:
            made.setdefault(f"next-steps {kind}", render(bundle, "next-steps", [plan], "letter"))
        if plan.template.one_page:
            made.setdefault(
                "one-page", render(bundle, "one-page", [plan], "letter", seal_space=True)
            )
            made.setdefault("one-page es", render(bundle, "one-page", [plan], "a4", language="es"))
    for doc in ("summary", "card", "phone"):
        made[doc] = render(bundle, doc, [], "letter", seal_space=True)
    made["recovery"] = recovery_sheet(
        "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789-ABCD-EFGH-JKLM-NPQR-STUV-WXYZ",
        "My plans.wellplan",
        dt.datetime(2026, 11, 23, 10, 30, tzinfo=dt.UTC),
    )
    return made


def test_every_document_passes_the_pdfua_validator_and_the_stricter_checks(
    bundle: Bundle, identity: Identity
) -> None:
    from pdfua import validate

    made = documents(bundle)
    assert {
        "full wrap",
        "full crisis",
        "full pad",
        "pad-form",
        "summary",
        "card",
        "phone",
        "full goals",
        "full meeting",
        "next-steps goals",
        "next-steps meeting",
        "one-page",
        "one-page es",
    } <= set(made)
    for name, pdf in made.items():
        for label, data in ((name, pdf), (f"{name}, sealed", seal(pdf, identity, version="v1")[0])):
            report = validate(BytesIO(data))
            assert [(f.rule_id, f.message) for f in report.findings] == [], label
            assert problems(data) == [], label


def test_the_checks_find_an_untagged_pdf() -> None:
    """The validators would notice: a reportlab PDF with no tags fails both."""
    from pdfua import validate
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Hello")
    canvas.save()
    data = buffer.getvalue()
    assert {f.rule_id for f in validate(BytesIO(data)).findings} >= {"UA-01-005", "UA-01-002"}
    assert "no structure tree" in problems(data)


def test_the_summary_reads_title_key_facts_then_ranked_sections(bundle: Bundle) -> None:
    read = outline(render(bundle, "summary", [], "letter"))
    kinds = [kind for kind, _ in read]
    assert kinds[0] == "Document"
    headings = [(kind, text) for kind, text in read if kind in ("H1", "H2")]
    facts = key_facts(bundle)
    assert headings[0] == ("H1", "In a crisis, please read this first")
    assert headings[1] == ("H2", facts.name)  # the key facts box, first
    assert headings[2] == ("H2", "What helps me")
    # the key facts box is one section, before anything ranked below it
    box = kinds.index("Sect")
    assert box < kinds.index("H2", kinds.index("H2") + 1)
    # its refusals are a list, in the person's order, each with its mark and its words
    refusals = [text for kind, text in read if kind == "LBody"][: len(facts.refusals)]
    assert [r.split(" — ")[0] for r in refusals] == [r.what for r in facts.refusals]
    labels = {text for kind, text in read if kind == "Lbl"}
    assert labels == {"✕", "•"}
    # who to call: a table whose row headers say what each row is
    assert ("TH", "Crisis line") in read
    # "What helps me": its list items right after its heading, in the person's order
    wrap = bundle.latest("wrap")
    assert wrap is not None
    helps = answer_lines(
        wrap.template.question("crisis.helps"), wrap.answers.get("crisis.helps"), bundle.lookup
    )
    after = kinds.index("H2", kinds.index("H2") + 1)
    assert kinds[after + 1] == "L"
    items = [text for kind, text in read[after:] if kind == "LBody"]
    assert items[: len(helps)] == helps[: len(items)]


def test_a_full_wrap_reads_its_sections_questions_and_answers_in_order(bundle: Bundle) -> None:
    wrap = bundle.latest("wrap")
    assert wrap is not None
    read = outline(render(bundle, "full", [wrap], "letter"))
    headings = [(kind, text) for kind, text in read if kind.startswith("H")]
    assert headings[0] == ("H1", wrap.summary.title)
    shown = [
        section.title
        for section in wrap.template.sections
        if any(wrap.answers.get(q.id) for q in section.questions)
    ]
    sections = [text for kind, text in headings if kind in ("H2", "H3") and text in shown]
    assert sections == [t for t in shown if t in sections]  # in the template's order
    assert len(sections) >= 3
    # no heading level is skipped, none is empty
    levels = [int(kind[1]) for kind, _ in headings]
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))
    assert all(text for _, text in headings)
    # every list answer is one list whose items are the answer's lines, in order, after
    # its question (or its section's heading) and before the next one
    bodies = [text for kind, text in read if kind == "LBody"]
    checked = 0
    for section in wrap.template.sections:
        for question in section.questions:
            lines = answer_lines(question, wrap.answers.get(question.id), bundle.lookup)
            if question.type.value != "list" or len(lines) < 2:
                continue
            start = bodies.index(lines[0])
            assert bodies[start : start + len(lines)] == lines, question.id
            lead = question.text if len(section.questions) > 1 else section.title
            at = next(i for i, (_, text) in enumerate(read) if text == lead)
            assert read[at + 1][0] == "L" and read[at + 1][1].startswith("• " + lines[0])
            checked += 1
    assert checked >= 3


def test_records_are_tables_with_column_headers_read_once(bundle: Bundle) -> None:
    crisis = bundle.latest("crisis")
    assert crisis is not None
    data = render(bundle, "full", [crisis], "letter")
    pdf = pikepdf.open(BytesIO(data))
    tables = [e for e in _elements(pdf.Root.StructTreeRoot.K) if str(e.get("/S")) == "/Table"]
    assert tables
    for table in tables:
        rows = [r for r in _kids(table) if str(r.get("/S")) == "/TR"]
        head = [str(c.get("/S")) for c in _kids(rows[0])]
        assert set(head) == {"/TH"} and len(rows) >= 2
        for row in rows[1:]:
            assert {str(c.get("/S")) for c in _kids(row)} == {"/TD"}
            assert len(_kids(row)) == len(head)
        assert str(_kids(rows[0])[0].A.Scope) == "/Column"


def test_the_card_reads_front_then_back(bundle: Bundle) -> None:
    read = outline(render(bundle, "card", [], "letter"))
    faces = [text for kind, text in read if kind == "Div"]
    facts = key_facts(bundle)
    assert len(faces) == 2
    assert faces[0].startswith("IN A CRISIS") and facts.name in faces[0]
    assert "Card made" in faces[1] and facts.name not in faces[1].split(":")[0]


def test_the_phone_copys_links_are_in_the_tree_with_words(bundle: Bundle) -> None:
    data = render(bundle, "phone", [], "letter")
    pdf = pikepdf.open(BytesIO(data))
    links = [e for e in _elements(pdf.Root.StructTreeRoot.K) if str(e.get("/S")) == "/Link"]
    words = {str(_kids_raw(link)[0].Obj.Contents) for link in links}
    assert links and any(w.startswith("Call +") for w in words)
    assert any(w.startswith("Text +") for w in words)
    assert problems(data) == []


def test_a_spanish_pad_form_marks_its_english_legal_text(bundle: Bundle) -> None:
    pad = bundle.latest("pad")
    assert pad is not None
    data = render(bundle, "pad-form", [pad], "letter", language="es")
    pdf = pikepdf.open(BytesIO(data))
    assert str(pdf.Root.Lang) == "es"
    english = [e for e in _elements(pdf.Root.StructTreeRoot.K) if str(e.get("/Lang")) == "en-US"]
    kinds = {str(e.S) for e in english}
    assert "/H1" in kinds  # the instrument's title, in English
    texts = [_text_of(data, e) for e in english]
    assert any(t.startswith("I, ") for t in texts)  # the declaration, in English
    # the Spanish beside it is in the document's language
    spanish = [e for e in _elements(pdf.Root.StructTreeRoot.K) if "/Lang" not in e]
    assert any(_text_of(data, e).startswith("Yo, ") for e in spanish)


def test_a_sealed_pdf_keeps_its_tags_in_the_signed_revision(
    bundle: Bundle, identity: Identity, tmp_path: Path
) -> None:
    pdf = render(bundle, "summary", [], "letter", seal_space=True)
    sealed, _ = seal(pdf, identity, version="v1")
    assert verify(sealed, [identity]).verdict is Verdict.INTACT  # whole file, DocMDP holds
    doc = pikepdf.open(BytesIO(sealed))
    form = [e for e in _elements(doc.Root.StructTreeRoot.K) if str(e.get("/S")) == "/Form"]
    assert len(form) == 1
    widget = _kids_raw(form[0])[0].Obj
    assert str(widget.FT) == "/Sig" and "Sealed by Robin Okafor" in str(form[0].Alt)
    nums = list(doc.Root.StructTreeRoot.ParentTree.Nums)
    assert nums[nums.index(int(widget.StructParent)) + 1].objgen == form[0].objgen
    # the one revision the seal signs holds the tree: a later one would not be "intact"
    assert sealed.count(b"%%EOF") == 2
    if shutil.which("pdfsig"):
        path = tmp_path / "sealed.pdf"
        path.write_bytes(sealed)
        out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
        assert "Signature is Valid" in out and "Total document signed" in out


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler's pdfinfo is not installed")
def test_poppler_reads_the_summarys_structure(bundle: Bundle, tmp_path: Path) -> None:
    path = tmp_path / "summary.pdf"
    path.write_bytes(render(bundle, "summary", [], "letter"))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert any(line.split() == ["Tagged:", "yes"] for line in info.splitlines())
    struct = subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True
    ).stdout
    # each element's type (poppler adds "(block)" or "(inline)"), or a line of its text
    lines = [
        line.strip().removesuffix(" (block)").removesuffix(" (inline)").split(":")[0]
        for line in struct.splitlines()
    ]
    order = [
        "Document",
        "H1",
        '"In a crisis, please read this first"',
        "Sect",
        f'"{key_facts(bundle).name}"',
        "L",
        "LI",
        "Lbl",
        '"✕"',
        "LBody",
        "Table",
        "TH",
        "/Scope /Row",
        '"What helps me"',
    ]
    at = 0
    for want in order:
        at = lines.index(want, at) + 1  # each after the one before


# ---- reading the tree ------------------------------------------------------------------------
def _kids_raw(element: pikepdf.Dictionary) -> list[pikepdf.Object]:
    kids = element.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]


def _kids(element: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
    return [k for k in _kids_raw(element) if isinstance(k, pikepdf.Dictionary) and "/S" in k]


def _elements(element: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
    found = [element]
    for kid in _kids(element):
        found += _elements(kid)
    return found


def _text_of(data: bytes, element: pikepdf.Dictionary) -> str:
    """An element's text, found by the outline's order (same walk)."""
    pdf = pikepdf.open(BytesIO(data))
    walk = _elements(pdf.Root.StructTreeRoot.K)
    index = next(i for i, e in enumerate(walk) if e.objgen == element.objgen)
    return outline(data)[index][1]
