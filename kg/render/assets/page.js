/* kg graph page: labels by zoom, groups, search, filters, neighbourhood highlight and
 * the evidence panel. Article text is only ever put in the DOM with textContent. */
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
  var groups = page.groups;
  var visEdges = raw.vis.edges.map(function (e) { e.title = edgeTip(e.id); return e; });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var container = byId("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, raw.vis.options);
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;

  // ---- ready flag for tests and the benchmark: drawn, still, and labels placed
  window.__kgReady = false;
  window.__kgLabelPass = 0;
  function markReady() {
    relabel(function () {
      window.__kgReady = true;
      window.__kgReadyAt = performance.now();
      document.body.setAttribute("data-kg-ready", "1");
    });
  }
  // the opening view: the largest connected part, but never so far out that the
  // nodes shrink to specks; the rest is a zoom-out away
  var MIN_OPEN_SCALE = 0.25;
  var SMALL_GRAPH = 60;
  function openingView() {
    var all = shown.map(function (v, i) { return v ? i : -1; }).filter(function (i) { return i >= 0; });
    if (all.length) network.fit({ nodes: all, animation: false, maxZoomLevel: 1.5 });
    // a small graph is shown whole, however far out: its labels keep their size
    if (all.length <= SMALL_GRAPH) return;
    if (network.getScale() < MIN_OPEN_SCALE && page.main && page.main.length > 1) {
      network.fit({ nodes: page.main, animation: false, maxZoomLevel: 1.5 });
    }
    if (network.getScale() < MIN_OPEN_SCALE) {
      network.moveTo({ scale: MIN_OPEN_SCALE, animation: false });
    }
  }
  window.kgOpeningView = openingView;
  // ---- adjacency
  var incident = info.map(function () { return []; });
  edgeInfo.forEach(function (e, i) { incident[e.from].push(i); incident[e.to].push(i); });
  var realNodes = info.length - groups.length;
  var realEdges = edgeInfo.filter(function (e) {
    return info[e.from].groupNode === undefined && info[e.to].groupNode === undefined;
  }).length;

  // ---- labels by zoom: only those that fit without touching another are drawn,
  // the most important first (hover, selection, focus, then groups and hubs); each
  // is LABEL_PX tall on screen whatever the zoom, so zooming in makes room for more
  var LABEL_PX = 13;
  var LABEL_GAP = 3;
  var MAX_LABELS = 500;
  var measure = document.createElement("canvas").getContext("2d");
  measure.font = LABEL_PX + "px sans-serif";
  var textLines = info.map(function (n) { return n.text.split("\n"); });
  var textWidth = textLines.map(function (lines) {
    return Math.max.apply(null, lines.map(function (l) { return measure.measureText(l).width; }));
  });
  var labelOn = info.map(function () { return false; });
  var labelSize = info.map(function () { return 0; });
  var pinned = [];  // always labelled, first: hovered, selected, searched
  var hovered = null;

  function Boxes(cell) {
    var grid = {};
    function keys(b, add) {
      var out = [];
      for (var gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) {
        for (var gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) out.push(gx + ":" + gy);
      }
      return out;
    }
    return {
      hits: function (b) {
        return keys(b).some(function (k) {
          return (grid[k] || []).some(function (o) {
            return b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3];
          });
        });
      },
      add: function (b) { keys(b).forEach(function (k) { (grid[k] = grid[k] || []).push(b); }); }
    };
  }

  function candidates() {
    var seen = {};
    var out = [];
    pinned.concat(hovered === null ? [] : [hovered], page.focus === null ? [] : [page.focus], page.order)
      .forEach(function (i) { if (!seen[i]) { seen[i] = true; out.push(i); } });
    return out;
  }
  function isPinned(i) { return i === hovered || pinned.indexOf(i) >= 0; }

  // first pass: choose by an estimate of each label's box on screen
  function chooseLabels() {
    var scale = network.getScale();
    var w = container.clientWidth;
    var h = container.clientHeight;
    var centre = network.getViewPosition();
    var boxes = Boxes(64);
    var want = {};
    var count = 0;
    candidates().forEach(function (i) {
      if (count >= MAX_LABELS || !shown[i]) return;
      var body = network.body.nodes[i];
      if (!body) return;
      var sx = (body.x - centre.x) * scale + w / 2;
      var sy = (body.y - centre.y) * scale + h / 2;
      var bw = textWidth[i] + 2 * LABEL_GAP;
      var bh = textLines[i].length * LABEL_PX * 1.25 + 2 * LABEL_GAP;
      var top = sy + body.options.size * scale;
      var box = [sx - bw / 2, top - LABEL_GAP, sx + bw / 2, top + bh];
      var pin = isPinned(i);
      // a name cut by the window's edge reads as a different name: whole or none
      if (pin ? box[0] > w || box[2] < 0 || box[1] > h || box[3] < 0
        : box[0] < 0 || box[2] > w || box[1] < 0 || box[3] > h) return;
      if (!pin && boxes.hits(box)) return;
      boxes.add(box);
      want[i] = true;
      count++;
    });
    return want;
  }

  function applyLabels(want) {
    var scale = network.getScale();
    var font = LABEL_PX / scale;
    var updates = [];
    info.forEach(function (n, i) {
      if (want[i]) {
        if (!labelOn[i] || labelSize[i] !== font) {
          updates.push({ id: i, label: n.text, font: { size: font } });
          labelOn[i] = true;
          labelSize[i] = font;
        }
      } else if (labelOn[i]) {
        updates.push({ id: i, label: "" });
        labelOn[i] = false;
      }
    });
    if (updates.length) nodes.update(updates);
  }

  // second pass, after drawing: vis-network's own label boxes; a label that
  // still touches a more important one goes
  function verifyLabels() {
    var scale = network.getScale();
    var boxes = Boxes(64 / scale);
    var gap = LABEL_GAP / scale;
    var drop = {};
    var dropped = false;
    candidates().forEach(function (i) {
      if (!labelOn[i]) return;
      var size = network.body.nodes[i].labelModule.size;
      var box = [size.left - gap, size.top - gap, size.left + size.width + gap, size.top + size.height + gap];
      if (!isPinned(i) && boxes.hits(box)) { drop[i] = true; dropped = true; return; }
      boxes.add(box);
    });
    if (!dropped) return false;
    var keep = {};
    info.forEach(function (n, i) { if (labelOn[i] && !drop[i]) keep[i] = true; });
    applyLabels(keep);
    return true;
  }

  var relabelTimer = null;
  function relabel(done) {
    if (relabelTimer !== null) { clearTimeout(relabelTimer); relabelTimer = null; }
    applyLabels(chooseLabels());
    network.once("afterDrawing", function () {
      var settled = function () {
        window.__kgLabelPass++;
        if (done) done();
      };
      if (verifyLabels()) {
        network.once("afterDrawing", settled);
        network.redraw();
      } else {
        settled();
      }
    });
    network.redraw();
  }
  function relabelSoon() {
    if (relabelTimer !== null) clearTimeout(relabelTimer);
    relabelTimer = setTimeout(function () { relabelTimer = null; relabel(); }, 120);
  }
  window.kgRelabel = relabel;
  network.on("zoom", relabelSoon);
  network.on("dragEnd", relabelSoon);
  network.on("animationFinished", relabelSoon);
  network.on("resize", relabelSoon);
  network.on("hoverNode", function (params) { hovered = params.node; relabel(); });
  network.on("blurNode", function () { hovered = null; relabelSoon(); });

  // ---- edge labels only where the user looks: the selected node's edges
  var edgeLabelled = [];
  function labelEdges(ks) {
    var updates = edgeLabelled.map(function (k) { return { id: k, label: "" }; });
    edgeLabelled = ks.slice();
    ks.forEach(function (k) { updates.push({ id: k, label: edgeInfo[k].label.slice(0, 32) }); });
    if (updates.length) edges.update(updates);
  }

  // ---- stats, search names
  function statsText(shownNodes, shownEdges) {
    var text = (shownNodes === realNodes ? realNodes : shownNodes + " of " + realNodes) + " nodes, " +
      (shownEdges === realEdges ? realEdges : shownEdges + " of " + realEdges) + " edges, " +
      page.articles.length + " articles";
    var notes = [];
    if (!showIsolated.checked && page.isolated) notes.push(page.isolated + " with no edge hidden");
    var folded = groups.filter(function (g, k) { return !groupOpen[k]; }).length;
    if (folded) notes.push(folded + (folded === 1 ? " group" : " groups") + " folded");
    return notes.length ? text + " · " + notes.join(" · ") : text;
  }
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

  // ---- nodes with no edge: hidden until asked for; groups: folded until clicked
  var showIsolated = byId("kg-isolated");
  byId("kg-isolated-count").textContent = String(page.isolated);
  if (!page.isolated) byId("kg-isolated-box").hidden = true;
  showIsolated.addEventListener("change", function () { applyFilters(); relabel(); });
  var groupOpen = groups.map(function () { return false; });
  function setGroup(k, open) {
    groupOpen[k] = open;
    applyFilters();
    relabel();
  }
  window.kgSetGroup = setGroup;
  window.kgGroups = function () {
    return groups.map(function (g, k) { return { node: g.node, members: g.members, open: groupOpen[k] }; });
  };

  // ---- filter controls
  var shapeGlyph = { dot: "●", diamond: "◆", box: "▬", triangle: "▲", square: "■",
    hexagon: "⬢", triangleDown: "▼" };
  function checkbox(box, name, count, swatch) {
    var label = el("label");
    var input = document.createElement("input");
    input.type = "checkbox";
    input.checked = true;
    input.value = name;
    input.addEventListener("change", function () { applyFilters(); relabel(); });
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
  since.addEventListener("change", function () { applyFilters(); relabel(); });
  until.addEventListener("change", function () { applyFilters(); relabel(); });

  function checked(inputs) {
    var set = {};
    inputs.forEach(function (input) { if (input.checked) set[input.value] = true; });
    return set;
  }

  var hiddenNode = info.map(function (n, i) { return !!raw.vis.nodes[i].hidden; });
  var hiddenEdge = edgeInfo.map(function (e, i) { return !!raw.vis.edges[i].hidden; });
  var shown = hiddenNode.map(function (h) { return !h; });

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
      if (n.cls === "Sanction" && n.kind && !kinds[n.kind]) return false;
      if (!dated) return true;
      if (n.articles.some(function (a) { return inRange(page.articles[a].date, from, to); })) return true;
      return incident[i].some(function (k) { return edgeDateOk[k]; });
    });
    // a group passes the filters when one of its members does
    groups.forEach(function (g) {
      nodeOk[g.node] = g.members.some(function (m) { return nodeOk[m]; });
    });
    var nodeUpdates = [];
    var edgeUpdates = [];
    info.forEach(function (n, i) {
      var show = nodeOk[i];
      if (n.group !== null && n.group !== undefined) show = show && groupOpen[n.group];
      else if (n.groupNode !== undefined) show = show && !groupOpen[n.groupNode];
      else if (n.isolated) show = show && showIsolated.checked;
      shown[i] = show;
      if (hiddenNode[i] === show) {
        hiddenNode[i] = !show;
        nodeUpdates.push({ id: i, hidden: !show });
      }
    });
    edgeInfo.forEach(function (e, i) {
      var hide = !(props[e.prop] && edgeDateOk[i] && shown[e.from] && shown[e.to]);
      if (hide !== hiddenEdge[i]) { hiddenEdge[i] = hide; edgeUpdates.push({ id: i, hidden: hide }); }
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    var shownReal = shown.filter(function (v, i) { return v && info[i].groupNode === undefined; }).length;
    var shownEdges = 0;
    edgeInfo.forEach(function (e, i) {
      if (!hiddenEdge[i] && info[e.from].groupNode === undefined && info[e.to].groupNode === undefined) shownEdges++;
    });
    // a folded member's edges count as shown: the group draws them
    groups.forEach(function (g, k) {
      if (groupOpen[k]) return;
      g.members.forEach(function (m) {
        if (!nodeOk[m]) return;
        shownReal++;
        incident[m].forEach(function (j) { if (props[edgeInfo[j].prop] && edgeDateOk[j]) shownEdges++; });
      });
    });
    if (showIsolated.checked === false) {
      info.forEach(function (n, i) { if (n.isolated && nodeOk[i]) shownReal++; });
    }
    byId("kg-stats").textContent = statsText(shownReal, shownEdges);
  }
  window.kgApplyFilters = applyFilters;
  window.kgHiddenNodes = function () {
    return hiddenNode.map(function (h, i) { return h ? i : -1; }).filter(function (i) { return i >= 0; });
  };
  byId("kg-stats").textContent = statsText(realNodes, realEdges);

  byId("kg-reset").addEventListener("click", function () {
    classInputs.concat(propInputs, kindInputs).forEach(function (input) { input.checked = true; });
    since.value = "";
    until.value = "";
    applyFilters();
    clearHighlight();
    openingView();
    relabel();
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
    panel.removeAttribute("data-group");
    panel.appendChild(el("h2", n.label));
    panel.appendChild(badge(n.cls));
    if (n.group !== null && n.group !== undefined) {
      var part = el("p", "One of ", "kg-meta");
      part.appendChild(nodeLink(groups[n.group].node));
      panel.appendChild(part);
    }
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
    var n = info[i];
    if (n.groupNode !== undefined && groupOpen[n.groupNode]) {
      setGroup(n.groupNode, false);  // a link to an open group folds it again
    }
    if (hiddenNode[i]) {
      // a search must find what the filters hide: show that class again, open
      // its group, show the nodes with no edge
      classInputs.forEach(function (input) { if (input.value === n.cls) input.checked = true; });
      kindInputs.forEach(function (input) { if (input.value === n.kind) input.checked = true; });
      if (n.group !== null && n.group !== undefined) groupOpen[n.group] = true;
      if (n.isolated) showIsolated.checked = true;
      applyFilters();
    }
    pinned = [i];
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
    labelEdges(incident[i].filter(function (k) { return !hiddenEdge[k]; }));
    if (n.groupNode !== undefined) showGroup(n.groupNode);
    else showNode(i);
    if (!animate) relabel();
    window.__kgFocused = i;
  }

  // a group node: clicking it opens it; its panel lists the members and folds it again
  function openGroup(k) {
    var g = groups[k];
    setGroup(k, true);
    pinned = [];
    network.unselectAll();
    var around = g.members.slice();
    var aroundEdges = [];
    g.members.forEach(function (m) {
      incident[m].forEach(function (j) { aroundEdges.push(j); around.push(edgeInfo[j].from, edgeInfo[j].to); });
    });
    highlight(around, aroundEdges);
    labelEdges([]);
    showGroup(k);
    // the members and what they link to, so each member's edge can be followed
    var seen = {};
    network.fit({
      nodes: around.filter(function (i) { return shown[i] && !seen[i] && (seen[i] = true); }),
      animation: false
    });
    relabel();
  }
  function closeGroup(k) {
    setGroup(k, false);
    clearHighlight();
    focusNode(groups[k].node, false);
  }
  window.kgOpenGroup = openGroup;
  window.kgCloseGroup = closeGroup;

  function showGroup(k) {
    var g = groups[k];
    var n = info[g.node];
    panel.replaceChildren();
    panel.setAttribute("data-group", String(k));
    panel.removeAttribute("data-node");
    panel.removeAttribute("data-edge");
    panel.appendChild(el("h2", n.label));
    panel.appendChild(badge(n.cls));
    var fold = el("button", groupOpen[k] ? "Fold the group" : "Open the group", "kg-group-toggle");
    fold.type = "button";
    fold.id = "kg-group-toggle";
    fold.addEventListener("click", function () { if (groupOpen[k]) closeGroup(k); else openGroup(k); });
    panel.appendChild(fold);
    panel.appendChild(el("h3", "Members (" + g.members.length + ")"));
    var ul = el("ul", null, "kg-facts");
    g.members.forEach(function (m) {
      var li = el("li");
      li.appendChild(nodeLink(m));
      var others = incident[m].map(function (j) {
        var e = edgeInfo[j];
        return e.from === m ? e.to : e.from;
      }).filter(function (o) { return info[o].cls !== "Government"; });
      if (others.length) li.appendChild(el("span", " → " + others.map(function (o) { return info[o].label; }).join(", ")));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }
  window.kgFocusNode = focusNode;

  network.on("click", function (params) {
    if (params.nodes.length) {
      var i = params.nodes[0];
      if (info[i].groupNode !== undefined) openGroup(info[i].groupNode);
      else focusNode(i, false);
    } else if (params.edges.length) {
      var k = params.edges[0];
      highlight([edgeInfo[k].from, edgeInfo[k].to], [k]);
      labelEdges([k]);
      showEdge(k);
    } else {
      clearHighlight();
      labelEdges([]);
      pinned = [];
      relabel();
      panel.removeAttribute("data-group");
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

  // ---- start: frame the picture, place the labels, then say ready
  if (page.precomputed || visNodes.length === 0) {
    openingView();
    markReady();
  } else {
    // physics has settled the layout before the first draw; switch it off so the
    // picture stays still and the page stays responsive
    var started = false;
    var start = function () {
      if (started) return;
      started = true;
      network.setOptions({ physics: { enabled: false } });
      openingView();
      markReady();
    };
    network.once("stabilizationIterationsDone", start);
    if (network.physics && network.physics.stabilized) start();
  }
})();
