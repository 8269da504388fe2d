"""Section 2.3, energy: China's crude and gas imports, supplies from Russia, prices and contract arithmetic.

Bases matter here (see datapackage.json and SOURCES.md):
- crude from Russia: GACC as relayed by Reuters (C03, 86.25 Mt), TASS (C04, 86.2) and RT (C05, 86.3), one
  release rounded three ways; China's 2022 total is the Energy Institute's (E01), 2021's GACC's (C01);
- pipeline gas from Russia: Russian officials' Power of Siberia deliveries (G04/G05: 10.4 → 15.5 bcm) and
  the EI's series standardised to 40 MJ/m³ (7.585 → 14.669 bcm). GACC publishes the value of pipeline gas
  by country (USD 3.98 bn, G06), not its volume, although the report attributes 15.5 bcm to Chinese customs;
- oil prices: only EIA annual averages are shipped, which cannot test a quarterly peak or a monthly level,
  nor a customs unit value: those results are context.
Conversions between tonnes and barrels use the convention 7.33 bbl/t, stated wherever it is used, and
results that need it are context only.
"""
from __future__ import annotations

from ..tables import best_values
from ..intervals import Interval
from . import Computed, check
from .common import rounded, stated

CRUDE = "crude_oil_imports"
GAS = "gas_imports_from_russia"
BBL_PER_T = 7.33  # convention: barrels per tonne of crude (a typical average, not a property of the data)


def crude(ctx, year: int, column: str) -> float:
    return ctx.cell(CRUDE, {"year": year}, column)


def gas(ctx, year: int, item: str) -> float:
    return ctx.cell(GAS, {"year": year, "item": item}, "value")


def brent(ctx, year: int) -> float:
    return ctx.cell("oil_prices_eia", {"year": year}, "brent_spot_usd_bbl")


def tass_rt_crude_2022(ctx) -> tuple[float, float, float]:
    """TASS's (C04) and RT's (C05) roundings of the 2022 crude from Russia, and C04's value (USD bn)."""
    def level(subject, source_id):
        return ctx.cell("stated_levels", {"period": "2022", "subject": subject, "source_id": source_id}, "value")

    return (level("crude_imports_from_russia", "C04"), level("crude_imports_from_russia", "C05"),
            level("crude_imports_from_russia_value", "C04"))


# -- world oil prices (only annual averages are shipped) ------------------------------------------

@check("2.3-001")
def oil_price_peak_vs_2022_average(ctx):
    """'130 dollars per barrel in Q1 and Q2 of 2022' against the 2022 Brent average: context only."""
    return Computed.of(brent(ctx, 2022), "EIA Brent spot, 2022 annual average (P01)", decisive=False,
                       note="an annual average cannot test a level reached within Q1–Q2; monthly or daily prices are not shipped")


@check("2.3-002")
def oil_price_after_embargo_vs_2023_average(ctx):
    """'declined to 90 dollars' after the EU embargo (5 Dec 2022) against the 2023 Brent average: context only."""
    return Computed.of(brent(ctx, 2023), "EIA Brent spot, 2023 annual average (P01)", decisive=False,
                       note="the cited article is of Feb 2023; a calendar-2023 average is not the level 'after' the embargo")


# -- China's total crude imports ---------------------------------------------------------------------

@check("2.3-007")
def china_crude_imports_2022(ctx):
    """China's 2022 crude imports: the Energy Institute's figure (GACC's own total is not shipped)."""
    return Computed.of(Interval.exact(crude(ctx, 2022, "china_total_crude_imports_mt")),
                       "crude_oil_imports 2022 China total (EI Statistical Review, E01; crude incl. condensates)",
                       note="the report cites GACC; EI's compilation is the only shipped 2022 total")


@check("2.3-008")
def china_crude_imports_growth_2022(ctx):
    """The printed 2022 total (GACC per the report) over GACC's 2021 total (C01); and EI's over GACC's, as context."""
    total_2021 = rounded(crude(ctx, 2021, "china_total_crude_imports_mt"))
    printed = ctx.printed("2.3-007").pct_change_from(total_2021)
    ei = Interval.exact(crude(ctx, 2022, "china_total_crude_imports_mt")).pct_change_from(total_2021)
    return {"2.3-008": [
        Computed.of(printed, f"{ctx.text('2.3-007')} (2.3-007) / 512.9 (crude_oil_imports 2021, GACC via C01) − 1",
                    note="the printed level's rounding (±0.5 Mt) dominates the range"),
        Computed.of(ei, "508.233 (EI, E01) / 512.9 (GACC, C01) − 1", decisive=False,
                    note="mixes the EI 2022 total with GACC's first-published 2021 total"),
    ]}


# -- crude oil from Russia ---------------------------------------------------------------------------

@check("2.3-011")
def crude_from_russia_2022(ctx):
    """86.24 Mt against GACC's 2022 figure as Reuters (C03, CSV value), TASS (C04) and RT (C05) relay it."""
    tass, rt, _ = tass_rt_crude_2022(ctx)
    reuters = crude(ctx, 2022, "crude_imports_from_russia_mt")
    return {"2.3-011": [
        Computed.of(Interval.exact(reuters), "crude_oil_imports 2022 from Russia (GACC via Reuters, C03)"),
        Computed.of(rounded(tass), "TASS's rounding of the same GACC release (C04, stated_levels)", decisive=False),
        Computed.of(rounded(rt), "RT's rounding of the same GACC release (C05, stated_levels)", decisive=False),
    ]}


@check("2.3-014")
def crude_from_russia_growth_2022(ctx):
    """+8.2%: GACC's stated rate (C04); the rate from first-published levels is context."""
    reuters_2022 = Interval.exact(crude(ctx, 2022, "crude_imports_from_russia_mt"))
    level_2021 = Interval.exact(crude(ctx, 2021, "crude_imports_from_russia_mt"))
    rate = stated(ctx, "2022", "crude_imports_from_russia", "C04")
    implied_2021 = reuters_2022 / (1 + rate / 100)
    from_levels = reuters_2022.pct_change_from(level_2021)
    from_printed = ctx.printed("2.3-011").pct_change_from(level_2021)
    return {"2.3-014": [
        Computed.of(rate, "GACC's stated 2022 growth of crude from Russia (C04: 86.2 Mt, +8.2%)"),
        Computed.of(from_levels, "86.25 (C03) / 79.64 (C01, first-published 2021) − 1", decisive=False,
                    note=f"+8.2% on 86.25 implies a revised 2021 of {implied_2021.value:.2f} Mt"),
        Computed.of(from_printed, f"{ctx.text('2.3-011')} (2.3-011) / 79.64 (C01) − 1", decisive=False),
    ]}


# -- pipeline gas and LNG from Russia ---------------------------------------------------------------

@check("2.3-012")
def pipeline_gas_from_russia_2022(ctx):
    """15.5 bcm: Power of Siberia deliveries as Russian officials state them (G04); EI's standardised series as context."""
    return {"2.3-012": [
        Computed.of(rounded(gas(ctx, 2022, "pipeline_gas_power_of_siberia")), "Power of Siberia 2022 (Novak, G04; also G07)",
                    note="Russian officials' figure; GACC publishes the value of pipeline gas by country, not its volume"),
        Computed.of(Interval.exact(gas(ctx, 2022, "pipeline_gas_russia_to_china")), "EI 2022 Russia → China pipeline gas (E01)",
                    decisive=False, note="standardised to 40 MJ/m³ (GCV), a different basis"),
    ]}


@check("2.3-015")
def pipeline_gas_from_russia_growth_2022(ctx):
    """+49%: Power of Siberia 2022 over 2021 (Russian officials); EI's series as context."""
    official = rounded(gas(ctx, 2022, "pipeline_gas_power_of_siberia")).pct_change_from(
        rounded(gas(ctx, 2021, "pipeline_gas_power_of_siberia")))
    ei = Interval.exact(gas(ctx, 2022, "pipeline_gas_russia_to_china")).pct_change_from(
        Interval.exact(gas(ctx, 2021, "pipeline_gas_russia_to_china")))
    return {"2.3-015": [
        Computed.of(official, "15.5 (G04) / 10.4 (G05) − 1, Power of Siberia per Russian officials"),
        Computed.of(ei, "14.669 / 7.585 − 1 (EI, E01)", decisive=False, note="standardised to 40 MJ/m³, a different basis"),
    ]}


@check("2.3-013")
def lng_from_russia_2022(ctx):
    return Computed.of(rounded(gas(ctx, 2022, "lng_russia_to_china")), "gas_imports_from_russia 2022 LNG from Russia (GACC via G02)")


@check("2.3-016")
def lng_from_russia_growth_2022(ctx):
    """+20% against GACC's stated +44% (G02) and +43.9% (G03)."""
    lng_2022 = rounded(gas(ctx, 2022, "lng_russia_to_china"))
    g03 = stated(ctx, "2022", "lng_imports_from_russia", "G03")
    implied_gacc = lng_2022 / (1 + g03 / 100)
    implied_report = lng_2022 / (1 + ctx.printed("2.3-016") / 100)
    note = (f"implied 2021 LNG: {implied_gacc.value:.2f} Mt on GACC's rate, {implied_report.value:.2f} Mt on the "
            "report's 20%; no 2021 level is shipped")
    return {"2.3-016": [
        Computed.of(stated(ctx, "2022", "lng_imports_from_russia", "G02"), "GACC's stated 2022 growth of LNG from Russia (G02: 6.5 Mt, +44%)"),
        Computed.of(g03, "the same rate to one decimal (G03: +43.9%)", note=note),
    ]}


# -- trade value and energy's share ---------------------------------------------------------------------


@check("2.3-019")
def energy_share_of_turnover_2022(ctx):
    """Energy's share of the 2022 turnover from section 2.1's own numbers and from Table 1 (HS 27)."""
    from_text = ctx.printed("2.1-004") / 100 * ctx.printed("2.1-005")
    fuels = best_values(ctx.load("table_1")).set_index("row").loc[4, "value_2022"] / 1000
    turnover = ctx.printed("2.1-002")
    return {"2.3-019": [
        Computed.of(from_text.share_of(turnover),
                    f"{ctx.text('2.1-004')}% (2.1-004) × {ctx.text('2.1-005')} (2.1-005) / {ctx.text('2.1-002')} (2.1-002)",
                    note="Russia's energy exports only; China's energy exports to Russia would add to the share"),
        Computed.of(Interval.exact(fuels).share_of(turnover), f"Table 1 HS 27, 2022 (USD {fuels:.2f} bn) / {ctx.text('2.1-002')} (2.1-002)"),
    ]}


# -- prices of crude delivered to China ---------------------------------------------------------------------

@check("2.3-022", "2.3-023")
def crude_prices_vs_brent_2022(ctx):
    """Russian (89.7) and Saudi (98.1) crude delivered to China against Brent and GACC's 2022 unit value: context."""
    _, _, value_bn = tass_rt_crude_2022(ctx)
    per_t = value_bn * 1000 / crude(ctx, 2022, "crude_imports_from_russia_mt")
    b = brent(ctx, 2022)
    measure = "Brent spot FOB (EIA, annual) vs customs prices of crude delivered to China (period not stated): different measures"
    return {
        "2.3-022": [
            Computed.of(per_t / BBL_PER_T,
                        f"GACC 2022 value / volume of crude from Russia: USD 58.37 bn (C04, stated_levels) / 86.25 Mt = {per_t:.1f} USD/t, "
                        f"at the convention {BBL_PER_T} bbl/t", decisive=False,
                        note="a 2022 annual unit value; the report does not say which period its 89.7 covers"),
            Computed.of(b, "EIA Brent spot, 2022 average (P01)", decisive=False, note=measure),
        ],
        "2.3-023": Computed.of(b, "EIA Brent spot, 2022 average (P01)", decisive=False, note=measure),
    }


# -- contracts ------------------------------------------------------------------------------------------------

@check("2.3-025", "2.3-027", "2.3-031")
def pipeline_contracts_sum_to_48(ctx):
    """38 bcm/yr (2014 contract) + 10 bcm/yr (2022 Far East contract) = 48 bcm/yr, each from the other two."""
    ps, fe, total = ctx.printed("2.3-027"), ctx.printed("2.3-025"), ctx.printed("2.3-031")
    return {
        "2.3-031": Computed.of(ps + fe, "38 + 10 (2.3-027 + 2.3-025)"),
        "2.3-027": Computed.of(total - fe, "48 − 10 (2.3-031 − 2.3-025)", note="read as per year, as the 48 bcm/yr total needs"),
        "2.3-025": Computed.of(total - ps, "48 − 38 (2.3-031 − 2.3-027)"),
    }


@check("2.3-051")
def power_of_siberia_capacity_restated(ctx):
    """'projected capacity of 38 bcm' restates the 2014 contract's 38 bcm a year (fn 101)."""
    return Computed.of(ctx.printed("2.3-027"), "the 2014 Power of Siberia contract, 38 bcm a year (2.3-027, fn 101)")


@check("2.3-050")
def power_of_siberia_2023_vs_ei(ctx):
    """22 bcm planned for 2023 against EI's 2023 Russia → China pipeline volume: context (plan vs outcome, other basis)."""
    return Computed.of(Interval.exact(gas(ctx, 2023, "pipeline_gas_russia_to_china")), "EI 2023 Russia → China pipeline gas (E01)",
                       decisive=False, note="an outcome on EI's 40 MJ/m³ basis, not Gazprom's plan; no official 2023 figure is shipped")


@check("2.3-045")
def oil_contract_value_at_2022_prices(ctx):
    """USD 80 bn for 100 Mt against the value of 100 Mt at 2022 prices: context (a ten-year contract, not a 2022 sale)."""
    volume = ctx.printed("2.3-043")  # Mt
    implied_per_t = ctx.printed("2.3-045") * 1000 / volume
    b = brent(ctx, 2022)
    _, _, value_bn = tass_rt_crude_2022(ctx)
    unit_value = value_bn * 1000 / crude(ctx, 2022, "crude_imports_from_russia_mt")  # USD/t
    note = (f"USD 80 bn / 100 Mt = {implied_per_t.value:.0f} USD/t = {implied_per_t.value / BBL_PER_T:.1f} USD/bbl at "
            f"{BBL_PER_T} bbl/t, {(implied_per_t.value / BBL_PER_T / b - 1) * 100:.1f}% above 2022 Brent ({b})")
    return {"2.3-045": [
        Computed.of(volume * BBL_PER_T * b / 1000,
                    f"100 Mt (2.3-043) × {BBL_PER_T} bbl/t (convention) × EIA Brent 2022 ({b} USD/bbl)", decisive=False, note=note),
        Computed.of(volume * unit_value / 1000,
                    f"100 Mt (2.3-043) × GACC's 2022 unit value of crude from Russia ({unit_value:.1f} USD/t = 58.37 bn / 86.25 Mt)",
                    decisive=False, note="a 2022 customs unit value; the contract runs ten years at prices not stated"),
    ]}


# -- China's gas demand outlook ---------------------------------------------------------------------------------

@check("2.3-046", "2.3-047", "2.3-048")
def gas_demand_outlook_arithmetic(ctx):
    """'increase by 6.6% from 367 bcm to 388 bcm': each number from the other two."""
    rate, base, target = ctx.printed("2.3-046"), ctx.printed("2.3-047"), ctx.printed("2.3-048")
    return {
        "2.3-046": Computed.of(target.pct_change_from(base), "388 / 367 − 1 (2.3-048 / 2.3-047)"),
        "2.3-047": Computed.of(target / (1 + rate / 100), "388 / 1.066 (2.3-048, 2.3-046)"),
        "2.3-048": Computed.of(base * (1 + rate / 100), "367 × 1.066 (2.3-047, 2.3-046)"),
    }


# -- Yamal LNG ---------------------------------------------------------------------------------------------------

@check("2.3-032", "2.3-033", "2.3-034", "2.3-035")
def yamal_lng_output_from_its_lines(ctx):
    """About 21 Mt = three lines × 5.5 Mtpa × 120% + about 1 Mt on the fourth line; each part back from the total."""
    lines = ctx.value("2.3-033")  # a count of process lines: an integer
    design, load, fourth, total = ctx.printed("2.3-035"), ctx.printed("2.3-034") / 100, ctx.printed("2.3-036"), ctx.printed("2.3-032")
    how = "reading 'has produced' as a year's output at the stated rates"
    return {
        "2.3-032": Computed.of(lines * design * load + fourth, "3 × 5.5 Mtpa × 120% + about 1 (2.3-033, -035, -034, -036)", note=how),
        "2.3-033": Computed.of((total - fourth) / (design * load), "(about 21 − about 1) / (5.5 × 120%) (2.3-032, -036, -035, -034)", note=how),
        "2.3-034": Computed.of((total - fourth) / (lines * design) * 100, "(about 21 − about 1) / (3 × 5.5) (2.3-032, -036, -033, -035)", note=how),
        "2.3-035": Computed.of((total - fourth) / (lines * load), "(about 21 − about 1) / (3 × 120%) (2.3-032, -036, -033, -034)", note=how),
    }
