"""Stage 5, write: the hub -> every output file of OUTDIR.

In: the assembled hub.  Out: ``triples.csv``, ``entities.csv`` and ``quotes.csv`` (``tables``,
``quotes_out``), RDF in four syntaxes (``rdf``), Gephi and yEd files (``gexf``, ``graphml``), the
offline HTML map (``htmlmap`` with ``templates/``) and ``graph.json`` (``graphio``), which reloads the
hub for the later commands.  ``outputs`` is the one registry of formats (name, file, writer).
"""


class Terms:
    """A namespace's terms, each looked up once: rdflib's ``DefinedNamespace`` checks every
    attribute access, and the RDF writers make hundreds of thousands."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str):
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term
