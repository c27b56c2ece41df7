"""Learn: short articles about attachment, regulation and practice, with search, a calm
reader, and "related exercise" buttons that open the exercise on its own page."""

from __future__ import annotations

from typing import cast

from app.learn.library import Article, SearchHit, articles, find_article, search
from ui.i18n import translate
from ui.learn.reader import ReaderView
from ui.qt import (
    QKeySequence,
    QLineEdit,
    QPushButton,
    QSize,
    QSizePolicy,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.card import Page, label
from ui.widgets.shortcuts import local_keys


class ArticleTile(QPushButton):
    """An article in the list: its title, and its summary (or where a search found it).

    A button, so it takes focus and Enter like any other; it wraps its labels, so it
    reports a height for its width instead of a button's one-line size."""

    def __init__(self, hit: SearchHit) -> None:
        super().__init__()
        self.article = hit.article
        self.setProperty("tile", True)
        self.setAccessibleName(hit.article.title)
        self.setAccessibleDescription(hit.snippet)
        self._box = box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(4)
        self.title = label(hit.article.title, "tile-name")
        self.detail = label(hit.snippet, "muted")
        for part in (self.title, self.detail):
            # Clicks go through to the button; text selection would swallow them.
            part.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            box.addWidget(part)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._box.totalHeightForWidth(width)

    def sizeHint(self) -> QSize:
        hint = self._box.totalSizeHint()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), 320)))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(max(self.width(), 320)))


class ArticleList(Page):
    """Every article, or the ones a search finds."""

    article_chosen = Signal(str)  # an article key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ArticleList", "Learn"), parent)
        self.content.addWidget(
            label(
                translate(
                    "ArticleList",
                    "Short reads about attachment, feelings and practice. Each one ends with an "
                    "exercise to try.",
                ),
                "muted",
            )
        )
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            translate("ArticleList", "Search articles, for example “boundaries”")
        )
        self.search_field.setAccessibleName(translate("ArticleList", "Search articles"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self.show_results)
        self.content.addWidget(self.search_field)
        self.empty = label("", "muted")
        self.content.addWidget(self.empty)
        self.results = QVBoxLayout()
        self.results.setSpacing(12)
        self.content.addLayout(self.results)
        self.tiles: list[ArticleTile] = []
        self.finish()
        self.show_results("")

    def show_results(self, query: str) -> None:
        for tile in self.tiles:
            self.results.removeWidget(tile)
            tile.deleteLater()
        hits = search(query)
        self.tiles = [ArticleTile(hit) for hit in hits]
        for tile in self.tiles:
            tile.clicked.connect(lambda _c=False, key=tile.article.key: self.article_chosen.emit(key))
            self.results.addWidget(tile)
        self.empty.setVisible(not hits)
        self.empty.setText(
            translate(
                "ArticleList",
                "No article mentions “{strip}”. Try another word, or clear the search to see every article.",
            ).format(strip=query.strip())
            if not hits
            else ""
        )

    def tile(self, key: str) -> ArticleTile | None:
        return next((t for t in self.tiles if t.article.key == key), None)


class LearnPage(QStackedWidget):
    key = "learn"
    open_target = Signal(str, str)  # page key, target: the main window shows it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = ArticleList()
        self.reader = ReaderView()
        self.addWidget(self.list)
        self.addWidget(self.reader)
        self.list.article_chosen.connect(self.open_article)
        self.reader.back_requested.connect(self.show_list)
        self.reader.link_chosen.connect(self.open_target)
        # Back's first key only (Alt+Left): Backspace is not taken from the reader.
        local_keys(self.reader, [("Esc", self.show_list),
                                 (QKeySequence(QKeySequence.StandardKey.Back), self.show_list)])

    def open_article(self, key: str) -> Article | None:
        article = find_article(key)
        if article is not None:
            self.reader.show_article(article)
            self.setCurrentWidget(self.reader)
            self.reader.back_button.setFocus()
        return article

    def show_list(self) -> None:
        """Back to the list where you left it, with focus on the article just read."""
        read = self.reader.article
        self.setCurrentWidget(self.list)
        tile = self.list.tile(read.key) if read is not None else None
        if tile is not None:
            tile.setFocus()
            self.list.ensureWidgetVisible(tile)
        else:
            self.list.search_field.setFocus()

    def self_check(self) -> str | None:
        if len(articles()) < 9 or not self.list.tiles:
            return "the Learn page did not list its articles"
        return None

    def current_view(self) -> QWidget:
        return cast(QWidget, self.currentWidget())
