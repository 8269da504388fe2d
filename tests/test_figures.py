"""Figure tests: pytest-mpl regression for every figure in ``rucn_data.figures.REGISTRY`` (of the PNG a notebook
shows for it), byte-identical saving, and the house rules (title, axis labels with units, a source line) for every
chart.

Run (from the project folder; ``--mpl``, ``--mpl-deterministic`` and ``--mpl-results-path`` come from
pyproject.toml's addopts; without ``--mpl`` pytest-mpl compares nothing)::

    .venv/bin/python -m pytest tests/test_figures.py

A failed comparison leaves the result, the baseline and a diff image in ``build/mpl-results/``.
The comparison is by hash (hash library ``tests/figure_hashes_mpl<matplotlib>_ft<FreeType>.json``,
valid for the pinned matplotlib of requirements/constraints.txt) with the baseline PNGs in
``tests/baseline/`` as the picture to review and to diff against when a hash differs.

Regenerate baselines and hashes after a deliberate change to a figure or its data (the ledger
changes ``ledger_verdicts`` whenever claims or checks change), then look at the new PNGs in
``tests/baseline/`` and review ``git diff`` before committing::

    .venv/bin/python tools/figure_baselines.py                   # every figure; rewrites the library
    .venv/bin/python tools/figure_baselines.py ledger_verdicts   # only the figures named; keeps the others

That script runs pytest-mpl's own generator, i.e. for all figures it is the same as::

    .venv/bin/python -m pytest tests/test_figures.py -k test_figure_matches_baseline \\
        --mpl-generate-path=tests/baseline \\
        --mpl-generate-hash-library=tests/figure_hashes_mpl<matplotlib>_ft<FreeType>.json

(pytest-mpl writes only the hashes of the tests it ran, so use the plain command for all figures only).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sys
from pathlib import Path

import pytest

import rucn_data
from rucn_data import figures

pytestmark = pytest.mark.schedule_first  # a long file: handed to a worker first (conftest.py)

pytest_plugins = ["pytester"]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BASELINE_DIR = HERE / "baseline"
MODULE = Path(__file__).stem  # pytest's name for this module, also when it runs as a script


def _versions() -> str:
    import matplotlib
    import matplotlib.ft2font

    return f"mpl{matplotlib.__version__}_ft{matplotlib.ft2font.__freetype_version__}"


HASH_LIBRARY = HERE / f"figure_hashes_{_versions()}.json"
NAMES = list(figures.REGISTRY)
BASELINE_DPI = figures.output.DISPLAY_DPI  # the inline PNG's (see RenderedOnce); 100 dpi keeps tests/baseline small
COMPARE = dict(
    hash_library=str(HASH_LIBRARY),
    baseline_dir=str(BASELINE_DIR),  # hybrid mode: on a hash mismatch, also diff against the baseline PNG
    style=str(figures.STYLE),
    deterministic=True,
    savefig_kwargs={"dpi": BASELINE_DPI},
)
UNITS = ("USD billion", "USD million", "Mt", "%", "count")
SOURCE_DIGEST = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()  # what the house rules read depends on it


@functools.cache
def drawn(name: str):
    """Each figure drawn and laid out (as before its first rendering) once per test process: what the house rules
    read when their facts are not cached, and what pytest-mpl's comparison renders when its rendering is not."""
    return figures.lay_out(figures.draw(name))


def house_facts(name: str) -> dict:
    """What the house-rule tests read from figure ``name`` as drawn and laid out: title, width, caption, each axes'
    labels, texts and bars, and every text that is drawn, with its size and extent.

    Reading them is a read-only check of a drawing, so they are kept in the cache (the checkout's, like the
    figure's files) under the key of its files (every data file's hash, the package's code, the style, the
    drawing libraries' versions) and this module's source: a change to any of them reads a new drawing."""
    from rucn_data import cache

    entry = cache.key(f"house-rules-{name}", figures.output._render_key(name), SOURCE_DIGEST)
    facts = cache.get(entry)
    if not isinstance(facts, dict):
        facts = _read_facts(drawn(name))
        cache.put(entry, facts)
    return facts


def _read_facts(fig) -> dict:
    from matplotlib.text import Text

    undrawn = set()  # tick labels outside the view limits exist but are never drawn
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            lo, hi = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if not lo - 1e-9 * abs(hi - lo) <= tick.get_loc() <= hi + 1e-9 * abs(hi - lo):
                    undrawn.update({id(tick.label1), id(tick.label2)})
    texts = [
        (t.get_text(), t.get_fontsize(), tuple(t.get_window_extent().extents))  # extents: x0, y0, x1, y1
        for t in fig.findobj(Text)
        if t.get_visible() and t.get_text().strip() and id(t) not in undrawn
    ]
    axes = [
        {
            "has_data": ax.has_data(),
            "labels": [ax.get_xlabel(), ax.get_ylabel()],
            "texts": [t.get_text() for t in ax.texts],
            "bar_centres": sorted({round(p.get_x() + p.get_width() / 2) for c in ax.containers for p in c.patches}),
        }
        for ax in fig.axes
    ]
    return {
        "title": fig.get_suptitle(),
        "width": fig.get_figwidth(),
        "caption": figures.caption(fig),
        "box": tuple(fig.bbox.extents),
        "texts": texts,
        "axes": axes,
    }


class RenderedOnce:
    """What pytest-mpl compares for figure ``name``: a figure-like object (pytest-mpl takes any object with
    ``savefig``) whose saves write the PNG a notebook shows for the figure (``figures.draw(name)._repr_png_()``: the
    house style, 100 dpi, fixed metadata). The comparison thus covers the pictures in the notebooks.

    That PNG comes from the checkout's cache when the notebooks or an earlier run rendered it (under the key of
    everything it depends on: every data file's hash, the package's code, the style, the drawing libraries'
    versions; test_cache.py shows that a changed input is never served from the cache), else it is rendered from
    ``drawn(name)`` and kept there, so that a run renders it once for the notebooks and this test. pytest-mpl must
    ask for what it is: a PNG at that resolution (COMPARE's savefig_kwargs)."""

    def __init__(self, name: str):
        self.name = name
        self.shown: bytes | None = None

    def savefig(self, target, **kwargs) -> None:
        import matplotlib

        fmt = kwargs.get("format") or (Path(target).suffix[1:] if isinstance(target, str | Path) else "")
        fmt = fmt or matplotlib.rcParams["savefig.format"]
        if fmt != "png" or kwargs.get("dpi") != figures.output.DISPLAY_DPI:
            raise ValueError(f"asked for {fmt} at {kwargs.get('dpi')} dpi: only the inline PNG is compared")
        if self.shown is None:
            self.shown = figures.output.shown_png(self.name, lambda: drawn(self.name))
        if hasattr(target, "write"):
            target.write(self.shown)
        else:
            Path(target).write_bytes(self.shown)


# -- regression: every registered figure ------------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.mpl_image_compare(**COMPARE)
def test_figure_matches_baseline(name, checkout_cache):
    return RenderedOnce(name)


def test_every_figure_has_a_hash_and_a_baseline():
    """A figure added to the registry without regenerating fails here with the command to run."""
    assert HASH_LIBRARY.is_file(), f"no hash library for {_versions()}: run `python tools/figure_baselines.py`"
    library = json.loads(HASH_LIBRARY.read_text(encoding="utf-8"))
    missing = [n for n in NAMES if _hash_key(n) not in library]
    assert not missing, f"no hash for {missing}: run `python tools/figure_baselines.py {' '.join(missing)}`"
    absent = [n for n in NAMES if not (BASELINE_DIR / _baseline_name(n)).is_file()]
    assert not absent, f"no baseline image for {absent}: run `python tools/figure_baselines.py {' '.join(absent)}`"


def _hash_key(name: str) -> str:
    return f"{MODULE}.test_figure_matches_baseline[{name}]"


def _baseline_name(name: str) -> str:  # pytest-mpl's file name with mpl-use-full-test-name = true
    return f"{MODULE}.test_figure_matches_baseline_{name}.png"


_INNER_TEST = """
from pathlib import Path

import pytest
import rucn_data
from rucn_data import figures

COMPARE = {compare!r}


class RenderedOnce:  # as test_figures.py's: the inline PNG of the figure, one rendering for pytest-mpl's two saves
    def __init__(self, fig):
        self.shown = figures.output.repr_png(fig)

    def savefig(self, target, **kwargs):
        if hasattr(target, "write"):
            target.write(self.shown)
        else:
            Path(target).write_bytes(self.shown)


@pytest.mark.parametrize("name", [{name!r}])
@pytest.mark.mpl_image_compare(**COMPARE)
def test_figure_matches_baseline(name, monkeypatch):
    real = rucn_data.load

    def tampered(dataset):
        frame = real(dataset)
        if dataset == "trade_annual":  # one bar 5 % lower: a plausible silent data change
            frame.loc[frame["year"] == 2022, "turnover_usd_bn"] *= 0.95
        return frame

    monkeypatch.setattr(rucn_data, "load", tampered)
    return RenderedOnce(figures.draw(name))
"""


def test_changed_data_fails_the_hash_comparison(pytester, monkeypatch):
    """Through pytest-mpl itself: the same test, same key, same library; only the data differ (the unchanged case
    is ``test_figure_matches_baseline[fig1_trade_turnover]`` in this run)."""
    name = "fig1_trade_turnover"
    if not HASH_LIBRARY.is_file():
        pytest.skip("no hash library for this matplotlib (see test_every_figure_has_a_hash_and_a_baseline)")
    # named like this module, so that the test's hash key is the one in the library; run in this process (no
    # interpreter to start), with this module out of the way of the inner one's import; by hash only (a baseline
    # image would add a diff picture of the failure, at the cost of a third rendering)
    hash_only = {k: v for k, v in COMPARE.items() if k != "baseline_dir"}
    pytester.makepyfile(**{MODULE: _INNER_TEST.format(compare=hash_only, name=name)})
    monkeypatch.delitem(sys.modules, MODULE, raising=False)
    results = ROOT / "build" / "mpl-results" / "tamper-check"
    run = pytester.runpytest_inprocess(
        "--mpl",
        "--mpl-deterministic",
        f"--mpl-results-path={results}",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:nbval",
        "-p",
        "no:xdist",
    )
    run.assert_outcomes(failed=1)
    run.stdout.fnmatch_lines(["*doesn't match hash*"])


def test_unknown_figure_name_lists_the_names():
    with pytest.raises(ValueError, match="fig1_trade_turnover"):
        figures.draw("fig1_trade_turnovr")
    with pytest.raises(ValueError):
        figures.save_all(["no_such_figure"])


# -- house rules ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
def test_figure_has_title_units_and_source(name, checkout_cache):
    spec = figures.REGISTRY[name]
    fig = house_facts(name)
    assert fig["title"].replace("\n", " ") == spec.title
    assert fig["width"] == figures.WIDTHS[spec.width]
    caption = fig["caption"]
    source = caption[caption.index("Source:") :] if "Source:" in caption else ""
    assert source and (caption.startswith("Source:") or "\nSource:" in caption), "no line starts with 'Source:'"
    meta = rucn_data.load(spec.datasets[0]).attrs
    assert meta["producer"] in source.replace("\n", " "), "the source line must name the dataset's producer"
    assert f"'{meta['name']}'" in source
    for ax in fig["axes"]:
        if not ax["has_data"]:
            continue
        labels = ax["labels"]
        units = [m.group(1) for lab in labels for m in [re.search(r"\(([^()]*)\)\s*$", lab.replace("\n", " "))] if m]
        assert any(u in unit for unit in units for u in UNITS), f"no axis label with a unit in {labels}"


@pytest.mark.parametrize("name", NAMES)
def test_figure_text_is_readable_and_inside_the_figure(name, checkout_cache):
    facts = house_facts(name)  # laid out at the style's own figure.dpi
    bx0, by0, bx1, by1 = facts["box"]
    for text, size, (x0, y0, x1, y1) in facts["texts"]:
        assert size >= 6, f"{text!r} is smaller than 6 pt"
        assert bx0 - 1 <= x0 and x1 <= bx1 + 1 and by0 - 1 <= y0 and y1 <= by1 + 1, f"{text!r} runs off the figure"


def test_missing_data_is_labelled_not_interpolated(checkout_cache):
    ax = house_facts("fig1_trade_turnover")["axes"][0]
    assert figures.MISSING in ax["texts"]  # the 2012 placeholder
    assert 2011 in ax["bar_centres"] and 2012 not in ax["bar_centres"]  # no bar at all for the missing year
    assert any(t.startswith("≈") for t in ax["texts"])  # 2011 labelled as rounded


def test_inline_display():
    fig = figures.draw("settlement_shares")  # not one of drawn(): only pytest-mpl's comparison renders those
    assert fig._repr_png_().startswith(b"\x89PNG")
