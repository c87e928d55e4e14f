"""Within-article coreference: pronouns and definite descriptions, only when sure.

Each case is a small function over a token and the actor mentions found so far.
When more than one actor could be meant, the answer is None: no triple is better
than a wrong one.

* "he/him/his/she/her" -> the one person of that gender (when the name or title tells it,
  ``persons.pronoun_fits``) named earlier in the sentence, else in the previous sentence
  (up to two back if the sentences between name no one); with several candidates, the
  one that is a clause subject, if only one is; never one of an earlier sentence when a person
  subject of the pronoun's own clause comes first ("Gareth Peirce ... said she was shocked"), nor past a new
  person no actor covers ("A Home Office spokesman said ... He added"); a subject of the main verb with candidates
  of an earlier sentence -> its main verb's subject ("Mr Hale said Mr Fry had lied. He added ..."); a narrator's
  subject after a quotation -> past the quotation's sentences that name no one (:func:`_past_quotations`).
  A sayer ("..., he said") is no person named in what it reports (:func:`_own_report`), and when the one an
  earlier sentence would give it is only mentioned there and named in that report, it is the sayer before
  (:func:`_sayer_before`: "... picture Tony Blair doing it. ... And Tony Blair would be ..., he said").
  A "he/she" with no candidate in its own sentence takes none of an earlier one when an unnamed person noun is the
  subject of a clause before it there (:func:`_unnamed_subject_before`: "The woman waited because she ...").
  A narrator's subject "he/she" outside quotation marks takes no person named only inside the quotation of an
  earlier sentence (:func:`_quoted_before`: someone's words; the speaker going on is ``sources``').
  In a direct quotation (:func:`direct_quotation`) a "he/she" is never the quotation's own speaker, who says "I":
  ``sources.drop_quoted_speakers`` takes such a reading back and asks :func:`quoted_personal` again.
* "they/them/their" -> the one plural group in view (an armed group, or a plural head
  such as "officials", "Russians"), never a coordination ("Russia and China ... they"), nor
  past a plural noun that is no actor (an argument in the pronoun's sentence, "whether objectives
  could be met ... deliver them"; a subject in the one before).
* "it/its" -> the one country or organisation in view; never the "it" of "it is
  likely that", nor past a place or body that is no actor ("Wales and its local authorities")
  or a singular subject of its own sentence ("the movement would make itself irrelevant if it"),
  nor a country that only modifies a thing ("The German exchange said it ...").
* "the group", "the party", "the country" ... (``descriptions`` in ``ontology/titles.yaml``) ->
  the most recent actor of that type, if no other actor of that type competes in the sentence or
  the one before (a lone clause subject beats actors that only modify a thing); "the committee",
  "the union" (no types) -> the most recent actor with that word in its name; never an actor
  outside the quotation the description stands in, nor after an adjective that sets it apart
  ("the ruling party"); "the government" (a state organ, ``state_agents``) -> only the state of
  the article, the one country its persons are affiliated to, else the state of the parties it names
  (``party_states``); so is a bare "ministers" or "government plans" (``home_organs``). "The party"
  (``party_descriptions``) is only a political party, "the firm" never one ("his party": ``rules._own_party``).
* "the envoy", "the Russian president" (``role_descriptions``) -> the most recent
  person introduced with a matching role (and affiliation, when a demonym is given), never a holder of
  another office with the same noun ("the chancellor": no Shadow Chancellor, ``other_office_words``).
* "the two men", "both men", "the pair" (lexicon ``pair_nouns``) -> the two persons of the nearest
  sentence before naming two, when the sentences between name no third; "they/them/their" with
  no group of its own -> the two persons coordinated just before it, or the pair a description
  there stands for (``pair_antecedents``, asked by the relation rules: each is a subject or object).
"""
from __future__ import annotations

from bisect import insort
from dataclasses import replace

from ..model import ActorType
from .gazetteer import is_party
from .lexicon import load_lexicon
from .persons import fits_role_phrase, generic_holder, pronoun_fits, pronoun_gender
from .refs import ActorRef
from .scoring import COREF, PARTY_STATE, weaker

__all__ = ["resolve_coreference", "pair_antecedents", "pair_refs", "quotation_start", "direct_quotation", "speaking_it",
           "quoted_personal", "PERSONAL", "PLURAL", "NEUTER"]

PERSONAL = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
NEUTER = {"it", "its", "itself"}
_DEFINITE = {"the", "this", "that"}
_PLEONASTIC_HEADS = {"be", "seem", "appear", "happen", "remain", "become", "take", "matter", "rain"}
_PROPOSITION_HEADS = {"mean", "show", "suggest", "indicate", "follow", "imply", "prove", "say"}
_AGENTS = (ActorType.COUNTRY, ActorType.ARMED_GROUP, ActorType.ORGANIZATION,
           ActorType.INTERNATIONAL_ORGANIZATION, ActorType.MEDIA)
_NON_PERSON = (ActorType.COUNTRY, ActorType.ARMED_GROUP, ActorType.ORGANIZATION,
               ActorType.INTERNATIONAL_ORGANIZATION, ActorType.MEDIA)
_MAX_BACK = 5  # sentences a description may reach back
#: Named entities that are no actor here but could be what "it/its" means ("Wales and its councils").
_NEUTER_RIVAL_LABELS = frozenset({"GPE", "ORG", "LOC", "FAC", "NORP"})


def _start(ref) -> int:
    return ref.start


class _View:
    """Mentions of the article indexed by sentence, for looking back from a token."""

    def __init__(self, doc, refs, party_states=None) -> None:
        self.party_states = party_states or {}  # party id -> the Actor of its state
        self.sents = list(doc.sents)
        self.sent_of: list = [None] * len(doc)  # token index -> sentence index
        for k, s in enumerate(self.sents):
            self.sent_of[s.start:s.end] = [k] * (s.end - s.start)
        self.refs = sorted(refs, key=_start)

    def before(self, tok, sentences_back: int):
        """Refs ending before ``tok``, from ``sentences_back`` sentences earlier up to it, by sentence."""
        k = self.sent_of[tok.i]
        lo = self.sents[max(0, k - sentences_back)].start
        return [r for r in self.refs if lo <= r.start and r.end <= tok.i]

    def add(self, ref) -> None:
        insort(self.refs, ref, key=_start)  # after the refs starting at the same token, as a stable sort

    def in_sentence(self, refs, k: int):
        s = self.sents[k]
        return [r for r in refs if s.start <= r.start < s.end]


def _head(doc, ref):
    return doc[ref.start:ref.end].root


def _distinct(refs) -> list:
    seen, out = set(), []
    for r in reversed(refs):  # most recent first
        if r.actor.id not in seen:
            seen.add(r.actor.id)
            out.append(r)
    return out


def _pick(doc, cands):
    """The one candidate, else the one that is a clause subject, else None."""
    distinct = _distinct(cands)
    if len(distinct) == 1:
        return distinct[0]
    subjects = _distinct([r for r in cands if _head(doc, r).dep_ in ("nsubj", "nsubjpass")])
    return subjects[0] if len(subjects) == 1 else None


def _by_sentence(view, tok, cands_fn, max_back: int):
    """Look at the token's sentence, then back sentence by sentence while sentences name no candidate."""
    k = view.sent_of[tok.i]
    for back in range(0, max_back + 1):
        if k - back < 0:
            return None
        s = view.sents[k - back]
        cands = [r for r in view.refs if s.start <= r.start < s.end and r.end <= tok.i and cands_fn(r)]
        if cands:
            return cands
    return None


# -- pronouns ---------------------------------------------------------------------

def _personal(doc, tok, view, lexicon, besides: str | None = None):
    """'he/his/she/her' -> the single person in view of the pronoun's gender (or the single subject among several);
    never a person named only inside the quotation the pronoun says (:func:`_own_quote`), nor ``besides`` (the id
    of the speaker of the quotation the pronoun stands in, :func:`quoted_personal`)."""
    quoted = _own_quote(doc, tok)
    local = _local_subjects(tok)
    reported = _own_report(tok)
    narrator = tok.dep_ == "nsubj" and quotation_start(doc, tok.i) is None

    def fits(r) -> bool:
        return (r.actor.type is ActorType.PERSON and r.start not in quoted and r.start not in reported
                and r.actor.id != besides and not (narrator and _quoted_before(doc, r, tok, view))
                and not any(r.start <= i < r.end for i in local) and pronoun_fits(tok.lower_, r.actor, lexicon))
    cands = _by_sentence(view, tok, fits, 2)
    if not (cands and view.sent_of[cands[0].start] == view.sent_of[tok.i]) \
            and _unnamed_subject_before(doc, tok, view, lexicon):
        return None  # "The woman waited because she ...": the woman, whom no actor names
    if not cands:
        return _past_quotations(doc, tok, view, fits)
    if view.sent_of[cands[0].start] == view.sent_of[tok.i]:
        return _pick(doc, cands)
    if _speaker_before(doc, tok, view, besides) or _unnamed_speaker(doc, cands[0], tok, view, lexicon) \
            or _unresolved_subject_before(doc, tok, view, cands):
        return None
    picked = _pick(doc, cands) or _main_subject(doc, tok, cands)
    named = {r.actor.id for r in view.refs if r.start in reported and doc[r.start].pos_ != "PRON"
             and _head(doc, r).dep_ != "poss"}  # "is Mr Trump's favourite toy, he said": an owner may be the sayer
    if picked is not None and picked.actor.id in named and not _main_clause_subject(doc, picked) \
            and max(reported) < tok.i and all(t.is_punct for t in doc[max(reported) + 1:tok.i]):  # '..., he said'
        return _sayer_before(doc, tok, view, lambda r: fits(r) and r.actor.id not in named)  # binding by identity
    return picked


#: Person nouns of one sex (titles ``person_nouns`` holds them among others): a "he" is no "woman" before it.
_NOUN_GENDERS = {**dict.fromkeys(("woman", "girl", "sister", "wife", "daughter", "mother", "actress", "heroine",
                                  "spokeswoman", "chairwoman", "supermodel"), "female"),
                 **dict.fromkeys(("man", "boy", "brother", "husband", "son", "father", "actor", "hero", "chairman",
                                  "spokesman"), "male")}


def _unnamed_subject_before(doc, tok, view, lexicon) -> bool:
    """Outside quotation marks in the pronoun's own sentence before it, a person no actor stands for: a singular
    person noun no actor covers ("the woman", "the lawyer": titles ``person_nouns``) that is a clause subject and
    may be of the pronoun's sex (not "politicians talk ...," he said), or a name no person covers after a
    person's role noun ("coach Budge Pountney", NER's organisation).  That is the pronoun's nearest antecedent,
    whom a person named in an earlier sentence is not ("US rapper Snoop Dogg has been sued by a make-up artist.
    The woman waited two years to sue because she was trying to ...": not Snoop Dogg)."""
    gender = pronoun_gender(tok.lower_)
    s = view.sents[view.sent_of[tok.i]]
    covered = {i for r in view.refs for i in range(r.start, r.end)}
    persons = {i for r in view.refs if r.actor.type is ActorType.PERSON for i in range(r.start, r.end)}
    return any(quotation_start(doc, t.i) is None
               and (_unnamed_noun(t, covered, lexicon, gender) or _unnamed_name(t, covered, persons, lexicon))
               for t in doc[s.start:tok.i])


def _unnamed_noun(t, covered, lexicon, gender) -> bool:
    """A singular person noun of the pronoun's sex or either, subject of a clause ("The woman waited ...")."""
    lemma = t.lemma_.lower()
    return t.dep_ in _CLAUSE_SUBJECTS and t.tag_ == "NN" and t.i not in covered and lemma in lexicon.person_nouns \
        and _NOUN_GENDERS.get(lemma, gender) == gender


def _unnamed_name(t, covered, persons, lexicon) -> bool:
    """A name no person covers after a person's role noun ("fined Northampton coach Budge Pountney ... for his
    criticism", NER's organisation): a person the sentence names, whom no actor stands for."""
    def role(w) -> bool:
        return w.pos_ == "NOUN" and w.i not in covered and (w.lower_ in lexicon.person_nouns
                                                            or w.lower_ in lexicon.club_roles)
    if t.pos_ == "PROPN" and t.dep_ != "compound" and t.i not in persons:  # "coach Budge Pountney" as one name
        return any(c.dep_ == "compound" and role(c) for c in t.children)
    return role(t) and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i not in persons for c in t.children)


def _main_clause_subject(doc, ref) -> bool:
    head = _head(doc, ref)
    return head.dep_ in _CLAUSE_SUBJECTS and head.head.dep_ == "ROOT"


def _quoted_before(doc, ref, tok, view) -> bool:
    """The mention lies inside a quotation of an earlier sentence: someone's words, which a narrator's subject
    "he/she" outside quotation marks does not take its person from ('Mr Bannatyne said: "Gordon Brown is a great
    chancellor ..." ... And he branded ...': not Mr Brown; the speaker going on is ``sources``')."""
    return view.sent_of[ref.start] != view.sent_of[tok.i] and quotation_start(doc, ref.start) is not None


_SAYER_REACH = 4  # sentences back a sayer goes on from an earlier sayer


# binding by identity, then the sayer before (free indirect speech): "Nobody, he claimed, could picture Charles
# Kennedy ... They could, however, picture Michael Howard or Tony Blair doing it. ... And Tony Blair would be in the
# very front line, he said": the person an earlier sentence gives the sayer, only mentioned there (not the subject
# of its main verb), is named (by name or description, not a pronoun: "the prime minister will be ..., he
# promised") in what the sayer reports just before it, so the sayer is someone else: the one who claimed before,
# the nearest subject of a verb of saying within ``_SAYER_REACH`` sentences that is not named there; else no one
def _sayer_before(doc, tok, view, fits):
    """The nearest person before the pronoun's sentence, within ``_SAYER_REACH`` sentences, who is the subject of
    a verb of saying (a name, or a "he"/"she" already resolved) and ``fits``; None when there is none."""
    k = view.sent_of[tok.i]
    lo = view.sents[max(0, k - _SAYER_REACH)].start
    reporting = load_lexicon().reporting_verbs  # read once, not per mention (the loader hashes the lexicon file)
    sayers = [r for r in view.refs if lo <= r.start and r.end <= view.sents[k].start and fits(r)
              and _head(doc, r).dep_ == "nsubj" and _head(doc, r).head.lemma_.lower() in reporting]
    return max(sayers, key=lambda r: r.start) if sayers else None


# binding (principle C): "Tony Blair would be in the front line, he said": the sayer is not the one named in what he says
def _own_report(tok) -> frozenset[int]:
    """The tokens of the clause that a "he/she" subject of a verb of saying (lexicon ``reporting_verbs``) reports,
    its clausal complement: a person named there is not the pronoun's ("Gordon Brown would lead the campaign, he
    said": someone else says it), but for the subject of a verb of saying inside it ("Ms Hutt said she hoped ...
    she said", a run-on sentence; "the chancellor said ..., he told activists"); none for any other pronoun."""
    verb = tok.head
    reporting = load_lexicon().reporting_verbs
    if tok.lower_ not in ("he", "she") or tok.dep_ != "nsubj" or verb.lemma_.lower() not in reporting:
        return frozenset()
    said = [t for c in verb.children if c.dep_ == "ccomp" for t in c.subtree]
    sayers = {s.i for t in said if t.lemma_.lower() in reporting
              for c in t.children if c.dep_ == "nsubj" for s in c.subtree}
    return frozenset(range(min(t.i for t in said), max(t.i for t in said) + 1)) - sayers if said else frozenset()


def _unresolved_subject_before(doc, tok, view, cands) -> bool:
    """The sentence the candidates are in has a pronoun of the same gender as its main subject that no actor was
    found for, and no candidate is a subject ("Two years later he played Hunter S Thompson in Terry Gilliam's
    film. He worked again with Tim Burton": the chain runs through that "he", not to a person only mentioned)."""
    gender = pronoun_gender(tok.lower_)
    if gender is None or any(_head(doc, r).dep_ in _CLAUSE_SUBJECTS for r in cands):
        return False
    k = view.sent_of[cands[-1].start]
    s, mentions = view.sents[k], view.in_sentence(view.refs, k)
    return any(pronoun_gender(t.lower_) == gender and t.dep_ in _CLAUSE_SUBJECTS and t.head.dep_ == "ROOT"
               and not any(r.start <= t.i < r.end for r in mentions) for t in doc[s.start:s.end])


_OBJECTS = frozenset({"dobj", "dative", "iobj"})
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _local_subjects(tok) -> list[int]:
    """Binding: an object "him/her" is never the subject of its own clause ("Mr Hale met him": not Mr Hale): the
    token indices of that subject, also one shared through "and" ("Mr Hale arrived and met him") or by subject
    control ("Mr Hale wants to meet him", not "asked Mr Fry to meet him"), or through a copula's noun ("believe
    ISIL to be a threat to them": not ISIL); none for a reflexive or an owner."""
    if tok.lower_ not in ("him", "her", "them") or tok.dep_ == "poss" or tok.tag_ == "PRP$":
        return []
    prep = tok.head
    if tok.dep_ in _OBJECTS:
        verb = tok.head
    elif tok.dep_ == "pobj" and prep.dep_ in ("prep", "agent", "dative") and prep.head.pos_ in ("VERB", "AUX"):
        verb = prep.head
    elif tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.dep_ == "attr" and prep.head.head.lemma_ == "be":
        verb = prep.head.head
    else:
        return []
    subjects = _CLAUSE_SUBJECTS
    for _ in range(3):
        own = [c.i for c in verb.children if c.dep_ in subjects]
        if own:
            return own
        up = verb.head
        if verb.dep_ == "xcomp" and not any(c.dep_ in _OBJECTS for c in up.children):
            subjects = frozenset({"nsubj"})  # "He was detained to prevent him": the detainers prevent, not he
        elif verb.dep_ != "conj":
            return []
        verb = up
    return []


def _main_subject(doc, tok, cands):
    """A pronoun subject of its sentence's main verb -> the one candidate that is the subject of the main verb of
    the sentence before ("Mr Hale said Mr Fry had lied. He added ...": Mr Hale); else None, also when another is
    the subject of a clause coordinated with the main one ("Mr Hale led it but Mr Fry leads it now")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT":
        return None
    subjects = [r for r in cands if _head(doc, r).dep_ in ("nsubj", "nsubjpass")]
    main = _distinct([r for r in subjects if _head(doc, r).head.dep_ == "ROOT"])
    if len(main) != 1 or any(r.actor.id != main[0].actor.id and not _subordinate(_head(doc, r).head)
                             for r in subjects):
        return None
    return main[0]


_SUBORDINATE = frozenset({"advcl", "relcl", "xcomp", "acl", "pcomp", "csubj"})


def _subordinate(verb) -> bool:
    """``verb`` heads a clause embedded below its sentence's main verb ("said [Mr Fry had lied]"), not one
    coordinated with it ("Mr Hale led it [but Mr Fry leads it now]"); a clausal complement counts only under a
    verb of saying (lexicon ``reporting_verbs``): spaCy also makes one of a run-on coordinated clause
    ("Mr Hale met Ms Cole and Mr Fry met Ms Dee")."""
    t = verb
    while t.dep_ != "ROOT" and t.head.i != t.i:
        if t.dep_ in _SUBORDINATE or (t.dep_ == "ccomp" and t.head.lemma_.lower() in load_lexicon().reporting_verbs):
            return True
        t = t.head
    return False


def _unnamed_speaker(doc, cand, tok, view, lexicon) -> bool:
    """A clause subject between a candidate's sentence and the pronoun that is a new person no mention covers: a role
    noun with a name in apposition ("The shadow secretary, Jane Roe, said ... She added": Jane Roe, whom no actor
    names) or an indefinite one ("A party spokeswoman said she ..."); not "the minister", who may be the candidate."""
    lo = view.sents[view.sent_of[cand.start] + 1].start
    covered = {i for r in view.refs for i in range(r.start, r.end)}
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.i not in covered and t.lower_ in lexicon.role_descriptions
               and any(c.dep_ == "appos" or c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
               for t in doc[lo:tok.i])


_MAX_QUOTED = 12  # quotation sentences a speaker's "he said" may reach past


def _past_quotations(doc, tok, view, fits):
    """A narrator's 'he/she' subject after the quotation of a person named before it, sentences that name no one:
    'Ms Lane told the meeting: "We will act. The costs are known. No one is left out." She added ...' (Ms Lane);
    the candidates of the nearest sentence before, when every sentence between lies inside quotation marks and
    names no person and holds no 'he/she' (:func:`_quotation_sentence`); else None."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or quotation_start(doc, tok.i) is not None:
        return None
    k = view.sent_of[tok.i]
    for back in range(1, min(k, _MAX_QUOTED) + 1):
        s = view.sents[k - back]
        cands = [r for r in view.in_sentence(view.refs, k - back) if fits(r) and quotation_start(doc, r.start) is None]
        if cands:
            return None if _speaker_before(doc, tok, view) else _pick(doc, cands)
        refs = view.in_sentence(view.refs, k - back)
        others = {i for r in refs if r.actor.type is not ActorType.PERSON for i in range(r.start, r.end)}
        if not _quotation_sentence(doc, s, others) or any(r.actor.type is ActorType.PERSON for r in refs):
            return None
    return None


def _quotation_sentence(doc, s, others=frozenset()) -> bool:
    """A sentence wholly inside quotation marks that names no person: it opens with a mark or inside an open
    quotation, and holds no 'he/she' nor a PERSON entity outside the tokens ``others`` (actors of other kinds:
    "Labour", which NER may take for a person)."""
    words = [t for t in s if t.text.strip()]
    if not words:
        return True
    if not (words[0].text in _QUOTE_MARKS or quotation_start(doc, words[0].i) is not None):
        return False
    return not any(t.ent_type_ == "PERSON" and t.i not in others or t.lower_ in PERSONAL for t in words)


def quoted_personal(doc, tok, refs, lexicon, speaker: str):
    """'he/she' in a direct quotation -> the one person it can mean but the quotation's speaker (id ``speaker``):
    'Tom Fry cut the budget. Ms Lane said: "He has let us down"' (Tom Fry); else None, also for a person named
    together with the speaker, coordinated or beside it ('Ms Lane and Mr Fry were there. "He was a fine man," Ms
    Lane said': a third may be meant)."""
    found = _personal(doc, tok, _View(doc, [r for r in refs if r.start != tok.i]), lexicon, speaker)
    if found is None:
        return None
    own = _head(doc, found)
    for r in refs:
        head = _head(doc, r)
        if r.actor.id == speaker and (head.head.i == own.head.i or own.dep_ == "conj" and own.head.i == head.i
                                      or head.dep_ == "conj" and head.head.i == own.i):
            return None  # "were Bill Hart and Tom Cole": named alike, a third may be meant
    return found


_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})
_OPENING, _CLOSING = frozenset({"“", "``"}), frozenset({"”", "''"})


def _own_quote(doc, tok) -> range:
    """The tokens of the quotation a pronoun speaks, when it is the subject of the verb just after the
    closing mark ('"... they can play Tomasson," he said': Tomasson is not "he"); else an empty range."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.i < tok.i:
        return range(0)
    close = next((j for j in range(tok.i - 1, max(-1, tok.i - 4), -1) if doc[j].text in _QUOTE_MARKS), None)
    if close is None:
        return range(0)
    start = next((k for k in range(close - 1, max(-1, close - 400), -1) if doc[k].text in _QUOTE_MARKS), None)
    return range(start, close) if start is not None else range(0)


def _speaker_before(doc, tok, view, besides: str | None = None) -> bool:
    """The pronoun's own sentence has a person before it as the subject of a clause the pronoun is in
    ("Gareth Peirce, lawyer for Mr Begg, said she was shocked"): that person, whatever gender the name
    suggests, is a rival to anyone of an earlier sentence; never the subject an object "him/her" cannot be
    (:func:`_local_subjects`: "Tony Blair spoke. Charles Clarke criticised him": Mr Blair)."""
    local = _local_subjects(tok)
    for r in view.in_sentence(view.refs, view.sent_of[tok.i]):
        head = _head(doc, r)
        if (r.end <= tok.i and r.actor.type is ActorType.PERSON and r.actor.id != besides
                and not any(r.start <= i < r.end for i in local)
                and head.dep_ in ("nsubj", "nsubjpass")
                and head.head.left_edge.i <= tok.i <= head.head.right_edge.i):
            return True
    return False


def _rival_between(doc, lo: int, tok, view, fits) -> bool:
    """A word between token ``lo`` and the pronoun that could be what it means but is no actor here:
    ``fits(token)`` of a word outside every actor mention ("whether objectives could be met ... deliver
    them")."""
    covered = {i for r in view.refs for i in range(r.start, r.end)}
    return any(fits(t) for t in doc[lo:tok.i] if t.i not in covered)


def _is_plural_ref(doc, ref) -> bool:
    """An armed group, a plural name or noun of an agent ("the Tories", "Russian officials"), or a "they" resolved
    to one ("They said they would press Labour. And they pledged ...")."""
    head = _head(doc, ref)
    return ref.actor.type is ActorType.ARMED_GROUP or ref.actor.type in _AGENTS and (
        head.tag_ in ("NNS", "NNPS") or ref.how == "coref" and head.lower_ in PLURAL)


def _has_coordination(doc, refs) -> bool:
    heads = {_head(doc, r).i for r in refs}
    return any(_head(doc, r).dep_ == "conj" and _head(doc, r).head.i in heads for r in refs)


def _plural(doc, tok, view):
    """'they/them/their' -> the one plural group in view."""
    k = view.sent_of[tok.i]
    local = _local_subjects(tok)  # binding: "ISIL is a threat to them" is no threat of ISIL to ISIL
    for back in (0, 1):
        if k - back < 0:
            return None
        window = [r for r in view.in_sentence(view.refs, k - back) if r.end <= tok.i
                  and not any(r.start <= i < r.end for i in local)]
        if _has_coordination(doc, window):
            return None
        # a state read off a bare organ ("ministers") is no antecedent: "they" is the group that holds them to account
        distinct = _distinct([r for r in window if _is_plural_ref(doc, r)
                              and not (r.how == "coref" and r.actor.type is ActorType.COUNTRY)])
        if not distinct and tok.dep_ in ("nsubj", "nsubjpass") and quotation_start(doc, tok.i) is None:
            distinct = _distinct([r for r in window if _collective(doc, r)])  # one body as subject: "Labour ... they"
            if distinct and any(r.actor.type in _AGENTS and r.actor.id != distinct[0].actor.id for r in window):
                return None  # "Labour told Russia they ...": another body could be meant
        own = view.sents[k].start
        before = view.sents[k - back].start  # the sentence before, whole: "all four were ... run by al-Qaeda"
        if distinct and (_rival_between(doc, max(distinct[0].end, own), tok, view, _plural_noun)
                         or _rival_between(doc, before, doc[own], view, _plural_subject)):
            return None  # "objectives", "the authorities", "all four": a plural that is no actor competes
        if distinct:
            return distinct[0] if len(distinct) == 1 else None
    return None


def _collective(doc, ref) -> bool:
    """A party, union, club or firm named in the singular as the one subject of a clause outside a quotation, which
    British English may call "they" ("Labour said they would ..."); not a modifier ("Labour's plans", "Labour
    MPs"), an object ("a survey by Mori ... they"), nor one of a coordination ("the League and the RSPCA say they")."""
    head = _head(doc, ref)
    return (ref.actor.type is ActorType.ORGANIZATION and ref.how != "coref" and head.tag_ in ("NNP", "NN")
            and head.dep_ in ("nsubj", "nsubjpass") and quotation_start(doc, ref.start) is None
            and not any(c.dep_ == "conj" and not ref.start <= c.i < ref.end for t in doc[ref.start:ref.end]
                        for c in t.children))


def _plural_noun(t) -> bool:
    """A plural argument of the pronoun's own sentence."""
    return t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr")


def _plural_subject(t) -> bool:
    """A plural subject of a finite verb of the sentence before ("the authorities felt", "all four were")."""
    return t.tag_ in ("NNS", "CD") and t.dep_ in ("nsubj", "nsubjpass") and t.head.tag_ in ("VBD", "VBZ", "VBP")


def _pleonastic(tok) -> bool:
    """'it is likely that', 'it seems', 'make it clear': an 'it' that names nothing."""
    if tok.dep_ == "expl":
        return True
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in _PROPOSITION_HEADS:
        return True  # "it means ...", "it shows ...": a fact, not an actor
    if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in _PLEONASTIC_HEADS:
        return any(c.dep_ in ("ccomp", "xcomp", "acomp", "attr", "advcl") for c in head.children)
    return tok.dep_ == "dobj" and any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in head.children)


def _neuter(doc, tok, view, lexicon):
    """'it/its' -> the one country or organisation in the sentence, else in the previous one."""
    if speaking_it(tok):
        return _speaking_neuter(doc, tok, view, lexicon)
    if tok.lower_ != "its" and (_pleonastic(tok) or tok.dep_ not in ("nsubj", "nsubjpass")):
        return None  # an object "it" is as often a claim or an event as an actor
    cands = _by_sentence(view, tok, lambda r: r.actor.type in _NON_PERSON and not _is_plural_head(doc, r), 1)
    if not cands:
        return None
    distinct = _distinct(cands)
    if len(distinct) != 1 or any(_modifies_a_thing(doc, r, lexicon) for r in cands):
        return None  # "The German exchange said it ...": the exchange, not Germany
    lo = distinct[0].end
    if _rival_between(doc, lo, tok, view, _neuter_rival):
        return None  # "Wales and its local authorities": a place or body that is no actor stands nearer
    if _rival_between(doc, max(lo, view.sents[view.sent_of[tok.i]].start), tok, view, _singular_subject):
        return None  # "the movement would make itself irrelevant if it ..."
    return distinct[0]


def speaking_it(tok) -> bool:
    """'It said ...', '..., it added': an active "it" subject of a verb of saying (lexicon ``reporting_verbs``) that
    reports a clause, in the main clause; not "it is thought", "it was confirmed" (passive), "it says a lot" (no
    clause), nor one inside another's report ("Peter Saunders of the CMF said it believed ...")."""
    head = tok.head
    return (tok.lower_ == "it" and tok.dep_ == "nsubj" and head.lemma_.lower() in load_lexicon().reporting_verbs
            and (head.dep_ == "ROOT" or head.dep_ == "conj" and head.head.dep_ == "ROOT")  # not "X said it believed"
            and not any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
            and any(c.dep_ == "ccomp" for c in head.children))


def _speaking_neuter(doc, tok, view, lexicon):
    """A speaking "it" (:func:`speaking_it`) -> the one organisation or country in its sentence or the one before,
    when that one is the subject of a clause there ("..., the TUC has said. It said data ...": the TUC; "The Electoral
    Commission says ... It also says"); never past a singular noun subject that is no actor ("A report by the NAO
    says ... It says": the report), nor one that only modifies a thing ("The Sunday Telegraph journalist ... It
    claims")."""
    cands = _by_sentence(view, tok, lambda r: r.actor.type in _NON_PERSON and not _is_plural_head(doc, r), 1)
    if not cands:
        return None
    distinct = _distinct(cands)
    if len(distinct) != 1 or any(_modifies_a_thing(doc, r, lexicon) or _possessed_name(doc, r) for r in cands):
        return None
    last = cands[-1]
    if not any(_head(doc, r).dep_ == "nsubj" and quotation_start(doc, r.start) is None for r in cands):
        return None  # only an object or owner ("a letter to the TUC"), or a body named in someone's quotation
    if _rival_between(doc, last.end, tok, view, lambda t: _neuter_rival(t) or _singular_subject(t) and (
            t.head.dep_ == "ROOT")):
        return None  # "A report ... says": a main clause's subject, not one of what is reported ("says a cap is")
    return distinct[0]


def _possessed_name(doc, ref) -> bool:
    """A name a person owns: "Brown's Britain, by Robert Peston, says" is a book, not the UK (not "the UK's DTI")."""
    return any(c.dep_ == "poss" and c.ent_type_ == "PERSON" and not ref.start <= c.i < ref.end
               for c in _head(doc, ref).children)


def _singular_subject(t) -> bool:
    """A singular common noun subject of the pronoun's own sentence, before it."""
    return t.tag_ == "NN" and t.dep_ in ("nsubj", "nsubjpass")


def _modifies_a_thing(doc, ref, lexicon) -> bool:
    """The mention only modifies a common noun that is no organ of it ("the German exchange", "UK
    firms"; not "the Afghan government", ``state_agents``, nor "ISIS militants", ``group_agents``)."""
    root = _head(doc, ref)
    head = root.head
    return (root.dep_ in ("amod", "compound", "nmod") and head.pos_ == "NOUN" and not ref.start <= head.i < ref.end
            and head.lemma_.lower() not in lexicon.state_agents | lexicon.group_agents)


def _neuter_rival(t) -> bool:
    """A name of a place or body that no actor mention covers: an entity of those kinds, or an untyped
    proper noun as an argument ("Wales and its ...")."""
    return t.ent_type_ in _NEUTER_RIVAL_LABELS or (
        t.tag_ == "NNP" and not t.ent_type_ and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"))


def _is_plural_head(doc, ref) -> bool:
    return _head(doc, ref).tag_ in ("NNS", "NNPS")


# -- definite descriptions ------------------------------------------------------------

def _definite_np(tok, lexicon) -> bool:
    """'the group', 'this country': a determiner, no name or 'of' phrase that makes it a new entity, no adjective
    that sets it apart from the one named before ("the central bank", "the other party", "the ruling party")
    unless it is a description word itself ("the militant group": ``militants``)."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
        return False
    if any(c.dep_ in ("compound", "poss", "nummod") for c in tok.children):
        return False
    if any(c.i < tok.i and (c.pos_ == "PROPN" or "-" in c.text) for c in tok.children):
        return False  # "the U.S.-led movement", "the Afghan group": a new entity, not a reference
    if any(c.dep_ == "amod" and c.pos_ in ("ADJ", "VERB") and c.i < tok.i
           and not {c.lower_, c.lower_ + "s"} & lexicon.descriptions.keys() for c in tok.children):
        return False  # "the opposition party" is a compound, "the ruling party", "the other firm" adjectives
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def quotation_start(doc, i: int) -> int | None:
    """The token opening the quotation that token ``i`` stands in, within its paragraph, else None.
    Read from one pass over a view's tokens (:func:`_quotation_starts`), kept in the view's ``memo``."""
    memo = getattr(doc, "memo", None)
    if memo is None or not 0 <= i < len(doc):
        return _quotation_start(doc, i)
    starts = memo.get(_quotation_starts)
    if starts is None:
        starts = memo[_quotation_starts] = _quotation_starts(doc)
    return starts[i]


def _quotation_starts(doc) -> list:
    """:func:`quotation_start` of every token, in one pass: the marks read from its paragraph's start."""
    starts, opened, lo = [], None, 0
    for t in doc:
        starts.append(opened)
        if "\n" in t.text:  # the next token starts a paragraph
            opened, lo = None, t.i + 1
        elif t.text in _OPENING:
            opened = t.i
        elif t.text in _CLOSING:
            opened = None
        elif t.text in _QUOTE_MARKS:
            opened = None if t.i > lo and not doc[t.i - 1].whitespace_ else t.i
    return starts


def _quotation_start(doc, i: int) -> int | None:
    """:func:`quotation_start` of one token, scanning back to its paragraph's start."""
    lo = i
    while lo > 0 and "\n" not in doc[lo - 1].text:  # a token's trailing space is never a line break
        lo -= 1
    opened = None
    for t in doc[lo:i]:
        if t.text in _OPENING:
            opened = t.i
        elif t.text in _CLOSING:
            opened = None
        elif t.text in _QUOTE_MARKS:  # a straight mark closes when it sticks to the word before it
            opened = None if t.i > lo and not t.doc[t.i - 1].whitespace_ else t.i
    return opened


_CLAUSE_BREAKS = frozenset({":", ",", ".", "?", "!", ";", "-", "—", "–"})


def direct_quotation(doc, i: int) -> int | None:
    """The opening mark of the direct quotation token ``i`` stands in: a quotation opening a paragraph or
    sentence or following a colon or comma ('She added: "..."', '"...," he said'), the speaker's own words;
    None outside one, or in a phrase quoted inside reported speech ('said he was "sorry he went"', whose
    "he" may be the speaker)."""
    q = quotation_start(doc, i)
    if q is None or q == 0 or doc[q].sent.start == q:
        return q
    for t in reversed(doc[max(0, q - 3):q]):
        if "\n" in t.text:
            return q  # a paragraph opens with the quotation
        if t.text.strip():
            return q if t.text in _CLAUSE_BREAKS else None
    return None


def _description(doc, tok, view, types, lexicon):
    """'the party' -> the most recent actor of the type, unless another of the type competes in view (the one
    clause subject among actors that otherwise only modify a thing wins: "Labour hit back at the Tory
    proposals"); a description with no types -> the most recent actor with the noun in its name ("the
    committee": the Commons science and technology committee); never one outside the quotation the
    description stands in.  A description of a state means the state of the article (:func:`_home_state`)
    when no country is in view, and nothing when the country in view is another ("criticised the government
    over its case for war" in a British story naming Iraq); a country that only modifies a thing ("Iraq
    intelligence") is none; a state organ ("the government", ``state_agents``) is only ever the state of the
    article."""
    states = set(types) == {ActorType.COUNTRY}
    kinds = {n for n, ts in lexicon.descriptions.items() if not ts}  # "union", "committee": words of names

    def fits(r):  # "the Tories", "Amnesty International members" are parties; "the Russians" no country
        if not types:
            return r.actor.type is not ActorType.PERSON and tok.lower_ in r.actor.label.lower().split()
        if any(w in kinds for w in r.actor.label.lower().split()):
            return False  # "the National Union of Journalists" is no party
        if (tok.lower_ in lexicon.party_descriptions) is not is_party(r.actor):
            return False  # "the party" is no firm ("whose company PowderJect ... gave £500,000 to the party")
        return r.actor.type in types and not (r.actor.type is ActorType.COUNTRY and (
            _is_plural_head(doc, r) or _modifies_a_thing(doc, r, lexicon)))

    quoted = quotation_start(doc, tok.i)
    organ = tok.lemma_.lower() in lexicon.state_agents
    home = _home_state(view, tok, organ) if states else None
    if home is not None and organ and _devolved(view, home, lexicon):
        home = None  # "the government" of a story on the Scottish Executive: not the UK for sure
    if states and organ:
        return home  # "the government", an organ no demonym places: the article's own state, or none
    said = _own_quote(doc, tok)  # '"... growth for Sandoz ...," the firm said': the speaker is not Sandoz
    cands = _by_sentence(view, tok, lambda r: fits(r) and r.start not in said, _MAX_BACK)
    if not cands:
        return home
    # rivals: other actors of the type from the sentence found up to the token, and from the one before it when
    # the description reaches back past the sentence before its own ("Unilever is not alone ... Oil giant Shell
    # dismantled ... An analyst said .... The company said": Unilever competes)
    k = view.sent_of[cands[-1].start]
    lo = view.sents[k - 1 if 0 < k < view.sent_of[tok.i] - 1 else k].start
    rivals = [r for r in view.refs if lo <= r.start and r.end <= tok.i and fits(r) and r.start not in said]
    distinct = _distinct(rivals)
    if len(distinct) > 1:
        subjects = _distinct([r for r in rivals if _head(doc, r).dep_ in ("nsubj", "nsubjpass")])
        others = [r for r in rivals if subjects and r.actor.id != subjects[0].actor.id]
        if len(subjects) == 1 and all(_modifies_a_thing(doc, r, lexicon) for r in others):
            distinct = subjects
    if len(distinct) != 1 or (home is not None and home.actor.id != distinct[0].actor.id):
        return None
    if quoted is not None and distinct[0].start < quoted and not states:
        return None  # "... the party", said inside a quotation, is the speaker's, not the one named before it
    return distinct[0]


def _home_state(view, tok, organ: bool = False):
    """The state of the article: the one country the article names that its persons are affiliated to (Tony
    Blair and Gordon Brown: the United Kingdom), or, when no person is placed in a state (:func:`_placed`: none,
    or only in groups the article names), the one country it names; as the mention of it nearest before ``tok``, else the first after; None when they are affiliated
    to several, or to none the article names."""
    named = {}
    for r in view.refs:
        named.setdefault(r.actor.id, r.actor.type)
    affs = {dict(r.actor.attributes).get("affiliation") for r in view.refs if r.actor.type is ActorType.PERSON}
    states = {a for a in affs if named.get(a) is ActorType.COUNTRY}
    if not states and not _placed(view, named, affs):
        states = {a for a, t in named.items() if t is ActorType.COUNTRY}  # no one placed: the one country named
    if organ and (votes := _state_votes(view, named)):  # the state its parties and politicians point to
        voted = _voted_state(view, votes)
        return None if voted is None else _state_mention(view, tok, voted)
    if not states:  # "Tory leader Michael Howard": placed by party only; an organ's state, not "the nation"
        return _party_state(view, tok, affs) if organ else None
    if len(states) != 1:
        return None  # several
    home = next(iter(states))
    mentions = [r for r in view.refs if r.actor.id == home and r.how != "coref"]
    before = [r for r in mentions if r.end <= tok.i]
    if not mentions:  # named only by an earlier "ministers" this reading resolved
        return next(r for r in view.refs if r.actor.id == home)
    return before[-1] if before else mentions[0]


def _placed(view, named, affs) -> bool:
    """Some person of the article is placed in a state: affiliated to a party, or to an actor the article never
    names (Tony Blair's United Kingdom) or names as a country; not one affiliated only to a group it names
    ("HACAN chairman John Stewart", "Stop Stansted Expansion chairman Peter Sanders"), which places no one."""
    return any(a in view.party_states or named.get(a) in (None, ActorType.COUNTRY) for a in affs - {None})


def _party_state(view, tok, affs):
    """The state of the parties an article names or places its persons in (``party_states``), when they all
    have one; as its mention nearest before ``tok``, else a mention at ``tok`` of the state it never names."""
    parties = affs | {r.actor.id for r in view.refs} | {
        dict(r.actor.attributes).get("party") for r in view.refs if r.actor.type is ActorType.PERSON}
    homes = {view.party_states[p].id: view.party_states[p] for p in parties if p in view.party_states}
    if len(homes) != 1:
        return None
    state = next(iter(homes.values()))
    mentions = [r for r in view.refs if r.actor.id == state.id and r.how != "coref"]
    before = [r for r in mentions if r.end <= tok.i]
    if mentions:
        return before[-1] if before else mentions[0]
    return ActorRef(state, tok.i, tok.i + 1, "coref", PARTY_STATE)


def _state_votes(view, named) -> dict:
    """State id -> how many distinct parties and persons of the article point to it: a person by the country
    of their affiliation (named, or a state of ``party_states`` though unnamed: Tony Blair's United Kingdom), else
    by their party's state; a party by its state."""
    known = {a.id for a in view.party_states.values()}
    votes, seen = {}, set()
    for r in view.refs:
        if r.actor.id in seen:
            continue
        seen.add(r.actor.id)
        attrs = dict(r.actor.attributes) if r.actor.type is ActorType.PERSON else {}
        aff, party = attrs.get("affiliation"), attrs.get("party") if attrs else r.actor.id
        if aff is not None and (named.get(aff) is ActorType.COUNTRY or aff in known):
            state = aff
        else:
            state = next((view.party_states[p].id for p in (aff, party) if p in view.party_states), None)
        if state is not None:
            votes[state] = votes.get(state, 0) + 1
    return votes


def _voted_state(view, votes: dict):
    """The Actor of the state the article's parties and politicians point to (:func:`_state_votes`) when they
    all point to it, or a clear majority does (at least twice the votes and two more than any other); None
    when none points anywhere or nothing decides (a summit of two leaders)."""
    votes = sorted(votes.items(), key=lambda kv: -kv[1])
    if not votes or len(votes) > 1 and (votes[0][1] < 2 * votes[1][1] or votes[0][1] < votes[1][1] + 2):
        return None
    state = votes[0][0]
    return next((r.actor for r in view.refs if r.actor.id == state),
                next((a for a in view.party_states.values() if a.id == state), None))


def _state_mention(view, tok, state):
    """The state's mention nearest before ``tok``, else its first after, else its earlier coref mention, else a
    mention at ``tok`` of the state the article never names."""
    mentions = [r for r in view.refs if r.actor.id == state.id and r.how != "coref"]
    before = [r for r in mentions if r.end <= tok.i]
    if mentions:
        return before[-1] if before else mentions[0]
    earlier = next((r for r in view.refs if r.actor.id == state.id), None)
    return earlier or ActorRef(state, tok.i, tok.i + 1, "coref", PARTY_STATE)


def _devolved(view, home, lexicon) -> bool:
    """The article names a devolved government of the state ``home`` stands for (``devolved_bodies`` in
    ``ontology/titles.yaml``: "the Scottish Executive", "the Welsh Assembly"), so a bare "ministers" or "the
    government" may be its own, not the state's: none of them goes to the state."""
    bodies = lexicon.devolved_bodies.get(home.actor.id, ())
    return any(r.actor.id in bodies and r.how != "coref" for r in view.refs)


def _bare_organ(tok, lexicon) -> bool:
    """ "ministers", "government plans", "the government": a state organ with no determiner but "the" or
    "this", and no adjective, name, owner, number or "of", "from", "in" or "at" phrase that makes it another's
    ("local government", "Labour ministers", "a government that ...", "ministers of the Scottish Executive", "ministers
    in Baghdad")."""
    if tok.lower_ not in lexicon.home_organs or tok.tag_ in ("NNP", "NNPS") or tok.ent_type_:
        return False
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ not in ("the", "this"):
            return False
        if c.dep_ in ("amod", "compound", "poss", "nummod", "nmod", "appos") and c.i < tok.i:
            return False
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "in", "at"):
            return False  # "ministers from 20 countries", "the government in Baghdad", "officials at the bank"
    return True


def _organ_name(doc, tok, lexicon, covered) -> int:
    """The end of a state organ's name (``home_organ_names``: "the Treasury", "the Court of Appeal") starting at
    ``tok`` and standing alone, or past the state-agent noun it modifies ("Treasury officials"); 0 when there is
    none: inside a longer name or after a word of its own ("the European Court", "the Scottish Parliament", "the
    shadow cabinet", "a Parliament", "its Cabinet"), or modifying another noun ("Parliament Act", "Lords inquiry")."""
    before = doc[tok.i - 1] if tok.i > tok.sent.start else None  # "the European Court", "pro-Parliament"
    if before is not None and (before.text[:1].isupper() and before.lower_ not in ("the", "this")
                               and before.i > tok.sent.start or before.text == "-"):
        return 0
    for words in lexicon.organ_names().get(tok.text, ()):
        end = tok.i + len(words)
        if tuple(t.text for t in doc[tok.i:end]) != words or any(i in covered for i in range(tok.i, end)):
            continue
        if end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
            return 0  # "the Treasury Select Committee", "Parliament Square"
        root = doc[tok.i:end].root
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.text[:1].isupper():
            return 0  # "an Act of Parliament", "the Houses of Parliament": a name of its own
        if any(c.i < tok.i and (c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") or c.dep_ == "det" and
                                c.lower_ not in ("the", "this")) for c in root.children):
            return 0
        if root.dep_ in ("compound", "amod", "nmod") and root.head.i >= end:
            agents = lexicon.state_agents
            head = root.head
            return head.i + 1 if head.lemma_.lower() in agents or head.lower_.rstrip("s") in agents else 0
        return end
    return 0


def _demonym_affiliations(tok, refs_at):
    """Countries that qualify a role noun: "the Russian envoy", "the leader of the Bosnian Serbs"."""
    toks = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        toks += list(prep.subtree)
    out = set()
    for c in toks:
        ref = refs_at(c.i)
        if ref is not None and ref.actor.type is not ActorType.PERSON:
            out.add(ref.actor.id)
    return out


def _role_description(doc, tok, view, role_words, refs_at, other_office=frozenset()):
    """'the envoy', 'the special Russian representative' -> the most recent person with that role; never one
    whose role has a word of ``other_office`` the description lacks ("the chancellor": no Shadow Chancellor)."""
    wanted = {w.lower() for w in role_words}
    affs = _demonym_affiliations(tok, refs_at)
    own = {c.lower_ for c in tok.children if c.i < tok.i}
    persons = [r for r in view.refs if r.end <= tok.i and r.actor.type is ActorType.PERSON]
    for r in reversed(persons):
        attrs = dict(r.actor.attributes)
        role = attrs.get("role", "").lower().split()
        if not wanted & set(role) or (set(role) & other_office) - own:
            continue
        if affs and attrs.get("affiliation") not in affs:
            continue
        return r
    return None


def _role_np(tok, refs_at) -> bool:
    """A definite role noun: other modifiers allowed, but no name inside ("the Taliban envoy" is not one)."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) or generic_holder(tok):
        return False  # "the incumbent chancellor": any holder, not the one named before
    for c in tok.children:
        if c.dep_ in ("compound", "poss") or (c.dep_ == "amod" and c.pos_ == "PROPN"):
            ref = refs_at(c.i)
            if ref is None or ref.actor.type is not ActorType.COUNTRY:
                return False
    return True


def resolve_coreference(doc, refs, lexicon, party_states=None) -> list:
    """ActorRefs (how="coref") for pronouns and definite descriptions not already covered by ``refs``;
    ``party_states`` maps a party's id to the Actor of its state (the article's state, :func:`_home_state`)."""
    view = _View(doc, refs, party_states)
    covered = {i: r for r in refs for i in range(r.start, r.end)}
    out = []
    words = (PERSONAL | PLURAL | NEUTER | lexicon.descriptions.keys() | lexicon.role_descriptions.keys()
             | lexicon.home_organs)
    for tok in doc:
        low = tok.lower_
        if tok.text in lexicon.organ_names() and (end := _organ_name(doc, tok, lexicon, covered)):
            home = _home_state(view, tok, True)  # "the Treasury", "the Court of Appeal": the article's state
            if home is not None:
                ref = ActorRef(home.actor, tok.i, end, "coref", weaker(COREF["description"], home.confidence))
                out.append(ref)
                covered.update(dict.fromkeys(range(tok.i, end), ref))
                view.add(ref)
            continue
        if low not in words or tok.i in covered:
            continue  # no pronoun or description resolved below, or already an actor
        target, kind = None, None
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
            if low in PERSONAL:
                target, kind = _personal(doc, tok, view, lexicon), "person"
            elif low in PLURAL:
                target, kind = _plural(doc, tok, view), "plural"
            elif low in NEUTER:
                target, kind = _neuter(doc, tok, view, lexicon), "neuter"
        elif tok.pos_ in ("NOUN", "PROPN"):
            if low in lexicon.descriptions and _definite_np(tok, lexicon):
                target, kind = _description(doc, tok, view, lexicon.descriptions[low], lexicon), "description"
            elif low in lexicon.role_descriptions and _role_np(tok, covered.get):
                target = _role_description(doc, tok, view, lexicon.role_descriptions[low], covered.get,
                                           lexicon.other_office_words)
                if target is not None and not fits_role_phrase(doc, tok, target.actor, covered, lexicon):
                    target = None  # "the prime minister" is not the Deputy Prime Minister
                kind = "role"
            if target is None and kind is None and _bare_organ(tok, lexicon):
                target, kind = _home_state(view, tok, True), "description"  # "ministers", "government plans"
                if target is not None and _devolved(view, target, lexicon):
                    target = None  # "ministers" in a story on the Scottish Executive: its own, not the UK's
        if target is not None:
            ref = ActorRef(target.actor, tok.i, tok.i + 1, "coref", weaker(COREF[kind], target.confidence))
            out.append(ref)
            covered[tok.i] = ref
            view.add(ref)  # "the envoy ... his remarks": later pronouns see earlier resolutions
    return out


# -- plural descriptions of two persons ------------------------------------------------

_PAIR_BACK = 3  # sentences "the two men" may reach back


def _pair_description(tok, lexicon) -> bool:
    """ "the pair", "the duo", "the two", "the two men", "both men" (not "two men": a new pair)."""
    low = tok.lemma_.lower()
    if low not in lexicon.pair_nouns or tok.tag_ in ("NNP", "NNPS"):
        return False
    marks = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "nummod", "preconj")}
    if low in ("man", "woman"):
        return tok.tag_ == "NNS" and ("both" in marks or {"the", "two"} <= marks)
    return "the" in marks


def pair_refs(tok, actor, lexicon) -> list:
    """The :func:`pair_antecedents` of ``tok`` as mentions at the token, with the confidence of a plural
    resolution."""
    return [replace(r, start=tok.i, end=tok.i + 1, how="coref", confidence=weaker(COREF["plural"], r.confidence))
            for r in pair_antecedents(tok, actor, lexicon)]


def pair_antecedents(tok, actor, lexicon) -> list:
    """The two persons a plural description or pronoun stands for, else none: for "the two men", "the pair"
    (:func:`_pair_description`) the only two persons named in the sentences before its own (up to
    ``_PAIR_BACK``), named together in one, or the two coordinated in the nearest sentence naming two when the
    sentences between name no one else ("Mr Blair and Mr Brown's responses"); never when one of them introduces
    a new pair ("two men were arrested"); for "they/them/their" (:func:`_plural_pair`) the two persons
    coordinated just before it.  ``actor`` resolves a token (``RuleContext.actor``)."""
    if tok.lower_ in PLURAL and tok.tag_ in ("PRP", "PRP$"):
        return _plural_pair(tok, actor, lexicon)
    if not _pair_description(tok, lexicon):
        return []
    sent, found = tok.sent, None
    nearer: set = set()  # the persons of the sentences walked so far
    for _ in range(_PAIR_BACK):
        if sent.start == 0:
            break
        sent = tok.doc[sent.start - 1].sent
        if any(t.lemma_.lower() in lexicon.pair_nouns and not _pair_description(t, lexicon)
               and not (t.dep_ == "nummod" and _pair_description(t.head, lexicon)) for t in sent):
            return []  # "two men were arrested": a pair of its own (not the "two" of "the two men")
        named: dict[str, object] = {}
        for t in sent:
            ref = actor(t)
            if ref is not None and ref.actor.type is ActorType.PERSON:
                named.setdefault(ref.actor.id, ref)
        if len(named) == 2 and nearer <= named.keys() and found is None:
            found = list(named.values())
            if any(t.dep_ == "conj" and _two_persons(t.head, t, actor) for t in sent):
                return found  # "Mr Blair and Mr Brown's separate responses": named as a pair
        nearer |= named.keys()
        if len(nearer) > 2:
            return []  # a third person in view: only a pair named as one is sure
    return found or []


def _plural_pair(tok, actor, lexicon) -> list:
    """ "they/them/their" -> the two persons coordinated last before it, in its sentence or the one before
    ("Neil Kinnock said Mr Blair and Mr Brown ... say they
    would not allow a row"), or the pair a description there stands for ("Liam Fox
    likened the two men to schoolboys. Matthew Taylor said their ambition ..."); none when the pronoun has a
    single actor of its own, stands in a quotation, or another plural could be what it means."""
    if actor(tok) is not None or quotation_start(tok.doc, tok.i) is not None:
        return []
    doc = tok.doc
    k_start = tok.sent.start
    starts = [k_start] + ([doc[k_start - 1].sent.start] if k_start > 0 else [])
    for lo in starts:
        hi = tok.i if lo == k_start else k_start
        pairs, plurals = [], False
        for t in doc[lo:hi]:
            if t.dep_ == "conj" and t.head.i >= lo and _two_persons(t.head, t, actor):
                pairs.append([actor(t.head), actor(t)])
            elif _pair_description(t, lexicon) and actor(t) is None:
                pairs.append(pair_antecedents(t, actor, lexicon))
            elif (_plural_noun(t) if lo == k_start else _plural_subject(t)) or t.tag_ == "NNPS" and (
                    t.dep_ in ("nsubj", "nsubjpass")):
                plurals = True  # "MPs", "the Tories", "ministers": another plural could be meant
        pairs = [p for p in pairs if p]
        if pairs or plurals:
            return pairs[-1] if len(pairs) == 1 and not plurals else []
    return []


def _two_persons(a, b, actor) -> bool:
    """Coordinated tokens ``a`` and ``b`` stand for two different persons, with no third conjunct."""
    ra, rb = actor(a), actor(b)
    return (ra is not None and rb is not None and ra.actor.type is ActorType.PERSON is rb.actor.type
            and ra.actor.id != rb.actor.id and a.dep_ != "conj" and sum(c.dep_ == "conj" for c in a.children) == 1
            and not any(c.dep_ == "conj" for c in b.children))
