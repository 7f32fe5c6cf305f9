"""The PAD signing form: a cover page for the person, then the directive as a legal
instrument of the person's state.

The cover page (not part of the instrument) carries WellPlan's "not legal advice" note, the
state's rules in plain words, and every fact WellPlan hasn't confirmed. The instrument has the
state's own title, the statutory notice where there is one, first-person numbered paragraphs
("I, Robin Okafor, born 17 April 1988, …"), the statements the law requires, initials boxes
where the law wants them, signature rows with labels under the lines, the state's witness
statement, a notary certificate and the agents' acceptance blocks. In another language the
legal parts print in English with the translation beside them, and the form says the English
text governs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)

from wellplan.domain.bundle import Bundle, PlanData
from wellplan.domain.pad import (
    NotaryRule,
    Profile,
    not_legal_advice,
    profile_for,
    profiles,
)
from wellplan.domain.present import answer_lines, compact
from wellplan.domain.records import Record
from wellplan.domain.signing import WITNESS_ROLES, Role, Signature, acceptance_statement
from wellplan.domain.templates import AnswerType, Question
from wellplan.domain.words import current, day, say, speaking
from wellplan.export.blocks import blank_lines, initials_boxes, signing_row
from wellplan.export.common import doc_meta, furniture_for, reserve_space
from wellplan.export.pdf import (
    ACCENT,
    FONT,
    INK,
    RULE,
    SOFT,
    Heading,
    SignatureMark,
    build,
    esc,
    frame_size,
    styles,
)
from wellplan.export.tags import Table, tag

WARN = colors.HexColor("#8a3b12")  # the cover's "not legal advice" note

# the sections printed as the person's wishes, each one numbered paragraph (the others are
# the parts of the instrument itself: who, when, the agent, cancelling it, the signing)
OWN_PARTS = {"where", "about", "effect", "agent", "revocation", "signing", "ready"}
ABOUT_EXTRA = (
    "pad.about.name_used",
    "pad.about.pronouns",
    "pad.about.gender",
    "pad.about.eye_color",
    "pad.about.hair_color",
    "pad.about.race_ethnicity",
)


@cache
def _styles() -> dict[str, ParagraphStyle]:
    """The instrument's own paragraph styles (set like a legal form: serious, plain)."""
    s = styles()
    bold = f"{FONT}-Bold"
    found = {
        "title": ParagraphStyle(
            "pad-title",
            parent=s.body,
            fontName=bold,
            fontSize=15,
            leading=19,
            alignment=TA_CENTER,
            textColor=INK,
            spaceAfter=2,
        ),
        "cite": ParagraphStyle(
            "pad-cite", parent=s.small, alignment=TA_CENTER, fontSize=9, leading=11, spaceAfter=8
        ),
        "para": ParagraphStyle(
            "pad-para", parent=s.body, fontSize=10, leading=13.4, alignment=TA_JUSTIFY
        ),
        "lead": ParagraphStyle(
            "pad-lead", parent=s.body, fontSize=10, leading=13.4, spaceBefore=3, keepWithNext=1
        ),
        "answer": ParagraphStyle(
            "pad-answer", parent=s.body, fontSize=10, leading=13.4, leftIndent=10
        ),
        "number": ParagraphStyle(
            "pad-number",
            parent=s.body,
            fontName=bold,
            fontSize=10.5,
            leading=14,
            spaceBefore=9,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "block": ParagraphStyle(
            "pad-block",
            parent=s.body,
            fontName=bold,
            fontSize=11,
            leading=14,
            spaceBefore=12,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "notice": ParagraphStyle(
            "pad-notice", parent=s.body, fontSize=9, leading=11.8, alignment=TA_JUSTIFY
        ),
        "notice-head": ParagraphStyle(
            "pad-notice-head",
            parent=s.body,
            fontName=bold,
            fontSize=9,
            leading=11.8,
            alignment=TA_JUSTIFY,
        ),
        "gloss": ParagraphStyle(
            "pad-gloss",
            parent=s.body,
            fontName=f"{FONT}-Italic",
            fontSize=8.8,
            leading=11.6,
            textColor=SOFT,
        ),
        "cover-h": ParagraphStyle(
            "pad-cover-h",
            parent=s.h1,
            fontSize=13,
            leading=16,
            spaceBefore=10,
            textColor=ACCENT,
        ),
        "cover": ParagraphStyle("pad-cover", parent=s.body, fontSize=10, leading=13.4),
        "cover-b": ParagraphStyle(
            "pad-cover-b", parent=s.body, fontSize=10, leading=13.4, leftIndent=12, bulletIndent=2
        ),
        "warn": ParagraphStyle(
            "pad-warn", parent=s.body, fontSize=10, leading=13.4, textColor=WARN, spaceAfter=4
        ),
    }
    for name in ("number", "block", "cover-h"):  # headings, in the structure tree (tags.py)
        found[name].wp_role = "H2"
    return found


@cache
def _left(style: str) -> ParagraphStyle:
    return ParagraphStyle(f"{style}-left", parent=_styles()[style], alignment=TA_LEFT)


class Form:
    """What one signing form is made from: the plan, the profile in the language being
    spoken and in English, and whether the legal parts print in both."""

    def __init__(self, bundle: Bundle, plan: PlanData, width: float) -> None:
        self.bundle = bundle
        self.plan = plan
        self.answers = plan.answers
        self.profile = profile_for(plan.answers)
        self.english = profiles("en")[self.profile.code]
        self.language = current()
        self.bilingual = self.language != "en"
        # a screen reader reads the English parts of a translated form in English
        self.english_lang = "en-US" if self.bilingual else ""
        self.width = width
        self.number = 0
        self.signed = {sig.role: sig for sig in bundle.signed(plan)}
        name = plan.answers.get("pad.about.name")
        self.name = (
            " ".join(name.split()) if isinstance(name, str) and name.strip() else ""
        ) or bundle.person_name
        self.agents = bundle.people(plan, "pad.agent") if "agent" in self.profile.features else []
        self.alternates = (
            bundle.people(plan, "pad.alternates") if "agent" in self.profile.features else []
        )

    # ---- words in both languages ----------------------------------------------------------
    def both(self, make: Callable[[], str]) -> tuple[str, str]:
        """``make()`` in English and in the language being spoken."""
        with speaking("en"):
            english = make()
        return english, make()

    def legal(
        self, english: str, translated: str, style: str = "para", width: float | None = None
    ) -> Flowable:
        """A legal text: English, with the translation beside it when the form is in another
        language (the English governs)."""
        st = _styles()
        if not self.bilingual or translated == english:
            return tag(Paragraph(esc(english), st[style]), "", lang=self.english_lang)
        half = ((width or self.width) - 6 * mm) / 2
        left = _left(style)  # justified text in a half-width column leaves rivers of space
        table = Table(
            [
                [
                    tag(Paragraph(esc(english), left), "", lang=self.english_lang),
                    "",
                    Paragraph(esc(translated), st["gloss"]),
                ]
            ],
            colWidths=[half, 6 * mm, half],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBEFORE", (2, 0), (2, 0), 0.4, RULE),
                    ("LEFTPADDING", (2, 0), (2, 0), 4),
                ]
            )
        )
        return table

    def legal_filled(
        self, make: Callable[[], str], english: dict[str, str], translated: dict[str, str]
    ) -> Flowable:
        """A legal text with its blanks filled: ``english`` in the English, ``translated`` in
        the translation (a word such as "agent" differs; names don't)."""
        english_text, translated_text = self.both(make)
        return self.legal(_fill(english_text, **english), _fill(translated_text, **translated))

    def legal_from(self, make: Callable[[], str], style: str = "para") -> Flowable:
        english, translated = self.both(make)
        return self.legal(english, translated, style)

    def label(self, make: Callable[[], str]) -> str:
        """A label under a line: "Signature / Firma" when bilingual."""
        english, translated = self.both(make)
        return (
            english if not self.bilingual or translated == english else f"{english} / {translated}"
        )

    def numbered(self, make: Callable[[], str]) -> Flowable:
        self.number += 1
        number = self.number
        english, translated = self.both(make)
        text = (
            english if not self.bilingual or translated == english else f"{english} / {translated}"
        )
        return Paragraph(esc(f"{number}. {text}"), _styles()["number"])  # an H2 (_styles)

    # ---- facts about the person -------------------------------------------------------------
    def born(self) -> str:
        raw = self.answers.get("pad.about.birth_date")
        parts = ""
        try:
            date = dt.date.fromisoformat(str(raw)) if raw else None
        except ValueError:
            date = None
        if date is not None:
            parts += say("export", ", born {date}").format(date=day(date))
        address = self.answers.get("pad.about.address")
        if isinstance(address, str) and address.strip():
            parts += say("export", ", of {address}").format(address=", ".join(address.split("\n")))
        return parts

    def declaration(self, profile: Profile) -> str:
        who = self.name or "________________________"
        return profile.declaration.replace("{name}", who).replace("{born}", self.born())

    def person(self, record: Record) -> str:
        return compact(record)


# ---- the cover page ------------------------------------------------------------------------
def _cover(form: Form) -> list[Flowable]:
    st = _styles()
    p = form.profile
    title = p.instrument_title(bool(form.agents))
    story: list[Flowable] = [
        Heading(say("export", "Before you sign: about this form"), styles().title),
        Paragraph(
            esc(
                say(
                    "export",
                    "This page is for you. It isn't part of the {title}: take it off before "
                    "you sign, and keep it.",
                ).format(title=title)
            ),
            st["cover"],
        ),
        Spacer(1, 2 * mm),
        Paragraph(esc(not_legal_advice()), st["warn"]),
        Paragraph(
            esc(
                say(
                    "export",
                    "WellPlan prepared this form under {place}'s rules ({citation}), as checked "
                    "on {date}. Compare it with your state's official form.",
                ).format(place=p.name, citation=p.citation, date=day(p.last_checked))
            ),
            st["cover"],
        ),
    ]
    if form.bilingual:
        story.append(
            Paragraph(
                esc(
                    say(
                        "export",
                        "This form is a translation. The legal parts are printed in English "
                        "with the translation beside them: the English text is the one that "
                        "counts.",
                    )
                ),
                st["cover"],
            )
        )
    if p.unverified:
        story.append(Paragraph(esc(say("export", "Not yet confirmed by WellPlan")), st["cover-h"]))
        story.append(
            Paragraph(
                esc(
                    say(
                        "export",
                        "We couldn't confirm these facts from the law itself. Check them before "
                        "you rely on this form:",
                    )
                ),
                st["cover"],
            )
        )
        story += [Paragraph(esc(fact), st["cover-b"], bulletText="•") for fact in p.unverified]
    story.append(Paragraph(esc(say("export", "How to sign it")), st["cover-h"]))
    story.append(Paragraph(esc(p.signing_rule()), st["cover"]))
    if p.disqualified:
        story.append(
            Paragraph(
                esc(
                    say("export", "Who can't be a witness: {people}.").format(
                        people="; ".join(p.disqualified)
                    )
                ),
                st["cover"],
            )
        )
    if p.staff_note:
        story.append(
            Paragraph(
                esc(say("export", "For your witnesses: {note}").format(note=p.staff_note)),
                st["cover"],
            )
        )
    if p.notary_disqualified and p.notary is not NotaryRule.NONE:
        story.append(
            Paragraph(
                esc(
                    say("export", "Who can't be your notary: {people}.").format(
                        people="; ".join(p.notary_disqualified)
                    )
                ),
                st["cover"],
            )
        )
    story += [Paragraph(esc(note), st["cover-b"], bulletText="•") for note in p.notes]
    story.append(
        Paragraph(
            esc(say("export", "What {place}'s law means for you").format(place=p.name)),
            st["cover-h"],
        )
    )
    for heading, text in p.rules():
        story.append(Paragraph(f"<b>{esc(heading)}.</b> {esc(text)}", st["cover"]))
    story.append(PageBreak())
    return story


# ---- the instrument -------------------------------------------------------------------------
def _title(form: Form) -> list[Flowable]:
    st = _styles()
    has_agent = bool(form.agents)
    english = form.english.instrument_title(has_agent)
    translated = form.profile.instrument_title(has_agent)
    story: list[Flowable] = [tag(Heading(english.upper(), st["title"]), "", lang=form.english_lang)]
    if form.bilingual and translated != english:
        story.append(Paragraph(esc(translated), st["cite"]))
    story.append(
        Paragraph(
            esc(
                say("export", "Under {citation}").format(citation=form.profile.citation)
                if form.profile.code != "generic"
                else form.profile.citation
            ),
            st["cite"],
        )
    )
    if form.bilingual:
        story.append(
            Paragraph(
                esc(form.label(lambda: say("export", "The English text governs."))), st["cite"]
            )
        )
    return story


def _notice(form: Form) -> list[Flowable]:
    if not form.english.notice:
        return []
    rows = [
        [form.legal(en, es, "notice-head" if index == 0 else "notice", form.width - 16)]
        for index, (en, es) in enumerate(zip(form.english.notice, form.profile.notice, strict=True))
    ]
    table = Table(rows, colWidths=[form.width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.9, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (0, 0), 7),
                ("BOTTOMPADDING", (0, -1), (0, -1), 7),
            ]
        )
    )
    return [table, Spacer(1, 4 * mm)]


def _answer(form: Form, qid: str) -> tuple[Question | None, list[str]]:
    try:
        question = form.plan.template.question(qid)
    except KeyError:
        return None, []
    if not question.visible(form.answers, form.profile.features):
        return None, []
    return question, answer_lines(question, form.answers.get(qid), form.bundle.lookup)


def _choice(form: Form, qid: str) -> tuple[str, str]:
    value = form.answers.get(qid)
    if not isinstance(value, dict):
        return "", ""
    return str(value.get("choice", "")), str(value.get("reason", "")).strip()


# First-person leads for the person's wishes, by question id (a question not listed here
# prints with its own words).
def _leads() -> dict[str, str]:
    return {
        "pad.effect.starts": say("export", "I want this directive to take effect:"),
        "pad.effect.involve": say(
            "export",
            "When it is decided whether I can make my own decisions, I would like these people "
            "involved:",
        ),
        "pad.effect.ends": say("export", "I want it to stop applying:"),
        "pad.agent.may": say("export", "My {agent} may:"),
        "pad.agent.may_not": say("export", "My {agent} may not:"),
        "pad.meds.consent": say("export", "I consent to these medications, if they are needed:"),
        "pad.meds.refuse": say("export", "I do not consent to these medications:"),
        "pad.meds.conditions": say("export", "About medications, I also want you to know:"),
        "pad.admission.days": say("export", "For no longer than:"),
        "pad.places.prefer": say("export", "I prefer to be cared for at:"),
        "pad.places.avoid": say("export", "I prefer not to be cared for at:"),
        "pad.places.alternatives": say("export", "Before a hospital, please try:"),
        "pad.providers.prefer": say(
            "export", "I would like these professionals involved in my care:"
        ),
        "pad.providers.avoid": say("export", "I would rather not be treated by:"),
        "pad.health.conditions": say("export", "My physical health conditions:"),
        "pad.health.allergies": say("export", "My allergies and reactions:"),
        "pad.nicotine": say("export", "About nicotine:"),
        "pad.history.crises": say("export", "What happened in past crises, and what helped:"),
        "pad.police": say("export", "If police are involved:"),
        "pad.emergency.calms": say(
            "export", "When I am overwhelmed, these help me feel safer; please offer them first:"
        ),
        "pad.emergency.prefer": say(
            "export", "About seclusion, restraint and emergency medication:"
        ),
        "pad.emergency.avoid": say("export", "Please avoid:"),
        "pad.notify": say("export", "Please tell these people if I am in the hospital:"),
        "pad.visitors": say("export", "These people may visit me:"),
        "pad.no_visit": say("export", "These people may not visit me:"),
        "pad.release": say(
            "export", "I authorize my providers to give information about my care to:"
        ),
        "pad.guardian": say("export", "If a court appoints a guardian of my person, I nominate:"),
        "pad.home.children": say("export", "Who should look after the people I care for:"),
        "pad.home.pets": say("export", "Who should look after my pets:"),
        "pad.home.matters": say("export", "My home, bills and work:"),
        "pad.comfort.diet": say("export", "Food and diet:"),
        "pad.comfort.faith": say("export", "Faith or spiritual needs:"),
        "pad.comfort.language": say("export", "The language I would like people to use with me:"),
        "pad.comfort.calms": say("export", "What calms me:"),
        "pad.personal_care.staff_gender": say("export", "For personal care:"),
        "pad.access.needs": say("export", "To communicate or get around, I need:"),
        "pad.revocation.how": say("export", "How I would like to cancel or replace it:"),
    }


def _section_titles() -> dict[str, str]:
    """Section titles that speak to the person, said in the first person on the form."""
    return {
        "health": say("export", "My health"),
        "history": say("export", "What has helped me before"),
        "comfort": say("export", "Things that matter to me"),
        "people": say("export", "Who to tell, and who may visit me"),
    }


def _choice_sentence(form: Form, qid: str, choice: str) -> str:
    """A choice as a first-person sentence; "" for no choice."""
    agent = form.profile.agent_word or say("export", "agent")
    days = form.profile.admission_days
    sentences = {
        "pad.ect": {
            "yes": say("export", "I consent to electroconvulsive therapy (ECT)."),
            "no": say("export", "I do not consent to electroconvulsive therapy (ECT)."),
            "unsure": say(
                "export",
                "I have not decided about electroconvulsive therapy (ECT). I do not give "
                "consent to it in this document.",
            ),
        },
        "pad.research": {
            "yes": say(
                "export", "I consent to taking part in experimental studies or drug trials."
            ),
            "no": say(
                "export", "I do not consent to taking part in experimental studies or drug trials."
            ),
            "unsure": say(
                "export",
                "I have not decided about experimental studies or drug trials. I do not give "
                "consent to them in this document.",
            ),
        },
        "pad.admission.consent": {
            "yes": (
                say(
                    "export",
                    "I consent to admission to a hospital or treatment facility for mental health "
                    "care, if it is needed while I am unable to decide, for no more than {days} "
                    "days.",
                ).format(days=days)
                if days
                else say(
                    "export",
                    "I consent to admission to a hospital or treatment facility for mental health "
                    "care, if it is needed while I am unable to decide.",
                )
            ),
            "no": say(
                "export",
                "I do not consent to admission to a hospital or treatment facility in this "
                "document.",
            ),
            "unsure": say(
                "export",
                "I have not decided about admission to a hospital or treatment facility. I do not "
                "give consent to it in this document.",
            ),
        },
        "pad.admission.agent": {
            "yes": (
                say(
                    "export",
                    "My {agent} may consent on my behalf to my admission to a level one behavioral "
                    "health facility.",
                )
                if "admission_initials" in form.profile.features
                else say(
                    "export",
                    "My {agent} may consent on my behalf to my admission to a hospital or "
                    "treatment facility.",
                )
            ).format(agent=agent),
            "no": say("export", "My {agent} may not consent to my admission on my behalf.").format(
                agent=agent
            ),
        },
        "pad.agent.scope": {
            "yes": say(
                "export",
                "My {agent} is limited to carrying out the instructions in this form.",
            ).format(agent=agent),
            "no": say(
                "export",
                "My {agent} has authority to make decisions about my behavioral health "
                "treatment, medication and alternative treatment on my behalf.",
            ).format(agent=agent),
        },
        "pad.revocation.during_incapacity": {
            "yes": say(
                "export",
                "I want to be able to revoke this directive at any time, even during periods "
                "when I lack capacity.",
            ),
            "no": say("export", "This directive remains irrevocable during periods of incapacity."),
        },
    }
    return sentences.get(qid, {}).get(choice, "")


def _wish(form: Form, question: Question, lines: list[str]) -> list[Flowable]:
    """One question as a first-person part of a paragraph: its lead, then the answer (or
    lines to write on when nothing is written yet)."""
    st = _styles()
    if question.type is AnswerType.CHOICE:
        choice, reason = _choice(form, question.id)
        sentence = _choice_sentence(form, question.id, choice)
        if not sentence and not reason:
            options = [_choice_sentence(form, question.id, value) for value in ("yes", "no")]
            if all(options):  # to complete by hand: one box to tick for each answer
                return [Paragraph(esc(f"☐  {option}"), st["lead"]) for option in options]
            return [Paragraph(esc(question.text), st["lead"]), blank_lines(1)]
        out: list[Flowable] = [Paragraph(esc(sentence or question.text), st["lead"])]
        if reason:
            out.append(
                Paragraph(
                    esc(say("export", "My reason: {reason}").format(reason=reason)), st["answer"]
                )
            )
        return out
    lead = (
        _leads()
        .get(question.id, question.text)
        .replace("{agent}", form.profile.agent_word or say("export", "agent"))
    )
    out = [Paragraph(esc(lead), st["lead"])]
    if not lines:
        out.append(blank_lines(2))
    elif question.type in (AnswerType.LONG_TEXT, AnswerType.SHORT_TEXT, AnswerType.DATE):
        out.append(Paragraph(esc("\n".join(lines)), st["answer"]))
    else:
        out += [Paragraph(esc(line), st["answer"], bulletText="•") for line in lines]
    return out


def _about_labels() -> dict[str, str]:
    return {
        "pad.about.name_used": say("export", "The name I use"),
        "pad.about.pronouns": say("export", "My pronouns"),
        "pad.about.gender": say("export", "Gender"),
        "pad.about.eye_color": say("export", "Eye color"),
        "pad.about.hair_color": say("export", "Hair color"),
        "pad.about.race_ethnicity": say("export", "Race or ethnic background"),
    }


def _about(form: Form) -> list[Flowable]:
    """Who the person is, beyond the declaration: the name they use, pronouns, and what a
    state's form must describe (Colorado); a line to write on where the law needs it."""
    st = _styles()
    labels = _about_labels()
    required = {c.question for c in form.profile.clauses}
    rows = []
    for qid in ABOUT_EXTRA:
        question, lines = _answer(form, qid)
        if question is None or not (lines or qid in required):
            continue
        value = esc(" ".join(lines)) if lines else "________________________"
        rows.append(Paragraph(f"{esc(labels[qid])}: {value}", st["answer"]))
    if not rows:
        return []
    return [form.numbered(lambda: say("export", "About me")), *rows]


def _effect(form: Form) -> list[Flowable]:
    parts: list[Flowable] = []
    for qid in ("pad.effect.starts", "pad.effect.involve", "pad.effect.ends"):
        question, lines = _answer(form, qid)
        if question is not None and (lines or qid == "pad.effect.starts"):
            parts += _wish(form, question, lines)
    if not parts:
        return []
    return [form.numbered(lambda: say("export", "When this directive applies")), *parts]


def _decision_maker(form: Form) -> list[Flowable]:
    if not form.english.decision_maker_choice:
        return []
    heading = form.numbered(lambda: say("export", "Choice of decision maker (initial only one)"))
    intro = form.legal_from(
        lambda: say(
            "export",
            "If I become incapable of giving or withholding informed consent for mental health "
            "treatment, I want these decisions to be made by:",
        )
    )
    rows = [
        form.legal(en, es)
        for en, es in zip(
            form.english.decision_maker_choice, form.profile.decision_maker_choice, strict=True
        )
    ]
    initials = form.label(lambda: say("export", "Initials"))
    return [
        KeepTogether(
            [heading, intro, Spacer(1, 2 * mm), initials_boxes(rows, initials, form.width)]
        )
    ]


def _appointment(form: Form) -> list[Flowable]:
    if "agent" not in form.profile.features:
        return []
    en_word = form.english.agent_word or "agent"
    word = form.profile.agent_word or say("export", "agent")
    english_heading, heading = form.both(lambda: say("export", "Appointment of my {word}"))
    form.number += 1
    shown = _fill(english_heading, word=en_word)
    if form.bilingual:
        shown += " / " + _fill(heading, word=word)
    story: list[Flowable] = [Paragraph(esc(f"{form.number}. {shown}"), _styles()["number"])]
    if form.agents:
        first = ", ".join(form.person(r) for r, _n in form.agents)

        def appoint() -> str:
            return say(
                "export",
                "I appoint {agent} as my {word} to make decisions about my mental health "
                "treatment when I am unable to make them, consistent with the wishes I express "
                "in this document.",
            )

        story.append(
            form.legal_filled(
                appoint, {"agent": first, "word": en_word}, {"agent": first, "word": word}
            )
        )
        if form.alternates:
            others = "; ".join(form.person(r) for r, _n in form.alternates)

            def alternate() -> str:
                return say(
                    "export",
                    "If my {word} is unable or unwilling to act, I appoint as my alternate "
                    "{word}, in this order: {alternates}.",
                )

            story.append(
                form.legal_filled(
                    alternate,
                    {"word": en_word, "alternates": others},
                    {"word": word, "alternates": others},
                )
            )
    else:

        def nobody() -> str:
            return say("export", "I do not appoint a {word} in this document.")

        story.append(form.legal_filled(nobody, {"word": en_word}, {"word": word}))
        story.append(
            Paragraph(
                esc(
                    say(
                        "export",
                        "(If you want to name one by hand, write the name, address and phone "
                        "here.)",
                    )
                ),
                _styles()["gloss"],
            )
        )
        story.append(blank_lines(2))
    for qid in ("pad.agent.may", "pad.agent.may_not", "pad.agent.scope"):
        question, lines = _answer(form, qid)
        if question is not None and (lines or question.type is AnswerType.CHOICE):
            story += _wish(form, question, lines)
    return story


def _fill(text: str, **values: str) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def _wishes(form: Form) -> list[Flowable]:
    story: list[Flowable] = []
    for section in form.plan.template.sections:
        if section.id in OWN_PARTS or not section.visible(form.answers, form.profile.features):
            continue
        parts: list[Flowable] = []
        for question in section.questions:
            if not question.visible(form.answers, form.profile.features):
                continue
            _q, lines = _answer(form, question.id)
            wish = _wish(form, question, lines)
            if (
                question.id == "pad.admission.agent"
                and "admission_initials" in form.profile.features
            ):
                label = form.label(lambda: say("export", "Initials"))
                wish = [initials_boxes([wish], label, form.width - 10)]
            parts += wish
        if parts:
            title = _section_titles().get(section.id, section.title)
            form.number += 1
            story.append(Paragraph(esc(f"{form.number}. {title}"), _styles()["number"]))
            story += parts
    return story


def _statements(form: Form) -> list[Flowable]:
    """What the law requires the instrument to state (North Carolina's awareness statement,
    Nebraska's, Arizona's intent), each a numbered paragraph of its own."""
    story: list[Flowable] = []
    for en, es in zip(form.english.statements, form.profile.statements, strict=True):
        story.append(form.numbered(lambda: say("export", "Statement")))
        story.append(form.legal(en, es))
    return story


def _duration_and_revocation(form: Form) -> list[Flowable]:
    p = form.profile
    story: list[Flowable] = [
        form.numbered(lambda: say("export", "How long it lasts, and cancelling it"))
    ]

    def lasts() -> str:
        if p.expires and p.continues_if_incapacitated:
            return say(
                "export",
                "This document is valid for {years} years from the date I sign it. If it is in "
                "effect because I am unable to decide when that time ends, it remains in effect "
                "until I am able to decide again.",
            ).format(years=p.duration_years)
        if p.expires:
            return say(
                "export", "This document is valid for {years} years from the date I sign it."
            ).format(years=p.duration_years)
        return say(
            "export",
            "This document has no expiration date. It remains in effect until I revoke it.",
        )

    story.append(form.legal_from(lasts))
    if p.expires:
        story.append(Spacer(1, 1 * mm))
        story.append(
            signing_row(
                [(form.label(lambda: say("export", "Valid until (date)")), "")],
                [70 * mm],
                height=9 * mm,
            )
        )
    for qid in ("pad.revocation.during_incapacity", "pad.revocation.how"):
        question, lines = _answer(form, qid)
        if question is not None:
            story += _wish(form, question, lines)
    return story


def _signature_cell(signature: Signature | None, width: float) -> Flowable | str:
    return SignatureMark(signature.mark, width, 12 * mm) if signature is not None else ""


def _signed_note(signature: Signature) -> Paragraph:
    how = (
        say("export", "Signed in WellPlan (typed and confirmed) on version {number} of this plan.")
        if signature.mark.kind == "typed"
        else say("export", "Signed in WellPlan (drawn) on version {number} of this plan.")
    )
    return Paragraph(esc(how.format(number=signature.version)), _styles()["gloss"])


def _when(signature: Signature | None) -> str:
    if signature is None:
        return ""
    moment = signature.signed_at.astimezone()
    return f"{day(moment)}, {moment:%H:%M}"


def _person_signature(form: Form) -> list[Flowable]:
    st = _styles()
    signed = form.signed.get(Role.PERSON)
    w = form.width
    title = form.english.instrument_title(bool(form.agents))

    def sign_intro() -> str:
        return say(
            "export",
            "I sign this {title} willfully and voluntarily, on the date written below.",
        )

    block: list[Flowable] = [
        Paragraph(esc(form.label(lambda: say("export", "Signature"))), st["block"]),
        form.legal_filled(
            sign_intro,
            {"title": title},
            {"title": form.profile.instrument_title(bool(form.agents))},
        ),
        Spacer(1, 3 * mm),
        signing_row(
            [
                (
                    form.label(lambda: say("export", "Signature of {name}")).replace(
                        "{name}", form.name or "…"
                    ),
                    _signature_cell(signed, w * 0.6 - 4),
                ),
                (form.label(lambda: say("export", "Date")), _when(signed)),
            ],
            [w * 0.62, w * 0.38 - 5 * mm],
            height=16 * mm,
        ),
        Spacer(1, 2 * mm),
        signing_row(
            [
                (
                    form.label(lambda: say("export", "Printed name")),
                    Paragraph(esc(form.name), st["para"]),
                ),
                (form.label(lambda: say("export", "City, county and state where signed")), ""),
            ],
            [w * 0.45, w * 0.55 - 5 * mm],
            height=9 * mm,
        ),
    ]
    if signed is not None:
        block.append(_signed_note(signed))
    return [CondPageBreak(70 * mm), KeepTogether(block)]


def _witnesses(form: Form) -> list[Flowable]:
    p = form.profile
    if not p.witnesses:
        return []
    st = _styles()
    w = form.width
    someone = form.name or "________________"
    heading = (
        (lambda: say("export", "Statement of witness"))
        if p.witnesses == 1
        else (lambda: say("export", "Statement of witnesses"))
    )
    story: list[Flowable] = [
        CondPageBreak((70 + 32 * min(p.witnesses, 2)) * mm),
        Paragraph(esc(form.label(heading)), st["block"]),
    ]
    if p.notary is NotaryRule.OR:
        story.append(
            Paragraph(
                esc(
                    form.label(
                        lambda: say(
                            "export", "Sign here, or use the notary certificate below instead."
                        )
                    )
                ),
                st["gloss"],
            )
        )
    story.append(
        form.legal(
            form.english.attestation.replace("{name}", someone),
            p.attestation.replace("{name}", someone),
        )
    )
    for number in range(1, p.witnesses + 1):
        role = WITNESS_ROLES[number - 1] if number <= len(WITNESS_ROLES) else None
        signed = form.signed.get(role) if role is not None else None
        block: list[Flowable] = [
            Spacer(1, 4 * mm),
            signing_row(
                [
                    (
                        form.label(lambda: say("export", "Signature of witness {number}")).replace(
                            "{number}", str(number)
                        ),
                        _signature_cell(signed, w * 0.6 - 4),
                    ),
                    (form.label(lambda: say("export", "Date")), _when(signed)),
                ],
                [w * 0.62, w * 0.38 - 5 * mm],
                height=15 * mm,
            ),
            Spacer(1, 1.5 * mm),
            signing_row(
                [
                    (
                        form.label(lambda: say("export", "Printed name")),
                        Paragraph(esc(signed.name), st["para"]) if signed is not None else "",
                    ),
                    (form.label(lambda: say("export", "Address")), ""),
                ],
                [w * 0.4, w * 0.6 - 5 * mm],
                height=9 * mm,
            ),
        ]
        if signed is not None:
            block.append(_signed_note(signed))
        story.append(KeepTogether(block))
    return story


def _notary(form: Form) -> list[Flowable]:
    p = form.profile
    if p.notary is NotaryRule.NONE:
        return []
    st = _styles()
    w = form.width
    someone = form.name or "________________"
    heading = {
        NotaryRule.OR: lambda: say("export", "Notary certificate (instead of the witnesses)"),
        NotaryRule.AND: lambda: say("export", "Notary certificate"),
        NotaryRule.OPTIONAL: lambda: say("export", "Notary certificate (optional)"),
    }[p.notary]

    def venue() -> str:
        return say("export", "State of ______________________   County of ______________________")

    def acknowledged() -> str:
        return say(
            "export",
            "On ______________ (date), before me, ______________________________ (name of "
            "notary public), personally appeared {name}, proved to me on the basis of "
            "satisfactory evidence to be the person whose name is signed on this document, who "
            "acknowledged signing it willfully and voluntarily.",
        )

    seal = Table(
        [[form.label(lambda: say("export", "Seal"))]], colWidths=[38 * mm], rowHeights=[30 * mm]
    )
    seal.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (0, 0), 0.6, SOFT),
                ("TEXTCOLOR", (0, 0), (0, 0), SOFT),
                ("FONTNAME", (0, 0), (0, 0), FONT),
                ("FONTSIZE", (0, 0), (0, 0), 7.5),
                ("VALIGN", (0, 0), (0, 0), "TOP"),
            ]
        )
    )
    lines_w = w - 44 * mm
    lines = [
        signing_row(
            [(form.label(lambda: say("export", "Signature of notary public")), "")],
            [lines_w],
            height=13 * mm,
        ),
        signing_row(
            [(form.label(lambda: say("export", "Printed name of notary public")), "")],
            [lines_w],
            height=8 * mm,
        ),
        signing_row(
            [
                (
                    form.label(lambda: say("export", "Title")),
                    Paragraph("Notary Public", st["para"]),
                ),
                (form.label(lambda: say("export", "Commission number")), ""),
            ],
            [lines_w * 0.45, lines_w * 0.55 - 5 * mm],
            height=8 * mm,
        ),
        signing_row(
            [(form.label(lambda: say("export", "My commission expires")), "")],
            [lines_w * 0.6],
            height=8 * mm,
        ),
    ]
    body = Table([[lines, "", seal]], colWidths=[lines_w, 6 * mm, 38 * mm], hAlign="LEFT")
    body.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    en_ack, ack = form.both(acknowledged)
    return [
        CondPageBreak(95 * mm),
        KeepTogether(
            [
                Paragraph(esc(form.label(heading)), st["block"]),
                form.legal_from(venue),
                Spacer(1, 2 * mm),
                form.legal(en_ack.replace("{name}", someone), ack.replace("{name}", someone)),
                Spacer(1, 2 * mm),
                body,
            ]
        ),
    ]


def _acceptances(form: Form) -> list[Flowable]:
    if "agent_acceptance" not in form.profile.features:
        return []
    st = _styles()
    w = form.width
    story: list[Flowable] = []
    en_word = form.english.agent_word or "agent"
    word = form.profile.agent_word or say("export", "agent")
    for role, people in ((Role.AGENT, form.agents), (Role.ALTERNATE, form.alternates)):
        accepted = form.signed.get(role)
        for record, _note in people:

            def heading(role: Role = role) -> str:
                return (
                    say("export", "Acceptance by the {word}: {name}")
                    if role is Role.AGENT
                    else say("export", "Acceptance by the alternate {word}: {name}")
                )

            en_heading, es_heading = form.both(heading)
            title = _fill(en_heading, word=en_word, name=record.name)
            if form.bilingual:
                title += " / " + _fill(es_heading, word=word, name=record.name)
            with speaking("en"):
                en_statement = acceptance_statement(role, form.name, form.english)
            statement = acceptance_statement(role, form.name, form.profile)
            mine = accepted if accepted is not None and accepted.name == record.name else None
            block: list[Flowable] = [
                Paragraph(esc(title), st["block"]),
                form.legal(en_statement, statement),
                Spacer(1, 3 * mm),
                signing_row(
                    [
                        (
                            form.label(lambda: say("export", "Signature of {name}")).replace(
                                "{name}", record.name
                            ),
                            _signature_cell(mine, w * 0.6 - 4),
                        ),
                        (form.label(lambda: say("export", "Date")), _when(mine)),
                    ],
                    [w * 0.62, w * 0.38 - 5 * mm],
                    height=15 * mm,
                ),
            ]
            if mine is not None:
                block.append(_signed_note(mine))
            story.append(KeepTogether(block))
    return story


def _copies(form: Form) -> list[Flowable]:
    question, lines = _answer(form, "pad.copies")
    if question is None or not lines:
        return []
    st = _styles()
    return [
        Paragraph(
            esc(form.label(lambda: say("export", "Copies of this document are held by"))),
            st["block"],
        ),
        *[Paragraph(esc(line), st["answer"], bulletText="•") for line in lines],
    ]


def _instrument(form: Form) -> list[Flowable]:
    story: list[Flowable] = [*_title(form), *_notice(form)]
    story.append(form.numbered(lambda: say("export", "Declaration")))
    story.append(form.legal(form.declaration(form.english), form.declaration(form.profile)))
    story += _statements(form)
    story += _about(form)
    story += _effect(form)
    story += _decision_maker(form)
    story += _appointment(form)
    story += _wishes(form)
    story += _duration_and_revocation(form)
    story += _person_signature(form)
    story += _witnesses(form)
    story += _notary(form)
    story += _acceptances(form)
    story += _copies(form)
    return story


def pad_form(bundle: Bundle, plan: PlanData, paper: str, reserve: float = 0.0) -> bytes:
    """The directive as a form to sign: a cover page for the person, then the instrument
    with every part the state's profile asks for."""
    profile = profile_for(plan.answers)
    return build(
        reserve_space(_pad_form_story(bundle, plan, paper), reserve),
        paper=paper,
        meta=doc_meta(
            bundle,
            say("export", "{title} — signing form").format(title=plan.summary.title),
            say("export", "Psychiatric advance directive ({place})").format(place=profile.name),
        ),
        furniture=furniture_for(
            bundle, say("export", "Psychiatric advance directive"), plan.summary.updated_at
        ),
    )


def _pad_form_story(bundle: Bundle, plan: PlanData, paper: str = "letter") -> list[Flowable]:
    form = Form(bundle, plan, frame_size(paper)[0])
    return [*_cover(form), *_instrument(form)]
