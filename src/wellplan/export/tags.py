"""Tagged PDF (PDF/UA-1) for reportlab: a structure tree built while the story is drawn.

reportlab has no tagging API, so this layer adds one where reportlab draws. The frame that
lays out the story (:class:`TaggedFrame`) and every table (:class:`Table`, through reportlab's
table render callback) hand each flowable they draw to the :class:`Tagger` on the canvas,
which wraps what it draws in marked content (``/P <</MCID 3>> BDC … EMC``) and adds a
structure element for it, in the order things are drawn: the order a person reads.

What a flowable is comes from its class (a :class:`Heading` is a heading, a paragraph with a
bullet a list item, a :class:`~wellplan.export.pdf.SignatureMark` a figure) unless the story
says otherwise with :func:`tag`. Consecutive list items become one list. Page headers and
footers, "(continued)" lines, repeated table headers, rules, boxes and cut marks are
artifacts. At the end the tree, the parent tree, ``/MarkInfo``, and XMP metadata that names
PDF/UA-1 are written into the catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFStream,
    PDFString,
)
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer
from reportlab.platypus import Table as _Table

# ---- what a flowable is --------------------------------------------------------------------
F = TypeVar("F", bound=Flowable)


@dataclass
class Tag:
    """What a flowable is, in the structure tree. ``role`` is a standard structure type
    ("P", "H2", "LI", "Figure", "Div", …) or "Artifact" (drawn, but not read). ``alt`` is a
    figure's words; ``lang`` the language of a part in another language than the
    document's. The pieces of a flowable split across pages share one Tag, and so one
    structure element."""

    role: str
    alt: str = ""
    lang: str = ""


def tag(flowable: F, role: str, *, alt: str = "", lang: str = "") -> F:
    """``flowable``, marked as ``role`` in the structure tree; returned for chaining."""
    flowable.wp_tag = Tag(role, alt=alt, lang=lang)
    return flowable


def artifact(flowable: F) -> F:
    """``flowable`` drawn as an artifact: seen, not read (a repeated header, a
    "(continued)" line)."""
    return tag(flowable, "Artifact")


def share_tag(pieces: Sequence[Flowable], like: Flowable | None = None) -> None:
    """The pieces of one paragraph, split by the story itself, become one element."""
    found = getattr(like, "wp_tag", None) if like is not None else None
    shared = found if found is not None else Tag("")
    for piece in pieces:
        if getattr(piece, "wp_tag", None) is None:
            piece.wp_tag = shared


@dataclass
class TableRole:
    """How a table is read. ``data``: a real table (rows of cells, ``header_rows`` of
    them header cells; ``row_headers``: the first cell of every row heads it). Not
    ``data``: a table used for layout, whose cells' contents are read in order, within a
    ``container`` element when one is named. ``group``: tables with the same group (one
    table drawn as one row per flowable) are one Table element. ``order``: a key that
    reorders a layout table's elements by (row, column), e.g. to read a label written
    under a line before what is on the line."""

    data: bool = False
    header_rows: int = 0
    row_headers: bool = False
    group: object | None = None
    container: str = ""
    order: Callable[[int, int], Any] | None = None
    actual: str = ""  # the container's text as it should be read (ActualText)


# ---- the structure tree --------------------------------------------------------------------


@dataclass(eq=False)
class Node:
    role: str
    alt: str = ""
    lang: str = ""
    actual: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    kids: list[Any] = field(default_factory=list)  # Node, (page, mcid), or _Objr
    parent: Node | None = None
    cell: tuple[int, int] | None = None  # where in a layout table it was made

    def walk(self) -> Iterator[Node]:
        yield self
        for kid in self.kids:
            if isinstance(kid, Node):
                yield from kid.walk()

    def find(self, role: str) -> Node | None:
        return next((k for k in self.kids if isinstance(k, Node) and k.role == role), None)


@dataclass(eq=False)
class _Objr:
    """An annotation in the tree: a link, say."""

    annotation: PDFDictionary
    ref: PDFObjectReference
    page: int


class _Raw(PDFObject):
    def __init__(self, text: bytes) -> None:
        self.text = text

    def format(self, document: Any) -> bytes:
        return self.text


TRUE = _Raw(b"true")


class Tagger:
    """The structure tree of one document, and the marked content that points into it."""

    def __init__(self) -> None:
        self.root = Node("Document")
        self.stack: list[Node] = [self.root]
        self.page = 0  # the page being laid out, from 0
        self.parents: dict[int, list[Node]] = {}  # page -> the element of each MCID
        self.keyed: dict[int, Node] = {}  # id(Tag) or id(group) -> its element
        self.open: Node | None = None  # the element whose marked content is open
        self.artifacts = 0  # how deep in artifacts the drawing is
        self.lbody_next = False  # a list item's bullet is being drawn: then its body
        self.annotations: list[_Objr] = []
        self.cell: tuple[int, int] | None = None

    # -- elements
    def add(self, role: str, parent: Node | None = None, **kw: Any) -> Node:
        parent = parent or self.stack[-1]
        if role == "LI":  # consecutive list items are one list
            last = parent.kids[-1] if parent.kids else None
            parent = last if isinstance(last, Node) and last.role == "L" else self.add("L", parent)
        node = Node(role, parent=parent, cell=self.cell, **kw)
        parent.kids.append(node)
        return node

    def push(self, node: Node) -> None:
        self.stack.append(node)

    def pop(self) -> Node:
        return self.stack.pop()

    # -- marked content
    def begin(self, canvas: Any, node: Node) -> None:
        marks = self.parents.setdefault(self.page, [])
        node.kids.append((self.page, len(marks)))
        canvas._code.append(f"/{node.role} <</MCID {len(marks)}>> BDC")
        marks.append(node)
        self.open = node

    def end(self, canvas: Any) -> None:
        canvas._code.append("EMC")
        self.open = None

    @property
    def quiet(self) -> bool:
        """Inside an artifact or an element's marked content: draw, mark nothing."""
        return bool(self.artifacts) or self.open is not None

    @contextmanager
    def artifact(self, canvas: Any, kind: str = "Layout") -> Iterator[None]:
        if self.quiet:
            yield
            return
        canvas._code.append(f"/Artifact <</Type /{kind}>> BDC")
        self.artifacts += 1
        try:
            yield
        finally:
            self.artifacts -= 1
            canvas._code.append("EMC")

    @contextmanager
    def element(self, canvas: Any, node: Node) -> Iterator[None]:
        """``node``'s marked content around what is drawn in the block."""
        if self.quiet:
            yield
            return
        self.begin(canvas, node)
        try:
            yield
        finally:
            if self.open is not None:
                self.end(canvas)

    def after_text(self, canvas: Any) -> None:
        """A list item's bullet is drawn (its first text object): its body follows."""
        if self.lbody_next and self.open is not None and self.open.role == "Lbl":
            self.lbody_next = False
            item = self.open.parent
            assert item is not None
            self.end(canvas)
            self.begin(canvas, item.find("LBody") or self.add("LBody", item))

    # -- flowables
    def draw(self, flowable: Flowable, canvas: Any, draw: Callable[[], None]) -> None:
        """Draw ``flowable`` as what it is."""
        found: Tag | None = getattr(flowable, "wp_tag", None)
        if self.quiet or isinstance(flowable, Spacer) or getattr(flowable, "marker", False):
            draw()
            return
        if found is not None and found.role == "Artifact":
            with self.artifact(canvas, "Pagination"):
                draw()
            return
        if isinstance(flowable, Table) or getattr(flowable, "tags_itself", False):
            draw()  # its cells, or its parts, are tagged as they are drawn
            return
        node = self.keyed.get(id(found)) if found is not None else None
        role = found.role if found is not None and found.role else self.role_of(flowable)
        if node is None:
            alt = found.alt if found is not None else ""
            if role == "Figure" and not alt:
                alt = getattr(flowable, "alt", "")
            node = self.add(role, alt=alt, lang=found.lang if found is not None else "")
            if found is not None:
                self.keyed[id(found)] = node
        if node.role == "LI":
            if getattr(flowable, "bulletText", None):
                self.lbody_next = True
                target = node.find("Lbl") or self.add("Lbl", node)
            else:
                target = node.find("LBody") or self.add("LBody", node)
            with self.element(canvas, target):
                draw()
            self.lbody_next = False
            return
        with self.element(canvas, node):
            draw()

    @staticmethod
    def role_of(flowable: Flowable) -> str:
        level = getattr(flowable, "outline_level", None)
        if level is not None:
            return f"H{min(int(level) + 1, 6)}"
        if isinstance(flowable, Paragraph):
            if flowable.bulletText:
                return "LI"
            return str(getattr(flowable.style, "wp_role", "") or "P")  # a heading's style
        if getattr(flowable, "alt", None) is not None:
            return "Figure"
        return "P"

    # -- annotations
    def annotation(self, canvas: Any, annotation: PDFDictionary, ref: PDFObjectReference) -> None:
        """A link drawn inside an element: a Link element beside the text it covers."""
        if self.quiet and self.open is None:
            return
        parent = self.open or self.stack[-1]
        link = self.add("Link", parent)
        objr = _Objr(annotation, ref, self.page)
        link.kids.append(objr)
        self.annotations.append(objr)

    # -- the end
    def write(self, doc: Any, pages: int, meta: Any) -> None:
        """The tree, the parent tree, MarkInfo and the XMP metadata, into ``doc``."""

        def page_ref(index: int) -> PDFObjectReference:
            return PDFObjectReference(f"Page{index + 1}")

        self._prune(self.root)
        root = PDFDictionary()
        root_ref = doc.Reference(root, "WPStructTreeRoot")
        nodes = list(self.root.walk())
        refs: dict[int, PDFObjectReference] = {}
        dicts: dict[int, PDFDictionary] = {}
        for index, node in enumerate(nodes):
            dicts[id(node)] = PDFDictionary()
            refs[id(node)] = doc.Reference(dicts[id(node)], f"WPStruct{index}")
        for node in nodes:
            d = dicts[id(node)]
            d["Type"] = PDFName("StructElem")
            d["S"] = PDFName(node.role)
            d["P"] = refs[id(node.parent)] if node.parent is not None else root_ref
            first = next((k for k in node.kids if isinstance(k, tuple)), None)
            home = first[0] if first is not None else None
            if home is not None:
                d["Pg"] = page_ref(home)
            kids: list[Any] = []
            for kid in node.kids:
                if isinstance(kid, Node):
                    kids.append(refs[id(kid)])
                elif isinstance(kid, _Objr):
                    kids.append(
                        PDFDictionary(
                            {"Type": PDFName("OBJR"), "Obj": kid.ref, "Pg": page_ref(kid.page)}
                        )
                    )
                else:
                    page, mcid = kid
                    kids.append(
                        mcid
                        if page == home
                        else PDFDictionary(
                            {"Type": PDFName("MCR"), "Pg": page_ref(page), "MCID": mcid}
                        )
                    )
            if kids:
                d["K"] = kids[0] if len(kids) == 1 else PDFArray(kids)
            if node.alt:
                d["Alt"] = PDFString(node.alt)
            if node.lang:
                d["Lang"] = PDFString(node.lang)
            if node.actual:
                d["ActualText"] = PDFString(node.actual)
            if node.attributes:
                attrs = {"O": PDFName("Table")}
                attrs.update({k: PDFName(v) for k, v in node.attributes.items()})
                d["A"] = PDFDictionary(attrs)
        nums: list[Any] = []
        for page in range(pages):
            nums += [page, PDFArray([refs[id(n)] for n in self.parents.get(page, [])])]
        for key, objr in enumerate(self.annotations, start=pages):
            objr.annotation["StructParent"] = key
            owner = next(n for n in nodes if objr in n.kids)
            nums += [key, refs[id(owner)]]
            objr.annotation["Contents"] = objr.annotation.dict.get("Contents") or PDFString(
                _link_words(objr.annotation)
            )
        root["Type"] = PDFName("StructTreeRoot")
        root["K"] = refs[id(self.root)]
        root["ParentTree"] = PDFDictionary({"Nums": PDFArray(nums)})
        root["ParentTreeNextKey"] = pages + len(self.annotations)
        catalog = doc.Catalog
        catalog.StructTreeRoot = root_ref
        catalog.MarkInfo = PDFDictionary({"Marked": TRUE})
        metadata = PDFStream(
            PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
            xmp(meta.title, meta.author, meta.subject, meta.lang).encode("utf-8"),
            filters=[],  # readable as it is
        )
        catalog.Metadata = doc.Reference(metadata, "WPMetadata")

    def _prune(self, node: Node) -> None:
        """Elements that drew nothing (a blank paragraph) are left out of the tree; an
        empty table cell stays, so rows keep their columns."""
        for kid in list(node.kids):
            if isinstance(kid, Node):
                self._prune(kid)
                if not kid.kids and kid.role not in ("TD", "TH", "TR"):
                    node.kids.remove(kid)


def _link_words(annotation: PDFDictionary) -> str:
    action = annotation.dict.get("A")
    uri = action.dict.get("URI") if action is not None else None
    target = uri.s if isinstance(uri, PDFString) else str(uri or "")
    from wellplan.domain.words import say

    kind, _, number = target.partition(":")
    if kind == "tel":
        return f"{say('export', 'Call')} {number}"
    if kind == "sms":
        return f"{say('export', 'Text')} {number}"
    return target


def xmp(title: str, author: str, subject: str, lang: str) -> str:
    """XMP metadata naming the document's title, author and PDF/UA-1."""

    def e(text: str) -> str:
        return escape(text, {'"': "&quot;"})

    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""\n'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(title)}</rdf:li></rdf:Alt>'
        "</dc:title>\n"
        f"<dc:creator><rdf:Seq><rdf:li>{e(author)}</rdf:li></rdf:Seq></dc:creator>\n"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(subject)}</rdf:li>'
        "</rdf:Alt></dc:description>\n"
        f"<dc:language><rdf:Bag><rdf:li>{e(lang)}</rdf:li></rdf:Bag></dc:language>\n"
        "<pdfuaid:part>1</pdfuaid:part>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )


# ---- where reportlab draws -----------------------------------------------------------------


def _tagger(canvas: Any) -> Tagger | None:
    return getattr(canvas, "tags", None)


@contextmanager
def _hooked(flowables: Sequence[Any], canvas: Any) -> Iterator[None]:
    """While the block runs, drawing each of ``flowables`` goes through the tagger."""
    tagger = _tagger(canvas)
    hooked = []
    if tagger is not None:
        for flowable in flowables:
            if not isinstance(flowable, Flowable):
                continue
            original = flowable.drawOn

            def draw_on(
                canv: Any,
                *args: Any,
                _f: Flowable = flowable,
                _o: Any = original,
                **kw: Any,
            ) -> None:
                tagger.draw(_f, canv, lambda: _o(canv, *args, **kw))

            flowable.drawOn = draw_on
            hooked.append(flowable)
    try:
        yield
    finally:
        for flowable in hooked:
            del flowable.drawOn


class TaggedFrame(Frame):
    """A frame whose flowables are tagged as they are drawn, and whose split flowables
    stay one element."""

    def _add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> Any:
        with _hooked([flowable], canv):
            return super()._add(flowable, canv, trySplit)

    add = _add

    def split(self, flowable: Flowable, canv: Any) -> list[Flowable]:
        pieces = list(super().split(flowable, canv))
        if len(pieces) > 1 and not getattr(flowable, "_content", None):
            found = getattr(flowable, "wp_tag", None)
            if found is None:
                found = flowable.wp_tag = Tag("")
            for piece in pieces:
                if getattr(piece, "wp_tag", None) is None and type(piece) is type(flowable):
                    piece.wp_tag = found
        return pieces


def _table_events(table: Table, event: str, *args: Any) -> None:
    """reportlab's table render callback: rows, cells, rules and backgrounds."""
    canvas = table.canv
    tagger = _tagger(canvas)
    if tagger is None:
        return
    role = table.role
    state: dict[str, Any] = table.__dict__.setdefault("_wp", {})
    if event == "startTable":
        state.clear()
        state["quiet"] = tagger.quiet
        if tagger.quiet:
            return
        state["depth"] = len(tagger.stack)
        state["cell"] = tagger.cell
        if role.data:
            key = id(role.group) if role.group is not None else id(role)
            node = tagger.keyed.get(key)
            if node is None:
                tagger.cell = state["cell"]
                node = tagger.keyed[key] = tagger.add("Table")
            tagger.push(node)
        elif role.container:
            tagger.push(tagger.add(role.container, actual=role.actual))
        elif role.order is not None:
            tagger.push(tagger.add("Div"))
        return
    if state.get("quiet"):
        return
    if event in ("startBG", "startLines"):
        state["artifact"] = tagger.artifact(canvas)
        state["artifact"].__enter__()
    elif event in ("endBG", "endLines"):
        state.pop("artifact").__exit__(None, None, None)
    elif event == "startRow" and role.data:
        tagger.push(tagger.add("TR"))
    elif event == "endRow" and role.data:
        tagger.pop()
    elif event == "startCell":
        row, col, value = int(args[0]), int(args[1]), args[2]
        tagger.cell = (row, col)
        if role.data:
            head = row < role.header_rows or (role.row_headers and col == 0)
            scope = "Column" if row < role.header_rows else "Row"
            tagger.push(
                tagger.add("TH" if head else "TD", attributes={"Scope": scope} if head else {})
            )
        if isinstance(value, (list, tuple, Flowable)):
            flowables = list(value) if isinstance(value, (list, tuple)) else [value]
            state["hook"] = _hooked(flowables, canvas)
            state["hook"].__enter__()
        elif value is None or not str(value).strip():
            state["mark"] = tagger.artifact(canvas)  # a blank cell draws an empty string
            state["mark"].__enter__()
        else:
            inline = role.data or role.container in ("P", "Span")  # text of one element
            node = tagger.stack[-1] if inline else tagger.add("P")
            state["mark"] = tagger.element(canvas, node)
            state["mark"].__enter__()
    elif event == "endCell":
        for held in ("hook", "mark"):
            if held in state:
                state.pop(held).__exit__(None, None, None)
        if role.data:
            tagger.pop()
        tagger.cell = state.get("cell")
    elif event == "endTable":
        tagger.cell = state.get("cell")
        while len(tagger.stack) > state["depth"]:
            done = tagger.pop()
            if role.order is not None and done.role == "Div":
                order = role.order
                done.kids.sort(
                    key=lambda k: order(*k.cell) if isinstance(k, Node) and k.cell else (0, 0)
                )


class Table(_Table):
    """reportlab's Table, read as a table (``role.data``) or as layout."""

    def __init__(self, *args: Any, role: TableRole | None = None, **kw: Any) -> None:
        kw.setdefault("renderCB", _table_events)
        super().__init__(*args, **kw)
        self.role = role or TableRole()

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        pieces: list[Any] = super().split(availWidth, availHeight)
        for piece in pieces:
            if isinstance(piece, Table):
                piece.role = self.role
        return pieces
