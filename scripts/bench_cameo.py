"""Time loading the imported CAMEO dictionaries (ontology/cameo/*.json) in a fresh process.

    python scripts/bench_cameo.py [--ontology DIR] [--runs N]

Prints the wall-clock and CPU seconds to read every file and answer one lookup of each kind (a figure's roles
on a date, a group, a country, a sector noun, a verb's patterns), i.e. the cost a build pays once.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

__all__ = ["main"]

ROOT = Path(__file__).resolve().parents[1]

_PROBE = """
import time
from graph.extract.cameo import load_cameo
t1, c1 = time.perf_counter(), time.process_time()
c = load_cameo({ontology!r})
c.roles_on("Tony Blair", "2005-03-01"); c.group("Taliban"); c.country("Damascus"); c.agent("rebels")
c.patterns("pay"); c.ambiguity("Brown"); c.plover("163"); c.surname_words(); c.countries_coded("GBR")
print(f"{{time.perf_counter() - t1:.4f}} {{time.process_time() - c1:.4f}}")
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ontology", default=str(ROOT / "ontology"), help="ontology folder holding cameo/")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    walls, cpus = [], []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", _PROBE.format(ontology=args.ontology)], check=True,
                             capture_output=True, text=True, cwd=ROOT).stdout.split()
        walls.append(float(out[0]))
        cpus.append(float(out[1]))
    print(f"load + first lookups over {args.runs} fresh processes: wall median {statistics.median(walls):.3f} s "
          f"(max {max(walls):.3f}), CPU median {statistics.median(cpus):.3f} s (max {max(cpus):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
