"""Walks an application's AT-SPI tree and prints what a screen reader sees, as JSON.

Run with /usr/bin/python3 (Debian's python3-pyatspi), not the project's venv:
    atspi_walker.py APP_NAME CONTROL_NAME
It finds the application, lists every node (role and name), then reads the control named
CONTROL_NAME: role, name, description, value and its range; then it focuses it, presses
Right (through the AT-SPI registry, as an on-screen keyboard would) and reports the new
value and the events the press raised."""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import GLib

RIGHT = 0xFF53  # X keysym


def find_app(name: str, wait: float = 15.0):
    end = time.monotonic() + wait
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    raise SystemExit(f"no application called {name!r} on the accessibility bus")


def walk(node, depth=0, out=None):
    out = [] if out is None else out
    out.append({"depth": depth, "role": node.getRoleName(), "name": node.name or ""})
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, depth + 1, out)
    return out


def find_named(node, name):
    if node.name == name and node.getRoleName() != "application":
        return node
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        found = find_named(child, name) if child is not None else None
        if found is not None:
            return found
    return None


def read(control) -> dict:
    value = control.queryValue()
    return {"role": control.getRoleName(), "name": control.name,
            "description": control.description, "value": value.currentValue,
            "minimum": value.minimumValue, "maximum": value.maximumValue,
            "interfaces": list(control.get_interfaces()),
            "focused": control.getState().contains(pyatspi.STATE_FOCUSED)}


def press_right(control) -> list[dict]:
    """Presses Right with the control focused; returns the events seen within 3 s."""
    events: list[dict] = []

    def heard(event):
        if event.source is not None and event.source.name == control.name:
            events.append({"type": str(event.type), "detail": str(event.any_data)})

    kinds = ["object:property-change:accessible-value",
             "object:property-change:accessible-description", "object:value-changed"]
    for kind in kinds:
        pyatspi.Registry.registerEventListener(heard, kind)
    control.queryComponent().grabFocus()
    GLib.timeout_add(400, lambda: pyatspi.Registry.generateKeyboardEvent(
        RIGHT, None, pyatspi.KEY_SYM) and False)
    GLib.timeout_add(3000, lambda: pyatspi.Registry.stop() or False)
    pyatspi.Registry.start()
    for kind in kinds:
        pyatspi.Registry.deregisterEventListener(heard, kind)
    return events


def main() -> int:
    app_name, control_name = sys.argv[1], sys.argv[2]
    app = find_app(app_name)
    control = None
    end = time.monotonic() + 10
    while control is None and time.monotonic() < end:
        control = find_named(app, control_name)
        time.sleep(0.1)
    report = {"tree": walk(app)}
    if control is None:
        print(json.dumps(report))
        return 1
    report["before"] = read(control)
    report["events"] = press_right(control)
    report["after"] = read(control)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
