"""govgraph: Chinese reports on urban grassroots governance into a knowledge graph with evidence.

The package is a pipeline of stages, one module each:
read (files → Document) → extract (Document → entities, relations, figures)
→ build (RDF store, networkx view) → query / render / export.
"""
from graph.errors import (GovgraphError, InputError, NoPath, QueryError, StoreError,
                          UnknownEntity, VocabularyError)

__all__ = ["GovgraphError", "InputError", "NoPath", "QueryError", "StoreError",
           "UnknownEntity", "VocabularyError"]
