"""Read article files (.txt, .md, .html) into :class:`~graph.model.Article` records.

The input stage of the pipeline, and the place where hostile input stops::

    for item in iter_articles(["seeds/"]):
        if isinstance(item, Skipped): ...   # bad file: logged, listed, build goes on
        elif isinstance(item, Warned): ...  # a metadata field left out: logged, listed
        else: ...                           # Article with clean text and metadata

:func:`read_article` raises :class:`~graph.errors.ArticleError` (never anything else)
for a file that is empty, binary, undecodable, too large, unreadable, a single giant
line, an HTML page without article text, not English, or empty after cleaning.
A metadata value that cannot be used (a bad date, a malformed front matter or sidecar,
a lone surrogate, a mapping where text belongs) is left out with a warning naming the
file and the field; the article is still built.  Paths and reasons are made
:func:`printable`: a file name cannot send escape sequences to a terminal.
Nothing is ever fetched: HTML is parsed locally with trafilatura (lxml as fallback).

Metadata precedence: sidecar ``<file>.json`` > YAML front matter > what the text
states in its first lines (byline, dateline) > footers ("Copyright © X, Source, 2017").
"""
from __future__ import annotations

import codecs
import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from graph.read.clean import Boilerplate, checked_meta, clean_text, english_ratio, load_boilerplate
from graph.errors import ArticleError, InputError
from graph.model import Article, Skipped, Warned, content_id

__all__ = [
    "SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "MAX_LINE_CHARS",
    "iter_input_files",
    "iter_input_entries",
    "read_article",
    "iter_articles",
    "decode_bytes",
    "html_to_text",
    "printable",
    "MAX_SIDECAR_BYTES",
    "MAX_HTML_DEPTH",
]

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
DEFAULT_MAX_BYTES = 5_000_000
MAX_LINE_CHARS = 100_000  # a text "line" longer than this is not a paragraph of an article
MIN_ENGLISH_RATIO = 0.12  # English news: 0.17-0.55 of words are function words; German, French: ~0.05
MIN_WORDS_FOR_LANGUAGE = 20
MIN_HTML_WORDS = 15  # an HTML page with less text than this holds no article  # below this many words the language test is not reliable
_MARKDOWN = (".md", ".markdown")
_HTML = (".html", ".htm")
_SIDECAR_KEYS = ("title", "date", "author", "source", "url")
_PLAIN_FIELDS = tuple((key, (key,)) for key in _SIDECAR_KEYS)  # sidecar and HTML: no other key names
MAX_SIDECAR_BYTES = 1_000_000  # a sidecar holds five short fields
MAX_HTML_DEPTH = 2048  # libxml2 stops at this many nested elements, even with huge_tree
_MAGIC = {
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx/.epub)",
    b"\x1f\x8b": "a gzip archive",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"{\\rtf": "an RTF document",
}


# --------------------------------------------------------------------------- names fit to print

# C0 and C1 controls (ESC starts a terminal escape sequence), zero-width and bidi marks,
# line separators, the BOM, and surrogates (bytes of a file name that are not UTF-8)
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    if 0xDC80 <= code <= 0xDCFF:  # a byte the file system name held that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` safe to print on a terminal, in a log line or an output file: control
    characters, terminal escape sequences and bidi marks written as escapes (``\\x1b``),
    and bytes of a file name that are not UTF-8 as ``\\xff``.  Other text is unchanged,
    and escaping twice changes nothing more."""
    return _UNPRINTABLE.sub(_escape, text)


# --------------------------------------------------------------------------- finding files


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _wanted(name: str) -> bool:
    return name.lower().endswith(SUFFIXES) and not _is_hidden(name)


def _walk(folder: Path, seen_dirs: set[str]) -> Iterator[Path | Skipped]:
    """Files under ``folder`` in sorted order, each directory entered once; a folder reached
    again (a symlink loop) or that cannot be listed comes out as a :class:`Skipped`."""
    try:
        real = os.path.realpath(folder)
        if real in seen_dirs:
            yield Skipped(printable(str(folder)),
                          f"folder already read as {printable(real)} (a symlink loop or a folder given twice)")
            return
        seen_dirs.add(real)
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        yield Skipped(printable(str(folder)), f"cannot list the folder ({err.strerror or err}); check its permissions")
        return
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows symlinks; loops are stopped by seen_dirs
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen_dirs)
        elif _wanted(entry.name):
            yield path


def iter_input_files(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str]) -> Iterator[Path]:
    """The article files of :func:`iter_input_entries` (folders that could not be read left out)."""
    return (p for p in iter_input_entries(paths) if isinstance(p, Path))


def iter_input_entries(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str]
                       ) -> Iterator[Path | Skipped]:
    """Article files named by ``paths`` (files, or folders searched recursively).

    Folders yield files with a known suffix (:data:`SUFFIXES`) in sorted order,
    skipping hidden files and folders and sidecar ``.json`` files; a file named
    explicitly is yielded whatever its suffix, unless it is the sidecar of an article.  A path that does not exist raises
    :class:`InputError` before anything is yielded.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    missing = [printable(str(p)) for p in paths if not p.exists()]
    if missing:
        raise InputError(
            f"no such file or folder: {', '.join(missing)}; check the path(s) given to build"
        )
    seen_dirs: set[str] = set()
    for path in paths:
        if path.is_dir():
            yield from _walk(path, seen_dirs)
        elif _is_sidecar(path):  # named by a shell glob such as seeds/*
            log.debug("%s: sidecar of an article, not an article; skipped", path)
        else:
            yield path


def _is_sidecar(path: Path) -> bool:
    """``a.md.json`` or ``a.json`` beside an article ``a.md``."""
    if path.suffix.lower() != ".json":
        return False
    article = path.with_suffix("")
    if article.suffix.lower() in SUFFIXES and article.is_file():
        return True
    return any(path.with_suffix(s).is_file() for s in SUFFIXES)


# --------------------------------------------------------------------------- bytes to text

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _binary_kind(data: bytes) -> str | None:
    """What a binary file looks like, or None for text."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    sample = data[:65536]
    if b"\x00" in sample:
        return "binary data (it contains NUL bytes)"
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if controls > 0.02 * len(sample):
        return f"binary data ({controls} control bytes in the first {len(sample)})"
    return None


def _garbled(text: str) -> bool:
    """Decoded text that is mostly control or replacement characters."""
    sample = text[:65536]
    return len(_GARBLED.findall(sample)) > 0.02 * max(len(sample), 1)


#: what :func:`_garbled` counts: control characters but tab, line feed, form feed and carriage return;
#: C1 controls and DEL; the replacement character
_GARBLED = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


_WESTERN_EXTRA = frozenset("‘’‚“”„–—…•€£¥¢©®™°±·§¶½¼¾×÷¡¿«»ªº")


def _plausible_western(data: bytes) -> str | None:
    """The Windows-1252 reading of mostly-ASCII text whose few other characters are Western
    letters and typographic marks (curly quotes, dashes, £, é), else None.

    Detectors misjudge such text: a short English article with two curly quotes reads as
    Baltic or Central European.  Text that is not mostly ASCII goes to the detector.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    other = [c for c in text if ord(c) > 127]
    if not other or len(other) > max(8, 0.03 * len(text)):
        return None
    if all(c in _WESTERN_EXTRA or ("\u00c0" <= c <= "\u00ff") for c in other):
        return text
    return None


def decode_bytes(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """(text, encoding name) for the bytes of an article, or :class:`ArticleError`.

    Order: a byte-order mark, strict UTF-8, the charset an HTML/XML header declares,
    Windows-1252 for mostly-ASCII text with a few Western characters, then
    charset-normalizer (preferring a reading it judges English).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise ArticleError(path, f"starts with a {encoding} byte-order mark but is not valid "
                                         f"{encoding} ({err.reason}); re-save it as UTF-8") from err
    kind = _binary_kind(data)
    if kind:
        raise ArticleError(path, f"binary file, not text: looks like {kind}; give a .txt, .md or .html article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared:
        name = (declared.group(1) or declared.group(2)).decode("ascii", "replace")
        try:
            return data.decode(codecs.lookup(name).name), name
        except (LookupError, UnicodeDecodeError):
            log.debug("%s: declared charset %r does not decode it", path, name)
    western = _plausible_western(data)
    if western is not None:
        return western, "cp1252"
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data))
    except Exception as err:  # noqa: BLE001 - a third-party detector must not crash the build
        log.debug("%s: charset-normalizer failed: %r", path, err)
        matches = []
    # English text in a legacy encoding is nearly always Windows-1252: among readings the
    # detector judges English and as clean as the best, prefer that family.
    english = [m for m in matches if m.language == "English"]
    best = matches[0] if matches else None
    if english:
        least_chaos = min(m.chaos for m in english)
        clean = [m for m in english if m.chaos <= least_chaos + 0.01]
        best = min(clean, key=lambda m: (_WESTERN.index(m.encoding) if m.encoding in _WESTERN
                                         else len(_WESTERN), -m.coherence))
    if best is None:
        raise ArticleError(path, "cannot decode the text: it is not UTF-8 and no other encoding fits; "
                                 "convert it to UTF-8")
    return str(best), best.encoding


# --------------------------------------------------------------------------- HTML

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_LOOKS_HTML = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE | re.DOTALL)
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote pre article section br tr td th table header footer "
    "main figure figcaption dd dt dl hr".split()
)
_PRE_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg",
                  "button", "select")
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg",
              "header", "footer", "button", "select")


def _parse_html(html: str, path: str, drop: tuple[str, ...] = ()) -> Any:
    """An lxml tree of the page without the ``drop`` elements, or None when it cannot be parsed.

    ``huge_tree`` lifts libxml2's limit of 256 nested elements, past which it silently drops
    the rest of the page (text nested 300 deep in ``<div>`` read as an empty page).  A page
    deeper than libxml2's hard limit (:data:`MAX_HTML_DEPTH`) cannot be read whole: that is
    an :class:`ArticleError`, not a page with no text.
    """
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError, TypeError):
        return None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise ArticleError(path, f"HTML nested deeper than {MAX_HTML_DEPTH:,} elements, the parser's limit, "
                                 "so the page cannot be read whole; save the article's own page or its text")
    for tag in drop:
        for el in list(root.iter(tag)):
            if el.getparent() is not None:
                el.drop_tree()
    return root


def _lxml_text(html: str, path: str) -> tuple[str, str]:
    """(title, body text) with lxml alone: <body> without scripts, styles and navigation."""
    root = _parse_html(html, path)
    if root is None:
        return "", ""
    title_el = root.find(".//title")
    title = (title_el.text_content() if title_el is not None else "") or ""
    h1 = root.find(".//h1")
    if h1 is not None and h1.text_content().strip():
        title = h1.text_content()
    for tag in _DROP_TAGS:
        for el in list(root.iter(tag)):
            if el.getparent() is not None:
                el.drop_tree()
    body = root.find(".//body")
    node = body if body is not None else root
    for el in node.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n\n" + (el.tail or "")
            el.text = "\n\n" + (el.text or "")
    return " ".join(title.split()), node.text_content()


_warned: set[str] = set()


def _warn_no_trafilatura(err: ImportError) -> None:
    if "trafilatura" in _warned:
        return
    _warned.add("trafilatura")
    log.warning("trafilatura cannot be imported (%s); HTML falls back to plain lxml text, "
                "without main-text detection or metadata. Install lxml_html_clean to fix it", err)


def html_to_text(html: str, path: str = "<html>") -> tuple[str, dict[str, str]]:
    """(text with one paragraph per line group, metadata) of an HTML page, offline.

    trafilatura finds the main text (comments off) and the title, date, author and
    site name; when it finds no text, lxml's text of <body> without script, style
    and navigation is used instead.  Raises :class:`ArticleError` for a page nested
    deeper than :data:`MAX_HTML_DEPTH` elements.
    """
    html = _XML_DECL.sub("", html, count=1)
    meta: dict[str, str] = {}
    text = ""
    try:
        import trafilatura
        from trafilatura.metadata import extract_metadata
    except ImportError as err:  # e.g. lxml >= 5.2 without the lxml_html_clean package
        _warn_no_trafilatura(err)
        title, text = _lxml_text(html, path)
        return text, ({"title": title} if title else {})
    try:
        tree = _parse_html(html, path, _PRE_DROP_TAGS)  # navigation never counts as text, even on short pages
        if tree is not None:
            text = trafilatura.extract(tree, include_comments=False, include_tables=False,
                                       include_images=False, include_links=False, output_format="txt") or ""
        doc = extract_metadata(html, extensive=False)  # no guessing from "Copyright 2017"
        if doc is not None:
            for key, attr in (("title", "title"), ("date", "date"), ("author", "author"),
                              ("source", "sitename"), ("url", "url")):
                value = getattr(doc, attr, None)
                if value:
                    meta[key] = str(value).strip()
    except ArticleError:
        raise
    except Exception as err:  # noqa: BLE001 - missing or failing extractor: fall back to lxml
        log.debug("%s: trafilatura failed (%r); using lxml", path, err)
    if text.strip():
        text = text.replace("\n", "\n\n")  # trafilatura gives one block per line
    else:
        title, text = _lxml_text(html, path)
        if title and "title" not in meta:
            meta["title"] = title
    return text, meta


# --------------------------------------------------------------------------- one article


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
    except OSError as err:
        raise ArticleError(path, f"cannot read the file ({err.strerror or err}); check that it exists "
                                 "and is readable") from err
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(path, "is a folder, not a file; pass the folder itself to read every article in it")
    if not stat.S_ISREG(info.st_mode):
        raise ArticleError(path, "is not a regular file (a device, pipe or socket); give an article file")
    if info.st_size > max_bytes:
        raise ArticleError(path, f"file is {info.st_size:,} bytes, over the limit of {max_bytes:,}; "
                                 "split it or raise the limit (--max-bytes)")
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as err:
        raise ArticleError(path, f"cannot read the file ({err.strerror or err}); check its permissions") from err
    if len(data) > max_bytes:
        raise ArticleError(path, f"file grew over the limit of {max_bytes:,} bytes while being read")
    return data


def _longest_line(data: bytes) -> int:
    return max(len(line) for line in data.replace(b"\r", b"\n").split(b"\n"))


def _sidecar_data(sidecar: Path) -> tuple[dict[str, Any], str | None]:
    """(the JSON object of a sidecar, None), or ({}, why it cannot be used).

    Numbers are kept as the text written, so a 5,000-digit number is a long value, not a
    crash; a sidecar nested too deep for the JSON reader is a problem like any other.
    """
    try:
        size = sidecar.stat().st_size
        if size > MAX_SIDECAR_BYTES:
            return {}, f"is {size:,} bytes, over the limit of {MAX_SIDECAR_BYTES:,} for five fields"
        data = json.loads(sidecar.read_text(encoding="utf-8"), parse_int=str, parse_float=str,
                          parse_constant=str)
    except RecursionError:
        return {}, "is not readable JSON (lists or objects nested too deep)"
    except (OSError, UnicodeDecodeError, ValueError) as err:
        return {}, f"is not readable JSON ({err})"
    if not isinstance(data, dict):
        return {}, f"must hold a JSON object with keys {', '.join(_SIDECAR_KEYS)}"
    return data, None


def _read_sidecar(path: Path) -> tuple[dict[str, str], list[str]]:
    """Metadata from ``<file>.json`` (``article.md.json``) or ``<stem>.json`` (``article.json``),
    and a problem per field (or for the whole file) that cannot be used."""
    for sidecar in (path.with_name(path.name + ".json"), path.with_suffix(".json")):
        if sidecar == path or not sidecar.is_file():
            continue
        data, problem = _sidecar_data(sidecar)
        if problem:
            return {}, [f"sidecar {sidecar.name} {problem}; fix it or remove it (its metadata is not used)"]
        unknown = sorted(set(data) - set(_SIDECAR_KEYS))
        if unknown:
            log.debug("%s: ignoring sidecar keys %s", printable(str(sidecar)), unknown)
        return checked_meta(data, f"sidecar {sidecar.name}", _PLAIN_FIELDS)
    return {}, []


def _checked_text(path: Path, data: bytes) -> tuple[str, bool]:
    """(decoded text, is HTML) of a file's bytes, or :class:`ArticleError`."""
    if not data.strip():
        raise ArticleError(path, "file is empty (no text at all); remove it or fill it")
    text, encoding = decode_bytes(data, str(path))
    if _garbled(text):
        raise ArticleError(path, f"text decoded as {encoding} is mostly control characters: a binary or "
                                 "corrupt file; give a .txt, .md or .html article")
    is_html = path.suffix.lower() in _HTML or bool(_LOOKS_HTML.match(text[:2048]))
    if not is_html:
        longest = _longest_line(data)
        if longest > MAX_LINE_CHARS:
            raise ArticleError(path, f"holds a single line of {longest:,} bytes with no line breaks "
                                     f"(limit {MAX_LINE_CHARS:,}); not an article: split it into paragraphs")
    return text, is_html


def _check_body(path: Path, body: str, is_html: bool) -> None:
    """:class:`ArticleError` unless the cleaned ``body`` is English article text."""
    if is_html and len(body.split()) < MIN_HTML_WORDS:
        raise ArticleError(path, "HTML page holds no article text (only scripts, styles or navigation); "
                                 "save the article's own page or its text")
    if not body.strip():
        raise ArticleError(path, "no article text left after removing markup and site chrome; "
                                 "check that the file holds an article body")
    ratio, words = english_ratio(body)
    if words >= MIN_WORDS_FOR_LANGUAGE and ratio < MIN_ENGLISH_RATIO:
        raise ArticleError(path, f"does not look like English ({ratio:.0%} English function words in "
                                 f"{words} words, expected over {MIN_ENGLISH_RATIO:.0%}); the pipeline "
                                 "reads English news only")
    if words < MIN_WORDS_FOR_LANGUAGE and not re.search(r"[^\W\d_]{2,}", body):
        raise ArticleError(path, "holds no words (only numbers or symbols); not an article")


def _read(path: Path, max_bytes: int, rules: Boilerplate) -> tuple[Article, list[str]]:
    """The article of one file and a warning per metadata field left out, or :class:`ArticleError`."""
    text, is_html = _checked_text(path, _read_bytes(path, max_bytes))
    meta: dict[str, str] = {}
    warnings: list[str] = []
    if is_html:
        text, html_meta = html_to_text(text, str(path))
        meta, warnings = checked_meta(html_meta, "HTML metadata", _PLAIN_FIELDS)
    cleaned = clean_text(text, markdown=path.suffix.lower() in _MARKDOWN and not is_html, rules=rules,
                         title=meta.get("title", ""))
    _check_body(path, cleaned.text, is_html)
    sidecar, sidecar_warnings = _read_sidecar(path)
    meta.update(cleaned.meta)  # front matter already overrides the text's own lines
    meta.update(sidecar)
    article = Article(
        id=content_id(cleaned.text),
        path=printable(str(path)),
        text=cleaned.text,
        title=meta.get("title") or cleaned.title,
        date=meta.get("date"),
        author=meta.get("author"),
        source=meta.get("source"),
        url=meta.get("url"),
    )
    return article, [*warnings, *cleaned.warnings, *sidecar_warnings]


def read_article(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 boilerplate: Boilerplate | None = None) -> Article:
    """Read, decode, clean and identify one article file.

    Raises :class:`ArticleError` naming the file and the problem for anything that is
    not a readable English news article; never any other exception for bad content.
    A metadata field that cannot be used (a bad date in the front matter, an unreadable
    sidecar) is left empty and logged as a warning naming the file and the field.
    """
    path = Path(path)
    article, warnings = _read(path, max_bytes, boilerplate or load_boilerplate())
    for warning in warnings:
        log.warning("%s: %s", article.path, printable(warning))
    return article


# --------------------------------------------------------------------------- many articles


def iter_articles(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str], *,
                  max_bytes: int = DEFAULT_MAX_BYTES,
                  boilerplate: Boilerplate | None = None) -> Iterator[Article | Skipped | Warned]:
    """Stream an :class:`Article` per good file and a :class:`Skipped` per bad or duplicate one;
    before a file's article or skip, a :class:`Warned` per metadata field it was built without.

    Duplicates are files whose cleaned text is identical to an earlier file's; only a
    hash per text is kept in memory.  Paths and reasons are :func:`printable`.  Raises
    :class:`InputError` for a missing path.
    """
    rules = boilerplate or load_boilerplate()
    first_path: dict[bytes, str] = {}
    for path in iter_input_entries(paths):
        if isinstance(path, Skipped):  # a symlink loop, an unreadable folder
            log.warning("skipped %s: %s", path.path, path.reason)
            yield path
            continue
        shown = printable(str(path))
        try:
            article, warnings = _read(path, max_bytes, rules)
        except ArticleError as err:
            reason = printable(err.problem)
            log.warning("skipped %s: %s", shown, reason)
            yield Skipped(shown, reason)
            continue
        for warning in warnings:
            log.warning("%s: %s", shown, printable(warning))
            yield Warned(shown, printable(warning))
        digest = hashlib.sha256(article.text.encode("utf-8")).digest()
        if digest in first_path:
            reason = f"duplicate of {first_path[digest]}"
            log.warning("skipped %s: %s", shown, reason)
            yield Skipped(shown, reason)
            continue
        first_path[digest] = shown
        log.debug("read %s (%d characters, id %s)", shown, len(article.text), article.id)
        yield article
