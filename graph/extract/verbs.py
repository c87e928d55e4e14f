"""CAMEO event codes of predicates: PETRARCH2's verb dictionary, compiled once per process.

``ontology/cameo/verbs.json`` (imported from CAMEO.2.0.txt by ``scripts/import_cameo.py``) lists verb
synset blocks, each with its verbs ("pay", phrasal "take over") and phrase patterns ("* TRIBUTE",
"* (FOR RELEASE)") mapped to CAMEO event codes.  :func:`compiled_verbs` indexes them once per process by
the verb's head lemma, and each pattern by the words it needs, so a lookup only tries the few patterns
whose words the predicate has.  The dictionary is read over the dependency parse, not the word string:

- a phrasal verb ("take over", "wage war") is its head verb with each further word as a particle,
  preposition or object head of it; the longest one the predicate has is the verb;
- a pattern's words after the verb are found among the verb's particles and in its object phrases
  ("paid tribute to", "sent warships to"), a ``(PREP ...)`` among the prepositional phrases of the verb
  and of its object ("appealed for the release of"), the words before it in the subject phrase;
  ``&SYNSET`` items match any word of the noun synset;
- the pattern with the most matched words wins; none matching, the verb's own code, else its block's
  (a lemma in blocks of different codes has none).  A pattern whose code is empty says the phrase is no
  event ("seize the opportunity").

``ontology/events.yaml`` (:class:`EventTable`) says which code families name a relation when the hand
lexicon (``lexicon.yaml``) names none; the lexicon wins wherever it names one.  Every triple keeps a
CAMEO code and PLOVER type (:meth:`EventTable.event_code`): the matched code when it belongs to the
triple's relation, else the relation's default (its ``ag:cameoCode`` in ``actorgraph.ttl``).
Nothing here imports spaCy: the lookups read tokens (a spaCy Token or a ``docview`` token).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import OntologyError
from ..fsutil import file_digest
from ..vocab import ONTOLOGY_DIR, check_mapping, read_ontology_yaml, relation_types
from .cameo import CAMEO_DIR, load_cameo

__all__ = ["EVENTS_FILE", "EVENTS_KEYS", "Coded", "EventTable", "CompiledVerbs", "make_event_table", "load_events",
           "compiled_verbs"]

EVENTS_FILE = "events.yaml"
#: Dependents of a verb whose phrase a pattern's words are looked for in.
_OBJECT_DEPS = ("dobj", "attr", "dative", "oprd", "acomp", "xcomp", "npadvmod")
#: Dependents that close an object phrase: its own prepositions, clauses and coordinated nouns.
_OUTSIDE_NP = ("prep", "agent", "relcl", "acl", "appos", "cc", "conj", "punct", "advcl", "ccomp")
_PARTICLE_DEPS = ("prt", "advmod")
_PREP_DEPS = ("prep", "agent")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_VERBAL = ("VERB", "AUX")


@dataclass(frozen=True)
class Coded:
    """The dictionary's reading of a predicate: ``code`` None when a pattern says it is no event."""

    code: str | None
    pattern: bool  # a phrase pattern matched (not only the verb)
    words: tuple[str, ...] = ()  # the verb as the dictionary lists it ("take over")


# ------------------------------------------------------------------ compiling the dictionary

def _forms(word: str) -> frozenset[str]:
    """A pattern word and its naive singulars ("sanctions" -> sanction; "militias" -> militia)."""
    w = word.lower()
    out = {w}
    if w.endswith("ies") and len(w) > 4:
        out.add(w[:-3] + "y")
    if w.endswith("es") and len(w) > 3:
        out.add(w[:-2])
    if w.endswith("s") and len(w) > 3:
        out.add(w[:-1])
    return frozenset(out)


def _item(raw: dict, synsets: dict[str, frozenset[str]]) -> tuple | None:
    """A pattern item compiled: ("w", forms) | ("s", words) | ("p", items) | ("pp", prep, items); None for
    slots and skips, which every predicate has."""
    if "word" in raw:
        return ("w", _forms(raw["word"]))
    if "synset" in raw:
        return ("s", synsets.get(raw["synset"], frozenset()))
    if "phrase" in raw:
        items = tuple(i for i in (_item(r, synsets) for r in raw["phrase"]) if i is not None)
        return ("p", items) if items else None
    if "pp" in raw:
        items = tuple(i for i in (_item(r, synsets) for r in raw.get("object", [])) if i is not None)
        return ("pp", raw["pp"].lower(), items)
    return None


def _weight(item: tuple) -> int:
    """How many words an item asks for: the specificity of a pattern is the sum over its items."""
    if item[0] == "p":
        return sum(map(_weight, item[1]))
    if item[0] == "pp":
        return 1 + sum(map(_weight, item[2]))
    return 1


def _keys(item: tuple) -> frozenset[str]:
    """Words of which a predicate must have one for the item to match (the pattern's index keys)."""
    if item[0] == "p":
        return _keys(item[1][0])
    if item[0] == "pp":
        return frozenset({item[1]})
    return item[1]


@dataclass(frozen=True)
class _Pattern:
    before: tuple[tuple, ...]
    after: tuple[tuple, ...]
    code: str | None
    weight: int
    order: int


@dataclass
class _Block:
    code: str | None
    patterns: list[_Pattern] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=dict)  # word -> patterns needing it first


def _block(raw: dict, synsets: dict[str, frozenset[str]]) -> _Block:
    block = _Block(raw.get("code"))
    index: dict[str, list[int]] = defaultdict(list)
    for n, p in enumerate(raw.get("patterns", [])):
        before = tuple(i for i in (_item(r, synsets) for r in p["before"]) if i is not None)
        after = tuple(i for i in (_item(r, synsets) for r in p["after"]) if i is not None)
        items = before + after
        block.patterns.append(_Pattern(before, after, p.get("code"), sum(map(_weight, items)), n))
        for k in _keys(items[0]) if items else ():  # a pattern of slots alone is the verb's default
            index[k].append(n)
    block.index = dict(index)
    return block


def _usable(lemma: str) -> bool:
    """A verb entry the parse can read: words only ("take over"), no conjunctions ("killed and"),
    no PETRARCH transformation lines."""
    words = lemma.split()
    return bool(words) and all(w.replace("-", "").isalpha() for w in words) and not {"and", "or"} & set(words)


class CompiledVerbs:
    """The verb dictionary indexed for lookups (see the module docstring); built by :func:`compiled_verbs`."""

    def __init__(self, blocks: list[dict], synsets: dict[str, list[str]], cameo=None) -> None:
        self.cameo = cameo  # the CameoDictionaries: a code's derived relation and PLOVER type
        self._typed: dict[str, tuple[str | None, str]] = {}
        sets = {name: frozenset(w.lower() for w in words) for name, words in synsets.items()}
        self.blocks = [_block(b, sets) for b in blocks]
        # head lemma -> (further words, block number, the verb's own code)
        self.verbs: dict[str, list[tuple[tuple[str, ...], int, str | None]]] = defaultdict(list)
        for b, raw in enumerate(blocks):
            for verb in raw.get("verbs", []):
                lemma = verb["lemma"].lower()
                if _usable(lemma):
                    head, *rest = lemma.split()
                    self.verbs[head].append((tuple(rest), b, verb.get("code")))
        self.verbs = dict(self.verbs)

    def typed(self, code: str) -> tuple[str | None, str]:
        """(relation the importer derives, PLOVER type) of a CAMEO code, worked out once per code."""
        if code not in self._typed:
            found = self.cameo.plover(code) if self.cameo is not None else None
            self._typed[code] = (self.cameo.relation(code) if self.cameo is not None else None,
                                 found.type if found else "")
        return self._typed[code]

    def lookup(self, verb) -> Coded | None:
        """The dictionary's code of predicate ``verb`` (a token), None when the dictionary lacks its verb."""
        entries = self.verbs.get(verb.lemma_.lower())
        if not entries:
            return None
        frame = _Frame(verb)
        have = [e for e in entries if all(w in frame.near for w in e[0])]
        if not have:
            return None
        longest = max(len(e[0]) for e in have)
        chosen = [e for e in have if len(e[0]) == longest]
        best = self._best(chosen, frame)
        words = (verb.lemma_.lower(), *chosen[0][0])
        if best is not None:
            return Coded(best.code, True, words)
        codes = {code or self.blocks[b].code for _, b, code in chosen}
        return Coded(codes.pop(), False, words) if len(codes) == 1 else None

    def _best(self, chosen, frame) -> _Pattern | None:
        """The matching pattern with the most words; on a tie the first in the file."""
        best, rank = None, None
        for b in sorted({b for _, b, _ in chosen}):
            block = self.blocks[b]
            tried = {n for w in frame.bag for n in block.index.get(w, ())}
            for n in tried:
                p = block.patterns[n]
                key = (p.weight, -b, -n)
                if (rank is None or key > rank) and frame.matches(p):
                    best, rank = p, key
        return best


@lru_cache(maxsize=4)
def compiled_verbs(cameo_folder: str) -> CompiledVerbs:
    """The verb dictionary of ``cameo_folder`` (``ontology/cameo``), compiled once per process."""
    cameo = load_cameo(Path(cameo_folder).parent)
    return CompiledVerbs(cameo.verb_blocks(), cameo.synsets(), cameo)


# ------------------------------------------------------------------ reading a predicate

def _np(head) -> list:
    """The tokens of the noun phrase headed by ``head``, without its prepositions and clauses, in order."""
    out = [head]
    for c in head.children:
        if c.dep_ not in _OUTSIDE_NP:
            out.extend(_np(c))
    return sorted(out, key=lambda t: t.i)


def _tok_forms(tok) -> tuple[str, str]:
    return tok.lower_, tok.lemma_.lower()


class _Frame:
    """What a pattern can match around a verb: its particles, object phrases, prepositional phrases (its
    own and its objects') and subject phrase; ``bag`` every word of them, ``near`` the words a phrasal
    verb's further words may be (particles, prepositions, object heads)."""

    def __init__(self, verb) -> None:
        kids = list(verb.children)
        self.parts = {c.lower_ for c in kids if c.dep_ in _PARTICLE_DEPS}
        heads = [c for c in kids if c.dep_ in _OBJECT_DEPS]
        self.groups = [_np(h) for h in heads]
        self.pps = [(p.lower_, _np(o)) for h in (verb, *heads) for p in h.children if p.dep_ in _PREP_DEPS
                    for o in p.children if o.dep_ == "pobj"]
        self.subject = [t for c in kids if c.dep_ in _SUBJECT_DEPS for t in _np(c)]
        self.near = self.parts | {p for p, _ in self.pps} | {w for h in heads for w in _tok_forms(h)}
        words = [t for g in (*self.groups, *(o for _, o in self.pps), self.subject) for t in g]
        self.bag = self.near | {w for t in words for w in _tok_forms(t)} | _bigrams(self.groups)

    def matches(self, p: _Pattern) -> bool:
        return all(self._item(i, self.groups, self.parts) for i in p.after) and all(
            self._item(i, [self.subject]) for i in p.before)

    def _item(self, item: tuple, groups, parts=frozenset()) -> bool:
        kind = item[0]
        if kind == "pp":
            return any(prep == item[1] and all(self._item(i, [o]) for i in item[2]) for prep, o in self.pps)
        if kind == "p":
            return any(_phrase_at(g, item[1]) for g in groups)
        if kind == "w" and item[1] & parts:
            return True
        return any(w in item[1] for g in groups for t in g for w in _tok_forms(t)) or (
            kind == "s" and bool(_bigrams(groups) & item[1]))


def _bigrams(groups) -> set[str]:
    return {f"{a.lower_} {b.lower_}" for g in groups for a, b in zip(g, g[1:])}


def _phrase_at(tokens: list, items: tuple) -> bool:
    """The items match consecutive tokens somewhere in ``tokens`` ("humanitarian aid")."""
    n = len(items)
    return any(all(_one(items[k], tokens[s + k]) for k in range(n)) for s in range(len(tokens) - n + 1))


def _one(item: tuple, tok) -> bool:
    return item[0] in ("w", "s") and any(w in item[1] for w in _tok_forms(tok))


# ------------------------------------------------------------------ the code table

@dataclass(frozen=True)
class EventTable:
    """``events.yaml`` loaded: code family -> relation (None: left out), with each relation's default
    CAMEO code and PLOVER type from ``actorgraph.ttl``; plain data, so it pickles."""

    families: dict[str, str | None]
    defaults: dict[str, tuple[str, str]]  # relation -> (ag:cameoCode, ag:ploverType)
    cameo_folder: str
    pattern_only: bool = True  # only a phrase pattern (not the verb alone) names a relation

    @property
    def names_relations(self) -> bool:
        """Some family names a relation (else no predicate needs a look-up to find its relation)."""
        return any(self.families.values())

    def family_relation(self, code: str | None) -> str | None:
        """The relation the longest listed family of ``code`` names, None when none or left out."""
        for n in range(len(code or ""), 1, -1):
            if code[:n] in self.families:
                return self.families[code[:n]]
        return None

    def lookup(self, verb) -> Coded | None:
        """The dictionary's code of a verbal predicate; None for nouns and verbs it lacks."""
        if verb.pos_ not in _VERBAL:
            return None
        return compiled_verbs(self.cameo_folder).lookup(verb)

    def relation(self, coded: Coded | None) -> str | None:
        """The relation a predicate's code names (for a predicate the hand lexicon does not know)."""
        if coded is None or coded.code is None or (self.pattern_only and not coded.pattern):
            return None
        return self.family_relation(coded.code)

    def event_code(self, coded: Coded | None, relation: str) -> tuple[str, str]:
        """(CAMEO code, PLOVER type) of a triple: the predicate's code when the dictionary derives
        ``relation`` from it, else the relation's default."""
        if coded is not None and coded.code:
            derived, plover = compiled_verbs(self.cameo_folder).typed(coded.code)
            if derived == relation:
                return coded.code, plover or self.defaults.get(relation, ("", ""))[1]
        return self.defaults.get(relation, ("", ""))


#: The keys ``events.yaml`` may hold.
EVENTS_KEYS = {"families": None, "pattern_only": None}


def make_event_table(data, path: Path, relations: dict, folder: Path = ONTOLOGY_DIR) -> EventTable:
    """The table of the parsed ``events.yaml`` at ``path``; every relation it names must be one of
    ``relations`` (name -> :class:`~graph.vocab.RelationType`).  The dictionary is ``folder/cameo``
    when the folder has one, else the shipped one."""
    check_mapping(data, EVENTS_KEYS, path, "must be a YAML mapping with a `families` table")
    families = data.get("families") or {}
    if not isinstance(families, dict):
        raise OntologyError(f"{path}: `families` must map CAMEO code prefixes to relations, e.g. \"04\": consults")
    out: dict[str, str | None] = {}
    for code, rel in families.items():
        code = str(code)
        if not code.isdigit() or len(code) < 2:
            raise OntologyError(f"{path}: `families` key {code!r} is no CAMEO code; quote it (\"04\", not 04)")
        if rel is not None and rel not in relations:
            raise OntologyError(f"{path}: `families.{code}` names the unknown relation {rel!r}; use one of: "
                                f"{', '.join(sorted(relations))}")
        out[code] = rel
    only = data.get("pattern_only", True)
    if not isinstance(only, bool):
        raise OntologyError(f"{path}: `pattern_only` must be true or false; found {only!r}")
    cameo = folder / CAMEO_DIR if (folder / CAMEO_DIR / "verbs.json").is_file() else ONTOLOGY_DIR / CAMEO_DIR
    defaults = {name: (_code(r.cameo), r.plover) for name, r in relations.items()}
    return EventTable(out, defaults, str(cameo.resolve()), only)


def _code(value: str) -> str:
    """A relation's ``ag:cameoCode`` as a triple's code: "0" (relatesTo's) is no CAMEO code."""
    return value if value.strip("0") else ""


def load_events(ontology_dir: Path | str = ONTOLOGY_DIR) -> EventTable:
    """The table of ``ontology_dir/events.yaml`` (else the shipped one), checked against the relations of
    the folder's ``actorgraph.ttl`` (else the shipped one); cached while the files are unchanged.
    :meth:`graph.ontology.Ontology.load` reads it the same way, with the rest of the folder."""
    folder = Path(ontology_dir)
    path, owl = folder / EVENTS_FILE, folder / "actorgraph.ttl"
    path = path if path.is_file() else ONTOLOGY_DIR / EVENTS_FILE
    owl = owl if owl.is_file() else ONTOLOGY_DIR / "actorgraph.ttl"
    return _load(str(folder.resolve()), str(path), str(owl), file_digest(path), file_digest(owl))


@lru_cache(maxsize=8)
def _load(folder: str, path: str, owl: str, digest: str | None, owl_digest: str | None) -> EventTable:
    return make_event_table(read_ontology_yaml(path), Path(path), relation_types(owl), Path(folder))
