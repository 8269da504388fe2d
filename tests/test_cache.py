"""The disk cache is a speed-up only: with it warm, a changed file is still caught and new data still load."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from rucn_data import cache
from rucn_data.datapackage import DataPackage
from rucn_data.errors import DataValidationError
from rucn_data.paths import DATA_DIR

pytestmark = pytest.mark.schedule_first  # a long file: handed to a worker first (conftest.py)

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("rehash_tool", ROOT / "tools" / "rehash.py")
rehash_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rehash_tool)


FIGURE = "fig2_crude_from_russia"
SHOWN = ("fig2b_crude_share", "table1_before_after")  # figures whose inline PNG the tests below start from
# entries for the shipped data that the warm cache starts from (keyed by every input, so a copy is as good as new)
SEEDS = ("data-", f"figure-{FIGURE}-", *(f"display-{name}-" for name in SHOWN))


@pytest.fixture(scope="module")
def warmed(tmp_path_factory, checkout_cache_folder) -> tuple[Path, dict]:
    """A copy of the data folder and a cache warmed once per module: trade_annual loaded, the files of
    fig2_crude_from_russia rendered, the inline PNGs of SHOWN rendered. Computed from the shipped data into the
    checkout's cache (unless it holds them already), as the notebooks and the figure tests would, and copied from
    there; where caching is off, computed from the copy. Returns the folder and the files."""
    from rucn_data import datapackage, figures

    base = tmp_path_factory.mktemp("warmed")
    shutil.copytree(DATA_DIR, base / "data")
    (base / "cache").mkdir()
    warming = checkout_cache_folder or base / "cache"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("RUCN_CACHE_DIR", str(warming))
        if warming == base / "cache":
            mp.setattr(datapackage, "default", lambda: DataPackage(base / "data" / "datapackage.json"))
        datapackage.default().load("trade_annual")
        rendered = figures.files(FIGURE)
        for name in SHOWN:
            figures.output.shown_png(name)
    if warming != base / "cache":
        for entry in warming.glob("*.pickle"):
            if entry.name.startswith(SEEDS):
                shutil.copy2(entry, base / "cache" / entry.name)
    with pytest.MonkeyPatch.context() as mp:  # the copy finds them: the same bytes make the same keys
        mp.setenv("RUCN_CACHE_DIR", str(base / "cache"))
        mp.setattr(datapackage, "default", lambda: DataPackage(base / "data" / "datapackage.json"))
        assert list((base / "cache").glob("data-trade_annual-*.pickle")), "the load did not fill the cache"
        assert figures.files(FIGURE) == rendered, "the copy's files are not the cached ones"
    return base, rendered


@pytest.fixture
def warm(warmed, tmp_path, monkeypatch) -> Path:
    """This test's own copy of the warmed data folder and cache (the cache in use); returns the data folder."""
    base, _ = warmed
    shutil.copytree(base / "data", tmp_path / "data")
    shutil.copytree(base / "cache", tmp_path / "cache")
    monkeypatch.setenv("RUCN_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "data"


def test_a_changed_file_fails_with_the_cache_warm(warm):
    path = warm / "trade_annual.csv"
    path.write_bytes(path.read_bytes().replace(b"190.27", b"150.00"))
    with pytest.raises(DataValidationError, match="contents differ"):
        DataPackage(warm / "datapackage.json").load("trade_annual")


def test_a_deliberate_change_loads_the_new_values_not_the_cached_ones(warm, tmp_path):
    path = warm / "trade_annual.csv"
    path.write_bytes(path.read_bytes().replace(b"190.27", b"150.00"))
    rehash_tool.rehash(warm / "datapackage.json")
    frame = DataPackage(warm / "datapackage.json").load("trade_annual")
    assert frame.loc[frame["year"] == 2022, "turnover_usd_bn"].item() == 150.0
    assert len(list((tmp_path / "cache").glob("data-trade_annual-*.pickle"))) == 1  # the old entry is dropped


def test_a_broken_cache_entry_is_ignored(warm, tmp_path):
    for entry in (tmp_path / "cache").glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    frame = DataPackage(warm / "datapackage.json").load("trade_annual")
    assert len(frame) > 10


def test_an_empty_setting_turns_the_cache_off(monkeypatch):
    monkeypatch.setenv("RUCN_CACHE_DIR", "")
    assert cache.folder() is None and cache.get("anything") is None
    cache.put("anything", 1)  # nowhere to write: silently skipped


def test_keys_change_with_any_input():
    assert cache.key("data-x", "a", "b") != cache.key("data-x", "a", "c") != cache.key("data-y", "a", "c")


@pytest.fixture
def warm_figure(warmed, warm, monkeypatch) -> dict:
    """The files of FIGURE as rendered into the warm cache, with the package reading the warm data."""
    from rucn_data import datapackage

    monkeypatch.setattr(datapackage, "default", lambda: DataPackage(warm / "datapackage.json"))
    return warmed[1]


def test_a_changed_data_file_is_refused_then_drawn_anew_with_the_cache_warm(warm_figure, warm, monkeypatch):
    """Nothing changed: nothing is drawn. A changed file: refused until rehashed, then drawn from the new values and
    rendered, not taken from the old entry (that rendering shows the data: test_figures.py's tamper check)."""
    from rucn_data import figures

    drawn = []
    real_draw = figures.output.draw
    monkeypatch.setattr(figures.output, "draw", lambda name: drawn.append(real_draw(name)) or drawn[-1])
    monkeypatch.setattr(figures.output, "render", lambda fig, fmt: f"a new {fmt} rendering".encode())
    assert figures.files(FIGURE) == warm_figure and not drawn
    path = warm / "crude_oil_imports.csv"
    path.write_bytes(path.read_bytes().replace(b"2014,33.1,", b"2014,30.1,"))
    with pytest.raises(DataValidationError, match="contents differ"):  # not rehashed: refused, cache or not
        figures.files(FIGURE)
    rehash_tool.rehash(warm / "datapackage.json")
    assert figures.files(FIGURE) == {fmt: f"a new {fmt} rendering".encode() for fmt in figures.FORMATS}
    (fig,) = drawn
    heights = {round(bar.get_x() + bar.get_width() / 2): bar.get_height() for bar in fig.axes[0].containers[0]}
    assert heights[2014] == pytest.approx(30.1)


def test_a_figure_shows_cached_bytes_only_while_it_is_as_drawn(warm, monkeypatch):
    """The inline PNG of a figure just drawn may come from the cache; once the user changes it, it is rendered."""
    from rucn_data import datapackage, figures

    monkeypatch.setattr(datapackage, "default", lambda: DataPackage(warm / "datapackage.json"))
    shown = figures.draw("fig2b_crude_share")._repr_png_()  # fills the cache
    real_render = figures.output.render
    monkeypatch.setattr(figures.output, "render", lambda *a, **k: pytest.fail("rendered although cached"))
    again = figures.draw("fig2b_crude_share")
    assert again._repr_png_() == shown
    monkeypatch.setattr(figures.output, "render", real_render)
    again.axes[0].set_title("the user's own title")
    assert again._repr_png_() != shown


def test_a_figure_shown_from_the_cache_is_laid_out_when_saved(warm, monkeypatch):
    """A figure shown inline from the cache was never laid out; saving it lays it out as a first rendering does, so
    it saves the committed file (unlaid, this one's bars and labels sit elsewhere)."""
    from rucn_data import datapackage, figures

    name = "table1_before_after"
    monkeypatch.setattr(datapackage, "default", lambda: DataPackage(warm / "datapackage.json"))
    figures.draw(name)._repr_png_()  # the inline PNG is in the cache now
    fig = figures.draw(name)
    real_render = figures.output.render
    monkeypatch.setattr(figures.output, "render", lambda *a, **k: pytest.fail("rendered although cached"))
    fig._repr_png_()
    monkeypatch.setattr(figures.output, "render", real_render)
    assert figures.render(fig, "svg") == (ROOT / "figures" / f"{name}.svg").read_bytes()
