"""``kg link``: entities matched against a reference list, links only above the threshold."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from rdflib.namespace import OWL

from kg.cli import main
from kg.link import LINKS_GRAPH, THRESHOLD, LinkReport, link, read_reference
from kg.model import Article, ArticleExtraction, Entity
from kg.resolve import Resolver
from kg.store.load import open_graph
from kg.store.rdf import entity_id_of
from kg.store.sink import open_sink

DATA = Path(__file__).parent / "data"


def _graph(tmp_path: Path) -> Path:
    extraction = ArticleExtraction(
        Article("a1", "Written for this test."),
        (
            Entity("z", "Zenith Telecom Corp.", "Company", aliases=("Zenith",)),
            Entity("p", "Mariam Okafor-Lind", "Person"),
            Entity("t", "Freedonia Ministry of Trade", "Government"),
            Entity("a", "Acme", "Company"),
            Entity("o", "Okafor Holdings", "Company"),
        ),
    )
    out = tmp_path / "g.trig"
    sink = open_sink(output=out)
    ids, entities = Resolver().resolve(extraction)
    sink.write_article(extraction, ids, entities)
    sink.close()
    return out


REFERENCE_CSV = """id,name,type,aliases
Z1,Zenith Telecom Corporation,Company,Zenith Telecom
P1,Okafor-Lind Mariam,Person,
T1,Ministry of Trade of Freedonia,PublicBody,
A1,Acme Ltd,Company,
A2,Acme Limited Partners,Company,Acme
X1,Mariam Okafor-Lind,Company,
"""


def _links(path: Path) -> dict[str, str]:
    graph = open_graph(path).graph(LINKS_GRAPH)
    return {entity_id_of(str(s)): str(o) for s, _, o in graph.triples((None, OWL.sameAs, None))}


def test_links_above_threshold_reports_ambiguous_and_keeps_types_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = tmp_path / "ref.csv"
    reference.write_text(REFERENCE_CSV)
    out = tmp_path / "linked.trig"
    assert main(["link", str(_graph(tmp_path)), "--reference", str(reference), "-o", str(out)]) == 0
    links = _links(out)
    assert links["zenith-telecom-corp"] == "urn:kg:reference:Z1"
    assert links["mariam-okafor-lind"] == "urn:kg:reference:P1"  # either name order; a person
    assert "acme" not in links  # two reference companies called Acme: ambiguous, not linked
    assert "okafor-holdings" not in links  # no reference scores near it
    printed = capsys.readouterr().out
    assert "ambiguous  'Acme': A1 1.00, A2 1.00" in printed
    assert f"threshold {THRESHOLD}" in printed
    # the graph itself is all there beside the links
    source, linked = open_graph(tmp_path / "g.trig"), open_graph(out)
    assert set(source.quads((None, None, None, None))) <= set(
        linked.quads((None, None, None, None))
    )


def test_a_government_body_matches_a_public_body_in_other_words(tmp_path: Path) -> None:
    reference = tmp_path / "ref.csv"
    reference.write_text(REFERENCE_CSV)
    report = link(_graph(tmp_path), reference, tmp_path / "l.ttl", threshold=0.8)
    by_label = {item.label: item.reference for item in report.linked}
    assert by_label.get("Freedonia Ministry of Trade") == "T1"


def test_reads_followthemoney_json_lines(tmp_path: Path) -> None:
    reference = tmp_path / "ref.ftm.json"
    lines = [
        {"id": "os-zenith", "schema": "Company", "properties": {"name": ["Zenith Telecom Corp"]}},
        {"id": "os-addr", "schema": "Address", "properties": {"full": ["1 Main St"]}},
    ]
    reference.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    assert [r.id for r in read_reference(reference)] == ["os-zenith"]
    out = tmp_path / "linked.nq"
    link(_graph(tmp_path), reference, out)
    assert _links(out)["zenith-telecom-corp"] == "https://www.opensanctions.org/entities/os-zenith/"


def test_bad_reference_is_one_line_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": "x", "schema": "Company", "properties": {"name": ["A"]}}\nnot json\n')
    graph = _graph(tmp_path)
    assert main(["link", str(graph), "--reference", str(bad), "-o", str(tmp_path / "o.ttl")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"kg: {bad}:2: not a FollowTheMoney entity") and "\n" not in err
    columns = tmp_path / "cols.csv"
    columns.write_text("name,kind\nA,Company\n")
    assert (
        main(["link", str(graph), "--reference", str(columns), "-o", str(tmp_path / "o.ttl")]) == 1
    )
    assert "needs the columns id,name,type,aliases" in capsys.readouterr().err
    assert not (tmp_path / "o.ttl").exists()


# ---------------------------------------------------------------- the corpus


def precision_recall(report: LinkReport, expected: Path) -> tuple[float, float, int, int, int]:
    """(precision, recall, correct links, links, reference entities with a counterpart).

    A link is correct when its node is one of the hand-checked nodes for its reference
    entity; a reference entity counts as found when one of its nodes is linked to it.
    """
    truth = {
        row["id"]: set(filter(None, row["nodes"].split(";")))
        for row in csv.DictReader(expected.open(encoding="utf-8"))
    }
    correct = [x for x in report.linked if entity_id_of(x.node) in truth.get(x.reference, set())]
    present = {ref for ref, nodes in truth.items() if nodes}
    found = {x.reference for x in correct}
    precision = len(correct) / len(report.linked) if report.linked else 1.0
    return precision, len(found) / len(present), len(correct), len(report.linked), len(present)


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.slow
def test_corpus_against_fifty_hand_checked_reference_entities(
    corpus_dir: Path, tmp_path: Path
) -> None:
    from kg.build import build

    reference = DATA / "link_reference.csv"
    assert len(read_reference(reference)) == 50
    build([corpus_dir], output=tmp_path / "corpus.trig")
    report = link(tmp_path / "corpus.trig", reference, tmp_path / "linked.trig")
    precision, recall, correct, links, present = precision_recall(
        report, DATA / "link_expected.csv"
    )
    print(f"precision {precision:.3f} ({correct}/{links}), recall {recall:.3f} of {present}")
    assert precision >= 0.95 and recall >= 0.9
    decoys = {f"r{n}" for n in range(45, 51)}  # not in the corpus at all
    assert not decoys & {x.reference for x in report.linked}
    assert _links(tmp_path / "linked.trig")  # the links are in the written graph
