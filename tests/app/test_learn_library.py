"""Learn articles: every built-in file parses and links to real exercises; search folds
case and accents; malformed front matter is named clearly."""

from __future__ import annotations

import pytest

from app.breathing import BUILTIN_PATTERNS
from app.journal.prompts import prompt_sets
from app.learn.library import ArticleError, articles, find_article, fold, parse_article, search
from app.learn.links import LOG_SECTIONS, related_links, resolve
from app.meditation.library import builtin_scripts

TOPICS = ("attachment-styles", "attachment-in-relationships", "emotion-regulation",
          "why-consistency-matters", "mindfulness", "boundaries", "working-with-a-therapist",
          "faq", "further-reading")


def test_every_article_parses_with_title_summary_and_a_real_related_exercise():
    found = articles()
    assert [a.key for a in found] == list(TOPICS)  # the topics, in reading order
    real = ({f"breathe:{p.key}" for p in BUILTIN_PATTERNS}
            | {f"meditate:{s.key}" for s in builtin_scripts()}
            | {f"log:{key}" for key in LOG_SECTIONS}
            | {f"journal:{s.id}" for s in prompt_sets()})
    for article in found:
        assert article.title and article.summary, article.key
        assert 400 <= article.words <= 900, (article.key, article.words)
        assert article.related, article.key
        # Every link resolves: none is silently dropped by related_links.
        assert set(article.related) <= real, (article.key, set(article.related) - real)
        assert len(related_links(article)) == len(article.related)
        assert "---" not in article.body.splitlines()[0]


def test_further_reading_names_the_books():
    body = find_article("further-reading").body
    for book in ("Attached", "The Body Keeps the Score", "Hold Me Tight"):
        assert book in body


def test_resolve_labels_and_unknown_targets():
    link = resolve("breathe:cyclic-sighing")
    assert (link.page, link.target, link.label) == ("breathe", "cyclic-sighing",
                                                    "Breathe: Cyclic sighing")
    assert resolve("meditate:secure-base").label == "Meditate: A secure base"
    assert resolve("log:regulation").page == "log"
    for bad in ("breathe:nope", "meditate:", "nowhere:box", "", "log"):
        assert resolve(bad) is None


def test_search_finds_a_word_in_the_body_ignoring_case_and_accents():
    # "Strange Situation" appears only in bodies, not in any title or summary.
    hits = search("strange SITUATION")
    assert [h.article.key for h in hits][:1] == ["attachment-styles"]
    assert "Strange Situation" in hits[0].snippet
    assert [h.article.key for h in search("strânge sïtuatión")] == [h.article.key for h in hits]
    assert {h.article.key for h in search("Ainsworth")} >= {"attachment-styles",
                                                              "further-reading"}


def test_search_ranks_title_matches_first_and_needs_every_word():
    keys = [h.article.key for h in search("attachment")]
    # Titles first, in reading order; then articles that only mention it.
    assert keys[:3] == ["attachment-styles", "attachment-in-relationships",
                        "working-with-a-therapist"]
    assert len(keys) > 3
    assert search("boundaries zebra") == ()
    assert len(search("   ")) == len(articles())


def test_fold_drops_accents_and_case():
    assert fold("Méditation ÉCOUTE") == "meditation ecoute"


@pytest.mark.parametrize(("text", "problem"), [
    ("title: x\n", "must open with"),
    ("---\ntitle: x\n", "no closing"),
    ("---\ntitle: x\nsummary: y\norder: 1\n---\nbody\n", "lacks related"),
    ("---\ntitle: x\nsummary: y\norder: one\nrelated: log:history\n---\n", "whole number"),
    ("---\n  dangling\n---\n", "indented line"),
    ("---\nno colon here\n---\n", "name: value"),
])
def test_malformed_front_matter_names_the_file(text, problem):
    with pytest.raises(ArticleError, match=problem) as caught:
        parse_article(text, key="broken")
    assert "broken.md" in str(caught.value)


def test_header_values_continue_on_indented_lines():
    article = parse_article("\ufeff---\ntitle: A: b\nsummary: one\n  two\norder: 3\n"
                            "related: log:history,\n  breathe:box\n---\n# Hi\n", key="k")
    assert (article.title, article.summary, article.order) == ("A: b", "one two", 3)
    assert article.related == ("log:history", "breathe:box")
    assert article.body == "# Hi\n"
