"""Section 3.3, Latin America and Africa: China's trade with both regions (GACC), Russia's, votes and dates."""
from __future__ import annotations

import math

from ..intervals import Interval
from . import Computed, check
from .common import stated

REGIONS = "china_trade_with_regions"


def region(ctx, partner: str, flow: str = "total", year: int = 2022) -> Interval:
    """China's trade with a region in USD bn (GACC as reported)."""
    return Interval.exact(ctx.cell(REGIONS, {"year": year, "partner": partner, "flow": flow, "unit": "usd_bn"}, "value"))


# -- China and Latin America ------------------------------------------------------------------------------

@check("3.3-011")
def china_latam_total_from_printed_parts(ctx):
    """'about USD 450 billion' against the exports and imports the next sentence prints."""
    return Computed.of(ctx.printed("3.3-013") + ctx.printed("3.3-014"), "229 + 222.5 (3.3-013 + 3.3-014)")


@check("3.3-011")
def china_latam_total_2022_gacc(ctx):
    """China–Latin America trade in 2022, GACC (O02)."""
    return Computed.of(region(ctx, "Latin America"), "china_trade_with_regions 2022 Latin America total (GACC via O02)")


@check("3.3-012")
def china_latam_growth_2022_stated(ctx):
    """GACC's stated 2022 growth of China–Latin America trade (O02)."""
    return Computed.of(stated(ctx, "2022", "china_latin_america_trade", "O02"), "GACC's stated 2022 growth (O02: 485.8, +7.7%)")


def latam_2021_implied(ctx) -> Interval:
    """The 2021 level implied by GACC's 2022 total and its stated growth."""
    return region(ctx, "Latin America") / (1 + stated(ctx, "2022", "china_latin_america_trade", "O02") / 100)


@check("3.3-011", "3.3-013", "3.3-014")
def china_latam_parts_against_2022_total(ctx):
    """Each printed part against GACC's 2022 total minus the other printed part (the 2022 split is not shipped)."""
    total = region(ctx, "Latin America")
    implied_2021 = latam_2021_implied(ctx)
    looks_2021 = "fits the 2021 level implied by GACC (485.8 / 1.077): the parts look like 2021 values"
    return {
        "3.3-013": [
            Computed.of(total - ctx.printed("3.3-014"), "485.8 (GACC 2022, O02) − 222.5 (3.3-014)"),
            Computed.of(implied_2021 - ctx.printed("3.3-014"), "485.8 / 1.077 (GACC 2021 implied) − 222.5 (3.3-014)",
                        decisive=False, note=looks_2021),
        ],
        "3.3-014": [
            Computed.of(total - ctx.printed("3.3-013"), "485.8 (GACC 2022, O02) − 229 (3.3-013)"),
            Computed.of(implied_2021 - ctx.printed("3.3-013"), "485.8 / 1.077 (GACC 2021 implied) − 229 (3.3-013)",
                        decisive=False, note=looks_2021),
        ],
        "3.3-011": Computed.of(implied_2021, "485.8 / 1.077: the 2021 level implied by GACC (O02)", decisive=False,
                               note="450 is nearer the 2021 level than the 2022 one (485.8)"),
    }


# -- Russia and Latin America ---------------------------------------------------------------------------

@check("3.3-016")
def russia_latam_period_length(ctx):
    """'In the decade starting from 2010 to 2021': the span of the printed years."""
    return Computed.of(2021 - 2010, "2021 − 2010 (the printed years)")


# -- China and Africa -----------------------------------------------------------------------------------

@check("3.3-022")
def china_africa_growth_2022_stated(ctx):
    return Computed.of(stated(ctx, "2022", "china_africa_trade", "O02"), "GACC's stated 2022 growth (O02: 282.0, +11.1%)")


@check("3.3-023")
def china_africa_total_2022_gacc(ctx):
    return Computed.of(region(ctx, "Africa"), "china_trade_with_regions 2022 Africa total (GACC via O02)")


@check("3.3-023")
def china_africa_total_from_printed_parts(ctx):
    """282 against the exports and imports the same sentence prints."""
    return Computed.of(ctx.printed("3.3-024") + ctx.printed("3.3-025"), "164.5 + 117.5 (3.3-024 + 3.3-025)")


@check("3.3-024")
def china_exports_to_africa_2022(ctx):
    return Computed.of(region(ctx, "Africa", "china_exports"), "china_trade_with_regions 2022 Africa China's exports (GACC via O01)")


@check("3.3-025")
def china_imports_from_africa_2022(ctx):
    return Computed.of(region(ctx, "Africa", "china_imports"), "china_trade_with_regions 2022 Africa China's imports (GACC via O01)")


@check("3.3-055")
def china_africa_2021_implied_by_gacc(ctx):
    """China–Africa trade in 2021 from GACC's 2022 total and stated growth."""
    level = region(ctx, "Africa") / (1 + stated(ctx, "2022", "china_africa_trade", "O02") / 100)
    return Computed.of(level, "282.0 / 1.111 (GACC 2022 total and stated growth, O02)")


@check("3.3-055")
def china_africa_2021_implied_by_report(ctx):
    """The 2021 level implied by the report's own 2022 level and growth (3.3-023, 3.3-022)."""
    level = ctx.printed("3.3-023") / (1 + ctx.printed("3.3-022") / 100)
    return Computed.of(level, "282 / 1.11 (3.3-023 / (1 + 3.3-022))")


# -- Russia and Africa ----------------------------------------------------------------------------------

@check("3.3-057")
def russia_africa_2022_grew_from_2021(ctx):
    """'grew to USD 18 billion in 2022': above the 2021 exports plus imports printed before it."""
    level_2021 = ctx.printed("3.3-052") + ctx.printed("3.3-053")
    return Computed.of(Interval.between(level_2021.value, level_2021.low, math.inf),
                       "'grew to': above 2021's 14.7 + 3 (3.3-052 + 3.3-053)")


# -- UN General Assembly vote of 23 February 2023 ---------------------------------------------------------
