"""The claim ledger as a chart: how far each decided claim's printed value is from the computed one."""

from __future__ import annotations

from .. import sections
from .ledger import VERDICT_COLORS
from .registry import register
from .style import LABEL_SIZE, TEXT_GREY, legend_above, load, source_line

LINEAR_WITHIN = 1.0  # % : gaps within ±1 % are drawn on a linear scale, beyond it on a log scale
JITTER_SEED = 0  # the strip's vertical jitter is random: a fixed seed keeps the files byte-identical


@register(
    "ledger_gaps",
    "Claim ledger: relative gap between each checked claim's printed and computed value",
    "full",
    4.4,
    ("claims",),
    "For every claim the checks decided (consistent, inconsistent, erratum), (computed − printed) / |printed| "
    "in %, on a symmetric-log axis, by report section and coloured by verdict.",
)
def _ledger_gaps(fig):
    import numpy as np
    import seaborn as sns
    from matplotlib.ticker import FuncFormatter, NullLocator

    from .. import ledger, series

    gaps = series.claim_gaps()
    order = [s for s in sections.IDS if s in set(ledger.claims()["section"])]  # every section, empty ones too
    gaps["section_title"] = gaps["section"].map(sections.title)
    verdicts = [v for v in ledger.VERDICTS if v in set(gaps["verdict"])]
    ax = fig.subplots()
    state = np.random.get_state()  # seaborn jitters with numpy's global generator: seed it, then restore it
    np.random.seed(JITTER_SEED)
    try:
        sns.stripplot(
            data=gaps,
            x="gap_pct",
            y="section_title",
            hue="verdict",
            order=[sections.title(s) for s in order],
            hue_order=verdicts,
            palette=VERDICT_COLORS,
            jitter=0.28,
            size=3.2,
            linewidth=0.3,
            edgecolor="white",
            alpha=0.9,
            ax=ax,
            legend=False,
        )
    finally:
        np.random.set_state(state)
    ax.set_xscale("symlog", linthresh=LINEAR_WITHIN, linscale=0.6)
    lo, hi = min(gaps["gap_pct"].min() * 2, -10 * LINEAR_WITHIN), max(gaps["gap_pct"].max() * 2, 10 * LINEAR_WITHIN)
    ax.set_xlim(lo, hi)
    decades = [10.0**k * LINEAR_WITHIN for k in range(0, 12)]
    ax.set_xticks(sorted([-d for d in decades if -d >= lo] + [0.0] + [d for d in decades if d <= hi]))
    for y, section in enumerate(order):
        if section not in set(gaps["section"]):
            ax.text(0, y, "  no decided claim", ha="left", va="center", fontsize=LABEL_SIZE, color=TEXT_GREY)
    ax.xaxis.set_major_formatter(FuncFormatter(_percent))
    ax.xaxis.set_minor_locator(NullLocator())
    ax.axvline(0, color=TEXT_GREY, linewidth=0.6, zorder=0.5)
    ax.grid(True, axis="x")
    ax.grid(False, axis="y")
    ax.tick_params(axis="y", length=0)
    ax.set_ylabel("")
    ax.set_xlabel("Relative gap, computed vs printed value (%, symmetric log scale; linear within ±1%)")
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=4, color=VERDICT_COLORS[v], label=v) for v in verdicts
    ]
    legend_above(ax, handles, verdicts, ncols=len(verdicts))
    claims = load("claims")
    decided = int((ledger.claims()["verdict"] != "unchecked").sum())
    counts = ", ".join(f"{int((gaps['verdict'] == v).sum())} {v}" for v in verdicts)
    exact = int((gaps["gap_pct"] == 0).sum())
    left_out = decided - len(gaps)
    note = (
        f"Note: {len(gaps)} of the {decided} decided claims ({counts}); {exact} have a gap of exactly 0 "
        "(the check reproduces the printed number)."
    )
    if left_out:
        note += f" Not drawn: {left_out} decided claim(s) without a computed value or printed as 0."
    note += (
        " A consistent claim can lie off 0: the rounding interval or hedge of its printing contains the "
        "computed value. Vertical position within a section is jitter."
    )
    return note, source_line(claims, extra="computed values by the checks in rucn_data.checks")


def _percent(x, _pos=None) -> str:
    if x == 0:
        return "0"
    text = f"{abs(x):,.0f}" if abs(x) >= 1 else f"{abs(x):g}"
    return ("+" if x > 0 else "\u2212") + text
