"""Section 2.1, trade and finance: turnover, balance, Tables 1 and 2, settlement currencies, oil prices."""
from __future__ import annotations

from ..tables import best_values
from ..intervals import Interval
from . import Computed, check
from .common import eia, national_currency_share_dec_2022, settlement_share, stated, trade


# -- turnover, exports, imports -------------------------------------------------------------------

@check("2.1-002", "2.1-043", "2.3-018", "I-001", "C-004")
def turnover_2022(ctx):
    """The 2022 turnover in the GACC series (T01), for every claim that states it (190.27, 190.2, 190, 185–190, 'close to 200')."""
    c = Computed.of(trade(ctx, 2022, "turnover_usd_bn"), "trade_annual 2022 turnover (GACC via T01)")
    return dict.fromkeys(("2.1-002", "2.1-043", "2.3-018", "I-001", "C-004"), c)


@check("2.3-018", "I-001", "C-004")
def turnover_2022_as_section_2_1_prints_it(ctx):
    """Restatements of the 2022 turnover against section 2.1's printed 190.27 (2.1-002)."""
    c = Computed.of(ctx.printed("2.1-002"), f"{ctx.text('2.1-002')} (2.1-002, section 2.1's 2022 turnover)")
    return dict.fromkeys(("2.3-018", "I-001", "C-004"), c)


@check("2.1-005")
def china_imports_from_russia_2022(ctx):
    """Russia's exports to China = China's imports from Russia, GACC 2022."""
    return Computed.of(trade(ctx, 2022, "china_imports_from_russia_usd_bn"), "trade_annual 2022 China's imports from Russia (T01)")


@check("2.1-006")
def china_exports_to_russia_2022(ctx):
    return Computed.of(trade(ctx, 2022, "china_exports_to_russia_usd_bn"), "trade_annual 2022 China's exports to Russia (T01)")


@check("2.1-003", "2.1-015")
def turnover_growth_2022_stated(ctx):
    """GACC's own 2022 growth rate (T02)."""
    c = Computed.of(stated(ctx, "2022", "china_russia_turnover", "T02"), "GACC's stated 2022 growth (T02: 190.271, +29.3%)")
    return {"2.1-003": c, "2.1-015": c}


@check("2.1-003", "2.1-015")
def turnover_growth_2022_from_levels(ctx):
    """Growth from the first-published levels: context, since GACC states its rate on revised 2021 data."""
    growth = trade(ctx, 2022, "turnover_usd_bn").pct_change_from(trade(ctx, 2021, "turnover_usd_bn"))
    c = Computed.of(growth, "190.27 / 146.887 − 1 (trade_annual 2022 / 2021)", decisive=False,
                    note="2021 as first published (T03); GACC's +29.3% implies a revised 2021 of 147.15")
    return {"2.1-003": c, "2.1-015": c}


@check("2.1-018")
def turnover_growth_2022_vs_ten_percent(ctx):
    """'the total volume of trade turnover was up only 10%' against the 2022 growth in the series."""
    growth = trade(ctx, 2022, "turnover_usd_bn").pct_change_from(trade(ctx, 2021, "turnover_usd_bn"))
    return Computed.of(growth, "trade_annual 2022 / 2021 − 1 (GACC)")


@check("2.1-007")
def imports_from_russia_growth_stated(ctx):
    return Computed.of(stated(ctx, "2022", "china_imports_from_russia", "T01"), "GACC's stated growth of imports from Russia (T01)")


@check("2.1-008")
def exports_to_russia_growth_stated(ctx):
    return Computed.of(stated(ctx, "2022", "china_exports_to_russia", "T01"), "GACC's stated growth of exports to Russia (T01)")


@check("2.1-009")
def exports_to_imports_ratio(ctx):
    """Russia's exports to China over China's exports to Russia, from the printed levels."""
    ratio = ctx.printed("2.1-005") / ctx.printed("2.1-006")
    return Computed.of(ratio, f"{ctx.text('2.1-005')} / {ctx.text('2.1-006')} (2.1-005 / 2.1-006)")


# -- Russia's share in China's trade -----------------------------------------------------------------

@check("2.1-010")
def share_change_in_points(ctx):
    """3.3 − 2.4: a change in percentage points (the report prints '%')."""
    return Computed.of(ctx.printed("2.1-012") - ctx.printed("2.1-011"), "3.3 − 2.4 (2.1-012 − 2.1-011), percentage points")


@check("2.1-012")
def russia_share_of_china_trade_stated(ctx):
    """GACC via T01: Russia is 'about 3%' of China's trade (printed to the unit)."""
    return Computed.of(stated(ctx, "2022", "russia_share_of_china_trade", "T01"), "T01: Russia ≈ 3% of China's trade",
                       note="stated to the nearest percent only")


# -- energy's share of Russia's exports to China ------------------------------------------------------

def mineral_fuels(ctx) -> tuple[Interval, Interval]:
    """Table 1 row 4 (HS 27), 2021 (corrected) and 2022, USD mn with the rounding of their printing."""
    row = best_values(ctx.load("table_1")).set_index("row").loc[4]
    h = 0.005  # both printed to the cent of a million
    return Interval.between(row["value_2021"], row["value_2021"] - 5, row["value_2021"] + 5), Interval.between(row["value_2022"], row["value_2022"] - h, row["value_2022"] + h)


@check("2.1-004", "2.1-016")
def energy_share_of_exports_2022(ctx):
    """Table 1 mineral fuels 2022 over Russia's 2022 exports to China."""
    _, fuels_2022 = mineral_fuels(ctx)
    share = (fuels_2022 / 1000).share_of(ctx.printed("2.1-005"))
    c = Computed.of(share, "85,451.42 USD mn (Table 1, HS 27) / USD 114.15 bn (2.1-005)")
    return {"2.1-004": c, "2.1-016": c}


@check("2.1-014")
def energy_share_of_exports_2021(ctx):
    """Table 1 mineral fuels 2021 (corrected to 53,840) over the 2021 exports implied by 114.15 and +43.4%."""
    fuels_2021, _ = mineral_fuels(ctx)
    exports_2021 = ctx.printed("2.1-005") / (1 + ctx.printed("2.1-007") / 100)
    share = (fuels_2021 / 1000).share_of(exports_2021)
    return Computed.of(share, "53,840 USD mn (Table 1 HS 27, corrected) / (114.15 / 1.434)")


@check("2.1-017", "2.1-024")
def energy_exports_growth_table_1(ctx):
    """Growth of Table 1's mineral fuels (HS 27): a related measure, not the same 'energy trade'."""
    fuels_2021, fuels_2022 = mineral_fuels(ctx)
    c = Computed.of(fuels_2022.pct_change_from(fuels_2021), "Table 1 HS 27: 85,451.42 / 53,840 − 1", decisive=False,
                    note="Russia's HS 27 exports only; the cited 64% (a November 2022 projection) is not in the shipped data")
    return {"2.1-017": c, "2.1-024": c}


# -- Table 1 and Table 2 restated in the text ----------------------------------------------------------

def table_increase(ctx, table: str, row: int) -> Interval:
    """The increase of one table row recomputed from its (corrected) values, with their printed rounding."""
    best = best_values(ctx.load(table)).set_index("row").loc[row]
    values = []
    for year in ("2021", "2022"):
        v = float(best[f"value_{year}"])
        h = 5.0 if pd_notna(best[f"value_{year}_corrected"]) and best[f"value_{year}_flag"] == "impossible" else 0.005
        values.append(Interval.between(v, v - h, v + h))
    return values[1].pct_change_from(values[0])


def pd_notna(x) -> bool:
    return x == x and x is not None


@check("2.1-019", "2.1-020", "2.1-021", "2.1-022", "2.1-023")
def table_growth_restated_in_text(ctx):
    """Growth rates the text quotes from Tables 1 and 2, recomputed from the table values."""
    spec = {"2.1-019": ("table_1", 7), "2.1-020": ("table_1", 5), "2.1-021": ("table_1", 6),
            "2.1-022": ("table_2", 3), "2.1-023": ("table_2", 1)}
    return {cid: Computed.of(table_increase(ctx, t, row), f"{t.replace('_', ' ').title()} row {row}: 2022 / 2021 − 1")
            for cid, (t, row) in spec.items()}


def _table_claims():
    ids = []
    for t in (1, 2):
        for row in range(1, 9):
            ids += [f"2.1-T{t}-{row:02d}-{cell}" for cell in ("2021", "2022", "inc")]
    return ids


@check(*_table_claims())
def table_cells_against_their_rows(ctx):
    """Every cell of Tables 1 and 2 against the other two cells of its row.

    The increase from the two values; each value from the other value and the printed increase
    (whose rounding dominates the range). Corrected readings are used where a cell is flagged.
    """
    out = {}
    for t in (1, 2):
        best = best_values(ctx.load(f"table_{t}")).set_index("row")
        for row in best.index:
            inc = ctx.printed(f"2.1-T{t}-{row:02d}-inc")
            v21 = ctx.corrected(f"2.1-T{t}-{row:02d}-2021") if pd_notna(best.loc[row, "value_2021_corrected"]) else ctx.printed(f"2.1-T{t}-{row:02d}-2021")
            v22 = ctx.corrected(f"2.1-T{t}-{row:02d}-2022") if pd_notna(best.loc[row, "value_2022_corrected"]) else ctx.printed(f"2.1-T{t}-{row:02d}-2022")
            label = f"Table {t} row {row}"
            out[f"2.1-T{t}-{row:02d}-inc"] = Computed.of(v22.pct_change_from(v21), f"{label}: 2022 / 2021 − 1")
            out[f"2.1-T{t}-{row:02d}-2021"] = Computed.of(v22 / (1 + inc / 100), f"{label}: 2022 / (1 + increase)")
            out[f"2.1-T{t}-{row:02d}-2022"] = Computed.of(v21 * (1 + inc / 100), f"{label}: 2021 × (1 + increase)")
    return out


# -- settlement currencies -----------------------------------------------------------------------------


@check("2.1-031", "2.1-032", "2.1-033", "2.1-034")
def yuan_settlement_shares_bank_of_russia(ctx):
    """The yuan's share of Russia's import and export settlements, January and December 2022 (F01)."""
    spec = {"2.1-031": ("2022-01", "imports"), "2.1-032": ("2022-12", "imports"),
            "2.1-033": ("2022-01", "exports"), "2.1-034": ("2022-12", "exports")}
    return {cid: Computed.of(settlement_share(ctx, p, flow, "cny", "F01"), f"Bank of Russia via F01: CNY share of {flow}, {p}")
            for cid, (p, flow) in spec.items()}


@check("2.1-031", "2.1-033")
def yuan_settlement_shares_precise(ctx):
    """The same start-of-2022 shares to one decimal (F07, Nabiullina): context for the rounded 4% and 0.5%."""
    return {
        "2.1-031": Computed.of(settlement_share(ctx, "2022-01", "imports", "cny", "F07"), "F07: CNY share of imports, January 2022", decisive=False),
        "2.1-033": Computed.of(settlement_share(ctx, "2022-01", "exports", "cny", "F07"), "F07: CNY share of exports, January 2022", decisive=False,
                               note="F01's 0.5 is an upper bound ('did not exceed'); F04 and F07 give 0.4"),
    }


@check("2.1-035", "2.1-039")
def national_currency_share_of_all_trade(ctx):
    """Roubles plus yuan in Russia's settlements with all partners, December 2022 (F01): context."""
    exports = national_currency_share_dec_2022(ctx, "exports")
    imports = national_currency_share_dec_2022(ctx, "imports")
    note = "all of Russia's trade, not Russia–China alone: exports 34 + 16, imports 27 + 23"
    return {
        "2.1-035": Computed.of(exports, "RUB + CNY share of Russia's export settlements, Dec 2022 (F01)", decisive=False, note=note),
        "2.1-039": Computed.of(imports / 100, "RUB + CNY share of Russia's import settlements, Dec 2022, as a fraction (F01)",
                               decisive=False, note=note),
    }


@check("2.1-037")
def yuan_share_of_exchange_fx_end_2022(ctx):
    """The yuan's share of the exchange spot FX market at end-2022 (F05): a later month, context only."""
    value = ctx.cell("fx_market_cny_share", {"period": "2022-12", "market": "exchange spot FX market (Moscow Exchange)"}, "cny_share_pct")
    return Computed.of(value, "Bank of Russia via F05: exchange spot FX market, December 2022", decisive=False,
                       note="no October 2022 value is shipped; every later reading (31.5–37%) is below 39.6%")


# -- the trade balance -------------------------------------------------------------------------------

def balance(ctx, year: int) -> Interval:
    """China's deficit with Russia: imports from Russia minus exports to Russia."""
    return trade(ctx, year, "china_imports_from_russia_usd_bn") - trade(ctx, year, "china_exports_to_russia_usd_bn")


@check("2.1-040")
def deficits_2018_to_2020(ctx):
    """Each year's deficit that 'hovered around USD 11–12 billion in 2018–2021' (2021 has no split in the series)."""
    return {"2.1-040": [Computed.of(balance(ctx, y), f"trade_annual {y}: imports from Russia − exports to Russia")
                        for y in (2018, 2019, 2020)]}


@check("2.1-041")
def deficit_2022(ctx):
    return Computed.of(balance(ctx, 2022), "trade_annual 2022: 114.15 − 76.12")


@check("2.1-042")
def deficit_share_of_turnover_2022(ctx):
    return Computed.of(balance(ctx, 2022).share_of(trade(ctx, 2022, "turnover_usd_bn")), "(114.15 − 76.12) / 190.27 (trade_annual 2022)")


@check("2.1-044")
def deficit_multiple_of_2021(ctx):
    """38 / 11.76, the report's own numbers ('three times higher' read as 'three times as large')."""
    return Computed.of(ctx.printed("2.1-041") / ctx.printed("2.1-045"), "38 / 11.76 (2.1-041 / 2.1-045)")


@check("2.1-045")
def deficit_2021_implied_by_growth_rates(ctx):
    """The 2021 deficit implied by the report's 2022 levels and growth rates."""
    imports_2021 = ctx.printed("2.1-005") / (1 + ctx.printed("2.1-007") / 100)
    exports_2021 = ctx.printed("2.1-006") / (1 + ctx.printed("2.1-008") / 100)
    return Computed.of(imports_2021 - exports_2021, "114.15 / 1.434 − 76.12 / 1.128 (2.1-005, -007, -006, -008)")


# -- oil prices ------------------------------------------------------------------------------------------


@check("2.1-055", "2.1-056")
def oil_price_2022_averages(ctx):
    """Brent and WTI 2022 averages (EIA)."""
    return {"2.1-055": Computed.of(eia(ctx, 2022, "brent_spot_usd_bbl"), "EIA Brent spot, 2022 average (P01)"),
            "2.1-056": Computed.of(eia(ctx, 2022, "wti_spot_usd_bbl"), "EIA WTI spot, 2022 average (P01)")}


@check("2.1-059")
def futures_drop_vs_2022_averages(ctx):
    """'a drop of about 30%': WTI and Brent futures of 15 March 2023 (printed) against their 2022 averages (EIA)."""
    drops = []
    for claim, column, name in (("2.1-057", "wti_spot_usd_bbl", "WTI"), ("2.1-058", "brent_spot_usd_bbl", "Brent")):
        average = eia(ctx, 2022, column)
        drops.append(Computed.of(ctx.printed(claim).pct_change_from(average),
                                 f"{ctx.text(claim)} / {average.value:.2f} − 1 ({claim}; EIA {name} 2022)"))
    return {"2.1-059": drops}


# -- dates printed in the section -----------------------------------------------------------------------

@check("2.1-026")
def years_since_2006_investment_agreement(ctx):
    """'In 2006 ... signed an Agreement ... Over the past 16 years': 2022 (the year reviewed) − 2006."""
    return Computed.of(2022 - 2006, "2022 − 2006 (the agreement's year, printed in the same paragraph)")


@check("2.1-048")
def soybean_duty_extension_years(ctx):
    """'on August 30, 2022, extended it for two more years until August 31, 2024'."""
    return Computed.of(2024 - 2022, "2024 − 2022 (the printed dates)")
