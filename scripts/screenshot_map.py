"""Screenshot a built map in headless Debian chromium, offline.

    python scripts/screenshot_map.py OUTDIR [--out docs/map.png] [--select ACTOR] [--relation "S REL O"] [--width 1400 --height 860]

Opens OUTDIR/map.html (or, if it is missing, renders one from OUTDIR/graph.json into a
temporary file) with every other request aborted, waits until the layout has settled,
optionally selects an actor the way the search box does (so the evidence panel shows),
and writes a PNG.  Exits 1 if the page tried to fetch anything.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def screenshot(html: Path, out: Path, *, select: str | None = None, relation: str | None = None, width: int = 1400, height: int = 860) -> list[str]:
    """Write the screenshot; return the external requests the page attempted (all aborted)."""
    from playwright.sync_api import sync_playwright

    url = html.resolve().as_uri()
    blocked: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
        page.route("**/*", lambda r: r.continue_() if r.request.url == url else (blocked.append(r.request.url), r.abort()))
        page.goto(url)
        page.wait_for_function("document.body.dataset.state === 'stable'", timeout=120_000)
        page.wait_for_timeout(400)  # the post-stabilisation fit animation
        if select:
            page.fill("#ag-search", select)
            page.press("#ag-search", "Enter")
            page.wait_for_timeout(400)  # the focus animation
            page.evaluate("actorgraphMap.network.fit({animation: false})")
            page.wait_for_timeout(200)
        if relation:
            s, r, o = relation.split()
            eid = page.evaluate("([s, r, o]) => { const e = actorgraphMap.edges.get({filter: e => e.from === s && "
                                "e.relation === r && e.to === o})[0]; if (!e) return null; "
                                "actorgraphMap.network.selectEdges([e.id]); actorgraphMap.showEdge(e.id); return e.id; }",
                                [s, r, o])
            if eid is None:
                raise SystemExit(f"no relation {relation!r} in the map")
            page.wait_for_timeout(200)
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        browser.close()
    return blocked


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path, help="Output directory of `actorgraph build`.")
    ap.add_argument("--out", type=Path, default=Path("docs/map.png"))
    ap.add_argument("--select", help="Actor to select (name or alias), as if typed into the search box.")
    ap.add_argument("--relation", help='Relation to select, as "SUBJECT_ID RELATION OBJECT_ID" (shows its sentences).')
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=860)
    args = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found: install Debian chromium", file=sys.stderr)
        return 1
    html = args.outdir / "map.html"
    with tempfile.TemporaryDirectory() as tmp:
        if not html.is_file():
            from graph.write.graphio import read_graph
            from graph.write.htmlmap import write_map

            html = write_map(read_graph(args.outdir), Path(tmp) / "map.html")
        blocked = screenshot(html, args.out, select=args.select, relation=args.relation, width=args.width, height=args.height)
    if blocked:
        print("the page tried to fetch: " + ", ".join(blocked), file=sys.stderr)
        return 1
    print(f"Wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
