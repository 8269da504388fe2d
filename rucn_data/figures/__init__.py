"""The report's charts rebuilt from the shipped data, in one house style, saved byte-identically.

>>> from rucn_data import figures
>>> list(figures.REGISTRY)                       # the figure names (an interface: notebooks use them)
>>> fig = figures.draw("fig1_trade_turnover")   # a matplotlib Figure; shows inline in Jupyter
>>> figures.lay_out(fig)                         # laid out now (else at its first rendering), to read positions
>>> figures.save(fig, "fig1_trade_turnover")    # figures/fig1_trade_turnover.svg, .pdf, .png (300 dpi)
>>> figures.save_all()                           # every figure; a file is rewritten only if its bytes change

Every figure has a title, axis labels with units, and a caption whose last line starts with
``Source:`` and is built from the ``.attrs`` of the datasets it draws. Missing data are drawn as
missing: a hatched grey placeholder labelled "no source found", never an interpolated value.

The style is ``rucn.mplstyle`` beside this module (Okabe–Ito colours, DejaVu Sans, sized for
3.5 in single-column and 7 in full-width figures); it is applied while a figure is drawn and saved,
whatever the caller's rcParams. matplotlib is imported only when a figure is drawn, and figures are
plain ``matplotlib.figure.Figure`` objects that pyplot does not track (no global state; close nothing).

Saved files depend only on the data and the matplotlib version: SVG with a fixed ``svg.hashsalt`` and
no date, PDF without creation or modification dates, PNG without the software stamp.
"""

from __future__ import annotations

from ..paths import figures_dir

# each chart module registers its figures on import; this order is the registry's (and `rucn figures --list`'s)
from . import energy, gaps, ledger, settlements, sources, tables, trade  # noqa: F401, I001
from .output import files, render, save, save_all
from .registry import REGISTRY, FigureSpec, draw, lay_out, spec
from .style import FORMATS, MISSING, STYLE, WIDTHS, caption, style

__all__ = [
    "REGISTRY",
    "FigureSpec",
    "draw",
    "lay_out",
    "spec",
    "save",
    "save_all",
    "files",
    "render",
    "figures_dir",
    "style",
    "STYLE",
    "FORMATS",
    "WIDTHS",
    "MISSING",
    "caption",
]
