"""The closed ``ag:`` namespace: a typo in a term name is an AttributeError, not a silent new IRI.

Mirrors ``ontology/actorgraph.ttl``; ``tests/test_namespace.py`` checks both declare the same terms.
"""
from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["AG", "AGR", "ONTOLOGY_IRI", "RESOURCE_BASE"]

ONTOLOGY_IRI = "https://w3id.org/actorgraph/ontology"
RESOURCE_BASE = "https://w3id.org/actorgraph/id/"

#: Instances: actors, articles and statements (``agr:actor/russia``).
AGR = Namespace(RESOURCE_BASE)


class AG(DefinedNamespace):
    """Terms of the actorgraph ontology."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    Actor: URIRef
    ArmedGroup: URIRef
    Article: URIRef
    Country: URIRef
    InternationalOrganization: URIRef
    Media: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    Quote: URIRef
    SectorGroup: URIRef
    Statement: URIRef
    StatementOrQuote: URIRef
    about: URIRef
    accuses: URIRef
    affiliation: URIRef
    agentCode: URIRef
    agrees: URIRef
    alias: URIRef
    article: URIRef
    attacks: URIRef
    attribute: URIRef
    attributedTo: URIRef
    cameoCode: URIRef
    cameoEvent: URIRef
    claims: URIRef
    coerces: URIRef
    concedes: URIRef
    confidence: URIRef
    consults: URIRef
    content: URIRef
    cooperatesWith: URIRef
    cue: URIRef
    denies: URIRef
    deploys: URIRef
    end: URIRef
    family: URIRef
    kind: URIRef
    mentionCount: URIRef
    modality: URIRef
    namedCount: URIRef
    namedIn: URIRef
    party: URIRef
    ploverEvent: URIRef
    ploverType: URIRef
    polarity: URIRef
    predicateEnd: URIRef
    predicateStart: URIRef
    predicateText: URIRef
    protests: URIRef
    quadClass: URIRef
    relatesTo: URIRef
    relation: URIRef
    reports: URIRef
    requests: URIRef
    retreatsFrom: URIRef
    role: URIRef
    rule: URIRef
    sanctions: URIRef
    sentence: URIRef
    source: URIRef
    sourceText: URIRef
    start: URIRef
    supplies: URIRef
    supports: URIRef
    threatens: URIRef
    wikidata: URIRef
