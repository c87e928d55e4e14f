"""find_attributions: source, cue and content spans on several sentence shapes."""
from __future__ import annotations

import dataclasses

import pytest

from graph.extract.attribution import Attribution, find_attributions, innermost

# sentence -> (source, cue, content) as text; None source = no source
SHAPES = [
    ("Russia is supplying weapons to the Taliban, Tillerson said.",
     ("Tillerson", "said", "Russia is supplying weapons to the Taliban")),
    ("Tillerson said that Russia is supplying weapons to the Taliban.",
     ("Tillerson", "said", "Russia is supplying weapons to the Taliban")),
    ("According to Kabulov, Russia supplies the Taliban.",
     ("Kabulov", "According to", "Russia supplies the Taliban")),
    ("Russia supplies the Taliban, according to Afghan officials.",
     ("Afghan officials", "according to", "Russia supplies the Taliban")),
    ('"We will not arm the Taliban," he said.', ("he", "said", "We will not arm the Taliban")),
    ("It is heard that Russia arms the Taliban.", (None, "is heard", "Russia arms the Taliban")),
    ("Zamir Kabulov claimed that over 10,000 ISIS militants were present in Afghanistan.",
     ("Zamir Kabulov", "claimed", "over 10,000 ISIS militants were present in Afghanistan")),
    ("Lavrov told Pakistan that Russia would never attack India.",
     ("Lavrov", "told", "Russia would never attack India")),
    ("The minister warned that the group was growing.", ("The minister", "warned", "the group was growing")),
    ("Kabulov warned of a threat from ISIS.", ("Kabulov", "warned of", "a threat from ISIS")),
    ("Russia has denied supplying weapons to the Taliban.",
     ("Russia", "has denied", "supplying weapons to the Taliban")),
    # in a relative clause the source is the relative pronoun (PolNeAR); a source starts after a heading line
    ("Barkley, who said he typically votes Democratic, was happy.",
     ("who", "said", "he typically votes Democratic")),
    ("12:15 p.m.\n\nFormer Florida Gov. Jeb Bush said that he would win.",
     ("Former Florida Gov. Jeb Bush", "said", "he would win")),
    # an appositive source keeps its closing comma (PolNeAR convention)
    ("Carly Fiorina, a candidate, said that she would win.", ("Carly Fiorina, a candidate,", "said", "she would win")),
    # a colon before a quotation is the cue
    ("The senator: \u201cWe will win this race.\u201d", ("The senator", ":", "We will win this race")),
    # the cue is the verb group: auxiliaries, negation and adverbs before it, a particle or colon after it
    ("The governor has also not said that he would run.", ("The governor", "has also not said", "he would run")),
    ("The senator pointed out that the bill had failed.", ("The senator", "pointed out", "the bill had failed")),
    # a verb and its preposition from cue_phrases: the preposition joins the cue
    ("Clinton called for a ban on assault weapons.", ("Clinton", "called for", "a ban on assault weapons")),
    ("Clinton called for the United States to step up its efforts.",
     ("Clinton", "called for", "the United States to step up its efforts")),
    ("Sanders railed against the big banks on Tuesday.", ("Sanders", "railed against", "the big banks")),
    ("Clinton alluded to the scandal in her speech.", ("Clinton", "alluded to", "the scandal")),
    ('"It is a fine plan," the mayor said of the bridge.', ("the mayor", "said of", "It is a fine plan")),
    # a bracket opened in the source is closed in it
    ("Sen. Bernie Sanders (I-Vt.) said that the economy was rigged.",
     ("Sen. Bernie Sanders (I-Vt.)", "said", "the economy was rigged")),
]


def test_attribution_multi_sentence_quotation(nlp):
    text = ("“Russia is supplying weapons to the Taliban. This violates the rules. We will object”, "
            "the Secretary of State said.")
    doc = nlp(text)
    found = [_texts(doc, a) for a in find_attributions(doc)]
    assert found == [("the Secretary of State", "said",
                      "Russia is supplying weapons to the Taliban. This violates the rules. We will object")]


def test_attribution_quotation_after_colon(nlp):
    doc = nlp("This was stated by General Smith: “Russia is providing assistance to the Taliban.”")
    found = [_texts(doc, a) for a in find_attributions(doc)]
    assert ("General Smith", "was stated", "Russia is providing assistance to the Taliban") in found, found


def test_attribution_relative_pronoun_speaker_is_antecedent(nlp):
    doc = nlp("Barkley, who said he typically votes Democratic, was happy.")
    (a,) = find_attributions(doc)
    assert doc[a.source_head].text == "Barkley"


def test_attribution_statement_that_claimed_speaks_for_its_author(nlp):
    doc = nlp("Kabulov released a statement that praised Russia and claimed that ISIS was present.")
    found = [a for a in find_attributions(doc) if a.cue_lemma == "claim"]
    # the author is the source span too (PolNeAR: "Trump released a marketing video that said ...": Trump)
    assert [(doc.text[a.source_start:a.source_end], doc[a.source_head].text) for a in found] == [("Kabulov", "Kabulov")]


def test_attribution_cue_inside_quotation_is_not_its_own(nlp):
    doc = nlp("\u201cI think we will win the state,\u201d the senator said.")
    found = [_texts(doc, a) for a in find_attributions(doc)]
    assert found == [("the senator", "said", "I think we will win the state")]


def test_attribution_bare_verb_reports_the_clause_or_sentence_before(nlp):
    doc = nlp("The economy is rigged against workers. Sanders said on Tuesday.")
    found = [_texts(doc, a) for a in find_attributions(doc)]
    assert found == [("Sanders", "said", "The economy is rigged against workers")]
    doc = nlp("Taxes will rise next year, the spokesman told reporters in a call.")
    assert [_texts(doc, a) for a in find_attributions(doc)] == [
        ("the spokesman", "told", "Taxes will rise next year")]


def test_attribution_third_person_inside_quotation_stays(nlp):
    doc = nlp("\u201cThey said the Americans had promised it,\u201d the minister said.")
    found = [_texts(doc, a)[:2] for a in find_attributions(doc)]
    assert ("They", "said") in found and ("the minister", "said") in found, found


def test_attribution_colon_line(nlp):
    doc = nlp("Trump: Cruz has a long way to go on ethanol.")
    assert [_texts(doc, a) for a in find_attributions(doc)] == [("Trump", ":", "Cruz has a long way to go on ethanol")]
    doc = nlp("Wait, it gets better: the senator left.")
    assert find_attributions(doc) == []
    for text in ("Editor's note: Donald Trump is a candidate for the presidency.",
                 "Nevada: Adam Khan, Andres Ramirez and Barbara Buckley."):
        assert [a for a in find_attributions(nlp(text)) if a.shape == "colon_line"] == [], text


@pytest.mark.parametrize("text, source", [
    ("After saying that he was nervous, the man asked a question.", "the man"),
    ("Many voters saying they want a ban came to the rally.", "Many voters"),
])
def test_attribution_source_of_a_phrase_verb(nlp, text, source):
    doc = nlp(text)
    found = [a for a in find_attributions(doc) if doc.text[a.cue_start:a.cue_end] == "saying"]
    assert [doc.text[a.source_start:a.source_end] for a in found] == [source]


def test_attribution_bare_verb_needs_no_object_but_an_addressee(nlp):
    doc = nlp("The campaign was over. He called a donor.")
    assert find_attributions(doc) == []
    doc = nlp("The talks were a failure. Afghan officials described it.")
    assert find_attributions(doc) == []
    doc = nlp("Russia arms the Taliban. The Russian Foreign Ministry denied the reports.")
    assert [a.shape for a in find_attributions(doc)] != ["bare_verb"]


def test_attribution_nearest_of_two_subjects(nlp):
    doc = nlp("Or Ferguson,\u201d Trump said.")
    assert [doc.text[a.source_start:a.source_end] for a in find_attributions(doc)] == ["Trump"]


@pytest.mark.parametrize("text, expected", [
    ("The senator announced his candidacy on Monday.", ("The senator", "announced", "his candidacy")),
    ("Clinton called the plan a disaster.", ("Clinton", "called", "the plan a disaster")),
    ("The governor cited the latest polls.", ("The governor", "cited", "the latest polls")),
    ("Sanders urged restraint.", ("Sanders", "urged", "restraint")),
    ("Mr. Ryan reiterated his support for the nominee.", ("Mr. Ryan", "reiterated", "his support for the nominee")),
    ("The governor voiced concerns about the budget.", ("The governor", "voiced", "concerns about the budget")),
    ("Critics portrayed the mayor as a spendthrift.", ("Critics", "portrayed", "the mayor as a spendthrift")),
    ("The unions see the mayor as a reformer.", ("The unions", "see", "the mayor as a reformer")),
    ("Voters viewed the cuts as a snub.", ("Voters", "viewed", "the cuts as a snub")),
    ("The auditor noted a sharp rise in costs.", ("The auditor", "noted", "a sharp rise in costs")),
    ("The senator tweeted her support for the strike.", ("The senator", "tweeted", "her support for the strike")),
])
def test_attribution_object_cue_reports_its_object(nlp, text, expected):
    doc = nlp(text)
    found = [_texts(doc, a) for a in find_attributions(doc)]
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    ('The mayor recounted a number of "cases of abuse by reporters" into his private life.',
     ("The mayor", "recounted", 'a number of "cases of abuse by reporters"')),
    ('Ms Reed called the decision "deeply worrying".', ("Ms Reed", "called", 'the decision "deeply worrying"')),
])
def test_attribution_object_ending_in_a_quotation_keeps_its_closing_mark(nlp, text, expected):
    doc = nlp(text)
    found = [(_texts(doc, a), a.shape) for a in find_attributions(doc)]
    assert found == [(expected, "verb_object")], found


def test_attribution_quotation_inside_an_object_leaves_the_object(nlp):
    doc = nlp('She recounted the "lazy thinking" of the board.')
    found = [_texts(doc, a) for a in find_attributions(doc)]
    assert found == [("She", "recounted", 'the "lazy thinking" of the board')], found


@pytest.mark.parametrize("text, expected", [
    ("Mr Lowe released a new radio advert calling the cuts reckless.", ("Mr Lowe", "calling", "the cuts reckless")),
    ("The union posted a video that said the strike would go ahead.",
     ("The union", "said", "the strike would go ahead")),
])
def test_attribution_document_speaks_for_its_maker(nlp, text, expected):
    doc = nlp(text)
    found = [_texts(doc, a) for a in find_attributions(doc)]
    assert expected in found, found


def test_attribution_document_found_is_no_speech_of_the_finder(nlp):
    doc = nlp("Police found a note that said the shop would close.")
    assert [_texts(doc, a)[0] for a in find_attributions(doc)] == ["that"]


def test_attribution_named_speaker_after_a_list_is_no_part_of_it(nlp):
    doc = nlp("Other seats targeted include Leeds North, Bury and Hove, the party's campaign director Lord Smith said.")
    found = [(_texts(doc, a), doc[a.source_head].text) for a in find_attributions(doc)]
    assert found == [(("the party's campaign director Lord Smith", "said",
                       "Other seats targeted include Leeds North, Bury and Hove"), "Smith")], found


def test_attribution_apposition_with_no_verb_of_saying_is_no_speaker(nlp):
    assert find_attributions(nlp("Mr Hale met the mayor, Lord Smith, and the bishop.")) == []


@pytest.mark.parametrize("text", ["He called a donor.", "She thanked him.", "The senator bought a house.",
                                  "Sanders urged Congress.", "The unions saw the film in Leeds."])
def test_attribution_object_cue_needs_more_than_a_person_spoken_to(nlp, text):
    assert find_attributions(nlp(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Mr. Holt asked the publisher to reprint the novel.", ("Mr. Holt", "asked", "the publisher to reprint the novel")),
    ("The mayor urged residents to stay indoors.", ("The mayor", "urged", "residents to stay indoors")),
    ("She has told him to leave the room.", ("She", "has told", "him to leave the room")),
])
def test_attribution_request_reports_whom_it_asks_and_what(nlp, text, expected):
    doc = nlp(text)
    assert [_texts(doc, a) for a in find_attributions(doc)] == [expected]


@pytest.mark.parametrize("text", ["The court allowed the firm to reprint the novel.",
                                  "The storm forced residents to stay indoors.", "Mr. Holt asked a question."])
def test_attribution_request_needs_a_request_verb_an_object_and_an_infinitive(nlp, text):
    assert [a for a in find_attributions(nlp(text)) if a.shape == "request"] == []


def test_attribution_object_controlled_infinitive_is_no_report_of_the_subject(nlp):
    doc = nlp("The senator urged voters to back the measure.")  # voters back it, not the senator
    assert [doc.text[a.cue_start:a.cue_end] for a in find_attributions(doc)] == ["urged"]


@pytest.mark.parametrize("text, cue", [
    ("The senator said in a statement that the bill had failed.", "said in a statement"),
    ("The senator wrote on Facebook that the bill had failed.", "wrote on Facebook"),
    ("The senator said in March that the bill had failed.", "said"),  # a date is no setting
    ("The senator said in Ohio that the bill had failed.", "said"),
    ("The senator said Tuesday that the bill had failed.", "said Tuesday"),  # a one-word day joins the cue
])
def test_attribution_cue_keeps_where_it_was_said(nlp, text, cue):
    doc = nlp(text)
    assert [doc.text[a.cue_start:a.cue_end] for a in find_attributions(doc)] == [cue]


@pytest.mark.parametrize("text, cue", [
    ("The economy seems to be slowing down.", "seems"),
    ("It appears that the talks have failed.", "appears"),
    ("She is expected to win the primary.", "is expected"),
    ("This seems like a fine and fair idea.", "seems"),
    ("It seemed like the committee members had decided to back him.", "seemed"),
])
def test_attribution_sourceless_impression(nlp, text, cue):
    doc = nlp(text)
    found = [(a.has_source, doc.text[a.cue_start:a.cue_end]) for a in find_attributions(doc)]
    assert found == [(False, cue)]


@pytest.mark.parametrize("text", ["She expects a close race.", "The candidate appeared at a rally in Ohio.",
                                  "The results seem clear."])
def test_attribution_sourceless_needs_a_passive_or_a_complement(nlp, text):
    assert [a for a in find_attributions(nlp(text)) if a.shape == "sourceless"] == []


@pytest.mark.parametrize("text, expected", [
    ("The spokesman declined to comment on the report.", ("The spokesman", "declined")),
    # the governing verb's group joins the infinitive (PolNeAR dev: 6 of 7 "went on to ...")
    ("Sanders went on to say that the system was rigged.", ("Sanders", "went on to say")),
])
def test_attribution_infinitive_cues(nlp, text, expected):
    doc = nlp(text)
    assert expected in [_texts(doc, a)[:2] for a in find_attributions(doc)]


@pytest.mark.parametrize("text, cue", [
    ("Asked if the cuts had hurt them, the farmers said they had.", "Asked"),
    ("When asked about the merger, the chairman said he was pleased.", "asked about"),
    ("Accused of fraud, the banker resigned.", "Accused of"),
])
def test_attribution_bare_participle_has_no_source(nlp, text, cue):
    # the main clause's subject is the one asked or accused; who asked is unsaid (PolNeAR: no source)
    doc = nlp(text)
    found = {doc.text[a.cue_start:a.cue_end]: a for a in find_attributions(doc)}
    assert not found[cue].has_source


def test_attribution_participle_sharing_a_subject_keeps_it(nlp):
    doc = nlp("The minister has written to the council and asked about the plan.")  # a conjunct, no adverbial
    assert [_texts(doc, a)[:2] for a in find_attributions(doc)] == [("The minister", "asked about")]


@pytest.mark.parametrize("text, expected", [
    ("The minister suggested raising taxes on fuel.", ("The minister", "suggested", "raising taxes on fuel")),
    ("She recalled taking the lift to the top floor.", ("She", "recalled", "taking the lift to the top floor")),
])
def test_attribution_gerund_after_a_reporting_verb_is_its_content(nlp, text, expected):
    doc = nlp(text)
    assert [_texts(doc, a) for a in find_attributions(doc)] == [expected]


def test_attribution_gerund_after_a_verb_of_phase_is_no_content(nlp):
    assert find_attributions(nlp("The troops continued fighting in the valley.")) == []


def test_attribution_infinitive_without_a_speaker_is_none(nlp):
    doc = nlp("It is too soon to say whether the policy will work.")
    assert [doc.text[a.cue_start:a.cue_end] for a in find_attributions(doc)] == []


def test_attribution_belief_inside_reported_speech_is_part_of_it(nlp):
    doc = nlp("Cardin said he thinks that the sanctions would fail.")
    assert [_texts(doc, a)[:2] for a in find_attributions(doc)] == [("Cardin", "said")]
    doc = nlp("Cardin thinks that the sanctions would fail.")  # a belief of its own stays
    assert [_texts(doc, a)[:2] for a in find_attributions(doc)] == [("Cardin", "thinks")]
    doc = nlp("Cardin said Russia claimed that the sanctions would fail.")  # speech inside speech stays
    assert [_texts(doc, a)[:2] for a in find_attributions(doc)] == [("Cardin", "said"), ("Russia", "claimed")]


@pytest.mark.parametrize("text", ['\u201cWe will build a new bridge," he said. Later he added: \u201cIt will be fine.\u201d',
                                  '"We will build a new bridge,\u201d he said. Later he added: "It will be fine."'])
def test_attribution_quotation_closed_by_the_other_kind_of_mark(nlp, text):
    # a curly quotation closed straight (or the reverse) ends there, not at the next closing mark, which
    # would put "he said" inside a quotation
    doc = nlp(text)
    assert [_texts(doc, a)[:2] for a in find_attributions(doc, nested=False)] == [("he", "said"), ("he", "added:")]


def test_attribution_doubled_apostrophe_quotation(nlp):
    doc = nlp("''I think that my words represent strength. We will win,'' he said.")
    assert [_texts(doc, a) for a in find_attributions(doc)] == [
        ("he", "said", "I think that my words represent strength. We will win")]


@pytest.mark.parametrize("text, expected", [
    ("The union seeks to block the merger.", ("The union", "seeks", "to block the merger")),
    ("The general refused to pull his troops out of the valley.",
     ("The general", "refused", "to pull his troops out of the valley")),
    ("She prefers to travel by train.", ("She", "prefers", "to travel by train")),
])
def test_attribution_aim_reports_its_infinitive_as_an_act(nlp, text, expected):
    doc = nlp(text)
    found = find_attributions(doc)
    assert [_texts(doc, a) for a in found] == [expected] and [a.shape for a in found] == ["aim"]


@pytest.mark.parametrize("text", ["The ministry sought a meeting with the union.", "He refused an offer.",
                                  "The seeking of votes went on.", "Tenants can refuse to pay the new fee."])
def test_attribution_aim_needs_an_infinitive(nlp, text):
    assert find_attributions(nlp(text)) == []


def _texts(doc, a: Attribution):
    src = doc.text[a.source_start:a.source_end] if a.source_start >= 0 else None
    return src, doc.text[a.cue_start:a.cue_end], doc.text[a.content_start:a.content_end]


@pytest.mark.parametrize("text,expected", SHAPES, ids=[s[:30] for s, _ in SHAPES])
def test_attribution_spans(nlp, text, expected):
    doc = nlp(text)
    found = [_texts(doc, a) for a in find_attributions(doc)]
    assert expected in found, found


def test_attribution_token_spans_match_char_spans(nlp):
    doc = nlp("Tillerson said that Russia is supplying weapons to the Taliban.")
    (a,) = find_attributions(doc)
    lo, hi = a.content_tokens
    assert doc[lo:hi].start_char == a.content_start and doc[lo:hi].end_char == a.content_end
    lo, hi = a.source_tokens
    assert doc[lo:hi].text == "Tillerson" and a.source_head == lo and a.has_source
    assert doc[a.cue_tokens[0]:a.cue_tokens[1]].text == "said"


def test_attribution_is_frozen(nlp):
    (a,) = find_attributions(nlp("He said it rained."))
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.source_start = 0  # type: ignore[misc]


@pytest.mark.parametrize("text", ["Russia supplies the Taliban.", "The talks were held in Moscow.",
                                  "As he said, nothing."])
def test_attribution_none_without_a_reported_content(nlp, text):
    assert find_attributions(nlp(text)) == []


def test_attribution_innermost_prefers_nested(nlp):
    doc = nlp("Lavrov said that Kabulov claimed that ISIS is growing.")
    atts = find_attributions(doc)
    assert len(atts) == 2
    growing = next(t.i for t in doc if t.text == "growing")
    inner = innermost(atts, growing)
    assert doc.text[inner.cue_start:inner.cue_end] == "claimed"
    said = next(t.i for t in doc if t.text == "claimed")
    assert doc.text[innermost(atts, said).cue_start:innermost(atts, said).cue_end] == "said"


def test_attribution_works_on_text_without_actors(nlp):
    doc = nlp("The old man said that the river was rising, a neighbour added.")
    assert any(doc.text[a.source_start:a.source_end] == "The old man" for a in find_attributions(doc))


@pytest.mark.parametrize("text, expected", [
    ("The mayor expressed concern about the new budget.", ("The mayor", "expressed", "concern about the new budget")),
    ("Clinton hopes to win the primary in New York.", ("Clinton", "hopes")),  # lemmatised "hop" by some models
])
def test_attribution_more_object_and_infinitive_cues(nlp, text, expected):
    doc = nlp(text)
    assert expected in [_texts(doc, a)[:len(expected)] for a in find_attributions(doc)]


def test_attribution_interview_turn_labels_are_no_speakers(nlp):
    doc = nlp("Q: Does the senator support the bill?\n\nA: No, he has never supported it at all.")
    assert [a for a in find_attributions(doc) if a.shape == "colon_line"] == []


@pytest.mark.parametrize("text, source", [
    ("Marco Rubio, speaking at a rally in Miami, said the party would unite.", "Marco Rubio"),
    ("Bernie Sanders, celebrating a victory in Vermont, said the campaign would go on.", "Bernie Sanders"),
    ("Chris Collins, a Trump supporter, said the delegates would decide.", "Chris Collins, a Trump supporter,"),
])
def test_attribution_source_leaves_out_a_participle_aside(nlp, text, source):
    doc = nlp(text)
    assert source in [_texts(doc, a)[0] for a in find_attributions(doc)]


@pytest.mark.parametrize("text, expected", [
    ("The union backed the plan to raise the minimum wage.",
     ("The union", "backed", "the plan to raise the minimum wage")),
    ("Cruz attacked Trump's record on immigration.", ("Cruz", "attacked", "Trump's record on immigration")),
    ("The senator offered an apology for the remarks.", ("The senator", "offered", "an apology for the remarks")),
])
def test_attribution_stance_verbs_report_their_object(nlp, text, expected):
    doc = nlp(text)
    assert expected in [_texts(doc, a) for a in find_attributions(doc)]


def test_attribution_in_a_poll_is_the_source_of_its_finding(nlp):
    doc = nlp("In a national CNN poll released Monday, 31 percent of Republicans backed Trump.")
    found = [_texts(doc, a) for a in find_attributions(doc) if a.shape == "in_source"]
    assert found == [("a national CNN poll released Monday", "In", "31 percent of Republicans backed Trump")]
    doc = nlp("Trump has a decisive lead in the polls ahead of the primary.")
    assert [a for a in find_attributions(doc) if a.shape == "in_source"] == []


@pytest.mark.parametrize("text", [
    "The rally ended late. Another donor is going to call.",
    "The vote was close. Nobody knew how the senator would respond.",
])
def test_attribution_bare_verb_needs_a_finite_verb_of_its_own(nlp, text):
    assert [a for a in find_attributions(nlp(text)) if a.shape == "bare_verb"] == []


def test_attribution_asked_if_parsed_as_an_adverbial_is_a_question(nlp):
    doc = nlp("Asked if the comments had rattled them, Ryan said he was not worried.")
    assert "Asked" in [doc.text[a.cue_start:a.cue_end] for a in find_attributions(doc)]


@pytest.mark.parametrize("text, source", [
    ("''I'm more skilled with my hands than I am with my brain,'' said Robin Maynard, half joking.", "Robin Maynard"),
    ('"I am not going to say it is a mistake, so forget about it," said retired neurosurgeon Ben Carson, asked about '
     'his claims.', "retired neurosurgeon Ben Carson"),
])
def test_attribution_postposed_speaker_parsed_into_a_clause(nlp, text, source):
    # the parser makes the speaker after "said" the subject of a clause hung on the verb ("Maynard joking")
    doc = nlp(text)
    found = [_texts(doc, a) for a in find_attributions(doc) if doc.text[a.cue_start:a.cue_end] == "said"]
    assert [f[0] for f in found] == [source], found


@pytest.mark.parametrize("text, cue, source", [
    ("Trump insisted that he has \u201cexpanded the Republican party,\u201d claiming that he is responsible for higher "
     "turnout.", "claiming", "Trump"),
    ("Trump argued that a database would keep people from coming into the country illegally, saying it is all about "
     "management.", "saying", "Trump"),
    ("Ms. Khan said Mr. Trump was ignorant of Islam and criticized him for his remarks.", "criticized", "Ms. Khan"),
])
def test_attribution_report_hung_on_reported_clause_has_the_outer_speaker(nlp, text, cue, source):
    # the parser hangs the second reporting verb on a verb of what the first one reports
    doc = nlp(text)
    found = {doc.text[a.cue_start:a.cue_end]: doc.text[a.source_start:a.source_end] for a in find_attributions(doc)}
    assert found.get(cue) == source, found


@pytest.mark.parametrize("text, speakers", [
    # a second report with a subject of its own is that subject's, and no part of the first one's content
    ("The unions say pay will fall, while employers say it will rise.",
     {"say": [("The unions", "pay will fall"), ("employers", "it will rise")]}),
    ("Mr Grant said the vote was rigged whereas his rival said it was fair.",
     {"said": [("Mr Grant", "the vote was rigged"), ("his rival", "it was fair")]}),
    ("The lender said profits rose in March and the regulator reported a fall.",
     {"said": [("The lender", "profits rose in March")], "reported": [("the regulator", "a fall")]}),
])
def test_attribution_contrasted_report_keeps_its_own_speaker(nlp, text, speakers):
    doc = nlp(text)
    found: dict[str, list] = {}
    for a in find_attributions(doc):
        found.setdefault(doc.text[a.cue_start:a.cue_end], []).append(
            (doc.text[a.source_start:a.source_end], doc.text[a.content_start:a.content_end]))
    assert found == speakers


def test_attribution_verb_coordinated_inside_reported_clause_keeps_its_subject(nlp):
    doc = nlp("Trump said that Clinton lied and denied it.")
    found = {doc.text[a.cue_start:a.cue_end]: doc.text[a.source_start:a.source_end] for a in find_attributions(doc)}
    assert found.get("denied") in (None, "Clinton"), found


@pytest.mark.parametrize("text, expected", [
    ("The senator questioned whether the plan would ever pass.", ("The senator", "questioned")),  # a question cue
    ("Some Democrats wondered if Clinton could win in Ohio.", ("Some Democrats", "wondered")),
    ("Party leaders worry that the convention will be chaotic.", ("Party leaders", "worry")),
    ("Mr. Cruz boasted that he had won more states.", ("Mr. Cruz", "boasted")),
])
def test_attribution_question_and_worry_cues(nlp, text, expected):
    doc = nlp(text)
    assert expected in [_texts(doc, a)[:2] for a in find_attributions(doc)]


def test_attribution_postposed_speaker_needs_a_quotation_before(nlp):
    # no quotation before "believe": "Mr Howard" is what Labour believes of, not a speaker (BBC politics 278)
    doc = nlp("Labour has produced its own savings figure so, not surprisingly, believe Mr Howard must be planning "
              "cuts to find the extra money.")
    assert "Mr Howard" not in [_texts(doc, a)[0] for a in find_attributions(doc)]


@pytest.mark.parametrize("text, expected", [
    ("Christie endorsed Trump last week.", ("Christie", "endorsed", "Trump")),
    ("Sanders criticized Clinton on two fronts.", ("Sanders", "criticized", "Clinton")),
])
def test_attribution_person_object_cue_reports_whom_it_names(nlp, text, expected):
    doc = nlp(text)
    assert expected in [_texts(doc, a) for a in find_attributions(doc)]


def test_attribution_hear_is_a_cue_only_in_the_passive(nlp):
    doc = nlp("Two of the contractors heard the chief say that they should wait.")
    assert "heard" not in [doc.text[a.cue_start:a.cue_end] for a in find_attributions(doc)]
    doc = nlp("It is heard that Russia arms the Taliban.")
    assert [doc.text[a.cue_start:a.cue_end] for a in find_attributions(doc)] == ["is heard"]


def test_attribution_nested_off_drops_every_report_inside_a_quotation(nlp):
    doc = nlp("\u201cThey said the Americans had promised it,\u201d the minister said.")
    assert [_texts(doc, a)[:2] for a in find_attributions(doc, nested=False)] == [("the minister", "said")]
    assert ("They", "said") in [_texts(doc, a)[:2] for a in find_attributions(doc)]


@pytest.mark.parametrize("text, source", [
    ("The report was released on Monday. It said officials had concealed the breaches.", "It"),
    ("It is said that officials had concealed the breaches.", None),
])
def test_attribution_it_is_a_speaker_of_an_active_verb_only(nlp, text, source):
    doc = nlp(text)
    (a,) = [a for a in find_attributions(doc) if a.cue_lemma == "say"]
    assert _texts(doc, a)[0] == source


@pytest.mark.parametrize("text", ["It might be appropriate to tell us how contrite he is.",
                                  "It is important to stress that the bill will take a decade."])
def test_attribution_it_of_a_copula_above_the_cue_is_no_speaker(nlp, text):
    doc = nlp(text)
    assert all(a.source_start < 0 or doc.text[a.source_start:a.source_end].lower() != "it" for a in find_attributions(doc))


@pytest.mark.parametrize("text, source", [
    ("McCain, who said he backs Cruz, told reporters that the vote was close.", "McCain"),
    ("Chris Cox, who runs the lobbying arm, says that the bill will fail.", "Chris Cox, who runs the lobbying arm,"),
])
def test_attribution_source_leaves_out_a_relative_clause_that_reports(nlp, text, source):
    doc = nlp(text)
    sources = [_texts(doc, a)[0] for a in find_attributions(doc) if a.cue_lemma in ("tell", "say")]
    assert source in sources, sources


@pytest.mark.parametrize("text, expected", [
    ("The senator proposed that the tax be cut.", ("The senator", "proposed", "the tax be cut")),
    ("The protesters decried the new law.", ("The protesters", "decried", "the new law")),
])
def test_attribution_propose_and_decry_are_cues(nlp, text, expected):
    doc = nlp(text)
    assert expected in [_texts(doc, a) for a in find_attributions(doc)]


def test_attribution_postposed_speaker_parsed_as_object(nlp):
    doc = nlp("\u201cLook, Hillary needed to split the first two primaries,\u201d added a South Carolina Democrat.")
    assert [_texts(doc, a)[:2] for a in find_attributions(doc)] == [("a South Carolina Democrat", "added")]


def test_attribution_colon_line_the_parser_ended_at_the_colon(nlp):
    doc = nlp("Ann Coulter: And Then There Was the One.\n\nShe wrote a column.")
    assert ("Ann Coulter", ":", "And Then There Was the One") in [_texts(doc, a) for a in find_attributions(doc)]


@pytest.mark.parametrize("text, cue", [
    ("Trump went on to say that the wall would be built.", "went on to say"),
    ("Sanders is continuing to insist that the race is not over.", "is continuing to insist"),
])
def test_attribution_infinitive_cue_takes_its_governing_verb(nlp, text, cue):
    doc = nlp(text)
    (a,) = find_attributions(doc)
    assert _texts(doc, a)[1] == cue and a.cue_lemma == doc[a.cue_word].lemma_.lower()


@pytest.mark.parametrize("text, cue", [
    ("Clinton pointed to the polls: \u201cWe are winning this race in every state.\u201d", "pointed to"),
    ("He called on Congress: \u201cPass the bill now, before it is too late.\u201d", "called on"),
])
def test_attribution_cue_phrase_preposition_joins_any_cue(nlp, text, cue):
    doc = nlp(text)
    assert {_texts(doc, a)[1] for a in find_attributions(doc)} == {cue}


def test_attribution_quotation_keeps_the_verbs_own_prepositional_content(nlp):
    # the quotation and "called on voters" share their cue; neither replaces the other
    doc = nlp('He called on voters: "Stand together, all of you, on polling day."')
    assert sorted(_texts(doc, a)[2] for a in find_attributions(doc)) == [
        "Stand together, all of you, on polling day", "voters"]


def test_attribution_forecast_reports_its_clause_and_a_verb_coordinated_inside_it(nlp):
    doc = nlp("Mr. Putin forecast that the slumping economy would soon rebound and praised the central bank.")
    found = [_texts(doc, a)[:2] for a in find_attributions(doc)]
    assert ("Mr. Putin", "forecast") in found and ("the slumping economy", "praised") not in found, found


def test_attribution_quotation_inside_the_prepositional_content_is_one_attribution(nlp):
    doc = nlp('Mr Straw accused the Tories of "hiding away" on the issue.')
    assert [_texts(doc, a)[1] for a in find_attributions(doc)] == ["accused"]


@pytest.mark.parametrize("text, expected", [
    # a statement noun with its owner and a clause: the owner (with its "'s") the source, the noun and its
    # modifiers the cue
    ("Critics mocked Dobson's false claims that he had built the bridge himself.",
     ("Dobson's", "false claims", "he had built the bridge himself")),
    ("A second place would strengthen Harlow's claim to be the strongest candidate.",
     ("Harlow's", "claim", "to be the strongest candidate")),
])
def test_attribution_statement_noun_with_owner_and_clause(nlp, text, expected):
    doc = nlp(text)
    assert expected in [_texts(doc, a) for a in find_attributions(doc)]


@pytest.mark.parametrize("text", [
    "The claim that the bridge was unsafe spread quickly.",  # no owner: no one's statement
    "Dobson's claims about the bridge were false.",  # no clause: nothing reported
])
def test_attribution_statement_noun_needs_owner_and_clause(nlp, text):
    doc = nlp(text)
    assert [a for a in find_attributions(doc) if a.shape == "noun_cue"] == []


def test_attribution_content_stops_at_a_missed_sentence_break_after_a_quotation(nlp):
    doc = nlp('Green co-chair Ada Stone mocked the launch, saying: "It was the worst show I have seen." '
              'The Greens had broken pledges by raising fares many times, she said.')
    found = {_texts(doc, a)[1:] for a in find_attributions(doc)}
    assert ("saying:", "It was the worst show I have seen") in found
    assert ("said", "The Greens had broken pledges by raising fares many times") in found


@pytest.mark.parametrize("text, expected", [
    # a statement someone issues speaks for its author
    ("Ms. Dunn issued a statement on Tuesday saying that the plan would fail.", ("Ms. Dunn", "saying")),
    ("The council released a report that said the bridge was unsafe.", ("The council", "said")),
    # not one someone else rejects or cites
    ("Moscow rejected the report that said its ships were in the bay.", ("that", "said")),
    ("The mayor cited a report saying crime had fallen.", ("a report", "saying")),
])
def test_attribution_issued_statement_speaks_for_its_author(nlp, text, expected):
    doc = nlp(text)
    assert expected in [_texts(doc, a)[:2] for a in find_attributions(doc)]



@pytest.mark.parametrize("text, expected", [
    # a relative pronoun that is the subject of what is reported stays out of the content
    ("The senator mocked the tale of a brawl, an incident that Jones says changed his life.",
     ("Jones", "says", "changed his life")),
    ("He has a kind of job that many analysts say is the future of the region.",
     ("many analysts", "say", "is the future of the region")),
])
def test_attribution_relative_pronoun_subject_of_the_content(nlp, text, expected):
    doc = nlp(text)
    assert expected in [_texts(doc, a) for a in find_attributions(doc)]


def test_attribution_relative_pronoun_speaker_keeps_its_clause(nlp):
    doc = nlp("The farmer who said he was broke left the market.")
    assert ("who", "said", "he was broke") in [_texts(doc, a) for a in find_attributions(doc)]


@pytest.mark.parametrize("text, expected", [
    # passive with an agent: the agent says it of the subject
    ("The scheme was hotly criticized by the mayor and several unions.",
     ("the mayor and several unions", "was hotly criticized", "The scheme")),
    ("They fought a levy strongly opposed by the farmers.", ("the farmers", "strongly opposed", "a levy")),
    # a relative clause whose object is its antecedent
    ("The treaty, which the governor vehemently opposed, collapsed.",
     ("the governor", "vehemently opposed", "The treaty")),
])
def test_attribution_object_cue_with_its_object_elsewhere(nlp, text, expected):
    doc = nlp(text)
    assert expected in [_texts(doc, a) for a in find_attributions(doc)]


@pytest.mark.parametrize("text", [
    "The levy was opposed in the Senate.",  # no agent: no one says it
    "The prize was offered by the club.",  # offering is no judgement (not in gap_object_cues)
    "The treaty, which the governor signed, collapsed.",  # no cue
])
def test_attribution_object_gap_needs_an_agent_and_a_judging_verb(nlp, text):
    doc = nlp(text)
    assert [a for a in find_attributions(doc) if a.shape == "object_gap"] == []


@pytest.mark.parametrize("text, expected", [
    # a verb of agent_cues in the passive with its agent: the agent reports the subject, the noun it modifies, or
    # the clause an "as" clause modifies
    ("The merger was first reported by the Daily Planet.", ("the Daily Planet", "was first reported", "The merger")),
    ("The bank's losses, reported by the Daily Planet on Monday, alarmed the markets.",
     ("the Daily Planet", "reported", "The bank's losses")),
    ("As reported by the Daily Planet, the council will close the pool.",
     ("the Daily Planet", "reported", "the council will close the pool")),
])
def test_attribution_agent_report(nlp, text, expected):
    doc = nlp(text)
    found = [_texts(doc, a) for a in find_attributions(doc)]
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "The merger was first reported on Monday.",  # no agent: no one reports it
    "The merger was first announced by the Daily Planet.",  # not a verb of agent_cues
    "The paper, which the Daily Planet reported, was lost.",  # a relative clause is no agent report
])
def test_attribution_agent_report_needs_an_agent_cue_and_its_agent(nlp, text):
    doc = nlp(text)
    assert [a for a in find_attributions(doc) if a.shape == "agent_report"] == []


@pytest.mark.parametrize("text, expected", [
    ("The mayor was sharply critical of the new levy.", ("The mayor", "was sharply critical of", "the new levy")),
    ("The farmers are wary of the trade deal.", ("The farmers", "are wary of", "the trade deal")),
    ("Officials were confident that the bridge would open.",
     ("Officials", "were confident", "the bridge would open")),
])
def test_attribution_stance_adjective(nlp, text, expected):
    doc = nlp(text)
    assert expected in [_texts(doc, a) for a in find_attributions(doc)]


@pytest.mark.parametrize("text", [
    "The mayor was critical.",  # no complement: nothing reported
    "The mayor was tired of the levy.",  # no adjective of stance_adjectives
    "It is clear that the bridge will open.",  # not a stance adjective either
])
def test_attribution_stance_adjective_needs_a_listed_adjective_and_a_complement(nlp, text):
    doc = nlp(text)
    assert [a for a in find_attributions(doc) if a.shape == "stance_adjective"] == []


@pytest.mark.parametrize("text, expected", [
    ('The mayor said the bridge was safe. "It has passed every test we could think of."',
     ("The mayor", "said", "It has passed every test we could think of")),
    # a paragraph of its own after a quotation with its cue, and one more after it
    ('"Rents will rise," the landlord said.\n\n"Tenants cannot pay more. Something must change."\n\n'
     '"Nobody will do it for us."',
     ("the landlord", "said", "Nobody will do it for us")),
    # the speaker of the quotation, not one reported inside it
    ('The director said: "Our survey has shown that parents care about schools."\n\n"They want smaller classes."',
     ("The director", "said:", "They want smaller classes")),
])
def test_attribution_continuation_quote_keeps_the_speaker_before(nlp, text, expected):
    doc = nlp(text)
    assert expected in [_texts(doc, a) for a in find_attributions(doc) if a.shape == "continuation"]


@pytest.mark.parametrize("text", [
    'The mayor said the bridge was safe. Critics called it "a danger to every driver."',  # a phrase in a sentence
    'The mayor thinks the bridge is safe. "It has passed every test we could think of."',  # a belief, no speech
    'The mayor denied the bridge was unsafe. "It has passed every test we could think of."',  # nor a denial
    'The mayor said the bridge was safe. "is what everyone here will tell you."',  # no sentence of its own
    'The mayor said the bridge was safe. Engineers disagreed. "It has failed every test so far."',  # not next
])
def test_attribution_continuation_needs_a_whole_quoted_sentence_after_speech(nlp, text):
    doc = nlp(text)
    assert [a for a in find_attributions(doc) if a.shape == "continuation"] == []


@pytest.mark.parametrize("text, expected", [
    ("The port will reopen soon, as the harbour master said.", ("the harbour master", "said", "The port will reopen soon")),
    ("Ferries ran late. As the harbour master said, the port will reopen soon.",
     ("the harbour master", "said", "the port will reopen soon")),
])
def test_attribution_as_clause_reports_the_clause_it_modifies(nlp, text, expected):
    doc = nlp(text)
    assert expected in [_texts(doc, a) for a in find_attributions(doc)]


def test_attribution_bare_verb_without_as_reports_the_clause_before(nlp):
    doc = nlp("The port will reopen soon, the harbour master said.")
    assert [_texts(doc, a)[2] for a in find_attributions(doc)] == ["The port will reopen soon"]


@pytest.mark.parametrize("text, expected", [
    ("The coach reminded the players that the final was sold out.",
     ("The coach", "reminded", "the final was sold out")),
    ("The bank assured savers that their deposits were safe.", ("The bank", "assured", "their deposits were safe")),
])
def test_attribution_hearer_is_no_part_of_what_they_are_told(nlp, text, expected):
    doc = nlp(text)
    assert expected in [_texts(doc, a) for a in find_attributions(doc)]


def test_attribution_reminded_of_keeps_its_object(nlp):
    doc = nlp("The coach reminded the players of the rules.")
    assert ("The coach", "reminded", "the players of the rules") in [_texts(doc, a) for a in find_attributions(doc)]


@pytest.mark.parametrize("text, expected", [
    ("A new poll shows the mayor with a comfortable lead over his rival.",
     ("A new poll", "shows", "the mayor with a comfortable lead over his rival")),
    ("The survey found wide support for the levy among farmers.",
     ("The survey", "found", "wide support for the levy among farmers")),
])
def test_attribution_finding_of_a_cited_source(nlp, text, expected):
    doc = nlp(text)
    assert expected in [_texts(doc, a) for a in find_attributions(doc) if a.shape == "finding"]


@pytest.mark.parametrize("text", [
    "The mayor showed the guests his garden.",  # a person shows a thing: no finding
    "The survey found that support for the levy was wide.",  # a clause: the verb_clause reading
])
def test_attribution_finding_needs_a_cited_source_and_an_object(nlp, text):
    doc = nlp(text)
    assert [a for a in find_attributions(doc) if a.shape == "finding"] == []


def test_attribution_quotation_reopened_without_closing_is_two_quotations(nlp):
    doc = nlp('The coach said: "We played well in the first half. "After the break we lost our shape and paid for '
              'it." Fans left early.')
    found = [_texts(doc, a) for a in find_attributions(doc)]
    assert ("The coach", "said:", "We played well in the first half") in found
    assert ("The coach", "said:", "After the break we lost our shape and paid for it") in found


def test_attribution_a_purpose_clause_reports_no_quotation(nlp):
    doc = nlp('Ms Grant called on the council to "open serious talks" with residents to find a "fairer deal".')
    cues = {a.cue_lemma for a in find_attributions(doc)}
    assert "find" not in cues


def test_attribution_a_quotation_after_its_cue_is_still_reported(nlp):
    doc = nlp('Ms Grant went on to say: "The council has failed the residents."')
    atts = find_attributions(doc)
    assert [a.cue_lemma for a in atts] == ["say"]


def test_attribution_speaker_hung_on_an_earlier_noun(nlp):
    # the parser made the speaker an apposition of the noun before it and left the verb without a subject
    doc = nlp("Tuesday in Leeds, while on the trail for his wife Jane Smith, former governor John Smith said she "
              "would win.")
    assert ("former governor John Smith", "said", "she would win") in [_texts(doc, a) for a in find_attributions(doc)]


def test_attribution_speaker_hung_on_an_earlier_noun_must_be_named(nlp):
    # "her former aide" is no name: the appositions before it are not the speaker
    doc = nlp("On the campaign trail for his wife, the senator Jane Smith, her former aide said she was the best "
              "candidate.")
    assert all("Jane Smith" not in (_texts(doc, a)[0] or "") for a in find_attributions(doc))


def test_attribution_quoted_paragraph_goes_on_with_a_quotation_of_several_sentences(nlp):
    doc = nlp('Mr Reid told the BBC: "We will win this seat in May. Our team is strong.\n\n'
              '"We have the best candidates in the country."')
    found = [(_texts(doc, a), a.shape) for a in find_attributions(doc)]
    assert (("Mr Reid", "told", "We have the best candidates in the country"), "continuation") in found, found


def test_attribution_quoted_sentence_after_a_narrator_sentence_continues_nothing(nlp):
    doc = nlp('Mr Reid told the BBC: "We will win this seat in May. Our team is strong."\n\n'
              'The party has held the seat since 1997. "It was a close race last time."')
    assert [a.shape for a in find_attributions(doc)] == ["quotation"]
