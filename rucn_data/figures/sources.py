"""Where the report's numbers come from: claims by the source type of their footnote."""

from __future__ import annotations

from .registry import register
from .style import (
    BLUE,
    GREEN,
    GREY,
    LABEL_SIZE,
    LIGHT_GREY,
    MISSING_EDGE,
    MISSING_FACE,
    ORANGE,
    PURPLE,
    SKY,
    VERMILLION,
    load,
    section_bars_axes,
    source_line,
)

SOURCE_TYPE_STYLE = {  # category -> (label, face colour, hatch)
    "official_statistics": ("official statistics", BLUE, ""),
    "government_document": ("government or party document", SKY, ""),
    "international_organisation": ("international organisation", GREEN, ""),
    "news_agency": ("news agency", ORANGE, ""),
    "newspaper_magazine": ("newspaper or magazine", VERMILLION, ""),
    "company": ("company", PURPLE, ""),
    "think_tank_academic": ("think tank or academic", "#F0E442", ""),
    "other": ("other", GREY, ""),
}


@register(
    "claims_by_source_type",
    "What the report's numbers rest on: claims by the source type of their footnote",
    "full",
    3.9,
    ("claims", "footnotes"),
    "Number of claims per report section by the kind of source their footnote cites (rucn_data.footnotes); "
    "claims without a footnote, footnotes without a source and footnotes the text dump does not print are "
    "their own categories.",
)
def _claims_by_source_type(fig):
    from .. import sections as registry
    from ..footnotes import CATEGORIES, NO_FOOTNOTE, NO_SOURCE_TEXT, NOTE_ONLY, claim_source_types

    claims = load("claims")
    table = claim_source_types(claims, load("footnotes"))
    counts = table.groupby(["section", "category"]).size().unstack(fill_value=0)
    sections = [s for s in registry.IDS if s in counts.index]
    counts = counts.reindex(index=sections, columns=list(CATEGORIES), fill_value=0)
    style = dict(SOURCE_TYPE_STYLE)
    style[NOTE_ONLY] = ("note, no source", LIGHT_GREY, "")
    style[NO_SOURCE_TEXT] = ("footnote not in the dump", MISSING_FACE, "////")
    style[NO_FOOTNOTE] = ("no footnote", "white", "")
    ax = fig.subplots()
    y = list(range(len(sections)))
    left = [0] * len(sections)
    for category in CATEGORIES:
        label, face, hatch = style[category]
        values = [int(v) for v in counts[category]]
        edge = MISSING_EDGE if category in (NO_SOURCE_TEXT, NO_FOOTNOTE) else "none"
        ax.barh(
            y,
            values,
            left=left,
            height=0.68,
            color=face,
            edgecolor=edge,
            hatch=hatch,
            linewidth=0.5 if edge != "none" else 0,
            label=f"{label} ({int(sum(values))})",
        )
        left = [a + b for a, b in zip(left, values)]
    section_bars_axes(ax, y, left, [registry.title(s) for s in sections], max(left))
    ax.legend(
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        ncols=1,
        borderaxespad=0.2,
        title="source type (claims)",
        title_fontsize=LABEL_SIZE + 0.5,
        alignment="left",
    )
    linked = int(table["footnote"].notna().sum())
    how = "their footnote column" if "footnote" in claims.columns else "the first footnote their source names"
    note = (
        f"Note: {len(table)} claims, {linked} of them linked to a footnote ({how}). Source type of the cited "
        "outlet; an 'Ibid.' counts as the footnote it repeats. Bar-end numbers "
        "are totals; legend counts are over all sections."
    )
    return note, source_line(claims, extra="source types from rucn-data dataset 'footnotes'")
