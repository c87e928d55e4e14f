"""A read-only snapshot of a parsed spaCy Doc in plain Python objects, for fast extraction.

Every read of a spaCy ``Token`` attribute decodes a string or makes new ``Token``
objects (``tok.children`` makes one per child, ``tok.head`` one more), and the rules
read the same few attributes of the same tokens many times over.  ``view_of(doc)``
reads them once per Doc, in bulk, into :class:`TokenView` objects that answer like a
spaCy Token (``text``, ``lower_``, ``lemma_``, ``pos_``, ``tag_``, ``dep_``,
``ent_type_``, ``idx``, ``head``, ``children`` ...), inside a :class:`DocView` and
:class:`SpanView` that answer like a Doc and a Span.  The rules read either the same
way (tests hand them real Docs).

What is copied follows spaCy exactly: ``children`` are the tokens whose head is the
token, in document order (what ``Token.lefts`` + ``Token.rights`` yield), ``subtree``
walks them the way ``Token.subtree`` does, and sentences and entities are read from
the same codes ``Doc.sents`` and ``Doc.ents`` read.  Edges, span roots and
``char_span`` are asked of the Doc itself, once each.  A view only lives as long as
one extraction: ``close()`` frees it.
"""
from __future__ import annotations

from itertools import accumulate
from operator import add

__all__ = ["DocView", "SpanView", "TokenView", "view_of", "spacy_doc"]

#: the token attributes read in bulk with ``Doc.to_array``: string ids, small numbers, and numbers
#: spaCy stores unsigned though they may be negative (a head as an offset, a sentence start as -1/0/1)
_STRING_ATTRS = ("ORTH", "LOWER", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE")
_NUMBER_ATTRS = ("SPACY", "IS_PUNCT", "IS_SPACE", "IS_ALPHA", "LIKE_NUM", "ENT_IOB")
_SIGNED_ATTRS = ("HEAD", "SENT_START")
_ATTRS = _STRING_ATTRS + _NUMBER_ATTRS + _SIGNED_ATTRS
_SIGNED = [_ATTRS.index(a) for a in _SIGNED_ATTRS]
#: string id -> string.  Ids are hashes of the strings (or spaCy's fixed symbols), the same in every
#: vocab, so one memo serves all; cleared when it grows past ``_MAX_NAMES``.
_NAMES: dict[int, str] = {}
_MAX_NAMES = 200_000


class TokenView:
    """One token of a :class:`DocView`: the attributes of a spaCy Token that extraction reads
    (the ones rules read all the time are plain attributes, the rest are looked up)."""

    __slots__ = ("doc", "i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "idx", "head", "children",
                 "_edges", "is_punct", "is_space", "is_alpha", "like_num")

    def __init__(self, doc, i, text, lower_, lemma_, pos_, tag_, dep_, idx,
                 is_punct=False, is_space=False, is_alpha=False, like_num=False) -> None:
        self.doc, self.i, self.text, self.lower_, self.lemma_ = doc, i, text, lower_, lemma_
        self.pos_, self.tag_, self.dep_, self.idx = pos_, tag_, dep_, idx
        # spaCy's flags (``Token.is_punct`` ...): read by rules over every token, so plain attributes
        self.is_punct, self.is_space, self.is_alpha, self.like_num = is_punct, is_space, is_alpha, like_num
        self.children, self._edges = (), None

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return self.text

    @property
    def ent_type_(self) -> str:
        return self.doc.column("ent_type_")[self.i]

    @property
    def whitespace_(self) -> str:
        return " " if self.doc.column("spacy")[self.i] else ""

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    @property
    def lefts(self) -> list:
        return [c for c in self.children if c.i < self.i]

    @property
    def rights(self) -> list:
        return [c for c in self.children if c.i > self.i]

    @property
    def subtree(self) -> list:
        """The token and its descendants in the order of spaCy's ``Token.subtree``."""
        out: list = []
        for c in self.lefts:
            out += c.subtree
        out.append(self)
        for c in self.rights:
            out += c.subtree
        return out

    def _edge(self, k: int):
        if self._edges is None:
            tok = self.doc.spacy_doc[self.i]
            self._edges = (tok.left_edge.i, tok.right_edge.i)
        return self.doc.tokens[self._edges[k]]

    @property
    def left_edge(self):
        return self._edge(0)

    @property
    def right_edge(self):
        return self._edge(1)

    @property
    def sent(self):
        return self.doc.sentence_of(self.i)


class SpanView:
    """Tokens [start, end) of a :class:`DocView`, read like a spaCy Span."""

    __slots__ = ("doc", "start", "end", "label_")

    def __init__(self, doc, start: int, end: int, label_: str = "") -> None:
        self.doc, self.start, self.end, self.label_ = doc, start, end, label_

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self):
        return iter(self.doc.tokens[self.start:self.end])

    def __reversed__(self):
        return reversed(self.doc.tokens[self.start:self.end])

    def __getitem__(self, i):
        return self.doc.tokens[self.start:self.end][i]

    def __repr__(self) -> str:
        return self.text

    @property
    def start_char(self) -> int:
        return self.doc.tokens[self.start].idx

    @property
    def end_char(self) -> int:
        last = self.doc.tokens[self.end - 1]
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        """The span's text without the last token's trailing space, as spaCy's ``Span.text``."""
        if self.end <= self.start:
            return ""
        return self.doc.text[self.start_char:self.end_char]

    @property
    def root(self):
        return self.doc.root_of(self.start, self.end)


class DocView:
    """A parsed Doc read once: ``tokens`` (:class:`TokenView`), ``text``, sentences and entities."""

    __slots__ = ("spacy_doc", "vocab", "tokens", "text", "_columns", "_sents", "_sent_of", "_ents", "_roots", "memo")

    def __init__(self, doc) -> None:
        self.spacy_doc, self.vocab = doc, doc.vocab
        self._roots: dict[tuple[int, int], int] = {}
        self.memo: dict = {}  # indexes a rule module works out once per Doc: {the function: its index}
        n = len(doc)
        if not n:
            self.tokens, self.text, self._columns, self._sents, self._sent_of, self._ents = [], "", {}, [], [], ()
            return
        arr = doc.to_array(_ATTRS)
        cols = arr.T.tolist()
        orth, lower, lemma, pos, tag, dep, ent = (_names(c, doc.vocab.strings) for c in cols[:len(_STRING_ATTRS)])
        space, punct, is_space, alpha, num, iob = cols[len(_STRING_ATTRS):_SIGNED[0]]
        heads, sent_starts = arr[:, _SIGNED].astype("int64").T.tolist()
        self._columns = {"ent_type_": ent, "spacy": space, "is_punct": punct, "is_space": is_space,
                         "is_alpha": alpha, "like_num": num}
        # a token starts where the one before ends, after its space (as spaCy sets ``idx``)
        idx = accumulate((len(t) + s for t, s in zip(orth, space)), initial=doc[0].idx)
        flags = [list(map(bool, column)) for column in (punct, is_space, alpha, num)]
        self.tokens = tokens = list(map(TokenView, [self] * n, range(n), orth, lower, lemma, pos, tag, dep, idx,
                                        *flags))
        self.text = "".join(map(add, orth, [" " if s else "" for s in space]))
        kids: dict[int, list] = {}
        for tok, h in zip(tokens, heads):
            if h:
                tok.head = tokens[tok.i + h]
                kids.setdefault(tok.i + h, []).append(tok)
            else:
                tok.head = tok
        for i, k in kids.items():
            tokens[i].children = tuple(k)
        self._sents = self._sentences(sent_starts)
        self._sent_of = [s for s in self._sents for _ in range(s.start, s.end)]
        self._ents = self._entities(iob, ent)

    def _sentences(self, sent_starts: list[int]) -> list:
        """The Doc's sentences (as ``Doc.sents``): a sentence starts at each token marked 1."""
        n = len(sent_starts)
        if n > 1 and not any(sent_starts[1:]):
            list(self.spacy_doc.sents)  # no sentence boundaries: spaCy raises its own error
        starts = [0] + [i for i in range(1, n) if sent_starts[i] == 1] + [n]
        return [SpanView(self, a, b) for a, b in zip(starts, starts[1:])]

    def _entities(self, iob: list[int], labels: list[str]) -> tuple:
        """The Doc's entities (as ``Doc.ents``) from the IOB codes: 3 begins, 1 continues, 2/0 is outside."""
        out, start = [], -1
        for i, (code, label) in enumerate(zip(iob, labels)):
            if code == 1:
                if start == -1:  # an I without a B: spaCy raises its own error
                    return tuple(SpanView(self, e.start, e.end, e.label_) for e in self.spacy_doc.ents)
            elif code == 3 and label:
                if start != -1:
                    out.append(SpanView(self, start, i, labels[start]))
                start = i
            else:
                if start != -1:
                    out.append(SpanView(self, start, i, labels[start]))
                start = -1
        if start != -1:
            out.append(SpanView(self, start, len(iob), labels[start]))
        return tuple(out)

    def column(self, name: str) -> list:
        """One of the token attributes kept per Doc rather than per token (``ent_type_``, ``spacy``,
        ``is_punct``, ``is_space``, ``is_alpha``, ``like_num``)."""
        return self._columns[name]

    def close(self) -> None:
        """Break the references between tokens (head, children), so the view is freed at once
        instead of by the next garbage collection.  The view is empty afterwards."""
        for tok in self.tokens:
            tok.head = tok.children = None
        self.tokens = []
        self._sents = self._sent_of = self._ents = None
        self.memo = {}

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self):
        return iter(self.tokens)

    def __getitem__(self, i):
        if i.__class__ is slice:
            start, stop = _normalize_slice(len(self.tokens), i)
            return SpanView(self, start, stop)
        return self.tokens[i]

    def __repr__(self) -> str:
        return self.text

    @property
    def sents(self):
        return iter(self._sents)

    def sentence_of(self, i: int) -> SpanView:
        """The sentence holding token i (what spaCy's ``Token.sent`` gives)."""
        return self._sent_of[i]

    @property
    def ents(self) -> tuple:
        return self._ents

    def char_span(self, start_idx: int, end_idx: int, **kwargs):
        span = self.spacy_doc.char_span(start_idx, end_idx, **kwargs)
        return None if span is None else SpanView(self, span.start, span.end, span.label_)

    def root_of(self, start: int, end: int) -> TokenView:
        """spaCy's ``Span.root`` of tokens [start, end), worked out once per span."""
        if end - start == 1:
            return self.tokens[start]  # a one-token span is its own root (spaCy's answer too)
        key = (start, end)
        if key not in self._roots:
            self._roots[key] = self.spacy_doc[start:end].root.i
        return self.tokens[self._roots[key]]


def _names(ids: list[int], strings) -> list[str]:
    """The strings of a column of string ids (through the shared memo)."""
    try:
        return list(map(_NAMES.__getitem__, ids))
    except KeyError:
        if len(_NAMES) > _MAX_NAMES:
            _NAMES.clear()
        for i in ids:
            if i not in _NAMES:
                _NAMES[i] = strings[i]
        return list(map(_NAMES.__getitem__, ids))


def _normalize_slice(length: int, s: slice) -> tuple[int, int]:
    """(start, stop) of a slice of a Doc, clipped as spaCy clips it."""
    start, stop = s.start, s.stop
    if start.__class__ is int and stop.__class__ is int and 0 <= start <= stop <= length and s.step is None:
        return start, stop  # the common case: already in range
    if s.step not in (None, 1):
        raise ValueError("a Doc slice takes no step")
    start = 0 if s.start is None else s.start + length if s.start < 0 else s.start
    start = min(length, max(0, start))
    stop = length if s.stop is None else s.stop + length if s.stop < 0 else s.stop
    return start, min(length, max(start, stop))


def view_of(doc):
    """A :class:`DocView` of a spaCy Doc.  A view is returned as it is, and so is a Doc with user
    hooks (custom sentences, spans or tokens), which only spaCy itself answers for."""
    if isinstance(doc, DocView) or doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks:
        return doc
    return DocView(doc)


def spacy_doc(doc):
    """The spaCy Doc behind a view, or the Doc itself (for spaCy's matchers)."""
    return doc.spacy_doc if isinstance(doc, DocView) else doc
