"""Stage 6, store, query and serve: the RDF of a build -> answers to SPARQL.

In: the hub (or a built OUTDIR's ``graph.json`` and ``store/``).  Out: an Oxigraph store kept in step
with the build (``store``), query results as rows or SPARQL result formats (``query``, with
``sparqlscan`` refusing updates and ``SERVICE``), a read-only HTTP endpoint whose queries run in killable
worker processes (``server``, ``querypool``), and SHACL validation reports (``shacl``).
"""
