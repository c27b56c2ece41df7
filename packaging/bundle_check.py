"""`STILLPOINT_BUNDLE_CHECK=1 stillpoint`: the frozen app proves the Qt parts --self-test
never loads are still in the bundle (QtMultimedia's FFmpeg backend, the speech plugin, the
SVG and ICO image formats). Prints one line; exit 0 when all are there."""

from __future__ import annotations

import sys
import time
from importlib import resources


def media_problem() -> str | None:
    from PySide6.QtCore import QCoreApplication, QUrl
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

    player = QMediaPlayer()
    output = QAudioOutput()
    player.setAudioOutput(output)
    bell = resources.files("resources.sounds").joinpath("bell_end.wav")
    player.setSource(QUrl.fromLocalFile(str(bell)))
    deadline = time.monotonic() + 10
    loaded = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    while player.mediaStatus() not in loaded and time.monotonic() < deadline:
        if player.error() != QMediaPlayer.Error.NoError:
            return f"QtMultimedia could not open a bell: {player.errorString()}"
        QCoreApplication.processEvents()
        time.sleep(0.02)
    if player.duration() <= 0:
        return f"QtMultimedia did not load a bell (status {player.mediaStatus().name})"
    return None


def plugin_problems() -> list[str]:
    from PySide6.QtGui import QImageReader
    from PySide6.QtTextToSpeech import QTextToSpeech

    problems = []
    if "speechd" not in QTextToSpeech.availableEngines():
        problems.append("the speech-dispatcher voice plugin is missing")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    problems += [f"the {name} image format is missing" for name in ("svg", "ico") if name not in formats]
    return problems


def run() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    problems = plugin_problems()
    problem = media_problem()
    if problem:
        problems.append(problem)
    app.quit()
    if problems:
        print(f"bundle check failed: {'; '.join(problems)}", file=sys.stderr)
        return 1
    print("bundle check passed: media, voice and image plugins load")
    return 0
