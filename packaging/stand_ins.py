"""Smaller stand-ins the bundle ships for libraries whose bulk the app never reaches.

- ICU's data (libicudata, 31 MB): QtCore calls ICU only for collation (ucol_*), case mapping
  (u_strToUpper/Lower), time-zone names (ucal_*) and legacy text codecs (ucnv_*), so the
  data for break iteration, units, currencies, language and region names, transliteration,
  spelled-out numbers, character names, string preparation and the legacy codec tables is
  never read. `icu_data()` rebuilds the library from the same package without those items
  (ICU's own `icupkg --remove` does the same; this needs no ICU tools). Collation, locale
  data, time zones and normalisation stay: Qt's sort order, case mapping and time-zone names
  come out the same in every locale tried (docs/packaging.md); only QStringConverter loses
  the legacy codecs (Shift-JIS, ISO-8859-2, ...), which nothing in the app asks for.
- QtQuick and QML (16 MB): QtMultimedia's FFmpeg plugin links both but uses exactly two
  symbols, QQuickWindow::staticMetaObject and QQuickWindow::grabWindow(), only to capture a
  QtQuick window on screen (QWindowCapture), and none of QML's (its version needs name no
  QML). The app has no QtQuick window and captures nothing, so a library defining just those
  two stands in for QtQuick (grabWindow() aborts if ever called) and an empty one for QML.

- OpenBLAS (27 MB with gfortran): numpy built without BLAS and LAPACK (`numpy_without_blas`).
- SQLCipher's own OpenSSL (6 MB): it asks only for OpenSSL 3.0's interface, which the
  libcrypto.so.3 Python's hashlib and ssl bring already provides (`shared_crypto`).

The first two are built with the C compiler; without one, the real libraries ship.
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import struct
import subprocess
import zipfile
from pathlib import Path, PurePosixPath

from slim import file_offset, needed  # packaging/ is on sys.path in the spec and the tests

ICU_DROP = [
    "brkitr/*", "unit/*", "curr/*", "lang/*", "region/*", "translit/*", "rbnf/*",
    "*.cnv", "unames.icu", "*.spp", "*.cfu",
]

PAD = b"\xaa"  # what ICU's tools pad with, so an unfiltered package rebuilds byte for byte
QUICK_NAME = "libQt6Quick.so.6"
QML_NAME = "libQt6Qml.so.6"  # linked by the plugin too, but not one symbol of it is used
QUICK_C = r"""
/* libQt6Quick.so.6 stand-in for QtMultimedia's FFmpeg plugin: packaging/stand_ins.py */
#include <stdlib.h>
/* QMetaObject is 7 pointers; zeroed, qobject_cast<QQuickWindow *>(w) is always null. */
__attribute__((visibility("default"), aligned(8)))
const char quick_window_meta[56] __asm__("_ZN12QQuickWindow16staticMetaObjectE") = {0};
__attribute__((visibility("default")))
void quick_window_grab(void) __asm__("_ZN12QQuickWindow10grabWindowEv");
void quick_window_grab(void) { abort(); }
"""
QUICK_VERSIONS = "Qt_6 { global: _ZN12QQuickWindow*; local: *; };\n"

ICU_ASM = """\
    .section .rodata
    .globl {symbol}
    .type {symbol}, @object
    .balign 16
{symbol}:
    .incbin "{data}"
    .size {symbol}, . - {symbol}
    .section .note.GNU-stack,"",@progbits
"""


def compiler() -> str | None:
    return shutil.which("cc") or shutil.which("gcc")


def quick(workdir: Path, name: str) -> Path | None:
    """The two-symbol libQt6Quick.so.6, or an empty libQt6Qml.so.6; None without a compiler."""
    cc = compiler()
    if cc is None:
        return None
    workdir.mkdir(parents=True, exist_ok=True)
    source, versions = workdir / f"{name}.c", workdir / f"{name}.map"
    source.write_text(QUICK_C if name == QUICK_NAME else "/* no symbols: nothing uses them */\n")
    versions.write_text(QUICK_VERSIONS if name == QUICK_NAME else "Qt_6 { local: *; };\n")
    out = workdir / name
    subprocess.run([cc, "-shared", "-fPIC", "-O2", "-s", f"-Wl,-soname,{name}",
                    f"-Wl,--version-script={versions}", "-o", str(out), str(source)],
                   check=True, capture_output=True)
    return out


def icu_package(library: Path) -> tuple[str, bytes]:
    """The symbol (icudtNN_dat) and the common-data package libicudata carries."""
    listing = subprocess.run(["nm", "-D", "-S", str(library)], capture_output=True, text=True,
                             check=True).stdout
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[3].startswith("icudt") and fields[3].endswith("_dat"):
            address, size = int(fields[0], 16), int(fields[1], 16)
            break
    else:
        raise ValueError(f"{library.name} has no icudtNN_dat symbol")
    data = library.read_bytes()
    offset = file_offset(data, address)
    return fields[3], data[offset:offset + size]


def package_items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """ICU's common data ("CmnD"): a header, a sorted table of contents, then the items."""
    header_size, = struct.unpack_from("<H", package, 0)
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count, = struct.unpack_from("<I", package, header_size)
    toc = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_at, data_at) in enumerate(toc):
        start = header_size + name_at
        name = package[start:package.index(b"\0", start)].decode("ascii")
        end = header_size + toc[index + 1][1] if index + 1 < count else len(package)
        items.append((name, package[header_size + data_at:end]))
    return package[:header_size], items


def build_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The same layout ICU's icupkg writes: names after the table, items 16-byte aligned."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _data in items)
    table_size = 4 + 8 * len(items)
    data_start = -(-(len(header) + table_size + len(names)) // 16) * 16 - len(header)
    table, blob, name_at = [struct.pack("<I", len(items))], b"", table_size
    for name, data in items:
        table.append(struct.pack("<II", name_at, data_start + len(blob)))
        name_at += len(name) + 1
        blob += data + PAD * (-len(data) % 16)
    body = b"".join(table) + names
    return header + body + PAD * (data_start - len(body)) + blob


def dropped(name: str) -> bool:
    """True for an item Qt never asks ICU for (name without the icudtNNl/ prefix)."""
    return any(fnmatch.fnmatch(name, pattern) for pattern in ICU_DROP)


def icu_data(library: Path, workdir: Path) -> Path | None:
    """libicudata.so.NN without the items Qt never reads, or None when it cannot be built."""
    cc = compiler()
    if cc is None or not shutil.which("nm"):
        return None
    symbol, package = icu_package(library)
    header, items = package_items(package)
    kept = [(name, data) for name, data in items if not dropped(name.split("/", 1)[1])]
    workdir.mkdir(parents=True, exist_ok=True)
    # icudt73l.dat: the name ICU's tools expect (icupkg -l lists it).
    package_file = workdir / f"{symbol.removesuffix('_dat')}l.dat"
    package_file.write_bytes(build_package(header, kept))
    (workdir / "icudata.S").write_text(ICU_ASM.format(symbol=symbol, data=package_file))
    out = workdir / library.name
    subprocess.run([cc, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(out),
                    str(workdir / "icudata.S")], check=True, capture_output=True)
    return out


def shared_crypto(library: Path, private: str, workdir: Path) -> Path | None:
    """A copy of `library` linking libcrypto.so.3 instead of its wheel's private copy
    (auditwheel's libcrypto-<hash>.so.3), if it needs nothing newer than OPENSSL_3.0.0.
    The name is changed in place in the dynamic string table: the new one is shorter."""
    data = bytearray(library.read_bytes())
    if set(re.findall(rb"OPENSSL_3\.\d+\.\d+", data)) != {b"OPENSSL_3.0.0"}:
        return None
    at = data.find(b"\0" + private.encode() + b"\0")
    if at < 0:
        return None
    shared = b"libcrypto.so.3\0"
    data[at + 1:at + 1 + len(shared)] = shared
    workdir.mkdir(parents=True, exist_ok=True)
    out = workdir / library.name
    out.write_bytes(bytes(data))
    out.chmod(0o755)
    return out


def stand_ins(binaries: list[tuple[str, str, str]], workdir: str) -> dict[str, str]:
    """Destination -> the stand-in built for it, for the libraries above that are bundled."""
    built: dict[str, str] = {}
    shipped = {PurePosixPath(dest).name for dest, _src, kind in binaries if kind != "SYMLINK"}
    for dest, src, kind in binaries:
        name = PurePosixPath(dest).name
        if kind == "SYMLINK":
            continue
        private = [n for n in needed(src) if fnmatch.fnmatch(n, "libcrypto-*.so.3")]
        if private and "libcrypto.so.3" in shipped:
            made = shared_crypto(Path(src), private[0], Path(workdir) / "crypto")
        elif name.startswith("libicudata.so"):
            made = icu_data(Path(src), Path(workdir) / "icu")
        elif name in (QUICK_NAME, QML_NAME):
            made = quick(Path(workdir) / "quick", name)
        else:
            continue
        if made is not None:
            built[dest] = str(made)
    return built


def numpy_without_blas(binaries: list[tuple[str, str, str]], pure: list[tuple[str, str, str]],
                       wheel: str | None, workdir: str
                       ) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """numpy's compiled parts (and its build config) from `wheel`: the same numpy version
    built with -Dblas=none -Dlapack=none (.ci/bundle builds it once). numpy then multiplies
    matrices with its own loops and solves with its bundled lapack_lite, so OpenBLAS (24 MB)
    and gfortran (3 MB) drop out: nothing links them any more. Without a wheel, no change."""
    if not wheel:
        return binaries, pure
    import numpy

    if not PurePosixPath(wheel).name.startswith(f"numpy-{numpy.__version__}-"):
        raise SystemExit(f"{wheel} is not numpy {numpy.__version__}, the one the app runs with")
    target = Path(workdir) / "numpy-noblas"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    swapped = [(dest, str(target / dest) if dest.startswith("numpy/") and (target / dest).is_file()
                else src, kind) for dest, src, kind in binaries]
    config = str(target / "numpy" / "__config__.py")
    pure = [(name, config if name == "numpy.__config__" else path, kind) for name, path, kind in pure]
    return swapped, pure
