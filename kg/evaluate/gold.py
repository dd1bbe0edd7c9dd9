"""Score a built graph against gold facts and entities (``*.gold.jsonl``).

The gold format is DESIGN.md's "Gold formats"; what a gold fact is, is
``shared/eval/GUIDELINES.md``. Scoring reads the RDF graph as
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

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from kg.errors import InputError, KGError
from kg.model import ENTITY_CLASSES, RELATION_PROPERTIES, SANCTION_KINDS, Article
from kg.store.namespace import KG

#: Properties a gold fact may use: the relations, and the sanction projection.
GOLD_PROPERTIES = (*[p for p in RELATION_PROPERTIES if p != "relatedTo"], "sanctions")
SYMMETRIC = frozenset({"partnersWith"})
#: Lower bounds of the confidence bands; the last band includes 1.0.
BANDS = (0.0, 0.5, 0.7, 0.85)

_RELATIONS = {KG[p]: p for p in RELATION_PROPERTIES if p != "relatedTo"}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n")


def name_key(name: str) -> str:
    """A name with case, punctuation and spacing folded away, for matching.

    >>> name_key("SenseTime Group, Ltd.") == name_key("sensetime group ltd")
    True
    """
    folded = unicodedata.normalize("NFKC", name).casefold()
    # Dashes and spaces separate words ("Hong-Kong"); other punctuation just goes ("U.S.").
    kept = "".join(
        " " if unicodedata.category(ch) in ("Pd", "Zs") else ch
        for ch in folded
        if not unicodedata.category(ch).startswith(("P", "S")) or unicodedata.category(ch) == "Pd"
    )
    return " ".join(kept.split())


# ---------------------------------------------------------------- gold data


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """An entity of the gold, with the types that count as right for it."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    alt_types: tuple[str, ...] = ()

    @property
    def keys(self) -> frozenset[str]:
        """The folded forms of every name the gold gives it."""
        return frozenset(k for k in map(name_key, (self.name, *self.aliases)) if k)

    @property
    def types(self) -> frozenset[str]:
        return frozenset((self.type, *self.alt_types))


@dataclass(frozen=True, slots=True)
class GoldFact:
    """``s p o`` between gold entity ids; ``kind`` for ``sanctions``."""

    s: str
    p: str
    o: str
    kind: str | None = None
    optional: bool = False
    amount: Decimal | None = None
    currency: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One line of a gold file."""

    doc: str
    entities: tuple[GoldEntity, ...]
    facts: tuple[GoldFact, ...]
    line: int = 0


def read_gold(path: str | Path) -> list[GoldArticle]:
    """Read and check a gold JSONL file; problems raise :class:`InputError` with the line.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp(), "g.gold.jsonl")
    >>> fact = '{"s": "e1", "p": "uses", "o": "e2"}'
    >>> _ = p.write_text('{"doc": "a.txt", "entities": [], "facts": [' + fact + ']}')
    >>> read_gold(p)
    Traceback (most recent call last):
    ...
    kg.errors.InputError: ...g.gold.jsonl: line 1: fact 1 names unknown entity 'e1'
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError as err:
        raise InputError(str(path), "no such gold file") from err
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(str(path), f"cannot read gold file: {err}") from err
    articles = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                articles.append(_gold_article(json.loads(line), number))
            except (
                ValueError,
                TypeError,
                KeyError,
                AttributeError,
                InvalidOperation,
                RecursionError,
            ) as err:
                raise InputError(str(path), f"line {number}: {_reason(err)}") from err
    if not articles:
        raise InputError(str(path), "no gold articles in the file")
    return articles


def _reason(err: Exception) -> str:
    if isinstance(err, KeyError):
        return f"missing field {err.args[0]!r}"
    if isinstance(err, json.JSONDecodeError):
        return f"invalid JSON ({err.msg} at column {err.colno})"
    if isinstance(err, RecursionError):
        return "JSON nested too deeply"
    if isinstance(err, InvalidOperation):
        return "a sanction 'amount' is not a number"
    return str(err)


def _gold_article(obj: Mapping[str, object], line: int) -> GoldArticle:
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object with doc, entities and facts")
    doc = obj["doc"]
    if not isinstance(doc, str) or not doc:
        raise ValueError("'doc' must be a non-empty path")
    entities = []
    for raw in obj.get("entities") or []:
        entity = GoldEntity(
            id=str(raw["id"]),
            name=str(raw["name"]),
            type=str(raw["type"]),
            aliases=tuple(str(a) for a in raw.get("aliases") or ()),
            alt_types=tuple(str(t) for t in raw.get("alt_types") or ()),
        )
        for cls in entity.types:
            if cls not in ENTITY_CLASSES:
                raise ValueError(f"entity {entity.id} has unknown type {cls!r}")
        entities.append(entity)
    ids = [e.id for e in entities]
    if len(set(ids)) != len(ids):
        raise ValueError("entity ids repeat")
    facts = []
    for number, raw in enumerate(obj.get("facts") or [], start=1):
        fact = GoldFact(
            s=str(raw["s"]),
            p=str(raw["p"]),
            o=str(raw["o"]),
            kind=raw.get("kind"),
            optional=bool(raw.get("optional", False)),
            amount=Decimal(str(raw["amount"])) if raw.get("amount") is not None else None,
            currency=raw.get("currency"),
            date=str(raw["date"]) if raw.get("date") is not None else None,
        )
        if fact.p not in GOLD_PROPERTIES:
            raise ValueError(f"fact {number} has unknown property {fact.p!r}")
        for ref in (fact.s, fact.o):
            if ref not in ids:
                raise ValueError(f"fact {number} names unknown entity {ref!r}")
        if fact.kind is not None and fact.kind not in SANCTION_KINDS:
            raise ValueError(f"fact {number} has unknown sanction kind {fact.kind!r}")
        facts.append(fact)
    return GoldArticle(doc, tuple(entities), tuple(facts), line)


# ---------------------------------------------------------------- scores


@dataclass
class Score:
    """Counts behind precision and recall.

    ``correct`` system items out of ``predicted``; ``found`` gold items out of ``gold``
    (the two sides can differ when several system items match one gold item).
    """

    correct: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.found += other.found
        self.gold += other.gold


@dataclass(frozen=True, slots=True)
class ErrorLine:
    """One miss or false positive, for ``--errors``."""

    doc: str
    what: str  # "miss", "false positive", "type", "missing entity"
    text: str
    sentence: str | None = None


@dataclass
class GoldReport:
    """Everything :func:`score_gold` measured; :meth:`format` prints it."""

    articles: int = 0
    facts: Score = field(default_factory=Score)
    by_property: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    typing: Score = field(default_factory=Score)
    #: Precision side by the graph's class, recall side by the gold type.
    typing_by_class: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    entities_found: int = 0  # gold entities matched by name, whatever the type
    unmatched_entities: int = 0  # graph entities that match no gold entity
    kind_agree: int = 0
    kind_total: int = 0
    #: ``sanctions`` facts scored as if the kind had to agree too.
    sanctions_with_kind: Score = field(default_factory=Score)
    amount_agree: int = 0
    amount_total: int = 0
    date_agree: int = 0
    date_total: int = 0
    sanctions_without_imposer: int = 0
    ignored_optional: int = 0
    bands: dict[float, Score] = field(default_factory=lambda: defaultdict(Score))
    errors: list[ErrorLine] = field(default_factory=list)
    gold_path: str = ""
    missing_docs: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """The figures as JSON-ready data (rounded to 4 places).

        >>> GoldReport(articles=1, facts=Score(1, 2, 1, 1)).as_dict()["facts"]["f1"]
        0.6667
        """

        def score(s: Score) -> dict[str, object]:
            return {
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
                "correct": s.correct,
                "predicted": s.predicted,
                "found": s.found,
                "gold": s.gold,
            }

        return {
            "gold": self.gold_path,
            "articles": self.articles,
            "facts": score(self.facts),
            "by_property": {p: score(s) for p, s in sorted(self.by_property.items())},
            "entity_typing": score(self.typing),
            "typing_by_class": {c: score(s) for c, s in sorted(self.typing_by_class.items())},
            "entities_found": self.entities_found,
            "unmatched_entities": self.unmatched_entities,
            "sanction_kind": {"agree": self.kind_agree, "of": self.kind_total},
            "sanctions_with_kind": score(self.sanctions_with_kind),
            "sanction_amount": {"agree": self.amount_agree, "of": self.amount_total},
            "sanction_date": {"agree": self.date_agree, "of": self.date_total},
            "ignored_optional": self.ignored_optional,
            "sanctions_without_imposer": self.sanctions_without_imposer,
            "confidence_bands": [
                {"band": _band_name(low), **score(self.bands.get(low, Score()))} for low in BANDS
            ],
            "missing_docs": list(self.missing_docs),
            "errors": len(self.errors),
        }

    def format(self, errors: bool = False) -> str:
        """The figures as a table, and with ``errors`` every miss and false positive.

        >>> r = GoldReport(articles=1, facts=Score(2, 4, 2, 3))
        >>> print(r.format().splitlines()[3])
        facts (all)       0.500      0.667   0.571      2/4      2/3
        """
        out = [
            f"Gold evaluation: {self.articles} articles"
            + (f" ({self.gold_path})" if self.gold_path else ""),
            "",
            f"{'':<17} {'precision':<10} {'recall':<7} {'F1':<7} {'correct':>8} {'found':>8}",
            _row("facts (all)", self.facts),
        ]
        for prop in sorted(self.by_property):
            out.append(_row(f"  {prop}", self.by_property[prop]))
        if self.sanctions_with_kind.gold or self.sanctions_with_kind.predicted:
            out.append(_row("  sanctions+kind", self.sanctions_with_kind))
        out.append(_row("entity typing", self.typing))
        for cls in sorted(self.typing_by_class):
            out.append(_row(f"  {cls}", self.typing_by_class[cls]))
        out.append("")
        out.append(
            f"entities found by name: {self.entities_found}/{self.typing.gold}; "
            f"graph entities not in the gold (not counted): {self.unmatched_entities}"
        )
        if self.kind_total:
            share = self.kind_agree / self.kind_total
            out.append(
                f"sanction kind agrees on {self.kind_agree}/{self.kind_total} "
                f"matched sanctions ({share:.3f})"
            )
        for what, agree, total in (
            ("amount and currency", self.amount_agree, self.amount_total),
            ("date", self.date_agree, self.date_total),
        ):
            if total:
                out.append(f"sanction {what} agree on {agree}/{total} matched sanctions")
        out.append(
            f"facts matching only optional gold (not counted): {self.ignored_optional}; "
            f"sanctions without an imposer (no fact): {self.sanctions_without_imposer}"
        )
        if self.missing_docs:
            out.append(f"articles missing from the graph: {', '.join(self.missing_docs)}")
        out.append("")
        out.append("precision by confidence band (correct/counted facts)")
        for low in BANDS:
            score = self.bands.get(low, Score())
            out.append(
                f"  {_band_name(low):<15} {score.precision:<7.3f} "
                f"{score.correct:>4}/{score.predicted}"
            )
        if errors:
            out.append("")
            out.append(f"errors ({len(self.errors)})")
            for err in self.errors:
                out.append(f"{err.doc}: {err.what}: {err.text}")
                if err.sentence:
                    out.append(f"    | {' '.join(err.sentence.split())}")
        return "\n".join(out)


def _row(name: str, score: Score) -> str:
    return (
        f"{name:<17} {score.precision:<10.3f} {score.recall:<7.3f} {score.f1:<7.3f} "
        f"{score.correct:>4}/{score.predicted:<4}{score.found:>4}/{score.gold:<4}"
    ).rstrip()


def _band_name(low: float) -> str:
    bounds = [*BANDS, 1.0]
    high = bounds[bounds.index(low) + 1]
    return f"[{low:.2f}, {high:.2f}{']' if high == 1.0 else ')'}"


def _band(confidence: float) -> float:
    return max(low for low in BANDS if confidence >= low) if confidence >= 0 else BANDS[0]


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
    kinds: set[str] = field(default_factory=set)
    amounts: set[tuple[Decimal, str | None]] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)


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
    evidence: dict[tuple[Node, Node, Node], list[tuple[float, str | None]]] = defaultdict(list)
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
        evidence[key].append((value, text))  # type: ignore[index]

    def best(*keys: tuple[Node, Node, Node]) -> tuple[float | None, str | None]:
        found = [item for key in keys for item in evidence.get(key, [])]
        if not found:
            return None, None
        conf, sentence = max(found, key=lambda item: item[0])
        return (conf if conf >= 0 else None), sentence

    for s in graph.subjects(KG.mentionedIn, None):
        entities.add(s)
    for predicate, name in _RELATIONS.items():
        for s, o in graph.subject_objects(predicate):
            entities.update((s, o))
            conf, sentence = best((s, predicate, o))
            facts[(s, name, o)] = _SystemFact(s, name, o, conf, sentence)
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
                conf, sentence = best((node, KG.target, target), (node, KG.imposedBy, imposer))
                fact = facts.setdefault(
                    (imposer, "sanctions", target),
                    _SystemFact(imposer, "sanctions", target, conf, sentence),
                )
                fact.kinds |= kinds
                fact.amounts |= amounts
                fact.dates |= dates
                if conf is not None and (fact.confidence is None or conf > fact.confidence):
                    fact.confidence, fact.sentence = conf, sentence
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
            band = report.bands.setdefault(_band(fact.confidence), Score())
            band.predicted += 1
            band.correct += correct
        if not correct:
            report.errors.append(
                ErrorLine(
                    doc,
                    "false positive",
                    f"{names.label(fact.s)} {fact.p} {names.label(fact.o)}"
                    + (f" ({', '.join(sorted(fact.kinds))})" if fact.kinds else "")
                    + (
                        f" [confidence {fact.confidence:.2f}]"
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
