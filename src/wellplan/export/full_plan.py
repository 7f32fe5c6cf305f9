"""A whole plan, question by question, as the person wrote it."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
)

from wellplan.domain.bundle import Bundle, PlanData
from wellplan.domain.pad import profile_for
from wellplan.domain.present import answer_lines
from wellplan.domain.signing import (
    role_label,
)
from wellplan.domain.templates import AnswerType
from wellplan.domain.words import day, say
from wellplan.export.blocks import signed_table
from wellplan.export.common import doc_meta, furniture_for, reserve_space
from wellplan.export.pdf import (
    Heading,
    build,
    bullets,
    esc,
    styles,
)


# ---- full plans ----------------------------------------------------------------------------
def _plan_story(bundle: Bundle, plan: PlanData) -> list[Flowable]:
    s = styles()
    template = plan.template
    features = profile_for(plan.answers).features if template.kind == "pad" else None
    story: list[Flowable] = [Heading(plan.summary.title, s.title, level=0)]
    subtitle = [template.title]
    if bundle.person_name:
        subtitle.append(bundle.person_name)
    subtitle.append(
        say("export", "last changed {day}").format(day=day(plan.summary.updated_at.astimezone()))
    )
    story.append(Paragraph(esc(" · ".join(subtitle)), s.subtitle))
    if template.kind == "pad":
        profile = profile_for(plan.answers)
        story.append(
            Paragraph(
                esc(
                    say("export", "Follows the signing rules of: {place} ({citation}).").format(
                        place=profile.name, citation=profile.citation
                    )
                ),
                s.small,
            )
        )
    part = ""
    for section in template.sections:
        if not section.visible(plan.answers, features):
            continue
        answered = [
            (q, lines)
            for q in section.questions
            if q.visible(plan.answers, features)
            and (lines := answer_lines(q, plan.answers.get(q.id), bundle.lookup))
        ]
        if not answered:
            continue  # unanswered parts are left out, not printed as empty boxes
        if section.part and section.part != part:
            story.append(Heading(section.part, s.h1, level=1))
        level = 2 if section.part else 1
        part = section.part
        story.append(Heading(section.title, s.h2 if section.part else s.h1, level=level))
        for question, lines in answered:
            if len(section.questions) > 1:
                story.append(Paragraph(esc(question.text), s.question))
            if question.type in (AnswerType.LONG_TEXT, AnswerType.SHORT_TEXT, AnswerType.DATE):
                story.append(Paragraph(esc("\n".join(lines)), s.body))
            else:
                story.extend(bullets(lines, s.bullet))
    signed = bundle.signed(plan)
    if signed:
        story.append(Heading(say("export", "Signatures"), s.h1, level=1))
        for signature in signed:
            story.append(
                KeepTogether(
                    [
                        Paragraph(esc(role_label(signature.role)), s.h2),
                        Paragraph(esc(signature.statement), s.body),
                        signed_table(signature),
                    ]
                )
            )
    return story


def full_plans(
    bundle: Bundle, plans: Sequence[PlanData], paper: str, reserve: float = 0.0
) -> bytes:
    """One or more full plans in one PDF, each starting on a new page."""
    story: list[Flowable] = []
    for index, plan in enumerate(plans):
        if index:
            story.append(PageBreak())
        story.extend(_plan_story(bundle, plan))
    title = plans[0].summary.title if len(plans) == 1 else say("export", "Plans")
    newest = max(p.summary.updated_at for p in plans)
    return build(
        reserve_space(story, reserve),
        paper=paper,
        meta=doc_meta(bundle, title, ", ".join(p.template.title for p in plans)),
        furniture=furniture_for(bundle, title, newest),
    )
