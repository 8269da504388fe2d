"""Tables 1 and 2 of the report rebuilt: each product's 2021 and 2022 values, corrected cells marked."""

from __future__ import annotations

import textwrap

from .registry import register
from .style import BLUE, GREY, LABEL_SIZE, ORANGE, TEXT_GREY, VERMILLION, load, point_label, signed, source_line


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

    from ..tables import best_values, recomputed_increase

    raw = load(f"table_{number}")
    df = best_values(raw).reset_index(drop=True)
    ax = fig.subplots()
    y = list(range(len(df)))
    v21, v22 = df["value_2021"], df["value_2022"]
    for yi, a, b in zip(y, v21, v22):
        ax.annotate(
            "",
            xy=(b, yi),
            xytext=(a, yi),
            arrowprops=dict(arrowstyle="-|>", color=GREY, linewidth=0.8, mutation_scale=7, shrinkA=3.5, shrinkB=3.5),
        )
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
                text = f"{year} printed {printed}, corrected to {value:,.0f}"
                point_label(ax, text, (as_number, i), 6, 0, "left", "center", VERMILLION)
            else:  # not a number as printed: say what was printed, just below the corrected point
                text = f"{year} printed “{printed}”, corrected to {value:,.2f}"
                point_label(ax, text, (value, i), 0, -7, "center", "top", VERMILLION)
    # recomputed change, in a column right of the plot
    change = recomputed_increase(raw)["increase_recomputed"]
    from matplotlib.transforms import blended_transform_factory

    trans = blended_transform_factory(ax.transAxes, ax.transData)
    ax.text(1.02, -0.9, "change, %", transform=trans, ha="left", va="center", fontsize=LABEL_SIZE, color=TEXT_GREY)
    for yi, c in zip(y, change):
        ax.text(
            1.02,
            yi,
            signed(c, 1, "%"),
            transform=trans,
            ha="left",
            va="center",
            fontsize=LABEL_SIZE + 0.5,
            color="#333333",
        )
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
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=7,
                markerfacecolor="none",
                markeredgecolor=VERMILLION,
                markeredgewidth=1.1,
            )
        )
        labels.append("corrected cell")
    ax.legend(handles, labels, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=3, borderaxespad=0.2)
    flow = (
        "Russia's exports to China (China's imports from Russia)"
        if number == 1
        else "China's exports to Russia (Russia's imports from China)"
    )
    n_corr = int(df["corrected"].sum())
    note = (
        f"Note: {flow}, per product group as printed in the report's Table {number}; change recomputed from the "
        f"values. {n_corr} cell{'s' if n_corr != 1 else ''} corrected: the value drawn is the corrected reading "
        "(reasoning in the dataset's note column)."
    )
    return note, source_line(raw, extra="GACC customs statistics as cited by the report")


@register(
    "table1_before_after",
    "Table 1 rebuilt: Russia's exports to China by product, 2021 → 2022",
    "full",
    3.9,
    ("table_1",),
    "Each product group's 2021 and 2022 values from Table 1 (corrected readings used and marked).",
)
def _table1(fig):
    return _table_before_after(fig, 1)


@register(
    "table2_before_after",
    "Table 2 rebuilt: Russia's imports from China by product, 2021 → 2022",
    "full",
    4.1,
    ("table_2",),
    "Each product group's 2021 and 2022 values from Table 2 (corrected readings used and marked).",
)
def _table2(fig):
    return _table_before_after(fig, 2)
