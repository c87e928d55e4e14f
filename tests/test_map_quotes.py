"""The map's data at corpus scale: quotes per actor, landmarks, faint claims and a precomputed layout."""
from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.write import htmlmap
from graph.assemble.assemble import make_graph
from graph.write.htmlmap import map_data
from graph.write.maplayout import layout_positions
from graph.write.mapquotes import quote_records
from graph.model import Actor, ActorType, Article, Modality, Polarity, Quote, Triple, spans_at

from conftest import _actors, _articles, _triples

SENTENCE = "Tillerson said Russia arms the Taliban."


def _quote(article: str, source_id: str | None, about=("russia",), at: int = 0, source="Tillerson") -> Quote:
    """A quote of SENTENCE placed at character ``at`` of ``article``."""
    s = SENTENCE
    return Quote(source, source_id, "said", "Russia arms the Taliban", "indirect", tuple(about), Polarity.POSITIVE,
                 Modality.ASSERTED, article, s, at, at + len(s),
                 **spans_at((at, at + 9), (at + 10, at + 14), (at + 15, at + len(s) - 1)))


def _dated_articles(n: int) -> list[Article]:
    return [Article(f"b{i:012d}", f"b/{i}.txt", "", title=f"Article {i}",
                    date=None if i % 5 == 4 else f"2020-01-{1 + i % 28:02d}") for i in range(n)]


def _graph(quotes, articles=None, triples=None, actors=None):
    return make_graph(articles or _articles(), actors or _actors(), _triples() if triples is None else triples,
                      quotes=quotes)


def test_map_quotes_an_actor_lists_what_it_said_and_what_was_said_about_it():
    a1, a2 = _articles()
    older, newer = _quote(a1.id, "rex-tillerson"), _quote(a2.id, "rex-tillerson", about=("russia", "isis"))
    data = map_data(_graph([older, newer]))
    node = {n["id"]: n for n in data["nodes"]}
    q = data["quotes"]
    tillerson, russia, isis = node["rex-tillerson"], node["russia"], node["isis"]
    assert [q[i]["id"] for i in tillerson["said"]] == [newer.id, older.id]  # newest first
    assert (tillerson["said_n"], tillerson["said_about"], tillerson["said_about_n"]) == (2, [], 0)
    assert [q[i]["id"] for i in russia["said_about"]] == [newer.id, older.id] and russia["said"] == []
    assert [q[i]["id"] for i in isis["said_about"]] == [newer.id]
    rec = q[tillerson["said"][0]]
    assert data["articles"][rec["article"]]["id"] == a2.id
    s = rec["sentence"]
    assert s[slice(*rec["cue_span"])] == "said" and s[slice(*rec["content_span"])] == "Russia arms the Taliban"
    assert s[slice(*rec["source_span"])] == "Tillerson" and (rec["source"], rec["kind"]) == ("rex-tillerson", "indirect")


def test_map_quotes_a_span_outside_the_sentence_is_left_unmarked():
    a1 = _articles()[0]
    odd = _quote(a1.id, None, source="")
    odd = Quote(**{**odd.__dict__, "source_start": -1, "source_end": -1, "cue_start": 500, "cue_end": 504})
    (rec,) = map_data(_graph([odd]))["quotes"]
    assert rec["source_span"] == [-1, -1] and rec["cue_span"] == [-1, -1] and rec["source"] is None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 3)), min_size=0, max_size=40),
       st.integers(1, 6))
def test_map_quotes_cap_keeps_the_newest_and_counts_them_all(picks, cap):
    """Whatever the quotes, a node lists min(cap, total) of its own, newest first, and knows the total."""
    arts = _dated_articles(10)
    speakers = ["russia", "taliban", "isis", "afghanistan"]
    quotes = {_quote(arts[a].id, speakers[s], about=("rex-tillerson",), at=100 * k) for k, (a, s) in enumerate(picks)}
    G = _graph(quotes, articles=arts, triples=[])
    records, per = quote_records(G, sorted(G), {a.id: i for i, a in enumerate(sorted(arts, key=lambda a: a.id))},
                                 per_actor=cap)
    date = {a.id: a.date or "" for a in arts}
    for s in speakers:
        mine = [q for q in quotes if q.source_id == s]
        if s not in per:
            assert not mine
            continue
        listed = [records[i] for i in per[s]["said"]]
        assert per[s]["said_n"] == len(mine) and len(listed) == min(cap, len(mine))
        dates = [date[arts[r["article"]].id] for r in listed]
        assert dates == sorted(dates, reverse=True)
        assert all(date[q.article] <= dates[-1] for q in mine if q.id not in {r["id"] for r in listed})
    about = per.get("rex-tillerson", {"said_about_n": 0, "said_about": []})
    assert about["said_about_n"] == len(quotes) and len(about["said_about"]) == min(cap, len(quotes))


def test_map_quotes_a_speaker_in_no_relation_is_on_the_map_from_a_few_quotes():
    a1 = _articles()[0]
    blair = Actor("tony-blair", "Tony Blair", ActorType.PERSON, ("Blair",))
    actors = [*_actors(), blair]
    few = [_quote(a1.id, "tony-blair", about=(), at=100 * k, source="Blair")
           for k in range(htmlmap.SPEAKER_MIN_QUOTES - 1)]
    assert "tony-blair" not in {n["id"] for n in map_data(_graph(few, actors=actors))["nodes"]}
    enough = few + [_quote(a1.id, "tony-blair", about=(), at=5000, source="Blair")]
    data = map_data(_graph(enough, actors=actors))
    (node,) = [n for n in data["nodes"] if n["id"] == "tony-blair"]
    assert node["said_n"] == htmlmap.SPEAKER_MIN_QUOTES and not node["landmark"]


def test_map_quotes_actors_quoted_but_off_the_map_keep_a_name():
    a1 = _articles()[0]
    q = _quote(a1.id, "rex-tillerson", about=("isis",))
    data = map_data(_graph([q]), types=["Person", "Country"])
    assert "isis" not in {n["id"] for n in data["nodes"]}
    assert data["labels"]["isis"] == "ISIS"


# ---------------------------------------------------------------- corpus scale


def _star_graph(n_spokes: int, n_lone: int = 0):
    """A hub with ``n_spokes`` claims around it, a second hub with fewer, and ``n_lone`` isolated pairs."""
    art = Article("c000000000001", "c.txt", "", title="C")
    actors = [Actor("hub", "Hub", ActorType.COUNTRY), Actor("second", "Second", ActorType.COUNTRY)]
    triples = []
    for i in range(n_spokes):
        actors.append(Actor(f"s{i:04d}", f"Spoke {i}", ActorType.PERSON))
        rel, obj = ("claims", "hub") if i % 3 else ("attacks", "second")
        triples.append(Triple(f"s{i:04d}", rel, obj, "x", art.id, f"Spoke {i} x.", 10 * i, 10 * i + 8))
    for i in range(n_lone):
        actors += [Actor(f"l{i:04d}a", f"Lone {i}a", ActorType.PERSON), Actor(f"l{i:04d}b", f"Lone {i}b", ActorType.PERSON)]
        triples.append(Triple(f"l{i:04d}a", "meets", f"l{i:04d}b", "met", art.id, "met.", 90000 + 10 * i, 90000 + 10 * i + 4))
    return make_graph([art], actors, triples)


def test_map_quotes_landmarks_are_the_most_connected_actors(monkeypatch):
    monkeypatch.setattr(htmlmap, "LANDMARKS", 2)
    data = map_data(_star_graph(30))
    assert {n["id"] for n in data["nodes"] if n["landmark"]} == {"hub", "second"}


def test_map_quotes_claims_are_faint_only_on_a_map_with_many_relations(monkeypatch):
    G = _star_graph(30)
    assert map_data(G)["faint_family"] is None
    monkeypatch.setattr(htmlmap, "FAINT_CLAIMS_ABOVE", 20)
    assert map_data(G)["faint_family"] == "claim"


def test_map_quotes_a_big_map_comes_laid_out_with_physics_off(monkeypatch):
    G = _star_graph(40, n_lone=5)
    small = map_data(G)
    assert small["options"]["physics"]["enabled"] and "x" not in small["nodes"][0]
    monkeypatch.setattr(htmlmap, "_LARGE", 20)
    big = map_data(G)
    assert big["options"]["physics"]["enabled"] is False
    pos = {n["id"]: (n["x"], n["y"]) for n in big["nodes"]}
    assert all(isinstance(v, int) for xy in pos.values() for v in xy)
    assert len(set(pos.values())) == len(pos)  # nobody on top of anybody
    assert map_data(G) == big  # seeded: the same map every time
    # the small parts are packed beneath the largest one
    largest = ["hub"] + [f"s{i:04d}" for i in range(40) if i % 3]
    assert min(pos[f"l{i:04d}a"][1] for i in range(5)) > max(pos[n][1] for n in largest)


def test_map_quotes_layout_pulls_neighbours_together():
    rng = random.Random(3)
    clusters = [[f"c{c}-{i}" for i in range(15)] for c in range(2)]
    edges = [(a, b) for members in clusters for a in members for b in members if a < b and rng.random() < 0.5]
    edges.append((clusters[0][0], clusters[1][0]))
    pos = layout_positions(sorted(n for c in clusters for n in c), edges)

    def dist(a, b):
        return ((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5

    inside = [dist(a, b) for c in clusters for a in c for b in c if a < b]
    across = [dist(a, b) for a in clusters[0] for b in clusters[1]]
    assert sum(inside) / len(inside) < sum(across) / len(across)


def test_map_quotes_layout_of_nothing_is_empty():
    assert layout_positions([], []) == {}
