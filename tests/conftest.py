"""Shared fixtures and the test tiers.

``sample_graph`` is a small hand-made hub (no spaCy) for exporter tests.

Tiers: a test that uses the ``nlp`` fixture (directly or through another fixture) is marked
``model`` and ``slow`` here, so ``python -m pytest -m "not slow"`` is the fast tier.  Any other
test that loads the spaCy pipeline must say so with ``@pytest.mark.slow``: in a test without it,
``graph.parse.nlp.load_pipeline`` fails with a message saying how to mark it.
"""
from __future__ import annotations

import pytest

from graph.assemble.assemble import make_graph
from graph.model import Actor, ActorType, Article, Modality, Polarity, Triple

SENT1 = "Russia is supplying weapons to the Taliban, Tillerson said."
SENT2 = "The Russian Foreign Ministry refutes these reports."
SENT3 = 'ISIS <script>alert("x")</script> & <img src=x onerror=alert(1)> attacked "Kabul".'


def _articles():
    a1 = Article(id="a000000000001", path="seeds/one.md", title="One", date="2017-08-22",
                 author="Sami Karimi", source="Global Research", text=SENT1 + " " + SENT2)
    a2 = Article(id="a000000000002", path="seeds/two.txt", title="Two <b>bold</b>", date="2021-07-09",
                 source="Asia Times", text=SENT3)
    return [a1, a2]


def _actors():
    return [
        Actor("russia", "Russia", ActorType.COUNTRY, ("Moscow", "Russia", "the Kremlin"), "Q159"),
        Actor("taliban", "Taliban", ActorType.ARMED_GROUP, ("Taliban", "the Taliban")),
        Actor("rex-tillerson", "Rex Tillerson", ActorType.PERSON, ("Tillerson",),
              attributes=(("affiliation", "united-states"), ("role", "Secretary of State"))),
        Actor("isis", "ISIS", ActorType.ARMED_GROUP, ("ISIS", "ISIL", "Daesh")),
        Actor("afghanistan", "Afghanistan", ActorType.COUNTRY, ("Kabul",)),
    ]


def _triples():
    a1, a2 = _articles()
    s2 = len(SENT1) + 1
    return [
        Triple("russia", "supplies", "taliban", "is supplying weapons to", a1.id, SENT1, 0, len(SENT1),
               modality=Modality.REPORTED, attributed_to="rex-tillerson", confidence=0.8,
               rule="svo_prep", pred_start=7, pred_end=30),
        Triple("rex-tillerson", "accuses", "russia", "said", a1.id, SENT1, 0, len(SENT1),
               confidence=0.7, rule="claim_accusation", pred_start=54, pred_end=58),
        Triple("rex-tillerson", "claims", "russia", "said", a1.id, SENT1, 0, len(SENT1),
               confidence=0.8, rule="claim", pred_start=54, pred_end=58),
        Triple("russia", "denies", "rex-tillerson", "refutes", a1.id, SENT2, s2, s2 + len(SENT2),
               polarity=Polarity.NEGATIVE, confidence=0.6, rule="denial", pred_start=s2 + 27, pred_end=s2 + 34),
        Triple("isis", "attacks", "afghanistan", "attacked", a2.id, SENT3, 0, len(SENT3),
               modality=Modality.HEDGED, confidence=0.5, rule="svo", pred_start=SENT3.index("attacked"),
               pred_end=SENT3.index("attacked") + 8, attributes=(("count", "10000"), ("qualifier", "over"))),
    ]


@pytest.fixture
def sample_articles():
    return _articles()


@pytest.fixture
def sample_graph():
    """Five statements between five actors in two articles, one of them with hostile markup."""
    return make_graph(_articles(), _actors(), _triples(), meta={"model": "test"})


@pytest.fixture
def named_graph():
    """``sample_graph`` plus what the articles name: Ana Ruiz (twice in the first article, in no statement)
    and the Red Cross (once in the second), isolated nodes; Russia named three times."""
    extra = [Actor("ana-ruiz", "Ana Ruiz", ActorType.PERSON, ("Ana Ruiz", "Ruiz")),
             Actor("red-cross", "Red Cross", ActorType.ORGANIZATION, ("the Red Cross",))]
    named = {"ana-ruiz": {"a000000000001": 2}, "red-cross": {"a000000000002": 1},
             "russia": {"a000000000001": 3}}
    return make_graph(_articles(), _actors() + extra, _triples(), meta={"model": "test"}, named=named)


#: Fixtures that load the spaCy pipeline: a test using one is in the ``model`` and ``slow`` tiers.
MODEL_FIXTURES = frozenset({"nlp"})


def pytest_collection_modifyitems(config, items):
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)
            item.add_marker(pytest.mark.slow)


_GUARD = pytest.StashKey[pytest.MonkeyPatch]()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Keep the fast tier honest: in a test not marked ``slow`` (its fixtures included, whatever
    their scope), loading the spaCy pipeline fails and says how to mark the test."""
    if item.get_closest_marker("slow") is not None:
        return
    import graph.parse.nlp

    def refuse(name: str = "", *args, **kwargs):
        raise AssertionError(
            f"{item.nodeid} loads the spaCy pipeline {name!r} but is not marked slow: "
            "use the `nlp` fixture (marked automatically) or add @pytest.mark.slow")

    guard = item.stash[_GUARD] = pytest.MonkeyPatch()
    guard.setattr(graph.parse.nlp, "load_pipeline", refuse)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield  # the test's fixtures are torn down first
    guard = item.stash.get(_GUARD, None)
    if guard is not None:
        guard.undo()


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline, loaded once per test session."""
    from graph.parse.nlp import load_pipeline

    return load_pipeline()


def whole_xml_tree(text: str) -> str:
    """An XML document parsed and pretty-printed again as one lxml tree (what the GEXF and GraphML
    writers gave before they streamed): equal to ``text`` only if a streamed document's pieces
    joined with lxml's own indentation and escaping."""
    from lxml import etree

    from graph.write.gexf import XML_DECLARATION

    root = etree.fromstring(text.encode("utf-8"), etree.XMLParser(remove_blank_text=True))
    return XML_DECLARATION + etree.tostring(root, encoding="unicode", pretty_print=True)
