"""`STILLPOINT_BUNDLE_CHECK=1 stillpoint`: the frozen app proves the Qt parts --self-test
never loads are still in the bundle (QtMultimedia's FFmpeg backend, the speech plugin, the
SVG and ICO image formats, the PDF writer) and that the smaller stand-ins still do their
part (packaging/stand_ins.py: ICU's collation and time-zone names, numpy without OpenBLAS).
Prints one line; exit 0 when all are there."""

from __future__ import annotations

import sys
import tempfile
import time
from importlib import resources
from pathlib import Path


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


def pdf_problem() -> str | None:
    """The report's PDF path: QPdfWriter with text (fonts) and a line, as ui/report draws."""
    from PySide6.QtGui import QPainter, QPdfWriter

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "check.pdf"
        writer = QPdfWriter(str(path))
        painter = QPainter(writer)
        painter.drawText(100, 100, "Stillpoint")
        painter.drawLine(100, 200, 900, 200)
        painter.end()
        data = path.read_bytes()
    if not data.startswith(b"%PDF") or b"/FontFile" not in data:
        return "the PDF writer made no PDF with an embedded font"
    return None


def icu_problems() -> list[str]:
    """What Qt asks ICU for: collation per language, and time-zone names."""
    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    problems = []
    swedish = QCollator(QLocale("sv_SE"))  # Swedish sorts ö after z; the root order does not
    if swedish.compare("öl", "zebra") <= 0 or QCollator(QLocale("de_DE")).compare("öl", "zebra") >= 0:
        problems.append("ICU's collation data is missing")
    name = QTimeZone(b"Europe/Berlin").displayName(QTimeZone.TimeType.StandardTime,
                                                   QTimeZone.NameType.LongName, QLocale("de_DE"))
    if name != "Mitteleuropäische Normalzeit":
        problems.append(f"ICU's time-zone names are missing ({name!r})")
    return problems


def numpy_problem() -> str | None:
    import numpy

    matrix = numpy.array([[2.0, 1.0], [1.0, 3.0]])
    product = matrix @ numpy.array([1.0, 2.0])
    solved = numpy.linalg.solve(matrix, product)
    if not numpy.allclose(product, [4.0, 7.0]) or not numpy.allclose(solved, [1.0, 2.0]):
        return "numpy computes wrong results"
    return None


def run() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    problems = plugin_problems() + icu_problems()
    problems += [p for p in (media_problem(), pdf_problem(), numpy_problem()) if p]
    app.quit()
    if problems:
        print(f"bundle check failed: {'; '.join(problems)}", file=sys.stderr)
        return 1
    print("bundle check passed: media, voice, image plugins, PDF, ICU data and numpy work")
    return 0
