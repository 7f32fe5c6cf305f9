"""Open data: everything out as documented JSON and back into a new file, identically; bad
or hostile JSON gets a message naming the problem and writes nothing."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellplan import cli
from wellplan.domain.signing import Mark, Role, Signature
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile, check_file
from wellplan.storage.opendata import (
    MAX_DATA_BYTES,
    MAX_VALUES,
    DataError,
    dumps,
    export_data,
    import_data,
    loads,
)


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


def _version(data: dict[str, Any]) -> dict[str, Any]:
    """The first frozen version in the document."""
    version: dict[str, Any] = next(p for p in data["plans"] if p["versions"])["versions"][0]
    return version


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
        (
            lambda d: _version(d).update(records={"person": {"x": {"name": "A"}}}),
            ".records.person.x",
        ),
        (
            lambda d: _version(d)["records"].update(place={"3": {"name": 7}}),
            ".records.place.3.name",
        ),
        (
            lambda d: _version(d)["answers"].update({"pad.about.name": ["A"]}),
            ".answers.pad.about.name",
        ),
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


# ---- hostile JSON (issue 21, item 9) ---------------------------------------------------------
def _import(tmp_path: Path, text: str | bytes) -> tuple[int, str]:
    data = tmp_path / "data.json"
    if isinstance(text, str):
        data.write_text(text, encoding="utf-8")
    else:
        data.write_bytes(text)
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = cli.main(["import-data", str(data), str(tmp_path / "new.wellplan")])
    assert not (tmp_path / "new.wellplan").exists() or code == 0
    return code, out.getvalue()


def _with_answer(demo_data: dict[str, Any], raw_answer: str) -> str:
    """The demo document with one answer's JSON text replaced by ``raw_answer``."""
    text = dumps(demo_data)
    old = json.dumps(demo_data["plans"][0]["answers"]["daily.when_well"], ensure_ascii=False)
    assert text.count(old) >= 1
    return text.replace(old, raw_answer, 1)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ('"Call my sister \\ud83d"', "plans[0].answers.daily.when_well: the text holds half of"),
        ('"Call my\\u0000sister"', "plans[0].answers.daily.when_well: the text holds a NUL"),
    ],
    ids=["lone surrogate", "NUL"],
)
def test_text_a_plan_cant_hold_is_named_with_its_place(
    demo_data: dict[str, Any], tmp_path: Path, raw: str, message: str
) -> None:
    code, text = _import(tmp_path, _with_answer(demo_data, raw))
    assert code == 2 and message in text and "Nothing was written" in text
    assert "Traceback" not in text


def test_a_key_twice_is_named_with_its_place(demo_data: dict[str, Any], tmp_path: Path) -> None:
    text = dumps(demo_data).replace(
        '"daily.when_well":', '"daily.when_well": "first", "daily.when_well":', 1
    )
    code, said = _import(tmp_path, text)
    assert code == 2
    assert "plans[0].answers: the key “daily.when_well” is there twice" in said


def test_nan_and_infinity_are_refused_with_their_line(tmp_path: Path) -> None:
    code, said = _import(tmp_path, '{"format": "wellplan-data",\n "format_version": NaN}')
    assert code == 2 and "line 2, column 20: NaN" in said


def test_text_that_isnt_utf8_is_placed(tmp_path: Path) -> None:
    code, said = _import(tmp_path, b'{"format":\n  "wellplan\xff-data"}')
    assert code == 2 and "line 2, column 12: this isn't UTF-8 text" in said


def test_a_document_over_the_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("parsed anyway")

    monkeypatch.setattr(json, "loads", never)
    code, said = _import(tmp_path, "[" + " " * MAX_DATA_BYTES + "]")
    assert code == 2 and f"up to {MAX_DATA_BYTES // 1_000_000} MB" in said
    code, said = _import(tmp_path, "[" + "{}," * (MAX_VALUES // 2) + "{}]")
    assert code == 2 and f"more than {MAX_VALUES:,} values" in said


PEAK = """
import contextlib, io, sys
from wellplan import cli
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    code = cli.main(["import-data", sys.argv[1], sys.argv[2]])
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(code, int(peak.split()[1]) // 1024)
"""


def _peak_mb(tmp_path: Path, name: str, text: str) -> int:
    """Peak resident memory (MB) of a child process importing ``text``."""
    data = tmp_path / name
    data.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", PEAK, str(data), str(tmp_path / f"{name}.wellplan")],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "WELLPLAN_DATA_DIR": str(tmp_path / "data")},
    )
    code, peak = map(int, result.stdout.split())
    assert code == 2  # none of these is a plan
    return peak


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_memory_is_bounded_to_a_small_multiple_of_the_limit(tmp_path: Path) -> None:
    """Before the limits 30 MB of [{},{},…] took 852 MB. Now: nothing is parsed past
    16 MB, and the worst documents within the limits cost at most 8 times that."""
    baseline = _peak_mb(tmp_path, "tiny.json", "{}")
    limit_mb = MAX_DATA_BYTES / 1e6
    for name, text in {
        "30 MB of empty objects": "[" + ",".join(["{}"] * 10_000_000) + "]",
        "the most empty objects": "[" + ",".join(["{}"] * (MAX_VALUES // 2 - 1)) + "]",
        "the most nested lists": "[" + ",".join(["[[[[[[[[[1]]]]]]]]]"] * (MAX_VALUES // 11)) + "]",
        "16 MB of text, one emoji": '["' + "a" * (MAX_DATA_BYTES - 20) + '\U0001f600"]',
    }.items():
        extra = _peak_mb(tmp_path, "hostile.json", text) - baseline
        assert extra < 8 * limit_mb, f"{name}: {extra} MB above {baseline} MB"
