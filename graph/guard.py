"""Stage 4, query: what a user's SPARQL may do — no ``SERVICE`` unless asked, bindings inside the pattern.

Both checks read the query as tokens (strings, IRIs and comments skipped), so a word
inside a literal or an IRI never counts, and a query the lexer cannot make sense of is
left to the SPARQL parser, which fails in one line.

``check_service(q)`` refuses a federated query (``SERVICE <http://…> { … }``): it would
make the store, or the server of ``govgraph serve``, send requests to any address a
query names.

``bind(q, {"x": "业委会"})`` places ``VALUES (?x) { ("业委会") }`` at the top of the
query's WHERE pattern, so the value holds wherever ``?x`` occurs — inside an aggregate
too — and refuses, in one line, a binding that would not apply (a variable that is not
in the pattern, or only inside a sub-query that does not project it). The value is
serialised as an RDF term by pyoxigraph, never pasted: ``"`` and ``}`` stay inside the
literal.
"""
from __future__ import annotations

import re
from typing import Any

from graph.errors import QueryError

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<pname>\w[\w.-]*:[\w.:%-]*|:[\w.:%-]*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<open>\{)
  | (?P<close>\})
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)

_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
VARNAME = re.compile(r"\w+")


def tokens(query: str) -> list[tuple[str, str, int, int]]:
    """(kind, text, start, end) of the query's tokens, spaces and comments left out.

    >>> [t[:2] for t in tokens('SELECT ?s { ?s rdfs:label "SERVICE" }')][:4]
    [('word', 'SELECT'), ('var', '?s'), ('open', '{'), ('var', '?s')]
    """
    out = []
    for m in _TOKEN.finditer(query):
        kind = m.lastgroup
        if kind in ("space", "comment"):
            continue
        out.append((kind, m.group(), m.start(), m.end()))
    return out


def uses_service(query: str) -> bool:
    """Whether a query (or update) names a ``SERVICE``.

    >>> uses_service("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT ?service { ?service rdfs:label "SERVICE" } # SERVICE')
    False
    """
    return any(kind == "word" and text.upper() == "SERVICE" for kind, text, _, _ in tokens(query))


def check_service(query: str) -> None:
    """Raise QueryError for a federated query: no outgoing request unless asked for."""
    if uses_service(query):
        raise QueryError("SERVICE is refused: the query would make this machine send requests to another server",
                         hint="pass --allow-service (Python: allow_service=True) if you mean it")


def _match(toks: list, i: int) -> int:
    """Index of the ``}`` closing the ``{`` at ``toks[i]`` (len(toks) when unbalanced)."""
    depth = 0
    for j in range(i, len(toks)):
        if toks[j][0] == "open":
            depth += 1
        elif toks[j][0] == "close":
            depth -= 1
            if depth == 0:
                return j
    return len(toks)


def where_group(toks: list) -> tuple[int, int]:
    """(index of ``{``, index of ``}``) of the query's top-level WHERE pattern."""
    depth = 0
    form = None
    for i, (kind, text, _, _) in enumerate(toks):
        if kind == "open":
            if depth == 0 and form is not None:
                if form == "CONSTRUCT":  # the template comes first: the pattern is the next group
                    form = "CONSTRUCT-TEMPLATE"
                    depth += 1
                    continue
                return i, _match(toks, i)
            depth += 1
        elif kind == "close":
            depth -= 1
        elif kind == "word" and depth == 0:
            up = text.upper()
            if form is None and up in _FORMS:
                form = up
                if up == "CONSTRUCT" and i + 1 < len(toks) and toks[i + 1][1].upper() == "WHERE":
                    raise QueryError("a binding needs CONSTRUCT { … } WHERE { … }, not the short form "
                                     "CONSTRUCT WHERE { … }")
            elif form == "CONSTRUCT-TEMPLATE":
                form = "CONSTRUCT-PATTERN"
            elif up in ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"):
                raise QueryError("bindings apply to queries, not updates")
    raise QueryError("the query has no WHERE pattern to bind variables in")


def _visible(toks: list, start: int, end: int) -> set[str]:
    """Variables of the group toks[start..end] in its scope: a sub-query counts with its projection only."""
    seen: set[str] = set()
    i = start + 1
    while i < end:
        kind, text = toks[i][0], toks[i][1]
        if kind == "word" and text.upper() == "SELECT":
            j = i + 1
            while j < end and toks[j][1].upper() in ("DISTINCT", "REDUCED"):
                j += 1
            star = j < end and toks[j][1] == "*"
            while j < end and toks[j][0] != "open" and toks[j][1].upper() != "WHERE":
                if toks[j][0] == "var":
                    seen.add(toks[j][1][1:])
                j += 1
            while j < end and toks[j][0] != "open":
                j += 1
            close = _match(toks, j) if j < end else end
            if star:  # SELECT *: everything in its pattern is projected
                seen |= _visible(toks, j, close)
            i = close + 1
            continue
        if kind == "var":
            seen.add(text[1:])
        i += 1
    return seen


def bind(query: str, bindings: dict[str, Any] | None, term=None) -> str:
    """The query with ``bindings`` as a VALUES block at the top of its WHERE pattern.

    ``term`` turns a value into a pyoxigraph term (default: ``graph.store._term``).

    >>> bind("SELECT (COUNT(*) AS ?n) WHERE { ?e rdfs:label ?x }", {"x": "业委会"})
    'SELECT (COUNT(*) AS ?n) WHERE { VALUES (?x) { ("业委会") } ?e rdfs:label ?x }'
    >>> bind("SELECT ?n WHERE { ?e rdfs:label ?x }", {"n": "a"})
    Traceback (most recent call last):
    graph.errors.QueryError: ?n is not in the query's WHERE pattern, so binding it would change nothing
    """
    if not bindings:
        return query
    if term is None:
        from graph.store import _term as term
    names = []
    for raw in bindings:
        name = str(raw)[1:] if str(raw)[:1] in "?$" else str(raw)
        if not VARNAME.fullmatch(name):
            raise QueryError(f"bad variable name {str(raw)[:40]!r}", hint="a binding is NAME=VALUE, NAME letters, "
                                                                          "digits or _")
        names.append(name)
    if len(set(names)) != len(names):
        raise QueryError("a variable is bound twice")
    toks = tokens(query)
    open_, close = where_group(toks)
    visible = _visible(toks, open_, close)
    for name in names:
        if name not in visible:
            raise QueryError(f"?{name} is not in the query's WHERE pattern, so binding it would change nothing")
    block = "VALUES (" + " ".join("?" + n for n in names) + ") { (" + \
        " ".join(str(term(v)) for v in bindings.values()) + ") }"
    at = toks[open_][3]
    first = toks[open_ + 1] if open_ + 1 < len(toks) else None
    if first is not None and first[0] == "word" and first[1].upper() == "SELECT" and close < len(toks):
        end = toks[close][2]  # the pattern is one sub-query: wrap it as a group
        return f"{query[:at]} {block} {{{query[at:end]}}}{query[end:]}"
    return f"{query[:at]} {block}{query[at:]}"
