"""Settings: where the data lives, theme, start page, tray behaviour, and About."""

from __future__ import annotations

from typing import Any

from app import __version__
from app.events import EventHub
from app.paths import DataLocation
from app.settings.service import SettingsService
from ui.encryption.settings_card import EncryptionCard
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.lock.settings_card import add_lock_card
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDesktopServices,
    QPushButton,
    Qt,
    QUrl,
    QWidget,
)
from ui.settings.sound import SoundSettingsCard, share_label_column
from ui.sound import Sound
from ui.widgets.card import Card, Page, align_form_labels, label
from ui.widgets.form_fields import spaced_form

THEMES = (("system", QT_TRANSLATE_NOOP("SettingsPage", "Follow the system")),
          ("light", QT_TRANSLATE_NOOP("SettingsPage", "Light")),
          ("dark", QT_TRANSLATE_NOOP("SettingsPage", "Dark")))

DISCLAIMER = QT_TRANSLATE_NOOP(
    "SettingsPage",
    "Stillpoint is a self-help companion. It is not therapy and it does not diagnose. "
    "If you are struggling, please reach out to someone you trust or to a professional.",
)


class SettingsPage(Page):
    key = "settings"

    def __init__(
        self,
        settings: SettingsService,
        location: DataLocation,
        pages: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        sound: Sound | None = None,
        hub: EventHub | None = None,
    ) -> None:
        super().__init__(translate("SettingsPage", "Settings"), parent)
        self._settings = settings
        values = settings.all()

        self.content.addWidget(self._build_look_card(settings, values, pages))
        self.sound_card = None
        if sound is not None and hub is not None:
            self.sound_card = SoundSettingsCard(settings, sound, hub)
            self.content.addWidget(self.sound_card)

        self.content.addWidget(self._build_data_card(location))
        self.content.addWidget(EncryptionCard(location))

        self.lock_card = add_lock_card(self.content, settings, hub)
        self.content.addWidget(self._build_about_card())
        self.finish()

    def _build_look_card(self, settings: SettingsService, values: dict[str, Any],
                         pages: list[tuple[str, str]]) -> Card:
        look = Card(translate("SettingsPage", "Look and start"))
        form = spaced_form(row_spacing=12)
        self.theme = QComboBox()
        for key, text in THEMES:
            self.theme.addItem(translate("SettingsPage", text), key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(values["theme"])))
        self.theme.currentIndexChanged.connect(lambda: settings.set("theme", self.theme.currentData()))
        form.addRow(translate("SettingsPage", "&Theme"), self.theme)
        self.start_page = QComboBox()
        for key, text in pages:
            self.start_page.addItem(text, key)
        self.start_page.setCurrentIndex(max(0, self.start_page.findData(values["start_page"])))
        self.start_page.currentIndexChanged.connect(
            lambda: settings.set("start_page", self.start_page.currentData())
        )
        form.addRow(translate("SettingsPage", "&Open on"), self.start_page)
        share_label_column(form)
        align_form_labels(form)
        look.body.addLayout(form)
        self.close_to_tray = QCheckBox(
            translate("SettingsPage", "&Keep Stillpoint in the tray when the window closes")
        )
        self.close_to_tray.setChecked(bool(values["close_to_tray"]))
        self.close_to_tray.toggled.connect(lambda on: settings.set("close_to_tray", on))
        look.body.addWidget(self.close_to_tray)
        return look

    def _build_data_card(self, location: DataLocation) -> Card:
        data = Card(
            translate("SettingsPage", "Your data"),
            intro=translate(
                "SettingsPage",
                "Everything you record stays on this computer, in a folder that belongs to you.",
            ),
        )
        self.location_label = label(str(location.data_dir))
        self.location_label.setAccessibleName(translate("SettingsPage", "Data folder"))
        data.body.addWidget(self.location_label)
        if not location.database_url.startswith("sqlite"):
            data.body.addWidget(
                label(
                    translate("SettingsPage", "Database: {hide_password}").format(
                        hide_password=_hide_password(location.database_url)
                    ),
                    "caption",
                )
            )
        self.open_folder = QPushButton(translate("SettingsPage", "Open data folder"))
        self.open_folder.clicked.connect(lambda: _open_folder(str(location.data_dir)))
        data.body.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        return data

    @staticmethod
    def _build_about_card() -> Card:
        about = Card(
            translate("SettingsPage", "About Stillpoint"),
            intro=translate("SettingsPage", "Version {version__}").format(version__=__version__),
        )
        about.body.addWidget(label(translate("SettingsPage", DISCLAIMER)))
        return about

    def self_check(self) -> str | None:
        return None if self.location_label.text() else "Settings did not show the data folder"


def _open_folder(path: str) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def _hide_password(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}"
    return url
