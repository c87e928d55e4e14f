"""Extraction: (Article, spaCy Doc) -> actors, mentions and triples.

CONTRACT (the pipeline relies on these names and signatures):

* ``EXTRACTOR_VERSION``: bump whenever a rule changes output; part of the cache key.
* ``Extractor(ontology_dir)``: loads gazetteer and lexicon once; must be picklable
  (it is sent to worker processes).
* ``Extractor.extract(article, doc) -> Extraction`` for one article; pure.
* ``Extractor.merge(extractions) -> (actors, triples)``: cross-article
  normalisation (spelling variants), remapping actor ids in the triples.

How one article is read (from a :mod:`~graph.extract.docview` of its Doc: every token attribute
read once, in bulk, instead of through spaCy at each look-up; rules read it as they read a Doc):

1. Actors come from ``actors.resolve_actors``; rules only ask ``at()`` about head tokens.
2. ``rules.RULES`` propose candidates (subject token, object token, predicate tokens,
   rule, base confidence); coordination is expanded ("NATO and the US accused Russia"
   gives two triples).  The relation comes from ``ontology/lexicon.yaml``; a predicate
   the lexicon does not know becomes ``relatesTo`` with its raw text kept.
3. ``modality.stance_of`` sets polarity (negation) and modality (hedged, hypothetical).
4. ``attribution.find_attributions`` finds who said what.  A relation read inside an
   attribution's content is ``reported`` (unless hedged or hypothetical) and
   ``attributed_to`` the source's actor; a source-less "it is heard that" makes it hedged.
   A content governed by a denial cue ("denied that ...") is negated.
5. Statement triples from each attribution whose source is an actor:
   * ``claims``: source -> main actor of the content (subject of its main clause, else
     the first actor named in it); quantities on that actor become attributes
     ("over 10,000 ISIS militants": count=10000, qualifier=over).
   * ``accuses``: source -> subject of a reported relation when the cue is accusatory
     (allege, accuse ...) or the reported relation is hostile: listed in the lexicon's
     ``accusation.relations``, or a supply/support of an armed group or of military goods.
   * ``denies``: the subject of a denial verb -> whoever made the denied claim.  The
     claimant is an actor named in the denied noun ("Washington's claims"), else the
     source of the most recent earlier attribution (same sentence or up to
     ``denial_lookback`` sentences back) by someone other than the denier, preferring
     one whose content names the denier.  When none is found no ``denies`` triple is made.
6. Symmetric relations (lexicon ``symmetric``: consults, cooperatesWith, agrees) are
   emitted once per pair, subject = the actor mentioned first, attribute symmetric=true.

Confidence = rule base score x 0.6 if unmapped (relatesTo) x modality (reported 0.9,
hedged 0.7, hypothetical 0.6) x 0.9 per link climbed to find the subject x 0.95 if
reached through coordination x (0.5 + 0.5 x the weaker actor resolution confidence),
rounded to 3 places; ``rule`` names the rule.  Never a triple without an actor on
both ends, never a self-loop.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from ..model import Actor, ActorType, Article, Mention, Modality, Polarity, Triple
from ..vocab import CLAIM_RELATION, GENERIC_RELATION, ONTOLOGY_DIR
from .actors import ActorRef, Gazetteer, merge_variants, prefixed_ref, resolve_actors
from .attribution import find_attributions, innermost, quantities
from .docview import spacy_doc, view_of
from .gazetteer import ACTOR_FILES, TITLES_FILE
from .lexicon import LEXICON_FILE, load_lexicon
from .modality import governing_chain, stance_of
from .rules import RuleContext, conjuncts, relation_of, run_rules, subjects

__all__ = ["EXTRACTOR_VERSION", "KNOWLEDGE_FILES", "Extraction", "Extractor", "knowledge_fingerprint"]

EXTRACTOR_VERSION = "0.7.3"

#: The files of ``ontology/`` extraction reads (globs); the cache key hashes them, so editing
#: anything else there (the SHACL shapes, the boilerplate rules) re-extracts nothing.
KNOWLEDGE_FILES = (LEXICON_FILE, ACTOR_FILES, TITLES_FILE, "actorgraph.ttl")


def knowledge_fingerprint(ontology_dir: Path | str = ONTOLOGY_DIR) -> str:
    """Extractor version + names and bytes of the knowledge files present in ``ontology_dir``."""
    import hashlib

    root = Path(ontology_dir)
    h = hashlib.sha256(EXTRACTOR_VERSION.encode())
    for pattern in KNOWLEDGE_FILES:
        for p in sorted(root.glob(pattern)):
            h.update(b"\x1f" + p.name.encode() + b"\x1f" + p.read_bytes())
    return f"{EXTRACTOR_VERSION}+{h.hexdigest()[:16]}"


_MODALITY_FACTOR = {Modality.ASSERTED: 1.0, Modality.REPORTED: 0.9, Modality.HEDGED: 0.7,
                    Modality.HYPOTHETICAL: 0.6}
_FIRST_SINGULAR = {"i", "me", "my", "mine", "myself"}
_FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves"}
_CLAIM_BASE = 0.7
_ACCUSE_BASE = 0.65
_DENIAL_BASE = 0.6


@dataclass(frozen=True)
class Extraction:
    article: str
    actors: tuple[Actor, ...]
    triples: tuple[Triple, ...]
    mentions: tuple[Mention, ...] = ()


def _sentence(sent) -> tuple[str, int, int]:
    """Sentence text and char span with surrounding whitespace trimmed (article.text[start:end] == text)."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    text = text.strip()
    return text, start, start + len(text)


def _mention(doc, text: str, article_id: str, ref) -> Mention:
    first, last = doc[ref.start], doc[ref.end - 1]
    start, end = first.idx, last.idx + len(last.text)
    return Mention(ref.actor.id, article_id, start, end, text[start:end] if ref.end > ref.start else "")


def _span(doc, idxs) -> tuple[int, int]:
    lo, hi = min(idxs), max(idxs)
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


class _Doc:
    """Per-article working state (not kept: Extractor stays small and picklable)."""

    def __init__(self, extractor: "Extractor", article: Article, doc) -> None:
        doc = view_of(doc)  # every token attribute read once, not once per rule
        self.article, self.doc, self.lex = article, doc, extractor.lexicon
        self.text = doc.text
        fixes = dict(self.lex.lemma_fixes)
        for tok in doc if fixes else ():  # lexicon's corrections of the pipeline's lemmas (in the Doc too)
            if tok.lower_ in fixes:
                tok.lemma_ = spacy_doc(doc)[tok.i].lemma_ = fixes[tok.lower_]
        self.actors = resolve_actors(doc, article, extractor.gazetteer)
        gazetteer = extractor.gazetteer
        self.ctx = RuleContext(self.lex, self.actors.at, lambda tok: prefixed_ref(doc, tok, gazetteer))
        self.attributions = find_attributions(doc, self.lex)
        self._sources: dict[int, object] = {}  # id(attribution) -> its source ref (see source())
        self._stances: dict[int, object] = {}  # token index -> stance_of the predicate it heads
        self._innermost: dict[int, object] = {}  # token index -> innermost attribution holding it
        self._speaker_pronouns(extractor.gazetteer)
        self.triples: list[Triple] = []
        self.inner: list[tuple] = []  # (triple, attribution, candidate, subject ref) for accusations

    def _speaker_pronouns(self, gazetteer) -> None:
        """Inside what a named person says, "I/me/my" is the speaker and "we/us/our" the state or
        group the speaker belongs to ("'We are warning them,' Ryabkov said": Russia)."""
        for att in self.attributions:
            src = self.source(att)
            if src is None or src.actor.type is not ActorType.PERSON:
                continue
            aff_id = dict(src.actor.attributes).get("affiliation")
            group = gazetteer.actors.get(aff_id) if aff_id else None
            if aff_id and group is None:  # an affiliation the gazetteer does not know: one named here
                group = next((a for a in self.actors.actors() if a.id == aff_id), None)
            for i in range(*att.content_tokens):
                if not att.in_content(i) or self.actors.at(i) is not None:
                    continue
                word = self.doc[i].lower_
                if word in _FIRST_SINGULAR:
                    target = src.actor
                elif word in _FIRST_PLURAL and group is not None:
                    target = group
                else:
                    continue
                self.actors.add(ActorRef(target, i, i + 1, "coref", 0.6, ""))
        self._sources.clear()  # a pronoun added above may be the source of a nested attribution

    def innermost(self, i: int):
        """The innermost attribution whose content holds token i (worked out once per token)."""
        if i not in self._innermost:
            self._innermost[i] = innermost(self.attributions, i)
        return self._innermost[i]

    def stance(self, i: int):
        """``stance_of`` the predicate headed by token i (worked out once per token)."""
        if i not in self._stances:
            self._stances[i] = stance_of(self.doc[i], self.lex)
        return self._stances[i]

    def source(self, att):
        """The actor who makes an attribution (worked out once per attribution)."""
        if id(att) not in self._sources:
            self._sources[id(att)] = self._find_source(att)
        return self._sources[id(att)]

    def _find_source(self, att):
        """A named person in apposition to the source ("the US commander in Europe, Gen. Curtis
        Scaparotti") before the head's own actor."""
        if not att.has_source:
            return None
        doc = self.doc
        lo, hi = att.source_tokens
        head = doc[att.source_head]
        for tok in doc[lo:hi]:
            if tok.dep_ == "appos" and lo <= tok.head.i < hi:
                ref = self.actors.at(tok)
                if ref is not None and ref.actor.type is ActorType.PERSON:
                    return ref
        # an appositive the parser left outside the source: "the US commander in Europe, Gen. Curtis Scaparotti: ..."
        nxt = hi + 1 if hi < len(doc) and doc[hi].text == "," else -1
        ref = self.actors.at(nxt) if 0 <= nxt < len(doc) else None
        if (ref is not None and ref.actor.type is ActorType.PERSON and ref.start == nxt and ref.end < len(doc)
                and doc[ref.end].text in (":", ",", "—", "–")
                and not (att.content_tokens[0] <= nxt < att.content_tokens[1])):
            return ref
        own = self.ctx.actor(head)
        if own is None or own.actor.type is not ActorType.PERSON:
            # "the Commander of NATO and US forces in Afghanistan General John Nicolson": the one person named
            persons = {r.actor.id: r for r in self.actors.mentions
                       if lo <= r.start and r.end <= hi and r.actor.type is ActorType.PERSON and r.surface}
            if len(persons) == 1:
                return next(iter(persons.values()))
        return own

    def sources(self, att) -> list:
        """Every actor making an attribution: the source and its coordinated co-sources
        ("NATO and the US accused Russia of ...")."""
        first = self.source(att)
        if first is None:
            return []
        out, seen = [first], {first.actor.id}
        if first.start > att.source_head or att.source_head >= first.end:
            return out  # a person named inside the source phrase speaks alone
        for tok in conjuncts(self.doc[att.source_head], self.lex):
            ref = self.ctx.actor(tok)
            if ref is not None and ref.actor.id not in seen:
                seen.add(ref.actor.id)
                out.append(ref)
        return out

    # -- building one triple -------------------------------------------------------
    def make(self, sref, oref, relation, verb, pred, rule, base, *, stance=None, att=None,
             hops=0, coord=False, symmetric=False, attributes=()) -> Triple | None:
        if sref is None or oref is None or sref.actor.id == oref.actor.id:
            return None
        doc = self.doc
        relation = relation or GENERIC_RELATION
        if ActorType.PLACE in (sref.actor.type, oref.actor.type) and relation not in self.lex.place_relations:
            return None  # "visited Auschwitz", "said ... Cambridge": a place is no party to it
        stance = stance or self.stance(verb)
        polarity, modality = stance.polarity, stance.modality
        attributed_to = None
        if att is not None:
            src = self.source(att)
            attributed_to = src.actor.id if src is not None else None
            if modality is Modality.ASSERTED:
                modality = Modality.REPORTED if att.has_source else Modality.HEDGED
            cue = doc[att.cue_tokens[0]]
            if cue.lemma_.lower() in self.lex.denial_verbs and cue not in governing_chain(doc[verb]):
                polarity = Polarity.NEGATIVE if polarity is Polarity.POSITIVE else Polarity.POSITIVE
        if relation == CLAIM_RELATION and attributed_to == sref.actor.id:
            # "Law added: 'I think ...'": the speaker's own claim, which the article reports as such
            attributed_to, modality = None, Modality.ASSERTED
        if symmetric or self.lex.is_symmetric(relation):
            if sref.start > oref.start:
                sref, oref = oref, sref
            attributes = tuple(sorted(set(attributes) | {("symmetric", "true")}))
        conf = base * (0.6 if relation == GENERIC_RELATION else 1.0) * _MODALITY_FACTOR[modality]
        conf *= 0.9 ** hops * (0.95 if coord else 1.0)
        conf *= 0.5 + 0.5 * min(sref.confidence, oref.confidence)
        sent, start, end = _sentence(doc[verb].sent)
        pstart, pend = _span(doc, pred)
        return Triple(sref.actor.id, relation, oref.actor.id, self.text[pstart:pend], self.article.id,
                      sent, start, end, polarity=polarity, modality=modality, attributed_to=attributed_to,
                      confidence=round(min(1.0, conf), 3), rule=rule, pred_start=pstart, pred_end=pend,
                      attributes=tuple(attributes))

    # -- rules ----------------------------------------------------------------------
    def relations(self) -> None:
        doc, ctx = self.doc, self.ctx
        for c in run_rules(doc, ctx):
            att = self.innermost(c.verb)
            if att is not None and c.verb in range(*att.cue_tokens):
                att = None
            relation = c.relation
            if relation is None:
                verb = doc[c.verb]
                dobj = next((t for t in verb.children if t.dep_ == "dobj"), None)
                relation = relation_of(verb, self.lex, dobj)
            if relation is None and doc[c.verb].lemma_.lower() in self.lex.reporting_verbs:
                continue  # "told BBC News": the addressee of a statement; the claim is read below
            stance = self.stance(c.verb)
            pairs = ([(doc[c.subj], doc[c.obj], False)] if c.symmetric else
                     [(s, o, (s.i != c.subj or o.i != c.obj))
                      for s in conjuncts(doc[c.subj], self.lex) for o in conjuncts(doc[c.obj], self.lex)])
            rule = c.rule + ("+inherited_subject" if c.hops else "")
            if c.prep >= 0 and doc[c.prep].lower_ in self.lex.topic_preps and self.lex.is_symmetric(relation):
                continue  # "held talks on Afghanistan": a topic, not a participant
            for s, o, coord in pairs:
                sref, oref = ctx.actor(s), ctx.actor(o)
                if oref is None and c.rule == "hostile_prefix":  # "anti-ISIS": a name matching skips
                    oref = ctx.prefixed(o)
                t = self.make(sref, oref, relation, c.verb, c.pred, rule, c.base,
                              stance=stance, att=att, hops=c.hops, coord=coord, symmetric=c.symmetric)
                if t is not None:
                    self.triples.append(t)
                    if oref.how == "prefixed":
                        self.actors.add(oref)  # a mention now that it takes part in a relation
                    if att is not None:
                        self.inner.append((t, att, c, sref))
                        for co in self.sources(att)[1:]:  # the same report by each co-source
                            if co.actor.id not in (t.subject, t.object):
                                self.triples.append(replace(t, attributed_to=co.actor.id))

    # -- statements -----------------------------------------------------------------
    def _content_target(self, att, source_id):
        """(token, ref) of the main actor of an attribution's content."""
        doc, ctx = self.doc, self.ctx
        lo, hi = att.content_tokens
        roots = [t for t in doc[lo:hi] if not (lo <= t.head.i < hi) or t.head.i == t.i]
        for r in roots:
            # the subject may sit outside the content through control: "accused Russia of arming ..."
            for s in subjects(r, self.lex)[0] if r.pos_ in ("VERB", "AUX") else [r]:
                for tok in conjuncts(s):
                    ref = ctx.actor(tok)
                    if ref is not None and ref.actor.id != source_id and not (
                            att.source_tokens[0] <= tok.i < att.source_tokens[1]):
                        return tok, ref
        for tok in doc[lo:hi]:
            ref = ctx.actor(tok)
            if ref is not None and ref.actor.id != source_id and att.in_content(tok.i):
                return tok, ref
        return None, None

    def _hostile(self, t: Triple, c) -> bool:
        lex = self.lex
        if t.polarity is not Polarity.POSITIVE:
            return False
        obj_type = next((str(a.type) for a in self.actors.actors() if a.id == t.object), "")
        if t.relation in lex.accusation_relations:
            # fighting an armed group is no misdeed ("the Taliban are fighting ISIS")
            return obj_type not in lex.exempt_target_types
        if t.relation not in lex.hostile_recipient_relations:
            return False
        if obj_type in lex.hostile_recipient_types:
            return True
        verb = self.doc[c.verb]
        goods = [verb] + [d for d in verb.children if d.dep_ in ("dobj", "pobj")] + \
                [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"] + \
                [self.doc[i] for i in c.pred]
        return any(g.lemma_.lower() in lex.military_goods for g in goods)

    def statements(self) -> None:
        doc, ctx, lex = self.doc, self.ctx, self.lex
        for att in self.attributions:
            if not att.has_source:
                continue
            cue = doc[att.cue_tokens[0]]
            if cue.lemma_.lower() in lex.denial_verbs | lex.question_cues:
                continue  # a denial or a question is not a claim about its content; see denials()
            outer = innermost([a for a in self.attributions if a is not att], cue.i)
            stance = self.stance(cue.i) if cue.pos_ in ("VERB", "AUX") else None
            for src in self.sources(att):
                self._claims_of(att, src, cue, outer, stance)

    def _claims_of(self, att, src, cue, outer, stance) -> None:
        """The claims and accusations ``src`` makes through one attribution."""
        lex = self.lex
        tok, ref = self._content_target(att, src.actor.id)
        if ref is not None:
            t = self.make(src, ref, CLAIM_RELATION, cue.i, range(*att.cue_tokens), "claim", _CLAIM_BASE,
                          stance=stance, att=outer, attributes=quantities(tok, lex))
            if t:
                self.triples.append(t)
        # accusations: an accusatory cue, or a hostile reported relation
        accused = []
        if cue.lemma_.lower() in lex.accusatory_cues and ref is not None:
            accused.append(ref)
        reporter = str(src.actor.type) in lex.reporter_types  # the media report; they do not accuse
        for t, a, c, sref in self.inner:
            if a is att and not reporter and self._hostile(t, c):
                accused.append(sref if sref.actor.id == t.subject else
                               next((r for r in self.actors.mentions if r.actor.id == t.subject), None))
        seen = set()
        for r in accused:
            if r is None or r.actor.id in seen:
                continue
            seen.add(r.actor.id)
            t = self.make(src, r, "accuses", cue.i, range(*att.cue_tokens), "claim_accusation",
                          _ACCUSE_BASE, stance=stance, att=outer)
            if t:
                self.triples.append(t)

    def denials(self) -> None:
        doc, ctx, lex = self.doc, self.ctx, self.lex
        sents = list(doc.sents)
        sent_of = {s.start: k for k, s in enumerate(sents)}
        for verb in ctx.of(doc, "verb"):
            if verb.lemma_.lower() not in lex.denial_verbs:
                continue
            subs, hops = subjects(verb, lex)
            deniers = [ctx.actor(t) for s in subs for t in conjuncts(s)]
            deniers = [d for d in deniers if d is not None]
            if not deniers:
                continue
            dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if dobj is not None and ctx.actor(dobj) is not None:
                continue  # "rejected Pakistan": the verb rules read it
            claimants = []
            if dobj is not None and dobj.lemma_.lower() in lex.claim_nouns:
                claimants = [c for c in dobj.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
                claimants += [g for p in dobj.children if p.dep_ == "prep" and p.lower_ in ("by", "from", "of")
                              for g in p.children if g.dep_ == "pobj"]
                claimants = [r for r in (ctx.actor(c) for c in claimants) if r is not None]
            elif dobj is None and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
                continue  # "Russia denied." denies nothing we can name
            k = sent_of[verb.sent.start]
            lo_sent = sents[max(0, k - lex.denial_lookback)].start
            pred = (verb.i, *([dobj.i] if dobj is not None else []))
            for d in deniers:
                who = [r for r in claimants if r.actor.id != d.actor.id]
                denied = None
                if not who:
                    who, denied = self._earlier_claimant(d, lo_sent, verb.i)
                for r in who[:1]:
                    t = self.make(d, r, "denies", verb.i, pred, "denial", _DENIAL_BASE, hops=hops)
                    if t:
                        self.triples.append(t)
                        if denied is not None and dobj is not None:
                            self._deny_claim(d, denied, t)

    def _deny_claim(self, denier, att, denial: Triple) -> None:
        """"X refutes these reports": each relation the denied attribution reported, negated and
        attributed to the denier, with the denial sentence as evidence."""
        for t, a, _c, _s in list(self.inner):
            if a is not att or denier.actor.id == t.attributed_to:
                continue
            flipped = Polarity.NEGATIVE if t.polarity is Polarity.POSITIVE else Polarity.POSITIVE
            self.triples.append(replace(
                t, polarity=flipped, modality=Modality.REPORTED, attributed_to=denier.actor.id,
                sentence=denial.sentence, start=denial.start, end=denial.end, predicate=denial.predicate,
                pred_start=denial.pred_start, pred_end=denial.pred_end, rule="denied_claim",
                confidence=round(min(t.confidence, denial.confidence), 3),
                attributes=tuple(sorted(set(t.attributes) | {("denies_statement", t.id)}))))

    def _earlier_claimant(self, denier, lo: int, hi: int) -> tuple[list, object]:
        """([the claimant], its attribution) of the claim a denial answers, or ([], None)."""
        doc, ctx = self.doc, self.ctx
        best, best_about = None, None
        for a in self.attributions:
            if not a.has_source or not (lo <= a.cue_tokens[0] < hi):
                continue
            src = self.source(a)
            if src is None or src.actor.id == denier.actor.id:
                continue
            best = (src, a)
            names = {r.actor.id for r in (ctx.actor(t) for t in doc[a.content_tokens[0]:a.content_tokens[1]]) if r}
            if denier.actor.id in names:
                best_about = (src, a)
        found = best_about or best
        return ([found[0]], found[1]) if found else ([], None)

    def result(self) -> Extraction:
        # one reading per sentence and (subject, relation, object, stance, source): the most confident
        best: dict[tuple, Triple] = {}
        for t in self.triples:
            key = (t.start, t.subject, t.relation, t.object, t.polarity, t.modality, t.attributed_to)
            if key not in best or t.confidence > best[key].confidence:
                best[key] = t
        triples = sorted(best.values(), key=lambda t: (t.start, t.pred_start, t.subject, t.relation, t.object))
        doc, a = self.doc, self.article
        mentions = tuple(_mention(doc, self.text, a.id, r) for r in self.actors.mentions)
        return Extraction(a.id, tuple(self.actors.actors()), tuple(triples), mentions)


class Extractor:
    def __init__(self, ontology_dir: Path | str = ONTOLOGY_DIR) -> None:
        self.ontology_dir = Path(ontology_dir)
        self.gazetteer = Gazetteer.from_dir(self.ontology_dir)
        self.lexicon = load_lexicon(self.ontology_dir)

    def extract(self, article: Article, doc) -> Extraction:
        state = _Doc(self, article, doc)
        try:
            state.relations()
            state.statements()
            state.denials()
            return state.result()
        finally:
            if state.doc is not doc:
                state.doc.close()  # the view made for this call

    def merge(self, extractions: Iterable[Extraction]) -> tuple[list[Actor], list[Triple]]:
        extractions = list(extractions)
        actors: dict[str, Actor] = {}
        for ex in extractions:
            for a in ex.actors:
                actors[a.id] = actors[a.id].merged(a) if a.id in actors else a
        remap = merge_variants(actors.values())

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
        return sorted(merged.values(), key=lambda a: a.id), list(unique.values())
