"""Conclusions and Recommendations: numbers that restate earlier chapters, checked against them and the data."""
from __future__ import annotations

from . import Computed, check
from .common import national_currency_share_dec_2022, trade


# -- Conclusions: trade -----------------------------------------------------------------------------------

@check("C-002")
def conclusions_largest_partner_years_restated(ctx):
    """'largest trading partner for 13 years now' restates section 2.1 (2.1-013)."""
    return Computed.of(ctx.printed("2.1-013"), f"{ctx.text('2.1-013')} years (2.1-013, section 2.1)",
                       note="2.1-013 itself has no footnote and no shipped data behind it")


@check("C-003")
def conclusions_decade_growth_context(ctx):
    """'increased by 116% over the past decade': the 2012 base is not shipped, so only nearby bases, as context."""
    end = trade(ctx, 2022, "turnover_usd_bn")
    return {"C-003": [
        Computed.of(end.pct_change_from(trade(ctx, 2013, "turnover_usd_bn")),
                    "trade_annual 2022 / 2013 − 1 (190.27 / 89.21; nine years, not ten)", decisive=False,
                    note="2012 is missing from trade_annual; 2013 is the nearest base shipped"),
        Computed.of(end.pct_change_from(trade(ctx, 2011, "turnover_usd_bn")),
                    "trade_annual 2022 / 2011 − 1 (190.27 / 80; eleven years)", decisive=False,
                    note="2011 is a rounded 'about USD 80 bn' (T14)"),
    ]}


# -- Conclusions: national currencies ---------------------------------------------------------------------

@check("C-005")
def conclusions_national_currency_mark(ctx):
    """'crossed an important 50% mark in national currency payments' against 2.1's 50% and the context figures."""
    all_trade = "Russia's settlements with all partners, not Russia–China alone"
    exports = national_currency_share_dec_2022(ctx, "exports")
    imports = national_currency_share_dec_2022(ctx, "imports")
    return {"C-005": [
        Computed.of(ctx.printed("2.1-035"), f"'reached {ctx.text('2.1-035')}%' as of December 2022 (2.1-035, section 2.1)"),
        Computed.of(ctx.printed("2.1-039") * 100, "'almost half' (2.1-039, fn 45's title, the source of 2.1-035) in percent",
                    decisive=False, note="Mishustin, Dec 2022: at most 50%"),
        Computed.of(exports, "RUB + CNY share of Russia's export settlements, Dec 2022 (F01)", decisive=False, note=all_trade),
        Computed.of(imports, "RUB + CNY share of Russia's import settlements, Dec 2022 (F01)", decisive=False, note=all_trade),
        Computed.of(ctx.printed("I-007") * 100, "'about two-thirds' by spring 2023 (I-007, Putin) in percent", decisive=False,
                    note="a later date than 2.1's December 2022"),
    ]}


# -- Recommendations --------------------------------------------------------------------------------------

@check("R-001")
def recommendations_four_deficits_restated(ctx):
    """'The four deficits identified by Xi Jinping' restates the Introduction (I-008)."""
    return Computed.of(ctx.printed("I-008"), f"{ctx.text('I-008')} deficits (I-008, Introduction)")


@check("R-002")
def recommendations_russia_africa_trade_2021_restated(ctx):
    """'trade between Russia and African countries amounted to just USD 14 billion' (2021) against 3.3's exports + imports."""
    exports, imports = ctx.printed("3.3-052"), ctx.printed("3.3-053")
    return {"R-002": [
        Computed.of(exports + imports, f"{ctx.text('3.3-052')} + {ctx.text('3.3-053')} (3.3-052 exports + 3.3-053 imports, 2021)"),
        Computed.of(exports, f"{ctx.text('3.3-052')} (3.3-052, Russia's exports to Africa alone, 2021)", decisive=False,
                    note="exports alone, in case 'trade' meant Russian exports"),
    ]}
