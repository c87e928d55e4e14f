"""Person names, article-wide: one node per person, named in full, never two people on one node.

Each case is a small function; ``actors.resolve_actors`` calls them in this order:

1. ``release_surnames``: a known place or country that is a person's surname in this article
   ("William Hague ... Hague said") or follows a courtesy title ("Mr Hague, 43, told the Daily
   Telegraph") is the person, not the Netherlands.
2. ``honorific_persons``: "Mr", "Mrs", "Lord" ... before a name make it a person (NER may call it a
   place or miss it) and are kept with the name, since they carry the gender.
3. ``modifier_affiliations``: "Kenyan Bernard Lagat", "Labour's Alan Milburn" give the person the
   country or party as ``affiliation`` when no title did.
4. ``missed_full_names``: "fellow American Justin Gatlin" that NER missed is a person when the
   article also says "Gatlin".  ``unify_persons``: every short mention (surname, "Mr/Mrs/Ms/Dr X", "Lord X", a headline's
   "Blair") resolves to the one full name of the article it fits, before or after it; "Mr X" never
   joins "Mrs/Ms/Miss X", nor a full name whose first name is of the other gender.  Labels are
   full names without courtesy titles ("Mr Tony Blair" -> "Tony Blair"); titles of the name's form
   stay ("Sir Menzies Campbell", and "Lord Goldsmith" when no full name is given).
5. ``role_refs``: "the prime minister", "the Tory leader" -> the one person of the article who
   holds that role (given as a title or apposition somewhere in the article); else the office's
   holder on the article's date (``ontology/offices.yaml``, :mod:`graph.extract.offices`), the
   office's country given by a modifier ("the French president", "Britain's foreign secretary")
   or by the article's home country.

``person_name`` parses a label (nameparser splits full names) and ``fits`` tells whether a short
name may be a full one; ``actors.merge_variants`` uses both across articles.  The titles and their
genders are data (``honorifics``, ``name_titles`` and ``roles`` in ``ontology/titles.yaml``); a first
name's gender is gender-guesser's, the list of the news's own country (``name_country``) first ("Jan":
female in Britain's, male in most others).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from ..model import Actor, ActorType
from .gazetteer import Titles, slugify
from .offices import Offices, intersect, joint_window
from .politicians import article_window
from .refs import ActorRef
from .scoring import MENTION, OFFICE_HOLDER, ROLE_HOLDER, TITLED_NAME

__all__ = ["PersonName", "person_name", "fits", "first_name_gender", "is_first_name", "person_gender",
           "person_genders", "looks_personal", "pronoun_fits", "fits_role_phrase", "release_surnames", "honorific_persons",
           "modifier_affiliations", "party_attributes", "missed_full_names",
           "unify_persons", "role_refs", "ArticleDays", "generic_holder", "pronoun_gender"]

_MAX_NAME_TOKENS = 4  # words after a courtesy title taken as the name
_GENDERS = {"male": "male", "female": "female"}  # gender-guesser's clear answers ("mostly_male" is not)
#: gender-guesser's categories of a name in one country's list -> the sex they give ("andy": both)
_SEX = {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}
_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                   "she": "female", "her": "female", "hers": "female", "herself": "female"}
_AFFILIATIONS = (ActorType.COUNTRY, ActorType.ORGANIZATION, ActorType.ARMED_GROUP, ActorType.INTERNATIONAL_ORGANIZATION)
_OWNERS = (ActorType.ORGANIZATION, ActorType.MEDIA)  # NER's organisations that employ the person they own
_FIRST_NAME_RATIO = 80  # rapidfuzz ratio from which two first names are one spelt two ways
_NOT_CURRENT = {"former", "then", "ex", "late", "previous", "future", "next", "new", "shadow"}
_NOT_HELD = _NOT_CURRENT - {"new"}  # "New Home Secretary Charles Clarke" holds the office
#: Roles only a person holds, in apposition to a name NER took for an organisation ("Nick Davies, spokesman for")
_PERSON_ROLES = {"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "adviser", "advisor",
                 "ambassador", "envoy", "senator", "congressman", "congresswoman", "mp", "mep"}
_SHADOW = "shadow"  # "the shadow chancellor": a shadow office of its own (offices.yaml), not the minister's
#: Words that make "the [incumbent] chancellor" any holder of the office, not one person: a role in a
#: generic or habitual statement spanning several terms ("cut by the incumbent chancellor before each election")
_GENERIC_HOLDER = {"incumbent", "successive", "any", "each", "every", "whichever"}
_NOT_HOLDER = (_NOT_CURRENT - {_SHADOW}) | _GENERIC_HOLDER  # words of a role phrase naming no one holder


@dataclass(frozen=True)
class PersonName:
    """A person's name split for matching: ``title`` as written ("Mr", "Lord", ""), ``first`` name
    ("" for a short form), ``surname`` words, the ``gender`` the title or first name gives, and the
    name's ``words`` as written after a title."""

    title: str
    first: str
    surname: tuple[str, ...]
    gender: str | None
    kept_title: bool  # "Lord", "Sir": part of the name's form
    words: tuple[str, ...] = ()

    @property
    def full(self) -> bool:
        return bool(self.first)

    @property
    def label(self) -> str:
        """The name without a courtesy title ("Mr Tony Blair" -> "Tony Blair", "Sir Menzies Campbell")."""
        return " ".join(([self.title] if self.kept_title and self.title else []) + list(self.words or self.surname))


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as gender_guesser

    return gender_guesser.Detector(case_sensitive=False)


@lru_cache(maxsize=1)
def _name_country() -> str | None:
    """``name_country`` of ``ontology/titles.yaml``: the gender-guesser country list asked first."""
    from ..vocab import ONTOLOGY_DIR, read_ontology_yaml

    return (read_ontology_yaml(ONTOLOGY_DIR / "titles.yaml") or {}).get("name_country")


def _local_gender(name: str, country: str) -> str:
    """gender-guesser's answer for ``name`` in ``country``'s list; "unknown" when that list lacks the name."""
    detector = _detector()
    column = detector.COUNTRIES.index(country)
    entry = detector.names.get(name.lower()) or {}
    listed = any(len(v) > column and v[column] != " " for v in entry.values())
    return detector.get_gender(name, country) if listed else "unknown"


@lru_cache(maxsize=8192)
def first_name_gender(first: str) -> str | None:
    """'male' or 'female' when the first name clearly has one (gender-guesser), else None ("Kim", "Chris").
    The ``name_country`` list decides first: its clear answer ("Jan": female in Britain's), else its
    "mostly" answer when the overall one agrees ("Tony"); a name it lists otherwise has none ("Jean", "Alex")."""
    if not first or not first[0].isalpha():
        return None
    name = first.split("-")[0]
    overall = _GENDERS.get(_detector().get_gender(name))
    country = _name_country()
    local = _local_gender(name, country) if country else "unknown"
    if local in _GENDERS or local == "unknown":
        return _GENDERS.get(local, overall)
    return overall if _SEX.get(local) == overall else None


@lru_cache(maxsize=8192)
def first_name_sure(first: str) -> bool:
    """gender-guesser gives ``first`` one sex in every country it lists ("Michael"), not both somewhere
    ("Jan" and "Nicky": male in most lists, female in Britain's)."""
    entry = _detector().names.get(first.split("-")[0].lower()) or {}
    sexes = {_SEX.get(k, "both") for k in entry}
    return len(sexes) == 1 and "both" not in sexes


@lru_cache(maxsize=8192)
def is_first_name(word: str) -> bool:
    """gender-guesser knows ``word`` as a first name (of any or no clear gender)."""
    return word[:1].isupper() and _detector().get_gender(word.split("-")[0]) != "unknown"


@lru_cache(maxsize=1)
def _constants():
    from nameparser.config import Constants

    # titles are handled before parsing (from titles.yaml); keep nameparser from taking first
    # names such as "Dean" or "Judge" for titles
    return Constants(titles=(), first_name_titles=(), suffix_not_acronyms=("jr", "sr", "jnr", "snr"))


def _split_full(words: list[str]) -> tuple[str, tuple[str, ...]]:
    """First name and surname words of a name without title (nameparser: "Iain Duncan Smith")."""
    from nameparser import HumanName

    parsed = HumanName(" ".join(words), constants=_constants())
    if not parsed.first or not parsed.last:
        return "", tuple(words[-1:])
    middle = parsed.middle.split() if parsed.middle else []
    return parsed.first, tuple(middle + parsed.last.split())


class _TitleTable(tuple):
    """The titles as a tuple of (word, kept in the name's form, gender), equal as the tuple is, that
    hashes in constant time (it keys :func:`_parse`'s cache on every call) and finds a word's
    entry with one dict lookup (``by_word``: the first entry of each word)."""

    def __new__(cls, entries):
        table = super().__new__(cls, entries)
        table._hash = tuple.__hash__(table)
        table.by_word = {}
        for t in table:
            table.by_word.setdefault(t[0], t)
        return table

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self):
        return _TitleTable, (tuple(self),)


def _titles(lex: Titles) -> _TitleTable:
    """The titles of ``titles.yaml`` as a hashable table: (word, kept in the name's form, gender)."""
    table = lex.__dict__.get("_person_titles")
    if table is None:
        table = _TitleTable(tuple((k, False, v or None) for k, v in sorted(lex.honorifics.items())) + tuple(
            (k, True, v or None) for k, v in sorted(lex.name_titles.items())))
        object.__setattr__(lex, "_person_titles", table)  # a memo on the frozen Titles, as role_words()
    return table


def _title(word: str, lex: Titles) -> tuple[str, bool, str | None] | None:
    """(title, kept in the name's form, gender) when ``word`` is a courtesy or name title."""
    return _title_in(word, _titles(lex))


def _title_in(word: str, titles: _TitleTable) -> tuple[str, bool, str | None] | None:
    return titles.by_word.get(word.rstrip("."))


@lru_cache(maxsize=8192)
def _parse(label: str, titles: tuple) -> PersonName | None:
    words = label.split()
    title = _title_in(words[0], titles) if words else None
    rest = tuple(words[1:] if title else words)
    if not rest:
        return None
    while len(rest) > 2 and not is_first_name(rest[0]) and is_first_name(rest[1]):
        rest = rest[1:]  # "Striker Thierry Henry", "Lawyer Louise Christian": a descriptor NER took in
    name_title, kept, gender = title or ("", False, None)
    if len(rest) == 1:  # "Mr Blair", "Lord Dubs", "Blair"
        return PersonName(name_title, "", rest, gender, kept, rest)
    first, surname = _split_full(list(rest))
    return PersonName(name_title, first, surname, gender or first_name_gender(first), kept, rest)


def person_name(label: str, lex: Titles) -> PersonName | None:
    """The parts of a person's label ("Mr Blair", "Tony Blair", "Lord Goldsmith"); None for a bare title."""
    return _parse(" ".join(label.split()), _titles(lex))


def fits(short: PersonName, full: PersonName) -> bool:
    """A short name may be this full name: its surname ends the full name's, no gender clash, and no
    courtesy title for a knight or peer ("Mr Blair" is not Sir Ian Blair, who is "Sir Ian")."""
    if short.full or not full.full or (short.title and not short.kept_title and full.kept_title):
        return False
    n = len(short.surname)
    names = (full.first,) + full.surname
    if n > len(names) or tuple(w.lower() for w in names[-n:]) != tuple(w.lower() for w in short.surname):
        return False
    return not (short.gender and full.gender and short.gender != full.gender)


def person_genders(actor: Actor, lex: Titles) -> set[str]:
    """The genders the label's title or first name and the titled aliases ("Mr Blair") give: one,
    none, or two for a node that already holds two people."""
    genders = set()
    for form in (actor.label,) + tuple(actor.aliases):
        n = person_name(form, lex)
        if n is not None and n.gender and (n.title or n.full):
            genders.add(n.gender)
    return genders


def person_gender(actor: Actor, lex: Titles) -> str | None:
    """The person's gender when its name tells it (``person_genders``), else None."""
    genders = person_genders(actor, lex)
    return next(iter(genders)) if len(genders) == 1 else None


def pronoun_gender(pronoun: str) -> str | None:
    """"male" for he/him/his/himself, "female" for she/her/hers/herself, else None."""
    return _PRONOUN_GENDER.get(pronoun.lower())


def pronoun_fits(pronoun: str, actor: Actor, lex: Titles) -> bool:
    """'he/him/his' never refers to a woman, 'she/her' never to a man (when the name says which)."""
    gender = person_gender(actor, lex) if actor.type is ActorType.PERSON else None
    wanted = pronoun_gender(pronoun)
    return not (gender and wanted and gender != wanted)


# -- 1 and 2: names that gazetteer or NER took for something else ------------------------------

def _title_at(doc, i: int, lex: Titles) -> bool:
    return 0 <= i < len(doc) and _title(doc[i].text, lex) is not None


def _person_surnames(doc) -> set[str]:
    """Last words of the multi-word PERSON entities of the doc ("Hague" of "William Hague"); not a word
    joined by a hyphen ("Labour" of "Ex-Labour leader", which NER may take for a person)."""
    return {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-2].is_alpha}


def release_surnames(doc, refs: list, lex: Titles) -> list:
    """Drop one-word place and country matches that are a person's surname here or follow a title."""
    surnames = _person_surnames(doc)

    def is_person(r) -> bool:
        if r.end - r.start != 1 or r.actor.type is ActorType.PERSON:
            return False
        return _title_at(doc, r.start - 1, lex) or doc[r.start].text in surnames

    return [r for r in refs if not is_person(r)]


def _name_end(doc, i: int, taken: set[int]) -> int:
    """End of the capitalised name starting at token i ("Kilroy-Silk" is three tokens)."""
    end = i
    while end < len(doc) and end - i < _MAX_NAME_TOKENS and end not in taken:
        tok = doc[end]
        if tok.text[:1].isupper() and tok.is_alpha:
            end += 1
        elif tok.text == "-" and end > i and not doc[end - 1].whitespace_ and end + 1 < len(doc):
            end += 1
        else:
            break
    while end > i and not doc[end - 1].is_alpha:
        end -= 1
    return end


def _person_ref(doc, start: int, end: int, how: str, confidence: float, lex: Titles):
    """A person ref over tokens [start, end), its label the name as written ("Mr. Hague" -> "Mr Hague")."""
    words = doc[start:end].text.split()
    if _title(words[0], lex) is not None:
        words[0] = words[0].rstrip(".")
    label = " ".join(words)
    return ActorRef(Actor(slugify(label), label, ActorType.PERSON, (label,)), start, end, how, confidence, label)


def _role_prefix(doc, r, lex: Titles) -> int:
    """The length of a role title opening a name NER took for an organisation or a place, before a first name and
    a surname ("Gen Pervez Musharraf's visit", "President Hamid Karzai" tagged ORG): the person's name follows
    the title, which the title rule then reads; 0 when there is none."""
    roles = lex.role_words()
    for k in (3, 2, 1):
        words = tuple(lex.abbreviations.get(t.text, t.text).lower() for t in doc[r.start:r.start + k])
        name = [t for t in doc[r.start + k:r.end] if t.is_alpha]
        if words in roles and len(name) >= 2 and is_first_name(name[0].text) and name[0].i == r.start + k \
                and all(t.text[:1].isupper() for t in name):
            return k
    return 0


def honorific_persons(doc, refs: list, taken: set[int], lex: Titles) -> list:
    """NER refs after "Mr/Mrs/Lord ..." become persons with the title; titled names NER missed are added."""
    out, covered = [], set(taken)
    for r in refs:
        if _title_at(doc, r.start - 1, lex) and r.start - 1 not in taken:
            r = _person_ref(doc, r.start - 1, r.end, r.how, max(r.confidence, TITLED_NAME), lex)
        elif r.actor.type is not ActorType.PERSON and _title_at(doc, r.start, lex) and r.end - r.start > 1:
            r = _person_ref(doc, r.start, r.end, r.how, r.confidence, lex)  # NER's "Mr Hague" as a place
        elif r.actor.type is not ActorType.PERSON and (k := _role_prefix(doc, r, lex)):
            r = _person_ref(doc, r.start + k, r.end, r.how, max(r.confidence, TITLED_NAME), lex)
        out.append(r)
        covered.update(range(r.start, r.end))
    roles, titles = lex.role_words(), _titles(lex).by_word
    for tok in doc:
        if tok.i in covered or tok.text.rstrip(".") not in titles:  # not _title_at(doc, tok.i, lex)
            continue
        if any(tuple(t.lower_ for t in doc[tok.i:tok.i + n]) in roles for n in (2, 3, 4)):
            continue  # "Lord Chancellor", "Lord Privy Seal": a title, not a name
        end = _name_end(doc, tok.i + 1, covered)
        if end > tok.i + 1 and doc[tok.i + 1].pos_ == "PROPN":
            out.append(_person_ref(doc, tok.i, end, "ner", TITLED_NAME, lex))
            covered.update(range(tok.i, end))
    return out


def _modifier_affiliation(doc, r, by_end: dict):
    """The party, country or demonym right before a name that modifies it ("Kenyan Bernard Lagat",
    "Labour's Alan Milburn", "Lib Dem Norman Baker"), else None; never a metonym ("In Brussels Tony Blair")."""
    owned = r.start > 0 and doc[r.start - 1].text in ("'s", "’s", "'", "’")
    mod = by_end.get(r.start - 1 if owned else r.start)
    # an organisation NER found counts only as the owner: "PBS' Jacoba Atlas" works there
    if mod is None or not (mod.how == "demonym" or (mod.how == "gazetteer" and mod.actor.type in _AFFILIATIONS)
                           or (owned and mod.how == "ner" and mod.actor.type in _OWNERS)):
        return None
    return mod if r.start <= doc[mod.end - 1].head.i < r.end else None


def modifier_affiliations(doc, refs: list) -> list:
    """Persons named without a title (the title rule decides theirs) take the party or country that
    modifies their name as their affiliation."""
    by_end = {r.end: r for r in refs if r.actor.type is not ActorType.PERSON}
    out = []
    for r in refs:
        if r.how == "ner" and r.actor.type is ActorType.PERSON and "affiliation" not in dict(r.actor.attributes):
            mod = _modifier_affiliation(doc, r, by_end)
            if mod is not None:
                attrs = tuple(sorted(dict(r.actor.attributes, affiliation=mod.actor.id).items()))
                r = replace(r, actor=replace(r.actor, attributes=attrs))
        out.append(r)
    return out


# -- 3: one person, one record per article -------------------------------------------------------

def _owners(names: dict[str, PersonName], first_at: dict[str, int], lex: Titles) -> tuple[dict, dict]:
    """Full names by id, and for each short label the one full name id it fits: the only one, the one
    a knight's first name picks ("Sir Howard"), or of several the one the article names first."""
    full = {aid: n for aid, n in names.items() if n.full}
    owner = {}
    for aid, n in names.items():
        if not n.full:
            hits = _knight(n, full, lex) or [fid for fid, f in full.items() if fits(n, f)]
            named = [fid for fid in hits if is_first_name(full[fid].first)]
            if len(hits) > 1 and named:
                hits = named  # "Tony Blair" beside a placard's "Vote Blair" that NER took for a name
            if len(hits) == 1 or hits and all(_spelt_alike(full[hits[0]], full[h]) for h in hits[1:]):
                owner[aid] = hits[0]  # one person, or one spelt two ways ("Victor" and "Viktor Makarov")
            elif hits:
                lead = min(hits, key=lambda h: first_at.get(h, 0))
                if first_at.get(lead, 0) < first_at.get(aid, 0):
                    owner[aid] = lead  # two Howards: "Mr Howard" is the one the article is about
            elif (unsure := _unsure_gender_owner(aid, n, names)) is not None:
                owner[aid] = unsure
            elif (part := _hyphen_part_owner(n, full)) is not None:
                owner[aid] = part
            elif (knight := _knighted_later(n, full)) is not None:
                owner[aid] = knight
    owner.update(_suffix_owners(full))
    return full, owner


def _hyphen_part_owner(short: PersonName, full: dict[str, PersonName]) -> str | None:
    """'Kilroy' of a headline, "Mr Kilroy" is Robert Kilroy-Silk: a one-word short name that no full name
    ends with is the one full name whose hyphenated surname it begins (gender permitting)."""
    if len(short.surname) != 1:
        return None
    word = short.surname[0].lower()
    hits = [fid for fid, f in full.items() if "-" in f.surname[-1]
            and f.surname[-1].split("-")[0].lower() == word and not (short.gender and f.gender and short.gender != f.gender)]
    return hits[0] if len(hits) == 1 else None


def _knighted_later(short: PersonName, full: dict[str, PersonName]) -> str | None:
    """'Mr Heath' of an article naming Sir Edward Heath: a courtesy title said of the one knight or peer of the
    article with that surname, in text written before the honour, when the public record (CAMEO's figures)
    knows that person, by name, as the only one of the surname.  Not "Mr Blair" beside Sir Ian Blair: Tony Blair
    is another figure of that surname."""
    if not short.title or short.kept_title or len(short.surname) != 1:
        return None
    hits = [fid for fid, f in full.items() if f.kept_title and fits(replace(short, kept_title=True), f)]
    if len(hits) != 1:
        return None
    from .cameo import load_cameo

    knight = full[hits[0]]
    named = load_cameo().figures_with_surname(short.surname[0])
    words = " ".join([knight.first, *knight.surname]).casefold().split()
    return hits[0] if named and all(n.casefold().split() == words for n in named) else None


def _suffix_owners(full: dict[str, PersonName]) -> dict[str, str]:
    """'Lloyd Webber' is Andrew Lloyd Webber: a two-word name that is the last two words of exactly one
    three-word full name of the article (a double-barrelled surname without hyphen, whose first word
    nameparser reads as a first name)."""
    out = {}
    for aid, n in full.items():
        words = tuple(w.lower() for w in n.words)
        if len(words) != 2 or n.title:
            continue
        hits = [fid for fid, f in full.items() if len(f.words) == 3 and not f.title and is_first_name(f.words[0])
                and all(w.replace("-", "").replace("'", "").isalpha() for w in f.words)
                and tuple(w.lower() for w in f.words[-2:]) == words]  # not "Matt Lucas & David Walliams", "Rapper X Y"
        if len(hits) == 1:
            out[aid] = hits[0]
    return out


def _knight(short: PersonName, full: dict[str, PersonName], lex: Titles) -> list[str]:
    """'Sir Howard', 'Dame Judi': a knight or dame said with the first name is the full name of that
    title and first name."""
    if short.title not in lex.first_name_titles or len(short.surname) != 1:
        return []
    return [fid for fid, f in full.items() if f.title == short.title and f.first == short.surname[0]]


def _unsure_gender_owner(aid: str, short: PersonName, names: dict[str, PersonName]) -> str | None:
    """'Ms Berry' is Jan Berry: the clash is only the first name's gender, and the name list gives
    "Jan" to both sexes; the one full name of that surname, unless the article writes "Mr Berry" too."""
    if not short.title or not short.gender:
        return None
    same = [(i, n) for i, n in names.items() if i != aid and n.surname[-1:] == short.surname[-1:]]
    if any(not n.full and n.gender and n.gender != short.gender for _, n in same):
        return None
    fulls = [i for i, n in same if n.full and not n.title and fits(replace(short, gender=None), n)]
    if len(fulls) != 1 or first_name_sure(names[fulls[0]].first):
        return None
    return fulls[0]


def _spelt_alike(a: PersonName, b: PersonName) -> bool:
    """Two full names of one surname whose first names are spelling variants ("Victor", "Viktor")."""
    from rapidfuzz import fuzz

    return a.surname == b.surname and fuzz.ratio(a.first.lower(), b.first.lower()) >= _FIRST_NAME_RATIO


def _short_groups(names: dict[str, PersonName], owner: dict) -> dict[str, str]:
    """Short names no full name claims: a bare "Blair" joins "Mr Blair" when the article has no
    other-gendered or other-titled form of that surname; "Mrs X" and "Ms X" join each other."""
    by_surname: dict[tuple, list[str]] = defaultdict(list)
    for aid, n in sorted(names.items()):
        if not n.full and aid not in owner:
            by_surname[tuple(w.lower() for w in n.surname)].append(aid)
    out = {}
    for ids in by_surname.values():
        genders = {names[a].gender for a in ids if names[a].gender}
        titled = [a for a in ids if names[a].title]
        if len(genders) > 1 or not titled:
            continue
        head = titled[0]
        for a in ids:
            if a != head and (names[a].gender or not names[a].title or not genders):
                out[a] = head
    return out


def _first_name_owner(names: dict[str, PersonName], full: dict) -> dict[str, str]:
    """'What a great man Gordon was': a one-word name that is the first name of one full name only
    (and no one's surname) is that person."""
    out = {}
    for aid, n in names.items():
        if n.full or n.title or len(n.surname) != 1:
            continue
        word = n.surname[0]
        if any(word in f.surname for f in full.values()):
            continue
        hits = [fid for fid, f in full.items() if f.first == word]
        if len(hits) == 1:
            out[aid] = hits[0]
    return out


def _canonical(refs: list, lex: Titles) -> tuple[dict[str, Actor], dict[str, str]]:
    """Each person id -> its record, and -> the id of the person it is (full names without courtesy titles)."""
    actors: dict[str, Actor] = {}
    names: dict[str, PersonName] = {}
    first_at: dict[str, int] = {}
    for r in refs:
        if r.actor.type is ActorType.PERSON:
            a = r.actor
            first_at[a.id] = min(first_at.get(a.id, r.start), r.start)
            actors[a.id] = actors[a.id].merged(a) if a.id in actors else a
            n = person_name(a.label, lex)
            if n is not None:
                names[a.id] = n
    full, owner = _owners(names, first_at, lex)
    owner.update(_short_groups(names, owner))
    for aid, fid in _first_name_owner(names, full).items():
        owner.setdefault(aid, fid)
    target = {aid: owner.get(aid, aid) for aid in actors}
    for aid, n in names.items():
        if n.full and n.label != actors[aid].label:  # "Dr Ian Gibson" -> "Ian Gibson"
            actors[aid] = replace(actors[aid], id=slugify(n.label), label=n.label)
    return actors, target


def _surname_index(actors: dict[str, Actor], target: dict[str, str], lex: Titles) -> dict[str, str]:
    """One-word surnames ("Hague") -> the one full-name person id of the article that has it."""
    owners: dict[str, set[str]] = defaultdict(set)
    parts: dict[str, set[str]] = defaultdict(set)  # "Kilroy" of "Kilroy-Silk"
    for aid, tid in target.items():
        n = person_name(actors[tid].label, lex)
        if n is not None and n.full and len(n.surname) == 1:
            owners[n.surname[-1]].add(tid)
            if "-" in n.surname[-1]:
                parts[n.surname[-1].split("-")[0]].add(tid)
    for part, ids in parts.items():
        if part not in owners and not is_first_name(part):
            owners[part] = ids
    return {s: next(iter(ids)) for s, ids in owners.items() if len(ids) == 1}


def _retype_named_persons(refs: list, lex: Titles) -> list:
    """'Nicola Sturgeon' tagged ORG and 'Ms Sturgeon' in the same article: the titled short
    mention fits the name, so it is a person."""
    titled = [n for r in refs if r.actor.type is ActorType.PERSON
              for n in [person_name(r.actor.label, lex)] if n is not None and n.title and not n.full]
    out = []
    for r in refs:
        if titled and r.how == "ner" and r.actor.type is not ActorType.PERSON:
            n = person_name(r.actor.label, lex)
            if n is not None and n.full and any(fits(t, n) for t in titled):
                r = replace(r, actor=replace(r.actor, type=ActorType.PERSON))
        out.append(r)
    return out


def looks_personal(label: str) -> bool:
    """A name of two words whose first is a first name of one sex in every name list ("Graeme Souness",
    "Sven-Goran Eriksson"; not "Morgan Stanley"), or of one sex only in the ``name_country`` list ("Nicola
    Sturgeon", "Jan Berry": male in Italy's or Germany's)."""
    words = label.split()
    return len(words) == 2 and bool(first_name_gender(words[0])) and (first_name_sure(words[0])
                                                                    or _country_sure(words[0]))


def _country_sure(first: str) -> bool:
    """The ``name_country`` list gives ``first`` one sex, not "mostly" ("Nicola", "Jan"; not "Morgan")."""
    country = _name_country()
    return bool(country) and _local_gender(first.split("-")[0], country) in _GENDERS


def _retype_named_organisations(doc, refs: list) -> list:
    """'Newcastle boss Graeme Souness ... said Souness' tagged ORG throughout: a two-word organisation
    NER found that ``looks_personal``, and whose last word the article also names alone, is a person
    (unify_persons then joins the bare surname); so is one with a person's role in apposition ("Nick Davies,
    spokesman for the IAAF") or listed with people ("Cate Blanchett, Keanu Reeves and Richard Gere")."""
    alone = {r.actor.label for r in refs if r.how == "ner" and " " not in r.actor.label}
    people = {doc[r.start:r.end].root.i for r in refs if r.actor.type is ActorType.PERSON
              and looks_personal(r.actor.label)}
    out = []
    for r in refs:
        if (r.how == "ner" and r.actor.type is ActorType.ORGANIZATION and looks_personal(r.actor.label)
                and (r.actor.label.split()[-1] in alone or _personal_context(doc[r.start:r.end].root, people))):
            r = replace(r, actor=replace(r.actor, type=ActorType.PERSON))
        out.append(r)
    return out


def _personal_context(root, people: set[int]) -> bool:
    """A person's role in apposition to the name, or a conjunct that is a person's name."""
    if any(c.dep_ == "appos" and c.lower_ in _PERSON_ROLES for c in root.children):
        return True
    linked = [c.i for c in root.children if c.dep_ == "conj"] + ([root.head.i] if root.dep_ == "conj" else [])
    return any(i in people for i in linked)


def _retype_acronyms(refs: list) -> list:
    """'BAA', 'CNPC' tagged PERSON: a name in capitals only is an organisation's, never a person's."""
    return [replace(r, actor=replace(r.actor, type=ActorType.ORGANIZATION))
            if r.how == "ner" and r.actor.type is ActorType.PERSON and r.actor.label.isupper()
            and " " not in r.actor.label and len(r.actor.label) > 1 else r for r in refs]


def unify_persons(doc, refs: list, lex: Titles, headline: int = 0) -> list:
    """Short mentions -> the article's full names; one attribute set per person (see module doc).
    ``headline``: the tokens before it are the article's headline, where the tagger reads a surname
    as a noun, a verb or an adjective ("Hewitt decries 'career sexism'", "Brown ally rejects ...")."""
    refs = _retype_named_persons(_retype_named_organisations(doc, _retype_acronyms(refs)), lex)
    actors, target = _canonical(refs, lex)
    surname = _surname_index(actors, target, lex)
    out, covered = [], set()
    for r in refs:
        if r.actor.type is ActorType.PERSON:
            canon = actors[target[r.actor.id]]
            if (canon.id, canon.label) != (r.actor.id, r.actor.label):  # "Mr Blair" -> Tony Blair
                r = _to_person(r, canon, MENTION["surname"])
        elif r.how == "ner" and r.actor.label in surname:
            r = _to_person(r, actors[surname[r.actor.label]], MENTION["surname"])  # NER called "Lavrov" an ORG
        elif r.how == "ner" and r.actor.id in actors:  # NER called "Nicola Sturgeon" a person once, an ORG once
            r = _to_person(r, actors[target[r.actor.id]], r.confidence)
        out.append(r)
        covered.update(range(r.start, r.end))
    for tok in doc if surname else ():  # surnames NER missed
        if not (tok.pos_ == "PROPN" or (tok.i < headline and tok.text[:1].isupper())) or _other_name(doc, tok):
            continue
        end = _hyphenated_end(doc, tok.i)
        text = doc[tok.i:end].text
        if text in surname and not covered.intersection(range(tok.i, end)):
            actor = actors[surname[text]]
            out.append(ActorRef(replace(actor, aliases=(text,)), tok.i, end, "coref", MENTION["surname"], text))
            covered.update(range(tok.i, end))
    return _shared_attributes(out)


#: entity kinds of a capitalised word that makes a surname-like word part of another name ("Swiss Re")
_NAME_MAKERS = frozenset({"NORP", "GPE", "LOC", "FAC", "ORG"})


def _other_name(doc, tok) -> bool:
    """``tok`` is glued to a nationality, place or organisation word before it ("Swiss Re" when the article
    names "Munich Re"): the two words are one other name, no bare surname."""
    prev = doc[tok.i - 1] if tok.i else None
    return prev is not None and prev.ent_type_ in _NAME_MAKERS and prev.text[:1].isupper() \
        and bool(prev.whitespace_) and prev.head.i == tok.i


def _hyphenated_end(doc, i: int) -> int:
    """End of the hyphenated name starting at token i ("Kilroy-Silk" is three tokens), else i + 1."""
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
            and doc[i + 2].text[:1].isupper():
        return i + 3
    return i + 1


def _missed_full_name(doc, i: int, covered: dict, titles: frozenset[str]):
    """(start, end) of "Justin Gatlin" when token ``i`` is the surname and the word before is a first name
    that no other mention covers and no title (``titles``, lower case: "General Musharraf" and "Gen Musharraf"
    are the surname's person with a title, though "General" and "Gen" are first names too), else None."""
    if i < 1 or i in covered and covered[i].end - covered[i].start > 1 or i - 1 in covered:
        return None
    first = doc[i - 1]
    if not (first.is_alpha and first.text[:1].isupper() and first.pos_ == "PROPN" and is_first_name(first.text)) \
            or first.lower_ in titles:
        return None
    return i - 1, i + 1


def _title_words(lex: Titles) -> frozenset[str]:
    """The one-word titles of ``lex`` in lower case: roles, abbreviations, honorifics and name titles (worked out
    once per Titles, a memo as ``Titles.role_words()`` keeps)."""
    words = lex.__dict__.get("_one_word_titles")
    if words is None:
        found = [*lex.roles, *lex.abbreviations, *lex.honorifics, *lex.name_titles]
        words = frozenset(w.lower().rstrip(".") for w in found if " " not in w.strip())
        object.__setattr__(lex, "_one_word_titles", words)
    return words


def missed_full_names(doc, refs: list, lex: Titles) -> list:
    """A short name ("Gatlin", "Mr Gatlin") whose full name NER missed ("fellow American Justin Gatlin")
    gets a person mention over that full name, so ``unify_persons`` joins them."""
    names = [person_name(r.actor.label, lex) for r in refs if r.actor.type is ActorType.PERSON]
    fulls = {n.surname[-1] for n in names if n is not None and n.full}
    wanted = {n.surname[0] for n in names if n is not None and not n.full and len(n.surname) == 1} - fulls
    covered = {i: r for r in refs for i in range(r.start, r.end)}
    titles = _title_words(lex) if wanted else frozenset()
    out = list(refs)
    for tok in doc if wanted else ():
        span = _missed_full_name(doc, tok.i, covered, titles) if tok.text in wanted else None
        if span is not None:
            out = [r for r in out if not (r.start == tok.i and r.end == tok.i + 1)]
            out.append(_person_ref(doc, *span, "ner", MENTION["ner"], lex))
            covered.update((k, out[-1]) for k in range(*span))
    return out


def _to_person(ref, actor: Actor, confidence: float):
    """The ref as a mention of ``actor``, its name as written kept as the alias."""
    alias = ref.surface or ref.actor.label
    return replace(ref, actor=replace(actor, aliases=(alias,) if alias else ()),
                   confidence=max(ref.confidence, confidence))


def _shared_attributes(refs: list) -> list:
    """The attributes first seen for a person hold for all its mentions in the article."""
    attrs: dict[str, dict] = defaultdict(dict)
    for r in sorted(refs, key=lambda r: r.start):
        if r.actor.type is ActorType.PERSON:
            for k, v in r.actor.attributes:
                attrs[r.actor.id].setdefault(k, v)
    out = []
    for r in refs:
        if r.actor.type is ActorType.PERSON:
            new = tuple(sorted(attrs[r.actor.id].items()))
            if new != r.actor.attributes:
                r = replace(r, actor=replace(r.actor, attributes=new))
        out.append(r)
    return out


def party_attributes(refs: list, parties: frozenset[str]) -> list:
    """A person whose affiliation the text gives as a party ("Labour's Alan Milburn", "Tory leader
    Michael Howard") also gets it as ``party``, which outlives the state CAMEO or another article
    gives as the affiliation."""
    out = []
    for r in refs:
        attrs = dict(r.actor.attributes)
        if r.actor.type is ActorType.PERSON and attrs.get("affiliation") in parties and "party" not in attrs:
            attrs["party"] = attrs["affiliation"]
            r = replace(r, actor=replace(r.actor, attributes=tuple(sorted(attrs.items()))))
        out.append(r)
    return out


# -- 4: "the prime minister" -> the article's one holder ----------------------------------------

def _names_organisation(head) -> bool:
    """``head`` ends the "of" phrase of a capitalised name: "the Office of the Deputy Prime Minister"
    is a department, not its minister."""
    prep = head.head if head.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "of" and prep.head.pos_ == "PROPN" and prep.head.text.istitle()


def _role_phrase(doc, head, covered: dict, lex: Titles):
    """(canonical role, affiliation ids) of 'the [Tory] prime minister', "Britain's foreign secretary", or None."""
    if _names_organisation(head):
        return None
    det = [c for c in head.children if c.dep_ == "det" and c.lower_ == "the"]
    poss = [c for c in head.children if c.dep_ == "poss" and c.i < head.i]
    affs, words = set(), []
    if det and det[0].i < head.i:
        start = det[0].i + 1
    elif poss and not det:  # "Britain's foreign secretary"; "Mr Blair's deputy" names no office
        owner = covered.get(poss[0].i)
        if owner is None or owner.actor.type is not ActorType.COUNTRY:
            return None
        affs.add(owner.actor.id)
        start = max(poss[0].right_edge.i, owner.end - 1) + 1
    elif head.dep_ == "conj" and head.head.i < head.i and not any(c.dep_ == "det" for c in head.children) \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.head.children):
        start = head.left_edge.i  # "the prime minister and chancellor": the first one's "the"
    else:
        return None
    for i in range(start, head.i + 1):
        ref = covered.get(i)
        if ref is not None and ref.actor.type is not ActorType.PERSON and not words:
            affs.add(ref.actor.id)  # "the Tory leader", "the British prime minister"
        elif ref is None and doc[i].lower_ not in _NOT_HOLDER:
            words.append(lex.abbreviations.get(doc[i].text, doc[i].text).lower())
        else:
            return None  # "the former prime minister", "the incumbent chancellor" are not the holder; a name
            # inside is no role phrase
    if (whole := _of_role(head, words, lex)) is not None:
        return whole, affs  # "the Archbishop of Canterbury": the "of" phrase is part of the role's name
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):  # "the leader of X"
        of_affs = {covered[t.i].actor.id for t in prep.subtree
                   if t.i in covered and covered[t.i].actor.type is not ActorType.PERSON}
        if not of_affs:
            return None  # "the leader of the radicals": someone the article may not name
        affs |= of_affs
    words = " ".join(words).replace("-", " - ").split()
    roles = lex.role_words()
    role = next((roles[tuple(words[k:])] for k in range(len(words)) if tuple(words[k:]) in roles), None)
    if role and _SHADOW in words and not role.lower().startswith(_SHADOW):
        return None  # "the shadow health secretary": a shadow office we do not list is not the minister's
    return (role, affs) if role else None  # "the embattled prime minister": the longest role at the end


def _of_role(head, words: list[str], lex: Titles) -> str | None:
    """The role of ``titles.yaml`` whose name runs on through the one "of" phrase after its ``head``
    ("the Archbishop of Canterbury", "the Mayor of London"), or None: "the leader of the rebels" is no role."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    if len(preps) != 1:
        return None
    tail = [t.lower_ for t in preps[0].subtree]
    full = " ".join(words + tail).replace("-", " - ").split()
    roles = lex.role_words()
    return next((roles[tuple(full[k:])] for k in range(len(full) - len(tail)) if tuple(full[k:]) in roles), None)


def generic_holder(head) -> bool:
    """'the incumbent chancellor', 'each minister': a role noun ``head`` with a word that makes it any holder
    of the office, no one person."""
    return any(c.lower_ in _GENERIC_HOLDER for c in head.children if c.i < head.i)


def _holds(actor: Actor, role: str, affs: set[str]) -> bool:
    attrs = dict(actor.attributes)
    held = attrs.get("role", "")
    if held != role and not held.startswith(role + " of "):  # "Chancellor of the Exchequer"
        return False
    return not affs or attrs.get("affiliation") in affs


def fits_role_phrase(doc, head, actor: Actor, covered: dict, lex: Titles) -> bool:
    """False when 'the prime minister' names a title of several words that ``actor`` does not hold
    (the Deputy Prime Minister is not the prime minister); True when the phrase is no such title."""
    found = _role_phrase(doc, head, covered, lex)
    if found is None or len(found[0].split()) < 2:
        return True
    return _holds(actor, found[0], set())


def _current_title(doc, ref) -> bool:
    """A title the text gives as held now: no "former", "ex-", "then" (but "new") in it or just before it."""
    first = max(doc[ref.start].sent.start, ref.start - 3)
    return not any(t.lower_ in _NOT_HELD for t in doc[first:ref.end])


def _title_roles(doc, ref, role: str | None, lex: Titles) -> set[str]:
    """The roles a titled mention gives: its ``role`` and the roles its words spell ("deputy prime
    minister Mr Prescott", whose role CAMEO's sector word took)."""
    roles, words = lex.role_words(), [t.lower_ for t in doc[ref.start:ref.end]]
    spans = [(i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1) if tuple(words[i:j]) in roles]
    longest = [(i, j) for i, j in spans if not any(a <= i and j <= b and (a, b) != (i, j) for a, b in spans)]
    # the longest roles only: "Lord Chancellor Jack Straw" was never the Chancellor of the Exchequer
    return {roles[tuple(words[i:j])] for i, j in longest} | ({role} if role else set())


def _office_context(doc, refs: list, day: str | None, offices: Offices, lex: Titles, period=None):
    """(window, home country) of an article: its day, else the days of ``period`` (a
    :class:`~graph.model.Period`) and of its people's tenures in the offices the text titles them with
    ("Tory leader Michael Howard"); home is the country whose offices they hold (the one most of them
    do), else, for an article dated or of a period, the country it names most."""
    window = article_window(day, period)
    votes: Counter = Counter()
    for r in refs:
        if r.how != "title" or r.actor.type is not ActorType.PERSON or not _current_title(doc, r):
            continue
        attrs = dict(r.actor.attributes)
        aff = attrs.get("affiliation")
        held = [o for role in _title_roles(doc, r, attrs.get("role"), lex)
                for o in offices.held_by(role, r.actor.label) if not aff or aff in (o.country, o.of)]
        if not held:
            continue
        votes.update({o.country for o in held if o.country})
        if not day:
            spells = tuple(sorted({w for o in held for w in o.tenure(r.actor.label)}))
            window = spells if window is None else intersect(window, spells)
    if not votes and (day or period):  # a dated article no title places: the country it names most
        votes.update(r.actor.id for r in refs if r.actor.type is ActorType.COUNTRY)
        votes.update({a.id: dict(a.attributes).get("affiliation") for a in
                      (r.actor for r in refs if r.actor.type is ActorType.PERSON)}.values())
        votes.pop(None, None)
    top = votes.most_common(2)
    home = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
    return window or (), home


def _office_holder(found, persons: dict, context, offices: Offices) -> Actor | None:
    """The holder on the article's days of the one office 'the chancellor' names, or None."""
    role, affs = found
    window, home = context
    matching = offices.find(role, affs, None if affs else home)
    term = matching[0].holder(window) if len(matching) == 1 else None
    if term is None:
        return None
    names = term.names()
    named = [a for a in persons.values() if a.label.lower() in names]
    return named[0] if named else Actor(slugify(term.label), term.label, ActorType.PERSON)


def _named_holder(found, persons: dict, offices: Offices) -> Actor | None:
    """The one person the article names who held, at some time, an office the role phrase names (of the party
    or country it gives, if any), for an article whose days nothing bounds: "the prime minister" of an undated
    story that titles no one and names Tony Blair and no other prime minister of any country."""
    role, affs = found
    held = [a for a in persons.values() if any(not affs or (o.of in affs if o.of else o.country in affs)
                                               for o in offices.held_by(role, a.label))]
    return held[0] if len(held) == 1 and _last_office(offices, held[0].label) in offices.held_by(
        role, held[0].label) else None


def _last_office(offices: Offices, name: str):
    """The office of the latest term the data gives the person called ``name``: one who moved on from an office
    (Michael Howard, Home Secretary, later Tory leader) is not what an undated "the home secretary" means."""
    terms = [(t.start, o.name, o) for o in offices.offices for t in o.terms if name.lower() in t.names()]
    return max(terms, key=lambda x: x[:2])[2] if terms else None


class ArticleDays:
    """The days an article's offices are held on, worked out once per article (``actors.resolve_actors``) and
    asked by every rule that needs them: who "the prime minister" is (:func:`role_refs`), whether a speaker's
    party governs (``triples.party_governs``).  ``titled``: (window, home) from the article's day, else the
    days of ``period`` and of its people's titled tenures (:func:`_office_context`); ``joint``: (window, home)
    of two role phrases two of its people held together (:func:`_joint_context`), or None; ``named``: the tenure
    of the one named person a role phrase reads as (:func:`_named_holder`); ``window``: the first of those that
    bounds anything, else :func:`~graph.extract.politicians.article_window`, else None."""

    def __init__(self, doc, refs: list, lex: Titles, offices: Offices | None = None, day: str | None = None,
                 period=None) -> None:
        self.doc, self.refs, self.lex, self.offices = doc, tuple(refs), lex, offices or Offices()
        self.day, self.period = day, period
        self.persons = {r.actor.id: r.actor for r in self.refs if r.actor.type is ActorType.PERSON}

    @cached_property
    def phrases(self) -> list:
        """(head token, (role, affiliations)) of each role phrase no mention covers ("the prime minister")."""
        covered = {i: r for r in self.refs for i in range(r.start, r.end)}
        return [(tok, found) for tok in self.doc
                if tok.i not in covered and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound"  # the head only
                and (found := _role_phrase(self.doc, tok, covered, self.lex)) is not None]

    @cached_property
    def titled(self) -> tuple:
        return _office_context(self.doc, self.refs, self.day, self.offices, self.lex, self.period)

    @cached_property
    def joint(self):
        return None if self.titled[0] else _joint_context(self.phrases, self.persons, self.offices)

    @cached_property
    def named(self):
        """The days of an article nothing else bounds, from the role phrases :func:`_named_holder` reads as the one
        person it names who last held that office ("Tony Blair ... the prime minister": his tenure), or None."""
        if self.titled[0] or self.joint:
            return None
        window = None
        for _tok, found in self.phrases:
            holder = None if any(_holds(a, *found) for a in self.persons.values()) else \
                _named_holder(found, self.persons, self.offices)
            if holder is not None:
                spells = _last_office(self.offices, holder.label).tenure(holder.label)
                window = spells if window is None else intersect(window, spells)
        return window or None

    @cached_property
    def window(self):
        """The article's days for an office question (a Window), or None when nothing bounds them."""
        return self.titled[0] or (self.joint[0] if self.joint else None) or self.named \
            or article_window(self.day, self.period)


def role_refs(doc, refs: list, lex: Titles, offices: Offices | None = None, day: str | None = None,
              period=None, days: ArticleDays | None = None) -> list:
    """Refs for "the prime minister", "the Tory leader": the one person of the article who holds the
    role by a title it gives, else, from ``offices``, the office's holder on the article's days (its
    ``day``, else every day of ``period`` it may be from; ``days``: the article's :class:`ArticleDays`
    when the caller has them)."""
    days = days or ArticleDays(doc, refs, lex, offices, day, period)
    persons = days.persons
    if not persons and not (offices and offices.offices):
        return []
    out = []
    for tok, found in days.phrases:
        holders = [a for a in persons.values() if _holds(a, *found)]
        if len(holders) == 1:
            out.append(ActorRef(holders[0], tok.i, tok.i + 1, "title", ROLE_HOLDER, ""))
        elif not holders and offices and offices.offices:
            context, joint = days.titled, days.joint
            holder = _office_holder(found, persons, context, offices) or (
                None if context[0] else _named_holder(found, persons, offices)
                or (_office_holder(found, persons, joint, offices) if joint else None))
            if holder is not None:
                out.append(ActorRef(holder, tok.i, tok.i + 1, "title", OFFICE_HOLDER, ""))
    return out


def _joint_context(phrases, persons: dict, offices: Offices):
    """(window, home) of an undated article whose titles bound nothing, from two role phrases two of its named
    people held together (``offices.joint_window``: "the prime minister ... the chancellor" with Tony Blair and
    Gordon Brown named); None without such a pair."""
    held = {}
    for _, (role, affs) in phrases:
        held[(role, frozenset(affs))] = [
            (a.id, o, o.tenure(a.label)) for a in persons.values() for o in offices.held_by(role, a.label)
            if not affs or (o.of in affs if o.of else o.country in affs)]
    found = joint_window(held)
    return (found[0], found[1] or None) if found else None
