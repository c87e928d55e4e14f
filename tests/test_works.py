"""Names of works and products are no actors (graph/extract/works.py), and a sport and a country's name make
a sports body, not the state (actors._sports_body); issue 13.  Invented sentences."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from graph.extract.actors import Gazetteer, resolve_actors
from graph.extract.refs import ActorRef
from graph.extract.works import drop_works
from graph.model import Actor, ActorType, Article
from graph.vocab import ONTOLOGY_DIR


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.from_dir(ONTOLOGY_DIR)


def _labels(nlp, gazetteer, text) -> dict[str, str]:
    doc = nlp(text)
    actors = resolve_actors(doc, Article("a1", "t.txt", text), gazetteer)
    return {r.actor.label: r.actor.type.name for r in actors.mentions if r.surface}


@pytest.mark.parametrize("text, work, actor", [
    # a quoted title
    ('The judges chose "Tom Baxter" as the best drama, Fox said.', "Tom Baxter", "Fox"),
    # a credit: only works are starring someone or directed by someone
    ("Marsh Garden, starring Tom Hanks, took $20m at the box office, Paramount said.", "Marsh Garden", "Tom Hanks"),
    # a work noun before "The" and the name, which the parser does not join to it
    ("Studio bosses said horror movie The Hollow cost Fox $10m to make.", "Hollow", "Fox"),
    # a product noun before the name, read as a second subject
    ("Sony said its robot Qrio could now run faster than before.", "Qrio", "Sony"),
    ("Honda said the humanoid robot Asimo was faster.", "Asimo", "Honda"),
    # a name coordinated with a work noun another work's name modifies (precision7, BBC tech 356)
    ("Hitachi unveiled a robot to challenge Toshiba's Aibo and Fujitsu's Hoap robots. Aibo has visited the UK and "
     "France as part of a world tour.", "Aibo", "Toshiba"),
    # a drug listed with another the text calls a drug
    ("Pharmacies stopped selling painkillers such as Dolorex and Vanquil after Merck warned of risks.", "Vanquil",
     "Merck"),
    # examples of a noun a work noun modifies, of a work noun after "including"
    ("Sales of brand names such as Dolorex fell sharply, Merck said.", "Dolorex", "Merck"),
    ("The studio made films including Marsh Garden and Harbour Lights, Paramount said.", "Harbour Lights",
     "Paramount"),
    # a character: played by someone
    ("The story of social climber Lottie Crane, played in the film by an unknown, delighted Tom Hanks.",
     "Lottie Crane", "Tom Hanks"),
    # what a creator is of
    ("The award went to Rob Kettle, the creator of Dockside Tales, who thanked Fox.", "Dockside Tales", "Rob Kettle"),
    ("Rob Kettle, author of Marsh Garden, thanked Fox.", "Marsh Garden", "Fox"),
    # what an adaptation is of (a person named after "biography of" stays: tests below)
    ("Ray Winstone will star in a new adaptation of Oliver Twist for the BBC.", "Oliver Twist", "Ray Winstone"),
    # a band
    ("The Scottish rock band Maple Engine won two awards, and singer Joss Stone won one.", "Maple Engine",
     "Joss Stone"),
    # a relative clause or an apposition calls the name by a work noun
    ("Tom Baxter said they did not deserve to beat The Ledger, which is a great show.", "Ledger", "Tom Baxter"),
    ("Marsh Garden, a comedy about two brothers, made $20m for Paramount.", "Marsh Garden", "Paramount"),
])
def test_works_names_of_works_and_products_are_no_actors(nlp, gazetteer, text, work, actor):
    labels = _labels(nlp, gazetteer, text)
    assert work not in labels
    assert actor in labels


@pytest.mark.parametrize("text, person", [
    # the subject of a clause on a work noun is a person ("the bands Ozzy gave her")
    ("Dolly Crane lost the two gold bands Mick Danvers gave her when they married, her agent said.", "Mick Danvers"),
    # what a biography is of is a person
    ("Critics praised the new biography of Tony Blair by Anthony Seldon.", "Tony Blair"),
    # near miss: a relative clause calling the name by another noun ("a great team") leaves it an actor
    ("Tom Baxter said they did not deserve to beat Harbour United, which is a great team.", "Harbour United"),
    # people listed beside a show keep their names
    ("Tom Baxter and Lucy Fennel (Hollow Town, BBC Three) won, and Tom Baxter and David Crane also shared an "
     "award.", "David Crane"),
])
def test_works_people_beside_works_stay_actors(nlp, gazetteer, text, person):
    assert person in _labels(nlp, gazetteer, text)


_VOCAB = spacy.blank("en").vocab


def test_works_a_quoted_name_is_a_title_an_unquoted_one_is_not(gazetteer):
    words = ["They", "saw", '"', "Harbour", "Lights", '"', "with", "Harbour", "Lights", "."]
    spaces = [True, True, False, True, False, True, True, True, False, False]
    doc = Doc(_VOCAB, words=words, spaces=spaces)
    ref = ActorRef(Actor("harbour-lights", "Harbour Lights", ActorType.ORGANIZATION), 3, 5, "ner")
    other = ActorRef(Actor("tom-hanks", "Tom Hanks", ActorType.PERSON), 7, 9, "ner")
    assert drop_works(doc, [ref], gazetteer.titles) == []
    unquoted = ActorRef(Actor("harbour-lights", "Harbour Lights", ActorType.ORGANIZATION), 7, 9, "ner")
    assert drop_works(doc, [unquoted], gazetteer.titles) == [unquoted]
    assert drop_works(doc, [other], gazetteer.titles) == [other]


@pytest.mark.parametrize("text, body, country", [
    ("Athletics Kenya has banned two runners for doping, the federation said.", "Athletics Kenya", "Kenya"),
    ("The Football Association said Cricket Australia had agreed the tour.", "Cricket Australia", "Australia"),
])
def test_works_a_sport_and_a_country_name_a_sports_body(nlp, gazetteer, text, body, country):
    labels = _labels(nlp, gazetteer, text)
    assert labels.get(body) == "ORGANIZATION"
    assert country not in labels


def test_works_a_country_beside_a_lower_case_sport_is_the_country(nlp, gazetteer):
    labels = _labels(nlp, gazetteer, "Kenya said athletics would get more money from the government.")
    assert labels.get("Kenya") == "COUNTRY"


def test_works_makers_listed_after_a_work_noun_are_actors(nlp, gazetteer):
    labels = _labels(nlp, gazetteer, "The pills were developed by drug companies, including Merck and Pfizer, "
                                      "the regulator said.")
    assert "Merck" in labels and "Pfizer" in labels


def test_works_a_brand_that_speaks_is_its_maker(nlp, gazetteer):
    text = ("Sales of its chocolate brands, including Bramwell and Toffa, rose. Bramwell said it would hit its "
            "targets.")
    labels = _labels(nlp, gazetteer, text)
    assert "Bramwell" in labels
