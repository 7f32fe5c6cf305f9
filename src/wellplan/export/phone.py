"""The phone copy: the crisis plan, and the key facts of the summary, on pages the size of a
phone's screen (about 62 × 110 mm), in 14 pt type, one step a page where it fits. Every
number can be tapped to call or to text, and each step is a bookmark, so it reads well
offline in any phone's PDF viewer."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from wellplan.domain.bundle import Bundle
from wellplan.domain.present import KeyFacts, answer_lines, dial, key_facts, phone_numbers
from wellplan.domain.records import Record
from wellplan.domain.templates import RECORD_TYPES, AnswerType
from wellplan.domain.words import say
from wellplan.export.common import doc_meta, reserve_space
from wellplan.export.pdf import (
    ACCENT,
    FONT,
    INK,
    PHONE,
    SOFT,
    Furniture,
    Heading,
    build,
    esc,
    keep,
    styles,
)
from wellplan.export.summary import contact_rows, identity_line
from wellplan.export.tags import tag

SIZE = 14.0  # body text, in points
LINK = "#1f5f56"  # ACCENT, as reportlab's markup wants it


class PhoneStyles:
    def __init__(self) -> None:
        base = styles().body
        self.title = base.clone(
            "phone-title", fontName=f"{FONT}-Bold", fontSize=17, leading=20, textColor=ACCENT
        )
        self.heading = base.clone(
            "phone-h",
            fontName=f"{FONT}-Bold",
            fontSize=15,
            leading=18,
            textColor=ACCENT,
            spaceAfter=4,
            keepWithNext=1,
        )
        self.label = base.clone(
            "phone-label",
            fontName=f"{FONT}-Bold",
            fontSize=11,
            leading=13,
            textColor=SOFT,
            spaceBefore=6,
            keepWithNext=1,
        )
        self.body = base.clone(
            "phone-body", fontSize=SIZE, leading=SIZE * 1.25, spaceAfter=3, textColor=INK
        )
        self.bullet = self.body.clone("phone-bullet", leftIndent=12, bulletIndent=0)
        self.links = self.body.clone("phone-links", spaceAfter=6)


def links(numbers: list[str]) -> str:
    """'Call · Text' for a number, each a link a phone opens in its dialler or its messages;
    with several numbers, one line each, named: '988: Call · Text'."""
    lines = []
    call_word, text_word = esc(say("export", "Call")), esc(say("export", "Text"))
    for number in numbers:
        target = dial(number)
        call = f'<a href="tel:{target}" color="{LINK}"><u>{call_word}</u></a>'
        text = f'<a href="sms:{target}" color="{LINK}"><u>{text_word}</u></a>'
        lines.append((f"{esc(number)}: " if len(numbers) > 1 else "") + f"{call} · {text}")
    return "<br/>".join(lines)


WIDTH = PHONE.frame[0]


def _item(lead: list[Flowable], text: str, style: ParagraphStyle, s: PhoneStyles) -> Flowable:
    """A line of text and, under it, call and text links for each number in it; with
    ``lead`` (a label) before it. Never split across pages."""
    found = [*lead, Paragraph(esc(text), style, bulletText="•" if style.leftIndent else None)]
    numbers = phone_numbers(text)
    if numbers:
        found.append(Paragraph(links(numbers), s.links))
    return KeepTogether(found)


def _record(lead: list[Flowable], record: Record, note: str, s: PhoneStyles) -> Flowable:
    v = record.values
    name = keep(record.name, width=WIDTH, font=f"{FONT}-Bold", size=s.body.fontSize)
    who = f"<b>{esc(name)}</b>"
    if v.get("relationship"):
        who += f" ({esc(v['relationship'])})"
    if v.get("phone"):
        who += f"<br/>{esc(v['phone'])}"
    found: list[Flowable] = [*lead, Paragraph(who, s.body)]
    if note.strip():
        found.append(Paragraph(esc(note.strip()), s.body))
    if v.get("phone"):
        found.append(Paragraph(links([v["phone"]]), s.links))
    return KeepTogether(found)


def _with_heading(heading: Flowable, story: list[Flowable]) -> list[Flowable]:
    """The heading kept on a page with the first item under it (KeepTogethers don't nest)."""
    if not story:
        return [heading]
    first = story[0]
    content = first._content if isinstance(first, KeepTogether) else [first]
    return [KeepTogether([heading, *content]), *story[1:]]


def key_fact_pages(facts: KeyFacts, s: PhoneStyles) -> list[Flowable]:
    who: list[Flowable] = []
    if facts.name:
        who.append(Paragraph(f"<b>{esc(facts.name)}</b>", s.body))
    if line := identity_line(facts):
        who.append(Paragraph(esc(line), s.body))
    story: list[Flowable] = [KeepTogether(who)] if who else []
    for consent, label in (
        (True, say("export", "I do not consent to")),
        (False, say("export", "Please avoid")),
    ):
        lead: list[Flowable] = [Paragraph(esc(label.upper()), s.label)]
        for refusal in (r for r in facts.refusals if r.consent is consent):
            text = esc(refusal.what) + (f" — {esc(refusal.why)}" if refusal.why else "")
            story.append(KeepTogether([*lead, Paragraph(text, s.bullet, bulletText="✕")]))
            lead = []
    for label, text in contact_rows(facts, notes=False):
        story.append(_item([Paragraph(esc(label), s.label)], text, s.body, s))
    heading = Heading(say("export", "Key facts"), s.heading, level=0, section=True)
    return _with_heading(tag(heading, "H2"), story)


def _step(bundle: Bundle, section_index: int, s: PhoneStyles) -> list[Flowable]:
    crisis = bundle.latest("crisis")
    assert crisis is not None
    section = crisis.template.sections[section_index]
    story: list[Flowable] = []
    for question in section.questions:
        label = [Paragraph(esc(question.text), s.label)] if len(section.questions) > 1 else []
        if question.type in RECORD_TYPES:
            for record, note in bundle.people(crisis, question.id):
                story.append(_record(label, record, note, s))
                label = []
            continue
        lines = answer_lines(question, crisis.answers.get(question.id), bundle.lookup)
        plain = question.type in (AnswerType.LONG_TEXT, AnswerType.SHORT_TEXT)
        for line in lines:
            story.append(_item(label, line, s.body if plain else s.bullet, s))
            label = []
    if not story:
        return []
    heading = Heading(section.title, s.heading, level=0, section=True)
    return _with_heading(tag(heading, "H2"), story)


def phone_story(bundle: Bundle) -> list[Flowable]:
    s = PhoneStyles()
    facts = key_facts(bundle)
    crisis = bundle.latest("crisis")
    title = crisis.summary.title if crisis is not None else say("export", "Crisis plan")
    story: list[Flowable] = [tag(Paragraph(esc(title), s.title), "H1"), Spacer(1, 4)]
    story += key_fact_pages(facts, s)
    if crisis is None:
        story.append(PageBreak())
        story.append(
            Paragraph(esc(say("export", "There is no crisis plan in this file yet.")), s.body)
        )
        return story
    for index in range(len(crisis.template.sections)):
        step = _step(bundle, index, s)
        if step:
            story += [PageBreak(), *step]
    return story


def phone_copy(bundle: Bundle, reserve: float = 0.0) -> bytes:
    """The crisis plan for a phone (the page size is the phone's, whatever the paper)."""
    crisis = bundle.latest("crisis")
    plan = crisis.summary.title if crisis is not None else say("export", "Crisis plan")
    title = say("export", "{title} (phone copy)").format(title=plan)
    header = f"{bundle.person_name} — {plan}" if bundle.person_name else plan
    return build(
        reserve_space(phone_story(bundle), reserve),
        paper="phone",
        meta=doc_meta(bundle, title, say("export", "Crisis plan for a phone")),
        furniture=Furniture(header=header, footer=""),
    )
