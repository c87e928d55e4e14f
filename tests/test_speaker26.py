"""speaker26: who said it.  A postposed speaker after a long title the parser misreads ('"...," said Tory shadow
local government secretary Caroline Spelman'), unnamed sources placed in a group ("Sources within the
Conservative Party told ..."; "the source" going on from "a Labour source"), and the newsroom's own reporter
("our correspondent added": the correspondent the article names)."""
from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article, content_id
from tests.test_stance16 import _pairs

EXTRACTOR = Extractor()


def _sources(nlp, text: str) -> set:
    """(source phrase, source actor label or None) of the text's quotes."""
    ex = EXTRACTOR.extract(Article(content_id(text), "test.txt", text), nlp(text))
    label = {a.id: a.label for a in ex.actors}
    return {(q.source, label.get(q.source_id)) for q in ex.quotes}


@pytest.mark.parametrize("text, source", [
    # the title before the name read as a clause ("Tory" the subject of a verb "shadow") or as a second subject
    ('"This is typical of Green hypocrisy," said Tory shadow local government secretary Jane Mottram.',
     ("Tory shadow local government secretary Jane Mottram", "Jane Mottram")),
    ('"This is typical of Green hypocrisy," said shadow local government secretary Jane Mottram.',
     ("shadow local government secretary Jane Mottram", "Jane Mottram")),
    ('"The bill is detailed enough to be scrutinised," said co-ordinator Peter Halloway.',
     ("co-ordinator Peter Halloway", "Peter Halloway")),
])
def test_speaker26_postposed_name_after_a_long_title(nlp, text, source):
    assert source in _sources(nlp, text)


@pytest.mark.parametrize("text, source", [
    # a preposition before the name: the parse is trusted, the name first is the speaker
    ('"The plan is a disgrace to Tony Blair," said Hannah Waring of the Refugee Council.',
     ("Hannah Waring of the Refugee Council", "Hannah Waring")),
    ('"The plan is a disgrace," said a spokesman for the Refugee Council.',
     ("a spokesman for the Refugee Council", "Refugee Council")),
])
def test_speaker26_postposed_speaker_read_as_before(nlp, text, source):
    assert source in _sources(nlp, text)


def test_speaker26_postposed_name_gives_the_claim(nlp):
    text = '"This is typical of Labour hypocrisy," said Tory shadow local government secretary Jane Mottram.'
    assert ("Jane Mottram", "Labour Party") in _pairs(nlp, text, "claims")


@pytest.mark.parametrize("text, pair", [
    ("Sources within the Conservative Party told the BBC Michael Howard had always backed ID cards.",
     ("Conservative Party", "Michael Howard")),
    ("The Tories met on Monday. Sources within the party told reporters Michael Howard had always backed ID cards.",
     ("Conservative Party", "Michael Howard")),
    ("A source inside the Treasury said Gordon Brown had attacked Tony Blair.", ("United Kingdom", "Gordon Brown")),
    # "the source" goes on from "a Labour source"
    ('A Labour source told the Sunday Times the campaign would start soon. "Making Michael Howard leader gives us '
     'an opportunity," the source told the paper.', ("Labour Party", "Michael Howard")),
    # ... also past another report between them: "the source" is the nearest source
    ("A Labour source told the Sunday Times Mr Campbell would front the campaign. Labour strategists told the paper "
     'he would be set loose. "Making Michael Howard leader gives us an opportunity," the source told the paper.',
     ("Labour Party", "Michael Howard")),
])
def test_speaker26_group_sources_speak_for_the_group(nlp, text, pair):
    assert pair in _pairs(nlp, text, "claims")


@pytest.mark.parametrize("text", [
    # a country after "in" is where the sources are, not who they are
    "Sources in Iraq said the Iraqi government had attacked the rebels of Moqtada al-Sadr.",
])
def test_speaker26_sources_in_a_country_are_no_one(nlp, text):
    assert all(label is None for source, label in _sources(nlp, text) if source.lower().startswith("sources"))


def test_speaker26_our_correspondent_is_the_named_one(nlp):
    text = ("The unions met John Prescott on Monday, BBC labour affairs correspondent Stephen Capel said. "
            "Our correspondent said that he understood no deal had been offered to Mr Prescott.")
    assert ("Our correspondent", "Stephen Capel") in _sources(nlp, text)


def test_speaker26_two_correspondents_named_give_no_one(nlp):
    text = ("BBC correspondent Stephen Capel said the talks had failed. Political correspondent Ann Rowe said the "
            "unions were angry. Our correspondent said that no deal had been offered to John Prescott.")
    assert ("Our correspondent", None) in _sources(nlp, text)


def _att(source, cue, content, head):
    from graph.extract.attribution import Attribution
    from graph.model import spans_at
    return Attribution(source, cue, content, head, "say", "test", cue[0], **spans_at(source, cue, content))


def test_speaker26_borrowed_content_is_left_out():
    """A report whose content holds another report, cue and content, whose source follows it (a parse run over a
    sentence break) is left out; a report inside what someone says, its source inside, stays."""
    from graph.extract.attribution import _borrowed
    quoted = _att((20, 22), (19, 20), (1, 17), 21)  # '"... ," said Nick Rossiter' : tokens 1-17, cue 19, source 20-22
    run_over = _att((40, 41), (41, 42), (1, 20), 40)  # "he said" read with the quotation up to "said" as content
    assert _borrowed(run_over, [quoted, run_over])
    assert not _borrowed(quoted, [quoted, run_over])
    inner = _att((3, 5), (5, 6), (6, 12), 4)  # "Mr Hale said [Ms Cole told him that ...]"
    outer = _att((0, 2), (2, 3), (3, 12), 1)
    assert not _borrowed(outer, [outer, inner])


_GOING_ON = ("Alan Milburn spoke to reporters on Monday. Nobody, he claimed, could picture Charles Kennedy in Downing "
             "Street. They could, however, picture Michael Howard or, of course, Tony Blair doing it. So the campaign "
             "was right to look at the record. ")


@pytest.mark.parametrize("text, pair", [
    # a sayer goes on from the sayer before, not from a person only mentioned in what he reports
    (_GOING_ON + "And Tony Blair would be in the very front line of that campaign, he said.",
     ("Alan Milburn", "Tony Blair")),
    (_GOING_ON + '"Between now and the election the prime minister will be spending more time out of London," he '
                 "promised.", ("Alan Milburn", "Tony Blair")),
])
def test_speaker26_sayer_goes_on_from_the_sayer_before(nlp, text, pair):
    assert pair in _pairs(nlp, text, "claims")


@pytest.mark.parametrize("text, pair", [
    # a subject of the main verb in between is still the one meant
    ("Mr Hale said the talks had gone well. Later Gordon Brown met the unions. Tony Blair must listen, he said.",
     ("Gordon Brown", "Tony Blair")),
])
def test_speaker26_a_main_subject_between_is_kept(nlp, text, pair):
    assert pair in _pairs(nlp, text, "claims")


def test_speaker26_an_owner_in_the_report_may_be_the_sayer(nlp):
    text = ("Most owners lease their planes. But anonymity is not Mr Hollister's style. The Boeing is Mr Hollister's "
            "favourite flying toy, he said in an interview on Saturday.")
    assert ("he", "Mr Hollister") in _sources(nlp, text)


def test_speaker26_narrator_pronoun_not_from_an_earlier_quotation(nlp):
    """A narrator's subject "he" outside quotation marks takes no person named only inside an earlier sentence's
    quotation (someone's words), here leaving it open rather than giving it to Tony Blair."""
    text = ("A spokesman for Michael Howard said Mr Jackson's views were very different. \"He believes that Tony "
            "Blair should not be criticised over the war,\" the spokesman said. He added that it was not surprising "
            "Mr Jackson had chosen to leave the Conservatives.")
    assert not any(label == "Tony Blair" for source, label in _sources(nlp, text) if source.lower() == "he")
