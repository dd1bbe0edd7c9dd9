"""`kg build` end to end: the graph, bad input, determinism and parallelism."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg.build import build, build_dataset
from kg.cli import main
from kg.model import Article
from kg.store.namespace import KG

pytestmark = pytest.mark.model

SANCTION_TEXT = (
    "The Treasury Department blacklisted Hikvision on Tuesday. "
    "Alibaba was fined $2.8 billion by Chinese regulators in April 2021. "
    "A federal jury convicted Yanjun Xu of economic espionage."
)


def _write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def _load(path: Path) -> Dataset:
    ds = Dataset(default_union=True)
    ds.parse(path, format="trig")
    return ds


def _same(a: Dataset, b: Dataset) -> bool:
    """Same named graphs, each isomorphic (rdflib compares graphs, not datasets)."""
    names_a = {g.identifier for g in a.graphs() if len(g)}
    names_b = {g.identifier for g in b.graphs() if len(g)}
    return names_a == names_b and all(isomorphic(a.graph(n), b.graph(n)) for n in names_a)


def test_build_writes_typed_sanctions_with_evidence(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", SANCTION_TEXT)
    out = tmp_path / "g.trig"
    summary = build([tmp_path], output=out)
    assert summary.articles == 1 and summary.sanctions >= 2
    ds = _load(out)
    rows = ds.query(
        """PREFIX kg: <https://w3id.org/kg-news/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?target ?kind ?amount WHERE {
          ?s a kg:Sanction ; kg:target/rdfs:label ?target ; kg:sanctionKind ?kind .
          OPTIONAL { ?s kg:amount ?amount } }"""
    )
    found = {(str(r.target), str(r.kind).rsplit("#")[-1]) for r in rows}
    assert ("Alibaba", "Fine") in found
    assert any(t.startswith("Hikvision") and k == "Designation" for t, k in found)
    amounts = {float(r.amount) for r in rows if r.amount is not None}
    assert 2.8e9 in amounts
    # every statement traces back to its sentence
    evidence = list(
        ds.query(
            """PREFIX kg: <https://w3id.org/kg-news/ontology#>
            SELECT ?sentence WHERE { ?e a kg:Evidence ; kg:sentence ?sentence ; kg:rule ?r }"""
        )
    )
    assert any("federal jury" in str(r.sentence) for r in evidence)


def test_same_input_twice_gives_isomorphic_graphs(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", SANCTION_TEXT)
    _write(tmp_path, "b.txt", "Huawei sells 5G networks to the Chinese government.")
    first, second = tmp_path / "1.trig", tmp_path / "2.trig"
    build([tmp_path], output=first)
    build([tmp_path], output=second)
    assert _same(_load(first), _load(second))


def test_bad_files_are_reported_and_the_rest_still_build(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _write(tmp_path, "good.txt", SANCTION_TEXT)
    _write(tmp_path, "binary.txt", b"\x00\x01\x02PNG\x00")
    _write(tmp_path, "empty.txt", "")
    _write(tmp_path, "latin.txt", b"Caf\xe9 \xff\xfe society")
    status = main(["build", str(tmp_path), "--output", str(tmp_path / "g.ttl"), "--quiet"])
    assert status == 3  # built, some skipped
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("kg: skipped")]
    assert len(lines) == 3
    for name in ("binary.txt", "empty.txt", "latin.txt"):
        assert sum(name in line for line in lines) == 1
    assert (tmp_path / "g.ttl").stat().st_size > 0


def test_folder_without_articles_is_an_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "notes.csv").write_text("a,b\n")
    status = main(["build", str(tmp_path), "--output", str(tmp_path / "g.ttl")])
    assert status == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and str(tmp_path) in err and "no readable articles" in err
    assert not (tmp_path / "g.ttl").exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["build", str(tmp_path)])  # neither --output nor --store
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["build", str(tmp_path), "--output", "g.ttl", "--workers", "-3"])
    assert exc.value.code == 2


def test_unknown_output_format_fails_before_work(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _write(tmp_path, "a.txt", SANCTION_TEXT)
    status = main(["build", str(tmp_path), "--output", str(tmp_path / "g.xlsx")])
    assert status == 1
    assert "g.xlsx" in capsys.readouterr().err


def test_json_summary(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _write(tmp_path, "a.txt", SANCTION_TEXT)
    status = main(["build", str(tmp_path), "--output", str(tmp_path / "g.nq"), "--json"])
    assert status == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["articles"] == 1 and summary["sanctions"] >= 2
    assert summary["entities"]["Company"] >= 2


def test_build_dataset_from_articles() -> None:
    ds = build_dataset([Article(id="x", text=SANCTION_TEXT)])
    assert len(set(ds.subjects(predicate=None, object=KG.Sanction))) >= 2


def _texts(folder: Path, n: int) -> None:
    sentences = [
        "The Commerce Department added Huawei Technologies to the Entity List.",
        "ZTE Corporation agreed to pay $892 million to the United States.",
        "Kexue Huang, a scientist at Dow AgroSciences LLC, was charged by a federal grand jury.",
        "SenseTime develops facial recognition technology.",
    ]
    for i in range(n):
        _write(folder, f"doc_{i:02d}.txt", " ".join(sentences[i % 4 :] + sentences[: i % 4]))


@pytest.mark.slow
def test_parallel_and_dask_builds_match_a_single_process_build(tmp_path: Path) -> None:
    _texts(tmp_path, 12)
    single, pool, dask = tmp_path / "1.trig", tmp_path / "2.trig", tmp_path / "3.trig"
    build([tmp_path], output=single)
    build([tmp_path], output=pool, workers=2)
    build([tmp_path], output=dask, workers=2, dask="local")
    assert _same(_load(single), _load(pool))
    assert _same(_load(single), _load(dask))


_CRASH_ON = "doc_03"


def _crashing_extract_doc(doc, article):  # type: ignore[no-untyped-def]
    from kg.extract.extractor import extract_doc

    if article.id == _CRASH_ON:
        os._exit(7)  # a hard crash, as a segfault in a worker would be
    return extract_doc(doc, article)


@pytest.mark.slow
@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork to inject a crash"
)
def test_worker_crash_reports_that_article_and_the_build_continues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.extract.parallel as parallel

    (tmp_path / "in").mkdir()
    _texts(tmp_path / "in", 8)
    monkeypatch.setattr(parallel, "extract_doc", _crashing_extract_doc)
    summary = build([tmp_path / "in"], output=tmp_path / "g.trig", workers=2)
    assert summary.articles == 7
    assert len(summary.problems) == 1 and "doc_03" in summary.problems[0]
    assert "died" in summary.problems[0]


def test_python_m_kg_runs_the_cli(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(tmp_path / "missing"), "-o", "x.ttl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"kg: {tmp_path / 'missing'}: no such file or folder"
    ]


def _slow_extract_doc(doc, article):  # type: ignore[no-untyped-def]
    import time

    from kg.extract.extractor import extract_doc

    if article.id == "doc_01":
        time.sleep(30)  # stands for a pathological article
    return extract_doc(doc, article)


def test_an_article_over_the_time_limit_is_reported_and_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import kg.extract.parallel as parallel
    from kg.build import Limits

    if threading.current_thread() is not threading.main_thread():
        pytest.skip("time limits use a timer signal, which needs the main thread")
    _texts(tmp_path, 3)
    monkeypatch.setattr(parallel, "extract_doc", _slow_extract_doc)
    summary = build([tmp_path], output=tmp_path / "g.trig", limits=Limits(seconds=1.0))
    assert summary.articles == 2
    assert len(summary.problems) == 1
    assert "doc_01" in summary.problems[0] and "longer than 1 s" in summary.problems[0]


def test_an_article_over_the_size_limit_is_reported(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _write(tmp_path, "small.txt", SANCTION_TEXT)
    _write(tmp_path, "big.txt", SANCTION_TEXT * 50)
    out = tmp_path / "g.ttl"
    status = main(["build", str(tmp_path), "-o", str(out), "--max-article-bytes", "2000", "-q"])
    assert status == 3  # built, some skipped
    err = capsys.readouterr().err
    assert "big.txt" in err and "small.txt" not in err
