"""Figure files: the committed files in ``figures/`` are current and carry no stamps, and ``save_all`` rewrites only
what changed (the same bytes in a fresh process, under other seeds: test_fresh_process.py).

(Split from ``test_figures.py`` so that the two halves run on both workers.)
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rucn_data import figures

pytestmark = pytest.mark.schedule_first  # a long file: handed to a worker first (conftest.py)

ROOT = Path(__file__).resolve().parents[1]
NAMES = list(figures.REGISTRY)


# -- saved files: byte-identical on every run, and the committed ones current -------------------------
@pytest.mark.parametrize("name", NAMES)
def test_committed_figure_files_are_current(name, checkout_cache):
    """The files in figures/ are what the package draws now (a stale one fails, like a stale errata document).

    ``figures.files`` draws them, or takes them from the cache ``make reproduce`` filled when none of their inputs
    changed (test_cache.py shows that a changed input draws anew)."""
    for fmt, data in figures.files(name).items():
        committed = ROOT / "figures" / f"{name}.{fmt}"
        assert committed.is_file(), f"{committed.name} is missing: run `make reproduce`"
        assert data == committed.read_bytes(), f"figures/{committed.name} is stale: run `make reproduce` and review it"


@pytest.mark.parametrize("fmt", figures.FORMATS)
def test_saved_files_carry_no_date_or_software_stamp(fmt):
    """What would change the bytes on every run; the same bytes in a fresh process: test_fresh_process.py."""
    stamp = {"svg": [b"<dc:date>"], "pdf": [b"/CreationDate", b"/ModDate"], "png": [b"Software"]}[fmt]
    for name in NAMES:
        data = (ROOT / "figures" / f"{name}.{fmt}").read_bytes()
        assert not any(s in data for s in stamp), f"figures/{name}.{fmt} carries a stamp"


def test_save_all_rewrites_only_files_whose_bytes_change(tmp_path, monkeypatch, checkout_cache):
    monkeypatch.setenv("RUCN_PROJECT_DIR", str(tmp_path))
    paths = figures.save_all(["fig2_crude_from_russia"])
    assert paths == [tmp_path / "figures" / f"fig2_crude_from_russia.{ext}" for ext in ("svg", "pdf", "png")]
    old = 1_000_000_000
    for p in paths:
        os.utime(p, (old, old))
    paths[2].write_bytes(b"stale")
    os.utime(paths[2], (old, old))
    assert figures.save_all(["fig2_crude_from_russia"]) == paths
    assert [p.stat().st_mtime for p in paths[:2]] == [old, old]  # unchanged: not touched
    assert paths[2].stat().st_mtime != old and paths[2].read_bytes().startswith(b"\x89PNG")
