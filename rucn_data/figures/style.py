"""The house style and the pieces every chart shares: colours, sizes, titles, captions, missing-data marks."""

from __future__ import annotations

import textwrap

from ..paths import PACKAGE_DIR

STYLE = PACKAGE_DIR / "rucn.mplstyle"
WIDTHS = {"single": 3.5, "full": 7.0}  # inches
FORMATS = ("svg", "pdf", "png")
PNG_DPI = 300
DISPLAY_DPI = 100  # inline display in notebooks
SVG_HASHSALT = "rucn-data"
MISSING = "no source found"

# Okabe & Ito (2008), colour-blind safe; grey for "nothing there".
BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY = "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9"
GREY, LIGHT_GREY, TEXT_GREY = "#9A9A9A", "#C8C8C8", "#555555"
MISSING_FACE, MISSING_EDGE = "#F2F2F2", "#B0B0B0"

CAPTION_SIZE = 6.5
LABEL_SIZE = 6.5  # value labels on bars and points


def style():
    """Context manager: matplotlib defaults plus the house style, whatever the caller had set."""
    import matplotlib.style

    return matplotlib.style.context(str(STYLE), after_reset=True)


def chars(fig, fontsize: float, bold: bool = False) -> int:
    """Characters per line that fit the figure's width at ``fontsize`` (DejaVu Sans, conservative)."""
    width_pt = (fig.get_figwidth() - 0.15) * 72
    return max(20, int(width_pt / (fontsize * (0.62 if bold else 0.56))))


def add_title(fig, title: str) -> None:
    import matplotlib

    size = matplotlib.rcParams["figure.titlesize"]
    text = textwrap.fill(title, chars(fig, size, bold=True))
    fig.suptitle(text, x=0.01, ha="left", ma="left")


def add_caption(fig, note: str, source: str) -> None:
    """Note and source line at the foot of the figure (as supxlabel, so constrained layout makes room)."""
    if not source.startswith("Source:"):
        raise ValueError("a caption's source line must start with 'Source:'")
    width = chars(fig, CAPTION_SIZE)
    lines = []
    if note:
        lines.append(textwrap.fill(note, width))
    lines.append(textwrap.fill(source, width))
    label = fig.supxlabel(
        "\n".join(lines), x=0.01, ha="left", ma="left", fontsize=CAPTION_SIZE, color=TEXT_GREY, linespacing=1.3
    )
    label.set_gid("rucn-caption")


def caption(fig) -> str:
    """The caption text of a figure drawn by this module (note and source line)."""
    return fig.get_supxlabel()


def runs(values) -> list[list[int]]:
    """Consecutive integers grouped: [2010, 2011, 2013] -> [[2010, 2011], [2013]]."""
    runs: list[list[int]] = []
    for v in sorted(int(v) for v in values):
        if runs and v == runs[-1][-1] + 1:
            runs[-1].append(v)
        else:
            runs.append([v])
    return runs


def id_ranges(ids) -> str:
    """Source ids compressed: T01, T03, T04, T05 -> 'T01, T03–T05'."""
    by_prefix: dict[str, list[int]] = {}
    for sid in sorted({str(i) for i in ids if isinstance(i, str) and i}):
        by_prefix.setdefault(sid[0], []).append(int(sid[1:]))
    parts = []
    for prefix, nums in by_prefix.items():
        for run in runs(nums):
            a, b = f"{prefix}{run[0]:02d}", f"{prefix}{run[-1]:02d}"
            parts.append(a if a == b else (f"{a}, {b}" if len(run) == 2 else f"{a}–{b}"))
    return ", ".join(parts)


def source_line(frame, ids=(), extra: str = "") -> str:
    """'Source: <producer> (sources …). Data: rucn-data dataset '<name>'.' from a frame's attrs."""
    attrs = frame.attrs
    text = f"Source: {attrs['producer']}"
    if len(ids):
        text += f" [sources {id_ranges(ids)}: see dataset 'sources']"
    if extra:
        text += f"; {extra}"
    return text + f". Data: rucn-data dataset '{attrs['name']}'."


def missing_patch(label: str = MISSING):
    from matplotlib.patches import Patch

    return Patch(facecolor=MISSING_FACE, edgecolor=MISSING_EDGE, hatch="////", linewidth=0.5, label=label)


def outlined_bars(ax, x, heights, width: float, edge: str, hatch: str, label=None, face: str = "white", **kw):
    """Bars drawn as an outline with a hatch: a value whose basis differs (rounded, converted, mixed)."""
    return ax.bar(
        x, heights, width=width, facecolor=face, edgecolor=edge, hatch=hatch, linewidth=0.6, label=label, **kw
    )


def mark_missing(ax, years, label: str = MISSING, text: bool = True, width: float = 0.8) -> None:
    """Hatched grey columns over the whole height of ``ax`` for ``years``, labelled ``label``."""
    from matplotlib.patches import Rectangle
    from matplotlib.transforms import blended_transform_factory

    trans = blended_transform_factory(ax.transData, ax.transAxes)
    for run in runs(years):
        x0, x1 = run[0] - width / 2, run[-1] + width / 2
        ax.add_patch(
            Rectangle(
                (x0, 0),
                x1 - x0,
                1,
                transform=trans,
                facecolor=MISSING_FACE,
                edgecolor=MISSING_EDGE,
                hatch="////",
                linewidth=0.5,
                zorder=0.6,
            )
        )
        if text:
            wide = len(run) >= 3
            ax.text(
                (x0 + x1) / 2,
                0.5,
                "\n".join(label.rsplit(" ", 1)) if wide else label,
                transform=trans,
                rotation=0 if wide else 90,
                ha="center",
                va="center",
                fontsize=LABEL_SIZE,
                color=TEXT_GREY,
                linespacing=1.2,
                zorder=0.7,
                bbox=dict(boxstyle="square,pad=0.15", facecolor=MISSING_FACE, edgecolor="none"),
            )


def year_axis(ax, first: int, last: int, rotate: bool = False) -> None:
    ax.set_xlim(first - 0.6, last + 0.6)
    ticks = list(range(first, last + 1))
    ax.set_xticks(ticks, [str(t) for t in ticks], rotation=90 if rotate else 0)
    ax.tick_params(axis="x", length=0)
    ax.grid(False, axis="x")


def point_label(ax, text: str, xy, dx: float, dy: float, ha: str, va: str, color: str = "#333333", **kw):
    """A value label ``dx``, ``dy`` points from the data point ``xy`` (label size unless ``fontsize`` is given)."""
    kw.setdefault("fontsize", LABEL_SIZE)
    return ax.annotate(text, xy, xytext=(dx, dy), textcoords="offset points", ha=ha, va=va, color=color, **kw)


def bar_labels(ax, xs, values, fmt, offset: float = 1.5, **kw) -> None:
    for x, v in zip(xs, values):
        if v == v:  # not NaN
            point_label(ax, fmt(v), (x, v), 0, offset, "center", "bottom", **kw)


def section_bars_axes(ax, y, totals, titles, xmax: float) -> None:
    """The frame of a horizontal bar per report section: its total at the bar's end, titles as ticks, counts."""
    for yi, total in zip(y, totals):
        ax.text(int(total) + 1, yi, str(int(total)), ha="left", va="center", fontsize=LABEL_SIZE, color="#333333")
    ax.set_yticks(y, titles)
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(len(titles) - 0.5, -0.6)
    ax.set_xlim(0, xmax * 1.08 + 2)
    ax.grid(True, axis="x")
    ax.grid(False, axis="y")
    ax.set_xlabel("Claims (count)")


def fixed(value: float, decimals: int = 1) -> str:
    """``value`` rounded half up, as a reader rounds: 86.25 -> '86.3' (format() would give '86.2')."""
    from decimal import ROUND_HALF_UP, Decimal

    return str(Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def signed(value: float, decimals: int = 1, suffix: str = "") -> str:
    """'+1.5', '−11.1' (a true minus sign, as on the axes)."""
    text = fixed(value, decimals)
    if float(text) == 0:
        return text.lstrip("-") + suffix
    return ("+" + text if not text.startswith("-") else "\u2212" + text[1:]) + suffix


def legend_above(ax, handles=None, labels=None, ncols: int = 2, **kw):
    """A legend in a band just above the axes, so it never covers data or missing-data marks."""
    if handles is None:
        handles, labels = ax.get_legend_handles_labels()
    return ax.legend(
        handles,
        labels,
        loc="lower left",
        bbox_to_anchor=(0, 1.0),
        ncols=ncols,
        borderaxespad=0.3,
        columnspacing=1.5,
        **kw,
    )


def load(name: str):
    from .. import load

    return load(name)


def in_period(frame, first: int, last: int):
    return frame[(frame["year"] >= first) & (frame["year"] <= last)].reset_index(drop=True)
