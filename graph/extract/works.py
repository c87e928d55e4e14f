"""Names of works and products that ``nonactors.drop_things`` cannot tell by a noun beside them (issue 13).

NER takes titles of films, shows, songs and bands, and names of drugs, robots and gadgets for organisations
or persons.  ``drop_works`` leaves out every mention, in the article, of a name NER found (of any type) that
the article shows to be a work or product by one of these:

1. ``_tagged_as_work``: NER itself tags the same name of two or more words, without a first name, a
   WORK_OF_ART elsewhere in the article ("Monsoon Wedding", "the Mac Mini"), or PRODUCT unless it is a place;
   one word is too weak a sign (NER tags surnames and firms PRODUCT now and then).
2. ``_quoted``: the name stands alone between quotation marks, as titles are written ('"Hotel Rwanda" won').
3. ``_credited``: the name heads a credit, which only works and their characters have: "X, starring Y",
   "X, directed by Y", "X, played by Y" (``credit_verbs`` in ``ontology/titles.yaml``).
4. ``_after_work_noun``: a work noun right before the name or its "The" ("horror movie The Grudge", "its
   robot Qrio could run"), which the parser does not always join to the name.
5. ``_example_of_work``: an example of a work noun ("films including Ray") or of the names of one ("brand
   names such as Celebrex").
6. ``_made_by``: what a creator or author is "of" ("Matt Groening, creator of The Simpsons"), or a version
   a work noun or form modifies ("the film version of Billy Elliot", ``work_forms``).
7. ``_listed_with_works``: a name coordinated with one found above or by ``drop_things`` ("hits like
   Spiderman 2 and The Grudge", "drugs such as Celebrex and Vioxx"), unless it begins with a first name.
8. ``_described_as_work``: a relative clause of "be" or an apposition calls the name by a work noun ("The
   Office, which is a great show", "Marsh Garden, a comedy about ...").

A name the article makes the subject of a reporting verb ("Cadbury said") is kept whatever else it shows:
works do not speak, a maker of the same name does ("brands including Cadbury").
"""
from __future__ import annotations

from ..model import ActorType
from .gazetteer import Titles
from .persons import is_first_name
from .words import with_plurals

__all__ = ["drop_works"]

_WORK_LABELS = ("WORK_OF_ART", "PRODUCT")
_OPEN_QUOTES = ('"', "“", "'", "‘")
_CLOSE_QUOTES = {'"': ('"',), "“": ("”", '"'), "'": ("'", "’"), "‘": ("’", "'")}
_ARTICLES = ("the", "a")
_NAME_DEPS = ("compound", "appos", "nmod")
_NAME_NOUNS = ("name", "names")
_SPEECH = ("say", "tell", "add", "announce", "warn", "insist", "confirm", "deny", "claim", "report", "state")


def _text(doc, r) -> str:
    return doc[r.start:r.end].text


def _bare(text: str) -> str:
    return text[4:] if text.startswith(("The ", "the ")) else text


def _tagged_as_work(doc, r, works: dict[str, set[str]]) -> bool:
    words = r.actor.label.split()
    if len(words) < 2 or is_first_name(words[0]):
        return False
    labels = works.get(_bare(_text(doc, r)), set())
    # a place NER once tags PRODUCT ("wanted Guantanamo Bay shut down") stays a place
    return "WORK_OF_ART" in labels or bool(labels) and r.actor.type is not ActorType.PLACE


def _speaks(doc, r, lex: Titles) -> bool:
    """'Cadbury said': a name that is the subject of a reporting verb somewhere is a company or a person, even
    when the article also lists it as a brand."""
    root = doc[r.start:r.end].root
    return root.dep_ == "nsubj" and root.head.lemma_ in _SPEECH


def _quoted(doc, r) -> bool:
    """'"Hotel Rwanda" won three awards': a quotation mark right before and after the name, and no other word."""
    start = r.start - 1 if r.start > 0 and doc[r.start - 1].lower_ in _ARTICLES else r.start
    if start < 1 or r.end >= len(doc):
        return False
    before, after = doc[start - 1].text, doc[r.end].text
    return before in _OPEN_QUOTES and after in _CLOSE_QUOTES[before] and not doc[start - 1].whitespace_ \
        and (r.end - 1 < 0 or not doc[r.end - 1].whitespace_)


def _credited(doc, r, lex: Titles) -> bool:
    """'Ray, starring Jamie Foxx', 'Sideways, directed by Alexander Payne': a participle of a credit verb
    attached to the name (or right after it behind a comma) says the name is a work's."""
    root = doc[r.start:r.end].root
    nxt = r.end + 1 if r.end < len(doc) and doc[r.end].text == "," else r.end
    cands = [c for c in root.children if c.dep_ in ("acl", "relcl", "advcl")]
    if nxt < len(doc):
        cands.append(doc[nxt])
    for tok in cands:
        if tok.i < r.end or tok.lower_ not in lex.credit_verbs:
            continue
        if tok.lower_.endswith("starring") or any(c.dep_ == "agent" or c.lower_ == "by" for c in tok.children) \
                or tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "by":
            return True
    return False


def _after_work_noun(doc, r, lex: Titles) -> bool:
    """'horror movie The Grudge', 'its robot Qrio could run': a work noun right before the name (or before
    its "The"), joined to it by the parser or read as a second subject; not the subject of a clause on the
    noun ("the song Bono wrote", "the bands Ozzy gave her")."""
    i = r.start - 1 if r.start > 0 and doc[r.start - 1].text == "The" else r.start
    if i < 1:
        return False
    noun, root = doc[i - 1], doc[r.start:r.end].root
    if not _is_work_noun(noun, lex):
        return False
    # joined to the name either way, or both subjects of one verb (a misparse of "its robot Qrio could run");
    # not "wedding bands Ozzy gave her", where the name is the subject of a clause on the noun
    return noun.head.i == root.i or _under(root, noun) or (
        noun.head.i == root.head.i and noun.dep_.startswith("nsubj") and root.dep_.startswith("nsubj"))


def _under(tok, noun) -> bool:
    """The noun governs ``tok`` through names only (compounds and appositions: "movie The Hollow cost Fox" read
    as "movie [Hollow cost]"), no clause between them."""
    for _ in range(3):
        if tok.dep_ not in _NAME_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == noun.i:
            return True
    return False


def _example_of_work(doc, r, lex: Titles) -> bool:
    """'films including Ray', 'brand names such as Celebrex': an example after "such as", "like" or
    "including" of a work noun, or of "names" a work noun modifies."""
    root = doc[r.start:r.end].root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("as", "like", "including"):
        return False
    if prep.lower_ == "as" and not (prep.i > 0 and doc[prep.i - 1].lower_ == "such"):
        return False
    noun = prep.head
    if noun.i > prep.i or noun.pos_ != "NOUN":
        return False
    if noun.lower_ in _NAME_NOUNS:  # "brand names such as Celebrex", not "drug companies, including Merck"
        return any(_is_work_noun(c, lex) for c in noun.children if c.dep_ == "compound")
    return _is_work_noun(noun, lex)


def _made_by(doc, r, lex: Titles) -> bool:
    """'Matt Groening, creator of The Simpsons', 'the author of Vanity Fair': what a creator or author is
    "of" is a work (``work_makers`` in ``ontology/titles.yaml``)."""
    # any word of the name hung on the "of" ("adaptation of The Hitchhiker's Guide To The Galaxy": the parser
    # hangs "To The Galaxy" elsewhere, so the span's root need not be the object)
    for tok in doc[r.start:r.end]:
        prep = tok.head
        if tok.dep_ == "pobj" and prep.lower_ == "of" and not r.start <= prep.i < r.end:
            return prep.head.lower_ in lex.work_makers or _work_version(prep.head, lex)
    return False


def _work_version(noun, lex: Titles) -> bool:
    """'the film version of Billy Elliot', 'a stage version': a version a work noun or a form of a work
    (``work_forms`` in ``ontology/titles.yaml``) modifies is a work's, so what it is of is a work too."""
    return noun.lower_ in ("version", "versions") and any(
        c.dep_ in ("compound", "amod") and (c.lower_ in lex.work_forms or _is_work_noun(c, lex))
        for c in noun.children)


def _described_as_work(doc, r, lex: Titles) -> bool:
    """'The Office, which is a great show', 'Marsh Garden, a comedy about ...': a relative clause of "be" or an
    apposition right after the name calls it by a work noun; never a name NER took for a person (the parser
    hangs "Edwards - a song called ..." or "Johnny Vaughan's show" on a person's name now and then)."""
    if r.actor.type is ActorType.PERSON or is_first_name(r.actor.label.split()[0]):
        return False
    root = doc[r.start:r.end].root
    for c in root.rights:
        if c.dep_ == "appos" and _is_work_noun(c, lex):
            return True
        if c.dep_ == "relcl" and c.lemma_ == "be" and any(a.dep_ == "attr" and _is_work_noun(a, lex) for a in c.children):
            return True
    return False


def _is_work_noun(tok, lex: Titles) -> bool:
    word = tok.lower_
    return tok.pos_ == "NOUN" and (word in lex.work_nouns or word.endswith("s") and word[:-1] in lex.work_nouns)


def _owned(doc, r) -> bool:
    """The name has an owner of its own ("Honda's Asimo")."""
    return any(c.dep_ == "poss" for c in doc[r.start:r.end].root.children)


def _listed_with_works(doc, r, work_roots: set[int]) -> bool:
    """'hits like Spiderman 2 and The Grudge': the name is a conjunct of a work's name, or a work's name of it."""
    root = doc[r.start:r.end].root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    linked, todo = {first.i}, [first]
    while todo:  # the coordination's members: the first conjunct and its conj children, down the chain
        for c in todo.pop().children:
            if c.dep_ == "conj" and c.i not in linked:
                linked.add(c.i)
                todo.append(c)
    return root.i in linked and len(linked) > 1 and bool((linked - {root.i}) & work_roots)


def drop_works(doc, refs: list, lex: Titles, things: list = ()) -> list:
    """The refs without NER's names of works and products (see the module docstring); every mention of such
    a name as written goes.  ``things``: the refs ``drop_things`` left out, whose conjuncts are works too."""
    works: dict[str, set[str]] = {}
    for e in doc.ents:
        if e.label_ in _WORK_LABELS:
            works.setdefault(_bare(e.text), set()).add(e.label_)
    ner = [r for r in refs if r.how == "ner"]
    found = {_text(doc, r) for r in ner if _tagged_as_work(doc, r, works) or _quoted(doc, r)
             or _credited(doc, r, lex) or _after_work_noun(doc, r, lex) or _example_of_work(doc, r, lex)
             or _made_by(doc, r, lex) or _described_as_work(doc, r, lex)}
    roots = {doc[r.start:r.end].root.i for r in ner if _text(doc, r) in found}
    roots |= {doc[r.start:r.end].root.i for r in things}
    roots |= {e.root.i for e in doc.ents if e.label_ == "WORK_OF_ART" and len(e) > 1 and not is_first_name(e[0].text)}
    # "Honda's Asimo and Sony's Qrio robots": a work noun a name modifies is a work of the list beside an owned name
    nouns = {t.i for t in doc if _is_work_noun(t, lex) and any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                                                  for c in t.children)}
    found |= {_text(doc, r) for r in ner if not is_first_name(r.actor.label.split()[0])
              and _listed_with_works(doc, r, roots | nouns if _owned(doc, r) else roots)}
    found -= {_text(doc, r) for r in ner if _speaks(doc, r, lex)}
    found = with_plurals(found)
    return [r for r in refs if not (r.how == "ner" and (_text(doc, r) in found or r.actor.label in found))]
