"""Checks of PDF/UA-1 that the `pdfua` package leaves out, written against ISO 14289-1 and
veraPDF's rule list (veraPDF itself needs a Java download this machine can't make): every
mark drawn is real content or an artifact, never both; the parent tree and the marked
content agree both ways; the structure types nest as the standard says; headings don't
skip levels; figures have words; annotations are in the tree; fonts are embedded; the
catalogue, viewer preferences and XMP say what PDF/UA asks.

``problems(pdf)`` lists what is wrong, in words; an empty list means these checks pass.
``outline(pdf)`` is the structure tree as (type, text) in reading order, for tests to read.
"""

from __future__ import annotations

import io
import itertools
import re
from typing import Any

import pikepdf

PAINT = {"Tj", "TJ", "'", '"', "Do", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "BI"}
STANDARD = set(
    [
        "Document",
        "Part",
        "Art",
        "Sect",
        "Div",
        "BlockQuote",
        "Caption",
        "TOC",
        "TOCI",
        "Index",
        "NonStruct",
        "Private",
        "P",
        "H",
        "H1",
        "H2",
        "H3",
        "H4",
        "H5",
        "H6",
        "L",
        "LI",
        "Lbl",
        "LBody",
        "Table",
        "TR",
        "TH",
        "TD",
        "THead",
        "TBody",
        "TFoot",
        "Span",
        "Quote",
        "Note",
        "Reference",
        "BibEntry",
        "Code",
        "Link",
        "Annot",
        "Ruby",
        "RB",
        "RT",
        "RP",
        "Warichu",
        "WT",
        "WP",
        "Figure",
        "Formula",
        "Form",
    ]
)
KIDS = {
    "L": {"LI", "Caption", "L"},
    "LI": {"Lbl", "LBody"},
    "Table": {"TR", "THead", "TBody", "TFoot", "Caption"},
    "TR": {"TH", "TD"},
}
PARENT = {"LI": {"L"}, "Lbl": {"LI"}, "LBody": {"LI"}, "TR": {"Table", "THead", "TBody", "TFoot"}}


def _name(value: Any) -> str:
    return str(value)[1:] if value is not None else ""


def _marks(page: pikepdf.Page, problems: list[str], number: int) -> set[int]:
    """The MCIDs on a page; painting outside marked content, and marks inside marks, are
    problems."""
    found: set[int] = set()
    stack: list[str] = []  # "artifact", "mcid", or "other"
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ("BDC", "BMC"):
            tag = _name(operands[0])
            props = operands[1] if op == "BDC" else None
            mcid = None
            if isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                mcid = int(props["/MCID"])
            kind = "artifact" if tag == "Artifact" else "mcid" if mcid is not None else "other"
            if kind == "artifact" and "mcid" in stack:
                problems.append(f"page {number}: an artifact inside tagged content")
            if kind == "mcid" and ("artifact" in stack or "mcid" in stack):
                problems.append(f"page {number}: tagged content inside {stack[-1]} content")
            if kind == "mcid":
                if mcid in found:
                    problems.append(f"page {number}: MCID {mcid} used twice")
                found.add(mcid)  # type: ignore[arg-type]
                if tag not in STANDARD:
                    problems.append(f"page {number}: marked content tag {tag}")
            stack.append(kind)
        elif op == "EMC":
            if not stack:
                problems.append(f"page {number}: EMC without BDC")
            else:
                stack.pop()
        elif op in PAINT and "artifact" not in stack and "mcid" not in stack:
            problems.append(f"page {number}: {op} outside any marked content")
    if stack:
        problems.append(f"page {number}: marked content left open")
    return found


def _mcid_texts(reader: Any, index: int) -> dict[tuple[int, int], str]:
    page = reader.pages[index]
    found: dict[tuple[int, int], str] = {}
    stack: list[int | None] = []

    def before(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        if op == b"BDC":
            props = args[1]
            stack.append(
                int(props["/MCID"]) if hasattr(props, "get") and "/MCID" in props else None
            )
        elif op == b"BMC":
            stack.append(None)
        elif op == b"EMC" and stack:
            stack.pop()

    def text(t: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        mcid = next((m for m in reversed(stack) if m is not None), None)
        if mcid is not None and t:
            found[(index, mcid)] = found.get((index, mcid), "") + t

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return found


UA = "{http://www.aiim.org/pdfua/ns/id/}part"
DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"


def _xmp_problems(xmp: bytes) -> list[str]:
    """XMP names PDF/UA-1 (as an element or, as pyHanko rewrites it, an attribute) and
    has a dc:title."""
    from xml.etree import ElementTree

    tree = ElementTree.fromstring(xmp.split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])
    parts = [e.text for e in tree.iter(UA)] + [e.get(UA) for e in tree.iter() if e.get(UA)]
    found = [] if parts == ["1"] else [f"XMP names PDF/UA part {parts}, not 1"]
    titles = [e for e in tree.iter(DC_TITLE) if "".join(e.itertext()).strip()]
    return found if titles else [*found, "XMP has no dc:title"]


def problems(data: bytes) -> list[str]:
    found: list[str] = []
    pdf = pikepdf.open(io.BytesIO(data))
    root = pdf.Root
    if str(root.get("/Lang", "")).strip() == "":
        found.append("the catalogue has no /Lang")
    if not bool(root.get("/MarkInfo", {}).get("/Marked", False)):
        found.append("/MarkInfo /Marked is not true")
    if not bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
        found.append("/DisplayDocTitle is not true")
    if "/Metadata" not in root:
        found.append("no XMP metadata")
    else:
        found += _xmp_problems(root.Metadata.read_bytes())
    tree = root.get("/StructTreeRoot")
    if tree is None:
        return [*found, "no structure tree"]
    pages = {page.objgen: index for index, page in enumerate(pdf.pages)}
    marks = {}
    for index, page in enumerate(pdf.pages):
        marks[index] = _marks(page, found, index + 1)
        if "/StructParents" not in page.obj and marks[index]:
            found.append(f"page {index + 1} has marked content but no /StructParents")
        if page.obj.get("/Annots") and str(page.obj.get("/Tabs")) != "/S":
            found.append(f"page {index + 1} has annotations but /Tabs isn't /S")
    nums = list(tree.ParentTree.get("/Nums", []))
    parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    claimed: dict[tuple[int, int], Any] = {}  # (page, mcid) -> element that claims it
    headings: list[int] = []

    def walk(element: Any, parent_type: str) -> None:
        kind = _name(element.get("/S"))
        if kind not in STANDARD:
            found.append(f"structure type {kind} is not a standard one")
        if kind in PARENT and parent_type not in PARENT[kind]:
            found.append(f"{kind} inside {parent_type}")
        if re.fullmatch(r"H[1-6]", kind):
            headings.append(int(kind[1]))
        if kind == "Figure" and not str(element.get("/Alt", "")).strip():
            found.append("a Figure without /Alt")
        if kind == "TH" and "/A" not in element:
            found.append("a TH without /Scope")
        home = element.get("/Pg")
        kids = element.get("/K")
        if kids is None:
            kids = []
        elif not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for kid in kids:
            if isinstance(kid, int):
                if home is None:
                    found.append(f"{kind}: MCID {kid} with no page")
                    continue
                claimed[(pages[home.objgen], int(kid))] = element
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                claimed[(pages[kid.Pg.objgen], int(kid.MCID))] = element
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                annot = kid.Obj
                key = annot.get("/StructParent")
                if key is None or parent_tree.get(int(key)) is None:
                    found.append("an annotation in the tree with no /StructParent")
                elif parent_tree[int(key)].objgen != element.objgen:
                    found.append("an annotation's parent tree entry isn't its element")
                subtype = _name(annot.get("/Subtype"))
                want = {"Link": "Link", "Widget": "Form"}.get(subtype, "Annot")
                if kind != want:
                    found.append(f"a {subtype} annotation in a {kind}, not a {want}")
                if subtype == "Link" and not str(annot.get("/Contents", "")).strip():
                    found.append("a link without /Contents")
                if subtype == "Widget" and not (
                    str(element.get("/Alt", "")).strip() or str(annot.get("/TU", "")).strip()
                ):
                    found.append("a form field with no /TU and no /Alt")
                claimed[("annot", annot.objgen)] = element  # type: ignore[index]
            elif isinstance(kid, pikepdf.Dictionary):
                if kind in KIDS and _name(kid.get("/S")) not in KIDS[kind]:
                    found.append(f"{_name(kid.get('/S'))} inside {kind}")
                if kid.get("/P") is None or kid.P.objgen != element.objgen:
                    found.append(f"{_name(kid.get('/S'))}'s /P isn't its parent")
                walk(kid, kind)

    document = tree.K
    if isinstance(document, pikepdf.Array):
        found.append("the structure tree has more than one root element")
        document = document[0]
    walk(document, "")
    if headings and headings[0] != 1:
        found.append(f"the first heading is H{headings[0]}, not H1")
    for before, after in itertools.pairwise(headings):
        if after > before + 1:
            found.append(f"heading levels skip from H{before} to H{after}")
    for index, page in enumerate(pdf.pages):
        entry = parent_tree.get(int(page.obj.get("/StructParents", -1)))
        listed = list(entry) if entry is not None else []
        for mcid in marks[index]:
            owner = claimed.get((index, mcid))
            if owner is None:
                found.append(f"page {index + 1}: MCID {mcid} belongs to no element")
            elif mcid >= len(listed) or listed[mcid].objgen != owner.objgen:
                found.append(f"page {index + 1}: the parent tree is wrong for MCID {mcid}")
        for annot in page.obj.get("/Annots", []):
            if _name(annot.get("/Subtype")) in ("Popup",):
                continue
            if ("annot", annot.objgen) not in claimed:
                found.append(
                    f"page {index + 1}: a {annot.get('/Subtype')} annotation not in the tree"
                )
    for (page_index, mcid), _element in claimed.items():
        if page_index != "annot" and mcid not in marks.get(page_index, set()):
            found.append(f"page {page_index + 1}: the tree names MCID {mcid}, not on the page")
    for font in _fonts(pdf):
        descriptor = font.get("/FontDescriptor")
        if descriptor is None or not any(
            key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
        ):
            found.append(f"font {font.get('/BaseFont')} is not embedded")
    return found


def _fonts(pdf: pikepdf.Pdf) -> list[Any]:
    seen: dict[Any, Any] = {}
    for page in pdf.pages:
        for font in page.obj.get("/Resources", {}).get("/Font", {}).values():
            if font.get("/Subtype") == "/Type0":
                font = font.DescendantFonts[0]
            seen[font.objgen] = font
    return list(seen.values())


def outline(data: bytes) -> list[tuple[str, str]]:
    """Every structure element as (type, its text), in the tree's order: what a screen
    reader reads, in the order it reads it."""
    pdf = pikepdf.open(io.BytesIO(data))
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    texts: dict[tuple[int, int], str] = {}
    for index in range(len(reader.pages)):
        texts.update(_mcid_texts(reader, index))
    pages = {page.objgen: index for index, page in enumerate(pdf.pages)}
    out: list[tuple[str, str]] = []

    def text(element: Any) -> str:
        parts = []
        kids = element.get("/K")
        kids = kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
        for kid in kids:
            if isinstance(kid, int):
                parts.append(texts.get((pages[element.Pg.objgen], int(kid)), ""))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                parts.append(texts.get((pages[kid.Pg.objgen], int(kid.MCID)), ""))
            elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                parts.append(text(kid))
        return " ".join(p.strip() for p in parts if p.strip())

    def walk(element: Any) -> None:
        out.append((_name(element.get("/S")), text(element)))
        kids = element.get("/K")
        kids = kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
        for kid in kids:
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                walk(kid)

    walk(pdf.Root.StructTreeRoot.K)
    return out
