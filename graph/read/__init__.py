"""Stage 1, read: article files on disk -> :class:`~graph.model.Article` records.

In: paths to ``.txt``, ``.md`` and ``.html`` files or folders of them.  Out: one ``Article`` per
readable file (clean paragraphs, title, date, source) or a ``Skipped``/``Warned`` record naming
the file and the reason.  ``reader`` finds, decodes and deduplicates the files; ``clean`` turns
scraped text into paragraphs and reads the metadata its first lines carry.
"""
