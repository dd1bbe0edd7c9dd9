"""``kg link``: match a graph's entities against a reference list and say which is which.

A reference list is FollowTheMoney JSON lines (as OpenSanctions publishes its
datasets) or a CSV with the columns ``id,name,type,aliases`` (aliases separated by
``;``). Names on both sides are normalised as resolution does (:func:`kg.resolve.name_key`:
case, punctuation, legal suffixes, "U.S." prefixes) and compared with rapidfuzz's
``token_sort_ratio`` (word order does not count: "Xu Yanjun" is "Yanjun Xu").

An entity is linked (``owl:sameAs`` the reference's IRI, in the named graph
:data:`LINKS_GRAPH`) when its best score is at least :data:`THRESHOLD` and no
*other* reference entity scores within :data:`MARGIN` of it; otherwise it is reported
as ambiguous and left unlinked. Only compatible types are compared (a person with a
person, a company or organisation with a company, organisation or legal entity, a
government body with a public body or organisation).

>>> refs = [Reference("r1", "ZTE Corporation", "Company"), Reference("r2", "Xu Yanjun", "Person")]
>>> matcher = Matcher(refs)
>>> matcher.best("ZTE Corp.", "Company")[0][:2]
('r1', 1.0)
>>> matcher.best("Yanjun Xu", "Person")[0][:2]
('r2', 1.0)
>>> matcher.best("ZTE", "Person")
[]
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.errors import InputError
from kg.resolve import name_key
from kg.store.namespace import BASE, KG

#: A link needs this score (rapidfuzz token_sort_ratio / 100 on normalised names).
THRESHOLD = 0.92
#: ... and no other reference entity within this much of it.
MARGIN = 0.03
#: The named graph that holds the ``owl:sameAs`` links.
LINKS_GRAPH = URIRef(BASE + "graph/links")
MATCHER = "rapidfuzz.fuzz.token_sort_ratio on kg.resolve.name_key"

#: Reference types (FtM schema names or kg classes) → the kg classes they may match.
_TYPES = {
    "Person": {"Person"},
    "Company": {"Company", "Organization"},
    "Organization": {"Company", "Organization", "Government"},
    "LegalEntity": {"Company", "Organization", "Government", "Person"},
    "PublicBody": {"Government", "Organization"},
    "Government": {"Government", "Organization"},
}
#: The class a reference type's names are normalised as.
_AS_CLASS = {"PublicBody": "Government", "LegalEntity": "Company"}


@dataclass(frozen=True)
class Reference:
    """One entity of a reference list."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()

    def classes(self) -> set[str]:
        """The kg classes this reference entity may be."""
        return _TYPES.get(self.type, set())


def read_reference(path: Path) -> list[Reference]:
    """Read a reference list (``.csv``, or FtM JSON lines in any other file).

    Raises :class:`~kg.errors.InputError` naming the file and line of a bad entry.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(str(path), f"cannot read ({err.strerror or err})") from err
    except UnicodeDecodeError as err:
        raise InputError(str(path), "not UTF-8 text") from err
    refs = _read_csv(path, text) if path.suffix.lower() == ".csv" else _read_ftm(path, text)
    if not refs:
        raise InputError(str(path), "no reference entities of a type kg can match")
    return refs


def _read_csv(path: Path, text: str) -> list[Reference]:
    rows = csv.DictReader(text.splitlines())
    missing = {"id", "name", "type"} - set(rows.fieldnames or ())
    if missing:
        columns = ", ".join(sorted(missing))
        raise InputError(str(path), f"CSV needs the columns id,name,type,aliases (no {columns})")
    refs = []
    for line, row in enumerate(rows, start=2):
        if not (row.get("id") or "").strip() or not (row.get("name") or "").strip():
            raise InputError(f"{path}:{line}", "a reference needs an id and a name")
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split(";") if a.strip())
        ref = Reference(row["id"].strip(), row["name"].strip(), row["type"].strip(), aliases)
        if ref.classes():
            refs.append(ref)
    return refs


def _read_ftm(path: Path, text: str) -> list[Reference]:
    refs = []
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
            props = data.get("properties", {})
            names = [*props.get("name", []), *props.get("alias", [])]
            entity_id, schema = str(data["id"]), str(data["schema"])
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise InputError(f"{path}:{line}", f"not a FollowTheMoney entity ({err})") from err
        if names and schema in _TYPES:
            refs.append(Reference(entity_id, names[0], schema, tuple(names[1:])))
    return refs


class Matcher:
    """Reference names, normalised once, and the best matches for a name."""

    def __init__(self, references: Sequence[Reference]) -> None:
        self.references = {r.id: r for r in references}
        self._keys: list[str] = []
        self._owners: list[Reference] = []
        for ref in references:
            as_class = _AS_CLASS.get(ref.type, ref.type)
            for name in dict.fromkeys((ref.name, *ref.aliases)):
                key = name_key(name, as_class)
                if key:
                    self._keys.append(key)
                    self._owners.append(ref)

    def best(self, name: str, cls: str, limit: int = 5) -> list[tuple[str, float, str]]:
        """(reference id, score, matched name key) for ``name``, best first, one per id."""
        from rapidfuzz import fuzz, process  # imported here: only `kg link` needs it

        key = name_key(name, cls)
        if not key:
            return []
        found: dict[str, tuple[str, float, str]] = {}
        hits = process.extract(
            key, self._keys, scorer=fuzz.token_sort_ratio, score_cutoff=60, limit=limit * 4
        )
        for choice, score, index in hits:
            ref = self._owners[index]
            if cls not in ref.classes():
                continue
            value = round(score / 100, 4)
            if ref.id not in found or value > found[ref.id][1]:
                found[ref.id] = (ref.id, value, choice)
        return sorted(found.values(), key=lambda hit: (-hit[1], hit[0]))[:limit]


@dataclass(frozen=True)
class Link:
    """One graph entity linked to one reference entity."""

    node: str
    label: str
    reference: str
    reference_name: str
    score: float


@dataclass
class LinkReport:
    """What ``kg link`` did: the links, the ambiguous entities, how many were compared."""

    linked: list[Link] = field(default_factory=list)
    ambiguous: list[tuple[str, str, list[tuple[str, float, str]]]] = field(default_factory=list)
    compared: int = 0

    def format(self) -> str:
        """A readable report, one line per link or ambiguity."""
        lines = [
            f"kg link: {len(self.linked)} linked, {len(self.ambiguous)} ambiguous, "
            f"{self.compared} entities compared (threshold {THRESHOLD}, matcher {MATCHER})"
        ]
        for link in self.linked:
            lines.append(
                f"  linked  {link.label!r} -> {link.reference_name!r} ({link.reference}) "
                f"score {link.score:.2f}"
            )
        for _node, label, hits in self.ambiguous:
            options = ", ".join(f"{ref} {score:.2f}" for ref, score, _ in hits)
            lines.append(f"  ambiguous  {label!r}: {options}")
        return "\n".join(lines)


def _names(graph: Dataset, node: URIRef) -> list[str]:
    names = [str(n) for n in graph.objects(node, RDFS.label)]
    return list(dict.fromkeys(names + sorted(str(a) for a in graph.objects(node, SKOS.altLabel))))


def link_graph(
    graph: Dataset,
    references: Sequence[Reference],
    threshold: float = THRESHOLD,
    margin: float = MARGIN,
) -> LinkReport:
    """Find the links for every Company, Government, Person and Organization node."""
    matcher = Matcher(references)
    report = LinkReport()
    for cls in ("Company", "Government", "Organization", "Person"):
        for node in sorted(set(graph.subjects(RDF.type, KG[cls])), key=str):
            if not isinstance(node, URIRef):
                continue
            names = _names(graph, node)
            if not names:
                continue
            report.compared += 1
            best: dict[str, tuple[str, float, str]] = {}
            for name in names:
                for hit in matcher.best(name, cls):
                    if hit[0] not in best or hit[1] > best[hit[0]][1]:
                        best[hit[0]] = hit
            hits = sorted(best.values(), key=lambda h: (-h[1], h[0]))
            if not hits or hits[0][1] < threshold:
                continue
            close = [h for h in hits if h[1] >= max(threshold, hits[0][1] - margin)]
            if len(close) > 1:
                report.ambiguous.append((str(node), names[0], close))
                continue
            ref = matcher.references[hits[0][0]]
            report.linked.append(Link(str(node), names[0], ref.id, ref.name, hits[0][1]))
    return report


def reference_iri(reference_id: str, base: str) -> URIRef:
    """The IRI a reference entity is linked as: its id if it is one, else under ``base``.

    >>> str(reference_iri("Q12345", "https://www.opensanctions.org/entities/"))
    'https://www.opensanctions.org/entities/Q12345/'
    >>> str(reference_iri("https://example.org/e/1", "urn:x:"))
    'https://example.org/e/1'
    """
    if reference_id.startswith(("http://", "https://", "urn:")):
        return URIRef(reference_id)
    from urllib.parse import quote

    suffix = "/" if base.startswith("http") else ""
    return URIRef(base + quote(reference_id, safe="-._~") + suffix)


def add_links(graph: Dataset, links: Iterable[Link], base: str) -> None:
    """Add ``owl:sameAs`` for each link, in :data:`LINKS_GRAPH`."""
    target = graph.graph(LINKS_GRAPH)
    for link in links:
        target.add((URIRef(link.node), OWL.sameAs, reference_iri(link.reference, base)))


def default_base(reference: Path) -> str:
    """OpenSanctions' entity pages for FtM lists, a URN for a CSV of one's own.

    >>> default_base(Path("refs.csv")), default_base(Path("default.json"))
    ('urn:kg:reference:', 'https://www.opensanctions.org/entities/')
    """
    if reference.suffix.lower() == ".csv":
        return "urn:kg:reference:"
    return "https://www.opensanctions.org/entities/"


def link(
    location: str | Path,
    reference: Path,
    output: Path,
    *,
    threshold: float = THRESHOLD,
    base: str | None = None,
) -> LinkReport:
    """``kg link``: read the graph and the reference list, write the graph with its links.

    The output's extension picks the format (as ``kg build``); a store or endpoint is
    read, never written.
    """
    from kg.store.formats import format_of, write_dataset
    from kg.store.load import open_graph

    format_of(output)  # a bad extension fails before any work
    references = read_reference(reference)
    source = open_graph(location)
    report = link_graph(source, references, threshold=threshold)
    result = Dataset(default_union=True)
    for s, p, o, g in source.quads((None, None, None, None)):
        result.graph(g).add((s, p, o))  # type: ignore[arg-type]
    add_links(result, report.linked, base or default_base(reference))
    write_dataset(result, output)
    return report
