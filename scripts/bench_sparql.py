"""Benchmark: the same SPARQL queries in pyoxigraph and in rdflib's in-memory store.

Builds a synthetic actor graph of about ``--triples`` triples (actors with a type
and a label, and random actor -relation-> actor triples using the ontology's
relation properties), loads it into both stores in the same run, and times:

* a 1-hop lookup (everything one actor supplies),
* a 2-hop join anchored on a label (who is attacked by those an actor supplies),
* a GROUP BY over the whole graph (triples per predicate).

Each query runs ``--repeat`` times per engine (best time reported) after checking
that both engines return the same number of rows.  Not part of the test suite:

    python scripts/bench_sparql.py               # ~1 million triples
    python scripts/bench_sparql.py --triples 200000
"""
from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox  # noqa: E402
import rdflib  # noqa: E402
from rdflib import RDF, RDFS, Literal, URIRef  # noqa: E402

from graph.namespace import AG  # noqa: E402
from graph.write.rdf import PREFIXES, actor_iri  # noqa: E402

RELATIONS = ["supplies", "supports", "attacks", "accuses", "consults", "threatens", "cooperatesWith", "denies"]
TYPES = ["Country", "Person", "ArmedGroup", "Organization"]

QUERIES = {
    "1-hop lookup": 'SELECT ?o WHERE { ?a rdfs:label "Actor 42" . ?a ag:supplies ?o }',
    "2-hop join": 'SELECT ?b ?c WHERE { ?a rdfs:label "Actor 42" . ?a ag:supplies ?b . ?b ag:attacks ?c }',
    "GROUP BY": "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p",
}


def synthetic(n_triples: int, seed: int = 7):
    rng = random.Random(seed)
    n_actors = max(100, n_triples // 20)
    actors = [actor_iri(f"actor-{i}") for i in range(n_actors)]
    rels = [AG[r] for r in RELATIONS]
    out = []
    for i, a in enumerate(actors):
        out.append((a, RDF.type, AG[TYPES[i % len(TYPES)]]))
        out.append((a, RDFS.label, Literal(f"Actor {i}")))
    seen = set()
    while len(out) < n_triples:
        t = (rng.choice(actors), rng.choice(rels), rng.choice(actors))
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def _ox_term(t):
    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype))) if t.datatype else ox.Literal(str(t))


def best_of(fn, repeat: int) -> tuple[float, int]:
    best, rows = float("inf"), -1
    for _ in range(repeat):
        t0 = time.perf_counter()
        rows = fn()
        best = min(best, time.perf_counter() - t0)
    return best, rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--rdflib-repeat", type=int, default=2, help="repeats for rdflib (slow)")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    triples = synthetic(args.triples)
    print(f"synthetic graph: {len(triples):,} triples ({time.perf_counter() - t0:.1f} s)")

    t0 = time.perf_counter()
    store = ox.Store()
    store.bulk_extend(ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), ox.DefaultGraph()) for s, p, o in triples)
    ox_load = time.perf_counter() - t0

    t0 = time.perf_counter()
    g = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for t in triples:
        g.add(t)
    rdf_load = time.perf_counter() - t0
    del triples
    gc.collect()

    results = [("load", ox_load, rdf_load, None)]
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    for name, q in QUERIES.items():
        ox_t, ox_rows = best_of(lambda q=q: len(list(store.query(q, prefixes=PREFIXES))), args.repeat)
        rdf_t, rdf_rows = best_of(lambda q=q: len(list(g.query(prologue + q))), args.rdflib_repeat)
        if ox_rows != rdf_rows:
            print(f"warning: {name}: pyoxigraph {ox_rows} rows, rdflib {rdf_rows} rows", file=sys.stderr)
        results.append((name, ox_t, rdf_t, ox_rows))
        print(f"  {name}: done", file=sys.stderr)

    print(f"\n{'operation':<14} {'rows':>6} {'pyoxigraph':>12} {'rdflib':>12} {'rdflib/oxigraph':>16}")
    for name, a, b, rows in results:
        print(f"{name:<14} {'' if rows is None else rows:>6} {a * 1000:>10.1f}ms {b * 1000:>10.1f}ms {b / a:>15.0f}x")
    print(f"\n(pyoxigraph {ox.__version__}, rdflib {rdflib.__version__}, Python {sys.version.split()[0]}; "
          f"best of {args.repeat} for pyoxigraph, {args.rdflib_repeat} for rdflib)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
