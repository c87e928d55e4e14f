"""Stage 5, write: the hub -> every output file of OUTDIR.

In: the assembled hub.  Out: ``triples.csv``, ``entities.csv`` and ``quotes.csv`` (``tables``,
``quotes_out``), RDF in four syntaxes (``rdf``), Gephi and yEd files (``gexf``, ``graphml``), the
offline HTML map (``htmlmap`` with ``templates/``) and ``graph.json`` (``graphio``), which reloads the
hub for the later commands.  ``outputs`` is the one registry of formats (name, file, writer).
"""
