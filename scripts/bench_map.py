"""Benchmark map.html on a synthetic hub: HTML generation time and time to first stable render.

    python scripts/bench_map.py [--actors 2000] [--relations 5000] [--out /tmp/bench_map.html]
    python scripts/bench_map.py --html OUTDIR/map.html     # time a built map instead

Builds a seeded random hub (skewed degrees, every relation type, 200 dated articles,
a mix of reported, hedged and negative statements), times ``generate_map``, then opens
the file in headless Debian chromium with every other request aborted and measures
the time from navigation start until the layout has settled and physics is off
(``actorgraphMap.stableAt``: ``layout_cut`` says whether the time budget stopped it before it
settled, ``layout_iterations`` how many physics steps ran), plus a few interactions.  Prints one
JSON object.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.assemble.assemble import make_graph  # noqa: E402
from graph.fsutil import atomic_write_text  # noqa: E402
from graph.write.htmlmap import generate_map  # noqa: E402
from graph.model import Actor, ActorType, Article, Modality, Polarity, Triple  # noqa: E402
from graph.vocab import relation_types  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def synthetic_hub(n_actors: int, n_relations: int, n_articles: int = 200, seed: int = 1):
    rng = random.Random(seed)
    types = list(ActorType)
    actors = [Actor(f"actor-{i:05d}", f"Actor {i}", types[i % len(types)], (f"A{i}",)) for i in range(n_actors)]
    articles = [Article(f"a{i:012d}", f"synthetic/{i}.txt", "", title=f"Synthetic article {i}",
                        date=f"20{10 + i % 12:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}", source=f"Source {i % 7}")
                for i in range(n_articles)]
    rels = list(relation_types())
    weights = [1.0 / (1 + i) ** 0.8 for i in range(n_actors)]  # a few hubs, a long tail
    triples = []
    for i in range(n_relations):
        s, o = rng.choices(range(n_actors), weights, k=2)
        if i < n_actors:  # every actor takes part in at least one statement
            s = i
        if s == o:
            o = (o + 1) % n_actors
        rel = rng.choice(rels)
        sentence = f"Actor {s} {rel} Actor {o} in synthetic sentence {i}."
        start = 100 * i
        pred = sentence.index(rel)
        r = rng.random()
        modality = Modality.REPORTED if r < 0.2 else Modality.HEDGED if r < 0.3 else Modality.ASSERTED
        triples.append(Triple(
            actors[s].id, rel, actors[o].id, rel, articles[i % n_articles].id, sentence, start,
            start + len(sentence), polarity=Polarity.NEGATIVE if rng.random() < 0.05 else Polarity.POSITIVE,
            modality=modality, attributed_to=actors[rng.randrange(n_actors)].id if modality == Modality.REPORTED else None,
            confidence=round(rng.uniform(0.3, 0.95), 2), rule="synthetic", pred_start=start + pred,
            pred_end=start + pred + len(rel)))
    return make_graph(articles, actors, triples)


def measure_browser(path: Path, timeout_ms: int = 600_000) -> dict:
    from playwright.sync_api import sync_playwright

    url = path.resolve().as_uri()
    blocked: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url == url else (blocked.append(r.request.url), r.abort()))
        t0 = time.perf_counter()
        page.goto(url, timeout=timeout_ms)
        page.wait_for_function("window.actorgraphMap && window.actorgraphMap.stableAt !== null", timeout=timeout_ms,
                               polling=100)
        wall = time.perf_counter() - t0
        page.wait_for_timeout(500)
        out = page.evaluate("""() => {
            const m = window.actorgraphMap, t = {};
            t.stable_ms = Math.round(m.stableAt);
            t.layout_iterations = m.layoutIterations; t.layout_cut = "budgetHit" in m.timings;
            t.timings_ms = Object.fromEntries(Object.entries(m.timings).map(([k, v]) => [k, Math.round(v)]));
            t.nodes = m.nodes.length; t.edges = m.edges.length;
            let s = performance.now(); m.applyFilters(); t.filter_ms = Math.round(performance.now() - s);
            const hub = m.data.nodes.reduce((a, b) => (b.mentions > a.mentions ? b : a));
            s = performance.now(); m.showNode(hub.id); t.click_hub_ms = Math.round(performance.now() - s);
            s = performance.now(); m.clearSelection(); t.clear_ms = Math.round(performance.now() - s);
            s = performance.now(); m.focusActor(m.data.nodes[m.data.nodes.length - 1].id);
            t.search_focus_ms = Math.round(performance.now() - s);
            s = performance.now(); m.network.redraw(); t.redraw_ms = Math.round(performance.now() - s);
            return t; }""")
        browser.close()
    out["wall_to_stable_s"] = round(wall, 2)
    out["blocked_requests"] = blocked
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--actors", type=int, default=2000)
    ap.add_argument("--relations", type=int, default=5000)
    ap.add_argument("--out", type=Path, default=Path("/tmp/bench_map.html"))
    ap.add_argument("--no-browser", action="store_true", help="Only time the HTML generation.")
    ap.add_argument("--html", type=Path, help="Time this built map.html instead of a synthetic one.")
    args = ap.parse_args(argv)
    if args.html:
        print(json.dumps({"html": str(args.html), **measure_browser(args.html)}, indent=1))
        return 0

    G = synthetic_hub(args.actors, args.relations)
    generate_map(make_graph([], [], []))  # warm imports (pyvis pulls in IPython) outside the timing
    t = time.perf_counter()
    page = generate_map(G, max_actors=None)  # every actor: the default cap would hide half of them
    gen = time.perf_counter() - t
    atomic_write_text(args.out, page)
    result = {"actors": G.number_of_nodes(), "statements": G.number_of_edges(),
              "generate_s": round(gen, 2), "html_mb": round(len(page.encode("utf-8")) / 1e6, 2)}
    if not args.no_browser:
        if not Path(CHROMIUM).exists():
            print(f"{CHROMIUM} not found; use --no-browser", file=sys.stderr)
            return 1
        result.update(measure_browser(args.out))
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
