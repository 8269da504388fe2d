"""Shared fixtures: a scratch copy of the data package, and the report text where a checkout has it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from rucn_data.paths import DATA_DIR

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RUCN_SHARED_DIR") or ROOT.parent / "shared")  # e.g. from a git worktree
REPORT = SHARED / "report" / "russian-chinese-dialogue-2023-model.txt"
REFERENCE = SHARED / "reference"
USER_CACHE = os.environ.get("RUCN_CACHE_DIR")  # as the user set it, before scratch_cache replaces it per test


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of the shipped data package; returns the folder."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.fixture(scope="session")
def report_text() -> str:
    """The report (a checkout's ../shared copy); skips where it is absent, as on a user's machine."""
    if not REPORT.is_file():
        pytest.skip(f"report text not present at {REPORT} (only maintainers' checkouts have it)")
    return REPORT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    """The shared reference data (a checkout's ../shared); skips where it is absent."""
    if not REFERENCE.is_dir():
        pytest.skip(f"reference data not present at {REFERENCE} (only maintainers' checkouts have it)")
    return REFERENCE


@pytest.fixture(scope="session")
def checkout_cache_folder() -> Path | None:
    """The cache `make reproduce` fills (the checkout's, or the user's RUCN_CACHE_DIR), or None when it is off."""
    from rucn_data import cache

    return cache.folder()  # as the user set it: scratch_cache has not replaced it yet in this process


@pytest.fixture(scope="session")
def _scratch_cache_folder(tmp_path_factory, checkout_cache_folder) -> Path:
    """One scratch cache per test process, starting as a copy of the user's cache (entries are keyed by every input
    of their value, so a copied entry is as good as computing it; scratch data make entries of their own)."""
    folder = tmp_path_factory.getbasetemp() / "rucn-cache"
    folder.mkdir(exist_ok=True)
    seed = checkout_cache_folder
    if seed is not None and seed.is_dir():
        for entry in seed.glob("*.pickle"):
            shutil.copy2(entry, folder / entry.name)
    return folder


@pytest.fixture(autouse=True)
def scratch_cache(_scratch_cache_folder, monkeypatch):
    """Tests that edit scratch copies of the data cache into a scratch folder, never the checkout's .cache/."""
    monkeypatch.setenv("RUCN_CACHE_DIR", str(_scratch_cache_folder))


@pytest.fixture
def checkout_cache(monkeypatch):
    """The cache `make reproduce` fills, for tests that read the shipped data only (never a scratch copy): an entry
    is keyed by every input of its value, so reading it is as good as computing it."""
    if USER_CACHE is None:
        monkeypatch.delenv("RUCN_CACHE_DIR", raising=False)
    else:
        monkeypatch.setenv("RUCN_CACHE_DIR", USER_CACHE)


@pytest.fixture(scope="session")
def squashed_report(report_text) -> str:
    """The report with whitespace and hyphens removed, once per session (as quotes are compared with it)."""
    from rucn_data.ledger import squash

    return squash(report_text)
