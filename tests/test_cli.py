"""The command line as a whole: every command explains itself, errors are one line, no traceback."""
import subprocess
import sys

import pytest
from click.testing import CliRunner

from graph.cli import cli, main

COMMANDS = sorted(cli.commands)


def test_the_group_lists_every_command():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, name
    assert len(result.output.splitlines()) > 5


def test_python_dash_m_graph_runs_the_same_cli():
    done = subprocess.run([sys.executable, "-m", "graph", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "extract" in done.stdout


def test_bad_input_is_one_line_on_stderr_and_a_nonzero_exit(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(SystemExit) as exit_:
        main(["extract", str(empty)])
    assert exit_.value.code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "empty.txt" in err[0] and "Traceback" not in err[0]


def test_a_fault_of_the_extractor_on_one_report_is_one_line_and_the_others_are_written(tmp_path, capsys,
                                                                                      monkeypatch):
    import graph.extract

    real = graph.extract.extract

    def faulty(doc):
        if doc.name.startswith("bad"):
            raise NameError("name 'scope' is not defined")
        return real(doc)

    monkeypatch.setattr(graph.extract, "extract", faulty)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_text("青石社区党委与青石派出所结对共建。", encoding="utf-8")
    (tmp_path / "in" / "good.txt").write_text("青石社区党委与青石派出所结对共建。", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert exit_.value.code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.txt" in err[0] and "NameError" in err[0]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["good.json"]


def test_an_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["no-such-command"])
    assert exit_.value.code == 2
    assert "No such command" in capsys.readouterr().err
