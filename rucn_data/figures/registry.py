"""The figure registry: each figure's name, title, size, datasets and the function that draws it."""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .style import WIDTHS, add_caption, add_title, style

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class FigureSpec:
    """One figure: its name, title, size and the function that fills a blank Figure.

    ``builder(fig)`` draws into ``fig`` and returns ``(note, source)``: the caption's note (may be
    empty) and its source line. ``draw()`` adds the title and the caption and returns the Figure.
    """

    name: str
    title: str
    width: str  # "single" (3.5 in) or "full" (7 in)
    height: float  # inches
    datasets: tuple[str, ...]
    builder: Callable
    description: str = ""

    @property
    def size(self) -> tuple[float, float]:
        return (WIDTHS[self.width], self.height)

    def draw(self) -> Figure:
        """A new matplotlib Figure of this chart, drawn in the house style (and laid out in it when first rendered)."""
        from matplotlib.figure import Figure

        with style():
            fig = Figure(figsize=self.size, layout="constrained")
            note, source = self.builder(fig)
            add_title(fig, self.title)
            add_caption(fig, note, source)
        from .output import repr_png

        fig._repr_png_ = functools.partial(repr_png, fig, self.name)  # inline display without pyplot
        # laid out when first rendered, not now: a figure shown from the cache is never laid out (see lay_out)
        fig._rucn_layout_pending = True
        fig.canvas.print_figure = functools.partial(_print_laid_out, fig, fig.canvas.print_figure)
        fig.draw = functools.partial(_draw_laid_out, fig)
        fig.set_gid(f"rucn-figure-{self.name}")
        fig.stale = False  # as drawn: any change the user makes marks it stale again
        return fig


def lay_out(fig: Figure) -> Figure:
    """Lay out a figure from ``draw`` now, under the house style, and return it: for reading its positions and text
    extents before it is rendered. Otherwise this happens, once, at its first rendering (savefig, pyplot's inline
    display, a canvas of any backend), so that rendering under other rcParams shows the same figure."""
    if fig.__dict__.pop("_rucn_layout_pending", False):
        with style():
            fig.draw_without_rendering()
    return fig


def _print_laid_out(fig, print_figure, *args, **kwargs):
    """``fig.canvas.print_figure`` (what ``savefig`` and IPython's inline display call): laid out first, at the
    figure's own dpi and canvas, as if when drawn."""
    lay_out(fig)
    return print_figure(*args, **kwargs)


def _draw_laid_out(fig, renderer) -> None:
    """``fig.draw``, for a rendering that does not go through ``print_figure`` (a GUI canvas, say)."""
    from matplotlib.figure import Figure

    lay_out(fig)
    Figure.draw(fig, renderer)


REGISTRY: dict[str, FigureSpec] = {}


def register(name: str, title: str, width: str, height: float, datasets: tuple[str, ...], description: str):
    def deco(func):
        REGISTRY[name] = FigureSpec(name, title, width, height, datasets, func, description)
        return func

    return deco


def spec(name: str) -> FigureSpec:
    try:
        return REGISTRY[name]
    except KeyError:
        close = difflib.get_close_matches(str(name), list(REGISTRY), n=1, cutoff=0.5)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise ValueError(f"unknown figure {name!r}.{hint} Figures: {', '.join(REGISTRY)}") from None


def draw(name: str) -> Figure:
    """The Figure registered as ``name`` (see ``REGISTRY``)."""
    return spec(name).draw()
