"""Markdown-light to HTML for showing an entry: **bold**, *italic*, "- " lists and
paragraphs split by blank lines. Everything is escaped first, so the only tags in the
result are the ones made here: what a person wrote can never inject HTML."""

from __future__ import annotations

import re
from html import escape

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![\*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\*\w])")
_ITEM = re.compile(r"^\s*[-*•]\s+(.*)$")


def inline(text: str) -> str:
    """One line: escaped, then bold and italic marks turned into tags."""
    html = escape(text, quote=True)
    html = _BOLD.sub(r"<b>\1</b>", html)
    return _ITALIC.sub(r"<i>\1</i>", html)


def to_html(text: str) -> str:
    """The whole entry as a few <p> and <ul> blocks."""
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append("<p>" + "<br>".join(inline(p) for p in paragraph) + "</p>")
            paragraph.clear()
        if items:
            blocks.append("<ul>" + "".join(f"<li>{inline(i)}</li>" for i in items) + "</ul>")
            items.clear()

    for line in text.splitlines():
        if not line.strip():
            flush()
            continue
        item = _ITEM.match(line)
        if item:
            if paragraph:
                flush()
            items.append(item.group(1))
        else:
            if items:
                flush()
            paragraph.append(line.strip())
    flush()
    return "".join(blocks)


def plain(text: str) -> str:
    """The text without the marks, for a one-line summary."""
    return _ITALIC.sub(r"\1", _BOLD.sub(r"\1", text))
