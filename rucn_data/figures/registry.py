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
        """A new matplotlib Figure of this chart, drawn in the house style."""
        from matplotlib.figure import Figure

        with style():
            fig = Figure(figsize=self.size, layout="constrained")
            note, source = self.builder(fig)
            add_title(fig, self.title)
            add_caption(fig, note, source)
            # Lay out and create the ticks now, under the house style, so that rendering later
            # (inline display, savefig under other rcParams) shows the same figure.
            fig.draw_without_rendering()
        from .output import repr_png

        fig._repr_png_ = functools.partial(repr_png, fig, self.name)  # inline display without pyplot
        fig.set_gid(f"rucn-figure-{self.name}")
        return fig


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
