"""Page building blocks: a rounded card, a role-styled label, and a scrolling page body."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ui.qt import QFormLayout

TEXT_PAGE_WIDTH = 760


def label(text: str = "", role: str | None = None, *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def align_form_labels(form: QFormLayout) -> None:
    """QFormLayout pins each label to its row's top, so beside a padded one-line field the
    label sat higher than the field's text. A label as tall as that field centres on it."""
    # Here, not at the top: these classes' Python types are not needed for the first paint.
    from ui.qt import QAbstractSpinBox, QComboBox, QFormLayout

    role = QFormLayout.ItemRole
    for row in range(form.rowCount()):
        name = form.itemAt(row, role.LabelRole)
        field = form.itemAt(row, role.FieldRole)
        caption = name.widget() if name is not None else None
        if not isinstance(caption, QLabel):
            continue
        target = caption.buddy() or (field.widget() if field is not None else None)
        if isinstance(target, (QLineEdit, QComboBox, QAbstractSpinBox)):
            target.ensurePolished()  # its style-sheet padding is part of its height
            caption.setMinimumHeight(target.sizeHint().height())


def page_left(width: int) -> int:
    """Where page content starts in a page `width` wide (scroll bar included, so a page
    that scrolls starts where one that does not): a text-width column, centred. Wider pages
    (Progress) keep this left edge and grow to the right, so every title lines up."""
    return max(32, (width - TEXT_PAGE_WIDTH) // 2)


class Card(QFrame):
    """A surface with 20 px padding; one primary action per card (UI.md)."""

    def __init__(self, title: str | None = None, parent: QWidget | None = None, *,
                 intro: str | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 20, 20, 20)
        self.body.setSpacing(12)
        if title:
            self.title = label(title, "section")
            self.body.addWidget(self.title)
        if intro:  # a muted line under the title saying what the card is for
            self.body.addWidget(label(intro, "muted"))


class Page(QScrollArea):
    """A scrolling page whose content is centred and capped for comfortable reading."""

    def __init__(self, title: str, parent: QWidget | None = None,
                 max_width: int = TEXT_PAGE_WIDTH) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(title)  # it takes focus to scroll by keyboard: say which page
        self.setProperty("page", True)  # its focus ring (ui/theme.py)
        outer = QWidget()
        outer.setObjectName("PageBody")
        row = QHBoxLayout(outer)
        row.setContentsMargins(32, 28, 32, 32)
        column = QWidget()
        column.setMaximumWidth(max_width)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.content = QVBoxLayout(column)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(16)
        self.heading = label(title, "title")
        self.content.addWidget(self.heading)
        # The left edge is placed by hand (resizeEvent) so every page shares it; what the
        # capped column leaves goes to the stretch on its right.
        self._row = row
        row.addWidget(column, 100)
        row.addStretch(0)
        self.setWidget(outer)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        m = self._row.contentsMargins()
        left = page_left(self.width()) - self.frameWidth()  # the focus ring's border
        if m.left() != left:
            self._row.setContentsMargins(left, m.top(), m.right(), m.bottom())

    def finish(self) -> None:
        """Call after adding cards: keeps them at the top instead of spread out."""
        self.content.addStretch(1)
