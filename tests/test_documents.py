"""Documents a clinician can trust in thirty seconds (issue 22): the one-page summary keeps
every key fact whatever the person, paper, seal space or language; full plans break pages
well and say on every page whose plan it is; the card is legible; the phone copy can be
tapped; every font is embedded."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, ContentStream, DictionaryObject, IndirectObject

from tests.builders import STRESS_NAME, write_stress
from wellplan import cli
from wellplan.domain import words
from wellplan.domain.bundle import Bundle
from wellplan.domain.signing import Mark, Role, Signature
from wellplan.export.documents import DOCS, render
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("documents")
    return {
        "demo": write_demo(folder / "demo.wellplan"),
        "stress": write_stress(folder / "stress.wellplan"),
    }


@pytest.fixture(scope="module")
def bundles(files: dict[str, Path]) -> dict[str, Bundle]:
    found = {}
    for name, path in files.items():
        with PlanFile.open(path) as doc:
            found[name] = doc.bundle("9.9.9")
    return found


def read(pdf: bytes) -> PdfReader:
    return PdfReader(BytesIO(pdf))


def flat(text: str) -> str:
    """Extracted text with every run of spaces and line breaks as one space."""
    return " ".join(text.split())


def page_lines(page: object) -> list[str]:
    text = page.extract_text() or ""  # type: ignore[attr-defined]
    return [line.strip() for line in text.splitlines() if line.strip()]


# ---- the one-page summary ------------------------------------------------------------------
def never_cut(person: str, language: str) -> list[str]:
    """What must be on the summary, from the person's own data (not from the code that
    makes the page): identity, refusals and why, agent, first person to call, crisis line."""
    ect = {"en": "Electroconvulsive therapy (ECT)", "es": "Terapia electroconvulsiva (TEC)"}
    research = {
        "en": "Research studies or drug trials",
        "es": "Estudios de investigación o ensayos de medicamentos",
    }
    common = [ect[language], research[language], "Not while I can't decide for myself."]
    if person == "demo":
        return [
            *common,
            "Robin Okafor",
            words.day(dt.date(1988, 4, 17), language),
            "English",
            "Haloperidol",
            "Severe stiffness and panic in 2019.",
            "I'd rather try everything else first.",
            "Being restrained",
            "Group rooms with a TV on all day",
            "Restraint. It brings back a frightening experience.",
            "Jo Okafor (Sister), +1 555 0142",  # agent, and the first to call
            "988 Suicide & Crisis Lifeline: Call or text 988, any time",
        ]
    return [
        *common,
        STRESS_NAME,
        words.day(dt.date(1979, 2, 28), language),
        "Greek (Ελληνικά) first, then Spanish; an interpreter, please",
        "Haloperidol — Made me rigid and terrified for days in 2019; I could not speak.",
        "Olanzapine — I gained 20 kg and it took two years to feel like myself.",
        "Clozapine — A blood problem (neutropenia) in 2021.",
        "Risperidone — Severe restlessness: I could not sit still.",
        "Diazepam — I become confused and fall.",
        "I was frightened by it in 2015.",
        "Being restrained face down",
        "Seclusion in a locked room",
        "Restraint, especially face down.",
        "Ιωάννης Κωνσταντινίδης (Brother, and the one who knows my history best), "
        "+30 210 555 0101",  # the agent
        "María José Fernández-Castañeda (Friend since school), +34 612 555 010",  # call first
        "988 Suicide & Crisis Lifeline: Call or text 988, any time",
    ]


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("sealed", [False, True], ids=["unsealed", "sealed"])
@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("person", ["demo", "stress"])
def test_the_summary_is_one_page_with_every_key_fact(
    bundles: dict[str, Bundle], person: str, paper: str, sealed: bool, language: str
) -> None:
    reader = read(
        render(bundles[person], "summary", [], paper, seal_space=sealed, language=language)
    )
    assert len(reader.pages) == 1
    text = flat(reader.pages[0].extract_text() or "")
    missing = [item for item in never_cut(person, language) if flat(item) not in text]
    assert missing == []


def test_the_key_facts_come_first_and_refusals_are_labelled(bundles: dict[str, Bundle]) -> None:
    text = flat(read(render(bundles["demo"], "summary", [], "letter")).pages[0].extract_text())
    facts = text.index("Robin Okafor Born 17 April 1988")
    assert facts < text.index("I DO NOT CONSENT TO ✕ Haloperidol") < text.index("What helps me")
    assert text.index("Crisis line") < text.index("What helps me")
    assert "PLEASE AVOID ✕ Being restrained" in text


def test_the_lowest_ranked_lines_go_first_and_the_cut_list_says_whom_to_ask(
    bundles: dict[str, Bundle],
) -> None:
    demo = flat(read(render(bundles["demo"], "summary", [], "a4")).pages[0].extract_text())
    # in rank order: what helps, signs to step in, other people, places, other wishes
    assert_order = [
        "What helps me",
        "Signs that I need others to step in",
        "Other people to call",
        "Places for care",
    ]
    positions = [demo.index(h) for h in assert_order]
    assert positions == sorted(positions)
    stress = read(render(bundles["stress"], "summary", [], "letter", seal_space=True))
    text = flat(stress.pages[0].extract_text())
    assert "Not on this page:" in text
    assert "Full plan: ask Ιωάννης Κωνσταντινίδης, +30 210 555 0101." in text
    assert "in my full plans" not in text
    # what was cut is what ranks lowest: the last of "other wishes" goes before anything helps
    unsealed = flat(read(render(bundles["stress"], "summary", [], "a4")).pages[0].extract_text())
    if "Other wishes" in unsealed:
        assert "What helps me" in unsealed


def test_a_draft_is_called_a_draft_and_a_signature_is_named(files: dict[str, Path]) -> None:
    with PlanFile.open(files["demo"]) as doc:
        bundle = doc.bundle("1")
    text = flat(read(render(bundle, "summary", [], "letter")).pages[0].extract_text())
    assert "A draft: not signed in WellPlan." in text
    assert "signed copy" not in text.lower()

    copy = files["demo"].with_name("signed.wellplan")
    copy.write_bytes(files["demo"].read_bytes())
    when = dt.datetime(2026, 11, 23, 15, 30, tzinfo=dt.UTC)
    with PlanFile.open(copy) as doc:
        pad = next(p for p in doc.list_plans() if p.kind == "pad" and "Oregon" in p.title)
        version = doc.sign(
            pad.id,
            [Signature(Role.PERSON, "Robin Okafor", Mark("typed", text="Robin"), "I agree", when)],
        )
        signed = doc.bundle("1")
    text = flat(read(render(signed, "summary", [], "letter")).pages[0].extract_text())
    day = words.day(when.astimezone())
    assert f"Signed in WellPlan: version {version.number}, {day}." in text
    assert "Signed copy: ask Jo Okafor, +1 555 0142." in text
    assert "draft" not in text.lower()


# ---- nothing breaks inside a number, a date, a dose or a name ------------------------------
@pytest.mark.parametrize("doc", ["summary", "full", "card", "phone"])
def test_numbers_dates_and_doses_never_break_across_lines(
    bundles: dict[str, Bundle], doc: str
) -> None:
    bundle = bundles["stress"]
    plans = list(bundle.plans) if doc == "full" else []
    reader = read(render(bundle, doc, plans, "letter"))
    lines = [line for page in reader.pages for line in page_lines(page)]
    joined = flat(" ".join(lines))
    whole = [
        "+30 210 555 0101",
        "+34 612 555 010",
        "+44 20 7946 0958",
        "(555) 014-2000",
        "+48 22 555 01 77",
        "28 February 1979",
        "20 kg",
        "10 mg",
    ]
    if doc != "phone":  # 14 pt on a phone's width: a long name may break, between words
        whole.append("Ιωάννης Κωνσταντινίδης")
    shown = [item for item in whole if item in joined]
    assert "+30 210 555 0101" in shown  # the agent's number is on every one of them
    broken = [item for item in shown if not any(item in flat(line) for line in lines)]
    assert broken == []


# ---- full plans ----------------------------------------------------------------------------
def headings_of(bundle: Bundle) -> set[str]:
    found: set[str] = set()
    for plan in bundle.plans:
        found.add(plan.summary.title)
        for section in plan.template.sections:
            found |= {section.title, section.part} - {""}
            found |= {q.text for q in section.questions}
    return found


def body_lines(page: object, headers: set[str]) -> list[str]:
    """A page's lines without its header and footer."""
    return [
        line
        for line in page_lines(page)
        if line not in headers
        and not re.fullmatch(r"page \d+ of \d+", line)
        and not line.startswith("WellPlan ")
    ]


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("person", ["demo", "stress"])
def test_no_heading_is_the_last_line_of_a_page(
    bundles: dict[str, Bundle], person: str, paper: str
) -> None:
    bundle = bundles[person]
    reader = read(render(bundle, "full", list(bundle.plans), paper))
    headings = headings_of(bundle)
    headers = {f"{bundle.person_name} — {p.summary.title}" for p in bundle.plans}
    assert len(reader.pages) > 3

    def is_heading(line: str) -> bool:
        return any(h == line or (h.endswith(line) and len(line) > 6) for h in headings)

    pages = [body_lines(page, headers) for page in reader.pages]
    for number, (lines, following) in enumerate(itertools.pairwise(pages), start=1):
        assert not is_heading(lines[-1]), f"page {number} ends with the heading {lines[-1]!r}"
        if is_heading(lines[-2]):  # then its one line is all there is: nothing runs over
            start = following[1] if following[0].endswith("(continued)") else following[0]
            assert is_heading(start), f"page {number}: {lines[-2]!r} keeps one line only"


@pytest.mark.parametrize("person", ["demo", "stress"])
def test_a_section_continued_on_a_new_page_repeats_its_heading(
    bundles: dict[str, Bundle], person: str
) -> None:
    bundle = bundles[person]
    reader = read(render(bundle, "full", list(bundle.plans), "letter"))
    headings = headings_of(bundle)
    headers = {f"{bundle.person_name} — {p.summary.title}" for p in bundle.plans}
    continued = 0
    for page in reader.pages[1:]:
        first = body_lines(page, headers)[0]
        if first.endswith("(continued)"):
            continued += 1
            assert first.removesuffix(" (continued)") in headings
        else:  # a page that doesn't continue a section starts with a heading
            assert any(h.startswith(first) for h in headings), first
    assert continued >= 1


def test_every_page_header_names_the_person_and_that_pages_plan(
    bundles: dict[str, Bundle],
) -> None:
    bundle = bundles["demo"]
    wrap, crisis = bundle.latest("wrap"), bundle.latest("crisis")
    assert wrap is not None and crisis is not None
    reader = read(render(bundle, "full", [wrap, crisis], "a4"))
    plan = wrap
    for page in reader.pages:
        text = page.extract_text() or ""
        if crisis.summary.title in text.splitlines()[0]:
            plan = crisis  # the crisis plan starts on this page
        assert f"Robin Okafor — {plan.summary.title}" in text
    assert plan is crisis


def test_records_are_tables_yes_no_are_sentences_and_dates_are_long(
    bundles: dict[str, Bundle],
) -> None:
    bundle = bundles["demo"]
    wrap, pad = bundle.latest("wrap"), bundle.latest("pad")
    assert wrap is not None and pad is not None
    text = flat(
        " ".join(p.extract_text() or "" for p in read(render(bundle, "full", [wrap], "a4")).pages)
    )
    assert "Name Phone What you'd like them to do Jo Okafor Sister +1 555 0142" in text
    assert "Medication Dose Who prescribes it Anything to know" in text
    assert "Lamotrigine Keeps my mood steady 200 mg each evening Dr. Amira Haddad" in text
    assert "Yes. I recover faster with Pepper and my own things around me." in text
    assert "Jo Okafor · Sister" not in text  # not a dot-joined string
    pad_text = flat(
        " ".join(p.extract_text() or "" for p in read(render(bundle, "full", [pad], "a4")).pages)
    )
    assert "17 April 1988" in pad_text and "1988-04-17" not in pad_text
    assert "No. I'd rather try everything else first." in pad_text


def test_the_crisis_plan_breaks_between_steps(bundles: dict[str, Bundle]) -> None:
    crisis = bundles["demo"].latest("crisis")
    assert crisis is not None
    reader = read(render(bundles["demo"], "full", [crisis], "letter"))
    steps = [s.title for s in crisis.template.sections]
    for page in reader.pages[1:]:
        first = body_lines(page, {f"Robin Okafor — {crisis.summary.title}"})[0]
        assert first in steps  # every page starts with a step, none starts mid-step


def test_body_header_and_footer_share_one_left_edge(bundles: dict[str, Bundle]) -> None:
    wrap = bundles["demo"].latest("wrap")
    assert wrap is not None
    page = read(render(bundles["demo"], "full", [wrap], "letter")).pages[0]
    starts: set[float] = set()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            starts.add(round(tm[4] * cm[0] + tm[5] * cm[2] + cm[4], 1))

    page.extract_text(visitor_text=visit)  # type: ignore[arg-type]
    left = min(starts)
    assert left == pytest.approx(18 * 72 / 25.4, abs=0.2)
    # headings, paragraphs, header and footer start there; bullets are indented from it
    assert sum(1 for x in starts if abs(x - left) < 0.2) == 1


# ---- the wallet card -----------------------------------------------------------------------
def font_sizes(reader: PdfReader) -> list[float]:
    sizes = []
    for page in reader.pages:
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"Tf":
                sizes.append(float(operands[1]))
    return sizes


@pytest.mark.parametrize("person", ["demo", "stress"])
def test_the_card_is_8_pt_or_more_with_refusals_agent_contact_and_crisis_line(
    bundles: dict[str, Bundle], person: str
) -> None:
    reader = read(render(bundles[person], "card", [], "letter"))
    assert min(font_sizes(reader)) >= 8
    lines = page_lines(reader.pages[0])
    text = flat(" ".join(lines))
    assert "I do not consent to: Haloperidol" in text
    assert "988 Suicide & Crisis Lifeline" in text
    if person == "demo":
        assert "Agent · call first: Jo Okafor (Sister), +1 555 0142" in text
        assert any("+1 555 0142" in line for line in lines)  # the number never wraps
    else:
        assert "Agent: Ιωάννης Κωνσταντινίδης" in text
        assert "Call first: María José Fernández-Castañeda" in text
        assert any("+30 210 555 0101" in line for line in lines)


# ---- the phone copy ------------------------------------------------------------------------
def test_the_phone_copy_has_phone_pages_tappable_numbers_and_a_bookmark_per_step(
    bundles: dict[str, Bundle],
) -> None:
    bundle = bundles["demo"]
    reader = read(render(bundle, "phone", [], "letter"))
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (62, 110)
    assert 14 in font_sizes(reader)
    uris = set()
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None:
                uris.add(str(action["/URI"]))
    for number in (
        "+15550142",
        "+15550178",
        "+15550133",
        "+15550100",
        "+15550190",
        "988",
        "741741",
    ):
        assert f"tel:{number}" in uris and f"sms:{number}" in uris, number
    crisis = bundle.latest("crisis")
    assert crisis is not None
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline == ["Key facts", *[s.title for s in crisis.template.sections]]
    text = flat(" ".join(p.extract_text() or "" for p in reader.pages))
    assert "I DO NOT CONSENT TO ✕ Haloperidol" in text


def test_the_phone_copy_from_the_command_line(files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "phone.pdf"
    assert cli.main(["export", str(files["demo"]), "--doc", "phone", "--out", str(out)]) == 0
    assert len(read(out.read_bytes()).pages) > 7


def test_the_phone_copy_is_a_document_in_print_or_export(bundles: dict[str, Bundle]) -> None:
    from wellplan.gui.export_dialog import choices

    assert "phone" in [c.document for c in choices(bundles["demo"])]


# ---- fonts ---------------------------------------------------------------------------------
def fonts(reader: PdfReader) -> list[DictionaryObject]:
    """Every font in the file, wherever it is used: pages, annotations, forms, stamps."""
    found: list[DictionaryObject] = []
    seen: set[int] = set()
    todo: list[object] = [reader.trailer["/Root"]]
    while todo:
        item = todo.pop()
        if isinstance(item, IndirectObject):
            if item.idnum in seen:
                continue
            seen.add(item.idnum)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if item.get("/Type") == "/Font":
                found.append(item)
            todo += [v for k, v in item.items() if k not in ("/Parent", "/P")]
        elif isinstance(item, ArrayObject):
            todo += list(item)
    return found


def unembedded_fonts(reader: PdfReader) -> list[str]:
    """The fonts that carry no font program (a reader substitutes whatever it has)."""
    missing = []
    for font in fonts(reader):
        if font.get("/Subtype") == "/Type0":
            continue  # its descendant font is checked on its own
        descriptor = font.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
            missing.append(str(font.get("/BaseFont")))
    return missing


@pytest.mark.parametrize("doc", DOCS)
def test_every_font_in_every_document_is_embedded(bundles: dict[str, Bundle], doc: str) -> None:
    bundle = bundles["demo"]
    plans = {
        "full": list(bundle.plans),
        "pad-form": [bundle.latest("pad")],
        "next-steps": [bundle.latest("goals")],
        "one-page": [bundle.latest("meeting")],
    }.get(doc, [])
    reader = read(render(bundle, doc, plans, "letter"))  # type: ignore[arg-type]
    assert unembedded_fonts(reader) == []


@pytest.mark.parametrize("doc", DOCS)
def test_every_font_of_every_sealed_document_is_embedded(
    bundles: dict[str, Bundle], doc: str, tmp_path: Path
) -> None:
    """Sealed too: the stamp's fonts (in its appearance, which pdffonts reads) are the
    bundled DejaVu, embedded, like the page's."""
    import shutil
    import subprocess

    from wellplan.export.seal import new_identity, seal

    if shutil.which("pdffonts") is None:
        pytest.skip("poppler's pdffonts is not installed (apt-get install poppler-utils)")
    bundle = bundles["demo"]
    plans = {
        "full": list(bundle.plans),
        "pad-form": [bundle.latest("pad")],
        "next-steps": [bundle.latest("goals")],
        "one-page": [bundle.latest("meeting")],
    }.get(doc, [])
    pdf = render(bundle, doc, plans, "letter", seal_space=True)  # type: ignore[arg-type]
    sealed, _ = seal(pdf, new_identity("Robin Okafor"), version="v1")
    path = tmp_path / "sealed.pdf"
    path.write_bytes(sealed)
    listed = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = listed.stdout.splitlines()[2:]  # after the heading and its rule
    assert any(row.startswith("WPSTAA+") for row in rows)  # the stamp's own fonts are there
    unembedded = [row.split()[0] for row in rows if row.split()[-5] != "yes"]
    assert unembedded == [] and "Internal Error" not in listed.stderr


def test_the_font_check_finds_an_unembedded_font(bundles: dict[str, Bundle]) -> None:
    """The check above can fail: reportlab's standard Helvetica is never embedded."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 72, "Helvetica")
    canvas.save()
    assert unembedded_fonts(read(buffer.getvalue())) == ["/Helvetica"]
