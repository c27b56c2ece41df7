"""The Learn articles: Markdown files in resources/learn, each opening with a front matter.

    ---
    title: Why consistency matters
    summary: One sentence for the list of articles.
    order: 4
    related: breathe:cyclic-sighing, meditate:secure-base
    ---
    The body, in Markdown.

A header value may continue on indented lines. `related` names exercises as
`page:target` (see app/learn/links.py). No Qt here: the UI renders the Markdown.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import unicodedata
from dataclasses import dataclass

SUFFIX = ".md"
FENCE = "---"
REQUIRED = ("title", "summary", "order", "related")
SNIPPET_CHARS = 160  # about two lines of the list's width


class ArticleError(ValueError):
    """A built-in article file is malformed: a packaging bug, named with its file."""


@dataclass(frozen=True)
class Article:
    key: str  # the file name without .md, e.g. "why-consistency-matters"
    title: str
    summary: str
    order: int
    related: tuple[str, ...]  # "breathe:cyclic-sighing", "log:regulation", ...
    body: str  # Markdown, without the front matter

    @property
    def words(self) -> int:
        return len(re.findall(r"[\w'\u2019-]+", self.body))


@dataclass(frozen=True)
class SearchHit:
    article: Article
    snippet: str  # where the words were found in the body, or the summary


def parse_article(text: str, *, key: str) -> Article:
    """One article from its file text; ArticleError names the file and what is wrong."""
    lines = text.removeprefix("\ufeff").splitlines()
    if not lines or lines[0].strip() != FENCE:
        raise ArticleError(f"{key}{SUFFIX}: the file must open with a '{FENCE}' line")
    try:
        end = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() == FENCE)
    except StopIteration:
        raise ArticleError(f"{key}{SUFFIX}: the front matter has no closing '{FENCE}'") from None
    header = _read_header(lines[1:end], key)
    missing = [name for name in REQUIRED if not header.get(name)]
    if missing:
        raise ArticleError(f"{key}{SUFFIX}: the front matter lacks {', '.join(missing)}")
    try:
        order = int(header["order"])
    except ValueError:
        raise ArticleError(f"{key}{SUFFIX}: 'order' must be a whole number") from None
    related = tuple(part.strip() for part in header["related"].split(",") if part.strip())
    return Article(key=key, title=header["title"], summary=header["summary"], order=order,
                   related=related, body="\n".join(lines[end + 1:]).strip() + "\n")


def _read_header(lines: list[str], key: str) -> dict[str, str]:
    header: dict[str, str] = {}
    name: str | None = None
    for number, line in enumerate(lines, start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0].isspace():
            if name is None:
                raise ArticleError(f"{key}{SUFFIX}, line {number}: an indented line must "
                                   "continue a value above it")
            header[name] = f"{header[name]} {line.strip()}".strip()
            continue
        name, colon, value = line.partition(":")
        name = name.strip().lower()
        if not colon or not name:
            raise ArticleError(f"{key}{SUFFIX}, line {number}: expected 'name: value'")
        header[name] = value.strip()
    return header


@functools.cache
def articles() -> tuple[Article, ...]:
    """Every built-in article in reading order; read once per process."""
    folder = importlib.resources.files("resources.learn")
    found = [parse_article(entry.read_text(encoding="utf-8"), key=entry.name[:-len(SUFFIX)])
             for entry in folder.iterdir() if entry.name.endswith(SUFFIX)]
    return tuple(sorted(found, key=lambda a: (a.order, a.title.casefold())))


def find_article(key: str) -> Article | None:
    return next((a for a in articles() if a.key == key), None)


def fold(text: str) -> str:
    """Text for matching: accents dropped and case folded, so "Méditation" finds "meditation"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold()


def search(query: str, within: tuple[Article, ...] | None = None) -> tuple[SearchHit, ...]:
    """Articles holding every word of `query` in their title, summary or body.

    Title matches come first, then summary matches, then body-only ones; each group keeps
    reading order. An empty query lists everything with its summary."""
    pool = articles() if within is None else within
    words = fold(query).split()
    if not words:
        return tuple(SearchHit(a, a.summary) for a in pool)
    ranked: list[tuple[int, int, SearchHit]] = []
    for position, article in enumerate(pool):
        title, summary, body = fold(article.title), fold(article.summary), fold(_plain(article.body))
        if not all(w in title or w in summary or w in body for w in words):
            continue
        if any(w in title for w in words):
            rank, snippet = 0, article.summary
        elif any(w in summary for w in words):
            rank, snippet = 1, article.summary
        else:
            rank, snippet = 2, _snippet(_plain(article.body), words)
        ranked.append((rank, position, SearchHit(article, snippet)))
    return tuple(hit for _rank, _pos, hit in sorted(ranked, key=lambda r: (r[0], r[1])))


def _plain(markdown: str) -> str:
    """The body as one line of words: Markdown marks and line breaks would split matches."""
    text = re.sub(r"^\s{0,3}(#{1,6}|[-*+]|\d+\.)\s+", "", markdown, flags=re.MULTILINE)
    text = re.sub(r"[*_`]+", "", text)
    return " ".join(text.split())


def _snippet(plain: str, words: list[str]) -> str:
    """A short stretch of `plain` around the first word found, cut at word boundaries.

    Folding keeps one character per character for nearly all text, so an index in the
    folded string points at the same place in the original; if not, the start is shown."""
    folded = fold(plain)
    at = min((folded.find(w) for w in words if w in folded), default=0)
    if len(folded) != len(plain):
        at = 0
    start = max(0, at - SNIPPET_CHARS // 3)
    if start:
        start = plain.find(" ", start) + 1 or start
    end = min(len(plain), start + SNIPPET_CHARS)
    if end < len(plain):
        end = plain.rfind(" ", start, end) if plain.rfind(" ", start, end) > start else end
    return ("…" if start else "") + plain[start:end].strip() + ("…" if end < len(plain) else "")
