"""Persons across articles (issue 13): a short "Mr X" joins the one full name its honorific fits,
and a person still known only as "Mr X" is labelled by the surname, the titled form kept as an alias."""
from __future__ import annotations

from graph.extract import Extractor
from graph.extract.actors import article_rivals, merge_variants, plain_person_labels, slugify
from graph.model import Actor, ActorType, Article

EXTRACTOR = Extractor()


def _p(label, **attrs):
    return Actor(slugify(label), label, ActorType.PERSON, (label,), attributes=tuple(sorted(attrs.items())))


def _remap(actors):
    return merge_variants(actors, EXTRACTOR.gazetteer.titles, known=lambda a: False)


def test_persons_across_honorific_gender_joins_the_one_full_name():
    assert _remap([_p("Iyad Allawi"), _p("Mr Allawi")]) == {"mr-allawi": "iyad-allawi"}
    assert _remap([_p("Kathy Sykes"), _p("Dr Sykes"), _p("Ms Sykes")]) == {"ms-sykes": "kathy-sykes"}


def test_persons_across_affiliation_joins_the_one_full_name():
    remap = _remap([_p("Alan Milburn", affiliation="labour-party"), _p("Milburn", affiliation="labour-party")])
    assert remap == {"milburn": "alan-milburn"}


def test_persons_across_unvouched_or_other_gender_stays_apart():
    assert _remap([_p("Iyad Allawi"), _p("Mrs Allawi"), _p("Allawi")]) == {}  # no gender, or the other one
    assert _remap([_p("Dan Ashcroft"), _p("Lord Ashcroft")]) == {}  # a peer's title names no first name
    assert _remap([_p("Tony Blackburn"), _p("Blackburn")]) == {}  # a football report's "Blackburn"
    assert _remap([_p("Kim Howells"), _p("Mr Howells")]) == {}  # the first name tells no gender
    assert _remap([_p("Iyad Allawi"), _p("Ali Allawi"), _p("Mr Allawi")]) == {}  # two men of that surname
    assert _remap([_p("Alan Milburn", affiliation="labour-party"), _p("Milburn", affiliation="chelsea")]) == {}


def test_persons_across_a_full_name_of_its_own_article_blocks_the_join():
    titles = EXTRACTOR.gazetteer.titles
    rivals = article_rivals([[_p("Wang Yan"), _p("Mr Wang")], [_p("Wayne Wang")]], titles)
    assert "wang" in rivals["mr-wang"]
    assert merge_variants([_p("Wayne Wang"), _p("Wang Yan"), _p("Mr Wang")], titles, known=lambda a: False,
                          rivals=rivals) == {}
    assert merge_variants([_p("Wayne Wang"), _p("Mr Wang")], titles, known=lambda a: False,
                          rivals=article_rivals([[_p("Mr Wang")], [_p("Wayne Wang")]], titles)) == {"mr-wang": "wayne-wang"}


def test_persons_across_plain_labels():
    out = {a.id: a for a in plain_person_labels(
        [_p("Mr Allawi"), _p("Mr Brown"), _p("Mrs Brown"), _p("Dr Sykes"), _p("Sykes"), _p("Lord Dubs"),
         _p("Tony Blair"), Actor("mr-x", "Mr X", ActorType.ORGANIZATION)], EXTRACTOR.gazetteer.titles)}
    assert out["mr-allawi"].label == "Allawi" and "Mr Allawi" in out["mr-allawi"].aliases
    assert out["mr-brown"].label == "Mr Brown" and out["mrs-brown"].label == "Mrs Brown"  # would be two "Brown"s
    assert out["dr-sykes"].label == "Dr Sykes"  # a bare "Sykes" node exists
    assert out["lord-dubs"].label == "Lord Dubs" and out["tony-blair"].label == "Tony Blair"
    assert out["mr-x"].label == "Mr X"


def test_persons_across_articles(nlp):
    texts = {"a1": "The interim prime minister Iyad Allawi met the US envoy in Baghdad on Monday.",
             "a2": "Mr Allawi said the election would go ahead. Mr Allawi criticised the insurgents.",
             "a3": "Mr Kennedy-Whitcombe said the firm would cut jobs."}
    extractions = [EXTRACTOR.extract(Article(k, f"{k}.txt", t), nlp(t)) for k, t in texts.items()]
    actors, _, _ = EXTRACTOR.merge_all(extractions)
    persons = {a.label: a for a in actors if a.type is ActorType.PERSON}
    assert "Mr Allawi" in persons["Iyad Allawi"].aliases and "Mr Allawi" not in persons
    assert "Mr Kennedy-Whitcombe" in persons["Kennedy-Whitcombe"].aliases


def test_persons_across_articles_own_full_name_wins(nlp):
    texts = {"a1": "The actress Halle Berry won an Oscar for her role in the film.",
             "a2": "Police Federation chairman Jan Berry said the plan was wrong. Ms Berry said officers were angry."}
    extractions = [EXTRACTOR.extract(Article(k, f"{k}.txt", t), nlp(t)) for k, t in texts.items()]
    actors, _, _ = EXTRACTOR.merge_all(extractions)
    persons = {a.label: a for a in actors if a.type is ActorType.PERSON}
    assert "Ms Berry" not in persons.get("Halle Berry", persons["Jan Berry"]).aliases or \
        "Ms Berry" in persons["Jan Berry"].aliases
