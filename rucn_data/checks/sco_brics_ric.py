"""Section 3.2, the SCO, BRICS and RIC: India–Russia trade, the groups' GDP, the investment portfolio, counts and dates.

India–Russia trade is shipped only by Indian fiscal year (April–March, ``india_russia_trade``), so the
calendar-2022 level and the growth rates on other bases are shown as context; the April 2022–January 2023
imports can be bracketed by the nine-month and twelve-month cumulative values of the same fiscal year.
The SCO's and BRICS's GDP are World Bank values (a later release than the report's sources, so every such
result carries the revision allowance) summed over the members of the year (``series.group_members``).
"""

from __future__ import annotations

from .. import series
from ..intervals import Interval
from . import Computed, check
from .common import WORLD_BANK, counted, group_total, world_bank_sum, world_total

INDIA = "india_russia_trade"
INDIA_COLUMNS = {
    "total_usd_mn": "India–Russia trade",
    "india_imports_from_russia_usd_mn": "India's imports from Russia",
}


def india(ctx, fiscal_year: str, column: str, rounded: bool = False) -> Interval:
    """One value of India–Russia trade by Indian fiscal year, in USD bn (the dataset is in USD mn)."""
    frame = ctx.load(INDIA)
    source = frame.loc[frame["fiscal_year"] == fiscal_year, "source_id"].iloc[0]
    iv = ctx.record(INDIA, fiscal_year=fiscal_year).take(column, rounded=rounded) / 1000
    return iv.labelled(f"{INDIA_COLUMNS[column]} FY{fiscal_year}, USD bn, {source}")


# -- RIC ----------------------------------------------------------------------------------------------


@check("3.2-001", "3.2-002")
def ric_countries(ctx):
    """'the three countries': the countries the text names in 'Russia–India–China (RIC)'."""
    c = Computed.of(
        counted(["Russia", "India", "China"], "countries named in 'Russia–India–China (RIC)'"),
        "RIC's members as the section names them",
    )
    return {"3.2-001": c, "3.2-002": c}


@check("3.2-004")
def ric_top_level_meetings(ctx):
    """'three top-level meetings': the meetings the passage lists."""
    meetings = ["2006 St. Petersburg (G8)", "2018 Argentina (G20)", "2019 Japan (G20)"]
    return Computed.of(counted(meetings, "top-level meetings listed"), "RIC leaders' meetings the text lists")


@check("3.2-003")
def ric_rounds_of_meetings(ctx):
    """'eighteen rounds' of top-official and foreign-minister meetings against the meetings the report itself names."""
    foreign_ministers = Interval.exact(18, "ordinal of the November 2021 'Foreign Ministers Meeting' the report names")
    online_2020 = Interval.between(0.5, 0, 1, "the 2020 online meeting, if not one of those rounds")
    rounds = foreign_ministers + ctx.printed("3.2-004") + online_2020 + ctx.printed("3.2-037")
    return Computed.of(
        rounds,
        "foreign ministers' rounds to November 2021 + top-level meetings + the 2020 online "
        "meeting + formal meetings since",
    )


# -- India–Russia trade -----------------------------------------------------------------------------------


@check("3.2-005", "3.2-011")
def india_russia_trade_calendar_2022_estimate(ctx):
    """Calendar 2022 estimated from fiscal-year rows: April–December 2022 plus a pro-rata January–March 2022."""
    apr_dec_2022 = india(ctx, "2022-23 (Apr-Dec)", "total_usd_mn", rounded=True)  # its source gives a round 'about'
    fy_2021_22 = india(ctx, "2021-22", "total_usd_mn")
    estimate = apr_dec_2022 + fy_2021_22 * 3 / 12
    implied = ctx.value("3.2-005") - apr_dec_2022.value
    c = Computed.context(
        estimate,
        "April–December 2022 (over the rounding its source prints) + 3/12 of FY2021-22 as January–March 2022",
        "calendar 2022 is not shipped (fiscal years only); January–March 2022 assumed to be a quarter "
        f"of FY2021-22; the printed level implies January–March 2022 of {implied:.1f} bn",
    )
    return {"3.2-005": c, "3.2-011": c}


@check("3.2-008")
def india_imports_from_russia_apr_jan(ctx):
    """April 2022–January 2023 lies between the April–December 2022 and the full FY2022-23 cumulative imports."""
    nine_months = india(ctx, "2022-23 (Apr-Dec)", "india_imports_from_russia_usd_mn")
    twelve_months = india(ctx, "2022-23", "india_imports_from_russia_usd_mn")
    january = Interval.between(1 / 3, 0, 1, "part of January–March 2023 imports that fell in January; value pro rata")
    return Computed.of(
        nine_months + (twelve_months - nine_months) * january,
        "ten months of FY2022-23 imports, between the nine- and twelve-month cumulatives",
    )


@check("3.2-009")
def india_imports_growth_apr_jan_pro_rata(ctx):
    """The April–January level over a pro-rata ten months of FY2021-22 imports: context (that base is assumed)."""
    fy_2021_22 = india(ctx, "2021-22", "india_imports_from_russia_usd_mn")
    growth = ctx.printed("3.2-008").pct_change_from(fy_2021_22 * 10 / 12)
    implied_prior = ctx.value("3.2-008") / (1 + ctx.value("3.2-009") / 100)
    return Computed.context(
        growth,
        "April–January imports over 10/12 of FY2021-22 imports",
        f"the printed rate implies April 2021–January 2022 imports of {implied_prior:.2f} bn, "
        f"{implied_prior / fy_2021_22.value:.0%} of FY2021-22 for 10 of 12 months (imports rose "
        "from March 2022, so below pro rata is plausible)",
    )


@check("3.2-009", "3.2-010")
def india_imports_growth_384_vs_nearly_400(ctx):
    """'up 384%' and the next sentence's 'surged by nearly 400%' (fn 168) state one surge: each against the other."""
    note = "the report says 'compared to 2021'; the only rate printed for the surge is the April–January one"
    return {
        "3.2-009": Computed.of(ctx.printed("3.2-010"), "the next sentence's rate for the same surge (fn 168)"),
        "3.2-010": Computed.of(
            ctx.printed("3.2-009"), "India's imports from Russia, April–January y/y, the sentence before", note=note
        ),
    }


@check("3.2-010", "3.2-012")
def india_imports_growth_fiscal_year(ctx):
    """FY2022-23 over FY2021-22 imports from Russia: context (fiscal years, not 2022 on 2021)."""
    growth = india(ctx, "2022-23", "india_imports_from_russia_usd_mn").pct_change_from(
        india(ctx, "2021-22", "india_imports_from_russia_usd_mn")
    )
    c = Computed.context(
        growth,
        "FY2022-23 over FY2021-22 imports",
        "Indian fiscal years April–March; calendar-year imports are not shipped",
    )
    return {"3.2-010": c, "3.2-012": c}


@check("3.2-012")
def india_imports_growth_headline_vs_384(ctx):
    """fn 168's headline against the April–January rate the report prints: context."""
    return Computed.context(
        ctx.printed("3.2-009"),
        "the April–January rate of the sentence before",
        "the headline states no period or level; the report restates it as 'nearly' that round "
        "rate (3.2-010), which decides",
    )


# -- SCO -------------------------------------------------------------------------------------------------


@check("3.2-013")
def sco_action_plan_years(ctx):
    """'for the next five years': the same plan is the 'Action Plan for 2023–2027'."""
    years = Interval.exact(2027, "the plan's last year") - Interval.exact(2023, "its first year") + 1
    return Computed.of(years, "years of the 'Action Plan for 2023–2027', counted inclusively")


@check("3.2-014")
def sco_samarkand_statements(ctx):
    """'four statements': the statements the sentence lists."""
    statements = [
        "international energy security",
        "global food security",
        "reliable, sustainable and diversified supply chains",
        "responding to climate change",
    ]
    return Computed.of(counted(statements, "statements listed"), "Samarkand statements the sentence lists")


@check("3.2-026")
def sco_age_in_2023(ctx):
    """'the three decades of its existence': 2023 (the section's 'As of March 2023') less the SCO's founding year;
    counted from the Shanghai Five, its predecessor, as context."""
    year = Interval.exact(2023, "the year of the section, 'As of March 2023'")
    return {
        "3.2-026": [
            Computed.of(
                year - sco_founding_year(ctx),
                "the SCO's age in 2023, from its founding",
                note="the report dates the SCO itself by fn 176's anniversary of February 2022 (3.2-038)",
            ),
            Computed.context(
                year - shanghai_five_year(ctx),
                "years since the Shanghai Five, 2023",
                "another definition: the text speaks of the SCO's existence, which began with its "
                "founding, not of its predecessor's",
            ),
        ]
    }


def _founders_years(ctx) -> list[int]:
    """The years the SCO's founders joined (group_membership): the Shanghai Five's, then Uzbekistan's."""
    membership = ctx.load("group_membership")
    founders = series.group_members("SCO", 2001, membership=membership)
    rows = membership[(membership["group"] == "SCO") & membership["iso3"].isin(founders)]
    return [int(str(v)[:4]) for v in rows["member_since"]]


def sco_founding_year(ctx) -> Interval:
    """The year the SCO's founders were complete (group_membership: the last founder's accession)."""
    return Interval.exact(
        max(_founders_years(ctx)), "the SCO's founding year, its founders' last accession (group_membership)"
    )


def shanghai_five_year(ctx) -> Interval:
    """The year of the Shanghai Five, the SCO's predecessor (the founders' earliest date in group_membership)."""
    return Interval.exact(min(_founders_years(ctx)), "the Shanghai Five's year (group_membership)")


@check("3.2-038")
def sco_20th_anniversary(ctx):
    """fn 176's '20th anniversary' (16 February 2022): whole years since the founding year."""
    not_yet = Interval.between(0.5, 0, 1, "one less if that year's anniversary came after 16 February")
    years = Interval.exact(2022, "the year of fn 176's report") - sco_founding_year(ctx) - not_yet
    return Computed.of(years, "whole years from the SCO's founding to fn 176's report of February 2022")


# -- the SCO's and BRICS's GDP (World Bank, members of the year) -----------------------------------------------


@check("3.2-019")
def sco_gdp_2021(ctx):
    """The SCO's combined GDP in 2021: World Bank GDP of its members of 2021."""
    return Computed.of(group_total(ctx, "SCO", 2021, "gdp"), "the SCO's combined GDP, 2021", vintage=WORLD_BANK)


@check("3.2-020", "3.2-022")
def sco_share_of_world_gdp_2021(ctx):
    """The SCO's share of world GDP in 2021 (World Bank, members of 2021), for the body and its source's title."""
    share = group_total(ctx, "SCO", 2021, "gdp").share_of(world_total(ctx, 2021, "gdp"))
    c = Computed.of(share, "the SCO's share of world GDP (current USD), 2021", vintage=WORLD_BANK)
    return {"3.2-020": c, "3.2-022": c}


@check("3.2-023")
def sco_gdp_multiple_since_founding(ctx):
    """'13 times higher than when the SCO was established': the members of 2021 over the founders of 2001."""
    ratio = group_total(ctx, "SCO", 2021, "gdp") / group_total(ctx, "SCO", 2001, "gdp")
    return Computed.of(
        ratio, "the SCO's GDP in 2021 over its GDP at its founding in 2001, each year's members", vintage=WORLD_BANK
    )


@check("3.2-023")
def sco_gdp_multiple_fixed_membership(ctx):
    """The same multiple for the same countries in both years: context (another definition)."""
    members = series.group_members("SCO", 2021, membership=ctx.load("group_membership"))
    ratio = world_bank_sum(ctx, members, 2021, "gdp", f"the members of 2021 ({', '.join(members)})") / world_bank_sum(
        ctx, members, 2001, "gdp", "the same countries"
    )
    return Computed.context(
        ratio,
        "GDP of the members of 2021, 2021 over 2001",
        "another definition: it counts members that joined after 2001 (group_membership), "
        "which were not the SCO 'when it was established'",
        vintage=WORLD_BANK,
    )


@check("3.2-023")
def sco_gdp_multiple_2022(ctx):
    """The same multiple with 2022, the year of the source (September 2022): context (another period)."""
    ratio = group_total(ctx, "SCO", 2022, "gdp") / group_total(ctx, "SCO", 2001, "gdp")
    return Computed.context(
        ratio,
        "the SCO's GDP in 2022 over 2001",
        "another period: the body gives the members' GDP for 2021",
        vintage=WORLD_BANK,
    )


@check("3.2-027")
def brics_share_of_world_gdp_2021(ctx):
    """BRICS's share of the world economy in 2021: World Bank GDP of its members of 2021 over world GDP."""
    share = group_total(ctx, "BRICS", 2021, "gdp").share_of(world_total(ctx, 2021, "gdp"))
    return Computed.of(share, "BRICS's share of world GDP (current USD), 2021", vintage=WORLD_BANK)


# -- BRICS trade ---------------------------------------------------------------------------------------------------


@check("3.2-030")
def brics_trade_growth_as_printed(ctx):
    """'33.4% more than in 2021' read as printed (2022 over 2021), against a lower bound of BRICS trade in 2021."""
    china_2021 = (
        ctx.record("china_total_trade", year=2021).rounded(
            "total_trade_usd_tn", "China's goods trade 2021, USD tn, X01"
        )
        * 1000
    )
    china_with_brics_2021 = ctx.printed("3.2-031") / (1 + ctx.printed("3.2-032") / 100)
    growth = ctx.printed("3.2-029").pct_change_from(china_2021 + china_with_brics_2021)
    return Computed.of(
        growth,
        "BRICS trade growth 2021→2022 as printed, at most: the level over China's own trade "
        "plus China's trade with the other members in 2021",
        note="the other members' trade with China taken as China reports it (3.2-031, 3.2-032)",
    )


# -- SCO and BRICS members on the UN Security Council --------------------------------------------------------------

# The nominees and terms the passage lists ("namely Brazil (2022–2023), Pakistan (2025–2026), ..."): name, iso3, terms.
UNSC_LISTED = [
    ("Brazil", "BRA", 2022, 2023),
    ("Pakistan", "PAK", 2025, 2026),
    ("the Kyrgyz Republic", "KGZ", 2027, 2028),
    ("India", "IND", 2028, 2029),
    ("Tajikistan", "TJK", 2028, 2029),
    ("Kazakhstan", "KAZ", 2039, 2039),
]


def unsc_listed_members(ctx, group: str) -> list[tuple]:
    """The UNSC nominees the passage lists that belong to ``group`` in 2022 (group_membership)."""
    members = series.group_members(group, 2022, membership=ctx.load("group_membership"), after_as_of=True)
    return [n for n in UNSC_LISTED if n[1] in members]


@check("3.2-024")
def unsc_sco_nominees(ctx):
    """'five SCO countries': the listed nominees that are SCO members."""
    names = [n[0] for n in unsc_listed_members(ctx, "SCO")]
    return Computed.of(
        counted(names, "listed UNSC nominees that are SCO members in 2022 (group_membership)"),
        "SCO countries among the nominees the passage lists",
    )


@check("3.2-024")
def unsc_sco_nominees_at_once(ctx):
    """The most listed SCO nominees on the Council in any one year of their listed terms: context."""
    nominees = unsc_listed_members(ctx, "SCO")
    years = range(min(n[2] for n in nominees), max(n[3] for n in nominees) + 1)
    per_year = {y: [n[0] for n in nominees if n[2] <= y <= n[3]] for y in years}
    peak = max(per_year, key=lambda y: len(per_year[y]))
    return Computed.context(
        counted(per_year[peak], f"listed SCO nominees on the Council in {peak}"),
        "the most listed SCO nominees in one year",
        "another reading: 'presence' at the same time; the permanent members Russia and China are not counted",
    )


@check("3.2-025")
def unsc_brics_nominees(ctx):
    """'two BRICS countries': the listed nominees that are BRICS members."""
    names = [n[0] for n in unsc_listed_members(ctx, "BRICS")]
    where = "listed UNSC nominees that are BRICS members (group_membership, its 2021 list assumed unchanged in 2022)"
    return Computed.of(counted(names, where), "BRICS countries among the nominees the passage lists")
