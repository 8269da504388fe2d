"""The claim ledger as a chart: verdicts by section."""
from __future__ import annotations

from .. import sections
from .registry import register
from .style import GREEN, LABEL_SIZE, LIGHT_GREY, ORANGE, VERMILLION, legend_above, load, source_line


VERDICT_COLORS = {"consistent": GREEN, "inconsistent": VERMILLION, "erratum": ORANGE, "unchecked": LIGHT_GREY}


@register("ledger_verdicts", "Claim ledger: verdicts on the report's quantitative claims, by section",
           "full", 4.2, ("claims",),
           "Number of claims per report section by verdict (consistent, inconsistent, erratum, unchecked), as "
           "computed by the package's checks; changes whenever the ledger does.")
def _ledger_verdicts(fig):
    from .. import ledger

    table = ledger.summary().drop(index="total")
    claims = load("claims")
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
    ax.set_yticks(y, [sections.title(s) for s in table.index])
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(len(table) - 0.5, -0.6)
    ax.set_xlim(0, max(left) * 1.08 + 2)
    ax.grid(True, axis="x")
    ax.grid(False, axis="y")
    ax.set_xlabel("Claims (count)")
    legend_above(ax, ncols=4)
    total = int(sum(left))
    counts = ", ".join(f"{int(table[v].sum())} {v}" for v in ledger.VERDICTS)
    note = (f"Note: {total} claims ({counts}). Consistent: a check on the shipped data agrees; inconsistent: a "
            "decisive check disagrees; erratum: a printing slip with a corrected reading; unchecked: nothing in "
            "the report or the data can test it. Bar-end numbers are totals.")
    return note, source_line(claims, extra="verdicts computed by the checks in rucn_data.checks")
