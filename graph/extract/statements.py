"""Statements: the ``claims``, ``accuses`` and ``denies`` triples, made from attributions.

Each function is named after the rule value its triples carry (``graph.extract.registry``):

* :func:`claim`: the source of an attribution ``claims`` the actors its content is about: the
  subject of its main clause with its conjuncts or owners ("Russia's support for ...", "the
  squabbles between Mr Blair and Mr Brown"), else the first participant, the subject or object of
  the main clause or of a clause it coordinates or takes as complement or condition, the object
  of "with", "between", "against", "by" or "under" there, the agent of a participle on either ("the cuts
  proposed by the Greens"), or the owner of such a subject or object, with the owners coordinated with it
  ("said voters were sceptical about Labour and Tory plans"; not one named inside another modifier, a topic, a
  place, time or comparison, an object's relative clause, nor inside a clause of cause or concession).  A clause
  of time or contrast counts, after the main clause's participants ("when Mr Howard was in government", "while
  the Tories would ..."; not "we" there, nor the speaker of another report set beside the first: "..., while
  Labour criticised ..."), and so do a named subject of a question after a preposition ("a decision over
  whether Mr Smith would stay") or of an infinitive after "for" ("enough for Mr Glazer to take control"), and
  an extraposed clause the parser hangs on what "it" is said to be or where it is ("it was a pity Mr Brown would
  stay", "it is in the country's interest that Mr Blair should govern").  Else
  the person told when the content is about "you" ('"You have let us down," she told Mr Fenwick').  An aside
  reports the clause it sits in ("whether, as the Conservatives claim, he plans to raise tax").  Whom the
  statement accuses (``graph.extract.stance.critical_claim``) it claims too.  Never the speaker, the addressee
  (but that one), the venue or outlet ("told BBC Radio 4's Today
  programme"), an impersonal "it", the owner of a group's people or places ("UK Muslims", "Labour
  constituencies"), a country named before a thing only to say where it is ("the UK pension crisis", "a US
  rating": ``owners.place_modifier``), nor the speaker's own party or group (its affiliation, or a group the article names
  with it: "Peter Saunders of the CMF"); the speaker's state only
  as the subject named ("Kabulov said Russia would ..."), never as "we" or "the country", nor as
  the owner of the subject ("the South African economy had grown": no claim at all), and only while the
  speaker holds office ("former minister Ann Lee said the government ...": claimed).  An
  accusatory cue ("accused Russia of ...") or a cue that is itself a relation of its object
  ("praised Celtic and Rangers") makes that relation and no claim beside it.  Quantities on that actor become
  attributes ("over 10,000 ISIS militants": count=10000, qualifier=over).  A request ("urged X
  to") or a control verb's promise ("pledged to help X") is a relation of
  ``graph.extract.relations``, not a claim; a negated cue over a question ("could not say whether Mr Smith had
  lied") leaves it open and claims nothing.  A claim stays beside the relations read inside its
  content ("Blair said Russia supplies the Taliban": Blair claims Russia, and Russia supplies the
  Taliban attributed to Blair), as the gold guideline has it.  Only a cue of saying makes a claim (the
  lexicon's ``claim_cues``: not "had hoped to", "offered", "thanked"; nor "claimed the titles", a
  ``doing_cues`` verb with an object of its own; nor a statement noun, "Gerrard's claim that ..."); the others
  stay quotes.  "He"/"she" in reported speech is the speaker, whoever the resolver took it for, unless that
  one is named earlier in the sentence; a pronoun speaker resolved to an actor its own content names
  ('"... they can play Tomasson," he said') claims nothing.
  A participant or owner standing for a pair ("the pair", "their": ``coref.pair_antecedents``) is each of the
  two, not one who says it; a clause on how the two stand to each other ("had mutual animosity") is a feud
  reported, which accuses neither.
* :func:`claim_accusation`: the source ``accuses`` the subject of an accusatory cue ("allege",
  "accuse" ...) or of a hostile relation it reports: one the lexicon lists under
  ``accusation.relations``, or a supply or support of an armed group or of military goods.
  The media report; they do not accuse, and nobody accuses their own party or state.
* :func:`denial`: the subject of a denial verb ``denies`` whoever made the denied claim: an
  actor named in the denied noun ("Washington's claims"), else, for a denial with no object noun, the one
  claim noun of its sentence that names a claimant ("denies using drugs and says she will sue over Conte's
  allegations"), else the source of the most recent
  earlier attribution (same sentence or up to ``denial_lookback`` sentences back) by someone
  other than the denier whose content names the denier, or, when the denial names a claim with no
  claimant ("denied the reports"), the most recent such attribution (not for an accusation noun: "denies
  the charges" answers only a claim naming the denier).  A claim noun whose claimant
  is no actor ("concerns from visa staff") answers nobody.  None found: no triple.  The subject of a
  passive denial ("was denied a visa"), or of one coordinated under a passive whose object is no claim
  ("having been charged ... and repeatedly denied bail"), is refused something and denies nothing.
* :func:`denied_claim`: "X refutes these reports": each relation of the denied report, negated
  and attributed to the denier, with the denial sentence as evidence.

Relations read inside an attribution come from ``graph.extract.relations``
(``Reading.inner``); run it first.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import ActorType, Modality, Polarity
from ..vocab import CLAIM_RELATION
from .attribution import acts, beside_sources, innermost, quantities
from .cameo import load_cameo
from .coref import pair_refs
from .exhortations import claim_request
from .gazetteer import is_party
from .owners import kin_owner, place_modifier, sides_of
from .persons import pronoun_fits
from .rules import conjuncts, subjects
from .scoring import RULE_BASE, weaker
from .stance import clause_of, clause_valence, clause_words, critical_claim, praise_claim
from .triples import flipped, make_triple, party_governs

__all__ = ["read_statements", "claim", "claim_accusation", "denial", "denied_claim"]

_CLAIMANT_DEPS = ("poss", "compound", "amod", "nmod")  # "Washington's claims", "US claims"
_CLAIMANT_PREPS = ("by", "from", "of")  # "claims by Washington"
#: The owners of a subject that names no actor: "Russia's support", "US policymakers".
_OWNER_DEPS = ("poss", "compound", "amod", "nmod")
#: A participant's own link: subject or object of a verb, object of a preposition.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "pobj", "conj", "appos"})
#: The links from a participant up to its clause: its role in it ("Mr Blair and Mr Brown", "the envoy, Kabulov").
_ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "conj", "appos"})
#: The links from a clause up to the content's root: a complement, a coordinated clause, a condition
#: ("said he hoped Mr Brown would be premier", "it was unlikely he would give Labour more money").
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "csubj", "csubjpass", "acomp"})
#: The subordinators of an adverbial clause that is part of what is claimed ("if Russia does the same").
_CONDITIONS = frozenset({"if", "unless", "that", "whether"})
# a clause of time or contrast that says what its actors did or will do ("when Mr Howard was in government", "while
# the Tories would take the country backwards"): a party to what is said, unlike one of cause or concession
_TIME_CONTRAST = frozenset({"when", "while", "whereas"})
_WHETHER = frozenset({"whether", "if"})
#: Words opening a question a negated cue leaves open ("did not say whether ...": :func:`_left_open`).
_QUESTION_WORDS = frozenset({"whether", "if", "how", "what", "why", "when", "who", "which", "where"})
# "for X to ...": the subject of an infinitive ("enough for Mr Glazer to take control")
_INFINITIVE_MARKS = frozenset({"for"})
_FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my"})
#: Prepositions whose object takes part in what is said ("discussed the campaign with Mr Blair", "the squabbles
#: between Mr Blair and Mr Brown", "a complaint against Mr McLetchie", "supplied weapons by the Russian authorities").
_PARTY_PREPS = frozenset({"with", "between", "against", "by"})
_OPPONENT_PREPS = frozenset({"against", "with", "versus", "v", "vs", "v."})  # "the game against Leeds": _opponent
#: The roles of a noun whose owner takes part in a clause of the content: its subject or direct object.
_OWNED_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Prepositions naming what an adjective complement is about ("proud of", "sceptical about", "angry at").
_ADJECTIVE_PREPS = frozenset({"of", "about", "with", "at", "over", "towards", "by"})
#: Words "under X" may hang from as who governs while it happens ("worse off under Labour", "more tax under Labour").
_RULED = frozenset({"VERB", "AUX", "ADJ", "ADV", "NOUN"})
#: Words before "under" that make its object a comparison's term ("higher than under Mrs Thatcher").
_COMPARING = frozenset({"than", "as"})
#: Prepositions whose object owns a noun that names no actor ("the personal ambition of Mr Blair").
_OWNER_PREPS = frozenset({"of", "between"})
#: Prepositions of the cue naming where or to whom something is said ("told MPs at Westminster").
_VENUE_PREPS = frozenset({"in", "at", "to", "during", "inside", "outside", "near", "throughout", "across"})
#: How many tokens after a quotation's closing mark its cue may follow ('", – the US Secretary of State said').
_NEAR_CUE = 12
_IMPERSONAL = frozenset({"it", "its"})
#: Determiners of a thing named again without its owner ("the plans", "these posters": :func:`_earlier_owner`).
_DEFINITE = frozenset({"the", "this", "these", "those"})
#: How many sentences before a content an earlier mention of its thing may give the owner.
_OWNER_LOOKBACK = 4
_QUOTED_PERSONAL = frozenset({"he", "his", "she", "her"})
_DOUBLE_MARKS = frozenset({'"', "“", "”", "``", "''"})  # not an apostrophe: "the Tories' plans"
_ACTED_ON_DEPS = frozenset({"dobj", "dative", "prep", "ccomp", "xcomp", "oprd", "acomp", "advcl"})  # _acted_on
#: Subjects of a copula whose complement names whom they point at ("it was Mr Blair who", "that's just Hollis"):
#: the named actor takes part; after any other subject it only describes it ("our method is Chuck Norris").
_POINTING = frozenset({"it", "that", "this", "there", "who", "what"})
#: Endings of nouns of people by what they do ("painters", "lenders", "pianists", "the world number three",
#: "registrars"): after a country's name or demonym ("British painters"), their nationality, not the state's agents.
_HOSTILE_CUES = frozenset({"accuses", "attacks"})  # "websites which attack the trilogy": a cue that criticises
_OTHER_FIRM = frozenset({"rival"})  # "the rival": another firm than the speaker's
_PEOPLE_ENDINGS = ("er", "or", "ist", "ian", "ee", "ar")
#: Subject pronouns inside what someone says: mostly the speaker ("Kenteris' lawyer Gregory Ioannidis told BBC
#: Sport he did not expect ..."), whoever the resolver took them for; not an object ("those who selected him").
_PERSONAL = frozenset({"he", "she", "they"})
#: The links of the words of a role phrase before a speaker's name: "Kenteris' lawyer Gregory Ioannidis".
_TITLE_DEPS = frozenset({"poss", "case", "compound", "amod", "det", "nsubj", "nmod"})
#: Actors a speaker's phrase names that are no group of theirs: a person, or a country (a nationality; the
#: state's officials are its affiliates, whose claims about it follow ``_own_group``).
_NO_GROUP_TYPES = frozenset({ActorType.PERSON, ActorType.COUNTRY})
#: Links that put a word of a speaker's phrase in a clause or a conjunct, not in what says who the speaker is.
_CLAUSE_LINKS = frozenset({"relcl", "acl", "conj", "cc", "advcl", "ccomp"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})
#: Words saying a pair's clause is about how its two stand to each other ("the pair had mutual animosity").
_MUTUAL = frozenset({"mutual", "mutually"})
#: Title words of an office not held now ("former minister", "ex-minister", "shadow chancellor"): no state official.
_NOT_HOLDING = frozenset({"former", "ex", "then", "late", "previous", "shadow"})
#: Words for whom a statement is told to ("you have let us down, she told Mr Fenwick").
_SECOND_PERSON = frozenset({"you", "your"})


def read_statements(reading) -> None:
    """Every claim, accusation and denial of the article, into ``reading.triples``."""
    doc, lex = reading.doc, reading.lex
    for att in reading.attributions:
        if not att.has_source:
            continue
        cue = doc[att.cue_word]
        if cue.lemma_.lower() in lex.denial_verbs | lex.question_cues | lex.hearing_cues or _acts(reading, cue, att):
            continue  # a denial, a question, a hearing, a request or a promise is no claim about its content
        if _misread(reading, att) or _obliged(cue) or _spoken_of(cue) or _left_open(reading, cue, att):
            continue
        outer = innermost([a for a in reading.attributions if a is not att and not _misread(reading, a)], cue.i)
        stance = reading.stance(cue.i) if cue.pos_ in ("VERB", "AUX") else None
        for src in (s for s in reading.sources(att) if not _misresolved(reading, att, s, outer)):
            told_in = _not_denied(reading, outer, src)
            refs = claim(reading, att, src, cue, told_in, stance)
            judged = [r for r in refs if not _feud(reading, att, r)]
            accused = critical_claim(reading, att, src, cue, told_in, stance, judged)
            if accused:
                claim(reading, att, src, cue, told_in, stance, accused=accused)
            praise_claim(reading, att, src, cue, told_in, stance, judged)
            claim_accusation(reading, att, src, cue, told_in, stance, refs)
            claim_request(reading, att, src, cue, told_in, stance, judged)
    _denials(reading)


def _not_denied(reading, outer, src):
    """The report a statement of ``src`` is told in, but none that another denies ("X has suggested that Y lied,
    something Y denies": Y denies what X says, not that X said it; "Y denies he told Z that ..." stays)."""
    if outer is None or reading.doc[outer.cue_word].lemma_.lower() not in reading.lex.denial_verbs:
        return outer
    denier = reading.source(outer)
    return outer if denier is None or denier.actor.id == src.actor.id else None


def _misread(reading, att) -> bool:
    """A bare reporting verb ("Weaver said.") that cannot report the words before it: it sits inside the
    clause it would report ("he could not believe anything Mr Blair told him"; but an aside, :func:`_aside`), or
    those words are another report's source and cue ('He told BBC News: "He appears to have said these things."').
    No claim, and nothing said inside it."""
    if att.shape != "bare_verb" or _aside(reading.doc[att.cue_word]):
        return False
    head = reading.doc[att.cue_word].head
    lo, hi = att.content_tokens
    return (head.i != att.cue_word and lo <= head.i < hi) or any(
        a is not att and lo <= a.cue_word < hi for a in reading.attributions)


def _aside(cue) -> bool:
    """A report set in the clause it reports by "as" ("whether, as the Conservatives claim, he plans to raise tax"):
    the clause is what is said; not in a question ("Is UKIP's job to destroy the Tories, as Mr Smith declared?")
    nor under a negation ("This is not whinging as Labour claims")."""
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) \
        and not any(c.dep_ == "neg" for c in cue.head.children) and not any(t.text == "?" for t in cue.sent)


def _left_open(reading, cue, att) -> bool:
    """A negated cue over a question ("could not say whether Mr Smith had lied", "have not said how it would
    affect Mr Hill"): the speaker left it open and claims nothing."""
    lo, _hi = att.content_tokens
    return any(c.dep_ == "neg" for c in cue.children) and cue.i < lo \
        and any(t.lower_ in _QUESTION_WORDS for t in reading.doc[cue.i + 1:lo + 1])


def _obliged(cue) -> bool:
    """What someone has or needs to say is not said yet ("Deutsche Boerse had to show why its offer ...")."""
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in ("have", "need")


def _spoken_of(cue) -> bool:
    """A passive cue without an agent: its subject is spoken of, not speaking ("the charity found itself in
    trouble after being accused of helping rebels": it accuses no one)."""
    return any(c.dep_ == "auxpass" for c in cue.children) and not any(c.dep_ == "agent" for c in cue.children)


def _misresolved(reading, att, src, outer) -> bool:
    """A pronoun speaker resolved to someone it is not: an actor its own content names
    (:func:`_named_inside`), or, inside another report, another than that report's speaker it stands for
    ("a Foreign Office spokesman said he could not comment on ...": "he" is the spokesman)."""
    head = reading.doc[att.source_head]
    if head.pos_ != "PRON" or _named_inside(reading, att, src):
        return head.pos_ == "PRON"
    if outer is None or not outer.has_source:
        return False
    speaker = reading.source(outer)
    return (speaker is not None and speaker.actor.id != src.actor.id
            and _speakers_pronoun(reading, outer, speaker, head))


def _named_inside(reading, att, src) -> bool:
    """A pronoun speaker the resolver took for an actor the content names ('"They can play Rui Costa ... they
    can play Tomasson," he said'; "It said Deutsche Boerse had to show ..."): someone else said it."""
    lo, hi = att.content_tokens
    return any(t.pos_ == "PROPN" and att.in_content(t.i) and (r := reading.ctx.actor(t)) is not None
               and r.actor.id == src.actor.id for t in reading.doc[lo:hi])


def _acts(reading, cue, att) -> bool:
    """The cue does something the relation rules read: a request ("urged X to", "called on X to",
    "demanding that X ...") or a control verb over its content ("promised to help X"); or it states an
    aim, not a fact ("had hoped to finish with a clash against France", "hope to sign Juninho")."""
    lex = reading.lex
    if lex.verb_relation(cue.lemma_) == "requests" or any(
            lex.phrase_relation(cue.lemma_, c.lower_) == "requests" for c in cue.children if c.dep_ in ("prep", "prt")):
        return True
    lo, hi = att.content_tokens
    aim = lex.control_relation(cue.lemma_) is not None or cue.lemma_.lower() in lex.hypothetical_verbs
    return aim and any(c.dep_ == "xcomp" and lo <= c.i < hi for c in cue.children)


def _content_targets(reading, att, source) -> list[tuple]:
    """[(token, ref)] of the actors an attribution's content is about: the subjects of its main clause
    (:func:`_subject_targets`), else its first participant (:func:`_first_participant`); never an actor
    the content cannot be about (:func:`_not_about`)."""
    if _nameless_accused(reading, att):
        return []  # "accused ministers of turning Britain into a nuclear dumpsite": Britain is no one accused
    barred = _not_about(reading, att, source)
    subjects_ = [(tok, ref) for tok, ref in _subject_targets(reading, att, source)
                 if not _another_speaker(reading, att, tok)]
    found = [(tok, ref) for tok, ref in subjects_
             if ref.actor.id not in barred
             and not _own_group(reading, source, ref, subject=_names(reading, tok, ref), tok=tok)
]
    if not found and any(ref.actor.type is ActorType.COUNTRY
                         and _own_group(reading, source, ref, subject=False, tok=tok) for tok, ref in subjects_):
        return []  # "the South African economy had grown": about the speaker's own state, nobody else
    return found or _first_participant(reading, att, source, barred) or _earlier_owner(reading, att, source, barred) \
        or _antecedent_owner(reading, att, source, barred) or _addressee_as_you(reading, att, source)


def _addressee_as_you(reading, att, source) -> list[tuple]:
    """[(token, ref)] of the person a statement is told to, when what it says is about "you" ('"You have let us
    down," she told Mr Fenwick': Mr Fenwick), "you" or "your" taking part in the content (:func:`_participant`);
    never an outlet or a group told ("told the BBC you cannot win ...": a generic "you")."""
    doc = reading.doc
    if not any(t.lower_ in _SECOND_PERSON and att.in_content(t.i) and not _what_have_you(t)
               and _participant(att, t.head if t.dep_ == "poss" else t) for t in doc[slice(*att.content_tokens)]):
        return []
    cue = doc[att.cue_word]
    hearer = cue.lemma_.lower() in reading.lex.hearer_verbs  # "told Mr Fenwick"; not "described Mr Fenwick as"
    told = [c for c in cue.children
            if (c.dep_ == "dative" or (hearer and c.dep_ == "dobj")) and not att.in_content(c.i)]
    return [(c, ref) for c in told if (ref := reading.ctx.actor(c)) is not None
            and ref.actor.type is ActorType.PERSON and ref.actor.id != source.actor.id]


def _what_have_you(tok) -> bool:
    """The "you" of the idiom "what have you" ("religious, political, communist, what have you"): no one."""
    return tok.lower_ == "you" and tok.head.lemma_ == "have" and any(c.lower_ == "what" for c in tok.head.children)


def _another_speaker(reading, att, tok) -> bool:
    """``tok`` is the speaker of a reporting verb of its own that the parser left without a subject: "As
    Brazil announced its plan, Argentina, the largest exporter, said prices had risen" (Argentina's words,
    read as Brazil's content).  The verb follows the name and what stands in apposition to it; a clause
    of its own, not what the first speaker says."""
    doc, lex = reading.doc, reading.lex
    if tok.pos_ not in ("PROPN", "NOUN"):
        return False
    if _parallel_report(reading, att, tok):
        return True
    inside = {t.i for t in tok.subtree}
    for v in doc[tok.i + 1:tok.sent.end]:
        if v.i == att.cue_word or v.lemma_.lower() not in lex.reporting_verbs or not v.tag_.startswith("VB"):
            continue
        if v.i == tok.head.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return False  # "Brazil said Argentina announced ...": Argentina's report is what Brazil says
        between = doc[tok.i + 1:v.i]
        return all(t.i in inside or t.is_punct for t in between)
    return False


def _parallel_report(reading, att, tok) -> bool:
    """``tok`` is the speaker of another report set beside the first in its content by a clause of contrast ("the
    Lib Dems said the plan could let extreme groups run policing, while Labour criticised Tory promises": what
    Labour said, no party to what the Lib Dems say: ``attribution.beside``)."""
    return any(lo <= tok.i < hi for lo, hi in beside_sources(reading.doc, att, reading.attributions))


def _nameless_accused(reading, att) -> bool:
    """An accusation of someone the text does not name as an actor ("accused ministers of ...",
    "blamed the company for ..."): what it says is about them, not about the actors of its content."""
    cue = reading.doc[att.cue_word]
    if att.shape != "verb_prep" or cue.lemma_.lower() not in reading.lex.accusatory_cues:
        return False
    accused = [c for c in cue.children if c.dep_ == "dobj" and not att.in_content(c.i)]
    return bool(accused) and not any(reading.ctx.actor(t) for c in accused for t in c.subtree)


def _subject_targets(reading, att, source) -> list[tuple]:
    """[(token, ref)] of the subject of the content's main clause, with its conjuncts ("Mr Blair and Mr
    Brown could ...") or owners ("IS-K's numbers"): the first clause of the content that has one."""
    doc, ctx = reading.doc, reading.ctx
    lo, hi = att.content_tokens
    slo, shi = _in_sentence(doc, att)
    for r in (t for t in doc[slo:shi] if not (lo <= t.head.i < hi) or t.head.i == t.i):
        # the subject may sit outside the content through control: "accused Russia of arming ..."
        verbal = r.pos_ in ("VERB", "AUX")
        found = []
        for s in subjects(r, reading.lex)[0] if verbal else [r]:
            for tok in conjuncts(s):  # an owner only of a subject or of a noun content ("warned of ...")
                refs = _refs(reading, tok, att) or (
                    _owners(reading, tok, att) if verbal or (att.shape == "verb_prep" and not _topic(r, reading.lex))
                    else [])
                found += [(tok, ref) for ref in refs if ref.actor.id != source.actor.id and not _impersonal(tok)
                          and not _speakers_pronoun(reading, att, source, tok)
                          and not (att.source_tokens[0] <= tok.i < att.source_tokens[1])]
        if found:
            return found
    return []


def _topic(noun, lex) -> bool:
    """A noun content that is only the topic of its cue ("reported on the spending plans of the Arts Council",
    "commenting on Mr Smith's decision"): who owns the topic is named, nothing said of them (not "warned of
    Russia's plans")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in lex.topic_preps


def _first_participant(reading, att, source, barred) -> list[tuple]:
    """[(token, ref)] of the first actor taking part in the content (:func:`_participant`), one named in a clause
    of time or contrast only when no other is ("When we were playing Leeds, I spoke with Mr Smith": Mr Smith)."""
    for timed in (False, True):
        for tok in reading.doc[slice(*_in_sentence(reading.doc, att))]:
            if not att.in_content(tok.i) or _impersonal(tok) or _speakers_pronoun(reading, att, source, tok) \
                    or _another_speaker(reading, att, tok) or _in_timed_clause(att, tok) != timed:
                continue
            found = _participating(reading, att, source, barred, tok)
            if found:  # with the owners coordinated with it: "sceptical about Labour and Conservative promises"
                return found + [f for c in conjuncts(tok)[1:] if c.dep_ == "conj" and _owner_mod(tok)
                                for f in _participating(reading, att, source, barred, c, owner=tok)]
    return []


def _participating(reading, att, source, barred, tok, owner=None) -> list[tuple]:
    """[(token, ref)] of the actors ``tok`` names that take part in the content (see :func:`_first_participant`):
    ``owner`` the first of the owners ``tok`` is coordinated with, which stands in its place."""
    found = []
    for ref in _refs(reading, tok, att):
        head = _mention_head(reading.doc, tok, ref) if owner is None else owner
        if ref.actor.id not in barred and not _own_group(reading, source, ref, subject=False, tok=tok) \
                and (_participant(att, head) or _owns_participant(reading, att, head, ref)
                     or _makes_thing(reading, att, head)) and not _opponent(reading, head) \
                and not (_owner_mod(tok) and _maker_of_work(tok.head, ref)):
            found.append((tok, ref))
    return found


def _owner_mod(tok) -> bool:
    """``tok`` modifies the noun it owns ("Labour [promises]", "the Tories' plans")."""
    return tok.dep_ in _OWNER_DEPS and tok.head.pos_ == "NOUN" and tok.i < tok.head.i


def _in_timed_clause(att, tok) -> bool:
    """``tok`` is named inside a clause of time or contrast of the content (:func:`_time_or_contrast`)."""
    lo, hi = att.content_tokens
    while lo <= tok.head.i < hi and tok.head.i != tok.i:
        if tok.dep_ == "advcl" and _marks(tok) & _TIME_CONTRAST:
            return True
        tok = tok.head
    return False


def _opponent(reading, tok) -> bool:
    """``tok`` is the opponent of a game ("Saturday's match against Leeds", "the final with Arsenal": lexicon
    ``sport_senses.game_nouns``), the topic of what is said, no party to it; not "talks with Leeds"."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in _OPPONENT_PREPS and prep.head.lemma_.lower() in reading.lex.game_nouns


def _earlier_owner(reading, att, source, barred) -> list[tuple]:
    """[(token, ref)] of the owner an earlier mention gives a thing the content's clause is about but names
    without one (the lexicon's ``owned_things``: "Labour unveiled its posters. Mr Kemp said the posters had been
    misread": Labour), when the content names no participant itself.  The nearest earlier mention of the same
    noun, up to ``_OWNER_LOOKBACK`` sentences back, with an owner (:func:`_owners`; not a pronoun: "his plans")."""
    doc = reading.doc
    for tok in doc[slice(*_in_sentence(doc, att))]:
        if not (att.in_content(tok.i) and _bare_thing(reading, tok) and _subject_or_object(tok)
                and _participant(att, tok)):
            continue
        owned = _owned_before(reading, att, tok) or _kin_owned(reading, source, tok)
        found = [(tok, ref) for ref in owned if ref.actor.id not in barred
                 and not _own_group(reading, source, ref, subject=False)]
        if found:
            return found
    return []


def _antecedent_owner(reading, att, source, barred) -> list[tuple]:
    """[(token, ref)] of the one actor an owner word of the content's subject or object, or a quoted "he" or
    "his", stands for where coreference left it open (:func:`_owner_word`, :func:`_quoted_person`): "the Greens
    listed cuts. Labour and the SNP say the party's figures are wrong" (the Greens), "Ms Ross accused the Greens
    of making pledges and said their figures did not add up"; the fitting actors named before it in its sentence
    or the one before, but the speakers and their own side (:func:`_own_group`), must be exactly one.  Only when
    the content names no participant itself."""
    doc = reading.doc
    speakers = {r.actor.id for r in reading.sources(att)} | {source.actor.id}
    for tok in doc[slice(*_in_sentence(doc, att))]:
        fits = _owner_word(reading, att, source, tok) or _quoted_person(reading, att, source, tok)
        if fits is None or not (_owned_participant(reading, att, tok.head) if tok.dep_ == "poss"
                                else _participant(att, tok)):
            continue
        named = {ref.actor.id: (t, ref) for t, ref in _named_before(reading, tok) if fits(t, ref)}
        found = [(tok, ref) for _t, ref in named.values() if ref.actor.id not in speakers
                 and not _own_group(reading, source, ref, subject=False)]
        if len(found) == 1 and found[0][1].actor.id not in barred:
            return found
        return []
    return []


def _owner_word(reading, att, source, tok):
    """A test of the actors ``tok`` could stand for, when it is a possessive that coreference did not resolve:
    "their" said by a person outside a quotation (any group but a country: a person's own side is "our"), or
    "the party's" (a political party); else None."""
    if tok.dep_ != "poss" or att.source_tokens[0] <= tok.i < att.source_tokens[1] or reading.ctx.actor(tok):
        return None
    if tok.lower_ == "their" and not _quoted(reading.doc, att, tok) and _person_speaker(reading, att, source):
        return lambda _t, ref: ref.actor.type not in _NO_GROUP_TYPES
    if tok.lemma_.lower() in reading.gazetteer.titles.party_descriptions and tok.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return lambda _t, ref: is_party(ref.actor)
    return None


def _quoted_person(reading, att, source, tok):
    """A test of the persons ``tok`` could stand for, when it is "he", "his", "she" or "her" in a person's own
    words (:func:`_own_words`) that coreference did not resolve or took for the speaker, who says "I" there: one
    the speaker has just acted on or spoken of ('Ms Hughes branded Mr Cole wrong. "The figures do not support his
    claims," she said': Mr Cole; not a bystander: 'Mr Cole and Ms Dee were there. "He was a fine man," Ms Hughes
    said'); else None."""
    if tok.lower_ not in _QUOTED_PERSONAL or tok.dep_ not in ("poss", "nsubj", "nsubjpass") \
            or source.actor.type is not ActorType.PERSON or not _own_words(reading.doc, att, tok):
        return None
    ref = reading.ctx.actor(tok)
    if ref is not None and ref.actor.id != source.actor.id:
        return None  # coreference has spoken
    titles = reading.gazetteer.titles
    return lambda t, r: r.actor.type is ActorType.PERSON and pronoun_fits(tok.lower_, r.actor, titles) \
        and _acted_on(reading, att, source, t)


def _own_words(doc, att, tok) -> bool:
    """``tok`` is inside the quotation that the content is, or opens with ('he said: "..."'), not after a quoted
    word ('said he was "delighted" and offered his congratulations')."""
    lo = att.content_tokens[0]
    if att.shape in ("quotation", "continuation"):
        return True
    opened = next((i for i in (lo, lo - 1) if i >= 0 and doc[i].text in _DOUBLE_MARKS), None)
    return opened is not None and not any(t.text in _DOUBLE_MARKS for t in doc[opened + 1:tok.i])


def _acted_on(reading, att, source, tok) -> bool:
    """``tok`` is named in a clause whose subject is the speaker ("Ms Hughes branded Mr Cole", "he argues the plan
    contrasted with Mr Cole's"), not in that subject ("Mr Cole and Ms Hughes were there"), nor a subject inside
    the content, where the speaker says "I", nor the cue's (what the content names is not acted on)."""
    head = tok
    while head.head.i != head.i:
        link, head = head, head.head
        if head.pos_ in ("VERB", "AUX") and link.dep_ in _ACTED_ON_DEPS and head.i != att.cue_word and any(
                c.dep_ in ("nsubj", "nsubjpass") and not c.left_edge.i <= tok.i <= c.right_edge.i
                and not att.in_content(c.i)
                and (r := reading.ctx.actor(c)) is not None
                and r.actor.id == source.actor.id for c in head.children):
            return True
    return False


def _owned_participant(reading, att, noun) -> bool:
    """``noun``, owned by a possessive word, is a thing (no actor, no people or places of its owner) that the
    content's clause is about: its subject or object, a party to it."""
    return noun.pos_ == "NOUN" and reading.ctx.actor(noun) is None and not _unowned(reading, noun) \
        and _subject_or_object(noun) and _participant(att, noun)


def _named_before(reading, tok) -> list[tuple]:
    """[(token, ref)] of the actors named or described (not by a pronoun) before ``tok`` in its sentence or the
    one before."""
    doc = reading.doc
    return [(t, ref) for t in doc[_start_back(doc, tok, 1):tok.i]
            if t.pos_ in ("PROPN", "NOUN") and (ref := reading.ctx.actor(t)) is not None]


def _bare_thing(reading, tok) -> bool:
    """``tok`` is one of the lexicon's ``owned_things`` named with a definite article and no owner: "the plans"."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in reading.lex.owned_things \
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children) \
        and not any(c.dep_ in _OWNER_DEPS or (c.dep_ == "prep" and c.lower_ in _OWNER_PREPS) for c in tok.children)


def _owned_before(reading, att, tok) -> list:
    """The owners of the nearest earlier mention of ``tok``'s noun that has any (:func:`_earlier_owner`)."""
    doc = reading.doc
    for t in reversed(doc[_start_back(doc, tok, _OWNER_LOOKBACK):tok.i]):
        if t.pos_ != "NOUN" or t.lemma_.lower() != tok.lemma_.lower():
            continue
        if any(c.pos_ == "PRON" for c in t.children if c.dep_ == "poss"):
            return []  # "his plans": a pronoun owner, which coreference often misreads
        owners = _owners(reading, t, att) or _maker(reading, t)
        if owners:
            return owners
    return []


def _kin_owned(reading, source, tok) -> list:
    """The one owner the mentions of ``tok``'s noun or its kin give it in the sentences before (owners.kin_owner:
    "the government's plans ... they said the scheme is flawed"), when no mention of the noun itself has one; never
    the speaker's or the speaker's group's."""
    ctx = reading.ctx
    return [ctx.actor(t) for t in kin_owner(tok, sides_of(source.actor), ctx, _OWNER_LOOKBACK)]


def _start_back(doc, tok, n: int) -> int:
    """The first token of the sentence ``n`` sentences before ``tok``'s (of the first sentence when there are
    fewer)."""
    sents = [s for s in doc.sents if s.start <= tok.i]
    return sents[max(0, len(sents) - 1 - n)].start


def _maker(reading, thing) -> list:
    """The actor named as the subject of the verb whose direct object ``thing`` is, its maker: "Labour unveiled
    new posters", "the Tories published a plan", or the agent of a passive participle on it ("under plans
    unveiled by the Greens"); not a pronoun ("he launched the scheme")."""
    verb = thing.head
    if thing.dep_ == "dobj" and verb.pos_ == "VERB":
        makers = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        makers = [o for v in thing.children if v.dep_ == "acl" and v.tag_ == "VBN"
                  for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return [ref for c in makers if c.pos_ != "PRON" and (ref := reading.ctx.actor(c)) is not None
            and _names(reading, c, ref)]


def _owns_participant(reading, att, tok, ref) -> bool:
    """``tok`` owns the subject or direct object of a clause of the content, a noun that names no actor ("said
    voters would reject Tory plans", "said he thought Labour's pledges were worthless", "said the Tories' sums had
    been exposed", "was glad to see the back of Mr Smith"): what is said of the thing is said of its owner.  Of
    an "of" phrase only a person ("the death of Mr Smith"; a group there is mostly a place, a topic or what is
    counted: "the character of the Borders", "full use of the Visa cards", "cut the number of Whitehall
    departments").  Not a pronoun, nor the owner of a group's people or places, of a thing with a name of its
    own, or a nationality (:func:`_owners`' exclusions)."""
    of = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep" \
        and ref.actor.type is ActorType.PERSON  # "the back of Mr Smith"; not "the character of the Borders"
    noun = tok.head.head if of else tok.head
    if not (of or (tok.dep_ in _OWNER_DEPS and tok.i < noun.i)) or tok.pos_ == "PRON" or noun.pos_ != "NOUN":
        return False
    if not of and _thing_of(reading, noun):
        noun = noun.head.head  # "an examination of Tory plans showed ...": the plans' owner, as the subject's
    if not _subject_or_object(noun) or reading.ctx.actor(noun) is not None:
        return False
    if _unowned(reading, noun) or _nationality(reading, noun, tok, ref) or _place_word(reading, noun, tok, ref) or (
            noun.lemma_.lower() in reading.lex.actor_heads and _named_thing(reading, noun)):
        return False
    return _participant(att, noun)


def _thing_of(reading, noun) -> bool:
    """``noun`` is a thing its owner puts forward (the lexicon's ``owned_things``) in the "of" phrase of another
    noun: "an examination of Tory plans", "the cost of Labour's pledges"; what is said of the one is said of the
    other's owner."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" \
        and noun.lemma_.lower() in reading.lex.owned_things


def _makes_thing(reading, att, tok) -> bool:
    """``tok`` names who makes or gives a thing the content's clause is about (the lexicon's ``owned_things``,
    with no owner of its own), in a relative clause or a passive participle on it: "to see the advice which the
    attorney general gave", "want the publication of the advice given by the attorney general" (:func:`_thing_of`).
    Its maker is its owner; not the subject of another relative clause ("make the mistake that Mr Smith made")."""
    link = tok.head
    if tok.dep_ == "nsubj" and link.dep_ == "relcl":
        noun = link.head
    elif tok.dep_ == "pobj" and link.dep_ == "agent" and link.head.dep_ == "acl":
        noun = link.head.head
    else:
        return False
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in reading.lex.owned_things \
            or any(c.dep_ in _OWNER_DEPS for c in noun.children):
        return False
    outer = noun.head.head if _thing_of(reading, noun) else noun  # "the publication of the advice given by X"
    return _subject_or_object(outer) and reading.ctx.actor(outer) is None and _participant(att, outer)


def _subject_or_object(noun) -> bool:
    """``noun`` is its clause's subject or direct object, or what "there is" says there is ("unless there was a
    Tory rethink"): the thing a statement says something of."""
    return noun.dep_ in _OWNED_ROLES or (noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)) \
        or (noun.dep_ == "pobj" and _adjectives_prep(noun.head))


def _feud(reading, att, ref) -> bool:
    """``ref`` is one of a pair (:func:`_refs`) whose clause says how the two stand to each other ("Mr Peston
    said the pair had mutual animosity", "animosity between the two men", "they loathed each other"): a feud
    the speaker reports (a relation between the two), not a charge against each of them."""
    tok = reading.doc[ref.start]
    if ref.how != "coref" or reading.ctx.actor(tok) is not None:
        return False  # a single actor, not a pair
    if tok.dep_ == "pobj" and tok.head.lower_ == "between":
        return True
    lo, hi = att.content_tokens
    words = clause_words(clause_of(tok, lo, hi), lo, hi)
    return any(t.lower_ in _MUTUAL or (t.lower_ in ("other", "another") and t.i > 0
                                       and t.doc[t.i - 1].lower_ in ("each", "one")) for t in words)


def _refs(reading, tok, att) -> list:
    """The actor a token stands for, or each of the two persons a pair description or "they" stands for
    (``coref.pair_refs``: "Paul Flynn said the pair had had a scorching"), as mentions at the token;
    not one who says it ("Mr Blair said the pair would ...": Mr Brown), nor a pair that says it ("Mr Blair and Mr
    Brown ... say they would not allow a row": the speakers themselves, as "we"); none when a pronoun
    speaker was taken for one of the two ("Jackson and Stiller have signed up, the comedian has told BBC News.
    He said they had both seen the scripts": "he" is more likely someone else)."""
    ref = reading.ctx.actor(tok)
    if ref is not None:
        not_a_party = _part_of_name(reading, tok, ref) or _named_thing(reading, tok, ref) \
            or _counted_people(tok, ref, reading.lex)
        return [] if not_a_party else [ref]
    pair = pair_refs(tok, reading.ctx.actor, reading.lex)
    if not pair:
        return []  # most tokens: no pair, so no need to know the speakers
    speakers = {s.actor.id for s in reading.sources(att)}
    if reading.doc[att.source_head].pos_ == "PRON" and any(r.actor.id in speakers for r in pair):
        return []
    return [r for r in pair if r.actor.id not in speakers]


def _part_of_name(reading, tok, ref) -> bool:
    """The mention is the first words of a longer name that is no actor ("the Global Community Grid", "UK
    e-College"): the name goes on past it, and the claim would name a stranger; not a state's organ ("the US
    Supreme Court": the state, ``titles.yaml`` state_agents).  Or, but for a person's ("Labour MP Ann Cole"), the
    last words of one that begins before it."""
    head = _mention_head(reading.doc, tok, ref)
    if ref.actor.type is not ActorType.PERSON and any(  # "a new Cadillac BLS": the name begins before the mention
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < ref.start and reading.ctx.actor(c) is None
            for c in head.children):
        return True
    name = head.head
    if head.dep_ != "compound" or name.pos_ != "PROPN" or ref.start <= name.i < ref.end:
        return False
    return reading.ctx.actor(name) is None and name.lemma_.lower() not in reading.gazetteer.titles.state_agents


def _counted_people(tok, ref, lex) -> bool:
    """A country's people counted ("about 300 Danes were missing", "those 90 million Mexicans") or quantified
    (lexicon ``partitive_heads``: "most Russians believe"): persons of that nationality, not the state."""
    return ref.actor.type is ActorType.COUNTRY and tok.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "nummod" or (c.dep_ in ("amod", "det") and c.lower_ in lex.partitive_heads) for c in tok.children)


def _named_thing(reading, tok, ref=None) -> bool:
    """``tok``, a noun that would stand for its owner as one of its agents (the lexicon's ``actor_heads``: "Sony's
    music service"), has a name of its own that is no actor: a thing its owner has ("Sony's Walkman service"),
    and what is said of it is not said of the owner."""
    if ref is not None and ref.start <= tok.i < ref.end:
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and (ref is None or not ref.start <= c.i < ref.end)
               and reading.ctx.actor(c) is None for c in tok.children)


def _in_sentence(doc, att) -> tuple[int, int]:
    """The tokens of the content a claim may name: those in the cue's sentence (not the sentence before
    "Weaver said.", nor words a misread report runs on into), or the whole of a quotation its cue closes
    ('"Russia arms the Taliban. We will object," Tillerson said': :func:`_evidence`)."""
    if att.shape == "quotation" and att.content_tokens[1] <= att.cue_tokens[0] <= att.content_tokens[1] + _NEAR_CUE:
        return att.content_tokens  # the cue just after the closing mark: '"...," he said'; not 'he said: "...'
    if att.shape == "continuation":
        return att.content_tokens  # a quoted sentence going on with the words of the report before it

    sent = doc[att.cue_word].sent
    return max(att.content_tokens[0], sent.start), min(att.content_tokens[1], sent.end)


def _evidence(doc, att, tok):
    """The span a statement quotes: the cue's sentence, through to the sentence naming its object."""
    sent, named = doc[att.cue_word].sent, tok.sent
    return doc[min(sent.start, named.start):max(sent.end, named.end)] if named.start != sent.start else None


def _impersonal(tok) -> bool:
    """"it" is no claimed actor: mostly expletive ("it would worry her if ..."), else the speaker's own."""
    return tok.lower_ in _IMPERSONAL


def _speakers_pronoun(reading, att, source, tok) -> bool:
    """``tok`` is "he" or "she" said by a person (:func:`_person_speaker`), or "they" by a group, in reported
    speech: the speaker ("Kenteris' lawyer Gregory Ioannidis told BBC Sport he did not expect ..."), whoever
    the resolver took it for, unless that one is named earlier in the sentence outside the speaker's phrase
    ("Merrill Lynch denied Ms Villalba's claims and said she was removed"); not inside a quotation, where the
    speaker is "I" ('Kluft said: "I knew about her, she's a great girl."'), nor "he" or "she" said of a party or
    a firm ("The Tories said she broke a convention"): nobody calls a group "he", nor a person "they"."""
    if tok.pos_ != "PRON" or tok.lower_ not in _PERSONAL or _quoted(reading.doc, att, tok):
        return False
    if (tok.lower_ == "they") == _person_speaker(reading, att, source):
        return False  # "Labour said he had ...", "The Tories said she broke ...": someone else
    ref = reading.ctx.actor(tok)
    lo, hi = _speaker_phrase(reading.doc, att)
    return ref is None or not any(
        not lo <= t.i < hi and (r := reading.ctx.actor(t)) is not None and r.actor.id == ref.actor.id
        and t.pos_ != "PRON" for t in reading.doc[tok.sent.start:tok.i])


def _person_speaker(reading, att, source) -> bool:
    """The speaker is a person: a person's name, or a group's with a singular noun saying who speaks for it
    ("a Foreign Office spokesman", "Kenteris' lawyer Gregory Ioannidis"); not "the government"."""
    if source.actor.type is ActorType.PERSON:
        return True
    titles = reading.gazetteer.titles
    groups = titles.state_agents | frozenset(titles.descriptions)
    return any(t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() not in groups
               for t in reading.doc[slice(*_speaker_phrase(reading.doc, att))])


def _speaker_phrase(doc, att) -> tuple[int, int]:
    """The tokens of the phrase naming the speaker, with the nouns just before it that say who the speaker
    is: "Kenteris' lawyer Gregory Ioannidis"."""
    head = doc[att.source_head]
    lo, hi = min(head.left_edge.i, att.source_tokens[0]), max(head.right_edge.i + 1, att.source_tokens[1])
    while lo > head.sent.start and doc[lo - 1].dep_ in _TITLE_DEPS:
        lo -= 1
    return lo, hi


def _quoted(doc, att, tok) -> bool:
    """``tok`` stands inside quotation marks that open in the content or just before it."""
    lo = max(att.content_tokens[0] - 1, tok.sent.start)
    return any(t.text in _QUOTE_MARKS for t in doc[lo:tok.i]) or att.shape == "quotation"


def _names(reading, tok, ref) -> bool:
    """``tok`` is a mention of ``ref`` by its name ("Russia would ..."), not a pronoun (the speaker's "we"),
    a description ("the country") or an owner of the subject ("the South African economy had grown")."""
    return reading.ctx.actor(tok) is ref and bool(ref.surface)


def _own_group(reading, source, ref, *, subject: bool, tok=None) -> bool:
    """``ref`` is the speaker's own party or group (its affiliation, or a group the article names with it:
    :func:`_speaker_groups`), which a claim is never about; the speaker's state only as the content's
    subject by name ("Kabulov said Russia would ...": a state's official speaks for it), never as "we"
    ("'We have doubled maternity pay,' Ms Hewitt said")."""
    if source.actor.type is not ActorType.PERSON and ref.actor.label.startswith(source.actor.label + " "):
        return True  # "Apple said ... Apple Developer Connection ...": a unit named after the speaker is its own
    aff = dict(source.actor.attributes).get("affiliation")
    if ref.actor.type is ActorType.COUNTRY and tok is not None and tok.pos_ != "PRON" and not subject \
            and party_governs(reading, source, ref.actor.id) is False:
        return False  # "Tory chairman Al Roe said the government had lied" (2005): in opposition, not his
    if _own_government(reading, source, ref, tok):
        return True  # "Housing Minister Ann Lee said the government had acted": her own
    if ref.actor.id != aff and ref.actor.id not in _speaker_groups(reading, source):
        return False
    if ref.actor.type is ActorType.COUNTRY and tok is not None and tok.pos_ != "PRON" \
            and _out_of_office(reading, source):
        return False  # "former minister Ann Lee said the government had misled MPs": not hers now (her "we" is)
    return not (subject and ref.actor.type is ActorType.COUNTRY)


def _own_government(reading, source, ref, tok) -> bool:
    """A member of a state's government (titles ``government_roles``: "Housing Minister Ann Lee") speaks of "the
    government" or "ministers" with no name or owner of their own (titles ``home_organs``): the state they serve,
    while their party governs it and they hold the office (not "shadow", "former": :func:`_out_of_office`)."""
    titles = reading.gazetteer.titles
    return ref.actor.type is ActorType.COUNTRY and tok is not None and tok.lower_ in titles.home_organs \
        and not any(c.dep_ in _OWNER_DEPS for c in tok.children) \
        and dict(source.actor.attributes).get("role", "").lower() in titles.government_roles \
        and party_governs(reading, source, ref.actor.id) is not False and not _out_of_office(reading, source)


def _out_of_office(reading, source) -> bool:
    """The speaker holds no office of the state now: a phrase naming them says so ("former cabinet minister
    Ann Lee", "ex-minister", "shadow home secretary Tom Bell"), so the government they speak of is not theirs."""
    doc = reading.doc
    return any(t.lower_.rstrip("-") in _NOT_HOLDING for lo, hi, _anchor in _who_phrases(reading, source)
               for t in doc[lo:hi])


def _speaker_groups(reading, source) -> set:
    """Ids of the groups (not persons: "a friend of the Tory leader"; nor countries: "former British Commander
    Colonel Bob Stewart" speaks of British soldiers as the state's affiliate may) the article names in a phrase
    saying who the speaker is, at any statement of theirs or any mention by name (:func:`_who_phrases`):
    "Liberal Democrat spokeswoman for women Sandra Gidley", "Peter Saunders of the CMF", "Kirsty Williams,
    for the Lib Dems,", "welcomed by Conservative shadow pensions secretary David Willetts"; not a clause on
    the speaker ("Diane Abbot, who backs Mr Phillips' proposal"), a co-speaker ("Plaid Cymru and the Liberal
    Democrats said") nor an apposition standing for an actor of its own ("Novikov, the militants ...": a
    misparse).  Worked out once per speaker and state of the article's mentions (several claims ask)."""
    memo = reading.memo.setdefault(_speaker_groups, {})
    key = (source.actor.id, len(reading.actors.mentions))  # a mention added later may name a group
    if key not in memo:
        memo[key] = _speaker_groups_of(reading, source)
    return memo[key]


def _speaker_groups_of(reading, source) -> frozenset:
    """:func:`_speaker_groups`, worked out."""
    doc, found = reading.doc, set()
    for lo, hi, anchor_of in _who_phrases(reading, source):
        for tok in doc[lo:hi]:
            ref = reading.ctx.actor(tok)
            if (ref is not None and ref.actor.id != source.actor.id and ref.actor.type not in _NO_GROUP_TYPES
                    and _mention_head(doc, tok, ref).dep_ != "appos" and not _in_clause(tok, anchor_of(tok))):
                found.add(ref.actor.id)
    return frozenset(found) or _titled_for(reading, source)


def _titled_for(reading, source) -> frozenset:
    """A speaker named by a group agent's title and no group ("Spokesman Hans Keller said") speaks for the
    organisation the sentence before his statement quotes ("Fifa has said ... Spokesman Hans Keller said"): its
    ids; none for a person or a state quoted there, nor when the speaker is a group ("a Tory spokesman said")."""
    doc, agents = reading.doc, reading.gazetteer.titles.group_agents
    if source.actor.type is not ActorType.PERSON or not any(t.lower_ in agents for lo, hi, _a in _who_phrases(reading, source) for t in doc[lo:hi]):
        return frozenset()
    for att in reading.attributions:
        sent = doc[att.cue_word].sent
        if not att.has_source or source.actor.id not in {r.actor.id for r in reading.sources(att)} or sent.start == 0:
            continue
        before = doc[sent.start - 1].sent
        return frozenset(r.actor.id for other in reading.attributions
                         if other.has_source and before.start <= other.cue_word < before.end
                         for r in reading.sources(other) if r.actor.type not in _NO_GROUP_TYPES)
    return frozenset()


def _who_phrases(reading, source):
    """(lo, hi, token -> the head its phrase hangs from) of each phrase naming the speaker: at its statements
    (:func:`_speaker_phrase`, with a role the parser made a subject of its own: "[Liberal Democrat spokeswoman
    for women] Sandra Gidley said"), and at every mention of it by name, with the title words before it."""
    doc = reading.doc
    for att in reading.attributions:
        if not att.has_source or source.actor.id not in {r.actor.id for r in reading.sources(att)}:
            continue
        head = doc[att.source_head]
        lo, hi = _speaker_phrase(doc, att)
        title = next((c for c in doc[att.cue_word].children if c.dep_ in ("nsubj", "nsubjpass")
                      and c.i != head.i and c.right_edge.i == lo - 1), None)
        if title is None:
            yield lo, hi, lambda _t, head=head: head
        else:
            yield title.left_edge.i, hi, lambda t, head=head, title=title: title if t.i <= title.right_edge.i else head
    for m in reading.actors.mentions:
        if m.actor.id != source.actor.id or not m.surface:
            continue
        head = _mention_head(doc, doc[m.start], m)
        lo = head.left_edge.i
        while lo > head.sent.start and doc[lo - 1].dep_ in _TITLE_DEPS:
            lo -= 1
        yield lo, head.right_edge.i + 1, lambda _t, head=head: head


def _in_clause(tok, head) -> bool:
    """``tok`` hangs from ``head`` through a clause or a conjunct ("who backs ...", "and the Liberal
    Democrats"), or, after the name, not from it at all."""
    start = tok
    while tok.i != head.i:
        if tok.dep_ in _CLAUSE_LINKS or tok.pos_ in ("VERB", "AUX"):
            return True
        if tok.head.i == tok.i:
            return start.i > head.i  # a title word before the name hangs where the parser put it
        tok = tok.head
    return False


def _not_about(reading, att, source) -> set:
    """Actor ids a statement is not about: the speaker, and whom it or a report inside it is addressed to
    or where it is made (:func:`_addressed`: "Peston wrote that Brown told Mr Blair: ..." is not about
    Mr Blair unless it names him otherwise)."""
    lo, hi = att.content_tokens
    found = {source.actor.id}
    for a in reading.attributions:
        if a is att or lo <= a.cue_word < hi:
            found |= _addressed(reading, a)
        if a is not att and lo <= a.cue_word < hi and a.has_source:
            found |= _cited(reading, a)
    return found


def _cited(reading, att) -> set:
    """Actor ids named inside a report's source that is a thing of theirs, not they ("research by the
    TowerGroup showed", "Gartner's figures suggest"): a co-source of the statement it is nested in, which
    cites them and says nothing about them."""
    doc = reading.doc
    slo, shi = att.source_tokens
    span = doc[slo:shi]
    if shi <= slo or reading.ctx.actor(span.root) is not None \
            or span.root.lemma_.lower() not in reading.lex.cited_sources and span.root.lower_ not in reading.lex.cited_sources:
        return set()
    return {ref.actor.id for tok in span if (ref := reading.ctx.actor(tok)) is not None}


def _addressed(reading, att) -> set:
    """Actor ids of whom a statement is addressed to or where it is made: the cue's object, its recipient
    and its prepositional phrases outside the content, with their owners ("told BBC Radio 4's Today
    programme", "said in an interview with the Times"); not whom the cue charges ("accused Russia of
    arming ...": Russia is what it is about)."""
    cue = reading.doc[att.cue_word]
    heads = [c for c in cue.children if not att.in_content(c.i) and (
        c.dep_ == "dative" or (c.dep_ == "dobj" and att.shape != "verb_prep")
        or (c.dep_ == "prep" and c.lower_ in _VENUE_PREPS))]  # not "on the suspension of Mr Houston, UKIP said"
    found = set()
    for h in heads:
        for tok in _phrase(h):
            ref = reading.ctx.actor(tok)
            if ref is not None and not att.in_content(tok.i) and not (
                    att.source_tokens[0] <= tok.i < att.source_tokens[1]):
                found.add(ref.actor.id)
    if (told := _outlet_told(reading, cue)) is not None:
        found.add(told)
    return found


def _outlet_told(reading, cue) -> str | None:
    """The id of the outlet right after a hearer verb ("He told The Observer government life was ...") that the
    parser took into the content's first phrase: whom the statement is told to, never what it is about."""
    doc = reading.doc
    at = cue.i + 2 if cue.i + 2 < len(doc) and doc[cue.i + 1].lower_ == "the" else cue.i + 1
    if cue.lemma_.lower() not in reading.lex.hearer_verbs or at >= len(doc):
        return None
    ref = reading.ctx.actor(doc[at])
    return ref.actor.id if ref is not None and ref.actor.type is ActorType.MEDIA and ref.start <= at else None


def _phrase(tok) -> list:
    """The words of ``tok``'s phrase up to any clause in it: "the BBC's Today programme", "an interview
    with the Times"; not "both men of supporting ISIL" past "supporting"."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.pos_ not in ("VERB", "AUX")]
    return out


def _owners(reading, noun, att) -> list:
    """The actors owning a noun that names none: "U.S. policymakers", "IS-K's numbers", "the personal
    ambition of Mr Blair and Mr Brown", "the squabbles between Mr Blair and Mr Brown", "their personal ambition"
    (a pair: :func:`_refs`); none of a noun of people or places an actor has but is not (:func:`_unowned`: "UK
    Muslims", "Labour constituencies"), nor of an agent noun that a name of its own makes a thing
    (:func:`_named_thing`: "Sony's Walkman service"; "the EU's Common Fisheries Policy" is the EU's)."""
    if _unowned(reading, noun) or (noun.lemma_.lower() in reading.lex.actor_heads and _named_thing(reading, noun)):
        return []
    mods = [c for c in noun.children if c.dep_ in _OWNER_DEPS and c.i < noun.i]
    mods += [g for p in noun.children if p.dep_ == "prep" and p.lower_ in _OWNER_PREPS
             for o in p.children if o.dep_ == "pobj" for g in conjuncts(o)]
    return [r for c in mods for r in _refs(reading, c, att)
            if not (_nationality(reading, noun, c, r) or _war_place(reading, noun, c, r) or _place_word(reading, noun, c, r)
                    or _maker_of_work(noun, r))]


#: Creative works whose maker owns them only as their author: what is said of "Moore's documentary" is said of
#: the film, not of Michael Moore (the 0.26 read's and prec27's wrong claims about a film's director).
_CREATIVE_WORKS = frozenset({"film", "movie", "documentary", "album", "single", "song", "track", "novel", "book",
                             "musical", "sitcom", "comedy", "drama", "sequel", "biopic", "thriller", "painting",
                             "poem", "play", "opera", "remake", "episode"})


def _maker_of_work(noun, ref) -> bool:
    """A person owning a creative work ("Moore's caustic documentary"): its maker, no party to what is said of it."""
    return ref.actor.type is ActorType.PERSON and noun.lemma_.lower() in _CREATIVE_WORKS


def _place_word(reading, noun, mod, ref) -> bool:
    """A country's name or demonym before a noun that is no agent or thing of the state's (``owners.place_modifier``:
    "would solve the UK pension crisis", "a US rating", "praised French films"): where the thing is, not its owner."""
    titles = reading.gazetteer.titles
    lemma = noun.lemma_.lower()
    return place_modifier(mod, noun, ref, reading.lex) and lemma not in titles.state_agents \
        and lemma not in titles.group_agents


def _war_place(reading, noun, mod, ref) -> bool:
    """A country's name before a mutual noun of conflict ("the Iraq war", "the Kosovo conflict": lexicon
    ``mutual_nouns``) says where or with whom it is fought, not who owns it; not an adjective ("the Russian war")."""
    return ref.actor.type is ActorType.COUNTRY and mod.dep_ == "compound" and mod.pos_ == "PROPN" \
        and noun.lemma_.lower() in reading.lex.mutual_nouns


def _nationality(reading, noun, mod, ref) -> bool:
    """``mod`` is a country's name or demonym before a noun of people by what they do, which says where they are
    from ("British painters", "US lenders", "the Russian world number three"), not that the state does anything;
    not before the state's or a group's own agents ("British soldiers", "US policymakers": ``titles.yaml``, the
    lexicon's ``actor_heads``)."""
    if ref.actor.type is not ActorType.COUNTRY or mod.dep_ not in ("amod", "compound", "nmod") \
            or mod.pos_ not in ("PROPN", "ADJ"):
        return False
    titles = reading.gazetteer.titles
    lemma = noun.lemma_.lower()
    if not lemma.endswith(_PEOPLE_ENDINGS):
        return False
    return not any(lemma in agents for agents in (titles.state_agents, titles.group_agents, reading.lex.actor_heads))


def _unowned(reading, noun) -> bool:
    """``noun`` names people or places of a country or group that are not it: a non-state sector of CAMEO's
    ("Muslims", "workers", "voters", "people"; not the group's own agents of ``titles.yaml``: "Labour
    activists"), or one of the lexicon's ``unowned_nouns`` ("firms", "constituencies"); what is said of them
    is not said of their owner."""
    words = {noun.lower_, noun.lemma_.lower()}
    if words & reading.lex.unowned_nouns:
        return True
    titles = reading.gazetteer.titles
    if words & (titles.state_agents | titles.group_agents):
        return False  # "Labour activists", "a Tory spokesman": a group's agents stand for it
    cameo = load_cameo()
    agent = cameo.agent(noun.text) or cameo.agent(noun.lemma_)
    return agent is not None and not agent.state


def _mention_head(doc, tok, ref):
    """The token whose place in the parse says the mention's role: ``tok`` when it is a head noun standing
    for the actor ("ISIS militants"), else the mention's own root."""
    if not ref.start <= tok.i < ref.end or ref.end <= ref.start:
        return tok
    return next((doc[i] for i in range(ref.start, ref.end) if not ref.start <= doc[i].head.i < ref.end),
                doc[ref.end - 1])


def _participant(att, tok) -> bool:
    """``tok`` takes part in the content: the subject or object of its main clause, of a clause that clause
    coordinates or takes as complement or condition, or of a preposition of a party to it ("discussed the
    campaign with Mr Blair", "betrayed by the British authorities") or of "under" (:func:`_ruled_by`); not one
    named inside a modifier ("the number of Whitehall departments": :func:`_owns_participant` reads the owners of
    subjects and objects), a place, time or topic ("the talks in Kabul",
    "misgivings about UK suspects"), a relative clause on an object ("make the mistake that John Major
    made"), nor inside a clause of cause or concession ("although Mr Howard was forced to ..."); one of time or
    contrast, or an infinitive's subject, takes part (:func:`_time_or_contrast`), and so do the subject of a
    question after a preposition (:func:`_asked_whether`) and an extraposed clause (:func:`_extraposed`)."""
    lo, hi = att.content_tokens
    if tok.dep_ not in _ARGUMENT_DEPS or _describes(tok):
        return False
    agent, start = False, tok
    while lo <= tok.head.i < hi and tok.head.i != tok.i:
        if tok.dep_ == "pobj":
            if not (_party_prep(tok.head) or _ruled_by(tok.head) or _adjectives_prep(tok.head)) \
                    or _subjects_partner(tok.head):
                return False
            tok = tok.head  # the preposition: it hangs from the verb or noun it makes a party of
            agent = tok.dep_ == "agent"
        elif _extraposed(tok):
            tok = tok.head if tok.head.dep_ == "attr" else tok.head.head  # the noun, or the preposition, on "be"
            agent = False
        elif _asked_whether(tok) and _named_subject(start, tok):
            tok = tok.head  # "a decision over whether X would ...", "a question mark as to whether X could ..."
            while tok.head.dep_ == "prep" and tok.dep_ == "prep" and tok.head.i != tok.i and lo <= tok.head.i < hi:
                tok = tok.head
            agent = False
        elif not (_spine_link(tok) or (agent and _made_by(tok)) or _time_or_contrast(tok, start, lo)):
            return False
        else:
            agent = False
        tok = tok.head
    return True


def _made_by(verb) -> bool:
    """``verb`` is a participle on a noun, whose agent made that noun what it is ("the cuts proposed by the
    council would close schools": the council is a party to what is said of the cuts); not a relative clause
    ("the cuts that the council proposed"), which says which one is meant."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _describes(tok) -> bool:
    """``tok`` (or the phrase it is coordinated or in apposition with) is what the subject of a copula is said to
    be: a description or comparison ("our method is Chuck Norris", "he was the Johnny Carson of blogging", "we
    cannot all be David Beckhams"), no party to the content; not after a subject that only points at it ("it was Mr
    Blair who ...", "that's just Hollis")."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "attr":
        return False
    verb = tok.head  # "you don't have to be Einstein": an infinitive copula takes its controller's subject
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subject is not None and subject.lower_ not in _POINTING


def _subjects_partner(prep) -> bool:
    """"with" on a noun that is its clause's subject: a partner in a thing the content is about, not a party to
    what it says ("trade deals with Canada had helped the province grow"; not "had held talks with Canada")."""
    return prep.lower_ == "with" and prep.head.pos_ == "NOUN" and prep.head.dep_ in ("nsubj", "nsubjpass")


def _party_prep(prep) -> bool:
    """A preposition introducing a party: a passive's agent, a recipient, or one of ``_PARTY_PREPS``."""
    return prep.dep_ in ("agent", "dative") or (prep.dep_ == "prep" and prep.lower_ in _PARTY_PREPS)


def _adjectives_prep(prep) -> bool:
    """A preposition on an adjective that is its clause's complement, naming whom or what the adjective is
    about ("was proud of the government's record", "were sceptical about Tory promises", "is typical of Labour
    spin"): a party to what is said, as an object is."""
    return prep.dep_ == "prep" and prep.lower_ in _ADJECTIVE_PREPS and prep.head.pos_ == "ADJ" \
        and prep.head.dep_ == "acomp"


def _ruled_by(prep) -> bool:
    """"under X" on a clause of the content or a noun of it: who governs or leads while it happens ("pensioners were
    worse off under Labour", "face more means-testing under Labour"), a party to what is said; not in a
    comparison ("higher than under Mrs Thatcher")."""
    return prep.lower_ == "under" and prep.dep_ == "prep" and prep.head.pos_ in _RULED \
        and not (prep.i > 0 and prep.doc[prep.i - 1].lower_ in _COMPARING)


def _spine_link(tok) -> bool:
    """``tok``'s link to its head keeps it a party (:func:`_participant`): a role in a clause, a clause the
    content is made of, or a relative clause that says who the subject is ("those who selected Mr Houston
    knew nothing", "the countries that believe the Taliban are against ISIL are misled")."""
    if tok.dep_ == "relcl":
        return tok.head.pos_ == "PRON" or tok.head.dep_ in ("nsubj", "nsubjpass")
    if tok.dep_ not in _ROLE_DEPS | _CLAUSE_DEPS:
        return False
    if tok.dep_ == "advcl" and any(c.lower_ == "even" for c in tok.children if c.dep_ == "advmod"):
        return False  # "even if Mr Blair asked", "even though ...": a concession, no condition
    return not (tok.dep_ == "advcl" and _marks(tok) - _CONDITIONS)


def _extraposed(clause) -> bool:
    """``clause``, parsed as a clause on a noun, follows what an impersonal "it" is said to be, or where it is: the
    clause the "it" stands for ("it was a pity Mr Brown would stay", "it is time for Mr Blair to go", "it is in the
    country's interest that Mr Blair should govern"), what is said."""
    noun = clause.head
    if clause.dep_ == "acl" and not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    copula = noun.head if noun.dep_ == "attr" else noun.head.head if noun.dep_ == "pobj" \
        and noun.head.dep_ == "prep" else None
    return clause.dep_ in ("relcl", "acl") and copula is not None and copula.lemma_ == "be" and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children)


def _time_or_contrast(tok, start, lo: int) -> bool:
    """``tok`` is a clause of time or contrast (``_TIME_CONTRAST``: "when Mr Howard was in government", "while the
    Tories would take the country backwards"), or an infinitive with its subject ("enough for Mr Glazer to take
    control"), in which ``start`` takes part: what it says its actors did or will do is part of what is claimed;
    not "we" there, the speaker's own side ("when we get the games"), nor a clause the content opens with after a
    comma, which no one said ("Keino added tries, while van den Bergh gained ...": a misread cue)."""
    marks = _marks(tok)
    opens = tok.left_edge.i == lo and lo > 0 and tok.doc[lo - 1].is_punct
    infinitive = bool(marks & _INFINITIVE_MARKS) and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        and _named_subject(start, tok)
    return tok.dep_ == "advcl" and start.lower_ not in _FIRST_PERSON and (bool(marks & _TIME_CONTRAST) or infinitive) \
        and marks <= _CONDITIONS | _TIME_CONTRAST | _INFINITIVE_MARKS and not opens


def _asked_whether(tok) -> bool:
    """``tok`` is a question after a preposition ("no decision had been taken over whether Mr Smith would have a
    role", "a question mark as to whether Mr Smith could serve"): who it asks about is what is said."""
    return tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and bool(_marks(tok) & _WHETHER)


def _named_subject(start, clause) -> bool:
    """``start`` is the subject of ``clause`` and no pronoun, which the resolver may have misread ("the time was right
    for him to step down"), nor what an existential names ("whether there's still a Labour government")."""
    return start.head.i == clause.i and start.dep_ in ("nsubj", "nsubjpass") and start.pos_ != "PRON"


def _marks(clause) -> set:
    """The subordinators of a clause ("when", "while", "if")."""
    return {c.lower_ for c in clause.children
            if c.dep_ in ("mark", "advmod") and (c.pos_ == "SCONJ" or c.tag_ == "WRB")}


def claim(reading, att, src, cue, outer, stance, accused=None) -> list:
    """``src`` claims the main actors of what it says; their refs.  After an accusatory cue ("accused Mr
    Blair of ...") the source accuses them (:func:`claim_accusation`) and claims nothing; a cue that is a
    relation of its object ("praised Celtic and Rangers", "criticises the US for ...") is read by
    ``graph.extract.relations`` and claims nothing either.  Given ``accused``, the actors the statement
    accuses (``graph.extract.stance.critical_claim``), it claims those it left out (:func:`_unclaimed`)."""
    targets = _content_targets(reading, att, src) if accused is None else []
    lex = reading.lex
    if cue.lemma_.lower() in lex.accusatory_cues or (
            att.shape == "verb_object" and lex.verb_relation(cue.lemma_) is not None):
        return [ref for _tok, ref in targets]
    if not _says(reading, cue, att):
        return []
    named = targets + _more_participants(reading, att, src, targets) if accused is None \
        else _unclaimed(reading, att, src, accused)
    for tok, ref in named:
        if _own_firm(reading, src, tok, ref):
            continue
        t = make_triple(reading, src, ref, CLAIM_RELATION, cue.i, range(*att.cue_tokens), "claim",
                        RULE_BASE["claim"], stance=stance, att=outer, attributes=quantities(tok, reading.lex),
                        evidence=_evidence(reading.doc, att, tok))
        if t:
            reading.triples.append(t)
    return [ref for _tok, ref in targets]


def _unclaimed(reading, att, src, accused) -> list[tuple]:
    """[(token, ref)] of the actors a statement accuses that :func:`claim` left out: what the content says badly
    of someone is about them ("said his party would show how 'juvenile' the prime minister and chancellor were";
    "It is such a pity that Mr Blair doesn't ...").  Never an actor the statement is not about (the addressee,
    the venue: :func:`_not_about`), nor the speaker of a report inside its content ("said the plan could ...,
    while Labour criticised ...")."""
    lo, hi = att.content_tokens
    barred = _not_about(reading, att, src) | {
        t.object for t in reading.triples if t.relation == CLAIM_RELATION and t.subject == src.actor.id
        and t.pred_start == reading.doc[att.cue_tokens[0]].idx}  # claimed already
    barred |= {r.actor.id for a in reading.attributions if a is not att and lo <= a.cue_word < hi
               for r in reading.sources(a)}  # "said the plan could ..., while Labour criticised ...": Labour speaks
    found = []
    for ref in accused:
        if ref.actor.id not in barred:
            barred.add(ref.actor.id)
            found.append((reading.doc[ref.start], ref))
    return found


def _own_firm(reading, source, tok, ref) -> bool:
    """"the company", "the firm" in what one of a firm's officers says ("chief executive Tom Glocer said the company
    was beginning to grow": ``titles.yaml`` firm_officer_roles, firm_nouns; not "the rival"): the speaker's own firm,
    whichever firm the resolver took it for, and no claim about another; an analyst's "the company" stays."""
    titles = reading.gazetteer.titles
    return ref.how == "coref" and source.actor.type is ActorType.PERSON and tok.pos_ == "NOUN" \
        and dict(source.actor.attributes).get("role", "").lower() in titles.firm_officer_roles \
        and tok.lemma_.lower() in titles.firm_nouns - _OTHER_FIRM \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)


def _more_participants(reading, att, source, targets) -> list[tuple]:
    """[(token, ref)] of the other actors the content names as subjects or objects of its clauses, beside those
    :func:`_content_targets` found (:func:`_named_party`): "said the Liberals could keep out Labour" claims
    Labour too, "said Labour's plans showed Mr Blair was afraid" Mr Blair too.  Not one a relation reported
    inside already links ("said Russia would arm the Taliban": Russia arms the Taliban, attributed), nor any
    actor the first choice bars (the speaker, the addressee: :func:`_not_about`)."""
    if not targets:
        return []  # nothing the content is about ("the South African economy had grown")
    related = {x for t, a, _c, _s in reading.inner if a is att for x in (t.subject, t.object)}
    barred = _not_about(reading, att, source) | related | {ref.actor.id for _tok, ref in targets}
    found = []
    for tok in reading.doc[slice(*_in_sentence(reading.doc, att))]:
        ref = _named_party(reading, att, source, tok)
        if ref is not None and ref.actor.id not in barred:
            barred.add(ref.actor.id)
            found.append((tok, ref))
    return found


def _named_party(reading, att, source, tok):
    """The actor ``tok`` names by a proper name that is the subject or direct object of a clause of the content
    (:func:`_participant`), or None: never a pronoun or a description, which coreference may misread, a
    group's people ("Labour officials"), the object of a preposition ("lines with Labour"), a country (mostly a
    place or a notion: "would hurt Britain"), the speaker's own group, nor the speaker of another report."""
    ref = reading.ctx.actor(tok)
    if ref is None or not att.in_content(tok.i) or tok.pos_ == "PRON" or ref.actor.type is ActorType.COUNTRY \
            or not _names(reading, tok, ref) or not _refs(reading, tok, att) \
            or att.source_tokens[0] <= tok.i < att.source_tokens[1]:
        return None
    head = _mention_head(reading.doc, tok, ref)
    if head.pos_ != "PROPN" or _core_role(head) not in _OWNED_ROLES or not _participant(att, head) \
            or _own_group(reading, source, ref, subject=False) or _another_speaker(reading, att, tok):
        return None
    return ref


def _core_role(tok) -> str:
    """The role in its clause of ``tok``'s phrase, through conjuncts and appositions ("Mr Blair and Mr Brown")."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_


def _says(reading, cue, att) -> bool:
    """The cue says or asserts what it reports: a verb cue is one of the lexicon's ``claim_cues`` ("said",
    "insisted"; not "had hoped to finish with a clash against France") that does not act instead
    (:func:`graph.extract.attribution.acts`: "Stephen Cairns and Jill Shannon claimed the individual titles");
    a statement noun ("Gerrard's claim that ...") makes none."""
    lex = reading.lex
    if att.shape == "request":
        return False  # "urged voters to turn out", "told him to leave": a request, read by the relation rules
    if att.shape == "noun_cue":
        return False  # "backed Steven Gerrard's claim that ...": the writer names a statement, a quote and no claim
    if cue.pos_ not in ("VERB", "AUX"):
        return True  # "according to", a colon, "in a statement"
    return cue.lemma_.lower() in lex.claim_cues and not acts(cue, lex, att)


def _hostile(reading, t, c) -> bool:
    """A reported relation that accuses its subject: a misdeed, or arming someone who should not be."""
    lex = reading.lex
    if t.polarity is not Polarity.POSITIVE:
        return False
    obj_type = next((str(a.type) for a in reading.actors.actors() if a.id == t.object), "")
    if t.relation in lex.accusation_relations:
        # fighting an armed group is no misdeed ("the Taliban are fighting ISIS")
        return obj_type not in lex.exempt_target_types
    if t.relation not in lex.hostile_recipient_relations:
        return False
    if obj_type in lex.hostile_recipient_types:
        return True
    verb = reading.doc[c.verb]
    goods = [verb] + [d for d in verb.children if d.dep_ in ("dobj", "pobj")] + \
            [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"] + \
            [reading.doc[i] for i in c.pred]
    return any(g.lemma_.lower() in lex.military_goods for g in goods)


def claim_accusation(reading, att, src, cue, outer, stance, targets) -> None:
    """``src`` accuses ``targets`` (the claimed actors) after an accusatory cue, and the subject of
    each hostile relation it reports (not the act of a report set beside it: "the Greens said the plan would
    fail, while Labour attacked Tory plans", ``Reading.innermost``)."""
    lex = reading.lex
    accused = list(targets) if cue.lemma_.lower() in lex.accusatory_cues else []
    if str(src.actor.type) not in lex.reporter_types:  # the media report; they do not accuse
        for t, a, c, sref in reading.inner:
            if a is att and _hostile(reading, t, c):
                accused.append(sref if sref.actor.id == t.subject else
                               next((r for r in reading.actors.mentions if r.actor.id == t.subject), None))
    seen = set()
    for r in accused:
        if r is None or r.actor.id in seen or r.actor.id == dict(src.actor.attributes).get("affiliation"):
            continue  # a source reports its own party's or state's acts; it does not accuse them
        seen.add(r.actor.id)
        t = make_triple(reading, src, r, "accuses", cue.i, range(*att.cue_tokens), "claim_accusation",
                        RULE_BASE["claim_accusation"], stance=stance, att=outer,
                        evidence=_evidence(reading.doc, att, reading.doc[r.start]) if att.in_content(r.start) else None)
        if t:
            reading.triples.append(t)


def _denials(reading) -> None:
    """A denial for every denial verb, looking back ``denial_lookback`` sentences for the claim."""
    doc, lex = reading.doc, reading.lex
    sents = list(doc.sents)
    sent_of = {s.start: k for k, s in enumerate(sents)}
    for verb in reading.ctx.of(doc, "verb"):
        # "failed to deny claims" denies nothing
        if verb.lemma_.lower() in lex.denial_verbs and reading.stance(verb.i).polarity is not Polarity.NEGATIVE:
            denial(reading, verb, sents[max(0, sent_of[verb.sent.start] - lex.denial_lookback)].start)


def _sentence_claimants(reading, verb) -> list:
    """The actors named in the one claim noun of the denial's own sentence that names any ("denies using drugs and
    says she will take legal action over Conte's allegations": Conte), none when two claim nouns name claimants:
    the sentence says whose claim is denied, no earlier one is looked for."""
    nouns = [t for t in verb.sent if t.pos_ == "NOUN" and t.lemma_.lower() in reading.lex.claim_nouns and t.i != verb.i]
    named = [found for t in nouns if (found := _named_claimants(reading.ctx, t))]
    return named[0] if len(named) == 1 else []


def _named_claimants(ctx, noun) -> list:
    """Actors named in a claim noun: "Washington's claims", "claims by Washington"."""
    found = [c for c in noun.children if c.dep_ in _CLAIMANT_DEPS]
    found += [g for p in noun.children if p.dep_ == "prep" and p.lower_ in _CLAIMANT_PREPS
              for g in p.children if g.dep_ == "pobj"]
    return [r for r in (ctx.actor(c) for c in found) if r is not None]


def denial(reading, verb, lo_sent: int) -> None:
    """The subject of denial verb ``verb`` denies the claimant of what it denies (looked for back to
    token ``lo_sent``); "X refutes these reports" also negates the reports (:func:`denied_claim`)."""
    ctx, lex = reading.ctx, reading.lex
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if _denied_to(verb, dobj, lex):
        return  # "was repeatedly denied bail": the subject is refused something, it denies nothing
    subs, hops = subjects(verb, lex)
    deniers = [d for d in (ctx.actor(t) for s in subs for t in conjuncts(s)) if d is not None]
    if not deniers:
        return
    if dobj is not None and ctx.actor(dobj) is not None:
        return  # "rejected Pakistan": the verb rules read it
    claimants, anaphoric = [], False
    if dobj is not None and dobj.lemma_.lower() in lex.claim_nouns:
        claimants = _named_claimants(ctx, dobj)
        if not claimants and _has_claimant_phrase(dobj):
            return  # "dismiss concerns from visa staff": the claimant is named, and is no actor
        # "denied the reports": a claim made before; not "rejected suggestions that ...", which says what it denies,
        # nor "denies the charges", answered only to one who charged the denier (a claim naming the denier)
        anaphoric = not claimants and not _own_content(dobj) and lex.noun_relation(dobj.lemma_) != "accuses"
    elif dobj is None and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return  # "Russia denied." denies nothing we can name
    elif dobj is not None and (dobj.lemma_.lower() in lex.hypothetical_nouns
                               or lex.noun_relation(dobj.lemma_) == "requests"):
        claimants = _named_claimants(ctx, dobj)  # "rejected the proposal of the Tories": the plan's owner
        if not claimants:
            return  # "could reject proposals": a plan turned down, no claim answered
    pred = (verb.i, *([dobj.i] if dobj is not None else []))
    together = {r.actor.id for r in deniers}  # "X, Y and Z have all denied the charges": none answers another
    if not claimants and dobj is None:  # "denies using drugs and says she will sue over Conte's allegations"
        claimants = [r for r in _sentence_claimants(reading, verb) if r.actor.id not in together]
    for d in deniers:
        who, denied = [r for r in claimants if r.actor.id not in together], None
        if not who:
            who, denied = _earlier_claimant(reading, d, lo_sent, verb.i, anaphoric, together, _standing(verb, lex))
        for r in who[:1]:
            t = make_triple(reading, d, r, "denies", verb.i, pred, "denial", RULE_BASE["denial"], hops=hops)
            if t:
                reading.triples.append(t)
                if denied is not None and dobj is not None and not _own_content(dobj):
                    denied_claim(reading, d, denied, t)


def _standing(verb, lex) -> bool:
    """A standing denial ("has always denied taking bribes", "has repeatedly denied the reports"): said over time,
    it answers a nearby claim only when that claim is critical (:func:`_critical`)."""
    return any(c.dep_ == "advmod" and c.lower_ in lex.standing_adverbs for c in verb.children)


def _own_content(noun) -> bool:
    """A claim noun with a clause of its own ("rejects a suggestion that he had told ..."): what is denied is that
    clause, not the relations of an earlier report."""
    return any(c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") for c in noun.children)


def _denied_to(verb, dobj, lex) -> bool:
    """A passive denial verb ("was denied a visa"), or one coordinated under a passive, sharing its subject,
    whose object is no claim ("having been charged and repeatedly denied bail"; not "was questioned and
    denied the allegations")."""
    passive = ("auxpass", "nsubjpass")
    if any(c.dep_ in passive for c in verb.children):
        return True
    return (verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
            and any(c.dep_ in passive for c in verb.head.children)
            and not (dobj is not None and dobj.lemma_.lower() in lex.claim_nouns))


def denied_claim(reading, denier, att, denial_triple) -> None:
    """Each relation the denied attribution ``att`` reported, negated and attributed to the denier,
    with the denial sentence as evidence."""
    for t, a, _c, _s in list(reading.inner):
        if a is not att or denier.actor.id == t.attributed_to:
            continue
        reading.triples.append(replace(
            t, polarity=flipped(t.polarity), modality=Modality.REPORTED, attributed_to=denier.actor.id,
            sentence=denial_triple.sentence, start=denial_triple.start, end=denial_triple.end,
            predicate=denial_triple.predicate, pred_start=denial_triple.pred_start, pred_end=denial_triple.pred_end,
            rule="denied_claim", confidence=weaker(t.confidence, denial_triple.confidence),
            attributes=tuple(sorted(set(t.attributes) | {("denies_statement", t.id)}))))


def _has_claimant_phrase(noun) -> bool:
    """"concerns from visa staff", "the Tories' claims": the claim noun says whose claim it is."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _CLAIMANT_PREPS and c.lower_ != "of")
               for c in noun.children)


def _critical(reading, att) -> bool:
    """An attribution that accuses: an accusatory cue ("alleged"), or content whose clause is negative."""
    doc, lex = reading.doc, reading.lex
    if doc[att.cue_word].lemma_.lower() in lex.accusatory_cues:
        return True
    lo, hi = att.content_tokens
    roots = [t for t in doc[lo:hi] if t.head.i == t.i or not lo <= t.head.i < hi]
    return any(clause_valence(r, lo, hi, lex) < 0 for r in roots)


def _earlier_claimant(reading, denier, lo: int, hi: int, anaphoric: bool,
                      together: frozenset | set = frozenset(), critical: bool = False) -> tuple[list, object]:
    """([the claimant], its attribution) of the claim a denial answers, or ([], None): the latest earlier
    claim naming the denier, else, when the denial names a claim ("denied the reports"), the latest
    earlier claim; a denial of something else ("denied their ancestors practised cannibalism", "denied
    the possibility of any tariff increase") answers only a claim about the denier.  Never one of
    ``together`` (who deny with the denier), nor the report the denial is told in ("Mr Smith said Labour had
    rejected the idea": Mr Smith tells of the denial, he made no claim it answers), nor one before a critical claim
    of the denial's own sentence whose source is no actor ("websites which attack the trilogy ..., but Pullman has
    denied his books are anti-religious": the denial answers them); with ``critical`` (a standing denial) only a
    critical claim."""
    doc, ctx = reading.doc, reading.ctx
    best, best_about = None, None
    for a in reading.attributions:
        if not a.has_source or not (lo <= a.cue_word < hi) or a.in_content(hi):
            continue
        src = reading.source(a)
        if src is None and doc[a.cue_word].sent.start == doc[hi].sent.start and (
                _critical(reading, a) or reading.lex.verb_relation(doc[a.cue_word].lemma_) in _HOSTILE_CUES):
            best = best_about = None  # "websites which attack the trilogy ..., but Pullman denied": a critic unnamed
            continue
        if src is None or src.actor.id == denier.actor.id or src.actor.id in together:
            continue
        if critical and not _critical(reading, a):
            continue
        best = (src, a)
        names = {r.actor.id for r in (ctx.actor(t) for t in doc[a.content_tokens[0]:a.content_tokens[1]]) if r}
        if denier.actor.id in names:
            best_about = (src, a)
    found = best_about or (best if best is not None and anaphoric and not _denies_a_charge(reading, hi) else None)
    return ([found[0]], found[1]) if found else ([], None)


def _denies_a_charge(reading, verb_i: int) -> bool:
    """The denier denies doing or being something ("deny conspiring", "denied being leaned on"): a charge
    against them, answered to whoever made it only when that claim named them."""
    return any(c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ in ("VBG", "VBN") for c in reading.doc[verb_i].children)
