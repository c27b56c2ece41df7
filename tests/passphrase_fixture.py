"""No passphrase in memory or in the environment before and after a test: import
`no_passphrase` into a test module that works with encrypted databases (it is autouse)."""

from __future__ import annotations

import pytest

from app.storage import cipher


@pytest.fixture(autouse=True)
def no_passphrase(monkeypatch):
    monkeypatch.delenv(cipher.ENV_PASSPHRASE, raising=False)
    monkeypatch.delenv(cipher.ENV_NEW_PASSPHRASE, raising=False)
    cipher.forget()
    yield
    cipher.forget()
