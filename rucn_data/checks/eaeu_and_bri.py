"""Section 3.1, EAEU and BRI: China's trade with Belt and Road countries, EAEU–China trade.

Most of the section's numbers (BRI memoranda and signatories, cumulative investment, Belarus, the CIS
investment stock) stand on their footnotes alone and are left unchecked in the ledger; see its notes.
"""
from __future__ import annotations

from ..intervals import Interval
from . import Computed, check
from .common import stated

BRI = "china_bri_trade"


def bri_trade(ctx, year: int, source_id: str) -> Interval:
    """China's trade with Belt and Road countries in USD tn, as MOFCOM states it (china_bri_trade)."""
    return Interval.exact(ctx.cell(BRI, {"year": year, "unit": "usd_tn", "source_id": source_id}, "value"))


# -- China's trade with Belt and Road countries, 2013 -> 2022 -------------------------------------------

@check("3.1-005")
def bri_trade_multiple_from_printed_levels(ctx):
    """'almost doubled': the report's own 2022 level over its 2013 level."""
    return Computed.of(ctx.printed("3.1-007") / ctx.printed("3.1-006"),
                       f"{ctx.text('3.1-007')} / {ctx.text('3.1-006')} (3.1-007 / 3.1-006)")


@check("3.1-005")
def bri_trade_multiple_from_mofcom_levels(ctx):
    """The same multiple from MOFCOM's levels: 2022 (O05) over 2013 (O04)."""
    ratio = bri_trade(ctx, 2022, "O05") / bri_trade(ctx, 2013, "O04")
    return Computed.of(ratio, "china_bri_trade 2022 (O05, 2.07) / 2013 (O04, 1.04), USD tn, MOFCOM",
                       note="two MOFCOM statements (May 2022, Mar 2023), both 'countries along the Belt and Road'")


@check("3.1-005")
def bri_trade_multiple_from_mofcom_average_growth(ctx):
    """The multiple implied by MOFCOM's stated 8% average annual growth over 2013–2022 (years printed)."""
    rate = stated(ctx, "2013-2022", "china_bri_trade", "O05")
    years = 2022 - 2013
    multiple = Interval.exact(1)
    for _ in range(years):
        multiple = multiple * (1 + rate / 100)
    implied = ((ctx.value("3.1-007") / ctx.value("3.1-006")) ** (1 / years) - 1) * 100
    return Computed.of(multiple, "(1 + 8%)^(2022 − 2013) (MOFCOM's stated average growth, O05; years from the sentence)",
                       decisive=False,
                       note=f"a rate stated to the whole percent; the report prints no growth rate "
                            f"(its 1.06 → 2.07 implies {implied:.1f}% a year)")


@check("3.1-006")
def bri_trade_2013_mofcom(ctx):
    """The 2013 level as MOFCOM states it (O04, countries along the Belt and Road)."""
    return Computed.of(bri_trade(ctx, 2013, "O04"), "china_bri_trade 2013, USD tn (MOFCOM via O04)")


@check("3.1-007")
def bri_trade_2022_mofcom(ctx):
    """The 2022 level as MOFCOM states it (O05)."""
    return Computed.of(bri_trade(ctx, 2022, "O05"), "china_bri_trade 2022, USD tn (MOFCOM via O05)")


# -- EAEU–China trade -----------------------------------------------------------------------------------

@check("3.1-013")
def eaeu_china_trade_2022_russia_part(ctx):
    """China–Russia trade alone in 2022 (GACC): the largest part of EAEU–China trade, context only."""
    value = Interval.exact(ctx.cell("trade_annual", {"year": 2022}, "turnover_usd_bn"))
    return Computed.of(value, "trade_annual 2022 China–Russia turnover (GACC via T01)", decisive=False,
                       note="Russia only; the EAEU total also has Kazakhstan, Belarus, Kyrgyzstan and Armenia, "
                            "for which no 2022 value is shipped")


@check("3.1-020")
def eaeu_china_trade_growth_russia_part(ctx):
    """Growth of China–Russia trade in 2022 (GACC's stated rate) as a fraction: context for the EAEU total."""
    growth = stated(ctx, "2022", "china_russia_turnover", "T02") / 100
    levels = ctx.cell("trade_annual", {"year": 2022}, "turnover_usd_bn") / ctx.cell("trade_annual", {"year": 2021}, "turnover_usd_bn") - 1
    return Computed.of(growth, "GACC's stated 2022 growth of China–Russia trade, 29.3% (T02), as a fraction",
                       decisive=False,
                       note=f"Russia only; no EAEU–China level for 2021 or 2022 is shipped (the first-published "
                            f"China–Russia levels give {levels:.3f})")


@check("3.1-024", "3.1-032")
def china_share_of_eaeu_trade_2020(ctx):
    """China's share of the EAEU's external trade, January–August 2020 (EEC via O10): an earlier period."""
    c = Computed.of(stated(ctx, "2020 Jan-Aug", "china_share_of_eaeu_external_trade", "O10"),
                    "EEC via O10: China's share of EAEU external trade, Jan–Aug 2020", decisive=False,
                    note="two years earlier and part-year; no 2022 share is shipped")
    return {"3.1-024": c, "3.1-032": c}
