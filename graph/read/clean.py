"""Turn the text of a scraped article into clean paragraphs plus what its first lines say.

Small pure functions over strings and lists of lines, applied in this order by
:func:`clean_text`:

1. :func:`normalize_text` (line endings, odd spaces, control characters),
2. :func:`split_front_matter` (YAML ``---`` block at the top, split off by python-frontmatter),
3. :func:`strip_markdown` for ``.md`` files (parsed by markdown-it-py: links, images, emphasis,
   headings, rules),
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
import itertools
import re
import unicodedata
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from dateutil import parser as _dateparser
from frontmatter.default_handlers import YAMLHandler
from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from yaml.composer import ComposerError

from graph.errors import OntologyError
from graph.fsutil import read_yaml
from graph.vocab import ONTOLOGY_DIR, check_mapping

__all__ = [
    "BOILERPLATE_PATH",
    "Boilerplate",
    "Cleaned",
    "load_boilerplate",
    "MAX_META_CHARS",
    "MAX_FRONT_MATTER_DEPTH",
    "fix_surrogates",
    "make_boilerplate",
    "BOILERPLATE_KEYS",
    "normalize_text",
    "split_front_matter",
    "meta_text",
    "META_FIELDS",
    "checked_meta",
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
MAX_META_CHARS = 2_000  # a title, author, source or URL longer than this is not one
MAX_FRONT_MATTER_DEPTH = 20  # lists and mappings nested deeper than this in front matter are refused


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
    from ..fsutil import file_digest

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
    return make_boilerplate(data, path)


#: The keys of ``boilerplate.yaml``; any other is an error naming the file and the key.
BOILERPLATE_KEYS = {**dict.fromkeys(("cut_from", "drop_line", "drop_paragraph", "strip_inline")),
                    "breadcrumb": dict.fromkeys(("roots", "separators"))}


def make_boilerplate(data: Any, path: str | Path) -> Boilerplate:
    """Compile the parsed site-chrome rules of the file at ``path``."""
    data = check_mapping({} if data is None else data, BOILERPLATE_KEYS, path,
                         "expected a mapping with keys cut_from, drop_line, ...")
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
_SURROGATE = re.compile("[\ud800-\udfff]")


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def fix_surrogates(text: str, errors: str = "replace") -> str:
    """``text`` with surrogate pairs joined into the characters they encode and lone surrogates
    (``"\\ud800"`` from a JSON or YAML escape, never valid Unicode) replaced by U+FFFD, so every
    writer can encode it as UTF-8; with ``errors="strict"`` a lone surrogate raises
    :class:`UnicodeDecodeError`."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", errors)


def normalize_text(text: str) -> str:
    """Unix line endings, NFC, one plain space for any run of spaces, no invisible characters.

    Stray HTML entities left by scrapers ("&#163;1.8m", "&amp;") become characters; lone
    surrogates become U+FFFD (:func:`fix_surrogates`).
    """
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), fix_surrogates(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


# --------------------------------------------------------------------------- front matter


class _Refused(ComposerError):
    """YAML that front matter does not accept although it is valid (an alias, deep nesting)."""


class _FrontMatterLoader(yaml.SafeLoader):
    """PyYAML's safe loader made safe for untrusted front matter.

    Aliases are refused (a kilobyte of nested aliases expands to hundreds of megabytes),
    nesting is bounded (``[`` 5,000 times overflows the stack), and numbers, dates and
    booleans stay the text written, so a bad date or a 5,000-digit number is a problem of
    one field, checked by :func:`meta_text`, never a crash.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(None, None, f"uses the YAML alias *{event.anchor}, and aliases are not "
                           "expanded; write the value out", event.start_mark)
        if self._depth >= MAX_FRONT_MATTER_DEPTH:
            raise _Refused(None, None, f"holds lists or mappings nested over {MAX_FRONT_MATTER_DEPTH} "
                           "levels deep", event.start_mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


for _tag in ("bool", "int", "float", "timestamp"):
    _FrontMatterLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _FrontMatterLoader.construct_scalar)

_YAML_ERRORS = (yaml.YAMLError, ValueError, RecursionError)
_FM_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)")


def _yaml_problem(err: Exception) -> str:
    """A one-line description of a YAML error, without the snippet PyYAML quotes."""
    if isinstance(err, _Refused):
        return str(err.problem)
    if isinstance(err, yaml.MarkedYAMLError):
        what = ": ".join(p for p in (err.context, err.problem) if p)
        return f"not valid YAML ({what})"
    return f"not valid YAML ({type(err).__name__}: {err})"


def _fm_entries(block: str) -> list[tuple[str, str]]:
    """(key, text) of each top-level ``key:`` of a front-matter block with the lines under it."""
    entries: list[tuple[str, list[str]]] = []
    for line in block.split("\n"):
        key = _FM_KEY.match(line)
        if key:
            entries.append((key.group(1), [line]))
        elif entries:
            entries[-1][1].append(line)
    return [(key, "\n".join(lines)) for key, lines in entries]


def _fm_by_field(block: str, err: Exception) -> tuple[dict[str, Any], list[str]]:
    """Read a block that is not valid YAML one top-level field at a time: the fields that
    read are kept, each that does not is named in a problem."""
    data: dict[str, Any] = {}
    problems: list[str] = []
    for key, entry in _fm_entries(block):
        try:
            value = yaml.load(entry, Loader=_FrontMatterLoader)  # noqa: S506 - a safe loader
        except _YAML_ERRORS as field_err:
            problems.append(f"front matter {key!r}: {_yaml_problem(field_err)}; ignored")
            continue
        if isinstance(value, dict):
            data.update(value)
    if not problems:  # every field reads alone: the fault lies between them
        return {}, [f"front matter: {_yaml_problem(err)}; none of it is used"]
    return data, problems


class _FrontMatterHandler(YAMLHandler):
    """python-frontmatter's YAML handler with our rules: the block opens with ``---`` on the
    very first line, closes with ``---`` or ``...``, and is read by :class:`_FrontMatterLoader`
    (no alias expanded, nesting bounded, scalars as written)."""

    FM_BOUNDARY = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)

    def detect(self, text: str) -> bool:
        return text.startswith("---\n")

    def load(self, fm: str, **kwargs: object) -> Any:
        return yaml.load(fm, Loader=_FrontMatterLoader)  # noqa: S506 - a safe loader


_FRONT_MATTER = _FrontMatterHandler()


def split_front_matter(text: str) -> tuple[dict[str, Any], str, list[str]]:
    """YAML front matter (``---`` ... ``---`` at the very top) as a dict, the rest, and problems.

    python-frontmatter splits the block off (:class:`_FrontMatterHandler`); its ``parse`` is
    not used, as it strips the text and lets a YAML error through.  Text without front
    matter, or whose top block is no mapping (a Markdown rule above a paragraph), comes back
    unchanged with an empty dict.  A block that starts like a mapping (``title: ...``) but is
    not valid YAML is still front matter, never article text: the fields that read alone are
    kept and each problem names its field.
    """
    if not _FRONT_MATTER.detect(text):
        return {}, text, []
    try:
        block, rest = _FRONT_MATTER.split(text)
    except ValueError:  # no closing line
        return {}, text, []
    rest = rest.lstrip("\n")
    try:
        data = _FRONT_MATTER.load(block)
    except _YAML_ERRORS as err:
        first = next((line for line in block.split("\n") if line.strip() and not line.startswith("#")), "")
        if not _FM_KEY.match(first):
            return {}, text, []
        data, problems = _fm_by_field(block, err)
        return data, rest, problems
    if not isinstance(data, dict):
        return {}, text, []
    return data, rest, []


# --------------------------------------------------------------------------- markdown

# Markdown is parsed by markdown-it-py (CommonMark, plus tables); the text is taken from its
# token stream.  Inline HTML tags of this list are dropped, any other ``<...>`` stays as text.
_MD_HTML_TAG = re.compile(r"</?(?:br|span|div|p|em|strong|b|i|u|sup|sub|small)\b[^>]*>", re.IGNORECASE)
_MD_LINK_DEF = re.compile(r"^\[[^\]]+\]:\s*\S+")
_MD_DROPPED = {"image", "link_open", "link_close", "em_open", "em_close", "strong_open", "strong_close"}


def _undefined_reference(state: StateInline, silent: bool) -> bool:
    """``[text][label]`` whose label no definition gives is a link all the same (its text
    stays) and ``![alt][label]`` an image (dropped), as a writer who forgot the definition meant."""
    image = state.src.startswith("![", state.pos)
    start = state.pos + 1 if image else state.pos
    if state.src[start] != "[":
        return False
    label_end = state.md.helpers.parseLinkLabel(state, start, True)
    if label_end < 0 or not state.src.startswith("[", label_end + 1):
        return False
    close = state.src.find("]", label_end + 2, state.posMax)
    if close < 0 or "[" in state.src[label_end + 2 : close]:
        return False
    if not silent and not image:
        end, state.pos, state.posMax = state.posMax, start + 1, label_end
        state.push("link_open", "a", 1)
        state.linkLevel += 1
        state.md.inline.tokenize(state)
        state.linkLevel -= 1
        state.push("link_close", "a", -1)
        state.posMax = end
    elif not silent:
        state.push("image", "img", 0)
    state.pos = close + 1
    return True


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable("table")
    md.inline.ruler.after("link", "undefined_reference", _undefined_reference)
    return md


def _inline_lines(children: list[Token]) -> list[str]:
    """The plain lines of an inline token's children: link and code text kept, images and
    emphasis marks dropped, each source line one line."""
    parts: list[str] = []
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "html_inline":
            parts.append("" if _MD_HTML_TAG.fullmatch(child.content) else child.content)
        elif child.type not in _MD_DROPPED:
            parts.append(child.content)
    return [_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n")]


def strip_inline_markdown(line: str) -> str:
    """Links to their text, images and inline HTML tags dropped, emphasis marks removed."""
    tokens = _markdown().parseInline(line, {})
    return " ".join(_inline_lines(tokens[0].children or [])).strip() if tokens else ""


_MD_NESTED = 3  # code in HTML in code ... is read as Markdown again this many levels deep


def _block_lines(tokens: list[Token], i: int, depth: int = 0) -> list[list[str]]:
    """What the source lines of the block token ``tokens[i]`` become, one list of lines each."""
    token = tokens[i]
    inline = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].type == "inline" else None
    content = token.content.removesuffix("\n")
    if token.type in ("fence", "code_block", "html_block"):
        if depth < _MD_NESTED and (token.type != "html_block" or _MD_HTML_TAG.search(content)):
            # code, and the text between the listed HTML tags, is read as Markdown again
            text = _MD_HTML_TAG.sub("", content) if token.type == "html_block" else content
            nested = [_plain_lines(text, False, depth + 1)[1].split("\n")] if content else []
            nested += [[] for _ in range(content.count("\n"))]
        else:
            nested = [[strip_inline_markdown(line)] for line in content.split("\n")] if content else []
        return [[], *nested, []] if token.type == "fence" else nested  # the fence marks vanish
    if token.type == "tr_open":  # a table row: a paragraph of its cells
        cells = itertools.takewhile(lambda t: t.type != "tr_close", tokens[i + 1 :])
        return [["", " | ".join(" ".join(_inline_lines(c.children or [])) for c in cells if c.type == "inline"), ""]]
    words = _inline_lines(inline.children or []) if inline is not None else []
    if token.type == "heading_open":
        return [["", " ".join(words), ""]]
    return [[line] for line in words]  # paragraphs, in lists and block quotes too; rules are blank


_MD_BLOCKS = {"paragraph_open", "heading_open", "fence", "code_block", "html_block", "hr", "tr_open"}


def strip_markdown(text: str) -> tuple[str, str]:
    """Markdown to plain lines; returns (title from the first ``# `` heading, text).

    The text keeps the lines of the source: headings become their own paragraph; rules,
    fences and link definitions vanish; block quotes and list markers lose their marks;
    a table row is a paragraph of its cells.  The title heading is removed from the text
    (it is metadata).
    """
    return _plain_lines(text, True, 0)


def _plain_lines(text: str, take_title: bool, depth: int) -> tuple[str, str]:
    """:func:`strip_markdown` of text ``depth`` levels inside code or HTML (where every
    heading stays a paragraph: ``take_title`` is False)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # markdown-it's line breaks, so its maps fit
    tokens = _markdown().parse(text, {})
    slots: list[list[str]] = [[""] for _ in text.split("\n")]
    title = ""
    for i, token in enumerate(tokens):
        if token.type not in _MD_BLOCKS or token.map is None:
            continue
        lines = _block_lines(tokens, i, depth)
        if take_title and token.tag == "h1" and not title and lines[0][1]:
            title, lines = lines[0][1], [[""]]
        first, last = token.map
        for offset, out in enumerate(lines[: last - first]):
            slots[first + offset] = out
    covered = _read_lines(tokens)
    for n, line in enumerate(text.split("\n")):
        if _MD_LINK_DEF.match(line.strip()):  # a definition right under text is one all the same
            slots[n] = []
        elif line.strip() and n not in covered:  # nested past markdown-it's maxNesting: read alone
            slots[n] = [strip_inline_markdown(line.strip().lstrip("> "))]
    _keep_list_marks(tokens, slots)
    return title, "\n".join(line for slot in slots for line in slot)


def _empty_item(tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` is a list item of one line with nothing in it (a lone "3.")."""
    token = tokens[i]
    return (token.type == "list_item_open" and token.map is not None and token.map[1] - token.map[0] == 1
            and i + 1 < len(tokens) and tokens[i + 1].type == "list_item_close")


def _read_lines(tokens: list[Token]) -> set[int]:
    """The source lines markdown-it gave a text block (or an empty list item) for."""
    lines: set[int] = set()
    for i, token in enumerate(tokens):
        if token.map and (token.type in _MD_BLOCKS or token.type == "table_open" or _empty_item(tokens, i)):
            lines.update(range(*token.map))
    return lines


def _keep_list_marks(tokens: list[Token], slots: list[list[str]]) -> None:
    """Put back the marks that are text: a number of over three digits ("2017. It was ..." starts
    with a year, not item 2017 of a list) and the mark of an empty item (a lone "3." line)."""
    for i, token in enumerate(tokens):
        if token.type != "list_item_open" or not token.map:
            continue
        if _empty_item(tokens, i) or len(token.info) > 3:
            line = slots[token.map[0]] or [""]
            slots[token.map[0]] = [f"{token.info}{token.markup} {line[0]}".strip(), *line[1:]]


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

_NAMES = _dateparser.parserinfo()  # dateutil's month and weekday names ("Sept", "Wednesday")
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_WEEKDAY = r"(?:(?P<weekday>[A-Za-z]{3,9})\.?,?\s+)?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[A-Z]{2,4}|\s*[+-]\d{2}:?\d{2}|Z)?)?"
# (written in words, form): the shapes a date may take; dateutil reads and checks the values
_DATE_FORMS = [
    (True, re.compile(rf"^{_WEEKDAY}(?P<value>{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME})$", re.IGNORECASE)),
    (True, re.compile(rf"^{_WEEKDAY}(?P<value>{_DAY}\s+{_MONTH},?\s+{_YEAR}{_TIME})$", re.IGNORECASE)),
    (False, re.compile(rf"^(?P<value>{_YEAR}-\d{{1,2}}-{_DAY}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)$")),
    (False, re.compile(rf"^(?P<value>{_YEAR}/\d{{1,2}}/{_DAY})$")),
]
_DATE_PREFIX = re.compile(r"^(?:(?:published|posted|updated|first published|last updated|date)(?:\s+on)?\s*:?\s*)", re.IGNORECASE)
_DOT_TIME = re.compile(r"(?<=\d)\.(?=\d{2}\b)")  # "10.32" -> "10:32"
_DOTTED_AM_PM = re.compile(r"\b([ap])\.m\.", re.IGNORECASE)  # "p.m." -> "pm"


def parse_date(text: str) -> str | None:
    """An ISO date ("2017-04-26") from a date written on its own, else None.

    Accepts "April 26, 2017", "26 April 2017", "Wed, 26 Apr 2017 10:32 GMT", "2017-04-26",
    "2017-04-26T10:32:00Z", "2017/04/26", with an optional "Published:"-style prefix.  The
    shape is matched here; python-dateutil reads the names and checks the values, so a day
    the month lacks ("February 30"), an hour of 25 or an offset of a day or more ("+25:00")
    is no date.
    """
    text = _DATE_PREFIX.sub("", text.strip()).strip()
    for in_words, form in _DATE_FORMS:
        m = form.match(text)
        if m:
            return _read_date(m, in_words)
    return None


def _read_date(m: re.Match[str], in_words: bool) -> str | None:
    """The ISO date of a matched date, or None when dateutil finds it is no real date."""
    weekday, month = m.groupdict().get("weekday"), m.groupdict().get("month")
    if weekday and _NAMES.weekday(weekday[:3]) is None or month and _NAMES.month(month) is None:
        return None
    value = m.group("value")
    if in_words:
        # dateutil takes "10:32 pm GMT" (a zone name only in capitals), not "10.32 p.m. gmt"
        value = _DOTTED_AM_PM.sub(r"\1m", _DOT_TIME.sub(":", value)).upper()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", _dateparser.UnknownTimezoneWarning)  # "EST": the date is all we keep
            stamp = _dateparser.parse(value, parserinfo=_NAMES)
        stamp.utcoffset()  # raises for an offset of a day or more
    except (ValueError, OverflowError):
        return None
    return stamp.date().isoformat()


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


def head_lines(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(index, line) of the first ``HEAD_LINES`` non-empty lines, where bylines, datelines and
    breadcrumbs stand."""
    nonempty = ((i, line) for i, line in enumerate(lines) if line)
    return itertools.islice(nonempty, HEAD_LINES)


def take_head_metadata(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Byline and dateline among the first lines: (metadata, lines without them)."""
    meta: dict[str, str] = {}
    out = list(lines)
    for i, line in head_lines(lines):
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
    words = [m.group(0) for m, _ in zip(_WORD.finditer(text), range(limit))]
    if not words:
        return 0.0, 0
    lowered = " ".join(words).lower().split(" ")  # a word holds no space, lower-cased or not
    return sum(map(_ENGLISH_STOPWORDS.__contains__, lowered)) / len(words), len(words)


# --------------------------------------------------------------------------- all together


@dataclass(frozen=True)
class Cleaned:
    """Clean body text, the title, and metadata stated by the text itself."""

    text: str
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)  # date, author, source, url
    warnings: tuple[str, ...] = ()  # front-matter fields that could not be used, and why


def _shown(value: str, limit: int = 40) -> str:
    """A value quoted for a message, cut to ``limit`` characters."""
    return repr(value if len(value) <= limit else value[:limit] + "...")


def _as_text(value: Any) -> str | None:
    """A scalar as text: strings, numbers, dates; None for anything else."""
    if isinstance(value, str):
        return value
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()[:10]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def meta_text(key: str, value: Any) -> tuple[str | None, str | None]:
    """(text, None) for a metadata value that can be used, or (None, problem).

    Text, numbers and dates are text and a list of them is joined with ", "; a mapping, a
    nested list or a boolean is a problem, and so is a lone surrogate (invalid Unicode) or a
    value over :data:`MAX_META_CHARS`.  The ``date`` comes back as an ISO date.  None and
    "" give (None, None).
    """
    if value is None or value == "":
        return None, None
    if isinstance(value, (list, tuple)):
        parts = [_as_text(v) for v in value]
        text = None if None in parts else ", ".join(p for p in parts if p is not None)
        if text is None:
            return None, "expected text or a list of texts, found a list holding a list, mapping, boolean or null"
    else:
        text = _as_text(value)
        if text is None:
            kind = ("a mapping" if isinstance(value, dict) else f"the boolean {str(value).lower()}"
                    if isinstance(value, bool) else f"a {type(value).__name__}")
            return None, f"expected text, found {kind}"
    try:
        text = fix_surrogates(text, errors="strict").strip()
    except UnicodeDecodeError:
        return None, "holds a lone surrogate (an escape such as \\ud800 that is no character)"
    if len(text) > MAX_META_CHARS:
        return None, f"is {len(text):,} characters long, over the limit of {MAX_META_CHARS:,}"
    if key == "date" and text:
        iso = parse_date(text)
        if iso is None:
            return None, f"cannot read {_shown(text)} as a date (write yyyy-mm-dd)"
        text = iso
    return text or None, None


#: Each metadata field and the front-matter keys that may give it, the first present winning.
META_FIELDS = (("title", ("title",)), ("date", ("date",)), ("author", ("author", "authors")),
               ("source", ("source", "publisher", "sitename")), ("url", ("url",)))


def checked_meta(data: dict[str, Any], origin: str,
                 fields: tuple[tuple[str, tuple[str, ...]], ...] = META_FIELDS) -> tuple[dict[str, str], list[str]]:
    """The metadata of ``data`` that can be used (:func:`meta_text`: dates as ISO, author lists
    joined), and a problem naming ``origin`` ("front matter") and the key for each value that cannot."""
    meta: dict[str, str] = {}
    problems: list[str] = []
    for key, names in fields:
        for name in names:
            if data.get(name) in (None, ""):
                continue
            text, problem = meta_text(key, data[name])
            if problem:
                problems.append(f"{origin} {name!r}: {problem}; ignored")
            elif text:
                meta[key] = text
            break
    return meta, problems


def clean_text(text: str, *, markdown: bool = False, rules: Boilerplate | None = None,
               title: str = "") -> Cleaned:
    """Clean one article's text (see the module docstring for the steps).

    ``title`` is a title already known (e.g. from HTML metadata); its repeat at the
    top of the body is removed.  Metadata precedence inside the text: front matter
    over the first lines over footers.
    """
    rules = rules or load_boilerplate()
    text = normalize_text(text)
    front, text, problems = split_front_matter(text)
    front_meta, bad_values = checked_meta(front, "front matter")
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

    for i, line in head_lines(lines):
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
    return Cleaned(text=body, title=meta.pop("title", ""), meta=meta, warnings=tuple(problems + bad_values))
