"""Section 2.3, energy: oil prices, Russian gas in Europe, China's imports and suppliers, contracts, Yamal LNG.

Every dataset used is described in ``datapackage.json``; its source ids resolve in the ``sources`` dataset
(``rucn_data.load("sources")``). Bases matter here:

- crude from Russia: GACC as relayed by Reuters (C03), TASS (C04) and RT (C05), one release rounded three ways;
  China's 2022 total is the Energy Institute's (E01), 2021's GACC's (C01);
- pipeline gas from Russia: Russian officials' Power of Siberia deliveries (G04, G05) and the EI's series,
  standardised to one gross calorific value (E01). GACC publishes the value of pipeline gas by country (G06), not
  its volume, although the report attributes the volume to Chinese customs;
- oil prices: EIA Brent spot (P01), daily (``oil_prices_daily``) and annual (``oil_prices_eia``). Spot is the basis
  of "global oil prices" in general, so it decides the report's price levels; a customs unit value or a contract
  price is another measure (context);
- gas and coal trade: selected Statistical Review cells (``ei_gas_coal_trade``) of three editions (bp 2022, EI 2023,
  EI 2024). A ratio takes its parts from one edition; EI's Europe region is not Russia's "unfriendly countries".

Conversions between tonnes and barrels use the convention ``BBL_PER_T`` = 7.33 bbl/t, stated wherever it is used;
results that need it are context only. Counts of items the text lists are checked against the list, and a figure
the report prints twice (body and a source's title) is checked in both directions.
"""

from __future__ import annotations

import math

from .. import series
from ..intervals import Interval
from ..tables import best_values
from . import Computed, check
from .common import counted, eia, stated

CRUDE = "crude_oil_imports"
GAS = "gas_imports_from_russia"
EI = "ei_gas_coal_trade"
BBL_PER_T = 7.33  # convention: barrels per tonne of crude (a typical average, not a property of the data)
EMBARGO = "2022-12-05"  # the EU embargo on Russian seaborne crude and the price cap took effect (2.3-002)
ARTICLE = "2023-02-06"  # fn 91 (Vesti, 6 Feb 2023): the latest day the report's source can describe
SPOT = "EIA spot (FOB) is the basis of 'global oil prices' in general, Brent the global benchmark"


def crude(ctx, year: int, column: str, label: str) -> Interval:
    return ctx.record(CRUDE, year=year).exact(column, label)


def gas(ctx, year: int, item: str, label: str, rounded: bool = False) -> Interval:
    return ctx.record(GAS, year=year, item=item).take("value", label, rounded=rounded)


def level(ctx, subject: str, source_id: str, label: str, rounded: bool = False) -> Interval:
    """A 2022 level as a source states it (stated_levels)."""
    where = {"period": "2022", "subject": subject, "source_id": source_id}
    return ctx.record("stated_levels", **where).take("value", label, rounded=rounded)


def ei(ctx, year: int, name: str, edition: str) -> Interval:
    """One Statistical Review cell of ``ei_gas_coal_trade``, named by its edition, year and series."""
    return ctx.record(EI, year=year, series=name, edition=edition).exact("value", f"{edition}: {name} {year}")


def per_barrel() -> Interval:
    return Interval.exact(BBL_PER_T, "bbl/t, convention")


def unit_value_2022(ctx) -> Interval:
    """GACC's 2022 value per tonne of crude from Russia (USD/t): TASS's value (C04) over Reuters' volume (C03)."""
    value = level(ctx, "crude_imports_from_russia_value", "C04", "USD bn, GACC via TASS, C04")
    volume = crude(ctx, 2022, "crude_imports_from_russia_mt", "Mt, GACC via Reuters, C03")
    return value * 1000 / volume


def rank_of_russia(suppliers: dict[str, Interval], total: Interval, unit: str) -> Interval:
    """Russia's rank among the listed origins; origins not listed (total − listed) could each rank above it
    only with more than Russia's volume, so they widen the rank by at most (total − listed) / Russia."""
    russia = suppliers["Russia"]
    above = [v for name, v in suppliers.items() if name != "Russia" and v.value > russia.value]
    unlisted = total.value - sum(v.value for v in suppliers.values())
    low = 1 + len(above)
    high = low + math.floor(max(unlisted, 0.0) / russia.value)
    text = (
        f"rank of Russia {russia.text} among {len(suppliers)} listed origins; above it: "
        f"{', '.join(v.text for v in above) or 'none'}; "
        f"not listed: {unlisted:.2f} {unit} = {total.text} − listed"
    )
    return Interval.between(low, low, high).described(text)


# -- world oil prices in 2022 and after the embargo ------------------------------------------------


@check("2.3-001")
def oil_price_highs_h1_2022(ctx):
    """'rose to 130 dollars per barrel in Q1 and Q2 of 2022': Brent's daily high in each quarter; means as context."""
    q = series.oil_price_stats("brent", "quarterly", prices=ctx.load("oil_prices_daily"))
    highs, means = [], []
    for quarter in ("2022Q1", "2022Q2"):
        row = q.loc[quarter]
        high = Interval.exact(row["max"], f"EIA Brent spot, daily high of {quarter}, on {row['date_of_max']}, P01")
        highs.append(Computed.of(high, f"the level Brent rose to in {quarter}", note=SPOT))
        mean = Interval.exact(round(row["mean"], 2), f"EIA Brent spot, mean of the {row['days']} days of {quarter}")
        means.append(
            Computed.context(mean, f"Brent's average in {quarter}", "'rose to' names a high, not a quarter's average")
        )
    return {"2.3-001": highs + means}


@check("2.3-002")
def oil_price_after_embargo(ctx):
    """'declined to 90 dollars ... after the EU's imposition of an embargo and a price ceiling': Brent's daily
    prices from the day the embargo and cap took effect to the date of the cited article; before and later: context."""
    prices = ctx.load("oil_prices_daily")

    def window(start, end):
        w = series.oil_price_window(start, end, "brent", prices=prices)
        label = (
            f"EIA Brent spot, mean of the {w['days']} days {w['first_day']} … {w['last_day']}, daily range "
            f"{w['min']:.2f}–{w['max']:.2f}, P01"
        )
        return Interval.between(round(w["mean"], 2), w["min"], w["max"], label)

    last_day = str(prices["date"].max())[:10]
    return {
        "2.3-002": [
            Computed.of(
                window(EMBARGO, ARTICLE),
                "the levels Brent took after the embargo and price cap took effect, "
                "up to the date of the report's source (fn 91)",
                note=SPOT,
            ),
            Computed.context(
                window("2022-09-01", "2022-11-30"),
                "Brent in the three months before the embargo",
                "before the embargo, not after it: where the printed level does lie",
            ),
            Computed.context(
                window(EMBARGO, last_day),
                "Brent from the embargo to the end of the shipped series",
                "a longer window than the source can describe",
            ),
        ]
    }


# -- Russian gas in Europe -------------------------------------------------------------------------------


def russian_gas_to_europe(ctx, year: int, edition: str) -> Interval:
    return ei(ctx, year, "Russia -> Europe natural gas by pipeline", edition) + ei(
        ctx, year, "Russia -> Europe LNG", edition
    )


def russian_share_of_europe(ctx, year: int, edition: str) -> Interval:
    return russian_gas_to_europe(ctx, year, edition).share_of(ei(ctx, year, "Europe natural gas consumption", edition))


@check("2.3-003", "2.3-004")
def russian_gas_to_europe_vs_unfriendly(ctx):
    """Russia's gas exports to 'unfriendly countries' against Russia → Europe, pipeline plus LNG (EI): context."""
    note = (
        "EI's Europe region (with Turkey and the Balkans, without Japan or Korea) is not Russia's list of "
        "'unfriendly countries'"
    )
    return {
        "2.3-003": Computed.context(
            russian_gas_to_europe(ctx, 2022, "EI 2023"),
            "Russia's gas to Europe, 2022, EI 2023 edition",
            note + "; the report's source predates the year's end",
        ),
        "2.3-004": Computed.context(
            russian_gas_to_europe(ctx, 2021, "bp 2022"), "Russia's gas to Europe, 2021, bp 2022 edition", note
        ),
    }


@check("2.3-005", "2.3-020")
def russian_share_of_european_gas_before_2022(ctx):
    """'from 30–35%': Russia's pipeline gas and LNG to Europe over Europe's consumption in 2021 (bp 2022 edition)."""
    c = Computed.of(
        russian_share_of_europe(ctx, 2021, "bp 2022"),
        "Russian gas as a share of Europe's gas consumption in 2021, the last year before 2022",
        note="'the European market' read as EI's Europe region; numerator and denominator from the bp 2022 edition",
    )
    return {"2.3-005": c, "2.3-020": c}


@check("2.3-006", "2.3-021")
def russian_share_of_european_gas_2022(ctx):
    """'to 7.5%' (October 2022) against the 2022 annual share: context (an annual share, not a point in time)."""
    c = Computed.context(
        russian_share_of_europe(ctx, 2022, "EI 2023"),
        "Russian gas as a share of Europe's gas consumption, 2022 as a whole, EI 2023 edition",
        "a year's share, including the months before the cuts, not the October 2022 level",
    )
    return {"2.3-006": c, "2.3-021": c}


# -- China's total imports of crude oil and gas -------------------------------------------------------


@check("2.3-007")
def china_crude_imports_2022(ctx):
    """China's 2022 crude imports: the Energy Institute's figure (GACC's own total is not shipped)."""
    total = crude(ctx, 2022, "china_total_crude_imports_mt", "EI 2024, E01, crude incl. condensates")
    why = "the report cites GACC; EI's compilation is the only shipped 2022 total"
    return Computed.of(total, "China's crude imports, 2022", note=why)


@check("2.3-008")
def china_crude_imports_growth_2022(ctx):
    """The printed 2022 total (GACC per the report) over GACC's 2021 total (C01); EI's 2022 total as context."""
    total_2021 = ctx.record(CRUDE, year=2021).rounded("china_total_crude_imports_mt", "GACC 2021, C01")
    ei_2022 = crude(ctx, 2022, "china_total_crude_imports_mt", "EI 2022, E01")
    return {
        "2.3-008": [
            Computed.of(
                ctx.printed("2.3-007").pct_change_from(total_2021),
                "change of the printed 2022 total on GACC's 2021 total",
                note="the printed level's rounding dominates the range",
            ),
            Computed.context(
                ei_2022.pct_change_from(total_2021),
                "change of EI's 2022 total on GACC's 2021 total",
                "mixes the EI 2022 total with GACC's first-published 2021 total",
            ),
        ]
    }


@check("2.3-010")
def china_gas_imports_growth_2022_in_bcm(ctx):
    """-9.9% in tonnes (GACC) against China's pipeline plus LNG imports in bcm (first-published editions): context."""

    def imports(year, edition, pipeline):
        return ei(ctx, year, pipeline, edition) + ei(ctx, year, "China total LNG imports", edition)

    change = imports(2022, "EI 2023", "China total pipeline gas imports (all origins)").pct_change_from(
        imports(2021, "bp 2022", "China total pipeline gas imports")
    )
    return Computed.context(
        change,
        "change of China's gas imports (pipeline + LNG), 2021 → 2022, in bcm",
        "volumes in bcm, not GACC's tonnes; each year from its first edition (bp 2022, EI 2023)",
    )


# -- crude oil from Russia ---------------------------------------------------------------------------


@check("2.3-011")
def crude_from_russia_2022(ctx):
    """86.24 Mt against GACC's 2022 figure as Reuters (C03, CSV value), TASS (C04) and RT (C05) relay it."""
    reuters = crude(ctx, 2022, "crude_imports_from_russia_mt", "GACC via Reuters, C03")
    tass = level(ctx, "crude_imports_from_russia", "C04", "GACC via TASS, C04", rounded=True)
    rt = level(ctx, "crude_imports_from_russia", "C05", "GACC via RT, C05", rounded=True)
    return {
        "2.3-011": [
            Computed.of(reuters, "crude from Russia, 2022, to two decimals"),
            Computed.context(
                tass,
                "TASS's rounding of the same GACC release",
                "a one-decimal rounding cannot decide a two-decimal figure",
            ),
            Computed.context(
                rt,
                "RT's rounding of the same GACC release",
                "a one-decimal rounding cannot decide a two-decimal figure",
            ),
        ]
    }


@check("2.3-014")
def crude_from_russia_growth_2022(ctx):
    """+8.2%: GACC's stated rate (C04); the rate from first-published levels is context."""
    reuters_2022 = crude(ctx, 2022, "crude_imports_from_russia_mt", "GACC 2022 via Reuters, C03")
    level_2021 = crude(ctx, 2021, "crude_imports_from_russia_mt", "GACC 2021 as first published, C01")
    rate = stated(ctx, "2022", "crude_imports_from_russia", "C04")
    implied_2021 = reuters_2022 / (1 + rate / 100)
    return {
        "2.3-014": [
            Computed.of(rate, "GACC's stated 2022 growth of crude from Russia"),
            Computed.context(
                reuters_2022.pct_change_from(level_2021),
                "growth from first-published levels",
                f"GACC's rate on the 2022 level implies a revised 2021 of {implied_2021.value:.2f} Mt",
            ),
            Computed.context(
                ctx.printed("2.3-011").pct_change_from(level_2021),
                "growth from the printed 2022 level",
                "the 2021 level as first published (C01); GACC states its rate on a revised 2021",
            ),
        ]
    }


# -- pipeline gas and LNG from Russia ---------------------------------------------------------------


@check("2.3-012")
def pipeline_gas_from_russia_2022(ctx):
    """15.5 bcm: Power of Siberia deliveries as Russian officials state them (G04); EI's series as context."""
    official = gas(ctx, 2022, "pipeline_gas_power_of_siberia", "Power of Siberia 2022, Novak, G04", rounded=True)
    ei_2022 = gas(ctx, 2022, "pipeline_gas_russia_to_china", "EI 2022 Russia → China pipeline, E01")
    return {
        "2.3-012": [
            Computed.of(
                official,
                "Russian officials' figure",
                note="GACC publishes the value of pipeline gas by country, not its volume",
            ),
            Computed.context(
                ei_2022, "the Energy Institute's figure", "standardised to one gross calorific value, a different basis"
            ),
        ]
    }


@check("2.3-015")
def pipeline_gas_from_russia_growth_2022(ctx):
    """+49%: Power of Siberia 2022 over 2021 (Russian officials); EI's series as context."""
    official = gas(ctx, 2022, "pipeline_gas_power_of_siberia", "2022, Novak, G04", rounded=True).pct_change_from(
        gas(ctx, 2021, "pipeline_gas_power_of_siberia", "2021, Gazprom via Sputnik, G05", rounded=True)
    )
    ei_growth = gas(ctx, 2022, "pipeline_gas_russia_to_china", "EI 2022, E01").pct_change_from(
        gas(ctx, 2021, "pipeline_gas_russia_to_china", "EI 2021, E01")
    )
    return {
        "2.3-015": [
            Computed.of(official, "growth of Power of Siberia deliveries per Russian officials"),
            Computed.context(
                ei_growth,
                "growth on the Energy Institute's series",
                "standardised to one gross calorific value, a different basis",
            ),
        ]
    }


@check("2.3-013")
def lng_from_russia_2022(ctx):
    return Computed.of(
        gas(ctx, 2022, "lng_russia_to_china", "GACC via TASS, G02", rounded=True), "LNG from Russia, 2022"
    )


@check("2.3-016")
def lng_from_russia_growth_2022(ctx):
    """+20% against GACC's stated growth of LNG from Russia (G02, and G03 to one decimal)."""
    lng_2022 = gas(ctx, 2022, "lng_russia_to_china", "GACC 2022 via TASS, G02", rounded=True)
    g03 = stated(ctx, "2022", "lng_imports_from_russia", "G03")
    implied_gacc = lng_2022 / (1 + g03 / 100)
    implied_report = lng_2022 / (1 + ctx.printed("2.3-016") / 100)
    note = (
        f"implied 2021 LNG: {implied_gacc.value:.2f} Mt on GACC's rate, {implied_report.value:.2f} Mt on the "
        "report's; no 2021 level is shipped"
    )
    return {
        "2.3-016": [
            Computed.of(
                stated(ctx, "2022", "lng_imports_from_russia", "G02"),
                "GACC's stated 2022 growth of LNG from Russia (TASS)",
            ),
            Computed.of(g03, "the same rate to one decimal (Silk Route News)", note=note),
        ]
    }


@check("2.3-017")
def russia_rank_among_chinas_suppliers(ctx):
    """'second largest supplier of oil, pipeline gas and coal': Russia's rank among the origins of each, 2022."""
    frame = ctx.load(EI)

    def origins(prefix: str, total_name: str, unit: str) -> Interval:
        rows = frame[(frame["year"] == 2022) & (frame["edition"] == "EI 2023") & frame["series"].str.startswith(prefix)]
        suppliers = {}
        for name in rows["series"]:
            origin = name.removeprefix(prefix)
            suppliers["Russia" if origin.startswith("Russia") else origin] = ei(ctx, 2022, name, "EI 2023")
        return rank_of_russia(suppliers, ei(ctx, 2022, total_name, "EI 2023"), unit)

    oil = {
        "Russia": crude(ctx, 2022, "crude_imports_from_russia_mt", "GACC via Reuters, C03"),
        "Saudi Arabia": level(ctx, "crude_imports_from_saudi_arabia", "C03", "Saudi Arabia, GACC via Reuters, C03"),
    }
    oil_total = crude(ctx, 2022, "china_total_crude_imports_mt", "China's total, EI 2024, E01")
    return {
        "2.3-017": [
            Computed.of(
                origins("China pipeline gas imports from ", "China total pipeline gas imports (all origins)", "bcm"),
                "Russia's rank among China's suppliers of pipeline gas, 2022 (EI 2023 edition)",
                note="a rank: EI's volume basis moves levels far less than the gaps between origins",
            ),
            Computed.of(
                origins("Coal exports to China from ", "China total inter-area coal imports (all origins)", "EJ"),
                "Russia's rank among China's suppliers of coal, 2022 (EI 2023 edition)",
                note="ranked by energy content (EJ), not by tonnes",
            ),
            Computed.of(
                rank_of_russia(oil, oil_total, "Mt"),
                "Russia's rank among China's suppliers of crude oil, 2022",
                note="only Saudi Arabia's volume is shipped besides Russia's: the rank is bounded, not pinned; "
                "GACC's volumes against EI's total",
            ),
        ]
    }


# -- trade value and energy's share ---------------------------------------------------------------------


@check("2.3-019")
def energy_share_of_turnover_2022(ctx):
    """Energy's share of the 2022 turnover from section 2.1's own numbers and from Table 1 (HS 27)."""
    from_text = ctx.printed("2.1-004") / 100 * ctx.printed("2.1-005")
    fuels_mn = best_values(ctx.load("table_1")).set_index("row").loc[4, "value_2022"]
    fuels = Interval.exact(fuels_mn, "Table 1 row 4, HS 27, 2022, USD mn") / 1000
    turnover = ctx.printed("2.1-002")
    return {
        "2.3-019": [
            Computed.of(
                from_text.share_of(turnover),
                "energy's share of Russia's exports, applied to them, over the turnover (section 2.1's numbers)",
                note="Russia's energy exports only; China's energy exports to Russia would add to the share",
            ),
            Computed.of(fuels.share_of(turnover), "Table 1's mineral fuels over the turnover"),
        ]
    }


# -- prices of crude delivered to China ---------------------------------------------------------------------


@check("2.3-022", "2.3-023")
def crude_prices_vs_brent_2022(ctx):
    """Russian and Saudi crude delivered to China against Brent and GACC's 2022 unit value: context."""
    b = eia(ctx, 2022, "brent_spot_usd_bbl")
    measure = (
        "Brent spot FOB (EIA, annual) vs customs prices of crude delivered to China (period not stated): "
        "different measures"
    )
    return {
        "2.3-022": [
            Computed.context(
                unit_value_2022(ctx) / per_barrel(),
                "GACC's 2022 value per barrel of crude from Russia, at the tonne-to-barrel convention",
                "a 2022 annual unit value; the report does not say which period its price covers",
            ),
            Computed.context(b, "Brent's 2022 average", measure),
        ],
        "2.3-023": Computed.context(b, "Brent's 2022 average", measure),
    }


# -- agreements and contracts of February 2022 ------------------------------------------------------------


@check("2.3-024")
def agreements_of_february_2022(ctx):
    """'three agreements': the documents of early 2022 the text names."""
    items = (
        "the Gazprom–CNPC contract, Far East route (fn 101–102)",
        "Rosneft–CNPC Agreement 3",
        "the Memorandum of Understanding on Cooperation in Low-Carbon Development",
    )
    return Computed.of(
        counted(items, "items listed at lines 1455–1457 and 1600–1604"),
        "documents the text names as signed",
        note="the memorandum is not itself a supply agreement; counted as the text lists it",
    )


@check("2.3-025", "2.3-027", "2.3-031")
def pipeline_contracts_sum_to_48(ctx):
    """38 bcm/yr (2014 contract) + 10 bcm/yr (2022 Far East contract) = 48 bcm/yr, each from the other two."""
    ps, fe, total = ctx.printed("2.3-027"), ctx.printed("2.3-025"), ctx.printed("2.3-031")
    return {
        "2.3-031": Computed.of(ps + fe, "the 2014 contract plus the 2022 contract"),
        "2.3-027": Computed.of(
            total - fe, "the total less the 2022 contract", note="read as per year, as the total a year needs"
        ),
        "2.3-025": Computed.of(total - ps, "the total less the 2014 contract"),
    }


@check("2.3-030")
def two_pipelines(ctx):
    """'the two pipelines': those of the two contracts the paragraph describes."""
    items = (
        "Power of Siberia ('Siberia Power Line', fn 101)",
        "the Far East route fed from Sakhalin ('this gas pipeline')",
    )
    return Computed.of(
        counted(items, "items listed at lines 1471 and 1475"), "pipelines of the contracts the text describes"
    )


@check("2.3-050")
def power_of_siberia_2023_vs_ei(ctx):
    """22 bcm planned for 2023 against EI's 2023 Russia → China volume: context (plan vs outcome, other basis)."""
    return Computed.context(
        gas(ctx, 2023, "pipeline_gas_russia_to_china", "EI 2023 Russia → China pipeline, E01"),
        "the Energy Institute's 2023 outcome",
        "an outcome on EI's standardised basis, not Gazprom's plan; no official 2023 figure is shipped",
    )


@check("2.3-045")
def oil_contract_value_at_2022_prices(ctx):
    """USD 80 bn for 100 Mt against 100 Mt at 2022 prices: context (a ten-year contract, not a 2022 sale)."""
    volume = ctx.printed("2.3-043")  # Mt
    b = eia(ctx, 2022, "brent_spot_usd_bbl")
    implied = ctx.printed("2.3-045") * 1000 / volume / per_barrel()  # USD/bbl
    note = (
        f"the contract's implied price is {implied.value:.1f} USD/bbl at {BBL_PER_T} bbl/t, "
        f"{(implied.value / b.value - 1) * 100:.1f}% above Brent's 2022 average"
    )
    return {
        "2.3-045": [
            Computed.context(volume * per_barrel() * b / 1000, "the volume at Brent's 2022 average, USD bn", note),
            Computed.context(
                volume * unit_value_2022(ctx) / 1000,
                "the volume at GACC's 2022 unit value of crude from Russia, USD bn",
                "a 2022 customs unit value; the contract runs ten years at prices not stated",
            ),
        ]
    }


# -- China's gas demand outlook ---------------------------------------------------------------------------------


@check("2.3-046", "2.3-047", "2.3-048")
def gas_demand_outlook_arithmetic(ctx):
    """'increase by 6.6% from 367 bcm to 388 bcm': each number from the other two."""
    rate, base, target = ctx.printed("2.3-046"), ctx.printed("2.3-047"), ctx.printed("2.3-048")
    return {
        "2.3-046": Computed.of(target.pct_change_from(base), "growth from the base to the forecast"),
        "2.3-047": Computed.of(target / (1 + rate / 100), "the forecast taken back by the growth rate"),
        "2.3-048": Computed.of(base * (1 + rate / 100), "the base grown by the growth rate"),
    }


# -- Yamal LNG ---------------------------------------------------------------------------------------------------


@check("2.3-032", "2.3-033", "2.3-034", "2.3-035")
def yamal_lng_output_from_its_lines(ctx):
    """About 21 Mt = three lines × 5.5 Mtpa × 120% + about 1 Mt on the fourth line; each part back from the total."""
    lines = Interval.exact(ctx.value("2.3-033"), "2.3-033, a count of lines")
    design, fourth, total = ctx.printed("2.3-035"), ctx.printed("2.3-036"), ctx.printed("2.3-032")
    load = ctx.printed("2.3-034") / 100
    how = "reading 'has produced' as a year's output at the stated rates"
    return {
        "2.3-032": Computed.of(
            lines * design * load + fourth, "output of the lines at their load, plus the fourth line", note=how
        ),
        "2.3-033": Computed.of((total - fourth) / (design * load), "lines needed for the output", note=how),
        "2.3-034": Computed.of((total - fourth) / (lines * design) * 100, "load the output needs, %", note=how),
        "2.3-035": Computed.of(
            (total - fourth) / (lines * load), "design capacity per line the output needs", note=how
        ),
    }


# -- gas union, oil grades, Vostok Oil, Arctic fields ---------------------------------------------------------


@check("2.3-062", "2.3-063")
def triple_gas_union(ctx):
    """'a triple gas union with Kazakhstan and Uzbekistan': the members the sentence names; the title restates it."""
    members = counted(("Russia", "Kazakhstan", "Uzbekistan"), "items listed at line 1542")
    union = Computed.of(members, "countries of the proposed union")
    return {
        "2.3-062": [union, Computed.of(ctx.printed("2.3-063"), "the same count as fn 110's title prints it")],
        "2.3-063": [union, Computed.of(ctx.printed("2.3-062"), "the same count as the body prints it")],
    }


@check("2.3-039")
def three_rare_grades(ctx):
    return Computed.of(
        counted(("Arco", "Varandey", "Novy Port"), "items listed at line 1563"), "grades the sentence names"
    )


@check("2.3-042")
def two_arctic_fields(ctx):
    return Computed.of(
        counted(("Varandey", "Prirazlomnoye"), "items listed at line 1595"), "fields the previous sentence names"
    )


# -- Russian LNG: target, loans -----------------------------------------------------------------------------------


@check("2.3-057")
def two_credit_lines(ctx):
    banks = counted(("the Export-Import Bank of China", "China Development Bank"), "items listed at lines 1645–1646")
    return Computed.of(
        banks, "lenders the sentence names", note="one credit line from each bank, as the sentence reads"
    )
