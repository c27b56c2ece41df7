"""Keep PySide6 6.12 from exhausting None/True/False on Python 3.11 (it aborts the app).

The PySide6 6.12 wheels hand back None (and sometimes a bool) without a new reference,
as is right on Python 3.12+, where those objects are immortal. On 3.11 every call to a
void Qt method so takes one reference away for good; after some thousands of calls the
interpreter aborts with "deallocating None", usually while shutting down. Measured here:
100 calls of QPushButton.update() lowered sys.getrefcount(None) by exactly 100.
Giving the three singletons a reserve no session can use up does what 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # over a trillion calls' worth

if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
    for _singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(_singleton)).value += RESERVE
