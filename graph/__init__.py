"""actorgraph: an offline knowledge-graph builder for news.

Articles in, who-did-what-to-whom out, with the sentence that says so.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
