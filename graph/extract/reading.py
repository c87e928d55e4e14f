"""One article being read: the state every stage of extraction shares for one Doc.

A :class:`Reading` holds the article's Doc view, its actor mentions, the rules' context, its
attributions, the triples found so far, and answers worked out once per token or attribution
(the stance of a predicate, the innermost attribution holding a token, an attribution's
source).  It lives for one ``Extractor.extract`` call; the Extractor stays small and picklable.

The caller's Doc is never written to: the lexicon's lemma corrections (``lemma_fixes``) go into
the view made for this reading, or into a copy of a Doc that must be read as it is.
"""
from __future__ import annotations

from ..model import Article
from .actors import prefixed_ref, resolve_actors
from .attribution import beside, find_attributions, innermost
from .docview import DocView, view_of
from .modality import stance_of
from .rules import RuleContext, conjuncts
from .sources import add_speaker_pronouns, drop_quoted_speakers, find_source
from .verbs import load_events

__all__ = ["Reading", "working_doc"]


def working_doc(doc, lemma_fixes: dict[str, str]):
    """The Doc (or view) extraction reads: a view of ``doc`` with the lexicon's lemma corrections.

    Never ``doc`` itself once a correction applies: a caller's own view gets a fresh view, and a
    spaCy Doc read as it is (one with user hooks) a copy.
    """
    view = view_of(doc)
    fixed = [tok.i for tok in view if tok.lower_ in lemma_fixes] if lemma_fixes else []
    if fixed and view is doc:
        view = DocView(doc.spacy_doc) if isinstance(doc, DocView) else doc.copy()
    for i in fixed:
        view[i].lemma_ = lemma_fixes[view[i].lower_]
    return view


class Reading:
    """Per-article working state (see the module docstring)."""

    def __init__(self, lexicon, gazetteer, article: Article, doc, events=None, period=None) -> None:
        self.given = doc
        doc = working_doc(doc, dict(lexicon.lemma_fixes))  # every token attribute read once, not once per rule
        self.article, self.doc, self.lex = article, doc, lexicon
        self.events = events if events is not None else load_events()  # CAMEO codes (graph.extract.verbs)
        self._coded: dict[int, object] = {}  # token index -> the verb dictionary's Coded (see coded())
        self._sport: bool | None = None  # worked out on first use (see sport)
        self.text = doc.text
        self.gazetteer, self.period = gazetteer, period
        self.actors = resolve_actors(doc, article, gazetteer, period)  # period: graph.model.Period
        self.ctx = RuleContext(lexicon, self.actors.at, lambda tok: prefixed_ref(doc, tok, gazetteer))
        self.attributions = find_attributions(doc, lexicon)
        self._sources: dict[int, object] = {}  # id(attribution) -> its source ref (see source())
        self._stances: dict[int, object] = {}  # token index -> stance_of the predicate it heads
        self._innermost: dict[int, object] = {}  # token index -> innermost attribution holding it
        drop_quoted_speakers(self)
        self._sources.clear()  # a pronoun taken back above may have been a source
        add_speaker_pronouns(self, gazetteer)
        self._sources.clear()  # a pronoun added above may be the source of a nested attribution
        self.triples: list = []
        self.inner: list[tuple] = []  # (triple, attribution, candidate, subject ref) read inside a report
        self.memo: dict = {}  # a rule's own answers worked out once per article: {the rule function: {key: answer}}

    def close(self) -> None:
        """Free the view made for this reading (a caller's own Doc or view is left as it is)."""
        if self.doc is not self.given and isinstance(self.doc, DocView):
            self.doc.close()

    @property
    def sport(self) -> bool:
        """Whether the article is a sport story: at least ``sport_min_share`` of its words are the lexicon's
        sport cues ("match", "goal", "medal"); there contest words name no political event."""
        if self._sport is None:
            words = [t.lemma_.lower() for t in self.doc if t.is_alpha]
            cues = sum(w in self.lex.sport_cues for w in words)
            self._sport = bool(words) and cues >= self.lex.sport_min_share * len(words)
        return self._sport

    def coded(self, i: int):
        """The verb dictionary's reading of the predicate headed by token i (worked out once per token)."""
        if i not in self._coded:
            self._coded[i] = self.events.lookup(self.doc[i])
        return self._coded[i]

    def innermost(self, i: int):
        """The innermost attribution whose content holds token i (worked out once per token); never a request,
        whose content is what it asks for, read by the relation rules ("urged the US to withdraw": hypothetical),
        nor an aim, whose content is its source's own act ("refused to pull out": the relation rules read it), nor
        one whose content holds the cue of a report set beside it ("the Greens said the plan would fail, while
        Labour attacked Tory plans": Labour's act, no one reports it: ``attribution.beside``)."""
        if i not in self._innermost:
            ats = [a for a in self.attributions if a.shape not in ("request", "aim")]
            held = [b for b in self.attributions if b.cue_word == i]
            self._innermost[i] = innermost([a for a in ats if not any(beside(self.doc, a, b) for b in held)], i)
        return self._innermost[i]

    def stance(self, i: int):
        """``stance_of`` the predicate headed by token i (worked out once per token)."""
        if i not in self._stances:
            self._stances[i] = stance_of(self.doc[i], self.lex)
        return self._stances[i]

    def source(self, att):
        """The actor who makes an attribution (worked out once per attribution)."""
        if id(att) not in self._sources:
            self._sources[id(att)] = find_source(self, att)
        return self._sources[id(att)]

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
