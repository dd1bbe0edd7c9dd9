"""Write the self-contained HTML page for a :class:`~kg.render.view.GraphView`.

pyvis assembles the vis-network nodes, edges and options; the page around them is
ours (``assets/page.html``), because pyvis's own template links Bootstrap and
vis-network from CDNs. vis-network's script and stylesheet are inlined from the
pyvis package, so the page loads nothing from the network, and a Content Security
Policy with the hashes of the page's own scripts stops anything else from running.

All article text travels as JSON inside ``<script type="application/json">`` with
``<``, ``>``, ``&`` and U+2028/2029 escaped, and the page's script puts it in the
DOM with ``textContent`` only.

>>> from kg.render.view import GraphView, ViewNode
>>> view = GraphView(nodes={"x": ViewNode("x", "</script><b>", "Company")})
>>> html = build_page(view, PageOptions(title="demo"))
>>> "</script><b>" in html, "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e" in html
(False, True)
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from pyvis.network import Network

from kg.model import ENTITY_CLASSES, RELATION_PROPERTIES, SANCTION_KINDS
from kg.render.group import GROUP_MIN, Group, find_groups
from kg.render.layout import compute_layout, main_component
from kg.render.view import UNTYPED, GraphView, ViewEdge, ViewNode, format_amount

#: Colour and vis-network shape per class; the legend shows the same.
CLASS_STYLE: dict[str, tuple[str, str]] = {
    "Company": ("#4e79a7", "dot"),
    "Government": ("#e15759", "diamond"),
    "Sanction": ("#f28e2b", "star"),
    "Technology": ("#59a14f", "triangle"),
    "Person": ("#b07aa1", "square"),
    "Organization": ("#76b7b2", "hexagon"),
    "Location": ("#9c755f", "triangleDown"),
    UNTYPED: ("#bab0ac", "dot"),
}
_EDGE_PALETTE = (
    "#4e79a7",
    "#59a14f",
    "#9c755f",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#86bcb6",
    "#8cd17d",
    "#499894",
    "#d37295",
    "#a0cbe8",
    "#79706e",
)
#: Edge colour per property; the sanction edges share the sanction orange and red.
EDGE_COLOURS: dict[str, str] = dict(zip(RELATION_PROPERTIES, _EDGE_PALETTE, strict=True))
EDGE_COLOURS.update({"imposedBy": "#e15759", "target": "#f28e2b", "charges": "#e15759"})


@dataclass(frozen=True, slots=True)
class PageOptions:
    """How to draw: page title and height; the node count above which the layout
    is computed in Python rather than by vis-network's physics (0: always in
    Python, which is deterministic and keeps nodes apart); and how many repeated
    sanctions or charges fold into one group node (0: never)."""

    title: str = "Knowledge graph"
    physics_threshold: int = 0
    height: str = "100vh"
    group_min: int = GROUP_MIN


def safe_json(value: object) -> str:
    """JSON that can sit inside a ``<script>`` element and still parse as the same data.

    >>> safe_json({"t": "</script>&\\u2028"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ": "))
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL, else ``None`` (never a link).

    >>> safe_url("https://www.justice.gov/x"), safe_url("javascript:alert(1)")
    ('https://www.justice.gov/x', None)
    >>> safe_url(" JaVaScRiPt:alert(1)"), safe_url("data:text/html,x")
    (None, None)
    """
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ord(c) < 0x20 or c in "\"'<> \\" for c in url):
        return None
    return url


def node_display_label(node: ViewNode) -> str:
    """The text drawn on a node; a sanction shows its kind, amount and date.

    >>> n = ViewNode("s", "Fine on Alibaba", "Sanction", kind="Fine",
    ...              amount="2800000000.0", currency="USD", date="2021-04")
    >>> node_display_label(n)
    'Fine\\n2.8 billion USD\\n2021-04'
    >>> len(node_display_label(ViewNode("x", "A" * 500, "Company")))
    48
    """
    if node.cls != "Sanction":
        return shorten(node.label, 48)
    lines = [_split_camel(node.kind or "Sanction")]
    if node.amount:
        lines.append(" ".join(x for x in (format_amount(node.amount), node.currency) if x))
    if node.date:
        lines.append(node.date)
    return "\n".join(lines)


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis; the panel shows it whole.

    >>> shorten("Semiconductor Manufacturing International Corporation", 20)
    'Semiconductor Manuf…'
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _split_camel(name: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)


def _asset(name: str) -> str:
    return (resources.files("kg.render") / "assets" / name).read_text(encoding="utf-8")


def _vis_asset(name: str) -> str:
    return (resources.files("pyvis") / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@dataclass(slots=True)
class _Drawing:
    """The view as drawn: node ids (view nodes, then group nodes), the edges
    (view edges, then group edges), the groups, and per node its size, its label
    priority weight and, when laid out in Python, its position."""

    ids: list[str]
    edges: list[ViewEdge]
    groups: list[Group]
    group_of: dict[str, int]
    size: dict[str, float]
    weight: dict[str, float]
    positions: dict[str, tuple[float, float]]
    main: set[str]
    isolated: set[str]


def _drawing(view: GraphView, options: PageOptions) -> _Drawing:
    """Group, size and place the nodes; the picture that opens is the collapsed one."""
    groups = find_groups(view, options.group_min)
    group_of = {m: i for i, g in enumerate(groups) for m in g.members}
    edges = list(view.edges) + [e for g in groups for e in g.edges]
    ids = list(view.nodes) + [g.id for g in groups]
    # what the page opens with: groups folded, so members and their edges are out
    folded = [e for e in edges if e.source not in group_of and e.target not in group_of]
    opening = [i for i in ids if i not in group_of]
    degree: Counter[str] = Counter()
    for edge in folded:
        degree[edge.source] += 1
        degree[edge.target] += 1
    for edge in view.edges:  # a member's own edges count for its size when shown
        for end in (edge.source, edge.target):
            if end in group_of:
                degree[end] += 1
    size: dict[str, float] = {}
    weight: dict[str, float] = {}
    for node_id in ids:
        node = view.nodes.get(node_id)
        if node is None:  # a group node
            members = len(groups[ids.index(node_id) - len(view.nodes)].members)
            size[node_id] = min(40.0, round(16 + 3 * math.sqrt(members), 1))
            weight[node_id] = 1000.0 + members
        elif node.cls == "Sanction":
            size[node_id] = 13.0
            weight[node_id] = degree[node_id]
        else:
            # edges count more than mentions: a much-mentioned node with one
            # edge should not dwarf its neighbours
            w = degree[node_id] + 0.25 * len(node.articles)
            size[node_id] = min(36.0, round(10 + 4 * math.sqrt(w), 1))
            weight[node_id] = degree[node_id] + 0.25 * len(node.articles)
    connected = {e.source for e in edges} | {e.target for e in edges}
    isolated = {i for i in opening if i not in connected}
    pairs = [(e.source, e.target) for e in folded]
    positions: dict[str, tuple[float, float]] = {}
    if len(view.nodes) > options.physics_threshold:
        positions = compute_layout(opening, pairs, {i: size[i] for i in opening})
        for group in groups:
            _place_members(group, positions, size)
    return _Drawing(
        ids,
        edges,
        groups,
        group_of,
        size,
        weight,
        positions,
        main_component([i for i in opening if i not in isolated], pairs),
        isolated,
    )


def _place_members(
    group: Group, positions: dict[str, tuple[float, float]], size: dict[str, float]
) -> None:
    """Where members appear when their group opens: a sunflower spiral beside the
    group, on the side away from its neighbours, so they land in free space rather
    than on the nodes the group links to."""
    gx, gy = positions[group.id]
    ends = [e.target if e.source == group.id else e.source for e in group.edges]
    ends = [n for n in ends if n in positions]
    nx_, ny_ = 0.0, 1.0
    if ends:
        cx = sum(positions[n][0] for n in ends) / len(ends)
        cy = sum(positions[n][1] for n in ends) / len(ends)
        length = math.hypot(gx - cx, gy - cy)
        if length > 1e-6:
            nx_, ny_ = (gx - cx) / length, (gy - cy) / length
    step = 2 * max(size[m] for m in group.members) + 12
    reach = step * math.sqrt(len(group.members)) * 0.9
    ox, oy = gx + nx_ * (reach + size[group.id]), gy + ny_ * (reach + size[group.id])
    for k, member in enumerate(group.members, start=1):
        r = step * math.sqrt(k - 0.5) * 0.9
        angle = k * 2.399963  # the golden angle
        positions[member] = (ox + r * math.cos(angle), oy + r * math.sin(angle))


def _network(view: GraphView, drawing: _Drawing) -> tuple[Network, bool]:
    """The pyvis network: nodes are numbered in the order of ``drawing.ids``. Labels
    start empty: the page's script draws those that fit at the current zoom."""
    index = {node_id: i for i, node_id in enumerate(drawing.ids)}
    precomputed = bool(drawing.positions)
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    groups = {g.id: g for g in drawing.groups}
    for node_id in drawing.ids:
        node = view.nodes.get(node_id)
        cls = node.cls if node else groups[node_id].cls
        colour, shape = CLASS_STYLE.get(cls, CLASS_STYLE[UNTYPED])
        extra: dict[str, Any] = {"size": drawing.size[node_id]}
        colour_of: str | dict[str, str] = colour
        if node is None:  # a group: a heavy dark rim says "there is more inside"
            extra["borderWidth"] = 2.5
            colour_of = {"background": colour, "border": "#4a4a4a"}
        if node_id in drawing.group_of or node_id in drawing.isolated:
            extra["hidden"] = True
        if precomputed:
            x, y = drawing.positions[node_id]
            extra.update(x=round(x, 1), y=round(y, 1))
        net.add_node(index[node_id], label="", shape=shape, color=colour_of, **extra)
    for number, edge in enumerate(drawing.edges):
        hidden = edge.source in drawing.group_of or edge.target in drawing.group_of
        net.add_edge(
            index[edge.source],
            index[edge.target],
            id=number,
            color=EDGE_COLOURS.get(edge.prop, "#79706e"),
            arrows="to",
            hidden=hidden,
        )
    net.options = _vis_options(precomputed)
    return net, precomputed


def _vis_options(precomputed: bool) -> dict[str, Any]:
    options: dict[str, Any] = {
        "nodes": {
            "font": {"size": 13, "face": "sans-serif", "strokeWidth": 4, "strokeColor": "#fff"},
            "borderWidth": 1,
            # the script sets each shown label's font so it is LABEL_PX on screen
            "scaling": {"label": {"maxVisible": 100, "drawThreshold": 5}},
        },
        "edges": {
            "font": {"size": 11, "align": "middle", "strokeWidth": 3, "strokeColor": "#fff"},
            "width": 1.2,
            "selectionWidth": 2,
            "arrows": {"to": {"scaleFactor": 0.6}},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": precomputed,
            "zoomSpeed": 0.6,
            "navigationButtons": False,
            "keyboard": False,
        },
    }
    if precomputed:
        # positions come from networkx: no physics, no improvedLayout (both are slow)
        options["layout"] = {"improvedLayout": False}
        options["physics"] = {"enabled": False}
        options["edges"]["smooth"] = False
    else:
        options["layout"] = {"improvedLayout": True, "randomSeed": 7}
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110},
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        }
        options["edges"]["smooth"] = {"enabled": True, "type": "continuous"}
    return options


def group_display_label(group: Group) -> str:
    """A group's label on two lines: the count and kind, then the rest.

    >>> g = Group("g", "58 investment bans · 2021-08-02 · U.S. government", "Sanction", (), ())
    >>> group_display_label(g)
    '58 investment bans\\n2021-08-02 · U.S. government'
    """
    head, _, rest = group.label.partition(" · ")
    return f"{head}\n{shorten(rest, 48)}" if rest else shorten(head, 48)


def _page_data(view: GraphView, drawing: _Drawing, precomputed: bool) -> dict[str, Any]:
    """What the page's script needs besides vis-network's nodes and edges."""
    ids = drawing.ids
    article_ids = sorted(view.articles)
    article_index = {a: i for i, a in enumerate(article_ids)}
    evidence_ids = sorted(view.evidence)
    evidence_index = {e: i for i, e in enumerate(evidence_ids)}
    node_index = {n: i for i, n in enumerate(ids)}
    articles = [
        {
            "id": a,
            "title": view.articles[a].title,
            "date": view.articles[a].date,
            "url": safe_url(view.articles[a].source),
        }
        for a in article_ids
    ]
    evidence = [
        {
            "sentence": item.sentence,
            "article": article_index.get(item.article or "", -1),
            "rule": item.rule,
            "confidence": item.confidence,
            "modality": item.modality,
            "wording": item.wording,
        }
        for item in (view.evidence[e] for e in evidence_ids)
    ]
    nodes = []
    for node_id in ids:
        if node_id not in view.nodes:
            continue  # group nodes come after
        node = view.nodes[node_id]
        nodes.append(
            {
                "iri": node.id,
                "label": node.label,
                "text": node_display_label(node),
                "cls": node.cls,
                "names": list(node.names),
                "articles": [article_index[a] for a in node.articles if a in article_index],
                "kind": node.kind,
                "amount": format_amount(node.amount),
                "currency": node.currency,
                "date": node.date,
                "reason": node.reason,
                "group": drawing.group_of.get(node_id),
                "isolated": node_id in drawing.isolated,
            }
        )
    for number, group in enumerate(drawing.groups):
        member_articles = {a for m in group.members for a in view.nodes[m].articles}
        nodes.append(
            {
                "iri": group.id,
                "label": group.label,
                "text": group_display_label(group),
                "cls": group.cls,
                "names": [],
                "articles": sorted(article_index[a] for a in member_articles if a in article_index),
                "kind": group.kind,
                "amount": None,
                "currency": None,
                "date": None,
                "reason": None,
                "group": None,
                "isolated": False,
                "groupNode": number,
            }
        )
    edges = [
        {
            "from": node_index[e.source],
            "to": node_index[e.target],
            "prop": e.prop,
            "label": e.label,
            "evidence": [evidence_index[x] for x in e.evidence if x in evidence_index],
        }
        for e in drawing.edges
    ]
    classes = Counter(n.cls for n in view.nodes.values())
    props = Counter(e.prop for e in view.edges)
    kinds = Counter(n.kind for n in view.nodes.values() if n.cls == "Sanction")
    class_order = [*ENTITY_CLASSES, UNTYPED]
    prop_order = ["imposedBy", "target", *RELATION_PROPERTIES]
    dates = sorted(a["date"][:10] for a in articles if a["date"])
    main = drawing.main
    # labels are offered in this order: groups, then the best connected
    order = sorted(range(len(ids)), key=lambda i: (-drawing.weight[ids[i]], ids[i]))
    return {
        "classes": [
            {
                "name": c,
                "colour": CLASS_STYLE[c][0],
                "shape": CLASS_STYLE[c][1],
                "count": classes[c],
            }
            for c in class_order
            if classes[c]
        ],
        "properties": [
            {"name": p, "colour": EDGE_COLOURS.get(p, "#79706e"), "count": props[p]}
            for p in prop_order
            if props[p]
        ],
        "kinds": [{"name": k, "count": kinds[k]} for k in SANCTION_KINDS if kinds[k]],
        "dates": {"min": dates[0], "max": dates[-1]} if dates else None,
        "precomputed": precomputed,
        # the page opens zoomed on the largest component; the rest is a zoom-out away
        "main": sorted(node_index[n] for n in main) if main else None,
        "order": order,
        "isolated": len(drawing.isolated),
        "groups": [
            {"node": node_index[g.id], "members": [node_index[m] for m in g.members]}
            for g in drawing.groups
        ],
        "nodes": nodes,
        "edges": edges,
        "evidence": evidence,
        "articles": articles,
    }


_PLACEHOLDER = re.compile(r"@@KG_([A-Z_]+)@@")


def build_page(view: GraphView, options: PageOptions, focus: str | None = None) -> str:
    """The complete HTML page for ``view``; ``focus`` is the id of the node the
    page is about, if any (its name is always drawn).

    >>> page = build_page(GraphView(), PageOptions(title="Empty"))
    >>> "<title>Empty</title>" in page, "https://" in page.split("<style>")[0]
    (True, False)
    """
    drawing = _drawing(view, options)
    net, precomputed = _network(view, drawing)
    vis_nodes, vis_edges, _heading, _height, _width, vis_options = net.get_network_data()
    for vis_node in vis_nodes:
        vis_node["label"] = ""  # pyvis puts the node's number where no label is given
    data = _page_data(view, drawing, precomputed)
    # the focus entity's name is always drawn, whatever the zoom
    data["focus"] = drawing.ids.index(focus) if focus in view.nodes else None
    payload = safe_json(
        {"vis": {"nodes": vis_nodes, "edges": vis_edges, "options": json.loads(vis_options)}}
        | {"page": data}
    )
    vis_js = _vis_asset("vis-network.min.js")
    page_js = _asset("page.js")
    csp = "; ".join(
        (
            "default-src 'none'",
            f"script-src {_csp_hash(vis_js)} {_csp_hash(page_js)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "font-src 'none'",
            "connect-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    parts = {
        "CSP": html.escape(csp),
        "TITLE": html.escape(options.title),
        "VIS_CSS": _vis_asset("vis-network.css"),
        "PAGE_CSS": _asset("page.css"),
        "VIS_JS": vis_js,
        "PAGE_JS": page_js,
        "DATA": payload,
        "HEIGHT": html.escape(options.height),
    }
    # one pass, so text inside the data can never be taken for a placeholder
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _asset("page.html"))
