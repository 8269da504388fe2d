"""Summary and Introduction: the numbers that data or the report's own restatements can test.

The 2022 turnover range (I-001) is checked with every other statement of the 2022 turnover (trade_and_finance,
conclusions_and_recommendations). Here: the Chinese share of the car market, the investment-commission portfolio
against its restatement in 3.2, the national-currency share of settlements (context) and the four
deficits the Introduction lists.
"""

from __future__ import annotations

from . import Computed, check
from .common import counted, national_currency_share_dec_2022

# -- Chinese cars in the Russian market ---------------------------------------------------------------------


@check("I-002")
def intro_chinese_car_share(ctx):
    """'about a third of the Russian market' (by autumn 2022) against Chinese brands' share of car sales (Autostat)."""

    def share(period, source_id):
        where = {"period": period, "source_id": source_id}
        label = f"Chinese brands' share of Russia's car market, {period} ({source_id})"
        return ctx.record("russia_car_market", **where).rounded("chinese_brand_share_pct", label) / 100

    return {
        "I-002": [
            Computed.of(
                share("2022-11", "X11"), "Autostat, passenger cars, the month nearest 'by autumn 2022', as a fraction"
            ),
            Computed.context(
                share("2022-11", "X12"),
                "the same month, cars and light commercial vehicles, as a fraction",
                "another basis (cars and LCVs)",
            ),
            Computed.context(
                share("2022 (full year)", "X13"),
                "the whole of 2022, by brand origin (customs), as a fraction",
                "another period (the full year) and basis (customs report)",
            ),
            Computed.context(
                share("2023-01..02", "X13"), "January–February 2023 (Autostat), as a fraction", "a later period"
            ),
        ]
    }


# -- national currencies in settlements -------------------------------------------------------------------


@check("I-007")
def intro_national_currency_share_context(ctx):
    """'about two-thirds' (spring 2023) against the end-2022 figures: context only (earlier month, other bases)."""
    dec_2022 = "December 2022, three months before Putin's spring-2023 statement"
    all_trade = "Russia's settlements with all partners, not Russia–China alone"
    exports = national_currency_share_dec_2022(ctx, "exports")
    imports = national_currency_share_dec_2022(ctx, "imports")
    return {
        "I-007": [
            Computed.context(
                ctx.best("2.1-035") / 100,
                "section 2.1's national-currency share, in its corrected reading, as a fraction",
                dec_2022,
            ),
            Computed.context(
                exports / 100,
                "RUB + CNY share of Russia's export settlements, Dec 2022 (F01), as a fraction",
                f"{all_trade}; {dec_2022}",
            ),
            Computed.context(
                imports / 100,
                "RUB + CNY share of Russia's import settlements, Dec 2022 (F01), as a fraction",
                f"{all_trade}; {dec_2022}",
            ),
        ]
    }


# -- Xi Jinping's four deficits ---------------------------------------------------------------------------

DEFICITS = ("peace", "development", "security", "governance")


@check("I-008")
def intro_four_deficits_listed(ctx):
    """'four deficits ...: deficits of peace, development, security and governance': the list the sentence gives."""
    return Computed.of(counted(DEFICITS, "items listed in the same sentence"), "deficits the sentence lists")
