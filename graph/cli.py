"""The command line: parse arguments, call one API function, format the result."""
from __future__ import annotations

import sys

import click

from graph.errors import GovgraphError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(package_name="govgraph")
def cli():
    """govgraph: reports on Party-building-led urban grassroots governance
    (党建引领城市基层治理) into a knowledge graph with evidence.

    The pipeline: read → extract → build → query / render / export.

    \b
    Example:
      govgraph read seeds/
    """


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; a GovgraphError becomes one line on stderr and exit status 1."""
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
              help="Only these relations (repeatable), e.g. --relation coBuilds.")
@click.option("--place", metavar="P", help="Only relations and entities in this place (and places inside it).")
@click.option("--focus", metavar="LABEL", help="Only the neighbourhood of this entity.")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(min=0),
              help="Hops around --focus.")
@click.option("--max-nodes", default=3000, show_default=True, type=click.IntRange(min=1),
              help="Above this many entities, show the most connected ones and say what was left out.")
@click.option("--title", help="Page title.")
@click.option("--store", "store_dir", metavar="DIR", help="Store folder (default $GOVGRAPH_STORE or ./govgraph-store).")
def render_command(output, relations, place, focus, depth, max_nodes, title, store_dir):
    """Write the interactive network page: filter, search, click a relation to read its sentence.

    \b
    Examples:
      govgraph render -o network.html
      govgraph render --relation coBuilds -o cobuilding.html
      govgraph render --focus 业委会 --depth 2 --place 德阳市
    """
    from graph.errors import StoreError
    from graph.network import to_networkx
    from graph.render import render
    from graph.store import Store, store_path

    G = to_networkx(Store.open(store_dir, read_only=True))
    if not G.number_of_nodes():
        raise StoreError(f"the store at {store_path(store_dir)} holds no entities",
                         hint="run `govgraph build seeds/` first")
    page = render(G, output, relations=relations or None, place=place, focus=focus, depth=depth,
                  max_nodes=max_nodes, title=title)
    click.echo(f"Wrote {output}: {len(page.data['nodes'])} entities, {len(page.data['edges'])} relations.")
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
