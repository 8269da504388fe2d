"""Section 3.2, the SCO, BRICS and RIC: India–Russia trade, the investment commission's portfolio, counts and dates.

India–Russia trade is shipped only by Indian fiscal year (April–March, ``india_russia_trade``), so the
calendar-2022 level and the growth rates on other bases are shown as context; the April 2022–January 2023
imports can be bracketed by the nine-month and twelve-month cumulative values of the same fiscal year.
"""
from __future__ import annotations

from ..intervals import Interval
from . import Computed, check

INDIA = "india_russia_trade"


def india(ctx, fiscal_year: str, column: str) -> float:
    """One value of India–Russia trade by Indian fiscal year, in USD bn (the dataset is in USD mn)."""
    return ctx.cell(INDIA, {"fiscal_year": fiscal_year}, column) / 1000


# -- RIC ----------------------------------------------------------------------------------------------


# -- India–Russia trade -----------------------------------------------------------------------------------

@check("3.2-005", "3.2-011")
def india_russia_trade_calendar_2022_estimate(ctx):
    """Calendar 2022 estimated from fiscal-year rows: April–December 2022 plus a pro-rata January–March 2022."""
    apr_dec_2022 = india(ctx, "2022-23 (Apr-Dec)", "total_usd_mn")
    fy_2021_22 = india(ctx, "2021-22", "total_usd_mn")
    apr_dec = Interval.between(apr_dec_2022, apr_dec_2022 - 0.5, apr_dec_2022 + 0.5)  # O12 gives 'about 35' (USD bn)
    estimate = apr_dec + fy_2021_22 * 3 / 12
    c = Computed.of(estimate, "Apr–Dec 2022 total (O12, 'about 35') + 3/12 × FY2021-22 total 13,124.68 (O08) "
                              "as January–March 2022", decisive=False,
                    note="calendar 2022 is not shipped (fiscal years only); January–March 2022 assumed to be a quarter "
                         "of FY2021-22; implied January–March 2022 from the printed 38.4: "
                         f"{ctx.value('3.2-005') - apr_dec_2022:.1f} bn")
    return {"3.2-005": c, "3.2-011": c}


@check("3.2-008")
def india_imports_from_russia_apr_jan(ctx):
    """April 2022–January 2023 lies between the April–December 2022 and the full FY2022-23 cumulative imports."""
    nine_months = india(ctx, "2022-23 (Apr-Dec)", "india_imports_from_russia_usd_mn")
    twelve_months = india(ctx, "2022-23", "india_imports_from_russia_usd_mn")
    interpolated = nine_months + (twelve_months - nine_months) / 3
    return Computed.of(Interval.between(interpolated, nine_months, twelve_months),
                       "between Apr–Dec 2022 imports 32.81 (O12) and FY2022-23 imports 41.6 (O09); value = linear "
                       "interpolation to ten months")


@check("3.2-009")
def india_imports_growth_apr_jan_pro_rata(ctx):
    """37.31 over a pro-rata ten months of FY2021-22 imports: context (the shipped prior year is twelve months)."""
    fy_2021_22 = india(ctx, "2021-22", "india_imports_from_russia_usd_mn")
    prior = fy_2021_22 * 10 / 12
    growth = ctx.printed("3.2-008").pct_change_from(prior)
    implied_prior = ctx.value("3.2-008") / (1 + ctx.value("3.2-009") / 100)
    return Computed.of(growth, "37.31 (3.2-008) / (10/12 × FY2021-22 imports 9,869.99, O08) − 1", decisive=False,
                       note=f"the printed 384% implies April 2021–January 2022 imports of {implied_prior:.2f} bn, "
                            f"{implied_prior / fy_2021_22:.0%} of FY2021-22 for 10 of 12 months (imports rose from "
                            "March 2022, so below pro rata is plausible)")


@check("3.2-010")
def india_imports_growth_nearly_400_vs_384(ctx):
    """'surged by nearly 400%' restates the 384% surge of the sentence before (the same flow, fn 168)."""
    return Computed.of(ctx.printed("3.2-009"), "384% (3.2-009), India's imports from Russia, April–January y/y",
                       note="the report says 'compared to 2021'; the only rate printed for the surge is the "
                            "April–January one")


@check("3.2-010", "3.2-012")
def india_imports_growth_fiscal_year(ctx):
    """FY2022-23 over FY2021-22 imports from Russia: context (fiscal years, not 2022 on 2021)."""
    growth = Interval.exact(india(ctx, "2022-23", "india_imports_from_russia_usd_mn")).pct_change_from(
        Interval.exact(india(ctx, "2021-22", "india_imports_from_russia_usd_mn")))
    c = Computed.of(growth, "FY2022-23 imports 41.6 (O09) / FY2021-22 imports 9.87 (O08) − 1", decisive=False,
                    note="Indian fiscal years April–March; calendar-year imports are not shipped")
    return {"3.2-010": c, "3.2-012": c}


@check("3.2-012")
def india_imports_growth_headline_vs_384(ctx):
    """fn 168's headline '400%' against the 384% the report prints for the same surge: context."""
    return Computed.of(ctx.printed("3.2-009"), "384% (3.2-009)", decisive=False,
                       note="a headline rounding of the April–January rate, not a separate measurement")


# -- SCO -------------------------------------------------------------------------------------------------

@check("3.2-013")
def sco_action_plan_years(ctx):
    """'for the next five years': the same plan is the 'Action Plan for 2023–2027' (line 2305)."""
    return Computed.of(2027 - 2023 + 1, "2023–2027 inclusive (the plan's years, printed at line 2305)")


@check("3.2-015", "3.2-021")
def investment_commission_projects_vs_intro(ctx):
    """79 projects, as the introduction reports it from the same Mishustin statement (I-004)."""
    c = Computed.of(ctx.printed("I-004"), "introduction: '79 investment projects' (I-004, fn 2)")
    return {"3.2-015": c, "3.2-021": c}


@check("3.2-016")
def investment_commission_value_vs_intro(ctx):
    """'worth over USD 165 billion' against the introduction's 'totaling USD165 billion' (I-005)."""
    return Computed.of(ctx.printed("I-005"), "introduction: 'totaling USD165 billion' (I-005, fn 2)",
                       note="the introduction prints it without the 'over' hedge")


@check("3.2-026")
def sco_age_in_2023(ctx):
    """'the three decades of its existence': 2023 (the section's 'As of March 2023') − 2001."""
    return Computed.of(2023 - 2001, "2023 − 2001 (the SCO's first year, the base year of its trade share '5.4% in "
                                    "2001', line 2328; fn 176 marks its 20th anniversary in February 2022)")
