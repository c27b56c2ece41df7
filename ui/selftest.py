"""--self-test: visit every page, ask it to check itself, and report one line on failure."""

from __future__ import annotations

import sys

from ui.qt import QApplication


class SelfTest:
    def __init__(self, window) -> None:
        self._window = window
        self._problems: list[str] = []
        self._locked = False

    def run(self) -> None:
        lock = getattr(self._window, "lock", None)
        if lock is not None and lock.locked:
            # The pages open only after the PIN or passphrase: nothing to check, and not
            # a fault of the app.
            self._locked = True
            QApplication.quit()
            return
        try:
            for index, spec in enumerate(self._window.specs):
                self._window.show_page_index(index)
                QApplication.processEvents()
                page = self._window.current_page()
                if getattr(page, "key", None) != spec.key:
                    self._problems.append(f"could not open the {spec.nav_label} page")
                    continue
                problem = page.self_check()
                if problem:
                    self._problems.append(problem)
        except Exception as exc:
            self._problems.append(f"{type(exc).__name__}: {exc}")
        QApplication.quit()

    def result(self) -> int:
        if self._locked:
            print("stillpoint: the app lock is on, so the self-test cannot open the pages. "
                  "Run it on a data folder without a lock (--data-dir), or remove the lock "
                  "with `stillpoint lock off`.", file=sys.stderr)
            return 2
        if self._problems:
            print(f"stillpoint self-test failed: {'; '.join(self._problems)}", file=sys.stderr)
            return 1
        print(f"stillpoint self-test passed: {len(self._window.specs)} pages")
        return 0
