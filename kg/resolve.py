"""Cross-article entity resolution: one node per real-world entity.

"ZTE", "ZTE Corporation" and "ZTE Corp." become one node with the others as
``skos:altLabel``; entities whose names only look alike ("Huawei" and "Huawei
Marine", two people called "Xu") stay apart. Resolution is online, in article order,
so a store can resume it from the entities it already holds.

>>> from kg.model import Entity
>>> r = Resolver()
>>> zte = r.match(Entity("a", "ZTE Corporation", "Company"))
>>> zte == r.match(Entity("b", "ZTE Corp.", "Company"))
True
>>> r.match(Entity("c", "ZTE", "Company")) == r.match(Entity("d", "Huawei", "Company"))
False
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.model import ArticleExtraction, Entity, ResolvedEntity

_LEGAL_SUFFIXES = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
    "plc", "ag", "gmbh", "sa", "group", "holdings", "holding", "the",
}  # fmt: skip
#: Classes that may name the same thing: a country as a place and as a state.
_COMPATIBLE = {frozenset({"Location", "Government"})}


def name_key(name: str, cls: str) -> str:
    """What two names of one entity share: lower case, no punctuation or legal suffix.

    >>> name_key("ZTE Corp.", "Company")
    'zte'
    >>> name_key("The Washington Post", "Organization")
    'washington post'
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.sub(r"[^0-9a-z]+", " ", text.lower()).split()
    if cls == "Government":
        return _government_key(words)
    if cls in {"Company", "Organization"}:
        while len(words) > 1 and words[-1] in _LEGAL_SUFFIXES:
            words.pop()
        while len(words) > 1 and words[0] == "the":
            words.pop(0)
    return " ".join(words)


#: Ways of writing the United States before the name of one of its bodies.
_US_PREFIXES = (["united", "states", "of", "america"], ["united", "states"], ["u", "s"], ["us"])


def _government_key(words: list[str]) -> str:
    """One key for the spellings of a state body.

    "U.S. Department of Justice", "United States Department of Justice" and "Justice
    Department" are one body; "United States Government" is the United States.

    >>> _government_key("u s department of justice".split())
    'justice department'
    >>> _government_key("united states government".split())
    'united states'
    >>> _government_key("department of justice task force".split())
    'department of justice task force'
    """
    while words and words[0] == "the":
        words = words[1:]
    for prefix in _US_PREFIXES:
        if words[: len(prefix)] == prefix:
            rest = words[len(prefix) :]
            if rest == ["government"] or rest == ["federal", "government"]:
                return "united states"
            if len(rest) >= 2:
                words = rest
            break
    if len(words) == 3 and words[0] == "department" and words[1] == "of":
        words = [words[2], "department"]  # "Department of Justice" = "Justice Department"
    return " ".join(words)


def slugify(name: str) -> str:
    """An IRI-safe slug.

    >>> slugify("SenseTime Group Limited")
    'sensetime-group-limited'
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^0-9a-z]+", "-", text.lower()).strip("-")
    return slug[:80] or "entity"


@dataclass(slots=True)
class _Node:
    id: str
    names: Counter[str] = field(default_factory=Counter)
    classes: Counter[str] = field(default_factory=Counter)

    def resolved(self) -> ResolvedEntity:
        cls = self.classes.most_common(1)[0][0]
        label = max(self.names, key=lambda n: (self.names[n] > 0, len(n.split()), len(n), n))
        aliases = tuple(sorted(n for n in self.names if n != label))
        return ResolvedEntity(self.id, label, cls, aliases)


class Resolver:
    """Maps each article's entities to graph-wide identities, in article order."""

    def __init__(self, known: Iterable[ResolvedEntity] = ()) -> None:
        self._nodes: dict[str, _Node] = {}
        self._keys: dict[str, list[str]] = {}
        for entity in known:
            node = _Node(entity.id)
            node.classes[entity.cls] += 1
            for n in (entity.label, *entity.aliases):
                node.names[n] += 1
            self._nodes[entity.id] = node
            for n in (entity.label, *entity.aliases):
                self._index(name_key(n, entity.cls), entity.id)

    def _index(self, key: str, node_id: str) -> None:
        ids = self._keys.setdefault(key, [])
        if node_id not in ids:
            ids.append(node_id)

    def _compatible(self, node: _Node, cls: str) -> bool:
        have = node.classes.most_common(1)[0][0]
        return have == cls or frozenset({have, cls}) in _COMPATIBLE

    def match(self, entity: Entity) -> str:
        """The id of ``entity``'s node, creating one if it is new."""
        names = (entity.name, *entity.aliases)
        for n in names:
            for node_id in self._keys.get(name_key(n, entity.cls), []):
                node = self._nodes[node_id]
                if self._compatible(node, entity.cls) and (
                    entity.cls != "Person" or n == entity.name or len(n.split()) > 1
                ):
                    self._add(node, entity)
                    return node_id
        node_id = self._new_id(entity.name)
        node = _Node(node_id)
        self._nodes[node_id] = node
        self._add(node, entity)
        return node_id

    def _add(self, node: _Node, entity: Entity) -> None:
        node.classes[entity.cls] += entity.mentions
        for n in (entity.name, *entity.aliases):
            if entity.cls == "Person" and len(n.split()) == 1 and n != entity.name:
                node.names[n] += 0  # a bare surname is an alias, never a key across articles
                node.names.setdefault(n, 0)
                continue
            node.names[n] += 1
            self._index(name_key(n, entity.cls), node.id)

    def _new_id(self, name: str) -> str:
        base = slugify(name)
        candidate, n = base, 1
        while candidate in self._nodes:
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def resolve(self, extraction: ArticleExtraction) -> tuple[dict[str, str], list[ResolvedEntity]]:
        """(entity key → node id, the resolved nodes this article touched)."""
        ids = {e.key: self.match(e) for e in extraction.entities}
        touched = sorted(set(ids.values()))
        return ids, [self._nodes[i].resolved() for i in touched]

    def entities(self) -> list[ResolvedEntity]:
        """Every node as it stands now, sorted by id."""
        return [self._nodes[i].resolved() for i in sorted(self._nodes)]
