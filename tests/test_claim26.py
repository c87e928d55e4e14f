"""claim26: what a claim is about (graph/extract/statements.py).

A statement that accuses someone (``stance.critical_claim``) also claims them, when the claim rules left them out
(``statements._unclaimed``)."""
from __future__ import annotations

import pytest

from tests.test_stance16 import _pairs


@pytest.mark.parametrize("text, pair", [
    # the accused sits in a clause the claim rules do not read: an infinitive on a noun
    ('Tory spokesman Tim Collins said his party would take every chance to show how "arrogant" Tony Blair and '
     'Gordon Brown were.', ("Tim Collins", "Tony Blair")),
    ('Lib Dem leader Charles Kennedy said his party would use the campaign to expose how "dishonest" Michael Howard '
     'had been.', ("Charles Kennedy", "Michael Howard")),
])
def test_claim26_accused_is_claimed(nlp, text, pair):
    assert pair in _pairs(nlp, text, "accuses")
    assert pair in _pairs(nlp, text, "claims")


@pytest.mark.parametrize("text, pair", [
    # the speaker of another report inside the content is not what the first speaker is about
    ('The Liberal Democrats said the scheme could let extreme groups run schools, while Labour criticised '
     '"reckless" Tory promises on tax.', ("Liberal Democrats", "Labour Party")),
])
def test_claim26_no_claim(nlp, text, pair):
    assert pair not in _pairs(nlp, text, "claims")


@pytest.mark.parametrize("text, pair", [
    # a clause of time
    ("Labour chairman Ian McCartney said that when Michael Howard was home secretary crime had soared.",
     ("Ian McCartney", "Michael Howard")),
    # a clause of contrast
    ("Health Secretary John Reid said Labour would build a better future, while Michael Howard would take the "
     "country back.", ("John Reid", "Michael Howard")),
    # one named in the main clause goes first: the opponent of a game in the clause of time is no party
    ('"When we were playing against Chelsea, I spoke with Jose Mourinho about it," said Arsene Wenger.',
     ("Arsene Wenger", "Jose Mourinho")),
])
def test_claim26_time_or_contrast_clause_takes_part(nlp, text, pair):
    assert pair in _pairs(nlp, text, "claims")


@pytest.mark.parametrize("text, pair", [
    # the speaker of a report set beside the first by "while" speaks for itself
    ("The Greens said the plan would fail, while Labour attacked Tory plans on tax.", ("Green Party", "Labour Party")),
    # a clause of contrast a misread cue takes for its content (a try scored, nothing said)
    ("Jermoe Keino added two tries before the final whistle, while Michael Howard gained some consolation.",
     ("Jermoe Keino", "Michael Howard")),
])
def test_claim26_time_or_contrast_no_claim(nlp, text, pair):
    assert pair not in _pairs(nlp, text, "claims")


def test_claim26_conjoined_owners_are_claimed(nlp):
    # the first participant owns a thing with another owner coordinated with it: both are claimed
    text = 'Lib Dem leader Charles Kennedy said people were "highly sceptical" about Labour and Conservative promises.'
    claimed = _pairs(nlp, text, "claims")
    assert {("Charles Kennedy", "Labour Party"), ("Charles Kennedy", "Conservative Party")} <= claimed, claimed


@pytest.mark.parametrize("text, pair", [
    # the subject of a question after a preposition
    ("Health Secretary John Reid said no decision had been taken over whether David Blunkett would return.",
     ("John Reid", "David Blunkett")),
    ('Labour MP Ian Gibson said there was a "question mark" as to whether David Blunkett could serve again.',
     ("Ian Gibson", "David Blunkett")),
    # the subject of an infinitive after "for"
    ("Analyst David Cummings said a well funded bid would be enough for Malcolm Glazer to take control of the club.",
     ("David Cummings", "Malcolm Glazer")),
])
def test_claim26_question_or_infinitive_subject(nlp, text, pair):
    assert pair in _pairs(nlp, text, "claims")


def test_claim26_infinitive_pronoun_subject_is_not_claimed(nlp):
    # "him" after "for" may be misread by the resolver: only a named subject counts there
    text = ("Andy Murray won again on Friday. Coach Chris Bailey said the time was right for him to step down and let "
            "the young players come through.")
    assert ("Chris Bailey", "Andy Murray") not in _pairs(nlp, text, "claims")


@pytest.mark.parametrize("text, claimed", [
    # an aside: "as X claim" set inside the clause it reports
    ("Gordon Brown speaks on Monday. Many will listen for hints on whether, as the Conservatives claim, he plans to "
     "raise taxes.", True),
    # ... not in a question
    ("Gordon Brown speaks on Monday. So does he plan to raise taxes, as the Conservatives claim?", False),
])
def test_claim26_aside(nlp, text, claimed):
    assert (("Conservative Party", "Gordon Brown") in _pairs(nlp, text, "claims")) is claimed


@pytest.mark.parametrize("text, pair", [
    # an extraposed clause the parser hangs on what "it" is said to be
    ("Tory leader Michael Howard said it was a pity Gordon Brown would stay.", ("Michael Howard", "Gordon Brown")),
    ("Tory leader Michael Howard said it was time for Tony Blair to explain his plans.",
     ("Michael Howard", "Tony Blair")),
    # ... or on where "it" is, with "that"
    ('Tory MP Robert Jackson wrote: "It is in the country\'s interest that Tony Blair rather than Michael Howard '
     'should win."', ("Robert Jackson", "Michael Howard")),
])
def test_claim26_extraposed_clause(nlp, text, pair):
    assert pair in _pairs(nlp, text, "claims")


@pytest.mark.parametrize("text, pair", [
    # a negative clause of what happens under someone's rule accuses them
    ("Tory leader Michael Howard said pensioners were worse off under Labour.", ("Michael Howard", "Labour Party")),
    # a tax rise is a criticism ("taxes": lemma fixed from spaCy's "taxis")
    ("The Conservatives insist voters face higher taxes and more means-testing under Labour.",
     ("Conservative Party", "Labour Party")),
])
def test_claim26_ruler_is_accused(nlp, text, pair):
    assert pair in _pairs(nlp, text, "accuses")
    assert pair in _pairs(nlp, text, "claims")


def test_claim26_ruler_in_a_comparison_is_not_accused(nlp):
    text = "Chancellor Gordon Brown said inflation was higher under the Tories than under Labour."
    assert ("Gordon Brown", "Labour Party") not in _pairs(nlp, text, "accuses")


def test_claim26_relative_who_speaks_for_the_name_before_it(nlp):
    # the parser hangs "who said" on the label, not on the Conservatives: the speaker is the name right before "who"
    text = ("The posters were labelled a \"big misjudgement\" by the Conservatives who said Labour's \"first campaign "
            "has badly backfired\".")
    assert ("Conservative Party", "Labour Party") in _pairs(nlp, text, "claims")


def test_claim26_report_set_beside_is_its_own(nlp):
    # "while Labour attacked ...": Labour's act, neither reported by the Greens nor an accusation of theirs
    from tests.test_stance16 import EXTRACTOR
    from graph.model import Article, content_id
    text = "The Greens said the plan would fail, while Labour attacked Tory plans on tax."
    ex = EXTRACTOR.extract(Article(content_id(text), "test.txt", text), nlp(text))
    label = {a.id: a.label for a in ex.actors}
    found = {(label[t.subject], t.relation, label[t.object], label.get(t.attributed_to)) for t in ex.triples}
    assert ("Labour Party", "accuses", "Conservative Party", None) in found, found
    assert not any(s == "Green Party" and r == "accuses" for s, r, _o, _a in found), found
