"""map.html in a real browser (Debian chromium through Playwright), fully offline.

Every request other than the map file itself is aborted and recorded, so a stray
CDN link or font fetch fails the test instead of silently working online.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from graph.assemble.assemble import make_graph
from graph.write.htmlmap import write_map
from graph.model import Triple

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed (apt install chromium)"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Opened:
    def __init__(self, page, url):
        self.page, self.url = page, url
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []

    def js(self, expr, arg=None):
        return self.page.evaluate(expr, arg)

    def panel_text(self) -> str:
        return self.page.inner_text("#ag-panel-body")


@pytest.fixture
def open_map(browser, tmp_path):
    pages = []

    def _open(G, **kwargs) -> Opened:
        path = write_map(G, tmp_path / f"map{len(pages)}.html", **kwargs)
        page = browser.new_page(viewport={"width": 1300, "height": 800})
        pages.append(page)
        o = Opened(page, path.resolve().as_uri())

        def route(r):
            if r.request.url == o.url:
                r.continue_()
            else:
                o.blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("dialog", lambda d: (o.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: o.errors.append(str(e)))
        page.goto(o.url)
        page.wait_for_function("document.body.dataset.state === 'stable'", timeout=60_000)
        return o

    yield _open
    for p in pages:
        p.close()


def _visible(o, kind):
    return sorted(o.js(f"actorgraphMap.{kind}.get({{filter: x => !x.hidden}}).map(x => x.id)"))


def _edge_id(o, s, rel, t):
    return o.js("([s, r, t]) => actorgraphMap.edges.get({filter: e => e.from === s && e.relation === r && e.to === t})[0].id",
                [s, rel, t])


def test_map_browser_offline_and_counts(open_map, sample_graph):
    o = open_map(sample_graph)
    assert o.blocked == [] and o.errors == []
    assert o.js("actorgraphMap.nodes.length") == sample_graph.number_of_nodes()
    groups = {(t.subject, t.relation, t.object, str(t.polarity)) for _, _, d in sample_graph.edges(data=True)
              for t in [d["triple"]]}
    assert o.js("actorgraphMap.edges.length") == len(groups)
    assert o.js("actorgraphMap.data.evidence.length") == sample_graph.number_of_edges()
    assert len(_visible(o, "nodes")) == sample_graph.number_of_nodes()


def test_map_browser_physics_stops_once_stable(open_map, sample_graph):
    o = open_map(sample_graph)
    before = o.js("actorgraphMap.network.getPositions()")
    o.page.wait_for_timeout(700)
    assert o.js("actorgraphMap.network.getPositions()") == before
    assert o.js("actorgraphMap.stableAt") is not None


def test_map_browser_search_focuses_actor(open_map, sample_graph):
    o = open_map(sample_graph)
    o.page.fill("#ag-search", "Taliban")
    assert o.js("actorgraphMap.network.getSelectedNodes()") == ["taliban"]
    assert o.page.get_attribute("#ag-panel-body", "data-showing") == "node:taliban"
    o.page.fill("#ag-search", "kreml")  # partial alias: jumps on Enter
    o.page.press("#ag-search", "Enter")
    assert o.js("actorgraphMap.network.getSelectedNodes()") == ["russia"]


def test_map_browser_type_filter_hides_actors_and_their_relations(open_map, sample_graph):
    o = open_map(sample_graph)
    o.page.uncheck('#ag-types input[data-filter="ArmedGroup"]')
    # ISIS and the Taliban go; Afghanistan too, as its only relation (with ISIS) is gone
    assert _visible(o, "nodes") == ["rex-tillerson", "russia"]
    hidden = o.js("actorgraphMap.edges.get({filter: e => e.hidden}).map(e => e.relation)")
    assert sorted(hidden) == ["attacks", "supplies"]
    assert "showing 2 of 5 actors, 3 of 5 relations" in o.page.inner_text("#ag-stats")
    o.page.check('#ag-types input[data-filter="ArmedGroup"]')
    assert len(_visible(o, "nodes")) == 5


def test_map_browser_polarity_article_and_time_filters(open_map, sample_graph):
    o = open_map(sample_graph)
    o.page.uncheck('#ag-polarity input[data-filter="negative"]')
    assert o.js("actorgraphMap.edges.get({filter: e => e.hidden}).map(e => e.relation)") == ["denies"]
    o.page.check('#ag-polarity input[data-filter="negative"]')
    index = o.js("actorgraphMap.data.articles.findIndex(a => a.id === 'a000000000002')")
    o.page.select_option("#ag-article", str(index))
    assert _visible(o, "nodes") == ["afghanistan", "isis"]
    o.page.select_option("#ag-article", "-1")
    o.page.eval_on_selector("#ag-time-to", "el => { el.value = '0'; el.dispatchEvent(new Event('input')); }")
    assert "2017-08-22 to 2017-08-22" in o.page.inner_text("#ag-side")
    assert _visible(o, "nodes") == ["rex-tillerson", "russia", "taliban"]


def test_map_browser_click_edge_shows_sentences_as_text(open_map, sample_graph):
    o = open_map(sample_graph)
    eid = _edge_id(o, "isis", "attacks", "afghanistan")
    # click the middle of this straight edge on the canvas
    xy = o.js("""() => { const n = actorgraphMap.network, p = n.getPositions(['isis', 'afghanistan']);
        const d = n.canvasToDOM({x: (p.isis.x + p.afghanistan.x) / 2, y: (p.isis.y + p.afghanistan.y) / 2});
        const r = document.getElementById('ag-network').getBoundingClientRect();
        return [d.x + r.left, d.y + r.top]; }""")
    o.page.mouse.click(*xy)
    if o.page.get_attribute("#ag-panel-body", "data-showing") != f"edge:{eid}":
        # the pixel missed (layout put a node there): run the click handler's path directly
        o.js("id => { actorgraphMap.network.selectEdges([id]); actorgraphMap.showEdge(id); }", eid)
    assert o.page.get_attribute("#ag-panel-body", "data-showing") == f"edge:{eid}"
    text = o.panel_text()
    assert 'ISIS <script>alert("x")</script> & <img src=x onerror=alert(1)> attacked "Kabul".' in text
    assert "Two <b>bold</b>" in text and "2021-07-09" in text and "Asia Times" in text
    assert "confidence 0.50" in text and "hedged" in text
    assert o.js("document.querySelectorAll('#ag-panel img, #ag-panel script, #ag-panel b:not(.ag-meta b)').length") == 0
    assert o.js("document.querySelector('#ag-panel mark').textContent") == "attacked"
    assert o.dialogs == [] and o.errors == []


def test_map_browser_click_node_highlights_neighbourhood(open_map, sample_graph):
    o = open_map(sample_graph)
    xy = o.js("""() => { const n = actorgraphMap.network, p = n.getPositions(['taliban']).taliban;
        const d = n.canvasToDOM(p); const r = document.getElementById('ag-network').getBoundingClientRect();
        return [d.x + r.left, d.y + r.top]; }""")
    o.page.mouse.click(*xy)
    assert o.page.get_attribute("#ag-panel-body", "data-showing") == "node:taliban"
    assert "Russia is supplying weapons to the Taliban" in o.panel_text()
    assert "claimed by Rex Tillerson" in o.panel_text()
    faded = o.js("actorgraphMap.nodes.get({filter: n => n.color && n.color.background === '#e4e4e4'}).map(n => n.id)")
    assert sorted(faded) == ["afghanistan", "isis", "rex-tillerson"]
    o.page.keyboard.press("Escape")
    assert o.js("actorgraphMap.nodes.get({filter: n => typeof n.color !== 'string'}).length") == 0


def test_map_browser_injected_markup_never_runs(open_map, sample_graph):
    G = sample_graph
    evil = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script></script><b>x</b>'
    arts = [replace(a, title=evil) for a in G.graph["articles"].values()]
    actors = [replace(G.nodes[n]["actor"], label=G.nodes[n]["actor"].label + evil) if n == "isis"
              else G.nodes[n]["actor"] for n in G]
    sentence = "ISIS attacked Kabul " + evil
    extra = Triple("isis", "attacks", "afghanistan", "attacked", "a000000000002", sentence, 500, 500 + len(sentence),
                   pred_start=505, pred_end=513)
    H = make_graph(arts, actors, [d["triple"] for _, _, d in G.edges(data=True)] + [extra])
    o = open_map(H, title=evil)
    eid = _edge_id(o, "isis", "attacks", "afghanistan")
    o.js("id => { actorgraphMap.network.selectEdges([id]); actorgraphMap.showEdge(id); }", eid)
    edge_text = o.panel_text()
    o.page.fill("#ag-search", "ISIS")
    o.js("actorgraphMap.showNode('isis')")
    o.page.hover("#ag-network")
    o.page.wait_for_timeout(300)
    assert o.js("window.__pwned") is None
    assert o.dialogs == [] and o.errors == [] and o.blocked == []
    assert sentence in edge_text and sentence in o.panel_text()
    assert o.page.title().startswith("<img src=x")


def test_map_browser_says_when_the_actor_cap_cut_the_map(open_map, sample_graph):
    o = open_map(sample_graph, max_actors=2)
    assert o.errors == [] and o.js("actorgraphMap.nodes.length") == 2
    note = o.page.inner_text("#ag-applied")
    assert f"2 most mentioned of {sample_graph.number_of_nodes()} actors" in note and "--max-actors" in note
    assert open_map(sample_graph).page.inner_text("#ag-applied") == ""  # nothing cut, nothing said


# ---------------------------------------------------------------- quotes, faint claims, landmarks


def _quoted(G, n_extra: int = 0):
    """The sample hub with Tillerson's quote about Russia and the Taliban (markup in its content) and
    ``n_extra`` more of his quotes in the second article."""
    from graph.model import Modality, Polarity, Quote, spans_at

    arts = list(G.graph["articles"].values())
    s = 'Tillerson said Russia <img src=x onerror="window.__pwned = 1"> arms the Taliban.'
    content = s[15:-1]

    def quote(article, at):
        return Quote("Tillerson", "rex-tillerson", "said", content, "indirect", ("russia", "taliban"), Polarity.POSITIVE,
                     Modality.ASSERTED, article, s, at, at + len(s),
                     **spans_at((at, at + 9), (at + 10, at + 14), (at + 15, at + len(s) - 1)))

    quotes = [quote(arts[0].id, 1000)] + [quote(arts[1].id, 2000 + 100 * i) for i in range(n_extra)]
    return make_graph(arts, [G.nodes[n]["actor"] for n in G], [d["triple"] for _, _, d in G.edges(data=True)],
                      quotes=quotes)


def test_map_browser_actor_panel_lists_what_it_said_and_what_was_said_about_it(open_map, sample_graph):
    o = open_map(_quoted(sample_graph))
    o.js("actorgraphMap.showNode('rex-tillerson')")
    said = o.page.inner_text('#ag-panel [data-quotes="said"]')
    assert 'Rex Tillerson said: \u201cRussia <img src=x onerror="window.__pwned = 1"> arms the Taliban\u201d' in said
    assert "indirect" in said and "about Russia, Taliban" in said and "One" in said and "2017-08-22" in said
    assert "What Rex Tillerson said (1)" in o.panel_text()
    assert o.js("document.querySelector('#ag-panel [data-quotes=\"said\"] mark').textContent") == "said"
    assert "None found." in o.page.inner_text('#ag-panel [data-quotes="said_about"]')
    o.js("actorgraphMap.showNode('russia')")
    assert "arms the Taliban" in o.page.inner_text('#ag-panel [data-quotes="said_about"]')
    assert "None found." in o.page.inner_text('#ag-panel [data-quotes="said"]')
    assert "Russia is supplying weapons" in o.panel_text()  # its relations' sentences as before
    assert o.js("window.__pwned") is None and o.errors == [] and o.blocked == []
    assert o.js("document.querySelectorAll('#ag-panel img').length") == 0


def test_map_browser_panel_says_when_it_cut_the_quotes(open_map, sample_graph, monkeypatch):
    from graph.write import mapquotes

    monkeypatch.setattr(mapquotes, "QUOTES_PER_ACTOR", 2)
    o = open_map(_quoted(sample_graph, n_extra=4))
    o.js("actorgraphMap.showNode('rex-tillerson')")
    said = o.page.locator('#ag-panel [data-quotes="said"]')
    assert said.locator(".ag-quote").count() == 2
    assert "The newest 2 of 5 quotes" in said.inner_text() and "quotes.csv" in said.inner_text()
    dates = re.findall(r"\d{4}-\d{2}-\d{2}", said.inner_text())
    assert dates == ["2021-07-09", "2021-07-09"]  # the newer article's quotes first


def _opacity(o, relation):
    return o.js("r => actorgraphMap.edges.get({filter: e => e.relation === r}).map(e => (e.color || {}).opacity)",
                relation)


def test_map_browser_claims_faint_on_a_big_map_and_the_legend_toggles_them(open_map, sample_graph, monkeypatch):
    from graph.write import htmlmap

    assert "drawn faint" not in open_map(sample_graph).page.inner_text("#ag-side")
    monkeypatch.setattr(htmlmap, "FAINT_CLAIMS_ABOVE", 3)
    o = open_map(sample_graph)
    assert "the 1 claim relations are drawn faint" in o.page.inner_text("#ag-side")
    assert _opacity(o, "claims") == [0.12] and _opacity(o, "supplies") in ([1], [None])
    o.page.check("#ag-faint-toggle")
    assert _opacity(o, "claims") == [1]
    o.page.uncheck("#ag-faint-toggle")
    assert _opacity(o, "claims") == [0.12]
    o.js("actorgraphMap.showNode('rex-tillerson')")  # a selected actor's claims show in full
    assert _opacity(o, "claims") == [1]
    o.page.keyboard.press("Escape")
    assert _opacity(o, "claims") == [0.12]
    o.page.check("#ag-faint-toggle")
    o.page.click("#ag-reset")
    assert _opacity(o, "claims") == [0.12] and not o.page.is_checked("#ag-faint-toggle")
    assert o.errors == []


def test_map_browser_big_map_labels_its_most_connected_actors(open_map, monkeypatch):
    from graph.write import htmlmap
    from graph.model import Actor, ActorType, Article

    art = Article("c000000000001", "c.txt", "", title="C")
    actors = [Actor(f"hub{h}", f"Hub {h}", ActorType.COUNTRY) for h in range(3)]
    triples = []
    for i in range(120):
        actors.append(Actor(f"s{i:04d}", f"Spoke {i}", ActorType.PERSON))
        triples.append(Triple(f"s{i:04d}", "meets", f"hub{i % 3}", "met", art.id, "met.", 10 * i, 10 * i + 4))
    triples += [Triple("hub0", "attacks", f"hub{h}", "hit", art.id, "hit.", 5000 + h, 5004 + h) for h in (1, 2)]
    monkeypatch.setattr(htmlmap, "_LARGE", 50)
    monkeypatch.setattr(htmlmap, "LANDMARKS", 3)
    o = open_map(make_graph([art], actors, triples))
    assert o.js("actorgraphMap.data.options.physics.enabled") is False and o.errors == []
    assert sorted(o.js("actorgraphMap.landmarksDrawn")) == ["hub0", "hub1", "hub2"]
    # the page draws the landmarks' labels; the others' are vis-network's, shown when zoomed in
    assert o.js("actorgraphMap.nodes.get('hub0').label") is None
    assert o.js("actorgraphMap.nodes.get('s0001').label") == "Spoke 1"
