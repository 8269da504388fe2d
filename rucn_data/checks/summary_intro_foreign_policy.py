"""Summary, Introduction and Chapter 1 (foreign policy): the few numbers that data or the report can test.

Most numbers here (durations, counts of documents, crossings, countries) stand on their footnotes alone
and stay unchecked; the ledger's notes say why. What can be tested: the 2022 turnover range against the
GACC series and section 2.1, and the investment-commission portfolio against its restatement in 3.2.
"""
from __future__ import annotations

import math

from . import Computed, Range, check
from .common import national_currency_share_dec_2022, trade





# -- the 2022 turnover ----------------------------------------------------------------------------------

@check("I-001")
def intro_turnover_2022_in_gacc_series(r):
    """'USD 185–190 billion in 2022' against the 2022 turnover in the GACC series (T01)."""
    return Computed.of(trade(r, 2022, "turnover_usd_bn"), "trade_annual 2022 turnover (GACC via T01)")


@check("I-001")
def intro_turnover_2022_vs_section_2_1(r):
    """The same range against section 2.1's printed 2022 turnover (2.1-002)."""
    return Computed.of(r.printed("2.1-002"), f"{r.text('2.1-002')} (2.1-002, section 2.1's 2022 turnover)")


# -- the investment commission's portfolio (restated in section 3.2) -----------------------------------------

@check("I-004", "I-005")
def intro_investment_portfolio_vs_section_3_2(r):
    """'79 investment projects totaling USD165 billion' against 3.2's '79 projects worth over USD 165 billion'."""
    over = r.printed("3.2-016")  # 'over USD 165 billion': [165, +inf); printed() caps the open end at the value
    return {
        "I-004": Computed.of(r.printed("3.2-015"), f"{r.text('3.2-015')} projects (3.2-015, same March 2023 statement)"),
        "I-005": Computed.of(Range(over.low, over.low, math.inf), f"over USD {r.text('3.2-016')} bn (3.2-016): [165, +∞)",
                             note="3.2 hedges 'over USD 165 billion'; the intro prints it unhedged ('totaling')"),
    }


# -- national currencies in settlements -------------------------------------------------------------------

@check("I-007")
def intro_national_currency_share_context(r):
    """'about two-thirds' (spring 2023) against the end-2022 figures: context only (earlier month, other bases)."""
    dec_2022 = "December 2022, three months before Putin's spring-2023 statement"
    all_trade = "Russia's settlements with all partners, not Russia–China alone"
    exports = national_currency_share_dec_2022(r, "exports")
    imports = national_currency_share_dec_2022(r, "imports")
    return {"I-007": [
        Computed.of(r.printed("2.1-035") / 100, f"{r.text('2.1-035')}% (2.1-035) as a fraction", decisive=False,
                    note=dec_2022),
        Computed.of(exports / 100, "RUB + CNY share of Russia's export settlements, Dec 2022 (F01), as a fraction",
                    decisive=False, note=f"{all_trade}; {dec_2022}"),
        Computed.of(imports / 100, "RUB + CNY share of Russia's import settlements, Dec 2022 (F01), as a fraction",
                    decisive=False, note=f"{all_trade}; {dec_2022}"),
    ]}
