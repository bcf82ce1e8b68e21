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
  if (META.cut_nodes || META.cut_edges) {
    document.getElementById("kg-cut").textContent = "Large graph: kept the " + DATA.nodes.length + " nodes highest by " +
      META.measure + " of " + META.total_nodes + "; " + META.cut_nodes + " node(s) and " + META.cut_edges + " edge(s) cut.";
  }

  function visibleFacts(edge) {
    var wanted = {};
    Array.prototype.forEach.call(typesBox.querySelectorAll("input"), function (b) { wanted[b.value] = b.checked; });
    var from = fromBox.value, to = toBox.value;
    return edge.facts.filter(function (f) {
      if (wanted[f.type] === false) return false;
      if ((from || to) && !f.date) return false;
      if (from && f.date < from) return false;
      if (to && f.date > to) return false;
      return true;
    });
  }

  function edgeLook(edge, facts) {
    var types = [], tone = 0;
    facts.forEach(function (f) { if (types.indexOf(short(f.type)) < 0) types.push(short(f.type)); tone += f.tone || 0; });
    var colour = tone < 0 ? HOSTILE : NEUTRAL;
    return {
      id: edge.id, from: edge.from, to: edge.to, value: facts.length, hidden: facts.length === 0,
      label: types.join(", "), title: facts.length + " fact(s): " + types.join(", ") + (tone < 0 ? " (hostile)" : ""),
      color: { color: colour, highlight: colour, hover: colour }, font: { size: 11, align: "middle" }
    };
  }

  // ---------------------------------------------------------------- network
  var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
    var item = { id: n.id, label: n.label, title: n.label + " (" + n.code + ")", size: n.size, shape: n.shape,
                 color: n.color, font: { size: 14 } };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }));
  var edges = new vis.DataSet(DATA.edges.map(function (e) { return edgeLook(e, e.facts); }));
  var network = new vis.Network(document.getElementById("kg-network"), { nodes: nodes, edges: edges }, {
    physics: { enabled: META.physics, stabilization: { iterations: 200 }, barnesHut: { springLength: 220 } },
    edges: { scaling: { min: 1, max: 8, label: { enabled: false } }, smooth: false },
    nodes: { borderWidth: 1 },
    interaction: { hover: true, tooltipDelay: 150 }
  });

  function applyFilters() {
    var degree = {};
    var updates = DATA.edges.map(function (e) {
      var look = edgeLook(e, visibleFacts(e));
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

  function showFacts(heading, sub, list) {
    clear(panel);
    panel.appendChild(el("h3", heading, { dir: "auto", "class": "kg-label" }));
    if (sub) panel.appendChild(el("p", sub, { "class": "kg-note", dir: "auto" }));
    if (!list.length) panel.appendChild(el("p", "No facts under the current filters.", { "class": "kg-note" }));
    list.forEach(function (f) { panel.appendChild(factBlock(f)); });
  }

  function showNode(id) {
    var n = nodeById[id];
    if (!n) return;
    var list = [], seen = {};
    DATA.edges.forEach(function (e) {
      if (e.from !== id && e.to !== id) return;
      visibleFacts(e).forEach(function (f) { if (!seen[f.event]) { seen[f.event] = true; list.push(f); } });
    });
    list.sort(function (a, b) { return (a.date || "").localeCompare(b.date || "") || a.event.localeCompare(b.event); });
    showFacts(n.label, n.kind + " · " + n.code + " · " + META.measure + " " + n.measure, list);
  }

  function showEdge(id) {
    var e = edgeById[id];
    if (!e) return;
    showFacts(nodeById[e.from].label + " – " + nodeById[e.to].label, null, visibleFacts(e));
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
    var result = { drawn: counts(), canvas: Boolean(document.querySelector("#kg-network canvas")), panels: {}, edges: {}, filters: {}, search: null };
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
    result.meta = { cut_nodes: META.cut_nodes, cut_edges: META.cut_edges, physics: META.physics };
    var pre = document.getElementById("kg-selftest");
    pre.textContent = JSON.stringify(result);
    pre.hidden = false;
  }
  network.once("stabilizationIterationsDone", function () { network.fit(); });
  network.once("stabilized", function () { network.redraw(); network.fit(); });
  if (!META.physics) setTimeout(function () { network.fit(); }, 0);
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
