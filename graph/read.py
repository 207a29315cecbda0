"""Stage 1, read: decode a report file, repair its scraped layout, split articles, sentences with offsets."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    """A sentence of the repaired text: ``doc.text[start:end] == text``."""

    start: int
    end: int
    text: str
    paragraph: int          # index into Document.paragraphs
    article: int            # index into Document.articles
    line: int               # 1-based line of the original file where the sentence starts
    fragment: bool = False  # a stray piece that could not be re-joined to its sentence


@dataclass(frozen=True)
class Heading:
    """A section heading (kept once, never a sentence)."""

    start: int
    end: int
    text: str
    article: int
    line: int


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    article: int
    sentences: tuple[int, ...]  # indices into Document.sentences


@dataclass(frozen=True)
class Article:
    """One article of a file: title line, byline (author body) and the place they name."""

    start: int
    end: int
    title: str | None = None
    title_span: tuple[int, int] | None = None
    author: str | None = None          # e.g. 中共德阳市委组织部
    author_span: tuple[int, int] | None = None
    place: str | None = None           # the most specific place of the title/byline, e.g. 蓬莱区
    places: tuple[str, ...] = ()       # the chain as written, e.g. (山东省, 烟台市, 蓬莱区)


@dataclass
class Document:
    """A report file after reading: repaired text and its addressable parts."""

    name: str                 # file name, e.g. 000_494ed71236812c41.txt
    path: str
    text: str                 # the repaired text all offsets point into
    encoding: str
    sha256: str               # of the raw bytes
    articles: list[Article] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
