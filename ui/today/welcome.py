"""The card said once, on the first day: what Stillpoint is, and what it is not (CONTENT.md)."""

from __future__ import annotations

from collections.abc import Callable

from ui.i18n import translate
from ui.qt import QPushButton, Qt
from ui.widgets.card import Card, label


class WelcomeCard(Card):
    def __init__(self, on_dismiss: Callable[[], None]) -> None:
        super().__init__(translate("WelcomeCard", "Welcome to Stillpoint"))
        self.body.addWidget(
            label(
                translate(
                    "WelcomeCard",
                    "This is a quiet place to breathe, to sit for a while, and to notice how you "
                    "feel. Everything you note stays on this computer, in a folder that belongs to you.",
                )
            )
        )
        self.body.addWidget(
            label(
                translate(
                    "WelcomeCard",
                    "Stillpoint is a self-help companion. It is not therapy and it does not diagnose. "
                    "If things feel too heavy to carry alone, please reach out to someone you trust, "
                    "your doctor or therapist, or a crisis line such as 988 in the US, or your local "
                    "emergency number.",
                ),
                "muted",
            )
        )
        self.dismiss_button = QPushButton(translate("WelcomeCard", "Thank you, let's begin"))
        self.dismiss_button.clicked.connect(on_dismiss)
        self.body.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignLeft)
