"""The Learn page: list and search, the reader, and related-exercise buttons that open the
exercise on its own page (the right pattern, script or section)."""

from __future__ import annotations

from app.learn.library import articles
from app.learn.links import related_links
from ui.qt import Qt

LEFT = Qt.MouseButton.LeftButton


def open_learn(window, qtbot):
    page = window.show_page("learn")
    qtbot.waitUntil(page.isVisible)
    return page


def open_article(page, qtbot, key):
    tile = page.list.tile(key)
    assert tile is not None, key
    page.list.ensureWidgetVisible(tile)
    qtbot.mouseClick(tile, LEFT)
    assert page.currentWidget() is page.reader and page.reader.article.key == key
    return page.reader


def click_link(reader, qtbot, label):
    [button] = [b for b in reader.link_buttons if b.text() == label]
    qtbot.mouseClick(button, LEFT)


def test_list_shows_every_article_and_search_filters(window, qtbot):
    page = open_learn(window, qtbot)
    assert [t.article.key for t in page.list.tiles] == [a.key for a in articles()]
    assert page.self_check() is None
    qtbot.keyClicks(page.list.search_field, "STRÄNGE situation")
    assert page.list.tiles[0].article.key == "attachment-styles"
    assert "Strange Situation" in page.list.tiles[0].detail.text()
    page.list.search_field.clear()
    qtbot.keyClicks(page.list.search_field, "xylophone")
    assert page.list.tiles == [] and "xylophone" in page.list.empty.text()
    assert page.list.empty.isVisible()


def test_reader_shows_the_article_and_goes_back(window, qtbot):
    page = open_learn(window, qtbot)
    reader = open_article(page, qtbot, "why-consistency-matters")
    assert reader.heading.text() == "Why consistency matters"
    assert "Never miss twice" in reader.text.toPlainText()
    assert reader.text.height() >= reader.text.document().size().height()  # not clipped
    assert reader.text.maximumWidth() < 760  # a reading measure, not the full column
    qtbot.mouseClick(reader.back_button, LEFT)
    assert page.currentWidget() is page.list
    assert page.list.tile("why-consistency-matters").hasFocus()


def test_reader_parts_do_not_overlap_at_the_smallest_window(window, qtbot):
    window.resize(960, 640)
    page = open_learn(window, qtbot)
    for key in ("boundaries", "faq"):  # a long title and summary; four related buttons
        reader = open_article(page, qtbot, key)
        qtbot.wait(50)  # let the layout settle
        summary, text, card = (w.geometry() for w in (reader.summary, reader.text,
                                                      reader.related))
        assert summary.bottom() < text.top() and text.bottom() < card.top(), key
        assert reader.summary.height() >= reader.summary.heightForWidth(summary.width())
        assert reader.related.height() >= reader.related.heightForWidth(card.width())
        qtbot.mouseClick(reader.back_button, LEFT)


def test_related_breathing_pattern_opens_breathe_with_it_chosen(window, qtbot):
    reader = open_article(open_learn(window, qtbot), qtbot, "why-consistency-matters")
    click_link(reader, qtbot, "Breathe: Box breathing")
    breathe = window.current_page()
    assert breathe.key == "breathe" and breathe.currentWidget() is breathe.setup
    assert breathe.setup.selected().key == "box"
    assert window.nav.currentItem().text() == "Breathe"


def test_related_script_opens_its_introduction(window, qtbot):
    reader = open_article(open_learn(window, qtbot), qtbot, "attachment-styles")
    click_link(reader, qtbot, "Meditate: A secure base")
    meditate = window.current_page()
    assert meditate.key == "meditate"
    qtbot.waitUntil(lambda: meditate.guided is not None)
    assert meditate.guided.currentWidget() is meditate.guided.intro
    assert meditate.guided.script.key == "secure-base"
    assert meditate.tab_buttons["guided"].isChecked()


def test_related_log_section_and_journal_open_their_pages(window, qtbot):
    page = open_learn(window, qtbot)
    click_link(open_article(page, qtbot, "emotion-regulation"), qtbot, "Log: The regulation log")
    log = window.current_page()
    assert log.key == "log" and log.regulation_view.isVisible() and not log.history.isVisible()
    page = open_learn(window, qtbot)
    click_link(open_article(page, qtbot, "boundaries"), qtbot, "Journal: Boundaries")
    assert window.nav.currentItem().text() == "Journal"


def test_every_related_link_has_a_page_in_the_window(window, qtbot):
    page = open_learn(window, qtbot)
    for article in articles():
        reader = open_article(page, qtbot, article.key)
        links = related_links(article)
        assert [b.text() for b in reader.link_buttons] == [link.label for link in links]
        for link in links:
            assert window.page_index(link.page) >= 0, link
        qtbot.keyClick(reader.back_button, Qt.Key.Key_Escape)
        assert page.currentWidget() is page.list
