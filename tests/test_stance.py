"""Stance of reported content (graph/extract/stance.py): a report that speaks ill of an actor accuses it."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph.errors import OntologyError
from graph.extract import Extractor
from graph.extract.lexicon import LEXICON_FILE, load_lexicon
from graph.extract.stance import clause_valence, clause_words, word_valence
from graph.model import Article, content_id
from graph.vocab import ONTOLOGY_DIR

EXTRACTOR = Extractor()
LEX = EXTRACTOR.lexicon
VOCAB = Vocab()


def _clause(subject: str, adjective: str, negated: bool) -> Doc:
    """A hand-built parse of "<subject> is (not) <adjective> ." rooted at "is"."""
    words = [subject, "is"] + (["not"] if negated else []) + [adjective, "."]
    heads = [1, 1] + ([1] if negated else []) + [1, 1]
    deps = ["nsubj", "ROOT"] + (["neg"] if negated else []) + ["acomp", "punct"]
    pos = ["PROPN", "AUX"] + (["PART"] if negated else []) + ["ADJ", "PUNCT"]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])


def _valence(doc: Doc) -> float:
    return clause_valence(doc[1], 0, len(doc), LEX)


def test_stance_lexicon_words_win_over_vader():
    doc = _clause("Labour", "juvenile", negated=False)  # VADER has no "juvenile"; the lexicon says -2
    assert word_valence(doc[2], LEX) == LEX.stance_words["juvenile"] < 0
    assert _valence(doc) < 0
    assert word_valence(_clause("Labour", "party", False)[2], LEX) == 0  # VADER's party is a celebration
    assert word_valence(_clause("Labour", "kind", False)[2], LEX) == 0  # "any kind of": a sort
    assert word_valence(_clause("Labour", "coup", False)[2], LEX) < 0  # VADER lacks it


def test_stance_negation_turns_praise_into_criticism():
    assert _valence(_clause("Labour", "trustworthy", negated=False)) > 0
    assert _valence(_clause("Labour", "trustworthy", negated=True)) < 0


@given(st.sampled_from(["great", "good", "honest", "weak", "corrupt", "dishonest", "terrible", "split", "sleaze"]),
       st.booleans())
def test_stance_valence_is_bounded_and_negation_never_keeps_a_sign(adjective, negated):
    plain, flipped = _valence(_clause("Labour", adjective, False)), _valence(_clause("Labour", adjective, True))
    assert -1 <= plain <= 1 and -1 <= flipped <= 1
    assert plain * flipped <= 0
    assert _valence(_clause("Labour", adjective, negated)) in (plain, flipped)


def test_stance_embedded_clause_is_not_the_clauses_own():
    # "Blair decided he would quit because he lost": the decision is not what went wrong
    words = "Blair decided he would quit".split()
    doc = Doc(VOCAB, words=words, heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"],
              pos=["PROPN", "VERB", "PRON", "AUX", "VERB"], lemmas=["blair", "decide", "he", "would", "quit"])
    assert [t.text for t in clause_words(doc[1], 0, len(doc))] == ["Blair", "decided"]


def test_stance_noun_of_sort_passes_its_object(nlp):
    # "a kind of coup" is a coup, no circumstance of the clause; "a plan of coups" is: its "of" phrase is an adjunct
    doc = nlp("Tom Reed staged a kind of coup.")
    assert _clause_valence_of(doc, "staged") < 0
    doc = nlp("Tom Reed staged a plan of coups.")
    assert _clause_valence_of(doc, "staged") == 0


def _clause_valence_of(doc, verb: str) -> float:
    root = next(t for t in doc if t.text == verb)
    return clause_valence(root, 0, len(doc), LEX)


def test_stance_bad_valence_names_the_word(tmp_path):
    import shutil

    for f in ONTOLOGY_DIR.iterdir():
        if f.is_file():
            shutil.copy(f, tmp_path / f.name)
    path = tmp_path / LEXICON_FILE
    path.write_text(path.read_text(encoding="utf-8").replace("    sleaze: -2.5", "    sleaze: -9"), encoding="utf-8")
    with pytest.raises(OntologyError, match="'sleaze' the valence -9"):
        load_lexicon(tmp_path)


def _accusations(nlp, text: str) -> tuple[set, set]:
    """The (subject, object) labels of the text's ``accuses`` and of its ``claims`` triples."""
    ex = EXTRACTOR.extract(Article(content_id(text), "test.txt", text), nlp(text))
    label = {a.id: a.label for a in ex.actors}
    pairs = {rel: {(label[t.subject], label[t.object]) for t in ex.triples if t.relation == rel}
             for rel in ("accuses", "claims")}
    return pairs["accuses"], pairs["claims"]


@pytest.mark.parametrize("text, accused", [
    ("Liberal Democrat chairman Matthew Taylor said the private ambitions of Tony Blair and Gordon Brown were "
     "harming good government.", {("Matthew Taylor", "Tony Blair"), ("Matthew Taylor", "Gordon Brown")}),
    ("Tory MP John Redwood said: \"Tony Blair has broken the pledges he made.\"", {("John Redwood", "Tony Blair")}),
    # a politician speaking of a person the article gives no party (precision7: BBC dev 265)
    ("Tory MP John Redwood said: \"Mr Grieve has broken the pledges he made.\"", {("John Redwood", "Mr Grieve")}),
    ("Tory leader Michael Howard said Labour had broken its promises.", {("Michael Howard", "Labour Party")}),
    ("Liberal Democrat leader Charles Kennedy said the Tories cannot be trusted.",
     {("Charles Kennedy", "Conservative Party")}),
    ("Tory leader Michael Howard said Tony Blair had failed to tackle crime.", {("Michael Howard", "Tony Blair")}),
    # a passive naming the subject's state judges it (lexicon ``stance.judging_states``); criticism VADER lacks
    ("Tory MP Ann Cole said Labour leader Tom Reed was terrified of open debate.", {("Ann Cole", "Tom Reed")}),
    ("Liberal Democrat leader Charles Kennedy said the Tories were trying to con voters.",
     {("Charles Kennedy", "Conservative Party")}),
    # a "who" clause describing the actor judges it as its own clause would
    ("Tory leader Ann Cole said voters would reject Tom Reed, who has broken every pledge.", {("Ann Cole", "Tom Reed")}),
    # near misses of the cases below: the judgement is the clause's own, not a circumstance or a denied view
    ("Analyst Paul Lang said Tory MP Sam Ford had caused disaster, crisis and panic in the markets.",
     {("Paul Lang", "Sam Ford")}),
    ("Jose Ortega, head of the league's panel, said everyone on the panel felt Labour MP Ann Garcia was a cheat.",
     {("Jose Ortega", "Ann Garcia")}),
    # a negated command warns against the clause, it denies no view (critic10)
    ('Labour MP Ann Cole said: "Our schools are improving, so do not let the Tories ruin them."',
     {("Ann Cole", "Conservative Party")}),
    # a verb conjoined to the clause is judged on its own words (critic10)
    ("Tory MP Ann Cole said Labour had won the vote in May and had wasted every penny since.",
     {("Ann Cole", "Labour Party")}),
    # the agent of a negative passive did the harm (critic10)
    ("Liberal Democrat Ann Cole said pensioners felt let down by Labour on care homes.", {("Ann Cole", "Labour Party")}),
    # a clause's own words apart from its conjoined verb's; the partner of a phrase counts with it once (critic10)
    ("Tory MP Ann Cole said Labour had broken promises on schools and delivered strong growth.",
     {("Ann Cole", "Labour Party")}),
    ("Tory MP Ann Cole said it was a shame that Tom Reed did not practise what he preached.", {("Ann Cole", "Tom Reed")}),
    # a phrase of manner judges how the subject acts, unlike other prepositional phrases (critic10)
    ("Tory MP Ann Cole said Tom Reed had acted in a reckless manner.", {("Ann Cole", "Tom Reed")}),
    # the thing a relative clause tells the actor did is the clause's subject, judged (critic10)
    ("Tory MP Ann Cole said the way the government had run the railways was a shambles.",
     {("Ann Cole", "United Kingdom")}),
    ("Tory MP Ann Cole said the scheme Labour unveiled on Monday was unrealistic.", {("Ann Cole", "Labour Party")}),
    # praise negated, with a verb particle that is no report ("add up", unlike "he added") (critic10)
    ("Tory MP Ann Cole said the Labour figures did not add up.", {("Ann Cole", "Labour Party")}),
])
def test_stance_criticism_in_reported_speech_accuses_and_keeps_the_claim(nlp, text, accused):
    accusations, claims = _accusations(nlp, text)
    assert accused <= accusations
    assert accused <= claims  # the gold's convention: both the claim and the accusation


def test_stance_charge_owned_accuses(nlp):
    # a charge owned by the actor (lexicon ``stance.charges``): an accusation, whichever actor the claim is about
    accusations, _claims = _accusations(nlp, 'Tory MP Ann Cole said: "This speech was a fine example of Liberal '
                                             'Democrat hypocrisy."')
    assert ("Ann Cole", "Liberal Democrats") in accusations
    accusations, _claims = _accusations(nlp, 'Tory MP Ann Cole said: "The advert was a grave misjudgement by Labour\'s '
                                             'press office."')
    assert ("Ann Cole", "Labour Party") in accusations


@pytest.mark.parametrize("text", [
    "Michael Howard said Tony Blair was doing a great job.",  # praise
    "Michael Howard said Tony Blair would visit Paris on Monday.",  # a neutral fact
    "Michael Howard said the economy was weak.",  # a negative word about no actor
    "Tony Blair said he had made terrible mistakes.",  # self-criticism
    "Tory leader Michael Howard said the Conservatives had made terrible mistakes.",  # the speaker's own party
    "Robin Cook said Labour had made terrible mistakes.",  # a party the speaker may belong to
    "Michael Howard did not say that Tony Blair had broken his pledges.",  # nothing was said
    "Michael Howard denied that Tony Blair had broken his pledges.",  # a denial claims nothing
    "Tory leader Michael Howard said Tony Blair would tackle crime.",  # acting against a bad thing
    "Tory leader Michael Howard said Tony Blair had been attacked by terrorists.",  # a harm done to him
    "Liberal Democrat leader Charles Kennedy said the Conservatives cannot win.",  # an election contest
    "Tory MP Ann Cole said Labour leader Tom Reed was terrified by the protesters.",  # an agent: a harm done to him
    "Mr Dorsey has claimed that Ms Hale committed suicide.",  # a death, no misdeed (precision5, entertainment 149)
    # of a person of no party, negative words tell of misfortune more often than of misconduct (precision7,
    # BBC entertainment 198, 071, sport 040)
    'Her agent Tom Baines said: "Jane Kerr was due to have another operation on Friday but she was too weak."',
    '"Rick Dane was one of the greatest singers of his day and, because he died young, he has been kind of '
    'forgotten," said Peter Hume.',
    "The coach Tom Baines says Jane Kerr must avoid more emotional targets, such as revenge.",
    # a circumstance the subject faces, in a prepositional phrase, is no judgement of it (precision6)
    "Analyst Paul Lang said Sam Ford had to cope with disaster, crisis and panic in the markets.",
    # a rival's strength: the event noun of a hostile relation ("threat") judges nobody (precision6)
    "Sprinter Carl Lewis believes Tom Jones will once more prove the biggest threat to his ambitions in Helsinki.",
    # the view is reported under a negation: nobody holds it (precision6)
    "Jose Ortega, head of the league's panel, said no-one on the panel felt Garcia was a cheat.",
    # a sanction reported is the sanctioner's act against someone, no misdeed of theirs (precision5, politics 058)
    "The EU embargo on arms exports to China is likely to be lifted in the next six months despite US objections, "
    "Foreign Secretary Tom Harris has said.",
    # near misses of critic10's cases: a negated view held by someone; an agent of a passive that is no harm;
    # a charge denied; a misfortune owned, no misconduct
    "Tory MP Ann Cole said she did not think the Tories would ruin the schools.",
    "Liberal Democrat Ann Cole said pensioners were helped by Labour on care homes.",
    'Tory MP Ann Cole said: "This speech was no example of Liberal Democrat hypocrisy."',
    "Tory MP Ann Cole said the speech showed Liberal Democrat problems.",
    "Tory MP Ann Cole said Tom Reed had acted in a difficult climate.",
    "Tory MP Ann Cole said the adviser whom Labour hired was a disgrace.",  # a person judged, not the hire
    # a harm never urged: "kind" is a sort (no kindness), "coup" and "insurrection" are harms (coref14)
    "Tory MP Ann Cole said Tom Reed would never encourage any kind of insurrection or coup in the country.",
])
def test_stance_no_accusation_without_criticism_of_another(nlp, text):
    accusations, _claims = _accusations(nlp, text)
    assert not accusations


def test_stance_accusation_is_linked_to_its_quote(nlp):
    text = "Tory leader Michael Howard said Labour had broken its promises."
    art = Article(content_id(text), "test.txt", text)
    ex = EXTRACTOR.extract(art, nlp(text))
    (acc,) = [t for t in ex.triples if t.rule == "critical_claim"]
    (quote,) = ex.quotes
    assert dict(acc.attributes).get("quote_id") == quote.id
    assert acc.predicate == "said" and acc.attributed_to is None


def _supports(nlp, text: str) -> set:
    """The (subject, object) labels of the text's ``supports`` triples."""
    ex = EXTRACTOR.extract(Article(content_id(text), "test.txt", text), nlp(text))
    label = {a.id: a.label for a in ex.actors}
    return {(label[t.subject], label[t.object]) for t in ex.triples if t.relation == "supports"}


@pytest.mark.parametrize("text, supported", [
    ("Labour leader Tony Blair said Tom Reed was an honest and dedicated minister.", ("Tony Blair", "Tom Reed")),
    ('Tory MP Ann Cole said: "Michael Howard is a brilliant leader."', ("Ann Cole", "Michael Howard")),
    ("Labour MP Ann Cole said the job should go to Gordon Brown, who is a brilliant chancellor.",
     ("Ann Cole", "Gordon Brown")),
    ("Tory MP Ann Cole said Michael Howard had done a fantastic job.", ("Ann Cole", "Michael Howard")),
    ("Liberal Democrat Ann Cole said the Tories were right to drop the scheme.", ("Ann Cole", "Conservative Party")),
    ("Tory MP Ann Cole said Tom Reed was best placed to lead the party.", ("Ann Cole", "Tom Reed")),
    # the state an organ stands for, praised by another side
    ("Tory leader Michael Howard said the government's response was excellent.", ("Michael Howard", "United Kingdom")),
])
def test_stance_praise_in_reported_speech_supports(nlp, text, supported):
    assert supported in _supports(nlp, text)


@pytest.mark.parametrize("text", [
    "Labour leader Tony Blair said Tom Reed was not a brilliant leader.",  # negated: criticism, no praise
    "Labour leader Tony Blair said Tom Reed was able to win.",  # no praise word
    "Labour leader Tony Blair said Tom Reed had received a great welcome in Paris.",  # an event, no predication
    "Labour leader Tony Blair said he was a brilliant prime minister.",  # a pronoun: maybe the speaker himself
    "Analyst Tom Reed said the singer Ann Cole was a brilliant performer.",  # nobody of politics
    "Labour leader Tony Blair did not say that Tom Reed was a brilliant leader.",  # nothing was said
    "Labour MP Ann Cole said the job should go to Gordon Brown, who is not a brilliant speaker.",  # negated
    'Tory MP Ann Cole said: "I am glad the minister has finally agreed."',  # the speaker's own feeling
    "Tory MP Ann Cole said Michael Howard had done the work.",  # a deed with no praise word
    "Liberal Democrat Ann Cole said the Tories had the right to drop the scheme.",  # the noun: a right held, no verdict
    "Tory MP Ann Cole said Tom Reed was praised.",  # a passive act of praise: someone else's
    "Tory MP Ann Cole said Tom Reed was well beaten in the vote.",  # a passive with no praise of manner
    "Home Secretary Tom Reed said the government had done a great job.",  # a minister of his own state
])
def test_stance_no_support_without_praise_of_another(nlp, text):
    assert not _supports(nlp, text)
