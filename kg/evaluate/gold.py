"""Score a built graph against gold facts and entities (``*.gold.jsonl``).

The gold format is DESIGN.md's "Gold formats" (read by :mod:`kg.evaluate.goldfile`);
what a gold fact is, is ``shared/eval/GUIDELINES.md``; the figures are a
:class:`~kg.evaluate.goldreport.GoldReport`. Scoring reads the RDF graph as
``docs/graph-model.md`` lays it out, one article's named graph at a time:

* **Entities match by name.** A graph entity matches a gold entity when one of its
  names (``rdfs:label`` or a ``skos:altLabel``) equals the gold ``name`` or one of its
  ``aliases`` after case folding and removing punctuation and extra spaces
  (:func:`name_key`). An article's entities are the nodes its graph mentions
  (``kg:mentionedIn``) or links by a relation or a sanction.
* **Facts.** A graph triple ``S p O`` with ``p`` an ontology relation matches gold
  ``s p o`` when S matches ``s`` and O matches ``o`` (either way round for the
  symmetric ``partnersWith``). ``sanctions`` facts are the projection imposer →
  target of every ``kg:Sanction`` node; a sanction without an imposer projects to no
  fact (it is counted apart). ``relatedTo`` is not scored: the gold never holds it.
  Precision is the share of the system's distinct facts that match a required gold
  fact; a fact that only matches ``optional`` gold facts is left out of it. Recall is
  the share of required gold facts that some system fact matches. A system fact whose
  subject or object matches no gold entity is a false positive (the guidelines
  annotate every entity that takes part in a fact).
* **Sanction kind** need not agree for a ``sanctions`` fact to match; agreement is
  reported apart: of the matched gold sanctions, how many have a matching sanction
  node of the gold ``kind``, and as a ``sanctions+kind`` row scored as if the kind
  had to agree (not part of "facts (all)").
* **Entity typing.** Recall: the share of gold entities for which the article's
  graph has a name-matching entity of the gold type (or one of its ``alt_types``).
  Precision: of the graph's entities that match a gold entity by name, the share
  whose class is that entity's type (or an alt type). Graph entities matching no
  gold entity are not counted against precision, because the gold lists only the
  entities that matter, not every name in the text; their number is reported.
  ``Sanction`` nodes are not entities here.
* **Confidence bands.** Each scored fact carries the highest ``kg:confidence`` of
  its evidence; precision is reported per band, to show whether confidence is
  calibrated.

>>> name_key("  The U.S. Treasury-Department ")
'the us treasury department'
>>> Score(3, 4, 3, 6).f1
0.6
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from kg.errors import InputError, KGError
from kg.evaluate.goldfile import (
    GOLD_PROPERTIES,
    GoldArticle,
    GoldEntity,
    GoldFact,
    name_key,
    read_gold,
)
from kg.evaluate.goldreport import BANDS, ErrorLine, GoldReport, Score, ScoredFact, band_of
from kg.model import RELATION_PROPERTIES, Article
from kg.store.namespace import KG

SYMMETRIC = frozenset({"partnersWith"})

_RELATIONS = {KG[p]: p for p in RELATION_PROPERTIES if p != "relatedTo"}
#: Where the error list cuts an article into sentences to show a miss's: after a
#: stop (not a firm's legal form: "Co., Ltd. (Alias), which …" goes on) and at every
#: line end (a bulleted line is its own sentence, as the extractor reads it).
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!Ltd\.)(?<!Inc\.)(?<!Co\.)(?<!Corp\.)\s+(?=[\"'(\[]?[A-Z0-9])|\s*\n\s*"
)


# ---------------------------------------------------------------- reading the graph


@dataclass
class _Names:
    """Class, label and altLabels of every node, from the whole dataset."""

    types: dict[Node, set[str]] = field(default_factory=lambda: defaultdict(set))
    labels: dict[Node, list[str]] = field(default_factory=lambda: defaultdict(list))

    def keys(self, node: Node) -> set[str]:
        return {k for k in map(name_key, self.labels.get(node, ())) if k}

    def label(self, node: Node) -> str:
        names = self.labels.get(node)
        return names[0] if names else str(node).rsplit("/", 1)[-1]


@dataclass
class _SystemFact:
    s: Node
    p: str
    o: Node
    confidence: float | None = None
    sentence: str | None = None
    rule: str | None = None
    kinds: set[str] = field(default_factory=set)
    amounts: set[tuple[Decimal, str | None]] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    #: sentence -> the highest confidence of the evidence it gives
    sentences: dict[str, float] = field(default_factory=dict)
    #: the rules of all its evidence, in any sentence
    rules: set[str] = field(default_factory=set)


def _names(dataset: Graph) -> _Names:
    names = _Names()
    for s, p, o in _all_triples(dataset):
        if p == RDF.type and isinstance(o, URIRef) and str(o).startswith(str(KG)):
            names.types[s].add(str(o)[len(str(KG)) :])
        elif p == RDFS.label and isinstance(o, Literal):
            names.labels[s].insert(0, str(o))  # the canonical name first
        elif p == SKOS.altLabel and isinstance(o, Literal):
            names.labels[s].append(str(o))
    return names


def _all_triples(dataset: Graph) -> Iterator[tuple[Node, Node, Node]]:
    if hasattr(dataset, "quads"):
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from dataset.triples((None, None, None))


def _decimal(term: Node) -> Decimal | None:
    try:
        return Decimal(str(term)).normalize()
    except InvalidOperation:
        return None


def _article_view(graph: Graph) -> tuple[set[Node], list[_SystemFact], int]:
    """Entities, facts (with sanction projections) and imposer-less sanctions of one
    article's graph."""
    entities: set[Node] = set()
    facts: dict[tuple[Node, str, Node], _SystemFact] = {}
    evidence: dict[tuple[Node, Node, Node], list[tuple[float, str | None, str | None]]] = (
        defaultdict(list)
    )
    for ev in graph.subjects(RDF.type, KG.Evidence):
        key = (
            graph.value(ev, RDF.subject),
            graph.value(ev, RDF.predicate),
            graph.value(ev, RDF.object),
        )
        conf_term = graph.value(ev, KG.confidence)
        sentence_term = graph.value(ev, KG.sentence)
        value = float(conf_term.toPython()) if isinstance(conf_term, Literal) else -1.0
        text = str(sentence_term) if sentence_term is not None else None
        rule_term = graph.value(ev, KG.rule)
        rule = str(rule_term) if rule_term is not None else None
        evidence[key].append((value, text, rule))  # type: ignore[index]

    def best(*keys: tuple[Node, Node, Node]) -> tuple[float | None, str | None, str | None]:
        found = [item for key in keys for item in evidence.get(key, [])]
        if not found:
            return None, None, None
        # ties broken by rule and sentence, not by the store's iteration order
        conf, sentence, rule = max(found, key=lambda item: (item[0], item[2] or "", item[1] or ""))
        return (conf if conf >= 0 else None), sentence, rule

    def by_sentence(fact: _SystemFact, *keys: tuple[Node, Node, Node]) -> None:
        for conf, sentence, rule in (item for key in keys for item in evidence.get(key, [])):
            if conf >= 0 and sentence is not None:
                fact.sentences[sentence] = max(conf, fact.sentences.get(sentence, 0.0))
            if rule is not None:
                fact.rules.add(rule)

    for s in graph.subjects(KG.mentionedIn, None):
        entities.add(s)
    for predicate, name in _RELATIONS.items():
        for s, o in graph.subject_objects(predicate):
            entities.update((s, o))
            conf, sentence, rule = best((s, predicate, o))
            facts[(s, name, o)] = _SystemFact(s, name, o, conf, sentence, rule)
            by_sentence(facts[(s, name, o)], (s, predicate, o))
    without_imposer = 0
    for node in set(graph.subjects(RDF.type, KG.Sanction)):
        targets = list(graph.objects(node, KG.target))
        imposers = list(graph.objects(node, KG.imposedBy))
        entities.update(targets)
        entities.update(imposers)
        kinds = {str(k)[len(str(KG)) :] for k in graph.objects(node, KG.sanctionKind)}
        currency = graph.value(node, KG.currency)
        unit = str(currency) if currency is not None else None
        amounts = {
            (value, unit)
            for value in map(_decimal, graph.objects(node, KG.amount))
            if value is not None
        }
        dates = {str(d) for d in graph.objects(node, KG.date)}
        if not imposers:
            without_imposer += 1
        for imposer in imposers:
            for target in targets:
                conf, sentence, rule = best(
                    (node, KG.target, target), (node, KG.imposedBy, imposer)
                )
                fact = facts.setdefault(
                    (imposer, "sanctions", target),
                    _SystemFact(imposer, "sanctions", target, conf, sentence, rule),
                )
                by_sentence(fact, (node, KG.target, target), (node, KG.imposedBy, imposer))
                fact.kinds |= kinds
                fact.amounts |= amounts
                fact.dates |= dates
                if conf is not None and (fact.confidence is None or conf > fact.confidence):
                    fact.confidence, fact.sentence, fact.rule = conf, sentence, rule
    return entities, list(facts.values()), without_imposer


# ---------------------------------------------------------------- scoring


def score_gold(
    gold: Sequence[GoldArticle],
    dataset: Graph,
    graph_of: Mapping[str, URIRef],
    texts: Mapping[str, str] | None = None,
    *,
    gold_path: str = "",
) -> GoldReport:
    """Score ``dataset`` against ``gold``; ``graph_of`` maps each gold ``doc`` to the
    IRI of its article's named graph, ``texts`` optionally to the article text (to show
    the sentence of a miss).

    >>> from rdflib import Dataset, Literal
    >>> from kg.store.namespace import ART, ENT, ENTITIES_GRAPH
    >>> ds = Dataset()
    >>> ents = ds.graph(ENTITIES_GRAPH)
    >>> for node, cls, label in ((ENT.zte, KG.Company, "ZTE Corp."), (ENT.cn, KG.Location, "CN")):
    ...     _ = ents.add((node, RDF.type, cls)).add((node, RDFS.label, Literal(label)))
    >>> _ = ds.graph(ART.a).add((ENT.zte, KG.basedIn, ENT.cn))
    >>> gold = [GoldArticle("a.txt", (GoldEntity("e1", "ZTE Corporation", "Company", ("ZTE Corp",)),
    ...     GoldEntity("e2", "China", "Location", ("CN",))), (GoldFact("e1", "basedIn", "e2"),))]
    >>> report = score_gold(gold, ds, {"a.txt": ART.a})
    >>> report.facts.f1, report.typing.f1
    (1.0, 1.0)
    """
    names = _names(dataset)
    report = GoldReport(gold_path=gold_path)
    for article in gold:
        iri = graph_of.get(article.doc)
        graph = dataset.graph(iri) if iri is not None and hasattr(dataset, "graph") else None
        if graph is None or len(graph) == 0:
            report.missing_docs.append(article.doc)
            graph = Graph()
        text = (texts or {}).get(article.doc, "")
        first = len(report.errors)
        _score_article(article, graph, names, text, report)
        # Same graph, same listing: sets and hashes must not decide the order.
        report.errors[first:] = sorted(report.errors[first:], key=_error_order)
        report.articles += 1
    return report


_ERROR_KINDS = ("miss", "false positive", "sanction kind", "missing entity", "type")


def _error_order(error: ErrorLine) -> tuple[int, str]:
    return _ERROR_KINDS.index(error.what), error.text


def _score_article(
    article: GoldArticle, graph: Graph, names: _Names, text: str, report: GoldReport
) -> None:
    entities, facts, without_imposer = _article_view(graph)
    report.sanctions_without_imposer += without_imposer
    gold_by_id = {e.id: e for e in article.entities}
    # gold entity id -> graph nodes whose names match it, and back
    nodes_of: dict[str, set[Node]] = defaultdict(set)
    gold_of: dict[Node, set[str]] = defaultdict(set)
    for node in entities:
        keys = names.keys(node)
        for entity in article.entities:
            if keys & entity.keys:
                nodes_of[entity.id].add(node)
                gold_of[node].add(entity.id)
    _score_typing(article, entities, names, nodes_of, gold_of, report)

    def matches(fact: _SystemFact, gold: GoldFact) -> bool:
        if fact.p != gold.p:
            return False
        if fact.s in nodes_of[gold.s] and fact.o in nodes_of[gold.o]:
            return True
        return gold.p in SYMMETRIC and fact.s in nodes_of[gold.o] and fact.o in nodes_of[gold.s]

    doc = article.doc
    for fact in facts:
        gold_hits = [g for g in article.facts if matches(fact, g)]
        if gold_hits and all(g.optional for g in gold_hits):
            report.ignored_optional += 1
            continue
        correct = bool(gold_hits)
        _count(report, fact.p, correct=correct, predicted=True)
        if fact.p == "sanctions":
            strict = report.sanctions_with_kind
            strict.predicted += 1
            strict.correct += any(
                not g.optional and (g.kind is None or g.kind in fact.kinds) for g in gold_hits
            )
        if fact.confidence is not None:
            band = report.bands.setdefault(band_of(fact.confidence), Score())
            band.predicted += 1
            band.correct += correct
            support = tuple(sorted(fact.sentences.values(), reverse=True))
            rules = tuple(sorted(fact.rules))
            report.scored.append(
                ScoredFact(
                    doc, fact.p, fact.rule, fact.confidence, correct, support, fact.sentence, rules
                )
            )
        if not correct:
            report.errors.append(
                ErrorLine(
                    doc,
                    "false positive",
                    f"{names.label(fact.s)} {fact.p} {names.label(fact.o)}"
                    + (f" ({', '.join(sorted(fact.kinds))})" if fact.kinds else "")
                    + (
                        f" [confidence {fact.confidence:.2f}, {fact.rule}]"
                        if fact.confidence is not None
                        else ""
                    ),
                    fact.sentence,
                )
            )
    for gold in article.facts:
        if gold.optional:
            continue
        hits = [f for f in facts if matches(f, gold)]
        _count(report, gold.p, found=bool(hits), gold=True)
        if gold.p == "sanctions":
            report.sanctions_with_kind.gold += 1
            report.sanctions_with_kind.found += any(
                gold.kind is None or gold.kind in f.kinds for f in hits
            )
        if gold.p == "sanctions" and hits and gold.kind:
            _attribute_agreement(gold, hits, report)
            report.kind_total += 1
            agrees = any(gold.kind in f.kinds for f in hits)
            report.kind_agree += agrees
            if not agrees:
                got = ", ".join(sorted(set().union(*(f.kinds for f in hits)))) or "none"
                report.errors.append(
                    ErrorLine(
                        doc,
                        "sanction kind",
                        f"{gold_by_id[gold.s].name} sanctions {gold_by_id[gold.o].name}: "
                        f"gold {gold.kind}, graph {got}",
                        hits[0].sentence,
                    )
                )
        if not hits:
            s, o = gold_by_id[gold.s], gold_by_id[gold.o]
            kind = f" ({gold.kind})" if gold.kind else ""
            report.errors.append(
                ErrorLine(
                    doc, "miss", f"{s.name} {gold.p} {o.name}{kind}", _find_sentence(text, s, o)
                )
            )


def _attribute_agreement(gold: GoldFact, hits: Sequence[_SystemFact], report: GoldReport) -> None:
    """Amount (with currency) and date of a matched sanction, where the gold gives them."""
    if gold.amount is not None:
        report.amount_total += 1
        wanted = (gold.amount.normalize(), gold.currency)
        report.amount_agree += any(wanted in f.amounts for f in hits)
    if gold.date is not None:
        report.date_total += 1
        report.date_agree += any(gold.date in f.dates for f in hits)


def _count(
    report: GoldReport,
    prop: str,
    *,
    correct: bool = False,
    predicted: bool = False,
    found: bool = False,
    gold: bool = False,
) -> None:
    for score in (report.facts, report.by_property[prop]):
        score.correct += correct
        score.predicted += predicted
        score.found += found
        score.gold += gold


def _score_typing(
    article: GoldArticle,
    entities: Iterable[Node],
    names: _Names,
    nodes_of: Mapping[str, set[Node]],
    gold_of: Mapping[Node, set[str]],
    report: GoldReport,
) -> None:
    gold_by_id = {e.id: e for e in article.entities}
    for node in entities:
        classes = names.types.get(node, set()) - {"Sanction"}
        if "Sanction" in names.types.get(node, set()):
            continue
        matched = gold_of.get(node, set())
        if not matched:
            report.unmatched_entities += 1
            continue
        report.typing.predicted += 1
        right = any(classes & gold_by_id[g].types for g in matched)
        report.typing.correct += right
        for cls in classes or {"(none)"}:
            by_class = report.typing_by_class[cls]
            by_class.predicted += 1
            by_class.correct += any(cls in gold_by_id[g].types for g in matched)
        if not right:
            wanted = " or ".join(sorted({t for g in matched for t in gold_by_id[g].types}))
            got = ", ".join(sorted(classes)) or "no class"
            report.errors.append(
                ErrorLine(article.doc, "type", f"{names.label(node)}: gold {wanted}, graph {got}")
            )
    for entity in article.entities:
        report.typing.gold += 1
        report.typing_by_class[entity.type].gold += 1
        nodes = nodes_of.get(entity.id, set())
        report.entities_found += bool(nodes)
        if any(names.types.get(n, set()) & entity.types for n in nodes):
            report.typing.found += 1
            report.typing_by_class[entity.type].found += 1
        elif not nodes:
            report.errors.append(
                ErrorLine(article.doc, "missing entity", f"{entity.name} ({entity.type})")
            )


def _find_sentence(text: str, s: GoldEntity, o: GoldEntity) -> str | None:
    """The first sentence of the article naming both entities (else the object), to show
    where a missed fact was."""
    if not text:
        return None
    sentences = [part for part in _SENTENCE_END.split(text) if part.strip()]

    def names(entity: GoldEntity) -> list[str]:
        return [n.casefold() for n in (entity.name, *entity.aliases) if n]

    for wanted in ((s, o), (o,)):
        for sentence in sentences:
            low = sentence.casefold()
            if all(any(n in low for n in names(e)) for e in wanted):
                return sentence.strip()
    return None


# ---------------------------------------------------------------- the command


def resolve_docs(
    gold: Sequence[GoldArticle], gold_path: Path, root: Path | None
) -> dict[str, Path]:
    """Where each gold ``doc`` is on disk: relative to ``root``, by default the folder
    above the gold file's folder (``shared/eval/x.gold.jsonl`` → ``shared/``).

    Raises:
        InputError: naming the first ``doc`` that does not exist.
    """
    base = root if root is not None else gold_path.resolve().parent.parent
    paths: dict[str, Path] = {}
    for article in gold:
        path = base / article.doc
        if not path.is_file():
            raise InputError(
                str(gold_path),
                f"line {article.line}: document {article.doc!r} not found under {base}; "
                "pass --root DIR (the folder the doc paths are relative to)",
            )
        paths[article.doc] = path
    return paths


def read_gold_articles(paths: Mapping[str, Path]) -> dict[str, Article]:
    """The article of each gold ``doc``, read with :mod:`kg.ingest` (ids as a build
    of those files would give them)."""
    from kg.ingest import iter_articles

    doc_of = {str(path): doc for doc, path in paths.items()}
    articles: dict[str, Article] = {}
    for item in iter_articles(list(paths.values())):
        if isinstance(item, InputError):
            raise item
        where = str(item.path)
        doc = doc_of.get(where) or doc_of.get(where.rsplit(":", 1)[0])  # "feed.jsonl:3"
        if doc is None:  # pragma: no cover - iter_articles reports the paths it was given
            raise KGError(f"{where}: read but not named by the gold")
        if doc in articles:
            raise InputError(
                where.rsplit(":", 1)[0],
                f"gold doc {doc!r} holds more than one article; a gold doc must be one article",
            )
        articles[doc] = item
    return articles


def evaluate_gold(gold_path: str | Path, root: str | Path | None = None) -> GoldReport:
    """Build a graph from the articles a gold file names and score it.

    Raises:
        InputError: for a malformed gold file or a document that cannot be read.
        KGError: when the build is not available.
    """
    gold_path = Path(gold_path)
    gold = read_gold(gold_path)
    paths = resolve_docs(gold, gold_path, Path(root) if root is not None else None)
    articles = read_gold_articles(paths)
    try:
        from kg.build import build_dataset
    except ImportError as err:  # pragma: no cover - only before the build exists
        raise KGError(f"cannot build graphs in this installation: {err}") from err
    from kg.store.rdf import article_iri

    ordered = [articles[a.doc] for a in gold if a.doc in articles]
    dataset: Dataset = build_dataset(list(dict.fromkeys(ordered)))
    graph_of = {doc: article_iri(article.id) for doc, article in articles.items()}
    texts = {doc: article.text for doc, article in articles.items()}
    return score_gold(gold, dataset, graph_of, texts, gold_path=str(gold_path))


__all__ = [
    "BANDS",
    "GOLD_PROPERTIES",
    "ErrorLine",
    "GoldArticle",
    "GoldEntity",
    "GoldFact",
    "GoldReport",
    "Score",
    "evaluate_gold",
    "name_key",
    "read_gold",
    "read_gold_articles",
    "resolve_docs",
    "score_gold",
]
