"""The paraphrase battery: does a fact survive being said another way?

    .venv/bin/python bench/paraphrase.py [--errors] [FILE.jsonl ...]

Each line of ``bench/paraphrase/*.jsonl`` is one short text written for this battery
(invented names, never a sentence of an article) and the facts a reader takes from it:

    {"id": "sanction-passive-fine", "construction": "passive",
     "text": "Orvane Systems was fined $4 million by the Treasury Department.",
     "entities": {"Orvane Systems": "Company", "Treasury Department": "Government"},
     "facts": [["Treasury Department", "sanctions", "Orvane Systems"]],
     "optional": []}

The lines of a file say the same few facts in many constructions of English: active
and passive, nominal ("the designation of X by Y"), lists, appositions, relative
clauses, reported speech, a fact carried to the next sentence. A rule written for one
wording passes one line; a rule for the construction passes them all. So the battery
measures what the gold sets cannot show on their own: how far the extractor's
coverage of a construction carries over to its other forms.

``entities`` maps each name to its class, or to ``{"type": …, "aliases": [...]}``
(``alt_types`` too); ``facts`` and ``optional`` hold ``[subject, property, object]``
by name. Scoring is the gold scorer's (:func:`kg.evaluate.gold.score_gold`): a fact
matches by name, precision counts every ontology fact the extractor states about the
named entities and any other. The report gives P / R / F1 per file and recall per
construction; ``--errors`` lists misses and false positives (the battery is written
to be tuned on: read its errors freely).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from kg.build import build_dataset
from kg.evaluate.gold import GoldArticle, GoldEntity, GoldFact, GoldReport, score_gold
from kg.ingest.meta import split_header
from kg.model import Article
from kg.store.rdf import article_iri

BATTERY = Path(__file__).resolve().parent / "paraphrase"


def _entity(key: str, name: str, spec: str | Mapping[str, object]) -> GoldEntity:
    if isinstance(spec, str):
        return GoldEntity(key, name, spec)
    aliases = tuple(str(a) for a in spec.get("aliases", ()))  # type: ignore[attr-defined]
    alt = tuple(str(a) for a in spec.get("alt_types", ()))  # type: ignore[attr-defined]
    return GoldEntity(key, name, str(spec["type"]), aliases, alt)


def read_battery(path: Path) -> list[tuple[GoldArticle, Article, str]]:
    """(gold, article, construction) for each line of one battery file.

    Raises:
        ValueError: naming the file and line of a malformed item.
    """
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            keys = {name: f"e{i}" for i, name in enumerate(obj["entities"], 1)}
            entities = tuple(_entity(keys[n], n, t) for n, t in obj["entities"].items())
            facts = tuple(
                GoldFact(keys[s], p, keys[o], optional=optional)
                for group, optional in (("facts", False), ("optional", True))
                for s, p, o in obj.get(group, ())
            )
            doc = f"{path.stem}/{obj['id']}"
            # header lines as the corpus texts open with them: "source: URL" names a
            # release's issuer, who speaks for the measures no sentence attributes
            meta, body = split_header(obj["text"])
            article = Article(
                id=doc.replace("/", "-"),
                text=body,
                title=meta.get("title"),
                source=meta.get("source"),
            )
            items.append(
                (
                    GoldArticle(doc, entities, facts, line=number),
                    article,
                    str(obj.get("construction", "")),
                )
            )
        except (KeyError, TypeError, ValueError) as err:
            raise ValueError(f"{path}: line {number}: {err!r}") from err
    return items


def score_battery(items: Sequence[tuple[GoldArticle, Article, str]]) -> GoldReport:
    """Extract every item's text and score it against its facts."""
    dataset = build_dataset([article for _, article, _ in items])
    graph_of = {gold.doc: article_iri(article.id) for gold, article, _ in items}
    texts = {gold.doc: article.text for gold, article, _ in items}
    return score_gold([gold for gold, _, _ in items], dataset, graph_of, texts)


def by_construction(
    items: Sequence[tuple[GoldArticle, Article, str]], report: GoldReport
) -> dict[str, tuple[int, int]]:
    """(required facts found, required facts) per construction, from the report's misses."""
    missed: dict[str, int] = defaultdict(int)
    for error in report.errors:
        if error.what == "miss":
            missed[error.doc] += 1
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for gold, _, construction in items:
        required = sum(1 for f in gold.facts if not f.optional)
        totals[construction][0] += required - missed[gold.doc]
        totals[construction][1] += required
    return {c: (found, total) for c, (found, total) in sorted(totals.items())}


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="battery files (default: all)")
    parser.add_argument("--errors", action="store_true", help="list misses and false positives")
    args = parser.parse_args(list(argv) if argv is not None else None)
    files = args.files or sorted(BATTERY.glob("*.jsonl"))
    total_found = total_required = 0
    for path in files:
        items = read_battery(path)
        report = score_battery(items)
        f = report.facts
        scores = f"P {f.precision:.3f} R {f.recall:.3f} F1 {f.f1:.3f}"
        print(f"{path.stem}: {len(items)} texts, facts {scores}")
        for construction, (found, required) in by_construction(items, report).items():
            print(f"    {construction or '-'}: {found}/{required}")
        total_found += f.found
        total_required += f.gold
        if args.errors:
            for error in report.errors:
                if error.what in ("miss", "false positive"):
                    print(f"  {error.what}: {error.doc}: {error.text}")
    if len(files) > 1 and total_required:
        print(f"all: recall {total_found / total_required:.3f} ({total_found}/{total_required})")


if __name__ == "__main__":
    main()
