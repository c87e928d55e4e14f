"""Within-article coreference: resolved only when sure, None otherwise."""
from __future__ import annotations

import pytest

from graph.extract.actors import Gazetteer, resolve_actors
from graph.model import Article
from graph.vocab import ONTOLOGY_DIR


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.from_dir(ONTOLOGY_DIR)


def _at(nlp, gazetteer, text, word, nth=0):
    doc = nlp(text)
    actors = resolve_actors(doc, Article("a1", "t.txt", text), gazetteer)
    hits = [t for t in doc if t.text == word]
    assert len(hits) > nth, f"{word!r} not a token of {text!r}"
    return actors.at(hits[nth])


_TORIES = ("Although they support ID cards, the Conservatives said they would hold ministers to account over what "
           "the scheme is for. They said they would also press Labour on whether targets could be reached and "
           "whether the Home Office would meet them.")

_QUOTED = ('Sarah Lane told the conference in Leeds that the plan had failed. "We will act on this. The costs are '
           'known to everyone. No one will be left out." She criticised the Labour Party for its record.')

RESOLVED = [
    (_TORIES, "They", 0, "conservative-party"),  # a plural object of the sentence before is no rival
    (_QUOTED, "She", 0, "sarah-lane"),  # the speaker of the quotation sentences between
    ("Tom Hale said Bill Fry had lied to the council. He criticised the plan.", "He", 0, "tom-hale"),  # main subject
    # he/his -> the one person in view, or the subject among several
    ("Russian Foreign Minister Sergey Lavrov arrived in Islamabad. He met Pakistani officials.",
     "He", 0, "sergey-lavrov"),
    ("Sergey Lavrov met his Pakistani counterpart.", "his", 0, "sergey-lavrov"),
    ("Vladimir Putin told Narendra Modi about the plan. He said Russia would help.", "He", 0, "vladimir-putin"),
    # they -> the one plural group in view
    ("The Taliban said they would attend the talks.", "they", 0, "taliban"),
    ("Russian officials said they were worried.", "they", 0, "russia"),
    # a collective body named in the singular, the only one in view, may be "they" in British English
    ("The Green Party said they would oppose the new airport.", "they", 0, "green-party"),
    ("The Labour Party met in Hull on Monday. They had kept every promise, a spokesman said.", "They", 0,
     "labour-party"),
    # a "they" of the sentence before, resolved, carries the group on
    ("Despite their backing for the plan, the Conservatives said they would press Labour on costs. And they "
     "pledged to assess whether privacy would be protected.", "they", 1, "conservative-party"),
    # it/its -> the one country or organisation in view
    ("Russia said it would send troops.", "it", 0, "russia"),
    ("NATO expanded its mission in Afghanistan.", "its", 0, "nato"),
    # definite descriptions
    ("ISIS seized two districts. The group later withdrew.", "group", 0, "isis"),
    ("Officials in Kabul met. The country has suffered for decades.", "country", 0, "afghanistan"),
    ("The special representative of the Russian President Zamir Kabulov spoke on Monday. "
     "Later the envoy criticised Washington.", "envoy", 0, "zamir-kabulov"),
    ("Russian Foreign Minister Sergey Lavrov visited Kabul. The Russian minister met Ghani.", "minister", 0,
     "sergey-lavrov"),
    ("Foreign Secretary Mark Dell spoke in Hull. The secretary later met Labour.", "secretary", 0, "mark-dell"),
    ("The special Russian representative in Afghanistan Zamir Kabulov spoke. The special Russian representative "
     "in Afghanistan later said his remarks were misread.", "his", 0, "zamir-kabulov"),
    # a bare state organ: the state of the article, read off its parties when it names no state
    ("Tory leader Michael Howard said ministers had failed.", "ministers", 0, "united-kingdom"),
    ("The Liberal Democrats criticised government plans to raise fees.", "government", 0, "united-kingdom"),
    ("Tory leader Michael Howard said the cabinet was split.", "cabinet", 0, "united-kingdom"),
    # a state organ's shared name (titles home_organ_names): the article's state, the name alone or heading
    # a state agent
    ("The Tories said the Treasury had hidden the figures.", "Treasury", 0, "united-kingdom"),
    ("Labour leader Neil Kinnock urged Parliament to reject the bill.", "Parliament", 0, "united-kingdom"),
    ("The Liberal Democrats said the Court of Appeal was right.", "Appeal", 0, "united-kingdom"),
    ("The Liberal Democrats said Treasury officials were wrong.", "officials", 0, "united-kingdom"),
    ("French President Jacques Chirac said the Cabinet backed him.", "Cabinet", 0, "france"),
    # the state most of the article's parties and politicians point to, named or not, against a lone foreign
    # leader named with his country
    ("Gordon Brown met Jacques Chirac in Paris. Tory leader Michael Howard, the Liberal Democrats and Plaid Cymru "
     "said ministers had misled voters.", "ministers", 0, "united-kingdom"),
    ("Tony Blair flew to Rome. Tory leader Michael Howard said the government had misled voters.", "government", 0,
     "united-kingdom"),
    # a name only one state has is that state's metonym (actors.yaml), whatever the article
    ("A spokesman said the Home Office would appeal.", "Office", 0, "united-kingdom"),
    ("The Law Lords ruled against the scheme.", "Lords", 0, "united-kingdom"),
]


@pytest.mark.parametrize("text,word,nth,expected", RESOLVED)
def test_coref_resolves_when_sure(nlp, gazetteer, text, word, nth, expected):
    ref = _at(nlp, gazetteer, text, word, nth)
    assert ref is not None and ref.actor.id == expected
    assert ref.how == "coref" or word[0].isupper() and ref.how != "coref"


UNSURE = [
    ("He said the talks failed.", "He"),  # nobody introduced
    ("Putin met Lavrov and Tillerson met Kabulov. He said nothing.", "He"),  # two subjects
    ("Russia and China said they would help.", "they"),  # coordination: no single group
    ("Russia and China said they would help. They pledged money.", "They"),  # nor after it
    ("The Green Party told the Labour Party they would oppose the airport.", "they"),  # two bodies
    ("The Green Party told Russia they would oppose the airport.", "they"),  # a body and a state
    ("The Green Party said farmers feared they would lose land.", "they"),  # a plural noun is nearer
    ("The Green Party's leader said they would oppose the airport.", "they"),  # only a modifier
    ('The Green Party said: "They will oppose the airport."', "They"),  # in a quotation: anyone
    ("A poll by the Green Party found most voters said they would oppose it.", "they"),  # no subject
    ("The Green Party said the plan would help them.", "them"),  # the pronoun is no subject
    ("The Green Party and Oxfam said they would oppose the airport.", "they"),  # one of two coordinated
    ('"The Green Party is wrong," said Mark Dell. A police officer said they had been warned.', "they"),  # quoted
    ("ISIS-K attacked ISIS. The group said it was not involved.", "group"),  # two groups compete
    ("ISIS-K attacked ISIS. The group said it was not involved.", "it"),
    ("Russia accused Pakistan. It denied everything.", "It"),  # two countries
    ("Russia sent troops. It is likely that more will follow.", "It"),  # pleonastic
    ("Russia sent troops. It means the war goes on.", "It"),
    ("The envoy arrived in Kabul.", "envoy"),  # no person with that role introduced
    # a role with a word that makes it another office ("the chancellor" is no Shadow Chancellor)
    ("Shadow Chancellor Mark Dell spoke in Hull. The chancellor later met Labour.", "chancellor"),
    ("Shadow Foreign Secretary Mark Dell spoke in Hull. The secretary later met Labour.", "secretary"),
    # a rival that is no actor stands nearer: a place ("Wales and its"), a plural noun ("objectives ...
    # them"), a speaker of the pronoun's own sentence (BBC politics 101, 081, 151)
    ('Dai Lloyd, Plaid Cymru\'s local government spokesman, called the settlement "deeply unfair". He said: "Wales '
     'and its councils have been let down once more."', "its"),
    (_TORIES, "them"),
    # a country named only as the modifier of a thing is not what "it" means (BBC business)
    ('The German exchange said it had held "useful and friendly" talks with the LSE.', "it"),
    ('Washington has said all four were "enemy combatants" trained in al-Qaeda camps. The Pentagon says they were '
     "released after the UK government gave assurances they posed no threat.", "they"),  # all four
    ('Louise Christian said that after being "badly treated" at Guantanamo Bay, the men\'s arrest was unjust. Gareth '
     "Peirce, lawyer for Mr Begg, told reporters she was appalled by the state of the men.", "she"),
    (_QUOTED.replace("The costs are", "Tom Reed says the costs are"), "She"),  # a quotation that names a person
    ("Sarah Lane told the conference in Leeds that the plan had failed. The costs were known to everyone. The party "
     "has met twice. Its members were angry. She criticised the Labour Party.", "She"),  # no quotation between
    ("Tom Hale said Bill Fry had lied to the council. Labour criticised him.", "him"),  # no subject: either
    ("Tom Hale said Bill Fry had lied to the council. The plan, he said, was weak.", "he"),  # not the main verb's
    ("Tom Hale led the council but Bill Fry leads it now. He criticised the plan.", "He"),  # coordinated clauses
    ("Sarah Lane met Labour leaders on Monday. A government spokeswoman said the plan was weak. She criticised the "
     "Labour Party.", "She"),  # a new person no name covers is between
    ("Russian Foreign Minister Sergey Lavrov spoke. The special Russian representative in Afghanistan "
     "said nothing.", "representative"),  # the role does not match
    ("US Secretary of State Rex Tillerson spoke. The Russian minister answered.", "minister"),  # affiliation differs
    ("The Taliban attacked. The U.S.-led coalition and the group of experts met.", "group"),  # 'of' phrase: new entity
    ("Ministers criticised the plan.", "Ministers"),  # no party, no state: no article state
    # a shared organ name: never the wrong state, never inside another name or as a modifier of a thing
    ("The Treasury said the figures were wrong.", "Treasury"),  # no state in view
    ("French President Jacques Chirac met Tony Blair. The Cabinet backed him.", "Cabinet"),  # two states
    ("The Tories want a Commons vote on the Parliament Act.", "Commons"),
    ("Labour leader Neil Kinnock spoke to the Commons.", "Commons"),  # mostly a venue: no organ name
    ("The Tories want a Commons vote on the Parliament Act.", "Parliament"),
    ("Labour said the shadow cabinet was split.", "cabinet"),
    ("Tory leader Michael Howard said ministers in Baghdad were weak.", "ministers"),  # placed elsewhere
    # two states' politicians and nothing that decides: no state (not the one named for the foreign leader)
    ("Gordon Brown met Jacques Chirac in Paris. Tory leader Michael Howard said ministers had misled voters.",
     "ministers"),
    ("Tory leader Michael Howard said ministers from ten countries met.", "ministers"),
    ("The Tories said the Act of Parliament was flawed.", "Parliament"),  # the name of a law
]


@pytest.mark.parametrize("text,word", UNSURE)
def test_coref_none_when_unsure(nlp, gazetteer, text, word):
    assert _at(nlp, gazetteer, text, word) is None


@pytest.mark.parametrize("text,word", [
    ("The Tories said the European Court was wrong.", "Court"),  # another's name: the court itself
    ("The Tories said the Scottish Parliament was wrong.", "Parliament"),  # the demonym's state
    ("The Tories said the Treasury Select Committee was split.", "Treasury"),  # a committee of its own
])
def test_organ_name_inside_another_name_is_not_the_home_state(nlp, gazetteer, text, word):
    ref = _at(nlp, gazetteer, text, word)
    assert ref is None or ref.how != "coref"


def test_coref_refs_carry_no_alias(nlp, gazetteer):
    text = "ISIS seized two districts. The group later withdrew. It is weak."
    doc = nlp(text)
    actors = resolve_actors(doc, Article("a1", "t.txt", text), gazetteer)
    isis = {a.id: a for a in actors.actors()}["isis"]
    assert isis.aliases == ("ISIS",)
    coref = [r for r in actors.mentions if r.how == "coref"]
    assert coref and all(r.confidence <= 0.7 for r in coref)


def test_coref_party_states_name_known_parties_and_states(gazetteer):
    states = gazetteer.titles.party_states
    assert states and set(states) <= gazetteer.parties
    assert all(gazetteer.actors[s].type.value == "Country" for s in states.values())


def test_coref_quotation_start_stays_within_the_paragraph():
    import spacy
    from spacy.tokens import Doc

    from graph.extract.coref import quotation_start
    from graph.extract.docview import DocView

    words = ["\u201c", "We", "will", "stay", "\n\n", "They", "left", ".", "\u201c", "It", "rained", "."]
    spaces = [False, True, True, False, False, True, False, True, False, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces,
              sent_starts=[True, False, False, False, False, True, False, False, True, False, False, False])
    for d in (doc, DocView(doc)):
        assert quotation_start(d, 3) == 0  # "stay" inside the quotation opened by the first mark
        assert quotation_start(d, 6) is None  # "left": the quotation above ended with its paragraph
        assert quotation_start(d, 10) == 8


def test_coref_quotation_start_of_a_view_agrees_with_the_scan_token_by_token():
    import spacy
    from spacy.tokens import Doc

    from graph.extract.coref import _quotation_start, quotation_start
    from graph.extract.docview import DocView

    # straight marks: one opening after a space, one closing stuck to its word, one opening a paragraph
    words = ['"', "Rain", "again", '"', ",", "Kim", "said", ".", "\n\n", '"', "Sun", ",", "''", "he", "says", "``",
             "maybe", "."]
    spaces = [False, True, False, False, True, True, False, False, False, False, False, False, True, True, True,
              False, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=[i in (0, 9) for i in range(18)])
    view = DocView(doc)
    got = [quotation_start(view, i) for i in range(len(view))]
    assert got == [_quotation_start(doc, i) for i in range(len(doc))]
    assert got[1] == 0 and got[5] is None  # "Rain" quoted; "Kim" after the closing mark is not
    assert got[10] == 9 and got[13] is None and got[16] == 15
    assert quotation_start(view, -1) == _quotation_start(doc, -1)  # off the table: the scan answers


def _reading_at(nlp, text, word, nth=0):
    """The actor id a word stands for after the whole reading (attributions and their speakers included)."""
    from graph.extract import Extractor
    from graph.extract.reading import Reading

    ex = Extractor()
    reading = Reading(ex.lexicon, ex.gazetteer, Article("a1", "t.txt", text), nlp(text), ex.events)
    try:
        hits = [t for t in reading.doc if t.text == word]
        ref = reading.actors.at(hits[nth])
        return ref.actor.id if ref is not None else None
    finally:
        reading.close()


# a "he"/"she" in a direct quotation is not who speaks it ("I" is); a report inside the quotation, or a phrase
# quoted inside reported speech, keeps its own
@pytest.mark.parametrize("text, word, nth, expected", [
    ('Opposition leader Peter Marsh attacked the plan. Mr Marsh told reporters: "He has broken his promise."',
     "He", 0, None),
    ('Peter Marsh spoke in Leeds. "He has broken every promise he made," Mr Marsh said.', "He", 0, None),
    ('Peter Marsh said he was "sorry he had spoken so harshly".', "he", 1, "peter-marsh"),
    ('"Sam Quinn is tired and he wants to go home," Ann Lee said.', "he", 0, "sam-quinn"),
    # set aside, the speaker leaves the one person the pronoun can mean
    ('Tom Fry cut the budget on Monday. Opposition leader Peter Marsh said: "He has let the country down."', "He", 0,
     "tom-fry"),
])
def test_coref_quoted_pronoun_is_not_the_speaker(nlp, text, word, nth, expected):
    assert _reading_at(nlp, text, word, nth) == expected


def test_coref_direct_quotation(nlp):
    from graph.extract.coref import direct_quotation
    doc = nlp('Ann Lee added: "We will win." She said they were "sure to win".')
    assert direct_quotation(doc, [t.text for t in doc].index("We")) is not None
    assert direct_quotation(doc, [t.text for t in doc].index("sure")) is None
