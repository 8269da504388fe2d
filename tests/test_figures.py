"""Figure tests: pytest-mpl regression for every figure in ``rucn_data.figures.REGISTRY``, byte-identical
saving, and the house rules (title, axis labels with units, a source line) for every chart.

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
import io
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
BASELINE_DPI = 100  # baselines are for review; 100 dpi keeps tests/baseline small
COMPARE = dict(
    hash_library=str(HASH_LIBRARY),
    baseline_dir=str(BASELINE_DIR),  # hybrid mode: on a hash mismatch, also diff against the baseline PNG
    style=str(figures.STYLE),
    deterministic=True,
    savefig_kwargs={"dpi": BASELINE_DPI},
)
UNITS = ("USD billion", "USD million", "Mt", "%", "count")


@functools.cache
def drawn(name: str):
    """Each figure drawn and laid out (as before its first rendering) once per test process: the tests read it, and
    pytest-mpl's comparison renders it when its rendering is not in the cache."""
    return figures.lay_out(figures.draw(name))


class RenderedOnce:
    """What pytest-mpl compares for figure ``name``: a figure-like object (pytest-mpl takes any object with
    ``savefig``) whose saves all write the bytes of one rendering of ``drawn(name)``.

    pytest-mpl saves a figure twice, for its hash and again as the result image to review. The rendering is kept in
    the cache (the checkout's, like the committed-files test) under a key of everything it depends on: what
    ``figures.files`` keys its files by (every data file's hash, the package's code, the style, the versions of the
    drawing libraries), pytest-mpl's version, this module's comparison settings and the save's own arguments. Any
    change renders anew; test_cache.py shows that a changed input is never served from the cache."""

    def __init__(self, name: str):
        self.name = name
        self.rendered: dict[str, bytes] = {}

    def savefig(self, target, **kwargs) -> None:
        from importlib.metadata import version

        import matplotlib

        from rucn_data import cache

        fmt = kwargs.get("format") or (Path(target).suffix[1:] if isinstance(target, str | Path) else "")
        fmt = fmt or matplotlib.rcParams["savefig.format"]
        settings = repr((sorted(COMPARE.items()), sorted(kwargs.items()), fmt, version("pytest-mpl")))
        if settings not in self.rendered:
            entry = cache.key(f"mpl-{self.name}", figures.output._render_key(self.name), settings)
            data = cache.get(entry)
            if not isinstance(data, bytes):
                buffer = io.BytesIO()
                drawn(self.name).savefig(buffer, **dict(kwargs, format=fmt))  # under pytest-mpl's style and rc
                data = buffer.getvalue()
                cache.put(entry, data)
            self.rendered[settings] = data
        if hasattr(target, "write"):
            target.write(self.rendered[settings])
        else:
            Path(target).write_bytes(self.rendered[settings])


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
import pytest
import rucn_data
from rucn_data import figures

COMPARE = {compare!r}

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
    return figures.draw(name)
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
def test_figure_has_title_units_and_source(name):
    spec = figures.REGISTRY[name]
    fig = drawn(name)
    assert fig.get_suptitle().replace("\n", " ") == spec.title
    assert fig.get_figwidth() == figures.WIDTHS[spec.width]
    caption = figures.caption(fig)
    source = caption[caption.index("Source:") :] if "Source:" in caption else ""
    assert source and (caption.startswith("Source:") or "\nSource:" in caption), "no line starts with 'Source:'"
    meta = rucn_data.load(spec.datasets[0]).attrs
    assert meta["producer"] in source.replace("\n", " "), "the source line must name the dataset's producer"
    assert f"'{meta['name']}'" in source
    for ax in fig.axes:
        if not ax.has_data():
            continue
        labels = [ax.get_xlabel(), ax.get_ylabel()]
        units = [m.group(1) for lab in labels for m in [re.search(r"\(([^()]*)\)\s*$", lab.replace("\n", " "))] if m]
        assert any(u in unit for unit in units for u in UNITS), f"no axis label with a unit in {labels}"


@pytest.mark.parametrize("name", NAMES)
def test_figure_text_is_readable_and_inside_the_figure(name):
    from matplotlib.text import Text

    fig = drawn(name)  # laid out at the style's own figure.dpi
    box = fig.bbox
    undrawn = set()  # tick labels outside the view limits exist but are never drawn
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            lo, hi = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if not lo - 1e-9 * abs(hi - lo) <= tick.get_loc() <= hi + 1e-9 * abs(hi - lo):
                    undrawn.update({id(tick.label1), id(tick.label2)})
    for text in fig.findobj(Text):
        if not text.get_visible() or not text.get_text().strip() or id(text) in undrawn:
            continue
        assert text.get_fontsize() >= 6, f"{text.get_text()!r} is smaller than 6 pt"
        ext = text.get_window_extent()
        assert box.x0 - 1 <= ext.x0 and ext.x1 <= box.x1 + 1 and box.y0 - 1 <= ext.y0 and ext.y1 <= box.y1 + 1, (
            f"{text.get_text()!r} runs off the figure"
        )


def test_missing_data_is_labelled_not_interpolated():
    fig = drawn("fig1_trade_turnover")
    ax = fig.axes[0]
    texts = [t.get_text() for t in ax.texts]
    assert figures.MISSING in texts  # the 2012 placeholder
    bars = {round(p.get_x() + p.get_width() / 2) for c in ax.containers for p in c.patches}
    assert 2011 in bars and 2012 not in bars  # no bar at all for the missing year
    assert any(t.startswith("≈") for t in texts)  # 2011 labelled as rounded


def test_inline_display():
    fig = figures.draw("settlement_shares")  # not one of drawn(): only pytest-mpl's comparison renders those
    assert fig._repr_png_().startswith(b"\x89PNG")
