"""The check-in plane as a screen reader meets it: through AT-SPI, not Qt's own API.

A real window with the real plane runs on Xvfb with Qt's AT-SPI bridge, inside a private
D-Bus session with its own accessibility bus; Debian's pyatspi (for /usr/bin/python3, so a
subprocess printing JSON) walks the tree, reads the plane and presses an arrow key."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"
APP_NAME = "stillpoint-atspi-probe"
PLANE_NAME = "How you feel: pleasantness and energy"

SESSION = r"""
"$LAUNCHER" --launch-immediately & launcher=$!
"$APP_PYTHON" -m tests.ui.atspi_window > "$READY" 2>"$READY.err" & window=$!
for _ in $(seq 100); do grep -q ready "$READY" 2>/dev/null && break; sleep 0.1; done
"$SYSTEM_PYTHON" tests/ui/atspi_walker.py "$APP_NAME" "$PLANE_NAME"; rc=$?
kill $window $launcher 2>/dev/null
exit $rc
"""


def _missing() -> list[str]:
    missing = [tool for tool in ("xvfb-run", "xauth", "dbus-run-session")
               if shutil.which(tool) is None]
    missing += [path for path in (LAUNCHER, SYSTEM_PYTHON) if not os.path.exists(path)]
    if not missing and subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"],
                                      capture_output=True).returncode != 0:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture(scope="module")
def atspi_report(tmp_path_factory) -> dict:
    missing = _missing()
    if missing:
        message = f"AT-SPI test needs {', '.join(missing)} (.ci/system-packages installs them)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    ready = tmp_path_factory.mktemp("atspi") / "ready"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "AT_SPI"))}
    env.update(QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               LAUNCHER=LAUNCHER, APP_PYTHON=sys.executable, SYSTEM_PYTHON=SYSTEM_PYTHON,
               READY=str(ready), APP_NAME=APP_NAME, PLANE_NAME=PLANE_NAME)
    done = subprocess.run(["xvfb-run", "-a", "dbus-run-session", "--", "bash", "-c", SESSION],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the walker printed nothing:\n{done.stdout}\n{done.stderr}"
    report = json.loads(lines[-1])
    assert done.returncode == 0, f"the plane is not on the AT-SPI tree: {report['tree']}"
    return report


def test_plane_is_an_adjustable_control_with_a_spoken_value(atspi_report):
    plane = atspi_report["before"]
    assert plane["role"] == "slider"
    assert plane["name"] == PLANE_NAME
    assert "Value" in plane["interfaces"]
    assert plane["description"].startswith("Somewhat pleasant, energy low")
    assert (plane["minimum"], plane["maximum"]) == (0, 120)
    assert plane["value"] == (-3 + 5) * 11 + 2 + 5  # energy row, pleasantness column


def test_the_tree_is_walked_from_the_application(atspi_report):
    roles = [node["role"] for node in atspi_report["tree"]]
    assert roles[0] == "application"
    names = [(node["role"], node["name"]) for node in atspi_report["tree"]]
    assert ("label", "How are you arriving?") in names  # the plane's neighbour, too
    assert ("slider", PLANE_NAME) in names


def test_combo_tabs_and_choices_have_their_roles_and_names(atspi_report):
    names = {(node["role"], node["name"]) for node in atspi_report["tree"]}
    assert ("combo box", "Theme") in names  # its label, not "Follow the system"
    assert {("page tab", "History"), ("page tab", "Regulation log")} <= names
    assert {("radio button", "Week"), ("radio button", "Month")} <= names


def test_an_arrow_key_changes_the_value_and_is_announced(atspi_report):
    before, after = atspi_report["before"], atspi_report["after"]
    assert after["value"] == before["value"] + 1
    assert after["description"].startswith("Pleasant, energy low")
    kinds = {event["type"] for event in atspi_report["events"]}
    assert "object:property-change:accessible-value" in kinds, atspi_report["events"]
