"""Things that are no actors (junk16): an acronym in brackets after the lower-case words it spells, also as
the BBC writes it ("Asbos") and in the plural, abbreviates a thing, not a body (nonactors._spelt_in_lowercase);
what a film or stage version is "of" is a work (works._work_version).  Invented sentences."""
from __future__ import annotations

import pytest

from tests.test_works import _labels, gazetteer  # noqa: F401  (the fixture and helper of the works tests)


@pytest.mark.parametrize("text, thing, actor", [
    # a BBC-style acronym in the plural after the lower-case words it spells
    ("Figures on anti-social behaviour orders (Asbos) were published. Jane Hollis said a third of Asbos were "
     "breached.", "Asbos", "Jane Hollis"),
    # the same in capitals with a plural "s"
    ("Makers such as Sharp use liquid-crystal displays (LCDs) in their sets, and Tom Baxter said LCDs would get "
     "cheaper.", "LCDs", "Tom Baxter"),
    # a BBC-style acronym in the singular
    ("Ministers backed the intermediate level waste (Ilw) plan, Tom Baxter said.", "Ilw", "Tom Baxter"),
    # what a film or stage version is of
    ("Daldry directed the successful film version of Harbour Lights. Mr Daldry said Harbour Lights had changed "
     "his life.", "Harbour Lights", "Mr Daldry"),
    ("Tom Baxter wrote a stage version of Marsh Garden for the National Theatre.", "Marsh Garden", "Tom Baxter"),
    # a name before a format noun is the format, in every mention
    ("Sony said 12 films will be on the UMD format. \"People who buy the UMD will not buy a DVD,\" Tom Baxter said.",
     "UMD", "Tom Baxter"),
])
def test_junk16_things_are_no_actors(nlp, gazetteer, text, thing, actor):
    labels = _labels(nlp, gazetteer, text)
    assert thing not in labels
    assert actor in labels


@pytest.mark.parametrize("text, actor", [
    # an acronym spelt by capitalised words names a body
    ("The Crown Prosecution Service (CPS) said it would appeal, and the CPS later confirmed it.",
     "Crown Prosecution Service"),
    # a version not of a work: a country's or a digital one
    ("Critics praised the new biography of Tony Blair by Anthony Seldon.", "Tony Blair"),
    # a maker written with its own "'s" before a format noun stays
    ("Sony's format will rival the DVD, Tom Baxter said.", "Sony"),
    ("Microsoft said the US version of Harbour Lights would ship in May.", "Microsoft"),
])
def test_junk16_bodies_and_people_stay_actors(nlp, gazetteer, text, actor):
    assert actor in _labels(nlp, gazetteer, text)


@pytest.mark.parametrize("text, spelt", [
    ("the anti-social behaviour orders (Asbos)", True),
    ("the liquid-crystal displays (LCDs)", True),
    # people, or a body of them, in lower case: kept
    ("the community support officers (CSOs)", False),
    ("the non-governmental organisations (NGOs)", False),
    # written in capitals: a body's name
    ("the Crown Prosecution Service (CPS)", False),
    # letters the words before do not spell
    ("the anti-social behaviour orders (Xyz)", False),
])
def test_junk16_acronym_spelt_in_lower_case(nlp, gazetteer, text, spelt):
    from graph.extract.nonactors import _spelt_in_lowercase
    from graph.extract.refs import ActorRef
    from graph.model import Actor, ActorType
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == "(") + 1
    ref = ActorRef(Actor("x", doc[i].text, ActorType.ORGANIZATION), i, i + 1, "ner")
    assert _spelt_in_lowercase(doc, ref, gazetteer.titles) is spelt


@pytest.mark.parametrize("text, thing, actor", [
    ("General Motors will build a new medium-sized Cadillac BLS at its Swedish factory, Tom Baxter said. He said "
     "the BLS would sell well.", "BLS", "General Motors"),
])
def test_junk16_a_model_after_its_make_is_no_actor(nlp, gazetteer, text, thing, actor):
    labels = _labels(nlp, gazetteer, text)
    assert thing not in labels
    assert actor in labels


@pytest.mark.parametrize("text, actor", [
    # a person after an indefinite article and adjectives stays
    ("A young Tony Blair met the Prime Minister, and Tony Blair said he liked him.", "Tony Blair"),
    # a party's member is no model
    ("A Labour MP said Labour would win.", "Labour Party"),
])
def test_junk16_people_and_parties_after_a_stay(nlp, gazetteer, text, actor):
    assert actor in _labels(nlp, gazetteer, text)


def _triples(text):
    from graph.api import extract_text
    kg = extract_text(text)
    label = {a.id: a.label for a in kg.actors}
    return {(label.get(t.subject), t.relation, label.get(t.object)) for t in kg.triples}


@pytest.mark.parametrize("text", [
    # a story on the Scottish Executive: its "ministers" are no UK
    "The Scottish Executive said ministers would be notified. Kenny Wallace of the SNP said: \"Ministers were "
    "fully aware of the state of the jails.\"",
    "Plaid Cymru called on ministers to fund the plan, after the Welsh Assembly published its budget.",
])
def test_junk16_devolved_ministers_are_not_the_uk(nlp, text):
    assert not any("United Kingdom" in (s, o) for s, _, o in _triples(text))


def test_junk16_ministers_without_a_devolved_body_stay_the_uk(nlp):
    triples = _triples("Labour leader Tony Blair met Gordon Brown. The Liberal Democrats called on ministers to "
                       "fund the plan.")
    assert ("Liberal Democrats", "requests", "United Kingdom") in triples
