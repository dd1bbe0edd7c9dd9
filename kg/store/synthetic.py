"""Made-up extractions in the shape ``kg`` produces, for tests and the store benchmark.

Deterministic for a given seed; no spaCy involved.

>>> batch = synthetic_articles(3, seed=1)
>>> len(batch), batch[0].extraction.article.id
(3, 'syn-000000')
>>> all(set(b.entity_ids) == {e.key for e in b.extraction.entities} for b in batch)
True
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from kg.model import (
    RELATION_PROPERTIES,
    SANCTION_KINDS,
    Article,
    ArticleExtraction,
    Entity,
    Evidence,
    Fact,
    ResolvedEntity,
    Sanction,
)

_CLASSES = ("Company", "Government", "Technology", "Person", "Organization", "Location")
_WEIGHTS = (40, 12, 15, 20, 8, 5)


@dataclass(frozen=True, slots=True)
class SyntheticArticle:
    """What a build hands a sink for one article."""

    extraction: ArticleExtraction
    entity_ids: dict[str, str]
    entities: tuple[ResolvedEntity, ...]


def entity_pool(size: int, seed: int = 0) -> list[ResolvedEntity]:
    """``size`` resolved entities with a realistic mix of classes.

    >>> [e.cls for e in entity_pool(3)]
    ['Person', 'Person', 'Government']
    """
    rng = random.Random(seed)
    pool = []
    for i in range(size):
        cls = rng.choices(_CLASSES, _WEIGHTS)[0]
        pool.append(ResolvedEntity(f"{cls.lower()}-{i}", f"{cls} {i}", cls, (f"{cls[:3]}{i}",)))
    return pool


def synthetic_articles(
    count: int,
    seed: int = 0,
    *,
    pool_size: int | None = None,
    entities_per_article: int = 8,
    facts_per_article: int = 6,
    sanctions_per_article: int = 1,
    start: int = 0,
) -> list[SyntheticArticle]:
    """``count`` articles over a shared entity pool (Zipf-like popularity)."""
    size = pool_size or max(50, count * 2)
    pool = entity_pool(size, seed)
    governments = [e for e in pool if e.cls == "Government"] or pool[:1]
    rng = random.Random(seed * 7919 + start)
    weights = [1.0 / (rank + 1) for rank in range(size)]
    out = []
    for n in range(start, start + count):
        article = Article(
            id=f"syn-{n:06d}",
            text=f"Synthetic article {n}. " * 20,
            title=f"Synthetic article {n}",
            date=f"20{10 + n % 15:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            source=f"https://example.org/news/{n}",
        )
        chosen = {e.id: e for e in rng.choices(pool, weights, k=entities_per_article)}
        chosen.update({g.id: g for g in rng.sample(governments, 1)})
        picked = list(chosen.values())
        entities = tuple(Entity(f"k{i}", e.label, e.cls) for i, e in enumerate(picked))
        ids = {f"k{i}": e.id for i, e in enumerate(picked)}

        def evidence(i: int, rule: str, n: int = n) -> Evidence:
            return Evidence(
                f"syn-{n:06d}",
                f"Sentence {i} of article {n}.",
                i * 30,
                i * 30 + 29,
                rule,
                round(rng.uniform(0.3, 1.0), 2),
            )

        facts = tuple(
            Fact(
                f"k{rng.randrange(len(picked))}",
                rng.choice(RELATION_PROPERTIES),
                f"k{rng.randrange(len(picked))}",
                evidence(i, "synthetic.svo.v1"),
                "relates to",
            )
            for i in range(facts_per_article)
        )
        gov_key = next(k for k, e in zip(ids, picked, strict=True) if e.cls == "Government")
        sanctions = tuple(
            Sanction(
                f"k{rng.randrange(len(picked))}",
                rng.choice(SANCTION_KINDS),
                evidence(facts_per_article + i, "synthetic.sanction.v1"),
                gov_key,
                Decimal(rng.randrange(1, 10_000)) * 1000,
                "USD",
                article.date[:7] if article.date else None,
            )
            for i in range(sanctions_per_article)
        )
        extraction = ArticleExtraction(article, entities, facts, sanctions, words=100)
        out.append(SyntheticArticle(extraction, ids, tuple(picked)))
    return out
