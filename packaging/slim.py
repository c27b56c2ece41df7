"""What the PyInstaller bundle leaves out: the Qt it never loads, and what only that Qt needed.

The app imports QtCore, QtGui, QtWidgets, QtDBus, QtNetwork (the single-instance socket),
QtPrintSupport, QtSvg (icons), QtMultimedia (own tracks, ambient sound) and QtTextToSpeech
(the voice); pyqtgraph would add QtOpenGL, QtOpenGLWidgets and QtTest. PyInstaller's Qt hooks
collect every plugin of those modules, and each plugin drags in its own libraries (the PDF
image format brings QtPdf, the virtual keyboard QtQuick's keyboard, the GTK theme GTK).
`slim()` keeps the plugins below, then keeps a shared library only if something kept links
to it (a closure over each file's DT_NEEDED, so a stand-in's needs count rather than those of
the library it replaces: packaging/stand_ins.py), so nothing is dropped that a kept binary needs.
"""

from __future__ import annotations

import fnmatch
import posixpath
import shutil
import struct
import subprocess
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

# Python packages the app never imports in the bundle: Pillow (pyqtgraph's optional image
# export), the PostgreSQL driver (the `postgres` extra; the bundle is for one local file),
# test tools, Tk, and the Qt modules nothing imports.
EXCLUDES = [
    "tkinter", "PIL", "psycopg", "psycopg_binary", "pytest", "hypothesis", "IPython",
    "matplotlib", "scipy", "OpenGL",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtPdf",
    "PySide6.QtPdfWidgets", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.Qt3DCore", "PySide6.QtCharts",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtSql", "PySide6.QtXml",
    "PySide6.QtBluetooth", "PySide6.QtPositioning", "PySide6.QtLocation",
    "PySide6.QtSerialPort", "PySide6.QtSensors", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtUiTools", "PySide6.QtMultimediaWidgets", "PySide6.QtSpatialAudio",
    "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtStateMachine",
    "PySide6.QtNfc", "PySide6.QtHttpServer", "PySide6.QtQuick3D", "PySide6.QtQuickControls2",
    "PySide6.QtConcurrent", "PySide6.QtAxContainer", "PySide6.QtCanvasPainter",
    # pyqtgraph imports these when present and does without them (the app never asks for
    # OpenGL plots); the C++ libQt6OpenGL stays, QtMultimedia's plugin links to it.
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "pyqtgraph.opengl", "pyqtgraph.examples",
    "numpy.f2py", "numpy.testing", "numpy.distutils",
    # Never imported while every page, the charts, sound, voice and PDF run (strace of the
    # bundle): numpy's random generators (pyqtgraph's beeswarm scatter only; 2.7 MB), mako's
    # syntax highlighting (the whole of pygments), pyqtgraph's flowchart, console, canvas
    # and notebook parts, the interactive-prompt readline and help()'s topics. The ambient
    # loop generator is a development script (resources/sounds/ holds its output).
    "numpy.random", "pygments", "mako.ext.pygmentplugin", "pyqtgraph.flowchart",
    "pyqtgraph.console", "pyqtgraph.canvas", "pyqtgraph.jupyter", "readline", "pydoc_data",
    "audio.generate_ambient",
    # pyqtgraph imports QtTest only if present, for its own tests.
    "PySide6.QtTest",
]

# Data files nothing reads: pyqtgraph's logo, set only by its mkQApp() (the app makes its own
# QApplication and has its own icon), and the translators' sources (the app loads the .qm).
DROP_DATA = ["pyqtgraph/icons/peegee/*", "resources/i18n/*.ts"]

# Libraries every Linux desktop already has, and that must match its X server, Wayland
# compositor, sound server, D-Bus, printing and fonts (as AppImage's excludelist). The app
# needs the Debian packages in .ci/system-packages anyway; shipping copies only adds size.
HOST_LIBRARIES = [
    "libX*", "libxcb*", "libxkbcommon*", "libwayland-*", "libdrm*", "libgbm*",
    "libfontconfig*", "libfreetype*", "libharfbuzz*", "libpng16*", "libexpat*", "libz.so*",
    "libglib-2.0*", "libgio-2.0*", "libgobject-2.0*", "libgmodule-2.0*", "libgthread-2.0*",
    "libdbus-1*", "libsystemd*", "libpulse*", "libasyncns*", "libsndfile*", "libFLAC*",
    "libogg*", "libvorbis*", "libopus*", "libmpg123*", "libmp3lame*",
    "libcups*", "libgnutls*", "libnettle*", "libhogweed*", "libgmp*", "libp11-kit*",
    "libtasn1*", "libidn2*", "libunistring*", "libavahi*", "libgssapi_krb5.so*", "libkrb5.so*",
    "libk5crypto.so*", "libkrb5support.so*", "libcom_err.so*", "libkeyutils.so*",
    "libgcrypt*", "libgpg-error*", "liblz4*", "libcap.so*", "libpcre2*", "libselinux*",
    "libmount*", "libblkid*", "libbsd*", "libmd.so*", "libuuid*", "libspeechd*",
    # Allowed to come from the host by the manylinux policy PySide6's wheels follow.
    "libstdc++*", "libgcc_s*",
]

# Qt plugins the app loads (platform name as a glob under PySide6/Qt/plugins/).
KEEP_PLUGINS = [
    "platforms/libqxcb.so", "platforms/libqwayland*.so", "platforms/libqoffscreen.so",
    "platforms/libqminimal.so",
    "platformthemes/libqxdgdesktopportal.so",
    "platforminputcontexts/libcompose*.so", "platforminputcontexts/libibus*.so",
    "xcbglintegrations/*", "wayland-decoration-client/*", "wayland-shell-integration/*",
    "wayland-graphics-integration-client/*",
    "imageformats/libqsvg.so", "imageformats/libqico.so", "imageformats/libqjpeg.so",
    "imageformats/libqgif.so", "iconengines/libqsvgicon.so",
    "multimedia/libffmpegmediaplugin.so", "texttospeech/libqtexttospeech_speechd.so",
    "printsupport/libcupsprintersupport.so",
]

PAGE = 4096
PLUGIN_DIR = "PySide6/Qt/plugins/"
TRANSLATIONS_DIR = "PySide6/Qt/translations/"


def is_plugin(dest: str) -> bool:
    return dest.startswith(PLUGIN_DIR)


def keep_plugin(dest: str) -> bool:
    name = dest[len(PLUGIN_DIR):]
    return any(fnmatch.fnmatch(name, pattern) for pattern in KEEP_PLUGINS)


def app_languages(datas: Iterable[tuple[str, str, str]]) -> set[str]:
    """The languages the app has a catalogue for (resources/i18n/stillpoint_<lang>.qm)."""
    return {PurePosixPath(dest).name[len("stillpoint_"):-len(".qm")] for dest, _src, _kind in datas
            if fnmatch.fnmatch(dest, "resources/i18n/stillpoint_*.qm")}


def keep_translation(dest: str, languages: set[str]) -> bool:
    """Qt's own strings (qtbase_<lang>.qm: standard buttons, file dialogs) for the languages
    the app speaks: ui/i18n.py loads Qt's only alongside the app's, so a window is never half
    in one language, and the other 30 (5.6 MB) would never be read. The catalogues of Qt
    modules other than qtbase are for modules the app does not use."""
    name = PurePosixPath(dest).name
    wanted = languages | {language.split("_")[0] for language in languages}
    return any(name == f"qtbase_{language}.qm" or fnmatch.fnmatch(name, f"qtbase_{language}_*.qm")
               for language in wanted)


def host_provided(dest: str) -> bool:
    """A library at the bundle's top level that the desktop provides (bundled ones keep)."""
    path = PurePosixPath(dest)
    return len(path.parts) == 1 and any(fnmatch.fnmatch(path.name, p) for p in HOST_LIBRARIES)


def is_library(dest: str) -> bool:
    """A shared library others link to (not a Python extension module, not a plugin)."""
    name = PurePosixPath(dest).name
    if is_plugin(dest) or ".cpython-" in name or name.endswith(".abi3.so"):
        return False
    return name.startswith("lib") and ".so" in name


def file_offset(elf: bytes, address: int) -> int:
    """Where in an ELF file the byte loaded at `address` is (through its PT_LOAD segments)."""
    phoff, = struct.unpack_from("<Q", elf, 32)
    phentsize, phnum = struct.unpack_from("<HH", elf, 54)
    for index in range(phnum):
        kind, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(
            "<IIQQQQ", elf, phoff + index * phentsize)
        if kind == 1 and vaddr <= address < vaddr + filesz:
            return address - vaddr + offset
    raise ValueError("address outside every loaded segment")


def needed(path: str) -> list[str]:
    """The DT_NEEDED names of a 64-bit ELF file (what it links to directly), read in Python
    so a stand-in's own needs count rather than those of the library it replaces."""
    elf = Path(path).read_bytes()
    if elf[:4] != b"\x7fELF" or elf[4] != 2:
        return []
    phoff, = struct.unpack_from("<Q", elf, 32)
    phentsize, phnum = struct.unpack_from("<HH", elf, 54)
    dynamic = [struct.unpack_from("<IIQQQQ", elf, phoff + i * phentsize) for i in range(phnum)]
    found = [(offset, size) for kind, _f, offset, _v, _p, size in dynamic if kind == 2]
    if not found:
        return []
    offset, size = found[0]
    entries = [struct.unpack_from("<qQ", elf, offset + 16 * i) for i in range(size // 16)]
    strtab = file_offset(elf, next(value for tag, value in entries if tag == 5))
    names = []
    for tag, value in entries:
        if tag == 0:
            break
        if tag == 1:
            start = strtab + value
            names.append(elf[start:elf.index(b"\0", start)].decode())
    return names


def linked_names(roots: Iterable[str], libraries: dict[str, str]) -> set[str]:
    """The names of the bundled libraries (name -> file) the roots link to, directly or
    through each other; names not bundled are the host's."""
    todo = [name for path in roots for name in needed(path)]
    names: set[str] = set()
    while todo:
        name = todo.pop()
        if name in libraries and name not in names:
            names.add(name)
            todo += needed(libraries[name])
    return names


def loadable(path: str) -> bool:
    """Every PT_LOAD segment's file offset and address agree modulo the page size (what the
    dynamic loader checks; `strip` breaks it on some patchelf-ed libraries, FFmpeg's among
    them: "ELF load command address/offset not page-aligned")."""
    with open(path, "rb") as file:
        data = file.read(64)
        if data[:4] != b"\x7fELF" or data[4] != 2:  # 64-bit ELF only
            return False
        phoff, = struct.unpack_from("<Q", data, 32)
        phentsize, phnum = struct.unpack_from("<HH", data, 54)
        file.seek(phoff)
        table = file.read(phentsize * phnum)
    for index in range(phnum):
        kind, _flags, offset, vaddr = struct.unpack_from("<IIQQ", table, index * phentsize)
        if kind == 1 and (offset - vaddr) % PAGE:
            return False
    return True


def stripped(binaries: list[tuple[str, str, str]], workdir: str) -> list[tuple[str, str, str]]:
    """Shared objects without symbol tables (libpython alone 22 -> 5 MB). A stripped copy is
    used only if it still loads; PyInstaller's own strip=True has no such check."""
    if not shutil.which("strip"):
        return binaries
    out = []
    for dest, src, kind in binaries:
        if kind in ("BINARY", "EXTENSION") and ".so" in dest:
            copy = Path(workdir) / "stripped" / dest
            copy.parent.mkdir(parents=True, exist_ok=True)
            done = subprocess.run(["strip", "--strip-unneeded", "-o", str(copy), src],
                                  capture_output=True, check=False)
            smaller = done.returncode == 0 and copy.stat().st_size < Path(src).stat().st_size
            if smaller and loadable(str(copy)):
                src = str(copy)
        out.append((dest, src, kind))
    return out


def slim(binaries: list[tuple[str, str, str]], datas: list[tuple[str, str, str]],
         stand_ins: dict[str, str] | None = None
         ) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The binaries and data files to ship: kept plugins, roots, and the libraries they need.
    `stand_ins` maps a destination to a smaller file shipped there (packaging/stand_ins.py)."""
    stand_ins = stand_ins or {}
    kept = [(dest, stand_ins.get(dest, src), kind) for dest, src, kind in binaries
            if (not is_plugin(dest) or keep_plugin(dest)) and not host_provided(dest)]
    roots = [src for dest, src, _kind in kept if not is_library(dest)]
    roots += [src for dest, src, _kind in kept if PurePosixPath(dest).name.startswith("libpython")]
    libraries = {PurePosixPath(dest).name: src for dest, src, _kind in kept if is_library(dest)}
    linked = linked_names(roots, libraries)
    binaries = [entry for entry in kept
                if not is_library(entry[0]) or PurePosixPath(entry[0]).name in linked
                or PurePosixPath(entry[0]).name.startswith("libpython")]
    languages = app_languages(datas)
    datas = [entry for entry in datas
             if (not entry[0].startswith(TRANSLATIONS_DIR) or keep_translation(entry[0], languages))
             and not any(fnmatch.fnmatch(entry[0], pattern) for pattern in DROP_DATA)]
    shipped = {dest for dest, _src, kind in [*binaries, *datas] if kind != "SYMLINK"}
    return drop_dangling_links(binaries, shipped), drop_dangling_links(datas, shipped)


def drop_dangling_links(entries: list[tuple[str, str, str]], shipped: set[str]
                        ) -> list[tuple[str, str, str]]:
    """Without the top-level links PyInstaller made (it files them under datas) to libraries
    that are now left out."""
    return [entry for entry in entries if entry[2] != "SYMLINK" or link_target(entry) in shipped]


def link_target(entry: tuple[str, str, str]) -> str:
    """Where a SYMLINK entry (dest, target relative to dest's folder, kind) points."""
    dest, target, _kind = entry
    return posixpath.normpath(posixpath.join(posixpath.dirname(dest), target))
