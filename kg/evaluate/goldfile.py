"""The gold file (``*.gold.jsonl``, DESIGN.md "Gold formats"): reading and checking it,
and the name folding entities are matched with.

>>> GoldEntity("e1", "SenseTime Group Limited", "Company", ("SenseTime",)).keys == {
...     "sensetime group limited", "sensetime"}
True
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kg.errors import InputError
from kg.model import ENTITY_CLASSES, RELATION_PROPERTIES, SANCTION_KINDS

#: Properties a gold fact may use: the relations, and the sanction projection.
GOLD_PROPERTIES = (*[p for p in RELATION_PROPERTIES if p != "relatedTo"], "sanctions")


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
