"""govgraph: Chinese reports on urban grassroots governance into a knowledge graph with evidence.

The package is a pipeline of stages, one module each:
read (files → Document) → extract (Document → entities, relations, figures)
→ build (RDF store, networkx view) → query / render / export.

The question functions and the readers are re-exported here (loaded on first use, so the
command line starts fast); the stages that share a name with their module are reached
through it (``graph.extract.extract``, ``graph.build.build``, ``graph.render.render``):

>>> import graph
>>> from graph.extract import extract
>>> doc = graph.read_text("某省临江市：标题\\n\\n临江市建成党群服务中心40个。", "x.txt")
>>> [(q.value, q.unit) for q in extract(doc).quantities]
[(40.0, '个')]
"""
from importlib import import_module

from graph.errors import (GovgraphError, InputError, NoPath, QueryError, StoreError,
                          UnknownEntity, VocabularyError)

_LAZY = {
    "read_file": "graph.read", "read_paths": "graph.read", "read_text": "graph.read",
    "Store": "graph.store", "to_networkx": "graph.network",
    "links": "graph.query", "paths": "graph.query", "interlocks": "graph.query",
    "cobuild": "graph.query", "brokers": "graph.query", "compare": "graph.query",
    "sparql": "graph.query", "to_vis_data": "graph.render",
}

__all__ = ["GovgraphError", "InputError", "NoPath", "QueryError", "StoreError",
           "UnknownEntity", "VocabularyError", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
