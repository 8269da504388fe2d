"""Crude oil: the report's Figure 2 rebuilt and Russia's share of China's imports."""

from __future__ import annotations

from . import style
from .registry import register


@register(
    "fig2_crude_from_russia",
    "Figure 2 rebuilt: China's crude oil imports from Russia, 2010–2022",
    "full",
    3.0,
    ("crude_oil_imports",),
    "China's crude oil imports from Russia in million tonnes; years no source gives are marked.",
)
def _fig2_crude_from_russia(fig):
    df = style.in_period(style.load("crude_oil_imports"), 2010, 2022)
    ax = fig.subplots()
    years, values = df["year"].astype(int), df["crude_imports_from_russia_mt"]
    ok = values.notna()
    ax.bar(years[ok], values[ok], width=0.72, color=style.BLUE, label="imports from Russia")
    style.bar_labels(ax, years, values, style.fixed)
    style.mark_missing(ax, years[~ok])
    style.year_axis(ax, 2010, 2022)
    ax.set_ylabel("Crude oil imports (Mt)")
    ax.set_ylim(0, values.max() * 1.15)
    note = (
        "Note: Mt = million tonnes. Chinese customs (GACC) figures as reported by news agencies and a CAS brief; "
        "years no archived source gives are left empty."
    )
    return note, style.source_line(df, df.loc[ok, "source_id_from_russia"].dropna())


@register(
    "fig2b_crude_share",
    "Russia's share of China's crude oil imports, 2014–2022",
    "single",
    3.8,
    ("crude_oil_imports", "sources"),
    "Imports from Russia divided by China's total crude imports, for years where both are given; "
    "a year whose two figures come from different statistical bases (GACC, EI) is marked.",
)
def _fig2b_crude_share(fig):
    from ..series import crude_share

    df = crude_share(2014, 2022)
    ax = fig.subplots()
    years = df["year"].astype(int)
    share, num, den = df["russia_share_pct"], df["basis_from_russia"], df["basis_total"]
    ok = share.notna()
    mixed = df["mixed_basis"]
    same = ok & ~mixed
    ax.bar(years[same], share[same], width=0.7, color=style.BLUE, label="one basis (GACC)")
    style.outlined_bars(ax, years[mixed], share[mixed], 0.7, style.BLUE, "////", "mixed bases: GACC ÷ EI total")
    style.bar_labels(ax, years, share, style.fixed)
    style.mark_missing(ax, years[~ok])
    handles, labels = ax.get_legend_handles_labels()
    style.legend_above(
        ax, handles + [style.missing_patch()], labels + [style.MISSING + " (one or both figures)"], ncols=1
    )
    style.year_axis(ax, 2014, 2022)
    ax.set_ylabel("Russia's share (%)")
    ax.set_ylim(0, max(25, share.max() * 1.15))
    bases = sorted({f"{y}: Russia {n}, total {d}" for y, n, d in zip(years[mixed], num[mixed], den[mixed])})
    before = style.load("crude_oil_imports")
    before = before[before["year"] < 2014]
    before = before[before["crude_imports_from_russia_mt"].isna() | before["china_total_crude_imports_mt"].isna()]
    gap = (
        f"{int(before['year'].min())}–{int(before['year'].max())}: no share (figures not found); "
        if len(before)
        else ""
    )
    note = (
        "Note: share = imports from Russia ÷ China's total crude imports, both in Mt; "
        + gap
        + "GACC = Chinese customs; "
        "EI = Energy Institute Statistical Review 2024 (crude incl. condensates). "
        + ("Mixed bases — " + "; ".join(bases) + "." if bases else "")
    )
    ids = list(df.loc[ok, "source_from_russia"]) + list(df.loc[ok, "source_total"])
    return note, style.source_line(style.load("crude_oil_imports"), ids)
