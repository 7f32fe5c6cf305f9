"""The PAD signing form as a legal instrument of each state: a cover page for the person,
then the state's title, notice, first-person paragraphs, required statements, witness
statement, notary certificate and acceptance blocks, as each profile asks."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.builders import add_directive
from wellplan.domain.bundle import Bundle, PlanData
from wellplan.domain.pad import GENERIC, NotaryRule, Profile, not_legal_advice, profiles
from wellplan.export.documents import render
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile

CODES = sorted(profiles())


def flat(text: str) -> str:
    """Text as extracted, with every run of spaces and line breaks made one space."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """The demo person, with one directive for each profile (copied from the Oregon one),
    agreeing that their agent may consent to an admission."""
    path = tmp_path_factory.mktemp("forms") / "demo.wellplan"
    write_demo(path)
    ids = [add_directive(path, code, f"Directive {code}") for code in CODES]
    with PlanFile.open(path) as doc:
        for plan_id in ids:
            doc.save_answer(plan_id, "pad.admission.agent", {"choice": "yes", "reason": ""})
        return doc.bundle("9.9.9")


def plan_for(bundle: Bundle, code: str) -> PlanData:
    return next(p for p in bundle.plans if p.summary.title == f"Directive {code}")


def split(pages: list[str], title: str) -> list[str]:
    """[the cover pages as one text, then each page of the instrument]: the instrument
    starts on the page that opens with the state's title."""
    start = next(i for i, page in enumerate(pages) if title in page[:200])
    assert start >= 1, "the cover page comes first"
    return [" ".join(pages[:start]), *pages[start:]]


@pytest.fixture(scope="module")
def forms(bundle: Bundle) -> dict[str, list[str]]:
    """Each profile's form: the cover, then the text of each page of the instrument."""
    found = {}
    for code in CODES:
        pdf = render(bundle, "pad-form", [plan_for(bundle, code)], "letter")
        pages = [flat(page.extract_text() or "") for page in PdfReader(BytesIO(pdf)).pages]
        found[code] = split(pages, profiles()[code].instrument_title(True).upper())
    return found


def statement(profile: Profile) -> str:
    return flat(profile.attestation.replace("{name}", "Robin Okafor"))


@pytest.mark.parametrize("code", CODES)
def test_each_form_is_its_states_instrument(code: str, forms: dict[str, list[str]]) -> None:
    profile = profiles()[code]
    cover, *pages = forms[code]
    instrument = " ".join(pages)
    # the instrument: the state's own title, its law, the operative sentence in the first
    # person, the statements the law requires, and the state's witness statement
    assert pages[0].index(profile.instrument_title(True).upper()) < 80  # it opens with it
    assert "I, Robin Okafor, born 17 April 1988, of 22 Willow Lane, Apt 3," in instrument
    for required in profile.statements:
        assert flat(required) in instrument, required
    assert statement(profile) in instrument
    if profile.notice:
        assert flat(profile.notice[0])[:60] in instrument
        assert instrument.index(flat(profile.notice[0])[:60]) < instrument.index("1. Declaration")
    # the people signing, each with a labelled line
    assert "Signature of Robin Okafor" in instrument
    for number in range(1, profile.witnesses + 1):
        assert f"Signature of witness {number}" in instrument
    assert f"Signature of witness {profile.witnesses + 1}" not in instrument
    # a notary certificate a notary can complete, wherever a notary may sign
    notary = "Notary Public" in instrument and "Commission number" in instrument
    assert notary == (profile.notary is not NotaryRule.NONE)
    if notary:
        assert (
            "My commission expires" in instrument and "Printed name of notary public" in instrument
        )
    # the cover page is the person's, not part of the instrument
    assert "Before you sign: about this form" in cover
    assert flat(not_legal_advice()) in cover
    assert flat(not_legal_advice())[:40] not in instrument
    for fact in profile.unverified:
        assert flat(fact) in cover


@pytest.mark.parametrize("code", CODES)
def test_agents_accept_where_the_law_asks(code: str, forms: dict[str, list[str]]) -> None:
    profile = profiles()[code]
    instrument = " ".join(forms[code][1:])
    accepts = "agent_acceptance" in profile.features
    word = profile.agent_word or "agent"
    assert (f"Acceptance by the {word}: Jo Okafor" in instrument) == accepts
    assert (f"Acceptance by the alternate {word}: Sam Lindqvist" in instrument) == accepts
    if accepts:
        assert "Signature of Jo Okafor" in instrument and "Signature of Sam Lindqvist" in instrument
    if "agent" in profile.features:
        assert f"I appoint Jo Okafor (Sister), +1 555 0142 as my {word}" in instrument
    else:
        assert "I appoint" not in instrument and "Jo Okafor (Sister), +1 555 0142 as my" not in (
            instrument
        )


def test_illinois_colorado_and_oregon_print_acceptance_blocks(
    forms: dict[str, list[str]],
) -> None:
    for code in ("IL", "CO", "OR"):
        assert "Acceptance by the" in " ".join(forms[code]), code


@pytest.mark.parametrize("code", CODES)
def test_valid_until_prints_only_where_the_directive_expires(
    code: str, forms: dict[str, list[str]]
) -> None:
    profile = profiles()[code]
    instrument = " ".join(forms[code][1:])
    assert ("Valid until" in instrument) == profile.expires
    if not profile.expires:
        assert "This document has no expiration date." in instrument
    else:
        assert f"valid for {profile.duration_years} years" in instrument


def test_texas_never_prints_a_physician_standard(forms: dict[str, list[str]]) -> None:
    texas = " ".join(forms["TX"][1:])
    assert "to be followed if it is determined by a court" in texas
    # the demo's own answer ("my psychiatrist and one other doctor") isn't asked in Texas
    assert "psychiatrist" not in texas
    for standard in ("two physicians", "physician or eligible psychologist", "2 physicians"):
        assert standard not in texas
    assert "Texas never" not in texas  # the plain-words rules stay on the cover page
    assert "only after a court finds" in forms["TX"][0]


def test_oregon_asks_to_initial_one_decision_maker(forms: dict[str, list[str]]) -> None:
    oregon = " ".join(forms["OR"][1:])
    assert "Choice of decision maker (initial only one)" in oregon
    assert oregon.count("Initials") == 2


def test_arizona_initials_sit_beside_the_agents_admission_authority(
    forms: dict[str, list[str]],
) -> None:
    arizona = " ".join(forms["AZ"][1:])
    paragraph = "admission to a level one behavioral health facility"
    assert paragraph in arizona and arizona.count("Initials") == 1
    assert abs(arizona.index("Initials") - arizona.index(paragraph)) < 200
    assert "Signature of witness 1" in arizona and "Statement of witness " in arizona


def test_north_carolina_names_no_agent_and_needs_witnesses_and_a_notary(
    forms: dict[str, list[str]],
) -> None:
    nc = " ".join(forms["NC"][1:])
    assert "ADVANCE INSTRUCTION FOR MENTAL HEALTH TREATMENT" in nc
    assert "authorizes a mental health treatment provider to act according to it" in nc
    assert "Notary certificate (instead" not in nc and "Notary certificate" in nc
    assert "for no more than 15 days" in nc


def test_witnesses_tick_no_boxes_on_paper(forms: dict[str, list[str]]) -> None:
    """A "yes" ticked on paper would invalidate the witness: the statement says what they
    are not, instead."""
    for code in CODES:
        instrument = " ".join(forms[code][1:])
        assert "☐ Yes" not in instrument and "☒" not in instrument, code


def test_a_spanish_form_keeps_the_legal_parts_in_english_beside_the_spanish(
    bundle: Bundle,
) -> None:
    oregon = plan_for(bundle, "OR")
    pdf = render(bundle, "pad-form", [oregon], "letter", language="es")
    pages = [flat(page.extract_text() or "") for page in PdfReader(BytesIO(pdf)).pages]
    cover, *rest = split(pages, "DECLARATION FOR MENTAL HEALTH TREATMENT")
    instrument = " ".join(rest)
    assert "el texto en inglés es el que vale" in cover
    assert "The English text governs. / El texto en inglés es el que vale." in instrument
    english, spanish = profiles("en")["OR"], profiles("es")["OR"]
    # the witness statement, the notary certificate and the acceptance, in both languages
    assert statement(english)[:80] in instrument
    assert flat(spanish.attestation.replace("{name}", "Robin Okafor"))[:60] in instrument
    assert "personally appeared Robin Okafor" in instrument
    assert "compareció personalmente Robin Okafor" in instrument
    assert "I accept this appointment" in instrument and "Acepto este nombramiento" in instrument
    assert "Signature of notary public / Firma del notario público" in instrument


def test_the_general_form_says_it_is_not_the_strictest(forms: dict[str, list[str]]) -> None:
    cover = forms[GENERIC][0]
    assert "isn't the strictest rule of every state" in cover
    assert "strictest common pattern" not in " ".join(forms[GENERIC])


def test_the_demo_forms_render(tmp_path: Path) -> None:
    """The command line's form for the demo person (the Oregon directive) has every page."""
    from wellplan import cli

    path = tmp_path / "pad.wellplan"
    write_demo(path)
    out = tmp_path / "form.pdf"
    assert (
        cli.main(["export", str(path), "--plan", "pad", "--doc", "pad-form", "--out", str(out)])
        == 0
    )
    text = flat("\n".join(p.extract_text() or "" for p in PdfReader(out).pages))
    assert re.search(r"DECLARATION FOR MENTAL HEALTH TREATMENT Under Or\. Rev\. Stat\.", text)
