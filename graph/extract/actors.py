"""Actor recognition and normalisation over a spaCy Doc.

CONTRACT (used by the relation rules; keep these names and signatures):

* ``Gazetteer.from_dir(ontology_dir)`` loads the actor gazetteer from ``ontology/``.
* ``resolve_actors(doc, article, gazetteer) -> DocActors``.
* ``DocActors.at(token) -> ActorRef | None``: the actor a token refers to.  Works
  for any token inside a mention ("Sergey" or "Lavrov" in "Sergey Lavrov") and for
  heads that stand for an actor ("officials" in "Russian officials", "he" when
  coreference is sure).  Never returns an actor for pronouns it cannot resolve,
  common nouns, dates or quantities.
* ``DocActors.mentions``: every ActorRef in document order; ``DocActors.actors()``:
  the distinct Actor records (with the aliases seen in this doc).
* ``merge_variants(actors) -> dict[str, str]``: across articles, maps an actor id to
  the id it should be merged into (spelling variants such as Kabolov -> Kabulov).

How a Doc is read, in order (each step a small function below):

1. Gazetteer forms (``ontology/actors*.yaml``), longest match first.  A name or
   metonym ("Moscow", "the Kremlin") stands for its actor; a country, group or
   organisation name heading a state-agent noun takes the noun along ("US forces").
2. Demonyms: "Russian officials", "the Afghan presidential palace", "the Russian
   Foreign Ministry" and plural "Russians" code as the country (CAMEO: a state's
   agents code as the state); "Russian weapons" keeps only the adjective.
3. NER spans not covered by the gazetteer: PERSON -> Person, ORG -> Organization,
   GPE -> Place (a known country is already a gazetteer match), LOC/FAC -> Place.
   Determiners, possessives and junk (numbers, lower-case words, bylines) are dropped.
4. Titles: "Russian Foreign Minister Sergey Lavrov" (prefix), "Zamir Kabulov,
   Putin's special representative" (apposition), "the special representative of
   the Russian President Zamir Kabulov" (trailing name) give the person a ``role``
   and an ``affiliation`` (actor id).
5. People, article-wide (``persons.py``): surnames, "Mr/Mrs X", "Lord X" resolve to the full name
   used anywhere in the article, never across genders; "Mr Hague" is a person, not the Netherlands;
   "the prime minister" is the article's one named holder of that role.  Names NER took for persons
   that name no one (places, plain words, bare first names, "Glasgow Rangers") are retyped or left out
   (``nonactors.py``).  A known political figure (CAMEO) gets the country and role of the article's
   date where the text gives none (``figures.py``).  An unknown acronym is the organisation named in full
   whose initials it spells ("DEC": the Disaster Emergency Committee; ``acronyms.py``).  A group's name of
   two words or more NER found once is the group where written the same and missed ("An Operation Black
   Vote spokesman", ``repeated_names``); a name NER took for an organisation that the politicians' data
   lists is a person ("Nicola Sturgeon", ``_data_full_names``).
6. Coreference (``coref.py``): pronouns and definite descriptions, only when sure.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache

from ..model import Actor, ActorType, Article
from .acronyms import acronym_refs, initials
from .coref import resolve_coreference
from .figures import figure_attributes, occupied_persons
from .politicians import member_parties
from .gazetteer import Gazetteer, Titles, slugify
from .headlines import confirmed_headline_names, headline_end, headline_offset, named_by_text
from .nonactors import drop_non_persons, drop_things
from .places import listed_places
from .persons import (ArticleDays, PersonName, fits, honorific_persons, is_first_name, missed_full_names, modifier_affiliations,
                      party_attributes, person_gender, person_genders, person_name, release_surnames, role_refs,
                      unify_persons)
from .refs import ActorRef
from .scoring import MENTION, ROLE_NOUN
from .sectors import sector_refs
from .words import COMMON_WORD_ZIPF, is_dictionary_word, is_plain_word, zipf
from .works import drop_works

__all__ = ["Gazetteer", "ActorRef", "DocActors", "resolve_actors", "prefixed_ref", "merge_variants", "plain_person_labels", "article_rivals", "slugify",
           "stands_alone"]

#: NER label -> actor type for names the gazetteer does not know (NORP only via demonyms).
NER_TYPES = {
    "PERSON": ActorType.PERSON,
    "ORG": ActorType.ORGANIZATION,
    "GPE": ActorType.PLACE,
    "LOC": ActorType.PLACE,
    "FAC": ActorType.PLACE,
}
_GROUPISH = (ActorType.ARMED_GROUP, ActorType.ORGANIZATION, ActorType.INTERNATIONAL_ORGANIZATION)
_STATEISH = (ActorType.COUNTRY,)
_LANDS = (ActorType.COUNTRY, ActorType.PLACE)  # "England" is a place, "Kenya" a country
_MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")
_INITIAL = re.compile(r"[A-Z]")  # a middle initial written without a stop, as the BBC does
_POSSESSIVE = ("'s", "’s", "'", "’")
_NOT_NAME_POS = ("ADV", "ADP", "CCONJ", "SCONJ", "PART", "PRON", "DET", "VERB", "AUX", "INTJ")
_TRIM_LEFT = {"the", "a", "an", "this", "that", "these", "those"}
_POSSESSIVE_END = re.compile(r"['’]s$")
_SPACES = re.compile(r"\s+")
_NEGATED_NAME = re.compile(r"(?i)(non|anti|pro|post|pre|ex)-")  # "non-Taliban", "anti-ISIS"
_INITIALS = re.compile(r"[A-Z]{1,2}|(?:[A-Z]\.){1,3}")  # "JP", "J.P." before a surname-like name
_DASHES = ("-", "–", "—", "--")
_PLACE_SUFFIX = re.compile(r"\s+(?i:province|region|district)$")


class DocActors:
    """The actor mentions of one Doc; ``at(token)`` answers for any token of a mention."""

    def __init__(self, refs: list[ActorRef], window=None) -> None:
        self.window = window  # the days the article's offices are held on (persons.ArticleDays), None: unbounded
        self.mentions: list[ActorRef] = []
        self._by_token: dict[int, ActorRef] = {}
        self._actors: list[Actor] | None = None  # actors(), until a mention is added
        self._noted: dict[str, Actor] = {}  # actors a relation names without a mention of their own
        for r in sorted(refs, key=lambda r: (-(r.end - r.start), -r.confidence, r.start)):
            if all(i not in self._by_token for i in range(r.start, r.end)):
                self.mentions.append(r)
                self._by_token.update({i: r for i in range(r.start, r.end)})
        self.mentions.sort(key=lambda r: r.start)

    def at(self, token) -> ActorRef | None:
        return self._by_token.get(token if isinstance(token, int) else token.i)

    def add(self, ref: ActorRef) -> bool:
        """Add a mention found later (speaker pronouns) unless its tokens are taken."""
        if any(i in self._by_token for i in range(ref.start, ref.end)):
            return False
        self.mentions.append(ref)
        self.mentions.sort(key=lambda r: r.start)
        self._by_token.update({i: ref for i in range(ref.start, ref.end)})
        self._actors = None
        return True

    def remove(self, ref: ActorRef) -> None:
        """Take back a mention found wrong later (a quotation's "he" that coreference took for its own speaker)."""
        self.mentions.remove(ref)
        for i in range(ref.start, ref.end):
            if self._by_token.get(i) is ref:
                del self._by_token[i]
        self._actors = None

    def note(self, actor: Actor) -> None:
        """Count ``actor`` among the doc's actors with no mention ("Damascus" read as Syria in a relation)."""
        self._noted.setdefault(actor.id, replace(actor, aliases=()))
        self._actors = None

    def actors(self) -> list[Actor]:
        """Every actor mentioned or noted, each with the aliases and attributes of all its mentions, by id."""
        if self._actors is None:
            out: dict[str, Actor] = dict(self._noted)
            for r in self.mentions:
                out[r.actor.id] = out[r.actor.id].merged(r.actor) if r.actor.id in out else r.actor
            self._actors = [out[k] for k in sorted(out)]
        return list(self._actors)


# -- 1 and 2: gazetteer names, metonyms and demonyms ------------------------------------

def _coordinated(tok) -> bool:
    """'US and Afghan forces': a modifier in a coordination cannot stand for the whole head."""
    return tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)


def _agent_head(doc, start: int, end: int, nouns: frozenset):
    """The head noun a modifier span leans on when it is a state-agent noun ("officials"), else None.

    Climbs amod/compound/nmod/poss links rightwards ("Afghan -> National -> Defense -> forces").
    """
    tok = doc[end - 1]
    best = None
    seen = 0
    while tok.dep_ in _MODIFIER_DEPS and tok.head.i > tok.i and seen < 6:
        if _coordinated(tok):
            return None
        tok = tok.head
        seen += 1
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _with_plurals(frozenset(nouns)):
            best = tok
        if tok.ent_type_ == "PERSON":
            break
    return best


@lru_cache(maxsize=16)
def _with_plurals(nouns: frozenset) -> frozenset:
    """The nouns and their plurals in -s (a lemmatiser may leave "officials" as it is)."""
    return nouns | {n + "s" for n in nouns}


def _person_after(doc, i: int, lex: Titles) -> bool:
    """A person's name starts at token ``i``, or after a title of the name's form NER left out of it
    ("spokesman Sir Menzies Campbell", "chairman Lord Smith")."""
    if i < len(doc) and doc[i].text in lex.name_titles.keys() | lex.honorifics.keys():
        i += 1
    if i < len(doc) and doc[i].ent_type_ == "ORG":  # "spokesman Glyn Davies" (ORG to NER): a person's name
        ent = next((e for e in doc.ents if e.start == i), None)
        return ent is not None and _person_after_noun(doc, i, ent.end, ActorType.ORGANIZATION, lex) is ActorType.PERSON
    return i < len(doc) and doc[i].ent_type_ == "PERSON"


def _plural_group(tok) -> bool:
    """'Russians', 'the Chinese': a demonym used as a plural noun names the people as a group."""
    if tok.dep_ in ("amod", "compound") or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    if tok.tag_ in ("NNS", "NNPS"):
        return True
    return any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children) and tok.text.endswith(("ese", "ish", "ch", "ss"))


def _gazetteer_refs(doc, gazetteer: Gazetteer) -> list[ActorRef]:
    lex = gazetteer.titles
    agents = _with_plurals(lex.group_agents | lex.state_agents)
    person_ents = [(start, e.end) for e in doc.ents if e.label_ == "PERSON" for start in [_name_start(e)]
                   if e.end - start > 1 and e[-1].lower_ not in agents]  # "Tory MPs" is no person's name
    refs = []
    matches = list(gazetteer.match(doc))

    def swallows(end: int, head) -> bool:  # "Turkey's Anadolu Agency" is the agency, not Turkey's agent
        if head is not None and _person_after(doc, head.i + 1, lex):
            return _role_before(doc, head.i + 1, lex) is not None  # "Tory MP Robert Jackson": his title
        return head is not None and (_letters_of_person(doc, head, lex)  # "Labour backbencher Peter Grant MP"
                                     or any(end <= o.start and o.end <= head.i + 1 for o in matches))

    for m in matches:
        actor, kind = m.form.actor, m.form.kind
        surface = doc[m.start:m.end].text
        if (body := _body_of(doc, m, matches, lex)) is not None:
            refs.append(body)  # "Athletics Kenya", "UK e-University": a body's name, not the state
            continue
        if actor.type is not ActorType.PERSON and any(
                start <= m.start and m.end <= end and (end - start) > (m.end - m.start)
                and not _leading_modifier(m, start) for start, end in person_ents):
            continue  # "Jordan" in "Michael Jordan", "Washington" in "Denzel Washington"
        named = replace(actor, aliases=(surface,))
        if actor.type in _STATEISH and kind != "demonym" and (full := _spelt_out(doc, m.start)) is not None:
            refs.append(full)  # "the United States Anti-Doping Agency (USADA)": an organisation, not the state
            continue
        if kind == "demonym":
            head = _agent_head(doc, m.start, m.end, lex.state_agents)
            head = None if swallows(m.end, head) else head
            if head is None and _in_org_name(doc, m):
                continue  # "The American Legion": an organisation's name, read by NER
            if head is not None:  # "Russian officials", "the Afghan presidential palace"
                refs.append(ActorRef(named, m.start, head.i + 1, "demonym", MENTION["demonym"], surface))
            elif _plural_group(doc[m.end - 1]):  # "Russians"
                refs.append(ActorRef(named, m.start, m.end, "demonym", MENTION["demonym"], surface))
            elif doc[m.end - 1].dep_ in _MODIFIER_DEPS:  # "Russian weapons": the adjective only
                refs.append(ActorRef(named, m.start, m.end, "demonym", MENTION["demonym_modifier"], surface))
            continue  # a singular "an American" is a person we cannot name
        if kind == "metonym" and (_named_place_of(doc[m.start]) or _local_body(doc[m.end - 1], lex)):
            continue  # "the Mayor of London", "the City of London", "the London boroughs": the city, not the state
        how = "metonymy" if kind == "metonym" else "gazetteer"
        if (kind == "metonym" and m.start > 0 and doc[m.start - 1].lower_ == "the"
                and m.start <= doc[m.start - 1].head.i < m.end):
            surface = "the " + surface  # "the Kremlin", "the White House": the article is part of the name
            named = replace(actor, aliases=(surface,))
        end = m.end
        nouns = lex.state_agents if actor.type in _STATEISH else (
            lex.group_agents | lex.state_agents if actor.type in _GROUPISH else frozenset())
        head = _agent_head(doc, m.start, m.end, nouns) if nouns else None
        head = None if swallows(m.end, head) else head
        if head is None and actor.type in _STATEISH and _in_org_name(doc, m):
            continue  # "The U.S. Geological Survey": an organisation's name, read by NER
        if head is None and actor.type in _LANDS and _ends_org_name(doc, m):
            continue  # "Air India", "BBC Scotland": the end of an organisation's name, read by NER
        if head is not None:  # "US forces", "the Taliban fighters", "NATO officials"; "the Labour government": the UK
            end, named = head.i + 1, _party_government(named, head, gazetteer)
        refs.append(ActorRef(named, m.start, end, how, MENTION[how], surface))
    return _drop_overlaps(refs)


def _party_government(named: Actor, head, gazetteer: Gazetteer) -> Actor:
    """ "the Labour government", "his own Labour government's proposals": a government in office named by its party
    is a state organ, its state's (titles ``party_states``), as "the Afghan government" is Afghanistan's (gold:
    "voting against his own Labour government's spending cuts proposals" denies the United Kingdom); one to come
    ("a Tory government would ...", "the next Labour government") is the party's aim, and stays the party."""
    state = gazetteer.titles.party_states.get(named.id) if head.lemma_.lower() == "government" else None
    return replace(gazetteer.actors[state], aliases=()) if state in gazetteer.actors and _in_office(head) else named


_TO_COME = frozenset({"next", "future", "new", "incoming", "prospective", "possible", "potential"})


def _in_office(head) -> bool:
    """A definite government ("the", an owner) that is not one to come ("the next", "a future")."""
    kids = list(head.children)
    definite = any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in kids)
    return definite and not any(c.lower_ in _TO_COME for c in kids)


def _name_start(ent) -> int:
    """Where the entity's name starts after a leading article: NER's PERSON "the Lib Dems" is the
    Liberal Democrats' alias, no name that the alias is only a part of."""
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].lower_ in _TRIM_LEFT:
        start += 1
    return start


def _named_place_of(tok) -> bool:
    """A capital after "of" and a capitalised noun: part of a title or name ("Mayor of London")."""
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i == prep.i - 1
            and prep.head.text[:1].isupper() and prep.head.pos_ in ("NOUN", "PROPN"))


def _local_body(tok, lex: Titles) -> bool:
    """A capital modifying a noun of local government (``local_bodies``): "the London boroughs of Ealing and
    Brent", "London councils" are the city's, no act of the state."""
    word = tok.head.lower_
    return tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i and (
        word in lex.local_bodies or word.endswith("s") and word[:-1] in lex.local_bodies)


_NAME_LINKS = ("of", "for", "and", "on", "-")


def _spelt_out(doc, start: int) -> ActorRef | None:
    """The organisation a country's name begins when an acronym in brackets spells the whole name out
    ("United States Anti-Doping Agency (USADA)"), else None."""
    for i in range(start + 2, min(start + 9, len(doc) - 2)):
        if doc[i].text != "(":
            if not (doc[i].text[:1].isupper() or doc[i].lower_ in _NAME_LINKS):
                return None
            continue
        acronym = doc[i + 1].text
        if doc[i + 2].text != ")" or not (acronym.isalpha() and acronym[:2].isupper()):
            return None
        label = _label_of(doc, start, i)
        if initials(label).upper() != acronym.upper():
            return None
        return ActorRef(Actor(slugify(label), label, ActorType.ORGANIZATION, (label,)), start, i, "ner",
                        MENTION["ner"], label)
    return None


def _sports_body(doc, m, lex: Titles) -> ActorRef | None:
    """The organisation a country's name or demonym makes with a capitalised sport word right before or after
    it ("Athletics Kenya", "Cricket Australia", "UK Athletics", "British Cycling": ``sport_bodies`` in
    ``ontology/titles.yaml``), else None."""
    def sport(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].lower_ in lex.sport_bodies

    if sport(m.start - 1) and m.form.kind != "demonym":
        start, end = m.start - 1, m.end
    elif sport(m.end):
        start, end = m.start, m.end + 1
    else:
        return None
    label = _label_of(doc, start, end)
    return ActorRef(Actor(slugify(label), label, ActorType.ORGANIZATION, (label,)), start, end, "ner",
                    MENTION["ner"], label)


def _body_of(doc, m, matches, lex: Titles) -> ActorRef | None:
    """The body whose name a country's name is part of: a sport's governing body ("Athletics Kenya", "UK
    Athletics") or one NER missed ("UK e-University"), else None."""
    actor, kind = m.form.actor, m.form.kind
    if actor.type in _LANDS and kind != "metonym" and (body := _sports_body(doc, m, lex)) is not None:
        return body
    return _body_named_after(doc, m, matches, lex) if actor.type in _STATEISH else None


# a country's name opening a body's name NER missed: "UK e-University", "the US Institute of Peace"
def _body_named_after(doc, m, matches, lex: Titles) -> ActorRef | None:
    """The organisation a country's name (or demonym) makes with the capitalised words right after it up to a
    body word (``body_heads`` in ``ontology/titles.yaml``, not a state organ of ``state_agents``: "British
    Government" is the state) when NER found no name there and no other gazetteer name starts inside, else None."""
    end = m.end
    while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].pos_ in ("PROPN", "NOUN")
                              or doc[end].text == "-" and end > m.end
                              or len(doc[end].text) == 1 and doc[end].text.islower() and end + 1 < len(doc)
                              and doc[end + 1].text == "-"):
        end += 1
    while end > m.end and not doc[end - 1].text[:1].isupper():
        end -= 1
    if end == m.end:
        return None
    head = doc[end - 1]
    if head.lower_ not in lex.body_heads or head.lemma_.lower() in lex.state_agents:
        return None
    if any(e.start < end and m.start < e.end and e.label_ in ("PERSON", "ORG", "GPE") and e.end > m.end
           for e in doc.ents) or any(m.end <= o.start < end for o in matches):
        return None
    label = _label_of(doc, m.start, end)
    return ActorRef(Actor(slugify(label), label, ActorType.ORGANIZATION, (label,)), m.start, end, "ner",
                    MENTION["ner"], label)


def _in_org_name(doc, m) -> bool:
    """The match is a modifier inside the name of an organisation NER found, whose head is a proper noun
    after it: "American" in "The American Legion", "U.S." in "the U.S. Geological Survey"."""
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.start <= m.start and m.end < ent.end:
            root = ent.root
            return root.i >= m.end and root.pos_ == "PROPN" and doc[m.end - 1].dep_ in _MODIFIER_DEPS
    return False


def _ends_org_name(doc, m) -> bool:
    """The match ends the name of an organisation NER found, after capitalised words of its own: "Air India",
    "BBC Scotland", "Toyota UK" (not "the Republic of Ireland", a state's name, nor "EU and Russia", two names)."""
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.start < m.start and m.end == ent.end:
            before = doc[_name_start(ent):m.start]
            return len(before) > 0 and all(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") for t in before)
    return False


def _leading_modifier(m, ent_start: int) -> bool:
    """'Kenyan Bernard Lagat', 'Lib Dem Norman Baker': a demonym or a party before a name NER took
    into the person (a country's name there is a first name: "Jordan Henderson")."""
    return m.start == ent_start and (m.form.kind == "demonym" or m.form.actor.type not in (
        ActorType.COUNTRY, ActorType.PLACE))


def prefixed_ref(doc, tok, gazetteer: Gazetteer) -> ActorRef | None:
    """The actor a word after a hyphenated prefix names ("ISIS" in "anti-ISIS", "American" in
    "anti-American"); name matching skips these on purpose, only the hostile-prefix rule asks."""
    if tok.i < 2 or doc[tok.i - 1].text != "-":
        return None
    actor = gazetteer.lookup(tok.text)
    if actor is None:
        return None
    return ActorRef(replace(actor, aliases=(tok.text,)), tok.i, tok.i + 1, "prefixed", MENTION["demonym_modifier"],
                    tok.text)


def _drop_overlaps(refs: list[ActorRef]) -> list[ActorRef]:
    """Longest first; a later ref overlapping a kept one is cut to its own tokens or dropped."""
    taken: set[int] = set()
    out = []
    for r in sorted(refs, key=lambda r: (-(r.end - r.start), r.start)):
        if taken.isdisjoint(range(r.start, r.end)):
            out.append(r)
            taken.update(range(r.start, r.end))
    return sorted(out, key=lambda r: r.start)


# -- 3: NER spans the gazetteer does not know --------------------------------------------

def _imperative_opening(tok, nxt) -> bool:
    """A capitalised verb in its base form before a capitalised name word: the first word of a name."""
    return tok.tag_ == "VB" and tok.text[:1].isupper() and nxt.is_alpha and nxt.text[:1].isupper()


def _clean_span(doc, start: int, end: int, names: frozenset[str] = frozenset(),
                imperative: bool = False) -> tuple[int, int]:
    """Trim determiners, punctuation, possessives and anything after a line break or a spaced dash;
    a word of ``names`` stays whatever its tag ("Ebeling" tagged as a verb), and with ``imperative`` (an
    organisation's name) so does a verb that opens it before a capitalised word."""
    for i in range(start, end):
        tok = doc[i]
        if "\n" in tok.text or tok.is_space or (tok.text in _DASHES and i > start and doc[i - 1].whitespace_):
            end = i  # a line break, or a spaced dash: "Arsene Wenger - he's"
            break
    while start < end:
        tok = doc[start]
        if tok.text in names or not (tok.lower_ in _TRIM_LEFT or tok.pos_ in _NOT_NAME_POS or tok.is_punct):
            break
        if imperative and start + 1 < end and _imperative_opening(doc[start], doc[start + 1]):
            break  # "Stop Stansted Expansion", "Ask Jeeves": a campaign's or firm's name opened by a verb
        start += 1  # "the", "Later Lavrov", "“ISIS"
    while end > start:
        text = doc[end - 1].text
        if not (text in _POSSESSIVE or not any(ch.isalnum() for ch in text)):
            break
        end -= 1
    return start, end


def _label_of(doc, start: int, end: int) -> str:
    return _label(doc[start:end].text)


@lru_cache(maxsize=4096)
def _label(text: str) -> str:
    """A name as written, without a possessive, runs of spaces or edge punctuation."""
    return _SPACES.sub(" ", _POSSESSIVE_END.sub("", text)).strip(" *,.;:-")


def name_words(doc) -> frozenset[str]:
    """Words the article uses as a person's name, whatever their tag: the last word of a name of
    several words ("Bernie Sanders"), a proper noun named a person, and a known first name opening
    a name of several words ("Will Doyle").  The tagger may take "Sanders" for a plural noun (lemma
    "sander"), "Trump" for a verb or "Will" for an auxiliary; the name is matched on its text."""
    words = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        first, last = ent[0], ent[-1]
        if (len(ent) > 1 or last.pos_ == "PROPN") and last.is_alpha and last.text[:1].isupper():
            words.add(last.text)
        if len(ent) > 1 and first.is_alpha and first.text[:1].isupper() and is_first_name(first.text):
            words.add(first.text)
    return frozenset(words)


def _junk(doc, start: int, end: int, lex: Titles, names: frozenset[str] = frozenset()) -> bool:
    """Not an actor name: numbers, dates, lower-case words, generic nouns ("State", "Parliament");
    a single word of ``names`` (:func:`name_words`) is a name whatever its tag."""
    if start >= end:
        return True
    span = doc[start:end]
    words = [t for t in span if t.is_alpha]
    if not words or not any(t.text[0].isupper() for t in words):
        return True
    if all(t.like_num or not t.is_alpha for t in span) or doc[start].like_num:
        return True
    label = _label(span.text)
    if _NEGATED_NAME.match(label):
        return True  # "non-Taliban": not a name of anyone
    if label in lex.generic_nouns or label in lex.home_organ_names or (len(words) == 1 and len(label) <= 2):
        return True  # "Parliament", "the Upper House"
    if len(span) == 1 and span[0].pos_ not in ("PROPN",) and span[0].text not in names:
        return True  # "Peace", "Involvement": a capitalised common noun
    return False


def _capitalised_to_open(doc, tok) -> bool:
    """A common English word capitalised only because it opens its sentence, modifying the noun after it and
    never capitalised elsewhere in the text: '"Digital technology brings this story to life," said ...' (not a
    name standing alone: "Weaver said.")."""
    if tok.dep_ not in ("compound", "amod") or tok.head.i <= tok.i:
        return False
    if any(not t.is_punct for t in doc[tok.sent.start:tok.i]) or not is_plain_word(tok.lower_):
        return False
    return not any(t.text == tok.text and t.i != tok.i and t.i != t.sent.start and not doc[t.i - 1].is_punct
                   for t in doc)


def _with_initials(doc, start: int, end: int, taken: set[int], lex: Titles) -> int:
    """The start of a name with the initials NER left before it: "JP Morgan" (NER's "Morgan"), "AB Foods";
    not a title or generic word ("MP Morgan"), nor a token of another name."""
    k = start - 1
    if end - start != 1 or k < 0 or k in taken or doc[k].ent_type_ or not _INITIALS.fullmatch(doc[k].text):
        return start
    if doc[k].dep_ != "compound" or doc[k].head.i != start or not doc[k].whitespace_:
        return start
    word = doc[k].text
    if word in lex.generic_nouns or (word.lower(),) in lex.role_words() or word in lex.abbreviations:
        return start
    return k


def _after_initial(doc, start: int, end: int, taken: set[int]) -> int:
    """The end of a person's name NER closed on a middle initial: "Bruce L Castor Jr" (NER's "Bruce L"), the
    capitalised proper nouns right after it; a name never ends in an initial."""
    if end - start < 2 or not _INITIAL.fullmatch(doc[end - 1].text) or not doc[end - 1].whitespace_:
        return end
    k = end
    while k < len(doc) and k - end < 2 and k not in taken and doc[k].tag_ == "NNP" and doc[k].is_alpha \
            and doc[k].text[:1].isupper():
        k += 1
    return k if k > end else end


def _with_given_name(doc, start: int, end: int, taken: set[int], lex: Titles) -> int:
    """The start of a person's name with the first given name NER left out before it: "Shani Rhys James"
    (NER's "Rhys James"), a capitalised proper noun compounded to the name; not a title, a role word, a
    common word ("Rapper") or a token of another name."""
    k = start - 1
    if end - start < 2 or k < 0 or k in taken or doc[k].ent_type_ or not doc[k].whitespace_:
        return start
    tok = doc[k]
    if tok.tag_ != "NNP" or tok.dep_ != "compound" or not start <= tok.head.i < end or not tok.is_alpha:
        return start
    low = tok.lower_
    if not tok.text[:1].isupper() or tok.text.isupper() or is_plain_word(low) or (
            low.endswith("ies") and is_plain_word(low[:-3] + "y")):
        return start  # "Minister for Children, Young People and Families Margaret Hodge": a common word
    word = tok.text
    if word in lex.honorifics or word in lex.name_titles or word in lex.generic_nouns \
            or (tok.lower_,) in lex.role_words():
        return start
    return k


#: Endings of common nouns and adjectives that describe a person ("rapper", "veteran", "comic", "novelist"):
#: a plain word without one may be a first name no list knows ("Norm Coleman").
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "an", "ic", "ee", "ar", "ant", "ent")


def _descriptor_words(doc, start: int, end: int) -> int:
    """How many tokens at ``start`` make a capitalised common word of a person or hyphenated pair ("Rapper",
    "Euro-Sceptic"), 0 when they are no such word or a first name could open the name ("Rose", "Will", "Norm")."""
    tok = doc[start]
    if not (tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()) or is_first_name(tok.text):
        return 0
    if tok.tag_ in ("VBG", "VBN", "VBD", "VBZ", "VB") or tok.lower_.endswith("ing"):
        return 0  # "Trading Moms": a verb form opens a title, no description
    if start + 2 < end and doc[start + 1].text == "-" and not tok.whitespace_ and doc[start + 2].is_alpha:
        tail = doc[start + 2].lower_  # "Euro-Sceptic": a common first piece and a dictionary word after it
        return 3 if zipf(tok.lower_) >= COMMON_WORD_ZIPF and is_dictionary_word(tail) and doc[start + 2].whitespace_ \
            else 0
    return 1 if is_plain_word(tok.lower_) and tok.lower_.endswith(_AGENT_ENDINGS) else 0


def _without_descriptor(doc, start: int, end: int, lex: Titles, names: frozenset[str]) -> int:
    """The start of a person's name NER opened with a describing word: "Rapper Jayzee", "Veteran Bloggs-Smith",
    "Euro-Sceptic Bloggs-Smith" are Jayzee and Bloggs-Smith; so is a kinship word (``kin_words``: "Uncle Ossie").  Not a title ("Lord", "Sir", a role of
    ``titles.yaml``: the titles step reads those), a word the article uses as a name, nor when what is left
    would be a plain word ("Wonder Woman")."""
    n = 1 if doc[start].lower_ in lex.kin_words else _descriptor_words(doc, start, end)  # "Uncle Ossie"
    word = doc[start].text
    if not n or end - start - n < 1 or word in names or word in lex.honorifics or word in lex.name_titles:
        return start
    if (doc[start].lower_,) in lex.role_words() or doc[start].lower_ in lex.descriptions:
        return start
    rest = doc[start + n:end]
    if not all(t.text[:1].isupper() for t in rest if t.is_alpha) or (len(rest) == 1 and is_plain_word(rest[0].lower_)):
        return start  # "Wonder Woman": a title of plain words
    return start + n


def _conjoined_start(doc, start: int, end: int, taken: set[int]) -> int:
    """The start of an organisation's name whose first words NER left out before an "and": "the Public and
    Commercial Services Union" (NER's "Commercial Services Union"), when the capitalised word before the
    "and" modifies the name's head; not another name ("Sony and Microsoft Corp")."""
    k = start - 2
    if k < 0 or doc[k + 1].lower_ != "and" or k in taken or doc[k].ent_type_ or not doc[k].is_alpha:
        return start
    if not doc[k].text[:1].isupper() or doc[k + 1].head.i != k or not start <= doc[k].head.i < end:
        return start
    return k


def _without_short_title(doc, start: int, end: int, lex: Titles) -> int:
    """The start of a person's name NER opened with a title written short: an abbreviation of ``titles.yaml``
    ("Gen Musharraf", "Lt Gen Sir Mike Jackson") or a role in capitals ("MEP Caroline Lucas"), which the
    titles step then reads before the name.  A title written in full stays: it may be the name's own ("Queen
    Latifah", "King Edward III")."""
    roles, words, best = lex.role_words(), (), start
    for k in range(start, min(end - 1, start + 5)):
        tok = doc[k]
        if not (tok.text in lex.abbreviations or tok.text.isupper() or words):
            return start
        words += tuple(_norm_word(tok, lex).split())
        if words in roles and (tok.text in lex.abbreviations or tok.text.isupper()):
            best = k + 1
    return best


def _role_noun(doc, start: int, end: int, lex: Titles) -> bool:
    """'the MSP', 'the Chancellor' that NER took for an organisation: the words are a whole role of
    ``titles.yaml`` and nothing else, a description of a person, no body of its own."""
    words = " ".join(lex.abbreviations.get(t.text, t.text).lower() for t in doc[start:end])
    return tuple(words.replace("-", " - ").split()) in lex.role_words()


def _post_nominal(doc, start: int, end: int, typ: ActorType, lex: Titles) -> tuple[int, ActorType]:
    """'Jane Porter QC', 'Tom Ellis OBE': letters after a name (``post_nominals``) are a person's, whatever
    NER calls the span, when the capitalised words before them open with a first name; the name ends before
    them.  Not "Smith Holdings plc", nor a bare "Porter QC"."""
    if end - start < 3 or doc[end - 1].text not in lex.post_nominals or not is_first_name(doc[start].text):
        return end, typ
    if not all(t.is_alpha and t.text[:1].isupper() for t in doc[start:end - 1]):
        return end, typ
    return end - 1, ActorType.PERSON


def _person_after_noun(doc, start: int, end: int, typ: ActorType, lex: Titles) -> ActorType:
    """'analyst Helena Hessel', 'SNP leader Nicola Sturgeon': a name of two or three capitalised words opening
    with a first name, right after a noun for a person (a title of ``roles``, ``club_roles`` or
    ``person_nouns``), is a person's, whatever NER calls it; not one that ends in a
    body's or a firm's word (a body the gazetteer knows stays it: :func:`_known_organisations`)."""
    if typ is not ActorType.ORGANIZATION or not 2 <= end - start <= 3 or start == 0:
        return typ
    words = doc[start:end]
    if not all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in words) \
            or not is_first_name(words[0].text) or words[0].lower_ in lex.kin_words \
            or words[-1].lower_ in lex.body_heads or words[-1].lower_ in lex.firm_nouns:
        return typ
    before = doc[start - 1]
    noun = before.lower_ if before.text.islower() and before.pos_ == "NOUN" else None
    if noun is None or not (noun in lex.person_nouns or noun in lex.club_roles
                            or _role_before(doc, start, lex) is not None):
        return typ
    return ActorType.PERSON


def _letters_of_person(doc, tok, lex: Titles) -> bool:
    """'MP' of 'Peter Grant MP': letters after a name (``post_nominals``) NER read as a person's."""
    return tok.text in lex.post_nominals and tok.i > 0 and doc[tok.i - 1].ent_type_ == "PERSON"


def _letters_after(doc, end: int, typ: ActorType, taken: set[int], lex: Titles) -> int:
    """'Tom Ellis MP criticised ...': letters after a person's name that NER left outside it (``post_nominals``)
    belong to the mention, since the parse makes them the head the name hangs on; the name still ends before
    them.  Not after an organisation ("Acme MP3"), nor a token another name took."""
    if typ is not ActorType.PERSON or end >= len(doc) or end in taken or doc[end].text not in lex.post_nominals:
        return end
    return end + 1


def _without_legal_form(label: str, lex: Titles) -> str:
    """An organisation's label without the legal form that ends it ("Ltd", "plc": ``company_suffixes``), when
    a name of two or more words is left ("Acme Reform Trust Ltd" -> "Acme Reform Trust"; not "Acme plc")."""
    words = label.split()
    if len(words) > 2 and words[-1] in lex.company_suffixes and words[-2].rstrip(",")[:1].isupper():
        return " ".join(words[:-1]).rstrip(",")
    return label


def _ner_refs(doc, taken: set[int], lex: Titles, groups: frozenset[int] = frozenset()) -> list[ActorRef]:
    """NER's names outside the ``taken`` tokens; an organisation's name opened by a known organisation or
    medium (tokens ``groups``) is its branch ("BBC Northern Ireland", "BBC Wales"): no name of its own."""
    refs = []
    names = name_words(doc)
    for ent in doc.ents:
        typ = NER_TYPES.get(ent.label_)
        first = ent.start
        while first < ent.end and first in taken:  # "Kenyan Bernard Lagat": the name after the demonym
            first += 1
        if typ is ActorType.ORGANIZATION and ent.start in groups and first > ent.start:
            continue
        if typ is None or not taken.isdisjoint(range(first, ent.end)) or _label(ent.text) in lex.not_actors:
            continue  # "Plus" of "Sky Plus" (a product) is no name of its own
        start, end = _clean_span(doc, first, ent.end, names, typ is ActorType.ORGANIZATION)
        start = _with_initials(doc, start, end, taken, lex)
        start = _with_given_name(doc, start, end, taken, lex) if typ is ActorType.PERSON else start
        end = _after_initial(doc, start, end, taken) if typ is ActorType.PERSON else end
        if refs and start < refs[-1].end:
            continue  # "Jr" of "Bruce L Castor Jr": NER's piece of the name the one before reached
        start = _conjoined_start(doc, start, end, taken) if typ is ActorType.ORGANIZATION else start
        if typ is ActorType.PERSON or (typ is ActorType.ORGANIZATION and doc[end - 1].text in names):
            start = _without_descriptor(doc, start, end, lex, names)  # "Euro-Sceptic Kilroy-Silk" (ORG)
        start = _without_short_title(doc, start, end, lex) if typ is ActorType.PERSON else start  # "Gen Musharraf"
        end = next((i for i in range(start + 1, end) if doc[i].text == "("), end)  # "Services (Apacs) Apacs"
        while typ is ActorType.PERSON and end > start and not any(c.isalpha() for c in doc[end - 1].text):
            end -= 1  # "Greg Rusedski 4-6 6": a score is no part of a name
        name_end, typ = _post_nominal(doc, start, end, typ, lex)  # "Jane Porter QC" (ORG): the barrister
        typ = _person_after_noun(doc, start, end, typ, lex)  # "analyst Helena Hessel" (ORG): the analyst
        end = _letters_after(doc, end, typ, taken, lex)  # "Peter Grant MP": the parse hangs the name on "MP"
        if typ in (ActorType.PERSON, ActorType.ORGANIZATION) and (halves := _joined_names(doc, start, end)):
            for s, e, kind in halves:  # "Royer and Elgindy": two names NER joined
                label = _label_of(doc, s, e)
                refs.append(ActorRef(Actor(slugify(label), label, kind, (doc[s:e].text,)), s, e, "ner", MENTION["ner"],
                                     label))
            continue
        if _junk(doc, start, end, lex, names) or (typ is not ActorType.PERSON and (
                _role_noun(doc, start, end, lex) or (end - start == 1 and _capitalised_to_open(doc, doc[start])))):
            continue
        label = _label_of(doc, start, name_end)  # the mention keeps the letters: the parse may hang on them
        if typ is ActorType.ORGANIZATION:  # "Acme Holdings Ltd" and "Acme Holdings" are one company
            label = _without_legal_form(label, lex)
        if typ is ActorType.PLACE:  # "Helmand Province" and "Helmand" are one place
            label = _PLACE_SUFFIX.sub("", label) or label
        actor = Actor(slugify(label), label, typ, (doc[start:name_end].text,))
        refs.append(ActorRef(actor, start, end, "ner", MENTION["ner"], label))
    return _bracketed_short_names(doc, refs)


_JOINERS = ("and", "&")


def _joined_names(doc, start: int, end: int) -> list[tuple[int, int, ActorType]]:
    """[(start, end, type)] of the two names NER joined by "and" into one ("Royer and Elgindy", "Gazprom and
    Rosneft"), when each half is named on its own elsewhere in the article, as the last words of another of NER's
    persons or organisations ("Anthony Elgindy"); [] for one name with an "and" in it ("Marks & Spencer", "Food
    and Drug Administration"), whose halves are no names of their own."""
    k = next((i for i in range(start + 1, end - 1) if doc[i].lower_ in _JOINERS), None)
    if k is None:
        return []
    halves = []
    for lo, hi in ((start, k), (k + 1, end)):
        words = [t.text for t in doc[lo:hi]]
        other = next((e for e in doc.ents if not start <= e.start < end and len(e) >= len(words)
                      and NER_TYPES.get(e.label_) in (ActorType.PERSON, ActorType.ORGANIZATION)
                      and [t.text for t in e][-len(words):] == words), None)
        if other is None:
            return []
        halves.append((lo, hi, NER_TYPES[other.label_]))
    return halves


def _bracketed_short_names(doc, refs: list[ActorRef]) -> list[ActorRef]:
    """'the Association for Payment Clearing Services (Apacs)': the word in brackets after an
    organisation's name is its short name in this article, whatever NER calls it elsewhere; it starts
    with the name's first letter (not "PCS" after NER's "Commercial Services Union")."""
    short: dict[str, Actor] = {}
    for r in refs:
        e = r.end
        if (r.actor.type is not ActorType.PERSON and " " in r.actor.label and e + 2 < len(doc)
                and doc[e].text == "(" and doc[e + 2].text == ")" and doc[e + 1].text[:1].isupper()
                and doc[e + 1].text[0] == r.actor.label[0]):
            short.setdefault(doc[e + 1].text, r.actor)
    if not short:
        return refs
    return [replace(r, actor=replace(short[r.actor.label], aliases=r.actor.aliases))
            if r.actor.label in short and r.actor.id != short[r.actor.label].id else r for r in refs]


def _known_organisations(refs: list[ActorRef], gazetteer: Gazetteer) -> list[ActorRef]:
    """An ORG span that is a gazetteer organisation's name or alias is that organisation ("Labour" of
    "a Labour poster launch" when an earlier step released the gazetteer's match): one node per alias.
    So is a PERSON span ("Lib Dems" that NER took for a name)."""
    out = []
    for r in refs:
        known = gazetteer.lookup(r.actor.label) if r.how == "ner" and r.actor.type in (
            ActorType.ORGANIZATION, ActorType.PERSON) else None
        if known is not None and known.type in _GROUPISH + (ActorType.MEDIA,):
            r = replace(r, actor=replace(known, aliases=r.actor.aliases))
        out.append(r)
    return out


# -- 4: titles and roles of persons ---------------------------------------------------------

def _norm_word(tok, lex: Titles) -> str:
    return lex.abbreviations.get(tok.text, tok.text).lower()


def _role_before(doc, end: int, lex: Titles, lower_bound: int = 0) -> tuple[int, str] | None:
    """The longest title ending just before token ``end``: (start token, canonical role)."""
    roles = lex.role_words()
    best = None
    words: tuple[str, ...] = ()
    for start in range(end - 1, max(lower_bound, end - 5) - 1, -1):  # titles of 1 to 5 tokens
        if doc[start].is_space:
            break  # a paragraph break (after a headline) ends any title
        words = tuple(_norm_word(doc[start], lex).split()) + words
        if words in roles:
            best = (start, roles[words])
    if best is None:
        return None
    start = best[0]
    while start > lower_bound and doc[start - 1].lower_ in lex.title_modifiers:
        start -= 1
    return start, best[1]


def _affiliation_before(refs_by_end: dict[int, ActorRef], doc, start: int, lex: Titles):
    """A non-person ref right before a title ("Russian", "US Army", "Russia 's"): (ref, new start)."""
    i = start
    if i > 0 and doc[i - 1].text in _POSSESSIVE:
        i -= 1
    ref = refs_by_end.get(i)
    if ref is None and i > 1 and doc[i - 1].lemma_.lower() in lex.state_agents:
        ref = refs_by_end.get(i - 1)  # "US Army General ..."
        if ref is not None:
            return ref, ref.start
    if ref is not None and (ref.actor.type is not ActorType.PERSON or _org_elsewhere(doc, ref)):
        if ref.start > 0 and doc[ref.start - 1].dep_ == "prep":
            return None, start  # "forces in Afghanistan General John Nicholson": a place, not his employer
        return ref, ref.start
    return None, start


def _country_after(doc, ref: ActorRef, refs: list[ActorRef]) -> str | None:
    """The id of the country in an "of" phrase right after a titled name ("President Musharraf of Pakistan",
    "King Abdullah of Jordan"): whose office the title is; None for anything but a country ("of Acme")."""
    if ref.end + 1 >= len(doc) or doc[ref.end].lower_ != "of":
        return None
    after = next((r for r in refs if r.start == ref.end + 1 or (
        r.start == ref.end + 2 and doc[ref.end + 1].lower_ == "the")), None)
    return after.actor.id if after is not None and after.actor.type is ActorType.COUNTRY else None


def _org_elsewhere(doc, ref: ActorRef) -> bool:
    """One word NER took for a person here and for an organisation elsewhere in the article: "Ryanair
    chairman David Bonderman" (PERSON there, ORG in every other sentence) is the firm before a title."""
    text = doc[ref.start:ref.end].text
    return ref.how == "ner" and ref.end - ref.start == 1 and any(
        e.label_ == "ORG" and e.text == text for e in doc.ents)


def _role_of_noun(doc, noun, lex: Titles) -> str | None:
    """Role named by a noun and its left modifiers: "special representative" -> "Special Representative"."""
    left = noun.left_edge.i
    found = _role_before(doc, noun.i + 1, lex, lower_bound=left)
    return found[1] if found else None


def _affiliation_in(doc, noun, refs_at, exclude: range) -> str | None:
    """Affiliation of a role noun: a country or group among its left modifiers or its 'of' phrase,
    else the affiliation of a person it belongs to ("Putin's special representative")."""
    cands = [t for t in noun.subtree if t.i < noun.i and t.i not in exclude]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        cands += [t for t in prep.subtree if t.i not in exclude]
    persons = []
    for t in sorted(cands, key=lambda t: abs(t.i - noun.i)):
        ref = refs_at(t.i)
        if ref is None:
            continue
        if ref.actor.type is ActorType.PERSON:
            persons.append(ref)
        else:
            return ref.actor.id
    for ref in persons:
        aff = dict(ref.actor.attributes).get("affiliation")
        if aff:
            return aff
    return None


_EMPLOYER_TYPES = (ActorType.ORGANIZATION, ActorType.MEDIA, ActorType.INTERNATIONAL_ORGANIZATION)


def _employer(noun, refs_at) -> str | None:
    """The organisation an apposed noun works for: "liaison for Ubisense", "an analyst at Merrill"."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "at", "of", "with")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            ref = refs_at(obj.i)
            if ref is not None and ref.actor.type in _EMPLOYER_TYPES:
                return ref.actor.id
    return None


def _with_attrs(actor: Actor, role: str | None, affiliation: str | None) -> Actor:
    attrs = dict(actor.attributes)
    if role and "role" not in attrs:
        attrs["role"] = role
    if affiliation and "affiliation" not in attrs:
        attrs["affiliation"] = affiliation
    return replace(actor, attributes=tuple(sorted(attrs.items())))


def _apply_titles(doc, refs: list[ActorRef], lex: Titles) -> list[ActorRef]:
    """Titles before a name, in apposition to it, or as the noun a trailing name completes."""
    refs = sorted(refs, key=lambda r: r.start)
    by_end = {r.end: r for r in refs}
    consumed: set[int] = set()
    out: list[ActorRef] = []
    # prefix titles: "Russian Foreign Minister Sergey Lavrov", "US Army Gen. John Nicholson"
    for r in refs:
        if r.actor.type is not ActorType.PERSON:
            continue
        found = _role_before(doc, r.start, lex)
        if found is None:
            out.append(r)
            continue
        role_start, role = found
        outer = _trailing_role_noun(doc, r, doc[r.start:r.end].root, lex)
        if outer is not None and outer.i < role_start:
            out.append(r)  # "the representative of the Russian President Zamir Kabulov": his title is the outer one
            continue
        aff_ref, new_start = _affiliation_before(by_end, doc, role_start, lex)
        if aff_ref is not None:
            consumed.add(id(aff_ref))
        aff = aff_ref.actor.id if aff_ref else _country_after(doc, r, refs)  # "President Musharraf of Pakistan"
        actor = _with_attrs(r.actor, role, aff)
        out.append(replace(r, actor=actor, start=new_start, how="title", confidence=MENTION["title"]))
    out += [r for r in refs if r.actor.type is not ActorType.PERSON and id(r) not in consumed]
    out = _drop_overlaps(out)
    index = {i: r for r in out for i in range(r.start, r.end)}
    extra: list[ActorRef] = []
    for k, r in enumerate(out):
        if r.actor.type is not ActorType.PERSON:
            continue
        head = doc[r.start:r.end].root
        nouns = [c for c in head.children if c.dep_ == "appos"]  # "Kabulov, Putin's envoy"
        if head.dep_ == "appos":  # "Putin's envoy, Zamir Kabulov"
            nouns.append(head.head)
        trailing = _trailing_role_noun(doc, r, head, lex)  # "the special representative of ... Zamir Kabulov"
        if trailing is not None:
            nouns.append(trailing)
        for noun in nouns:
            if noun.i in index or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            role = _role_of_noun(doc, noun, lex)
            if role is None:
                employer = _employer(noun, index.get) if noun in nouns[:1] else None
                if employer is not None:  # "David Theriault, standards liaison for Ubisense": works there
                    out[k] = r = replace(r, actor=_with_attrs(r.actor, None, employer))
                    break
                continue
            aff = _affiliation_in(doc, noun, index.get, range(r.start, r.end)) or _employer(noun, index.get)
            out[k] = r = replace(r, actor=_with_attrs(r.actor, role, aff))
            extra.append(ActorRef(r.actor, noun.i, noun.i + 1, "title", ROLE_NOUN))
            break
    return out + extra


def _trailing_role_noun(doc, ref: ActorRef, head, lex: Titles):
    """'The special representative of the Russian President in Afghanistan Zamir Kabulov':
    a definite role noun whose phrase ends with the name, with no comma or verb between."""
    tok, found = head, None
    for _ in range(8):
        if tok.head is tok or tok.dep_ not in ("pobj", "prep", "compound", "appos"):
            break
        tok = tok.head
        if tok.i >= ref.start or tok.right_edge.i != ref.end - 1:
            break
        if tok.pos_ in ("NOUN", "PROPN") and _role_of_noun(doc, tok, lex):
            between = doc[tok.i + 1:ref.start]
            if any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in tok.children) and not any(
                    t.is_punct or t.pos_ in ("VERB", "AUX") for t in between):
                found = tok  # keep climbing: the outermost role noun is the one the name completes
    return found


# -- 5: one person, one record per article ------------------------------------------------

@lru_cache(maxsize=4096)
def _name_words(label: str) -> tuple[str, ...]:
    return tuple(w for w in _SPACES.split(label) if w)


# -- the whole pass ---------------------------------------------------------------------------

def resolve_actors(doc, article: Article, gazetteer: Gazetteer, period=None) -> DocActors:
    """Every actor mention in ``doc`` (see the module docstring for the steps); ``period`` (a
    :class:`~graph.model.Period`) dates the article when it has no date of its own."""
    lex = gazetteer.titles
    refs = release_surnames(doc, _gazetteer_refs(doc, gazetteer), lex)  # "Mr Hague" is no Netherlands
    refs = sector_refs(doc, refs, lex)  # "Chadian rebels": the country's sector, not the state
    taken = {i for r in refs for i in range(r.start, r.end)}
    groups = frozenset(i for r in refs if r.actor.type in (ActorType.ORGANIZATION, ActorType.MEDIA)
                       for i in range(r.start, r.end))
    ner = honorific_persons(doc, _ner_refs(doc, taken, lex, groups), taken, lex)
    kept = drop_things(doc, ner, lex)  # "the game EverQuest", "Xbox": before "Sky" can join "Sky Plus"
    # '"Hotel Rwanda"', "Ray, starring Jamie Foxx", "movie The Grudge", "drugs such as Celebrex and Vioxx"
    ner = drop_works(doc, kept, lex, [r for r in ner if not any(r is k for k in kept)])
    ner = _known_organisations(ner, gazetteer)  # "Labour" NER found where the gazetteer's match was released
    # "DEC" after "the Disaster Emergency Committee", before "HACAN chairman John Stewart" makes it his employer
    refs = modifier_affiliations(doc, _apply_titles(doc, acronym_refs(refs + ner), lex))
    headline = headline_end(doc, headline_offset(article, doc))  # its surnames are names whatever their tag
    refs = confirmed_headline_names(doc, refs, headline)  # "Ken Nazi" of "Probe launched on Ken Nazi jibe"
    refs = party_attributes(unify_persons(doc, missed_full_names(doc, refs, lex), lex, headline), gazetteer.parties)
    refs = listed_places(doc, drop_non_persons(doc, refs, lex))  # "Glasgow", "Children", a bare "David"; "Torbay"
    refs = repeated_names(doc, refs)  # "An Operation Black Vote spokesman" where NER found the name elsewhere
    strangers = occupied_persons(doc, refs, lex.private_occupations)  # "broadcaster Chris Evans": no politician
    refs = figure_attributes(refs, article.date, gazetteer, period, strangers)  # CAMEO: Tony Blair in 2005, UK govt
    # "the prime minister": the article's titled holder, else the office's holder on its date
    days = ArticleDays(doc, refs, lex, gazetteer.offices, article.date, period)  # its offices' days, once
    refs += figure_attributes(role_refs(doc, refs, lex, gazetteer.offices, article.date, period, days),
                              article.date, gazetteer, period)
    # Tony Blair in 2005: Labour (offices.yaml holders, politicians.yaml), unless the text gives a party
    refs = member_parties(_data_full_names(refs, gazetteer.offices.memberships), gazetteer.offices.memberships,
                          article.date, period, lex.private_roles, strangers, days.window)
    refs = named_by_text(refs, headline)  # the text's record of each actor; none the text never names
    party_states = {p: gazetteer.actors[s] for p, s in lex.party_states.items() if s in gazetteer.actors}
    refs += resolve_coreference(doc, refs, lex, party_states)
    # aliases are the names as written, never pronouns or descriptions
    refs = [r if r.surface or not r.actor.aliases else replace(r, actor=replace(r.actor, aliases=()))
            for r in refs]
    return DocActors(refs, days.window)


_NAMED_GROUPS = (ActorType.ORGANIZATION, ActorType.INTERNATIONAL_ORGANIZATION, ActorType.MEDIA, ActorType.ARMED_GROUP)


def repeated_names(doc, refs: list) -> list:
    """A group's name of two words or more NER found in one place, written the same where NER missed it ("An
    Operation Black Vote spokesman said ..." before "Ashok Vishwanathan of Operation Black Vote"): a mention
    there too, unless those words are covered by another mention or are part of a longer name
    (:func:`_longer_name`)."""
    names = {tuple(r.surface.split()): r for r in refs if r.how == "ner" and r.actor.type in _NAMED_GROUPS
             and len(r.surface.split()) > 1 and r.end - r.start == len(r.surface.split())}
    covered = {i for r in refs for i in range(r.start, r.end)}
    out = list(refs)
    for words, ref in names.items():
        n = len(words)
        for i in range(len(doc) - n + 1):
            if tuple(t.text for t in doc[i:i + n]) != words or covered & set(range(i, i + n)):
                continue
            if _longer_name(doc, i, i + n):
                continue
            out.append(replace(ref, start=i, end=i + n))
            covered |= set(range(i, i + n))
    return out


def _longer_name(doc, start: int, end: int) -> bool:
    """The words [start, end) are part of a longer name: a proper noun just before or after, or "of" and one
    after ("Reserve Bank" of "Reserve Bank of Australia")."""
    after = doc[end:end + 2]
    return (start > 0 and doc[start - 1].pos_ == "PROPN") or (len(after) > 0 and after[0].pos_ == "PROPN") \
        or (len(after) == 2 and after[0].lower_ == "of" and after[1].pos_ == "PROPN")


def _data_full_names(refs: list, memberships) -> list:
    """A person named by another name the politicians' data lists for them ("Lord Kinnock", Neil Kinnock's peerage):
    that person, one node for both names (``Memberships.full_name``).  A name of two words or more NER took for an
    organisation that the data lists as a politician's is a person ("Nicola Sturgeon" tagged ORG), so a "she"
    after it reaches her."""
    out = []
    for r in refs:
        if r.how == "ner" and r.actor.type is ActorType.ORGANIZATION and " " in r.actor.label \
                and memberships.knows(r.actor.label):
            r = replace(r, actor=replace(r.actor, type=ActorType.PERSON))
        full = memberships.full_name(r.actor.label) if r.actor.type is ActorType.PERSON else None
        out.append(replace(r, actor=replace(r.actor, id=slugify(full), label=full)) if full else r)
    return out


# -- across articles: spelling variants ------------------------------------------------------

def _ratio(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(a.lower(), b.lower())


def _affiliation(a: Actor) -> str | None:
    return dict(a.attributes).get("affiliation")


def _same_person(a: Actor, b: Actor, na, nb) -> bool:
    """Two full names of one person spelt differently (Kabulov / Kabolov, Sergey / Sergei)."""
    wa, wb = na.words or _name_words(na.label), nb.words or _name_words(nb.label)  # "Sir Tom Reed": Tom Reed
    if na.gender and nb.gender and na.gender != nb.gender:
        return False
    fa, fb = _affiliation(a), _affiliation(b)
    if fa and fb and fa != fb:
        return False
    if _ratio(wa[-1], wb[-1]) < 80 or _ratio(" ".join(wa), " ".join(wb)) < 85:
        return False
    first_ok = _ratio(wa[0], wb[0]) >= 80
    return first_ok or (fa is not None and fa == fb)


def _rank(a: Actor):
    """Which spelling survives: the most aliases seen, then the one with attributes, then the longest name."""
    return (-len(a.aliases), -len(a.attributes), -len(a.label), a.id)


def _person_names(persons, lex: Titles) -> dict:
    """Each person's parsed name, its gender from the label, the first name or titled aliases ("Mr Blair");
    None as the gender when they disagree (a node that already holds two people merges no further)."""
    out = {}
    for a in persons:
        name = person_name(a.label, lex) or PersonName("", "", (a.label,), None, False)
        out[a.id] = replace(name, gender=person_gender(a, lex))
    return out


def _compatible(a: Actor, b: Actor) -> bool:
    return not (_affiliation(a) and _affiliation(b) and _affiliation(a) != _affiliation(b))


def _same_role(a: Actor, fitting: list[Actor]) -> list[Actor]:
    """Of the full names a short one fits, those holding its role when any does: "President Bush" is
    George W Bush, not Kate Bush."""
    role = dict(a.attributes).get("role")
    same = [b for b in fitting if role and dict(b.attributes).get("role") == role]
    return same or fitting


def _vouched(short, full, a: Actor, b: Actor) -> bool:
    """Besides the gazetteer, what makes a short name safe to join to the one full name it fits across
    articles: the honorific's gender is the full first name's ("Mr Allawi", "Iyad Allawi"; never a peer's
    "Lord Ashcroft", whose title need not be the surname of any Ashcroft), or both give one affiliation."""
    if short.title and not short.kept_title and short.gender and full.gender == short.gender:
        return True
    return _affiliation(a) is not None and _affiliation(a) == _affiliation(b)


def merge_variants(actors, titles: Titles | None = None, known=None, rivals=None, strangers=None) -> dict[str, str]:
    """Map the id of each spelling variant of a person to the id of the surviving spelling.

    Only persons are merged, and only when (a) their full names are similar (surname
    ratio >= 80, full name >= 85) and they share a first name or an affiliation, and
    never when their affiliations or genders differ; or (b) one is a short name ("Putin",
    "Mr Blair", "Lord Kinnock") left over from an article that did not name the person in full,
    exactly one person of the set fits it (``persons.fits``: same surname, no gender clash, so
    "Mrs Blair" never joins Tony Blair, nor "Mr Blair" Cherie Blair) and ``known(actor)`` says the
    gazetteer knows them (default: :func:`graph.extract.figures.known_person` without a gazetteer,
    the CAMEO figures), or the short name's honorific gives the full first name's gender ("Mr Allawi",
    "Iyad Allawi"), or both give one affiliation: a bare "Blackburn" of a football report never joins
    the DJ Tony Blackburn.  ``rivals`` (:func:`article_rivals`) stops the last two: "Ms Berry" of an
    article naming "Jan Berry" never joins Halle Berry.  Only persons merge ("ISIS", "ISIS-K" stay apart);
    ``titles``: the courtesy titles and their genders (``ontology/titles.yaml`` when not given).
    ``strangers`` (:func:`graph.extract.company.join_by_company`): short id -> full-name ids whose articles
    share next to nothing with the short name's; they are not vouched for ("Mr Prettejohn" of Lloyd's never
    joins Netcraft's Mike Prettejohn).
    """
    if titles is None:
        from ..vocab import ONTOLOGY_DIR, read_ontology_yaml
        from .gazetteer import TITLES_FILE, make_titles

        titles = make_titles(read_ontology_yaml(ONTOLOGY_DIR / TITLES_FILE), ONTOLOGY_DIR / TITLES_FILE)
    if known is None:
        from .figures import known_person

        known = known_person
    persons = sorted((a for a in actors if a.type is ActorType.PERSON), key=lambda a: a.id)
    names = _person_names(persons, titles)
    parent = {a.id: a.id for a in persons}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_surname = _join_spellings(persons, names, parent, find)
    for a in persons:
        short = names[a.id]
        if short.full or len(person_genders(a, titles)) > 1:
            continue  # a node that already holds Mr and Mrs Blair takes no one else
        # across articles only to the one person of the set the name fits, and a known one
        fitting = _same_role(a, [b for b in by_surname.get(short.surname[-1].lower(), ())
                                 if fits(short, names[b.id]) and _compatible(a, b)])
        owners = {find(b.id) for b in fitting}
        rival = short.surname[-1].lower() in (rivals or {}).get(a.id, ())
        strange = (strangers or {}).get(a.id, ())
        if len(owners) == 1 and any(known(b) or not rival and b.id not in strange and _vouched(short, names[b.id], a, b)
                                    for b in fitting):
            parent[find(a.id)] = owners.pop()
    return _survivors(persons, names, find)


def _join_spellings(persons, names, parent: dict, find) -> dict[str, list[Actor]]:
    """Union the full names spelt two ways (``_same_person``); returns the full names by lower-case surname.
    Compared only within a block of surnames with the same first letter: spelling variants keep it
    (Kabulov / Kabolov), and the pairs stay few on big corpora."""
    blocks: dict[str, list[Actor]] = defaultdict(list)
    by_surname: dict[str, list[Actor]] = defaultdict(list)
    for a in persons:
        if names[a.id].full:
            blocks[names[a.id].surname[-1][:1].lower()].append(a)
            by_surname[names[a.id].surname[-1].lower()].append(a)
    for block in blocks.values():
        for i, j in _near_surnames([_name_words(names[a.id].label) for a in block]):
            a, b = block[i], block[j]
            if _same_person(a, b, names[a.id], names[b.id]):
                parent[find(a.id)] = find(b.id)
    return by_surname


#: below this surname ratio a pair is never compared (``_same_person`` asks for 80); the margin keeps
#: the bulk comparison's float32 scores from ever dropping a pair that reaches 80
_NEAR_SURNAME = 75


def _near_surnames(words: list[tuple[str, ...]]) -> list[tuple[int, int]]:
    """The pairs (i, j), i < j, in the order of a double loop, whose last words may be spellings of
    one surname (rapidfuzz's ratio >= ``_NEAR_SURNAME``, all pairs at once): on a big corpus a block
    of surnames holds hundreds of names, and nearly all pairs are far apart."""
    n = len(words)
    if n < 2:
        return []
    if not all(words):
        return [(i, j) for i in range(n) for j in range(i + 1, n)]
    import numpy as np
    from rapidfuzz import fuzz, process

    lasts = [w[-1].lower() for w in words]
    scores = process.cdist(lasts, lasts, scorer=fuzz.ratio, score_cutoff=_NEAR_SURNAME, dtype=np.float32)
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(np.triu(scores, 1)))]


def _survivors(persons, names, find) -> dict[str, str]:
    """Each merged id -> the id of its cluster's best full name (else its best short name)."""
    clusters: dict[str, list[Actor]] = defaultdict(list)
    for a in persons:
        clusters[find(a.id)].append(a)
    out = {}
    for members in clusters.values():
        if len(members) < 2:
            continue
        keep = min((m for m in members if names[m.id].full), key=_rank, default=None)
        keep = keep or min(members, key=_rank)
        for m in members:
            if m.id != keep.id:
                out[m.id] = keep.id
    return out


def plain_person_labels(actors, titles: Titles) -> list:
    """The actors with each person known only by a courtesy title and surname labelled by the surname
    ("Mr Allawi" -> "Allawi", the titled form kept as an alias); the title stays in the label when
    another person of the set would take the same bare label ("Mr Brown" and "Mrs Brown", or a "Brown")."""
    actors = list(actors)
    bare: dict[str, str] = {}
    for a in actors:
        n = person_name(a.label, titles) if a.type is ActorType.PERSON else None
        if n is not None and not n.full and n.title and not n.kept_title:
            bare[a.id] = " ".join(n.words or n.surname)
    taken = Counter(a.label.lower() for a in actors if a.type is ActorType.PERSON and a.id not in bare)
    taken.update(label.lower() for label in bare.values())
    out = []
    for a in actors:
        label = bare.get(a.id)
        if label and taken[label.lower()] == 1:
            a = replace(a, label=label, aliases=tuple(sorted(set(a.aliases) | {a.label})))
        out.append(a)
    return out


def article_rivals(persons_by_article, titles: Titles) -> dict[str, frozenset[str]]:
    """Each short person id -> the lower-case words of the full names written in its articles
    (``persons_by_article``: one list of person actors per article), for ``merge_variants``."""
    out: dict[str, set[str]] = defaultdict(set)
    for persons in persons_by_article:
        names = {a.id: person_name(a.label, titles) for a in persons}
        words = {w.lower() for a in persons if (n := names[a.id]) is not None and n.full for w in n.words}
        for a in persons:
            if names[a.id] is not None and not names[a.id].full:
                out[a.id] |= words
    return {aid: frozenset(ws) for aid, ws in out.items()}


#: Types an actor the articles only name (in no relation or quote) still has a node of, as the gazetteer or its
#: demonyms give them: never places (a place is an actor only when it acts) nor the bare ``Actor``.
_STANDALONE_TYPES = frozenset({ActorType.COUNTRY, ActorType.ARMED_GROUP, ActorType.INTERNATIONAL_ORGANIZATION,
                               ActorType.MEDIA, ActorType.SECTOR_GROUP})


def stands_alone(actor: Actor, gazetteer: Gazetteer, affiliated: frozenset[str] = frozenset()) -> bool:
    """Whether an actor the articles name is a node of its own though no relation or quote names it: a state,
    armed group, international body, medium or sector; an actor the gazetteer knows or someone's affiliation
    (``affiliated``: ids), never a place; a person by a full name (``_full_person``); an organisation whose name
    a body word heads (``body_heads``: "Hartwell Trust", "Bureau of Statistics") or a company suffix ends; a
    class of the user's ontology."""
    if actor.type is ActorType.PLACE:
        return False
    if actor.type in _STANDALONE_TYPES or actor.id in gazetteer.actors or actor.id in affiliated:
        return True
    if actor.type is ActorType.PERSON:
        return _full_person(actor, gazetteer)
    if actor.type is ActorType.ORGANIZATION:
        return any(_body_named(form, gazetteer.titles) for form in (actor.label, *actor.aliases))
    return not isinstance(actor.type, ActorType)


#: First words of a name that are an article's: "The Morpeth Harrier", "Le Monde" are no one's names.
_NAME_ARTICLES = frozenset({"the", "le", "la", "les", "der", "die", "das"})


def _full_person(actor: Actor, gazetteer: Gazetteer) -> bool:
    """'Ana Ruiz', 'J Ruiz', 'Ruiz' by a role: a name of two or more words with a first name (gender-guesser's),
    an initial, a role or a surname the article also writes alone (one the gazetteer does not know: not "Radio
    Kenya" by "Kenya"); never a "Mr Ruiz" no article completes, a list or possessive ("Ruiz, Lopez", "Ruiz's
    Lantern") nor a name a body word ends ("Nelson Town")."""
    lex = gazetteer.titles
    name = person_name(actor.label, lex)
    if name is None or not name.full or len(name.words or ()) < 2:
        return False
    words = list(name.words)
    if any(p in actor.label for p in (",", "'s ", "' ", " v ")) or words[-1].lower() in lex.body_heads:
        return False
    if words[0].lower() in _NAME_ARTICLES:
        return False
    first = words[0]
    alone = {a for a in actor.aliases if (a in words[1:] or a == " ".join(words[1:]))
             and a.lower() not in gazetteer.by_alias}
    return is_first_name(first) or (first.isupper() and len(first) <= 2) or bool(alone) or "role" in dict(
        actor.attributes)
def _body_named(form: str, lex: Titles) -> bool:
    """'Hartwell Trust', 'Bureau of Statistics', 'Acme Ltd': a name a body word heads or a legal form ends."""
    words = form.split(" of ")[0].split()
    return len(form.split()) > 1 and len(words) > 0 and (words[-1].lower() in lex.body_heads or form.split()[-1] in lex.company_suffixes)
