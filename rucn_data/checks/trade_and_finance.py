"""Section 2.1, trade and finance: turnover, balance, Tables 1 and 2, settlement currencies, forecasts, oil prices."""

from __future__ import annotations

import pandas as pd

from ..intervals import Interval
from ..tables import best_values
from . import Computed, check
from .common import (
    counted,
    eia,
    national_currency_share_dec_2022,
    restated,
    settlement_share,
    stated,
    trade,
)

# -- turnover, exports, imports -------------------------------------------------------------------


@check("2.1-002", "2.1-043", "2.3-018", "I-001", "C-004")
def turnover_2022(ctx):
    """The 2022 turnover in the GACC series (T01), for every claim that states it."""
    c = Computed.of(trade(ctx, 2022, "turnover_usd_bn"), "trade_annual 2022 turnover (GACC via T01)")
    return dict.fromkeys(("2.1-002", "2.1-043", "2.3-018", "I-001", "C-004"), c)


@check("2.1-005")
def china_imports_from_russia_2022(ctx):
    """Russia's exports to China = China's imports from Russia, GACC 2022."""
    return Computed.of(
        trade(ctx, 2022, "china_imports_from_russia_usd_bn"), "trade_annual 2022 China's imports from Russia (T01)"
    )


@check("2.1-006")
def china_exports_to_russia_2022(ctx):
    return Computed.of(
        trade(ctx, 2022, "china_exports_to_russia_usd_bn"), "trade_annual 2022 China's exports to Russia (T01)"
    )


@check("2.1-003", "2.1-015")
def turnover_growth_2022_stated(ctx):
    """GACC's own 2022 growth rate (T02)."""
    c = Computed.of(stated(ctx, "2022", "china_russia_turnover", "T02"), "GACC's stated 2022 growth of the turnover")
    return {"2.1-003": c, "2.1-015": c}


@check("2.1-003", "2.1-015")
def turnover_growth_2022_from_levels(ctx):
    """Growth from the first-published levels: context, since GACC states its rate on revised 2021 data."""
    level_2022 = trade(ctx, 2022, "turnover_usd_bn")
    growth = level_2022.pct_change_from(trade(ctx, 2021, "turnover_usd_bn"))
    revised_2021 = level_2022 / (1 + stated(ctx, "2022", "china_russia_turnover", "T02") / 100)
    c = Computed.context(
        growth,
        "growth of the turnover from the first-published 2021 level (trade_annual)",
        f"2021 as first published (T03); GACC's stated rate implies a revised 2021 total of {revised_2021.value:.2f}",
    )
    return {"2.1-003": c, "2.1-015": c}


@check("2.1-018")
def turnover_growth_2022_vs_ten_percent(ctx):
    """'the total volume of trade turnover was up only 10%' against the 2022 growth: series, report, China's total."""
    growth = trade(ctx, 2022, "turnover_usd_bn").pct_change_from(trade(ctx, 2021, "turnover_usd_bn"))
    total_note = "China's trade with the world, in case 'the total volume of trade turnover' meant it"
    usd = ctx.record("china_total_trade", year=2022, source_id="X02").rounded(
        "growth_usd_pct", "China's total goods trade, 2022 growth in USD (X02)"
    )
    cny = ctx.record("china_total_trade", year=2022, source_id="X03").rounded(
        "growth_cny_pct", "China's total goods trade, 2022 growth in CNY (X03)"
    )
    return {
        "2.1-018": [
            Computed.of(growth, "growth of the 2022 turnover (trade_annual, GACC)"),
            restated(ctx, "2.1-003"),
            Computed.context(usd, "China's total trade growth in USD", total_note),
            Computed.context(cny, "China's total trade growth in CNY", total_note),
        ]
    }


@check("2.1-007", "2.1-008")
def imports_and_exports_growth_stated(ctx):
    """GACC's stated 2022 growth of China's imports from and exports to Russia (T01)."""
    flows = {
        "2.1-007": ("china_imports_from_russia", "imports from"),
        "2.1-008": ("china_exports_to_russia", "exports to"),
    }
    return {
        cid: Computed.of(stated(ctx, "2022", subject, "T01"), f"GACC's stated growth of {flow} Russia (T01)")
        for cid, (subject, flow) in flows.items()
    }


@check("2.1-009")
def exports_to_imports_ratio(ctx):
    """Russia's exports to China over China's exports to Russia, from the printed levels."""
    ratio = ctx.printed("2.1-005") / ctx.printed("2.1-006")
    return Computed.of(ratio, "Russia's exports to China over China's exports to Russia, as printed")


# -- Russia's share in China's trade -----------------------------------------------------------------


def share_of_china_trade(ctx, year: int, source_id: str) -> Interval:
    """GACC's China–Russia turnover over China's total goods trade (USD tn, with its printed rounding), in percent."""
    total = ctx.record("china_total_trade", year=year, source_id=source_id).rounded(
        "total_trade_usd_tn", f"China's total goods trade {year}, USD tn ({source_id})"
    )
    return trade(ctx, year, "turnover_usd_bn").share_of(total * 1000)


@check("2.1-010")
def share_change_in_points(ctx):
    """The change of Russia's share: from the two printed shares, and from GACC's totals (in percentage points)."""
    return {
        "2.1-010": [
            Computed.of(
                ctx.printed("2.1-012") - ctx.printed("2.1-011"), "the 2022 share less the 2021 share, as printed, pp"
            ),
            Computed.of(
                share_of_china_trade(ctx, 2022, "X02") - share_of_china_trade(ctx, 2021, "X01"),
                "the 2022 share less the 2021 share, from GACC's totals, pp",
            ),
        ]
    }


@check("2.1-011")
def russia_share_of_china_trade_2021(ctx):
    return Computed.of(share_of_china_trade(ctx, 2021, "X01"), "China–Russia turnover over China's total trade, 2021")


@check("2.1-012")
def russia_share_of_china_trade_2022(ctx):
    """GACC's turnover over China's total trade, and GACC's own 'about 3%' (T01, printed to the unit)."""
    return {
        "2.1-012": [
            Computed.of(share_of_china_trade(ctx, 2022, "X02"), "China–Russia turnover over China's total trade, 2022"),
            Computed.of(
                stated(ctx, "2022", "russia_share_of_china_trade", "T01"),
                "T01: Russia's share of China's trade",
                note="stated to the nearest percent only",
            ),
        ]
    }


# -- energy's share of Russia's exports to China ------------------------------------------------------


def mineral_fuels(ctx) -> tuple[Interval, Interval]:
    """Table 1 row 4 (mineral fuels), 2021 in its corrected reading and 2022 as printed, USD mn."""
    return ctx.best("2.1-T1-04-2021"), ctx.best("2.1-T1-04-2022")


@check("2.1-004", "2.1-016")
def energy_share_of_exports_2022(ctx):
    """Table 1 mineral fuels 2022 over Russia's 2022 exports to China."""
    _, fuels_2022 = mineral_fuels(ctx)
    share = (fuels_2022 / 1000).share_of(ctx.printed("2.1-005"))
    c = Computed.of(share, "Table 1 mineral fuels 2022 (USD mn, in bn) over Russia's 2022 exports to China")
    return {"2.1-004": c, "2.1-016": c}


@check("2.1-014")
def energy_share_of_exports_2021(ctx):
    """Table 1 mineral fuels 2021 (corrected) over the 2021 exports implied by 2.1-005 and its growth 2.1-007."""
    fuels_2021, _ = mineral_fuels(ctx)
    exports_2021 = ctx.printed("2.1-005") / (1 + ctx.printed("2.1-007") / 100)
    share = (fuels_2021 / 1000).share_of(exports_2021)
    return Computed.of(
        share,
        "Table 1 mineral fuels 2021 (corrected reading) over the 2021 exports implied by the 2022 level and its growth",
    )


@check("2.1-017", "2.1-024")
def energy_exports_growth_table_1(ctx):
    """Growth of Table 1's mineral fuels: a related measure (Russia's exports only), not the same 'energy trade'."""
    fuels_2021, fuels_2022 = mineral_fuels(ctx)
    c = Computed.context(
        fuels_2022.pct_change_from(fuels_2021),
        "growth of Table 1 mineral fuels, 2021 (corrected) to 2022",
        "Russia's HS 27 exports only, full year; the cited figure is energy trade in "
        "both directions from a November 2022 source",
    )
    return {"2.1-017": c, "2.1-024": c}


# -- Table 1 and Table 2 restated in the text ----------------------------------------------------------


def table_increase(ctx, table: str, row: int) -> Interval:
    """The increase of one table row recomputed from its (corrected) values, with their printed rounding."""
    best = best_values(ctx.load(table)).set_index("row").loc[row]
    values = []
    for year in ("2021", "2022"):
        v = float(best[f"value_{year}"])
        h = 5.0 if pd.notna(best[f"value_{year}_corrected"]) and best[f"value_{year}_flag"] == "impossible" else 0.005
        values.append(Interval.between(v, v - h, v + h))
    return values[1].pct_change_from(values[0])


@check("2.1-019", "2.1-020", "2.1-021", "2.1-022", "2.1-023")
def table_growth_restated_in_text(ctx):
    """Growth rates the text quotes from Tables 1 and 2, recomputed from the table values."""
    spec = {
        "2.1-019": ("table_1", 7),
        "2.1-020": ("table_1", 5),
        "2.1-021": ("table_1", 6),
        "2.1-022": ("table_2", 3),
        "2.1-023": ("table_2", 1),
    }
    return {
        cid: Computed.of(table_increase(ctx, t, row), f"{t.replace('_', ' ').title()} row {row}: 2022 / 2021 − 1")
        for cid, (t, row) in spec.items()
    }


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
            cell = f"2.1-T{t}-{row:02d}"
            inc = ctx.printed(f"{cell}-inc")
            v21 = (
                ctx.corrected(f"{cell}-2021")
                if pd.notna(best.loc[row, "value_2021_corrected"])
                else ctx.printed(f"{cell}-2021")
            )
            v22 = (
                ctx.corrected(f"{cell}-2022")
                if pd.notna(best.loc[row, "value_2022_corrected"])
                else ctx.printed(f"{cell}-2022")
            )
            label = f"Table {t} row {row}"
            out[f"{cell}-inc"] = Computed.of(v22.pct_change_from(v21), f"{label}: 2022 / 2021 − 1")
            out[f"{cell}-2021"] = Computed.of(v22 / (1 + inc / 100), f"{label}: 2022 / (1 + increase)")
            out[f"{cell}-2022"] = Computed.of(v21 * (1 + inc / 100), f"{label}: 2021 × (1 + increase)")
    return out


# -- investment -------------------------------------------------------------------------------------


# -- settlement currencies -----------------------------------------------------------------------------


@check("2.1-031", "2.1-032", "2.1-033", "2.1-034")
def yuan_settlement_shares_bank_of_russia(ctx):
    """The yuan's share of Russia's import and export settlements, January and December 2022 (F01)."""
    spec = {
        "2.1-031": ("2022-01", "imports"),
        "2.1-032": ("2022-12", "imports"),
        "2.1-033": ("2022-01", "exports"),
        "2.1-034": ("2022-12", "exports"),
    }
    return {
        cid: Computed.of(
            settlement_share(ctx, p, flow, "cny", "F01"), f"Bank of Russia via F01: CNY share of {flow}, {p}"
        )
        for cid, (p, flow) in spec.items()
    }


@check("2.1-031", "2.1-033")
def yuan_settlement_shares_precise(ctx):
    """The same start-of-2022 shares to one decimal (F07, Nabiullina): context for the rounded printed shares."""
    return {
        "2.1-031": Computed.context(
            settlement_share(ctx, "2022-01", "imports", "cny", "F07"),
            "F07: CNY share of imports, January 2022",
            "Nabiullina's share 'two years ago' in January 2024: dated by the interview, not a monthly statistic",
        ),
        "2.1-033": Computed.context(
            settlement_share(ctx, "2022-01", "exports", "cny", "F07"),
            "F07: CNY share of exports, January 2022",
            "F01 states an upper bound ('did not exceed'); F04 and F07 give one decimal",
        ),
    }


ALL_TRADE = "all of Russia's trade with every partner, not Russia–China alone"


@check("2.1-035", "2.1-039")
def national_currency_share_of_all_trade(ctx):
    """Roubles plus yuan in Russia's settlements with all partners, December 2022 (F01): context."""
    exports = national_currency_share_dec_2022(ctx, "exports")
    imports = national_currency_share_dec_2022(ctx, "imports")
    return {
        "2.1-035": [
            Computed.context(exports, "RUB + CNY share of Russia's export settlements, Dec 2022 (F01)", ALL_TRADE),
            Computed.context(imports, "RUB + CNY share of Russia's import settlements, Dec 2022 (F01)", ALL_TRADE),
        ],
        "2.1-039": [
            Computed.context(
                exports / 100,
                "RUB + CNY share of Russia's export settlements, Dec 2022 (F01), as a fraction",
                ALL_TRADE,
            ),
            Computed.context(
                imports / 100,
                "RUB + CNY share of Russia's import settlements, Dec 2022 (F01), as a fraction",
                ALL_TRADE,
            ),
        ],
    }


@check("2.1-035", "2.1-039")
def national_currency_share_body_and_footnote_title(ctx):
    """The body's 50% (corrected: national currencies' share) and fn 45's 'almost half': each against the other."""
    return {
        "2.1-035": Computed.of(ctx.printed("2.1-039") * 100, "the same quantity as 2.1-039 states it, in percent"),
        "2.1-039": Computed.of(
            ctx.best("2.1-035") / 100, "the same quantity as 2.1-035 states it, in its corrected reading, as a fraction"
        ),
    }


@check("2.1-037")
def yuan_share_of_exchange_fx_end_2022(ctx):
    """The yuan's share of the exchange spot FX market at end-2022 (F05): a later month, context only."""
    where = {"period": "2022-12", "market": "exchange spot FX market (Moscow Exchange)"}
    share = ctx.record("fx_market_cny_share", **where).exact("cny_share_pct", "F05: exchange spot FX market, Dec 2022")
    return Computed.context(
        share,
        "Bank of Russia via F05: the yuan's share of exchange spot FX trading",
        "a later month: no October 2022 value is shipped",
    )


# -- the trade balance -------------------------------------------------------------------------------


def balance(ctx, year: int) -> Interval:
    """China's deficit with Russia: imports from Russia minus exports to Russia."""
    return trade(ctx, year, "china_imports_from_russia_usd_bn") - trade(ctx, year, "china_exports_to_russia_usd_bn")


@check("2.1-040")
def deficits_2018_to_2020(ctx):
    """Each year's deficit that 'hovered around USD 11–12 billion in 2018–2021' (2021 has no split in the series)."""
    return {
        "2.1-040": [
            Computed.of(balance(ctx, y), f"trade_annual {y}: imports from Russia − exports to Russia")
            for y in (2018, 2019, 2020)
        ]
    }


@check("2.1-041")
def deficit_2022(ctx):
    return {
        "2.1-041": [
            Computed.of(balance(ctx, 2022), "trade_annual 2022: imports from Russia − exports to Russia"),
            Computed.of(
                ctx.printed("2.1-005") - ctx.printed("2.1-006"),
                "the report's 2022 exports to China less its imports from China, as printed",
            ),
        ]
    }


@check("2.1-042")
def deficit_share_of_turnover_2022(ctx):
    return Computed.of(
        balance(ctx, 2022).share_of(trade(ctx, 2022, "turnover_usd_bn")),
        "China's 2022 deficit with Russia as a share of the turnover (trade_annual)",
    )


@check("2.1-044")
def deficit_multiple_of_2021(ctx):
    """The two printed deficits ('three times higher' read as 'three times as large')."""
    return Computed.of(
        ctx.printed("2.1-041") / ctx.printed("2.1-045"), "the 2022 deficit over the 2021 deficit, as printed"
    )


@check("2.1-045")
def deficit_2021_implied_by_growth_rates(ctx):
    """The 2021 deficit implied by the report's 2022 levels and growth rates."""
    imports_2021 = ctx.printed("2.1-005") / (1 + ctx.printed("2.1-007") / 100)
    exports_2021 = ctx.printed("2.1-006") / (1 + ctx.printed("2.1-008") / 100)
    return Computed.of(
        imports_2021 - exports_2021, "the 2021 deficit implied by the printed 2022 levels and growth rates"
    )


# -- prospects: the forecasts the section relays ----------------------------------------------------


def forecast(ctx, publisher: str, indicator: str, source_id: str) -> Interval:
    """A January-2023 forecast for 2023 as published (forecasts_jan2023), with the rounding of its printing."""
    return ctx.record("forecasts_jan2023", publisher=publisher, indicator=indicator, period=2023).rounded(
        "value_pct", f"{publisher} Jan 2023 forecast: {indicator}, 2023 ({source_id})"
    )


@check("2.1-049")
def three_variables_listed(ctx):
    """'three main variables': the variables the following paragraphs name."""
    items = ("the world economy's decline", "global energy prices", "secondary sanctions")
    return Computed.of(
        counted(items, "items listed in the paragraphs after 'three main variables'"), "variables the text lists"
    )


@check("2.1-050", "2.1-060", "2.1-061", "2.1-053", "2.1-054", "2.1-062")
def forecasts_as_published(ctx):
    """What the World Bank (GEP, January 2023) and the IMF (WEO Update, January 2023) forecast for 2023."""
    world = Computed.of(forecast(ctx, "World Bank", "world real GDP growth", "X04"), "the forecast as published")
    return {
        "2.1-050": world,
        "2.1-060": world,
        "2.1-061": world,
        "2.1-053": Computed.of(
            forecast(ctx, "World Bank", "China real GDP growth", "X05"), "the forecast as published"
        ),
        "2.1-054": Computed.of(
            forecast(ctx, "World Bank", "Russia real GDP growth", "X05"), "the forecast as published"
        ),
        "2.1-062": Computed.of(forecast(ctx, "IMF", "oil price change", "X07"), "the forecast as published"),
    }


@check("2.1-050", "2.1-060", "2.1-061")
def world_growth_forecast_body_and_footnote_titles(ctx):
    """The body's 1.7% and the titles of fn 51 and fn 52: each against the others."""
    return {
        "2.1-050": [restated(ctx, "2.1-060"), restated(ctx, "2.1-061")],
        "2.1-060": restated(ctx, "2.1-050"),
        "2.1-061": restated(ctx, "2.1-050"),
    }


# -- oil prices ------------------------------------------------------------------------------------------

EI_NOTE = "the Energy Institute's assessment (E01), another price series than EIA's"


@check("2.1-055", "2.1-056")
def oil_price_2022_averages(ctx):
    """Brent and WTI 2022 averages (EIA), with the Energy Institute's averages as context."""
    ei_brent = ctx.record("oil_prices_ei", year=2022).exact("brent_dated_usd_bbl", "EI Dated Brent 2022")
    ei_wti = ctx.record("oil_prices_ei", year=2022).exact("wti_cushing_usd_bbl", "EI WTI Cushing 2022")
    return {
        "2.1-055": [
            Computed.of(eia(ctx, 2022, "brent_spot_usd_bbl"), "EIA Brent spot, 2022 average (P01)"),
            Computed.context(ei_brent, "Energy Institute Dated Brent, 2022 average", EI_NOTE),
        ],
        "2.1-056": [
            Computed.of(eia(ctx, 2022, "wti_spot_usd_bbl"), "EIA WTI spot, 2022 average (P01)"),
            Computed.context(ei_wti, "Energy Institute WTI Cushing, 2022 average", EI_NOTE),
        ],
    }


@check("2.1-057", "2.1-058")
def spot_prices_on_15_march_2023(ctx):
    """EIA's spot prices on the day of the printed futures settlements: another basis, context only."""
    day = pd.Timestamp("2023-03-15")
    note = "spot (FOB), not the futures settlement the report prints"
    return {
        "2.1-057": Computed.context(
            ctx.record("oil_prices_daily", date=day).exact("wti_spot_usd_per_bbl", "EIA WTI spot 2023-03-15"),
            "EIA WTI spot the same day",
            note,
        ),
        "2.1-058": Computed.context(
            ctx.record("oil_prices_daily", date=day).exact("brent_spot_usd_per_bbl", "EIA Brent spot 2023-03-15"),
            "EIA Brent spot the same day",
            note,
        ),
    }


@check("2.1-059")
def futures_drop_vs_2022_averages(ctx):
    """'a drop of about 30%': 15 March 2023 futures (printed) against the 2022 averages (printed, EIA; EI context)."""
    results = []
    for claim, average, column, ei_column, name in (
        ("2.1-057", "2.1-056", "wti_spot_usd_bbl", "wti_cushing_usd_bbl", "WTI"),
        ("2.1-058", "2.1-055", "brent_spot_usd_bbl", "brent_dated_usd_bbl", "Brent"),
    ):
        futures = ctx.printed(claim)
        results.append(
            Computed.of(
                futures.pct_change_from(ctx.printed(average)),
                f"{name}: the printed futures price against the printed 2022 average",
            )
        )
        results.append(
            Computed.of(
                futures.pct_change_from(eia(ctx, 2022, column)),
                f"{name}: the printed futures price against EIA's 2022 average",
            )
        )
        ei = ctx.record("oil_prices_ei", year=2022).exact(ei_column, f"EI {name} 2022")
        results.append(
            Computed.context(
                futures.pct_change_from(ei),
                f"{name}: the printed futures price against the Energy Institute's 2022 average",
                EI_NOTE,
            )
        )
    return {"2.1-059": results}


# -- dates printed in the section -----------------------------------------------------------------------


@check("2.1-026")
def years_since_2006_investment_agreement(ctx):
    """'In 2006 ... signed an Agreement ... Over the past 16 years': the year reviewed less the agreement's year."""
    years = Interval.exact(2022, "the year the report reviews") - Interval.exact(
        2006, "the agreement's year, same paragraph"
    )
    return Computed.of(years, "years since the agreement")


@check("2.1-048")
def soybean_duty_extension_years(ctx):
    """'on August 30, 2022, extended it for two more years until August 31, 2024'."""
    years = Interval.exact(2024, "year the extension ends") - Interval.exact(2022, "year it was extended")
    return Computed.of(years, "years between the printed dates")
