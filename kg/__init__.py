"""kg: a knowledge graph of technology companies, governments, sanctions and technologies.

Build a graph from news text, query it with SPARQL, draw it as an interactive page.
The functions here are the Python side of the ``kg`` command (see :mod:`kg.api`):

>>> import kg
>>> g = kg.from_texts(["The Commerce Department added Huawei to the Entity List."])
>>> kg.query(g, "sanctions")[["targetName", "sanctionKind"]].values.tolist()
[['Huawei', 'ExportControl']]

They load on first use, so ``import kg.model`` (or the CLI) does not pull in
rdflib, pandas or spaCy for nothing. (Names are chosen not to clash with the
subpackages ``kg.build``, ``kg.render`` and ``kg.evaluate``: importing a submodule
sets the package attribute of its name.)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from kg.api import (
        GraphLike,
        build_into,
        evaluate_carb,
        evaluate_gold,
        export,
        from_files,
        from_texts,
        list_queries,
        open_graph,
        query,
        remove_articles,
        render_html,
        show,
        to_networkx,
    )
    from kg.errors import GraphLoadError, InputError, KGError, QueryError, StoreError
    from kg.model import Article

#: Where each public name lives. (Reading ``kg.api.__all__`` here would load pandas
#: and rdflib on ``import kg``, which the laziness avoids; ``tests/test_package.py``
#: checks that this table, ``kg.api.__all__``, ``__all__`` below and the
#: ``TYPE_CHECKING`` imports name the same things. ``__all__`` stays a literal list
#: because linters and type checkers read it to know what is re-exported.)
_SOURCES = {
    "GraphLike": "kg.api",
    "build_into": "kg.api",
    "evaluate_gold": "kg.api",
    "evaluate_carb": "kg.api",
    "export": "kg.api",
    "from_files": "kg.api",
    "from_texts": "kg.api",
    "list_queries": "kg.api",
    "open_graph": "kg.api",
    "query": "kg.api",
    "remove_articles": "kg.api",
    "render_html": "kg.api",
    "show": "kg.api",
    "to_networkx": "kg.api",
    "Article": "kg.model",
    "KGError": "kg.errors",
    "InputError": "kg.errors",
    "GraphLoadError": "kg.errors",
    "QueryError": "kg.errors",
    "StoreError": "kg.errors",
}

__all__ = [
    "Article",
    "GraphLike",
    "GraphLoadError",
    "InputError",
    "KGError",
    "QueryError",
    "StoreError",
    "build_into",
    "evaluate_carb",
    "evaluate_gold",
    "export",
    "from_files",
    "from_texts",
    "list_queries",
    "open_graph",
    "query",
    "remove_articles",
    "render_html",
    "show",
    "to_networkx",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its module on first use (PEP 562)."""
    if name not in _SOURCES:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(_SOURCES[name]), name)
    globals()[name] = value  # next time, no lookup
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
