"""The claim ledger as a chart: verdicts by section."""

from __future__ import annotations

from .. import sections
from .registry import register
from .style import GREEN, LABEL_SIZE, ORANGE, VERMILLION, legend_above, load, section_bars_axes, source_line

VERDICT_COLORS = {"consistent": GREEN, "inconsistent": VERMILLION, "erratum": ORANGE}
# unchecked claims in greys, one per reason (light to dark), so the chart says why they stay open
REASON_COLORS = ("#E4E4E4", "#CFCFCF", "#B8B8B8", "#A0A0A0", "#888888", "#F4F4F4")


@register(
    "ledger_verdicts",
    "Claim ledger: verdicts on the report's quantitative claims, by section",
    "full",
    4.6,
    ("claims",),
    "Number of claims per report section by verdict (consistent, inconsistent, erratum) and, for unchecked "
    "claims, by the reason no check decides them; changes whenever the ledger does.",
)
def _ledger_verdicts(fig):
    import pandas as pd

    from .. import ledger

    table = ledger.summary().drop(index="total")
    frame = ledger.claims()
    unchecked = frame[frame["verdict"] == "unchecked"]
    reasons = [*ledger.UNCHECKED_REASONS, ""]
    by_reason = pd.crosstab(
        pd.Categorical(unchecked["section"], categories=sections.IDS),
        pd.Categorical(unchecked["unchecked_reason"], categories=reasons),
        dropna=False,
    )
    claims = load("claims")
    ax = fig.subplots()
    y = list(range(len(table)))
    left = [0] * len(table)
    segments = [(v, [int(c) for c in table[v]], VERDICT_COLORS[v]) for v in VERDICT_COLORS]
    segments += [
        (f"unchecked: {r or 'no reason given'}", [int(c) for c in by_reason[r]], color)
        for r, color in zip(reasons, REASON_COLORS)
        if by_reason[r].sum()
    ]
    for label, counts, color in segments:
        ax.barh(y, counts, left=left, height=0.68, color=color, label=label, linewidth=0)
        for yi, l0, c in zip(y, left, counts):
            if c >= 3:
                ax.text(
                    l0 + c / 2,
                    yi,
                    str(c),
                    ha="center",
                    va="center",
                    fontsize=LABEL_SIZE,
                    color="white" if label in ("consistent", "inconsistent") else "#222222",
                )
        left = [a + b for a, b in zip(left, counts)]
    section_bars_axes(ax, y, table["total"], [sections.title(s) for s in table.index], max(left))
    legend_above(ax, ncols=3)
    total = int(sum(left))
    counts = ", ".join(f"{int(table[v].sum())} {v}" for v in ledger.VERDICTS)
    note = (
        f"Note: {total} claims ({counts}). Consistent: a check on the shipped data agrees; inconsistent: a "
        "decisive check disagrees; erratum: a printing slip with a corrected reading; unchecked (greys): nothing in "
        "the report or the data can decide it, for the reason named. Bar-end numbers are totals."
    )
    return note, source_line(claims, extra="verdicts computed by the checks in rucn_data.checks")
