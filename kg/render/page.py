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
from kg.render.layout import compute_layout, main_component
from kg.render.view import UNTYPED, GraphView, ViewNode, format_amount

#: Colour and vis-network shape per class; the legend shows the same.
CLASS_STYLE: dict[str, tuple[str, str]] = {
    "Company": ("#4e79a7", "dot"),
    "Government": ("#e15759", "diamond"),
    "Sanction": ("#f28e2b", "box"),
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
    """How to draw: page title, and the node count above which the layout is
    computed in Python instead of by vis-network's physics."""

    title: str = "Knowledge graph"
    physics_threshold: int = 150
    height: str = "100vh"


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


def _network(view: GraphView, options: PageOptions) -> tuple[Network, list[str], bool]:
    """The pyvis network: nodes are numbered, in the order of ``ids``."""
    ids = list(view.nodes)
    index = {node_id: i for i, node_id in enumerate(ids)}
    degree: Counter[str] = Counter()
    for edge in view.edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    precomputed = len(ids) > options.physics_threshold
    positions = (
        compute_layout(ids, [(e.source, e.target) for e in view.edges]) if precomputed else {}
    )
    net = Network(directed=True, cdn_resources="in_line", height=options.height, width="100%")
    for node_id in ids:
        node = view.nodes[node_id]
        colour, shape = CLASS_STYLE.get(node.cls, CLASS_STYLE[UNTYPED])
        extra: dict[str, Any] = {}
        if node.cls == "Sanction":
            extra["font"] = {"color": "#1b1b1b", "strokeWidth": 0}
            extra["margin"] = 8
        else:
            weight = degree[node_id] + len(node.articles)
            extra["size"] = round(12 + 5 * math.sqrt(weight), 1)
        if precomputed:
            x, y = positions[node_id]
            extra.update(x=round(x, 1), y=round(y, 1))
        net.add_node(
            index[node_id], label=node_display_label(node), shape=shape, color=colour, **extra
        )
    for number, edge in enumerate(view.edges):
        net.add_edge(
            index[edge.source],
            index[edge.target],
            id=number,
            label=shorten(edge.label, 32),
            color=EDGE_COLOURS.get(edge.prop, "#79706e"),
            arrows="to",
        )
    net.options = _vis_options(precomputed)
    return net, ids, precomputed


def _vis_options(precomputed: bool) -> dict[str, Any]:
    options: dict[str, Any] = {
        "nodes": {
            "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#fff"},
            "borderWidth": 1,
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


def _page_data(view: GraphView, ids: list[str], precomputed: bool) -> dict[str, Any]:
    """What the page's script needs besides vis-network's nodes and edges."""
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
        node = view.nodes[node_id]
        nodes.append(
            {
                "iri": node.id,
                "label": node.label,
                "cls": node.cls,
                "names": list(node.names),
                "articles": [article_index[a] for a in node.articles if a in article_index],
                "kind": node.kind,
                "amount": format_amount(node.amount),
                "currency": node.currency,
                "date": node.date,
                "reason": node.reason,
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
        for e in view.edges
    ]
    classes = Counter(n.cls for n in view.nodes.values())
    props = Counter(e.prop for e in view.edges)
    kinds = Counter(n.kind for n in view.nodes.values() if n.cls == "Sanction")
    class_order = [*ENTITY_CLASSES, UNTYPED]
    prop_order = ["imposedBy", "target", *RELATION_PROPERTIES]
    dates = sorted(a["date"][:10] for a in articles if a["date"])
    main = main_component(ids, [(e.source, e.target) for e in view.edges])
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
        "main": sorted(node_index[n] for n in main) if len(main) < len(ids) else None,
        "nodes": nodes,
        "edges": edges,
        "evidence": evidence,
        "articles": articles,
    }


_PLACEHOLDER = re.compile(r"@@KG_([A-Z_]+)@@")


def build_page(view: GraphView, options: PageOptions) -> str:
    """The complete HTML page for ``view``.

    >>> page = build_page(GraphView(), PageOptions(title="Empty"))
    >>> "<title>Empty</title>" in page, "https://" in page.split("<style>")[0]
    (True, False)
    """
    net, ids, precomputed = _network(view, options)
    vis_nodes, vis_edges, _heading, _height, _width, vis_options = net.get_network_data()
    data = _page_data(view, ids, precomputed)
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
