"""Section 3.3, Latin America and Africa: UN votes, the SCO's world shares, China's and Russia's trade, counts.

The UN votes are checked against the record (``unga_vote_totals``, ``unga_votes`` with each member's M49
region); the SCO's shares of world GDP and population against the World Bank (a later vintage than the
report's sources, so widened by the revision allowance); China's trade with both regions against GACC
(``china_trade_with_regions``, ``stated_rates``); Russia's trade with Africa against Russian customs and the
Russian Export Center as reported (``russia_africa_trade``). Body sentences and the titles of the sources they
cite are checked against each other, and counts against the items the text lists.
"""

from __future__ import annotations

import math

from .. import series
from ..intervals import Interval
from . import Computed, check
from .common import WORLD_BANK, group_share, russian_exports_to_africa_2021, stated

REGIONS = "china_trade_with_regions"


def region(ctx, partner: str, flow: str = "total", year: int = 2022) -> Interval:
    """China's trade with a region in USD bn (GACC as reported), named for what it is."""
    where = {"year": year, "partner": partner, "flow": flow, "unit": "usd_bn"}
    source = ctx.load(REGIONS)
    source = source.loc[
        (source["partner"] == partner)
        & (source["flow"] == flow)
        & (source["year"] == year)
        & (source["unit"] == "usd_bn"),
        "source_id",
    ].iloc[0]
    return ctx.record(REGIONS, **where).exact(
        "value", f"GACC {year} China–{partner} {flow.replace('_', ' ')}, {source}"
    )


# -- The UN General Assembly votes on Ukraine -----------------------------------------------------------------

VOTE_COLUMNS = {"yes": "voting in favour", "no": "voting against", "abstain": "abstaining"}


def recorded_votes(ctx, resolution: str, claims: dict[str, str]) -> dict[str, Computed]:
    """Each printed count against the record's total for that vote (``unga_vote_totals``, U01)."""
    out = {}
    for column, claim_id in claims.items():
        total = ctx.record("unga_vote_totals", resolution=resolution).exact(
            column, f"UN record {resolution}: members {VOTE_COLUMNS[column]}"
        )
        out[claim_id] = Computed.of(total, f"members {VOTE_COLUMNS[column]} in the UN record")
    return out


@check("3.3-001", "3.3-002", "3.3-003")
def es11_1_vote_counts(ctx):
    """fn 197's counts for ES-11/1 (2 March 2022) against the UN record."""
    return recorded_votes(ctx, "A/RES/ES-11/1", {"yes": "3.3-001", "abstain": "3.3-002", "no": "3.3-003"})


@check("3.3-047", "3.3-048", "3.3-049")
def es11_6_vote_counts(ctx):
    """The counts for ES-11/6 (23 February 2023) against the UN record."""
    return recorded_votes(ctx, "A/RES/ES-11/6", {"yes": "3.3-047", "no": "3.3-048", "abstain": "3.3-049"})


ES11_6_AGAINST = {
    "Russia": "RUS",
    "Belarus": "BLR",
    "North Korea": "PRK",
    "Eritrea": "ERI",
    "Syria": "SYR",
    "Nicaragua": "NIC",
    "Mali": "MLI",
}  # the names the sentence lists (line 2931), with their iso3 codes


@check("3.3-048")
def es11_6_countries_listed_against(ctx):
    """'seven countries – Russia, …, Mali – voted against': the names listed, and how many of them voted no."""
    names = ", ".join(ES11_6_AGAINST)
    listed = Interval.exact(len(ES11_6_AGAINST), f"countries listed at lines 2931–2933: {names}")
    votes = ctx.load("unga_votes")
    mine = votes[(votes["resolution"] == "A/RES/ES-11/6") & votes["iso3"].isin(ES11_6_AGAINST.values())]
    voted_no = Interval.exact(int((mine["vote"] == "N").sum()), "of them recorded as voting no on ES-11/6")
    return {
        "3.3-048": [
            Computed.of(listed, "the countries the sentence names"),
            Computed.of(voted_no, "the named countries that the UN record shows voting against"),
        ]
    }


@check("3.3-050")
def es11_6_african_share_of_abstainers(ctx):
    """'Almost half of those who abstained were from Africa': African abstainers over all abstainers on ES-11/6."""
    counts = series.unga_vote_counts("A/RES/ES-11/6", by="m49_region", votes=ctx.load("unga_votes"))
    africa = Interval.exact(int(counts.loc["Africa", "abstain"]), "African members abstaining (UN M49 region)")
    everyone = Interval.exact(int(counts["abstain"].sum()), "all members abstaining")
    return Computed.of(africa / everyone, "share of Africa among the abstainers on ES-11/6 (UN record)")


# -- The SCO's share of world GDP and population; BRICS and the G7 --------------------------------------------


def sco_share_2021_and_2022(ctx, indicator: str, what: str) -> list[Computed]:
    """The SCO's share of the world's ``indicator``: 2021 decides, 2022 is context (the sentence prints no year)."""
    note = (
        "another year: the sentence prints no year; the decisive result takes 2021, the last full year when "
        "fn 205 appeared"
    )
    return [
        Computed.of(group_share(ctx, "SCO", 2021, indicator), f"SCO share of {what} 2021", vintage=WORLD_BANK),
        Computed.context(
            group_share(ctx, "SCO", 2022, indicator), f"SCO share of {what} 2022", note, vintage=WORLD_BANK
        ),
    ]


@check("3.3-005")
def sco_share_of_world_gdp(ctx):
    """'more than 30% of the global GDP' (Izvestia, Sep 2022) against the World Bank, nominal, members of the year."""
    return {"3.3-005": sco_share_2021_and_2022(ctx, "gdp", "world GDP, current USD,")}


@check("3.3-006")
def sco_share_of_world_population(ctx):
    """'more than 41% of the world's population' against the World Bank, members of the year."""
    return {"3.3-006": sco_share_2021_and_2022(ctx, "population", "world population")}


@check("3.2-020", "3.3-005")
def sco_share_of_world_gdp_across_sections(ctx):
    """3.2's 'about 25%' (2021, beside USD 23.3 tn) and 3.3's 'more than 30%': the same statistic printed twice.

    The two intervals cannot both hold. Section 3.2 states its basis (nominal GDP: its share sits beside the SCO's
    USD 23.3 tn, 3.2-019) and World Bank data on that basis agree with it; section 3.3 states none. So 3.2's number
    decides 3.3-005, and 3.3's number is shown beside 3.2-020 as context (another, unstated basis: PPP would
    reconcile them), not as a vote against a claim the data confirm on its own basis.
    """
    return {
        "3.2-020": Computed.context(
            ctx.printed("3.3-005"),
            "the SCO's share of world GDP as section 3.3 prints it",
            "another basis: 3.3 states none (at PPP the SCO's share is larger), while 3.2 ties "
            "its share to nominal 2021 GDP (3.2-019), on which World Bank data agree",
        ),
        "3.3-005": Computed.of(
            ctx.printed("3.2-020"),
            "the SCO's share of world GDP in 2021 as section 3.2 prints it",
            note="3.2 prints the same share on a stated nominal basis (USD tn, 3.2-019); 3.3 states "
            "no basis that would let both hold",
        ),
    }


@check("3.3-007", "3.3-008")
def brics_and_g7_gdp_at_market_rates(ctx):
    """BRICS and G7 GDP in 2021 at market exchange rates (World Bank): context for the PPP figures."""
    note = "another basis: current USD at market exchange rates; the sentence gives GDP at PPP (fn 206), not shipped"
    out = {}
    for claim_id, group in (("3.3-007", "BRICS"), ("3.3-008", "G7")):
        total = series.group_total(
            group, 2021, "gdp", membership=ctx.load("group_membership"), values=ctx.load("world_bank_gdp")
        )
        if total["missing"]:
            raise LookupError(f"world_bank_gdp: no 2021 value for {', '.join(total['missing'])}")
        tn = total["total"] / 1e12
        level = Interval.exact(tn).described(f"{tn:.3f} ({group} GDP 2021, USD tn: {', '.join(total['members'])})")
        out[claim_id] = Computed.context(level, f"{group} GDP 2021 at market exchange rates", note, vintage=WORLD_BANK)
    return out


# -- China and Latin America ------------------------------------------------------------------------------------


def total_and_parts(ctx, name: str, exports: str, imports: str, where: str) -> list[Computed]:
    """China's 2022 trade with a region: GACC's total (O02), and the exports plus imports the report prints."""
    return [
        Computed.of(region(ctx, name), f"China–{name} trade 2022, GACC"),
        Computed.of(
            ctx.printed(exports) + ctx.printed(imports),
            f"China's exports to plus imports from {name} as {where} prints them",
        ),
    ]


@check("3.3-011")
def china_latam_total_2022(ctx):
    """'about USD 450 billion': GACC's total, and the exports and imports the next sentence prints."""
    return {"3.3-011": total_and_parts(ctx, "Latin America", "3.3-013", "3.3-014", "the next sentence")}


def latam_growth_2022(ctx) -> Interval:
    return stated(ctx, "2022", "china_latin_america_trade", "O02")


@check("3.3-012")
def china_latam_growth_2022_stated(ctx):
    """GACC's stated 2022 growth of China–Latin America trade (O02)."""
    return Computed.of(latam_growth_2022(ctx), "growth of China–Latin America trade 2022 as GACC states it")


def latam_2021_implied(ctx) -> Interval:
    """The 2021 level implied by GACC's 2022 total and its stated growth."""
    return region(ctx, "Latin America") / (1 + latam_growth_2022(ctx) / 100)


@check("3.3-011", "3.3-013", "3.3-014")
def china_latam_parts_against_2022_total(ctx):
    """Each printed part against GACC's 2022 total minus the other printed part (the 2022 split is not shipped)."""
    total = region(ctx, "Latin America")
    implied_2021 = latam_2021_implied(ctx)
    looks_2021 = (
        "another year: it fits the 2021 level implied by GACC's 2022 total and stated growth, so the parts "
        "look like 2021 values"
    )
    out = {}
    for claim_id, other, flow in (("3.3-013", "3.3-014", "exports"), ("3.3-014", "3.3-013", "imports")):
        out[claim_id] = [
            Computed.of(total - ctx.printed(other), f"China's {flow} 2022: GACC's 2022 total less the other part"),
            Computed.context(
                implied_2021 - ctx.printed(other),
                f"China's {flow}: the 2021 total implied by GACC less the other part",
                looks_2021,
            ),
        ]
    nearer = (
        "2021" if abs(ctx.value("3.3-011") - implied_2021.value) < abs(ctx.value("3.3-011") - total.value) else "2022"
    )
    out["3.3-011"] = Computed.context(
        implied_2021,
        "the 2021 level implied by GACC's 2022 total and stated growth",
        f"another year: the printed level is nearer the {nearer} one",
    )
    return out


# -- Russia and Latin America -------------------------------------------------------------------------------------


@check("3.3-016")
def russia_latam_period_length(ctx):
    """'In the decade starting from 2010 to 2021': the span of the years the sentence prints (3.3-017, 3.3-018)."""
    start, end = (int(ctx.row(c)["period"]) for c in ("3.3-017", "3.3-018"))
    return Computed.of(
        Interval.exact(end, "end year, 3.3-018") - Interval.exact(start, "start year, 3.3-017"),
        "years between the two printed years",
    )


# -- China and Africa ---------------------------------------------------------------------------------------------


@check("3.3-022")
def china_africa_growth_2022(ctx):
    """'increased by 11% to USD 282 billion': GACC's stated rate (O02), and the report's own 2021 level (3.3-055)."""
    levels = ctx.printed("3.3-023").pct_change_from(ctx.printed("3.3-055"))
    return {
        "3.3-022": [
            Computed.of(
                stated(ctx, "2022", "china_africa_trade", "O02"), "growth of China–Africa trade 2022 as GACC states it"
            ),
            Computed.of(levels, "growth from the report's 2021 level to its 2022 level"),
        ]
    }


@check("3.3-023")
def china_africa_total_2022(ctx):
    """282: GACC's total, and the exports and imports the same sentence prints."""
    return {"3.3-023": total_and_parts(ctx, "Africa", "3.3-024", "3.3-025", "the same sentence")}


@check("3.3-024")
def china_exports_to_africa_2022(ctx):
    return Computed.of(region(ctx, "Africa", "china_exports"), "China's exports to Africa 2022, GACC")


@check("3.3-025")
def china_imports_from_africa_2022(ctx):
    return Computed.of(region(ctx, "Africa", "china_imports"), "China's imports from Africa 2022, GACC")


@check("3.3-055")
def china_africa_2021_implied_by_gacc(ctx):
    """China–Africa trade in 2021 from GACC's 2022 total and stated growth."""
    level = region(ctx, "Africa") / (1 + stated(ctx, "2022", "china_africa_trade", "O02") / 100)
    return Computed.of(level, "the 2021 level implied by GACC's 2022 total and stated growth")


@check("3.3-055")
def china_africa_2021_implied_by_report(ctx):
    """The 2021 level implied by the report's own 2022 level and growth (3.3-023, 3.3-022)."""
    level = ctx.printed("3.3-023") / (1 + ctx.printed("3.3-022") / 100)
    return Computed.of(level, "the 2021 level implied by the report's 2022 level and growth")


# -- Russia and Africa ---------------------------------------------------------------------------------------------


@check("3.3-052")
def russian_exports_to_africa_2021_from_egypt_share(ctx):
    """Russia's 2021 exports to Africa from its exports to Egypt and Egypt's share of them (Russian Export Center)."""
    return Computed.of(
        russian_exports_to_africa_2021(ctx), "Russia's exports to Africa 2021 implied by Egypt's amount and share"
    )


@check("3.3-057")
def russia_africa_2022_customs(ctx):
    """Russia–Africa trade in 2022 as the Federal Customs Service gave it (X16)."""
    level = ctx.record("russia_africa_trade", year=2022, indicator="Russia-Africa trade turnover").rounded(
        "value_usd_bn", "Russia–Africa trade 2022, Federal Customs Service via X16"
    )
    return Computed.of(level, "Russia–Africa trade 2022, Russian customs")


@check("3.3-057")
def russia_africa_2022_grew_from_2021(ctx):
    """'grew to USD 18 billion in 2022': above the 2021 exports plus imports printed before it."""
    level_2021 = ctx.printed("3.3-052") + ctx.printed("3.3-053")
    above = Interval.between(level_2021.value, level_2021.low, math.inf).described(f"above {level_2021.text}")
    return Computed.of(above, "'grew to': above the 2021 exports plus imports the paragraph prints")


RUSSIA_AFRICA_SUMMITS = {"3.3-075": 2019, "3.3-076": 2023}  # the summits the text names (lines 2941–2943), by year


@check("3.3-075", "3.3-076")
def russia_africa_summit_ordinals(ctx):
    """'the first Russia-Africa Summit' (2019) and 'The second summit' (July 2023): places among the summits listed."""
    years = sorted(RUSSIA_AFRICA_SUMMITS.values())
    listed = ", ".join(str(y) for y in years)
    return {
        claim_id: Computed.of(
            Interval.exact(years.index(year) + 1, f"summit of {year} among those listed at lines 2941–2943: {listed}"),
            "place of the summit among the Russia–Africa summits the text names",
        )
        for claim_id, year in RUSSIA_AFRICA_SUMMITS.items()
    }
