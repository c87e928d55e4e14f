"""Sources that are no actor but stand for one (speakers16): a report, study or book speaks for its one named
maker; "the committee" and "(the) MPs" for the one committee the article names."""
from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article, content_id

EXTRACTOR = Extractor()


def _sources(nlp, text, start):
    ex = EXTRACTOR.extract(Article(content_id(text), "t.txt", text), nlp(text))
    return {q.source_id for q in ex.quotes if q.content.startswith(start)}


@pytest.mark.parametrize("text,start,expected", [
    # the owner before the noun
    ("The National Audit Office's annual report showed costs rose. The report says the MoD has not spent enough "
     "time.",
     "the MoD", {"national-audit-office"}),
    # its "by" agent, in the source itself or earlier
    ("The research, carried out by transport expert professor Richard Allsop, says cutting the limit would save "
     "lives.", "cutting", {"richard-allsop"}),
    ("A report by the Fraser of Allander Institute says the policy was based on flawed research. The costs could "
     "rise by another £130m, the report warned.", "The costs", {"fraser-of-allander-institute"}),
    # the author of a book in apposition
    ("The speculation came after the publication of a new book, Brown's Britain by Robert Peston. The book claims "
     "the premier went back on his pledge.", "the premier", {"robert-peston"}),
    # who speaks "in" it
    ("In a report published last July the Joint Committee on Human Rights stated there was a risk. The new laws "
     "might be incompatible with the act, the report added.", "The new laws", {"joint-committee-on-human-rights"}),
])
def test_speakers16_report_speaks_for_its_maker(nlp, text, start, expected):
    assert _sources(nlp, text, start) == expected


@pytest.mark.parametrize("text,start", [
    # no maker named
    ("The report said the war was illegal.", "the war"),
    # two makers: no one
    ("Oxfam published a report. Amnesty published a report too. The report said the war was illegal.", "the war"),
    # a plural or unqualified mass noun is no one report
    ("A report by the Fraser of Allander Institute says costs rose. Previous election research has shown the "
     "majority voted Labour.", "the majority"),
    # the verb "reported" is no report, and a name inside its clause no maker
    ("The research shows that more people take threats seriously because, said Mr Goosens, they are reported in "
     "the press.", "more people"),
    # a place is no maker
    ("A report by Glasgow says costs rose. The report said the council failed.", "the council"),
])
def test_speakers16_report_without_one_maker(nlp, text, start):
    assert _sources(nlp, text, start) == {None}


@pytest.mark.parametrize("text,start,expected", [
    ("Divorced parents are often disadvantaged by the legal system, MPs have said. The Constitutional Affairs Select "
     "Committee said parents could exploit delays. Courts should be a last resort, MPs said.", "Courts",
     {"constitutional-affairs-select-committee"}),
    ("Divorced parents are often disadvantaged by the legal system, MPs have said. The Constitutional Affairs Select "
     "Committee said parents could exploit delays.", "Divorced", {"constitutional-affairs-select-committee"}),
    ("The Constitutional Affairs Select Committee said parents could exploit delays. The template would relegate "
     "the welfare of children, the MPs said.", "The template", {"constitutional-affairs-select-committee"}),
])
def test_speakers16_committee_speaks(nlp, text, start, expected):
    assert _sources(nlp, text, start) == expected


@pytest.mark.parametrize("text,start", [
    # no committee named
    ("Courts should be a last resort, MPs said.", "Courts"),
    # MPs of a party or a share of them are not the committee
    ("The Constitutional Affairs Select Committee met. Courts should be a last resort, some MPs said.", "Courts"),
    # two committees
    ("The Constitutional Affairs Select Committee and the Public Accounts Committee met. Courts should be a last "
     "resort, MPs said.", "Courts"),
])
def test_speakers16_committee_not_named(nlp, text, start):
    assert _sources(nlp, text, start) <= {None}
