"""China–Russia trade: the report's Figure 1 rebuilt and the balance behind it."""

from __future__ import annotations

from .registry import register
from .style import (
    BLUE,
    MISSING,
    ORANGE,
    bar_labels,
    fixed,
    in_period,
    legend_above,
    load,
    mark_missing,
    missing_patch,
    outlined_bars,
    point_label,
    signed,
    source_line,
    year_axis,
)


@register(
    "fig1_trade_turnover",
    "Figure 1 rebuilt: China–Russia trade turnover, 2007–2022",
    "full",
    3.3,
    ("trade_annual",),
    "Annual merchandise trade turnover with China as reporter; 2012 missing, 2011 rounded and 2015 "
    "converted from CNY are marked.",
)
def _fig1_trade_turnover(fig):
    df = in_period(load("trade_annual"), 2007, 2022)
    ax = fig.subplots()
    years, values, flags = df["year"].astype(int), df["turnover_usd_bn"], df["quality_flag"]
    rounded, converted = flags == "rounded", flags == "converted_from_cny"
    plain = ~(rounded | converted) & values.notna()
    ax.bar(years[plain], values[plain], width=0.72, color=BLUE, label="stated figure")
    outlined_bars(
        ax,
        years[rounded],
        values[rounded],
        0.72,
        BLUE,
        "---",
        "rounded by the source ('about USD 80 bn')",
        face="#BFD9EC",
    )
    outlined_bars(
        ax,
        years[converted],
        values[converted],
        0.72,
        BLUE,
        "////",
        "converted from CNY by TASS (not strictly comparable)",
    )
    bar_labels(ax, years[~rounded], values[~rounded], fixed)
    bar_labels(ax, years[rounded], values[rounded], lambda v: f"≈{v:.0f}")  # a rounded figure says so
    mark_missing(ax, years[values.isna()])
    handles, labels = ax.get_legend_handles_labels()
    legend_above(ax, handles + [missing_patch()], labels + [MISSING])
    year_axis(ax, 2007, 2022)
    ax.set_ylabel("Turnover (USD billion)")
    ax.set_ylim(0, values.max() * 1.12)
    note = (
        "Note: merchandise trade (China's exports + imports) with China as reporter, as stated by the source "
        "named for each year; some sources do not name their statistical basis (column quality_flag). 2012: no "
        "archived source gives the annual figure."
    )
    return note, source_line(df, df["source_id"].dropna())


@register(
    "fig1b_trade_balance",
    "China's exports to and imports from Russia, and the balance, 2007–2022",
    "full",
    4.4,
    ("trade_annual",),
    "China's exports to Russia, imports from Russia and the balance (exports minus imports) where the "
    "split exists; years without a split are marked.",
)
def _fig1b_trade_balance(fig):
    from ..series import trade_balance

    df = trade_balance(2007, 2022)
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=[2.1, 1])
    years = df["year"].astype(int)
    exports, imports = df["china_exports_to_russia_usd_bn"], df["china_imports_from_russia_usd_bn"]
    converted = df["quality_flag"] == "converted_from_cny"
    split = exports.notna() & imports.notna()
    w = 0.38
    for values, dx, color, label in (
        (exports, -w / 2, BLUE, "China's exports to Russia"),
        (imports, w / 2, ORANGE, "China's imports from Russia"),
    ):
        ok = split & ~converted
        ax_kw = dict(width=w, linewidth=0.6)
        top.bar(years[ok] + dx, values[ok], color=color, label=label, **ax_kw)
        top.bar(years[converted] + dx, values[converted], facecolor="white", edgecolor=color, hatch="////", **ax_kw)
    balance = -df["deficit_usd_bn"]  # exports minus imports: below zero is China's deficit
    colors = [BLUE if b >= 0 else ORANGE for b in balance[split]]
    bottom.bar(years[split], balance[split], width=0.6, color=colors, linewidth=0.6)
    bottom.bar(
        years[converted],
        balance[converted],
        width=0.6,
        facecolor="white",
        edgecolor=[BLUE if b >= 0 else ORANGE for b in balance[converted]],
        hatch="////",
        linewidth=0.6,
    )
    bottom.axhline(0, color="#444444", linewidth=0.6)
    bar_labels(bottom, years[split & (balance >= 0)], balance[split & (balance >= 0)], signed)
    neg = split & (balance < 0)
    for x, v in zip(years[neg], balance[neg]):
        point_label(bottom, signed(v), (x, v), 0, -1.5, "center", "top")
    no_split = years[~split]
    mark_missing(top, no_split, label="no split found")
    mark_missing(bottom, no_split, text=False)
    from matplotlib.patches import Patch

    handles, labels = top.get_legend_handles_labels()
    handles += [Patch(facecolor="white", edgecolor="#444444", hatch="////", linewidth=0.6), missing_patch()]
    labels += ["2015: converted from CNY by TASS", "export/import split: " + MISSING]
    legend_above(top, handles, labels)
    top.set_ylabel("Trade (USD billion)")
    top.set_ylim(0, max(exports.max(), imports.max()) * 1.12)
    bottom.set_ylabel("Balance\n(USD billion)")
    bottom.set_title("Balance: China's exports minus imports (below zero: China's deficit with Russia)")
    lo, hi = min(balance.min(), 0), max(balance.max(), 0)
    bottom.set_ylim(lo - 0.3 * (hi - lo), hi + 0.35 * (hi - lo))
    year_axis(bottom, 2007, 2022)
    turnover_only = df.loc[~split & df["turnover_usd_bn"].notna(), "year"]
    nothing = df.loc[df["turnover_usd_bn"].isna(), "year"]
    note = f"Note: the export/import split is missing for {_and(turnover_only)} (turnover only)"
    note += f" and for {_and(nothing)} (no figure at all)." if len(nothing) else "."
    return note, source_line(df, df.loc[split, "source_id"].dropna())


def _and(years) -> str:
    ys = [str(int(y)) for y in years]
    return ys[0] if len(ys) == 1 else ", ".join(ys[:-1]) + " and " + ys[-1]
