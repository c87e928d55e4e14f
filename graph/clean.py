"""Turn the text of a scraped article into clean paragraphs plus what its first lines say.

Small pure functions over strings and lists of lines, applied in this order by
:func:`clean_text`:

1. :func:`normalize_text` (line endings, odd spaces, control characters),
2. :func:`split_front_matter` (YAML ``---`` block at the top),
3. :func:`strip_markdown` for ``.md`` files (links, images, emphasis, headings, rules),
4. :func:`strip_breadcrumb` on the first lines ("HomeAnalyticsWhy ISIS ..." -> title),
5. :func:`take_head_metadata` (byline, dateline: removed from the body, kept as metadata),
6. :func:`remove_boilerplate` with the site-chrome rules of ``ontology/boilerplate.yaml``,
7. :func:`take_title` (first short line when no heading named the title),
8. :func:`join_paragraphs` (one blank line between paragraphs).

The result's ``text`` is final: every character offset downstream points into it.
"""
from __future__ import annotations

import datetime as _dt
import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph.errors import OntologyError
from graph.fsutil import read_yaml
from graph.vocab import ONTOLOGY_DIR

__all__ = [
    "BOILERPLATE_PATH",
    "Boilerplate",
    "Cleaned",
    "load_boilerplate",
    "normalize_text",
    "split_front_matter",
    "strip_inline_markdown",
    "strip_markdown",
    "strip_breadcrumb",
    "parse_date",
    "parse_byline",
    "parse_dateline",
    "parse_source_line",
    "take_head_metadata",
    "remove_boilerplate",
    "is_title_like",
    "take_title",
    "join_paragraphs",
    "english_ratio",
    "clean_text",
]

BOILERPLATE_PATH = ONTOLOGY_DIR / "boilerplate.yaml"

HEAD_LINES = 12  # metadata and breadcrumbs are looked for in this many first non-empty lines


# --------------------------------------------------------------------------- rules as data


@dataclass(frozen=True)
class Boilerplate:
    """Compiled site-chrome rules (see ``ontology/boilerplate.yaml``)."""

    cut_from: tuple[re.Pattern[str], ...] = ()
    drop_line: tuple[re.Pattern[str], ...] = ()
    drop_paragraph: tuple[re.Pattern[str], ...] = ()
    strip_inline: tuple[re.Pattern[str], ...] = ()
    breadcrumb_roots: tuple[str, ...] = ()
    breadcrumb_separators: tuple[str, ...] = ()


def _compile(path: Path, key: str, patterns: Any) -> tuple[re.Pattern[str], ...]:
    if patterns is None:
        return ()
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise OntologyError(f"{path}: {key!r} must be a list of regular expressions (strings)")
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern, re.IGNORECASE))
        except re.error as err:
            raise OntologyError(
                f"{path}: {key}: bad regular expression {pattern!r} ({err}); fix or quote it"
            ) from err
    return tuple(compiled)


def load_boilerplate(path: str | Path | None = None) -> Boilerplate:
    """Read and compile the site-chrome rules (default ``ontology/boilerplate.yaml``)."""
    from .fsutil import file_digest

    path = Path(path) if path is not None else BOILERPLATE_PATH
    return _load_boilerplate(str(path), file_digest(path))


@lru_cache(maxsize=8)
def _load_boilerplate(path_str: str, digest: str | None = None) -> Boilerplate:
    path = Path(path_str)
    try:
        data = read_yaml(path) or {}
    except OSError as err:
        raise OntologyError(f"{path}: cannot read the boilerplate rules ({err.strerror})") from err
    except yaml.YAMLError as err:
        raise OntologyError(f"{path}: not valid YAML ({err}); fix the syntax") from err
    if not isinstance(data, dict):
        raise OntologyError(f"{path}: expected a mapping with keys cut_from, drop_line, ...")
    crumbs = data.get("breadcrumb") or {}
    if not isinstance(crumbs, dict):
        raise OntologyError(f"{path}: 'breadcrumb' must be a mapping with roots and separators")
    return Boilerplate(
        cut_from=_compile(path, "cut_from", data.get("cut_from")),
        drop_line=_compile(path, "drop_line", data.get("drop_line")),
        drop_paragraph=_compile(path, "drop_paragraph", data.get("drop_paragraph")),
        strip_inline=_compile(path, "strip_inline", data.get("strip_inline")),
        breadcrumb_roots=tuple(str(r) for r in crumbs.get("roots") or ()),
        breadcrumb_separators=tuple(str(s) for s in crumbs.get("separators") or ()),
    )


# --------------------------------------------------------------------------- normalisation

# control characters other than tab and newline, zero-width and bidi marks, the BOM
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def normalize_text(text: str) -> str:
    """Unix line endings, NFC, one plain space for any run of spaces, no invisible characters.

    Stray HTML entities left by scrapers ("&#163;1.8m", "&amp;") become characters.
    """
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """YAML front matter (``---`` ... ``---`` at the very top) as a dict, and the rest.

    Text without front matter, or whose top block is not a YAML mapping, comes back
    unchanged with an empty dict.
    """
    if not text.startswith("---\n"):
        return {}, text
    end = re.search(r"^(---|\.\.\.)[ \t]*$", text[4:], re.MULTILINE)
    if end is None:
        return {}, text
    block = text[4 : 4 + end.start()]
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError:
        return {}, text
    if not isinstance(data, dict):
        return {}, text
    return data, text[4 + end.end() :].lstrip("\n")


# --------------------------------------------------------------------------- markdown

_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
_MD_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_MD_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_MD_STRONG = re.compile(r"(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1")
_MD_EM_STAR = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![*\w])")
_MD_EM_UNDER = re.compile(r"(?<![_\w])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![_\w])")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(\s+#+)?$")
_MD_RULE = re.compile(r"^([-*_])(\s*\1){2,}$")
_MD_LINK_DEF = re.compile(r"^\[[^\]]+\]:\s*\S+")
_MD_FENCE = re.compile(r"^(```|~~~)")
_MD_QUOTE = re.compile(r"^(>\s?)+")
_MD_BULLET = re.compile(r"^([-*+]|\d{1,3}[.)])\s+")
_MD_HTML_TAG = re.compile(r"</?(?:br|span|div|p|em|strong|b|i|u|sup|sub|small)\b[^>]*>", re.IGNORECASE)


def strip_inline_markdown(line: str) -> str:
    """Links to their text, images and inline HTML tags dropped, emphasis marks removed."""
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_REF_LINK.sub(r"\1", line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    line = _MD_HTML_TAG.sub("", line)
    line = _MD_CODE.sub(r"\1", line)
    for _ in range(2):  # nested emphasis: ***x*** or **_x_**
        line = _MD_STRONG.sub(r"\2", line)
        line = _MD_EM_STAR.sub(r"\1", line)
        line = _MD_EM_UNDER.sub(r"\1", line)
    return _SPACES.sub(" ", line).strip()


def strip_markdown(text: str) -> tuple[str, str]:
    """Markdown to plain lines; returns (title from the first ``# `` heading, text).

    Headings become their own paragraph; rules, fences and link definitions vanish;
    block quotes and list markers lose their marks.  The title heading is removed
    from the text (it is metadata).
    """
    title = ""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if _MD_FENCE.match(line) or _MD_LINK_DEF.match(line):
            continue
        if _MD_RULE.match(line):
            out.append("")
            continue
        line = _MD_QUOTE.sub("", line)
        heading = _MD_HEADING.match(line)
        if heading:
            words = strip_inline_markdown(heading.group(2))
            if heading.group(1) == "#" and not title and words:
                title = words
                out.append("")
                continue
            out.extend(["", words, ""])
            continue
        line = _MD_BULLET.sub("", line)
        out.append(strip_inline_markdown(line))
    return title, "\n".join(out)


# --------------------------------------------------------------------------- breadcrumbs

_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")


def strip_breadcrumb(line: str, rules: Boilerplate) -> str | None:
    """The title inside a breadcrumb line, or None when the line is no breadcrumb.

    "Home > World > Russia arms the Taliban" -> "Russia arms the Taliban";
    "HomeAnalyticsWhy ISIS moves" (glued by a scraper) -> "Why ISIS moves".
    """
    for root in rules.breadcrumb_roots:
        if not line.startswith(root) or len(line) == len(root):
            continue
        rest = line[len(root) :]
        stripped = rest.lstrip()
        for sep in rules.breadcrumb_separators:
            if stripped.startswith(sep):
                parts = [p.strip() for p in re.split("|".join(map(re.escape, rules.breadcrumb_separators)), stripped)]
                parts = [p for p in parts if p]
                return parts[-1] if parts else ""
        if rest[0].isupper():  # glued: "HomeAnalyticsWhy ISIS ..."
            first, _, tail = rest.partition(" ")
            segments = _GLUED.split(first)
            title = segments[-1] + (" " + tail if tail else "")
            return title.strip()
    return None


# --------------------------------------------------------------------------- metadata lines

_MONTHS = {
    name: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[A-Z]{2,4}|\s*[+-]\d{2}:?\d{2}|Z)?)?"
_DATE_FORMS = [
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}$", re.IGNORECASE),
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}{_TIME}$", re.IGNORECASE),
    re.compile(rf"^{_YEAR}-(?P<mnum>\d{{1,2}})-{_DAY}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?$"),
    re.compile(rf"^{_YEAR}/(?P<mnum>\d{{1,2}})/{_DAY}$"),
]
_DATE_PREFIX = re.compile(r"^(?:(?:published|posted|updated|first published|last updated|date)(?:\s+on)?\s*:?\s*)", re.IGNORECASE)


def parse_date(text: str) -> str | None:
    """An ISO date ("2017-04-26") from a date written on its own, else None.

    Accepts "April 26, 2017", "26 April 2017", "Wed, 26 Apr 2017 10:32 GMT", "2017-04-26",
    "2017-04-26T10:32:00Z", "2017/04/26", with an optional "Published:"-style prefix.
    """
    text = _DATE_PREFIX.sub("", text.strip()).strip()
    for form in _DATE_FORMS:
        m = form.match(text)
        if not m:
            continue
        groups = m.groupdict()
        month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"].lower()]
        try:
            return _dt.date(int(groups["year"]), month, int(groups["day"])).isoformat()
        except ValueError:
            return None
    return None


_NAME_WORD = r"(?:[A-Z][\w'’.-]*|de|van|von|der|al|bin|ibn|la|le|da|di|du)"
_BYLINE = re.compile(
    rf"^(?i:by|written by|author|authors|reporting by)\s*:?\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}})*)\.?$",
)


def parse_byline(line: str) -> str | None:
    """The author named by a byline ("By Sami Karimi" -> "Sami Karimi"), else None.

    Only capitalised names qualify, so "By 2020, Moscow ..." or "By then ..." are body text.
    """
    m = _BYLINE.match(line.strip())
    if not m or re.search(r"\d", m.group("name")):
        return None
    return m.group("name").strip()


_SOURCE_NAME = r"(?P<source>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|for|on|&)){0,6})"
_SOURCE_DATE = re.compile(rf"^{_SOURCE_NAME}\s*[,|–—-]\s*(?P<date>.+)$")


def parse_dateline(line: str) -> tuple[str | None, str] | None:
    """(source or None, ISO date) from "Global Research, April 26, 2017" or a lone date."""
    line = line.strip()
    date = parse_date(line)
    if date:
        return None, date
    m = _SOURCE_DATE.match(line)
    if m:
        date = parse_date(m.group("date"))
        if date:
            return m.group("source").strip(), date
    return None


_ORIGINAL_SOURCE = re.compile(r"^the original source of this article is\s+(?P<source>[^.]{2,80}?)\.?$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?P<body>.{2,160})$", re.IGNORECASE)


def parse_source_line(line: str) -> str | None:
    """The publisher named by a footer line, else None.

    "The original source of this article is Global Research" -> "Global Research";
    "Copyright © Sami Karimi, Global Research, 2017" -> "Global Research" (the holder
    listed last before the year).
    """
    line = line.strip()
    m = _ORIGINAL_SOURCE.match(line)
    if m:
        return m.group("source").strip()
    m = _COPYRIGHT.match(line)
    if not m:
        return None
    body = re.sub(r"\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b", "", m.group("body"))
    body = re.sub(r"all rights reserved\.?", "", body, flags=re.IGNORECASE)
    parts = [p.strip(" .") for p in body.split(",")]
    parts = [p for p in parts if p]
    return parts[-1] if parts else None


def take_head_metadata(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Byline and dateline among the first lines: (metadata, lines without them)."""
    meta: dict[str, str] = {}
    out = list(lines)
    seen = 0
    for i, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > HEAD_LINES:
            break
        author = parse_byline(line)
        if author and "author" not in meta:
            meta["author"] = author
            out[i] = ""
            continue
        dateline = parse_dateline(line)
        if dateline and "date" not in meta:
            source, date = dateline
            meta["date"] = date
            if source:
                meta["source"] = source
            out[i] = ""
    return meta, out


# --------------------------------------------------------------------------- boilerplate


def remove_boilerplate(lines: list[str], rules: Boilerplate) -> list[str]:
    """Lines without site chrome; removed lines become blank so paragraphs stay apart."""
    out: list[str] = []
    body_seen = False
    in_dropped_paragraph = False
    for line in lines:
        if not line:
            in_dropped_paragraph = False
            out.append("")
            continue
        if in_dropped_paragraph:
            out.append("")
            continue
        if any(p.search(line) for p in rules.cut_from):
            if body_seen:
                break
            out.append("")  # a teaser box above the article: drop only its marker
            continue
        if any(p.search(line) for p in rules.drop_paragraph):
            in_dropped_paragraph = True
            out.append("")
            continue
        if any(p.search(line) for p in rules.drop_line):
            out.append("")
            continue
        for p in rules.strip_inline:
            line = p.sub("", line)
        line = line.strip()
        out.append(line)
        body_seen = body_seen or bool(line)
    return out


# --------------------------------------------------------------------------- title and paragraphs

_TERMINAL = (".", "!", "?", ":", ";", ",", "…", '"', "”", "’", "'", ")")


def is_title_like(line: str) -> bool:
    """A headline: short, not starting in lower case, not ending like a sentence."""
    words = line.split()
    if not 1 <= len(words) <= 25 or len(line) > 200:
        return False
    if line[0].islower() and not any(ch.isupper() for ch in words[0]):  # "iTunes" is fine
        return False
    end = line.rstrip("\"”’'")
    return end.endswith(("...", "…")) or not end.endswith((".", ",", ";", ":"))


def take_title(lines: list[str], title: str = "") -> tuple[str, list[str]]:
    """(title, lines): a given title's repeat at the top is dropped; with no title, the
    first non-empty line becomes the title when it looks like a headline."""
    out = list(lines)
    nonempty = [i for i, line in enumerate(out) if line]
    if not nonempty:
        return title, out
    first = nonempty[0]
    if title:
        if out[first].casefold() == title.casefold():
            out[first] = ""
        return title, out
    if len(nonempty) > 1 and is_title_like(out[first]):
        return out[first], out[:first] + [""] + out[first + 1 :]
    return "", out


def join_paragraphs(lines: list[str]) -> str:
    """Paragraphs separated by exactly one blank line.

    Blank lines end a paragraph, unless the text after them starts in lower case and
    the text before does not end a sentence (a scraper's stray break).  A line break
    inside a block is kept as a paragraph break unless it is a hard wrap: the previous
    line does not end a sentence and either the next starts in lower case or the
    previous is long.
    """
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if not current:
            # a paragraph cut in two by a stray blank line: "... which are primarily" / "aimed at"
            if paragraphs and line[0].islower() and not paragraphs[-1].endswith(_TERMINAL):
                current = paragraphs.pop() + " " + line
            else:
                current = line
        elif not current.endswith(_TERMINAL) and (line[0].islower() or len(current) >= 50):
            current = current + " " + line
        else:
            paragraphs.append(current)
            current = line
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


# --------------------------------------------------------------------------- language

# The commonest English function words: in English prose they make up roughly
# 40 % of the words; in other languages, or in garbage, almost none.
_ENGLISH_STOPWORDS = frozenset(
    """a about after against all also an and any are as at be because been before being
    between both but by can could did do does down during each few for from had has have
    having he her here hers him his how i if in into is it its just me more most my no nor
    not now of off on once only or other our out over own said same she should so some such
    than that the their them then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your""".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def english_ratio(text: str, limit: int = 5000) -> tuple[float, int]:
    """(share of English function words among the first ``limit`` words, words counted)."""
    words = [m.group(0).lower() for m, _ in zip(_WORD.finditer(text), range(limit))]
    if not words:
        return 0.0, 0
    return sum(w in _ENGLISH_STOPWORDS for w in words) / len(words), len(words)


# --------------------------------------------------------------------------- all together


@dataclass(frozen=True)
class Cleaned:
    """Clean body text, the title, and metadata stated by the text itself."""

    text: str
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)  # date, author, source, url


def _string_meta(data: dict[str, Any]) -> dict[str, str]:
    """Front-matter values as strings (dates as ISO, author lists joined)."""
    meta: dict[str, str] = {}
    for key in ("title", "date", "author", "source", "url"):
        value = data.get(key)
        if key == "author" and value is None:
            value = data.get("authors")
        if key == "source" and value is None:
            value = data.get("publisher") or data.get("sitename")
        if value is None or value == "":
            continue
        if isinstance(value, (_dt.datetime, _dt.date)):
            value = value.isoformat()[:10]
        elif isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        meta[key] = str(value).strip()
    return meta


def clean_text(text: str, *, markdown: bool = False, rules: Boilerplate | None = None,
               title: str = "") -> Cleaned:
    """Clean one article's text (see the module docstring for the steps).

    ``title`` is a title already known (e.g. from HTML metadata); its repeat at the
    top of the body is removed.  Metadata precedence inside the text: front matter
    over the first lines over footers.
    """
    rules = rules or load_boilerplate()
    text = normalize_text(text)
    front, text = split_front_matter(text)
    front_meta = _string_meta(front)
    if markdown:
        md_title, text = strip_markdown(text)
        title = title or md_title
    lines = [line.strip() for line in text.split("\n")]

    meta: dict[str, str] = {}
    for line in lines:  # footers name the publisher: "The original source of this article is X"
        source = parse_source_line(line) if line else None
        if source:
            meta["source"] = source
            break

    seen = 0
    for i, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > HEAD_LINES:
            break
        crumb_title = strip_breadcrumb(line, rules)
        if crumb_title is not None:
            lines[i] = ""
            title = title or crumb_title
            break

    head, lines = take_head_metadata(lines)
    meta.update(head)
    lines = remove_boilerplate(lines, rules)
    title, lines = take_title(lines, title)
    if title:
        meta["title"] = title
    meta.update(front_meta)
    body = join_paragraphs(lines)
    return Cleaned(text=body, title=meta.pop("title", ""), meta=meta)
