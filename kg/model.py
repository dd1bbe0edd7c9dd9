"""Plain data passed between the stages of `kg`: ingest, extract, resolve, store.

Nothing here imports spaCy or rdflib, so every stage can be tested, pickled across
processes and serialised on its own.

>>> art = Article(id="doj_001", text="Huawei makes 5G gear.", title="T")
>>> art.content_hash[:8]
'c656457b'
>>> ev = Evidence("doj_001", "Huawei makes 5G gear.", 0, 21, "svo.develops.v1", 0.8)
>>> ev.modality
'asserted'
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final, Literal

#: The ontology classes an entity can have (DESIGN.md); ``Article`` is not an entity.
ENTITY_CLASSES: Final = (
    "Company",
    "Government",
    "Sanction",
    "Technology",
    "Person",
    "Organization",
    "Location",
)

#: Relations between entities (DESIGN.md), besides the Sanction n-ary properties.
RELATION_PROPERTIES: Final = (
    "develops",
    "provides",
    "uses",
    "supplies",
    "basedIn",
    "partOf",
    "acquires",
    "partnersWith",
    "investsIn",
    "worksFor",
    "accuses",
    "charges",
    "relatedTo",
)

SANCTION_KINDS: Final = (
    "Designation",
    "ExportControl",
    "Ban",
    "Fine",
    "AssetFreeze",
    "InvestmentBan",
    "VisaBan",
    "Tariff",
    "Other",
)

Modality = Literal["asserted", "alleged", "threatened", "negated"]
MODALITIES: Final = ("asserted", "alleged", "threatened", "negated")


@dataclass(frozen=True, slots=True)
class Article:
    """One source document, as read by :mod:`kg.ingest`.

    ``id`` is stable for the same source (file name or URL), so that a changed
    article replaces its earlier version; ``content_hash`` tells whether it changed.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date, as given by the source
    source: str | None = None  # URL of the original
    license: str | None = None
    path: str | None = None  # where it was read from, for messages

    def __post_init__(self) -> None:
        if not self.id:
            raise ValueError("an article needs a non-empty id")

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text and metadata: equal hashes mean nothing changed."""
        parts = (self.text, self.title, self.date, self.source, self.license)
        payload = "\x1f".join(p or "" for p in parts).encode("utf-8", "surrogatepass")
        return hashlib.sha256(payload).hexdigest()


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a statement comes from: article, sentence, offsets, rule, confidence."""

    article_id: str
    sentence: str
    start: int  # character offsets of the sentence in the article text
    end: int
    rule: str  # versioned rule name, e.g. "svo.passive.v1"
    confidence: float
    modality: Modality = "asserted"

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be in [0, 1], got {self.confidence}")
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad offsets {self.start}..{self.end}")
        if self.modality not in MODALITIES:
            raise ValueError(f"unknown modality {self.modality!r}")


@dataclass(frozen=True, slots=True)
class Entity:
    """An entity as one article names it.

    ``key`` is unique within the article's extraction; cross-article resolution
    (:mod:`kg.resolve`) maps it to a graph-wide identity.
    """

    key: str
    name: str  # the fullest name the article uses
    cls: str  # one of ENTITY_CLASSES (never "Sanction": sanctions are `Sanction`)
    aliases: tuple[str, ...] = ()
    mentions: int = 1

    def __post_init__(self) -> None:
        if self.cls not in ENTITY_CLASSES or self.cls == "Sanction":
            raise ValueError(f"{self.name!r}: unknown entity class {self.cls!r}")
        if not self.name.strip():
            raise ValueError("an entity needs a non-empty name")


@dataclass(frozen=True, slots=True)
class Fact:
    """A binary statement ``subject predicate object`` between two entities."""

    subject: str  # Entity.key
    predicate: str  # one of RELATION_PROPERTIES
    object: str  # Entity.key
    evidence: Evidence
    wording: str | None = None  # the relation as written, kept for relatedTo

    def __post_init__(self) -> None:
        if self.predicate not in RELATION_PROPERTIES:
            raise ValueError(f"unknown property {self.predicate!r}")


@dataclass(frozen=True, slots=True)
class Sanction:
    """One restrictive measure (an n-ary ``Sanction`` node in the graph)."""

    target: str  # Entity.key
    kind: str  # one of SANCTION_KINDS
    evidence: Evidence
    imposer: str | None = None  # Entity.key of a Government
    amount: Decimal | None = None
    currency: str | None = None  # ISO 4217 code
    date: str | None = None  # ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)
    reason: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in SANCTION_KINDS:
            raise ValueError(f"unknown sanction kind {self.kind!r}")


@dataclass(frozen=True, slots=True)
class OpenTriple:
    """An open-IE tuple: ``arg1; relation; arg2 [; more args]`` with a confidence."""

    arg1: str
    relation: str
    args: tuple[str, ...]
    confidence: float
    sentence: str = ""
    modality: Modality = "asserted"


@dataclass(frozen=True, slots=True)
class ArticleExtraction:
    """Everything extracted from one article; this, not a spaCy ``Doc``, crosses
    process boundaries."""

    article: Article
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
    sanctions: tuple[Sanction, ...] = ()
    words: int = 0
    errors: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class ResolvedEntity:
    """A graph-wide entity after cross-article resolution (:mod:`kg.resolve`).

    ``id`` is the stable slug its IRI is minted from; ``aliases`` are the other
    names it was seen under (``skos:altLabel``), sorted; ``votes`` how many mentions
    read it as each class, sorted by class (what its class is decided by).
    """

    id: str
    label: str
    cls: str
    aliases: tuple[str, ...] = ()
    votes: tuple[tuple[str, int], ...] = ()

    def __post_init__(self) -> None:
        if self.cls not in ENTITY_CLASSES or self.cls == "Sanction":
            raise ValueError(f"{self.label!r}: unknown entity class {self.cls!r}")
