"""Gold evaluation: scoring hand-built graphs against hand-written gold, with the
expected figures worked out by hand; the command's usage and errors; and the whole
command on the shared dev gold."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, Dataset, Literal, URIRef
from rdflib import namespace as rdfns
from rdflib.namespace import SKOS

from kg.cli import main
from kg.errors import InputError
from kg.evaluate.gold import (
    GoldArticle,
    GoldReport,
    name_key,
    read_gold,
    resolve_docs,
    score_gold,
)
from kg.store.namespace import ART, ENT, ENTITIES_GRAPH, EVI, KG, SAN

TEXT = (
    "Hong-Kong based SenseTime builds artificial intelligence. "
    "The Treasury designated SenseTime. "
    "Deputy Secretary Wally Adeyemo spoke for the United States. "
    "A federal jury convicted Yanjun Xu."
)


class GraphBuilder:
    """Writes entities and one article's graph the way docs/graph-model.md lays them out."""

    def __init__(self) -> None:
        self.ds = Dataset()
        self.n = 0

    def entity(self, slug: str, cls: str, label: str, *alts: str) -> URIRef:
        node = ENT[slug]
        g = self.ds.graph(ENTITIES_GRAPH)
        g.add((node, RDF.type, KG[cls]))
        g.add((node, RDFS.label, Literal(label)))
        for alt in alts:
            g.add((node, SKOS.altLabel, Literal(alt)))
        return node

    def evidence(self, art: URIRef, s: URIRef, p: URIRef, o: URIRef, conf: float) -> None:
        self.n += 1
        g = self.ds.graph(art)
        ev = EVI[f"e{self.n}"]
        g.add((ev, RDF.type, KG.Evidence))
        g.add((ev, RDF.subject, s))
        g.add((ev, RDF.predicate, p))
        g.add((ev, RDF.object, o))
        g.add((ev, KG.sentence, Literal(f"sentence {self.n}")))
        g.add((ev, KG.confidence, Literal(Decimal(str(conf)))))
        g.add((ev, KG.rule, Literal(f"rule.{p.split('#')[-1].split('/')[-1]}")))

    def fact(self, art: URIRef, s: URIRef, prop: str, o: URIRef, conf: float) -> None:
        self.ds.graph(art).add((s, KG[prop], o))
        self.evidence(art, s, KG[prop], o, conf)

    def sanction(
        self,
        art: URIRef,
        name: str,
        kind: str,
        target: URIRef,
        imposer: URIRef | None,
        conf: float,
        **values: Literal,
    ) -> None:
        g = self.ds.graph(art)
        node = SAN[name]
        for prop, value in values.items():
            g.add((node, KG[prop], value))
        g.add((node, RDF.type, KG.Sanction))
        g.add((node, KG.sanctionKind, KG[kind]))
        g.add((node, KG.target, target))
        self.evidence(art, node, KG.target, target, conf)
        if imposer is not None:
            g.add((node, KG.imposedBy, imposer))
            self.evidence(art, node, KG.imposedBy, imposer, conf - 0.08)


def gold_line(doc: str, entities: list[tuple], facts: list[dict]) -> dict:
    return {
        "doc": doc,
        "entities": [
            {
                "id": i,
                "name": n,
                "type": t,
                "aliases": list(a),
                **({"alt_types": alt} if alt else {}),
            }
            for i, n, t, a, alt in entities
        ],
        "facts": facts,
    }


GOLD_A = gold_line(
    "corpus/a.txt",
    [
        ("e1", "Treasury Department", "Government", ["Treasury"], None),
        ("e2", "SenseTime Group Limited", "Company", ["SenseTime"], None),
        ("e3", "Hong Kong", "Location", [], None),
        ("e4", "Wally Adeyemo", "Person", [], None),
        ("e5", "Yanjun Xu", "Person", ["Xu"], None),
        ("e6", "federal jury", "Government", [], None),
        ("e7", "artificial intelligence", "Technology", ["AI"], None),
        ("e8", "Chinese Communist Party", "Organization", ["CCP"], ["Government"]),
        ("e9", "United States", "Government", ["U.S."], None),
    ],
    [
        {"s": "e2", "p": "basedIn", "o": "e3"},
        {"s": "e4", "p": "worksFor", "o": "e1"},
        {"s": "e6", "p": "charges", "o": "e5"},
        {"s": "e1", "p": "sanctions", "o": "e2", "kind": "Designation", "date": "2021-12-10"},
        {
            "s": "e1",
            "p": "sanctions",
            "o": "e8",
            "kind": "InvestmentBan",
            "amount": 5000000,
            "currency": "USD",
            "date": "2021-12",
        },
        {"s": "e4", "p": "worksFor", "o": "e9"},
        {"s": "e2", "p": "provides", "o": "e7"},
        {"s": "e2", "p": "develops", "o": "e7", "optional": True},
    ],
)


def graph_a() -> tuple[Dataset, URIRef]:
    b = GraphBuilder()
    art = ART["a"]
    treasury = b.entity("treasury", "Government", "U.S. Treasury Department", "Treasury")
    sensetime = b.entity("sensetime", "Company", "SenseTime Group Ltd.", "Sensetime")
    hk = b.entity("hong-kong", "Location", "Hong-Kong")
    adeyemo = b.entity("wally-adeyemo", "Person", "Wally Adeyemo")
    xu = b.entity("yanjun-xu", "Person", "Yanjun Xu")
    jury = b.entity("federal-jury", "Organization", "Federal Jury")  # gold: Government
    ai = b.entity("ai", "Technology", "AI")
    ccp = b.entity("ccp", "Government", "CCP")  # an alt type of the gold entity
    acme = b.entity("acme", "Company", "Acme")  # not in the gold
    b.ds.graph(art).add((acme, KG.mentionedIn, art))
    b.fact(art, sensetime, "basedIn", hk, 0.9)  # right
    b.fact(art, adeyemo, "worksFor", treasury, 0.75)  # right
    b.fact(art, jury, "charges", xu, 0.6)  # right (the type error is scored apart)
    b.fact(art, sensetime, "develops", ai, 0.95)  # matches an optional fact: not counted
    b.fact(art, xu, "worksFor", sensetime, 0.4)  # wrong
    b.fact(art, acme, "provides", ai, 0.55)  # wrong: Acme is no gold entity
    b.fact(art, sensetime, "relatedTo", treasury, 0.99)  # relatedTo is not scored
    b.sanction(
        art,
        "s1",
        "Designation",
        sensetime,
        treasury,
        0.88,
        date=Literal("2021-12-10", datatype=rdfns.XSD.date),
    )  # right, kind right, date right
    b.sanction(art, "s2", "Ban", xu, None, 0.9)  # no imposer: no fact
    b.sanction(
        art,
        "s3",
        "Fine",
        ccp,
        treasury,
        0.38,
        amount=Literal(Decimal("5E+6"), datatype=rdfns.XSD.decimal),
        currency=Literal("USD"),
        date=Literal("2021-11", datatype=rdfns.XSD.gYearMonth),
    )  # right, kind wrong, amount right, date wrong
    return b.ds, art


def score_a(ds: Dataset, art: URIRef) -> GoldReport:
    [gold] = [_article(GOLD_A)]
    return score_gold([gold], ds, {"corpus/a.txt": art}, {"corpus/a.txt": TEXT})


def _article(obj: dict) -> GoldArticle:
    from kg.evaluate.goldfile import _gold_article

    return _gold_article(obj, 1)


def test_fact_scores_worked_out_by_hand() -> None:
    report = score_a(*graph_a())
    # system facts counted: basedIn, worksFor x2, charges, provides, 2 sanctions = 7;
    # right: basedIn, worksFor (Adeyemo), charges, both sanctions = 5.
    # required gold facts: 7; found: the same 5.
    f = report.facts
    assert (f.correct, f.predicted, f.found, f.gold) == (5, 7, 5, 7)
    assert f.precision == pytest.approx(5 / 7)
    assert f.recall == pytest.approx(5 / 7)
    assert f.f1 == pytest.approx(5 / 7)
    assert report.ignored_optional == 1
    assert report.sanctions_without_imposer == 1


def test_per_property_scores() -> None:
    report = score_a(*graph_a())
    got = {
        p: (s.correct, s.predicted, s.found, s.gold) for p, s in sorted(report.by_property.items())
    }
    assert got == {
        "basedIn": (1, 1, 1, 1),
        "charges": (1, 1, 1, 1),
        "provides": (0, 1, 0, 1),
        "sanctions": (2, 2, 2, 2),
        "worksFor": (1, 2, 1, 2),
    }
    assert report.by_property["worksFor"].f1 == pytest.approx(0.5)


def test_sanction_kind_agreement_is_reported_apart() -> None:
    report = score_a(*graph_a())
    assert (report.kind_agree, report.kind_total) == (1, 2)
    strict = report.sanctions_with_kind  # s1 has the gold kind, s3 does not
    assert (strict.correct, strict.predicted, strict.found, strict.gold) == (1, 2, 1, 2)
    assert "  sanctions+kind  0.500      0.500   0.500      1/2      1/2" in report.format()
    assert (report.amount_agree, report.amount_total) == (1, 1)
    assert (report.date_agree, report.date_total) == (1, 2)
    assert "sanction date agree on 1/2 matched sanctions" in report.format()


def test_entity_typing_worked_out_by_hand() -> None:
    report = score_a(*graph_a())
    t = report.typing
    # graph entities matching a gold name: 8 (all but Acme), 7 typed right (jury is not);
    # gold entities: 9, typed right in the graph: 7 (jury wrong, United States absent).
    assert (t.correct, t.predicted, t.found, t.gold) == (7, 8, 7, 9)
    assert t.f1 == pytest.approx(98 / 119)
    assert report.entities_found == 8
    assert report.unmatched_entities == 1
    by_class = {
        c: (s.correct, s.predicted, s.found, s.gold) for c, s in report.typing_by_class.items()
    }
    # Government: graph Treasury, CCP right; gold Treasury, jury, United States (1 found)
    # Organization: graph "Federal Jury" wrong; gold CCP typed right as its alt type.
    assert by_class == {
        "Company": (1, 1, 1, 1),
        "Government": (2, 2, 1, 3),
        "Location": (1, 1, 1, 1),
        "Organization": (0, 1, 1, 1),
        "Person": (2, 2, 2, 2),
        "Technology": (1, 1, 1, 1),
    }


def test_precision_by_confidence_band() -> None:
    report = score_a(*graph_a())
    bands = {low: (s.correct, s.predicted) for low, s in report.bands.items()}
    # 0.9 basedIn, 0.88 sanction s1 | 0.75 worksFor | 0.6 charges, 0.55 provides (wrong)
    # | 0.4 worksFor (wrong), 0.38 sanction s3
    assert bands == {0.85: (2, 2), 0.7: (1, 1), 0.5: (1, 2), 0.0: (1, 2)}


def test_each_counted_fact_is_listed_with_its_rule_and_confidence() -> None:
    # what bench/rule_precision.py measures rules by: the bands' facts, one by one
    report = score_a(*graph_a())
    scored = sorted((f.confidence, f.predicate, f.correct) for f in report.scored)
    assert scored == [
        (0.38, "sanctions", True),  # s3: the kind disagrees, the fact is right
        (0.4, "worksFor", False),
        (0.55, "provides", False),
        (0.6, "charges", True),
        (0.75, "worksFor", True),
        (0.88, "sanctions", True),
        (0.9, "basedIn", True),
    ]
    assert {f.rule for f in report.scored if f.predicate == "worksFor"} == {"rule.worksFor"}
    assert sum(f.correct for f in report.scored) == sum(b.correct for b in report.bands.values())


def test_each_counted_fact_lists_the_best_confidence_of_each_sentence_stating_it() -> None:
    # corroboration, as bench/rule_precision.py tests it: a fact stated in two sentences
    # lists both (the best evidence of each), a fact stated once lists one
    ds, art = graph_a()
    b = GraphBuilder()
    b.ds, b.n = ds, 100
    sensetime, hk = ENT["sensetime"], ENT["hong-kong"]
    b.evidence(art, sensetime, KG.basedIn, hk, 0.7)  # a second sentence: "sentence 101"
    report = score_a(ds, art)
    support = {f.predicate: f.sentences for f in report.scored if f.confidence >= 0.85}
    assert support["basedIn"] == (0.9, 0.7)  # best first; the fact's confidence stays 0.9
    # s1: the builder writes its target's and its imposer's evidence as two sentences
    assert support["sanctions"] == (0.88, 0.8)
    assert [f.confidence for f in report.scored if f.predicate == "basedIn"] == [0.9]
    # the rules of its evidence, distinct: one rule in two sentences is listed once
    assert {f.predicate: f.rules for f in report.scored}["basedIn"] == ("rule.basedIn",)


def test_errors_list_misses_and_false_positives_with_sentences() -> None:
    text = score_a(*graph_a()).format(errors=True)
    assert "corpus/a.txt: miss: Wally Adeyemo worksFor United States\n" in text
    assert "    | Deputy Secretary Wally Adeyemo spoke for the United States." in text
    assert "corpus/a.txt: miss: SenseTime Group Limited provides artificial intelligence" in text
    assert "corpus/a.txt: false positive: Yanjun Xu worksFor SenseTime Group Ltd." in text
    # its best evidence's confidence and rule: what a wrong fact's band came from
    assert "corpus/a.txt: false positive: Acme provides AI [confidence 0.55, rule.provides]" in text
    assert "corpus/a.txt: type: Federal Jury: gold Government, graph Organization" in text
    assert "corpus/a.txt: missing entity: United States (Government)" in text
    assert "gold InvestmentBan, graph Fine" in text
    assert "    | sentence " in text  # a false positive's evidence sentence
    assert "relatedTo" not in text


def test_format_shows_the_table() -> None:
    lines = score_a(*graph_a()).format().splitlines()
    assert lines[0] == "Gold evaluation: 1 articles"
    rows = {line.split()[0]: line.split()[1:4] for line in lines[3:9]}
    assert "  Government      1.000      0.333   0.500      2/2      1/3" in lines
    assert rows["facts"] == ["(all)", "0.714", "0.714"]
    assert rows["worksFor"] == ["0.500", "0.500", "0.500"]
    assert any(line.startswith("entity typing     0.875      0.778   0.824") for line in lines)
    # each band with its 90% interval: two facts of two say little
    assert "  [0.85, 1.00]    1.000      2/2     [0.42, 1.00]" in lines
    assert "  [0.00, 0.50)    0.500      1/2     [0.12, 0.88]" in lines


def test_symmetric_property_matches_either_way_and_articles_stay_apart() -> None:
    b = GraphBuilder()
    huawei = b.entity("huawei", "Company", "Huawei")
    zte = b.entity("zte", "Company", "ZTE Corp.", "ZTE")
    b.fact(ART["x"], zte, "partnersWith", huawei, 0.8)
    b.fact(ART["y"], huawei, "acquires", zte, 0.8)  # another article's claim
    gold = _article(
        gold_line(
            "x.txt",
            [("h", "Huawei", "Company", [], None), ("z", "ZTE", "Company", [], None)],
            [{"s": "h", "p": "partnersWith", "o": "z"}, {"s": "h", "p": "acquires", "o": "z"}],
        )
    )
    report = score_gold([gold], b.ds, {"x.txt": ART["x"]})
    f = report.facts
    assert (f.correct, f.predicted, f.found, f.gold) == (1, 1, 1, 2)


def test_article_missing_from_the_graph_scores_zero_and_is_named() -> None:
    gold = _article(GOLD_A)
    report = score_gold([gold], Dataset(), {"corpus/a.txt": ART["a"]})
    assert report.missing_docs == ["corpus/a.txt"]
    assert (report.facts.found, report.facts.gold, report.facts.predicted) == (0, 7, 0)
    assert report.facts.f1 == 0.0


def test_name_key_folds_case_punctuation_and_spacing() -> None:
    assert name_key("U.S.") == name_key("us") == "us"
    assert name_key("Hong-Kong") == name_key("hong  kong")
    assert name_key("ZTE’s") == "ztes"
    assert name_key("SenseTime") != name_key("SenseTime Group")


# ---------------------------------------------------------------- reading gold files


def _write(path: Path, lines: list[object]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    return path


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("{oops", "line 2: invalid JSON"),
        ("[" * 100_000 + "]" * 100_000, "line 2: JSON nested too deeply"),
        ({"entities": []}, "line 2: missing field 'doc'"),
        (gold_line("b.txt", [], [{"s": "e1", "p": "uses", "o": "e2"}]), "unknown entity 'e1'"),
        (
            gold_line(
                "b.txt", [("e1", "X", "Company", [], None)], [{"s": "e1", "p": "owns", "o": "e1"}]
            ),
            "line 2: fact 1 has unknown property 'owns'",
        ),
        (gold_line("b.txt", [("e1", "X", "Firm", [], None)], []), "unknown type 'Firm'"),
        (
            gold_line(
                "b.txt",
                [("e1", "X", "Company", [], None)],
                [{"s": "e1", "p": "sanctions", "o": "e1", "kind": "Embargo"}],
            ),
            "unknown sanction kind 'Embargo'",
        ),
    ],
)
def test_malformed_gold_names_the_line(tmp_path: Path, bad: object, reason: str) -> None:
    path = _write(tmp_path / "g.gold.jsonl", [GOLD_A, bad])
    with pytest.raises(InputError, match=re.escape(reason)) as info:
        read_gold(path)
    assert info.value.path == str(path)


def test_docs_resolve_against_the_folder_above_the_gold(tmp_path: Path) -> None:
    gold_path = _write(tmp_path / "eval" / "g.gold.jsonl", [GOLD_A])
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(TEXT)
    gold = read_gold(gold_path)
    assert resolve_docs(gold, gold_path, None) == {"corpus/a.txt": tmp_path / "corpus" / "a.txt"}
    with pytest.raises(InputError, match=r"not found under .*; pass --root DIR"):
        resolve_docs(gold, gold_path, tmp_path / "eval")


# ---------------------------------------------------------------- the command


def test_report_as_json_data() -> None:
    data = score_a(*graph_a()).as_dict()
    json.dumps(data)  # JSON-ready
    assert data["facts"] == {
        "precision": 0.7143,
        "recall": 0.7143,
        "f1": 0.7143,
        "correct": 5,
        "predicted": 7,
        "found": 5,
        "gold": 7,
    }
    assert data["entity_typing"]["f1"] == 0.8235  # type: ignore[index]
    assert [b["correct"] for b in data["confidence_bands"]] == [1, 1, 1, 2]  # type: ignore[index, union-attr]
    top = data["confidence_bands"][-1]["interval"]  # type: ignore[index]
    assert [round(x, 2) for x in top] == [0.42, 1.0]


def test_cli_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (
        ["evaluate"],
        ["evaluate", "--gold", "g.jsonl", "--write", "out.tsv"],
        ["evaluate", "--carb", "s.txt", "--gold", "g.tsv", "--errors"],
    ):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2
    assert "--write needs --carb" in capsys.readouterr().err


def test_cli_bad_gold_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.gold.jsonl"
    assert main(["evaluate", "--gold", str(missing)]) == 1
    assert capsys.readouterr().err == f"kg: {missing}: no such gold file\n"
    gold_path = _write(tmp_path / "eval" / "g.gold.jsonl", [GOLD_A])
    assert main(["evaluate", "--gold", str(gold_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"kg: {gold_path}: line 1: document 'corpus/a.txt' not found under")
    assert err.count("\n") == 1


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.timeout(600)  # 11 articles take well under a minute; a hang must not eat CI
def test_dev_gold_end_to_end(shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = shared_dir / "eval" / "dev.gold.jsonl"
    assert main(["evaluate", "--gold", str(gold), "--errors"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Gold evaluation: 11 articles")
    assert "articles missing from the graph" not in out
    facts = re.search(r"^facts \(all\)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", out, re.M)
    typing = re.search(r"^entity typing\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", out, re.M)
    assert facts and typing
    # Not the targets (the README reports those): only that extraction and scoring meet
    # (a lost article-to-graph mapping scores 0).
    assert float(facts.group(3)) > 0.05
    assert float(typing.group(3)) > 0.5
    assert "precision by confidence band" in out
    assert re.search(r": miss: .+\n    \| ", out)


@pytest.mark.model
def test_cli_gold_mode_builds_and_scores_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "t.txt").write_text(
        "title: T\ndate: 2021-12-10\n\nThe Treasury Department sanctioned Huawei.\n"
    )
    gold = gold_line(
        "corpus/t.txt",
        [
            ("e1", "Treasury Department", "Government", ["Treasury"], None),
            ("e2", "Huawei", "Company", [], None),
        ],
        [{"s": "e1", "p": "sanctions", "o": "e2", "kind": "Designation"}],
    )
    gold_path = _write(tmp_path / "eval" / "t.gold.jsonl", [gold])
    assert main(["evaluate", "--gold", str(gold_path), "--json", "--errors"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["articles"], data["missing_docs"]) == (1, [])
    assert data["facts"]["gold"] == 1 and data["entity_typing"]["gold"] == 2
    assert data["entities_found"] >= 1  # Huawei, at least, is found by name
    assert len(data["error_lines"]) == data["errors"]


@pytest.mark.model
def test_cli_carb_mode_scores_and_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sentences = tmp_path / "s.txt"
    sentences.write_text("Huawei makes routers .\n")
    gold = tmp_path / "gold.tsv"
    gold.write_text("Huawei makes routers .\tmakes\tHuawei\trouters\n")
    out = tmp_path / "system.tsv"
    assert (
        main(["evaluate", "--carb", str(sentences), "--gold", str(gold), "--write", str(out)]) == 0
    )
    assert capsys.readouterr().out.startswith("CaRB (default mode)  sentences 1")
    assert out.is_file()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)
gold_like = st.fixed_dictionaries(
    {
        "doc": st.one_of(st.text(max_size=8), json_values),
        "entities": st.one_of(
            json_values,
            st.lists(
                st.fixed_dictionaries(
                    {"id": st.sampled_from(["e1", "e2"]), "name": st.text(max_size=8)},
                    optional={
                        "type": st.sampled_from(["Company", "Government", "Firm"]),
                        "aliases": json_values,
                        "alt_types": json_values,
                    },
                ),
                max_size=3,
            ),
        ),
        "facts": st.one_of(
            json_values,
            st.lists(
                st.fixed_dictionaries(
                    {
                        "s": st.sampled_from(["e1", "e2", "e3"]),
                        "p": st.sampled_from(["uses", "sanctions", "owns"]),
                        "o": st.sampled_from(["e1", "e2"]),
                    },
                    optional={
                        "kind": json_values,
                        "amount": json_values,
                        "optional": json_values,
                        "date": json_values,
                    },
                ),
                max_size=3,
            ),
        ),
    }
)


@settings(
    max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=st.lists(st.one_of(gold_like.map(json.dumps), st.text(max_size=20)), max_size=3))
def test_any_gold_file_reads_or_fails_with_one_line(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "fuzz.gold.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    try:
        gold = read_gold(path)
    except InputError as err:
        assert err.path == str(path) and "\n" not in err.reason
    else:
        assert all(isinstance(a, GoldArticle) for a in gold)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    args=st.lists(
        st.sampled_from(
            [
                *("--gold", "--carb", "--root", "--write", "--errors", "--json", "-h2", "--"),
                *("FILE", "DIR", "BIN", "BAD", "MISSING", "", "-"),
            ]
        ),
        max_size=7,
    )
)
def test_any_evaluate_arguments_exit_1_or_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    files = {
        "DIR": tmp_path,
        "BIN": tmp_path / "b.bin",
        "BAD": tmp_path / "bad.jsonl",
        "MISSING": tmp_path / "missing.jsonl",
        "FILE": tmp_path / "bad.jsonl",
    }
    files["BIN"].write_bytes(b"\xff\x00\xfe")
    files["BAD"].write_text("{oops\n")
    argv = ["evaluate", *(str(files.get(a, a)) for a in args)]
    capsys.readouterr()  # one test call runs many examples: drop the earlier ones' output
    try:
        status = main(argv)
    except SystemExit as exit_:  # argparse: usage error
        assert exit_.code == 2
        return
    err = capsys.readouterr().err
    assert status == 1
    assert err.startswith("kg: ") and err.count("\n") == 1


def test_gold_doc_must_be_one_readable_article(tmp_path: Path) -> None:
    from kg.evaluate.gold import read_gold_articles

    (tmp_path / "one.jsonl").write_text('{"text": "ZTE paid."}\n')
    (tmp_path / "two.jsonl").write_text('{"text": "ZTE paid."}\n{"text": "Again."}\n')
    (tmp_path / "empty.txt").write_text("")
    one = read_gold_articles({"one.jsonl": tmp_path / "one.jsonl"})
    assert one["one.jsonl"].text == "ZTE paid."
    with pytest.raises(InputError, match="holds more than one article"):
        read_gold_articles({"two.jsonl": tmp_path / "two.jsonl"})
    with pytest.raises(InputError, match="empty file"):
        read_gold_articles({"empty.txt": tmp_path / "empty.txt"})


def test_a_miss_is_shown_in_its_own_bulleted_line() -> None:
    from kg.evaluate.gold import GoldEntity, _find_sentence

    text = (
        "The firms are listed below.\n"
        "- Orvane Ltd., a maker of radios.\n"
        "- Kestrel Co., Ltd. (Kestrel), which sells drones to Halvern Corp."
    )
    firm, goods = (
        GoldEntity("e1", "Kestrel Co., Ltd.", "Company"),
        GoldEntity("e2", "drones", "Technology"),
    )
    shown = _find_sentence(text, firm, goods)
    assert shown == "- Kestrel Co., Ltd. (Kestrel), which sells drones to Halvern Corp."
