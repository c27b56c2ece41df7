"""Frozen-app entry point for PyInstaller: the same `stillpoint` command."""

import sys

from ui.launch import main

sys.exit(main())
