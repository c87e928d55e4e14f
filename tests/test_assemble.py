from dataclasses import replace

import pytest

from graph.assemble.assemble import iter_relations, iter_triples, make_graph
from graph.model import Actor, Triple


def test_assemble_nodes_are_actors_in_triples_and_claimants(sample_graph):
    assert set(sample_graph.nodes) == {"russia", "taliban", "rex-tillerson", "isis", "afghanistan"}
    assert sample_graph.nodes["rex-tillerson"]["mentions"] == 4  # claimant once, subject twice, object once


def test_assemble_one_edge_per_statement(sample_graph):
    assert sample_graph.number_of_edges() == 5
    keys = {k for _, _, k in sample_graph.edges(keys=True)}
    assert keys == {t.id for t in iter_triples(sample_graph)}


def test_assemble_node_dates_come_from_articles(sample_graph):
    assert sample_graph.nodes["russia"]["dates"] == ("2017-08-22",)
    assert sample_graph.nodes["isis"]["dates"] == ("2021-07-09",)


def test_assemble_duplicate_statements_collapse(sample_articles, sample_graph):
    triples = list(iter_triples(sample_graph))
    actors = [d["actor"] for _, d in sample_graph.nodes(data=True)]
    G = make_graph(sample_articles, actors, triples + triples[:2])
    assert G.number_of_edges() == len(triples)


def test_assemble_unknown_actor_is_an_error(sample_articles):
    t = Triple("ghost", "attacks", "russia", "hit", "a000000000001", "x", 0, 1)
    with pytest.raises(ValueError, match="ghost"):
        make_graph(sample_articles, [Actor("russia", "Russia")], [t])


def test_assemble_relations_group_evidence(sample_graph):
    groups = {(s, r, o): ev for s, r, o, ev in iter_relations(sample_graph)}
    assert len(groups[("russia", "supplies", "taliban")]) == 1
    assert list(groups) == sorted(groups)


def test_model_statement_id_is_stable_and_distinguishes_evidence(sample_graph):
    t = next(iter_triples(sample_graph))
    assert t.id == replace(t).id
    assert t.id != replace(t, start=t.start + 1).id
    assert t.id.startswith("s") and len(t.id) == 13


def test_assemble_named_actor_of_no_statement_is_an_isolated_node(named_graph):
    node = named_graph.nodes["ana-ruiz"]
    assert named_graph.degree("ana-ruiz") == 0
    assert (node["mentions"], node["articles"], node["named"], node["named_in"]) == (0, (), 2, ("a000000000001",))
    assert node["dates"] == ("2017-08-22",)  # from the articles naming it
    assert named_graph.nodes["russia"]["named"] == 3 and named_graph.nodes["russia"]["mentions"] == 4
    assert named_graph.nodes["isis"]["named"] == 0  # given no count: statements only


def test_assemble_actor_given_no_statement_and_no_name_is_no_node(sample_articles):
    G = make_graph(sample_articles, [Actor("russia", "Russia"), Actor("peru", "Peru")], [],
                   named={"russia": {"a000000000001": 1}, "peru": {}})
    assert set(G.nodes) == {"russia"}


def test_assemble_named_actor_missing_from_the_actors_is_an_error(sample_articles):
    with pytest.raises(ValueError, match="ghost"):
        make_graph(sample_articles, [Actor("russia", "Russia")], [], named={"ghost": {"a000000000001": 1}})
