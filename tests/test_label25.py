"""label25: a verb that labels its object ("described X as a Fagin", "branded it a waste", "called Mr Howard a liar")
accuses or supports whom the label judges, or the owner of the thing it names (graph/extract/labels.py)."""
from __future__ import annotations

import pytest

from tests.test_stance16 import EXTRACTOR, _pairs
from graph.model import Article, content_id


@pytest.mark.parametrize("text, relation, pair", [
    # an object predicate
    ("Tory leader Michael Howard called Tony Blair a liar.", "accuses", ("Michael Howard", "Tony Blair")),
    # an "as" phrase
    ("Tory leader Michael Howard described Tony Blair as a dangerous crook.", "accuses",
     ("Michael Howard", "Tony Blair")),
    # a thing's owner: the label of Labour's scheme judges Labour
    ("Lib Dem spokesman Mark Oaten has branded Labour's ID scheme a waste of money.", "accuses",
     ("Mark Oaten", "Labour Party")),
    # a passive with its agent, which the parser hangs on the label
    ("Plans by Labour to store nuclear waste in the UK have been branded deeply irresponsible by the Liberal "
     "Democrats.", "accuses", ("Liberal Democrats", "Labour Party")),
    # the antecedent of a relative clause, praised
    ("Foreign Secretary Jack Straw met Alastair Campbell, who he described as very talented.", "supports",
     ("Jack Straw", "Alastair Campbell")),
])
def test_label25_label_judges(nlp, text, relation, pair):
    assert pair in _pairs(nlp, text, relation)


def test_label25_label_inside_a_report_is_attributed(nlp):
    text = ("Tory spokesman Julian Lewis reminded MPs that Labour chairman Ian McCartney had described shadow "
            "chancellor Oliver Letwin as a dangerous crook.")
    ex = EXTRACTOR.extract(Article(content_id(text), "test.txt", text), nlp(text))
    label = {a.id: a.label for a in ex.actors}
    found = {(label[t.subject], label[t.object], label.get(t.attributed_to)) for t in ex.triples
             if t.relation == "accuses" and t.rule == "label_judgement"}
    assert ("Ian McCartney", "Oliver Letwin", "Julian Lewis") in found, found


@pytest.mark.parametrize("text", [
    # a neutral label, a description of a thing no one owns, a negated labelling, a thing labelled by "which"
    "Tory leader Michael Howard described Tony Blair as a lawyer.",
    "Tory leader Michael Howard described the weather as dreadful.",
    "Tory leader Michael Howard did not call Tony Blair a liar.",
    "The film shows Mr Howard laughing at an impression of him as Dracula, which Tony Blair calls good fun.",
    # the labeller's own party
    "Tory leader Michael Howard described the Conservative Party as a disgrace.",
    # the media report, they do not judge
    "The Guardian newspaper described Tony Blair as a liar.",
])
def test_label25_no_judgement(nlp, text):
    assert not _labelled(nlp, text)


def _labelled(nlp, text: str) -> set:
    """(subject, relation, object) labels of the text's triples read from a label."""
    ex = EXTRACTOR.extract(Article(content_id(text), "test.txt", text), nlp(text))
    label = {a.id: a.label for a in ex.actors}
    return {(label[t.subject], t.relation, label[t.object]) for t in ex.triples if t.rule == "label_judgement"}
