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
