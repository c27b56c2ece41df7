"""Spoken guidance: a Qt-free Voice protocol, a null voice and a QtTextToSpeech backend."""

from __future__ import annotations

import logging
from typing import Any, Protocol, runtime_checkable

log = logging.getLogger(__name__)

PREFERRED_ENGINE = "speechd"


@runtime_checkable
class Voice(Protocol):
    """Says short guidance lines; when not available the UI shows captions instead."""

    @property
    def available(self) -> bool: ...

    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...


class NullVoice:
    """Says nothing and remembers the latest lines (tests, captions-only mode)."""

    available = False
    KEEP = 50  # a window left open for weeks speaks thousands of lines into this

    def __init__(self) -> None:
        self.spoken: list[str] = []
        self.stops = 0

    def say(self, text: str) -> None:
        self.spoken.append(text)
        if len(self.spoken) > self.KEEP:
            del self.spoken[0]

    def stop(self) -> None:
        self.stops += 1


class QtVoice:
    """QTextToSpeech, preferring speech-dispatcher; needs a Q(Core)Application to exist.

    ``available`` is True only while the engine reports Ready (or is speaking). An engine
    may become ready after construction: check ``available`` again later, or connect to
    ``qt_engine.stateChanged``. Nothing here blocks or raises: with no engine, or after an
    engine error (reason in ``last_error``), the voice is simply unavailable.
    """

    def __init__(
        self,
        *,
        engine: str | None = None,
        locale: str = "en_US",
        rate: float = -0.1,
        volume: float = 0.8,
        parent: Any = None,
    ) -> None:
        self.locale = locale
        self.rate = rate
        self.volume = volume
        self.last_error: str | None = None
        self.engine_name: str | None = None
        self._tts: Any = None
        self._configured = False
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
            chosen = engine or (PREFERRED_ENGINE if PREFERRED_ENGINE in engines else None)
            if chosen is None and engines:
                chosen = engines[0]
            if chosen is None:
                self.last_error = "No text-to-speech engine is installed."
                return
            self.engine_name = chosen
            self._tts = QTextToSpeech(chosen, parent)
            self._tts.stateChanged.connect(self._on_state)
            self._tts.errorOccurred.connect(self._on_error)
            self._on_state(self._tts.state())  # speechd is often Ready at once
        except Exception as error:  # a broken plugin must cost the voice, not the app
            self.last_error = f"Text-to-speech could not start: {error}"
            self._tts = None

    @property
    def qt_engine(self) -> Any:
        """The QTextToSpeech object (None without an engine), for signal connections."""
        return self._tts

    @property
    def available(self) -> bool:
        if self._tts is None or self.last_error is not None:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        return self._tts.state() in (QTextToSpeech.State.Ready, QTextToSpeech.State.Speaking)

    def say(self, text: str) -> None:
        if not self.available or not text.strip():
            return
        try:
            self._tts.say(text)  # replaces anything still being said
        except Exception as error:
            self._report(f"Could not speak: {error}")

    def stop(self) -> None:
        if self._tts is not None:
            try:
                self._tts.stop()
            except Exception as error:
                self._report(f"Could not stop speaking: {error}")

    def _on_state(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Ready and not self._configured:
            self._configured = True
            self._configure()
        elif state == QTextToSpeech.State.Error:
            self._report(self._tts.errorString() or "The text-to-speech engine failed.")

    def _configure(self) -> None:
        from PySide6.QtCore import QLocale

        # Set the locale explicitly: the engine default follows the system, which in tests
        # (LANG=C) or on a fresh machine may be a language the guidance is not written in.
        wanted = QLocale(self.locale)
        if any(loc.name() == wanted.name() for loc in self._tts.availableLocales()):
            self._tts.setLocale(wanted)
        else:
            log.info("text-to-speech has no %s voice; using %s", self.locale, self._tts.locale().name())
        self._tts.setRate(self.rate)
        self._tts.setVolume(self.volume)

    def _on_error(self, _reason: Any, message: str) -> None:
        self._report(message or "The text-to-speech engine failed.")

    def _report(self, message: str) -> None:
        if self.last_error is None:
            log.warning("%s", message)
        self.last_error = message
