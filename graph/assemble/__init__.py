"""Stage 4, assemble: the extractions of every article -> the hub, one networkx ``MultiDiGraph``.

In: the merged actors, triples and quotes of all articles plus the articles and skipped files.
Out: the hub whose schema (documented in ``assemble``) is all that writers and queries read, and the
``iter_*`` views over it (triples, actors, quotes, relations) they use.
"""
