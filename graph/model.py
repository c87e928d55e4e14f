"""The small frozen types every stage shares.

Data flows one way: :class:`Article` -> spaCy ``Doc`` -> :class:`Triple` (with
:class:`Actor` records) -> networkx graph -> RDF and exports.  Nothing here
imports spaCy, rdflib or networkx, so every stage can depend on it.
"""
from __future__ import annotations

import calendar
import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field, fields, replace
from enum import Enum

from .errors import OptionError

__all__ = [
    "ActorType",
    "to_actor_type",
    "Polarity",
    "Modality",
    "Article",
    "Period",
    "parse_period",
    "Actor",
    "Mention",
    "Triple",
    "Quote",
    "Spans",
    "spans_at",
    "spans_of",
    "Skipped",
    "Warned",
    "content_id",
    "statement_id",
    "quote_id",
    "QUOTE_ATTRIBUTE",
]

#: The triple attribute naming the quote a relation was reported in (or made from).
QUOTE_ATTRIBUTE = "quote_id"
#: The attribute of a triple read in the article's headline: its offsets count in ``Article.title``, not
#: in ``Article.text`` (``span=title``; ``graph.extract.headlines``).
SPAN_ATTRIBUTE, TITLE_SPAN = "span", "title"


class ActorType(str, Enum):
    """Actor classes of the ontology (``ag:Country`` ...), by local name."""

    ACTOR = "Actor"
    COUNTRY = "Country"
    PERSON = "Person"
    ARMED_GROUP = "ArmedGroup"
    ORGANIZATION = "Organization"
    INTERNATIONAL_ORGANIZATION = "InternationalOrganization"
    MEDIA = "Media"
    SECTOR_GROUP = "SectorGroup"
    PLACE = "Place"

    def __str__(self) -> str:  # so f-strings and CSV cells show "Country"
        return self.value


def to_actor_type(name: str) -> ActorType | str:
    """The member of :class:`ActorType` called ``name``, or ``name`` itself for a class declared only in
    a user's ``--ontology`` folder (``Militia``): rules treat such actors as no shipped type, the
    writers use the name and the IRI the ontology gives it."""
    try:
        return ActorType(name)
    except ValueError:
        return str(name)


class Polarity(str, Enum):
    """Whether the source asserts the relation happened or that it did not."""

    POSITIVE = "positive"
    NEGATIVE = "negative"

    def __str__(self) -> str:
        return self.value


class Modality(str, Enum):
    """How firmly the text commits to the relation."""

    ASSERTED = "asserted"  # stated as fact by the article
    REPORTED = "reported"  # stated by someone the article quotes (see attributed_to)
    HEDGED = "hedged"  # allegedly, reportedly, may, seems ...
    HYPOTHETICAL = "hypothetical"  # if ... would; conditional or future plans

    def __str__(self) -> str:
        return self.value


def content_id(text: str, prefix: str = "a") -> str:
    """A stable short id from content: the same text always gives the same id."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:12]}"


@dataclass(frozen=True)
class Article:
    """One input article after reading and cleaning.

    ``text`` is the cleaned body; every character offset elsewhere points into it.
    ``id`` is a hash of ``text``, so it is stable across runs and machines.
    """

    id: str
    path: str
    text: str
    title: str = ""
    date: str | None = None  # ISO 8601 date, "2017-04-26"
    author: str | None = None
    source: str | None = None  # publisher, "Global Research"
    url: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class Period:
    """The days an article with no date of its own is taken to be from (``--period``), both included,
    ISO days: ``Period("2004-01-01", "2005-12-31")``.  ``str()`` gives it back as ``START..END``."""

    start: str
    end: str

    @property
    def window(self) -> tuple[tuple[str, str], ...]:
        """As a window of :mod:`graph.extract.offices`: one (first day, last day) pair."""
        return ((self.start, self.end),)

    def __str__(self) -> str:
        return f"{self.start}..{self.end}"


_PERIOD_HELP = "use YYYY, YYYY-MM-DD or START..END (e.g. 2005, 2004-03-01, 2004..2005, 2004-06-01..2005-05-31)"


def _period_end(text: str, last: bool) -> str:
    """The first (or ``last``) day of a year, a month or a day written as YYYY, YYYY-MM or YYYY-MM-DD."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if m is None:
        raise ValueError(text)
    year, month, day = int(m[1]), m[2], m[3]
    if month is None:
        return _dt.date(year, 12 if last else 1, 31 if last else 1).isoformat()
    if day is None:
        month = int(month)
        return _dt.date(year, month, calendar.monthrange(year, month)[1] if last else 1).isoformat()
    return _dt.date(year, int(month), int(day)).isoformat()  # ValueError for 2005-02-30


def parse_period(value: "str | Period | None") -> "Period | None":
    """The :class:`Period` written ``value``: a year (``2005``: the whole year), a day (``2005-03-01``),
    a month (``2005-03``) or ``START..END`` of those (``2004..2005``: 2004-01-01 to 2005-12-31).
    None or "" is no period.  Raises :class:`~graph.errors.OptionError` saying how to write one."""
    if value is None or isinstance(value, Period):
        return value
    text = str(value).strip()
    if not text:
        return None
    first, sep, last = text.partition("..")
    try:
        period = Period(_period_end(first.strip(), False), _period_end((last if sep else first).strip(), True))
    except ValueError:
        raise OptionError(f"--period {value!r}: not a year, a month, a day or a range of them; {_PERIOD_HELP}") from None
    if period.end < period.start:
        raise OptionError(f"--period {value!r}: ends before it starts; {_PERIOD_HELP}")
    return period


@dataclass(frozen=True)
class Skipped:
    """An input file that was not built, and why (shown in the summary)."""

    path: str
    reason: str


@dataclass(frozen=True)
class Warned:
    """An input file that was built with a field left out (a bad front-matter date, an unreadable
    sidecar), and why (shown in the summary)."""

    path: str
    reason: str


@dataclass(frozen=True)
class Actor:
    """A normalised actor: one node of the graph.

    ``id`` is a stable slug of the canonical name ("russia", "zamir-kabulov").
    ``attributes`` holds extra facts as sorted (key, value) pairs, e.g.
    ``(("affiliation", "russia"), ("role", "Foreign Minister"))``.
    """

    id: str
    label: str
    type: ActorType | str = ActorType.ACTOR  # a plain str for a type the shipped ontology lacks
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    attributes: tuple[tuple[str, str], ...] = ()

    def merged(self, other: "Actor") -> "Actor":
        """This actor with the other's aliases and attributes folded in."""
        aliases = tuple(sorted(set(self.aliases) | set(other.aliases)))
        attrs = dict(other.attributes)
        attrs.update(dict(self.attributes))
        return replace(self, aliases=aliases, attributes=tuple(sorted(attrs.items())),
                       wikidata=self.wikidata or other.wikidata)


@dataclass(frozen=True)
class Mention:
    """One place an actor is named in an article (character span in article.text)."""

    actor: str  # actor id
    article: str  # article id
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Triple:
    """One actor -relation-> actor statement with its evidence.

    ``start``/``end`` are the character span of ``sentence`` in the article's
    text; ``pred_start``/``pred_end`` the span of the predicate words.
    ``attributed_to`` is the actor id of whoever the article says made the
    statement (None when the article itself asserts it).  ``rule`` names the
    extraction rule, and ``confidence`` is that rule's score in [0, 1].
    ``attributes`` holds extra facts as sorted (key, value) string pairs,
    e.g. ``(("count", "10000"), ("qualifier", "over"))``.
    ``cameo`` is the CAMEO event code the predicate was coded with ("0253"), ``plover`` its PLOVER
    event type ("REQUEST"); both empty for a relation with no CAMEO event (``relatesTo``).
    """

    subject: str
    relation: str
    object: str
    predicate: str
    article: str
    sentence: str
    start: int
    end: int
    polarity: Polarity = Polarity.POSITIVE
    modality: Modality = Modality.ASSERTED
    attributed_to: str | None = None
    confidence: float = 0.5
    rule: str = ""
    pred_start: int = -1
    pred_end: int = -1
    attributes: tuple[tuple[str, str], ...] = field(default=())
    cameo: str = ""
    plover: str = ""

    @property
    def id(self) -> str:
        """Stable statement id: same evidence, same id, on every run."""
        return statement_id(self)


def statement_id(t: Triple) -> str:
    key = "\x1f".join(
        [t.article, str(t.start), str(t.end), str(t.pred_start), t.subject, t.relation,
         t.object, str(t.polarity), t.attributed_to or ""]
        + ([TITLE_SPAN] if in_title(t) else [])  # never the id of a triple of the text at the same offsets
    )
    return content_id(key, prefix="s")


def in_title(t: Triple) -> bool:
    """The triple was read in the headline: its offsets count in the article's title."""
    return (SPAN_ATTRIBUTE, TITLE_SPAN) in t.attributes


@dataclass(frozen=True, kw_only=True)
class Spans:
    """Where an attribution stands in its article: half-open character spans of its source (-1/-1 when
    none is written), cue and content.  Shared by the extraction's ``Attribution`` and :class:`Quote`;
    keyword-only, so each record keeps its own positional fields and passes these by name."""

    source_start: int
    source_end: int
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int


def spans_at(source: tuple[int, int], cue: tuple[int, int], content: tuple[int, int]) -> dict[str, int]:
    """The :class:`Spans` fields, as keyword arguments, of three (start, end) character pairs."""
    return dict(zip((f.name for f in fields(Spans)), (*source, *cue, *content)))


def spans_of(record: Spans) -> dict[str, int]:
    """The span fields of ``record`` as keyword arguments, to build another record at the same place."""
    return {f.name: getattr(record, f.name) for f in fields(Spans)}


@dataclass(frozen=True)
class Quote(Spans):
    """One attribution as a record: ``source`` says ``content`` through ``cue``.

    ``source`` is the source phrase as written ("a spokesman"; "" when none is written: "it is
    reported"), ``source_id`` the actor it names (None when it names none).  ``kind`` is direct,
    indirect, according-to or denial; ``about`` the ids of the other actors named in the content.
    ``start``/``end`` span the sentence(s) ``sentence`` holding source, cue and content; every
    ``*_start``/``*_end`` is a half-open character span in the article's text (-1 when absent), the
    six of :class:`Spans` given by name: ``Quote(source, ..., end, **spans_of(attribution))``.
    ``speaker`` is 0 for the source of the report and n for its n-th coordinated co-source ("the Greens
    and the Lib Dems said ...": one quote per speaker, the Lib Dems' with speaker 1 and its own id).
    """

    source: str
    source_id: str | None
    cue: str
    content: str
    kind: str
    about: tuple[str, ...]
    polarity: Polarity
    modality: Modality
    article: str
    sentence: str
    start: int
    end: int
    speaker: int = 0

    @property
    def id(self) -> str:
        """Stable quote id: the same spans of the same article give the same id on every run."""
        return quote_id(self.article, self.cue_start, self.content_start, self.content_end, self.speaker)


def quote_id(article: str, cue_start: int, content_start: int, content_end: int, speaker: int = 0) -> str:
    key = f"{article}\x1f{cue_start}\x1f{content_start}\x1f{content_end}" + (f"\x1f{speaker}" if speaker else "")
    return content_id(key, prefix="q")
