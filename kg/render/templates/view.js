/* kg interactive view: reads its data from #kg-data and builds every text with DOM text nodes. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var META = DATA.meta;
  var HOSTILE = "#c53030", NEUTRAL = "#718096";

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (attrs) Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function short(type) { return String(type).replace(/^statement_/, "").replace(/^membership:/, "").replace(/_/g, " "); }

  document.title = META.title;
  document.getElementById("kg-title").textContent = META.title;
  if (META.home) {
    var home = document.getElementById("kg-home");
    home.setAttribute("href", META.home);
    home.hidden = false;
  }

  var nodeById = {};
  DATA.nodes.forEach(function (n) { nodeById[n.id] = n; });
  var edgeById = {};
  DATA.edges.forEach(function (e) { edgeById[e.id] = e; });

  // ---------------------------------------------------------------- legend and filters
  var legend = document.getElementById("kg-legend");
  Object.keys(META.kinds).forEach(function (k) {
    var item = el("li"), sw = el("span", null, { "class": "kg-swatch " + META.kinds[k].shape });
    sw.style.background = META.kinds[k].colour;
    sw.style.setProperty("--c", META.kinds[k].colour);
    item.appendChild(sw); item.appendChild(document.createTextNode(META.kinds[k].name));
    legend.appendChild(item);
  });
  [[NEUTRAL, "Edge: neutral or friendly"], [HOSTILE, "Edge: hostile (negative tone)"]].forEach(function (pair) {
    var item = el("li"), sw = el("span", null, { "class": "kg-swatch line" });
    sw.style.background = pair[0];
    item.appendChild(sw); item.appendChild(document.createTextNode(pair[1]));
    legend.appendChild(item);
  });
  legend.appendChild(el("li", "Node size: " + META.measure + "; edge width: number of facts", { "class": "kg-note" }));

  var typesBox = document.getElementById("kg-types");
  META.types.forEach(function (t) {
    var label = el("label"), box = el("input", null, { type: "checkbox", value: t, "data-type": t });
    box.checked = true;
    box.addEventListener("change", applyFilters);
    label.appendChild(box); label.appendChild(document.createTextNode(" " + short(t)));
    typesBox.appendChild(label);
  });
  var fromBox = document.getElementById("kg-from"), toBox = document.getElementById("kg-to");
  if (META.dates[0]) { fromBox.min = toBox.min = META.dates[0]; }
  if (META.dates[1]) { fromBox.max = toBox.max = META.dates[1]; }
  fromBox.addEventListener("change", applyFilters);
  toBox.addEventListener("change", applyFilters);
  var cutNotes = [];
  if (META.chosen) {
    // The store chose the nodes (the most active persons or actors) before anything was drawn.
    cutNotes.push("Large graph: " + META.chosen + ".");
  }
  if (META.cut_nodes) {
    cutNotes.push("Large graph: kept the " + DATA.nodes.length + " nodes highest by " + META.measure + " of " +
                  META.total_nodes + "; " + META.cut_nodes + " node(s) cut.");
  }
  if (META.cut_edges) {
    cutNotes.push(META.cut_edges + " of " + META.total_edges + " edge(s) cut" +
                  (META.cut_nodes ? " (with the nodes, or as the lightest beyond " + META.max_edges + ")." : "."));
  }
  if (META.unlisted_facts) {
    cutNotes.push(META.unlisted_facts + " older fact(s) are counted in edge widths and filters but not listed with their evidence.");
  }
  document.getElementById("kg-cut").textContent = cutNotes.join(" ");

  function passes(type, date) {
    var box = typesBox.querySelector('input[data-type="' + CSS.escape(type) + '"]');
    if (box && !box.checked) return false;
    var from = fromBox.value, to = toBox.value;
    if ((from || to) && !date) return false;
    if (from && date < from) return false;
    if (to && date > to) return false;
    return true;
  }
  function visibleFacts(edge) { return edge.facts.filter(function (f) { return passes(f.type, f.date); }); }
  // Facts a large graph does not list are kept as [type, date, count, tone], so counts stay exact.
  function visibleRest(edge) { return (edge.rest || []).filter(function (r) { return passes(r[0], r[1]); }); }

  function edgeLook(edge, facts, rest) {
    var types = [], tone = 0, count = facts.length;
    function add(type, t) { if (types.indexOf(short(type)) < 0) types.push(short(type)); tone += t || 0; }
    facts.forEach(function (f) { add(f.type, f.tone); });
    rest.forEach(function (r) { add(r[0], r[3]); count += r[2]; });
    var colour = tone < 0 ? HOSTILE : NEUTRAL;
    return {
      id: edge.id, from: edge.from, to: edge.to, value: count, hidden: count === 0,
      // An empty label would still draw its background box on the edge.
      label: (edge.label !== undefined ? edge.label : types.join(", ")) || undefined,
      title: count + " fact(s): " + types.join(", ") + (tone < 0 ? " (hostile)" : ""),
      color: { color: colour, highlight: colour, hover: colour }, font: { size: 11, align: "horizontal", background: "rgba(255,255,255,0.85)", strokeWidth: 0 }
    };
  }

  // ---------------------------------------------------------------- network
  var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
    var item = { id: n.id, label: n.label, title: n.label + " (" + n.code + ")", size: n.size, shape: n.shape,
                 color: n.color, font: { size: 14 } };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }));
  var edges = new vis.DataSet(DATA.edges.map(function (e) { return edgeLook(e, e.facts, e.rest || []); }));
  // The positions come with the data, so there is no simulation to wait for: the first frame is final.
  var network = new vis.Network(document.getElementById("kg-network"), { nodes: nodes, edges: edges }, {
    physics: { enabled: false },
    edges: { scaling: { min: 1, max: 8, label: { enabled: false } }, smooth: false },
    nodes: { borderWidth: 1 },
    interaction: { hover: true, tooltipDelay: 150 }
  });

  function applyFilters() {
    var degree = {};
    var updates = DATA.edges.map(function (e) {
      var look = edgeLook(e, visibleFacts(e), visibleRest(e));
      if (!look.hidden) { degree[e.from] = (degree[e.from] || 0) + 1; degree[e.to] = (degree[e.to] || 0) + 1; }
      return look;
    });
    edges.update(updates);
    var filtering = fromBox.value || toBox.value ||
      Array.prototype.some.call(typesBox.querySelectorAll("input"), function (b) { return !b.checked; });
    nodes.update(DATA.nodes.map(function (n) { return { id: n.id, hidden: Boolean(filtering && !degree[n.id]) }; }));
    showCounts();
  }

  function counts() {
    return { nodes: nodes.get({ filter: function (n) { return !n.hidden; } }).length,
             edges: edges.get({ filter: function (e) { return !e.hidden; } }).length };
  }
  function showCounts() {
    var c = counts();
    document.getElementById("kg-counts").textContent = c.nodes + " node(s), " + c.edges + " edge(s)";
  }
  showCounts();

  // ---------------------------------------------------------------- side panel
  var panel = document.getElementById("kg-panel-body");

  function factBlock(f) {
    var box = el("dl", null, { "class": "kg-fact" });
    function row(name, value, cls) {
      if (value === null || value === undefined || value === "") return;
      box.appendChild(el("dt", name));
      var dd = el("dd", value, { dir: "auto" });
      if (cls) dd.className = cls;
      box.appendChild(dd);
    }
    row("Event type", short(f.type), f.tone < 0 ? "kg-hostile" : null);
    row("Date", f.date || "undated");
    row("Parties", (f.parties || []).join(" · "));
    if (f.place) row("Place", f.place);
    if (f.documents) row("Documents", f.documents);
    if (f.end) row("Until", f.end);
    row("Evidence", f.quote, "kg-quote");
    row("Article", f.article);
    row("Tone", f.tone ? f.tone.toFixed(1) : null);
    return box;
  }

  function showFacts(heading, sub, list, rest) {
    clear(panel);
    panel.appendChild(el("h3", heading, { dir: "auto", "class": "kg-label" }));
    if (sub) panel.appendChild(el("p", sub, { "class": "kg-note", dir: "auto" }));
    var more = {}, moreTotal = 0;
    (rest || []).forEach(function (r) { more[short(r[0])] = (more[short(r[0])] || 0) + r[2]; moreTotal += r[2]; });
    if (!list.length && !moreTotal) panel.appendChild(el("p", "No facts under the current filters.", { "class": "kg-note" }));
    if (moreTotal) {
      panel.appendChild(el("p", moreTotal + " older fact(s) not listed (large graph): " + Object.keys(more).sort().map(function (t) {
        return t + " " + more[t]; }).join(", "), { "class": "kg-note kg-more" }));
    }
    list.forEach(function (f) { panel.appendChild(factBlock(f)); });
  }

  function showNode(id) {
    var n = nodeById[id];
    if (!n) return;
    var list = [], seen = {}, rest = [];
    DATA.edges.forEach(function (e) {
      if (e.from !== id && e.to !== id) return;
      visibleFacts(e).forEach(function (f) { if (!seen[f.event]) { seen[f.event] = true; list.push(f); } });
      rest = rest.concat(visibleRest(e));
    });
    list.sort(function (a, b) { return (a.date || "").localeCompare(b.date || "") || a.event.localeCompare(b.event); });
    showFacts(n.label, n.kind + " · " + n.code + " · " + META.measure + " " + n.measure, list, rest);
  }

  function showEdge(id) {
    var e = edgeById[id];
    if (!e) return;
    showFacts(nodeById[e.from].label + " – " + nodeById[e.to].label, null, visibleFacts(e), visibleRest(e));
  }

  function onClick(params) {
    if (params.nodes && params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges && params.edges.length) showEdge(params.edges[0]);
  }
  network.on("click", onClick);

  // ---------------------------------------------------------------- search
  var list = document.getElementById("kg-search-list");
  DATA.nodes.forEach(function (n) { list.appendChild(el("option", null, { value: n.label })); });
  function find(text) {
    var q = String(text || "").trim().toLowerCase();
    if (!q) return null;
    var exact = DATA.nodes.filter(function (n) { return n.label.toLowerCase() === q || String(n.code).toLowerCase() === q || n.id.toLowerCase() === q; });
    var hits = exact.length ? exact : DATA.nodes.filter(function (n) { return n.label.toLowerCase().indexOf(q) >= 0; });
    return hits.length ? hits[0] : null;
  }
  document.getElementById("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var hit = find(document.getElementById("kg-search").value), out = document.getElementById("kg-search-result");
    if (!hit) { out.textContent = "not found"; return; }
    out.textContent = "";
    network.selectNodes([hit.id]);
    network.focus(hit.id, { scale: 1.2, animation: { duration: 400 } });
    showNode(hit.id);
  });

  // ---------------------------------------------------------------- self-test (only with #selftest)
  function selftest() {
    var result = { drawn: counts(), canvas: Boolean(document.querySelector("#kg-network canvas")), panels: {}, edges: {}, filters: {}, search: null,
                   scale: network.getScale() };
    DATA.nodes.forEach(function (n) { onClick({ nodes: [n.id], edges: [] }); result.panels[n.id] = panel.textContent; });
    DATA.edges.forEach(function (e) { onClick({ nodes: [], edges: [e.id] }); result.edges[e.from + "|" + e.to] = panel.textContent; });
    Array.prototype.forEach.call(typesBox.querySelectorAll("input"), function (box) {
      box.click();
      result.filters[box.value] = counts();
      box.click();
    });
    result.after_filters = counts();
    if (DATA.nodes.length) {
      document.getElementById("kg-search").value = DATA.nodes[0].code;
      document.getElementById("kg-search-form").dispatchEvent(new Event("submit", { cancelable: true }));
      result.search = { code: DATA.nodes[0].code, selected: network.getSelectedNodes() };
    }
    result.pwned = typeof window.__pwned;
    result.meta = { cut_nodes: META.cut_nodes, cut_edges: META.cut_edges, unlisted_facts: META.unlisted_facts };
    result.cut_note = document.getElementById("kg-cut").textContent;
    var pre = document.getElementById("kg-selftest");
    pre.textContent = JSON.stringify(result);
    pre.hidden = false;
  }
  // Fit the graph in the frame, but never zoom in past 1:1: a graph of two or three nodes would
  // otherwise fill the screen with giant discs.
  function fitView() { network.fit({ maxZoomLevel: 1, animation: false }); }
  fitView();
  window.addEventListener("resize", fitView);
  var shown = /^#show=(.+)$/.exec(location.hash);  // a link to a node: page.html#show=IR
  if (shown && nodeById[decodeURIComponent(shown[1])]) {
    network.selectNodes([decodeURIComponent(shown[1])]);
    showNode(decodeURIComponent(shown[1]));
  }
  if (location.hash === "#selftest") {
    var done = false;
    var run = function () { if (!done) { done = true; selftest(); } };
    network.once("afterDrawing", function () { setTimeout(run, 0); });
    setTimeout(run, 3000);
  }
  window.kgView = { network: network, nodes: nodes, edges: edges, showNode: showNode, showEdge: showEdge };
})();
