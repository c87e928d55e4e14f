/* actorgraph map: filters, search, highlight and the evidence panel.
 * Article text is data: every string from the data block reaches the page through
 * textContent / createTextNode / property assignment, never as markup. */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("ag-data").textContent);
  var NODE_FONT = "#343434", FADED = "#e4e4e4", FADED_BORDER = "#d2d2d2", FADED_FONT = "#c4c4c4";
  var SVGNS = "http" + "://www.w3.org/2000/svg"; // a namespace name, never fetched

  // ------------------------------------------------------------------ DOM helpers
  function $(id) { return document.getElementById(id); }
  function h(tag, props) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) {
        if (k === "text") { node.textContent = props[k]; }
        else if (k === "className") { node.className = props[k]; }
        else if (k === "on") { Object.keys(props.on).forEach(function (ev) { node.addEventListener(ev, props.on[ev]); }); }
        else { node[k] = props[k]; }
      });
    }
    for (var i = 2; i < arguments.length; i++) { add(node, arguments[i]); }
    return node;
  }
  function add(parent, child) {
    if (child === null || child === undefined || child === false) { return parent; }
    if (Array.isArray(child)) { child.forEach(function (c) { add(parent, c); }); return parent; }
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
    return parent;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } return node; }
  function swatch(shape, color) {
    var svg = document.createElementNS(SVGNS, "svg");
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16"); svg.setAttribute("aria-hidden", "true");
    var shapes = {
      dot: ["circle", { cx: 8, cy: 8, r: 6 }],
      square: ["rect", { x: 2, y: 2, width: 12, height: 12 }],
      triangle: ["polygon", { points: "8,1 15,14 1,14" }],
      triangleDown: ["polygon", { points: "1,2 15,2 8,15" }],
      diamond: ["polygon", { points: "8,1 15,8 8,15 1,8" }],
      star: ["polygon", { points: "8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6" }],
      hexagon: ["polygon", { points: "4,2 12,2 15,8 12,14 4,14 1,8" }],
      line: ["rect", { x: 0, y: 6, width: 16, height: 4 }]
    };
    var spec = shapes[shape] || shapes.dot;
    var el = document.createElementNS(SVGNS, spec[0]);
    Object.keys(spec[1]).forEach(function (k) { el.setAttribute(k, String(spec[1][k])); });
    el.setAttribute("fill", color);
    svg.appendChild(el);
    return svg;
  }

  // ------------------------------------------------------------------ data
  var nodeById = {}, edgeById = {};
  DATA.nodes.forEach(function (n) { nodeById[n.id] = n; });
  DATA.edges.forEach(function (e) { edgeById[e.id] = e; });
  var degree = {};
  DATA.edges.forEach(function (e) { degree[e.from] = (degree[e.from] || 0) + 1; degree[e.to] = (degree[e.to] || 0) + 1; });
  function labelOf(id) { return nodeById[id] ? nodeById[id].label : (DATA.labels[id] || id); }
  function isFirm(ev) { return ev.polarity === "positive" && ev.modality === "asserted" && !ev.claimant; }

  var state = {
    types: new Set(DATA.types.map(function (t) { return t.name; })),
    families: new Set(DATA.families.map(function (f) { return f.name; })),
    polarity: new Set(["positive", "negative"]),
    article: -1,
    from: 0,
    to: Math.max(0, DATA.dates.length - 1),
    selected: null,
    fullClaims: !DATA.faint_family
  };

  var timings = { start: performance.now() };
  // landmarks (the most connected actors) are labelled by the page itself, readable at every zoom
  var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
    return n.landmark ? Object.assign({}, n, { label: undefined }) : n;
  }));
  var edges = new vis.DataSet(DATA.edges);
  var container = $("ag-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, DATA.options);
  timings.network = performance.now();

  var api = window.actorgraphMap = {
    network: network, nodes: nodes, edges: edges, data: DATA, state: state, landmarksDrawn: [],
    stableAt: null, layoutIterations: 0, timings: timings, applyFilters: null, focusActor: null, showNode: null, showEdge: null, clearSelection: null,
    setFullClaims: null
  };

  // ------------------------------------------------------------------ layout settles, physics stops
  function settled() {
    if (api.stableAt !== null) { return; }
    network.setOptions({ physics: { enabled: false } });
    network.stopSimulation();
    api.stableAt = performance.now();
    network.once("afterDrawing", function () { timings.firstDraw = timings.firstDraw || performance.now(); });
    document.body.setAttribute("data-state", "stable");
  }
  network.once("startStabilizing", function () { timings.stabilizing = performance.now(); });
  network.on("stabilizationProgress", function (p) {
    api.layoutIterations = p.iterations;
    $("ag-progress").textContent = Math.round(100 * p.iterations / Math.max(1, p.total)) + "%";
    // large graphs on slow machines: stop at the time budget; the layout so far is kept
    if (timings.stabilizing && performance.now() - timings.stabilizing > DATA.layout_budget_ms) {
      timings.budgetHit = performance.now();
      network.stopSimulation();
    }
  });
  network.once("stabilizationIterationsDone", settled);
  network.once("stabilized", settled);
  if (DATA.options.physics.enabled === false) { // a big map comes laid out: nothing to settle
    network.fit({ animation: false });
    network.once("afterDrawing", function () { settled(); timings.firstDraw = timings.firstDraw || performance.now(); });
    network.redraw();
  }
  if (DATA.nodes.length === 0) {
    settled();
    add(clear($("ag-panel-body")), h("p", { className: "ag-hint", text: "Nothing to show: no relation passed the map's filters." }));
  }

  // ------------------------------------------------------------------ filters
  function datePass(artIndex) {
    var full = state.from === 0 && state.to === Math.max(0, DATA.dates.length - 1);
    if (full) { return true; }
    var d = DATA.articles[artIndex].date;
    var lo = DATA.dates[Math.min(state.from, state.to)], hi = DATA.dates[Math.max(state.from, state.to)];
    return !!d && d >= lo && d <= hi;
  }
  function articlePass(artIndex) { return (state.article < 0 || state.article === artIndex) && datePass(artIndex); }
  function evidencePass(ev) { return state.polarity.has(ev.polarity) && articlePass(ev.article); }

  function applyFilters() {
    var evOk = DATA.evidence.map(evidencePass);
    var typeOk = {};
    DATA.nodes.forEach(function (n) { typeOk[n.id] = state.types.has(n.kind); });
    var shownDegree = {}, edgeUpdates = [], nodeUpdates = [], shownEdges = 0, shownNodes = 0;
    DATA.edges.forEach(function (e) {
      var passing = e.ev.filter(function (i) { return evOk[i]; });
      var visible = passing.length > 0 && state.families.has(e.family) && typeOk[e.from] && typeOk[e.to];
      var firm = passing.some(function (i) { return isFirm(DATA.evidence[i]); });
      var cur = edges.get(e.id);
      var value = Math.max(1, passing.length);
      if (cur.hidden !== !visible || cur.value !== value || cur.dashes !== !firm) {
        edgeUpdates.push({ id: e.id, hidden: !visible, value: value, dashes: visible ? !firm : cur.dashes });
      }
      if (visible) {
        shownEdges++;
        shownDegree[e.from] = (shownDegree[e.from] || 0) + 1;
        shownDegree[e.to] = (shownDegree[e.to] || 0) + 1;
      }
    });
    DATA.nodes.forEach(function (n) {
      var visible = typeOk[n.id] && ((shownDegree[n.id] || 0) > 0 ||
        (!degree[n.id] && n.articles.some(articlePass)));
      if (visible) { shownNodes++; }
      if (!!nodes.get(n.id).hidden !== !visible) { nodeUpdates.push({ id: n.id, hidden: !visible }); }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    $("ag-stats").textContent = "showing " + shownNodes + " of " + DATA.nodes.length + " actors, " +
      shownEdges + " of " + DATA.edges.length + " relations (" + DATA.evidence.length + " sentences, " +
      DATA.articles.length + " articles)";
    if (state.selected) { refreshPanel(); }
  }
  api.applyFilters = applyFilters;

  function checkbox(group, value, labelText, count, sw) {
    var input = h("input", { type: "checkbox", checked: true, value: value,
      on: { change: function () { if (input.checked) { group.add(value); } else { group.delete(value); } applyFilters(); } } });
    input.setAttribute("data-filter", value);
    return h("label", null, input, sw, h("span", { text: labelText }), h("span", { className: "ag-count", text: count === null ? "" : String(count) }));
  }
  DATA.types.forEach(function (t) { add($("ag-types"), checkbox(state.types, t.name, t.name, t.count, swatch(t.shape, t.color))); });
  DATA.families.forEach(function (f) { add($("ag-families"), checkbox(state.families, f.name, f.name, f.count, swatch("line", f.color))); });
  var polCounts = { positive: 0, negative: 0 };
  DATA.evidence.forEach(function (ev) { polCounts[ev.polarity] = (polCounts[ev.polarity] || 0) + 1; });
  [["positive", "happened (positive)"], ["negative", "did not happen (negative)"]].forEach(function (p) {
    add($("ag-polarity"), checkbox(state.polarity, p[0], p[1], polCounts[p[0]], null));
  });
  var artSelect = $("ag-article");
  add(artSelect, h("option", { value: "-1", text: "All articles (" + DATA.articles.length + ")" }));
  DATA.articles.map(function (a, i) { return [a, i]; })
    .sort(function (x, y) { return (x[0].date || "").localeCompare(y[0].date || "") || x[0].title.localeCompare(y[0].title); })
    .forEach(function (p) {
      add(artSelect, h("option", { value: String(p[1]), text: (p[0].date ? p[0].date + "  " : "") + p[0].title }));
    });
  artSelect.addEventListener("change", function () { state.article = parseInt(artSelect.value, 10); applyFilters(); });

  var tFrom = $("ag-time-from"), tTo = $("ag-time-to");
  function timeLabel() {
    if (!DATA.dates.length) { $("ag-time-label").textContent = "(no dated article)"; return; }
    var lo = Math.min(state.from, state.to), hi = Math.max(state.from, state.to);
    $("ag-time-label").textContent = DATA.dates[lo] + " to " + DATA.dates[hi];
  }
  [tFrom, tTo].forEach(function (inp) {
    inp.max = String(Math.max(0, DATA.dates.length - 1));
    inp.disabled = DATA.dates.length < 2;
  });
  tFrom.value = "0"; tTo.value = String(state.to);
  function onTime() { state.from = parseInt(tFrom.value, 10); state.to = parseInt(tTo.value, 10); timeLabel(); applyFilters(); }
  tFrom.addEventListener("input", onTime);
  tTo.addEventListener("input", onTime);
  timeLabel();

  var applied = [];
  if (DATA.filters.min_evidence > 1) { applied.push("relations with at least " + DATA.filters.min_evidence + " sentences"); }
  if (DATA.filters.types.length) { applied.push("types: " + DATA.filters.types.join(", ")); }
  if (DATA.filters.focus) { applied.push("within " + DATA.filters.radius + " step(s) of " + labelOf(DATA.filters.focus)); }
  if (DATA.filters.max_actors) {
    applied.push("the " + DATA.nodes.length + " most mentioned of " + DATA.filters.actors_total + " actors (actorgraph map --max-actors N shows more)");
  }
  $("ag-applied").textContent = applied.length ? "Built with " + applied.join("; ") + "." : "";

  // ------------------------------------------------------------------ highlight (the rest fades)
  var faded = { nodes: new Set() }, edgeLook = {}, kept = { nodes: null, edges: null };
  // fading labels too re-measures every label: worth it on small maps only
  var FADE_LABELS = DATA.nodes.length + DATA.edges.length <= 1500;
  var FAINT_OPACITY = 0.12;
  var EDGE_LOOKS = {
    full: function (e) { return [{ color: e.color, highlight: e.color, hover: e.color, opacity: 1 }, { color: NODE_FONT, strokeWidth: 3 }]; },
    fade: function () { return [{ color: FADED, highlight: FADED, hover: FADED, opacity: 1 }, { color: FADED_FONT, strokeWidth: 3 }]; },
    // a faint relation keeps its colour, barely, and draws no label
    faint: function (e) { return [{ color: e.color, highlight: e.color, hover: e.color, opacity: FAINT_OPACITY }, { color: "rgba(0,0,0,0)", strokeWidth: 0 }]; }
  };
  function isFaint(e) { return !state.fullClaims && e.family === DATA.faint_family; }
  function lookOf(e, keepEdges) {
    if (keepEdges !== null) { return keepEdges.has(e.id) ? "full" : "fade"; }
    return isFaint(e) ? "faint" : "full";
  }
  function highlight(keepNodes, keepEdges) {
    kept.nodes = keepNodes; kept.edges = keepEdges;
    var nUp = [], eUp = [];
    DATA.nodes.forEach(function (n) {
      var fade = keepNodes !== null && !keepNodes.has(n.id);
      if (fade === faded.nodes.has(n.id)) { return; }
      if (fade) {
        faded.nodes.add(n.id);
        nUp.push(FADE_LABELS ? { id: n.id, color: { background: FADED, border: FADED_BORDER }, font: { color: FADED_FONT } }
          : { id: n.id, color: { background: FADED, border: FADED_BORDER } });
      } else {
        faded.nodes.delete(n.id);
        nUp.push(FADE_LABELS ? { id: n.id, color: n.color, font: { color: NODE_FONT } } : { id: n.id, color: n.color });
      }
    });
    DATA.edges.forEach(function (e) {
      var was = edgeLook[e.id] || "full", look = lookOf(e, keepEdges);
      if (look === was) { return; }
      edgeLook[e.id] = look;
      var style = EDGE_LOOKS[look](e), up = { id: e.id, color: style[0] };
      if (FADE_LABELS || look === "faint" || was === "faint") { up.font = style[1]; }
      eUp.push(up);
    });
    if (nUp.length) { nodes.update(nUp); }
    if (eUp.length) { edges.update(eUp); }
  }
  function setFullClaims(full) {
    state.fullClaims = !!full;
    var box = $("ag-faint-toggle");
    if (box) { box.checked = state.fullClaims; }
    highlight(kept.nodes, kept.edges);
  }
  api.setFullClaims = setFullClaims;
  if (DATA.faint_family) {
    var faintCount = DATA.edges.filter(function (e) { return e.family === DATA.faint_family; }).length;
    var toggle = h("input", { type: "checkbox", id: "ag-faint-toggle", checked: false,
      on: { change: function () { setFullClaims(toggle.checked); } } });
    add($("ag-faint"), [
      h("p", { className: "ag-note", text: "The map has " + DATA.edges.length + " relations: the " + faintCount + " " +
        DATA.faint_family + " relations are drawn faint (an actor's own show in full when it is selected)." }),
      h("label", null, toggle, h("span", { text: "draw " + DATA.faint_family + " relations in full" }))]);
    highlight(null, null);
  }

  // ------------------------------------------------------------------ landmark labels
  var landmarks = DATA.nodes.filter(function (n) { return n.landmark; }).sort(function (a, b) {
    return (degree[b.id] || 0) - (degree[a.id] || 0) || b.mentions - a.mentions || (a.id < b.id ? -1 : 1);
  });
  var mentionRange = DATA.nodes.reduce(function (r, n) { return [Math.min(r[0], n.mentions), Math.max(r[1], n.mentions)]; },
    [Infinity, -Infinity]);
  var LANDMARK_PX = 13; // smallest on-screen size of a landmark's label
  function labelSize(n) { // vis-network's own label size for this node (options.nodes.scaling.label)
    var sc = DATA.options.nodes.scaling.label, span = mentionRange[1] - mentionRange[0];
    return sc.min + (span > 0 ? (n.mentions - mentionRange[0]) / span : 0.5) * (sc.max - sc.min);
  }
  function overlaps(a, boxes) {
    return boxes.some(function (b) { return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]; });
  }
  network.on("afterDrawing", function (ctx) {
    var scale = network.getScale(), boxes = [], drawn = [];
    ctx.save();
    ctx.textAlign = "center"; ctx.textBaseline = "top"; ctx.lineJoin = "round";
    landmarks.forEach(function (n) {
      if (nodes.get(n.id).hidden) { return; }
      var size = Math.max(labelSize(n), LANDMARK_PX / scale), bb = network.getBoundingBox(n.id);
      ctx.font = "600 " + size + "px system-ui, -apple-system, 'DejaVu Sans', sans-serif";
      var w = ctx.measureText(n.label).width, x = (bb.left + bb.right) / 2, y = bb.bottom + 2 / scale;
      var box = [x - w / 2, y, x + w / 2, y + size * 1.15];
      if (overlaps(box, boxes)) { return; }
      boxes.push(box); drawn.push(n.id);
      ctx.lineWidth = 4 / scale; ctx.strokeStyle = "#ffffff"; ctx.strokeText(n.label, x, y);
      ctx.fillStyle = faded.nodes.has(n.id) ? FADED_FONT : NODE_FONT; ctx.fillText(n.label, x, y);
    });
    ctx.restore();
    api.landmarksDrawn = drawn;
  });
  function neighbourhood(id) {
    var keepN = new Set([id]), keepE = new Set();
    network.getConnectedEdges(id).forEach(function (eid) {
      if (edges.get(eid).hidden) { return; }
      keepE.add(eid);
      keepN.add(edgeById[eid].from); keepN.add(edgeById[eid].to);
    });
    highlight(keepN, keepE);
  }

  // ------------------------------------------------------------------ evidence panel
  var panel = $("ag-panel-body");
  function sentenceNode(ev) {
    var p = h("p", { className: "ag-sentence" });
    var s = ev.sentence;
    if (ev.ps >= 0 && ev.pe > ev.ps && ev.pe <= s.length) {
      add(p, [s.slice(0, ev.ps), h("mark", { text: s.slice(ev.ps, ev.pe), title: "predicate" }), s.slice(ev.pe)]);
    } else {
      add(p, s);
    }
    return p;
  }
  function evidenceCard(i) {
    var ev = DATA.evidence[i], art = DATA.articles[ev.article];
    var fam = edgeFamily(ev);
    var card = h("div", { className: "ag-ev" + (evidencePass(ev) ? "" : " ag-out") });
    card.style.borderLeftColor = familyColor(fam);
    card.setAttribute("data-evidence", ev.id);
    add(card, h("div", { className: "ag-meta" },
      h("span", { className: "ag-tag", text: labelOf(ev.subject) + " \u2192 " + ev.relation + (ev.polarity === "negative" ? " (negated)" : "") + " \u2192 " + labelOf(ev.object) })));
    add(card, sentenceNode(ev));
    var meta = h("div", { className: "ag-meta" },
      h("span", null, h("b", { text: art.title })),
      art.date ? h("span", { text: art.date }) : h("span", { text: "undated" }),
      art.source ? h("span", { text: art.source }) : null,
      art.author ? h("span", { text: art.author }) : null);
    var meta2 = h("div", { className: "ag-meta" },
      h("span", { text: ev.claimant ? "claimed by " + labelOf(ev.claimant) : "stated by the article" }),
      h("span", { text: ev.modality }),
      h("span", { text: ev.polarity }),
      h("span", { text: "confidence " + ev.confidence.toFixed(2) }),
      ev.rule ? h("span", { text: "rule " + ev.rule }) : null,
      ev.attributes.length ? h("span", { text: ev.attributes.map(function (kv) { return kv[0] + "=" + kv[1]; }).join(", ") }) : null);
    var where = h("div", { className: "ag-meta" }, h("span", { text: art.path || art.id }), art.url ? h("span", { text: art.url }) : null);
    if (!evidencePass(ev)) { add(meta2, h("span", { text: "hidden by the current filters" })); }
    return add(card, [meta, meta2, where]);
  }
  var familyOfRelation = {};
  DATA.edges.forEach(function (e) { familyOfRelation[e.relation] = e.family; });
  function edgeFamily(ev) { return familyOfRelation[ev.relation] || "other"; }
  function familyColor(f) {
    for (var i = 0; i < DATA.families.length; i++) { if (DATA.families[i].name === f) { return DATA.families[i].color; } }
    return "#999";
  }
  function byDate(a, b) {
    var da = DATA.articles[DATA.evidence[a].article].date || "", db = DATA.articles[DATA.evidence[b].article].date || "";
    return da.localeCompare(db) || a - b;
  }
  function evidenceList(indices) {
    var sorted = indices.slice().sort(byDate);
    var box = h("div", { className: "ag-evidence" });
    var LIMIT = 200, shown = 0;
    function more() {
      sorted.slice(shown, shown + LIMIT).forEach(function (i) { add(box, evidenceCard(i)); });
      shown = Math.min(sorted.length, shown + LIMIT);
      if (shown < sorted.length) {
        add(box, h("button", { className: "ag-more", type: "button", text: "Show " + Math.min(LIMIT, sorted.length - shown) + " more of " + (sorted.length - shown),
          on: { click: function (ev) { box.removeChild(ev.target); more(); } } }));
      }
    }
    more();
    return box;
  }

  // ------------------------------------------------------------------ quotes
  function markedSentence(text, spans) { // spans: [start, end, className, title], the first of overlapping ones wins
    var p = h("p", { className: "ag-sentence" }), at = 0, taken = [];
    spans.forEach(function (sp) {
      var ok = sp[0] >= 0 && sp[1] > sp[0] && sp[1] <= text.length &&
        !taken.some(function (t) { return sp[0] < t[1] && t[0] < sp[1]; });
      if (ok) { taken.push(sp); }
    });
    taken.sort(function (a, b) { return a[0] - b[0]; }).forEach(function (sp) {
      add(p, [text.slice(at, sp[0]), h(sp[2] === "ag-cue" ? "mark" : "span", { className: sp[2], title: sp[3], text: text.slice(sp[0], sp[1]) })]);
      at = sp[1];
    });
    return add(p, text.slice(at));
  }
  function quoteCard(i) {
    var q = DATA.quotes[i], art = DATA.articles[q.article];
    var who = q.source ? labelOf(q.source) : (q.source_text || "an unnamed source");
    var card = h("div", { className: "ag-ev ag-quote" + (articlePass(q.article) ? "" : " ag-out") });
    card.setAttribute("data-quote", q.id);
    add(card, [
      h("div", { className: "ag-meta" }, h("span", { className: "ag-tag", text: q.kind }),
        q.polarity === "negative" ? h("span", { className: "ag-tag", text: "negative" }) : null,
        q.modality !== "asserted" ? h("span", { className: "ag-tag", text: q.modality }) : null,
        q.about.length ? h("span", { text: "about " + q.about.map(labelOf).join(", ") }) : null),
      h("p", { className: "ag-said" }, h("b", { text: who }), " " + q.cue.replace(/[\s:,]+$/, "") + ": \u201c" + q.content + "\u201d"),
      markedSentence(q.sentence, [q.cue_span.concat(["ag-cue", "cue"]), q.content_span.concat(["ag-content", "what was said"]),
        q.source_span.concat(["ag-source", "source"])]),
      h("div", { className: "ag-meta" }, h("span", null, h("b", { text: art.title })),
        h("span", { text: art.date || "undated" }), art.source ? h("span", { text: art.source }) : null,
        articlePass(q.article) ? null : h("span", { text: "hidden by the current filters" }))]);
    return card;
  }
  function quoteList(kind, indices, total) {
    var box = h("div", { className: "ag-quotes" });
    box.setAttribute("data-quotes", kind);
    if (!total) { return add(box, h("p", { className: "ag-hint", text: "None found." })); }
    if (indices.length < total) {
      add(box, h("p", { className: "ag-note", text: "The newest " + indices.length + " of " + total +
        " quotes (the map keeps it small; quotes.csv and the query 'quotes' have every one)." }));
    }
    return add(box, indices.map(quoteCard));
  }

  function showEdge(id) {
    var e = edgeById[id];
    if (!e) { return; }
    state.selected = { kind: "edge", id: id };
    highlight(new Set([e.from, e.to]), new Set([id]));
    clear(panel);
    var passing = e.ev.filter(function (i) { return evidencePass(DATA.evidence[i]); }).length;
    add(panel, [
      h("h2", { text: labelOf(e.from) + " \u2192 " + e.label + " \u2192 " + labelOf(e.to) }),
      h("p", { className: "ag-sub", text: e.ev.length + " sentence(s)" + (passing < e.ev.length ? ", " + passing + " passing the filters" : "") +
        " \u00b7 " + e.family + " \u00b7 " + e.polarity + " \u00b7 relation " + e.relation }),
      evidenceList(e.ev)
    ]);
    panel.setAttribute("data-showing", "edge:" + id);
  }
  function showNode(id) {
    var n = nodeById[id];
    if (!n) { return; }
    state.selected = { kind: "node", id: id };
    neighbourhood(id);
    clear(panel);
    var facts = h("ul", { className: "ag-facts" },
      h("li", null, h("b", { text: "Type: " }), n.kind),
      h("li", null, h("b", { text: "Id: " }), n.id),
      n.aliases.length ? h("li", null, h("b", { text: "Also called: " }), n.aliases.join(", ")) : null,
      n.attributes.map(function (kv) { return h("li", null, h("b", { text: kv[0] + ": " }), kv[1]); }),
      n.wikidata ? h("li", null, h("b", { text: "Wikidata: " }), n.wikidata) : null,
      h("li", null, h("b", { text: "Statements: " }), String(n.mentions) + " in " + n.articles.length + " article(s)"));
    var rels = h("div");
    network.getConnectedEdges(id).map(function (eid) { return edgeById[eid]; })
      .sort(function (a, b) { return b.ev.length - a.ev.length || a.id.localeCompare(b.id, "en", { numeric: true }); })
      .forEach(function (e) {
        var hidden = edges.get(e.id).hidden;
        add(rels, h("button", { className: "ag-rel", type: "button", disabled: !!hidden,
          text: labelOf(e.from) + " \u2192 " + e.label + " \u2192 " + labelOf(e.to) + " (" + e.ev.length + ")" + (hidden ? " [filtered out]" : ""),
          on: { click: function () { network.selectEdges([e.id]); showEdge(e.id); } } }));
      });
    add(panel, [h("h2", { text: n.label }), facts,
      h("h3", { text: "What " + n.label + " said (" + n.said_n + ")" }), quoteList("said", n.said, n.said_n),
      h("h3", { text: "What was said about " + n.label + " (" + n.said_about_n + ")" }),
      quoteList("said_about", n.said_about, n.said_about_n),
      h("h3", { text: "Relations" }), rels,
      h("h3", { text: "Sentences (" + n.ev.length + ")" }), evidenceList(n.ev)]);
    panel.setAttribute("data-showing", "node:" + id);
  }
  function clearSelection() {
    state.selected = null;
    highlight(null, null);
    network.unselectAll();
    clear(panel);
    add(panel, h("p", { className: "ag-hint", text: "Click an actor to see what it said and what was said about it, or a relation to see every sentence behind it." }));
    panel.removeAttribute("data-showing");
  }
  function refreshPanel() {
    var sel = state.selected;
    if (sel.kind === "node") { showNode(sel.id); } else { showEdge(sel.id); }
  }
  api.showEdge = showEdge; api.showNode = showNode; api.clearSelection = clearSelection;

  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
    else { clearSelection(); }
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { clearSelection(); } });

  // ------------------------------------------------------------------ search
  var names = [];
  DATA.nodes.forEach(function (n) {
    [n.label, n.id].concat(n.aliases).forEach(function (name) { names.push([name.toLowerCase(), n.id]); });
  });
  var datalist = $("ag-actors");
  DATA.nodes.slice().sort(function (a, b) { return a.label.localeCompare(b.label); })
    .forEach(function (n) { add(datalist, h("option", { value: n.label })); });
  function findActor(text, loose) {
    var q = text.trim().toLowerCase();
    if (!q) { return null; }
    var i;
    for (i = 0; i < names.length; i++) { if (names[i][0] === q) { return names[i][1]; } }
    if (!loose) { return null; }
    for (i = 0; i < names.length; i++) { if (names[i][0].indexOf(q) === 0) { return names[i][1]; } }
    for (i = 0; i < names.length; i++) { if (names[i][0].indexOf(q) >= 0) { return names[i][1]; } }
    return null;
  }
  function focusActor(id) {
    if (!nodeById[id]) { return false; }
    if (nodes.get(id).hidden) {
      $("ag-search-msg").textContent = labelOf(id) + " is hidden by the filters";
      return false;
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showNode(id);
    $("ag-search-msg").textContent = "";
    return true;
  }
  api.focusActor = focusActor;
  var search = $("ag-search");
  search.addEventListener("input", function () {
    var id = findActor(search.value, false);
    if (id) { focusActor(id); } else { $("ag-search-msg").textContent = ""; }
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") { return; }
    var id = findActor(search.value, true);
    if (id) { focusActor(id); } else { $("ag-search-msg").textContent = "no actor matches"; }
  });

  $("ag-reset").addEventListener("click", function () {
    document.querySelectorAll("#ag-side input[type=checkbox]").forEach(function (c) { c.checked = true; });
    DATA.types.forEach(function (t) { state.types.add(t.name); });
    DATA.families.forEach(function (f) { state.families.add(f.name); });
    state.polarity.add("positive"); state.polarity.add("negative");
    state.article = -1; artSelect.value = "-1";
    state.from = 0; state.to = Math.max(0, DATA.dates.length - 1);
    tFrom.value = "0"; tTo.value = String(state.to); timeLabel();
    search.value = ""; $("ag-search-msg").textContent = "";
    state.fullClaims = !DATA.faint_family;
    if ($("ag-faint-toggle")) { $("ag-faint-toggle").checked = state.fullClaims; }
    clearSelection();
    applyFilters();
    network.fit({ animation: { duration: 300 } });
  });

  applyFilters();
})();
