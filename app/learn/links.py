"""Related-exercise links in an article's front matter: `page:target`, checked against what
the app really offers, so a button never opens a page that cannot show its target.

    breathe:<pattern key>     a built-in breathing pattern, e.g. breathe:cyclic-sighing
    meditate:<script key>     a built-in guided script, e.g. meditate:secure-base
    log:regulation            the emotion-regulation log (log:history for check-ins)
    journal:<prompt set>      a set of journal prompts, e.g. journal:attachment-history
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.breathing import BUILTIN_PATTERNS
from app.journal.prompts import prompt_sets
from app.learn.library import Article
from app.meditation.library import builtin_scripts


@dataclass(frozen=True)
class RelatedLink:
    page: str  # the sidebar page's key
    target: str  # what that page should show, e.g. a pattern or script key
    label: str  # the button's words, e.g. "Breathe: Cyclic sighing"


LOG_SECTIONS = {"history": "Your check-in history", "regulation": "The regulation log"}


def _breathe(target: str) -> str | None:
    pattern = next((p for p in BUILTIN_PATTERNS if p.key == target), None)
    return f"Breathe: {pattern.name}" if pattern else None


def _meditate(target: str) -> str | None:
    script = next((s for s in builtin_scripts() if s.key == target), None)
    return f"Meditate: {script.title}" if script else None


def _log(target: str) -> str | None:
    section = LOG_SECTIONS.get(target)
    return f"Log: {section}" if section else None


def _journal(target: str) -> str | None:
    found = next((s for s in prompt_sets() if s.id == target), None)
    return f"Journal: {found.title}" if found else None


RESOLVERS: dict[str, Callable[[str], str | None]] = {
    "breathe": _breathe,
    "meditate": _meditate,
    "log": _log,
    "journal": _journal,
}


def resolve(spec: str) -> RelatedLink | None:
    """The link `spec` names, or None if its page or target does not exist."""
    page, _colon, target = spec.strip().partition(":")
    resolver = RESOLVERS.get(page.strip())
    label = resolver(target.strip()) if resolver else None
    return RelatedLink(page.strip(), target.strip(), label) if label else None


def related_links(article: Article) -> tuple[RelatedLink, ...]:
    """The article's links that resolve, in the order the article lists them."""
    return tuple(link for link in map(resolve, article.related) if link is not None)
