"""Source spans as PolNeAR marks them: a quoted title inside the source keeps its quotation marks."""
from __future__ import annotations

import pytest

from graph.extract.attribution import find_attributions


def _sources(nlp, text) -> list[str | None]:
    doc = nlp(text)
    return [doc.text[a.source_start:a.source_end] if a.has_source else None for a in find_attributions(doc)]


@pytest.mark.parametrize("text, source", [
    ("Joe Scarborough, host of MSNBC’s “Morning Joe,” said the race was over.",
     "Joe Scarborough, host of MSNBC’s “Morning Joe,”"),
    ("“Broad City” star Ilana Glazer said she backs Sanders.", "“Broad City” star Ilana Glazer"),
    ("A German news organization called “The Local” reported that the law passed.",
     "A German news organization called “The Local”"),
])
def test_attribution_source_quoted_title_keeps_its_marks(nlp, text, source):
    assert source in _sources(nlp, text)


# no quoted title in the source: nothing changes, the content's quotation marks stay out of the source
@pytest.mark.parametrize("text, source", [
    ("Trump said the “deal” was bad.", "Trump"),
    ("“We will win,” the senator said.", "the senator"),
    ("The senator said it was over.", "The senator"),
])
def test_attribution_source_without_quoted_title_unchanged(nlp, text, source):
    assert _sources(nlp, text) == [source]
