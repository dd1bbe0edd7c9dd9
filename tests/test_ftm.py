"""``kg export … --output X.ftm.json``: FollowTheMoney entities that FtM's model accepts."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from kg.cli import main
from kg.model import Article, ArticleExtraction, Entity, Evidence, Fact, Sanction
from kg.resolve import Resolver
from kg.store.ftm import check_entity
from kg.store.sink import open_sink


def _graph(tmp_path: Path) -> Path:
    text = "The Freedonian Treasury fined Acme Telecom $12 million. Jane Roe is CEO of Acme."
    ev = Evidence("a1", text, 0, len(text), "test.v1", 0.9)
    extraction = ArticleExtraction(
        Article("a1", text, title="Acme fined", date="2024-05-02", source="https://example.org/a1"),
        (
            Entity("g", "Freedonian Treasury", "Government"),
            Entity("c", "Acme Telecom", "Company", aliases=("Acme",)),
            Entity("p", "Jane Roe", "Person"),
            Entity("h", "Zenith Capital Partners", "Company"),
            Entity("t", "5G", "Technology"),
        ),
        facts=(
            Fact("p", "worksFor", "c", ev),
            Fact("c", "partOf", "h", ev),
            Fact("c", "develops", "t", ev),
            Fact("g", "accuses", "c", ev),
        ),
        sanctions=(
            Sanction("c", "Fine", ev, "g", Decimal("12e6"), "USD", "2024-05", "for bribery"),
        ),
    )
    out = tmp_path / "g.trig"
    sink = open_sink(output=out)
    ids, entities = Resolver().resolve(extraction)
    sink.write_article(extraction, ids, entities)
    sink.close()
    return out


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_export_writes_entities_ftm_accepts(tmp_path: Path) -> None:
    graph = _graph(tmp_path)
    out = tmp_path / "entities.ftm.json"
    assert main(["export", str(graph), "--output", str(out)]) == 0
    entities = _lines(out)
    schemata = {e["id"]: e["schema"] for e in entities}
    from followthemoney import model

    for entity in entities:
        check_entity(entity, schemata)  # type: ignore[arg-type]
        proxy = model.get_proxy(entity, cleaned=False)  # FtM's own reader
        assert proxy.schema.name == entity["schema"]
    by_schema: dict[str, list[dict]] = {}  # type: ignore[type-arg]
    for entity in entities:
        by_schema.setdefault(entity["schema"], []).append(entity)  # type: ignore[arg-type]
    assert {"Company", "Person", "PublicBody", "Sanction", "Article", "Employment"} <= set(
        by_schema
    )
    assert "Technology" not in str(by_schema.keys())
    (sanction,) = by_schema["Sanction"]
    props = sanction["properties"]
    acme = next(e for e in by_schema["Company"] if e["properties"]["name"] == ["Acme Telecom"])
    assert props["entity"] == [acme["id"]]
    assert props["authority"] == ["Freedonian Treasury"]
    assert props["startDate"] == ["2024-05"] and props["reason"] == ["for bribery"]
    assert props["provisions"] == ["Fine of 12000000 USD"]
    (article,) = by_schema["Article"]
    assert props["proof"] == [article["id"]] and props["sourceUrl"] == ["https://example.org/a1"]
    assert acme["properties"]["proof"] == [article["id"]]
    (job,) = by_schema["Employment"]
    assert job["properties"]["employer"] == [acme["id"]]
    (owner,) = by_schema["Ownership"]
    assert owner["properties"]["asset"] == [acme["id"]]  # the holding owns its part


def test_check_entity_rejects_what_ftm_rejects() -> None:
    with pytest.raises(ValueError, match="no property"):
        check_entity({"id": "a", "schema": "Company", "properties": {"name": ["A"], "x": ["1"]}})
    with pytest.raises(ValueError, match="not a "):
        check_entity(
            {
                "id": "e",
                "schema": "Employment",
                "properties": {"employee": ["p"], "employer": ["t"]},
            },
            {"p": "Person", "t": "Person"},
        )
    with pytest.raises(ValueError, match="no concrete"):
        check_entity({"id": "t", "schema": "Thing", "properties": {}})


def test_build_and_the_cli_do_not_import_followthemoney_or_rapidfuzz() -> None:
    """Both take time to import; only the FtM export and ``kg link`` pay for them."""
    code = (
        "import sys, kg.build, kg.cli, kg.store.export; kg.cli.make_parser(); "
        "print('followthemoney' in sys.modules, 'rapidfuzz' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False False"


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.slow
def test_corpus_subset_exports_valid_sanctions(corpus_dir: Path, tmp_path: Path) -> None:
    import shutil

    from kg.build import build

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("doj_014.txt", "doj_023.txt", "doj_024.txt", "whitehouse_003.txt"):
        shutil.copy(corpus_dir / name, folder / name)
    build([folder], output=tmp_path / "g.trig")
    out = tmp_path / "x.ftm.json"
    assert main(["export", str(tmp_path / "g.trig"), "--output", str(out)]) == 0
    entities = _lines(out)
    schemata = {e["id"]: e["schema"] for e in entities}
    for entity in entities:
        check_entity(entity, schemata)  # type: ignore[arg-type]
    sanctions = [e for e in entities if e["schema"] == "Sanction"]
    assert sanctions
    for sanction in sanctions:
        assert sanction["properties"]["entity"]  # type: ignore[index]
        assert sanction["properties"]["authority"]  # type: ignore[index]
