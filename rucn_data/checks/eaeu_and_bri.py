"""Section 3.1, EAEU and BRI: China's trade with Belt and Road countries, EAEU–China trade, BRI counts.

- China's trade with Belt and Road countries, 2013 and 2022, against MOFCOM's levels (china_bri_trade).
- The 151 BRI countries against fn 138's "78% of UN member states" with the 193 members (un_members).
- EAEU–China trade in 2022 bounded from below by China's trade with Russia and Kazakhstan (China's customs);
  Kazakhstan's growth by both reporters (china_kazakhstan_trade).
- Restatements (body against the title of its footnote) and counts of listed items against their lists.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

from ..intervals import Interval
from . import Computed, check
from .common import listed, stated

BRI = "china_bri_trade"
KAZ = "china_kazakhstan_trade"
KAZ_CHINA, KAZ_OWN = "China (GACC)", "Kazakhstan (national statistics)"


def bri_trade(ctx, year: int, source_id: str) -> Interval:
    """China's trade with Belt and Road countries in USD tn, as MOFCOM states it (china_bri_trade)."""
    return ctx.record(BRI, year=year, unit="usd_tn", source_id=source_id).exact("value", f"{BRI} {year}, {source_id}")


def kazakhstan(ctx, reporter: str, column: str) -> Interval:
    """China–Kazakhstan trade in 2022 as one reporter gives it, over the rounding of its printing."""
    return ctx.record(KAZ, year=2022, reporter=reporter).rounded(column, f"{KAZ} 2022 {column}, {reporter}")


def _whole(count: Interval) -> Interval:
    """A count's interval narrowed to the whole numbers in it (a number of countries is an integer)."""
    low, high = math.ceil(count.low - 1e-9), math.floor(count.high + 1e-9)
    return replace(count, low=float(low), high=float(max(low, high)), closed="both") if low <= high else count


# -- China's trade with Belt and Road countries, 2013 -> 2022 -------------------------------------------


@check("3.1-005")
def bri_trade_multiple_from_printed_levels(ctx):
    """'almost doubled': the report's own 2022 level over its 2013 level."""
    return Computed.of(ctx.printed("3.1-007") / ctx.printed("3.1-006"), "2022 over 2013, the report's levels")


@check("3.1-005")
def bri_trade_multiple_from_mofcom_levels(ctx):
    """The same multiple from MOFCOM's levels: 2022 (O05) over 2013 (O04)."""
    ratio = bri_trade(ctx, 2022, "O05") / bri_trade(ctx, 2013, "O04")
    return Computed.of(
        ratio,
        "2022 over 2013, MOFCOM's levels",
        note="two MOFCOM statements (May 2022, Mar 2023), both 'countries along the Belt and Road'",
    )


@check("3.1-005")
def bri_trade_multiple_from_mofcom_average_growth(ctx):
    """The multiple implied by MOFCOM's stated average annual growth over 2013–2022 (years printed)."""
    rate = stated(ctx, "2013-2022", "china_bri_trade", "O05")
    years = 2022 - 2013
    step = 1 + rate / 100
    multiple = Interval.exact(1)
    for _ in range(years):
        multiple = multiple * step
    multiple = multiple.described(f"({step.text})^{years}")
    implied = ((ctx.value("3.1-007") / ctx.value("3.1-006")) ** (1 / years) - 1) * 100
    return Computed.context(
        multiple,
        "2022 over 2013 compounded from MOFCOM's stated average growth (O05)",
        f"a rate stated to the whole percent; the report prints no growth rate "
        f"(its two levels imply {implied:.1f}% a year)",
    )


@check("3.1-006")
def bri_trade_2013_mofcom(ctx):
    """The 2013 level as MOFCOM states it (O04, countries along the Belt and Road)."""
    return Computed.of(bri_trade(ctx, 2013, "O04"), "China's trade with BRI countries 2013, USD tn, MOFCOM")


@check("3.1-007")
def bri_trade_2022_mofcom(ctx):
    """The 2022 level as MOFCOM states it (O05)."""
    return Computed.of(bri_trade(ctx, 2022, "O05"), "China's trade with BRI countries 2022, USD tn, MOFCOM")


# -- the BRI's age and its countries as a share of the UN ---------------------------------------------


@check("3.1-003", "3.1-012")
def bri_countries_as_share_of_un_members(ctx):
    """fn 138: (151 countries + China) as a share of the UN member states, and the count that share allows."""
    members = Interval.exact(len(ctx.load("un_members")), "UN member states, un_members")
    china = Interval.exact(1, "China")
    countries = Interval.exact(ctx.value("3.1-003"), "3.1-003")  # a count of countries is an integer
    share = ctx.printed("3.1-012")
    return {
        "3.1-012": [
            Computed.of((countries + china).share_of(members), "BRI countries with China, % of UN members"),
            Computed.context(
                countries.share_of(members),
                "BRI countries without China, % of UN members",
                "fn 138 says 'Together with China'; this reading leaves China out",
            ),
        ],
        "3.1-003": Computed.of(
            _whole(share / 100 * members - china),
            "countries besides China that fn 138's share of UN members allows, whole numbers",
        ),
    }


# -- EAEU–China trade -----------------------------------------------------------------------------------


def _russia_and_kazakhstan_2022(ctx) -> Interval:
    """China's 2022 trade with Russia and with Kazakhstan, both on China's customs basis (USD bn)."""
    russia = ctx.record("trade_annual", year=2022).exact("turnover_usd_bn", "trade_annual 2022 China–Russia")
    return russia + kazakhstan(ctx, KAZ_CHINA, "turnover_usd_bn")


@check("3.1-013", "3.1-016")
def eaeu_china_trade_2022_lower_bound(ctx):
    """EAEU–China trade in 2022 is at least China's trade with two of its members, Russia and Kazakhstan."""
    part = _russia_and_kazakhstan_2022(ctx)
    bound = Interval(part.low, math.inf, "left", part.value, f"at least {part.text}")
    label = "EAEU–China trade 2022, USD bn: at least China's trade with Russia and Kazakhstan (China's customs)"
    return {
        "3.1-013": Computed.of(
            bound,
            label,
            note="Belarus, Kyrgyzstan and Armenia add more; the members' own statistics are not shipped for a total",
        ),
        "3.1-016": Computed.context(bound, label, "2022, a year before the forecast's 2023"),
    }


@check("3.1-020")
def eaeu_china_trade_growth_two_members(ctx):
    """Growth of China's trade with Russia and Kazakhstan together in 2022 (China's customs), as a fraction."""
    russia_2021 = ctx.record("trade_annual", year=2021).exact("turnover_usd_bn", "trade_annual 2021 China–Russia")
    kaz_2022 = kazakhstan(ctx, KAZ_CHINA, "turnover_usd_bn")
    kaz_2021 = kaz_2022 / (1 + kazakhstan(ctx, KAZ_CHINA, "growth_pct") / 100)
    growth = _russia_and_kazakhstan_2022(ctx) / (russia_2021 + kaz_2021) - 1
    return {
        "3.1-020": [
            Computed.context(
                growth,
                "growth of China's trade with Russia and Kazakhstan, 2021→2022, as a fraction",
                "two of the five members; Belarus, Kyrgyzstan and Armenia are not shipped",
            ),
            Computed.context(
                stated(ctx, "2022", "china_russia_turnover", "T02") / 100,
                "GACC's stated 2022 growth of China–Russia trade (T02), as a fraction",
                "Russia only",
            ),
        ]
    }


@check("3.1-023")
def kazakhstan_growth_by_both_reporters(ctx):
    """China–Kazakhstan trade growth in 2022: Kazakhstan's statistics decide, China's customs are context."""
    return {
        "3.1-023": [
            Computed.of(
                kazakhstan(ctx, KAZ_OWN, "growth_pct"), "Kazakhstan's statistics: growth of trade with China, %"
            ),
            Computed.context(
                kazakhstan(ctx, KAZ_CHINA, "growth_pct"),
                "China's customs: growth of trade with Kazakhstan, %",
                "the other reporter: the report's source (fn 151, the EEC's figures) uses the members' own statistics",
            ),
        ]
    }


@check("3.1-024", "3.1-032")
def china_share_of_eaeu_trade(ctx):
    """China's share of EAEU external trade: the body against its footnote's title, and the EEC's 2020 share."""
    earlier = Computed.context(
        stated(ctx, "2020 Jan-Aug", "china_share_of_eaeu_external_trade", "O10"),
        "EEC via O10: China's share of EAEU external trade, Jan–Aug 2020",
        "two years earlier and part-year; no 2022 share is shipped",
    )
    return {
        "3.1-024": [Computed.of(ctx.printed("3.1-032"), "the same 2022 share in the title of fn 151, %"), earlier],
        "3.1-032": [Computed.of(ctx.printed("3.1-024"), "the same 2022 share in the body, %"), earlier],
    }


# -- China Railway Express: the cumulative count ---------------------------------------------------------


@check("3.1-010")
def railway_express_cumulative_to_november_2022(ctx):
    """Cumulative China–Europe trains to end-November 2022, from the count of 29 Jan 2022 and the 2022 trips."""
    trains = "china_europe_trains"
    at_jan_29 = ctx.record(trains, period="cumulative to 2022-01-29", source_id="X08").exact(
        "trips", "cumulative trains to 2022-01-29, X08"
    )
    jan_nov = ctx.record(trains, period="2022-01..2022-11", source_id="X10").exact(
        "trips", "trains January–November 2022, X10"
    )
    days_after = Interval.exact((date(2022, 11, 30) - date(2022, 1, 29)).days, "days 30 January–30 November 2022")
    days_all = Interval.exact((date(2022, 11, 30) - date(2021, 12, 31)).days, "days January–November 2022")
    cumulative = at_jan_29 + jan_nov * days_after / days_all
    return Computed.context(
        cumulative,
        "cumulative China–Europe trains to end-November 2022",
        "assumes the trains of 1–29 January 2022 ran at the January–November daily average; "
        "the cumulative count was 'exceeded', so this is a floor under that assumption",
    )


# -- counts of what the text lists -----------------------------------------------------------------------


@check("3.1-011", "3.1-014", "3.1-028", "3.1-029")
def listed_methods_sections_factors_corridors(ctx):
    """'two methods', 'three sections', 'three factors', 'Three of BRI's six main economic corridors'."""
    methods = ["the '5+1' format (the BRI as framework)", "the '1+1' format (the Greater Eurasian Partnership)"]
    sections = [
        "electronic document management for railway freight",
        "a dialogue on trade policy issues",
        "an analysis of scenarios for deeper cooperation",
    ]
    factors = [
        "the geographical and spatial dimension",
        "Second, ideological compatibility",
        "the financial advantages Russian experts point out",
    ]
    corridors = [
        "the Russia–Mongolia–China economic corridor",
        "the Eurasian Land Bridge",
        "the China – Central Asia – Western Asia economic corridor",
    ]
    return listed(
        {
            "3.1-011": ("methods listed", "methods the text describes", methods),
            "3.1-014": ("sections listed", "bullets of the Roadmap", sections),
            "3.1-028": ("factors listed", "factors the text discusses", factors),
            "3.1-029": ("corridors named", "corridors the sentence names", corridors),
        }
    )
