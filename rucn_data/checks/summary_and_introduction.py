"""Summary, Introduction and Chapter 1 (foreign policy): the few numbers that data or the report can test.

Most numbers here (durations, counts of documents, crossings, countries) stand on their footnotes alone
and stay unchecked; the ledger's notes say why. The 2022 turnover range (I-001) is checked with every other
statement of the 2022 turnover in trade_finance; here: the investment-commission portfolio against its
restatement in 3.2, and the national-currency share of settlements against December 2022 (context).
"""
from __future__ import annotations

import math

from ..intervals import Interval
from . import Computed, check
from .common import national_currency_share_dec_2022


# -- the 2022 turnover ----------------------------------------------------------------------------------


# -- the investment commission's portfolio (restated in section 3.2) -----------------------------------------

@check("I-004", "I-005")
def intro_investment_portfolio_vs_section_3_2(ctx):
    """'79 investment projects totaling USD165 billion' against 3.2's '79 projects worth over USD 165 billion'."""
    over = ctx.printed("3.2-016")  # 'over USD 165 billion': [165, +inf); printed() caps the open end at the value
    return {
        "I-004": Computed.of(ctx.printed("3.2-015"), f"{ctx.text('3.2-015')} projects (3.2-015, same March 2023 statement)"),
        "I-005": Computed.of(Interval.between(over.low, over.low, math.inf), f"over USD {ctx.text('3.2-016')} bn (3.2-016): [165, +∞)",
                             note="3.2 hedges 'over USD 165 billion'; the intro prints it unhedged ('totaling')"),
    }


# -- national currencies in settlements -------------------------------------------------------------------

@check("I-007")
def intro_national_currency_share_context(ctx):
    """'about two-thirds' (spring 2023) against the end-2022 figures: context only (earlier month, other bases)."""
    dec_2022 = "December 2022, three months before Putin's spring-2023 statement"
    all_trade = "Russia's settlements with all partners, not Russia–China alone"
    exports = national_currency_share_dec_2022(ctx, "exports")
    imports = national_currency_share_dec_2022(ctx, "imports")
    return {"I-007": [
        Computed.of(ctx.printed("2.1-035") / 100, f"{ctx.text('2.1-035')}% (2.1-035) as a fraction", decisive=False,
                    note=dec_2022),
        Computed.of(exports / 100, "RUB + CNY share of Russia's export settlements, Dec 2022 (F01), as a fraction",
                    decisive=False, note=f"{all_trade}; {dec_2022}"),
        Computed.of(imports / 100, "RUB + CNY share of Russia's import settlements, Dec 2022 (F01), as a fraction",
                    decisive=False, note=f"{all_trade}; {dec_2022}"),
    ]}
