"""Section 2.2, transport and logistics: China–Europe trains, border-crossing shares, ranks and counts.

- The 2022 trains and TEU of fn 57 against China Railway's counts (china_europe_trains): January–November
  2022 is a lower bound for the year; the 2021 counts give the growth. The body restates fn 57's headline
  (and narrows it to trains through Russia), so the two are checked against each other.
- The border-crossing shares of China–Europe transit (fn 58, fn 70) must fit within 100% together.
- Zabaikalsk's "up to 65%" of Russia–China trade against the part of 2022 trade by value that could cross
  by rail at all (context: the footnote states no basis).
- A cited forecast of a halving against the report's reported growth (context: another measure).
- The "five years" of the corridor extension, stated in 2.1 and 2.2; the "firsts" of the body against the
  titles of their footnotes; the counts of listed factors against the lists the text gives.
"""

from __future__ import annotations

import math

from ..intervals import Interval
from . import Computed, check
from .common import listed

TRAINS = "china_europe_trains"
ELEVEN_MONTHS = "2022-01..2022-11"


def _ceiling(bound: Interval) -> Interval:
    """A share known only to lie between 0 and ``bound`` (the bound's own rounding widens the top)."""
    return Interval.between(bound.value, 0.0, bound.high).described(f"at most {bound.text}")


def _at_least(bound: Interval) -> Interval:
    """Every value from ``bound`` up (a part of a total is a lower bound of the total)."""
    return Interval(bound.low, math.inf, "left", bound.value, f"at least {bound.text}")


def trains(ctx, period: str, source_id: str, column: str, rounded: bool = False) -> Interval:
    """One cell of China–Europe train counts (china_europe_trains), named by period, column and source."""
    return ctx.record(TRAINS, period=period, source_id=source_id).take(
        column, f"{TRAINS} {period} {column}, {source_id}", rounded=rounded
    )


# -- China–Europe trains and TEU in 2022 ----------------------------------------------------------------


@check("2.2-005", "2.2-006")
def fn57_full_year_at_least_eleven_months(ctx):
    """The 2022 trips and TEU of fn 57's headline against China Railway's January–November 2022 counts."""
    return {
        "2.2-005": Computed.of(
            _at_least(trains(ctx, ELEVEN_MONTHS, "X10", "trips")),
            "China–Europe trips in 2022: at least those of January–November",
        ),
        "2.2-006": Computed.of(
            _at_least(trains(ctx, ELEVEN_MONTHS, "X10", "teu_mn")),
            "China–Europe TEU in 2022 (mn): at least those of January–November",
        ),
    }


@check("2.2-001", "2.2-003")
def trains_and_teu_at_least_eleven_months(ctx):
    """The body's 2022 trains and TEU against China Railway's January–November counts (X10): context.

    (fn 57's headline prints the same two figures: claims.csv's ``restates`` checks them against the body.)
    """
    note = (
        "all China–Europe trips, while the body speaks of trains that transited Russia; January–November, not the year"
    )
    what = {"2.2-001": ("trips", "trips"), "2.2-003": ("teu_mn", "TEU (mn)")}
    return {
        cid: Computed.context(
            _at_least(trains(ctx, ELEVEN_MONTHS, "X10", column)),
            f"China–Europe {name} in 2022: at least those of January–November",
            note,
        )
        for cid, (column, name) in what.items()
    }


@check("2.2-002")
def train_growth_2021_to_2022(ctx):
    """Growth in trips: the body's 2022 level (2.2-001) over China State Railway's 2021 counts (X08, X09)."""
    trips_2022 = ctx.printed("2.2-001")
    label = "growth of China–Europe trips, 2022 (the report) over 2021, %"
    return {
        "2.2-002": [
            Computed.of(trips_2022.pct_change_from(trains(ctx, "2021", "X08", "trips")), label),
            Computed.of(
                trips_2022.pct_change_from(trains(ctx, "2021", "X09", "trips", rounded=True)),
                label,
                note="X09's 2021 count is a rounded headline ('to hit'), taken over its rounding",
            ),
            Computed.context(
                trains(ctx, ELEVEN_MONTHS, "X10", "trips_growth_pct", rounded=True),
                "China Railway's stated growth of trips, January–November 2022",
                "eleven months over eleven months, not the year",
            ),
        ]
    }


@check("2.2-007")
def teu_growth_2021_to_2022(ctx):
    """fn 57's '(+9%)' read as the TEU growth: its TEU (2.2-006) over 2021 TEU (X09)."""
    return {
        "2.2-007": [
            Computed.of(
                ctx.printed("2.2-006").pct_change_from(trains(ctx, "2021", "X09", "teu_mn", rounded=True)),
                "growth of China–Europe TEU, 2022 (fn 57) over 2021, %",
            ),
            Computed.context(
                trains(ctx, ELEVEN_MONTHS, "X10", "teu_growth_pct", rounded=True),
                "China Railway's stated growth of TEU, January–November 2022",
                "eleven months over eleven months, not the year",
            ),
        ]
    }


# -- shares of China–Europe transit by border crossing -------------------------------------------


@check("2.2-004", "2.2-018")
def transit_crossing_shares_fit_in_100(ctx):
    """Kazakh crossings (fn 58) and Zabaikalsk (fn 70) are disjoint routes: their shares fit within 100%."""
    kazakh, zabaikalsk = ctx.printed("2.2-004"), ctx.printed("2.2-018")
    whole = Interval.exact(100, "all China–Europe transit, %")
    note = "neither footnote states a year or a unit (trains, TEU or tonnes); both read as shares of one transit flow"
    return {
        "2.2-004": Computed.of(
            _ceiling(whole - zabaikalsk), "share left for the Kazakh crossings by Zabaikalsk's share", note=note
        ),
        "2.2-018": Computed.of(
            _ceiling(whole - kazakh), "share left for Zabaikalsk by the Kazakh crossings' share", note=note
        ),
    }


# -- Zabaikalsk–Manzhouli's share of all Russia–China trade -----------------------------------------


@check("2.2-017")
def zabaikalsk_trade_share_ceiling_2022(ctx):
    """Share of 2022 turnover that could cross by rail: turnover less pipeline gas, LNG and crude oil, by value."""
    turnover = ctx.record("trade_annual", year=2022).exact("turnover_usd_bn", "trade_annual 2022 turnover")
    gas = "gas_imports_from_russia"
    pipeline = ctx.record(gas, year=2022, item="pipeline_gas_value_china_customs").exact("value", "pipeline gas 2022")
    lng = ctx.record(gas, year=2022, item="lng_russia_to_china_value").exact("value", "LNG 2022")
    crude = ctx.record(
        "stated_levels", period="2022", subject="crude_imports_from_russia_value", source_id="C04"
    ).exact("value", "crude oil 2022, C04")
    ceiling = (turnover - pipeline - lng - crude).share_of(turnover)
    return Computed.context(
        _ceiling(ceiling),
        "largest share of 2022 trade by value that could cross by rail, %",
        "fn 70 states no basis (value, tonnes or rail freight) or period; crude oil goes mostly "
        "by pipeline and sea, and some of the rest by sea or road, so by value the share is lower",
    )


# -- the cited forecast of a halving against the reported growth ------------------------------------


@check("2.2-010")
def halving_forecast_vs_reported_growth(ctx):
    """2022 over 2021 for China–Europe trains implied by the report's growth (2.2-002), against the forecast."""
    ratio = 1 + ctx.printed("2.2-002") / 100
    return Computed.context(
        ratio,
        "2022 over 2021, China–Europe trips, from the report's growth",
        "Vedomosti's October 2022 forecast of China→EU container transit via Russia, not the "
        "Infotrans count of all China–Europe train trips; a forecast against an outcome of a "
        "different measure",
    )


# -- the corridor extension, stated in 2.1 and in 2.2 --------------------------------------------------


# -- "firsts" of the body against the titles of their footnotes ---------------------------------------

FIRSTS = {"2.2-027": "2.2-028", "2.2-029": "2.2-030", "2.2-032": "2.2-033"}


@check(*FIRSTS, *FIRSTS.values())
def firsts_against_their_footnote_titles(ctx):
    """A road bridge, a road route and a freight train called 'first' in the body and in the cited title."""
    out = {}
    for body, title in FIRSTS.items():
        out[body] = Computed.of(ctx.printed(title), "rank in the title of the cited source")
        out[title] = Computed.of(ctx.printed(body), "rank in the body sentence the source supports")
    return out


# -- counts of what the text lists -----------------------------------------------------------------------


@check("2.2-020", "2.2-021")
def listed_factors_and_ways(ctx):
    """'two main factors' and 'three ways': the items the text goes on to list."""
    factors = [
        "First, diversified ties with China a priority for Russia",
        "Second, years of simplifying transport and customs procedures",
    ]
    ways = [
        "First, the special military operation's demand on Russia's resources",
        "Second, sanctions risks for Chinese companies",
        "Third, China–Europe trains rerouted from Ukraine",
    ]
    return listed(
        {
            "2.2-020": ("factors listed", "factors the text lists", factors),
            "2.2-021": ("ways listed", "ways the text lists", ways),
        }
    )
