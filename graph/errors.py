"""Errors: the small, named exceptions the library raises and the CLI reports in one line."""
from __future__ import annotations


class GovgraphError(Exception):
    """Base class: every error govgraph raises on purpose.

    ``hint`` is an optional fix the CLI prints after the message.
    """

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.hint = hint

    def __str__(self) -> str:
        text = super().__str__()
        return f"{text}; {self.hint}" if self.hint else text


class InputError(GovgraphError):
    """A file that cannot be read as a report: missing, empty, binary, undecodable."""


class VocabularyError(GovgraphError):
    """The ontology files are missing a term, a label, or do not parse."""


class UnknownEntity(GovgraphError):
    """A label that names no entity in the graph (the hint suggests close labels)."""


class NoPath(GovgraphError):
    """No connection between two entities within the limits asked for."""


class QueryError(GovgraphError):
    """A malformed SPARQL query or a bad query option."""


class StoreError(GovgraphError):
    """The store cannot be opened, written or reached (an endpoint included)."""


class OutputError(GovgraphError):
    """A result file that cannot be written (full disk, no permission); the old file is kept."""
