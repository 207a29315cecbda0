"""The command line: parse arguments, call one API function, format the result."""
from __future__ import annotations

import contextlib
import sys

import click

from graph.errors import GovgraphError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(package_name="govgraph")
@click.option("--unreviewed", is_flag=True,
              help="Questions, exports, pages and SPARQL see the machine's statements, not the reviewed graph.")
def cli(unreviewed):
    """govgraph: reports on Party-building-led urban grassroots governance
    (党建引领城市基层治理) into a knowledge graph with evidence.

    The pipeline: read → extract → build → (review) → query / render / export.

    \b
    Examples:
      govgraph read seeds/
      govgraph --unreviewed links 业委会      # before the analysts' decisions
    """
    from graph.store import Store
    Store.view = "machine" if unreviewed else "reviewed"


def _warn(message, category, filename, lineno, file=None, line=None):  # noqa: ARG001
    click.echo(f"Warning: {' '.join(str(message).split())}", err=True)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; a GovgraphError becomes one line on stderr and exit status 1,
    a warning (a report with a few undecodable bytes) one line on stderr."""
    import warnings
    warnings.showwarning = _warn
    try:
        cli.main(args=argv, prog_name="govgraph", standalone_mode=False)
    except GovgraphError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except click.exceptions.Abort:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


# Commands are added below, one block per stage, each: parse → call the API → format.


# -- render: the interactive network page --------------------------------------------------

@cli.command("render")
@click.option("-o", "--output", default="network.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML file to write (UTF-8, self-contained, works offline).")
@click.option("--relation", "relations", multiple=True, metavar="R",
              help="Only these relations (repeatable), in English or Chinese: coBuilds, 共建, concurrentPost, 交叉任职 ….")
@click.option("--place", metavar="P", help="Only the entities of this place (and places inside it) tied by those relations.")
@click.option("--focus", metavar="LABEL", help="Only the neighbourhood of this entity (of --place, if given).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(min=0),
              help="Hops around --focus.")
@click.option("--max-nodes", default=3000, show_default=True, type=click.IntRange(min=1),
              help="Above this many entities, show the most connected ones and say what was left out.")
@click.option("--title", help="Page title.")
@click.option("--rejected", is_flag=True, help="Also draw the relations analysts rejected (greyed, off at first).")
@click.option("--store", "store_dir", metavar="DIR", help="Store folder (default $GOVGRAPH_STORE or ./govgraph-store).")
@click.option("--endpoint", metavar="URL", help="A SPARQL 1.1 server as the store (default $GOVGRAPH_ENDPOINT).")
def render_command(output, relations, place, focus, depth, max_nodes, title, rejected, store_dir, endpoint):
    """Write the interactive network page: filter, search, click a relation to read its sentence.

    Entities with no relation shown are left out of the drawing (a toggle in the page
    shows them). "Wrote …" goes to stderr.

    \b
    Examples:
      govgraph render -o network.html
      govgraph render --relation coBuilds -o cobuilding.html
      govgraph render --focus 业委会 --depth 2 --place 成都市
      govgraph render --rejected -o review.html
    """
    from graph.errors import StoreError
    from graph.network import to_networkx
    from graph.render import render
    from graph.store import Store, store_path

    store = Store.open(store_dir, read_only=True, endpoint=endpoint)
    G = to_networkx(store)
    if not G.number_of_nodes():
        raise StoreError(f"the store at {getattr(store, 'url', None) or store_path(store_dir)} holds no entities",
                         hint="run `govgraph build seeds/` first")
    if rejected:
        from graph.review import with_rejected
        G = with_rejected(store, G)
    page = render(G, output, relations=relations or None, place=place, focus=focus, depth=depth,
                  max_nodes=max_nodes, title=title)
    shown = sum(1 for n in page.data["nodes"] if not n["unconnected"])
    hidden = len(page.data["nodes"]) - shown
    click.echo(f"Wrote {output}: {shown} entities, {len(page.data['edges'])} relations"
               + (f" ({hidden} unconnected entities hidden; the page's toggle shows them)." if hidden else "."),
               err=True)
    if page.data["omitted"]:
        click.echo(page.data["omitted"]["note"], err=True)


# --- read ------------------------------------------------------------------------------------


@cli.command("read")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: articles, headings and sentences with offsets; json: the whole document.")
def read_command(inputs, fmt):
    """Read report files (or directories of *.txt/*.md/*.text) and print the repaired structure.

    Decodes the file (UTF-8, UTF-16, GB18030 …), drops repeated paragraphs and headings,
    re-joins sentences cut by blank lines, page breaks or headings, splits the file into
    articles (title, author body, place) and numbers every sentence by its character
    offsets into the repaired text (and the line of the original file it starts on).
    A bad file is reported on stderr as one line (file: reason); the good ones are still
    printed, and the exit status is 1 if any input failed. JSON output is a list with
    one object per document.

    \b
    Examples:
      govgraph read seeds/
      govgraph read seeds/000_494ed71236812c41.txt --format json
    """
    from graph.output import dumps
    from graph.read import document_to_dict, read_paths

    failed = 0
    docs = []
    for item in read_paths(inputs):
        if isinstance(item, GovgraphError):
            failed += 1
            click.echo(str(item), err=True)
            continue
        if fmt == "json":
            docs.append(document_to_dict(item))
        else:
            click.echo(_read_as_text(item))
    if fmt == "json":
        click.echo(dumps(docs))
    if failed:
        sys.exit(1)


def _read_as_text(doc) -> str:
    """A document as indented text: articles, then headings (#) and sentences with offsets."""
    out = [f"== {doc.path or doc.name}  [{doc.encoding}] {len(doc.articles)} articles, "
           f"{len(doc.paragraphs)} paragraphs, {len(doc.headings)} headings, {len(doc.sentences)} sentences"]
    heads = {h.start: h for h in doc.headings}
    paras = {p.start: p for p in doc.paragraphs}
    for i, art in enumerate(doc.articles):
        out.append(f"\n[article {i}] {art.start}-{art.end}")
        out.append(f"  title:  {art.title or '(none)'}")
        out.append(f"  author: {art.author or '(none)'}")
        chain = " > ".join(art.places)
        out.append(f"  place:  {art.place or '(none)'}" + (f"  ({chain})" if len(art.places) > 1 else ""))
        for start in sorted(k for k in {**heads, **paras} if art.start <= k < art.end):
            if start in heads:
                h = heads[start]
                out.append(f"  # {h.start}-{h.end} L{h.line}  {h.text}")
            else:
                out.append("")
                for s in (doc.sentences[k] for k in paras[start].sentences):
                    mark = "  (fragment)" if s.fragment else ""
                    out.append(f"    {s.start}-{s.end} L{s.line}  {s.text}{mark}")
    return "\n".join(out)


# --- build, store and questions (graph/build.py, graph/query.py, graph/export.py) ------------

from graph.output import output_options  # noqa: E402  (shared decorator for listing commands)

_STORE_HELP = "Store folder (default $GOVGRAPH_STORE or ./govgraph-store)."
_ENDPOINT_OPTION = click.option("--endpoint", metavar="URL",
                                help="A SPARQL 1.1 server as the store instead of a folder (default "
                                     "$GOVGRAPH_ENDPOINT); e.g. http://127.0.0.1:7878 (Oxigraph) or "
                                     "http://host:3030/ds/query (Fuseki).")


def _set_timeout(ctx, param, value):  # noqa: ARG001
    """--timeout is $GOVGRAPH_TIMEOUT for this run: every store and request reads it from there."""
    import os

    from graph.store import TIMEOUT_ENV
    if value is not None:
        os.environ[TIMEOUT_ENV] = repr(value)
    return value


_TIMEOUT = click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
                        callback=_set_timeout, expose_value=False, is_eager=True,
                        help="Give up on another server after this many seconds without an answer "
                             "(default $GOVGRAPH_TIMEOUT or 30).")


def _ENDPOINT(command):  # noqa: N802 — used as a decorator like the options above
    """--endpoint URL and --timeout SECONDS."""
    return _ENDPOINT_OPTION(_TIMEOUT(command))


LINKS_COLUMNS = ["entity_place", "direction", "predicate", "other", "other_place", "count", "role", "documents",
                 "dates", "quote"]
PATH_COLUMNS = ["path", "hop", "from", "from_place", "direction", "predicate", "to", "to_place", "count", "role",
                "documents", "dates", "quote"]
INTERLOCK_COLUMNS = ["rank", "subject", "subject_place", "object", "object_place", "people", "roles", "reports",
                     "documents", "quote"]
COBUILD_COLUMNS = ["component", "size", "a", "a_place", "b", "b_place", "count", "reports", "documents", "quote"]
BROKER_COLUMNS = ["rank", "entity", "place", "type", "betweenness", "degree"]


def _period(f):
    """--since/--until: only what documents dated within the period reported."""
    f = click.option("--until", metavar="DATE", help="Only relations reported in documents dated on or before "
                                                      "DATE (2023-12-31, 2023-12 or 2023).")(f)
    return click.option("--since", metavar="DATE", help="Only relations reported in documents dated on or after "
                                                        "DATE (a document's date: its page, or a .meta.json sidecar).")(f)


def _open_graph(store_dir, endpoint=None, since=None, until=None):
    """The networkx projection of a store opened read-only, of the period asked for; an empty
    store is an error."""
    from graph.errors import StoreError
    from graph.network import reported, to_networkx
    from graph.store import Store, store_path

    store = Store.open(store_dir, read_only=True, endpoint=endpoint)
    G = to_networkx(store)
    if not G.number_of_nodes():
        raise StoreError(f"the store at {getattr(store, 'url', None) or store_path(store_dir)} holds no entities",
                         hint="run `govgraph build seeds/` first")
    return reported(G, since, until)


def _table(rows, fmt, columns, full=False):
    """Render rows; the table view shows ``columns``, the other formats every field.
    Long table cells are cut at a phrase boundary unless ``full``."""
    from graph.output import render
    return render(rows, fmt, columns if fmt == "table" or not rows else None, max_width=None if full else 60)


def _emit(rows, fmt, columns, what, full=False):
    """Print a listing on stdout; an empty one is ``[]`` (JSON), a header (CSV) or nothing, and
    a "no …" line on stderr."""
    if not rows:
        if fmt in ("json", "csv"):
            click.echo(_table(rows, fmt, columns))
        click.echo(f"no {what}", err=True)
        return
    click.echo(_table(rows, fmt, columns, full=full))


_FULL = click.option("--full", is_flag=True, help="Whole quotes in the table (default: cut at a phrase boundary).")


def _progress(items, label):
    """A progress bar on stderr for more than a few items, and only when stderr is a terminal."""
    items = list(items)
    if len(items) <= 3 or not sys.stderr.isatty():
        return contextlib.nullcontext(items)
    return click.progressbar(items, label=label, file=sys.stderr,
                             item_show_func=lambda i: i[0] if isinstance(i, tuple) else None)


@cli.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
@click.option("--force", is_flag=True, help="Rebuild documents whose content is unchanged.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(min=1),
              help="Extract in N worker processes; the store is written in input order, as with 1.")
@output_options()
def build_command(paths, store_dir, endpoint, force, jobs, fmt):
    """Read, extract and store reports (default: seeds/); unchanged documents are skipped.

    Each document goes into its own named graph in one transaction: a changed file
    replaces its graph, an interrupted build leaves the store as it was. PATHS may also
    be interchange JSON files (gold files, or `govgraph export --format json`).

    \b
    Examples:
      govgraph build seeds/
      govgraph build new_report.txt --store /data/govgraph
      GOVGRAPH_STORE=/data/govgraph govgraph build reports/ --force
      govgraph build reports/ --jobs 4 --endpoint http://127.0.0.1:7878
    """
    from graph.build import build
    from graph.store import Store

    def progress(items):
        with _progress(items, "Building") as bar:
            yield from bar

    store = Store.open(store_dir, read_only=False, endpoint=endpoint)
    summary = build(paths or ["seeds"], store, force=force, progress=progress, jobs=jobs)
    if (summary.added or summary.replaced) and store.cache_dir is not None:
        from graph.network import to_networkx
        to_networkx(store)  # warm the projection cache the questions read
    for name, reason in summary.failed:
        click.echo(f"skipped {reason}" if name in reason else f"skipped {name}: {reason}", err=True)
    click.echo(_table(summary.rows(), fmt, None))
    if summary.failed:
        sys.exit(1)


@cli.command("remove")
@click.argument("documents", nargs=-1, required=True)
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
def remove_command(documents, store_dir, endpoint):
    """Remove documents (by file name) and everything only they said from the store.

    Every known name is removed; unknown names are listed in one line (exit status 1).

    \b
    Example:
      govgraph remove 000_494ed71236812c41.txt 001_78c3c1b5f2f47d1e.txt
    """
    from graph.build import remove_many
    from graph.store import Store

    store = Store.open(store_dir, read_only=False, endpoint=endpoint, create=False)
    removed, unknown = remove_many(store, documents)
    for name in removed:
        click.echo(f"Removed {name}.")
    if unknown:
        raise unknown


@cli.command("links")
@click.argument("label")
@click.option("--place", metavar="P", help="Only the entity of this place (type-level entities).")
@click.option("--relation", "relations", multiple=True, metavar="R",
              help="Only these relations (repeatable; English or Chinese, e.g. coBuilds or 共建).")
@click.option("--no-figures", is_flag=True, help="Leave out the figures the reports give about the entity.")
@_FULL
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
@_period
@output_options()
def links_command(label, place, relations, no_figures, full, store_dir, endpoint, fmt, since, until):
    """Everything linked to an entity, both directions, with count, role and evidence, then
    the figures the reports give about it (predicate "figure", the value as count, the unit
    as role, the clause as quote).

    \b
    Columns: entity_place, direction, predicate, other, other_place, count, role, documents, dates, quote
    (JSON/CSV also: entity, other_type, approx and every piece of evidence).
    Examples:
      govgraph links 物业服务企业 --place 临江市
      govgraph links 业主委员会 --relation 交叉任职 --json
      govgraph links 物业服务企业 --since 2023-01-01 --until 2023-12-31
    Python: graph.query.links(G, "物业服务企业", place="临江市") + graph.query.figures(G, "物业服务企业", place="临江市")
    """
    from graph.query import figure_rows, figures, links

    G = _open_graph(store_dir, endpoint, since, until)
    rows = links(G, label, place=place, relation=relations or None)
    if not no_figures and not relations:
        rows += figure_rows(figures(G, label, place=place))
    _emit(rows, fmt, LINKS_COLUMNS, f"links of {label}", full)


@cli.command("path")
@click.argument("a")
@click.argument("b")
@click.option("--relation", "relations", multiple=True, metavar="R",
              help="Only through these relations (English or Chinese).")
@click.option("--max-hops", default=4, show_default=True, type=click.IntRange(min=1), help="Longest path searched.")
@click.option("--limit", default=5, show_default=True, type=click.IntRange(min=1), help="Most paths shown.")
@click.option("--from-place", metavar="P", help="Place of A (type-level entities).")
@click.option("--to-place", metavar="P", help="Place of B.")
@_FULL
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
@_period
@output_options()
def path_command(a, b, relations, max_hops, limit, from_place, to_place, full, store_dir, endpoint, fmt, since, until):
    """The shortest connections between two entities, each hop with its places and evidence.

    No path is a "no path …" line on stderr (an empty list with --json) and exit status 1.

    \b
    Columns: path, hop, from, from_place, direction, predicate, to, to_place, count, role, documents, dates, quote
    Examples:
      govgraph path 桃源社区党支部 江北市
      govgraph path 业委会 社区党组织 --relation concurrentPost --max-hops 2
    Python: graph.query.paths(G, "桃源社区党支部", "江北市")
    """
    from graph.errors import NoPath
    from graph.query import path_rows, paths

    G = _open_graph(store_dir, endpoint, since, until)
    try:
        found = paths(G, a, b, relation=relations or None, max_hops=max_hops, limit=limit,
                      place_a=from_place, place_b=to_place)
    except NoPath as exc:
        if fmt in ("json", "csv"):
            click.echo(_table([], fmt, PATH_COLUMNS))
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    _emit(path_rows(found), fmt, PATH_COLUMNS, "path", full)


@cli.command("interlocks")
@click.option("--place", metavar="P", help="Only this place (and places inside it).")
@click.option("--limit", type=click.IntRange(min=1), help="Most pairs shown.")
@_FULL
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
@_period
@output_options()
def interlocks_command(place, limit, full, store_dir, endpoint, fmt, since, until):
    """Pairs of bodies bridged by concurrent posts, ranked by people, then reports.

    \b
    Columns: rank, subject, subject_place, object, object_place, people, roles, reports, documents, quote
    Example:
      govgraph interlocks --place 临江市
    Python: graph.query.interlocks(G, place="临江市")
    """
    from graph.query import interlocks

    rows = interlocks(_open_graph(store_dir, endpoint, since, until), place=place)[:limit]
    _emit(rows, fmt, INTERLOCK_COLUMNS, "concurrent posts" + (f" in {place}" if place else ""), full)


@cli.command("cobuild")
@click.option("--place", metavar="P", help="Only this place (and places inside it).")
@_FULL
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
@_period
@output_options()
def cobuild_command(place, full, store_dir, endpoint, fmt, since, until):
    """The co-building network: who co-builds with whom, by connected component.

    \b
    Columns: component, size, a, a_place, b, b_place, count, reports, documents, quote
    Example:
      govgraph cobuild --place 江北市
    Python: graph.query.cobuild(G, place="江北市")
    """
    from graph.query import cobuild

    rows = cobuild(_open_graph(store_dir, endpoint, since, until), place=place)
    _emit(rows, fmt, COBUILD_COLUMNS, "co-building" + (f" in {place}" if place else ""), full)


@cli.command("brokers")
@click.option("--place", metavar="P", help="Only this place (and places inside it).")
@click.option("--top", default=20, show_default=True, type=click.IntRange(min=1), help="How many to list.")
@click.option("--all-types", is_flag=True, help="Rank every entity, not only organisations.")
@click.option("--sample", "k", default=200, show_default=True, type=click.IntRange(min=1),
              help="Sources sampled for betweenness on large graphs (fixed seed).")
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
@_period
@output_options()
def brokers_command(place, top, all_types, k, store_dir, endpoint, fmt, since, until):
    """The bodies on most shortest paths (betweenness: exact on small graphs, sampled from
    --sample sources with a fixed seed on large ones; a line on stderr, and the method field
    of --json/--csv/--nl, says which).

    \b
    Columns: rank, entity, place, type, betweenness, degree
    Example:
      govgraph brokers --place 海湾区 --top 10
    Python: graph.query.brokers(G, place="海湾区", top=10)
    """
    from graph.query import BODY_TYPES, brokers

    rows = brokers(_open_graph(store_dir, endpoint, since, until), place=place, top=top,
                   types=None if all_types else BODY_TYPES, k=k)
    if rows and fmt == "table":
        click.echo(f"betweenness: {rows[0]['method']}", err=True)
    _emit(rows, fmt, BROKER_COLUMNS, "relations" + (f" in {place}" if place else ""))


@cli.command("compare")
@click.argument("place_a")
@click.argument("place_b")
@click.option("--aspect", "aspects", multiple=True, type=click.Choice(["relation", "mechanism", "figure", "pattern"]),
              help="Only these parts (repeatable; default all).")
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
@_period
@output_options()
def compare_command(place_a, place_b, aspects, store_dir, endpoint, fmt, since, until):
    """Two places side by side: a summary per relation type (distinct pairs shared, only in
    A, only in B) and of the mechanisms, then each mechanism, the figures side by side and
    the relation patterns between bodies. Mechanism names that differ only in the head
    noun (团队/队伍) are flagged in the note column.

    \b
    Columns: aspect, item, A, B, shared, only A, only B, status, note (A and B: the two places)
    Examples:
      govgraph compare 临江市 海湾区
      govgraph compare 临江市 海湾区 --aspect figure --aspect mechanism
    Python: graph.query.compare(G, "临江市", "海湾区", aspect=["figure", "mechanism"])
    """
    from graph.query import compare

    rows = compare(_open_graph(store_dir, endpoint, since, until), place_a, place_b, aspect=aspects or None)
    columns = ["aspect", "item", place_a, place_b, "shared", f"only {place_a}", f"only {place_b}", "status", "note"]
    _emit(rows, fmt, columns, f"difference between {place_a} and {place_b}")


@cli.command("sparql")
@click.argument("query")
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to the string VALUE (repeatable) wherever it occurs in the WHERE pattern; "
                   "values are never pasted into the query.")
@click.option("--allow-service", is_flag=True,
              help="Let SERVICE <url> send requests to other servers (refused by default), within --timeout.")
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
@output_options()
def sparql_command(query, binds, allow_service, store_dir, endpoint, fmt):
    """Run SPARQL 1.1 (a query, or a file holding one) over the store.

    All document graphs form the default graph; prefixes gg:, ggk:, rdfs:, skos:, prov:,
    oa:, org:, dcterms: are predeclared.

    \b
    Examples:
      govgraph sparql 'SELECT ?p (COUNT(*) AS ?n) WHERE { ?r gg:predicate ?p } GROUP BY ?p'
      govgraph sparql queries/labels.rq --bind label=业委会 --csv
      govgraph sparql 'SELECT (COUNT(*) AS ?n) { ?e rdfs:label ?x }' --bind x=业委会
    Python: graph.query.sparql(store, query, {"label": "业委会"})
    """
    from pathlib import Path

    from graph.errors import QueryError
    from graph.query import sparql
    from graph.store import Store

    bindings = {}
    for b in binds:
        name, sep, val = b.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"bad --bind {b}", hint="write --bind NAME=VALUE")
        bindings[name.strip()] = val
    text = query
    try:
        if "\n" not in query and len(query) < 1024 and Path(query).is_file():
            text = Path(query).read_text(encoding="utf-8")
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read the query file {query}: {exc}") from None
    result = sparql(Store.open(store_dir, read_only=True, endpoint=endpoint), text, bindings,
                    allow_service=allow_service)
    rows = [{"ask": result}] if isinstance(result, bool) else result
    if fmt == "table":  # IRIs as prefixed names, never cut: a cut IRI names nothing
        rows = [{k: _compact(v) for k, v in r.items()} for r in rows]
    _emit(rows, fmt, None, "results", full=True)


def _compact(value):
    """An IRI as a prefixed name (id:type/PropertyCompany/…) for the table view."""
    from graph.store import PREFIXES
    if isinstance(value, str) and value.startswith("http"):
        for prefix, ns in sorted(PREFIXES.items(), key=lambda x: -len(x[1])):
            if value.startswith(ns):
                return f"{prefix}:{value[len(ns):]}"
    return value


@cli.command("export")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["ttl", "trig", "nt", "jsonld", "graphml", "gexf", "csv", "json"]),
              help="RDF (ttl, trig, nt, jsonld), Gephi (graphml, gexf), csv (nodes + edges) or interchange json.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
@click.option("--ontology", is_flag=True, help="Include the ontology graph (RDF formats).")
@click.option("--table", "table", type=click.Choice(["nodes", "edges", "evidence"]),
              help="csv: only this table (the way to write a CSV to stdout).")
@click.option("--no-bom", is_flag=True,
              help="csv: no byte-order mark (by default there is one, so that Excel reads Chinese).")
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
def export_command(fmt, output, ontology, table, no_bom, store_dir, endpoint):
    """Export the graph; output is sorted, so the same input gives byte-identical files.

    CSV and GraphML/GEXF carry labels, types and places of both ends and every piece of
    evidence (document, sentence, span, quote); coBuilds is undirected in GraphML/GEXF.
    A CSV export is three tables: nodes, edges and evidence (one row per quote).

    \b
    Examples:
      govgraph export --format ttl -o graph.ttl
      govgraph export --format gexf -o graph.gexf
      govgraph export --format csv -o graph.csv      # graph.nodes.csv, graph.edges.csv, graph.evidence.csv
      govgraph export --format csv -o tables/        # tables/nodes.csv, tables/edges.csv, tables/evidence.csv
      govgraph export --format csv --table edges > edges.csv
    Python: graph.export.export(store, "ttl", "graph.ttl")
    """
    from graph.errors import QueryError
    from graph.export import export
    from graph.store import Store

    if fmt == "csv" and output is None and table is None:
        raise QueryError("a CSV export is three tables (nodes, edges, evidence)",
                         hint="give -o NAME.csv or -o FOLDER/, or pick one table for stdout with --table edges")
    files = export(Store.open(store_dir, read_only=True, endpoint=endpoint), fmt, output, ontology=ontology,
                   table=table, bom=not no_bom)
    if output is None:
        for data in files.values():
            click.echo(data.decode("utf-8"), nl=False)
    else:
        click.echo("Wrote " + ", ".join(files) + ".", err=True)


# --- vocab: what the extractor knows (graph/vocab.py, ontology/*.ttl) ------------------------

@cli.command("vocab")
@click.argument("surface", required=False)
@click.option("--kind", "type_", metavar="TYPE",
              help="Only kinds of this entity class (PartyOrganisation, Role, Place … or its zh label).")
@click.option("--show", type=click.Choice(["kinds", "classes", "predicates", "levels", "cues"]),
              default="kinds", show_default=True,
              help="What to list: kinds, entity classes, relation predicates with their constructions, place levels, cue lists.")
@click.option("--format", "format_", type=click.Choice(["table", "json", "csv", "nl"]),
              help="Output format (same as --table/--json/--csv/--nl).")
@click.option("--ontology", "folder", metavar="DIR", type=click.Path(file_okay=False),
              help="Another ontology folder (default $GOVGRAPH_ONTOLOGY or the project's ontology/).")
@output_options()
def vocab_command(surface, type_, show, format_, folder, fmt):
    """List the vocabulary: kinds with zh/en labels, aliases and class; or classes, predicates,
    place levels, cue lists. With SURFACE, the kind a surface form resolves to.

    To teach the extractor a new kind or alias, edit ontology/kinds.ttl (word lists:
    ontology/lexicon.ttl and cues.ttl; phrasings of relations: ontology/constructions/*.yaml);
    no Python changes.

    \b
    Examples:
      govgraph vocab --kind Role
      govgraph vocab 业主委员会
      govgraph vocab --show predicates --format json
    Python: graph.vocab.listing(graph.vocab.load(), "kinds", type_="Role")
    """
    from graph.vocab import listing, load

    fmt = format_ or fmt or "table"
    v = load(folder)
    rows = listing(v, show, type_=type_, surface=surface)
    columns = {"kinds": ["concept", "zh", "en", "type", "level", "aliases", "hidden", "broader"],
               "classes": ["class", "zh", "en", "kinds"],
               "predicates": ["predicate", "zh", "en", "symmetric", "constructions"],
               "levels": ["level", "rank", "zh", "en", "suffixes"],
               "cues": ["list", "count", "cues"]}[show]
    click.echo(_table(rows, fmt, columns))
    if fmt == "table" and show == "kinds" and surface is None:
        click.echo(f"{len(rows)} kinds from {v.folder}/kinds.ttl", err=True)


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=str),
              help="Write DIR/<document stem>.json per document (the interchange shape) instead of printing.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table"]), default="json",
              show_default=True, help="json: one object per document; jsonl: one line per document; "
                                      "table: the relations with their evidence.")
@click.option("--explain", is_flag=True,
              help="A table of the relations with the construction that stated each "
                   "(file:id under ontology/constructions/) and its evidence.")
def extract_command(paths, out_dir, fmt, explain):
    """Extract entities, relations and figures, each relation with its evidence.

    The output is the interchange JSON of the annotation guide (entities, relations with
    subject/predicate/object, count, role and the evidence quote with its character span
    in the repaired text, quantities), which `score.py` reads and `govgraph build` stores.
    A bad file is reported on stderr as one line; the others are still extracted, and the
    exit status is 1 if any input failed. A progress bar shows on stderr for more than a
    few files (when stderr is a terminal). JSON output is a list with one object per document; --out writes each
    object to its own file, the shape score.py and `govgraph build` read.

    \b
    Examples:
      govgraph extract seeds/
      govgraph extract reports/ --out extracted/
      govgraph extract seeds/000_494ed71236812c41.txt --format table
      govgraph extract seeds/000_494ed71236812c41.txt --explain
    """
    from pathlib import Path

    from graph.extract import extract
    from graph.output import dumps, render, write_atomic
    from graph.read import read_paths

    items = list(read_paths(paths))
    failed = 0
    results = []
    with _progress(items, "Extracting") as iterator:
        for item in iterator:
            if isinstance(item, GovgraphError):
                failed += 1
                click.echo(str(item), err=True)
                continue
            try:
                data = extract(item).to_json()
            except Exception as exc:  # a fault of the extractor on one report: say so, go on with the rest
                failed += 1
                click.echo(f"Error: {item.name}: the extractor failed on this report "
                           f"({type(exc).__name__}: {exc}); please report it with the file", err=True)
                continue
            data["metadata"] = item.meta  # title, date, source … (graph.metadata)
            if out_dir:
                target = Path(out_dir) / (Path(item.name).stem + ".json")
                write_atomic(target, dumps(data, indent=1) + "\n", parents=True)  # never a half-written file
            else:
                results.append(data)
    if explain and not out_dir:
        from graph.extract.lexicon import lexicon
        files = {c.id: c.file for c in lexicon().constructions}
        rows = [{"document": d["document"], "subject": _at(r["subject"], r["subject_place"]),
                 "predicate": r["predicate"], "object": _at(r["object"], r["object_place"]),
                 "construction": ", ".join(f"{files.get(v, '?')}:{v}" for v in r["via"]),
                 "evidence": r["evidence"]}
                for d in results for r in d["relations"]]
        click.echo(render(rows, "table"))
    elif not out_dir:
        if fmt == "json":
            click.echo(dumps(results))
        elif fmt == "jsonl":
            for data in results:
                click.echo(dumps(data, indent=None))
        else:
            rows = [{"document": d["document"], "subject": _at(r["subject"], r["subject_place"]),
                     "predicate": r["predicate"], "object": _at(r["object"], r["object_place"]),
                     "count": r["count"], "role": r["role"], "evidence": r["evidence"]}
                    for d in results for r in d["relations"]]
            click.echo(render(rows, "table"))
    if failed:
        sys.exit(1)


def _at(label: str, place: str | None) -> str:
    return f"{label}@{place}" if place else label


# --- serve: the store as a SPARQL 1.1 endpoint (graph/serve.py) -------------------------------

@cli.command("serve")
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="TCP port (0: any free one).")
@click.option("--bind", default="127.0.0.1", show_default=True, metavar="ADDRESS",
              help="Address to listen on; loopback unless you mean to share it (no authentication).")
@click.option("--writable", is_flag=True,
              help="Accept SPARQL updates (build through --endpoint); read-only by default.")
@click.option("--allow-service", is_flag=True,
              help="Let queries use SERVICE <url>, which makes this machine send requests to other servers "
                   "(refused by default), each within --timeout.")
@_TIMEOUT
def serve_command(store_dir, port, bind, writable, allow_service):
    """Serve the store as a SPARQL 1.1 endpoint (the oxigraph server) for notebooks, YASGUI, other tools.

    All document graphs form the default graph, as in `govgraph sparql`. Read-only
    by default: a local build then fails until the server stops; with --writable every
    govgraph command on this store goes through the server. Ctrl-C stops it.

    \b
    Examples:
      govgraph serve                       # http://127.0.0.1:7878/query
      govgraph serve --store /data/govgraph --port 8000
      govgraph serve --writable            # then: govgraph build reports/ --endpoint http://127.0.0.1:7878
    Python: graph.serve.start("govgraph-store", port=0)  # a Server with .url and .stop()
    """
    from graph.serve import serve
    from graph.store import store_path

    sys.exit(serve(store_path(store_dir), port=port, bind=bind, writable=writable, allow_service=allow_service,
                   announce=lambda text: click.echo(text)))


# --- review: analysts' decisions that survive every rebuild (graph/review.py) -----------------

_WHO = click.option("--who", metavar="NAME", help="Who decides (default $GOVGRAPH_REVIEWER, else the login name).")
_WHY = click.option("--why", default="", metavar="TEXT", help="Why: kept with the decision.")


def _writable(store_dir, endpoint):
    from graph.store import Store
    return Store.open(store_dir, read_only=False, endpoint=endpoint)


def _said(d) -> str:
    return f"Decision {d.number}: {d.action} {d.target.rsplit('/', 1)[-1]}"


@cli.group("review")
def review_group():
    """Correct the graph: accept, reject, add, change, merge, split, rename — kept apart from the
    extracted graphs, with who, when and why, and applied again after every rebuild.

    \b
    Examples:
      govgraph review list --predicate concurrentPost
      govgraph review reject 5b53c1f287 --why "the quote is about another city"
      govgraph review log
    Python: graph.review.decide(store, "reject", "5b53c1f287", why="…")
    """


@review_group.command("list")
@click.option("--predicate", metavar="R", help="Only this relation, e.g. concurrentPost.")
@click.option("--place", metavar="P", help="Only relations in this place (and places inside it).")
@click.option("--document", metavar="NAME", help="Only relations stated in this document.")
@click.option("--unreviewed", "only_new", is_flag=True, help="Only relations no decision has judged yet.")
@click.option("--rejected", is_flag=True, help="The rejected relations instead.")
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
@output_options()
def review_list(predicate, place, document, only_new, rejected, store_dir, endpoint, fmt):
    """The relations to check, each with its id, quote and review state.

    \b
    Example:
      govgraph review list --predicate concurrentPost --unreviewed
    Python: graph.review.relations(store, predicate="concurrentPost", unreviewed=True)
    """
    from graph.review import relations
    from graph.store import Store

    rows = relations(Store.open(store_dir, read_only=True, endpoint=endpoint), predicate=predicate, place=place,
                     document=document, unreviewed=only_new, rejected=rejected)
    for row in rows:
        row.pop("iri")
    click.echo(_table(rows, fmt, ["id", "state", "subject", "predicate", "object", "count", "role", "quote"]))


def _relation_command(action):
    @click.argument("relation_id")
    @_WHY
    @_WHO
    @click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
    @_ENDPOINT
    def command(relation_id, why, who, store_dir, endpoint):
        from graph.review import decide
        click.echo(_said(decide(_writable(store_dir, endpoint), action, relation_id, why=why, who=who)))
    command.__doc__ = (f"{action.capitalize()} a relation (its id from `review list`, or 6+ leading characters).\n\n"
                       f"    \\b\n    Example:\n      govgraph review {action} 5b53c1f287 --why \"checked the quote\"\n"
                       f"    Python: graph.review.decide(store, \"{action}\", \"5b53c1f287\", why=\"…\")\n")
    return review_group.command(action)(command)


review_accept = _relation_command("accept")
review_reject = _relation_command("reject")


@review_group.command("change")
@click.argument("relation_id")
@click.option("--count", type=click.IntRange(min=0), help="The right count.")
@click.option("--role", metavar="ROLE", help="The right role.")
@_WHY
@_WHO
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
def review_change(relation_id, count, role, why, who, store_dir, endpoint):
    """Correct a relation's count or role.

    \b
    Example:
      govgraph review change 5b53c1f287 --count 12 --why "十二名, not 二名"
    Python: graph.review.decide(store, "change", "5b53c1f287", count=12)
    """
    from graph.review import decide
    click.echo(_said(decide(_writable(store_dir, endpoint), "change", relation_id, why=why, who=who,
                            count=count, role=role)))


@review_group.command("add")
@click.argument("subject")
@click.argument("predicate")
@click.argument("object_")
@click.option("--document", required=True, metavar="NAME", help="The stored document that states it.")
@click.option("--quote", required=True, metavar="TEXT", help="The words of the document that state it.")
@click.option("--subject-place", metavar="P", help="Place of SUBJECT (type-level entities).")
@click.option("--object-place", metavar="P", help="Place of OBJECT.")
@click.option("--count", type=click.IntRange(min=0), help="How many (people, units …).")
@click.option("--role", metavar="ROLE", help="The post held (concurrentPost).")
@_WHY
@_WHO
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
def review_add(subject, predicate, object_, document, quote, subject_place, object_place, count, role, why, who,
               store_dir, endpoint):
    """Add a relation the extractor missed, with the quote that states it.

    \b
    Example:
      govgraph review add 社区党组织 leads 业委会 --document a.txt --quote "社区党组织领导业委会"
    Python: graph.review.add(store, "社区党组织", "leads", "业委会", "a.txt", "社区党组织领导业委会")
    """
    from graph.review import add
    click.echo(_said(add(_writable(store_dir, endpoint), subject, predicate, object_, document, quote, why=why,
                         who=who, subject_place=subject_place, object_place=object_place, count=count, role=role)))


@review_group.command("merge")
@click.argument("a")
@click.argument("b")
@click.option("--place", metavar="P", help="Place of A (type-level entities).")
@click.option("--other-place", metavar="P", help="Place of B.")
@_WHY
@_WHO
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
def review_merge(a, b, place, other_place, why, who, store_dir, endpoint):
    """Merge B into A (two spellings of one body, or one body in two places); B's label stays an alias.

    \b
    Example:
      govgraph review merge 业委会 业委会 --place 甲市 --other-place 乙区
    Python: graph.review.decide(store, "merge", "业委会", place="甲市", other="业委会", other_place="乙区")
    """
    from graph.review import decide
    click.echo(_said(decide(_writable(store_dir, endpoint), "merge", a, why=why, who=who, place=place, other=b,
                            other_place=other_place)))


@review_group.command("split")
@click.argument("entity")
@click.option("--document", required=True, metavar="NAME", help="The document whose mentions become their own entity.")
@click.option("--label", metavar="L", help="The new entity's label (default: ENTITY（document）).")
@click.option("--place", metavar="P", help="Place of ENTITY (type-level entities).")
@_WHY
@_WHO
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
def review_split(entity, document, label, place, why, who, store_dir, endpoint):
    """Split a wrong merge: ENTITY as a document mentions it becomes an entity of its own.

    \b
    Example:
      govgraph review split 业委会 --place 甲市 --document b.txt --label 东园小区业委会
    Python: graph.review.decide(store, "split", "业委会", place="甲市", document="b.txt", label="东园小区业委会")
    """
    from graph.review import decide
    click.echo(_said(decide(_writable(store_dir, endpoint), "split", entity, why=why, who=who, place=place,
                            document=document, label=label)))


@review_group.command("rename")
@click.argument("entity")
@click.argument("label")
@click.option("--place", metavar="P", help="Place of ENTITY (type-level entities).")
@_WHY
@_WHO
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
def review_rename(entity, label, place, why, who, store_dir, endpoint):
    """Give an entity the right label; the old one stays an alias.

    \b
    Example:
      govgraph review rename 东街道党工委 东街道党工委（大工委）
    Python: graph.review.decide(store, "rename", "东街道党工委", label="东街道党工委（大工委）")
    """
    from graph.review import decide
    click.echo(_said(decide(_writable(store_dir, endpoint), "rename", entity, why=why, who=who, place=place,
                            label=label)))


@review_group.command("undo")
@click.argument("number", type=int)
@_WHY
@_WHO
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
def review_undo(number, why, who, store_dir, endpoint):
    """Undo a decision (by its number in `review log`); the undo is itself logged.

    \b
    Example:
      govgraph review undo 3 --why "merged the wrong 业委会"
    Python: graph.review.undo(store, 3)
    """
    from graph.review import undo
    click.echo(_said(undo(_writable(store_dir, endpoint), number, why=why, who=who)))


@review_group.command("log")
@click.option("--orphaned", is_flag=True, help="Only decisions whose target no document states any more.")
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
@output_options()
def review_log(orphaned, store_dir, endpoint, fmt):
    """The decisions in order: number, action, status (active, undone, orphaned), who, when, why.

    \b
    Example:
      govgraph review log --orphaned
    Python: graph.review.log(store, orphaned=True)
    """
    from graph.review import log
    from graph.store import Store

    rows = log(Store.open(store_dir, read_only=True, endpoint=endpoint), orphaned=orphaned)
    click.echo(_table(rows, fmt, ["number", "action", "status", "target", "detail", "who", "when", "why"]))


@review_group.command("export")
@click.option("--csv", "path", required=True, type=click.Path(dir_okay=False), help="The CSV file to write.")
@click.option("--predicate", metavar="R", help="Only this relation.")
@click.option("--place", metavar="P", help="Only this place.")
@click.option("--document", metavar="NAME", help="Only this document.")
@click.option("--unreviewed", "only_new", is_flag=True, help="Only relations not judged yet.")
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
def review_export(path, predicate, place, document, only_new, store_dir, endpoint):
    """Write one row per relation with an empty decision column, for a spreadsheet.

    Fill `decision` with accept, reject or change (then new_count / new_role), and `why`;
    load the file back with `govgraph review import`.

    \b
    Example:
      govgraph review export --csv posts.csv --predicate concurrentPost
    Python: graph.review.export_csv(store, "posts.csv", predicate="concurrentPost")
    """
    from graph.review import export_csv
    from graph.store import Store

    text = export_csv(Store.open(store_dir, read_only=True, endpoint=endpoint), path, predicate=predicate,
                      place=place, document=document, unreviewed=only_new)
    click.echo(f"Wrote {path}: {text.count(chr(10)) - 1} relations.")


@review_group.command("import")
@click.argument("path", type=click.Path(dir_okay=False))
@_WHO
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
def review_import(path, who, store_dir, endpoint):
    """Take the decisions of a reviewed CSV; a bad row is named and nothing of the file is applied.

    \b
    Example:
      govgraph review import posts.csv
    Python: graph.review.import_csv(store, "posts.csv")
    """
    from graph.review import import_csv
    taken = import_csv(_writable(store_dir, endpoint), path, who=who)
    click.echo(f"{len(taken)} decisions taken" + (f" (numbers {taken[0].number}–{taken[-1].number})." if taken else "."))


@review_group.command("gold")
@click.argument("document")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
@click.option("--store", "store_dir", metavar="DIR", help=_STORE_HELP)
@_ENDPOINT
def review_gold(document, output, store_dir, endpoint):
    """The reviewed graph of a document as interchange JSON: an analyst's review as an evaluation set.

    \b
    Example:
      govgraph review gold 000_494ed71236812c41.txt -o gold/000_494ed71236812c41.json
    Python: graph.review.gold(store, "000_494ed71236812c41.txt", "gold/000_494ed71236812c41.json")
    """
    from graph.output import dumps
    from graph.review import gold
    from graph.store import Store

    data = gold(Store.open(store_dir, read_only=True, endpoint=endpoint), document, output)
    if output is None:
        click.echo(dumps(data))
    else:
        click.echo(f"Wrote {output}.", err=True)


# --- evaluate: score an extraction against gold (graph/evaluate.py) ----------------------------

@cli.command("evaluate")
@click.argument("system", type=click.Path(path_type=str))
@click.argument("gold", type=click.Path(path_type=str))
@click.option("--json", "as_json", is_flag=True, help="The figures as JSON (Chinese unescaped).")
@click.option("--show", is_flag=True, help="List the missed and spurious relations of each document.")
@click.option("--aliases", type=click.Choice(["guide", "vocabulary"]), default="guide", show_default=True,
              help="guide: the aliases the annotation guide names (the reference figures); vocabulary: "
                   "every altLabel of ontology/kinds.ttl as well (a looser match).")
def evaluate_command(system, gold, as_json, show, aliases):
    """Score extractions against gold: entities, relations (per predicate, macro), counts, roles, figures.

    SYSTEM and GOLD are each an interchange JSON file or a folder of them; each gold file
    is scored against the system file of the same name (a missing one scores zero). The
    matching rules are in docs/annotation.md. To make gold for your own reports, start
    from `govgraph extract --out DIR` and correct the files by hand.

    \b
    Examples:
      govgraph extract seeds/ --out extracted/ && govgraph evaluate extracted/ tests/gold/seed
      govgraph evaluate extracted/report.json gold/report.json --show
      govgraph evaluate extracted/ gold/ --json
    Python: graph.evaluate.score("extracted/", "tests/gold/seed")
    """
    from graph.evaluate import report_lines, score
    from graph.output import dumps

    report = score(system, gold, aliases=aliases)
    if as_json:
        click.echo(dumps(report))
        return
    for line in report_lines(report, show=show):
        click.echo(line)
    for name in report.get("missing", []):
        click.echo(f"no system file for gold {name}: scored as empty", err=True)
