"""Frozen-app entry point for PyInstaller: the same `stillpoint` command."""

import os
import sys

if os.environ.get("STILLPOINT_BUNDLE_CHECK") == "1":
    from bundle_check import run

    sys.exit(run())

from ui.launch import main

sys.exit(main())
