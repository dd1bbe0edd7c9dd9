/* kg graph page: search, filters, neighbourhood highlight and the evidence panel.
 * Article text is only ever put in the DOM with textContent, never innerHTML. */
(function () {
  "use strict";
  var raw = JSON.parse(document.getElementById("kg-data").textContent);
  var page = raw.page;
  var info = page.nodes;
  var edgeInfo = page.edges;
  var byId = function (id) { return document.getElementById(id); };

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function safeHref(url) {
    if (!url) return null;
    try {
      var parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (e) { return null; }
  }

  function dateBounds(d) {
    d = String(d).slice(0, 10);
    if (d.length === 4) return [d + "-01-01", d + "-12-31"];
    if (d.length === 7) return [d + "-01", d + "-31"];
    return [d, d];
  }
  function inRange(d, since, until) {
    if (!d) return false;
    var b = dateBounds(d);
    if (since && b[1] < since) return false;
    return !(until && b[0] > until);
  }

  // ---- plain-text tooltips, built as elements so vis-network never parses HTML
  function nodeTip(i) {
    var n = info[i];
    var lines = [n.label + " (" + n.cls + ")"];
    if (n.names.length) lines.push("also: " + n.names.slice(0, 5).join("; "));
    if (n.cls === "Sanction" && n.amount) lines.push((n.amount + " " + (n.currency || "")).trim());
    var tip = el("div", lines.join("\n"));
    return tip;
  }
  function edgeTip(i) {
    var e = edgeInfo[i];
    var lines = [info[e.from].label + " — " + e.label + " → " + info[e.to].label];
    if (e.evidence.length) {
      var ev = page.evidence[e.evidence[0]];
      lines.push("“" + ev.sentence + "”");
      var art = page.articles[ev.article];
      if (art) lines.push((art.title || art.id) + (art.date ? " (" + art.date + ")" : ""));
      if (e.evidence.length > 1) lines.push("+ " + (e.evidence.length - 1) + " more; click for all");
    }
    return el("div", lines.join("\n"));
  }

  var visNodes = raw.vis.nodes.map(function (n) { n.title = nodeTip(n.id); return n; });
  var visEdges = raw.vis.edges.map(function (e) { e.title = edgeTip(e.id); return e; });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var container = byId("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, raw.vis.options);
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;

  // ---- ready flag for tests and the benchmark: drawn, and not moving any more
  window.__kgReady = false;
  function markReady() {
    network.once("afterDrawing", function () {
      window.__kgReady = true;
      window.__kgReadyAt = performance.now();
      document.body.setAttribute("data-kg-ready", "1");
    });
    network.redraw();
  }
  if (page.precomputed || visNodes.length === 0) {
    if (page.precomputed && page.main && page.main.length > 1) {
      network.fit({ nodes: page.main, animation: false });
    }
    markReady();
  } else {
    // physics has settled the layout before the first draw; switch it off so the
    // picture stays still and the page stays responsive
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      markReady();
    });
    if (network.physics && network.physics.stabilized) markReady();
  }

  // ---- adjacency
  var incident = info.map(function () { return []; });
  edgeInfo.forEach(function (e, i) { incident[e.from].push(i); incident[e.to].push(i); });

  // ---- stats, search names
  byId("kg-stats").textContent = info.length + " nodes, " + edgeInfo.length + " edges, " +
    page.articles.length + " articles";
  var nameIndex = [];
  var datalist = byId("kg-names");
  var seenNames = {};
  info.forEach(function (n, i) {
    [n.label].concat(n.names).forEach(function (name) {
      nameIndex.push([name.toLocaleLowerCase(), i]);
      if (!seenNames[name] && n.cls !== "Sanction") {
        seenNames[name] = true;
        var opt = document.createElement("option");
        opt.value = name;
        datalist.appendChild(opt);
      }
    });
  });

  // ---- filter controls
  var shapeGlyph = { dot: "●", diamond: "◆", box: "▬", triangle: "▲", square: "■",
    hexagon: "⬢", triangleDown: "▼" };
  function checkbox(box, name, count, swatch) {
    var label = el("label");
    var input = document.createElement("input");
    input.type = "checkbox";
    input.checked = true;
    input.value = name;
    input.addEventListener("change", applyFilters);
    label.appendChild(input);
    if (swatch) label.appendChild(swatch);
    label.appendChild(el("span", name));
    label.appendChild(el("span", count, "kg-count"));
    box.appendChild(label);
    return input;
  }
  var classInputs = page.classes.map(function (c) {
    var sw = el("span", shapeGlyph[c.shape] || "●", "kg-swatch");
    sw.style.color = c.colour;
    return checkbox(byId("kg-classes"), c.name, c.count, sw);
  });
  var propInputs = page.properties.map(function (p) {
    var sw = el("span", "", "kg-line");
    sw.style.background = p.colour;
    return checkbox(byId("kg-properties"), p.name, p.count, sw);
  });
  var kindInputs = page.kinds.map(function (k) { return checkbox(byId("kg-kinds"), k.name, k.count); });
  if (!page.kinds.length) byId("kg-kinds-box").hidden = true;
  var since = byId("kg-since");
  var until = byId("kg-until");
  if (page.dates) {
    since.min = until.min = page.dates.min;
    since.max = until.max = page.dates.max;
  } else {
    byId("kg-dates-box").hidden = true;
  }
  since.addEventListener("change", applyFilters);
  until.addEventListener("change", applyFilters);

  function checked(inputs) {
    var set = {};
    inputs.forEach(function (input) { if (input.checked) set[input.value] = true; });
    return set;
  }

  var hiddenNode = info.map(function () { return false; });
  var hiddenEdge = edgeInfo.map(function () { return false; });

  function applyFilters() {
    var classes = checked(classInputs);
    var props = checked(propInputs);
    var kinds = checked(kindInputs);
    var from = since.value || null;
    var to = until.value || null;
    var dated = !!(from || to);
    var edgeDateOk = edgeInfo.map(function (e) {
      if (!dated) return true;
      return e.evidence.some(function (k) {
        var art = page.articles[page.evidence[k].article];
        return art ? inRange(art.date, from, to) : false;
      });
    });
    var nodeOk = info.map(function (n, i) {
      if (!classes[n.cls]) return false;
      if (n.cls === "Sanction" && !kinds[n.kind]) return false;
      if (!dated) return true;
      if (n.articles.some(function (a) { return inRange(page.articles[a].date, from, to); })) return true;
      return incident[i].some(function (k) { return edgeDateOk[k]; });
    });
    var nodeUpdates = [];
    var edgeUpdates = [];
    edgeInfo.forEach(function (e, i) {
      var hide = !(props[e.prop] && edgeDateOk[i] && nodeOk[e.from] && nodeOk[e.to]);
      if (hide !== hiddenEdge[i]) { hiddenEdge[i] = hide; edgeUpdates.push({ id: i, hidden: hide }); }
    });
    info.forEach(function (n, i) {
      var hide = !nodeOk[i];
      if (hide !== hiddenNode[i]) { hiddenNode[i] = hide; nodeUpdates.push({ id: i, hidden: hide }); }
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    var shown = hiddenNode.filter(function (h) { return !h; }).length;
    byId("kg-stats").textContent = shown + " of " + info.length + " nodes shown, " +
      hiddenEdge.filter(function (h) { return !h; }).length + " of " + edgeInfo.length + " edges";
  }
  window.kgApplyFilters = applyFilters;
  window.kgHiddenNodes = function () {
    return hiddenNode.map(function (h, i) { return h ? i : -1; }).filter(function (i) { return i >= 0; });
  };

  byId("kg-reset").addEventListener("click", function () {
    classInputs.concat(propInputs, kindInputs).forEach(function (input) { input.checked = true; });
    since.value = "";
    until.value = "";
    applyFilters();
    clearHighlight();
    network.fit({ animation: false });
  });

  // ---- neighbourhood highlight
  var dimmed = false;
  // dimming rewrites every node and edge; past this size that takes over a second,
  // so large pages rely on vis-network's own selection highlight instead
  var DIM_LIMIT = 1500;
  function highlight(nodeIds, edgeIds) {
    if (info.length > DIM_LIMIT) return;
    var keepN = {};
    nodeIds.forEach(function (i) { keepN[i] = true; });
    var keepE = {};
    edgeIds.forEach(function (i) { keepE[i] = true; });
    nodes.update(info.map(function (n, i) { return { id: i, opacity: keepN[i] ? 1 : 0.18 }; }));
    edges.update(edgeInfo.map(function (e, i) {
      return { id: i, color: { opacity: keepE[i] ? 1 : 0.12 } };
    }));
    dimmed = true;
  }
  function clearHighlight() {
    if (!dimmed) return;
    nodes.update(info.map(function (n, i) { return { id: i, opacity: 1 }; }));
    edges.update(edgeInfo.map(function (e, i) { return { id: i, color: { opacity: 1 } }; }));
    dimmed = false;
  }

  // ---- side panel
  var panel = byId("kg-panel");
  function evidenceBlock(k) {
    var ev = page.evidence[k];
    var box = el("div", null, "kg-evidence");
    box.appendChild(el("blockquote", ev.sentence));
    var art = page.articles[ev.article];
    if (art) {
      var src = el("div", null, "kg-source");
      src.appendChild(document.createTextNode((art.title || art.id) + (art.date ? " · " + art.date : "") + " "));
      var href = safeHref(art.url);
      if (href) {
        var a = el("a", "source");
        a.href = href;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        src.appendChild(a);
      }
      box.appendChild(src);
    }
    var meta = [];
    if (ev.modality) meta.push(ev.modality);
    if (ev.confidence !== null && ev.confidence !== undefined) meta.push("confidence " + ev.confidence);
    if (ev.rule) meta.push("rule " + ev.rule);
    if (meta.length) box.appendChild(el("div", meta.join(" · "), "kg-meta"));
    return box;
  }
  function nodeLink(i) {
    var b = el("button", info[i].label, "kg-link");
    b.type = "button";
    b.addEventListener("click", function () { focusNode(i, true); });
    return b;
  }
  function badge(cls) {
    var b = el("span", cls, "kg-badge");
    var c = page.classes.filter(function (x) { return x.name === cls; })[0];
    b.style.background = c ? c.colour : "#777";
    return b;
  }

  function showNode(i) {
    var n = info[i];
    panel.replaceChildren();
    panel.setAttribute("data-node", String(i));
    panel.removeAttribute("data-edge");
    panel.appendChild(el("h2", n.label));
    panel.appendChild(badge(n.cls));
    if (n.cls === "Sanction") {
      var facts = [["kind", n.kind], ["amount", n.amount ? (n.amount + " " + (n.currency || "")).trim() : null],
        ["date", n.date], ["reason", n.reason]];
      var dl = el("ul", null, "kg-names");
      facts.forEach(function (f) { if (f[1]) dl.appendChild(el("li", f[0] + ": " + f[1])); });
      panel.appendChild(dl);
    }
    if (n.names.length) {
      panel.appendChild(el("h3", "Other names"));
      var ul = el("ul", null, "kg-names");
      n.names.forEach(function (name) { ul.appendChild(el("li", name)); });
      panel.appendChild(ul);
    }
    panel.appendChild(el("h3", "Facts (" + incident[i].length + ")"));
    var list = el("ul", null, "kg-facts");
    var evidenceSeen = {};
    var evidenceOrder = [];
    incident[i].forEach(function (k) {
      var e = edgeInfo[k];
      var li = el("li");
      // every fact reads as a sentence: subject, property, object
      if (e.from === i) {
        li.appendChild(el("strong", n.label));
        li.appendChild(el("span", " " + e.label + " "));
        li.appendChild(nodeLink(e.to));
      } else {
        li.appendChild(nodeLink(e.from));
        li.appendChild(el("span", " " + e.label + " "));
        li.appendChild(el("strong", n.label));
      }
      // a sanction on this entity: say who imposed it, as the drawing does
      var other = e.from === i ? e.to : e.from;
      if (info[other].cls === "Sanction" && other !== i) {
        incident[other].forEach(function (j) {
          var f = edgeInfo[j];
          if (f.prop === "imposedBy" && f.to === other && f.from !== i) {
            li.appendChild(el("span", " (imposed by "));
            li.appendChild(nodeLink(f.from));
            li.appendChild(el("span", ")"));
          }
        });
      }
      list.appendChild(li);
      e.evidence.forEach(function (x) { if (!evidenceSeen[x]) { evidenceSeen[x] = true; evidenceOrder.push(x); } });
    });
    panel.appendChild(list);
    panel.appendChild(el("h3", "Evidence (" + evidenceOrder.length + ")"));
    evidenceOrder.forEach(function (k) { panel.appendChild(evidenceBlock(k)); });
    if (n.articles.length) {
      panel.appendChild(el("h3", "Mentioned in (" + n.articles.length + ")"));
      var al = el("ul", null, "kg-names");
      n.articles.forEach(function (a) {
        var art = page.articles[a];
        al.appendChild(el("li", (art.title || art.id) + (art.date ? " · " + art.date : "")));
      });
      panel.appendChild(al);
    }
  }

  function showEdge(k) {
    var e = edgeInfo[k];
    panel.replaceChildren();
    panel.setAttribute("data-edge", String(k));
    panel.removeAttribute("data-node");
    var h = el("h2");
    h.appendChild(nodeLink(e.from));
    h.appendChild(el("span", " — " + e.label + " → "));
    h.appendChild(nodeLink(e.to));
    panel.appendChild(h);
    panel.appendChild(el("div", "property: " + e.prop, "kg-meta"));
    panel.appendChild(el("h3", "Evidence (" + e.evidence.length + ")"));
    e.evidence.forEach(function (x) { panel.appendChild(evidenceBlock(x)); });
  }

  function focusNode(i, animate) {
    if (hiddenNode[i]) {
      // a search must find what the filters hide: show that class again
      classInputs.forEach(function (input) { if (input.value === info[i].cls) input.checked = true; });
      applyFilters();
    }
    network.selectNodes([i], true);
    network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: animate ? { duration: 300 } : false });
    var around = [i];
    var aroundEdges = incident[i].slice();
    incident[i].forEach(function (k) {
      var e = edgeInfo[k];
      around.push(e.from, e.to);
      // keep a neighbouring sanction whole: imposer → sanction → target
      var other = e.from === i ? e.to : e.from;
      if (info[other].cls === "Sanction") {
        incident[other].forEach(function (j) {
          aroundEdges.push(j);
          around.push(edgeInfo[j].from, edgeInfo[j].to);
        });
      }
    });
    highlight(around, aroundEdges);
    showNode(i);
    window.__kgFocused = i;
  }
  window.kgFocusNode = focusNode;

  network.on("click", function (params) {
    if (params.nodes.length) {
      focusNode(params.nodes[0], false);
    } else if (params.edges.length) {
      var k = params.edges[0];
      highlight([edgeInfo[k].from, edgeInfo[k].to], [k]);
      showEdge(k);
    } else {
      clearHighlight();
      panel.replaceChildren(el("p", "Nothing selected.", "kg-hint"));
      panel.removeAttribute("data-node");
      panel.removeAttribute("data-edge");
    }
  });

  // ---- search: exact name first, then prefix, then substring
  var status = byId("kg-search-status");
  function search() {
    var q = byId("kg-search").value.trim().toLocaleLowerCase();
    if (!q) return;
    var hit = null;
    var tests = [
      function (name) { return name === q; },
      function (name) { return name.indexOf(q) === 0; },
      function (name) { return name.indexOf(q) >= 0; }
    ];
    for (var t = 0; t < tests.length && hit === null; t++) {
      for (var j = 0; j < nameIndex.length; j++) {
        if (tests[t](nameIndex[j][0])) { hit = nameIndex[j][1]; break; }
      }
    }
    if (hit === null) {
      status.textContent = "No entity named “" + byId("kg-search").value + "”.";
      return;
    }
    status.textContent = "Found " + info[hit].label + " (" + info[hit].cls + ").";
    focusNode(hit, true);
  }
  byId("kg-search-go").addEventListener("click", search);
  byId("kg-search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { ev.preventDefault(); search(); }
  });
  byId("kg-search").addEventListener("change", search);
})();
