"""Open data: everything out as documented JSON and back into a new file, identically; bad
or hostile JSON gets a message naming the problem and writes nothing."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellplan import cli
from wellplan.domain.signing import Mark, Role, Signature
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile, check_file
from wellplan.storage.opendata import DataError, dumps, export_data, import_data, loads


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("open") / "demo.wellplan"
    write_demo(path)
    with PlanFile.open(path) as doc:
        pad = next(p for p in doc.list_plans() if p.kind == "pad")
        doc.sign(
            pad.id,
            [
                Signature(
                    Role.PERSON,
                    "Robin Okafor",
                    Mark("drawn", strokes=(((0.1, 0.5), (0.5, 0.2), (0.9, 0.6)),), aspect=3.0),
                    "I, Robin Okafor, make this directive of my own free will.",
                    dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC),
                )
            ],
        )
        doc.log_export("pad-form", pad.id, "ABCD EF01 2345 6789", sealed=True, version="v1")
        return export_data(doc, "9.9.9")


def test_export_import_export_is_identical(demo_data: dict[str, Any], tmp_path: Path) -> None:
    made = import_data(copy.deepcopy(demo_data), tmp_path / "rebuilt.wellplan")
    assert check_file(made).healthy
    with PlanFile.open(made) as doc:
        again = export_data(doc, "9.9.9")
        pad = next(p for p in doc.list_plans() if p.kind == "pad")
        assert [s.name for s in doc.current_signatures(pad.id)] == ["Robin Okafor"]
    assert dumps(again) == dumps(demo_data)
    text = dumps(demo_data)
    assert '"format": "wellplan-data"' in text and "key_pem" not in text


def test_cli_export_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.wellplan"
    write_demo(path)
    out = tmp_path / "data.json"
    assert cli.main(["export-data", str(path), "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    rebuilt = tmp_path / "rebuilt.wellplan"
    assert cli.main(["import-data", str(out), str(rebuilt)]) == 0
    assert cli.main(["import-data", str(out), str(rebuilt)]) == 2  # never replaces a file
    assert "already exists" in capsys.readouterr().err
    (tmp_path / "bad.json").write_text('{"format": "something else"}', encoding="utf-8")
    assert cli.main(["import-data", str(tmp_path / "bad.json"), str(tmp_path / "x.wellplan")]) == 2
    assert "Nothing was written" in capsys.readouterr().err
    assert not (tmp_path / "x.wellplan").exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format_version=99), "format_version"),
        (lambda d: d["plans"][0].update(kind="diary"), "plans[0].kind"),
        (lambda d: d["plans"][0]["answers"].update({"no.such": "x"}), "no such question"),
        (lambda d: d["records"]["person"][0].update(id="seven"), "records.person[0].id"),
        (lambda d: d["plans"][0].update(created_at="yesterday"), "plans[0].created_at"),
        (lambda d: d["plans"][1].update(id=d["plans"][0]["id"]), "used twice"),
        (lambda d: d["exports"][0].update(plan_id=99999), "exports[0].plan_id"),
        (lambda d: d["records"].update(person=[]), "which isn't in records"),
    ],
)
def test_a_broken_document_names_the_problem_and_writes_nothing(
    demo_data: dict[str, Any], tmp_path: Path, change: Any, message: str
) -> None:
    data = copy.deepcopy(demo_data)
    change(data)
    dest = tmp_path / "never.wellplan"
    with pytest.raises(DataError, match=message.replace("[", r"\[").replace("]", r"\]")):
        import_data(data, dest)
    assert list(tmp_path.iterdir()) == []


def test_deeply_nested_json_is_refused_politely() -> None:
    with pytest.raises(DataError, match="readable JSON"):
        loads("[" * 100_000 + "]" * 100_000)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    path=st.lists(
        st.sampled_from(
            [
                "records",
                "plans",
                "exports",
                0,
                1,
                "answers",
                "id",
                "versions",
                "signatures",
                "mark",
                "person",
            ]
        ),
        max_size=4,
    ),
    value=json_values,
)
def test_fuzzed_documents_never_write_and_never_crash(
    demo_data: dict[str, Any], tmp_path: Path, path: list[Any], value: Any
) -> None:
    data: Any = copy.deepcopy(demo_data)
    target = data
    for step in path[:-1]:  # walk as far as the document allows, then replace something
        try:
            target = target[step]
        except (KeyError, IndexError, TypeError):
            break
    try:
        if path:
            target[path[-1]] = value
        else:
            data = value
    except (KeyError, IndexError, TypeError):
        data = value
    dest = tmp_path / "fuzz.wellplan"
    try:
        import_data(data, dest)
    except DataError:
        assert not dest.exists()
        return
    assert check_file(dest).healthy  # a change that still made sense: a sound file
    dest.unlink()
