"""Conclusions and Recommendations: numbers that restate earlier chapters, checked both ways and against the data."""

from __future__ import annotations

import math

from ..intervals import Interval
from . import Computed, check
from .common import (
    counted,
    national_currency_share_dec_2022,
    restated,
    russian_exports_to_africa_2021,
    trade,
)
from .summary_and_introduction import DEFICITS

# -- the 2022 turnover, as the report states it five times ---------------------------------------------

TURNOVER_2022 = ("I-001", "2.1-002", "2.1-043", "2.3-018", "C-004")


@check(*TURNOVER_2022)
def turnover_2022_restatements(ctx):
    """Every statement of the 2022 turnover against each of the report's other statements of it."""
    return {cid: [restated(ctx, other) for other in TURNOVER_2022 if other != cid] for cid in TURNOVER_2022}


# -- Conclusions: trade -----------------------------------------------------------------------------------


@check("C-003")
def conclusions_decade_growth_context(ctx):
    """'increased by 116% over the past decade': the 2012 base is not shipped, so only nearby bases, as context."""
    end = trade(ctx, 2022, "turnover_usd_bn")
    return {
        "C-003": [
            Computed.context(
                end.pct_change_from(trade(ctx, 2013, "turnover_usd_bn")),
                "growth of the turnover, 2013 to 2022 (nine years, not ten)",
                "2012 is missing from trade_annual; 2013 is the nearest later base shipped",
            ),
            Computed.context(
                end.pct_change_from(trade(ctx, 2011, "turnover_usd_bn")),
                "growth of the turnover, 2011 to 2022 (eleven years)",
                "the 2011 level is a figure its source rounds ('about', T14)",
            ),
        ]
    }


# -- Conclusions: national currencies ---------------------------------------------------------------------


@check("C-005", "2.1-035")
def national_currency_mark(ctx):
    """'crossed an important 50% mark in national currency payments' against section 2.1 (both ways) and context."""
    all_trade = "Russia's settlements with all partners, not Russia–China alone"
    exports = national_currency_share_dec_2022(ctx, "exports")
    imports = national_currency_share_dec_2022(ctx, "imports")
    return {
        "C-005": [
            restated(ctx, "2.1-035"),
            Computed.context(
                ctx.printed("2.1-039") * 100,
                "'almost half' (2.1-039, fn 45's title) in percent",
                "the source of 2.1-035, an upper bound at the mark",
            ),
            Computed.context(exports, "RUB + CNY share of Russia's export settlements, Dec 2022 (F01)", all_trade),
            Computed.context(imports, "RUB + CNY share of Russia's import settlements, Dec 2022 (F01)", all_trade),
            Computed.context(
                ctx.printed("I-007") * 100,
                "'about two-thirds' by spring 2023 (I-007, Putin) in percent",
                "a later date than section 2.1's December 2022",
            ),
        ],
        "2.1-035": restated(ctx, "C-005"),
    }


# -- Recommendations --------------------------------------------------------------------------------------


@check("R-001", "I-008")
def four_deficits(ctx):
    """'The four deficits ..., namely the deficits of peace, development, security and governance': list and I-008."""
    return {
        "R-001": [
            Computed.of(counted(DEFICITS, "items listed in the same sentence"), "deficits the sentence lists"),
            restated(ctx, "I-008"),
        ],
        "I-008": restated(ctx, "R-001"),
    }


@check("R-002", "3.3-052", "3.3-053")
def russia_africa_trade_2021(ctx):
    """'trade between Russia and African countries amounted to just USD 14 billion' (2021) and 3.3's exports, imports.

    Turnover is exports plus imports: the Recommendations' figure against 3.3's sum, and each of 3.3's figures
    against the one the Recommendations' turnover leaves for it; the Export Center's exports (Egypt's value over
    its share) are context.
    """
    turnover, exports, imports = ctx.printed("R-002"), ctx.printed("3.3-052"), ctx.printed("3.3-053")
    exported = russian_exports_to_africa_2021(ctx)
    at_least = Interval(exported.low, math.inf, "both", exported.value, f"{exported.text}, or more")
    refuted = (
        "R-002's turnover is below the exports alone that the Export Center's figures imply (X17), so it "
        "cannot decide 3.3's figures, which agree with those data"
    )
    return {
        "R-002": [
            Computed.of(exports + imports, "3.3's 2021 exports plus imports"),
            Computed.of(
                at_least,
                "turnover is at least Russia's exports to Africa, 2021, as Egypt's value and share "
                "imply (Russian Export Center)",
            ),
        ],
        "3.3-052": Computed.context(
            turnover - imports, "the exports R-002's turnover leaves beside 3.3's imports", refuted
        ),
        "3.3-053": Computed.context(
            turnover - exports, "the imports R-002's turnover leaves beside 3.3's exports", refuted
        ),
    }
