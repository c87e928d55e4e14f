"""Stage 2, parse: article text -> spaCy ``Doc``.

In: the clean text of each ``Article``.  Out: a parsed ``Doc`` per article (tokens, sentences,
dependencies, entities) from the installed spaCy model, loaded once; ``nlp`` also gives the model's
fingerprint that keys the parse cache.  Nothing downstream of extraction imports spaCy.
"""
