"""Figure files: the committed files in ``figures/`` are current, a second drawing in the same process saves the same
bytes (a fresh process: test_fresh_process.py), and ``save_all`` rewrites only what changed.

(Split from ``test_figures.py`` so that the two halves run on both workers.)
"""

from __future__ import annotations

import functools
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


@functools.cache
def second_drawing(name: str) -> dict[str, bytes]:
    """Another drawing of ``name`` rendered as ``save`` renders it (svg, pdf, png in turn)."""
    fig = figures.draw(name)
    return {fmt: figures.render(fig, fmt) for fmt in figures.FORMATS}


@pytest.mark.parametrize("fmt", ["svg", "pdf", "png"])
def test_two_draws_give_identical_bytes_without_stamps(fmt):
    name = "fig2b_crude_share"  # hatched bars, a legend, a caption: what a byte difference would show in
    first = (ROOT / "figures" / f"{name}.{fmt}").read_bytes()  # the committed file is the first drawing
    assert second_drawing(name)[fmt] == first, f"{fmt} differs between two draws"
    stamp = {"svg": [b"<dc:date>"], "pdf": [b"/CreationDate", b"/ModDate"], "png": [b"Software"]}[fmt]
    assert not any(s in first for s in stamp)


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
