"""Versions are frozen copies; later edits make a new draft; changes read in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellplan import cli
from wellplan.domain.history import differences
from wellplan.domain.records import RecordKind
from wellplan.domain.templates import load_template
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile

WRAP = load_template("wrap")


def test_a_frozen_version_does_not_move_when_the_plan_is_edited(doc: PlanFile) -> None:
    plan = doc.create_plan("wrap")
    doc.save_answer(plan.id, "toolbox.tools", ["Tea", "Walk"])
    first = doc.freeze_version(plan.id, "signed")
    assert first.number == 1
    assert doc.freeze_version(plan.id, "sealed") == first  # nothing changed: no duplicate
    doc.save_answer(plan.id, "toolbox.tools", ["Tea", "Long walk", "Music"])
    doc.save_answer(plan.id, "daily.when_well", "Calm")
    assert doc.version_answers(first.id) == {"toolbox.tools": ["Tea", "Walk"]}
    second = doc.freeze_version(plan.id, "sealed")
    assert [v.number for v in doc.versions(plan.id)] == [1, 2]
    changes = differences(
        WRAP, doc.version_answers(first.id), doc.version_answers(second.id), lambda t, i: None
    )
    assert [(c.section, c.summary) for c in changes] == [
        ("Your wellness toolbox", "Added “Long walk”, “Music”; removed “Walk”."),
        ("Every day", "Added “Calm”."),
    ]


def test_restoring_an_old_version_makes_it_the_draft(doc: PlanFile) -> None:
    plan = doc.create_plan("wrap")
    jo = doc.add_record(RecordKind.PERSON, {"name": "Jo"})
    sam = doc.add_record(RecordKind.PERSON, {"name": "Sam"})
    doc.save_answer(
        plan.id, "crisis.supporters", [{"id": jo.id, "note": ""}, {"id": sam.id, "note": ""}]
    )
    doc.save_answer(plan.id, "daily.when_well", "Then")
    old = doc.freeze_version(plan.id, "signed")
    doc.save_answer(plan.id, "daily.when_well", "Now")
    doc.save_answer(plan.id, "toolbox.tools", ["New"])
    doc.delete_record(RecordKind.PERSON, sam.id)  # gone since that version
    doc.restore_version(old.id)
    answers = doc.load_plan(plan.id).answers
    assert answers["daily.when_well"] == "Then"
    assert "toolbox.tools" not in answers
    assert answers["crisis.supporters"] == [{"id": jo.id, "note": ""}]
    assert doc.load_plan(plan.id).summary.status.value == "draft"
    assert (
        doc.version_answers(old.id)["daily.when_well"] == "Then"
    )  # the version itself is untouched


def test_sealing_one_plan_freezes_a_version_and_stamps_its_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_demo(tmp_path / "demo.wellplan")
    out = tmp_path / "crisis.pdf"
    assert cli.main(["export", str(path), "--plan", "crisis", "--out", str(out), "--seal"]) == 0
    assert cli.main(["export", str(path), "--plan", "crisis", "--out", str(out), "--seal"]) == 0
    with PlanFile.open(path) as doc:
        crisis = next(p for p in doc.list_plans() if p.kind == "crisis")
        versions = doc.versions(crisis.id)
        log = doc.exports()
    assert [(v.number, v.reason) for v in versions] == [(1, "sealed")]  # unchanged: still version 1
    assert [e.version for e in log] == ["v1", "v1"]
    capsys.readouterr()
    assert cli.main(["verify", str(out), "--file", str(path)]) == 0


def test_who_signed_every_version_comes_in_one_read(doc: PlanFile) -> None:
    import datetime as dt

    from wellplan.domain.signing import Mark, Role, Signature

    def signature(role: Role, name: str) -> Signature:
        when = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)
        return Signature(role, name, Mark("typed", text=name), f"I, {name}, sign.", when)

    plan = doc.create_plan("pad")
    other = doc.create_plan("crisis")
    doc.sign(other.id, [signature(Role.PERSON, "Someone else")])
    first = doc.sign(plan.id, [signature(Role.WITNESS_1, "Ana"), signature(Role.PERSON, "Jo")])
    doc.save_answer(plan.id, "pad.effect.starts", "When two doctors agree")
    doc.freeze_version(plan.id, "sealed")  # a version nobody signed
    second = doc.sign(plan.id, [signature(Role.PERSON, "Jo")])

    signers = doc.plan_signers(plan.id)

    assert signers == {
        version.id: [(s.role, s.name) for s in doc.version_signatures(version.id)]
        for version in doc.versions(plan.id)
        if doc.version_signatures(version.id)
    }
    assert signers[first.id] == [(Role.PERSON, "Jo"), (Role.WITNESS_1, "Ana")]  # person first
    assert signers[second.id] == [(Role.PERSON, "Jo")]
    assert len(signers) == 2  # not the other plan's, nor the unsigned version
