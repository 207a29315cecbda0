"""Document metadata (title, date, publisher, author, source, format, articles) and its one RDF mapping.

The reader finds what the file says (``graph.read.formats``: a page's meta tags, a PDF's or
Word file's properties); ``document_metadata`` completes it from a sidecar
(``report.txt`` + ``report.meta.json``) and from the title and byline lines the reader found.
The interchange JSON carries it as ``"metadata"``. ``triples`` writes it on the ``gg:Document``
node in Dublin Core terms, ``from_triples`` reads it back; build, export and the networkx
projection all go through this module, so the mapping lives here only:

===========  =====================  =========================================
field        property               value
===========  =====================  =========================================
title        ``dcterms:title``      string
date         ``dcterms:date``       ``xsd:date`` (``xsd:gYearMonth``, ``xsd:gYear`` when partial)
publisher    ``dcterms:publisher``  string (a site's or a journal's name)
author       ``dcterms:creator``    string (a byline: a body or a person)
source       ``dcterms:source``     ``xsd:anyURI`` (the page's canonical URL)
format       ``dcterms:format``     media type, e.g. ``text/html``
articles     ``dcterms:hasPart``    ``<doc>/article/<n>`` with ``dcterms:title``, ``dcterms:creator``
===========  =====================  =========================================
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox

from graph.errors import InputError

DCTERMS = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
#: field → Dublin Core term (local name)
TERMS = {"title": "title", "date": "date", "publisher": "publisher", "author": "creator", "source": "source",
         "format": "format"}
FIELDS = tuple(TERMS)
SIDECAR = ".meta.json"
_DATE_RE = re.compile(r"^\s*(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?\s*月?)?\s*年?")


def dc(term: str) -> ox.NamedNode:
    """A Dublin Core term as a pyoxigraph node."""
    return ox.NamedNode(DCTERMS + term)


def normalise_date(value, where: str = "") -> str:
    """A date as ISO 8601 (``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when that is all it says).

    Examples
    --------
    >>> normalise_date("2023年5月2日"), normalise_date("2023-05-12T09:30:00+08:00"), normalise_date("2023/6")
    ('2023-05-02', '2023-05-12', '2023-06')
    >>> normalise_date("last spring", "r.meta.json")
    Traceback (most recent call last):
    graph.errors.InputError: r.meta.json: date 'last spring' is not a date (write 2023-05-12, 2023-05 or 2023)
    """
    m = _DATE_RE.match(str(value))
    parts = [int(p) for p in m.groups() if p] if m else []
    valid = bool(parts) and 1000 <= parts[0] <= 2999 and (len(parts) < 2 or 1 <= parts[1] <= 12) \
        and (len(parts) < 3 or 1 <= parts[2] <= 31)
    if not valid:
        raise InputError(f"{where + ': ' if where else ''}date {str(value)!r} is not a date "
                         "(write 2023-05-12, 2023-05 or 2023)")
    return "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])


def read_sidecar(report: str | Path) -> tuple[dict, bytes]:
    """The metadata in ``<report stem>.meta.json`` beside a report (``{}`` when there is none),
    and its bytes (they count in the document's hash, so editing the sidecar rebuilds it)."""
    report = Path(report)
    path = report.with_name(report.stem + SIDECAR)
    if not path.is_file():
        return {}, b""
    raw = path.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not readable as JSON ({exc})") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: not a JSON object", hint="write {\"title\": …, \"date\": \"2023-05-12\"}")
    unknown = sorted(set(data) - set(FIELDS) - {"articles"})
    if unknown:
        raise InputError(f"{path}: unknown field {unknown[0]!r}", hint="fields: " + ", ".join(FIELDS))
    return clean(data, str(path)), raw


def clean(meta: dict | None, where: str = "", strict: bool = True) -> dict:
    """Metadata with known fields only, strings stripped, the date in ISO form, empty values
    dropped. A date that is not one raises InputError, or with ``strict=False`` is dropped."""
    out: dict = {}
    for key in FIELDS:
        value = (meta or {}).get(key)
        if value is None or not str(value).strip():
            continue
        value = " ".join(str(value).split())
        if key == "date":
            try:
                value = normalise_date(value, where)
            except InputError:
                if strict:
                    raise
                continue
        out[key] = value
    articles = [{k: " ".join(str(a[k]).split()) for k in ("title", "author") if a.get(k)}
                for a in (meta or {}).get("articles") or () if isinstance(a, dict)]
    if any(articles):
        out["articles"] = articles
    return out


def document_metadata(doc, sidecar: dict | None = None) -> dict:
    """The metadata of a read ``Document``: the sidecar's fields first, then what the file
    holds (``doc.meta``), then the first article's title and byline; the format; every
    article's title and byline."""
    from graph.read.formats import MEDIA_TYPES

    meta = dict(clean(doc.meta, strict=False))  # a page's odd date is dropped, not fatal
    meta.update(clean(sidecar))
    first = doc.articles[0] if doc.articles else None
    if first is not None and "title" not in meta and first.title:
        meta["title"] = first.title
    if first is not None and "author" not in meta and first.author:
        meta["author"] = first.author
    meta["format"] = meta.get("format") or MEDIA_TYPES.get(getattr(doc, "format", "text"), "text/plain")
    if "articles" not in meta:
        articles = [{k: v for k, v in (("title", a.title), ("author", a.author)) if v} for a in doc.articles]
        if any(articles):
            meta["articles"] = articles
    return {k: meta[k] for k in (*FIELDS, "articles") if k in meta}


# -- RDF --------------------------------------------------------------------------------------


def _date_literal(value: str) -> ox.Literal:
    kind = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(value))
    return ox.Literal(value, datatype=ox.NamedNode(XSD + kind)) if kind else ox.Literal(value)


def triples(doc: ox.NamedNode, meta: dict | None) -> list[tuple]:
    """(subject, predicate, object) tuples describing ``doc`` (a ``gg:Document`` node).

    >>> d = ox.NamedNode("https://w3id.org/govgraph/id/doc/r.txt-ab")
    >>> ts = triples(d, {"title": "某市：标题", "date": "2023-05-12", "articles": [{"title": "某市：标题"}]})
    >>> from_triples(d, ts)
    {'title': '某市：标题', 'date': '2023-05-12', 'articles': [{'title': '某市：标题'}]}
    """
    meta = clean(meta)
    out = []
    for key, term in TERMS.items():
        if key not in meta:
            continue
        value = meta[key]
        obj = (_date_literal(value) if key == "date"
               else ox.Literal(value, datatype=ox.NamedNode(XSD + "anyURI")) if key == "source"
               else ox.Literal(value))
        out.append((doc, dc(term), obj))
    for n, article in enumerate(meta.get("articles") or (), start=1):
        node = ox.NamedNode(f"{doc.value}/article/{n}")
        out.append((doc, dc("hasPart"), node))
        out.append((node, dc("isPartOf"), doc))
        for key in ("title", "author"):
            if article.get(key):
                out.append((node, dc(TERMS[key]), ox.Literal(article[key])))
    return out


def from_triples(doc: ox.NamedNode | str, found) -> dict:
    """The metadata of ``doc`` from (subject, predicate, object) triples (pyoxigraph terms or
    strings), the inverse of ``triples``."""
    doc = doc.value if isinstance(doc, ox.NamedNode) else doc
    by_field = {DCTERMS + t: k for k, t in TERMS.items()}
    meta: dict = {}
    parts: dict[str, dict] = {}
    for s, p, o in found:
        s, p = _str(s), _str(p)
        o = _str(o)
        if s == doc and p in by_field:
            meta[by_field[p]] = o
        elif s.startswith(doc + "/article/") and p in by_field:
            parts.setdefault(s, {})[by_field[p]] = o
    out = {k: meta[k] for k in FIELDS if k in meta}
    if parts:
        def number(iri: str) -> int:
            tail = iri.rsplit("/", 1)[-1]
            return int(tail) if tail.isdigit() else 0
        out["articles"] = [{k: parts[s][k] for k in ("title", "author") if k in parts[s]}
                           for s in sorted(parts, key=number)]
    return out


def _str(term) -> str:
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)) else str(term)


def in_period(date: str | None, since: str | None = None, until: str | None = None) -> bool:
    """Whether a document date falls within [since, until] (ISO strings; a partial date such as
    ``2023`` is within a period that overlaps it). No date is never within a period asked for.

    >>> in_period("2023-05-12", since="2023-01-01"), in_period("2022", since="2023"), in_period(None, until="2024")
    (True, False, False)
    >>> in_period("2023", since="2023-06-01", until="2023-06-30")
    True
    """
    if since is None and until is None:
        return True
    if not date:
        return False
    if since is not None and date + "-99" < since:       # the last day a partial date can mean
        return False
    if until is not None and date[:len(until)] > until[:len(date)]:
        return False
    return True
