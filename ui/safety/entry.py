"""Wiring the crisis card into the window: its "Need help now?" button and shortcut, and
the grounding the card starts on the Meditate page."""

from __future__ import annotations

from typing import Any

from app.settings.service import SettingsService


def connect_help(window: Any, settings: SettingsService, get_safety: Any) -> None:
    """window.help_requested opens the card; get_safety makes the service on first use
    (start-up stays as cheap as before)."""

    def open_card() -> None:
        from ui.safety.crisis_card import show_crisis_card

        show_crisis_card(window, settings, get_safety())

    window.help_requested.connect(open_card)


def start_grounding(window: Any) -> None:
    """The 5-4-3-2-1 grounding on the Meditate page, as its "Stop and ground" control does:
    a practice already running ends (and is kept in the log) and grounding follows."""
    # Imported here: the script library is not needed for the start page's first paint.
    from app.meditation.library import GROUNDING_KEY

    page = window.show_page("meditate")
    guided = page.show_tab("guided")
    run = getattr(guided, "run", None)
    if run is not None and run.running:
        guided.stop_and_ground()
        return
    guided.open_intro(GROUNDING_KEY)
    guided.begin()
