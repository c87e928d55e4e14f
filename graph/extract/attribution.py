"""Attributions: who said what.  Source, cue and content spans over a spaCy Doc.

``find_attributions(doc)`` works on any English news text, with or without a known
actor in the source (it is also scored on its own against PolNeAR).  Shapes covered,
one small finder each:

* reporting verb with a clausal complement: "X said (that) ...", "X claimed that ...",
  "X told Y (that) ...", "..., X said." (postposed), '"...," he said.', "X denied supplying ...";
  after a quotation, the words up to a comma or the end that end in a name are the speaker, however parsed
  ('"...," said Tory shadow local government secretary Caroline Spelman');
* reporting verb with a prepositional content: "X warned of ...", "X accused Y of arming Z";
* a reporting verb attached as parataxis to the clause it reports: "Russia arms them, he said";
* "according to X, ...", before, inside or after the clause;
* passive with expletive subject: "it is heard/said/reported that ..." (no source);
* a quotation, possibly of several sentences, with its cue just after or before it:
  '"... . ...", the minister said.', 'It was stated by X: "..."';
* a statement noun with its owner and a clause: "Trump's false claims that ...", "Rubio's claim to be ...";
* a finding of a poll or a study through its object: "a new poll shows the mayor with a lead";
* a quoted sentence or paragraph with no cue, going on with the words of the speaker just before it.

A report whose content holds another report, cue and content, with that one's source after it is a parse run
over a sentence break and is left out (:func:`_borrowed`).  A statement someone issues speaks for its author
("X issued a statement saying ..."), and whether a cue verb acts rather than says ("claimed the individual
titles", "offered £1.3bn") is decided once, by :func:`acts`.

Every span is half-open, in characters of ``doc.text`` (source -1/-1 when there is none),
with the token spans alongside.  Cue words come from ``ontology/lexicon.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Spans, spans_at
from ..vocab import ONTOLOGY_DIR
from .lexicon import Lexicon, load_lexicon
from .rules import statement_author

__all__ = ["Attribution", "acts", "beside", "beside_sources", "find_attributions", "innermost", "quantities"]

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CONTENT_PREPS = ("of", "about", "on", "over", "against")
_TRIM = {"that", "whether", '"', "'", "“", "”", "‘", "’", ",", ":", ";", "-", "--", "—", "–", "``", "''"}
_EXPLETIVES = {"it", "there"}
_FIRST_SECOND = {"i", "we", "you"}
_CLOSING_QUOTES = {'"', "''", "”", "’", "'"}
_ASIDE_MARKS = (",", "—", "--")
_SETTING_PREPS = ("in", "on", "at", "during")
_POSSIBLE = ("can", "could", "may", "might", "should", "must")  # modals of what is possible or owed, no one's aim


@dataclass(frozen=True)
class Attribution(Spans):
    """One attribution: ``source`` (may be absent) says ``content`` via ``cue``.

    Character spans (:class:`~graph.model.Spans`, given by name) are half-open offsets into
    ``doc.text``; ``*_tokens`` are the same spans as half-open token index pairs.  ``source_head``
    is the token index of the source's syntactic head (ask ``DocActors.at`` about it), -1 when no source.
    """

    source_tokens: tuple[int, int]
    cue_tokens: tuple[int, int]
    content_tokens: tuple[int, int]
    source_head: int = -1
    cue_lemma: str = ""
    shape: str = ""  # finder: verb_clause | verb_prep | parataxis | according_to | noun_cue | quotation | continuation ...
    cue_word: int = -1  # token index of the cue's head word: "say" in "did not say"

    @property
    def has_source(self) -> bool:
        return self.source_head >= 0

    def in_content(self, i: int) -> bool:
        """Token i lies in the content and not in the source."""
        lo, hi = self.content_tokens
        slo, shi = self.source_tokens
        return lo <= i < hi and not (slo <= i < shi)


def _trim(doc, lo: int, hi: int) -> tuple[int, int]:
    """Shrink [lo, hi) past punctuation, quotes and a leading complementiser."""
    while lo < hi and _trimmed(doc[lo]):
        lo += 1
    while hi > lo and _trimmed(doc[hi - 1]) and not _closes(doc, lo, hi - 1):
        hi -= 1
    return lo, hi


def _closes(doc, lo: int, i: int) -> bool:
    """doc[i] closes a bracket opened inside [lo, i): "Sen. Bernie Sanders (I-Vt.)" keeps its ")"."""
    pair = {")": "(", "]": "["}.get(doc[i].text)
    return pair is not None and any(t.text == pair for t in doc[lo:i])


def _trimmed(tok) -> bool:
    return tok.lower_ in _TRIM or tok.is_space or tok.is_punct


def _chars(doc, lo: int, hi: int) -> tuple[int, int]:
    if lo < 0 or hi <= lo:
        return -1, -1
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _subtree_span(tok) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _source_span(doc, src, cue: tuple[int, int], lex: Lexicon | None = None) -> tuple[int, int]:
    """The source noun phrase: its subtree, kept off the cue's own clause and off earlier lines."""
    lo, hi = _subtree_span(src)
    if lo <= cue[0] < hi:  # "Barkley, who said ...": the source ends before its relative clause
        hi = min([c.left_edge.i for c in src.children if c.i > src.i and c.left_edge.i <= cue[0]] + [cue[0]])
    hi = min([hi] + _aside_starts(src, lex))
    for i in range(src.i - 1, lo - 1, -1):  # "12:15 p.m.\n\nJeb Bush": a heading line is not the source
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            lo = i + 1
            break
    lo, hi = _quoted_title(doc, *_trim(doc, *_focus_trimmed(doc, src, lo, hi)))
    if hi <= lo and src.tag_ in ("WDT", "WP"):  # "a statement that claimed ...": the pronoun is the source
        return src.i, src.i + 1
    # an appositive source keeps its closing comma: "Carly Fiorina, a candidate, said"
    if hi < len(doc) and doc[hi].text == "," and any(t.text == "," for t in doc[lo:hi]):
        hi += 1
    return lo, hi


_FOCUS = ("even",)  # focus adverbs before a source: "Even Republicans who praised him said"
_FLOATING = ("both", "all", "alike")  # quantifiers after a coordinated source: "Richards and Menendez both said"


# a focus adverb before the source and a floating quantifier after it stay out of the source (PolNeAR)
def _focus_trimmed(doc, src, lo: int, hi: int) -> tuple[int, int]:
    if lo < src.i and doc[lo].lower_ in _FOCUS and doc[lo].dep_ in ("advmod", "preconj"):
        lo += 1
    if hi - 1 > src.i and doc[hi - 1].lower_ in _FLOATING and doc[hi - 1].head.i == src.i:
        hi -= 1
    return lo, hi


# a quoted title inside the source keeps its quotation marks: 'host of MSNBC's "Morning Joe,"', '"Broad City" star'
# (PolNeAR takes the marks, and the comma inside them, with the title)
def _quoted_title(doc, lo: int, hi: int) -> tuple[int, int]:
    if lo >= hi:
        return lo, hi
    if lo > 0 and doc[lo - 1].text == "“" and any(t.text == "”" for t in doc[lo:hi]):
        lo -= 1
    opened = [t.i for t in doc[lo:hi] if t.text == "“"]
    if opened and not any(t.text == "”" for t in doc[opened[-1]:hi]):
        j = hi
        while j < len(doc) and j - hi < 2 and doc[j].text in (",", "."):
            j += 1
        if j < len(doc) and doc[j].text == "”":
            hi = j + 1
    return lo, hi


# a participle phrase set off by a comma or dash after the source's head is an aside, not the source: "Rubio,
# speaking at a rally, said ..."; so is a relative clause that reports something itself ("Barkley, who said he
# typically votes Democratic, said ...", "Trump, who has endorsed ..., mocked": PolNeAR leaves it out of the
# source, where it keeps most other relative clauses: "Chris Cox, who runs the NRA's lobbying arm, says")
def _aside_starts(src, lex: Lexicon | None = None) -> list[int]:
    doc = src.doc
    asides = [c.left_edge.i - 1 for c in src.rights
              if (c.dep_ == "acl" or (c.dep_ == "relcl" and _reports(c, lex)))
              and c.left_edge.i > src.i + 1 and doc[c.left_edge.i - 1].text in _ASIDE_MARKS]
    # when or where it was said, after the source: "Durbin in an interview said", "The campaign on Monday said"
    return asides + [c.i for c in src.rights if c.dep_ == "prep" and c.lower_ in _SETTING_PREPS and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME")
                              or (lex is not None and g.lemma_.lower() in lex.cue_settings))
        for g in c.children)]


def _reports(clause, lex: Lexicon | None) -> bool:
    """A cue verb of the lexicon heads or lies inside the clause: "who said he votes Democratic"."""
    return lex is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in lex.reporting_verbs | lex.object_cues
                                   for t in clause.subtree)


def _make(doc, src, cue, content, head, lemma, shape) -> Attribution | None:
    clo, chi = _trim(doc, *(content if shape == "quotation" else _cue_side(doc, cue, *content)))
    if chi <= clo:
        return None
    slo, shi = src if src else (-1, -1)
    if shi <= slo:
        slo, shi, head = -1, -1, -1
    word = next((i for i in range(*cue) if doc[i].lemma_.lower() == lemma), None)  # "went on to say": "say"
    return Attribution((slo, shi), cue, (clo, chi), head, lemma, shape, _head_word(doc, *cue) if word is None else word,
                       **spans_at(_chars(doc, slo, shi), _chars(doc, *cue), _chars(doc, clo, chi)))


_SENTENCE_ENDS = (".", "!", "?")


# a sentence break the parser missed after a closing quotation mark: 'saying: "The show was the worst
# acting I have seen." Labour had broken promises, he said' is two reports; each keeps the cue's side
def _cue_side(doc, cue: tuple[int, int], lo: int, hi: int) -> tuple[int, int]:
    for i in range(lo + 2, hi):
        mark, end = doc[i - 1], doc[i - 2]
        if (mark.text in _CLOSING_QUOTES and end.text[-1:] in _SENTENCE_ENDS and not end.whitespace_
                and mark.whitespace_ and doc[i].text[:1].isupper()):
            if cue[0] >= i:
                lo = i
            elif cue[1] < i:
                return lo, i
    return lo, hi


def _head_word(doc, lo: int, hi: int) -> int:
    """The word of [lo, hi) whose head lies outside it: the verb of a verb group."""
    return next((i for i in range(lo, hi) if not lo <= doc[i].head.i < hi or doc[i].head.i == i), lo)


def _quoted(tok):
    """The one "quoted ... as saying" ("the Interfax news agency quoted Mr Khodorkovsky as saying"), from
    "quoted" or from "saying": the speaker, not the agency that quotes him; else None."""
    verb = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "as" else tok
    if verb.lemma_.lower() != "quote" or not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _source_of(verb, lex: Lexicon | None = None):
    """The speaker of a reporting verb: its subject, passive agent, or the subject it shares."""
    if (quoted := _quoted(verb)) is not None:
        return quoted
    tok = _outer_report(verb, lex)
    via = None  # the dependency the last step up came by
    for _ in range(3):
        subj = [c for c in tok.children if c.dep_ in _SUBJ]
        agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if (via == "conj" or via in ("advcl", "pcomp") and not agent) and not _infinitive(verb) and (
                shared := _passive_controller(subj)) is not None:
            return _author(shared, lex)  # "Silverman was booed after telling ...": she told
        if agent:
            return agent[0]
        if subj:
            s = min(subj, key=lambda x: abs(x.i - tok.i))  # 'Or Ferguson," Trump said': the nearest
            # "it is heard that ...", "it is important to remember ...": no source ("It said ..." has one: a
            # report, a firm; only as the subject of the verb itself, not of a copula above it)
            if s.dep_ == "nsubjpass" or s.lower_ == "there" or (
                    s.lower_ == "it" and (_passive(tok) or tok is not verb)):
                return None
            return _author(s, lex)  # "Kabulov, who said that ...": the relative pronoun (see _speaker)
        # "urged voters to back the bill": the object backs it, not the subject (object control)
        if tok.dep_ == "xcomp" and _object_controlled(tok, lex):
            return None
        if tok is verb and _asked(verb):
            return None
        # "..., adding that ...", "and claimed that ...": the subject is shared with the head verb
        if tok.dep_ in ("conj", "advcl", "xcomp") and tok.head.i != tok.i:
            tok, via = tok.head, tok.dep_
            continue
        if (quoted := _quoted(tok)) is not None:
            return quoted
        # "after saying ...", "criticised for telling ...": the subject of the clause the phrase modifies
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            tok, via = tok.head.head, "pcomp"
            continue
        # "voters saying they want ...": the noun the participle modifies
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return _author(tok.head, lex)
        return (_orphan_subject(verb) or _appended_speaker(verb)) if tok is verb else None
    return None


# a participle or a conjunct sharing the subject of a passive clause shares its surface subject: "Silverman was
# booed after telling ...", "Trump was forced into damage control and said ...", and a conjunct not its agent:
# "Silverman was joined on stage by Franken and joked" (she speaks); a participle of a passive with an agent keeps
# the agent ("was attacked by Clinton for suggesting ...": PolNeAR), an infinitive of purpose has no speaker
# ("was started to offer courses"), a participle sharing the passive's auxiliary is passive too ("the police were
# alerted and called") and an expletive "it" shares nothing
def _infinitive(verb) -> bool:
    """An infinitive ("to offer"), a bare participle sharing a passive's auxiliary ("were alerted and called"), or a
    passive itself ("forced to resign after being accused of ...": the one accused does not speak)."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) or (
        verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children))


def _passive_controller(subj):
    return next((s for s in subj if s.dep_ == "nsubjpass" and s.lower_ not in _EXPLETIVES), None)


# a speaker the parser hung on a noun before it, leaving the verb without a subject: "Tuesday in Leeds, while on the
# trail for his wife Jane Smith, former governor John Smith said ..." (the name an apposition of an earlier noun):
# the named person or organisation whose phrase ends right before the verb group, its commas aside (a description
# there, "..., her former aide said", is no name: no source); only with its content after it
def _orphan_subject(verb):
    said = [c.i > verb.i for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or _has_subject(verb) or not said or not all(said):
        return None  # what is said follows the verb, none of it before the name
    doc, start = verb.doc, verb.sent.start
    j = _cue_tokens(verb)[0] - 1
    while j >= start and doc[j].text == ",":
        j -= 1
    tok = doc[j] if j >= start else None
    while tok is not None and tok.i >= start and tok.right_edge.i >= j:
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("appos", "npadvmod"):  # the first phrase: named or none
            return tok if tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG") else None
        tok = tok.head if tok.head.i != tok.i and tok.head.i < verb.i else None
    return None


# a named speaker after what they said, the parser hanging the phrase as an apposition on the said clause's last
# noun: "Seats targeted include Leeds, Bury and Hove, the party's campaign director Lord Smith said" (the list is
# what is said): the whole apposition set off by a comma and ending in a person's or organisation's name right
# before the verb group, the verb having no subject and all it reports before it
def _appended_speaker(verb):
    said = [c.i < verb.i for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or _has_subject(verb) or not said or not all(said):
        return None
    doc = verb.doc
    j = _cue_tokens(verb)[0] - 1
    tok = doc[j] if j > verb.sent.start else None
    if tok is None or tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", "ORG"):
        return None
    found = None
    while tok.dep_ == "appos" and tok.right_edge.i == j and tok.head.i < tok.i:
        if tok.left_edge.i > verb.sent.start and doc[tok.left_edge.i - 1].text == ",":
            found = tok
        tok = tok.head
    return found


def _asked(verb) -> bool:
    """A bare past participle heading an adverbial clause: "Asked if the cuts hurt, Mr Jones said ...", "when
    asked about the merger", "Accused of fraud, the banker ...": the main clause's subject is the one asked or
    accused, whoever asked is unsaid (PolNeAR: no source)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass", "agent") or c.dep_ in _SUBJ for c in verb.children)


def _object_controlled(xcomp, lex: Lexicon | None) -> bool:
    """The infinitive's doer is the direct object of its head, a verb of request or of telling: "urged voters to
    back", "asked him to endorse" (not "used his speech to criticise", "promised voters to cut taxes")."""
    head = xcomp.head
    return (lex is not None and head.lemma_.lower() in lex.request_cues | lex.hearer_verbs
            and head.lemma_.lower() not in lex.intent_cues
            and any(c.dep_ == "dobj" and head.i < c.i < xcomp.i for c in head.children))


# a statement someone issues speaks for its author: "Trump issued a statement saying ...", "the party released a
# report that said ..." (PolNeAR: the author is the source); not when the verb over the statement reports or
# denies it itself ("rejected the report that said ...", "cited a report saying ...": the author is someone else)
def _author(src, lex: Lexicon | None):
    if lex is None:
        return src
    noun = src.head.head if src.tag_ == "WDT" and src.head.dep_ == "relcl" else src
    if (maker := _maker(noun, lex)) is not None:
        return maker
    if noun.lemma_.lower() not in lex.claim_nouns or noun.dep_ != "dobj" or noun.head.lemma_.lower() in (
            lex.reporting_verbs | lex.denial_verbs | lex.object_cues | lex.claim_cues | lex.question_cues):
        return src
    author = statement_author(noun, lex)
    return src if author is noun else author


def _maker(noun, lex: Lexicon):
    """Who put out a document noun ("the PAC launched an advert that attacked ...", "posted a video saying ..."):
    the subject of the verb of ``thing_makers`` or ``publishing_verbs`` whose direct object it is, else None."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in lex.document_nouns or verb.lemma_.lower() not in (
            lex.thing_makers | lex.publishing_verbs):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return subj[0] if subj and subj[0].lower_ not in ("it", "there") else None


def _has_subject(verb) -> bool:
    """The verb has a subject of its own (active, passive or clausal)."""
    return any(c.dep_ in _SUBJ for c in verb.children)


def _passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


_OUTER_DEPS = ("conj", "advcl")


# a reporting verb the parser hung on a verb of what another report says belongs to that report:
# 'Trump insisted that he has "expanded the party," claiming that ...' and 'Ms. Khan said Mr. Trump was
# "ignorant" and criticized him' (the speaker is the outer source, not "he" or "Mr. Trump")
def _outer_report(verb, lex: Lexicon | None):
    if lex is None or verb.dep_ not in _OUTER_DEPS or _has_subject(verb):
        return verb  # a verb with a subject of its own reports for it: "..., while the Liberals say ..."
    clause = verb.head
    outer = clause.head
    if (clause.dep_ == "ccomp" and outer.i < clause.i < verb.i and outer.pos_ in ("VERB", "AUX")
            and outer.lemma_.lower() in lex.reporting_verbs | lex.denial_verbs):
        return outer
    return verb


_CUE_LEFT = ("aux", "auxpass", "neg")


# the cue is the verb group: auxiliaries and negation just before it ("has not said"),
# a particle or a colon just after it ("pointed out", "added:")
# the speaker behind a source token: a relative pronoun stands for its antecedent, a statement
# for its author ("Kabulov, who said ...", "a statement that claimed ...")
def _speaker(src, lex: Lexicon | None) -> int:
    if src.tag_ in ("WDT", "WP") and src.head.dep_ == "relcl":
        return statement_author(src.head.head, lex).i
    if src.dep_ == "appos" and src.pos_ == "NOUN":  # "..., the party's director Lord Smith said": the named one
        named = [c for c in src.rights if c.dep_ == "appos" and c.right_edge.i == src.right_edge.i
                 and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG")]
        if named:
            return named[0].i
    return src.i


def _cue_tokens(verb, lex: Lexicon | None = None) -> tuple[int, int]:
    lo = verb.i
    left = {c.i for c in verb.children if c.dep_ in _CUE_LEFT
            or (c.dep_ == "advmod" and c.pos_ == "ADV" and c.i < verb.i)}
    while lo - 1 in left:
        lo -= 1
    # an infinitive governed by a verb takes that verb's group: "went on to say", "is continuing to insist"
    doc, head = verb.doc, verb.head
    infinitive = verb.dep_ == "xcomp" or (
        verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))
    if infinitive and head.i < lo and head.pos_ in ("VERB", "AUX") and all(
            doc[j].head.i in (head.i, verb.i) and doc[j].dep_ in ("prt", "advmod", "aux", "neg")
            for j in range(head.i + 1, lo)):
        lo = _cue_tokens(head)[0]
    hi = verb.i + 1
    right = {c.i for c in verb.children if c.dep_ == "prt" or (c.dep_ == "punct" and c.text == ":")
             or (c.dep_ == "advmod" and c.pos_ == "ADV")}
    while hi in right:
        hi += 1
    # a one-word day right after the verb joins it: "said Tuesday that ..." (PolNeAR, most of the time)
    if hi < len(verb.doc) and verb.doc[hi].head.i == verb.i and verb.doc[hi].ent_type_ == "DATE" \
            and verb.doc[hi].dep_ == "npadvmod" and not list(verb.doc[hi].children):
        hi += 1
    # the preposition of a cue phrase right after the verb joins it, whatever the content is: 'Clinton pointed
    # to the polls: "..."' ("point to" in cue_phrases; not after a particle: "pointed out to reporters")
    nxt = verb.doc[hi] if hi < len(verb.doc) else None
    if (lex is not None and nxt is not None and hi == verb.i + 1 and nxt.head.i == verb.i and nxt.dep_ == "prep"
            and (verb.lemma_.lower(), nxt.lower_) in lex.cue_phrases):
        hi += 1
    setting = _cue_setting(verb, hi, lex)
    return lo, setting if setting else hi


# where it was said joins the cue right after its verb group: "said in a statement", "wrote on Facebook";
# not a setting told at length: "said in an interview with CNBC", "wrote in a letter to the court" (PolNeAR)
def _cue_setting(verb, hi: int, lex: Lexicon | None) -> int:
    for c in verb.rights:
        if c.left_edge.i != hi or c.i < hi:
            continue
        if (lex is not None and c.dep_ == "prep" and c.lower_ in ("in", "on")
                and any(g.dep_ == "pobj" and g.lemma_.lower() in lex.cue_settings and not _told_at_length(g)
                        for g in c.children)):
            return c.right_edge.i + 1
    return 0


_POSTMODIFIERS = ("prep", "acl", "relcl")


def _told_at_length(noun) -> bool:
    """The setting noun has a modifier after it: "an interview with CNBC", "a statement obtained by ..."."""
    return any(c.dep_ in _POSTMODIFIERS for c in noun.rights)


# reporting verb + clausal complement: "X said (that) ...", '"...," he said', "X denied supplying ..."
def _verb_clause(doc, verb, lex):
    comps = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")
             or (c.dep_ == "dobj" and c.tag_ == "VBG")
             # "Asked if the comments had rattled them, Ryan said ...": the question parsed as an adverbial
             or (c.dep_ == "advcl" and c.left_edge.lower_ in ("if", "whether") and c.i > verb.i
                 and verb.lemma_.lower() in lex.question_cues)]
    if verb.lemma_.lower() not in lex.denial_verbs:  # "claimed to have ..." only via ccomp for most verbs
        infinitive = lex.intent_cues | lex.aim_cues
        comps = sorted((c for c in comps if c.dep_ in ("ccomp", "advcl") or verb.lemma_.lower() in infinitive
                        or _gerund(verb, c, lex)), key=lambda c: _gerund(verb, c, lex))  # a clause first
    src = _source_of(verb, lex) or _postposed_subject(verb)
    if (src is None or src.i > verb.i) and (run := _name_run(verb)) is not None:
        src = doc[run[2]]
    if _no_left_content(doc, verb, src, lex):
        comps = [c for c in comps if c.i > verb.i]
    if not comps:
        return None
    if src is not None and src.i > verb.i:
        comps = [c for c in comps if c.i < verb.i] or comps
    return src, comps[0], "verb_clause"


# a gerund after a reporting verb with its own subject is what it reports: "suggested raising taxes", "recalled
# taking the lift", "said legalizing it could create jobs" (the parser's reading of a gerund subject); not after a
# verb of phase ("continued fighting": the lexicon's ``phase_verbs``) nor one sharing a subject, often a misparse
def _gerund(verb, comp, lex) -> bool:
    return (comp.dep_ == "xcomp" and comp.tag_ == "VBG" and comp.i > verb.i
            and verb.lemma_.lower() not in lex.phase_verbs | lex.passive_cues
            and _has_subject(verb))


def _no_left_content(doc, verb, src, lex) -> bool:
    """The clause before the verb is no report of it, the parser missing a sentence break or a clause
    boundary: the verb has a direct object that is no one spoken to ("Cairns claimed the individual
    titles"), or its source is the object of a bare preposition ("Solana's comments come the day after
    Sir Ian Blair said ...")."""
    own = _own_object(verb, lex) if verb.lemma_.lower() not in lex.hearer_verbs else None  # "told reporters"
    if own is not None and not (src is not None and src.dep_ == "dobj" and src.head.i == verb.i):
        return True
    before = doc[src.left_edge.i - 1] if src is not None and src.left_edge.i > 0 else None
    return before is not None and before.pos_ in ("ADP", "SCONJ") and not list(before.children)


_REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"})


def _own_object(verb, lex, att=None):
    """The verb's direct object after it that is a thing of its own, or None: no one spoken to ("told reporters")
    and nothing inside what ``att`` reports ("claimed the individual titles", "offered £1.3bn")."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                 and not (att is not None and att.in_content(c.i))
                 and (c.ent_type_ == "MONEY" or c.pos_ in ("NOUN", "PROPN") and not _addressee(c, lex))), None)


def acts(verb, lex, att=None) -> bool:
    """The cue verb does something rather than says it, the one place that decides it: an object of its own
    (:func:`_own_object`, outside what ``att`` reports) that is a sum ("previously offered £1.3bn": a price),
    or one that is no statement after one of the lexicon's ``doing_cues`` ("Stephen Cairns and Jill Shannon
    claimed the individual titles", "Dyer added a second goal"; not "added a comment"), or a reflexive object
    ("found herself in trouble against Vinci": the verb acts on its own subject, nothing is said)."""
    if any(c.dep_ == "dobj" and c.i > verb.i and c.lower_ in _REFLEXIVES for c in verb.children):
        return True
    obj = _own_object(verb, lex, att)
    return obj is not None and (obj.ent_type_ == "MONEY" or verb.lemma_.lower() in lex.doing_cues
                                and obj.lemma_.lower() not in lex.claim_nouns)


# a speaker after the verb that the parser made the subject of a clause hung on it: '"...," said Robin
# Maynard, half joking' ("Maynard joking" parsed as a ccomp of "said"), or the verb's object ('"...," added a
# South Carolina Democrat', when the verb has no subject); only right after the verb group,
# and only when a quotation closing just before the verb is what is said
def _after_quotation(verb) -> int:
    """The first token after a reporting verb (and its particle) that follows the quotation it reports
    ('"...," said', '"...," added later'), or -1 when the verb follows no closing quotation mark."""
    hi = verb.i + 1
    doc = verb.doc
    while hi < len(doc) and doc[hi].head.i == verb.i and doc[hi].dep_ in ("prt", "advmod"):
        hi += 1
    if not (any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
            and any(t.text in _CLOSING_QUOTES for t in doc[max(0, verb.i - 2):verb.i])):
        return -1
    return hi


_RUN_ENDS = frozenset({",", ".", "!", "?", ":", ";", "(", "-", "—", "–", '"', "”"})
_NOT_IN_TITLE = frozenset({"ADP", "CCONJ", "SCONJ", "PRON", "AUX", "NUM", "PART", "PUNCT", "SPACE"})


# a postposed speaker with a long title the parser misreads: '"...," said Tory shadow local government secretary
# Caroline Spelman' ("Tory" read as the subject of a verb "shadow"), '"...," said co-ordinator Peter Facey'
def _name_run(verb) -> tuple[int, int, int] | None:
    """After a reporting verb that follows its quotation, the words up to a comma or the sentence's end when they
    end in a person's or an organisation's name: (start, end, the name's head); None when a preposition, a
    conjunction, a pronoun, a number or a mark other than a hyphen comes before the name ("Hannah Ward of the
    Refugee Council": the parse is trusted) or a determiner not first."""
    lo = _after_quotation(verb)
    doc = verb.doc
    if lo < 0:
        return None
    hi = lo
    while hi < len(doc) and doc[hi].sent.start == verb.sent.start and (
            doc[hi].text not in _RUN_ENDS or doc[hi].text == "-" and not doc[hi].whitespace_):
        hi += 1
    ent = next((e for e in doc.ents if e.start < hi <= e.end), None) if hi > lo else None
    if ent is None or ent.end != hi or ent.label_ not in ("PERSON", "ORG") or ent.start < lo:
        return None
    title = doc[lo:ent.start]
    if any(t.pos_ in _NOT_IN_TITLE and t.text != "-" or t.pos_ == "DET" and t.i > lo for t in title):
        return None
    return lo, hi, ent.root.i


def _clause_end(doc, lo: int, hi: int) -> int:
    """``hi``, or the first sentence end in [lo, hi) the parser ran over ("said Nick Ross, deputy editor at PC Pro.
    Apple's work on ..." read as one source; "Gordon Lishman, who retires next year" keeps its relative clause, and
    "Rep. Beto O'Rourke (D-Tex.), a Clinton endorser" its abbreviations)."""
    return next((i for i in range(lo, hi - 1) if doc[i].text in _SENTENCE_ENDS and doc[i].whitespace_
                 and doc[i + 1].text[:1].isupper()), max(lo, hi))


def _postposed_subject(verb):
    hi = _after_quotation(verb)
    doc = verb.doc
    if hi < 0:
        return None
    for c in verb.rights:
        # '"...," added a South Carolina Democrat': the speaker parsed as the verb's object
        if c.dep_ == "dobj" and c.left_edge.i == hi and c.pos_ in ("PROPN", "NOUN") \
                and not any(s.dep_ in _SUBJ for s in verb.children):
            return c
        if c.dep_ != "ccomp":
            continue
        subj = [s for s in c.children if s.dep_ == "nsubj" and s.left_edge.i == hi and s.pos_ in ("PROPN", "NOUN")]
        if subj:
            return subj[0]
    return None


# reporting verb + prepositional content: "X warned of ...", "X accused Y of arming Z"
def _verb_prep(doc, verb, lex):
    content = _content_prep(verb, lex)
    return (_source_of(verb, lex), content, "verb_prep") if content is not None else None


def _content_prep(verb, lex):
    """The prepositional phrase (or "for"-clause) a verb reports, None when it has none."""
    lemma = verb.lemma_.lower()
    for c in verb.rights:  # after the verb: "On the contrary, X accused Y of ..." is no content
        if c.dep_ == "prep" and ((c.lower_ in _CONTENT_PREPS and lemma in lex.reporting_verbs | lex.denial_verbs)
                                 or (lemma, c.lower_) in lex.cue_phrases):
            if any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME") for g in c.children):
                return c  # "said on Tuesday" has no content
        # "called for the US to step up ...": the preposition is the mark of a clause
        if c.dep_ in ("advcl", "ccomp") and (lemma, c.left_edge.lower_) in lex.cue_phrases:
            return c
    return None


def _from_verb(doc, verb, lex) -> Attribution | None:
    found = _verb_clause(doc, verb, lex) or _verb_prep(doc, verb, lex)
    if found is None:
        return None
    src, content, shape = found
    lo, hi = _subtree_span(content)
    cut = min([hi, *(c.left_edge.i for c in content.children if _contrast_report(c, content, lex))])
    while lo < cut < hi and doc[cut - 1].dep_ in ("cc", "punct"):  # "... and", "... ,"
        cut -= 1
    hi = cut
    cue = _cue_tokens(verb, lex)
    if _relative_subject(doc, verb, content, lo):  # "an event that Jones says changed his life"
        lo = cue[1]
    if shape == "verb_prep":
        lo += 1  # the preposition belongs to the cue: "warned of", "commented on"
        cue = (cue[0], lo) if lo - 1 == cue[1] else cue
    s_span = _source_span(doc, src, cue, lex) if src is not None else None
    if src is not None and src.i > verb.i and (run := _name_run(verb)) is not None and run[2] == src.i:
        s_span = (run[0], _clause_end(doc, run[1], s_span[1]))  # the title before the name, however parsed
    if s_span and s_span[0] < hi and lo < s_span[1]:  # overlapping parse: keep the source out
        if s_span[0] <= lo:
            lo = s_span[1]
        else:
            hi = s_span[0]
    if src is None and not _asked(verb) and (shape != "verb_clause" or any(c.tag_ == "TO" for c in verb.children)):
        return None  # "it is too soon to say whether ...": no one says it
    if src is None:
        shape = "expletive_passive"
    return _make(doc, s_span, cue, (lo, hi), _speaker(src, lex) if src is not None else -1, verb.lemma_.lower(),
                 shape)


def _contrast_report(clause, content, lex) -> bool:
    """A report of its own the parser hung on another's content: "Labour says X will cut spending, while the
    Liberals say ...", "Halifax said prices rose and Nationwide reported a fall" (no part of the first content)."""
    if clause.i <= content.i or clause.lemma_.lower() not in lex.reporting_verbs - lex.knowledge_cues \
            or not _has_subject(clause):  # "Britain would hold a poll but when, I don't know": no report of its own
        return False
    return clause.dep_ == "conj" or clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas", "whilst") for c in clause.children)


# a reporting verb in a relative clause whose pronoun is the subject of what it reports: "an event that Jones says
# changed his life", "a man who police say was armed": the content is the clause after the verb, the pronoun
# standing for its antecedent (the parser hangs the pronoun on the reported verb, before the source and the cue)
def _relative_subject(doc, verb, content, lo: int) -> bool:
    return (verb.dep_ == "relcl" and content.i > verb.i and lo < verb.i and doc[lo].tag_ in ("WDT", "WP")
            and doc[lo].head.i == content.i)


# a denial of a statement with its clause: "denied claims that he knew", "has denied reports that Brown is preparing
# to oust Milburn" (what is denied is reported, negated, not asserted); "denied the charges" alone reports nothing
def _denied_claim(verb, obj, lex) -> bool:
    return verb.lemma_.lower() in lex.denial_verbs and obj.lemma_.lower() in lex.claim_nouns and any(
        c.dep_ in ("acl", "ccomp", "relcl") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in obj.children)


# a verb reporting its direct object: "announced his candidacy", "urged restraint"; any
# reporting verb with an object predicate: "called the plan a disaster" (not "called a donor");
# an object that is only someone spoken to, or a pronoun, needs a second complement ("urged the US to
# withdraw" is a request the relation rules read)
def _verb_object(doc, verb, lex) -> Attribution | None:
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objs or not (verb.lemma_.lower() in lex.object_cues or any(c.dep_ == "oprd" for c in verb.children)
                        or _sees_as(verb, objs[0], lex) or _denied_claim(verb, objs[0], lex)):
        return None
    if _refuses(verb, objs[0], lex):
        return None
    more = [c for c in verb.children if c.i > objs[0].i and c.dep_ in ("oprd", "ccomp")
            or (c.dep_ == "prep" and c.lower_ in ("for", "as", "of"))]
    if not more and (acts(verb, lex) or (_addressee(objs[0], lex) or objs[0].pos_ == "PRON") and not (
            verb.lemma_.lower() in lex.person_object_cues and objs[0].lower_ != "it")):
        return None  # "thanked him", "described it": no content of its own ("endorsed Trump" has); "offered £1.3bn"
    src = _source_of(verb, lex)
    if src is None:
        return None
    cue = _cue_tokens(verb, lex)
    hi = max(c.right_edge.i for c in objs[:1] + more) + 1
    s_span = _source_span(doc, src, cue, lex)
    if s_span[0] < hi and objs[0].left_edge.i < s_span[1]:
        return None
    lo = max(objs[0].left_edge.i, cue[1])
    told = next((c for c in more if c.dep_ == "ccomp"), None) or next(  # "that" taken for a relative pronoun
        (c for c in objs[0].rights if c.dep_ == "relcl" and any(g.dep_ == "mark" and g.lower_ == "that"
                                                                for g in c.children)), None)
    # "reminded MPs that ...", "assured voters that ...": what the hearers are told, not the hearers
    if told is not None and (verb.lemma_.lower() in lex.hearer_verbs or _addressee(objs[0], lex)):
        lo = told.left_edge.i
    return _make(doc, s_span, cue, (lo, hi), _speaker(src, lex), verb.lemma_.lower(), "verb_object")


# a denial verb refusing someone something denies no claim: "denying Montgomery a certain try", "a hamstring injury
# denied Luscombe", "Ferreira denied Gerrard" (someone it is refused to, or a name as its object: a claim is a noun)
def _refuses(verb, obj, lex) -> bool:
    return verb.lemma_.lower() in lex.denial_verbs and (
        obj.pos_ == "PROPN" or obj.ent_type_ == "PERSON" or any(c.dep_ == "dative" for c in verb.children))


# a finding of a poll, a study or a record through its direct object: "a new poll shows the mayor with a lead",
# "the survey found wide support for the levy" (a verb of the lexicon's ``finding_verbs`` after a subject of its
# ``cited_sources``); the content is the object and what follows it in the clause
def _finding(doc, verb, lex) -> Attribution | None:
    if verb.lemma_.lower() not in lex.finding_verbs:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if subj is None or obj is None or not {subj.lemma_.lower(), subj.lower_} & lex.cited_sources:
        return None
    cue = _cue_tokens(verb, lex)
    hi = max(c.right_edge.i for c in verb.rights if c.dep_ not in ("punct", "cc", "conj")) + 1
    return _make(doc, _source_span(doc, subj, cue, lex), cue, (max(obj.left_edge.i, cue[1]), hi), _speaker(subj, lex),
                 verb.lemma_.lower(), "finding")


# an object cue whose object stands elsewhere: passive with its agent ("the plan was criticized by the mayor", "a
# bill opposed by unions": the agent is the source, the subject or the noun modified the content), or a relative
# clause whose object is its antecedent ("the deal, which the mayor opposed", "a plan the union has criticized")
def _object_gap(doc, verb, lex) -> Attribution | None:
    judging = verb.lemma_.lower() in lex.gap_object_cues
    if not (judging or verb.lemma_.lower() in lex.agent_cues) or any(
            c.dep_ in ("ccomp", "xcomp", "oprd") or (c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP"))
            for c in verb.children):
        return None
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
    if agent is not None and subj is None and not judging and _as_clause(verb):
        return _as_agent(doc, verb, agent, lex)
    if agent is not None:
        src = agent
        thing = subj if subj is not None and subj.dep_ == "nsubjpass" else (
            verb.head if verb.dep_ == "acl" and verb.tag_ == "VBN" and subj is None else None)
    elif (judging and verb.dep_ == "relcl" and subj is not None and subj.dep_ == "nsubj"
          and subj.tag_ not in ("WDT", "WP")):
        src, thing = subj, verb.head
    else:
        return None
    if thing is None or thing.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    cue = _cue_tokens(verb, lex)
    lo, hi = (thing.left_edge.i, thing.i + 1) if thing.i == verb.head.i else _subtree_span(thing)
    s_span = _source_span(doc, src, cue, lex)
    if s_span[0] < hi and lo < s_span[1]:
        return None
    return _make(doc, s_span, cue, (lo, hi), _speaker(src, lex), verb.lemma_.lower(),
                 "object_gap" if judging else "agent_report")


# "As reported by the Herald, the pool will close": a verb of the lexicon's ``agent_cues`` in an "as" clause with
# its agent reports the clause the "as" clause modifies; the agent is the source
def _as_agent(doc, verb, agent, lex) -> Attribution | None:
    cue = _cue_tokens(verb, lex)
    lo, hi = _trim(doc, *_beside(verb, verb.head))
    if hi - lo < 2:
        return None
    return _make(doc, _source_span(doc, agent, cue, lex), cue, (lo, hi), _speaker(agent, lex), verb.lemma_.lower(),
                 "agent_report")


# a stance as a copula and an adjective of the lexicon's stance_adjectives: "the mayor was sharply critical of the
# plan", "the unions are wary of the deal", "she was reluctant to endorse him", "he is confident that ...": the cue
# runs from the copula's group to the adjective and a preposition right after it, the complement is the content
def _stance_adjective(doc, be, lex) -> Attribution | None:
    adj = next((c for c in be.children if c.dep_ == "acomp" and c.lemma_.lower() in lex.stance_adjectives), None)
    src = _source_of(be, lex) if adj is not None else None
    if src is None or src.i > be.i:
        return None
    comp = next((c for c in adj.rights if c.dep_ in ("prep", "xcomp", "ccomp")), None) or next(
        (c for c in be.rights if c.dep_ == "ccomp" and c.i > adj.i), None)
    if comp is None:
        return None
    hi = adj.i + 1
    if comp.dep_ == "prep" and comp.i == hi:  # "critical of": the preposition joins the cue
        hi += 1
    cue = (_cue_tokens(be, lex)[0], hi)
    lo = max(hi, comp.left_edge.i)
    # the copula is the cue's word: a stance is a quote, never a claim (no cue of saying)
    return _make(doc, _source_span(doc, src, cue, lex), cue, (lo, comp.right_edge.i + 1), _speaker(src, lex),
                 be.lemma_.lower(), "stance_adjective")


# an opinion through an object and its "as" phrase: "sees the mayor as a reformer", "viewed the cuts as a snub"
# (the lexicon's ``as_cues``; "saw the film" reports nothing)
def _sees_as(verb, obj, lex) -> bool:
    return verb.lemma_.lower() in lex.as_cues and any(
        c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in verb.children)


# a request reports whom it asks and what they are asked to do: "Holt asked Penguin to reprint the novel",
# "urged voters to turn out" (the lexicon's ``request_cues``; PolNeAR marks them); the object and its infinitive
# are the content.  A quote, never a claim: the relation rules read the request
def _request(doc, verb, lex) -> Attribution | None:
    if verb.lemma_.lower() not in lex.request_cues:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    todo = next((c for c in verb.children if c.dep_ == "xcomp" and obj is not None and c.i > obj.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    src = _source_of(verb, lex) if todo is not None else None
    if src is None:
        return None
    cue = _cue_tokens(verb, lex)
    s_span = _source_span(doc, src, cue, lex)
    if s_span[0] <= todo.right_edge.i and obj.left_edge.i < s_span[1]:
        return None
    return _make(doc, s_span, cue, (obj.left_edge.i, todo.right_edge.i + 1), _speaker(src, lex), verb.lemma_.lower(),
                 "request")


# an aim or a choice of the subject's own: "the union seeks to block the merger", "refused to take questions";
# an attribution (PolNeAR) whose content is an act of its source, read by the relation rules, not a report.
# Not one that is only possible or owed: "buyers can refuse to pay", "they should refuse to go"
def _aim(doc, verb, lex) -> Attribution | None:
    if any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in verb.children):
        return None
    att = _from_verb(doc, verb, lex)
    return replace(att, shape="aim") if att is not None and att.shape == "verb_clause" and att.has_source else None


# an impression without a source: "Trump seemed to suggest ...", "It appears that ...", "She is expected
# to win" (the passive only); the cue is the verb group, the content the clause without it
def _sourceless(doc, verb, lex) -> Attribution | None:
    if verb.lemma_.lower() not in lex.sourceless_cues:
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if (verb.lemma_.lower() == "expect") != passive:
        return None
    comps = [c for c in verb.children if c.i > verb.i and (  # or "seems like ..."
        c.dep_ in ("xcomp", "ccomp", "acomp") or c.dep_ in ("prep", "advcl") and c.left_edge.lower_ == "like")]
    if not comps:
        return None
    cue = _cue_tokens(verb, lex)
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    lo = subj[0].left_edge.i if subj and subj[0].lower_ not in _EXPLETIVES else cue[1]
    return _make(doc, None, cue, (lo, comps[0].right_edge.i + 1), -1, verb.lemma_.lower(), "sourceless")


# reporting clause as parataxis of the clause it reports: "Russia arms them, he said."
def _parataxis(doc, verb, lex) -> Attribution | None:
    if verb.dep_ != "parataxis" or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    src = _source_of(verb, lex)
    if src is None:
        return None
    content = _beside(verb, verb.head)
    cue = _cue_tokens(verb, lex)
    return _make(doc, _source_span(doc, src, cue, lex), cue, content, _speaker(src, lex), verb.lemma_.lower(),
                 "parataxis")


# reporting verb with a subject and no content of its own: "Weaver said." or "..., he told reporters
# during a call." report the clause before the source, else the sentence before
def _bare_verb(doc, verb, lex) -> Attribution | None:
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children) or _content_prep(verb, lex):
        return None
    # a base form ("would say or do anything", "is going to call") or a verb that is itself a complement
    # ("things he said he can't agree with") reports nothing before it
    if verb.tag_ == "VB" or verb.dep_ in ("ccomp", "xcomp"):
        return None
    if any(c.dep_ == "dobj" and not _addressee(c, lex) for c in verb.children):
        return None  # "he called a donor", "she said nothing"
    if _turns_up(verb, lex):
        return None
    src = _source_of(verb, lex)
    if src is None or src.i > verb.i or src.tag_ in ("WDT", "WP"):
        return None
    sent = verb.sent
    cue = _cue_tokens(verb, lex)
    slo, shi = _source_span(doc, src, cue, lex)
    lo, hi = _trim(doc, sent.start, slo)
    if _as_clause(verb):  # "The budget will balance, as the minister said": the clause it modifies
        content = _beside(verb, verb.head)
        t_lo, t_hi = _trim(doc, *content)
        if t_hi - t_lo < 2:
            return None
    elif hi - lo >= 2:
        content = (sent.start, slo)
    elif sent.start > 0:
        prev = doc[sent.start - 1].sent
        content = (prev.start, prev.end)
    else:
        return None
    return _make(doc, (slo, shi), cue, content, _speaker(src, lex), verb.lemma_.lower(), "bare_verb")


# a verb of finding with a particle or a reflexive object reports nothing: "Sanders showed up", "showing off the
# hat", "Obama found himself in the awkward position"
def _turns_up(verb, lex) -> bool:
    return any(c.dep_ in ("dobj", "prt", "dative") and c.lower_.endswith(("self", "selves")) for c in verb.children) \
        or (verb.lemma_.lower() in lex.finding_verbs and any(c.dep_ == "prt" for c in verb.children))


def _as_clause(verb) -> bool:
    """An adverbial clause opened by "as": "..., as the minister said", "As the minister said, ..."."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _beside(verb, head) -> tuple[int, int]:
    """The larger part of head's clause before or after the clause of verb inside it."""
    vlo, vhi = _subtree_span(verb)
    hlo, hhi = _subtree_span(head)
    return (hlo, vlo) if vlo - hlo >= hhi - vhi else (vhi, hhi)


def _addressee(tok, lex) -> bool:
    """A person or group spoken to: "told reporters", "told The Associated Press"."""
    if tok.lemma_.lower() in lex.claim_nouns:  # "denied the reports" denies a statement, not a person
        return False
    return (tok.tag_ == "PRP" and tok.lower_ != "it" or tok.ent_type_ in ("PERSON", "ORG", "NORP")
            or tok.lemma_.lower() in lex.actor_heads)


# a name and a colon opening a line: "Trump: Cruz Has 'To Come a Long Way' On Ethanol" (headline style)
def _colon_line(doc, colon, lex) -> Attribution | None:
    sent = colon.sent
    lo = sent.start
    while lo < colon.i and (doc[lo].is_space or doc[lo].is_punct):
        lo += 1
    name = doc[lo:colon.i]
    if not 1 <= len(name) <= 4 or any(t.pos_ not in ("PROPN", "NOUN", "PART") for t in name):
        return None
    # no speaker: a note ("Editor's note:"), a place ("Nevada:" before a list of names)
    if name.root.lower_ == "note" or all(t.ent_type_ in ("GPE", "LOC") for t in name):
        return None
    if len(name) == 1 and len(name[0].text) == 1:  # "Q: Does Ted Cruz?" "A: No!": an interview's turn labels
        return None
    end = sent.end
    if end == colon.i + 1 and end < len(doc) and "\n" not in colon.whitespace_:
        end = doc[end].sent.end  # the parser ended the sentence at the colon: "Ann Coulter: And Then There Was ..."
    words = [t for t in doc[colon.i + 1:end] if not t.is_punct and not t.is_space]
    if len(words) < 3 or _roll(words):
        return None
    return _make(doc, (name.start, name.end), (colon.i, colon.i + 1), (colon.i + 1, end), name.root.i, ":",
                 "colon_line")


def _roll(words) -> bool:
    """A list of names and numbers with no verb after a colon: a team line-up or a score line ("Bolton:
    Jaaskelainen, Hunt (Fadiga 14), ...", "Goals: Bowyer 35, Dyer 69"), nobody's statement."""
    return not any(t.pos_ in ("VERB", "AUX") for t in words) and \
        sum(t.pos_ in ("PROPN", "NUM") for t in words) >= 0.6 * len(words)


# "according to X, ...": before, inside or after the reported clause
def _according_to(doc, tok, lex) -> Attribution | None:
    if tok.lower_ != "according":
        return None
    to = [c for c in tok.children if c.lower_ == "to"]
    if not to:
        return None
    pobj = [g for g in to[0].children if g.dep_ == "pobj"]
    if not pobj:
        return None
    src = pobj[0]
    return _make(doc, _source_span(doc, src, (tok.i, to[0].i + 1), lex), (tok.i, to[0].i + 1), _clause_around(doc, tok),
                 src.i, "according to", "according_to")


def _clause_around(doc, tok) -> tuple[int, int]:
    """The clause a source phrase headed by tok modifies, without the phrase: before, around or after it."""
    plo, phi = _subtree_span(tok)
    head = tok.head if tok.head.i != tok.i else tok
    sent = tok.sent
    hlo, hhi = _trim(doc, *((sent.start, sent.end) if head.i == tok.i else _subtree_span(head)))
    if plo <= hlo:
        return phi, hhi
    if phi >= hhi:
        return hlo, plo
    return hlo, hhi  # the source sits inside the clause; in_content() excludes it


# "In a CNN poll released Monday, 31% backed Trump": a poll before the clause it reports is its source, "in"
# the cue ("Trump leads in the polls" reports no finding of a poll; PolNeAR marks it rarely)
def _in_source(doc, tok, lex) -> Attribution | None:
    pobj = [c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in lex.in_sources]
    if tok.dep_ != "prep" or not pobj or tok.i > tok.head.i:
        return None
    src = pobj[0]
    return _make(doc, _source_span(doc, src, (tok.i, tok.i + 1), lex), (tok.i, tok.i + 1), _clause_around(doc, tok),
                 src.i, "in", "in_source")


# a statement noun with its owner and a clause: "Trump's false claims that he is an advocate", "Rubio's claim to
# be the strongest"; the cue is the noun with its modifiers, the owner (with its "'s") the source
def _noun_cue(doc, tok, lex) -> Attribution | None:
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.claim_nouns:
        return None
    owner = [c for c in tok.children if c.dep_ == "poss" and c.tag_ != "WP$"]
    clause = [c for c in tok.rights if c.dep_ in ("acl", "ccomp", "appos") and c.pos_ in ("VERB", "AUX") and any(
        g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to") and g.i < c.i for g in c.children)]
    if not owner or not clause:
        return None
    src = owner[0]
    lo = src.right_edge.i + 1  # the modifiers between owner and noun: "recent evidence-free"
    if any(not lo <= t.head.i <= tok.i or t.dep_ == "det" for t in doc[lo:tok.i]):
        lo = tok.i
    while lo < tok.i and doc[lo].is_punct:  # 'Trump's "assertion': the quotation mark is no part of it
        lo += 1
    return _make(doc, _subtree_span(src), (lo, tok.i + 1), _subtree_span(clause[0]), _speaker(src, lex),
                 tok.lemma_.lower(), "noun_cue")


# a quotation in curly, straight or doubled-apostrophe marks (''...'', ``...'': newswire style); the
# quoted text is the one named group that matched.  A quotation never holds another double mark, and a
# curly one may close straight or a straight one curly ('“We will win," he said' is one quotation, not the
# start of one running to the next closing mark).  A straight mark opens after a space, a bracket, a dash or
# a colon and closes after a word or a mark, not before a letter, or after a nested quotation's closing mark and a
# space ('"... the household name of \'Clinton,\' " said Maxwell'); a quotation that opens a new one at a
# sentence end without closing (news style, one quoted paragraph after another: 'said: "We won. "Now we
# rest."') ends there, and the next one opens (they would else pair off the wrong way round)
_QUOTE = re.compile(r"“(?P<curly>(?:[^“”\"\n]|\n(?!\s*\n)){2,1500})[”\"]"
                    r"|(?<![\w.!?,;])\"(?P<straight>(?:[^\"“”\n]|\n(?!\s*\n)){2,1500})"
                    r"(?:(?<=\S)[\"”](?![^\W_])|(?<=[,.!?]['’] )[\"”](?![^\W_])|(?<=[.!?])(?=\s+\"[^\W\d_]))"
                    r"|(?:''|``)(?P<doubled>(?:(?!'')[^\n]|\n(?!\s*\n)){2,1500})''")
_NEAR = 10  # how many tokens a cue may sit from its quotation mark


def _is_cue(tok, cues) -> bool:
    return tok.lemma_.lower() in cues and tok.pos_ in ("VERB", "AUX")


def _quoted_cue(tok, cues, inner) -> bool:
    """A cue of a quotation outside it and no purpose clause: in 'urged him to "hold talks" to find a "fair
    way"', "find" is the purpose of an act, no report of either quotation."""
    return (_is_cue(tok, cues) and not (inner.start <= tok.i < inner.end)
            and not (tok.dep_ == "advcl" and any(k.dep_ == "aux" and k.lower_ == "to" for k in tok.children)))


# quotation with its cue outside: '"... . ...", the minister said.' or 'X stated: "... . ..."'
def _quotations(doc, cues, lex: Lexicon | None = None) -> list[Attribution]:
    out = []
    for m in _QUOTE.finditer(doc.text):
        inner = doc.char_span(m.start(m.lastgroup), m.end(m.lastgroup), alignment_mode="contract")
        if inner is None or len(inner) < 2:
            continue
        open_i, close_i = inner.start - 1, inner.end  # the quotation mark tokens (when tokenised apart)
        cue = None
        # words after a quotation left open where the next opens are that next one's, no cue of this one
        after = doc[close_i].sent if close_i < len(doc) and _closed(m) else None
        if after is not None:
            for tok in doc[close_i:min(after.end, close_i + _NEAR)]:
                if _quoted_cue(tok, cues, inner) and _knowledge_fits(tok, lex):
                    cue = tok
                    break
        if cue is None and open_i >= 0:
            before = doc[open_i].sent
            for tok in reversed(doc[max(before.start, open_i - 3 * _NEAR):open_i]):
                if _quoted_cue(tok, cues, inner) and _knowledge_fits(tok, lex):
                    cue = tok
                    break
        if cue is None and open_i >= 2 and doc[open_i - 1].text == ":":
            cue = doc[open_i - 1]  # 'Trump: "..."': the colon is the cue, the phrase before it the source
            src = doc[open_i - 2]
            while src.head.i != src.i and src.head.i < cue.i and src.head.i >= doc[open_i].sent.start:
                src = src.head
            if src.pos_ not in ("PROPN", "NOUN", "PRON"):
                continue
            lo, hi = _source_span(doc, src, (cue.i, cue.i + 1), lex)
            att = _make(doc, (lo, min(hi, cue.i)), (cue.i, cue.i + 1), (inner.start, inner.end), src.i, ":",
                        "quotation")
            if att is not None:
                out.append(att)
            continue
        if cue is None:
            continue
        src = _source_of(cue, lex)
        if src is None or inner.start <= src.i < inner.end:
            continue
        cue_span = _cue_tokens(cue, lex)
        att = _make(doc, _source_span(doc, src, cue_span, lex), cue_span, (inner.start, inner.end), _speaker(src, lex),
                    cue.lemma_.lower(), "quotation")
        if att is not None:
            out.append(att)
    return out


def find_attributions(doc, lexicon: Lexicon | None = None, nested: bool = True) -> list:
    """Every attribution in ``doc``, in document order of their cues.

    ``lexicon`` defaults to ``ontology/lexicon.yaml``; its ``reporting_verbs``, ``denial_verbs`` and
    ``question_cues`` are the cue verbs.  ``nested=False`` leaves out every attribution whose cue lies
    inside a quotation ('"They said the Americans had promised it," the minister said' keeps only the
    minister's), as PolNeAR annotates them (18 of its 9,832 dev cues lie inside quotation marks); a build
    keeps them, the graph reading who is reported to have said what inside a quote.
    """
    lex = lexicon or load_lexicon(ONTOLOGY_DIR)
    cues = lex.reporting_verbs | lex.denial_verbs | lex.question_cues  # "questioned whether ...", "wondered if ..."
    phrasal = {verb for verb, _ in lex.cue_phrases} - cues
    out: list[Attribution] = []
    for tok in doc:
        att = None
        if tok.lower_ == "according":
            att = _according_to(doc, tok, lex)
        elif tok.lower_ == "in":
            att = _in_source(doc, tok, lex)
        elif tok.text == ":":
            att = _colon_line(doc, tok, lex)
        elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in cues and _voice_fits(tok, lex):
            att = (_from_verb(doc, tok, lex) or _request(doc, tok, lex) or _verb_object(doc, tok, lex)
                   or _finding(doc, tok, lex) or _parataxis(doc, tok, lex) or _bare_verb(doc, tok, lex)
                   or _object_gap(doc, tok, lex))
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in phrasal:
            att = _from_verb(doc, tok, lex) or _verb_object(doc, tok, lex)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in lex.intent_cues:
            att = _from_verb(doc, tok, lex)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in lex.aim_cues:
            att = _aim(doc, tok, lex)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in lex.request_cues:
            att = _request(doc, tok, lex)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in lex.object_cues | lex.as_cues:
            att = _verb_object(doc, tok, lex) or _object_gap(doc, tok, lex)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in lex.sourceless_cues:
            att = _sourceless(doc, tok, lex)
        elif tok.pos_ == "AUX" and tok.lemma_ == "be":
            att = _stance_adjective(doc, tok, lex)
        elif tok.pos_ == "NOUN":
            att = _noun_cue(doc, tok, lex)
        if att is not None:
            out.append(att)
    # a quotation spanning several sentences replaces the reading of its cue's own clause
    # (a verb's own prepositional content apart from the quotation stays: 'called on the prime minister to "..."')
    for q in _quotations(doc, cues, lex):
        same = [a for a in out if a.cue_tokens == q.cue_tokens and not _apart(a, q)]
        if any(_ends_in_quotation(a, q) for a in same):
            out = [_closing_quotation(doc, a, q) if _ends_in_quotation(a, q) else a for a in out]
            continue
        if not same or all(a.content_tokens[1] - a.content_tokens[0] < q.content_tokens[1] - q.content_tokens[0]
                           or _read_backwards(doc, a, q) for a in same):
            out = [a for a in out if a.cue_tokens != q.cue_tokens or _apart(a, q)] + [q]
    out += _continuations(doc, out, lex)
    out = [a for a in _known_quoted_speakers(doc, out) if not _borrowed(a, out)]
    return sorted(_outside_reports(doc, _outside_quotations(doc, out, nested), lex), key=lambda a: a.cue_tokens)


_HE_SHE = ("he", "she")


def _borrowed(att, found: list) -> bool:
    """``att``'s content holds another report whole, cue and content, but not that report's source, which follows
    it: a parse run over a sentence break ('"...," said Nick Ross, deputy editor. Apple's work ..., he said' read
    with "he said" reporting the quotation up to "said"): the words are the other's, ``att`` is left out.  A report
    inside what someone says keeps its source inside ("Mr Hale said Ms Cole told him ..."), and one speaker's two
    readings stay ('"...," AP quoted Mr Fry as saying': Mr Fry's "quoted" and "saying")."""
    lo, hi = att.content_tokens
    return any(b is not att and b.has_source and lo <= b.cue_tokens[0] and b.cue_tokens[1] <= hi
               and lo <= b.content_tokens[0] and b.content_tokens[1] <= hi and b.source_tokens[0] >= hi
               and b.source_head != att.source_head for b in found)


# a "he" or "she" reporting inside a quotation no one is found to say ('The Tory leader went on: "He doesn't stop
# there. "He says the prime minister doesn't like being told the truth."'): whom it means turns on who speaks,
# which is unknown, so the report is left out rather than given to the nearest name outside the quotation
def _known_quoted_speakers(doc, found: list) -> list:
    out = []
    for a in found:
        lo, hi = a.source_tokens
        if hi - lo == 1 and doc[lo].lower_ in _HE_SHE:
            inner = _quotation_around(doc, a.cue_start)
            if inner is not None and not any(b.content_tokens[0] < inner[1] and inner[0] < b.content_tokens[1]
                                             and not inner[0] <= b.cue_tokens[0] < inner[1] for b in found):
                continue  # no report from outside the quotation takes in its words
        out.append(a)
    return out


def _quotation_around(doc, char: int) -> tuple[int, int] | None:
    """The tokens of the quotation holding character ``char``, if any."""
    for m in _QUOTE.finditer(doc.text):
        if m.start(m.lastgroup) <= char < m.end(m.lastgroup):
            span = doc.char_span(m.start(m.lastgroup), m.end(m.lastgroup), alignment_mode="contract")
            return None if span is None else (span.start, span.end)
    return None


_SPEECH_SHAPES = ("verb_clause", "quotation", "parataxis", "bare_verb", "colon_line", "continuation")


# a quotation that is a sentence or a paragraph of its own, with no cue, right after a sentence where someone
# speaks goes on with that speaker's words: 'Mr Reid said the plan was sound. "It will protect jobs."'; it keeps
# the source and cue of the report before it (the last one with a source in the sentence just before, or the
# quotation that continued it there)
def _continuations(doc, found: list, lex: Lexicon) -> list:
    out: list[Attribution] = []
    matches = list(_QUOTE.finditer(doc.text))
    quoted = [(m.start(), m.end()) for m in matches]
    found = [a for a in found if not any(lo < a.cue_start and a.cue_end < hi for lo, hi in quoted)]  # no nested one
    for m in matches:
        inner = doc.char_span(m.start(m.lastgroup), m.end(m.lastgroup), alignment_mode="contract")
        if inner is None or len(inner) < 4 or not _whole_sentence(doc, inner, _closed(m)) or any(
                a.content_tokens[0] < inner.end and inner.start < a.content_tokens[1]
                or inner.start <= a.cue_tokens[0] < inner.end for a in found + out):
            continue
        j = inner.start - 2
        while j >= 0 and (doc[j].is_space or doc[j].text in _CLOSING_QUOTES):  # the quote and line closing it
            j -= 1
        prev = doc[j].sent if j >= 0 else None
        said = [a for a in found + out if prev is not None and _speaks_in(doc, a, prev, lex)]
        if not said:
            continue
        last = said[-1] if said[-1].shape == "continuation" else max(said, key=_reaches_on)
        lo, hi = _trim(doc, inner.start, inner.end)
        out.append(replace(last, content_tokens=(lo, hi), shape="continuation", **spans_at(
            _chars(doc, *last.source_tokens), _chars(doc, *last.cue_tokens), _chars(doc, lo, hi))))
    return out


def _reaches_on(att) -> tuple:
    """The report whose content the sentence ends with goes on in the next quoted one, the last cue on a tie: not
    'New Labour had promised' read backwards over 'Ed Davey said instead of the "bonfire of quangos"'."""
    return att.content_tokens[1], att.cue_tokens


def _speaks_in(doc, att, sent, lex: Lexicon) -> bool:
    """att is a source's speech whose cue lies in sent, outside a quotation, or a continuation or quotation whose
    words reach it."""
    lemma = doc[att.cue_word].lemma_.lower()  # no belief, denial or question
    if not att.has_source or att.shape not in _SPEECH_SHAPES or (lemma != ":" and lemma not in lex.reporting_verbs) \
            or any(lemma in words for words in (lex.belief_cues, lex.question_cues, lex.denial_verbs)):
        return False
    reaches = att.content_tokens[0] < sent.end and sent.start < att.content_tokens[1]
    if att.shape == "continuation":
        return reaches
    # a quotation of several sentences reaching the sentence before: 'X said: "... . ...\n\n"..."' (the open-quote
    # paragraph convention: the next paragraph opening with a quotation mark goes on with the same words)
    return sent.start <= att.cue_tokens[0] < sent.end or (att.shape == "quotation" and reaches)


def _closed(m) -> bool:
    """The quotation match took a closing mark: not one a new quotation's opening mark ended ('"... . "...')."""
    return m.end() > m.end(m.lastgroup)


def _whole_sentence(doc, inner, closed: bool = True) -> bool:
    """The quotation opens its sentence and ends it: only marks before its opening quote and after its closing
    one (a quoted phrase inside a sentence is no one's continued words), its words ending in . ! or ?.  One left
    open where the next quoted sentence opens (news style: 'said: "... . "Obviously ... . "...') ends its sentence
    at its last word, the next one's opening mark no closing one."""
    open_i, close_i = inner.start - 1, inner.end
    if open_i < 0 or close_i >= len(doc) or doc[inner.end - 1].text[-1:] not in _SENTENCE_ENDS or not (
            inner[0].text[:1].isupper() or inner[0].like_num):  # no tail of a sentence: 'is not what we do."'
        return False
    start = doc[open_i].sent.start
    if closed:
        tail = doc[close_i + 1:doc[close_i].sent.end]
    else:
        tail = doc[close_i:doc[close_i - 1].sent.end]
    return (doc[inner.start].sent.start == inner.start or all(t.is_punct or t.is_space for t in doc[start:open_i])) and all(
        t.is_punct or t.is_space for t in tail)


# a verb with a quotation after it and a content read before it ('..., and the chancellor told reporters: "Of course
# I trust the prime minister."', 'Mr Hague replied: "No."' after 'Asked if ...'): the parser took the words before for
# the verb's clause; what it reports is the quotation it opens.  Not when the words before are a quotation of their
# own ('"Tony Meo and me used to spend all our spare time there," Mr White said, "We loved the game."')
def _read_backwards(doc, a, q) -> bool:
    return a.content_tokens[1] <= a.cue_tokens[0] and q.content_tokens[0] >= a.cue_tokens[1] and not any(
        t.text in _CLOSING_QUOTES for t in doc[a.content_tokens[1]:a.cue_tokens[0]])


def _ends_in_quotation(a, q) -> bool:
    """a reads the cue's object, which the parser stopped inside quotation q, before its closing mark: 'called
    the plan "a disaster"', 'recounted a number of "cases of abuse by reporters" into his life'."""
    lo, hi = a.content_tokens
    return a.shape == "verb_object" and lo < q.content_tokens[0] < hi <= q.content_tokens[1]


def _closing_quotation(doc, a, q):
    """a's content with the whole of quotation q, its closing mark too (no stray opening mark): the object keeps
    what is judged ("the plan") and what the speaker is about."""
    hi = q.content_tokens[1] + (q.content_tokens[1] < len(doc) and doc[q.content_tokens[1]].text in _CLOSING_QUOTES)
    lo = a.content_tokens[0]
    return replace(a, content_tokens=(lo, hi), **spans_at(_chars(doc, *a.source_tokens), _chars(doc, *a.cue_tokens),
                                                         _chars(doc, lo, hi)))


def _apart(a, q) -> bool:
    """a reads the verb's prepositional content, and it shares no token with quotation q's content."""
    return a.shape == "verb_prep" and (a.content_tokens[1] <= q.content_tokens[0]
                                       or q.content_tokens[1] <= a.content_tokens[0])


def _voice_fits(verb, lex: Lexicon) -> bool:
    """A cue of ``passive_cues`` counts only in the passive ("it is heard that ...", not "I heard him say"), one of
    ``knowledge_cues`` only in the active with a subject of its own (:func:`_knows`)."""
    lemma = verb.lemma_.lower()
    if lemma in lex.knowledge_cues:
        return _knows(verb)
    return lemma not in lex.passive_cues or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _knowledge_fits(verb, lex: Lexicon | None) -> bool:
    """A verb of ``knowledge_cues`` cues a quotation only where it reports (:func:`_knows`): not "to know" in 'wants
    all children to know: "..."'."""
    return lex is None or verb.lemma_.lower() not in lex.knowledge_cues or _knows(verb)


# knowledge reported: "we now know the bureau is investigating", "POLITICO has learned ...", not what someone needs,
# has or is to know ("parents need to know what ...", "has got to remember"), what is not known ("it is not known")
# nor an aside joined to another clause ('would hold a poll "in 2006 but when, I don't know"'), an "as" clause ("as we
# all know", "as camp as you remember") or a title ("Do They Know It's Christmas")
def _knows(verb) -> bool:
    return verb.dep_ not in ("xcomp", "conj") and any(c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in ("auxpass", "nsubjpass") or c.dep_ in ("aux", "mark") and c.lower_ in ("to", "as")
        for c in verb.children) and not (verb.text[:1].isupper() and verb.i != verb.sent.start)


# a belief reported inside someone's speech is part of that speech: "Cardin said he thinks that ..."
# and "told the Times that Carter believes ..." have one attribution each (PolNeAR); an aim is no speech
# ("Since they believe X, they preferred to ...": the belief stays)
def _outside_reports(doc, found: list, lex: Lexicon) -> list:
    return [a for a in found if doc[a.cue_word].lemma_.lower() not in lex.belief_cues
            or not any(b is not a and b.in_content(a.cue_word) and doc[b.cue_word].lemma_.lower() not in lex.belief_cues
                       and b.shape != "aim" for b in found)]


# the speaker's own "I think", "we know" inside their direct quotation is part of what they said, not an
# attribution of its own: '"I think we will win," Bush said' has one (PolNeAR); "they said" inside stays
# unless ``nested`` is off
def _outside_quotations(doc, found: list, nested: bool = True) -> list:
    quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(doc.text)]
    return [a for a in found if not ((not nested or _speaker_pronoun(doc, a)) and
                                     any(lo < a.cue_start and a.cue_end < hi for lo, hi in quoted))]


def _speaker_pronoun(doc, a) -> bool:
    """The source is missing or a first- or second-person pronoun."""
    return not a.has_source or (a.source_tokens[1] - a.source_tokens[0] == 1
                                and doc[a.source_tokens[0]].lower_ in _FIRST_SECOND)


_CONTRAST_MARKS = frozenset({"while", "whereas"})


def beside(doc, outer, inner) -> bool:
    """``inner`` is a report set beside ``outer`` by a clause of contrast inside its content, with a subject of its
    own ("the Lib Dems said the plan could fail, while Labour criticised Tory promises"): what Labour did, not what
    the Lib Dems say."""
    cue = doc[inner.cue_word]
    return inner is not outer and inner.has_source and outer.in_content(inner.cue_word) and cue.dep_ == "advcl" \
        and doc[inner.source_head].head.i == cue.i \
        and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in cue.children)


def beside_sources(doc, outer, attributions) -> list[tuple[int, int]]:
    """The source token spans of the reports among ``attributions`` set beside ``outer`` (:func:`beside`): their
    speakers say something of their own, no party to what ``outer`` reports."""
    return [a.source_tokens for a in attributions if beside(doc, outer, a)]


def innermost(attributions, i: int) -> Attribution | None:
    """The attribution with the smallest content holding token i (not inside its source)."""
    best = None
    for a in attributions:
        if a.in_content(i) and (best is None or a.content_tokens[1] - a.content_tokens[0]
                                < best.content_tokens[1] - best.content_tokens[0]):
            best = a
    return best


_NUMBER = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
          "dozen": 12}


def _number(tok) -> str | None:
    text = tok.text.replace("\u00a0", "")
    if _NUMBER.match(text):
        value = float(text.replace(",", ""))
        for c in tok.children:  # "10 thousand"
            if c.lower_ in _SCALE:
                value *= _SCALE[c.lower_]
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ in _SCALE and nxt.head == tok.head:
            value *= _SCALE[nxt.lower_]
        return str(int(value)) if value == int(value) else str(value)
    return None


def quantities(tok, lex: Lexicon) -> tuple[tuple[str, str], ...]:
    """Count and qualifier of an actor mention: "over 10,000 ISIS militants" -> count=10000, qualifier=over.

    Looks for a number on the actor token or on the head noun it modifies.
    """
    heads = [tok]
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i:
        heads.append(tok.head)
    for h in heads:
        for c in h.children:
            if c.dep_ != "nummod" and not (c.like_num and c.dep_ in ("amod", "quantmod")):
                continue
            count = _number(c)
            if count is None:
                continue
            attrs = [("count", count)]
            quals = [q for q in c.children if q.dep_ in ("quantmod", "advmod") and q.lower_ in lex.quantity_qualifiers]
            if quals:
                lo = min(q.i for q in quals)
                words = [t.lower_ for t in tok.doc[lo:c.i]
                         if t.dep_ in ("quantmod", "advmod") or t.head == c or t.head in quals]
                attrs.append(("qualifier", " ".join(words) or quals[0].lower_))
            return tuple(sorted(attrs))
    return ()
