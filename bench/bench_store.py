"""Store benchmark: the embedded Oxigraph store against rdflib's in-memory store.

Generates a graph in the shape ``kg`` writes (articles with mentions, facts with
reified evidence, sanction nodes, an entities graph; see ``kg.store.synthetic``) of
about ``--triples`` triples, loads it into each store, and reports load rate,
memory and disk per 1M triples, and p50/p95 latency of typical queries, all
through rdflib's API (what ``kg`` itself uses). Each store runs in its own
process, so memory figures do not mix; a query that exceeds ``--cap`` seconds is
reported as "> cap".

    python bench/bench_store.py                  # 1M triples, both stores
    python bench/bench_store.py --triples 100000 --json out/bench_store.json

Not a test: nothing is asserted; the aims (issue 4) are printed beside the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.model import RELATION_PROPERTIES

TRIPLES_PER_ARTICLE = 124  # measured on kg.store.synthetic's defaults, entities included

PREFIX = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

RELATIONS = " ".join(f"kg:{p}" for p in RELATION_PROPERTIES)

QUERIES: dict[str, str] = {
    "entity 1-hop": PREFIX + "SELECT ?p ?o WHERE { { <ENTITY> ?p ?o } UNION { ?o ?p <ENTITY> } }",
    # the neighbourhood a drawing shows: entities two relations away, either direction
    "entity 2-hop": PREFIX
    + """SELECT DISTINCT ?n2 WHERE {
  VALUES ?p1 { RELATIONS } VALUES ?p2 { RELATIONS }
  { <ENTITY> ?p1 ?n1 } UNION { ?n1 ?p1 <ENTITY> }
  { ?n1 ?p2 ?n2 } UNION { ?n2 ?p2 ?n1 }
}""",
    # hubs (a country, a government) put most of the graph two hops away: a drawing
    # takes the first neighbours, which Oxigraph streams without computing the rest
    "entity 2-hop, first 50": PREFIX
    + """SELECT DISTINCT ?n2 WHERE {
  VALUES ?p1 { RELATIONS } VALUES ?p2 { RELATIONS }
  { <ENTITY> ?p1 ?n1 } UNION { ?n1 ?p1 <ENTITY> }
  { ?n1 ?p2 ?n2 } UNION { ?n2 ?p2 ?n1 }
} LIMIT 50""",
    "sanctions by government, target class (5-pattern typed join)": PREFIX
    + """SELECT ?sanction ?target WHERE {
  ?sanction a kg:Sanction ; kg:imposedBy <GOV> ; kg:target ?target .
  ?target a kg:Company .
  <GOV> a kg:Government .
}""",
    "evidence for a fact": PREFIX
    + """SELECT ?sentence ?article ?rule ?confidence WHERE {
  ?e rdf:subject <S> ; rdf:predicate <P> ; rdf:object <O> ;
     kg:sentence ?sentence ; kg:article ?article ; kg:rule ?rule ; kg:confidence ?confidence .
}""",
    "whole-graph aggregate (instances per class)": PREFIX
    + "SELECT ?c (COUNT(?x) AS ?n) WHERE { ?x a ?c } GROUP BY ?c ORDER BY DESC(?n)",
}

AIMS = {
    "entity 1-hop": 0.002,
    "entity 2-hop": 0.005,
    "sanctions by government, target class (5-pattern typed join)": 0.100,
}


class Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise Timeout


def rss_mb() -> float:
    import psutil

    return float(psutil.Process().memory_info().rss) / 2**20


def du_mb(path: Path) -> float:
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return total / 2**20


def make_data(triples: int, seed: int) -> tuple[list[Any], dict[str, list[str]], int]:
    from kg.store.rdf import article_quads, entities_graph_quads, entity_iri
    from kg.store.synthetic import synthetic_articles

    count = max(1, triples // TRIPLES_PER_ARTICLE)
    batch = synthetic_articles(count, seed=seed, pool_size=max(200, count * 2))
    rng = random.Random(seed)
    entities = sorted({e.id for item in batch for e in item.entities})
    governments = sorted({e.id for item in batch for e in item.entities if e.cls == "Government"})
    facts = []
    for item in rng.sample(batch, min(200, len(batch))):
        for fact in item.extraction.facts[:1]:
            s, o = item.entity_ids[fact.subject], item.entity_ids[fact.object]
            facts.append(f"{entity_iri(s)} {fact.predicate} {entity_iri(o)}")
    params = {
        "entities": [str(entity_iri(e)) for e in rng.sample(entities, min(200, len(entities)))],
        "governments": [
            str(entity_iri(g)) for g in rng.sample(governments, min(100, len(governments)))
        ],
        "facts": facts,
    }
    total = len({q for item in batch for q in article_quads(item.extraction, item.entity_ids)})
    total += len(
        {
            q
            for item in batch
            for q in entities_graph_quads(item.extraction, item.entity_ids, item.entities)
        }
    )
    return batch, params, total


def bulk_rate(batch: list[Any], total: int) -> float:
    """Oxigraph's bulk loader on the same quads (no per-article transactions)."""
    import pyoxigraph as ox
    from oxrdflib._converter import to_ox

    from kg.store.rdf import article_quads, entities_graph_quads

    root = Path(tempfile.mkdtemp(prefix="kg-bench-bulk-"))
    store = ox.Store(str(root / "db"))
    quads = [
        to_ox(q)
        for item in batch
        for q in [
            *article_quads(item.extraction, item.entity_ids),
            *entities_graph_quads(item.extraction, item.entity_ids, item.entities),
        ]
    ]
    start = time.perf_counter()
    store.bulk_extend(quads)
    store.flush()
    elapsed = time.perf_counter() - start
    del store
    shutil.rmtree(root, ignore_errors=True)
    return total / elapsed


def instantiate(name: str, template: str, params: dict[str, list[str]], i: int) -> str:
    kg = "https://w3id.org/kg-news/ontology#"
    template = template.replace("RELATIONS", RELATIONS)
    if "<ENTITY>" in template:
        return template.replace("ENTITY", params["entities"][i % len(params["entities"])])
    if "<GOV>" in template:
        return template.replace("GOV", params["governments"][i % len(params["governments"])])
    if "<S>" in template:
        s, p, o = params["facts"][i % len(params["facts"])].split()
        return (
            template.replace("<S>", f"<{s}>").replace("<P>", f"<{kg}{p}>").replace("<O>", f"<{o}>")
        )
    return template


def time_queries(
    run: Callable[[str], int], params: dict[str, list[str]], reps: int, cap: float
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    signal.signal(signal.SIGALRM, _alarm)
    for name, template in QUERIES.items():
        times: list[float] = []
        rows = 0
        capped = False
        budget = time.perf_counter() + max(cap * 3, 10.0)
        for i in range(reps):
            query = instantiate(name, template, params, i)
            signal.setitimer(signal.ITIMER_REAL, cap)
            start = time.perf_counter()
            try:
                rows = run(query)
            except Timeout:
                capped = True
                break
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            times.append(time.perf_counter() - start)
            if time.perf_counter() > budget and len(times) >= 5:
                break
        if capped:
            out[name] = {"capped": True, "cap_s": cap, "runs": len(times)}
        else:
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            out[name] = {
                "p50_ms": statistics.median(times) * 1000,
                "p95_ms": p95 * 1000,
                "runs": len(times),
                "rows_last": rows,
            }
    return out


def child(
    backend: str, triples: int, seed: int, reps: int, cap: float, store: Path | None
) -> dict[str, Any]:
    batch, params, total = make_data(triples, seed)
    result: dict[str, Any] = {"backend": backend, "triples": total, "articles": len(batch)}
    base = rss_mb()
    if backend == "oxigraph-load":
        from kg.store.oxstore import StoreSink

        assert store is not None
        sink = StoreSink(store)
        start = time.perf_counter()
        for item in batch:  # the real build path: one transaction per article
            sink.write_article(item.extraction, item.entity_ids, item.entities)
        sink.store.optimize()
        sink.close()
        elapsed = time.perf_counter() - start
        result["load_s"] = elapsed
        result["load_triples_per_s"] = total / elapsed
        result["build_rss_mb_per_1m"] = (rss_mb() - base) * 1e6 / total
        result["disk_mb_per_1m"] = du_mb(store) * 1e6 / total
        result["bulk_triples_per_s"] = bulk_rate(batch, total)
        return result
    if backend == "oxigraph-query":
        from kg.store.load import open_graph

        del batch
        base = rss_mb()
        graph: Any = open_graph(store)  # type: ignore[arg-type]
    else:
        from rdflib import Dataset

        from kg.store.rdf import article_quads, entities_graph_quads

        dataset = Dataset(default_union=True)
        start = time.perf_counter()
        for item in batch:
            quads = [
                *article_quads(item.extraction, item.entity_ids),
                *entities_graph_quads(item.extraction, item.entity_ids, item.entities),
            ]
            dataset.addN(quads)  # type: ignore[arg-type]
        elapsed = time.perf_counter() - start
        result["load_s"] = elapsed
        result["load_triples_per_s"] = total / elapsed
        graph = dataset
        del batch

    def run(query: str) -> int:
        return len(list(graph.query(query)))

    result["queries"] = time_queries(run, params, reps, cap)
    if backend == "oxigraph-query":
        ox_store = graph.store.ox_store

        def run_direct(query: str) -> int:
            return len(list(ox_store.query(query, use_default_graph_as_union=True)))

        result["queries_pyoxigraph"] = time_queries(run_direct, params, reps, cap)
    # memory of a process holding the graph and having queried it (caches warm)
    result["rss_mb_per_1m"] = (rss_mb() - base) * 1e6 / total
    return result


def fmt_latency(entry: dict[str, Any]) -> str:
    if entry.get("capped"):
        return f"> {entry['cap_s']:g} s cap"
    return f"{entry['p50_ms']:.2f} / {entry['p95_ms']:.2f}"


def report(results: list[dict[str, Any]]) -> str:
    emb = {**results[0], **results[1]}
    mem = next(r for r in results if r["backend"] == "rdflib-memory")
    lines = [
        f"graph: {emb['triples']:,} triples, {emb['articles']:,} articles",
        "",
        f"{'':58} | {'embedded Oxigraph':>22} | {'rdflib memory':>20}",
        f"{'load rate, build path (triples/s)':58} | {emb['load_triples_per_s']:>22,.0f} | "
        f"{mem['load_triples_per_s']:>20,.0f}",
        f"{'  bulk load, no per-article transactions (triples/s)':58} | "
        f"{emb['bulk_triples_per_s']:>22,.0f} | {'-':>20}",
        f"{'memory per 1M triples: reader after queries (MB)':58} | "
        f"{emb['rss_mb_per_1m']:>22,.0f} | {mem['rss_mb_per_1m']:>20,.0f}",
        f"{'  the build process (RSS growth, MB)':58} | {emb['build_rss_mb_per_1m']:>22,.0f} | "
        f"{'-':>20}",
        f"{'disk per 1M triples (MB)':58} | {emb['disk_mb_per_1m']:>22,.0f} | {'-':>20}",
        "",
        "query latency, ms p50 / p95 (rdflib API; embedded via oxrdflib; pyoxigraph direct in [])",
    ]
    for name in QUERIES:
        aim = f"  aim p95 <= {AIMS[name] * 1000:g} ms" if name in AIMS else ""
        direct = fmt_latency(emb["queries_pyoxigraph"][name])
        lines.append(
            f"{name:58} | {fmt_latency(emb['queries'][name]):>22} | "
            f"{fmt_latency(mem['queries'][name]):>20} [{direct}]{aim}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reps", type=int, default=200, help="runs per query")
    parser.add_argument("--cap", type=float, default=30.0, help="seconds per query run")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        found = child(args.child, args.triples, args.seed, args.reps, args.cap, args.store)
        print(json.dumps(found))
        return 0
    results = []
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        # load and query in separate processes, so the reader's memory is its own
        for backend in ("oxigraph-load", "oxigraph-query", "rdflib-memory"):
            print(f"bench: {backend} ...", file=sys.stderr, flush=True)
            command = [sys.executable, __file__, "--child", backend, "--store", str(work / "s")]
            command += ["--triples", str(args.triples), "--seed", str(args.seed)]
            command += ["--reps", str(args.reps), "--cap", str(args.cap)]
            env = {**os.environ, "PYTHONWARNINGS": "ignore"}
            done = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(report(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
