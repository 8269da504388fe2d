"""Section 2.2, transport and logistics: border-crossing shares and the 2022 China–Europe train figures.

No shipped dataset covers transport, so these checks are arithmetic on the report's own numbers plus
the shipped 2022 trade and gas values. None of them can confirm a claim, so all are context only:
- the Kazakh crossings' "about 70%" and Zabaikalsk's "more than 25%" of China–Europe transit must fit
  within 100% together with the other crossings in use (neither footnote gives a source, year or unit);
- Zabaikalsk's "up to 65%" of Russia–China trade must fit within the trade that can pass a rail
  crossing at all (the turnover less pipeline gas and LNG; crude oil's value is not shipped);
- the cited forecast that container transit would "halve" in 2022, set against the report's
  reported +9% (a projection of a different measure, not the outcome).
"""
from __future__ import annotations

from ..intervals import Interval
from . import Computed, check


def _ceiling(bound: Interval) -> Interval:
    """A share known only to lie between 0 and ``bound`` (the bound's own rounding widens the top)."""
    return Interval.between(bound.value, 0.0, bound.high)


# -- shares of China–Europe transit by border crossing -------------------------------------------

@check("2.2-004", "2.2-018")
def transit_crossing_shares_fit_in_100(ctx):
    """Kazakh crossings (about 70%) plus Zabaikalsk (more than 25%) against 100% of China–Europe transit."""
    kazakh, zabaikalsk = ctx.printed("2.2-004"), ctx.printed("2.2-018")
    note = ("fn 58 and fn 70 name no source, year or unit (trains, TEU or tonnes) and the body says "
            "Suifenhe–Grodekovo also carried transit; 70 + 25 = 95 leaves under 5% for the other crossings")
    return {
        "2.2-004": Computed.of(_ceiling(100 - zabaikalsk),
                               "at most 100 − 25 (Zabaikalsk, 2.2-018 'more than 25%'), less Suifenhe's share",
                               decisive=False, note=note),
        "2.2-018": Computed.of(_ceiling(100 - kazakh),
                               "at most 100 − about 70 (Kazakh crossings, 2.2-004), less Suifenhe's share",
                               decisive=False, note=note),
    }


# -- Zabaikalsk–Manzhouli's share of all Russia–China trade -----------------------------------------

@check("2.2-017")
def zabaikalsk_trade_share_ceiling_2022(ctx):
    """Share of 2022 turnover that could cross by rail: turnover less pipeline gas and LNG (shipped values)."""
    turnover = Interval.exact(ctx.cell("trade_annual", {"year": 2022}, "turnover_usd_bn"))
    pipeline = Interval.exact(ctx.cell("gas_imports_from_russia", {"year": 2022, "item": "pipeline_gas_value_china_customs"}, "value"))
    lng = Interval.exact(ctx.cell("gas_imports_from_russia", {"year": 2022, "item": "lng_russia_to_china_value"}, "value"))
    ceiling = (turnover - pipeline - lng).share_of(turnover)
    return Computed.of(_ceiling(ceiling),
                       "(190.27 − 3.98 pipeline gas − 6.74 LNG) / 190.27 (trade_annual, gas_imports_from_russia 2022)",
                       decisive=False,
                       note="an upper bound, which cannot contradict 'up to 65%'; crude oil's value (not shipped) would "
                            "also have to come off, and 'energy > 70% of imports' includes coal and oil products that do go by rail")


# -- the cited forecast of a halving against the reported growth ------------------------------------

@check("2.2-010")
def halving_forecast_vs_reported_growth(ctx):
    """2022 over 2021 for China–Europe trains implied by the report's +9% (2.2-002), against the forecast ×0.5."""
    ratio = 1 + ctx.printed("2.2-002") / 100
    return Computed.of(ratio, "1 + 9% (2.2-002: trains in 2022 vs 2021)", decisive=False,
                       note="Vedomosti's October 2022 forecast of China→EU container transit via Russia, not the "
                            "Infotrans count of all China–Europe train trips; a forecast against an outcome of a different measure")
