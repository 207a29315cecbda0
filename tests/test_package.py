"""The package stands alone: nothing reads outside the repository, the wheel carries the ontology."""
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from conftest import ROOT, SEED_GOLD, SEEDS

#: A path that climbs out of the repository to the folder beside it.
_OUTSIDE = re.compile(r"\.\./" + "shared" + r"|/\s*[\"']" + "shared" + r"[\"']|parent\.parent\.parent")


def _sources():
    for folder in ("graph", "tests", ".ci", "scripts", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in {".py", ".sh", ".toml", ".cfg", ""} and "__pycache__" not in path.parts:
                yield path


def test_no_file_reads_outside_the_repository():
    offenders = [f"{p.relative_to(ROOT)}:{n}" for p in _sources()
                 for n, line in enumerate(p.read_text(encoding="utf-8", errors="replace").splitlines(), 1)
                 if _OUTSIDE.search(line)]
    assert offenders == []


def test_the_check_catches_a_path_to_the_folder_beside_the_repo():
    assert _OUTSIDE.search('GOLD = ROOT.parent / "' + 'shared" / "gold"')
    assert _OUTSIDE.search("python3 ../" + "shared/eval/score.py")
    assert not _OUTSIDE.search("shared = _shared_head(norm, s, e, kind, lex, taken)")
    assert not _OUTSIDE.search('status = "' + 'shared" if x and y else "only"')


def test_the_project_owns_the_seed_gold():
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    assert (SEEDS / gold["document"]).is_file()
    assert len(gold["entities"]) >= 150 and len(gold["relations"]) >= 150


def test_metadata_names_licence_authors_and_classifiers():
    import tomllib
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] and project["authors"] and project["keywords"]
    assert any(c.startswith("License :: ") for c in project["classifiers"])
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_every_declared_dependency_is_imported():
    """A dependency nothing imports (pyvis was one) has no place in the install."""
    import tomllib
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "graph").rglob("*.py"))
    module = {"charset-normalizer": "charset_normalizer", "pyyaml": "yaml", "python-docx": "docx"}
    for dep in deps:
        name = re.match(r"[A-Za-z0-9_.-]+", dep).group(0)
        name = module.get(name, name)
        assert re.search(rf"^\s*(?:import|from) {name}\b", code, re.M), dep


def _run(cmd, **kw):
    done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    assert done.returncode == 0, f"{cmd}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.wheel
def test_the_wheel_installs_and_answers_from_any_folder(tmp_path):
    """Build the wheel from a copy of the tree, install it (no dependencies: the test venv's are
    seen through a .pth file, so no network is needed) and ask the seed a question from a folder
    outside the repository."""
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "govgraph-store"))
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", dist, src])
    wheel = next(dist.glob("govgraph-*.whl"))

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).strip())
    (site / "_test_venv.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheel])
    shutil.rmtree(src)  # nothing of the tree may be needed any more

    work = tmp_path / "elsewhere"
    shutil.copytree(SEEDS, work / "seeds")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVGRAPH_")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    govgraph = python.parent / "govgraph"
    where = _run([python, "-c", "import graph.vocab as v; print(v.ONTOLOGY)"], cwd=work, env=env).strip()
    assert Path(where).is_relative_to(site) and sorted(p.name for p in Path(where).glob("*.ttl"))
    assert sorted((Path(where) / "constructions").glob("*.yaml"))
    _run([govgraph, "build", "seeds/"], cwd=work, env=env)
    rows = json.loads(_run([govgraph, "links", "物业服务企业", "--place", "德阳市", "--json"], cwd=work, env=env))
    assert rows and {r["predicate"] for r in rows} >= {"concurrentPost"}
    shutil.copy(SEED_GOLD, work / "gold.json")
    _run([govgraph, "extract", "seeds/", "--out", "extracted"], cwd=work, env=env)
    report = json.loads(_run([govgraph, "evaluate", "extracted/", "gold.json", "--json"], cwd=work, env=env))
    assert report["micro"]["relations"]["f1"] > 0.5
