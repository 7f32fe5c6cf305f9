"""The PAD signing form: the directive as the state's rules ask for it to be signed."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from wellplan.domain.bundle import Bundle, PlanData
from wellplan.domain.pad import NotaryRule, Profile, not_legal_advice, profile_for
from wellplan.domain.present import answer_lines
from wellplan.domain.signing import (
    WITNESS_ROLES,
    Role,
    acceptance_statement,
    person_statement,
)
from wellplan.domain.templates import AnswerType, choice_label
from wellplan.domain.words import current, say
from wellplan.export.blocks import blank_lines, initials_box, lines_table, signed_table
from wellplan.export.common import doc_meta, furniture_for, reserve_space
from wellplan.export.pdf import (
    FONT,
    SOFT,
    Heading,
    build,
    bullets,
    esc,
    styles,
)


def _signing_blocks(bundle: Bundle, plan: PlanData, profile: Profile) -> list[Flowable]:
    s = styles()
    signed = {sig.role: sig for sig in bundle.signed(plan)}
    name = bundle.person_name or say("export", "the person making this directive")
    sign, date, printed = (
        say("export", "Signature"),
        say("export", "Date"),
        say("export", "Printed name"),
    )
    story: list[Flowable] = [PageBreak(), Heading(say("export", "Signatures"), s.h1, level=1)]
    story.append(Paragraph(esc(profile.signing_rule() + " " + not_legal_advice()), s.small))
    story.append(
        KeepTogether(
            [
                Paragraph(esc(say("signing", "Your signature")), s.h2),
                Paragraph(esc(person_statement("pad", name)), s.body),
                signed_table(signed[Role.PERSON])
                if Role.PERSON in signed
                else lines_table([sign, date, printed]),
            ]
        )
    )
    witness_rule = (
        say("export", "Witnesses: witness {number} of {count}")
        if profile.notary is not NotaryRule.OR
        else say("export", "Witnesses (or a notary instead, below): witness {number} of {count}")
    )
    for number in range(1, profile.witnesses + 1):
        witness = signed.get(WITNESS_ROLES[number - 1]) if number <= len(WITNESS_ROLES) else None
        block: list[Flowable] = [
            Paragraph(esc(witness_rule.format(number=number, count=profile.witnesses)), s.h2),
            Paragraph(
                esc(
                    witness.statement
                    if witness is not None
                    else profile.attestation.replace("{name}", name)
                ),
                s.body,
            ),
        ]
        answered = dict(witness.eligibility) if witness is not None else {}
        yes_word, no_word = choice_label("yes"), choice_label("no")
        # a witness who signed is shown with the very questions they answered
        questions = list(answered) if answered else profile.eligibility_questions
        for question in questions:
            yes, no = (
                ("☒", "☐")
                if answered.get(question)
                else ("☐", "☒" if question in answered else "☐")
            )
            block.append(
                Paragraph(esc(f"{yes} {yes_word}   {no} {no_word}    {question}"), s.small)
            )
        block.append(
            signed_table(witness, address=True)
            if witness is not None
            else lines_table([sign, date, printed, say("export", "Address")])
        )
        story.append(KeepTogether(block))
    if profile.notary is not NotaryRule.NONE:
        title = {
            NotaryRule.OR: say("export", "Notary (instead of the witnesses)"),
            NotaryRule.AND: say("export", "Notary"),
            NotaryRule.OPTIONAL: say("export", "Notary (optional)"),
        }[profile.notary]
        seal = Table(
            [[say("export", "Seal")]], colWidths=[40 * mm], rowHeights=[30 * mm], hAlign="RIGHT"
        )
        seal.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (0, 0), 0.6, SOFT),
                    ("TEXTCOLOR", (0, 0), (0, 0), SOFT),
                    ("FONTNAME", (0, 0), (0, 0), FONT),
                    ("FONTSIZE", (0, 0), (0, 0), 8),
                ]
            )
        )
        story.append(
            KeepTogether(
                [
                    Paragraph(esc(title), s.h2),
                    Paragraph(
                        esc(
                            say(
                                "export",
                                "State of ____________________   County of ____________________",
                            )
                        ),
                        s.body,
                    ),
                    Paragraph(
                        esc(
                            say(
                                "export",
                                "Signed and acknowledged before me on ______________ by {name}.",
                            ).format(name=name)
                        ),
                        s.body,
                    ),
                    lines_table(
                        [say("export", "Notary's signature"), say("export", "Commission expires")],
                        (38 * mm, 90 * mm),
                    ),
                    Spacer(1, 4 * mm),
                    seal,
                ]
            )
        )
    if "agent_acceptance" in profile.features:
        heading = {
            Role.AGENT: say("export", "Acceptance by the agent: {name}"),
            Role.ALTERNATE: say("export", "Acceptance by the alternate: {name}"),
        }
        for role, qid in ((Role.AGENT, "pad.agent"), (Role.ALTERNATE, "pad.alternates")):
            accepted = signed.get(role)
            for record, _note in bundle.people(plan, qid) or []:
                story.append(
                    KeepTogether(
                        [
                            Paragraph(esc(heading[role].format(name=record.name)), s.h2),
                            Paragraph(esc(acceptance_statement(role, bundle.person_name)), s.body),
                            signed_table(accepted)
                            if accepted is not None and accepted.name == record.name
                            else lines_table([sign, date]),
                        ]
                    )
                )
    return story


def pad_form(bundle: Bundle, plan: PlanData, paper: str, reserve: float = 0.0) -> bytes:
    """The directive as a form to sign: every part printed (blank lines where nothing is
    written yet), then the signature blocks the jurisdiction profile asks for."""
    profile = profile_for(plan.answers)
    return build(
        reserve_space(_pad_form_story(bundle, plan), reserve),
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


def _pad_form_story(bundle: Bundle, plan: PlanData) -> list[Flowable]:
    s = styles()
    profile = profile_for(plan.answers)
    features = profile.features
    name = bundle.person_name
    story: list[Flowable] = [
        Heading(say("export", "Psychiatric advance directive"), s.title),
        Paragraph(
            esc(
                " · ".join(
                    x
                    for x in (
                        name,
                        say("export", "under the rules of {place}").format(place=profile.name),
                        profile.citation,
                    )
                    if x
                )
            ),
            s.subtitle,
        ),
        Paragraph(esc(not_legal_advice()), s.note),
        *(
            [
                Paragraph(
                    esc(
                        say(
                            "export",
                            "This form is a translation. Where the law asks for exact words, "
                            "your state's official form, in English, is what counts.",
                        )
                    ),
                    s.note,
                )
            ]
            if current() != "en"
            else []
        ),
        Spacer(1, 3 * mm),
        Paragraph(esc(profile.duration_text()), s.body),
        lines_table([say("export", "Valid until")]),
    ]
    for section in plan.template.sections:
        if section.widget or not section.visible(plan.answers, features) or section.id == "where":
            continue
        story.append(Heading(section.title, s.h1, level=1))
        for question in section.questions:
            if not question.visible(plan.answers, features):
                continue
            story.append(Paragraph(esc(question.text), s.question))
            lines = answer_lines(question, plan.answers.get(question.id), bundle.lookup)
            if not lines:
                story.append(blank_lines(2))
            elif question.type in (AnswerType.LONG_TEXT, AnswerType.SHORT_TEXT, AnswerType.DATE):
                story.append(Paragraph(esc("\n".join(lines)), s.body))
            else:
                story.extend(bullets(lines, s.bullet))
            if "admission_initials" in features and question.id in (
                "pad.places.prefer",
                "pad.places.alternatives",
            ):
                story.append(
                    initials_box(
                        say(
                            "export",
                            "If this paragraph allows admission to a facility, initial here to "
                            "agree to it:",
                        )
                    )
                )
    story.extend(_signing_blocks(bundle, plan, profile))
    return story
