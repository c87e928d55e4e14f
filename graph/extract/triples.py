"""Making one triple from two actor mentions: stance, attribution, symmetry, confidence, provenance.

Every triple of an article is made here, by the relation rules (``graph.extract.relations``)
and the statements (``graph.extract.statements``) alike.  Never a triple without an actor on
both ends, never a self-loop, never a place as a party to a relation the lexicon does not
allow places in (``place_relations``), never a country named in a sport story's sentence without
a word of the state (its team), never an attack of play in a sport story, never the state or party
of the public at large ("the British people"), never a club named only as the modifier of a player's role ("the
Wasps wing").
"""
from __future__ import annotations

from ..model import ActorType, Modality, Polarity, Triple
from ..vocab import CLAIM_RELATION, GENERIC_RELATION
from .modality import governing_chain
from .cameo import load_cameo
from .places import state_target
from .scoring import triple_confidence

__all__ = ["make_triple", "flipped", "party_governs"]


def flipped(polarity: Polarity) -> Polarity:
    """The other polarity."""
    return Polarity.NEGATIVE if polarity is Polarity.POSITIVE else Polarity.POSITIVE


def _sentence(sent) -> tuple[str, int, int]:
    """Sentence text and char span with surrounding whitespace trimmed (article.text[start:end] == text)."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    text = text.strip()
    return text, start, start + len(text)


def _span(doc, idxs) -> tuple[int, int]:
    lo, hi = min(idxs), max(idxs)
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _reported(reading, att, verb: int, polarity: Polarity, modality: Modality):
    """(polarity, modality, attributed_to) of a relation read inside attribution ``att``: reported
    by its source (hedged without one), negated under a denial cue ("denied that ...")."""
    src = reading.source(att)
    attributed_to = src.actor.id if src is not None else None
    if modality is Modality.ASSERTED:
        modality = Modality.REPORTED if att.has_source else Modality.HEDGED
    cue = reading.doc[att.cue_word]
    if cue.lemma_.lower() in reading.lex.denial_verbs and cue not in governing_chain(reading.doc[verb]):
        polarity = flipped(polarity)
    return polarity, modality, attributed_to


def _own_side_modifier(reading, sref, oref) -> bool:
    """The object is the subject person's own party, group or state named only as a modifier of who takes part
    ("Mr German said: 'my discussions with Welsh Liberal Democrat council leaders'"): its members, not it; also
    the other way round ("during Chinese president Hu Jintao's visit": no meeting of China with its president).
    Not a state whose offices the person's party does not hold then (:func:`party_governs`): "Tory co-chairman
    Liam Fox said the government's plan was dangerous" is about the government, which is not his side."""
    if sref.actor.type is not ActorType.PERSON or dict(sref.actor.attributes).get("affiliation") != oref.actor.id:
        return False
    if oref.actor.type is ActorType.COUNTRY and party_governs(reading, sref, oref.actor.id) is False:
        return False  # the opposition's "the government's plans": the state's, not the speaker's own
    root = reading.doc[oref.start:oref.end].root
    return root.dep_ in ("compound", "amod", "poss", "nmod") and root.head.pos_ == "NOUN" and not (
        oref.start <= root.head.i < oref.end)


def party_governs(reading, source, country: str) -> bool | None:
    """Whether the person's party (``party``) holds one of ``country``'s offices of state on the article's
    days (offices.yaml; the days: ``DocActors.window``, ``persons.ArticleDays``).  False: the government a
    party figure speaks of by description is not theirs ("Tory chairman Al Roe said the government had lied",
    2005), whatever state their affiliation names.  None when unknown: no party, no article days, or no dated
    holder with a party (the speaker's affiliation and phrase decide then, as they do for a governing party's
    backbencher or minister).  A shadow office is the opposition's, not the state's."""
    party = dict(source.actor.attributes).get("party")
    window = reading.actors.window  # the article's day, else its period's and its titled people's days
    if not party or window is None:
        return None
    parties = {t.party for o in reading.gazetteer.offices.offices if o.country == country and not o.of
               and not any(title.startswith("shadow") for title in o.titles)
               and (t := o.holder(window)) is not None and t.party}
    return party in parties if parties else None


_MEMBERSHIP = "cooperatesWith"  # the relation a person's joining or working for an actor reads as


def _person_attrs(ref) -> dict:
    """A person's attributes (affiliation, party, role ...) as a dict; nothing for any other actor."""
    return dict(ref.actor.attributes) if ref.actor.type is ActorType.PERSON else {}


def _membership(sref, oref, relation) -> bool:
    """A person cooperating with their own party, firm or group ("Joining the company as a part-time worker, Mr
    Bell rose through its ranks" of McDonald's chief): an affiliation, which is an attribute, not a relation."""
    attrs = _person_attrs(sref)
    return relation == _MEMBERSHIP and oref.actor.id in (attrs.get("affiliation"), attrs.get("party"))


def _own_meeting(pref, gref, relation) -> bool:
    """A person's meeting with their own party ("The Liberal Democrats plan to hold daily news conferences with
    Charles Kennedy", their leader): the party's own business, no consultation between two actors."""
    return relation == "consults" and pref.actor.type is ActorType.PERSON \
        and gref.actor.id == _person_attrs(pref).get("party")


def _own_government(reading, sref, oref, relation) -> bool:
    """An official backing the government or regime of the state he serves, named as such ("he defended the UK's
    current regime", the prime minister): his own side, no relation (praising the state by its name still is one,
    "Kabulov praised Russia for ...": the seeds' gold)."""
    attrs = _person_attrs(sref)
    if relation != "supports" or oref.actor.type is not ActorType.COUNTRY or oref.actor.id != attrs.get("affiliation"):
        return False
    root = reading.doc[oref.start:oref.end].root
    return root.lemma_.lower() in reading.gazetteer.titles.state_agents


def _land_name(ref) -> bool:
    """A country's name, or a name NER found for a non-person that CAMEO lists as a land of a country but
    no city of it ("England", "Wales": NER calls the team an organisation there, a place elsewhere)."""
    if ref.actor.type is ActorType.COUNTRY:
        return True
    if ref.how != "ner" or ref.actor.type is ActorType.PERSON:
        return False
    country = load_cameo().country(ref.actor.label)
    return country is not None and ref.actor.label.casefold() not in {c.casefold() for c in country.cities}


def _national_team(reading, ref) -> bool:
    """In a sport story a country's name is its team ("sent the Great Britain team a good luck message",
    "Kirwan demands Italy consistency", "things didn't go England's way"): no party to a relation, unless its
    sentence has a word of the state (lexicon ``sport_senses.state_words``: "the Zimbabwe government", "the
    sports minister")."""
    if not reading.sport or not _land_name(ref):
        return False
    words = reading.lex.sport_state_words
    return not any(t.lemma_.lower() in words or t.lower_ in words for t in reading.doc[ref.start].sent)


def _sport_contest(reading, relation, verb) -> bool:
    """In a sport story an attack or coercion is play ("opens his campaign against Bobby Reynolds", "destroyed
    Os du Randt in the scrum", "forcing the keeper into a save"; lexicon ``sport_senses.contest_relations``),
    unless its sentence has a word of the state ("the army attacked the stadium")."""
    if relation not in reading.lex.sport_contests or not reading.sport:
        return False
    words = reading.lex.sport_state_words
    return not any(t.lemma_.lower() in words or t.lower_ in words for t in reading.doc[verb].sent)


def _people_of(doc, ref, claimed: bool = False) -> bool:
    """A demonym as a plural noun with no "the" that is counted ("two Chileans") or, with ``claimed``, what a claim
    is about ("said Iraqis were angry", "thinks Brazilians will buy"): the country's people, not its state.  A bare
    plural acting ("Russians promised to cooperate") may be the state's side, and so may "the Iranians", as before."""
    tok = doc[ref.start]
    if ref.how != "demonym" or ref.end - ref.start != 1 or tok.tag_ not in ("NNS", "NNPS") \
            or tok.dep_ in ("amod", "compound") or any(c.dep_ == "det" for c in tok.children):
        return False
    return claimed or any(c.dep_ == "nummod" for c in tok.children)


def _public_owner(reading, ref) -> bool:
    """A country or party modifying the public at large ("the British people", "the UK public", "French
    nationals", titles ``not_sectors``), or counted people ("two Chileans", :func:`_people_of`) is no party to what
    is done to them: the public is no actor, nor its state."""
    doc, public = reading.doc, reading.gazetteer.titles.not_sectors
    if _people_of(doc, ref):
        return True
    root = doc[ref.start:ref.end].root
    while root.dep_ == "conj" and root.head.dep_ in ("amod", "compound", "conj") and root.head.i < root.i:
        root = root.head  # "French, Jordanian and Nigerian nationals": the last two lean on the first
    head = root.head
    if root.dep_ in ("amod", "compound", "nmod", "poss") and head.pos_ == "NOUN" and not ref.start <= head.i < ref.end:
        return bool({head.lower_, head.lemma_.lower()} & public)
    after = doc[ref.end] if ref.end < len(doc) else None  # "give the UK public a voice", parsed as two objects
    return after is not None and after.dep_ not in ("amod", "compound") and after.lower_ in public


def _club_player(reading, ref) -> bool:
    """A club's name modifying one of its people's role nouns right after it ("the Wasps wing insisted",
    "the Everton boss said"; titles ``club_roles``) names that person, not the club."""
    if ref.actor.type is ActorType.PERSON or ref.end >= len(reading.doc):
        return False
    root, after = reading.doc[ref.start:ref.end].root, reading.doc[ref.end]
    if root.dep_ not in ("compound", "nmod", "amod") or root.head.i != after.i:  # a medium's name the parser calls an adjective
        return False
    roles, word = reading.gazetteer.titles.club_roles, after.lower_
    return word in roles or word.endswith("s") and word[:-1] in roles


def make_triple(reading, sref, oref, relation, verb, pred, rule, base, *, stance=None, att=None,
                hops=0, coord=False, symmetric=False, attributes=(), evidence=None) -> Triple | None:
    """The triple ``sref`` -``relation``-> ``oref`` read at predicate token ``verb`` (words ``pred``) by
    ``rule``, or None when it may not be made.  ``stance`` defaults to the predicate's own; ``att``
    is the attribution it was read inside, if any; ``evidence`` the span quoted as its sentence when
    that is more than the predicate's sentence (a quotation of several sentences)."""
    if sref is None or oref is None or sref.actor.id == oref.actor.id:
        return None
    relation = relation or GENERIC_RELATION
    oref = state_target(reading, sref, oref, relation)  # "arrived in Damascus": Syria
    if _own_side_modifier(reading, sref, oref) or _own_side_modifier(reading, oref, sref) \
            or _membership(sref, oref, relation) or _own_meeting(sref, oref, relation) \
            or _own_meeting(oref, sref, relation) or _own_government(reading, sref, oref, relation):
        return None
    if _national_team(reading, sref) or _national_team(reading, oref) or _club_player(reading, sref) \
            or _club_player(reading, oref):
        return None  # "sent the Great Britain team a message" in a match report, "the Wasps wing said"
    if _public_owner(reading, sref) or _public_owner(reading, oref) \
            or _people_of(reading.doc, oref, claimed=relation == CLAIM_RELATION):
        return None  # "will ask the British people for support": the public, not the state
    if _sport_contest(reading, relation, verb):
        return None  # "destroyed Os du Randt in the scrum": play in a match report
    if not rule.startswith("hostile_prefix") and any(
            r.end > r.start and reading.doc[r.start:r.end].root.i == verb for r in (sref, oref)):
        return None  # "a spokesman for the UN's World Summit": an event named as an actor is no party to itself
    if ActorType.PLACE in (sref.actor.type, oref.actor.type) and relation not in reading.lex.place_relations:
        return None  # "visited Auschwitz", "said ... Cambridge": a place is no party to it
    stance = stance or reading.stance(verb)
    polarity, modality, attributed_to = stance.polarity, stance.modality, None
    if att is not None:
        polarity, modality, attributed_to = _reported(reading, att, verb, polarity, modality)
    if relation == CLAIM_RELATION and attributed_to == sref.actor.id:
        # "Law added: 'I think ...'": the speaker's own claim, which the article reports as such
        attributed_to, modality = None, Modality.ASSERTED
    if symmetric or reading.lex.is_symmetric(relation):
        if sref.start > oref.start and (symmetric or not hops):  # co-participants in text order; a subject
            sref, oref = oref, sref  # climbed to stays first ("Before visiting Pakistan, Mr Straw met ...")
        attributes = tuple(sorted(set(attributes) | {("symmetric", "true")}))
    conf = triple_confidence(base, mapped=relation != GENERIC_RELATION, modality=modality, hops=hops,
                             coordinated=coord, mentions=(sref.confidence, oref.confidence))
    sent, start, end = _sentence(evidence if evidence is not None else reading.doc[verb].sent)
    pstart, pend = _span(reading.doc, pred)
    cameo, plover = reading.events.event_code(reading.coded(verb), relation)
    return Triple(sref.actor.id, relation, oref.actor.id, reading.text[pstart:pend], reading.article.id,
                  sent, start, end, polarity=polarity, modality=modality, attributed_to=attributed_to,
                  confidence=conf, rule=rule, pred_start=pstart, pred_end=pend, attributes=tuple(attributes),
                  cameo=cameo, plover=plover)
