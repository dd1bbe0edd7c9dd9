"""Cross-article entity resolution: one node per real-world entity.

"ZTE", "ZTE Corporation" and "ZTE Corp." become one node with the others as
``skos:altLabel``; entities whose names only look alike ("Huawei" and "Huawei
Marine", two people called "Xu") stay apart. Resolution is online, in article order,
so a store can resume it from the entities it already holds, and the result does not
depend on where a build stopped and resumed: everything a decision reads (the names
and the class a node has) is in the stored entities.

A bare surname ("Xu") ties back to a full name only within its own article, in either
name order ("Xu Jiaqiang" or "Jiaqiang Xu"); across articles it joins only another bare
"Xu", never a full name by the surname alone.

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
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.model import ArticleExtraction, Entity, ResolvedEntity

_LEGAL_SUFFIXES = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
    "plc", "ag", "gmbh", "sa", "group", "holdings", "holding", "the",
}  # fmt: skip
#: Classes that may name the same thing: a country as a place and as a state; a
#: body one article calls a company or a government agency and another just an
#: organisation. The node keeps the class most mentions give it.
_COMPATIBLE = {
    frozenset({"Location", "Government"}),
    frozenset({"Company", "Organization"}),
    frozenset({"Government", "Organization"}),
}
#: Of two compatible readings with as many mentions, the state wins.
_PRIORITY = {"Government": 1, "Location": 0}


@lru_cache(maxsize=1 << 16)  # names recur in every article; the key is pure
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


def _keys(name: str, cls: str) -> set[str]:
    """The keys a name is found under: as its class reads it, and as each compatible
    class does (a store keeps only the decided class, so both must be indexed).

    >>> sorted(_keys("The Department of Justice", "Location"))
    ['justice department', 'the department of justice']
    """
    classes = {cls} | {c for pair in _COMPATIBLE if cls in pair for c in pair}
    return {name_key(name, c) for c in classes}


def _bare(name: str) -> bool:
    """A one-word person name: a surname (or given name) said alone.

    >>> _bare("Xu"), _bare("Xu Jiaqiang")
    (True, False)
    """
    return len(name.split()) == 1


def _full_name_of(bare: str, people: Iterable[Entity]) -> Entity | None:
    """The one full name among ``people`` that ``bare`` begins or ends, in either order.

    >>> people = [Entity("a", "Xu Jiaqiang", "Person"), Entity("b", "Yanjun Xu", "Person")]
    >>> _full_name_of("Jiaqiang", people).name
    'Xu Jiaqiang'
    >>> _full_name_of("Xu", people) is None  # two men called Xu: neither
    True
    """
    key = name_key(bare, "Person")
    found = []
    for person in people:
        words = [name_key(w, "Person") for w in person.name.split()]
        words = [w for w in words if w]
        if words and key in (words[0], words[-1]):
            found.append(person)
    return found[0] if len(found) == 1 else None


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

    @property
    def cls(self) -> str:
        """The class most mentions read the node as (a tie: ``_PRIORITY``, then name)."""
        return max(self.classes, key=lambda c: (self.classes[c], _PRIORITY.get(c, 0), c))

    def resolved(self) -> ResolvedEntity:
        label = max(self.names, key=lambda n: (self.names[n] > 0, len(n.split()), len(n), n))
        aliases = tuple(sorted(n for n in self.names if n != label))
        votes = tuple(sorted((c, n) for c, n in self.classes.items() if n > 0))
        return ResolvedEntity(self.id, label, self.cls, aliases, votes)


class Resolver:
    """Maps each article's entities to graph-wide identities, in article order."""

    def __init__(self, known: Iterable[ResolvedEntity] = ()) -> None:
        self._nodes: dict[str, _Node] = {}
        self._keys: dict[str, list[str]] = {}
        for entity in known:
            node = _Node(entity.id)
            # the stored votes are the counts a clean build would have reached here
            node.classes.update(dict(entity.votes) or {entity.cls: 1})
            self._nodes[entity.id] = node
            for n in (entity.label, *entity.aliases):
                if entity.cls == "Person" and _bare(n) and n != entity.label:
                    node.names[n] += 0  # as when it was added: a name, never a key
                    continue
                node.names[n] += 1
                for key in _keys(n, entity.cls):
                    self._index(key, entity.id)

    def _index(self, key: str, node_id: str) -> None:
        ids = self._keys.setdefault(key, [])
        if node_id not in ids:
            ids.append(node_id)

    def _compatible(self, node: _Node, cls: str) -> bool:
        have = node.cls
        return have == cls or frozenset({have, cls}) in _COMPATIBLE

    def match(self, entity: Entity) -> str:
        """The id of ``entity``'s node, creating one if it is new."""
        names = (entity.name, *entity.aliases)
        for n in names:
            for node_id in self._keys.get(name_key(n, entity.cls), []):
                node = self._nodes[node_id]
                if self._compatible(node, entity.cls) and (
                    entity.cls != "Person" or n == entity.name or not _bare(n)
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
            if entity.cls == "Person" and _bare(n) and n != entity.name:
                node.names[n] += 0  # a bare surname is an alias, never a key across articles
                continue
            node.names[n] += 1
            for key in _keys(n, entity.cls):
                self._index(key, node.id)

    def _new_id(self, name: str) -> str:
        base = slugify(name)
        candidate, n = base, 1
        while candidate in self._nodes:
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def resolve(self, extraction: ArticleExtraction) -> tuple[dict[str, str], list[ResolvedEntity]]:
        """(entity key → node id, the resolved nodes this article touched).

        A bare surname joins the one full name of its article that it begins or ends;
        a country the article sanctions, or that imposes a sanction, is read as the state.
        """
        acting = {s.target for s in extraction.sanctions}
        acting |= {s.imposer for s in extraction.sanctions if s.imposer is not None}
        entities = [
            replace(e, cls="Government") if e.cls == "Location" and e.key in acting else e
            for e in extraction.entities
        ]
        full = {e.key: e for e in entities if e.cls == "Person" and not _bare(e.name)}
        ids: dict[str, str] = {}
        for e in entities:
            if e.key not in full and e.cls == "Person" and _bare(e.name):
                continue  # after the full names, which it may join
            ids[e.key] = self.match(e)
        for e in entities:
            if e.key in ids:
                continue
            owner = _full_name_of(e.name, full.values())
            if owner is None:
                ids[e.key] = self.match(e)
                continue
            ids[e.key] = ids[owner.key]
            node = self._nodes[ids[e.key]]
            node.classes[e.cls] += e.mentions
            node.names[e.name] += 0  # a name of the node, never a key across articles
        touched = sorted(set(ids.values()))
        return ids, [self._nodes[i].resolved() for i in touched]

    def entities(self) -> list[ResolvedEntity]:
        """Every node as it stands now, sorted by id."""
        return [self._nodes[i].resolved() for i in sorted(self._nodes)]
