"""The report's charts rebuilt from the shipped data, in one house style, saved byte-identically.

>>> from rucn_data import figures
>>> list(figures.REGISTRY)                       # the figure names (an interface: notebooks use them)
>>> fig = figures.draw("fig1_trade_turnover")   # a matplotlib Figure; shows inline in Jupyter
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

import difflib
import functools
import io
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .files import write_bytes_atomic
from .paths import PACKAGE_DIR, figures_dir

__all__ = ["REGISTRY", "FigureSpec", "draw", "save", "save_all", "render", "figures_dir", "STYLE"]

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


# -- the registry -------------------------------------------------------------------------------
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

    def draw(self):
        """A new matplotlib Figure of this chart, drawn in the house style."""
        from matplotlib.figure import Figure

        with style():
            fig = Figure(figsize=self.size, layout="constrained")
            note, source = self.builder(fig)
            _title(fig, self.title)
            _caption(fig, note, source)
            # Lay out and create the ticks now, under the house style, so that rendering later
            # (inline display, savefig under other rcParams) shows the same figure.
            fig.draw_without_rendering()
        fig._repr_png_ = functools.partial(_repr_png, fig)  # inline display without pyplot
        fig.set_gid(f"rucn-figure-{self.name}")
        return fig


REGISTRY: dict[str, FigureSpec] = {}


def _register(name: str, title: str, width: str, height: float, datasets: tuple[str, ...], description: str):
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


def draw(name: str):
    """The Figure registered as ``name`` (see ``REGISTRY``)."""
    return spec(name).draw()


# -- style, rendering and saving ----------------------------------------------------------------
def style():
    """Context manager: matplotlib defaults plus the house style, whatever the caller had set."""
    import matplotlib.style

    return matplotlib.style.context(str(STYLE), after_reset=True)


def _metadata(fig, fmt: str) -> dict:
    title = fig.get_suptitle().replace("\n", " ")
    if fmt == "svg":
        return {"Date": None, "Title": title}
    if fmt == "pdf":
        return {"CreationDate": None, "ModDate": None, "Title": title, "Creator": "rucn-data"}
    return {"Software": None, "Title": title}


def render(fig, fmt: str, dpi: int = PNG_DPI) -> bytes:
    """The bytes of ``fig`` as ``fmt`` (svg, pdf or png): the same bytes on every run."""
    import matplotlib

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    buf = io.BytesIO()
    with style(), matplotlib.rc_context({"svg.hashsalt": SVG_HASHSALT}):
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=_metadata(fig, fmt))
    return buf.getvalue()


def _repr_png(fig) -> bytes:
    return render(fig, "png", dpi=DISPLAY_DPI)


def _write_if_changed(path: Path, data: bytes) -> bool:
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    write_bytes_atomic(path, data)  # a temporary per write: notebooks may save in parallel
    return True


def save(fig, name: str, folder: str | Path | None = None) -> list[Path]:
    """Write ``NAME.svg``, ``NAME.pdf`` and ``NAME.png`` (300 dpi) into ``folder`` (default ``figures_dir()``).

    A file whose bytes would not change is left alone (its modification time too). Returns the
    three paths.
    """
    folder = figures_dir() if folder is None else Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in FORMATS:
        path = folder / f"{name}.{fmt}"
        _write_if_changed(path, render(fig, fmt))
        paths.append(path)
    return paths


def save_all(names=None, folder: str | Path | None = None) -> list[Path]:
    """Draw and save the figures ``names`` (default: all); return the paths of their files.

    Each file is rewritten only when its bytes change, so running this twice changes nothing.
    """
    names = list(REGISTRY) if names is None else list(names)
    for name in names:
        spec(name)  # fail before writing anything if a name is unknown
    paths = []
    for name in names:
        paths.extend(save(draw(name), name, folder))
    return paths


# -- helpers for titles, captions and missing data ------------------------------------------------
def _chars(fig, fontsize: float, bold: bool = False) -> int:
    """Characters per line that fit the figure's width at ``fontsize`` (DejaVu Sans, conservative)."""
    width_pt = (fig.get_figwidth() - 0.15) * 72
    return max(20, int(width_pt / (fontsize * (0.62 if bold else 0.56))))


def _title(fig, title: str) -> None:
    import matplotlib

    size = matplotlib.rcParams["figure.titlesize"]
    text = textwrap.fill(title, _chars(fig, size, bold=True))
    fig.suptitle(text, x=0.01, ha="left", ma="left")


def _caption(fig, note: str, source: str) -> None:
    """Note and source line at the foot of the figure (as supxlabel, so constrained layout makes room)."""
    if not source.startswith("Source:"):
        raise ValueError("a caption's source line must start with 'Source:'")
    width = _chars(fig, CAPTION_SIZE)
    lines = []
    if note:
        lines.append(textwrap.fill(note, width))
    lines.append(textwrap.fill(source, width))
    label = fig.supxlabel("\n".join(lines), x=0.01, ha="left", ma="left", fontsize=CAPTION_SIZE,
                          color=TEXT_GREY, linespacing=1.3)
    label.set_gid("rucn-caption")


def caption(fig) -> str:
    """The caption text of a figure drawn by this module (note and source line)."""
    return fig.get_supxlabel()


def _runs(values) -> list[list[int]]:
    """Consecutive integers grouped: [2010, 2011, 2013] -> [[2010, 2011], [2013]]."""
    runs: list[list[int]] = []
    for v in sorted(int(v) for v in values):
        if runs and v == runs[-1][-1] + 1:
            runs[-1].append(v)
        else:
            runs.append([v])
    return runs


def _id_ranges(ids) -> str:
    """Source ids compressed: T01, T03, T04, T05 -> 'T01, T03–T05'."""
    by_prefix: dict[str, list[int]] = {}
    for sid in sorted({str(i) for i in ids if isinstance(i, str) and i}):
        by_prefix.setdefault(sid[0], []).append(int(sid[1:]))
    parts = []
    for prefix, nums in by_prefix.items():
        for run in _runs(nums):
            a, b = f"{prefix}{run[0]:02d}", f"{prefix}{run[-1]:02d}"
            parts.append(a if a == b else (f"{a}, {b}" if len(run) == 2 else f"{a}–{b}"))
    return ", ".join(parts)


def _source_line(frame, ids=(), extra: str = "") -> str:
    """'Source: <producer> (sources …). Data: rucn-data dataset '<name>'.' from a frame's attrs."""
    attrs = frame.attrs
    text = f"Source: {attrs['producer']}"
    if len(ids):
        text += f" [sources {_id_ranges(ids)}: see dataset 'sources']"
    if extra:
        text += f"; {extra}"
    return text + f". Data: rucn-data dataset '{attrs['name']}'."


def _missing_patch(label: str = MISSING):
    from matplotlib.patches import Patch

    return Patch(facecolor=MISSING_FACE, edgecolor=MISSING_EDGE, hatch="////", linewidth=0.5, label=label)


def _mark_missing(ax, years, label: str = MISSING, text: bool = True, width: float = 0.8) -> None:
    """Hatched grey columns over the whole height of ``ax`` for ``years``, labelled ``label``."""
    from matplotlib.patches import Rectangle
    from matplotlib.transforms import blended_transform_factory

    trans = blended_transform_factory(ax.transData, ax.transAxes)
    for run in _runs(years):
        x0, x1 = run[0] - width / 2, run[-1] + width / 2
        ax.add_patch(Rectangle((x0, 0), x1 - x0, 1, transform=trans, facecolor=MISSING_FACE,
                               edgecolor=MISSING_EDGE, hatch="////", linewidth=0.5, zorder=0.6))
        if text:
            wide = len(run) >= 3
            ax.text((x0 + x1) / 2, 0.5, "\n".join(label.rsplit(" ", 1)) if wide else label, transform=trans,
                    rotation=0 if wide else 90, ha="center", va="center", fontsize=LABEL_SIZE, color=TEXT_GREY,
                    linespacing=1.2, zorder=0.7,
                    bbox=dict(boxstyle="square,pad=0.15", facecolor=MISSING_FACE, edgecolor="none"))


def _year_axis(ax, first: int, last: int, rotate: bool = False) -> None:
    ax.set_xlim(first - 0.6, last + 0.6)
    ticks = list(range(first, last + 1))
    ax.set_xticks(ticks, [str(t) for t in ticks], rotation=90 if rotate else 0)
    ax.tick_params(axis="x", length=0)
    ax.grid(False, axis="x")


def _bar_labels(ax, xs, values, fmt, offset: float = 1.5, **kw) -> None:
    for x, v in zip(xs, values):
        if v == v:  # not NaN
            ax.annotate(fmt(v), (x, v), xytext=(0, offset), textcoords="offset points", ha="center", va="bottom",
                        fontsize=LABEL_SIZE, color="#333333", **kw)


def _fixed(value: float, decimals: int = 1) -> str:
    """``value`` rounded half up, as a reader rounds: 86.25 -> '86.3' (format() would give '86.2')."""
    from decimal import ROUND_HALF_UP, Decimal

    return str(Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def _signed(value: float, decimals: int = 1, suffix: str = "") -> str:
    """'+1.5', '−11.1' (a true minus sign, as on the axes)."""
    text = _fixed(value, decimals)
    if float(text) == 0:
        return text.lstrip("-") + suffix
    return ("+" + text if not text.startswith("-") else "\u2212" + text[1:]) + suffix


def _legend_above(ax, handles=None, labels=None, ncols: int = 2, **kw):
    """A legend in a band just above the axes, so it never covers data or missing-data marks."""
    if handles is None:
        handles, labels = ax.get_legend_handles_labels()
    return ax.legend(handles, labels, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=ncols,
                     borderaxespad=0.3, columnspacing=1.5, **kw)


def _load(name: str):
    from . import load

    return load(name)


def _in_period(frame, first: int, last: int):
    return frame[(frame["year"] >= first) & (frame["year"] <= last)].reset_index(drop=True)


# -- figures --------------------------------------------------------------------------------------
@_register("fig1_trade_turnover", "Figure 1 rebuilt: China–Russia trade turnover, 2007–2022",
           "full", 3.3, ("trade_annual",),
           "Annual merchandise trade turnover with China as reporter; 2012 missing, 2011 rounded and 2015 "
           "converted from CNY are marked.")
def _fig1_trade_turnover(fig):
    df = _in_period(_load("trade_annual"), 2007, 2022)
    ax = fig.subplots()
    years, values, flags = df["year"].astype(int), df["turnover_usd_bn"], df["quality_flag"]
    rounded, converted = flags == "rounded", flags == "converted_from_cny"
    plain = ~(rounded | converted) & values.notna()
    ax.bar(years[plain], values[plain], width=0.72, color=BLUE, label="stated figure")
    ax.bar(years[rounded], values[rounded], width=0.72, facecolor="#BFD9EC", edgecolor=BLUE, hatch="---",
           linewidth=0.6, label="rounded by the source ('about USD 80 bn')")
    ax.bar(years[converted], values[converted], width=0.72, facecolor="white", edgecolor=BLUE, hatch="////",
           linewidth=0.6, label="converted from CNY by TASS (not strictly comparable)")
    _bar_labels(ax, years[~rounded], values[~rounded], _fixed)
    _bar_labels(ax, years[rounded], values[rounded], lambda v: f"≈{v:.0f}")  # a rounded figure says so
    _mark_missing(ax, years[values.isna()])
    handles, labels = ax.get_legend_handles_labels()
    _legend_above(ax, handles + [_missing_patch()], labels + [MISSING])
    _year_axis(ax, 2007, 2022)
    ax.set_ylabel("Turnover (USD billion)")
    ax.set_ylim(0, values.max() * 1.12)
    note = ("Note: merchandise trade (China's exports + imports) with China as reporter, as stated by the source "
            "named for each year; some sources do not name their statistical basis (column quality_flag). 2012: no "
            "archived source gives the annual figure.")
    return note, _source_line(df, df["source_id"].dropna())


@_register("fig1b_trade_balance", "China's exports to and imports from Russia, and the balance, 2007–2022",
           "full", 4.4, ("trade_annual",),
           "China's exports to Russia, imports from Russia and the balance (exports minus imports) where the "
           "split exists; years without a split are marked.")
def _fig1b_trade_balance(fig):
    from .series import trade_balance

    df = trade_balance(2007, 2022)
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=[2.1, 1])
    years = df["year"].astype(int)
    exports, imports = df["china_exports_to_russia_usd_bn"], df["china_imports_from_russia_usd_bn"]
    converted = df["quality_flag"] == "converted_from_cny"
    split = exports.notna() & imports.notna()
    w = 0.38
    for values, dx, color, label in ((exports, -w / 2, BLUE, "China's exports to Russia"),
                                     (imports, w / 2, ORANGE, "China's imports from Russia")):
        ok = split & ~converted
        ax_kw = dict(width=w, linewidth=0.6)
        top.bar(years[ok] + dx, values[ok], color=color, label=label, **ax_kw)
        top.bar(years[converted] + dx, values[converted], facecolor="white", edgecolor=color, hatch="////", **ax_kw)
    balance = -df["deficit_usd_bn"]  # exports minus imports: below zero is China's deficit
    colors = [BLUE if b >= 0 else ORANGE for b in balance[split]]
    bottom.bar(years[split], balance[split], width=0.6, color=colors, linewidth=0.6)
    bottom.bar(years[converted], balance[converted], width=0.6, facecolor="white",
               edgecolor=[BLUE if b >= 0 else ORANGE for b in balance[converted]], hatch="////", linewidth=0.6)
    bottom.axhline(0, color="#444444", linewidth=0.6)
    _bar_labels(bottom, years[split & (balance >= 0)], balance[split & (balance >= 0)], _signed)
    neg = split & (balance < 0)
    for x, v in zip(years[neg], balance[neg]):
        bottom.annotate(_signed(v), (x, v), xytext=(0, -1.5), textcoords="offset points", ha="center", va="top",
                        fontsize=LABEL_SIZE, color="#333333")
    no_split = years[~split]
    _mark_missing(top, no_split, label="no split found")
    _mark_missing(bottom, no_split, text=False)
    from matplotlib.patches import Patch

    handles, labels = top.get_legend_handles_labels()
    handles += [Patch(facecolor="white", edgecolor="#444444", hatch="////", linewidth=0.6), _missing_patch()]
    labels += ["2015: converted from CNY by TASS", "export/import split: " + MISSING]
    _legend_above(top, handles, labels)
    top.set_ylabel("Trade (USD billion)")
    top.set_ylim(0, max(exports.max(), imports.max()) * 1.12)
    bottom.set_ylabel("Balance\n(USD billion)")
    bottom.set_title("Balance: China's exports minus imports (below zero: China's deficit with Russia)")
    lo, hi = min(balance.min(), 0), max(balance.max(), 0)
    bottom.set_ylim(lo - 0.3 * (hi - lo), hi + 0.35 * (hi - lo))
    _year_axis(bottom, 2007, 2022)
    turnover_only = df.loc[~split & df["turnover_usd_bn"].notna(), "year"]
    nothing = df.loc[df["turnover_usd_bn"].isna(), "year"]
    note = f"Note: the export/import split is missing for {_and(turnover_only)} (turnover only)"
    note += f" and for {_and(nothing)} (no figure at all)." if len(nothing) else "."
    return note, _source_line(df, df.loc[split, "source_id"].dropna())


def _and(years) -> str:
    ys = [str(int(y)) for y in years]
    return ys[0] if len(ys) == 1 else ", ".join(ys[:-1]) + " and " + ys[-1]


@_register("fig2_crude_from_russia", "Figure 2 rebuilt: China's crude oil imports from Russia, 2010–2022",
           "full", 3.0, ("crude_oil_imports",),
           "China's crude oil imports from Russia in million tonnes; years no source gives are marked.")
def _fig2_crude_from_russia(fig):
    df = _in_period(_load("crude_oil_imports"), 2010, 2022)
    ax = fig.subplots()
    years, values = df["year"].astype(int), df["crude_imports_from_russia_mt"]
    ok = values.notna()
    ax.bar(years[ok], values[ok], width=0.72, color=BLUE, label="imports from Russia")
    _bar_labels(ax, years, values, _fixed)
    _mark_missing(ax, years[~ok])
    _year_axis(ax, 2010, 2022)
    ax.set_ylabel("Crude oil imports (Mt)")
    ax.set_ylim(0, values.max() * 1.15)
    note = ("Note: Mt = million tonnes. Chinese customs (GACC) figures as reported by news agencies and a CAS brief; "
            "years no archived source gives are left empty.")
    return note, _source_line(df, df.loc[ok, "source_id_from_russia"].dropna())


@_register("fig2b_crude_share", "Russia's share of China's crude oil imports, 2014–2022",
           "single", 3.8, ("crude_oil_imports", "sources"),
           "Imports from Russia divided by China's total crude imports, for years where both are given; "
           "a year whose two figures come from different statistical bases (GACC, EI) is marked.")
def _fig2b_crude_share(fig):
    from .series import crude_share

    df = crude_share(2014, 2022)
    ax = fig.subplots()
    years = df["year"].astype(int)
    share, num, den = df["russia_share_pct"], df["basis_from_russia"], df["basis_total"]
    ok = share.notna()
    mixed = df["mixed_basis"]
    same = ok & ~mixed
    ax.bar(years[same], share[same], width=0.7, color=BLUE, label="one basis (GACC)")
    ax.bar(years[mixed], share[mixed], width=0.7, facecolor="white", edgecolor=BLUE, hatch="////", linewidth=0.6,
           label="mixed bases: GACC ÷ EI total")
    _bar_labels(ax, years, share, _fixed)
    _mark_missing(ax, years[~ok])
    handles, labels = ax.get_legend_handles_labels()
    _legend_above(ax, handles + [_missing_patch()], labels + [MISSING + " (one or both figures)"], ncols=1)
    _year_axis(ax, 2014, 2022)
    ax.set_ylabel("Russia's share (%)")
    ax.set_ylim(0, max(25, share.max() * 1.15))
    bases = sorted({f"{y}: Russia {n}, total {d}" for y, n, d in zip(years[mixed], num[mixed], den[mixed])})
    before = _load("crude_oil_imports")
    before = before[before["year"] < 2014]
    before = before[before["crude_imports_from_russia_mt"].isna() | before["china_total_crude_imports_mt"].isna()]
    gap = (f"{int(before['year'].min())}–{int(before['year'].max())}: no share (figures not found); "
           if len(before) else "")
    note = ("Note: share = imports from Russia ÷ China's total crude imports, both in Mt; " + gap +
            "GACC = Chinese customs; "
            "EI = Energy Institute Statistical Review 2024 (crude incl. condensates). "
            + ("Mixed bases — " + "; ".join(bases) + "." if bases else ""))
    ids = list(df.loc[ok, "source_from_russia"]) + list(df.loc[ok, "source_total"])
    return note, _source_line(_load("crude_oil_imports"), ids)


def _product_label(product: str, hs_chapter=None, width: int = 44) -> str:
    """At most two lines; a shortened name gets its HS chapter so that it stays identifiable."""
    lines = textwrap.wrap(product, width)
    if len(lines) > 2:
        tail = f" (HS {int(hs_chapter)})" if hs_chapter == hs_chapter and hs_chapter is not None else ""
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), width - len(tail), placeholder=" …") + tail]
    return "\n".join(lines)


def _table_before_after(fig, number: int):
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

    from .tables import best_values

    raw = _load(f"table_{number}")
    df = best_values(raw).reset_index(drop=True)
    ax = fig.subplots()
    y = list(range(len(df)))
    v21, v22 = df["value_2021"], df["value_2022"]
    for yi, a, b in zip(y, v21, v22):
        ax.annotate("", xy=(b, yi), xytext=(a, yi),
                    arrowprops=dict(arrowstyle="-|>", color=GREY, linewidth=0.8, mutation_scale=7,
                                    shrinkA=3.5, shrinkB=3.5))
    ax.scatter(v21, y, s=22, color=ORANGE, zorder=3, label="2021", linewidths=0)
    ax.scatter(v22, y, s=22, color=BLUE, zorder=3, label="2022", linewidths=0)
    corrected_any = False
    for i, row in df.iterrows():
        for year in ("2021", "2022"):
            if row[f"value_{year}_corrected"] != row[f"value_{year}_corrected"]:  # NaN: not corrected
                continue
            corrected_any = True
            value = row[f"value_{year}"]
            printed = row[f"value_{year}_printed"]
            ax.scatter([value], [i], s=90, facecolors="none", edgecolors=VERMILLION, linewidths=1.1, zorder=4)
            as_number = raw.loc[i, f"value_{year}"]
            if as_number == as_number:  # the printed cell is a number: show where it would sit
                ax.scatter([as_number], [i], marker="x", s=18, color=VERMILLION, linewidths=0.9, zorder=4)
                ax.annotate(f"{year} printed {printed}, corrected to {value:,.0f}", (as_number, i),
                            xytext=(6, 0), textcoords="offset points", ha="left", va="center",
                            fontsize=LABEL_SIZE, color=VERMILLION)
            else:  # not a number as printed: say what was printed, just below the corrected point
                ax.annotate(f"{year} printed “{printed}”, corrected to {value:,.2f}", (value, i), xytext=(0, -7),
                            textcoords="offset points", ha="center", va="top", fontsize=LABEL_SIZE,
                            color=VERMILLION)
    # recomputed change, in a column right of the plot
    change = (v22 / v21 - 1) * 100
    from matplotlib.transforms import blended_transform_factory

    trans = blended_transform_factory(ax.transAxes, ax.transData)
    ax.text(1.02, -0.9, "change, %", transform=trans, ha="left", va="center", fontsize=LABEL_SIZE, color=TEXT_GREY)
    for yi, c in zip(y, change):
        ax.text(1.02, yi, _signed(c, 1, "%"), transform=trans, ha="left", va="center", fontsize=LABEL_SIZE + 0.5,
                color="#333333")
    ax.set_yticks(y, [_product_label(p, h) for p, h in zip(df["product"], df["hs_chapter"])])
    ax.tick_params(axis="y", length=0, labelsize=LABEL_SIZE + 0.5)
    ax.set_ylim(len(df) - 0.5, -0.5)
    ax.set_xscale("log")
    lo = min(v21.min(), v22.min(), raw["value_2021"].min(), raw["value_2022"].min()) / 1.6
    hi = max(v21.max(), v22.max()) * 1.6
    ax.set_xlim(lo, hi)
    subs = (1.0,) if hi / lo > 2000 else (1.0, 2.0, 5.0)  # decades only when the range is wide
    ax.xaxis.set_major_locator(LogLocator(base=10, subs=subs, numticks=30))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:,.0f}"))
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.grid(True, axis="x")
    ax.grid(False, axis="y")
    ax.set_xlabel("Value (USD million, log scale)")
    handles, labels = ax.get_legend_handles_labels()
    if corrected_any:
        handles.append(Line2D([], [], linestyle="none", marker="o", markersize=7, markerfacecolor="none",
                              markeredgecolor=VERMILLION, markeredgewidth=1.1))
        labels.append("corrected cell")
    ax.legend(handles, labels, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=3, borderaxespad=0.2)
    flow = ("Russia's exports to China (China's imports from Russia)" if number == 1
            else "China's exports to Russia (Russia's imports from China)")
    n_corr = int(df["corrected"].sum())
    note = (f"Note: {flow}, per product group as printed in the report's Table {number}; change recomputed from the "
            f"values. {n_corr} cell{'s' if n_corr != 1 else ''} corrected: the value drawn is the corrected reading "
            "(reasoning in the dataset's note column).")
    return note, _source_line(raw, extra="GACC customs statistics as cited by the report")


@_register("table1_before_after", "Table 1 rebuilt: Russia's exports to China by product, 2021 → 2022",
           "full", 3.9, ("table_1",),
           "Each product group's 2021 and 2022 values from Table 1 (corrected readings used and marked).")
def _table1(fig):
    return _table_before_after(fig, 1)


@_register("table2_before_after", "Table 2 rebuilt: Russia's imports from China by product, 2021 → 2022",
           "full", 4.1, ("table_2",),
           "Each product group's 2021 and 2022 values from Table 2 (corrected readings used and marked).")
def _table2(fig):
    return _table_before_after(fig, 2)


SETTLEMENT_SOURCES = ("F01", "F04", "F05")


@_register("settlement_shares", "The yuan's share of Russia's export and import settlements, 2022–2023",
           "single", 3.7, ("settlement_currency_shares",),
           "Share of the Chinese yuan in payments for Russia's exports and imports (all partners), at the "
           "points the Bank of Russia published; thin lines join observed points only.")
def _settlement_shares(fig):
    import datetime as dt

    import numpy as np
    from matplotlib.dates import date2num
    from matplotlib.lines import Line2D

    df = _load("settlement_currency_shares")
    df = df[(df["currency"] == "cny") & df["source_id"].isin(SETTLEMENT_SOURCES)].copy()
    df["x"] = [date2num(dt.date(int(p[:4]), int(p[5:7]), 15)) for p in df["period"]]
    ax = fig.subplots()
    markers = dict(zip(SETTLEMENT_SOURCES, ("o", "s", "^")))
    flows = (("exports", GREEN, "Russia's exports"), ("imports", PURPLE, "Russia's imports"))
    for flow, color, label in flows:
        sub = df[df["flow"] == flow]
        line = sub.groupby("x")["share_pct"].mean().sort_index()
        ax.plot(line.index, line.values, color=color, linewidth=0.7, alpha=0.9, zorder=2)
        for sid, marker in markers.items():
            pts = sub[sub["source_id"] == sid]
            ax.plot(pts["x"], pts["share_pct"], linestyle="none", marker=marker, color=color, markersize=4.5,
                    markeredgecolor="white", markeredgewidth=0.4, zorder=3)
        for x, grp in sub.groupby("x"):
            vals = sorted(set(grp["share_pct"]))
            text = f"{vals[0]:g}" if len(vals) == 1 else f"{vals[0]:g}–{vals[-1]:g}"
            ax.annotate(text, (x, max(vals)), xytext=(0, 4), textcoords="offset points", ha="center",
                        va="bottom", fontsize=LABEL_SIZE, color=color)
    ticks = [dt.date(2022, m, 1) for m in (1, 4, 7, 10)] + [dt.date(2023, m, 1) for m in (1, 4)]
    ax.set_xticks([date2num(t) for t in ticks],
                  [t.strftime("%b") + (f"\n{t.year}" if t.month == 1 else "") for t in ticks])
    ax.set_xlim(date2num(dt.date(2021, 12, 1)), date2num(dt.date(2023, 4, 30)))
    ax.set_ylim(0, 32)
    ax.set_ylabel("Share of settlements (%)")
    # the flows are labelled on their lines; the legend only explains the marker shapes (sources)
    # both lines rise: below-right of the lower one and above-left of the upper one are clear
    mid = date2num(dt.date(2022, 6, 1))
    for (flow, color, label), (dx, dy), ha, va in zip(flows, ((4, -5), (-4, 5)), ("left", "right"), ("top", "bottom")):
        sub = df[df["flow"] == flow].groupby("x")["share_pct"].mean().sort_index()
        ax.annotate(label, (mid, float(np.interp(mid, sub.index, sub.values))), xytext=(dx, dy),
                    textcoords="offset points", ha=ha, va=va, fontsize=LABEL_SIZE + 0.5, color=color)
    handles = [Line2D([], [], color=GREY, linestyle="none", marker=m, markersize=4.5) for m in markers.values()]
    _legend_above(ax, handles, [f"source {sid}" for sid in markers], ncols=3)
    note = ("Note: payments for all of Russia's exports and imports, not only trade with China, at the dates the "
            "Bank of Russia published; no monthly series exists, so the thin lines imply nothing between points. "
            "Start of 2022, exports: 'did not exceed 0.5%' (F01) and 0.4% (F04).")
    return note, _source_line(df, sorted(set(df["source_id"])))


VERDICT_COLORS = {"consistent": GREEN, "inconsistent": VERMILLION, "erratum": ORANGE, "unchecked": LIGHT_GREY}


@_register("ledger_verdicts", "Claim ledger: verdicts on the report's quantitative claims, by section",
           "full", 4.2, ("claims",),
           "Number of claims per report section by verdict (consistent, inconsistent, erratum, unchecked), as "
           "computed by the package's checks; changes whenever the ledger does.")
def _ledger_verdicts(fig):
    from . import ledger

    table = ledger.summary().drop(index="total")
    claims = _load("claims")
    ax = fig.subplots()
    y = list(range(len(table)))
    left = [0] * len(table)
    for verdict in ledger.VERDICTS:
        counts = [int(c) for c in table[verdict]]
        ax.barh(y, counts, left=left, height=0.68, color=VERDICT_COLORS[verdict], label=verdict, linewidth=0)
        for yi, l0, c in zip(y, left, counts):
            if c >= 3 and verdict != "unchecked":
                ax.text(l0 + c / 2, yi, str(c), ha="center", va="center", fontsize=LABEL_SIZE,
                        color="white" if verdict in ("consistent", "inconsistent") else "#222222")
        left = [a + b for a, b in zip(left, counts)]
    for yi, total in zip(y, table["total"]):
        ax.text(int(total) + 1, yi, str(int(total)), ha="left", va="center", fontsize=LABEL_SIZE, color="#333333")
    ax.set_yticks(y, [ledger.SECTION_TITLES.get(s, s) for s in table.index])
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(len(table) - 0.5, -0.6)
    ax.set_xlim(0, max(left) * 1.08 + 2)
    ax.grid(True, axis="x")
    ax.grid(False, axis="y")
    ax.set_xlabel("Claims (count)")
    _legend_above(ax, ncols=4)
    total = int(sum(left))
    counts = ", ".join(f"{int(table[v].sum())} {v}" for v in ledger.VERDICTS)
    note = (f"Note: {total} claims ({counts}). Consistent: a check on the shipped data agrees; inconsistent: a "
            "decisive check disagrees; erratum: a printing slip with a corrected reading; unchecked: nothing in "
            "the report or the data can test it. Bar-end numbers are totals.")
    return note, _source_line(claims, extra="verdicts computed by the checks in rucn_data.ledger")
