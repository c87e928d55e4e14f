"""actorgraph: an offline knowledge-graph builder for news.

Articles in, who-did-what-to-whom out, with the sentence that says so.

The Python API (:mod:`graph.api`)::

    from graph import build, load_graph, query_graph, extract_text

Its names are imported on first use, so ``import graph`` (and the ``actorgraph`` command)
stays quick.
"""
from __future__ import annotations

__version__ = "0.1.0"
_API = ("KnowledgeGraph", "Rows", "build", "load_graph", "extract_text", "query_graph")
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_API])
