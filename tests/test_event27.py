"""event27: relations the build found nowhere (issue 14 recall).

* An object "him/her" is never the subject of its own clause (binding), so that subject is no rival to a person of
  the sentence before: "Tony Blair spoke. Charles Clarke criticised him" (coref ``_speaker_before``).
* Verbs of causing a reaction name it from the other side, like "faced criticism from X" (lexicon
  ``converse_events``): "Mr Blair sparked fury among Labour MPs" (Labour accuses Blair, not Blair Labour), "his
  remarks prompted criticism from the Tories" (the owner of the thing undergoes it).
* A noun of the lexicon's ``of_owned_nouns`` is owned by its "of" object as by a possessor: "praised the work of
  Ms Hutt" supports her (rules ``_owners``); an act's patient ("the sacking of X") owns nothing.
* A government in office named by its party is its state's organ (actors ``_party_government``): "voting against
  his own Labour government's proposals" denies the United Kingdom; "a Tory government would ..." stays the party.
* A passive infinitive with no subject of its own takes the subject of the verb or adjective it completes
  (rules ``raised_patients``): "Tony Blair is expected to be criticised by the Liberal Democrats".
* An infinitive on an undertaking noun of an adjunct (lexicon ``purpose_nouns``) takes the clause's subject (rules
  ``_purpose_adjunct``): "will speak during a visit to support Tory hopeful Robert Light".
* An agreement broken (lexicon ``breaking_verbs``, ``breaking_phrases``) is an agreement with whom it was made to,
  negative (rules ``broken_agreement``, modality ``broken_agreements``): "Mr Blair went back on a pledge to make way
  for Mr Brown"; "broke his promise to X" is no longer a positive agreement.
* A pledge or promise several actors modify is each one's own, no deal between them (lexicon ``unilateral_nouns``).
* The "to" object of a statement or speech is its audience (rules ``_audience``): "has denied his statement to
  Parliament was drafted by officials" denies no one in Parliament.
"""
from __future__ import annotations

import pytest

from tests.test_rules import extract


@pytest.mark.parametrize("text, subject, relation, obj", [
    # an object pronoun takes the person of the sentence before, not its own clause's subject
    ("Tony Blair spoke on Monday. Charles Clarke criticised him.", "Clarke", "accuses", "Blair"),
    ("Tory co-chairman Liam Fox said the comments were wrong. But Charles Clarke accused him of trying to score "
     "cheap political points.", "Clarke", "accuses", "Fox"),
    # a reaction caused: its "from" or "among" object reacts to the subject, or to the owner of the subject's thing
    ("Tony Blair sparked fury among Labour MPs.", "Labour", "accuses", "Blair"),
    ("Tony Blair's remarks sparked anger from Labour MPs.", "Labour", "accuses", "Blair"),
    ("Labour's poster prompted criticism from the Conservatives.", "Conservatives", "accuses", "Labour"),
    ("Tony Blair won support among Labour MPs.", "Labour", "supports", "Blair"),
    # an "of" owner of a thing judged
    ("Health minister Brian Gibbons praised the work of Jane Hutt.", "Gibbons", "supports", "Hutt"),
    ("Tory leader Michael Howard criticised the conduct of Tony Blair.", "Howard", "accuses", "Blair"),
    ("Jack Straw applauded the efforts of both India and Pakistan.", "Straw", "supports", "Pakistan"),
    # a raised passive: its patient is the subject of the verb it completes
    ("Tony Blair is expected to be criticised by the Liberal Democrats.", "Democrats", "accuses", "Blair"),
    ("Tony Blair is likely to be backed by Gordon Brown.", "Brown", "supports", "Blair"),
    ("Labour's bill is expected to be opposed by the Liberal Democrats.", "Democrats", "denies", "Labour"),
    ("Tony Blair asked Gordon Brown to be praised by the Tories.", "Tories", "supports", "Brown"),
    # the purpose of an undertaking in an adjunct is the subject's
    ("Michael Howard will make his speech during a visit to support Tory hopeful Robert Light.", "Howard",
     "supports", "Light"),
    ("Tony Blair flew to Brussels in a bid to woo Jacques Chirac.", "Blair", "supports", "Chirac"),
])
def test_event27_gives_relation(nlp, text, subject, relation, obj):
    got, aid, _ = extract(nlp, text)
    assert (aid(subject), relation, aid(obj)) in {g[:3] for g in got}, got


@pytest.mark.parametrize("text, subject, relation, obj", [
    # the one who causes the reaction does not make it
    ("Tony Blair sparked fury among Labour MPs.", "Blair", "accuses", "Labour"),
    ("Labour's poster prompted criticism from the Conservatives.", "Labour", "accuses", "Conservatives"),
    # binding only excludes the object's own clause subject: "he" may still be Mr Blair, so "him" is open
    ("Tony Blair spoke on Monday. Charles Clarke said he would criticise him.", "Clarke", "accuses", "Blair"),
    # the "of" object of an act is its patient, no owner
    ("Tory leader Michael Howard criticised the sacking of Tony Blair.", "Howard", "accuses", "Blair"),
    ("Michael Howard attacked the handling of Iraq.", "Howard", "accuses", "Iraq"),
    # the object of the asking verb, not its subject, is the passive's patient
    ("Tony Blair asked Gordon Brown to be praised by the Tories.", "Tories", "supports", "Blair"),
    # a passive clause's subject undergoes it and pursues no purpose: no subject for the infinitive
    ("Tony Blair was attacked in a bid to undermine Gordon Brown.", "Blair", "coerces", "Brown"),
])
def test_event27_no_relation(nlp, text, subject, relation, obj):
    got, aid, _ = extract(nlp, text)
    assert (aid(subject), relation, aid(obj)) not in {g[:3] for g in got}, got


def test_event27_caused_reaction_of_a_thing_without_owner(nlp):
    """A reaction to a thing no one is said to own names no target: "The war in Iraq caused anger among Labour
    MPs" (Iraq is where the war is, not whom Labour criticises)."""
    got, _, _ = extract(nlp, "The war in Iraq caused anger among Labour MPs.")
    assert not {g for g in got if g[1] != "claims"}, got


@pytest.mark.parametrize("text, subject, relation, obj, state", [
    ("Michael Howard criticised the Labour government.", "Howard", "accuses", "government", "united-kingdom"),
    ("Neil Kinnock was voting against his own Labour government's spending cuts proposals in 1975.", "Kinnock",
     "denies", "government", "united-kingdom"),
])
def test_event27_party_government_is_the_state(nlp, text, subject, relation, obj, state):
    got, aid, _ = extract(nlp, text)
    assert aid(obj) == state
    assert (aid(subject), relation, state) in {g[:3] for g in got}, got


@pytest.mark.parametrize("text, word", [
    ("Michael Howard said a Conservative government would cut taxes.", "Conservative"),
    ("Tony Blair said the next Labour government would cut taxes.", "Labour"),
    ("Labour MPs criticised Tony Blair.", "Labour"),
])
def test_event27_government_to_come_stays_the_party(nlp, text, word):
    _, aid, _ = extract(nlp, text)
    assert aid(word) != "united-kingdom"


def test_event27_purpose_of_a_bid_is_hypothetical(nlp):
    """ "in a bid to woo X" is an aim, not a deed (hypothetical.nouns govern the infinitive)."""
    got, aid, _ = extract(nlp, "Tony Blair flew to Brussels in a bid to woo Jacques Chirac.")
    assert (aid("Blair"), "supports", aid("Chirac"), "positive", "hypothetical", None) in got, got


@pytest.mark.parametrize("text", [
    "Tony Blair went back on a pledge to make way for Gordon Brown.",
    "Tony Blair went back on a pledge to Gordon Brown to stand down.",
    "Tony Blair reneged on a deal to hand Gordon Brown the premiership.",
    "Tony Blair broke his promise to Gordon Brown.",
])
def test_event27_broken_agreement_is_negative(nlp, text):
    got, aid, _ = extract(nlp, text)
    rows = {g[:4] for g in got}
    assert (aid("Blair"), "agrees", aid("Brown"), "negative") in rows, got
    assert (aid("Blair"), "agrees", aid("Brown"), "positive") not in rows, got


@pytest.mark.parametrize("text, subject, relation, obj", [
    ("Tony Blair made a pledge to Gordon Brown.", "Blair", "agrees", "Brown"),  # kept, positive
    ("Michael Howard broke away from UKIP.", "Howard", "retreatsFrom", "UKIP"),  # no agreement broken
])
def test_event27_unbroken_stays_positive(nlp, text, subject, relation, obj):
    got, aid, _ = extract(nlp, text)
    assert (aid(subject), relation, aid(obj), "positive") in {g[:4] for g in got}, got


def test_event27_broken_promise_without_promisee(nlp):
    """No one named as whom the promise was made to: no agreement ("broke his promise because X failed")."""
    got, _, _ = extract(nlp, "Tony Blair broke his promise because Gordon Brown failed.")
    assert not {g for g in got if g[1] == "agrees"}, got


@pytest.mark.parametrize("text", [
    "People were sceptical about Labour and Conservative promises on tax.",
    "Labour leader Tony Blair unveiled his party's six pre-election pledges.",
])
def test_event27_unilateral_pledges_make_no_agreement(nlp, text):
    got, _, _ = extract(nlp, text)
    assert not {g for g in got if g[1] == "agrees"}, got


def test_event27_mutual_deal_still_agrees(nlp):
    got, aid, _ = extract(nlp, "The Turkey-EU deal was signed on Friday.")
    assert (aid("Turkey"), "agrees", "european-union") in {g[:3] for g in got}, got


@pytest.mark.parametrize("text", [
    "Attorney General Lord Goldsmith has denied his statement to Parliament was drafted by officials.",
    "Michael Howard criticised the speech to the Labour conference.",
])
def test_event27_audience_of_a_statement_is_no_party(nlp, text):
    got, _, _ = extract(nlp, text)
    assert not {g for g in got if g[1] not in ("claims",)}, got


def test_event27_warning_to_still_threatens(nlp):
    got, aid, _ = extract(nlp, "Tony Blair issued a warning to Iran.")
    assert (aid("Blair"), "threatens", aid("Iran")) in {g[:3] for g in got}, got
