"""Encrypted exports: AES-256-GCM in fixed-size chunks, the key made by scrypt from a
passphrase (docs/export-format.md, "Encrypted exports").

Each chunk's nonce is a random per-file prefix, the chunk's number and a flag that marks
the last chunk, and every chunk authenticates the whole header; so a changed byte, a
changed setting, chunks swapped or dropped, and a file cut short are all refused. Writing
holds one chunk in memory at a time."""

from __future__ import annotations

import io
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from app.errors import UserError

MAGIC = b"STLPXENC"
VERSION = 1
KDF_SCRYPT = 1
CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
SALT_SIZE = 16
PREFIX_SIZE = 7
# magic, version, kdf, log2(N), r, p, salt, nonce prefix, chunk size
_HEADER = struct.Struct(f">{len(MAGIC)}sBBBBB{SALT_SIZE}s{PREFIX_SIZE}sI")
HEADER_SIZE = _HEADER.size
# What a reader accepts: enough to stop a crafted header asking for gigabytes of memory
# or an hour of work, with room for stronger settings later.
LOG_N_RANGE = range(10, 21)
R_RANGE = range(1, 33)
P_RANGE = range(1, 17)
CHUNK_RANGE = range(1024, 4 * 1024 * 1024 + 1)
MAX_CHUNKS = 2**32

WRONG = ("the passphrase is wrong, or the file was changed after it was exported; "
         "nothing was imported")
DAMAGED = "the encrypted file was changed or cut short after it was exported; nothing was imported"


@dataclass(frozen=True)
class KdfCost:
    """scrypt's settings: N = 2**log_n, r, p. The default costs about 128 MiB and a second."""

    log_n: int = 17
    r: int = 8
    p: int = 1


DEFAULT_COST = KdfCost()


@dataclass(frozen=True)
class Seal:
    """What an export is encrypted with."""

    passphrase: str
    cost: KdfCost = DEFAULT_COST
    chunk_size: int = CHUNK_SIZE

    def __repr__(self) -> str:  # never show a passphrase in a traceback or a log
        return f"Seal(cost={self.cost!r}, chunk_size={self.chunk_size})"


def is_encrypted(data: bytes) -> bool:
    return data[: len(MAGIC)] == MAGIC


def _key(passphrase: str, salt: bytes, cost: KdfCost) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=2**cost.log_n, r=cost.r, p=cost.p)
    return kdf.derive(passphrase.encode("utf-8"))


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", counter, 1 if last else 0)


def _need_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise UserError("the passphrase is empty; type one to protect the export")


class EncryptingWriter(io.RawIOBase):
    """A write-only stream: bytes in, encrypted chunks out to `sink`. `finish()` writes the
    last chunk; a stream closed without it is not a readable export (which is the point:
    an export that failed half-way must not pass for a whole one)."""

    def __init__(self, sink: BinaryIO, seal: Seal) -> None:
        super().__init__()
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        _need_passphrase(seal.passphrase)
        chunk_size = seal.chunk_size
        if chunk_size not in CHUNK_RANGE:
            raise ValueError(f"chunk size {chunk_size} is outside {CHUNK_RANGE}")
        salt, self._prefix = os.urandom(SALT_SIZE), os.urandom(PREFIX_SIZE)
        cost = seal.cost
        self._header = _HEADER.pack(MAGIC, VERSION, KDF_SCRYPT, cost.log_n, cost.r, cost.p,
                                    salt, self._prefix, chunk_size)
        self._aead = AESGCM(_key(seal.passphrase, salt, cost))
        self._sink, self._size = sink, chunk_size
        self._pending = bytearray()
        self._counter = 0
        sink.write(self._header)

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self._pending += data
        while len(self._pending) > self._size:  # keep one: it may turn out to be the last
            self._seal_chunk(bytes(self._pending[: self._size]), last=False)
            del self._pending[: self._size]
        return len(data)

    def finish(self) -> None:
        self._seal_chunk(bytes(self._pending), last=True)
        self._pending.clear()
        self._sink.flush()

    def _seal_chunk(self, plain: bytes, *, last: bool) -> None:
        if self._counter >= MAX_CHUNKS:
            raise UserError("the export is too large to encrypt")
        nonce = _nonce(self._prefix, self._counter, last)
        self._sink.write(self._aead.encrypt(nonce, plain, self._header))
        self._counter += 1


def _read_header(source: BinaryIO) -> tuple[bytes, KdfCost, bytes, bytes, int]:
    header = source.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE or not is_encrypted(header):
        raise UserError(DAMAGED if is_encrypted(header) else "this is not an encrypted export")
    _magic, version, kdf, log_n, r, p, salt, prefix, size = _HEADER.unpack(header)
    if version > VERSION:
        raise UserError(f"this encrypted export is version {version}; this Stillpoint reads "
                        f"up to version {VERSION}", hint="update Stillpoint to import it")
    if (version < 1 or kdf != KDF_SCRYPT or log_n not in LOG_N_RANGE or r not in R_RANGE
            or p not in P_RANGE or size not in CHUNK_RANGE):
        raise UserError(DAMAGED)
    return header, KdfCost(log_n, r, p), salt, prefix, size


def decrypted_chunks(source: BinaryIO, passphrase: str) -> Iterator[bytes]:
    """The plain bytes, chunk by chunk, each one checked before it is given out. Raises
    UserError for a wrong passphrase or any change; the caller uses nothing until the
    iterator ends normally (only then is the file known to be whole)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, cost, salt, prefix, size = _read_header(source)
    if cost.r * (2**cost.log_n) * 128 > 1024**3:
        raise UserError(DAMAGED)  # a crafted header asking for more than 1 GiB of memory
    aead = AESGCM(_key(passphrase, salt, cost))
    block = size + TAG_SIZE
    current = source.read(block)
    counter = 0
    while True:
        following = source.read(block) if len(current) == block else b""
        last = not following
        if len(current) < TAG_SIZE or counter >= MAX_CHUNKS:
            raise UserError(DAMAGED)
        try:
            yield aead.decrypt(_nonce(prefix, counter, last), current, header)
        except InvalidTag:
            raise UserError(WRONG if counter == 0 else DAMAGED) from None
        if last:
            return
        current, counter = following, counter + 1


def decrypt_bytes(data: bytes, passphrase: str) -> bytes:
    """The whole plain text of an encrypted export held in memory (an import reads it all
    anyway, to check every row before writing)."""
    return b"".join(decrypted_chunks(io.BytesIO(data), passphrase))
