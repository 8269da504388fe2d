"""The yuan's share of Russia's settlements, at the points the Bank of Russia published."""

from __future__ import annotations

from .registry import register
from .style import GREEN, GREY, LABEL_SIZE, PURPLE, legend_above, load, point_label, source_line

SETTLEMENT_SOURCES = ("F01", "F04", "F05")


@register(
    "settlement_shares",
    "The yuan's share of Russia's export and import settlements, 2022–2023",
    "single",
    3.7,
    ("settlement_currency_shares",),
    "Share of the Chinese yuan in payments for Russia's exports and imports (all partners), at the "
    "points the Bank of Russia published; thin lines join observed points only.",
)
def _settlement_shares(fig):
    import datetime as dt

    import numpy as np
    from matplotlib.dates import date2num
    from matplotlib.lines import Line2D

    df = load("settlement_currency_shares")
    df = df[(df["currency"] == "cny") & df["source_id"].isin(SETTLEMENT_SOURCES)].copy()
    df["x"] = [date2num(dt.date(int(p[:4]), int(p[5:7]), 15)) for p in df["period"]]
    ax = fig.subplots()
    markers = dict(zip(SETTLEMENT_SOURCES, ("o", "s", "^")))
    flows = (("exports", GREEN, "Russia's exports"), ("imports", PURPLE, "Russia's imports"))
    for flow, color, _label in flows:
        sub = df[df["flow"] == flow]
        line = sub.groupby("x")["share_pct"].mean().sort_index()
        ax.plot(line.index, line.values, color=color, linewidth=0.7, alpha=0.9, zorder=2)
        for sid, marker in markers.items():
            pts = sub[sub["source_id"] == sid]
            ax.plot(
                pts["x"],
                pts["share_pct"],
                linestyle="none",
                marker=marker,
                color=color,
                markersize=4.5,
                markeredgecolor="white",
                markeredgewidth=0.4,
                zorder=3,
            )
        for x, grp in sub.groupby("x"):
            vals = sorted(set(grp["share_pct"]))
            text = f"{vals[0]:g}" if len(vals) == 1 else f"{vals[0]:g}–{vals[-1]:g}"
            point_label(ax, text, (x, max(vals)), 0, 4, "center", "bottom", color)
    ticks = [dt.date(2022, m, 1) for m in (1, 4, 7, 10)] + [dt.date(2023, m, 1) for m in (1, 4)]
    ax.set_xticks(
        [date2num(t) for t in ticks], [t.strftime("%b") + (f"\n{t.year}" if t.month == 1 else "") for t in ticks]
    )
    ax.set_xlim(date2num(dt.date(2021, 12, 1)), date2num(dt.date(2023, 4, 30)))
    ax.set_ylim(0, 32)
    ax.set_ylabel("Share of settlements (%)")
    # the flows are labelled on their lines; the legend only explains the marker shapes (sources)
    # both lines rise: below-right of the lower one and above-left of the upper one are clear
    mid = date2num(dt.date(2022, 6, 1))
    for (flow, color, label), (dx, dy), ha, va in zip(flows, ((4, -5), (-4, 5)), ("left", "right"), ("top", "bottom")):
        sub = df[df["flow"] == flow].groupby("x")["share_pct"].mean().sort_index()
        at = (mid, float(np.interp(mid, sub.index, sub.values)))
        point_label(ax, label, at, dx, dy, ha, va, color, fontsize=LABEL_SIZE + 0.5)
    handles = [Line2D([], [], color=GREY, linestyle="none", marker=m, markersize=4.5) for m in markers.values()]
    legend_above(ax, handles, [f"source {sid}" for sid in markers], ncols=3)
    note = (
        "Note: payments for all of Russia's exports and imports, not only trade with China, at the dates the "
        "Bank of Russia published; no monthly series exists, so the thin lines imply nothing between points. "
        "Start of 2022, exports: 'did not exceed 0.5%' (F01) and 0.4% (F04)."
    )
    return note, source_line(df, sorted(set(df["source_id"])))
