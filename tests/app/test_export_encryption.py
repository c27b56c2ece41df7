"""Encrypted exports: a round trip works, and every change to the file (a wrong passphrase,
a flipped byte, a cut, chunks swapped or dropped) is refused with nothing written."""

from __future__ import annotations

import io
import json
import stat
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.context import open_context
from app.errors import UserError
from app.exchange.columns import export_tables
from app.exchange.crypto import (
    DAMAGED,
    HEADER_SIZE,
    MAGIC,
    TAG_SIZE,
    WRONG,
    KdfCost,
    Seal,
    decrypt_bytes,
)
from app.exchange.json_format import PassphraseNeeded
from tests.app.exchange_data import fill_everything

# Cheap scrypt settings and small chunks keep the tests quick and give many chunks to
# reorder; the reader takes both from the file's header, as it does the defaults.
FAST = KdfCost(log_n=12)
CHUNK = 1024
SEAL = Seal("a quiet harbour", FAST, chunk_size=CHUNK)


def _snapshot(ctx):
    return {t.name: ctx.db.rows(f"SELECT * FROM {t.name}") for t in export_tables()}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """An encrypted and a plain export of the same data (several dozen chunks)."""
    base = tmp_path_factory.mktemp("sealed")
    with open_context(str(base / "source")) as source:
        fill_everything(source)
        source.exchange.export(base / "plain.json", now=None)
        source.exchange.export(base / "sealed.json", seal=SEAL)
    return base


@pytest.fixture
def target(tmp_path):
    ctx = open_context(str(tmp_path / "target"))
    yield ctx
    ctx.close()


def _chunks(data: bytes) -> tuple[bytes, list[bytes]]:
    block = CHUNK + TAG_SIZE
    body = data[HEADER_SIZE:]
    return data[:HEADER_SIZE], [body[i:i + block] for i in range(0, len(body), block)]


def _refused(target, path, passphrase=SEAL.passphrase):
    before = _snapshot(target)
    with pytest.raises(UserError) as caught:
        target.exchange.import_file(path, passphrase=passphrase)
    assert _snapshot(target) == before
    return caught.value.message


def test_round_trip_gives_the_same_data(exported, target, tmp_path):
    sealed = (exported / "sealed.json").read_bytes()
    plain = (exported / "plain.json").read_bytes()
    assert sealed.startswith(MAGIC)
    assert b"Quiet morning" not in sealed and b"Quiet morning".decode() in plain.decode()
    assert len(_chunks(sealed)[1]) > 10
    assert stat.S_IMODE((exported / "sealed.json").stat().st_mode) == 0o600
    decrypted = json.loads(decrypt_bytes(sealed, SEAL.passphrase))
    expected = json.loads(plain)
    assert decrypted["tables"] == expected["tables"]
    summary = target.exchange.import_file(exported / "sealed.json", passphrase=SEAL.passphrase)
    assert summary.read == summary.added + summary.present and summary.added > 100
    again = tmp_path / "again.json"
    target.exchange.export(again)
    assert json.loads(again.read_text(encoding="utf-8"))["tables"] == expected["tables"]


def test_the_csv_zip_is_encrypted_too(ctx, tmp_path):
    fill_everything(ctx)
    out = tmp_path / "sheets.zip"
    ctx.exchange.export(out, "csv", seal=SEAL)
    data = out.read_bytes()
    assert data.startswith(MAGIC) and b"mood_checkin.csv" not in data
    archive = zipfile.ZipFile(io.BytesIO(decrypt_bytes(data, SEAL.passphrase)))
    assert archive.testzip() is None
    assert "Quiet morning" in archive.read("journal_entry.csv").decode("utf-8")


def test_no_passphrase_and_a_wrong_one_are_refused(exported, target):
    path = exported / "sealed.json"
    with pytest.raises(PassphraseNeeded):
        target.exchange.import_file(path)
    assert _refused(target, path, "a quiet harbor") == WRONG
    assert _refused(target, path, "") == WRONG


def _write(tmp_path, data: bytes):
    path = tmp_path / "altered.json"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("where", [0, 9, 12, 20, HEADER_SIZE - 1, HEADER_SIZE,
                                   HEADER_SIZE + CHUNK + 3, -TAG_SIZE, -1])
def test_a_flipped_byte_is_refused(exported, target, tmp_path, where):
    data = bytearray((exported / "sealed.json").read_bytes())
    data[where] ^= 0x01
    message = _refused(target, _write(tmp_path, bytes(data)))
    # A changed magic is no longer an encrypted export: the JSON reader refuses it.
    assert message in (DAMAGED, WRONG) or where < len(MAGIC)


@pytest.mark.parametrize("keep", ["header", "one chunk", "all but the last", "last cut",
                                  "half"])
def test_a_truncated_file_is_refused(exported, target, tmp_path, keep):
    data = (exported / "sealed.json").read_bytes()
    header, chunks = _chunks(data)
    cut = {"header": header, "one chunk": header + chunks[0],
           "all but the last": header + b"".join(chunks[:-1]), "last cut": data[:-5],
           "half": data[: len(data) // 2]}[keep]
    # Refused by the encryption itself, before the JSON could notice anything.
    assert _refused(target, _write(tmp_path, cut)) in (DAMAGED, WRONG)


@pytest.mark.parametrize("how", ["swap first two", "swap two in the middle", "drop one",
                                 "repeat one", "last moved first"])
def test_reordered_chunks_are_refused(exported, target, tmp_path, how):
    header, chunks = _chunks((exported / "sealed.json").read_bytes())
    c = list(chunks)
    if how == "swap first two":
        c[0], c[1] = c[1], c[0]
    elif how == "swap two in the middle":
        c[4], c[5] = c[5], c[4]
    elif how == "drop one":
        del c[3]
    elif how == "repeat one":
        c.insert(3, c[2])
    else:
        c.insert(0, c.pop())
    assert _refused(target, _write(tmp_path, header + b"".join(c))) in (DAMAGED, WRONG)


def test_a_header_asking_for_too_much_work_is_refused(exported, target, tmp_path):
    data = bytearray((exported / "sealed.json").read_bytes())
    data[10], data[11] = 20, 32  # log2(N) = 20 with r = 32: 4 GiB of memory
    assert _refused(target, _write(tmp_path, bytes(data))) == DAMAGED


def test_an_empty_passphrase_cannot_seal(ctx, tmp_path):
    with pytest.raises(UserError):
        ctx.exchange.export(tmp_path / "x.json", seal=Seal("", FAST))
    assert not (tmp_path / "x.json").exists()
    assert "harbour" not in repr(SEAL)


class _World:
    def __init__(self, base, sealed, target):
        self.base, self.sealed, self.target = base, sealed, target

    def __repr__(self):  # hypothesis prints its arguments; the file is too long to show
        return "<encrypted export fuzz world>"


@pytest.fixture(scope="module")
def world(exported):
    target = open_context(str(exported / "fuzz-target"))
    yield _World(exported, (exported / "sealed.json").read_bytes(), target)
    target.close()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_encrypted_files_never_crash_nor_change_the_database(world, data):
    mutated = bytearray(world.sealed)
    for _ in range(data.draw(st.integers(1, 4))):
        action = data.draw(st.sampled_from(["flip", "cut", "insert", "delete", "splice"]))
        at = data.draw(st.integers(0, max(len(mutated) - 1, 0)))
        if action == "flip" and mutated:
            mutated[at] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del mutated[at:]
        elif action == "insert":
            mutated[at:at] = data.draw(st.binary(min_size=1, max_size=40))
        elif action == "delete":
            del mutated[at:at + data.draw(st.integers(1, 2000))]
        else:
            other = data.draw(st.integers(0, max(len(world.sealed) - 64, 0)))
            mutated[at:at + 64] = world.sealed[other:other + 64]
    if bytes(mutated) == world.sealed:
        return
    path = world.base / "mutated.json"
    path.write_bytes(bytes(mutated))
    before = _snapshot(world.target)
    with pytest.raises(UserError):
        world.target.exchange.import_file(path, passphrase=SEAL.passphrase)
    assert _snapshot(world.target) == before
