"""The README's examples run: every `govgraph …` command it shows, in a fresh folder."""
import os
import re
import shlex
import shutil

import pytest
from click.testing import CliRunner

from graph.cli import cli

from conftest import CORPUS, ROOT, SEEDS

README = (ROOT / "README.md").read_text(encoding="utf-8")
SKIP = ("serve",)  # a server runs until stopped: its own tests start and stop it


def _commands() -> list[str]:
    found = []
    for line in README.splitlines():
        code = re.match(r"^ {4}(?:\.venv/bin/)?(govgraph .*)$", line)
        cell = re.match(r"^\| `(govgraph [^`]*)` \|", line)
        text = code.group(1) if code else cell.group(1) if cell else None
        if text is None:
            continue
        text = text.split("&&")[0].split("  #")[0].strip()
        if text.split()[1] not in SKIP:
            found.append(text)
    # removing a document goes last, after the questions that read it
    return sorted(dict.fromkeys(found), key=lambda c: c.split()[1] == "remove")


COMMANDS = _commands()


def test_the_readme_shows_every_stage():
    shown = {c.split()[1] for c in COMMANDS}
    assert {"read", "vocab", "extract", "build", "links", "path", "interlocks", "cobuild",
            "export", "render"} <= shown


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A working folder with the seeds, the test reports and a built store, as a user has it."""
    here = tmp_path_factory.mktemp("readme")
    shutil.copytree(SEEDS, here / "seeds")
    shutil.copytree(CORPUS, here / "tests" / "corpus", ignore=shutil.ignore_patterns("noise"))
    shutil.copytree(CORPUS.parent / "gold", here / "tests" / "gold")
    old = os.getcwd()
    os.chdir(here)
    try:
        result = CliRunner().invoke(cli, ["build", "seeds/"], env={"GOVGRAPH_STORE": str(here / "store")})
        assert result.exit_code == 0, result.output
        yield here
    finally:
        os.chdir(old)


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_command_runs(command, folder):
    os.chdir(folder)
    result = CliRunner().invoke(cli, shlex.split(command)[1:], env={"GOVGRAPH_STORE": str(folder / "store")})
    assert result.exit_code == 0, f"{command}\n{result.output}"
