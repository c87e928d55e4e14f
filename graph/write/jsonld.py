"""JSON-LD nodes of a block of triples, written directly from the block's index.

``graph.jsonld`` holds, for each named graph, the nodes rdflib's JSON-LD converter makes
(``rdflib.plugins.serializers.jsonld.from_rdf`` with native types, ``@type`` for ``rdf:type``, no
compaction) under a context of prefixes only.  That converter asks an rdflib Graph about every
triple (its context's terms, collections, each IRI's prefix) and was ~40% of the time spent writing
RDF.  :class:`JsonldNodes` makes the same nodes from ``{subject: {predicate: [objects]}}``, with each
IRI's short form and each predicate's key worked out once per build.  What the fast path does not
cover (blank nodes, RDF collections, a context term that would name a predicate or coerce its
values) gives None, and the caller asks rdflib.
"""
from __future__ import annotations

from rdflib import RDF, BNode, Literal, URIRef
from rdflib.plugins.serializers.jsonld import PLAIN_LITERAL_TYPES
from rdflib.plugins.shared.jsonld.context import UNDEF, Context
from rdflib.plugins.shared.jsonld.keys import ID, VOCAB

__all__ = ["JsonldNodes"]

_SPECIAL = frozenset({RDF.first, RDF.rest, RDF.nil})  # RDF collections: rdflib nests them as @list
_IRI, _FALLBACK = "iri", object()


class JsonldNodes:
    """rdflib's JSON-LD nodes of blocks without blank nodes, for one context (see the module)."""

    def __init__(self, context: Context) -> None:
        self.context = context
        # rdflib writes a plain literal as a bare string only in an active context without @language
        self.usable = bool(context.active) and not context.language
        self.id_key, self.type_key, self.value_key = context.id_key, context.type_key, context.value_key
        self.lang_key = context.lang_key
        self._ids: dict = {}  # IRI -> context.shrink_iri
        self._symbols: dict = {}  # IRI -> context.to_symbol
        self._keys: dict = {}  # (predicate, kind of object) -> its key, or _FALLBACK

    def short_id(self, iri) -> str:
        got = self._ids.get(iri)
        if got is None:
            got = self._ids[iri] = self.context.shrink_iri(iri)
        return got

    def symbol(self, iri) -> str:
        got = self._symbols.get(iri)
        if got is None:
            got = self._symbols[iri] = self.context.to_symbol(iri)
        return got

    def _key(self, p, kind):
        """The key of ``p`` for an object of ``kind`` (``_IRI`` or a literal's (datatype, language)),
        as rdflib's ``Converter.add_to_node`` finds it when no context term matches; else _FALLBACK."""
        got = self._keys.get((p, kind))
        if got is None:
            got = self._keys[(p, kind)] = self._find_key(p, kind)
        return got

    def _find_key(self, p, kind):
        ctx = self.context
        if kind is _IRI:
            found = any(ctx.find_term(str(p), coercion, None) for coercion in (ID, VOCAB, UNDEF))
        else:
            datatype, language = kind
            found = ctx.find_term(str(p), datatype, language=language)
        if found or p in _SPECIAL:
            return _FALLBACK
        key = ctx.to_symbol(p)
        term = ctx.terms.get(key)
        if term and (term.type or term.container):  # rdflib would key the value by the IRI itself
            return _FALLBACK
        return self.type_key if p == RDF.type else key  # rdf:type is @type whatever its object

    def _value(self, o):
        """An object's value as rdflib's ``Converter.to_raw_value`` writes it; _FALLBACK if only it can."""
        if isinstance(o, URIRef):
            return _FALLBACK if o == RDF.nil else {self.id_key: self.short_id(o)}
        if not isinstance(o, Literal):
            return _FALLBACK
        datatype = o.datatype
        native = datatype in PLAIN_LITERAL_TYPES
        v = o.toPython() if native else str(o)
        if datatype:
            return v if native else {self.type_key: self.symbol(datatype), self.value_key: v}
        if o.language:
            return {self.lang_key: o.language, self.value_key: v}
        return v

    def node(self, s, props: dict):
        """The node of subject ``s`` with ``{predicate: [objects]}``; None if rdflib must make it."""
        node = {self.id_key: self.short_id(s)}
        for p, objects in props.items():
            for o in objects:
                if isinstance(o, Literal):
                    key = self._key(p, (str(o.datatype) if o.datatype else None, o.language))
                    value = self._value(o)
                elif isinstance(o, BNode) or o in _SPECIAL:
                    return None
                else:
                    key = self._key(p, _IRI)
                    value = self.symbol(o) if key == self.type_key else self._value(o)
                if key is _FALLBACK or value is _FALLBACK:
                    return None
                old = node.get(key)
                if old:  # rdflib's test: a falsy first value is replaced, not listed
                    if not isinstance(old, list):
                        node[key] = old = [old]
                    old.append(value)
                else:
                    node[key] = value
        return node

    def nodes(self, index: dict) -> list[dict] | None:
        """The nodes of a block's ``{subject: {predicate: [objects]}}``, in subject order; None if
        any needs rdflib (a blank node, an RDF collection, a context term)."""
        if not self.usable:
            return None
        out = []
        for s, props in index.items():
            if not isinstance(s, URIRef) or (node := self.node(s, props)) is None:
                return None
            out.append(node)
        if len({node[self.id_key] for node in out}) < len(out):  # two IRIs, one short form: rdflib keeps one
            return None
        return out
