"""A disk cache of validated datasets and of the evaluated ledger: a speed-up only, never a source of truth.

Every entry is keyed by the sha256 of everything it was computed from (a data file's bytes and schema, the
package's own source files, the versions of the package and of pandas), so any change makes a new key and the
old entry is simply not found. A data file's bytes are still read and checked against the descriptor's hash on
every load, before the cache is consulted, so a tampered file fails as it would without a cache.

The cache lives in the checkout's ``.cache/rucn-data/`` (git-ignored; ``RUCN_CACHE_DIR`` names another folder,
``RUCN_CACHE_DIR=`` with an empty value turns it off). An installed package outside a checkout has no cache.
A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
from pathlib import Path

from .paths import PACKAGE_DIR, is_checkout


def folder() -> Path | None:
    """Where entries live, or None when caching is off."""
    env = os.environ.get("RUCN_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    return PACKAGE_DIR.parent / ".cache" / "rucn-data" if is_checkout(PACKAGE_DIR.parent) else None


@functools.cache
def code_fingerprint() -> str:
    """sha256 over the package's Python sources, its version and pandas's: what a computed entry depends on."""
    import pandas

    from . import __version__

    digest = hashlib.sha256(f"{__version__} pandas {pandas.__version__}".encode())
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        digest.update(str(path.relative_to(PACKAGE_DIR)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def key(kind: str, *parts: str) -> str:
    """The entry name for ``kind`` computed from ``parts`` (texts that together determine the value)."""
    digest = hashlib.sha256("\0".join((code_fingerprint(), *parts)).encode()).hexdigest()
    return f"{kind}-{digest[:32]}"


def get(name: str):
    """The cached value ``name``, or None."""
    base = folder()
    if base is None:
        return None
    try:
        with open(base / f"{name}.pickle", "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None


def put(name: str, value) -> None:
    """Store ``value`` as ``name`` (atomically) and drop older entries of its kind; a cache that cannot be written
    is skipped."""
    from .files import write_bytes_atomic

    base = folder()
    if base is None:
        return
    try:
        base.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(base / f"{name}.pickle", pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        kind = name.rsplit("-", 1)[0]
        for old in base.glob(f"{kind}-*.pickle"):
            if old.name != f"{name}.pickle" and old.name.rsplit("-", 1)[0] == kind:
                old.unlink(missing_ok=True)
    except OSError:
        pass
