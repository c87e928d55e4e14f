"""The build, end to end: input paths -> every stage in turn -> OUTDIR.

In: input paths, an OUTDIR and ``BuildOptions``.  Out: the written outputs and a ``BuildSummary``.
``pipeline`` streams articles through read, parse and extract and then assembles and writes;
``engines`` runs parse and extract in this process, a process pool or a Dask cluster with the same
results; ``cache`` keeps each article's parse and extraction so an unchanged article is not redone.
(Not named ``build/``: the standard Python ``.gitignore`` hides such folders.)
"""
