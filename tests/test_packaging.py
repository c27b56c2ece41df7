"""Packages: the desktop entry and AppStream metainfo pass their validators without a single
warning, the committed icons are the SVG rendered at every size, the Flatpak manifest installs
files that exist, and the bundle's trimming keeps what the app loads.
(.ci/bundle builds and runs the real PyInstaller bundle; it takes minutes, so CI runs it once.)"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.stillpoint.Stillpoint"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICONS = PACKAGING / "icons"


def load(name: str) -> ModuleType:
    if str(PACKAGING) not in sys.path:  # stand_ins.py imports slim.py as the spec does
        sys.path.insert(0, str(PACKAGING))
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: bash .ci/system-packages installs it"
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)


def test_desktop_entry_is_valid_without_hints() -> None:
    result = run(tool("desktop-file-validate"), str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "" and result.stderr.strip() == "", result.stdout


def test_desktop_validator_can_fail(tmp_path: Path) -> None:
    broken = tmp_path / f"{APP_ID}.desktop"
    broken.write_text(DESKTOP.read_text().replace("Type=Application\n", ""))
    assert run(tool("desktop-file-validate"), str(broken)).returncode != 0


def test_metainfo_is_valid_without_warnings() -> None:
    result = run(tool("appstreamcli"), "validate", "--no-net", "--strict", str(METAINFO))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not re.search(r"^[EWI]: ", output, re.MULTILINE), output


def test_metainfo_validator_can_fail(tmp_path: Path) -> None:
    broken = tmp_path / f"{APP_ID}.metainfo.xml"
    broken.write_text(METAINFO.read_text().replace("<content_rating type=\"oars-1.1\"/>", ""))
    assert run(tool("appstreamcli"), "validate", "--no-net", "--strict", str(broken)).returncode != 0


def test_metainfo_matches_the_project() -> None:
    root = ET.parse(METAINFO).getroot()
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == version
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    assert root.findtext("launchable") == DESKTOP.name
    # The screenshots are the README's, published from docs/ on the main branch.
    readme = (ROOT / "README.md").read_text()
    images = [i.text or "" for i in root.iter("image")]
    assert len(images) == 2
    for url in images:
        name = url.rsplit("/docs/", 1)[1]
        assert (ROOT / "docs" / name).is_file() and f"docs/{name}" in readme


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_sizes(path: Path) -> set[int]:
    data = path.read_bytes()
    _reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert kind == 1
    return {data[6 + 16 * i] or 256 for i in range(count)}


def icns_types(path: Path) -> set[str]:
    data = path.read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    types, offset = set(), 8
    while offset < len(data):
        types.add(data[offset:offset + 4].decode())
        offset += struct.unpack(">I", data[offset + 4:offset + 8])[0]
    return types


def test_icon_files_have_every_size() -> None:
    icons = load("make_icons")
    for size in icons.SIZES:
        assert png_size(ICONS / f"stillpoint-{size}.png") == (size, size)
    assert ico_sizes(ICONS / "stillpoint.ico") == set(icons.ICO_SIZES)
    # ICNS slots (PNG kinds): 128, 256, 512, 1024 and 16, 32, 128, 256 at 2x.
    assert {f"ic{n:02d}" for n in range(7, 15)} <= icns_types(ICONS / "stillpoint.icns")


def test_committed_pngs_are_the_svg_rendered(qapp) -> None:
    from PySide6.QtGui import QImage

    icons = load("make_icons")
    svg = icons.SVG.read_bytes()
    for size in icons.SIZES:
        fresh = QImage.fromData(icons.render_png(svg, size)).convertToFormat(QImage.Format.Format_RGBA8888)
        stored = QImage(str(ICONS / f"stillpoint-{size}.png")).convertToFormat(fresh.format())
        assert stored.size() == fresh.size()
        worst = max(abs(a - b) for a, b in zip(bytes(fresh.constBits()), bytes(stored.constBits()),
                                                strict=True))
        assert worst <= 3, f"{size} px differs from the SVG: run packaging/make_icons.py"


def test_flatpak_manifest_installs_files_that_exist() -> None:
    manifest = (PACKAGING / f"{APP_ID}.yml").read_text()
    installed = re.findall(r"install -Dm644 (\S+)", manifest)
    assert installed
    for source in installed:
        for path in ROOT.glob(source.replace("$size", "*")):
            assert path.is_file()
        assert list(ROOT.glob(source.replace("$size", "*"))), source
    assert f"Icon={APP_ID}" in DESKTOP.read_text()


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
])
def test_bundle_keeps_the_plugins_the_app_loads(dest: str, kept: bool) -> None:
    assert load("slim").keep_plugin(dest) is kept


def test_bundle_leaves_host_libraries_and_dangling_links_out() -> None:
    slim = load("slim")
    assert slim.host_provided("libX11.so.6") and slim.host_provided("libpulse.so.0")
    assert not slim.host_provided("libpython3.11.so.1.0")
    assert not slim.host_provided("PySide6/Qt/lib/libQt6Core.so.6")
    assert not slim.is_library("PySide6/QtCore.abi3.so")
    binaries = [("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
                ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
                ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]
    shipped = {"PySide6/Qt/lib/libQt6Core.so.6"}
    kept = [dest for dest, _src, _kind in slim.drop_dangling_links(binaries, shipped)]
    assert kept == ["libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6"]


QT_LIB = Path(importlib.util.find_spec("PySide6").origin).parent / "Qt" / "lib"  # type: ignore[arg-type]


def test_needed_reads_what_a_library_links_to() -> None:
    slim = load("slim")
    core = str(QT_LIB / "libQt6Core.so.6")
    assert {"libicui18n.so.73", "libicuuc.so.73"} <= set(slim.needed(core))
    libraries = {name: str(QT_LIB / name) for name in ("libicuuc.so.73", "libicudata.so.73")}
    # Through libicuuc to libicudata; libc and the rest are the host's.
    assert slim.linked_names([core], libraries) == set(libraries)


def test_icu_package_rebuilds_byte_for_byte_and_drops_only_unused_items() -> None:
    stand_ins = load("stand_ins")
    symbol, package = stand_ins.icu_package(QT_LIB / "libicudata.so.73")
    header, items = stand_ins.package_items(package)
    assert symbol == "icudt73_dat" and stand_ins.build_package(header, items) == package
    names = {name.split("/", 1)[1] for name, _data in items}
    assert {"coll/root.res", "coll/de.res", "coll/ucadata.icu", "zone/de.res", "zoneinfo64.res",
            "metaZones.res", "de.res", "nfkc.nrm", "cnvalias.icu"} <= names
    assert not any(stand_ins.dropped(name) for name in
                   ("coll/root.res", "coll/zh.res", "zone/de.res", "de_DE.res",
                    "nfkc.nrm", "cnvalias.icu", "supplementalData.res"))
    assert all(stand_ins.dropped(name) for name in
               ("brkitr/cjdict.dict", "curr/de.res", "unit/de.res", "lang/de.res", "region/de.res",
                "translit/root.res", "rbnf/de.res", "ibm-943_P15A-2003.cnv", "unames.icu"))


def probe(library_dir: Path, code: str) -> subprocess.CompletedProcess[str]:
    """Python with Qt taking its libraries from library_dir first (LD_LIBRARY_PATH beats the
    RUNPATH of PySide6's libraries), running packaging/bundle_check.py's code."""
    env = {**os.environ, "LD_LIBRARY_PATH": str(library_dir), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(ROOT), str(PACKAGING)])}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env=env, check=False)


def test_smaller_icu_data_still_collates_and_names_time_zones(tmp_path: Path) -> None:
    stand_ins = load("stand_ins")
    built = stand_ins.icu_data(QT_LIB / "libicudata.so.73", tmp_path)
    assert built is not None and built.stat().st_size < 14 * 2**20  # from 31 MB
    code = ("import bundle_check as c, sys; from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([]); print(c.icu_problems())\n"
            "print([l.split()[-1] for l in open('/proc/self/maps') if 'libicudata' in l][0])")
    result = probe(tmp_path, code)
    assert result.stdout.splitlines() == ["[]", str(built)], result.stderr


def test_quick_stand_ins_let_the_media_plugin_play(tmp_path: Path) -> None:
    stand_ins = load("stand_ins")
    for name, links in ((stand_ins.QUICK_NAME, ["libc.so.6"]), (stand_ins.QML_NAME, [])):
        assert stand_ins.quick(tmp_path, name) is not None
        assert load("slim").needed(str(tmp_path / name)) == links
    code = ("import bundle_check as c; from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([]); print(c.media_problem())\n"
            "print(sorted({l.split()[-1] for l in open('/proc/self/maps') if 'Qt6Q' in l}))")
    result = probe(tmp_path, code)
    lines = result.stdout.splitlines()
    assert lines[0] == "None", result.stdout + result.stderr
    assert lines[1] == str(sorted(str(tmp_path / n) for n in ("libQt6Qml.so.6", "libQt6Quick.so.6")))


def test_sqlcipher_links_the_shared_libcrypto(tmp_path: Path) -> None:
    stand_ins, slim = load("stand_ins"), load("slim")
    module = Path(importlib.util.find_spec("sqlcipher3._sqlite3").origin)  # type: ignore[arg-type]
    private = [name for name in slim.needed(str(module)) if name.startswith("libcrypto-")]
    assert len(private) == 1
    relinked = stand_ins.shared_crypto(module, private[0], tmp_path)
    assert relinked is not None
    assert slim.needed(str(relinked)) == ["libcrypto.so.3" if n == private[0] else n
                                          for n in slim.needed(str(module))]
    # A library asking for a newer OpenSSL than 3.0 keeps its own.
    newer = tmp_path / "newer.so"
    newer.write_bytes(module.read_bytes().replace(b"OPENSSL_3.0.0", b"OPENSSL_3.5.0"))
    assert stand_ins.shared_crypto(newer, private[0], tmp_path / "out") is None


def test_bundle_keeps_qt_strings_and_drops_unread_data() -> None:
    slim = load("slim")
    qt = "PySide6/Qt/translations"
    datas = [(f"{qt}/qtbase_{lang}.qm", f"/x/qtbase_{lang}.qm", "DATA")
             for lang in ("de", "fr", "pt_BR", "zh_CN", "zh_TW")]
    datas += [(f"{qt}/qtmultimedia_de.qm", "/x/qtmultimedia_de.qm", "DATA"),
              ("pyqtgraph/icons/peegee/peegee_512px.png", "/x/peegee_512px.png", "DATA"),
              ("pyqtgraph/icons/auto.png", "/x/auto.png", "DATA")]
    datas += [(f"resources/i18n/stillpoint_{lang}.{kind}", "/x/s", "DATA")
              for lang in ("de", "pt_BR", "zh") for kind in ("qm", "ts")]
    _binaries, kept = slim.slim([], datas)
    # Qt's strings for the languages the app has a catalogue for (as ui/i18n.py loads them).
    assert [dest for dest, _src, _kind in kept] == [
        f"{qt}/qtbase_de.qm", f"{qt}/qtbase_pt_BR.qm", f"{qt}/qtbase_zh_CN.qm",
        f"{qt}/qtbase_zh_TW.qm", "pyqtgraph/icons/auto.png", "resources/i18n/stillpoint_de.qm",
        "resources/i18n/stillpoint_pt_BR.qm", "resources/i18n/stillpoint_zh.qm"]
