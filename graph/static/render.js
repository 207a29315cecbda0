// govgraph network page: filters, search, neighbourhood highlight, details panel (text only, never HTML).
(function () {
  "use strict";
  var t0 = performance.now();
  var data = JSON.parse(document.getElementById("govgraph-data").textContent);
  var timings = {parsed: performance.now() - t0};
  var byId = new Map(), edgeById = new Map();
  data.nodes.forEach(function (n) { byId.set(n.id, n); });
  data.edges.forEach(function (e) { edgeById.set(e.id, e); });
  var big = data.edges.length > 3000 || data.nodes.length > 2000;
  var dashed = data.edges.length <= 3000;  // dashed lines cost ~6x the drawing time of solid ones

  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) x.textContent = String(text);
    if (cls) x.className = cls;
    return x;
  }
  function clear(x) { while (x.firstChild) x.removeChild(x.firstChild); }

  function fontSize(n) { return Math.round(Math.min(15 + 3 * Math.sqrt(n.degree), 40)); }  // hubs legible from afar
  var visNodes = data.nodes.map(function (n) {
    var item = Object.assign({}, n);
    item.font = {size: fontSize(n)};
    item.title = n.name + "\n" + n.type + (n.place ? " · " + n.place : "") + " · degree " + n.degree;
    return item;
  });
  var edgeStyle = new Map(data.legend.predicates.map(function (p) { return [p.predicate, p]; }));
  var visEdges = data.edges.map(function (e) {
    var style = edgeStyle.get(e.predicate);
    var item = Object.assign({color: style.color, dashes: dashed && style.dashes, arrows: style.directed ? "to" : ""}, e);
    if (e.review === "rejected") { item.color = "#bbbbbb"; item.dashes = true; }  // an analyst rejected it
    var ev = e.evidence && e.evidence.length ? e.evidence[0].quote : "";
    item.title = e.predicate + (e.count !== null ? " ×" + e.count + (e.approx ? "+" : "") : "") + (ev ? "\n" + ev : "");
    return item;
  });
  var nodesDS = new vis.DataSet(visNodes), edgesDS = new vis.DataSet(visEdges);
  timings.datasets = performance.now() - t0;
  var state = {predicates: new Set(data.legend.predicates.map(function (p) { return p.predicate; })),
               place: "", shownNodes: null, shownEdges: null, highlighted: null, unconnected: false, hidden: 0};
  var nodesView = new vis.DataView(nodesDS, {filter: function (n) { return !state.shownNodes || state.shownNodes.has(n.id); }});
  // rejected relations (govgraph render --rejected) stay hidden until asked for
  state.rejected = false;
  var edgesView = new vis.DataView(edgesDS, {filter: function (e) {
    return (state.rejected || e.review !== "rejected") && (!state.shownEdges || state.shownEdges.has(e.id)); }});
  if (data.edges.some(function (e) { return e.review === "rejected"; })) {
    var toggle = document.createElement("input"); toggle.type = "checkbox"; toggle.id = "show-rejected";
    var label = document.createElement("label"); label.appendChild(toggle);
    label.appendChild(document.createTextNode(" show rejected relations"));
    document.getElementById("predicates").parentNode.insertBefore(label, document.getElementById("predicates"));
    toggle.addEventListener("change", function () { state.rejected = toggle.checked; edgesView.refresh(); showStats(); });
  }
  var options = {
    autoResize: true,
    physics: false,
    layout: {improvedLayout: false},
    groups: data.groups,
    interaction: {hover: !big, tooltipDelay: 200, hideEdgesOnDrag: big, hideEdgesOnZoom: big, keyboard: false},
    nodes: {font: {size: 16, color: "#222", strokeWidth: 3, strokeColor: "#ffffff",
                   face: 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif'},
            scaling: {label: {drawThreshold: 6}}},
    edges: {smooth: false, selectionWidth: 2, hoverWidth: 1, arrowStrikethrough: false,
            arrows: {to: {scaleFactor: 0.6}}}
  };
  var container = document.getElementById("net");
  var network = new vis.Network(container, {nodes: nodesView, edges: edgesView}, options);
  timings.network = performance.now() - t0;

  // ----- places: the chosen place and everything located in it -----
  var children = new Map();
  data.places.forEach(function (p) {
    p.within.forEach(function (up) {
      if (!children.has(up)) children.set(up, []);
      children.get(up).push(p.name);
    });
  });
  function inside(place) {
    var seen = new Set([place]), todo = [place];
    while (todo.length) {
      (children.get(todo.pop()) || []).forEach(function (c) { if (!seen.has(c)) { seen.add(c); todo.push(c); } });
    }
    return seen;
  }
  function isPlaceNode(n) { return n.type === "Place"; }
  function nodeIn(n, places) { return places.has(n.place) || (isPlaceNode(n) && places.has(n.name)); }

  // Entities tied by no relation shown are hidden unless the "unconnected" box is ticked.
  function refilter() {
    unhighlight();
    var places = state.place ? inside(state.place) : null;
    var ns = new Set(), es = new Set();
    data.edges.forEach(function (e) {
      if (!state.predicates.has(e.predicate)) return;
      if (places && !(places.has(e.place) || nodeIn(byId.get(e.from), places) || nodeIn(byId.get(e.to), places))) return;
      es.add(e.id); ns.add(e.from); ns.add(e.to);
    });
    state.hidden = 0;
    data.nodes.forEach(function (n) {
      if (ns.has(n.id)) return;
      if (!n.unconnected && n.degree === 0) { ns.add(n.id); return; }  // the focus
      if (places && !nodeIn(n, places)) return;
      if (state.unconnected) ns.add(n.id); else state.hidden += 1;
    });
    state.shownNodes = ns.size === data.nodes.length ? null : ns;
    state.shownEdges = es.size === data.edges.length ? null : es;
    nodesView.refresh(); edgesView.refresh();
    showStats();
  }
  function showStats() {
    document.getElementById("stats").textContent =
      nodesView.length + " entities · " + edgesView.length + " relations shown" +
      (state.hidden ? " (" + state.hidden + " unconnected hidden)" : "");
  }

  // ----- neighbourhood highlight: dim what is not next to the chosen node -----
  var dimmedNodes = [], dimmedEdges = [];
  var DIM_NODE = {background: "#eeeeee", border: "#dddddd", highlight: {background: "#eeeeee", border: "#dddddd"}};
  function unhighlight() {
    if (!state.highlighted) return;
    state.highlighted = null;
    nodesDS.update(dimmedNodes.map(function (id) {
      var n = byId.get(id);
      return {id: id, color: data.groups[n.group].color, font: {color: "#222", size: fontSize(n)}};
    }));
    edgesDS.update(dimmedEdges.map(function (id) { return {id: id, color: edgeStyle.get(edgeById.get(id).predicate).color}; }));
    dimmedNodes = []; dimmedEdges = [];
  }
  // Dimming rewrites every other item (about 1 s per 5k nodes in headless Chromium), so
  // bigger views select the neighbourhood instead: bold outlines and labels, O(neighbours).
  var DIM_LIMIT = 1500;
  function highlight(id) {
    unhighlight();
    var near = new Set(network.getConnectedNodes(id)); near.add(id);
    var edgesNear = network.getConnectedEdges(id);
    state.highlighted = id;
    if (nodesView.length > DIM_LIMIT) {
      network.setSelection({nodes: Array.from(near), edges: edgesNear}, {highlightEdges: false});
      return;
    }
    edgesNear = new Set(edgesNear);
    dimmedNodes = nodesView.getIds().filter(function (n) { return !near.has(n); });
    nodesDS.update(dimmedNodes.map(function (id) {
      return {id: id, color: DIM_NODE, font: {color: "#bbbbbb", size: fontSize(byId.get(id))}};
    }));
    dimmedEdges = edgesView.getIds().filter(function (e) { return !edgesNear.has(e); });
    edgesDS.update(dimmedEdges.map(function (e) { return {id: e, color: "#eeeeee"}; }));
  }

  // ----- side panel, always textContent -----
  var details = document.getElementById("details");
  function row(dl, term, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
    dl.appendChild(el("dt", term));
    dl.appendChild(el("dd", Array.isArray(value) ? value.join("、") : value));
  }
  function showNode(id) {
    var n = byId.get(id); if (!n) return false;
    clear(details);
    details.appendChild(el("h3", n.name));
    var dl = el("dl");
    row(dl, "type", n.type); row(dl, "level", n.level); row(dl, "place", n.place);
    row(dl, "aliases", n.aliases); row(dl, "documents", n.documents); row(dl, "relations", n.degree);
    details.appendChild(dl);
    return true;
  }
  // a document's title, date and publisher, and a link to its page (http/https only)
  function showDocument(name) {
    var m = (data.documents || {})[name]; if (!m) return;
    var line = [m.title, m.date, m.publisher].filter(function (x) { return x; }).join(" · ");
    if (line) details.appendChild(el("div", line, "muted document"));
    if (m.source && /^https?:\/\//i.test(m.source)) {
      var a = el("a", m.source, "muted document-link");
      a.setAttribute("href", m.source); a.setAttribute("target", "_blank"); a.setAttribute("rel", "noopener noreferrer");
      details.appendChild(a);
    }
  }
  function endpoint(id) { var n = byId.get(id); return n ? n.name + (n.place ? "（" + n.place + "）" : "") : String(id); }
  function showEdge(id) {
    var e = edgeById.get(id); if (!e) return false;
    clear(details);
    details.appendChild(el("h3", endpoint(e.from) + (edgeStyle.get(e.predicate).directed ? " → " : " ↔ ") + endpoint(e.to)));
    var dl = el("dl");
    row(dl, "relation", e.predicate);
    if (e.count !== null) row(dl, "count", (e.approx ? "about " : "") + e.count);
    row(dl, "role", e.role); row(dl, "place", e.place);
    row(dl, "review", e.review || "not reviewed");
    details.appendChild(dl);
    e.evidence.forEach(function (ev) {
      details.appendChild(el("blockquote", ev.quote, "quote"));
      var where = ev.document + (ev.start !== null && ev.start !== undefined ? " @" + ev.start + "–" + ev.end : "") +
                  (ev.sentence !== null && ev.sentence !== undefined ? " · sentence " + ev.sentence : "");
      details.appendChild(el("div", where, "muted source"));
      showDocument(ev.document);
    });
    return true;
  }

  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); highlight(params.nodes[0]); }
    else if (params.edges.length) { unhighlight(); showEdge(params.edges[0]); }
    else { unhighlight(); }
  });

  function selectNode(id) {
    if (!byId.has(id)) return false;
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.0), animation: false});
    showNode(id); highlight(id);
    return true;
  }
  function selectEdge(id) {
    if (!edgeById.has(id)) return false;
    network.selectEdges([id]);
    unhighlight();
    return showEdge(id);
  }

  // ----- search -----
  var search = document.getElementById("search"), matches = document.getElementById("matches");
  function find(text) {
    var q = text.trim().toLowerCase(); if (!q) return [];
    var out = [];
    for (var i = 0; i < data.nodes.length && out.length < 20; i++) {
      var n = data.nodes[i];
      if (state.shownNodes && !state.shownNodes.has(n.id)) continue;
      if (n.name.toLowerCase().indexOf(q) >= 0 || n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; })) out.push(n);
    }
    return out;
  }
  search.addEventListener("input", function () {
    clear(matches);
    find(search.value).forEach(function (n) {
      var li = el("li", n.name + (n.place ? "（" + n.place + "）" : ""));
      li.addEventListener("click", function () { selectNode(n.id); });
      matches.appendChild(li);
    });
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var hit = find(search.value)[0]; if (hit) selectNode(hit.id); }
  });

  // ----- legend and filters -----
  var predBox = document.getElementById("predicates");
  data.legend.predicates.forEach(function (p) {
    var label = el("label", null, "legend-row");
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.value = p.predicate;
    box.addEventListener("change", function () {
      if (box.checked) state.predicates.add(p.predicate); else state.predicates.delete(p.predicate);
      refilter();
    });
    var line = el("span", null, "line");
    line.style.borderTopColor = p.color;
    line.style.borderTopStyle = dashed && p.dashes ? "dashed" : "solid";
    label.appendChild(box); label.appendChild(line);
    label.appendChild(el("span", p.label + (p.label !== p.predicate ? " " + p.predicate : "") + (p.directed ? " →" : " ↔")));
    predBox.appendChild(label);
  });
  var typeBox = document.getElementById("types");
  data.legend.types.forEach(function (t) {
    var r = el("div", null, "legend-row");
    var g = el("span", t.glyph, "glyph"); g.style.color = t.color;
    r.appendChild(g); r.appendChild(el("span", t.label + (t.label !== t.type ? " " + t.type : "")));
    typeBox.appendChild(r);
  });
  var levelBox = document.getElementById("levels");
  data.legend.levels.forEach(function (lv) { levelBox.appendChild(el("div", lv.level + ": " + lv.label, "muted")); });
  var placeSel = document.getElementById("place");
  data.places.forEach(function (p) { var o = el("option", p.name); o.value = p.name; placeSel.appendChild(o); });
  placeSel.addEventListener("change", function () { state.place = placeSel.value; refilter(); });
  if (data.omitted) document.getElementById("omitted").textContent = data.omitted.note;
  document.getElementById("reset").addEventListener("click", function () {
    unhighlight(); network.unselectAll(); network.fit({animation: false});
  });
  var unconnectedBox = document.getElementById("unconnected");
  unconnectedBox.addEventListener("change", function () { state.unconnected = unconnectedBox.checked; refilter(); });
  refilter();
  network.fit({animation: false});

  var api = {
    network: network, data: data, ready: false, drawnAt: null, timings: timings,
    counts: function () { return {nodes: nodesView.length, edges: edgesView.length}; },
    selectNode: selectNode, selectEdge: selectEdge, find: function (t) { return find(t).map(function (n) { return n.id; }); },
    setUnconnected: function (on) { unconnectedBox.checked = !!on; state.unconnected = !!on; refilter(); return api.counts(); },
    setPlace: function (p) { placeSel.value = p; state.place = p; refilter(); return api.counts(); },
    setPredicates: function (list) { state.predicates = new Set(list); 
      predBox.querySelectorAll("input").forEach(function (b) { b.checked = state.predicates.has(b.value); });
      refilter(); return api.counts(); },
    details: function () { return details.textContent; },
    dimmed: function () { return dimmedNodes.length; }
  };
  window.govgraph = api;
  network.once("afterDrawing", function () {
    api.ready = true; api.drawnAt = performance.now(); timings.drawn = api.drawnAt - t0;
  });
  network.redraw();
})();
