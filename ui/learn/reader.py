"""The article reader: a comfortable measure, a calm line height, headings in the theme's
colour, and buttons that open the exercises an article relates to."""

from __future__ import annotations

from app.learn.library import Article
from app.learn.links import RelatedLink, related_links
from ui.accessibility import zoom
from ui.i18n import translate
from ui.qt import (
    QEvent,
    QFont,
    QFontMetricsF,
    QFrame,
    QHBoxLayout,
    QPalette,
    QPushButton,
    QSizePolicy,
    Qt,
    QTextBlockFormat,
    QTextBrowser,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.card import Card, Page, label
from ui.widgets.flow import FlowLayout

MEASURE_CHARS = 72  # 65-75 characters a line reads most comfortably
LINE_HEIGHT = 150  # percent of the font's own line spacing
# A stretch of ordinary prose: its mean advance gives a truer character width than the
# font's averageCharWidth, which counts every glyph in the font.
_SAMPLE = "When you feel hurt or unsure in a relationship, what do you tend to do first?"
_MARKDOWN = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
             | QTextDocument.MarkdownFeature.MarkdownNoHTML)
_HEADING_SCALE = {1: 1.45, 2: 1.3, 3: 1.12}


def reading_font(base: QFont) -> QFont:
    """The body font, one point above the interface's so long text rests the eyes; built on
    the application font, so the system's font scaling still applies."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() + 1)
    return font


def measure_width(font: QFont, chars: int = MEASURE_CHARS) -> int:
    per_char = QFontMetricsF(font).horizontalAdvance(_SAMPLE) / len(_SAMPLE)
    return round(per_char * chars)


class ArticleText(QTextBrowser):
    """The body of an article. It has no scroll bar of its own: it grows to its text's
    height, so the page scrolls as one and the related exercises follow the last line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._markdown = ""  # first: setting the style sheet below sends a StyleChange
        self._rendering = False
        self.setOpenLinks(False)  # articles hold no links; a stray one must not navigate
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("QTextBrowser { background: transparent; border: none; }")
        self.viewport().setAutoFillBackground(False)
        self.setAccessibleName(translate("ArticleText", "Article text"))

    def show_markdown(self, markdown: str) -> None:
        self._markdown = markdown
        self._render()

    def _render(self) -> None:
        self._rendering = True
        try:
            document = self.document()
            font = reading_font(self.font())
            document.setDefaultFont(font)
            document.setDocumentMargin(0)
            document.setMarkdown(self._markdown, _MARKDOWN)
            _style_blocks(document, font, self.palette())
            self.setMaximumWidth(measure_width(font))
        finally:
            self._rendering = False
        self._fit_height()

    def _fit_height(self) -> None:
        document = self.document()
        document.setTextWidth(self.viewport().width())
        self.setFixedHeight(int(document.size().height()) + 8)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        # A theme switch changes the palette: headings take the new primary colour.
        kinds = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.FontChange)
        if event.type() in kinds and self._markdown and not self._rendering:
            self._render()


def _style_blocks(document: QTextDocument, font: QFont, palette: QPalette) -> None:
    """Line height and spacing for every block; headings semibold in the primary colour."""
    spacing = QFontMetricsF(font).lineSpacing()
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        cursor.setPosition(block.position())
        fmt = QTextBlockFormat(block.blockFormat())
        level = fmt.headingLevel()
        fmt.setLineHeight(LINE_HEIGHT if not level else 120,
                          QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        in_list = block.textList() is not None
        fmt.setTopMargin(spacing * 1.1 if level else 0)
        fmt.setBottomMargin(spacing * (0.35 if level else 0.25 if in_list else 0.8))
        cursor.setBlockFormat(fmt)
        if level:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            heading = QTextCharFormat()
            heading.setForeground(palette.color(QPalette.ColorRole.Link))
            heading.setFontWeight(QFont.Weight.DemiBold)
            heading.setFontPointSize(font.pointSizeF() * _HEADING_SCALE.get(level, 1.0))
            cursor.mergeCharFormat(heading)
        block = block.next()


class ReaderView(Page):
    """One article: back, title, summary, body, then its related exercises."""

    back_requested = Signal()
    link_chosen = Signal(str, str)  # page key, target

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.back_button = QPushButton(translate("ReaderView", "← Back to all articles"))
        self.back_button.setProperty("flat", True)
        self.back_button.setAccessibleName(translate("ReaderView", "Back to all articles"))
        self.back_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.back_button.clicked.connect(self.back_requested)
        self.content.insertWidget(0, self.back_button)
        self.content.setSpacing(12)
        # Summary, text and card share a reading measure, left-aligned in the page column.
        # They sit in a row beside a stretch: a row's layout hands each part its capped
        # width when it asks wrapped labels for their height, where a column would ask at
        # the full width and overlap the parts below by the lines it missed.
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.measure = QWidget()
        self.measure.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.measure, 1)
        row.addStretch(0)
        self.content.addLayout(row)
        column = QVBoxLayout(self.measure)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.summary = label("", "muted")
        column.addWidget(self.summary)
        zoom.follow(self, self._fit_reading)  # the summary's size and the measure follow the zoom
        column.addSpacing(8)  # the summary is a lede: a little air before the body
        self.text = ArticleText()
        column.addWidget(self.text)
        self.related = Card(translate("ReaderView", "Try it now"))
        self.related_note = label("", "muted")
        self.related.body.addWidget(self.related_note)
        self.related_row = FlowLayout()
        self.related.body.addLayout(self.related_row)
        column.addSpacing(4)
        column.addWidget(self.related)
        self.link_buttons: list[QPushButton] = []
        self.article: Article | None = None
        self.finish()

    def show_article(self, article: Article) -> None:
        self.article = article
        self.heading.setText(article.title)
        self.summary.setText(article.summary)
        self.text.show_markdown(article.body)
        self._show_links(related_links(article))
        self.verticalScrollBar().setValue(0)

    def _fit_reading(self) -> None:
        base = QFont(self.font())  # its size may not have followed a zoom step yet
        base.setPointSizeF(zoom.body_points())
        font = reading_font(base)
        # A style sheet, not setFont: the application's style sheet would win over setFont.
        self.summary.setStyleSheet(f"font-size: {font.pointSizeF():g}pt;")
        self.measure.setMaximumWidth(measure_width(font))

    def _show_links(self, links: tuple[RelatedLink, ...]) -> None:
        for button in self.link_buttons:
            self.related_row.removeWidget(button)
            button.deleteLater()
        self.link_buttons = []
        for index, link in enumerate(links):
            button = QPushButton(link.label)
            button.setProperty("primary", index == 0)  # one primary action per card
            button.setAccessibleName(translate("ReaderView", "Open {label}").format(label=link.label))
            button.clicked.connect(
                lambda _checked=False, page=link.page, target=link.target:
                self.link_chosen.emit(page, target))
            self.related_row.addWidget(button)
            self.link_buttons.append(button)
        self.related_note.setText(
            translate("ReaderView", "Put this article into practice with a related exercise.")
            if links
            else ""
        )
        self.related.setVisible(bool(links))
