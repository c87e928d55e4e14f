"""Extraction: (Article, spaCy Doc) -> actors, mentions and triples.

CONTRACT (the pipeline relies on these names and signatures):

* ``EXTRACTOR_VERSION``: bump whenever a rule changes output; part of the cache key.
* ``Extractor(ontology)``: takes the gazetteer and lexicon of a loaded
  :class:`~graph.ontology.Ontology` (or loads the folder given); must be picklable
  (it is sent to worker processes).
* ``Extractor.extract(article, doc) -> Extraction`` for one article; pure.
* ``Extractor.merge(extractions) -> (actors, triples)``: cross-article
  normalisation (spelling variants, short names joined to the one full name they fit, in an article whose
  company of actors tells which: ``company``), remapping
  actor ids in the triples (``merge_all`` also returns the quotes, remapped); a person still known only
  as "Mr X" is labelled "X" (``actors.plain_person_labels``).  ``merge_hub`` returns them as a
  :class:`Merged` with ``named`` too: how often each article names each actor that is a node (an actor of a
  relation or quote, or one that stands alone: ``actors.stands_alone``), for the actors no relation uses.

How one article is read, and where each step lives (every rule value a triple carries is the
name of the one function that makes it, listed in ``registry``):

1. ``reading``: the article's working state over a :mod:`~graph.extract.docview` of its Doc
   (every token attribute read once, in bulk; the lexicon's lemma corrections go into this
   view, never into the caller's Doc).
2. ``actors`` (with ``gazetteer``, ``coref``, ``refs``): who is mentioned; rules only ask
   ``at()`` about head tokens.
3. ``attribution``: who said what (source, cue, content spans); ``sources``: the actor who says it.
4. ``rules``: candidates from the dependency parse; ``relations`` makes them triples, expanding
   coordination ("NATO and the US accused Russia" gives two); the relation comes from
   ``ontology/lexicon.yaml`` (``lexicon``); a predicate it does not know gives none, and
   ``relatesTo`` only where the lexicon names it (a feud, a rift).  A control verb codes the
   event ("threatened to strike X": threatens, ``event=attacks``).
   A relation inside an attribution's content is ``reported`` by the source (hedged without
   one), negated under a denial cue ("denied that ...").
5. ``statements``: ``claims``, ``accuses`` and ``denies`` triples from attributions (a claim only
   about an actor taking part in the content, never the speaker's own party);
   ``quotes``: every attribution as a quote record, and the triples reported in it linked to it.
   ``merge_all`` keeps one claim per (source, actor, article) and drops the claims of a source about
   a party or group any article of the build says it belongs to, the dealings of an official with the
   state he serves, and a relation (not a claim) other than the lexicon's ``place_relations`` with an
   actor the build's vote types a place ("Wham", "the Premiership" that one article took for a body).
6. ``triples``: every triple is made by ``make_triple``: polarity and modality from
   ``modality.stance_of``; symmetric relations (consults, cooperatesWith, agrees) once per pair
   and sentence, the actor mentioned first as subject (but a subject climbed to stays first), attribute
   symmetric=true; never a triple without an
   actor on both ends, never a self-loop.
   Each triple keeps a CAMEO event code and PLOVER type, read with the CAMEO verb dictionary
   (``verbs``; ``ontology/events.yaml`` says which code families may name a relation the lexicon lacks).
7. ``scoring``: the confidence of triples and mentions, every number named.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..model import Actor, ActorType, Article, Mention, Period, Quote, Triple
from ..vocab import CLAIM_RELATION, ONTOLOGY_DIR
from .actors import Gazetteer, article_rivals, merge_variants, plain_person_labels, stands_alone
from .company import join_by_company
from .figures import known_person
from .headlines import headline_offset, to_text_offsets
from .lexicon import load_lexicon
from .persons import looks_personal
from .quotes import merged_claims, read_quotes, without_own_state_dealings, without_own_group_claims
from .reading import Reading
from .labels import label_judgement
from .relations import read_relations
from .statements import read_statements
from .verbs import load_events

__all__ = ["EXTRACTOR_VERSION", "Extraction", "Extractor", "Merged", "code_fingerprint", "knowledge_fingerprint",
           "named_counts"]

EXTRACTOR_VERSION = "0.27.2"

def sources_digest(folder: Path) -> str:
    """A short hash of the names and bytes of the ``*.py`` files in ``folder``."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The digest of this package's rule sources: a code change re-extracts from cached parses even
    when nobody bumped ``EXTRACTOR_VERSION`` (an editable install under development)."""
    return sources_digest(Path(__file__).parent)


def knowledge_fingerprint(ontology) -> str:
    """Extractor version, rule code and the ontology's fingerprint: the extraction cache key's share of
    the rules and of what they read (a changed rule or file of the folder re-extracts, from cached parses)."""
    return f"{EXTRACTOR_VERSION}+{code_fingerprint()}+{ontology.fingerprint}"


@dataclass(frozen=True)
class Extraction:
    article: str
    actors: tuple[Actor, ...]
    triples: tuple[Triple, ...]
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    named: tuple[tuple[str, int], ...] = ()  # (actor id, times named), kept when a build drops the mentions


def named_counts(ex: Extraction) -> tuple[tuple[str, int], ...]:
    """How many times the article names each actor, by id: its mentions counted (pronouns and descriptions
    resolved to the actor included), or the ``named`` an extraction without its mentions kept."""
    if not ex.mentions:
        return ex.named
    return tuple(sorted(Counter(m.actor for m in ex.mentions).items()))


@dataclass(frozen=True)
class Merged:
    """A build's actors, triples and quotes (``Extractor.merge_all``) and ``named``: actor id -> article id ->
    times named, for every actor that is a node (of a relation or quote, or standing alone)."""
    actors: list[Actor]
    triples: list[Triple]
    quotes: list[Quote]
    named: dict[str, dict[str, int]]


def _mention(doc, text: str, article_id: str, ref) -> Mention:
    first, last = doc[ref.start], doc[ref.end - 1]
    start, end = first.idx, last.idx + len(last.text)
    return Mention(ref.actor.id, article_id, start, end, text[start:end] if ref.end > ref.start else "")


def _result(reading: Reading, quotes: list[Quote]) -> Extraction:
    """The article's actors, mentions and triples: one reading per sentence and (subject, relation,
    object, stance, source), the most confident."""
    best: dict[tuple, Triple] = {}
    for t in reading.triples:
        pair = sorted((t.subject, t.object)) if ("symmetric", "true") in t.attributes else (t.subject, t.object)
        key = (t.start, *pair, t.relation, t.polarity, t.modality, t.attributed_to)  # a symmetric pair once
        if key not in best or t.confidence > best[key].confidence:
            best[key] = t
    triples = sorted(best.values(), key=lambda t: (t.start, t.pred_start, t.subject, t.relation, t.object))
    doc, a = reading.doc, reading.article
    mentions = tuple(_mention(doc, reading.text, a.id, r) for r in reading.actors.mentions)
    return Extraction(a.id, tuple(reading.actors.actors()), tuple(triples), mentions, tuple(quotes))


class Extractor:
    """Reads articles with the gazetteer and lexicon of one ontology (see the module docstring)."""

    def __init__(self, ontology=ONTOLOGY_DIR, period: Period | None = None) -> None:
        """``ontology``: a loaded :class:`~graph.ontology.Ontology` (the build's), or a folder to read;
        ``period``: the days an article with no date of its own is taken to be from (``--period``)."""
        self.period = period
        if isinstance(ontology, (str, Path)):
            self.gazetteer, self.lexicon = Gazetteer.from_dir(ontology), load_lexicon(ontology)
            self.events = load_events(ontology)
        else:
            self.gazetteer, self.lexicon, self.events = ontology.gazetteer, ontology.lexicon, ontology.events

    def extract(self, article: Article, doc) -> Extraction:
        """Actors, mentions and triples of one article; ``doc`` (its parse) is left as it was.  A Doc of
        the headline and the text (``parse.nlp.headed_text``) gives offsets into the text, the
        headline's negative (``headlines``)."""
        reading = Reading(self.lexicon, self.gazetteer, article, doc, self.events, self.period)
        try:
            read_relations(reading)
            read_statements(reading)
            label_judgement(reading)
            # the reading's view holds the Doc's text already (spaCy's ``Doc.text`` joins every token anew)
            return to_text_offsets(_result(reading, read_quotes(reading)), headline_offset(article, reading.doc))
        finally:
            reading.close()

    def merge(self, extractions: Iterable[Extraction]) -> tuple[list[Actor], list[Triple]]:
        """All articles' actors with spelling variants of a person merged, and their triples remapped."""
        return self.merge_all(extractions)[:2]

    def merge_all(self, extractions: Iterable[Extraction]) -> tuple[list[Actor], list[Triple], list[Quote]]:
        """Like :meth:`merge`, with every article's quotes remapped too."""
        merged = self.merge_hub(extractions)
        return merged.actors, merged.triples, merged.quotes

    def merge_hub(self, extractions: Iterable[Extraction]) -> Merged:
        """Like :meth:`merge_all`, with how often each article names each actor of the hub (``Merged``)."""
        extractions, strangers = join_by_company(extractions, self.gazetteer.titles)  # "Barkley" of a match report
        actors = _voted_actors(extractions)
        rivals = article_rivals(([a for a in ex.actors if a.type is ActorType.PERSON] for ex in extractions),
                                self.gazetteer.titles)
        remap = merge_variants(actors.values(), self.gazetteer.titles,
                               known=lambda a: known_person(a, self.gazetteer), rivals=rivals, strangers=strangers)

        def canon(aid):
            seen = set()
            while aid in remap and remap[aid] != aid and aid not in seen:
                seen.add(aid)
                aid = remap[aid]
            return aid

        merged: dict[str, Actor] = {}
        for a in actors.values():
            c = canon(a.id)
            target = actors[c]
            merged[c] = merged[c].merged(a) if c in merged else target.merged(a) if c != a.id else a
        triples = [replace(t, subject=canon(t.subject), object=canon(t.object),
                           attributed_to=canon(t.attributed_to) if t.attributed_to else None)
                   for ex in extractions for t in ex.triples]
        triples = [t for t in triples if t.subject != t.object]
        unique: dict[str, Triple] = {}
        for t in triples:
            if t.id not in unique or t.confidence > unique[t.id].confidence:
                unique[t.id] = t
        quotes = [_remapped(q, canon) for ex in extractions for q in ex.quotes]
        groups, states = _affiliations(extractions, canon)
        triples = without_own_group_claims(merged_claims(unique.values()), groups, states)
        triples = without_own_state_dealings(triples, groups, states)
        places = {a.id for a in merged.values() if a.type is ActorType.PLACE}
        triples = [t for t in triples if t.relation in self.lexicon.place_relations or t.relation == CLAIM_RELATION
                   or not {t.subject, t.object} & places]  # the vote's type, as ``triples`` asks an article's
        actors_out = sorted(plain_person_labels(merged.values(), self.gazetteer.titles), key=lambda a: a.id)
        affiliated = frozenset().union(*groups.values())
        named = _named(extractions, canon, [a for a in actors_out if stands_alone(a, self.gazetteer, affiliated)],
                       triples, quotes)
        return Merged(actors_out, triples, quotes, named)


def _named(extractions, canon, alone: list[Actor], triples, quotes) -> dict[str, dict[str, int]]:
    """Actor id -> article id -> times named, for the actors of a relation or quote and those ``alone`` (that
    stand alone: ``actors.stands_alone``)."""
    keep = {aid for t in triples for aid in (t.subject, t.object, t.attributed_to) if aid}
    keep.update(aid for q in quotes for aid in (q.source_id, *q.about) if aid)
    keep.update(a.id for a in alone)
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for ex in extractions:
        for aid, n in named_counts(ex):
            aid = canon(aid)
            if aid in keep:
                out[aid][ex.article] = out[aid].get(ex.article, 0) + n
    return dict(out)


def _affiliations(extractions, canon) -> tuple[dict[str, set[str]], set[str]]:
    """(actor id -> the ids of every affiliation and party any article gives it, the ids of the countries)."""
    groups: dict[str, set[str]] = {}
    states = set()
    for ex in extractions:
        for a in ex.actors:
            attrs = dict(a.attributes)
            for aff in filter(None, (attrs.get("affiliation"), attrs.get("party"))):
                groups.setdefault(canon(a.id), set()).add(canon(aff))
            if a.type is ActorType.COUNTRY:
                states.add(canon(a.id))
    return groups, states


def _voted_actors(extractions: list[Extraction]) -> dict[str, Actor]:
    """Every article's actors by id, merged; an id typed differently by different articles takes the type
    most articles give it ("Linux" a person in one, an organisation in two); on a tie, a person when the
    name looks like one ("Sven-Goran Eriksson": ``looks_personal``), else a place when one article gives
    that ("Edinburgh" a place in one, an organisation in another), else the first seen."""
    actors: dict[str, Actor] = {}
    votes: dict[str, Counter] = defaultdict(Counter)
    for ex in extractions:
        for a in ex.actors:
            actors[a.id] = actors[a.id].merged(a) if a.id in actors else a
            votes[a.id][a.type] += 1
    for aid, count in votes.items():
        if len(count) > 1:
            top = max(count.values())
            if count[ActorType.PERSON] == top and looks_personal(actors[aid].label):
                actors[aid] = replace(actors[aid], type=ActorType.PERSON)
            elif count[ActorType.PLACE] == top:  # a place the gazetteer knows, against a guess of NER's
                actors[aid] = replace(actors[aid], type=ActorType.PLACE)
            elif count[actors[aid].type] < top:
                actors[aid] = replace(actors[aid], type=next(t for t, n in count.items() if n == top))
    return actors


def _remapped(q: Quote, canon) -> Quote:
    """A quote with its actor ids made canonical (the source never among what it is about)."""
    source = canon(q.source_id) if q.source_id else None
    about = tuple(dict.fromkeys(a for a in map(canon, q.about) if a != source))
    return replace(q, source_id=source, about=about)
