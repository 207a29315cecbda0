"""Output: one set of listing flags for every command (JSON, CSV, newline-delimited JSON, aligned table)."""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path
from typing import Any, Iterable

import click

FORMATS = ("table", "json", "csv", "nl")


def write_atomic(path, data: bytes | str, parents: bool = False) -> Path:
    """Write a file whole or not at all: a temporary file in the same folder, flushed to disk,
    then renamed over ``path`` (its folder made first with ``parents``). A full disk leaves the old file (or none) and raises OutputError.

    >>> import tempfile, os; d = tempfile.mkdtemp()
    >>> write_atomic(os.path.join(d, "a.txt"), "甲").read_text(encoding="utf-8"), os.listdir(d)
    ('甲', ['a.txt'])
    """
    import os
    import tempfile

    from graph.errors import OutputError
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    tmp = None
    try:
        if parents:
            path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        from graph.store import _os_hint
        raise OutputError(f"cannot write {path}: {' '.join(str(exc.strerror or exc).split())}",
                          hint=_os_hint(exc)) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return path


def output_options(default: str = "table"):
    """Decorator: add ``--json/--csv/--nl/-t/--table`` to a command as one ``fmt`` argument."""

    def decorate(command):
        command = click.option("--nl", "fmt", flag_value="nl", help="Newline-delimited JSON, one row per line.")(command)
        command = click.option("--csv", "fmt", flag_value="csv", help="CSV with a header row.")(command)
        command = click.option("--json", "fmt", flag_value="json", help="JSON (Chinese unescaped).")(command)
        command = click.option("-t", "--table", "fmt", flag_value="table", default=default == "table",
                               help="Aligned table (the default).")(command)
        return command

    return decorate


def dumps(data: Any, indent: int | None = 2) -> str:
    """JSON with Chinese kept readable (no \\u escapes)."""
    return json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=False)


def width(text: str) -> int:
    """Display width in a terminal: CJK wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return " ".join(str(value).split())


def table(rows: list[dict], columns: list[str] | None = None, max_width: int | None = 60) -> str:
    """An aligned plain-text table; wide characters counted as two columns.

    >>> print(table([{"label": "业委会", "count": 279}, {"label": "物业服务企业", "count": 169}]))
    label         count
    ------------  -----
    业委会        279
    物业服务企业  169
    """
    if not rows:
        return "(no rows)"
    columns = columns or list(dict.fromkeys(k for row in rows for k in row))
    cells = [[_clip(_cell(row.get(c)), max_width) if max_width else _cell(row.get(c)) for c in columns]
             for row in rows]
    widths = [max([width(c)] + [width(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(values):
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out.extend(line(r) for r in cells)
    return "\n".join(out)


#: where a long cell may be cut: after clause punctuation, or at a space
_BREAKS = set("，,；;、。：:！？!? ）)】」』”")


def _clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` columns at a phrase boundary (punctuation or a space) when one
    lies in the second half, so that a cut never falls inside a word there.

    >>> _clip("吸纳共建单位党组织负责人，担任社区党组织兼职委员", 30)
    '吸纳共建单位党组织负责人，…'
    >>> _clip("https://w3id.org/govgraph/id/type/PropertyCompany", 20)
    'https://w3id.org/go…'
    """
    if width(text) <= limit:
        return text
    out, used, cut = [], 0, 0
    for ch in text:
        w = width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
        if ch in _BREAKS:
            cut = len(out)
    if cut and width("".join(out[:cut])) >= limit // 2:
        out = out[:cut]
    return "".join(out).rstrip() + "…"


def render(rows: Iterable[dict], fmt: str = "table", columns: list[str] | None = None,
           max_width: int | None = 60) -> str:
    """Format rows (dicts) in one of FORMATS; a CSV with no rows still has its header (``columns``).

    >>> render([], "csv", ["a", "b"]), render([], "json")
    ('a,b', '[]')
    """
    rows = list(rows)
    if fmt == "json":
        return dumps(rows)
    if fmt == "nl":
        return "\n".join(dumps(r, indent=None) for r in rows)
    if fmt == "csv":
        columns = columns or list(dict.fromkeys(k for row in rows for k in row))
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(row.get(k)) if isinstance(row.get(k), (list, tuple)) else row.get(k)
                             for k in columns})
        return buf.getvalue().rstrip("\n")
    return table(rows, columns, max_width)
