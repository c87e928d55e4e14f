"""Stance of reported content: a source who says something bad about an actor accuses it.

"Matthew Taylor said the personal ambition of Mr Blair and Mr Brown was 'getting in the
way'" gives Matthew Taylor accuses Tony Blair and Gordon Brown, besides the claims.

* :func:`critical_claim`: the source of an attribution ``accuses`` each actor of its content (the
  claimed actors of :func:`graph.extract.statements.claim`, then the others) that is, or owns, the
  subject of a negative clause, or rules while it happens ("voters face higher taxes under Labour"; not in a
  comparison, "than under Labour"; "if Labour is elected there will be ...", "when Y was in government Britain
  suffered ..."), or is told what it owes ("Y should apologise"): its valence at most
  ``scoring.CRITICAL_VALENCE``; or what the speaker's side resents ("I was appalled by Labour's decision").
  Only persons and parties (the lexicon's ``stance.target_types``: a country is more often a scene or a
  victim), when the source or the target is of politics: a party or a person with a party
  (:func:`_political`); never the source's own side (:func:`own_side`; a speaker of no known party may accuse
  a party: "Housing Minister Keith Hill said the Lib Dems' proposals are completely uncosted"), a content
  about the speaker's own acts, a nested report ("complained that ..."), a harm done to the subject ("was
  arrested"), a condition or a view reported under a negation ("no-one felt he was a cheat");
  never when the source only reports (the media), the cue is negated ("did not say that ...") or denies
  (denials make no claims at all).  Whom it accuses the source also claims
  (``graph.extract.statements``: a claim is about whom the content judges).
* :func:`clause_valence`: the valence of a clause in VADER's normalised scale (-1 .. 1): the sum
  of its words' valences, a word read under a negation ("cannot be trusted", "is not a team
  player") scaled by VADER's ``N_SCALAR``.  A word's valence comes from the lexicon's ``stance``
  section (political words the general lexicon lacks or misjudges: "split", "sleaze", "get in
  the way"), else from VADER's lexicon (Hutto & Gilbert 2014, MIT; shipped in the
  ``vaderSentiment`` wheel and read once per process).  A word under a negative governor turns
  ("damaging good government", "avoid lies"); a verb acting against its object (the lexicon's
  ``stance.opposing_relations``: "reject", "tackle") counts nothing, the relation rules read that act,
  and turns what it governs ("failed to tackle crime"); such a relation's event noun ("threat") counts
  nothing either.  The words of a prepositional phrase name a circumstance, not a judgement ("cope with the
  risk of a slowdown").
"""
from __future__ import annotations

from functools import lru_cache

from ..model import ActorType, Polarity
from .attribution import beside_sources
from .scoring import CRITICAL_VALENCE, PRAISE_VALENCE, RULE_BASE
from .triples import make_triple

__all__ = ["critical_claim", "praise_claim", "unsaid", "clause_valence", "clause_words", "word_valence", "clause_of",
           "own_side", "judgeable"]

_CLAUSE_POS = ("VERB", "AUX")
_SUBJECTS = ("nsubj", "nsubjpass")
_OWNER_DEPS = ("poss", "compound", "nmod", "conj", "appos", "cc")  # "Mr Blair and Mr Brown's ambition"
_NEGATORS = ("advmod", "det", "nsubj", "nsubjpass", "dobj")  # "never", "no discipline", "nothing is going to"
_COMPLEMENTS = ("attr", "acomp", "oprd")  # "Y was [an honest minister]", "Y is [brilliant]"
_EMBEDDED = ("ccomp", "advcl", "relcl", "csubj", "parataxis")  # clauses of their own: "he quit because ..."


@lru_cache(maxsize=1)
def _vader() -> tuple[dict[str, float], float, object]:
    """VADER's word valences, its negation scalar and its normaliser (loaded once per process)."""
    from vaderSentiment.vaderSentiment import N_SCALAR, SentimentIntensityAnalyzer, normalize

    return SentimentIntensityAnalyzer().lexicon, N_SCALAR, normalize


def word_valence(tok, lex) -> float:
    """The valence of one word: the lexicon's ``stance`` words (lemma, or a "head dependent" phrase
    such as "get way" for "getting in the way") win over VADER's lexicon (word, then lemma).  A verb
    acting against its object ("reject", "suspend") is an act the relation rules read, no judgement
    of its subject: 0."""
    words = lex.stance_words
    lemma = tok.lemma_.lower()
    if any(f"{h.lemma_.lower()} {lemma}" in words for h in (tok.head, tok.head.head) if h.i != tok.i):
        return 0.0  # the partner of a phrase scored on its head: "[broken] promises", "get in the [way]"
    for d in _near(tok):
        v = words.get(f"{lemma} {d.lemma_.lower()}")
        if v is not None and not _qualified_negator(d, lex):
            return v
    if lemma in words:
        return words[lemma]
    if _opposes(tok, lex) or (tok.pos_ == "NOUN" and lex.noun_relation(lemma) in lex.stance_opposing):
        return 0.0  # "the biggest threat to his hopes": a rival's strength, or an act the relation rules read
    vader = _vader()[0]
    return vader.get(tok.lower_, vader.get(lemma, 0.0))


def _qualified_negator(tok, lex) -> bool:
    """A negation word with an adjective of its own, or an act of harm after it: "did [nothing] wrong", "would do
    [nothing] to harm pensioners" clear, unlike "did nothing" (a phrase of the lexicon's ``stance`` words)."""
    if tok.lower_ not in lex.negation_words:
        return False
    harm = [c for c in tok.head.children if c.dep_ in ("advcl", "xcomp") and c.i > tok.i]  # "do nothing [to harm]"
    return any(c.dep_ == "amod" for c in tok.children) or any(
        word_valence(c, lex) < 0 for c in harm + [c for c in tok.children if c.dep_ in ("acl", "relcl")])


def _holds_negation(tok, neg, lex) -> bool:
    """``neg`` is the partner of a phrase of the lexicon's ``stance`` words on ``tok`` that holds the negation
    ("learned [nothing]", "has done [nothing]"): the phrase's valence says it, no turn."""
    return f"{tok.lemma_.lower()} {neg.lemma_.lower()}" in lex.stance_words and not _qualified_negator(neg, lex)


def _opposes(tok, lex) -> bool:
    """A verb naming an act against its object ("reject", "tackle", "suspend"): what it opposes turns
    ("tackle crime" is no harm)."""
    return tok.pos_ == "VERB" and lex.verb_relation(tok.lemma_) in lex.stance_opposing


def _near(tok):
    """The children and grandchildren of a word: the partners of a phrase ("get [in the] way")."""
    for c in tok.children:
        yield c
        yield from c.children


def _negated(tok, root, lex) -> bool:
    """An odd number of negations on the words from ``tok`` up to ``root`` ("not a team player")."""
    n, t = 0, tok
    while True:
        n += _negations(t, lex)
        if t.i == root.i or t.head.i == t.i:
            return n % 2 == 1
        t = t.head


def _negations(tok, lex) -> int:
    """The negations on one word: "not", "never", "no discipline", "nothing is going to", "no-one felt"."""
    return sum(1 for c in tok.children if (c.dep_ == "neg" or (c.dep_ in _NEGATORS and (
        c.lower_ in lex.negation_words or _no_one(c)))) and not _holds_negation(tok, c, lex))


def _no_one(tok) -> bool:
    """A subject "no one" or "no-one": "one" with its own "no"."""
    return tok.lower_ == "one" and any(c.lower_ == "no" for c in tok.lefts)


def _in_adjunct(tok, root, lex) -> bool:
    """``tok`` sits in a prepositional phrase of ``root``'s clause ("juggle pressures [against the risk of a
    slowdown]"): a circumstance the clause names, no judgement of its subject (a phrase such as "get [in the]
    way" is scored on its head); not the object of a prepositional verb (:func:`_verb_object`), nor the predicate of
    a copula (:func:`_predicate_prep`)."""
    t = tok
    while t.i != root.i and t.head.i != t.i:
        if t.dep_ in ("prep", "agent") and not _manner(t) and not _sort_of(t) and not _verb_object(t, lex) \
                and not _predicate_prep(t, lex):
            return True
        t = t.head
    return False


def _predicate_prep(prep, lex) -> bool:
    """An "in" or "out of" phrase that is the predicate of a copula with no complement of its own: "the Tories were [in
    disarray]", "Mr Blair was [out of touch]", "Labour is [in denial] about crime" (a phrase inside it stays a
    circumstance)."""
    cop = prep.head
    return prep.dep_ == "prep" and prep.lower_ in ("in", "out") and cop.lemma_.lower() in lex.stance_copulas \
        and not any(c.dep_ in _COMPLEMENTS for c in cop.children)


def _verb_object(prep, lex) -> bool:
    """The preposition of a verb that takes its object through it (the lexicon's ``stance.prepositional_verbs``): what
    follows is what the subject becomes or does, no circumstance ("his golden rule had turned [to dross]", "has
    descended [into farce]", "resorted [to smears]")."""
    return prep.head.pos_ in _CLAUSE_POS and f"{prep.head.lemma_.lower()} {prep.lower_}" in lex.stance_prep_verbs


_SORT_NOUNS = frozenset({"kind", "sort", "type", "form", "sign", "example", "symptom", "hallmark"})


def _sort_of(prep) -> bool:
    """An "of" after a noun of sort or token names the thing itself: "any kind [of insurrection]" is an insurrection,
    "a sign [of abusive politics]" is abusive politics; so does a partitive "one [of the great advocates]"."""
    return prep.lower_ == "of" and (prep.head.lemma_.lower() in _SORT_NOUNS and prep.head.pos_ == "NOUN"
                                    or _partitive(prep))


def _partitive(prep) -> bool:
    """A partitive "one of" that predicates: "Y was one [of the great advocates of our generation]", "one [of the
    worst home secretaries]" (its "of" names what Y is, not a circumstance)."""
    return prep.head.lower_ == "one" and prep.head.dep_ in _COMPLEMENTS


def _manner(prep) -> bool:
    """A phrase of manner judges how the subject acts: "acting [in a petty manner]", "[in a reckless fashion]"; so does
    its means (:func:`_means`)."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in ("manner", "fashion") for c in prep.children) or _means(prep)


def _means(prep) -> bool:
    """A "by" phrase of a gerund names the means the subject acts by, its own act: "[by failing to uprate the
    threshold] Gordon Brown has hit first time buyers", "betrayed voters [by raising taxes]"."""
    return prep.lower_ == "by" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


#: Causative verbs whose adjectival small clause is the result of their subject's act ("will make [the problem worse]").
_CAUSATIVES = frozenset({"make", "leave", "render"})


def _result(comp) -> bool:
    """An adjectival complement of a causative verb: what the subject brings about, no clause of its own ("the Tories
    will make [the problem worse]", "Labour has left [pensioners poorer]")."""
    return comp.dep_ == "ccomp" and comp.pos_ == "ADJ" and comp.head.lemma_.lower() in _CAUSATIVES


def _denied_above(root, lo: int, hi: int, lex) -> bool:
    """The clause is reported, inside the content, under a negation: "no-one on the panel felt [Garcia was a
    cheat]", "he did not think [Jones had lied]"; not under a verb the lexicon's ``stance.affirmed_when_negated``
    lists ("let us never forget [that Y ...]").  A negated command or infinitive, with no subject holding a
    view, warns against the clause and denies nothing: "don't let [the Tories wreck it]", "urged voters not to
    let [Y ruin it]"."""
    n, t = 0, root
    while t.head.i != t.i and lo <= t.head.i < hi:
        t = t.head
        if any(c.dep_ in _SUBJECTS for c in t.children) and t.lemma_.lower() not in lex.stance_affirmed:
            n += _negations(t, lex)  # "let us never [forget] that ...": a negation asserting the clause
    return n % 2 == 1


def _governed(tok, root, valences: dict, lex) -> float:
    """How the words governing ``tok`` below ``root`` turn its valence: -1 under an odd number of negative
    or opposing words ("damaging [good] government", "avoid [lies]", "failed to tackle [crime]"), else 1.  The subject's own words, and a
    conjunct's, are not governed by the word they hang on."""
    factor, t = 1.0, tok
    while t.i != root.i and t.head.i != t.i:
        child, t = t, t.head
        if child.dep_ in _SUBJECTS:
            break
        if child.dep_ in ("conj", "cc", "appos"):
            continue  # "has forgotten ..., and has broken ...": a conjunct is not governed by the first
        if _intensifies(child, t, valences):
            continue  # "crass insensitivity": a negative modifier of a negative word adds to it
        if t.lemma_.lower() in lex.stance_undergoing:
            continue  # "Britain suffered [mass unemployment]": the harm that befalls, not one undone
        if valences.get(t.i, 0.0) < 0 or _opposes(t, lex):
            factor = -factor
    return factor


def _intensifies(mod, head, valences: dict) -> bool:
    """A negative modifier of a negative word intensifies it, no turn: "[crass] insensitivity", "[utterly] shameful"."""
    return mod.dep_ in ("amod", "advmod") and valences.get(mod.i, 0.0) < 0 and valences.get(head.i, 0.0) < 0


def clause_words(root, lo: int, hi: int, conjuncts: bool = True) -> list:
    """The words of ``root``'s clause inside tokens [lo, hi): its subtree without the clauses embedded
    in it ("Mr Blair had decided [he would quit because ...]") and without the scene set before its
    subject ("[In difficult circumstances following the failure ...,] they have worked hard"; but the means of its
    act, :func:`_means`); open complements, the result of a causative (:func:`_result`) and conjoined verbs share
    its subject and stay (unless ``conjuncts`` is false)."""
    first = min((c.i for c in root.children if c.dep_ in _SUBJECTS), default=root.i)
    out, todo = [], [root]
    while todo:
        t = todo.pop()
        if lo <= t.i < hi:
            out.append(t)
        todo += [c for c in t.children if (c.dep_ not in _EMBEDDED or _result(c)) and not (
            c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")) and not (  # "Habib, previously accused of ..."
            t is root and c.dep_ in ("prep", "npadvmod") and c.i < first and not _means(c)) and not (
            t is root and not conjuncts and c in _conjuncts(root))]
    return sorted(out, key=lambda t: t.i)


def clause_valence(root, lo: int, hi: int, lex, conjuncts: bool = True) -> float:
    """The normalised valence (-1 .. 1) of the words of ``root``'s clause inside tokens [lo, hi) (without its
    conjoined verbs unless ``conjuncts``)."""
    _lexicon, n_scalar, normalize = _vader()
    words = [t for t in clause_words(root, lo, hi, conjuncts) if not _in_adjunct(t, root, lex)]
    valences = {t.i: word_valence(t, lex) for t in words}
    total = 0.0
    for t in words:
        v = valences[t.i]
        if not v:
            continue
        v *= _governed(t, root, valences, lex)  # "getting in the way of good government": the good suffers
        total += v * n_scalar if _negated(t, root, lex) else v
    return normalize(total) if total else 0.0


def clause_of(tok, lo: int, hi: int):
    """The clause holding ``tok`` inside tokens [lo, hi): its nearest verbal ancestor there (itself
    when verbal), else the top of the span."""
    t = tok
    while t.pos_ not in _CLAUSE_POS and t.head.i != t.i and lo <= t.head.i < hi:
        t = t.head
    while t.dep_ == "xcomp" and lo <= t.head.i < hi:
        t = t.head  # "nothing is going to get in the way": the clause of "going"
    return t


def own_side(reading, src) -> set[str]:
    """The source and its party or state: the affiliation and party any mention of it in the article
    gives ("Tory leader Michael Howard"; Tony Blair's party from ``ontology/offices.yaml``), and an
    organisation named in the source phrase of any of its statements ("Conservative co-chairman Liam Fox said")."""
    found = {src.actor.id}
    spans = [a.source_tokens for a in reading.attributions
             if a.has_source and _speaker(reading, a) == src.actor.id]
    for r in reading.actors.mentions:
        if r.actor.id == src.actor.id:
            attrs = dict(r.actor.attributes)
            found.update((attrs.get("affiliation"), attrs.get("party")))
        elif r.actor.type is ActorType.ORGANIZATION and any(lo <= r.start < hi for lo, hi in spans):
            found.add(r.actor.id)
    return found - {None}


def _state_organ(reading, ref) -> bool:
    """A country named by one of its organs ("the government", "ministers", "the Treasury", "Treasury officials":
    titles ``state_agents``, ``home_organs``, ``home_organ_names``; "the Home Office", "Defra": a metonym no
    place; "the Labour government", "US officials": a name or demonym before an agent noun), which acts and can be
    judged, not by its name (a scene or a victim more often: "London")."""
    if ref.actor.type is not ActorType.COUNTRY:
        return False
    doc = reading.doc
    if ref.how == "metonymy":
        return doc[ref.start].ent_type_ not in ("GPE", "LOC")
    titles = reading.gazetteer.titles
    if ref.how in ("gazetteer", "demonym") and ref.end - ref.start > 1:  # "the Labour government", "US officials"
        return doc[ref.end - 1].lemma_.lower() in titles.state_agents
    if ref.how != "coref":
        return False
    tok = doc[ref.end - 1]
    agent = tok.lemma_.lower() in titles.state_agents or tok.lower_ in titles.home_organs
    return doc[ref.start:ref.end].text in titles.home_organ_names or agent and (
        ref.end - ref.start == 1 or doc[ref.start:ref.end - 1].text in titles.home_organ_names)


def _political(reading, ref) -> bool:
    """A party, or a person the article or the data gives a party ("Tory leader Michael Howard", Tony Blair).
    Word valences judge conduct when a politician speaks or is spoken of; between an agent and an actress, a
    coach and an athlete, a firm and a union they more often tell of misfortune ("she was too weak", "weeping
    with despair", "he's been kind of forgotten")."""
    return ref.actor.id in reading.gazetteer.parties or bool(dict(ref.actor.attributes).get("party"))


def _judgeable(reading, ref, political_speaker: bool) -> bool:
    """An actor a statement's stance may reach: a person or party (``stance.target_types``) when the speaker or the
    actor is of politics (:func:`_political`), or a state named by one of its organs (:func:`_state_organ`)."""
    return str(ref.actor.type) in reading.lex.stance_target_types and (
        political_speaker or _political(reading, ref)) or _state_organ(reading, ref)


def judgeable(reading, src, ref) -> bool:
    """Whether what ``src`` says of ``ref`` may accuse or support it (:func:`_judgeable`, the speaker's politics
    asked here)."""
    return _judgeable(reading, ref, _political(reading, src))


def _speaker(reading, att) -> str | None:
    """The actor id of an attribution's source, if any."""
    ref = reading.source(att)
    return ref.actor.id if ref is not None else None


def _subject_side(tok, root) -> bool:
    """``tok`` is, or owns, a subject of ``root``'s clause: "Mr Blair has broken ...", "the personal
    ambition of Mr Blair was ...", "Tony Blair's feud with Gordon Brown is ..." (not "his divorce from
    Diana", where Diana owns nothing)."""
    t = tok
    while t.dep_ not in _SUBJECTS:
        owner = t.dep_ in _OWNER_DEPS or (t.dep_ == "pobj" and t.head.lower_ == "of") or (
            t.dep_ == "prep" and t.lower_ == "of")
        if not owner or t.i == root.i or t.head.i == t.i:
            return False
        t = t.head
    return True


def _subject_of(tok):
    """The subject word ``tok`` is or owns (see :func:`_subject_side`)."""
    while tok.dep_ not in _SUBJECTS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _judged(reading, tok, root) -> bool:
    """The clause judges its subject: not a nested report ("Blunkett complained he ..."), not a harm
    done to it ("Mr Tyndall was arrested", "Labour suffered a split"), not a condition ("if we reject this treaty,
    ..."), unless the condition is the subject's time in office (:func:`_in_term`)."""
    lex = reading.lex
    if root.lemma_.lower() in lex.reporting_verbs and not _phrasal(root, lex) and not _displays(root, lex):
        return False
    if tok.dep_ == "nsubjpass" and (word_valence(root, lex) < 0 or _opposes(root, lex)) and not _state(root, lex):
        return False
    if root.lemma_.lower() in lex.stance_undergoing and _subject_of(tok).head.i == root.i:
        return False  # "Labour suffered a split": a misfortune of the subject
    return _in_term(tok, root, lex) or not any(c in lex.hypothetical_marks for c in reading.stance(root.i).cues)


def _in_term(tok, root, lex) -> bool:
    """``tok`` is, or owns, the subject of a clause of ``root`` naming its time in office (:func:`_in_office`): the
    condition is whose rule the clause tells of, no doubt of it ("if [Labour] is elected there will be ...")."""
    t = tok
    while t.head.i != t.i and t.head.i != root.i:
        t = t.head
    return t.dep_ == "advcl" and t.head.i == root.i and _in_office(tok, t, lex)


def _phrasal(verb, lex) -> bool:
    """A verb and its particle or object forming a phrase of the lexicon's ``stance`` words, no report: "their sums do
    not [add up]" (unlike "he added"), "they have [learned nothing]" (unlike "he learned that ...")."""
    lemma = verb.lemma_.lower()
    return any(f"{lemma} {c.lemma_.lower()}" in lex.stance_words for c in verb.children if c.dep_ in ("prt", "dobj"))


def _displays(verb, lex) -> bool:
    """A verb of the lexicon's ``stance.displaying_verbs`` with a plain object and no clause of its own: what its
    subject shows of itself, no report ("this government has shown [crass insensitivity]"; not "figures show that")."""
    return verb.lemma_.lower() in lex.stance_displays and any(c.dep_ == "dobj" for c in verb.children) and not any(
        c.dep_ in ("ccomp", "xcomp", "advcl") for c in verb.children)


def _state(root, lex) -> bool:
    """A passive participle naming its subject's state, with no agent doing it: "Mr Blair was terrified of
    scrutiny", "the party is split" (the lexicon's ``stance.judging_states``), unlike "was arrested"."""
    return root.lemma_.lower() in lex.stance_states and not any(c.dep_ == "agent" for c in root.children)


def _about_itself(reading, att, own: set[str]) -> bool:
    """The subject of the content's main clause is the source's own side ("we", "they", "Labour")."""
    lo, hi = att.content_tokens
    doc = reading.doc
    roots = [t for t in doc[lo:hi] if (not lo <= t.head.i < hi or t.head.i == t.i)
             and t.lemma_.lower() not in reading.lex.reporting_verbs  # not a nested "..., he said"
             and not _feeling_about(t)]
    subjects = [c for r in roots for c in r.children if c.dep_ in _SUBJECTS]
    refs = [reading.ctx.actor(s) for s in subjects]
    return any(r is not None and r.actor.id in own for r in refs)


def _feeling_about(root) -> bool:
    """A feeling of the speaker's side about a clause of its own: "I am glad [the foreign secretary has been shamed
    into going]", "we are concerned [that ...]" (the clause tells of another, not of what the speaker does)."""
    return any(c.dep_ == "ccomp" for c in root.children) or any(
        c.dep_ == "acomp" and any(g.dep_ == "ccomp" for g in c.children) for c in root.children)


def _subjects_in(reading, att, targets) -> list:
    """The claimed actors, then every other actor mentioned in the content: each may be the subject of
    a clause of its own ("the pair had animosity and [that Mr Blair had decided ...]"); not the speaker of a report
    set beside it ("said the plan could fail, while Labour criticised ...": ``attribution.beside``)."""
    lo, hi = att.content_tokens
    seen = {r.actor.id for r in targets}
    out = list(targets)
    beside_ = beside_sources(reading.doc, att, reading.attributions)
    for r in reading.actors.mentions:
        if lo <= r.start < hi and att.in_content(r.start) and r.actor.id not in seen \
                and not any(blo <= r.start < bhi for blo, bhi in beside_):
            seen.add(r.actor.id)
            out.append(r)
    return out


def _criticised(reading, att, ref) -> bool:
    """``ref`` is, or owns, the subject of a negative clause of the content that judges it (or of one of the verbs
    conjoined to it: :func:`_predicates`), or rules while it happens (:func:`_ruler`), or is described by one: "Mr
    Reed, who has broken every pledge, ..." (:func:`_relative_clauses`); or it did what a negative passive tells
    (:func:`_doer`), or owns a charge (:func:`_charged`) or a negative complement (:func:`_owns_complement`)."""
    return any(_criticised_as(reading, att, m) for m in _mentions_of(reading, att, ref))


def _mentions_of(reading, att, ref) -> list:
    """``ref`` and the other mentions of its actor in the content: each may be the subject of a clause of its own
    ("This is [Tony Blair]'s cheap gesture ... while [he] runs scared of a debate")."""
    lo, hi = att.content_tokens
    return [ref] + [r for r in reading.actors.mentions if r.actor.id == ref.actor.id and r.start != ref.start
                    and lo <= r.start < hi and att.in_content(r.start)]


def _criticised_as(reading, att, ref) -> bool:
    """The mention ``ref`` is judged by a negative clause, a negative passive or a charge (see :func:`_criticised`)."""
    lo, hi = att.content_tokens
    lex = reading.lex
    for t, root in _clauses_about(reading, att, ref):
        subject = _subject_of(t) if _subject_side(t, root) else t if _doer(t, lex) or _ruler(t, root) else None
        if subject is not None and any(
                _judged(reading, subject, r) and not _denied_above(r, lo, hi, lex)
                and clause_valence(r, lo, hi, lex, whole) <= CRITICAL_VALENCE for r, whole in _predicates(root)):
            return True
        if subject is not None and _itself(t, subject) and (_reproach(root) or _owes(root, lo, hi, lex)) \
                and _judged(reading, subject, root) and not _denied_above(root, lo, hi, lex):
            return True
    return _charged(reading, att, ref) or _owns_complement(reading, att, ref)


def _itself(tok, subject) -> bool:
    """``tok`` is the subject itself or a word of its name ("[the] government", "Mr [Blair]"), not its owner."""
    t = tok
    while t.i != subject.i:
        if t.dep_ not in ("compound", "appos", "conj", "det", "flat") or t.head.i == t.i:
            return False
        t = t.head
    return True


def _reproach(root) -> bool:
    """A modal perfect of reproach, active: "the government should have acted sooner", "he ought to have told
    MPs", "should not have sent them" (not "the advice should have been attached", nor "should have been there")."""
    aux = {c.lower_ for c in root.children if c.dep_ == "aux"}
    return root.tag_ == "VBN" and root.lemma_.lower() != "be" and "have" in aux and bool(aux & {"should", "ought"}) \
        and not any(c.dep_ == "auxpass" for c in root.children)


def _owes(root, lo: int, hi: int, lex) -> bool:
    """A "should" or "ought" clause naming what its subject owes (the lexicon's ``stance.owed``): "the Tories should
    have the courage to ...", "he should apologise", "should be starting 2005 with an apology"; not negated ("he
    should not apologise")."""
    if not any(c.dep_ == "aux" and c.lower_ in ("should", "ought") for c in root.children) or _negated(root, root, lex):
        return False
    return any(t.lemma_.lower() in lex.stance_owed and not _negated(t, root, lex) for t in clause_words(root, lo, hi))


def _conjuncts(root) -> list:
    """The verbs conjoined to ``root`` that share its subject: "Y had won the vote [and had wasted] every penny"."""
    return [c for c in root.children if c.dep_ == "conj" and c.pos_ in _CLAUSE_POS
            and not any(s.dep_ in _SUBJECTS for s in c.children)]


_FINITE_AUX = frozenset({"has", "have", "had", "will", "would", "is", "was", "are", "were", "can", "could", "does",
                         "did"})


def _stray_conjuncts(root) -> list:
    """Finite verbs the parser hung on an infinitive of ``root``'s clause instead of on ``root``: "Y has had the chance
    to tackle the problems [and has failed]" ("has failed" cannot share the "to" of "tackle"; its subject is Y's)."""
    out = []
    for t in root.subtree:
        if t.dep_ == "conj" and t.pos_ in _CLAUSE_POS and t.head.i != root.i and t.head.dep_ in ("acl", "xcomp") \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.head.children) \
                and any(a.dep_ == "aux" and a.lower_ in _FINITE_AUX for a in t.children) \
                and not any(c.dep_ in _SUBJECTS for c in t.children) and _in_clause(t, root):
            out.append(t)
    return out


def _in_clause(tok, root) -> bool:
    """``tok`` hangs on ``root`` through no clause of its own (:data:`_EMBEDDED`)."""
    t = tok.head
    while t.i != root.i:
        if t.dep_ in _EMBEDDED or t.head.i == t.i:
            return False
        t = t.head
    return True


def _predicates(root) -> list[tuple]:
    """[(verb, with its conjuncts)]: the whole clause; and when verbs are conjoined to it sharing its subject, its own
    words and each conjunct, each judged on its own ("Y has broken promises and brought [some] growth"; a finite one
    the parser hung on an infinitive too: :func:`_stray_conjuncts`)."""
    conj = _conjuncts(root) + _stray_conjuncts(root)
    return [(root, True)] + ([(root, False)] + [p for c in conj for p in _predicates(c)] if conj else [])


def _doer(tok, lex) -> bool:
    """``tok`` is, or owns, the agent of a passive verb that is itself negative: "voters felt let down [by Labour]",
    "taken for granted [by Mr Reed]" (not "attacked by Y", an act the relation rules read)."""
    t = tok
    while t.dep_ in ("poss", "compound", "conj", "appos"):
        t = t.head
    return t.dep_ == "pobj" and t.head.dep_ == "agent" and word_valence(t.head.head, lex) < 0


def _ruler(tok, root) -> bool:
    """``tok`` is, or owns, who governs while the clause happens ("voters face higher taxes [under Labour]",
    "pensioners were worse off [under the Tories]"): what the clause says is of their rule; not in a comparison
    ("higher than under Mrs Thatcher")."""
    t = tok
    while t.dep_ in ("poss", "compound", "conj", "appos"):
        t = t.head
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "under" or (prep.i > 0 and prep.doc[prep.i - 1].lower_ in ("than", "as")):
        return False
    h = prep.head  # on the clause's verb or a word of it: "face higher taxes under Labour", "worse off under Labour"
    while h.i != root.i:
        if h.dep_ in _EMBEDDED or h.head.i == h.i:
            return False
        h = h.head
    return True


def _charged(reading, att, ref) -> bool:
    """``ref`` owns a noun of misconduct in the content (the lexicon's ``stance.charges``), not negated, in a clause
    that judges (:func:`_judged`): "this is typical of [Lib Dem] hypocrisy", "[Labour's] lies", "the arrogance of
    [Mr Reed]"."""
    lo, hi = att.content_tokens
    lex = reading.lex
    t = _first_word(reading, ref, lo, hi)
    while lo <= t.head.i < hi and (t.dep_ in ("poss", "compound", "conj") or (
            t.dep_ == "pobj" and t.head.lower_ in ("of", "by")) or (t.dep_ == "prep" and t.lower_ in ("of", "by"))):
        t = t.head  # "a misjudgement [by Labour's campaign team]": the team's, its owner's
        if t.pos_ == "NOUN" and (t.lemma_.lower() in lex.stance_charges or _failure_to(t, lex)):
            root = clause_of(t, lo, hi)
            if t.lemma_.lower() not in lex.stance_charges and _in_adjunct(t, root, lex):
                return False  # "the US will act despite [Mr Bush's refusal to sign]": a circumstance, no charge
            return not _negated(t, root, lex) and _judged(reading, t, root) and not _denied_above(root, lo, hi, lex)
    return False


def _owns_complement(reading, att, ref) -> bool:
    """``ref`` owns the complement of a copula whose subject is no actor ("this", "it"), and the complement is negative:
    "this is [a scurrilous attempt by the Tories]", "it was [Labour's worst blunder]" (not "Mr Blair is [the Tories'
    target]": an actor subject is the one judged); not negated, denied or conditional."""
    lo, hi = att.content_tokens
    lex = reading.lex
    t = _first_word(reading, ref, lo, hi)
    while lo <= t.head.i < hi and t.head.i != t.i and (t.dep_ in ("poss", "compound", "conj") or (
            t.dep_ == "pobj" and t.head.lower_ in ("of", "by")) or (t.dep_ == "prep" and t.lower_ in ("of", "by"))):
        t = t.head
    root = t.head
    if t.dep_ != "attr" or not lo <= root.i < hi or root.lemma_.lower() not in lex.stance_copulas:
        return False
    if any(reading.ctx.actor(s) is not None for s in root.children if s.dep_ in _SUBJECTS):
        return False
    if _negated(root, root, lex) or _denied_above(root, lo, hi, lex) or not _judged(reading, t, root):
        return False
    return clause_valence(t, lo, hi, lex) <= CRITICAL_VALENCE


def _failure_to(noun, lex) -> bool:
    """A noun of omission with the act it omits, a charge of the lexicon's ``stance.charges`` as "failure to":
    "Labour's failure [to ensure] ...", "Mr Blair's refusal [to accept] ..." (not "the failure of the talks")."""
    return f"{noun.lemma_.lower()} to" in lex.stance_charges and any(
        c.dep_ in ("acl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in noun.children)


_DEFINITE = frozenset({"the", "this", "these", "that", "those"})


def _first_word(reading, ref, lo: int, hi: int):
    """The mention's first word in the content [lo, hi), past a leading determiner: "[the] party's sums" reads from
    "party" ("the" is no owner of "sums"); a claimed actor named before the content (``ref`` outside it) stands
    for the content's first word, so a definite one does there ("the pledges were worthless"; not "[a] lot of us
    get angry", no description of the actor)."""
    doc = reading.doc
    i = min(max(ref.start, lo), hi - 1)
    inside = lo <= ref.start < hi
    while doc[i].dep_ in ("det", "predet") and (ref.start <= doc[i].head.i < ref.end if inside
                                                 else doc[i].lower_ in _DEFINITE and lo <= doc[i].head.i < hi
                                                 and doc[i].head.i > i):
        i = doc[i].head.i
    return doc[i]


def _clauses_about(reading, att, ref) -> list[tuple]:
    """[(token, clause)] of the content that may judge the mention ``ref``: the clause its first token in the
    content stands in, and the relative clauses describing it (:func:`_relative_clauses`)."""
    lo, hi = att.content_tokens
    tok = _first_word(reading, ref, lo, hi)
    root = clause_of(tok, lo, hi)
    return [(tok, root)] + _described(tok, root, lo, hi) + _relative_clauses(reading, ref, lo, hi) \
        + _complement_clauses(tok, root, lo, hi, reading.lex) + _term_clauses(reading, tok, root, lo, hi)


def _complement_clauses(tok, root, lo: int, hi: int, lex) -> list[tuple]:
    """[(relative pronoun, clause)] of the relative clauses on the complement of a copula whose subject ``tok`` is, or
    owns: the complement is the subject, and what it did the subject did ("it is a government [that has wasted
    people's money]", "Labour is a party [which cannot be trusted]"); not under a negated copula."""
    if root.lemma_.lower() not in lex.stance_copulas or not _subject_side(tok, root) or _negated(root, root, lex):
        return []
    return [(s, r) for c in root.children if c.dep_ == "attr" and lo <= c.i < hi
            for r in c.children if r.dep_ == "relcl" and lo <= r.i < hi
            for s in r.children if s.dep_ in _SUBJECTS and s.lower_ in ("that", "which", "who")]


_TERM_MARKS = frozenset({"when", "while", "if", "once", "since"})


def _term_clauses(reading, tok, root, lo: int, hi: int) -> list[tuple]:
    """[(tok, clause)] of the clause a "when", "while", "if" or "since" clause of ``tok``'s time in office is set in
    (:func:`_in_office`): what happens then is of its rule ("if [Labour] is elected there will be a substantial tax
    increase", "when [Michael Howard] was in government Britain suffered mass unemployment"); not when that clause
    is about a person or party of its own ("if Labour wins, the Tories will be finished")."""
    main = root.head
    if root.dep_ != "advcl" or not lo <= main.i < hi or main.pos_ not in _CLAUSE_POS \
            or not _in_office(tok, root, reading.lex):
        return []
    for s in main.children:
        ref = reading.ctx.actor(s) if s.dep_ in _SUBJECTS else None
        if ref is not None and ref.actor.type in (ActorType.PERSON, ActorType.ORGANIZATION):
            return []
    return [(tok, main)]


def _in_office(tok, clause, lex) -> bool:
    """``tok`` is, or owns, the subject of ``clause``, a "when", "while", "if" or "since" clause naming its time in
    office: a verb of the lexicon's ``stance.terms_of_office`` ("is elected", "governed"), or one of its nouns after
    "in" or "to" ("was in government", "came to power"); not negated ("if Labour is not elected")."""
    lemmas = lex.stance_terms
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TERM_MARKS for c in clause.children) \
            or not _subject_side(tok, clause) or _negated(clause, clause, lex):
        return False
    return clause.lemma_.lower() in lemmas or any(
        p.dep_ == "prep" and p.lower_ in ("in", "to") and any(o.dep_ == "pobj" and o.lemma_.lower() in lemmas
                                                             for o in p.children) for p in clause.children)


def _described(tok, root, lo: int, hi: int) -> list[tuple]:
    """[(tok, clause)] of the clause judging what the subject ``tok`` of a relative clause did, when the thing the
    relative clause describes is that clause's subject: "the way [the government] had handled the bill was a
    shambles", "the plan [Labour] unveiled is a disgrace"."""
    thing = root.head
    if root.dep_ != "relcl" or tok.dep_ not in _SUBJECTS or thing.pos_ != "NOUN" or not lo <= thing.i < hi:
        return []
    if any(c.lower_ in ("who", "whom") for c in root.children):
        return []  # "the man whom Labour hired was a disgrace": a person judged, not what Labour did
    outer = clause_of(thing, lo, hi)
    return [(tok, outer)] if outer.i != root.i and _subject_side(thing, outer) else []


def _relative_clauses(reading, ref, lo: int, hi: int) -> list[tuple]:
    """[(relative pronoun, clause)] of the relative clauses inside [lo, hi) whose subject is a "who" standing for
    the mention ``ref``: "Gordon Brown, who is a man of rare capability", "Mr Reed who will waste more"."""
    doc = reading.doc
    heads = [t for t in doc[ref.start:ref.end] if not ref.start <= t.head.i < ref.end or t.head.i == t.i]
    return [(s, c) for h in heads for c in h.children if c.dep_ == "relcl" and lo <= c.i < hi
            for s in c.children if s.dep_ in _SUBJECTS and s.lower_ == "who"]


def unsaid(reading, src, stance) -> bool:
    """Nothing is said in the source's own voice: the cue is negated ("did not say that ...") or the source only
    reports (the lexicon's ``reporter_types``: the media)."""
    return (stance is not None and stance.polarity is Polarity.NEGATIVE) \
        or str(src.actor.type) in reading.lex.reporter_types


def critical_claim(reading, att, src, cue, outer, stance, targets) -> list:
    """``src`` accuses each of ``targets`` (the claimed actors of ``att``) whose clause is negative; the refs
    accused (:func:`graph.extract.statements.claim` claims those it left out)."""
    if unsaid(reading, src, stance):
        return []
    speaker = _political(reading, src)
    refs = [r for r in _subjects_in(reading, att, targets) if _judgeable(reading, r, speaker)]
    targets = [r for r in refs if _criticised(reading, att, r)]
    lo, hi = att.content_tokens
    feels = any(t.lemma_.lower() in reading.lex.stance_resentments for t in reading.doc[lo:hi])
    if not targets and not feels:
        return []  # (the speaker's side, below, costs more to find)
    own = own_side(reading, src)
    if _about_itself(reading, att, own):
        targets = []  # "they would cut the number of Whitehall departments": what the speaker will do
    if feels:  # "I was appalled by Labour's decision": what the speaker's side resents
        targets += [r for r in refs if r not in targets and _resented(reading, att, r, own)]
    accused = []
    for ref in targets:
        if ref.actor.id in own:
            continue  # the speaker's own party or state: only one of another side is criticised
        t = make_triple(reading, src, ref, "accuses", cue.i, range(*att.cue_tokens), "critical_claim",
                        RULE_BASE["critical_claim"], stance=stance, att=outer)
        if t:
            reading.triples.append(t)
            accused.append(ref)
    return accused


_FEELING_PREPS = frozenset({"by", "at", "about", "with", "over", "of"})


def _resented(reading, att, ref, own: set[str]) -> bool:
    """``ref`` is, or owns, what the speaker's own side says it resents (the lexicon's ``stance.resentments``): "I was
    appalled by [Labour's] decision", "we are furious with [the government]", "he was disgusted at [the Tories']
    tactics"; not negated or denied ("I was not surprised by ...")."""
    lo, hi = att.content_tokens
    lex = reading.lex
    t = _first_word(reading, ref, lo, hi)
    while lo <= t.head.i < hi and t.dep_ in ("poss", "compound", "conj", "appos"):
        t = t.head  # "[Labour's] decision", "the [Labour] government"
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ not in _FEELING_PREPS or not lo <= prep.head.i < hi:
        return False
    if word_valence(t, lex) < 0 and t.lemma_.lower() not in lex.stance_charges:
        return False  # "shocked by Mr Blair's illness": a misfortune of the actor, no conduct
    feeling = prep.head
    root = feeling.head if feeling.dep_ in _COMPLEMENTS and lo <= feeling.head.i < hi else feeling
    if feeling.lemma_.lower() not in lex.stance_resentments or _negated(feeling, root, lex) \
            or _denied_above(root, lo, hi, lex):
        return False
    feelers = [reading.ctx.actor(c) for c in root.children if c.dep_ in _SUBJECTS]
    return any(f is not None and f.actor.id in own for f in feelers)


def _praised(reading, att, ref) -> bool:
    """``ref`` is, or owns, the subject of a copula of the content (the lexicon's ``stance.praise_copulas``)
    whose complement is positive enough: "Y was an honest and dedicated minister"; not under a negation
    ("Y is not a team player" is criticism), a condition or a denied view."""
    lo, hi = att.content_tokens
    return any(_praising(reading, t, root, lo, hi) for t, root in _clauses_about(reading, att, ref))


def _praising(reading, tok, root, lo: int, hi: int) -> bool:
    """``root`` is a copula whose subject ``tok`` is, or owns, and whose complement praises it (see :func:`_praised`),
    or a "do" whose object is a deed that does ("Y has done a great job")."""
    lex = reading.lex
    deed = root.lemma_.lower() == "do"  # "Y has done a great job": the lexicon's ``stance.praise_deeds``
    if not (deed or root.lemma_.lower() in lex.stance_copulas or _agentless_passive(root, lex)) \
            or not _subject_side(tok, root) or _negated(root, root, lex):
        return False
    if not _judged(reading, _subject_of(tok), root) or _denied_above(root, lo, hi, lex):
        return False
    if not deed and _agentless_passive(root, lex):  # "Y would be best placed to lead": the participle, its manner
        total = sum(word_valence(t, lex) for t in [root, *(c for c in root.children if c.dep_ == "advmod")])
        return total > 0 and _vader()[2](total) >= PRAISE_VALENCE
    return any((clause_valence(c, lo, hi, lex) >= PRAISE_VALENCE or _verdict(c, lex))
               for c in root.children if lo <= c.i < hi and (
                   c.dep_ == "dobj" and c.lemma_.lower() in lex.stance_deeds if deed else c.dep_ in _COMPLEMENTS))


def _agentless_passive(root, lex) -> bool:
    """A passive participle with no agent and no act of the lexicon ("Y would be best placed to lead"; not "Y was
    praised", whose praiser is another, nor one "by" someone)."""
    return root.tag_ == "VBN" and lex.verb_relation(root.lemma_) is None and any(
        c.dep_ == "auxpass" for c in root.children) and not any(c.dep_ == "agent" for c in root.children)


def _verdict(adj, lex) -> bool:
    """An adjective approving what its subject did or does ("the Tories were right to drop the scheme": the lexicon's
    ``stance.praise_verdicts``), not the noun ("the right to vote")."""
    return adj.pos_ == "ADJ" and adj.lemma_.lower() in lex.stance_verdicts and any(
        c.dep_ == "xcomp" for c in adj.children)


def praise_claim(reading, att, src, cue, outer, stance, targets) -> None:
    """``src`` supports each actor of the content (the claimed ones first) it praises (:func:`_praised`): a
    person or party, when the source or the target is of politics; not one named by a pronoun (whom the
    resolver may have mistaken: "I am glad ..." is no praise of anyone), nor when the source only reports or the
    cue is negated."""
    if unsaid(reading, src, stance):
        return
    speaker = _political(reading, src)
    for ref in _subjects_in(reading, att, targets):
        if not _judgeable(reading, ref, speaker):
            continue  # "the government's response was excellent" praises the state its organ stands for
        if reading.doc[ref.start].pos_ == "PRON" or not _praised(reading, att, ref):
            continue
        if ref.actor.type is ActorType.COUNTRY and ref.actor.id in own_side(reading, src):
            continue  # a minister praising "the government": his own side's work, no support given
        t = make_triple(reading, src, ref, "supports", cue.i, range(*att.cue_tokens), "praise_claim",
                        RULE_BASE["praise_claim"], stance=stance, att=outer)
        if t:
            reading.triples.append(t)
